"""Questions that point into the text: a numbered part ("ข้อ 2.2 ให้...อย่างไร"), another row of the table just
quoted ("แล้วขั้นประเมินล่ะ เพื่ออะไร"), another meeting of the body just asked about ("ครั้งที่ 5 ล่ะ"), and a
doubt that asks a question of its own ("แน่ใจนะ เปลี่ยนตามมติไหน")."""

from __future__ import annotations

from bot.thai import Glossary
from tests.answering.helpers import build, doc

TEXT = """
1. คณะกรรมการ GCIO
1) รองนายกรัฐมนตรี เป็นประธาน
2. อ.ก.พ. วิสามัญเฉพาะกิจเกี่ยวกับการขับเคลื่อนการพัฒนาทักษะด้านดิจิทัลของข้าราชการ ในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 31 มกราคม 2563 เห็นชอบการปรับปรุงแนวทาง และในการประชุมครั้งที่ 5/2563 เมื่อวันที่ 29 พฤษภาคม 2563 เห็นชอบการเพิ่มเติมบทบาทของ GCIO ดังนี้
2.1 วางแนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ (New Normal) เช่น การปฏิบัติงานที่บ้าน (Work from Home) เป็นต้น
2.2 ปรับเปลี่ยนรูปแบบการปฏิบัติงานในหน่วยงานและพัฒนาระบบเทคโนโลยีดิจิทัลที่รองรับการให้บริการประชาชนอย่างเต็มรูปแบบ เช่น ระบบ e-Office เป็นต้น
ทั้งนี้ ขอให้หน่วยงานที่เกี่ยวข้องเป็นเจ้าภาพหลัก ดังนี้
ประเด็น - ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ เพื่อให้เกิดการทำงานร่วมกันระหว่างหน่วยงาน
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
2.3 กำหนดแนวทางเพิ่มประสิทธิภาพการปฏิบัติงาน โดยมีการดำเนินการหลัก ดังนี้
การดำเนินการ - วัตถุประสงค์
1) รวบรวมการดำเนินงานก่อนและระหว่างการนำเทคโนโลยีดิจิทัลมาใช้
เพื่อแสดงภาพรวมการเปลี่ยนแปลงของหน่วยงาน
2) ประเมินประสิทธิภาพการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล
เพื่อความรวดเร็วในการดำเนินงานและความพึงพอใจของผู้รับบริการ
"""

NEWER = """
1. ให้รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานคณะกรรมการ GCIO แทนรองนายกรัฐมนตรี
2. ให้โอนการฝึกอบรมหลักสูตร GCIO จาก สพร. ไปเป็นของสำนักงาน ก.พ. มีผลตั้งแต่วันที่ 1 ตุลาคม 2567
3. หน้าที่ด้านสถาปัตยกรรมองค์กรภาครัฐกลับไปใช้ถ้อยคำตามมติ 26 พ.ย. 2562 โดยมีผลตั้งแต่ 1 เม.ย. 2569
"""


def _core():
    return build(doc("seed", "2020-09-29", TEXT), doc("later", "2021-08-17", NEWER, amends=("seed",)))[1]


def test_a_numbered_part_is_answered_by_its_own_words_before_a_table_under_it():
    answer = _core().ask("ข้อ 2.2 ให้หน่วยงานปรับรูปแบบการปฏิบัติงานยังไง").answer
    assert answer.startswith("ปรับเปลี่ยนรูปแบบการปฏิบัติงาน")


def test_another_row_of_the_table_just_quoted():
    core = _core()
    first = core.ask("ขั้นรวบรวมการดำเนินงานทำไปเพื่ออะไร")
    assert "ภาพรวมการเปลี่ยนแปลง" in first.answer
    then = core.ask("แล้วขั้นประเมินล่ะ เพื่ออะไร", context=first.context)
    assert "ความรวดเร็ว" in then.answer and "ภาพรวมการเปลี่ยนแปลง" not in then.answer


