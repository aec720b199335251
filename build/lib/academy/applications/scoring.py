"""From reviewers' scores to one comparable score per application.

Pure (no Django). Each review's weighted total is scaled to 0-1; then each reviewer's totals are
turned into z-scores (how far above or below that reviewer's own average, in their own spread), so a
harsh and a lenient reviewer weigh the same. An application's normalised score is the mean of its
reviews' z-scores. Strong disagreement is flagged for the committee to look at.
"""

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Two reviews more than this far apart (on the 0-1 scale) are a disagreement worth a look.
DISAGREEMENT = 0.4


@dataclass(frozen=True)
class Criterion:
    key: int
    weight: float
    scale_max: int


@dataclass(frozen=True)
class Review:
    application: int
    reviewer: int
    scores: Mapping[int, int]  # criterion key -> score from 0 to its scale_max


@dataclass(frozen=True)
class Scored:
    application: int
    raw: float  # mean weighted total, 0-1
    normalised: float  # mean of the reviewers' z-scores
    spread: float  # highest minus lowest weighted total, 0-1
    reviews: int
    disagreement: bool


def weighted_total(scores: Mapping[int, int], criteria: Sequence[Criterion]) -> float:
    """A review's weighted score, 0 (lowest on every criterion) to 1 (highest on every one)."""
    weight = sum(c.weight for c in criteria)
    if not weight:
        return 0.0
    return sum(c.weight * scores.get(c.key, 0) / c.scale_max for c in criteria) / weight


def normalise(reviews: Sequence[Review], criteria: Sequence[Criterion]) -> dict[int, Scored]:
    totals = {(r.application, r.reviewer): weighted_total(r.scores, criteria) for r in reviews}
    by_reviewer: dict[int, list[float]] = defaultdict(list)
    for (_application, reviewer), total in totals.items():
        by_reviewer[reviewer].append(total)
    centre = {reviewer: statistics.fmean(values) for reviewer, values in by_reviewer.items()}
    spread = {reviewer: statistics.pstdev(values) for reviewer, values in by_reviewer.items()}
    by_application: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for (application, reviewer), total in totals.items():
        # A reviewer with a single review, or who gave everyone the same, says nothing relative.
        z = (total - centre[reviewer]) / spread[reviewer] if spread[reviewer] > 0 else 0.0
        by_application[application].append((total, z))
    return {
        application: Scored(
            application=application,
            raw=statistics.fmean(total for total, _ in pairs),
            normalised=statistics.fmean(z for _, z in pairs),
            spread=max(t for t, _ in pairs) - min(t for t, _ in pairs),
            reviews=len(pairs),
            disagreement=max(t for t, _ in pairs) - min(t for t, _ in pairs) > DISAGREEMENT,
        )
        for application, pairs in by_application.items()
    }
