"""JSON-LD builders and the sitemap base that uses the site's public origin."""

from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from clinic_site.models import ClinicProfile, Location, Physician

SCHEMA_CONTEXT = "https://schema.org"


def postal_address(location: Location) -> dict:
    return {
        "@type": "PostalAddress",
        "streetAddress": location.street_address,
        "addressLocality": location.locality,
        "addressRegion": location.region,
        "postalCode": location.postal_code,
        "addressCountry": "US",
    }


def medical_clinic(clinic: ClinicProfile, locations: Iterable[Location]) -> dict:
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "MedicalClinic",
        "@id": f"{settings.SITE_URL}/#clinic",
        "name": clinic.name,
        "url": f"{settings.SITE_URL}/",
        "telephone": clinic.phone,
        "email": clinic.email,
        "location": [
            {
                "@type": "MedicalClinic",
                "name": f"{clinic.name}, {location.name}",
                "telephone": location.phone,
                "address": postal_address(location),
            }
            for location in locations
        ],
    }
    if clinic.tagline:
        data["description"] = clinic.tagline
    return data


def faq_page(questions_and_answers: Iterable[tuple[str, str]]) -> dict:
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": str(answer)},
            }
            for question, answer in questions_and_answers
        ],
    }


class SiteSitemap(Sitemap):
    """Absolute URLs on SITE_URL, whatever host the request came in on."""

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None) -> str:
        return urlsplit(settings.SITE_URL).netloc


def physician_person(physician: Physician) -> dict:
    return {
        "@type": "Physician",
        "name": f"{physician.name}, {physician.credentials}",
        "jobTitle": physician.title,
        "url": f"{settings.SITE_URL}/about/#our-team",
    }


def breadcrumb_list(trail: Iterable[tuple[str, str]]) -> dict:
    """A BreadcrumbList from (name, path) pairs."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": settings.SITE_URL + path,
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }
