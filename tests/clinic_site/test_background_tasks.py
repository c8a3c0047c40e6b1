"""Background work goes through a durable queue stored with the data it acts on."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from tests.clinic_site.sample_tasks import remember


def run_queued_tasks() -> None:
    """Run what is queued, as the worker process would, then return."""
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


# The worker closes database connections between tasks, as it should in
# production, so these tests commit for real instead of running in a
# transaction that is rolled back.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_task_enqueued_in_a_committed_transaction_is_stored_and_run():
    with transaction.atomic():
        result = remember.enqueue("hello")

    assert DBTaskResult.objects.filter(id=result.id).exists()
    run_queued_tasks()
    assert cache.get("sample-task-ran-with") == "hello"
    assert remember.get_result(result.id).return_value == "hello"


def test_a_rolled_back_transaction_leaves_no_task():
    with pytest.raises(RuntimeError), transaction.atomic():
        remember.enqueue("never")
        raise RuntimeError("the request failed after enqueueing")

    assert not DBTaskResult.objects.exists()
    run_queued_tasks()
    assert cache.get("sample-task-ran-with") is None
