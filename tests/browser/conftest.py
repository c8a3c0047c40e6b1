"""Fixtures for the browser tests: headless Debian Chromium driven by Playwright,
against Django's live server with the demo clinic loaded."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, sync_playwright

# Playwright's sync API runs an event loop in the test thread, and pytest-django's
# fixtures touch the database from that thread, which Django refuses otherwise.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BROWSER_TESTS_DIR = Path(__file__).parent

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

VIEWPORTS: dict[str, ViewportSize] = {
    "narrow": {"width": 320, "height": 568},  # the smallest phones still in use
    "phone": {"width": 375, "height": 812},
    "desktop": {"width": 1280, "height": 900},
}

PageFactory = Callable[[str], Page]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder needs a browser: mark it so `-m "not browser"`
    can leave them out."""
    for item in items:
        if item.path.is_relative_to(BROWSER_TESTS_DIR):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is not installed at {executable} (CI must run it)")
        pytest.skip("Chromium is not installed: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page_factory(browser: Browser) -> Iterator[PageFactory]:
    """Opens a page in a fresh browser context sized as one of VIEWPORTS."""
    contexts = []

    def new_page(viewport: str) -> Page:
        context = browser.new_context(viewport=VIEWPORTS[viewport])
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


@pytest.fixture
def phone_page(page_factory: PageFactory) -> Page:
    return page_factory("phone")


@pytest.fixture
def desktop_page(page_factory: PageFactory) -> Page:
    return page_factory("desktop")


@pytest.fixture
def site(live_server, demo_content) -> str:
    """The live server's root URL (no trailing slash), serving the demo content."""
    return live_server.url
