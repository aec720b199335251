"""The programme's rules: sessions, who may take which elective, preferences, allocation, moves, switches."""

import functools
import json
import random
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Count, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from academy.audit.services import log_action
from academy.common import freshness
from academy.editions.models import Edition, Role
from academy.editions.rules import is_participant
from academy.editions.services import participants
from academy.editions.topics import RECORDS
from academy.programme import allocation
from academy.programme.models import (
    FOR_EVERYONE,
    JOINABLE,
    AllocationRound,
    AllocationRun,
    Audience,
    Elective,
    Placement,
    PlacementSource,
    Preference,
    Session,
    Signup,
)
from academy.programme.topics import PROGRAMME

# Why someone cannot take an elective, or was left without one.
REASONS = {
    "cancelled": gettext_lazy("The elective is cancelled."),
    "language": gettext_lazy("It is given in no language they speak."),
    "audience": gettext_lazy("It is dedicated to another constituency group."),
    "clash": gettext_lazy("It clashes with their other sessions."),
    "full": gettext_lazy("Every elective they can take is full."),
    "none": gettext_lazy("No elective of the round suits their languages, group and timetable."),
}


def spoken_languages(user) -> frozenset[str]:
    return frozenset([user.language, *user.other_languages])


@dataclass(frozen=True)
class Interval:
    starts: datetime
    ends: datetime

    def overlaps(self, other: "Interval") -> bool:
        return self.starts < other.ends and other.starts < self.ends


@dataclass(frozen=True)
class _Needs:
    """What an elective asks of whoever takes it, read once per elective."""

    cancelled: bool
    languages: tuple[frozenset[str], ...]  # per part: one of these must be spoken
    audiences: frozenset[str]
    times: tuple[Interval, ...]


class Eligibility:
    """Who may take which elective of a round: language, audience and no clash with other commitments.

    Commitments: the sessions everyone attends (opening, plenaries, closing), the sessions a person
    joined, and their electives in the edition's other rounds. What a person may take depends only on
    their languages, group and own commitments, so it is worked out once per such combination: a
    round of 100,000 people has a few dozen.
    """

    def __init__(self, round_: AllocationRound, users):
        self.round = round_
        edition = round_.edition
        self.electives = list(Elective.objects.filter(round=round_).prefetch_related("parts").order_by("code"))
        sessions = Session.objects.filter(edition=edition, cancelled=False)
        self.everyone = [Interval(s.starts_at, s.ends_at) for s in sessions.filter(kind__in=FOR_EVERYONE)]
        user_ids = [u.pk for u in users]
        self.own: dict[int, list[Interval]] = defaultdict(list)
        signups = Signup.objects.filter(session__in=sessions)
        if len(user_ids) < 1000:  # a few people (a ranking, a move): only theirs; a whole round: all of them
            signups = signups.filter(user_id__in=user_ids)
        for user_id, starts, ends in signups.values_list("user_id", "session__starts_at", "session__ends_at"):
            self.own[user_id].append(Interval(starts, ends))
        other_rounds = Placement.objects.filter(round__edition=edition).exclude(round=round_)
        if len(user_ids) < 1000:
            other_rounds = other_rounds.filter(user_id__in=user_ids)
        parts_by_elective = defaultdict(list)
        for part in Session.objects.filter(elective__placements__in=other_rounds, cancelled=False).distinct():
            parts_by_elective[part.elective_id].append(Interval(part.starts_at, part.ends_at))
        for user_id, elective_id in other_rounds.values_list("user_id", "elective_id"):
            self.own[user_id] += parts_by_elective[elective_id]
        self._needs: dict[int, _Needs] = {}
        self._open: dict[tuple, frozenset[int]] = {}

    def _needs_of(self, elective: Elective) -> _Needs:
        needs = self._needs.get(elective.pk)
        if needs is None or needs.cancelled != elective.cancelled:
            parts = list(elective.parts.all())
            needs = self._needs[elective.pk] = _Needs(
                elective.cancelled,
                tuple(part.languages_understood for part in parts),
                frozenset(part.audience for part in parts),
                tuple(Interval(part.starts_at, part.ends_at) for part in parts if not part.cancelled),
            )
        return needs

    def reason(self, user, elective: Elective) -> str | None:
        """Why this person cannot take the elective, or None when they can."""
        needs = self._needs_of(elective)
        if needs.cancelled:
            return "cancelled"
        languages = spoken_languages(user)
        if any(not understood & languages for understood in needs.languages):
            return "language"
        if not needs.audiences <= {Audience.EVERYONE, user.constituency}:
            return "audience"
        busy = self.everyone + self.own.get(user.pk, [])
        if any(t.overlaps(b) for t in needs.times for b in busy):
            return "clash"
        return None

    def open_to(self, user) -> frozenset[int]:
        key = (user.language, tuple(user.other_languages), user.constituency, tuple(self.own.get(user.pk, ())))
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = frozenset(e.pk for e in self.electives if self.reason(user, e) is None)
        return found


