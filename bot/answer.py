"""Turn a question into a short, cited answer extracted from the clauses, or an honest abstention.

No text is generated: every answer is a span of a clause (a role holder, the lead agencies of
an issue, a list of measures, a date), followed by its source and, where the rule was amended,
what it used to be. When the evidence does not answer the question, the answer says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.facts import ROLE_ENGLISH, LeadFact, RoleFact, lead_facts, role_facts
from bot.index import Hit, LoadedIndex, Retriever
from bot.models import Answer, Citation, Clause
from bot.question import Question, analyse
from bot.thai import THAI_DATE, ThaiText, thai_date

MAX_ANSWER = 600
EXAMPLES = [
    "ใครเป็นประธานคณะกรรมการ GCIO",
    "เลขานุการคณะกรรมการ PCIO ของกรุงเทพมหานครคือใคร",
    "ใครรับผิดชอบการสนับสนุนงบประมาณระบบดิจิทัล",
    "มาตรการ New Normal มีอะไรบ้าง",
]
PROBLEM_TEXT = {
    "empty": "กรุณาพิมพ์คำถามเกี่ยวกับมติคณะรัฐมนตรีเรื่องแนวทางการบริหารจัดการ GCIO",
    "too_long": "คำถามยาวเกินไป กรุณาถามสั้น ๆ ไม่เกิน 500 ตัวอักษร",
    "no_words": "ไม่พบข้อความคำถาม กรุณาพิมพ์คำถามเป็นตัวอักษร",
}
NOT_COVERED = "มติคณะรัฐมนตรีที่มีอยู่ไม่ได้กล่าวถึงเรื่องนี้ จึงตอบไม่ได้"
ROLE_MISSING = "มติที่มีอยู่ไม่ได้ระบุตำแหน่ง{role}ของ{committee}"
MIN_COVERAGE = 0.5


@dataclass
class Draft:
    text: str
    clause: Clause
    kind: str
    confidence: float
    extra: list[Clause] | None = None  # more clauses to cite (e.g. both committees)


def _cut(text: str, limit: int) -> str:
    text = re.sub(r"\s*\n\s*", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.6 else cut) + "…"


def _committee_name(key: str | None) -> str:
    return f"คณะกรรมการ {key}" if key else "คณะกรรมการ"


class Answerer:
    """Everything needed per question, built once per index: facts, retriever, tokenizer."""

    def __init__(self, index: LoadedIndex, retriever: Retriever, thai: ThaiText) -> None:
        self.index = index
        self.retriever = retriever
        self.thai = thai
        self.glossary = index.glossary
        self.roles: list[RoleFact] = role_facts(index.clauses, index.by_uid)
        self.leads: list[LeadFact] = lead_facts(index.clauses, index.glossary)
        self.vocab: set[str] = set(getattr(index.bm25, "vocab_dict", {}) or {})
        self._glossary_words = {w for k in self.glossary.terms for w in re.split(r"\s+", k.lower())}

    # -- entry point ------------------------------------------------------------------------
    def ask(self, raw: str, id: str | None = None) -> Answer:
        q = analyse(raw, self.thai, self.glossary)
        if q.problem:
            return self._abstain(q, PROBLEM_TEXT[q.problem], kind="invalid", id=id)
        coverage = self._coverage(q)
        if coverage < MIN_COVERAGE:
            return self._abstain(q, NOT_COVERED, id=id)
        draft = None
        if q.role and not q.committee and coverage < 1.0:
            # A role in a body the resolutions never name ("ประธานสภา...", "...การเลือกตั้ง").
            return self._abstain(q, NOT_COVERED, id=id)
        if q.role:
            draft = self._role_answer(q)
            if draft is None and (q.committee or coverage >= 1.0):
                committee = _committee_name(q.committee)
                return self._abstain(q, ROLE_MISSING.format(role=q.role, committee=committee), id=id)
            if draft is None:
                return self._abstain(q, NOT_COVERED, id=id)
        if draft is None and "lead" in q.intents and not ({"when", "define", "purpose"} & q.intents):
            draft = self._lead_answer(q)
        if draft is None:
            draft = self._general_answer(q)
        if draft is None:
            return self._abstain(q, NOT_COVERED, id=id)
        return self._finish(q, draft, coverage, id)

    # -- gates --------------------------------------------------------------------------------
    def _coverage(self, q: Question) -> float:
        """Share of the question's topic words that the knowledge base knows at all."""
        if not q.content:
            return 1.0 if (q.role or q.committee) else 0.0
        known = 0
        for tok in q.content:
            if tok in self.vocab or tok in self._glossary_words:
                known += 1
            elif any(tok in self.vocab for tok in self.thai.tokens(self.glossary.expand(tok))[1:]):
                known += 1
        return known / len(q.content)

    # -- roles ----------------------------------------------------------------------------------
    def _role_answer(self, q: Question) -> Draft | None:
        facts = [f for f in self.roles if f.role == q.role]
        if q.committee:
            facts = [f for f in facts if f.committee == q.committee]
        if not facts:
            return None
        want = "superseded" if q.history else "current"
        chosen = [f for f in facts if f.clause.status == want]
        if not chosen and q.history:
            return None
        if not chosen:
            chosen = facts
        # Newest first; one fact per committee.
        chosen.sort(key=lambda f: (f.clause.doc_date or 0, f.clause.line), reverse=True)
        if q.history:  # the rule right before the one in force, not the oldest
            chosen.sort(key=lambda f: (self._replaced_date(f.clause), f.clause.line), reverse=True)
        per_committee: dict[str | None, RoleFact] = {}
        for f in chosen:
            per_committee.setdefault(f.committee, f)
        lines = []
        for f in per_committee.values():
            lines.append(self._role_line(q, f, many=len(per_committee) > 1))
        first = next(iter(per_committee.values()))
        extra = [f.clause for f in list(per_committee.values())[1:]]
        return Draft(
            "\n".join(lines),
            first.clause,
            "history" if q.history else ("chair" if q.role in ("ประธาน", "รองประธาน") else "role"),
            0.9,
            extra,
        )

    def _replaced_date(self, c: Clause):
        new = self.index.by_uid.get(c.replaced_by or "")
        return (new.doc_date if new and new.doc_date else c.doc_date) or 0

    def _role_line(self, q: Question, f: RoleFact, many: bool) -> str:
        where = _committee_name(f.committee)
        if f.negative:
            return f"ไม่มี — {where}ไม่มีการกำหนดตำแหน่ง{f.role} ({_cut(f.clause.text, 160)})"
        holder = f.holder or ""
        if "/" in holder:
            provinces, bangkok = self._split_variants(holder)
            if q.bangkok:
                holder = f"{bangkok} (กรุงเทพมหานคร) — จังหวัดอื่น: {provinces}"
            else:
                holder = f"{holder}"
        english = f" ({ROLE_ENGLISH.get(f.role)})" if q.english and f.role in ROLE_ENGLISH else ""
        prefix = f"{f.role}{where}{english}: " if (many or q.english or True) else ""
        return f"{prefix}{holder}"

    @staticmethod
    def _split_variants(holder: str) -> tuple[str, str]:
        """ "A/B หรือ C/D" -> ("A หรือ C", "B หรือ D"): provinces vs Bangkok wording."""
        parts = re.split(r"\s+(หรือ|และ)\s+", holder)
        left, right = [], []
        for i, part in enumerate(parts):
            if i % 2 == 1:
                left.append(part)
                right.append(part)
                continue
            a, _, b = part.partition("/")
            left.append(a.strip())
            right.append((b or a).strip())
        return " ".join(left), " ".join(right)

    # -- lead agencies ------------------------------------------------------------------------------
    def _lead_answer(self, q: Question) -> Draft | None:
        if not self.leads:
            return None
        want = "superseded" if q.history else "current"
        by_uid = {f.clause.uid: f for f in self.leads if f.clause.status == want}
        if not by_uid:
            return None
        hits = self.retriever.search(q.text, k=3, keep=lambda c: c.uid in by_uid)
        if not hits:
            return None
        top = hits[0]
        f = by_uid[top.clause.uid]
        agencies = self.glossary.spell_out(f.agencies)
        issue = _cut(f.issue, 220)
        text = f"{agencies}\n(ประเด็น: {issue})"
        return Draft(text, f.clause, "history" if q.history else "lead", self._confidence(q, hits))

    # -- everything else -------------------------------------------------------------------------------
    def _general_answer(self, q: Question) -> Draft | None:
        want = "superseded" if q.history else "current"
        keep: Callable[[Clause], bool] = lambda c: (
            c.status == want and c.kind in ("item", "paragraph", "note")
        )  # noqa: E731
        hits = self.retriever.search(q.text, k=5, keep=keep)
        if not hits and q.history:
            hits = self.retriever.search(q.text, k=5, keep=lambda c: c.kind in ("item", "paragraph", "note"))
        if not hits:
            return None
        confidence = self._confidence(q, hits)
        clause = hits[0].clause
        kind = "history" if q.history else "measure"
        if "when" in q.intents:
            dated = self._date_answer(
                q,
                self.retriever.search(q.text, k=5, keep=lambda c: keep(c) and bool(THAI_DATE.search(c.text))),
            )
            if dated:
                return Draft(dated[0], dated[1], "fact", confidence)
        if "purpose" in q.intents and clause.detail:
            return Draft(f"{clause.detail}", clause, "measure", confidence)
        if "define" in q.intents:
            text = self._definition(q, clause)
            if text:
                return Draft(text, clause, "measure", confidence)
        if "yesno" in q.intents:
            return Draft(self._sentence(q, clause), clause, "fact", confidence)
        text = clause.text
        if clause.detail:
            text += f" — {clause.label or ''}: {clause.detail}"
        return Draft(
            _cut(self.glossary.spell_out(text) if len(text) < 300 else text, 420), clause, kind, confidence
        )

    def _date_answer(self, q: Question, hits: list[Hit]) -> tuple[str, Clause] | None:
        """The date in the best clause nearest to what the question names (a meeting number, ...)."""
        anchors = [t for t in re.findall(r"\d+/\d{4}", q.text)] + q.content
        for hit in hits[:3]:
            text = hit.clause.text
            dates = list(THAI_DATE.finditer(text))
            if not dates:
                continue
            best, best_score = None, None
            for m in dates:
                before = text[max(0, m.start() - 80) : m.start()]
                score = sum(1 for a in anchors if a and a in before) * 100 - (
                    m.start() - (text.rfind(" ", 0, m.start()))
                )
                if best_score is None or score > best_score:
                    best, best_score = m, score
            assert best is not None
            context = text[max(0, best.start() - 90) : best.end()].strip()
            return f"{best.group(0)} ({_cut(context, 200)})", hit.clause
        return None

    def _definition(self, q: Question, clause: Clause) -> str | None:
        terms = self.glossary.find(q.text)
        if not terms:
            return None
        key = terms[0][0]
        names = self.glossary.terms.get(key, [])
        text = clause.text
        # The clause's own wording around the term, e.g. "การนำอุปกรณ์...มาใช้... (Bring Your Own Device)".
        for name in [key, *names]:
            pos = text.lower().find(name.lower())
            if pos >= 0:
                start = max(
                    text.rfind(" และ", 0, pos), text.rfind("เช่น", 0, pos), text.rfind(" หรือ", 0, pos), 0
                )
                end = text.find(")", pos)
                span = text[start : (end + 1 if end >= 0 and end - pos < 80 else pos + len(name))].strip()
                span = re.sub(r"^(และ|เช่น|หรือ)\s*", "", span)
                return f"{key} = {' / '.join(names)} — ในมติ: {_cut(span, 250)}"
        return f"{key} = {' / '.join(names)}"

    def _sentence(self, q: Question, clause: Clause) -> str:
        """The part of the clause that shares most words with the question."""
        pieces = [p for p in re.split(r"(?<=[^\s])\s{1,2}(?=\S)", clause.text) if p]
        if len(clause.text) <= 300:
            return clause.text
        best, best_score = clause.text, -1
        for i in range(len(pieces)):
            window = " ".join(pieces[i : i + 4])
            score = sum(1 for t in q.content if t in window)
            if score > best_score:
                best, best_score = window, score
        return _cut(best, 300)

    def _confidence(self, q: Question, hits: list[Hit]) -> float:
        top = hits[0]
        margin = top.score - (hits[1].score if len(hits) > 1 else 0.0)
        overlap = sum(
            1 for t in q.content if t in self.thai.tokens(top.clause.text + " " + (top.clause.detail or ""))
        )
        share = overlap / len(q.content) if q.content else 0.5
        value = (
            0.35 + 0.4 * min(1.0, max(0.0, (top.dense - 0.75) / 0.15)) + 0.15 * share + min(0.1, margin * 3)
        )
        return round(min(0.99, value), 2)

    # -- output ------------------------------------------------------------------------------------------
    def _citation(self, c: Clause) -> Citation:
        doc = self.index.documents.get(c.doc_id)
        return Citation(
            doc_id=c.doc_id,
            title=doc.title if doc else c.doc_title,
            date=(doc.date if doc else c.doc_date).isoformat() if (doc or c.doc_date) else "",
            section=c.section,
            text=c.text + (f"\n{c.label or ''}: {c.detail}" if c.detail else ""),
            status=c.status,
            quoted_from=c.quoted_from,
        )

    def _source_of_old(self, old: Clause) -> str:
        src = self.index.documents.get(old.quoted_from or "") or self.index.documents.get(old.doc_id)
        if src is None:
            return "มติเดิม"
        return f"มติ ครม. {thai_date(src.date)}"

    def _history(self, c: Clause) -> tuple[str | None, list[Clause]]:
        """For an amended clause: "เดิม (source): old wording", older versions following."""
        notes, cited = [], []
        cur, seen = c, set()
        while cur.replaces and cur.replaces not in seen and len(notes) < 3:
            seen.add(cur.replaces)
            old = self.index.by_uid.get(cur.replaces)
            if old is None:
                break
            original = self.index.by_uid.get(old.same_as or "") or old
            notes.append(f"{self._source_of_old(old)}: {_cut(original.text, 200)}")
            cited.append(original)
            # Follow the chain: the older version may itself have replaced an even older one.
            cur = original if original.replaces else old
        if not notes:
            return None, []
        return "เดิม " + "; ก่อนหน้านั้น ".join(notes), cited

    def _finish(self, q: Question, d: Draft, coverage: float, id: str | None) -> Answer:
        main = [d.clause, *(d.extra or [])]
        previously, older = (None, [])
        if d.clause.status == "current":
            previously, older = self._history(d.clause)
        elif d.clause.replaced_by:
            new = self.index.by_uid.get(d.clause.replaced_by)
            if new is not None:
                doc = self.index.documents.get(new.doc_id)
                when = f" (มติ ครม. {thai_date(doc.date)})" if doc else ""
                previously = f"ปัจจุบัน{when}: {_cut(new.text, 200)}"
                older = [new]
        text = d.text
        if d.clause.status == "superseded":
            text = f"เดิม ({self._source_of_old(d.clause)}): {text}"
        body = _cut(text, MAX_ANSWER - 10)
        if previously:
            room = MAX_ANSWER - len(body) - 3
            if room > 40:
                body = body + "\n" + _cut(previously, room)
        citations = [self._citation(c) for c in [*main, *older]]
        confidence = round(min(d.confidence, 0.5 + coverage / 2), 2)
        return Answer(
            id=id,
            question=q.raw,
            answer=body,
            abstained=False,
            confidence=confidence,
            kind=d.kind if d.kind in ("chair", "role", "lead", "measure", "fact", "history") else "fact",
            citations=citations,
            previously=previously,
            suggestions=[],
        )

    def _abstain(self, q: Question, message: str, kind: str = "offtopic", id: str | None = None) -> Answer:
        suggestions = EXAMPLES[:3]
        text = message + "\nลองถามเช่น: " + " / ".join(suggestions)
        return Answer(
            id=id,
            question=q.raw,
            answer=_cut(text, MAX_ANSWER),
            abstained=True,
            confidence=0.0,
            kind=kind,  # type: ignore[arg-type]
            suggestions=suggestions,
        )
