"""Each answerer on small hand-written resolutions, with a keyword search instead of the model."""

from __future__ import annotations

import pytest

from tests.answering.helpers import build, doc, frame, squash

BASE = """
เรื่อง แนวทางการบริหารจัดการ GCIO (ทดสอบ)
สำนักงาน ก.พ. รายงานว่า
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO) มีองค์ประกอบ ดังนี้
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นกรรมการ
3) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (Provincial Chief Information Officer: PCIO) ดังนี้
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
3) สถิติจังหวัด เป็นผู้ช่วยเลขานุการ
3. ให้หน่วยงานที่เกี่ยวข้องเป็นเจ้าภาพหลัก ดังนี้
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัล
สำนักงบประมาณ (สงป.)
4. วางแนวทางการปฏิบัติงานบนฐานวิถีชีวิตใหม่ เช่น การปฏิบัติงานที่บ้าน การประชุมออนไลน์ และการนำอุปกรณ์ส่วนตัวมาใช้ เป็นต้น
ที่มา: ที่ประชุมคณะรัฐมนตรี วันที่ 10 มกราคม 2565
"""

AMEND = """
เรื่อง การปรับปรุงแนวทาง GCIO (ทดสอบ)
คณะรัฐมนตรีมีมติ
ข้อ 1. เห็นชอบตามที่สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) เสนอ
สาระสำคัญของเรื่อง
ให้เลขาธิการสำนักงาน ก.พ. ทำหน้าที่กรรมการและเลขานุการของคณะกรรมการ GCIO แทนผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล
สำหรับคณะกรรมการ PCIO ให้ปรับผู้ช่วยเลขานุการจากเดิม สถิติจังหวัด เป็น ผู้อำนวยการสำนักงานสถิติจังหวัด
"""


@pytest.fixture(scope="module")
def world():
    return build(
        doc("base-2022", "2022-01-10", BASE),
        doc("amend-2023", "2023-03-01", AMEND, amends=("base-2022",)),
    )


def ask(world, question):
    return world[1].ask(question)


def test_role_holder_from_a_list(world):
    a = ask(world, "ใครเป็นประธานคณะกรรมการ GCIO")
    assert not a.abstained and a.kind == "chair"
    assert a.answer.startswith("ประธาน: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")


def test_a_replacement_in_prose_supersedes_across_documents_and_says_what_it_was(world):
    a = ask(world, "เลขาฯ GCIO คือใคร")
    assert "เลขาธิการสำนักงาน ก.พ." in a.answer.split("\n")[0]
    assert a.previously and "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล" in a.previously
    assert a.citations[0].doc_id == "amend-2023"


def test_from_to_wording_changes_the_holder(world):
    a = ask(world, "ผู้ช่วยเลขานุการ PCIO คือใคร")
    first = a.answer.split("\n")[0]
    assert "ผู้อำนวยการสำนักงานสถิติจังหวัด" in first
    assert "เดิม" in a.answer and "สถิติจังหวัด" in a.answer


def test_bangkok_variant(world):
    a = ask(world, "ประธาน PCIO ของ กทม. คือใคร")
    assert a.answer.index("ปลัดกรุงเทพมหานคร") < a.answer.index("จังหวัดอื่น")


def test_yes_no_says_no_and_who_is(world):
    a = ask(world, "สถิติจังหวัดเป็นเลขาฯ PCIO ใช่มะ")
    assert a.answer.startswith("ไม่ใช่") and "หัวหน้าสำนักงานจังหวัด" in a.answer


def test_a_holders_roles_from_their_side(world):
    a = ask(world, "ผมเป็นหัวหน้าสำนักงานจังหวัด มีบทบาทอะไรใน PCIO")
    assert not a.abstained and "หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ" in a.answer


def test_composition_lists_every_role(world):
    a = ask(world, "องค์ประกอบคณะกรรมการ GCIO มีใครบ้าง")
    for who in ("รัฐมนตรีว่าการกระทรวงดิจิทัล", "ปลัดกระทรวงดิจิทัล", "เลขาธิการสำนักงาน ก.พ."):
        assert who in a.answer
    assert len(a.answer) <= 600


def test_lead_of_an_issue_and_issues_of_an_agency_by_its_nickname(world):
    a = ask(world, "ใครรับผิดชอบการสนับสนุนงบประมาณพัฒนาระบบดิจิทัล")
    assert a.kind == "lead" and "สำนักงบประมาณ" in a.answer.split("\n")[0]
    a = ask(world, "DGA รับผิดชอบเรื่องอะไรบ้าง")
    assert "ดิจิทัลแพลตฟอร์ม" in a.answer and "งบประมาณ" not in a.answer


def test_measures_list_the_examples(world):
    a = ask(world, "แนวทางวิถีชีวิตใหม่มีอะไรบ้าง")
    for item in ("การปฏิบัติงานที่บ้าน", "การประชุมออนไลน์", "อุปกรณ์ส่วนตัว"):
        assert item in a.answer


def test_document_facts(world):
    a = ask(world, "มติ ครม. เรื่องนี้ลงวันที่เท่าไร")
    assert "1 มีนาคม 2566" in a.answer  # the latest resolution
    a = ask(world, "ใครเป็นผู้เสนอเรื่องนี้ต่อ ครม.")
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" in a.answer


def test_what_a_resolution_changed(world):
    a = ask(world, "มติวันที่ 1 มีนาคม 2566 เปลี่ยนแปลงอะไรบ้าง")
    assert "เลขาธิการสำนักงาน ก.พ." in a.answer and "ผู้อำนวยการสำนักงานสถิติจังหวัด" in a.answer


def test_refuses_another_committee_a_foreign_cio_and_a_persons_name(world):
    for q in ("ใครเป็นประธานคณะกรรมการการเลือกตั้ง", "ใครเป็น CIO ของสิงคโปร์", "Who is the CIO of Singapore?"):
        assert ask(world, q).abstained, q
    a = ask(world, "ประธาน GCIO ชื่ออะไร")
    assert a.abstained and "ไม่ได้ระบุชื่อ" in a.answer


def test_a_role_the_text_does_not_name_is_not_guessed(world):
    a = ask(world, "ใครเป็นรองประธานคณะกรรมการ PCIO")
    assert a.abstained and "ไม่ได้ระบุ" in a.answer


def test_english_question_gets_english_role_labels_beside_the_thai(world):
    a = ask(world, "Who is the chair of the GCIO committee?")
    assert a.answer.startswith("Chair (ประธาน): รัฐมนตรีว่าการกระทรวงดิจิทัล")


def test_passage_fallback_never_ends_on_a_heading_that_introduces_a_list(world):
    a = ask(world, "มติเรื่องนี้ให้หน่วยงานที่เกี่ยวข้องทำอะไร")
    assert not a.abstained
    assert not squash(a.answer).endswith("ดังนี้")


