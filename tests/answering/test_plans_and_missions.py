"""Layouts that carry decisions among other things: an action plan whose table of activities names who does
each task (not who leads an issue), a development partner's aide-mémoire in English that sets up a working group
"under the GCIO Committee" with Thai glosses beside its names, and a provincial indicator's notes that name an
issue by its title with its number in brackets."""

from __future__ import annotations

from bot.answering.answerers.lead_table import listed
from bot.index.build import parse_all
from bot.knowledge.english import restate
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, SEATS, build, doc

SEED = (
    SEATS.rstrip("\n")
    + """
3) สถิติจังหวัด/หัวหน้าหน่วยงานการจัดระบบข้อมูลและเทคโนโลยีสารสนเทศของกรุงเทพมหานคร เป็นผู้ช่วยเลขานุการ
3. ทั้งนี้ ขอให้หน่วยงานที่เกี่ยวข้องเป็นเจ้าภาพหลัก ดังนี้
ประเด็น - ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
3) การสร้างการรับรู้และความเข้าใจในกฎ ระเบียบ ข้อกฎหมายด้านดิจิทัล
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
4) การสร้างความพร้อมและพัฒนาบุคลากร
สำนักงาน ก.พ. และหน่วยงานที่เกี่ยวข้อง
"""
)

PLAN = """
## ส่วนที่ 4 แผนงาน/กิจกรรม

| ที่ | แผนงาน/กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา |
|---|---|---|---|
| 4.1 | ปรับปรุงคำสั่งแต่งตั้งคณะกรรมการ GCIO | ฝ่ายเลขานุการคณะกรรมการ GCIO | เม.ย. 2564 |
| 4.2 | จัดทำสื่อความรู้กฎหมายดิจิทัลสำหรับผู้ปฏิบัติงาน | สพธอ. | ก.ค. 2564 |
| 4.3 | รวบรวมปัญหาอุปสรรคด้านกฎ ระเบียบ เสนอคณะกรรมการ GCIO | MCIO DCIO PCIO | ภายใน 31 ก.ค. ของทุกปี |
"""

MISSION = """
B. KEY DEVELOPMENTS

4. Provincial committees. With effect from 1 October 2022, the Provincial Statistician (สถิติจังหวัด) will serve as member and secretary (กรรมการและเลขานุการ) of the PCIO committee, and the Head of the Provincial Office (หัวหน้าสำนักงานจังหวัด) will serve as assistant secretary (ผู้ช่วยเลขานุการ). The chair — the Provincial Governor or a Vice Governor assigned (ผู้ว่าราชการจังหวัดหรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย) — and the other members are not changed.

5. Bangkok is not affected. The PCIO committee of the Bangkok Metropolitan Administration (BMA) continues to be chaired by the Permanent Secretary for the BMA (ปลัดกรุงเทพมหานคร), with the head of the BMA mission management unit (หัวหน้าหน่วยงานการบริหารจัดการการขับเคลื่อนภารกิจของกรุงเทพมหานคร) as secretary and the head of the BMA data unit (หัวหน้าหน่วยงานการจัดระบบข้อมูลและเทคโนโลยีสารสนเทศของกรุงเทพมหานคร) as assistant secretary.

8. Data sharing. The resolution establishes, under the GCIO Committee, a Working Group on Open Government Data (คณะทำงานด้านข้อมูลเปิดภาครัฐ), chaired by the Director-General of the National Statistical Office (ผู้อำนวยการสำนักงานสถิติแห่งชาติ), with a representative of the DGA as member and secretary. Its members include representatives of MDES, ETDA and the OCSC and four MCIOs selected by the GCIO Committee.

ANNEX 2 — ISSUE AREAS AND LEAD AGENCIES

| Issue area | Lead agency |
|---|---|
| 1. Digital platforms for public services and for government personnel | DGA (สพร.) and relevant agencies |
| 2. (vacant — merged into issue area 1) | — |
| 3. Awareness of laws and regulations on digital work | ETDA (สพธอ.) and relevant agencies |
| 4. Readiness of government personnel | OCSC (สำนักงาน ก.พ.) and relevant agencies |
"""

INDICATOR = """
2. ที่มาของตัวชี้วัด

2.1 ประเด็นการสร้างการรับรู้และความเข้าใจในกฎ ระเบียบ ข้อกฎหมายด้านดิจิทัล (ประเด็นที่ 3) ให้สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.) เป็นผู้รับผิดชอบหลักแทนสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ.) ทั้งนี้ ให้ สพธอ. เป็นหน่วยงานสนับสนุน

2.2 มติไม่ได้แก้ไขคณะทำงานด้านข้อมูลเปิดภาครัฐซึ่งมีผู้อำนวยการสำนักงานสถิติแห่งชาติเป็นประธาน
"""

