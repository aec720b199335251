"""Microsoft Teams' attendance report: UTF-16, tab-separated, in numbered sections.

"1. Summary" (title, start, end), "2. Participants" (first join and last leave per person) and
"3. In-Meeting Activities" (one row per join). The per-join section is used when present, since
first join to last leave would count the gaps in between. Dates are day first
("14/06/2027, 09:05:00"); durations ("1h 2m 3s") are ignored in favour of the timestamps.
"""

import re
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
    refuse_swapped_dates,
    table,
)

SECTION = re.compile(r"^\s*(\d)\.\s*(.+?)\s*$")
PER_JOIN, PER_PERSON = "3", "2"
ATTENDEE_ROLES = {"attendee", ""}


def read(data: bytes, zone: ZoneInfo, date_order: str = "") -> ParsedReport:
    sections: dict[str, list[tuple[int, list[str]]]] = {}
    current = None
    for number, cells in enumerate(table(decode(data), delimiters="\t,"), start=1):
        marker = SECTION.match(cells[0]) if len(cells) == 1 else None
        if marker:
            current = sections.setdefault(marker[1], [])
        elif current is not None and any(cell.strip() for cell in cells):
            current.append((number, cells))
    chosen = sections.get(PER_JOIN) or sections.get(PER_PERSON)
    if not chosen:
        raise ReportRefused(
            _(
                "This is not a Microsoft Teams attendance report: it has neither the section "
                "“2. Participants” nor “3. In-Meeting Activities”."
            )
        )
    (_line, headers), *rows = chosen
    join_at = column_index(headers, "join time", "first join")
    leave_at = column_index(headers, "leave time", "last leave")
    if join_at is None or leave_at is None:
        raise ReportRefused(
            _("The Teams report's participant table has no join and leave times. Its columns are: %(headers)s.")
            % {"headers": describe_headers(headers)}
        )
    name_at = column_index(headers, "name", "full name")
    email_at = column_index(headers, "email", "participant id (upn)")
    role_at = column_index(headers, "role")
    parse = Timestamps(zone, order=date_order or "dmy")
    report = ParsedReport()
    roles = [cell(cells, role_at).lower() for _number, cells in rows]
    report.add_table(
        parse,
        rows,
        Columns(name_at, email_at, join_at, leave_at),
        ["" if role in ATTENDEE_ROLES else role for role in roles],
    )
    refuse_swapped_dates(parse, report)
    return report
