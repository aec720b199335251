"""Business rules of the call for applications: drafts, submission, withdrawal, and what each needs."""

import re
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from academy.applications import assignment, scoring, selection
from academy.applications.models import (
    Application,
    Call,
    Eligibility,
    FundingSource,
    Pin,
    QuestionKind,
    ReviewAssignment,
    ScholarshipStatus,
    SelectionRun,
    Status,
    TravelCost,
)
from academy.audit.services import log_action
from academy.common import freshness
from academy.common.i18n import localize
from academy.common.mail import mail_person
from academy.common.uploads import is_pdf, storing_files
from academy.editions.models import Edition, Membership, Modality, Role
from academy.editions.rules import is_committee_member
from academy.editions.topics import RECORDS

CV_MAX_BYTES = 5 * 1024 * 1024
# A word: letters or digits, with inner apostrophes and hyphens ("l'économie", "South-South",
# "d’emploi") counted once, as readers of all four languages count them.
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
EDITABLE = (Status.DRAFT, Status.SUBMITTED)
APPLICATION_FIELDS = (
    "motivation",
    "commitment",
    "constituency",
    "organisation",
    "sse_role",
    "language",
    "multiplier",
    "attendance",
    "scholarship_requested",
    "scholarship_travel",
    "scholarship_accommodation",
    "scholarship_fee",
    "travel_from",
    "cv",
    "support_letter",
    "answers",
)


def TRAVEL_ONLY_IN_PERSON() -> str:
    return _(
        "Scholarships covering travel are only for places in person: choose to attend in person, or untick travel."
    )


def count_words(text: str) -> int:
    return len(WORD.findall(text or ""))


def call_for(edition: Edition) -> Call:
    """The edition's call, with the default settings until organisers change them."""
    call, _created = Call.objects.get_or_create(edition=edition)
    return call


def _deadline_for(edition: Edition, applicant) -> str:
    """The deadline in the applicant's own time zone, named, as the refusal message shows it."""
    with timezone.override(applicant.time_zone):
        closes = timezone.localtime(edition.applications_close_at)
        return f"{date_format(closes, 'DATETIME_FORMAT')} ({applicant.time_zone})"


def _require_open(edition: Edition, applicant, now: datetime | None) -> None:
    if edition.applications_are_open(now):
        return
    if edition.applications_close_at and (now or timezone.now()) >= edition.applications_close_at:
        raise ValidationError(
            _("Applications closed on %(deadline)s.") % {"deadline": _deadline_for(edition, applicant)},
            code="closed",
        )
    raise ValidationError(_("Applications for this edition are not open."), code="not_open")


def check_pdf(upload) -> None:
    """A PDF by its content (not its name), not empty, at most 5 MB."""
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > CV_MAX_BYTES:
        raise ValidationError(_("The file is larger than 5 MB."), code="too_large")
    if not is_pdf(upload):
        raise ValidationError(_("The file is not a PDF."), code="not_pdf")


@transaction.atomic
def save_draft(*, edition: Edition, applicant, now: datetime | None = None, **fields) -> Application:
    """Create or change the person's application while the call is open; it stays as it was if refused.

    One application per person and edition: two requests at once (two tabs) meet the database's
    unique constraint, and the second changes the row the first made.
    """
    unknown = set(fields) - set(APPLICATION_FIELDS)
    if unknown:
        raise TypeError(f"not application fields: {sorted(unknown)}")
    _require_open(edition, applicant, now)
    for upload_field in ("cv", "support_letter"):
        if fields.get(upload_field):
            check_pdf(fields[upload_field])
    application = _own_application(edition, applicant)
    if application.status not in EDITABLE:
        raise ValidationError(_("This application can no longer be changed."), code="not_editable")
    for field, value in fields.items():
        setattr(application, field, value)
    application.full_clean(exclude=["cv", "support_letter"], validate_unique=False, validate_constraints=False)
    if application.status == Status.SUBMITTED and (errors := completeness_errors(application)):
        # A submitted application may change until the deadline, but stays complete.
        raise ValidationError(errors)
    with storing_files():
        application.save()
    return application


def _own_application(edition: Edition, applicant) -> Application:
    profile = {
        "constituency": applicant.constituency,
        "organisation": applicant.organisation,
        "language": applicant.language,
    }
    try:
        with transaction.atomic():
            application, _created = Application.objects.get_or_create(
                edition=edition, applicant=applicant, defaults=profile
            )
    except IntegrityError:
        application = Application.objects.get(edition=edition, applicant=applicant)
    return Application.objects.select_for_update().get(pk=application.pk)


