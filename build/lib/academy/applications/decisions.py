"""Decisions after a selection run: offers, confirmations, the waitlist, and the scholarships that go with them.

Every function that changes who holds a seat first locks the edition's row, so a promotion from the
waitlist and an organiser's decision made at the same moment happen one after the other, and no
seat is given twice.
"""

from datetime import datetime, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.applications import selection, services
from academy.applications.models import (
    Application,
    FundingSource,
    Scholarship,
    ScholarshipStatus,
    SelectionRun,
    Status,
)
from academy.audit.services import log_action
from academy.common import freshness
from academy.common.background import enqueue_after_commit
from academy.editions import services as editions
from academy.editions.models import Edition, Membership, Role
from academy.editions.topics import RECORDS
from academy.programme import services as programme

HOLDING_A_SEAT = (Status.SELECTED, Status.CONFIRMED)
COMMITTED = (ScholarshipStatus.OFFERED, ScholarshipStatus.ACCEPTED, ScholarshipStatus.SETTLED)


def _lock(edition: Edition) -> Edition:
    return Edition.objects.select_for_update().get(pk=edition.pk)


def _offer_scholarship(application: Application, source_name: str) -> Scholarship:
    call = services.call_for(application.edition)
    travel = services.travel_costs(application.edition)
    source = FundingSource.objects.get(edition=application.edition, name=source_name)
    return Scholarship.objects.create(
        application=application,
        source=source,
        # Travel is paid only to come in person: an online place gets no travel, whatever was asked.
        travel=travel.get(application.applicant.region, Decimal(0))
        if application.scholarship_travel and application.in_person
        else 0,
        accommodation=call.accommodation_nights * call.nightly_rate if application.scholarship_accommodation else 0,
        fee=call.participation_fee if application.scholarship_fee else 0,
    )


def _select(application: Application, *, now: datetime, source: str | None) -> None:
    call = services.call_for(application.edition)
    application.status = Status.SELECTED
    application.decided_at = now
    application.confirm_by = now + timedelta(days=call.confirmation_days)
    application.waitlist_rank = None
    application.save(update_fields=["status", "decided_at", "confirm_by", "waitlist_rank", "updated_at"])
    if source:
        _offer_scholarship(application, source)
    services.mail_applicant(application=application, template="applications/email/selected")


@transaction.atomic
def confirm_run(*, run: SelectionRun, by, now: datetime | None = None) -> None:
    """Turn a proposal into decisions: selected (with scholarships), waitlisted in order, not selected."""
    now = now or timezone.now()
    _lock(run.edition)
    run = SelectionRun.objects.select_for_update().get(pk=run.pk)
    if SelectionRun.objects.filter(edition=run.edition, confirmed_at__isnull=False).exists():
        raise ValidationError(_("The decisions for this edition are already made."), code="decided")
    if run.status != selection.SolverStatus.OPTIMAL:
        raise ValidationError(_("Only a run that found a selection can be confirmed."), code="no_selection")
    closes = run.edition.applications_close_at
    if closes is not None and now < closes:
        raise ValidationError(
            _("The call is still open: confirm the selection once applications have closed."), code="call_open"
        )
    pool = {
        a.pk: a
        for a in Application.objects.filter(edition=run.edition, status=Status.SUBMITTED).select_related("applicant")
    }
    if not set(run.selected) <= set(pool):
        raise ValidationError(_("Applications changed since this run: run the selection again."), code="stale")
    for key in run.selected:
        _select(pool[key], now=now, source=run.funding.get(str(key)))
    # A waitlist as long as the seats: beyond that, nobody would realistically be offered one.
    waitlisted = [key for key in run.waitlist if key in pool][: max(len(run.selected), 1)]
    for rank, key in enumerate(waitlisted, start=1):
        application = pool[key]
        application.status, application.waitlist_rank, application.decided_at = Status.WAITLISTED, rank, now
        application.save(update_fields=["status", "waitlist_rank", "decided_at", "updated_at"])
        services.mail_applicant(application=application, template="applications/email/waitlisted")
    for key in set(pool) - set(run.selected) - set(waitlisted):
        application = pool[key]
        application.status, application.decided_at = Status.NOT_SELECTED, now
        application.save(update_fields=["status", "decided_at", "updated_at"])
        services.mail_applicant(application=application, template="applications/email/not_selected")
    run.confirmed_at, run.confirmed_by = now, by
    run.save(update_fields=["confirmed_at", "confirmed_by"])
    log_action(
        actor=by, action="selection.confirmed", obj=run, edition=run.edition, data={"selected": len(run.selected)}
    )


