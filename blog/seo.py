"""JSON-LD for a blog post."""

from django.conf import settings

from blog.models import Post
from clinic_site.images import rendition_name, rendition_widths


def image_url(post: Post) -> str | None:
    if not post.featured_image:
        return None
    largest = rendition_widths(post.featured_image_width)[-1]
    path = post.featured_image.storage.url(
        rendition_name(post.featured_image.name, largest)
    )
    return settings.SITE_URL + path


def blog_posting(post: Post) -> dict:
    url = settings.SITE_URL + post.get_absolute_url()
    author = post.author
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "@id": url,
        "mainEntityOfPage": url,
        "headline": post.title,
        "description": post.excerpt,
        "author": {
            "@type": "Person",
            "name": author.name,
            "honorificSuffix": author.credentials,
            "jobTitle": author.title,
            "url": settings.SITE_URL + author.get_absolute_url(),
        },
        "publisher": {"@id": f"{settings.SITE_URL}/#clinic"},
        "datePublished": post.publish_at.isoformat() if post.publish_at else None,
        "dateModified": post.modified_at.isoformat() if post.modified_at else None,
        "keywords": [topic.name for topic in post.topics.all()],
        "wordCount": len(post.body.split()),
    }
    if image := image_url(post):
        data["image"] = image
    if post.medical_reviewer:
        data["reviewedBy"] = {
            "@type": "Person",
            "name": post.medical_reviewer.name,
            "honorificSuffix": post.medical_reviewer.credentials,
        }
    return data
