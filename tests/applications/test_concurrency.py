"""Two things at the same moment: exactly one application, never a seat given twice (PostgreSQL)."""

import pytest
from django.db import connection

from academy.applications import decisions, services
from academy.applications.models import Application, SelectionRun, Status
from tests.applications.conftest import DURING
from tests.concurrency import at_once
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a server database with concurrent sessions"),
]


def test_two_tabs_saving_at_once_make_one_application(edition, applicant):
    outcomes = at_once(
        lambda: services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="first tab"),
        lambda: services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="second tab"),
    )
    assert [outcome.raised for outcome in outcomes] == [None, None]
    assert Application.objects.filter(edition=edition, applicant=applicant).count() == 1


def test_a_promotion_and_a_decision_by_hand_never_give_a_seat_twice(edition):
    holder, first, second = (
        Application.objects.create(edition=edition, applicant=UserFactory(), status=status)
        for status in (Status.SELECTED, Status.WAITLISTED, Status.WAITLISTED)
    )
    first.waitlist_rank, first.score_normalised = 1, 1.0
    first.save()
    second.score_normalised = 0.5
    second.save()
    holder.status = Status.DECLINED  # the one seat is free
    holder.save()
    SelectionRun.objects.create(edition=edition, parameters={"seats": 1}, status="optimal", confirmed_at=DURING)
    outcomes = at_once(
        lambda: decisions.promote_next(edition=edition, now=DURING),
        lambda: decisions.decide_by_hand(
            application=second, status=Status.SELECTED, by=None, reason="Partner", now=DURING
        ),
    )
    assert Application.objects.filter(edition=edition, status=Status.SELECTED).count() == 1
    assert sum(outcome.raised is not None for outcome in outcomes) <= 1
