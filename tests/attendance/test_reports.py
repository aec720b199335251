from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from academy.attendance.readers import ReportRefused, read
from tests.attendance import report_files

LISBON = ZoneInfo("Europe/Lisbon")


def at(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=LISBON).timestamp())


ZOOM_ROWS = [
    ("ITCILO Host", "host@itcilo.org", "06/14/2027 08:55:12 AM", "06/14/2027 12:04:40 PM"),
    ("Maria Silva (Maria S.)", "Maria@Example.org", "06/14/2027 09:01:30 AM", "06/14/2027 10:15:00 AM"),
    ("Maria Silva (iPhone)", "maria@example.org", "06/14/2027 09:40:00 AM", "06/14/2027 12:00:00 PM"),
    ("Nguyễn Văn An", "", "06/14/2027 12:30:00 PM", "06/14/2027 12:45:00 PM"),
]


def test_zoom_meeting_report_rows_with_the_host_recognised_and_pm_times_read():
    report = read("zoom", report_files.zoom(ZOOM_ROWS), LISBON)
    assert report.problems == []
    host, first, second, late = report.rows
    assert (host.role, first.role) == ("host", "")
    assert (first.line, first.name, first.email) == (6, "Maria Silva (Maria S.)", "Maria@Example.org")
    assert (first.joined, first.left) == (at("2027-06-14 09:01:30"), at("2027-06-14 10:15:00"))
    assert (late.joined, late.left) == (at("2027-06-14 12:30:00"), at("2027-06-14 12:45:00"))
    assert second.left - second.joined == 2 * 3600 + 20 * 60


def test_zoom_without_the_meeting_block_with_newer_headers_on_a_24_hour_clock():
    header = [
        "Name (original name)",
        "Email",
        "Join time",
        "Leave time",
        "Duration (minutes)",
        "Guest",
        "In Waiting Room",
    ]
    rows = [("Ana", "ana@example.org", "06/14/2027 13:05:00", "06/14/2027 14:00:00")]
    report = read("zoom", report_files.zoom(rows, block=False, header=header), LISBON)
    assert [(row.line, row.email, row.joined) for row in report.rows] == [
        (2, "ana@example.org", at("2027-06-14 13:05"))
    ]


def test_zoom_saved_again_by_excel_with_a_bom_and_semicolons_reads_the_same():
    excel = report_files.zoom(ZOOM_ROWS, delimiter=";", encoding="utf-8-sig")
    assert read("zoom", excel, LISBON).rows == read("zoom", report_files.zoom(ZOOM_ROWS), LISBON).rows


def test_zoom_in_utf16_reads_the_same_as_in_utf8():
    utf16 = report_files.zoom(ZOOM_ROWS, encoding="utf-16")
    assert read("zoom", utf16, LISBON).rows == read("zoom", report_files.zoom(ZOOM_ROWS), LISBON).rows


def test_zoom_webinar_sections_mark_hosts_and_panelists():
    text = (
        "Attendee Report\nReport Generated:,06/14/2027 01:00 PM\n\n"
        "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes)\nElective 3,912 000 111,06/14/2027 02:00 PM,95\n\n"
        "Host Details\nAttended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
        "Yes,Host,host@itcilo.org,06/14/2027 01:58 PM,06/14/2027 03:40 PM,102\n\n"
        "Panelist Details\nAttended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
        "Yes,Dr Speaker,speaker@uni.example,06/14/2027 02:00 PM,06/14/2027 03:30 PM,90\n\n"
        "Attendee Details\nAttended,User Name (Original Name),First Name,Last Name,Email,Join Time,Leave Time\n"
        "Yes,Ana Lima,Ana,Lima,ana@example.org,06/14/2027 02:01 PM,06/14/2027 03:35 PM\n"
    )
    rows = read("zoom", text.encode(), LISBON).rows
    assert [(row.email, row.role) for row in rows] == [
        ("host@itcilo.org", "host"),
        ("speaker@uni.example", "panelist"),
        ("ana@example.org", ""),
    ]


def test_teams_uses_the_per_join_section_with_day_first_dates():
    rows = [
        ("Organiser", "org@itcilo.org", "14/06/2027, 08:55:00", "14/06/2027, 12:05:00", "Organizer"),
        ("Ana Lima", "ana@example.org", "14/06/2027, 09:00:00", "14/06/2027, 10:00:00", "Attendee"),
        ("Ana Lima", "ana@example.org", "14/06/2027, 11:00:00", "14/06/2027, 12:00:00", "Attendee"),
    ]
    report = read("teams", report_files.teams(rows), LISBON)
    assert report.problems == []
    assert [(row.email, row.role, row.joined) for row in report.rows] == [
        ("org@itcilo.org", "organizer", at("2027-06-14 08:55")),
        ("ana@example.org", "", at("2027-06-14 09:00")),
        ("ana@example.org", "", at("2027-06-14 11:00")),
    ]


def test_teams_without_the_per_join_section_falls_back_to_first_join_and_last_leave():
    rows = [
        ("Ana Lima", "ana@example.org", "14/06/2027, 09:00:00", "14/06/2027, 10:00:00", "Attendee"),
        ("Ana Lima", "ana@example.org", "14/06/2027, 11:00:00", "14/06/2027, 12:00:00", "Attendee"),
    ]
    (row,) = read("teams", report_files.teams(rows, per_join=False), LISBON).rows
    assert (row.joined, row.left) == (at("2027-06-14 09:00"), at("2027-06-14 12:00"))


