"""Site-wide pages: home, about, locations, FAQ, legal pages, health and robots."""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from clinic_site import seo
from clinic_site.models import FrequentQuestion, Physician
from clinic_site.shell import PLACEHOLDER_CLINIC, get_site_shell

logger = logging.getLogger(__name__)


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        shell = get_site_shell()
        context["structured_data"] = seo.medical_clinic(shell.clinic, shell.locations)
        return context


class AboutView(TemplateView):
    template_name = "pages/about.html"

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["physicians"] = Physician.objects.published()
        return context


class FaqView(TemplateView):
    template_name = "pages/faq.html"

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        questions = list(FrequentQuestion.objects.published())
        context["questions"] = questions
        context["structured_data"] = seo.faq_page(
            (q.question, q.answer_html) for q in questions
        )
        return context


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers, 503 otherwise; for load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"database": "unavailable"}, status=503)
    return JsonResponse({"database": "ok"})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /consultation/thanks/",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page keeps the header and the phone number, even when the
    database is what failed."""
    try:
        clinic = get_site_shell().clinic
    except Exception:  # the page must render whatever broke
        clinic = PLACEHOLDER_CLINIC
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"clinic": clinic}), status=500)
