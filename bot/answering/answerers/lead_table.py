"""Every issue with its lead agencies: "ใครรับผิดชอบหลักของแต่ละประเด็น", issues shortened to their head."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.bank import short
from bot.answering.frame import QUANTITY_WORDS, Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary

BUDGET = 560


def issue_head(issue: str, words: int = 6) -> str:
    """The first words of an issue ("การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการ..."), never cut mid-word."""
    text = re.sub(r"^\d+[.)]\s*", "", issue.strip())
    return short(text, 60) + ("…" if len(text) > 60 else "")


def numbers_said(leads: list) -> str:
    """ " (ประเด็นที่ 1 ถึงประเด็นที่ 8)" or " (ประเด็นที่ 1, 2, 3, 5, 6 และ 8)" when every issue has a number."""
    nums = [f.number.rstrip(")") for f in leads if f.number]
    if len(nums) != len(leads) or not all(n.isdigit() for n in nums):
        return ""
    ints = sorted(int(n) for n in nums)
    if ints == list(range(ints[0], ints[-1] + 1)):
        return f" (ประเด็นที่ {ints[0]} ถึงประเด็นที่ {ints[-1]})"
    return f" (ประเด็นที่ {', '.join(map(str, ints[:-1]))} และ {ints[-1]})"


def listed(f, leads: list, depth: int = 0) -> bool:
    """A numbered issue, or a long title that restates no duty: "การฝึกอบรมหลักสูตร GCIO" moved to another
    agency restates the duty "ฝึกอบรมหลักสูตร GCIO", which the list of issues never held."""
    if f.number:
        return True
    if f.duty or len(f.issue) <= 20 or depth > 8:
        return False
    before = [h for h in leads if h.superseded_by == f.id]
    if not before and sum(1 for h in leads if h.doc_id == f.doc_id and h.number) >= 3:
        return False  # "การฝึกอบรม... ให้ สพร. เป็นผู้รับผิดชอบ" beside a numbered list of issues: a task, not one
    return all(listed(h, leads, depth + 1) for h in before)


class LeadTable:
    name = "lead_table"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "lead_table" or (
            frame.intent == "lead_of" and frame.listing and not frame.agencies
        )

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        leads = [
            f
            for f in kb.in_force(kb.book.leads, frame.in_force_at)
            if listed(f, kb.book.leads) and not f.cancelled
        ]
        if len(leads) < (1 if QUANTITY_WORDS.search(frame.text) else 2):
            return None
        leads.sort(key=lambda f: (int(f.number.rstrip(")")) if f.number and f.number.rstrip(")").isdigit() else 99,
                                  f.date or 0))  # fmt: skip
        lines, used, cite = [], 0, []
        if QUANTITY_WORDS.search(frame.text):  # "กี่ประเด็น": the count first, then the list
            lines.append(f"ประเด็นที่มีผลอยู่ {len(leads)} ประเด็น{numbers_said(leads)}:")
        for i, f in enumerate(leads):
            agencies = re.sub(r"\s*และหน่วยงานที่เกี่ยวข้อง", " ฯลฯ", f.agencies)
            agencies = agencies.split("\n")[0]
            if (
                len(agencies) > 40
            ):  # "ผู้บริหาร... ระดับกระทรวง (MCIO) ระดับกรม (DCIO) ...": the short forms it gives
                shorts = re.findall(r"\(([A-Zก-ฮ][A-Za-zก-ฮ.]{1,12})\)", agencies)
                agencies = " ".join(shorts) if len(shorts) >= 2 else agencies
            agencies = short(agencies, 90)
            line = f"{f.number or '-'} {issue_head(f.issue)} — {agencies}"
            if used + len(line) > BUDGET:
                lines.append(
                    f'…และอีก {len(leads) - i} ประเด็น (ถามทีละประเด็นได้ เช่น "ประเด็นที่ {i + 1} ใครรับผิดชอบ")'
                )
                break
            lines.append(line)
            used += len(line) + 1
            if f.clause not in cite:
                cite.append(f.clause)
        return Draft(kind="lead", lines=lines, cite=cite[:3], confidence=0.8)
