"""Attendance: reports imported and matched, check-ins, hand records, excuses, and participation rates."""

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property, partial
from zoneinfo import ZoneInfo

import numpy as np
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from academy.attendance import intervals as spans
from academy.attendance import packed
from academy.attendance.matching import Matcher, email_key, name_key, remembered_key
from academy.attendance.models import (
    Badge,
    Excuse,
    KnownName,
    Presence,
    ReportAttendance,
    ReviewItem,
    ReviewStatus,
    SelfCheckInCode,
    Source,
    WebinarReport,
)
from academy.attendance.readers import DateOrder, ReportRefused, no_cycle_collection, read
from academy.audit.services import log_action
from academy.common import freshness
from academy.common.codes import new_code, normalise_code
from academy.editions.models import AttendanceRule, Edition, Role
from academy.editions.rules import is_participant
from academy.editions.services import participants
from academy.editions.topics import RECORDS
from academy.people.models import EmailAlias, User
from academy.people.rules import platform_staff
from academy.programme.models import FOR_EVERYONE, Kind, Placement, Session, SessionSpeaker, Signup
from academy.programme.services import Enrolment, published_sessions_of

VISITS = (Kind.FIELD_VISIT, Kind.VIRTUAL_VISIT)


class ImportRefused(Exception):
    """Nothing was imported; ``messages`` says why, one per problem (with line numbers for rows)."""

    def __init__(self, messages: list[str], *, date_order: str = ""):
        super().__init__(messages)
        self.messages = messages
        self.date_order = date_order  # the order of the dates that would read the file, when that is the problem


def attendance_changed(session: Session) -> None:
    """Presences and excuses send no signal the figures listen to (an import writes thousands at once)."""
    freshness.changed(RECORDS, session.edition_id)


def window(session: Session) -> tuple[int, int]:
    return int(session.starts_at.timestamp()), int(session.ends_at.timestamp())


def presence(*, session: Session, user: User, source: str, intervals: list, **fields) -> Presence:
    """A presence row (unsaved) with its seconds counted for the session's current window."""
    start, end = window(session)
    return Presence(
        session=session,
        user=user,
        source=source,
        intervals=[list(interval) for interval in spans.merge(map(tuple, intervals))],
        seconds=spans.covered_seconds(map(tuple, intervals), start, end),
        window_start=start,
        window_end=end,
        **fields,
    )


# Importing reports -------------------------------------------------------------------------------


@dataclass
class ImportOutcome:
    report: WebinarReport
    unchanged: bool = False
    replaced: WebinarReport | None = None
    to_review: int = 0


def matcher_for(session: Session) -> Matcher:
    return matcher_for_edition(session.edition)


def matcher_for_edition(edition: Edition) -> Matcher:
    """Who is who in anything an edition imports (webinar reports, the Moodle course's completion report):
    its participants and their confirmed addresses, its staff and speakers, and what organisers matched."""
    people = participants(edition)
    emails = defaultdict(list)
    confirmed = EmailAlias.objects.filter(user__in=people, confirmed_at__isnull=False)
    for user_id, email in confirmed.values_list("user_id", "email"):
        emails[user_id].append(email)
    named = people.values_list("pk", "certificate_name", "email")
    staff = User.objects.filter(
        Q(pk__in=platform_staff().values("pk"))
        | Q(memberships__edition=edition, memberships__role__in=[Role.ORGANISER, Role.SPEAKER])
    ).exclude(pk__in=people.values("pk"))
    speakers = SessionSpeaker.objects.filter(session__edition=edition).values_list("speaker__name", flat=True)
    staff_rows = list(staff.values_list("email", "certificate_name"))
    return Matcher(
        participants={pk: (name, [email, *emails.get(pk, ())]) for pk, name, email in named},
        staff_emails={email.lower() for email, _name in staff_rows},
        staff_names={name_key(name) for name in [*(name for _email, name in staff_rows), *speakers]},
        remembered=dict(KnownName.objects.filter(edition=edition).values_list("key", "user_id")),
    )


@dataclass(frozen=True)
class ReportFile:
    """One report of a batch (`import_reports`): the file and how to read it."""

    session: Session
    platform: str
    data: bytes
    file_name: str
    time_zone: str
    date_order: str = DateOrder.PLATFORM


