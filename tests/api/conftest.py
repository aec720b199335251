"""The API tests' world: the certificates tests' edition 13 (two plenaries in Lisbon, three participants with their
attendance, Ana's certificate issued), an application with its scholarship, a placement, another edition organised by
someone else, and a draft."""

from datetime import UTC, date, datetime

import pytest

from academy.api import services
from academy.applications.models import Application, FundingSource, Scholarship, Status
from academy.common import documents
from academy.editions.models import Membership, Role
from academy.editions.models import Status as EditionStatus
from academy.programme.models import Placement
from academy.travel.models import LetterStatus, VisaLetter
from tests.certificates.fixtures import cohort, issued, sessions, signatories  # noqa: F401  (fixtures)
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import edition, elective, organiser, round_one  # noqa: F401  (fixtures)


@pytest.fixture
def world(edition, organiser, issued, cohort, round_one):  # noqa: F811 (fixtures)
    ana, lan, _ivan = cohort
    application = Application.objects.create(
        edition=edition,
        applicant=lan,
        status=Status.SELECTED,
        score_raw=4.2,
        score_normalised=1.1,
        scholarship_requested=True,
    )
    source = FundingSource.objects.create(edition=edition, name="South-South fund", budget=10000)
    Scholarship.objects.create(application=application, source=source, travel=800, accommodation=300, fee=0)
    Application.objects.create(edition=edition, applicant=ana, status=Status.DRAFT)  # a draft: never in the API
    course = elective(edition, round_one, "E1")
    Placement.objects.create(round=round_one, user=ana, elective=course, published=True)

    other = EditionFactory(number=14, status=EditionStatus.ANNOUNCED)
    stranger = UserFactory(email="other-organiser@example.org")
    Membership.objects.create(edition=other, user=stranger, role=Role.ORGANISER)
    Application.objects.create(
        edition=other, applicant=UserFactory(email="secret@example.org"), status=Status.SUBMITTED
    )
    draft = EditionFactory(number=15, status=EditionStatus.DRAFT)
    Membership.objects.create(edition=draft, user=organiser, role=Role.ORGANISER)
    letters = {
        status: visa_letter(edition, person, status, passport)
        for status, person, passport in [
            (LetterStatus.APPROVED, ana, "G1234567"),
            (LetterStatus.REFUSED, lan, "V7654321"),
            (LetterStatus.REQUESTED, _ivan, "R5550001"),
        ]
    }
    return {
        "edition": edition,
        "other": other,
        "draft": draft,
        "organiser": organiser,
        "stranger": stranger,
        "letters": letters,
    }


# The passport numbers of the world's visa letters: no answer ever holds one.
PASSPORT_NUMBERS = ("G1234567", "V7654321", "R5550001")


def visa_letter(of_edition, person, status: str, passport: str) -> VisaLetter:
    """A letter with all its passport data and a code, whatever its status: only an approved one may be found by it."""
    return VisaLetter.objects.create(
        edition=of_edition,
        person=person,
        full_name=person.certificate_name.upper(),
        nationality="GH",
        passport_number=passport,
        passport_expiry=date(2031, 1, 31),
        date_of_birth=date(1988, 4, 2),
        consulate="Embassy of Portugal in Accra",
        language="en",
        status=status,
        requested_at=datetime(2027, 3, 10, 12, tzinfo=UTC),
        refusal_reason="The passport expires too soon." if status == LetterStatus.REFUSED else "",
        code=documents.unused_code(VisaLetter),
    )


@pytest.fixture
def secret(world):
    _token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    return secret


def bearer(secret: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
