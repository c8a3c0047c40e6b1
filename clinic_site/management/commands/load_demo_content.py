import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from blog import demo as blog_demo
from clinic_site import demo as clinic_demo
from conditions import demo as conditions_demo
from consultations import demo as consultations_demo

DEMO_STAFF_USERNAME = "demo-staff"


class Command(BaseCommand):
    help = (
        "Load the fictional demo clinic, its pages and posts. Running it again "
        "updates the same rows and adds nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--staff-login",
            action="store_true",
            help="Also create a demo staff login for the admin and print its "
            "password once. For local use only.",
        )

    def handle(self, *args, staff_login: bool = False, **options) -> None:
        with transaction.atomic():
            clinic_demo.load()
            conditions_demo.load()
            blog_demo.load()
            consultations_demo.load()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        if staff_login:
            self.create_staff_login()

    def create_staff_login(self) -> None:
        User = get_user_model()
        if User.objects.filter(username=DEMO_STAFF_USERNAME).exists():
            self.stdout.write(
                f"Demo staff login: {DEMO_STAFF_USERNAME} (its password was printed "
                "when it was created; reset it with "
                f"`manage.py changepassword {DEMO_STAFF_USERNAME}`)."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=DEMO_STAFF_USERNAME, email="staff@example.com", password=password
        )
        self.stdout.write(
            self.style.WARNING(
                f"Demo staff login for /admin/: {DEMO_STAFF_USERNAME} / {password} "
                "(shown only this once)"
            )
        )