@transaction.atomic
def import_reports(*, files: Iterable[ReportFile], by: User, now: datetime) -> list[ImportOutcome]:
    """Several reports at once (a week of plenaries), all of them or, if any is refused, none.

    Each is imported as `import_report` imports it alone; the edition's people are read and their
    names and addresses prepared once for the whole batch (importing a report changes none of them),
    and each distinct name and address is matched once across the batch.
    """
    matchers: dict[int, Matcher] = {}
    outcomes = []
    for report_file in files:
        session = report_file.session
        if session.edition_id not in matchers:
            matchers[session.edition_id] = matcher_for(session)
        outcomes.append(
            import_report(
                session=session,
                platform=report_file.platform,
                data=report_file.data,
                file_name=report_file.file_name,
                time_zone=report_file.time_zone,
                date_order=report_file.date_order,
                by=by,
                now=now,
                matcher=matchers[session.edition_id],
            )
        )
    return outcomes


def import_report(
    *,
    session: Session,
    platform: str,
    data: bytes,
    file_name: str,
    time_zone: str,
    by: User,
    now: datetime,
    date_order: str = DateOrder.PLATFORM,
    matcher: Matcher | None = None,
) -> ImportOutcome:
    """Read, match and store one report for a session: all of it or, on any problem, nothing.

    The same file read the same way again changes nothing (recognised by its SHA-256, platform, time
    zone and order of dates); another file, or the same one read another way (a wrong zone corrected),
    replaces the earlier report and what came from it. `matcher`: the session's edition's, when the
    caller has it (`import_reports`); read from the database otherwise. `now`: the time of the request; a
    session that has not started by then has no attendance to report, and its report is refused.
    """
    digest = hashlib.sha256(data).hexdigest()
    current = WebinarReport.objects.filter(session=session, replaced_at=None).first()
    if current and (current.content_hash, current.platform, current.time_zone, current.date_order) == (
        digest,
        platform,
        time_zone,
        date_order,
    ):
        return ImportOutcome(report=current, unchanged=True)
    refuse_if_unfit(session, digest, time_zone, now)
    try:
        report = read(platform, data, ZoneInfo(time_zone), date_order)
    except ReportRefused as refused:
        raise ImportRefused([refused.message], date_order=refused.date_order) from None
    if report.problems:
        raise ImportRefused(
            [_("Line %(line)s: %(problem)s") % {"line": p.line, "problem": p.message} for p in report.problems]
        )
    start, end = window(session)
    if len(report.joined) and not np.any((report.joined < end) & (report.left > start)):
        raise ImportRefused([times_elsewhere(session, report, ZoneInfo(time_zone))])
    matcher = matcher or matcher_for(session)
    with no_cycle_collection():  # tens of thousands of small objects and no cycle among them, as in `read`
        who = matched(matcher, report)
        person = who > 0
        arrays = packed.pack(who[person], report.joined[person], report.left[person], start, end)
    unknown: dict[tuple[str, str], list] = defaultdict(list)  # one review row per name and address
    for index in np.flatnonzero(who == UNKNOWN).tolist():
        unknown[(report.names[index], report.emails[index])].append(
            (report.lines[index], int(report.joined[index]), int(report.left[index]))
        )

    with transaction.atomic():
        Session.objects.select_for_update().filter(pk=session.pk).first()  # one import per session at a time
        replaced = WebinarReport.objects.filter(session=session, replaced_at=None).first()
        if replaced:
            replaced.replaced_at = now
            replaced.save(update_fields=["replaced_at"])
            ReportAttendance.objects.filter(report=replaced).delete()
            replaced.review_items.filter(status=ReviewStatus.OPEN).delete()
        stored = WebinarReport.objects.create(
            session=session,
            platform=platform,
            file_name=file_name[:255],
            content_hash=digest,
            time_zone=time_zone,
            date_order=date_order,
            imported_by=by,
            rows=len(report.lines),
            matched_rows=int(person.sum()),
            staff_rows=int((who == STAFF).sum()),
        )
        attendance = ReportAttendance(report=stored, session=session, window_start=start, window_end=end)
        attendance.store(arrays)
        attendance.insert()
        attendance_changed(session)
        ReviewItem.objects.bulk_create(
            ReviewItem(
                report=stored,
                lines=[line for line, _joined, _left in rows],
                name=name[:255],
                email=email[:254],
                intervals=[[joined, left] for _line, joined, left in rows],
            )
            for (name, email), rows in unknown.items()
        )
        log_action(
            actor=by,
            action="attendance.import_report",
            obj=stored,
            edition=session.edition,
            data={"session": session.code, "rows": len(report.lines), "replaced": replaced.pk if replaced else None},
        )
    return ImportOutcome(report=stored, replaced=replaced, to_review=len(unknown))


