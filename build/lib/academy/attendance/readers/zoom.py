"""Zoom's participants report (meetings) and attendee report (webinars), as CSV.

A meeting report may open with a block about the meeting (whose "User Email" is the host's), then
a blank line, then one row per join: ``Name (Original Name), User Email, Join Time, Leave Time,
Duration (Minutes), Guest, ...`` (newer exports add columns such as "In Waiting Room"). A webinar
report has sections ("Host Details", "Panelist Details", "Attendee Details"), each with its own
header. Dates are month first, with AM/PM or on a 24-hour clock, in the account's time zone.
"""

import csv
from operator import itemgetter
from zoneinfo import ZoneInfo

import numpy as np
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
    text = decode(data)
    report = read_plain(text, zone, date_order)
    return read_table(text, zone, date_order) if report is None else report


def read_table(text: str, zone: ZoneInfo, date_order: str = "") -> ParsedReport:
    """Any Zoom report, line by line with the csv module."""
    lines = table(text)
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


HEAD_LINES = 12  # a meeting report's block, a blank line and the header come first


def read_plain(text: str, zone: ZoneInfo, date_order: str = "") -> ParsedReport | None:
    """The usual meeting report read a column at a time, or None when it is not one (then `read_table` reads it).

    Usual: an optional meeting block, one participants table whose every line has the same number of
    cells, no quotes, no blank line among the rows, every time readable. Then splitting the text at the
    delimiters gives the cells in order, and the results are those of `read_table`, faster.
    """
    delimiter = max(",;\t", key=next((line for line in text[:65_536].splitlines() if line.strip()), "").count)
    lines_of_head = []
    start = 0
    for _count in range(HEAD_LINES):
        end = text.find("\n", start)
        if end < 0:
            return None
        lines_of_head.append(text[start : end + 1])
        start = end + 1
        if participant_columns(next(csv.reader([lines_of_head[-1]], delimiter=delimiter), [])) is not None:
            break
    else:
        return None
    if any(line.count('"') % 2 for line in lines_of_head):
        return None  # a quoted cell running over lines: the csv module knows what to do
    cells_of_head = list(csv.reader(lines_of_head, delimiter=delimiter))
    header = cells_of_head[-1]
    columns = participant_columns(header)
    if columns is None or any(header_key(cells[0]) in SECTION_ROLES for cells in cells_of_head if cells):
        return None
    host_emails: set[str] = set()
    for number, cells in enumerate(cells_of_head[:-1]):
        if column_index(cells, "meeting id", "webinar id") is not None and participant_columns(cells) is None:
            host_emails |= meeting_host(cells, cells_of_head[number + 1] if number + 1 < len(cells_of_head) else [])
    body = text[start:].rstrip("\r\n")
    if not body:
        return None
    raw = np.frombuffer(body.encode("utf-8"), dtype=np.uint8)
    ends = np.flatnonzero(raw == 10)
    returns = np.count_nonzero(raw == 13)
    if returns and (returns != len(ends) or (raw[ends - 1] != 13).any()):
        return None  # a line ends otherwise than the others, or a return inside a cell
    blank = (np.diff(ends) <= 1 + (returns > 0)).any() or (len(ends) and ends[0] <= (returns > 0))
    if blank or np.count_nonzero(raw == ord('"')):
        return None  # quoted cells, or a blank line among the rows
    at_delimiters = np.flatnonzero(raw == ord(delimiter))
    per_line = np.diff(np.searchsorted(at_delimiters, np.concatenate(([-1], ends, [len(raw)]))))
    width = int(per_line[0]) + 1
    if (per_line != width - 1).any() or max(columns[2:]) >= width:
        return None
    count = len(per_line)
    if returns:  # "\r\n" as two delimiters: one empty cell more on each line (two one-character replaces are fast)
        cells = body.replace("\n", delimiter).replace("\r", delimiter).split(delimiter)
        stride = width + 1
    else:
        cells = body.replace("\n", delimiter).split(delimiter)
        stride = width
    if needs_strip(raw, [at_delimiters, ends, ends - 1] if returns else [at_delimiters, ends], delimiter):
        cells = [cell.strip() for cell in cells]
    missing = [""] * count
    name_at, email_at, join_at, leave_at = columns
    names = cells[name_at::stride] if name_at < width else missing
    emails = cells[email_at::stride] if email_at < width else missing
    lowered = body.lower()
    if "details" in lowered and any(header_key(name) in SECTION_ROLES for name in set(names)):
        return None  # a webinar's section title
    roles = missing
    if body.isascii():  # the host's rows found where their address is in the text (offsets are those of `body`)
        roles = list(missing)
        for host in host_emails:
            found = lowered.find(host)
            while found >= 0:
                line = int(np.searchsorted(ends, found))
                if emails[line].lower() == host:
                    roles[line] = "host"
                found = lowered.find(host, found + 1)
    elif any(host in lowered for host in host_emails):
        hosts = {email for email in dict.fromkeys(emails) if email.lower() in host_emails}
        roles = ["host" if email in hosts else "" for email in emails]
    parse = Timestamps(zone, order=date_order or "mdy")
    report = ParsedReport()
    first_line = len(lines_of_head) + 1
    starts = np.concatenate(([0], ends + 1))  # where each line starts and where its cells end, in bytes
    stops = np.concatenate((ends - (returns > 0), [len(raw)]))
    grids = tuple(cell_grid(raw, starts, stops, at_delimiters, width, column) for column in (join_at, leave_at))
    report.add(parse, list(range(first_line, first_line + count)), names, emails, cells[join_at::stride],
               cells[leave_at::stride], roles, grids)  # fmt: skip
    if report.problems:
        return None  # `read_table` says what is wrong, in its words
    return report


def cell_grid(
    raw: np.ndarray, starts: np.ndarray, stops: np.ndarray, at_delimiters: np.ndarray, width: int, column: int
) -> np.ndarray | None:
    """One column's cells as the rows of an array of bytes when they all have the same length (else None): the
    timestamps, read without making a string of each (`Timestamps.fixed_shape`)."""
    between = width - 1  # delimiters per line: the k-th of line i is at_delimiters[i * between + k]
    first = starts if column == 0 else at_delimiters[column - 1 :: between] + 1
    last = stops if column == width - 1 else at_delimiters[column::between]
    lengths = last - first
    if not len(lengths) or (lengths != lengths[0]).any():
        return None
    return raw[first[:, None] + np.arange(int(lengths[0]))]


SPACES = np.zeros(256, dtype=bool)  # a byte that may start or end a cell that strip() would change
SPACES[[ord(space) for space in " \t\x0b\x0c\x1c\x1d\x1e\x1f"]] = True
SPACES[0x80:] = True  # any non-ASCII character: Unicode has spaces of its own


def needs_strip(raw: np.ndarray, boundaries: list[np.ndarray], delimiter: str) -> bool:
    """Whether a cell may start or end with white space (then every cell is stripped, as `read_table` strips
    names and addresses): a space next to a delimiter, a line's end or the text's ends."""
    spaces = SPACES.copy()
    spaces[ord(delimiter)] = False
    if spaces[raw[0]] or spaces[raw[-1]]:
        return True
    return any(spaces[raw[at[at > 0] - 1]].any() or spaces[raw[at[at < len(raw) - 1] + 1]].any() for at in boundaries)
