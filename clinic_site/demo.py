"""Loads the fictional clinic's identity. Safe to run again: rows are matched by
a natural key and only written when a value differs, so a second run changes
nothing."""

from django.db import models

from clinic_site import demo_content
from clinic_site.models import ClinicProfile, FrequentQuestion, Location, Physician


def upsert[M: models.Model](
    model: type[M], lookup: dict, values: dict, create_only: dict | None = None
) -> M:
    """Create the row, or update the fields whose demo value has changed.
    `create_only` values (e.g. times relative to now) are set on creation only."""
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        return model.objects.create(**lookup, **values, **(create_only or {}))
    changed = [
        name for name, value in values.items() if getattr(instance, name) != value
    ]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save()
    return instance


def load() -> None:
    upsert(ClinicProfile, {"pk": ClinicProfile.SINGLETON_ID}, demo_content.CLINIC)
    for location in demo_content.LOCATIONS:
        values = dict(location)
        upsert(Location, {"slug": values.pop("slug")}, values)
    for physician in demo_content.PHYSICIANS:
        values = dict(physician)
        upsert(Physician, {"slug": values.pop("slug")}, values)
    for order, (question, answer) in enumerate(demo_content.FAQS, start=1):
        upsert(
            FrequentQuestion,
            {"question": question},
            {"answer": answer, "display_order": order},
        )
