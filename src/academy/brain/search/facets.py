"""Facet counts and filters over the search index, held in memory as arrays (pure: numpy, no Django).

A full-text match can hold tens of thousands of documents; counting their facets with SQL joins
costs a b-tree look-up per document and facet, so the facets of every document are kept as one
integer matrix (a row per document, a column per facet value it has, padded) and counted with
`bincount`. The table is rebuilt from the database whenever the index changes (see `engine`).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

TYPE = "type"


@dataclass(frozen=True)
class IndexedRow:
    id: int
    kind: str
    audience: int
    facets: str


class FacetTable:
    def __init__(self, rows: Iterable[IndexedRow]) -> None:
        ids: list[int] = []
        audiences: list[int] = []
        entries: list[list[int]] = []
        self.vocabulary: dict[str, int] = {}
        for row in rows:
            ids.append(row.id)
            audiences.append(row.audience)
            values = [f"{TYPE}:{row.kind}", *row.facets.split()]
            entries.append([self.vocabulary.setdefault(value, len(self.vocabulary)) for value in values])
        order = np.argsort(np.asarray(ids, dtype=np.int64), kind="stable")
        self.ids = np.asarray(ids, dtype=np.int64)[order]
        self.audiences = np.asarray(audiences, dtype=np.int8)[order]
        self.padding = len(self.vocabulary)
        width = max((len(entry) for entry in entries), default=1)
        matrix = np.full((len(entries), width), self.padding, dtype=np.int32)
        for row_number, entry in enumerate(entries):
            matrix[row_number, : len(entry)] = entry
        self.matrix = matrix[order]
        self.names = list(self.vocabulary)

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the given document ids, and which of the ids the table holds (the others are dropped)."""
        found = np.searchsorted(self.ids, ids)
        found = np.minimum(found, max(len(self.ids) - 1, 0))
        keep = (self.ids[found] == ids) if len(self.ids) else np.zeros(len(ids), dtype=bool)
        return found[keep], keep

    def visible(self, positions: np.ndarray, clearance: int) -> np.ndarray:
        return self.audiences[positions] <= clearance

    def having(self, positions: np.ndarray, value: str) -> np.ndarray:
        """Which of the rows have the facet value ("topic:7")."""
        index = self.vocabulary.get(value)
        if index is None:
            return np.zeros(len(positions), dtype=bool)
        return (self.matrix[positions] == index).any(axis=1)

    def counts(self, positions: np.ndarray, dimension: str | None = None) -> dict[str, dict[str, int]]:
        """Documents per facet value among the rows, by dimension (only `dimension` if given)."""
        tally = np.bincount(self.matrix[positions].ravel(), minlength=self.padding + 1)[: self.padding]
        result: dict[str, dict[str, int]] = {}
        for index in np.flatnonzero(tally):
            name, _colon, value = self.names[index].partition(":")
            if dimension is None or name == dimension:
                result.setdefault(name, {})[value] = int(tally[index])
        return result

    def filtered_counts(
        self, positions: np.ndarray, filters: Mapping[str, str]
    ) -> tuple[np.ndarray, dict[str, dict[str, int]]]:
        """Which rows pass every filter (a mask), and the facet counts a page shows beside them.

        A dimension someone filtered on is counted as if that one filter were off, so its other
        values stay on the page with what choosing them would give (one value per dimension).
        """
        masks = {dimension: self.having(positions, f"{dimension}:{value}") for dimension, value in filters.items()}
        passing = np.ones(len(positions), dtype=bool)
        for mask in masks.values():
            passing &= mask
        counts = self.counts(positions[passing])
        for dimension in masks:
            others = np.ones(len(positions), dtype=bool)
            for other, mask in masks.items():
                if other != dimension:
                    others &= mask
            counts.update(self.counts(positions[others], dimension) or {dimension: {}})
        return passing, counts
