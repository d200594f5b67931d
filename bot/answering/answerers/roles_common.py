"""Helpers the role answerers share: which facts are in force, how a holder reads for Bangkok."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft, role_line
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary, bangkok_part, provinces_part
from bot.core import messages
from bot.knowledge.amend import same_holder
from bot.knowledge.facts import RoleFact


def committee_label(vocab: Vocabulary, key: str | None) -> str:
    return vocab.committees.label(key)


def in_force(kb: KB, committee: str | None, role: str, frame: Frame) -> list[RoleFact]:
    """Facts for a committee's role in force (now, or in the year asked); Bangkok ones when asked."""
    facts = kb.in_force(kb.roles_of(committee, role), frame.in_force_at)
    if frame.bangkok:
        bkk = [f for f in facts if f.variant]
        if bkk:
            return bkk
    general = [f for f in facts if not f.variant]
    return general or facts


def holder_text(fact: RoleFact, frame: Frame, kb: KB | None = None) -> str:
    if fact.holder is None:  # "ไม่มีการกำหนดตำแหน่งรองประธาน...": the text's own words
        return fact.evidence or "ไม่มีการกำหนดตำแหน่งนี้"
    if frame.bangkok and not fact.variant:
        part = bangkok_part(fact.holder)
        if part:
            others = provinces_part(fact.holder)
            return f"{part} (กรุงเทพมหานคร) — จังหวัดอื่น: {others}" if others else part
    text = fact.holder
    if kb is not None and not frame.bangkok and not fact.variant:
        bkk = [f for f in kb.in_force(kb.roles_of(fact.committee, fact.role)) if f.variant and f.holder]
        if bkk:
            text += f" (กรุงเทพมหานคร: {bkk[0].holder})"
    return text


def quotes_more(f: RoleFact, line: str) -> bool:
    """The source statement is worth quoting beside the answer line: it words it otherwise."""
    ev = re.sub(r"\s+", "", f.evidence)
    return bool(ev) and ev not in re.sub(r"\s+", "", line) and len(f.evidence) <= 400


def says_more(f: RoleFact) -> bool:
    """The text's sentence adds something to "holder: role" (a replacement, a condition, a change of status)."""
    rest = re.sub(r"[\s|:()]+", "", f.evidence)
    for part in (f.holder or "", f.role_text, "เป็น", "ทำหน้าที่"):
        rest = rest.replace(re.sub(r"[\s|:()]+", "", part), "", 1)
    return len(rest) > 8


def previous_of(kb: KB, fact: RoleFact) -> list[tuple[str, str]]:
    """ "เดิม" notes: older holders of the same role, newest first, with their clause."""
    out: list[tuple[str, str]] = []
    seen = {fact.holder}
    for old in sorted(kb.previous(fact), key=lambda f: (-(f.date or dt.date.min).toordinal(), f.quote)):
        if old.holder in seen:
            continue
        seen.add(old.holder)
        clause = kb.by_uid.get(old.clause)
        original = clause.same_as if clause is not None and clause.same_as in kb.by_uid else old.clause
        out.append((old.holder or "ไม่มีการกำหนดตำแหน่งนี้", original))  # cite the rule, not its quotation
    return out[:2]


def holder_draft(kb: KB, vocab: Vocabulary, facts: list[RoleFact], frame: Frame) -> Draft:
    """ "ประธานคณะกรรมการ GCIO: X" per fact, with what it used to be."""
    lines, cite, prev = [], [], []
    replaced = None
    for f in facts[:4]:
        lines.append(
            role_line(f, committee_label(vocab, f.committee), holder_text(f, frame, kb), frame.english)
        )
        if quotes_more(f, lines[-1]) and len(facts) <= 2:
            lines.append(f"ในมติ: {cut(f.evidence, 220)}")  # the text's own sentence for it
        cite.append(f.clause)
        prev += previous_of(kb, f)
        if not prev and f.replaced:
            replaced = f.replaced
    kind = "chair" if facts and facts[0].role == "chair" else "role"
    return Draft(
        kind=kind, lines=lines, cite=cite, previously=prev[:2], replaced_note=replaced, confidence=0.9
    )


