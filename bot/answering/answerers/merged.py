"""Issues folded into others: "มติปี 65 เอาประเด็นไหนไปรวมกับประเด็นไหน", "which issues were merged?"."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut
from bot.answering.frame import LEAD_WORDS, Frame
from bot.answering.kb import KB
from bot.thai import ARABIC_DIGITS, thai_date

MERGE_ASKED = re.compile(
    r"(?:ไป|เข้า)?(?<!รวบ)รวม(?:เข้า|ไว้)?(?:กับ|ใน|ด้วยกัน)|ควบรวม|ยุบรวม|\bmerg\w*|\bfold\w*\s+into|\bcombin\w*",
    re.I,
)
_ISSUE_WORD = re.compile(r"ประเด็น|\bissues?\b|work\s*streams?", re.I)
# "(รวมไว้ในประเด็นที่ 4)", "is folded into Issue 4": the issue it went into
_INTO = re.compile(
    r"(?:รวม(?:ไว้|เข้า)?\s*(?:ใน|กับ)|(?:merged|folded|combined|integrated|consolidated)\s+(?:in)?to(?:\s+the)?)"
    r"\s*(?:ประเด็น(?:ลำดับ)?(?:ที่)?|issue\s*(?:no\.?)?)\s*([\d๐-๙]{1,2})",
    re.I,
)


def merged_issues(frame: Frame, kb: KB) -> Draft | None:
    """Each issue a resolution ended by folding it into another, with the resolution that did it (of the
    year asked, when one is), and who leads the issue it went into now."""
    if not (MERGE_ASKED.search(frame.text) and _ISSUE_WORD.search(frame.text)) or frame.role or frame.holders:
        return None
    if frame.who or LEAD_WORDS.search(frame.text):
        return None  # "ก่อนยุบรวม ประเด็นที่ 3 ใครรับผิดชอบ": who led it, which the lead answers say
    lines: list[str] = []
    cite: list[str] = []
    seen: set[tuple[str, str]] = set()
    for f in kb.book.leads:
        if not f.cancelled or not f.number:
            continue
        into = _INTO.search(f"{f.issue} {f.evidence}")
        doc = kb.documents.get(f.doc_id)
        if into is None or doc is None or (frame.year and doc.date.year != frame.year):
            continue
        pair = (f.number.rstrip(")"), into.group(1).translate(ARABIC_DIGITS))
        if pair in seen:
            continue
        seen.add(pair)
        now = [g for g in kb.in_force(kb.book.leads) if g.number == f"{pair[1]})" and not g.cancelled]
        led = f" — ตอนนี้ผู้รับผิดชอบหลัก: {now[0].agencies}" if now and now[0].agencies else ""
        lines.append(f"ประเด็นที่ {pair[0]} รวมเข้ากับประเด็นที่ {pair[1]} (มติ ครม. {thai_date(doc.date)}){led}")
        cite.append(f.clause)
    if not lines:
        return None
    first = kb.by_uid.get(cite[0])
    if first is not None:
        lines.append(f"ในมติ: {cut(first.text, 200, kb.thai)}")
    return Draft(kind="history", lines=lines[:5], cite=cite, confidence=0.8)
