"""What a resolution changed: "มติ 16 ก.พ. 64 เพิ่มประเด็นใหม่อะไรบ้าง", "what did the 2023 order change"."""

from __future__ import annotations

from bot.answering.answerers.base import Draft, role_label
from bot.answering.answerers.document import Document
from bot.answering.answerers.lead_table import issue_head
from bot.answering.answerers.roles_common import committee_label
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary
from bot.thai import thai_date

BUDGET = 540


class Changes:
    name = "changes"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "changes"

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        doc = Document.which(frame, kb, vocab)
        if doc is None:
            return None
        roles = [f for f in kb.book.roles if f.doc_id == doc.id and f.status == "current" or
                 (f.doc_id == doc.id and f.superseded_by and not f.superseded_by.startswith(f"role:{doc.id}"))]  # fmt: skip
        roles = [f for f in roles if f.date == doc.date]
        removed = [f for f in kb.removed_seats if (kb.removal(f)[0] or f).doc_id == doc.id]
        leads = [f for f in kb.book.leads if f.doc_id == doc.id and f.date == doc.date]
        measures = [m for m in kb.book.measures if m.doc_id == doc.id]
        lines = [f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)}:"]
        for f in roles:
            old = kb.previous(f)
            was = (
                f" (เดิม: {old[0].holder})"
                if old and old[0].holder
                else (f" (แทน {f.replaced})" if f.replaced else "")
            )
            label = role_label(f, f.role, committee_label(vocab, f.committee))
            lines.append(f"- {label}: {f.holder or 'ไม่มี'}{was}")
        for f in removed:  # "ตัดออก ผู้อำนวยการสำนักงานสถิติแห่งชาติ": a seat this resolution ended
            label = role_label(f, f.role, committee_label(vocab, f.committee))
            lines.append(f"- {label}: {f.holder} — ยกเลิก/ตัดออก")
        for f in leads:
            lines.append(f"- {issue_head(f.issue)} — {f.label}: {f.agencies.splitlines()[0][:80]}")
        for m in measures[:2]:
            lines.append(f"- {issue_head(m.title)}")
        if len(lines) == 1:
            return None
        out, used = [], 0
        for line in lines:
            if used + len(line) > BUDGET:
                out.append(f"…และอีก {len(lines) - len(out)} รายการ")
                break
            out.append(line)
            used += len(line) + 1
        cite = [f.clause for f in [*roles, *removed, *leads][:3]] or [m.clause for m in measures[:1]]
        return Draft(kind="history", lines=out, cite=cite, confidence=0.75)
