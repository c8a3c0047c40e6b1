from django.urls import path

from consultations import views

app_name = "consultations"

urlpatterns = [
    path("", views.consultation_request_form, name="start"),
    path("thanks/", views.consultation_request_thanks, name="thanks"),
]
