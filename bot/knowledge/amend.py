"""Carry amendments across documents.

A newer resolution that amends an older one quotes the old wording ("...ตามนัยมติ...") and
restates it. When the older resolution is in the knowledge base too, the quoted clause is found
in it and marked superseded, linked to its replacement; so a chain of amendments to the same
rule reads newest first, then each earlier version with its own document and date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from bot.core.models import Clause, Document

MIN_SIMILARITY = 0.85
SINGLE_ROLES = frozenset({"chair", "vice_chair", "secretary"})


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


# -- facts ------------------------------------------------------------------------------------------


def same_holder(a: str | None, b: str | None) -> bool:
    """ "สถิติจังหวัด" names the holder "สถิติจังหวัด/หัวหน้าหน่วยงาน...ของกรุงเทพมหานคร" too."""
    if not a or not b:
        return False
    sa, sb = _squash(a).rstrip("."), _squash(b).rstrip(".")
    if sa == sb or (min(len(sa), len(sb)) >= 4 and (sa in sb or sb in sa)):
        return True
    return fuzz.ratio(sa, sb) >= 85


def same_issue(a: str, b: str) -> bool:
    """Two wordings of one issue: nearly the same text, or one the head of the other."""
    sa, sb = _squash(a), _squash(b)
    if not sa or not sb:
        return False
    head = min(len(sa), len(sb), 30)
    if head >= 12 and sa[:head] == sb[:head]:
        return True
    return fuzz.token_set_ratio(a, b) >= 80 or fuzz.ratio(sa, sb) >= 75


def _order(f) -> tuple:
    return (f.date or dt.date.min, 0 if f.status == "superseded" else 1)


def supersede_facts(book, docs: Sequence[Document], glossary=None) -> None:
    """A newer statement of the same role or lead supersedes the older one, across documents.

    Chair, vice chair and secretary have one holder: the newest statement wins. Assistant
    secretaries and members are sets: "แทน Y" / "จากเดิม Y" replaces Y, a newer full list replaces
    the older list, and "... เพิ่มเติม" only adds. A Bangkok-only statement supersedes only Bangkok.
    """
    groups: dict[tuple, list] = {}
    for f in book.roles:
        groups.setdefault((f.committee, f.role, f.variant), []).append(f)
    for (_, role, _), facts in groups.items():
        facts.sort(key=_order)
        for i, new in enumerate(facts):
            if new.status != "current":
                continue
            older = [o for o in facts[:i] if o.doc_id != new.doc_id or o.status == "superseded"]
            if role in SINGLE_ROLES:
                targets = older
            elif new.replaced:
                targets = [o for o in older if same_holder(o.holder, new.replaced)]
            elif new.added:
                targets = []
            else:  # a set: a newer list of it replaces the older list
                listed = [f for f in facts if f.doc_id == new.doc_id and f.status == "current"]
                targets = older if (role == "assistant_secretary" or len(listed) >= 2) else []
            for old in targets:
                old.status = "superseded"
                if old.superseded_by is None or old.superseded_by.split(":")[1] == old.doc_id:
                    old.superseded_by = new.id
    # A newer general statement that names Bangkok too ("X/ปลัดกรุงเทพมหานคร") supersedes a Bangkok-only one.
    for f in book.roles:
        if f.variant and f.status == "current":
            for g in book.roles:
                if (g.committee, g.role, g.variant) == (f.committee, f.role, None) and g.status == "current":
                    if _order(g) > _order(f) and "กรุงเทพ" in (g.holder or ""):
                        f.status, f.superseded_by = "superseded", g.id
    # Leads: the same issue restated by a newer document.
    leads = sorted(book.leads, key=_order)
    for i, new in enumerate(leads):
        if new.status != "current":
            continue
        for old in leads[:i]:
            if old.doc_id == new.doc_id or _order(old) >= _order(new):
                continue
            if old.status == "current" and (
                same_issue(old.issue, new.issue)
                or _refers_to(new.issue, old)
                or (
                    new.replaced
                    and same_holder(old.agencies, new.replaced)
                    and _refers_to_any(new.issue, old.issue)
                )
            ):
                old.status, old.superseded_by = "superseded", new.id


def _refers_to(text: str, old) -> bool:
    """ "ประเด็นที่ 6" / "ข้อ 2.2 (6)" refers to the issue numbered 6)."""
    m = re.search(r"(?:ประเด็น|ข้อ)\s*(?:ที่)?\s*(?:\d+(?:\.\d+)*\s*)?\(?(\d{1,2})\)?", text)
    return bool(m and old.number and old.number.rstrip(")") == m.group(1))


def _refers_to_any(a: str, b: str) -> bool:
    return fuzz.partial_ratio(_squash(a), _squash(b)) >= 70
