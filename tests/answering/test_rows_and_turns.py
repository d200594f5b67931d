"""A row of a list asked by its own words or by its place ("ขั้นแรก"), examples a list's heading gives,
and turns that lean on the last one: a correction after an unnamed seat, a doubt that repeats the
claim, "that agency", "anything else too"."""

from __future__ import annotations

import pytest

from bot.answering.answerers.measures import Measures
from tests.answering.helpers import build, doc

GUIDE = """
เรื่อง แนวทางการปฏิบัติงาน (ทดสอบ)
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO) มีองค์ประกอบ ดังนี้
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ไม่มีการกำหนดตำแหน่งรองประธาน
2. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (PCIO) มีองค์ประกอบ ดังนี้
1) ผู้ว่าราชการจังหวัด เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
3) สถิติจังหวัด เป็นผู้ช่วยเลขานุการ
3. หน่วยงานต้องปรับเปลี่ยนองค์กรสู่ยุคดิจิทัลอย่างเร่งด่วน เช่น การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 โดยมีรายละเอียด ดังนี้
3.1 วางแนวทางสนับสนุนการปฏิบัติงานที่บ้านและนอกสถานที่ตั้ง
3.2 กำหนดแนวทางเพิ่มประสิทธิภาพการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล ดังนี้
การดำเนินการ - วัตถุประสงค์
1) รวบรวมการดำเนินงานก่อนและระหว่างการนำเทคโนโลยีดิจิทัลมาใช้
เพื่อแสดงภาพรวมการเปลี่ยนแปลงของหน่วยงาน
2) วิเคราะห์ข้อดี ข้อเสีย และอุปสรรคจากการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล
เพื่อนำข้อมูลมาจัดทำแนวทางที่เหมาะสม
3) ประเมินประสิทธิภาพการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล
เพื่อความรวดเร็ว การประหยัดค่าใช้จ่าย และคุณภาพของงาน
4. ประเด็นและหน่วยงานรับผิดชอบหลัก ดังนี้
ประเด็น - ผู้รับผิดชอบหลัก
1) การสร้างการรับรู้กฎ ระเบียบด้านดิจิทัลของบุคลากร ซึ่งควรมีการจัดทำสื่อประชาสัมพันธ์หรือหลักสูตรให้ความรู้ด้วย
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัล
สำนักงบประมาณ (สงป.)
"""


@pytest.fixture(scope="module")
def guide():
    return build(doc("guide-2020", "2020-09-29", GUIDE))


def test_the_first_or_last_step_of_a_list_the_question_names(guide):
    _, core = guide
    first = core.ask("ขั้นแรกของแนวทางเพิ่มประสิทธิภาพการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัลคืออะไร")
    assert "รวบรวมการดำเนินงาน" in first.answer and "วิเคราะห์" not in first.answer
    last = core.ask("ขั้นตอนสุดท้ายของแนวทางเพิ่มประสิทธิภาพการปฏิบัติงานคืออะไร")
    assert "ประเมินประสิทธิภาพ" in last.answer and "รวบรวมการดำเนินงาน" not in last.answer


def test_a_row_named_by_its_own_words_is_answered_with_what_it_says(guide):
    _, core = guide
    a = core.ask("การประเมินประสิทธิภาพการปฏิบัติงาน วัดผลด้านไหนบ้าง")
    assert "ความรวดเร็ว" in a.answer and "คุณภาพของงาน" in a.answer
    assert "รวบรวมการดำเนินงาน" not in a.answer  # not the whole list of steps


def test_examples_a_lists_heading_gives_are_answered_from_the_heading(guide):
    _, core = guide
    a = core.ask("มติยกตัวอย่างอะไรที่ทำให้ต้องเร่งปรับเปลี่ยนองค์กรสู่ยุคดิจิทัล")
    assert "โคโรนา" in a.answer


def test_a_correction_after_a_seat_the_text_leaves_unnamed_keeps_the_seat(guide):
    _, core = guide
    first = core.ask("เลขานุการคณะกรรมการ GCIO คือใคร")
    assert first.abstained  # the text names no such seat
    again = core.ask("อ้อ ไม่ใช่ครับ ผมหมายถึงระดับจังหวัด", context=first.context)
    assert "หัวหน้าสำนักงานจังหวัด" in again.answer and "ผู้ช่วยเลขานุการ" not in again.answer


