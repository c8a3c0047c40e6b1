"""Creating a consultation request: validated, stored, and its two emails queued,
all in one transaction."""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from clinic_site.models import Location
from conditions.models import Condition
from consultations.crisis import mentions_crisis
from consultations.models import ConsultationRequest, EmailDelivery, StatusChange
from consultations.tasks import send_consultation_email


@dataclass(frozen=True)
class Attribution:
    landing_page: str = ""
    referring_page: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    utm_term: str = ""
    utm_content: str = ""


def consultation_request_create(
    *,
    submission_id: uuid.UUID,
    first_name: str,
    last_name: str,
    email: str,
    phone: str,
    preferred_contact_method: str,
    best_time_to_reach: str,
    conditions: list[Condition],
    other_condition: str = "",
    preferred_location: Location | None = None,
    message: str = "",
    heard_about: str = "",
    referred_by: str = "",
    attribution: Attribution | None = None,
) -> tuple[ConsultationRequest, bool]:
    """Store a request and queue its emails; returns (request, created).

    The same `submission_id` always returns the first request it made, so a
    double click or a resubmitted form never makes two.
    """
    existing = ConsultationRequest.objects.filter(
        submission_token=submission_id
    ).first()
    if existing:
        return existing, False
    attribution = attribution or Attribution()
    request = ConsultationRequest(
        submission_token=submission_id,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        preferred_contact_method=preferred_contact_method,
        best_time_to_reach=best_time_to_reach,
        other_condition=other_condition,
        preferred_location=preferred_location,
        message=message,
        heard_about=heard_about,
        referred_by=referred_by,
        consent_given_at=timezone.now(),
        privacy_policy_version=settings.PRIVACY_POLICY_VERSION,
        is_urgent=mentions_crisis(message) or mentions_crisis(other_condition),
        **vars(attribution),
    )
    # The unique token is left to the database: a simultaneous click of the
    # same form then lands in the IntegrityError branch below.
    request.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            request.save()
            request.conditions.set(conditions)
            StatusChange.objects.create(request=request, to_status=request.status)
            _queue_emails(request)
    except IntegrityError:
        # A simultaneous submit of the same form won the race: use its request.
        existing = ConsultationRequest.objects.filter(
            submission_token=submission_id
        ).first()
        if existing is None:
            raise
        return existing, False
    return request, True


def _queue_emails(request: ConsultationRequest) -> None:
    """Deliveries and their tasks are rows in this transaction: they exist
    exactly when the request does."""
    deliveries = [
        EmailDelivery(
            request=request,
            kind=EmailDelivery.Kind.PATIENT_CONFIRMATION,
            recipients=request.email,
        )
    ]
    if settings.STAFF_NOTIFICATION_EMAILS:
        deliveries.append(
            EmailDelivery(
                request=request,
                kind=EmailDelivery.Kind.STAFF_NOTIFICATION,
                recipients=", ".join(settings.STAFF_NOTIFICATION_EMAILS),
            )
        )
    for delivery in deliveries:
        delivery.save()
        send_consultation_email.enqueue(delivery.pk)


def email_delivery_resend(*, delivery: EmailDelivery) -> EmailDelivery:
    """Staff asked to send this email again: a new delivery, queued now."""
    with transaction.atomic():
        copy = EmailDelivery.objects.create(
            request=delivery.request, kind=delivery.kind, recipients=delivery.recipients
        )
        send_consultation_email.enqueue(copy.pk)
    return copy
