from django.db.models import QuerySet

from blog.models import Post
from clinic_site.seo import SiteSitemap


class PostSitemap(SiteSitemap):
    changefreq = "weekly"

    def items(self) -> QuerySet[Post]:
        return Post.objects.published()

    def lastmod(self, post: Post):
        return post.updated_at
