import csv
import io

import pytest

from academy.applications.models import Application, Status
from academy.editions.models import Role
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = "/en/editions/13/applications/"


@pytest.fixture
def organiser(client, edition):
    client.force_login(MembershipFactory(edition=edition, role=Role.ORGANISER).user)


def add(edition, count, **fields):
    people = fields.pop("people", {})
    for _ in range(count):
        Application.objects.create(edition=edition, applicant=UserFactory(**people), status=Status.SUBMITTED, **fields)


def names(response):
    return [application.applicant.country.code for application in response.context["page"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["BR", "FR", "SN"]),
        ("?global_south=yes", ["BR", "SN"]),
        ("?global_south=no", ["FR"]),
        ("?region=Africa", ["SN"]),
        ("?country=br", ["BR"]),
        ("?constituency=workers", ["SN"]),
        ("?scholarship=yes", ["BR"]),
        ("?min_score=0.5", ["FR"]),
        ("?sort=-score_normalised", ["FR", "SN", "BR"]),
    ],
)
def test_filters_and_sorting(client, edition, organiser, query, expected):
    add(edition, 1, people={"country": "SN"}, constituency="workers", score_normalised=0.2)
    add(edition, 1, people={"country": "FR"}, constituency="government", score_normalised=1.0)
    add(
        edition, 1, people={"country": "BR"}, constituency="academia", scholarship_requested=True, score_normalised=-1.0
    )
    response = client.get(URL + query)
    assert sorted(names(response)) == sorted(expected)
    if "sort" in query:
        assert names(response) == expected


def test_bad_filter_values_are_ignored_with_no_error(client, edition, organiser):
    add(edition, 2)
    response = client.get(URL + "?status=nonsense&min_score=abc&sort=password")
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 2


def test_query_count_does_not_grow_with_the_page(client, edition, organiser, django_assert_num_queries):
    add(edition, 1)
    client.get(URL)  # the organiser's account, roles and the edition, then kept in the cache
    with django_assert_num_queries(3) as one:
        client.get(URL)
    add(edition, 60)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(URL)
    assert len(response.context["page"]) == 50
    assert response.context["page"].paginator.count == 61


def test_csv_export_has_every_filtered_row(client, edition, organiser):
    add(edition, 3, people={"country": "SN"})
    add(edition, 2, people={"country": "FR"})
    response = client.get(URL + "?global_south=yes&format=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Name", "Country"]
    assert [row[1] for row in rows[1:]] == ["SN", "SN", "SN"]


def test_only_organisers_see_the_table(client, edition):
    client.force_login(MembershipFactory(edition=edition, role=Role.PARTICIPANT).user)
    assert client.get(URL).status_code == 403
