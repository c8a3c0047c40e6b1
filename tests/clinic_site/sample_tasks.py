"""A task used only by the tests of the background-work plumbing."""

from django.core.cache import cache
from django.tasks import task


@task
def remember(value: str) -> str:
    cache.set("sample-task-ran-with", value)
    return value
