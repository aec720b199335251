"""The course pages: who may open what, the lesson page on a slow link, quizzes through the form, organisers' pages."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time

from academy.editions.models import Role
from academy.learning import services
from academy.learning.models import Attempt, Course, LessonDone
from tests.factories import EditionFactory, MembershipFactory, UserFactory
from tests.learning.fixtures import CLOSES, OPENS, WHILE_OPEN, form_data, lessons, quiz_of, right_answers
from tests.matrix import as_each, assert_statuses
from tests.programme.conftest import participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(edition, organiser, ana):
    return {
        "anonymous": None,
        "outsider": UserFactory(),
        "participant": ana,
        "elsewhere": MembershipFactory(role=Role.PARTICIPANT).user,
        "organiser": organiser,
        "other_organiser": MembershipFactory(role=Role.ORGANISER).user,
        "staff": UserFactory(is_staff=True),
    }


def row(default, **exceptions):
    return {persona: exceptions.get(persona, default) for persona in
            ("anonymous", "outsider", "participant", "elsewhere", "organiser", "other_organiser", "staff")}  # fmt: skip


READERS = row(403, anonymous=302, participant=200, organiser=200, staff=200)
MANAGERS = row(403, anonymous=302, organiser=200, staff=200)
BACK_OFFICE = row(302, organiser=200, staff=200, other_organiser=302)


def pages(course):
    lesson, quiz = lessons(course)[0], quiz_of(course)
    return {
        reverse("learning:course", args=[13]): READERS,
        reverse("learning:lesson", args=[13, lesson.pk]): READERS,
        reverse("learning:quiz", args=[13, quiz.pk]): READERS,
        reverse("learning:progress", args=[13]): MANAGERS,
        reverse("learning:copy", args=[13]): MANAGERS,
        reverse("admin:learning_course_change", args=[course.pk]): BACK_OFFICE,
        reverse("admin:learning_lesson_change", args=[lesson.pk]): BACK_OFFICE,
        reverse("admin:learning_question_change", args=[quiz.questions.first().pk]): BACK_OFFICE,
    }


@freeze_time(WHILE_OPEN)
def test_authorisation_matrix(client, course, people):
    assert_statuses(client, people, pages(course))


@freeze_time(WHILE_OPEN)
def test_remind_and_copy_posts_matrix(client, course, people):
    later = EditionFactory(number=14)
    MembershipFactory(edition=later, user=people["organiser"], role=Role.ORGANISER)
    expected = row(403, anonymous=302, organiser=302, staff=302)
    for name in as_each(client, people):
        assert client.post(reverse("learning:remind", args=[13])).status_code == expected[name], name
        response = client.post(reverse("learning:copy", args=[14]), {"source": course.pk})
        assert response.status_code == expected[name], name
        Course.objects.filter(edition=later).delete()


@freeze_time(OPENS - timedelta(days=1))
def test_before_it_opens_participants_see_the_date_not_the_lessons(client, course, ana, organiser):
    client.force_login(ana)
    page = client.get("/en/editions/13/course/").content.decode()
    assert "The course opens on" in page
    assert reverse("learning:lesson", args=[13, lessons(course)[0].pk]) not in page
    assert client.get(reverse("learning:lesson", args=[13, lessons(course)[0].pk])).status_code == 404
    client.force_login(organiser)
    assert client.get(reverse("learning:lesson", args=[13, lessons(course)[0].pk])).status_code == 200


@freeze_time(WHILE_OPEN)
def test_lesson_page_is_text_first_with_lazy_images_and_the_video_as_a_link(client, course, ana):
    lesson = lessons(course)[0]
    lesson.body = {"pt": "Texto.\n\n![Uma cooperativa](/media/lessons/coop.png)\n\n<script>alert(1)</script>"}
    lesson.video_url = "https://video.example.org/watch/42"
    lesson.save()
    client.force_login(ana)
    page = client.get(f"/pt/editions/13/course/lessons/{lesson.pk}/").content.decode()
    assert page.index("<p>Texto.</p>") < page.index("<img")
    assert 'loading="lazy"' in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<iframe" not in page
    assert "<video" not in page
    assert '<a href="https://video.example.org/watch/42"' in page
    assert "This lesson is not translated" not in page


@freeze_time(WHILE_OPEN)
def test_lesson_page_in_a_language_it_lacks_says_which_it_is_shown_in(client, course, ana):
    client.force_login(ana)
    page = client.get(f"/fr/editions/13/course/lessons/{lessons(course)[1].pk}/").content.decode()
    assert '<div class="lesson" lang="en">' in page
    assert "anglais" in page


@freeze_time(WHILE_OPEN)
def test_marking_a_lesson_read_goes_on_to_the_next_step(client, course, ana):
    first, second, _third = lessons(course)
    client.force_login(ana)
    response = client.post(reverse("learning:lesson", args=[13, first.pk]))
    assert response["Location"] == reverse("learning:lesson", args=[13, second.pk])
    assert LessonDone.objects.filter(user=ana, lesson=first).exists()
    page = client.get("/en/editions/13/course/").content.decode()
    assert "1 of 4 steps done" in page


@freeze_time(WHILE_OPEN)
def test_quiz_answered_shows_the_score_and_feedback_and_saves_the_attempt(client, course, ana):
    quiz = quiz_of(course)
    client.force_login(ana)
    chosen = right_answers(quiz)
    single = quiz.questions.first()
    chosen[single.pk] = {single.options.get(correct=False).pk}
    page = client.post(reverse("learning:quiz", args=[13, quiz.pk]), form_data(chosen)).content.decode()
    assert "Not passed yet: 50 %" in page
    assert "No: freedom of association." in page
    assert "Try again" in page
    assert Attempt.objects.get(user=ana).score == 50
    page = client.post(reverse("learning:quiz", args=[13, quiz.pk]), form_data(right_answers(quiz))).content.decode()
    assert "Passed, with 100 %" in page


@freeze_time(WHILE_OPEN)
def test_quiz_with_an_option_of_another_question_is_refused_and_writes_nothing(client, course, ana):
    quiz = quiz_of(course)
    single, several = quiz.questions.all()
    client.force_login(ana)
    forged = form_data({single.pk: {several.options.first().pk}, several.pk: {several.options.first().pk}})
    response = client.post(reverse("learning:quiz", args=[13, quiz.pk]), forged, headers={"accept-language": "pt"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Attempt.objects.exists()


def test_quiz_after_the_course_closed_is_refused_and_writes_nothing(client, course, ana):
    quiz = quiz_of(course)
    with freeze_time(CLOSES + timedelta(hours=1)):
        client.force_login(ana)
        page = client.post(f"/pt/editions/13/course/quizzes/{quiz.pk}/", form_data(right_answers(quiz)))
    assert page.status_code == 200
    assert "O curso fechou: as respostas já não são registadas." in page.content.decode()
    assert not Attempt.objects.exists()


@freeze_time(WHILE_OPEN)
def test_progress_page_shows_each_participant_and_each_module(client, course, ana, kofi, organiser):
    services.complete_lesson(lesson=lessons(course)[2], person=kofi)
    client.force_login(organiser)
    page = client.get("/en/editions/13/course/progress/").content.decode()
    assert "0 of 2 participants have completed the course." in page
    assert "<td>Kofi Mensah</td><td>1 / 4</td>" in page
    assert "<td>Policies</td><td>1 / 2</td>" in page
    assert "Remind the 2 participants who have not completed it" in page


@freeze_time(WHILE_OPEN)
def test_progress_page_queries_do_not_grow_with_participants(
    client, course, edition, organiser, django_assert_max_num_queries
):
    client.force_login(organiser)
    participant(edition)
    with django_assert_max_num_queries(30) as one:
        client.get("/en/editions/13/course/progress/")
    for _ in range(3):
        person = participant(edition)
        services.complete_lesson(lesson=lessons(course)[0], person=person)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get("/en/editions/13/course/progress/")


@freeze_time(WHILE_OPEN)
def test_remind_button_queues_the_reminders(client, course, ana, organiser, django_capture_on_commit_callbacks):
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/editions/13/course/remind/", follow=True)
    assert "A reminder is on its way to 1 participant." in response.content.decode()
    assert [email.to for email in mail.outbox] == [["ana@example.org"]]


@freeze_time(WHILE_OPEN)
def test_copy_page_copies_a_course_of_an_earlier_edition(client, course, organiser):
    later = EditionFactory(number=14)
    MembershipFactory(edition=later, user=organiser, role=Role.ORGANISER)
    client.force_login(organiser)
    page = client.get("/en/editions/14/course/copy/").content.decode()
    assert f'<option value="{course.pk}">13. Academy 13 · Basics of the SSE</option>' in page
    response = client.post("/en/editions/14/course/copy/", {"source": course.pk})
    assert response["Location"] == "/en/editions/14/course/progress/"
    assert [lesson.title.localize("en") for lesson in lessons(Course.objects.get(edition=later))] == [
        "Definitions", "Enterprises", "Public policies",
    ]  # fmt: skip
