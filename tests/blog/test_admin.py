import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from blog.models import Post
from clinic_site.models import ClaimOverride
from tests.factories import ClinicProfileFactory, PhysicianFactory, PostFactory

ADD_URL = reverse("admin:blog_post_add")


@pytest.fixture(autouse=True)
def clinic(db):
    return ClinicProfileFactory()


def physician_login(client, username: str, *, can_publish: bool = False):
    user = get_user_model().objects.create_user(username, is_staff=True)
    user.groups.add(Group.objects.get(name="Physicians"))
    if can_publish:
        user.user_permissions.add(Permission.objects.get(codename="publish_post"))
    physician = PhysicianFactory(user=user)
    client.force_login(user)
    return physician


def post_form(**overrides) -> dict:
    data = {
        "title": "Sleep and pain",
        "slug": "sleep-and-pain",
        "medical_reviewer": "",
        "status": "published",
        "publish_at_0": "2026-11-01",
        "publish_at_1": "09:00:00",
        "excerpt": "How sleep and pain affect each other, in plain words.",
        "body": "Sleep matters.",
        "extra_note": "",
        "featured_image_alt": "",
        "series": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_physicians_group_can_write_but_not_publish():
    codenames = set(
        Group.objects.get(name="Physicians").permissions.values_list(
            "codename", flat=True
        )
    )

    assert {"add_post", "change_post", "view_post"} <= codenames
    assert "publish_post" not in codenames


def test_a_physician_sees_and_edits_only_their_own_posts(client):
    me = physician_login(client, "me")
    mine = PostFactory(author=me, title="My post")
    theirs = PostFactory(title="Their post")

    changelist = client.get(reverse("admin:blog_post_changelist")).content.decode()
    assert "My post" in changelist
    assert "Their post" not in changelist
    assert (
        client.get(reverse("admin:blog_post_change", args=[mine.pk])).status_code == 200
    )
    assert client.get(
        reverse("admin:blog_post_change", args=[theirs.pk])
    ).status_code in (
        302,
        403,
    )
    response = client.post(
        reverse("admin:blog_post_change", args=[theirs.pk]),
        post_form(title="Hijacked", slug=theirs.slug),
    )
    assert response.status_code in (302, 403)
    theirs.refresh_from_db()
    assert theirs.title == "Their post"


def test_without_publish_permission_a_new_post_stays_a_draft(client):
    me = physician_login(client, "writer")

    response = client.post(ADD_URL, post_form())

    assert response.status_code == 302
    post = Post.objects.get()
    assert post.author == me
    assert post.status == Post.Status.DRAFT
    assert client.get(post.get_absolute_url()).status_code == 200  # own preview
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404


def test_with_publish_permission_a_physician_publishes(client):
    physician_login(client, "director", can_publish=True)

    response = client.post(ADD_URL, post_form(author=None))

    assert response.status_code == 302
    post = Post.objects.get()
    assert post.status == Post.Status.PUBLISHED
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 200


def test_guardrail_refuses_risky_claims_in_a_published_post(client):
    physician_login(client, "director", can_publish=True)

    response = client.post(ADD_URL, post_form(body="Ketamine is a guaranteed fix."))

    assert response.status_code == 200
    assert "This text contains risky claims: “guaranteed”" in response.content.decode()
    assert not Post.objects.exists()


def test_guardrail_override_on_a_post_is_recorded(client):
    physician_login(client, "director", can_publish=True)

    client.post(
        ADD_URL,
        post_form(body="Some call it a miracle.", publish_despite_risky_claims="on"),
    )

    override = ClaimOverride.objects.get()
    assert override.content_object == Post.objects.get()
    assert override.approved_by.username == "director"


def test_editing_a_live_post_shows_an_updated_date(client):
    me = physician_login(client, "editor", can_publish=True)
    post = PostFactory(author=me, slug="sleep-and-pain")

    client.post(
        reverse("admin:blog_post_change", args=[post.pk]),
        post_form(body="Sleep matters, and here is a new paragraph."),
    )

    html = client.get(post.get_absolute_url()).content.decode()
    assert "Updated <time" in html
