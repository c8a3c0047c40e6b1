"""The free-consultation form: GET shows it, POST stores the request and
redirects to a confirmation page (POST/redirect/GET)."""

from django.core import signing
from django.core.validators import slug_re
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from conditions.models import Condition
from consultations import attribution, ratelimit, services
from consultations.forms import ConsultationForm
from consultations.models import ConsultationRequest

MAX_BODY_BYTES = 32 * 1024  # the form is text only; anything bigger is not a person
THANKS_SALT = "consultations.thanks"


@never_cache
@require_http_methods(["GET", "POST"])
def consultation_request_form(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
            return render(request, "consultations/too_large.html", status=413)
        form = ConsultationForm(request.POST)
        if form.is_valid():
            if form.is_from_a_bot:
                return redirect("consultations:thanks")  # store nothing, say nothing
            return submit(request, form)
    else:
        form = ConsultationForm(initial=initial_from_query(request))
    source = attribution.capture(request) if request.method == "GET" else {}
    return render(
        request,
        "consultations/form.html",
        {"form": form, "form_token": form.token_to_render(source)},
    )


def submit(request: HttpRequest, form: ConsultationForm) -> HttpResponse:
    token = form.token
    existing = ConsultationRequest.objects.filter(
        submission_token=token.submission_id
    ).first()
    if existing is None and ratelimit.is_limited(request):
        return render(request, "consultations/rate_limited.html", status=429)
    data = form.cleaned_data
    consultation, created = services.consultation_request_create(
        submission_id=token.submission_id,
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"],
        phone=data["phone"],
        preferred_contact_method=data["preferred_contact_method"],
        best_time_to_reach=data["best_time_to_reach"],
        conditions=list(data["conditions"]),
        other_condition=data["other_condition"],
        preferred_location=data["preferred_location"],
        message=data["message"],
        heard_about=data["heard_about"],
        referred_by=data["referred_by"],
        attribution=attribution.from_token(token.attribution),
    )
    if created:
        ratelimit.record_request(request)
    reference = signing.dumps(consultation.pk, salt=THANKS_SALT)
    return redirect(f"{reverse('consultations:thanks')}?ref={reference}")


def initial_from_query(request: HttpRequest) -> dict:
    """`?condition=<slug>` ticks that condition; anything else is ignored."""
    slug = request.GET.get("condition", "")
    if not slug_re.fullmatch(slug):
        return {}
    condition = Condition.objects.published().filter(slug=slug).first()
    return {"conditions": [condition]} if condition else {}


@never_cache
@require_GET
def consultation_request_thanks(request: HttpRequest) -> HttpResponse:
    """Says what happens next. Shows no personal details; crisis resources come
    first when the message suggested someone may be at risk."""
    is_urgent = False
    try:
        pk = signing.loads(request.GET.get("ref", ""), salt=THANKS_SALT, max_age=86400)
        is_urgent = ConsultationRequest.objects.filter(pk=pk, is_urgent=True).exists()
    except signing.BadSignature:
        pass
    return render(request, "consultations/thanks.html", {"is_urgent": is_urgent})
