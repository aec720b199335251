"""Surveys: built and copied by organisers, answered by the people of their population, counted for the results.

Who may answer (`population`): the participants of the edition for the evaluation; for session feedback, those whose
timetable holds the session (everyone's sessions, their electives, those they joined), once it has ended; for the
impact survey, the alumni of the edition (its participants, once it has finished). Every refusal is a translated
`ValidationError` raised before anything is written.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, QuerySet, Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from academy.audit.services import log_action
from academy.common import freshness
from academy.editions.models import Edition, Membership, Role, Status
from academy.editions.topics import PERSON, RECORDS
from academy.people.models import User
from academy.programme.models import Session
from academy.surveys import figures
from academy.surveys.models import (
    RANGES,
    Answer,
    Completion,
    Question,
    QuestionKind,
    Response,
    Survey,
    SurveyKind,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Anonymous by default: the evaluation and session feedback; the impact survey is named, as an answer may become a
# follow-up in the Collective Brain with its author's consent.
ANONYMOUS_BY_DEFAULT = {SurveyKind.EVALUATION: True, SurveyKind.SESSION: True, SurveyKind.IMPACT: False}


# Building -----------------------------------------------------------------------------------------


def check_question(question: Question) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not any((value or "").strip() for value in _texts(question.text).values()):
        errors.setdefault("text", []).append(_("Write the question in at least one language."))
    if question.has_choices:
        choices = [choice for choice in (question.choices or []) if any((v or "").strip() for v in choice.values())]
        if len(choices) < 2:
            errors.setdefault("choices", []).append(_("Give at least two choices."))
    elif question.choices:
        errors.setdefault("choices", []).append(_("Only single and multiple choice questions have choices."))
    return errors


def _texts(value) -> dict:
    data = getattr(value, "data", value)
    if isinstance(data, dict):
        return data
    return {"en": data or ""}


def check_survey(survey: Survey) -> None:
    errors: dict[str, list[str]] = {}
    if not any((value or "").strip() for value in _texts(survey.title).values()):
        errors.setdefault("title", []).append(_("Give the survey a title in at least one language."))
    if survey.opens_at and survey.closes_at and survey.closes_at <= survey.opens_at:
        errors.setdefault("closes_at", []).append(_("The survey must close after it opens."))
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def save_survey(*, survey: Survey, questions: list[Question], removed: list[Question] = (), by) -> Survey:
    """Save a survey with its questions in their order (positions 1..n); questions `removed` are deleted. A
    question that has answers keeps its type; nothing is saved when anything is wrong."""
    check_survey(survey)
    errors = {}
    for number, question in enumerate(questions, start=1):
        problems = check_question(question)
        if question.pk:
            before = Question.objects.filter(pk=question.pk, survey=survey).values_list("kind", flat=True).first()
            if before is None:
                problems.setdefault("__all__", []).append(_("This question belongs to another survey."))
            elif before != question.kind and Answer.objects.filter(question_id=question.pk).exists():
                problems.setdefault("kind", []).append(_("This question has answers: its type cannot change."))
        if problems:
            errors[number] = problems
    if errors:
        raise ValidationError(
            [
                ValidationError(
                    _("Question %(number)s: %(problems)s")
                    % {"number": number, "problems": " ".join(str(m) for ms in problems.values() for m in ms)}
                )
                for number, problems in errors.items()
            ]
        )
    created = survey.pk is None
    survey.save()
    Question.objects.filter(survey=survey, pk__in=[q.pk for q in removed if q.pk]).delete()
    for number, question in enumerate(questions, start=1):
        question.survey = survey
        question.position = number
        question.save()
    log_action(
        actor=by,
        action="survey.created" if created else "survey.changed",
        obj=survey,
        edition=survey.edition,
        data={"questions": len(questions)},
    )
    return survey


def new_survey(*, edition: Edition, kind: str, **fields) -> Survey:
    """An unsaved survey of the kind, anonymous or not by the kind's default."""
    fields.setdefault("anonymous", ANONYMOUS_BY_DEFAULT[kind])
    return Survey(edition=edition, kind=kind, **fields)