def test_frames_read_the_slots(world):
    _, core = world
    f = frame(core, "เดิมใครเป็นผู้ช่วยเลขาฯ PCIO ปี 2565")
    assert f.role == "assistant_secretary" and f.committee == "PCIO" and f.history and f.year == 2022
    f = frame(core, "สพร. เป็นเจ้าภาพเรื่องอะไร")
    assert f.agencies and f.intent == "issues_of"


def test_where_in_the_resolution(world):
    a = ask(world, "เรื่องการประชุมออนไลน์อยู่ข้อไหน")
    assert not a.abstained and a.answer.startswith("อยู่ในข้อ 4") and "การประชุมออนไลน์" in a.answer
    a = ask(world, "การสนับสนุนงบประมาณอยู่ประเด็นที่เท่าไรของข้อ 3")
    assert "ข้อ 3 2)" in a.answer


LATER = """
เรื่อง การจัดตั้งคณะทำงานและปรับประเด็น (ทดสอบ)
ด้วยสำนักงาน ก.พ. ได้เสนอเรื่องนี้
1. ให้รวมประเด็นที่ ๑ และประเด็นที่ ๒ เข้าเป็นประเด็นเดียวกัน และให้ใช้ความต่อไปนี้แทน
“ประเด็นที่ ๑ การพัฒนาแพลตฟอร์มและงบประมาณดิจิทัล”
โดยให้ สพร. และ สงป. เป็นเจ้าภาพร่วม
2. ตำแหน่งกรรมการและเลขานุการคณะกรรมการ GCIO ให้เป็นของเลขาธิการสำนักงาน ก.พ. แทนผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล
มอบหมายให้สำนักงาน ก.พ. เป็นฝ่ายเลขานุการคณะกรรมการ GCIO
3. จัดตั้งคณะทำงานติดตามงานดิจิทัล (คตด.) มีองค์ประกอบ ดังนี้
ตำแหน่ง — ผู้ดำรงตำแหน่ง
ประธานคณะทำงาน — รองเลขาธิการ ก.พ.
คณะทำงานและเลขานุการ — ผู้อำนวยการกองยุทธศาสตร์
"""


@pytest.fixture(scope="module")
def later_world():
    return build(
        doc("base-2022", "2022-01-10", BASE),
        doc("later-2024", "2024-05-01", LATER, amends=("base-2022",)),
    )


def test_position_first_statements_secretariat_and_working_groups(later_world):
    a = later_world[1].ask("ใครเป็นเลขานุการคณะกรรมการ GCIO")
    assert "เลขาธิการสำนักงาน ก.พ." in a.answer.split("\n")[0]
    assert "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล" in (a.previously or a.answer)
    a = later_world[1].ask("ฝ่ายเลขานุการของคณะกรรมการ GCIO คือหน่วยงานใด")
    assert "สำนักงาน ก.พ." in a.answer.split("\n")[0] and "เลขาธิการ" not in a.answer.split("\n")[0]
    a = later_world[1].ask("ใครเป็นประธานคณะทำงาน คตด.")
    assert "รองเลขาธิการ ก.พ." in a.answer.split("\n")[0]


def test_merged_issues_and_counting_them(later_world):
    a = later_world[1].ask("ประเด็นที่ 2 ใครเป็นเจ้าภาพ")
    assert "ไม่มีผลแล้ว" in a.answer and "รวมประเด็นที่ ๑ และประเด็นที่ ๒" in a.answer
    a = later_world[1].ask("ประเด็นที่ 1 ใครเป็นเจ้าภาพหลัก")
    assert "สพร. และ สงป." in a.answer.split("\n")[0]
    a = later_world[1].ask("ตอนนี้มีทั้งหมดกี่ประเด็น")
    assert "1 ประเด็น" in a.answer
    assert later_world[1].ask("ประเด็นที่ 7 ใครเป็นเจ้าภาพ").abstained


def test_follow_ups_keep_the_numbered_part_and_the_clause(world):
    core = world[1]
    first = core.ask("ข้อ 1) ตามข้อ 3 คืออะไร")
    assert "ดิจิทัลแพลตฟอร์ม" in first.answer, first.answer
    assert first.context is not None and first.context.clause
    second = core.ask("แล้วข้อ 2 ล่ะ", context=first.context)
    assert "งบประมาณ" in second.answer, second.answer
    lead = core.ask("ใครรับผิดชอบการสนับสนุนงบประมาณพัฒนาระบบดิจิทัล")
    that = core.ask("ข้อนั้นเป็นเรื่องอะไร", context=lead.context)
    assert "การสนับสนุนงบประมาณ" in that.answer, that.answer


def test_a_lead_claim_is_checked_against_the_issue_it_names(world):
    wrong = ask(world, "สงป. เป็นเจ้าภาพเรื่องแพลตฟอร์มบริการประชาชนใช่ไหม")
    assert wrong.answer.startswith("ไม่") and "สพร." in wrong.answer.split("\n")[0]
    right = ask(world, "สพร. เป็นเจ้าภาพเรื่องแพลตฟอร์มบริการประชาชนใช่ไหม")
    assert right.answer.startswith("ใช่") and "แพลตฟอร์ม" in right.answer


def test_an_agencys_issues_are_counted_in_any_word_for_items(world):
    a = ask(world, "สงป. เป็นเจ้าภาพกี่ข้อ")
    assert not a.abstained and "1 ประเด็น" in a.answer and "งบประมาณ" in a.answer


def test_units_of_a_count():
    from bot.answering.answerers.passage import Passage

    assert Passage.has_quantity("ดศ. เป็นเจ้าภาพกี่ข้อ", "เป็นผู้รับผิดชอบหลัก 2 ประเด็น")
    assert not Passage.has_quantity("ค่าตอบแทนกี่บาท", "เป็นผู้รับผิดชอบหลัก 2 ประเด็น")
    assert not Passage.has_quantity("มีกี่ข้อ", "ตามข้อ 2.1 ของมติ")  # a section number is no count


def test_a_qualified_position_is_also_named_by_its_head():
    from bot.answering.vocab import holder_forms

    assert "รองนายกรัฐมนตรี" in holder_forms("รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล")
    assert "ผู้แทนหน่วยงาน" not in holder_forms("ผู้แทนหน่วยงานที่เกี่ยวข้อง")


