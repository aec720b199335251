"""What the platform's signed documents share (certificates of participation, visa invitation letters): a
verification code that is unused and well formed, a QR code with the code printed under it, and signature blocks.

Each document draws its own page; these helpers draw the parts that must look and read the same on all of them,
so an embassy or an employer checks any of them the same way."""

import re
from collections.abc import Callable
from io import BytesIO

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.pdfgen.canvas import Canvas

from academy.common import typesetting
from academy.common.codes import CODE_ALPHABET, grouped, new_code

CODE_LENGTH = 12
WELL_FORMED_CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")


def unused_code(model, field: str = "code") -> str:
    """A new verification code that no row of the model holds yet."""
    while True:
        code = new_code(CODE_LENGTH)
        if not model._default_manager.filter(**{field: code}).exists():
            return code


def is_well_formed(code: str) -> bool:
    """Whether a normalised code could be one of ours (a malformed one is answered as unknown, without a query)."""
    return bool(WELL_FORMED_CODE.fullmatch(code))


def draw_verification(canvas: Canvas, *, url: str, code: str, note: str, left: float, bottom: float, side: float):
    """The QR code (holding the document's public address) with its lower-left corner at (left, bottom), and
    under it the code, grouped as people read it out, then a note (when issued, where to check it)."""
    typesetting.draw_qr(canvas, url, left, bottom, side)
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    typesetting.draw(canvas, left, bottom - side * 0.19, _("Verification code: %(code)s") % {"code": grouped(code)}, 8)
    typesetting.draw(canvas, left, bottom - side * 0.35, note, 7)
    canvas.setFillColorRGB(0, 0, 0)


def draw_signature(canvas: Canvas, *, middle: float, baseline: float, room: float, signatory: dict) -> None:
    """One signatory (name, position, organisation as printed) centred under a line to sign on."""
    canvas.setLineWidth(0.5)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.line(middle - room * 0.45, baseline + 12, middle + room * 0.45, baseline + 12)
    typesetting.draw(
        canvas,
        middle,
        baseline,
        signatory["name"],
        typesetting.fitting_size(signatory["name"], 11, room, bold=True),
        align="centre",
        bold=True,
    )
    for offset, text in ((12, signatory.get("position", "")), (23, signatory.get("organisation", ""))):
        if text:
            typesetting.draw(
                canvas, middle, baseline - offset, text, typesetting.fitting_size(text, 9, room), align="centre"
            )


def signed_pdf(*, size: tuple[float, float], language: str, title: Callable[[], str], author: str, draw) -> bytes:
    """One signed document as PDF bytes, drawn by ``draw(canvas)`` in ``language`` (its title translated in it too)."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=size, pageCompression=1)
    with translation.override(language):
        canvas.setTitle(title())
        canvas.setAuthor(author)
        draw(canvas)
    canvas.save()
    return out.getvalue()
