"""Dates of effect that a later paragraph gives, holders asked "since when", and what a handover note,
a chronology or a list's later addition says in running prose."""

from __future__ import annotations

from bot.answering.additions import added_items
from bot.answering.context import merge
from bot.core import messages
from bot.knowledge.amend import same_issue
from bot.knowledge.lead_prose import prose_leads
from tests.answering.helpers import build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
3) สถิติจังหวัด เป็นผู้ช่วยเลขานุการ
3. แนวทางสนับสนุน
3.1 วางแนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ (New Normal) ดังนี้
1) การปฏิบัติงานที่บ้าน (Work from Home)
2) การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device)
3.2 พัฒนาหรือจัดให้มีระบบเทคโนโลยีดิจิทัล ดังนี้
1) ระบบ e-Office
2) ระบบ e-Meeting
4. ประเด็นการขับเคลื่อน
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัลที่ตอบสนองต่อความต้องการของผู้ใช้บริการ
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ เพื่อให้เกิดการเชื่อมโยงระหว่างหน่วยงาน
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
"""

# a handover note: the change first, when it takes effect in a paragraph of its own, each part in prose
HANDOVER = """
บันทึกส่งมอบงาน

เรื่องแรก ฝ่ายเลขานุการ

คณะรัฐมนตรีมีมติเมื่อวันที่ 18 มิถุนายน 2567 ตามที่ ดศ. เสนอ ให้เปลี่ยนฝ่ายเลขานุการของคณะกรรมการ GCIO จากเดิมที่ผู้อำนวยการ สพร. เป็นกรรมการและเลขานุการ มาเป็นเลขาธิการ ก.พ. เป็นกรรมการและเลขานุการแทน

การเปลี่ยนฝ่ายเลขานุการนี้ไม่ได้มีผลทันที แต่มีผลตั้งแต่วันที่ 1 ตุลาคม 2567 ซึ่งเป็นวันเริ่มปีงบประมาณ

เรื่องที่สอง PCIO ต่างจังหวัด

มติเดียวกันนี้เปลี่ยนผู้ช่วยเลขานุการของคณะกรรมการ PCIO จากเดิมสถิติจังหวัด เป็นหัวหน้ากลุ่มงานข้อมูลสารสนเทศ สำนักงานจังหวัด

จุดนี้มีผลช้ากว่าเรื่องอื่น คือมีผลตั้งแต่วันที่ 1 มกราคม 2568 เพื่อให้จังหวัดมีเวลาออกคำสั่ง

เรื่องที่สาม เจ้าภาพประเด็น

- เรื่อง "การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ เพื่อให้เกิดการเชื่อมโยงระหว่างหน่วยงาน" เจ้าภาพเปลี่ยนจาก ดศ. กับ สพร. เป็น สพร. กับสำนักงาน ก.พ.ร. (สำนักงานคณะกรรมการพัฒนาระบบราชการ) ดศ. ขอถอนตัวจากเรื่องนี้

การเปลี่ยนเจ้าภาพประเด็นทั้งหมดนี้มีผลตั้งแต่วันที่ ครม. มีมติ คือ 18 มิถุนายน 2567

เรื่องที่สี่ คณะทำงานใหม่ที่ต้องรีบตั้ง

ครม. ให้ตั้ง "คณะทำงานติดตามผลการปฏิบัติงานวิถีใหม่" (New Normal Monitoring Working Group) ขึ้นภายใต้คณะกรรมการ GCIO
  ประธานคณะทำงาน: รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
  เลขานุการคณะทำงาน: ผู้อำนวยการกองยุทธศาสตร์และแผนงาน
หน้าที่คือนำขั้นตอนไปทำจริงกับหน่วยงานตัวอย่าง แล้วรายงานคณะกรรมการ GCIO ทุก 6 เดือน รายงานรอบแรกกำหนดส่งภายในเดือนมีนาคม 2568

เรื่องที่ห้า หลักสูตร

ครม. ให้โอนความรับผิดชอบการฝึกอบรมหลักสูตร GCIO จาก สพร. ไปเป็นของสำนักงาน ก.พ. เริ่มตั้งแต่รุ่นที่เปิดในปีงบประมาณ พ.ศ. 2568
"""

# a chronology: one dated entry, its parts by letter, each part's date of effect said of it by label
CHRONOLOGY = """
15 มีนาคม 2565 — มติคณะรัฐมนตรี

คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักงาน ก.พ. เสนอ ดังนี้

(ก) ให้ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการคณะกรรมการ GCIO ทั้งนี้ องค์ประกอบตาม (ก) ให้มีผลตั้งแต่วันที่ 1 เมษายน 2565 เป็นต้นไป

(ข) เพิ่มเติมแนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ (ข้อ 3.1 เดิม) ให้ครอบคลุมการทำงานแบบผสมผสาน (Hybrid Working) คือ การสลับการปฏิบัติงานระหว่างที่ตั้งกับที่บ้าน และเพิ่มระบบลายมือชื่ออิเล็กทรอนิกส์ (e-Signature) ไว้ในรายการระบบเทคโนโลยีดิจิทัลที่หน่วยงานควรจัดให้มี (ข้อ 3.2 เดิม)

(ค) ประเด็นที่ 2 ให้สำนักงาน ก.พ.ร. เป็นผู้รับผิดชอบหลัก

ความในข้อ (ข) และ (ค) มีผลตั้งแต่วันที่คณะรัฐมนตรีมีมติ คือ 15 มีนาคม 2565
"""


def _handover():
    return build(
        doc("seed", "2020-09-29", SEED),
        doc("note", "2024-06-18", HANDOVER, amends=("seed",)),
    )


def test_a_seat_changed_with_a_later_date_of_effect_is_dated_by_its_own_paragraph():
    _, core = _handover()
    secretary = core.ask("เลขาธิการ ก.พ. เริ่มเป็นเลขาฯ GCIO ตั้งแต่เมื่อไหร่").answer
    assert "1 ตุลาคม 2567" in secretary and "1 มกราคม 2568" not in secretary
    # the nearest sentence of effect, not the first one in the note
    assistant = core.ask("จังหวัดต้องเปลี่ยนผู้ช่วยเลขาฯ PCIO ตั้งแต่เมื่อไหร่").answer
    assert "1 มกราคม 2568" in assistant and "1 ตุลาคม 2567" not in assistant


def test_since_when_after_a_seat_answer_asks_when_that_holder_began():
    _, core = _handover()
    first = core.ask("ใครเป็นเลขาฯ กก. GCIO")
    assert "เลขาธิการ ก.พ" in first.answer
    since = core.ask("เริ่มทำหน้าที่ตั้งแต่เมื่อไหร่", context=first.context)
    assert "1 ตุลาคม 2567" in since.answer
    # a turn that asks "since when" takes the seat from the last turn and asks for a date
    frame = merge(core.frame("เริ่มทำหน้าที่ตั้งแต่เมื่อไหร่"), first.context)
    assert frame.intent == "doc_date" and frame.role == "secretary"


def test_a_holder_who_left_the_seat_is_dated_from_when_they_came_into_it():
    later = """
