"""Lead changes written as running prose (a memo, a chart described in words, an English letter), and the
answers built on them: the lead in force, when a new issue takes effect, what a resolution added."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.answering.vocab import Vocabulary
from bot.core import messages
from bot.index.build import parse_all
from bot.knowledge.english import restate
from bot.knowledge.facts import read_facts
from bot.knowledge.lead_prose import ended_titles, prose_leads
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

ROOT = Path(__file__).resolve().parents[2]
BASE = """
1. ให้ สพร. เป็นผู้รับผิดชอบดำเนินการฝึกอบรมหลักสูตร GCIO
2. ผู้รับผิดชอบหลักของประเด็นการขับเคลื่อน
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการประชาชน
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสร้างการรับรู้และความเข้าใจในกฎหมายด้านดิจิทัลของบุคลากร
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
3) การสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน
สำนักงบประมาณ (สงป.)
"""

MEMO = """
1. สาระสำคัญ
สำหรับเรื่องการสร้างการรับรู้และความเข้าใจในกฎหมายด้านดิจิทัลของบุคลากร ซึ่งเดิมกำหนดให้ ดศ. สพร. เป็นผู้รับผิดชอบหลัก คณะรัฐมนตรีเห็นชอบให้เปลี่ยนเป็นสำนักงานคณะกรรมการกฤษฎีกา (สคก.) เนื่องจากเป็นหน่วยงานกลางด้านกฎหมาย

ในส่วนของประเด็นลำดับที่ 3 ให้สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) ร่วมเป็นผู้รับผิดชอบหลักกับสำนักงบประมาณ (สงป.) ซึ่งเป็นผู้รับผิดชอบหลักอยู่เดิม

คณะรัฐมนตรีเห็นชอบให้เพิ่มประเด็นที่ 4 คือ การรักษาความมั่นคงปลอดภัยไซเบอร์ของระบบงานนอกสถานที่

ผู้รับผิดชอบหลักของประเด็นที่ 4 ได้แก่ สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ (สกมช.)

ประเด็นที่ 4 มีผลตั้งแต่วันที่ 1 ตุลาคม 2564 ซึ่งเป็นวันเริ่มปีงบประมาณ

