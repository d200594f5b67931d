"""The issues an agency leads: "สพร. รับผิดชอบเรื่องอะไรบ้าง", "What does DGA lead?"."""

from __future__ import annotations

from bot.answering.answerers.base import Draft
from bot.answering.answerers.define import Define
from bot.answering.answerers.lead_table import issue_head
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary


class AgencyIssues:
    name = "agency_issues"

    def applies(self, frame: Frame) -> bool:
        return (
            bool(frame.agencies)
            and frame.intent in ("issues_of", "lead_table", "lead_of")
            and frame.role is None
        )

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        if frame.intent == "lead_of" and not frame.listing:
            return None
        agency = frame.agencies[0]
        leads = [f for f in kb.in_force(vocab.agency_leads(agency), frame.in_force_at)]
        name = vocab.agency_name(agency)
        if not leads:
            if frame.intent != "issues_of" or not kb.in_force(kb.book.leads, frame.in_force_at):
                return None
            # "ก.พ.ร. เป็นเจ้าภาพประเด็นไหน": none; say so, and what the texts do say of it
            said = Define.where_said(frame, kb, [agency, name])
            line = (f"{name} does not lead any issue in the resolutions (ไม่ได้เป็นผู้รับผิดชอบหลักประเด็นใด)"
                    if frame.english else f"ไม่ใช่ — {name} ไม่ได้เป็นผู้รับผิดชอบหลักในประเด็นใดของมติ")  # fmt: skip
            lines = [line, *([f"ที่มติกล่าวถึง: {said[0]}"] if said else [])]
            return Draft(kind="lead", lines=lines, cite=[said[1]] if said else [], confidence=0.7)
        numbered = [f for f in leads if f.number]  # the issues of a numbered list; other duties apart
        n, other = (len(numbered), len(leads) - len(numbered)) if numbered else (len(leads), 0)
        more = (f" และอีก {other} เรื่อง" if not frame.english else f" and {other} more") if other else ""
        lines = [f"{name} เป็นผู้รับผิดชอบหลัก {n} ประเด็น{more}:" if not frame.english
                 else f"{name} leads {n} issue(s){more} (ผู้รับผิดชอบหลัก):"]  # fmt: skip
        for f in leads[:6]:
            who = cut(f.agencies.splitlines()[0], 200 if len(leads) <= 2 else 80, kb.thai)  # at a word's end
            lines.append(f"{f.number or '-'} {issue_head(f.issue)} ({who})")
        return Draft(kind="lead", lines=lines, cite=[f.clause for f in leads[:3]], confidence=0.85)
