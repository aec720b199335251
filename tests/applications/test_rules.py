"""The permission matrix of the applications views: every view x every role, anonymous included."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.applications import services
from academy.applications.models import Application, ReviewAssignment, SelectionRun, Status
from academy.editions.models import Edition, Role
from academy.editions.models import Status as EditionStatus
from tests.editions.test_rules import ADMIN_LOGIN, FORBIDDEN, LOGIN, NOT_FOUND, OK, outcome
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "person", "applicant", "reviewer", "other_reviewer", "organiser", "other_organiser", "staff"]


@pytest.fixture
def world(edition):
    draft = EditionFactory(number=14, status=EditionStatus.DRAFT)
    people = {
        "anonymous": None,
        "person": UserFactory(),
        "applicant": UserFactory(),
        "staff": UserFactory(is_staff=True),
    }
    people["organiser"] = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    people["other_organiser"] = MembershipFactory(edition=EditionFactory(number=15), role=Role.ORGANISER).user
    for persona in ("reviewer", "other_reviewer"):
        people[persona] = MembershipFactory(
            edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory()
        ).user
    application = Application.objects.create(edition=edition, applicant=people["applicant"], status=Status.SUBMITTED)
    review = ReviewAssignment.objects.create(application=application, reviewer=people["reviewer"])
    run = SelectionRun.objects.create(edition=edition, parameters={"seats": 1}, status="optimal")
    services.call_for(edition)
    return {"people": people, "application": application, "review": review, "run": run, "draft": draft}


def row(default, **exceptions):
    return {persona: exceptions.get(persona, default) for persona in PERSONAS}


MANAGERS = {"organiser": OK, "staff": OK}
MANAGERS_NOT_FOUND = {"organiser": NOT_FOUND, "staff": NOT_FOUND}  # a draft is the applicant's alone
GET_MATRIX = {
    "/en/editions/13/apply/": row(OK, anonymous=LOGIN),
    "/en/editions/14/apply/": row(NOT_FOUND, staff=FORBIDDEN),  # staff see the draft, nobody applies to it
    "/en/applications/": row(OK, anonymous=LOGIN),
    "/en/reviews/": row(OK, anonymous=LOGIN),
    "/en/reviews/{review}/": row(NOT_FOUND, anonymous=LOGIN, reviewer=OK),
    "/en/editions/13/applications/": row(FORBIDDEN, anonymous=LOGIN, **MANAGERS),
    "/en/editions/13/applications/{application}/": row(FORBIDDEN, anonymous=LOGIN, **MANAGERS),
    "/en/editions/13/applications/{draft_application}/": row(FORBIDDEN, anonymous=LOGIN, **MANAGERS_NOT_FOUND),
    "/en/editions/13/selection/": row(FORBIDDEN, anonymous=LOGIN, **MANAGERS),
    "/en/editions/13/selection/{run}/": row(FORBIDDEN, anonymous=LOGIN, reviewer=OK, other_reviewer=OK, **MANAGERS),
    "/en/editions/13/scholarships/": row(FORBIDDEN, anonymous=LOGIN, **MANAGERS),
    "/en/back-office/applications/application/": row(ADMIN_LOGIN, **MANAGERS, other_organiser=OK),
    "/en/back-office/applications/call/": row(ADMIN_LOGIN, **MANAGERS, other_organiser=OK),
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("url", list(GET_MATRIX))
def test_get_matrix(client, world, url, persona):
    if world["people"][persona] is not None:
        client.force_login(world["people"][persona])
    draft_application = Application.objects.create(edition=world["application"].edition, applicant=UserFactory())
    response = client.get(
        url.format(
            review=world["review"].pk,
            run=world["run"].pk,
            application=world["application"].pk,
            draft_application=draft_application.pk,
        )
    )
    assert outcome(response) == GET_MATRIX[url][persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_managers_may_confirm_a_run(client, world, persona):
    if world["people"][persona] is not None:
        client.force_login(world["people"][persona])
    run_page = f"/en/editions/13/selection/{world['run'].pk}/"
    Edition.objects.filter(number=13).update(applications_close_at=timezone.now() - timedelta(minutes=1))  # closed
    response = client.post(run_page + "confirm/", {"confirm": "yes"})
    deciders = ("organiser", "staff", "reviewer", "other_reviewer")  # organisers and the selection committee
    assert outcome(response) == row(FORBIDDEN, anonymous=LOGIN, **dict.fromkeys(deciders, run_page))[persona]
    assert SelectionRun.objects.filter(confirmed_at__isnull=False).exists() == (persona in deciders)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_applicant_may_withdraw_or_answer(client, world, persona):
    if world["people"][persona] is not None:
        client.force_login(world["people"][persona])
    pk = world["application"].pk
    client.post(f"/en/applications/{pk}/respond/", {"answer": "decline"})
    client.post(f"/en/applications/{pk}/withdraw/")
    expected = Status.WITHDRAWN if persona == "applicant" else Status.SUBMITTED
    assert Application.objects.get(pk=pk).status == expected
