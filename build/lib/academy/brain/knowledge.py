"""The knowledge hub: resources (uploaded or linked) and good practices, each kept in the search index."""

import io

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from academy.brain.models import DocumentKind, GoodPractice, Resource
from academy.brain.search import index
from academy.brain.search.documents import practice_document, resource_document
from academy.common import uploads

ALLOWED_TYPES_TEXT = "PDF, PowerPoint, Word, Excel, OpenDocument"
# Enough for a reader of a few hundred pages; beyond it the index would hold a book, not a summary.
MOST_EXTRACTED_CHARACTERS = 500_000


def check_upload(upload) -> str:
    """The kind of an uploaded file by its content ("pdf" or "office"), or a clear refusal."""
    return uploads.check_upload(upload, accepted=frozenset({"pdf", "office"}), types_text=ALLOWED_TYPES_TEXT)


def pdf_text(upload) -> str:
    upload.seek(0)
    try:
        reader = PdfReader(io.BytesIO(upload.read()))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        raise ValidationError(_("The PDF could not be read; is it damaged?"), code="unreadable") from error
    finally:
        upload.seek(0)
    return text[:MOST_EXTRACTED_CHARACTERS]


def read_upload(upload) -> str:
    """Check an uploaded resource and return the text search should find in it (none for office files)."""
    return pdf_text(upload) if check_upload(upload) == "pdf" else ""


def refresh_resource(*, resource: Resource) -> None:
    index.store([resource_document(resource)])


def refresh_practice(*, practice: GoodPractice) -> None:
    index.store([practice_document(practice)])


def forget(*, kind: DocumentKind, object_id: int) -> None:
    index.remove(kind, [object_id])
