"""Who leads an issue: "ใครรับผิดชอบการสนับสนุนงบประมาณ", "ประเด็นที่ 4 ใครเป็นเจ้าภาพ"."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.bank import short
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary
from bot.knowledge.facts import LeadFact

MIN_OVERLAP = 0.34


def _numbered(frame: Frame, leads: list[LeadFact]) -> LeadFact | None:
    """ "ประเด็นที่ 6", "ข้อ 2.2 ข้อ 6", "issue 4": the issue with that number in its list."""
    refs = re.findall(r"(?:ประเด็น|ข้อ|issue|item|no\.?)\s*(?:ที่)?\s*\(?(\d+(?:\.\d+)*)\)?", frame.text, re.I)
    plain = [r for r in refs if "." not in r]
    if not plain:
        return None
    hits = [f for f in leads if f.number and f.number.rstrip(")") == plain[-1]]
    return max(hits, key=lambda f: f.date or 0) if hits else None


def best_lead(frame: Frame, kb: KB, vocab: Vocabulary, exclude_agency: bool = False) -> LeadFact | None:
    """The lead fact the question is about: by number, by the generated questions, by shared words."""
    leads = kb.in_force(kb.book.leads, frame.year) if not frame.history else kb.book.leads
    if not leads:
        return None
    numbered = _numbered(frame, leads)
    if numbered is not None:
        return numbered
    content = frame.content
    if exclude_agency and frame.agencies:
        agency_words = {t for a in frame.agencies for t in kb.thai.tokens(vocab.agency_name(a))}
        content = [t for t in content if t not in agency_words]
    by_clause = {f.clause: f for f in leads}
    hits = kb.search(frame.text, k=5, keep=lambda c: c.uid in by_clause)
    near: dict[str, float] = {}
    for e, s in frame.bank:
        if e.intent in ("lead_of", "issues_of", "yes_no") and e.fact:
            near[e.fact] = max(near.get(e.fact, 0.0), s)
    top = max(near.values(), default=0.0)
    scored: dict[str, float] = {}
    for rank, h in enumerate(hits):
        f = by_clause[h.clause.uid]
        scored[f.id] = h.score * (1.0 - 0.05 * rank) + 0.3 * vocab.issue_score(f, content)
    for f in leads:
        if f.id in near:
            scored[f.id] = scored.get(f.id, 0.0) + max(0.0, 0.15 - 3 * (top - near[f.id]))
    if not scored:
        return None
    ranked = sorted(scored, key=lambda k: -scored[k])
    f = next(x for x in leads if x.id == ranked[0])
    if vocab.issue_score(f, content) < MIN_OVERLAP and near.get(f.id, 0.0) < top:
        return None  # the nearest issue shares too little with the question
    return f


class Lead:
    name = "lead"

    def applies(self, frame: Frame) -> bool:
        return frame.intent in ("lead_of", "history") and frame.role is None

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        f = best_lead(frame, kb, vocab)
        if f is None:
            return None
        prev = [(p.agencies, p.clause) for p in kb.previous(f) if p.agencies != f.agencies][:1]
        label = f.label if not frame.english else f"Lead agencies ({f.label})"
        lines = [f"{label}: {f.agencies}", f"ประเด็น: {short(f.issue, 220)}"]
        if frame.history and prev:
            lines = [
                f"เดิม ผู้รับผิดชอบหลัก: {prev[0][0]}",
                f"ปัจจุบัน: {f.agencies}",
                f"ประเด็น: {short(f.issue, 200)}",
            ]
            return Draft(kind="history", lines=lines, cite=[prev[0][1], f.clause], confidence=0.8)
        return Draft(kind="lead", lines=lines, cite=[f.clause], previously=prev, replaced_note=f.replaced,
                     confidence=0.85)  # fmt: skip
