from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from academy.applications import services
from academy.applications.models import Application, Criterion, ReviewAssignment, TravelCost
from academy.applications.models import Status as ApplicationStatus
from academy.editions.models import Status
from tests.factories import EditionFactory, UserFactory

# A small but well-formed PDF, as a word processor's "export as PDF" ends: header, objects, trailer.
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)
OPENS, CLOSES = datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 2, 28, 22, 59, tzinfo=UTC)
DURING, AFTER = datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC)


def pdf(name="cv.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def words(count: int) -> str:
    return " ".join(["cooperativa"] * count)


@pytest.fixture
def edition(db):
    return EditionFactory(
        number=13,
        status=Status.APPLICATIONS_OPEN,
        applications_open_at=OPENS,
        applications_close_at=CLOSES,
        start_date="2027-06-14",
        end_date="2027-06-25",
        time_zone="Africa/Dakar",
        modality="in_person",  # scholarships pay travel only to come in person
    )


@pytest.fixture
def applicant(db):
    return UserFactory(
        email="amina@example.org", language="es", time_zone="America/Bogota", constituency="workers", organisation="CUT"
    )


@pytest.fixture
def complete():
    """Everything a submission needs."""
    return {
        "motivation": words(200),
        "commitment": True,
        "constituency": "workers",
        "organisation": "Central Unitaria de Trabajadores",
        "sse_role": "Coordinator of the cooperative education programme.",
        "language": "es",
        "multiplier": "Workshops with the union's regional branches.",
        "cv": pdf(),
    }


@pytest.fixture
def reviewed(edition):
    """Six reviewed applications: three from the Global South, three not; better scores in the North."""
    call = services.call_for(edition)
    call.accommodation_nights, call.nightly_rate, call.participation_fee = 5, Decimal(100), Decimal(500)
    call.save()
    criterion = Criterion.objects.create(call=call, name={"en": "Overall"}, scale_max=10)
    reviewer = UserFactory()
    applications = {}
    for name, country, score, scholarship in [
        ("pt1", "PT", 10, False),
        ("fr1", "FR", 9, False),
        ("de1", "DE", 8, False),
        ("sn1", "SN", 7, True),
        ("br1", "BR", 6, True),
        ("vn1", "VN", 5, False),
    ]:
        application = Application.objects.create(
            edition=edition,
            applicant=UserFactory(country=country, certificate_name=name),
            status=ApplicationStatus.SUBMITTED,
            constituency="workers",
            scholarship_requested=scholarship,
            scholarship_travel=scholarship,
            scholarship_accommodation=scholarship,
            scholarship_fee=scholarship,
        )
        services.save_review(
            review=ReviewAssignment.objects.create(application=application, reviewer=reviewer),
            scores={criterion.pk: score},
            comment="",
        )
        applications[name] = application
    TravelCost.objects.create(edition=edition, region="Africa", amount=Decimal(1200))
    TravelCost.objects.create(edition=edition, region="Americas", amount=Decimal(1500))
    return applications
