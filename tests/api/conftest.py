"""The API tests' world: the certificates tests' edition 13 (two plenaries in Lisbon, three participants with their
attendance, Ana's certificate issued), an application with its scholarship, a placement, another edition organised by
someone else, and a draft."""

import pytest

from academy.api import services
from academy.applications.models import Application, FundingSource, Scholarship, Status
from academy.editions.models import Membership, Role
from academy.editions.models import Status as EditionStatus
from academy.programme.models import Placement
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
    return {"edition": edition, "other": other, "draft": draft, "organiser": organiser, "stranger": stranger}


@pytest.fixture
def secret(world):
    _token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    return secret


def bearer(secret: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
