"""The clinic's identity: its profile, locations, physicians and site-wide FAQ."""

import re
import zoneinfo
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from clinic_site.images import ResponsiveImageField
from clinic_site.richtext import render_markdown


def validate_time_zone(value: str) -> None:
    # A validator rather than choices: the list of zones changes with tzdata and
    # would otherwise churn migrations.
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            f"“{value}” is not a known time zone, e.g. America/Los_Angeles."
        )


def tel_href(phone: str) -> str:
    """A `tel:` link in E.164 form for a US number such as "(714) 555-0142"."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 10:
        digits = "1" + digits
    return f"tel:+{digits}"


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class ClinicProfile(TimeStampedModel):
    """The one row that names the clinic everywhere on the site."""

    SINGLETON_ID = 1

    name = models.CharField(max_length=120)
    tagline = models.CharField(
        max_length=160,
        blank=True,
        help_text="One calm sentence under the clinic's name on the home page.",
    )
    phone = models.CharField(
        max_length=32,
        help_text="Main number shown in the header's “Call us” link, e.g. "
        "(714) 555-0142.",
    )
    email = models.EmailField(help_text="Public contact address shown in the footer.")
    time_zone = models.CharField(
        max_length=64,
        default="America/Los_Angeles",
        validators=[validate_time_zone],
        help_text="Times on the site and in emails use this zone.",
    )
    medical_disclaimer = models.TextField(
        help_text="Shown on every page that discusses treatment and under every "
        "blog post. Plain text; blank lines separate paragraphs."
    )

    class Meta:
        verbose_name = "clinic profile"
        verbose_name_plural = "clinic profile"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=1), name="clinic_profile_single_row"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # Any new instance replaces the one row rather than adding a second.
        self.pk = self.SINGLETON_ID
        if self.created_at is None:
            existing = ClinicProfile.objects.filter(pk=self.pk).first()
            self.created_at = existing.created_at if existing else timezone.now()
        super().save(*args, **kwargs)

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Location(TimeStampedModel):
    name = models.CharField(max_length=80, help_text="Usually the city, e.g. Tustin.")
    slug = models.SlugField(unique=True)
    street_address = models.CharField(max_length=160)
    locality = models.CharField("city", max_length=80)
    region = models.CharField("state", max_length=2, default="CA")
    postal_code = models.CharField("ZIP code", max_length=10)
    phone = models.CharField(max_length=32)
    hours = models.TextField(
        help_text="One line per range of days, e.g. “Monday–Friday: 8 a.m.–5 p.m.”"
    )
    directions_url = models.URLField(
        "directions link", help_text="A map link that opens directions."
    )
    parking_note = models.CharField(
        max_length=200, blank=True, help_text="Parking and step-free access."
    )
    display_order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField(
        "shown on the site",
        default=True,
        help_text="Untick to hide a location that is closed.",
    )

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('locations')}#{self.slug}"

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)

    @property
    def hours_lines(self) -> list[str]:
        return [line.strip() for line in self.hours.splitlines() if line.strip()]

    @property
    def one_line_address(self) -> str:
        return (
            f"{self.street_address}, {self.locality}, {self.region} {self.postal_code}"
        )


class Physician(TimeStampedModel):
    """A physician of the clinic: shown on the team page, later a blog author and
    the medical reviewer of condition pages."""

    name = models.CharField(max_length=120, help_text="Full name without “Dr.”.")
    slug = models.SlugField(unique=True)
    credentials = models.CharField(max_length=40, help_text="e.g. MD, DO.")
    title = models.CharField(max_length=120, help_text="e.g. Medical Director.")
    bio = models.TextField(help_text="A short biography. Markdown is allowed.")
    photo = ResponsiveImageField(
        upload_to="physicians/",
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
        help_text="A JPEG, PNG or WebP up to 10 MB. Location data is removed.",
    )
    photo_width = models.PositiveIntegerField(null=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, editable=False)
    photo_alt = models.CharField(
        "photo description",
        max_length=200,
        blank=True,
        help_text="What the photo shows, for people who cannot see it. Required "
        "with a photo.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="physician",
        help_text="The admin login this physician uses to write blog posts. Add "
        "that login to the “Physicians” group.",
    )
    display_order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField("shown on the site", default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}"

    def get_absolute_url(self) -> str:
        return reverse("blog:author", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if self.photo and not self.photo_alt.strip():
            raise ValidationError(
                {"photo_alt": "Describe the photo for people who cannot see it."}
            )

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()[:2]).upper()

    @cached_property
    def bio_html(self) -> SafeString:
        return render_markdown(self.bio)


class FrequentQuestion(TimeStampedModel):
    """A question answered on the site-wide FAQ page."""

    question = models.CharField(max_length=200)
    answer = models.TextField(help_text="Markdown is allowed.")
    display_order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField("shown on the site", default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "id"]
        verbose_name = "frequently asked question"

    def __str__(self) -> str:
        return self.question

    @cached_property
    def answer_html(self) -> SafeString:
        return render_markdown(self.answer)


def paragraphs_html(text: str) -> SafeString:
    """Plain text with blank-line paragraphs as escaped `<p>` elements."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return format_html_join("", "<p>{}</p>", ((p,) for p in paragraphs))


class ClaimOverride(models.Model):
    """A record that someone published text containing risky medical claims."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField("page", max_length=200)
    phrases = models.TextField(help_text="The flagged phrases, as written.")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-approved_at"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.object_repr}: {self.phrases}"