@transaction.atomic
def respond(*, application: Application, accept: bool, now: datetime | None = None) -> Application:
    """A selected person confirms or declines their seat (and scholarship) before their deadline."""
    now = now or timezone.now()
    _lock(application.edition)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != Status.SELECTED:
        raise ValidationError(_("There is no offer to answer."), code="no_offer")
    if application.confirm_by and now > application.confirm_by:
        raise ValidationError(_("The time to confirm has passed."), code="late")
    application.status = Status.CONFIRMED if accept else Status.DECLINED
    application.save(update_fields=["status", "updated_at"])
    if accept:
        Scholarship.objects.filter(application=application).update(status=ScholarshipStatus.ACCEPTED)
        # A confirmed seat makes them a participant: they rank electives and get a timetable.
        editions.grant_role(
            edition=application.edition, user=application.applicant, role=Role.PARTICIPANT, by=application.applicant
        )
    else:
        _release_scholarship(application)
    log_action(
        actor=application.applicant,
        action="offer.accepted" if accept else "offer.declined",
        obj=application,
        edition=application.edition,
    )
    if not accept:
        _fill_free_seats_later(application.edition)
    return application


def _fill_free_seats_later(edition: Edition) -> None:
    """A freed seat goes down the waitlist in the background, once the change that freed it is committed."""
    enqueue_after_commit("academy.applications.tasks.fill_free_seats", edition_id=edition.pk)


@transaction.atomic
def fill_free_seats(*, edition: Edition, now: datetime | None = None) -> list[Application]:
    """Offer every free seat down the waitlist, each to the first who keeps every rule."""
    promoted = []
    while (application := promote_next(edition=edition, now=now)) is not None:
        promoted.append(application)
    return promoted


def _holders(edition: Edition) -> list[Application]:
    return list(
        Application.objects.filter(edition=edition, status__in=HOLDING_A_SEAT).select_related(
            "applicant", "scholarship"
        )
    )


def _budget_left(edition: Edition) -> dict[str, Decimal]:
    left = {}
    for source in FundingSource.objects.filter(edition=edition):
        committed = Scholarship.objects.filter(source=source, status__in=COMMITTED).aggregate(
            total=Sum("travel") + Sum("accommodation") + Sum("fee")
        )["total"]
        left[source.name] = source.budget - (committed or 0)
    return left


@transaction.atomic
def promote_next(*, edition: Edition, now: datetime | None = None, by=None) -> Application | None:
    """Offer a free seat to the first on the waitlist who keeps every rule of the confirmed run.

    The organisers see why: the audit record names whom it skipped and which rule each would break.
    """
    now = now or timezone.now()
    _lock(edition)
    run = SelectionRun.objects.filter(edition=edition, confirmed_at__isnull=False).first()
    if run is None:
        return None
    rules = services.rules_from(run)
    holders = _holders(edition)
    if len(holders) >= rules.seats:
        return None
    by_key = {c.key: c for c in services.candidates(edition, statuses=(*HOLDING_A_SEAT, Status.WAITLISTED))}
    held = [by_key[a.pk] for a in holders if a.pk in by_key]  # unreviewed seat holders count in no rule
    funding = {a.pk: a.scholarship.source.name for a in holders if hasattr(a, "scholarship")}
    left = _budget_left(edition)
    waitlist = [
        a
        for a in Application.objects.filter(edition=edition, status=Status.WAITLISTED).order_by("waitlist_rank")
        if a.pk in by_key
    ]
    already_broken = set(_broken(held, funding, rules))
    skipped: dict[int, list[str]] = {}
    chosen = None
    # First the first who keeps every rule; failing that, the first who breaks no rule not already
    # broken (when several seats are free, one person alone cannot restore a minimum).
    for strict in (True, False):
        for application in waitlist:
            candidate = by_key[application.pk]
            source = _affordable_source(candidate, rules, left)
            broken = _broken([*held, candidate], {**funding, candidate.key: source} if source else funding, rules)
            if candidate.scholarship_cost > 0 and selection.funded_by(candidate, rules) and source is None:
                broken.append("budget")
            if (not broken) if strict else set(broken) <= already_broken:
                chosen = (application, source)
                break
            skipped[application.pk] = broken
        if chosen:
            break
    if chosen is not None:
        application, source = chosen
        _select(application, now=now, source=source)
        log_action(
            actor=by,
            action="waitlist.promoted",
            obj=application,
            edition=edition,
            reason=_("First on the waitlist who keeps every rule of the selection."),
            data={
                "rank": application.waitlist_rank,
                "skipped": {str(k): v for k, v in skipped.items() if k != application.pk},
            },
        )
        return application
    return None


