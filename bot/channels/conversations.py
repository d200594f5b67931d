"""Conversation context per chat, forgotten after an idle time, so a follow-up ("แล้วเลขานุการล่ะ")
is read against the turn before it. Channels choose the key (a Telegram chat, a LINE source, a web tab)."""

from __future__ import annotations

from threading import Lock

from cachetools import TTLCache

from bot.core.models import Context


class ConversationStore:
    """In-memory, bounded: the oldest conversations go first when it is full."""

    def __init__(self, ttl_seconds: float = 1800, max_size: int = 50_000):
        self._items: TTLCache[str, Context] = TTLCache(maxsize=max_size, ttl=ttl_seconds)
        self._lock = Lock()

    def get(self, key: str) -> Context | None:
        with self._lock:
            return self._items.get(key)

    def put(self, key: str, context: Context | None) -> None:
        """Each write restarts the idle clock; None forgets the conversation."""
        with self._lock:
            if context is None:
                self._items.pop(key, None)
            else:
                self._items[key] = context

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


class RedisConversationStore:
    """Conversation context in Redis, shared by every replica (a follow-up may reach another one).

    Same get/put as `ConversationStore`; each put restarts the key's expiry. `fallback` (an
    in-memory ConversationStore) serves while Redis is unreachable (see `RedisGuard`)."""

    def __init__(self, guard, ttl_seconds: float = 1800, *, fallback: ConversationStore | None = None):
        self.guard = guard
        self.ttl_ms = max(1000, int(ttl_seconds * 1000))
        self.fallback = fallback if fallback is not None else ConversationStore(ttl_seconds)

    def _key(self, key: str) -> str:
        if len(key) > 160:
            import hashlib

            key = "h:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()
        return self.guard.key("conv", key)

    def get(self, key: str) -> Context | None:
        raw = self.guard.call("conversation get", lambda r: r.get(self._key(key)), lambda: None)
        if raw is None:
            return self.fallback.get(key)
        try:
            return Context.model_validate_json(raw)
        except ValueError:
            return None

    def put(self, key: str, context: Context | None) -> None:
        name = self._key(key)
        if context is None:
            self.guard.call("conversation put", lambda r: r.delete(name), lambda: None)
            self.fallback.put(key, None)
            return
        data = context.model_dump_json().encode()
        self.guard.call(
            "conversation put",
            lambda r: r.set(name, data, px=self.ttl_ms),
            lambda: self.fallback.put(key, context),
        )
