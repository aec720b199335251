import re
import zoneinfo
from datetime import date, time
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from academy.audit.models import ActionLog
from academy.editions.history import (
    EDITION_FIELDS,
    HISTORY_DIR,
    OPTIONAL_DATETIMES,
    TRANSLATED_FIELDS,
    load_history,
    read_history,
)
from academy.editions.models import Edition, EditionPartner, Modality, PartnerRole, Status
from academy.people.models import User

LANGUAGES = {"en", "fr", "es", "pt"}
PARTS = ("key_features", "sub_topics", "learning_outcomes", "daily_slots", "faq")
REAL_EDITIONS = [
    (1, 2010, "IT"),
    (2, 2011, "CA"),
    (3, 2013, "MA"),
    (4, 2014, "BR"),
    (5, 2015, "ZA"),
    (6, 2015, "MX"),
    (7, 2016, "CR"),
    (8, 2017, "KR"),
    (9, 2017, "LU"),
    (10, 2018, "ES"),
    (11, 2019, "IT"),
    (12, 2021, "PT"),
]


def is_text(value) -> bool:
    """An edition text: unknown ({}) or in the four languages, each a non-empty string."""
    return value == {} or (set(value) == LANGUAGES and all(isinstance(v, str) and v for v in value.values()))


def snapshot() -> str:
    out = StringIO()
    call_command("dumpdata", "editions", "audit", "people", stdout=out)
    return out.getvalue()


def test_history_files_have_the_shape_the_loader_needs():
    organisations, editions = read_history()
    acronyms = {organisation["acronym"] for organisation in organisations}
    assert len(acronyms) == len(organisations)
    assert all(is_text(organisation["name"]) and organisation["name"] for organisation in organisations)
    assert [spec["number"] for spec in editions] == list(range(1, 13))
    for spec in editions:
        number = spec["number"]
        # Every field the loader sets, but those the sources never give (the model's defaults apply).
        given = {"number", *EDITION_FIELDS, "start_date", "end_date", *OPTIONAL_DATETIMES, "partners", *PARTS}
        assert set(spec) == given - {
            "attendance_rule",
            "session_counts_at_percent",
            "electives_to_rank",
            "evaluation_before_certificate",
        }, number
        assert all(is_text(spec[field]) for field in TRANSLATED_FIELDS & set(spec)), number
        assert spec["title"], number
        assert (spec["is_demo"], spec["status"]) == (False, Status.FINISHED), number
        assert date.fromisoformat(spec["start_date"]) <= date.fromisoformat(spec["end_date"]), number
        assert spec["modality"] in Modality.values, number
        assert zoneinfo.ZoneInfo(spec["time_zone"]), number
        assert Decimal(spec["daily_commitment_hours"]) == 3, number
        assert (spec["applications_open_at"], spec["applications_close_at"]) == (None, None), number
        assert spec["partners"], number
        for acronym, role in spec["partners"]:
            assert acronym in acronyms, (number, acronym)
            assert role in PartnerRole.values, (number, role)
        assert all(is_text(f["title"]) and is_text(f.get("text") or {}) for f in spec["key_features"]), number
        assert all(is_text(name) for name in spec["sub_topics"] + spec["learning_outcomes"]), number
        assert all(is_text(q["question"]) and is_text(q["answer"]) for q in spec["faq"]), number
        for slot in spec["daily_slots"]:
            assert is_text(slot["label"]), number
            assert time.fromisoformat(slot["starts_at"]) < time.fromisoformat(slot["ends_at"]), number


def test_history_files_name_their_sources():
    for path in [HISTORY_DIR / "organisations.toml", *sorted(HISTORY_DIR.glob("edition-*.toml"))]:
        assert re.search(r"^#.*\b(seeds?|mission\.md)\b", path.read_text(), re.MULTILINE | re.IGNORECASE), path.name


@pytest.mark.django_db
def test_load_history_on_an_empty_database_creates_the_12_editions_with_texts_and_partners(settings):
    settings.DEBUG = False  # as in production
    out = StringIO()
    call_command("load_history", stdout=out)
    editions = list(Edition.objects.order_by("number"))
    assert [(e.number, e.start_date.year, e.host_country.code) for e in editions] == REAL_EDITIONS
    assert all((e.status, e.is_demo) == (Status.FINISHED, False) for e in editions)
    assert all(set(e.title.data) == set(e.summary.data) == LANGUAGES for e in editions)
    for number in (8, 12):
        edition = Edition.objects.get(number=number)
        for field in ("title", "theme", "summary", "background", "audience", "costs", "how_to_apply"):
            assert set(getattr(edition, field).data) == LANGUAGES, (number, field)
        assert edition.sub_topics.count() >= 8
        assert edition.learning_outcomes.count() >= 3
        assert edition.faq_entries.exists()
    assert EditionPartner.objects.filter(edition__number=1).count() == 2
    assert set(EditionPartner.objects.filter(edition__number=12).values_list("organisation__acronym", "role")) == {
        ("ILO", "organiser"),
        ("ITCILO", "organiser"),
        ("CASES", "host"),
        ("CASES", "co_financing"),
        ("ILO", "co_financing"),
        ("ITCILO", "co_financing"),
    }
    # Nobody needed: the system is the author of what it loads.
    assert not User.objects.exists()
    created = ActionLog.objects.filter(action="edition.created")
    assert (created.count(), created.filter(actor=None).count()) == (12, 12)
    assert out.getvalue() == "History ready: editions 1-12 loaded, 12 editions in all.\n"


@pytest.mark.django_db
def test_load_history_twice_changes_nothing():
    call_command("load_history", stdout=StringIO())
    first = snapshot()
    call_command("load_history", stdout=StringIO())
    assert snapshot() == first


@pytest.mark.django_db
def test_load_history_runs_where_the_demo_is_refused(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="ACADEMY_DEBUG=true"):
        call_command("demo", stdout=StringIO())
    call_command("load_history", stdout=StringIO())
    assert Edition.objects.count() == 12


@pytest.mark.django_db
def test_load_history_again_brings_a_changed_edition_back_to_its_file():
    load_history()
    edition = Edition.objects.get(number=2)
    edition.title = {"en": "Changed"}
    edition.save()
    edition.sub_topics.create(position=0, name={"en": "Added"})
    load_history()
    edition.refresh_from_db()
    assert edition.title.data["en"] == "2nd Academy on Social and Solidarity Economy"
    assert not edition.sub_topics.exists()
    logged = ActionLog.objects.filter(object_type="editions.edition", object_id=str(edition.pk)).order_by("pk")
    assert list(logged.values_list("action", "actor")) == [("edition.created", None), ("edition.changed", None)]
