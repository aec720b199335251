"""Full-text matching in each database's own engine, behind one call: `matches(connection, query)`.

Both return every matching document id with a relevance score (higher is better); facets,
visibility and paging are the engine's, the same for both.
"""

import numpy as np

from academy.brain.search.text import Query

# Title terms count four times body terms in SQLite's BM25; PostgreSQL weighs them A and B.
TITLE_WEIGHT = 4.0


def _sqlite_expression(query: Query) -> str:
    # Terms are \w+ words, so double quotes make each a plain string whatever it spells (AND, NEAR...).
    return " AND ".join("(" + " OR ".join(f'"{term}"' for term in sorted(group)) + ")" for group in query.groups)


def _postgres_expression(query: Query) -> str:
    return " & ".join("(" + " | ".join(f"'{term}'" for term in sorted(group)) + ")" for group in query.groups)


def _sqlite(cursor, query: Query) -> list[tuple[int, float]]:
    cursor.execute(
        "SELECT rowid, -bm25(brain_search_fts, %s, 1.0) FROM brain_search_fts WHERE brain_search_fts MATCH %s",
        [TITLE_WEIGHT, _sqlite_expression(query)],
    )
    return cursor.fetchall()


def _postgres(cursor, query: Query) -> list[tuple[int, float]]:
    cursor.execute(
        "SELECT id, ts_rank(vector, query) FROM brain_searchdocument, to_tsquery('simple', %s) AS query "
        "WHERE vector @@ query",
        [_postgres_expression(query)],
    )
    return cursor.fetchall()


BACKENDS = {"sqlite": _sqlite, "postgresql": _postgres}


def matches(connection, query: Query) -> tuple[np.ndarray, np.ndarray]:
    """Ids and scores of the documents matching every group of the query."""
    with connection.cursor() as cursor:
        rows = BACKENDS[connection.vendor](cursor, query)
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    ids, scores = zip(*rows, strict=True)
    return np.asarray(ids, dtype=np.int64), np.asarray(scores, dtype=np.float64)
