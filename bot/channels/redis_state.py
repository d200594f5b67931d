"""Redis plumbing shared by the Redis-backed stores (dedupe, rate limits, conversations, answers).

Set `GCIO_REDIS_URL` (e.g. `redis://127.0.0.1:6379/0`) and every replica of the bot shares the
state that must be shared for any replica to serve any update: delivery ids already handled,
rate-limit buckets, conversation context and the payloads behind answer buttons.

The stores keep the synchronous interfaces of their in-memory twins (they are called from the
event loop), so each Redis call is short and bounded: 0.5 s connect/read timeouts, and after a
failure `RedisGuard` skips Redis for a few seconds and serves from the replica's own memory
(fail open: a duplicate may be answered twice, a limit is per replica for that while), logging one
line per minute instead of one per request.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import redis

from bot.channels.logthrottle import LogThrottle
from bot.core.models import Answer

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_PREFIX = "gcio"
KEY_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")  # answer keys: secrets.token_urlsafe(6) is 8 of these


def connect(url: str, *, timeout: float = 0.5) -> redis.Redis:
    """A pooled client with short timeouts (the pool connects lazily: no I/O here)."""
    return redis.Redis.from_url(
        url,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        health_check_interval=30,
        retry_on_timeout=False,
        decode_responses=False,
    )


class RedisGuard:
    """Run one Redis call; on failure, and for `cooldown` seconds after it, use the fallback instead."""

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = DEFAULT_PREFIX,
        cooldown: float = 5.0,
        clock=time.monotonic,
    ):
        self.client = client
        self.prefix = prefix
        self.cooldown = cooldown
        self._clock = clock
        self._down_until = 0.0
        self.failures = 0
        self._throttle = LogThrottle(logger, 60.0)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    @property
    def healthy(self) -> bool:
        return self._clock() >= self._down_until

    def call(self, what: str, fn: Callable[[redis.Redis], T], fallback: Callable[[], T]) -> T:
        if self._clock() < self._down_until:
            return fallback()
        try:
            return fn(self.client)
        except (redis.RedisError, OSError) as exc:
            self.failures += 1
            self._down_until = self._clock() + self.cooldown
            self._throttle.warning(
                "redis-down",
                "redis unavailable during %s (%s): this replica uses its own memory for %.1fs",
                what,
                type(exc).__name__,
                self.cooldown,
            )
            return fallback()

    def ping(self) -> bool:
        try:
            ok = bool(self.client.ping())
        except (redis.RedisError, OSError):
            ok = False
        if ok:
            self._down_until = 0.0
        return ok


class AnswerStoreLike(Protocol):
    def put(self, answer: Answer) -> str: ...

    def get(self, key: str) -> Answer | None: ...


class RedisAnswerStore:
    """Answers behind the "full clause" and 👍/👎 buttons, by short random key, shared by replicas.

    Same interface as `bot.channels.service.AnswerStore` (put -> key, get(key) -> Answer | None);
    entries expire after `ttl_seconds`. `fallback` (an in-memory store) serves while Redis is down.
    """

    def __init__(
        self,
        guard: RedisGuard,
        *,
        ttl_seconds: float = 7 * 24 * 3600,
        fallback: AnswerStoreLike | None = None,
    ):
        self.guard = guard
        self.ttl_ms = max(1000, int(ttl_seconds * 1000))
        self.fallback = fallback

    def put(self, answer: Answer) -> str:
        key = secrets.token_urlsafe(6)
        data = answer.model_dump_json().encode()

        def fallback() -> str:
            return self.fallback.put(answer) if self.fallback is not None else key

        return self.guard.call(
            "answer put",
            lambda r: (r.set(self.guard.key("ans", key), data, px=self.ttl_ms), key)[1],
            fallback,
        )

    def get(self, key: str) -> Answer | None:
        if not isinstance(key, str) or not KEY_RE.match(key):
            return None

        def fallback() -> Answer | None:
            return self.fallback.get(key) if self.fallback is not None else None

        raw = self.guard.call("answer get", lambda r: r.get(self.guard.key("ans", key)), lambda: None)
        if raw is None:
            return fallback()  # also finds answers stored locally while Redis was down
        try:
            return Answer.model_validate_json(raw)
        except ValueError:
            logger.warning("answer %s in redis is unreadable: ignored", key)
            return None


def describe(client: Any) -> str:
    """host:port/db of a client, for logs (never the password)."""
    try:
        kw = client.connection_pool.connection_kwargs
        return f"{kw.get('host', '?')}:{kw.get('port', '?')}/{kw.get('db', 0)}"
    except Exception:
        return "?"
