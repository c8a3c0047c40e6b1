"""The free-consultation form as a patient uses it in a real browser: filled in
and sent with a keyboard alone on a phone, errors that are announced and lead
back to each field, no axe violations, and no sideways scrolling on a small
screen."""

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, expect

from consultations.forms import MIN_FILL_SECONDS
from consultations.models import ConsultationRequest
from tests.browser.conftest import PageFactory
from tests.browser.test_pages import AXE_OPTIONS

FORM_PATH = "/consultation/"
THANKS_URL = re.compile(r"/consultation/thanks/\?ref=[^&]+$")
THANKS_HEADING = "Thank you. We have your request."
SUBMIT = "Request my free consultation"
CONSENT = "I have read the privacy policy and agree to be contacted"
CONDITION_NAMES = ["Chronic pain", "CRPS", "OCD", "PTSD", "Anxiety", "Depression"]

# The focused element: enough to name it in a failure message, and whether a
# sighted patient can see it (inside the viewport, with a focus indicator).
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const label = (el.labels && el.labels.length ? el.labels[0].innerText
                 : el.innerText || el.getAttribute("aria-label") || "");
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return {
    description: `<${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}> `
                 + label.trim().replace(/\\s+/g, " ").slice(0, 40),
    name: el.getAttribute("name") || "",
    inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                && box.top < window.innerHeight && box.left < window.innerWidth,
    indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
               || style.boxShadow !== "none",
  };
}"""

# What assistive technology reads out with a field: the elements named by its
# aria-describedby (or by that of the fieldset grouping its radio buttons).
DESCRIPTION = """el => {
  const owner = el.hasAttribute("aria-describedby") ? el
                : el.closest("fieldset[aria-describedby]");
  if (!owner) return "";
  return owner.getAttribute("aria-describedby").split(/\\s+/)
    .map(id => document.getElementById(id))
    .filter(Boolean).map(node => node.textContent.trim()).join(" | ");
}"""


class KeyboardWalk:
    """Moves focus with the keyboard alone, recording every stop and every stop
    a patient could not see or should never reach."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.stops: list[str] = []
        self.problems: list[str] = []

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        focused = self.page.evaluate(FOCUSED)
        if focused is None:
            self.stops.append(f"{key} → <body>")
            return
        stop = f"{key} → {focused['description']}"
        self.stops.append(stop)
        if focused["name"] == "website":
            self.problems.append(f"the hidden honeypot took focus: {stop}")
        if not focused["inViewport"]:
            self.problems.append(f"focus outside the viewport: {stop}")
        if not focused["indicator"]:
            self.problems.append(f"focus without a visible indicator: {stop}")

    def tab_until(self, target: Locator, limit: int, key: str = "Tab") -> None:
        for _ in range(limit):
            self.press(key)
            if is_focused(target):
                return
        raise AssertionError(
            f"{limit} presses of {key} never reached {target}; stops: {self.stops}"
        )

    def tab_to(self, target: Locator) -> None:
        """One Tab, which must land on `target`: the order a patient meets."""
        self.press("Tab")
        assert is_focused(target), (
            f"Tab should reach {target} next; stops so far: {self.stops}"
        )


def is_focused(locator: Locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def open_form(page: Page, site: str, query: str = "") -> float:
    """Opens the form; returns when it was shown (time.monotonic())."""
    response = page.goto(site + FORM_PATH + query)
    assert response is not None and response.status == 200
    return time.monotonic()


def wait_until_token_is_old_enough(page: Page, shown_at: float) -> None:
    # The only wait in these tests: the server refuses a form sent less than
    # MIN_FILL_SECONDS after it was shown ("That was very quick..."), as bots do.
    # A person needs longer than that anyway; the test may not have yet.
    remaining = MIN_FILL_SECONDS + 0.2 - (time.monotonic() - shown_at)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)


def fill_in_the_form(page: Page, message: str = "") -> None:
    page.get_by_label("First name").fill("Sam")
    page.get_by_label("Last name").fill("Delgado")
    page.get_by_label("Email address").fill("sam@example.org")
    page.get_by_label("Phone number").fill("(714) 555-0188")
    page.get_by_label("Anything you would like us to know?").fill(message)
    page.get_by_label(CONSENT).check()


def requests_since(before: set[int]):
    """Requests stored after `before` (the demo content has some of its own)."""
    return ConsultationRequest.objects.exclude(pk__in=before)


