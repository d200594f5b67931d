"""Lists of measures and examples: "มาตรการ New Normal มีอะไรบ้าง", the steps of 2.3, the e-systems."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.additions import added_items
from bot.answering.answerers.base import Draft
from bot.answering.answerers.claim import claim_word
from bot.answering.answerers.passage import DOCUMENT_WORDS, EXAMPLE_WORDS, Passage
from bot.answering.extract import SECTION_REF, cut, render_list
from bot.answering.frame import CHANGE_WORDS, Frame
from bot.answering.kb import ASKS_CANCEL, KB
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.core.models import Clause
from bot.knowledge.facts import MeasureFact
from bot.thai import thai_date

# what a list is called, or when: "มาตรการ ... ตอนนี้มีอะไรบ้าง" asks the list itself
_LIST_NOUN = re.compile(
    r"มาตรการ|ระบบ|ตัวอย่าง|รายการ|ตอนนี้|ปัจจุบัน|ล่าสุด|measures?|systems?|examples?|now|current", re.I
)
_DUTIES = re.compile(r"หน้าที่|อำนาจ|ดูแล|รับผิดชอบ|\bdut(?:y|ies)\b|responsib", re.I)


# "คณะอนุกรรมการมีหน้าที่ หนึ่ง ... สอง ...", "The Sub-Committee shall:": a body's duties said in its own words
_DUTIES_SAID = re.compile(
    r"(?:มี|มีอำนาจ|ทำ)หน้าที่|อำนาจหน้าที่|หน้าที่(?:และอำนาจ|ความรับผิดชอบ)|\b(?:functions|duties|shall)\b", re.I
)
_DUTY_KEY = re.compile(
    r"^\W*(?:tasks?|duties|functions|mandate|terms\s+of\s+reference|หน้าที่(?:ความรับผิดชอบ)?|ภารกิจ)\s*[:：]\s*\S",
    re.I,
)
_BODY_SUBJECT = re.compile(
    r"^(?:ให้)?\s*(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน|อนุกรรมการ|the (?:sub-?committee|working group|committee))",
    re.I,
)


def _duties_said(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
    """The clause that says what the body asked about must do: one that names it, or that opens with a bare
    "คณะอนุกรรมการ" a few lines after one that names it and no other body."""
    asked = set(frame.committees)
    for c in kb.clauses:
        if c.status == "current" and _DUTY_KEY.match(c.text):
            # "- Tasks: prepare ...", under a part that names the body (or a line just above that does)
            above = [
                a
                for a in [*kb.ancestors(c)[:2], *kb.before(c)[-6:][::-1]]
                if vocab.committees.named_in(a.text)
            ]
            if above and set(vocab.committees.named_in(above[0].text)) & asked:
                return Draft(kind="measure", lines=[cut(c.text, 420, kb.thai)], cite=[c.uid], confidence=0.7)
            continue
        said = _DUTIES_SAID.search(c.text[:200]) if c.status == "current" else None
        if said is None or re.match(r"\s*(?:ใน|ตาม)\s*(?:ข้อ|เอกสาร|ที่)", c.text[said.end() : said.end() + 20]):
            continue  # "... ตามองค์ประกอบและอำนาจหน้าที่ในข้อ ข.": where its duties are said, not them
        subject = _BODY_SUBJECT.match(c.text.strip())
        named = vocab.committees.named_in(c.text[: subject.end() + 60] if subject else c.text[:200])
        if subject and not named:  # "คณะอนุกรรมการมีหน้าที่ ...": the body the lines above name
            above = [b for b in kb.before(c)[-6:] if vocab.committees.named_in(b.text)]
            if not above or not set(vocab.committees.named_in(above[-1].text)) & asked:
                continue
        elif not named or named[0] not in asked:
            continue
        items = kb.items_under(c) or _numbered_after(c, kb)
        lines = [cut(c.text, 420, kb.thai)] + [f"- {cut(i.text, 120, kb.thai)}" for i in items[:8]]
        return Draft(kind="measure", lines=lines, cite=[c.uid], confidence=0.7)
    return None


def _numbered_after(c: Clause, kb: KB) -> list[Clause]:
    """ "The Sub-Committee shall" and then "3.1 ... 3.6" as its siblings: the numbered lines it opens."""
    family = [k for k in kb.in_doc.get(c.doc_id, []) if k.parent == c.parent]
    at = next((i for i, k in enumerate(family) if k.uid == c.uid), len(family))
    out = []
    for k in family[at + 1 :]:
        if not (k.number or k.kind == "item") or k.status != c.status:
            break
        out.append(k)
    return out


class Measures:
    name = "measures"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "measures" or (frame.listing and frame.intent in ("lead_table", "composition"))

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        listed = self._listed(frame, kb, vocab)
        if listed is None and frame.committees and not frame.role and _DUTIES.search(frame.text):
            return _duties_said(frame, kb, vocab)  # "อนุฯ วิถีใหม่มีหน้าที่อะไรบ้าง": said in a sentence
        return listed

    def _listed(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        named_only = frame.yesno and all(_system_name(frame, t) for t in frame.unknown)
        if any(len(t) >= 4 for t in frame.unknown) and not named_only:
            return None  # "มาตรการประหยัดพลังงาน": no resolution lists it
        fact = self.pick(frame, kb)
        if fact is None:
            return None
        clause = kb.by_uid.get(fact.clause)
        section = SECTION_REF.search(frame.text)
        if section and (
            clause is None or (clause.number or "").rstrip(".") != section.group(1) or _own_words(frame, fact)
        ):
            # "ข้อ 2.3": the passage answerer scopes it, unless it asks this list, by its own number, for its items
            return None
        if (
            clause is not None
            and frame.committees
            and (frame.committee_named or frame.sub)
            and _DUTIES.search(frame.text)
        ):
            # "คณะอนุกรรมการ New Normal มีหน้าที่อะไร": that body's duties, not a list that names another body or none
            # "ข.2 อำนาจหน้าที่" under the heading that names its body, a few lines up
            above = [a.text.split("\n")[0] for a in [*kb.ancestors(clause)[:3], *kb.before(clause)[-30:]]]
            around = " ".join([clause.text, *above])
            if not set(vocab.committees.named_in(around)) & set(frame.committees):
                return None
            heads = " ".join(
                [
                    fact.title,
                    clause.text,
                    *fact.items,
                    *(a.text.split("\n")[0] for a in kb.ancestors(clause)[:3]),
                ]
            )
            if not _DUTIES_SAID.search(heads) and not re.search(
                r"หน้าที่|อำนาจ|\bdut(?:y|ies)\b|responsibilit", heads, re.I
            ):
                return None  # a table of the document's own particulars, not what the body must do
        listed = set(kb.thai.tokens(fact.title + " " + " ".join(fact.items)))
        rest = set(kb.thai.tokens(clause.text)) - listed if clause else set()
        if any(t in rest and t not in listed for t in frame.content):
            return None  # it asks about a part of the clause that is not the list ("ต้องพิจารณาเรื่องอะไร")
        missing = [
            t
            for t in frame.content
            if t not in listed and t not in rest and t not in frame.unknown and len(t) >= 2
        ]
        if clause is not None and EXAMPLE_WORDS.search(frame.text) and _examples_in_title(fact, kb, clause):
            # "ยกตัวอย่างสถานการณ์อะไร": the examples the list's heading gives, not its rows
            return Draft(
                kind="measure", lines=[Passage.around(clause.text, "เช่น")], cite=[clause.uid], confidence=0.75
            )
        if clause is not None and self._about_a_row(frame, kb, fact, clause, missing):
            return None  # "การประเมินประสิทธิภาพ... วัดผลด้านไหนบ้าง": one row's own words, said below the list
        missing = [t for t in missing if not (frame.yesno and claim_word(t))]  # "ยังอยู่": the claim's own words
        said = squash(" ".join([fact.title, *fact.items, clause.text if clause else ""])).lower()
        topical = [
            t
            for t in missing
            if len(t) >= 5
            and squash(t).lower() not in said
            and not re.search(r"[a-z]", t)
            and not DOCUMENT_WORDS.search(t)  # the document asked about, not the topic
            and not re.search(r"กฎบัตร|ตอนนี้|ปัจจุบัน", t)
        ]
        if len(topical) >= 2 and all(  # distinctive words, said by a few clauses only
            1 <= sum(1 for text in kb.squashed.values() if squash(t).lower() in text) <= 3 for t in topical
        ):
            return None  # "ทำหน้าที่ 'เห็นชอบ' หรือ 'ให้คำแนะนำ' สถาปัตยกรรม...": words another clause says, not this list
        if frame.yesno and missing and kb.search(frame.text, k=3, keep=lambda c: c.status == "current" and c.uid != fact.clause
                                 and all(t in kb.thai.tokens(c.text) for t in missing)):  # fmt: skip
            return None  # "...นับรวมวันลาด้วยไหม": a yes/no on a detail another clause states
        # names asked ("digital transformation"): said by the list's long heading alone, or by another clause
        # and never by this list, they are about that part, not the list's items
        names = [
            t for t in frame.content if re.fullmatch(r"[a-z][a-z-]{3,}", t) and t not in ("gcio", "pcio")
        ]
        if names:
            in_title = set(kb.thai.tokens(fact.title.lower()))
            in_items = set(kb.thai.tokens(" ".join(fact.items).lower()))
            if (
                len(fact.title) > 150
                and all(t in in_title for t in names)
                and not any(t in in_items for t in names)
            ):
                return None
            said = squash(" ".join([clause.text if clause else "", fact.title, *fact.items]))
            if any(squash(t) not in said for t in names) and any(
                all(squash(t) in text for t in names) for text in kb.squashed.values()
            ):
                return None
        items, notes, cite = list(fact.items), [], [fact.clause]
        asked_off = None  # the cancelled item the question is about
        for i, item in enumerate(fact.items):
            ended = kb.cancellation(item, fact.date)
            if ended is None:
                continue
            where, line = ended
            doc = kb.documents.get(where.doc_id)
            when = f" (มติ ครม. {thai_date(doc.date)})" if doc else ""
            items[i] = f"{item} — ยกเลิกแล้ว{when}"
            notes.append(f"ยกเลิกแล้ว{when}: {cut(line, 160)}")
            cite.append(where.uid)
            if _names(frame, item + " " + line, kb):
                asked_off = asked_off or (item, line, when)
        for name, where in added_items(
            kb, fact, [w for w in cite[1:]]
        ):  # "A Digital ID system is added to the list"
            doc = kb.documents.get(where.doc_id)
            when = f" (มติ ครม. {thai_date(doc.date)})" if doc else ""
            items.append(f"{name} — เพิ่มเติม{when}")
            cite.append(where.uid)
        if frame.yesno and asked_off is not None:
            # "BYOD ยังใช้อยู่ไหม": no, a later resolution cancelled it; "ถูกยกเลิกแล้วใช่ไหม": yes
            item, line, when = asked_off
            word = messages.YES if ASKS_CANCEL.search(frame.text) else messages.NO
            return Draft(kind="measure", lines=[f"{word} — ยกเลิกแล้ว{when}: {cut(line, 200)}",
                                                f"เดิม ({cut(fact.title, 80)}): {cut(item, 160)}"],
                         cite=cite[1:] + [fact.clause], confidence=0.8)  # fmt: skip
        kept = [i for i in fact.items if _names(frame, i, kb)] if frame.yesno and asked_off is None else []
        if kept and ASKS_CANCEL.search(frame.text) and not frame.history:
            # "ได้ยินว่า BYOD ถูกยกเลิกแล้ว จริงไหม": no text ends it; it is still on the list
            lines = render_list(fact.title, items, budget=360, thai=kb.thai)
            return Draft(kind="measure", lines=[f"{messages.NO} — ยังอยู่ ไม่มีมติยกเลิก: {cut(kept[0], 120)}", *lines],
                         cite=cite, confidence=0.75)  # fmt: skip
        lines = render_list(_title_asked(frame, fact.title), items, thai=kb.thai)
        listed_text = squash(fact.title + " " + " ".join(items))
        absent = [t for t in frame.unknown if _system_name(frame, t) and squash(t) not in listed_text]
        if frame.yesno and absent:  # "e-Learning เป็นหนึ่งในระบบที่มติให้พัฒนามั้ย": not in the list it gives
            said = re.search(re.escape(absent[0]), frame.text, re.I)
            name = said.group(0) if said else absent[0]
            lines = [f"{messages.NO} — {messages.NOT_LISTED.format(name=name)}", *lines]
        tail = Passage._after_examples(clause.text) if clause is not None and fact.items else ""
        if tail and squash(tail) not in squash(" ".join(lines)):
            lines.append(tail)  # "... เป็นต้น โดยให้มีการพิจารณาถึง ...": how the list is to be done, said after it
        return Draft(kind="measure", lines=lines + notes[:2], cite=cite, confidence=0.75)

    @staticmethod
    def _about_a_row(frame: Frame, kb: KB, fact: MeasureFact, clause: Clause, missing: list[str]) -> bool:
        """The clause that matches the question best says words the list never says and sits below the
        list's own rows (or elsewhere): the question is about that clause ("ขั้นวิเคราะห์ต้องดูอะไรบ้าง"),
        not the list."""
        if frame.yesno:
            return False
        hits = kb.search(
            frame.text, k=2, keep=lambda c: c.status == "current" and c.kind in ("item", "paragraph", "note")
        )
        if not hits:
            return False
        best = hits[0].clause
        rows = {c.uid for c in kb.items_under(clause)}
        if best.uid in rows:  # a row with more to say than its title, named by words only it has
            return bool(best.detail) and clause.uid in Passage.named_row(frame, kb, best)
        if best.uid == clause.uid or best.kind != "item":
            return False  # the list's own words, or a paragraph beside it ("ทั้งนี้ เพื่อให้...เป็นเจ้าภาพหลัก")
        said = [t for t in missing if Passage.names_row(kb, best, t)]
        return sum(len(t) for t in said) >= 5

    @staticmethod
    def pick(frame: Frame, kb: KB) -> MeasureFact | None:
        """The measure list the question means: nearest generated question, then shared words."""
        facts = {
            m.id: m for m in kb.book.measures if m.status == ("superseded" if frame.history else "current")
        }
        if not facts:
            return None
        if (
            frame.year is not None
        ):  # "...ตามระเบียบ 2565": the lists of that year's resolution, where it has any
            of_year = {
                k: m
                for k, m in facts.items()
                if (d := kb.documents.get(m.doc_id)) and d.date.year == frame.year
            }
            facts = of_year or facts
        bank = {e.fact: s for e, s in frame.bank if e.intent == "measures" and e.fact in facts}
        hits = kb.search(frame.text, k=8, keep=lambda c: c.uid in {m.clause for m in facts.values()})
        by_clause = {m.clause: m for m in facts.values()}
        scores: dict[str, float] = {}
        for rank, h in enumerate(hits):
            m = by_clause.get(h.clause.uid)
            if m is not None:
                scores[m.id] = scores.get(m.id, 0.0) + h.score * (1.0 - 0.1 * rank)
        top = max(bank.values(), default=0.0)
        for fid, s in bank.items():
            scores[fid] = scores.get(fid, 0.0) + max(0.0, 0.12 - 3 * (top - s))
        if not scores:
            return None
        # of lists that match about as well, the newer resolution's: a later text restates what is in force
        # and not one a later resolution has partly cancelled
        dates = sorted({m.date for m in facts.values() if m.date})
        asks_change = CHANGE_WORDS.search(re.sub(r"new\s*normal|วิถี(?:ชีวิต)?ใหม่", " ", frame.text, flags=re.I))
        for fid in scores:
            when = facts[fid].date
            if when and len(dates) > 1:
                scores[fid] += 0.03 * dates.index(when) / (len(dates) - 1)
            if not frame.history and any(kb.cancellation(item, when) for item in facts[fid].items[:12]):
                scores[fid] -= 0.06
            items = facts[fid].items
            changes = sum(1 for i in items if _CHANGE_ITEM.match(i))
            if items and changes * 2 >= len(items) and not asks_change:  # "New Normal" is a name, not "new"
                scores[fid] -= (
                    0.15  # "เพิ่มมาตรการ X", "เพิ่มระบบ Y": what one resolution changed, not what is in force
                )
        return facts[max(scores, key=lambda k: scores[k])]


_CHANGE_ITEM = re.compile(r"^\W*(?:ให้)?(?:เพิ่ม|ยกเลิก|แก้ไข|ปรับ|เปลี่ยน|ตัด)")


def _examples_in_title(fact: MeasureFact, kb: KB, clause: Clause) -> bool:
    """The list's heading gives examples of its own ("... อย่างเร่งด่วน เช่น การแพร่ระบาด... ดังนี้") and the
    list's items are the rows under it, not those examples."""
    rows = kb.items_under(clause)
    return (
        "เช่น" in clause.text
        and bool(rows and fact.items)
        and squash(rows[0].text)[:20] == squash(fact.items[0])[:20]
    )