1. ปรับปรุงฝ่ายเลขานุการ
ให้ผู้อำนวยการ สพร. เป็นกรรมการและเลขานุการคณะกรรมการ GCIO แทนเลขาธิการ ก.พ. ทั้งนี้ มีผลใช้บังคับตั้งแต่วันที่ 1 เมษายน 2569
"""
    _, core = build(
        doc("seed", "2020-09-29", SEED),
        doc("note", "2024-06-18", HANDOVER, amends=("seed",)),
        doc("y-2026", "2026-02-10", later, amends=("note",)),
    )
    kb = core.kb
    now = [
        f.holder
        for f in kb.book.roles
        if f.role == "secretary" and f.status == "current" and f.committee == "GCIO"
    ]
    assert now and not any("ทั้งนี้" in h for h in now), now  # the date said of the seat is not its holder
    began = core.ask("เลขาธิการ ก.พ. เริ่มเป็นเลขาฯ GCIO ตั้งแต่เมื่อไหร่").answer
    assert "1 ตุลาคม 2567" in began and "2569" not in began.split("\n")[0]


def test_a_sibling_part_dated_by_its_label_does_not_date_another_part():
    kb, core = build(
        doc("seed", "2020-09-29", SEED), doc("c-2022", "2022-03-15", CHRONOLOGY, amends=("seed",))
    )
    lead = next(f for f in kb.book.leads if f.doc_id == "c-2022")
    said = kb.takes_effect(lead.clause)
    assert said is not None and "15 มีนาคม 2565" in said[0]  # "ความในข้อ (ข) และ (ค)", not "ตาม (ก)"
    seat = next(f for f in kb.book.roles if f.doc_id == "c-2022")
    assert "1 เมษายน 2565" in kb.takes_effect(seat.clause)[0]


def test_a_lead_asked_when_says_the_day_of_the_resolution_that_set_it():
    _, core = _handover()
    said = core.ask("มติที่เปลี่ยนเจ้าภาพประเด็นแพลตฟอร์มสำหรับบุคลากรภาครัฐ ออกวันไหนครับ").answer
    assert "18 มิถุนายน 2567" in said.split("\n")[0]
    assert "ก.พ.ร." in said


def test_a_lead_changed_from_one_pair_to_another_in_a_note():
    said = prose_leads(
        'เรื่อง "การจัดทำแนวทางกลาง" เจ้าภาพเปลี่ยนจาก ดศ. กับ สพร. เป็น สพร. กับ สคก. (สำนักงานคณะกรรมการกฤษฎีกา) ดศ. ขอถอนตัว'
    )
    assert said == [("การจัดทำแนวทางกลาง", "สพร. กับ สคก. (สำนักงานคณะกรรมการกฤษฎีกา)", "ดศ. กับ สพร.")]
    assert prose_leads("ประเด็นที่ 4 ผู้รับผิดชอบหลักเปลี่ยนจาก สพร. เป็น สำนักงาน ก.พ.ร. ตั้งแต่วันที่ 1 มกราคม 2568") == [
        ("ประเด็นที่ 4", "สำนักงาน ก.พ.ร.", "สพร.")
    ]
    kb, _ = _handover()
    now = [f for f in kb.book.leads if f.status == "current" and "บุคลากรภาครัฐ" in f.issue]
    assert [f.doc_id for f in now] == ["note"] and "ก.พ.ร." in now[0].agencies
    # the other platform issue shares a long head with it, and is not replaced
    other = [f for f in kb.book.leads if f.status == "current" and "ให้บริการ" in f.issue]
    assert [f.doc_id for f in other] == ["seed"]


def test_two_issues_sharing_a_long_head_are_two_issues():
    a = "การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัลที่ตอบสนองต่อความต้องการของผู้ใช้บริการ"
    b = "การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ เพื่อให้เกิดการเชื่อมโยงระหว่างหน่วยงาน"
    assert not same_issue(a, b)
    assert same_issue(b, "การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ")


def test_a_working_group_under_a_plain_heading_keeps_its_own_seats():
    kb, core = _handover()
    names = [c.name for c in kb.book.committees]
    assert not any("ใหม่ที่" in n for n in names), names  # "คณะทำงานใหม่ที่ต้องรีบตั้ง" is a heading's words
    secretaries = {
        f.committee: f.holder for f in kb.book.roles if f.role == "secretary" and f.doc_id == "note"
    }
    assert secretaries.get("GCIO") == "เลขาธิการ ก.พ"
    assert any("กองยุทธศาสตร์" in h for k, h in secretaries.items() if k != "GCIO")
    often = core.ask("คณะทำงานติดตามผลวิถีใหม่ต้องรายงานบ่อยแค่ไหน").answer
    assert "ทุก 6 เดือน" in often, often  # the paragraph above names the group the duty belongs to
    due = core.ask("รายงานรอบแรกของคณะทำงานติดตามฯ ต้องส่งเมื่อไร").answer
    assert due.startswith("เดือนมีนาคม 2568"), due


def test_a_later_addition_joins_the_list_its_section_names():
    _, core = build(
        doc("seed", "2020-09-29", SEED), doc("c-2022", "2022-03-15", CHRONOLOGY, amends=("seed",))
    )
    ways = core.ask("แนวทาง new normal ตอนนี้มีอะไรบ้าง").answer
    assert "Hybrid Working" in ways and "ลายมือชื่อ" not in ways, ways
    kb = core.kb
    added = {
        kb.by_uid[f.clause].number: [name for name, _ in added_items(kb, f, [])] for f in kb.book.measures
    }
    assert added["3.2"] == ["ระบบลายมือชื่ออิเล็กทรอนิกส์ (e-Signature)"]  # "(ข้อ 3.2 เดิม)" names its list
    assert added["3.1"] == ["การทำงานแบบผสมผสาน (Hybrid Working)"]


def test_claims_and_proposals_as_officials_word_them():
    _, core = _handover()
    assert core.frame("จริงมั้ยที่มติใหม่ให้สพร. เป็นเลขาฯ GCIO").yesno
    assert core.frame("is it true that the DGA director is secretary?").yesno
    assert core.frame("ใครเสนอเรื่องย้ายฝ่ายเลขาฯ GCIO เข้า ครม. ปี 67").intent == "doc_proposer"
    assert core.frame("ก่อนเสนอ ครม. สำนักงาน ก.พ. ไปหารือกับหน่วยงานไหนบ้าง").intent != "doc_proposer"
    proposer = core.ask("ใครเสนอให้เปลี่ยนเลขาฯ GCIO").answer
    assert proposer.startswith("ดศ.") and messages.NOT_COVERED not in proposer


def test_a_documents_default_date_gives_way_to_the_one_beside_what_is_asked():
    chart = """
