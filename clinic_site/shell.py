"""What every page's header and footer show, read once and kept in the cache."""

from dataclasses import dataclass

from django.core.cache import cache

from clinic_site.models import ClinicProfile, Location

SHELL_CACHE_KEY = "clinic_site:shell"

# Shown until staff fill in the clinic profile, so a fresh site still renders.
PLACEHOLDER_CLINIC = ClinicProfile(
    name="Ketamine infusion clinic",
    phone="",
    email="",
    medical_disclaimer=(
        "The information on this website is general and is not medical advice. "
        "Only a licensed professional who knows you can diagnose or treat you."
    ),
)


@dataclass(frozen=True)
class SiteShell:
    clinic: ClinicProfile
    locations: list[Location]


def get_site_shell() -> SiteShell:
    shell = cache.get(SHELL_CACHE_KEY)
    if shell is None:
        shell = SiteShell(
            clinic=ClinicProfile.objects.first() or PLACEHOLDER_CLINIC,
            locations=list(Location.objects.published()),
        )
        cache.set(SHELL_CACHE_KEY, shell, timeout=None)
    return shell


def clear_site_shell(**kwargs) -> None:
    """Signal receiver: the shell changes whenever the profile or a location does."""
    cache.delete(SHELL_CACHE_KEY)
