"""The distance-learning course: who may take it and when, progress, quizzes, reminders, and copying it."""

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academy.attendance.matching import Matcher
from academy.attendance.models import ReviewStatus
from academy.attendance.services import matcher_for_edition, remember_match
from academy.audit.services import log_action
from academy.common import freshness
from academy.common.background import enqueue_after_commit
from academy.common.i18n import localize
from academy.common.markdown import to_html
from academy.editions.models import Edition
from academy.editions.rules import is_participant
from academy.editions.services import participants
from academy.editions.topics import RECORDS
from academy.learning import moodle, scoring
from academy.learning.models import (
    Attempt,
    CompletionRule,
    Course,
    Lesson,
    LessonDone,
    LessonImage,
    Module,
    MoodleCompletion,
    MoodleReport,
    MoodleReviewItem,
    Option,
    Question,
    Quiz,
)
from academy.learning.progress import Progress, Step, StepKind, progress
from academy.people.models import User

COURSES = "courses"  # the freshness topic: every edition's course outline
freshness.depends(COURSES, Course, scope=lambda course: course.edition_id)
freshness.depends(COURSES, Module, Lesson, Quiz, Question)


def course_of(edition: Edition) -> Course | None:
    return Course.objects.filter(edition=edition).first()


def _has_closed(course: Course, now: datetime) -> bool:
    return course.closes_at is not None and now >= course.closes_at


