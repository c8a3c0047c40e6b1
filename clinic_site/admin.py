from django.contrib import admin
from django.http import HttpRequest

from clinic_site.models import (
    ClaimOverride,
    ClinicProfile,
    FrequentQuestion,
    Location,
    Physician,
)


@admin.register(ClinicProfile)
class ClinicProfileAdmin(admin.ModelAdmin):
    list_display = ["name", "phone", "email", "updated_at"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "tagline", "phone", "email", "time_zone"]}),
        ("Site-wide texts", {"fields": ["medical_disclaimer"]}),
        ("History", {"fields": ["created_at", "updated_at"]}),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # One clinic, one profile: staff edit the existing row.
        return not ClinicProfile.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "one_line_address",
        "phone",
        "display_order",
        "is_published",
    ]
    list_editable = ["display_order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "street_address", "locality", "postal_code"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Physician)
class PhysicianAdmin(admin.ModelAdmin):
    list_display = ["name", "credentials", "title", "display_order", "is_published"]
    list_editable = ["display_order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "title"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]
    fields = [
        "name",
        "slug",
        "credentials",
        "title",
        "bio",
        ("photo", "photo_alt"),
        "user",
        "display_order",
        "is_published",
    ]


@admin.register(FrequentQuestion)
class FrequentQuestionAdmin(admin.ModelAdmin):
    list_display = ["question", "display_order", "is_published", "updated_at"]
    list_editable = ["display_order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["question", "answer"]


@admin.register(ClaimOverride)
class ClaimOverrideAdmin(admin.ModelAdmin):
    """History: who published which risky phrases, and when. Never edited."""

    list_display = ["object_repr", "phrases", "approved_by", "approved_at"]
    list_filter = ["content_type"]
    date_hierarchy = "approved_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
