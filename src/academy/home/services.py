"""What a logged-in person has to do now and next, edition by edition, from what each app knows of them.

This module only gathers: every rule (deadlines, windows, thresholds) stays in the app that owns it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Q
from django.utils import timezone

from academy.applications.models import Application, ReviewAssignment
from academy.attendance.services import Participation, participation_in
from academy.brain import articles, latest, suggestions
from academy.brain.models import Article, ArticleCall, MarketplacePost, Suggestion, Thread
from academy.certificates.models import Certificate
from academy.certificates.services import valid_certificates
from academy.editions.models import Edition, Role, Status
from academy.editions.rules import ALUMNUS, is_participant, managed_editions, roles_of
from academy.learning import services as learning
from academy.learning.models import Course
from academy.learning.progress import Progress, Step
from academy.messaging import services as messaging
from academy.people.models import User
from academy.people.rules import is_platform_staff
from academy.programme.models import AllocationRound, Elective, Session
from academy.programme.services import Enrolment, enrolment_of, preferences_in, rounds_of, timetable
from academy.surveys.services import ToAnswer, surveys_of
from academy.travel import services as travel
from academy.travel.models import VisaLetter

NEXT_SESSIONS = 3
BRAIN_ITEMS = 3
MESSAGES = 5


@dataclass
class RoundLine:
    round: AllocationRound
    window_open: bool
    opens_later: bool
    ranked: list[Elective]
    placed: Elective | None  # once published


@dataclass
class EditionCard:
    edition: Edition
    application: Application | None = None
    participant: bool = False
    course: Course | None = None
    course_readable: bool = False
    progress: Progress | None = None
    next_step_url: str = ""
    rounds: list[RoundLine] = field(default_factory=list)
    next_sessions: list[Session] = field(default_factory=list)
    attendance: Participation | None = None
    article: Article | None = None
    article_due: datetime | None = None  # the article call's deadline, while it is ahead
    certificate: Certificate | None = None
    surveys: list[ToAnswer] = field(default_factory=list)  # open to them now: evaluation, feedback, impact
    changes_at: datetime | None = None  # the next moment the card changes by itself (a window, a session ending)
    visa_letter: VisaLetter | None = None  # asked for, approved or refused, while the edition is not finished


@dataclass
class ReviewLine:
    """A committee member's reviews in one edition: how many are done, until when."""

    edition: Edition
    done: int
    total: int
    deadline: datetime | None  # the call's review deadline, shown in the edition's zone


@dataclass
class SuggestedPeer:
    suggestion: Suggestion
    reasons: list[str]


@dataclass
class Dashboard:
    now_and_next: list[EditionCard]
    earlier: list[EditionCard]
    peers: list[SuggestedPeer]
    threads: list[Thread]
    posts: list[MarketplacePost]
    managed: list[Edition]
    reviews_to_do: int
    messages: list[messaging.Read] = field(default_factory=list)  # from the organisers, newest first
    writes_to_all_alumni: bool = False  # platform staff
    reviews: list[ReviewLine] = field(default_factory=list)  # per edition where they have reviews assigned

    @property
    def changes_at(self) -> datetime | None:
        cards = self.now_and_next + self.earlier  # an earlier edition's surveys open and close too
        return min((card.changes_at for card in cards if card.changes_at), default=None)

    @property
    def is_empty(self) -> bool:
        return not (self.now_and_next or self.earlier or self.managed or self.reviews_to_do or self.reviews)


def _rounds(edition: Edition, known: "Known", now: datetime) -> list[RoundLine]:
    placed = known.enrolment.placed_in(edition)
    lines = []
    for round_ in known.rounds[edition.pk]:
        ranked, _not_for_me = known.preferences[round_.pk]
        opens_later = now < round_.preferences_open_at
        lines.append(RoundLine(round_, round_.window_is_open(now), opens_later, ranked, placed.get(round_.pk)))
    return lines


