"""Layouts that tell a decision to the people it concerns, or weigh it: letters of appointment ("เรียน X ...
ท่านได้รับการแต่งตั้งเป็น..."), a risk register whose "Risk:" and "สาเหตุ:" lines describe the problem while its
"Treatment:" lines decide, and a course syllabus whose sessions say what changed in prose."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, SEATS, build, doc

SEED = SEATS

LETTERS = """
ฉบับที่ 1
ที่ ดศ 0100/1187
เรื่อง แจ้งการแต่งตั้งเป็นกรรมการและเลขานุการคณะกรรมการ GCIO
เรียน ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม

    จึงขอแจ้งว่า ท่านได้รับการแต่งตั้งเป็น "กรรมการและเลขานุการ" คณะกรรมการ GCIO โดยมีผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นผู้ช่วยเลขานุการ

------------------------------------------------------------------
ฉบับที่ 2
เรื่อง แจ้งการแต่งตั้งเป็นกรรมการในคณะกรรมการ GCIO
เรียน ผู้อำนวยการสำนักงานสถิติแห่งชาติ

    ตามมติคณะรัฐมนตรีที่อ้างถึง ผู้อำนวยการสำนักงานสถิติแห่งชาติได้รับการแต่งตั้งเป็นกรรมการในคณะกรรมการ GCIO อีกหนึ่งตำแหน่ง

------------------------------------------------------------------
ฉบับที่ 3
เรื่อง แจ้งการแต่งตั้งเป็นประธานคณะทำงานขับเคลื่อนการปฏิบัติงานบนฐานวิถีชีวิตใหม่
เรียน รองเลขาธิการ ก.พ. (ที่เลขาธิการ ก.พ. มอบหมาย)

    คณะรัฐมนตรีมีมติให้จัดตั้ง "คณะทำงานขับเคลื่อนการปฏิบัติงานบนฐานวิถีชีวิตใหม่" ภายใต้คณะกรรมการ GCIO

    ท่านได้รับการแต่งตั้งเป็นประธานคณะทำงาน โดยมีผู้แทน ดศ. ผู้แทน คพร. และผู้แทน สกมช. เป็นคณะทำงาน ผู้แทน สพร. เป็นคณะทำงานและเลขานุการ และผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ
"""

REGISTER = """
[GR-01] คณะกรรมการ GCIO ขาดน้ำหนักในการสั่งการข้ามกระทรวง
Risk (EN): The GCIO Committee, chaired by a line minister, lacks authority to align other ministries.
สาเหตุ: ประธานเป็นรัฐมนตรีว่าการกระทรวง ดศ. และสำนักงานสถิติแห่งชาติเป็นกรรมการโดยไม่มีบทบาทชัดเจน
Treatment: ให้รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัลกลับมาเป็นประธานกรรมการ
Risk owner: สำนักงาน ก.พ. ร่วมกับ ดศ.

[GR-07] PCIO กรุงเทพมหานครไม่สอดคล้องกับโครงสร้างผู้บริหาร กทม.
Treatment: ให้ผู้ว่าราชการกรุงเทพมหานคร หรือรองผู้ว่าราชการกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธาน PCIO ของกรุงเทพมหานคร แทนปลัดกรุงเทพมหานคร
Risk owner: กรุงเทพมหานคร
"""

SYLLABUS = """
### Session 3 — PCIO ต่างจังหวัดกับกรุงเทพมหานคร
สาระ (กรุงเทพมหานคร): ผู้ว่าราชการกรุงเทพมหานครยังคงเป็นประธาน เลขานุการเปลี่ยนเป็น ผู้อำนวยการสำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร แทนหัวหน้าหน่วยงานการบริหารจัดการการขับเคลื่อนภารกิจของกรุงเทพมหานคร มีผลทันที