def stored_request_ids() -> set[int]:
    return set(ConsultationRequest.objects.values_list("pk", flat=True))


def submit(page: Page) -> None:
    page.get_by_role("button", name=SUBMIT).click()


@pytest.fixture(autouse=True)
def _generous_rate_limit(settings) -> None:
    """The live server runs in this process: it sees this setting. Several
    requests come from one address (127.0.0.1) in a test."""
    settings.CONSULTATION_RATE_LIMIT = "100/h"


def test_form_can_be_completed_by_keyboard_alone_on_a_phone(
    site: str, phone_page: Page
) -> None:
    page = phone_page
    before = stored_request_ids()
    shown_at = open_form(page, site, "?condition=crps")
    crps = page.get_by_role("checkbox", name="CRPS", exact=True)
    expect(crps).to_be_checked()
    assert page.evaluate("document.activeElement === document.body"), (
        "focus should start at the top of the document"
    )
    walk = KeyboardWalk(page)
    label = page.get_by_label

    walk.tab_until(label("First name"), limit=30)
    page.keyboard.type("Jordan")
    walk.tab_to(label("Last name"))
    page.keyboard.type("Okafor-Nguyen")
    walk.tab_to(label("Email address"))
    page.keyboard.type("jordan@example.org")
    walk.tab_to(label("Phone number"))
    page.keyboard.type("(714) 555-0123")

    # A radio group is one Tab stop, on the chosen button; arrows change it.
    walk.tab_to(page.get_by_role("radio", name="Phone call"))
    walk.press("ArrowDown")
    walk.press("ArrowDown")
    email = page.get_by_role("radio", name="Email", exact=True)
    expect(email).to_be_focused()
    expect(email).to_be_checked()

    best_time = label("When is the best time to reach you?")
    walk.tab_to(best_time)
    expect(best_time).to_have_value("any")
    walk.press("ArrowDown")
    walk.press("ArrowDown")
    expect(best_time).to_have_value("afternoon")

    for name in CONDITION_NAMES:  # each checkbox is its own stop
        walk.tab_to(page.get_by_role("checkbox", name=name, exact=True))
    walk.tab_to(label("Something else (optional)"))
    page.keyboard.type("Migraines")
    location = label("Where would you prefer treatment, if it goes ahead?")
    walk.tab_to(location)
    walk.press("ArrowDown")
    expect(location.locator("option:checked")).to_have_text("Tustin")
    walk.tab_to(label("Anything you would like us to know?"))
    page.keyboard.type("Afternoons are easier after my physical therapy.")
    heard_about = label("How did you hear about us? (optional)")
    walk.tab_to(heard_about)
    walk.press("ArrowDown")
    walk.press("ArrowDown")
    expect(heard_about).to_have_value("doctor")
    walk.tab_to(label("Who referred you? (optional)"))
    page.keyboard.type("Dr. Patel")

    consent = label(CONSENT)
    walk.tab_to(consent)  # the hidden honeypot before it is skipped
    walk.press("Space")
    expect(consent).to_be_checked()
    form = page.locator("form.consultation-form")
    walk.tab_to(form.get_by_role("link", name="privacy policy"))
    walk.tab_to(page.get_by_role("button", name=SUBMIT))
    assert not walk.problems, "\n".join([*walk.problems, "stops:", *walk.stops])

    wait_until_token_is_old_enough(page, shown_at)
    page.keyboard.press("Enter")

    expect(page).to_have_url(THANKS_URL)
    expect(page.get_by_role("heading", level=1)).to_have_text(THANKS_HEADING)
    request = requests_since(before).get()
    assert request.first_name == "Jordan"
    assert request.last_name == "Okafor-Nguyen"
    assert request.email == "jordan@example.org"
    assert str(request.phone) == "+17145550123"
    assert request.preferred_contact_method == "email"
    assert request.best_time_to_reach == "afternoon"
    assert [c.slug for c in request.conditions.all()] == ["crps"]
    assert request.other_condition == "Migraines"
    assert request.preferred_location.name == "Tustin"
    assert request.message == "Afternoons are easier after my physical therapy."
    assert request.heard_about == "doctor"
    assert request.referred_by == "Dr. Patel"
    assert request.consent_given_at is not None
    assert not request.is_urgent


