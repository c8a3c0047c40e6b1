from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView

from blog import seo
from blog.models import Post, Series, Topic
from clinic_site.models import Physician

POSTS_PER_PAGE = 10


class PostListView(ListView):
    """Newest published posts first; subclasses narrow the list."""

    template_name = "blog/post_list.html"
    context_object_name = "posts"
    paginate_by = POSTS_PER_PAGE
    heading = "Blog"
    intro = (
        "Our physicians write about pain, mood and ketamine-assisted care in plain "
        "words: what the evidence says, what treatment is like, and what it is not."
    )

    def get_queryset(self) -> QuerySet[Post]:
        return Post.objects.published().for_listing()

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            heading=self.heading,
            intro=self.intro,
            topics=Topic.objects.filter(posts__in=Post.objects.published()).distinct(),
        )
        return context


class TopicPostListView(PostListView):
    def get_queryset(self) -> QuerySet[Post]:
        self.topic = get_object_or_404(Topic, slug=self.kwargs["slug"])
        self.heading = f"Posts about {self.topic.name}"
        self.intro = f"Everything our physicians have written about {self.topic.name}."
        return super().get_queryset().filter(topics=self.topic)


class SeriesPostListView(PostListView):
    def get_queryset(self) -> QuerySet[Post]:
        self.series = get_object_or_404(Series, slug=self.kwargs["slug"])
        self.heading = self.series.name
        self.intro = self.series.description
        return super().get_queryset().filter(series=self.series)


class AuthorPostListView(PostListView):
    template_name = "blog/author_detail.html"

    def get_queryset(self) -> QuerySet[Post]:
        self.author = get_object_or_404(
            Physician.objects.published(), slug=self.kwargs["slug"]
        )
        self.heading = f"{self.author.name}, {self.author.credentials}"
        self.intro = self.author.title
        return super().get_queryset().filter(author=self.author)

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["author"] = self.author
        return context


class PostDetailView(DetailView):
    template_name = "blog/post_detail.html"
    context_object_name = "post"

    def get_queryset(self) -> QuerySet[Post]:
        return Post.objects.select_related(
            "author", "medical_reviewer", "series"
        ).prefetch_related("topics")

    def get_object(self, queryset=None) -> Post:
        post = super().get_object(queryset)
        if not post.is_live and not post.can_be_previewed_by(self.request.user):
            raise Http404("No post found")
        return post

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        post = self.object
        context["breadcrumbs"] = [
            ("Home", reverse("home")),
            ("Blog", reverse("blog:index")),
            (post.title, post.get_absolute_url()),
        ]
        context["keep_reading"] = Post.objects.related_to(post).select_related("author")
        context["structured_data"] = seo.blog_posting(post)
        return context
