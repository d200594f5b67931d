"""Hot-swappable engine: readers grab the current engine, reloads swap it atomically.

A request takes a reference to the engine in use when it starts and finishes on it, even
if a reload swaps in a new one meanwhile (the old engine stays alive until its last
reader drops it). A failed reload keeps the old engine. An index older than knowledge/ is
not a failure: it is what `gcio-bot index rollback` asks for, so it is served and the reload
result carries the warning.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock
from typing import Any, Protocol

from bot.core.errors import GcioError
from bot.core.models import Answer, Context

logger = logging.getLogger(__name__)


class EngineLike(Protocol):
    version: str
    document_count: int

    def ask(self, question: str, *, id: str | None = None, context: Context | None = None) -> Answer: ...


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    old_version: str
    version: str  # the version in use after the attempt
    message: str
    seconds: float = 0.0


class EngineHolder:
    """Holds the engine in use; `reload()` loads a fresh one off the event loop and swaps it in."""

    def __init__(self, engine: EngineLike, loader: Callable[[], EngineLike], *, cache_size: int = 512):
        self._engine = engine
        self._loader = loader
        self._reload_lock = asyncio.Lock()
        # Answers depend only on (index version, question): cache repeated questions.
        self._cache: OrderedDict[tuple[str, str, str], Answer] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = Lock()

    @property
    def engine(self) -> EngineLike:
        return self._engine

    @property
    def version(self) -> str:
        return str(self._engine.version)

    @property
    def document_count(self) -> int:
        return int(self._engine.document_count)

    def ask(self, question: str, *, id: str | None = None, context: Context | None = None) -> Answer:
        """Synchronous, CPU-bound: call it via `asyncio.to_thread`."""
        engine = self._engine  # one reference for the whole request
        key = (str(engine.version), question, context.model_dump_json() if context else "")
        if self._cache_size:
            with self._cache_lock:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
            if hit is not None:
                return hit.model_copy(update={"id": id})
        answer = engine.ask(question, id=id, context=context) if context else engine.ask(question, id=id)
        if self._cache_size:
            with self._cache_lock:
                self._cache[key] = answer
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return answer

    async def reload(self) -> ReloadResult:
        """Load whatever index version is current on disk; keep the old engine on failure."""
        async with self._reload_lock:
            old = self._engine
            old_version = str(old.version)
            t0 = time.perf_counter()
            try:
                new = await asyncio.to_thread(self._loader)
            except GcioError as exc:
                logger.error("reload failed, keeping index %s: %s", old_version, exc)
                return ReloadResult(False, old_version, old_version, f"{type(exc).__name__}: {exc}")
            except Exception as exc:  # a bug in loading must not take the bot down either
                logger.exception("reload failed unexpectedly, keeping index %s", old_version)
                return ReloadResult(False, old_version, old_version, f"{type(exc).__name__}: {exc}")
            self._engine = new  # atomic reference swap
            with self._cache_lock:
                self._cache.clear()
            dt = time.perf_counter() - t0
            logger.info("reloaded index %s -> %s in %.2fs", old_version, new.version, dt)
            # An index older than knowledge/ (e.g. after `index rollback`) is served, with its warning.
            notes = getattr(getattr(new, "index", None), "warnings", None) or []
            message = f"reloaded; warning: {notes[0]}" if notes else "reloaded"
            return ReloadResult(True, old_version, str(new.version), message, dt)

    def info(self) -> dict[str, Any]:
        return {"index_version": self.version, "document_count": self.document_count}