def completeness_errors(application: Application) -> dict[str, list[str]]:
    """What a submission still lacks, field by field."""
    call = call_for(application.edition)
    errors: dict[str, list[str]] = {}
    words = count_words(application.motivation)
    if not call.motivation_min_words <= words <= call.motivation_max_words:
        errors["motivation"] = [
            _("Write between %(min)s and %(max)s words (now %(count)s).")
            % {"min": call.motivation_min_words, "max": call.motivation_max_words, "count": words}
        ]
    if not application.commitment:
        errors["commitment"] = [_("Please confirm that you will take part for the whole Academy.")]
    for field in ("constituency", "organisation", "sse_role", "language", "multiplier"):
        if not getattr(application, field):
            errors[field] = [_("This field is required.")]
    if not application.cv:
        errors["cv"] = [_("Please upload your CV as a PDF.")]
    if application.scholarship_requested and not (
        application.scholarship_travel or application.scholarship_accommodation or application.scholarship_fee
    ):
        errors["scholarship_requested"] = [_("Say what the scholarship should cover.")]
    if application.edition.modality == Modality.HYBRID and not application.attendance:
        errors["attendance"] = [_("Say whether you will attend in person or online.")]
    elif application.scholarship_requested and application.scholarship_travel and not application.in_person:
        errors["scholarship_travel"] = [TRAVEL_ONLY_IN_PERSON()]
    if (
        application.scholarship_requested
        and application.scholarship_travel
        and application.in_person
        and not application.travel_from
    ):
        errors["travel_from"] = [_("Say which city you would travel from.")]
    for question in call.questions.all():
        if question.required and not application.answers.get(str(question.pk)):
            errors[f"question_{question.pk}"] = [_("This field is required.")]
    return errors


@transaction.atomic
def submit(*, application: Application, now: datetime | None = None) -> Application:
    """Submit a complete application before the deadline; the applicant gets a confirmation e-mail."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    _require_open(application.edition, application.applicant, now)
    if application.status not in EDITABLE:
        raise ValidationError(_("This application can no longer be changed."), code="not_editable")
    errors = completeness_errors(application)
    if errors:
        raise ValidationError(errors)
    first_time = application.status == Status.DRAFT
    application.status = Status.SUBMITTED
    application.submitted_at = application.submitted_at or (now or timezone.now())
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    if first_time:
        mail_applicant(application=application, template="applications/email/submitted")
    return application


@transaction.atomic
def withdraw(*, application: Application) -> Application:
    """Withdraw an application that holds no seat (seat holders withdraw through decisions.withdraw)."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if not application.can_be_withdrawn or application.status in (Status.SELECTED, Status.CONFIRMED):
        raise ValidationError(_("This application can no longer be withdrawn."), code="final")
    application.status = Status.WITHDRAWN
    application.save(update_fields=["status", "updated_at"])
    return application


def mail_applicant(*, application: Application, template: str) -> None:
    """An e-mail to the applicant, in their language; it leaves through the outbox after commit, once per decision."""
    decided = application.decided_at or application.submitted_at
    mail_person(
        application.applicant,
        template,
        {"application": application, "edition": application.edition},
        key=f"{template}:{application.pk}:{decided.isoformat() if decided else ''}",
        edition=application.edition,
    )


