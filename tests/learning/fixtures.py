"""The learning tests' world: edition 13 (Lisbon, 14-25 June 2027) and its course of two modules.

Module 1 has two lessons and a quiz of two questions (one single choice, one with two right
answers); module 2 has one lesson and no quiz. Four steps in all.
"""

from datetime import timedelta

import pytest

from academy.learning.models import Course, Lesson, Module, Option, Question, Quiz
from tests.programme.conftest import at, participant

OPENS = at(1, 9) - timedelta(days=31)  # 1 May 2027, 09:00 in Lisbon
WHILE_OPEN = at(1, 12)
CLOSES = at(14, 9)  # when the Academy starts


@pytest.fixture
def course(edition):
    course = Course.objects.create(
        edition=edition,
        title={"en": "Basics of the SSE", "pt": "Noções básicas da ESS"},
        opens_at=OPENS,
        closes_at=CLOSES,
    )
    first = Module.objects.create(course=course, position=1, title={"en": "What the SSE is", "pt": "O que é a ESS"})
    second = Module.objects.create(course=course, position=2, title={"en": "Policies", "pt": "Políticas"})
    Lesson.objects.create(
        module=first, position=1, title={"en": "Definitions", "pt": "Definições"},
        body={"en": "The **social and solidarity economy**.", "pt": "A **economia social e solidária**."},
    )  # fmt: skip
    Lesson.objects.create(module=first, position=2, title={"en": "Enterprises"}, body={"en": "Cooperatives."})
    Lesson.objects.create(module=second, position=1, title={"en": "Public policies"}, body={"en": "ILO R193."})
    quiz = Quiz.objects.create(module=first, title={"en": "Check yourself", "pt": "Verifique"}, pass_mark=100)
    single = Question.objects.create(
        quiz=quiz, position=1, text={"en": "Which recommendation is on cooperatives?", "pt": "Que recomendação?"}
    )
    Option.objects.create(question=single, position=1, text={"en": "R193"}, correct=True,
                          feedback={"en": "Yes: 2002.", "pt": "Sim: 2002."})  # fmt: skip
    Option.objects.create(
        question=single, position=2, text={"en": "C87"}, feedback={"en": "No: freedom of association."}
    )
    several = Question.objects.create(quiz=quiz, position=2, text={"en": "Which are SSE units?"}, multiple=True)
    Option.objects.create(question=several, position=1, text={"en": "Cooperatives"}, correct=True)
    Option.objects.create(question=several, position=2, text={"en": "Mutual societies"}, correct=True)
    Option.objects.create(question=several, position=3, text={"en": "Hedge funds"})
    return course


def lessons(course) -> list[Lesson]:
    return list(Lesson.objects.filter(module__course=course).order_by("module__position", "position"))


def quiz_of(course) -> Quiz:
    return Quiz.objects.get(module__course=course)


def right_answers(quiz) -> dict[int, set[int]]:
    return {
        question.pk: {option.pk for option in question.options.filter(correct=True)}
        for question in quiz.questions.all()
    }


def wrong_answers(quiz) -> dict[int, set[int]]:
    return {question.pk: {question.options.filter(correct=False).first().pk} for question in quiz.questions.all()}


def form_data(chosen: dict[int, set[int]]) -> dict[str, list[str]]:
    return {f"question-{question}": [str(option) for option in options] for question, options in chosen.items()}


@pytest.fixture
def ana(edition):
    return participant(edition, email="ana@example.org", certificate_name="Ana Conceição", language="pt")


@pytest.fixture
def kofi(edition):
    return participant(edition, email="kofi@example.org", certificate_name="Kofi Mensah", language="fr")
