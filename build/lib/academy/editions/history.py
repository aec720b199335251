"""The Academy's real history: the editions held so far and their partners, read from data files and loaded.

The data is in `history/` beside this module, one TOML file per edition (`edition-01.toml`...) and
`organisations.toml`, each naming its sources in comments. Conventions of those files:

- Every non-empty text has the four languages en, fr, es, pt; an unknown text is `{}` (the page hides it).
- They state only what the public sources say. Where the sources give no dates, the edition has a
  plausible five-day range (Monday to Friday) in the right year and `dates_approximate = true`.
- `daily_commitment_hours` and `attendance_threshold_percent` are the platform defaults (3 hours, 80%)
  unless a source gives them.
- TOML has no null: an absent `applications_open_at` / `applications_close_at` means none.

`load_history()` (the `academy load_history` command) writes them through the editions' services, in
one transaction, and is idempotent: loading twice leaves the database as loading once. It needs no
account: the audit log records the system (no actor) as the author of what it creates or changes.
The demo (`academy demo`) loads the same way, then adds its fictional edition.
"""

import tomllib
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from i18nfield.fields import I18nCharField, I18nTextField

from academy.editions import services as editions
from academy.editions.models import (
    DailySlot,
    Edition,
    EditionPartner,
    FaqEntry,
    KeyFeature,
    LearningOutcome,
    Organisation,
    SubTopic,
)

HISTORY_DIR = Path(__file__).resolve().parent / "history"
# The fields a data file gives an edition: its structure plus what only a real edition has, its history and status.
EDITION_FIELDS = (*editions.STRUCTURE_FIELDS, "dates_approximate", "status", "is_demo", "livestream_url")
TRANSLATED_FIELDS = {
    field.name for field in Edition._meta.get_fields() if isinstance(field, I18nCharField | I18nTextField)
}
# Fields that may be absent from a file, meaning none (TOML cannot say null).
OPTIONAL_DATETIMES = ("applications_open_at", "applications_close_at")


# Reading the files: plain data, no database.


def read_organisations(path: Path) -> list[dict]:
    """The organisations of a file: dicts with an acronym, a name in four languages and a website."""
    with path.open("rb") as file:
        return tomllib.load(file)["organisations"]


def read_edition(path: Path) -> dict:
    """One edition's data as `load_edition` takes it; partners are (acronym, role) pairs."""
    with path.open("rb") as file:
        spec = tomllib.load(file)
    for field in OPTIONAL_DATETIMES:
        spec.setdefault(field, None)
    spec["partners"] = [tuple(pair) for pair in spec.get("partners", [])]
    return spec


def read_editions(directory: Path) -> list[dict]:
    """Every `edition-*.toml` of a directory, by number."""
    return sorted((read_edition(path) for path in directory.glob("edition-*.toml")), key=lambda spec: spec["number"])


def read_history() -> tuple[list[dict], list[dict]]:
    """The real organisations and editions, as the files in `history/` give them."""
    return read_organisations(HISTORY_DIR / "organisations.toml"), read_editions(HISTORY_DIR)


# Loading them: through the services, touching only what differs.


def _given(spec: dict, field: str):
    """The spec's value, or the model's default for a field the sources say nothing about."""
    return (
        spec[field]
        if field in spec or not Edition._meta.get_field(field).has_default()
        else Edition._meta.get_field(field).get_default()
    )


def _edition_values(spec: dict) -> dict:
    edition = Edition(time_zone=spec["time_zone"])
    values = {
        field: spec.get(field) or {} if field in TRANSLATED_FIELDS else _given(spec, field) for field in EDITION_FIELDS
    }
    values["start_date"] = date.fromisoformat(spec["start_date"])
    values["end_date"] = date.fromisoformat(spec["end_date"])
    values["daily_commitment_hours"] = Decimal(spec["daily_commitment_hours"])
    for field in OPTIONAL_DATETIMES:
        local = spec.get(field)
        values[field] = datetime.fromisoformat(local).replace(tzinfo=edition.zone) if local else None
    return values


def _differs(current, wanted) -> bool:
    return getattr(current, "data", current) != wanted


def _sync_parts(edition: Edition, model, rows: list[dict]) -> None:
    """Make the edition's parts of one kind be exactly `rows`, in order, touching only what differs."""
    existing = {part.position: part for part in model.objects.filter(edition=edition)}
    for position, values in enumerate(rows):
        part = existing.pop(position, None)
        if part is None:
            model.objects.create(edition=edition, position=position, **values)
        elif any(_differs(getattr(part, field), value) for field, value in values.items()):
            for field, value in values.items():
                setattr(part, field, value)
            part.save()
    model.objects.filter(pk__in=[part.pk for part in existing.values()]).delete()


def _part_rows(spec: dict) -> dict:
    return {
        KeyFeature: [{"title": f["title"], "text": f.get("text") or {}} for f in spec.get("key_features", [])],
        SubTopic: [{"name": name} for name in spec.get("sub_topics", [])],
        LearningOutcome: [{"text": text} for text in spec.get("learning_outcomes", [])],
        DailySlot: [
            {
                "label": s["label"],
                "starts_at": time.fromisoformat(s["starts_at"]),
                "ends_at": time.fromisoformat(s["ends_at"]),
            }
            for s in spec.get("daily_slots", [])
        ],
        FaqEntry: [{"question": q["question"], "answer": q["answer"]} for q in spec.get("faq", [])],
    }


def load_organisations(specs: list[dict]) -> dict[str, Organisation]:
    """The organisations by acronym, created when missing (an existing one is left as staff keep it)."""
    organisations = {}
    for spec in specs:
        organisation, _created = Organisation.objects.get_or_create(
            acronym=spec["acronym"], defaults={"name": spec["name"], "website": spec.get("website", "")}
        )
        organisations[spec["acronym"]] = organisation
    return organisations


def load_edition(spec: dict, organisations: dict[str, Organisation], by) -> Edition:
    """Create the edition or bring it to what `spec` says; `by` is the audit log's actor (None: the system)."""
    values = _edition_values(spec)
    edition = Edition.objects.filter(number=spec["number"]).first() or Edition(number=spec["number"])
    if edition.pk is None or any(_differs(getattr(edition, field), value) for field, value in values.items()):
        for field, value in values.items():
            setattr(edition, field, value)
        editions.save_edition(edition=edition, by=by)
    for model, rows in _part_rows(spec).items():
        _sync_parts(edition, model, rows)
    for acronym, role in spec.get("partners", []):
        EditionPartner.objects.get_or_create(edition=edition, organisation=organisations[acronym], role=role)
    return edition


@transaction.atomic
def load_history(*, by=None) -> dict[int, Edition]:
    """Load the real organisations and editions; returns the editions by number. Idempotent."""
    organisation_specs, edition_specs = read_history()
    organisations = load_organisations(organisation_specs)
    return {spec["number"]: load_edition(spec, organisations, by) for spec in edition_specs}
