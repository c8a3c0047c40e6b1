"""Whatever a browser, a script or a confused visitor sends to the consultation
form, the site answers kindly: the form again with its errors, or the thanks
page, never a server error, and never a request stored twice or by mistake."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.test.client import BOUNDARY, encode_multipart
from django.urls import reverse
from hypothesis import HealthCheck, event, given, note
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from consultations import tokens
from consultations.forms import ConsultationForm
from consultations.models import MESSAGE_MAX_LENGTH, ConsultationRequest
from consultations.views import MAX_BODY_BYTES, THANKS_SALT
from tests.consultations.helpers import form_data, issued_token
from tests.factories import ClinicProfileFactory, ConditionFactory, LocationFactory

FORM_URL = reverse("consultations:start")
THANKS_PATH = reverse("consultations:thanks")
TOKEN_KINDS = ["valid", "missing", "garbage", "too fresh"]

# Every text a field may receive: empty, short or very long, any Unicode
# including control characters (Hypothesis's default alphabet).
ANY_TEXT = st.one_of(st.text(max_size=80), st.text(min_size=500, max_size=5000))


@pytest.fixture(autouse=True)
def _setup(db, settings):
    ClinicProfileFactory()
    # Many valid requests come from one test client address here.
    settings.CONSULTATION_RATE_LIMIT = "100000/h"


@pytest.fixture
def choices() -> tuple[list[str], str]:
    """Published conditions and a location the form offers, as POSTed ids."""
    conditions = [str(ConditionFactory().pk) for _ in range(2)]
    return conditions, str(LocationFactory().pk)


def draw_form(data: st.DataObject, condition_ids: list[str], location_id: str):
    """A POST as a patient would send it, with some fields (perhaps all, perhaps
    none) left out or replaced by any text, and a token of some kind."""
    post = form_data(preferred_location=location_id, form_token=None)
    post["conditions"] = [condition_ids[0]]
    changed = data.draw(
        st.sets(st.sampled_from(sorted(post)), max_size=4), label="changed"
    )
    for name in sorted(changed):
        if name == "conditions":
            values = st.one_of(st.sampled_from(condition_ids), ANY_TEXT)
            post[name] = data.draw(st.lists(values, max_size=3), label=name)
        else:
            post[name] = data.draw(st.one_of(st.none(), ANY_TEXT), label=name)
    # Valid most often, so that stored requests are checked as well as refusals.
    token_kind = data.draw(
        st.one_of(st.just("valid"), st.sampled_from(TOKEN_KINDS)), label="token kind"
    )
    if token_kind == "valid":
        post["form_token"] = issued_token()
    elif token_kind == "garbage":
        post["form_token"] = data.draw(ANY_TEXT, label="garbage token")
    elif token_kind == "too fresh":
        post["form_token"] = issued_token(0)
    return {k: v for k, v in post.items() if v is not None}, token_kind


@hypothesis_settings(
    max_examples=150,
    deadline=None,
    database=None,  # no example database: each run starts afresh
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_any_submission_gets_the_form_again_or_the_thanks_page(client, choices, data):
    post, token_kind = draw_form(data, *choices)
    body_size = len(encode_multipart(BOUNDARY, post))  # what the client sends
    note(f"body: {body_size} bytes")
    before = ConsultationRequest.objects.count()

    response = client.post(FORM_URL, post)

    added = ConsultationRequest.objects.count() - before
    assert response.status_code < 500
    # Shown by --hypothesis-show-statistics: how often each outcome was reached.
    event(f"HTTP {response.status_code}, token {token_kind}, {added} stored")
    if body_size > MAX_BODY_BYTES:
        assert response.status_code == 413, "an oversized form is refused"
        assert added == 0
        return
    assert response.status_code in (200, 302), response.status_code

    if response.status_code == 200:
        assert added == 0, "a form shown again stored nothing"
        html = response.content.decode()
        assert 'class="error-summary" role="alert"' in html
        assert "<title>Error: " in html
        if token_kind == "too fresh":
            assert "That was very quick." in html
        return

    assert token_kind == "valid", "only a valid token can be accepted"
    location_url = urlsplit(response["Location"])
    assert location_url.path == THANKS_PATH
    references = parse_qs(location_url.query).get("ref")
    if not references:  # the honeypot was filled: looks like success, stores nothing
        assert post.get("website", "").strip()
        assert added == 0
        return
    submission_id = tokens.read_token(post["form_token"]).submission_id
    stored = ConsultationRequest.objects.filter(submission_token=submission_id)
    assert stored.count() == 1
    assert added == 1
    assert signing.loads(references[0], salt=THANKS_SALT) == stored.get().pk


MAX_LENGTHS = {
    "first_name": 80,
    "last_name": 80,
    "other_condition": 120,
    "referred_by": 120,
    "message": MESSAGE_MAX_LENGTH,
}


@pytest.mark.parametrize(("field", "limit"), MAX_LENGTHS.items())
def test_a_text_one_character_too_long_is_refused_naming_the_limit(
    client, field, limit
):
    before = ConsultationRequest.objects.count()

    response = client.post(FORM_URL, form_data(**{field: "a" * (limit + 1)}))

    assert response.status_code == 200
    assert ConsultationRequest.objects.count() == before
    error = f"Ensure this value has at most {limit} characters (it has {limit + 1})."
    assert response.context["form"].errors == {field: [error]}
    html = response.content.decode()
    label = ConsultationForm.base_fields[field].label
    assert f'<a href="#id_{field}">{label}: {error}</a>' in html  # in the summary
    assert f"<strong>Error: {error}</strong>" in html  # next to the field
    assert re.search(
        rf'aria-invalid="true" aria-describedby="[^"]*\bid_{field}_error"', html
    ), "the field is marked invalid and described by its error"


@pytest.mark.parametrize(("field", "limit"), MAX_LENGTHS.items())
def test_a_text_exactly_at_its_limit_is_accepted(client, field, limit):
    response = client.post(FORM_URL, form_data(**{field: "a" * limit}))

    assert response.status_code == 302
    assert getattr(ConsultationRequest.objects.get(), field) == "a" * limit


def test_a_message_the_browser_accepts_with_line_breaks_is_accepted(client):
    # 1000 characters as the browser counts them, sent as a browser sends them.
    typed = ("a" * 199 + "\n") * 4 + "a" * 200
    assert len(typed) == MESSAGE_MAX_LENGTH

    response = client.post(FORM_URL, form_data(message=typed.replace("\n", "\r\n")))

    assert response.status_code == 302, response.context["form"].errors


@pytest.mark.parametrize(
    "value",
    [
        "",
        "no-such-condition",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\x07bell\x1b",
        "ünïcødé 😀" * 30,
        "a" * 5000,
        pytest.param("\x00", id="NUL"),
    ],
)
def test_any_link_to_the_form_shows_it_and_the_request_can_be_sent(client, value):
    """Links from ads, emails and other sites carry ?condition= and utm_*
    parameters the clinic does not control: the patient's request must arrive."""
    query = {"condition": value, "utm_source": value, "utm_campaign": value}

    page = client.get(FORM_URL, query)

    assert page.status_code == 200
    source = tokens.read_token(page.context["form_token"]).attribution
    before = ConsultationRequest.objects.count()
    # Sent 30 s after the page was shown, with what the page captured.
    sent = client.post(FORM_URL, form_data(form_token=issued_token(30, source)))

    assert sent.status_code == 302
    assert sent["Location"].startswith(THANKS_PATH + "?ref=")
    assert ConsultationRequest.objects.count() == before + 1
