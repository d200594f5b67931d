"""Remember recently seen delivery ids (Telegram update_id, LINE webhookEventId)."""

from __future__ import annotations

import time
from collections import OrderedDict
from threading import Lock


class Deduper:
    """`first_time(key)` is True once per key within `ttl` seconds (bounded memory)."""

    def __init__(self, ttl: float = 3600.0, max_size: int = 50_000, clock=time.monotonic):
        self._ttl = ttl
        self._max = max_size
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = Lock()

    def first_time(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            # Drop expired entries from the old end.
            while self._seen:
                k, t = next(iter(self._seen.items()))
                if now - t < self._ttl and len(self._seen) < self._max:
                    break
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True

    def __len__(self) -> int:
        return len(self._seen)
