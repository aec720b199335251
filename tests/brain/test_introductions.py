"""South-South introductions: the pure rules, then the stored suggestions and what they may show."""

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from academy.brain import marketplace, messaging, profiles, suggestions
from academy.brain.introductions import Alumnus, Post, Reason, assess, suggest
from academy.brain.models import ProfileField, Suggestion, Visibility
from tests.brain.test_profiles import alumnus, set_visibility
from tests.factories import TopicFactory


def person(id_, country="SN", region="Africa", south=True, languages=("fr",), topics=(), offers=(), needs=()):
    return Alumnus(id_, country, region, south, frozenset(languages), frozenset(topics), tuple(offers), tuple(needs))


def test_other_country_shared_language_and_something_in_common_are_required():
    me = person(1, topics={7})
    assert assess(me, person(2, country="SN", topics={7})) is None  # same country
    assert assess(me, person(3, country="BR", languages=("pt",), topics={7})) is None  # no shared language
    assert assess(me, person(4, country="CM", topics={9})) is None  # nothing in common
    assert assess(me, person(5, country="", topics={7})) is None  # country hidden
    assert assess(me, person(6, country="CM", topics={7})) is not None


def test_reasons_in_order_and_score():
    me = person(1, topics={7, 8}, needs=[Post(10, "Training for our cooperative", "training")])
    peer = person(2, country="BR", region="Americas", languages=("fr", "pt"), topics={7},
                  offers=[Post(11, "Formação em gestão", "training")])  # fmt: skip
    suggestion = assess(me, peer)
    assert suggestion.reasons == (
        Reason("their_offer", ("Training for our cooperative", "Formação em gestão")),
        Reason("topics", (7,)),
        Reason("south_south", ("Africa", "Americas")),
        Reason("language", ("fr",)),
    )
    assert suggestion.score == 3 + 2 + 2


def test_other_southern_regions_come_before_the_same_region_and_the_north():
    me = person(1, topics={7})
    other_region = person(2, country="BR", region="Americas", languages=("fr",), topics={7})
    same_region = person(3, country="CM", topics={7})
    north = person(4, country="FR", region="Europe", south=False, topics={7})
    assert [s.peer for s in suggest(me, [north, same_region, other_region])] == [2, 3, 4]


def test_excluded_peers_and_oneself_are_never_suggested():
    me = person(1, topics={7})
    peers = [me, person(2, country="CM", topics={7}), person(3, country="ML", topics={7})]
    assert [s.peer for s in suggest(me, peers, excluded=frozenset({2}))] == [3]


alumni = st.builds(
    person,
    st.integers(1, 30),
    st.sampled_from(["SN", "BR", "PT", ""]),
    st.sampled_from(["Africa", "Americas", "Europe"]),
    st.booleans(),
    st.sets(st.sampled_from(["en", "fr", "pt"]), max_size=2),
    st.sets(st.integers(1, 4), max_size=3),
)


@given(alumni, st.lists(alumni, max_size=12, unique_by=lambda peer: peer.id))
def test_every_suggestion_keeps_the_rules(me, peers):
    found = suggest(me, peers)
    assert len(found) <= 3
    for suggestion in found:
        peer = next(peer for peer in peers if peer.id == suggestion.peer)
        assert peer.id != me.id
        assert peer.country
        assert peer.country != me.country
        assert peer.languages & me.languages
        assert peer.topics & me.topics


pytestmark_db = pytest.mark.django_db


@pytest.fixture
def pair():
    topic = TopicFactory(name={"en": "Local development", "pt": "Desenvolvimento local"})
    one = alumnus(certificate_name="Awa Ndiaye", country="SN", language="fr", other_languages=["pt"])
    other = alumnus(certificate_name="Joana Silva", country="BR", language="pt")
    for person_ in (one, other):
        profiles.profile_of(person_).expertise.set([topic])
        set_visibility(person_, Visibility.ALUMNI)
    return one, other


@pytestmark_db
def test_refresh_stores_suggestions_with_reasons_in_words(pair):
    one, other = pair
    assert suggestions.refresh_all(now=timezone.now()) == 2
    [(suggestion, reasons)] = suggestions.described(suggestions.current(one))
    assert suggestion.peer == other
    assert reasons == [
        "You both work on Local development.",
        "South-South: you are in Africa, they are in Americas.",
        "You both speak Portuguese.",
    ]


@pytestmark_db
def test_hidden_profiles_hidden_fields_and_people_in_touch_are_not_suggested(pair):
    one, other = pair
    set_visibility(other, Visibility.ORGANISERS)
    suggestions.refresh_all(now=timezone.now())
    assert suggestions.current(one) == []
    set_visibility(other, Visibility.ALUMNI, shown=[field for field in ProfileField.values if field != "country"])
    suggestions.refresh_all(now=timezone.now())
    assert suggestions.current(one) == []
    set_visibility(other, Visibility.ALUMNI)
    messaging.send_message(sender=other, recipient=one, body="Olá", now=timezone.now())
    suggestions.refresh_all(now=timezone.now())
    assert suggestions.current(one) == []


@pytestmark_db
def test_dismissed_suggestions_stay_dismissed_after_a_refresh(pair, client):
    one, _other = pair
    suggestions.refresh_all(now=timezone.now())
    [suggestion] = suggestions.current(one)
    client.force_login(one)
    assert "People worth meeting" in client.get(reverse("brain:search")).content.decode()
    client.post(reverse("brain:dismiss_suggestion", args=[suggestion.pk]))
    suggestions.refresh_all(now=timezone.now())
    assert suggestions.current(one) == []
    assert Suggestion.objects.get(person=one).dismissed_at is not None
    assert "People worth meeting" not in client.get(reverse("brain:search")).content.decode()


@pytestmark_db
def test_a_need_met_by_an_offer_is_a_reason(pair):
    one, other = pair
    marketplace.save_post(author=one, side="need", category="training", title="Formation coopérative", body="x",
                          language="fr", topics=[], countries=[])  # fmt: skip
    marketplace.save_post(author=other, side="offer", category="training", title="Formação", body="x",
                          language="pt", topics=[], countries=[])  # fmt: skip
    suggestions.refresh_all(now=timezone.now())
    [(_suggestion, reasons)] = suggestions.described(suggestions.current(one))
    assert reasons[0] == "Their offer “Formação” answers your need “Formation coopérative”."


@pytestmark_db
def test_someone_else_cannot_dismiss_my_suggestion(pair, client):
    one, other = pair
    suggestions.refresh_all(now=timezone.now())
    [suggestion] = suggestions.current(one)
    client.force_login(other)
    client.post(reverse("brain:dismiss_suggestion", args=[suggestion.pk]))
    assert suggestions.current(one) == [suggestion]


@pytestmark_db
def test_the_topics_of_many_suggestions_are_named_in_one_query(django_assert_num_queries):
    person = alumnus(certificate_name="Ama")
    topics = [TopicFactory() for _ in range(3)]
    for topic in topics:
        Suggestion.objects.create(
            person=person,
            peer=alumnus(),
            score=1,
            reasons=[{"kind": "topics", "values": [topic.pk]}],
            created_at=timezone.now(),
        )
    standing = list(Suggestion.objects.filter(person=person).order_by("pk"))
    with django_assert_num_queries(1):
        described = suggestions.described(standing)
    assert [reasons for _suggestion, reasons in described] == [
        [f"You both work on {topic.name['en']}."] for topic in topics
    ]
