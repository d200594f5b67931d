"""Who holds a role: "ใครเป็นประธาน PCIO", "เลขาฯ GCIO คือใคร", "who chairs the GCIO committee"."""

from __future__ import annotations

import dataclasses
import re

from bot.answering.answerers.base import Draft, role_line
from bot.answering.answerers.roles_common import (
    change_verdict,
    claimed_verdict,
    committee_label,
    holder_draft,
    holder_text,
    in_force,
)
from bot.answering.frame import DATE_SPAN, Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary
from bot.core import messages
from bot.knowledge.amend import same_holder
from bot.knowledge.facts import ROLE_THAI, RoleFact

_ORDINALS = {"หนึ่ง": 1, "แรก": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5,
             "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}  # fmt: skip
_ASKED_ORDINAL = re.compile(
    r"คนที่\s*(\d|หนึ่ง|สอง|สาม|สี่|ห้า)|คนแรก|\b(first|second|third|fourth|fifth)\s+(?:vice|deputy)", re.I
)
# "who was it before 2020, and is there one now?": the year's holder, then today's
_ALSO_NOW = re.compile(r"ตอนนี้|ปัจจุบัน|ล่าสุด|\bnow\b|currently|today|\bstill\b|ยังมี", re.I)
_HELD_ORDINAL = re.compile(r"คนที่\s*(\d|หนึ่ง|สอง|สาม|สี่|ห้า)")


def _rank(word: str) -> int:
    return int(word) if word.isdigit() else _ORDINALS.get(word.lower(), 0)


def _ordinal(frame: Frame, facts: list[RoleFact]) -> list[RoleFact]:
    """ "รองประธานคนที่สอง", "the second vice-chair": of several holders of a seat, the one the text numbers so."""
    asked = _ASKED_ORDINAL.search(frame.text)
    if not asked or len(facts) < 2:
        return facts
    rank = _rank(asked.group(1) or asked.group(2) or "แรก")
    numbered = [f for f in facts if (m := _HELD_ORDINAL.search(f.role_text)) and _rank(m.group(1)) == rank]
    return numbered or facts


# "ใครถูกตัดออกจากกรรมการ", "who was removed from the committee": seats a resolution ended
REMOVED_ASKED = re.compile(
    r"ตัด\S{0,20}ออก|ถูกถอด|ถอดออก|เอาออก|พ้นจาก|ไม่ได้เป็น\S{0,10}แล้ว|removed|dropped|taken off|no longer", re.I
)


class RoleHolder:
    name = "role_holder"

    def applies(self, frame: Frame) -> bool:
        return frame.role is not None and frame.intent in (
            "who_holds",
            "history",
            "yes_no",
            "holder_roles",
            "composition",
        )

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        role = frame.role
        assert role is not None
        if REMOVED_ASKED.search(frame.text):
            removed = self._removed(frame, kb, vocab)
            if removed is not None:
                return removed
        order = [c.key for c in kb.book.committees]
        if frame.committees:
            committees = frame.committees
        elif frame.committee:  # no name in the question: the committee its meaning points to
            committees = [frame.committee]
        else:
            committees = sorted({f.committee for f in kb.book.roles if f.role == role and f.committee},
                                key=lambda k: order.index(k) if k in order else 99)  # fmt: skip
            if frame.sub:
                committees = [k for k in committees if vocab.committees.items[k].sub] or committees
        facts = []
        for key in committees[:3]:
            for r in frame.roles or [role]:
                facts += in_force(kb, key, r, frame)
        unique: dict[tuple, RoleFact] = {}
        for f in sorted(
            facts, key=lambda f: f.quote
        ):  # a rule once, from its own text rather than a quotation
            unique.setdefault((f.committee, f.role, f.holder, f.variant), f)
        facts = _ordinal(frame, list(unique.values()))
        if not facts and role == "secretariat" and frame.roles in ([], ["secretariat"]):
            # "ฝ่ายเลขา" is also what officials call the secretary; where no secretariat is named, it is that
            frame.role, frame.roles = "secretary", ["secretary"]
            return self.answer(frame, kb, vocab)
        if not facts:
            return self._missing(frame, kb, vocab, committees[0] if committees else None)
        draft = holder_draft(kb, vocab, facts, frame)
        if frame.in_force_at is not None and _ALSO_NOW.search(frame.text):
            today = dataclasses.replace(frame, year=None, as_of=None)
            now = in_force(kb, facts[0].committee, facts[0].role, today)
            if (
                now
                and now[0].clause != facts[0].clause
                and not same_holder(now[0].holder or "", facts[0].holder or "")
            ):
                label = "Now" if frame.english else "ปัจจุบัน"
                draft.lines.append(f"{label}: {holder_text(now[0], today, kb)}")
                draft.cite.append(now[0].clause)
            return draft
        verdict = change_verdict(kb, frame, facts[0]) or claimed_verdict(kb, frame, facts[0])
        if verdict:
            joint = " — " if verdict in (messages.YES, messages.NO) else ": "
            draft.lines[0] = f"{verdict}{joint}{draft.lines[0]}"
        elif frame.history and draft.previously:
            # "เดิมใครเป็น...": the old holder first, then what it is now; a restatement of the same holder
            # ("ประธาน: X (คงเดิม)") is no earlier holder, the one before it is
            old_text, old_uid = next(
                (p for p in draft.previously if not same_holder(p[0], facts[0].holder)), draft.previously[0]
            )
            label = committee_label(vocab, facts[0].committee)
            old_line = role_line(facts[0], label, old_text, frame.english)
            draft.lines = [f"{messages.PREVIOUSLY} {old_line}", f"ปัจจุบัน: {holder_text(facts[0], frame, kb)}"]
            draft.cite = [old_uid, *draft.cite]
            draft.previously = []
            draft.kind = "history"
        elif (
            frame.history and facts[0].replaced and not same_holder(facts[0].replaced, facts[0].holder or "")
        ):
            # Bangkok's seat, once the second half of a "X/Y" holder for all: Y, then what it is now
            label = committee_label(vocab, facts[0].committee)
            old_line = role_line(facts[0], label, facts[0].replaced, frame.english)
            draft.lines = [f"{messages.PREVIOUSLY} {old_line}", f"ปัจจุบัน: {holder_text(facts[0], frame, kb)}"]
            draft.kind, draft.replaced_note = "history", None
        return draft

    def _missing(self, frame: Frame, kb: KB, vocab: Vocabulary, committee: str | None) -> Draft | None:
        """The committee is known but the text names no such role: say so, and what it does name."""
        if committee is None:
            return None
        known = sorted(kb.in_force(kb.roles_of(committee)), key=lambda f: f.role)
        label = committee_label(vocab, committee)
        text = messages.ROLE_MISSING.format(role=ROLE_THAI[frame.role or "member"], committee=label)
        lines = [text]
        if known:
            listed = "; ".join(f"{ROLE_THAI[f.role]}: {f.holder}" for f in known[:3] if f.holder)
            lines.append(messages.ROLE_MISSING_KNOWN.format(known=listed))
        return Draft(
            kind="role", lines=lines, cite=[f.clause for f in known[:1]], abstain=True, confidence=0.0
        )

    @staticmethod
    def _removed(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        """Members a later resolution took off the committee, with the line that did it."""
        from bot.answering.answerers.document import Document  # (document imports this module's neighbours)

        named = Document.which(frame, kb, vocab) if DATE_SPAN.search(frame.text) else None
        gone = [f for f in kb.removed_seats if (not frame.committees or f.committee in frame.committees)
                and (named is None or (kb.removal(f)[0] or f).doc_id == named.id)]  # fmt: skip
        if not gone:
            return None
        lines, cite = [], []
        for f in gone[:4]:
            ended, when = kb.removal(f)
            label = committee_label(vocab, f.committee)
            lines.append(f"{f.holder} — พ้นจากตำแหน่ง{f.role_text or 'กรรมการ'} ({label}) ยกเลิก/ตัดออกแล้ว{when}")
            cite.append(ended.uid if ended else f.clause)
        return Draft(kind="history", lines=lines, cite=cite, confidence=0.8)
