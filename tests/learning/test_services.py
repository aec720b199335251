"""Progress, quizzes, the completion rules, reminders and copying, through the services and a real database."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from academy.audit.models import ActionLog
from academy.certificates import services as certificates
from academy.learning import services
from academy.learning.models import Attempt, CompletionRule, Course, LessonDone, LessonImage, Option
from academy.learning.progress import StepKind
from tests.certificates.fixtures import attend
from tests.factories import EditionFactory, ResourceFactory, UserFactory
from tests.learning.fixtures import CLOSES, OPENS, WHILE_OPEN, lessons, quiz_of, right_answers, wrong_answers
from tests.programme.conftest import at, participant, plenary

pytestmark = pytest.mark.django_db


def finish(course, person, now=WHILE_OPEN):
    for lesson in lessons(course):
        services.complete_lesson(lesson=lesson, person=person, now=now)
    quiz = quiz_of(course)
    services.answer_quiz(quiz=quiz, person=person, chosen=right_answers(quiz), now=now)


def test_complete_lesson_counts_once(course, ana):
    first = lessons(course)[0]
    assert services.complete_lesson(lesson=first, person=ana, now=WHILE_OPEN) is True
    assert services.complete_lesson(lesson=first, person=ana, now=WHILE_OPEN) is False
    assert LessonDone.objects.filter(user=ana).count() == 1
    assert services.progress_of(course, ana).completed == 1


@pytest.mark.parametrize(("when", "message"), [
    (OPENS - timedelta(minutes=1), "The course has not opened yet."),
    (CLOSES, "The course has closed: answers are no longer recorded."),
])  # fmt: skip
def test_complete_lesson_outside_the_course_window_is_refused(course, ana, when, message):
    with pytest.raises(ValidationError) as refused:
        services.complete_lesson(lesson=lessons(course)[0], person=ana, now=when)
    assert refused.value.messages == [message]
    assert not LessonDone.objects.exists()


def test_answer_quiz_scores_keeps_the_attempt_and_gives_feedback_per_answer(course, ana):
    quiz = quiz_of(course)
    attempt, feedback = services.answer_quiz(quiz=quiz, person=ana, chosen=wrong_answers(quiz), now=WHILE_OPEN)
    assert (attempt.score, attempt.passed) == (0, False)
    assert [line.right for line in feedback] == [False, False]
    assert [option.feedback.data["en"] for option in feedback[0].chosen] == ["No: freedom of association."]
    retry, _feedback = services.answer_quiz(quiz=quiz, person=ana, chosen=right_answers(quiz), now=WHILE_OPEN)
    assert (retry.score, retry.passed) == (100, True)
    assert Attempt.objects.filter(user=ana).count() == 2
    assert services.best_attempt(quiz, ana) == retry


def test_answer_quiz_partly_right_does_not_pass_a_mark_of_100(course, ana):
    quiz = quiz_of(course)
    single, several = quiz.questions.all()
    chosen = {
        single.pk: {single.options.get(correct=True).pk},
        several.pk: {several.options.filter(correct=True)[0].pk},
    }
    attempt, _feedback = services.answer_quiz(quiz=quiz, person=ana, chosen=chosen, now=WHILE_OPEN)
    assert (attempt.score, attempt.passed) == (50, False)
    assert (StepKind.QUIZ, quiz.pk) not in services.progress_of(course, ana).done


def test_answer_quiz_after_the_course_closed_is_refused_and_writes_nothing(course, ana):
    quiz = quiz_of(course)
    with pytest.raises(ValidationError) as refused:
        services.answer_quiz(quiz=quiz, person=ana, chosen=right_answers(quiz), now=CLOSES + timedelta(days=1))
    assert refused.value.messages == ["The course has closed: answers are no longer recorded."]
    assert not Attempt.objects.exists()


def test_answer_quiz_with_an_option_of_another_question_is_refused_and_writes_nothing(course, ana):
    quiz = quiz_of(course)
    single, several = quiz.questions.all()
    chosen = {single.pk: {several.options.first().pk}, several.pk: {several.options.first().pk}}
    with pytest.raises(ValidationError) as refused:
        services.answer_quiz(quiz=quiz, person=ana, chosen=chosen, now=WHILE_OPEN)
    assert refused.value.messages == [
        "One of the answers is not an answer to this quiz: reload the page and try again."
    ]
    assert not Attempt.objects.exists()


def test_answer_quiz_with_a_question_left_out_is_refused(course, ana):
    quiz = quiz_of(course)
    single = quiz.questions.first()
    with pytest.raises(ValidationError) as refused:
        services.answer_quiz(quiz=quiz, person=ana, chosen={single.pk: {single.options.first().pk}}, now=WHILE_OPEN)
    assert refused.value.messages == ["Answer the last question too."]
    assert not Attempt.objects.exists()


def test_progress_of_everyone_hand_counted(course, ana, kofi, edition):
    """Ana finishes (4 of 4); Kofi reads the two lessons of module 1 and fails its quiz (2 of 4)."""
    finish(course, ana)
    first, second, _third = lessons(course)
    for lesson in (first, second):
        services.complete_lesson(lesson=lesson, person=kofi, now=WHILE_OPEN)
    quiz = quiz_of(course)
    services.answer_quiz(quiz=quiz, person=kofi, chosen=wrong_answers(quiz), now=WHILE_OPEN)
    everyone = services.progress_of_everyone(course)
    assert {pk: (line.completed, line.total, line.complete) for pk, line in everyone.items()} == {
        ana.pk: (4, 4, True),
        kofi.pk: (2, 4, False),
    }
    by_module = services.completion_by_module(course, everyone)
    assert [(line.module.title.localize("en"), line.completed, line.of) for line in by_module] == [
        ("What the SSE is", 1, 2),
        ("Policies", 1, 2),
    ]
    assert [person for person, _line in services.behind(course)] == [kofi]


def test_progress_of_a_person_who_left_the_edition_is_not_counted(course, ana, edition):
    outsider = UserFactory()
    services.complete_lesson(lesson=lessons(course)[0], person=outsider, now=WHILE_OPEN)
    assert set(services.progress_of_everyone(course)) == {ana.pk}


def test_lesson_text_falls_back_to_the_main_language_and_says_so(course, edition):
    second = lessons(course)[1]
    text = services.lesson_text(second, "pt", edition)
    assert (text.language, text.translated) == ("en", False)
    assert str(text.html) == "<p>Cooperatives.</p>\n"
    text = services.lesson_text(lessons(course)[0], "pt", edition)
    assert (text.language, text.translated) == ("pt", True)
    assert "<strong>economia social e solidária</strong>" in text.html


def test_lesson_text_neutralises_scripts_and_html(course, edition):
    lesson = lessons(course)[0]
    lesson.body = {"en": '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3))'}
    lesson.save()
    html = str(services.lesson_text(lesson, "en", edition).html)
    assert "<script" not in html
    assert "<img" not in html
    assert "href" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_lesson_text_shows_platform_images_lazily_and_links_others(course, edition, settings):
    lesson = lessons(course)[0]
    lesson.body = {"en": "![A cooperative](/media/lessons/coop.png)\n\n![Tracker](https://tracker.example.com/p.gif)"}
    lesson.save()
    html = str(services.lesson_text(lesson, "en", edition).html)
    assert '<img src="/media/lessons/coop.png" alt="A cooperative" loading="lazy" decoding="async">' in html
    assert "tracker.example.com" not in html.split("<a")[0]
    assert '<a href="https://tracker.example.com/p.gif" rel="nofollow noopener noreferrer">Tracker</a>' in html


# The completion rule and the certificate ------------------------------------------------------


@pytest.fixture
def attended_everything(edition, ana, kofi, organiser):
    session = plenary(edition, "P1", day=14)
    for person in (ana, kofi):
        attend(session, person, None, organiser)
    return session


def test_course_required_for_certificate_holds_back_who_has_not_completed_it(
    course, ana, kofi, organiser, attended_everything, edition
):
    course.completion_rule = CompletionRule.FOR_CERTIFICATE
    course.save()
    finish(course, ana)
    waiting = certificates.without_certificate(edition)
    assert [line.person for line in waiting.qualifying] == [ana]
    assert [line.person for line in waiting.lacking_course] == [kofi]
    with pytest.raises(ValidationError) as refused:
        certificates.issue(edition=edition, person=kofi, by=organiser, notify=False)
    assert refused.value.messages == [
        "Kofi Mensah has not completed the distance-learning course, which this edition requires for the certificate."
    ]
    assert certificates.issue(edition=edition, person=ana, by=organiser, notify=False).name == "Ana Conceição"


@pytest.mark.parametrize("rule", [CompletionRule.RECOMMENDED, CompletionRule.BEFORE_START])
def test_course_not_required_for_certificate_leaves_it_to_attendance(
    course, ana, kofi, organiser, attended_everything, edition, rule
):
    course.completion_rule = rule
    course.save()
    assert services.lacking_course_for_certificate(edition, [ana, kofi]) == set()
    assert {line.person for line in certificates.without_certificate(edition).qualifying} == {ana, kofi}


# Reminders ------------------------------------------------------------------------------------


def test_remind_behind_mails_each_in_their_language(course, ana, kofi, organiser, django_capture_on_commit_callbacks):
    finish(course, ana)
    course.completion_rule = CompletionRule.BEFORE_START
    course.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.remind_behind(course=course, by=organiser, now=WHILE_OPEN) == 1
    [email] = mail.outbox
    assert email.to == ["kofi@example.org"]
    assert "Bonjour Kofi Mensah," in email.body
    assert "0 des 4 étapes" in email.body
    assert "avant le début de l'Académie le 14 juin 2027" in email.body
    assert "http://127.0.0.1:8000/fr/editions/13/course/" in email.body
    assert ActionLog.objects.get(action="learning.remind").data == {"people": 1}


def test_remind_behind_when_everyone_is_done_sends_nothing(course, ana, organiser, django_capture_on_commit_callbacks):
    finish(course, ana)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.remind_behind(course=course, by=organiser, now=WHILE_OPEN) == 0
    assert mail.outbox == []
    assert not ActionLog.objects.filter(action="learning.remind").exists()


# Copying --------------------------------------------------------------------------------------


def test_copy_course_copies_everything_and_shifts_the_dates(course, ana, organiser):
    reading = ResourceFactory()
    first = lessons(course)[0]
    first.readings.set([reading])
    LessonImage.objects.create(lesson=first, image="lessons/coop.png", description="A cooperative")
    finish(course, ana)
    later = EditionFactory(number=14, start_date=date(2028, 6, 12), end_date=date(2028, 6, 23))
    copy = services.copy_course(source=course, edition=later, by=organiser)
    assert copy.opens_at - course.opens_at == later.local_datetime(date(2028, 6, 12), at(1, 0).time()) - at(14, 0)
    assert Course.objects.get(edition=later).title.localize("en") == "Basics of the SSE"
    assert [lesson.title.localize("en") for lesson in lessons(copy)] == [
        "Definitions",
        "Enterprises",
        "Public policies",
    ]
    copied_first = lessons(copy)[0]
    assert list(copied_first.readings.all()) == [reading]
    assert [image.image.name for image in copied_first.images.all()] == ["lessons/coop.png"]
    quiz = quiz_of(copy)
    assert quiz.pass_mark == 100
    assert Option.objects.filter(question__quiz=quiz, correct=True).count() == 3
    assert set(Option.objects.filter(question__quiz=quiz).values_list("pk", flat=True)).isdisjoint(
        Option.objects.filter(question__quiz=quiz_of(course)).values_list("pk", flat=True)
    )
    assert not LessonDone.objects.filter(lesson__module__course=copy).exists()
    assert not Attempt.objects.filter(quiz__module__course=copy).exists()
    assert lessons(course)[0].readings.count() == 1  # the source is untouched


def test_copy_course_into_an_edition_that_has_one_is_refused(course, organiser, edition):
    other = EditionFactory(number=14)
    Course.objects.create(edition=other, title={"en": "Own"}, opens_at=OPENS)
    with pytest.raises(ValidationError) as refused:
        services.copy_course(source=course, edition=other, by=organiser)
    assert refused.value.messages == ["This edition has a course already: delete it first to copy another."]
    assert Course.objects.count() == 2


def test_participants_who_joined_later_see_their_own_progress_only(course, ana, edition):
    late = participant(edition, email="late@example.org")
    finish(course, ana)
    assert services.progress_of(course, late).completed == 0


def test_a_required_course_with_nothing_in_it_holds_nobody_back(edition, ana, organiser, attended_everything):
    empty = EditionFactory(number=40)
    Course.objects.create(edition=empty, title={"en": "To be written"}, opens_at=OPENS,
                          completion_rule=CompletionRule.FOR_CERTIFICATE)  # fmt: skip
    assert services.lacking_course_for_certificate(empty, [ana]) == set()


def test_a_quiz_without_questions_is_no_step(course, ana):
    from academy.learning.models import Quiz

    Quiz.objects.create(module=quiz_of(course).module, title={"en": "Not written yet"})
    assert [step.kind for step in services.steps(course)] == ["lesson", "lesson", "quiz", "lesson"]


def test_reminders_only_while_the_course_is_open_and_only_to_active_accounts(course, ana, kofi, organiser):
    kofi.is_active = False
    kofi.save()
    assert [person for person, _line in services.behind(course)] == [ana]
    with pytest.raises(ValidationError) as refused:
        services.remind_behind(course=course, by=organiser, now=CLOSES)
    assert refused.value.messages == ["Reminders are sent while the course is open."]
    assert not ActionLog.objects.filter(action="learning.remind").exists()
