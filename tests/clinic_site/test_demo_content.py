from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from clinic_site.models import ClinicProfile, FrequentQuestion, Location, Physician


def row_snapshot() -> dict[str, list[tuple]]:
    snapshot = {}
    for model in apps.get_models():
        if model._meta.app_label in {
            "clinic_site",
            "conditions",
            "blog",
            "consultations",
        }:
            rows = model.objects.order_by("pk").values_list()
            snapshot[model._meta.label] = list(rows)
    return snapshot


def test_load_demo_content_twice_leaves_the_same_rows(db):
    call_command("load_demo_content")
    first = row_snapshot()

    call_command("load_demo_content")

    assert row_snapshot() == first
    assert ClinicProfile.objects.get().name == "Lumen Coast Ketamine Clinic"
    assert Location.objects.count() == 3
    assert Physician.objects.count() == 3
    assert FrequentQuestion.objects.count() >= 8


def test_demo_content_is_fictional(db):
    call_command("load_demo_content")

    assert ClinicProfile.objects.get().email.endswith("@example.com")
    for phone in [ClinicProfile.objects.get().phone] + [
        location.phone for location in Location.objects.all()
    ]:
        assert "555-01" in phone


def test_staff_login_is_created_once_and_its_password_printed_once(db, capsys):
    call_command("load_demo_content", "--staff-login")
    first = capsys.readouterr().out
    call_command("load_demo_content", "--staff-login")
    second = capsys.readouterr().out

    user = get_user_model().objects.get(username="demo-staff")
    password = first.split("demo-staff / ")[1].split()[0]
    assert user.is_staff
    assert user.check_password(password)
    assert password not in second
    assert get_user_model().objects.count() == 1
