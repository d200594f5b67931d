"""Warnings that catch silent mistakes: an `amends` that supersedes nothing, a document no fact
could be read from. Each names the file and line to look at."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.core.models import Clause, Document
from bot.knowledge.facts import FactBook


def _amends_line(root: Path | None, doc: Document) -> int:
    """Line of `amends:` in the file's front matter (the file's first line when it cannot be read)."""
    if root is None:
        return 1
    try:
        lines = (Path(root) / doc.path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 1
    return next((i for i, ln in enumerate(lines, 1) if ln.lstrip().startswith("amends")), 1)


def warnings(
    docs: Sequence[Document], clauses: Sequence[Clause], book: FactBook, root: Path | None = None
) -> list[str]:
    out: list[str] = []
    by_doc: dict[str, list[Clause]] = {}
    for c in clauses:
        by_doc.setdefault(c.doc_id, []).append(c)
    facts = [*book.roles, *book.leads]
    by_id = {f.id: f for f in facts}
    for d in docs:
        mine = by_doc.get(d.meta.id, [])
        if d.meta.amends and mine:
            quotes = any(c.quoted_from in d.meta.amends for c in mine)
            replaced = any(
                f.superseded_by
                and f.doc_id != d.meta.id
                and by_id.get(f.superseded_by, f).doc_id == d.meta.id
                for f in facts
            )
            stated = any(f.replaced for f in facts if f.doc_id == d.meta.id)
            if not (quotes or replaced or stated):
                out.append(
                    f"{d.path}:{_amends_line(root, d)}: amends {', '.join(d.meta.amends)} but supersedes nothing in it: "
                    "no old/new wording, no role or lead agency restated (write the change as 'ให้ X ... แทน Y', "
                    "'จากเดิม ... เป็น ...', or quote the old text under '...ตามนัยมติ...')"
                )
        fact_count = sum(1 for f in [*book.roles, *book.leads, *book.measures] if f.doc_id == d.meta.id)
        if mine and fact_count == 0:
            out.append(
                f"{d.path}:{d.body_line}: no role, lead agency or measure could be read from this document; "
                "answers will come from its text only (check its numbering and 'X เป็นประธาน' / 'ผู้รับผิดชอบ:' lines)"
            )
    return out
