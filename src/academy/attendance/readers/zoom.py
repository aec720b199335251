"""Zoom's participants report (meetings) and attendee report (webinars), as CSV.

A meeting report may open with a block about the meeting (whose "User Email" is the host's), then
a blank line, then one row per join: ``Name (Original Name), User Email, Join Time, Leave Time,
Duration (Minutes), Guest, ...`` (newer exports add columns such as "In Waiting Room"). A webinar
report has sections ("Host Details", "Panelist Details", "Attendee Details"), each with its own
header. Dates are month first, with AM/PM or on a 24-hour clock, in the account's time zone.
"""

from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from academy.attendance.readers.common import (
    ParsedReport,
    ReportRefused,
    Row,
    Timestamps,
    column_index,
    decode,
    describe_headers,
    header_key,
    interval_problems,
    refuse_swapped_dates,
    table,
)

SECTION_ROLES = {"host details": "host", "panelist details": "panelist", "attendee details": ""}


def read(data: bytes, zone: ZoneInfo, date_order: str = "") -> ParsedReport:
    lines = table(decode(data))
    parse = Timestamps(zone, order=date_order or "mdy")
    report = ParsedReport()
    host_emails: set[str] = set()
    role = ""
    columns = None
    name_at = email_at = join_at = leave_at = widest = 0
    found_table = False
    for number, cells in enumerate(lines, start=1):
        if len(cells) < 3 or not cells[1]:  # a blank line, a section title, or a header with an empty first cells
            if not "".join(cells).strip():
                columns = None
                continue
            first = header_key(cells[0])
            if first in SECTION_ROLES:
                role, columns = SECTION_ROLES[first], None
                continue
        if columns is None:
            columns = participant_columns(cells)
            found_table = found_table or columns is not None
            if columns is not None:
                name_at, email_at, join_at, leave_at = columns
                widest = max(columns)
            if columns is None and column_index(cells, "meeting id", "webinar id") is not None:
                host_emails |= meeting_host(cells, lines[number] if number < len(lines) else [])
            continue
        if len(cells) > widest:
            name, email, joined, left = cells[name_at], cells[email_at], cells[join_at], cells[leave_at]
        else:
            name, email, joined, left = (cells[index] if index < len(cells) else "" for index in columns)
        times = interval_problems(number, joined, left, parse)
        if times.__class__ is not tuple:
            report.problems.append(times)
            continue
        email = email.strip()
        row_role = "host" if email and email.lower() in host_emails else role
        report.rows.append(Row(number, name.strip(), email, times[0], times[1], row_role))
    if not found_table:
        raise ReportRefused(
            _(
                "This is not a Zoom participants report: no line has the columns Join Time and Leave Time. "
                "The first line has: %(headers)s."
            )
            % {"headers": describe_headers(next((cells for cells in lines if any(cells)), []))}
        )
    refuse_swapped_dates(parse, report)
    return report


def participant_columns(cells: list[str]) -> tuple[int, int, int, int] | None:
    """Where name, e-mail, join and leave are, if this line is a participants table's header."""
    join_at = column_index(cells, "join time")
    leave_at = column_index(cells, "leave time")
    if join_at is None or leave_at is None:
        return None
    name_at = column_index(cells, "name", "user name", "participant", prefix=True)
    email_at = column_index(cells, "user email", "email", "e-mail")
    missing = len(cells) + 1  # an index past every row: reads as an empty cell
    return (
        missing if name_at is None else name_at,
        missing if email_at is None else email_at,
        join_at,
        leave_at,
    )


def meeting_host(headers: list[str], values: list[str]) -> set[str]:
    """The meeting block's "User Email" is the host's."""
    at = column_index(headers, "user email", "email")
    if at is None or at >= len(values) or not values[at].strip():
        return set()
    return {values[at].strip().lower()}