# Rules a partial selection is not held to while seats are free: filling every seat, pins (a pinned
# person may decline), and funding sources of people selected by hand.
NOT_CHECKED_ON_PROMOTION = ("seats", "must_include", "funding")


def _broken(chosen, funding, rules) -> list[str]:
    return [
        g
        for g in selection.violated(chosen, funding, rules, pool_size=len(chosen))
        if g not in NOT_CHECKED_ON_PROMOTION and not g.startswith("budget:")
    ]


def _affordable_source(candidate: selection.Candidate, rules: selection.Rules, left: dict[str, Decimal]) -> str | None:
    sources = selection.funded_by(candidate, rules)
    affordable = [s for s in sources if left.get(s, 0) >= Decimal(str(candidate.scholarship_cost))]
    return max(affordable, key=lambda s: left[s]) if affordable else None


@transaction.atomic
def expire_offers(*, edition: Edition, now: datetime | None = None) -> int:
    """Offers not confirmed in time lapse, and their seats go down the waitlist."""
    now = now or timezone.now()
    _lock(edition)
    late = list(Application.objects.filter(edition=edition, status=Status.SELECTED, confirm_by__lt=now))
    for application in late:
        application.status = Status.DECLINED
        application.save(update_fields=["status", "updated_at"])
        _release_scholarship(application)
        log_action(actor=None, action="offer.expired", obj=application, edition=edition)
    if late:
        fill_free_seats(edition=edition, now=now)  # already in the background: the cron job or its task
    return len(late)


@transaction.atomic
def decide_by_hand(
    *,
    application: Application,
    status: str,
    by,
    reason: str,
    now: datetime | None = None,
    scholarship_from: str | None = None,
) -> Application:
    """An organiser's own decision on one application, with the reason, taken in turn with promotions.

    Selecting may offer the scholarship the application asked for, paid by the named funding source."""
    now = now or timezone.now()
    edition = _lock(application.edition)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if not reason.strip():
        raise ValidationError({"reason": [_("Say why.")]})
    if status == Status.SELECTED:
        if application.status not in (Status.SUBMITTED, Status.WAITLISTED, Status.NOT_SELECTED):
            raise ValidationError(_("Only a submitted application can be selected."), code="status")
        run = SelectionRun.objects.filter(edition=edition, confirmed_at__isnull=False).first()
        seats = services.rules_from(run).seats if run else None
        if seats is not None and len(_holders(edition)) >= seats:
            raise ValidationError(_("Every seat is taken."), code="full")
        if scholarship_from and not FundingSource.objects.filter(edition=edition, name=scholarship_from).exists():
            raise ValidationError(_("No funding source of this edition has that name."), code="source")
        _select(application, now=now, source=scholarship_from if application.scholarship_requested else None)
    elif status in (Status.NOT_SELECTED, Status.WAITLISTED):
        if application.status in HOLDING_A_SEAT:
            _release_scholarship(application)
        last = Application.objects.filter(edition=edition, status=Status.WAITLISTED).aggregate(Max("waitlist_rank"))
        application.status, application.decided_at = status, now
        application.waitlist_rank = (last["waitlist_rank__max"] or 0) + 1 if status == Status.WAITLISTED else None
        application.save(update_fields=["status", "decided_at", "waitlist_rank", "updated_at"])
    else:
        raise ValidationError(_("Choose selected, waitlisted or not selected."), code="status")
    log_action(
        actor=by, action="decision.by_hand", obj=application, edition=edition, reason=reason, data={"status": status}
    )
    return application


@transaction.atomic
def withdraw(*, application: Application) -> Application:
    """Withdraw at any point: a seat holder's seat and scholarship go back, and the seat down the waitlist."""
    _lock(application.edition)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in HOLDING_A_SEAT:
        return services.withdraw(application=application)
    application.status = Status.WITHDRAWN
    application.save(update_fields=["status", "updated_at"])
    _release_scholarship(application)
    programme.leave_edition(edition=application.edition, user=application.applicant)
    seat = Membership.objects.filter(edition=application.edition, user=application.applicant, role=Role.PARTICIPANT)
    for membership in seat:
        editions.revoke_role(membership=membership, by=application.applicant)
    log_action(actor=application.applicant, action="seat.withdrawn", obj=application, edition=application.edition)
    _fill_free_seats_later(application.edition)
    return application


def _release_scholarship(application: Application) -> None:
    Scholarship.objects.filter(application=application).exclude(status=ScholarshipStatus.SETTLED).update(
        status=ScholarshipStatus.DECLINED
    )
    freshness.changed(RECORDS, application.edition_id)  # update() sends no signal
