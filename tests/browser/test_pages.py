"""Every public page, as a visitor's browser sees it: accessible, fits a small
phone, has its own title and description, and loads nothing from elsewhere."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import Page, Request, Route

from tests.browser.conftest import PageFactory

# Add new public pages (conditions, blog, ...) here: every test below covers them.
PUBLIC_PATHS = [
    "/",
    "/about/",
    "/locations/",
    "/faq/",
    "/privacy/",
    "/disclaimer/",
    "/terms/",
    "/consultation/",
    "/conditions/",
    "/conditions/chronic-pain/",
    "/conditions/crps/",
    "/conditions/ocd/",
    "/conditions/ptsd/",
    "/conditions/anxiety/",
    "/conditions/depression/",
    "/blog/",
    "/blog/chronic-pain-and-the-brain/",
    "/blog/ask-the-doctor-will-ketamine-change-who-i-am/",
    "/blog/topic/chronic-pain/",
    "/blog/series/ask-the-doctor/",
    "/blog/authors/avery-lindqvist/",
]
NOT_FOUND_PATH = "/no-such-page/"

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}


def expected_status(path: str) -> int:
    return 404 if path == NOT_FOUND_PATH else 200


def open_page(page: Page, site: str, path: str) -> None:
    response = page.goto(site + path)
    assert response is not None, f"{path}: no response"
    assert response.status == expected_status(path), (
        f"{path}: HTTP {response.status}, expected {expected_status(path)}"
    )


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_page_has_no_axe_violations(
    site: str, page_factory: PageFactory, viewport: str
) -> None:
    # One test per viewport walks every page: loading the demo content for
    # each page separately would dominate the run time.
    page = page_factory(viewport)
    axe = Axe()
    reports = []
    for path in [*PUBLIC_PATHS, NOT_FOUND_PATH]:
        open_page(page, site, path)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports.append(f"{path} ({viewport}):\n{results.generate_report()}")

    assert not reports, "\n\n".join(reports)


def test_page_fits_a_phone_screen(site: str, page_factory: PageFactory) -> None:
    page = page_factory("narrow")
    viewport_width = page.viewport_size["width"]
    overflowing = {}
    for path in [*PUBLIC_PATHS, NOT_FOUND_PATH]:
        open_page(page, site, path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport_width:
            overflowing[path] = width

    assert not overflowing, (
        f"pages wider than a {viewport_width} px screen (path: scrollWidth): "
        f"{overflowing}"
    )


def test_page_has_one_h1_and_meta(site: str, desktop_page: Page) -> None:
    page = desktop_page
    titles: dict[str, list[str]] = {}
    descriptions: dict[str, list[str]] = {}
    for path in PUBLIC_PATHS:
        open_page(page, site, path)

        assert page.locator("h1").count() == 1, f"{path}: not exactly one <h1>"
        description = page.locator("meta[name=description]").get_attribute("content")
        assert description and description.strip(), f"{path}: empty meta description"
        canonical = page.locator("link[rel=canonical]").get_attribute("href")
        assert canonical == settings.SITE_URL + path, f"{path}: canonical {canonical}"

        titles.setdefault(page.title(), []).append(path)
        descriptions.setdefault(description, []).append(path)

    shared_titles = {t: paths for t, paths in titles.items() if len(paths) > 1}
    assert not shared_titles, f"pages sharing a <title>: {shared_titles}"
    shared_descriptions = {
        d: paths for d, paths in descriptions.items() if len(paths) > 1
    }
    assert not shared_descriptions, (
        f"pages sharing a meta description: {shared_descriptions}"
    )


def test_page_loads_nothing_from_another_origin(site: str, desktop_page: Page) -> None:
    page = desktop_page
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site))

    def is_own(url: str) -> bool:
        return url.startswith("data:") or url == origin or url.startswith(origin + "/")

    def keep_offline(route: Route) -> None:
        # Record the attempt (below), but never wait on the outside world.
        if is_own(route.request.url):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", keep_offline)
    foreign: dict[str, list[str]] = {}
    for path in [*PUBLIC_PATHS, NOT_FOUND_PATH]:
        requested: list[str] = []

        def record(request: Request, requested: list[str] = requested) -> None:
            requested.append(request.url)

        page.on("request", record)
        open_page(page, site, path)
        page.wait_for_load_state("networkidle")
        page.remove_listener("request", record)

        assert requested, f"{path}: no request recorded"
        if others := [url for url in requested if not is_own(url)]:
            foreign[path] = others

    assert not foreign, f"requests to other origins (path: URLs): {foreign}"
