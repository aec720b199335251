"""Issue 5's journey in a real browser: an organiser imports a Zoom report and resolves a row of the
review queue; the participant then sees their rate, session by session. The organiser closes the
edition, the participant downloads the certificate, and anyone verifies it by its code."""

import zoneinfo
from datetime import timedelta

import pytest
from django.utils import timezone

from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.programme.models import Kind, Session
from tests.attendance import report_files
from tests.attendance.report_files import zoom_time
from tests.browser import journey
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")


def test_import_resolve_see_the_rate_get_the_certificate_and_verify_it(log_in, page, artifacts, tmp_path):
    ends = timezone.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    starts = ends - timedelta(minutes=100)
    edition = EditionFactory(
        number=13, status=EditionStatus.RUNNING, start_date=starts.date(), end_date=ends.astimezone(LISBON).date(),
        time_zone="Europe/Lisbon",
    )  # fmt: skip
    session = Session.objects.create(
        edition=edition, code="P1", kind=Kind.PLENARY, title={"en": "SSE and the future of work"},
        starts_at=starts, ends_at=ends, floor_languages=["en"], published=True,
    )  # fmt: skip
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    ana = UserFactory(email="ana@example.org", certificate_name="Ana Lima", language="pt")
    MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=ana)
    report = tmp_path / "zoom_participants.csv"
    report.write_bytes(
        report_files.zoom(
            [
                (
                    "Ana Lima",
                    "ana@example.org",
                    zoom_time(starts, LISBON),
                    zoom_time(starts + timedelta(minutes=50), LISBON),
                ),
                ("iPad", "", zoom_time(starts + timedelta(minutes=45), LISBON), zoom_time(ends, LISBON)),
            ]
        )
    )

    desk = log_in(organiser.email)
    journey.import_zoom_report(
        desk, number=13, session=session, report=report, summary="2 rows read: 1 matched to participants"
    )
    journey.match_row(desk, row="iPad", person=ana)
    desk.screenshot(path=artifacts / "attendance-review.png", full_page=True)

    mine = log_in(ana.email, language="pt")
    mine.goto("/pt/editions/13/attendance/mine/")
    figures = mine.locator("dl.figures").inner_text()
    assert "100 %" in figures  # 50 minutes by e-mail and 55 from the iPad, overlapping, cover the 100
    assert "Atingiu a presença que o certificado exige." in mine.locator("main").inner_text()
    mine.screenshot(path=artifacts / "attendance-mine.png", full_page=True)

    journey.close_and_issue(desk, number=13)
    desk.screenshot(path=artifacts / "certificates-organiser.png", full_page=True)

    text, code = journey.download_certificate_in_portuguese(mine)
    assert "Certificado de Participação" in text
    assert "Ana Lima" in text

    status, figures = journey.verify_in_spanish(page, code=code)
    assert "Válido." in status
    assert "Ana Lima" in figures
    page.screenshot(path=artifacts / "certificate-verified.png", full_page=True)