STAFF, UNKNOWN, DISMISSED = 0, -1, -2  # what a row is when it is not a participant's id


def matched(matcher: Matcher, report) -> np.ndarray:
    """Each row's participant id, or STAFF, UNKNOWN or DISMISSED: each distinct name, address and role decided once.

    A participant's address decides whatever the name and role (as in `Matcher.decide`), so the rows are
    first looked up by address alone, each distinct address once; only the others go by name.
    """
    by_address = matcher.by_address  # kept by the matcher: a batch of reports meets the same people again
    for email in dict.fromkeys(report.emails).keys() - by_address.keys():
        by_address[email] = matcher.by_email.get(email_key(email), 0)
    who = np.fromiter(map(by_address.__getitem__, report.emails), dtype=np.int64, count=len(report.emails))
    rest = np.flatnonzero(who == 0).tolist()
    if rest:
        names, emails, roles = report.names, report.emails, report.roles
        keys = [(names[index], emails[index], roles[index]) for index in rest]
        codes = {"staff": STAFF, "unknown": UNKNOWN, "dismissed": DISMISSED}
        decided = matcher.decided
        for key in dict.fromkeys(keys).keys() - decided.keys():
            match = matcher.match(*key)
            decided[key] = match.user_id if match.kind == "person" else codes[match.kind]
        who[rest] = np.fromiter(map(decided.__getitem__, keys), dtype=np.int64, count=len(keys))
    return who


def refuse_if_unfit(session: Session, digest: str, time_zone: str, now: datetime) -> None:
    if session.cancelled:
        raise ImportRefused([_("This session was cancelled: it takes no attendance.")])
    if session.starts_at > now:
        raise ImportRefused(
            [
                _("This session has not started yet (it starts on %(start)s): import its report after it.")
                % {"start": formats.date_format(session.starts_at.astimezone(session.edition.zone), "DATETIME_FORMAT")}
            ]
        )
    try:
        ZoneInfo(time_zone)
    except (KeyError, ValueError):
        raise ImportRefused([_("Unknown time zone: %(zone)s.") % {"zone": time_zone}]) from None
    elsewhere = (
        WebinarReport.objects.filter(session__edition=session.edition_id, content_hash=digest, replaced_at=None)
        .exclude(session=session)
        .select_related("session")
        .first()
    )
    if elsewhere:
        raise ImportRefused(
            [_("This file is already imported for session %(code)s.") % {"code": elsewhere.session.code}]
        )


def times_elsewhere(session: Session, report, zone: ZoneInfo) -> str:
    first = datetime.fromtimestamp(int(report.joined.min()), zone)
    last = datetime.fromtimestamp(int(report.left.max()), zone)
    local = session.edition.zone
    return _(
        "The report runs from %(first)s to %(last)s, which is not during the session (%(start)s to %(end)s). "
        "Check that you chose the right session and time zone."
    ) % {
        "first": first.strftime("%Y-%m-%d %H:%M"),
        "last": last.strftime("%Y-%m-%d %H:%M"),
        "start": session.starts_at.astimezone(local).strftime("%Y-%m-%d %H:%M"),
        "end": session.ends_at.astimezone(local).strftime("%Y-%m-%d %H:%M %Z"),
    }


# The review queue ---------------------------------------------------------------------------------


