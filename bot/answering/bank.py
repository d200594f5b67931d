"""Questions generated from every fact, in Thai and English, embedded at build time.

A user's question is matched against these by meaning: its nearest generated questions say what
it asks (who holds a role, a holder's roles, a yes/no check, a lead agency, a list, a date...) and
about which fact. Paraphrases nobody wrote a rule for land near the template of their kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel

from bot.knowledge.committees import Committees
from bot.knowledge.facts import ROLE_ENGLISH, ROLE_THAI, FactBook
from bot.thai import Glossary

INTENTS = (
    "who_holds", "holder_roles", "yes_no", "history", "composition", "lead_of", "issues_of", "lead_table",
    "measures", "doc_date", "doc_proposer", "doc_amends", "doc_meeting", "doc_signer", "changes",
)  # fmt: skip


class BankEntry(BaseModel):
    text: str
    intent: str
    fact: str | None = None  # fact id, or a committee key for compositions, or a doc id
    committee: str | None = None
    role: str | None = None


def short(text: str, limit: int = 70) -> str:
    """The head of a long phrase, cut at a space."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def _committee_forms(registry: Committees, key: str | None) -> tuple[str, str]:
    if key is None:
        return "คณะกรรมการ", "the committee"
    c = registry.get(key)
    thai = registry.label(key)
    if c is not None and re.fullmatch(r"[A-Z]{2,8}", c.key):
        return thai, f"the {c.key} committee"
    return thai, thai


def _role_templates(role: str, thai_c: str, en_c: str) -> list[tuple[str, str]]:
    r, en = ROLE_THAI[role], ROLE_ENGLISH[role]
    out = [
        ("who_holds", f"ใครเป็น{r}{thai_c}"),
        ("who_holds", f"{r}ของ{thai_c}คือใคร"),
        ("who_holds", f"ตำแหน่งใดทำหน้าที่{r}ใน{thai_c}"),
        ("who_holds", f"Who is the {en} of {en_c}?"),
        ("history", f"เดิมใครเป็น{r}{thai_c}"),
        ("history", f"ก่อนการปรับปรุง{r}{thai_c}คือใคร"),
        ("history", f"Who was the {en} of {en_c} before the change?"),
    ]
    if role == "chair":
        out += [("who_holds", f"ใครนั่งหัวโต๊ะ{thai_c}"), ("who_holds", f"Who chairs {en_c}?")]
    return out


