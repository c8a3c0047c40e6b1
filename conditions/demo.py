"""Loads the six demo condition pages, reviewed by the demo physicians. Safe to
run again: rows are matched by slug and written only when a value differs."""

import datetime

from clinic_site.demo import upsert
from clinic_site.models import Physician
from conditions import demo_content
from conditions.models import Condition, ConditionFAQ, Reference

# Fixed dates, so a second run changes nothing.
LAST_REVIEWED = datetime.date(2026, 10, 15)
NEXT_REVIEW_DUE = datetime.date(2027, 10, 15)
REVIEWERS = {
    "chronic-pain": "avery-lindqvist",
    "crps": "mira-castellane",
    "ocd": "jonah-whitfield",
    "ptsd": "jonah-whitfield",
    "anxiety": "jonah-whitfield",
    "depression": "jonah-whitfield",
}
SECTION_FIELDS = [
    "overview",
    "what_it_feels_like",
    "causes_and_risk_factors",
    "how_treatment_may_help",
    "course_of_treatment",
    "what_to_expect",
]


def load() -> None:
    physicians = {p.slug: p for p in Physician.objects.all()}
    conditions = {}
    for entry in demo_content.CONDITIONS:
        values = {field: entry[field] for field in SECTION_FIELDS}
        values.update(
            name=entry["name"],
            other_names=entry["other_names"],
            summary=entry["summary"],
            display_order=entry["display_order"],
            shows_crisis_note=entry["crisis_note"],
            symptoms="\n".join(entry["symptoms"]),
            reviewed_by=physicians[REVIEWERS[entry["slug"]]],
            last_reviewed=LAST_REVIEWED,
            next_review_due=NEXT_REVIEW_DUE,
            is_published=True,
        )
        condition = upsert(Condition, {"slug": entry["slug"]}, values)
        conditions[entry["slug"]] = condition
        for order, (question, answer) in enumerate(entry["faqs"], start=1):
            upsert(
                ConditionFAQ,
                {"condition": condition, "question": question},
                {"answer": answer, "display_order": order},
            )
        for order, reference in enumerate(entry["references"], start=1):
            upsert(
                Reference,
                {"condition": condition, "title": reference["title"]},
                {
                    "publisher": reference["publisher"],
                    "year": reference["year"],
                    "url": reference["url"],
                    "display_order": order,
                },
            )
    for entry in demo_content.CONDITIONS:
        related = [conditions[slug] for slug in entry["related"]]
        current = set(conditions[entry["slug"]].related_conditions.all())
        if current != set(related):
            conditions[entry["slug"]].related_conditions.add(*related)
