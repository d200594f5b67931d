"""Who joined or left a committee: "มติ 22 ส.ค. 66 เพิ่มใครเป็นกรรมการ GCIO", "members added and removed in 2024".

A resolution often restates the whole list of members; the ones it added are those nobody held just
before it, which is what such a question asks, not the whole list again.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from rapidfuzz import fuzz

from bot.answering.answerers.base import Draft
from bot.answering.answerers.document import Document
from bot.answering.answerers.roles_common import committee_label
from bot.answering.frame import JOINED, LEFT, Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary, squash
from bot.knowledge.amend import same_named
from bot.knowledge.english import thai_part
from bot.knowledge.facts import ROLE_THAI, TITLE_START, RoleFact
from bot.thai import thai_date

# "หลังมติปี 63": the resolutions after it; "ตั้งแต่มติ 15 มี.ค. 65": that one and those after
_AFTER = re.compile(r"หลัง(?:จาก)?\s*(?:มติ|ครม|ปี|วัน|\d)|\bafter\b", re.I)
_SINCE = re.compile(r"ตั้งแต่\s*(?:มติ|ครม|ปี|วัน|\d)|\bsince\b", re.I)
# one member of a list written in a line: "เลขาธิการ ก.พ. เลขาธิการ ก.พ.ร. ผู้อำนวยการสำนักงบประมาณ และ..."
_ONE_EACH = re.compile(rf"\s*(?:[,;]|\s+และ\s*|\s+(?=(?:ผู้|รอง|{TITLE_START})))\s*")
_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")


def _members(holder: str) -> list[str]:
    """The members a line names, split outside brackets ("(depa / ผู้อำนวยการใหญ่...)" is one name's gloss)."""
    asides: list[str] = []

    def hide(m: re.Match[str]) -> str:
        asides.append(m.group(0))
        return f"\x00{len(asides) - 1}\x00"

    parts = _ONE_EACH.split(_BRACKETED.sub(hide, holder))
    shown = [re.sub(r"\x00(\d+)\x00", lambda m: asides[int(m.group(1))], p).strip() for p in parts]
    return [p for p in shown if len(squash(p)) >= 4]


def _span(frame: Frame) -> tuple[dt.date, dt.date] | None:
    """The day, month or year the question names: its first day, and the first day after it."""
    if frame.date:
        return frame.date, frame.date + dt.timedelta(days=1)
    if frame.month:
        year, month = frame.month
        return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1)
    if frame.year:
        return dt.date(frame.year, 1, 1), dt.date(frame.year + 1, 1, 1)
    return None


class MembersChanged:
    name = "members_changed"

    def applies(self, frame: Frame) -> bool:
        return frame.members_changed

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        subs = [c.key for c in kb.book.committees if c.sub]
        keys = [k for k in frame.committees if not frame.sub or k in subs] or (subs if frame.sub else [])
        keys = keys or [vocab.default_committee([c.key for c in kb.book.committees])]
        for key in keys:  # "อนุกรรมการในคณะอนุกรรมการระดับจังหวัด": the sub-committee asked, not the main one
            draft = self._of(frame, kb, vocab, key)
            if draft is not None:
                return draft
        return None

    def _of(self, frame: Frame, kb: KB, vocab: Vocabulary, key: str | None) -> Draft | None:
        seats = [f for f in kb.roles_of(key) if not f.quote]
        gone = [f for f in kb.removed_seats if f.committee == key]
        joined_asked, left_asked = bool(JOINED.search(frame.text)), bool(LEFT.search(frame.text))
        if not (joined_asked or left_asked):
            joined_asked = left_asked = True

        def norm(name: str) -> str:
            return squash(kb.glossary.substitute(thai_part(name)))

        def same(a: str, b: str) -> bool:
            """One member by any of its names, but "เลขาธิการ ก.พ." is not "เลขาธิการ ก.พ.ร."."""
            na, nb = norm(a), norm(b)
            if na == nb or fuzz.ratio(na, nb) >= 92:
                return True
            return same_named(a, b, kb.glossary)

        def held_before(name: str, day: dt.date) -> RoleFact | None:
            for f in kb.in_force(seats, day - dt.timedelta(days=1)):
                if f.holder and any(same(p, name) for p in _members(f.holder)):
                    return f
            return None

        @functools.cache  # the latest resolution that changed the seats is looked for, then answered: once each
        def changes(doc_id: str, day: dt.date) -> tuple[list[str], list[str], list[str]]:
            joined: dict[str, str] = {}
            cite: list[str] = []
            for f in seats:
                if f.doc_id != doc_id or f.role != "member" or not f.holder:
                    continue
                for name in _members(f.holder):
                    was = held_before(name, day)
                    if was is not None and was.role == "member":
                        continue
                    moved = f" (เดิมเป็น{ROLE_THAI[was.role]})" if was is not None else ""
                    joined.setdefault(norm(name), name + moved)
                    cite.append(f.clause)
            left = []
            for f in gone:
                ended, _ = kb.removal(f)
                if ended is not None and ended.doc_id == doc_id and f.holder:
                    left.append(f.holder)
                    cite.append(ended.uid)
            return list(joined.values()) if joined_asked else [], left if left_asked else [], cite

        docs = kb.docs_by_date()
        span = _span(frame)
        if span and (_AFTER.search(frame.text) or _SINCE.search(frame.text)):
            first = span[1] if _AFTER.search(frame.text) else span[0]
            scope = [d for d in docs if d.date >= first]
        elif span:
            doc = Document.which(frame, kb, vocab)
            scope = [doc] if doc is not None else []
        else:  # none named: the latest resolution that changed who sits on it
            latest = next((d for d in reversed(docs) if any(changes(d.id, d.date)[:2])), None)
            scope = [latest] if latest is not None else []
        label = committee_label(vocab, key)
        # "อนุกรรมการ" of a sub-committee, as its own lines name the seat
        member = next((f.role_text for f in seats if f.role == "member" and f.role_text), "กรรมการ")
        member = member if len(member) <= 20 else "กรรมการ"
        lines: list[str] = []
        cite: list[str] = []
        for doc in scope:
            joined, left, used = changes(doc.id, doc.date)
            if not joined and not left:
                continue
            cite += used
            when = doc.date.strftime("%-d %B %Y") if frame.english else thai_date(doc.date)
            lines.append(
                f"Cabinet resolution of {when} — {label}:" if frame.english else f"มติ ครม. {when} — {label}:"
            )
            if joined:
                lines.append(
                    ("- Added as members: " if frame.english else f"- เพิ่มเป็น{member}: ") + "; ".join(joined)
                )
            if left:
                lines.append(("- Removed: " if frame.english else f"- ตัดออกจาก{member}: ") + "; ".join(left))
        if not lines:
            return None
        return Draft(kind="history", lines=lines, cite=list(dict.fromkeys(cite))[:3], confidence=0.8)
