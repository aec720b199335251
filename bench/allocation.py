"""Elective allocation benchmark: the staged exact min-cost flow against first-come-first-served,
networkx's min_cost_flow and HiGHS's lexicographic linear programme.

Run: .venv/bin/python bench/allocation.py [--sizes 1000,10000,100000] [--repeat 3] [--proof-size 10000]
     [--minimums] [--whole 10000,100000]
A synthetic round: 60 electives, 9 of them dedicated (trade unions, employers, governments), each
given in one floor language and, for three in four, interpreted into the other three; people speak one
to three of English, French, Spanish and Portuguese, belong to a constituency, rank 5 electives they
can follow drawn with a Zipf-like popularity skew, and one in five marks one "not for me". Seats total
110% of the people, spread evenly. Two rounds are solved; the figures are per round.
- First come first served: in order of ranking, each takes their best choice with a free seat.
- networkx: min_cost_flow with exact lexicographic costs (Python integers) on 2,000 people; time
  ratio against ours on the same instance, and the profiles must be equal.
- Proof: HiGHS solves the same lexicographic problem as a linear programme (one objective per level,
  each fixed before the next); its optimal counts must equal ours.

--minimums: rounds whose minimum sizes bind (seats 110-150% of the people, minimums 30-60% of the
seats): the heuristic alone, then the branch and bound, each with its time, method and gap.
--whole 10000,100000: `run_allocation` from the database (participants, eligibility, rankings) to the
stored placements, against the floor measured in the same run: OR-Tools' min-cost flow alone on the
same arcs with the first stage's costs (arrays built beforehand). Scratch SQLite database by default,
or the PostgreSQL of DATABASE_URL (a scratch test database).
"""

import argparse
import random
import statistics
import sys
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import numpy as np

from academy.programme.allocation import Person, allocate, profile_of, violations

ELECTIVES = 60
RANKS = 5
LANGUAGES = ("en", "fr", "es", "pt")
FIRST_LANGUAGE = {"en": 45, "fr": 25, "es": 20, "pt": 10}
DEDICATED = ("workers", "employers", "government")
CONSTITUENCY = {"workers": 14, "employers": 10, "government": 24, "other": 52}


@dataclass(frozen=True)
class SyntheticPerson:
    key: int
    speaks: frozenset
    group: str
    ranking: tuple
    not_for_me: str | None
    eligible: frozenset


def synthetic_electives(rng: random.Random) -> list[tuple[str, str, set, str | None]]:
    """(code, floor language, languages understood, dedicated audience or None) for each elective."""
    electives = []
    for number in range(ELECTIVES):
        floor = rng.choices(LANGUAGES, weights=list(FIRST_LANGUAGE.values()))[0]
        spoken = set(LANGUAGES) if rng.random() < 0.75 else {floor}
        audience = DEDICATED[number % 3] if number < 9 else None
        electives.append((f"E{number}", floor, spoken, audience))
    return electives


def synthetic_people(size: int, seed: int) -> tuple[list, list[SyntheticPerson], dict]:
    """The electives, the people (languages, group, ranking) and the seats of a synthetic round."""
    rng = random.Random(seed)  # noqa: S311 (synthetic data)
    electives = synthetic_electives(rng)
    popularity = [1 / (position + 1) ** 0.9 for position in range(ELECTIVES)]
    rng.shuffle(popularity)
    seats = {key: max(5, round(1.1 * size / ELECTIVES)) for key, _, _, _ in electives}
    people = []
    for key in range(size):
        first = rng.choices(list(FIRST_LANGUAGE), weights=list(FIRST_LANGUAGE.values()))[0]
        speaks = {first} | {language for language in LANGUAGES if rng.random() < 0.25}
        group = rng.choices(list(CONSTITUENCY), weights=list(CONSTITUENCY.values()))[0]
        eligible = [
            number
            for number, (_, _, spoken, audience) in enumerate(electives)
            if spoken & speaks and audience in (None, group)
        ]
        ranking = []
        pool = list(eligible)
        for _ in range(min(RANKS, len(pool))):
            pick = rng.choices(pool, weights=[popularity[n] for n in pool])[0]
            pool.remove(pick)
            ranking.append(electives[pick][0])
        not_for_me = electives[rng.choice(pool)][0] if pool and rng.random() < 0.2 else None
        eligible_keys = frozenset(electives[n][0] for n in eligible)
        people.append(SyntheticPerson(key, frozenset(speaks), group, tuple(ranking), not_for_me, eligible_keys))
    return electives, people, seats


def synthetic_round(size: int, seed: int) -> tuple[list[Person], dict]:
    _, people, seats = synthetic_people(size, seed)
    return [Person(p.key, p.ranking, p.eligible, p.not_for_me) for p in people], seats


