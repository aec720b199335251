"""The selection optimiser, checked against brute force on small pools and by properties on random ones."""

import dataclasses
import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from academy.applications.selection import (
    STATED_GENDERS,
    Candidate,
    Rules,
    greedy,
    propose,
    violated,
)

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
            in_person=rng.random() < 0.5,
        )
        for key in range(size)
    ]


def fundings(combo, rules):
    """Every way to pay the scholarships of a group of people from the sources they may use."""
    requesters = [c for c in combo if c.scholarship_cost > 0 and set(c.eligible_sources) & set(rules.budgets)]
    choices = [sorted(set(c.eligible_sources) & set(rules.budgets)) for c in requesters]
    for sources in itertools.product(*choices):
        yield {c.key: s for c, s in zip(requesters, sources, strict=True)}


def brute_force(pool, rules, without=frozenset()):
    """The best selection by trying every subset and every way to fund it, ignoring the rules `without`.

    Without "seats", as many people as the other rules allow (the optimiser's meaning of relaxing it).
    """
    available = len([c for c in pool if c.key not in rules.must_exclude])
    sizes = range(min(rules.seats, available), -1, -1) if "seats" in without else [min(rules.seats, available)]
    for size in sizes:
        best = None
        for combo in itertools.combinations(pool, size):
            for funding in fundings(combo, rules):
                broken = set(violated(combo, funding, rules, available)) - set(without) - {"seats"}
                if not broken:
                    score = sum(c.score for c in combo)
                    if best is None or score > best + 1e-9:
                        best = score
                    break
        if best is not None:
            return best
    return None


def groups_of(rules):
    """Every rule group the optimiser may report as a conflict for these rules."""
    groups = {"seats", "global_south", "women_min", "women_max", "max_per_country", "room_seats", "must_include"}
    groups |= {f"budget:{source}" for source in rules.budgets}
    groups |= {f"constituency_min:{g}" for g in rules.constituency_min}
    groups |= {f"constituency_max:{g}" for g in rules.constituency_max}
    return sorted(groups)


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
        room_seats=st.sampled_from([None, None, 0, 1, 2]),
    )


def with_pins(rules, size, include, exclude):
    """The rules with pins on people of the pool (a key may be pinned both ways: a conflict to report)."""
    return dataclasses.replace(
        rules,
        must_include=frozenset(k for k in include if k < size),
        must_exclude=frozenset(k for k in exclude if k < size),
    )


PINS = st.frozensets(st.integers(0, 8), max_size=2)


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 10_000), size=st.integers(1, 9), rules=rules_strategy(), include=PINS, exclude=PINS)
def test_propose_matches_brute_force_and_keeps_every_rule(seed, size, rules, include, exclude):
    pool = random_pool(random.Random(seed), size)
    rules = with_pins(rules, size, include, exclude)
    proposal = propose(pool, rules)
    best = brute_force(pool, rules)
    if best is None:
        assert proposal.status == "infeasible"
        assert proposal.conflicts
    else:
        assert proposal.status == "optimal"
        by_key = {c.key: c for c in pool}
        available = len(set(by_key) - rules.must_exclude)
        assert violated([by_key[k] for k in proposal.selected], proposal.funding, rules, available) == []
        assert proposal.objective == pytest.approx(best, abs=1e-6)
        assert proposal.gap == 0


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), size=st.integers(2, 8), rules=rules_strategy(), include=PINS, exclude=PINS)
def test_conflicts_are_a_smallest_set_of_rules_to_relax(seed, size, rules, include, exclude):
    pool = random_pool(random.Random(seed), size)
    rules = with_pins(rules, size, include, exclude)
    proposal = propose(pool, rules)
    if proposal.status != "infeasible":
        return
    conflicts = set(proposal.conflicts)
    assert brute_force(pool, rules, without=conflicts) is not None
    for smaller in itertools.combinations(groups_of(rules), len(conflicts) - 1):
        assert brute_force(pool, rules, without=set(smaller)) is None, smaller
    # What the report says relaxing them gives is the best result without them.
    together = next(r for r in proposal.relaxations if set(r.groups) == conflicts)
    assert together.proposal.objective == pytest.approx(brute_force(pool, rules, without=conflicts), abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), size=st.integers(2, 12), rules=rules_strategy(), exclude=PINS)
