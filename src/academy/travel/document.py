"""The visa invitation letter as a PDF: one A4 page on the edition's letterhead, in the letter's language.

The letterhead (the Academy, the edition's title, its host), the signature block and the verification code with
its QR code are drawn by the helpers certificates use too (`common.documents`)."""

from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from academy.common import documents, typesetting
from academy.common.i18n import localize
from academy.travel.models import VisaLetter

WIDTH, HEIGHT = A4
MARGIN = 22 * mm
QR_SIDE = 24 * mm
ACCENT = Color(0.6, 0.1, 0.15)


def verification_url(letter: VisaLetter) -> str:
    """The letter's public address, as the QR code holds it: short, without a language."""
    return settings.SITE_URL + reverse("visa_letter_link", kwargs={"code": letter.code})


def place_of(letter: VisaLetter) -> str:
    edition = letter.edition
    city = localize(edition.host_city, letter.language, edition.main_language)[0]
    return ", ".join(part for part in (city, str(edition.host_country.name or "")) if part)


def money(amount: str, currency: str) -> str:
    value = Decimal(amount or "0")
    whole = value == value.to_integral_value()
    return f"{number_format(value, decimal_pos=0 if whole else 2, use_l10n=True, force_grouping=True)} {currency}"


def cost_lines(letter: VisaLetter) -> list[str]:
    """Who pays which cost: the scholarship's parts, and the rest to the participant."""
    costs, name = letter.costs or {}, letter.full_name
    currency, source = costs.get("currency", ""), costs.get("source", "")
    parts = [
        (_("return travel"), costs.get("travel", "0")),
        (_("accommodation"), costs.get("accommodation", "0")),
        (_("participation fee"), costs.get("fee", "0")),
    ]
    lines = []
    for label, amount in parts:
        if Decimal(amount or "0") > 0:
            lines.append(
                _("%(cost)s: covered by the Academy's scholarship (%(source)s), up to %(amount)s.")
                % {"cost": label, "source": source, "amount": money(amount, currency)}
            )
        else:
            lines.append(_("%(cost)s: covered by %(name)s or their organisation.") % {"cost": label, "name": name})
    return lines


def draw_letterhead(canvas: Canvas, letter: VisaLetter) -> float:
    """The Academy and the edition at the top of the page, with a rule under them; returns the y below."""
    edition = letter.edition
    title = localize(edition.title, letter.language, edition.main_language)[0]
    canvas.setFillColor(ACCENT)
    typesetting.draw(canvas, MARGIN, HEIGHT - 24 * mm, settings.ACADEMY_ISSUER_NAME, 15, bold=True)
    canvas.setFillColorRGB(0, 0, 0)
    typesetting.draw(canvas, MARGIN, HEIGHT - 31 * mm, title, 11)
    typesetting.draw(canvas, MARGIN, HEIGHT - 37 * mm, place_of(letter), 10)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.5)
    canvas.line(MARGIN, HEIGHT - 41 * mm, WIDTH - MARGIN, HEIGHT - 41 * mm)
    return HEIGHT - 52 * mm


def draw_letter(canvas: Canvas, letter: VisaLetter) -> None:
    edition = letter.edition
    room = WIDTH - 2 * MARGIN
    y = draw_letterhead(canvas, letter)
    issued = letter.decided_at.astimezone(edition.zone).date()
    typesetting.draw(canvas, WIDTH - MARGIN, y, date_format(issued), 10, align="right")
    y -= 10 * mm
    typesetting.draw(canvas, MARGIN, y, _("To: %(consulate)s") % {"consulate": letter.consulate}, 10)
    y -= 10 * mm
    typesetting.draw(canvas, MARGIN, y, _("Letter of invitation"), 14, bold=True)
    y -= 9 * mm
    title = localize(edition.title, letter.language, edition.main_language)[0]
    body = [
        _(
            "We are pleased to invite %(name)s, born on %(birth)s, a national of %(country)s, holder of passport "
            "%(passport)s valid until %(expiry)s, to take part in person in the %(edition)s."
        )
        % {
            "name": letter.full_name,
            "birth": date_format(letter.date_of_birth),
            "country": str(letter.nationality.name),
            "passport": letter.passport_number,
            "expiry": date_format(letter.passport_expiry),
            "edition": title,
        },
        _("The Academy takes place in %(place)s from %(start)s to %(end)s.")
        % {"place": place_of(letter), "start": date_format(edition.start_date), "end": date_format(edition.end_date)},
        _(
            "Purpose of the visit: a training course on the social and solidarity economy, organised by the "
            "International Labour Organization's Academy on Social and Solidarity Economy and its partners. "
            "The participant was selected through the Academy's call for applications."
        ),
        _("Costs of the stay:"),
    ]
    for paragraph in body:
        y = typesetting.draw_wrapped(canvas, MARGIN, y, paragraph, 10.5, room) - 3 * mm
    for line in cost_lines(letter):
        y = typesetting.draw_wrapped(canvas, MARGIN + 5 * mm, y, "• " + line, 10.5, room - 5 * mm)
    y -= 4 * mm
    closing = _("We kindly ask you to grant %(name)s the visa needed to attend. Do not hesitate to contact us.") % {
        "name": letter.full_name
    }
    typesetting.draw_wrapped(canvas, MARGIN, y, closing, 10.5, room)
    documents.draw_signature(
        canvas, middle=WIDTH - MARGIN - 40 * mm, baseline=MARGIN + 42 * mm, room=75 * mm, signatory=letter.signatory
    )
    url = verification_url(letter)
    note = _("Check this letter at %(url)s") % {"url": url}
    documents.draw_verification(
        canvas, url=url, code=letter.code, note=note, left=MARGIN, bottom=MARGIN + 14 * mm, side=QR_SIDE
    )


def letter_pdf(letter: VisaLetter) -> bytes:
    """The PDF of one approved letter, drawn from what it stores."""
    return documents.signed_pdf(
        size=(WIDTH, HEIGHT),
        language=letter.language,
        title=lambda: _("Letter of invitation"),
        author=settings.ACADEMY_ISSUER_NAME,
        draw=lambda canvas: draw_letter(canvas, letter),
    )
