"""What many people read and few change, made once and kept until it changes, never until a timeout.

A *topic* is one body of data that pages are made from: the published programme of edition 13, the
Collective Brain's latest threads... Each topic has a version, a random token in the shared cache
(Redis in production, so every app server sees the same one). What is made from a topic is cached
under a key that holds the topic's version; a change replaces the version, so the very next request,
on any app server, misses the old entry and makes a new one (the old one expires unread).

Changes are found by the models' signals (`depends`) and, for the writes that send none
(`QuerySet.update`, `bulk_create`), by the service that makes them calling `changed`. The version is
replaced at once and again when the transaction commits: at once so that the rest of the same
transaction reads fresh, and at commit because another app server may have cached the data as it was
before the commit under the version replaced at once.
"""

import functools
import hashlib
import secrets
from collections import OrderedDict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

# Long enough to outlive any edition's busy weeks; entries of an old version expire unread at the latest then.
KEPT_FOR = 7 * 24 * 3600


# What this request already fetched, by cache key: a page asking twice for the same sessions unpickles them once.
_fetched_in_request: ContextVar[dict | None] = ContextVar("freshness_fetched_in_request", default=None)


@contextmanager
def fetched_once_per_request():
    """Around a request (`EditionMiddleware`): `cached` and `versions` fetch each key from the cache once; a
    change during the request (`changed`) forgets what was fetched."""
    token = _fetched_in_request.set({})
    try:
        yield
    finally:
        _fetched_in_request.reset(token)


def _version_key(topic: str, scope) -> str:
    return f"freshness:version:{topic}:{scope}"


def _versions(topics: list[tuple[str, object]]) -> list[str]:
    keys = [_version_key(topic, scope) for topic, scope in topics]
    fetched = _fetched_in_request.get()
    fetched = {} if fetched is None else fetched
    found = {key: fetched[key] for key in keys if key in fetched}
    if len(found) < len(keys):
        found |= cache.get_many([key for key in keys if key not in found])
    for key in keys:
        if key not in found:
            cache.add(key, secrets.token_hex(8), KEPT_FOR)  # add: two servers starting at once agree on one
            found[key] = cache.get(key)
    fetched.update(found)
    return [str(found[key]) for key in keys]


def versions(*topics: tuple[str, object]) -> str:
    """The current versions of these (topic, scope) pairs, as one string; a topic never seen gets one now."""
    return ".".join(_versions(list(topics)))


def _replace(topic: str, scope) -> None:
    cache.set(_version_key(topic, scope), secrets.token_hex(8), KEPT_FOR)
    fetched = _fetched_in_request.get()
    if fetched is not None:
        fetched.clear()


def changed(topic: str, scope=None) -> None:
    """What was made from this topic is out of date: now, and again once the transaction commits."""
    _replace(topic, scope)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _replace(topic, scope), robust=True)


