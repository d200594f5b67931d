"""Facts about the resolutions themselves: when decided, who proposed, what they amend, meetings, signer."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut, window
from bot.answering.frame import (
    AMEND_WORDS,
    COMPOSITION_WORDS,
    IN_FORCE_WORDS,
    LETTER_WORDS,
    PROPOSE_WORDS,
    REFERENCE_WORDS,
    SIGN_WORDS,
    SINCE,
    Frame,
    names_cabinet,
)
from bot.answering.kb import ASKS_CANCEL, KB, DocInfo
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.knowledge.amend import same_holder, same_named
from bot.knowledge.facts import IN_FORCE, IN_FORCE_LOOSE, DocFact, Meeting
from bot.thai import thai_date

THAT_MEETING = re.compile(
    r"(?:ครั้ง|ประชุม)(?:ร่วม)?(?:นั้น|ดังกล่าว)|that (?:joint )?meeting|the same meeting", re.I
)
DOC_INTENTS = ("doc_date", "doc_proposer", "doc_amends", "doc_meeting", "doc_signer")
NUMBER = re.compile(r"\d{1,4}\s*/\s*\d{4}")
# a document named by its kind, when the knowledge holds documents of that kind
KIND_NAMED = re.compile(r"(ประกาศ|คำสั่ง|ระเบียบ|หนังสือเวียน)(?!ใช้)")
# "ที่ไปแก้ของปี 62", "ที่ทบทวนมติ 26 พ.ย. 62", "that revised the 2019 one": a date after these names what was amended
# "มติทบทวน...", "the revised resolution": the resolution that reviews another, named as such
THE_REVIEW = re.compile(r"มติ(?:ที่)?(?:ทบทวน|แก้ไข|ปรับปรุง)|(?:review|revis\w*|amending)\s+resolution", re.I)
OBJECT_OF_AMENDING = re.compile(
    r"(?:ที่|ซึ่ง)\s*(?:ไป|มา)?\s*(?:แก้(?:ไข)?|ทบทวน|ปรับปรุง|ปรับแก้)\s*(?:ของ|มติ|ฉบับ|แนวทาง)\S{0,20}?\s*(?:ครม\.?\s*)?(?:ปี|เมื่อ|วันที่|ลงวันที่)?\s*[\d๐-๙]"
    # "มติที่ทบทวนแนวทาง GCIO ของ 26 พ.ย. 62": a few words between, then the date of the one reviewed
    r"|(?:ที่|ซึ่ง)\s*(?:ไป|มา)?\s*(?:แก้(?:ไข)?|ทบทวน|ปรับปรุง|ปรับแก้)\s*(?:ของ|มติ|ฉบับ|แนวทาง)[^?\d]{0,40}?(?:ของ|ปี|เมื่อ|วันที่|ลงวันที่)\s*[\d๐-๙]"
    r"|(?:that|which)\s+(?:revis|amend|updat|chang)\w*\s+the\s+(?:\w+\s+){0,3}?(?:of\s+|from\s+)?[\d]",
    re.I,
)


def _began(seat: list, holder: str | None) -> list:
    """ "เลขาธิการ ก.พ. เริ่มเป็นเลขาฯ ตั้งแต่เมื่อไหร่" when someone else holds the seat now: the resolution
    that put that holder in the seat, the last time it changed hands to them."""
    if holder is None:
        return []

    def day(f) -> dt.date:
        return f.date or dt.date.min

    began = []
    for f in sorted(seat, key=day):
        before = [g for g in seat if day(g) < day(f)]
        latest = max((day(g) for g in before), default=None)
        held = any(same_holder(holder, g.holder) for g in before if day(g) == latest)
        if same_holder(holder, f.holder) and not held:
            began.append(f)
    return began[-1:]


# "ครั้งหลัง", "the latter": one of the meetings just named
_WHICH_OF_TWO = re.compile(
    r"ครั้ง(?P<later>หลัง|ที่สอง|หลังสุด|ล่าสุด)|ครั้ง(?:แรก|ก่อน)|the (?:(?P<later2>latter|second|later one)|former|first)",
    re.I,
)
# "ครั้งที่ 5", "ครั้ง 3 กับ 4": meeting numbers without their year
_BARE_NUMBER = re.compile(r"(?:ครั้ง(?:ที่)?|(?<=\d)\s*(?:กับ|และ|,))\s*(\d{1,2})(?![\d/])")


def _thai_named(name: str, kb: KB) -> str:
    """ "Ministry of Digital Economy and Society" as the Thai texts name it, the English beside it."""
    if re.search(r"[\u0e01-\u0e4e]", name):
        return name
    thai = kb.glossary.substitute(name)
    return f"{thai} ({name})" if thai != name and re.search(r"[\u0e01-\u0e4e]", thai) else name


def label_of(doc: DocInfo, fact: DocFact | None) -> str:
    """ "มติคณะรัฐมนตรีวันที่ 29 กันยายน 2563 เรื่อง ...", or "คำสั่ง... ที่ 7/2567 ..." for an order."""
    if fact is not None and fact.kind != "มติคณะรัฐมนตรี":
        number = f" ที่ {fact.number}" if fact.number else ""
        return f"{fact.kind}{number} ลงวันที่ {thai_date(doc.date)} เรื่อง {cut(doc.title, 120)}"
    return f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)} เรื่อง {cut(doc.title, 150)}"


class Document:
    name = "document"

    def applies(self, frame: Frame) -> bool:
        return frame.intent in DOC_INTENTS

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        doc = self.which(frame, kb, vocab)
        if doc is None:
            return None
        fact = kb.doc_fact(doc.id)
        first = next((c.uid for c in kb.clauses if c.doc_id == doc.id), None)
        if first is None:  # a resolution known only by its front matter: cite the one that quotes it
            first = next((c.uid for c in kb.clauses if doc.id in kb.documents[c.doc_id].amends), None)
        if fact is None or first is None:
            return None
        label = label_of(doc, fact)
        if LETTER_WORDS.search(frame.text) and frame.intent == "doc_date":
            letter = self._letter(frame, kb, doc, fact, first)
            if letter is not None:
                return letter
        if (
            frame.intent in ("doc_date", "doc_meeting")
            and re.search(r"วาระ|agenda", frame.text, re.I)
            and fact.agenda
        ):
            meeting = next((m for m in fact.meetings if re.match(r"คณะรัฐมนตรี|ครม", m.body)), None)
            at = f" ของการประชุมคณะรัฐมนตรีครั้งที่ {meeting.number}" if meeting else ""
            return Draft(
                kind="fact", lines=[f"ระเบียบวาระที่ {fact.agenda}{at} ({label})"], cite=[first], confidence=0.85
            )
        since = re.search(r"ตั้งแต่\s*(?:วัน|เมื่อ|ตอน)|since when|from when|starting when", frame.text, re.I)
        if frame.intent == "doc_date" and frame.clause_context and not frame.content and since:
            found = kb.takes_effect(frame.clause_context)  # "ตั้งแต่วันไหน" after an answer: when that rule began
            if found is not None:
                text, uid = found
                return Draft(kind="fact", lines=[f"{text} ({label})"], cite=[uid, frame.clause_context],
                             confidence=0.8)  # fmt: skip
        began = frame.role is not None and SINCE.search(frame.text)  # "เริ่มเป็นเลขาฯ ตั้งแต่เมื่อไหร่"
        if frame.intent in ("doc_date", "doc_meeting") and (IN_FORCE_WORDS.search(frame.text) or began):
            own = (
                self._own_date(frame, kb) or self._issue_date(frame, kb, vocab) or self._topic_date(frame, kb)
            )
            if own is not None:
                return own
            if fact.in_force:
                said, uid = self._in_force_about(frame, kb, doc.id) or (
                    fact.in_force,
                    fact.in_force_clause or first,
                )
                return Draft(kind="fact", lines=[f"{said} ({label})"], cite=[uid], confidence=0.85)
            lines = [f"{thai_date(doc.date)} ({label})", messages.NO_IN_FORCE]
            return Draft(kind="fact", lines=lines, cite=[first], confidence=0.7)
        own_number = fact.number and fact.number in {re.sub(r"\s", "", n) for n in NUMBER.findall(frame.text)}
        # "แล้ว cabinet approve วันไหน" when no cabinet meeting is on record: the day of the resolution itself
        cabinet_day = (
            frame.intent in ("doc_date", "doc_meeting")
            and frame.when
            and names_cabinet(frame.text)
            and not NUMBER.search(frame.text)
            and not any(re.match(r"คณะรัฐมนตรี|ครม", m.body) for d in kb.book.documents for m in d.meetings)
        )
        if (frame.intent == "doc_meeting" and not cabinet_day) or (
            frame.intent == "doc_date" and NUMBER.search(frame.text) and not own_number
        ):
            return self._meeting(frame, kb, vocab, fact)
        if frame.intent == "doc_date" or cabinet_day:
            lines = [f"{thai_date(doc.date)} ({label})"]
            claimed = frame.date or frame.month or frame.year
            if frame.yesno and claimed:  # "ออกปี 2564 ใช่มั้ย": the day it was made, against the one claimed
                said = (
                    doc.date == frame.date
                    if frame.date
                    else (doc.date.year, doc.date.month) == frame.month
                    if frame.month
                    else doc.date.year == frame.year
                )
                lines[0] = f"{messages.YES if said else messages.NO} — {lines[0]}"
            if fact.signed_on and re.search(r"\d", fact.signed_on):  # "สั่ง ณ วันที่ ...", not a letter's closing
                lines.append(fact.signed_on)
            if fact.proposer and PROPOSE_WORDS.search(frame.text):  # "ลงวันที่เท่าไหร่ ใครเสนอ": both asked
                lines.append(f"{_thai_named(fact.proposer, kb)} เป็นผู้เสนอ")
                if fact.proposer_text and fact.proposer_text not in lines[-1]:
                    lines.append(f"ในมติ: {cut(fact.proposer_text, 150)}")
            return Draft(kind="fact", lines=lines, cite=[first], confidence=0.85)
        if frame.intent == "doc_proposer" and fact.proposer:
            lines = [f"{_thai_named(fact.proposer, kb)} เป็นผู้เสนอ ({label})"]
            named = [a for a in frame.agencies] + [h for h, _ in frame.holders]
            if frame.yesno and named:  # "คนเสนอคือ สพร. ใช่ไหม": the claim judged against who did
                said = any(same_named(n, fact.proposer, kb.glossary) for n in named)
                lines[0] = f"{messages.YES if said else messages.NO} — {lines[0]}"
            if fact.proposer_text and fact.proposer_text not in lines[0]:
                lines.append(f"ในมติ: {cut(fact.proposer_text, 200)}")
            return Draft(kind="fact", lines=lines, cite=[fact.proposer_clause or first], confidence=0.85)
        if frame.intent == "doc_amends" and doc.amends:
            olds = [kb.documents[a] for a in doc.amends if a in kb.documents]
            lines = [f"{label} แก้ไข/ทบทวน:"] + [f"- {cut(label_of(o, kb.doc_fact(o.id)), 110)}" for o in olds]
            return Draft(kind="fact", lines=lines, cite=[first], confidence=0.85)
        if frame.intent == "doc_signer" and fact.signer:
            lines = [f"ลงนามโดย {fact.signer} ({label})"]
            if fact.signed_on and re.search(r"\d", fact.signed_on):  # "สั่ง ณ วันที่ ...", not a letter's closing
                lines.append(fact.signed_on)
            return Draft(kind="fact", lines=lines, cite=[fact.signer_clause or first], confidence=0.85)
        return None

    @staticmethod
    def _in_force_about(frame: Frame, kb: KB, doc_id: str) -> tuple[str, str] | None:
        """Of a document's sentences of effect, the one beside the most of what the question names ("คณะทำงาน
        ถูกยุบมีผลวันไหน": the dissolution's own date, not the document's default for the rest)."""
        words = [squash(t) for t in frame.content if len(t) >= 2 and not IN_FORCE_WORDS.search(t)]
        best: tuple[int, str, str] | None = None
        for c in kb.in_doc.get(doc_id, []):
            m = IN_FORCE.search(c.text) or IN_FORCE_LOOSE.search(c.text)
            if m is None:
                continue
            score = sum(1 for w in words if w and w in kb.squashed.get(c.uid, ""))
            if best is None or score > best[0]:
                best = (score, m.group(0).strip(), c.uid)
        return (best[1], best[2]) if best is not None and best[0] > 0 else None

    @staticmethod
    def _own_date(frame: Frame, kb: KB) -> Draft | None:
        """ "เปลี่ยนประธาน GCIO มีผลวันไหน": the date the clause setting that rule gives for itself, when it has
        one of its own (a clause, a sibling "This clause takes effect on ...", or "เว้นแต่ข้อ ๓ ...")."""
        subs = [k for k in frame.committees if any(c.key == k and c.sub for c in kb.book.committees)]
        subs = subs if re.search(r"คณะ(?:อนุ|ทำงาน)|sub-?committee|working group", frame.text, re.I) else []
        seats = frame.committee_named and COMPOSITION_WORDS.search(frame.text)  # "องค์ประกอบ กก. GCIO ชุดใหม่"
        if frame.role is None and not subs and not seats:
            return None  # a seat's rule, or a working group's ("คณะอนุฯ นี้"), not the whole resolution
        bangkok = frame.bangkok or bool(re.search(r"กรุงเทพ|กทม|bangkok|bma", frame.text, re.I))
        seat = [f for f in kb.book.roles if not f.quote
                and (frame.role is None or f.role == frame.role)
                and (not frame.committees or f.committee in frame.committees)
                and (f.variant is not None) == bangkok]  # fmt: skip
        seated = [f for f in seat if f.status == "current"]
        # "เปลี่ยนประธานเป็นผู้ว่าฯ มีผลวันไหน": the holder as the question shortens it, else the seat alone
        facts = [f for f in seated if not frame.holders or same_holder(frame.holders[0][0], f.holder)]
        # the holder as the text names it, when the question's short form ("ผอ.ศูนย์ ICT") was matched to one
        named = [kb.roles[i].holder for i in frame.holders[0][1] if i in kb.roles] if frame.holders else []
        holder = named[0] if named else frame.holders[0][0] if frame.holders else None
        holder = holder or (facts[0].holder if len(facts) == 1 else None)
        began = _began(seat, holder) if frame.role and (SINCE.search(frame.text) or not facts) else []
        # "ถูกเพิ่มเป็นผู้ช่วยเลขาฯ ตั้งแต่เมื่อไหร่": when the holder came into the seat, not the newest text
        # that restates it
        facts = began or facts or seated
        if not facts and not bangkok:
            return None
        if frame.role is None and seats and facts:  # the whole composition: as the newest resolution set it
            newest = max(f.date or dt.date.min for f in facts)
            facts = [f for f in facts if (f.date or dt.date.min) == newest]
        for f in sorted(facts, key=lambda f: f.date or dt.date.min, reverse=True):
            found = kb.takes_effect(f.clause)
            if found is None:
                continue
            text, uid = found
            doc = kb.documents.get(f.doc_id)
            label = label_of(doc, kb.doc_fact(doc.id)) if doc else ""
            return Draft(kind="fact", lines=[f"{text} ({label})", f"ในมติ: {cut(f.evidence, 200)}"],
                         cite=[uid, f.clause], confidence=0.85)  # fmt: skip
        doc = kb.documents.get(facts[0].doc_id) if (frame.role is None and seats or began) and facts else None
        if doc is not None:  # the resolution that last set the composition, and when it says it takes effect
            fact = kb.doc_fact(doc.id)
            label = label_of(doc, fact)
            said = kb.by_uid.get(fact.in_force_clause or "") if fact is not None else None
            if said is not None:  # its own words on when (they may date parts of it differently)
                return Draft(kind="fact", lines=[f"{thai_date(doc.date)} ({label})", f"ในมติ: {cut(said.text, 260)}"],
                             cite=[said.uid, facts[0].clause], confidence=0.75)  # fmt: skip
            return Draft(kind="fact", lines=[f"{thai_date(doc.date)} ({label})", messages.NO_IN_FORCE],
                         cite=[facts[0].clause], confidence=0.7)  # fmt: skip
        return None

    @staticmethod
    def _topic_date(frame: Frame, kb: KB) -> Draft | None:
        """ "โอนการอบรมหลักสูตร GCIO ไป ก.พ. มีผลเมื่อไร": the clause that says what the question names, and the
        date it gives itself (in its words, a line beside it, or a heading above)."""
        words = [t for t in frame.content if len(squash(t)) >= 2 and not IN_FORCE_WORDS.search(t)]
        if len(words) < 2:
            return None
        hits = kb.search(
            frame.text, k=6, keep=lambda c: c.status == "current" and c.kind in ("item", "paragraph")
        )
        for h in hits[:3]:
            have = squash(h.clause.text).lower()
            if sum(1 for t in words if squash(t).lower() in have) < 0.5 * len(words):
                continue  # a clause about something else
            found = kb.takes_effect(h.clause.uid)
            if found is None:
                continue
            text, uid = found
            doc = kb.documents.get(h.clause.doc_id)
            label = label_of(doc, kb.doc_fact(doc.id)) if doc else ""
            return Draft(kind="fact", lines=[f"{text} ({label})", f"ในมติ: {cut(h.clause.text, 200)}"],
                         cite=[uid, h.clause.uid], confidence=0.8)  # fmt: skip
        return None

    @staticmethod
    def _issue_date(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        """ "ประเด็นที่ 7 มีผลเมื่อไร": a sentence of the issue's own document that dates that issue by number,
        else the date the clause setting its lead gives for itself."""
        from bot.answering.answerers.lead import best_lead

        if frame.role is not None or not re.search(r"ประเด็น|issue", frame.text, re.I):
            return None
        f = best_lead(frame, kb, vocab)
        if f is None or not f.number:
            return None
        no = f.number.rstrip(")")
        named = re.compile(rf"(?:ประเด็น(?:ลำดับ)?(?:ที่)?|issue\s*(?:no\.?)?)\s*\(?{no}\)?(?!\d)", re.I)
        found = next(
            ((m.group(0).strip(), c.uid) for c in kb.in_doc.get(f.doc_id, [])
             if named.search(c.text) and (m := IN_FORCE.search(c.text))),
            None,
        ) or kb.takes_effect(f.clause)  # fmt: skip
        if found is None:
            return None
        text, uid = found
        doc = kb.documents.get(f.doc_id)
        label = label_of(doc, kb.doc_fact(doc.id)) if doc else ""
        return Draft(kind="fact", lines=[f"{text} ({label})"], cite=[uid, f.clause], confidence=0.85)

    @staticmethod
    def _letter(frame: Frame, kb: KB, doc: DocInfo, fact: DocFact, first: str) -> Draft | None:
        """ "หนังสือเวียนแจ้งมติ เลขที่อะไร / ลงวันที่เท่าไร": the circular's own reference and day, which
        are not the resolution's; the newest circular when the one asked about is no letter."""
        if not (fact.reference or fact.letter_date):
            letters = [
                d for d in kb.docs_by_date() if (f := kb.doc_fact(d.id)) and (f.reference or f.letter_date)
            ]
            if not letters:
                return None
            doc = letters[-1]
            fact = kb.doc_fact(doc.id) or fact
            first = next((c.uid for c in kb.clauses if c.doc_id == doc.id), first)
        said = f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)} เรื่อง {cut(doc.title, 120)}"
        lines = []
        if fact.reference and (REFERENCE_WORDS.search(frame.text) or not frame.when):
            lines.append(f"หนังสือที่ {fact.reference}")
        if fact.letter_date and (frame.when or not lines):
            lines.append(f"หนังสือลงวันที่ {fact.letter_date}")
        if not lines:
            return None
        lines.append(f"(แจ้ง{said})")
        return Draft(kind="fact", lines=lines, cite=[first], confidence=0.85)

    def _meeting(self, frame: Frame, kb: KB, vocab: Vocabulary, fact: DocFact) -> Draft | None:
        """The meeting asked about: by number, by what it dealt with, by the body that met."""
        numbers = {re.sub(r"\s", "", n) for n in NUMBER.findall(frame.text)}
        meetings = [m for d in kb.book.documents for m in d.meetings]
        if numbers:
            meetings = [m for m in meetings if m.number in numbers]
        bare = set(_BARE_NUMBER.findall(frame.text)) if not numbers else set()
        if bare:  # "ครั้งที่ 5 ล่ะ", "ครั้ง 3 กับ 4": by the number before the year
            numbers = bare
            said = sorted({m.number for m in meetings})
            meetings = [m for m in meetings if m.number.split("/")[0].strip() in bare]
            if not meetings:
                line = messages.NO_MEETING.format(", ".join(said)) if said else messages.NO_DATE
                return Draft(kind="fact", lines=[line], cite=[], abstain=True, confidence=0.0)
        cabinet = [m for m in meetings if re.search(r"^(?:คณะรัฐมนตรี|ครม)", m.body)]
        if cabinet and names_cabinet(frame.text):
            meetings = cabinet  # "ครม. พิจารณาเรื่อง GCIO ในการประชุมครั้งที่เท่าไร": the cabinet's own meeting
        elif frame.committee_named:  # "คณะอนุกรรมการ GEA ประชุมเมื่อไร": only that body's meetings
            forms = {squash(a) for key in frame.committees for a in vocab.committees.items[key].aliases}
            meetings = [
                m for m in meetings if any(f and f in squash(self._context(kb, m, 400)) for f in forms)
            ]
            if not meetings:
                return Draft(
                    kind="fact",
                    lines=[messages.NO_DATE_EN if frame.english else messages.NO_DATE],
                    cite=[],
                    abstain=True,
                    confidence=0.0,
                )
        in_last = [m for m in meetings if m.clause == frame.clause_context]
        if not numbers and not in_last and frame.clause_context and THAT_MEETING.search(frame.text):
            # "ประชุมร่วมนั้นจัดวันไหน": the meeting the last answer told of, which the text gives no day for
            line = messages.NO_DATE_EN if frame.english else messages.NO_DATE
            return Draft(kind="fact", lines=[line], cite=[frame.clause_context], abstain=True, confidence=0.0)
        which = _WHICH_OF_TWO.search(frame.text)
        if not numbers and in_last and (THAT_MEETING.search(frame.text) or which or not frame.content):
            meetings = in_last  # "ครั้งนั้นเห็นชอบอะไร", "วันที่เท่าไหร่บ้าง": the meetings just named
            if which and len(meetings) >= 2:  # "ครั้งหลังวันที่เท่าไหร่": the later of them, or the first
                meetings = [meetings[-1] if which.group("later") or which.group("later2") else meetings[0]]
        elif not numbers and frame.content and meetings:
            # the question's own longer words too: "เพิ่มบทบาท" names what was approved, though not a topic word
            plain = kb.thai.stopwords | {"เรื่อง", "ครั้งไหน"}
            topic = set(frame.content) | {
                t for t in kb.thai.tokens(frame.text) if len(t) >= 4 and t not in plain
            }
            order = {d.doc_id: d.date for d in kb.book.documents}

            def overlap(m: Meeting) -> int:
                return len(topic & set(kb.thai.tokens(m.body + " " + self._context(kb, m, 400))))

            def newest(m: Meeting) -> int:
                clause = kb.by_uid.get(m.clause)
                return -(order.get(clause.doc_id if clause else "", dt.date.min)).toordinal()

            ranked = sorted(meetings, key=lambda m: (-overlap(m), newest(m)))
            best = overlap(ranked[0])
            meetings = [m for m in ranked if overlap(m) == best][:2]
        elif not numbers:
            meetings = fact.meetings or meetings
        if not meetings:
            return None
        lines = []
        if len(meetings) > 1 and len({m.clause for m in meetings[:3]}) == 1:  # one sentence names them all
            heads = [f"ครั้งที่ {m.number}" + (f" ({m.date})" if m.date else "") for m in meetings[:3]]
            said = self._context(kb, meetings[0], 260)
            lines.append(f"การประชุม{' และ'.join(heads)} — {said}")
            return Draft(kind="fact", lines=lines, cite=[meetings[0].clause], confidence=0.8)
        decided = re.search(
            r"(?:เห็นชอบ|มีมติ|อนุมัติ|ตกลง)\S{0,8}\s*(?:เรื่อง)?\s*(?:อะไร|ไร)|what did .{0,40}(?:decide|approve|agree)",
            frame.text,
            re.I,
        )
        for m in meetings[:3]:
            head = f"การประชุมครั้งที่ {m.number}" + (f" เมื่อวันที่ {m.date}" if m.date else "")
            # what it decided follows the mention
            said = self._context(kb, m, 360 if decided else 260, forward=bool(decided))
            if len(said) <= len(m.number) + 12 and m.body:  # a minutes' heading says only the number
                said = f"การประชุม{m.body}"
            lines.append(f"{head} — {said}")
        return Draft(kind="fact", lines=lines, cite=[meetings[0].clause], confidence=0.8)

    @staticmethod
    def _context(kb: KB, m: Meeting, size: int, forward: bool = False) -> str:
        """The words around a meeting's mention: who met and what they decided (`forward`: what follows)."""
        clause = kb.by_uid.get(m.clause)
        if clause is None:
            return m.body
        text = re.sub(r"\s+", " ", clause.text)
        at = text.find(m.number.split("/")[0] + "/" + m.number.split("/")[1]) if "/" in m.number else -1
        if at < 0:
            return window(text, {m.number: 1.0}, size)
        verb = re.compile(r"เห็นชอบ|มีมติ|อนุมัติ|ตกลง").search(text, at, at + 90) if forward else None
        if verb is not None:  # "...ครั้งที่ 1/2563 เมื่อวันที่ ... เห็นชอบ X": from the decision on
            return cut(text[verb.start() :], size)
        start = text.rfind(" ", 0, max(0, at - size // 2)) + 1
        return cut(text[start:], size)

    @staticmethod
    def which(frame: Frame, kb: KB, vocab: Vocabulary) -> DocInfo | None:
        """The document asked about: by its number or date, by a rule it set or a committee it created,
        by words of its title, else the latest."""
        every = kb.docs_by_date()
        docs = [d for d in every if any(c.doc_id == d.id for c in kb.clauses)]
        if not docs:
            return None
        numbers = {re.sub(r"\s", "", n) for n in NUMBER.findall(frame.text)}
        by_number = [
            d
            for d in every
            if (kb.doc_fact(d.id) or DocFact(doc_id="", title="", date=d.date)).number in numbers
        ]
        if by_number:
            return by_number[-1]
        named = []
        if frame.date is not None:
            named = [d for d in every if d.date == frame.date]
        if not named and frame.month is not None:
            named = [d for d in every if (d.date.year, d.date.month) == frame.month]
        if not named and frame.year is not None:
            named = [d for d in every if d.date.year == frame.year]
        if named:
            if OBJECT_OF_AMENDING.search(frame.text) or (frame.yesno and THE_REVIEW.search(frame.text)):
                # "มติทบทวน GCIO นี้มีมติเมื่อ 26 พ.ย. 62 ใช่ไหม": the review, whatever day is claimed for it
                # "มติที่ไปแก้ของปี 62 ออกวันไหน": the date names the resolution amended, not the one asked
                amending = [d for d in docs if named[-1].id in d.amends]
                if amending:
                    return amending[0]
            return named[-1]
        if frame.latest:
            return docs[-1]
        if frame.role is None and re.search(
            r"\boriginal(?:ly)?\b|ต้นฉบับ|ฉบับแรก|มติแรก|แรกสุด", frame.text, re.I
        ):
            return every[
                0
            ]  # "the original guideline was approved when?": the first of them (maybe front matter only)
        kind = KIND_NAMED.search(frame.text)
        if kind:  # "ประกาศฉบับที่ 2 … เมื่อไร": the documents of the kind named, not a resolution
            of_kind = [d for d in docs if (f := kb.doc_fact(d.id)) and f.kind.startswith(kind.group(1))]
            if of_kind:
                return of_kind[-1]
        if frame.role is not None:  # "มติที่ให้ ผอ.สพร. เป็นเลขาฯ GCIO": the resolution that set that rule
            facts = [f for f in kb.book.roles if f.role == frame.role and not f.quote
                     and (not frame.committees or f.committee in frame.committees)
                     and (not frame.holders or (f.holder and same_holder(frame.holders[0][0], f.holder)))]  # fmt: skip
            if facts and (frame.holders or frame.committees):
                # "ครั้งแรกที่กำหนดให้ X เป็นเลขาฯ": the first that did; else the newest that says so
                first = re.search(r"ครั้งแรก|แรกสุด|\bfirst\b", frame.text, re.I)
                latest = (min if first else max)(facts, key=lambda f: f.date or dt.date.min)
                return kb.documents.get(latest.doc_id)
        if frame.role is None and frame.committees and COMPOSITION_WORDS.search(frame.text):
            # "องค์ประกอบใหม่ของกรรมการ GCIO มีผลวันไหน": the newest resolution that seated anyone in that body
            seated = [f for f in kb.book.roles if f.committee in frame.committees and not f.quote and f.date]
            if seated:
                first = re.search(r"ครั้งแรก|แรกสุด|\bfirst\b", frame.text, re.I)
                pick = (min if first else max)(seated, key=lambda f: f.date or dt.date.min)
                if kb.documents.get(pick.doc_id) is not None:
                    return kb.documents[pick.doc_id]
        if frame.committee_named and ASKS_CANCEL.search(frame.text):
            # "มติที่ยุบคณะทำงาน X วันไหน": the resolution that ended it, not the one that set it up
            forms = {squash(a) for key in frame.committees for a in vocab.committees.items[key].aliases}
            ended = [d for d in docs if any(
                c.doc_id == d.id and any(f and f in kb.squashed[c.uid] for f in forms)
                for c in kb.cancelling_clauses)]  # fmt: skip
            if ended:
                return ended[-1]
        if frame.committee_named:
            defined = [c.doc_id for c in kb.book.committees if c.key in frame.committees and c.doc_id]
            made = [d for d in docs if d.id in defined]
            if made and made[-1].id != docs[0].id:
                return made[-1]
        topic = [t for t in frame.content if t not in {"มติ", "ครม", "คณะรัฐมนตรี", "resolution", "cabinet"}]
        if topic:
            # "มติที่ทบทวนแนวทาง GCIO": the review is a resolution that amends another
            amending = {d.id for d in docs if d.amends} if AMEND_WORDS.search(frame.text) else set()
            hits = kb.search(frame.text, k=3, keep=(lambda c: c.doc_id in amending) if amending else None)
            if hits and sum(1 for t in topic if t in kb.thai.tokens(hits[0].clause.text)) >= max(
                1, len(topic) // 2
            ):
                doc = kb.documents.get(hits[0].clause.doc_id)
                if doc is not None:
                    return doc
        if (
            frame.history and frame.intent != "doc_amends"
        ):  # "which earlier resolution does it amend": not that one
            amended = [kb.documents[a] for a in docs[-1].amends if a in kb.documents]
            if amended:
                return amended[0]
        return docs[-1]


_ENGLISH_NAME = re.compile(
    r"ชื่อ(?:ภาษา)?อังกฤษ|ภาษาอังกฤษ(?:ชื่อ|เรียก)|english (?:name|title)|called in english", re.I
)
_LATIN_TITLE = re.compile(r"\(((?:[A-Z][A-Za-z]*[\s,]*|\([A-Z]{2,8}\)\s*){2,})\)")


def _english_of(frame: Frame, kb: KB) -> Draft | None:
    """ "ที่ให้เอาโน้ตบุ๊กตัวเองมาใช้ ภาษาอังกฤษเรียกว่าไร": the English name in brackets beside the thing the question
    names (by the glossary's words for it), not the resolution's title."""
    topic = [
        t for t in frame.content
        if len(t) >= 3 and not _ENGLISH_NAME.search(t) and not re.search(r"อังกฤษ|english|แนวทาง|มติ|guideline|resolution", t, re.I)
    ]  # fmt: skip
    if not topic:
        return None
    forms = {squash(x) for t in topic for x in [t, *kb.glossary.expansions(t)] if len(squash(x)) >= 3}
    for h in kb.search(frame.text, k=5, keep=lambda c: c.status != "superseded"):
        text = h.clause.text
        for m in re.finditer(r"\(([A-Z][A-Za-z]+(?:[ -][A-Za-z]+){1,6})\)", text):
            before = squash(text[max(0, m.start() - 60) : m.start()])
            if any(f in before for f in forms):
                # the Thai it glosses: back to where its phrase starts ("... และการนำอุปกรณ์ไอทีส่วนตัวมาใช้...")
                near = text[max(0, m.start() - 100) : m.start()]
                thai = re.split(r"\s(?:และ|หรือ|เช่น)\s*|[(),;]", near)[-1].strip()
                return Draft(
                    kind="fact", lines=[f"{m.group(1)} ({thai})"], cite=[h.clause.uid], confidence=0.75
                )
    return None


def title_in_english(frame: Frame, kb: KB) -> Draft | None:
    """ "ชื่อภาษาอังกฤษของแนวทางนี้คืออะไร": the English name a resolution's title gives in brackets."""
    if not _ENGLISH_NAME.search(frame.text):
        return None
    named = _english_of(frame, kb)
    if named is not None:
        return named
    asks_body = re.search(r"คณะ|กก\.|คกก|committee|board", frame.text, re.I) and not re.search(
        r"แนวทาง|มติ|guideline|resolution", frame.text, re.I
    )
    body = next((c for c in kb.book.committees if asks_body and c.key == frame.committee), None)
    if body is not None:  # "What is the provincial committee called in English?": its English name
        names = set(body.aliases) | {body.name}
        english = [key for key, thai in kb.glossary.terms.items()
                   if re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Za-z]+){2,}", key) and names & set(thai)]  # fmt: skip
        said = next(
            (c.uid for c in kb.clauses if c.doc_id == body.doc_id and english and english[0] in c.text), None
        )
        if english and said:
            return Draft(
                kind="fact", lines=[f"{body.prefix} {english[0]} ({body.key})"], cite=[said], confidence=0.8
            )
    for doc in reversed(kb.docs_by_date()):
        m = _LATIN_TITLE.search(doc.title)
        first = next((c.uid for c in kb.clauses if c.doc_id == doc.id), None)
        if m and first:
            return Draft(kind="fact", lines=[m.group(1).strip(), f"({label_of(doc, kb.doc_fact(doc.id))})"],
                         cite=[first], confidence=0.8)  # fmt: skip
    return None


# "ที่มา: ที่ประชุมคณะรัฐมนตรี พลเอก ประยุทธ์ จันทร์โอชา (นายกรัฐมนตรี)": who chaired the cabinet that day
# "chaired the cabinet meeting", "ประธานที่ประชุม ครม.": who presided, no committee's seat
_MEETING_CHAIR = re.compile(
    r"chair(?:ed|s)?\s+(?:the|that)\s+(?:cabinet\s+)?meeting|presid\w*\s+over|ประธาน\S{0,6}(?:ที่|การ)?ประชุม",
    re.I,
)
_PRIME_MINISTER = re.compile(
    r"((?:พลเอก|พล\.อ\.|นาย|นางสาว|นาง|ดร\.)\s*[\u0e01-\u0e4e]+\s+[\u0e01-\u0e4e]+)\s*\(\s*นายกรัฐมนตรี\s*\)"
)
_ASKS_PRIME_MINISTER = re.compile(
    r"(?<!รอง)(?<!สำนัก)นายก(?:รัฐมนตรี|ฯ|\s|$)|(?<!deputy )(?<!vice )prime minister(?!'s office)|(?<!deputy )(?<!vice )\bPM\b(?!'s office)"
    r"|ประธาน\S{0,6}(?:ที่|การ)?ประชุม\s*(?:ครม|คณะรัฐมนตรี)|(?:ประชุม\s*)(?:ครม|คณะรัฐมนตรี)(?:(?!ให้|ตั้ง|มติให้).){0,24}?ใคร\s*เป็น\s*ประธาน"
    r"|chair(?:ed)? (?:the|that) (?:cabinet )?meeting|presid(?:ed|es|ing)?\s+over\s+(?:the|that)\s+(?:cabinet\s+)?meeting",
    re.I,
)


def cabinet_chair(frame: Frame, kb: KB) -> Draft | None:
    """ "นายกฯ ตอนนั้นคือใคร", "ประชุม ครม. วันนั้นใครเป็นประธาน": the name the resolution's own source line
    gives, never a committee's chair."""
    if (
        not _ASKS_PRIME_MINISTER.search(frame.text)
        # a committee the turn names itself, not one a follow-up took from the last turn
        # ("Which PM chaired the meeting that passed this GCIO resolution?" asks the Prime Minister all the same)
        or (
            frame.committee_named
            and re.search(r"คณะ|กก\.|คกก|committee|[GP]CIO", frame.text, re.I)
            and not (
                re.search(r"(?<!รอง)(?<!สำนัก)นายก(?:รัฐมนตรี|ฯ)|prime minister|\bPM\b", frame.text, re.I)
                and not Vocabulary.roles_in(_MEETING_CHAIR.sub(" ", frame.text))
            )
        )
        or frame.prediction  # "ใครจะเป็นนายกฯ คนต่อไป": no text says
        or SIGN_WORDS.search(frame.text)  # "ใครลงนาม": the signer, read elsewhere
        or not (
            frame.who
            or frame.asks_name
            or re.search(r"\b(?:which|what)\s+(?:pm|prime minister)\b", frame.text, re.I)
        )
    ):
        return None
    newest_first = {doc.id: rank for rank, doc in enumerate(reversed(kb.docs_by_date()))}
    named = [(newest_first[c.doc_id], m, c) for c in kb.clauses
             if c.doc_id in newest_first and (m := _PRIME_MINISTER.search(c.text))]  # fmt: skip
    if not named:
        return None
    _, m, c = min(named, key=lambda x: x[0])  # the newest resolution's; the first of it, read in order
    return Draft(kind="fact", lines=[f"{m.group(1)} (นายกรัฐมนตรี)", f"ในมติ: {cut(c.text, 160)}"],
                 cite=[c.uid], confidence=0.8)  # fmt: skip