def _system_name(frame: Frame, word: str) -> bool:
    """A name of a system or scheme ("e-Learning", "Hybrid" in a Thai question), not an English word of asking."""
    return bool(
        re.fullmatch(r"[a-z]{1,3}-[a-z]{3,}", word)
        or (not frame.english and re.fullmatch(r"[a-z]{3,}", word))
    )


def _names(frame: Frame, text: str, kb: KB) -> bool:
    """The question's words name this item ("อุปกรณ์ส่วนตัว" of "อุปกรณ์ไอทีส่วนตัว", "BYOD")."""
    flat, said = squash(text), 0
    for t in frame.content:
        parts = [p for p in kb.thai.tokens(t) if len(p) >= 2] or [t]
        if all(squash(p) in flat for p in parts):
            said += len(t)
    return said >= 6 or any(
        re.fullmatch(r"[a-z]{3,}", t)
        and (t in flat or any(squash(x) in flat for x in kb.glossary.expansions(t) if len(squash(x)) >= 6))
        for t in frame.content
    )  # "BYOD" names "(Bring Your Own Device)" by the glossary


DECIDED = re.compile(
    r"มีมติ(?:\s*(?:ใน|เกี่ยวกับ)?\s*เรื่อง\S{0,10})?(?:ว่า)?\s*(?:อย่างไร|ยังไง|อะไร)|มติ(?:ว่า)?(?:อะไรบ้าง|ว่าอย่างไร|ว่ายังไง)|ตัดสินใจ(?:ว่า)?\s*(?:อย่างไร|อะไร)"
    r"|what (?:\w+ ){0,2}?did (?:the )?cabinet (?:\w+ )?(?:decide|resolve|approve)|what (?:was|were) (?:the )?(?:cabinet'?s? )?decisions?"
    r"|มีมติ(?:\s*(?:ใน|เกี่ยวกับ)?\s*(?:เรื่อง)?\S{0,12})?\s*กี่\s*ข้อ|มติ\s*(?:ครม\.?\s*)?(?:นี้|วันนั้น|ครั้งนั้น|ดังกล่าว|ฉบับนี้)?\s*(?:มี|ได้)?\s*กี่\s*ข้อ|how many decisions",
    re.I,
)