@transaction.atomic
def assign_reviewers(*, edition: Edition, by, seed: int | None = None) -> assignment.Assignment:
    """Give every submitted application its reviews from the edition's committee, loads level, no conflicts.

    Reviews already assigned (earlier runs, or by hand) stay. A reviewer's organisation is the
    partner they represent; an applicant is in conflict with it when the organisation they wrote
    names that partner (its acronym or its name in any language).
    """
    call = call_for(edition)
    committee = list(
        Membership.objects.filter(edition=edition, role=Role.COMMITTEE).select_related("user", "organisation")
    )
    applications = list(
        Application.objects.filter(edition=edition, status=Status.SUBMITTED).select_related("applicant")
    )
    # Any way of writing a partner's name (acronym, or its name in any language) stands for its acronym.
    acronym_of = {}
    for partner in {m.organisation for m in committee}:
        for name in (partner.acronym, *partner.name.data.values()):
            if name:
                acronym_of[name.casefold().strip()] = partner.acronym
    reviewers = [
        assignment.Reviewer(key=m.user_id, organisation=m.organisation.acronym, country=m.user.country.code)
        for m in committee
    ]
    applicants = [
        assignment.Applicant(
            key=a.pk,
            organisation=acronym_of.get(a.organisation.casefold().strip(), a.organisation),
            country=a.applicant.country.code,
        )
        for a in applications
    ]
    existing = ReviewAssignment.objects.filter(application__edition=edition).values_list(
        "application_id", "reviewer_id"
    )
    result = assignment.assign_reviews(
        applicants,
        reviewers,
        reviews_each=call.reviews_per_application,
        avoid_same_organisation=call.avoid_same_organisation,
        avoid_same_country=call.avoid_same_country,
        existing=list(existing),
        seed=edition.pk if seed is None else seed,
    )
    ReviewAssignment.objects.bulk_create(
        ReviewAssignment(application_id=application, reviewer_id=reviewer) for application, reviewer in result.pairs
    )
    freshness.changed(RECORDS, edition.pk)  # bulk_create sends no signal
    log_action(
        actor=by,
        action="reviews.assigned",
        obj=call,
        edition=edition,
        data={"new": len(result.pairs), "short": {str(k): v for k, v in result.short.items()}},
    )
    return result


def reviewer_can_still_review(call: Call, now: datetime | None = None) -> bool:
    return call.review_deadline is None or (now or timezone.now()) < call.review_deadline


@transaction.atomic
def save_review(*, review: ReviewAssignment, scores: dict[int, int], comment: str, now: datetime | None = None):
    """Record or change a review until the review deadline; every score must be on its criterion's scale."""
    call = call_for(review.application.edition)
    if not reviewer_can_still_review(call, now):
        raise ValidationError(_("The review deadline has passed."), code="deadline")
    criteria = {c.pk: c for c in call.criteria.all()}
    errors = {}
    for criterion in criteria.values():
        score = scores.get(criterion.pk)
        if score is None or not 0 <= score <= criterion.scale_max:
            errors[f"criterion_{criterion.pk}"] = [_("Give a score from 0 to %(max)s.") % {"max": criterion.scale_max}]
    if set(scores) - set(criteria):
        errors["__all__"] = [_("A score is for a criterion of another edition.")]
    if errors:
        raise ValidationError(errors)
    review.scores = {str(key): value for key, value in scores.items()}
    review.comment = comment
    review.reviewed_at = now or timezone.now()
    review.save(update_fields=["scores", "comment", "reviewed_at"])
    refresh_scores(edition=review.application.edition)
    return review


def refresh_scores(*, edition: Edition) -> None:
    """Store each application's scores: one review changes every score of its reviewer (z-scores)."""
    scored = scored_applications(edition)
    applications = list(Application.objects.filter(edition=edition, pk__in=scored).only("pk"))
    for application in applications:
        score = scored[application.pk]
        application.score_raw, application.score_normalised = score.raw, score.normalised
        application.score_spread, application.reviewers_disagree = score.spread, score.disagreement
    Application.objects.bulk_update(
        applications, ["score_raw", "score_normalised", "score_spread", "reviewers_disagree"], batch_size=1000
    )
    Application.objects.filter(edition=edition).exclude(pk__in=scored).update(
        score_raw=None, score_normalised=None, score_spread=None, reviewers_disagree=False
    )


def scored_applications(edition: Edition) -> dict[int, scoring.Scored]:
    """Each reviewed application's raw and normalised score, spread and disagreement flag."""
    call = call_for(edition)
    criteria = [scoring.Criterion(key=c.pk, weight=float(c.weight), scale_max=c.scale_max) for c in call.criteria.all()]
    reviews = [
        scoring.Review(
            application=r.application_id, reviewer=r.reviewer_id, scores={int(k): v for k, v in r.scores.items()}
        )
        for r in ReviewAssignment.objects.filter(application__edition=edition, reviewed_at__isnull=False)
    ]
    return scoring.normalise(reviews, criteria)


def travel_costs(edition: Edition) -> dict[str, Decimal]:
    """The organisers' table of return journeys to the host city, by region of origin."""
    return {t.region: t.amount for t in TravelCost.objects.filter(edition=edition)}


def estimated_scholarship(application: Application) -> Decimal:
    """What the scholarship this applicant asked for would cost, with the edition's current tables."""
    return scholarship_cost(application, call_for(application.edition), travel_costs(application.edition))


