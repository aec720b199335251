"""Issue 22's Moodle exchange in a real browser: an organiser downloads the participants for Moodle's
"Upload users", (a stand-in for) Moodle enrols them and reports who completed the course, the organiser
imports the report, matches the one row nobody could be sure of, and the page counts the completions."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.learning import services
from academy.learning.models import Course
from tests.factories import EditionFactory, MembershipFactory, UserFactory
from tests.learning.moodle_site import MoodleSite

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_export_to_moodle_import_its_completion_report_and_review(log_in, artifacts, tmp_path):
    start = timezone.localdate() + timedelta(days=30)
    edition = EditionFactory(
        number=13, status=EditionStatus.SELECTION, start_date=start, end_date=start + timedelta(days=11)
    )
    course = Course.objects.create(
        edition=edition, title={"en": "Basics of the SSE"}, opens_at=timezone.now() - timedelta(days=20),
        completion_rule="for_certificate", moodle_course="sse-academy-13",
    )  # fmt: skip
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    ana = UserFactory(email="ana@example.org", certificate_name="Ana Lima", language="pt")
    maria = UserFactory(email="maria@example.org", certificate_name="María José Pérez González", language="es")
    for person in (ana, maria):
        MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=person)

    desk = log_in(organiser.email)
    desk.goto("/en/editions/13/course/progress/")
    desk.get_by_role("link", name="Moodle exchange").click()
    desk.get_by_role("heading", name="Moodle exchange").wait_for()
    with desk.expect_download() as download:
        desk.get_by_role("link", name="Download the participants for Moodle (CSV)").click()
    exported = Path(download.value.path()).read_text()
    assert exported.splitlines()[0] == "username,firstname,lastname,email,lang,country,course1,role1"

    site = MoodleSite(courses={"sse-academy-13"})
    site.upload_users(exported)
    site.users["maria@example.org"].email = "mjp@cooperativa.example"  # she changed it in Moodle
    site.users["maria@example.org"].lastname = "Pérez"
    site.users["maria@example.org"].firstname = "María José"
    report = tmp_path / "completion-sse-academy-13.csv"
    report.write_bytes(
        site.completion_report(
            "sse-academy-13",
            {"ana@example.org": datetime(2027, 5, 3, 18, 41), "maria@example.org": datetime(2027, 5, 22, 11, 4)},
            excel=True,
        )
    )

    desk.locator("input[name=file]").set_input_files(report)
    desk.get_by_role("button", name="Import").click()
    desk.get_by_text(
        "2 people read: 1 matched to participants, 2 completed the course in Moodle, 1 to review."
    ).wait_for()
    card = desk.locator("form.card", has_text="María José Pérez")
    card.locator("select").select_option(str(maria.pk))
    card.get_by_role("button", name="Match").click()
    desk.get_by_text("Matched: the completion counts.").wait_for()
    assert "2 participants have completed the course in Moodle." in desk.locator("main").inner_text()
    assert "Nobody to review." in desk.locator("main").inner_text()
    desk.screenshot(path=artifacts / "moodle-exchange.png", full_page=True)
    assert services.completed_on_moodle(course) == {ana.pk, maria.pk}
    assert services.lacking_course_for_certificate(edition, [ana, maria]) == set()
