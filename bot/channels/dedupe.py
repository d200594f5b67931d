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


class RedisDeduper:
    """`first_time(key)` shared by every replica: `SET key 1 NX PX ttl` is atomic, so of two
    replicas that get the same update at once exactly one sees True.

    `namespace` keeps channels apart ("tg", "line"); `fallback` (an in-memory Deduper) decides
    while Redis is unreachable (see `RedisGuard`)."""

    def __init__(self, guard, namespace: str, *, ttl: float = 3600.0, fallback: Deduper | None = None):
        self.guard = guard
        self.namespace = namespace
        self.ttl_ms = max(1000, int(ttl * 1000))
        self.fallback = fallback if fallback is not None else Deduper(ttl=ttl)

    def _key(self, key: str) -> str:
        if len(key) > 128:  # ids are short; a long one is hashed rather than stored
            import hashlib

            key = "h:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()
        return self.guard.key("dd", self.namespace, key)

    def first_time(self, key: str) -> bool:
        name = self._key(key)
        return self.guard.call(
            "dedupe",
            lambda r: bool(r.set(name, b"1", nx=True, px=self.ttl_ms)),
            lambda: self.fallback.first_time(key),
        )
