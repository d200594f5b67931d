"""A quiz among the resolutions (questions, options, a key), short names asked for, costs and amounts asked
about, a purpose said late in a long clause, and a follow-up naming a body no resolution seats anyone in."""

from __future__ import annotations

from bot.answering.aspects import ASPECTS
from bot.answering.context import merge
from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. สำนักงาน ก.พ. ได้จัดประชุมร่วมระหว่างหน่วยงานที่เกี่ยวข้อง ประกอบด้วยกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดศ.) สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.) สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) คณะกรรมการบริหารพนักงานราชการ (คพร.) เพื่อหารือเกี่ยวกับแนวทางการบริหารจัดการ GCIO ให้ได้ข้อยุติร่วมกัน
3. ประเด็น - ผู้รับผิดชอบหลัก
1) การปรับปรุงกฎ ระเบียบ — ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง ระดับกระทรวง (MCIO) ระดับกรม (DCIO) และระดับจังหวัด (PCIO)
2) การสนับสนุนงบประมาณเพื่อพัฒนาระบบดิจิทัล — สำนักงบประมาณ (สงป.)
4. บทบาทของ GCIO ระดับกระทรวง กรม และจังหวัด ในการนำการเปลี่ยนแปลง
5. คณะอนุกรรมการข้าราชการพลเรือน (อ.ก.พ.) วิสามัญ ในการประชุมครั้งที่ 1/2563 เห็นชอบการปรับแนวทาง
"""

QUIZ = """
## ตอนที่ 1 เลือกคำตอบที่ถูกต้องที่สุด

1. ปัจจุบันผู้ใดเป็นประธานคณะกรรมการ GCIO
ก. รัฐมนตรีว่าการ ดศ.  ข. รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล  ค. นายกรัฐมนตรี  ง. ปลัดกระทรวง ดศ.

2. ผู้ใดเป็นกรรมการและเลขานุการคณะกรรมการ GCIO
ก. ผู้อำนวยการ สพร.  ข. เลขาธิการ ก.พ.  ค. ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม  ง. เลขาธิการ ก.พ.ร.

## เฉลย

ข้อ 1 ตอบ ข. ให้รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล เป็นประธาน
"""


def test_a_quizs_questions_and_options_are_no_statements_and_its_key_is_read():
    docs = [doc("seed", "2020-09-29", SEED), doc("quiz", "2025-06-10", QUIZ, amends=("seed",))]
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    seats = [(f.role, f.holder) for f in book.roles if f.doc_id == "quiz"]
    assert ("chair", "รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล") in seats  # "ตอบ ข." dropped
    assert not any("ก." in (h or "") or "ข." in (h or "") for _, h in seats)  # no option row read as a holder
    assert not any(role == "secretary" for role, _ in seats)  # question 2 is asked, not answered in the key


def test_a_short_name_asked_for_is_the_one_in_brackets_after_those_words():
    _, core = build(doc("seed", "2020-09-29", SEED))
    assert core.ask("GCIO ระดับกรมเรียกย่อว่าอะไรนะ").answer.startswith("DCIO")
    assert core.ask("ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด ชื่อย่อคืออะไร").answer.startswith("PCIO")


def test_costs_and_amounts_no_text_gives_are_refused_and_a_role_is_no_amount_of_baht():
    _, core = build(doc("seed", "2020-09-29", SEED))
    assert core.ask("ใครออกค่าโน้ตบุ๊กให้คนที่ BYOD ครับ").abstained
    money = [a for a in ASPECTS if a.stated.search("วงเงิน 5 ล้านบาท")]
    assert money and not any(a.stated.search("บทบาทของ GCIO") for a in money)  # "บทบาท" holds no "บาท"
    assert any(a.asked.search("ใครออกค่าเครื่องให้") for a in ASPECTS)


def test_a_purpose_said_late_in_a_long_clause_is_the_answer():
    _, core = build(doc("seed", "2020-09-29", SEED))
    answer = core.ask("ก.พ. จัดประชุมหารือเรื่องแนวทาง GCIO กับหน่วยงานอื่นเพื่ออะไร").answer
    assert answer.startswith("เพื่อหารือ") and "ข้อยุติ" in answer


def test_a_follow_up_naming_a_body_without_seats_takes_no_committee_from_the_last_turn():
    _, core = build(doc("seed", "2020-09-29", SEED))
    first = core.ask("ใครเป็นประธานคณะกรรมการ GCIO")
    frame = merge(core.frame("ใครเป็นประธาน อ.ก.พ. ชุดนี้ครับ"), first.context)
    assert not frame.committees
    assert core.ask("ใครเป็นประธาน อ.ก.พ. ชุดนี้ครับ", context=first.context).abstained
