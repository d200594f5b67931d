"""Resolutions that carry their structure as pasted settings (YAML, JSON) or a sheet saved as CSV."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.config_text import settings_as_text
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
"""

YAML = """
ไฟล์ตั้งค่าต่อไปนี้แนบท้ายมติ ใช้กับระบบทะเบียนคณะกรรมการ

```yaml
gcio_committee:
  chair: รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล   # เดิม รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
  assistant_secretary:
    - ผู้แทนสำนักงาน ก.พ.
    - ผู้แทนสำนักงบประมาณ
pcio_committee:
  secretary: ผู้อำนวยการสำนักงานสถิติจังหวัด
lead_agencies:
  issue_8:
    title: การใช้ปัญญาประดิษฐ์ในภาครัฐอย่างรับผิดชอบ
    lead: [ETDA, สพร.]
```
"""

JSON = """
```json
{
  "gea_subcommittee": {
    "chair": "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล",
    "secretary": "ผู้แทนสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
  }
}
```
"""

CSV = """
ตารางส่งออกจากสเปรดชีต

ประเด็นที่,ชื่อประเด็น,หน่วยงานรับผิดชอบหลัก
7,การยกระดับความมั่นคงปลอดภัยไซเบอร์ของหน่วยงานภาครัฐ,สกมช.
9,"การบริหารจัดการข้อมูลภาครัฐ, การเปิดเผยข้อมูล",สำนักงานสถิติแห่งชาติ
"""


def _facts(*docs):
    clauses = parse_all(list(docs))
    return read_facts(list(docs), clauses, Glossary.from_mapping(GLOSSARY))


def test_nesting_says_whose_seat_and_a_comment_says_what_it_was():
    lines = [text for _, text in settings_as_text(list(enumerate(YAML.split("\n"))))]
    assert "**คณะกรรมการ GCIO**" in lines
    assert any(t.startswith("ประธาน: รองนายกรัฐมนตรี") and "(เดิม: รัฐมนตรีว่าการ" in t for t in lines)
    assert "ผู้ช่วยเลขานุการ: ผู้แทนสำนักงาน ก.พ. และ ผู้แทนสำนักงบประมาณ" in lines  # a list is one seat
    assert any(t.startswith("ประเด็นที่ 8 การใช้ปัญญาประดิษฐ์") and "ETDA, สพร." in t for t in lines)


def test_settings_and_sheets_give_seats_and_leads():
    seed = doc("s-2020", "2020-09-29", SEED)
    book = _facts(
        seed,
        doc("y-2024", "2024-02-01", YAML, amends=("s-2020",)),
        doc("j-2025", "2025-01-10", JSON, amends=("y-2024",)),
        doc("c-2025", "2025-06-01", CSV, amends=("j-2025",)),
    )
    now = {(f.committee, f.role): f.holder for f in book.roles if f.status == "current"}
    assert "รองนายกรัฐมนตรี" in now[("GCIO", "chair")]
    assert "สถิติจังหวัด" in now[("PCIO", "secretary")]
    assert any(c and "GEA" in c and r == "chair" for c, r in now)
    leads = {(f.number or "").strip("()"): f.agencies for f in book.leads if f.status == "current"}
    assert "ETDA" in leads["8"] and "สกมช" in leads["7"] and "สถิติแห่งชาติ" in leads["9"]


def test_a_question_about_a_seat_set_in_settings():
    _, core = build(doc("s-2020", "2020-09-29", SEED), doc("y-2024", "2024-02-01", YAML, amends=("s-2020",)))
    a = core.ask("ใครเป็นประธานคณะกรรมการ GCIO")
    assert "รองนายกรัฐมนตรี" in a.answer and "รัฐมนตรีว่าการ" in a.answer  # now, and what it was


def test_prose_with_commas_is_no_sheet():
    text = "ทั้งนี้ ให้ สพร., สำนักงาน ก.พ., และ สงป. ร่วมกันดำเนินการ\nโดยให้รายงานผลต่อคณะกรรมการ"
    assert [t for _, t in settings_as_text(list(enumerate(text.split("\n"))))] == text.split("\n")


def test_a_checklists_ticked_lines_are_read_as_bullets():
    checklist = """
## แบบตรวจสอบสำหรับหน่วยงาน
☑ เพิ่มตำแหน่งรองประธาน: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
- [x] ประเด็นที่ 7 การยกระดับความมั่นคงปลอดภัยไซเบอร์ — เจ้าภาพหลัก: สกมช.
"""
    book = _facts(
        doc("s-2020", "2020-09-29", SEED), doc("k-2023", "2023-05-01", checklist, amends=("s-2020",))
    )
    assert any(f.role == "vice_chair" and "รัฐมนตรีว่าการ" in (f.holder or "") for f in book.roles)
    assert any((f.number or "").strip("()") == "7" and "สกมช" in f.agencies for f in book.leads)


REGISTRY = """
```yaml
# registry settings, version 3
gcio_committee:
  chair:
    th: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
    en: Minister of Digital Economy and Society
  secretary:                 # CHANGED (was: เลขาธิการ ก.พ.)
    th: ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
    effective: 2026-04-01
  members_removed:
    - th: ผู้อำนวยการสำนักงบประมาณ
issues:
  - no: 3
    title: การสร้างการรับรู้และความเข้าใจในกฎ ระเบียบ
    status: cancelled
  - no: 8
    title: การบริหารจัดการข้อมูลภาครัฐ
    lead: [สพร., สำนักงานสถิติแห่งชาติ]
subcommittees:
  - name_th: คณะอนุกรรมการปรับปรุงกฎระเบียบเพื่อรัฐบาลดิจิทัล
    chair: เลขาธิการคณะกรรมการกฤษฎีกา
new_normal:
  systems: [e-Office, e-Signature]
```
"""


