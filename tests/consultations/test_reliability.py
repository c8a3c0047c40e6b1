"""No consultation request and no email is lost: not when many people submit at
the same moment, not when one person clicks "send" several times, and not when
the mail server is down for a while."""

import datetime
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.conf import settings as django_settings
from django.core import mail, signing
from django.db import connection
from django.tasks import TaskResultStatus
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from consultations.models import ConsultationRequest, EmailDelivery
from consultations.views import THANKS_SALT
from tests.consultations.helpers import form_data, run_worker
from tests.consultations.smtp_server import LocalSMTPServer, ReceivedMessage
from tests.factories import ClinicProfileFactory

FORM_URL = reverse("consultations:start")
THANKS_URL = reverse("consultations:thanks")
# Generous: 20 requests on a slow CI runner, but never a hang.
THREADS_TIMEOUT_SECONDS = 60.0

# The worker closes database connections between tasks, and the threads use
# their own connections: both need data that is really committed.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def clinic():
    # The email templates need the clinic's name and address.
    return ClinicProfileFactory()


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    # Every test request comes from 127.0.0.1; the limit is tested elsewhere.
    settings.CONSULTATION_RATE_LIMIT = "1000/h"


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Simultaneous submissions need a database that lets several "
            "connections write at once: run with DATABASE_URL=postgres://..."
        )


@pytest.fixture
def smtp_server(settings) -> Iterator[LocalSMTPServer]:
    """A real SMTP server on a free local port, which MAILERS points at."""
    server = LocalSMTPServer()
    server.start()
    settings.MAILERS = server.mailers_setting()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Outcome:
    status_code: int | None = None
    location: str = ""
    error: str = ""


