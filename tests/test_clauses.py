"""The clause parser on the real resolution and on a second, differently drafted one."""

from pathlib import Path

import pytest

from bot.index.build import parse_all
from bot.knowledge.load import load_all

ROOT = Path(__file__).resolve().parent.parent
SECOND = Path(__file__).parent / "data" / "kb_second"


@pytest.fixture(scope="module")
def real():
    docs, _ = load_all(ROOT / "knowledge")
    return parse_all(docs)


@pytest.fixture(scope="module")
def second():
    docs, _ = load_all(SECOND)
    return parse_all(docs)


def by_text(clauses, start):
    found = [c for c in clauses if c.text.startswith(start)]
    assert found, f"no clause starts with {start!r}"
    return found


def test_real_amended_chair_is_current_and_old_one_superseded_and_linked(real):
    new = by_text(real, "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน")[0]
    old = by_text(real, "รองนายกรัฐมนตรีที่กำกับดูแล")[0]
    assert new.status == "current" and old.status == "superseded"
    assert old.replaced_by == new.uid and new.replaces == old.uid
    assert old.quoted_from == "cabinet-2019-11-26-gcio"
    assert new.section.endswith("1.1 › รายละเอียดที่เสนอปรับปรุงครั้งนี้ › 1)")


def test_real_duty_items_pair_under_their_subheading(real):
    old = by_text(real, "ให้ความเห็นชอบสถาปัตยกรรม")[0]
    new = by_text(real, "ให้ข้อเสนอแนะหรือคำแนะนำสถาปัตยกรรม")[0]
    assert old.replaced_by == new.uid
    assert "หน้าที่ความรับผิดชอบ" in new.path


def test_real_lead_agency_line_belongs_to_its_issue(real):
    row = by_text(real, "การสนับสนุนงบประมาณ")[0]
    assert row.detail == "สำนักงบประมาณ (สงป.)"
    assert row.label and "ผู้รับผิดชอบ" in row.label
    assert not any(c.text.startswith("สำนักงบประมาณ") for c in real)  # not a clause of its own


def test_real_unquoted_paragraphs_of_old_and_new_wording_pair_in_order(real):
    old = by_text(real, "ให้ สพร. เป็นผู้รับผิดชอบดำเนินโครงการ")[0]
    new = by_text(real, "ให้ สพร. เป็นผู้รับผิดชอบดำเนินการฝึกอบรม")[0]
    assert old.status == "superseded" and new.status == "current"
    assert old.replaced_by == new.uid


def test_real_every_clause_has_a_unique_uid_and_lines_increase(real):
    uids = [c.uid for c in real]
    assert len(uids) == len(set(uids))
    for doc in {c.doc_id for c in real}:
        lines = [c.line for c in real if c.doc_id == doc]
        assert lines == sorted(lines)


def test_second_resolution_old_new_markers_and_cross_document_supersession(second):
    old_chair = [c for c in second if c.doc_id == "test-2018-05-15-dg" and "เป็นประธาน" in c.text][0]
    new_chair = by_text(second, "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน")[0]
    quote = [c for c in second if c.doc_id == "test-2021-03-02-dg" and c.text.startswith("ปลัดกระทรวง")][0]
    assert quote.status == "superseded" and quote.same_as == old_chair.uid
    assert old_chair.status == "superseded" and old_chair.replaced_by == new_chair.uid
    assert new_chair.section.endswith("ข้อความที่เสนอแก้ไข › 1)")
    # A clause the newer document did not restate stays in force.
    duty = by_text(second, "กำหนดมาตรฐานข้อมูลภาครัฐ")[0]
    assert duty.status == "current"


def test_second_resolution_bullets_tables_and_notes(second):
    bullets = [c for c in second if c.number == "-"]
    assert len(bullets) == 2 and all(c.section.endswith("2.1 › -") for c in bullets)
    row = by_text(second, "ฝึกอบรมเจ้าหน้าที่ด้านธรรมาภิบาลข้อมูล")[0]
    assert row.detail == "สพร. และสำนักงาน ก.พ." and row.label == "หน่วยงานรับผิดชอบ"
    note = by_text(second, "หมายเหตุ")[0]
    assert note.kind == "note" and "2.2" in note.section
    added = by_text(second, "ผู้อำนวยการกองสถิติสังคม")[0]
    assert added.status == "current" and added.replaces is None
