"""Layouts read this round: a secretariat's directory of positions (a table per body, a "●" on entries this
edition revised, "— ไม่มีตำแหน่งรองประธาน —" for a seat that is gone, a sub-committee renamed "(เดิมชื่อ ...)",
a revision history whose rows name seats but seat no one); an English client alert that restates the position
before the resolution under a lead-in, folds one issue into another, and extends a list of systems; and a
House committee's report whose lists seat a sub-committee's members and move an issue's lead "จากเดิมที่ ...".
Hand-written texts, read without the model."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, SEATS, build, doc

REPORT = """
## ๓. สาระสำคัญของมติ

**๓.๒ คณะอนุกรรมการขับเคลื่อนการปฏิบัติงานวิถีชีวิตใหม่ภาครัฐ** คณะรัฐมนตรีเห็นชอบให้คณะกรรมการ GCIO แต่งตั้งคณะอนุกรรมการขึ้นใหม่หนึ่งคณะ มีองค์ประกอบ ดังนี้

- รองเลขาธิการ ก.พ. ที่เลขาธิการ ก.พ. มอบหมาย เป็นประธานอนุกรรมการ
- ผู้อำนวยการสถาบันพัฒนาข้าราชการพลเรือน สำนักงาน ก.พ. เป็นอนุกรรมการและเลขานุการ
- ผู้แทน สพร. เป็นอนุกรรมการและผู้ช่วยเลขานุการ

คณะอนุกรรมการมีหน้าที่กลั่นกรองประเด็นที่ MCIO DCIO และ PCIO รวบรวมเสนอ ก่อนนำเสนอคณะกรรมการ GCIO

**๓.๓ ผู้รับผิดชอบหลัก** คณะรัฐมนตรีเห็นชอบให้ปรับตารางประเด็นและผู้รับผิดชอบหลัก ดังนี้

- ประเด็นที่ ๓ (การสนับสนุนงบประมาณ) จากเดิมที่สำนักงบประมาณรับผิดชอบแต่ผู้เดียว ให้สำนักงบประมาณรับผิดชอบร่วมกับ สพร. โดย สพร. ให้ความเห็นเชิงเทคนิค
- ประเด็นที่ ๑ ถึงประเด็นที่ ๒ ให้คงผู้รับผิดชอบหลักไว้ตามมติเดิม
"""

ALERT = """
### 1. Background

For readers new to the framework, the position immediately before this latest resolution was as follows:

- the New Normal Sub-committee (คณะอนุกรรมการขับเคลื่อนการปฏิบัติงานวิถีชีวิตใหม่ภาครัฐ) was chaired by a Deputy Secretary-General of the OCSC;

### 2. What the Cabinet decided

**2.2 New Normal Sub-committee.** The **New Normal Sub-committee** will now be chaired by the Secretary-General of the OCSC himself, not by a deputy.

**2.3 Work streams merged.** Issue 2 (the digital platform for staff) is folded into Issue 1 (the digital platform for services). The merged issue is led jointly by the **OCSC and the DGA**.

**2.6 Digital systems.** The list of systems that agencies should provide (previously e-Office and e-Meeting) is extended with **e-Signature** (ระบบลายมือชื่ออิเล็กทรอนิกส์) and **Digital ID** (ระบบพิสูจน์และยืนยันตัวตนทางดิจิทัล).
"""

DIRECTORY = """
## ส่วนที่ 1 คณะกรรมการ GCIO

| ตำแหน่งในคณะกรรมการ | ผู้ดำรงตำแหน่ง (โดยตำแหน่ง) | กำหนดโดย |
|---|---|---|
| ประธานกรรมการ | รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม | 29 ก.ย. 2563 |
| ● รองประธานกรรมการ | — ไม่มีตำแหน่งรองประธาน — | 13 ก.พ. 2567 |
| ● กรรมการ | ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม | 13 ก.พ. 2567 |

## ส่วนที่ 2 คณะอนุกรรมการ

### ● 2.1 คณะอนุกรรมการขับเคลื่อนการปฏิบัติงานแบบดิจิทัลภาครัฐ

(เดิมชื่อ "คณะอนุกรรมการขับเคลื่อนการปฏิบัติงานวิถีชีวิตใหม่ภาครัฐ" เปลี่ยนชื่อตามมติเมื่อวันที่ 13 กุมภาพันธ์ 2567)

| ตำแหน่งในคณะอนุกรรมการ | ผู้ดำรงตำแหน่ง (โดยตำแหน่ง) | กำหนดโดย |
|---|---|---|
| ● อนุกรรมการและเลขานุการ | ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร สำนักงาน ก.พ. | 13 ก.พ. 2567 |