def test_a_settings_tree_gives_nested_seats_lists_of_issues_and_named_bodies():
    lines = [t for _, t in settings_as_text(list(enumerate(REGISTRY.split("\n"))))]
    assert not any("registry settings" in t for t in lines)  # a comment line is about the file
    assert "ประธาน: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in lines  # a long Thai name stands alone
    secretary = next(t for t in lines if t.startswith("กรรมการและเลขานุการ:"))
    assert "(เดิม: เลขาธิการ ก.พ.)" in secretary and "1 เมษายน 2569" in secretary
    assert not secretary.startswith("กรรมการและเลขานุการ: ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็น")
    assert any(t.startswith("ให้ยกเลิกประเด็นที่ 3") for t in lines)
    assert any(t.startswith("ประเด็นที่ 8") and "สถิติแห่งชาติ" in t for t in lines)
    assert "**คณะอนุกรรมการปรับปรุงกฎระเบียบเพื่อรัฐบาลดิจิทัล**" in lines
    assert "systems: e-Office, e-Signature" in lines
    book = _facts(
        doc("s-2020", "2020-09-29", SEED), doc("r-2026", "2026-02-10", REGISTRY, amends=("s-2020",))
    )
    now = {(f.committee, f.role): f.holder for f in book.roles if f.status == "current"}
    assert "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล" in now[("GCIO", "secretary")]
    assert any(c and "ปรับปรุงกฎระเบียบ" in c and r == "chair" for c, r in now)


def test_a_timeline_entry_dated_with_a_mark_opens_its_own_part():
    timeline = """
เอกสารแนบ ลำดับเหตุการณ์

29 กันยายน 2563
คณะรัฐมนตรีมีมติให้รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน

◆ 15 มีนาคม 2565 — มติคณะรัฐมนตรี
(ก) ให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธาน และให้ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ
"""
    book = _facts(
        doc("s-2020", "2020-09-29", SEED), doc("t-2022", "2022-03-15", timeline, amends=("s-2020",))
    )
    now = {f.role: f.holder for f in book.roles if f.status == "current" and f.doc_id == "t-2022"}
    assert "ปลัดกระทรวง" in (now.get("vice_chair") or "")  # the entry of the document's own day is in force
    assert "chair" not in now  # the earlier entry is history


def test_a_handover_note_says_who_held_a_seat_then_who_holds_it():
    note = """
คณะรัฐมนตรีมีมติให้เปลี่ยนฝ่ายเลขานุการของคณะกรรมการ GCIO จากเดิมที่ผู้อำนวยการ สพร. เป็นกรรมการและเลขานุการ (ตามมติ 15 มีนาคม 2565) มาเป็นเลขาธิการ ก.พ. เป็นกรรมการและเลขานุการแทน
"""
    book = _facts(doc("s-2020", "2020-09-29", SEED), doc("h-2024", "2024-06-18", note, amends=("s-2020",)))
    seat = next(f for f in book.roles if f.doc_id == "h-2024" and f.role == "secretary")
    assert seat.holder.startswith("เลขาธิการ ก.พ") and "สพร" in (seat.replaced or "")
    assert not any(f.role == "secretariat" for f in book.roles if f.doc_id == "h-2024")


def test_prose_changes_with_a_scope_an_aside_and_quoted_leads():
    memo = """
มติเดียวกันนี้เปลี่ยนผู้ช่วยเลขานุการของคณะกรรมการ PCIO เฉพาะจังหวัดอื่นที่ไม่ใช่กรุงเทพมหานคร จากเดิมสถิติจังหวัด เป็นหัวหน้ากลุ่มงานข้อมูลสารสนเทศ สำนักงานจังหวัด ส่วนสถิติจังหวัดยังอยู่ในคณะกรรมการ PCIO ในฐานะกรรมการ สำหรับกรุงเทพมหานคร ผู้ช่วยเลขานุการยังเป็นหัวหน้าหน่วยงานของกรุงเทพมหานครตามเดิม

(ข) ประเด็นที่ 3 การสร้างการรับรู้และความเข้าใจในกฎ ระเบียบ ให้เปลี่ยนผู้รับผิดชอบหลักจากเดิม "ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง" เป็น "สพร. สำนักงานคณะกรรมการกฤษฎีกา (สคก.) และหน่วยงานที่เกี่ยวข้อง"
"""
    book = _facts(doc("s-2020", "2020-09-29", SEED), doc("m-2024", "2024-06-18", memo, amends=("s-2020",)))
    seat = next(f for f in book.roles if f.doc_id == "m-2024" and f.role == "assistant_secretary")
    assert seat.committee == "PCIO" and seat.holder.startswith("หัวหน้ากลุ่มงานข้อมูลสารสนเทศ")
    assert seat.replaced == "สถิติจังหวัด"
    three = next(f for f in book.leads if f.doc_id == "m-2024")
    assert "กฤษฎีกา" in three.agencies and "สคก." in three.agencies  # the quoted name whole, dots and all


def test_struck_off_a_list_is_no_penalty():
    _, core = build(doc("s-2020", "2020-09-29", SEED))
    a = core.ask("e-Office โดนตัดออกจากรายการแล้วใช่มั้ย")
    assert "บทลงโทษ" not in a.answer
