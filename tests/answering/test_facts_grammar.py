"""The fact grammar on resolutions in other layouts: prose, Markdown tables, orders, key: value lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.index.build import parse_all
from bot.knowledge.abbreviations import defined_abbreviations
from bot.knowledge.check import warnings
from bot.knowledge.facts import read_facts
from bot.knowledge.load import load_all
from bot.thai import Glossary
from tests.answering.helpers import doc

ROOT = Path(__file__).resolve().parents[2]
LAYOUTS = ROOT / "tests" / "data" / "kb_layouts"
# the seed's GCIO chair and its first lead row, for the small chains below to amend
SMALL_SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2. ผู้รับผิดชอบหลัก
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัล
สพร. และหน่วยงานที่เกี่ยวข้อง
"""


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    import shutil

    kb = tmp_path_factory.mktemp("kb")
    shutil.copytree(ROOT / "knowledge", kb, dirs_exist_ok=True)
    for p in LAYOUTS.glob("*.md"):
        shutil.copy2(p, kb / p.name)
    docs, glossary = load_all(kb)
    clauses = parse_all(docs)
    return docs, clauses, read_facts(docs, clauses, Glossary.from_mapping(glossary))


def current(book, committee_name_part, role):
    keys = [c.key for c in book.committees if committee_name_part in c.name or committee_name_part == c.key]
    return [f for f in book.roles if f.committee in keys and f.role == role and f.status == "current"]


def test_prose_replacement_supersedes_the_seed_and_keeps_whom_it_replaced(layouts):
    _, _, book = layouts
    (sec,) = current(book, "GCIO", "secretary")
    assert sec.holder == "เลขาธิการสำนักงาน ก.พ." and sec.replaced == "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล"
    (asst,) = [f for f in current(book, "PCIO", "assistant_secretary") if f.variant is None]
    assert asst.holder == "ผู้อำนวยการสำนักงานสถิติจังหวัด"
    old = next(f for f in book.roles if f.superseded_by == asst.id and not f.quote)
    assert "สถิติจังหวัด" in old.holder and old.status == "superseded"
    # "จากเดิม สถิติจังหวัด" named the provinces' half of "สถิติจังหวัด/หัวหน้าหน่วยงาน...กรุงเทพมหานคร": Bangkok's stays
    (bangkok,) = [f for f in current(book, "PCIO", "assistant_secretary") if f.variant]
    assert "กรุงเทพมหานคร" in bangkok.holder and "สถิติ" not in bangkok.holder


def test_kept_roles_stay_with_the_older_document(layouts):
    _, _, book = layouts
    (chair,) = current(book, "PCIO", "chair")
    assert chair.doc_id == "cabinet-2020-09-29-gcio"  # "ส่วนประธาน...ให้คงเดิม" restates nothing


def test_a_markdown_table_defines_a_new_sub_committee_and_an_order_changes_its_chair(layouts):
    _, _, book = layouts
    sub = next(c for c in book.committees if c.sub)
    assert "อพด." in sub.aliases and "พัฒนากำลังคนดิจิทัล" in sub.name
    (chair,) = current(book, sub.key, "chair")
    assert chair.holder == "เลขาธิการสำนักงาน ก.พ." and chair.doc_id == "layout-2023-02-14-order"
    old = next(f for f in book.roles if f.superseded_by == chair.id)
    assert old.holder == "รองเลขาธิการ ก.พ. ที่ได้รับมอบหมาย"
    members = current(book, sub.key, "member")
    assert {f.holder for f in members} >= {"ผู้แทนสำนักงบประมาณ"}


def test_an_order_item_gives_the_gcio_committee_a_vice_chair(layouts):
    _, _, book = layouts
    (vice,) = current(book, "GCIO", "vice_chair")
    assert vice.holder == "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"


def test_leads_on_the_same_line_and_in_a_table_replace_the_old_lead(layouts):
    _, _, book = layouts
    new = {f.number: f for f in book.leads if f.status == "current" and f.doc_id == "layout-2021-05-04-prose"}
    assert "สกมช." in new["7)"].agencies and new["7)"].label == "หน่วยงานรับผิดชอบหลัก"
    budget = [f for f in book.leads if "งบประมาณ" in f.issue and f.status == "current"]
    assert len(budget) == 1 and "สพร." in budget[0].agencies


