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
