"""The core's front door: load the index and the model once, then answer questions.

Channels (CLI, Telegram, LINE, web) only call `Engine.load(...)` and `Engine.ask(...)`.
This module imports nothing from any channel or web library.
"""

from __future__ import annotations

from pathlib import Path

from bot.config import CoreSettings
from bot.models import Answer


class Engine:
    """Loaded index + embedder; thread-safe for concurrent `ask` calls (read-only state)."""

    version: str  # index version in use
    document_count: int
    clause_count: int

    @classmethod
    def load(cls, settings: CoreSettings | None = None, *, index_dir: Path | None = None) -> Engine:
        """Load the current index version (raises IndexNotFoundError / IndexMismatchError)."""
        raise NotImplementedError

    def ask(self, question: str, *, id: str | None = None) -> Answer:
        """Answer one question; never raises on bad input (returns an abstaining Answer)."""
        raise NotImplementedError
