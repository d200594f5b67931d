"""A poster's seats (the role on one line, its holder on the next) and conversation turns officials type:
an interjection before a correction, someone standing in for a holder, examples said elsewhere."""

from __future__ import annotations

from bot.answering.context import CORRECTS, merge
from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.knowledge.parse import _seats_alone
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัดหรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
"""

POSTER = """
==== แผ่นที่ 2 ====

[ริบบิ้นหัวข้อสีฟ้า] คณะกรรมการ GCIO หน้าตาใหม่

[วงกลมใหญ่ตรงกลาง ภาพเก้าอี้ประธาน]
ประธาน
รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (รมว.ดศ.)
✔ คงเดิมตามมติ 29 ก.ย. 63

[วงกลมด้านซ้าย ติดป้าย NEW]
รองประธาน
เลขาธิการ ก.พ.
มติปี 63 ไม่ได้กำหนดตำแหน่งรองประธานไว้ ครั้งนี้จึงกลับมามีรองประธาน 1 คน

[กล่องเล็กใต้วงกลมขวา]
ผู้ช่วยเลขานุการ 2 คน
• ผู้แทนสำนักงาน ก.พ.
• ผู้แทนสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (สป.ดศ.)

[แถบสีเขียวด้านล่าง ไอคอนคน +2]
กรรมการเพิ่มอีก 2 ตำแหน่ง
➕ ผู้อำนวยการสำนักงานสถิติแห่งชาติ (สสช.)
➕ เลขาธิการคณะกรรมการพัฒนาระบบราชการ (เลขาธิการ ก.พ.ร.)
"""


def test_a_role_alone_on_a_line_takes_the_holder_or_the_bullets_below_it():
    lines = [(i, t) for i, t in enumerate(POSTER.strip().split("\n"))]
    said = [t for _, t in _seats_alone(lines)]
    assert "- เลขาธิการ ก.พ. เป็นรองประธาน" in said
    assert "- ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ" in said
    assert "- ผู้อำนวยการสำนักงานสถิติแห่งชาติ (สสช.) เป็นกรรมการเพิ่มเติม" in said
    assert "✔ คงเดิมตามมติ 29 ก.ย. 63" in said  # what is said of a seat stays as it was
    # a role word over a sentence is no seat: "ประธาน" then "ให้ X เป็นประธาน..." is left alone
    prose = [(1, "ประธาน"), (2, "ให้ผู้ว่าราชการจังหวัดเป็นประธาน")]
    assert _seats_alone(prose) == prose


def test_a_poster_seats_its_committee_and_adds_members_without_replacing_them():
    docs = [doc("seed", "2020-09-29", SEED), doc("poster", "2022-03-15", POSTER, amends=("seed",))]
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    now = {
        (f.committee, f.role): f.holder for f in book.roles if f.status == "current" and f.doc_id == "poster"
    }
    assert now[("GCIO", "vice_chair")] == "เลขาธิการ ก.พ."
    members = {f.holder for f in book.roles if f.status == "current" and f.role == "member"}
    assert {
        "ผู้อำนวยการสำนักงานสถิติแห่งชาติ (สสช.)",
        "เลขาธิการคณะกรรมการพัฒนาระบบราชการ (เลขาธิการ ก.พ.ร.)",
    } <= members
    secretary = [
        f for f in book.roles if f.role == "secretary" and f.status == "current" and f.committee == "GCIO"
    ]
    assert [f.doc_id for f in secretary] == ["seed"]  # a seat the poster does not show is kept


def test_a_correction_may_open_with_an_interjection():
    assert CORRECTS.search("อ๊ะ ขอโทษค่ะ หมายถึงของระดับจังหวัด")
    assert CORRECTS.search("oh, I meant the provincial one")
    assert not CORRECTS.search("อ๊ะ แล้วเลขาล่ะ")


def test_someone_standing_in_for_a_holder_is_asked_of_the_same_seat():
    _, core = build(doc("seed", "2020-09-29", SEED))
    first = core.ask("ใครเป็นประธาน PCIO")
    frame = merge(core.frame("ถ้าผู้ว่าไม่ว่าง ให้คนอื่นเป็นแทนได้มั้ยคะ"), first.context)
    assert frame.intent == "who_holds" and frame.role == "chair" and frame.committees == ["PCIO"]


def test_who_approved_before_the_cabinet_and_when_the_cabinet_itself_approved():
    body = """
1. ความเป็นมา
อ.ก.พ. วิสามัญ ในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 31 มกราคม 2563 เห็นชอบการปรับแนวทาง
2. มติ
คณะรัฐมนตรีมีมติเห็นชอบการปรับแนวทางตามที่สำนักงาน ก.พ. เสนอ
"""
    _, core = build(doc("r-2020", "2020-09-29", body))
    assert core.frame("ใครเห็นชอบเรื่องนี้ก่อนเข้า ครม. แล้วเมื่อไหร่").intent == "doc_meeting"
    before = core.ask("ใครเห็นชอบเรื่องนี้ก่อนเข้า ครม. แล้วเมื่อไหร่").answer
    assert "31 มกราคม 2563" in before
    first = core.ask("อ.ก.พ. เห็นชอบในการประชุมครั้งไหน")
    cabinet = core.ask("แล้ว ครม. เห็นชอบวันไหน", context=first.context).answer
    assert cabinet.startswith("29 กันยายน 2563"), cabinet  # no cabinet meeting on record: the resolution's day


def test_seats_said_in_an_answer_to_parliament():
    said = """
