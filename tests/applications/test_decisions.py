from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from academy.applications import decisions, services
from academy.applications.models import Application, FundingSource, Scholarship, SelectionRun, Status
from academy.audit.models import ActionLog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def confirmed(edition, reviewed):
    FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(10_000))
    run = services.run_selection(edition=edition, parameters={"seats": 3, "min_global_south_share": 0.3}, by=None)
    decisions.confirm_run(run=run, by=UserFactory(), now=NOW)
    return run


def status_of(reviewed, name):
    return Application.objects.get(pk=reviewed[name].pk).status


def test_confirm_run_decides_everyone_and_offers_scholarships(edition, reviewed, confirmed):
    selected = set(Application.objects.filter(status=Status.SELECTED).values_list("pk", flat=True))
    assert selected == set(confirmed.selected)
    assert Application.objects.filter(status=Status.WAITLISTED).count() == 3
    assert list(
        Application.objects.filter(status=Status.WAITLISTED).order_by("waitlist_rank").values_list("pk", flat=True)
    ) == list(confirmed.waitlist)
    sn = Application.objects.get(pk=reviewed["sn1"].pk)
    assert sn.status == Status.SELECTED
    assert sn.confirm_by == NOW + timedelta(days=14)
    assert sn.scholarship.amount == Decimal(1200 + 5 * 100 + 500)
    assert len(mail.outbox) == 6


def test_confirm_run_twice_is_refused(edition, reviewed, confirmed):
    again = services.run_selection(edition=edition, parameters={"seats": 3}, by=None)
    with pytest.raises(ValidationError, match="already made"):
        decisions.confirm_run(run=again, by=None, now=NOW)
    assert SelectionRun.objects.filter(confirmed_at__isnull=False).count() == 1


def test_decline_offers_the_seat_to_the_next_who_keeps_every_rule(
    edition,
    reviewed,
    confirmed,
    django_capture_on_commit_callbacks,
):
    # Selected: pt1, fr1, sn1 (one third from the Global South). Waitlist as the optimiser would fill
    # one more seat: br1 (de1 would leave a quarter from the South), then de1, then vn1.
    assert confirmed.waitlist == [reviewed[name].pk for name in ("br1", "de1", "vn1")]
    with django_capture_on_commit_callbacks(execute=True):
        decisions.respond(application=reviewed["sn1"], accept=False, now=NOW)
        # The seat goes down the waitlist in a task, once the decline is committed.
        assert status_of(reviewed, "br1") == Status.WAITLISTED
    assert status_of(reviewed, "sn1") == Status.DECLINED
    assert status_of(reviewed, "br1") == Status.SELECTED
    assert Scholarship.objects.get(application=reviewed["sn1"]).status == "declined"
    assert Scholarship.objects.get(application=reviewed["br1"]).status == "offered"
    # br1 declines too: de1 is next, but would leave no one from the Global South; vn1 gets the seat.
    with django_capture_on_commit_callbacks(execute=True):
        # br1's offer was made by the task, on today's clock: they answer on it too.
        decisions.respond(application=reviewed["br1"], accept=False)
    assert status_of(reviewed, "de1") == Status.WAITLISTED
    assert status_of(reviewed, "vn1") == Status.SELECTED
    log = ActionLog.objects.filter(action="waitlist.promoted").latest("pk")
    assert log.data["skipped"] == {str(reviewed["de1"].pk): ["global_south"]}


def test_confirm_in_time_holds_the_seat(edition, reviewed, confirmed):
    decisions.respond(application=reviewed["pt1"], accept=True, now=NOW + timedelta(days=1))
    assert status_of(reviewed, "pt1") == Status.CONFIRMED
    with pytest.raises(ValidationError, match="no offer"):
        decisions.respond(application=reviewed["pt1"], accept=False, now=NOW + timedelta(days=2))


