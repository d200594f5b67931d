"""The one error an import raises: its message names the file and says what to do."""

from __future__ import annotations

from bot.core.errors import GcioError


class IngestError(GcioError):
    """The file cannot become a resolution (unreadable, no Thai text, invalid front matter)."""
