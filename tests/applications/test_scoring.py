import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.applications.scoring import Criterion, Review, normalise, weighted_total

RUBRIC = [Criterion(key=1, weight=2, scale_max=5), Criterion(key=2, weight=1, scale_max=10)]


def test_weighted_total_scales_to_zero_one():
    assert weighted_total({1: 5, 2: 10}, RUBRIC) == 1
    assert weighted_total({1: 0, 2: 0}, RUBRIC) == 0
    assert weighted_total({1: 5, 2: 0}, RUBRIC) == pytest.approx(2 / 3)


def test_harsh_and_lenient_reviewers_weigh_the_same():
    # The harsh reviewer 10 and the lenient reviewer 20 rank applications 1 > 2 > 3 alike.
    reviews = [Review(a, 10, {1: s, 2: 0}) for a, s in [(1, 3), (2, 2), (3, 1)]]
    reviews += [Review(a, 20, {1: s, 2: 10}) for a, s in [(4, 5), (5, 4), (6, 3)]]
    scored = normalise(reviews, RUBRIC)
    assert scored[1].normalised == pytest.approx(scored[4].normalised)
    assert scored[3].normalised == pytest.approx(scored[6].normalised)
    assert scored[1].raw < scored[6].raw


def test_disagreement_is_flagged():
    reviews = [
        Review(1, 10, {1: 5, 2: 10}),
        Review(1, 20, {1: 0, 2: 0}),
        Review(2, 10, {1: 3, 2: 5}),
        Review(2, 20, {1: 3, 2: 5}),
    ]
    scored = normalise(reviews, RUBRIC)
    assert (scored[1].disagreement, scored[1].spread) == (True, 1.0)
    assert (scored[2].disagreement, scored[2].spread) == (False, 0.0)


@given(st.lists(st.tuples(st.integers(1, 20), st.integers(1, 4), st.integers(0, 5), st.integers(0, 10)), max_size=60))
def test_normalise_counts_every_review_once_and_keeps_the_zero_one_scale(rows):
    reviews = list({(a, r): Review(a, r, {1: s1, 2: s2}) for a, r, s1, s2 in rows}.values())
    scored = normalise(reviews, RUBRIC)
    assert sum(s.reviews for s in scored.values()) == len(reviews)
    assert all(0 <= s.raw <= 1 and 0 <= s.spread <= 1 for s in scored.values())