def followable_electives(user, round_: AllocationRound) -> tuple[list[Elective], int]:
    """The round's electives this person can follow (their languages, their group, no clash), for their ranking,
    and how many others there are; `set_preferences` refuses those others."""
    eligibility = Eligibility(round_, [user])
    electives = [elective for elective in eligibility.electives if not elective.cancelled]
    offered = [elective for elective in electives if eligibility.reason(user, elective) is None]
    for elective in offered:
        elective.edition = round_.edition  # for their titles' fallback language, without a query each
    return offered, len(electives) - len(offered)


def ranks_allowed(edition: Edition) -> int:
    return edition.electives_to_rank


def preferences_of(user, round_: AllocationRound) -> tuple[list[Elective], Elective | None]:
    """The electives this person ranked in the round, in order, and the one they marked "not for me"."""
    return preferences_in(user, [round_])[round_.pk]


def preferences_in(user, rounds: list[AllocationRound]) -> dict[int, tuple[list[Elective], Elective | None]]:
    """`preferences_of` for several rounds at once, by round id: one query."""
    rows = Preference.objects.filter(round__in=rounds, user=user).select_related("elective").order_by("rank")
    by_round: dict[int, list[Preference]] = {round_.pk: [] for round_ in rounds}
    for row in rows:
        by_round[row.round_id].append(row)
    return {
        round_id: (
            [row.elective for row in chosen if row.rank is not None],
            next((row.elective for row in chosen if row.rank is None), None),
        )
        for round_id, chosen in by_round.items()
    }


def set_preferences(*, user, round_: AllocationRound, ranked: list[int], not_for_me: int | None, now=None) -> None:
    """Replace a participant's ranking for a round, every rule checked here and nowhere else."""
    now = now or timezone.now()
    edition = round_.edition
    if not is_participant(user, edition):
        raise ValidationError(_("Only selected participants of this edition rank electives."))
    if not round_.window_is_open(now):
        raise ValidationError(_("The preference window for this round is closed."))
    if len(ranked) > ranks_allowed(edition):
        raise ValidationError(_("Rank at most %(count)d electives.") % {"count": ranks_allowed(edition)})
    if len(set(ranked)) != len(ranked):
        raise ValidationError(_("Each elective can be ranked only once."))
    chosen = [*ranked, *([not_for_me] if not_for_me is not None else [])]
    if not_for_me is not None and not_for_me in ranked:
        raise ValidationError(_('An elective you ranked cannot also be "not for me".'))
    electives = {e.pk: e for e in Elective.objects.filter(pk__in=chosen).prefetch_related("parts")}
    if len(electives) != len(set(chosen)) or any(e.round_id != round_.pk for e in electives.values()):
        raise ValidationError(_("Choose only electives of this round."))
    eligibility = Eligibility(round_, [user])
    for pk in ranked:
        reason = eligibility.reason(user, electives[pk])
        if reason is not None:
            raise ValidationError(
                _("You cannot take %(elective)s: %(reason)s")
                % {"elective": electives[pk].code, "reason": REASONS[reason]}
            )
    with transaction.atomic():
        Preference.objects.filter(round=round_, user=user).delete()
        Preference.objects.bulk_create(
            [Preference(round=round_, user=user, elective_id=pk, rank=rank) for rank, pk in enumerate(ranked, start=1)]
            + ([Preference(round=round_, user=user, elective_id=not_for_me, rank=None)] if not_for_me else [])
        )
        freshness.changed(RECORDS, round_.edition_id)  # bulk_create sends no signal


