"""A training handout's prose: a seat changed "จากเดิมที่เป็น X ... ให้เปลี่ยนเป็น Y" for the provinces only,
members added as plain lines under "กรรมการเพิ่มขึ้น 2 ตำแหน่ง คือ", an issue whose lead becomes "แต่ผู้เดียว",
and an issue added with "เพิ่มใหม่: TITLE เจ้าภาพหลักคือ ..."."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
หน้าที่ความรับผิดชอบ
3) ให้ข้อเสนอแนะหรือคำแนะนำสถาปัตยกรรมองค์กรภาครัฐ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
3) สถิติจังหวัด เป็นผู้ช่วยเลขานุการ
3. ประเด็น - ผู้รับผิดชอบหลัก
1) การสร้างการรับรู้และความเข้าใจในกฎ ระเบียบ ข้อกฎหมายด้านดิจิทัล
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
4. คณะรัฐมนตรีมีมติ
1) รับทราบผลการดำเนินการ
2) เห็นชอบการทบทวนมติคณะรัฐมนตรี
"""

HANDOUT = """
## ส่วนที่ 1 — คณะกรรมการ GCIO

กรรมการเพิ่มขึ้น 2 ตำแหน่ง คือ
ผู้อำนวยการสำนักงบประมาณ
และเลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.)
กรรมการอื่นคงเดิม

ส่วนหน้าที่ข้อที่ว่าด้วยสถาปัตยกรรมองค์กรภาครัฐ **คงเดิม** คือคณะกรรมการ GCIO "ให้ข้อเสนอแนะหรือคำแนะนำ" สถาปัตยกรรมองค์กรภาครัฐ

## ส่วนที่ 2 — คณะกรรมการ PCIO ของจังหวัดท่าน

สิ่งที่เปลี่ยนคือ **ผู้ช่วยเลขานุการ ของจังหวัดอื่นที่ไม่ใช่กรุงเทพมหานคร** จากเดิมที่เป็นสถิติจังหวัด มติ 15 มีนาคม 2565 ให้เปลี่ยนเป็น **ผู้อำนวยการสำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัด (ดศจ.)** โดยให้สถิติจังหวัดยังคงอยู่ในคณะกรรมการในฐานะกรรมการ

## ส่วนที่ 3 — ใครเป็นเจ้าภาพประเด็นไหน

ประเด็นที่ 1 (การสร้างการรับรู้และความเข้าใจในกฎ ระเบียบ ข้อกฎหมายด้านดิจิทัล) **เปลี่ยน** จากเดิมที่ ดศ. และ สพร. เป็นเจ้าภาพร่วม ให้ **สพร. เป็นเจ้าภาพหลักแต่ผู้เดียว** ร่วมกับหน่วยงานที่เกี่ยวข้อง

ประเด็นที่ 7 **เพิ่มใหม่**: การคุ้มครองข้อมูลส่วนบุคคลในการปฏิบัติงานตามวิถีชีวิตใหม่ เจ้าภาพหลักคือ **สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.)** ร่วมกับหน่วยงานที่เกี่ยวข้อง
"""


def _book():
    docs = [doc("seed", "2020-09-29", SEED), doc("handout", "2022-05-10", HANDOUT, amends=("seed",))]
    return docs, read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))


def test_a_seat_changed_for_the_provinces_only_and_members_added_as_plain_lines():
    _, book = _book()
    seats = [f for f in book.roles if f.doc_id == "handout"]
    helper = [f for f in seats if f.role == "assistant_secretary"]
    assert helper and helper[0].holder.startswith("ผู้อำนวยการสำนักงานดิจิทัล") and helper[0].replaced == "สถิติจังหวัด"
    assert helper[0].variant is None  # "จังหวัดอื่นที่ไม่ใช่กรุงเทพมหานคร" is no Bangkok seat
    members = {f.holder for f in seats if f.role == "member"}
    assert "ผู้อำนวยการสำนักงบประมาณ" in members and any("สกมช." in m for m in members)


def test_a_lead_made_sole_and_an_issue_added_with_its_lead():
    _, book = _book()
    leads = {f.number: f for f in book.leads if f.doc_id == "handout"}
    assert leads["1)"].agencies == "สพร." and leads["1)"].issue.startswith("การสร้างการรับรู้")
    assert "สคส." in leads["7)"].agencies and leads["7)"].issue.startswith("การคุ้มครองข้อมูลส่วนบุคคล")


def test_a_list_that_says_none_of_the_questions_words_gives_way_to_the_clause_that_does():
    docs, _ = _book()
    _, core = build(*docs)
    answer = core.ask("คกก. GCIO ตอนนี้ทำหน้าที่ 'เห็นชอบ' หรือ 'ให้คำแนะนำ' สถาปัตยกรรมองค์กรภาครัฐคะ").answer
    assert "ข้อเสนอแนะ" in answer and "รับทราบ" not in answer
