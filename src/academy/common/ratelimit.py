"""A fixed-window limit per client address, counted in the database: shared by every server, and atomic on SQLite
and PostgreSQL alike (decisions.md says why not in the cache)."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import F
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
    window = RateLimitCount.objects.filter(**key)
    # The UPDATE locks the row until the transaction ends: requests at the same moment count one after another.
    with transaction.atomic():
        started = not window.update(count=F("count") + 1)
        if started:  # the first request of this window from this address (unless another one just came too)
            RateLimitCount.objects.bulk_create(
                [RateLimitCount(**key, expires_at=start + timedelta(seconds=window_seconds))], ignore_conflicts=True
            )
            window.update(count=F("count") + 1)
        allowed = window.values_list("count", flat=True).get() <= limit
    if started:
        forget_ended_windows(now)
    return allowed


def forget_ended_windows(now) -> None:
    """Delete the counts of windows that have ended; done once per address and window, so the table stays small."""
    try:
        with transaction.atomic():
            RateLimitCount.objects.filter(expires_at__lte=now).delete()
    except OperationalError:  # another request deleting the same rows at once (a deadlock): it finishes the job
        pass
