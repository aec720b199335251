"""Django's Redis cache, with one client per connection pool, and each request's reads fetched in one round trip.

Django's `RedisCacheClient.get_client` makes a `redis.Redis` for every get or set, and each one copies the
library's table of about 170 reply parsers: a fifth of a warm, cached page's time (docs/performance.md).
A client is safe to share between threads: it takes a connection from its pool for each command.

Reading ahead: a page asks the cache for its keys one after another (the session, then the versions of the
edition's topics, then the entries made from them), each a round trip that blocks the worker. Each process
remembers which keys the last request of the same kind (path and session) asked for, and the next one fetches
them all in one MGET when it starts (`ReadAheadMiddleware`); what it asks for beyond them is fetched as
before. The values are those of the request's start, as if read then: nothing is kept across requests, and
a write during the request forgets what was read ahead of the keys it writes.
"""

import threading
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class _RequestReads:
    """What one request read ahead (stored bytes, None for a key the cache lacked), and every key it asked for."""

    def __init__(self, found: dict[str, bytes | None]):
        self.found = found
        self.asked: dict[str, None] = {}  # an ordered set

    def take(self, keys) -> tuple[dict[str, bytes | None], list[str]]:
        """(what was read ahead of these keys, the keys still to fetch)."""
        self.asked.update(dict.fromkeys(keys))
        return {key: self.found[key] for key in keys if key in self.found}, [
            key for key in keys if key not in self.found
        ]

    def forget(self, keys) -> None:
        for key in keys:
            self.found.pop(key, None)


_request_reads: ContextVar[_RequestReads | None] = ContextVar("cache_request_reads", default=None)


class _ReadPlans:
    """Per process: the keys the last request of each kind asked for. Bounded, least recently used out."""

    SIZE = 2048
    KEYS = 32  # a page asks for about ten

    def __init__(self):
        self._plans: OrderedDict[tuple, tuple[str, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, kind: tuple) -> tuple[str, ...]:
        with self._lock:
            plan = self._plans.get(kind, ())
            if plan:
                self._plans.move_to_end(kind)
            return plan

    def put(self, kind: tuple, keys: tuple[str, ...]) -> None:
        with self._lock:
            self._plans[kind] = keys[: self.KEYS]
            self._plans.move_to_end(kind)
            while len(self._plans) > self.SIZE:
                self._plans.popitem(last=False)


_plans = _ReadPlans()


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def read_ahead(self, keys: tuple[str, ...]) -> dict[str, bytes | None]:
        return dict(zip(keys, self.get_client().mget(keys), strict=True)) if keys else {}

    def _loads(self, found: dict[str, bytes | None]) -> dict:
        return {key: self._serializer.loads(value) for key, value in found.items() if value is not None}

    def get(self, key, default):
        reads = _request_reads.get()
        if reads is None:
            return super().get(key, default)
        found, lacking = reads.take([key])
        if lacking:
            return super().get(key, default)
        return self._loads(found).get(key, default)

    def get_many(self, keys):
        reads = _request_reads.get()
        if reads is None:
            return super().get_many(keys)
        found, lacking = reads.take(list(keys))
        return self._loads(found) | (super().get_many(lacking) if lacking else {})

    def _forget(self, keys) -> None:
        reads = _request_reads.get()
        if reads is not None:
            reads.forget(keys)

    def add(self, key, value, timeout):
        self._forget([key])
        return super().add(key, value, timeout)

    def set(self, key, value, timeout):
        self._forget([key])
        super().set(key, value, timeout)

    def touch(self, key, timeout):
        self._forget([key])
        return super().touch(key, timeout)

    def delete(self, key):
        self._forget([key])
        return super().delete(key)

    def incr(self, key, delta):
        self._forget([key])
        return super().incr(key, delta)

    def set_many(self, data, timeout):
        self._forget(data)
        super().set_many(data, timeout)

    def delete_many(self, keys):
        self._forget(keys)
        super().delete_many(keys)

    def clear(self):
        reads = _request_reads.get()
        if reads is not None:
            reads.found.clear()
        return super().clear()


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    @contextmanager
    def reading_ahead(self, kind: tuple):
        """Around one request of this kind: fetch at once what the last one asked for, and remember what this one
        asks for. Not nested (an inner request, as the test client's, reads as it would alone)."""
        if _request_reads.get() is not None:
            yield
            return
        reads = _RequestReads(self._cache.read_ahead(_plans.get(kind)))
        token = _request_reads.set(reads)
        try:
            yield
        finally:
            _request_reads.reset(token)
            _plans.put(kind, tuple(reads.asked))