def _people(round_: AllocationRound, users, eligibility: Eligibility) -> list[allocation.Person]:
    rankings: dict[int, list[int]] = defaultdict(list)
    not_for_me: dict[int, int] = {}
    rows = Preference.objects.filter(round=round_).order_by("user_id", "rank")
    for user_id, elective_id, rank in plain_rows(rows.values_list("user_id", "elective_id", "rank")):
        if rank is None:
            not_for_me[user_id] = elective_id
        else:
            rankings[user_id].append(elective_id)
    return [
        allocation.Person(
            key=user.pk,
            ranking=tuple(rankings.get(user.pk, ())),
            eligible=eligibility.open_to(user),
            not_for_me=not_for_me.get(user.pk),
        )
        for user in users
    ]


class _Participant(NamedTuple):
    """What eligibility needs of a person, without loading a whole account per person of a large round."""

    pk: int
    language: str
    other_languages: list
    constituency: str


def _participants_for_allocation(edition: Edition) -> list[_Participant]:
    """Everyone's other languages read as stored text and decoded once per distinct value (a few dozen)."""
    rows = participants(edition).annotate(languages=Cast("other_languages", TextField()))
    decode = functools.cache(lambda text: tuple(json.loads(text)))
    return [
        _Participant(pk, language, decode(text), group)
        for pk, language, text, group in plain_rows(rows.values_list("pk", "language", "languages", "constituency"))
    ]


def plain_rows(query) -> list[tuple]:
    """The rows of a `values_list` of plain columns (integers, text) as the database driver gives them: a round's
    500,000 rankings without the per-row work of the query set's iterator."""
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _store_placements(round_: AllocationRound, placement: dict) -> None:
    """Insert the solver's placements in one statement (a round can hold 100,000): on PostgreSQL from two
    arrays (row by row, even pipelined, costs a round trip's work per row), on SQLite from one JSON array."""
    table = connection.ops.quote_name(Placement._meta.db_table)
    fields = [Placement._meta.get_field(name) for name in ("round", "user", "elective", "source", "published")]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placed = [(key, elective) for key, elective in placement.items() if elective is not None]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT %s, person, elective, %s, false "  # noqa: S608
                "FROM unnest(%s::bigint[], %s::bigint[]) AS placed(person, elective)",
                [round_.pk, PlacementSource.SOLVER, [p for p, _ in placed], [e for _, e in placed]],
            )
        else:  # one JSON array of [person, elective] read by SQLite itself: half the time of `executemany`
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT %s, json_extract(value, '$[0]'), "  # noqa: S608
                "json_extract(value, '$[1]'), %s, 0 FROM json_each(%s)",
                [round_.pk, PlacementSource.SOLVER, json.dumps(placed)],
            )


def run_allocation(
    *, round_: AllocationRound, by, keep_published: bool = True, seed: int | None = None
) -> AllocationRun:
    """Solve the round (see allocation.py) and store the placements as a proposal.

    Places already published stay unless keep_published is False. Each elective with a minimum ends
    closed or at its minimum; those closed for want of people are cancelled, their people placed elsewhere.
    An elective that holds published places keeps them and its minimum is not applied.
    """
    seed = random.SystemRandom().randrange(2**31) if seed is None else seed
    edition = round_.edition
    users = _participants_for_allocation(edition)
    eligibility = Eligibility(round_, users)
    kept = (
        {p.user_id: p.elective_id for p in Placement.objects.filter(round=round_, published=True)}
        if keep_published
        else {}
    )
    people = [p for p in _people(round_, users, eligibility) if p.key not in kept]
    electives = {e.pk: e for e in eligibility.electives if not e.cancelled}
    held = Counter(kept.values())
    started = time.perf_counter()
    outcome = allocation.allocate(
        people,
        {pk: max(0, e.maximum_seats - held[pk]) for pk, e in electives.items()},
        ranks_allowed(edition),
        seed,
        {pk: e.minimum_seats for pk, e in electives.items() if not held[pk]},
    )
    for pk in outcome.closed:
        electives[pk].cancelled = True  # so that the reasons below name it
    cancelled = sorted(electives[pk].code for pk in outcome.closed)
    seconds = time.perf_counter() - started
    by_user = {u.pk: u for u in users}
    unplaced = {}
    for person in people:
        if outcome.placement[person.key] is None:
            unplaced[str(person.key)] = (
                "full" if person.eligible - set(outcome.closed) else _unplaced_reason(eligibility, by_user[person.key])
            )
    with transaction.atomic():
        if cancelled:
            Elective.objects.filter(round=round_, code__in=cancelled).update(cancelled=True)
            freshness.changed(PROGRAMME, round_.edition_id)
        replaced = Placement.objects.filter(round=round_)
        (replaced.filter(published=False) if keep_published else replaced).delete()  # kept: the published ones
        freshness.changed(RECORDS, round_.edition_id)  # neither delete(), update() nor raw inserts send a signal
        _store_placements(round_, outcome.placement)
        run = AllocationRun.objects.create(
            round=round_,
            seed=seed,
            created_by=by,
            kept_published=keep_published,
            seconds=seconds,
            profile={
                "by_rank": list(outcome.profile.by_rank),
                "no_choice": outcome.profile.no_choice,
                "not_for_me": outcome.profile.not_for_me,
                "did_not_rank": outcome.profile.did_not_rank,
                "kept": len(kept),
            },
            unplaced=unplaced,
            cancelled=cancelled,
            method=outcome.method,
            gap=None if outcome.gap is None else asdict(outcome.gap),
        )
        log_action(
            actor=by, action="programme.allocate", obj=round_, edition=edition, data={"run": run.pk, "seed": seed}
        )
    return run


