"""Risky medical claims in text staff write: find them, warn, and let a page be
published with them only through an explicit override that is recorded.

Used by the condition pages and the blog through `ClaimGuardrailAdminMixin`.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from clinic_site.models import ClaimOverride


@dataclass(frozen=True)
class RiskyClaim:
    pattern: re.Pattern
    reason: str
    # A sentence that also matches this is not the risky claim (e.g. the FDA
    # approval of esketamine nasal spray is a fact, not a claim about IV ketamine).
    allowed_context: re.Pattern | None = None


RISKY_CLAIMS = [
    RiskyClaim(
        re.compile(r"\bcur(?:e|es|ed|ing|ative)\b", re.I),
        "promises a cure; ketamine treatment is not a cure",
    ),
    RiskyClaim(re.compile(r"\bguarantee[sd]?\b", re.I), "promises an outcome"),
    RiskyClaim(re.compile(r"\b100\s?%", re.I), "claims certainty"),
    RiskyClaim(
        re.compile(r"\b(?:no|zero|without any) side[- ]effects?\b", re.I),
        "denies known side effects",
    ),
    RiskyClaim(
        re.compile(r"\bFDA[- ]approved\b", re.I),
        "IV ketamine is not FDA-approved for these conditions",
        allowed_context=re.compile(r"\b(?:esketamine|spravato|anesthe|anaesthe)", re.I),
    ),
    RiskyClaim(re.compile(r"\bmiracle\b", re.I), "overclaims"),
]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def find_risky_claims(*texts: str) -> list[str]:
    """The risky phrases in the texts, as written, each once, in order found."""
    found: list[str] = []
    for text in texts:
        for sentence in _SENTENCE_END.split(text or ""):
            for claim in RISKY_CLAIMS:
                if claim.allowed_context and claim.allowed_context.search(sentence):
                    continue
                for match in claim.pattern.finditer(sentence):
                    phrase = match.group(0)
                    if phrase.lower() not in {p.lower() for p in found}:
                        found.append(phrase)
    return found


def describe(phrases: Iterable[str]) -> str:
    return ", ".join(f"“{phrase}”" for phrase in phrases)


OVERRIDE_FIELD = "publish_despite_risky_claims"


class ClaimGuardrailForm(forms.ModelForm):
    """Refuses to publish risky claims unless the override box is ticked.

    The model declares `GUARDED_FIELDS` (its own text fields), `is_public()` and
    `guarded_texts()` (those fields plus related text such as FAQ answers).
    """

    publish_despite_risky_claims = forms.BooleanField(
        required=False,
        label="Publish despite the risky phrases",
        help_text="Tick only after a physician has checked each flagged phrase. "
        "Your name and the time are recorded.",
    )

    def _post_clean(self) -> None:
        super()._post_clean()  # the instance now holds the submitted values
        instance = self.instance
        override = self.cleaned_data.get(OVERRIDE_FIELD, False)
        # Inline formsets (FAQs) are validated after this form and read the
        # decision from the instance.
        instance._publish_despite_risky_claims = override
        phrases = find_risky_claims(
            *(getattr(instance, name) for name in instance.GUARDED_FIELDS)
        )
        if phrases and instance.is_public() and not override:
            self.add_error(
                None,
                ValidationError(
                    "This text contains risky claims: %(phrases)s. Rephrase them, "
                    "or tick “Publish despite the risky phrases” after a physician "
                    "has checked them.",
                    params={"phrases": describe(phrases)},
                    code="risky_claims",
                ),
            )


class ClaimGuardedInlineFormSet(forms.BaseInlineFormSet):
    """Checks inline text (e.g. FAQ answers) against the same guardrail."""

    guarded_fields: tuple[str, ...] = ()

    def clean(self) -> None:
        super().clean()
        parent = self.instance
        if not parent.is_public() or getattr(
            parent, "_publish_despite_risky_claims", False
        ):
            return
        texts = [
            form.cleaned_data.get(name, "")
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
            for name in self.guarded_fields
        ]
        phrases = find_risky_claims(*texts)
        if phrases:
            raise ValidationError(
                f"These entries contain risky claims: {describe(phrases)}. Rephrase "
                "them, or tick “Publish despite the risky phrases” above."
            )


class ClaimGuardrailAdminMixin:
    """Warns about risky claims on every save and records each override."""

    form = ClaimGuardrailForm

    def get_fieldsets(self, request: HttpRequest, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        fieldsets.append(
            (
                "Claim guardrail",
                {
                    "fields": [OVERRIDE_FIELD],
                    "description": "Phrases such as “cure”, “guaranteed”, “100%”, "
                    "“no side effects” or “FDA-approved” (said of IV ketamine) "
                    "overclaim. Pages that use them can be published only with "
                    "this box ticked.",
                },
            )
        )
        return fieldsets

    def save_related(self, request: HttpRequest, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        obj = form.instance
        phrases = find_risky_claims(*obj.guarded_texts())
        if not phrases:
            return
        if obj.is_public() and form.cleaned_data.get(OVERRIDE_FIELD):
            ClaimOverride.objects.create(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=obj.pk,
                object_repr=str(obj)[:200],
                phrases=", ".join(phrases),
                approved_by=request.user,
            )
            self.message_user(
                request,
                f"Published with risky phrases {describe(phrases)}; your override "
                "was recorded.",
                messages.WARNING,
            )
        else:
            self.message_user(
                request,
                f"Check these risky phrases before publishing: {describe(phrases)}.",
                messages.WARNING,
            )
