"""Structured facts read off the clauses: who holds which committee role, which agency leads which issue.

Both come from the drafting patterns of Thai resolutions, not from one file: a composition item
ends "... เป็นประธาน" / "... เป็นกรรมการและเลขานุการ"; a flattened two-column table pairs an issue
with its lead agencies ("ผู้รับผิดชอบหลัก"); and a sentence may assign work ("ให้ X เป็นผู้รับผิดชอบ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.core.models import Clause
from bot.knowledge.parse import ancestors
from bot.thai import Glossary

# Canonical role names, longest first so "ผู้ช่วยเลขานุการ" is never read as "เลขานุการ".
ROLES = ("ผู้ช่วยเลขานุการ", "กรรมการและเลขานุการ", "เลขานุการ", "รองประธาน", "ประธาน", "กรรมการ")
ROLE_ENGLISH = {
    "ประธาน": "chair",
    "รองประธาน": "vice chair",
    "เลขานุการ": "secretary",
    "ผู้ช่วยเลขานุการ": "assistant secretary",
    "กรรมการ": "member",
}
_ROLE_LINE = re.compile(r"^(?P<holder>\S.*?)\s*เป็น(?P<role>" + "|".join(ROLES) + r")\s*[.。]?\s*$")
_NO_ROLE = re.compile(r"ไม่มี(?:การกำหนด)?(?:ตำแหน่ง)?\s*(?P<role>" + "|".join(ROLES) + ")")
_PROPOSER = re.compile(r"^(?P<who>\S.{1,80}?)\s*(?:รายงานว่า|เสนอว่า|เสนอต่อคณะรัฐมนตรี|เสนอ\s*ครม\.?)")
_ASSIGN = re.compile(r"ให้\s*(?P<who>\S[^\n]{0,80}?)\s*เป็นผู้รับผิดชอบ(?P<what>[^\n]+)")
LEAD_LABEL_CUES = ("ผู้รับผิดชอบ", "เจ้าภาพ", "หน่วยงานรับผิดชอบ", "หน่วยงานหลัก")

# Committees are told apart by the CIO level named in the clause's context. The key is the glossary
# term; the cues are how resolutions and officials name that level.
COMMITTEE_CUES: dict[str, tuple[str, ...]] = {
    "PCIO": ("pcio", "ระดับจังหวัด", "provincialchief", "provincial", "จังหวัด", "กรุงเทพ", "กทม", "bangkok"),
    "MCIO": ("mcio", "ระดับกระทรวง"),
    "DCIO": ("dcio", "ระดับกรม"),
    "GCIO": (
        "gcio",
        "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ",
        "governmentchief",
        "cioภาครัฐ",
        "ระดับประเทศ",
        "ระดับชาติ",
        "governmentcio",
        "cio",  # checked last: a provincial, ministry or department CIO names its level first
    ),
}


def role_of(text: str) -> str:
    """Normalize a role word: the secretary who is also a member is the secretary."""
    return "เลขานุการ" if text == "กรรมการและเลขานุการ" else text


def committee_in(text: str) -> str | None:
    """The most specific CIO committee named in text (provincial beats the general GCIO)."""
    squashed = re.sub(r"\s+", "", text.lower())
    for key, cues in COMMITTEE_CUES.items():
        if any(cue in squashed for cue in cues):
            return key
    return None


@dataclass
class RoleFact:
    committee: str | None
    role: str  # canonical: ประธาน, รองประธาน, เลขานุการ, ผู้ช่วยเลขานุการ, กรรมการ
    holder: str | None  # None when the clause says there is no such role
    clause: Clause

    @property
    def negative(self) -> bool:
        return self.holder is None


@dataclass
class LeadFact:
    issue: str
    agencies: str
    clause: Clause


def committee_of(clause: Clause, by_uid: Mapping[str, Clause]) -> str | None:
    for c in (clause, *ancestors(clause, by_uid)):
        found = committee_in(c.text)
        if found:
            return found
    return None


def role_facts(clauses: Iterable[Clause], by_uid: Mapping[str, Clause]) -> list[RoleFact]:
    out = []
    for c in clauses:
        if c.kind != "item":
            continue
        first = c.text.split("\n")[0].strip()
        m = _ROLE_LINE.match(first)
        if m:
            out.append(
                RoleFact(committee_of(c, by_uid), role_of(m.group("role")), m.group("holder").strip(), c)
            )
            continue
        m = _NO_ROLE.search(first)
        if m:
            out.append(RoleFact(committee_of(c, by_uid), role_of(m.group("role")), None, c))
    return out


def _agency_tail(text: str, glossary: Glossary) -> tuple[str, str] | None:
    """Split "issue ... สำนักงาน ก.พ. และหน่วยงานที่เกี่ยวข้อง" into (issue, agencies) when a table
    row lost its line break: the tail is a run of known agencies ending the row."""
    tail = re.search(r"(?:และ|/)?\s*หน่วยงานที่เกี่ยวข้อง\s*$", text)
    if not tail:
        return None
    anchors = [s for _, s, _ in glossary.find(text[: tail.start()]) if s >= tail.start() - 60]
    if anchors:
        start = min(anchors)
        m = re.search(r"(สำนักงาน|กระทรวง|กรม)\s*$", text[:start])  # "สำนักงาน ก.พ."
        if m:
            start = m.start(1)
    else:
        start = text.rfind(" ", 0, max(tail.start() - 1, 0)) + 1
    issue, agencies = text[:start].strip(), text[start:].strip()
    return (issue, agencies) if issue and agencies else None


def lead_facts(clauses: Iterable[Clause], glossary: Glossary) -> list[LeadFact]:
    out = []
    for c in clauses:
        if c.kind not in ("item", "paragraph"):
            continue
        if c.label and any(cue in c.label for cue in LEAD_LABEL_CUES):
            if c.detail:
                out.append(LeadFact(c.text.strip(), c.detail.strip(), c))
                continue
            split = _agency_tail(c.text, glossary)
            if split:
                out.append(LeadFact(split[0], split[1], c))
                continue
        m = _ASSIGN.search(c.text)
        if m:
            what = re.sub(r"\s*\.\.\..*$|\s*\?.*$", "", m.group("what")).strip()
            out.append(LeadFact(what, m.group("who").strip(), c))
    return out


@dataclass
class ProposerFact:
    who: str
    clause: Clause


def proposer_facts(clauses: Iterable[Clause]) -> list[ProposerFact]:
    """Who brought the matter to the cabinet: the "X รายงานว่า" / "X เสนอว่า" line of a summary."""
    out = []
    for c in clauses:
        if c.kind in ("heading", "paragraph"):
            m = _PROPOSER.match(c.text.split("\n")[0])
            if m:
                out.append(ProposerFact(m.group("who").strip(), c))
    return out
