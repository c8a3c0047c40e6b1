import pytest
from django.test import Client
from django.urls import reverse

from clinic_site.models import ClinicProfile
from tests.factories import ClinicProfileFactory, LocationFactory, PhysicianFactory

PUBLIC_PAGES = [
    "home",
    "about",
    "locations",
    "faq",
    "privacy",
    "disclaimer",
    "terms",
    "consultations:start",
]


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_renders_with_the_site_shell(client: Client, demo_clinic, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'class="skip-link" href="#main"' in html
    assert 'href="tel:+17145550142"' in html  # header "Call us"
    assert 'href="/consultation/"' in html  # header "Free consultation"
    for legal in ("/privacy/", "/disclaimer/", "/terms/"):
        assert f'href="{legal}"' in html


def test_every_public_page_has_a_unique_title_and_description(client, demo_clinic):
    titles, descriptions = set(), set()
    for name in PUBLIC_PAGES:
        response = client.get(reverse(name))
        html = response.content.decode()
        title = html.split("<title>")[1].split("</title>")[0]
        description = html.split('<meta name="description" content="')[1].split('"')[0]
        assert len(description) >= 50, name
        titles.add(title)
        descriptions.add(description)
    assert len(titles) == len(PUBLIC_PAGES)
    assert len(descriptions) == len(PUBLIC_PAGES)


def test_pages_carry_canonical_and_open_graph_tags(client, demo_clinic):
    response = client.get(reverse("about"))

    expected = "https://clinic.example.com/about/"
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<link rel="canonical" href="{expected}">' in html
    assert f'<meta property="og:url" content="{expected}">' in html
    assert '<meta property="og:title" content="About us">' in html
    assert '<meta property="og:type" content="website">' in html


def test_home_shows_locations_steps_and_structured_data(client, demo_clinic):
    response = client.get(reverse("home"))

    html = response.content.decode()
    for city in ("Tustin", "San Juan Capistrano", "Seal Beach"):
        assert city in html
    assert "How treatment works" in html
    assert "Book a free virtual consultation" in html
    assert '"@type": "MedicalClinic"' in html
    assert "Medical disclaimer" in html


def test_about_lists_published_physicians_only(client, db):
    ClinicProfileFactory()
    PhysicianFactory(name="Visible Doctor", credentials="DO")
    PhysicianFactory(name="Hidden Doctor", is_published=False)

    response = client.get(reverse("about"))

    assert "Visible Doctor, DO" in response.content.decode()
    assert "Hidden Doctor" not in response.content.decode()


def test_locations_page_shows_address_hours_phone_and_directions(client, db):
    ClinicProfileFactory()
    LocationFactory(
        name="Seal Beach",
        slug="seal-beach",
        street_address="12 Demo Avenue",
        locality="Seal Beach",
        postal_code="90740",
        phone="(562) 555-0145",
        hours="Monday: 9–5\nTuesday: closed",
        directions_url="https://www.openstreetmap.org/search?query=Seal%20Beach",
    )
    LocationFactory(name="Closed site", is_published=False)

    response = client.get(reverse("locations"))

    html = response.content.decode()
    assert 'id="seal-beach"' in html
    assert "12 Demo Avenue" in html
    assert "<li>Tuesday: closed</li>" in html
    assert 'href="tel:+15625550145"' in html
    assert "openstreetmap.org/search?query=Seal%20Beach" in html
    assert "Closed site" not in html


def test_faq_page_renders_answers_and_faq_structured_data(client, demo_clinic):
    response = client.get(reverse("faq"))

    html = response.content.decode()
    assert html.count('<details class="faq">') >= 8
    assert '"@type": "FAQPage"' in html


def test_site_renders_before_the_clinic_profile_exists(client, db):
    response = client.get(reverse("home"))

    assert response.status_code == 200
    assert "Ketamine infusion clinic" in response.content.decode()


def test_header_and_footer_follow_admin_changes(client, demo_clinic):
    client.get(reverse("home"))  # fills the cached shell
    profile = ClinicProfile.objects.get()
    profile.phone = "(714) 555-0199"
    profile.save()

    response = client.get(reverse("home"))

    assert 'href="tel:+17145550199"' in response.content.decode()


def test_unknown_page_is_a_friendly_404(client, demo_clinic):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'href="tel:+17145550142"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_server_error_page_keeps_phone_and_consultation(client, demo_clinic, settings):
    client.raise_request_exception = False
    settings.ROOT_URLCONF = "tests.clinic_site.failing_urls"

    response = client.get("/boom/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "something went wrong" in html
    assert 'href="tel:+17145550142"' in html
    assert 'href="/consultation/"' in html


def test_robots_txt_points_to_the_sitemap_and_keeps_admin_out(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: https://clinic.example.com/sitemap.xml" in body


def test_sitemap_lists_pages_on_the_public_origin(client, db):
    response = client.get("/sitemap.xml")

    body = response.content.decode()
    assert "<loc>https://clinic.example.com/about/</loc>" in body
    assert "<loc>https://clinic.example.com/privacy/</loc>" in body


def test_pages_send_security_headers(client, db):
    response = client.get(reverse("home"))

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