def _unplaced_reason(eligibility: Eligibility, user) -> str:
    """The commonest reason the electives of the round are closed to this person."""
    reasons = Counter(eligibility.reason(user, e) for e in eligibility.electives)
    reasons.pop(None, None)
    return reasons.most_common(1)[0][0] if reasons else "none"


@dataclass
class Fill:
    elective: Elective
    placed: int

    @property
    def below_minimum(self) -> bool:
        return 0 < self.placed < self.elective.minimum_seats

    @property
    def free(self) -> int:
        return max(0, self.elective.maximum_seats - self.placed)


def fills(round_: AllocationRound) -> list[Fill]:
    electives = Elective.objects.filter(round=round_).annotate(placed=Count("placements")).order_by("code")
    return [Fill(e, e.placed) for e in electives]


@dataclass
class RoundOutcome:
    participants: int
    by_rank: list[tuple[int, int, float]]  # (rank, people, share)
    no_choice: int
    not_for_me: int
    did_not_rank: int
    unplaced: list[tuple[object, str]]  # (user, reason text)
    fills: list[Fill]


def people_who_chose(round_: AllocationRound, codes: list[str]) -> int:
    """How many people ranked one of these electives of the round (those a cancellation moves elsewhere)."""
    if not codes:
        return 0
    chose = Preference.objects.filter(round=round_, elective__code__in=codes, rank__isnull=False)
    return chose.values("user").distinct().count()


def outcome(round_: AllocationRound) -> RoundOutcome:
    """What the current placements give: shares by rank, who has no elective and why, fill per elective."""
    users = list(participants(round_.edition).order_by("certificate_name"))
    placements = dict(Placement.objects.filter(round=round_).values_list("user_id", "elective_id"))
    eligibility = Eligibility(round_, users)
    people = _people(round_, users, eligibility)
    profile = allocation.profile_of(people, placements, ranks_allowed(round_.edition))
    total = len(users) or 1
    try:
        reasons = round_.runs.latest().unplaced
    except AllocationRun.DoesNotExist:
        reasons = {}
    unplaced = [(user, REASONS[reasons.get(str(user.pk), "full")]) for user in users if user.pk not in placements]
    return RoundOutcome(
        participants=len(users),
        by_rank=[(rank, n, 100 * n / total) for rank, n in enumerate(profile.by_rank, start=1)],
        no_choice=profile.no_choice,
        not_for_me=profile.not_for_me,
        did_not_rank=profile.did_not_rank,
        unplaced=unplaced,
        fills=fills(round_),
    )


