"""What every report reader shares: decoding, the table shape, and fast timestamp parsing."""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

import numpy as np
from django.utils.translation import gettext as _

UNREADABLE = np.iinfo(np.int64).min


class Row(NamedTuple):  # a tuple: a million of them are made per large import
    line: int
    name: str
    email: str
    joined: int
    left: int
    role: str = ""  # "" for an attendee; the platform's word for hosts, panelists, organisers, presenters


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    message: str


def no_times() -> np.ndarray:
    return np.empty(0, dtype=np.int64)


@dataclass
class ParsedReport:
    """What a platform's reader found in a webinar report file: its rows as columns (a million rows are
    parsed and matched column by column), and the lines it could not read."""

    lines: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    joined: np.ndarray = field(default_factory=no_times)
    left: np.ndarray = field(default_factory=no_times)
    problems: list[Problem] = field(default_factory=list)

    @property
    def rows(self) -> list[Row]:
        return list(map(Row, self.lines, self.names, self.emails, self.joined.tolist(), self.left.tolist(), self.roles))

    def add(
        self,
        parse: "Timestamps",
        lines: list[int],
        names,
        emails,
        joined: list[str],
        left: list[str],
        roles,
        grids=None,
    ):
        """These rows, their times parsed a column at a time; a row whose times cannot be read becomes a problem.
        `grids`: the join and leave columns' characters as arrays of bytes, when the caller has them."""
        grids = grids or (None, None)
        joined_at, left_at = parse.column(joined, grids[0]), parse.column(left, grids[1])
        wrong = (joined_at == UNREADABLE) | (left_at == UNREADABLE) | (left_at < joined_at)
        if wrong.any():
            for index in np.flatnonzero(wrong).tolist():
                self.problems.append(row_problem(lines[index], joined[index], left[index], parse))
            kept = np.flatnonzero(~wrong).tolist()
            lines, names, emails, roles = (
                [column[index] for index in kept] for column in (lines, names, emails, roles)
            )
            joined_at, left_at = joined_at[kept], left_at[kept]
        self.lines += lines
        self.names += names
        self.emails += emails
        self.roles += roles
        self.joined = np.concatenate((self.joined, joined_at))
        self.left = np.concatenate((self.left, left_at))

    def add_table(self, parse: "Timestamps", rows: list[tuple[int, list[str]]], columns: "Columns", roles: list[str]):
        """`add` for rows of cells (line number, cells), each field at its column (or blank where there is none)."""
        self.add(
            parse,
            [number for number, _cells in rows],
            [cell(cells, columns.name) for _number, cells in rows],
            [cell(cells, columns.email) for _number, cells in rows],
            [cell(cells, columns.join) for _number, cells in rows],
            [cell(cells, columns.leave) for _number, cells in rows],
            roles,
        )


class Columns(NamedTuple):
    """Where a table's fields are (None: it has no such column)."""

    name: int | None
    email: int | None
    join: int
    leave: int


class ReportRefused(Exception):
    """The file cannot be read as a report of this kind at all; ``date_order``, when set, is the order
    of the dates that would read it."""

    def __init__(self, message: str, *, date_order: str = ""):
        super().__init__(message)
        self.message = message
        self.date_order = date_order


def decode(data: bytes) -> str:
    """Text from the bytes, whichever Unicode encoding the platform or a spreadsheet saved it in.

    The byte-order mark decides when there is one (Teams writes UTF-16 with one, Excel UTF-8 with
    one); UTF-16 without a mark shows itself by its zero bytes; anything else must be UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif len(data) > 1 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        encoding = "utf-16-le"
    elif len(data) > 1 and data[0:1] == b"\x00":
        encoding = "utf-16-be"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ReportRefused(_("This file is not text in UTF-8 or UTF-16. Export the report again as CSV.")) from None
    if "\x00" in text:
        raise ReportRefused(_("This file is not text in UTF-8 or UTF-16. Export the report again as CSV."))
    return text


def table(text: str, delimiters: str = ",;\t") -> list[list[str]]:
    """The lines of a delimited file as lists of cells; the delimiter is the one the first line uses most."""
    first = next((line for line in text[:65_536].splitlines() if line.strip()), "")  # a header, not the whole file
    delimiter = max(delimiters, key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def header_key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().lower().split())


def column_index(headers: list[str], *names: str, prefix: bool = False) -> int | None:
    """Where the first header among the accepted names is; with prefix, headers may go on ("Name (Original Name)")."""
    keys = [header_key(header) for header in headers]
    for name in names:
        for index, key in enumerate(keys):
            if key == name or (prefix and key.startswith(name + " (")):
                return index
    return None


def cell(cells: list[str], index: int | None) -> str:
    """One cell's text, empty when the column is absent or the row is short."""
    return cells[index].strip() if index is not None and index < len(cells) else ""


def describe_headers(headers: list[str]) -> str:
    return ", ".join(header.strip() for header in headers if header.strip()) or _("none")


TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$")