1. คำตอบ คณะกรรมการ GCIO
ตอบคำถามข้อ 1 ตั้งแต่วันที่ 1 ตุลาคม 2568 ประธานคณะกรรมการ GCIO ได้แก่ รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล ซึ่งเป็นการกลับไปใช้รูปแบบเดิม ส่วนรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ซึ่งเป็นประธานมาตั้งแต่มติวันที่ 29 กันยายน 2563 จนถึงวันที่ 30 กันยายน 2568 เปลี่ยนมาเป็นรองประธานคนที่หนึ่ง และเลขาธิการ ก.พ. ซึ่งเป็นรองประธานมาตั้งแต่ปี 2565 เป็นรองประธานคนที่สอง
"""
    docs = [doc("seed", "2020-09-29", SEED), doc("answer", "2025-08-19", said, amends=("seed",))]
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    seats = {(f.role, f.holder) for f in book.roles if f.doc_id == "answer" and f.committee == "GCIO"}
    assert ("chair", "รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล") in seats
    assert (
        "vice_chair",
        "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    ) in seats  # "เปลี่ยนมาเป็น", not "เป็นประธานมา"
    assert ("vice_chair", "เลขาธิการ ก.พ.") in seats
    assert not any(role == "chair" and "รัฐมนตรีว่าการ" in holder for role, holder in seats)


CHARTER = """
4. องค์กรโครงการ

4.2 คณะทำงานบริหารโครงการ GCIO Transformation (Project Management Office: PMO) — ตั้งใหม่

คณะกรรมการ GCIO แต่งตั้งคณะทำงานบริหารโครงการ มีองค์ประกอบดังนี้ รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานคณะทำงาน ผู้แทนสำนักงาน ก.พ. และผู้แทนสำนักงบประมาณ เป็นคณะทำงาน ผู้อำนวยการกองยุทธศาสตร์และแผนงาน เป็นคณะทำงานและเลขานุการ และผู้แทน สพร. เป็นผู้ช่วยเลขานุการ

5. ประเด็นขับเคลื่อน

เรื่องการสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน
ยกเลิกประเด็นนี้ตั้งแต่วันที่ 1 มกราคม 2567 เพราะงบประมาณจัดสรรตามกระบวนการปกติอยู่แล้ว

การฝึกอบรมหลักสูตร GCIO: ให้โอนความรับผิดชอบจาก สพร. ไปเป็นของสำนักงาน ก.พ. มีผลสำหรับหลักสูตรที่เริ่มตั้งแต่ปีงบประมาณ พ.ศ. 2568 คือตั้งแต่วันที่ 1 ตุลาคม 2567 เป็นต้นไป

6. การปรับมาตรการ

6.1 การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device: BYOD) — ปรับเงื่อนไข
ยังทำได้ แต่เฉพาะอุปกรณ์ที่ลงทะเบียนกับหน่วยงานและผ่านมาตรฐานที่ สกมช. กำหนด

7. กำหนดการ
โครงการเริ่มตั้งแต่วันที่ 1 มกราคม 2567 ทั้งนี้ ให้มีผลใช้บังคับตั้งแต่วันที่ 1 มกราคม 2567
"""

LEADS = """
3. ประเด็นขับเคลื่อน
ประเด็น - ผู้รับผิดชอบหลัก
1) การสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน
สำนักงบประมาณ (สงป.)
"""


def test_a_charter_seats_its_working_group_ends_an_issue_by_title_and_dates_a_duty():
    base = doc("seed", "2020-09-29", SEED + LEADS)
    docs = [base, doc("charter", "2023-11-21", CHARTER, amends=("seed",))]
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    group = {f.role: f.holder for f in book.roles if f.doc_id == "charter"}
    pmo = {f.committee for f in book.roles if f.doc_id == "charter"}
    assert (
        len(pmo) == 1 and "GCIO" not in pmo
    )  # the assistant secretary listed among the group's seats is its own
    assert group["assistant_secretary"] == "ผู้แทน สพร."
    assert group["member"].startswith("ผู้แทนสำนักงาน ก.พ.") and "เลขานุการ" not in group["member"]
    ended = [f for f in book.leads if f.cancelled and f.doc_id == "charter"]
    assert ended and ended[0].issue.startswith("การสนับสนุนงบประมาณ")  # the title on the line above
    _, core = build(*docs)
    assert "1 ตุลาคม 2567" in core.ask("การโอนงานอบรม GCIO ไปที่ ก.พ. มีผลวันไหน").answer
    byod = core.ask("BYOD ตอนนี้มีเงื่อนไขอะไรเพิ่มมา").answer
    assert "ลงทะเบียน" in byod  # the heading of the change, with what it says under it


def test_a_poster_card_is_read_without_its_picture():
    from bot.knowledge.parse import _without_pictures

    card = "การ์ด 7 [ไอคอนโล่แม่กุญแจ ติดป้าย NEW] ประเด็นที่ 7 การรักษาความมั่นคงปลอดภัยไซเบอร์"
    assert _without_pictures(card) == "ประเด็นที่ 7 การรักษาความมั่นคงปลอดภัยไซเบอร์"
    assert _without_pictures("[วงกลมด้านซ้าย ติดป้าย NEW สีแดง]") == ""
    assert _without_pictures("เจ้าภาพ: สพร. ✔ เหมือนเดิม") == "เจ้าภาพ: สพร. (เหมือนเดิม)"
    # a bracketed note in words is kept: it may say when something takes effect
    note = "[ผู้ตรวจทาน: ความใน (4) ให้มีผลตั้งแต่วันที่ 1 เมษายน 2565]"
    assert _without_pictures(note) == note