def first_come_first_served(people: list[Person], seats: dict) -> dict:
    free = dict(seats)
    placement = {}
    for person in people:
        others = sorted(person.eligible - set(person.ranking) - {person.not_for_me})
        fallback = [person.not_for_me] if person.not_for_me in person.eligible else []
        choice = next((e for e in [*person.ranking, *others, *fallback] if free.get(e, 0) > 0), None)
        if choice is not None:
            free[choice] -= 1
        placement[person.key] = choice
    return placement


def lexicographic_costs(person: Person, base: int) -> dict:
    """Cost of each outcome for one person as one exact integer (least important level = base**0)."""
    unplaced, not_for_me, no_choice = base ** (RANKS + 1), base**RANKS, base ** (RANKS - 1)
    costs = {None: unplaced}
    for elective in person.eligible:
        if elective == person.not_for_me:
            costs[elective] = not_for_me
        elif elective in person.ranking:
            rank = person.ranking.index(elective) + 1
            costs[elective] = 0 if rank == 1 else base ** (rank - 2)
        else:
            costs[elective] = no_choice if person.ranking else 0
    return costs


def networkx_allocation(people: list[Person], seats: dict) -> dict:
    import networkx as nx

    base = len(people) + 1
    graph = nx.DiGraph()
    graph.add_node("sink", demand=len(people))
    graph.add_edge("unplaced", "sink", capacity=len(people), weight=0)
    for elective, count in seats.items():
        graph.add_edge(("e", elective), "sink", capacity=count, weight=0)
    for person in people:
        graph.add_node(("p", person.key), demand=-1)
        for elective, cost in lexicographic_costs(person, base).items():
            target = "unplaced" if elective is None else ("e", elective)
            graph.add_edge(("p", person.key), target, capacity=1, weight=cost)
    flow = nx.min_cost_flow(graph)
    placement = {}
    for person in people:
        for target, amount in flow[("p", person.key)].items():
            if amount:
                placement[person.key] = None if target == "unplaced" else target[1]
    return placement


def highs_counts(people: list[Person], seats: dict) -> tuple[int, ...]:
    """The lexicographic optimum of the level counts as HiGHS's linear programme finds it: one
    objective per level, most important first, each optimum added as a row before the next."""
    import highspy
    import numpy as np

    electives = list(seats)
    row_of_elective = {elective: len(people) + i for i, elective in enumerate(electives)}
    hub_rows: dict[frozenset, int] = {}
    column_rows, column_values, column_level = [], [], []  # one list of (rows, values) per column
    for row, person in enumerate(people):
        outcomes = [*((person.eligible & set(person.ranking)) - {person.not_for_me}), person.not_for_me, None]
        for elective in outcomes:
            if elective is not None and elective not in person.eligible:
                continue
            target = [] if elective is None else [row_of_elective[elective]]
            column_rows.append([row, *target])
            column_values.append([1.0] * (1 + len(target)))
            column_level.append(level_of(person, elective))
        others = frozenset(person.eligible - set(person.ranking) - {person.not_for_me})
        if others:
            hub = hub_rows.setdefault(others, len(people) + len(electives) + len(hub_rows))
            column_rows.append([row, hub])
            column_values.append([1.0, 1.0])
            column_level.append("no_choice" if person.ranking else "free")
    for others, hub in hub_rows.items():
        for elective in others:
            column_rows.append([hub, row_of_elective[elective]])
            column_values.append([-1.0, 1.0])
            column_level.append("free")
    row_count = len(people) + len(electives) + len(hub_rows)
    row_lower = np.zeros(row_count)
    row_upper = np.zeros(row_count)
    row_lower[: len(people)] = row_upper[: len(people)] = 1
    row_upper[len(people) : len(people) + len(electives)] = [seats[e] for e in electives]
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("solver", "ipm")  # with crossover to a vertex: far faster than simplex here
    h.addRows(row_count, row_lower, row_upper, 0, np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0))
    count = len(column_rows)
    starts = np.cumsum([0] + [len(rows) for rows in column_rows[:-1]]).astype(np.int32)
    indices = np.array([r for rows in column_rows for r in rows], dtype=np.int32)
    values = np.array([v for vals in column_values for v in vals])
    upper = np.full(count, float(len(people)))
    h.addCols(count, np.zeros(count), np.zeros(count), upper, len(indices), starts, indices, values)
    levels = np.array(column_level)
    optimum = []
    for level in level_order():
        cols = np.flatnonzero(levels == level).astype(np.int32)
        cost = np.zeros(count)
        cost[cols] = 1
        h.changeColsCost(count, np.arange(count, dtype=np.int32), cost)
        h.run()
        value = round(h.getInfo().objective_function_value)
        optimum.append(value)
        if len(cols):
            h.addRow(0, value, len(cols), cols, np.ones(len(cols)))
    return tuple(optimum)


