"""One question through the answering core: read the frame, refuse what the knowledge does not
cover, let the first applicable answerer answer, render."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence

import numpy as np

from bot.answering.answerers.bangkok import covers_bangkok
from bot.answering.answerers.base import Answerer, Draft
from bot.answering.answerers.changes import changed_by
from bot.answering.answerers.claim import amended_claim, check_claim, first_named, newest_naming
from bot.answering.answerers.define import short_name_asked
from bot.answering.answerers.document import cabinet_chair, title_in_english
from bot.answering.answerers.measures import DECIDED, Measures, decisions, duties_of
from bot.answering.answerers.merged import merged_issues
from bot.answering.answerers.passage import HOW_OFTEN, ITEM_UNITS, Passage, asked_unit
from bot.answering.answerers.record import record_field
from bot.answering.aspects import unstated_aspect
from bot.answering.bank import BankEntry
from bot.answering.context import doubts_last, is_followup, merge, resolve_ordinals, snapshot
from bot.answering.extract import SECTION_REF
from bot.answering.frame import (
    LEAD_WORDS,
    LETTER_WORDS,
    LOCATE_WORDS,
    MEETING_WORDS,
    QUANTITY_WORDS,
    RESOLUTION_WORDS,
    WHICH_MEETING,
    Frame,
    FrameReader,
    clean,
)
from bot.answering.kb import ASKS_CANCEL, KB, cancels
from bot.answering.registry import ANSWERERS
from bot.answering.render import refuse, render
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.core.models import Answer, Context
from bot.knowledge.facts import ROLE_THAI
from bot.thai import thai_date

logger = logging.getLogger(__name__)

MAX_UNKNOWN_SHARE = (
    0.5  # of a question's topic nouns (all its topic words in English) unknown to the knowledge
)
BANK_K = 40
CONTACT_WORDS = re.compile(
    r"(?<!ไซ)เบอร์|โทรศัพท์|อีเมล|เว็บไซต์|ไลน์ไอดี|\bphone\b|telephone|e-?mail|website|contact"
    # "ชื่อแอปอะไร", "โหลดแอปไหน": an app or a link to use, which no resolution here gives
    r"|ชื่อ\s*(?:แอป|แอพ|เว็บ)|(?:แอป|แอพ|แอปพลิเคชัน|ลิงก์|ลิ้งค์)\S{0,4}\s*(?:ชื่อ|อะไร|ไหน|ไร)|\b(?:which|what)\s+app\b|\bapp\s+name|\bdownload",
    re.I,
)
CONTACT_GIVEN = re.compile(
    r"โทร\.?[\d๐-๙]{4,}|@[a-z0-9-]+\.[a-z]|www\.|https?://|แอปพลิเคชัน|แอป", re.I
)  # squashed


_BOARD = re.compile(r"บอร์ด|คณะกรรมการบริหาร|\bboard\b|governing body", re.I)
# a "chief ... officer" other than the information officer these resolutions are about
OTHER_OFFICER = re.compile(r"\bchief\s+(?!information\b)[a-z]+(?:\s+[a-z]+)?\s+officers?\b", re.I)


MEETING_NUMBER = re.compile(r"(?:ครั้งที่|meeting (?:no\.?|number))\s*(\d{1,3}\s*/\s*\d{4})", re.I)

FULL_NAME_ASKED = re.compile(r"ชื่อเต็ม|ตัวเต็ม|เต็มๆ|\bfull\s+names?\b|\bspell(?:ed)?\s+out|\bin\s+full\b", re.I)


def asks_count(frame: Frame) -> bool:
    """ "กี่บาท", "how many": a number is asked (not a date, not a meeting's number)."""
    return (
        bool(QUANTITY_WORDS.search(frame.text))
        and not frame.when
        and not WHICH_MEETING.search(frame.text)
        and frame.intent != "locate"
        and not LOCATE_WORDS.search(frame.text)  # "อยู่ประเด็นที่เท่าไหร่": where, after a lead question too
    )


_ITEM_LINE = re.compile(r"^\s*(?:[-•]|\(?\d{1,2}[.)]|\(?[ก-ฮ][.)])\s*\S")
_COUNTABLE = re.compile(
    # items of a list, never people or seats: a composition the text gives in part ("ที่เหลือตามเดิม")
    r"กี่\s*(ขั้นตอน|ขั้น|ข้อ|ประเด็น|เรื่อง|อย่าง|รายการ|ระบบ|ตัว|ระดับ|ด้าน|มาตรการ)"
    r"|how many (items|issues|steps|stages|measures|systems)",
    re.I,
)


def counted_list(frame: Frame, draft: Draft) -> Draft | None:
    """ "มีกี่ข้อ อะไรบ้าง": asked for the items too, the whole list the answer gives is counted;
    a list cut short ("…และอีก") or an amount ("กี่บาท") is not."""
    unit = _COUNTABLE.search(frame.text)
    items = [ln for ln in draft.lines if _ITEM_LINE.match(ln)]
    seats = re.search(r"กี่\s*(คน|ตำแหน่ง)|how many", frame.text, re.I)
    if unit is None and seats and frame.role in ROLE_THAI and frame.role != "member":
        # "มีรองประธานกี่คน ใครบ้าง": the holders of that one seat the answer lists, one a line
        unit = seats
        label = ROLE_THAI[frame.role]
        items = [ln for ln in draft.lines if (ln.startswith(label) or re.search(rf"เป็น\s*{label}", ln))
                 and not ln.startswith("เดิม")]  # fmt: skip
    # the items too, or a list tied to what the question names: "ข้อ 2.3 มีกี่ข้อ", "ครม. มีมติกี่ข้อ"
    asks_items = re.search(
        r"บ้าง|มั่ง|แต่ละ|\beach\b|what are|which are|list them|name them", frame.text, re.I
    ) or ((SECTION_REF.search(frame.text) or DECIDED.search(frame.text)) and draft.cite)
    if not asks_items or unit is None or len(items) < 2 or any("และอีก" in ln for ln in draft.lines):
        return None
    return Draft(kind=draft.kind, lines=[f"{len(items)} {unit.group(1) or 'items'}:", *draft.lines], cite=draft.cite, confidence=draft.confidence,
                 previously=draft.previously)  # fmt: skip


def counted_in_clause(frame: Frame, kb: KB, draft: Draft) -> Draft | None:
    """The count the cited clause states ("ซึ่ง... มี 4 ข้อ ได้แก่"), for an answer whose lines cut it off."""
    unit = asked_unit(frame.text)
    clause = kb.by_uid.get(draft.cite[0]) if draft.cite else None
    if unit is None or clause is None or not Passage.has_quantity(frame.text, clause.text):
        return None
    word = unit.group(1)[:4]
    units = ITEM_UNITS if re.match(ITEM_UNITS, word) else re.escape(word)
    m = re.search(rf"(?<![\d./])[0-9๐-๙]+\s*(?:{units})", clause.text)
    if m is None:
        return None
    start = clause.text.rfind(" ", 0, max(0, m.start() - 120)) + 1 if m.start() > 120 else 0
    line = ("…" if start else "") + clause.text[start : m.end()].strip()
    return Draft(kind=draft.kind, lines=[line, *draft.lines[1:]], cite=draft.cite, confidence=draft.confidence,
                 previously=draft.previously)  # fmt: skip


_PERSON_NAMED = re.compile(
    r"(?:พลเอก|พลตำรวจเอก|พล\.อ\.|นาย(?!ก)|นางสาว|นาง(?!าน)|ดร\.)\s*[\u0e01-\u0e4e]{2,}\s+[\u0e01-\u0e4e]{3,}"
)
_FIRST_ONE = re.compile(r"(?:อย่าง|ข้อ|ขั้น|ขั้นตอน|เรื่อง)แรก|\bfirst\s+(?:step|item|thing|one)\b", re.I)
# "ต้องเผื่ออะไรไว้ในอนาคต": the future as a resolution's own words speak of it (not "who is next")
_FUTURE_SPOKEN_OF = re.compile(r"ในอนาคต|\bin\s+the\s+future\b", re.I)
_OTHER_MATTERS = re.compile(
    r"(?:พิจารณา|ประชุม|หารือ)\S{0,6}\s*(?:เรื่อง|วาระ)อื่น|(?:เรื่อง|วาระ)อื่น\S{0,12}\s*(?:ที่)?(?:พิจารณา|ประชุม|หารือ)"
    r"|\bother\s+(?:matters|items|agenda|business|topics)\b.{0,40}\b(?:consider|discuss|meeting|that day)"
    r"|\b(?:consider|discuss)\w*\s+(?:any\s+)?other\s+(?:matters|items|agenda|business|topics)",
    re.I,
)
_STILL = re.compile(r"ยัง|อยู่\s*(?:ไหม|มั้ย|หรือเปล่า|หรือไม่|ป่ะ)|\bstill\b|any ?more|no longer", re.I)


def no_longer(frame: Frame, draft: Draft) -> bool:
    """ "คกก. GCIO ยังมีอำนาจเห็นชอบ EA อยู่มั้ย": a word of the claim stood in the wording the answer says
    was replaced, and stands no more in the wording in force."""
    if not (_STILL.search(frame.text) and draft.previously and not draft.abstain):
        return False
    old, new = squash(draft.previously[0][0]), squash(" ".join(draft.lines))
    words = {squash(t) for t in frame.content if t not in frame.unknown and len(squash(t)) >= 4}
    return any(w in old and w not in new for w in words)


class QuestionBank:
    """The generated questions and their vectors; search by inner product (vectors are normalized)."""

    def __init__(self, entries: Sequence[BankEntry], vectors: np.ndarray) -> None:
        self.entries = list(entries)
        self.vectors = (
            np.asarray(vectors, dtype=np.float32).reshape(len(self.entries), -1) if self.entries else None
        )

    def search(self, vector: np.ndarray | None, k: int = BANK_K) -> list[tuple[BankEntry, float]]:
        if vector is None or self.vectors is None or not len(self.entries):
            return []
        sims = self.vectors @ np.asarray(vector, dtype=np.float32).reshape(-1)
        top = np.argsort(-sims)[:k]
        return [(self.entries[i], float(sims[i])) for i in top]


class AnsweringCore:
    def __init__(
        self,
        kb: KB,
        bank: QuestionBank,
        encode: Callable[[str], np.ndarray | None],
        answerers: Sequence[Answerer] = ANSWERERS,
    ) -> None:
        self.kb = kb
        self.bank = bank
        self.encode = encode
        self.vocab = Vocabulary(kb)
        self.reader = FrameReader(self.vocab)
        self.answerers = answerers

    def frame(self, question: object) -> Frame:
        text, problem = clean(question)
        if problem:
            return self.reader.read(question, [])
        text = self.reader.spelled(text)  # typos put right once, for the encoding and the reading alike
        return self.reader.read(question, self.bank.search(self.encode(text)), spelled=text)

    def ask(self, question: object, id: str | None = None, context: Context | None = None) -> Answer:
        """Answer one question; with the conversation's context, a follow-up takes what it leaves out.
        The answer carries the context for the next turn: a refusal passes the old one on, while "the text
        names no such seat" keeps the seat asked about, for "ไม่ใช่ ผมหมายถึงระดับจังหวัด"."""
        answer = self._ask(question, id, context)
        if answer.context is None:
            answer.context = context
        return answer

    def _about_the_row(self, frame: Frame, ctx: Context) -> None:
        """ "ต้องรวบรวมประเด็นเรื่องอะไรบ้าง" after who leads an issue: words only the row's other column says
        ask about that column, not for another issue or the whole table."""
        row = self.kb.by_uid.get(ctx.clause or "")
        if row is None or not row.detail or ctx.intent not in ("lead_of", "issues_of"):
            return
        if frame.agencies or frame.role or frame.who or LEAD_WORDS.search(frame.text) or frame.when:
            return
        own = [t for t in frame.content if len(t) >= 4 and t in row.detail and t not in row.text]
        # "แล้วแพลตฟอร์มให้ จนท.รัฐทำงานร่วมกันล่ะ": words of another issue's own title ask about that issue
        other = any(
            sum(1 for t in frame.content if len(t) >= 3 and t in f.issue) >= 2
            for f in self.kb.in_force(self.kb.book.leads)
            if f.clause != row.uid and not f.cancelled
        )
        if own and not other:
            frame.intent, frame.clause_context, frame.listing = "passage", row.uid, False

    @functools.cached_property
    def _gives_contact(self) -> bool:
        """Whether any text gives a phone number, an email or a web address (read once)."""
        return any(CONTACT_GIVEN.search(text) for text in self.kb.squashed.values())

    def _ask(self, question: object, id: str | None, context: Context | None) -> Answer:
        if isinstance(question, str) and len(question) <= 2000:
            question = resolve_ordinals(question, context, self.kb.numbers_beside, self.kb.numbers_under)
        frame = self.frame(question)
        if frame.problem:
            return refuse(frame, self.kb, messages.PROBLEM[frame.problem], id=id, kind="invalid")
        rechecked = context is not None and doubts_last(frame, context)
        asked, asked_english = frame.raw, frame.english
        if rechecked and context is not None:  # the doubted question, answered again from the text
            again = self.frame(context.question)
            frame = merge(again, context) if is_followup(again) else again
        elif context is not None and is_followup(frame):
            frame = merge(frame, context)
            self._about_the_row(frame, context)
        why = self.refusal(frame)
        meeting = MEETING_NUMBER.search(frame.text)
        if meeting and not any(squash(meeting.group(1)) in text for text in self.kb.squashed.values()):
            # "อ.ก.พ. ประชุมครั้งที่ 3/2563 มีมติอะไร": a meeting no text records, whatever else it names
            return refuse(
                frame, self.kb, messages.NOT_COVERED_EN if frame.english else messages.NOT_COVERED, id=id
            )
        # a yes/no about a thing the newest text names exactly ("e-Edutainment ยังอยู่ในลิสต์ไหม") is judged
        # by that text, whatever else the question says
        draft = (
            first_named(frame, self.kb, self.vocab)
            or changed_by(frame, self.kb, self.vocab)
            or covers_bangkok(frame, self.kb, self.vocab)
            or decisions(frame, self.kb)
            or title_in_english(frame, self.kb)
            or short_name_asked(frame, self.kb)
            or cabinet_chair(frame, self.kb)
            or record_field(frame, self.kb)
            or duties_of(frame, self.kb, self.vocab)
            or merged_issues(frame, self.kb)
        )
        if draft is None:
            own = None if why else self.draft(frame)
            if own is not None and not own.abstain and own.cite and frame.intent in ("measures", "passage"):
                own = (None if frame.when else newest_naming(frame, self.kb, self.vocab, own.cite[0])) or own
                own = Passage.condition_of_examples(frame, self.kb, own) or own
            draft = self.judged(frame, own)
        if why and draft is None:
            return refuse(frame, self.kb, why, id=id)
        named_person = (
            draft is not None and not draft.abstain and bool(_PERSON_NAMED.search("\n".join(draft.lines)))
        )  # "ที่มา: ที่ประชุมคณะรัฐมนตรี พลเอก ประยุทธ์ จันทร์โอชา (นายกรัฐมนตรี)": a text that does name one
        if frame.asks_name and not frame.intent.startswith("doc_") and not named_person:
            # A person's name was asked; the text names positions. Say so, and what it says about this one.
            said = (
                ""
                if draft is None or draft.abstain or not (frame.role or frame.holders)
                else "\n".join(draft.lines)
            )
            missing = messages.NAME_MISSING_EN if frame.english else messages.NAME_MISSING
            return refuse(frame, self.kb, missing + ("\n" + said if said else ""), id=id)
        if draft is not None and asks_count(frame) and not draft.abstain and self._nobody_holds(frame):
            pass  # "มีรองประธานกี่คน" where the rule is that there is none: the answer that says so
        elif draft is not None and asks_count(frame) and not draft.abstain:
            if not Passage.has_quantity(frame.text, "\n".join(draft.lines)):
                # "... มี 4 ข้อ ได้แก่" cut from the quoted line: the count, as the clause says it
                draft = counted_in_clause(frame, self.kb, draft) or draft
            if not Passage.has_quantity(frame.text, "\n".join(draft.lines)):  # "กี่บาท": no number, no answer
                passage = Passage().answer(frame, self.kb, self.vocab)  # ... unless the passage has one
                if passage is not None and Passage.has_quantity(frame.text, "\n".join(passage.lines)):
                    draft = passage
                else:  # "กี่ข้อ อะไรบ้าง": the items of the list the answer gives, counted
                    listed = (
                        Measures().answer(frame, self.kb, self.vocab) if frame.intent == "passage" else None
                    )
                    tied = (
                        DECIDED.search(frame.text)
                        or SECTION_REF.search(frame.text)
                        or (frame.section_context and not frame.content)  # "มีกี่ข้อ" after a part's step
                    )
                    counted = (
                        (counted_list(frame, draft) if tied else None)  # the list of what the question names
                        or (counted_list(frame, listed) if listed else None)  # a list the text gives as one
                        or counted_list(frame, draft)
                        or (counted_list(frame, passage) if passage else None)
                    )
                    counted = counted or Passage.quantity_nearby(frame, self.kb)
                    if counted is None:
                        return refuse(frame, self.kb, messages.NO_NUMBER, id=id)
                    draft = counted
        if draft is not None and not draft.abstain and HOW_OFTEN.search(frame.text) and not asks_count(frame):
            # "บ่อยแค่ไหน": how often the thing asked is done, beside its own words, or nothing
            often = Passage.frequency_nearby(frame, self.kb, self.vocab)
            if often is None:
                return refuse(frame, self.kb, messages.NO_FREQUENCY, id=id)
            draft = often
        if draft is not None:
            if rechecked and not draft.abstain:
                label = messages.RECHECKED_EN if asked_english else messages.RECHECKED
                draft.lines = [label, *draft.lines]
            if FULL_NAME_ASKED.search(frame.text) and not draft.abstain and draft.lines:
                # "ใครจัดอบรม ขอชื่อเต็มเลย": the abbreviations of the answer, spelled out
                draft.lines[0] = self.kb.glossary.spell_out(draft.lines[0])
            answer = render(draft, frame, self.kb, id=id)
            answer.question = asked
            first = draft.cite[0] if draft.cite else None
            if (
                _FIRST_ONE.search(frame.text)
                and len(draft.cite) > 1
                and self.kb.by_uid.get(draft.cite[1])
                in (self.kb.items_under(self.kb.by_uid[first]) if first in self.kb.by_uid else [])
            ):
                first = draft.cite[1]  # "ทำอะไรเป็นอย่างแรก": the list is shown, its first item talked about
            if not draft.abstain or frame.role not in (
                None,
                "member",
            ):  # a seat the text leaves unnamed is still the one talked about
                answer.context = snapshot(
                    frame, answer.citations[0].doc_id if answer.citations else None, first
                )
            return answer
        return refuse(
            frame, self.kb, messages.NOT_COVERED_EN if frame.english else messages.NOT_COVERED, id=id
        )

    def draft(self, frame: Frame) -> Draft | None:
        """The first answer of the first answerer that applies and has one."""
        for answerer in self.answerers:
            if not answerer.applies(frame):
                continue
            draft = answerer.answer(frame, self.kb, self.vocab)
            if draft is not None:
                logger.debug("answered by %s (intent %s)", answerer.name, frame.intent)
                return draft
        return None

    def judged(self, frame: Frame, draft: Draft | None) -> Draft | None:
        """A yes/no question about a named thing gets its yes or no from the newest text naming it."""
        if not frame.yesno or (
            draft is not None and (draft.abstain or draft.lines[0].startswith((messages.YES, messages.NO)))
        ):
            return draft
        verdict = check_claim(frame, self.kb, self.vocab)
        if verdict is None:
            if draft is not None and no_longer(frame, draft):
                draft.lines[0] = f"{messages.NO} — {draft.lines[0]}"
            elif draft is not None and not draft.abstain and cancels(draft.lines[0]):
                # the answer is a line cancelling what was asked: "ยังใช้ได้อยู่มั้ย" no, "ถูกยกเลิกแล้วใช่ไหม" yes
                asks_cancel = ASKS_CANCEL.search(frame.text)
                draft.lines[0] = f"{messages.YES if asks_cancel else messages.NO} — {draft.lines[0]}"
            elif (
                draft is not None
                and draft.cite
                and not draft.abstain
                and not frame.agencies
                and (word := amended_claim(frame, self.kb, draft.cite[0]))
            ):
                draft.lines[0] = f"{word} — {draft.lines[0]}"  # "ตอนนี้แค่ให้คำแนะนำ ไม่ได้เห็นชอบแล้วใช่ไหม"
            elif draft is not None and frame.agencies and draft.cite and not draft.abstain:
                # "ใครจัดอบรมหลักสูตร GCIO สนง.ก.พ. ป่ะ": the answer's clause names who leads; is it the one guessed?
                lead = next(
                    (f for f in self.kb.book.leads if f.clause == draft.cite[0] and f.status == "current"),
                    None,
                )
                if lead is not None and lead.agencies:
                    word = messages.YES if self.vocab.leads_it(frame.agencies, lead) else messages.NO
                    draft.lines[0] = f"{word} — {draft.lines[0]}"
            return draft
        word, clause, words = verdict
        if draft is not None and draft.cite and draft.cite[0] == clause.uid:
            # the words that decide it, when the draft's line is the clause's head cut before them
            cut_short = draft.lines[0].endswith("…") and squash(words.strip("…"))[:40] not in squash(
                draft.lines[0]
            )
            draft.lines[0] = f"{word} — {words if cut_short else draft.lines[0]}"
            return draft
        return Draft(
            kind=draft.kind if draft else "measure",
            lines=[f"{word} — {words}"],
            cite=[clause.uid],
            confidence=0.75,
        )

    def _missing_document(self, frame: Frame) -> str | None:
        """ "มติ ครม. 15 ธ.ค. 64 เปลี่ยนอะไร": a resolution named by a date that no document has and no
        text mentions is not one to answer from the nearest other resolution."""
        if frame.date is None:
            return None
        named = re.search(
            r"(?:มติ|ครม\.?|คณะรัฐมนตรี|คำสั่ง|ประกาศ|resolution|decision)\s*(?:ครม\.?\s*)?(?:วันที่|เมื่อ|ลงวันที่|of|dated)?\s*\d",
            frame.text,
            re.I,
        )
        if not named:
            return None
        if any(d.date == frame.date for d in self.kb.book.documents):
            return None
        said = squash(thai_date(frame.date))
        if any(said in text for text in self.kb.squashed.values()):
            return None  # a meeting or an earlier resolution the texts mention
        known = ", ".join(thai_date(d.date) for d in sorted(self.kb.book.documents, key=lambda d: d.date))
        return messages.NO_SUCH_DOC.format(date=thai_date(frame.date), known=known)

    def _nobody_holds(self, frame: Frame) -> bool:
        """The seat asked about is one the rules in force say nobody holds ("ไม่มีตำแหน่งรองประธาน")."""
        if frame.role is None or frame.role == "member" or not frame.committees:
            return False
        facts = [f for key in frame.committees for f in self.kb.in_force(self.kb.roles_of(key, frame.role))]
        return bool(facts) and all(f.holder is None for f in facts)

    def _texts_say(self, words: re.Pattern, text: str) -> bool:
        """ "ต้องเผื่ออะไรไว้ในอนาคต" is no forecast when a resolution itself speaks of the future."""
        if re.search(r"จะ|\bwill\b|\bgoing\s+to\b", text, re.I):
            return False  # "ในอนาคตจะมีคณะกรรมการใหม่ไหม": a forecast asked
        said = [squash(m.group(0)) for m in words.finditer(text)]
        return bool(said) and all(any(w in t for t in self.kb.squashed.values()) for w in said)

    def refusal(self, frame: Frame) -> str | None:
        """Why the knowledge base cannot answer this at all, judged by what the question names."""
        not_covered = messages.NOT_COVERED_EN if frame.english else messages.NOT_COVERED
        if frame.prediction and not self._texts_say(_FUTURE_SPOKEN_OF, frame.text):
            return not_covered
        if frame.foreign:
            return messages.FOREIGN.format(name=frame.foreign[0])
        officer = OTHER_OFFICER.search(frame.text)
        if officer and not any(squash(officer.group(0)) in text for text in self.kb.squashed.values()):
            return not_covered  # "Who is the Chief Data Officer?": a post no resolution here names
        if _OTHER_MATTERS.search(frame.text) and not (
            frame.agencies or frame.role or frame.holders or frame.committees
        ):
            return not_covered  # "วันนั้น ครม. พิจารณาเรื่องอื่นอะไรอีก": the texts hold this matter only
        if frame.agencies and not frame.committees and _BOARD.search(frame.text):
            return not_covered  # "ประธานบอร์ด สพร.": an agency's own board, which no resolution here seats
        if CONTACT_WORDS.search(frame.text) and not self._gives_contact:
            return not_covered  # "ขอเบอร์โทรหน่วยงานนี้": resolutions give no contact details
        aspect = unstated_aspect(frame, self.kb)
        if aspect is not None:  # "BYOD ชดเชยให้ไหม": no text speaks of money beside BYOD
            return (messages.NO_ASPECT_EN if frame.english else messages.NO_ASPECT).format(
                what=aspect.en if frame.english else aspect.th
            )
        missing = self._missing_document(frame)
        if missing:
            return missing
        if (
            not frame.content
        ):  # only words of asking: answerable when it names a role, a clause, the resolution
            about = (
                frame.role
                or frame.committees
                or frame.holders
                or frame.intent != "passage"
                or frame.clause_context
            )  # "เมื่อก่อนล่ะ" after an answer is about the clause it quoted
            return (
                None
                if about or SECTION_REF.search(frame.text) or RESOLUTION_WORDS.search(frame.text)
                else not_covered
            )
        if (frame.focus_unknown or frame.topic_unknown) and not frame.asks_name:
            return not_covered  # what it asks for ("อาคารไหน", "เรื่องเงินเดือน") is nowhere in the resolutions
        if frame.other_bodies and not frame.committee_named and (frame.role or frame.intent == "composition"):
            return not_covered  # a body the resolutions define no roles for ("อ.ก.พ. กระทรวง...")
        if frame.intent == "doc_date" and LETTER_WORDS.search(frame.text):
            return None  # "หนังสือเวียนแจ้งมติ เลขที่อะไร": words of a letter's head, not a new topic
        if frame.intent == "doc_meeting" and all(MEETING_WORDS.search(t) for t in frame.unknown):
            return None  # "ในการประชุมครั้งที่เท่าไร" asks about a meeting; it names no topic
        if frame.all_unknown and not (
            frame.english
            or frame.clause_context
            or SECTION_REF.search(frame.text)  # "ข้อ 2.3 ข้อที่ 3 วัดผลจากอะไร": about the part it names
            or frame.role
            or frame.committees
            or frame.holders
            or frame.agencies
        ):
            return not_covered
        share = len(frame.unknown) / max(1, frame.nouns if not frame.english else len(frame.content))
        anchored = (
            frame.role and frame.committee_named
        ) or frame.holders  # a typo around them is no new topic
        if anchored and share <= 0.67:
            return None
        if frame.clause_context and share <= 0.67:
            return None  # a follow-up about the clause the last answer came from ("what is it meant to achieve?")
        if share > MAX_UNKNOWN_SHARE or (not frame.english and share >= MAX_UNKNOWN_SHARE):
            return not_covered
        if frame.unknown and frame.role and frame.committee is None:
            return not_covered  # a role in some other body ("ประธานสภา...", "...การเลือกตั้ง")
        return None
