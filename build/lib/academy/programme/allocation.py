"""Optimal, fair allocation of participants to the electives of one round.

Pure (no Django): electives with their seats and people with their rankings in, a placement out.

Fairness is lexicographic, most important first:
    1. as few people as possible without an elective,
    2. then as few as possible in an elective they marked "not for me",
    3. then as few as possible who got none of their choices,
    4. then as few as possible who got their k-th choice, then their (k-1)-th, ... then their 2nd,
    5. then ties broken by seeded random weights, so the order of ranking gives no advantage.
People who ranked nothing fill the seats that remain (no cost besides being placed at all).

The model is a min-cost flow: person -> elective they ranked, person -> "any other elective they can
take" (one hub node per set of such electives, shared by everyone with the same set), person ->
"not for me" elective, person -> unplaced; elective -> sink with the elective's seats. Lexicographic
costs of 100,000 people do not fit in 64-bit integers (they need about (n+1)^7), so the levels are
solved in stages of at most three levels each with OR-Tools' min-cost flow. After each stage, node
potentials are computed on the small graph of electives and hubs, and every arc with a positive
reduced cost is removed and every arc with a negative one is forced full. What remains is exactly the
set of flows that are optimal for the stage (complementary slackness), and it is still a network, so
the next stage stays integral and exact.

Minimum sizes: an elective below its minimum does not run, so each elective with a minimum is either
closed or holds at least its minimum. The flow without minimums is a relaxation: when it keeps every
minimum it is optimal (method "flow"). Otherwise which electives open is a choice the flow cannot
make. The heuristic makes it first: cancel the emptiest elective below its minimum and solve again,
until none is. Up to EXACT_PEOPLE people a branch and bound then makes it exactly (method
"branch-and-bound"): branch on an elective below its minimum (closed, or forced to at least its
minimum as a lower bound on its arc), each node bounded by the staged flow in which undecided
electives have no minimum (still a network, so integral and exact), best bound first, the
heuristic's outcome as the first incumbent. Beyond EXACT_PEOPLE, or when EXACT_SECONDS run out, the
best outcome found stands; an unproven outcome carries a Gap: the first level where it may fall short
and the lexicographic lower bound there (the least bound of the nodes left open, or the relaxation).
"""

import heapq
import itertools
import math
import random
import time
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from ortools.graph.python import max_flow, min_cost_flow

# Cost levels of an arc. FREE costs nothing in every stage.
FREE = 0
TIE_BREAK_SPREAD = 1024
MAX_STAGE_WEIGHT = 2**40  # times node count and flow stays well within OR-Tools' int64 cost range
EXACT_PEOPLE = 5000  # the Academy's largest rounds: minimum sizes solved exactly up to this many people
EXACT_SECONDS = 10.0  # the time budget of one round's minimum sizes


class Person(NamedTuple):  # a tuple: a round makes 100,000 of them
    key: Hashable
    ranking: tuple = ()  # elective keys, first choice first
    eligible: frozenset = frozenset()  # electives whose language, audience and times suit them
    not_for_me: Hashable | None = None


@dataclass(frozen=True)
class Profile:
    """How well an allocation served people: counts per rank and the failures, for comparison."""

    by_rank: tuple[int, ...]  # by_rank[0] = people who got their 1st choice
    no_choice: int = 0  # ranked something, got none of it
    not_for_me: int = 0
    unplaced: int = 0
    did_not_rank: int = 0  # placed, having ranked nothing

    def badness(self) -> tuple[int, ...]:
        """Lexicographic key: smaller is fairer."""
        return (self.unplaced, self.not_for_me, self.no_choice, *reversed(self.by_rank[1:]))


@dataclass(frozen=True)
class Gap:
    """Where an unproven outcome may fall short: at this level (named as in `level_names`) it has
    `found` people, and no placement keeping the minimums and the levels before has fewer than `bound`."""

    level: str
    rank: int | None  # the choice, for a "rank" level
    found: int
    bound: int


@dataclass
class Outcome:
    placement: dict  # person key -> elective key, or None when unplaced
    profile: Profile
    stages: int = 0
    method: str = "flow"  # "flow", "branch-and-bound" or "heuristic" (see module doc)
    closed: list = field(default_factory=list)  # electives closed for want of people, their people placed elsewhere
    gap: Gap | None = None  # None when the outcome is proven optimal