def post_all_at_once(payloads: list[dict]) -> list[Outcome]:
    """POST each payload to the form from its own thread and browser, all
    released at the same moment."""
    barrier = threading.Barrier(len(payloads), timeout=THREADS_TIMEOUT_SECONDS)
    outcomes = [Outcome() for _ in payloads]

    def submit(outcome: Outcome, data: dict) -> None:
        try:
            # Not raising: a view's exception becomes a 500 in the results,
            # and one thread's failure does not hide the others' outcomes.
            client = Client(raise_request_exception=False)
            barrier.wait()
            response = client.post(FORM_URL, data)
            outcome.status_code = response.status_code
            outcome.location = response.headers.get("Location", "")
            if response.exc_info:
                outcome.error = repr(response.exc_info[1])
        except BaseException as error:  # reported by the main thread
            outcome.error = repr(error)
            barrier.abort()
        finally:
            connection.close()

    threads = [
        threading.Thread(target=submit, args=(outcome, data), daemon=True)
        for outcome, data in zip(outcomes, payloads, strict=True)
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + THREADS_TIMEOUT_SECONDS
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    stuck = sum(thread.is_alive() for thread in threads)
    assert not stuck, f"{stuck} submissions still running after the timeout"
    return outcomes


def request_id_of_thanks_page(location: str) -> int:
    """The request a redirect to the thanks page refers to."""
    url = urlsplit(location)
    assert url.path == THANKS_URL
    (reference,) = parse_qs(url.query)["ref"]
    return signing.loads(reference, salt=THANKS_SALT)


def staff_subject(request_id: int) -> str:
    return f"New consultation request #{request_id}"


# Simultaneous submissions (PostgreSQL) ----------------------------------------


def test_twenty_people_submitting_at_the_same_moment_all_get_both_emails(
    postgresql,
):
    addresses = [f"person{i}@example.org" for i in range(20)]
    # Tokens are made here: form_data() patches the clock, which is not
    # thread-safe.
    payloads = [form_data(email=address) for address in addresses]

    outcomes = post_all_at_once(payloads)

    assert [outcome.status_code for outcome in outcomes] == [302] * 20, outcomes
    assert all(outcome.location.startswith(THANKS_URL) for outcome in outcomes)
    assert ConsultationRequest.objects.count() == 20
    assert EmailDelivery.objects.count() == 40

    run_worker()

    assert set(EmailDelivery.objects.values_list("status", "attempts")) == {
        (EmailDelivery.Status.SENT, 1)
    }
    assert len(mail.outbox) == 40
    staff = [
        m for m in mail.outbox if m.to == django_settings.STAFF_NOTIFICATION_EMAILS
    ]
    patient = [m for m in mail.outbox if m not in staff]
    request_ids = set(ConsultationRequest.objects.values_list("pk", flat=True))
    assert sorted(m.subject for m in staff) == sorted(
        staff_subject(pk) for pk in request_ids
    )
    assert sorted(address for m in patient for address in m.to) == sorted(addresses)


def test_five_clicks_on_send_at_once_make_one_request_and_one_pair_of_emails(
    postgresql, clinic
):
    same_form = form_data(email="double.click@example.org")

    outcomes = post_all_at_once([same_form] * 5)

    assert [outcome.status_code for outcome in outcomes] == [302] * 5, outcomes
    request = ConsultationRequest.objects.get()
    # Each Location carries a signature with a timestamp in seconds, so they
    # are equal unless the clicks straddle a second; the request they show is
    # what must be the same.
    assert {request_id_of_thanks_page(o.location) for o in outcomes} == {request.pk}
    assert EmailDelivery.objects.filter(request=request).count() == 2

    run_worker()

    assert sorted(m.subject for m in mail.outbox) == sorted(
        [
            staff_subject(request.pk),
            f"We received your consultation request – {clinic.name}",
        ]
    )


# A mail server outage ---------------------------------------------------------


def received_by(messages: list[ReceivedMessage], address: str) -> list[ReceivedMessage]:
    return [message for message in messages if message.rcpt_tos == [address]]


def test_emails_queued_during_a_mail_server_outage_go_out_once_it_is_back(
    smtp_server: LocalSMTPServer, client
):
    people = [
        {
            "first_name": f"Marisol{i}",
            "last_name": f"Quintanilla{i}",
            "email": f"marisol.quintanilla{i}@example.org",
            "phone": f"(714) 555-014{i}",
        }
        for i in range(3)
    ]
    smtp_server.stop()

    # Visitors notice nothing: their requests are accepted and stored.
    for person in people:
        response = client.post(FORM_URL, form_data(**person))
        assert response.status_code == 302
        assert response["Location"].startswith(THANKS_URL)
    assert ConsultationRequest.objects.count() == 3

    run_worker()

    deliveries = list(EmailDelivery.objects.all())
    assert len(deliveries) == 6
    now = timezone.now()
    for delivery in deliveries:
        assert delivery.status == EmailDelivery.Status.QUEUED
        assert delivery.attempts == 1
        assert delivery.last_error
        # The first retry comes within a minute.
        assert now < delivery.next_attempt_at <= now + datetime.timedelta(minutes=1)
    # Each retry is a task of its own, waiting in the queue.
    assert DBTaskResult.objects.ready().count() == 0
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 6
    assert smtp_server.received == []

    smtp_server.start()  # on the same port
    run_worker()

    # The retries are not due yet.
    assert smtp_server.received == []
    assert set(EmailDelivery.objects.values_list("attempts", flat=True)) == {1}

    retry_due = max(delivery.next_attempt_at for delivery in deliveries)
    with time_machine.travel(retry_due + datetime.timedelta(seconds=1), tick=True):
        # time-machine moves the clock the worker compares run_after with.
        assert DBTaskResult.objects.ready().count() == 6
        run_worker()

    assert {
        (delivery.status, delivery.attempts, delivery.sent_at is not None)
        for delivery in EmailDelivery.objects.all()
    } == {(EmailDelivery.Status.SENT, 2, True)}
    received = smtp_server.received
    assert len(received) == 6
    staff_address = django_settings.STAFF_NOTIFICATION_EMAILS[0]
    staff_messages = received_by(received, staff_address)
    request_ids = ConsultationRequest.objects.values_list("pk", flat=True)
    assert sorted(message.subject for message in staff_messages) == sorted(
        staff_subject(pk) for pk in request_ids
    )
    for person in people:
        assert len(received_by(received, person["email"])) == 1

    # The staff email says a request arrived, and nothing about the person.
    for message in staff_messages:
        raw = message.content.decode("utf-8", errors="replace")
        text = message.decoded_text
        for person in people:
            digits = "".join(c for c in person["phone"] if c.isdigit())
            for detail in [*person.values(), digits, f"+1{digits}"]:
                assert detail not in raw
                assert detail not in text

    # Later worker runs send nothing again.
    with time_machine.travel(retry_due + datetime.timedelta(days=2), tick=True):
        run_worker()
    run_worker()
    assert len(smtp_server.received) == 6
