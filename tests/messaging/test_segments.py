"""Each filter alone, then combined: `segments.people` against hand-picked people."""

from datetime import date

import pytest

from academy.applications.models import Application, FundingSource, Scholarship, ScholarshipStatus
from academy.applications.models import Status as Decision
from academy.editions.models import Membership, Role, Status
from academy.messaging import segments
from academy.messaging.segments import Filters
from academy.programme.models import AllocationRound, Placement
from tests.certificates.fixtures import attend
from tests.factories import EditionFactory, OrganisationFactory, UserFactory
from tests.learning.test_services import finish
from tests.programme.conftest import at, elective, participant, plenary

pytestmark = pytest.mark.django_db


def names(filters, edition, **kwargs):
    return sorted(person.certificate_name for person in segments.people(filters, edition=edition, **kwargs))


def applicant(edition, name, status, **fields):
    person = UserFactory(certificate_name=name, **fields)
    Application.objects.create(edition=edition, applicant=person, status=status)
    return person


@pytest.fixture
def pool(edition):
    """Applicants of edition 13 in every state, and people in other roles."""
    people = {
        "draft": applicant(edition, "Dora Draft", Decision.DRAFT),
        "submitted": applicant(edition, "Sam Submitted", Decision.SUBMITTED, country="BR", language="pt"),
        "withdrawn": applicant(edition, "Wim Withdrawn", Decision.WITHDRAWN),
        "selected": applicant(edition, "Sel Selected", Decision.SELECTED, country="FR", language="fr"),
        "waitlisted": applicant(edition, "Wai Waitlisted", Decision.WAITLISTED, country="IN", constituency="workers"),
        "confirmed": applicant(edition, "Con Confirmed", Decision.CONFIRMED, country="SN", constituency="government"),
    }
    Membership.objects.create(edition=edition, user=people["confirmed"], role=Role.PARTICIPANT)
    people["speaker"] = UserFactory(certificate_name="Spe Speaker")
    Membership.objects.create(edition=edition, user=people["speaker"], role=Role.SPEAKER)
    people["committee"] = UserFactory(certificate_name="Com Committee")
    Membership.objects.create(
        edition=edition, user=people["committee"], role=Role.COMMITTEE, organisation=OrganisationFactory()
    )
    return people


def test_nobody_without_a_group(edition, pool):
    assert names(Filters(), edition) == []


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("applicants", ["Con Confirmed", "Sam Submitted", "Sel Selected", "Wai Waitlisted"]),
        ("selected", ["Sel Selected"]),
        ("waitlisted", ["Wai Waitlisted"]),
        ("confirmed", ["Con Confirmed"]),
        ("participants", ["Con Confirmed"]),
        ("speakers", ["Spe Speaker"]),
        ("committee", ["Com Committee"]),
        ("alumni", []),  # the edition is still running
    ],
)
def test_each_group_alone(edition, pool, group, expected):
    assert names(Filters(groups=(group,)), edition) == expected


def test_groups_add_up_and_a_person_in_two_comes_once(edition, pool):
    found = names(Filters(groups=("confirmed", "participants", "speakers")), edition)
    assert found == ["Con Confirmed", "Spe Speaker"]


def test_groups_never_reach_another_editions_people(edition, pool):
    other = EditionFactory()
    applicant(other, "Otto Other", Decision.SUBMITTED)
    Membership.objects.create(edition=other, user=UserFactory(certificate_name="Pia Other"), role=Role.PARTICIPANT)
    assert "Otto Other" not in names(Filters(groups=("applicants", "participants")), edition)
    assert names(Filters(groups=("participants",)), other) == ["Pia Other"]


def test_alumni_of_this_edition_and_of_every_edition(edition):
    old = EditionFactory(status=Status.FINISHED, start_date=date(2020, 6, 1), end_date=date(2020, 6, 12))
    older = EditionFactory(status=Status.FINISHED, start_date=date(2019, 6, 1), end_date=date(2019, 6, 12))
    Membership.objects.create(edition=old, user=UserFactory(certificate_name="Ali Alumna"), role=Role.PARTICIPANT)
    Membership.objects.create(edition=older, user=UserFactory(certificate_name="Bo Alumnus"), role=Role.PARTICIPANT)
    Membership.objects.create(edition=older, user=UserFactory(certificate_name="Cy Speaker"), role=Role.SPEAKER)
    participant(edition, certificate_name="Running Participant")
    assert names(Filters(groups=("alumni",)), old) == ["Ali Alumna"]
    assert names(Filters(groups=("alumni_all",)), None) == ["Ali Alumna", "Bo Alumnus"]


