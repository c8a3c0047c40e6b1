import datetime

from django import template

from consultations.models import ConsultationRequest

register = template.Library()


@register.inclusion_tag("admin/consultations/lead_counts.html", takes_context=True)
def lead_counts(context) -> dict:
    """Counts for the admin index, for staff who may see requests."""
    user = context["request"].user
    if not user.has_perm("consultations.view_consultationrequest"):
        return {"visible": False}
    requests = ConsultationRequest.objects
    return {
        "visible": True,
        "new_today": requests.created_today().count(),
        "waiting": requests.waiting_longer_than(datetime.timedelta(hours=24)).count(),
        "urgent": requests.urgent_open().count(),
    }
