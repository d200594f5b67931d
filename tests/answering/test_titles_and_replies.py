"""Issues a later text names by title alone (added, ended, brought back), documents asked about by their
title, additions to a list said beside its items, and a letter that answers numbered questions."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. ประเด็นขับเคลื่อน
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชนผ่านระบบดิจิทัล
สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.)
2) การสนับสนุนงบประมาณเพื่อรองรับการสร้างและพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน
สำนักงบประมาณ (สงป.)
3. สพร. ดำเนินการฝึกอบรมหลักสูตร GCIO
4. ปรับเปลี่ยนรูปแบบการปฏิบัติงานในหน่วยงาน โดยจัดให้มีระบบเทคโนโลยีดิจิทัล เช่น ระบบ e-Office ระบบ e-Saraban และระบบ e-Meeting เป็นต้น
"""

SHORT = """
1. ประเด็นขับเคลื่อน (สรุป)
1) แพลตฟอร์มบริการประชาชน: เจ้าภาพ สพร.
2) สนับสนุนงบประมาณระบบดิจิทัล: เจ้าภาพ สงป.
"""

ENDED = """
1. ประเด็นขับเคลื่อน
เรื่องการสนับสนุนงบประมาณเพื่อรองรับการสร้างและพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน
ยกเลิกประเด็นนี้ตั้งแต่วันที่ 1 มกราคม 2567
2. หน้าที่
การฝึกอบรมหลักสูตร GCIO (ย้ายหน้าที่): ให้โอนความรับผิดชอบการฝึกอบรมหลักสูตร GCIO จาก สพร. ไปเป็นของสำนักงาน ก.พ.
3. ระบบที่หน่วยงานต้องจัดให้มี
เพิ่มระบบลายมือชื่ออิเล็กทรอนิกส์ (e-Signature) ต่อจากระบบ e-Office, e-Saraban และ e-Meeting ซึ่งคงเดิม
"""

ANSWERED = """
กระทู้ถาม
๑. ประเด็นการสนับสนุนงบประมาณกลับมาแล้วหรือไม่
๒. มาตรการทำงานที่บ้านจะยังใช้ต่อไปหรือไม่

คำตอบ
ตอบคำถามข้อ 1 ประเด็นการสนับสนุนงบประมาณเพื่อรองรับการสร้างและพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน ซึ่งถูกยกเลิกไปตั้งแต่วันที่ 1 มกราคม 2567 ได้นำกลับมาเป็นประเด็นขับเคลื่อนอีกครั้ง โดยมีสำนักงบประมาณ (สงป.) เป็นผู้รับผิดชอบหลักเหมือนเดิม นอกจากนี้ คณะรัฐมนตรีได้เพิ่มประเด็นขับเคลื่อนใหม่ คือ การประยุกต์ใช้ปัญญาประดิษฐ์ (AI) ในหน่วยงานภาครัฐอย่างมีธรรมาภิบาล โดยมีสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ.) และสำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) เป็นผู้รับผิดชอบหลักร่วมกัน

ตอบคำถามข้อ 2 มาตรการยังคงใช้ต่อไป แต่ปรับถ้อยคำ "การปฏิบัติงานที่บ้าน (Work from Home)" เป็น "การปฏิบัติงานจากสถานที่ใดก็ได้ (Work from Anywhere)"
"""


def _chain() -> list:
    return [
        doc("seed", "2020-09-29", SEED),
        doc("short", "2022-03-15", SHORT, amends=("seed",)),
        doc("ended", "2023-11-21", ENDED, amends=("short",), title="กฎบัตรโครงการ GCIO Transformation"),
        doc("answered", "2025-08-19", ANSWERED, amends=("ended",)),
    ]


def test_issues_named_by_title_are_added_brought_back_and_end_their_short_restatements():
    docs = _chain()
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    now = [f for f in book.leads if f.status == "current" and not f.cancelled]
    ai = [f for f in now if "ปัญญาประดิษฐ์" in f.issue]
    assert ai and "สพธอ." in ai[0].agencies and "สพร." in ai[0].agencies
    budget = [f for f in now if "งบประมาณ" in f.issue]
    assert len(budget) == 1 and budget[0].doc_id == "answered"  # the short "2) สนับสนุน..." ended too
    moved = [f for f in book.leads if f.doc_id == "ended" and "อบรม" in f.issue]
    assert moved and moved[0].issue == "การฝึกอบรมหลักสูตร GCIO" and moved[0].agencies == "สำนักงาน ก.พ."
    _, core = build(*docs)
    listed = core.ask("ตอนนี้มีประเด็นขับเคลื่อนทั้งหมดกี่ประเด็น").answer
    assert "3 ประเด็น" in listed  # the platform, the budget brought back and AI; a moved duty is no issue
    assert "สพธอ." in core.ask("เรื่องใช้ AI ในหน่วยงานรัฐอย่างมีธรรมาภิบาล ใครรับผิดชอบหลัก").answer


