"""Selection as an optimisation: the best set of candidates within seats, budgets and the balance wanted.

Pure (no Django): candidates and rules in, a proposal out. Solved exactly as a mixed-integer
programme with HiGHS. When the rules cannot all hold, a second programme finds the fewest groups of
rules to relax, and the proposal says what the best result would be with them relaxed.

Model, for candidate i and funding source s:
    x_i in {0, 1}      i is selected
    y_is in {0, 1}     i's scholarship is paid by s (only for eligible requesters)
    maximise  sum score_i x_i
    seats:    sum x_i = min(seats, candidates)
    funding:  sum_s y_is = x_i             for each eligible scholarship requester
    budget s: sum cost_i y_is <= budget_s
    shares, per-group minimum and maximum, per-country maximum, seats in the room and pins as linear rows.

At a hybrid edition, `Candidate.in_person` says who asked for a place in the room; `Rules.room_seats`
caps how many of them a selection holds (the others follow online).
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import highspy
import numpy as np

STATED_GENDERS = frozenset({"woman", "man", "non_binary", "self_described"})
SOLVE_SECONDS = 60.0
# Rows no relaxation may drop: each scholarship paid by one source, and never more people than seats.
HARD_GROUPS = frozenset({"funding", "capacity"})
TOLERANCE = 1e-9
SWAP_TRIES = 5


@dataclass(frozen=True)
class Candidate:
    key: int
    score: float
    global_south: bool = False
    gender: str = ""  # "" or "undisclosed" when not stated
    constituency: str = ""
    country: str = ""
    scholarship_cost: float = 0.0  # 0 when no scholarship is requested
    eligible_sources: frozenset[str] = frozenset()
    in_person: bool = False  # asked for a place in the room (always, at an in-person edition)


@dataclass(frozen=True)
class Rules:
    seats: int
    budgets: Mapping[str, float] = field(default_factory=dict)
    min_global_south_share: float | None = None
    women_share: tuple[float, float] | None = None  # among those who stated a gender
    constituency_min: Mapping[str, int] = field(default_factory=dict)
    constituency_max: Mapping[str, int] = field(default_factory=dict)
    max_per_country: int | None = None
    room_seats: int | None = None  # at most this many in person (the room's seats); None: no limit
    must_include: frozenset[int] = frozenset()
    must_exclude: frozenset[int] = frozenset()


class SolverStatus(StrEnum):
    OPTIMAL = "optimal"  # the best selection, proven
    INFEASIBLE = "infeasible"  # the rules cannot all hold
    TIME_LIMIT = "time_limit"  # stopped at the time limit: good, not proven best
    GREEDY = "greedy"  # the greedy baseline, which proves nothing


@dataclass(frozen=True)
class Relaxation:
    groups: tuple[str, ...]
    proposal: "Proposal"


@dataclass
class Proposal:
    status: SolverStatus
    selected: list[int] = field(default_factory=list)
    funding: dict[int, str] = field(default_factory=dict)  # candidate -> source of their scholarship
    objective: float = 0.0
    gap: float = 0.0
    seconds: float = 0.0
    waitlist: list[int] = field(default_factory=list)
    conflicts: tuple[str, ...] = ()  # the fewest groups of rules that must be relaxed
    relaxations: list[Relaxation] = field(default_factory=list)


@dataclass
class _Row:
    group: str
    columns: list[int]
    values: list[float]
    lower: float
    upper: float


def funded_by(candidate: Candidate, rules: Rules) -> list[str]:
    """The sources that may pay this candidate's scholarship (none when no scholarship is asked)."""
    if candidate.scholarship_cost <= 0:
        return []
    return sorted(source for source in candidate.eligible_sources if source in rules.budgets)


