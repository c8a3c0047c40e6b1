from django import template
from django.db.models import QuerySet

from blog.models import Post

register = template.Library()


@register.simple_tag
def posts_about_condition(condition, limit: int = 3) -> QuerySet[Post]:
    """Published posts whose topics point to the condition, newest first; used
    on condition pages, which do not import the blog."""
    return (
        Post.objects.published()
        .filter(topics__condition=condition)
        .select_related("author")
        .distinct()[:limit]
    )
