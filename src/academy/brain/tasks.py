"""Background work of the Collective Brain: thin tasks that call the services."""

from django.utils import timezone
from django_tasks import task

from academy.brain import suggestions


@task()
def refresh_introductions() -> int:
    """South-South introductions for every alumnus (nightly from cron: `academy refresh_introductions`)."""
    return suggestions.refresh_all(now=timezone.now())