class _Model:
    """The programme for one pool and one set of rules, as rows tagged with the rule group they come from."""

    def __init__(self, candidates: Sequence[Candidate], rules: Rules, pool_size: int):
        self.candidates = candidates
        self.rules = rules
        self.seats = min(rules.seats, pool_size)
        n = len(candidates)
        # A y column only where there is a choice of source; a single source is charged through x.
        self.funding_columns: list[tuple[int, str]] = []  # (candidate index, source) for each y column
        for index, candidate in enumerate(candidates):
            sources = funded_by(candidate, rules)
            if len(sources) > 1:
                self.funding_columns += [(index, source) for source in sources]
        self.num_columns = n + len(self.funding_columns)
        self.upper = np.ones(self.num_columns)
        self.lower = np.zeros(self.num_columns)
        index_of = {candidate.key: index for index, candidate in enumerate(candidates)}
        for key in rules.must_exclude:
            if key in index_of:
                self.upper[index_of[key]] = 0
        self.rows = self._rows(index_of)

    def _rows(self, index_of: dict[int, int]) -> list[_Row]:
        rules, candidates = self.rules, self.candidates
        n = len(candidates)
        everyone = list(range(n))
        # Filling every seat can be relaxed (to as many as the rules allow); exceeding them cannot.
        rows = [
            _Row("seats", everyone, [1.0] * n, self.seats, np.inf),
            _Row("capacity", everyone, [1.0] * n, 0, self.seats),
        ]
        sources_of: dict[int, list[int]] = defaultdict(list)
        for offset, (index, _source) in enumerate(self.funding_columns):
            sources_of[index].append(n + offset)
        for index, columns in sources_of.items():
            rows.append(_Row("funding", [*columns, index], [1.0] * len(columns) + [-1.0], 0, 0))
        for source, budget in sorted(rules.budgets.items()):
            paid = [
                (n + offset, candidates[index].scholarship_cost)
                for offset, (index, s) in enumerate(self.funding_columns)
                if s == source
            ]
            paid += [(i, c.scholarship_cost) for i, c in enumerate(candidates) if funded_by(c, rules) == [source]]
            if paid:
                rows.append(_Row(f"budget:{source}", [c for c, _ in paid], [v for _, v in paid], -np.inf, budget))
        if rules.min_global_south_share is not None:
            share = rules.min_global_south_share
            rows.append(_Row("global_south", everyone, [float(c.global_south) - share for c in candidates], 0, np.inf))
        if rules.women_share is not None:
            low, high = rules.women_share
            stated = [i for i, c in enumerate(candidates) if c.gender in STATED_GENDERS]
            woman = [float(candidates[i].gender == "woman") for i in stated]
            rows.append(_Row("women_min", stated, [w - low for w in woman], 0, np.inf))
            rows.append(_Row("women_max", stated, [high - w for w in woman], 0, np.inf))
        members: dict[str, list[int]] = defaultdict(list)
        countries: dict[str, list[int]] = defaultdict(list)
        for index, candidate in enumerate(candidates):
            members[candidate.constituency].append(index)
            countries[candidate.country].append(index)
        for group, minimum in sorted(rules.constituency_min.items()):
            rows.append(_Row(f"constituency_min:{group}", members[group], [1.0] * len(members[group]), minimum, np.inf))
        for group, maximum in sorted(rules.constituency_max.items()):
            if len(members[group]) > maximum:
                rows.append(
                    _Row(f"constituency_max:{group}", members[group], [1.0] * len(members[group]), -np.inf, maximum)
                )
        if rules.max_per_country is not None:
            for _country, indexes in sorted(countries.items()):
                if len(indexes) > rules.max_per_country:
                    rows.append(_Row("max_per_country", indexes, [1.0] * len(indexes), -np.inf, rules.max_per_country))
        if rules.room_seats is not None:
            in_room = [i for i, c in enumerate(candidates) if c.in_person]
            if len(in_room) > rules.room_seats:
                rows.append(_Row("room_seats", in_room, [1.0] * len(in_room), -np.inf, rules.room_seats))
        pinned = sorted(index_of[key] for key in rules.must_include if key in index_of)
        if pinned:
            rows.append(_Row("must_include", pinned, [1.0] * len(pinned), len(pinned), np.inf))
        return rows

    @property
    def relaxable_groups(self) -> list[str]:
        return sorted({row.group for row in self.rows if row.group not in HARD_GROUPS})

    def solve(self, *, without: frozenset[str] = frozenset()) -> Proposal:
        rows = [row for row in self.rows if row.group not in without]
        if self.num_columns == 0:  # nobody to choose from: the rules hold if they ask for nobody
            return Proposal(
                status=SolverStatus.OPTIMAL if all(r.lower <= 0 <= r.upper for r in rows) else SolverStatus.INFEASIBLE
            )
        highs = _highs()
        costs = np.zeros(self.num_columns)
        scores = np.array([c.score for c in self.candidates], dtype=np.float64)
        if "seats" in without:
            # As many people as the other rules allow first, then the best of them: a seat is worth
            # more than any total of scores.
            scores += np.abs(scores).sum() + 1.0
        costs[: len(self.candidates)] = scores
        _add_binaries(highs, self.lower, self.upper, costs)
        _add_rows(highs, rows)
        highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
        highs.run()
        return self._proposal(highs)

    def smallest_relaxation(self) -> tuple[str, ...]:
        """The fewest rule groups whose relaxation makes the rules hold together (elastic programme)."""
        groups = self.relaxable_groups
        highs = _highs()
        _add_binaries(highs, self.lower, self.upper, np.zeros(self.num_columns))
        group_column = {group: self.num_columns + offset for offset, group in enumerate(groups)}
        _add_binaries(highs, np.zeros(len(groups)), np.ones(len(groups)), np.ones(len(groups)))
        elastic_rows = []
        for row in self.rows:
            if row.group in HARD_GROUPS:
                elastic_rows.append(row)
                continue
            # A violation of this row is allowed only when its group's relax indicator is on,
            # by at most what the row could ever be violated by.
            positive = sum(v for v in row.values if v > 0)
            negative = sum(v for v in row.values if v < 0)
            columns, values = list(row.columns), list(row.values)
            columns.append(group_column[row.group])
            if row.lower > -np.inf:
                values.append(max(row.lower - negative, 0.0))
                elastic_rows.append(_Row(row.group, columns, values, row.lower, np.inf))
            if row.upper < np.inf:
                values = [*row.values, -max(positive - row.upper, 0.0)]
                elastic_rows.append(_Row(row.group, columns, values, -np.inf, row.upper))
        _add_rows(highs, elastic_rows)
        highs.changeObjectiveSense(highspy.ObjSense.kMinimize)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return tuple(groups)
        values = highs.getSolution().col_value
        return tuple(group for group in groups if values[group_column[group]] > 0.5)

    def _proposal(self, highs) -> Proposal:
        status = highs.getModelStatus()
        seconds = highs.getRunTime()
        if status == highspy.HighsModelStatus.kInfeasible:
            return Proposal(status=SolverStatus.INFEASIBLE, seconds=seconds)
        info = highs.getInfo()
        if status != highspy.HighsModelStatus.kOptimal and info.primal_solution_status != 2:
            return Proposal(
                status=SolverStatus.TIME_LIMIT
                if status == highspy.HighsModelStatus.kTimeLimit
                else SolverStatus.INFEASIBLE,
                seconds=seconds,
            )
        values = highs.getSolution().col_value
        n = len(self.candidates)
        chosen = [i for i in range(n) if values[i] > 0.5]
        funding = {
            self.candidates[index].key: source
            for offset, (index, source) in enumerate(self.funding_columns)
            if values[n + offset] > 0.5
        }
        for i in chosen:
            sources = funded_by(self.candidates[i], self.rules)
            if len(sources) == 1:
                funding[self.candidates[i].key] = sources[0]
        return Proposal(
            status=SolverStatus.OPTIMAL if status == highspy.HighsModelStatus.kOptimal else SolverStatus.TIME_LIMIT,
            selected=sorted(self.candidates[i].key for i in chosen),
            funding=funding,
            objective=sum(self.candidates[i].score for i in chosen),
            # Proven optimal with a zero gap tolerance: what HiGHS reports beyond 1e-9 is rounding.
            gap=info.mip_gap if info.mip_gap > 1e-9 else 0.0,
            seconds=seconds,
        )


