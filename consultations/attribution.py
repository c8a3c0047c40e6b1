"""Where a visitor came from, read from the request that showed the form: no
cookies, no third-party scripts."""

import re
from urllib.parse import parse_qs, urlsplit

from django.http import HttpRequest

from consultations.services import Attribution

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
# Links can carry anything; control characters (NUL above all, which PostgreSQL
# refuses) must never reach the database with a patient's request.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def clean(value: str, max_length: int) -> str:
    return CONTROL_CHARACTERS.sub("", value)[:max_length]


def capture(request: HttpRequest) -> dict:
    """Attribution for the form shown by this GET request. UTM parameters come
    from the form's own address or, failing that, the page that linked to it."""
    referring_page = request.META.get("HTTP_REFERER", "")
    sources = [request.GET, parse_qs(urlsplit(referring_page).query)]
    data = {
        "landing_page": clean(request.get_full_path(), 500),
        "referring_page": clean(referring_page, 500),
    }
    for key in UTM_KEYS:
        for source in sources:
            value = source.get(key)
            if isinstance(value, list):
                value = value[0] if value else ""
            if value:
                data[key] = clean(str(value), 200)
                break
    return data


def from_token(data: dict) -> Attribution:
    known = {
        key: str(value)
        for key, value in data.items()
        if key in Attribution.__dataclass_fields__
    }
    return Attribution(**known)
