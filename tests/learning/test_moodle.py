"""The pure Moodle module: the "Upload users" CSV written, and the course completion report read from files in
Moodle 4.x's formats (tests/learning/moodle_files/README.md says how each was made)."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from django.utils import translation

from academy.learning import moodle
from academy.learning.moodle import CompletionRow, NotACompletionReport, Participant, read_completion_report
from tests.learning.moodle_site import fputcsv

FILES = Path(__file__).parent / "moodle_files"
ENGLISH = FILES / "completion-sse-academy-13.csv"


def refusal(data: bytes) -> list[str]:
    with pytest.raises(NotACompletionReport) as refused:
        read_completion_report(data)
    return refused.value.messages


def test_completion_report_as_moodle_writes_it_in_english():
    report = read_completion_report(ENGLISH.read_bytes())
    assert report.email_column == "Email address"
    assert report.completion_column == "Course complete"
    assert report.rows == [
        CompletionRow(2, 412, "Ana Conceição", "ana@example.org", date(2027, 5, 3)),
        CompletionRow(3, 415, "Kofi Mensah", "KOFI@example.org", None),
        CompletionRow(4, 431, "María José Pérez", "mjp@cooperativa.example", date(2027, 5, 22)),
        CompletionRow(5, 437, "Guest Observer", "observer@example.net", None),
    ]


def test_completion_report_excel_download_with_byte_order_mark_says_the_same():
    excel = FILES / "completion-sse-academy-13-excel.csv"
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    assert (
        read_completion_report(excel.read_bytes()).content() == read_completion_report(ENGLISH.read_bytes()).content()
    )


def test_completion_report_in_french_is_read_by_its_shape():
    french = read_completion_report((FILES / "completion-sse-academy-13-fr.csv").read_bytes())
    assert french.email_column == "Adresse de courriel"
    assert french.completion_column == "Cours terminé"
    assert french.content() == read_completion_report(ENGLISH.read_bytes()).content()


def test_completion_report_without_identity_fields_has_no_addresses():
    report = read_completion_report((FILES / "completion-no-identity.csv").read_bytes())
    assert report.email_column == ""
    assert [(row.name, row.email, row.completed_on) for row in report.rows] == [
        ("Ana Conceição", "", date(2027, 5, 2)),
        ("Kofi Mensah", "", None),
    ]


def test_completion_report_saved_again_by_a_spreadsheet_with_semicolons():
    text = ENGLISH.read_text().replace(",", ";")  # dates lose their comma too, as a French Excel writes them
    assert read_completion_report(text.encode()).content() == read_completion_report(ENGLISH.read_bytes()).content()


def test_completion_dates_month_first_when_the_file_shows_it():
    data = (
        fputcsv(["ID", "Name", "Email address", "Course complete"])
        + fputcsv(["7", "Ana Lima", "ana@example.org", "05/13/27, 10:00"])
        + fputcsv(["8", "Kofi Mensah", "kofi@example.org", "05/03/27, 10:00"])
    ).encode()
    assert [row.completed_on for row in read_completion_report(data).rows] == [date(2027, 5, 13), date(2027, 5, 3)]


def test_completion_dates_in_iso_order():
    data = (fputcsv(["ID", "Name", "Course complete"]) + fputcsv(["7", "Ana Lima", "2027-05-13 10:00"])).encode()
    assert read_completion_report(data).rows[0].completed_on == date(2027, 5, 13)


def test_completion_dates_in_two_orders_are_refused():
    data = (
        fputcsv(["ID", "Name", "Course complete"])
        + fputcsv(["7", "Ana Lima", "13/05/27, 10:00"])
        + fputcsv(["8", "Kofi Mensah", "05/13/27, 10:00"])
    ).encode()
    assert refusal(data) == ["The dates in the column “Course complete” are written in two different orders."]


def test_completion_date_that_is_not_one_is_refused_with_its_line():
    data = (fputcsv(["ID", "Name", "Course complete"]) + fputcsv(["7", "Ana Lima", "yesterday"])).encode()
    assert refusal(data) == ["Line 2: “yesterday” in the column “Course complete” is not a date."]
    impossible = (fputcsv(["ID", "Name", "Course complete"]) + fputcsv(["7", "Ana Lima", "31/02/27, 10:00"])).encode()
    assert refusal(impossible) == ["Line 2: the completion date is not a day of the calendar."]


def test_upload_users_file_given_for_the_report_is_refused_saying_so():
    (message,) = refusal((FILES / "moodle-upload-users.csv").read_bytes())
    assert message.startswith("This is a list of users for Moodle's “Upload users”, not a completion report.")


def test_other_files_are_refused_as_not_a_report():
    zoom = b"Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\nAna,ana@example.org,x,y,3\n"
    for data in (zoom, b"just a line of text\n"):
        (message,) = refusal(data)
        assert message.startswith("This is not a Moodle course completion report")
    assert refusal(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xd8") == [
        "This file is not text in UTF-8 or UTF-16. Export the report again as CSV."
    ]
    assert refusal(b"\n\n") == ["The file is empty."]


def test_rows_that_break_the_shape_are_refused_with_their_lines():
    data = (
        fputcsv(["ID", "Name", "Email address", "Course complete"])
        + fputcsv(["7", "Ana Lima", "ana@example.org", ""])
        + fputcsv(["8", "Kofi Mensah", "kofi@example.org"])
        + fputcsv(["x9", "Eve", "eve@example.org", ""])
        + fputcsv(["7", "Ana again", "ana2@example.org", ""])
    ).encode()
    assert refusal(data) == [
        "Line 3 has 3 cells, but the column names are 4.",
        "Line 4 does not start with a Moodle user number: “x9”.",
    ]
    duplicate = (
        fputcsv(["ID", "Name", "Course complete"]) + fputcsv(["7", "Ana Lima", ""]) + fputcsv(["7", "Ana", ""])
    ).encode()
    assert refusal(duplicate) == ["Lines 2 and 3 are the same Moodle user (7)."]


def test_report_of_nobody_is_refused():
    assert refusal(fputcsv(["ID", "Name", "Email address", "Course complete"]).encode()) == [
        "The report names nobody: is completion tracked in this course?"
    ]


def test_refusals_are_translated():
    with translation.override("pt"):
        (message,) = refusal((FILES / "moodle-upload-users.csv").read_bytes())
    assert "Upload users" in message
    assert not message.startswith("This is")


def test_upload_users_csv_has_moodles_fields_and_enrols_as_students():
    text = moodle.upload_users_csv(
        [
            Participant(name="Ana Conceição", email=" Ana@Example.org ", language="pt", country="pt"),
            Participant(name="María José da Silva, Jr.", email="mj+sse@example.org", language="es", country=""),
            Participant(name="Sukarno", email="s@example.org", language="de"),
        ],
        course="sse-academy-13",
    )
    assert list(csv.reader(io.StringIO(text))) == [
        ["username", "firstname", "lastname", "email", "lang", "country", "course1", "role1"],
        ["ana@example.org", "Ana", "Conceição", "Ana@Example.org", "pt", "PT", "sse-academy-13", "student"],
        ["mj_sse@example.org", "María José da Silva,", "Jr.", "mj+sse@example.org", "es", "", "sse-academy-13",
         "student"],
        ["s@example.org", "Sukarno", "-", "s@example.org", "en", "", "sse-academy-13", "student"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("file_name", "course"),
    [
        ("completion-sse_academy_13.csv", "sse_academy_13"),
        ("completion-sse-academy-13 (1).csv", "sse-academy-13"),
        ("report.csv", None),
        ("completion-SSE.csv", None),
    ],
)
def test_course_in_file_name(file_name, course):
    assert moodle.course_in_file_name(file_name) == course


def test_file_name_part_is_moodles():
    assert moodle.file_name_part("SSE Academy 13") == "sse_academy_13"
    assert moodle.file_name_part("sse-13") == "sse-13"