@transaction.atomic
def resolve_review(*, item: ReviewItem, person: User | None, by: User) -> None:
    """Match a row to a participant (their time is added) or dismiss it; either way it is remembered."""
    item = ReviewItem.objects.select_for_update().select_related("report__session__edition").get(pk=item.pk)
    if item.status != ReviewStatus.OPEN or item.report.replaced_at:
        raise ValidationError(_("This row was already dealt with."))
    session = item.report.session
    if person is not None and not is_participant(person, session.edition):
        raise ValidationError(_("%(name)s is not a participant of this edition.") % {"name": person})
    if person is not None:
        start, end = window(session)
        reported = ReportAttendance.objects.select_for_update().get(report=item.report)
        reported.store(packed.adding(reported.packed, person.pk, item.intervals, start, end))
        reported.window_start, reported.window_end = start, end
        reported.save()
        attendance_changed(session)
    item.status = ReviewStatus.MATCHED if person else ReviewStatus.DISMISSED
    item.matched_user = person
    item.resolved_by = by
    item.resolved_at = timezone.now()
    item.save()
    remember_match(edition=session.edition, name=item.name, email=item.email, person=person)
    log_action(
        actor=by,
        action="attendance.match_row" if person else "attendance.dismiss_row",
        obj=item,
        edition=session.edition,
        data={"name": item.name, "email": item.email, "person": person.pk if person else None},
    )


def remember_match(*, edition: Edition, name: str, email: str, person: User | None) -> None:
    """An organiser's answer for a row (a participant, or None for dismissed), applied to every later import of
    the edition, whatever it imports: a webinar report or the Moodle course's completion report."""
    KnownName.objects.update_or_create(edition=edition, key=remembered_key(name, email), defaults={"user": person})


def open_review_items(edition: Edition):
    return ReviewItem.objects.filter(
        report__session__edition=edition, report__replaced_at=None, status=ReviewStatus.OPEN
    ).select_related("report__session")


@dataclass
class QueueRow:
    item: ReviewItem
    seconds: int  # the row's time, overlaps counted once
    suggestion: int | None  # the participant whose name comes closest, if any comes close


def review_queue(edition: Edition, *, limit: int = 200) -> list[QueueRow]:
    """The open rows of the current reports, each with the organiser's likeliest answer."""
    items = list(open_review_items(edition).order_by("report__session__starts_at", "pk")[:limit])
    named = participants(edition).values_list("pk", "certificate_name")
    matcher = Matcher(participants={pk: (name, []) for pk, name in named})
    return [
        QueueRow(
            item=item,
            seconds=sum(end - start for start, end in spans.merge(map(tuple, item.intervals))),
            suggestion=next(iter(matcher.suggestions(item.name)), None) if item.name else None,
        )
        for item in items
    ]


# By hand, at the door, and self check-in ----------------------------------------------------------


def require_participant(user: User, edition: Edition) -> None:
    if not is_participant(user, edition):
        raise ValidationError(_("%(name)s is not a participant of this edition.") % {"name": user})


@transaction.atomic
def record_by_hand(*, session: Session, person: User, minutes: int | None, reason: str, by: User) -> Presence:
    """An organiser records attendance a report missed (Teams lets people opt out of its report).

    Without minutes, the whole session. The participant sees the record and its reason.
    """
    require_participant(person, session.edition)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why you record this attendance by hand."))
    start, end = window(session)
    if minutes is not None and not 0 < minutes * 60 <= end - start:
        raise ValidationError(_("The minutes must be between 1 and the session's length."))
    length = end - start if minutes is None else minutes * 60
    Presence.objects.filter(session=session, user=person, source=Source.MANUAL).delete()
    record = presence(
        session=session,
        user=person,
        source=Source.MANUAL,
        intervals=[[start, start + length]],
        reason=reason,
        recorded_by=by,
    )
    record.save()
    attendance_changed(session)
    log_action(actor=by, action="attendance.record_by_hand", obj=record, edition=session.edition, reason=reason)
    return record


