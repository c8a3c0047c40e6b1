import pytest
from django.core.cache import cache

from clinic_site import demo


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, as a freshly started site would."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_clinic(db):
    """The fictional clinic's identity, as `make run` loads it."""
    demo.load()


@pytest.fixture
def demo_content(db):
    """Everything `load_demo_content` loads."""
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)