WORDS = {
    **GLOSSARY,
    "สพธอ.": ["สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์"],
    "ETDA": ["สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์"],
    "MDES": ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"],
}


def _book(*extra):
    docs = [doc("seed", "2020-09-29", SEED), *extra]
    return read_facts(docs, parse_all(docs), Glossary.from_mapping(WORDS))


def _chain():
    plan = doc("plan", "2021-03-16", PLAN, amends=("seed",))
    mission = doc("mission", "2022-06-07", MISSION, amends=("plan",))
    indicator = doc("indicator", "2023-11-14", INDICATOR, amends=("mission",))
    return doc("seed", "2020-09-29", SEED), plan, mission, indicator


def test_a_plans_activities_are_tasks_not_issues_of_the_guideline():
    seed, plan, *_ = _chain()
    book = _book(plan)
    tasks = [f for f in book.leads if f.doc_id == "plan"]
    assert tasks and all(f.duty for f in tasks)  # who does each task, not a lead of an issue
    kb, core = build(seed, plan)
    issues = [f.number for f in kb.in_force(kb.book.leads) if listed(f, kb.book.leads)]
    assert sorted(issues) == ["1)", "2)", "3)", "4)"]  # the table of issues, none of the plan's tasks
    # "ให้ฝ่ายเลขาฯ GCIO ภายในวันไหน": a deadline, where the seat is only whom the report goes to
    answer = core.ask("MCIO DCIO PCIO ต้องส่งเรื่องปัญหาอุปสรรคด้านกฎระเบียบให้ฝ่ายเลขาฯ GCIO ภายในวันที่เท่าไหร่").answer
    assert "31 ก.ค." in answer


def test_an_english_mission_note_seats_each_officer_it_names():
    said = restate(MISSION.split("\n")[3])
    # the Thai gloss beside a position is the position; the chair "and the other members are not changed" stays
    assert "ให้ สถิติจังหวัด เป็นกรรมการและเลขานุการ ของคณะกรรมการ PCIO" in said
    assert "ให้ หัวหน้าสำนักงานจังหวัด เป็น" in said
    assert "ยังคงเป็นประธานกรรมการ" in said and "not changed" not in said
    bangkok = restate(MISSION.split("\n")[5]).split(" ; ")
    # "chaired by X, with Y as secretary and Z as assistant secretary": three seats, each of Bangkok's committee
    assert len(bangkok) == 3 and all(p.startswith("สำหรับกรุงเทพมหานคร ให้") for p in bangkok)
    assert all(p.endswith("ของคณะกรรมการ PCIO") for p in bangkok)


def test_a_working_group_set_up_under_a_committee_is_its_own_body():
    seed, plan, mission, _ = _chain()
    book = _book(plan, mission)
    group = {f.role: f for f in book.roles if f.committee and "ข้อมูลเปิด" in f.committee}
    assert group["chair"].holder == "ผู้อำนวยการสำนักงานสถิติแห่งชาติ"  # by its Thai name, not the GCIO chair
    assert "DGA" in (group["secretary"].holder or "")
    members = [f.holder for f in book.roles if f.role == "member" and "ข้อมูลเปิด" in (f.committee or "")]
    assert {"ผู้แทน MDES", "ผู้แทน ETDA", "ผู้แทน OCSC"} <= set(members)
    gcio_chair = [
        f.holder for f in book.roles if f.committee == "GCIO" and f.role == "chair" and f.doc_id == "mission"
    ]
    assert gcio_chair == []
    _, core = build(seed, plan, mission)
    assert "สถิติแห่งชาติ" in core.ask("ใครเป็นประธานคณะทำงานด้านข้อมูลเปิดภาครัฐ").answer
    # "four MCIOs selected by ...": the number a Thai question counts, in the English words
    assert "four MCIOs" in core.ask("คณะทำงานด้านข้อมูลเปิดภาครัฐ มี MCIO เป็นกรรมการกี่คน").answer


def test_a_table_listing_every_issue_again_restates_them_by_number():
    seed, plan, mission, _ = _chain()
    _, core = build(seed, plan, mission)
    answer = core.ask("ประเด็นที่ 2 ใครเป็นเจ้าภาพ").answer
    assert "ยกเลิก" in answer  # "(vacant — merged into issue area 1)"
    answer = core.ask("ประเด็นที่ 3 ใครเป็นเจ้าภาพ").answer
    assert "ETDA" in answer or "สพธอ" in answer


