"""Moodle's files, written and read: the participants for "Upload users", and the course completion report.

Pure: plain data in, plain data out, no database. The formats are Moodle 4.x's:

- "Upload users" (Site administration > Users > Upload users, admin/tool/uploaduser) reads a CSV whose first
  row names the fields: `username`, `firstname`, `lastname`, `email` are required (the password is made and
  e-mailed by Moodle when the column is absent), `lang` is a language pack's code, `country` an ISO 3166 code,
  and `course1` with `role1` enrol the person in the course of that short name with that role.
- The course completion report (Reports > Course completion > "Download in spreadsheet format (UTF-8 .csv)" or
  "Download in Excel-compatible format (.csv)", report/completion/index.php) is one row of column names in the
  language of whoever downloaded it — ID, Name, the identity fields the site shows (Email address by default),
  two columns per activity criterion (its state, its completion date), one per other criterion (a date), and
  "Course complete" last — then one row per tracked user: their Moodle number, full name, identity fields,
  and the course's completion date (the language's `strftimedatetimeshort`, "14/03/25, 10:42" in English)
  or nothing. The Excel-compatible file starts with a UTF-8 byte-order mark. Since the words change with the
  language, the reader finds the columns by their shape, never by their names.
"""

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from academy.attendance.readers.common import ReportRefused, decode, table

# Moodle's language packs for the platform's languages ("pt" is Portugal's Portuguese, the ILO's choice; "pt_br"
# is Brazil's): a person's preferred language becomes their Moodle interface language.
MOODLE_LANGUAGES = {"en": "en", "fr": "fr", "es": "es", "pt": "pt"}
STUDENT = "student"  # the role's short name in every Moodle
UPLOAD_COLUMNS = ["username", "firstname", "lastname", "email", "lang", "country", "course1", "role1"]
# Usernames Moodle accepts when "extendedusernamechars" is off (its default): lower-case letters, digits, _ - . @
USERNAME_REFUSED = re.compile(r"[^a-z0-9_.@-]")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
INTEGER = re.compile(r"^\d+$")
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class Participant:
    name: str
    email: str
    language: str
    country: str = ""


def split_name(name: str) -> tuple[str, str]:
    """First and last name, both of which Moodle requires: the last word is the last name ("Maria da" "Silva");
    a single name goes whole into the first name and "-" into the last."""
    words = name.split()
    if len(words) < 2:
        return (name.strip() or "-", "-")
    return " ".join(words[:-1]), words[-1]


def username(email: str) -> str:
    """The e-mail address, lower-cased, as the Moodle username; characters Moodle refuses become "_"."""
    return USERNAME_REFUSED.sub("_", email.strip().lower())


