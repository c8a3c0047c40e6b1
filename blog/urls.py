from django.urls import path

from blog import feeds, views

app_name = "blog"

urlpatterns = [
    path("", views.PostListView.as_view(), name="index"),
    path("feed/", feeds.LatestPostsFeed(), name="feed"),
    path("topic/<slug:slug>/", views.TopicPostListView.as_view(), name="topic"),
    path("series/<slug:slug>/", views.SeriesPostListView.as_view(), name="series"),
    path("authors/<slug:slug>/", views.AuthorPostListView.as_view(), name="author"),
    path("<slug:slug>/", views.PostDetailView.as_view(), name="detail"),
]
