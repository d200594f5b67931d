"""Where the resolution says something: "เรื่อง BYOD อยู่ข้อไหน", "Where is e-Saraban mentioned?".

The answer is the clause's number path ("ข้อ 2.1") and its own words, found by search with the
"where" words taken out; an item's own number too when asked "ข้อที่เท่าไร"."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut
from bot.answering.frame import LOCATE_CLAIM, LOCATE_WORDS, Frame
from bot.answering.kb import KB, Ranked
from bot.answering.render import section_marks
from bot.answering.vocab import Vocabulary
from bot.core.models import Clause


class Locate:
    name = "locate"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "locate"

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        # Take out the "where" words only: an English match can span the topic ("where is BYOD mentioned")
        query = LOCATE_WORDS.sub(
            lambda m: " " if re.search(r"[\u0e01-\u0e4e]", m.group(0)) else m.group(0), frame.text
        )
        query = re.sub(r"\b(?:where|which|is|are|does|mentioned|covered|discussed|say|section|clause|in the"
                       r" resolution|the)\b", " ", query, flags=re.I)  # fmt: skip
        query = re.sub(r"[\"“”'‘’]", " ", query).strip()
        here = kb.by_uid.get(frame.clause_context or "")
        claim = LOCATE_CLAIM.search(frame.text)
        if claim and here is not None and section_marks(here):
            return self._checked(claim.group(1) or claim.group(2), here, frame, kb)
        pointed = [t for t in frame.content if re.search(re.escape(t) + r"\s*(?:นั้น|นี้|ดังกล่าว)", frame.text)]
        if here is not None and len(pointed) == len(frame.content) and section_marks(here):
            query = ""  # "อยู่ประเด็นที่เท่าไหร่นะ" after an answer: where that answer's clause is
        if len(query) < 2 and here is None:
            return None
        query = kb.glossary.expand(query)  # "BYOD" finds "Bring Your Own Device"
        hits = (
            kb.search(query, k=6, keep=lambda c: c.status != "superseded" and not c.quoted_from)
            if query
            else []
        )
        hits = [h for h in hits if section_marks(h.clause)]
        named = self._naming(frame, kb, vocab)  # "e-Office and e-Saraban": the clause that names them wins
        seat = self._seat(frame, kb)  # "การเปลี่ยนประธาน คกก. GCIO เขียนไว้ข้อไหน": the clause setting that seat
        if not query and here is not None:
            best = Ranked(here)
        elif seat is not None and not named:
            best = Ranked(seat)
        elif named:
            best = next((h for h in hits if h.clause.uid in {c.uid for c in named}), None) or Ranked(named[0])
        elif not hits:
            return None
        else:
            best = hits[0]
        where = " ".join(section_marks(best.clause))
        doc = kb.documents.get(best.clause.doc_id)
        title = (
            f" ของมติ ครม. {doc.date.day}/{doc.date.month}/{doc.date.year + 543}" if doc and doc.date else ""
        )
        lines = [f"อยู่ในข้อ {where}{title}", f"ในมติ: {cut(best.clause.text, 300)}"]
        return Draft(kind="fact", lines=lines, cite=[best.clause.uid], confidence=min(0.8, best.score))

    @staticmethod
    def _checked(claimed: str, here: Clause, frame: Frame, kb: KB) -> Draft:
        """ "อันนี้อยู่ข้อ 2.2 ใช่ไหม": yes when the clause sits at or under the number claimed, else where it is."""
        marks = section_marks(here)
        where = " ".join(marks)
        inside = any(
            m == claimed or m.startswith(claimed + ".") or m.startswith(claimed + " ") for m in marks
        )
        if frame.english:
            verdict = (
                f"Yes — it is in section {where}"
                if inside
                else f"No — it is in section {where}, not {claimed}"
            )
        else:
            verdict = f"ใช่ — อยู่ในข้อ {where}" if inside else f"ไม่ใช่ — อยู่ในข้อ {where} ไม่ใช่ข้อ {claimed}"
        return Draft(
            kind="fact", lines=[verdict, f"ในมติ: {cut(here.text, 300)}"], cite=[here.uid], confidence=0.8
        )

    @staticmethod
    def _seat(frame: Frame, kb: KB) -> Clause | None:
        if frame.role is None or not frame.committee_named or frame.holders:
            return None
        facts = [f for key in frame.committees for f in kb.in_force(kb.roles_of(key, frame.role))
                 if not f.quote and (f.variant is not None) == frame.bangkok]  # fmt: skip
        clause = kb.by_uid.get(facts[0].clause) if len(facts) == 1 else None
        return clause if clause is not None and section_marks(clause) else None

    @staticmethod
    def _naming(frame: Frame, kb: KB, vocab: Vocabulary) -> list[Clause]:
        """Numbered clauses in force that name every exact term asked (newest resolution first)."""
        from bot.answering.answerers.claim import claim_terms

        terms = [t for t in claim_terms(frame, vocab) if not re.fullmatch(r"\d+\S*", t[0])]
        if not terms:
            return []
        dates = {d.id: d.date for d in kb.documents.values()}
        found = [
            c
            for c in kb.clauses
            if c.status != "superseded" and not c.quoted_from and section_marks(c)
            and all(any(f in kb.squashed[c.uid] for f in forms) for forms in terms)
        ]  # fmt: skip
        return sorted(found, key=lambda c: dates.get(c.doc_id) or dt.date.min, reverse=True)