@transaction.atomic
def copy_survey(*, source: Survey, edition: Edition, opens_at: datetime, closes_at: datetime, by) -> Survey:
    """A copy of a survey (of a previous edition, or this one) with its questions, without answers."""
    survey = Survey(
        edition=edition,
        kind=source.kind,
        title=source.title,
        intro=source.intro,
        opens_at=opens_at,
        closes_at=closes_at,
        anonymous=source.anonymous,
    )
    questions = [
        Question(
            kind=question.kind,
            text=question.text,
            choices=question.choices,
            low_label=question.low_label,
            high_label=question.high_label,
            required=question.required,
        )
        for question in source.questions.order_by("position", "pk")
    ]
    return save_survey(survey=survey, questions=questions, by=by)


# Who answers --------------------------------------------------------------------------------------


def population(survey: Survey) -> QuerySet:
    """Everyone who may answer the survey (for session feedback: everyone who may answer for some session)."""
    participants = User.objects.filter(
        pk__in=Membership.objects.filter(edition_id=survey.edition_id, role=Role.PARTICIPANT).values("user")
    )
    if survey.kind == SurveyKind.IMPACT and survey.edition.status != Status.FINISHED:
        return User.objects.none()
    return participants


def could_attend(session: Session, person) -> bool:
    """Whether the session is in the person's timetable (everyone's sessions, their electives, those they joined)."""
    from academy.programme.services import timetable

    return any(own.pk == session.pk for own in timetable(session.edition, person))


def check_may_answer(survey: Survey, person, *, session: Session | None = None, now: datetime | None = None) -> None:
    now = now or timezone.now()
    if now < survey.opens_at:
        raise ValidationError(_("This survey is not open yet."))
    if now >= survey.closes_at:
        raise ValidationError(_("This survey is closed: answers can no longer be given or changed."))
    if not population(survey).filter(pk=person.pk).exists():
        raise ValidationError(_("This survey is for other people."))
    if survey.kind == SurveyKind.SESSION:
        if session is None or session.edition_id != survey.edition_id:
            raise ValidationError(_("Choose a session of this edition."))
        if session.cancelled or not session.published:
            raise ValidationError(_("This session did not take place."))
        if now < session.ends_at:
            raise ValidationError(_("Feedback on a session opens when it ends."))
        if not could_attend(session, person):
            raise ValidationError(_("This session was not in your programme."))
    elif session is not None:
        raise ValidationError(_("This survey is not about a session."))


def response_of(survey: Survey, person, session: Session | None = None) -> Response | None:
    return Response.objects.filter(survey=survey, person=person, session=session).first()


def _answer_fields(question: Question, value) -> dict:
    """The stored form of one answer, or a ValidationError; None for no answer."""
    if value in (None, "", [], ()):
        return None
    if question.kind in RANGES:
        low, high = RANGES[question.kind]
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(_("Give a whole number.")) from None
        if not low <= number <= high:
            raise ValidationError(_("Give a number from %(low)s to %(high)s.") % {"low": low, "high": high})
        return {"number": number, "picked": [], "text": ""}
    if question.kind == QuestionKind.SINGLE:
        try:
            index = int(value)
        except (TypeError, ValueError):
            raise ValidationError(_("Choose one of the choices offered.")) from None
        if not 0 <= index < len(question.choices):
            raise ValidationError(_("Choose one of the choices offered."))
        return {"number": index, "picked": [], "text": ""}
    if question.kind == QuestionKind.MULTIPLE:
        values = value if isinstance(value, list | tuple) else [value]
        try:
            picked = sorted({int(item) for item in values})
        except (TypeError, ValueError):
            raise ValidationError(_("Choose among the choices offered.")) from None
        if any(not 0 <= index < len(question.choices) for index in picked):
            raise ValidationError(_("Choose among the choices offered."))
        return {"number": None, "picked": picked, "text": ""}
    text = str(value).strip()
    if len(text) > 5000:
        raise ValidationError(_("Keep the answer under 5,000 characters."))
    return {"number": None, "picked": [], "text": text}