def test_a_claim_about_a_named_thing_is_judged_by_the_newest_text_naming_it():
    base = """
เรื่อง แนวทางการปฏิบัติงาน (ทดสอบ)
1. ให้หน่วยงานจัดให้มีระบบ e - Office ระบบ e - Edutainment และระบบ e - Service
2. ให้นำอุปกรณ์ส่วนตัวมาใช้ (BYOD) ได้ และให้รายงานผลปีละ 2 ครั้ง
"""
    later = """
เรื่อง การปรับปรุงแนวทางการปฏิบัติงาน (ทดสอบ)
1. ระบบที่ต้องจัดให้มี: เปลี่ยนระบบ e - Edutainment เป็น ระบบ e - Learning
2. การรายงาน: รายงานผลทุก 3 เดือน (จากเดิมปีละ 2 ครั้ง)
"""
    _, core = build(doc("w-2022", "2022-01-10", base), doc("w-2024", "2024-01-10", later, amends=("w-2022",)))
    assert core.ask("e-Edutainment ยังต้องมีอยู่ไหม").answer.startswith("ไม่ใช่")
    assert core.ask("e-Service ยังต้องมีอยู่ไหม").answer.startswith("ใช่")
    assert core.ask("BYOD ยังใช้ได้อยู่ไหม").answer.startswith("ใช่")
    assert core.ask("ให้รายงานผลปีละ 2 ครั้งอยู่ไหม").answer.startswith("ไม่ใช่")
    # a question about a change is not judged by mere mention, nor a claim the text does not make
    assert not core.ask("BYOD ถูกยกเลิกแล้วใช่ไหม").answer.startswith(("ใช่", "ไม่ใช่"))
    assert not core.ask("BYOD หน่วยงานต้องจ่ายค่าอุปกรณ์ให้ไหม").answer.startswith(("ใช่", "ไม่ใช่"))


def test_definitions_of_each_name_asked_and_never_of_a_common_word(world):
    a = ask(world, "PCIO กับ GCIO ย่อมาจากอะไร")
    assert "PCIO =" in a.answer and "GCIO =" in a.answer
    b = ask(world, "What is the committee chair of GCIO?")
    assert "committee =" not in b.answer and "chair =" not in b.answer


def test_how_many_with_what_they_are_counts_the_whole_list(world):
    from bot.answering.answerers.base import Draft
    from bot.answering.core import counted_list

    f = frame(world[1], "ข้อ 4 มีกี่ข้อ อะไรบ้าง")
    listed = Draft(kind="measure", lines=["แนวทาง:", "- ก", "- ข", "- ค"], cite=["x"])
    assert counted_list(f, listed).lines[0] == "3 ข้อ:"
    cut_short = Draft(kind="measure", lines=["แนวทาง:", "- ก", "- ข", "…และอีก 2 รายการ"], cite=["x"])
    assert counted_list(f, cut_short) is None  # a list cut short is never counted
    assert counted_list(frame(world[1], "มีกรรมการกี่คน อะไรบ้าง"), listed) is None  # people, not items


def test_an_unnamed_sub_committee_is_the_one_set_up_last():
    body = """
เรื่อง แต่งตั้งคณะอนุกรรมการ (ทดสอบ)
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO)
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2. แต่งตั้งคณะอนุกรรมการขับเคลื่อนการปฏิบัติงานวิถีใหม่ ประกอบด้วย
1) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นประธานอนุกรรมการ
2) ผู้แทนสำนักงบประมาณ เป็นอนุกรรมการและเลขานุการ
"""
    _, core = build(doc("s-2023", "2023-03-28", body))
    a = core.ask("ประธานอนุฯ ชุดใหม่คือใคร")
    assert not a.abstained and "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล" in a.answer.split("\n")[0]
    assert "ผู้แทนสำนักงบประมาณ" in core.ask("เลขาฯ อนุกรรมการชุดนี้ใคร").answer.split("\n")[0]


def test_a_resolution_named_by_a_date_no_document_has_is_refused_not_swapped(world):
    a = ask(world, "มติ ครม. 15 ธ.ค. 64 เปลี่ยนอะไรบ้าง")
    assert a.abstained and "15 ธันวาคม 2564" in a.answer and "10 มกราคม 2565" in a.answer
    b = ask(world, "มติ ครม. 1 มี.ค. 66 เปลี่ยนอะไรบ้าง")
    assert not b.abstained  # the amending document's own date


def test_an_amount_of_money_needs_baht_and_a_list_beside_its_introduction_is_read():
    from bot.answering.answerers.passage import Passage

    assert not Passage.has_quantity("ใช้งบเท่าไหร่", "ให้รายงานภายใน 30 วัน ตามข้อ 4")
    assert Passage.has_quantity("ใช้งบเท่าไหร่", "วงเงิน 12.5 ล้านบาท")
    body = """
ข้อ ๓ แต่งตั้งคณะอนุกรรมการทดสอบ
ให้คณะอนุกรรมการมีอำนาจหน้าที่ ดังนี้
(๑) จัดทำมาตรฐานกลางการปฏิบัติงานที่บ้าน
(๒) ติดตามและประเมินผลการใช้ระบบดิจิทัล
"""
    kb, _ = build(doc("d-2023", "2023-03-28", body))
    intro = next(c for c in kb.clauses if c.text.endswith("ดังนี้"))
    assert [c.text for c in kb.items_under(intro)] == [
        "จัดทำมาตรฐานกลางการปฏิบัติงานที่บ้าน",
        "ติดตามและประเมินผลการใช้ระบบดิจิทัล",
    ]


def test_whether_a_role_changed_is_judged_by_the_resolution_asked_and_the_part_asked(world):
    a = ask(world, "เลขาฯ GCIO เปลี่ยนไหม")  # the newest resolution put a new secretary in
    assert a.answer.startswith("ใช่ — เปลี่ยน") and "เลขาธิการสำนักงาน ก.พ." in a.answer
    b = ask(world, "ประธาน GCIO เปลี่ยนด้วยไหม")  # it left the chair alone
    assert b.answer.startswith("ไม่ — ไม่เปลี่ยน") and "รัฐมนตรีว่าการกระทรวงดิจิทัล" in b.answer
    c = ask(world, "ประธาน GCIO ยังเหมือนเดิมไหม")  # the same fact, asked the other way round
    assert c.answer.startswith("ใช่ — ยังคงเดิม")
    d = ask(world, "ประธาน PCIO จังหวัดอื่น ไม่ใช่ กทม. คือใคร")
    assert d.answer.split("\n")[0].startswith("ประธาน: ผู้ว่าราชการจังหวัด")


def test_a_claim_about_the_old_rule_and_membership_of_a_body(world):
    a = ask(world, "เดิมผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัลเป็นเลขาฯ GCIO ใช่ไหม")
    assert a.answer.startswith("ใช่ — เดิม") and "เลขาธิการสำนักงาน ก.พ." in a.answer
    b = ask(world, "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมอยู่ในคณะกรรมการ GCIO ไหม")
    assert b.answer.startswith("ใช่ — กรรมการ: ปลัดกระทรวงดิจิทัล")
    c = ask(world, "สถิติจังหวัดอยู่ในคณะกรรมการ GCIO ไหม")
    assert c.answer.startswith("ไม่") and "ไม่พบ" in c.answer


SECTIONS = """
เรื่อง แนวทางทดสอบ
2. มาตรการ
2.1 วางแนวทางการปฏิบัติงานที่บ้าน เช่น การประชุมออนไลน์ เป็นต้น
2.2 พัฒนาระบบเทคโนโลยีดิจิทัล เช่น ระบบ e-Office ระบบ e-Saraban และระบบ e-Edutainment เป็นต้น
"""
REWRITE = """
เรื่อง ปรับปรุงมาตรการ (ทดสอบ)
1. ปรับปรุงมาตรการตามข้อ ๒.๑ และข้อ ๒.๒ ดังนี้
(๑) ข้อ ๒.๒ ตัวอย่างระบบเทคโนโลยีดิจิทัล ให้เป็น เช่น ระบบ e-Office ระบบ e-Saraban และระบบ Digital ID เป็นต้น โดยตัดระบบ e-Edutainment ออกจากรายการ
(๒) ข้อ ๒.๑ ให้เพิ่มการประชุมแบบผสมผสาน (Hybrid Meeting)
"""


