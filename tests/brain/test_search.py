"""The one search, on the database the suite runs on (SQLite FTS5 or PostgreSQL full-text search)."""

import pytest

from academy.brain import knowledge
from academy.brain.models import DocumentKind, Resource, Visibility
from academy.brain.search import engine
from academy.brain.search.engine import PER_PAGE, search
from tests.factories import GoodPracticeFactory, ResourceFactory, TopicFactory

pytestmark = pytest.mark.django_db

EVERYONE = Visibility.EVERYONE


def titles(results) -> list[str]:
    return [hit.title for hit in results.hits]


def test_search_stems_and_ignores_accents_in_each_language():
    ResourceFactory(title="As cooperativas de trabalho no Brasil", language="pt", summary="")
    ResourceFactory(title="La economía social en México", language="es", summary="")
    ResourceFactory(title="Les coopératives d'habitation", language="fr", summary="")
    ResourceFactory(title="Housing policy", language="en", summary="")

    # A word finds its other forms in every language: "cooperativa" is also the French "coopératives".
    assert set(titles(search("cooperativa", clearance=EVERYONE))) == {
        "As cooperativas de trabalho no Brasil",
        "Les coopératives d'habitation",
    }
    assert titles(search("trabalho", clearance=EVERYONE)) == ["As cooperativas de trabalho no Brasil"]
    assert titles(search("economia", clearance=EVERYONE)) == ["La economía social en México"]
    assert titles(search("cooperatives habitation", clearance=EVERYONE)) == ["Les coopératives d'habitation"]
    assert titles(search("policies", clearance=EVERYONE)) == ["Housing policy"]


def test_title_matches_rank_above_body_matches():
    ResourceFactory(title="Annual report", summary="On cooperatives and more cooperatives.")
    ResourceFactory(title="Cooperatives in Kenya", summary="A report.")
    assert titles(search("cooperatives", clearance=EVERYONE))[0] == "Cooperatives in Kenya"


def test_facet_counts_and_filters():
    youth = TopicFactory(name={"en": "Youth employment"})
    ResourceFactory(title="Youth cooperatives", language="en", topics=[youth])
    ResourceFactory(title="Cooperativas juveniles", language="es", topics=[youth])
    ResourceFactory(title="Cooperatives of farmers", language="en")
    GoodPracticeFactory(title="Youth cooperatives of Seoul")

    everything = search("cooperatives", clearance=EVERYONE)
    assert everything.total == 4
    assert everything.facets["type"] == {"resource": 3, "practice": 1}
    assert everything.facets["topic"] == {str(youth.pk): 2}

    filtered = search("cooperatives", clearance=EVERYONE, filters={"topic": str(youth.pk), "language": "en"})
    assert titles(filtered) == ["Youth cooperatives"]
    assert filtered.facets["language"] == {"en": 1, "es": 1}


def test_topic_names_are_found_in_every_language():
    topic = TopicFactory(name={"en": "Local development", "pt": "Desenvolvimento local"})
    ResourceFactory(title="Study of Agadir", topics=[topic])
    assert titles(search("desenvolvimento", clearance=EVERYONE)) == ["Study of Agadir"]


def test_country_names_are_found_in_every_language():
    GoodPracticeFactory(title="Social economy of Seoul", country="KR")
    assert titles(search("Coreia", clearance=EVERYONE)) == ["Social economy of Seoul"]


def test_empty_query_browses_everything_newest_first():
    first = ResourceFactory(title="First")
    second = ResourceFactory(title="Second")
    assert [hit.object_id for hit in search("", clearance=EVERYONE).hits] == [second.pk, first.pk]


def test_pages():
    for number in range(PER_PAGE + 3):
        ResourceFactory(title=f"Cooperative study {number}")
    first = search("cooperative", clearance=EVERYONE)
    second = search("cooperative", clearance=EVERYONE, page=2)
    assert first.total == PER_PAGE + 3
    assert first.pages == 2
    assert len(first.hits) == PER_PAGE
    assert len(second.hits) == 3
    assert not {hit.pk for hit in first.hits} & {hit.pk for hit in second.hits}


def test_index_stays_in_step_with_edits_and_deletions():
    resource = ResourceFactory(title="Mutual health insurance")
    assert search("mutual", clearance=EVERYONE).total == 1

    resource.title = "Microfinance in Senegal"
    resource.save()
    knowledge.refresh_resource(resource=resource)
    assert search("mutual", clearance=EVERYONE).total == 0
    assert titles(search("microfinance", clearance=EVERYONE)) == ["Microfinance in Senegal"]

    resource_id = resource.pk
    Resource.objects.filter(pk=resource_id).delete()
    knowledge.forget(kind=DocumentKind.RESOURCE, object_id=resource_id)
    assert search("microfinance", clearance=EVERYONE).total == 0


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ('"', 1),
        ("*", 1),
        ("NEAR(a b)", 1),
        ("near OR city", 1),
        ("AND OR NOT", 0),
        ("col:umn", 0),
        ("'); DROP TABLE x;--", 0),
    ],
)
def test_operator_characters_are_not_operators(query, total):
    """What the backends would read as syntax is only ever words; no words at all browses everything."""
    ResourceFactory(title="Near the city")
    assert search(query, clearance=EVERYONE).total == total


def test_many_results_put_title_matches_first_shortest_title_first(monkeypatch):
    """Past what is scored one by one, the order is the title tier, then the newest; pages agree."""
    monkeypatch.setattr(engine, "SCORED_AT_MOST", 2)
    body_only = ResourceFactory(title="Annual report", summary="Cooperatives everywhere.")
    long_title = ResourceFactory(title="Cooperatives of the coast and of the mountains", summary="")
    short_title = ResourceFactory(title="Cooperatives", summary="")
    newer_body_only = ResourceFactory(title="Another report", summary="On cooperatives.")
    monkeypatch.setattr(engine, "PER_PAGE", 3)

    first = engine.search("cooperative", clearance=EVERYONE)
    second = engine.search("cooperative", clearance=EVERYONE, page=2)
    assert [hit.object_id for hit in first.hits] == [short_title.pk, long_title.pk, newer_body_only.pk]
    assert [hit.object_id for hit in second.hits] == [body_only.pk]
    assert first.total == 4


def test_scored_results_respect_filters_and_visibility():
    topic = TopicFactory()
    ResourceFactory(title="Cooperatives", topics=[topic], language="pt")
    wanted = ResourceFactory(title="Cooperatives and more", topics=[topic], language="en")
    results = search("cooperatives", clearance=EVERYONE, filters={"topic": str(topic.pk), "language": "en"})
    assert [hit.object_id for hit in results.hits] == [wanted.pk]


def test_edition_facet_names_read_only_the_editions_titles(django_assert_num_queries):
    from academy.brain.search import labels
    from tests.factories import EditionFactory

    EditionFactory(number=11, title={"en": "Academy 11"}, summary={"en": "A long text"})
    with django_assert_num_queries(1) as read:
        assert labels.describe({"edition": {"11": 4}}, {}, ("edition",))[0].values[0].label == "Academy 11"
    assert "summary" not in read.captured_queries[0]["sql"]
