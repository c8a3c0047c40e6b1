from django.conf import settings
from django.http import HttpRequest

from clinic_site.shell import get_site_shell


def site_shell(request: HttpRequest) -> dict:
    shell = get_site_shell()
    return {
        "clinic": shell.clinic,
        "site_locations": shell.locations,
        "canonical_url": settings.SITE_URL + request.path,
        "SITE_URL": settings.SITE_URL,
    }
