"""The presence rows of reports imported before the arrays become their report's arrays."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from academy.attendance import packed
from tests.programme.conftest import plenary

BEFORE = [("attendance", "0003_report_date_order")]
AFTER = [("attendance", "0004_report_attendance_arrays")]


@pytest.mark.django_db(transaction=True)
def test_report_presences_become_the_report_s_arrays(edition, organiser):
    session = plenary(edition)  # 14 June, 13:00-14:30 Lisbon
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    report = old.get_model("attendance", "WebinarReport").objects.create(
        session_id=session.pk, platform="zoom", file_name="p1.csv", content_hash="0" * 64,
        time_zone="Europe/Lisbon", rows=3, matched_rows=3, staff_rows=0,
    )  # fmt: skip
    start, end = int(session.starts_at.timestamp()), int(session.ends_at.timestamp())
    presence = old.get_model("attendance", "Presence")
    for user_id, intervals in [(organiser.pk, [[start - 600, start + 600], [start + 900, start + 1200]])]:
        presence.objects.create(
            session_id=session.pk, user_id=user_id, source="report", report=report, intervals=intervals,
            seconds=900, window_start=start, window_end=end,
        )  # fmt: skip
    presence.objects.create(
        session_id=session.pk, user_id=organiser.pk, source="manual", intervals=[[start, start + 60]], seconds=60,
        window_start=start, window_end=end, reason="Sign-in sheet",
    )  # fmt: skip
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    (arrays,) = new.get_model("attendance", "ReportAttendance").objects.all()
    assert arrays.report_id == report.pk
    assert packed.from_bytes(arrays.people).tolist() == [organiser.pk]
    assert packed.from_bytes(arrays.seconds).tolist() == [600 + 300]
    assert list(new.get_model("attendance", "Presence").objects.values_list("source", flat=True)) == ["manual"]
