"""Layouts that carry out a resolution rather than state it: an English agreement whose schedule lists each issue's
title and leads after a colon ("TITLE: DGA and relevant agencies (unchanged)."), and a provincial audit checklist
whose flagged, boxed rows give seats as "ROLE — HOLDER แทน OLD" and leads as "ประเด็นที่ 7 (TITLE): เจ้าภาพ X".
Both are dated after the decision they carry out, which is the date their rules take."""

from __future__ import annotations

import datetime as dt

from bot.index.build import parse_all
from bot.knowledge.english import restate
from bot.knowledge.facts import read_facts
from bot.knowledge.load import decided_on
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. เจ้าภาพหลัก
ประเด็น - ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสร้างความพร้อมและพัฒนาบุคลากรผู้ปฏิบัติงานให้พร้อมรับและปรับตัวเข้ากับการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล
สำนักงาน ก.พ. และหน่วยงานที่เกี่ยวข้อง
"""

SCHEDULE = """
SCHEDULE A – Lead agencies of the driving issues

Digital platform for the work of government personnel, enabling collaboration between agencies: DGA and relevant agencies. MDES is removed as co-lead.

Readiness and development of government personnel for digital ways of working: OCSC and relevant agencies (unchanged).

Government data governance and data sharing between agencies (new issue): DGA and the National Statistical Office (NSO).

Service Owner: DGA.
"""

CHECKLIST = """
ส่วนที่ 7  ข้อมูลอ้างอิงสำหรับผู้ตรวจ

คณะกรรมการ GCIO
  ประธาน — รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (คงเดิม)
  ⚑ กรรมการและเลขานุการ — ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม แทนผู้อำนวยการ สพร.

ส่วนที่ 6  การประสานงานกับเจ้าภาพหลัก