def generate(book: FactBook, glossary: Glossary) -> list[BankEntry]:
    """Every template of every fact; duplicates (same text) kept once."""
    registry = Committees(glossary, book.committees)
    out: list[BankEntry] = []

    def add(
        intent: str, text: str, fact: str | None = None, committee: str | None = None, role: str | None = None
    ):
        out.append(BankEntry(text=text, intent=intent, fact=fact, committee=committee, role=role))

    seen_roles: set[tuple[str | None, str]] = set()
    for f in book.roles:
        thai_c, en_c = _committee_forms(registry, f.committee)
        if (f.committee, f.role) not in seen_roles:
            seen_roles.add((f.committee, f.role))
            for intent, text in _role_templates(f.role, thai_c, en_c):
                add(intent, text, f.id, f.committee, f.role)
        if f.holder and f.status == "current":
            h = short(re.split(r"\s*/\s*|\s+หรือ\s+", f.holder)[0], 60)
            r, en = ROLE_THAI[f.role], ROLE_ENGLISH[f.role]
            add("holder_roles", f"{h} มีบทบาทอะไรใน{thai_c}", f.id, f.committee, f.role)
            add("holder_roles", f"ผมเป็น{h} ต้องทำหน้าที่อะไรใน{thai_c}", f.id, f.committee, f.role)
            add("holder_roles", f"What is the role of the {h} in {en_c}?", f.id, f.committee, f.role)
            add("yes_no", f"{h} เป็น{r}{thai_c} ใช่ไหม", f.id, f.committee, f.role)
            add("yes_no", f"{h}เป็น{r}หรือไม่", f.id, f.committee, f.role)
            add("yes_no", f"Is the {h} the {en} of {en_c}?", f.id, f.committee, f.role)
    for c in book.committees:
        thai_c, en_c = _committee_forms(registry, c.key)
        add("composition", f"องค์ประกอบของ{thai_c}มีใครบ้าง", c.key, c.key)
        add("composition", f"{thai_c}ประกอบด้วยใครบ้าง", c.key, c.key)
        add("composition", f"List all members of {en_c}", c.key, c.key)
        add("composition", f"Who sits on {en_c}?", c.key, c.key)
    tables: set[str] = set()
    for f in book.leads:
        if f.status != "current":
            continue
        issue = short(f.issue, 80)
        agencies = short(re.sub(r"\s*และหน่วยงานที่เกี่ยวข้อง", "", f.agencies), 50)
        add("lead_of", f"ใครรับผิดชอบหลักเรื่อง{issue}", f.id)
        add("lead_of", f"หน่วยงานใดเป็นเจ้าภาพ{issue}", f.id)
        add("lead_of", f"Which agency leads {issue}?", f.id)
        if f.cancelled:
            continue  # no agency leads it any more
        add("issues_of", f"{agencies} รับผิดชอบเรื่องอะไรบ้าง", f.id)
        add("issues_of", f"What issues is {agencies} responsible for?", f.id)
        tables.add(f.doc_id)
    for doc_id in sorted(tables):
        add("lead_table", "ผู้รับผิดชอบหลักของแต่ละประเด็นมีใครบ้าง", doc_id)
        add("lead_table", "ประเด็นทั้งหมดและหน่วยงานรับผิดชอบหลัก", doc_id)
        add("lead_table", "List every issue with its lead agencies", doc_id)

    for m in book.measures:
        if m.status != "current":
            continue
        title = short(m.title, 70)
        add("measures", f"{title} มีอะไรบ้าง", m.id)
        add("measures", f"มาตรการ{title}", m.id)
        add("measures", f"What does it list under {title}?", m.id)
    for d in book.documents:
        title = short(d.title, 60)
        add("doc_date", "มติคณะรัฐมนตรีเรื่องนี้ลงวันที่เท่าไร", d.doc_id)
        add("doc_date", f"มติเรื่อง{title}ออกเมื่อไร", d.doc_id)
        add("doc_date", "When was the resolution decided?", d.doc_id)
        add("doc_proposer", "ใครเป็นผู้เสนอเรื่องนี้ต่อคณะรัฐมนตรี", d.doc_id)
        add("doc_proposer", "Which agency proposed this resolution?", d.doc_id)
        if d.amends:
            add("doc_amends", "มตินี้แก้ไขหรือทบทวนมติใด", d.doc_id)
            add("doc_amends", "Which earlier resolution does this one revise?", d.doc_id)
        for meeting in d.meetings:
            add("doc_meeting", f"การประชุมครั้งที่ {meeting.number} จัดขึ้นวันที่เท่าไร", d.doc_id)
        if d.meetings:
            add("doc_meeting", "ประชุมเมื่อวันที่เท่าไร", d.doc_id)
            add("doc_meeting", "When did the meeting take place?", d.doc_id)
        if d.fact_count:
            when = f"{d.date.day}/{d.date.month}/{d.date.year + 543}"
            add("changes", f"มติวันที่ {when} เปลี่ยนแปลงหรือเพิ่มอะไรบ้าง", d.doc_id)
            add("changes", "มตินี้ปรับปรุงอะไรบ้าง", d.doc_id)
            add("changes", "What did this resolution change?", d.doc_id)
        if d.signer:
            add("doc_signer", "ใครเป็นผู้ลงนามในคำสั่ง/ประกาศนี้", d.doc_id)
            add("doc_signer", "Who signed it?", d.doc_id)
    return _unique(out)


def _unique(entries: Iterable[BankEntry]) -> list[BankEntry]:
    seen: set[tuple[str, str, str | None]] = set()
    out = []
    for e in entries:
        key = (
            e.text,
            e.intent,
            e.fact if e.intent not in ("doc_date", "doc_proposer", "doc_amends") else None,
        )
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