def level_names(ranks: int) -> list[tuple[str, int | None]]:
    """The levels of `Profile.badness`, most important first."""
    return [("unplaced", None), ("not_for_me", None), ("no_choice", None), *(("rank", r) for r in range(ranks, 1, -1))]


def rank_of(person: Person, elective) -> int | None:
    """1-based rank of the elective in the person's list, or None."""
    try:
        return person.ranking.index(elective) + 1
    except ValueError:
        return None


def profile_of(people: Iterable[Person], placement: dict, ranks: int) -> Profile:
    """Rankings longer than `ranks` (the number allowed was lowered after people ranked) count in full."""
    by_rank = [0] * ranks
    no_choice = not_for_me = unplaced = did_not_rank = 0
    for person in people:
        elective = placement.get(person.key)
        if elective is None:
            unplaced += 1
        elif elective == person.not_for_me:
            not_for_me += 1
        elif not person.ranking:
            did_not_rank += 1
        elif (rank := rank_of(person, elective)) is None:
            no_choice += 1
        else:
            by_rank.extend([0] * (rank - len(by_rank)))
            by_rank[rank - 1] += 1
    return Profile(tuple(by_rank), no_choice, not_for_me, unplaced, did_not_rank)


def violations(people: Sequence[Person], seats: dict, placement: dict, minimums: dict | None = None) -> list[str]:
    """Every rule an allocation breaks (empty when it keeps them all)."""
    broken = []
    load: dict = {}
    for person in people:
        elective = placement.get(person.key)
        if elective is None:
            continue
        if elective not in person.eligible:
            broken.append(f"{person.key} cannot take {elective}")
        load[elective] = load.get(elective, 0) + 1
    broken += [
        f"{elective} over its {seats.get(elective, 0)} seats"
        for elective, n in load.items()
        if n > seats.get(elective, 0)
    ]
    broken += [
        f"{elective} below its minimum of {minimums[elective]}"
        for elective, n in load.items()
        if n < (minimums or {}).get(elective, 0)
    ]
    return broken


class Infeasible(Exception):
    """No flow keeps the network's bounds (the minimums forced open cannot all be reached)."""