⚑ □ 6.5  ประเด็นที่ 9 (เพิ่มใหม่): การนำปัญญาประดิษฐ์ (AI) มาใช้ในการปฏิบัติงานภาครัฐ เจ้าภาพหลัก สพธอ. และ สพร. — จังหวัดสำรวจการใช้ AI
"""


# the English words a schedule's titles use, as the knowledge base's glossary spells them in Thai
WORDS = {
    **GLOSSARY,
    **{
        k: [v]
        for k, v in {
            "platform": "แพลตฟอร์ม",
            "digital": "ดิจิทัล",
            "personnel": "บุคลากร",
            "readiness": "ความพร้อม",
            "work": "การปฏิบัติงาน",
            "working": "การปฏิบัติงาน",
            "government": "ภาครัฐ",
            "development": "พัฒนา",
        }.items()
    },
}


def _book():
    docs = [
        doc("seed", "2020-09-29", SEED),
        doc(
            "sla",
            "2023-03-01",
            SCHEDULE,
            amends=("seed",),
            title="SLA, implementing the Cabinet resolution of 14 February 2023",
        ),
        doc("audit", "2025-12-19", CHECKLIST, amends=("sla",)),
    ]
    return docs, read_facts(docs, parse_all(docs), Glossary.from_mapping(WORDS))


def test_a_schedules_titles_name_the_issues_they_restate_each_once():
    _, book = _book()
    sla = {f.number: f for f in book.leads if f.doc_id == "sla"}
    assert set(sla) >= {"1)", "2)", None}  # the platform, the readiness issue, and a new one of its own
    assert "สพร" in sla["1)"].agencies or "DGA" in sla["1)"].agencies
    assert "ดศ" not in sla["1)"].agencies  # MDES removed as co-lead
    assert sla["1)"].status == "current" and "(new issue" in sla[None].issue
    assert not any("Service Owner" in f.issue for f in book.leads)  # a label, not an issue


def test_a_checklists_flagged_rows_give_seats_and_leads():
    _, book = _book()
    secretary = [f for f in book.roles if f.doc_id == "audit" and f.role == "secretary"]
    assert secretary and secretary[0].holder == "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert secretary[0].replaced == "ผู้อำนวยการ สพร."
    chair = [f for f in book.roles if f.doc_id == "audit" and f.role == "chair"]
    assert chair and chair[0].holder == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"  # "(คงเดิม)": kept
    new = [f for f in book.leads if f.doc_id == "audit" and f.number == "9)"]
    assert new and new[0].issue.startswith("การนำปัญญาประดิษฐ์") and "สพธอ." in new[0].agencies


def test_a_document_carrying_out_an_earlier_decision_takes_its_date():
    assert decided_on(
        "SLA, implementing the Cabinet resolution of 14 February 2023", dt.date(2023, 3, 1), []
    ) == dt.date(2023, 2, 14)
    handout = "เอกสารประกอบการอบรม สรุปการเปลี่ยนแปลงตามมติคณะรัฐมนตรีเมื่อวันที่ 15 มีนาคม 2565"
    assert decided_on(handout, dt.date(2022, 5, 10), []) == dt.date(2022, 3, 15)
    # a report on carrying out what it amends, or a decision more than a year back, keeps its own date
    report = "การดำเนินงานตามมติคณะรัฐมนตรีเมื่อวันที่ 26 พฤศจิกายน 2562"
    assert decided_on(report, dt.date(2020, 9, 29), [dt.date(2019, 11, 26)]) == dt.date(2020, 9, 29)
    assert decided_on(handout, dt.date(2024, 5, 10), []) == dt.date(2024, 5, 10)


def test_when_a_rule_changed_answers_the_decision_not_the_documents_day():
    docs, _ = _book()
    _, core = build(*docs)
    answer = core.ask("เลขานุการคณะกรรมการ GCIO คนปัจจุบันคือใคร").answer
    assert "ปลัดกระทรวงดิจิทัล" in answer and "ผู้อำนวยการ สพร." in answer  # and whom it replaced


def test_english_seats_said_with_instead_of_and_as_the_only_one():
    bangkok = restate(
        "For Bangkok, the PCIO committee shall be chaired by the Governor of Bangkok (ผู้ว่าราชการกรุงเทพมหานคร), "
        "instead of the Permanent Secretary of the Bangkok Metropolitan Administration (ปลัดกรุงเทพมหานคร)."
    )
    # the one replaced, by the Thai name the text glosses it with
    assert "ผู้ว่าราชการกรุงเทพมหานคร เป็นประธาน" in bangkok and bangkok.endswith("แทน ปลัดกรุงเทพมหานคร")
    only = restate(
        "The Head of the Provincial Office continues as assistant secretary and is now the only assistant secretary."
    )
    assert "ยังคงเป็น" in only and "only" not in only


MEASURES = """
2. แนวทางการขับเคลื่อน
2.1 วางแนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ (New Normal) เช่น การปฏิบัติงานที่บ้าน (Work from Home) และการนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device) เป็นต้น
"""

ENGLISH_ADDITION = """
(e) "Hybrid work" (การทำงานแบบผสมผสาน), combining work at the office with work from home, is added as an example of the New Normal working arrangements to be supported under paragraph 2.1 of the Guideline.
"""


def test_an_english_text_adds_an_example_to_a_thai_list():
    docs = [doc("seed", "2020-09-29", MEASURES), doc("sla", "2023-02-14", ENGLISH_ADDITION, amends=("seed",))]
    _, core = build(*docs)
    answer = core.ask("แนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ ตอนนี้มีอะไรบ้าง").answer
    assert "Work from Home" in answer and "Hybrid work" in answer  # the list, and what the later text added


AGREEMENT = """
1.1 The Parties agree to deliver the shared services listed in Schedule A.
1.2 This Agreement takes effect on 1 April 2023 and remains in force until 30 September 2026.
"""


def test_an_english_texts_days_answer_when_it_starts_and_until_when():
    _, core = build(doc("seed", "2020-09-29", SEED), doc("sla", "2023-03-01", AGREEMENT, amends=("seed",)))
    assert core.ask("Until when does this Agreement remain in force?").answer.startswith("30 September 2026")
    thai = core.ask("Agreement นี้อยู่ถึงวันไหน").answer
    assert thai.startswith("30 กันยายน 2569")  # a Thai question gets the day in Thai
