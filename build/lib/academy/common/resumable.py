"""Background work that survives its worker: a heartbeat at each step, a lease, and resuming what went silent.

A run (certificates issued at the close, a Reader compiled) is a row with ``started_at``, ``finished_at`` and the
fields of `common.models.Resumable`. The task doing it first *claims* it: it takes the run unless the run is finished
or another worker showed a sign of life within the stall threshold, and gets an attempt number, its lease. At each
step it *beats*: the heartbeat is refreshed only while its lease is the latest, so a worker that was taken over
learns it at its next step and stops. A run whose last sign of life (heartbeat, else when it was queued or started)
is older than the threshold lost its worker: `academy resume_stalled_runs` (cron) queues its task again, and the
work itself is idempotent, so the new worker finishes what the dead one left.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone


class TakenOver(Exception):
    """Raised from a long step when another worker took the run over: this one stops, leaving the run to it."""


def stall_threshold() -> timedelta:
    return timedelta(seconds=settings.ACADEMY_RUN_STALLED_AFTER_SECONDS)


def last_sign(row) -> datetime:
    return row.heartbeat_at or row.queued_at or row.started_at


def is_stalled(row, *, now: datetime | None = None, after: timedelta | None = None) -> bool:
    """Unfinished, and silent for longer than the threshold: its worker died (or never came)."""
    now = now or timezone.now()
    return row.finished_at is None and last_sign(row) < now - (after or stall_threshold())


def is_resuming(row, *, now: datetime | None = None) -> bool:
    """What the organisers are told: the worker stopped and another is (or will be) taking over."""
    return row.finished_at is None and (is_stalled(row, now=now) or (row.attempts > 0 and row.heartbeat_at is None))


def stalled(queryset: models.QuerySet, *, now: datetime, after: timedelta | None = None) -> models.QuerySet:
    return (
        queryset.filter(finished_at=None)
        .alias(sign=Coalesce("heartbeat_at", "queued_at", "started_at"))
        .filter(sign__lt=now - (after or stall_threshold()))
    )


def claim(*, model, pk: int, now: datetime | None = None, after: timedelta | None = None) -> int | None:
    """Take the run for this worker: its lease (attempt number), or None when it is finished or a live worker has it."""
    now = now or timezone.now()
    with transaction.atomic():
        row = model.objects.select_for_update().filter(pk=pk, finished_at=None).first()
        if row is None or (row.heartbeat_at is not None and row.heartbeat_at >= now - (after or stall_threshold())):
            return None
        row.attempts += 1
        row.heartbeat_at = now
        row.save(update_fields=["attempts", "heartbeat_at"])
        return row.attempts


def beat(*, model, pk: int, attempt: int, **changes) -> bool:
    """A sign of life, with the run's progress; False once another worker took the run over (or it finished)."""
    updated = model.objects.filter(pk=pk, attempts=attempt, finished_at=None).update(
        heartbeat_at=timezone.now(), **changes
    )
    return updated == 1


def finish(*, model, pk: int, attempt: int, **changes) -> bool:
    """The run is done, if this worker still holds it."""
    now = timezone.now()
    updated = model.objects.filter(pk=pk, attempts=attempt, finished_at=None).update(
        heartbeat_at=now, finished_at=now, **changes
    )
    return updated == 1


def mark_requeued(*, row, now: datetime | None = None) -> None:
    """Before its task is queued again: the heartbeat is cleared, so that the next worker to come may take the run,
    and the time of queueing is kept, so that a run still waiting for a worker is not queued again at once."""
    now = now or timezone.now()
    type(row).objects.filter(pk=row.pk).update(heartbeat_at=None, queued_at=now)
    row.heartbeat_at, row.queued_at = None, now
