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

import hashlib
import secrets
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

# Long enough to outlive any edition's busy weeks; entries of an old version expire unread at the latest then.
KEPT_FOR = 7 * 24 * 3600


def _version_key(topic: str, scope) -> str:
    return f"freshness:version:{topic}:{scope}"


def versions(*topics: tuple[str, object]) -> str:
    """The current versions of these (topic, scope) pairs, as one string; a topic never seen gets one now."""
    keys = [_version_key(topic, scope) for topic, scope in topics]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, secrets.token_hex(8), KEPT_FOR)  # add: two servers starting at once agree on one
            found[key] = cache.get(key)
    return ".".join(str(found[key]) for key in keys)


def _replace(topic: str, scope) -> None:
    cache.set(_version_key(topic, scope), secrets.token_hex(8), KEPT_FOR)


def changed(topic: str, scope=None) -> None:
    """What was made from this topic is out of date: now, and again once the transaction commits."""
    _replace(topic, scope)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _replace(topic, scope), robust=True)


def cached(name: str, topics: Iterable[tuple[str, object]], make: Callable[[], T], *, vary_on: Iterable = ()) -> T:
    """`make()`, or what it made last for the same topics' versions and the same `vary_on` (language, zone...)."""
    parts = "|".join(str(part) for part in vary_on)
    key = f"freshness:{name}:{versions(*topics)}:{hashlib.sha256(parts.encode()).hexdigest()[:24]}"
    value = cache.get(key)
    if value is None:
        value = make()
        cache.set(key, value, KEPT_FOR)
    return value


def depends(topic: str, *models, scope: Callable[[object], object] = lambda instance: None) -> None:
    """Saving or deleting an instance of any of these models changes the topic (scope: which one, from the instance)."""

    def on_change(sender, instance, **kwargs) -> None:
        changed(topic, scope(instance))

    for model in models:
        uid = f"freshness:{topic}:{model._meta.label}"
        post_save.connect(on_change, sender=model, weak=False, dispatch_uid=f"{uid}:save")
        post_delete.connect(on_change, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
