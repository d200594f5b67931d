"""Turn a question into a short, cited answer extracted from the clauses, or an honest abstention.

No text is generated: every answer is a span of a clause (a role holder, the lead agencies of
an issue, a list of measures, a date), followed by its source and, where the rule was amended,
what it used to be. When the evidence does not answer the question, the answer says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.models import Answer, Citation, Clause
from bot.index.load import LoadedIndex
from bot.index.search import Hit, Retriever
from bot.knowledge.facts import (
    ROLE_ENGLISH,
    LeadFact,
    ProposerFact,
    RoleFact,
    lead_facts,
    proposer_facts,
    role_facts,
)
from bot.knowledge.parse import ancestors
from bot.question import Question, analyse, has_cue
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
GENERIC_BODY_WORDS = frozenset({"คณะกรรมการ", "คกก", "กรรมการ", "committee", "board", "คณะ"})
MIN_COVERAGE_ENGLISH = 0.34  # English questions carry more words the glossary does not translate


@dataclass
class Draft:
    text: str
    clause: Clause
    kind: str
    confidence: float
    extra: list[Clause] | None = None  # more clauses to cite (e.g. both committees)


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space, keeping line breaks (lists stay lists)."""
    text = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in text.strip().split("\n") if ln.strip())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.6 else cut) + "…"


ISSUE_CUES = (
    "ประเด็นไหน",
    "ประเด็นอะไร",
    "ประเด็นใด",
    "เรื่องอะไร",
    "เรื่องไหน",
    "เรื่องใด",
    "อะไรบ้าง",
    "ด้านไหน",
    "which issue",
    "what issue",
    "what does",
    "which",
)


