"""The one search of the Collective Brain: ranked results and facet counts, for what the viewer may see."""

import threading
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from django.db import connections

from academy.brain.models import SearchDocument, SearchIndexState, Visibility
from academy.brain.search import backends
from academy.brain.search.facets import FacetTable, IndexedRow
from academy.brain.search.text import parse_query

DIMENSIONS = ("type", "language", "topic", "country", "region", "constituency", "edition", "sdg")
PER_PAGE = 20
# What a results page shows of each hit.
SHOWN_FIELDS = ("kind", "object_id", "language", "title", "summary")
# Up to this many results every one is scored (BM25 costs about 2 µs a document in FTS5); beyond
# it, documents with every word in their title come first, shortest title first, then the rest,
# newest first. People refine such a search with a facet long before they reach its end.
SCORED_AT_MOST = 2_000

_tables: dict[str, tuple[str, FacetTable]] = {}
_loading = threading.Lock()


def facet_table(alias: str = "default") -> FacetTable:
    """The facets of every document as of the index's current state (reloaded when it changed)."""
    token = SearchIndexState.objects.using(alias).values_list("token", flat=True).first() or ""
    cached = _tables.get(alias)
    if cached is not None and cached[0] == token:
        return cached[1]
    with _loading:
        rows = SearchDocument.objects.using(alias).values_list("id", "audience", "title_length", "facets")
        rows = rows.iterator(chunk_size=10_000)
        table = FacetTable(IndexedRow(*row) for row in rows)
        _tables[alias] = (token, table)
    return table


@dataclass(frozen=True)
class Results:
    total: int
    page: int
    hits: list[SearchDocument]
    facets: dict[str, dict[str, int]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))


def _newest_first(ids: np.ndarray) -> np.ndarray:
    return np.sort(ids)[::-1]


def _title_first(backend, cursor, table: FacetTable, parsed, candidates: np.ndarray) -> np.ndarray:
    """Too many results to score each: those with every word in the title, shortest title first
    (what BM25's length normalisation gives one occurrence), then the others, newest first."""
    in_title = np.intersect1d(backend.title_matches(cursor, parsed), candidates, assume_unique=True)
    lengths = table.title_lengths[table.positions(in_title)[0]]
    first = in_title[np.lexsort((-in_title, lengths))]
    rest = _newest_first(np.setdiff1d(candidates, in_title, assume_unique=True))
    return np.concatenate([first, rest])


def search(
    query: str, *, clearance: int, filters: Mapping[str, str] | None = None, page: int = 1, alias: str = "default"
) -> Results:
    """Documents matching every word of `query` (all documents if it has none) that the viewer's
    clearance lets them see and that pass the facet filters, best first, with the facet counts."""
    filters = {dimension: value for dimension, value in (filters or {}).items() if dimension in DIMENSIONS and value}
    table = facet_table(alias)
    parsed = parse_query(query)
    connection = connections[alias]
    backend = backends.BACKENDS[connection.vendor]
    with connection.cursor() as cursor:
        positions = table.positions(backend.matching(cursor, parsed))[0] if parsed else np.arange(len(table))
        matched = len(positions)
        positions = positions[table.visible(positions, clearance)]
        passing, counts = table.filtered_counts(positions, filters)
        candidates = table.ids[positions[passing]]

        page = max(1, page)
        first, wanted = (page - 1) * PER_PAGE, page * PER_PAGE
        if first >= len(candidates):
            ordered = []
        elif not parsed:
            ordered = _newest_first(candidates)[first:wanted]
        elif matched <= SCORED_AT_MOST:
            # Few matches at all: score every one, then keep those that pass the filters.
            best = backend.best(cursor, parsed, candidates=candidates, hidden=[], filters={}, limit=matched)
            passed = set(candidates.tolist())
            ordered = [document_id for document_id in best if document_id in passed][first:wanted]
        elif len(candidates) <= SCORED_AT_MOST:
            hidden = [level for level in Visibility.values if level > clearance]
            best = backend.best(cursor, parsed, candidates=candidates, hidden=hidden, filters=filters, limit=wanted)
            ordered = best[first:wanted]
        else:
            ordered = _title_first(backend, cursor, table, parsed, candidates)[first:wanted]
    ordered = [int(document_id) for document_id in ordered]
    found = SearchDocument.objects.using(alias).only(*SHOWN_FIELDS).in_bulk(ordered)
    return Results(
        total=len(candidates),
        page=page,
        hits=[found[document_id] for document_id in ordered if document_id in found],
        facets=counts,
    )
