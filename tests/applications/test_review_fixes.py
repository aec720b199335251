"""Regressions found in review: back-office rows reached through an application, seats and budgets."""

from decimal import Decimal

import pytest

from academy.applications import decisions, selection, services
from academy.applications.models import Application, FundingSource, Pin, Scholarship, SelectionRun, Status
from academy.common import spreadsheets
from academy.editions.models import Role
from tests.applications.conftest import DURING
from tests.applications.test_decisions import NOW
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmed(edition, reviewed):
    FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(10_000))
    Pin.objects.create(application=reviewed["pt1"], include=True, reason="Host partner")
    run = services.run_selection(edition=edition, parameters={"seats": 3, "min_global_south_share": 0.3}, by=None)
    decisions.confirm_run(run=run, by=None, now=NOW)
    return run


def test_back_office_pages_of_pins_reviews_and_scholarships_open_for_organisers(client, edition, confirmed):
    client.force_login(MembershipFactory(edition=edition, role=Role.ORGANISER).user)
    pin = Pin.objects.get()
    scholarship = Scholarship.objects.first()
    for url in (
        "/en/back-office/applications/pin/",
        f"/en/back-office/applications/pin/{pin.pk}/change/",  # shown read-only: pins change on the application's page
        f"/en/back-office/applications/scholarship/{scholarship.pk}/change/",
        "/en/back-office/applications/reviewassignment/",
    ):
        assert client.get(url).status_code == 200, url
    assert client.post(f"/en/back-office/applications/selectionrun/{confirmed.pk}/delete/").status_code == 403


def test_a_pinned_person_declining_still_frees_a_seat_for_the_waitlist(
    edition,
    reviewed,
    confirmed,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.respond(application=reviewed["pt1"], accept=False, now=NOW)
    assert Application.objects.filter(status__in=[Status.SELECTED, Status.CONFIRMED]).count() == 3


def test_withdrawing_a_seat_frees_seat_and_scholarship(
    edition,
    reviewed,
    confirmed,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.withdraw(application=reviewed["sn1"])
    assert Application.objects.get(pk=reviewed["sn1"].pk).status == Status.WITHDRAWN
    assert Scholarship.objects.get(application=reviewed["sn1"]).status == "declined"
    assert Application.objects.filter(status__in=[Status.SELECTED, Status.CONFIRMED]).count() == 3


def test_a_submitted_application_cannot_be_emptied(edition, applicant, complete):
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING, **complete)
    services.submit(application=draft, now=DURING)
    with pytest.raises(services.ValidationError):
        services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="x", commitment=False)
    assert Application.objects.get().commitment is True


def test_excluding_someone_does_not_make_seats_impossible():
    pool = [selection.Candidate(key=k, score=float(k)) for k in range(5)]
    proposal = selection.propose(pool, selection.Rules(seats=10, must_exclude=frozenset({2})))
    assert (proposal.status, proposal.selected) == ("optimal", [0, 1, 3, 4])


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)"])
def test_exports_keep_formula_like_names_as_text(name):
    assert spreadsheets.safe_cell(name) == "'" + name
    assert spreadsheets.safe_cell("Ana") == "Ana"


def test_a_run_is_kept_unchanged(edition, confirmed):
    assert SelectionRun.objects.filter(pk=confirmed.pk, confirmed_at__isnull=False).exists()
