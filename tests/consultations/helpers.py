"""Shared steps for the consultation tests: a form as a visitor fills it in,
and running the worker."""

import datetime
from unittest import mock

from django.core.management import call_command
from django.utils import timezone

from consultations import tokens


def issued_token(seconds_ago: float = 30, attribution: dict | None = None) -> str:
    """A form token as if the form had been shown `seconds_ago`."""
    shown_at = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    with mock.patch("consultations.tokens.timezone.now", return_value=shown_at):
        return tokens.issue_token(attribution)


def form_data(**overrides) -> dict:
    data = {
        "first_name": "Alex",
        "last_name": "Rivera",
        "email": "alex@example.org",
        "phone": "(714) 555-0123",
        "preferred_contact_method": "phone",
        "best_time_to_reach": "morning",
        "other_condition": "",
        "preferred_location": "",
        "message": "",
        "heard_about": "",
        "referred_by": "",
        "consent": "on",
        "website": "",
        "form_token": issued_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def run_worker() -> None:
    """Run every task that is due, as the worker process does."""
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
