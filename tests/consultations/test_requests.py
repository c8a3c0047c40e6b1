"""A visitor asks for a free consultation: what they see, what is stored, and
what is emailed."""

import pytest
from django.core import mail
from django.urls import reverse

from consultations import tokens
from consultations.models import ConsultationRequest, EmailDelivery, StatusChange
from tests.consultations.helpers import form_data, issued_token, run_worker
from tests.factories import ClinicProfileFactory, ConditionFactory, LocationFactory

FORM_URL = reverse("consultations:start")
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def clinic():
    return ClinicProfileFactory(phone="(714) 555-0142", email="hello@example.com")


def test_form_preselects_the_condition_from_the_link(client):
    crps = ConditionFactory(slug="crps", name="CRPS")

    response = client.get(FORM_URL, {"condition": "crps"})

    assert response.status_code == 200
    assert response.context["form"].initial["conditions"] == [crps]
    html = response.content.decode()
    assert f'value="{crps.pk}"  id="id_conditions_0" checked' in html


def test_form_page_shows_the_hint_about_medical_history_and_is_not_cached(client):
    response = client.get(FORM_URL)

    html = response.content.decode()
    assert "Please do not include detailed medical history" in html
    assert "no-cache" in response["Cache-Control"]
    assert 'autocomplete="given-name"' in html
    assert 'type="tel"' in html