def _place(round_: AllocationRound, users, elective: Elective, source: str) -> None:
    """Put these people in the elective, every rule checked; nothing changes if any check fails."""
    if elective.round_id != round_.pk:
        raise ValidationError(_("Choose an elective of this round."))
    users = list(users)
    eligibility = Eligibility(round_, users)
    problems = []
    for user in users:
        reason = eligibility.reason(user, elective)
        if reason is not None:
            problems.append(f"{user.certificate_name}: {REASONS[reason]}")
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        locked = Elective.objects.select_for_update().get(pk=elective.pk)
        staying = Placement.objects.filter(elective=locked).exclude(user__in=users).count()
        if staying + len(users) > locked.maximum_seats:
            raise ValidationError(
                _("%(elective)s has %(free)d free seats; %(asked)d asked.")
                % {"elective": locked.code, "free": max(0, locked.maximum_seats - staying), "asked": len(users)}
            )
        published = round_.published_at is not None
        for user in users:
            Placement.objects.update_or_create(
                round=round_, user=user, defaults={"elective": locked, "source": source, "published": published}
            )
        freshness.changed(RECORDS, round_.edition_id)  # placements send no signal the figures listen to


def move(*, round_: AllocationRound, users, elective: Elective, by) -> None:
    """An organiser moves one or many participants into an elective."""
    users = list(users)
    if not users:
        raise ValidationError(_("Choose at least one participant."))
    if any(not is_participant(user, round_.edition) for user in users):
        raise ValidationError(_("Only participants of this edition can be placed."))
    with transaction.atomic():
        _place(round_, users, elective, PlacementSource.MANUAL)
        log_action(
            actor=by,
            action="programme.move",
            obj=elective,
            edition=round_.edition,
            data={"users": [u.pk for u in users]},
        )


def switch(*, user, round_: AllocationRound, elective: Elective, now=None) -> None:
    """A participant moves themselves (or a late joiner places themselves) into an elective with free seats."""
    now = now or timezone.now()
    if not is_participant(user, round_.edition):
        raise ValidationError(_("Only selected participants of this edition take electives."))
    if round_.published_at is None:
        raise ValidationError(_("The allocation of this round is not published yet."))
    if not round_.switches_open(now):
        raise ValidationError(_("Switching electives is closed for this round."))
    if Placement.objects.filter(round=round_, user=user, elective=elective).exists():
        raise ValidationError(_("You already take this elective."))
    with transaction.atomic():
        _place(round_, [user], elective, PlacementSource.SWITCH)
        log_action(actor=user, action="programme.switch", obj=elective, edition=round_.edition)


def publish(*, round_: AllocationRound, by) -> None:
    with transaction.atomic():
        round_.published_at = timezone.now()
        round_.save(update_fields=["published_at"])
        Placement.objects.filter(round=round_).update(published=True)
        freshness.changed(RECORDS, round_.edition_id)  # update() sends no signal
        log_action(actor=by, action="programme.publish_allocation", obj=round_, edition=round_.edition)


def join(*, user, session: Session) -> None:
    """A participant joins a study visit, marketplace or networking session with room left."""
    if session.kind not in JOINABLE or not session.published or session.cancelled:
        raise ValidationError(_("This session cannot be joined."))
    if not is_participant(user, session.edition):
        raise ValidationError(_("Only participants of this edition join sessions."))
    if session.audience not in (Audience.EVERYONE, user.constituency):
        raise ValidationError(REASONS["audience"])
    with transaction.atomic():
        locked = Session.objects.select_for_update().get(pk=session.pk)
        if locked.capacity is not None and locked.signups.count() >= locked.capacity:
            raise ValidationError(_("This session is full."))
        Signup.objects.get_or_create(session=locked, user=user)


def leave(*, user, session: Session) -> None:
    Signup.objects.filter(session=session, user=user).delete()


def published_sessions(edition: Edition) -> list[Session]:
    """The edition's published sessions in order, with their electives: see `published_sessions_of`."""
    return published_sessions_of([edition])[edition.pk]


def published_sessions_of(editions: list[Edition]) -> dict[int, list[Session]]:
    """Each edition's published sessions in order, with their electives, by edition id: the same for everyone,
    so kept in the cache while the programme is unchanged (`topics.PROGRAMME`); those the cache lacks are read
    in one query. Descriptions are left out."""
    by_pk = {edition.pk: edition for edition in editions}

    def read(missing: list[int]) -> dict[int, list[Session]]:
        found = Session.objects.filter(edition__in=missing, published=True).select_related("elective")
        sessions = {pk: [] for pk in missing}
        for session in found.defer("description", "elective__description").order_by("starts_at", "code"):
            sessions[session.edition_id].append(session)
        return sessions

    sessions = freshness.cached_each("published-sessions", PROGRAMME, by_pk, read)
    for pk, of_edition in sessions.items():
        for session in of_edition:
            session.edition = by_pk[pk]  # the one edition object: not pickled with every session
    return sessions


