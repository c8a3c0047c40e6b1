"""Loads the demo blog: topics, the "Ask the doctor" series and seven posts (one
draft, one scheduled), each with a generated abstract image. Safe to run again:
rows are matched by slug and written only when a value differs."""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFilter

from blog import demo_content
from blog.models import Post, Series, Topic
from clinic_site.demo import upsert
from clinic_site.models import Physician
from conditions.models import Condition

TOPIC_CONDITIONS = {
    "Anxiety": "anxiety",
    "Chronic Pain": "chronic-pain",
    "CRPS": "crps",
    "Depression": "depression",
    "OCD": "ocd",
    "PTSD": "ptsd",
    "Ketamine": None,
}
SERIES = {
    "Ask the doctor": "A reader's question, answered briefly by one of our physicians."
}


def abstract_artwork(colours: tuple[str, str], seed: int) -> bytes:
    """A calm gradient with soft circles: the demo's stand-in for photography.
    Drawn small and scaled up, which blurs it cheaply."""
    width, height = 320, 180
    gradient = Image.linear_gradient("L").rotate(90).resize((width, height))
    image = Image.composite(
        Image.new("RGB", (width, height), colours[1]),
        Image.new("RGB", (width, height), colours[0]),
        gradient,
    )
    draw = ImageDraw.Draw(image, "RGBA")
    for index in range(5):
        radius = 24 + 12 * ((seed + index) % 4)
        x = (seed * 43 + index * 71) % width
        y = (seed * 19 + index * 37) % height
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, 40)
        )
    image = image.filter(ImageFilter.GaussianBlur(6)).resize(
        (1600, 900), Image.Resampling.BICUBIC
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def load() -> None:
    conditions = {c.slug: c for c in Condition.objects.all()}
    topics = {
        name: upsert(
            Topic,
            {"slug": slugify(name)},
            {"name": name, "condition": conditions.get(slug) if slug else None},
        )
        for name, slug in TOPIC_CONDITIONS.items()
    }
    series = {
        name: upsert(
            Series, {"slug": slugify(name)}, {"name": name, "description": text}
        )
        for name, text in SERIES.items()
    }
    physicians = {p.slug: p for p in Physician.objects.all()}
    now = timezone.now().replace(second=0, microsecond=0)
    for seed, entry in enumerate(demo_content.POSTS, start=1):
        days_ago = entry["publish_days_ago"]
        post = upsert(
            Post,
            {"slug": entry["slug"]},
            {
                "title": entry["title"],
                "author": physicians[entry["author"]],
                "medical_reviewer": physicians.get(entry["reviewer"]),
                "status": entry["status"],
                "excerpt": entry["excerpt"],
                "body": entry["body"],
                "series": series.get(entry["series"]),
                "extra_note": entry["extra_note"],
                "featured_image_alt": entry["image_alt"],
            },
            create_only={
                "publish_at": None
                if days_ago is None
                else now - datetime.timedelta(days=days_ago)
            },
        )
        image = post.featured_image
        if not image or not image.storage.exists(image.name):
            post.featured_image = ContentFile(
                abstract_artwork(entry["image_palette"], seed),
                name=f"{entry['slug']}.jpg",
            )
            post.save()
        wanted = {topics[name] for name in entry["topics"]}
        if set(post.topics.all()) != wanted:
            post.topics.set(wanted)
