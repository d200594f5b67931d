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