def test_a_numbered_part_rewritten_by_a_later_resolution_and_when_a_thing_first_appeared():
    _, core = build(
        doc("s-2021", "2021-01-05", SECTIONS),
        doc("r-2024", "2024-06-17", REWRITE, amends=("s-2021",)),
    )
    a = core.ask("ระบบตามข้อ 2.2 ตอนนี้มีอะไรบ้าง")
    first = a.answer.split("\n")[0]
    assert "Digital ID" in first and a.citations[0].doc_id == "r-2024"
    assert a.previously and "e-Edutainment" in a.previously  # the old wording, as what it was
    b = core.ask("e-Edutainment ยังอยู่ในลิสต์ไหม")
    assert b.answer.startswith("ไม่ใช่") and "ตัดระบบ e-Edutainment" in b.answer
    c = core.ask("Digital ID ถูกเพิ่มเข้ามาในรายการตอนมติไหน")
    assert c.answer.startswith("17 มิถุนายน 2567")
    d = core.ask("e-Office อยู่ในรายการตั้งแต่มติไหน")
    assert d.answer.startswith("5 มกราคม 2564")


def test_ordinals_count_from_the_last_answer_and_a_follow_up_looks_beside_it(world):
    from bot.answering.context import resolve_ordinals

    core = world[1]
    first = core.ask("ประเด็นแรกที่ให้เป็นเจ้าภาพหลักคือเรื่องอะไร ใครรับผิดชอบ")
    assert "ดิจิทัลแพลตฟอร์ม" in first.answer and "สพร." in first.answer
    nxt = core.ask("ประเด็นถัดไปล่ะ", context=first.context)
    assert "งบประมาณ" in nxt.answer and "สำนักงบประมาณ" in nxt.answer
    back = core.ask("ประเด็นก่อนหน้านั้นล่ะ", context=nxt.context)
    assert "ดิจิทัลแพลตฟอร์ม" in back.answer
    # with nothing to count from, only "first" means something
    assert resolve_ordinals("ข้อถัดไปล่ะ", None, lambda uid: ([], None)) == "ข้อถัดไปล่ะ"
    assert resolve_ordinals("ข้อแรกคืออะไร", None, lambda uid: ([], None)).startswith("ข้อที่ 1")


STEPS = """
เรื่อง ขั้นตอน (ทดสอบ)
2.3 กำหนดแนวทางเพิ่มประสิทธิภาพการปฏิบัติงาน ดังนี้
การดำเนินการ | วัตถุประสงค์
1) รวบรวมการดำเนินงานก่อนนำเทคโนโลยีมาใช้ | เพื่อแสดงภาพรวมการเปลี่ยนแปลง
2) วิเคราะห์ข้อดีข้อเสียของการใช้เทคโนโลยี | เพื่อจัดทำแนวทางที่เหมาะสม
3) ประเมินประสิทธิภาพการปฏิบัติงาน | เพื่อความรวดเร็วและประหยัด
4. ให้สำนักงบประมาณประเมินความคุ้มค่าของโครงการทั้งหมด
"""


def test_steps_of_a_table_followed_step_by_step():
    _, core = build(doc("st-2021", "2021-01-05", STEPS))
    a = core.ask("ขั้นวิเคราะห์ข้อดีข้อเสียคืออะไร")
    assert "วิเคราะห์ข้อดีข้อเสีย" in a.answer
    b = core.ask("แล้วขั้นประเมินล่ะ", context=a.context)
    assert "ประเมินประสิทธิภาพการปฏิบัติงาน" in b.answer and "ความคุ้มค่า" not in b.answer
    c = core.ask("ขั้นแรกสุดคืออะไร ทำเพื่ออะไร", context=b.context)
    assert "รวบรวมการดำเนินงาน" in c.answer and "ภาพรวมการเปลี่ยนแปลง" in c.answer


def test_a_claim_naming_a_position_no_list_has_and_a_holders_old_seats(world):
    a = ask(world, "นายกรัฐมนตรีเป็นประธานคณะกรรมการ GCIO เองหรือเปล่า")
    assert a.answer.startswith("ไม่ใช่ — ") and "รัฐมนตรีว่าการกระทรวงดิจิทัล" in a.answer
    b = ask(world, "ประธาน GCIO เป็นรัฐมนตรี ใช่ไหม")
    assert b.answer.startswith("ใช่ — ")
    c = ask(world, "เมื่อก่อน ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล นั่งตำแหน่งอะไรใน GCIO")
    assert c.answer.startswith("เดิม ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ")


def test_how_many_with_what_they_are_takes_the_list_the_text_gives_as_one(world):
    a = ask(world, "แนวทางวิถีชีวิตใหม่ยกตัวอย่างไว้กี่อย่าง อะไรบ้าง")
    assert a.answer.startswith("3 อย่าง") and "การนำอุปกรณ์ส่วนตัวมาใช้" in a.answer


def test_an_issue_merged_into_another_says_where_it_went_and_who_leads_that_one():
    body = """
4. ตารางผู้รับผิดชอบหลัก
| ประเด็น | ผู้รับผิดชอบหลัก | สถานะ |
|---|---|---|
| 3. การสร้างการรับรู้ในกฎ ระเบียบด้านดิจิทัล | – | ยกเลิก (ให้รวมเนื้อหาไว้ในประเด็นที่ 4) |
| 4. การสร้างความพร้อมและพัฒนาบุคลากร | สำนักงาน ก.พ. และหน่วยงานที่เกี่ยวข้อง | คงเดิม |
"""
    _, core = build(doc("m-2024", "2024-07-16", body))
    a = core.ask("ประเด็นสร้างการรับรู้กฎระเบียบดิจิทัล ตอนนี้ใครดูแล")
    assert a.answer.startswith("ประเด็นที่ 3 ยกเลิกแล้ว") and "ประเด็นที่ 4 ปัจจุบัน" in a.answer
    assert "สำนักงาน ก.พ." in a.answer
    b = core.ask("สพร. ยังเป็นเจ้าภาพประเด็นสร้างการรับรู้กฎระเบียบดิจิทัลอยู่มั้ย")
    assert b.answer.startswith("ไม่ใช่ — ประเด็นที่ 3 ยกเลิกแล้ว")


