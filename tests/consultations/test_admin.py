"""Staff follow requests up in the admin; others cannot see them."""

import csv
import datetime
import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationRequest, EmailDelivery, Note, StatusChange
from tests.consultations.helpers import run_worker
from tests.factories import ClinicProfileFactory, PhysicianFactory

CHANGELIST = reverse("admin:consultations_consultationrequest_changelist")


def make_request(**values) -> ConsultationRequest:
    defaults = {
        "first_name": "Sam",
        "last_name": "Lee",
        "email": "sam@example.org",
        "phone": "+17145550111",
        "consent_given_at": timezone.now(),
        "privacy_policy_version": "2026-11",
        "submission_token": uuid.uuid4(),
    }
    return ConsultationRequest.objects.create(**(defaults | values))


def staff_user(username: str, group: str | None = None, *permissions: str):
    user = get_user_model().objects.create_user(username, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def reviewer_client(client, db):
    ClinicProfileFactory()
    user = staff_user("reviewer", "Lead reviewers")
    client.force_login(user)
    client.user = user
    return client


def test_requests_need_a_login(client, db):
    response = client.get(CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_physician_cannot_see_consultation_requests(client, db):
    physician = staff_user("doctor", "Physicians")
    PhysicianFactory(user=physician)
    request = make_request()
    client.force_login(physician)

    assert client.get(CHANGELIST).status_code == 403
    change_url = reverse(
        "admin:consultations_consultationrequest_change", args=[request.pk]
    )
    assert client.get(change_url).status_code == 403


def test_list_shows_follow_up_columns_and_searches_contact_details(reviewer_client):
    make_request(first_name="Findable", email="find@example.org", is_urgent=True)
    make_request(first_name="Other", email="other@example.org")

    html = reviewer_client.get(CHANGELIST).content.decode()
    found = reviewer_client.get(CHANGELIST, {"q": "find@example.org"})

    for column in ("Created", "Status", "Preferred location", "Urgent", "Waiting"):
        assert column in html, column
    assert [r.first_name for r in found.context["cl"].result_list] == ["Findable"]
    by_phone = reviewer_client.get(CHANGELIST, {"q": "5550111"})
    assert by_phone.context["cl"].result_count == 2


def test_filters_by_status_and_urgency(reviewer_client):
    make_request(is_urgent=True)
    make_request(status=ConsultationRequest.Status.CONTACTED)

    urgent = reviewer_client.get(CHANGELIST, {"is_urgent__exact": "1"})
    contacted = reviewer_client.get(CHANGELIST, {"status__exact": "contacted"})

    assert urgent.context["cl"].result_count == 1
    assert contacted.context["cl"].result_count == 1


def test_mark_contacted_and_assign_to_me_record_who_and_when(reviewer_client):
    request = make_request()

    for action in ("mark_contacted", "assign_to_me"):
        reviewer_client.post(
            CHANGELIST, {"action": action, "_selected_action": [request.pk]}
        )

    request.refresh_from_db()
    assert request.status == ConsultationRequest.Status.CONTACTED
    assert request.assigned_to == reviewer_client.user
    change = StatusChange.objects.get(request=request)
    assert (change.from_status, change.to_status) == ("new", "contacted")
    assert change.changed_by == reviewer_client.user


def test_changing_status_on_the_page_records_history_and_notes_have_authors(
    reviewer_client,
):
    request = make_request()
    url = reverse("admin:consultations_consultationrequest_change", args=[request.pk])
    page = reviewer_client.get(url)
    assert page.status_code == 200
    data = {
        "status": "scheduled",
        "assigned_to": "",
        "is_urgent": "",
        "first_name": "Sam",
        "last_name": "Lee",
        "email": "sam@example.org",
        "phone": "+17145550111",
        "preferred_contact_method": "phone",
        "best_time_to_reach": "any",
        "other_condition": "",
        "preferred_location": "",
        "message": "",
        "heard_about": "",
        "referred_by": "",
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-0-body": "Left a voicemail.",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "deliveries-TOTAL_FORMS": "0",
        "deliveries-INITIAL_FORMS": "0",
    }

    response = reviewer_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    request.refresh_from_db()
    assert request.status == "scheduled"
    assert StatusChange.objects.get(request=request).changed_by == reviewer_client.user
    note = Note.objects.get(request=request)
    assert (note.body, note.author) == ("Left a voicemail.", reviewer_client.user)


@pytest.mark.django_db(transaction=True)  # the worker closes connections
def test_deliveries_are_shown_and_can_be_resent(reviewer_client):
    request = make_request()
    EmailDelivery.objects.create(
        request=request,
        kind="staff",
        recipients="leads@example.com",
        status="failed",
        attempts=13,
        last_error="SMTPServerDisconnected: gone",
    )
    url = reverse("admin:consultations_consultationrequest_change", args=[request.pk])
    assert "SMTPServerDisconnected: gone" in reviewer_client.get(url).content.decode()

    reviewer_client.post(
        CHANGELIST, {"action": "resend_emails", "_selected_action": [request.pk]}
    )
    run_worker()

    assert [m.subject for m in mail.outbox] == [
        f"New consultation request #{request.pk}"
    ]
    assert EmailDelivery.objects.filter(request=request, status="sent").count() == 1


def test_csv_export_needs_its_permission(reviewer_client):
    request = make_request()

    response = reviewer_client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [request.pk]}
    )

    assert response.status_code == 302  # "no action selected": not allowed
    assert "text/csv" not in response.get("Content-Type", "")


def test_csv_export_escapes_formula_cells(client, db):
    exporter = staff_user("exporter", "Lead reviewers", "export_consultationrequest")
    client.force_login(exporter)
    request = make_request(
        first_name='=HYPERLINK("http://x")', last_name="+1", utm_source="@src"
    )

    response = client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [request.pk]}
    )

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows[0]["First name"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["Last name"] == "'+1"
    assert rows[0]["UTM source"] == "'@src"
    assert rows[0]["Email"] == "sam@example.org"


def test_admin_index_counts_new_waiting_and_urgent(reviewer_client):
    make_request()
    old = make_request()
    ConsultationRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=30)
    )
    make_request(is_urgent=True)

    response = reviewer_client.get(reverse("admin:index"))

    assert 'id="lead-counts"' in response.content.decode()
    assert response.context["new_today"] == 2
    assert response.context["waiting"] == 1
    assert response.context["urgent"] == 1


def test_staff_cannot_add_requests_by_hand(reviewer_client):
    url = reverse("admin:consultations_consultationrequest_add")

    assert reviewer_client.get(url).status_code == 403
