"""Cached things made from a topic are made again after any change to it, at once and once more at commit."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import transaction

from academy.common import freshness


def counting_maker():
    made = []

    def make():
        made.append(len(made) + 1)
        return f"made #{len(made)}"

    return make, made


def test_a_cached_thing_is_made_once_until_its_topic_changes():
    make, made = counting_maker()
    topics = [("programme", 13)]
    assert freshness.cached("page", topics, make) == "made #1"
    assert freshness.cached("page", topics, make) == "made #1"
    freshness.changed("programme", 12)  # another edition's programme
    assert freshness.cached("page", topics, make) == "made #1"
    freshness.changed("programme", 13)
    assert freshness.cached("page", topics, make) == "made #2"
    assert made == [1, 2]


def test_a_release_does_not_serve_what_the_previous_one_made(monkeypatch):
    """Another template, the same topics' versions: what the previous release made is made again."""
    template = Path(freshness.__file__).resolve().parent / "templates" / "base.html"
    read_bytes = Path.read_bytes

    def release_with(base_html: bytes) -> str:
        monkeypatch.setattr(Path, "read_bytes", lambda path: base_html if path == template else read_bytes(path))
        freshness.release.cache_clear()
        return freshness.release()

    make, made = counting_maker()
    topics = [("programme", 13)]
    try:
        first = release_with(b"<html>the first release</html>")
        assert freshness.cached("page", topics, make) == "made #1"
        assert release_with(b"<html>the first release</html>") == first
        assert freshness.cached("page", topics, make) == "made #1"
        assert release_with(b"<html>the next release</html>") != first
        assert freshness.cached("page", topics, make) == "made #2"
    finally:
        freshness.release.cache_clear()
    assert made == [1, 2]


def test_what_varies_is_kept_apart():
    make, _made = counting_maker()
    topics = [("programme", 13)]
    assert freshness.cached("page", topics, make, vary_on=("en",)) == "made #1"
    assert freshness.cached("page", topics, make, vary_on=("fr",)) == "made #2"
    assert freshness.cached("page", topics, make, vary_on=("en",)) == "made #1"
    assert freshness.cached("other-page", topics, make, vary_on=("en",)) == "made #3"


@pytest.mark.django_db(transaction=True)
def test_a_change_in_a_transaction_is_announced_at_once_and_again_at_commit():
    topic = ("programme", 13)
    before = freshness.versions(topic)
    with transaction.atomic():
        freshness.changed(*topic)
        during = freshness.versions(topic)
        assert during != before  # the rest of the transaction reads fresh
    # Another server may have made and cached the page from the data before the commit, under `during`.
    assert freshness.versions(topic) not in (before, during)


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_leaves_only_the_first_announcement():
    topic = ("programme", 13)
    seen = []

    def change_then_fail():
        with transaction.atomic():
            freshness.changed(*topic)
            seen.append(freshness.versions(topic))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        change_then_fail()
    assert freshness.versions(topic) == seen[0]  # a harmless extra miss; nothing waits on a rollback


def test_html_is_served_from_the_process_once_fetched_yet_a_change_elsewhere_shows_at_once():
    make, made = counting_maker()
    topics = [("programme", 13)]
    assert freshness.cached("page", topics, make) == "made #1"
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as shared:
        assert freshness.cached("page", topics, make) == "made #1"
    assert [call.args[0] for call in shared.call_args_list] == [["freshness:version:programme:13"]]  # the entry: here

    # Another server changes the programme: only the shared cache hears of it.
    cache.set("freshness:version:programme:13", "replaced-elsewhere", 60)
    assert freshness.cached("page", topics, make) == "made #2"
    assert made == [1, 2]


def test_a_kept_value_is_made_again_when_a_topic_it_read_changes_elsewhere_or_its_moment_passes():
    now = datetime(2027, 6, 14, 12, tzinfo=UTC)
    made = []

    def make(dependencies):
        dependencies.on(("person", 5))
        dependencies.changes_at(now + timedelta(hours=1))
        made.append(now)
        return f"page #{len(made)}"

    assert freshness.kept("me", make, now=now, vary_on=(5,)) == "page #1"
    assert freshness.kept("me", make, now=now + timedelta(minutes=59), vary_on=(5,)) == "page #1"
    assert freshness.kept("me", make, now=now + timedelta(hours=1), vary_on=(5,)) == "page #2"  # a session ended
    cache.set("freshness:version:person:5", "replaced-elsewhere", 60)
    assert freshness.kept("me", make, now=now, vary_on=(5,)) == "page #3"
    assert freshness.kept("me", make, now=now, vary_on=(6,)) == "page #4"  # someone else's
