"""The course pages: participants read lessons and answer quizzes; organisers follow progress and remind."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.common.downloads import attachment
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import across_editions
from academy.learning import services
from academy.learning.forms import CopyCourseForm, MoodleReportForm, MoodleReviewForm, QuizForm, participant_choices
from academy.learning.models import Course, Lesson, MoodleReviewItem, Quiz
from academy.learning.progress import Step, StepKind


def _readable_course(request, edition):
    """The edition's course, when this person may read its lessons today."""
    course = services.course_of(edition)
    if course is None or not services.is_readable(course, request.user):
        raise Http404
    return course


def _onwards(request, course, done: Step):
    """Once a step is done: on to the next one left, else back to the course page."""
    following = services.progress_of(course, request.user).next_besides(done)
    return redirect(
        services.step_url(course.edition, following)
        if following
        else reverse("learning:course", args=[course.edition.number])
    )


@require("learning.read_course")
def course(request):
    edition = request.edition
    course = get_object_or_404(Course, edition=edition)
    mine = (
        services.progress_of(course, request.user) if request.user.has_perm("learning.take_course", edition) else None
    )
    return render(
        request,
        "learning/course.html",
        {
            "edition": edition,
            "course": course,
            "modules": course.modules.prefetch_related("lessons", "quizzes"),
            "progress": mine,
            "lessons_done": {pk for kind, pk in mine.done if kind == StepKind.LESSON} if mine else set(),
            "quizzes_passed": {pk for kind, pk in mine.done if kind == StepKind.QUIZ} if mine else set(),
            "next_link": services.step_url(edition, mine.next_step) if mine and mine.next_step else "",
            "readable": services.is_readable(course, request.user),
            "open": services.is_open(course),
            "can_manage": request.user.has_perm("learning.manage_course", edition),
            "moodle_completed_on": services.moodle_completion_of(course, request.user) if mine else None,
        },
    )


