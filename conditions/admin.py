import datetime

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from clinic_site.guardrails import ClaimGuardedInlineFormSet, ClaimGuardrailAdminMixin
from conditions.models import Condition, ConditionFAQ, Reference


class ReviewStatusFilter(admin.SimpleListFilter):
    title = "medical review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("overdue", "Review overdue"),
            ("due-soon", "Due within 30 days"),
            ("never", "Never reviewed"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Condition]):
        today = timezone.localdate()
        match self.value():
            case "overdue":
                return queryset.review_overdue(today)
            case "due-soon":
                return queryset.filter(
                    next_review_due__gte=today,
                    next_review_due__lte=today + datetime.timedelta(days=30),
                )
            case "never":
                return queryset.filter(last_reviewed__isnull=True)
        return queryset


class FAQFormSet(ClaimGuardedInlineFormSet):
    guarded_fields = ("question", "answer")


class ConditionFAQInline(admin.StackedInline):
    model = ConditionFAQ
    formset = FAQFormSet
    extra = 0
    fields = ["question", "answer", "display_order"]


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 0
    fields = ["title", "publisher", "year", "url", "display_order"]


@admin.register(Condition)
class ConditionAdmin(ClaimGuardrailAdminMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "is_published",
        "reviewed_by",
        "last_reviewed",
        "next_review_due",
        "review_state",
        "display_order",
    ]
    list_filter = [ReviewStatusFilter, "is_published", "reviewed_by"]
    search_fields = ["name", "other_names", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["related_conditions"]
    list_select_related = ["reviewed_by"]
    inlines = [ConditionFAQInline, ReferenceInline]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "other_names", "summary", "display_order"]}),
        (
            "Publishing and medical review",
            {
                "fields": [
                    "is_published",
                    "reviewed_by",
                    ("last_reviewed", "next_review_due"),
                    "shows_crisis_note",
                ],
                "description": "A page can be published only with a reviewing "
                "physician and a review date.",
            },
        ),
        ("Image", {"fields": ["hero_image", "hero_image_alt"]}),
        (
            "Sections",
            {
                "fields": [
                    "overview",
                    "what_it_feels_like",
                    "causes_and_risk_factors",
                    "how_treatment_may_help",
                    "course_of_treatment",
                    "what_to_expect",
                    "symptoms",
                    "related_conditions",
                ]
            },
        ),
        ("History", {"fields": ["created_at", "updated_at"]}),
    ]

    @admin.display(description="review")
    def review_state(self, condition: Condition) -> str:
        if not condition.last_reviewed:
            return "Never reviewed"
        return "Overdue" if condition.is_review_overdue else "Current"
