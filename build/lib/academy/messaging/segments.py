"""Who a message is for: filters (kept with the message as JSON) and the one function that turns them into people.

`people(filters, edition=...)` is a pure function of the filters and the data: no side effect, the same answer for the
same rows. Groups (roles) add up; every other filter narrows. Attendance and course completion are worked out by
their own apps' services (`attendance.services.participation`, `learning.services.progress_of_everyone`), which read
in Python; they narrow the query by ids.
"""

from dataclasses import asdict, dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names

from academy.applications.models import Application, ScholarshipStatus
from academy.applications.models import Status as Decision
from academy.attendance.services import participation
from academy.editions.models import Edition, Membership, Role, Status
from academy.learning.services import course_of, progress_of_everyone
from academy.people.models import Constituency, User
from academy.people.regions import REGION_NAMES, countries_in_global_south, countries_in_region
from academy.programme.models import Placement

# The groups a message can be for; ALUMNI_ALL reaches every edition's alumni (platform staff only).
APPLICANTS, SELECTED, WAITLISTED, CONFIRMED = "applicants", "selected", "waitlisted", "confirmed"
PARTICIPANTS, SPEAKERS, COMMITTEE, ALUMNI, ALUMNI_ALL = (
    "participants",
    "speakers",
    "committee",
    "alumni",
    "alumni_all",
)
GROUPS = {
    APPLICANTS: _("Applicants (submitted, not withdrawn)"),
    SELECTED: _("Selected, offer not yet answered"),
    WAITLISTED: _("Waitlisted"),
    CONFIRMED: _("Confirmed"),
    PARTICIPANTS: _("Participants"),
    SPEAKERS: _("Speakers and facilitators"),
    COMMITTEE: _("Selection-committee members"),
    ALUMNI: _("Alumni of this edition"),
    ALUMNI_ALL: _("Alumni of every edition"),
}
EDITION_GROUPS = [group for group in GROUPS if group != ALUMNI_ALL]
BY_DECISION = {SELECTED: Decision.SELECTED, WAITLISTED: Decision.WAITLISTED, CONFIRMED: Decision.CONFIRMED}
BY_ROLE = {PARTICIPANTS: Role.PARTICIPANT, SPEAKERS: Role.SPEAKER, COMMITTEE: Role.COMMITTEE}
NOT_APPLICANTS = (Decision.DRAFT, Decision.WITHDRAWN)


@dataclass(frozen=True)
class Filters:
    groups: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()  # application statuses
    scholarships: tuple[str, ...] = ()  # scholarship statuses
    regions: tuple[str, ...] = ()
    global_south: bool | None = None
    countries: tuple[str, ...] = ()
    constituencies: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # preferred language
    below_attendance_threshold: bool = False
    course_not_completed: bool = False
    elective: int | None = None  # placed in it (published placements)
    not_answered_survey: int | None = None  # has not submitted this survey of the edition (reminders)
    extra: dict = field(default_factory=dict, compare=False)

    def as_json(self) -> dict:
        data = asdict(self)
        data.pop("extra")
        return {key: list(value) if isinstance(value, tuple) else value for key, value in data.items()}

    @classmethod
    def from_json(cls, data: dict) -> "Filters":
        known = {name for name in cls.__dataclass_fields__ if name != "extra"}
        values = {
            key: tuple(value) if isinstance(value, list) else value for key, value in data.items() if key in known
        }
        return cls(**values)


def _group(group: str, edition: Edition | None) -> Q:
    if group == ALUMNI_ALL:
        finished = Membership.objects.filter(role=Role.PARTICIPANT, edition__status=Status.FINISHED)
        return Q(pk__in=finished.values("user"))
    if edition is None:
        return Q(pk__in=[])
    if group == APPLICANTS:
        return Q(
            pk__in=Application.objects.filter(edition=edition).exclude(status__in=NOT_APPLICANTS).values("applicant")
        )
    if group in BY_DECISION:
        return Q(pk__in=Application.objects.filter(edition=edition, status=BY_DECISION[group]).values("applicant"))
    if group in BY_ROLE:
        return Q(pk__in=Membership.objects.filter(edition=edition, role=BY_ROLE[group]).values("user"))
    if group == ALUMNI:
        if edition.status != Status.FINISHED:
            return Q(pk__in=[])
        return Q(pk__in=Membership.objects.filter(edition=edition, role=Role.PARTICIPANT).values("user"))
    raise ValueError(f"unknown group {group!r}")


