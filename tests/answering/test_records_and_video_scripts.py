"""Layouts read this round: a record printed from a filing system, whose summary states the seats in running
prose ("ผู้ช่วยเลขานุการ เปลี่ยนจาก A เป็น B", "ประธาน คงเดิม คือ X", "ให้มีตำแหน่งรองประธานขึ้นใหม่ คือ X"); an
English briefing note that says "the Committee" after naming a sub-committee; and a video script whose table rows
are a narrator's prose ("พิธีกร: ประธานยังเป็น X แต่กรรมการและเลขานุการเปลี่ยนจาก A เป็น B"). Then the turns
that met them: an item of a committee's duties by its number, a list a later text adds to, a full name asked
for, and follow-ups that widen a seat to the whole committee or an issue to all its leads. Hand-written texts,
read without the model."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.english import restate
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, SEATS, build, doc

RECORD = """
ส่วนที่ 2 สรุปสาระสำคัญ

1. คณะกรรมการ GCIO รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมยังคงเป็นประธาน แต่ให้มีตำแหน่งรองประธานขึ้นใหม่ คือ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (มติเดิมไม่มีการกำหนดตำแหน่งรองประธาน)

2. คณะกรรมการ PCIO
   2.1 ประธาน คงเดิม คือ ผู้ว่าราชการจังหวัด หรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย
   2.2 ผู้ช่วยเลขานุการ เปลี่ยนจากสถิติจังหวัด เป็น พาณิชย์จังหวัด และให้สถิติจังหวัดเป็นกรรมการในคณะกรรมการ PCIO แทน
   2.3 กรุงเทพมหานคร องค์ประกอบคงเดิมทั้งหมด กล่าวคือ ปลัดกรุงเทพมหานครหรือรองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธาน

3. มติเพิ่มประเด็นที่ 3 "การพัฒนาระบบคลาวด์กลางภาครัฐ" โดยมีผู้รับผิดชอบหลัก คือ สำนักงบประมาณ ร่วมกับ สพร. ส่วนประเด็นอื่นยังคงเดิม

4. แนวทางการทำงานวิถีใหม่ เดิมยกตัวอย่างการปฏิบัติงานที่บ้าน (Work from Home) และการนำอุปกรณ์ไอทีส่วนตัวมาใช้ (Bring Your Own Device) มตินี้เพิ่มการประชุมผ่านสื่ออิเล็กทรอนิกส์ (e-Meeting) เป็นแนวทางอีกประการหนึ่ง
"""

# the seed's shape: a list of the ways of working, and the committee's duties before and after a rewording
WAYS = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด หรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
3) สถิติจังหวัด เป็นผู้ช่วยเลขานุการ
3. ประเด็นการขับเคลื่อน
1) การพัฒนาดิจิทัลแพลตฟอร์มภาครัฐ ให้ สพร. เป็นผู้รับผิดชอบหลัก
4. วางแนวทางการทำงานวิถีใหม่ ดังนี้
1) การปฏิบัติงานที่บ้าน (Work from Home)
2) การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device)
"""

SCRIPT = """
| ฉาก / เวลา | ภาพ (VIDEO) | เสียง (AUDIO) |
|---|---|---|
| 1 / 00:00–00:40 | ผังคณะอนุกรรมการข้อมูลภาครัฐ กล่องประธานพลิกเป็นสีส้ม | พิธีกร (VO): จุดแรกที่เปลี่ยนอยู่ที่คณะอนุกรรมการข้อมูลภาครัฐ จากนี้ไปประธานคณะอนุกรรมการคือผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล แทนปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เลขานุการคณะอนุกรรมการยังเป็นผู้อำนวยการสำนักงานสถิติแห่งชาติเหมือนเดิม |
| 2 / 00:40–01:20 | ผัง PCIO กรุงเทพมหานคร กล่องเลขานุการเป็นสีส้ม | พิธีกร: สำหรับกรุงเทพมหานคร ประธานยังเป็นปลัดกรุงเทพมหานครหรือรองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย แต่กรรมการและเลขานุการเปลี่ยนจากหัวหน้าหน่วยงานการบริหารจัดการการขับเคลื่อนภารกิจของกรุงเทพมหานคร เป็นผู้อำนวยการสำนักการคลัง กรุงเทพมหานคร |
| 3 / 01:20–02:00 | ไอคอนหุ่นยนต์ ผังคณะทำงานใหม่ | พิธีกร (VO): มตินี้ตั้งหน่วยใหม่ขึ้นอีกหนึ่งหน่วย คือ คณะทำงานขับเคลื่อนระบบอัตโนมัติในภาครัฐ ขึ้นตรงต่อคณะกรรมการ GCIO มีผู้อำนวยการสำนักงานสถิติแห่งชาติ เป็นหัวหน้าคณะทำงาน และมีผู้แทนสำนักงาน ก.พ. เป็นเลขานุการ คณะทำงานมีผู้แทน สพร. และสำนักงบประมาณร่วมเป็นคณะทำงาน |
| 4 / 02:00–02:40 | ตารางประเด็น แถวแพลตฟอร์มเป็นสีส้ม | พิธีกร (VO): ประเด็นการพัฒนาดิจิทัลแพลตฟอร์มภาครัฐ จากเดิมที่ สพร. รับผิดชอบ ให้เปลี่ยนเป็น สำนักงบประมาณ ร่วมกับ สพร. เพราะต้องใช้งบประมาณกลาง ส่วนประเด็นอื่นเจ้าภาพเดิมทั้งหมด |
"""