def level_order() -> list[str]:
    return ["unplaced", "not_for_me", "no_choice", *[f"rank{r}" for r in range(RANKS, 1, -1)]]


def level_of(person: Person, elective) -> str:
    if elective is None:
        return "unplaced"
    if elective == person.not_for_me:
        return "not_for_me"
    if elective in person.ranking:
        return f"rank{person.ranking.index(elective) + 1}"
    return "no_choice" if person.ranking else "free"


def counts(profile) -> tuple[int, ...]:
    return profile.badness()


def describe(profile, size: int) -> str:
    ranks = " ".join(f"{r + 1}:{100 * n / size:.1f}%" for r, n in enumerate(profile.by_rank))
    return f"{ranks} none:{profile.no_choice} not-for-me:{profile.not_for_me} unplaced:{profile.unplaced}"


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def bare_solver(people: list[Person], seats: dict) -> float:
    """The floor: OR-Tools' min-cost flow alone on the same arcs as ours (the arrays built beforehand, the
    first stage's costs), from adding the arcs to the solved flow."""
    from ortools.graph.python import min_cost_flow

    from academy.programme.allocation import _Network, _stages

    network = _Network(people, seats, RANKS, random.Random(7))  # noqa: S311 (synthetic)
    weights = np.zeros(network.level_count + 1, dtype=np.int64)
    weight = 1
    for level, bound in reversed(_stages([(level, len(people)) for level in range(RANKS, 1, -1)])[0]):
        weights[level] = weight
        weight *= bound + 1
    cost = weights[network.level]
    started = time.perf_counter()
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(network.tail, network.head, network.upper, cost)
    solver.set_nodes_supplies(np.arange(len(network.supply)), network.supply)
    if solver.solve() != solver.OPTIMAL:
        raise RuntimeError("the bare solve failed")
    return time.perf_counter() - started