def _below_threshold(edition: Edition, now: datetime) -> list[int]:
    return [
        line.person.pk
        for line in participation(edition, now=now)
        if line.rate_so_far is not None and line.rate_so_far * 100 < line.threshold
    ]


def _course_not_completed(edition: Edition) -> list[int]:
    course = course_of(edition)
    if course is None:
        return []
    return [pk for pk, progress in progress_of_everyone(course).items() if not progress.complete]


def people(filters: Filters, *, edition: Edition | None, now: datetime | None = None) -> QuerySet:
    """Everyone (active) the filters select, in a stable order. Without a group, nobody."""
    now = now or timezone.now()
    chosen = Q(pk__in=[])
    for group in filters.groups:
        chosen |= _group(group, edition)
    found = User.objects.filter(chosen, is_active=True)
    if edition is not None and (filters.decisions or filters.scholarships):
        applications = Application.objects.filter(edition=edition)
        if filters.decisions:
            applications = applications.filter(status__in=filters.decisions)
        if filters.scholarships:
            applications = applications.filter(scholarship__status__in=filters.scholarships)
        found = found.filter(pk__in=applications.values("applicant"))
    if filters.regions:
        found = found.filter(country__in=[code for region in filters.regions for code in countries_in_region(region)])
    if filters.global_south is not None:
        south = countries_in_global_south()
        found = found.filter(country__in=south) if filters.global_south else found.exclude(country__in=south)
    if filters.countries:
        found = found.filter(country__in=filters.countries)
    if filters.constituencies:
        found = found.filter(constituency__in=filters.constituencies)
    if filters.languages:
        found = found.filter(language__in=filters.languages)
    if edition is not None and filters.elective is not None:
        placed = Placement.objects.filter(elective_id=filters.elective, elective__edition=edition, published=True)
        found = found.filter(pk__in=placed.values("user"))
    if edition is not None and filters.not_answered_survey is not None:
        from academy.surveys.models import Response

        answered = Response.objects.filter(
            survey_id=filters.not_answered_survey, survey__edition=edition, submitted_at__isnull=False
        )
        found = found.exclude(pk__in=answered.values("person"))
    if edition is not None and filters.below_attendance_threshold:
        found = found.filter(pk__in=_below_threshold(edition, now))
    if edition is not None and filters.course_not_completed:
        found = found.filter(pk__in=_course_not_completed(edition))
    return found.order_by("pk")


def describe(filters: Filters) -> list[str]:
    """Who a message is for, in words (the reader's language): one phrase per filter, the groups first. Reads no
    rows (an elective or a survey is named as such), so a list of messages describes each for free."""

    def labels(values, names) -> str:
        return ", ".join(str(names.get(value, value)) for value in values)

    phrases = [" + ".join(str(GROUPS.get(group, group)) for group in filters.groups) or str(_("nobody"))]
    if filters.decisions:
        phrases.append(_("decision: %(values)s") % {"values": labels(filters.decisions, dict(Decision.choices))})
    if filters.scholarships:
        phrases.append(
            _("scholarship: %(values)s") % {"values": labels(filters.scholarships, dict(ScholarshipStatus.choices))}
        )
    if filters.regions:
        phrases.append(_("region: %(values)s") % {"values": labels(filters.regions, REGION_NAMES)})
    if filters.global_south is not None:
        phrases.append(_("from the Global South") if filters.global_south else _("not from the Global South"))
    if filters.countries:
        phrases.append(
            _("country: %(values)s")
            % {"values": ", ".join(country_names.name(code) or code for code in filters.countries)}
        )
    if filters.constituencies:
        phrases.append(
            _("constituency: %(values)s") % {"values": labels(filters.constituencies, dict(Constituency.choices))}
        )
    if filters.languages:
        phrases.append(_("language: %(values)s") % {"values": labels(filters.languages, dict(settings.LANGUAGES))})
    if filters.below_attendance_threshold:
        phrases.append(_("below the attendance threshold"))
    if filters.course_not_completed:
        phrases.append(_("course not completed"))
    if filters.elective is not None:
        phrases.append(_("placed in an elective"))
    if filters.not_answered_survey is not None:
        phrases.append(_("have not answered a survey"))
    return [str(phrase) for phrase in phrases]
