import pytest
from django.core.cache import cache
from django.utils import translation
from django_scopes import scopes_disabled


@pytest.fixture(autouse=True)
def _fresh_language_and_cache():
    """Each test starts in English with an empty cache (allauth's rate limits live there)."""
    translation.activate("en")
    cache.clear()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _tests_read_every_edition():
    """Tests arrange and check data of any edition directly; the requests they make still run in the scope that
    `EditionMiddleware` opens, as in production, and tests of scoping open their own."""
    with scopes_disabled():
        yield
