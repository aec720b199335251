"""Scholarships for finance: the same table as CSV and as an Excel workbook."""

import csv
from io import BytesIO, StringIO

from django.utils.translation import gettext as _
from openpyxl import Workbook

from academy.applications.models import Scholarship


def scholarship_rows(scholarships, currency: str) -> list[list]:
    header = [
        _("Name"),
        _("Country"),
        _("Funding source"),
        _("Travel"),
        _("Accommodation"),
        _("Participation fee"),
        _("Total"),
        _("Spent"),
        _("Status"),
        _("Currency"),
    ]
    rows = [header]
    for scholarship in scholarships:
        person = scholarship.application.applicant
        rows.append(
            [
                person.certificate_name,
                person.country.code,
                scholarship.source.name,
                scholarship.travel,
                scholarship.accommodation,
                scholarship.fee,
                scholarship.amount,
                scholarship.spent,
                scholarship.get_status_display(),
                currency,
            ]
        )
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text a spreadsheet would run as a formula (a name like "=HYPERLINK(...)") is quoted to stay text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_csv(rows: list[list]) -> str:
    out = StringIO()
    csv.writer(out).writerows([[safe_cell(v) for v in row] for row in rows])
    return out.getvalue()


def as_xlsx(rows: list[list], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    for row in rows:
        sheet.append([float(value) if hasattr(value, "quantize") else safe_cell(value) for value in row])
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def scholarships_of(edition):
    return (
        Scholarship.objects.filter(application__edition=edition)
        .select_related("application__applicant", "source")
        .order_by("source__name", "application__applicant__certificate_name")
    )
