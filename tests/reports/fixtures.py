"""A small fixed cohort of edition 13 whose every figure is counted by hand in the docstrings below.

Applicants (country, gender, constituency):
- Ana (BR, woman, workers): reviewed, selected, confirmed, at both plenaries, certified; scholarship 1,800 (1,500 spent)
- Kofi (GH, man, government): reviewed, selected, confirmed, at the first plenary only
- Lan (VN, woman, SSE practitioner): reviewed, selected, declined (her scholarship of 900 with it)
- Marie (FR, woman, academia): reviewed, not selected
- João (PT, man, not stated): submitted, not reviewed, waitlisted
- Sami (SN): a draft, never submitted
And Inés (ES, gender not stated), a participant added by hand without applying, at the second plenary.

So: applied 5, reviewed 4, selected 3, confirmed 3, attended 3, certified 1.
"""

from datetime import datetime
from decimal import Decimal

import pytest

from academy.applications.models import (
    Application,
    FundingSource,
    ReviewAssignment,
    Scholarship,
    ScholarshipStatus,
    Status,
)
from academy.brain.models import Article, ArticleStatus
from academy.certificates import services as certificates
from academy.programme.models import Placement
from tests.certificates.fixtures import attend
from tests.factories import UserFactory
from tests.programme.conftest import at, elective, participant, plenary

SUBMITTED = datetime(2027, 2, 1, 12, 0, tzinfo=at(14, 0).tzinfo)
AFTER = datetime(2027, 7, 1, 12, 0, tzinfo=at(14, 0).tzinfo)


def apply(edition, person, status, *, reviewed=False, reviewer=None):
    application = Application.objects.create(
        edition=edition, applicant=person, status=status, motivation="Cooperatives.", commitment=True,
        submitted_at=None if status == Status.DRAFT else SUBMITTED,
    )  # fmt: skip
    if reviewer is not None:
        ReviewAssignment.objects.create(
            application=application, reviewer=reviewer, scores={"1": 4}, reviewed_at=SUBMITTED if reviewed else None
        )
    return application


@pytest.fixture
def cohort(edition, organiser, round_one):
    reviewer = UserFactory(email="committee@example.org")
    ana = participant(edition, email="ana@example.org", certificate_name="Ana Lima", country="BR", gender="woman",
                      constituency="workers", language="pt")  # fmt: skip
    kofi = participant(edition, email="kofi@example.org", certificate_name="Kofi Mensah", country="GH", gender="man",
                       constituency="government")  # fmt: skip
    ines = participant(edition, email="ines@example.org", certificate_name="Inés Ruiz", country="ES", gender="")
    lan = UserFactory(certificate_name="Nguyễn Thị Lan", country="VN", gender="woman", constituency="sse_practitioner")
    marie = UserFactory(certificate_name="Marie Dubois", country="FR", gender="woman", constituency="academia")
    joao = UserFactory(certificate_name="João Silva", country="PT", gender="man", constituency="")
    sami = UserFactory(certificate_name="Sami Diop", country="SN", gender="man")
    ana_application = apply(edition, ana, Status.CONFIRMED, reviewed=True, reviewer=reviewer)
    apply(edition, kofi, Status.CONFIRMED, reviewed=True, reviewer=reviewer)
    lan_application = apply(edition, lan, Status.DECLINED, reviewed=True, reviewer=reviewer)
    apply(edition, marie, Status.NOT_SELECTED, reviewed=True, reviewer=reviewer)
    apply(edition, joao, Status.WAITLISTED, reviewer=reviewer)
    apply(edition, sami, Status.DRAFT)

    source = FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(5000))
    Scholarship.objects.create(application=ana_application, source=source, travel=Decimal(1200),
                               accommodation=Decimal(600), status=ScholarshipStatus.ACCEPTED, spent=Decimal(1500))  # fmt: skip
    Scholarship.objects.create(application=lan_application, source=source, travel=Decimal(900),
                               status=ScholarshipStatus.DECLINED)  # fmt: skip

    first, second = plenary(edition, "P1", day=14), plenary(edition, "P2", day=15)
    attend(first, ana, None, organiser)
    attend(second, ana, None, organiser)
    attend(first, kofi, None, organiser)
    attend(second, ines, 30, organiser)
    certificates.issue(edition=edition, person=ana, by=organiser, now=AFTER, notify=False)

    # Electives: E1 (20 seats) holds Ana and Kofi, E2 (10 seats) nobody; placements not yet published.
    e1, _e2 = elective(edition, round_one, "E1", seats=20), elective(edition, round_one, "E2", seats=10, day=19)
    for person in (ana, kofi):
        Placement.objects.create(round=round_one, user=person, elective=e1)

    Article.objects.create(edition=edition, author=ana, title="Cooperativas", body="Texto.", language="pt",
                           status=ArticleStatus.ACCEPTED, submitted_at=SUBMITTED)  # fmt: skip
    Article.objects.create(edition=edition, author=kofi, title="Co-ops", body="Text.", language="en",
                           status=ArticleStatus.SUBMITTED, submitted_at=SUBMITTED)  # fmt: skip
    Article.objects.create(edition=edition, author=ines, title="Borrador", body="Texto.", language="es")
    return {"ana": ana, "kofi": kofi, "ines": ines, "lan": lan, "marie": marie, "joao": joao}
