from django.db.models import QuerySet

from clinic_site.seo import SiteSitemap
from conditions.models import Condition


class ConditionSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self) -> QuerySet[Condition]:
        return Condition.objects.published()

    def lastmod(self, condition: Condition):
        return condition.updated_at