def test_an_issue_named_by_its_title_with_its_number_after_it():
    seed, plan, mission, indicator = _chain()
    book = _book(plan, mission, indicator)
    new = [f for f in book.leads if f.doc_id == "indicator"]
    assert [(f.number, f.agencies.startswith("สำนักงานคณะกรรมการคุ้มครองข้อมูล")) for f in new] == [("3)", True)]
    assert new[0].replaced and "สพธอ" in new[0].replaced
    # "คณะทำงาน X ซึ่งมี Y เป็นประธาน": Y chairs X, the body is not the holder
    chair = [f for f in book.roles if f.doc_id == "indicator" and f.role == "chair"]
    assert [(f.holder, "ข้อมูลเปิด" in (f.committee or "")) for f in chair] == [
        ("ผู้อำนวยการสำนักงานสถิติแห่งชาติ", True)
    ]


def test_did_a_named_resolution_change_a_committee():
    seed, plan, mission, _ = _chain()
    _, core = build(seed, plan, mission)
    answer = core.ask("มติ มิ.ย. 65 เปลี่ยนองค์ประกอบ PCIO ไหม").answer
    assert answer.startswith("เปลี่ยน") and "สถิติจังหวัด" in answer
    answer = core.ask("มติ มิ.ย. 65 เปลี่ยนองค์ประกอบ PCIO ของ กทม. ด้วยป่าว").answer
    assert answer.startswith("ไม่ได้เปลี่ยน")  # Bangkok's seats restated as they were
    answer = core.ask("มติ 16 มี.ค. 2564 ไปแก้องค์ประกอบ PCIO ด้วยมั้ย").answer
    assert answer.startswith("ไม่ได้เปลี่ยน")
    # one seat: whether that seat changed, as the seat's own answer says it
    answer = core.ask("มติ มิ.ย. 65 เปลี่ยนเลขา PCIO ของ กทม. ด้วยป่าว").answer
    assert "ไม่เปลี่ยน" in answer.split("\n")[0]


STEPS = """
2.3 กำหนดแนวทางเพิ่มประสิทธิภาพการปฏิบัติงาน โดยมีการดำเนินการหลัก ดังนี้
1) รวบรวมการดำเนินงานก่อนและระหว่างการนำเทคโนโลยีดิจิทัลมาใช้
2) วิเคราะห์ข้อดี ข้อเสีย และปัญหาอุปสรรค
3) ประเมินประสิทธิภาพการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล
"""
MORE_STEPS = """
1.2 "การดำเนินการหลัก" ตามมตินี้มี 4 ข้อ ได้แก่
1) รวบรวมการดำเนินงานก่อนและระหว่างการนำเทคโนโลยีดิจิทัลมาใช้
2) วิเคราะห์ข้อดี ข้อเสีย และปัญหาอุปสรรค
3) ประเมินประสิทธิภาพการปฏิบัติงานโดยใช้เทคโนโลยีดิจิทัล
4) รายงานผลการดำเนินการต่อคณะกรรมการ GCIO ทุก 6 เดือน
"""


def test_what_a_resolution_added_to_a_list_and_how_many_it_has():
    _, core = build(doc("a", "2020-09-29", STEPS), doc("b", "2023-11-14", MORE_STEPS, amends=("a",)))
    answer = core.ask("มติ 14 พ.ย. 66 เพิ่มการดำเนินการหลักข้อใหม่เรื่องอะไร").answer
    assert "รายงานผล" in answer and "วิเคราะห์" not in answer  # the new item only
    assert "4 ข้อ" in core.ask("การดำเนินการหลักมีกี่ข้อ").answer


SUBCOMMITTEE = """
2.2 คณะอนุกรรมการขับเคลื่อนการปฏิบัติงานวิถีใหม่ภาครัฐ ประกอบด้วย
1) ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ ประธานอนุกรรมการ
2) ผู้แทนสำนักงบประมาณ อนุกรรมการ
3) ผู้อำนวยการสถาบันพัฒนาข้าราชการพลเรือน สำนักงาน ก.พ. อนุกรรมการและเลขานุการ
"""


def test_a_units_head_is_named_without_its_parent_office():
    _, core = build(
        doc("seed", "2020-09-29", SEED), doc("plan", "2021-03-16", SUBCOMMITTEE, amends=("seed",))
    )
    answer = core.ask("ผู้อำนวยการสถาบันพัฒนาข้าราชการพลเรือนมีบทบาทอะไรในอนุกรรมการวิถีใหม่").answer
    assert "อนุกรรมการและเลขานุการ" in answer.split("\n")[0]