def _highs():
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("mip_abs_gap", 1e-9)
    highs.setOptionValue("time_limit", SOLVE_SECONDS)
    highs.setOptionValue("random_seed", 0)
    return highs


def _add_binaries(highs, lower: np.ndarray, upper: np.ndarray, costs: np.ndarray) -> None:
    start = highs.getNumCol()
    count = len(costs)
    highs.addVars(count, lower.astype(np.float64), upper.astype(np.float64))
    columns = np.arange(start, start + count, dtype=np.int32)
    highs.changeColsIntegrality(count, columns, np.ones(count, dtype=np.uint8))
    highs.changeColsCost(count, columns, costs.astype(np.float64))


def _add_rows(highs, rows: list[_Row]) -> None:
    if not rows:
        return
    starts = np.cumsum([0] + [len(row.columns) for row in rows[:-1]]).astype(np.int32)
    indices = np.fromiter((c for row in rows for c in row.columns), dtype=np.int32)
    values = np.fromiter((v for row in rows for v in row.values), dtype=np.float64)
    lower = np.array([row.lower for row in rows], dtype=np.float64)
    upper = np.array([row.upper for row in rows], dtype=np.float64)
    highs.addRows(len(rows), lower, upper, len(indices), starts, indices, values)


def _contenders(candidates: Sequence[Candidate], rules: Rules) -> list[Candidate]:
    """The candidates an optimal selection may need; the rest are dominated, so the answer is the same.

    Candidates alike in everything a rule looks at (country, constituency, gender class, Global
    South, cost, sources) are interchangeable but for their score: a selection takes at most
    `limit` of them (the seats, the per-country and per-group caps), so only the `limit` best of
    each kind can be needed. Pinned candidates always stay; excluded ones never do.
    """
    limit = rules.seats
    if rules.max_per_country is not None:
        limit = min(limit, rules.max_per_country)
    kinds: dict[tuple, list[Candidate]] = defaultdict(list)
    # Pinned both ways stays in, held at zero, so that the conflict between the pins is reported;
    # it takes no place among its kind's best, since it can never be chosen.
    kept = [c for c in candidates if c.key in rules.must_exclude and c.key in rules.must_include]
    for candidate in candidates:
        if candidate.key in rules.must_exclude:
            continue
        gender = "woman" if candidate.gender == "woman" else ("stated" if candidate.gender in STATED_GENDERS else "")
        kind = (
            candidate.country,
            candidate.constituency,
            gender,
            candidate.global_south,
            candidate.scholarship_cost,
            tuple(funded_by(candidate, rules)),
            candidate.in_person,
        )
        kinds[kind].append(candidate)
    for kind, members in kinds.items():
        # Not capped by the seats in the room: relaxing that rule may need every one of them.
        cap = min(limit, rules.constituency_max.get(kind[1], limit))
        members.sort(key=lambda c: (-c.score, c.key))
        kept += members[:cap] + [c for c in members[cap:] if c.key in rules.must_include]
    return sorted(kept, key=lambda c: c.key)


