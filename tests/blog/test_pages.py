import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from blog.models import Post
from tests.factories import (
    ClinicProfileFactory,
    ConditionFactory,
    PhysicianFactory,
    PostFactory,
    SeriesFactory,
    TopicFactory,
)


@pytest.fixture
def clinic(db):
    return ClinicProfileFactory(medical_disclaimer="Not medical advice at all.")


def in_days(days: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


def public_listings(client) -> dict[str, str]:
    topic = TopicFactory(name="Ketamine")
    pages = {
        "index": reverse("blog:index"),
        "topic": topic.get_absolute_url(),
        "feed": reverse("blog:feed"),
        "sitemap": "/sitemap.xml",
    }
    return {name: client.get(url).content.decode() for name, url in pages.items()}


@pytest.mark.parametrize(
    "hidden",
    [
        {"status": Post.Status.DRAFT, "publish_at": None},
        {"status": Post.Status.DRAFT, "publish_at": in_days(-3)},
        {"status": Post.Status.PUBLISHED, "publish_at": in_days(2)},
    ],
    ids=["draft", "draft-with-date", "scheduled"],
)
def test_unpublished_posts_are_hidden_everywhere(client, clinic, hidden):
    topic = TopicFactory(name="Ketamine")
    post = PostFactory(
        title="Hidden post", slug="hidden-post", topics=[topic], **hidden
    )

    assert client.get(post.get_absolute_url()).status_code == 404
    for name, html in public_listings(client).items():
        assert "hidden-post" not in html, name


def test_published_post_is_listed_everywhere(client, clinic):
    topic = TopicFactory(name="Ketamine")
    PostFactory(title="Visible post", slug="visible-post", topics=[topic])

    for name, html in public_listings(client).items():
        assert "visible-post" in html, name


def test_scheduled_post_appears_by_itself_when_its_time_comes(client, clinic):
    post = PostFactory(slug="tomorrow", publish_at=in_days(1))

    assert client.get(post.get_absolute_url()).status_code == 404
    with time_machine.travel(in_days(1.01)):
        assert client.get(post.get_absolute_url()).status_code == 200
        assert "/blog/tomorrow/" in client.get(reverse("blog:index")).content.decode()


def physician_user(username: str, *, can_publish: bool = False):
    from django.contrib.auth.models import Group, Permission

    user = get_user_model().objects.create_user(username, is_staff=True)
    user.groups.add(Group.objects.get(name="Physicians"))
    if can_publish:
        user.user_permissions.add(Permission.objects.get(codename="publish_post"))
    PhysicianFactory(user=user, name=username.title())
    return get_user_model().objects.get(pk=user.pk)


def test_author_previews_own_draft_with_banner_and_noindex(client, clinic):
    author = physician_user("author")
    draft = PostFactory(author=author.physician, status=Post.Status.DRAFT)
    client.force_login(author)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft preview:" in html
    assert '<meta name="robots" content="noindex">' in html


def test_another_physician_cannot_preview_a_draft(client, clinic):
    draft = PostFactory(author=physician_user("author").physician, status="draft")
    client.force_login(physician_user("colleague"))

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_post_page_shows_byline_dates_reading_time_topics_and_image_alt(client, clinic):
    author = PhysicianFactory(
        name="Ada Example", credentials="DO", title="Psychiatrist"
    )
    reviewer = PhysicianFactory(name="Rev Example", credentials="MD")
    series = SeriesFactory(name="Ask the doctor")
    post = PostFactory(
        author=author,
        medical_reviewer=reviewer,
        series=series,
        body="word " * 450,
        publish_at=timezone.make_aware(datetime.datetime(2026, 9, 1, 9, 30)),
        topics=[TopicFactory(name="Anxiety")],
    )

    html = client.get(post.get_absolute_url()).content.decode()

    assert (
        f'By <a href="{author.get_absolute_url()}">Ada Example, DO</a>, Psychiatrist'
        in (html)
    )
    assert '<time datetime="2026-09-01T09:30:00-07:00">September 1, 2026</time>' in html
    assert "3 min read" in html
    assert "Medically reviewed by" in html and "Rev Example, MD" in html
    assert '<a href="/blog/topic/anxiety/">Anxiety</a>' in html
    assert '<a href="/blog/series/ask-the-doctor/">Ask the doctor</a>' in html
    assert '<a href="/blog/">Back to all posts</a>' in html
    assert "Updated" not in html


def test_every_post_carries_the_disclaimer_and_its_extra_note(client, clinic):
    post = PostFactory(extra_note="No financial ties to any manufacturer.")

    html = client.get(post.get_absolute_url()).content.decode()

    assert "Not medical advice at all." in html
    assert 'href="/disclaimer/"' in html and 'href="/terms/"' in html
    assert html.index("Not medical advice at all.") < html.index("No financial ties")


def test_unsafe_html_in_a_body_is_neutralised(client, clinic):
    post = PostFactory(
        title="<script>alert('title')</script>",
        body="<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
        '[link](javascript:alert(3))\n\n<a href="javascript:alert(4)">x</a>',
    )

    html = client.get(post.get_absolute_url()).content.decode()

    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html


def test_keep_reading_prefers_shared_topics_then_newest(client, clinic):
    pain, mood = TopicFactory(name="Chronic Pain"), TopicFactory(name="Depression")
    post = PostFactory(topics=[pain, mood])
    both = PostFactory(
        title="Shares both", topics=[pain, mood], publish_at=in_days(-30)
    )
    one = PostFactory(title="Shares one", topics=[pain], publish_at=in_days(-20))
    newest = PostFactory(title="Newest unrelated", publish_at=in_days(-0.5))
    PostFactory(title="Older unrelated", publish_at=in_days(-10))
    PostFactory(title="Draft related", topics=[pain], status="draft")

    response = client.get(post.get_absolute_url())

    assert [p.title for p in response.context["keep_reading"]] == [
        both.title,
        one.title,
        newest.title,
    ]


def test_blog_index_pages_ten_posts_newest_first(client, clinic):
    posts = [PostFactory(publish_at=in_days(-day)) for day in range(1, 13)]

    first = client.get(reverse("blog:index"))
    second = client.get(reverse("blog:index"), {"page": 2})

    assert [p.pk for p in first.context["posts"]] == [p.pk for p in posts[:10]]
    assert [p.pk for p in second.context["posts"]] == [p.pk for p in posts[10:]]
    html = first.content.decode()
    assert '<nav class="pagination" aria-label="Pages">' in html
    assert 'aria-current="page"><span class="visually-hidden">Page </span>1</a>' in html
    assert 'rel="next">Older posts</a>' in html
    assert client.get(reverse("blog:index"), {"page": 9}).status_code == 404


def test_topic_series_and_author_pages_filter_posts(client, clinic):
    topic, series = TopicFactory(name="PTSD"), SeriesFactory(name="Ask the doctor")
    author = PhysicianFactory(name="Writer Example")
    on_topic = PostFactory(title="About PTSD", topics=[topic])
    in_series = PostFactory(title="A question", series=series)
    by_author = PostFactory(title="By the writer", author=author)

    topic_html = client.get(topic.get_absolute_url()).content.decode()
    series_html = client.get(series.get_absolute_url()).content.decode()
    author_html = client.get(author.get_absolute_url()).content.decode()

    assert on_topic.title in topic_html and in_series.title not in topic_html
    assert in_series.title in series_html and on_topic.title not in series_html
    assert by_author.title in author_html and on_topic.title not in author_html
    assert "Writer Example" in author_html
    assert client.get("/blog/topic/unknown/").status_code == 404


def test_feed_is_rss_with_absolute_links(client, clinic):
    post = PostFactory(title="Feed item", topics=[TopicFactory(name="Ketamine")])

    response = client.get(reverse("blog:feed"))

    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    item = channel.find("item")
    assert item.findtext("title") == "Feed item"
    assert (
        item.findtext("link") == f"https://clinic.example.com{post.get_absolute_url()}"
    )
    assert item.findtext("category") == "Ketamine"


def test_post_structured_data_and_open_graph(client, clinic):
    author = PhysicianFactory(name="Ada Example", credentials="MD")
    post = PostFactory(author=author, topics=[TopicFactory(name="Ketamine")])

    html = client.get(post.get_absolute_url()).content.decode()

    for snippet in (
        '"@type": "BlogPosting"',
        f'"headline": "{post.title}"',
        '"author": {"@type": "Person", "name": "Ada Example", "honorificSuffix": "MD"',
        '"datePublished": "',
        '"dateModified": "',
        '"publisher": {"@id": "https://clinic.example.com/#clinic"}',
        '<meta property="og:type" content="article">',
        '<meta property="article:published_time"',
        '<meta property="article:tag" content="Ketamine">',
    ):
        assert snippet in html, snippet


def test_condition_page_lists_posts_on_its_topic(client, clinic):
    condition = ConditionFactory(name="CRPS")
    topic = TopicFactory(name="CRPS", condition=condition)
    PostFactory(title="Early CRPS care", topics=[topic])
    PostFactory(title="Unrelated post")

    html = client.get(condition.get_absolute_url()).content.decode()

    assert "Early CRPS care" in html
    assert "Unrelated post" not in html


@pytest.mark.parametrize("count", [3, 1000])
def test_query_budget_does_not_grow_with_posts(
    client, clinic, django_assert_num_queries, count
):
    author = PhysicianFactory()
    topic = TopicFactory(name="Ketamine")
    Post.objects.bulk_create(
        Post(
            title=f"Bulk {n}",
            slug=f"bulk-{n}",
            author=author,
            status=Post.Status.PUBLISHED,
            publish_at=in_days(-1 - n / 1000),
            excerpt="Excerpt.",
            body="Body.",
        )
        for n in range(count)
    )
    topic.posts.set(Post.objects.all())
    post = Post.objects.first()
    client.get("/")  # warm the cached header and footer

    # The list: count, page of posts, their topics, the topic menu.
    with django_assert_num_queries(4):
        assert client.get(reverse("blog:index")).status_code == 200
    # A post: the post, its topics, "keep reading".
    with django_assert_num_queries(3):
        assert client.get(post.get_absolute_url()).status_code == 200
