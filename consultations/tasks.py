"""Sending the consultation emails from the worker, with retries."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from clinic_site.shell import get_site_shell

logger = logging.getLogger(__name__)

# Waits before each retry: the first within a minute, then backing off, for
# more than a day in all, so an SMTP outage over a weekend night loses nothing.
RETRY_DELAYS = [
    datetime.timedelta(seconds=30),
    datetime.timedelta(minutes=2),
    datetime.timedelta(minutes=10),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=2),
    *[datetime.timedelta(hours=4)] * 6,
]
TEMPLATES = {
    "staff": "emails/consultations/staff_notification",
    "patient": "emails/consultations/patient_confirmation",
}


def build_message(delivery) -> EmailMultiAlternatives:
    request = delivery.request
    clinic = get_site_shell().clinic
    context = {
        "request_id": request.pk,
        "clinic": clinic,
        "first_name": request.first_name,
        "admin_url": settings.SITE_URL
        + reverse("admin:consultations_consultationrequest_change", args=[request.pk]),
        "site_url": settings.SITE_URL,
    }
    template = TEMPLATES[delivery.kind]
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=delivery.recipient_list,
        reply_to=[clinic.email]
        if delivery.kind == "patient" and clinic.email
        else None,
        # A stable Message-ID lets mail systems drop a duplicate of a retry.
        headers={"Message-ID": f"<delivery-{delivery.pk}.{request.pk}@clinic-site>"},
    )
    message.attach_alternative(
        render_to_string(f"{template}.html", context), "text/html"
    )
    return message


@task
def send_consultation_email(delivery_id: int) -> str:
    from consultations.models import EmailDelivery

    with transaction.atomic():
        # The row lock makes a second worker wait, then see "sent": one email.
        delivery = (
            EmailDelivery.objects.select_for_update()
            .select_related("request")
            .get(pk=delivery_id)
        )
        if delivery.status != EmailDelivery.Status.QUEUED:
            return delivery.status
        delivery.attempts += 1
        try:
            build_message(delivery).send()
        except Exception as error:  # SMTP and network errors of every kind
            delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
            retry_index = delivery.attempts - 1
            if retry_index < len(RETRY_DELAYS):
                delivery.next_attempt_at = timezone.now() + RETRY_DELAYS[retry_index]
                send_consultation_email.using(
                    run_after=delivery.next_attempt_at
                ).enqueue(delivery.pk)
                logger.warning(
                    "Email delivery %s failed (attempt %s), retrying at %s: %s",
                    delivery.pk,
                    delivery.attempts,
                    delivery.next_attempt_at,
                    delivery.last_error,
                )
            else:
                delivery.status = EmailDelivery.Status.FAILED
                delivery.next_attempt_at = None
                logger.error("Email delivery %s gave up: %s", delivery.pk, error)
        else:
            delivery.status = EmailDelivery.Status.SENT
            delivery.sent_at = timezone.now()
            delivery.next_attempt_at = None
        delivery.save()
        return delivery.status
