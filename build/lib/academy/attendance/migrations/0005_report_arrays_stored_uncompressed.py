"""On PostgreSQL, a report's arrays are stored out of line without compression (STORAGE EXTERNAL).

pglz compression of a report's half megabyte of integers took 15-20 ms of each import, several times the
insert itself; the arrays are read whole, so compression saves only space (about 20 MB an edition).
Nothing to do on SQLite.
"""

from django.db import migrations

COLUMNS = ("people", "offsets", "intervals", "seconds")


def storage(kind: str):
    def alter(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        table = schema_editor.quote_name(apps.get_model("attendance", "ReportAttendance")._meta.db_table)
        for column in COLUMNS:
            schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN {schema_editor.quote_name(column)} SET STORAGE {kind}")

    return alter


class Migration(migrations.Migration):
    dependencies = [("attendance", "0004_report_attendance_arrays")]

    operations = [migrations.RunPython(storage("EXTERNAL"), storage("EXTENDED"))]