## ส่วนที่ 3 คณะกรรมการ PCIO

หมายเหตุ
- ให้กรุงเทพมหานครแต่งตั้งคณะกรรมการ PCIO ตามองค์ประกอบใหม่ให้แล้วเสร็จภายใน 60 วันนับแต่วันที่ 1 มีนาคม 2567 (ภายในวันที่ 30 เมษายน 2567)

## ประวัติการปรับปรุงทำเนียบ

| ฉบับ | ข้อมูล ณ วันที่ | ปรับปรุงตามมติคณะรัฐมนตรี | สาระที่ปรับปรุงโดยย่อ |
|---|---|---|---|
| ปรับปรุงครั้งที่ 2 | 1 กรกฎาคม 2565 | 24 พ.ค. 2565 | ประธานอนุกรรมการ เลขานุการ PCIO กทม. |
"""

SYSTEMS = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) รองนายกรัฐมนตรี เป็นรองประธาน
2. ประเด็นการขับเคลื่อน
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการ ให้ สพร. เป็นผู้รับผิดชอบหลัก
2) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากร ให้ ดศ. เป็นผู้รับผิดชอบหลัก
3) การสนับสนุนงบประมาณ ให้ สำนักงบประมาณ เป็นผู้รับผิดชอบหลัก
3. พัฒนาหรือจัดให้มีระบบเทคโนโลยีดิจิทัลที่รองรับการปฏิบัติงาน ดังนี้
1) ระบบ e-Office
2) ระบบ e-Meeting
"""


def _book(*docs):
    return read_facts(list(docs), parse_all(list(docs)), Glossary.from_mapping(GLOSSARY))


def _chain():
    seed = doc("seed", "2020-09-29", SYSTEMS)
    report = doc("report", "2021-03-16", REPORT, amends=("seed",))
    alert = doc("alert", "2022-05-24", ALERT, amends=("report",))
    directory = doc("directory", "2024-02-13", DIRECTORY, amends=("alert",))
    return seed, report, alert, directory


def test_a_reports_list_seats_the_sub_committee_its_heading_names_not_the_body_it_reports_to():
    seed, report, *_ = _chain()
    book = _book(seed, report)
    helper = [f for f in book.roles if f.doc_id == "report" and f.role == "assistant_secretary"]
    assert helper and helper[0].holder == "ผู้แทน สพร." and "วิถีชีวิตใหม่" in (helper[0].committee or "")


def test_a_lead_moved_from_what_it_was_and_a_range_kept_as_it_was():
    seed, report, *_ = _chain()
    book = _book(seed, report)
    moved = [f for f in book.leads if f.doc_id == "report" and f.number == "3)"]
    assert moved and moved[0].agencies == "สำนักงบประมาณ ร่วมกับ สพร."  # "จากเดิมที่ X ... ให้ X ร่วมกับ Y"
    assert moved[0].replaced == "สำนักงบประมาณ"
    assert not [
        f for f in book.leads if f.doc_id == "report" and "คง" in f.agencies
    ]  # "ประเด็นที่ 1 ถึง 2 ให้คง..."


def test_an_english_alert_restates_the_position_before_and_names_one_body_by_both_names():
    book = _book(*_chain()[:3])
    chairs = [f for f in book.roles if f.doc_id == "alert" and f.role == "chair"]
    committees = {f.committee for f in chairs}
    assert len(committees) == 1 and "วิถีชีวิตใหม่" in committees.pop()  # the English name is the Thai-named body
    now = [f for f in chairs if f.status == "current"]
    assert len(now) == 1 and "himself" not in now[0].holder and "deputy" not in now[0].holder.lower()
    # the background's "chaired by a Deputy Secretary-General" is the position before, not a rule now
    assert all(f.status == "superseded" for f in chairs if "Deputy" in (f.holder or ""))


def test_an_issue_folded_into_another_is_ended_and_the_merged_issue_has_its_joint_leads():
    book = _book(*_chain()[:3])
    said = {f.number: f for f in book.leads if f.doc_id == "alert"}
    assert said["2)"].cancelled
    assert "OCSC" in said["1)"].agencies and "สำนักงานพัฒนารัฐบาลดิจิทัล" in said["1)"].agencies


