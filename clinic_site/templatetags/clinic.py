from django import template
from django.db.models.fields.files import ImageFieldFile
from django.utils.safestring import SafeString

from clinic_site.images import picture_tag
from clinic_site.models import paragraphs_html

register = template.Library()


@register.filter
def paragraphs(text: str) -> SafeString:
    """Plain text typed in admin, blank lines as paragraph breaks, escaped."""
    return paragraphs_html(text)


@register.simple_tag
def picture(
    field_file: ImageFieldFile,
    alt: str,
    sizes: str = "100vw",
    eager: bool = False,
    css_class: str = "",
) -> SafeString:
    """A responsive `<picture>`; `eager=True` only for images above the fold."""
    return picture_tag(
        field_file, alt=alt, sizes=sizes, eager=eager, css_class=css_class
    )
