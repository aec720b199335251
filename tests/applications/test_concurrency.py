"""Two things at the same moment: exactly one application, never a seat given twice (PostgreSQL)."""

import threading

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from academy.applications import decisions, services
from academy.applications.models import Application, SelectionRun, Status
from tests.applications.conftest import DURING
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a server database with concurrent sessions"),
]


def at_once(*calls):
    """Run the calls in threads released together, each as a request or a task of the platform would (reading every
    edition: a new thread starts outside any scope); return what each raised (or None)."""
    barrier = threading.Barrier(len(calls))
    errors = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            with scopes_disabled():
                call()
        except Exception as error:  # reported to the test
            errors[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_tabs_saving_at_once_make_one_application(edition, applicant):
    errors = at_once(
        lambda: services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="first tab"),
        lambda: services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="second tab"),
    )
    assert errors == [None, None]
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
    errors = at_once(
        lambda: decisions.promote_next(edition=edition, now=DURING),
        lambda: decisions.decide_by_hand(
            application=second, status=Status.SELECTED, by=None, reason="Partner", now=DURING
        ),
    )
    assert Application.objects.filter(edition=edition, status=Status.SELECTED).count() == 1
    assert sum(error is not None for error in errors) <= 1