def test_a_refusal_still_passes_the_earlier_turn_on(guide):
    _, core = guide
    first = core.ask("การสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัล หน่วยไหนรับผิดชอบหลัก")
    assert "สำนักงบประมาณ" in first.answer
    off = core.ask("ได้งบกี่ล้านปีนี้", context=first.context)
    assert off.abstained
    where = core.ask("แล้วหน่วยงานนั้นอยู่ในประเด็นข้อที่เท่าไหร่", context=off.context)
    assert "2)" in where.answer


def test_a_doubt_that_repeats_the_claim_is_the_claim_checked_again(guide):
    _, core = guide
    first = core.ask("รมว.ดศ. เป็นรองประธาน คณะกรรมการ GCIO ใช่ไหม")
    assert "ไม่มีการกำหนดตำแหน่งรองประธาน" in first.answer
    doubt = core.ask("แน่ใจนะ ผมจำได้ว่าเป็นรองประธาน", context=first.context)
    assert not doubt.abstained and first.answer.split("\n")[0] in doubt.answer


def test_anything_else_to_do_is_the_rest_of_the_clause_just_quoted(guide):
    _, core = guide
    first = core.ask("เรื่องสร้างการรับรู้กฎ ระเบียบ ด้านดิจิทัล ใครดูแล")
    assert "ดศ." in first.answer
    more = core.ask("ต้องทำอะไรประกอบด้วยมั้ยคะ", context=first.context)
    assert "สื่อประชาสัมพันธ์" in more.answer


def test_the_year_of_the_version_asked_in_english(guide):
    _, core = guide
    a = core.frame("what did the 2019 version say for that role?")
    assert a.year == 2019 and "version" not in a.unknown


def test_a_lead_answer_shows_the_words_of_the_row_the_question_asks_about(guide):
    _, core = guide
    a = core.ask("สื่อประชาสัมพันธ์หรือหลักสูตรให้ความรู้เรื่องกฎ ระเบียบด้านดิจิทัล ใครรับผิดชอบ")
    assert "ดศ." in a.answer and "สื่อประชาสัมพันธ์" in a.answer


def test_another_chief_officer_is_not_the_information_officer(guide):
    _, core = guide
    assert core.ask("Who is the Chief Data Officer of the committee?").abstained


def test_a_system_the_list_does_not_name_is_a_no_with_the_list():
    systems = """
1. ให้หน่วยงานพัฒนาระบบเทคโนโลยีดิจิทัลเพื่อให้บริการประชาชน เช่น ระบบ e-Office ระบบ e-Meeting และระบบ e-Service เป็นต้น
"""
    kb, core = build(doc("sys-2020", "2020-09-29", systems))
    frame = core.frame("ระบบ e-Learning เป็นหนึ่งในระบบที่มติให้พัฒนามั้ย")
    frame.intent = "measures"  # as the question bank gives it with the model
    draft = Measures().answer(frame, kb, core.vocab)
    said = "\n".join(draft.lines)
    assert said.startswith("ไม่ใช่") and "e-Learning" in said and "e-Office" in said


def test_a_claim_about_when_the_resolution_was_made_is_judged():
    old = doc("old-2019", "2019-11-26", "1. คณะกรรมการ GCIO มีองค์ประกอบ ดังนี้\n1) รองนายกรัฐมนตรี เป็นประธาน")
    _, core = build(old, doc("guide-2020", "2020-09-29", GUIDE, amends=("old-2019",)))
    wrong = core.ask("มติเรื่องนี้ออกปี 2564 ใช่ไหม")
    assert wrong.answer.startswith("ไม่ใช่") and "29 กันยายน 2563" in wrong.answer
    right = core.ask("มติเรื่องนี้ออกปี 2563 ใช่ไหม")
    assert right.answer.startswith("ใช่") and "29 กันยายน 2563" in right.answer
    review = core.ask("มติทบทวนนี้ ครม. มีมติเมื่อ 26 พ.ย. 2562 ใช่ไหม")  # the day of the one it reviews
    assert review.answer.startswith("ไม่ใช่") and "29 กันยายน 2563" in review.answer