def test_late_offers_lapse_and_move_down_the_waitlist(edition, reviewed, confirmed):
    decisions.respond(application=reviewed["pt1"], accept=True, now=NOW)
    with pytest.raises(ValidationError, match="passed"):
        decisions.respond(application=reviewed["fr1"], accept=True, now=NOW + timedelta(days=15))
    assert decisions.expire_offers(edition=edition, now=NOW + timedelta(days=15)) == 2
    holders = Application.objects.filter(status__in=[Status.SELECTED, Status.CONFIRMED])
    assert holders.count() == 3
    assert status_of(reviewed, "pt1") == Status.CONFIRMED


def test_a_manual_decision_and_a_promotion_never_give_a_seat_twice(
    edition,
    reviewed,
    confirmed,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        decisions.respond(application=reviewed["fr1"], accept=False, now=NOW)  # promotes one
    with pytest.raises(ValidationError, match="Every seat is taken"):
        decisions.decide_by_hand(
            application=reviewed["vn1"], status=Status.SELECTED, by=None, reason="Partner", now=NOW
        )
    assert Application.objects.filter(status__in=[Status.SELECTED, Status.CONFIRMED]).count() == 3
    assert decisions.promote_next(edition=edition, now=NOW) is None


def test_an_offer_names_its_deadline_zone_and_currency_in_the_mail_and_on_the_page(
    client,
    edition,
    reviewed,
    confirmed,
):
    person = Application.objects.get(pk=reviewed["sn1"].pk).applicant
    assert person.time_zone == "Africa/Dakar"  # when the offer was mailed
    [offer] = [m for m in mail.outbox if person.email in m.to]
    assert "(Africa/Dakar)" in offer.body
    assert "2,200.00 EUR" in offer.body
    person.time_zone = "America/Lima"  # the page follows the reader's zone of today
    person.save()
    client.force_login(person)
    page = client.get("/en/applications/").content.decode()
    assert "(Lima (Peru))." in page
    assert "Scholarship offered: 2,200.00 EUR." in page


def test_a_currency_must_be_an_iso_code(edition):
    call = services.call_for(edition)
    call.currency = "euro"
    with pytest.raises(ValidationError, match="three-letter ISO 4217"):
        call.full_clean()


def test_confirming_makes_a_participant_and_withdrawing_gives_up_the_electives(edition, reviewed, confirmed):
    from academy.editions.models import Membership, Role
    from academy.programme.models import AllocationRound, Elective, Placement

    application = Application.objects.get(pk=reviewed["sn1"].pk)
    person = application.applicant
    decisions.respond(application=application, accept=True, now=NOW)
    assert Membership.objects.filter(edition=edition, user=person, role=Role.PARTICIPANT).exists()
    round_ = AllocationRound.objects.create(
        edition=edition, position=1, name={"en": "Week 1"}, preferences_open_at=NOW,
        preferences_close_at=NOW + timedelta(days=1),
    )  # fmt: skip
    course = Elective.objects.create(edition=edition, round=round_, code="e1", title={"en": "e1"}, maximum_seats=5)
    Placement.objects.create(round=round_, user=person, elective=course)
    decisions.withdraw(application=Application.objects.get(pk=application.pk))
    assert not Membership.objects.filter(edition=edition, user=person, role=Role.PARTICIPANT).exists()
    assert not Placement.objects.exists()


def test_confirming_while_the_call_is_open_is_refused_and_decides_nothing(edition, reviewed):
    run = services.run_selection(edition=edition, parameters={"seats": 3}, by=None)
    still_open = edition.applications_close_at - timedelta(minutes=1)
    with pytest.raises(ValidationError) as refused:
        decisions.confirm_run(run=run, by=None, now=still_open)
    assert refused.value.messages == ["The call is still open: confirm the selection once applications have closed."]
    assert not Application.objects.exclude(status=Status.SUBMITTED).exists()
    assert SelectionRun.objects.get(pk=run.pk).confirmed_at is None
    assert len(mail.outbox) == 0
    decisions.confirm_run(run=run, by=None, now=edition.applications_close_at)
    assert Application.objects.filter(status=Status.SELECTED).count() == 3