def _learning(card: EditionCard, person: User, known: "Known", now: datetime) -> None:
    course, _steps = known.courses.get(card.edition.pk, (None, []))
    if course is None:
        return
    card.course = course
    card.course_readable = learning.is_readable(course, person, now)
    card.progress = known.progress[course.pk]
    if card.progress.next_step and card.course_readable:
        card.next_step_url = learning.step_url(card.edition, card.progress.next_step)


@dataclass
class Known:
    """What the cards need of every edition at once, read in one query each rather than one per edition."""

    applications: dict[int, Application]
    certificates: dict[int, Certificate]
    articles: dict[int, Article]
    calls: dict[int, ArticleCall]
    enrolment: Enrolment  # in the editions they take part in
    participation: dict[int, Participation]
    rounds: dict[int, list[AllocationRound]]  # of the editions they take part in and that are not finished
    preferences: dict[int, tuple[list[Elective], Elective | None]]  # by round id
    courses: dict[int, tuple[Course, list[Step]]]  # the same editions' courses, where there is one
    progress: dict[int, Progress]  # by course id
    surveys: dict[int, list[ToAnswer]] = field(default_factory=dict)  # by edition id
    survey_moments: list[datetime] = field(default_factory=list)  # when the surveys' list changes by itself
    visa_letters: dict[int, VisaLetter] = field(default_factory=dict)  # by edition id, of the editions not finished


def edition_card(edition: Edition, person: User, known: Known, now: datetime) -> EditionCard:
    card = EditionCard(edition=edition, application=known.applications.get(edition.pk))
    card.participant = edition.pk in known.participation
    card.certificate = known.certificates.get(edition.pk)
    card.article = known.articles.get(edition.pk)
    card.visa_letter = known.visa_letters.get(edition.pk)
    if not card.participant:
        return card
    call = known.calls.get(edition.pk)
    card.article_due = call.deadline if call is not None and call.deadline > now else None
    card.surveys = known.surveys.get(edition.pk, [])
    moments = [moment for moment in known.survey_moments if moment > now]
    card.changes_at = min(moments, default=None)
    if edition.status != Status.FINISHED:
        _learning(card, person, known, now)
        card.rounds = _rounds(edition, known, now)
        own = timetable(edition, person, known.enrolment)
        card.next_sessions = [session for session in own if session.ends_at > now and not session.cancelled][
            :NEXT_SESSIONS
        ]
        card.changes_at = min(
            (moment for moment in (card.changes_at, _next_moment(now, card, own, call)) if moment), default=None
        )
    card.attendance = known.participation[edition.pk]
    return card


def _next_moment(now: datetime, card: EditionCard, sessions: list[Session], call: ArticleCall | None):
    """When the card next changes with time alone: a session ends (the next sessions, the attendance so far), a
    round's window opens or closes, the course opens or closes, the article is no longer due."""
    moments = [session.ends_at for session in sessions]
    moments += [
        moment for line in card.rounds for moment in (line.round.preferences_open_at, line.round.preferences_close_at)
    ]
    if card.course is not None:
        moments += [card.course.opens_at, card.course.closes_at]
    if call is not None:
        moments.append(call.deadline)
    return min((moment for moment in moments if moment is not None and moment > now), default=None)


def _known(person: User, editions: list[Edition], applications: dict[int, Application], now: datetime) -> Known:
    if not editions:  # a speaker, a committee member, someone new: nothing to read (not even queries to build)
        return Known({}, {}, {}, {}, Enrolment(placements=[], signups=set()), {}, {}, {}, {}, {})
    taking_part = [edition for edition in editions if is_participant(person, edition)]
    ongoing = [edition for edition in taking_part if edition.status != Status.FINISHED]
    enrolment = enrolment_of(person, taking_part) if taking_part else Enrolment(placements=[], signups=set())
    rounds = rounds_of(ongoing)
    courses = learning.outlines(ongoing)
    calls = {edition.pk: call for edition in editions if (call := getattr(edition, "article_call", None))}
    open_surveys, survey_moments = surveys_of(
        person, taking_part, lambda edition: timetable(edition, person, enrolment), now=now
    )
    return Known(
        applications=applications,
        certificates=valid_certificates(editions, person),
        articles=articles.articles_of(person, [edition for edition in editions if edition.pk in calls]),
        calls=calls,
        courses=courses,
        progress=learning.progress_in(person, list(courses.values())),
        enrolment=enrolment,
        participation=participation_in(taking_part, person, enrolment, now=now),
        rounds=rounds,
        preferences=preferences_in(person, [round_ for of_edition in rounds.values() for round_ in of_edition]),
        surveys=open_surveys,
        survey_moments=survey_moments,
        visa_letters=travel.letters_of(person, [edition for edition in editions if edition.status != Status.FINISHED]),
    )