def test_english_follow_ups_with_pronouns_ordinals_and_where_a_named_thing_is():
    _, core = build(doc("s-2021", "2021-01-05", SECTIONS), doc("st-2021", "2021-01-06", STEPS))
    where = core.ask("Which item talks about e-Office and e-Saraban?")
    assert where.answer.startswith("อยู่ในข้อ 2.2")
    listed = core.ask("List every example system it gives.", context=where.context)
    assert not listed.abstained and "e-Edutainment" in listed.answer
    steps = core.ask("ขั้นวิเคราะห์ข้อดีข้อเสียคืออะไร")
    second = core.ask("ขั้นที่สามทำเพื่ออะไร", context=steps.context)
    assert "ความรวดเร็ว" in second.answer, second.answer
    from bot.answering.context import resolve_ordinals
    from bot.core.models import Context

    ctx = Context(clause="any")
    beside = lambda uid: ([2, 1, 2, 3], "2.3")  # noqa: E731 - the clause is step 2 of three in part 2.3
    assert resolve_ordinals("and the last step, what is it for?", ctx, beside).startswith(
        "and item 2.3 item 3 "
    )
    assert resolve_ordinals("the next issue?", ctx, lambda uid: ([4, 1, 2, 3, 4, 5], None)) == "issue 5 ?"
    assert resolve_ordinals("ข้อห้ามมีไหม", ctx, beside) == "ข้อห้ามมีไหม"  # "ห้าม" is no "ห้า"


def test_words_that_look_like_other_questions_do_not_change_what_is_asked():
    from bot.answering.frame import PROPOSE_WORDS, WHEN_WORDS

    assert not WHEN_WORDS.search("What should agencies take into account when building them?")
    assert WHEN_WORDS.search("When was the resolution adopted?")
    assert not PROPOSE_WORDS.search("เสนอไปให้ใครคะ") and PROPOSE_WORDS.search("ใครเป็นคนเสนอเรื่องนี้")


def test_before_that_after_an_answer_gives_the_wording_its_clause_replaced():
    body = """
เรื่อง ปรับปรุงหน้าที่ (ทดสอบ)
1.1 การปรับหน้าที่ของคณะกรรมการ GCIO ดังนี้
รายละเอียดตามนัยมติคณะรัฐมนตรี(26 พฤศจิกายน 2562)
1) ให้ความเห็นชอบสถาปัตยกรรมองค์กรภาครัฐ
รายละเอียดที่เสนอปรับปรุงครั้งนี้
1) ให้ข้อเสนอแนะสถาปัตยกรรมองค์กรภาครัฐ
"""
    kb, core = build(doc("h-2020", "2020-09-29", body))
    assert [c for c in kb.clauses if c.replaced_by]  # the old wording is linked to the new one
    now = core.ask("หน้าที่ คกก. GCIO เรื่องสถาปัตยกรรมองค์กรภาครัฐตอนนี้เป็นยังไง")
    assert "ข้อเสนอแนะ" in now.answer.split("\n")[0]
    for turn in ("เมื่อก่อนล่ะ", "ตอนปี 62 ล่ะ"):
        then = core.ask(turn, context=now.context)
        assert then.answer.startswith("เดิม ให้ความเห็นชอบ"), (turn, then.answer)
    assert core.frame("ปี 62 ใครเป็นประธาน").year == 2019 and core.frame("ปีละ 2 ครั้ง").year is None


def test_what_the_cabinet_decided_contact_details_and_counting_along_the_issues_table():
    body = """
เรื่อง การดำเนินงาน (ทดสอบ)
1. รับทราบผลการดำเนินการของสำนักงาน ก.พ.
2. เห็นชอบการทบทวนมติคณะรัฐมนตรี
3. ให้หน่วยงานที่เกี่ยวข้องเป็นเจ้าภาพหลัก ดังนี้
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสร้างความมั่นคงปลอดภัยไซเบอร์
สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.)
3) การสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัล
สำนักงบประมาณ (สงป.)
"""
    _, core = build(doc("d-2020", "2020-09-29", body))
    decided = core.ask("ครม. 29 ก.ย. 63 มีมติว่าอย่างไร")
    assert "รับทราบผลการดำเนินการ" in decided.answer and "เห็นชอบการทบทวน" in decided.answer
    assert core.ask("ขอเบอร์โทรติดต่อหน่วยงานนี้หน่อย").abstained
    assert not core.ask("ประเด็นไซเบอร์ใครเป็นเจ้าภาพ").abstained  # "ไซเบอร์" is no "เบอร์"
    budget = core.ask("สงป. รับผิดชอบประเด็นไหน")
    before = core.ask("โอเค แล้วข้อก่อนหน้าในตารางล่ะ ใครรับผิดชอบ", context=budget.context)
    assert "สกมช." in before.answer, before.answer


def test_an_aspect_no_clause_states_beside_the_thing_asked_is_refused_not_guessed():
    body = """
เรื่อง มาตรการ (ทดสอบ)
1. ให้หน่วยงานอนุญาตให้ใช้อุปกรณ์ส่วนตัว (BYOD) ในการปฏิบัติงาน
2. ค่าใช้จ่ายในการดำเนินงานของคณะทำงานดิจิทัลให้เบิกจ่ายจากงบประมาณของ สพร.
3. ให้ผู้ทรงคุณวุฒิเป็นกรรมการได้ไม่เกิน 3 คน
"""
    _, core = build(doc("d-2020", "2020-09-29", body))
    for question in ("BYOD หน่วยงานต้องชดเชยค่าอุปกรณ์ให้ไหม", "what's the penalty for not allowing BYOD?",
                     "BYOD ใช้ยี่ห้อไหนดี", "What is the total budget approved for BYOD?",
                     "เบี้ยประชุมคณะทำงานดิจิทัลครั้งละเท่าไร",  # its costs are stated, its members' pay is not
                     "มีจังหวัดไหนใช้ BYOD แล้วบ้าง"):  # fmt: skip
        answer = core.ask(question)
        said = answer.answer.split("\n")[0]
        assert answer.abstained and ("ไม่ได้กำหนดเรื่อง" in said or "set out no" in said), answer.answer
    paid = core.ask("ค่าใช้จ่ายของคณะทำงานดิจิทัลเบิกจากงบของใคร")  # stated beside what it names
    assert not paid.abstained and "สพร." in paid.answer, paid.answer
    assert not core.ask("ผู้ทรงคุณวุฒิเป็นกรรมการได้กี่คน").abstained  # an expert member, not a qualification