@transaction.atomic
def excuse(*, session: Session, person: User, reason: str, by: User) -> Excuse:
    require_participant(person, session.edition)
    if not reason.strip():
        raise ValidationError(_("Say why the absence is excused."))
    excused, _created = Excuse.objects.update_or_create(
        session=session, user=person, defaults={"reason": reason.strip(), "excused_by": by}
    )
    log_action(actor=by, action="attendance.excuse", obj=excused, edition=session.edition, reason=reason)
    attendance_changed(session)
    return excused


@transaction.atomic
def withdraw_excuse(*, session: Session, person: User, by: User) -> None:
    for excused in Excuse.objects.filter(session=session, user=person):
        log_action(actor=by, action="attendance.withdraw_excuse", obj=excused, edition=session.edition)
        excused.delete()
    attendance_changed(session)


def self_check_in_code(session: Session) -> SelfCheckInCode:
    """The session's self check-in code, made the first time an organiser asks for it."""
    code, _created = SelfCheckInCode.objects.get_or_create(session=session, defaults={"code": new_code(6)})
    return code


def grace() -> timedelta:
    return timedelta(minutes=settings.ACADEMY_SELF_CHECK_IN_GRACE_MINUTES)


@transaction.atomic
def self_check_in(*, edition: Edition, person: User, code: str, now: datetime | None = None) -> Session:
    """A participant types the code shown in a live session: the session counts as attended, once."""
    now = now or timezone.now()
    require_participant(person, edition)
    found = (
        SelfCheckInCode.objects.filter(session__edition=edition, code=normalise_code(code))
        .select_related("session")
        .first()
    )
    if found is None:
        raise ValidationError(_("This code is not valid for this edition."))
    session = found.session
    if not session.starts_at - grace() <= now <= session.ends_at + grace():
        raise ValidationError(_("This code only works during its session, give or take a few minutes."))
    record = presence(session=session, user=person, source=Source.SELF, intervals=[list(window(session))])
    if Presence.objects.filter(session=session, user=person, source=Source.SELF).exists():
        raise ValidationError(_("You already checked in to this session."))
    record.save()
    attendance_changed(session)
    return session


def badge_of(edition: Edition, person: User) -> Badge:
    badge, _created = Badge.objects.get_or_create(edition=edition, user=person, defaults={"code": new_code(8)})
    return badge


@transaction.atomic
def check_in(*, session: Session, badge_code: str, leaving: bool, by: User, now: datetime | None = None) -> User:
    """At the door: arriving opens an interval, leaving closes it; an interval left open runs to the end."""
    now = now or timezone.now()
    badge = (
        Badge.objects.filter(edition=session.edition, code=normalise_code(badge_code)).select_related("user").first()
    )
    if badge is None:
        raise ValidationError(_("No badge of this edition has this code."))
    person = badge.user
    require_participant(person, session.edition)
    record = Presence.objects.select_for_update().filter(session=session, user=person, source=Source.CHECK_IN).first()
    moments = record.intervals if record else []
    moment = int(now.timestamp())
    if leaving:
        if not moments or moments[-1][1] != window(session)[1] or moments[-1][0] > moment:
            raise ValidationError(_("%(name)s has not checked in to this session.") % {"name": person})
        moments[-1][1] = moment
    else:
        if moments and moments[-1][0] <= moment < moments[-1][1]:
            raise ValidationError(_("%(name)s is already checked in.") % {"name": person})
        moments.append([moment, window(session)[1]])
    if record:
        record.delete()
    presence(session=session, user=person, source=Source.CHECK_IN, intervals=moments, recorded_by=by).save()
    attendance_changed(session)
    return person


# Participation ------------------------------------------------------------------------------------


@dataclass
class SessionAttendance:
    session: Session
    scheduled: int
    attended: int
    credited: int
    held: bool
    sources: list[str] = field(default_factory=list)
    by_hand: str = ""
    excused: str = ""


@dataclass(frozen=True)
class Totals:
    """One person's seconds, not counting excused sessions: expected and credited, overall and of the
    sessions already held, and expected of those still to come."""

    scheduled: int
    credited: int
    held_scheduled: int
    held_credited: int
    remaining: int


