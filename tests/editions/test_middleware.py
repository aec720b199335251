"""The edition of a request is resolved once, by EditionMiddleware, for every address of an edition's pages."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver

from academy.editions.models import Role, Status
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def routes(resolver=None, prefix=""):
    """Every address pattern of the site, as (full route, pattern)."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route, entry


# The API (`academy.api`) is not a page of an edition: an edition's number there is a parameter of its schema, looked
# up once by the endpoint among the published editions, or among those the token's owner organises (decisions.md).
EDITION_ROUTES = sorted(
    route for route, _pattern in routes() if "editions/<" in route and not route.startswith("api/v1/")
)
# The pages of an edition that need nothing but its number.
EDITION_ONLY_ROUTES = [route for route in EDITION_ROUTES if route.count("<") == 1]


def test_every_address_of_an_edition_names_it_through_the_edition_converter():
    assert len(EDITION_ROUTES) > 50
    for route in EDITION_ROUTES:
        assert "editions/<edition:edition>/" in route, route


def address(route: str, number: int) -> str:
    """The English address of a route (routes carry the language prefix they were listed in)."""
    return "/en/" + route.split("/", 1)[1].replace("<edition:edition>", str(number))


@pytest.mark.parametrize("route", EDITION_ONLY_ROUTES)
def test_a_draft_edition_is_not_there_for_visitors_or_strangers_on_any_of_its_pages(client, route):
    draft = EditionFactory(status=Status.DRAFT)
    url = address(route, draft.number)
    assert client.get(url).status_code == 404, url
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("route", EDITION_ONLY_ROUTES)
def test_an_edition_that_does_not_exist_is_not_found_on_any_of_its_pages(client, route):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = address(route, 9999)
    assert client.get(url).status_code == 404, url


def test_the_organiser_of_a_draft_reaches_its_page_and_the_edition_is_read_once(client):
    draft = EditionFactory(status=Status.DRAFT)
    organiser = UserFactory()
    MembershipFactory(edition=draft, user=organiser, role=Role.ORGANISER)
    client.force_login(organiser)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/editions/{draft.number}/programme/")
    assert response.status_code == 200
    assert response.wsgi_request.edition == draft
    # The address keeps its arguments for whoever reads them (the language switcher).
    assert response.resolver_match.kwargs == {"edition": draft.number}
    edition_reads = [query["sql"] for query in queries if re.search(r'FROM "editions_edition"\s+WHERE', query["sql"])]
    assert len(edition_reads) == 1, edition_reads


def test_pages_outside_an_edition_have_none(client):
    response = client.get("/en/")
    assert response.wsgi_request.edition is None


def test_an_editions_row_is_read_from_the_cache_until_an_edition_is_saved(client):
    edition = EditionFactory(status=Status.APPLICATIONS_OPEN, title={"en": "Solidarity in Turin"})
    client.get(f"/en/editions/{edition.number}/programme/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/en/editions/{edition.number}/programme/").wsgi_request.edition == edition
    assert not [query for query in queries if 'FROM "editions_edition"' in query["sql"]]

    edition.title = {"en": "Solidarity in Madrid"}
    edition.save()
    assert str(client.get(f"/en/editions/{edition.number}/programme/").wsgi_request.edition.title) == (
        "Solidarity in Madrid"
    )
    old_number, edition.number = edition.number, edition.number + 100
    edition.save()
    assert client.get(f"/en/editions/{old_number}/programme/").status_code == 404
    assert client.get(f"/en/editions/{edition.number}/programme/").wsgi_request.edition == edition
    edition.status = Status.DRAFT  # and a draft is not there for visitors on the very next request
    edition.save()
    assert client.get(f"/en/editions/{edition.number}/programme/").status_code == 404