def test_decision_and_scholarship_status_narrow(edition, pool):
    source = FundingSource.objects.create(edition=edition, name="ILO", budget=1000)
    for key, status in (("selected", ScholarshipStatus.OFFERED), ("confirmed", ScholarshipStatus.ACCEPTED)):
        Scholarship.objects.create(
            application=Application.objects.get(applicant=pool[key]), source=source, travel=100, status=status
        )
    everyone = ("applicants",)
    assert names(Filters(groups=everyone, decisions=("selected", "waitlisted")), edition) == [
        "Sel Selected",
        "Wai Waitlisted",
    ]
    assert names(Filters(groups=everyone, scholarships=("accepted",)), edition) == ["Con Confirmed"]
    assert names(Filters(groups=everyone, decisions=("selected",), scholarships=("accepted",)), edition) == []


def test_region_global_south_country_constituency_and_language(edition, pool):
    everyone = ("applicants",)
    assert names(Filters(groups=everyone, regions=("Europe",)), edition) == ["Sel Selected"]
    assert names(Filters(groups=everyone, regions=("Africa", "Americas")), edition) == [
        "Con Confirmed",
        "Sam Submitted",
    ]
    assert names(Filters(groups=everyone, global_south=True), edition) == [
        "Con Confirmed",
        "Sam Submitted",
        "Wai Waitlisted",
    ]
    assert names(Filters(groups=everyone, global_south=False), edition) == ["Sel Selected"]
    assert names(Filters(groups=everyone, countries=("IN", "FR")), edition) == ["Sel Selected", "Wai Waitlisted"]
    assert names(Filters(groups=everyone, constituencies=("workers",)), edition) == ["Wai Waitlisted"]
    assert names(Filters(groups=everyone, languages=("pt", "fr")), edition) == ["Sam Submitted", "Sel Selected"]


def test_filters_combine_as_and(edition, pool):
    found = names(
        Filters(groups=("applicants",), global_south=True, languages=("pt",), countries=("BR", "SN")), edition
    )
    assert found == ["Sam Submitted"]


def test_inactive_accounts_are_left_out(edition, pool):
    pool["selected"].is_active = False
    pool["selected"].save()
    assert names(Filters(groups=("selected",)), edition) == []


def test_below_the_attendance_threshold_so_far(edition, organiser):
    first, second = plenary(edition, "P1", day=14), plenary(edition, "P2", day=15)
    ana = participant(edition, certificate_name="Ana Everything")
    ivan = participant(edition, certificate_name="Ivan Half")
    participant(edition, certificate_name="Zoe Nothing")
    for session in (first, second):
        attend(session, ana, None, organiser)
    attend(first, ivan, None, organiser)
    filters = Filters(groups=("participants",), below_attendance_threshold=True)
    # after the first session only: Ivan attended it (100% so far), Zoe did not
    assert names(filters, edition, now=at(14, 18)) == ["Zoe Nothing"]
    assert names(filters, edition, now=at(16, 9)) == ["Ivan Half", "Zoe Nothing"]
    # before any session is held, nobody is below "so far"
    assert names(filters, edition, now=at(13, 9)) == []


def test_course_not_completed(edition, course):
    done = participant(edition, certificate_name="Dina Done")
    participant(edition, certificate_name="Lee Late")
    finish(course, done)
    assert names(Filters(groups=("participants",), course_not_completed=True), edition) == ["Lee Late"]


def test_course_not_completed_without_a_course_is_nobody(edition):
    participant(edition, certificate_name="Lee Late")
    assert names(Filters(groups=("participants",), course_not_completed=True), edition) == []


def test_placed_in_a_published_elective(edition):
    round_ = AllocationRound.objects.create(
        edition=edition,
        position=1,
        name={"en": "Week 1"},
        preferences_open_at=at(1, 9),
        preferences_close_at=at(2, 9),
        switch_deadline=at(15, 0),
    )
    e1, e2 = elective(edition, round_, "E1"), elective(edition, round_, "E2")
    ana, kofi, lan = (participant(edition, certificate_name=name) for name in ("Ana", "Kofi", "Lan"))
    Placement.objects.create(round=round_, user=ana, elective=e1, published=True)
    Placement.objects.create(round=round_, user=kofi, elective=e2, published=True)
    other_round = AllocationRound.objects.create(
        edition=edition,
        position=2,
        name={"en": "Week 2"},
        preferences_open_at=at(1, 9),
        preferences_close_at=at(2, 9),
        switch_deadline=at(20, 0),
    )
    Placement.objects.create(round=other_round, user=lan, elective=e1, published=False)  # a proposal, not yet told
    assert names(Filters(groups=("participants",), elective=e1.pk), edition) == ["Ana"]
    # an elective of another edition selects nobody here
    assert names(Filters(groups=("participants",), elective=e1.pk), EditionFactory()) == []


def test_filters_survive_json(edition):
    filters = Filters(groups=("participants", "speakers"), global_south=False, countries=("BR",), elective=3)
    assert Filters.from_json(filters.as_json()) == filters
    assert Filters.from_json({**filters.as_json(), "unknown": 1}) == filters
