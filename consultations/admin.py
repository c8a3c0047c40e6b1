import csv

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.timesince import timesince

from consultations.models import ConsultationRequest, EmailDelivery, Note, StatusChange
from consultations.services import email_delivery_resend

CSV_COLUMNS = [
    ("id", "ID"),
    ("created_at", "Created"),
    ("status", "Status"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("preferred_contact_method", "Contact by"),
    ("best_time_to_reach", "Best time"),
    ("preferred_location", "Location"),
    ("is_urgent", "Urgent"),
    ("assigned_to", "Assigned to"),
    ("heard_about", "Heard about us"),
    ("utm_source", "UTM source"),
    ("utm_campaign", "UTM campaign"),
]


def csv_safe(value) -> str:
    """Spreadsheets run cells that start with these characters as formulas."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class NoteInline(admin.StackedInline):
    model = Note
    extra = 1
    fields = ["body", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # notes are history: added, never rewritten

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["from_status", "to_status", "changed_by", "changed_at"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "status history"

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class EmailDeliveryInline(admin.TabularInline):
    model = EmailDelivery
    extra = 0
    fields = ["kind", "status", "attempts", "last_error", "next_attempt_at", "sent_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "created_at",
        "status",
        "preferred_location",
        "is_urgent",
        "assigned_to",
        "age",
    ]
    list_display_links = ["id", "created_at"]
    list_filter = [
        "status",
        "is_urgent",
        "conditions",
        "preferred_location",
        "created_at",
        "assigned_to",
    ]
    search_fields = ["first_name", "last_name", "email", "phone"]
    date_hierarchy = "created_at"
    list_select_related = ["preferred_location", "assigned_to"]
    actions = ["mark_contacted", "assign_to_me", "resend_emails", "export_csv"]
    inlines = [NoteInline, StatusChangeInline, EmailDeliveryInline]
    readonly_fields = [
        "created_at",
        "status_changed_at",
        "consent_given_at",
        "privacy_policy_version",
        "landing_page",
        "referring_page",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
    ]
    fieldsets = [
        (
            "Follow-up",
            {"fields": ["status", "status_changed_at", "assigned_to", "is_urgent"]},
        ),
        (
            "Person",
            {
                "fields": [
                    ("first_name", "last_name"),
                    ("email", "phone"),
                    ("preferred_contact_method", "best_time_to_reach"),
                ]
            },
        ),
        (
            "Request",
            {
                "fields": [
                    "conditions",
                    "other_condition",
                    "preferred_location",
                    "message",
                    ("heard_about", "referred_by"),
                ]
            },
        ),
        ("Consent", {"fields": ["consent_given_at", "privacy_policy_version"]}),
        (
            "Where they came from",
            {
                "classes": ["collapse"],
                "fields": [
                    "landing_page",
                    "referring_page",
                    ("utm_source", "utm_medium", "utm_campaign"),
                    ("utm_term", "utm_content"),
                    "created_at",
                ],
            },
        ),
    ]
    filter_horizontal = ["conditions"]

    @admin.display(description="waiting", ordering="created_at")
    def age(self, consultation: ConsultationRequest) -> str:
        return timesince(consultation.created_at, timezone.now(), depth=1)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # requests come from the website form

    def save_model(self, request, consultation, form, change) -> None:
        if change and "status" in form.changed_data:
            new_status = consultation.status
            consultation.status = form.initial["status"]
            super().save_model(request, consultation, form, change)
            consultation.change_status(new_status, by=request.user)
        else:
            super().save_model(request, consultation, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        for note in formset.save(commit=False):
            note.author = request.user
            note.save()
        formset.save_m2m()

    @admin.action(description="Mark selected requests as contacted")
    def mark_contacted(self, request: HttpRequest, queryset: QuerySet) -> None:
        for consultation in queryset:
            consultation.change_status(
                ConsultationRequest.Status.CONTACTED, by=request.user
            )
        self.message_user(
            request, f"Marked {queryset.count()} as contacted.", messages.SUCCESS
        )

    @admin.action(description="Assign selected requests to me")
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(assigned_to=request.user, updated_at=timezone.now())
        self.message_user(request, f"Assigned {count} to you.", messages.SUCCESS)

    @admin.action(description="Send the emails of selected requests again")
    def resend_emails(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = 0
        for consultation in queryset:
            kinds_done = set()
            for delivery in consultation.deliveries.order_by("-created_at"):
                if delivery.kind not in kinds_done:
                    email_delivery_resend(delivery=delivery)
                    kinds_done.add(delivery.kind)
                    count += 1
        self.message_user(request, f"Queued {count} emails again.", messages.SUCCESS)

    @admin.action(
        description="Export selected requests as CSV",
        permissions=["export"],
    )
    def export_csv(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
        response["Content-Disposition"] = (
            f'attachment; filename="consultation-requests-{stamp}.csv"'
        )
        writer = csv.writer(response)
        writer.writerow([label for _, label in CSV_COLUMNS])
        for consultation in queryset.select_related(
            "preferred_location", "assigned_to"
        ):
            writer.writerow(
                [csv_safe(getattr(consultation, name)) for name, _ in CSV_COLUMNS]
            )
        return response

    def has_export_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("consultations.export_consultationrequest")
