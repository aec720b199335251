"""The selection optimiser, checked against brute force on small pools and by properties on random ones."""

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from academy.applications.selection import STATED_GENDERS, Candidate, Rules, greedy, propose, violated

GROUPS = ["government", "workers", "employers", "sse_practitioner"]


def random_pool(rng: random.Random, size: int) -> list[Candidate]:
    return [
        Candidate(
            key=key,
            score=round(rng.uniform(-2, 2), 3),
            global_south=rng.random() < 0.6,
            gender=rng.choice(["woman", "man", "", "non_binary", "undisclosed"]),
            constituency=rng.choice(GROUPS),
            country=rng.choice("ABCDE"),
            scholarship_cost=rng.choice([0, 0, 1000, 2500]),
            eligible_sources=frozenset(rng.sample(["sstc", "host"], k=rng.choice([1, 2]))),
        )
        for key in range(size)
    ]


def brute_force(pool, rules):
    """The best feasible selection by trying every subset and every way to fund it."""
    best = None
    size = min(rules.seats, len(pool))
    for combo in itertools.combinations(pool, size):
        requesters = [c for c in combo if c.scholarship_cost > 0 and set(c.eligible_sources) & set(rules.budgets)]
        choices = [sorted(set(c.eligible_sources) & set(rules.budgets)) for c in requesters]
        for sources in itertools.product(*choices):
            funding = {c.key: s for c, s in zip(requesters, sources, strict=True)}
            if not violated(combo, funding, rules, len(pool)):
                score = sum(c.score for c in combo)
                if best is None or score > best + 1e-9:
                    best = score
                break
    return best


def rules_strategy():
    return st.builds(
        Rules,
        seats=st.integers(1, 5),
        budgets=st.sampled_from([{}, {"sstc": 2500}, {"sstc": 3500, "host": 1000}]),
        min_global_south_share=st.sampled_from([None, 0.5, 0.75]),
        women_share=st.sampled_from([None, (0.4, 0.6), (0.0, 0.5)]),
        constituency_min=st.sampled_from([{}, {"workers": 1}, {"workers": 1, "employers": 1}]),
        constituency_max=st.sampled_from([{}, {"government": 1}]),
        max_per_country=st.sampled_from([None, 1, 2]),
    )


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), size=st.integers(1, 9), rules=rules_strategy())
def test_propose_matches_brute_force_and_keeps_every_rule(seed, size, rules):
    pool = random_pool(random.Random(seed), size)
    proposal = propose(pool, rules)
    best = brute_force(pool, rules)
    if best is None:
        assert proposal.status == "infeasible"
        assert proposal.conflicts
    else:
        assert proposal.status == "optimal"
        by_key = {c.key: c for c in pool}
        assert violated([by_key[k] for k in proposal.selected], proposal.funding, rules, len(pool)) == []
        assert proposal.objective == pytest.approx(best, abs=1e-6)
        assert proposal.gap == 0


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), size=st.integers(5, 60), rules=rules_strategy())
def test_propose_never_scores_below_a_greedy_pick_that_keeps_the_rules(seed, size, rules):
    pool = random_pool(random.Random(seed), size)
    exact, baseline = propose(pool, rules), greedy(pool, rules)
    by_key = {c.key: c for c in pool}
    if not violated([by_key[k] for k in baseline.selected], baseline.funding, rules, len(pool)):
        assert exact.status == "optimal"
        assert exact.objective >= baseline.objective - 1e-6


def test_propose_takes_the_best_when_nothing_else_binds():
    pool = [Candidate(key=k, score=s) for k, s in enumerate([0.5, 2.0, -1.0, 1.5])]
    proposal = propose(pool, Rules(seats=2))
    assert (proposal.selected, proposal.objective) == ([1, 3], 3.5)
    assert proposal.waitlist == [0, 2]


def test_propose_keeps_the_global_south_share_over_a_higher_score():
    pool = [
        Candidate(key=1, score=3.0, global_south=False),
        Candidate(key=2, score=2.0, global_south=False),
        Candidate(key=3, score=1.0, global_south=True),
    ]
    assert propose(pool, Rules(seats=2, min_global_south_share=0.5)).selected == [1, 3]


def test_propose_pays_each_scholarship_from_a_source_with_budget():
    pool = [
        Candidate(key=1, score=3.0, scholarship_cost=1000, eligible_sources=frozenset({"sstc", "host"})),
        Candidate(key=2, score=2.0, scholarship_cost=1000, eligible_sources=frozenset({"sstc"})),
        Candidate(key=3, score=1.0),
    ]
    proposal = propose(pool, Rules(seats=2, budgets={"sstc": 1000, "host": 1000}))
    assert proposal.selected == [1, 2]
    assert proposal.funding == {1: "host", 2: "sstc"}


def test_propose_honours_pins():
    pool = [Candidate(key=k, score=float(k)) for k in range(5)]
    proposal = propose(pool, Rules(seats=2, must_include=frozenset({0}), must_exclude=frozenset({4})))
    assert proposal.selected == [0, 3]
    assert 4 not in proposal.waitlist


def test_impossible_rules_are_explained_with_the_fewest_to_relax():
    pool = [
        Candidate(key=1, score=1.0, global_south=True, constituency="government"),
        Candidate(key=2, score=1.0, global_south=False, constituency="workers"),
        Candidate(key=3, score=1.0, global_south=False, constituency="workers"),
    ]
    rules = Rules(seats=2, min_global_south_share=1.0, constituency_min={"workers": 1})
    proposal = propose(pool, rules)
    assert proposal.status == "infeasible"
    assert len(proposal.conflicts) == 1
    assert proposal.conflicts[0] in {"global_south", "constituency_min:workers"}
    [relaxed] = proposal.relaxations
    assert relaxed.proposal.status == "optimal"
    assert relaxed.groups == proposal.conflicts


def test_violated_names_every_broken_rule():
    pool = [Candidate(key=1, score=1, gender="man", country="A"), Candidate(key=2, score=1, gender="man", country="A")]
    rules = Rules(seats=3, women_share=(0.5, 1.0), max_per_country=1, must_include=frozenset({9}))
    assert violated(pool, {}, rules, pool_size=5) == ["max_per_country", "must_include", "seats", "women_min"]
    assert "woman" in STATED_GENDERS
