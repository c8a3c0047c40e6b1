from django.urls import reverse

from clinic_site.seo import SiteSitemap


class PageSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self) -> list[str]:
        return ["home", "about", "locations", "faq", "privacy", "disclaimer", "terms"]

    def location(self, item: str) -> str:
        return reverse(item)