def scholarship_cost(application: Application, call: Call, travel: dict[str, Decimal]) -> Decimal:
    """What the scholarship an applicant asked for would cost: travel from their region, nights, fee."""
    if not application.scholarship_requested:
        return Decimal(0)
    cost = Decimal(0)
    if application.scholarship_travel and application.in_person:  # nobody travels to an online place
        cost += travel.get(application.applicant.region, Decimal(0))
    if application.scholarship_accommodation:
        cost += call.accommodation_nights * call.nightly_rate
    if application.scholarship_fee:
        cost += call.participation_fee
    return cost


def _rules(edition: Edition, parameters: dict) -> selection.Rules:
    """The rules of a new run: the organiser's parameters with today's budgets and pins."""
    pins = Pin.objects.filter(application__edition=edition)
    return _rules_of(
        {
            **parameters,
            "budgets": {s.name: float(s.budget) for s in FundingSource.objects.filter(edition=edition)},
            "pins": {
                "include": sorted(pins.filter(include=True).values_list("application_id", flat=True)),
                "exclude": sorted(pins.filter(include=False).values_list("application_id", flat=True)),
            },
        }
    )


def rules_from(run: SelectionRun) -> selection.Rules:
    """The rules a stored run was made under, as it recorded them."""
    return _rules_of(run.parameters)


def _rules_of(parameters: dict) -> selection.Rules:
    band = parameters.get("women_share")
    return selection.Rules(
        seats=int(parameters["seats"]),
        budgets=dict(parameters.get("budgets") or {}),
        min_global_south_share=parameters.get("min_global_south_share"),
        women_share=tuple(band) if band else None,
        constituency_min={k: int(v) for k, v in (parameters.get("constituency_min") or {}).items()},
        constituency_max={k: int(v) for k, v in (parameters.get("constituency_max") or {}).items()},
        max_per_country=parameters.get("max_per_country"),
        room_seats=parameters.get("room_seats"),
        must_include=frozenset(parameters.get("pins", {}).get("include", [])),
        must_exclude=frozenset(parameters.get("pins", {}).get("exclude", [])),
    )


def candidates(edition: Edition, statuses=(Status.SUBMITTED,)) -> list[selection.Candidate]:
    """The reviewed applications as the optimiser sees them: score, attributes, scholarship."""
    call = call_for(edition)
    travel = travel_costs(edition)
    sources = list(FundingSource.objects.filter(edition=edition))
    pool = []
    reviewed = Application.objects.filter(edition=edition, status__in=statuses, score_normalised__isnull=False)
    for application in reviewed.select_related("applicant"):
        application.edition = edition  # the one already read: `in_person` reads its modality
        person = application.applicant
        pool.append(
            selection.Candidate(
                key=application.pk,
                score=application.score_normalised,
                global_south=person.is_global_south,
                gender=person.gender,
                constituency=application.constituency,
                country=person.country.code,
                in_person=application.in_person,
                scholarship_cost=float(scholarship_cost(application, call, travel)),
                eligible_sources=frozenset(
                    s.name for s in sources if s.eligibility == Eligibility.EVERYONE or person.is_global_south
                ),
            )
        )
    return pool


@transaction.atomic
def run_selection(*, edition: Edition, parameters: dict, by) -> SelectionRun:
    """Propose the best selection under the edition's rules and store the run exactly as it came out."""
    rules = _rules(edition, parameters)
    proposal = selection.propose(candidates(edition), rules)
    run = SelectionRun.objects.create(
        edition=edition,
        created_by=by if by is not None and by.is_authenticated else None,
        parameters={
            **parameters,
            "budgets": dict(rules.budgets),
            "pins": {"include": sorted(rules.must_include), "exclude": sorted(rules.must_exclude)},
        },
        status=proposal.status,
        objective=proposal.objective,
        gap=proposal.gap,
        seconds=proposal.seconds,
        selected=proposal.selected,
        waitlist=proposal.waitlist,
        funding={str(k): v for k, v in proposal.funding.items()},
        conflicts=list(proposal.conflicts),
        relaxations=[
            {
                "groups": list(r.groups),
                "status": r.proposal.status,
                "objective": r.proposal.objective,
                "selected": r.proposal.selected,
            }
            for r in proposal.relaxations
        ],
    )
    log_action(actor=by, action="selection.run", obj=run, edition=edition, data={"status": run.status})
    return run