def propose(candidates: Sequence[Candidate], rules: Rules) -> Proposal:
    """The best selection under the rules; when they cannot all hold, why, and what relaxing would give."""
    available = sum(c.key not in rules.must_exclude for c in candidates)
    model = _Model(_contenders(candidates, rules), rules, pool_size=available)
    proposal = model.solve()
    if proposal.status != SolverStatus.INFEASIBLE:
        proposal.waitlist = rank_waitlist(candidates, rules, proposal.selected, proposal.funding)
        return proposal
    conflicts = model.smallest_relaxation()
    proposal.conflicts = conflicts
    if conflicts:
        proposal.relaxations.append(Relaxation(conflicts, model.solve(without=frozenset(conflicts))))
        if len(conflicts) > 1:
            proposal.relaxations += [
                Relaxation((group,), model.solve(without=frozenset({group}))) for group in conflicts
            ]
    return proposal


def violated(selected: Sequence[Candidate], funding: Mapping[int, str], rules: Rules, pool_size: int) -> list[str]:
    """The rule groups a selection breaks: an independent check of any proposal (used by tests and repairs)."""
    broken = []
    chosen = {c.key for c in selected}
    if len(selected) != min(rules.seats, pool_size):  # pool_size: those not excluded
        broken.append("seats")
    spent: dict[str, float] = defaultdict(float)
    for candidate in selected:
        sources = funded_by(candidate, rules)
        if sources:
            if funding.get(candidate.key) not in sources:
                broken.append("funding")
            else:
                spent[funding[candidate.key]] += candidate.scholarship_cost
    broken += [f"budget:{s}" for s, total in spent.items() if total > rules.budgets[s] + 1e-6]
    if rules.min_global_south_share is not None and selected:
        south = sum(c.global_south for c in selected)
        if south < rules.min_global_south_share * len(selected) - 1e-9:
            broken.append("global_south")
    if rules.women_share is not None:
        stated = [c for c in selected if c.gender in STATED_GENDERS]
        women = sum(c.gender == "woman" for c in stated)
        low, high = rules.women_share
        if women < low * len(stated) - 1e-9:
            broken.append("women_min")
        if women > high * len(stated) + 1e-9:
            broken.append("women_max")
    counts: dict[str, int] = defaultdict(int)
    per_country: dict[str, int] = defaultdict(int)
    for candidate in selected:
        counts[candidate.constituency] += 1
        per_country[candidate.country] += 1
    broken += [f"constituency_min:{g}" for g, m in rules.constituency_min.items() if counts[g] < m]
    broken += [f"constituency_max:{g}" for g, m in rules.constituency_max.items() if counts[g] > m]
    if rules.max_per_country is not None and any(v > rules.max_per_country for v in per_country.values()):
        broken.append("max_per_country")
    if rules.room_seats is not None and sum(c.in_person for c in selected) > rules.room_seats:
        broken.append("room_seats")
    if not rules.must_include <= chosen:
        broken.append("must_include")
    if rules.must_exclude & chosen:
        broken.append("must_exclude")
    return sorted(set(broken))