def test_errors_are_announced_and_linked_on_a_phone(
    site: str, phone_page: Page
) -> None:
    page = phone_page
    before = stored_request_ids()
    shown_at = open_form(page, site)
    walk = KeyboardWalk(page)
    walk.tab_until(page.get_by_label("First name"), limit=30)
    wait_until_token_is_old_enough(page, shown_at)
    page.keyboard.press("Enter")  # Enter in a text field sends the form

    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_have_attribute("role", "alert")
    expect(summary).to_contain_text("There is a problem with your request")
    expect(summary).not_to_contain_text("very quick")  # the wait was long enough
    assert not requests_since(before).exists()

    expect(summary).to_be_focused()  # the page opens on the list of problems
    links = summary.get_by_role("link")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "#id_first_name" in hrefs and "#id_consent" in hrefs, hrefs
    page.keyboard.press("Tab")  # onto the first link
    not_linked = []
    for href in hrefs:
        link = summary.locator(f'a[href="{href}"]')
        field = page.locator(href)
        # Back up from the field just visited to the next link, as a patient would.
        if not is_focused(link):
            walk.tab_until(link, limit=40, key="Shift+Tab")
        page.keyboard.press("Enter")
        if not is_focused(field):
            not_linked.append(f"{href}: focus on {page.evaluate(FOCUSED)}")
            continue
        expect(field).to_be_in_viewport()
        expect(field).to_have_attribute("aria-invalid", "true")
        description = field.evaluate(DESCRIPTION)
        assert "Error:" in description, f"{href} is described as {description!r}"

    assert not not_linked, f"summary links that do not focus their field: {not_linked}"
    assert not walk.problems, "\n".join([*walk.problems, "stops:", *walk.stops])
    assert not requests_since(before).exists()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_form_pages_have_no_axe_violations(
    site: str, page_factory: PageFactory, viewport: str
) -> None:
    page = page_factory(viewport)
    axe = Axe()
    reports: list[str] = []
    before = stored_request_ids()

    def check(what: str) -> None:
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports.append(f"{what} ({viewport}):\n{results.generate_report()}")

    shown_at = open_form(page, site)
    check("the empty form")

    submit(page)
    expect(page).to_have_title(re.compile(r"^Error: "))
    check("the form showing errors")

    fill_in_the_form(page)  # the form token from the first page is kept
    wait_until_token_is_old_enough(page, shown_at)
    submit(page)
    expect(page).to_have_url(THANKS_URL)
    expect(page.locator(".notice--large")).to_have_count(0)
    check("the thanks page")

    shown_at = open_form(page, site)
    fill_in_the_form(page, message="Some days I have thought about suicide.")
    wait_until_token_is_old_enough(page, shown_at)
    submit(page)
    expect(page).to_have_url(THANKS_URL)
    crisis = page.locator(".notice--crisis")
    expect(crisis).to_have_count(1)
    # Before anything else, in the first screenful: the patient need not scroll.
    expect(crisis).to_be_in_viewport(ratio=1)
    expect(crisis.locator('a[href="tel:988"]')).to_have_text("988")
    expect(crisis.locator('a[href="tel:911"]')).to_have_text("911")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(THANKS_HEADING)
    crisis_first = crisis.evaluate(
        "(el, h1) => Boolean(el.compareDocumentPosition(h1)"
        " & Node.DOCUMENT_POSITION_FOLLOWING)",
        heading.element_handle(),
    )
    assert crisis_first, "the crisis resources should come before the <h1>"
    assert crisis.bounding_box()["y"] < heading.bounding_box()["y"]
    check("the thanks page for an urgent request")

    stored = requests_since(before)
    assert stored.count() == 2
    assert stored.filter(is_urgent=True).count() == 1
    assert not reports, "\n\n".join(reports)


def test_form_fits_a_320px_screen(site: str, page_factory: PageFactory) -> None:
    page = page_factory("narrow")
    viewport_width = page.viewport_size["width"]
    widths = {}

    open_form(page, site)
    widths["empty form"] = page.evaluate("document.documentElement.scrollWidth")
    submit(page)
    expect(page.locator(".error-summary")).to_be_visible()
    widths["form with errors"] = page.evaluate("document.documentElement.scrollWidth")

    too_wide = {what: w for what, w in widths.items() if w > viewport_width}
    assert not too_wide, f"wider than a {viewport_width} px screen: {too_wide}"
