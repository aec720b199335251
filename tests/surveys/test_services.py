"""Building, copying and answering surveys; every refusal changes nothing."""

import pytest
from django.core.exceptions import ValidationError

from academy.editions.models import Membership, Role, Status
from academy.surveys import services
from academy.surveys.models import Answer, Question, QuestionKind, Response, Survey, SurveyKind
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import at, elective, participant, plenary
from tests.surveys.helpers import evaluation, feedback, ids

pytestmark = pytest.mark.django_db
DURING = at(25, 12)


def snapshot():
    return (
        list(Response.objects.values_list("pk", "submitted_at", "updated_at")),
        list(Answer.objects.values_list("pk", "number", "picked", "text")),
    )


def test_the_evaluation_is_anonymous_by_default_and_the_impact_survey_named(edition, organiser):
    assert evaluation(edition, organiser).anonymous is True
    assert evaluation(edition, organiser, kind=SurveyKind.IMPACT).anonymous is False
    survey = evaluation(edition, organiser)
    assert [q.position for q in survey.questions.order_by("position")] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "question",
    [
        Question(kind=QuestionKind.SCALE, text={"en": ""}),
        Question(kind=QuestionKind.SINGLE, text={"en": "Pick"}, choices=[{"en": "Only one"}]),
        Question(kind=QuestionKind.TEXT, text={"en": "Say"}, choices=[{"en": "a"}, {"en": "b"}]),
    ],
)
def test_a_bad_question_saves_nothing(edition, organiser, question):
    survey = services.new_survey(
        edition=edition, kind=SurveyKind.EVALUATION, title={"en": "E"}, opens_at=at(24, 9), closes_at=at(30, 9)
    )
    good = Question(kind=QuestionKind.SCALE, text={"en": "Fine"})
    with pytest.raises(ValidationError, match="Question 2"):
        services.save_survey(survey=survey, questions=[good, question], by=organiser)
    assert not Survey.objects.exists()
    assert not Question.objects.exists()


def test_a_survey_must_close_after_it_opens_and_have_a_title(edition, organiser):
    survey = services.new_survey(
        edition=edition, kind=SurveyKind.EVALUATION, title={"en": " "}, opens_at=at(24, 9), closes_at=at(24, 9)
    )
    with pytest.raises(ValidationError) as error:
        services.save_survey(survey=survey, questions=[], by=organiser)
    assert set(error.value.message_dict) == {"title", "closes_at"}
    assert not Survey.objects.exists()


def test_the_type_of_an_answered_question_cannot_change(edition, organiser):
    survey = evaluation(edition, organiser)
    ana = participant(edition)
    services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 4}, submit=True, now=DURING)
    questions = list(survey.questions.order_by("position"))
    questions[0].kind = QuestionKind.TEXT
    with pytest.raises(ValidationError, match="type cannot change"):
        services.save_survey(survey=survey, questions=questions, by=organiser)
    assert survey.questions.order_by("position").first().kind == QuestionKind.SCALE


def test_a_survey_is_copied_to_another_edition_with_its_questions_and_no_answers(edition, organiser):
    survey = evaluation(edition, organiser)
    services.answer(survey=survey, person=participant(edition), answers={ids(survey)[0]: 5}, submit=True, now=DURING)
    later = EditionFactory(number=14)
    copy = services.copy_survey(source=survey, edition=later, opens_at=at(1, 9), closes_at=at(2, 9), by=organiser)
    assert copy.edition == later
    assert copy.anonymous
    assert [str(q.text) for q in copy.questions.order_by("position")] == [
        str(q.text) for q in survey.questions.order_by("position")
    ]
    assert copy.questions.first().choices == survey.questions.first().choices
    assert not copy.responses.exists()


def test_a_person_saves_part_comes_back_submits_and_changes_until_it_closes(edition, organiser):
    survey = evaluation(edition, organiser)
    scale, single, multiple, text, recommend = ids(survey)
    ana = participant(edition)
    draft = services.answer(survey=survey, person=ana, answers={single: "1"}, submit=False, now=DURING)
    assert not draft.is_submitted
    assert services.answers_of(draft) == {single: 1}
    services.answer(
        survey=survey,
        person=ana,
        answers={scale: "4", single: 2, multiple: ["0", "1"], text: " More visits ", recommend: 10},
        submit=True,
        now=at(26, 9),
    )
    services.answer(survey=survey, person=ana, answers={scale: 2, multiple: [1]}, submit=True, now=at(27, 9))
    response = Response.objects.get()
    assert response.submitted_at == at(26, 9)
    assert response.updated_at == at(27, 9)
    assert services.answers_of(response) == {scale: 2, multiple: [1]}
    assert Answer.objects.count() == 2