def test_teams_saved_as_utf8_reads_the_same():
    rows = [("Ana Lima", "ana@example.org", "14/06/2027, 09:00:00", "14/06/2027, 10:00:00", "Attendee")]
    utf8 = report_files.teams(rows, encoding="utf-8")
    assert read("teams", utf8, LISBON).rows == read("teams", report_files.teams(rows), LISBON).rows


def test_plain_csv_with_names_only_iso_dates_offsets_and_the_chosen_zone():
    data = report_files.plain(
        [
            ("", "Ana Lima", "2027-06-14 09:00", "2027-06-14T10:30:00"),
            ("", "Kim Min-jun", "2027-06-14T08:00:00+00:00", "2027-06-14 10:00 AM"),
        ],
    )
    first, second = read("plain", data, LISBON).rows
    assert (first.name, first.joined, first.left) == ("Ana Lima", at("2027-06-14 09:00"), at("2027-06-14 10:30"))
    assert second.joined == at("2027-06-14 09:00")  # 08:00 UTC is 09:00 in Lisbon in June


def test_row_problems_are_listed_with_their_line_numbers():
    rows = [
        ("Ana", "ana@example.org", "06/14/2027 10:00:00 AM", "06/14/2027 09:00:00 AM"),
        ("Bia", "bia@example.org", "06/14/2027 10:00:00 AM", ""),
        ("Caio", "caio@example.org", "14/06/2027 10:00:00 AM", "06/14/2027 11:00:00 AM"),
        ("Dora", "dora@example.org", "06/14/2027 13:00:00 PM", "06/14/2027 11:00:00 PM"),
    ]
    report = read("zoom", report_files.zoom(rows), LISBON)
    assert report.rows == []
    assert [(problem.line, problem.message) for problem in report.problems] == [
        (5, "The leave time is before the join time."),
        (6, "The leave time is missing."),
        (7, "“14/06/2027 10:00:00 AM” is not a date and time like 06/14/2027 09:05:00 AM."),
        (8, "“06/14/2027 13:00:00 PM” is not a date and time like 06/14/2027 09:05:00 AM."),
    ]


def test_day_first_dates_in_a_zoom_report_are_refused_once_with_the_order_that_reads_them():
    rows = [
        ("Ana", "ana@example.org", "14/06/2027 09:00", "14/06/2027 10:00"),
        ("Bia", "bia@example.org", "01/06/2027 09:00", "01/06/2027 10:00"),  # fits both orders
    ]
    with pytest.raises(ReportRefused) as refused:
        read("zoom", report_files.zoom(rows, delimiter=";"), LISBON)
    assert refused.value.date_order == "dmy"
    assert "look day first, like “14/06/2027 09:00”" in refused.value.message
    ana, bia = read("zoom", report_files.zoom(rows, delimiter=";"), LISBON, "dmy").rows
    assert (ana.joined, bia.joined) == (at("2027-06-14 09:00"), at("2027-06-01 09:00"))


def test_month_first_dates_in_a_teams_report_are_refused_once_with_the_order_that_reads_them():
    rows = [("Ana Lima", "ana@example.org", "06/14/2027, 09:00:00", "06/14/2027, 10:00:00", "Attendee")]
    with pytest.raises(ReportRefused) as refused:
        read("teams", report_files.teams(rows), LISBON)
    assert refused.value.date_order == "mdy"
    (row,) = read("teams", report_files.teams(rows), LISBON, "mdy").rows
    assert row.joined == at("2027-06-14 09:00")


@pytest.mark.parametrize(
    ("platform", "data", "message"),
    [
        ("zoom", b"Student,Score\nAna,12\n", "This is not a Zoom participants report"),
        ("zoom", report_files.teams([]), "This is not a Zoom participants report"),
        ("teams", report_files.zoom(ZOOM_ROWS), "This is not a Microsoft Teams attendance report"),
        ("plain", b"who,when\nana,today\n", "The first line must name the columns"),
        ("plain", b"", "The file is empty."),
        ("zoom", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe\x80\x81", "is not text in UTF-8 or UTF-16"),
    ],
)
def test_a_file_of_the_wrong_kind_is_refused_with_what_it_has(platform, data, message):
    with pytest.raises(ReportRefused) as refused:
        read(platform, data, LISBON)
    assert message in refused.value.message


def test_the_refusal_names_the_columns_found():
    with pytest.raises(ReportRefused) as refused:
        read("zoom", b"Student,Score\nAna,12\n", LISBON)
    assert "Student, Score" in refused.value.message


def test_dates_across_a_daylight_saving_change_use_the_right_offset():
    rows = [("Ana", "ana@example.org", "03/28/2027 12:30:00 AM", "03/28/2027 03:30:00 AM")]
    (row,) = read("zoom", report_files.zoom(rows, block=False), LISBON).rows
    assert row.left - row.joined == 2 * 3600  # Lisbon moves from 01:00 to 02:00 that night
