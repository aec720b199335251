"""Full-text matching in each database's own engine, behind the same three calls.

`matching` gives every document matching the query (for facets and counts), `best` the
best-scored of the candidates that passed the filters (BM25 in SQLite's FTS5, `ts_rank` in
PostgreSQL, title terms weighted above body terms), `title_matches` those with every word in the
title. Facets, visibility and paging are the engine's, the same for both.
"""

from collections.abc import Mapping

import numpy as np

from academy.brain.search.text import Query

# Title terms count four times body terms in SQLite's BM25; PostgreSQL weighs them A and B.
TITLE_WEIGHT = 4.0


def _ids(text: str | None) -> np.ndarray:
    """Ids the database joined with commas (far faster to fetch than one row per document)."""
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


class SQLite:
    """FTS5: terms, and facets such as "topic:7" as tokens of their own column (see migration 0002)."""

    @staticmethod
    def _terms(query: Query, column: str = "") -> str:
        # Terms are \w+ words; quoted, each is a plain string whatever it spells (AND, NEAR...).
        prefix = f"{{{column}}}: " if column else ""
        return " AND ".join(
            prefix + "(" + " OR ".join(_quoted(term) for term in sorted(group)) + ")" for group in query.groups
        )

    def _ids(self, cursor, expression: str) -> np.ndarray:
        cursor.execute("SELECT group_concat(rowid) FROM brain_search_fts WHERE brain_search_fts MATCH %s", [expression])
        return _ids(cursor.fetchone()[0])

    def matching(self, cursor, query: Query) -> np.ndarray:
        return self._ids(cursor, self._terms(query))

    def title_matches(self, cursor, query: Query) -> np.ndarray:
        return self._ids(cursor, self._terms(query, "title_terms"))

    def best(
        self, cursor, query: Query, *, candidates: np.ndarray, hidden: list[int], filters: Mapping[str, str], limit: int
    ) -> list[int]:
        # Filters and hidden audiences go into the match, so that BM25 scores only what passes them
        # (the engine leaves them out when so few documents match that scoring them all is cheaper).
        expression = f"({self._terms(query)})"
        for dimension, value in filters.items():
            expression += f" AND {{facets}}: {_quoted(f'{dimension}:{value}')}"
        if hidden:
            expression += " NOT {facets}: (" + " OR ".join(_quoted(f"audience:{level}") for level in hidden) + ")"
        cursor.execute(
            "SELECT rowid FROM brain_search_fts WHERE brain_search_fts MATCH %s "
            "ORDER BY bm25(brain_search_fts, %s, 1.0, 0.0), rowid DESC LIMIT %s",
            [expression, TITLE_WEIGHT, limit],
        )
        return [row[0] for row in cursor.fetchall()]


class PostgreSQL:
    """A tsvector of title terms (weight A) and body terms (weight B), and one of title terms alone,
    each searched with a GIN index."""

    @staticmethod
    def _terms(query: Query) -> str:
        return " & ".join("(" + " | ".join(f"'{term}'" for term in sorted(group)) + ")" for group in query.groups)

    def _ids(self, cursor, column: str, query: Query) -> np.ndarray:
        # The column is one of two names written here, never input.
        cursor.execute(
            f"SELECT string_agg(id::text, ',') FROM brain_searchdocument WHERE {column} @@ to_tsquery('simple', %s)",  # noqa: S608
            [self._terms(query)],
        )
        return _ids(cursor.fetchone()[0])

    def matching(self, cursor, query: Query) -> np.ndarray:
        return self._ids(cursor, "vector", query)

    def title_matches(self, cursor, query: Query) -> np.ndarray:
        return self._ids(cursor, "title_vector", query)

    def best(
        self, cursor, query: Query, *, candidates: np.ndarray, hidden: list[int], filters: Mapping[str, str], limit: int
    ) -> list[int]:
        # The candidates passed the filters and visibility already.
        cursor.execute(
            "SELECT id FROM brain_searchdocument, to_tsquery('simple', %s) AS query "
            "WHERE id = ANY(%s) ORDER BY ts_rank(vector, query) DESC, id DESC LIMIT %s",
            [self._terms(query), [int(candidate) for candidate in candidates], limit],
        )
        return [row[0] for row in cursor.fetchall()]


BACKENDS = {"sqlite": SQLite(), "postgresql": PostgreSQL()}
