"""Who reviews which application: every application gets its reviews, loads stay level, no conflicts.

Pure (no Django). A transportation problem solved as a linear programme with HiGHS: its constraint
matrix is totally unimodular, so the simplex's vertex solution is whole (each pair 0 or 1). Loads
are first held to floor/ceil of the average (differing by at most one); when conflicts of interest
make that impossible, the band widens one step at a time until it holds.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import highspy
import numpy as np


@dataclass(frozen=True)
class Applicant:
    key: int
    organisation: str = ""
    country: str = ""


@dataclass(frozen=True)
class Reviewer:
    key: int
    organisation: str = ""
    country: str = ""


@dataclass
class Assignment:
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (application, reviewer), new ones only
    loads: dict[int, int] = field(default_factory=dict)  # reviewer -> reviews, existing ones included
    short: dict[int, int] = field(default_factory=dict)  # application -> reviews it could not get


def conflicted(applicant: Applicant, reviewer: Reviewer, *, same_organisation: bool, same_country: bool) -> bool:
    """Whether this reviewer must not review this applicant under the edition's rules."""
    if (
        same_organisation
        and applicant.organisation
        and applicant.organisation.casefold() == reviewer.organisation.casefold()
    ):
        return True
    return bool(same_country and applicant.country and applicant.country == reviewer.country)


def assign_reviews(
    applicants: Sequence[Applicant],
    reviewers: Sequence[Reviewer],
    *,
    reviews_each: int,
    avoid_same_organisation: bool = True,
    avoid_same_country: bool = False,
    existing: Iterable[tuple[int, int]] = (),
    seed: int = 0,
) -> Assignment:
    """New (application, reviewer) pairs so each application has `reviews_each` reviews in all.

    Existing pairs (earlier runs, or made by hand) are kept and counted. Ties between equally good
    assignments are broken at random with `seed`, so no reviewer always gets the first applications.
    """
    existing = set(existing)
    have: dict[int, int] = {}
    loads = {r.key: 0 for r in reviewers}
    for application, reviewer in existing:
        have[application] = have.get(application, 0) + 1
        if reviewer in loads:
            loads[reviewer] += 1
    allowed: list[tuple[int, int]] = []  # (applicant index, reviewer index)
    need: list[int] = []
    for a, applicant in enumerate(applicants):
        options = [
            r
            for r, reviewer in enumerate(reviewers)
            if (applicant.key, reviewer.key) not in existing
            and not conflicted(
                applicant, reviewer, same_organisation=avoid_same_organisation, same_country=avoid_same_country
            )
        ]
        wanted = max(reviews_each - have.get(applicant.key, 0), 0)
        need.append(min(wanted, len(options)))
        allowed += [(a, r) for r in options]
    result = Assignment(
        short={
            applicants[a].key: max(reviews_each - have.get(applicants[a].key, 0), 0) - need[a]
            for a in range(len(applicants))
            if max(reviews_each - have.get(applicants[a].key, 0), 0) > need[a]
        }
    )
    total = sum(loads.values()) + sum(need)
    if not allowed or not reviewers or sum(need) == 0:
        result.loads = loads
        return result
    average = total / len(reviewers)
    for widening in range(total + 1):
        low, high = max(math.floor(average) - widening, 0), math.ceil(average) + widening
        chosen = _solve(allowed, need, [loads[r.key] for r in reviewers], low, high, len(applicants), seed)
        if chosen is not None:
            break
    for a, r in chosen:
        result.pairs.append((applicants[a].key, reviewers[r].key))
        loads[reviewers[r].key] += 1
    result.pairs.sort()
    result.loads = loads
    return result


def _solve(allowed, need, base_loads, low, high, num_applicants, seed) -> list[tuple[int, int]] | None:
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("solver", "simplex")  # a vertex solution: whole numbers on this matrix
    costs = np.random.default_rng(seed).random(len(allowed))
    highs.addVars(len(allowed), np.zeros(len(allowed)), np.ones(len(allowed)))
    highs.changeColsCost(len(allowed), np.arange(len(allowed), dtype=np.int32), costs)
    by_applicant: list[list[int]] = [[] for _ in range(num_applicants)]
    by_reviewer: list[list[int]] = [[] for _ in base_loads]
    for column, (a, r) in enumerate(allowed):
        by_applicant[a].append(column)
        by_reviewer[r].append(column)
    rows = [(columns, need[a], need[a]) for a, columns in enumerate(by_applicant)]
    rows += [(columns, low - base, high - base) for columns, base in zip(by_reviewer, base_loads, strict=True)]
    starts = np.cumsum([0] + [len(c) for c, _, _ in rows[:-1]]).astype(np.int32)
    indices = np.fromiter((i for c, _, _ in rows for i in c), dtype=np.int32)
    highs.addRows(
        len(rows),
        np.array([lo for _, lo, _ in rows], dtype=np.float64),
        np.array([hi for _, _, hi in rows], dtype=np.float64),
        len(indices),
        starts,
        indices,
        np.ones(len(indices)),
    )
    highs.run()
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    values = highs.getSolution().col_value
    return [pair for pair, value in zip(allowed, values, strict=True) if value > 0.5]
