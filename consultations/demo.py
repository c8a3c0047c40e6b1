"""A few fictional consultation requests, so staff trying the demo admin see
the follow-up workflow. Matched by a fixed token: a second run adds nothing."""

import datetime
import uuid

from django.utils import timezone

from clinic_site.demo import upsert
from clinic_site.models import Location
from conditions.models import Condition
from consultations.models import ConsultationRequest

DEMO_NAMESPACE = uuid.UUID("4a1d7e52-6c55-4b8e-9a36-0d2a0c1f5e01")
REQUESTS = [
    {
        "first_name": "Jordan",
        "last_name": "Demo",
        "email": "jordan.demo@example.org",
        "phone": "+17145550161",
        "conditions": ["chronic-pain"],
        "location": "tustin",
        "status": ConsultationRequest.Status.NEW,
        "hours_ago": 3,
    },
    {
        "first_name": "Casey",
        "last_name": "Sample",
        "email": "casey.sample@example.org",
        "phone": "+19495550162",
        "conditions": ["depression", "anxiety"],
        "location": None,
        "status": ConsultationRequest.Status.NEW,
        "hours_ago": 30,
    },
    {
        "first_name": "Riley",
        "last_name": "Example",
        "email": "riley.example@example.org",
        "phone": "+15625550163",
        "conditions": ["crps"],
        "location": "seal-beach",
        "status": ConsultationRequest.Status.SCHEDULED,
        "hours_ago": 72,
    },
]


def load() -> None:
    conditions = {c.slug: c for c in Condition.objects.all()}
    locations = {loc.slug: loc for loc in Location.objects.all()}
    now = timezone.now().replace(second=0, microsecond=0)
    for entry in REQUESTS:
        created = now - datetime.timedelta(hours=entry["hours_ago"])
        request = upsert(
            ConsultationRequest,
            {"submission_token": uuid.uuid5(DEMO_NAMESPACE, entry["email"])},
            {
                "first_name": entry["first_name"],
                "last_name": entry["last_name"],
                "email": entry["email"],
                "phone": entry["phone"],
                "preferred_location": locations.get(entry["location"]),
                "privacy_policy_version": "2026-11",
            },
            create_only={
                "status": entry["status"],
                "consent_given_at": created,
                "status_changed_at": created,
            },
        )
        if request.created_at > created:  # backdate once, on creation
            ConsultationRequest.objects.filter(pk=request.pk).update(created_at=created)
        wanted = {conditions[slug] for slug in entry["conditions"]}
        if set(request.conditions.all()) != wanted:
            request.conditions.set(wanted)
