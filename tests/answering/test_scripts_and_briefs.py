"""Layouts read this round: a chair's script whose spoken lines make the decisions ("ให้มีรองประธานขึ้นมาหนึ่ง
ตำแหน่ง คือ X", "ส่วนอนุกรรมการประกอบด้วยผู้แทน A B และ C"), an English policy brief that says seats the way
briefs do ("X's PCIO has a new secretary: Y", "has moved the chair to Y", a table with a column for the provinces
and one for Bangkok), and an encyclopedia article whose working group sits "ภายใต้ PCIO". Hand-written texts,
read without the model."""

from __future__ import annotations

from bot.answering.vocab import holder_forms
from bot.index.build import parse_all
from bot.knowledge.english import restate, restated
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, SEATS, build, doc

SCRIPT = """
# การประชุมคณะกรรมการ GCIO ครั้งที่ 2/2565

## วาระที่ 1 เรื่องที่ประธานแจ้ง
"เมื่อวันที่ 5 กรกฎาคม 2565 คณะรัฐมนตรีเห็นชอบให้ปรับองค์ประกอบของคณะกรรมการอีกครั้งหนึ่ง

ผมยังเป็นประธานตามเดิม แต่คราวนี้ให้มีรองประธานขึ้นมาหนึ่งตำแหน่ง คือ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เพื่อทำหน้าที่แทนเมื่อประธานไม่อยู่ และให้ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ"

## วาระที่ 2 เรื่องเพื่อพิจารณา
"มติครั้งนี้ให้คณะกรรมการแต่งตั้งคณะอนุกรรมการส่งเสริมการทำงานทางไกลภาครัฐ โดยให้เลขาธิการ ก.พ. เป็นประธานอนุกรรมการ ส่วนอนุกรรมการประกอบด้วยผู้แทนสำนักงบประมาณ สกมช. และกรุงเทพมหานคร"

คณะอนุกรรมการมีหน้าที่ หนึ่ง กลั่นกรองข้อเสนอของหน่วยงาน และ สอง รายงานผลต่อคณะกรรมการทุก 4 เดือน
"""

BRIEF_LINES = {
    "has_new": "Bangkok's PCIO has a new secretary from 1 March 2024: the Director of the Finance Department of the BMA.",
    "moved": "The Cabinet has moved the chair to the Director of DGA (ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล), because most proposals concern platforms.",
    "colon": "The Cabinet named one post: the Director of the Finance Department, Bangkok Metropolitan Administration (ผู้อำนวยการสำนักการคลัง กรุงเทพมหานคร) becomes member and secretary of the Bangkok PCIO with effect from 1 March 2024.",
    "in_bangkok": "The chair in Bangkok remains the Permanent Secretary for the BMA (ปลัดกรุงเทพมหานคร).",
    "issue_led": "In 2021 the Cabinet created the Sub-committee on Remote Work and added an issue on cybersecurity, led by NCSA.",
}

TABLE = """
The new working group is set up in every province.

| | Provinces | Bangkok |
|---|---|---|
| Chair | Deputy Governor (รองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย) | Deputy Permanent Secretary for the BMA (รองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย) |
"""

ARTICLE = """
## คณะทำงานข้อมูลจังหวัด
จัดตั้งภายใต้ PCIO ทุกจังหวัด มีรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมายเป็นประธาน และสถิติจังหวัดเป็นเลขานุการ
"""


def _book(*docs):
    return read_facts(list(docs), parse_all(list(docs)), Glossary.from_mapping(GLOSSARY))


def _script():
    return doc("seed", "2020-09-29", SEATS), doc("script", "2022-07-05", SCRIPT, amends=("seed",))


def test_a_chairs_script_seats_what_its_spoken_lines_say():
    book = _book(*_script())
    gcio = {f.role: f.holder for f in book.roles if f.committee == "GCIO" and f.doc_id == "script"}
    assert gcio["vice_chair"] == "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"  # "ให้มีรองประธาน...คือ X"
    assert gcio["assistant_secretary"] == "ผู้แทนสำนักงาน ก.พ."
    assert not [c for c in book.committees if "อีกครั้ง" in c.key]  # "ของคณะกรรมการอีกครั้งหนึ่ง" names no body
    members = [f.holder for f in book.roles if f.role == "member" and "ทางไกล" in (f.committee or "")]
    assert members and members[0].startswith("ผู้แทนสำนักงบประมาณ") and "กรุงเทพมหานคร" in members[0]
    # an agency that sends a representative is no holder by its own name
    assert "กรุงเทพมหานคร" not in holder_forms(members[0])


def test_a_body_named_by_a_part_of_its_name_and_its_duties_said_in_a_sentence():
    kb, core = build(*_script())
    asked = core.frame("อนุกรรมการทำงานทางไกลต้องรายงานบ่อยแค่ไหน")
    assert asked.role is None and asked.committees and "ทางไกล" in asked.committees[0]
    assert "4 เดือน" in core.ask("อนุกรรมการทำงานทางไกลต้องรายงานบ่อยแค่ไหน").answer
    assert "กลั่นกรอง" in core.ask("อนุฯ ทำงานทางไกล มีหน้าที่อะไรบ้าง").answer
    composition = core.ask("อนุฯ ทำงานทางไกล มีผู้แทนจากหน่วยงานไหนบ้าง").answer
    assert "สำนักงบประมาณ" in composition and "เลขาธิการ ก.พ." in composition


