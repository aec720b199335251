"""What an uploaded file is, by its content, never by its name, whether it is accepted where it is sent, and how
a file that cannot be stored (a full disk, an unwritable media directory) is refused without a trace."""

import contextlib
import logging
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Readers accept a PDF header within the first kilobyte and look for the end-of-file marker near the end.
PDF_HEADER_WITHIN = 1024
PDF_END_WITHIN = 2048
# Office documents are ZIP files; what is inside tells which (Office Open XML or OpenDocument).
ZIP_SIGNATURE = b"PK\x03\x04"
OFFICE_MARKERS = ("[Content_Types].xml", "mimetype")
# The first bytes of the formats browsers show without running anything: no SVG, no HTML.
SIGNATURES = {
    "image": (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a"),
    "audio": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"OggS", b"fLaC"),
    "video": (b"\x1a\x45\xdf\xa3",),  # WebM and Matroska
}
RIFF_KINDS = {b"WEBP": "image", b"WAVE": "audio", b"AVI ": "video"}
ISO_MEDIA_AUDIO = (b"M4A ", b"M4B ")  # other ISO media brands (mp4, mov, 3gp) are video
TEXT_SAMPLE = 64 * 1024


def is_pdf(upload) -> bool:
    """A PDF: its header near the start and its end-of-file marker near the end (a cut-off upload is not one)."""
    upload.seek(0)
    head = upload.read(PDF_HEADER_WITHIN)
    upload.seek(max(upload.size - PDF_END_WITHIN, 0))
    tail = upload.read()
    upload.seek(0)
    return b"%PDF-" in head and b"%%EOF" in tail


def _is_office_document(upload) -> bool:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)
    return any(marker in names for marker in OFFICE_MARKERS)


def _is_plain_text(sample: bytes) -> bool:
    """UTF-8 text that no browser would take for markup (HTML, SVG and XML start with "<")."""
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # The sample may cut a character in two at its end.
        if error.start < len(sample) - 3:
            return False
        text = sample[: error.start].decode("utf-8")
    return "\x00" not in text and not text.lstrip("\ufeff \t\r\n").startswith("<")


def kind_of(upload) -> str | None:
    """What the file is, by its content: "pdf", "office", "image", "audio", "video", "text", or None."""
    if is_pdf(upload):
        return "pdf"
    upload.seek(0)
    head = upload.read(TEXT_SAMPLE)
    upload.seek(0)
    if head.startswith(ZIP_SIGNATURE):
        return "office" if _is_office_document(upload) else None
    for kind, signatures in SIGNATURES.items():
        if head.startswith(signatures):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in RIFF_KINDS:
        return RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        return "audio" if head[8:12] in ISO_MEDIA_AUDIO else "video"
    if head and _is_plain_text(head):
        return "text"
    return None


def check_upload(upload, *, accepted: frozenset[str], types_text: str) -> str:
    """The kind of an upload if it is one of `accepted` and not too large, else a clear refusal."""
    limit = settings.ACADEMY_UPLOAD_MAX_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            _("The file is %(size)s MB; files can be at most %(limit)s MB."),
            code="too_large",
            params={"size": round(upload.size / 1024 / 1024, 1), "limit": settings.ACADEMY_UPLOAD_MAX_MB},
        )
    kind = kind_of(upload)
    if kind not in accepted:
        raise ValidationError(
            _("This type of file is not accepted. Accepted types: %(types)s."),
            code="not_allowed",
            params={"types": types_text},
        )
    return kind


class MediaStorage(FileSystemStorage):
    """Django's file storage, which leaves the part it wrote when the disk fills up mid-file: this one removes it."""

    def _save(self, name, content):
        path = Path(self.path(name))
        existed = path.is_symlink() or path.exists()
        try:
            return super()._save(name, content)
        except OSError:
            if not existed:
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
            raise


@contextlib.contextmanager
def storing_files():
    """Around the save that writes uploads (inside its transaction): a file the storage could not write becomes a
    refusal the form shows, and the transaction, left by that refusal, records nothing.

    The storage raises OSError (ENOSPC, EACCES, a file where a folder should be); the administrators find it in
    the log with its cause.
    """
    try:
        yield
    except OSError as error:
        logger.error("An upload could not be stored: %s", error, exc_info=True)
        raise ValidationError(
            _("The file could not be stored; nothing was saved. Try again later."), code="not_stored"
        ) from error
