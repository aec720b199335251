"""The full-text index of SearchDocument, in each backend's own way.

SQLite: an FTS5 table over the two term columns and the facets (external content, so they are
stored once), kept in step by triggers; facets such as "topic:7" or "sdg:8.3" are single tokens, so
filters can be part of a match and ranking need only score what passes them. PostgreSQL: a generated tsvector column (title terms weighted above body
terms) with a GIN index, and one of the title terms alone for title matches. Both index terms already folded and stemmed by `brain.search.text`, so the
tokenizers only split on spaces and the 'simple' configuration adds no language rules of its own.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE brain_search_fts USING fts5(title_terms, body_terms, facets, "
    "content='brain_searchdocument', content_rowid='id', tokenize=\"unicode61 remove_diacritics 0 tokenchars ':.'\")",
    "CREATE TRIGGER brain_search_fts_insert AFTER INSERT ON brain_searchdocument BEGIN "
    "INSERT INTO brain_search_fts(rowid, title_terms, body_terms, facets) VALUES (new.id, new.title_terms, new.body_terms, new.facets); "
    "END",
    "CREATE TRIGGER brain_search_fts_delete AFTER DELETE ON brain_searchdocument BEGIN "
    "INSERT INTO brain_search_fts(brain_search_fts, rowid, title_terms, body_terms, facets) "
    "VALUES ('delete', old.id, old.title_terms, old.body_terms, old.facets); "
    "END",
    "CREATE TRIGGER brain_search_fts_update AFTER UPDATE ON brain_searchdocument BEGIN "
    "INSERT INTO brain_search_fts(brain_search_fts, rowid, title_terms, body_terms, facets) "
    "VALUES ('delete', old.id, old.title_terms, old.body_terms, old.facets); "
    "INSERT INTO brain_search_fts(rowid, title_terms, body_terms, facets) VALUES (new.id, new.title_terms, new.body_terms, new.facets); "
    "END",
]
SQLITE_DROP = [
    "DROP TRIGGER brain_search_fts_update",
    "DROP TRIGGER brain_search_fts_delete",
    "DROP TRIGGER brain_search_fts_insert",
    "DROP TABLE brain_search_fts",
]
POSTGRES_CREATE = [
    "ALTER TABLE brain_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS "
    "(setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')) "
    "STORED",
    "CREATE INDEX brain_searchdocument_vector ON brain_searchdocument USING gin (vector)",
    # Title matches from the index alone (a weight-restricted query would read every vector).
    "ALTER TABLE brain_searchdocument ADD COLUMN title_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', title_terms)) STORED",
    "CREATE INDEX brain_searchdocument_title_vector ON brain_searchdocument USING gin (title_vector)",
]
POSTGRES_DROP = [
    "DROP INDEX brain_searchdocument_title_vector",
    "ALTER TABLE brain_searchdocument DROP COLUMN title_vector",
    "DROP INDEX brain_searchdocument_vector",
    "ALTER TABLE brain_searchdocument DROP COLUMN vector",
]
STATEMENTS = {"sqlite": (SQLITE_CREATE, SQLITE_DROP), "postgresql": (POSTGRES_CREATE, POSTGRES_DROP)}


def _run(schema_editor, which: int) -> None:
    statements = STATEMENTS.get(schema_editor.connection.vendor)
    if statements is None:
        raise ImproperlyConfigured(f"Search needs SQLite or PostgreSQL, not {schema_editor.connection.vendor}.")
    for statement in statements[which]:
        schema_editor.execute(statement)


def create_index(apps, schema_editor) -> None:
    _run(schema_editor, 0)
    apps.get_model("brain", "SearchIndexState").objects.create(token="")


def drop_index(apps, schema_editor) -> None:
    _run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [("brain", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