def build_round(size: int, seed: int, number: int):
    """An edition with the synthetic round in the database: participants with their languages and
    constituency, 60 electives of three parts each, and everyone's ranking."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from academy.common import freshness
    from academy.editions.models import Edition, Membership, Role, Status
    from academy.editions.rules import EVERYONE, ROLES
    from academy.people.models import User
    from academy.programme.models import AllocationRound, Elective, Kind, Preference, Session

    electives, people, seats = synthetic_people(size, seed)
    zone = ZoneInfo("Europe/Lisbon")
    edition = Edition.objects.create(
        number=number, title={"en": "Benchmark"}, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25),
        time_zone="Europe/Lisbon", modality="online", main_language="en", status=Status.RUNNING,
        electives_to_rank=RANKS,
    )  # fmt: skip
    round_ = AllocationRound.objects.create(
        edition=edition, position=1, name={"en": "Week 1"}, preferences_open_at=datetime(2027, 5, 1, tzinfo=zone),
        preferences_close_at=datetime(2027, 6, 1, tzinfo=zone),
    )  # fmt: skip
    group_of = {"workers": "workers", "employers": "employers", "government": "government", "other": "sse_practitioner"}
    users = User.objects.bulk_create(
        (
            User(
                email=f"p{seed}-{p.key}@example.org",
                certificate_name=f"Person {p.key}",
                constituency=group_of[p.group],
                language=min(p.speaks),
                other_languages=sorted(p.speaks - {min(p.speaks)}),
            )
            for p in people
        ),
        batch_size=5000,
    )
    Membership.objects.bulk_create(
        (Membership(edition=edition, user=user, role=Role.PARTICIPANT) for user in users), batch_size=5000
    )
    freshness.changed(ROLES, EVERYONE)  # a bulk write sends no signal
    rows = {}
    for code, floor, spoken, audience in electives:
        rows[code] = Elective.objects.create(
            edition=edition, round=round_, code=code, title={"en": code}, maximum_seats=seats[code]
        )
        Session.objects.bulk_create(
            Session(
                edition=edition,
                code=f"{code}-{part}",
                kind=Kind.ELECTIVE,
                elective=rows[code],
                title={"en": code},
                starts_at=datetime(2027, 6, 16 + part, 15, 30, tzinfo=zone),
                ends_at=datetime(2027, 6, 16 + part, 17, tzinfo=zone),
                floor_languages=[floor],
                interpretation=sorted(spoken - {floor}),
                audience=audience or "everyone",
                published=True,
            )
            for part in range(3)
        )
    Preference.objects.bulk_create(
        (
            Preference(round=round_, user=user, elective=rows[code], rank=rank)
            for user, person in zip(users, people, strict=True)
            for rank, code in [
                *enumerate(person.ranking, start=1),
                *([(None, person.not_for_me)] if person.not_for_me else []),
            ]
        ),
        batch_size=5000,
    )
    organiser = User.objects.create(email=f"organiser{seed}@example.org", certificate_name="Organiser")
    return round_, organiser, [Person(p.key, p.ranking, p.eligible, p.not_for_me) for p in people], seats


def whole_runs(sizes: list[int], repeat: int) -> None:
    """run_allocation from the database to stored placements against the bare solver, in the same run."""
    import os
    import tempfile

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
    os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import get_runner
    from django_scopes import scopes_disabled

    from academy.programme.models import Placement
    from academy.programme.services import run_allocation

    runner = get_runner(django.conf.settings)(verbosity=0)
    old_config = runner.setup_databases()
    try:
        for position, size in enumerate(sizes):
            with scopes_disabled():
                round_, organiser, people, seats = build_round(size, seed=size, number=90 + position)
                bare = statistics.median(bare_solver(people, seats) for _ in range(repeat))
                whole = []
                for number in range(repeat):
                    run, elapsed = timed(partial(run_allocation, round_=round_, by=organiser, seed=number))
                    whole.append(elapsed)
                placed = Placement.objects.filter(round=round_).count()
            median = statistics.median(whole)
            print(
                f"{connection.vendor} n={size}: bare OR-Tools min-cost flow {bare:.2f} s; run_allocation from the "
                f"database to stored placements {median:.2f} s ({median / bare:.2f}x the bare solver; solve "
                f"{run.seconds:.2f} s); {placed:,} placed"
            )
    finally:
        runner.teardown_databases(old_config)


MINIMUM_ROUNDS = ((5000, 1.1, 0.3), (5000, 1.3, 0.5), (5000, 1.5, 0.6), (1000, 1.5, 0.6))


def minimum_sizes() -> None:
    """Rounds whose minimums bind: seats a multiple of the people, every elective's minimum a share of its
    seats. The heuristic alone against the branch and bound, with the time each took and its gap."""
    for size, seats_share, minimum_share in MINIMUM_ROUNDS:
        people, seats = synthetic_round(size, seed=size)
        seats = {elective: max(5, round(seats_share * size / ELECTIVES)) for elective in seats}
        minimums = {elective: round(minimum_share * count) for elective, count in seats.items()}
        for exact_people in (0, size):
            outcome, elapsed = timed(partial(allocate, people, seats, RANKS, 7, minimums, exact_people=exact_people))
            broken = violations(people, seats, outcome.placement, minimums)
            print(
                f"n={size} seats {seats_share:.0%} minimum {minimum_share:.0%} of seats: {outcome.method} "
                f"{elapsed:.1f} s, {len(outcome.closed)} closed, gap {outcome.gap}; {describe(outcome.profile, size)}; "
                f"rules broken: {len(broken)}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--networkx-size", type=int, default=2000)
    parser.add_argument("--proof-size", type=int, default=10000)  # HiGHS takes minutes beyond that
    parser.add_argument("--whole", default="", help="sizes for run_allocation from the database, e.g. 10000,100000")
    parser.add_argument("--minimums", action="store_true", help="rounds whose minimum sizes bind")
    args = parser.parse_args()
    if args.whole:
        whole_runs([int(s) for s in args.whole.split(",")], args.repeat)
        return
    if args.minimums:
        minimum_sizes()
        return
    for size in [int(s) for s in args.sizes.split(",")]:
        seconds, outcome = [], None
        for round_number in range(2):
            people, seats = synthetic_round(size, seed=size + round_number)
            for _ in range(args.repeat):
                outcome, elapsed = timed(allocate, people, seats, RANKS, 7)
                seconds.append(elapsed)
            broken = violations(people, seats, outcome.placement)
            fcfs = profile_of(people, first_come_first_served(people, seats), RANKS)
            print(
                f"n={size} round {round_number + 1}: exact {describe(outcome.profile, size)}; rules broken: {len(broken)}"
            )
            print(f"n={size} round {round_number + 1}: first-come-first-served {describe(fcfs, size)}")
            if size == args.proof_size and round_number == 0:
                highs, highs_seconds = timed(highs_counts, people, seats)
                same = highs == counts(outcome.profile)
                print(
                    f"n={size} proof: HiGHS LP lexicographic counts {highs} ({highs_seconds:.1f} s) equal ours: {same}"
                )
        print(f"n={size}: exact solve median {statistics.median(seconds):.2f} s per round over {len(seconds)} runs")
    people, seats = synthetic_round(args.networkx_size, seed=1)
    ours, ours_seconds = timed(allocate, people, seats, RANKS, 7)
    theirs, theirs_seconds = timed(networkx_allocation, people, seats)
    same = profile_of(people, theirs, RANKS).badness() == ours.profile.badness()
    print(
        f"n={args.networkx_size}: networkx {theirs_seconds:.2f} s, ours {ours_seconds:.3f} s, "
        f"ratio {theirs_seconds / ours_seconds:.0f}x; same profile: {same}"
    )


if __name__ == "__main__":
    main()
