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


# A token bucket in one atomic script; Redis's own clock, so replicas with skewed clocks agree.
_BUCKET_LUA = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local v = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(v[1]) or burst
local ts = tonumber(v[2]) or now
if now > ts then tokens = math.min(burst, tokens + (now - ts) * rate) end
local ok = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'ts', string.format('%.6f', now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return ok
"""


class RedisRateLimiter:
    """The same per-user token bucket as `RateLimiter`, shared by every replica through Redis.

    Buckets expire once they would have refilled, so idle users cost nothing. `fallback` (an
    in-memory RateLimiter) decides while Redis is unreachable (see `RedisGuard`)."""

    def __init__(
        self, guard, per_minute: int, *, burst: int | None = None, fallback: RateLimiter | None = None
    ):
        self.guard = guard
        self._rate = per_minute / 60.0
        self._burst = float(burst if burst is not None else per_minute)
        self.fallback = fallback if fallback is not None else RateLimiter(per_minute, burst=burst)
        self._script = guard.client.register_script(_BUCKET_LUA)

    def allow(self, user: str) -> bool:
        key = self.guard.key("rl", user if len(user) <= 128 else user[:128])
        return self.guard.call(
            "rate limit",
            lambda r: bool(self._script(keys=[key], args=[repr(self._rate), repr(self._burst)], client=r)),
            lambda: self.fallback.allow(user),
        )
