"""Deadlines and how often things are done, and a numbered part replaced by reference
("ให้ยกเลิกความใน 4.1 ... และให้ใช้ความต่อไปนี้แทน"), on small hand-written resolutions."""

from __future__ import annotations

import pytest

from tests.answering.helpers import build, doc

CONSOLIDATED = """
# แนวทางการรายงานผล GCIO
4. การรายงานผล
4.1 MCIO DCIO และ PCIO รายงานความก้าวหน้าต่อคณะกรรมการ GCIO ทุก 6 เดือน ภายในวันที่ 30 เมษายน และวันที่ 31 ตุลาคม ของทุกปี
4.2 ให้ สพร. สรุปผลการดำเนินงานภาพรวมเสนอคณะรัฐมนตรีเพื่อทราบ ปีละ 1 ครั้ง ภายในเดือนมกราคมของปีถัดไป
5. คณะทำงานด้านข้อมูลภาครัฐ มีหน้าที่ ดังนี้
(1) จัดทำบัญชีข้อมูลภาครัฐ
(2) รายงานผลการดำเนินงานต่อคณะกรรมการ GCIO ทุก 3 เดือน
6. รายงานรอบที่ 1 ภายในวันที่ 15 มีนาคม และรอบที่ 2 ภายในวันที่ 15 กันยายน ของทุกปี
"""

REGULATION = """
# แนวทาง GCIO (ฉบับที่ 2)
ข้อ 1 ให้ยกเลิกความใน 4.1 ของแนวทางเดิม และให้ใช้ความต่อไปนี้แทน
"4.1 MCIO DCIO และ PCIO รายงานผลการดำเนินงานต่อคณะกรรมการ GCIO ปีละ 1 ครั้ง ภายในวันที่ 30 พฤศจิกายน ของทุกปี"
ข้อ 2 แนวทางนี้ให้ใช้บังคับตั้งแต่วันที่ 1 ตุลาคม 2568 เป็นต้นไป
"""


@pytest.fixture(scope="module")
def world():
    return build(
        doc("guide-2023", "2023-03-14", CONSOLIDATED),
        doc("guide-2025", "2025-08-19", REGULATION, amends=("guide-2023",)),
    )


def test_a_part_cancelled_by_its_number_is_replaced_by_the_wording_that_follows(world):
    kb, _ = world
    old = next(c for c in kb.clauses if c.doc_id == "guide-2023" and c.number == "4.1")
    new = next(c for c in kb.clauses if c.doc_id == "guide-2025" and "30 พฤศจิกายน" in c.text)
    assert old.status == "superseded" and old.replaced_by == new.uid and new.replaces == old.uid
    kept = next(c for c in kb.clauses if c.doc_id == "guide-2023" and c.number == "4.2")
    assert kept.status == "current"  # only the part named is replaced


def test_a_deadline_by_month_without_a_year_is_the_answer_not_a_document_date(world):
    a = world[1].ask("สพร ต้องสรุปผลภาพรวมเสนอ ครม. เมื่อไหร่")
    assert not a.abstained and a.answer.startswith("เดือนมกราคม"), a.answer
    b = world[1].ask("PCIO ต้องส่งรายงานภายในวันไหน")
    assert "30 พฤศจิกายน" in b.answer.split("\n")[0] and "31 ตุลาคม" not in b.answer, b.answer


def test_the_round_asked_picks_its_own_date_of_several(world):
    first = world[1].ask("รายงานรอบแรกต้องส่งเมื่อไร")
    second = world[1].ask("รายงานรอบที่สองต้องส่งเมื่อไร")
    assert first.answer.startswith("วันที่ 15 มีนาคม"), first.answer
    assert second.answer.startswith("วันที่ 15 กันยายน"), second.answer


def test_how_often_is_answered_with_the_frequency_of_the_body_asked_or_not_at_all(world):
    a = world[1].ask("คณะทำงานด้านข้อมูลภาครัฐต้องรายงานบ่อยแค่ไหน")
    assert "ทุก 3 เดือน" in a.answer and "6 เดือน" not in a.answer, a.answer
    none = world[1].ask("คณะกรรมการ GCIO ต้องประชุมบ่อยแค่ไหน")
    assert none.abstained, none.answer


def test_a_later_resolution_restating_a_rule_in_its_own_words_is_the_one_in_force():
    _, core = build(
        doc("memo-2021", "2021-06-15", "# บันทึก\n1. ให้ PCIO รายงานความก้าวหน้าต่อคณะกรรมการ GCIO ทุก 6 เดือน"),
        doc(
            "restated-2023",
            "2023-03-14",
            "# ฉบับปรับปรุงรวม\n4.1 PCIO รายงานผลการดำเนินงานต่อคณะกรรมการ GCIO ปีละ 1 ครั้ง ผ่านระบบติดตาม",
            amends=("memo-2021",),
        ),
    )
    a = core.ask("PCIO ต้องรายงานต่อคณะกรรมการ GCIO บ่อยแค่ไหน")
    assert "ปีละ 1 ครั้ง" in a.answer and "6 เดือน" not in a.answer, a.answer
