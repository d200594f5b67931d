"""Who joined or left a committee: members added in run-on prose ("และเพิ่มเลขาธิการ ก.พ.ร. เป็นกรรมการ"), a seat
taken by one who held another ("ให้ X ซึ่งเป็นรองประธานตามมติ... ดำรงตำแหน่งกรรมการแทน"), seats added as a
list under "ให้เพิ่มกรรมการอีก ดังนี้", a member who "พ้นจากการเป็นกรรมการ", and the answer to "เพิ่มใคร / เอาใคร
ออก" that names those members, not the whole committee again."""

from __future__ import annotations

from bot.index.build import parse_all
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธาน
3) ผู้อำนวยการสำนักงานสถิติแห่งชาติ (สสช.) เป็นกรรมการ
4) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
"""

# a list of added seats under its introduction, one with who appoints it and for how long
LIST = """
1.1 องค์ประกอบคณะกรรมการ GCIO
(1) กรรมการตามองค์ประกอบเดิม และให้เพิ่มกรรมการอีก ดังนี้
(ก) เลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (เลขาธิการ สกมช.)
(ข) ผู้ทรงคุณวุฒิด้านเทคโนโลยีดิจิทัลจากภาคเอกชน จำนวนไม่เกินสามคน ซึ่งประธานแต่งตั้ง มีวาระคราวละสองปี
"""

# an opinion's run-on prose: the chair and vice chair, the old vice chair now a member, one added, one leaving
PROSE = """
ในส่วนของคณะกรรมการ GCIO คณะรัฐมนตรีเห็นชอบให้รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัลเป็นประธาน และรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเป็นรองประธาน โดยให้ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ซึ่งเป็นรองประธานตามมติเมื่อวันที่ 29 กันยายน 2563 ดำรงตำแหน่งกรรมการแทน และเพิ่มเลขาธิการคณะกรรมการพัฒนาระบบราชการ (เลขาธิการ ก.พ.ร.) เป็นกรรมการ

องค์ประกอบกรรมการ: เพิ่มปลัดกระทรวงมหาดไทยเป็นกรรมการ เพื่อเชื่อมกับ PCIO ทุกจังหวัด และให้ผู้อำนวยการสำนักงานสถิติแห่งชาติพ้นจากการเป็นกรรมการ กรรมการอื่นคงเดิม
"""


def _docs():
    return [
        doc("seed", "2020-09-29", SEED),
        doc("list", "2022-03-08", LIST, amends=("seed",)),
        doc("opinion", "2023-10-12", PROSE, amends=("list",)),
    ]


def _seats(doc_id: str) -> dict[str, set[str]]:
    docs = _docs()
    book = read_facts(docs, parse_all(docs), Glossary.from_mapping(GLOSSARY))
    out: dict[str, set[str]] = {}
    for f in book.roles:
        if f.doc_id == doc_id and f.holder:
            out.setdefault(f"{f.committee}:{f.role}", set()).add(f.holder)
    return out


def test_seats_added_as_a_list_under_its_introduction():
    members = _seats("list").get("GCIO:member", set())
    assert any("สกมช." in m for m in members)
    assert any(m.startswith("ผู้ทรงคุณวุฒิ") and "ซึ่งประธาน" not in m for m in members)


def test_run_on_prose_gives_each_seat_to_its_holder():
    seats = _seats("opinion")
    assert seats["GCIO:vice_chair"] == {"รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"}  # not the old one
    members = seats["GCIO:member"]
    assert "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in members  # the seat taken, not the one held before
    assert any("ก.พ.ร." in m for m in members)  # "เพิ่มเลขาธิการ..." with no space after "เพิ่ม"
    assert "ปลัดกระทรวงมหาดไทย" in members  # the GCIO's, not the PCIO it links with
    assert not any("พ้น" in m for s in seats.values() for m in s)  # one who leaves holds nothing


def test_who_was_added_names_the_new_members_only():
    _, core = build(*_docs())
    answer = core.ask("มติ 12 ต.ค. 2566 เพิ่มใครเป็นกรรมการ GCIO บ้าง").answer
    assert "ก.พ.ร." in answer and "มหาดไทย" in answer
    assert "เดิมเป็นรองประธาน" in answer  # the old vice chair took a member's seat
    assert "สกมช." not in answer  # added by the earlier resolution, not this one


def test_who_was_removed_and_who_joined_after_a_year():
    _, core = build(*_docs())
    removed = core.ask("มติล่าสุดเอาใครออกจากกรรมการ GCIO").answer
    assert "สถิติแห่งชาติ" in removed and "ตัดออก" in removed
    since = core.ask("กรรมการ GCIO ที่เพิ่มเข้ามาหลังปี 2563 มีใครบ้าง").answer
    assert "สกมช." in since and "ก.พ.ร." in since  # both later resolutions, each under its date
