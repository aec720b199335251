"""A plain CSV for any other platform: an e-mail or a name (or both), a join and a leave time.

Dates are ISO (2027-06-14 09:05, with or without seconds, "T", an offset or AM/PM); times without an
offset are in the zone chosen at import. Comma, semicolon (Excel in many languages) or tab.
"""

from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from academy.attendance.readers.common import (
    Columns,
    ParsedReport,
    ReportRefused,
    Timestamps,
    cell,
    column_index,
    decode,
    describe_headers,
    table,
)


def read(data: bytes, zone: ZoneInfo, date_order: str = "") -> ParsedReport:
    lines = table(decode(data))
    if not lines:
        raise ReportRefused(_("The file is empty."))
    headers, *rows = lines
    email_at = column_index(headers, "email", "e-mail", "user email", "mail")
    name_at = column_index(headers, "name", "full name", "participant")
    join_at = column_index(headers, "join", "joined", "join time", "start", "from")
    leave_at = column_index(headers, "leave", "left", "leave time", "end", "to")
    role_at = column_index(headers, "role")
    if join_at is None or leave_at is None or (email_at is None and name_at is None):
        raise ReportRefused(
            _("The first line must name the columns: email or name (or both), join and leave. It has: %(headers)s.")
            % {"headers": describe_headers(headers)}
        )
    parse = Timestamps(zone, order=date_order or "ymd")
    rows = [(number, cells) for number, cells in enumerate(rows, start=2) if any(cell.strip() for cell in cells)]
    report = ParsedReport()
    report.add_table(
        parse, rows, Columns(name_at, email_at, join_at, leave_at), [cell(cells, role_at).lower() for _n, cells in rows]
    )
    return report
