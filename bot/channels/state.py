"""Where per-user and per-delivery state lives: this process's memory, or Redis shared by replicas.

    state = shared_state(settings)           # memory unless GCIO_REDIS_URL is set
    state.deduper("tg")                      # first_time(update_id)
    state.limiter(per_minute)                # allow(user)
    state.conversations(ttl_seconds)         # get(key) / put(key, context)
    state.answers(fallback=AnswerStore())    # put(answer) -> key / get(key)

Every backend has the interface of its in-memory twin, so `ChatService` and the adapters do not
know which one they hold.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from bot.channels.conversations import ConversationStore, RedisConversationStore
from bot.channels.dedupe import Deduper, RedisDeduper
from bot.channels.ratelimit import RateLimiter, RedisRateLimiter

logger = logging.getLogger(__name__)


@dataclass
class SharedState:
    guard: Any = None  # a RedisGuard when Redis is configured

    @property
    def backend(self) -> str:
        return "redis" if self.guard is not None else "memory"

    def deduper(self, namespace: str, *, ttl: float = 3600.0):
        if self.guard is None:
            return Deduper(ttl=ttl)
        return RedisDeduper(self.guard, namespace, ttl=ttl)

    def limiter(self, per_minute: int, *, burst: int | None = None):
        if self.guard is None:
            return RateLimiter(per_minute, burst=burst)
        return RedisRateLimiter(self.guard, per_minute, burst=burst)

    def conversations(self, ttl_seconds: float):
        if self.guard is None:
            return ConversationStore(ttl_seconds)
        return RedisConversationStore(self.guard, ttl_seconds)

    def answers(self, *, fallback, ttl_seconds: float = 7 * 24 * 3600):
        """`fallback` is the in-memory store (returned as is without Redis)."""
        if self.guard is None:
            return fallback
        from bot.channels.redis_state import RedisAnswerStore

        return RedisAnswerStore(self.guard, ttl_seconds=ttl_seconds, fallback=fallback)

    def health(self) -> str:
        """ "memory", or "ok"/"down" for Redis (one PING, up to the 0.5 s timeout: call off the loop)."""
        if self.guard is None:
            return "memory"
        return "ok" if self.guard.ping() else "down"

    def close(self) -> None:
        if self.guard is not None:
            try:
                self.guard.client.close()
            except Exception:  # closing a pool whose server is gone
                pass


def check_redis_url(settings) -> str | None:
    """A one-line problem with GCIO_REDIS_URL (None when unset or well-formed); no connection is made."""
    url = settings.gcio_redis_url.get_secret_value().strip() if settings.gcio_redis_url else ""
    if not url:
        return None
    try:
        from redis.connection import parse_url

        parse_url(url)
    except ValueError as exc:
        return (
            f"GCIO_REDIS_URL is not a Redis URL ({str(exc).splitlines()[0][:120]}): use redis://host:6379/0"
        )
    return None


def shared_state(settings) -> SharedState:
    url = settings.gcio_redis_url.get_secret_value().strip() if settings.gcio_redis_url else ""
    if not url:
        return SharedState()
    from bot.channels.redis_state import RedisGuard, connect, describe

    client = connect(url)
    prefix = getattr(settings, "gcio_redis_prefix", None) or "gcio"
    guard = RedisGuard(client, prefix=prefix)
    logger.info("shared state in redis at %s (prefix %r)", describe(client), prefix)
    return SharedState(guard)
