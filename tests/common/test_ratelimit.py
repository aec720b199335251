"""The look-up limit counts exactly, whatever the cache: here the database cache, the default without Redis."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from freezegun import freeze_time

from academy.common.models import RateLimitCount
from academy.common.ratelimit import within_limit
from tests.concurrency import at_once

HOUR = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def database_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "academy_cache_tests"}
    }
    call_command("createcachetable")


def look_up(address="198.51.100.7"):
    return within_limit(RequestFactory().get("/", REMOTE_ADDR=address), "verification", limit=60)


@pytest.mark.django_db
@pytest.mark.usefixtures("database_cache")
def test_within_limit_counts_the_whole_hour_however_spread():
    answers = []
    for minute in (0, 7, 20, 33, 59):  # quiet spells longer than the cache's default five minutes
        with freeze_time(HOUR + timedelta(minutes=minute)):
            answers += [look_up() for _request in range(12 if minute < 59 else 13)]
    assert answers == [True] * 60 + [False]
    with freeze_time(HOUR + timedelta(minutes=59, seconds=59)):
        assert not look_up()
        assert look_up("198.51.100.8")
    with freeze_time(HOUR + timedelta(hours=1)):
        assert look_up()


@pytest.mark.django_db
def test_within_limit_forgets_the_counts_of_past_hours():
    with freeze_time(HOUR):
        look_up("198.51.100.7")
    with freeze_time(HOUR + timedelta(hours=1)):
        look_up("198.51.100.8")
    assert list(RateLimitCount.objects.values_list("address", "count")) == [("198.51.100.8", 1)]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a server database with concurrent sessions")
@pytest.mark.usefixtures("database_cache")
def test_within_limit_lets_exactly_the_limit_through_at_once():
    answers = [outcome.returned for outcome in at_once(*[look_up] * 90)]
    assert (answers.count(True), answers.count(False)) == (60, 30)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit without waiting for the disk")
@pytest.mark.django_db(transaction=True)
def test_a_count_outside_a_transaction_does_not_make_later_writes_wait_less_for_the_disk():
    """The count's own commit does not wait for the disk; the connection's next transactions do, as before."""
    assert look_up()
    assert look_up()
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone() == ("on",)
    assert RateLimitCount.objects.get().count == 2
