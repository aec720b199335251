"""The allocation keeps every rule and no assignment has a fairer rank profile (brute force)."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from academy.programme.allocation import Gap, Person, Profile, allocate, level_names, profile_of, violations

ELECTIVES = ("A", "B", "C")


def brute_force_best(people, seats, ranks, minimums=None) -> tuple:
    """The fairest badness over every placement in which each elective with a minimum is empty or at it."""
    best = None
    options = [[None, *sorted(p.eligible)] for p in people]
    for choice in itertools.product(*options):
        placement = {p.key: e for p, e in zip(people, choice, strict=True)}
        if violations(people, seats, placement, minimums):
            continue
        badness = profile_of(people, placement, ranks).badness()
        best = badness if best is None or badness < best else best
    return best


@st.composite
def instances(draw):
    seats = {e: draw(st.integers(0, 3)) for e in ELECTIVES}
    people = []
    for key in range(draw(st.integers(1, 6))):
        eligible = frozenset(draw(st.sets(st.sampled_from(ELECTIVES))))
        ranking = tuple(draw(st.lists(st.sampled_from(ELECTIVES), unique=True, max_size=3)))
        not_for_me = draw(st.one_of(st.none(), st.sampled_from(ELECTIVES)))
        if not_for_me in ranking:
            not_for_me = None
        people.append(Person(key, ranking, eligible, not_for_me))
    return people, seats


@settings(max_examples=150, deadline=None)
@given(instances(), st.integers(0, 2**32))
def test_allocation_keeps_every_rule_and_no_assignment_is_fairer(instance, seed):
    people, seats = instance
    outcome = allocate(people, seats, ranks=3, seed=seed)
    assert violations(people, seats, outcome.placement) == []
    assert set(outcome.placement) == {p.key for p in people}
    assert outcome.profile.badness() == brute_force_best(people, seats, 3)


@st.composite
def instances_with_minimums(draw):
    people, seats = draw(instances())
    minimums = {e: draw(st.integers(0, 3)) for e in ELECTIVES}
    return people, seats, minimums


@settings(max_examples=150, deadline=None)
@given(instances_with_minimums(), st.integers(0, 2**32))
def test_minimum_sizes_are_kept_and_no_assignment_keeping_them_is_fairer(instance, seed):
    people, seats, minimums = instance
    outcome = allocate(people, seats, ranks=3, seed=seed, minimums=minimums)
    assert violations(people, seats, outcome.placement, minimums) == []
    assert set(outcome.placement) == {p.key for p in people}
    assert outcome.profile.badness() == brute_force_best(people, seats, 3, minimums)
    assert outcome.gap is None
    assert outcome.method in {"flow", "branch-and-bound", "heuristic"}
    assert not set(outcome.closed) & set(outcome.placement.values())


@settings(max_examples=150, deadline=None)
@given(instances_with_minimums(), st.integers(0, 2**32))
def test_the_heuristic_keeps_the_minimums_and_its_gap_bounds_the_optimum(instance, seed):
    people, seats, minimums = instance
    outcome = allocate(people, seats, ranks=3, seed=seed, minimums=minimums, exact_people=0)
    assert violations(people, seats, outcome.placement, minimums) == []
    best = brute_force_best(people, seats, 3, minimums)
    found = outcome.profile.badness()
    assert found >= best
    if outcome.gap is None:
        assert found == best
    else:
        position = level_names(3).index((outcome.gap.level, outcome.gap.rank))
        assert found[:position] == best[:position]  # the levels before the gap are optimal
        assert outcome.gap.found == found[position] > outcome.gap.bound
        assert best[position] >= outcome.gap.bound


def test_minimum_sizes_keep_everyone_placed_where_cancelling_would_leave_someone_out():
    # The example: X is taught in Spanish only with a minimum of 2; P1 speaks only Spanish and
    # ranks X; P2 and P3 speak English and Spanish and rank Y, then X. Cancelling X would leave P1 out.
    people = [
        Person("P1", ("X",), frozenset("X")),
        Person("P2", ("Y", "X"), frozenset("XY")),
        Person("P3", ("Y", "X"), frozenset("XY")),
    ]
    outcome = allocate(people, {"X": 10, "Y": 10}, ranks=2, seed=4, minimums={"X": 2})
    assert outcome.placement["P1"] == "X"
    assert sorted(outcome.placement.values()) == ["X", "X", "Y"]
    assert outcome.profile == Profile((2, 1))
    assert (outcome.method, outcome.closed, outcome.gap) == ("branch-and-bound", [], None)
    heuristic = allocate(people, {"X": 10, "Y": 10}, ranks=2, seed=4, minimums={"X": 2}, exact_people=0)
    assert heuristic.placement["P1"] is None
    assert (heuristic.method, heuristic.closed) == ("heuristic", ["X"])
    assert heuristic.gap == Gap("unplaced", None, found=1, bound=0)


def test_an_elective_nobody_can_fill_to_its_minimum_is_closed():
    people = [Person("ann", ("X", "Y"), frozenset("XY")), Person("bea", ("Y",), frozenset("XY"))]
    outcome = allocate(people, {"X": 5, "Y": 5}, ranks=2, seed=2, minimums={"X": 3})
    assert outcome.placement == {"ann": "Y", "bea": "Y"}
    assert outcome.closed == ["X"]
    assert outcome.gap is None


def test_rankings_longer_than_the_number_allowed_count_in_full():
    # The number to rank was lowered from 3 to 1 after these people ranked.
    people = [Person(k, ("A", "B", "C"), frozenset("ABC")) for k in range(3)]
    outcome = allocate(people, {"A": 1, "B": 1, "C": 1}, ranks=1, seed=3)
    assert outcome.profile == Profile((1, 1, 1))
    assert profile_of(people, outcome.placement, 1) == Profile((1, 1, 1))


@settings(max_examples=50, deadline=None)
@given(instances(), st.integers(0, 2**32))
def test_same_seed_same_allocation(instance, seed):
    people, seats = instance
    assert allocate(people, seats, 3, seed).placement == allocate(people, seats, 3, seed).placement


def test_fairness_prefers_two_second_choices_to_a_first_and_a_third():
    # One seat in A and B, C closed. Ann in A and Bea in B gives a 1st and a 3rd choice; Ann in B
    # and Bea in A gives a 1st and a 2nd: nobody on a 3rd choice, so that is the fair one.
    people = [Person("ann", ("A", "B"), frozenset("AB")), Person("bea", ("A", "C", "B"), frozenset("ABC"))]
    outcome = allocate(people, {"A": 1, "B": 1, "C": 0}, ranks=3, seed=1)
    assert outcome.placement == {"ann": "B", "bea": "A"}
    assert outcome.profile == Profile((1, 1, 0))


def test_nobody_is_left_out_to_give_others_their_first_choice():
    people = [
        Person("ann", ("A",), frozenset("AB")),
        Person("bea", ("A",), frozenset("A")),  # can follow only A
    ]
    outcome = allocate(people, {"A": 1, "B": 1}, ranks=3, seed=3)
    assert outcome.placement == {"ann": "B", "bea": "A"}
    assert outcome.profile.no_choice == 1
    assert outcome.profile.unplaced == 0


def test_not_for_me_is_a_last_resort_and_people_who_did_not_rank_fill_what_remains():
    people = [
        Person("ann", ("A",), frozenset("AB"), not_for_me="B"),
        Person("bea", (), frozenset("AB")),
    ]
    outcome = allocate(people, {"A": 1, "B": 1}, ranks=3, seed=5)
    assert outcome.placement == {"ann": "A", "bea": "B"}
    assert outcome.profile == Profile((1, 0, 0), did_not_rank=1)


def test_submission_order_gives_no_advantage_across_seeds():
    # Two people want the one seat of A equally; over seeds each wins sometimes.
    people = [Person(k, ("A", "B"), frozenset("AB")) for k in ("first", "second")]
    winners = {
        next(k for k, e in allocate(people, {"A": 1, "B": 1}, 2, seed).placement.items() if e == "A")
        for seed in range(40)
    }
    assert winners == {"first", "second"}


def test_large_weights_stay_exact_beyond_64_bit_single_stage_costs():
    # 7,000 people: one solve with (n+1)^5 weights would overflow int64; the staged solve must not.
    people = [Person(k, ("A", "B", "C", "D"), frozenset("ABCDE")) for k in range(7000)]
    seats = {"A": 2000, "B": 2000, "C": 2000, "D": 500, "E": 600}
    outcome = allocate(people, seats, ranks=4, seed=9)
    assert outcome.profile == Profile((2000, 2000, 2000, 500), no_choice=500)
    assert violations(people, seats, outcome.placement) == []