@transaction.atomic
def answer(
    *,
    survey: Survey,
    person,
    answers: dict[int, object],
    submit: bool,
    session: Session | None = None,
    consent: bool = False,
    now: datetime | None = None,
) -> Response:
    """Save a person's answers (by question id): a draft to come back to, or submitted. Answers left out are
    cleared. Submitting requires the required questions; a submitted response can be changed until the survey
    closes (it stays submitted). Nothing is written when anything is refused.

    Submitting records that the person has completed the survey (`Completion`, which never names the response) and
    changes the edition's figures. For the impact survey, `consent` is the respondent's agreement that their answers
    become a follow-up of the edition in the Collective Brain with their name: a submitted response with consent
    makes or updates that one follow-up; without consent, none is made and the one made before is deleted."""
    now = now or timezone.now()
    check_may_answer(survey, person, session=session, now=now)
    if consent and survey.kind != SurveyKind.IMPACT:
        raise ValidationError(_("Only answers to the impact survey can become a follow-up."))
    questions = list(survey.questions.all())
    errors: dict[str, list] = {}
    stored: dict[int, dict] = {}
    known = {question.pk for question in questions}
    if set(answers) - known:
        raise ValidationError(_("An answer names a question of another survey."))
    for question in questions:
        try:
            fields = _answer_fields(question, answers.get(question.pk))
        except ValidationError as error:
            errors.setdefault(f"q{question.pk}", []).extend(error.messages)
            continue
        if fields is None:
            existing = response_of(survey, person, session)
            if question.required and (submit or (existing is not None and existing.is_submitted)):
                errors.setdefault(f"q{question.pk}", []).append(_("This question needs an answer."))
            continue
        stored[question.pk] = fields
    if errors:
        raise ValidationError(errors)
    response = Response.objects.select_for_update().filter(survey=survey, person=person, session=session).first()
    if response is None:
        response = Response.objects.create(survey=survey, person=person, session=session, updated_at=now)
    response.updated_at = now
    if submit and response.submitted_at is None:
        response.submitted_at = now
    response.consent_follow_up = consent
    response.save(update_fields=["updated_at", "submitted_at", "consent_follow_up"])
    Answer.objects.filter(response=response).exclude(question_id__in=stored).delete()
    existing = {answer.question_id: answer for answer in Answer.objects.filter(response=response)}
    new, changed = [], []
    for question_id, fields in stored.items():
        row = existing.get(question_id)
        if row is None:
            new.append(Answer(response=response, question_id=question_id, **fields))
        else:
            for name, value in fields.items():
                setattr(row, name, value)
            changed.append(row)
    Answer.objects.bulk_create(new)
    Answer.objects.bulk_update(changed, ["number", "picked", "text"])
    if response.is_submitted:
        Completion.objects.get_or_create(survey=survey, person=person)
        freshness.changed(RECORDS, survey.edition_id)
        if survey.kind == SurveyKind.IMPACT:
            _keep_follow_up(response=response, questions=questions, stored=stored, now=now)
    return response


def _follow_up_text(questions: list[Question], stored: dict[int, dict], language: str, edition: Edition) -> str:
    """The respondent's written answers, each under its question, in their language (Markdown)."""
    from academy.common.i18n import localize

    parts = []
    for question in sorted(questions, key=lambda question: (question.position, question.pk)):
        text = stored.get(question.pk, {}).get("text", "")
        if question.kind == QuestionKind.TEXT and text:
            asked = localize(question.text, language, edition.main_language)[0]
            parts.append(f"**{asked}**\n\n{text}")
    return "\n\n".join(parts)


def _keep_follow_up(*, response: Response, questions: list[Question], stored: dict[int, dict], now: datetime) -> None:
    """Make the follow-up of a submitted impact response agree with its consent (see `answer`)."""
    from academy.brain.followups import delete_follow_up, save_follow_up
    from academy.brain.models import FollowUp, FollowUpKind
    from academy.common.i18n import localize

    survey, person = response.survey, response.person
    edition = survey.edition
    existing = FollowUp.objects.filter(pk=response.follow_up_id).first() if response.follow_up_id else None
    if not response.consent_follow_up:
        if existing is not None:
            delete_follow_up(follow_up=existing, by=person)  # the response's link is set to null with it
            response.follow_up = None
            log_action(actor=person, action="survey.follow_up_withdrawn", obj=survey, edition=edition)
        return
    language = person.language or edition.main_language
    description = _follow_up_text(questions, stored, language, edition)
    if not description:
        raise ValidationError(_("Write at least one answer in words for the follow-up, or leave the box unticked."))
    countries = [person.country or edition.host_country]
    if not countries[0]:
        raise ValidationError(_("Add your country to your profile, so that the follow-up says where it happens."))
    with translation.override(language):
        title = _("What came of the Academy for %(name)s (%(edition)s)") % {
            "name": person.certificate_name,
            "edition": localize(edition.title, language, edition.main_language)[0],
        }
    follow_up = save_follow_up(
        by=person,
        edition=edition,
        kind=existing.kind if existing else FollowUpKind.OTHER,
        title=title[:300],
        description=description,
        language=language,
        countries=[str(country) for country in countries],
        partners=existing.partners if existing else "",
        started_on=existing.started_on if existing else timezone.localdate(now),
        ended_on=existing.ended_on if existing else None,
        sdg_targets=existing.sdg_targets if existing else [],
        topics=list(existing.topics.all()) if existing else [],
        people=[person],
        link=existing.link if existing else "",
        follow_up=existing,
    )
    if response.follow_up_id != follow_up.pk:
        response.follow_up = follow_up
        response.save(update_fields=["follow_up"])
        log_action(actor=person, action="survey.follow_up_made", obj=follow_up, edition=edition)