def test_a_directory_reads_its_marked_rows_a_seat_that_is_gone_and_a_renamed_body():
    book = _book(*_chain())
    mine = [f for f in book.roles if f.doc_id == "directory"]
    vice = [f for f in mine if f.role == "vice_chair"]
    assert vice and vice[0].holder is None and vice[0].committee == "GCIO"  # "— ไม่มีตำแหน่งรองประธาน —"
    assert [f for f in mine if f.role == "member" and f.holder == "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    secretary = [f for f in mine if f.role == "secretary"]
    # "(เดิมชื่อ ...)": the renamed sub-committee is the one the report created, so its secretary now is this
    assert secretary and "วิถีชีวิตใหม่" in (secretary[0].committee or "")
    old = [f for f in book.roles if f.doc_id == "report" and f.role == "secretary"]
    assert old and old[0].status == "superseded"
    assert not [f for f in mine if "ครั้งที่" in (f.holder or "")]  # a revision history's row seats no one


def test_a_list_a_later_alert_extends_and_a_deadline_counted_from_a_day():
    kb, core = build(*_chain())
    systems = core.ask("ระบบดิจิทัลที่หน่วยงานควรมี ตอนนี้มีอะไรบ้าง").answer
    assert "e-Office" in systems and "e-Signature" in systems and "Digital ID" in systems, systems
    due = core.ask("กทม. ต้องตั้ง PCIO ชุดใหม่ให้เสร็จภายในวันไหน").answer
    assert due.startswith("30 เมษายน 2567"), due  # the day it is due by, not the day the 60 days count from


def test_seats_in_a_sub_committee_are_not_the_committees_even_when_its_duties_name_it():
    seed = doc("seed", "2020-09-29", SEATS)
    report = doc("report", "2021-03-16", REPORT, amends=("seed",))
    book = _book(seed, report)
    assert not [f for f in book.roles if f.doc_id == "report" and f.committee == "GCIO"]


RESTORED = """
**2.1 GCIO Committee: approval power restored.** Duty 3 of the GCIO Committee now reads again: *"to approve the Government Enterprise Architecture and manage resources for shared use"* (ให้ความเห็นชอบสถาปัตยกรรมองค์กรภาครัฐ รวมทั้งบริหารจัดการทรัพยากรเพื่อการใช้ประโยชน์ร่วมกัน).

**Background.** Under the original 2019 resolution the Committee was to ให้ความเห็นชอบสถาปัตยกรรมองค์กรภาครัฐ รวมทั้งบริหารจัดการทรัพยากรเพื่อการใช้ประโยชน์ร่วมกัน.
"""


def _seed() -> tuple:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "knowledge"
    docs = []
    for path, id, date, amends in [
        ("2019-11-26-gcio-guideline.md", "cabinet-2019-11-26-gcio", "2019-11-26", ()),
        ("2020-09-29-gcio-review.md", "cabinet-2020-09-29-gcio", "2020-09-29", ("cabinet-2019-11-26-gcio",)),
    ]:
        body = (root / path).read_text(encoding="utf-8").split("---", 2)[2]
        docs.append(doc(id, date, body, amends=amends))
    return tuple(docs)


def test_a_wording_a_later_text_brings_back_is_the_one_in_force_with_what_it_replaced():
    from bot.answering.answerers.passage import Passage

    kb, _ = build(*_seed())
    advise = next(c for c in kb.clauses if c.text.startswith("ให้ข้อเสนอแนะหรือคำแนะนำ") and c.replaces)
    assert Passage._restored(kb, advise) is None  # the seed alone: the 2020 wording holds
    kb, _ = build(*_seed(), doc("alert", "2022-05-24", RESTORED, amends=("cabinet-2020-09-29-gcio",)))
    advise = kb.by_uid[advise.uid]
    later, sentence = Passage._restored(kb, advise)
    assert later.doc_id == "alert" and "now reads again" in sentence, sentence  # not the background's quote
    background = doc(
        "alert", "2022-05-24", RESTORED.split("**Background.**")[1], amends=("cabinet-2020-09-29-gcio",)
    )
    kb, _ = build(*_seed(), background)
    assert Passage._restored(kb, kb.by_uid[advise.uid]) is None  # quoted as what it was, no return


def test_issues_folded_into_others_are_listed_with_the_resolution_and_the_lead_now():
    kb, core = build(*_chain())
    merged = core.ask("มติปี 65 เอาประเด็นไหนไปรวมกับประเด็นไหนครับ").answer
    assert merged.startswith("ประเด็นที่ 2 รวมเข้ากับประเด็นที่ 1 (มติ ครม. 24 พฤษภาคม 2565)"), merged
    assert "OCSC" in merged.split("\n")[0] or "สำนักงานคณะกรรมการข้าราชการพลเรือน" in merged.split("\n")[0], (
        merged
    )
    assert not core.ask("มติปี 64 เอาประเด็นไหนไปรวมกับประเด็นไหน").answer.startswith("ประเด็นที่ 2 รวม")
