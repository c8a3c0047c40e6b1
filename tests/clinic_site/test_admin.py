import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import ClinicProfileFactory


@pytest.fixture
def admin_client_logged_in(client, db):
    user = get_user_model().objects.create_superuser(
        "admin", "admin@example.com", "a-long-test-password"
    )
    client.force_login(user)
    return client


def test_admin_needs_a_login(client, db):
    response = client.get(reverse("admin:clinic_site_clinicprofile_changelist"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_clinic_identity_is_edited_in_admin(admin_client_logged_in, demo_clinic):
    for model in ("clinicprofile", "location", "physician", "frequentquestion"):
        response = admin_client_logged_in.get(
            reverse(f"admin:clinic_site_{model}_changelist")
        )
        assert response.status_code == 200, model


def test_a_second_clinic_profile_cannot_be_added(admin_client_logged_in):
    ClinicProfileFactory()

    response = admin_client_logged_in.get(
        reverse("admin:clinic_site_clinicprofile_add")
    )

    assert response.status_code == 403


def test_saving_the_profile_in_admin_updates_the_header(admin_client_logged_in):
    profile = ClinicProfileFactory()
    admin_client_logged_in.get("/")  # cache the shell

    admin_client_logged_in.post(
        reverse("admin:clinic_site_clinicprofile_change", args=[profile.pk]),
        {
            "name": "Renamed Clinic",
            "tagline": "",
            "phone": "(714) 555-0177",
            "email": "clinic@example.com",
            "time_zone": "America/Los_Angeles",
            "medical_disclaimer": "Not medical advice.",
        },
    )

    html = admin_client_logged_in.get("/").content.decode()
    assert "Renamed Clinic" in html
    assert "tel:+17145550177" in html