def test_a_document_named_by_its_title_answers_who_proposed_and_when_it_was_approved():
    charter = """
โครงการ GCIO Transformation
ผู้เสนอ: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดศ.) ร่วมกับสำนักงาน ก.พ.
1. คณะกรรมการ GCIO
ให้เลขาธิการ ก.พ. เป็นรองประธาน
"""
    docs = [
        doc("seed", "2020-09-29", SEED, title="การดำเนินงานตามมติคณะรัฐมนตรี เรื่อง แนวทาง GCIO"),
        doc(
            "charter",
            "2023-11-21",
            charter,
            amends=("seed",),
            title="กฎบัตรโครงการ (Project Charter) GCIO Transformation",
        ),
    ]
    _, core = build(*docs)
    assert core.frame("กฎบัตร GCIO Transformation ใครเป็นผู้เสนอ").intent == "doc_proposer"
    assert core.frame("Who approved the GCIO Transformation project charter, and when?").intent == "doc_date"
    assert (
        "21 พฤศจิกายน 2566"
        in core.ask("Who approved the GCIO Transformation project charter, and when?").answer
    )


def test_an_item_added_beside_the_items_it_follows_joins_that_list():
    _, core = build(*_chain()[:3])
    answer = core.ask("ระบบดิจิทัลที่หน่วยงานต้องจัดให้มีตอนนี้มีอะไรบ้าง").answer
    assert "e-Office" in answer and "e-Signature" in answer


def test_numbered_questions_are_no_decisions_and_their_answers_follow_them():
    docs = _chain()
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    assert not [m for m in book.measures if m.doc_id == "answered" and m.title == "คณะรัฐมนตรีมีมติ"]
    _, core = build(*docs)
    answer = core.ask("What replaced the Work from Home measure?").answer
    assert "Work from Anywhere" in answer, (
        answer
    )  # "what replaced" asks for no unknown thing named "replaced"


def test_a_meeting_no_text_records_is_refused_and_a_recorded_one_says_what_it_decided():
    body = """
1. ความเป็นมา
อ.ก.พ. วิสามัญ ในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 31 มกราคม 2563 เห็นชอบการปรับปรุงแนวทางการบริหารจัดการ GCIO และการขอทบทวนมติคณะรัฐมนตรีในส่วนที่เกี่ยวข้องกับหลักสูตรรัฐบาลอิเล็กทรอนิกส์สำหรับผู้บริหารระดับสูง
2. มติ
คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักงาน ก.พ. เสนอ
"""
    _, core = build(doc("r-2020", "2020-09-29", body))
    assert core.ask("อ.ก.พ. ประชุมครั้งที่ 3/2563 มีมติเรื่องอะไร").abstained
    decided = core.ask("อ.ก.พ. ครั้งที่ 1/2563 เห็นชอบเรื่องอะไรบ้างคะ").answer
    assert "หลักสูตรรัฐบาลอิเล็กทรอนิกส์" in decided, decided  # what follows the mention, not what precedes it


def test_chat_words_for_lead_and_people_and_a_deadline_asked_in_english():
    _, core = build(doc("seed", "2020-09-29", SEED))
    assert "สพร" in core.ask("แพลตฟอร์มดิจิทัลสำหรับบริการปชช. ใครลีด").answer
    assert core.frame("What is the deadline for each department to appoint its DCIO?").when


def test_what_changed_in_a_named_committee_lists_its_seats_with_what_they_were():
    amended = """
1. คณะกรรมการ GCIO
ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน แทนรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
2. ประเด็นขับเคลื่อน
ให้สำนักงาน ก.พ. เป็นผู้รับผิดชอบหลักในประเด็นที่ 1
"""
    _, core = build(doc("seed", "2020-09-29", SEED), doc("new", "2022-03-15", amended, amends=("seed",)))
    assert core.frame("คณะกรรมการ GCIO มีอะไรเปลี่ยนไปบ้างจากมติเดิม").intent == "changes"
    answer = core.ask("คณะกรรมการ GCIO มีอะไรเปลี่ยนไปบ้างจากมติเดิม").answer
    assert "ปลัดกระทรวงดิจิทัล" in answer and "เดิม: รัฐมนตรีว่าการ" in answer
    assert "ก.พ." not in answer  # the issue's new lead is no seat of the committee