@require("learning.read_course")
def lesson(request, lesson_id: int):
    edition = request.edition
    course = _readable_course(request, edition)
    item = get_object_or_404(Lesson.objects.select_related("module"), pk=lesson_id, module__course=course)
    taking = request.user.has_perm("learning.take_course", edition)
    if request.method == "POST" and taking:
        try:
            services.complete_lesson(lesson=item, person=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            return _onwards(request, course, Step(StepKind.LESSON, item.pk, item.module_id))
    return render(
        request,
        "learning/lesson.html",
        {
            "edition": edition,
            "course": course,
            "lesson": item,
            "text": services.lesson_text(item, get_language(), edition),
            "readings": item.readings.all(),
            "taking": taking,
            "done": taking and item.done_by.filter(user=request.user).exists(),
            "open": services.is_open(course),
        },
    )


@require("learning.read_course")
def quiz(request, quiz_id: int):
    edition = request.edition
    course = _readable_course(request, edition)
    item = get_object_or_404(Quiz.objects.select_related("module"), pk=quiz_id, module__course=course)
    taking = request.user.has_perm("learning.take_course", edition)
    form = QuizForm(
        request.POST if request.method == "POST" and taking else None, quiz=item, fallback=edition.main_language
    )
    attempt = feedback = None
    if form.is_bound and form.is_valid():
        try:
            attempt, feedback = services.answer_quiz(quiz=item, person=request.user, chosen=form.chosen())
        except ValidationError as error:
            show_errors(form, error)
        else:
            form = QuizForm(quiz=item, fallback=edition.main_language)
    mine = services.progress_of(course, request.user) if taking else None
    following = mine.next_besides(Step(StepKind.QUIZ, item.pk, item.module_id)) if mine else None
    return render(
        request,
        "learning/quiz.html",
        {
            "edition": edition,
            "course": course,
            "quiz": item,
            "form": form,
            "attempt": attempt,
            "feedback": feedback,
            "best": services.best_attempt(item, request.user) if taking else None,
            "next_link": services.step_url(edition, following) if following else "",
            "taking": taking,
            "open": services.is_open(course),
        },
    )


@require("learning.manage_course")
def progress_overview(request):
    edition = request.edition
    course = services.course_of(edition)
    if course is None:
        return redirect("learning:copy", edition=request.edition.number)
    people = list(services.participants(edition).order_by("certificate_name"))
    everyone = services.progress_of_everyone(course, people)
    return render(
        request,
        "learning/progress.html",
        {
            "edition": edition,
            "course": course,
            "rows": [(person, everyone[person.pk]) for person in people],
            "modules": services.completion_by_module(course, everyone),
            "completed": sum(line.complete for line in everyone.values()),
            "behind": len(services.behind(course)) if services.is_open(course) else 0,
        },
    )


@require_POST
@require("learning.manage_course")
def remind(request):
    edition = request.edition
    course = get_object_or_404(Course, edition=edition)
    try:
        count = services.remind_behind(course=course, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("learning:progress", edition=request.edition.number)
    if count:
        messages.success(
            request,
            ngettext("A reminder is on its way to %(count)d participant.",
                     "Reminders are on their way to %(count)d participants.", count) % {"count": count},
        )  # fmt: skip
    else:
        messages.info(request, _("Nobody is behind: no reminder was sent."))
    return redirect("learning:progress", edition=request.edition.number)


@across_editions  # the course is copied from another edition's
@require("learning.manage_course")
def copy(request):
    edition = request.edition
    form = CopyCourseForm(request.POST or None, edition=edition, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.copy_course(source=form.cleaned_data["source"], edition=edition, by=request.user)
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("The course is copied: edit it in the back-office before it opens."))
            return redirect("learning:progress", edition=request.edition.number)
    return render(
        request, "learning/copy.html", {"edition": edition, "form": form, "existing": services.course_of(edition)}
    )


# Moodle -------------------------------------------------------------------------------------------


@require("learning.manage_course")
def moodle(request):
    """The exchange with Moodle: the participants to upload there, its completion report to import here."""
    edition = request.edition
    course = services.course_of(edition)
    if course is None:
        return redirect("learning:copy", edition=edition.number)
    form = MoodleReportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            outcome = services.import_moodle_report(
                course=course, data=upload.read(), file_name=upload.name, by=request.user
            )
        except services.MoodleImportRefused as refused:
            problems = refused.messages
        else:
            report = outcome.report
            if outcome.unchanged:
                messages.info(request, _("This report says what the current one says: nothing changed."))
            else:
                messages.success(
                    request,
                    _(
                        "%(rows)d people read: %(matched)d matched to participants, %(completed)d completed the "
                        "course in Moodle, %(review)d to review."
                    )
                    % {
                        "rows": report.rows,
                        "matched": report.matched_rows,
                        "completed": report.completed_rows,
                        "review": outcome.to_review,
                    },
                )
            if outcome.replaced:
                messages.info(request, _("It replaces the report imported earlier."))
            return redirect("learning:moodle", edition=edition.number)
    rows = services.moodle_review_queue(course)
    people, choices = participant_choices(services.participants(edition).order_by("certificate_name") if rows else [])
    queue = [
        (
            row.item,
            MoodleReviewForm(
                people=people, choices=choices, prefix=f"item{row.item.pk}", initial={"person": row.suggestion}
            ),
        )
        for row in rows
    ]
    return render(
        request,
        "learning/moodle.html",
        {
            "edition": edition,
            "course": course,
            "form": form,
            "problems": problems,
            "report": services.current_moodle_report(course),
            "completed": len(services.completed_on_moodle(course)),
            "queue": queue,
        },
    )


@require("learning.manage_course")
def moodle_users(request):
    course = get_object_or_404(Course, edition=request.edition)
    try:
        content = services.moodle_upload_users(course)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("learning:moodle", edition=request.edition.number)
    return attachment(
        content,
        content_type="text/csv; charset=utf-8",
        filename=f"moodle-users-{request.edition.number}.csv",
    )


@require_POST
@require("learning.manage_course")
def moodle_resolve(request, pk: int):
    edition = request.edition
    item = get_object_or_404(MoodleReviewItem, pk=pk, report__course__edition=edition)
    people, choices = participant_choices(services.participants(edition))
    form = MoodleReviewForm(request.POST, people=people, choices=choices, prefix=f"item{item.pk}")
    dismiss = "dismiss" in request.POST
    if not form.is_valid() or (not dismiss and form.cleaned_data["person"] is None):
        messages.error(request, _("Choose the participant this row is, or dismiss it."))
        return redirect("learning:moodle", edition=edition.number)
    try:
        services.resolve_moodle_review(
            item=item, person=None if dismiss else form.cleaned_data["person"], by=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Dismissed.") if dismiss else _("Matched: the completion counts."))
    return redirect("learning:moodle", edition=edition.number)