ASKS_CHANGE = re.compile(r"เปลี่ยน|แก้ไข|\bchang|\bamend|\breplac", re.I)
ASKS_SAME = re.compile(r"ยัง(?:เป็น|คง|อยู่)|เหมือนเดิม|คงเดิม|ตามเดิม|\bstill\b|\bremain|\bsame\b", re.I)
ASKS_WHETHER = re.compile(
    r"ไหม|มั้ย|มั๊ย|ป่าว|ป่ะ|หรือยัง|หรือไม่|หรือเปล่า|รึเปล่า|ด้วยมะ|^(?:did|has|have|is|was|does)\b", re.I
)


def _changed(kb: KB, frame: Frame, fact: RoleFact) -> bool:
    """A new holder, for the part asked (Bangkok's or the provinces' side of "X/Y")."""
    if re.search(r"ตามเดิม|คงเดิม", fact.evidence):
        return False
    side = bangkok_part if frame.bangkok else provinces_part
    mine = (side(fact.holder or "") or fact.holder or "") if not fact.variant else fact.holder or ""
    olds = [o.holder or "" for o in kb.previous(fact) if o.superseded_by == fact.id]
    if not olds:
        return bool(fact.replaced)
    return any(not same_holder(mine, side(o) or o) for o in olds)


def change_verdict(kb: KB, frame: Frame, fact: RoleFact) -> str | None:
    """ "เลขาฯ เปลี่ยนตามประธานไปด้วยไหม", "did the 2020 resolution change …": whether the resolution
    asked about (the newest when none is named; any when "เคย") put a new holder in this role, said
    so that the question's own polarity reads right."""
    change, same = ASKS_CHANGE.search(frame.text), ASKS_SAME.search(frame.text)
    if not (change or same) or not ASKS_WHETHER.search(frame.text.strip()) or frame.holders:
        return None
    if re.search(r"หน้าที่|อำนาจ|บทบาท|\bdut(?:y|ies)\b|\bpowers?\b|responsib|\btasks?\b", frame.text, re.I):
        return None  # "did its duty change too?" asks about what the body does, not who holds the seat
    docs = kb.docs_by_date()
    if re.search(r"เคย|\bever\b", frame.text, re.I):
        named = [d.id for d in docs]
    elif frame.year:
        named = [d.id for d in docs if d.date.year == frame.year]
    else:
        named = [docs[-1].id] if docs else []
    changed = fact.doc_id in named and _changed(kb, frame, fact)
    if change and same:  # "ยังเหมือนเดิมไหม หรือเปลี่ยนไปแล้ว": no yes/no, the state itself
        return "เปลี่ยนแล้ว" if changed else "ยังเหมือนเดิม (ไม่เปลี่ยน)"
    if change:
        return "ใช่ — เปลี่ยน" if changed else "ไม่ — ไม่เปลี่ยน (คงเดิม)"
    return "ไม่ — เปลี่ยนแล้ว" if changed else "ใช่ — ยังคงเดิม"


# Positions a claim can name without naming a holder the resolutions list ("นายกฯ เป็นประธานเองหรือเปล่า").
POSITION = re.compile(
    r"(?:รอง)?นายกรัฐมนตรี|รัฐมนตรี\S*|(?:รอง)?ปลัด\S+|(?:รอง)?ผู้ว่าราชการ\S+|อธิบดี\S*|เลขาธิการ\S*"
    r"|ผู้อำนวยการ\S*|หัวหน้า\S+|สถิติจังหวัด|ผู้แทน\S+"
)


def claimed_verdict(kb: KB, frame: Frame, fact: RoleFact) -> str | None:
    """ "GCIO chair = Deputy PM, correct?": a yes/no naming a position no holder list has; yes when
    the holder in force is that position, no otherwise."""
    if not frame.yesno or frame.holders or fact.holder is None:
        return None
    found = [m.group(0) for m in POSITION.finditer(kb.glossary.substitute(frame.text))]
    claims = [re.sub(r"\s+", "", f) for f in found]
    claims = [c for c in claims if len(c) >= 4 and "คณะกรรมการ" not in c and "ผู้บริหารเทคโนโลยี" not in c]
    if not claims:
        return None
    holder = re.sub(r"\s+", "", fact.holder)
    claim = max(claims, key=len)
    return messages.YES if claim in holder else messages.NO