def test_a_circular_gives_its_own_reference_and_day_and_minutes_give_the_cabinet_meeting():
    letter = """
ด่วนที่สุด
ที่ นร ๐๕๐๕/ว ๕๑๒
สำนักเลขาธิการคณะรัฐมนตรี
๒๖ พฤศจิกายน ๒๕๖๔
เรื่อง การปรับปรุงองค์ประกอบคณะกรรมการ PCIO
ด้วยคณะรัฐมนตรีได้มีมติเมื่อวันที่ 23 พฤศจิกายน 2564 ให้สถิติจังหวัดเป็นผู้ช่วยเลขานุการคณะกรรมการ PCIO
"""
    minutes = """
รายงานการประชุมคณะรัฐมนตรี
ครั้งที่ 11/2564
วันอังคารที่ 16 มีนาคม 2564 เวลา 09.00 น.
ผู้เสนอเรื่อง: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดศ.)
ที่ประชุมพิจารณาแล้วลงมติให้ สพร. เป็นเลขานุการคณะกรรมการ GCIO
"""
    kb, core = build(
        doc("m-2021", "2021-03-16", minutes), doc("l-2021", "2021-11-23", letter, amends=("m-2021",))
    )
    number = core.ask("หนังสือเวียนแจ้งมติเรื่องนี้ เลขที่อะไร")
    assert "นร ๐๕๐๕/ว ๕๑๒" in number.answer, number.answer
    sent = core.ask("หนังสือเวียนแจ้งมติ PCIO ลงวันที่เท่าไหร่")
    assert sent.answer.startswith("หนังสือลงวันที่ ๒๖ พฤศจิกายน ๒๕๖๔"), sent.answer
    assert kb.doc_fact("m-2021").proposer == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดศ.)"
    meeting = core.ask("ครม. พิจารณาเรื่องนี้ในการประชุมครั้งที่เท่าไร")
    assert "11/2564 เมื่อวันที่ 16 มีนาคม 2564" in meeting.answer, meeting.answer


def test_numbered_vice_chairs_counted_a_typo_a_bodys_name_and_when_a_rule_takes_effect():
    minutes = """
การประชุมคณะรัฐมนตรี ครั้งที่ 31/2565
ระเบียบวาระที่ 4.12 เรื่อง การปรับปรุงคณะกรรมการ GCIO
ผู้เสนอเรื่อง สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.) ตามหนังสือ ที่ นร 1200/331
1. ให้ยกเลิกความในส่วนประธานและรองประธานของคณะกรรมการ GCIO และให้ใช้ความต่อไปนี้แทน
(1) รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมาย เป็นประธานกรรมการ
(2) ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธานกรรมการคนที่หนึ่ง
(3) เลขาธิการคณะกรรมการพัฒนาระบบราชการ เป็นรองประธานกรรมการคนที่สอง
2. ให้จัดตั้งคณะอนุกรรมการขับเคลื่อนรัฐบาลดิจิทัลวิถีใหม่ ภายใต้คณะกรรมการ GCIO
3. ข้อกำหนดนี้ให้ใช้บังคับตั้งแต่วันที่ 1 เมษายน 2568 เป็นต้นไป
"""
    _, core = build(doc("m-2025", "2025-03-18", minutes))
    second = core.ask("รองประธานคนที่สอง กก.GCIO ใครคะ")
    assert second.answer.startswith("รองประธานกรรมการคนที่สอง: เลขาธิการคณะกรรมการพัฒนาระบบราชการ"), second.answer
    assert "ปลัดกระทรวง" not in second.answer.split("\n")[0]
    counted = core.ask("คณะกรรมการ GCIO มีรองประธานกี่คน ใครบ้าง")
    assert counted.answer.startswith("2 คน"), counted.answer
    typo = core.ask("ประธาร GCIO คือใคร")  # one letter wrong
    assert not typo.abstained and "รองนายกรัฐมนตรี" in typo.answer.split("\n")[0], typo.answer
    assert (
        "รองประธาน" in core.frame("รองประธานของ GCIO").text
        and core.reader.spelled("ของประธาน") == "ของประธาน"
    )
    named = core.ask("คณะอนุกรรมการที่ตั้งขึ้นใหม่ภายใต้คณะกรรมการ GCIO ชื่ออะไร")
    assert "ขับเคลื่อนรัฐบาลดิจิทัลวิถีใหม่" in named.answer, named.answer  # a body's name, not a person's
    effect = core.ask("ข้อกำหนดนี้เริ่มใช้บังคับเมื่อไร")
    assert "1 เมษายน 2568" in effect.answer.split("\n")[0] and "18 มีนาคม" not in effect.answer, effect.answer
    agenda = core.ask("เรื่องนี้อยู่ในระเบียบวาระที่เท่าไหร่ของการประชุม")
    assert agenda.answer.startswith("ระเบียบวาระที่ 4.12"), agenda.answer
    proposer = core.ask("ใครเสนอให้รองนายกฯ มาเป็นประธาน GCIO")
    assert "สำนักงาน ก.พ.ร." in proposer.answer.split("\n")[0], proposer.answer


def test_a_yearly_deadline_in_a_comparison_row_is_the_date_in_force():
    body = """
## การรายงานผล
| ความเดิม | ความใหม่ | เหตุผล |
|---|---|---|
| MCIO รายงานผลต่อคณะกรรมการ GCIO ภายในวันที่ 30 พฤศจิกายน 2565 | ให้รายงานผลต่อคณะกรรมการ GCIO เป็นประจำทุกปี ภายในวันที่ 31 ตุลาคม ของทุกปี | ติดตามผลต่อเนื่อง |
"""
    _, core = build(doc("t-2023", "2023-11-21", body))
    when = core.ask("MCIO ต้องรายงานผลต่อคณะกรรมการ GCIO เมื่อไหร่")
    assert when.answer.startswith("วันที่ 31 ตุลาคม ของทุกปี"), when.answer


def test_an_attendance_list_gives_way_to_the_decision_that_replaces_a_holder():
    minutes = """
รายงานการประชุมคณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO) ครั้งที่ 3/2564
ผู้มาประชุม
1. นายสมชาย ใจดี          รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม          ประธานกรรมการ
2. นายสมศักดิ์ มั่นคง         เลขาธิการคณะกรรมการข้าราชการพลเรือน          กรรมการและเลขานุการ
วาระที่ 4 เรื่องเพื่อพิจารณา
4.1 การกำหนดฝ่ายเลขานุการคณะกรรมการ GCIO
ฝ่ายเลขานุการเสนอว่า ภารกิจของคณะกรรมการส่วนใหญ่เป็นเรื่องการพัฒนารัฐบาลดิจิทัล จึงเห็นควรปรับฝ่ายเลขานุการ
มติที่ประชุม เห็นชอบ ดังนี้
(1) ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นกรรมการและเลขานุการ แทนเลขาธิการ ก.พ. ทั้งนี้ ให้เลขาธิการ ก.พ. คงเป็นกรรมการ
"""
    kb, core = build(doc("h-2021", "2021-12-14", minutes))
    assert {c.key for c in kb.book.committees} == {"GCIO"}  # "คณะกรรมการส่วนใหญ่เป็นเรื่อง..." names no body
    secretaries = [f for f in kb.book.roles if f.role == "secretary"]
    replacing = next(f for f in secretaries if f.replaced)
    assert replacing.replaced.startswith("เลขาธิการ ก.พ")  # the dots of "ก.พ." end nothing
    current = [f.holder for f in secretaries if f.status == "current"]
    assert current == [replacing.holder] and "ปลัดกระทรวงดิจิทัล" in current[0]
    a = core.ask("ตอนนี้ใครเป็นเลขานุการคณะกรรมการ GCIO")
    assert a.answer.split("\n")[0].startswith("กรรมการและเลขานุการ: ปลัดกระทรวงดิจิทัล"), a.answer


