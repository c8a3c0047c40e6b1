"""A URLconf whose only view fails, to exercise the 500 page."""

from django.urls import path

from clinic_site.urls import handler500  # noqa: F401 - Django reads it from here


def failing_view(request):
    raise RuntimeError("Simulated failure")


urlpatterns = [path("boom/", failing_view)]
