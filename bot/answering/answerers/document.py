"""Facts about the resolutions themselves: when decided, who proposed, what they amend, meetings, signer."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB, DocInfo
from bot.answering.vocab import Vocabulary
from bot.thai import thai_date

DOC_INTENTS = ("doc_date", "doc_proposer", "doc_amends", "doc_meeting", "doc_signer")


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
        label = f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)} เรื่อง {cut(doc.title, 150)}"
        if frame.intent == "doc_meeting" or (
            frame.intent == "doc_date" and re.search(r"\d+/\d{4}", frame.text)
        ):
            return self._meeting(frame, kb, fact)
        if frame.intent == "doc_date":
            return Draft(
                kind="fact", lines=[f"{thai_date(doc.date)} ({label})"], cite=[first], confidence=0.85
            )
        if frame.intent == "doc_proposer" and fact.proposer:
            lines = [f"{fact.proposer} เป็นผู้เสนอ ({label})"]
            if fact.proposer_text and fact.proposer_text not in lines[0]:
                lines.append(f"ในมติ: {cut(fact.proposer_text, 200)}")
            return Draft(kind="fact", lines=lines, cite=[fact.proposer_clause or first], confidence=0.85)
        if frame.intent == "doc_amends" and doc.amends:
            olds = [kb.documents[a] for a in doc.amends if a in kb.documents]
            lines = [f"{label} แก้ไข/ทบทวน:"] + [
                f"- มติคณะรัฐมนตรีวันที่ {thai_date(o.date)} เรื่อง {cut(o.title, 160)}" for o in olds
            ]
            return Draft(kind="fact", lines=lines, cite=[first], confidence=0.85)
        if frame.intent == "doc_signer" and fact.signer:
            return Draft(kind="fact", lines=[f"ลงนามโดย {fact.signer} ({label})"], cite=[fact.signer_clause or first],
                         confidence=0.85)  # fmt: skip
        return None

    def _meeting(self, frame: Frame, kb: KB, fact) -> Draft | None:
        numbers = re.findall(r"\d+\s*/\s*\d{4}", frame.text)
        meetings = [m for d in kb.book.documents for m in d.meetings]
        if numbers:
            wanted = {re.sub(r"\s", "", n) for n in numbers}
            meetings = [m for m in meetings if m.number in wanted]
        elif frame.content:  # the meeting that dealt with what the question names
            topic = set(frame.content)

            def overlap(m) -> int:
                clause = kb.by_uid.get(m.clause)
                words = set(kb.thai.tokens(m.body + " " + (clause.text[:400] if clause else "")))
                return len(topic & words)

            order = {d.doc_id: d.date for d in kb.book.documents}
            doc_of = {m.clause: kb.by_uid[m.clause].doc_id for m in meetings if m.clause in kb.by_uid}
            ranked = sorted(
                meetings,
                key=lambda m: (-overlap(m), -(order.get(doc_of.get(m.clause, ""), dt.date.min)).toordinal()),
            )
            best = overlap(ranked[0]) if ranked else 0
            meetings = [m for m in ranked if overlap(m) == best and best > 0] or fact.meetings
        else:
            meetings = fact.meetings
        if not meetings:
            return None
        lines = [f"การประชุมครั้งที่ {m.number}" + (f" เมื่อวันที่ {m.date}" if m.date else "") + (f" ({cut(m.body, 120)})" if m.body else "")
                 for m in meetings[:4]]  # fmt: skip
        return Draft(kind="fact", lines=lines, cite=[meetings[0].clause], confidence=0.8)

    @staticmethod
    def which(frame: Frame, kb: KB, vocab: Vocabulary) -> DocInfo | None:
        """The document asked about: by year, by a committee it created, by words of its title, else the latest."""
        every = kb.docs_by_date()
        docs = [d for d in every if any(c.doc_id == d.id for c in kb.clauses)]
        if not docs:
            return None
        if frame.date is not None:
            same = [d for d in every if d.date == frame.date]
            if same:
                return same[-1]
        if frame.month is not None:
            same = [d for d in every if (d.date.year, d.date.month) == frame.month]
            if same:
                return same[-1]
        if frame.latest:
            return docs[-1]
        if frame.year is not None:
            same = [d for d in every if d.date.year == frame.year]
            if same:
                return same[-1]
        if frame.committee_named:
            defined = [c.doc_id for c in kb.book.committees if c.key in frame.committees and c.doc_id]
            made = [d for d in docs if d.id in defined]
            if made and any(not c.startswith("cabinet") for c in defined):
                return made[-1]
        topic = [t for t in frame.content if t not in {"มติ", "ครม", "คณะรัฐมนตรี", "resolution", "cabinet"}]
        if topic:
            hits = kb.search(frame.text, k=3)
            if hits and sum(1 for t in topic if t in kb.thai.tokens(hits[0].clause.text)) >= max(
                1, len(topic) // 2
            ):
                doc = kb.documents.get(hits[0].clause.doc_id)
                if doc is not None:
                    return doc
        if frame.history:
            amended = [kb.documents[a] for a in docs[-1].amends if a in kb.documents]
            if amended:
                return amended[0]
        return docs[-1]
