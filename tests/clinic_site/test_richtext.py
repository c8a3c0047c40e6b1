import pytest
from django.template import Context, Template

from clinic_site.richtext import render_markdown


def test_markdown_becomes_html():
    html = render_markdown("Some **bold** text\n\n- one\n- two")

    assert "<strong>bold</strong>" in html
    assert "<li>one</li>" in html


@pytest.mark.parametrize(
    ("typed", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ("[click](javascript:alert(1))", "javascript:"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<p style="position:fixed">x</p>', "style="),
        ('<iframe src="https://example.com"></iframe>', "<iframe"),
    ],
)
def test_markup_typed_by_staff_cannot_inject_code(typed, forbidden):
    assert forbidden not in render_markdown(typed).lower()


def test_links_are_kept_and_marked_noopener():
    html = render_markdown("[NIMH](https://www.nimh.nih.gov/)")

    assert 'href="https://www.nimh.nih.gov/"' in html
    assert 'rel="noopener noreferrer"' in html


def test_json_ld_cannot_close_its_script_element():
    template = Template("{% load seo %}{{ data|json_ld }}")

    html = template.render(Context({"data": {"name": "</script><script>x()"}}))

    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html
