"""Many rows inserted in one statement, whatever their number: the rows travel as one JSON parameter that the
database turns back into rows (SQLite's `json_each`, PostgreSQL's `jsonb_array_elements`).

Django's `bulk_create` binds one parameter per value, so SQLite's limit on variables splits ten thousand e-mails into
hundreds of statements, and preparing every value through its field costs more than the insert itself. Here the
values are plain strings, numbers and JSON documents the caller has ready; the statement is the same for ten rows or
a hundred thousand. Only for rows whose values need no conversion by their fields (text, integers, JSON); what is the
same for every row (a time, a status, an empty list) is given once in `constants`, a time adapted by the caller
(`connection.ops.adapt_datetimefield_value`).
"""

import json

from django.db import connection

TEXT, INTEGER, JSON = "text", "integer", "json"


def insert_rows(
    table: str,
    columns: list[tuple[str, str]],
    rows: list[list],
    *,
    constants: dict[str, object] | None = None,
    returning: tuple[str, ...] = (),
) -> list[tuple]:
    """Insert `rows` (each a list of values in the order of `columns`, pairs of column name and TEXT, INTEGER or
    JSON) into `table`, each with `constants` (column name to database value) too, in the order given; the `returning`
    columns of every row inserted (in no promised order: return a unique column to tell them apart)."""
    if not rows:
        return []
    constants = constants or {}
    quote = connection.ops.quote_name
    names = ", ".join(quote(name) for name, _kind in columns) + "".join(f", {quote(name)}" for name in constants)
    if connection.vendor == "postgresql":
        read = {TEXT: "r->>{}", INTEGER: "(r->>{})::bigint", JSON: "r->{}"}
        source = "FROM jsonb_array_elements(%s::jsonb) WITH ORDINALITY AS rows(r, n) ORDER BY n"
    elif connection.vendor == "sqlite":
        read = {TEXT: "json_extract(value, '$[{}]')", INTEGER: "json_extract(value, '$[{}]')"}
        read[JSON] = read[TEXT]  # an array or object comes back as its JSON text, which is how SQLite keeps it
        source = "FROM json_each(%s) ORDER BY key"
    else:
        raise NotImplementedError(f"insert_rows does not know {connection.vendor}")
    values = ", ".join(read[kind].format(index) for index, (_name, kind) in enumerate(columns))
    parameters = []
    for value in constants.values():  # a list or dict is a JSON document, kept as its text
        is_json = isinstance(value, (list, dict))
        values += ", %s::jsonb" if is_json and connection.vendor == "postgresql" else ", %s"
        parameters.append(json.dumps(value) if is_json else value)
    sql = f"INSERT INTO {quote(table)} ({names}) SELECT {values} {source}"
    if returning:
        sql += " RETURNING " + ", ".join(quote(name) for name in returning)
    payload = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    with connection.cursor() as cursor:
        cursor.execute(sql, [*parameters, payload])
        return cursor.fetchall() if returning else []
