"""The certificate of participation as a PDF: one A4 landscape page in the participant's language."""

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from academy.certificates.credentials import verification_url
from academy.certificates.models import Certificate
from academy.common import documents, typesetting
from academy.common.i18n import localize
from academy.editions.models import Modality

WIDTH, HEIGHT = landscape(A4)
MARGIN = 14 * mm
QR_SIDE = 26 * mm
ACCENT = Color(0.6, 0.1, 0.15)


def hours_text(certificate: Certificate) -> str:
    """12, or 12.5 written the language's way (12,5)."""
    whole = certificate.hours == certificate.hours.to_integral_value()
    return number_format(certificate.hours, decimal_pos=0 if whole else 1)


def where_and_when(certificate: Certificate) -> str:
    edition = certificate.edition
    city = localize(edition.host_city, certificate.language, edition.main_language)[0]
    place = ", ".join(part for part in (city, str(edition.host_country.name or "")) if part)
    dates = {"start": date_format(edition.start_date), "end": date_format(edition.end_date)}
    if edition.modality == Modality.ONLINE or not place:
        return _("held online from %(start)s to %(end)s") % dates
    if edition.modality == Modality.HYBRID:
        return _("held in %(place)s and online from %(start)s to %(end)s") % {"place": place, **dates}
    return _("held in %(place)s from %(start)s to %(end)s") % {"place": place, **dates}


def draw_certificate(canvas: Canvas, certificate: Certificate) -> None:
    edition = certificate.edition
    centre, room = WIDTH / 2, WIDTH - 2 * MARGIN - 30 * mm
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN)
    canvas.setLineWidth(0.5)
    canvas.rect(MARGIN + 3 * mm, MARGIN + 3 * mm, WIDTH - 2 * MARGIN - 6 * mm, HEIGHT - 2 * MARGIN - 6 * mm)
    canvas.setFillColor(ACCENT)
    typesetting.draw(canvas, centre, HEIGHT - 42 * mm, _("Certificate of Participation"), 30, align="centre", bold=True)
    canvas.setFillColorRGB(0, 0, 0)
    typesetting.draw(canvas, centre, HEIGHT - 58 * mm, _("This is to certify that"), 13, align="centre")
    name_size = typesetting.fitting_size(certificate.name, 30, room, bold=True)
    typesetting.draw(canvas, centre, HEIGHT - 76 * mm, certificate.name, name_size, align="centre", bold=True)
    title = localize(edition.title, certificate.language, edition.main_language)[0]
    theme = localize(edition.theme, certificate.language, edition.main_language)[0]
    lines = [
        _("took part in the %(edition)s,") % {"edition": title},
        f"“{theme}”," if theme else "",
        where_and_when(certificate) + ",",
        _("with %(hours)s hours of learning.") % {"hours": hours_text(certificate)},
    ]
    y = HEIGHT - 92 * mm
    for line in filter(None, lines):
        y = typesetting.draw_wrapped(canvas, centre, y, line, 13, room, align="centre")
    draw_signatories(canvas, certificate.signatories)
    draw_verification(canvas, certificate)


def draw_signatories(canvas: Canvas, signatories: list[dict]) -> None:
    """Evenly spaced above the foot, each with a line to sign on."""
    if not signatories:
        return
    column = (WIDTH - 2 * MARGIN - QR_SIDE - 20 * mm) / len(signatories)
    left = MARGIN + QR_SIDE + 14 * mm
    baseline = MARGIN + 26 * mm
    for index, signatory in enumerate(signatories):
        documents.draw_signature(
            canvas, middle=left + column * (index + 0.5), baseline=baseline, room=column * 0.9, signatory=signatory
        )


def draw_verification(canvas: Canvas, certificate: Certificate) -> None:
    """The QR code in the lower-left corner, and how to check the certificate without it."""
    left, bottom = MARGIN + 7 * mm, MARGIN + 12 * mm
    url = verification_url(certificate)
    issued = _("Issued on %(date)s. Check it at %(url)s") % {"date": date_format(certificate.issued_on), "url": url}
    documents.draw_verification(
        canvas, url=url, code=certificate.code, note=issued, left=left, bottom=bottom, side=QR_SIDE
    )


def certificate_pdf(certificate: Certificate) -> bytes:
    """The PDF of one certificate, drawn from what it stores (name, language, hours, signatories)."""
    return documents.signed_pdf(
        size=(WIDTH, HEIGHT),
        language=certificate.language,
        title=lambda: _("Certificate of Participation"),
        author=certificate.name,
        draw=lambda canvas: draw_certificate(canvas, certificate),
    )
