"""Terms a document defines for itself: '"คณะกรรมการ" หมายความว่า คณะกรรมการผู้บริหาร... (GCIO Committee)'.

A regulation names its bodies once in a definitions clause and then writes the bare term: in it,
"ให้คณะกรรมการแต่งตั้ง..." is the GCIO committee's act and "คณะกรรมการจังหวัดรายงาน..." the provincial
committee's. Reading the definitions lets the fact reader see the body the drafter meant, in that
document only; the text quoted in answers stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.models import Clause

_DEFINITION = re.compile(
    r"^\s*[\"“](?P<term>[^\"“”\n]{2,60})[\"”]\s*(?:หมายความว่า|หมายถึง|means)\s*(?P<meaning>\S[^\n]*)$", re.M
)
# what may follow a bare defined term when it is the term itself, not the start of a longer name:
# a verb or a function word ("คณะกรรมการแต่งตั้ง", "คณะกรรมการจังหวัดรายงาน", "คณะกรรมการตามข้อ ๖")
_PREDICATE = (
    r"มี|แต่งตั้ง|รายงาน|ประชุม|ตาม|ที่|ซึ่ง|ให้|เป็น|จะ|อาจ|ต่อ|เสนอ|กำหนด|ปฏิบัติ|มอบหมาย|และ|หรือ"
    r"|ใน|ของ|ได้|ไม่|ทำ|ประกอบ|อย่าง|ภายใน|เพื่อ|แล้ว|นี้|ดัง|ชุด|เห็น|อนุมัติ|ออก|เรียก|ขอ|สั่ง"
)  # not "พิจารณา", "ประเมิน", "ติดตาม", "จัด": "คณะกรรมการพิจารณา..." is how other bodies are named


def definitions(clauses: Iterable[Clause]) -> dict[str, list[tuple[str, str, int]]]:
    """doc_id -> [(term, meaning, line)] in the order the document defines them."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    for c in clauses:
        for m in _DEFINITION.finditer(f"{c.text}\n{c.detail or ''}"):
            found = out.setdefault(c.doc_id, [])
            term, meaning = m.group("term").strip(), m.group("meaning").strip()
            if not any(t == term and w == meaning for t, w, _ in found):
                found.append((term, meaning, c.line))
    return out


def meaning_head(meaning: str) -> str:
    """The name a definition gives, without what it adds ("...: PCIO) และให้หมายความรวมถึง...")."""
    return re.split(r"\s+(?:และ(?:ให้)?หมายความรวมถึง|และให้หมายถึง|ตาม(?:หมวด|ข้อ|มาตรา)|ทั้งนี้)", meaning)[
        0
    ].strip()


class BodyTerms:
    """Each document's defined body terms ("คณะกรรมการ", "คณะกรรมการจังหวัด"), spelt out for reading."""

    def __init__(self, defined: dict[str, list[tuple[str, str, int]]], name_of) -> None:
        """`name_of(meaning, doc_id, line)`: how the fact reader names the body the meaning gives, or None."""
        self._rules: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for doc_id, found in defined.items():
            rules = []
            for term, meaning, line in sorted(found, key=lambda p: -len(p[0])):
                if not re.match(r"คณะ(?:อนุ)?(?:กรรมการ|ทำงาน)", term):
                    continue
                name = name_of(meaning_head(meaning), doc_id, line)
                if not name:
                    continue
                # longest terms first, so "คณะกรรมการจังหวัด" is never read as "คณะกรรมการ" + "จังหวัด"
                pattern = re.compile(rf"(?<![\"“]){re.escape(term)}(?=$|[^\u0e01-\u0e4e]|(?:{_PREDICATE}))")
                rules.append((pattern, name))
            if rules:
                self._rules[doc_id] = rules

    def spell_out(self, doc_id: str, text: str) -> str:
        rules = self._rules.get(doc_id)
        if not rules or "หมายความว่า" in text:
            return text  # the definitions clause itself reads as written
        names = [name for _, name in rules]
        for i, (pattern, _) in enumerate(
            rules
        ):  # marks first, so a longer term's name is not read as a shorter
            text = pattern.sub(f"\x00{i}\x01", text)
        return re.sub(r"\x00(\d+)\x01", lambda m: f"{names[int(m.group(1))]} ", text)
