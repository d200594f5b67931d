"""What answerers read: the clause tree, the facts, the documents and a search function.

Built from a loaded index in production and from hand-made clauses in unit tests (with a stub
search), so every answerer can be tested without the model.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.answering.extract import INTRODUCES
from bot.core.models import Clause
from bot.knowledge.facts import REMOVED, DocFact, FactBook, LeadFact, MeasureFact, RoleFact, quiz_parts
from bot.knowledge.parse import ancestors
from bot.thai import ARABIC_DIGITS, Glossary, ThaiText, thai_date


class Hit(Protocol):
    clause: Clause
    score: float
    dense: float


SearchFn = Callable[..., list]  # search(text, *, k=10, keep=None) -> list[Hit]


# "ยกเลิก" the measure, not "ยกเลิกความใน ..." (wording replaced) nor "ไม่ยกเลิก"
CANCELS = re.compile(
    r"(?<!ไม่)(?<!ไม่ได้)(?:ยกเลิก(?!ความ|ข้อความ|ถ้อยคำ)|ยุบ(?:เลิก)?(?!รวม)|ตัด(?!สิน)\S{0,40}ออก(?:จาก|แล้ว|\s|$))"
    r"|\b(?:cancel+ed|cancel+ation|revoked|abolished|rescinded|discontinued|dissolved|removed|deleted|withdrawn)\b",
    re.I,
)
# a question that itself asks whether something was cancelled ("ถูกยกเลิกแล้วใช่ไหม"): yes is its answer
ASKS_CANCEL = re.compile(r"ยกเลิก|เลิก|ยุบ|cancel|revok|abolish|dissolv", re.I)
KEEPS = re.compile(r"คงไว้|คงเดิม|ยังคง|ตามเดิม|remains?|retained|kept|\bnot\b", re.I)


# "ตาม (ก)", "ความในข้อ (ข) (ค) และ (ง)", "ข้อ 2.1": the parts a sentence names by label
_LABELS = re.compile(r"(?:ข้อ\s*\(?|\()([ก-ฮ]|[\d๐-๙]{1,2}(?:\.[\d๐-๙]+)*)(?=\)|\s|$)")
# "เว้นแต่ข้อ ๓ ให้ใช้บังคับตั้งแต่วันที่ ๑ มกราคม ๒๕๖๕": one clause of the document takes effect on its own date
EXCEPT = re.compile(
    r"(?:เว้นแต่|ยกเว้น|except(?:\s+for)?)\s*(?:ข้อ|clause|section)\s*(?P<no>[\d๐-๙]{1,2})[^\n]{0,30}?"
    r"(?:(?:ให้)?(?:ใช้บังคับ|มีผล)\S*\s*(?:ตั้งแต่|นับแต่)?\s*(?:วันที่)?|(?:takes?|shall\s+take)\s+effect\s+(?:on|from))\s*"
    r"[\d๐-๙]{1,2}\s*\S+\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{4}",
    re.I,
)


# "A Digital ID system (...) is added to the list", "ให้เพิ่มระบบ Digital ID ไว้ในรายการ": an item a later text adds
ADDS = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:an?\s+|the\s+)?(?P<en>[A-Z][^.;]{2,120}?)\s+(?:is|are|shall\s+be)\s+(?:also\s+)?added\s+to\s+(?:the|this)\s+list"
    r"|\b(?:and|also|has|have)\s+added\s+(?P<en2>[eE]-[A-Za-z]+|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)"
    r"|(?:ให้)?เพิ่ม(?:เติม)?\s*(?P<th>(?:ระบบ|มาตรการ)\s*[^\s].{1,80}?)\s*(?:ไว้)?\s*(?:ใน|เข้า(?:ไป)?ใน)\s*(?:รายการ|รายชื่อ|บัญชี|ข้อ)"
    # "เพิ่มระบบลายมือชื่ออิเล็กทรอนิกส์ (e-Signature) ต่อจากระบบ e-Office, e-Saraban...": one more beside those it names
    r"|(?:ให้)?เพิ่ม(?:เติม)?\s*(?P<beside>(?:ระบบ|มาตรการ)\s*[^\s].{1,80}?)\s*(?:ต่อจาก|ถัดจาก|นอกเหนือจาก|นอกจาก|รวมกับ)"
    # "เพิ่มเติมแนวทาง... (ข้อ 2.1 เดิม) ให้ครอบคลุมการทำงานแบบผสมผสาน (Hybrid Working) คือ ...": one more kind of it
    r"|เพิ่มเติม\S.{0,120}?ให้ครอบคลุม(?:ถึง)?\s*(?P<covers>[^\s].{1,80}?)(?=\s+(?:คือ|ซึ่ง|เพื่อ|โดย|และ)|\s*$)"
    # '"Hybrid work" (การทำงานแบบผสมผสาน), combining ..., is added as an example of ... under paragraph 2.1'
    r"|[\"“](?P<quoted>[^\"”]{2,60})[\"”](?:\s*\([^()]*\))?[^.;\"“]{0,200}?\s(?:is|are)\s+(?:also\s+)?added\s+as\s+an?\s+(?:new\s+)?example"
    # "A fourth main action is added to paragraph 2.3 of the Guideline: every agency shall report ..."
    r"|\b(?:is|are)\s+added\s+to\s+(?:paragraph\s+\d+(?:\.\d+)+[^:;.]{0,60}|the\s+(?:guideline|list|measures?)\b[^:;]{0,200}?)"
    r":\s*(?P<colon>[^.;]{5,200})"
    # "มตินี้เพิ่มการใช้ลายมือชื่ออิเล็กทรอนิกส์ (e-Signature) ... เป็นแนวทางอีกประการหนึ่ง": one more way of it
    r"|เพิ่ม(?:เติม)?(?P<one_more>การ\S.{1,160}?)\s*เป็น(?:แนวทาง|มาตรการ|การดำเนินการ)(?:หลัก)?อีก(?:ประการ|ข้อ|แนวทาง)?หนึ่ง"
    # "ให้เพิ่มระบบลายมือชื่ออิเล็กทรอนิกส์ (e-Signature) เพื่อให้การอนุมัติ...": one more, with what it is for
    r"|(?:ให้)?เพิ่ม(?:เติม)?\s*(?P<purposed>ระบบ\s*[^\s()][^()]{1,60}?(?:\s*\([^()]{2,40}\))?)\s+เพื่อ"
    # "เพิ่มมาตรการตามข้อ 2.1 อีกหนึ่งมาตรการ คือ การใช้ลายมือชื่อดิจิทัล (Digital Signature) ในการ...": one more, named
    r"|เพิ่ม(?:เติม)?\s*(?:มาตรการ|ระบบ|การดำเนินการ)[^\n]{0,40}?\s(?:คือ|ได้แก่)\s*"
    r"(?P<named>[^\s].{1,140}?)(?=\s+(?:ใน|เพื่อ|ซึ่ง|โดย|และ|ช่วย)|\s*$)"
    # "The list of systems ... is extended with e-Signature (...) and Digital ID (...)": more than one, named
    r"|\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:extended|expanded|supplemented|broadened)\s+"
    r"(?:with|to\s+include|by\s+adding)\s+(?P<ext>[^.;]{3,240})",
    re.I,
)


def cancels(line: str) -> bool:
    """The line ends something ("❌ ยกเลิก → BYOD") rather than saying it stays ("ยังคงไว้ ไม่ยกเลิก")."""
    return bool(CANCELS.search(line)) and not KEEPS.search(line)


@dataclass
class Ranked:
    """A clause put among search hits by an answerer's own judgment (the clause a pronoun points back
    to, the clause naming the exact terms asked), scored like the hits beside it."""

    clause: Clause
    score: float = 0.8
    dense: float = 0.8


@dataclass
class DocInfo:
    id: str
    title: str
    date: dt.date
    amends: list[str] = field(default_factory=list)


@dataclass
class KB:
    clauses: list[Clause]
    documents: dict[str, DocInfo]
    book: FactBook
    glossary: Glossary
    thai: ThaiText
    search: SearchFn

    def __post_init__(self) -> None:
        self.by_uid = {c.uid: c for c in self.clauses}
        self.children: dict[str, list[Clause]] = {}
        self.in_doc: dict[str, list[Clause]] = {}  # each document's clauses, in reading order
        for c in self.clauses:
            if c.parent:
                self.children.setdefault(c.parent, []).append(c)
            self.in_doc.setdefault(c.doc_id, []).append(c)
        self.position = {c.uid: i for doc in self.in_doc.values() for i, c in enumerate(doc)}
        self.roles = {f.id: f for f in self.book.roles}
        self.leads = {f.id: f for f in self.book.leads}
        self.measures = {f.id: f for f in self.book.measures}
        self.doc_facts = {d.doc_id: d for d in self.book.documents}

    # -- documents --------------------------------------------------------------------------------
    def docs_by_date(self) -> list[DocInfo]:
        return sorted(self.documents.values(), key=lambda d: (d.date, d.id))

    def latest_doc(self) -> DocInfo | None:
        """The newest resolution that says something (a front-matter-only stub says nothing)."""
        docs = [
            d
            for d in self.docs_by_date()
            if self.doc_facts.get(d.id) and any(c.doc_id == d.id for c in self.clauses)
        ]
        return docs[-1] if docs else None

    def doc_fact(self, doc_id: str) -> DocFact | None:
        return self.doc_facts.get(doc_id)

    # -- facts in force ---------------------------------------------------------------------------
    def in_force(self, facts: Iterable, at: int | dt.date | None = None) -> list:
        """Facts in force now, at the end of a given year, or on a given day."""
        facts = list(facts)
        if at is None:
            return [f for f in facts if f.status == "current"]
        end = dt.date(at, 12, 31) if isinstance(at, int) else at
        ids = {f.id: f for f in facts}
        out = []
        for f in facts:
            if f.date is None or f.date > end:
                continue
            nxt = ids.get(f.superseded_by or "")
            if nxt is not None and nxt.date is not None and nxt.date <= end:
                continue
            if f.superseded_by and nxt is None and f.status == "superseded" and f.date <= end:
                later = [g for g in facts if g.superseded_by is None and g.date and f.date < g.date <= end]
                if later:
                    continue
            out.append(f)
        return out

    def roles_of(self, committee: str | None, role: str | None = None) -> list[RoleFact]:
        return [f for f in self.book.roles if f.committee == committee and (role is None or f.role == role)]

    def previous(self, fact: RoleFact | LeadFact) -> list[RoleFact | LeadFact]:
        """Older facts this one superseded, newest first."""
        pool = self.book.roles if isinstance(fact, RoleFact) else self.book.leads
        out, frontier = [], {fact.id}
        for _ in range(4):
            older = [f for f in pool if f.superseded_by in frontier and f.id not in {o.id for o in out}]
            if not older:
                break
            out.extend(sorted(older, key=lambda f: f.date or dt.date.min, reverse=True))
            frontier = {f.id for f in older}
        return out

    def measure(self, fid: str) -> MeasureFact | None:
        return self.measures.get(fid)

    # -- the clause tree --------------------------------------------------------------------------
    def amended_by(self, newer: str, older: str) -> bool:
        """`newer` amends `older`, directly or through the documents between them."""
        seen, todo = set(), [newer]
        while todo:
            d = self.documents.get(todo.pop())
            if d is None or d.id in seen:
                continue
            seen.add(d.id)
            if older in d.amends:
                return True
            todo.extend(d.amends)
        return False

    def newest_restatement(self, hits: list) -> list:
        """A later resolution that restates the top clause in its own words ("ฉบับปรับปรุงรวม", a
        regulation's new ข้อ) without quoting it: among hits about as good, its wording is the one in
        force, so it goes first."""
        if len(hits) < 2:
            return hits
        top = hits[0]
        own = set(self.thai.tokens(top.clause.text))
        for h in hits[1:4]:
            if h.score < top.score - 0.12 or not self.amended_by(h.clause.doc_id, top.clause.doc_id):
                continue
            theirs = set(self.thai.tokens(h.clause.text))
            if len(own & theirs) >= 0.35 * min(len(own), len(theirs)):
                return [h, *[x for x in hits if x is not h]]
        return hits

    def cancellation(self, item: str, after: dt.date | None) -> tuple[Clause, str] | None:
        """A later resolution's line that cancels `item` ("❌ ยกเลิก → การนำอุปกรณ์...มาใช้ (BYOD)",
        "The measure on Bring Your Own Device is cancelled"): the item is no longer in force."""
        from bot.answering.vocab import squash

        keys = [squash(k) for k in re.findall(r"\(([A-Za-z][A-Za-z ]{5,60})\)", item)]
        # "ระบบ e - Edutainment" is "the e-Edutainment system" in an English text: its Latin name alone
        keys += [
            squash(k) for k in re.findall(r"[A-Za-z][A-Za-z\s-]{5,60}[A-Za-z]", item) if len(squash(k)) >= 8
        ]
        head = squash(re.sub(r"\([^()]*\)", " ", item))
        if len(head) >= 10:
            keys.append(head[:18])
        keys = [k for k in keys if len(k) >= 8]
        if not keys:
            return None
        for c in self.cancelling_clauses:
            doc = self.documents.get(c.doc_id)
            if doc is None or (after is not None and doc.date <= after) or c.status == "superseded":
                continue
            if not any(k in self.squashed[c.uid] for k in keys):
                continue
            for line in c.text.split("\n"):
                # sentence by sentence: "X is removed from the list. It now reads: A, B and C" ends X alone
                for sentence in re.split(r"(?<=[.;!?])\s+(?=[A-Z\u0e01-\u0e4e])", line):
                    flat = squash(sentence)
                    if any(k in flat for k in keys) and cancels(sentence):
                        return c, line.strip()
        return None

    @functools.cached_property
    def cancelling_clauses(self) -> list[Clause]:
        """Clauses with a cancelling word, found once: every measure answer asks after each item it lists."""
        return [c for c in self.clauses if CANCELS.search(c.text)]

    @functools.cached_property
    def quiz_parts(self) -> set[str]:
        """A quiz's questions and options, found once: every passage search leaves them out."""
        return quiz_parts(self.clauses, self.by_uid)

    @functools.cached_property
    def adding_clauses(self) -> list[Clause]:
        """Clauses that add an item to a list, found once, like the cancelling ones."""
        return [c for c in self.clauses if c.status != "superseded"
                and any(ADDS.search(line.strip()) for line in c.text.split("\n"))]  # fmt: skip

    @functools.cached_property
    def keyed_clauses(self) -> list[Clause]:
        """Lines of records under an English key ("Risk owner: ..."), found once, not on every question."""
        return [c for c in self.clauses if c.label and c.detail and c.status == "current"
                and re.fullmatch(r"[A-Za-z][A-Za-z ()/-]{4,38}", c.label)]  # fmt: skip

    def before(self, c: Clause) -> list[Clause]:
        """The clauses of its document above it, in reading order."""
        return self.in_doc.get(c.doc_id, [])[: self.position.get(c.uid, 0)]

    @functools.cached_property
    def removed_seats(self) -> list[RoleFact]:
        """Seats a later text ended ("X เป็นกรรมการ [ยกเลิก]", "ตัดออก"), not given to anyone else."""
        return [f for f in self.book.roles if (f.superseded_by or "").startswith(REMOVED)]

    def removal(self, f: RoleFact) -> tuple[Clause | None, str]:
        """The clause that ended a removed seat, and " (มติ ครม. <its date>)" to say when."""
        ended = self.by_uid.get((f.superseded_by or "")[len(REMOVED) :])
        return ended, (f" (มติ ครม. {thai_date(ended.doc_date)})" if ended and ended.doc_date else "")

    def takes_effect(self, uid: str) -> tuple[str, str] | None:
        """When the rule in this clause takes effect, where it says so: the clause itself ("This sub-clause
        takes effect on 1 July 2022"), a sibling ("1.3 This clause takes effect on ..."), a heading above, or
        the document's exception by number ("เว้นแต่ข้อ ๓ ให้ใช้บังคับตั้งแต่วันที่ ...")."""
        from bot.knowledge.english import EFFECT_EN, english_date
        from bot.knowledge.facts import IN_FORCE

        c = self.by_uid.get(uid)
        if c is None:
            return None

        mine = {
            re.sub(r"^(?:ข้อ|clause)\s*|[().\s]", "", x.number or "", flags=re.I)
            for x in [c, *self.ancestors(c)]
        }

        def said(x: Clause) -> str | None:
            m = IN_FORCE.search(x.text)
            named = (
                set(_LABELS.findall(x.text[max(0, m.start() - 80) : m.start()]))
                if m and x is not c
                else set()
            )
            if named and not named & mine:
                return None  # "องค์ประกอบตาม (ก) ให้มีผล...", said of a sibling by its label, not of this one
            if m and not EXCEPT.search(x.text[max(0, m.start() - 30) : m.start()]):
                return m.group(0).strip()
            m = EFFECT_EN.search(x.text)  # "takes effect on 1 July 2022": the Thai date too
            return f"มีผลใช้บังคับตั้งแต่วันที่ {english_date(m)} ({m.group(0).strip()})" if m else None

        for y in self.children.get(c.uid, []):  # "- Course moves to CSTI" over "  - EFF 1 October 2024"
            if y.kind == "item" and (text := said(y)):
                return text, y.uid
        chain = [c, *self.ancestors(c)]
        for x in chain:
            # under the same parent, or numbered under the same head ("1.1" and "1.3" are both of "1")
            head = re.match(r"^(.+)\.[\d๐-๙]+\.?$", x.number or "")
            siblings = [x] + [y for y in self.in_doc.get(x.doc_id, []) if y.uid != x.uid and y.kind != "heading"
                              and ((y.parent and y.parent == x.parent)
                                   or (head and re.fullmatch(rf"{re.escape(head.group(1))}\.[\d๐-๙]+\.?", y.number or "")))]  # fmt: skip
            # the nearest that says so, one after the rule before one above it ("จุดนี้มีผลช้ากว่าเรื่องอื่น ...")
            siblings.sort(key=lambda y: (abs(y.line - x.line), y.line < x.line))
            for y in siblings:
                if y.doc_id == c.doc_id and (text := said(y)):
                    return text, y.uid
            if x.parent is None:
                break
        numbers = {re.sub(r"^(?:ข้อ|clause)\s*", "", (x.number or "").rstrip(".)"), flags=re.I).translate(ARABIC_DIGITS)
                   for x in chain} - {""}  # fmt: skip
        for y in self.in_doc.get(c.doc_id, []) if numbers else []:
            for m in EXCEPT.finditer(y.text):
                if m.group("no").translate(ARABIC_DIGITS) in numbers:
                    return m.group(0).strip(), y.uid
        return None

    def ancestors(self, c: Clause) -> list[Clause]:
        return list(ancestors(c, self.by_uid))

    def numbers_beside(self, uid: str) -> tuple[list[int], str | None]:
        """For "ข้อถัดไป", "the last step": the number of the numbered clause `uid` is (or sits in), then its
        numbered siblings' numbers; and what they count: "issue" along the issues table, the dotted part
        they sit in ("2.3", through any unnumbered table heading), or None."""

        def number(c: Clause) -> int | None:
            m = re.fullmatch(r"\(?(\d+)[.)]?\)?", (c.number or "").translate(ARABIC_DIGITS))
            return int(m.group(1)) if m else None

        c = self.by_uid.get(uid)
        dotted = (
            re.fullmatch(r"(\d+(?:\.\d+)*\.)(\d+)\.?", (c.number or "").translate(ARABIC_DIGITS))
            if c
            else None
        )
        if dotted:  # "ข้อถัดไป" after "ข้อ 2.1": 2.2, a sibling numbered under the same part
            head = dotted.group(1)
            beside = {
                int(m.group(1))
                for x in self.clauses
                if x.doc_id == c.doc_id
                and (
                    m := re.fullmatch(
                        re.escape(head) + r"(\d+)\.?", (x.number or "").translate(ARABIC_DIGITS)
                    )
                )
            }
            return [int(dotted.group(2)), *sorted(beside)], head
        node = next((x for x in ([c] + self.ancestors(c) if c else []) if number(x) is not None), None)
        if node is None:
            return [], None
        beside = {number(x) for x in self.clauses if x.parent == node.parent and x.doc_id == node.doc_id}
        numbers = [number(node) or 0, *sorted(n for n in beside if n is not None)]
        if any(f.clause == node.uid for f in self.book.leads):
            return numbers, "issue"  # a row of the issues table: its neighbours are issues
        for parent in self.ancestors(node):
            dotted = (parent.number or "").rstrip(".")
            if re.fullmatch(r"\d+\.\d+(?:\.\d+)*", dotted):
                return numbers, dotted
            if parent.number:
                break  # a plain numbered part: the numbers are its own
        return numbers, None

    def numbers_under(self, uid: str) -> tuple[list[int], str | None]:
        """For "อันที่สอง" after an answer that listed a clause's items: the items' numbers, and the dotted
        part they sit in ("2.3") or "issue" along the issues table."""
        c = self.by_uid.get(uid)
        if c is None:
            return [], None
        items = [x for x in self.items_under(c) if x.number]
        numbers = sorted({int(m.group(1)) for x in items
                          if (m := re.fullmatch(r"\(?(\d+)[.)]?\)?", (x.number or "").translate(ARABIC_DIGITS)))})  # fmt: skip
        if len(numbers) < 2:
            return [], None
        if any(f.clause == items[0].uid for f in self.book.leads):
            return numbers, "issue"
        for part in [
            c,
            *self.ancestors(c),
        ]:  # through an unnumbered table heading ("การดำเนินการ - วัตถุประสงค์")
            dotted = (part.number or "").rstrip(".")
            if re.fullmatch(r"\d+(?:\.\d+)+", dotted):
                return numbers, dotted
            if part.number:
                break
        return numbers, None

    def items_under(self, c: Clause) -> list[Clause]:
        """Items directly under a clause, looking through its headings (table headers)."""
        out = []
        for child in self.children.get(c.uid, []):
            if child.status != c.status:
                continue
            if child.kind == "item":
                out.append(child)
            elif child.kind == "heading":
                out.extend(
                    k for k in self.children.get(child.uid, []) if k.kind == "item" and k.status == c.status
                )
        if not out and c.kind == "paragraph" and INTRODUCES.search(c.text):
            # "ให้คณะอนุกรรมการมีอำนาจหน้าที่ ดังนี้" then "(๑) ... (๗)" beside it, not under it
            family = self.children.get(c.parent, []) if c.parent else [
                k for k in self.clauses if k.doc_id == c.doc_id and k.parent is None
            ]  # fmt: skip
            at = next((i for i, k in enumerate(family) if k.uid == c.uid), len(family))
            for k in family[at + 1 :]:
                if k.kind != "item" or k.status != c.status:
                    break
                out.append(k)
        return out

    def subtree(self, heads: Sequence[Clause]) -> set[str]:
        scope: set[str] = set()
        stack = list(heads)
        while stack:
            c = stack.pop()
            scope.add(c.uid)
            stack.extend(self.children.get(c.uid, []))
        return scope

    @functools.cached_property
    def squashed(self) -> dict[str, str]:
        """Each clause's text (and table detail) without spaces, punctuation or case, Thai digits as
        Arabic: what per-question scans for a name, a term or a date compare against, built once."""
        from bot.answering.vocab import squash

        return {c.uid: squash(c.text + " " + (c.detail or "")).translate(ARABIC_DIGITS) for c in self.clauses}

    @functools.cached_property
    def vocabulary_tokens(self) -> frozenset[str]:
        """Every word of the knowledge base and the glossary: what a question may name."""
        words: set[str] = set()
        for c in self.clauses:
            words.update(self.thai.tokens(c.text + " " + (c.detail or "") + " " + c.doc_title))
        for title in {c.doc_title for c in self.clauses}:  # "Service Level Agreement ...": an "SLA" is named
            words.update(
                "".join(w[0] for w in run.split()).lower()
                for run in re.findall(r"(?:\b[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+\b", title)
            )
        for key, names in self.glossary.terms.items():
            words.update(self.thai.tokens(key + " " + " ".join(names)))
            words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]+", key))
        return frozenset(words)