1. คำอธิบาย
เว้นแต่จะระบุวันที่มีผลไว้เป็นอย่างอื่น การแก้ไขทุกส่วนมีผลตั้งแต่วันที่คณะรัฐมนตรีมีมติ คือวันที่ 17 มกราคม 2566
2. คณะทำงาน
กรอบคณะทำงานขับเคลื่อนวิถีชีวิตใหม่เป็นสีเทา หมายถึงให้ยุบเลิกคณะทำงานดังกล่าว
ป้ายที่มุมกรอบระบุว่า การยุบเลิกมีผลตั้งแต่วันที่ 31 มีนาคม 2566
"""
    _, core = build(doc("seed", "2020-09-29", SEED), doc("o-2023", "2023-01-17", chart, amends=("seed",)))
    assert "31 มีนาคม 2566" in core.ask("คณะทำงานวิถีชีวิตใหม่ถูกยุบเลิกมีผลวันไหน").answer
    assert "17 มกราคม 2566" in core.ask("มติ 17 ม.ค. 66 มีผลเมื่อไหร่").answer.split("(")[0]


def test_which_intake_is_asked_of_a_course_the_text_numbers_and_refused_of_a_product():
    _, core = _handover()
    intake = core.ask("โอนหลักสูตร GCIO ให้ ก.พ. เริ่มตั้งแต่รุ่นไหน")
    assert not intake.abstained and "2568" in intake.answer
    assert core.ask("ใช้โน้ตบุ๊ครุ่นไหนดี").abstained


def test_the_first_and_the_latest_resolution_that_seated_a_holder():
    back = """
1. ปรับปรุงฝ่ายเลขานุการ
ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นกรรมการและเลขานุการคณะกรรมการ GCIO แทนเลขาธิการ ก.พ. โดยผู้แทนสำนักงาน ก.พ. พ้นจากการเป็นผู้ช่วยเลขานุการ เนื่องจากปลัดกระทรวงเป็นเลขานุการแล้ว
"""
    kb, core = build(
        doc("seed", "2020-09-29", SEED),
        doc("note", "2024-06-18", HANDOVER, amends=("seed",)),
        doc("b-2025", "2025-08-19", back, amends=("note",)),
    )
    assert core.frame("ครั้งแรกที่กำหนดให้ผู้อำนวยการ สพร. เป็นเลขาฯ GCIO คือมติ ครม. วันไหน").intent == "doc_date"
    first = core.ask("ครั้งแรกที่กำหนดให้ผู้อำนวยการ สพร. เป็นเลขาฯ GCIO คือมติ ครม. วันไหน").answer
    assert first.startswith("29 กันยายน 2563"), first
    latest = core.ask("มติที่ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเป็นเลขาฯ GCIO คือมติวันไหน").answer
    assert latest.startswith("19 สิงหาคม 2568"), latest
    # "เนื่องจาก X เป็นเลขานุการแล้ว" gives a reason; it seats no one
    assert not any(f.holder.startswith("เนื่องจาก") for f in kb.book.roles if f.holder)
