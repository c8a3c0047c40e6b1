"""The site used with a keyboard alone: skip link, visible focus, FAQ answers."""

import pytest
from playwright.sync_api import Page, expect

# Where focus is, as a short description for failure messages.
DESCRIBE_FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "<body>";
  const text = (el.innerText || el.getAttribute("aria-label") || "").trim();
  return `<${el.tagName.toLowerCase()}> ${text.slice(0, 40)}`.trim();
}"""

# Whether the focused element draws a focus indicator a sighted user can see.
FOCUS_IS_VISIBLE = """() => {
  const style = getComputedStyle(document.activeElement);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== "none";
}"""


def test_skip_link_is_first_and_moves_focus_to_main(site: str, phone_page: Page):
    page = phone_page
    page.goto(site + "/")

    page.keyboard.press("Tab")

    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    assert page.evaluate("document.activeElement.textContent.trim()") == (
        "Skip to main content"
    )
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    expect(skip_link).to_be_visible()
    expect(skip_link).to_be_in_viewport(ratio=1)
    box = skip_link.bounding_box()
    assert box is not None
    viewport = page.viewport_size
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], box
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], box

    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()
    assert page.evaluate("document.activeElement.id") == "main"


def test_tab_reaches_free_consultation_with_visible_focus(site: str, phone_page: Page):
    page = phone_page
    page.goto(site + "/")
    consultation = page.locator(".site-header").get_by_role(
        "link", name="Free consultation"
    )

    stops: list[str] = []
    invisible: list[str] = []
    reached_consultation_at = None
    for press in range(1, 11):
        page.keyboard.press("Tab")
        focused = page.evaluate(DESCRIBE_FOCUS)
        stops.append(focused)
        if not page.evaluate(FOCUS_IS_VISIBLE):
            invisible.append(f"stop {press}: {focused}")
        if reached_consultation_at is None and consultation.evaluate(
            "el => el === document.activeElement"
        ):
            reached_consultation_at = press

    assert reached_consultation_at is not None, f"never reached; stops: {stops}"
    assert reached_consultation_at <= 5, (
        f"Free consultation took {reached_consultation_at} Tab presses: {stops}"
    )
    assert not invisible, f"focus without a visible indicator: {invisible}"


@pytest.mark.parametrize("path", ["/faq/", "/conditions/crps/"])
def test_faq_answer_opens_and_closes_by_keyboard(
    site: str, desktop_page: Page, path: str
):
    page = desktop_page
    page.goto(site + path)
    first_question = page.locator("details.faq > summary").first
    first_faq = page.locator("details.faq").first
    answer = first_faq.locator(".faq__answer")
    expect(first_question).to_be_visible()

    stops: list[str] = []
    for _ in range(120):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(DESCRIBE_FOCUS))
        if first_question.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError(f"Tab never reached the first question: {stops}")
    expect(answer).to_be_hidden()

    page.keyboard.press("Enter")

    expect(first_faq).to_have_attribute("open", "")
    expect(answer).to_be_visible()

    page.keyboard.press("Space")

    expect(first_faq).to_have_js_property("open", False)
    expect(answer).to_be_hidden()
