"""The column-wise reading of the usual Zoom report gives exactly what the line-by-line reader gives."""

from zoneinfo import ZoneInfo

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from academy.attendance.readers import ReportRefused, zoom
from academy.attendance.readers.common import UNREADABLE, Timestamps, decode
from tests.attendance import report_files

LISBON = ZoneInfo("Europe/Lisbon")

NAMES = [
    "Maria Silva",
    "Nguyễn Văn An",
    " Ana Lima ",
    "Attendee Details",
    "Guest 1",
    "",
    "Host (iPad)",
    "Ola;Nor",
    " Lead",
    "Trail\u00a0",
]
EMAILS = ["maria@example.org", "MARIA@example.org", "", " ana@example.org", "host@itcilo.org", "b@example.org "]
TIMES = [
    "06/14/2027 09:01:30 AM",
    "06/14/2027 12:04:40 PM",
    "06/14/2027 09:01:30 am",
    "6/14/2027 9:01:30 AM",
    "06/14/2027 13:01:30",
    "14/06/2027 09:01:30 AM",
    "06/31/2027 09:01:30 AM",
    "03/28/2027 01:30:00 AM",
    "10/31/2027 01:30:00 AM",
    "06/14/2027 13:01:30 PM",
    "",
]
rows = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(EMAILS), st.sampled_from(TIMES), st.sampled_from(TIMES)),
    max_size=12,
)


def as_dict(report) -> dict:
    return {
        "rows": report.rows,
        "problems": report.problems,
        "joined": report.joined.tolist(),
        "left": report.left.tolist(),
    }


@settings(max_examples=300, deadline=None)
@given(
    rows=rows,
    block=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\r\n", "\n"]),
    order=st.sampled_from(["", "dmy", "mdy"]),
    blank_inside=st.booleans(),
)
def test_the_column_wise_reader_agrees_with_the_csv_reader_or_leaves_the_file_to_it(
    rows, block, delimiter, newline, order, blank_inside
):
    text = decode(report_files.zoom(rows, block=block, delimiter=delimiter)).replace("\r\n", newline)
    if blank_inside and rows:
        head, _separator, tail = text.rpartition(newline)
        text = head.rpartition(newline)[0] + newline + newline + tail
    plain = zoom.read_plain(text, LISBON, order)
    try:
        expected = as_dict(zoom.read_table(text, LISBON, order))
    except ReportRefused:
        expected = None  # refused: the column-wise reader must have left the file to the csv reader
    assert (None if plain is None else as_dict(plain)) in (None, expected)


def test_an_ordinary_meeting_report_is_read_column_wise_with_its_host_and_line_numbers():
    rows = [
        ("ITCILO Host", "host@itcilo.org", "06/14/2027 08:55:12 AM", "06/14/2027 12:04:40 PM"),
        ("Maria Silva (Maria S.)", "Maria@Example.org", "06/14/2027 09:01:30 AM", "06/14/2027 10:15:00 AM"),
        ("Nguyễn Văn An", "", "06/14/2027 12:30:00 PM", "06/14/2027 12:45:00 PM"),
    ]
    text = decode(report_files.zoom(rows))
    plain = zoom.read_plain(text, LISBON)
    assert plain is not None
    assert as_dict(plain) == as_dict(zoom.read_table(text, LISBON))
    assert plain.lines == [5, 6, 7]
    assert plain.roles == ["host", "", ""]


def test_the_host_is_found_by_address_in_a_file_of_plain_ascii_too():
    rows = [
        ("Maria Silva", "maria@example.org", "06/14/2027 09:01:30 AM", "06/14/2027 10:15:00 AM"),
        ("ITCILO Host", "HOST@itcilo.org", "06/14/2027 08:55:12 AM", "06/14/2027 12:04:40 PM"),
        ("Someone", "nothost@itcilo.org", "06/14/2027 08:55:12 AM", "06/14/2027 12:04:40 PM"),
    ]
    plain = zoom.read_plain(decode(report_files.zoom(rows)), LISBON)
    assert plain is not None
    assert plain.roles == ["", "host", ""]


def test_a_file_with_a_quoted_name_or_a_bad_time_is_left_to_the_csv_reader():
    quoted = [("Silva, Maria", "maria@example.org", "06/14/2027 09:01:30 AM", "06/14/2027 10:15:00 AM")]
    assert zoom.read_plain(decode(report_files.zoom(quoted)), LISBON) is None
    bad = [("Maria", "maria@example.org", "06/14/2027 09:01:30 AM", "tomorrow")]
    assert zoom.read_plain(decode(report_files.zoom(bad)), LISBON) is None


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.sampled_from(TIMES), min_size=1, max_size=30),
    zone=st.sampled_from(["Europe/Lisbon", "America/New_York", "Asia/Kolkata"]),
    order=st.sampled_from(["mdy", "dmy"]),
)
def test_a_column_of_timestamps_reads_as_each_timestamp_alone(texts, zone, order):
    column = Timestamps(ZoneInfo(zone), order=order)
    one_by_one = Timestamps(ZoneInfo(zone), order=order)
    expected = []
    for text in texts:
        try:
            expected.append(one_by_one(text))
        except ValueError:
            expected.append(UNREADABLE)
    assert column.column(texts).tolist() == expected
    assert column.swapped_order() == one_by_one.swapped_order()


def test_a_column_of_one_shape_is_read_with_numpy_and_the_day_the_clocks_change_exactly():
    texts = ["03/28/2027 12:30:00 AM", "03/28/2027 03:30:00 AM", "06/14/2027 09:01:30 PM", "06/14/2027 12:00:00 AM"]
    column = Timestamps(LISBON, order="mdy")
    seconds = np.full(len(texts), UNREADABLE, dtype=np.int64)
    slow = column.fixed_shape(texts, seconds)
    assert slow.tolist() == [True, True, False, False]  # the clocks go forward on 28 March in Lisbon
    assert column.column(texts).tolist() == [Timestamps(LISBON, order="mdy")(text) for text in texts]


def test_a_space_at_the_start_of_a_line_is_stripped_as_the_csv_reader_strips_it():
    rows = [
        ("Maria Silva", "maria@example.org", "06/14/2027 09:01:30 AM", "06/14/2027 10:15:00 AM"),
        (" Ana Lima", "ana@example.org", "06/14/2027 09:01:30 AM", "06/14/2027 10:15:00 AM"),
    ]
    for newline in ["\r\n", "\n"]:
        text = decode(report_files.zoom(rows)).replace("\r\n", newline)
        plain = zoom.read_plain(text, LISBON)
        assert plain is not None
        assert plain.names == ["Maria Silva", "Ana Lima"]


def test_times_in_the_last_column_are_read_column_wise_with_either_line_end():
    lines = [
        "Name,Email,Join Time,Leave Time",
        "Ana,ana@example.org,06/14/2027 09:01:30 AM,06/14/2027 10:15:00 AM",
        "Bo,bo@example.org,06/14/2027 09:02:30 AM,06/14/2027 11:15:00 AM",
    ]
    for newline in ["\r\n", "\n"]:
        text = newline.join(lines) + newline
        plain = zoom.read_plain(text, LISBON)
        assert plain is not None
        assert as_dict(plain) == as_dict(zoom.read_table(text, LISBON))
        assert (plain.left - plain.joined).tolist() == [73 * 60 + 30, 2 * 3600 + 12 * 60 + 30]
