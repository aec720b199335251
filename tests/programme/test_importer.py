import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from academy.programme.importer import import_programme
from academy.programme.models import Elective, Session, Speaker

HEADER = "code,kind,title,title_fr,start,end,languages,interpretation,speakers,elective,round,minimum,maximum,audience,published"
GOOD = [
    "P1,plenary,SSE principles,Principes de l'ESS,2027-06-14 13:00,2027-06-14 14:30,en,fr es pt,Guy Tchami,,,,,,yes",
    "E7-1,elective,Social cohesion (1/3),,2027-06-15 15:30,2027-06-15 17:00,en,fr,Guy Tchami; Valentina Verze,E7,1,10,40,,yes",
    "E7-2,elective,Social cohesion (2/3),,2027-06-16 15:30,2027-06-16 17:00,en,fr,,E7,1,,,,yes",
    "W1,elective,Trade unions and SSE,,2027-06-17 15:30,2027-06-17 17:00,es,,,W1,1,,25,workers,yes",
]


def csv_bytes(*rows, header=HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


@pytest.fixture
def speakers(db):
    return [Speaker.objects.create(name="Guy Tchami"), Speaker.objects.create(name="Valentina Verze")]


def test_csv_import_creates_sessions_electives_and_speakers_and_again_changes_nothing(edition, round_one, speakers):
    assert import_programme(edition=edition, name="programme.csv", content=csv_bytes(*GOOD)) == {
        "created": 4,
        "updated": 0,
    }
    plenary = Session.objects.get(code="P1")
    assert plenary.title.data == {"en": "SSE principles", "fr": "Principes de l'ESS"}
    assert plenary.starts_at.astimezone(edition.zone).hour == 13
    assert plenary.interpretation == ["fr", "es", "pt"]
    assert plenary.published
    e7 = Elective.objects.get(code="E7")
    assert (e7.round, e7.minimum_seats, e7.maximum_seats) == (round_one, 10, 40)
    assert sorted(e7.parts.values_list("code", flat=True)) == ["E7-1", "E7-2"]
    assert sorted(s.name for s in Session.objects.get(code="E7-1").speakers.all()) == ["Guy Tchami", "Valentina Verze"]
    assert Session.objects.get(code="W1").audience == "workers"
    assert import_programme(edition=edition, name="programme.csv", content=csv_bytes(*GOOD)) == {
        "created": 0,
        "updated": 0,
    }
    assert Session.objects.get(code="P1").sequence == 0
    moved = GOOD[0].replace("13:00", "12:00")
    assert import_programme(edition=edition, name="programme.csv", content=csv_bytes(moved, *GOOD[1:])) == {
        "created": 0,
        "updated": 1,
    }
    assert Session.objects.get(code="P1").sequence == 1


def test_xlsx_import_reads_the_cells_a_spreadsheet_writes(edition, round_one, speakers):
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(
        [
            "P1",
            "plenary",
            "Opening plenary",
            "",
            datetime(2027, 6, 14, 13),
            datetime(2027, 6, 14, 14, 30),
            "en",
            "fr",
            "",
            "",
            "",
            "",
            "",
            "",
            "yes",
        ]
    )
    sheet.append(
        [
            "E1-1",
            "elective",
            "Youth and skills",
            "",
            datetime(2027, 6, 15, 15, 30),
            datetime(2027, 6, 15, 17),
            "pt",
            "",
            "",
            "E1",
            1,
            5,
            30,
            "",
            1,
        ]
    )
    content = io.BytesIO()
    book.save(content)
    assert import_programme(edition=edition, name="programme.xlsx", content=content.getvalue()) == {
        "created": 2,
        "updated": 0,
    }
    assert Elective.objects.get(code="E1").maximum_seats == 30
    assert Session.objects.get(code="E1-1").floor_languages == ["pt"]


def test_every_bad_row_and_column_is_reported_and_nothing_is_imported(edition, round_one, speakers):
    bad = [
        GOOD[0],
        "P2,plenary,Late,,2027-06-14 25:00,2027-06-14 14:30,en,,,,,,,,",
        "P3,plenary,Backwards,,2027-06-14 15:00,2027-06-14 14:00,xx,de,Nobody Known,,,,,,",
        "P4,keynote,Outside,,2027-07-01 09:00,2027-07-01 10:00,en,,,,,,,,",
        "E9-1,elective,No round,,2027-06-15 15:30,2027-06-15 17:00,en,,,E9,7,,,,",
    ]
    with pytest.raises(ValidationError) as refused:
        import_programme(edition=edition, name="programme.csv", content=csv_bytes(*bad))
    assert refused.value.messages == [
        "Line 3, column start: Not a date and time like 2021-11-15 13:00: 2027-06-14 25:00",
        "Line 4, column end: The session must end after it starts.",
        "Line 4, column languages: Unknown language: xx.",
        "Line 4, column interpretation: Unknown language: de.",
        "Line 4, column speakers: Unknown speaker: Nobody Known",
        "Line 5, column kind: Unknown kind: keynote",
        "Line 5, column start: The session must fall within the edition's dates (2027-06-14 to 2027-06-25).",
        "Line 6, column round: Give the number of an allocation round of this edition.",
        "Line 6, column maximum: Give the elective's maximum number of participants.",
    ]
    assert not Session.objects.exists()
    assert not Elective.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("p.csv", b"", "The file is empty."),
        ("p.csv", b"code,title\nP1,x\n", "Missing columns: kind, start, end, languages."),
        ("p.xlsx", b"not a workbook", "This is not a readable XLSX file."),
        ("p.csv", "code,kind\n".encode("utf-16"), "Save the CSV file as UTF-8."),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(edition, name, content, message):
    with pytest.raises(ValidationError) as refused:
        import_programme(edition=edition, name=name, content=content)
    assert refused.value.messages == [message]