class Participation:
    """One person's attendance: totals worked out for everyone at once, the lines session by session made
    only when something reads them (a list of 10,000 people sorted by rate needs no lines)."""

    def __init__(self, *, person: User, threshold: int, totals: Totals, lines: Callable[[], list[SessionAttendance]]):
        self.person = person
        self.threshold = threshold
        self.totals = totals
        self._lines = lines

    @cached_property
    def sessions(self) -> list[SessionAttendance]:
        return self._lines()

    @property
    def scheduled(self) -> int:
        return self.totals.scheduled

    @property
    def credited(self) -> int:
        return self.totals.credited

    @property
    def rate_so_far(self) -> float | None:
        held = self.totals.held_scheduled
        return self.totals.held_credited / held if held else None

    @property
    def rate_final(self) -> float | None:
        return self.credited / self.scheduled if self.scheduled else None

    @property
    def needed(self) -> int:
        """Seconds still to attend to reach the threshold over the whole programme."""
        return max(0, -(-self.threshold * self.scheduled // 100) - self.credited)

    @property
    def remaining(self) -> int:
        return self.totals.remaining

    @property
    def meets_threshold(self) -> bool:
        return self.scheduled > 0 and self.needed == 0

    @property
    def can_still_reach(self) -> bool:
        return self.needed <= self.remaining


def _expected(
    sessions: dict[int, Session], user_ids, placements: Iterable[tuple[int, int]], visits: Iterable[tuple[int, int]]
) -> dict[int, set[int]]:
    """Each person's sessions among `sessions`: those for everyone, their electives' parts, their study visits."""
    common = {pk for pk, session in sessions.items() if session.kind in FOR_EVERYONE}
    parts = defaultdict(set)
    for pk, session in sessions.items():
        if session.elective_id:
            parts[session.elective_id].add(pk)
    expected = {user_id: set(common) for user_id in user_ids}
    for user_id, elective_id in placements:
        if user_id in expected:
            expected[user_id] |= parts[elective_id]
    for user_id, session_id in visits:
        if user_id in expected and session_id in sessions:
            expected[user_id].add(session_id)
    return expected


def _held(editions: list[Edition]) -> dict[int, dict[int, Session]]:
    """The sessions that count, published and not cancelled, by id, by edition id."""
    return {
        edition_id: {session.pk: session for session in sessions if not session.cancelled}
        for edition_id, sessions in published_sessions_of(editions).items()
    }


def expected_sessions(
    edition: Edition, user_ids: list[int], *, everyone: bool
) -> tuple[dict[int, Session], dict[int, set[int]]]:
    """Everyone's sessions: the opening, plenaries and closing, their published electives, their study visit."""
    only_them = {} if everyone else {"user_id__in": user_ids}  # a long list of ids costs more than the rows
    sessions = _held([edition])[edition.pk]
    placements = Placement.objects.filter(
        round__edition=edition, published=True, elective__cancelled=False, **only_them
    ).values_list("user_id", "elective_id")
    visits = Signup.objects.filter(session__edition=edition, session__kind__in=VISITS, **only_them)
    return sessions, _expected(sessions, user_ids, placements, visits.values_list("user_id", "session_id"))


@dataclass
class _Recorded:
    """What was recorded of people at sessions: reports' seconds by session, the rest by (session id, user id)."""

    reported: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # ids sorted, seconds
    attended: dict[tuple[int, int], int] = field(default_factory=dict)  # other sources, and all sources merged
    sources: dict[tuple[int, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_hand: dict[tuple[int, int], str] = field(default_factory=dict)
    excused: dict[tuple[int, int], str] = field(default_factory=dict)

    def in_report(self, key: tuple[int, int]) -> int | None:
        """The seconds the session's report gives the person, if it names them."""
        found = self.reported.get(key[0])
        at = None if found is None else packed.position(found[0], key[1])
        return None if at is None else int(found[1][at])

    def seconds(self, key: tuple[int, int]) -> int:
        return self.attended[key] if key in self.attended else self.in_report(key) or 0

    def sources_of(self, key: tuple[int, int]) -> list[str]:
        found = self.sources.get(key, [])
        return [Source.REPORT, *found] if self.in_report(key) is not None else found


def _recorded(reported, presences, excuses, sessions: dict[int, Session], user_ids: set[int]) -> _Recorded:
    """Seconds attended, sources, reasons and excuses from these ReportAttendance, Presence and Excuse query sets."""
    recorded = _Recorded()
    wanted = np.fromiter(user_ids, dtype=np.int64, count=len(user_ids))
    rows = reported.filter(session__in=list(sessions)).values_list(
        "session_id", "people", "seconds", "window_start", "window_end"
    )
    for session_id, people, seconds, start, end in rows:
        people, seconds = packed.from_bytes(people), packed.from_bytes(seconds)
        if (start, end) != window(sessions[session_id]):  # the session moved since the import: count again
            seconds = packed.covered(reported.get(session_id=session_id).packed, *window(sessions[session_id]))
        if len(wanted) == 1:  # one person's page: a binary search, not a pass over everyone
            at = packed.position(people, int(wanted[0]))
            found = slice(0) if at is None else slice(at, at + 1)
        else:
            found = np.isin(people, wanted)
        recorded.reported[session_id] = (people[found], seconds[found])
    needs_intervals = set()
    rows = presences.values_list("session_id", "user_id", "source", "seconds", "window_start", "window_end", "reason")
    for session_id, user_id, source, seconds, start, end, reason in rows.iterator(chunk_size=20_000):
        if session_id not in sessions or user_id not in user_ids:
            continue
        key = (session_id, user_id)
        recorded.sources[key].append(source)
        if source == Source.MANUAL:
            recorded.by_hand[key] = reason
        if key in recorded.attended or recorded.in_report(key) is not None or (start, end) != window(sessions[key[0]]):
            needs_intervals.add(key)
        recorded.attended[key] = seconds
    for key in needs_intervals:  # several sources overlap, or the session moved since: count again
        found = list(Presence.objects.filter(session_id=key[0], user_id=key[1]).values_list("intervals", flat=True))
        if recorded.in_report(key) is not None:
            arrays = reported.get(session_id=key[0]).packed
            found.append(arrays.intervals_of(arrays.index_of(key[1])))
        recorded.attended[key] = spans.covered_seconds(
            (tuple(interval) for intervals in found for interval in intervals), *window(sessions[key[0]])
        )
    for session_id, user_id, reason in excuses.values_list("session_id", "user_id", "reason"):
        recorded.excused[(session_id, user_id)] = reason
    return recorded


def _participations(
    edition: Edition,
    people: list[User],
    expected: dict[int, set[int]],
    sessions: dict[int, Session],
    recorded: _Recorded,
    now: datetime,
) -> list[Participation]:
    """Everyone's participation under the edition's counting rule, the totals as matrices of people x sessions."""
    order = sorted(sessions, key=lambda pk: sessions[pk].starts_at)
    column = {pk: index for index, pk in enumerate(order)}
    length = np.array([int((sessions[pk].ends_at - sessions[pk].starts_at).total_seconds()) for pk in order], np.int64)
    held = np.array([sessions[pk].ends_at <= now for pk in order], dtype=bool)
    ids = np.array([person.pk for person in people], dtype=np.int64)
    row = {user_id: index for index, user_id in enumerate(ids.tolist())}
    counted = np.zeros((len(people), len(order)), dtype=bool)
    alike = defaultdict(list)  # most people expect the same sessions
    for index, person in enumerate(people):
        alike[frozenset(expected[person.pk])].append(index)
    for session_ids, rows in alike.items():
        counted[np.ix_(rows, [column[pk] for pk in session_ids])] = True
    for session_id, user_id in recorded.excused:
        if session_id in column and user_id in row:
            counted[row[user_id], column[session_id]] = False
    attended = np.zeros(counted.shape, dtype=np.int64)
    by_id = np.argsort(ids)
    for session_id, (user_ids, seconds) in recorded.reported.items():
        if session_id in column and len(user_ids):
            attended[by_id[np.searchsorted(ids, user_ids, sorter=by_id)], column[session_id]] = seconds
    for (session_id, user_id), seconds in recorded.attended.items():
        if session_id in column and user_id in row:
            attended[row[user_id], column[session_id]] = seconds
    credited = attended
    if edition.attendance_rule == AttendanceRule.SESSIONS:
        credited = np.where(attended * 100 >= edition.session_counts_at_percent * length, length, 0)
    so_far = counted & held
    totals = zip(
        *(
            values.tolist()
            for values in (
                counted @ length,
                (credited * counted).sum(axis=1),
                so_far @ length,
                (credited * so_far).sum(axis=1),
                (counted & ~held) @ length,
            )
        ),
        strict=True,
    )
    return [
        Participation(
            person=person,
            threshold=edition.attendance_threshold_percent,
            totals=Totals(*sums),
            lines=partial(_lines, edition, person.pk, expected[person.pk], order, sessions, recorded, now),
        )
        for person, sums in zip(people, totals, strict=True)
    ]


def _lines(
    edition: Edition,
    user_id: int,
    expected: set[int],
    order: list[int],
    sessions: dict[int, Session],
    recorded: _Recorded,
    now: datetime,
) -> list[SessionAttendance]:
    """One person's sessions, in order, with what they attended and what it counts for."""
    by_sessions = edition.attendance_rule == AttendanceRule.SESSIONS
    lines = []
    for session_id in order:
        if session_id not in expected:
            continue
        session = sessions[session_id]
        key = (session_id, user_id)
        scheduled = int((session.ends_at - session.starts_at).total_seconds())
        seconds = recorded.seconds(key)
        credited = seconds
        if by_sessions:
            credited = scheduled if seconds * 100 >= edition.session_counts_at_percent * scheduled else 0
        lines.append(
            SessionAttendance(
                session=session,
                scheduled=scheduled,
                attended=seconds,
                credited=credited,
                held=session.ends_at <= now,
                sources=recorded.sources_of(key),
                by_hand=recorded.by_hand.get(key, ""),
                excused=recorded.excused.get(key, ""),
            )
        )
    return lines


def participation(edition: Edition, *, people=None, now: datetime | None = None) -> list[Participation]:
    """Each participant's attendance, session by session, under the edition's counting rule."""
    now = now or timezone.now()
    everyone = people is None
    people = list(participants(edition) if everyone else people)
    by_id = {person.pk: person for person in people}
    only_them = {} if everyone else {"user_id__in": list(by_id)}
    sessions, expected = expected_sessions(edition, list(by_id), everyone=everyone)
    recorded = _recorded(
        ReportAttendance.objects.filter(session__edition=edition),
        Presence.objects.filter(session__edition=edition, **only_them),
        Excuse.objects.filter(session__edition=edition, **only_them),
        sessions,
        set(by_id),
    )
    return _participations(edition, people, expected, sessions, recorded, now)


def participation_in(
    editions: list[Edition], person: User, enrolment: Enrolment, *, now: datetime | None = None
) -> dict[int, Participation]:
    """One person's participation in each of these editions by edition id, in two queries (presences and
    excuses) besides their `enrolment`, whatever the number of editions: My Academy's cards."""
    now = now or timezone.now()
    held = _held(editions)
    sessions = {pk: session for of_edition in held.values() for pk, session in of_edition.items()}
    placements = [(person.pk, p.elective_id) for p in enrolment.placements if not p.elective.cancelled]
    visits = [(person.pk, pk) for pk in enrolment.signups if pk in sessions and sessions[pk].kind in VISITS]
    expected = _expected(sessions, [person.pk], placements, visits)[person.pk]
    recorded = _recorded(
        ReportAttendance.objects.filter(session__edition__in=editions),
        Presence.objects.filter(session__edition__in=editions, user=person),
        Excuse.objects.filter(session__edition__in=editions, user=person),
        sessions,
        {person.pk},
    )
    return {
        edition.pk: _participations(
            edition, [person], {person.pk: expected & held[edition.pk].keys()}, held[edition.pk], recorded, now
        )[0]
        for edition in editions
    }


def participation_of(edition: Edition, person: User, *, now: datetime | None = None) -> Participation:
    return participation(edition, people=[person], now=now)[0]


def attendance_at(session: Session) -> list[tuple[User, SessionAttendance]]:
    """Everyone expected at one session, with what they attended."""
    return [
        (row.person, line)
        for row in participation(session.edition)
        for line in row.sessions
        if line.session.pk == session.pk
    ]
