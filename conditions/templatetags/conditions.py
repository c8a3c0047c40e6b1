from django import template
from django.db.models import QuerySet

from conditions.models import Condition

register = template.Library()


@register.simple_tag
def published_conditions() -> QuerySet[Condition]:
    """For site-wide pages (home) that list the conditions without importing
    this app."""
    return Condition.objects.published().only("name", "slug", "summary")