SUBCOMMITTEE = """
Subject: first meeting of the reconstituted Government CIO Committee (คณะกรรมการ GCIO)

## 2. Key points
- The Permanent Secretary now chairs the new Sub-committee on Shared Data Services created by the same resolution.

## 3. The resolution
3.1 The Deputy Prime Minister overseeing digital government chairs the Committee, and the Minister of Digital Economy and Society is Vice-Chair.
"""

DUTIES = """
1. องค์ประกอบคณะกรรมการ GCIO
รายละเอียดตามนัยมติคณะรัฐมนตรี(26 พฤศจิกายน 2562)
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
หน้าที่ความรับผิดชอบ
1) กำหนดนโยบายการพัฒนารัฐบาลดิจิทัล
2) ติดตามผลการดำเนินงานของหน่วยงาน
3) ให้ความเห็นชอบแผนการใช้ทรัพยากรร่วมกัน
รายละเอียดที่เสนอปรับปรุงครั้งนี้
1) รองนายกรัฐมนตรี เป็นประธาน
หน้าที่ความรับผิดชอบ
3) ให้ข้อเสนอแนะแผนการใช้ทรัพยากรร่วมกัน และบริหารจัดการข้อมูลกลาง
2. ให้ สพร. เป็นผู้รับผิดชอบการฝึกอบรมหลักสูตร GCIO
"""


def _book(*docs):
    return read_facts(list(docs), parse_all(list(docs)), Glossary.from_mapping(GLOSSARY))


def _record():
    return doc("seed", "2020-09-29", WAYS), doc("record", "2021-08-17", RECORD, amends=("seed",))


def test_a_filing_records_summary_states_seats_in_running_prose():
    book = _book(*_record())
    said = {(f.committee, f.role, f.variant): f for f in book.roles if f.doc_id == "record"}
    assert said[("GCIO", "vice_chair", None)].holder == "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"  # aside dropped
    helper = said[("PCIO", "assistant_secretary", None)]
    assert helper.holder == "พาณิชย์จังหวัด" and helper.replaced == "สถิติจังหวัด"  # "ROLE เปลี่ยนจาก A เป็น B"
    assert said[("PCIO", "member", None)].holder == "สถิติจังหวัด"  # "... และให้ A เป็นกรรมการแทน"
    assert said[("PCIO", "chair", None)].holder.startswith("ผู้ว่าราชการจังหวัด")  # "ประธาน คงเดิม คือ X"
    # Bangkok's own post seats Bangkok's committee, though its line does not begin "สำหรับกรุงเทพมหานคร"
    assert said[("PCIO", "chair", "กรุงเทพมหานคร")].holder.startswith("ปลัดกรุงเทพมหานคร")
    assert not [f for f in book.roles if f.doc_id == "record" and f.role == "chair" and f.variant is None
                and "กรุงเทพ" in (f.holder or "")]  # fmt: skip


def test_an_issue_added_with_its_lead_named_after_its_title():
    book = _book(*_record())
    added = [f for f in book.leads if f.doc_id == "record"]
    assert added and "คลาวด์กลาง" in added[0].issue
    assert "สำนักงบประมาณ" in added[0].agencies and "สพร." in added[0].agencies
    assert "ส่วนประเด็นอื่น" not in added[0].agencies


def test_a_way_of_working_a_later_text_adds_is_in_the_list():
    kb, core = build(*_record())
    answer = core.ask("แนวทางการทำงานวิถีใหม่ตอนนี้มีอะไรบ้าง").answer
    assert "Work from Home" in answer and "e-Meeting" in answer and "เพิ่มเติม" in answer


