import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from conditions.models import Condition
from tests.factories import (
    ClinicProfileFactory,
    ConditionFactory,
    ConditionFAQFactory,
    PhysicianFactory,
    ReferenceFactory,
)

DEMO_SLUGS = ["chronic-pain", "crps", "ocd", "ptsd", "anxiety", "depression"]


@pytest.fixture
def clinic(db):
    return ClinicProfileFactory()


@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_each_demo_condition_has_its_page(client, demo_content, slug):
    response = client.get(f"/conditions/{slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Medically reviewed by" in html
    assert f'href="/consultation/?condition={slug}"' in html
    assert 'href="/disclaimer/"' in html
    assert html.count('<details class="faq">') >= 4


def test_demo_pages_are_substantial(demo_content):
    for condition in Condition.objects.published():
        words = sum(
            len(getattr(condition, f).split()) for f in Condition.GUARDED_FIELDS
        )
        assert words >= 600, condition.slug
        assert condition.faqs.count() >= 4
        assert condition.references.exists()


def test_index_lists_published_conditions_only(client, clinic):
    ConditionFactory(name="Visible condition", summary="Shown on the index.")
    ConditionFactory(name="Draft condition", is_published=False)

    response = client.get(reverse("conditions:index"))

    html = response.content.decode()
    assert "Visible condition" in html
    assert "Shown on the index." in html
    assert "Draft condition" not in html


def test_home_links_every_published_condition(client, clinic):
    published = ConditionFactory.create_batch(3)
    draft = ConditionFactory(is_published=False)

    html = client.get("/").content.decode()

    for condition in published:
        assert f'href="{condition.get_absolute_url()}"' in html
    assert draft.get_absolute_url() not in html


def test_review_line_names_the_physician_and_date(client, clinic):
    reviewer = PhysicianFactory(name="Rowan Example", credentials="MD")
    condition = ConditionFactory(reviewed_by=reviewer)

    response = client.get(condition.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "Medically reviewed by" in html
    assert "Rowan Example, MD" in html
    assert '<time datetime="2026-10-01">October 1, 2026</time>' in html


def test_page_shows_sections_contents_breadcrumbs_and_references(client, clinic):
    condition = ConditionFactory(
        name="CRPS", other_names="complex regional pain syndrome"
    )
    ReferenceFactory(condition=condition, title="CRPS fact sheet", year=2023)

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "Also called complex regional pain syndrome" in html
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in html
    for heading in ("Overview", "What it feels like", "What to expect at our clinic"):
        assert f">{heading}</h2>" in html
    assert 'href="#how-treatment-may-help"' in html
    assert "CRPS fact sheet</a>. National Institutes of Health, 2023." in html


def test_related_conditions_show_only_published_ones(client, clinic):
    condition = ConditionFactory()
    shown = ConditionFactory(name="Shown relative")
    hidden = ConditionFactory(name="Hidden relative", is_published=False)
    condition.related_conditions.add(shown, hidden)

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "Shown relative" in html
    assert "Hidden relative" not in html


@pytest.mark.parametrize(("crisis", "shown"), [(True, True), (False, False)])
def test_crisis_note_appears_before_the_content(client, clinic, crisis, shown):
    condition = ConditionFactory(shows_crisis_note=crisis)

    html = client.get(condition.get_absolute_url()).content.decode()

    assert ('aria-label="Crisis help"' in html) is shown
    if shown:
        assert html.index('aria-label="Crisis help"') < html.index("<h1")
        assert 'href="tel:988"' in html


def test_unknown_slug_is_404(client, clinic):
    assert client.get("/conditions/no-such-condition/").status_code == 404


def test_unpublished_page_is_404_for_the_public(client, clinic):
    condition = ConditionFactory(is_published=False)

    assert client.get(condition.get_absolute_url()).status_code == 404


def test_staff_with_preview_permission_see_unpublished_page_with_banner(client, clinic):
    condition = ConditionFactory(is_published=False)
    editor = get_user_model().objects.create_user("editor", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="preview_condition"))
    client.force_login(editor)

    response = client.get(condition.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "this page is not published" in html
    assert '<meta name="robots" content="noindex">' in html


def test_staff_without_preview_permission_get_404(client, clinic):
    condition = ConditionFactory(is_published=False)
    client.force_login(get_user_model().objects.create_user("someone", is_staff=True))

    assert client.get(condition.get_absolute_url()).status_code == 404


def test_published_page_is_indexable(client, clinic):
    condition = ConditionFactory()

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "noindex" not in html
    assert "this page is not published" not in html


def test_text_typed_by_staff_is_escaped_or_sanitised(client, clinic):
    condition = ConditionFactory(
        name='<script>alert("name")</script>',
        summary='"><script>alert(1)</script>',
        overview='Hello <script>alert(2)</script> <img src=x onerror="alert(3)">'
        "\n\n[tap me](javascript:alert(4))",
        other_names="<b>bold</b>",
    )
    ConditionFAQFactory(
        condition=condition, question="<i>q</i>", answer="<script>x</script>"
    )

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_structured_data_describes_page_condition_faqs_and_breadcrumbs(client, clinic):
    condition = ConditionFactory(
        name="PTSD", other_names="post-traumatic stress disorder"
    )
    ConditionFAQFactory(condition=condition, question="Does it erase memories?")

    html = client.get(condition.get_absolute_url()).content.decode()

    for snippet in (
        '"@type": "MedicalWebPage"',
        '"lastReviewed": "2026-10-01"',
        '"reviewedBy": {"@type": "Physician"',
        '"@type": "MedicalCondition"',
        '"alternateName": ["post-traumatic stress disorder"]',
        '"signOrSymptom": [{"@type": "MedicalSignOrSymptom", "name": "burning pain"}',
        '"possibleTreatment"',
        '"@type": "FAQPage"',
        '"name": "Does it erase memories?"',
        '"@type": "BreadcrumbList"',
    ):
        assert snippet in html, snippet


def test_meta_tags_are_unique_per_condition(client, clinic):
    first = ConditionFactory(summary="First summary for search engines.")
    second = ConditionFactory(summary="Second summary for search engines.")

    first_html = client.get(first.get_absolute_url()).content.decode()
    second_html = client.get(second.get_absolute_url()).content.decode()

    assert '<meta name="description" content="First summary for search engines.">' in (
        first_html
    )
    assert (
        f'<link rel="canonical" href="https://clinic.example.com{second.get_absolute_url()}">'
        in second_html
    )
    assert '<meta property="og:type" content="article">' in second_html


def test_sitemap_lists_published_conditions_only(client, clinic):
    published = ConditionFactory()
    draft = ConditionFactory(is_published=False)

    body = client.get("/sitemap.xml").content.decode()

    assert f"https://clinic.example.com{published.get_absolute_url()}" in body
    assert draft.get_absolute_url() not in body


@pytest.mark.parametrize("count", [1, 50])
def test_query_count_does_not_grow_with_conditions(
    client, clinic, django_assert_num_queries, count
):
    conditions = ConditionFactory.create_batch(count)
    page = conditions[0]
    for other in conditions[1:]:
        ConditionFAQFactory(condition=other)
        page.related_conditions.add(other)
    ConditionFAQFactory.create_batch(3, condition=page)
    client.get("/")  # warm the cached header and footer

    # The same budget for 1 and for 50 conditions: one query for the list; for a
    # page, the condition with its reviewer, then its FAQs, references, related
    # conditions and related blog posts.
    with django_assert_num_queries(1):
        assert client.get(reverse("conditions:index")).status_code == 200
    with django_assert_num_queries(5):
        assert client.get(page.get_absolute_url()).status_code == 200
