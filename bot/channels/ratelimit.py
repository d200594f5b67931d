"""Per-user token bucket: `rate` questions per minute with a burst of the same size."""

from __future__ import annotations

import time
from threading import Lock


class RateLimiter:
    def __init__(
        self, per_minute: int, *, burst: int | None = None, max_users: int = 100_000, clock=time.monotonic
    ):
        self._rate = per_minute / 60.0
        self._burst = float(burst if burst is not None else per_minute)
        self._clock = clock
        self._max_users = max_users
        self._buckets: dict[str, tuple[float, float]] = {}  # user -> (tokens, last time)
        self._lock = Lock()

    def allow(self, user: str) -> bool:
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(user, (self._burst, now))
            tokens = min(self._burst, tokens + (now - last) * self._rate)
            ok = tokens >= 1.0
            if ok:
                tokens -= 1.0
            if len(self._buckets) >= self._max_users and user not in self._buckets:
                self._prune(now)
            self._buckets[user] = (tokens, now)
            return ok

    def _prune(self, now: float) -> None:
        # Users whose bucket has refilled completely carry no state worth keeping.
        full = [u for u, (t, last) in self._buckets.items() if t + (now - last) * self._rate >= self._burst]
        for u in full:
            del self._buckets[u]
        if len(self._buckets) >= self._max_users:
            self._buckets.clear()
