"""Programme import from a spreadsheet (CSV or XLSX): every row checked, then all written or nothing.

One row per session, keyed by its code, so importing the same file again changes nothing and a
corrected file updates the sessions it names. Elective parts name their elective's code; the first
row of an elective also gives its round, minimum and maximum.
"""

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _
from i18nfield.strings import LazyI18nString
from openpyxl import load_workbook

from academy.common import freshness
from academy.editions.models import Edition
from academy.programme.models import (
    PROGRAMME_LANGUAGES,
    AllocationRound,
    Audience,
    Elective,
    Kind,
    Session,
    SessionSpeaker,
    Speaker,
)
from academy.programme.topics import SESSION_PAGES

COLUMNS = (
    "code", "kind", "title", "title_fr", "title_es", "title_pt", "description", "sub_topic", "start", "end",
    "place", "online_url", "livestream_url", "languages", "interpretation", "capacity", "audience", "speakers",
    "elective", "round", "minimum", "maximum", "published",
)  # fmt: skip
ELECTIVE_COLUMNS = {"minimum_seats": "minimum", "maximum_seats": "maximum", "round": "round"}
REQUIRED = ("code", "kind", "title", "start", "end", "languages")
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S")
TRUE = {"1", "yes", "true", "y", "x", "oui", "sí", "si", "sim"}