@functools.cache
def release() -> str:
    """A digest of the code, templates and compiled translations this process runs: what is made from a topic
    also depends on them, and a release must not serve what the previous one made (the same versions)."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".html", ".txt", ".mo"} and path.is_file():
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _key(name: str, version: str, vary_on: Iterable) -> str:
    varying = hashlib.sha256("|".join(str(part) for part in vary_on).encode()).hexdigest()[:24]
    return f"freshness:{name}:{release()}:{version}:{varying}"


class _Local:
    """The latest entries this process fetched or made that cannot be changed in place (HTML, roles, `kept` entries), by
    key. A key holds the versions its entry was made from (or the entry holds them, `kept`), read from the shared
    cache at each request, so a copy kept here is exactly as fresh as the shared one: it saves a round trip to
    the cache and the unpickling, for the pages a burst reads again and again. Bounded, least recently used out."""

    SIZE = 4096

    def __init__(self):
        self.entries: OrderedDict[str, object] = OrderedDict()

    def get(self, keys: list[str]) -> dict:
        found = {}
        for key in keys:
            if key in self.entries:
                self.entries.move_to_end(key)
                found[key] = self.entries[key]
        return found

    def keep(self, entries: dict) -> None:
        for key, value in entries.items():
            if _immutable(value):
                self.entries[key] = value
                self.entries.move_to_end(key)
        while len(self.entries) > self.SIZE:
            self.entries.popitem(last=False)


_local = _Local()


def _immutable(value) -> bool:
    """Whether no caller can change the value in place: text, numbers, and tuples and frozensets of those."""
    if isinstance(value, str | int | float | bool | _KeptEntry) or value is None:
        return True
    return isinstance(value, tuple | frozenset) and all(_immutable(part) for part in value)


def _fetch(keys: list[str], *, versions: bool = False) -> dict:
    """What the cache holds of these keys, each fetched once per request; versions always from the shared cache."""
    fetched = _fetched_in_request.get()
    found = {key: fetched[key] for key in keys if fetched is not None and key in fetched}
    if not versions:
        found |= _local.get([key for key in keys if key not in found])
    lacking = [key for key in keys if key not in found]
    if lacking:
        stored = cache.get_many(lacking)
        if not versions:
            _local.keep(stored)
        if fetched is not None:
            fetched |= stored
        found |= stored
    return found


def _keep(made: dict, kept_for: int = KEPT_FOR) -> None:
    cache.set_many(made, kept_for)
    _local.keep(made)
    fetched = _fetched_in_request.get()
    if fetched is not None:
        fetched |= made


def cached(
    name: str,
    topics: Iterable[tuple[str, object]],
    make: Callable[[], T],
    *,
    vary_on: Iterable = (),
    kept_for: int = KEPT_FOR,
) -> T:
    """`make()`, or what it made last for the same topics' versions and the same `vary_on` (language, zone...).
    `kept_for` bounds how long an entry outlives its last making, for keys without bound (what people type):
    it saves memory, freshness never depends on it."""
    key = _key(name, versions(*topics), vary_on)
    found = _fetch([key])
    if key not in found:
        found[key] = make()
        _keep({key: found[key]}, kept_for)
    return found[key]


def cached_each(
    name: str,
    topic: str,
    scopes: Iterable,
    make_missing: Callable[[list], dict],
    *,
    also: Iterable[tuple[str, object]] = (),
    vary_on: Iterable = (),
) -> dict:
    """`cached` for many scopes of one topic at once (each edition of a person...): {scope: value}, with
    `make_missing(scopes)` called once for all the scopes the cache lacks, so that misses cost one read too.
    Every value also depends on the topics in `also`."""
    scopes = list(dict.fromkeys(scopes))
    shared = versions(*also)
    scoped = _versions([(topic, scope) for scope in scopes])
    keys = {scope: _key(name, f"{version}.{shared}", vary_on) for scope, version in zip(scopes, scoped, strict=True)}
    found = _fetch(list(keys.values()))
    missing = [scope for scope in scopes if keys[scope] not in found]
    if missing:
        made = make_missing(missing)
        _keep({keys[scope]: made[scope] for scope in missing})
        found |= {keys[scope]: made[scope] for scope in missing}
    return {scope: found[keys[scope]] for scope in scopes}


@dataclass
class Dependencies:
    """What a kept value was made from: the versions of its topics, read before the data they cover, and the
    first moment at which the value changes by itself (a window opening, a session ending), if any."""

    versions: dict[str, str] = field(default_factory=dict)
    until: datetime | None = None

    def on(self, *topics: tuple[str, object]) -> None:
        """Read these topics' versions now: call it before reading what they cover."""
        keys = [_version_key(topic, scope) for topic, scope in topics]
        self.versions |= dict(zip(keys, _versions(list(topics)), strict=True))

    def changes_at(self, moment: datetime | None) -> None:
        if moment is not None and (self.until is None or moment < self.until):
            self.until = moment

    def hold(self, now: datetime) -> bool:
        """Whether nothing it was made from has changed since, and its moment has not come."""
        if self.until is not None and now >= self.until:
            return False
        return _fetch(list(self.versions), versions=True) == self.versions


def kept(name: str, make: Callable[[Dependencies], T], *, now: datetime, vary_on: Iterable = ()) -> T:
    """`make(dependencies)`, or what it made last for the same `vary_on`, while the topics it declared in
    `dependencies` keep the versions they had and its moment of change has not come.

    For values whose topics are known only while making them (one person's editions): the entry keeps the
    versions it was made from, and a request checks them all in one read, after the one of the entry."""
    key = _key(name, "kept", vary_on)
    found = _fetch([key]).get(key)
    if isinstance(found, _KeptEntry) and found.dependencies.hold(now):  # not something an older release kept
        return found.value
    dependencies = Dependencies()
    value = make(dependencies)
    _keep({key: _KeptEntry(value, dependencies)})
    return value


@dataclass(frozen=True)
class _KeptEntry:
    value: object
    dependencies: Dependencies


def depends(topic: str, *models, scope: Callable[[object], object] = lambda instance: None) -> None:
    """Saving or deleting an instance of any of these models changes the topic (scope: which one, from the instance)."""

    def on_change(sender, instance, **kwargs) -> None:
        changed(topic, scope(instance))

    for model in models:
        uid = f"freshness:{topic}:{model._meta.label}"
        post_save.connect(on_change, sender=model, weak=False, dispatch_uid=f"{uid}:save")
        post_delete.connect(on_change, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
