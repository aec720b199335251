"""A fixed-window limit per client address, kept in the cache (Redis in production, shared by every server)."""

import time

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """Behind our proxy, the address the proxy saw (the last one it appended); otherwise the peer's."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_FORWARDED_FOR"):
        return request.META["HTTP_X_FORWARDED_FOR"].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def within_limit(request, scope: str, *, limit: int, window_seconds: int = 3600) -> bool:
    """Count this request; False once the address has made more than ``limit`` in the current window."""
    key = f"ratelimit:{scope}:{client_address(request)}:{int(time.time() // window_seconds)}"
    cache.add(key, 0, window_seconds)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # the key expired between add and incr: a new window has begun
        cache.add(key, 1, window_seconds)
        return True