การปรับผู้ช่วยเลขานุการคณะกรรมการ PCIO มีผลตั้งแต่วันที่ 1 สิงหาคม 2564
"""

CHART = """
1. คำอธิบายแผนภูมิ
กรอบหมายเลข 2 เป็นสีส้ม ระบุผู้รับผิดชอบหลักว่า ดศ. สพร. แทนสำนักงานคณะกรรมการกฤษฎีกา
กรอบที่ว่าด้วยเรื่องการสนับสนุนงบประมาณเพื่อพัฒนาระบบเทคโนโลยีดิจิทัลของหน่วยงาน เป็นสีเทา หมายถึงมติครั้งนี้ยกเลิกประเด็นเรื่องนี้ทั้งประเด็น
"""

LETTER = """
1. Training
Responsibility for the GCIO training course is transferred from DGA to the OCSC.
The transfer takes effect from fiscal year 2023, that is, from 1 October 2022.
"""


def _book(*docs):
    glossary = Glossary.from_mapping(
        yaml.safe_load((ROOT / "knowledge" / "glossary.yaml").read_text()) | GLOSSARY
    )
    return read_facts(list(docs), parse_all(list(docs)), glossary)


def _leads(book):
    return {f.number: f for f in book.leads if f.status == "current" and f.number}


def test_prose_names_the_issue_by_title_or_number_and_says_what_changes():
    said = prose_leads(
        "เรื่องการจัดทำแนวทาง ซึ่งเดิมกำหนดให้ สพร. เป็นผู้รับผิดชอบหลัก จึงเห็นควรให้เปลี่ยนเป็น สคก. เนื่องจาก..."
    )
    assert said == [("การจัดทำแนวทาง", "สคก.", "สพร.")]
    joined = prose_leads("สำหรับประเด็นลำดับที่ ๖ ให้ สศช. ร่วมเป็นผู้รับผิดชอบหลักกับ สงป. ซึ่งเป็นผู้รับผิดชอบหลักอยู่เดิม")
    assert joined == [("ประเด็นที่ 6", "สศช. ร่วมกับ สงป.", None)]
    titled = prose_leads("ผู้รับผิดชอบหลักของประเด็นที่ 7 ได้แก่ สกมช.", "ให้เพิ่มประเด็นที่ 7 คือ การรักษาความปลอดภัย")
    assert titled == [("ประเด็นที่ 7 การรักษาความปลอดภัย", "สกมช.", None)]
    assert prose_leads("ประเด็นที่ 7 มีผลตั้งแต่วันที่ 1 ตุลาคม 2564") == []  # a date, no lead
    assert ended_titles("เรื่องการสนับสนุนงบประมาณ ให้ยกเลิก") == ["การสนับสนุนงบประมาณ"]
    assert ended_titles("เรื่องการสนับสนุนงบประมาณ ไม่ได้ยกเลิกประเด็นนี้") == []


def test_a_memo_changes_one_lead_by_title_joins_another_and_adds_an_issue():
    book = _book(doc("b-2020", "2020-09-29", BASE), doc("m-2021", "2021-06-15", MEMO, amends=("b-2020",)))
    leads = _leads(book)
    assert leads["2)"].agencies.startswith("สำนักงานคณะกรรมการกฤษฎีกา") and leads["2)"].doc_id == "m-2021"
    assert leads["3)"].agencies == "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) ร่วมกับ สำนักงบประมาณ (สงป.)"
    assert leads["3)"].issue.startswith("การสนับสนุนงบประมาณ")  # named by number: keeps the title it had
    assert leads["4)"].issue.startswith("การรักษาความมั่นคงปลอดภัยไซเบอร์")
    assert leads["4)"].agencies.startswith("สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ")


def test_a_chart_in_words_reverts_a_lead_by_number_and_ends_an_issue_by_title():
    book = _book(
        doc("b-2020", "2020-09-29", BASE),
        doc("m-2021", "2021-06-15", MEMO, amends=("b-2020",)),
        doc("c-2023", "2023-01-17", CHART, amends=("m-2021",)),
    )
    leads = _leads(book)
    assert (
        leads["2)"].agencies == "ดศ. สพร." and leads["2)"].doc_id == "c-2023"
    )  # the title change got its number
    assert leads["3)"].cancelled and leads["3)"].doc_id == "c-2023"


def test_an_english_letter_moves_a_duty_outside_the_numbered_list():
    assert restate("Responsibility for the GCIO training course is transferred from DGA to the OCSC.") == (
        "ให้ OCSC เป็นผู้รับผิดชอบหลักเรื่อง GCIO training course แทน DGA"
    )
    assert restate("The transfer takes effect from fiscal year 2023, that is, from 1 October 2022.").endswith(
        "1 ตุลาคม 2565"
    )
    book = _book(doc("b-2020", "2020-09-29", BASE), doc("e-2022", "2022-03-08", LETTER, amends=("b-2020",)))
    course = [f for f in book.leads if f.status == "current" and "หลักสูตร GCIO" in f.issue]
    assert [f.doc_id for f in course] == ["e-2022"]  # the Thai duty it names is replaced, not kept beside it
    assert course[0].agencies == "สำนักงานคณะกรรมการข้าราชการพลเรือน (OCSC)"


def test_answers_date_a_new_issue_and_list_what_a_resolution_added():
    _, core = build(doc("b-2020", "2020-09-29", BASE), doc("m-2021", "2021-06-15", MEMO, amends=("b-2020",)))
    when = core.ask("ประเด็นที่ 4 มีผลใช้ตั้งแต่เมื่อไหร่").answer
    assert "1 ตุลาคม 2564" in when and "สิงหาคม" not in when  # its own sentence, not another rule's date
    added = core.ask("มติ 15 มิ.ย. 64 เพิ่มประเด็นใหม่เรื่องอะไร").answer
    assert "ความมั่นคงปลอดภัยไซเบอร์" in added and "กฤษฎีกา" not in added  # the new issue, not every change


def test_the_head_of_a_body_is_its_chair_but_a_head_of_office_is_a_holder():
    assert Vocabulary.roles_in("ใครเป็นหัวหน้าคณะทำงาน") == ["chair"]
    assert Vocabulary.roles_in("คณะทำงานนี้ใครเป็นหัวหน้า") == ["chair"]
    assert Vocabulary.roles_in("who heads the working group") == ["chair"]
    assert "chair" not in Vocabulary.roles_in("หัวหน้าสำนักงานจังหวัดทำหน้าที่อะไร")


def test_more_prose_forms_of_a_lead():
    assert prose_leads("ประเด็นที่ 2 ให้ สพร. เป็นผู้รับผิดชอบหลักแต่เพียงหน่วยงานเดียว") == [("ประเด็นที่ 2", "สพร.", None)]
    assert prose_leads("การฝึกอบรมหลักสูตร GCIO ให้ สพร. เป็นผู้รับผิดชอบดำเนินการต่อไปตามเดิม") == [
        ("การฝึกอบรมหลักสูตร GCIO", "สพร.", None)
    ]
    assert prose_leads(
        "ครม. เห็นชอบให้โอนความรับผิดชอบการฝึกอบรมหลักสูตร GCIO จาก สพร. ไปเป็นของสำนักงาน ก.พ. โดยสถาบันฯ"
    ) == [("การฝึกอบรมหลักสูตร GCIO", "สำนักงาน ก.พ.", "สพร.")]
    # the issue the sentence is about is the last one named before "ซึ่งเดิม", not the paragraph's heading
    said = prose_leads(
        "เรื่องที่สอง เป็นการปรับเจ้าภาพ โดยในเรื่องการจัดทำแนวทาง ซึ่งเดิมมี สพร. เป็นผู้รับผิดชอบหลัก "
        "ครม. เห็นชอบให้เปลี่ยนมาเป็น สคก. เป็นผู้รับผิดชอบหลักแทน เนื่องจาก..."
    )
    assert said == [("การจัดทำแนวทาง", "สคก.", "สพร.")]
    new = prose_leads("เพิ่มประเด็นลำดับที่ 7 คือ การยกระดับความปลอดภัยไซเบอร์ โดยให้ สกมช. เป็นผู้รับผิดชอบหลัก ทั้งนี้ ...")
    assert new == [("ประเด็นที่ 7 การยกระดับความปลอดภัยไซเบอร์", "สกมช.", None)]


def test_a_press_release_adds_seats_by_role_and_quotes_a_spokesman():
    release = doc(
        "p-2022",
        "2022-03-15",
        """
