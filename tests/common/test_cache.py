"""The production cache (Redis): one client per connection pool, shared by every operation and thread."""

import threading

from academy.common.cache import SharedClientRedisCache


def test_every_operation_shares_one_client_and_threads_share_it_safely(redis_url):
    cache = SharedClientRedisCache(redis_url, {"KEY_PREFIX": "test-shared-client"})
    cache.set("greeting", "olá", 60)
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    found = []

    def read(number: int) -> None:
        cache.set(f"n{number}", number, 60)
        found.append(cache.get(f"n{number}"))

    threads = [threading.Thread(target=read, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(found) == list(range(8))
    assert cache.get("greeting") == "olá"
    assert cache._cache.get_client() is client
    cache.delete_many(["greeting", *[f"n{number}" for number in range(8)]])


def counting_round_trips(cache, monkeypatch) -> list[str]:
    """The commands the cache's Redis client sends, in order."""
    client = cache._cache.get_client()
    sent = []
    execute = client.execute_command

    def counted(*args, **options):
        sent.append(args[0])
        return execute(*args, **options)

    monkeypatch.setattr(client, "execute_command", counted)
    return sent


def a_page(cache) -> tuple:
    """What a page does: the session, then a version, then the entry named by the version."""
    session = cache.get("session:ana")
    version = cache.get("version:programme")
    return session, version, cache.get(f"agenda:{version}")


def test_a_request_reads_in_one_round_trip_what_the_last_of_its_kind_read(redis_url, monkeypatch):
    cache = SharedClientRedisCache(redis_url, {"KEY_PREFIX": "test-read-ahead"})
    cache.set_many({"session:ana": "ana", "version:programme": "v1", "agenda:v1": "Monday"}, 60)
    sent = counting_round_trips(cache, monkeypatch)
    kind = ("/en/editions/13/programme/", "ana's session")

    with cache.reading_ahead(kind):
        assert a_page(cache) == ("ana", "v1", "Monday")
    assert sent == ["GET", "GET", "GET"]  # one after the other: the first of its kind
    sent.clear()
    with cache.reading_ahead(kind):
        assert a_page(cache) == ("ana", "v1", "Monday")
    assert sent == ["MGET"]

    # Changed between two requests (on another server): read as it is when the request starts.
    cache.set_many({"version:programme": "v2", "agenda:v2": "Tuesday"}, 60)
    sent.clear()
    with cache.reading_ahead(kind):
        assert a_page(cache) == ("ana", "v2", "Tuesday")
    assert sent == ["MGET", "GET"]  # the new entry's key was not among those read last time
    sent.clear()
    with cache.reading_ahead(kind):
        assert a_page(cache) == ("ana", "v2", "Tuesday")
        # Written during the request: read as written, not as read ahead.
        cache.set("version:programme", "v3", 60)
        assert cache.get("version:programme") == "v3"
        cache.delete("session:ana")
        assert cache.get_many(["session:ana", "version:programme"]) == {"version:programme": "v3"}
    assert cache.get("version:programme") == "v3"  # outside a request: as before
    cache.delete_many(["session:ana", "version:programme", "agenda:v1", "agenda:v2"])


def test_keys_missing_when_the_request_starts_are_missing_for_it_and_another_kind_reads_its_own(redis_url, monkeypatch):
    cache = SharedClientRedisCache(redis_url, {"KEY_PREFIX": "test-read-ahead-missing"})
    for _twice in range(2):
        with cache.reading_ahead(("/en/", None)):
            assert cache.get("version:history", "none yet") == "none yet"
    sent = counting_round_trips(cache, monkeypatch)
    with cache.reading_ahead(("/en/", None)):
        assert cache.get("version:history", "none yet") == "none yet"
        assert cache.add("version:history", "h1", 60)  # made now, as `freshness` does a version never seen
        assert cache.get("version:history") == "h1"
    assert sent == ["MGET", "SET", "GET"]
    sent.clear()
    with cache.reading_ahead(("/fr/", None)):
        assert cache.get("version:history") == "h1"
    assert sent == ["GET"]
    cache.delete("version:history")