@lru_cache(maxsize=200_000)  # a day has 86,400 seconds, written at most two ways
def seconds_of_day(value: str) -> int:
    """ "09:05:00 AM", "9:05 pm" or "21:05:00" as seconds since midnight; ValueError otherwise."""
    match = TIME.match(value)
    if not match:
        raise ValueError(value)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise ValueError(value)
        hour = hour % 12 + (12 if match[4] in "Pp" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(value)
    return hour * 3600 + minute * 60 + second


class Timestamps:
    """Local date-times as the platforms write them, to Unix seconds in the given zone.

    A million rows repeat a few dates and some thousands of times of day, so the date and the time
    are parsed apart and remembered; a day whose UTC offset does not change is then one addition.
    """

    def __init__(self, zone: ZoneInfo, *, order: str):
        self.zone = zone
        self.order = order  # "mdy" (Zoom), "dmy" (Teams) or "ymd" (ISO)
        self.days: dict[str, tuple[date, int | None]] = {}
        self.unreadable_days: dict[str, str] = {}  # a date that does not fit the order -> its whole text
        self.seen: dict[str, int] = {}

    def column(self, texts: list[str], grid: np.ndarray | None = None) -> np.ndarray:
        """Each text as Unix seconds, UNREADABLE where it cannot be read.

        The platforms' usual shapes ("06/14/2027 09:05:00 AM", "14/06/2027, 09:05:00") are read a column
        at a time with numpy, each distinct date once (`day`, as `parse` does); anything else, and the days
        whose UTC offset changes, text by text as `parse` reads it. The same results as `parse` either way.
        """
        seconds = np.full(len(texts), UNREADABLE, dtype=np.int64)
        if not len(texts):
            return seconds
        slow = np.ones(len(texts), dtype=bool)
        if self.order in SWAPPED:
            slow = self.fixed_shape(texts, seconds, grid)
        known = {}
        for index in np.flatnonzero(slow).tolist():
            text = texts[index]
            if text not in known:
                try:
                    known[text] = self(text)
                except ValueError:
                    known[text] = UNREADABLE
            seconds[index] = known[text]
        return seconds

    def fixed_shape(self, texts: list[str], seconds: np.ndarray, grid: np.ndarray | None = None) -> np.ndarray:
        """Fill `seconds` when every text has one of the platforms' shapes, "NN/NN/NNNN[,] HH:MM:SS[ AM]", the
        same for all (one width); True where a text is left to `parse` (all of them when the shapes differ).
        `grid`: the texts' bytes, one row each, when the caller has them (each text exactly its row)."""
        count = len(texts)
        width = len(texts[0]) if grid is None else grid.shape[1]
        everything = np.ones(count, dtype=bool)
        if width not in SHAPES:
            return everything
        if grid is None:
            joined = "\n".join(texts) + "\n"
            if len(joined) != (width + 1) * count or not joined.isascii():
                return everything
            raw = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
            if np.count_nonzero(raw == 10) != count:
                return everything  # some text is longer or shorter than the first
            grid = raw.reshape(count, width + 1)
        comma, meridiem = SHAPES[width]
        clock = 12 if comma else 11  # where the time of day starts

        def digits(*columns: int) -> np.ndarray:
            return grid[:, list(columns)] - np.uint8(48)  # a non-digit wraps around to 10 or more

        date_digits = digits(0, 1, 3, 4, 6, 7, 8, 9)
        time_digits = digits(*(clock + k for k in (0, 1, 3, 4, 6, 7)))
        shaped = (date_digits <= 9).all(axis=1) & (time_digits <= 9).all(axis=1)
        date_digits, time_digits = date_digits.astype(np.int64), time_digits.astype(np.int64)
        separators = [(2, "/"), (5, "/"), (clock - 1, " "), (clock + 2, ":"), (clock + 5, ":")]
        separators += [(10, ",")] if comma else []
        separators += [(clock + 8, " ")] if meridiem else []
        for column, character in separators:
            shaped &= grid[:, column] == ord(character)
        hour = time_digits[:, 0] * 10 + time_digits[:, 1]
        minute = time_digits[:, 2] * 10 + time_digits[:, 3]
        second = time_digits[:, 4] * 10 + time_digits[:, 5]
        if meridiem:
            letter = grid[:, clock + 9] | 0x20  # lower case
            shaped &= ((letter == ord("a")) | (letter == ord("p"))) & ((grid[:, clock + 10] | 0x20) == ord("m"))
            readable = (hour >= 1) & (hour <= 12)
            hour = hour % 12 + 12 * (letter == ord("p"))
        else:
            readable = hour <= 23
        readable &= shaped & (minute <= 59) & (second <= 59)
        day_key = date_digits @ np.array([10**7, 10**6, 10**5, 10**4, 1000, 100, 10, 1], dtype=np.int64)
        slow = ~shaped
        shaped_at = np.flatnonzero(shaped)
        if not len(shaped_at):
            return slow
        keys, first, inverse = np.unique(day_key[shaped_at], return_index=True, return_inverse=True)
        midnights = np.zeros(len(keys), dtype=np.int64)
        state = np.zeros(len(keys), dtype=np.int8)  # 0: steady, 1: its offset changes, 2: not a date
        for index in np.argsort(first).tolist():  # in the order of the file, as `parse` would meet them
            text = texts[int(shaped_at[first[index]])]
            value = text[:10]
            day = self.days.get(value)
            if day is None:
                try:
                    day = self.days[value] = self.day(value, text)
                except ValueError:
                    state[index] = 2
                    continue
            if day[1] is None:
                state[index] = 1
            else:
                midnights[index] = day[1]
        state, midnights = state[inverse], midnights[inverse]
        done = (state == 0) & readable[shaped_at]
        seconds[shaped_at[done]] = midnights[done] + (hour * 3600 + minute * 60 + second)[shaped_at[done]]
        slow[shaped_at[state == 1]] = True  # a day the clocks change: as `parse` reads it
        return slow

    def __call__(self, text: str) -> int:
        seconds = self.seen.get(text)
        if seconds is None:
            seconds = self.seen[text] = self.parse(text)
        return seconds

    def parse(self, text: str) -> int:
        text = text.strip()
        date_part, _separator, time_part = text.replace("T", " ", 1).partition(" ")
        date_part = date_part.rstrip(",")
        if "+" in time_part or time_part.endswith("Z") or time_part.count("-"):
            return self.with_offset(text)
        day = self.days.get(date_part)
        if day is None:
            day = self.days[date_part] = self.day(date_part, text)
        try:
            seconds = seconds_of_day(time_part.strip())
        except ValueError:
            raise ValueError(self.unreadable(text)) from None
        midnight, midnight_utc = day
        if midnight_utc is not None:
            return midnight_utc + seconds
        moment = datetime.combine(midnight, time()) + timedelta(seconds=seconds)
        return int(moment.replace(tzinfo=self.zone).timestamp())

    def day(self, value: str, text: str) -> tuple[date, int | None]:
        try:
            found = calendar_day(value, self.order)
        except ValueError:
            if value:
                self.unreadable_days.setdefault(value, text)
            raise ValueError(self.unreadable(text)) from None
        start = datetime.combine(found, time(), tzinfo=self.zone)
        end = datetime.combine(found, time(23, 59, 59), tzinfo=self.zone)
        steady = start.utcoffset() == end.utcoffset()
        return found, int(start.timestamp()) if steady else None

    def with_offset(self, text: str) -> int:
        try:
            return int(datetime.fromisoformat(text).timestamp())
        except ValueError:
            raise ValueError(self.unreadable(text)) from None

    def swapped_order(self) -> tuple[str, str] | None:
        """When some dates do not fit the expected order (day or month first) and every date of the file
        fits the other, that order and an example: a spreadsheet in another language saved the file again."""
        other = SWAPPED.get(self.order)
        if other is None or not self.unreadable_days:
            return None
        try:
            for value in [*self.days, *self.unreadable_days]:
                calendar_day(value, other)
        except ValueError:
            return None
        return other, next(iter(self.unreadable_days.values()))

    def unreadable(self, text: str) -> str:
        expected = {"mdy": "06/14/2027 09:05:00 AM", "dmy": "14/06/2027, 09:05:00", "ymd": "2027-06-14 09:05"}
        return _("“%(value)s” is not a date and time like %(example)s.") % {
            "value": text,
            "example": expected[self.order],
        }


SWAPPED = {"mdy": "dmy", "dmy": "mdy"}
# The widths of the shapes `Timestamps.fixed_shape` reads: (a comma after the date, AM/PM after the time).
SHAPES = {19: (False, False), 20: (True, False), 22: (False, True), 23: (True, True)}


def calendar_day(value: str, order: str) -> date:
    """ "06/14/2027" (mdy), "14.06.27" (dmy) or "2027-06-14" as a date; a four-digit year first wins."""
    parts = value.replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3:
        raise ValueError(value)
    numbers = [int(part) for part in parts]
    if order == "ymd" or len(parts[0]) == 4:
        year, month, day = numbers
    elif order == "dmy":
        day, month, year = numbers
    else:
        month, day, year = numbers
    return date(year + 2000 if year < 100 else year, month, day)


def refuse_swapped_dates(parse: Timestamps, report: ParsedReport) -> None:
    """One refusal instead of a problem on every line when the dates are in the other order."""
    swapped = parse.swapped_order() if report.problems else None
    if swapped is None:
        return
    order, example = swapped
    message = {
        "dmy": _(
            "The dates in this file look day first, like “%(example)s”: a spreadsheet in another language may "
            "have saved the report again. If they are, choose “day first” as the order of the dates and import again."
        ),
        "mdy": _(
            "The dates in this file look month first, like “%(example)s”. If they are, choose “month first” as "
            "the order of the dates and import again."
        ),
    }[order]
    raise ReportRefused(message % {"example": example}, date_order=order)


def row_problem(line: int, joined: str, left: str, parse: Timestamps) -> Problem:
    """What is wrong with the join and leave of a row ``ParsedReport.add`` could not take."""
    if not joined.strip():
        return Problem(line, _("The join time is missing."))
    if not left.strip():
        return Problem(line, _("The leave time is missing."))
    try:
        parse(joined), parse(left)
    except ValueError as error:
        return Problem(line, str(error))
    return Problem(line, _("The leave time is before the join time."))
