"""Issue 4's journey in a real browser: rank electives in Français, allocate and publish, see the
elective on the timetable in one's own time zone, and download the calendar."""

import re
import zoneinfo
from datetime import date, datetime, time, timedelta

import icalendar
import pytest
from django.utils import timezone

from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.programme.models import AllocationRound
from tests.factories import EditionFactory, MembershipFactory, UserFactory
from tests.programme.conftest import elective

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


def test_rank_in_french_allocate_publish_and_see_the_timetable_and_calendar(log_in, artifacts):
    now = timezone.now()
    # The electives of tests.programme.conftest run in June 2027, Lisbon time.
    edition = EditionFactory(
        number=13, status=EditionStatus.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25),
        time_zone="Europe/Lisbon",
    )  # fmt: skip
    round_ = AllocationRound.objects.create(
        edition=edition, position=1, name={"en": "Week 1", "fr": "Semaine 1"},
        preferences_open_at=now - timedelta(days=1), preferences_close_at=now + timedelta(days=10),
    )  # fmt: skip
    first, second = (elective(edition, round_, code, seats=5, interpretation=("fr",)) for code in ("e1", "e2"))
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    participant = UserFactory(email="awa@example.org", language="fr", time_zone="America/Sao_Paulo")
    MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=participant)

    page = log_in(participant.email, language="fr")
    page.goto("/fr/editions/13/electives/")
    prefix = f"round{round_.pk}"
    page.locator(f"select[name={prefix}-choice_1]").select_option(str(second.pk))
    page.locator(f"select[name={prefix}-choice_2]").select_option(str(first.pk))
    page.get_by_role("button", name="Enregistrer mes choix").click()
    page.get_by_text("Vos choix sont enregistrés.").wait_for()

    desk = log_in(organiser.email)
    desk.goto(f"/en/editions/13/electives/rounds/{round_.pk}/")
    desk.get_by_role("button", name="Run the allocation").click()
    desk.get_by_text(re.compile(r"Allocation done in")).wait_for()
    desk.get_by_role("button", name="Publish to participants").click()
    desk.get_by_text("The allocation is published: participants see their elective.").wait_for()

    page.goto("/fr/editions/13/timetable/")
    part = second.parts.order_by("starts_at").first()
    local = part.starts_at.astimezone(SAO_PAULO)
    item = page.locator("li", has_text="Elective e2, part 1")
    assert re.search(rf"{local:%H:%M}–{part.ends_at.astimezone(SAO_PAULO):%H:%M}", item.inner_text())
    assert "Sao Paulo (Brésil)" in page.locator("main").inner_text()
    page.screenshot(path=artifacts / "programme-timetable.png", full_page=True)

    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger (.ics)").click()
    calendar = icalendar.Calendar.from_ical(open(download.value.path(), "rb").read())  # noqa: SIM115
    starts = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    assert starts["Elective e2, part 1"] == datetime.combine(
        part.starts_at.astimezone(edition.zone).date(), time(15, 30), tzinfo=edition.zone
    )
    assert not any(summary.startswith("Elective e1") for summary in starts)