class _Network:
    """The flow network as parallel arrays, with lower and upper bounds tightened stage by stage."""

    def __init__(self, people: Sequence[Person], seats: dict, ranks: int, rng: random.Random):
        self.electives = [elective for elective, count in seats.items() if count > 0]
        elective_index = {elective: i for i, elective in enumerate(self.electives)}
        m, n = len(self.electives), len(people)
        self.order = list(range(n))
        rng.shuffle(self.order)  # input order must not decide ties
        # Per person (in shuffled order), as arrays: who they are eligible with, their ranking and "not for me";
        # elective index m stands for none (an elective not in the round, or no "not for me").
        classes: dict[frozenset, int] = {}
        width = max(len(person.ranking) for person in people)
        padding = [m] * max(width, 1)
        rows, class_of, not_for_me, has_ranking = [], [], [], []
        for index in self.order:
            person = people[index]
            class_of.append(classes.setdefault(person.eligible, len(classes)))
            not_for_me.append(elective_index.get(person.not_for_me, m))
            has_ranking.append(bool(person.ranking))
            rows.append([elective_index.get(e, m) for e in person.ranking] + padding[len(person.ranking) :])
        ranked = np.array(rows, dtype=np.int64).reshape(n, len(padding))
        class_of, not_for_me = np.array(class_of, dtype=np.int64), np.array(not_for_me, dtype=np.int64)
        open_to = np.zeros((len(classes), m + 1), dtype=bool)  # the last column: "none", never open
        for eligible, number in classes.items():
            open_to[number, [elective_index[e] for e in eligible if e in elective_index]] = True
        level_no_choice, level_not_for_me, level_unplaced = ranks + 1, ranks + 2, ranks + 3
        positions = np.arange(n)
        blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (person position, option, level)
        for column in range(width):
            option = ranked[:, column]
            usable = open_to[class_of, option] & (option != not_for_me)
            for before in range(column):  # an elective ranked twice counts at its best rank
                usable &= option != ranked[:, before]
            rank_level = FREE if column == 0 else column + 1
            blocks.append((positions[usable], option[usable], np.full(int(usable.sum()), rank_level)))
        # "Any other elective they can take": one hub per set of such electives, shared by everyone with that set.
        pairs, person_pair = np.unique(class_of * (m + 1) + not_for_me, return_inverse=True)
        hubs: dict[frozenset, int] = {}
        hub_of_pair = np.full(len(pairs), -1, dtype=np.int64)
        for number, pair in enumerate(pairs):
            class_number, excluded = divmod(int(pair), m + 1)
            others = open_to[class_number, :m].copy()
            if excluded < m:
                others[excluded] = False
            members = frozenset(np.flatnonzero(others).tolist())
            if members:
                hub_of_pair[number] = hubs.setdefault(members, len(hubs))
        self.hub_members = [sorted(members) for members in hubs]
        hub = hub_of_pair[person_pair]
        with_hub = hub >= 0
        has_ranking = np.array(has_ranking)
        blocks.append((positions[with_hub], m + hub[with_hub], np.where(has_ranking[with_hub], level_no_choice, FREE)))
        with_not_for_me = open_to[class_of, not_for_me]
        blocks.append(
            (
                positions[with_not_for_me],
                not_for_me[with_not_for_me],
                np.full(int(with_not_for_me.sum()), level_not_for_me),
            )
        )
        h = len(self.hub_members)
        self.unplaced_node = m + h
        self.sink = m + h + 1
        self.options = m + h + 1  # electives, hubs and "unplaced": nodes 0 .. options-1
        self.first_person = self.sink + 1
        blocks.append((positions, np.full(n, self.unplaced_node), np.full(n, level_unplaced)))
        self.person_arc_count = sum(len(block[0]) for block in blocks)
        hub_tails = np.concatenate(
            [*(np.full(len(members), m + hub) for hub, members in enumerate(self.hub_members)), []]
        )
        hub_heads = np.concatenate([*self.hub_members, []])
        others = len(hub_tails) + m + 1  # hub -> elective, elective -> sink, unplaced -> sink: all FREE
        self.tail = np.concatenate(
            [self.first_person + np.concatenate([b[0] for b in blocks]), hub_tails, np.arange(m), [self.unplaced_node]]
        ).astype(np.int64)
        self.head = np.concatenate(
            [np.concatenate([b[1] for b in blocks]), hub_heads, np.full(m + 1, self.sink)]
        ).astype(np.int64)
        self.level = np.concatenate([*(b[2] for b in blocks), np.full(others, FREE)]).astype(np.int64)
        arcs = len(self.tail)
        upper = np.ones(arcs, dtype=np.int64)
        upper[self.person_arc_count :] = n  # hub arcs and "unplaced" are unbounded
        self.sink_arcs = np.arange(self.person_arc_count + len(hub_tails), arcs - 1)
        upper[self.sink_arcs] = [seats[e] for e in self.electives]
        self.capacity = upper
        self.bound()
        self.supply = np.zeros(self.first_person + n, dtype=np.int64)
        self.supply[self.first_person :] = 1
        self.supply[self.sink] = -n
        self.tie_break = np.random.default_rng(rng.randrange(2**32)).integers(TIE_BREAK_SPREAD, size=arcs)
        self.tie_break[self.person_arc_count :] = 0
        self.level_count = level_unplaced + 1
        self.people_count = n

    def bound(self, closed: Iterable[int] = (), minimum: dict[int, int] | None = None) -> None:
        """Start again from the seats, with these electives (by index) closed and these minimums to keep."""
        self.upper = self.capacity.copy()
        self.lower = np.zeros(len(self.tail), dtype=np.int64)
        self.upper[self.sink_arcs[list(closed)]] = 0
        for elective, count in (minimum or {}).items():
            if count > self.upper[self.sink_arcs[elective]]:
                raise Infeasible
            self.lower[self.sink_arcs[elective]] = count

    def solve(self, cost: np.ndarray) -> np.ndarray:
        """Min-cost flow with the current bounds; the returned flow includes the lower bounds."""
        alive = np.flatnonzero(self.upper > self.lower)
        supply = self.supply.copy()
        forced = np.flatnonzero(self.lower > 0)
        np.subtract.at(supply, self.tail[forced], self.lower[forced])
        np.add.at(supply, self.head[forced], self.lower[forced])
        solver = min_cost_flow.SimpleMinCostFlow()
        arcs = solver.add_arcs_with_capacity_and_unit_cost(
            self.tail[alive], self.head[alive], self.upper[alive] - self.lower[alive], cost[alive]
        )
        solver.set_nodes_supplies(np.arange(len(supply)), supply)
        status = solver.solve()
        if status == solver.INFEASIBLE:
            raise Infeasible
        if status != solver.OPTIMAL:
            raise RuntimeError(f"min-cost flow ended with status {status}")
        flow = self.lower.copy()
        flow[alive] += solver.flows(arcs)
        return flow

    def places_everyone_with(self, levels: np.ndarray) -> bool:
        """Whether arcs of these levels alone can place everyone (a max-flow)."""
        usable = np.flatnonzero((self.upper > self.lower) & np.isin(self.level, levels))
        source = len(self.supply)
        solver = max_flow.SimpleMaxFlow()
        solver.add_arcs_with_capacity(self.tail[usable], self.head[usable], self.upper[usable])
        people = np.arange(self.first_person, source)
        solver.add_arcs_with_capacity(np.full(len(people), source), people, np.ones(len(people), dtype=np.int64))
        if solver.solve(source, self.sink) != solver.OPTIMAL:
            raise RuntimeError("max-flow failed")
        return solver.optimal_flow() == self.people_count

    def drop_levels(self, levels: Iterable[int]) -> None:
        """No optimal flow uses these arcs: close them."""
        closed = np.isin(self.level, list(levels))
        self.upper = np.where(closed, self.lower, self.upper)

    def potentials(self, flow: np.ndarray, cost: np.ndarray) -> np.ndarray:
        """Shortest-path potentials of the residual graph, by Bellman-Ford on electives, hubs and sink.

        A person's only in-arc is the reverse of the arc they use, so every path through a person
        is option -> person -> option; those are folded into option-to-option edges.
        """
        persons = self.person_arc_count
        used = np.flatnonzero(flow[:persons] > 0)
        used_head = np.empty(self.people_count, dtype=np.int64)
        used_cost = np.empty(self.people_count, dtype=np.int64)
        owner = self.tail[used] - self.first_person
        used_head[owner] = self.head[used]
        used_cost[owner] = cost[used]
        spare = np.flatnonzero((flow[:persons] == 0) & (self.upper[:persons] > self.lower[:persons]))
        spare_owner = self.tail[spare] - self.first_person
        src = [used_head[spare_owner]]
        dst = [self.head[spare]]
        weight = [cost[spare] - used_cost[spare_owner]]
        rest = np.arange(persons, len(self.tail))
        forward = rest[flow[rest] < self.upper[rest]]
        backward = rest[flow[rest] > self.lower[rest]]
        src += [self.tail[forward], self.head[backward]]
        dst += [self.head[forward], self.tail[backward]]
        weight += [cost[forward], -cost[backward]]
        src, dst, weight = np.concatenate(src), np.concatenate(dst), np.concatenate(weight)
        nodes = self.sink + 1
        pair = src * nodes + dst
        unique, inverse = np.unique(pair, return_inverse=True)
        best = np.full(len(unique), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(best, inverse, weight)
        src, dst = unique // nodes, unique % nodes
        distance = np.zeros(nodes, dtype=np.int64)
        for _ in range(nodes + 1):
            relaxed = distance.copy()
            np.minimum.at(relaxed, dst, distance[src] + best)
            if np.array_equal(relaxed, distance):
                break
            distance = relaxed
        else:
            raise RuntimeError("negative cycle: the flow was not optimal")
        potential = np.empty(len(self.supply), dtype=np.int64)
        potential[: self.sink + 1] = distance
        potential[self.first_person :] = distance[used_head] - used_cost
        return potential

    def keep_optimal_face(self, flow: np.ndarray, cost: np.ndarray) -> None:
        """Restrict the bounds to the flows that are optimal for this cost (complementary slackness)."""
        potential = self.potentials(flow, cost)
        reduced = cost + potential[self.tail] - potential[self.head]
        if np.any((reduced > 0) & (flow > self.lower)) or np.any((reduced < 0) & (flow < self.upper)):
            raise RuntimeError("potentials do not certify the flow")
        self.upper = np.where(reduced > 0, self.lower, self.upper)
        self.lower = np.where(reduced < 0, self.upper, self.lower)

    def placement(self, flow: np.ndarray, people: Sequence[Person], rng: random.Random) -> dict:
        m = len(self.electives)
        result = {}
        via_hub: dict[int, list] = {}
        used = np.flatnonzero(flow[: self.person_arc_count] > 0)
        positions = (self.tail[used] - self.first_person).tolist()
        for position, option in zip(positions, self.head[used].tolist(), strict=True):
            person = people[self.order[position]]
            if option < m:
                result[person.key] = self.electives[option]
            elif option == self.unplaced_node:
                result[person.key] = None
            else:
                via_hub.setdefault(option - m, []).append(person.key)
        hub_arcs = self.person_arc_count
        for hub, members in enumerate(self.hub_members):
            keys = via_hub.get(hub, [])
            rng.shuffle(keys)
            for elective, count in zip(members, flow[hub_arcs : hub_arcs + len(members)].tolist(), strict=True):
                for key in keys[:count]:
                    result[key] = self.electives[elective]
                keys = keys[count:]
            hub_arcs += len(members)
        return result


def _stages(terms: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group (term, largest possible total) pairs, most important first, into stages whose
    lexicographic weights fit the solver's integers."""
    stages: list[list[tuple[int, int]]] = []
    for term in terms:
        candidate = [*stages[-1], term] if stages else [term]
        if stages and math.prod(bound + 1 for _, bound in candidate[1:]) <= MAX_STAGE_WEIGHT:
            stages[-1] = candidate
        else:
            stages.append([term])
    return stages


def _optimal_flow(network: _Network, ranks: int, tie_break: bool = True) -> tuple[np.ndarray, int]:
    """The lexicographically fairest flow within the network's current bounds, and the stages it took
    (without the seeded tie-breaks when only the profile matters)."""
    n = network.people_count
    # Most important first: unplaced, not for me, none of their choices, k-th choice ... 2nd choice,
    # then the seeded random weights (term TIE_BREAK).
    tie_break_term = [(network.level_count, n * (TIE_BREAK_SPREAD - 1))] if tie_break else []
    tie_break = network.level_count
    failures = [ranks + 3, ranks + 2, ranks + 1]  # unplaced, not for me, none of their choices
    if not network.lower.any() and network.places_everyone_with(np.arange(ranks + 1)):
        # Usual when seats are ample: every failure count is 0, so skip the costliest stage.
        network.drop_levels(failures)
        failures = []
    terms = [(level, n) for level in (*failures, *range(ranks, 1, -1))]
    stages = _stages([*terms, *tie_break_term])
    flow = None
    for number, stage in enumerate(stages):
        weights = np.zeros(network.level_count + 1, dtype=np.int64)
        weight = 1
        for term, bound in reversed(stage):
            weights[term] = weight
            weight *= bound + 1
        cost = weights[network.level] + weights[tie_break] * network.tie_break
        flow = network.solve(cost)
        if number < len(stages) - 1:
            network.keep_optimal_face(flow, cost)
    return flow, len(stages)


def _badness(network: _Network, flow: np.ndarray, ranks: int) -> tuple[int, ...]:
    """`Profile.badness` read from a flow: people per level, most important level first."""
    counts = np.bincount(network.level[: network.person_arc_count], flow[: network.person_arc_count])
    counts = np.pad(counts, (0, network.level_count - len(counts)))
    return tuple(int(counts[level]) for level in (ranks + 3, ranks + 2, ranks + 1, *range(ranks, 1, -1)))


def allocate(
    people: Sequence[Person],
    seats: dict,
    ranks: int,
    seed: int,
    minimums: dict | None = None,
    *,
    exact_people: int = EXACT_PEOPLE,
    seconds: float = EXACT_SECONDS,
) -> Outcome:
    """Place each person in at most one elective with the fairest rank profile, each elective with a
    minimum closed or at least at its minimum (see module doc)."""
    deadline = time.monotonic() + seconds
    rng = random.Random(seed)  # noqa: S311 (reproducible tie-breaks, not secrets)
    ranks = max(ranks, *(len(person.ranking) for person in people), 0)  # rankings made before the number was lowered
    if not people:
        return Outcome({}, Profile((0,) * ranks))
    network = _Network(people, seats, ranks, rng)
    minimum = {
        index: minimums[elective]
        for index, elective in enumerate(network.electives)
        if (minimums or {}).get(elective, 0) > 1  # a minimum of one is kept by anyone placed
    }
    # The heuristic; its first solve, with every elective open, is the relaxation.
    closed: list[int] = []
    while True:
        network.bound(closed)
        flow, stages = _optimal_flow(network, ranks)
        load = flow[network.sink_arcs]
        if not closed:
            relaxed, relaxed_load = _badness(network, flow, ranks), load
        short = [i for i in minimum if i not in closed and 0 < load[i] < minimum[i]]
        if not short:
            break
        closed.append(min(short, key=lambda i: (load[i], i)))
    # The heuristic's solves include the seeded tie-breaks, so the minimums it checks are those of its outcome.
    # After a branch and bound, the electives with a minimum that run get it as a lower bound in the final
    # solve, and the others are closed, so that the tie-breaks (which move people within the optimal profile)
    # keep every minimum.
    method, opened, bound = "flow", {i for i in minimum if load[i] > 0}, relaxed
    if closed:
        method = "heuristic"
        found = _badness(network, flow, ranks)
        if found != relaxed and network.people_count <= exact_people:
            method = "branch-and-bound"
            opened, bound = _branch_and_bound(network, ranks, minimum, relaxed_load, relaxed, opened, found, deadline)
            network.bound(set(minimum) - opened, {i: minimum[i] for i in opened})
            flow, stages = _optimal_flow(network, ranks)
    closed = [i for i in minimum if relaxed_load[i] > 0 and flow[network.sink_arcs[i]] == 0]
    placement = network.placement(flow, people, rng)
    for person in people:
        placement.setdefault(person.key, None)
    profile = profile_of(people, placement, ranks)
    return Outcome(
        placement,
        profile,
        stages,
        method,
        [network.electives[i] for i in closed],
        _first_gap(profile.badness(), bound, ranks),
    )


def _first_gap(found: tuple, bound: tuple, ranks: int) -> Gap | None:
    """Where a found badness may not be optimal given a lexicographic lower bound: the first level
    where they differ (the levels before are then optimal). None when they are equal: proven."""
    for (level, rank), have, least in zip(level_names(ranks), found, bound, strict=True):
        if have != least:
            return Gap(level, rank, have, least)
    return None


def _branch_and_bound(
    network: _Network,
    ranks: int,
    minimum: dict[int, int],
    relaxed_load: np.ndarray,
    relaxed: tuple,
    opened: set[int],
    found: tuple,
    deadline: float,
) -> tuple[set[int], tuple]:
    """Which electives with a minimum to open, exactly: branch on an elective below its minimum (closed,
    or forced to at least its minimum), each node bounded by the staged flow in which the electives not
    yet decided have no minimum; best bound first. Starts from the heuristic's electives and badness.

    Returns the best electives to open and a lexicographic lower bound on the optimum: the optimum's
    badness when the search ends, the least bound still open when the time runs out.
    """
    best, best_opened = found, opened
    order = itertools.count()
    nodes: list = []

    def branch(bound: tuple, closed: frozenset, forced: frozenset, load: np.ndarray) -> None:
        nonlocal best, best_opened
        short = [i for i in minimum if i not in closed and i not in forced and 0 < load[i] < minimum[i]]
        if not short:  # every minimum kept: a placement, and the best in this branch
            best, best_opened = bound, {i for i in minimum if i not in closed and (i in forced or load[i] > 0)}
            return
        pick = min(short, key=lambda i: (load[i] / minimum[i], i))  # the likeliest to close
        heapq.heappush(nodes, (bound, next(order), closed | {pick}, forced))
        heapq.heappush(nodes, (bound, next(order), closed, forced | {pick}))

    branch(relaxed, frozenset(), frozenset(), relaxed_load)
    while nodes and nodes[0][0] < best:
        if time.monotonic() > deadline:
            return best_opened, nodes[0][0]
        _, _, closed, forced = heapq.heappop(nodes)
        try:
            network.bound(closed, {i: minimum[i] for i in forced})
            flow, _ = _optimal_flow(network, ranks, tie_break=False)
        except Infeasible:
            continue
        bound = _badness(network, flow, ranks)
        if bound < best:
            branch(bound, closed, forced, flow[network.sink_arcs])
    return best_opened, best
