"""What every answerer shares: the Draft it returns and the labels it writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary
from bot.knowledge.facts import ROLE_ENGLISH, ROLE_THAI, RoleFact


@dataclass
class Draft:
    """An answer before rendering: lines of extracted text, what to cite, what it used to be."""

    kind: str  # chair, role, lead, measure, fact, history
    lines: list[str]
    cite: list[str]  # clause uids, the main one first
    previously: list[tuple[str, str]] = field(default_factory=list)  # (old text, uid of its clause)
    confidence: float = 0.8
    abstain: bool = False  # "the text does not say X; it says Y": an honest refusal with what is known
    replaced_note: str | None = None  # "แทน Y" when the older holder is not in the knowledge base


class Answerer(Protocol):
    name: str

    def applies(self, frame: Frame) -> bool: ...

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None: ...


def role_label(fact: RoleFact | None, role: str, committee_label: str, english: bool = False) -> str:
    """ "รองประธานกรรมการ คณะกรรมการ GCIO" in the text's own words for the role, or
    "Vice chair (รองประธานกรรมการ) of คณะกรรมการ GCIO" for an English question."""
    thai = ROLE_THAI[role]
    if fact is not None and fact.role_text and len(fact.role_text) <= 40:
        thai = fact.role_text
    if english:
        return (
            f"{ROLE_ENGLISH[role].capitalize()} ({thai}) of {committee_label}"
            if committee_label
            else ROLE_ENGLISH[role].capitalize() + f" ({thai})"
        )
    if not committee_label:
        return thai
    return (
        f"{thai} {committee_label}"
        if thai.endswith("กรรมการ") or committee_label.startswith("คณะ")
        else f"{thai}{committee_label}"
    )


def role_line(fact: RoleFact, committee_label: str, holder: str, english: bool = False) -> str:
    """ "รองประธาน: รัฐมนตรีว่าการ... (คณะกรรมการ GCIO)": the role and holder in the text's own words first."""
    thai = fact.role_text if fact.role_text and len(fact.role_text) <= 40 else ROLE_THAI[fact.role]
    role = f"{ROLE_ENGLISH[fact.role].capitalize()} ({thai})" if english else thai
    return f"{role}: {holder} ({committee_label})" if committee_label else f"{role}: {holder}"


def holder_line(fact: RoleFact, committee_label: str, holder: str, english: bool = False) -> str:
    """ "สถิติจังหวัด เป็นกรรมการ (คณะกรรมการ PCIO)": asked from the holder's side, the holder leads."""
    thai = fact.role_text if fact.role_text and len(fact.role_text) <= 40 else ROLE_THAI[fact.role]
    if english:
        where = f" of {committee_label}" if committee_label else ""
        return f"{holder} is the {ROLE_ENGLISH[fact.role]} ({thai}){where}"
    return f"{holder} เป็น{thai} ({committee_label})" if committee_label else f"{holder} เป็น{thai}"
