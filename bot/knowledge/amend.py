"""Carry amendments across documents.

A newer resolution that amends an older one quotes the old wording ("...ตามนัยมติ...") and
restates it. When the older resolution is in the knowledge base too, the quoted clause is found
in it and marked superseded, linked to its replacement; so a chain of amendments to the same
rule reads newest first, then each earlier version with its own document and date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from bot.core.models import Clause, Document

MIN_SIMILARITY = 0.85


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _best_match(quote: Clause, candidates: Sequence[Clause]) -> Clause | None:
    q = _squash(quote.text)
    squashed = [(c, _squash(c.text)) for c in candidates]
    exact = next((c for c, t in squashed if t == q), None)
    if exact is not None:  # a verbatim quotation: the usual case
        return exact
    best, best_ratio = None, MIN_SIMILARITY
    for c, t in squashed:
        # The ratio cannot reach the bar when the lengths differ too much: skip before the costly part.
        if 2 * min(len(q), len(t)) / ((len(q) + len(t)) or 1) < best_ratio:
            continue
        m = SequenceMatcher(None, q, t, autojunk=False)
        if m.real_quick_ratio() < best_ratio or m.quick_ratio() < best_ratio:
            continue
        ratio = m.ratio()
        if ratio >= best_ratio:
            best, best_ratio = c, ratio
    return best


def apply_amendments(docs: Sequence[Document], clauses: list[Clause]) -> None:
    """Mark clauses of amended documents superseded where a newer document quotes and restates them."""
    by_doc: dict[str, list[Clause]] = {}
    for c in clauses:
        by_doc.setdefault(c.doc_id, []).append(c)
    order = {d.meta.id: (d.meta.date, d.meta.id) for d in docs}
    for doc_id in sorted(by_doc, key=lambda i: order.get(i, (None, i))):
        for quote in by_doc[doc_id]:
            if quote.status != "superseded" or quote.kind not in ("item", "paragraph"):
                continue
            if not quote.quoted_from or quote.quoted_from not in by_doc or quote.quoted_from == doc_id:
                continue
            pool = [
                c
                for c in by_doc[quote.quoted_from]
                if c.status == "current" and c.kind in ("item", "paragraph")
            ]
            target = _best_match(quote, pool)
            if target is None:
                continue
            quote.same_as = target.uid
            target.status = "superseded"
            target.replaced_by = quote.replaced_by or quote.uid