def test_document_facts_measures_and_defined_abbreviations(layouts):
    docs, clauses, book = layouts
    facts = {d.doc_id: d for d in book.documents}
    assert facts["layout-2022-08-09-table"].proposer == "สำนักงาน ก.พ."
    assert facts["layout-2022-08-09-table"].meetings[0].number == "2/2565"
    assert facts["layout-2023-02-14-order"].signer.startswith("นายสมชาย ใจดี")
    hybrid = next(m for m in book.measures if "ผสมผสาน" in m.title)
    assert "การประชุมออนไลน์" in hybrid.items
    assert defined_abbreviations(clauses)["สกมช."] == ["สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ"]


def test_an_inline_enumeration_and_key_value_lines():
    body = """
เรื่อง องค์ประกอบคณะกรรมการทดสอบ
1. คณะกรรมการขับเคลื่อนข้อมูลเปิด (คขด.) มีองค์ประกอบ ดังนี้ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานกรรมการ โดยไม่มีตำแหน่งรองประธานกรรมการ ผู้แทนสำนักงบประมาณ ผู้แทนสำนักงาน ก.พ. เป็นกรรมการ ผู้อำนวยการกองข้อมูล เป็นกรรมการและเลขานุการ
### คณะกรรมการ คขด. (ปรับปรุง)
ผู้ช่วยเลขานุการ: หัวหน้ากลุ่มงานข้อมูลเปิด
ผู้ช่วยเลขานุการ (เดิม): ไม่มี
"""
    d = doc("t-2024", "2024-01-01", body)
    clauses = parse_all([d])
    book = read_facts([d], clauses, Glossary())
    got = {(f.role, f.holder) for f in book.roles if f.status == "current"}
    assert ("chair", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in got
    assert ("vice_chair", None) in got
    assert ("member", "ผู้แทนสำนักงบประมาณ ผู้แทนสำนักงาน ก.พ.") in got
    assert ("secretary", "ผู้อำนวยการกองข้อมูล") in got
    assert ("assistant_secretary", "หัวหน้ากลุ่มงานข้อมูลเปิด") in got
    assert all(f.holder != "ไม่มี" for f in book.roles)  # "(เดิม)" lines are what it was, not what it is
    assert {f.committee for f in book.roles} == {book.committees[0].key}


def test_check_warns_when_an_amendment_supersedes_nothing_and_when_no_fact_is_read():
    base = doc("base", "2020-01-01", "เรื่อง ทดสอบ\n1. นาย ก เป็นประธาน\n2. นาย ข เป็นกรรมการ")
    silent = doc(
        "silent",
        "2021-01-01",
        "เรื่อง ข่าวประชาสัมพันธ์\nหน่วยงานได้จัดกิจกรรมเผยแพร่ความรู้แก่ประชาชนทั่วไปในหลายพื้นที่",
        amends=("base",),
    )
    clauses = parse_all([base, silent])
    notes = warnings([base, silent], clauses, read_facts([base, silent], clauses, Glossary()))
    assert any(n.startswith("silent.md:") and "supersedes nothing" in n for n in notes)
    assert any(n.startswith("silent.md:1:") and "no role, lead agency or measure" in n for n in notes)


def _current_roles(*docs):
    clauses = parse_all(list(docs))
    book = read_facts(list(docs), clauses, Glossary())
    return book, {(f.role, f.holder, f.replaced) for f in book.roles if f.status == "current"}


def test_a_cabinet_summary_in_prose_with_background_and_decision():
    body = """
เรื่อง ขอปรับปรุงองค์ประกอบคณะกรรมการทดสอบกลาง
การประชุมคณะรัฐมนตรีครั้งนี้ โดยมีนายกรัฐมนตรีเป็นประธานการประชุม ณ ทำเนียบรัฐบาล
ข้อเท็จจริง
พบว่าคณะกรรมการทดสอบกลางไม่มีตำแหน่งรองประธาน ทำให้การติดตามงานล่าช้า
มติ
คณะรัฐมนตรีมีมติเห็นชอบให้ปลัดกระทรวงทดสอบเป็นรองประธานคณะกรรมการทดสอบกลาง พร้อมกันนี้ให้ผู้อำนวยการสำนักทดสอบ เป็นกรรมการและเลขานุการ และให้หัวหน้ากลุ่มงานข้อมูล เป็นผู้ช่วยเลขานุการแทนสถิติจังหวัด และให้สถิติจังหวัดเปลี่ยนไปเป็นกรรมการ
"""
    book, got = _current_roles(doc("p-2021", "2021-06-15", body))
    assert ("vice_chair", "ปลัดกระทรวงทดสอบ", None) in got
    assert ("secretary", "ผู้อำนวยการสำนักทดสอบ", None) in got
    assert ("assistant_secretary", "หัวหน้ากลุ่มงานข้อมูล", "สถิติจังหวัด") in got
    assert ("member", "สถิติจังหวัด", None) in got
    assert not any(r == "chair" for r, _, _ in got)  # who chaired the cabinet meeting holds no committee role
    assert not any(r == "vice_chair" and h is None for r, h, _ in got)  # the background, overtaken


def test_a_news_page_bullets_with_role_labels_changes_and_faq():
    body = """
## 1. คณะกรรมการทดสอบกลาง
- **ประธาน:** ผู้ว่าราชการจังหวัด เป็นประธาน *โดยไม่ให้มอบหมายผู้อื่น* (เดิม: ผู้ว่าราชการจังหวัด หรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย เป็นประธาน)
- **รองประธาน (ตำแหน่งใหม่):** รองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย
- **กรรมการและเลขานุการ:** เปลี่ยนจาก *หัวหน้าสำนักงานจังหวัด* เป็น **ปลัดจังหวัด** และให้หัวหน้าสำนักงานจังหวัดเป็นกรรมการ
- **ผู้ช่วยเลขานุการ:** คงเดิม (ไม่เปลี่ยนแปลงในครั้งนี้)
- **อนุกรรมการเพิ่มเติม:** ผู้แทนกรมทดสอบท้องถิ่น
## ถาม-ตอบ
**ตอบ:** ไม่ได้ ส่วนรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมายเป็นรองประธาน
"""
    _, got = _current_roles(doc("n-2024", "2024-07-16", body))
    assert ("chair", "ผู้ว่าราชการจังหวัด", "ผู้ว่าราชการจังหวัด หรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย") in got
    assert ("vice_chair", "รองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย", None) in got
    assert ("secretary", "ปลัดจังหวัด", "หัวหน้าสำนักงานจังหวัด") in got
    assert ("member", "หัวหน้าสำนักงานจังหวัด", None) in got
    assert not any(r == "assistant_secretary" for r, _, _ in got)  # "คงเดิม" names no holder
    assert all(h not in ("ตอบ", "คงเดิม") for _, h, _ in got)


def test_a_comparison_table_of_topics_a_letters_reference_and_an_orders_dotted_list():
    letter = """
อ้างถึง  หนังสือกระทรวงทดสอบ ด่วนที่สุด ที่ ทส ๐๒๐๒/๕๕๑๒ ลงวันที่ ๓๐ กรกฎาคม ๒๕๖๔
ตามที่ได้เสนอเรื่อง การปรับปรุงแนวทาง มาเพื่อดำเนินการ ความละเอียดแจ้งแล้ว นั้น
| ประเด็น | ที่กำหนดไว้เดิม | ที่ปรับปรุงใหม่ | เหตุผล |
|---|---|---|---|
| ๑. ประธานและรองประธานคณะกรรมการทดสอบกลาง | ปลัดกระทรวงทดสอบ เป็นประธาน | ปลัดกระทรวงทดสอบ เป็นประธาน (คงเดิม) และให้อธิบดีกรมทดสอบ เป็นรองประธาน | เพื่อความคล่องตัว |
| ๒. ผู้รับผิดชอบหลักประเด็นที่ ๓ การสร้างการรับรู้กฎระเบียบ | กรมเดิม | สำนักงานคณะกรรมการกฤษฎีกา (สคก.) | สคก. เป็นหน่วยงานกลางด้านกฎหมาย |
"""
    order = """
ข้อ ๓  แต่งตั้งคณะอนุกรรมการทดสอบย่อย ประกอบด้วย
        ๑. ผู้อำนวยการสำนักทดสอบ      ..................  ประธานอนุกรรมการ
        ๒. ผู้แทนสำนักงบประมาณ        ..................  อนุกรรมการ
        ๓. ผู้แทนกรมทดสอบ             ..................  อนุกรรมการและเลขานุการ
"""
    a, b = doc("l-2021", "2021-08-17", letter), doc("o-2023", "2023-03-28", order)
    clauses = parse_all([a, b])
    book = read_facts([a, b], clauses, Glossary())
    got = {(f.role, f.holder) for f in book.roles if f.status == "current"}
    assert ("chair", "ปลัดกระทรวงทดสอบ") in got and ("vice_chair", "อธิบดีกรมทดสอบ") in got
    assert ("chair", "ผู้อำนวยการสำนักทดสอบ") in got and ("secretary", "ผู้แทนกรมทดสอบ") in got
    assert ("member", "ผู้แทนสำนักงบประมาณ") in got
    (lead,) = [f for f in book.leads if f.number and f.number.startswith("3")]
    assert lead.agencies.startswith("สำนักงานคณะกรรมการกฤษฎีกา")  # the new column, not the reasons
    assert book.documents[0].proposer == "กระทรวงทดสอบ"  # the letter it answers, not "ได้"


def test_text_pasted_from_a_pdf_is_unwrapped_and_its_page_furniture_dropped():
    width = "ก" * 70
    lines = [
        "๑. ให้รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมายให้กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัลทดสอบ",
        "เป็นประธานคณะกรรมการทดสอบกลาง แทนรัฐมนตรีว่าการกระทรวงทดสอบ และให้รัฐมนตรีว่าการกระทรวงทดสอบ",
        "เป็นรองประธาน",
        "                                   - ๒ -",
    ] + [f"{width} {i}" for i in range(12)]
    d = doc("w-2025", "2025-06-17", "\n".join(lines))
    clauses = parse_all([d])
    assert not any(re.fullmatch(r"[\s\-๒]+", c.text) for c in clauses)
    book = read_facts([d], clauses, Glossary())
    got = {(f.role, f.holder, f.replaced) for f in book.roles}
    chair = "รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมายให้กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัลทดสอบ"
    assert ("chair", chair, "รัฐมนตรีว่าการกระทรวงทดสอบ") in got
    assert ("vice_chair", "รัฐมนตรีว่าการกระทรวงทดสอบ", None) in got
    assert clauses[0].uid.endswith(":1")  # the joined clause keeps its first line, for citations


def test_bangkoks_own_committee_name_is_the_provincial_committees_bangkok_variant():
    base = """
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (คณะกรรมการ PCIO)
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร เป็นประธาน
"""
    later = """
ข้อ ๒  ให้ผู้ว่าราชการกรุงเทพมหานคร เป็นประธานคณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของกรุงเทพมหานคร แทน ปลัดกรุงเทพมหานคร ส่วนคณะกรรมการ PCIO ของจังหวัดอื่น ให้ผู้ว่าราชการจังหวัด เป็นประธานตามเดิม
"""
    book, _ = _current_roles(
        doc("b-2020", "2020-09-29", base), doc("b-2023", "2023-03-28", later, amends=("b-2020",))
    )
    chairs = {(f.variant, f.holder) for f in book.roles if f.role == "chair" and f.status == "current"}
    assert chairs == {("กรุงเทพมหานคร", "ผู้ว่าราชการกรุงเทพมหานคร"), (None, "ผู้ว่าราชการจังหวัด")}
    assert {c.key for c in book.committees} == {"PCIO"}


def test_a_table_with_main_and_joint_lead_columns_and_prose_issues_with_partners():
    body = """
1. ประเด็นที่ต้องดำเนินการ
| ลำดับ | ประเด็น | เจ้าภาพหลัก | เจ้าภาพร่วม | หมายเหตุ |
|---|---|---|---|---|
| 1 | การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการ | สพร. | หน่วยงานที่เกี่ยวข้อง | คงเดิม |
| 2 | การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงาน | - | - | ยกเลิกประเด็นนี้ เนื่องจากดำเนินการแล้วเสร็จ |
| 3 | การสนับสนุนงบประมาณ | สำนักงบประมาณ (สงป.) | - | คงเดิม |
2. มติที่ประชุม
(3) เห็นชอบให้เพิ่มประเด็นที่ 7) การยกระดับความมั่นคงปลอดภัยไซเบอร์ของระบบที่ใช้ทำงานที่บ้าน โดยให้สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.) เป็นผู้รับผิดชอบหลัก ร่วมกับหน่วยงานที่เกี่ยวข้อง
(4) ให้แต่งตั้งคณะทำงานขับเคลื่อนการปฏิบัติงานวิถีใหม่ของภาครัฐ (คณะทำงาน New Normal ภาครัฐ) ประกอบด้วย
4.1 เลขาธิการคณะกรรมการพัฒนาระบบราชการ เป็นประธานคณะทำงาน
ถาม: คณะทำงาน New Normal ภาครัฐ ขึ้นกับใคร
"""
    d = doc("t-2022", "2022-06-14", body)
    clauses = parse_all([d])
    book = read_facts([d], clauses, Glossary())
    leads = {(f.number, f.agencies, f.cancelled) for f in book.leads}
    assert ("1)", "สพร. (เจ้าภาพร่วม: หน่วยงานที่เกี่ยวข้อง)", False) in leads
    assert ("2)", "", True) in leads  # a dash for the lead and "ยกเลิก" in the note: the issue ended
    assert ("3)", "สำนักงบประมาณ (สงป.)", False) in leads
    seven = [f for f in book.leads if f.number == "7)"]
    assert seven and seven[0].agencies.startswith("สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ")
    assert "ร่วมกับหน่วยงานที่เกี่ยวข้อง" in seven[0].agencies and "ไซเบอร์ของระบบ" in seven[0].issue
    groups = [c for c in book.committees if c.prefix == "คณะทำงาน"]
    assert len(groups) == 1 and "คณะทำงาน New Normal" in groups[0].aliases  # its short name, shortened


def test_an_old_new_reason_table_without_a_topic_column_and_an_order_replacing_wording():
    seed = (
        SMALL_SEED
        + """2) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
"""
    )
    table = """
## ส่วนที่ 1 คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO)
| ความเดิม | ความใหม่ | เหตุผล |
|---|---|---|
| ประธาน: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน | ให้คงเดิม | ไม่มีการเปลี่ยนแปลง |
| รองประธาน: (ไม่มี) | ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธานคนที่หนึ่ง และเลขาธิการคณะกรรมการพัฒนาระบบราชการ เป็นรองประธานคนที่สอง | เชื่อมโยงการพัฒนาระบบราชการ |
## ส่วนที่ 2 ผู้รับผิดชอบหลัก
| ความเดิม | ความใหม่ | เหตุผล |
|---|---|---|
| ประเด็นที่ 2) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการปฏิบัติงานของบุคลากรภาครัฐ: ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง | ประเด็นที่ 2): สพร. ร่วมกับสำนักงาน ก.พ.ร. | ภารกิจของสำนักงาน ก.พ.ร. |
| (ไม่มี) | ประเด็นที่ 3) การเปิดเผยข้อมูลภาครัฐ (Open Data): สำนักงานสถิติแห่งชาติ (สสช.) | ข้อมูลสถิติ |
"""
    order = """
ข้อ ๑ ข้อกำหนดนี้ให้ใช้บังคับตั้งแต่วันที่ ๑ เมษายน ๒๕๖๘ เป็นต้นไป
ข้อ ๒ ให้ยกเลิกความว่า "ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ" ในองค์ประกอบคณะกรรมการ GCIO และให้ใช้ความต่อไปนี้แทน
"ผู้แทนสำนักงาน ก.พ. และผู้แทนสำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.) เป็นผู้ช่วยเลขานุการ"
ข้อ ๓ ให้ยกเลิกความในส่วนประธานขององค์ประกอบคณะกรรมการ PCIO และให้ใช้ความต่อไปนี้แทน
"(๑) ผู้ว่าราชการจังหวัด เป็นประธาน สำหรับกรุงเทพมหานคร ให้ผู้ว่าราชการกรุงเทพมหานคร เป็นประธาน"
ข้อ ๔ ให้ยกเลิกความในช่องผู้รับผิดชอบหลักของประเด็นที่ ๓) การเปิดเผยข้อมูลภาครัฐ (Open Data) และให้ใช้ความต่อไปนี้แทน
"สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) (สพร.) เป็นผู้รับผิดชอบหลัก โดยมีสำนักงานสถิติแห่งชาติ (สสช.) เป็นหน่วยงานสนับสนุน"
"""
    docs = [doc("s-2020", "2020-09-29", seed), doc("t-2023", "2023-11-21", table, amends=("s-2020",)),
            doc("o-2025", "2025-03-18", order, amends=("t-2023",))]  # fmt: skip
    clauses = parse_all(docs)
    book = read_facts(docs, clauses, Glossary())
    now = {(f.role, f.holder, f.variant) for f in book.roles if f.status == "current"}
    assert ("chair", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", None) in now  # "ให้คงเดิม": the old cell
    vice = [f for f in book.roles if f.role == "vice_chair" and f.status == "current"]
    assert {f.holder for f in vice} == {"ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "เลขาธิการคณะกรรมการพัฒนาระบบราชการ"}
    assert all(f.replaced is None for f in vice)  # the second vice chair joins; nobody gave way
    assistant = [f.holder for f in book.roles if f.role == "assistant_secretary" and f.status == "current"]
    assert assistant and "สกมช." in assistant[0]  # the quoted new wording on a line of its own
    pcio = {(f.holder, f.variant) for f in book.roles if f.role == "chair" and f.doc_id == "o-2025"}
    assert pcio == {("ผู้ว่าราชการจังหวัด", None), ("ผู้ว่าราชการกรุงเทพมหานคร", "กรุงเทพมหานคร")}
    leads = {f.number: f for f in book.leads if f.status == "current"}
    assert leads["2)"].agencies == "สพร. ร่วมกับสำนักงาน ก.พ.ร." and "การปฏิบัติงานของบุคลากร" in leads["2)"].issue
    assert leads["2)"].replaced == "ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง"
    assert leads["1)"].agencies == "สพร. และหน่วยงานที่เกี่ยวข้อง"  # issue 2 opens with issue 1's words: not it
    assert leads["3)"].agencies.startswith("สำนักงานพัฒนารัฐบาลดิจิทัล") and "สสช." in leads["3)"].agencies
    fact = next(f for f in book.documents if f.doc_id == "o-2025")
    assert fact.in_force == "ให้ใช้บังคับตั้งแต่วันที่ ๑ เมษายน ๒๕๖๘ เป็นต้นไป"


def test_comparison_cells_with_line_breaks_a_heading_line_and_statements_set_apart_by_slashes():
    seed = SMALL_SEED
    letter = """
| ลำดับ | ความเดิม | ความใหม่ | เหตุผล |
|:---:|---|---|---|
| 1 | **คณะกรรมการ GCIO : ประธาน**<br>รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน | คงเดิม | – |
| 2 | **คณะกรรมการ GCIO : ฝ่ายเลขานุการ**<br>(ไม่ได้กำหนดไว้) | ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เป็นกรรมการและเลขานุการ | ให้ชัดเจน |
| 4 | **ตารางผู้รับผิดชอบหลัก ประเด็น 1)** การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัล<br>ผู้รับผิดชอบหลัก: สพร. และหน่วยงานที่เกี่ยวข้อง | ผู้รับผิดชอบหลัก: สำนักงานคณะกรรมการกฤษฎีกา (สคก.) ร่วมกับ สพร. | กฎหมาย |
| 5 | – | **ตารางผู้รับผิดชอบหลัก ประเด็น 7) (เพิ่มใหม่)** การยกระดับความมั่นคงปลอดภัยไซเบอร์ของหน่วยงานภาครัฐ<br>ผู้รับผิดชอบหลัก: สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.) | ไซเบอร์ |
| 3 | – | **(เพิ่มใหม่) คณะอนุกรรมการติดตามผลภาครัฐ**<br>องค์ประกอบ: เลขาธิการ ก.พ. เป็นประธานอนุกรรมการ / ผู้แทน ดศ. ผู้แทน สพร. และผู้แทนกรมการปกครอง เป็นอนุกรรมการ / ผู้แทนสำนักงาน ก.พ. เป็นอนุกรรมการและเลขานุการ<br>หน้าที่: ติดตามผล | เพื่อให้มีกลไกติดตาม |
"""
    docs = [doc("s-2020", "2020-09-29", seed), doc("l-2022", "2022-03-15", letter, amends=("s-2020",))]
    book = read_facts(docs, parse_all(docs), Glossary())
    now = {(f.committee, f.role, f.holder) for f in book.roles if f.status == "current"}
    sub = next(c.key for c in book.committees if "ติดตามผล" in c.name)
    assert ("GCIO", "chair", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in now
    assert ("GCIO", "secretary", "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)") in now
    assert not [f for f in book.roles if f.holder and "คณะกรรมการ GCIO" in f.holder]  # a heading is no holder
    assert (sub, "chair", "เลขาธิการ ก.พ.") in now  # "องค์ประกอบ:" is a label, not part of the holder
    members = {h for c, r, h in now if c == sub and r == "member"}
    assert members == {"ผู้แทน ดศ.", "ผู้แทน สพร.", "ผู้แทนกรมการปกครอง"}  # "A B และ C เป็น": one list
    assert (sub, "secretary", "ผู้แทนสำนักงาน ก.พ.") in now
    secretary = next(f for f in book.roles if f.committee == "GCIO" and f.role == "secretary")
    assert not secretary.replaced  # "(ไม่ได้กำหนดไว้)": nobody was replaced
    # an issue's title over "ผู้รับผิดชอบหลัก: X" in one cell: the issue, then its leads
    leads = {f.number: f for f in book.leads if f.status == "current"}
    assert leads["1)"].agencies.startswith("สำนักงานคณะกรรมการกฤษฎีกา") and leads["1)"].doc_id == "l-2022"
    assert leads["7)"].agencies.startswith("สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ")


def test_a_press_summary_in_prose_bangkok_only_changes_new_members_and_a_working_group_under_a_sub_committee():
    seed = """
1. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร หรือรองผู้ว่าราชการจังหวัด/รองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธาน
2. ให้จัดตั้งคณะอนุกรรมการติดตามผลภาครัฐ โดยมีเลขาธิการ ก.พ. เป็นประธานอนุกรรมการ
"""
    press = """
ประเด็นแรก องค์ประกอบคณะกรรมการ PCIO ของกรุงเทพมหานคร จึงปรับให้รองผู้ว่าราชการกรุงเทพมหานครที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย เป็นประธาน แทนปลัดกรุงเทพมหานครหรือรองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย

ประเด็นที่สอง ให้คณะอนุกรรมการติดตามผลภาครัฐประชุมอย่างน้อยทุก ๒ เดือน และเพิ่มผู้แทนสำนักงานสถิติแห่งชาติ (สสช.) เป็นอนุกรรมการ พร้อมกันนี้ ให้จัดตั้ง "คณะทำงานด้านธรรมาภิบาลข้อมูลภาครัฐ" ขึ้นภายใต้คณะอนุกรรมการดังกล่าว โดยมีเลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ เป็นประธานคณะทำงาน ผู้แทน ดศ. และผู้แทนสำนักงาน ก.พ. เป็นคณะทำงาน และผู้แทน สพร. เป็นคณะทำงานและเลขานุการ
"""
    docs = [doc("s-2020", "2020-09-29", seed), doc("p-2024", "2024-01-16", press, amends=("s-2020",))]
    book = read_facts(docs, parse_all(docs), Glossary())
    now = [f for f in book.roles if f.status == "current"]
    chairs = {(f.holder, f.variant) for f in now if f.committee == "PCIO" and f.role == "chair"}
    assert ("รองผู้ว่าราชการกรุงเทพมหานครที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย", "กรุงเทพมหานคร") in chairs
    assert any(v is None and "ผู้ว่าราชการจังหวัด" in h for h, v in chairs)  # the provinces' rule stands
    names = {c.key: c.name for c in book.committees}
    assert not [
        n for n in names.values() if "ประชุม" in n or n.endswith("ขึ้น")
    ]  # a name ends where talk begins
    sub = next(k for k, n in names.items() if "ติดตามผล" in n)
    group = next(k for k, n in names.items() if n.startswith("คณะทำงาน"))
    assert {(f.role, f.holder) for f in now if f.committee == sub} >= {
        ("chair", "เลขาธิการ ก.พ."),
        ("member", "ผู้แทนสำนักงานสถิติแห่งชาติ (สสช.)"),  # "เพิ่ม X เป็นอนุกรรมการ"
    }
    assert {(f.role, f.holder) for f in now if f.committee == group} == {
        ("chair", "เลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ"),  # "ประธานคณะทำงาน": the group's
        ("member", "ผู้แทน ดศ."),  # the sentence goes on naming holders without another "ให้"
        ("member", "ผู้แทนสำนักงาน ก.พ."),
        ("secretary", "ผู้แทน สพร."),
    }


def test_slide_role_cards_with_a_holder_line_an_arrow_and_what_it_was():
    seed = SMALL_SEED.replace(
        "เป็นประธาน\n", "เป็นประธาน\n2) ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นรองประธาน\n", 1
    )
    slides = """
# สไลด์ 2 | Slide 2
## คณะกรรมการ GCIO : ใครเป็นอะไร / GCIO Committee : who is who

> **ตำแหน่ง: ประธาน / Chair** 🔄
> ผู้ดำรงตำแหน่ง: นายกรัฐมนตรี หรือรองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมาย
> Holder: the Prime Minister, or a Deputy Prime Minister designated by the Prime Minister
> เดิม / was: รมว.ดศ. → ใหม่ / now: นายกฯ หรือรองนายกฯ ที่ได้รับมอบหมาย

> **ตำแหน่ง: รองประธาน / Vice-chair**
> → ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (คงเดิม / unchanged)

> **ตำแหน่ง: กรรมการ / Member** 🆕
> ผู้ดำรงตำแหน่ง: ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ย้ายจากที่ปรึกษา / moved from adviser)

# สไลด์ 5 | Slide 5
## ผู้รับผิดชอบหลัก (เจ้าภาพ) / Lead agencies
- ประเด็น 1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัล / Digital platforms for public services
    - เดิม / was → สพร. และหน่วยงานที่เกี่ยวข้อง
    - ใหม่ / now → สำนักงาน ก.พ.ร. เป็นเจ้าภาพหลัก
- ประเด็น 9) 🆕 การนำปัญญาประดิษฐ์ (AI) มาใช้ในภาครัฐอย่างมีธรรมาภิบาล / Responsible use of AI
    - → สพร. + สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ.)
"""
    docs = [doc("s-2020", "2020-09-29", seed), doc("d-2026", "2026-03-10", slides, amends=("s-2020",))]
    book = read_facts(docs, parse_all(docs), Glossary())
    now = {(f.role, f.holder): f for f in book.roles if f.committee == "GCIO" and f.status == "current"}
    chair = now[("chair", "นายกรัฐมนตรี หรือรองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมาย")]
    assert chair.replaced == "รมว.ดศ." and chair.doc_id == "d-2026"
    assert ("vice_chair", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in now  # "(คงเดิม)": still in force
    assert ("member", "ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์") in now
    assert ("chair", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") not in now
    leads = {f.number: f for f in book.leads if f.status == "current"}
    assert leads["1)"].agencies.startswith("สำนักงาน ก.พ.ร.") and leads["1)"].doc_id == "d-2026"
    assert leads["9)"].issue.startswith("การนำปัญญาประดิษฐ์") and "สพร. และ" in leads["9)"].agencies


def test_sub_bullets_that_say_more_of_a_bullet_stay_with_it_and_a_titled_list_keeps_its_items():
    slides = """
## วิถีชีวิตใหม่ / New Normal

- ❌ ยกเลิก / cancelled → การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device : BYOD)
    - ไม่มีแนวทางใหม่ทดแทน / no replacement
    - เหตุผล / why → ความเสี่ยงด้านความมั่นคงปลอดภัยไซเบอร์
- **คณะกรรมการ GCIO (GCIO Committee)**
  - ประธานกรรมการ: ไม่มีการเปลี่ยนแปลง
  - ผู้ช่วยเลขานุการ: ให้ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ
"""
    clauses = parse_all([doc("d-2026", "2026-03-10", slides)])
    cancelled = next(c for c in clauses if "ยกเลิก" in c.text)
    assert "ไม่มีแนวทางใหม่ทดแทน" in cancelled.text and "เหตุผล" in cancelled.text  # its own words, one clause
    assert not [c for c in clauses if c.text.startswith("ไม่มีแนวทางใหม่ทดแทน")]
    items = [c.text for c in clauses if c.text.startswith(("ประธานกรรมการ", "ผู้ช่วยเลขานุการ"))]
    assert len(items) == 2  # under a bold title the sub-bullets are the list's items


def test_minutes_a_provinces_only_change_an_aligned_table_and_a_quoted_new_issue_row():
    seed = """
1. องค์ประกอบคณะกรรมการ PCIO
1) สถิติจังหวัด/หัวหน้าหน่วยงานการจัดระบบข้อมูลของกรุงเทพมหานคร เป็นผู้ช่วยเลขานุการ
2. ผู้รับผิดชอบหลัก
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัล
สพร. และหน่วยงานที่เกี่ยวข้อง
"""
    minutes = """
สำนักงาน ก.พ. เสนอ
(1) ปรับองค์ประกอบคณะกรรมการ PCIO โดยเปลี่ยนผู้ช่วยเลขานุการจาก "สถิติจังหวัด" เป็น "หัวหน้ากลุ่มงานข้อมูลสารสนเทศ สำนักงานจังหวัด"
(2) จัดตั้งคณะทำงานวิถีใหม่ภาครัฐ ตามองค์ประกอบข้างล่าง
องค์ประกอบ
1) เลขาธิการ ก.พ.                          ประธานคณะทำงาน
2) ผู้แทนสำนักงบประมาณ                    คณะทำงาน
3) ผู้แทน สพร.                             คณะทำงานและเลขานุการ
(3) ให้เพิ่มประเด็นที่ 2) ต่อจากประเด็นที่ 1) ดังนี้
"2) การรักษาความมั่นคงปลอดภัยไซเบอร์ของการทำงานนอกสถานที่ — ผู้รับผิดชอบหลัก: สกมช. และหน่วยงานที่เกี่ยวข้อง"
"""
    docs = [doc("s-2020", "2020-09-29", seed), doc("m-2021", "2021-03-16", minutes, amends=("s-2020",))]
    book = read_facts(docs, parse_all(docs), Glossary())
    now = [f for f in book.roles if f.status == "current" and f.role == "assistant_secretary"]
    # the provinces' half is replaced (quotes taken off the names); Bangkok's half stays, as Bangkok's own
    assert {(f.holder, f.variant) for f in now} == {
        ("หัวหน้ากลุ่มงานข้อมูลสารสนเทศ สำนักงานจังหวัด", None),
        ("หัวหน้าหน่วยงานการจัดระบบข้อมูลของกรุงเทพมหานคร", "กรุงเทพมหานคร"),
    }
    # a space-aligned composition table with no header: its first row is a row, not column names
    chairs = {f.holder for f in book.roles if f.role == "chair" and f.status == "current"}
    assert "เลขาธิการ ก.พ." in chairs
    leads = {f.number: f.agencies for f in book.leads if f.status == "current"}
    assert "สกมช." in leads.get("2)", "")
