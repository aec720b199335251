"""iCalendar (RFC 5545) feeds of sessions, built with the icalendar library."""

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from academy.common.i18n import localize

UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://sse-academy.org/programme/session")


def session_uid(session) -> str:
    """Stable for the life of the session, whatever changes in it."""
    return f"{uuid.uuid5(UID_NAMESPACE, str(session.pk))}@sse-academy"


def add_local_time(event: Event, name: str, moment: datetime, zone: ZoneInfo) -> None:
    """The moment as the wall clock of the edition's zone, with that zone's TZID (and so its VTIMEZONE).

    The TZID is given, not guessed: icalendar names a zone by an equivalent one and takes a zone at UTC+0
    all year (Africa/Dakar, Africa/Abidjan...) for UTC itself. Only a zone that is UTC is written with Z."""
    local = moment.astimezone(zone)
    if local.tzname() == "UTC":
        event.add(name, local.astimezone(UTC))
    else:
        event.add(name, local.replace(tzinfo=None), parameters={"TZID": zone.key})


def calendar_of(sessions, name: str, language: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//SSE Academy//Programme//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        fallback = session.edition.main_language
        zone = session.edition.zone
        event = Event()
        event.add("uid", session_uid(session))
        event.add("dtstamp", session.changed_at.astimezone(UTC))  # last revised (RFC 5545 3.8.7.2), not polled
        add_local_time(event, "dtstart", session.starts_at, zone)
        add_local_time(event, "dtend", session.ends_at, zone)
        event.add("summary", localize(session.title, language, fallback)[0])
        event.add("sequence", session.sequence)
        event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
        details = [localize(session.description, language, fallback)[0]]
        if session.online_url:
            event.add("url", session.online_url)
            details.append(session.online_url)
        if session.livestream_url:
            details.append(session.livestream_url)
        if session.place or session.online_url:
            event.add("location", session.place or session.online_url)
        event.add("description", "\n\n".join(d for d in details if d))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
