from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

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
