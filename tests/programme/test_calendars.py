"""Calendar feeds: valid RFC 5545, read back by icalendar and by a second, strict parser (ical)."""

import zoneinfo
from datetime import datetime

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

from academy.programme import services
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
