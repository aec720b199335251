"""Participants' badges for the door: eight per A4 page, cut along the grid, each with its QR code."""

from io import BytesIO

from django.db import transaction
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from academy.attendance.services import badge_of
from academy.common import typesetting
from academy.common.codes import grouped
from academy.common.i18n import localize
from academy.editions.models import Edition
from academy.editions.services import participants

COLUMNS, ROWS = 2, 4
PADDING = 6 * mm
QR_SIDE = 30 * mm


@transaction.atomic
def badges_pdf(edition: Edition) -> bytes:
    people = list(participants(edition).order_by("certificate_name"))
    codes = {person.pk: badge_of(edition, person).code for person in people}
    title = localize(edition.title, edition.main_language, edition.main_language)[0]
    heading = f"{title} · {edition.start_date.year}"
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(_("Badges"))
    width, height = A4
    cell_w, cell_h = width / COLUMNS, height / ROWS
    per_page = COLUMNS * ROWS
    for index, person in enumerate(people):
        if index and index % per_page == 0:
            canvas.showPage()
        column, row = index % COLUMNS, (index % per_page) // COLUMNS
        left, top = column * cell_w, height - row * cell_h
        canvas.setDash(2, 3)
        canvas.setLineWidth(0.3)
        canvas.rect(left, top - cell_h, cell_w, cell_h)
        text_room = cell_w - QR_SIDE - 3 * PADDING
        typesetting.draw(canvas, left + PADDING, top - PADDING - 8, heading, 8)
        name_size = 18
        y = typesetting.draw_wrapped(
            canvas, left + PADDING, top - PADDING - 36, person.certificate_name, name_size, text_room, bold=True
        )
        if person.country:
            typesetting.draw(canvas, left + PADDING, y - 4, str(person.country.name), 11)
        if person.organisation:
            typesetting.draw_wrapped(canvas, left + PADDING, y - 20, person.organisation, 9, text_room)
        qr_left = left + cell_w - PADDING - QR_SIDE
        qr_bottom = top - cell_h + PADDING + 10
        typesetting.draw_qr(canvas, codes[person.pk], qr_left, qr_bottom, QR_SIDE)
        typesetting.draw(canvas, qr_left + QR_SIDE / 2, qr_bottom - 9, grouped(codes[person.pk]), 9, align="centre")
    if not people:
        typesetting.draw(canvas, 20 * mm, height - 30 * mm, _("This edition has no participants yet."), 12)
    canvas.save()
    return out.getvalue()
