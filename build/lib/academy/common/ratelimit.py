"""A fixed-window limit per client address, counted in the database: shared by every server, and atomic on SQLite
and PostgreSQL alike (decisions.md says why not in the cache)."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.utils import timezone

from academy.common.models import RateLimitCount


def client_address(request) -> str:
    """Behind our proxy, the address the proxy saw (the last one it appended); otherwise the peer's."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_FORWARDED_FOR"):
        return request.META["HTTP_X_FORWARDED_FOR"].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def within_limit(request, scope: str, *, limit: int, window_seconds: int = 3600) -> bool:
    """Count this request; False once the address has made more than ``limit`` in the current window."""
    now = timezone.now()
    start = datetime.fromtimestamp(int(now.timestamp()) // window_seconds * window_seconds, UTC)
    key = {
        "scope": scope,
        "address": client_address(request)[: RateLimitCount._meta.get_field("address").max_length],
        "window_start": start,
    }
    count, started = _counted(key, expires_at=start + timedelta(seconds=window_seconds))
    if started:
        forget_ended_windows(now)
    return count <= limit


def _counted(key: dict, *, expires_at) -> tuple[int, bool]:
    """Add one to the window's count in one statement (an upsert: the row is locked only for that statement,
    so simultaneous requests from one address queue for microseconds); the new count, and whether it started.

    On PostgreSQL, outside a transaction, the count's own commit does not wait for the disk: a crash may forget
    the last instant's counts, which only lets a few more look-ups through, and a public page that counts every
    request does not wait for a flush each time (docs/performance.md)."""
    table = connection.ops.quote_name(RateLimitCount._meta.db_table)
    window_start, expires_at = (
        connection.ops.adapt_datetimefield_value(value) for value in (key["window_start"], expires_at)
    )
    values = "VALUES (%s, %s, %s, %s, 1)"
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        values = "SELECT %s, %s, %s, %s, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS unhurried"
    with connection.cursor() as cursor:
        cursor.execute(
            # The table name is the model's own, quoted; every value is a parameter.
            f"INSERT INTO {table} (scope, address, window_start, expires_at, count) {values} "
            f"ON CONFLICT (scope, address, window_start) DO UPDATE SET count = {table}.count + 1 RETURNING count",
            [key["scope"], key["address"], window_start, expires_at],
        )
        (count,) = cursor.fetchone()
    return count, count == 1


def forget_ended_windows(now) -> None:
    """Delete the counts of windows that have ended; done once per address and window, so the table stays small."""
    try:
        with transaction.atomic():
            RateLimitCount.objects.filter(expires_at__lte=now).delete()
    except OperationalError:  # another request deleting the same rows at once (a deadlock): it finishes the job
        pass
