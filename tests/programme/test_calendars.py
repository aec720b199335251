"""Calendar feeds: valid RFC 5545, read back by icalendar and by a second, strict parser (ical)."""

import zoneinfo
from datetime import UTC, date, datetime

import icalendar
import pytest
from freezegun import freeze_time
from ical.calendar_stream import IcsCalendarStream

from academy.editions.models import Membership, Role
from academy.programme import services
from tests.factories import EditionFactory
from tests.programme.conftest import at, elective, participant, plenary


@pytest.fixture
def feed_owner(edition, round_one, organiser, client):
    ana = participant(edition, time_zone="America/Sao_Paulo")
    plenary(edition)
    services.move(round_=round_one, users=[ana], elective=elective(edition, round_one, "e1"), by=organiser)
    services.publish(round_=round_one, by=organiser)
    client.force_login(ana)
    client.get(f"/en/editions/{edition.number}/timetable/")
    return ana


def fetch(client, url) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content


def test_personal_feed_parses_with_both_libraries_with_zones_uids_and_sequence(client, feed_owner, edition):
    url = f"/calendar/{feed_owner.calendar_feed.token}.ics"
    content = fetch(client, url)
    calendar = icalendar.Calendar.from_ical(content)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == [
        "SSE principles and values", "Elective e1, part 1", "Elective e1, part 2", "Elective e1, part 3",
    ]  # fmt: skip
    first = events[0]
    assert first.decoded("dtstart") == datetime(2027, 6, 14, 13, tzinfo=zoneinfo.ZoneInfo("Europe/Lisbon"))
    assert first["dtstart"].params["TZID"] == "Europe/Lisbon"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Lisbon"]
    assert first["status"] == "CONFIRMED"
    assert first["sequence"] == 0
    strict = IcsCalendarStream.calendar_from_ics(content.decode())
    assert len(strict.events) == 4
    assert strict.events[0].dtstart.astimezone(zoneinfo.ZoneInfo("UTC")).hour == 12  # 13:00 Lisbon summer time
    assert strict.events[0].url == "https://webinar.example.org/p1"


def test_a_moved_or_cancelled_session_keeps_its_uid_bumps_sequence_and_is_marked(client, feed_owner, edition):
    url = f"/calendar/{feed_owner.calendar_feed.token}.ics"
    before = {str(e["summary"]): str(e["uid"]) for e in icalendar.Calendar.from_ical(fetch(client, url)).walk("VEVENT")}
    session = edition.sessions.get(code="P1")
    session.starts_at, session.cancelled = at(14, 12), True
    session.save()
    after = icalendar.Calendar.from_ical(fetch(client, url)).walk("VEVENT")
    moved = next(e for e in after if str(e["summary"]) == "SSE principles and values")
    assert str(moved["uid"]) == before["SSE principles and values"]
    assert moved["sequence"] == 1
    assert moved["status"] == "CANCELLED"


def test_public_feed_has_only_published_sessions(client, edition):
    plenary(edition)
    plenary(edition, code="P2", published=False, title={"en": "Draft plenary"})
    calendar = icalendar.Calendar.from_ical(fetch(client, f"/en/editions/{edition.number}/programme.ics"))
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["SSE principles and values"]


def test_wrong_or_revoked_token_is_404(client, feed_owner, edition):
    old = feed_owner.calendar_feed.token
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    response = client.post(f"/en/editions/{edition.number}/timetable/new-calendar-address/")
    assert response.status_code == 302
    feed_owner.calendar_feed.refresh_from_db()
    assert feed_owner.calendar_feed.token != old
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{feed_owner.calendar_feed.token}.ics").status_code == 200