def test_submitting_without_a_required_answer_is_refused_but_a_draft_is_not(edition, organiser):
    survey = evaluation(edition, organiser)
    scale, single, *_rest = ids(survey)
    ana = participant(edition)
    with pytest.raises(ValidationError) as error:
        services.answer(survey=survey, person=ana, answers={single: 1}, submit=True, now=DURING)
    assert f"q{scale}" in error.value.message_dict
    assert not Response.objects.exists()
    services.answer(survey=survey, person=ana, answers={single: 1}, submit=False, now=DURING)
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    ("when", "message"),
    [(at(20, 9), "not open yet"), (at(30, 23), "closed"), (at(30, 23, 30), "closed")],
)
def test_a_survey_closed_or_not_yet_open_is_refused(edition, organiser, when, message):
    survey = evaluation(edition, organiser)
    ana = participant(edition)
    services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 3}, submit=True, now=DURING)
    before = snapshot()
    with pytest.raises(ValidationError, match=message):
        services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 5}, submit=True, now=when)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("position", "value", "message"),
    [
        (0, 0, "from 1 to 5"),
        (0, 6, "from 1 to 5"),
        (0, "four", "whole number"),
        (4, 11, "from 0 to 10"),
        (4, -1, "from 0 to 10"),
        (1, 3, "choices offered"),
        (2, [0, 2], "choices offered"),
    ],
)
def test_an_answer_out_of_range_is_refused(edition, organiser, position, value, message):
    survey = evaluation(edition, organiser)
    ana = participant(edition)
    services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 3}, submit=True, now=DURING)
    before = snapshot()
    with pytest.raises(ValidationError, match=message):
        services.answer(survey=survey, person=ana, answers={ids(survey)[position]: value}, submit=True, now=DURING)
    assert snapshot() == before


def test_an_answer_to_another_surveys_question_is_refused(edition, organiser):
    survey, other = evaluation(edition, organiser), evaluation(edition, organiser)
    with pytest.raises(ValidationError, match="another survey"):
        services.answer(
            survey=survey, person=participant(edition), answers={ids(other)[0]: 3}, submit=False, now=DURING
        )
    assert not Response.objects.exists()


def test_people_outside_the_population_are_refused(edition, organiser):
    survey = evaluation(edition, organiser)
    speaker = UserFactory()
    Membership.objects.create(edition=edition, user=speaker, role=Role.SPEAKER)
    other = participant(EditionFactory(number=9))
    for person in (UserFactory(), speaker, organiser, other):
        with pytest.raises(ValidationError, match="for other people"):
            services.answer(survey=survey, person=person, answers={ids(survey)[0]: 3}, submit=True, now=DURING)
    assert not Response.objects.exists()


def test_the_impact_survey_is_for_alumni_once_the_edition_has_finished(edition, organiser):
    survey = evaluation(edition, organiser, kind=SurveyKind.IMPACT)
    ana = participant(edition)
    with pytest.raises(ValidationError, match="for other people"):
        services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 3}, submit=True, now=DURING)
    edition.status = Status.FINISHED
    edition.save()
    services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 3}, submit=True, now=DURING)
    assert Response.objects.get().person == ana


def test_session_feedback_only_after_the_session_and_for_those_who_could_attend(edition, organiser, round_one):
    survey = feedback(edition, organiser)
    rating, comment = ids(survey)
    session = plenary(edition, day=16)  # 13:00 to 14:30
    course = elective(edition, round_one, "E1", day=17)
    part = course.parts.first()
    ana = participant(edition)
    answers = {rating: 4, comment: "Clear"}
    with pytest.raises(ValidationError, match="when it ends"):
        services.answer(survey=survey, person=ana, session=session, answers=answers, submit=True, now=at(16, 14))
    with pytest.raises(ValidationError, match="not in your programme"):
        services.answer(survey=survey, person=ana, session=part, answers=answers, submit=True, now=at(20, 9))
    with pytest.raises(ValidationError, match="Choose a session"):
        services.answer(survey=survey, person=ana, answers=answers, submit=True, now=at(20, 9))
    assert not Response.objects.exists()
    services.answer(survey=survey, person=ana, session=session, answers=answers, submit=True, now=at(16, 15))
    assert Response.objects.get().session == session
    assert services.sessions_to_rate(survey, ana, now=at(20, 9)) == []


