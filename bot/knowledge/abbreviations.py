"""Abbreviations the resolutions define for themselves: "สำนักงาน... (สกมช.)", "คณะอนุกรรมการ... (อ.ขรพ.)".

Drafters name an agency or a body in full once, with its short form in brackets, and use the short
form after that. Reading those definitions adds them to the glossary, so a question that uses
either form finds the other, with no hand-written glossary entry for each new agency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.models import Clause
from bot.knowledge.defined_terms import definitions, meaning_head

_DEFINED = re.compile(
    r"(?P<name>[\u0e01-\u0e4e]{6,}(?:\s*\(องค์การมหาชน\))?)\s*"
    r"\((?:หลักสูตร|โครงการ|แผน)?\s*(?P<abbr>[\u0e01-\u0e2e][\u0e01-\u0e4e]{0,5}(?:\.[\u0e01-\u0e4e]{1,5})*\.?|[A-Z]{2,8})\)"
)
_ORG = re.compile(r"(?:สำนักงาน|สำนัก|กระทรวง|กรม|สถาบัน|ศูนย์|คณะ|องค์การ|กอง|หน่วยงาน|ธนาคาร|หลักสูตร|โครงการ|แผน)")
_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."}


def _plausible(name: str, abbr: str) -> bool:
    if abbr in _MONTHS or not _ORG.match(name):
        return False  # a name starts with what it is: สำนักงาน, กระทรวง, คณะ...
    if re.fullmatch(r"[A-Z]{2,8}", abbr):
        return True
    letters = abbr.replace(".", "")
    if "." not in abbr and not re.fullmatch(r"[ก-ฮ]{2,5}", letters):
        return False
    heads = {
        name[0],
        re.sub(r"^(?:คณะ|หลักสูตร|โครงการ|แผน)", "", name)[:1],
        re.sub(r"^(?:สำนักงาน|สำนัก)", "", name)[:1],
    }
    return letters[0] in heads or abbr[0] in heads


def defined_abbreviations(clauses: Iterable[Clause]) -> dict[str, list[str]]:
    """abbreviation -> [full name] for every "name (abbr)" the texts define."""
    out: dict[str, list[str]] = {}
    clauses = list(clauses)
    for c in clauses:
        for m in _DEFINED.finditer(c.text + "\n" + (c.detail or "")):
            name, abbr = m.group("name").strip(), m.group("abbr").strip()
            org = _ORG.search(name)
            name = name[org.start() :] if org else name  # "การปรับปรุงคณะกรรมการ..." names "คณะกรรมการ..."
            if _plausible(name, abbr) and abbr not in out:
                out[abbr] = [name]
    for pairs in definitions(clauses).values():  # '"สกมช." หมายความว่า สำนักงาน...': a regulation's own
        for abbr, meaning, _ in pairs:
            name = meaning_head(meaning)
            if re.fullmatch(
                r"[\u0e01-\u0e2e][\u0e01-\u0e4e]{0,5}(?:\.[\u0e01-\u0e4e]{1,5})*\.|[A-Z]{2,8}", abbr
            ) and (_ORG.match(name) and abbr not in out):
                out[abbr] = [name]
    return out


def with_defined(glossary: dict[str, list[str]], clauses: Iterable[Clause]) -> dict[str, list[str]]:
    """The glossary file's entries win; the texts' own definitions fill in what it lacks."""
    merged = {k: v for k, v in defined_abbreviations(clauses).items() if k not in glossary}
    merged.update(glossary)
    return merged
