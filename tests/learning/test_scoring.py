"""Quiz scoring alone: exact answers, partial answers, refused answers, and its properties."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.learning.scoring import ForeignOption, Key, TooManyChoices, Unanswered, score

SINGLE = Key(question=1, multiple=False, options=frozenset({10, 11, 12}), right=frozenset({11}))
SEVERAL = Key(question=2, multiple=True, options=frozenset({20, 21, 22}), right=frozenset({20, 22}))


def test_score_all_right_passes():
    result = score([SINGLE, SEVERAL], {1: {11}, 2: {20, 22}}, pass_mark=100)
    assert (result.score, result.passed, result.right) == (100, True, {1: True, 2: True})


def test_score_part_of_a_multiple_answer_is_not_right():
    result = score([SINGLE, SEVERAL], {1: {11}, 2: {20}}, pass_mark=50)
    assert (result.score, result.passed, result.right) == (50, True, {1: True, 2: False})


def test_score_rounds_down_so_a_pass_mark_is_never_reached_by_rounding():
    third = Key(question=3, multiple=False, options=frozenset({30, 31}), right=frozenset({30}))
    result = score([SINGLE, SEVERAL, third], {1: {11}, 2: {20, 22}, 3: {31}}, pass_mark=67)
    assert (result.score, result.passed) == (66, False)


def test_score_refuses_an_option_of_another_question():
    with pytest.raises(ForeignOption):
        score([SINGLE, SEVERAL], {1: {20}, 2: {20}}, pass_mark=50)


def test_score_refuses_a_question_of_another_quiz():
    with pytest.raises(ForeignOption):
        score([SINGLE], {1: {11}, 99: {990}}, pass_mark=50)


def test_score_refuses_two_choices_for_a_single_choice_question():
    with pytest.raises(TooManyChoices):
        score([SINGLE], {1: {10, 11}}, pass_mark=50)


def test_score_names_the_unanswered_questions():
    with pytest.raises(Unanswered) as refused:
        score([SINGLE, SEVERAL], {1: {11}, 2: set()}, pass_mark=50)
    assert refused.value.questions == [2]


@st.composite
def quizzes(draw):
    keys = []
    for question in range(draw(st.integers(1, 6))):
        count = draw(st.integers(2, 5))
        options = frozenset(question * 10 + option for option in range(count))
        multiple = draw(st.booleans())
        if multiple:
            right = frozenset(draw(st.sets(st.sampled_from(sorted(options)), min_size=1)))
        else:
            right = frozenset({draw(st.sampled_from(sorted(options)))})
        keys.append(Key(question=question, multiple=multiple, options=options, right=right))
    chosen = {}
    for key in keys:
        if key.multiple:
            chosen[key.question] = draw(st.sets(st.sampled_from(sorted(key.options)), min_size=1))
        else:
            chosen[key.question] = {draw(st.sampled_from(sorted(key.options)))}
    return keys, chosen, draw(st.integers(1, 100))


@given(quizzes())
def test_score_is_the_share_of_questions_answered_exactly(quiz):
    keys, chosen, pass_mark = quiz
    result = score(keys, chosen, pass_mark)
    exact = sum(chosen[key.question] == key.right for key in keys)
    assert result.score == 100 * exact // len(keys)
    assert result.passed == (result.score >= pass_mark)
    assert sum(result.right.values()) == exact


@given(quizzes())
def test_score_of_the_right_answers_always_passes(quiz):
    keys, _chosen, pass_mark = quiz
    result = score(keys, {key.question: set(key.right) for key in keys}, pass_mark)
    assert (result.score, result.passed) == (100, True)
