"""A page asks a person's roles dozens of times (menus, cards, permissions); it reads them once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.common import freshness
from academy.editions.models import Edition, Membership, Role, Status
from academy.editions.rules import ROLES, is_alumnus, is_organiser, is_participant, roles_read_once
from academy.editions.services import grant_role
from tests.factories import EditionFactory, UserFactory

pytestmark = pytest.mark.django_db


def membership_queries(queries) -> list[str]:
    return [query["sql"] for query in queries if "editions_membership" in query["sql"]]


def test_my_academy_reads_the_person_s_roles_once_whatever_it_asks(client):
    person = UserFactory()
    for number, status in [(11, Status.FINISHED), (12, Status.FINISHED), (13, Status.RUNNING)]:
        Membership.objects.create(
            edition=EditionFactory(number=number, status=status), user=person, role=Role.PARTICIPANT
        )
    client.force_login(person)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/me/").status_code == 200
    assert len(membership_queries(queries)) == 1
    assert not [query for query in queries if "auth_permission" in query["sql"]]  # permissions come from rules.py
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/me/").status_code == 200
    assert not membership_queries(queries)  # kept in the cache until a membership or an edition changes


def test_a_role_given_or_an_edition_finished_shows_on_the_next_request(client):
    person, edition = UserFactory(), EditionFactory(number=13, status=Status.RUNNING)
    client.force_login(person)
    assert "Editions you run" not in client.get("/en/me/").content.decode()
    grant_role(edition=edition, user=person, role=Role.ORGANISER, by=None)
    assert "Editions you run" in client.get("/en/me/").content.decode()
    Membership.objects.create(edition=EditionFactory(number=12, status=Status.RUNNING), user=person, role="participant")
    assert not is_alumnus(person)
    Edition.objects.get(number=12).save()  # untouched: no alumni yet
    assert not is_alumnus(person)
    twelfth = Edition.objects.get(number=12)
    twelfth.status = Status.FINISHED
    twelfth.save()
    assert is_alumnus(person)


def test_a_role_given_during_the_request_is_seen_at_the_next_question():
    person, edition = UserFactory(), EditionFactory(status=Status.RUNNING)
    with roles_read_once():
        assert not is_organiser(person, edition)
        Membership.objects.create(edition=edition, user=person, role=Role.ORGANISER)
        assert is_organiser(person, edition)
        Membership.objects.filter(user=person).get().delete()
        assert not is_organiser(person)


def test_an_edition_that_finishes_during_the_request_makes_its_participants_alumni():
    person, edition = UserFactory(), EditionFactory(status=Status.RUNNING)
    Membership.objects.create(edition=edition, user=person, role=Role.PARTICIPANT)
    with roles_read_once():
        assert (is_participant(person, edition), is_alumnus(person)) == (True, False)
        edition.status = Status.FINISHED
        edition.save()
        assert is_alumnus(person)


def test_outside_a_request_a_write_without_signal_is_seen_once_announced():
    person, edition = UserFactory(), EditionFactory()
    assert not is_organiser(person, edition)
    Membership.objects.bulk_create([Membership(edition=edition, user=person, role=Role.ORGANISER)])  # no signal
    freshness.changed(ROLES, person.pk)  # as a service writing in bulk must
    assert is_organiser(person, edition)
