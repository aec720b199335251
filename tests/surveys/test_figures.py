"""The pure figures of a survey's results."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.surveys import figures
from academy.surveys.figures import AnswerRow, QuestionSpec

SCALE = QuestionSpec(1, "scale")
RECOMMEND = QuestionSpec(2, "recommend")
CHOICE = QuestionSpec(3, "single", choices=3)
MANY = QuestionSpec(4, "multiple", choices=2)
TEXT = QuestionSpec(5, "text")


def test_distributions_count_each_value_and_leave_out_what_a_question_does_not_accept():
    rows = [
        AnswerRow(1, 1, 5),
        AnswerRow(2, 1, 5),
        AnswerRow(3, 1, 2),
        AnswerRow(4, 1, 9),  # out of range: not counted
        AnswerRow(1, 3, 2),
        AnswerRow(2, 3, 7),
        AnswerRow(1, 4, picked=(0, 1)),
        AnswerRow(2, 4, picked=(1, 5)),
        AnswerRow(1, 5, text=" Keep it "),
        AnswerRow(2, 5, text="  "),
    ]
    result = figures.distributions([SCALE, CHOICE, MANY, TEXT], rows)
    assert result[1].counts == [0, 1, 0, 0, 2]
    assert result[1].answered == 3
    assert result[1].mean == 4
    assert result[3].counts == [0, 0, 1]
    assert result[3].answered == 1
    assert result[4].counts == [1, 2]
    assert result[4].answered == 2
    assert result[5].texts == ["Keep it"]
    assert result[5].answered == 1
    assert result[1].values == [1, 2, 3, 4, 5]


def test_the_recommendation_score_is_promoters_less_detractors():
    rows = [AnswerRow(n, 2, value) for n, value in enumerate([10, 9, 8, 7, 6, 0])]
    assert figures.distributions([RECOMMEND], rows)[2].score == pytest.approx(0)
    assert figures.recommendation_score({10: 3}) == 100
    assert figures.recommendation_score({}) is None


def test_rate():
    assert figures.rate(5, 20) == 0.25
    assert figures.rate(0, 0) is None


def test_a_breakdown_hides_groups_of_fewer_than_five_and_their_complement():
    rows = [AnswerRow(n, 1, 4) for n in range(13)]
    regions = {n: "Africa" if n < 6 else "Europe" if n < 11 else "Asia" for n in range(13)}
    result = figures.breakdown(SCALE, rows, regions, attribute="region")
    # Asia (2) is hidden; the smallest shown group (Africa 6 vs Europe 5 -> Europe) goes too, so 7 are hidden.
    assert result.groups == {"Africa": 4}
    assert result.hidden == 2
    alone = figures.breakdown(SCALE, rows[:4], dict.fromkeys(range(4), "Africa"), attribute="region")
    assert alone.groups == {}
    assert alone.hidden == 1


@given(
    st.lists(st.tuples(st.integers(1, 5), st.sampled_from("abcdef")), max_size=60),
    st.integers(1, 8),
)
def test_no_group_shown_is_small_and_what_is_hidden_is_never_a_few(answers, minimum):
    rows = [AnswerRow(n, 1, value) for n, (value, _group) in enumerate(answers)]
    groups = {n: group for n, (_value, group) in enumerate(answers)}
    result = figures.breakdown(SCALE, rows, groups, attribute="x", minimum=minimum)
    sizes = {group: sum(1 for g in groups.values() if g == group) for group in set(groups.values())}
    assert all(sizes[group] >= minimum for group in result.groups)
    hidden = sum(size for group, size in sizes.items() if group not in result.groups)
    assert hidden == 0 or hidden >= minimum or not result.groups
    assert result.hidden == len(sizes) - len(result.groups)
    for group, mean in result.groups.items():
        values = [value for value, g in answers if g == group]
        assert mean == pytest.approx(sum(values) / len(values))


@given(st.lists(st.tuples(st.integers(-2, 12), st.integers(0, 20)), max_size=80))
def test_counts_add_up_to_the_answers_in_range(rows):
    answers = [AnswerRow(respondent, 2, value) for value, respondent in rows]
    result = figures.distributions([RECOMMEND], answers)[2]
    in_range = [value for value, _r in rows if 0 <= value <= 10]
    assert sum(result.counts) == len(in_range)
    if in_range:
        assert result.mean is not None
        assert 0 <= result.mean <= 10
        assert -100 <= result.score <= 100
