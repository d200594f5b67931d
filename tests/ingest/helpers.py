"""Facts as comparable keys, for checking an imported resolution against the project's .md."""

from __future__ import annotations

import re
from pathlib import Path

from bot.ingest.impact import read_view


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def fact_keys(root: Path, doc_id: str, *, spaces: bool = True) -> dict[str, set[tuple]]:
    """Roles, lead agencies and measures one document contributes, as the bot reads them.

    spaces=False compares with all whitespace removed: a PDF loses the space at a line wrap
    (Thai has no way to show it), which changes no fact's meaning."""
    view = read_view(root)
    norm = (lambda t: " ".join((t or "").split())) if spaces else _squash
    book = view.book
    return {
        "roles": {
            (f.committee, f.role, norm(f.holder), f.status, f.quote) for f in book.roles if f.doc_id == doc_id
        },
        "leads": {
            (norm(f.issue), norm(f.agencies), f.status, f.quote) for f in book.leads if f.doc_id == doc_id
        },
        "measures": {
            (norm(f.title), tuple(norm(i) for i in f.items)) for f in book.measures if f.doc_id == doc_id
        },
    }


def matched(found: dict[str, set[tuple]], expected: dict[str, set[tuple]]) -> tuple[int, int]:
    """(facts of the reference found in the import, facts of the reference)."""
    hit = sum(len(found[k] & expected[k]) for k in expected)
    return hit, sum(len(v) for v in expected.values())
