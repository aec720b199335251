"""A small stand-in for a Moodle 4.x site, for the round trip: it reads an "Upload users" CSV as
admin/tool/uploaduser does (and refuses what it refuses), and writes the course completion report as
report/completion/index.php does (see moodle_files/README.md for the format and its source).

Only what the exchange touches: users, one course's enrolments, completion dates.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime

REQUIRED = ("username", "firstname", "lastname", "email")
LANGUAGE_PACKS = {"en", "fr", "es", "pt"}  # the packs the ILO's eCampus would have installed
USERNAME = re.compile(r"^[a-z0-9_.@-]+$")  # extendedusernamechars off, Moodle's default


class UploadRefused(Exception):
    pass


@dataclass
class MoodleUser:
    id: int
    username: str
    firstname: str
    lastname: str
    email: str
    lang: str
    country: str

    @property
    def fullname(self) -> str:  # fullname() with the default "fullnamedisplay" of "language" in English
        return f"{self.firstname} {self.lastname}"


@dataclass
class MoodleSite:
    courses: set[str]
    users: dict[str, MoodleUser] = field(default_factory=dict)
    enrolled: dict[str, list[str]] = field(default_factory=dict)  # course short name -> usernames (students)
    next_id: int = 400

    def upload_users(self, text: str) -> None:
        """Site administration > Users > Upload users, "Add new and update existing users"."""
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
        header = [name.strip().lower() for name in rows[0]]
        for name in REQUIRED:
            if name not in header:
                raise UploadRefused(f"missing column {name}")
        for number, cells in enumerate(rows[1:], start=2):
            row = dict(zip(header, cells, strict=True))
            if not USERNAME.fullmatch(row["username"]):
                raise UploadRefused(f"line {number}: invalid username {row['username']!r}")
            if not row["firstname"].strip() or not row["lastname"].strip():
                raise UploadRefused(f"line {number}: a first and a last name are required")
            if "@" not in row["email"]:
                raise UploadRefused(f"line {number}: invalid e-mail")
            if row.get("lang") and row["lang"] not in LANGUAGE_PACKS:
                raise UploadRefused(f"line {number}: no language pack {row['lang']!r}")
            user = self.users.get(row["username"])
            if user is None:
                self.next_id += 1 + len(self.users) % 3  # ids with gaps, as a site with other users has
                user = self.users[row["username"]] = MoodleUser(self.next_id, row["username"], "", "", "", "en", "")
            user.firstname, user.lastname, user.email = row["firstname"], row["lastname"], row["email"]
            user.lang, user.country = row.get("lang") or "en", row.get("country", "")
            course = row.get("course1")
            if course:
                if course not in self.courses:
                    raise UploadRefused(f"line {number}: unknown course {course!r}")
                if row.get("role1", "student") != "student":
                    raise UploadRefused(f"line {number}: unexpected role")
                self.enrolled.setdefault(course, [])
                if user.username not in self.enrolled[course]:
                    self.enrolled[course].append(user.username)

    def completion_report(self, course: str, completed: dict[str, datetime], *, excel: bool = False) -> bytes:
        """Reports > Course completion, downloaded as CSV (or Excel-compatible CSV), one activity criterion."""
        lines = [
            fputcsv(
                [
                    "ID",
                    "Name",
                    "Email address",
                    "Basics of the SSE",
                    "Basics of the SSE - Completion date",
                    "Course complete",
                ]
            )
        ]
        students = sorted((self.users[name] for name in self.enrolled[course]), key=lambda user: user.lastname)
        for user in students:
            when = completed.get(user.username)
            shown = when.strftime("%d/%m/%y, %H:%M") if when else ""
            state = "Completed" if when else "Not completed"
            lines.append(fputcsv([str(user.id), user.fullname, user.email, state, shown, shown]))
        content = "".join(lines).encode()
        return b"\xef\xbb\xbf" + content if excel else content


def fputcsv(cells: list[str]) -> str:
    """PHP's fputcsv with "," and '"': a cell with the delimiter, a quote, a backslash, a space, a tab or a line
    break is quoted, quotes doubled; lines end with "\\n"."""
    out = []
    for cell in cells:
        if any(character in cell for character in ',"\\ \t\r\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out) + "\n"