### Session 6 — ธรรมาภิบาล AI
มติ 10 มี.ค. 2569 ตั้ง "คณะทำงานด้านธรรมาภิบาลปัญญาประดิษฐ์ภาครัฐ" ภายใต้คณะกรรมการ GCIO มีผู้อำนวยการ สพธอ. เป็นประธาน ผู้อำนวยการศูนย์ธรรมาภิบาลปัญญาประดิษฐ์ เป็นเลขานุการ และผู้แทน สพร. เป็นผู้ช่วยเลขานุการ
"""

WORDS = {**GLOSSARY, "คพร.": ["คณะกรรมการบริหารพนักงานราชการ"], "สพธอ.": ["สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์"]}


def _book(*extra):
    docs = [doc("seed", "2020-09-29", SEED), *extra]
    return read_facts(docs, parse_all(docs), Glossary.from_mapping(WORDS))


def _seats(book, doc_id: str) -> dict[tuple[str, str | None], str]:
    return {(f.role, f.variant): f.holder or "" for f in book.roles if f.doc_id == doc_id}


def test_a_letters_you_is_the_one_it_is_addressed_to():
    book = _book(doc("letters", "2021-08-17", LETTERS, amends=("seed",)))
    seats = [(f.role, f.holder, f.committee) for f in book.roles if f.doc_id == "letters"]
    assert ("secretary", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "GCIO") in seats
    # "X ได้รับการแต่งตั้งเป็นกรรมการ": appointed, as a decision says it
    assert ("member", "ผู้อำนวยการสำนักงานสถิติแห่งชาติ", "GCIO") in seats
    chair = [f for f in book.roles if f.doc_id == "letters" and f.role == "chair"]
    assert [f.holder for f in chair] == ["รองเลขาธิการ ก.พ."]  # the aside after the addressee is not the name
    # a body that only sends a representative ("ผู้แทน คพร.") is not the body the seats are of
    assert chair[0].committee != "คพร." and "วิถีชีวิตใหม่" in chair[0].committee


def test_a_seat_held_by_whoever_is_assigned_keeps_its_whole_name():
    book = _book()
    chair = [f.holder for f in book.roles if f.committee == "PCIO" and f.role == "chair"]
    assert chair and all(h.endswith("ที่ได้รับมอบหมาย") for h in chair)  # not read as "appointed to be"


def test_a_risk_and_its_cause_are_not_the_decision():
    book = _book(doc("register", "2023-11-14", REGISTER, amends=("seed",)))
    seats = _seats(book, "register")
    assert seats.get(("chair", None), "").startswith("รองนายกรัฐมนตรี")  # the treatment decides
    assert not any("line minister" in h or "สถิติแห่งชาติ" in h for h in seats.values())
    assert seats.get(("chair", "กรุงเทพมหานคร"), "").startswith(
        "ผู้ว่าราชการกรุงเทพมหานคร"
    )  # "ประธาน PCIO ของ กทม."


def test_a_syllabus_says_a_seat_changed_and_a_body_set_up():
    book = _book(doc("course", "2026-03-10", SYLLABUS, amends=("seed",)))
    secretary = [f for f in book.roles if f.doc_id == "course" and f.role == "secretary"]
    assert [(f.holder, f.variant) for f in secretary if f.replaced] == [
        ("ผู้อำนวยการสำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร", "กรุงเทพมหานคร")
    ]
    ai = {f.role: f for f in book.roles if f.doc_id == "course" and "ปัญญาประดิษฐ์" in (f.committee or "")}
    assert ai["chair"].holder == "ผู้อำนวยการ สพธอ." and "assistant_secretary" in ai


def test_who_chairs_the_body_a_letter_appoints_to():
    _, core = build(doc("seed", "2020-09-29", SEED), doc("letters", "2021-08-17", LETTERS, amends=("seed",)))
    answer = core.ask("ใครเป็นประธานคณะทำงานขับเคลื่อนการปฏิบัติงานบนฐานวิถีชีวิตใหม่").answer
    assert "รองเลขาธิการ ก.พ." in answer
    answer = core.ask("เลขาฯ ของคณะกรรมการ GCIO เป็นใคร").answer
    assert "ปลัดกระทรวงดิจิทัล" in answer


def test_a_syllabus_names_issues_by_number_and_a_new_one_in_quotes():
    from bot.knowledge.lead_prose import prose_leads

    recap = prose_leads("สาระ: ประเด็นที่ 1 และ 2 (ดิจิทัลแพลตฟอร์มสำหรับบริการ และสำหรับบุคลากร) สพร. เป็นเจ้าภาพ คงเดิม")
    assert recap == [("ประเด็นที่ 1", "สพร.", None), ("ประเด็นที่ 2", "สพร.", None)]
    new = prose_leads('เพิ่มประเด็นที่ 8 "การส่งเสริมการใช้ปัญญาประดิษฐ์ภาครัฐ" มี สพธอ. และ สพร. เป็นผู้รับผิดชอบหลัก')
    assert new == [("ประเด็นที่ 8 การส่งเสริมการใช้ปัญญาประดิษฐ์ภาครัฐ", "สพธอ. และ สพร.", None)]
    # a sentence about an issue it cancels names no lead of its own
    assert prose_leads("ยกเลิกประเด็นที่ 3 (การสร้างการรับรู้ ซึ่ง สพธอ. เป็นเจ้าภาพ) โดยรวมเข้ากับประเด็นที่ 4") == []
    # ... nor one that says who led it until now
    was = "ให้ยกเลิกประเด็นที่ 3 (การสร้างการรับรู้) ซึ่ง สพธอ. เป็นผู้รับผิดชอบหลักมาตั้งแต่ปี 2565"
    assert prose_leads(was) == []


def test_a_provinces_officer_named_by_the_office_joins_a_committee():
    register = "Treatment: เพิ่มท้องถิ่นจังหวัดเป็นกรรมการใน PCIO ของจังหวัดอื่นนอกจากกรุงเทพมหานคร"
    book = _book(doc("register", "2023-11-14", register, amends=("seed",)))
    joined = [f for f in book.roles if f.doc_id == "register" and f.role == "member"]
    assert [(f.holder, f.committee, f.added) for f in joined] == [("ท้องถิ่นจังหวัด", "PCIO", True)]


def test_a_field_of_a_register_entry_asked_by_its_key():
    _, core = build(
        doc("seed", "2020-09-29", SEED), doc("register", "2023-11-14", REGISTER, amends=("seed",))
    )
    answer = core.ask("risk owner ของเรื่อง PCIO กรุงเทพมหานครไม่สอดคล้องคือใคร").answer
    assert answer.startswith("Risk owner: กรุงเทพมหานคร") and "GR-07" in answer
    answer = core.ask("risk owner ของเรื่องคณะกรรมการ GCIO ขาดน้ำหนักในการสั่งการคือใคร").answer
    assert answer.startswith("Risk owner: สำนักงาน ก.พ.")


THREAD = """
เรียน คุณธนพล

