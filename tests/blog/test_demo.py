from blog.models import Post


def test_demo_blog_has_published_draft_and_scheduled_posts(demo_content, client):
    posts = Post.objects.all()
    live = [post for post in posts if post.is_live]

    assert len(live) >= 5
    assert sum(post.status == Post.Status.DRAFT for post in posts) == 1
    assert sum(post.is_scheduled for post in posts) == 1
    assert Post.objects.filter(series__name="Ask the doctor").exists()
    for post in live:
        assert post.featured_image and post.featured_image_alt
        assert client.get(post.get_absolute_url()).status_code == 200
