"""The figures of the reports, without a database: plain facts in, tables out.

A `Table` is what a chart draws, what a page shows beside it and what a spreadsheet holds: one
header and rows whose first cell names the row. Services gather the facts; this module counts.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Chart(StrEnum):
    BARS = "bars"  # one bar per row and value column, side by side
    STACKED = "stacked"  # the value columns stacked in one bar per row
    LINE = "line"  # one line per value column, rows along the x axis
    NONE = "none"  # a list, shown as a table only


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple, ...]
    chart: Chart = Chart.BARS
    # The columns the chart draws (by index into the header); the first column labels the rows.
    plotted: tuple[int, ...] = field(default=())

    @property
    def series(self) -> tuple[int, ...]:
        return self.plotted or tuple(range(1, len(self.header)))

    @property
    def is_empty(self) -> bool:
        return not self.rows

    @property
    def has_chart(self) -> bool:
        return self.chart != Chart.NONE

    def as_rows(self) -> list[list]:
        return [list(self.header), *[list(row) for row in self.rows]]


# The funnel ---------------------------------------------------------------------------------------

STAGES = ("applied", "reviewed", "selected", "confirmed", "attended", "certified")


@dataclass(frozen=True)
class PersonFacts:
    """What the breakdowns of the funnel need to know of a person (all derived from their profile)."""

    country: str
    region: str
    gender: str
    constituency: str
    global_south: bool


def funnel(stages: Mapping[str, set[int]]) -> list[int]:
    """How many people reached each stage, in the order of STAGES."""
    return [len(stages.get(stage, set())) for stage in STAGES]


def unrecorded(counts: list[int]) -> list[bool]:
    """Which stages of a funnel were never recorded: none counted, yet people reached a later stage (a past
    edition loaded from its archives has its participants and certificates, not its applications)."""
    return [count == 0 and any(later > 0 for later in counts[index + 1 :]) for index, count in enumerate(counts)]


def funnel_by(
    stages: Mapping[str, set[int]],
    people: Mapping[int, PersonFacts],
    key: Callable[[PersonFacts], str],
    label: Callable[[str], str] = str,
) -> list[tuple[str, list[int]]]:
    """The funnel per value of `key` (a region, a gender...), each value named once by `label`: most
    applicants first, then by name."""
    value_of = {person: key(facts) for person, facts in people.items()}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(STAGES))
    for index, stage in enumerate(STAGES):
        for person in stages.get(stage, set()):
            counts[value_of[person]][index] += 1
    named = [(label(value), row) for value, row in counts.items()]
    return sorted(named, key=lambda item: ([-count for count in item[1]], item[0]))


# Across editions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Taking:
    """One person taking part in one edition."""

    person: int
    edition: int
    year: int
    country: str
    region: str


def new_countries_by_year(takings: Iterable[Taking]) -> list[tuple[int, int, int]]:
    """(year, countries reached for the first time that year, countries reached so far) for each year."""
    first_seen: dict[str, int] = {}
    for taking in takings:
        if taking.country and taking.year < first_seen.get(taking.country, 10_000):
            first_seen[taking.country] = taking.year
    years = sorted({taking.year for taking in takings})
    new = Counter(first_seen.values())
    rows, total = [], 0
    for year in years:
        total += new[year]
        rows.append((year, new[year], total))
    return rows


def countries_by_region(takings: Iterable[Taking]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for taking in takings:
        if taking.country:
            found[taking.region].add(taking.country)
    return dict(found)


def repeat_participants(takings: Iterable[Taking]) -> dict[int, int]:
    """How many people took part in exactly n editions, for each n."""
    editions: dict[int, set[int]] = defaultdict(set)
    for taking in takings:
        editions[taking.person].add(taking.edition)
    return dict(sorted(Counter(len(taken) for taken in editions.values()).items()))


def participants_by_edition_and_region(takings: Iterable[Taking], regions: list[str]) -> dict[int, list[int]]:
    """Per edition, participants from each of `regions` (in that order)."""
    by_edition: dict[int, list[int]] = {}
    for taking in takings:
        row = by_edition.setdefault(taking.edition, [0] * len(regions))
        row[regions.index(taking.region)] += 1
    return by_edition


def share(part: int, whole: int) -> int:
    """A whole per cent, rounded down (a report never rounds up to a goal)."""
    return 100 * part // whole if whole else 0
