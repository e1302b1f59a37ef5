"""The image cache stays within its byte budget and forgets the oldest first."""

from __future__ import annotations

import threading

import pytest

from app.media.cache import ByteBoundedCache


def test_get_returns_what_was_put() -> None:
    cache: ByteBoundedCache[str, str] = ByteBoundedCache(100)

    assert cache.put("a", "photo", 10) is True

    assert cache.get("a") == "photo"
    assert cache.get("missing") is None
    assert len(cache) == 1
    assert cache.bytes_used == 10


def test_least_recently_put_is_evicted_first() -> None:
    cache: ByteBoundedCache[str, int] = ByteBoundedCache(30)
    for key in "abc":
        cache.put(key, ord(key), 10)

    cache.put("d", 4, 10)

    assert cache.get("a") is None
    assert [cache.get(k) for k in "bcd"] == [ord("b"), ord("c"), 4]
    assert cache.bytes_used == 30


def test_get_protects_an_item_from_eviction() -> None:
    cache: ByteBoundedCache[str, int] = ByteBoundedCache(30)
    for key in "abc":
        cache.put(key, 0, 10)

    cache.get("a")
    cache.put("d", 0, 10)

    assert cache.get("a") == 0
    assert cache.get("b") is None


def test_a_big_item_evicts_as_many_as_needed() -> None:
    cache: ByteBoundedCache[str, int] = ByteBoundedCache(100)
    for key in "abcd":
        cache.put(key, 0, 25)

    cache.put("big", 1, 60)

    assert [k for k in "abcd" if cache.get(k) is not None] == ["d"]
    assert cache.get("big") == 1
    assert cache.bytes_used == 85
    assert len(cache) == 2


def test_replacing_a_key_recounts_its_bytes() -> None:
    cache: ByteBoundedCache[str, str] = ByteBoundedCache(100)
    cache.put("a", "small", 10)

    cache.put("a", "large", 70)

    assert cache.get("a") == "large"
    assert cache.bytes_used == 70
    assert len(cache) == 1


def test_item_over_budget_is_not_stored_and_drops_the_stale_value() -> None:
    cache: ByteBoundedCache[str, str] = ByteBoundedCache(50)
    cache.put("keep", "x", 20)
    cache.put("a", "old", 10)

    assert cache.put("a", "new", 51) is False

    assert cache.get("a") is None
    assert cache.get("keep") == "x"
    assert cache.bytes_used == 20


def test_item_exactly_at_budget_is_stored() -> None:
    cache: ByteBoundedCache[str, str] = ByteBoundedCache(50)
    cache.put("a", "x", 1)

    assert cache.put("b", "y", 50) is True

    assert cache.get("a") is None
    assert cache.bytes_used == 50


def test_negative_sizes_are_caller_errors() -> None:
    with pytest.raises(ValueError, match="budget"):
        ByteBoundedCache(-1)
    with pytest.raises(ValueError, match="size"):
        ByteBoundedCache(10).put("a", "x", -1)


def test_many_threads_keep_the_accounting_right() -> None:
    budget = 1_000
    cache: ByteBoundedCache[int, int] = ByteBoundedCache(budget)
    start = threading.Barrier(8)
    errors: list[Exception] = []

    def work(seed: int) -> None:
        try:
            start.wait()
            for n in range(2_000):
                key = (seed * 7 + n) % 97
                cache.put(key, key, 1 + key % 50)  # the value tells its own size
                value = cache.get((key * 3) % 97)
                assert value is None or value == (key * 3) % 97
        except Exception as error:  # reported to the main thread, where pytest sees it
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    held = [key for key in range(97) if cache.get(key) is not None]
    assert len(cache) == len(held)
    assert cache.bytes_used == sum(1 + key % 50 for key in held)
    assert 0 < cache.bytes_used <= budget


def test_make_room_evicts_before_the_value_exists() -> None:
    cache: ByteBoundedCache[str, int] = ByteBoundedCache(100)
    for key in "abcd":
        cache.put(key, 0, 25)
    cache.get("a")

    cache.make_room(40)

    assert [k for k in "abcd" if cache.get(k) is not None] == ["a", "d"]
    assert cache.bytes_used == 50
    cache.make_room(10)  # fits already
    assert cache.bytes_used == 50


def test_make_room_for_what_put_would_refuse_evicts_nothing() -> None:
    cache: ByteBoundedCache[str, int] = ByteBoundedCache(100)
    cache.put("a", 0, 60)

    cache.make_room(101)

    assert cache.get("a") == 0
