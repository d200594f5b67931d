"""Core exception types; adapters map them to exit codes, HTTP codes and polite replies.

"No answer" is not an error: it is an Answer with abstained=True.
"""

from __future__ import annotations


class GcioError(Exception):
    """Base class for errors the core raises on purpose."""


class KnowledgeError(GcioError):
    """One or more knowledge files are invalid; each problem names its file (and line)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid knowledge base:\n" + "\n".join(f"  - {p}" for p in problems))


class IndexNotFoundError(GcioError):
    """No built index where one was expected."""


class IndexMismatchError(GcioError):
    """The index on disk is stale, corrupt, or was built by another model."""
