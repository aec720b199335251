"""Organisers write the course in the back-office: only their editions' rows, and questions that can be answered."""

import pytest

from academy.editions.models import Role
from academy.learning.models import Course, Option
from tests.factories import EditionFactory, MembershipFactory
from tests.learning.fixtures import OPENS, quiz_of

pytestmark = pytest.mark.django_db


def question_form(question, options):
    """The question's page as posted: its text in English, and the answers given as (text, right)."""
    data = {
        "quiz": question.quiz_id, "position": 1, "text_0": "Which recommendation is on cooperatives?",
        "multiple": "on" if question.multiple else "",
        "options-TOTAL_FORMS": len(options), "options-INITIAL_FORMS": 0,
        "options-MIN_NUM_FORMS": 0, "options-MAX_NUM_FORMS": 1000,
    }  # fmt: skip
    for index, (text, right) in enumerate(options):
        data |= {f"options-{index}-position": index, f"options-{index}-text_0": text,
                 f"options-{index}-question": question.pk}  # fmt: skip
        if right:
            data[f"options-{index}-correct"] = "on"
    return data


@pytest.mark.parametrize(("options", "message"), [
    ([("R193", True)], "A question needs at least two answers to choose from."),
    ([("R193", True), ("C87", True)], "A single-choice question has exactly one right answer."),
    ([("R193", False), ("C87", False)], "A single-choice question has exactly one right answer."),
])  # fmt: skip
def test_a_question_that_cannot_be_answered_right_is_refused(client, course, organiser, options, message):
    question = quiz_of(course).questions.first()
    question.options.all().delete()
    client.force_login(organiser)
    response = client.post(f"/en/back-office/learning/question/{question.pk}/change/", question_form(question, options))
    assert message in response.content.decode()
    assert not Option.objects.filter(question=question).exists()


def test_a_question_with_one_right_answer_among_two_is_saved(client, course, organiser):
    question = quiz_of(course).questions.first()
    question.options.all().delete()
    client.force_login(organiser)
    response = client.post(
        f"/en/back-office/learning/question/{question.pk}/change/",
        question_form(question, [("R193", True), ("C87", False)]),
    )
    assert response.status_code == 302
    assert list(question.options.values_list("correct", flat=True)) == [True, False]


def test_organisers_list_and_choose_only_their_editions_courses(client, course, organiser):
    other = EditionFactory(number=40)
    Course.objects.create(edition=other, title={"en": "Someone else's course"}, opens_at=OPENS)
    MembershipFactory(edition=other, role=Role.ORGANISER)
    client.force_login(organiser)
    listing = client.get("/en/back-office/learning/course/").content.decode()
    assert "Basics of the SSE" in listing
    assert "Someone else" not in listing
    module_form = client.get("/en/back-office/learning/module/add/").content.decode()
    assert "Basics of the SSE" in module_form
    assert "Someone else" not in module_form


def test_questions_are_added_on_their_own_page_where_their_answers_are_checked(client, course, organiser):
    quiz = quiz_of(course)
    client.force_login(organiser)
    page = client.get(f"/en/back-office/learning/quiz/{quiz.pk}/change/").content.decode()
    assert f'href="/en/back-office/learning/question/add/?quiz={quiz.pk}"' in page
    assert "questions-__prefix__" not in page  # no empty question form to add from the quiz's page
    form = client.get(f"/en/back-office/learning/question/add/?quiz={quiz.pk}").content.decode()
    assert f'<option value="{quiz.pk}" selected>' in form