def test_the_waitlist_is_the_order_the_optimiser_fills_one_more_seat(seed, size, rules, exclude):
    pool = random_pool(random.Random(seed), size)
    rules = with_pins(rules, size, (), exclude)
    proposal = propose(pool, rules)
    if proposal.status != "optimal":
        return
    by_key = {c.key: c for c in pool}
    assert sorted(proposal.waitlist) == sorted(set(by_key) - set(proposal.selected) - rules.must_exclude)
    held, funding = [by_key[k] for k in proposal.selected], dict(proposal.funding)

    def charged(candidate):
        """Each one more seat is charged to the eligible source with the most left, as the ranking says."""
        sources = sorted(set(candidate.eligible_sources) & set(rules.budgets)) if candidate.scholarship_cost else []
        if not sources:
            return {}
        spent = {s: sum(by_key[k].scholarship_cost for k, f in funding.items() if f == s) for s in sources}
        return {candidate.key: max(sources, key=lambda s: (rules.budgets[s] - spent[s], s))}

    for key in proposal.waitlist:
        # The optimiser's choice for one extra seat, the others held: the best addition keeping every rule.
        best = None
        for candidate in sorted((c for c in pool if c not in held), key=lambda c: -c.score):
            group = [*held, candidate]
            if candidate.key not in rules.must_exclude and not (
                set(violated(group, {**funding, **charged(candidate)}, rules, len(group))) - {"seats", "must_include"}
            ):
                best = candidate
                break
        if best is None:
            break  # nobody can come in on those terms: the rest follow by score
        assert by_key[key].score == best.score
        funding.update(charged(by_key[key]))
        held.append(by_key[key])
    rest = proposal.waitlist[len(held) - len(proposal.selected) :]
    assert [by_key[k].score for k in rest] == sorted((by_key[k].score for k in rest), reverse=True)


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


def test_greedy_repair_passes_over_a_helper_a_cap_blocks():
    # The best Global South candidate shares a country with the best overall one; the next one does not.
    pool = [
        Candidate(key=1, score=3.0, global_south=False, country="A"),
        Candidate(key=2, score=2.0, global_south=False, country="B"),
        Candidate(key=3, score=1.5, global_south=True, country="A"),
        Candidate(key=4, score=1.0, global_south=True, country="C"),
    ]
    rules = Rules(seats=2, min_global_south_share=0.5, max_per_country=1)
    baseline = greedy(pool, rules)
    assert baseline.selected == [1, 4]
    assert violated([pool[0], pool[3]], baseline.funding, rules, len(pool)) == []
    assert propose(pool, rules).objective == baseline.objective == 4.0


def test_relaxing_seats_selects_as_many_as_the_other_rules_allow():
    pool = [Candidate(key=k, score=-1.0, global_south=k < 2) for k in range(6)]
    proposal = propose(pool, Rules(seats=5, min_global_south_share=1.0))
    assert proposal.conflicts == ("seats",)
    [relaxed] = proposal.relaxations
    # Two people with negative scores, not nobody: a seat filled is worth more than a higher total.
    assert relaxed.proposal.selected == [0, 1]


def test_room_seats_keep_the_rest_online_even_over_higher_scores():
    pool = [
        Candidate(key=1, score=3.0, in_person=True),
        Candidate(key=2, score=2.5, in_person=True),
        Candidate(key=3, score=1.0, in_person=False),
        Candidate(key=4, score=0.5, in_person=True),
    ]
    assert propose(pool, Rules(seats=2, room_seats=1)).selected == [1, 3]  # not 1 and 2: one seat in the room
    three = propose(pool, Rules(seats=3, room_seats=1))
    assert three.conflicts == ("room_seats",) or three.conflicts == ("seats",)
    assert "room_seats" in violated(pool[:2], {}, Rules(seats=2, room_seats=1), 4)
    assert greedy(pool, Rules(seats=2, room_seats=1)).selected == [1, 3]
