from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet

from blog.models import Post
from clinic_site.shell import get_site_shell

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    """RSS 2.0 of published posts. Links are absolute on SITE_URL."""

    description = "Articles by our physicians on pain, mood and ketamine-assisted care."

    def title(self) -> str:
        return f"{get_site_shell().clinic.name}: blog"

    def link(self) -> str:
        return f"{settings.SITE_URL}/blog/"

    def items(self) -> QuerySet[Post]:
        return Post.objects.published().for_listing()[:FEED_LENGTH]

    def item_title(self, post: Post) -> str:
        return post.title

    def item_description(self, post: Post) -> str:
        return post.excerpt

    def item_link(self, post: Post) -> str:
        return settings.SITE_URL + post.get_absolute_url()

    def item_pubdate(self, post: Post):
        return post.publish_at

    def item_updateddate(self, post: Post):
        return post.modified_at

    def item_author_name(self, post: Post) -> str:
        return str(post.author)

    def item_categories(self, post: Post) -> list[str]:
        return [topic.name for topic in post.topics.all()]
