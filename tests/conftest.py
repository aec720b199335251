import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _fresh_language_and_cache():
    """Each test starts in English with an empty cache (allauth's rate limits live there)."""
    translation.activate("en")
    cache.clear()
    yield
    translation.deactivate()
