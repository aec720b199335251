from collections import Counter
from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError

from academy.applications import services
from academy.applications.models import Application, Criterion, ReviewAssignment, Status
from academy.audit.models import ActionLog
from academy.editions.models import Role
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def committee(edition):
    ilo = OrganisationFactory(
        acronym="ILO", name={"en": "International Labour Organization", "fr": "Organisation internationale du Travail"}
    )
    cases = OrganisationFactory(acronym="CASES", name={"en": "Cooperativa António Sérgio para a Economia Social"})
    return [
        MembershipFactory(
            edition=edition, role=Role.COMMITTEE, organisation=partner, user=UserFactory(country=country)
        ).user
        for partner, country in [(ilo, "CH"), (ilo, "IT"), (cases, "PT")]
    ]


def submitted(edition, organisation="Coop", country="SN"):
    return Application.objects.create(
        edition=edition, applicant=UserFactory(country=country), organisation=organisation, status=Status.SUBMITTED
    )


def test_assign_reviewers_gives_each_application_two_reviews_level_loads(edition, committee):
    applications = [submitted(edition) for _ in range(9)]
    Application.objects.create(edition=edition, applicant=UserFactory(), status=Status.DRAFT)
    result = services.assign_reviewers(edition=edition, by=None)
    per_application = Counter(ReviewAssignment.objects.values_list("application", flat=True))
    assert per_application == {a.pk: 2 for a in applications}
    loads = Counter(ReviewAssignment.objects.values_list("reviewer", flat=True))
    assert sorted(loads.values()) == [6, 6, 6]
    assert result.short == {}
    assert ActionLog.objects.get(action="reviews.assigned").data["new"] == 18


def test_nobody_reviews_an_applicant_of_their_own_organisation_however_it_is_written(edition, committee):
    services.call_for(edition)
    by_ilo = submitted(edition, organisation="Organisation internationale du Travail")
    by_cases = submitted(edition, organisation="cases")
    services.assign_reviewers(edition=edition, by=None)
    ilo_people, cases_person = {u.pk for u in committee[:2]}, committee[2].pk
    assert set(ReviewAssignment.objects.filter(application=by_ilo).values_list("reviewer", flat=True)).isdisjoint(
        ilo_people
    )
    assert cases_person not in set(
        ReviewAssignment.objects.filter(application=by_cases).values_list("reviewer", flat=True)
    )


def test_assigning_again_keeps_existing_reviews_and_adds_only_new_applications(edition, committee):
    first = submitted(edition)
    services.assign_reviewers(edition=edition, by=None)
    before = set(ReviewAssignment.objects.filter(application=first).values_list("reviewer", flat=True))
    submitted(edition)
    services.assign_reviewers(edition=edition, by=None)
    assert set(ReviewAssignment.objects.filter(application=first).values_list("reviewer", flat=True)) == before
    assert ReviewAssignment.objects.count() == 4


@pytest.fixture
def rubric(edition):
    call = services.call_for(edition)
    return [
        Criterion.objects.create(call=call, name={"en": "Motivation"}, weight=2, scale_max=5),
        Criterion.objects.create(call=call, name={"en": "Multiplier potential"}, weight=1, scale_max=10),
    ]


def test_save_review_outside_the_scale_is_refused_and_nothing_changes(edition, committee, rubric):
    application = submitted(edition)
    review = ReviewAssignment.objects.create(application=application, reviewer=committee[0])
    with pytest.raises(ValidationError) as error:
        services.save_review(review=review, scores={rubric[0].pk: 6, rubric[1].pk: 3}, comment="")
    assert error.value.message_dict[f"criterion_{rubric[0].pk}"] == ["Give a score from 0 to 5."]
    review.refresh_from_db()
    assert (review.scores, review.reviewed_at) == ({}, None)


def test_save_review_after_the_deadline_is_refused(edition, committee, rubric):
    call = services.call_for(edition)
    call.review_deadline = datetime(2027, 3, 15, tzinfo=UTC)
    call.save()
    review = ReviewAssignment.objects.create(application=submitted(edition), reviewer=committee[0])
    with pytest.raises(ValidationError, match="deadline"):
        services.save_review(
            review=review, scores={rubric[0].pk: 5, rubric[1].pk: 5}, comment="", now=datetime(2027, 3, 16, tzinfo=UTC)
        )


def test_scores_are_normalised_per_reviewer(edition, committee, rubric):
    harsh, lenient = committee[0], committee[1]
    applications = [submitted(edition) for _ in range(4)]
    for application, score in zip(applications[:2], [1, 2], strict=True):
        services.save_review(
            review=ReviewAssignment.objects.create(application=application, reviewer=harsh),
            scores={rubric[0].pk: score, rubric[1].pk: 0},
            comment="",
        )
    for application, score in zip(applications[2:], [4, 5], strict=True):
        services.save_review(
            review=ReviewAssignment.objects.create(application=application, reviewer=lenient),
            scores={rubric[0].pk: score, rubric[1].pk: 10},
            comment="",
        )
    scored = services.scored_applications(edition)
    assert scored[applications[1].pk].normalised == pytest.approx(scored[applications[3].pk].normalised)
    assert scored[applications[0].pk].raw < scored[applications[2].pk].raw


def test_only_the_editions_organisers_assign_reviewers_from_the_selection_page(client, edition, committee):
    submitted(edition)
    url = "/en/editions/13/selection/assign/"
    assert client.post(url)["Location"].startswith("/en/accounts/login/")
    other_organiser = MembershipFactory(role=Role.ORGANISER).user
    for not_allowed in (UserFactory(), committee[0], other_organiser):
        client.force_login(not_allowed)
        assert client.post(url).status_code == 403
    assert not ReviewAssignment.objects.exists()
    client.force_login(MembershipFactory(edition=edition, role=Role.ORGANISER).user)
    assert client.post(url)["Location"] == "/en/editions/13/selection/"
    assert ReviewAssignment.objects.count() == 2