def test_dtstamp_is_the_sessions_last_change_not_the_time_of_the_poll(client, edition):
    """RFC 5545: without METHOD, DTSTAMP is when the event was last revised; a feed polled twice is the same."""
    with freeze_time("2027-05-02 09:15:00+00:00"):
        session = plenary(edition)
    url = f"/en/editions/{edition.number}/programme.ics"
    with freeze_time("2027-06-01 10:00:00+00:00"):
        first = fetch(client, url)
    with freeze_time("2027-06-01 10:05:00+00:00"):
        assert fetch(client, url) == first
    (event,) = icalendar.Calendar.from_ical(first).walk("VEVENT")
    assert event.decoded("dtstamp") == datetime(2027, 5, 2, 9, 15, tzinfo=UTC)
    assert b"DTSTAMP:20270502T091500Z" in first  # always in UTC
    with freeze_time("2027-06-02 08:00:00+00:00"):
        session.capacity = 300  # not in the feed
        session.save()
        assert fetch(client, url) == first
    with freeze_time("2027-06-03 16:45:30+00:00"):
        session.title = {"en": "SSE principles and values, revised"}
        session.save(update_fields=["title"])
    (event,) = icalendar.Calendar.from_ical(fetch(client, url)).walk("VEVENT")
    assert event.decoded("dtstamp") == datetime(2027, 6, 3, 16, 45, 30, tzinfo=UTC)


def test_an_edition_in_a_zone_at_utc_all_year_is_written_in_that_zone_with_its_vtimezone(client, edition):
    """Africa/Dakar is UTC+0 all year: icalendar alone takes it for UTC and writes Z with no VTIMEZONE."""
    edition.time_zone = "Africa/Dakar"
    edition.save()
    plenary(edition)  # 13:00 Lisbon summer time is 12:00 in Dakar
    content = fetch(client, f"/en/editions/{edition.number}/programme.ics")
    assert b"DTSTART;TZID=Africa/Dakar:20270614T120000" in content
    assert b"DTEND;TZID=Africa/Dakar:20270614T133000" in content
    calendar = icalendar.Calendar.from_ical(content)
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Africa/Dakar"]
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2027, 6, 14, 12, tzinfo=zoneinfo.ZoneInfo("Africa/Dakar"))
    strict = IcsCalendarStream.calendar_from_ics(content.decode())
    (strict_event,) = strict.events
    assert strict_event.dtstart == datetime(2027, 6, 14, 12, tzinfo=UTC)
    assert [zone.tz_id for zone in strict.timezones] == ["Africa/Dakar"]


def test_a_feed_mixing_editions_writes_each_session_in_its_editions_zone(client, feed_owner, edition):
    """The personal feed spans editions: one VTIMEZONE per zone used, none for an edition held in UTC."""
    other = EditionFactory(
        number=14, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone="Africa/Dakar"
    )
    utc = EditionFactory(number=15, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone="UTC")
    for edition_of_elsewhere, code in ((other, "D1"), (utc, "U1")):
        Membership.objects.create(edition=edition_of_elsewhere, user=feed_owner, role=Role.PARTICIPANT)
        plenary(edition_of_elsewhere, code=code, title={"en": f"Plenary {code}"})
    content = fetch(client, f"/calendar/{feed_owner.calendar_feed.token}.ics")
    calendar = icalendar.Calendar.from_ical(content)
    assert sorted(str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")) == ["Africa/Dakar", "Europe/Lisbon"]
    starts = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    assert starts["Plenary D1"] == datetime(2027, 6, 14, 12, tzinfo=zoneinfo.ZoneInfo("Africa/Dakar"))
    assert str(starts["Plenary D1"].tzinfo) == "Africa/Dakar"
    assert starts["Plenary U1"] == datetime(2027, 6, 14, 12, tzinfo=UTC)
    assert b"DTSTART;TZID=Africa/Dakar:20270614T120000" in content
    assert b"DTSTART:20270614T120000Z" in content
    strict = IcsCalendarStream.calendar_from_ics(content.decode())
    assert {event.summary: event.dtstart.astimezone(UTC).hour for event in strict.events}["Plenary U1"] == 12
