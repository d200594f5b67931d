"""Plain-text rendering of an Answer, shared by the CLI and the chat channels."""

from __future__ import annotations

from bot.models import Answer, Citation
from bot.thai import thai_date


def citation_line(c: Citation) -> str:
    import datetime as dt

    when = thai_date(dt.date.fromisoformat(c.date)) if c.date else ""
    status = "" if c.status == "current" else " (ถ้อยคำเดิม ถูกแทนที่แล้ว)"
    return f"ที่มา: {c.title} ({when}) ข้อ {c.section}{status}"


def answer_to_text(answer: Answer, *, with_source: bool = True) -> str:
    lines = [answer.answer]
    if with_source and answer.citations and not answer.abstained:
        lines.append("")
        lines.append(citation_line(answer.citations[0]))
    return "\n".join(lines)
