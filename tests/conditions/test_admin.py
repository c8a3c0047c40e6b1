import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from clinic_site.models import ClaimOverride
from conditions.models import Condition
from tests.factories import ClinicProfileFactory, ConditionFactory, PhysicianFactory


@pytest.fixture
def editor_client(client, db):
    ClinicProfileFactory()
    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.com", "a-long-test-password"
    )
    client.force_login(user)
    client.user = user
    return client


def condition_form(reviewer=None, faqs=(), **overrides) -> dict:
    """The admin change form as a browser would post it."""
    data = {
        "name": "CRPS",
        "slug": "crps",
        "other_names": "",
        "summary": "A short, careful summary of CRPS for the page.",
        "display_order": "1",
        "is_published": "on",
        "reviewed_by": str(reviewer.pk) if reviewer else "",
        "last_reviewed": "2026-10-01",
        "next_review_due": "2027-10-01",
        "hero_image_alt": "",
        "overview": "An overview.",
        "what_it_feels_like": "Burning pain.",
        "causes_and_risk_factors": "Injury.",
        "how_treatment_may_help": "It may help some people.",
        "course_of_treatment": "A series of infusions.",
        "what_to_expect": "A free consultation first.",
        "symptoms": "",
        "faqs-TOTAL_FORMS": str(len(faqs)),
        "faqs-INITIAL_FORMS": "0",
        "references-TOTAL_FORMS": "0",
        "references-INITIAL_FORMS": "0",
    }
    for index, (question, answer) in enumerate(faqs):
        data[f"faqs-{index}-question"] = question
        data[f"faqs-{index}-answer"] = answer
        data[f"faqs-{index}-display_order"] = str(index)
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


ADD_URL = reverse("admin:conditions_condition_add")


def test_publishing_without_a_reviewer_or_date_is_refused(editor_client):
    response = editor_client.post(
        ADD_URL, condition_form(reviewer=None, last_reviewed="")
    )

    assert response.status_code == 200
    assert "A page is published only after a physician reviews it." in (
        response.content.decode()
    )
    assert "Give the date of the medical review." in response.content.decode()
    assert not Condition.objects.exists()


def test_a_draft_may_be_saved_before_review(editor_client):
    response = editor_client.post(
        ADD_URL, condition_form(reviewer=None, last_reviewed="", is_published=None)
    )

    assert response.status_code == 302
    assert not Condition.objects.get().is_published


def test_a_reviewed_page_is_published(editor_client):
    reviewer = PhysicianFactory()

    response = editor_client.post(ADD_URL, condition_form(reviewer=reviewer))

    assert response.status_code == 302
    assert Condition.objects.get().reviewed_by == reviewer
    assert editor_client.get("/conditions/crps/").status_code == 200


def test_risky_claims_in_a_draft_are_named_in_a_warning(editor_client):
    response = editor_client.post(
        ADD_URL,
        condition_form(is_published=None, overview="Ketamine is a cure for CRPS."),
        follow=True,
    )

    assert Condition.objects.exists()
    assert "Check these risky phrases before publishing: “cure”" in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Results are guaranteed.", "guaranteed"),
        ("It works 100% of the time.", "100%"),
        ("There are no side effects.", "no side effects"),
        ("IV ketamine is FDA-approved for CRPS.", "FDA-approved"),
    ],
)
def test_publishing_risky_claims_without_override_is_refused(
    editor_client, text, phrase
):
    response = editor_client.post(
        ADD_URL, condition_form(reviewer=PhysicianFactory(), overview=text)
    )

    assert response.status_code == 200
    assert f"This text contains risky claims: “{phrase}”" in response.content.decode()
    assert not Condition.objects.exists()


def test_esketamine_approval_is_a_fact_not_a_risky_claim(editor_client):
    text = "In 2019 esketamine nasal spray (Spravato) was FDA-approved for TRD."

    response = editor_client.post(
        ADD_URL, condition_form(reviewer=PhysicianFactory(), overview=text)
    )

    assert response.status_code == 302


def test_risky_claims_in_faq_answers_block_publishing_too(editor_client):
    response = editor_client.post(
        ADD_URL,
        condition_form(
            reviewer=PhysicianFactory(), faqs=[("Will it work?", "Yes, guaranteed.")]
        ),
    )

    assert response.status_code == 200
    assert "These entries contain risky claims: “guaranteed”" in (
        response.content.decode()
    )
    assert not Condition.objects.exists()


def test_override_publishes_and_records_who_and_when(editor_client):
    response = editor_client.post(
        ADD_URL,
        condition_form(
            reviewer=PhysicianFactory(),
            overview="Some patients call it a miracle.",
            publish_despite_risky_claims="on",
        ),
        follow=True,
    )

    assert response.status_code == 200
    condition = Condition.objects.get()
    assert condition.is_published
    override = ClaimOverride.objects.get()
    assert override.content_object == condition
    assert override.phrases == "miracle"
    assert override.approved_by == editor_client.user
    assert override.approved_at is not None
    assert "your override was recorded" in response.content.decode()


def test_review_overdue_filter_and_columns(editor_client):
    today = datetime.date.today()
    ConditionFactory(
        name="Overdue page",
        last_reviewed=today - datetime.timedelta(days=400),
        next_review_due=today - datetime.timedelta(days=35),
    )
    ConditionFactory(
        name="Current page",
        last_reviewed=today,
        next_review_due=today + datetime.timedelta(days=365),
    )

    url = reverse("admin:conditions_condition_changelist")
    everything = editor_client.get(url).content.decode()
    overdue = editor_client.get(url, {"review": "overdue"}).content.decode()

    assert "Overdue page" in everything and "Current page" in everything
    assert "Next review due" in everything
    assert "Overdue page" in overdue
    assert "Current page" not in overdue
