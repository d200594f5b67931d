"""When no answerer is sure: the best span of the best clause, never a bare "ดังนี้" heading.

The clause comes from the hybrid search (current rules unless the question asks what it used to
be). A clause that introduces a list ("... ดังนี้") is answered with its items; a long clause with
the window of it that shares most words with the question; a date question with the date tied to
what it names, or nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.additions import added_items
from bot.answering.answerers.base import Draft
from bot.answering.answerers.define import Define
from bot.answering.extract import (
    INTRODUCES,
    LIST_BUDGET,
    SECTION_REF,
    cut,
    outer_sections,
    render_list,
    window,
)
from bot.answering.frame import LEAD_WORDS, PURPOSE_WORDS, Frame
from bot.answering.kb import KB, Ranked
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.core.models import Clause
from bot.knowledge.english import DATE_EN, english, english_date
from bot.knowledge.facts import QUESTION_PUT, SITUATION, MeasureFact, compared
from bot.thai import ARABIC_DIGITS, THAI_DATE, thai_date

# "ภายในวันที่ 31 ตุลาคม ของทุกปี": a day that comes back every year, written without one
YEARLY = re.compile(
    r"(?:วันที่\s*)?\d{1,2}\s*(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    r"|พฤศจิกายน|ธันวาคม)\s*(?:ของ)?\s*ทุกปี"
)
# a count in digits or spelt out, as regulations write it ("ไม่เกินสามคน", "ปีละสองครั้ง", "เก้าสิบวัน")
NUMBER_WORD = r"(?:[0-9๐-๙]+|(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ|เอ็ด|ร้อย)+)"
CONDITION_WORDS = re.compile(
    r"คำนึง|(?:ต้อง|ควร)คิดถึง|พิจารณาถึง|ข้อควรระวัง|เงื่อนไข|ลักษณะ\s*(?:แบบ|อย่าง)?\s*(?:ไหน|ใด)|ออกมา\s*(?:แบบ|ลักษณะ)|take into account|consider|in what way",
    re.I,
)
PURPOSE = PURPOSE_WORDS
_MONTH = (
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    r"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
)
# "... ตามมติวันไหน", "which resolution": the day of the resolution that says it (narrower than frame's)
NAMES_RESOLUTION = re.compile(
    r"มติ\s*(?:ครม\.?\s*)?(?:วัน|ปี|ฉบับ)?\s*(?:ไหน|ใด)|(?:which|what) (?:cabinet )?resolution", re.I
)
_CABINET = re.compile(r"ครม|คณะรัฐมนตรี|cabinet", re.I)
_DECIDES = re.compile(r"มีมติ|มติ|เห็นชอบ|อนุมัติ|resolved?|decided?|approved?", re.I)
# the head a resolution's decisions are listed under: "คณะรัฐมนตรีมีมติ", "มติคณะรัฐมนตรี", "The Cabinet resolved"
_DECISION_HEAD = re.compile(
    r"(?:คณะรัฐมนตรี|ครม\.?)\s*(?:ได้)?(?:ลง)?มีมติ|^มติ(?:คณะรัฐมนตรี|ครม\.?)?\s*[:：]?\s*$|cabinet\s+resolved", re.I
)
# how often something is done: "ปีละ 1 ครั้ง", "ทุก 3 เดือน", "ทุกไตรมาส", "รายไตรมาส", "every six months"
_COUNT = r"(?:[\d๐-๙]+|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ(?:สอง)?)"
FREQUENCY = re.compile(
    rf"(?:ปี|เดือน|ไตรมาส|สัปดาห์)ละ\s*{_COUNT}\s*ครั้ง|ทุก\s*(?:{_COUNT}\s*)?(?:วัน|สัปดาห์|เดือน|ไตรมาส|ปี)"
    rf"|ราย(?:ไตรมาส|เดือน|ปี|สัปดาห์|ครึ่งปี)|อย่างน้อย\s*(?:ปีละ|เดือนละ|ไตรมาสละ)?\s*{_COUNT}\s*ครั้ง"
    r"|\b(?:every|each)\s+(?:\w+\s+)?(?:months?|quarters?|years?|weeks?)\b|\b(?:quarterly|annually|monthly|yearly)\b",
    re.I,
)
# "อยู่ถึงเมื่อไหร่", "ไปจนถึงวันไหน", "until when": the end of a term, not its start
UNTIL_ASKED = re.compile(
    r"(?:จน)?ถึง(?:วัน|เมื่อ|ปี)?\s*(?:ไหน|ไร|ใด|ไหร่)|until when|till when|how long|ถึงเมื่อ"
    r"|(?:หมดอายุ|สิ้นสุด|หมดวาระ)\S{0,6}(?:เมื่อ|วัน|ปี)|expire|\bend\b",
    re.I,
)
HOW_OFTEN = re.compile(
    r"(?:บ่อย|ถี่)\s*(?:แค่|เท่า|ขนาด|แค่ไหน|เท่าไ|ยังไง|อย่างไร)|ทุกกี่|(?:ปี|เดือน|ไตรมาส)ละกี่ครั้ง|how often|how frequent",
    re.I,
)  # "ติดภารกิจบ่อย" says why someone asks; "บ่อยแค่ไหน" asks
# a day or month something is due by, written without a year ("ภายในวันที่ 30 พฤศจิกายน", "ภายในเดือนมกราคม"),
# or a month with its year ("ภายในเดือนมีนาคม 2568")
DUE = re.compile(
    rf"ภายใน(?:วันที่)?\s*[\d๐-๙]{{1,2}}\s*{_MONTH}(?!\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{{2,4}})|ภายใน(?:สิ้น)?เดือน\s*{_MONTH}(?:\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{{4}}|ของปีถัดไป)?"
)
DEADLINE = re.compile(
    r"ภายใน(?:ปีงบประมาณ|ปี)?\s*(?:พ\.ศ\.\s*)?\d{4}|ภายใน\s*\d{1,3}\s*(?:วัน|เดือน|ปี)|ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?\d{4}"
    rf"|ภายใน(?:วันที่)?\s*[\d๐-๙]{{1,2}}\s*{_MONTH}(?:\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{{2,4}})?"  # "ภายในวันที่ 30 พฤศจิกายน"
    rf"|ภายใน(?:สิ้น)?เดือน\s*{_MONTH}[^\s]{{0,20}}|ภายใน(?:สิ้น)?ไตรมาส\S{{0,20}}"  # "ภายในเดือนมกราคมของปีถัดไป"
    r"|ตั้งแต่วันที่[^\n]{0,30}|ปีละ\s*\d+\s*ครั้ง|ทุก\s*\d+\s*(?:เดือน|ปี)"
)
DUE_ASKED = re.compile(r"ภายใน|ต้องส่ง|กำหนดส่ง|ส่ง\S{0,20}(?:เมื่อ|วัน)|deadline|\bdue\b|by when|submit", re.I)
DUE_WORDS = re.compile(r"ภายใน|ก่อน|ไม่เกิน|กำหนด|ส่ง|\bby\b|before|\bdue\b|no later", re.I)
# "รอบแรก", "ครั้งที่สอง", "the second round": which of several dates in one clause
_ORDINAL_ASKED = re.compile(
    r"(?:รอบ|ครั้ง|งวด|ระยะ)\s*(?:ที่\s*)?(แรก|[1-4๑-๔]|หนึ่ง|สอง|สาม|สี่|สุดท้าย)|\b(first|second|third|last)\s+(?:round|report|time|phase)",
    re.I,
)
# "เพื่อหารือ...", "เพื่อให้..." said as a purpose; "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" is a name
_PURPOSE_SAID = re.compile(r"(?<=\s)เพื่อ(?!เศรษฐกิจ)\S")
REASON = re.compile(r"เพื่อให้|เพื่อ|เนื่องจาก|ด้วยเหตุ|because|in order to|so that", re.I)
_THE_GUIDELINE = re.compile(
    r"\b(?:the\s+)?GCIO\s+(?:management\s+)?guidelines?\b|แนวทาง(?:การบริหารจัดการ)?\s*GCIO", re.I
)
DOCUMENT_WORDS = re.compile(r"ระเบียบ|มติ|ประกาศ|คำสั่ง|หนังสือ|เอกสาร|regulations?|resolution|order", re.I)
# "ต้องทำอะไรด้วยไหม", "มีอะไรอีก", "anything else": more of what the clause just quoted says
ALSO_ASKED = re.compile(
    r"ด้วย\s*(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ป่ะ|ปะ|เปล่า)|อะไร(?:อีก|เพิ่ม)|อีก(?:ไหม|มั้ย|บ้าง)|เพิ่มเติม"
    r"|anything else|what else|\balso\b",
    re.I,
)
# "ขั้นแรก", "ขั้นตอนที่ 2", "the last step": one row of a list of steps
STEP_ASKED = re.compile(
    r"ขั้น(?:ตอน)?\s*(?:ที่\s*)?(แรก(?:สุด)?|สุดท้าย|[1-9๑-๙](?![\d.])|หนึ่ง|สอง|สาม|สี่|ห้า)"
    r"|\b(first|second|third|fourth|last|final)\s+step\b",
    re.I,
)
_ORDINAL_VALUE = {
    "แรก": 1,
    "หนึ่ง": 1,
    "สอง": 2,
    "สาม": 3,
    "สี่": 4,
    "ห้า": 5,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
}


def _ordinal(word: str | None) -> int | None:
    word = (word or "").lower().translate(ARABIC_DIGITS)
    return int(word) if word.isdigit() else _ORDINAL_VALUE.get(word)


QUESTION = re.compile(r"^(?:ถาม|คำถาม|Q)\s*(?:ข้อ)?\s*[\d๐-๙]{0,2}\s*[.:：)]?\s*", re.I)
REPLY_HEAD = re.compile(r"^(?:ตอบ|คำตอบ|A)\s*(?:คำถาม\s*(?:ข้อ)?\s*[\d๐-๙]{1,2})?\s*[.:：)]?\s*", re.I)
ANSWER = re.compile(r"^(?:ตอบ|คำตอบ|A)\s*[.:：)]?\s*", re.I)
# "Which e-systems does it mention": things asked in the plural, so the ones the clause names
PLURAL_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?[a-z-]{2,}(?:ies|[^s\W]s)\b", re.I
)
# "หน้าที่ข้อ 3", "องค์ประกอบลำดับที่ 2", "duty no. 3": an item of the list a part's heading introduces
PART_ITEM = re.compile(
    r"(หน้าที่|องค์ประกอบ|บทบาท|\bdut(?:y|ies)|\bfunctions?|\bcomposition)\S{0,24}?\s*"
    r"(?:ข้อ(?:ที่)?|ลำดับที่|(?:item|no\.?|number|#)\s*)\s*(\d+)(?![\d.])",
    re.I,
)
PART_WORDS = {r"หน้าที่|dut|function": "หน้าที่", r"องค์ประกอบ|composition": "องค์ประกอบ", r"บทบาท": "บทบาท"}
NOW_ASKED = re.compile(r"ตอนนี้|ปัจจุบัน|\bnow\b|currently|เปลี่ยนเป็น|แก้เป็น|ปรับเป็น", re.I)
REWORDED = re.compile(
    r"ถ้อยคำ|เขียนว่า|เขียนใหม่|\breword|\brephras|\brewrit|\bwording"
    # "แล้วเปลี่ยนเป็นว่า?" after the old wording: the new one beside it
    r"|(?:เปลี่ยน|แก้|ปรับ)(?:ไป)?เป็น(?:ว่า)?\s*(?:อะไร|ยังไง|ไง|แบบไหน)?\s*(?:ครับ|คะ|ค่ะ|นะ|อะ)?\s*[?？]*\s*$"
    r"|\bchanged?\s+(?:it\s+)?to\s+what\b|\bwhat\s+(?:was\s+it|did\s+it\s+get|is\s+it)\s+changed\s+to\b",
    re.I,
)
_ALL_OF_IT = re.compile(r"ทั้งหมด|ครบ|ทุกข้อ|ทุกขั้น|\ball\b|\bevery\b|\bwhole\b|\bfull\b", re.I)
EXAMPLE_WORDS = re.compile(r"ตัวอย่าง|เช่นอะไร|example|such as|for instance", re.I)
ITEM_UNITS = r"ข้อ|ประเด็น|เรื่อง|อย่าง|รายการ|ด้าน|มาตรการ"
_TITLE_WORDS: dict[tuple[int, str], frozenset[str]] = {}
_EN_NUMBERS = "one two three four five six seven eight nine ten eleven twelve".split()
# the words a count is in; Thai writes no space after them ("กี่วันหลังระเบียบใช้บังคับ")
_UNITS = re.compile(
    r"กี่\s*((?:วัน|เดือน|ปี|ครั้ง|คน|ชั่วโมง|ชม|นาที|สัปดาห์|อาทิตย์|ท่าน|ราย|ตำแหน่ง|หน่วยงาน|คณะ|ชุด|วาระ|ระดับ"
    r"|ขั้นตอน|ขั้น|ระบบ|แห่ง|กระทรวง|จังหวัด|บาท|เปอร์เซ็นต์|%)|[\u0e01-\u0e2e][\u0e01-\u0e4e]*)"
)


def asked_unit(question: str) -> re.Match[str] | None:
    """ "ภายในกี่วัน": group 1 is the unit the count is asked in."""
    return _UNITS.search(question)


def _lead_in(kb: KB, c: Clause) -> str:
    """The paragraph a few lines above under the same part ("ครม. ให้ตั้งคณะทำงาน X ..." over its seats, then
    "หน้าที่คือ ... รายงานทุก 6 เดือน"): it names what the clause goes on about."""
    up = kb.ancestors(c)
    parts = {
        c.parent,
        *(a.uid for a in up),
        *(a.parent for a in up),
    }  # its part, or the part of what it continues
    before = [
        y
        for y in kb.in_doc.get(c.doc_id, [])
        if y.parent in parts and y.kind == "paragraph" and c.line - 8 <= y.line < c.line
    ]
    return before[-1].text if before else ""


# a Thai unit asked for, as an English text counts it
_EN_ASKING = {"how", "many", "much", "the", "and", "who", "what", "gcio", "pcio"}  # never the thing counted
_UNITS_EN = {
    "คน": "people|persons|participants|officials|members|staff|trainees|representatives",
    "ครั้ง": "times|meetings|cohorts|sessions",
    "รุ่น": "cohorts|batches|classes",
    "วัน": "days|working days",
    "เดือน": "months",
    "ปี": "years",
    "ชั่วโมง": "hours",
}


class Passage:
    name = "passage"

    def applies(self, frame: Frame) -> bool:
        return True

    @staticmethod
    def _in_force_now(frame: Frame, kb: KB, hits: list, keep) -> list:
        """ "still approve the architecture?": a question in a replaced rule's words is about the rule that
        replaced it, as near as the old words are."""
        old = kb.search(frame.text, k=4, keep=lambda c: c.status == "superseded" and bool(c.replaced_by))
        best = {h.clause.uid: h for h in hits}
        for h in old:
            now, seen = h.clause, set()
            while now.status != "current" and now.replaced_by and now.uid not in seen:
                seen.add(now.uid)
                now = kb.by_uid.get(now.replaced_by, now)
            if now.status != "current" or not keep(now):
                continue
            have = best.get(now.uid)
            if have is None or have.score < h.score:
                best[now.uid] = Ranked(now, h.score, max(h.dense, have.dense if have else 0.0))
        return sorted(best.values(), key=lambda h: -h.score)

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        draft = self._answer(frame, kb, vocab)
        if draft is not None and draft.lines and PURPOSE.search(frame.text):
            draft.lines[0] = _reason(draft.lines[0])  # why: the reason, not "ดังนี้" before a list not given
        if draft is not None and draft.lines and draft.cite and frame.who and not draft.abstain:
            whose = _whose_duty(kb, draft.cite[0])
            if whose and squash(whose) not in squash(" ".join(draft.lines)):
                draft.lines.insert(0, f"ผู้มีหน้าที่: {whose}")
        return draft

    def _answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        last_date = getattr(kb.by_uid.get(frame.clause_context or ""), "doc_date", None)
        earlier = bool(frame.year and last_date and frame.year < last_date.year)  # "ตอนปี 62 ล่ะ"
        # "so what exactly got reworded?" after the clause that says so (not why it was)
        reworded = bool(REWORDED.search(frame.text)) and not PURPOSE.search(frame.text)
        rest = [
            t
            for t in frame.content
            if not (reworded and re.search(r"แก้|เปลี่ยน|ปรับ|ถ้อยคำ|chang|amend|revis", t))
        ]
        if (frame.history or earlier or reworded) and frame.clause_context:
            before = self._before(frame, kb)  # "เมื่อก่อนล่ะ": the wording the last quoted clause replaced
            # "เมื่อก่อนเป็นอำนาจเห็นชอบไม่ใช่เหรอ": words the old wording has are asked of it too
            said = squash(" ".join(before.lines)) if before is not None else ""
            if before is not None and len([t for t in rest if squash(t) not in said]) <= 1:
                return before
        part = self._part_item(frame, kb)
        if part is not None:  # "หน้าที่ข้อ 3 ของ คกก. GCIO": that item, with what it said before
            return self._section(frame, kb, kb.subtree([part]))
        scope = self._section_scope(frame, kb)
        newer = self._newer_wording(frame, kb, scope) if scope else []
        if newer and not frame.history:  # "ข้อ 2.2 ... ให้เป็น ...": a later resolution rewrote that part
            return self._rewritten(frame, kb, newer, scope or set())
        last = kb.by_uid.get(frame.clause_context or "")
        no_examples = bool(EXAMPLE_WORDS.search(frame.text)) and last is not None and "เช่น" not in last.text
        if (
            scope is None and frame.clause_context and not no_examples
        ):  # examples it lacks: maybe said elsewhere
            said = self._same_clause(frame, kb, frame.clause_context)
            if said is not None:  # "มีวัตถุประสงค์เพื่ออะไร" about the row the last answer quoted
                return said
        if scope and not [
            t for t in frame.content if not re.fullmatch(r"[\d./]+", t) and t not in ("ประเด็น", "section")
        ]:
            return self._section(frame, kb, scope)
        want = "superseded" if frame.history else "current"

        why = bool(PURPOSE.search(frame.text))

        def keep(c: Clause) -> bool:
            return (
                c.status == want
                and c.kind in ("item", "paragraph", "note")
                and (not scope or c.uid in scope)
                and c.uid not in kb.quiz_parts  # a quiz's options say nothing; its key does
                and (why or not SITUATION.match(c.text))  # "สาเหตุ: ..." says why, not what is decided
            )

        query, titled = self._without_title(frame.text, kb, frame.content)
        # "does the GCIO guideline say anything about X": the guideline is where to look, X what to look for
        bare = _THE_GUIDELINE.sub(" ", query)
        if bare != query and len([t for t in kb.thai.tokens(bare) if t in frame.content]) >= 1:
            query = bare
        inferred = [t for t in frame.content if t not in frame.text]  # "เพิ่มให้" read as the text's "เพิ่มเติม"
        query = f"{query} {' '.join(inferred)}" if inferred else query
        hits = kb.search(query, k=6, keep=keep)
        phrases = [squash(t) for t in inferred if len(t) >= 8]
        if phrases and hits:  # the phrase the question was read as, said as such: that clause first
            for h in hits:
                if any(p in kb.squashed.get(h.clause.uid, "") for p in phrases):
                    # the one that lists them, when a list is asked ("บทบาทที่เพิ่ม... มีอะไรบ้าง")
                    h.score += 0.05 + (0.03 if frame.listing and kb.items_under(h.clause) else 0.0)
            hits.sort(key=lambda h: -h.score)
        if titled is not None:  # "...ตามระเบียบสำนักนายกรัฐมนตรีว่าด้วย...": that document's clauses first
            hits = kb.search(query, k=6, keep=lambda c: keep(c) and c.doc_id == titled) or hits
        if scope and hits:
            # "ข้อ 2.2 ให้...อย่างไร": the part numbered so, when its own words say what is asked, before a
            # table that sits under it and repeats them
            root = next((c for c in kb.clauses if c.uid in scope and c.parent not in scope and keep(c)), None)
            words = [t for t in frame.content if not re.fullmatch(r"[\d./]+", t)]

            def covered(c: Clause) -> int:
                flat = squash(" ".join(x for x in (c.text, c.label, c.detail) if x))
                return sum(
                    1 for t in words
                    if squash(t) in flat or any(squash(x) in flat for x in kb.glossary.expansions(t))
                    or squash(_stem(t)[:4]) in flat
                )  # fmt: skip

            # ... but a row under it that says more of what is asked ("ข้อ 2.3 ที่ให้ประเมิน... วัตถุประสงค์") is the answer
            if (
                root is not None
                and words
                and covered(root) >= 0.6 * len(words)
                and covered(root) >= covered(hits[0].clause)
            ):
                hits = [
                    Ranked(root, hits[0].score + 0.01, hits[0].dense),
                    *[h for h in hits if h.clause.uid != root.uid],
                ]
        if not frame.history:
            hits = self._in_force_now(frame, kb, hits, keep)
        if not scope and frame.clause_context and frame.clause_context in kb.by_uid:
            # a follow-up ("แล้วขั้นประเมินล่ะ") looks first beside the clause the last answer came from
            last = kb.by_uid[frame.clause_context]
            parent = kb.by_uid.get(last.parent) if last.parent else None
            near = kb.subtree([parent]) if parent is not None else set()
            beside = kb.search(frame.text, k=6, keep=lambda c: keep(c) and c.uid in near) if near else []
            short_turn = len(frame.content) <= 2  # "แล้วขั้นประเมินล่ะ": too little of its own to search widely
            if beside and (not hits or beside[0].score >= hits[0].score - (0.15 if short_turn else 0.02)):
                hits = beside
            pronoun = re.search(r"\b(?:it|its|them|they|their)\b|ดังกล่าว|พวกนี้|เหล่านี้", frame.text, re.I)
            own_topic = (
                len([t for t in frame.content if len(t) >= 4 and t not in frame.unknown]) >= 3
            )  # "its duty on X"
            if (
                pronoun
                and not own_topic
                and last.kind in ("item", "paragraph", "note")
                and last.status == "current"
            ):
                top = hits[0] if hits else None  # "it", "them": the clause just quoted
                same = Ranked(last, top.score if top else 0.5, top.dense if top else 0.8)
                hits = [same, *[h for h in hits if h.clause.uid != last.uid]]
        if frame.history:  # "เดิม...": the old wording if it matches about as well as the current one
            now = kb.search(
                frame.text,
                k=6,
                keep=lambda c: c.kind in ("item", "paragraph", "note") and (not scope or c.uid in scope),
            )
            if not hits or (now and now[0].score > hits[0].score + 0.15):
                hits = now
        dated = frame.year is not None and any(d.date.year == frame.year for d in kb.docs_by_date())
        if frame.date is not None or frame.month is not None or frame.latest or dated:
            from bot.answering.answerers.document import Document

            doc = Document.which(frame, kb, vocab)  # "...ตามระเบียบ 2565": the resolution of that year
            if doc is not None:  # "ส่วนที่ไม่ได้แก้ในมติ ก.ย. 67...": search that resolution
                in_doc = kb.search(frame.text, k=6, keep=lambda c: keep(c) and c.doc_id == doc.id)
                hits = in_doc or hits
        if not hits:
            return None
        if not frame.history:
            hits = kb.newest_restatement(hits)
        asks_example = bool(EXAMPLE_WORDS.search(frame.text))
        last = kb.by_uid.get(frame.clause_context or "")
        # a part named by number ("ข้อ 3") that gives no examples may be restated in full elsewhere with them
        fuller = (
            self._with_examples(kb, last)
            if asks_example and last is not None and (not scope or "เช่น" not in last.text)
            else None
        )
        own_topic = len([t for t in frame.content if len(t) >= 3]) >= 4  # "ส่วนระบบที่ต้องพัฒนา... ยกตัวอย่าง"
        if (
            fuller is not None
            and not own_topic
            and any(len(t) >= 3 and t in fuller.text.lower() for t in frame.content)
        ):
            # "ยกตัวอย่างสถานการณ์ไว้ว่าอะไร" after a decision: the examples that decision (or its restatement) gives
            hits = [
                Ranked(fuller, hits[0].score + 0.01, hits[0].dense),
                *[h for h in hits if h.clause.uid != fuller.uid],
            ]
        if frame.listing or asks_example:
            named = self.named_row(frame, kb, hits[0].clause)
            named |= {a.uid for a in kb.ancestors(hits[0].clause)} if named else set()  # nor the parts above
            for h in hits:
                if h.clause.uid in named:
                    continue  # "ขั้นประเมินวัดผลด้านไหนบ้าง": the row the question names asks for its own list
                if re.search(r"เช่น|ได้แก่|ประกอบด้วย", h.clause.text) or (
                    frame.listing and kb.items_under(h.clause)
                ):
                    h.score += 0.1
            hits.sort(key=lambda h: -h.score)
        step = STEP_ASKED.search(frame.text)
        if step and not frame.when:
            stepped = self._step(kb, hits, step)
            if stepped is not None:  # "ขั้นแรกของแนวทาง... คืออะไร": that row of the list the question names
                return stepped
        clause = hits[0].clause
        if asks_example and "เช่น" not in clause.text:
            # "ยกตัวอย่างสถานการณ์อะไร": a decision restated in full elsewhere, with its examples there
            head = re.sub(r"\s+", "", clause.text)[:60]
            fuller = next(
                (h.clause for h in hits[1:] if head in re.sub(r"\s+", "", h.clause.text) and "เช่น" in h.clause.text),
                None,
            ) or next(  # a follow-up searched only beside the last clause: the restatement may be elsewhere
                (c for c in kb.clauses if c.status == "current" and "เช่น" in c.text
                 and head in re.sub(r"\s+", "", c.text) and c.uid != clause.uid),
                None,
            )  # fmt: skip
            if fuller is not None:
                clause = fuller
        conf = round(min(0.95, 0.4 + 0.5 * max(0.0, (hits[0].dense - 0.75) / 0.15)), 2)
        if frame.listing:  # a row matched, but the question asks for the list its part introduces
            named = self.named_row(frame, kb, clause)
            named |= {a.uid for a in kb.ancestors(clause)} if named else set()
            for h in hits[1:]:
                if h.clause.uid in named:
                    continue
                if h.clause.uid in {a.uid for a in kb.ancestors(clause)} and INTRODUCES.search(h.clause.text):
                    clause = h.clause
                    break
        answered = self._answer_to(kb, clause)
        if (
            answered is not None and not frame.when
        ):  # "ถาม ๓ ... / ตอบ ...": the text's own answer to its question
            return Draft(kind="fact", lines=[cut(QUESTION.sub("", clause.text), 160), f"ตอบ: {cut(REPLY_HEAD.sub('', answered.text), 380)}"],
                         cite=[answered.uid, clause.uid], confidence=conf)  # fmt: skip
        if frame.when:
            return self._date(frame, kb, clause, conf)
        purpose_column = re.search(r"วัตถุประสงค์|เป้าหมาย|เพื่อ|purpose|objective|aim", clause.label or "", re.I)
        if (
            PURPOSE.search(frame.text)
            and clause.detail
            and (purpose_column or clause.detail.startswith("เพื่อ"))
        ):
            return Draft(kind="measure", lines=[clause.detail], cite=[clause.uid], confidence=conf)
        if PURPOSE.search(frame.text) and not REASON.search(clause.text) and not clause.block:
            # "ทำไมต้องกำหนดเจ้าภาพหลัก": a row says who, not why; the words that give a reason ("เพื่อให้...")
            why = kb.search(frame.text, k=8, keep=lambda c: keep(c) and bool(REASON.search(c.text)))
            # "ทำไมต้องกำหนดเจ้าภาพหลัก": the reason given beside the words asked about ("...จึงขอให้...เป็นเจ้าภาพหลัก")
            asked = {squash(t) for t in frame.tokens if t in frame.content or LEAD_WORDS.search(t)}
            asked = {t for t in asked if len(t) >= 3}
            if asked and why:
                said = {h.clause.uid: sum(1 for t in asked if t in kb.squashed[h.clause.uid]) for h in why}
                why.sort(key=lambda h: (-said[h.clause.uid], -h.score))
                own = sum(1 for t in asked if t in kb.squashed[hits[0].clause.uid])
                if said[why[0].clause.uid] > own:  # it says more of what is asked than the clause found first
                    why[0] = Ranked(why[0].clause, max(why[0].score, hits[0].score - 0.15), why[0].dense)
            if why and why[0].score >= hits[0].score - 0.15:
                return Draft(kind="fact", lines=[self.around(why[0].clause.text, REASON.search(why[0].clause.text).group(0))],
                             cite=[why[0].clause.uid], confidence=conf)  # fmt: skip
        purpose = _PURPOSE_SAID.search(clause.text)
        if PURPOSE.search(frame.text) and not clause.block and purpose and purpose.start() > 150:
            # "ก.พ. จัดประชุมหารือ... เพื่ออะไร": the purpose said late in a long clause, not its opening words
            text = re.sub(r"\s+", " ", clause.text[purpose.start() :]).strip()
            return Draft(kind="fact", lines=[cut(text, 300, kb.thai)], cite=[clause.uid], confidence=conf)
        if PURPOSE.search(frame.text) and clause.block:
            # "Why was this changed?": the section that introduces an amendment says why ("เพื่อ...").
            section = next((a for a in kb.ancestors(clause) if a.kind == "item" and "เพื่อ" in a.text), None)
            if section is not None:
                weights = dict.fromkeys(frame.content, 1.0)
                return Draft(
                    kind="fact",
                    lines=[window(_reason(section.text), weights, 300)],
                    cite=[section.uid],
                    confidence=conf,
                )
        defined = Define(extra=1).answer(frame, kb, vocab) if Define().applies(frame) else None
        if defined is not None:  # "BYOD ในมติคืออะไร": a name asked with one more word
            return defined
        own = re.sub(r"\s+", "", clause.text)
        examples = [  # the examples the clause gives inline ("เช่น ระบบ e-Office ..."), not the parts under it
            m for m in kb.book.measures
            if m.clause == clause.uid and m.status == clause.status and m.items
            and re.sub(r"\s+", "", m.items[0])[:20] in own[own.find("เช่น") :] and "เช่น" in own
        ]  # fmt: skip
        own_list = frame.listing and not INTRODUCES.search(clause.text.split("\n")[-1])
        if examples and (asks_example or own_list or PLURAL_ASKED.search(frame.text)):
            # "ระบบที่ยกตัวอย่างในข้อ 2.2 มีอะไรบ้าง": the examples the clause gives inline, not the rows under it,
            # with the condition the clause sets after them ("เป็นต้น โดยให้มีการพิจารณาถึง...")
            m = examples[0]
            tail = self._after_examples(clause.text)
            lines = render_list(m.title, m.items, budget=LIST_BUDGET - len(tail), thai=kb.thai)
            return Draft(kind="measure", lines=lines + ([tail] if tail else []), cite=[clause.uid],
                         confidence=conf)  # fmt: skip
        if asks_example and not examples and "เช่น" in clause.text.split("\n")[0]:
            # "ยกตัวอย่างสถานการณ์อะไร": the words after the clause's own "เช่น", not the rows under it
            return Draft(
                kind="measure", lines=[self.around(clause.text, "เช่น")], cite=[clause.uid], confidence=conf
            )
        items = kb.items_under(clause)
        weights = dict.fromkeys(kb.thai.tokens(" ".join(kb.glossary.expansions(frame.text))), 0.3)
        weights.update(dict.fromkeys(frame.content, 1.0))
        for t in frame.content:  # "โรคระบาด" the text never says: the words it stands for count in full
            if t not in clause.text.lower() and re.search(r"[\u0e01-\u0e5b]", t):
                weights.update(dict.fromkeys(kb.thai.tokens(" ".join(kb.glossary.expansions(t))), 1.0))
                bare = re.sub(r"^ข้อ(?=ห้าม|กำหนด|จำกัด|ควรระวัง)", "", _stem(t))  # "ข้อห้าม": where it says "ห้าม"
                if bare != t and bare in clause.text.lower():
                    weights[bare] = 1.0
        inline = re.search(r"ประกอบด้วย|ได้แก่|เช่น", clause.text)
        in_intro = (
            len(items) >= 2
            and (not frame.listing or bool(inline))
            and self._weight(clause.text, weights)
            > 0.5 + max((self._weight(c.text + " " + (c.detail or ""), weights) for c in items), default=0.0)
        )  # "พูดถึงโควิดด้วยไหม": what is asked is in the words before the list, not in its rows
        word = (
            max(weights, key=lambda t: (weights[t], len(t)) if t in clause.text.lower() else (0, 0))
            if in_intro
            else ""
        )
        own_text = re.sub(r"\s+", " ", clause.text.lower())
        named = re.search(r"(\S+)\s*(?:ดังนี้|ดังต่อไปนี้)\s*$", own_text)
        if in_intro and named and word in re.sub(r"^(?:โดยมี|โดย|มี)", "", named.group(1)):
            in_intro = False  # "การดำเนินการหลัก ดังนี้" names the list: the rows are what is asked
        if in_intro and frame.listing and inline and INTRODUCES.search(own_text):
            # "ประชุมร่วม... ประกอบด้วย A B C ... โดยมีประเด็นที่ปรับ ดังนี้": the enumeration in the words, or the
            # rows the closing words introduce, whichever the question's words sit beside
            ends = re.compile(r"\s(?:เพื่อ|โดย|ทั้งนี้|ซึ่ง)").search(own_text, inline.end())
            head = own_text[: ends.start() if ends else len(own_text)]
            tail = own_text[len(head) :]
            in_intro = self._weight(head, weights) > self._weight(tail, weights)
        if in_intro and not re.search(r"กี่|how many", frame.text, re.I):
            return Draft(
                kind="measure", lines=[self.around(clause.text, word)], cite=[clause.uid], confidence=conf
            )
        if len(items) >= 2 and (INTRODUCES.search(clause.text.split("\n")[-1]) or frame.listing):
            rows = [c.text + (f" — {c.detail}" if c.detail else "") for c in items]
            cite = [clause.uid, *[c.uid for c in items[:2]]]
            # "A fourth main action is added to ... 2.3": what later resolutions add to these rows
            as_list = MeasureFact(id=f"rows:{clause.uid}", title=clause.text, items=[c.text for c in items],
                                  clause=clause.uid, doc_id=clause.doc_id, date=clause.doc_date)  # fmt: skip
            for name, where in added_items(kb, as_list, []):
                doc = kb.documents.get(where.doc_id)
                rows.append(f"{name} — เพิ่มเติม" + (f" (มติ ครม. {thai_date(doc.date)})" if doc else ""))
                cite.append(where.uid)
            return Draft(kind="measure", lines=render_list(clause.text, rows, thai=kb.thai), cite=cite,
                         confidence=conf)  # fmt: skip
        if frame.listing and clause.number and not self.named_row(frame, kb, clause):
            listed = self._siblings(frame, kb, clause)
            if listed:
                return Draft(kind="measure", lines=listed[0], cite=[clause.uid, *listed[1]], confidence=conf)
        restored = None if frame.history else self._restored(kb, clause)
        if restored is not None:  # "Duty 3 now reads again: '...'": a later text brought the old wording back
            later, sentence = restored
            return Draft(kind="measure", lines=[sentence], cite=[later.uid, clause.uid],
                         previously=[(cut(clause.text, 200, kb.thai), clause.uid)], confidence=conf)  # fmt: skip
        text = self._body(clause, kb)
        room = 400 if clause.replaces or clause.replaced_by else 520  # a "เดิม" note takes the rest
        span = cut(text, room + 20, kb.thai) if len(text) <= room + 20 else window(text, weights, room)
        draft = Draft(
            kind="history" if frame.history else "measure", lines=[span], cite=[clause.uid], confidence=conf
        )
        self._history(kb, clause, draft)
        return draft

    @staticmethod
    def _restored(kb: KB, clause: Clause) -> tuple[Clause, str] | None:
        """A clause in force that replaced an older wording, where a later text quotes that older wording as
        what holds again ("now reads again: ...", "ยังคงเป็น '...'"): the later text, at the sentence quoting it."""
        old = kb.by_uid.get(clause.replaces or "")
        if old is None or clause.status != "current" or not clause.doc_date:
            return None
        core = re.sub(r"^\s*[\d.()]+\s*", "", old.text)
        key = squash(core)[:60]
        if len(key) < 40 or key in squash(clause.text):
            return None
        for later in sorted(kb.clauses, key=lambda c: c.doc_date or clause.doc_date, reverse=True):
            if not later.doc_date or later.doc_date <= clause.doc_date or later.status != "current":
                continue
            text = later.text + (f" {later.detail}" if later.detail else "")
            if key not in squash(text):
                continue
            for sentence in re.split(r"(?<=[.;])\s+|\n", text):
                if key[:30] not in squash(sentence):
                    continue
                again = re.search(
                    r"again|อีกครั้ง|กลับ(?:ไป|มา)|ยังคง|restor|reinstat|\bback\b|now\s+reads", sentence, re.I
                )
                if not again and re.search(
                    r"เดิม|previously|formerly|used\s+to|had\s+been|original", sentence, re.I
                ):
                    break  # the old wording quoted as what it was, not as what holds again
                return later, cut(sentence.strip(), 420, kb.thai)
        return None

    @staticmethod
    def _with_examples(kb: KB, c: Clause) -> Clause | None:
        """The clause itself when it gives examples ("เช่น"), else where it is restated in full with them."""
        if "เช่น" in c.text:
            return c
        head = re.sub(r"\s+", "", c.text)[:60]
        return next(
            (k for k in kb.clauses if k.status == "current" and "เช่น" in k.text and k.uid != c.uid
             and len(head) >= 30 and head in re.sub(r"\s+", "", k.text)),
            None,
        )  # fmt: skip

    @staticmethod
    def _step(kb: KB, hits: list[Ranked], step: re.Match[str]) -> Draft | None:
        """The k-th row of the list the best clauses are (or head): "the first step", "ขั้นสุดท้าย"."""
        word = (step.group(1) or step.group(2) or "").lower()
        for h in hits[:3]:
            for head in [h.clause, *kb.ancestors(h.clause)[:2]]:
                rows = kb.items_under(head)
                if len(rows) < 2 or (head.uid != h.clause.uid and h.clause.uid not in {c.uid for c in rows}):
                    continue
                last = word.startswith(("สุดท้าย", "last", "final"))
                k = len(rows) if last else 1 if word.startswith(("แรก", "first")) else _ordinal(word)
                if not k or k > len(rows):
                    return None
                row = rows[k - 1]
                text = f"{row.number or ''} {row.text}".strip() + (f" — {row.detail}" if row.detail else "")
                return Draft(kind="measure", lines=[cut(text, 480), f"({cut(head.text, 120)})"],
                             cite=[row.uid, head.uid], confidence=0.75)  # fmt: skip
        return None

    @staticmethod
    def named_row(frame: Frame, kb: KB, best: Clause) -> set[str]:
        """The lists the best clause is a row of, when the question names that row by a word no other row
        and not the list's head says: the question asks about that row, not the list."""
        if best.kind != "item":
            return set()
        words = {_stem(t) for t in frame.content if len(t) >= 4}
        out = set()
        for head in kb.ancestors(best)[:2]:
            rows = kb.items_under(head)
            if best.uid not in {c.uid for c in rows}:
                continue
            others = squash(" ".join([head.text, *(c.text for c in rows if c.uid != best.uid)]))
            if any(Passage.names_row(kb, best, t) and squash(t) not in others for t in words):
                out.add(head.uid)
        return out

    @staticmethod
    def names_row(kb: KB, row: Clause, word: str) -> bool:
        """The word names this row: it is in the row's head words ("วิเคราะห์ข้อดี ข้อเสีย..."), or the row says
        it and few clauses do ("สถาปัตยกรรม")."""
        w = squash(_stem(word))
        own = squash(row.text + " " + (row.detail or ""))
        if not w or w not in own or DOCUMENT_WORDS.fullmatch(re.sub(r"^(?:ตาม|ใน|ของ)", "", w)):
            return False  # "ตามระเบียบ 2565" names the document, not a row of it
        return w in own[:20] or _clauses_saying(kb, w) <= 3

    @staticmethod
    def _without_title(text: str, kb: KB, content: list[str]) -> tuple[str, str | None]:
        """A question that names a document by its title ("ผู้รักษาการตามระเบียบ...ว่าด้วย...") asks about
        something in it: the title's words say where to look, not what to look for, so they leave the query."""
        toks = kb.thai.tokens(text)
        best: tuple[int, int, int, str | None] = (0, 0, 0, None)
        for d in kb.book.documents:
            key = (id(kb.thai), d.title)
            if key not in _TITLE_WORDS:  # once per title, not once per question
                _TITLE_WORDS[key] = frozenset(kb.thai.tokens(d.title))
            words = _TITLE_WORDS[key]
            run = 0
            for i, t in enumerate(toks):
                titled = t in words or any(t.endswith(w) for w in words if len(w) >= 4)  # "ตามระเบียบ"
                run = run + 1 if titled and len(t) >= 2 else 0
                if run > best[0]:
                    best = (run, i - run + 1, i + 1, d.doc_id)
        run, start, end, doc_id = best
        rest = toks[:start] + toks[end:]
        if run < 4 or not [t for t in content if t in rest]:
            return text, None  # "แนวทาง...ภาครัฐ คืออะไร": the title is what is asked
        return " ".join(rest), doc_id

    @staticmethod
    def _family(kb: KB, clause: Clause) -> tuple[list[Clause], int | None]:
        """The clauses beside this one (same parent, or the document's top level) and where it stands."""
        family = kb.children.get(clause.parent, []) if clause.parent else [
            c for c in kb.clauses if c.doc_id == clause.doc_id and c.parent is None
        ]  # fmt: skip
        return family, next((i for i, c in enumerate(family) if c.uid == clause.uid), None)

    @staticmethod
    def _question_of(kb: KB, clause: Clause) -> str:
        """The question a Q&A answer ("ตอบ ...") answers, or ""."""
        if not ANSWER.match(clause.text):
            return ""
        family, at = Passage._family(kb, clause)
        before = family[at - 1] if at else None
        return before.text if before is not None and QUESTION.match(before.text) else ""

    @staticmethod
    def _answer_to(kb: KB, clause: Clause) -> Clause | None:
        """The answer that follows a question of a Q&A part ("ถาม ๑ ..." then "ตอบ ...")."""
        if not QUESTION.match(clause.text):
            # "๕. มาตรการ... จะยังใช้ต่อไปหรือไม่" answered further on by "ตอบคำถามข้อ 5 ...": a letter answering
            # numbered questions
            number = (clause.number or "").strip(".) ").translate(ARABIC_DIGITS)
            if not number.isdigit() or not QUESTION_PUT.search(clause.text):
                return None
            reply = re.compile(rf"^(?:ตอบ|คำตอบ)\s*(?:คำถาม)?\s*(?:ข้อ)?\s*{number}(?![\d])")
            return next(
                (c for c in kb.in_doc.get(clause.doc_id, []) if c.uid != clause.uid and reply.match(c.text)),
                None,
            )
        family, at = Passage._family(kb, clause)
        after = family[at + 1] if at is not None and at + 1 < len(family) else None
        return after if after is not None and ANSWER.match(after.text) else None

    @staticmethod
    def _weight(text: str, weights: dict[str, float]) -> float:
        low = text.lower()
        return sum(w for t, w in weights.items() if t in low)

    @staticmethod
    def around(text: str, word: str) -> str:
        """The sentence around a word: from a little before it to a little after ("... เช่น X Y โดย...");
        an enumeration that follows it ("ประชุมร่วม ... ประกอบด้วย A B C") is kept whole."""
        text = re.sub(r"\s+", " ", text).strip()
        pos = max(0, text.lower().find(word.lower()))
        start = text.rfind(" ", 0, max(0, pos - 180)) + 1 if pos > 180 else 0
        listed = re.compile(r"ประกอบด้วย|ได้แก่").search(text, pos, pos + len(word) + 100)
        stop = text.find(" ", (listed.end() + 260) if listed else (pos + len(word) + 120))
        span = text[start : stop if stop > 0 else len(text)]
        return ("…" if start else "") + cut(span, 480) + ("…" if 0 < stop < len(text) else "")

    @staticmethod
    def condition_of_examples(frame: Frame, kb: KB, draft: Draft) -> Draft | None:
        """ "ต้องคำนึงถึงอะไร", "ต้องทำในลักษณะไหน" answered with a list of examples: what the clause asks of
        all of them instead."""
        if not CONDITION_WORDS.search(frame.text) or frame.yesno:
            return None
        clause = kb.by_uid.get(draft.cite[0])
        tail = Passage._after_examples(clause.text) if clause is not None and "เช่น" in clause.text else ""
        if clause is None or not tail or (draft.lines and draft.lines[0].startswith(tail[:40])):
            return None
        said = [line for line in draft.lines if tail[:40] in line]
        if said:  # a list that ends with its condition: the condition first, then the list it is asked of
            rest = [line for line in draft.lines if line not in said]
            return Draft(kind="measure", lines=[said[0], *rest], cite=draft.cite, confidence=draft.confidence)
        return Draft(
            kind="measure", lines=[tail, f"({cut(clause.text, 160)})"], cite=[clause.uid], confidence=0.75
        )

    @staticmethod
    def _after_examples(text: str) -> str:
        """What a clause says after its examples ("... เป็นต้น โดยให้ ..."): a condition on all of them."""
        m = re.search(r"เป็นต้น\s*((?:โดย|ทั้งนี้|ซึ่ง)\S.*)$", re.sub(r"\s+", " ", text))
        return cut(m.group(1), 220) if m else ""

    @staticmethod
    def _history(kb: KB, clause: Clause, draft: Draft) -> None:
        """An amended clause: what it used to say; an old clause: what replaced it."""
        if clause.status == "current" and clause.replaces:
            old = kb.by_uid.get(clause.replaces)
            if old is not None and old.kind != "block":
                original = kb.by_uid.get(old.same_as or "") or old
                draft.previously = [(original.text, original.uid)]
        elif clause.status == "superseded" and clause.replaced_by:
            new = kb.by_uid.get(clause.replaced_by)
            if new is not None and new.kind != "block":
                draft.lines = [f"เดิม: {draft.lines[0]}", f"ปัจจุบัน: {cut(new.text, 200)}"]
                draft.cite.append(new.uid)

    @staticmethod
    def _siblings(frame: Frame, kb: KB, clause: Clause) -> tuple[list[str], list[str]] | None:
        """ "เห็นชอบอะไรบ้าง": when the best clause's siblings match the question as well, list them all."""
        family = kb.children.get(clause.parent, []) if clause.parent else [
            c for c in kb.clauses if c.doc_id == clause.doc_id and c.parent is None
        ]  # fmt: skip
        siblings = [c for c in family if c.kind == "item" and c.status == clause.status]
        if len(siblings) < 2 or not frame.content:
            return None

        def overlap(c: Clause) -> float:
            have = set(kb.thai.tokens(c.text + " " + (c.detail or "")))
            return sum(1 for t in frame.content if t in have) / len(frame.content)

        best = overlap(clause)
        same = [c for c in siblings if overlap(c) >= best]
        if len(same) < 2:
            return None
        rows = [f"{c.number} {c.text}" + (f" — {c.detail}" if c.detail else "") for c in same[:6]]
        return render_list("", rows, thai=kb.thai)[1:], [c.uid for c in same[:3] if c.uid != clause.uid]

    # -- pieces ------------------------------------------------------------------------------------
    @staticmethod
    def _body(clause: Clause, kb: KB) -> str:
        text = clause.text
        row = compared(clause)
        if row is not None:  # "ความเดิม | ความใหม่ | เหตุผล": the wording in force, and what it replaced
            plain, was = row
            text = plain.text.replace("\n", " ") + (f" (เดิม: {was})" if was else "")
            return text
        if clause.detail:
            if len(text) + len(clause.detail) > 300:  # a long row: its title shortened, what it says in full
                text = cut(text, 150)
            text += f" — {clause.label or ''}: {clause.detail}"
        short = (
            len(clause.text) < 160
        )  # "6.1 BYOD — ปรับเงื่อนไข": a heading of a change, said in the lines under it
        for child in kb.children.get(clause.uid, []):
            if child.kind == "item" and child.status == clause.status:
                text += f"\n{child.number or '-'} {child.text}"
            elif short and child.kind == "paragraph" and child.status == clause.status and len(text) < 300:
                text += f"\n{child.text}"
            elif child.kind == "block" and child.status == clause.status and INTRODUCES.search(clause.text):
                # "... ดังนี้" over an old and a new wording: the new wording's rows, not the heading alone
                for row in kb.children.get(child.uid, []):
                    if row.kind in ("item", "note") and row.status == clause.status:
                        text += f"\n{row.number or '-'} {row.text}"
        return text

    @staticmethod
    def quantity_nearby(frame: Frame, kb: KB) -> Draft | None:
        """ "ต้องส่งแนวปฏิบัติภายในกี่วัน": the best clause that gives a number of the unit asked, around it."""
        unit = asked_unit(frame.text)
        if unit is None or re.match(ITEM_UNITS, unit.group(1)[:4]):
            return None  # items are counted from the list, never read off a stray number
        per = re.search(r"กี่\s*\S{1,6}?\s*(ต่อ\s*\S{2,8})", frame.text)  # "กี่วันต่อเดือน": per month, not per week
        names = {squash(a) for c in kb.book.committees for a in c.aliases}
        toks = kb.thai.tokens(frame.text)
        at = next((i for i, t in enumerate(toks) if t.startswith("กี่")), len(toks))
        unit_words = set(toks[max(0, at - 1) : at + 2])  # "ปีละกี่ครั้ง", "ภายในกี่วัน": the unit, no topic word
        words = [t for t in frame.content if t not in frame.unknown and len(t) >= 2 and squash(t) not in names
                 and t not in unit_words]  # fmt: skip
        expanded = {t: kb.thai.tokens(" ".join(kb.glossary.expansions(t))) for t in words}
        before = [t for t in toks[: max(0, at - 1)] if t in words]
        head = before[-1] if before else None  # the word the count is of: the last topic word before "กี่"
        hits = kb.search(
            frame.text, k=6, keep=lambda c: c.status == "current" and c.kind in ("item", "paragraph")
        )
        for h in hits[:4]:
            # an English clause's words in Thai too ("cohorts" is "รุ่น"), for a Thai question
            spelt = " ".join(kb.glossary.expansions(h.clause.text, depth=1)) if english(h.clause.text) else ""
            said = set(kb.thai.tokens(h.clause.text + " " + spelt))
            long_said = [x for x in said if len(x) >= 4]
            shared = [
                t for t in words
                if t in said or any(x in said for x in expanded[t]) or any(x in t for x in long_said if x != t)
            ]  # fmt: skip  # "ทำหน้าที่" asked, "ปฏิบัติหน้าที่" written: one word at heart
            if words and len(shared) < 0.5 * len(words):
                continue  # a number of days in a clause about something else
            if head and head not in shared:
                continue  # "ต้องประชุมปีละกี่ครั้ง": the times of a meeting, not of a report
            if per and squash(per.group(1)) not in squash(h.clause.text):
                continue
            if Passage.has_quantity(frame.text, h.clause.text):
                m = re.search(rf"{NUMBER_WORD}\s*{re.escape(unit.group(1)[:4])}", h.clause.text)
                span = Passage.around(h.clause.text, m.group(0)) if m else cut(h.clause.text, 400)
                return Draft(kind="fact", lines=[span], cite=[h.clause.uid], confidence=0.6)
        return None

    @staticmethod
    def _decided_in_year(frame: Frame, kb: KB) -> Draft | None:
        """ "ครม. มีมติปรับโครงสร้างรอบปี 64 วันที่เท่าไหร่": the day of the one resolution of that year."""
        if not (frame.year and _CABINET.search(frame.text) and _DECIDES.search(frame.text)):
            return None
        if DUE_ASKED.search(frame.text) or re.search(
            r"มีผล|ใช้บังคับ|บังคับใช้|effective|in force", frame.text, re.I
        ):
            return None  # a day something is due, or takes effect: not the day of the decision
        docs = [d for d in kb.documents.values() if d.date and d.date.year == frame.year]
        first = [c for c in kb.clauses if docs and c.doc_id == docs[0].id][:1]
        if len(docs) != 1 or not first:
            return None
        line = f"{thai_date(docs[0].date)} (มติคณะรัฐมนตรีวันที่ {thai_date(docs[0].date)})"
        return Draft(kind="fact", lines=[line], cite=[first[0].uid], confidence=0.7)

    @staticmethod
    def _decided_on(frame: Frame, kb: KB) -> Draft | None:
        """ "ครม. มีมติเพิ่มบทบาท GCIO เมื่อไหร่": the day of the resolution whose decision (a clause under its
        "คณะรัฐมนตรีมีมติ") says it, not a date its background mentions ("ภายหลังจากที่ ครม. มีมติเมื่อ ...")."""
        which = NAMES_RESOLUTION.search(frame.text)
        if not ((_CABINET.search(frame.text) and _DECIDES.search(frame.text)) or which) or re.search(
            r"\d+/\d{4}", frame.text
        ):
            return None  # "... ตามมติวันไหน": which resolution said it, so its day
        words = [
            t
            for t in frame.content
            if len(squash(t)) >= 2 and not _CABINET.search(t) and not _DECIDES.fullmatch(t)
        ]
        if len(words) < 2:
            return None
        for h in kb.search(frame.text, k=5, keep=lambda c: c.status != "superseded")[:3]:
            mine = kb.before(h.clause)
            above = kb.ancestors(h.clause)[:2] + [
                c for c in mine[-6:] if c.kind != "item"
            ]  # the heads it is under
            # or the resolution's own numbered decisions, before any heading ("1. รับทราบ ... 3. เห็นชอบ ...")
            first = (
                h.clause.parent is None
                and h.clause.kind == "item"
                and not any(c.kind == "heading" for c in mine)
            )
            if not first and not any(_DECISION_HEAD.search(a.text.split("\n")[0]) for a in above):
                continue
            have = squash(h.clause.text).lower()
            if sum(1 for t in words if squash(t).lower() in have) < 0.6 * len(words):
                continue
            doc = kb.documents.get(h.clause.doc_id)
            if doc is None:
                return None
            line = f"{thai_date(doc.date)} (มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)}: {cut(h.clause.text, 160)})"
            return Draft(kind="fact", lines=[line], cite=[h.clause.uid], confidence=0.7)
        return None

    @staticmethod
    def frequency_nearby(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        """ "คณะทำงานต้องรายงานบ่อยแค่ไหน": the best clause that says how often, around where it says it,
        beside the question's own words ("รายงาน", not the "ประชุม" of the same clause)."""
        names = {squash(a).lower() for c in kb.book.committees for a in c.aliases}
        words = [
            t
            for t in frame.content
            if t not in frame.unknown
            and len(t) >= 2
            and not HOW_OFTEN.search(t)
            and squash(t).lower() not in names
        ]
        bodies = [  # the body asked about, by any name it goes by
            {squash(a) for a in vocab.committees.items[k].aliases if len(squash(a)) > 3}
            for k in frame.committees
            if k in vocab.committees.items
        ]
        expanded = {t: kb.thai.tokens(" ".join(kb.glossary.expansions(t))) for t in words}
        asked_at = HOW_OFTEN.search(frame.text)
        before_ask = set(kb.thai.tokens(frame.text[: asked_at.start()])) if asked_at else set()
        head = next(  # "ต้องประชุมบ่อยแค่ไหน": ประชุม, the thing done, not a body it is done for ("คกก.")
            (
                t
                for t in reversed(words)
                if t in before_ask and not kb.glossary.find(t) and re.fullmatch(r"[\u0e00-\u0e7f]+", t)
            ),
            None,
        )
        hits = kb.newest_restatement(
            kb.search(
                frame.text, k=6, keep=lambda c: c.status == "current" and bool(FREQUENCY.search(c.text))
            )
        )
        best: tuple[float, Clause, re.Match] | None = None
        for rank, h in enumerate(hits[:4]):
            text = " ".join(
                [h.clause.text, *(a.text for a in kb.ancestors(h.clause)), _lead_in(kb, h.clause)]
            )
            # an English clause says "report to the Cabinet": its words in Thai too, by the glossary
            spelt = " ".join(kb.glossary.expansions(text, depth=1)) if english(h.clause.text) else ""
            said = set(kb.thai.tokens(text + " " + spelt))
            said |= {squash(t).lower() for t in said}
            shared = [
                t
                for t in words
                if t in said or squash(t).lower() in said or any(x in said for x in expanded[t])
            ]
            if (words and len(shared) < 0.5 * len(words)) or (head and head not in shared):
                continue  # how often something else is done (the part it sits in names whose duty it is)
            whole = squash(" ".join([h.clause.text, *(a.text for a in kb.ancestors(h.clause))]))
            named = sum(1.0 for forms in bodies[:1] if any(f in whole for f in forms))
            for m in FREQUENCY.finditer(h.clause.text):
                before = h.clause.text[max(0, m.start() - 80) : m.start()]
                near = sum(1.0 / (1 + (len(before) - before.rfind(t)) / 20) for t in shared if t in before)
                score = near + named - 0.3 * rank
                if best is None or score > best[0]:
                    best = (score, h.clause, m)
        if best is None:
            return None
        _, clause, m = best
        return Draft(
            kind="fact", lines=[Passage.around(clause.text, m.group(0))], cite=[clause.uid], confidence=0.6
        )

    @staticmethod
    def has_quantity(question: str, text: str) -> bool:
        """A count or amount next to the unit asked for, not a date, year or meeting number."""
        plain = THAI_DATE.sub(" ", text)
        if re.search(r"งบ|บาท|ค่าใช้จ่าย|ค่าตอบแทน|budget|cost|baht|money", question, re.I):
            # an amount of money is a number of baht, not any number in the passage
            return bool(re.search(r"[0-9๐-๙][0-9๐-๙,.]*\s*(?:ล้าน|พัน|แสน|หมื่น)?\s*(?:บาท|baht)", plain, re.I))
        plain = re.sub(r"\d+/\d{4}|(?<!\d)(?:25|20)\d\d(?!\d)", " ", plain)
        plain = re.sub(
            r"(?:ข้อ|ประเด็นที่)\s*\d+(?:\.\d+)*|\d+(?:\.\d+)+|(?:^|\s|\()\d{1,2}\)", " ", plain
        )  # numbering
        unit = asked_unit(question)
        if unit:
            word = unit.group(1)[:4]
            # items are counted in any of their words: "กี่ข้อ" is answered by "2 ประเด็น"
            units = ITEM_UNITS if re.match(ITEM_UNITS, word) else re.escape(word)
            if word.startswith(("ชม", "ชั่ว")):  # "กี่ชม." is answered by "24 ชั่วโมง"
                units = "ชั่วโมง|ชม"
            if re.search(rf"{NUMBER_WORD}\s*(?:{units})", plain):
                return True
            # a Thai question on English text: "รับได้ไม่เกินกี่คน" is answered by "no more than 60 participants"
            english = next((en for th, en in _UNITS_EN.items() if word.startswith(th)), None)
            # "มี MCIO ร่วมเป็นกรรมการกี่คน" is answered by "five MCIOs selected by ...": the thing it counts
            named = [
                re.escape(w) for w in re.findall(r"[A-Za-z]{3,}", question) if w.lower() not in _EN_ASKING
            ]
            english = "|".join(x for x in (english, *(f"{w}s?" for w in named)) if x)
            number = rf"(?:\d+|{'|'.join(_EN_NUMBERS)})"
            return bool(
                english
                and re.search(
                    rf"\b{number}(?:\s*\(\w+\))?(?:\s+[\w-]+){{0,2}}\s+(?:{english})\b", plain, re.I
                )
            )
        many = re.search(r"how\s+many\s+(?:more\s+)?([a-z]{3,})", question, re.I)
        if many and len(re.findall(r"[A-Za-z]", plain)) > 2 * len(re.findall(r"[\u0e01-\u0e4e]", plain)):
            # "How many officials completed the course": a number of officials, in an English text
            stem = many.group(1).lower()[:5]
            number = rf"(?:\d+|{'|'.join(_EN_NUMBERS)})"
            return bool(re.search(rf"\b{number}\b(?:\s+[\w-]+){{0,2}}\s+{stem}", plain, re.I))
        return bool(re.search(r"[0-9๐-๙]", plain))

    def _date(self, frame: Frame, kb: KB, best: Clause, conf: float) -> Draft | None:
        """A date tied to what the question names, or an honest "the text gives no date"."""
        due = bool(DUE_ASKED.search(frame.text))  # "ต้องปรับคำสั่งให้เสร็จภายในวันไหน": a day due, not a decision's
        decided = None if due else Passage._decided_on(frame, kb) or Passage._decided_in_year(frame, kb)
        if decided is not None:
            return decided
        numbers = re.findall(r"\d+/\d{4}", frame.text)
        dated = kb.search(
            frame.text,
            k=8,
            keep=lambda c: (
                c.status != "superseded"
                and bool(
                    THAI_DATE.search(c.text)
                    or DATE_EN.search(c.text)
                    or YEARLY.search(c.text)
                    or DUE.search(c.text)
                )
            ),
        )
        if numbers:
            dated = [h for h in dated if any(n in h.clause.text for n in numbers)]
        elif not frame.history:
            dated = kb.newest_restatement(dated)
        if DUE_ASKED.search(
            frame.text
        ):  # "ต้องเสร็จภายในวันไหน": the clauses that give a day something is due by
            due_by = [
                h for h in dated
                if YEARLY.search(h.clause.text.replace("**", "")) or DUE.search(h.clause.text.replace("**", ""))
                or any(DUE_WORDS.search(h.clause.text[max(0, d.start() - 25) : d.start()])
                       for d in [*THAI_DATE.finditer(h.clause.text), *DATE_EN.finditer(h.clause.text)])
            ]  # fmt: skip
            dated = due_by or dated
        asked = _ORDINAL_ASKED.search(frame.text)
        nth = _ordinal(asked.group(1) or asked.group(2)) if asked else None
        found: list[tuple[float, int, re.Match, str, str]] = []
        spelled = (
            {t for t in kb.thai.tokens(" ".join(kb.glossary.expansions(frame.text))) if len(t) >= 3}
            if frame.english
            else set()
        )
        asked_words = {t for t in kb.thai.tokens(frame.text) if len(t) >= 3}
        effect_asked = bool(re.search(r"มีผล|ใช้บังคับ|บังคับใช้|effective|take effect|in force", frame.text, re.I))
        due_asked = bool(DUE_ASKED.search(frame.text))
        per_year = bool(re.search(r"แต่ละปี|ทุกปี|ปีละ|each\s+year|every\s+year|annual", frame.text, re.I))
        for rank, hit in enumerate(dated[:3]):
            row = compared(hit.clause)  # a comparison-table row: the date in force, not the one it replaced
            text = row[0].text if row else hit.clause.text
            best_m, best_score = None, 0.0
            asked_as = self._question_of(kb, hit.clause)  # "ถาม ต้องรายงานครั้งแรกเมื่อใด / ตอบ ภายใน ..."
            same_asked = False
            if (
                asked_as
                and asked
                and re.sub(r"^(?:รอบ|ครั้ง|งวด|ระยะ)\s*(?:ที่\s*)?", "", asked.group(0)) in asked_as
            ):
                same_asked = (
                    True  # the text's own question asks the same "first": its answer, whatever it numbers
                )
            shared = sum(1 for t in frame.content if t in asked_as) / max(1, len(frame.content))
            yearly = list(YEARLY.finditer(text))
            due = [
                m
                for m in DUE.finditer(text)
                if not any(y.start() <= m.end() and m.start() <= y.end() for y in yearly)
            ]
            dates = [
                *THAI_DATE.finditer(text),
                *DATE_EN.finditer(text),
            ]  # an English text's "30 September 2026"
            if frame.year:  # "มติรอบปี 64 วันที่เท่าไหร่": a date of that year
                be = frame.year + 543
                dates = [d for d in dates if re.search(rf"{be}|{frame.year}|\s{be % 100}$", d.group(0))]
            if DUE_ASKED.search(frame.text):  # "ต้องส่งภายในวันไหน": a day something is due by, not any date
                dates = [d for d in dates if DUE_WORDS.search(text[max(0, d.start() - 25) : d.start()])]
            until = UNTIL_ASKED.search(frame.text)
            for m in [*dates, *yearly, *due]:
                before = text[max(0, m.start() - 120) : m.start()]
                score = 0.0
                if until and re.search(
                    r"(?:จน|ถึง|สิ้นสุด|หมดวาระ|until|till|through)\S{0,12}\s*(?:วันที่|\()?\s*$", before[-40:], re.I
                ):
                    score += 3.0  # "อยู่ถึงเมื่อไหร่": the day something lasts until, not the day it began
                if effect_asked:  # "มีผลวันไหน": the day something takes effect, not the resolution it cites
                    if re.search(
                        r"(?:มีผล|ใช้บังคับ|effective|effect on|in force)\S{0,12}\s*(?:วันที่)?\s*$",
                        before[-30:],
                        re.I,
                    ):
                        score += 3.0
                    elif re.search(r"มติ\s*(?:ครม\.?\s*)?(?:วันที่|เมื่อ(?:วันที่)?)?\s*$", before[-20:]):
                        score -= 2.0
                if nth is not None and not same_asked:  # "รอบแรก": the date the text numbers first
                    named = _ORDINAL_ASKED.findall(before[-60:])
                    said = [_ordinal(a or b) for a, b in named]
                    if said and said[-1] is not None:
                        score += 5.0 if said[-1] == nth else -5.0
                for n in numbers:
                    pos = before.rfind(n)
                    if pos >= 0:
                        score += 10.0 / (1 + (len(before) - pos) / 20)
                if per_year and m in yearly:  # "ต้องส่งวันไหนในแต่ละปี": the day of every year, not a first one
                    score += 1.5
                if (
                    due_asked
                ):  # "ภายใน 60 วันนับแต่วันที่ 1 มี.ค. (ภายในวันที่ 30 เม.ย.)": the day due, not its count's start
                    if re.search(r"(?:นับ(?:แต่|จาก|ตั้งแต่)|\bfrom|\bafter)\s*(?:วันที่)?\s*$", before[-25:], re.I):
                        score -= 2.0
                    elif re.search(
                        r"(?:ภายใน|ไม่เกิน|\bby|\bbefore|no\s+later\s+than)\s*(?:วันที่)?\s*$", before[-20:], re.I
                    ):
                        score += 1.0
                for t in frame.content:
                    pos = before.rfind(t)
                    if pos >= 0:
                        score += 1.0 / (1 + (len(before) - pos) / 20)
                if (
                    english(before) and not frame.english
                ):  # a Thai question's words, as an English text says them
                    near = set(kb.thai.tokens(" ".join(kb.glossary.expansions(before[-80:], depth=1))))
                    score += 0.7 * sum(1 for t in asked_words if t in near)
                seen = [before.rfind(t) for t in spelled if t in before]  # an English question's words as the
                if len(seen) >= 2:  # text says them (one alone is chance)
                    score += sum(0.7 / (1 + (len(before) - pos) / 20) for pos in seen)
                score += 2.0 * shared + (3.0 if same_asked else 0.0)
                if asked_as:  # an answer says what is asked first ("ภายในวันที่ ... หลังจากนั้น ...")
                    score += 2.0 / (1 + m.start() / 40)
                if score > best_score:
                    best_m, best_score = m, score
            if best_m is not None:  # a later hit wins only with clearly closer words around its date
                found.append((best_score - 0.5 * rank, -rank, best_m, text, hit.clause.uid))
        if found:
            _, _, best_m, text, uid = max(found, key=lambda x: (x[0], x[1]))
            start = max(0, best_m.start() - 90)
            start = text.find(" ", start) + 1 if start else 0
            context = text[start : best_m.end()].strip()
            said = re.sub(r"^ภายใน\s*", "", best_m.group(0))
            if best_m.re is DATE_EN and not frame.english:
                said = english_date(
                    best_m
                )  # a Thai question gets the day in Thai, the English words beside it
            return Draft(kind="fact", lines=[f"{said} ({cut(context, 200)})"], cite=[uid], confidence=conf)
        span = self._deadline(frame, kb, best)
        if span:
            return span
        doc = kb.documents.get(best.quoted_from or best.doc_id)
        if NAMES_RESOLUTION.search(frame.text) and doc is not None:  # "... ตามมติวันไหน": the one that says it
            label = f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)}"
            return Draft(
                kind="fact", lines=[f"{label} ({cut(best.text, 200)})"], cite=[best.uid], confidence=conf
            )
        return Draft(
            kind="fact",
            lines=[messages.NO_DATE_EN if frame.english else messages.NO_DATE],
            cite=[best.uid],
            abstain=True,
            confidence=0.0,
        )

    @staticmethod
    def _deadline(frame: Frame, kb: KB, best: Clause) -> Draft | None:
        """No calendar date, but a period or a year: "ภายในปีงบประมาณ พ.ศ. 2568", "ภายใน 180 วัน"."""
        hits = kb.search(
            frame.text, k=4, keep=lambda c: c.status != "superseded" and bool(DEADLINE.search(c.text))
        )
        for h in hits:
            text = h.clause.text
            for m in DEADLINE.finditer(text):
                before = text[max(0, m.start() - 160) : m.start()]
                if sum(1 for t in frame.content if t in before) >= max(1, len(frame.content) // 3):
                    start = text.rfind(" ", 0, max(0, m.start() - 100)) + 1
                    return Draft(
                        kind="fact",
                        lines=[cut(text[start : m.end()], 260)],
                        cite=[h.clause.uid],
                        confidence=0.6,
                    )
        return None

    @staticmethod
    def _same_clause(frame: Frame, kb: KB, uid: str) -> Draft | None:
        """A follow-up about the clause the last answer came from: its other column, or the clause itself
        ("ข้อนั้นเป็นเรื่องอะไร")."""
        c = (
            kb.by_uid.get(uid)
            if hasattr(kb, "by_uid")
            else next((x for x in kb.clauses if x.uid == uid), None)
        )
        if c is None:
            return None
        c = Passage._sibling_named(frame, kb, c)
        low = frame.text.lower()
        if c.label and c.detail:
            words = [w for w in kb.thai.tokens(c.label) if len(w) >= 3]
            purpose = PURPOSE.search(low) and re.search(
                r"วัตถุประสงค์|เป้าหมาย|เพื่อ|purpose|objective", c.label, re.I
            )
            if (words and any(w in low for w in words)) or purpose:  # "ทำไปเพื่ออะไร": the row's purpose column
                return Draft(kind="fact", lines=[f"{c.label}: {cut(c.detail, 400)}", f"({cut(c.text, 160)})"],
                             cite=[c.uid], confidence=0.7)  # fmt: skip
        asked_of_detail = [
            t for t in frame.content if len(t) >= 4 and re.search(r"[\u0e01-\u0e5b]", t) and t in c.detail and t not in c.text
        ] if c.detail and not frame.when else []  # fmt: skip
        if asked_of_detail:
            # "รวบรวมแล้วส่งให้ใครต่อ" after an issue's row: its other column says it ("รวบรวม... เสนอ GCIO Committee")
            said = c.detail
            if INTRODUCES.search(said) or re.search(r"ได้แก่\s*$", said):  # "... ได้แก่" then its items
                said += " " + " ".join(k.text for k in kb.items_under(c))
            return Draft(
                kind="fact", lines=[cut(said, 400), f"({cut(c.text, 160)})"], cite=[c.uid], confidence=0.7
            )
        tail = Passage._after_examples(c.text) if "เช่น" in c.text else ""
        if tail and re.search(
            r"คำนึง|พิจารณา|เงื่อนไข|ข้อควรระวัง|หลัก(?:การ|เกณฑ์)?ว่า|ต้องทำ(?:ยังไง|อย่างไร)|consider|into account|condition",
            low,
        ):
            # "ต้องคำนึงถึงอะไรเพิ่ม" after the examples of a clause: the condition it sets after them
            return Draft(kind="measure", lines=[tail], cite=[c.uid], confidence=0.7)
        if (
            ALSO_ASKED.search(low)
            and len(frame.content) <= 1
            and not frame.when
            and not re.search(r"อื่น|other", low)
        ):
            # "ต้องทำอะไรประกอบด้วยมั้ย" after who leads an issue: the rest of what that clause says
            return Draft(kind="fact", lines=[cut(c.text, 400)], cite=[c.uid], confidence=0.7)
        if re.search(r"ข้อนั้น|ข้อนี้|อันนั้น|เรื่องนั้น|ตรงนี้|ตรงนั้น|that (?:one|item|clause)|it about", low) and not (
            PURPOSE.search(low) and c.block
        ):
            return Draft(kind="fact", lines=[cut(c.text, 400)], cite=[c.uid], confidence=0.7)
        restated = Passage._reason_restated(frame, kb, c)
        if restated is not None:
            return restated
        if PURPOSE.search(low) and c.block and len(frame.content) <= 2:
            # "แก้ทำไม" after a rewritten clause: the part that introduces the amendment says why ("เพื่อ...")
            why = next((a for a in kb.ancestors(c) if a.kind == "item" and "เพื่อ" in a.text), None)
            if why is not None:
                return Draft(kind="fact", lines=[cut(_reason(why.text), 400)], cite=[why.uid], confidence=0.7)
        return None

    @staticmethod
    def _reason_restated(frame: Frame, kb: KB, c: Clause) -> Draft | None:
        """ "Was Covid the reason for it?" after a decision: the background that restates that decision with
        its reason ("... เพื่อรองรับ ... เช่น การแพร่ระบาดของโรค...") when the decision's own words lack it."""
        if not (PURPOSE.search(frame.text) or _REASON_ASKED.search(frame.text)):
            return None
        own = squash(c.text)
        asked = [t for t in frame.content if t not in frame.unknown and len(t) >= 4 and squash(t) not in own]
        forms = [squash(x) for t in asked for x in [t, *kb.glossary.expansions(t)]]
        body = squash(re.sub(r"^\s*[\d.]+\s*", "", c.text))
        if not forms or len(body) < 60:
            return None
        key = body[len(body) // 3 : len(body) // 3 + 40]  # a stretch of the decision, said again elsewhere
        for other in kb.clauses:
            text = kb.squashed.get(other.uid, "")
            if other.uid == c.uid or other.status != "current" or key not in text:
                continue
            if not any(f in text for f in forms):
                continue
            raw = _reason(other.text)
            at = min((i for x in asked for n in [x, *kb.glossary.expansions(x)] if (i := raw.lower().find(n.lower())) >= 0),
                     default=-1)  # fmt: skip
            start = raw.rfind("เพื่อ", 0, at) if at >= 0 else -1
            if at < 0 or start < 0 or at - start > 300:
                start = max(0, at - 200)
            said = cut(raw[start:], 300) if at >= 0 else cut(raw, 500)
            return Draft(
                kind="fact", lines=[said, f"({cut(other.text, 120)})"], cite=[other.uid], confidence=0.7
            )
        return None

    @staticmethod
    def _sibling_named(frame: Frame, kb: KB, c: Clause) -> Clause:
        """ "แล้วขั้นประเมินล่ะ เพื่ออะไร" after the first row's purpose: the one row of the same table that says
        the word the question adds."""
        own = squash(c.text)
        words = [
            squash(_stem(t)) for t in frame.content if len(_stem(t)) >= 4 and squash(_stem(t)) not in own
        ]
        if not words or not c.parent or not c.label:
            return c
        rows = [x for x in kb.children.get(c.parent, []) if x.uid != c.uid and x.label == c.label]
        named = [x for x in rows if any(w in squash(x.text) for w in words)]
        return named[0] if len(named) == 1 else c

    @staticmethod
    def _part_item(frame: Frame, kb: KB) -> Clause | None:
        """ "หน้าที่ข้อ 3 ของ คกก. GCIO": item 3 of the list under a heading that names the part (duties,
        composition, roles), in force, of the committee asked when the path says which."""
        named = PART_ITEM.search(frame.text)
        if named is None:
            return None
        word = PART_WORDS[next(k for k in PART_WORDS if re.match(k, named.group(1), re.I))]
        found = [
            c
            for c in kb.clauses
            if c.kind == "item" and c.status == "current" and (c.number or "").strip("().") == named.group(2)
            and any(word in p for p in c.path[:-1])
        ]  # fmt: skip
        if frame.committees:
            named_too = [
                c for c in found
                if any(k.lower() in " ".join(a.text for a in kb.ancestors(c)).lower() for k in frame.committees)
            ]  # fmt: skip
            found = named_too or found
        return max(found, key=lambda c: c.doc_date or dt.date.min) if found else None

    @classmethod
    def _section_scope(cls, frame: Frame, kb: KB) -> set[str] | None:
        """ "ข้อ 2.3 ...", "ข้อ 2.2 ข้อ 6": the clauses under that numbered part (newest document first)."""
        part = cls._part_item(frame, kb)
        if part is not None:
            return kb.subtree([part])
        outer = outer_sections(frame.text)
        refs = outer + [r for r in SECTION_REF.findall(frame.text) if r not in outer]
        if frame.section_context and refs and not outer:
            refs = [frame.section_context, *refs]
        elif frame.section_context and not refs and not frame.content and _ALL_OF_IT.search(frame.text):
            refs = [frame.section_context]  # "ขอทั้งหมดเลย มีกี่ข้อ" after one step of ข้อ 2.3: all of 2.3
        if not refs:
            return None
        heads = [
            c
            for c in kb.clauses
            if (c.number or "").rstrip(".") == refs[0] and not (c.number or "").endswith(")")
        ]
        if not heads:
            return None
        newest = max(c.doc_date or 0 for c in heads)
        scope = kb.subtree([c for c in heads if (c.doc_date or 0) == newest])
        for ref in refs[1:]:
            inner = [c for c in kb.clauses if c.uid in scope and (c.number or "").rstrip(".)") == ref]
            if inner:
                scope = kb.subtree(inner)
        return scope

    @staticmethod
    def _before(frame: Frame, kb: KB) -> Draft | None:
        last = kb.by_uid.get(frame.clause_context or "")
        if last is None:
            return None
        old = kb.by_uid.get(last.replaces or "") or next(
            (c for c in kb.clauses if c.replaced_by == last.uid), None
        )
        parent = kb.by_uid.get(last.parent or "")
        for part in [last, parent] if old is None else []:
            # "ก่อนแก้เขียนว่าไง" after why the wording was changed: the one rewording in the same part
            near = kb.subtree([part]) if part is not None else set()
            pairs = [
                c
                for c in kb.clauses
                if c.uid in near and c.replaced_by in near and c.kind in ("item", "paragraph")
            ]
            if len(pairs) == 1:
                old, last = pairs[0], kb.by_uid[pairs[0].replaced_by or ""]
                break
        if old is None:
            return None
        if not frame.history and (REWORDED.search(frame.text) or NOW_ASKED.search(frame.text)):
            # "แก้ถ้อยคำว่ายังไง", "what does it say now?": the wording now, then what it replaced
            was = f"{messages.PREVIOUSLY_EN}:" if frame.english else messages.PREVIOUSLY
            lines = [cut(last.text, 300, kb.thai), f"{was} {cut(old.text, 240, kb.thai)}"]
            return Draft(kind="history", lines=lines, cite=[last.uid, old.uid], confidence=0.8)
        lines = [
            f"{messages.PREVIOUSLY} {cut(old.text, 300, kb.thai)}",
            f"ปัจจุบัน: {cut(last.text, 240, kb.thai)}",
        ]
        return Draft(kind="history", lines=lines, cite=[old.uid, last.uid], confidence=0.8)

    @staticmethod
    def _newer_wording(frame: Frame, kb: KB, scope: set[str]) -> list[Clause]:
        """Clauses of later resolutions that name the part asked ("(๒) ข้อ ๒.๒ ... ให้เป็น ..."): an
        amendment by reference, which leaves the old clause in place but not in force. Newest first."""
        refs = outer_sections(frame.text) or SECTION_REF.findall(frame.text)
        if not refs:
            return []
        since = max((c.doc_date for c in kb.clauses if c.uid in scope and c.doc_date), default=None)
        if since is None:
            return []
        names = re.compile(rf"(?:ข้อ|ตามข้อ)\s*{re.escape(refs[0])}(?![\d.])")
        found = [
            c
            for c in kb.clauses
            if c.doc_date and c.doc_date > since and c.status == "current" and c.uid not in scope
            and names.search(c.text.translate(ARABIC_DIGITS)) and c.kind in ("item", "paragraph", "note")
            and (len(c.text) > 60 or c.detail)
        ]  # fmt: skip
        found = [c for c in found if not (INTRODUCES.search(c.text) and kb.items_under(c))] or found

        def rank(c: Clause) -> tuple:
            text = c.text.translate(ARABIC_DIGITS)
            first = names.search(text)
            others = {r for r in SECTION_REF.findall(text) if r != refs[0]}
            return (c.doc_date, first is not None and first.start() <= 12, not others)

        return sorted(found, key=rank, reverse=True)

    @staticmethod
    def _rewritten(frame: Frame, kb: KB, newer: list[Clause], scope: set[str]) -> Draft:
        """The newest wording of the part asked, with the old clause as what it was."""
        clause = newer[0]
        text = clause.text + (f": {clause.detail}" if clause.detail else "")
        weights = dict.fromkeys(frame.content, 1.0)
        room = 400 if clause.replaces or clause.replaced_by else 520  # a "เดิม" note takes the rest
        span = cut(text, room + 20, kb.thai) if len(text) <= room + 20 else window(text, weights, room)
        old = [c for c in kb.clauses if c.uid in scope and c.kind in ("item", "paragraph")]
        old = [c for c in old if c.parent not in {o.uid for o in old}] or old
        previously = [(cut(old[0].text, 160, kb.thai), old[0].uid)] if old else []
        return Draft(kind="measure", lines=[span], cite=[clause.uid], previously=previously, confidence=0.8)

    @staticmethod
    def _section(frame: Frame, kb: KB, scope: set[str]) -> Draft | None:
        heads = [c for c in kb.clauses if c.uid in scope and c.parent not in scope]
        if not heads:
            return None
        head = heads[0]
        items = [c for c in kb.clauses if c.uid in scope and c.kind == "item" and c.uid != head.uid]
        items = [c for c in items if c.label is None or c.parent not in {i.uid for i in items}] or items
        rows = [c.text for c in items]
        own = head.text + (
            f" — {head.label or ''}: {head.detail}" if head.detail else ""
        )  # a table row's purpose
        if (
            rows and len(head.text) > 150
        ):  # a part that says much itself ("... เช่น ระบบ e-Office ..."): its words first
            shown = [f"- {cut(r, 70, kb.thai)}" for r in rows[:3]]
            more = [f"…และอีก {len(rows) - 3} รายการ"] if len(rows) > 3 else []
            lines = [cut(head.text, 320, kb.thai), *shown, *more]
        else:
            lines = render_list(head.text, rows, thai=kb.thai) if rows else [cut(own, 400, kb.thai)]
        draft = Draft(
            kind="measure", lines=lines, cite=[head.uid, *[c.uid for c in items[:2]]], confidence=0.8
        )
        if not rows:
            Passage._history(kb, head, draft)  # one item that was reworded: what it said before
        return draft


def _stem(word: str) -> str:
    """ "การประเมิน" as "ประเมิน": the noun-making prefix off, so the word matches a row's verb."""
    return re.sub(r"^(?:การ|ความ)(?=\S{3})", "", word)


def _clauses_saying(kb: KB, word: str) -> int:
    """How many clauses in force say the (squashed) word; counted once per knowledge base and word (a reloaded
    index is a new KB, with counts of its own)."""
    counts = kb.__dict__.setdefault("_clauses_saying", {})
    if word not in counts:
        counts[word] = sum(1 for c in kb.clauses if c.status == "current" and word in kb.squashed[c.uid])
    return counts[word]


# "...เห็นชอบการเพิ่มเติมบทบาทของ GCIO ระดับกระทรวง กรม และจังหวัด ในการ...": whose duties the items under it are
_DUTIES_OF = re.compile(
    r"(?:บทบาท|หน้าที่|ภารกิจ)(?:หน้าที่)?(?:และอำนาจ)?(?:ของ|ให้แก่|แก่)\s*(?P<who>[^\s(]\S*(?:\s+(?:ระดับ|และ|กรม|จังหวัด)\S*){0,4})"
)


def _whose_duty(kb: KB, uid: str) -> str | None:
    """ "ใครมีหน้าที่วางแนวทาง New Normal": a duty listed under "บทบาทของ X ... ดังนี้" is X's."""
    clause = kb.by_uid.get(uid)
    if clause is None or clause.kind not in ("item", "paragraph"):
        return None
    for a in kb.ancestors(clause)[:2]:
        m = _DUTIES_OF.search(a.text.split("\n")[0])
        if m:
            return m.group("who").strip()
    return None


_REASON_ASKED = re.compile(r"\breasons?\b|\bbecause\b|\bdue\s+to\b|เหตุผล|สาเหตุ|เพราะ", re.I)


def _reason(text: str) -> str:
    """The reason a section gives, not the "ดังนี้" that leads to the list after it."""
    return re.sub(r"\s*ดังนี้\s*[:：]?\s*$", "", text)