def is_open(course: Course, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return course.opens_at <= now and not _has_closed(course, now)


def is_readable(course: Course, person, now: datetime | None = None) -> bool:
    """Participants read the lessons from the day the course opens; organisers check them at any time."""
    return course.opens_at <= (now or timezone.now()) or person.has_perm("learning.manage_course", course.edition)


def require_open(course: Course, now: datetime | None) -> None:
    now = now or timezone.now()
    if now < course.opens_at:
        raise ValidationError(_("The course has not opened yet."))
    if _has_closed(course, now):
        raise ValidationError(_("The course has closed: answers are no longer recorded."))


# Progress -----------------------------------------------------------------------------------------


def steps(course: Course) -> list[Step]:
    """Every lesson, then every quiz, module by module, in the order the course shows them.

    A quiz without questions is no step: there is nothing to pass."""
    return steps_of([course])[course.pk]


def steps_of(courses: list[Course]) -> dict[int, list[Step]]:
    """`steps` of each of these courses by course id, in three queries for all."""
    modules = Module.objects.filter(course__in=courses).order_by("course_id", *Module._meta.ordering)
    by_module: dict[int, list[Step]] = {}
    modules_of: dict[int, list[int]] = {course.pk: [] for course in courses}
    for pk, course_id in modules.values_list("pk", "course_id"):
        modules_of[course_id].append(pk)
        by_module[pk] = []
    for pk, module in Lesson.objects.filter(module__course__in=courses).values_list("pk", "module_id"):
        by_module[module].append(Step(StepKind.LESSON, pk, module))
    quizzes = Quiz.objects.filter(module__course__in=courses, questions__isnull=False).distinct()
    for pk, module in quizzes.values_list("pk", "module_id"):
        by_module[module].append(Step(StepKind.QUIZ, pk, module))
    return {
        course: [step for module in modules for step in by_module[module]] for course, modules in modules_of.items()
    }


def progress_of_everyone(course: Course, people: list[User] | None = None) -> dict[int, Progress]:
    """Each person's progress (the edition's participants unless told), in three queries."""
    people = list(participants(course.edition) if people is None else people)
    ids = [person.pk for person in people]
    course_steps = steps(course)
    lessons: dict[int, set[int]] = {pk: set() for pk in ids}
    quizzes: dict[int, set[int]] = {pk: set() for pk in ids}
    done = LessonDone.objects.filter(lesson__module__course=course, user_id__in=ids)
    for user_id, lesson_id in done.values_list("user_id", "lesson_id"):
        lessons[user_id].add(lesson_id)
    passed = Attempt.objects.filter(quiz__module__course=course, user_id__in=ids, passed=True)
    for user_id, quiz_id in passed.values_list("user_id", "quiz_id").distinct():
        quizzes[user_id].add(quiz_id)
    return {pk: progress(course_steps, lessons[pk], quizzes[pk]) for pk in ids}


def progress_of(course: Course, person: User) -> Progress:
    return progress_of_everyone(course, [person])[person.pk]


def outlines(editions: list[Edition]) -> dict[int, tuple[Course, list[Step]]]:
    """The course of each of these editions that has one, with its steps, by edition id: the same for every
    participant, so kept in the cache until a course (`COURSES`, the edition's) or any module, lesson, quiz or
    question (`COURSES`, all: organisers change them rarely) changes; those the cache lacks are read at once."""
    by_pk = {edition.pk: edition for edition in editions}

    def read(missing: list[int]) -> dict[int, tuple[Course, list[Step]] | None]:
        courses = {course.edition_id: course for course in Course.objects.filter(edition__in=missing)}
        course_steps = steps_of(list(courses.values()))
        return {pk: (courses[pk], course_steps[courses[pk].pk]) if pk in courses else None for pk in missing}

    found = freshness.cached_each("course-outline", COURSES, by_pk, read, also=[(COURSES, None)])
    for pk, outline in found.items():
        if outline is not None:
            outline[0].edition = by_pk[pk]
    return {pk: outline for pk, outline in found.items() if outline is not None}


def progress_in(person: User, outlines: list[tuple[Course, list[Step]]]) -> dict[int, Progress]:
    """One person's progress in each of these courses (from `outline`), by course id: one query for all."""
    courses = [course for course, _steps in outlines]
    lessons = (
        LessonDone.objects.filter(user=person, lesson__module__course__in=courses)
        .order_by()
        .annotate(kind=Value(StepKind.LESSON), course=F("lesson__module__course_id"), step=F("lesson_id"))
    )
    quizzes = (
        Attempt.objects.filter(user=person, passed=True, quiz__module__course__in=courses)
        .order_by()
        .annotate(kind=Value(StepKind.QUIZ), course=F("quiz__module__course_id"), step=F("quiz_id"))
    )
    done: dict[tuple[int, str], set[int]] = defaultdict(set)
    if courses:
        fields = ("course", "kind", "step")
        for course_id, kind, step in lessons.values_list(*fields).union(quizzes.values_list(*fields), all=True):
            done[(course_id, kind)].add(step)
    return {
        course.pk: progress(course_steps, done[(course.pk, StepKind.LESSON)], done[(course.pk, StepKind.QUIZ)])
        for course, course_steps in outlines
    }


def step_url(edition: Edition, step: Step) -> str:
    name = "learning:lesson" if step.kind == StepKind.LESSON else "learning:quiz"
    return reverse(name, args=[edition.number, step.id])


def course_required_for_certificate(edition: Edition) -> Course | None:
    """The course, when the edition makes completing it a condition of the certificate."""
    return Course.objects.filter(edition=edition, completion_rule=CompletionRule.FOR_CERTIFICATE).first()


def lacking_course_for_certificate(edition: Edition, people: list[User]) -> set[int]:
    """Those among `people` whose certificate waits for the course: none when the course is not required.

    Either evidence counts: the course completed on the platform, or on Moodle (the current completion report
    says so). A course with nothing in it yet holds nobody back (a rule set before the lessons are written),
    unless it is given on Moodle: then Moodle's completion is what is required."""
    course = course_required_for_certificate(edition)
    if course is None:
        return set()
    everyone = progress_of_everyone(course, people)
    lacking = {pk for pk, line in everyone.items() if not line.complete and (line.total or course.moodle_course)}
    return lacking - completed_on_moodle(course, lacking) if lacking else lacking


@dataclass
class ModuleCompletion:
    module: Module
    completed: int
    of: int


def completion_by_module(course: Course, everyone: dict[int, Progress]) -> list[ModuleCompletion]:
    return [
        ModuleCompletion(
            module=module,
            completed=sum(line.module_complete(module.pk) for line in everyone.values()),
            of=len(everyone),
        )
        for module in course.modules.all()
    ]


# A participant's work -----------------------------------------------------------------------------


def learning_changed(course: Course) -> None:
    """Lessons done and quiz attempts are counted by the edition's figures; the figures do not listen to their
    signals, which would cost a query per save to find the edition."""
    freshness.changed(RECORDS, course.edition_id)


def complete_lesson(*, lesson: Lesson, person: User, now: datetime | None = None) -> bool:
    """Mark a lesson read; True the first time, False when it was already (a second click changes nothing)."""
    course = lesson.module.course
    require_open(course, now)
    try:
        with transaction.atomic():
            LessonDone.objects.create(lesson=lesson, user=person, done_at=now or timezone.now())
    except IntegrityError:
        return False
    learning_changed(course)
    return True


@dataclass
class Feedback:
    question: Question
    right: bool
    chosen: list[Option]


@transaction.atomic
def answer_quiz(
    *, quiz: Quiz, person: User, chosen: dict[int, set[int]], now: datetime | None = None
) -> tuple[Attempt, list[Feedback]]:
    """Score one attempt and keep it; a refused attempt (closed course, forged or missing answers) writes nothing."""
    require_open(quiz.module.course, now)
    questions = list(quiz.questions.prefetch_related("options"))
    keys = [
        scoring.Key(
            question=question.pk,
            multiple=question.multiple,
            options=frozenset(option.pk for option in question.options.all()),
            right=frozenset(option.pk for option in question.options.all() if option.correct),
        )
        for question in questions
    ]
    try:
        result = scoring.score(keys, chosen, quiz.pass_mark)
    except scoring.Unanswered as gap:
        raise ValidationError(
            ngettext("Answer the last question too.", "Answer every question: %(count)d are left.", len(gap.questions))
            % {"count": len(gap.questions)}
        ) from None
    except scoring.TooManyChoices:
        raise ValidationError(_("Choose one answer for a single-choice question.")) from None
    except scoring.ForeignOption:
        raise ValidationError(
            _("One of the answers is not an answer to this quiz: reload the page and try again.")
        ) from None
    attempt = Attempt.objects.create(
        quiz=quiz,
        user=person,
        answers={str(question): sorted(options) for question, options in chosen.items()},
        score=result.score,
        passed=result.passed,
        submitted_at=now or timezone.now(),
    )
    learning_changed(quiz.module.course)
    return attempt, [
        Feedback(
            question=question,
            right=result.right[question.pk],
            chosen=[option for option in question.options.all() if option.pk in chosen[question.pk]],
        )
        for question in questions
    ]


def best_attempt(quiz: Quiz, person: User) -> Attempt | None:
    return Attempt.objects.filter(quiz=quiz, user=person).order_by("-score", "-submitted_at").first()


# Showing lessons ----------------------------------------------------------------------------------


@dataclass
class LessonText:
    html: str
    language: str
    translated: bool  # False when shown in another language than the reader's


def lesson_text(lesson: Lesson, language: str, edition: Edition) -> LessonText:
    body, shown_in = localize(lesson.body, language, edition.main_language)
    return LessonText(html=to_html(body, images=True), language=shown_in, translated=shown_in == language)


# Reminders ----------------------------------------------------------------------------------------


def behind(course: Course) -> list[tuple[User, Progress]]:
    """Participants who have not completed the course, with what they have done."""
    people = {person.pk: person for person in participants(course.edition).filter(is_active=True)}
    everyone = progress_of_everyone(course, list(people.values()))
    return [(people[pk], line) for pk, line in everyone.items() if not line.complete]


def remind_behind(*, course: Course, by: User, now: datetime | None = None) -> int:
    """Ask the task queue to remind everyone behind, each in their language; returns how many.

    Only while the course is open: a reminder says "continue here"."""
    if not is_open(course, now):
        raise ValidationError(_("Reminders are sent while the course is open."))
    count = len(behind(course))
    if count:
        log_action(actor=by, action="learning.remind", obj=course, edition=course.edition, data={"people": count})
        enqueue_after_commit("academy.learning.tasks.send_reminders", course_id=course.pk)
    return count


def send_reminders(*, course: Course) -> int:
    from academy.common.mail import mail_person

    late = behind(course)
    for person, line in late:
        mail_person(
            person,
            "learning/email/reminder",
            {"course": course, "progress": line, "edition": course.edition, "site_url": settings.SITE_URL},
            key=f"learning-reminder:{course.pk}:{person.pk}:{timezone.now().date().isoformat()}",  # once a day
            edition=course.edition,
        )
    return len(late)


# Copying ------------------------------------------------------------------------------------------


@transaction.atomic
def copy_course(*, source: Course, edition: Edition, by: User) -> Course:
    """The source course, with its modules, lessons, images, readings and quizzes, for another edition.

    It opens as long before the new edition as the source opened before its own. Progress is not copied."""
    if Course.objects.filter(edition=edition).exists():
        raise ValidationError(_("This edition has a course already: delete it first to copy another."))
    shift = edition.local_datetime(edition.start_date, datetime.min.time()) - source.edition.local_datetime(
        source.edition.start_date, datetime.min.time()
    )
    copy = Course.objects.create(
        edition=edition,
        title=source.title,
        introduction=source.introduction,
        opens_at=source.opens_at + shift,
        closes_at=source.closes_at + shift if source.closes_at else None,
        completion_rule=source.completion_rule,
    )
    for module in source.modules.prefetch_related(
        "lessons__images", "lessons__readings", "quizzes__questions__options"
    ):
        lessons, quizzes = list(module.lessons.all()), list(module.quizzes.all())
        module.pk, module.course = None, copy
        module.save()
        for lesson in lessons:
            images, readings = list(lesson.images.all()), list(lesson.readings.all())
            lesson.pk, lesson.module = None, module
            lesson.save()
            lesson.readings.add(*readings)
            LessonImage.objects.bulk_create(
                LessonImage(lesson=lesson, image=image.image.name, description=image.description) for image in images
            )
        for quiz in quizzes:
            questions = list(quiz.questions.all())
            quiz.pk, quiz.module = None, module
            quiz.save()
            for question in questions:
                options = list(question.options.all())
                question.pk, question.quiz = None, quiz
                question.save()
                for option in options:
                    option.pk, option.question = None, question
                Option.objects.bulk_create(options)
    log_action(actor=by, action="learning.copy", obj=copy, edition=edition, data={"source": source.edition.number})
    return copy


# Moodle -------------------------------------------------------------------------------------------


def completed_on_moodle(course: Course, user_ids: set[int] | None = None) -> set[int]:
    """Who the course's current Moodle completion report says completed it (among `user_ids` when given)."""
    done = MoodleCompletion.objects.filter(report__course=course, report__replaced_at=None, completed_on__isnull=False)
    if user_ids is not None:
        done = done.filter(user_id__in=user_ids)
    return set(done.values_list("user_id", flat=True))


def moodle_completion_of(course: Course, person: User) -> date | None:
    """The day the current Moodle report says this person completed the course; None otherwise (and without
    a query when the course is not given on Moodle)."""
    if not course.moodle_course:
        return None
    done = MoodleCompletion.objects.filter(
        report__course=course, report__replaced_at=None, user=person, completed_on__isnull=False
    )
    return done.values_list("completed_on", flat=True).first()


def require_moodle_course(course: Course) -> str:
    if not course.moodle_course.strip():
        raise ValidationError(
            _("The course has no Moodle course yet: give its short name in the back-office, then export.")
        )
    return course.moodle_course.strip()


def moodle_upload_users(course: Course) -> str:
    """The edition's participants as Moodle's "Upload users" CSV, enrolled as students in the Moodle course."""
    shortname = require_moodle_course(course)
    people = participants(course.edition).filter(is_active=True).order_by("certificate_name", "pk")
    return moodle.upload_users_csv(
        (
            moodle.Participant(name=name, email=email, language=language, country=country or "")
            for name, email, language, country in people.values_list("certificate_name", "email", "language", "country")
        ),
        course=shortname,
    )


class MoodleImportRefused(Exception):
    """Nothing was imported; ``messages`` says why, one per problem."""

    def __init__(self, messages: list[str]):
        super().__init__(messages)
        self.messages = messages


@dataclass
class MoodleOutcome:
    report: MoodleReport
    unchanged: bool = False
    replaced: MoodleReport | None = None
    to_review: int = 0


@transaction.atomic
def import_moodle_report(*, course: Course, data: bytes, file_name: str, by: User) -> MoodleOutcome:
    """Import the Moodle course's completion report: each row matched like attendance (e-mail, a remembered
    answer, then the name), the completed rows nobody can be sure of left for review. All or nothing; a report
    that says what the current one says changes nothing; another one replaces it."""
    try:
        parsed = moodle.read_completion_report(data)
    except moodle.NotACompletionReport as refused:
        raise MoodleImportRefused(refused.messages) from None
    named = moodle.course_in_file_name(file_name)
    if named and course.moodle_course and named != moodle.file_name_part(course.moodle_course):
        raise MoodleImportRefused(
            [
                _("This report is of another Moodle course (%(file)s), not of %(course)s.")
                % {"file": named, "course": course.moodle_course}
            ]
        )
    digest = hashlib.sha256(json.dumps(parsed.content(), ensure_ascii=False).encode()).hexdigest()
    current = MoodleReport.objects.select_for_update().filter(course=course, replaced_at=None).first()
    if current is not None and current.sha256 == digest:
        return MoodleOutcome(report=current, unchanged=True)
    now = timezone.now()
    if current is not None:
        current.replaced_at = now
        current.save(update_fields=["replaced_at"])
    matcher = matcher_for_edition(course.edition)
    chosen: dict[int, tuple[moodle.CompletionRow, str]] = {}
    review = []
    for row in parsed.rows:
        match = matcher.match(row.name, row.email)
        if match.kind == "person":
            earlier = chosen.get(match.user_id)
            # two Moodle accounts of one person: the one that completed, earliest, counts
            if earlier is None or _earlier_completion(row, earlier[0]):
                chosen[match.user_id] = (row, match.how)
        elif match.kind == "unknown" and row.completed_on is not None:
            review.append(row)
    report = MoodleReport.objects.create(
        course=course,
        file_name=file_name[:255],
        sha256=digest,
        imported_by=by,
        imported_at=now,
        rows=len(parsed.rows),
        matched_rows=len(chosen),
        completed_rows=sum(row.completed_on is not None for row in parsed.rows),
    )
    MoodleCompletion.objects.bulk_create(
        MoodleCompletion(
            report=report,
            user_id=user_id,
            line=row.line,
            moodle_id=row.moodle_id,
            name=row.name[:255],
            email=row.email[:254],
            completed_on=row.completed_on,
            how=how,
        )
        for user_id, (row, how) in chosen.items()
    )
    MoodleReviewItem.objects.bulk_create(
        MoodleReviewItem(
            report=report,
            line=row.line,
            moodle_id=row.moodle_id,
            name=row.name[:255],
            email=row.email[:254],
            completed_on=row.completed_on,
        )
        for row in review
    )
    log_action(
        actor=by,
        action="learning.import_moodle_report",
        obj=report,
        edition=course.edition,
        data={"file": file_name, "rows": report.rows, "matched": report.matched_rows, "to_review": len(review)},
    )
    learning_changed(course)
    return MoodleOutcome(report=report, replaced=current, to_review=len(review))


def _earlier_completion(row: moodle.CompletionRow, than: moodle.CompletionRow) -> bool:
    if row.completed_on is None:
        return False
    return than.completed_on is None or row.completed_on < than.completed_on


def current_moodle_report(course: Course) -> MoodleReport | None:
    return MoodleReport.objects.filter(course=course, replaced_at=None).first()


def open_moodle_review_items(course: Course):
    return MoodleReviewItem.objects.filter(
        report__course=course, report__replaced_at=None, status=ReviewStatus.OPEN
    ).order_by("line")


@dataclass
class MoodleQueueRow:
    item: MoodleReviewItem
    suggestion: int | None  # the participant whose name comes closest, if any comes close


def moodle_review_queue(course: Course, *, limit: int = 200) -> list[MoodleQueueRow]:
    items = list(open_moodle_review_items(course)[:limit])
    named = participants(course.edition).values_list("pk", "certificate_name")
    matcher = Matcher(participants={pk: (name, []) for pk, name in named})
    return [
        MoodleQueueRow(item=item, suggestion=next(iter(matcher.suggestions(item.name)), None) if item.name else None)
        for item in items
    ]


@transaction.atomic
def resolve_moodle_review(*, item: MoodleReviewItem, person: User | None, by: User) -> None:
    """Say who a completed row is (their completion then counts) or dismiss it; either way it is remembered,
    for the next Moodle reports and the webinar reports alike."""
    item = MoodleReviewItem.objects.select_for_update().select_related("report__course__edition").get(pk=item.pk)
    if item.status != ReviewStatus.OPEN or item.report.replaced_at:
        raise ValidationError(_("This row was already dealt with."))
    course = item.report.course
    edition = course.edition
    if person is not None and not is_participant(person, edition):
        raise ValidationError(_("%(name)s is not a participant of this edition.") % {"name": person})
    if person is not None:
        existing = MoodleCompletion.objects.filter(report=item.report, user=person).first()
        if existing is None:
            MoodleCompletion.objects.create(
                report=item.report,
                user=person,
                line=item.line,
                moodle_id=item.moodle_id,
                name=item.name,
                email=item.email,
                completed_on=item.completed_on,
                how="review",
            )
            MoodleReport.objects.filter(pk=item.report_id).update(matched_rows=F("matched_rows") + 1)
        elif existing.completed_on is None or existing.completed_on > item.completed_on:
            existing.completed_on, existing.how = item.completed_on, "review"
            existing.save(update_fields=["completed_on", "how"])
        learning_changed(course)
    item.status = ReviewStatus.MATCHED if person else ReviewStatus.DISMISSED
    item.matched_user = person
    item.resolved_by = by
    item.resolved_at = timezone.now()
    item.save()
    remember_match(edition=edition, name=item.name, email=item.email, person=person)
    log_action(
        actor=by,
        action="learning.match_moodle_row" if person else "learning.dismiss_moodle_row",
        obj=item,
        edition=edition,
        data={"name": item.name, "email": item.email, "person": person.pk if person else None},
    )
