"""Requests for a free virtual consultation, and how staff follow each one up.

These rows are health data: only staff with the right permissions see them, and
nothing from them but the request number leaves the site by email.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from clinic_site.models import Location, TimeStampedModel
from conditions.models import Condition

MESSAGE_MAX_LENGTH = 1000


class ConsultationRequestQuerySet(models.QuerySet):
    def awaiting_contact(self):
        return self.filter(status=ConsultationRequest.Status.NEW)

    def created_today(self):
        return self.filter(created_at__date=timezone.localdate())

    def waiting_longer_than(self, delta: datetime.timedelta):
        return self.awaiting_contact().filter(created_at__lt=timezone.now() - delta)

    def urgent_open(self):
        return self.filter(is_urgent=True).exclude(
            status__in=ConsultationRequest.CLOSED
        )


class ConsultationRequest(TimeStampedModel):
    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        SCHEDULED = "scheduled", "Consult scheduled"
        CONSULT_DONE = "consult_done", "Consult done"
        BECAME_PATIENT = "became_patient", "Became a patient"
        NOT_A_CANDIDATE = "not_a_candidate", "Not a candidate"
        UNREACHABLE = "unreachable", "Unreachable"
        WITHDRAWN = "withdrawn", "Withdrawn"

    CLOSED = [
        Status.BECAME_PATIENT,
        Status.NOT_A_CANDIDATE,
        Status.UNREACHABLE,
        Status.WITHDRAWN,
    ]

    class ContactMethod(models.TextChoices):
        PHONE = "phone", "Phone call"
        TEXT = "text", "Text message"
        EMAIL = "email", "Email"

    class BestTime(models.TextChoices):
        ANY = "any", "Any time"
        MORNING = "morning", "Morning (8 a.m.–noon)"
        AFTERNOON = "afternoon", "Afternoon (noon–5 p.m.)"
        EVENING = "evening", "Early evening (5–7 p.m.)"

    class Source(models.TextChoices):
        SEARCH = "search", "Web search"
        DOCTOR = "doctor", "My doctor or therapist"
        FRIEND = "friend", "A friend or relative"
        SOCIAL = "social", "Social media"
        NEWS = "news", "News or an article"
        OTHER = "other", "Somewhere else"

    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email = models.EmailField(max_length=254)
    phone = PhoneNumberField(region="US")
    preferred_contact_method = models.CharField(
        max_length=10, choices=ContactMethod, default=ContactMethod.PHONE
    )
    best_time_to_reach = models.CharField(
        max_length=10, choices=BestTime, default=BestTime.ANY
    )
    conditions = models.ManyToManyField(
        Condition, blank=True, related_name="consultation_requests"
    )
    other_condition = models.CharField(
        "other concern", max_length=120, blank=True, help_text="Typed by the visitor."
    )
    preferred_location = models.ForeignKey(
        Location,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consultation_requests",
        help_text="Where they would prefer infusions. Empty: no preference.",
    )
    message = models.TextField(max_length=MESSAGE_MAX_LENGTH, blank=True)
    heard_about = models.CharField(
        "heard about us through", max_length=10, choices=Source, blank=True
    )
    referred_by = models.CharField(max_length=120, blank=True)

    consent_given_at = models.DateTimeField(
        help_text="When they accepted the privacy policy and agreed to be contacted."
    )
    privacy_policy_version = models.CharField(max_length=20)

    # First-party attribution, captured by the site itself.
    landing_page = models.CharField(max_length=500, blank=True)
    referring_page = models.CharField(max_length=500, blank=True)
    utm_source = models.CharField(max_length=200, blank=True)
    utm_medium = models.CharField(max_length=200, blank=True)
    utm_campaign = models.CharField(max_length=200, blank=True)
    utm_term = models.CharField(max_length=200, blank=True)
    utm_content = models.CharField(max_length=200, blank=True)

    status = models.CharField(max_length=20, choices=Status, default=Status.NEW)
    status_changed_at = models.DateTimeField(default=timezone.now)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_consultation_requests",
    )
    is_urgent = models.BooleanField(
        "urgent",
        default=False,
        help_text="Set automatically when the message mentions suicide or "
        "self-harm. Call this person first.",
    )
    # The one-time token of the form that created the request: a double click
    # or a resubmit finds this row instead of making a second one.
    submission_token = models.UUIDField(unique=True, editable=False)

    objects = ConsultationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("export_consultationrequest", "Can export consultation requests as CSV")
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"Request #{self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def change_status(self, new_status: str, *, by=None) -> None:
        """Move to a new status, recording when and by whom."""
        if new_status == self.status:
            return
        StatusChange.objects.create(
            request=self, from_status=self.status, to_status=new_status, changed_by=by
        )
        self.status = new_status
        self.status_changed_at = timezone.now()
        self.save(update_fields=["status", "status_changed_at", "updated_at"])


class StatusChange(models.Model):
    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(
        max_length=20, choices=ConsultationRequest.Status, blank=True
    )
    to_status = models.CharField(max_length=20, choices=ConsultationRequest.Status)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["changed_at"]

    def __str__(self) -> str:
        before = self.get_from_status_display() or "Created"
        return f"{before} → {self.get_to_status_display()}"


class Note(models.Model):
    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    body = models.TextField("note", max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Note by {self.author} on {self.created_at:%Y-%m-%d}"


class EmailDelivery(TimeStampedModel):
    """One email about a request, and what became of it."""

    class Kind(models.TextChoices):
        STAFF_NOTIFICATION = "staff", "Staff notification"
        PATIENT_CONFIRMATION = "patient", "Confirmation to the requester"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (gave up)"

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=10, choices=Kind)
    recipients = models.TextField(help_text="Comma-separated addresses.")
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name_plural = "email deliveries"
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="sent") | Q(sent_at__isnull=False),
                name="sent_delivery_has_sent_at",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for request #{self.request_id}"

    @property
    def recipient_list(self) -> list[str]:
        return [
            address.strip() for address in self.recipients.split(",") if address.strip()
        ]
