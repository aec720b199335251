"""The one seam through which services start background work: a task named by its path, after the commit.

Tasks call services, never the reverse: a service that imported its app's tasks module would make an import cycle,
so it names the task here instead (a test checks that every name resolves to a task).
"""

from functools import wraps

from django.db import transaction
from django.utils.module_loading import import_string
from django_scopes import scopes_disabled
from django_tasks import task
from django_tasks.base import TASK_MAX_PRIORITY


def enqueue_after_commit(task: str, *, urgent: bool = False, **arguments) -> None:
    """Enqueue the task at the dotted path `task` once the current transaction commits (at once outside one),
    so that a worker never looks for rows that were rolled back or are not committed yet. An `urgent` task goes
    ahead of the others where the backend orders by priority (the database backend does; RQ has no priorities)."""

    def send() -> None:
        chosen = import_string(task)
        if urgent and chosen.get_backend().supports_priority:
            chosen = chosen.using(priority=TASK_MAX_PRIORITY)
        chosen.enqueue(**arguments)

    transaction.on_commit(send)


def background_task(function):
    """A task (django-tasks) that runs outside any request's edition scope: a worker acts for the platform and loads
    by id what it was asked to do, so its queries read every edition (see `academy.editions.scoping`)."""

    @wraps(function)
    def unscoped(*args, **kwargs):
        with scopes_disabled():
            return function(*args, **kwargs)

    return task()(unscoped)
