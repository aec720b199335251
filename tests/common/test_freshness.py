"""Cached things made from a topic are made again after any change to it, at once and once more at commit."""

import pytest
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