1. ข่าว
ครม. ยังเห็นชอบให้เพิ่มกรรมการอีก 2 ตำแหน่ง ได้แก่ เลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ และผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ โดยให้ผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ
โฆษกประจำสำนักนายกรัฐมนตรีกล่าวทิ้งท้ายว่า ในส่วนของคณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (PCIO) นั้น ครม. ไม่ได้ปรับองค์ประกอบแต่อย่างใด ยังเป็นไปตามมติเดิมทุกประการ กล่าวคือ ผู้ว่าราชการจังหวัดหรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย เป็นประธาน หัวหน้าสำนักงานจังหวัดเป็นกรรมการและเลขานุการ และสถิติจังหวัดเป็นผู้ช่วยเลขานุการ
""",
        amends=("b-2020",),
    )
    book = _book(doc("b-2020", "2020-09-29", BASE), release)
    members = {f.holder for f in book.roles if f.role == "member" and f.status == "current"}
    assert "เลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ" in members
    assert "ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์" in members
    chairs = {f.holder for f in book.roles if f.role == "chair"}
    assert chairs == {"ผู้ว่าราชการจังหวัดหรือรองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย"}  # what is said, not who says it


def test_which_resolution_set_a_rule_is_answered_with_its_date():
    _, core = build(doc("b-2020", "2020-09-29", BASE), doc("m-2021", "2021-06-15", MEMO, amends=("b-2020",)))
    said = core.ask("สกมช. ถูกเพิ่มเป็นเจ้าภาพประเด็นที่ 4 ตามมติไหน").answer
    assert "15 มิถุนายน 2564" in said


LETTER_GROUP = """
1. ข้อหารือ
ครม. เห็นชอบให้เพิ่มกรรมการ ได้แก่ ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ. หรือ ETDA) เป็นกรรมการ
2. คณะทำงาน
คณะรัฐมนตรีเห็นชอบให้แต่งตั้งคณะทำงานเฝ้าระวังและรับมือภัยคุกคามทางไซเบอร์ระดับจังหวัด โดยมีรองผู้ว่าราชการจังหวัดที่ผู้ว่าราชการจังหวัดมอบหมายเป็นประธานคณะทำงาน สำหรับกรุงเทพมหานคร ให้ปลัดกรุงเทพมหานครเป็นประธานคณะทำงาน คณะทำงานต้องแจ้งเหตุร้ายแรงต่อ สกมช. ภายใน 24 ชั่วโมง
"""


def test_a_body_named_by_some_of_its_words_a_holder_by_a_bracketed_name_and_an_hour_abbreviated():
    from bot.answering.vocab import holder_forms

    forms = holder_forms("ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ. หรือ ETDA)")
    assert "ETDA" in forms and "สพธอ." in forms and not any("(" in f or ")" in f for f in forms[1:])
    _, core = build(
        doc("b-2020", "2020-09-29", BASE), doc("l-2025", "2025-11-18", LETTER_GROUP, amends=("b-2020",))
    )
    chair = core.ask("ที่ กทม. คณะทำงานรับมือภัยไซเบอร์ใครเป็นประธาน").answer
    assert "ปลัดกรุงเทพมหานคร" in chair and not chair.startswith(messages.NOT_COVERED), chair
    assert "24" in core.ask("ถ้าเกิดเหตุร้ายแรง คณะทำงานต้องแจ้ง สกมช. ภายในกี่ชม.").answer
    # a place after a committee's name is no holder: "ปลัดกรุงเทพมหานคร" is not named by "กรุงเทพฯ"
    assert not core.frame("ใครเป็นประธาน PCIO กรุงเทพฯ").holders
    # a change asked "when": the resolution that made it, not whether it is so
    when = core.frame("เรื่องเพิ่ม ETDA เป็นกรรมการ มาจากมติ ครม. วันไหน")
    assert when.intent == "doc_date", when.intent


def test_a_holder_who_leaves_one_seat_and_keeps_another():
    reply = doc(
        "r-2025",
        "2025-11-18",
        """