def shares(applications: list[Application]) -> dict[str, dict[str, int]]:
    """How a group of applications divides by region, Global South, gender and constituency group."""
    result: dict[str, dict[str, int]] = {
        "region": {},
        "global_south": {},
        "gender": {},
        "constituency": {},
        "country": {},
        "attendance": {},
    }
    for application in applications:
        person = application.applicant
        for key, value in (
            ("region", person.region or "—"),
            ("global_south", "yes" if person.is_global_south else "no"),
            ("gender", person.gender or "undisclosed"),
            ("constituency", application.constituency or "—"),
            ("country", person.country.code or "—"),
            ("attendance", "in_person" if application.in_person else "online"),
        ):
            result[key][value] = result[key].get(value, 0) + 1
    return result


def budget_use(run: SelectionRun) -> list[dict]:
    """Per funding source: its budget and what the run's proposed scholarships would cost from it."""
    call = call_for(run.edition)
    travel = travel_costs(run.edition)
    funded = Application.objects.filter(pk__in=[int(k) for k in run.funding]).select_related("applicant")
    cost_by_source: dict[str, Decimal] = {}
    for application in funded:
        application.edition = run.edition
        source = run.funding[str(application.pk)]
        cost_by_source[source] = cost_by_source.get(source, Decimal(0)) + scholarship_cost(application, call, travel)
    return [
        {"source": s.name, "budget": s.budget, "used": cost_by_source.get(s.name, Decimal(0))}
        for s in FundingSource.objects.filter(edition=run.edition).order_by("name")
    ]


def budgets(edition: Edition) -> list[dict]:
    """Per funding source: the budget, what scholarships have committed and spent, and what is left."""
    rows = []
    for source in FundingSource.objects.filter(edition=edition).order_by("name"):
        committed = spent = Decimal(0)
        for scholarship in source.scholarships.exclude(status=ScholarshipStatus.DECLINED):
            committed += scholarship.amount
            spent += scholarship.spent
        rows.append(
            {
                "source": source,
                "budget": source.budget,
                "committed": committed,
                "spent": spent,
                "left": source.budget - committed,
            }
        )
    return rows


@transaction.atomic
def move_review(*, review: ReviewAssignment, by) -> ReviewAssignment:
    """Give a review to another committee member of its edition: it starts afresh, and scores follow."""
    edition = review.application.edition
    if not is_committee_member(review.reviewer, edition):
        raise ValidationError({"reviewer": [_("Choose a member of this edition's committee.")]})
    review.scores, review.comment, review.reviewed_at = {}, "", None
    review.save()
    refresh_scores(edition=edition)
    log_action(actor=by, action="review.moved", obj=review, edition=edition, data={"reviewer": review.reviewer_id})
    return review


@transaction.atomic
def set_pin(*, application: Application, include: bool | None, reason: str, by) -> Pin | None:
    """Pin someone for the next selection runs (must include, or must exclude, each with why), or unpin."""
    if include is not None and not reason.strip():
        raise ValidationError({"reason": [_("Say why.")]})
    Pin.objects.filter(application=application).delete()
    pin = None
    if include is not None:
        pin = Pin.objects.create(application=application, include=include, reason=reason.strip(), created_by=by)
    log_action(
        actor=by,
        action="pin.set" if pin else "pin.removed",
        obj=application,
        edition=application.edition,
        reason=reason.strip(),
        data={"include": include},
    )
    return pin


def reviews_of(application: Application) -> list[dict]:
    """Each review of one application as organisers read it: who, each criterion's score, the total, the comment."""
    criteria = list(call_for(application.edition).criteria.all())
    rubric = [scoring.Criterion(key=c.pk, weight=float(c.weight), scale_max=c.scale_max) for c in criteria]
    rows = []
    for review in application.assignments.select_related("reviewer").order_by("pk"):
        scores = {int(key): value for key, value in review.scores.items()}
        rows.append(
            {
                "review": review,
                "scores": [(criterion, scores.get(criterion.pk)) for criterion in criteria],
                "total": scoring.weighted_total(scores, rubric) if review.reviewed_at else None,
            }
        )
    return rows


def answers_of(application: Application, language: str) -> list[tuple[str, str]]:
    """The edition's own questions with this application's answers, labelled in the reader's language."""
    edition = application.edition
    yes_no = {"yes": _("Yes"), "no": _("No")}
    rows = []
    for question in call_for(edition).questions.all():
        answer = application.answers.get(str(question.pk), "")
        if question.kind == QuestionKind.YES_NO:
            answer = yes_no.get(answer, answer)
        rows.append((localize(question.label, language, edition.main_language)[0], answer))
    return rows