def answers_of(response: Response | None) -> dict[int, object]:
    """A response's answers by question id, in the form `answer` takes (to fill the form again)."""
    if response is None:
        return {}
    result = {}
    for row in response.answers.select_related("question"):
        kind = row.question.kind
        result[row.question_id] = row.picked if kind == QuestionKind.MULTIPLE else row.text or row.number
    return result


def evaluations_awaited(edition: Edition, person, *, now: datetime | None = None) -> list[Survey]:
    """When the edition asks for its evaluation before the certificate: its end-of-edition evaluations the person has
    not sent and that have not closed (a closed one can no longer be answered, so it no longer holds anyone's
    certificate back), in order of opening. Empty when the edition does not ask for it."""
    if not edition.evaluation_before_certificate:
        return []
    now = now or timezone.now()
    return list(
        Survey.objects.filter(edition=edition, kind=SurveyKind.EVALUATION, closes_at__gt=now)
        .exclude(pk__in=Completion.objects.filter(person=person).values("survey"))
        .order_by("opens_at", "pk")
    )


def not_answered(survey: Survey) -> QuerySet:
    """The people of the population who have not submitted (for reminders through messages to the cohort)."""
    return population(survey).exclude(
        pk__in=Response.objects.filter(survey=survey, submitted_at__isnull=False).values("person")
    )


REMINDER_SUBJECT = gettext_noop("Reminder: %(survey)s")
REMINDER_BODY = gettext_noop(
    'Dear {first_name},\n\nYour answers to "%(survey)s" ({edition}) are still awaited: it takes a few minutes '
    "and helps the Academy improve. You can answer until {deadline}:\n\n%(link)s\n\nThank you."
)


def remind(*, survey: Survey, by, now: datetime | None = None):
    """Schedule a message to the survey's population who have not submitted it, in each of the four languages, through
    the messages to the cohort (essential for the edition's participants, an announcement to alumni)."""
    from academy.common.i18n import localize
    from academy.messaging import segments
    from academy.messaging import services as messaging
    from academy.messaging.models import Kind

    now = now or timezone.now()
    if not survey.is_open(now):
        raise ValidationError(_("Reminders are sent only while the survey is open."))
    impact = survey.kind == SurveyKind.IMPACT
    filters = segments.Filters(
        groups=(segments.ALUMNI if impact else segments.PARTICIPANTS,), not_answered_survey=survey.pk
    )
    subject, body = {}, {}
    for code in LANGUAGES:
        with translation.override(code):
            title = localize(survey.title, code, survey.edition.main_language)[0].replace("{", "{{").replace("}", "}}")
            link = settings.SITE_URL + reverse("surveys:answer", args=[survey.edition.number, survey.pk])
            subject[code] = _(REMINDER_SUBJECT) % {"survey": title}
            body[code] = _(REMINDER_BODY) % {"survey": title, "link": link}
    return messaging.schedule(
        edition=survey.edition,
        by=by,
        kind=Kind.ANNOUNCEMENT if impact else Kind.ESSENTIAL,
        filters=filters,
        subject=subject,
        body=body,
        deadline=survey.closes_at,
        now=now,
    )


def copyable(user) -> QuerySet:
    """The surveys a person may copy: those of the editions they manage (every edition for platform staff)."""
    from django_scopes import scopes_disabled

    from academy.editions.rules import managed_editions

    with scopes_disabled():
        editions = managed_editions(user, Edition.objects.all())
        return Survey.objects.filter(edition__in=editions).select_related("edition").order_by("-edition__number", "pk")


def sessions_spoken_by(user, edition: Edition) -> list[int]:
    from academy.programme.models import SessionSpeaker

    return list(
        SessionSpeaker.objects.filter(session__edition=edition, speaker__user=user).values_list("session_id", flat=True)
    )


