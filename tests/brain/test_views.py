"""Who may open which page of the Collective Brain, and what the pages cost in queries."""

import pytest
from django.urls import reverse

from academy.brain.models import Visibility
from academy.editions.models import Role
from tests.brain.test_profiles import alumnus, set_visibility
from tests.factories import GoodPracticeFactory, MembershipFactory, ResourceFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "anonymous": None,
        "outsider": UserFactory(),
        "alumnus": alumnus(),
        "organiser": MembershipFactory(role=Role.ORGANISER).user,
        "staff": UserFactory(is_staff=True),
    }


PUBLIC = {"anonymous": 200, "outsider": 200, "alumnus": 200, "organiser": 200, "staff": 200}
# The own alumni profile: only people who took part have one.
OWN_PROFILE = {"anonymous": 302, "outsider": 403, "alumnus": 200, "organiser": 403, "staff": 403}


def pages():
    resource = ResourceFactory()
    practice = GoodPracticeFactory()
    return [
        (reverse("brain:search"), PUBLIC),
        (reverse("brain:search") + "?q=cooperative&topic=abc&edition=x&page=999", PUBLIC),
        (reverse("brain:directory"), PUBLIC),
        (reverse("brain:glossary"), PUBLIC),
        (reverse("brain:networks"), PUBLIC),
        (reverse("brain:resource", args=[resource.pk]), PUBLIC),
        (reverse("brain:practice", args=[practice.pk]), PUBLIC),
        (reverse("brain:my_profile"), OWN_PROFILE),
    ]


def test_authorisation_matrix(client, people):
    for url, expected in pages():
        for name, person in people.items():
            client.logout()
            if person:
                client.force_login(person)
            assert client.get(url).status_code == expected[name], (url, name)


def test_profile_page_of_someone_who_never_took_part_is_not_found(client, people):
    client.force_login(people["organiser"])
    assert client.get(reverse("brain:person", args=[people["outsider"].pk])).status_code == 404


def test_practice_page_lists_only_the_people_the_viewer_may_see(client):
    open_person = alumnus(certificate_name="Open Person")
    hidden_person = alumnus(certificate_name="Hidden Person")
    set_visibility(open_person, Visibility.EVERYONE)
    set_visibility(hidden_person, Visibility.ORGANISERS)
    practice = GoodPracticeFactory()
    practice.people.set([open_person, hidden_person])
    page = client.get(reverse("brain:practice", args=[practice.pk])).content.decode()
    assert "Open Person" in page
    assert "Hidden Person" not in page


def test_results_page_shows_hits_and_facets_with_links(client):
    topic = TopicFactory(name={"en": "Local development", "pt": "Desenvolvimento local"})
    ResourceFactory(title="Cooperatives of Agadir", topics=[topic], language="fr", sdg_targets=["8.3"])
    page = client.get("/pt/brain/", {"q": "cooperativas"}).content.decode()
    assert "8.3 · Trabalho digno e crescimento económico" in page
    assert "Cooperatives of Agadir" in page
    assert "Desenvolvimento local" in page
    assert f"topic={topic.pk}" in page
    assert "1 resultado" in page


def test_search_page_queries_do_not_grow_with_results(client, django_assert_num_queries):
    """Session, the index token, matching, scoring, the hits, the topic names (the account and roles come from the cache)."""
    topic = TopicFactory()
    ResourceFactory(title="Cooperative one", topics=[topic])
    client.force_login(UserFactory())
    client.get(reverse("brain:search"), {"q": "cooperative"})  # loads the facet table
    with django_assert_num_queries(QUERIES):
        client.get(reverse("brain:search"), {"q": "cooperative one"})
    for number in range(5):
        ResourceFactory(title=f"Cooperative {number}", topics=[topic])
    client.get(reverse("brain:search"), {"q": "one"})  # loads the facet table again
    with django_assert_num_queries(QUERIES):
        client.get(reverse("brain:search"), {"q": "cooperative"})


def test_a_results_page_asked_again_comes_from_the_cache_until_the_index_changes(client, django_assert_num_queries):
    topic = TopicFactory(name={"en": "Local development"})
    ResourceFactory(title="Cooperative one", topics=[topic])
    client.force_login(UserFactory())
    client.get(reverse("brain:search"), {"q": "cooperative"})
    with django_assert_num_queries(1):  # the session (the account is kept in the cache)
        again = client.get(reverse("brain:search"), {"q": "cooperative"}).content.decode()
    assert "Cooperative one" in again
    assert "Local development" in again

    ResourceFactory(title="Cooperative two")
    assert "Cooperative two" in client.get(reverse("brain:search"), {"q": "cooperative"}).content.decode()
    topic.name = {"en": "Territorial development"}
    topic.save()
    assert "Territorial development" in client.get(reverse("brain:search"), {"q": "cooperative"}).content.decode()


def test_a_results_page_is_kept_apart_for_each_clearance(client):
    """Alumni see in the directory who the public does not: a page made for an alumnus never reaches the public."""
    seen_by_alumni = alumnus(certificate_name="Ana Cooperativa")
    set_visibility(seen_by_alumni, Visibility.ALUMNI)
    client.force_login(alumnus())
    assert "Ana Cooperativa" in client.get(reverse("brain:directory"), {"q": "Ana"}).content.decode()
    client.logout()
    assert "Ana Cooperativa" not in client.get(reverse("brain:directory"), {"q": "Ana"}).content.decode()


QUERIES = 6