def _holder_variants(holder: str) -> list[str]:
    """ "A/B หรือ C/Dที่ได้รับมอบหมาย" -> [A, B, C, D, ...]: each way the holder can be named."""
    out = []
    for part in re.split(r"\s+(?:หรือ|และ)\s+", holder):
        for v in part.split("/"):
            v = re.sub(r"ที่ได้รับมอบหมาย$", "", v.strip())
            if v:
                out.append(v)
    return out


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
        self.proposers: list[ProposerFact] = proposer_facts(index.clauses)
        self._lead_agency_keys = {k for f in self.leads for k, _, _ in index.glossary.find(f.agencies)}
        self.vocab: set[str] = set(getattr(index.bm25, "vocab_dict", {}) or {})
        self._vocab_text = (
            "\n" + "\n".join(sorted(self.vocab)) + "\n"
        )  # for "is this a piece of a known word"
        self._glossary_words = {
            w.replace(".", "") for k in self.glossary.terms for w in re.split(r"\s+", k.lower())
        }

    # -- entry point ------------------------------------------------------------------------
    def ask(self, raw: str, id: str | None = None) -> Answer:
        with self.retriever.one_question():
            return self._ask(raw, id)

    def _ask(self, raw: str, id: str | None) -> Answer:
        q = analyse(raw, self.thai, self.glossary)
        if q.problem:
            return self._abstain(q, PROBLEM_TEXT[q.problem], kind="invalid", id=id)
        coverage = self._coverage(q)
        # A role with a committee, or an English question, is anchored enough with fewer known words.
        floor = MIN_COVERAGE_ENGLISH if (q.english or (q.role and q.committee)) else MIN_COVERAGE
        if coverage < floor or "prediction" in q.intents:
            return self._abstain(q, NOT_COVERED, id=id)
        draft = None
        if q.role and not q.committee and [t for t in q.content if t not in GENERIC_BODY_WORDS]:
            # A role in some other body ("ประธานสภา...", "...การเลือกตั้ง", "ประธาน อ.ก.พ. ..."):
            # the role facts name no such committee, so there is nothing to answer from.
            return self._abstain(q, NOT_COVERED, id=id)
        if q.role:
            draft = self._role_answer(q)
            if draft is None:
                committee = _committee_name(q.committee)
                return self._abstain(q, ROLE_MISSING.format(role=q.role, committee=committee), id=id)
        scope = self._section_scope(q)
        steps = (
            lambda: self._holder_answer(q) if "role_of" in q.intents else None,
            lambda: self._proposer_answer(q) if "proposer" in q.intents and self.proposers else None,
            lambda: self._section_answer(q, scope) if scope else None,
            lambda: self._agency_issues_answer(q),
            lambda: (
                self._lead_answer(q, scope)
                if "lead" in q.intents and not ({"when", "define", "purpose"} & q.intents)
                else None
            ),
            lambda: self._general_answer(q, scope),
        )
        for step in steps:
            if draft is not None:
                break
            draft = step()
        if draft is None:
            return self._abstain(q, NOT_COVERED, id=id)
        if "quantity" in q.intents and not self._has_quantity(q, draft.text):
            return self._abstain(q, NOT_COVERED, id=id)  # asked "how many/much": no number, no answer
        return self._finish(q, draft, coverage, id)

    @staticmethod
    def _has_quantity(q: Question, text: str) -> bool:
        """A count or amount: a number that is not part of a date, a year or a meeting number, and
        next to the unit asked for ("กี่ครั้ง" needs "N ครั้ง")."""
        plain = THAI_DATE.sub(" ", text)
        plain = re.sub(r"\d+/\d{4}|(?<!\d)(?:25|20)\d\d(?!\d)", " ", plain)
        unit = re.search(r"กี่\s*([\u0e01-\u0e2e][\u0e01-\u0e4e]*)", q.text)
        if unit:
            word = unit.group(1)[:4]
            return bool(re.search(rf"[0-9๐-๙]+\s*{re.escape(word)}", plain))
        return bool(re.search(r"[0-9๐-๙]", plain))

    # -- gates --------------------------------------------------------------------------------
    def _coverage(self, q: Question) -> float:
        """Share of the question's topic words that the knowledge base knows at all."""
        if not q.content:  # nothing but asking words: fine when it asks about a role or the resolution itself
            about_resolution = re.search(
                r"มติ|ครม|คณะรัฐมนตรี|cabinet|resolution|ข้อ\s*\d|section", q.text.lower()
            )
            return 1.0 if (q.role or q.committee or about_resolution) else 0.0
        known = 0
        for tok in q.content:
            if tok in self.vocab or tok in self._glossary_words:
                known += 1
            elif len(tok) >= 3 and re.search(r"[\u0e01-\u0e5b]", tok) and ("\n" + tok) in self._vocab_text:
                known += 1  # the start of a known Thai word, cut differently ("เชื่อม" of "เชื่อมโยง")
            elif tok.endswith("s") and tok[:-1] in self._glossary_words:
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
        if q.year is not None:  # "ปี 2562": the rule in force that year, whatever came after
            chosen = [f for f in facts if not f.clause.same_as and self._in_force_in(f.clause, q.year)]
            chosen.sort(key=lambda f: (self._effective(f.clause), f.clause.line), reverse=True)
        else:
            chosen = [f for f in facts if f.clause.status == want and not f.clause.same_as]
            chosen = chosen or [f for f in facts if f.clause.status == want]
            # Newest first; for the past, the rule right before the one in force, not the oldest.
            chosen.sort(key=lambda f: (f.clause.doc_date or 0, f.clause.line), reverse=True)
            if q.history:
                chosen.sort(key=lambda f: (self._replaced_date(f.clause), f.clause.line), reverse=True)
        if not chosen:
            return None
        per_committee: dict[str | None, RoleFact] = {}
        for f in chosen:
            per_committee.setdefault(f.committee, f)
        lines = []
        for f in per_committee.values():
            lines.append(self._role_line(q, f))
        first = next(iter(per_committee.values()))
        extra = [f.clause for f in list(per_committee.values())[1:]]
        return Draft(
            "\n".join(lines),
            first.clause,
            "history" if q.history else ("chair" if q.role in ("ประธาน", "รองประธาน") else "role"),
            0.9,
            extra,
        )

    def _effective(self, c: Clause) -> dt.date:
        """When a clause's rule took effect: its document's date, or for quoted old wording, the
        date of the resolution it quotes."""
        src = self.index.documents.get(c.quoted_from or "")
        return src.date if src else (c.doc_date or dt.date.min)

    def _in_force_in(self, c: Clause, year: int) -> bool:
        if self._effective(c).year > year:
            return False
        new = self.index.by_uid.get(c.replaced_by or "")
        return new is None or new.kind == "block" or self._effective(new).year > year

    def _replaced_date(self, c: Clause):
        new = self.index.by_uid.get(c.replaced_by or "")
        return (new.doc_date if new and new.doc_date else c.doc_date) or 0

    def _role_line(self, q: Question, f: RoleFact) -> str:
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
        return f"{f.role}{where}{english}: {holder}"

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
    def _lead_answer(self, q: Question, scope: set[str] | None = None) -> Draft | None:
        if not self.leads:
            return None
        want = "superseded" if q.history else "current"
        by_uid = {
            f.clause.uid: f
            for f in self.leads
            if f.clause.status == want and (not scope or f.clause.uid in scope)
        }
        if not by_uid:
            return None
        hits = self.retriever.search(q.text, k=3, keep=lambda c: c.uid in by_uid)
        if not hits:
            return None
        top = hits[0]
        f = by_uid[top.clause.uid]
        if self._overlap(q, f"{f.issue} {f.agencies} {top.clause.text}") < 0.5:
            return None  # the nearest issue is about something else: let the general search try
        named = self._agency_keys(q.text)
        if named and self._agency_keys(f.agencies) <= named:
            return None  # the question already names these agencies: it asks something else about them
        agencies = self.glossary.spell_out(f.agencies)
        issue = _cut(f.issue, 220)
        text = f"ผู้รับผิดชอบหลัก: {agencies}\nประเด็น: {issue}"
        return Draft(text, f.clause, "history" if q.history else "lead", self._confidence(q, hits))

    def _agency_keys(self, text: str) -> set[str]:
        """Glossary keys in text that name lead agencies somewhere in the knowledge base."""
        return {k for k, _, _ in self.glossary.find(text)} & self._lead_agency_keys

    def _agency_issues_answer(self, q: Question) -> Draft | None:
        """ "สพร. เป็นเจ้าภาพเรื่องอะไร": the issues an agency leads."""
        named = self._agency_keys(q.text)
        if not named or "lead" not in q.intents or not has_cue(q.text.lower(), ISSUE_CUES):
            return None
        want = "superseded" if q.history else "current"
        facts = [f for f in self.leads if f.clause.status == want and named & self._agency_keys(f.agencies)]
        if not facts:
            return None
        per = max(80, (MAX_ANSWER - 120) // len(facts))
        lines = [f"{f.clause.number or '-'} {_cut(f.issue, per)}" for f in facts[:6]]
        who = self.glossary.spell_out(" ".join(sorted(named)))
        text = f"{who} เป็นผู้รับผิดชอบ:\n" + "\n".join(lines)
        return Draft(text, facts[0].clause, "lead", 0.8, [f.clause for f in facts[1:6]])

    def _holder_answer(self, q: Question) -> Draft | None:
        """ "ผวจ. มีบทบาทอะไรใน PCIO": find the holder named in the question, give the role."""
        canonical = re.sub(r"\s+", "", self.glossary.substitute(q.text))
        want = "superseded" if q.history else "current"
        matches: list[tuple[int, RoleFact, str]] = []
        for f in self.roles:
            if f.holder is None or f.clause.status != want or (q.committee and f.committee != q.committee):
                continue
            for variant in _holder_variants(f.holder):
                v = re.sub(r"\s+", "", variant)
                if len(v) >= 6 and v in canonical:
                    matches.append((len(v), f, variant))
        if not matches:
            return None
        longest = max(m[0] for m in matches)
        best = [m for m in matches if m[0] == longest]
        lines = [f"{variant} เป็น{f.role}{_committee_name(f.committee)}" for _, f, variant in best]
        first = best[0][1]
        text = "\n".join(dict.fromkeys(lines)) + f"\n({_cut(first.clause.text, 200)})"
        return Draft(
            text, first.clause, "history" if q.history else "role", 0.85, [m[1].clause for m in best[1:]]
        )

    def _section_scope(self, q: Question) -> set[str] | None:
        """ "ข้อ 2.2 ข้อ 6 ...", "ข้อ 2.3 ...": the clauses under that numbered part (newest document first)."""
        refs = re.findall(
            r"(?:ข้อ(?:ที่)?|ประเด็นที่|ลำดับที่|section|clause|item)\s*(\d+(?:\.\d+)*)", q.text, re.IGNORECASE
        )
        if not refs:
            return None
        heads = [
            c
            for c in self.index.clauses
            if (c.number or "").rstrip(".") == refs[0] and not (c.number or "").endswith(")")
        ]
        if not heads:
            return None
        newest = max(c.doc_date or 0 for c in heads)
        heads = [c for c in heads if (c.doc_date or 0) == newest]
        scope = self._subtree(heads)
        for ref in refs[1:]:  # a numbered item inside the part: "ข้อ 2.2 ข้อ 6", "ข้อ 2.2 ประเด็นที่ 1"
            inner = [c for c in self.index.clauses if c.uid in scope and (c.number or "").rstrip(".)") == ref]
            if inner:
                scope = self._subtree(inner)
        return scope

    def _subtree(self, heads: list[Clause]) -> set[str]:
        scope: set[str] = set()
        stack = list(heads)
        while stack:
            c = stack.pop()
            scope.add(c.uid)
            stack.extend(self.index.children.get(c.uid, []))
        return scope

    def _section_answer(self, q: Question, scope: set[str]) -> Draft | None:
        """A question about a section as a whole ("ข้อ 2.3 มีอะไรบ้าง") gets the section and its items."""
        topic = [
            t
            for t in q.content
            if not re.fullmatch(r"[\d./]+", t) and t not in ("ประเด็น", "section", "clause")
        ]
        if topic or "lead" in q.intents:
            return None  # it asks something specific inside the section: the scoped search answers it
        heads = [c for c in self.index.clauses if c.uid in scope and (c.parent not in scope)]
        head = heads[0]
        items = [c for c in self.index.clauses if c.uid in scope and c.kind == "item" and c.uid != head.uid]
        items = [c for c in items if c.label is None or c.parent not in {i.uid for i in items}] or items
        per = max(60, (MAX_ANSWER - 200) // max(1, len(items)))
        lines = [f"{c.number or '-'} {_cut(c.text, per)}" for c in items[:8]]
        text = _cut(head.text, 180) + ("\n" + "\n".join(lines) if lines else "")
        return Draft(text, head, "measure", 0.8, items[:3])

    def _proposer_answer(self, q: Question) -> Draft | None:
        f = max(self.proposers, key=lambda f: (f.clause.doc_date or 0, f.clause.line))
        return Draft(
            f"{self.glossary.spell_out(f.who)} เป็นผู้เสนอ ({_cut(f.clause.text, 120)})", f.clause, "fact", 0.85
        )

    def _overlap(self, q: Question, text: str) -> float:
        """Share of the question's topic words found in text (directly or through the glossary)."""
        if not q.content:
            return 1.0
        have = set(self.thai.tokens(text))
        found = 0
        for t in q.content:
            if t in have or any(x in have for x in self.thai.tokens(" ".join(self.glossary.expansions(t)))):
                found += 1
        return found / len(q.content)

    # -- everything else -------------------------------------------------------------------------------
    def _general_answer(self, q: Question, scope: set[str] | None = None) -> Draft | None:
        want = "superseded" if q.history else "current"
        keep: Callable[[Clause], bool] = lambda c: (  # noqa: E731
            c.status == want and c.kind in ("item", "paragraph", "note") and (not scope or c.uid in scope)
        )
        hits = self.retriever.search(q.text, k=5, keep=keep)
        if not hits and q.history:
            hits = self.retriever.search(q.text, k=5, keep=lambda c: c.kind in ("item", "paragraph", "note"))
        if not hits:
            return None
        if "list" in q.intents:  # a list question is answered by a clause that lists ("เช่น", "ได้แก่")
            for h in hits:
                if re.search(r"เช่น|ได้แก่|ประกอบด้วย", h.clause.text):
                    h.score += 0.1
            hits.sort(key=lambda h: -h.score)
        confidence = self._confidence(q, hits)
        clause = hits[0].clause
        kind = "history" if q.history else "measure"
        if "list" in q.intents:  # a row matched, but the question asks for the list its part introduces
            for h in hits[1:]:
                if self._is_ancestor(h.clause, clause) and self._asks_for_items(q, h.clause):
                    clause = h.clause
                    break
        if "when" in q.intents:
            dated = self._date_answer(q, clause)
            if dated:
                return Draft(dated[0], dated[1], "fact", confidence)
            return None  # asked "when", and no date in the resolutions answers it: say so, never guess
        if "purpose" in q.intents and clause.detail:
            return Draft(f"{clause.detail}", clause, "measure", confidence)
        if "purpose" in q.intents and clause.block:
            # "Why was this changed?": the section that introduces an amendment says why ("เพื่อ...").
            section = next(
                (a for a in ancestors(clause, self.index.by_uid) if a.kind == "item" and "เพื่อ" in a.text),
                None,
            )
            if section is not None:
                return Draft(self._sentence(q, section.text, 300), section, "fact", confidence)
        if "define" in q.intents and self._is_definition(q):
            text = self._definition(q, clause)
            if text:
                return Draft(text, clause, "measure", confidence)
        if "yesno" in q.intents:
            return Draft(self._sentence(q, self._body(clause)), clause, "fact", confidence)
        items = self._items_under(clause)
        if "list" in q.intents and len(items) >= 2 and self._asks_for_items(q, clause):
            per = max(70, (MAX_ANSWER - 200) // len(items))
            lines = [f"{c.number or '-'} {_cut(c.text, per)}" for c in items[:8]]
            return Draft(
                _cut(clause.text, 180) + "\n" + "\n".join(lines), clause, kind, confidence, items[:3]
            )
        if "list" in q.intents and clause.number:
            listed = self._sibling_list(q, clause)
            if listed:
                return Draft(listed[0], clause, kind, confidence, listed[1])
        text = self._body(clause)
        if len(text) <= 420:
            return Draft(
                _cut(self.glossary.spell_out(text) if len(text) < 300 else text, 420),
                clause,
                kind,
                confidence,
            )
        return Draft(self._sentence(q, text, 450 if "list" in q.intents else 400), clause, kind, confidence)

    def _is_ancestor(self, maybe: Clause, clause: Clause) -> bool:
        return any(a.uid == maybe.uid for a in ancestors(clause, self.index.by_uid))

    def _asks_for_items(self, q: Question, clause: Clause) -> bool:
        """True when the question's words sit in the phrase that introduces the items ("...หลัก ดังนี้"),
        not in the body of the clause (then the answer is a span of the clause itself)."""
        text = clause.text
        if not re.search(r"(ดังนี้|ดังต่อไปนี้|ได้แก่|:)\s*$", text):
            return False
        if not q.content:
            return True
        tail = len(text) * 0.65
        firsts = [text.find(t) for t in q.content if t in text]
        return bool(firsts) and sum(p >= tail for p in firsts) / len(firsts) >= 0.5

    def _items_under(self, clause: Clause) -> list[Clause]:
        """Numbered items directly under a clause, looking through its headings (table headers)."""
        out = []
        for child in self.index.children.get(clause.uid, []):
            if child.status != clause.status:
                continue
            if child.kind == "item":
                out.append(child)
            elif child.kind == "heading":
                out.extend(c for c in self.index.children.get(child.uid, []) if c.kind == "item")
        return out

    @staticmethod
    def _row(c: Clause) -> str:
        return c.text + (f" — {c.detail}" if c.detail else "")

    def _body(self, clause: Clause) -> str:
        """The clause with its table column and the items under it (bullets that finish its sentence)."""
        text = clause.text
        if clause.detail:
            text += f" — {clause.label or ''}: {clause.detail}"
        for child in self.index.children.get(clause.uid, []):
            if child.kind == "item" and child.status == clause.status:
                text += f"\n{child.number or '-'} {child.text}"
        return text

    def _sibling_list(self, q: Question, clause: Clause) -> tuple[str, list[Clause]] | None:
        """ "เห็นชอบอะไรบ้าง": when sibling items match the question as well as the best one, list them all."""
        if clause.parent:
            family = self.index.children.get(clause.parent, [])
        else:  # top-level items of the same document
            family = [c for c in self.index.clauses if c.doc_id == clause.doc_id and c.parent is None]
        siblings = [c for c in family if c.kind == "item" and c.status == clause.status]
        if len(siblings) < 2:
            return None
        best = self._overlap(q, self._body(clause))
        same = [c for c in siblings if self._overlap(q, self._body(c)) >= best]
        if len(same) < 2 or not q.content:
            return None
        per = max(80, (MAX_ANSWER - 60) // len(same))
        text = "\n".join(f"{c.number} {_cut(self._row(c), per)}" for c in same[:6])
        return text, [c for c in same[:6] if c.uid != clause.uid]

    def _date_answer(self, q: Question, best: Clause) -> tuple[str, Clause] | None:
        """A date: of a numbered meeting, of something the clause names, or of the decision itself."""
        numbers = re.findall(r"\d+/\d{4}", q.text)
        dated = self.retriever.search(
            q.text, k=8, keep=lambda c: c.status != "superseded" and bool(THAI_DATE.search(c.text))
        )
        if numbers:
            dated = [h for h in dated if any(n in h.clause.text for n in numbers)]
        elif re.search(r"มติ|ครม|คณะรัฐมนตรี|cabinet|resolution|decid", q.text.lower()):
            doc = self.index.documents.get(best.doc_id)
            if q.history and doc is not None and doc.amends:  # "the original resolution": the amended one
                doc = self.index.documents.get(doc.amends[0]) or doc
            if doc is not None:
                return f"{thai_date(doc.date)} (วันที่คณะรัฐมนตรีมีมติเรื่อง {_cut(doc.title, 160)})", best
        for hit in dated[:3]:
            text = hit.clause.text
            best_m, best_score = None, None
            for m in THAI_DATE.finditer(text):
                before = text[max(0, m.start() - 120) : m.start()]
                score = 0.0
                for n in numbers:
                    pos = before.rfind(n)
                    if pos >= 0:
                        score += 10.0 / (1 + (len(before) - pos) / 20)
                for t in q.content:
                    pos = before.rfind(t)
                    if pos >= 0:
                        score += 1.0 / (1 + (len(before) - pos) / 20)
                if best_score is None or score > best_score:
                    best_m, best_score = m, score
            if best_m is None or not best_score:
                continue  # no date here is tied to what the question names
            start = max(0, best_m.start() - 90)
            start = text.find(" ", start) + 1 if start else 0  # begin the context at a word
            context = text[start : best_m.end()].strip()
            return f"{best_m.group(0)} ({_cut(context, 200)})", hit.clause
        return None

    def _is_definition(self, q: Question) -> bool:
        """ "BYOD คืออะไร" asks for a definition; "หน้าที่ของ ... คืออะไร" asks for a clause."""
        terms = {t for key, _, _ in self.glossary.find(q.text) for t in self.thai.tokens(key)}
        return bool(terms) and len([t for t in q.content if t not in terms]) <= 1

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

    def _sentence(self, q: Question, text: str, size: int = 260) -> str:
        """The stretch of text (about `size` chars, cut at spaces) that shares most words with the question."""
        text = re.sub(r"\s+", " ", text).strip()
        if len(text) <= size + 40:
            return text
        # The question's own words count fully; words of its abbreviations' full names a little.
        weights = dict.fromkeys(self.thai.tokens(" ".join(self.glossary.expansions(q.text))), 0.3)
        weights.update(dict.fromkeys(q.content, 1.0))
        starts = [0] + [m.end() for m in re.finditer(" ", text)]
        best, best_score = text[:size], -1.0
        for st in starts:
            window = text[st : st + size]
            score = sum(w for t, w in weights.items() if t in window) - st / 10000  # earlier wins a tie
            if score > best_score:
                best, best_score = window, score
        return _cut(best, size)

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
            notes.append(f"({self._source_of_old(old)}): {_cut(original.text, 200)}")
            cited.append(original)
            # Follow the chain: the older version may itself have replaced an even older one.
            cur = original if original.replaces else old
        if not notes:
            return None, []
        return "เดิม " + "; ก่อนหน้านั้น ".join(notes), cited

    def _finish(self, q: Question, d: Draft, coverage: float, id: str | None) -> Answer:
        main = [d.clause, *(d.extra or [])]
        previously, older = (None, [])
        if d.extra and d.kind not in ("chair", "role"):
            pass  # a list of several clauses: their histories would bury the answer
        elif d.clause.status == "current":
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
