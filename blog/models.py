"""Physician blog posts: drafts, scheduled publishing, topics and series."""

import datetime
import math
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from clinic_site.images import ResponsiveImageField
from clinic_site.models import Physician, TimeStampedModel
from clinic_site.richtext import render_markdown
from conditions.models import Condition

WORDS_PER_MINUTE = 200


class Topic(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(unique=True)
    condition = models.ForeignKey(
        Condition,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="topics",
        help_text="When the topic is a condition, its posts appear on that "
        "condition's page.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:topic", kwargs={"slug": self.slug})


class Series(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(unique=True)
    description = models.CharField(
        max_length=200,
        blank=True,
        help_text="One sentence shown on the series page, e.g. what “Ask the "
        "doctor” is.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "series"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:series", kwargs={"slug": self.slug})


class PostQuerySet(models.QuerySet):
    def published(self, now: datetime.datetime | None = None):
        """Published, and its publication time has come: a scheduled post
        appears by itself once `publish_at` passes."""
        return self.filter(
            status=Post.Status.PUBLISHED, publish_at__lte=now or timezone.now()
        )

    def for_listing(self):
        return self.select_related("author", "series").prefetch_related("topics")

    def related_to(self, post: "Post", limit: int = 3):
        """Published posts sharing the most topics with `post`, then the newest."""
        return (
            self.published()
            .exclude(pk=post.pk)
            .annotate(
                shared_topics=Count(
                    "topics", filter=Q(topics__in=post.topics.all()), distinct=True
                )
            )
            .order_by("-shared_topics", "-publish_at")[:limit]
        )


class Post(TimeStampedModel):
    GUARDED_FIELDS = ("title", "excerpt", "body", "extra_note")

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=140)
    slug = models.SlugField(unique=True, help_text="The address: /blog/<slug>/")
    author = models.ForeignKey(
        Physician, on_delete=models.PROTECT, related_name="posts"
    )
    medical_reviewer = models.ForeignKey(
        Physician,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviewed_posts",
        help_text="Optional: a second physician who checked the post.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        "publish at",
        null=True,
        blank=True,
        help_text="A future time schedules the post: it appears by itself then.",
    )
    revised_at = models.DateTimeField(
        "content revised at",
        null=True,
        blank=True,
        editable=False,
        help_text="Set when the title, excerpt or body changes after publication.",
    )
    excerpt = models.CharField(
        max_length=160,
        help_text="One or two sentences for the blog list; also the description "
        "search engines show.",
    )
    body = models.TextField(
        help_text="Markdown: a blank line between paragraphs, ## for a heading, "
        "“- ” for a list item."
    )
    featured_image = ResponsiveImageField(
        upload_to="blog/",
        blank=True,
        width_field="featured_image_width",
        height_field="featured_image_height",
        help_text="A JPEG, PNG or WebP up to 10 MB, at least 1440 px wide.",
    )
    featured_image_width = models.PositiveIntegerField(null=True, editable=False)
    featured_image_height = models.PositiveIntegerField(null=True, editable=False)
    featured_image_alt = models.CharField(
        "image description",
        max_length=200,
        blank=True,
        help_text="What the image shows, for people who cannot see it.",
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="posts")
    series = models.ForeignKey(
        Series, on_delete=models.SET_NULL, null=True, blank=True, related_name="posts"
    )
    extra_note = models.TextField(
        "note under the disclaimer",
        blank=True,
        help_text="Optional, e.g. a disclosure. The medical disclaimer itself is "
        "always shown and cannot be removed.",
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-created_at"]
        permissions = [("publish_post", "Can publish posts")]
        indexes = [models.Index(fields=["status", "publish_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("blog:detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        errors = {}
        if self.featured_image and not self.featured_image_alt.strip():
            errors["featured_image_alt"] = (
                "Describe the image for people who cannot see it."
            )
        if self.medical_reviewer_id and self.medical_reviewer_id == self.author_id:
            errors["medical_reviewer"] = "Choose a physician other than the author."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        # Publishing without a time means "now".
        if self.status == self.Status.PUBLISHED and not self.publish_at:
            self.publish_at = timezone.now()
        super().save(*args, **kwargs)

    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def guarded_texts(self) -> list[str]:
        return [getattr(self, name) for name in self.GUARDED_FIELDS]

    def can_be_previewed_by(self, user) -> bool:
        """Drafts and scheduled posts are visible to their author and to staff
        who edit every post."""
        if not user.is_authenticated or not user.has_perm("blog.change_post"):
            return False
        physician = getattr(user, "physician", None)
        return user.is_superuser or physician is None or physician.pk == self.author_id

    @property
    def is_live(self) -> bool:
        return self.is_public() and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.is_public() and self.publish_at > timezone.now()

    @property
    def was_revised(self) -> bool:
        """Its content changed on a later day than it was published."""
        return bool(
            self.publish_at
            and self.revised_at
            and timezone.localdate(self.revised_at)
            > timezone.localdate(self.publish_at)
        )

    @property
    def modified_at(self) -> datetime.datetime | None:
        return self.revised_at or self.publish_at

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(len(self.body.split()) / WORDS_PER_MINUTE))

    @cached_property
    def body_html(self) -> SafeString:
        return render_markdown(self.body)