def test_one_row_of_an_agency_first_table_leads_two_issues_and_a_later_rule_goes_back_to_the_old_lead():
    seed = """
2.2 ให้หน่วยงานที่เกี่ยวข้องเป็นเจ้าภาพหลัก ดังนี้
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
3) การสร้างการรับรู้ และความเข้าใจในกฎ ระเบียบ ข้อกฎหมาย
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
"""
    table = """
1. ผู้รับผิดชอบหลักประเด็นการขับเคลื่อน (แก้ไขใหม่)

| หน่วยงาน | ประเด็นที่รับผิดชอบ |
|---|---|
| สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ.) | ประเด็นที่ 3 การสร้างการรับรู้ และความเข้าใจในกฎ ระเบียบ ข้อกฎหมาย |
| สำนักงบประมาณ (สงป.) | ประเด็นที่ 1 การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน และประเด็นที่ 2 การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ |
"""
    back = "ข้อ 5 ให้กลับไปใช้ความเดิมตามมติคณะรัฐมนตรีเมื่อวันที่ 29 กันยายน 2563 ในส่วนของผู้รับผิดชอบหลักของประเด็นที่ 3"
    kb, core = build(
        doc("s-2020", "2020-09-29", seed),
        doc("t-2023", "2023-05-02", table, amends=("s-2020",)),
        doc("r-2025", "2025-01-07", back, amends=("t-2023",)),
    )
    now = {f.number: f.agencies for f in kb.book.leads if f.status == "current"}
    assert now["1)"].startswith("สำนักงบประมาณ") and now["2)"].startswith(
        "สำนักงบประมาณ"
    )  # one row, two issues
    assert now["3)"].startswith("ดศ. สพร.")  # back to the rule of 29 ก.ย. 2563
    a = core.ask("ประเด็นที่ 3 ตอนนี้ใครรับผิดชอบหลัก")
    assert "ดศ. สพร." in a.answer.split("\n")[0] and "สพธอ" in a.answer, a.answer  # and what it replaced