# What a person has to answer --------------------------------------------------------------------


def open_for(person, editions, *, now: datetime | None = None) -> list[Survey]:
    """The surveys of these editions open now whose population includes the person (session feedback included,
    whatever the session), in order of closing."""
    now = now or timezone.now()
    surveys = Survey.objects.filter(edition__in=editions, opens_at__lte=now, closes_at__gt=now).select_related(
        "edition"
    )
    return [survey for survey in surveys.order_by("closes_at") if population(survey).filter(pk=person.pk).exists()]


def sessions_to_rate(survey: Survey, person, *, now: datetime | None = None) -> list[Session]:
    """The ended sessions of the person's programme they have not rated yet."""
    from academy.programme.services import timetable

    now = now or timezone.now()
    rated = set(
        Response.objects.filter(survey=survey, person=person, submitted_at__isnull=False).values_list(
            "session_id", flat=True
        )
    )
    return [
        session
        for session in timetable(survey.edition, person)
        if session.ends_at <= now and not session.cancelled and session.pk not in rated
    ]


def feedback_survey(edition: Edition, *, now: datetime | None = None) -> Survey | None:
    """The session feedback survey of the edition open now, if any."""
    now = now or timezone.now()
    return (
        Survey.objects.filter(edition=edition, kind=SurveyKind.SESSION, opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at")
        .first()
    )


# Results ----------------------------------------------------------------------------------------


@dataclass
class Results:
    survey: Survey
    questions: list[Question]
    eligible: int
    respondents: int
    rate: float | None
    distributions: dict[int, figures.Distribution]
    breakdowns: dict[int, list[figures.Breakdown]]
    by_session: dict[int, list[tuple[str, float, int]]]  # question -> (session code, mean, answers)
    by_speaker: dict[int, list[tuple[str, float, int]]]


def specs(questions: list[Question]) -> list[figures.QuestionSpec]:
    return [figures.QuestionSpec(q.pk, q.kind, len(q.choices or [])) for q in questions]


def results(survey: Survey, *, sessions: list[int] | None = None) -> Results:
    """Every figure of the results page, over the submitted responses (of these sessions only, for a speaker)."""
    from academy.people.regions import country_facts
    from academy.programme.models import SessionSpeaker

    questions = list(survey.questions.order_by("position", "pk"))
    submitted = Response.objects.filter(survey=survey, submitted_at__isnull=False)
    if sessions is not None:
        submitted = submitted.filter(session_id__in=sessions)
    # Counted by the database: numbers by value, and (sum, count) by region, constituency group, language and
    # session; read: the picks of multiple choices and the texts. The pure `figures` turn these into the page.
    answers = Answer.objects.filter(response__in=submitted.values("pk"))
    numbers = answers.filter(number__isnull=False)
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    for question, number, n in numbers.values_list("question", "number").annotate(n=Count("pk")).order_by():
        counts[question][number] = n
    picked_by: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    answered: dict[int, int] = defaultdict(int)
    for question, picked in answers.filter(question__kind=QuestionKind.MULTIPLE).values_list("question", "picked"):
        if picked:
            answered[question] += 1
            for index in set(picked):
                picked_by[question][index] += 1
    texts: dict[int, list[str]] = defaultdict(list)
    for question, text in (
        answers.filter(question__kind=QuestionKind.TEXT)
        .exclude(text="")
        .values_list("question", "text")
        .order_by("response", "question")
    ):
        texts[question].append(text.strip())
    question_specs = specs(questions)
    distributions = {}
    for spec in question_specs:
        if spec.kind == QuestionKind.MULTIPLE:
            distributions[spec.id] = figures.distribution(spec, picked_by[spec.id], answered[spec.id])
        elif spec.kind == QuestionKind.TEXT:
            distributions[spec.id] = figures.distribution(spec, {}, texts=texts[spec.id])
        else:
            distributions[spec.id] = figures.distribution(spec, counts[spec.id])
    numeric = [spec for spec in question_specs if spec.kind in figures.NUMERIC]
    scored = numbers.filter(question__in=[spec.id for spec in numeric])

    def sums_by(path: str, key=lambda value: value) -> dict[int, dict[object, list[int]]]:
        sums: dict[int, dict[object, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for question, value, total, n in (
            scored.values_list("question", path).annotate(total=Sum("number"), n=Count("pk")).order_by()
        ):
            group = sums[question][key(value)]
            group[0] += total
            group[1] += n
        return sums

    def region_of(country) -> str:
        facts = country_facts(country) if country else None
        return str(facts.region_name) if facts is not None else "—"

    # One pass grouped by question and the three attributes at once (a few thousand groups), summed per attribute.
    by_attribute: dict[str, dict[int, dict[object, list[int]]]] = {
        name: defaultdict(lambda: defaultdict(lambda: [0, 0])) for name in ("region", "constituency", "language")
    }
    person = "response__person__"
    regions: dict[str, str] = {}
    for question, country, constituency, language, total, n in (
        scored.values_list("question", person + "country", person + "constituency", person + "language")
        .annotate(total=Sum("number"), n=Count("pk"))
        .order_by()
    ):
        region = regions.get(country) or regions.setdefault(country, region_of(country))
        for name, group in (("region", region), ("constituency", constituency or "—"), ("language", language or "—")):
            sums = by_attribute[name][question][group]
            sums[0] += total
            sums[1] += n
    breakdowns = {
        spec.id: [
            figures.breakdown_of_means(spec, figures.means_of(sums[spec.id]), attribute=name)
            for name, sums in by_attribute.items()
        ]
        for spec in numeric
    }
    by_session, by_speaker = {}, {}
    if survey.kind == SurveyKind.SESSION:
        per_session = sums_by("response__session")
        session_ids = {session for of_question in per_session.values() for session in of_question}
        codes = dict(Session.objects.filter(pk__in=session_ids).values_list("pk", "code"))
        speakers: dict[int, list[str]] = defaultdict(list)
        for session_id, name in SessionSpeaker.objects.filter(session_id__in=session_ids).values_list(
            "session_id", "speaker__name"
        ):
            speakers[session_id].append(name)
        for spec in numeric:
            sessions_sums = per_session.get(spec.id, {})
            means = figures.means_of({codes[session]: sums for session, sums in sessions_sums.items() if session})
            by_session[spec.id] = sorted((code, mean, n) for code, (mean, n) in means.items())
            speaker_sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for session, (total, n) in sessions_sums.items():
                for name in speakers.get(session, ()):
                    speaker_sums[name][0] += total
                    speaker_sums[name][1] += n
            by_speaker[spec.id] = sorted((name, mean, n) for name, (mean, n) in figures.means_of(speaker_sums).items())
    eligible = population(survey).count()
    # Per person: session feedback counts each person once, whatever the number of sessions they rated.
    respondents = len(set(submitted.values_list("person", flat=True)))
    return Results(
        survey=survey,
        questions=questions,
        eligible=eligible,
        respondents=respondents,
        rate=figures.rate(respondents, eligible),
        distributions=distributions,
        breakdowns=breakdowns,
        by_session=by_session,
        by_speaker=by_speaker,
    )


@dataclass(frozen=True)
class Headline:
    """A survey's figures for the edition's dashboard and report."""

    survey: Survey
    eligible: int
    respondents: int
    rate: float | None
    satisfaction: float | None  # the mean of its first 1-5 scale question (overall satisfaction, in the evaluation)
    recommendation: float | None  # the recommendation score of its first 0-10 question, when it has one


def headlines(edition: Edition) -> list[Headline]:
    """The headline figures of each survey of the edition, over submitted responses: a few queries whatever the
    number of answers."""
    surveys = list(Survey.objects.filter(edition=edition).order_by("opens_at", "pk"))
    if not surveys:
        return []
    firsts: dict[int, dict[str, int]] = defaultdict(dict)
    for question_id, survey_id, kind in (
        Question.objects.filter(survey__in=surveys, kind__in=RANGES).order_by("-position", "-pk")
    ).values_list("pk", "survey_id", "kind"):
        firsts[survey_id][kind] = question_id  # the last written is the first in order
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    headline_questions = [question for kinds in firsts.values() for question in kinds.values()]
    for question, number, n in (
        Answer.objects.filter(question__in=headline_questions, response__submitted_at__isnull=False)
        .values_list("question", "number")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[question][number] = n
    respondents = dict(
        Completion.objects.filter(survey__in=surveys).values_list("survey").annotate(n=Count("pk")).order_by()
    )
    participants = population(Survey(edition=edition, kind=SurveyKind.EVALUATION)).count()
    found = []
    for survey in surveys:
        eligible = 0 if survey.kind == SurveyKind.IMPACT and edition.status != Status.FINISHED else participants
        scale, recommend = firsts[survey.pk].get(QuestionKind.SCALE), firsts[survey.pk].get(QuestionKind.RECOMMEND)
        satisfaction = (
            figures.distribution(figures.QuestionSpec(scale, QuestionKind.SCALE), counts[scale]).mean if scale else None
        )
        score = (
            figures.distribution(figures.QuestionSpec(recommend, QuestionKind.RECOMMEND), counts[recommend]).score
            if recommend
            else None
        )
        answered = respondents.get(survey.pk, 0)
        found.append(
            Headline(
                survey=survey,
                eligible=eligible,
                respondents=answered,
                rate=figures.rate(answered, eligible),
                satisfaction=satisfaction,
                recommendation=score,
            )
        )
    return found


def results_of_question(survey: Survey, question: Question) -> figures.Distribution:
    """One question's distribution over the submitted responses (a chart)."""
    rows = [
        figures.AnswerRow(respondent, question.pk, number, tuple(picked or ()), text or "")
        for respondent, number, picked, text in Answer.objects.filter(
            question=question, response__submitted_at__isnull=False
        ).values_list("response_id", "number", "picked", "text")
    ]
    return figures.distributions(specs([question]), rows)[question.pk]


# My Academy ---------------------------------------------------------------------------------------

# The freshness topic of an edition's surveys (scope: the edition): a survey or a question saved changes it. A
# person's own answers change their `editions.topics.PERSON` (see `academy.home.page`).
SURVEYS = "surveys"
freshness.depends(SURVEYS, Survey, scope=lambda survey: survey.edition_id)
freshness.depends(SURVEYS, Question, scope=lambda question: question.survey.edition_id)
freshness.depends(PERSON, Response, scope=lambda response: response.person_id)


@dataclass
class ToAnswer:
    """A survey open to the person now: not started, a draft or sent; for session feedback, the sessions left."""

    survey: Survey
    response: Response | None = None
    sessions_left: int = 0

    @property
    def submitted(self) -> bool:
        return self.response is not None and self.response.is_submitted


def surveys_of(person, editions: list[Edition], sessions_of, *, now: datetime) -> tuple[dict[int, list], list]:
    """For My Academy, in two queries: by edition, the surveys open to the person now (the editions given are those
    they take part in); and the moments their list changes by itself (a survey opening or closing, a session
    ending while its feedback is open). `sessions_of(edition)` is the person's timetable in it."""
    if not editions:
        return {}, []
    surveys = list(
        Survey.objects.filter(edition__in=editions, closes_at__gt=now).select_related("edition").order_by("closes_at")
    )
    responses: dict[tuple[int, int | None], Response] = {
        (response.survey_id, response.session_id): response
        for response in Response.objects.filter(person=person, survey__in=[survey.pk for survey in surveys])
    }
    found: dict[int, list[ToAnswer]] = {}
    moments = []
    for survey in surveys:
        moments += [survey.opens_at, survey.closes_at]
        if survey.opens_at > now:
            continue
        if survey.kind == SurveyKind.IMPACT and survey.edition.status != Status.FINISHED:
            continue
        if survey.kind == SurveyKind.SESSION:
            own = [session for session in sessions_of(survey.edition) if not session.cancelled]
            moments += [session.ends_at for session in own if session.ends_at > now]
            left = [
                session
                for session in own
                if session.ends_at <= now and not getattr(responses.get((survey.pk, session.pk)), "is_submitted", False)
            ]
            if left:
                found.setdefault(survey.edition_id, []).append(ToAnswer(survey, sessions_left=len(left)))
            continue
        found.setdefault(survey.edition_id, []).append(ToAnswer(survey, responses.get((survey.pk, None))))
    return found, [moment for moment in moments if moment > now]


def feedback_offer(session: Session, person, *, now: datetime | None = None) -> ToAnswer | None:
    """On a session's page: its feedback, when the session has ended, the edition's feedback survey is open and the
    person could attend it; with their response if they gave one."""
    now = now or timezone.now()
    if not person.is_authenticated or session.cancelled or session.ends_at > now:
        return None
    survey = feedback_survey(session.edition, now=now)
    if survey is None or not population(survey).filter(pk=person.pk).exists() or not could_attend(session, person):
        return None
    return ToAnswer(survey, response_of(survey, person, session))
