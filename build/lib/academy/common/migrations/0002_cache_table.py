"""The database cache's table, made by `migrate` itself: without Redis every save announces its change in the
cache (common.freshness), so the table must exist before any data is written (createcachetable is idempotent)."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("common", "0001_rate_limit_counts")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=False)]