def test_whose_satisfaction_is_not_who_leads_an_issue():
    answer = _core().ask("ประเมินประสิทธิภาพแล้ว ต้องดูความพึงพอใจของใครด้วย").answer
    assert "ผู้รับบริการ" in answer and "ผู้รับผิดชอบหลัก" not in answer


def test_another_meeting_of_the_same_body_and_one_the_text_does_not_record():
    core = _core()
    first = core.ask("อ.ก.พ. วิสามัญประชุมครั้งที่ 1/2563 เมื่อไหร่")
    assert "31 มกราคม 2563" in first.answer
    fifth = core.ask("ครั้งที่ 5 ล่ะ", context=first.context)
    assert fifth.answer.startswith("การประชุมครั้งที่ 5/2563 เมื่อวันที่ 29 พฤษภาคม 2563")
    third = core.ask("แล้วครั้ง 3 กับ 4 ประชุมเรื่องอะไร", context=fifth.context)
    assert third.abstained and "1/2563" in third.answer  # says which meetings the text does record


def test_a_doubt_with_a_question_of_its_own_is_answered_not_rechecked():
    core = _core()
    first = core.ask("รองนายกฯ ยังเป็นประธาน GCIO อยู่ใช่ไหม")
    assert first.answer.startswith("ไม่ใช่")
    then = core.ask("แน่ใจนะ เปลี่ยนตามมติไหน", context=first.context)
    assert "17 สิงหาคม 2564" in then.answer and "ตรวจกับข้อความ" not in then.answer


def test_a_question_word_ending_in_nai_is_not_an_abbreviation():
    glossary = Glossary.from_mapping({"หน.": ["หัวหน้า"], "ผอ.": ["ผู้อำนวยการ"]})
    assert glossary.expand("SLA ฉบับนี้มีผลถึงวันไหน") == "SLA ฉบับนี้มีผลถึงวันไหน"
    assert "หัวหน้า" in glossary.expand("หน สนจ. คือใคร")


def test_when_a_change_takes_effect_is_the_day_its_own_sentence_gives():
    core = _core()
    assert "1 ตุลาคม 2567" in core.ask("โอนการอบรมหลักสูตร GCIO ไป ก.พ. มีผลเมื่อไร").answer
    # the day it takes effect, not the day of the resolution whose wording it goes back to
    answer = core.ask("กลับไปใช้ถ้อยคำเดิมเรื่องสถาปัตยกรรมองค์กรภาครัฐ มีผลวันไหน").answer
    assert answer.startswith("1 เม.ย. 2569") or "1 เม.ย. 2569" in answer.split("\n")[0]


DUTIES = """
1. คณะกรรมการ GCIO
องค์ประกอบ
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
หน้าที่ความรับผิดชอบ
2) ให้ข้อเสนอแนะสถาปัตยกรรมองค์กรภาครัฐ รวมทั้งบริหารจัดการทรัพยากรเพื่อการใช้ประโยชน์ร่วมกัน
2. คณะรัฐมนตรีมีมติ ดังนี้
1) รับทราบผลการดำเนินการของคณะกรรมการ GCIO
2) เห็นชอบการเพิ่มเติมบทบาทของ GCIO
"""


def test_a_committees_duties_are_the_items_under_its_duties_heading():
    _, core = build(doc("seed", "2020-09-29", DUTIES))
    for asked in ("คกก GCIO มีหน้าที่อะไรบ้างคะ", "What are the duties of the GCIO committee?"):
        answer = core.ask(asked).answer
        assert "สถาปัตยกรรมองค์กรภาครัฐ" in answer and "รับทราบ" not in answer
    # one duty asked by its own words, or as an earlier resolution wrote it, is not the whole list
    answer = core.ask("มติปี 62 เขียนหน้าที่ คกก.GCIO เรื่องสถาปัตยกรรมองค์กรภาครัฐไว้ว่าไง").answer
    assert not answer.startswith("หน้าที่ความรับผิดชอบ")
