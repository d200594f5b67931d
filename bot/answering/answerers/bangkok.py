"""Whether a body's rule covers Bangkok, now or in a year asked: "PCIO ตามมติปี 62 ครอบคลุม กทม. ด้วยไหม".

The seats in force then say it: a Bangkok variant, or a holder named for Bangkok, means yes; none means no, and
the resolution that first named Bangkok's seats says since when."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import BANGKOK_WORDS, Vocabulary
from bot.core import messages
from bot.thai import thai_date

_COVERS = re.compile(
    r"ครอบคลุม|รวม(?:ถึง)?|ใช้กับ|ใช้บังคับกับ|(?:เขียน|พูด|กล่าว)ถึง|\binclude|\bcover|\bappl(?:y|ies)\s+to|\bmention",
    re.I,
)


def _for_bangkok(f) -> bool:
    return bool(f.variant) or "กรุงเทพ" in (f.holder or "")


_ADDED_WHEN = re.compile(r"เพิ่ม|ใส่|รวม|เข้ามา|ครอบคลุม|\badded\b|\bincluded?\b|\bbrought\s+in", re.I)


def covers_bangkok(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
    when_added = frame.when and not frame.yesno and _ADDED_WHEN.search(frame.text)
    if not ((frame.yesno and _COVERS.search(frame.text)) or when_added) or vocab.roles_in(frame.text):
        return None
    if not BANGKOK_WORDS.search(frame.text):
        return None
    # a committee named, or one the conversation is about when the turn names nothing else ("BYOD ใช้กับ กทม.
    # ไหม" is about BYOD)
    other = [
        t for t in frame.content if not BANGKOK_WORDS.search(t) and not re.search(r"มติ|ครม|เก่า|ใหม่|ก่อน", t)
    ]
    key = frame.committee if frame.committees and (frame.committee_named or not other) else None
    seats = kb.roles_of(key) if key else []
    if not seats:
        return None
    if when_added:  # "กทม. ถูกใส่เข้ามาในองค์ประกอบ PCIO ตอนปีไหน": the resolution that first seated Bangkok
        first = min((f for f in seats if _for_bangkok(f) and f.date), key=lambda f: f.date, default=None)
        if first is None:
            return None
        return Draft(kind="fact", lines=[f"มติ ครม. {thai_date(first.date)} (กำหนดองค์ประกอบสำหรับกรุงเทพมหานคร)",
                                         f"ในมติ: {first.evidence[:200]}"], cite=[first.clause], confidence=0.8)  # fmt: skip
    year = frame.year
    bare = (
        re.search(r"\b(20[0-4]\d|25[6-9]\d)\b", frame.text) if year is None and frame.as_of is None else None
    )
    if bare:  # "the 2019 PCIO setup": a year before the noun
        year = int(bare.group(1)) - (543 if bare.group(1).startswith("25") else 0)
    first = min((f for f in seats if _for_bangkok(f) and f.date), key=lambda f: f.date, default=None)
    at = frame.as_of or year
    if at is None and frame.history and first is not None:  # "มติเก่าก่อนหน้านั้นเขียนถึง กทม. ไหม": before it did
        at = first.date - dt.timedelta(days=1)
    then = kb.in_force(seats, at)
    label = vocab.committees.label(key)
    if any(_for_bangkok(f) for f in then):
        said = next(f for f in then if _for_bangkok(f))
        since = f" (กำหนดโดยมติ ครม. {thai_date(first.date)})" if first is not None else ""
        return Draft(kind="fact", lines=[f"{messages.YES} — {label} มีองค์ประกอบสำหรับกรุงเทพมหานคร{since}",
                                         f"ในมติ: {said.evidence[:200]}"], cite=[said.clause], confidence=0.8)  # fmt: skip
    when = f" ในปี {year + 543}" if year else " ตามมติเดิม" if frame.history else " ในขณะนั้น"
    added = f" กรุงเทพมหานครเพิ่มเข้ามาตามมติ ครม. {thai_date(first.date)}" if first is not None else ""
    cite = [first.clause] if first is not None else [then[0].clause] if then else []
    return Draft(kind="fact", lines=[f"{messages.NO} — {label}{when} ยังไม่ได้กำหนดองค์ประกอบสำหรับกรุงเทพมหานคร{added}"],
                 cite=cite, confidence=0.75)  # fmt: skip
