"""Issue 17: the journey from application to a verified certificate, each page on one of two app servers in
turn (gunicorn, production settings, PostgreSQL, Redis, an RQ worker for the background work), gives the
pages and figures one server gives, and both servers show the same figures after every step."""

import zoneinfo
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from academy.applications.models import Application, Status
from academy.certificates.models import Certificate
from academy.editions.models import Status as EditionStatus
from academy.programme.models import Kind, Session
from tests.attendance import report_files
from tests.attendance.report_files import zoom_time
from tests.browser import journey
from tests.factories import UserFactory
from tests.processes import can_log_in_on_production

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="several processes share one database: PostgreSQL"),
]
LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")


def same_on_both(page, servers, path: str, selector: str = "main") -> str:
    """What `selector` shows at `path` on every server, which must be the same; the text."""
    shown = []
    for server in servers:
        page.goto(server.url + path)
        shown.append(page.locator(selector).inner_text())
    assert all(text == shown[0] for text in shown), shown
    return shown[0]


def test_the_journey_alternating_between_two_servers_gives_the_same_pages_and_figures(
    production, new_context, tmp_path
):
    edition, organiser, reviewer = journey.open_for_applications(number=13)
    lucia = UserFactory(
        email="lucia@example.org", certificate_name="Lucía Fernández Quispe", country="PE", language="es"
    )
    can_log_in_on_production(organiser, reviewer, lucia)
    a, b = production.app_server("a"), production.app_server("b")
    both = (a, b)
    production.task_worker()

    # Lucía logs in on one server and applies on the other: one session, whichever server answers.
    applicant = journey.log_in(new_context(), lucia.email, language="es", at=a.url)
    journey.start_application_in_spanish(applicant, number=13, at=b.url)
    journey.submit_application_in_spanish(applicant, folder=tmp_path)
    assert Application.objects.get(applicant=lucia).status == Status.SUBMITTED
    assert "Enviada" in same_on_both(applicant, both, "/es/applications/")

    desk = journey.log_in(new_context(), organiser.email, at=b.url)
    journey.assign_reviewers(desk, number=13, at=a.url)
    committee = journey.log_in(new_context(), reviewer.email, language="es", at=a.url)
    journey.review_in_spanish(committee, applicant="Lucía Fernández Quispe", score=5, at=b.url)

    journey.run_selection(desk, number=13, seats=1, min_global_south_percent=50, at=a.url)
    run = desk.url.removeprefix(a.url)
    assert "Lucía Fernández Quispe" in same_on_both(desk, both, run)
    journey.close_call(edition)
    journey.confirm_selection(desk)
    table = same_on_both(desk, both, "/en/editions/13/applications/")
    assert "Lucía Fernández Quispe" in table

    journey.see_decision_in_spanish(applicant, at=b.url)
    journey.accept_offer_in_spanish(applicant)
    assert Application.objects.get(applicant=lucia).status == Status.CONFIRMED
    assert "Confirmada" in same_on_both(applicant, both, "/es/applications/")

    # The Academy takes place: a plenary that ended an hour ago, and its Zoom report.
    ends = timezone.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    starts = ends - timedelta(minutes=100)
    edition.status, edition.start_date, edition.end_date = EditionStatus.RUNNING, starts.date(), ends.date()
    edition.save(update_fields=["status", "start_date", "end_date"])
    session = Session.objects.create(
        edition=edition, code="P1", kind=Kind.PLENARY, title={"en": "SSE and the future of work"},
        starts_at=starts, ends_at=ends, floor_languages=["en"], published=True,
    )  # fmt: skip
    report = tmp_path / "zoom_participants.csv"
    report.write_bytes(
        report_files.zoom(
            [
                (lucia.certificate_name, lucia.email, zoom_time(starts, LISBON), zoom_time(starts + timedelta(minutes=50), LISBON)),
                ("iPad", "", zoom_time(starts + timedelta(minutes=45), LISBON), zoom_time(ends, LISBON)),
            ]
        )
    )  # fmt: skip

    mine = "/es/editions/13/attendance/mine/"
    before = same_on_both(applicant, both, mine, "dl.figures")  # each server has read the rate once
    journey.import_zoom_report(
        desk, number=13, session=session, report=report, summary="2 rows read: 1 matched to participants", at=b.url
    )
    after_import = same_on_both(applicant, both, mine, "dl.figures")
    assert after_import != before
    desk.goto(f"{a.url}/en/editions/13/attendance/review/")
    journey.match_row(desk, row="iPad", person=lucia)
    figures = same_on_both(applicant, both, mine, "dl.figures")
    assert "100 %" in figures  # 50 minutes by e-mail and 55 from the iPad, overlapping, cover the 100
    assert "100 %" not in after_import
    overview = same_on_both(desk, both, "/en/editions/13/attendance/")
    assert "Lucía Fernández Quispe" in overview

    # The organiser closes the edition on one server; the RQ worker issues; both servers show it.
    journey.close_and_issue(desk, number=13, at=a.url)
    assert "1 valid certificate." in same_on_both(desk, both, "/en/editions/13/certificates/")
    assert Certificate.objects.filter(user=lucia, revoked_at=None).count() == 1
    # The dashboard's figures are kept in the cache, which is Redis, shared: the same on both servers.
    funnel = same_on_both(desk, both, "/en/editions/13/dashboard/", "ol.funnel")
    assert funnel.split() == [
        "1",
        "Applied",
        "1",
        "Reviewed",
        "1",
        "Selected",
        "1",
        "Confirmed",
        "1",
        "Attended",
        "1",
        "Certified",
    ]

    applicant.goto(f"{b.url}/pt/editions/13/attendance/mine/")
    text, code = journey.download_certificate_in_portuguese(applicant)
    assert "Lucía Fernández Quispe" in text

    visitor = new_context().new_page()
    verdicts = {server.url: journey.verify_in_spanish(visitor, code=code, at=server.url) for server in both}
    assert verdicts[a.url] == verdicts[b.url]
    status, shown = verdicts[a.url]
    assert "Válido." in status
    assert "Lucía Fernández Quispe" in shown