def _own_words(frame: Frame, fact: MeasureFact) -> list[str]:
    """The question's words that neither the list nor the way lists are asked for says."""
    listed = squash(" ".join([fact.title, *fact.items])).lower()
    return [t for t in frame.content if not re.fullmatch(r"[\d./]+", t) and squash(t).lower() not in listed
            and not _LIST_NOUN.fullmatch(t)]  # fmt: skip


_DUTIES_HEAD = re.compile(
    r"(?:อำนาจ)?หน้าที่(?:และอำนาจ)?(?:ความรับผิดชอบ)?|(?:powers and )?duties(?: and (?:powers|responsibilities))?",
    re.I,
)


def duties_of(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
    """ "คณะกรรมการ GCIO มีหน้าที่อะไรบ้าง": the items under a "หน้าที่ความรับผิดชอบ" heading of that committee's part,
    the newest in force, not whatever list names the committee."""
    if not (_DUTIES.search(frame.text) and frame.committees and frame.committee_named) or frame.history:
        return None
    if frame.role or re.search(r"ทำหน้าที่", frame.text):
        return None  # "ใครทำหน้าที่กรรมการและเลขานุการ": who serves in a seat, not the committee's duties
    unnamed = re.sub(r"(?:ที่)?ตั้ง(?:ขึ้น)?ใหม่|\bnew(?:ly)?\s+(?:set\s+up|created|formed)?", " ", frame.text)
    if frame.agencies or frame.holders or frame.in_force_at or frame.yesno or CHANGE_WORDS.search(unnamed):
        return None  # "สพร. มีหน้าที่อะไร", "มติปี 62 เขียนหน้าที่ไว้ว่าไง", "what changed in its duty": not this list
    names = {squash(a).lower() for k in frame.committees if k in vocab.committees.items
             for a in vocab.committees.items[k].aliases}  # fmt: skip
    spelled = " ".join(names)  # "คณะอนุกรรมการข้อมูลภาครัฐฯ": words of the body's own name
    others = [t for t in frame.content if not _DUTIES.search(t) and squash(t).lower() not in spelled
              and not re.fullmatch(r"คกก|กก|คณะ|คณะกรรมการ|committee|board|its|the|(?:ที่)?ตั้ง(?:ขึ้น)?ใหม่|new", t, re.I)]  # fmt: skip
    if others:
        return None  # "หน้าที่เรื่องสถาปัตยกรรมองค์กร...": one duty's words, answered from its own clause
    heads = [c for c in kb.clauses if c.kind == "heading" and c.status == "current"
             and _DUTIES_HEAD.fullmatch(c.text.strip().rstrip(":："))]  # fmt: skip
    for head in sorted(heads, key=lambda c: c.doc_date or dt.date.min, reverse=True):
        above = [a.text.split("\n")[0] for a in [*kb.ancestors(head)[:3], *kb.before(head)[-30:]]]
        if not set(vocab.committees.named_in(" ".join(above))) & set(frame.committees):
            continue
        items = [c for c in kb.children.get(head.uid, []) if c.status == "current" and c.kind == "item"]
        if items:
            lines = render_list(head.text, [c.text for c in items], thai=kb.thai)
            return Draft(kind="measure", lines=lines, cite=[items[0].uid], confidence=0.8)
    return _duties_said(frame, kb, vocab)  # no heading of its duties: a sentence or a "Tasks:" line says them


# "มติ ครม. ครั้งนี้ ข้อที่ 1 ว่าไว้ว่าไง": one of the cabinet's own numbered decisions, by its number
_DECISION_NO = re.compile(
    r"(?:มติ\s*(?:ครม\.?|คณะรัฐมนตรี)\S{0,12}|ครม\.?\s*มีมติ)\s*.{0,20}?ข้อ(?:ที่)?\s*(\d)(?![.\d])\s*(?!ของ)",
)


def decisions(frame: Frame, kb: KB) -> Draft | None:
    """ "ครม. 29 ก.ย. 63 มีมติว่าอย่างไร", "what did the cabinet decide": the resolution's own numbered
    decisions, of the resolution named by its date (the newest that lists them when none is)."""
    one = _DECISION_NO.search(frame.text)
    if not (DECIDED.search(frame.text) or one) or frame.role or frame.holders or frame.members_changed:
        return None  # "มติ 10 มี.ค. 69 เพิ่มใครเป็นกรรมการ": who joined, not every decision
    facts = [m for m in kb.book.measures if m.id.endswith(":decisions") and m.status == "current"]
    if frame.date is not None:
        facts = [m for m in facts if kb.documents.get(m.doc_id) and kb.documents[m.doc_id].date == frame.date]
    if not facts:
        return None
    fact = max(facts, key=lambda m: m.date or dt.date.min)
    if one and not DECIDED.search(frame.text):
        n = int(one.group(1))
        if not 1 <= n <= len(fact.items):
            return None
        return Draft(kind="fact", lines=[f"ข้อ {n}: {fact.items[n - 1]}"], cite=[fact.clause], confidence=0.8)
    lines = render_list(fact.title, fact.items, thai=kb.thai)
    if re.search(r"กี่|how many", frame.text, re.I):  # "มีมติกี่ข้อ": how many, then which
        lines[0] = f"{len(fact.items)} ข้อ — {lines[0]}"
    return Draft(kind="fact", lines=lines, cite=[fact.clause], confidence=0.8)


def _title_asked(frame: Frame, title: str) -> str:
    """A long heading ("อ.ก.พ. ... ในการประชุมครั้งที่ 5/2563 ... เห็นชอบการเพิ่มเติมบทบาทของ GCIO ...") from the
    words the question asks about, when they come after where the heading would be cut."""
    if len(title) <= 160:
        return title
    low = title.lower()
    head = squash(title[:150]).lower()
    if any(len(squash(t)) >= 2 and squash(t).lower() in head for t in frame.content):
        return title  # "อ.ก.พ. ชุดไหน...": the head says what is asked
    late = [at for t in frame.content if len(t) >= 3 and (at := low.find(t)) >= 150]
    if not late:
        return title
    start = title.rfind(" ", 0, max(0, min(late) - 10)) + 1
    return "…" + title[start:].strip()
