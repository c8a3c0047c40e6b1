"""Loads the fictional clinic's identity. Safe to run again: rows are matched by
slug (or question) and updated, never duplicated."""

from clinic_site import demo_content
from clinic_site.models import ClinicProfile, FrequentQuestion, Location, Physician


def load() -> None:
    ClinicProfile.objects.update_or_create(
        pk=ClinicProfile.SINGLETON_ID, defaults=demo_content.CLINIC
    )
    for location in demo_content.LOCATIONS:
        fields = dict(location)
        Location.objects.update_or_create(slug=fields.pop("slug"), defaults=fields)
    for physician in demo_content.PHYSICIANS:
        fields = dict(physician)
        Physician.objects.update_or_create(slug=fields.pop("slug"), defaults=fields)
    for order, (question, answer) in enumerate(demo_content.FAQS, start=1):
        FrequentQuestion.objects.update_or_create(
            question=question, defaults={"answer": answer, "display_order": order}
        )
