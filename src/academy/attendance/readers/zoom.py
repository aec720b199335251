"""Zoom's participants report (meetings) and attendee report (webinars), as CSV.

A meeting report may open with a block about the meeting (whose "User Email" is the host's), then
a blank line, then one row per join: ``Name (Original Name), User Email, Join Time, Leave Time,
Duration (Minutes), Guest, ...`` (newer exports add columns such as "In Waiting Room"). A webinar
report has sections ("Host Details", "Panelist Details", "Attendee Details"), each with its own
header. Dates are month first, with AM/PM or on a 24-hour clock, in the account's time zone.
"""

from operator import itemgetter
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from academy.attendance.readers.common import (
    ParsedReport,
    ReportRefused,
    Timestamps,
    column_index,
    decode,
    describe_headers,
    header_key,
    refuse_swapped_dates,
    table,
)

SECTION_ROLES = {"host details": "host", "panelist details": "panelist", "attendee details": ""}


def read(data: bytes, zone: ZoneInfo, date_order: str = "") -> ParsedReport:
    lines = table(decode(data))
    host_emails: set[str] = set()
    tables: list[Table] = []
    role = ""
    columns = None
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
            if columns is not None:
                tables.append(Table(role, columns))
            elif column_index(cells, "meeting id", "webinar id") is not None:
                host_emails |= meeting_host(cells, lines[number] if number < len(lines) else [])
            continue
        tables[-1].add(number, cells)
    if not tables:
        raise ReportRefused(
            _(
                "This is not a Zoom participants report: no line has the columns Join Time and Leave Time. "
                "The first line has: %(headers)s."
            )
            % {"headers": describe_headers(next((cells for cells in lines if any(cells)), []))}
        )
    parse = Timestamps(zone, order=date_order or "mdy")
    report = ParsedReport()
    for found in tables:
        found.read_into(report, parse, host_emails)
    refuse_swapped_dates(parse, report)
    return report


class Table:
    """The rows of one participants table (a meeting has one, a webinar one per section)."""

    def __init__(self, role: str, columns: tuple[int, int, int, int]):
        self.role = role
        self.pick = itemgetter(*columns)
        self.width = max(columns) + 1
        self.lines: list[int] = []
        self.rows: list[list[str]] = []

    def add(self, number: int, cells: list[str]) -> None:
        self.lines.append(number)
        self.rows.append(cells if len(cells) >= self.width else cells + [""] * (self.width - len(cells)))

    def read_into(self, report: ParsedReport, parse: Timestamps, host_emails: set[str]) -> None:
        if not self.rows:
            return
        names, emails, joined, left = zip(*map(self.pick, self.rows), strict=True)
        emails = [email.strip() for email in emails]
        roles = [self.role] * len(emails)
        if host_emails:  # the meeting block's e-mail is the host's, wherever they joined from
            roles = [
                "host" if email and email.lower() in host_emails else role
                for email, role in zip(emails, roles, strict=True)
            ]
        report.add(parse, self.lines, [name.strip() for name in names], emails, list(joined), list(left), roles)


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
