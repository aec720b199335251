"""The one search of the Collective Brain: ranked results and facet counts, for what the viewer may see."""

import threading
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from django.db import connections

from academy.brain.models import SearchDocument, SearchIndexState
from academy.brain.search import backends
from academy.brain.search.facets import FacetTable, IndexedRow
from academy.brain.search.text import parse_query

DIMENSIONS = ("type", "language", "topic", "country", "region", "constituency", "edition", "sdg")
PER_PAGE = 20

_tables: dict[str, tuple[str, FacetTable]] = {}
_loading = threading.Lock()


def facet_table(alias: str = "default") -> FacetTable:
    """The facets of every document as of the index's current state (reloaded when it changed)."""
    token = SearchIndexState.objects.using(alias).values_list("token", flat=True).first() or ""
    cached = _tables.get(alias)
    if cached is not None and cached[0] == token:
        return cached[1]
    with _loading:
        rows = SearchDocument.objects.using(alias).values_list("id", "kind", "audience", "facets").iterator(10_000)
        table = FacetTable(IndexedRow(*row) for row in rows)
        _tables[alias] = (token, table)
    return table


@dataclass(frozen=True)
class Results:
    query: str
    total: int
    page: int
    hits: list[SearchDocument]
    facets: dict[str, dict[str, int]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))


def search(
    query: str, *, clearance: int, filters: Mapping[str, str] | None = None, page: int = 1, alias: str = "default"
) -> Results:
    """Documents matching every word of `query` (all documents if it has none) that the viewer's
    clearance lets them see and that pass the facet filters, best first, with the facet counts."""
    filters = {dimension: value for dimension, value in (filters or {}).items() if dimension in DIMENSIONS and value}
    table = facet_table(alias)
    parsed = parse_query(query)
    if parsed:
        ids, scores = backends.matches(connections[alias], parsed)
        positions, known = table.positions(ids)
        scores = scores[known]
    else:
        # Nothing to match: browse everything, newest first.
        positions = np.arange(len(table))
        scores = table.ids.astype(np.float64)
    visible = table.visible(positions, clearance)
    positions, scores = positions[visible], scores[visible]
    passing, counts = table.filtered_counts(positions, filters)
    positions, scores = positions[passing], scores[passing]

    page = max(1, page)
    wanted = min(len(positions), page * PER_PAGE)
    if wanted:
        # Only the first pages are sorted: a partition finds the score they reach, then everything
        # scoring at least that (ties included, so pages agree) is ordered, ties newest first.
        threshold = scores[np.argpartition(-scores, wanted - 1)[wanted - 1]]
        candidates = np.flatnonzero(scores >= threshold)
        ids = table.ids[positions[candidates]]
        ordered = ids[np.lexsort((-ids, -scores[candidates]))][(page - 1) * PER_PAGE : wanted]
    else:
        ordered = np.empty(0, dtype=np.int64)
    found = SearchDocument.objects.using(alias).defer("title_terms", "body_terms").in_bulk([int(i) for i in ordered])
    return Results(
        query=query,
        total=len(positions),
        page=page,
        hits=[found[int(i)] for i in ordered if int(i) in found],
        facets=counts,
    )
