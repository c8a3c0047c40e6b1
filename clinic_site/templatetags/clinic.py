from django import template
from django.utils.safestring import SafeString

from clinic_site.models import paragraphs_html

register = template.Library()


@register.filter
def paragraphs(text: str) -> SafeString:
    """Plain text typed in admin, blank lines as paragraph breaks, escaped."""
    return paragraphs_html(text)
