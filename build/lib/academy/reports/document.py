"""The edition report as a PDF for partners and funders: the headline figures, every chart with its
table, and the lists (ReportLab Platypus, text in any script through `common.typesetting`)."""

import io

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as Grid

from academy.common.i18n import localize, numbered_title
from academy.common.typesetting import fonts, markup
from academy.editions.models import Edition
from academy.reports import charts
from academy.reports.figures import Chart, Table
from academy.reports.services import EditionFigures

MOST_ROWS = 80  # a longer table is in the spreadsheet download, not on paper


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=9.5, leading=13)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=body, fontSize=22, leading=28, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, spaceAfter=14),
        "heading": ParagraphStyle("heading", parent=body, fontSize=13, leading=18, spaceBefore=14, spaceAfter=6),
    }


def _cell(value, style) -> Paragraph:
    text = number_format(value) if isinstance(value, int | float) or hasattr(value, "quantize") else str(value)
    return Paragraph(markup(text), style)


def _grid(table: Table, styles) -> Grid:
    rows = [[Paragraph(markup(str(name), bold=True), styles["cell"]) for name in table.header]]
    rows += [[_cell(value, styles["cell"]) for value in row] for row in table.rows[:MOST_ROWS]]
    grid = Grid(rows, repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#0b6e4f")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f4")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return grid


def report_pdf(edition: Edition, result: EditionFigures, language: str) -> bytes:
    fonts()
    styles = _styles()
    title = localize(edition.title, language, edition.main_language)[0]
    host = localize(edition.host_city, language, edition.main_language)[0]
    dates = f"{date_format(edition.start_date, 'DATE_FORMAT')} – {date_format(edition.end_date, 'DATE_FORMAT')}"
    place = ", ".join(part for part in (host, str(edition.host_country.name or "")) if part)
    story = [
        Paragraph(markup(_("Edition report"), bold=False), styles["subtitle"]),
        Paragraph(markup(numbered_title(edition.number, title), bold=True), styles["title"]),
        Paragraph(
            markup(" · ".join(part for part in (place, dates, edition.get_modality_display()) if part)),
            styles["subtitle"],
        ),
        Paragraph(
            markup(_("Figures as of %(date)s.") % {"date": date_format(timezone.localdate(), "DATE_FORMAT")}),
            styles["body"],
        ),
        Spacer(1, 0.4 * cm),
    ]
    for table in result.tables:
        block = [Paragraph(markup(table.title, bold=True), styles["heading"])]
        if table.is_empty:
            block.append(Paragraph(markup(_("Nothing to report yet.")), styles["body"]))
            story.append(KeepTogether(block))
            continue
        if table.chart != Chart.NONE:
            block.append(Image(io.BytesIO(charts.png(table)), width=16 * cm, height=8 * cm))
        story.append(KeepTogether(block))
        story.append(_grid(table, styles))
        if len(table.rows) > MOST_ROWS:
            story.append(Paragraph(markup(_("The first %(count)d rows; the dashboard's spreadsheet has them all.")
                                          % {"count": MOST_ROWS}), styles["body"]))  # fmt: skip
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
        title=numbered_title(edition.number, title), author=_("SSE Academy"), lang=language,
    )  # fmt: skip
    document.build(story)
    return out.getvalue()
