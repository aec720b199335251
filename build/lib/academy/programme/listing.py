"""Sessions as the programme shows them: times, languages and labels worked out once per session, in Python.

Rendering a session used to include two templates and convert its times in `{% timezone %}` blocks,
about 1.4 ms a session; the lines below cost a fraction of that (docs/performance.md). The edition's
agenda is moreover kept in the cache under the version of its programme (`common.freshness`): every
participant reads the same one, and any change to a session or to the edition makes a new one.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.common import freshness
from academy.common.i18n import localize
from academy.editions.models import Edition
from academy.programme.models import Session
from academy.programme.topics import PROGRAMME, SESSION_PAGES


@dataclass(frozen=True)
class SessionLine:
    session: Session
    title: str
    title_language: str
    kind: str
    url: str
    when: SafeString  # in the edition's zone, then the reader's (or a place for the browser to write it)
    floor: str
    interpretation: str
    audience: str  # "" when open to all

    @property
    def starts_at(self) -> datetime:
        return self.session.starts_at


class _Days:
    """Day labels ("Mon 7 Sep") made once per day in the active language, not once per session."""

    def __init__(self):
        self.labels: dict[date, str] = {}

    def when(self, starts: datetime, ends: datetime, zone: ZoneInfo) -> str:
        starts, ends = starts.astimezone(zone), ends.astimezone(zone)
        day = starts.date()
        if day not in self.labels:
            self.labels[day] = dateformat.format(day, "D j M")
        return f"{self.labels[day]}, {starts:%H:%M}–{ends:%H:%M} {ends.tzname()}"


def lines(sessions: list[Session], reader_zone: str | None) -> list[SessionLine]:
    """One line per session (each session's `edition` is read, so select it with them)."""
    days, language, kinds, audiences, words = _Days(), get_language(), {}, {}, labels(reader_zone)
    reader = ZoneInfo(reader_zone) if reader_zone else None
    made = []
    for session in sessions:
        edition = session.edition
        title, title_language = localize(session.title, language, edition.main_language)
        if session.kind not in kinds:
            kinds[session.kind] = session.get_kind_display()
        if session.audience not in audiences:
            audiences[session.audience] = "" if session.is_open_to_all else session.get_audience_display()
        made.append(
            SessionLine(
                session=session,
                title=title,
                title_language=title_language,
                kind=kinds[session.kind],
                url=session_url(edition.number, session.code),
                when=_when(session, days, reader, words),
                floor=", ".join(session.floor_languages).upper(),
                interpretation=", ".join(session.interpretation).upper(),
                audience=audiences[session.audience],
            )
        )
    return made


def session_url(number: int, code: str) -> str:
    return reverse("programme:session", args=[number, code])


def _when(session: Session, days: _Days, reader: ZoneInfo | None, words: dict[str, str]) -> SafeString:
    edition, starts, ends = session.edition, session.starts_at.isoformat(), session.ends_at.isoformat()
    html = format_html(
        '<time datetime="{}">{}</time> ({})',
        starts,
        days.when(session.starts_at, session.ends_at, edition.zone),
        edition.time_zone,
    )
    if reader is None:  # the reader's zone is unknown: their browser writes their time (local-time.js)
        return html + format_html(
            '<br>\n<span class="muted" hidden data-label="{}" data-local-range="{}/{}"></span>',
            words["your_time"],
            starts,
            ends,
        )
    if reader.key != edition.time_zone:
        return html + format_html(
            '<br>\n<span class="muted">{} {}</span>',
            words["your_zone"],
            days.when(session.starts_at, session.ends_at, reader),
        )
    return html


def by_day(items: list, zone: ZoneInfo) -> list[tuple[date, list]]:
    """Sessions (or their lines) by the day they start in this zone, days in order."""
    days = defaultdict(list)
    for item in items:
        days[item.starts_at.astimezone(zone).date()].append(item)
    return sorted(days.items())


def labels(reader_zone: str | None) -> dict[str, str]:
    """The words every line repeats, translated once per page."""
    return {
        "cancelled": _("Cancelled"),
        "unpublished": _("Not published"),
        "floor": _("Floor"),
        "interpretation": _("Interpretation"),
        "your_time": _("Your time:"),
        "your_zone": _("Your time (%(zone)s):") % {"zone": reader_zone} if reader_zone else "",
    }


def topic_choices(edition: Edition) -> list[tuple[int, str]]:
    """The sub-topics the agenda filters by, named in the reader's language: kept with the programme."""
    return freshness.cached(
        "agenda-topics",
        [(PROGRAMME, edition.pk)],
        lambda: [(topic.pk, str(topic.name)) for topic in edition.sub_topics.all()],
        vary_on=(edition.pk, get_language()),
    )


def agenda_html(
    edition: Edition, filters, sessions: Callable[[dict], list[Session]], *, reader_zone: str | None, manages: bool
) -> SafeString:
    """The agenda's filters, days and sessions as HTML, from the cache while the edition's programme is unchanged.

    `sessions(chosen)` reads the sessions the filters chose, called only when the cache has no agenda for
    these filters, in this language, for this reader's zone and role. A form with errors is never cached:
    what is cached is bounded by the valid choices, whatever the query strings sent.
    """
    chosen = filters.cleaned_data if filters.is_valid() else {}
    chosen = {key: str(chosen.get(key) or "") for key in ("kind", "language", "topic")}

    def make() -> str:
        context = {
            "filters": filters,
            "days": by_day(lines(sessions(chosen), reader_zone), edition.zone),
            "labels": labels(reader_zone),
        }
        return render_to_string("programme/_agenda.html", context)

    if filters.is_bound and not filters.is_valid():
        return mark_safe(make())  # noqa: S308 (rendered by our own template, escaped there)
    vary_on = (get_language(), reader_zone or "", manages, *chosen.values())
    html = freshness.cached("agenda", [(PROGRAMME, edition.pk)], make, vary_on=vary_on)
    return mark_safe(html)  # noqa: S308 (as above)


# Codes that are no session are kept too (as None), but only this long, since anyone can type them.
CODES_KEPT_FOR = 3600


def session_by_code(edition: Edition, code: str) -> Session | None:
    """The session of a page, with its elective and sub-topic, from the cache while the programme is unchanged."""
    return freshness.cached(
        "session-by-code",
        [(PROGRAMME, edition.pk)],
        lambda: Session.objects.select_related("elective", "sub_topic").filter(edition=edition, code=code).first(),
        vary_on=(edition.pk, code),
        kept_for=CODES_KEPT_FOR,
    )


def session_html(session: Session, *, reader_zone: str | None) -> SafeString:
    """A session's page but the reader's own part (joining it), from the cache while its edition's are unchanged."""
    edition = session.edition

    def make() -> str:
        context = {
            "edition": edition,
            "session": session,
            "appearances": session.appearances.select_related("speaker"),
            "materials": session.materials.all(),
            "when": lines([session], reader_zone)[0].when,
        }
        return render_to_string("programme/_session.html", context)

    topics = [(PROGRAMME, edition.pk), (SESSION_PAGES, edition.pk), (SESSION_PAGES, None)]
    html = freshness.cached("session", topics, make, vary_on=(session.pk, get_language(), reader_zone or ""))
    return mark_safe(html)  # noqa: S308 (rendered by our own template, escaped there)