class _Tally:
    """Running counts of a selection, so that whether one more person fits is known at once."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.chosen: dict[int, Candidate] = {}
        self.funding: dict[int, str] = {}
        self.left = dict(rules.budgets)
        self.per_country: dict[str, int] = defaultdict(int)
        self.per_group: dict[str, int] = defaultdict(int)
        self.south = self.stated = self.women = self.in_person = 0

    def add(self, candidate: Candidate, source: str) -> None:
        self._count(candidate, 1)
        self.chosen[candidate.key] = candidate
        if source:
            self.funding[candidate.key] = source
            self.left[source] -= candidate.scholarship_cost

    def remove(self, candidate: Candidate) -> str:
        """Take someone out; returns the source that paid for them ("" when none)."""
        self._count(candidate, -1)
        del self.chosen[candidate.key]
        source = self.funding.pop(candidate.key, "")
        if source:
            self.left[source] += candidate.scholarship_cost
        return source

    def _count(self, candidate: Candidate, step: int) -> None:
        self.per_country[candidate.country] += step
        self.per_group[candidate.constituency] += step
        self.south += step * candidate.global_south
        self.stated += step * (candidate.gender in STATED_GENDERS)
        self.women += step * (candidate.gender == "woman")
        self.in_person += step * candidate.in_person

    def room_for(self, candidate: Candidate) -> str | None:
        """The source that would pay (or "" when none is needed), or None when a cap or budget forbids."""
        rules = self.rules
        if candidate.key in rules.must_exclude:
            return None
        if rules.max_per_country is not None and self.per_country[candidate.country] >= rules.max_per_country:
            return None
        cap = rules.constituency_max.get(candidate.constituency)
        if cap is not None and self.per_group[candidate.constituency] >= cap:
            return None
        if candidate.in_person and rules.room_seats is not None and self.in_person >= rules.room_seats:
            return None
        sources = funded_by(candidate, rules)
        if not sources:
            return ""
        affordable = [s for s in sources if self.left[s] >= candidate.scholarship_cost - TOLERANCE]
        return max(affordable, key=lambda s: (self.left[s], s)) if affordable else None

    def shares_hold_with(self, candidate: Candidate) -> bool:
        """Whether the Global South share and the band of women still hold with this person added."""
        rules = self.rules
        size = len(self.chosen) + 1
        share = rules.min_global_south_share
        if share is not None and self.south + candidate.global_south < share * size - TOLERANCE:
            return False
        if rules.women_share is not None:
            low, high = rules.women_share
            stated = self.stated + (candidate.gender in STATED_GENDERS)
            women = self.women + (candidate.gender == "woman")
            if not low * stated - TOLERANCE <= women <= high * stated + TOLERANCE:
                return False
        return True


def rank_waitlist(
    candidates: Sequence[Candidate], rules: Rules, selected: Sequence[int], funding: Mapping[int, str]
) -> list[int]:
    """Everyone not selected nor excluded, in the order the optimiser would fill one more seat at a time.

    With the selection (and those ranked before) held, the best choice for one extra seat is the
    highest score whose coming keeps every rule: shares, band, caps and what is left of the
    budgets. When nobody can come in on those terms, the rest follow by score: they could only
    replace someone, and promotion checks that against the seat holders of the day.
    """
    tally = _Tally(rules)
    by_key = {c.key: c for c in candidates}
    for key in selected:
        tally.add(by_key[key], funding.get(key, ""))
    waiting = [
        c
        for c in sorted(candidates, key=lambda c: (-c.score, c.key))
        if c.key not in tally.chosen and c.key not in rules.must_exclude
    ]
    ranked: list[int] = []
    while waiting:
        for position, candidate in enumerate(waiting):
            source = tally.room_for(candidate)
            if source is not None and tally.shares_hold_with(candidate):
                tally.add(candidate, source)
                ranked.append(candidate.key)
                del waiting[position]
                break
        else:
            ranked += [c.key for c in waiting]
            break
    return ranked


def greedy(candidates: Sequence[Candidate], rules: Rules) -> Proposal:
    """The baseline to beat: take by score while the caps allow, then swap to repair the minimums.

    What a spreadsheet does by hand: pins first, then the best who fit under the caps and budgets;
    then, while a minimum (a share, the band of women, a group's minimum) is unmet, the weakest
    selected person who does not help makes way for the best unselected one who does, provided the
    swap breaks nothing that held. It may miss the optimum, or stop with a rule still broken.
    """
    pool = [c for c in sorted(candidates, key=lambda c: (-c.score, c.key)) if c.key not in rules.must_exclude]
    target = min(rules.seats, len(pool))
    tally = _Tally(rules)
    for candidate in pool:
        if candidate.key in rules.must_include and (source := tally.room_for(candidate)) is not None:
            tally.add(candidate, source)
    for candidate in pool:
        if len(tally.chosen) >= target:
            break
        if candidate.key not in tally.chosen and (source := tally.room_for(candidate)) is not None:
            tally.add(candidate, source)

    helps = {
        "global_south": lambda c: c.global_south,
        "women_min": lambda c: c.gender == "woman",
        "women_max": lambda c: c.gender in STATED_GENDERS and c.gender != "woman",
        **{f"constituency_min:{g}": (lambda c, g=g: c.constituency == g) for g in rules.constituency_min},
    }

    def broken() -> set[str]:
        return set(violated(list(tally.chosen.values()), tally.funding, rules, len(pool)))

    for _round in range(target):
        before = broken()
        repairable = sorted(g for g in before if g in helps)
        if not repairable or not _swap_one(tally, pool, rules, helps[repairable[0]], before, broken):
            break
    selected = sorted(tally.chosen.values(), key=lambda c: c.key)
    return Proposal(
        status=SolverStatus.GREEDY,
        selected=[c.key for c in selected],
        funding=dict(tally.funding),
        objective=sum(c.score for c in selected),
    )


def _swap_one(tally: _Tally, pool: list[Candidate], rules: Rules, helper, before: set[str], broken) -> bool:
    """Swap the weakest selected non-helper for the best unselected helper that fits; False if none does."""
    outgoing = [c for c in tally.chosen.values() if not helper(c) and c.key not in rules.must_include]
    incoming = [c for c in pool if c.key not in tally.chosen and helper(c)]
    # The few weakest are where a person with a spreadsheet looks; beyond them the repair gives up.
    for leaving in sorted(outgoing, key=lambda c: (c.score, c.key))[:SWAP_TRIES]:
        source_out = tally.remove(leaving)
        for coming in incoming:
            source = tally.room_for(coming)
            if source is None:
                continue
            tally.add(coming, source)
            if broken() <= before:  # the helper improves the rule it helps, and nothing else breaks
                return True
            tally.remove(coming)
        tally.add(leaving, source_out)
    return False
