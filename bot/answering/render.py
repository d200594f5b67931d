"""The one place that writes answers: the text, the "เดิม" note, citations and refusals."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.core import messages
from bot.core.models import Answer, Citation, Clause
from bot.thai import THAI_MONTHS_ABBR, thai_date

MAX_ANSWER = 600


def short_date(d: dt.date) -> str:
    """ "29 ก.ย. 2563": how a source label names a date."""
    return f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def effective_date(kb: KB, c: Clause) -> dt.date | None:
    """A quoted old rule dates from the resolution it quotes, not from the one quoting it."""
    src = kb.documents.get(c.quoted_from or "")
    if c.status == "superseded" and src is not None:
        return src.date
    return c.doc_date


def source_label(kb: KB, c: Clause) -> str:
    """ "มติ ครม. 29 ก.ย. 2563 · ข้อ 1.2 › 1)": short enough for a chat bubble."""
    doc = kb.documents.get(c.doc_id)
    when = doc.date if doc else c.doc_date
    marks = section_marks(c)
    where = " ".join(marks[-3:]).rstrip(".")
    head = f"มติ ครม. {short_date(when)}" if when else c.doc_id
    return f"{head} · ข้อ {where}" if where else head


def section_marks(c: Clause) -> list[str]:
    """The numbers on the way to a clause: ["1.2", "2)"] for "สำนักงาน ก.พ. รายงานว่า › 1. › 1.2 › 2)"."""
    marks: list[str] = []
    for p in c.path:
        m = re.match(r"^(?:ข้อ\s*)?(\(?\d+(?:\.\d+)*\.?\)?|\(?[ก-ฮ]\)|[ก-ฮ]\.)(?=\s|$)", p.strip())
        if not m:
            continue
        mark = m.group(1)
        if marks and mark.startswith(marks[-1].rstrip(".")) and "." in mark:
            marks[-1] = mark  # "1." then "1.2" reads as "1.2"
        else:
            marks.append(mark)
    return [m.rstrip(".") if re.fullmatch(r"[\d.]+", m) else m for m in marks]  # "3." then "2)": "3 2)"


def citation(kb: KB, c: Clause) -> Citation:
    doc = kb.documents.get(c.doc_id)
    when = doc.date if doc else c.doc_date
    return Citation(
        doc_id=c.doc_id,
        title=doc.title if doc else c.doc_title,
        date=when.isoformat() if when else "",
        section=c.section,
        text=c.text + (f"\n{c.label or ''}: {c.detail}" if c.detail else ""),
        status=c.status,
        quoted_from=c.quoted_from,
        label=source_label(kb, c),
    )


E_SYSTEMS = re.compile(r"\b([eEmM])\s+-\s+(?=[A-Z])")  # "e - Office" as PDFs space it: "e-Office"


def render(draft: Draft, frame: Frame, kb: KB, id: str | None = None) -> Answer:
    body = cut(E_SYSTEMS.sub(r"\1-", "\n".join(draft.lines)), MAX_ANSWER - 10, kb.thai)
    if frame.english:  # the verdict in the asker's language, the quoted text in the resolution's
        for thai, en in ((messages.NO, "No"), (messages.YES, "Yes")):
            if body.startswith(f"{thai} —"):
                body = f"{en} ({thai})" + body[len(thai) :]
                break
    previously = None
    older: list[Clause] = []
    word = messages.PREVIOUSLY_EN if frame.english else messages.PREVIOUSLY
    if draft.previously:  # newest first: "เดิม (...): X; ก่อนหน้านั้น (...): Y"
        notes = []
        for text, uid in draft.previously[:2]:
            old = kb.by_uid.get(uid)
            when = effective_date(kb, old) if old else None
            notes.append(f"({'มติ ครม. ' + thai_date(when) if when else 'มติเดิม'}): {cut(text, 200)}")
            if old is not None:
                older.append(old)
        previously = f"{word} " + f"; {messages.BEFORE_THAT} ".join(notes)
    elif draft.replaced_note:
        previously = f"{word}: {draft.replaced_note}"
    if previously:
        room = MAX_ANSWER - len(body) - 1
        if room > 40:
            body += "\n" + cut(previously, room, kb.thai)
    cited = [kb.by_uid[u] for u in dict.fromkeys(draft.cite) if u in kb.by_uid] + older
    if draft.abstain:
        return refuse(frame, kb, body, id=id, kind=draft.kind, citations=[citation(kb, c) for c in cited[:1]])
    return Answer(
        id=id,
        question=frame.raw,
        answer=body,
        abstained=False,
        confidence=round(draft.confidence, 2),
        kind=draft.kind if draft.kind in ("chair", "role", "lead", "measure", "fact", "history") else "fact",
        citations=[citation(kb, c) for c in cited],
        previously=previously,
    )


def suggestions(kb: KB) -> list[str]:
    """What the knowledge base can answer, from its own facts (falls back to the standard examples)."""

    out = []
    roles = [f for f in kb.book.roles if f.status == "current" and f.role == "chair" and f.committee]
    if roles:
        from bot.knowledge.committees import Committees

        out.append(f"ใครเป็นประธาน{Committees(kb.glossary, kb.book.committees).label(roles[0].committee)}")
    leads = [f for f in kb.book.leads if f.status == "current" and f.number and not f.cancelled]
    if leads:
        out.append(f"ใครรับผิดชอบ{cut(leads[-1].issue, 40, kb.thai).rstrip('…')}")  # whole words only
    for q in messages.EXAMPLE_QUESTIONS:
        if len(out) >= 3:
            break
        if q not in out:
            out.append(q)
    return out[:3]


def refuse(frame: Frame, kb: KB, message: str, id: str | None = None, kind: str = "offtopic",
           citations: list[Citation] | None = None) -> Answer:  # fmt: skip
    tips = suggestions(kb)
    lead = messages.SUGGEST_EN if frame.english else messages.SUGGEST
    text = cut(message + "\n" + lead + " / ".join(tips), MAX_ANSWER, kb.thai)
    return Answer(
        id=id,
        question=frame.raw,
        answer=text,
        abstained=True,
        confidence=0.0,
        kind=kind if kind in ("offtopic", "invalid") else "offtopic",  # type: ignore[arg-type]
        citations=citations or [],
        suggestions=tips,
    )
