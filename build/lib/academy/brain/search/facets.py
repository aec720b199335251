"""Facet counts and filters over the search index, held in memory as arrays (pure: numpy, no Django).

A full-text match can hold tens of thousands of documents; counting their facets with SQL joins
costs a b-tree look-up per document and facet, so the facets of every document are kept as one
integer matrix (a row per document, a column per facet value it has, padded) and counted with
`bincount`. The table is rebuilt from the database whenever the index changes (see `engine`).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class IndexedRow:
    id: int
    audience: int
    title_length: int
    facets: str


def _packed(rows: np.ndarray) -> np.ndarray:
    """Boolean rows as bits in 64-bit words (padded to whole words)."""
    packed = np.packbits(rows, axis=1, bitorder="little")
    padding = -packed.shape[1] % 8
    if padding:
        packed = np.pad(packed, ((0, 0), (0, padding)))
    return packed.view(np.uint64)


class FacetTable:
    def __init__(self, rows: Iterable[IndexedRow]) -> None:
        ids: list[int] = []
        audiences: list[int] = []
        title_lengths: list[int] = []
        entries: list[list[int]] = []
        self.vocabulary: dict[str, int] = {}
        for row in rows:
            ids.append(row.id)
            audiences.append(row.audience)
            title_lengths.append(row.title_length)
            entries.append([self.vocabulary.setdefault(value, len(self.vocabulary)) for value in row.facets.split()])
        order = np.argsort(np.asarray(ids, dtype=np.int64), kind="stable")
        self.ids = np.asarray(ids, dtype=np.int64)[order]
        self.audiences = np.asarray(audiences, dtype=np.int8)[order]
        self.title_lengths = np.asarray(title_lengths, dtype=np.int16)[order]
        self.padding = len(self.vocabulary)
        width = max((len(entry) for entry in entries), default=1)
        matrix = np.full((len(entries), width), self.padding, dtype=np.int32)
        for row_number, entry in enumerate(entries):
            matrix[row_number, : len(entry)] = entry
        self.matrix = matrix[order]
        self.names = list(self.vocabulary)
        # Row of each document id, -1 where there is none: a look-up instead of a binary search.
        self.row_of = np.full(int(self.ids[-1]) + 2 if len(self.ids) else 1, -1, dtype=np.int64)
        self.row_of[self.ids] = np.arange(len(self.ids))
        # Every value's documents as a bit set (a row of 64-bit words per value): counting a large
        # match is then an AND and a population count per value, whatever its size.
        members = np.zeros((self.padding + 1, len(self.ids)), dtype=bool)
        members[matrix[order], np.arange(len(self.ids))[:, None]] = True
        self.bits = _packed(members[: self.padding])
        self._rows_having: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the given document ids, and which of the ids the table holds (the others are dropped)."""
        found = self.row_of[np.clip(ids, 0, len(self.row_of) - 1)]
        keep = (found >= 0) & (ids < len(self.row_of))
        return found[keep], keep

    def visible(self, positions: np.ndarray, clearance: int) -> np.ndarray:
        return self.audiences[positions] <= clearance

    def having(self, positions: np.ndarray, value: str) -> np.ndarray:
        """Which of the rows have the facet value ("topic:7")."""
        index = self.vocabulary.get(value)
        if index is None:
            return np.zeros(len(positions), dtype=bool)
        if index not in self._rows_having:
            self._rows_having[index] = (self.matrix == index).any(axis=1)
        return self._rows_having[index][positions]

    def counts(self, positions: np.ndarray, dimension: str | None = None) -> dict[str, dict[str, int]]:
        """Documents per facet value among the rows, by dimension (only `dimension` if given)."""
        if len(positions) * self.matrix.shape[1] < self.bits.size:
            tally = np.bincount(self.matrix[positions].ravel(), minlength=self.padding + 1)[: self.padding]
        else:
            chosen = np.zeros(len(self.ids), dtype=bool)
            chosen[positions] = True
            tally = np.bitwise_count(self.bits & _packed(chosen[None, :])).sum(axis=1)
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
