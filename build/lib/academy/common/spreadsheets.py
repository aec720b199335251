"""Tables handed to spreadsheets: CSV and Excel, with text that must stay text."""

import csv
from io import BytesIO, StringIO

from openpyxl import Workbook

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


def download(rows: list[list], *, export: str, filename: str, title: str):
    """The table as an attachment: ``export`` is "csv" or "xlsx"; ``filename`` has no extension."""
    from academy.common.downloads import attachment

    if export == "csv":
        return attachment(as_csv(rows), content_type="text/csv; charset=utf-8", filename=f"{filename}.csv")
    return attachment(
        as_xlsx(rows, title),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=f"{filename}.xlsx",
    )
