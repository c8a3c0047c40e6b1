from django.urls import path
from django.views.generic import TemplateView

app_name = "consultations"

urlpatterns = [
    # Until online requests arrive (issue 5), this page books by phone or email.
    path(
        "",
        TemplateView.as_view(template_name="consultations/start.html"),
        name="start",
    ),
]
