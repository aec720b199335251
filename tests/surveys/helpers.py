"""Surveys for the tests: an evaluation of the 13th edition (open in its second week) and session feedback."""

from academy.surveys import services
from academy.surveys.models import Question, QuestionKind, SurveyKind
from tests.programme.conftest import at


def evaluation(edition, organiser, **fields):
    survey = services.new_survey(
        edition=edition,
        kind=fields.pop("kind", SurveyKind.EVALUATION),
        title={"en": "Evaluation", "fr": "Évaluation"},
        opens_at=fields.pop("opens_at", at(24, 9)),
        closes_at=fields.pop("closes_at", at(30, 23)),
        **fields,
    )
    questions = [
        Question(
            kind=QuestionKind.SCALE,
            text={"en": "Overall satisfaction", "fr": "Satisfaction générale"},
            low_label={"en": "Poor"},
            high_label={"en": "Excellent"},
            required=True,
        ),
        Question(
            kind=QuestionKind.SINGLE, text={"en": "Pace"}, choices=[{"en": "Slow"}, {"en": "Right"}, {"en": "Fast"}]
        ),
        Question(
            kind=QuestionKind.MULTIPLE, text={"en": "Best parts"}, choices=[{"en": "Plenaries"}, {"en": "Visits"}]
        ),
        Question(kind=QuestionKind.TEXT, text={"en": "What to change"}),
        Question(kind=QuestionKind.RECOMMEND, text={"en": "Would you recommend it?"}),
    ]
    return services.save_survey(survey=survey, questions=questions, by=organiser)


def feedback(edition, organiser):
    survey = services.new_survey(
        edition=edition,
        kind=SurveyKind.SESSION,
        title={"en": "Session feedback"},
        opens_at=at(14, 0),
        closes_at=at(30, 23),
    )
    questions = [
        Question(kind=QuestionKind.SCALE, text={"en": "Your rating"}, required=True),
        Question(kind=QuestionKind.TEXT, text={"en": "Comment"}),
    ]
    return services.save_survey(survey=survey, questions=questions, by=organiser)


def ids(survey):
    return [question.pk for question in survey.questions.order_by("position")]