@dataclass(frozen=True)
class Problem:
    line: int  # as the spreadsheet numbers it (the header is line 1)
    column: str
    message: str

    def __str__(self) -> str:
        return _("Line %(line)d, column %(column)s: %(message)s") % {
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


class ImportRefused(ValidationError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__([str(p) for p in problems])


def read_rows(name: str, content: bytes) -> list[dict[str, str]]:
    """The rows of a CSV (UTF-8, comma or semicolon) or XLSX file as dicts of text by lower-case header."""
    if name.lower().endswith(".xlsx"):
        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ValidationError(_("This is not a readable XLSX file.")) from error
        rows = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(_("Save the CSV file as UTF-8.")) from error
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
        rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise ValidationError(_("The file is empty."))
    header = [str(h).strip().lower() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    return [
        {key: _text(value) for key, value in zip(header, row, strict=False)}
        for row in rows[1:]
        if any(_text(v) for v in row)
    ]


def _text(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _codes(value: str) -> list[str]:
    return [part.lower() for part in re.split(r"[\s,;/]+", value) if part]


class _RowReader:
    def __init__(self, edition: Edition):
        self.edition = edition
        self.speakers = {s.name.casefold(): s for s in Speaker.objects.all()}
        self.topics = {}
        for topic in edition.sub_topics.all():
            data = topic.name.data if isinstance(topic.name, LazyI18nString) else topic.name
            for label in data.values() if isinstance(data, dict) else [data]:
                if label:
                    self.topics[str(label).casefold()] = topic
        self.rounds = {str(r.position): r for r in AllocationRound.objects.filter(edition=edition)}
        self.problems: list[Problem] = []

    def problem(self, line: int, column: str, message: str) -> None:
        self.problems.append(Problem(line, column, message))

    def when(self, line: int, column: str, value: str):
        for pattern in TIME_FORMATS:
            try:
                return datetime.strptime(value, pattern).replace(tzinfo=self.edition.zone)
            except ValueError:
                continue
        self.problem(line, column, _("Not a date and time like 2021-11-15 13:00: %(value)s") % {"value": value})
        return None

    def languages(self, line: int, column: str, value: str) -> list[str]:
        codes = _codes(value)
        unknown = [c for c in codes if c not in PROGRAMME_LANGUAGES]
        if unknown:
            self.problem(line, column, _("Unknown language: %(codes)s.") % {"codes": ", ".join(unknown)})
        return [c for c in codes if c in PROGRAMME_LANGUAGES]

    def number(self, line: int, column: str, value: str) -> int | None:
        if not value:
            return None
        if not value.isdigit():
            self.problem(line, column, _("Not a whole number: %(value)s") % {"value": value})
            return None
        return int(value)

    def session(self, line: int, row: dict) -> tuple[dict, list, dict | None]:
        """The session's fields, its speakers and, for an elective part, its elective's fields."""
        for column in REQUIRED:
            if not row.get(column):
                self.problem(line, column, _("This column is required."))
        kind = row.get("kind", "").lower()
        if kind and kind not in Kind.values:
            self.problem(line, "kind", _("Unknown kind: %(value)s") % {"value": row["kind"]})
        audience = row.get("audience", "").lower() or Audience.EVERYONE
        if audience not in Audience.values:
            self.problem(line, "audience", _("Unknown audience: %(value)s") % {"value": row["audience"]})
        for column in ("online_url", "livestream_url"):
            if row.get(column):
                try:
                    URLValidator()(row[column])
                except ValidationError:
                    self.problem(line, column, _("Not a web address: %(value)s") % {"value": row[column]})
        topic = None
        if row.get("sub_topic"):
            topic = self.topics.get(row["sub_topic"].casefold())
            if topic is None:
                self.problem(line, "sub_topic", _("Unknown sub-topic: %(value)s") % {"value": row["sub_topic"]})
        speakers = []
        for name in filter(None, (n.strip() for n in row.get("speakers", "").split(";"))):
            speaker = self.speakers.get(name.casefold())
            if speaker is None:
                self.problem(line, "speakers", _("Unknown speaker: %(value)s") % {"value": name})
            speakers.append(speaker)
        title = {"en": row.get("title", "")}
        title.update({lang: row[f"title_{lang}"] for lang in ("fr", "es", "pt") if row.get(f"title_{lang}")})
        fields = {
            "kind": kind,
            "title": LazyI18nString(title),
            "description": LazyI18nString({"en": row["description"]} if row.get("description") else {}),
            "sub_topic": topic,
            "starts_at": self.when(line, "start", row["start"]) if row.get("start") else None,
            "ends_at": self.when(line, "end", row["end"]) if row.get("end") else None,
            "place": row.get("place", ""),
            "online_url": row.get("online_url", ""),
            "livestream_url": row.get("livestream_url", ""),
            "floor_languages": self.languages(line, "languages", row.get("languages", "")),
            "interpretation": self.languages(line, "interpretation", row.get("interpretation", "")),
            "capacity": self.number(line, "capacity", row.get("capacity", "")),
            "audience": audience,
            "published": row.get("published", "").lower() in TRUE,
        }
        elective = None
        if kind == Kind.ELECTIVE:
            if not row.get("elective"):
                self.problem(line, "elective", _("An elective session names its elective's code."))
            else:
                elective = {
                    "code": row["elective"],
                    "round": self.rounds.get(row.get("round", "")),
                    "minimum": self.number(line, "minimum", row.get("minimum", "")),
                    "maximum": self.number(line, "maximum", row.get("maximum", "")),
                    "title": title,
                }
        return fields, speakers, elective


def import_programme(*, edition: Edition, name: str, content: bytes) -> dict[str, int]:
    """Create or update the sessions of the file; any bad row refuses the whole file (ImportRefused)."""
    rows = read_rows(name, content)
    reader = _RowReader(edition)
    parsed = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        code = row.get("code", "")
        if code in seen:
            reader.problem(
                line, "code", _("Code %(code)s is also on line %(line)d.") % {"code": code, "line": seen[code]}
            )
        seen[code] = line
        parsed.append((line, code, *reader.session(line, row)))
    electives = _electives(edition, reader, [(line, e) for line, _c, _f, _s, e in parsed if e])
    for line, code, fields, _speakers, elective in parsed:
        draft = Session(edition=edition, code=code, **fields)
        draft.elective = electives.get(elective["code"]) if elective else None
        if draft.starts_at and draft.ends_at:
            for column, messages in draft.problems().items():
                if column in ("elective", "floor_languages"):
                    continue  # reported by the row reader in the spreadsheet's own terms
                for message in messages:
                    reader.problem(line, "end" if column == "ends_at" else "start", message)
    if reader.problems:
        raise ImportRefused(
            sorted(reader.problems, key=lambda p: (p.line, COLUMNS.index(p.column) if p.column in COLUMNS else 99))
        )
    return _write(edition, parsed, electives)


def _electives(edition: Edition, reader: _RowReader, rows: list[tuple[int, dict]]) -> dict[str, Elective]:
    """Unsaved or existing electives by code, with the round and seats their first row gives."""
    existing = {e.code: e for e in Elective.objects.filter(edition=edition)}
    electives: dict[str, Elective] = {}
    for line, spec in rows:
        code = spec["code"]
        if code in electives:
            continue
        elective = existing.get(code) or Elective(edition=edition, code=code, title=LazyI18nString(spec["title"]))
        if spec["round"] is not None:
            elective.round = spec["round"]
        elif elective.round_id is None:
            reader.problem(line, "round", _("Give the number of an allocation round of this edition."))
        if spec["maximum"] is not None:
            elective.maximum_seats = spec["maximum"]
        elif elective.maximum_seats is None:
            reader.problem(line, "maximum", _("Give the elective's maximum number of participants."))
        if spec["minimum"] is not None:
            elective.minimum_seats = spec["minimum"]
        if elective.maximum_seats is not None and elective.round_id is not None:
            try:
                elective.clean()  # the model's own rules: minimum <= maximum, never below those placed
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    for message in messages:
                        reader.problem(line, ELECTIVE_COLUMNS.get(field, "elective"), message)
        electives[code] = elective
    return electives


def _write(edition: Edition, parsed, electives: dict[str, Elective]) -> dict[str, int]:
    created = updated = 0
    with transaction.atomic():
        for elective in electives.values():
            elective.save()
        for _line, code, fields, speakers, spec in parsed:
            fields["elective"] = electives[spec["code"]] if spec else None
            session, was_created = Session.objects.get_or_create(edition=edition, code=code, defaults=fields)
            if was_created:
                created += 1
            else:
                changed = [f for f, v in fields.items() if getattr(session, f) != v]
                if changed:
                    for f in changed:
                        setattr(session, f, fields[f])
                    session.save()
                    updated += 1
            wanted = {s.pk for s in speakers}
            if set(session.appearances.values_list("speaker_id", flat=True)) != wanted:
                session.appearances.all().delete()
                SessionSpeaker.objects.bulk_create([SessionSpeaker(session=session, speaker_id=pk) for pk in wanted])
                freshness.changed(SESSION_PAGES, session.edition_id)  # bulk_create sends no signal
    return {"created": created, "updated": updated}