def test_going_back_to_the_old_wording_of_a_role_restores_the_holder_before_the_last_change():
    first = """
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO)
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
"""
    change = "1. ให้รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมาย เป็นประธานคณะกรรมการ GCIO แทนรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    back = "ข้อ 3 ให้กลับไปใช้ความเดิมในส่วนของประธานคณะกรรมการ GCIO"
    kb, core = build(
        doc("a-2020", "2020-09-29", first),
        doc("b-2023", "2023-05-02", change, amends=("a-2020",)),
        doc("c-2025", "2025-01-07", back, amends=("b-2023",)),
    )
    chairs = [f for f in kb.book.roles if f.role == "chair" and f.status == "current"]
    assert [f.holder for f in chairs] == ["รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    assert chairs[0].doc_id == "c-2025" and chairs[0].replaced.startswith("รองนายกรัฐมนตรี")
    a = core.ask("ตอนนี้ใครเป็นประธานคณะกรรมการ GCIO")
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัล" in a.answer.split("\n")[0], a.answer


def test_a_consolidated_restatement_reads_its_marks_of_change_and_keeps_what_it_says_is_unchanged():
    seed = """
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (คณะกรรมการ PCIO)
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
"""
    restated = """
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (คณะกรรมการ PCIO)
1.1.1 ผู้ว่าราชการจังหวัด เป็นประธาน (คงเดิม)
1.1.2 ปลัดจังหวัด เป็นรองประธาน (เพิ่มเติม)
1.1.3 ผู้อำนวยการสำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัด เป็นกรรมการและเลขานุการ (แก้ไขใหม่ เดิม: หัวหน้าสำนักงานจังหวัด)
"""
    kb, core = build(
        doc("s-2020", "2020-09-29", seed), doc("r-2022", "2022-03-01", restated, amends=("s-2020",))
    )
    now = {f.role: f for f in kb.book.roles if f.status == "current"}
    assert now["chair"].holder == "ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร"  # "(คงเดิม)": the earlier wording stands
    assert now["vice_chair"].holder == "ปลัดจังหวัด"  # the mark is no part of the holder
    assert now["secretary"].holder.startswith("ผู้อำนวยการสำนักงานดิจิทัล")
    assert now["secretary"].replaced == "หัวหน้าสำนักงานจังหวัด"


def test_a_memo_head_and_its_signature_are_the_memos_not_the_decisions():
    memo = """
บันทึกข้อความ
ส่วนราชการ กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม โทร. 0 2141 6000
ที่ ดศ 0202/1234
วันที่ 18 มิถุนายน 2564
เรื่อง สรุปมติคณะรัฐมนตรีเมื่อวันที่ 15 มิถุนายน 2564
1. สาระสำคัญ
- คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักงาน ก.พ. เสนอ ดังนี้
  - ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธานกรรมการ GCIO
  - ทั้งนี้ ให้มีผลตั้งแต่วันที่ 1 กรกฎาคม 2564

(นายสมชาย ใจดี)
ผู้อำนวยการกองยุทธศาสตร์และแผนงาน
"""
    kb, core = build(doc("m-2021", "2021-06-15", memo))
    fact = kb.doc_fact("m-2021")
    assert fact.letter_date == "18 มิถุนายน 2564" and fact.in_force.endswith("1 กรกฎาคม 2564")
    assert fact.signer == "นายสมชาย ใจดี ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"
    assert "1 กรกฎาคม 2564" in core.ask("มติล่าสุดมีผลบังคับใช้เมื่อไหร่").answer
    assert "18 มิถุนายน 2564" in core.ask("บันทึกนี้ลงวันที่เท่าไร").answer


def test_a_consolidated_version_with_numbered_keys_role_lists_a_bangkok_part_and_an_agency_first_table():
    seed = """
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (คณะกรรมการ PCIO)
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร เป็นประธาน
2. ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสร้างความพร้อมและพัฒนาบุคลากร
สำนักงาน ก.พ. และหน่วยงานที่เกี่ยวข้อง
"""
    consolidated = """
### 1. องค์ประกอบ
1.1 คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO)

  1.1.1 ประธานกรรมการ — รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม **(คงเดิม)**

  1.1.2 รองประธานกรรมการ — เลขาธิการ ก.พ. **(แก้ไขใหม่)**

  1.1.3 กรรมการ
   1.1.3.1 ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม **(แก้ไขใหม่)**
   1.1.3.2 ผู้อำนวยการสำนักงบประมาณ **(คงเดิม)**

1.2 คณะกรรมการ PCIO — กรุงเทพมหานคร

  1.2.1 ประธาน — รองผู้ว่าราชการกรุงเทพมหานครที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย **(แก้ไขใหม่)**

### 2. ผู้รับผิดชอบหลัก จำแนกตามหน่วยงาน

| หน่วยงาน | ประเด็นที่รับผิดชอบ | สถานะ |
|---|---|---|
| สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) | ประเด็นที่ 1 การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน (เจ้าภาพหลัก); ประเด็นที่ 2 (ร่วมกับ TDGA) | คงเดิม |
| สำนักงาน ก.พ. | ประเด็นที่ 2 (หน่วยงานสนับสนุน — เดิมเป็นเจ้าภาพหลัก) | แก้ไขใหม่ |
"""
    kb, core = build(
        doc("s-2020", "2020-09-29", seed), doc("c-2023", "2023-03-14", consolidated, amends=("s-2020",))
    )
    roles = [f for f in kb.book.roles if f.status == "current"]
    holders = {(f.committee, f.role, f.variant): f.holder for f in roles if f.role != "member"}
    assert holders[("GCIO", "vice_chair", None)] == "เลขาธิการ ก.พ."  # "ROLE — HOLDER **(mark)**"
    assert holders[("PCIO", "chair", None)] == "ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร"  # the provinces' stays
    assert holders[("PCIO", "chair", "กรุงเทพมหานคร")].startswith(
        "รองผู้ว่าราชการกรุงเทพมหานคร"
    )  # under its heading
    members = {f.holder for f in roles if f.role == "member" and f.committee == "GCIO"}
    assert members == {
        "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "ผู้อำนวยการสำนักงบประมาณ",
    }  # "1.1.3 กรรมการ" heads them
    leads = {f.number: f.agencies for f in kb.book.leads if f.status == "current"}
    assert (
        leads["2)"].startswith("สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) และ TDGA")
        and "สนับสนุน: สำนักงาน ก.พ." in leads["2)"]
    )


def test_two_holders_in_one_line_representatives_apart_and_a_number_of_days_found_where_it_is_said():
    order = """
ข้อ 5 ให้ใช้ความต่อไปนี้แทน
1.1.2 รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธานกรรมการคนที่หนึ่ง และเลขาธิการ ก.พ. เป็นรองประธานกรรมการคนที่สอง
ข้อ 8 ให้มีคณะทำงานด้านธรรมาภิบาลปัญญาประดิษฐ์ภาครัฐ (คณะทำงาน AI) ประกอบด้วย
(1) ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานคณะทำงาน
(2) ผู้แทนสำนักงาน ก.พ.ร. ผู้แทนสำนักงาน ก.พ. ผู้แทนสำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.) และผู้แทนสำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (สวทช.) เป็นคณะทำงาน
ข้อ 9 คณะทำงานมีหน้าที่ ดังนี้
(1) จัดทำแนวปฏิบัติการใช้ปัญญาประดิษฐ์ในหน่วยงานของรัฐ เสนอคณะกรรมการ GCIO ภายใน 180 วันนับแต่วันที่แนวทางนี้ใช้บังคับ
"""
    kb, core = build(doc("o-2025", "2025-08-19", order))
    vice = sorted(f.holder for f in kb.book.roles if f.role == "vice_chair")
    assert vice == ["รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "เลขาธิการ ก.พ."]
    members = [f.holder for f in kb.book.roles if f.role == "member"]
    assert len(members) == 4 and all(m.startswith("ผู้แทน") for m in members)
    a = core.ask("คณะทำงาน AI ต้องส่งแนวปฏิบัติการใช้ปัญญาประดิษฐ์ภายในกี่วัน")
    assert "180 วัน" in a.answer, a.answer


LIST = """
เรื่อง แนวทางวิถีชีวิตใหม่ (ทดสอบ)
1. วางแนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ ดังนี้
1) การจัดหาเทคโนโลยีเพื่อสนับสนุนการปฏิบัติงานที่บ้าน (Work from Home)
2) การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device)
"""

CANCEL = """
เรื่อง ปรับปรุงแนวทางวิถีชีวิตใหม่ (ทดสอบ)
- ❌ ยกเลิก → การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device : BYOD)
- การปฏิบัติงานที่บ้าน คงไว้ตามเดิม
"""


@pytest.fixture(scope="module")
def cancelled():
    return build(
        doc("list-2021", "2021-02-02", LIST),
        doc("cancel-2024", "2024-06-04", CANCEL, amends=("list-2021",)),
    )


def test_a_measure_cancelled_later_is_marked_in_the_list_and_a_yes_no_on_it_says_no(cancelled):
    a = ask(cancelled, "แนวทางวิถีชีวิตใหม่มีอะไรบ้าง")
    byod = next(line for line in a.answer.split("\n") if "อุปกรณ์ไอทีส่วนตัว" in line)
    assert "ยกเลิกแล้ว" in byod and "2567" in byod
    home = next(line for line in a.answer.split("\n") if "Work from Home" in line)
    assert "ยกเลิก" not in home  # kept, not cancelled
    a = ask(cancelled, "ยังให้เอาอุปกรณ์ส่วนตัวมาใช้ทำงานได้อยู่มั้ย")
    assert a.answer.startswith("ไม่ใช่") and "ยกเลิก" in a.answer.split("\n")[0]
    a = ask(cancelled, "Is BYOD still allowed?")
    assert a.answer.startswith("No (ไม่ใช่)")


def test_a_date_after_amend_words_names_the_resolution_amended_not_the_one_asked(world):
    a = ask(world, "มติที่ไปแก้ของปี 65 ออกวันไหนครับ")
    assert "1 มีนาคม 2566" in a.answer.split("\n")[0]
    a = ask(world, "มติปี 65 ออกวันไหนครับ")  # the year names the resolution asked
    assert "10 มกราคม 2565" in a.answer.split("\n")[0]


def test_a_word_for_a_kind_of_thing_is_no_topic(world):
    a = ask(world, "แนวทางวิถีชีวิตใหม่ มีสิ่งอะไรเป็นตัวอย่างบ้าง")  # "สิ่ง" names a kind, not a topic
    assert not a.abstained and "การปฏิบัติงานที่บ้าน" in a.answer


ANNOUNCEMENT = """
ประกาศสำนักนายกรัฐมนตรี
เรื่อง การปรับปรุงแนวทาง GCIO (ทดสอบ)
ข้อ ๑ ประกาศนี้ให้ใช้บังคับตั้งแต่วันที่ ๑ ธันวาคม ๒๕๖๔ เป็นต้นไป
ข้อ ๒ ให้ผู้อำนวยการสำนักงานสถิติแห่งชาติ เป็นกรรมการของคณะกรรมการ GCIO
"""


def test_a_document_named_by_its_kind_and_when_it_takes_effect():
    kb, core = build(
        doc("base-2022", "2021-03-16", BASE),
        doc(
            "notice-2021",
            "2021-11-09",
            ANNOUNCEMENT,
            amends=("base-2022",),
            title="ประกาศสำนักนายกรัฐมนตรี เรื่อง การปรับปรุงแนวทาง GCIO",
        ),
        doc("later-2022", "2022-06-21", AMEND, amends=("notice-2021",)),
    )
    a = core.ask("ประกาศเรื่อง GCIO เริ่มบังคับใช้เมื่อไร")  # the announcement, not the latest resolution
    assert "ธันวาคม" in a.answer.split("\n")[0] and "2565" not in a.answer.split("\n")[0]