def test_a_valid_request_is_stored_with_consent_and_redirects_to_thanks(client):
    tustin = LocationFactory(name="Tustin")
    pain = ConditionFactory(name="Chronic pain")

    response = client.post(
        FORM_URL,
        form_data(
            conditions=[pain.pk],
            preferred_location=tustin.pk,
            other_condition="Migraines",
            message="I would like to talk about my back.",
            heard_about="doctor",
            referred_by="Dr. Example",
        ),
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/consultation/thanks/?ref=")
    request = ConsultationRequest.objects.get()
    assert request.full_name == "Alex Rivera"
    assert str(request.phone) == "+17145550123"  # normalised
    assert list(request.conditions.all()) == [pain]
    assert request.preferred_location == tustin
    assert request.status == ConsultationRequest.Status.NEW
    assert request.consent_given_at is not None
    assert request.privacy_policy_version == "2026-11"
    assert not request.is_urgent
    assert StatusChange.objects.get(request=request).to_status == "new"


def test_confirmation_page_says_what_happens_next_and_is_noindex(client):
    response = client.post(FORM_URL, form_data(), follow=True)

    html = response.content.decode()
    assert "Thank you. We have your request." in html
    assert "within one business day" in html
    assert 'href="tel:+17145550142"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "Rivera" not in html  # no personal details on the page
    assert "Share by email" in html and "Share by text message" in html


def test_both_emails_are_queued_with_the_request_and_carry_no_health_details(client):
    ConditionFactory(name="Depression")
    client.post(
        FORM_URL,
        form_data(message="My depression has lasted years.", other_condition="OCD"),
    )
    request = ConsultationRequest.objects.get()
    assert EmailDelivery.objects.filter(request=request, status="queued").count() == 2
    assert mail.outbox == []  # sent by the worker, not during the request

    run_worker()

    staff, patient = sorted(mail.outbox, key=lambda m: m.to != ["leads@example.com"])
    assert staff.subject == f"New consultation request #{request.pk}"
    assert staff.to == ["leads@example.com"]
    admin_link = f"https://clinic.example.com/admin/consultations/consultationrequest/{request.pk}/change/"
    assert admin_link in staff.body
    assert patient.to == ["alex@example.org"]
    assert patient.reply_to == ["hello@example.com"]
    assert "(714) 555-0142" in patient.body
    for message in (staff, patient):
        assert message.from_email == "Clinic website <noreply@example.com>"
        everything = message.body + message.alternatives[0].content + message.subject
        for private in ("Alex", "Rivera", "555-0123", "depression", "OCD", "years"):
            assert private not in everything, private
    assert "alex@example.org" not in staff.body
    assert set(EmailDelivery.objects.values_list("status", flat=True)) == {"sent"}


def test_a_double_submit_makes_one_request_and_the_same_confirmation(client):
    data = form_data()

    first = client.post(FORM_URL, data)
    second = client.post(FORM_URL, data)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert ConsultationRequest.objects.count() == 1
    assert EmailDelivery.objects.count() == 2


def test_bad_input_is_explained_and_nothing_is_stored(client):
    response = client.post(
        FORM_URL,
        form_data(first_name="", email="not-an-email", phone="12", consent=None),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: Book a free virtual consultation" in html
    assert 'class="error-summary" role="alert"' in html
    assert 'href="#id_first_name">First name: This field is required.</a>' in html
    assert 'href="#id_email"' in html and 'href="#id_phone"' in html
    assert 'href="#id_consent"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'id="id_email_error"' in html
    assert 'value="Rivera"' in html  # what was typed is kept
    assert not ConsultationRequest.objects.exists()
    assert not EmailDelivery.objects.exists()


def test_every_text_field_has_a_maximum_length_with_a_clear_error(client):
    response = client.post(FORM_URL, form_data(message="x" * 1001, last_name="y" * 81))

    form = response.context["form"]
    assert "at most 1000 characters" in form.errors["message"][0]
    assert "at most 80 characters" in form.errors["last_name"][0]
    assert not ConsultationRequest.objects.exists()


def test_the_honeypot_stores_nothing_and_looks_like_success(client):
    response = client.post(FORM_URL, form_data(website="http://spam.example"))

    assert response.status_code == 302
    assert not ConsultationRequest.objects.exists()


def test_a_form_sent_too_fast_is_refused_kindly(client):
    response = client.post(FORM_URL, form_data(form_token=issued_token(seconds_ago=1)))

    assert response.status_code == 200
    assert "That was very quick" in response.content.decode()
    assert not ConsultationRequest.objects.exists()


@pytest.mark.parametrize("token", ["", "forged-token", None])
def test_a_missing_or_forged_token_is_refused(client, token):
    response = client.post(FORM_URL, form_data(form_token=token))

    assert response.status_code == 200
    assert not ConsultationRequest.objects.exists()


def test_too_many_requests_from_one_address_get_a_friendly_429(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert client.post(FORM_URL, form_data()).status_code == 302

    response = client.post(FORM_URL, form_data())

    assert response.status_code == 429
    assert "We already have your requests" in response.content.decode()
    assert 'href="tel:+17145550142"' in response.content.decode()
    assert ConsultationRequest.objects.count() == 2


def test_a_resubmit_is_not_counted_against_the_rate_limit(client, settings):
    settings.CONSULTATION_RATE_LIMIT = "1/h"
    data = form_data()
    client.post(FORM_URL, data)

    assert client.post(FORM_URL, data).status_code == 302


def test_an_oversized_post_is_refused(client):
    response = client.post(FORM_URL, form_data(message="x" * 40_000))

    assert response.status_code == 413
    assert not ConsultationRequest.objects.exists()


@pytest.mark.parametrize(
    "message",
    [
        "Some days I think about suicide.",
        "I have been self-harming again",
        "sometimes I want to end my life",
        "I don't want to be alive anymore",
    ],
)
def test_crisis_wording_flags_the_request_and_shows_crisis_resources(client, message):
    response = client.post(FORM_URL, form_data(message=message), follow=True)

    assert ConsultationRequest.objects.get().is_urgent
    html = response.content.decode()
    assert "please reach out now" in html
    assert html.index('href="tel:988"') < html.index("<h1")


def test_ordinary_messages_are_not_flagged(client):
    client.post(FORM_URL, form_data(message="My pain is worse in the evening."))

    assert not ConsultationRequest.objects.get().is_urgent


def test_attribution_is_captured_from_the_visit_without_cookies(client):
    page = client.get(
        FORM_URL + "?condition=crps&utm_source=newsletter&utm_campaign=autumn",
        HTTP_REFERER="https://clinic.example.com/conditions/crps/",
    )

    attribution = tokens.read_token(page.context["form_token"]).attribution
    assert attribution["utm_source"] == "newsletter"
    assert attribution["utm_campaign"] == "autumn"
    assert (
        attribution["referring_page"] == "https://clinic.example.com/conditions/crps/"
    )
    assert attribution["landing_page"].startswith("/consultation/?condition=crps")
    assert set(page.cookies) == {"csrftoken"}  # only the security cookie


def test_attribution_reaches_the_stored_request(client):
    attribution = {
        "landing_page": "/consultation/?utm_source=radio",
        "referring_page": "https://clinic.example.com/blog/",
        "utm_source": "radio",
    }

    client.post(FORM_URL, form_data(form_token=issued_token(attribution=attribution)))

    request = ConsultationRequest.objects.get()
    assert request.utm_source == "radio"
    assert request.referring_page == "https://clinic.example.com/blog/"
    assert request.landing_page == "/consultation/?utm_source=radio"


def test_the_site_never_emails_an_address_typed_for_someone_else(client):
    html = client.get("/").content.decode()

    assert 'href="mailto:?subject=' in html  # sharing happens from the visitor's device
    assert "friend_email" not in client.get(FORM_URL).content.decode()
