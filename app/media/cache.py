"""A least-recently-used cache bounded by bytes, not by item count.

Decoded photos differ in size by orders of magnitude, so counting items would
either waste memory on big photos or evict small ones needlessly. Images are
decoded on worker threads and shown on the GUI thread, hence the lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ByteBoundedCache(Generic[K, V]):
    """Thread-safe LRU holding at most `budget` bytes, as declared at `put`."""

    def __init__(self, budget: int) -> None:
        if budget < 0:
            raise ValueError(f"budget must not be negative, got {budget}")
        self._budget = budget
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self._used = 0
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value for key, marked as most recently used; None if absent."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: K, value: V, size: int) -> bool:
        """Store value, evicting the least recently used; False if it exceeds the budget.

        A value too big to keep also drops any older value under the same key,
        so `get` never returns stale data.
        """
        if size < 0:
            raise ValueError(f"size must not be negative, got {size}")
        with self._lock:
            self._discard(key)
            if size > self._budget:
                return False
            self._items[key] = (value, size)
            self._used += size
            self._shrink()
            return True

    def make_room(self, size: int) -> None:
        """Evict the least recently used until `size` more bytes fit, as `put` would.

        Called before the value is made, the evicted values are freed before
        it exists rather than held beside it. A size `put` would refuse evicts
        nothing.
        """
        with self._lock:
            if size > self._budget:
                return
            while self._used + size > self._budget:
                self._discard(next(iter(self._items)))

    def _shrink(self) -> None:
        while self._used > self._budget:
            self._discard(next(iter(self._items)))

    def set_budget(self, budget: int) -> None:
        """A new bound (the screen changed size): the least recently used go first."""
        if budget < 0:
            raise ValueError(f"budget must not be negative, got {budget}")
        with self._lock:
            self._budget = budget
            self._shrink()

    def clear(self) -> None:
        """Drop every value: what a talk decoded is not kept after it."""
        with self._lock:
            self._items.clear()
            self._used = 0

    @property
    def budget(self) -> int:
        with self._lock:
            return self._budget

    @property
    def bytes_used(self) -> int:
        """Sum of the declared sizes of the values held now."""
        with self._lock:
            return self._used

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def _discard(self, key: K) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self._used -= item[1]
