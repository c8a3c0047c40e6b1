from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve

from blog.sitemaps import PostSitemap
from clinic_site import views
from clinic_site.sitemaps import PageSitemap
from conditions.sitemaps import ConditionSitemap

sitemaps = {
    "pages": PageSitemap,
    "conditions": ConditionSitemap,
    "posts": PostSitemap,
}

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path(
        "locations/",
        TemplateView.as_view(template_name="pages/locations.html"),
        name="locations",
    ),
    path("faq/", views.FaqView.as_view(), name="faq"),
    path(
        "privacy/",
        TemplateView.as_view(template_name="pages/privacy.html"),
        name="privacy",
    ),
    path(
        "disclaimer/",
        TemplateView.as_view(template_name="pages/disclaimer.html"),
        name="disclaimer",
    ),
    path(
        "terms/", TemplateView.as_view(template_name="pages/terms.html"), name="terms"
    ),
    path("conditions/", include("conditions.urls")),
    path("blog/", include("blog.urls")),
    path("consultation/", include("consultations.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("admin/", admin.site.urls),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

handler500 = "clinic_site.views.server_error"

admin.site.site_header = "Clinic administration"
admin.site.site_title = "Clinic admin"
admin.site.index_title = "Patients' requests and the website's content"
