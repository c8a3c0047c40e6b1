from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html

from blog.models import Post, Series, Topic
from clinic_site.guardrails import ClaimGuardrailAdminMixin
from clinic_site.models import Physician


def own_physician(request: HttpRequest) -> Physician | None:
    """The physician profile that limits this user to their own posts, if any."""
    if request.user.is_superuser:
        return None
    return getattr(request.user, "physician", None)


def is_own_post(request: HttpRequest, post: Post | None) -> bool:
    """Physicians may only touch their own posts; other staff any post."""
    physician = own_physician(request)
    return post is None or physician is None or post.author_id == physician.pk


# Changing these after publication shows readers an "Updated" date.
REVISION_FIELDS = ("title", "excerpt", "body")


@admin.register(Post)
class PostAdmin(ClaimGuardrailAdminMixin, admin.ModelAdmin):
    list_display = ["title", "state", "author", "publish_at", "updated_at"]
    list_filter = ["status", "author", "topics", "series"]
    search_fields = ["title", "excerpt", "body"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["topics"]
    list_select_related = ["author"]
    readonly_fields = ["preview_link", "revised_at", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "author", "medical_reviewer", "preview_link"]},
        ),
        ("Publishing", {"fields": ["status", "publish_at"]}),
        ("Content", {"fields": ["excerpt", "body", "extra_note"]}),
        ("Image", {"fields": ["featured_image", "featured_image_alt"]}),
        ("Filing", {"fields": ["topics", "series"]}),
        ("History", {"fields": ["revised_at", "created_at", "updated_at"]}),
    ]

    @admin.display(description="state", ordering="status")
    def state(self, post: Post) -> str:
        if post.is_scheduled:
            return "Scheduled"
        return "Live" if post.is_live else "Draft"

    @admin.display(description="preview")
    def preview_link(self, post: Post) -> str:
        if not post.pk:
            return "Save the post to preview it."
        label = "View on site" if post.is_live else "Preview this draft"
        return format_html(
            '<a href="{}" target="_blank">{}</a>', post.get_absolute_url(), label
        )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Post]:
        posts = super().get_queryset(request)
        if physician := own_physician(request):
            return posts.filter(author=physician)
        return posts

    def has_change_permission(
        self, request: HttpRequest, obj: Post | None = None
    ) -> bool:
        return super().has_change_permission(request, obj) and is_own_post(request, obj)

    def has_delete_permission(
        self, request: HttpRequest, obj: Post | None = None
    ) -> bool:
        return super().has_delete_permission(request, obj) and is_own_post(request, obj)

    def get_readonly_fields(self, request: HttpRequest, obj: Post | None = None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm("blog.publish_post"):
            readonly += ["status", "publish_at"]
        if own_physician(request):
            readonly.append("author")
        return readonly

    def get_changeform_initial_data(self, request: HttpRequest) -> dict:
        initial = super().get_changeform_initial_data(request)
        if physician := getattr(request.user, "physician", None):
            initial.setdefault("author", physician.pk)
        return initial

    def save_model(self, request: HttpRequest, post: Post, form, change: bool) -> None:
        if physician := own_physician(request):
            post.author = physician
        if not change and not request.user.has_perm("blog.publish_post"):
            post.status = Post.Status.DRAFT
        if change and post.is_live and set(form.changed_data) & set(REVISION_FIELDS):
            post.revised_at = timezone.now()
        super().save_model(request, post, form, change)


class SlugAdmin(admin.ModelAdmin):
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(SlugAdmin):
    list_display = ["name", "condition"]


@admin.register(Series)
class SeriesAdmin(SlugAdmin):
    list_display = ["name", "description"]
