"""Condition pages: what a condition is, how ketamine-assisted treatment may
help, medically reviewed by one of the clinic's physicians."""

import datetime
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from clinic_site.images import ResponsiveImageField
from clinic_site.models import Physician, TimeStampedModel
from clinic_site.richtext import render_markdown

MARKDOWN_HELP = (
    "Markdown: a blank line between paragraphs, “- ” for a list item, ### for a "
    "subheading."
)

# The page's sections, in reading order: (field, heading shown on the page).
SECTIONS = [
    ("overview", "Overview"),
    ("what_it_feels_like", "What it feels like"),
    ("causes_and_risk_factors", "Causes and risk factors"),
    ("how_treatment_may_help", "How ketamine-assisted treatment may help"),
    ("course_of_treatment", "What a course of treatment looks like"),
    ("what_to_expect", "What to expect at our clinic"),
]


class ConditionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def review_overdue(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(next_review_due__lt=today)


class Condition(TimeStampedModel):
    GUARDED_FIELDS = ("summary", *(field for field, _ in SECTIONS))

    name = models.CharField(max_length=80)
    slug = models.SlugField(
        unique=True, help_text="The page's address: /conditions/<slug>/"
    )
    other_names = models.CharField(
        max_length=200,
        blank=True,
        help_text="Other names people search for, comma-separated, e.g. "
        "“complex regional pain syndrome”.",
    )
    summary = models.CharField(
        max_length=160,
        help_text="One or two sentences for the card on the conditions page; also "
        "the description search engines show. 160 characters at most.",
    )
    hero_image = ResponsiveImageField(
        upload_to="conditions/",
        blank=True,
        width_field="hero_image_width",
        height_field="hero_image_height",
        help_text="Optional. A JPEG, PNG or WebP up to 10 MB, at least 1440 px wide.",
    )
    hero_image_width = models.PositiveIntegerField(null=True, editable=False)
    hero_image_height = models.PositiveIntegerField(null=True, editable=False)
    hero_image_alt = models.CharField(
        "hero image description",
        max_length=200,
        blank=True,
        help_text="What the image shows, for people who cannot see it.",
    )
    overview = models.TextField(help_text=MARKDOWN_HELP)
    what_it_feels_like = models.TextField(help_text=MARKDOWN_HELP)
    causes_and_risk_factors = models.TextField(help_text=MARKDOWN_HELP)
    how_treatment_may_help = models.TextField(
        "how ketamine-assisted treatment may help", help_text=MARKDOWN_HELP
    )
    course_of_treatment = models.TextField(
        "what a course of treatment looks like", help_text=MARKDOWN_HELP
    )
    what_to_expect = models.TextField(
        "what to expect at the clinic", help_text=MARKDOWN_HELP
    )
    symptoms = models.TextField(
        blank=True,
        help_text="One common symptom per line, for search engines' understanding "
        "of the page.",
    )
    related_conditions = models.ManyToManyField("self", blank=True)
    reviewed_by = models.ForeignKey(
        Physician,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviewed_conditions",
        help_text="The physician who last checked this page medically.",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(
        null=True, blank=True, help_text="Usually a year after the last review."
    )
    shows_crisis_note = models.BooleanField(
        "show the crisis note",
        default=False,
        help_text="Show 988 and 911 at the top of the page (mental-health conditions).",
    )
    display_order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField("published", default=False)

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "name"]
        permissions = [("preview_condition", "Can preview unpublished condition pages")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conditions:detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        errors = {}
        if self.hero_image and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = (
                "Describe the image for people who cannot see it."
            )
        if self.is_published:
            if not self.reviewed_by_id:
                errors["reviewed_by"] = (
                    "A page is published only after a physician reviews it."
                )
            if not self.last_reviewed:
                errors["last_reviewed"] = "Give the date of the medical review."
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            errors["next_review_due"] = "The next review comes after the last one."
        if errors:
            raise ValidationError(errors)

    def is_public(self) -> bool:
        return self.is_published

    def guarded_texts(self) -> list[str]:
        texts = [getattr(self, name) for name in self.GUARDED_FIELDS]
        for faq in self.faqs.all():
            texts += [faq.question, faq.answer]
        return texts

    @property
    def is_review_overdue(self) -> bool:
        return bool(
            self.next_review_due and self.next_review_due < timezone.localdate()
        )

    @property
    def alternate_names(self) -> list[str]:
        return [name.strip() for name in self.other_names.split(",") if name.strip()]

    @property
    def symptom_list(self) -> list[str]:
        return [line.strip() for line in self.symptoms.splitlines() if line.strip()]

    @cached_property
    def sections(self) -> list[dict]:
        """The sections with content, ready for the page and its contents list."""
        return [
            {
                "id": field.replace("_", "-"),
                "heading": heading,
                "html": render_markdown(text),
            }
            for field, heading in SECTIONS
            if (text := getattr(self, field)).strip()
        ]


class ConditionFAQ(models.Model):
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="faqs"
    )
    question = models.CharField(max_length=200)
    answer = models.TextField(help_text=MARKDOWN_HELP)
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "id"]
        verbose_name = "frequently asked question"

    def __str__(self) -> str:
        return self.question

    @cached_property
    def answer_html(self) -> SafeString:
        return render_markdown(self.answer)


class Reference(models.Model):
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="references"
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(
        max_length=200, help_text="e.g. National Institutes of Health."
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    url = models.URLField("link", max_length=500, blank=True)
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "id"]

    def __str__(self) -> str:
        return self.title