def test_feedback_on_a_cancelled_session_is_refused(edition, organiser):
    survey = feedback(edition, organiser)
    session = plenary(edition, day=16, cancelled=True)
    with pytest.raises(ValidationError, match="did not take place"):
        services.answer(
            survey=survey, person=participant(edition), session=session, answers={}, submit=False, now=at(20, 9)
        )
    assert not Response.objects.exists()


def test_a_survey_not_about_sessions_refuses_a_session(edition, organiser):
    survey = evaluation(edition, organiser)
    with pytest.raises(ValidationError, match="not about a session"):
        services.answer(
            survey=survey, person=participant(edition), session=plenary(edition), answers={}, submit=False, now=DURING
        )


def test_not_answered_lists_the_population_without_those_who_submitted(edition, organiser):
    survey = evaluation(edition, organiser)
    ana, ben, eva = participant(edition), participant(edition), participant(edition)
    services.answer(survey=survey, person=ana, answers={ids(survey)[0]: 3}, submit=True, now=DURING)
    services.answer(survey=survey, person=ben, answers={ids(survey)[0]: 3}, submit=False, now=DURING)
    assert set(services.not_answered(survey)) == {ben, eva}


def test_open_for_lists_the_surveys_a_person_may_answer_now(edition, organiser):
    survey = evaluation(edition, organiser)
    ana = participant(edition)
    assert services.open_for(ana, [edition], now=DURING) == [survey]
    assert services.open_for(ana, [edition], now=at(20, 9)) == []
    assert services.open_for(UserFactory(), [edition], now=DURING) == []


def test_results_count_submitted_answers_over_the_eligible_people(edition, organiser):
    survey = evaluation(edition, organiser)
    scale, single, *_rest = ids(survey)
    people = [participant(edition, country="BR", language="pt") for _ in range(6)]
    for number, person in enumerate(people[:5], start=1):
        services.answer(survey=survey, person=person, answers={scale: number, single: 0}, submit=True, now=DURING)
    services.answer(survey=survey, person=people[5], answers={scale: 5}, submit=False, now=DURING)
    results = services.results(survey)
    assert (results.eligible, results.respondents) == (6, 5)
    assert results.rate == pytest.approx(5 / 6)
    assert results.distributions[scale].counts == [1, 1, 1, 1, 1]
    assert results.distributions[scale].mean == 3
    assert results.distributions[single].counts == [5, 0, 0]
    language = next(b for b in results.breakdowns[scale] if b.attribute == "language")
    assert language.groups == {"pt": 3}


def test_results_per_session_and_per_speaker(edition, organiser):
    from academy.programme.models import SessionSpeaker, Speaker

    survey = feedback(edition, organiser)
    rating, _comment = ids(survey)
    first, second = plenary(edition, "P1", day=15), plenary(edition, "P2", day=16)
    speaker = Speaker.objects.create(name="Marta")
    SessionSpeaker.objects.create(session=first, speaker=speaker)
    SessionSpeaker.objects.create(session=second, speaker=speaker)
    ana, ben = participant(edition), participant(edition)
    for person, session, value in ((ana, first, 5), (ben, first, 3), (ana, second, 2)):
        services.answer(
            survey=survey, person=person, session=session, answers={rating: value}, submit=True, now=at(20, 9)
        )
    results = services.results(survey)
    assert results.by_session[rating] == [("P1", 4, 2), ("P2", 2, 1)]
    assert results.by_speaker[rating] == [("Marta", pytest.approx(10 / 3), 3)]
    assert results.respondents == 2
    only_first = services.results(survey, sessions=[first.pk])
    assert only_first.by_session[rating] == [("P1", 4, 2)]