1. ตอบข้อหารือ
คณะรัฐมนตรีเห็นชอบให้รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเป็นรองประธาน ส่วนปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมซึ่งเป็นรองประธานมาตั้งแต่ปี 2565 นั้น ให้พ้นจากตำแหน่งรองประธานและคงเป็นกรรมการในคณะกรรมการ GCIO ต่อไป
""",
        amends=("b-2020",),
    )
    book = _book(doc("b-2020", "2020-09-29", BASE), reply)
    seats = {(f.role, f.holder) for f in book.roles if f.status == "current"}
    assert ("member", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in seats
    assert ("vice_chair", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in seats
    assert ("vice_chair", "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") not in seats


def test_a_count_spelt_out_in_thai_words_is_a_count():
    from bot.answering.answerers.passage import Passage

    assert Passage.has_quantity("ต้องประชุมปีละกี่ครั้ง", "ให้คณะกรรมการประชุมอย่างน้อยปีละสองครั้ง")
    assert Passage.has_quantity("แต่งตั้งได้กี่คน", "ผู้ทรงคุณวุฒิ จำนวนไม่เกินสามคน เป็นกรรมการ")
    assert not Passage.has_quantity("แต่งตั้งได้กี่คน", "ผู้ทรงคุณวุฒิซึ่งประธานแต่งตั้ง เป็นกรรมการ")
