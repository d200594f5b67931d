"""A knowledge base built from small hand-written resolutions, with a keyword search standing in
for the model: answerers and frames are tested on it without any embedding."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answering.bank import generate
from bot.answering.core import AnsweringCore, QuestionBank
from bot.answering.frame import Frame
from bot.answering.kb import KB, DocInfo
from bot.core.models import Clause, Document, DocumentMeta
from bot.index.build import parse_all
from bot.knowledge.abbreviations import with_defined
from bot.knowledge.facts import read_facts
from bot.thai import Glossary, ThaiText

# the two committees' seats in the fewest words a test needs (the real resolution is the engine fixture's)
SEATS = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร หรือรองผู้ว่าราชการจังหวัด/รองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด/หัวหน้าหน่วยงานการบริหารจัดการการขับเคลื่อนภารกิจของกรุงเทพมหานคร เป็นกรรมการและเลขานุการ
"""

GLOSSARY = {
    "ดศ.": ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"],
    "สพร.": ["สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"],
    "DGA": ["สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"],
    "ก.พ.": ["สำนักงานคณะกรรมการข้าราชการพลเรือน"],
    "OCSC": ["สำนักงานคณะกรรมการข้าราชการพลเรือน"],
    "สงป.": ["สำนักงบประมาณ"],
    "PCIO": ["ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด"],
    "GCIO": ["ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ"],
    "เลขาฯ": ["เลขานุการ"],
    "chair": ["ประธาน"],
    "secretary": ["เลขานุการ"],
    "committee": ["คณะกรรมการ"],
    "กทม.": ["กรุงเทพมหานคร"],
    "system": ["ระบบ"],
    "step": ["ขั้นตอน"],
    "achieve": ["เพื่อ"],
}


@dataclass
class StubHit:
    clause: Clause
    score: float
    dense: float


def doc(id: str, date: str, body: str, amends: tuple[str, ...] = (), title: str | None = None) -> Document:
    meta = DocumentMeta(id=id, title=title or id, date=dt.date.fromisoformat(date), amends=list(amends))
    return Document(meta=meta, body=body.strip("\n"), path=f"{id}.md", body_line=1)


def build(*docs: Document) -> tuple[KB, AnsweringCore]:
    clauses = parse_all(list(docs))
    glossary = Glossary.from_mapping(with_defined(GLOSSARY, clauses))
    thai = ThaiText(glossary)
    book = read_facts(list(docs), clauses, glossary)

    def search(text: str, *, k: int = 10, pool: int = 200, keep=None) -> list[StubHit]:
        words = set(thai.tokens(glossary.expand(text)))
        hits = []
        for c in clauses:
            if keep is not None and not keep(c):
                continue
            have = set(thai.tokens(c.text + " " + (c.detail or "")))
            score = len(words & have) / (len(words) or 1)
            if score:
                hits.append(StubHit(c, score, 0.8 + 0.1 * score))
        return sorted(hits, key=lambda h: -h.score)[:k]

    documents = {d.meta.id: DocInfo(d.meta.id, d.meta.title, d.meta.date, list(d.meta.amends)) for d in docs}
    kb = KB(clauses, documents, book, glossary, thai, search)
    assert generate(book, glossary)  # every fact yields generated questions (embedded only at build time)
    bank = QuestionBank([], [])  # no model here: the intent comes from the question's words alone
    return kb, AnsweringCore(kb, bank, encode=lambda text: None)


def frame(core: AnsweringCore, question: str) -> Frame:
    return core.frame(question)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
