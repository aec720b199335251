from datetime import date, datetime

import pytest

from academy.editions.models import Membership, Role, Status
from academy.programme.models import AllocationRound, Elective, Kind, Session
from tests.factories import EditionFactory, UserFactory

LISBON = "Europe/Lisbon"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in June 2027, in the edition's zone (Lisbon)."""
    import zoneinfo

    return datetime(2027, 6, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(LISBON))


@pytest.fixture
def edition(db):
    return EditionFactory(
        number=13, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone=LISBON
    )


@pytest.fixture
def organiser(edition):
    user = UserFactory(email="org@example.org", certificate_name="Olga Organiser")
    Membership.objects.create(edition=edition, user=user, role=Role.ORGANISER)
    return user


def participant(edition, **fields):
    user = UserFactory(**fields)
    Membership.objects.create(edition=edition, user=user, role=Role.PARTICIPANT)
    return user


@pytest.fixture
def round_one(edition):
    return AllocationRound.objects.create(
        edition=edition,
        position=1,
        name={"en": "Week 1", "fr": "Semaine 1"},
        preferences_open_at=datetime(2027, 5, 1, tzinfo=at(14, 0).tzinfo),
        preferences_close_at=datetime(2027, 6, 1, tzinfo=at(14, 0).tzinfo),
        switch_deadline=at(15, 0),
    )


def elective(
    edition, round_, code, *, seats=20, minimum=0, day=16, floor=("en",), interpretation=(), audience="everyone"
):
    course = Elective.objects.create(
        edition=edition,
        round=round_,
        code=code,
        title={"en": f"Elective {code}"},
        maximum_seats=seats,
        minimum_seats=minimum,
    )
    for part in range(3):
        Session.objects.create(
            edition=edition,
            code=f"{code}-{part + 1}",
            kind=Kind.ELECTIVE,
            elective=course,
            title={"en": f"Elective {code}, part {part + 1}"},
            starts_at=at(day + part, 15, 30),
            ends_at=at(day + part, 17),
            floor_languages=list(floor),
            interpretation=list(interpretation),
            audience=audience,
            published=True,
        )
    return course


def plenary(edition, code="P1", day=14, **fields):
    defaults = {
        "kind": Kind.PLENARY,
        "title": {"en": "SSE principles and values", "fr": "Principes et valeurs de l'ESS"},
        "starts_at": at(day, 13),
        "ends_at": at(day, 14, 30),
        "floor_languages": ["en"],
        "interpretation": ["fr", "es", "pt"],
        "published": True,
        "online_url": "https://webinar.example.org/p1",
    }
    defaults.update(fields)
    return Session.objects.create(edition=edition, code=code, **defaults)
