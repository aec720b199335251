"""The one seam through which services start background work: a task named by its path, after the commit.

Tasks call services, never the reverse: a service that imported its app's tasks module would make an import cycle,
so it names the task here instead (a test checks that every name resolves to a task).
"""

from django.db import transaction
from django.utils.module_loading import import_string


def enqueue_after_commit(task: str, **arguments) -> None:
    """Enqueue the task at the dotted path `task` once the current transaction commits (at once outside one),
    so that a worker never looks for rows that were rolled back or are not committed yet."""
    transaction.on_commit(lambda: import_string(task).enqueue(**arguments))