ผอ.สพร. เริ่มทำหน้าที่กรรมการและเลขานุการตั้งแต่วันที่ 1 มกราคม 2565 ค่ะ

On Thu, Dec 16, 2021 at 11:30 AM ทีมงาน GCIO <gcio-team@ocsc.go.th> wrote:
> (ข้อความเดิมตัดออก — ดูเมลฉบับแรกด้านล่าง)

เรื่องคณะกรรมการ GCIO: ครม. ให้กลับมามีตำแหน่งรองประธานอีกครั้ง (มติปี 2563 กำหนดว่าไม่มีรองประธาน) คราวนี้ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเป็นรองประธาน นอกจากนี้ให้เพิ่มกรรมการอีก 2 ตำแหน่ง คือ เลขาธิการ สกมช. และผู้อำนวยการสำนักงานสถิติแห่งชาติ องค์ประกอบอื่นคงเดิม
"""


def test_a_forwarded_mail_below_a_reply_is_the_decision_not_old_wording():
    book = _book(doc("thread", "2021-12-14", THREAD, amends=("seed",)))
    seats = [(f.role, f.holder, f.status) for f in book.roles if f.doc_id == "thread"]
    # "(ข้อความเดิมตัดออก ...)" notes what the reply left out; the mail below it is in force
    assert ("vice_chair", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "current") in seats
    # "(มติปี 2563 กำหนดว่าไม่มีรองประธาน)": what an earlier rule said, not a rule of this one
    assert not any(role == "vice_chair" and holder is None for role, holder, _ in seats)
    members = {holder for role, holder, _ in seats if role == "member"}
    assert members == {"เลขาธิการ สกมช.", "ผู้อำนวยการสำนักงานสถิติแห่งชาติ"}