def test_an_english_brief_says_seats_as_briefs_do():
    said = {k: restate(v) for k, v in BRIEF_LINES.items()}
    assert said["has_new"].startswith("สำหรับกรุงเทพมหานคร ให้") and "เป็นกรรมการและเลขานุการ" in said["has_new"]
    assert said["moved"].startswith("ให้ ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นประธาน")
    assert "ให้ ผู้อำนวยการสำนักการคลัง กรุงเทพมหานคร เป็นกรรมการและเลขานุการ ของคณะกรรมการ PCIO" in said["colon"]
    assert said["colon"].startswith("สำหรับกรุงเทพมหานคร")
    assert said["in_bangkok"].startswith("สำหรับกรุงเทพมหานคร") and "ยังคงเป็นประธาน" in said["in_bangkok"]
    assert "ประธาน" not in said["issue_led"]  # "led by NCSA" leads the issue, not the sub-committee


def test_a_table_with_a_column_for_the_provinces_and_one_for_bangkok():
    row = next(c for c in parse_all([doc("brief", "2022-11-22", TABLE)]) if c.cells)
    said = restated(row).text.split(" ; ")
    assert said[0] == "ให้ รองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย เป็นประธานกรรมการ"
    assert said[1] == "สำหรับกรุงเทพมหานคร ให้ รองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธานกรรมการ"


def test_a_body_set_up_under_another_is_not_that_other():
    book = _book(doc("seed", "2020-09-29", SEATS), doc("article", "2024-03-12", ARTICLE, amends=("seed",)))
    seats = {f.role: f.committee for f in book.roles if f.doc_id == "article"}
    assert seats["chair"] and "ข้อมูลจังหวัด" in seats["chair"]  # the heading's working group, not PCIO
    assert seats["secretary"] == seats["chair"]


def test_a_holder_spelt_with_one_letter_wrong_is_named_as_the_texts_spell_it():
    typo = "1. องค์ประกอบคณะกรรมการ GCIO\n1) รับมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธาน\n"
    later = "คณะรัฐมนตรีมีมติให้รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานคณะกรรมการ GCIO แทน"
    book = _book(
        doc("old", "2019-11-26", typo),
        doc("new", "2020-09-29", later + "\n\nคณะรัฐมนตรีรับทราบ", amends=("old",)),
    )
    vice = next(f for f in book.roles if f.role == "vice_chair")
    assert vice.holder == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert "รับมนตรี" in vice.evidence  # the quoted line keeps the text's own words


REPORT = """
## ส่วนที่ 2 ประเด็นตามมติ หน่วยงานรับผิดชอบ และกำหนดเวลา

| ลำดับ | ประเด็นตามมติ | หน่วยงานรับผิดชอบ | กำหนดเวลา | สถานะ |
|---|---|---|---|---|
| 2.1 | องค์ประกอบคณะกรรมการ PCIO ของจังหวัด (ยกเว้นกรุงเทพมหานคร): ให้สถิติจังหวัดเป็นกรรมการและเลขานุการ แทนหัวหน้าสำนักงานจังหวัด | จังหวัด | ภายใน 30 เมษายน 2565 | ดำเนินการแล้ว |
| 2.2 | คณะกรรมการ PCIO ของกรุงเทพมหานคร: ไม่มีการแก้ไข คงองค์ประกอบเดิม (ปลัดกรุงเทพมหานครหรือรองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธาน) | กรุงเทพมหานคร | – | ไม่ต้องดำเนินการ |
| 2.3 | ประเด็นการสร้างความพร้อมและพัฒนาบุคลากร: เปลี่ยนผู้รับผิดชอบหลักจาก "สำนักงาน ก.พ." เป็น "สพร. และหน่วยงานที่เกี่ยวข้อง" | สพร. | ภายใน 31 พฤษภาคม 2565 | อยู่ระหว่างดำเนินการ |
"""

ISSUES = """
## ประเด็นและเจ้าภาพหลัก

| ประเด็น | เจ้าภาพหลัก | ที่มา |
|---|---|---|
| 1 การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน | สพร. และหน่วยงานที่เกี่ยวข้อง | มติปี 2563 |
| 8 การใช้ข้อมูลขนาดใหญ่ภาครัฐ | สสช. และหน่วยงานที่เกี่ยวข้อง | มติปี 2566 |
"""


def test_a_follow_up_reports_task_table_states_seats_and_a_lead_moved():
    book = _book(doc("seed", "2020-09-29", SEATS), doc("report", "2022-03-01", REPORT, amends=("seed",)))
    seats = {(f.role, f.variant): f.holder for f in book.roles if f.doc_id == "report"}
    assert seats[("secretary", None)] == "สถิติจังหวัด"
    assert seats[("chair", "กรุงเทพมหานคร")].startswith("ปลัดกรุงเทพมหานคร")  # kept, and Bangkok's
    tasks = [f for f in book.leads if f.doc_id == "report" and f.duty]
    assert len(tasks) == 3  # who does each task, not leads of the guideline's issues
    moved = [f for f in book.leads if f.doc_id == "report" and not f.duty]
    assert moved and moved[0].agencies.startswith("สพร.") and moved[0].replaced == "สำนักงาน ก.พ."


def test_an_issue_table_with_its_numbers_in_the_cells_and_a_source_column():
    book = _book(doc("article", "2023-06-01", ISSUES))
    issues = {f.number: f.issue for f in book.leads}
    assert issues["8)"] == "การใช้ข้อมูลขนาดใหญ่ภาครัฐ"  # the number out of the title, the source column left out
    assert issues["1)"].endswith("ประชาชน")


def test_dates_typed_without_the_dots_of_the_month():
    from bot.thai.dates import parse_any_date

    assert str(parse_any_date("มติ ครม 16 มีค 64 มีผลเมื่อไร")) == "2021-03-16"
    assert str(parse_any_date("29 กย 63")) == "2020-09-29"