def upload_users_csv(people: Iterable[Participant], *, course: str) -> str:
    """The CSV for Moodle's "Upload users": each person created (or updated) and enrolled as a student."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(UPLOAD_COLUMNS)
    for person in people:
        first, last = split_name(person.name)
        writer.writerow(
            [
                username(person.email),
                first,
                last,
                person.email.strip(),
                MOODLE_LANGUAGES.get(person.language, "en"),
                person.country.upper(),
                course,
                STUDENT,
            ]
        )
    return out.getvalue()


def file_name_part(shortname: str) -> str:
    """How Moodle writes a course's short name in the report's file name: lower case, [a-z0-9-] kept, else "_"."""
    return re.sub(r"[^a-z0-9-]", "_", shortname.lower())


def course_in_file_name(file_name: str) -> str | None:
    """The course part of "completion-<short name>.csv" (a browser may add " (1)"), or None for another name."""
    found = re.fullmatch(r"completion-([a-z0-9_-]+)(?: ?\(\d+\))?\.csv", file_name.rsplit("/", 1)[-1])
    return found[1] if found else None


# The completion report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompletionRow:
    line: int  # in the file, from 1
    moodle_id: int
    name: str
    email: str
    completed_on: date | None


@dataclass(frozen=True)
class CompletionReport:
    rows: list[CompletionRow]
    email_column: str  # the header of the column read as e-mail addresses ("" when the site shows none)
    completion_column: str  # the last column's header ("Course complete" in English)

    def content(self) -> list[list]:
        """What the report says, whatever file it came in (with or without a byte-order mark, re-saved)."""
        return [
            [row.moodle_id, row.name, row.email.lower(), row.completed_on.isoformat() if row.completed_on else ""]
            for row in sorted(self.rows, key=lambda row: row.moodle_id)
        ]


class NotACompletionReport(Exception):
    """Nothing can be imported from the file; ``messages`` says why, one per problem, with line numbers."""

    def __init__(self, messages: list[str]):
        super().__init__(messages)
        self.messages = messages


def read_completion_report(data: bytes) -> CompletionReport:
    try:
        lines = [
            (number, cells) for number, cells in enumerate(table(decode(data)), start=1) if any(map(str.strip, cells))
        ]
    except ReportRefused as refused:
        raise NotACompletionReport([refused.message]) from None
    except csv.Error:
        raise NotACompletionReport([_("This file is not a CSV file. Download the report again as CSV.")]) from None
    if not lines:
        raise NotACompletionReport([_("The file is empty.")])
    first = [cell.strip().lower() for cell in lines[0][1]]
    if {"username", "firstname", "lastname"} <= set(first):
        raise NotACompletionReport(
            [
                _(
                    "This is a list of users for Moodle's “Upload users”, not a completion report. In Moodle, open the "
                    "course, then Reports > Course completion, and download it as CSV."
                )
            ]
        )
    start = _header_at(lines)
    if start is None:
        raise NotACompletionReport(
            [
                _(
                    "This is not a Moodle course completion report: it must start with a row of column names (ID, "
                    "Name, … Course complete), then one row per person beginning with their Moodle number. In "
                    "Moodle, open the course, then Reports > Course completion, and download it as CSV."
                )
            ]
        )
    _header_line, header = lines[start]
    body = lines[start + 1 :]
    width = len(header)
    problems = []
    for number, cells in body:
        if len(cells) != width:
            problems.append(
                _("Line %(line)d has %(cells)d cells, but the column names are %(width)d.")
                % {"line": number, "cells": len(cells), "width": width}
            )
        elif not INTEGER.fullmatch(cells[0].strip()):
            problems.append(
                _("Line %(line)d does not start with a Moodle user number: “%(value)s”.")
                % {"line": number, "value": cells[0].strip()[:60]}
            )
    _refuse(problems)
    email_index = _email_column(header, [cells for _number, cells in body])
    completion = [(number, cells[-1].strip()) for number, cells in body]
    dates = _dates(completion, header[-1].strip())
    rows, seen = [], {}
    for number, cells in body:
        moodle_id = int(cells[0])
        if moodle_id in seen:
            problems.append(
                _("Lines %(first)d and %(line)d are the same Moodle user (%(id)d).")
                % {"first": seen[moodle_id], "line": number, "id": moodle_id}
            )
            continue
        seen[moodle_id] = number
        email = cells[email_index].strip() if email_index is not None else ""
        name = " ".join(cells[1].split())
        if not name and not email:
            problems.append(_("Line %(line)d has neither a name nor an e-mail address.") % {"line": number})
            continue
        rows.append(CompletionRow(number, moodle_id, name, email, dates.get(number)))
    _refuse(problems)
    if not rows:
        raise NotACompletionReport([_("The report names nobody: is completion tracked in this course?")])
    return CompletionReport(
        rows=rows,
        email_column=header[email_index].strip() if email_index is not None else "",
        completion_column=header[-1].strip(),
    )


def _refuse(problems: list[str]) -> None:
    if problems:
        more = len(problems) - MAX_PROBLEMS
        shown = problems[:MAX_PROBLEMS]
        if more > 0:
            shown.append(_("… and %(count)d more problems.") % {"count": more})
        raise NotACompletionReport(shown)


def _header_at(lines: list[tuple[int, list[str]]]) -> int | None:
    """Where the row of column names is: the first of the file's first rows that has at least three cells, none
    of them a number first, and is followed by a row as wide that starts with a user number (or, first in the
    file, by nothing: a report of nobody)."""
    for index, (_number, cells) in enumerate(lines[:10]):
        if len(cells) < 3 or INTEGER.fullmatch(cells[0].strip()) or not cells[0].strip():
            continue
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        if (following is None and index == 0) or (
            following is not None and len(following) == len(cells) and INTEGER.fullmatch(following[0].strip())
        ):
            return index
    return None


def _email_column(header: list[str], body: list[list[str]]) -> int | None:
    """The identity column holding e-mail addresses: every value in it one (blanks aside), and at least one."""
    for index in range(2, len(header) - 1):
        values = [cells[index].strip() for cells in body if cells[index].strip()]
        if values and all(EMAIL.fullmatch(value) for value in values):
            return index
    return None


ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b")


def _dates(values: list[tuple[int, str]], column: str) -> dict[int, date]:
    """The completion dates by line. Moodle writes them with the downloader's language's short format: day first
    in English (Moodle's "en"), French, Spanish and Portuguese, month first in US English. The file decides: a
    first number above 12 means day first, a second one month first; with neither, day first, Moodle's default."""
    parsed, problems = {}, []
    numeric = {}
    for number, value in values:
        if not value:
            continue
        if found := ISO.match(value):
            parsed[number] = tuple(int(part) for part in found.groups())
        elif found := NUMERIC.match(value):
            numeric[number] = tuple(int(part) for part in found.groups())
        else:
            problems.append(
                _("Line %(line)d: “%(value)s” in the column “%(column)s” is not a date.")
                % {"line": number, "value": value[:60], "column": column}
            )
    _refuse(problems)
    day_first = any(first > 12 for first, _second, _year in numeric.values())
    month_first = any(second > 12 for _first, second, _year in numeric.values())
    if day_first and month_first:
        raise NotACompletionReport(
            [_("The dates in the column “%(column)s” are written in two different orders.") % {"column": column}]
        )
    for number, (first, second, year) in numeric.items():
        day, month = (second, first) if month_first else (first, second)
        parsed[number] = (year + 2000 if year < 100 else year, month, day)
    dates = {}
    for number, (year, month, day) in parsed.items():
        try:
            dates[number] = date(year, month, day)
        except ValueError:
            problems.append(_("Line %(line)d: the completion date is not a day of the calendar.") % {"line": number})
    _refuse(problems)
    return dates