def rounds_of(editions: list[Edition]) -> dict[int, list[AllocationRound]]:
    """Each edition's allocation rounds in order, by edition id, kept in the cache like the published sessions."""
    by_pk = {edition.pk: edition for edition in editions}

    def read(missing: list[int]) -> dict[int, list[AllocationRound]]:
        rounds = {pk: [] for pk in missing}
        for round_ in AllocationRound.objects.filter(edition__in=missing).order_by("position"):
            rounds[round_.edition_id].append(round_)
        return rounds

    rounds = freshness.cached_each("rounds", PROGRAMME, by_pk, read)
    for pk, of_edition in rounds.items():
        for round_ in of_edition:
            round_.edition = by_pk[pk]
    return rounds


@dataclass
class Enrolment:
    """What one person holds in the programmes of some editions: published placements and sign-ups."""

    placements: list[Placement]  # published, with their electives
    signups: set[int]  # session ids

    def placed_in(self, edition: Edition) -> dict[int, Elective]:
        """Their electives in this edition by round id."""
        return {p.round_id: p.elective for p in self.placements if p.elective.edition_id == edition.pk}


def enrolment_of(person, editions) -> Enrolment:
    """Two queries, whatever the number of editions."""
    placements = Placement.objects.filter(round__edition__in=editions, user=person, published=True)
    signups = Signup.objects.filter(session__edition__in=editions, user=person).values_list("session_id", flat=True)
    return Enrolment(placements=list(placements.select_related("elective")), signups=set(signups))


def timetable(edition: Edition, user, enrolment: Enrolment | None = None) -> list[Session]:
    """A participant's own sessions: those for everyone, their published electives, those they joined."""
    enrolment = enrolment or enrolment_of(user, [edition])
    electives = {placement.elective_id for placement in enrolment.placements}
    return [
        session
        for session in published_sessions(edition)
        if session.kind in FOR_EVERYONE or session.pk in enrolment.signups or session.elective_id in electives
    ]


def agenda(edition: Edition, *, include_unpublished: bool, kind: str = "", language: str = "", topic: str = ""):
    sessions = Session.objects.filter(edition=edition)
    if not include_unpublished:
        sessions = sessions.filter(published=True)
    if kind:
        sessions = sessions.filter(kind=kind)
    if topic:
        sessions = sessions.filter(sub_topic_id=topic)
    sessions = list(sessions.order_by("starts_at", "code"))
    for session in sessions:
        session.edition = edition  # one edition for all: its translated fields decoded once, not once per row
    if language:
        sessions = [s for s in sessions if language in s.languages_understood]
    return sessions


def sessions_of(user) -> list[Session]:
    """Every edition's timetable of this person, for their own calendar feed."""
    editions = list(Edition.objects.filter(memberships__user=user, memberships__role=Role.PARTICIPANT).distinct())
    enrolment = enrolment_of(user, editions)
    mine = [session.pk for edition in editions for session in timetable(edition, user, enrolment)]
    return list(Session.objects.filter(pk__in=mine).select_related("edition").order_by("starts_at"))  # described


def revoke_calendar(*, user) -> None:
    """Give the person's calendar a new secret address; the old one stops working at once."""
    from academy.programme.models import CalendarFeed, new_calendar_token

    CalendarFeed.objects.update_or_create(user=user, defaults={"token": new_calendar_token()})


def free_electives(round_: AllocationRound) -> list[Elective]:
    return [fill.elective for fill in fills(round_) if fill.free > 0 and not fill.elective.cancelled]


def leave_edition(*, edition: Edition, user) -> None:
    """Someone gives up their seat: their choices, elective places and sign-ups go, freeing the seats."""
    Preference.objects.filter(round__edition=edition, user=user).delete()
    Placement.objects.filter(round__edition=edition, user=user).delete()
    Signup.objects.filter(session__edition=edition, user=user).delete()