def test_a_video_scripts_narration_is_read_cell_by_cell():
    book = _book(doc("seed", "2020-09-29", SEATS), doc("video", "2024-10-22", SCRIPT, amends=("seed",)))
    said = [(f.committee, f.role, f.holder, f.variant, f.replaced) for f in book.roles if f.doc_id == "video"]
    sub = [s for s in said if s[0] and "ข้อมูลภาครัฐ" in s[0]]
    # "ประธานคณะอนุกรรมการคือ X": the body is named before "คือ", X holds its chair
    assert ("chair", "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล") in [(s[1], s[2]) for s in sub]
    assert ("secretary", "ผู้อำนวยการสำนักงานสถิติแห่งชาติ") in [(s[1], s[2]) for s in sub]  # "...เหมือนเดิม" off
    assert not [s for s in said if s[0] and "คือ" in s[0]]
    bangkok = {s[1]: s for s in said if s[0] == "PCIO" and s[3] == "กรุงเทพมหานคร"}
    assert bangkok["chair"][2].startswith("ปลัดกรุงเทพมหานคร")
    assert bangkok["secretary"][2] == "ผู้อำนวยการสำนักการคลัง กรุงเทพมหานคร"
    assert bangkok["secretary"][4].startswith("หัวหน้าหน่วยงานการบริหารจัดการ")
    group = [s for s in said if s[0] and "อัตโนมัติ" in s[0]]
    assert ("chair", "ผู้อำนวยการสำนักงานสถิติแห่งชาติ") in [(s[1], s[2]) for s in group]  # "มี X เป็นหัวหน้า..."
    assert [s for s in group if s[1] == "secretary" and s[2] == "ผู้แทนสำนักงาน ก.พ." and s[4] is None]
    moved = [f for f in book.leads if f.doc_id == "video"]
    assert moved and moved[0].agencies.startswith(
        "สำนักงบประมาณ ร่วมกับ สพร."
    )  # "จากเดิมที่ A รับผิดชอบ ให้เปลี่ยนเป็น B"


def test_the_committee_is_not_the_sub_committee_named_just_before():
    book = _book(doc("seed", "2020-09-29", SEATS), doc("note", "2023-03-14", SUBCOMMITTEE, amends=("seed",)))
    seats = {(f.role, (f.holder or "").split()[0]): f.committee for f in book.roles if f.doc_id == "note"}
    assert seats[("chair", "Deputy")] == "GCIO" and seats[("vice_chair", "Minister")] == "GCIO"
    assert "Sub-committee" in seats[("chair", "Permanent")]  # the sub-committee's own chair stays its own


def test_provinces_and_bangkok_in_one_english_paragraph():
    line = (
        "The PCIO composition set in 2021 remains: the Provincial Governor chairs; the Head of the Provincial "
        "Office (หัวหน้าสำนักงานจังหวัด) is member and secretary. The Bangkok PCIO is still chaired by the "
        "Permanent Secretary for Bangkok (ปลัดกรุงเทพมหานคร) with the same secretary as before."
    )
    parts = restate(line).split(" ; ")
    provinces = [p for p in parts if "Provincial Governor" in p]
    assert (
        provinces and not provinces[0].startswith("สำหรับกรุงเทพมหานคร") and "คณะกรรมการ PCIO" in provinces[0]
    )
    bangkok = [p for p in parts if "ปลัดกรุงเทพมหานคร" in p]
    assert bangkok and bangkok[0].startswith("สำหรับกรุงเทพมหานคร") and "same secretary" not in bangkok[0]


def test_a_duty_asked_by_its_number_with_what_it_said_before():
    kb, core = build(doc("seed", "2020-09-29", DUTIES))
    changed = core.ask("หน้าที่ข้อ 3 ของ คกก. GCIO เปลี่ยนไปยังไง").answer
    assert changed.startswith("ให้ข้อเสนอแนะ") and "ให้ความเห็นชอบ" in changed  # now, then what it was
    besides = core.ask("นอกจากแผนการใช้ทรัพยากร หน้าที่ข้อ 3 ของ คกก. GCIO มีเรื่องอะไรอีก").answer
    assert "ข้อมูลกลาง" in besides
    overview = core.ask("คณะกรรมการ GCIO มีอะไรถูกปรับบ้างในรอบนี้").answer
    assert "หน้าที่" in overview and "ข้อเสนอแนะ" in overview


def test_a_full_name_asked_spells_out_the_short_one():
    kb, core = build(doc("seed", "2020-09-29", DUTIES))
    plain = core.ask("ใครจัดอบรมหลักสูตร GCIO").answer
    full = core.ask("ใครจัดอบรมหลักสูตร GCIO ขอชื่อเต็มเลย").answer
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" not in plain.split("\n")[0]
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" in full.split("\n")[0]


def test_follow_ups_that_widen_what_the_last_turn_was_about():
    kb, core = build(*_record())
    seat = core.ask("ผู้ช่วยเลขาฯ PCIO คือใคร")
    whole = core.ask("ขอองค์ประกอบทั้งหมดเลยได้ไหม", context=seat.context).answer
    assert "ประธาน" in whole and "กรรมการและเลขานุการ" in whole  # every seat, not the one just asked
    issue = core.ask("สำนักงบประมาณได้งานอะไรในมติใหม่")
    together = core.ask("ทำคนเดียวหรือมีใครร่วมด้วย", context=issue.context)
    assert not together.abstained and "สพร." in together.answer and "คลาวด์" in together.answer


def test_a_clipped_word_after_a_clause_is_still_about_it():
    kb, core = build(doc("seed", "2020-09-29", DUTIES))
    first = core.ask("หน้าที่ข้อ 3 ของ คกก. GCIO คืออะไร")
    then = core.ask("นอกจากเรื่องแผนการใช้ทรัพย์ ข้อนี้ให้ทำอะไรอีก", context=first.context)
    assert not then.abstained and "ข้อมูลกลาง" in then.answer
