from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from academy.applications.models import Application, FundingSource, Scholarship, Status
from academy.certificates.models import Signatory
from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from tests.factories import EditionFactory, MembershipFactory, UserFactory

NOW = datetime(2027, 3, 10, 12, tzinfo=UTC)


@pytest.fixture
def edition(db):
    edition = EditionFactory(
        number=13,
        modality="hybrid",
        status=EditionStatus.APPLICATIONS_OPEN,
        start_date=date(2027, 6, 14),
        end_date=date(2027, 6, 25),
        time_zone="Africa/Dakar",
        host_city={"en": "Dakar", "fr": "Dakar"},
        host_country="SN",
        main_language="fr",
    )
    Signatory.objects.create(edition=edition, name="Awa Ndiaye", position={"en": "Director", "fr": "Directrice"})
    return edition


@pytest.fixture
def organiser(edition):
    return MembershipFactory(edition=edition, role=Role.ORGANISER).user


def participant_of(edition, *, attendance: str, scholarship: bool = True, name: str = "Kwame Mensah"):
    person = UserFactory(certificate_name=name, country="GH")
    application = Application.objects.create(
        edition=edition, applicant=person, status=Status.CONFIRMED, attendance=attendance
    )
    if scholarship:
        source, _created = FundingSource.objects.get_or_create(edition=edition, name="SSTC", defaults={"budget": 50000})
        Scholarship.objects.create(
            application=application, source=source, travel=Decimal(900), accommodation=Decimal(700), fee=0
        )
    MembershipFactory(edition=edition, user=person, role=Role.PARTICIPANT)
    return person


@pytest.fixture
def in_person(edition):
    return participant_of(edition, attendance="in_person")


@pytest.fixture
def online(edition):
    return participant_of(edition, attendance="online", scholarship=False, name="Online Person")


@pytest.fixture
def request_data():
    return {
        "full_name": "KWAME ASANTE MENSAH",
        "nationality": "GH",
        "passport_number": "g1234567",
        "passport_expiry": date(2030, 1, 31),
        "date_of_birth": date(1988, 4, 2),
        "consulate": "Embassy of Senegal in Accra",
        "language": "fr",
    }