def _may_review(person: User) -> bool:
    """Reviews go to committee members, organisers and staff: no need to count anyone else's."""
    roles = roles_of(person)
    return bool(roles.get(Role.COMMITTEE) or roles.get(Role.ORGANISER)) or is_platform_staff(person)


def reviews_of(person: User) -> list[ReviewLine]:
    """Their reviews done and assigned, per edition, newest edition first: one query for every edition."""
    editions = (
        Edition.objects.filter(applications__assignments__reviewer=person)  # the counts below are of theirs only
        .annotate(
            assigned=Count("applications__assignments"),
            reviewed=Count("applications__assignments", filter=Q(applications__assignments__reviewed_at__isnull=False)),
        )
        .select_related("call")
        .order_by("-start_date")
    )
    lines = []
    for edition in editions:
        call = getattr(edition, "call", None)
        lines.append(ReviewLine(edition, edition.reviewed, edition.assigned, call.review_deadline if call else None))
    return lines


def dashboard(
    person: User, now: datetime | None = None, *, on_editions: Callable[[list[Edition]], None] = lambda editions: None
) -> Dashboard:
    """`on_editions(editions)` is told the person's editions before anything of them is read (`home.page`)."""
    now = now or timezone.now()
    applications = {
        application.edition_id: application
        for application in Application.objects.filter(applicant=person).select_related(
            "scholarship", "edition__call", "edition__article_call"
        )
    }
    editions = {edition_id: application.edition for edition_id, application in applications.items()}
    taken_part = roles_of(person).get(Role.PARTICIPANT, set()) - editions.keys()  # without applying (imported)
    if taken_part:
        editions |= {e.pk: e for e in Edition.objects.filter(pk__in=taken_part).select_related("article_call")}
    editions = sorted(editions.values(), key=lambda edition: edition.start_date, reverse=True)
    on_editions(editions)
    known = _known(person, editions, applications, now)
    cards = [edition_card(edition, person, known, now) for edition in editions]
    community = person.has_perm("brain.view_community")
    roles = roles_of(person)
    return Dashboard(
        now_and_next=[card for card in cards if card.edition.status != Status.FINISHED],
        earlier=[card for card in cards if card.edition.status == Status.FINISHED],
        peers=[
            SuggestedPeer(suggestion, reasons)
            # peers are suggested to alumni only (`suggestions.refresh_all`)
            for suggestion, reasons in suggestions.described(
                suggestions.current(person)[:BRAIN_ITEMS] if roles.get(ALUMNUS) else []
            )
        ],
        threads=latest.threads(person, BRAIN_ITEMS) if community else [],
        posts=latest.posts(BRAIN_ITEMS) if community else [],
        managed=(
            list(
                managed_editions(person, Edition.objects.exclude(status=Status.FINISHED))
                .only("number", "title", "main_language")  # what the list shows: no other text to decode
                .order_by("number")
            )
            if roles.get(Role.ORGANISER) or is_platform_staff(person)
            else []
        ),
        reviews_to_do=(
            ReviewAssignment.objects.filter(reviewer=person, reviewed_at=None).count() if _may_review(person) else 0
        ),
        messages=messaging.latest_for(person, MESSAGES),  # one query, none with a warm cache
        writes_to_all_alumni=person.has_perm("messaging.write_to_all_alumni"),
        reviews=reviews_of(person) if _may_review(person) else [],
    )
