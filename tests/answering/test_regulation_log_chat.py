"""Three more layouts admins add: a regulation that defines its own terms, an English change log with
tagged entries, and an exported group chat with emoji bullets and arrows; and the questions they draw."""

from __future__ import annotations

import pytest

from bot.index.build import parse_all
from bot.knowledge.abbreviations import defined_abbreviations
from bot.knowledge.facts import read_facts
from bot.thai import Glossary
from tests.answering.helpers import build, doc

SEED = """
เรื่อง แนวทางการบริหารจัดการ GCIO (ทดสอบ)
1. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (คณะกรรมการ GCIO) มีองค์ประกอบ ดังนี้
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล เป็นกรรมการและเลขานุการ
2. คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (Provincial Chief Information Officer: PCIO) ดังนี้
1) ผู้ว่าราชการจังหวัด เป็นประธาน
2) หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ
3) สถิติจังหวัด เป็นผู้ช่วยเลขานุการ
"""

REGULATION = """
ระเบียบสำนักนายกรัฐมนตรี ว่าด้วยการบริหารจัดการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ พ.ศ. ๒๕๖๕
ข้อ ๑  ระเบียบนี้ให้ใช้บังคับตั้งแต่วันที่ ๑ พฤษภาคม พ.ศ. ๒๕๖๕ เป็นต้นไป
ข้อ ๒  ในระเบียบนี้
"คณะกรรมการ" หมายความว่า คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (GCIO Committee)
"คณะกรรมการจังหวัด" หมายความว่า คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด (Provincial Chief Information Officer: PCIO) และให้หมายความรวมถึงคณะกรรมการดังกล่าวของกรุงเทพมหานครด้วย
"สกมช." หมายความว่า สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ
ข้อ ๓  ให้นายกรัฐมนตรีรักษาการตามระเบียบนี้
ข้อ ๔  ให้มีคณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ ประกอบด้วย
(๑) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานกรรมการ
(๒) ผู้อำนวยการ สพร. เป็นกรรมการและเลขานุการ
ให้คณะกรรมการแต่งตั้งผู้แทนสำนักงาน ก.พ. เป็นผู้ช่วยเลขานุการ
ข้อ ๕  ในกรุงเทพมหานคร ให้คณะกรรมการจังหวัดมีองค์ประกอบตามมติคณะรัฐมนตรีต่อไป คือ ปลัดกรุงเทพมหานคร เป็นประธานกรรมการ และหัวหน้าหน่วยงานการบริหารจัดการของกรุงเทพมหานคร เป็นกรรมการและเลขานุการ
ข้อ ๖  ให้หน่วยงานต่อไปนี้เป็นเจ้าภาพหลักตามประเด็นลำดับที่ ดังนี้
(๑) ประเด็นลำดับที่ ๑ การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการ ให้ สพร. และหน่วยงานที่เกี่ยวข้อง
(๒) ประเด็นลำดับที่ ๒ การรักษาความมั่นคงปลอดภัยไซเบอร์ของระบบภาครัฐ ให้ สกมช. และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
บทเฉพาะกาล
ข้อ ๗  ให้คณะกรรมการที่มีอยู่ในวันก่อนวันที่ระเบียบนี้ใช้บังคับ ปฏิบัติหน้าที่ต่อไป ทั้งนี้ ต้องไม่เกินเก้าสิบวันนับแต่วันที่ระเบียบนี้ใช้บังคับ
ข้อ ๘  ในระหว่างที่จังหวัดใดยังไม่มีผู้อำนวยการสำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัด ให้หัวหน้าสำนักงานจังหวัดทำหน้าที่ผู้ช่วยเลขานุการของคณะกรรมการจังหวัดไปพลางก่อน
"""

CHANGE_LOG = """
# Change Log

Tags used below: `CHG` changed · `ADD` added · `DEL` removed · `EFF` effective date.

## [2024-02-20] Cabinet resolution — amendments

### GCIO Committee

- `CHG` **Secretary.** The Secretary-General of the Office of the Civil Service Commission (เลขาธิการ ก.พ.) becomes member and secretary of the GCIO Committee. This replaces the Director of DGA (ผู้อำนวยการ สพร.), who had served since 2022.
- `DEL` **Member:** the Director of the Bureau of the Budget (ผู้อำนวยการสำนักงบประมาณ) is no longer a member of the Committee.

### Provincial committees (PCIO)

- `CHG` **Bangkok — Chair.** The Governor of Bangkok (ผู้ว่าราชการกรุงเทพมหานคร) chairs the Bangkok PCIO committee. This replaces the Permanent Secretary for the BMA (ปลัดกรุงเทพมหานคร).
  - `EFF` 1 April 2024 (1 เม.ย. 2567).

### New subcommittee

- `ADD` **Subcommittee on Digital Skills (คณะอนุกรรมการพัฒนาทักษะดิจิทัลภาครัฐ)**, set up under the GCIO Committee.
  - Chair: the Secretary-General of the Office of the Public Sector Development Commission (เลขาธิการ ก.พ.ร.).
  - Secretary: a Deputy Director of DGA designated by the DGA Director (รองผู้อำนวยการ สพร. ที่ได้รับมอบหมาย).

### Lead agencies by issue

- `ADD` **"Government data governance and open data"** (ธรรมาภิบาลข้อมูลภาครัฐและข้อมูลเปิด) — added as the third issue. Lead: DGA and the National Statistical Office (NSO / สำนักงานสถิติแห่งชาติ).

## [2020-01-10] Cabinet resolution — baseline

Chair: Deputy Prime Minister overseeing digital government development. Vice Chair: MDES Minister.
"""

CHAT = """
[LINE] ประวัติการแชทในกลุ่ม GCIO
อ., 18/11/2568
15:47\tแอดมิน (ฝ่ายเลขาฯ)\t📢 แจ้งข่าวค่ะ ครม. วันนี้มีมติปรับแนวทาง GCIO รอบใหม่ค่ะ
15:48\tแอดมิน (ฝ่ายเลขาฯ)\t"เรื่องที่ 1 คณะกรรมการ GCIO
🔹 ประธาน กลับไปเป็น รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล (แบบเดียวกับมติปี 62)
🔹 รองประธาน = รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ซึ่งเป็นประธานมาตั้งแต่ปี 63
🔹 ผู้ช่วยเลขาฯ = ผู้แทนสำนักงาน ก.พ. เหมือนเดิม
🔹 เพิ่มกรรมการ 1 ตำแหน่ง: ผู้อำนวยการสำนักงานสถิติแห่งชาติ"
15:52\tสนจ.ขอนแก่น\tรับทราบค่ะ 🙏
15:53\tสนจ.ตราด\t[สติกเกอร์]
15:55\tสนจ.นครศรีฯ\tแล้ว PCIO ต่างจังหวัดมีอะไรเปลี่ยนไหมครับ
15:58\tแอดมิน (ฝ่ายเลขาฯ)\t"เรื่องที่ 2 PCIO ต่างจังหวัด (ไม่รวม กทม.) ค่ะ
🔸 ผู้ช่วยเลขานุการ กลับไปเป็น สถิติจังหวัด เหมือนก่อนนะคะ"
16:31\tแอดมิน (ฝ่ายเลขาฯ)\t"เรื่องที่ 3 เจ้าภาพหลักรายประเด็น
▪️ ประเด็นที่ 1 (แพลตฟอร์มดิจิทัลสำหรับการให้บริการ) → เหลือ สพร. เป็นเจ้าภาพหลักหน่วยเดียว ดศ. ถอนออกค่ะ
▪️ ประเด็นที่ 2 (ความมั่นคงปลอดภัยไซเบอร์) → ยกเลิกจากรายการประเด็นของ GCIO ค่ะ
▪️ ประเด็นที่ 3 (ใหม่) การนำปัญญาประดิษฐ์มาใช้ในภาครัฐ → เจ้าภาพ สพร. + สพธอ."
"""


def _book(*docs):
    clauses = parse_all(list(docs))
    return clauses, read_facts(list(docs), clauses, Glossary())


def _current(book, role, committee=None, variant=None):
    return {
        f.holder
        for f in book.roles
        if f.status == "current" and f.role == role and f.variant == variant
        and (committee is None or f.committee == committee)
    }  # fmt: skip


@pytest.fixture(scope="module")
def regulation():
    return _book(
        doc("seed-2020", "2020-09-29", SEED), doc("reg-2022", "2022-03-15", REGULATION, ("seed-2020",))
    )


def test_a_regulations_defined_terms_name_the_bodies_its_bare_words_mean(regulation):
    clauses, book = regulation
    # "ให้คณะกรรมการแต่งตั้ง X เป็นผู้ช่วยเลขานุการ": the GCIO committee appoints X, and X holds the seat
    assert _current(book, "secretary", "GCIO") == {"ผู้อำนวยการ สพร."}
    assert _current(book, "assistant_secretary", "GCIO") == {"ผู้แทนสำนักงาน ก.พ."}
    # "ในกรุงเทพมหานคร ให้คณะกรรมการจังหวัด...ต่อไป คือ X เป็นประธานกรรมการ": Bangkok's provincial committee
    assert _current(book, "chair", "PCIO", "กรุงเทพมหานคร") == {"ปลัดกรุงเทพมหานคร"}
    assert _current(book, "chair", "PCIO") == {"ผู้ว่าราชการจังหวัด"}  # the provinces' chair stands
    # no body is named after the words that follow a defined term ("คณะกรรมการแต่งตั้ง...")
    assert not [c for c in book.committees if "แต่งตั้ง" in c.name or "มีองค์ประกอบ" in c.name]
    # a stopgap ("ในระหว่างที่...ไปพลางก่อน") does not take the assistant secretary's seat
    assert _current(book, "assistant_secretary", "PCIO") == {"สถิติจังหวัด"}
    assert defined_abbreviations(clauses)["สกมช."] == ["สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ"]


def test_issues_listed_under_a_lead_introduction_take_the_lead_each_item_names(regulation):
    _, book = regulation
    leads = {f.number: f.agencies for f in book.leads if f.status == "current" and f.doc_id == "reg-2022"}
    assert leads["1)"] == "สพร. และหน่วยงานที่เกี่ยวข้อง"
    assert leads["2)"] == "สกมช. และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"


@pytest.fixture(scope="module")
def change_log():
    return _book(
        doc("seed-2020", "2020-09-29", SEED), doc("log-2024", "2024-02-20", CHANGE_LOG, ("seed-2020",))
    )


def test_a_change_logs_tagged_entries_are_read_and_its_earlier_entries_are_history(change_log):
    clauses, book = change_log
    assert not [c for c in clauses if "`" in c.text]  # tags are layout: "`CHG`" is not quoted back
    secretary = [
        f for f in book.roles if f.role == "secretary" and f.committee == "GCIO" and f.status == "current"
    ]
    assert len(secretary) == 1 and "เลขาธิการ ก.พ." in secretary[0].holder
    assert "สพร." in (secretary[0].replaced or "")  # "This replaces ...": the holder before
    bangkok = [f for f in book.roles if f.variant and f.role == "chair" and f.status == "current"]
    assert len(bangkok) == 1 and "ผู้ว่าราชการกรุงเทพมหานคร" in bangkok[0].holder
    assert "ปลัดกรุงเทพมหานคร" in (bangkok[0].replaced or "")
    assert not [
        f for f in book.roles if f.holder and "Bangkok" == f.holder
    ]  # "Bangkok — Chair." names no holder
    # the member "no longer a member" is no member now
    assert not [f for f in book.roles if f.status == "current" and f.holder and "Budget" in f.holder]
    # an indented bullet belongs to the bullet above it: the subcommittee's own chair and secretary
    sub = {
        f.role: f.holder for f in book.roles if f.status == "current" and f.committee not in ("GCIO", "PCIO")
    }
    assert "เลขาธิการ ก.พ.ร." in sub["chair"] and "รองผู้อำนวยการ สพร." in sub["secretary"]
    # "## [2020-01-10] ... baseline": the log's record of what was, never a rule in force
    assert not [
        f for f in book.roles if f.status == "current" and f.holder and "Deputy Prime Minister" in f.holder
    ]
    added = [f for f in book.leads if f.status == "current" and f.number == "3)"]
    assert added and "สำนักงานสถิติแห่งชาติ" in added[0].agencies


def test_an_effective_date_in_a_sub_bullet_dates_the_change_above_it():
    kb, core = build(
        doc("seed-2020", "2020-09-29", SEED), doc("log-2024", "2024-02-20", CHANGE_LOG, ("seed-2020",))
    )
    fact = next(f for f in kb.book.roles if f.variant and f.role == "chair" and f.status == "current")
    said = kb.takes_effect(fact.clause)
    assert said is not None and "1 เมษายน 2567" in said[0]


@pytest.fixture(scope="module")
def chat():
    return _book(doc("seed-2020", "2020-09-29", SEED), doc("chat-2025", "2025-11-18", CHAT, ("seed-2020",)))


def test_an_exported_chat_reads_its_messages_and_not_its_chatter(chat):
    clauses, book = chat
    texts = " ".join(c.text for c in clauses if c.doc_id == "chat-2025")
    assert "15:48" not in texts and "แอดมิน" not in texts  # time and sender are not words of the rule
    assert "รับทราบ" not in texts and "สติกเกอร์" not in texts and "เปลี่ยนไหม" not in texts
    assert _current(book, "chair", "GCIO") == {"รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล"}
    assert _current(book, "vice_chair", "GCIO") == {"รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"}
    assert _current(book, "assistant_secretary", "GCIO") == {"ผู้แทนสำนักงาน ก.พ."}
    added = [f for f in book.roles if f.role == "member" and f.doc_id == "chat-2025"]
    assert [(f.holder, f.added) for f in added] == [("ผู้อำนวยการสำนักงานสถิติแห่งชาติ", True)]
    # "PCIO ต่างจังหวัด (ไม่รวม กทม.)": the provinces' seat, not Bangkok's
    assert _current(book, "assistant_secretary", "PCIO") == {"สถิติจังหวัด"}


def test_arrows_give_an_issues_lead_its_end_or_a_new_issue(chat):
    _, book = chat
    leads = {f.number: f for f in book.leads if f.doc_id == "chat-2025"}
    assert leads["1)"].agencies == "สพร."
    assert leads["2)"].cancelled
    assert leads["3)"].agencies == "สพร. และ สพธอ." and "ปัญญาประดิษฐ์" in leads["3)"].issue


@pytest.fixture(scope="module")
def asked():
    return build(
        doc("seed-2020", "2020-09-29", SEED), doc("reg-2022", "2022-03-15", REGULATION, ("seed-2020",))
    )


def test_an_issue_by_its_regulations_sequence_number(asked):
    _, core = asked
    a = core.ask("ประเด็นลำดับที่ 2 ใครเป็นเจ้าภาพหลัก")
    assert not a.abstained and "สกมช." in a.answer.split("\n")[0]
    a = core.ask("ประเด็นที่ 2 ที่เพิ่มมาในระเบียบคือเรื่องอะไร")  # not what "ระเบียบ" means
    assert "ไซเบอร์" in a.answer


def test_whether_an_issue_still_stands_is_its_record(asked):
    _, core = asked
    a = core.ask("ประเด็นที่ 2 ยังอยู่ไหม")
    assert not a.abstained and "ไซเบอร์" in a.answer


def test_a_count_in_thai_words_with_no_space_after_the_unit(asked):
    _, core = asked
    a = core.ask("คณะกรรมการชุดเก่าปฏิบัติหน้าที่ต่อได้กี่วันหลังระเบียบใช้บังคับ")
    assert not a.abstained and "เก้าสิบวัน" in a.answer


def test_who_administers_a_regulation_is_its_own_clause(asked):
    _, core = asked
    a = core.ask("ใครเป็นผู้รักษาการตามระเบียบนี้")
    assert not a.abstained and "นายกรัฐมนตรีรักษาการ" in a.answer


TRACKED = """
# ร่างแนวทางการบริหารจัดการ GCIO — แสดงการแก้ไข
## ส่วนที่ 1 คณะกรรมการ GCIO
(1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
(2) ไม่มีการกำหนดตำแหน่งรองประธาน
`[ผู้ตรวจทาน: ร่างเดิมเสนอให้ ผู้อำนวยการสำนักงบประมาณ เป็นประธานคณะทำงาน แต่ที่ประชุมไม่เห็นด้วย]`
**ให้คณะกรรมการ GCIO แต่งตั้งคณะทำงานสถาปัตยกรรมองค์กรภาครัฐ (Government Enterprise Architecture Working Group: GEA WG) ประกอบด้วย รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานคณะทำงาน ผู้แทนสำนักงบประมาณ และผู้แทนสำนักงาน ก.พ.ร. เป็นคณะทำงาน และผู้แทนสำนักงานพัฒนารัฐบาลดิจิทัล เป็นคณะทำงานและเลขานุการ**

ประเด็นที่ 1 การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการ … — ผู้รับผิดชอบหลัก: ~~ดศ. และ สพร.~~ **สพร. และสำนักงานคณะกรรมการกฤษฎีกา (สคก.)**
"""

TRANSCRIPT = """
**พิธีกร:** ประธานคณะกรรมการ GCIO เปลี่ยนไหมคะ
**นายธนวัฒน์:** ใช่ครับ ประธานคณะกรรมการ GCIO ต่อไปนี้เป็น รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล ส่วนรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ที่เป็นประธานมาตั้งแต่ปี 63 ก็กลับมาเป็นรองประธานครับ
**พิธีกร:** เรื่องเจ้าภาพล่ะคะ
**นายธนวัฒน์:** ที่สำคัญคือเรื่อง การปรับปรุงกฎระเบียบที่เป็นอุปสรรคต่อการทำงานดิจิทัล เดิมไม่มีเจ้าภาพชัด ครั้งนี้ ครม. ให้ สำนักงาน ก.พ.ร. เป็นเจ้าภาพหลักครับ แล้วก็เดิมประธาน PCIO ของ กทม. เป็นปลัดกรุงเทพมหานคร ต่อไปเป็น ผู้ว่าราชการกรุงเทพมหานคร ครับ
"""


def test_track_changes_read_the_new_wording_and_leave_the_editors_notes_out():
    clauses, book = _book(
        doc("seed-2020", "2020-09-29", SEED), doc("tracked-2022", "2022-03-08", TRACKED, ("seed-2020",))
    )
    assert not [c for c in clauses if "~~" in c.text or "**" in c.text]
    vice = [f for f in book.roles if f.role == "vice_chair" and f.doc_id == "tracked-2022"]
    assert vice and vice[0].holder is None  # "ไม่มีการกำหนดตำแหน่งรองประธาน": there is none
    wg = {
        f.role: f.holder
        for f in book.roles
        if f.doc_id == "tracked-2022" and f.committee not in ("GCIO", "PCIO")
    }
    assert (
        wg["chair"] == "รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    )  # a whole bold paragraph is text, not a heading
    assert "ผู้แทนสำนักงานพัฒนารัฐบาลดิจิทัล" in wg["secretary"]
    assert not [
        f for f in book.roles if f.holder and "สำนักงบประมาณ" in f.holder and f.role == "chair"
    ]  # the note
    wg_key = next(f.committee for f in book.roles if f.holder == wg["chair"])
    assert (
        "GEA" in next(c for c in book.committees if c.key == wg_key).aliases
    )  # its own short name, not "EA"
    lead = next(f for f in book.leads if f.doc_id == "tracked-2022")
    assert lead.agencies.startswith("สพร. และสำนักงานคณะกรรมการกฤษฎีกา") and lead.replaced == "ดศ. และ สพร."


def test_a_broadcast_transcript_says_who_takes_which_seat_in_speech():
    _, book = _book(
        doc("seed-2020", "2020-09-29", SEED), doc("radio-2024", "2024-01-16", TRANSCRIPT, ("seed-2020",))
    )
    now = {(f.role, f.variant): f for f in book.roles if f.status == "current" and f.doc_id == "radio-2024"}
    assert now[("chair", None)].holder == "รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้านการพัฒนารัฐบาลดิจิทัล"
    assert now[("vice_chair", None)].holder == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    bangkok = now[("chair", "กรุงเทพมหานคร")]
    assert bangkok.holder == "ผู้ว่าราชการกรุงเทพมหานคร" and bangkok.replaced == "ปลัดกรุงเทพมหานคร"
    lead = next(f for f in book.leads if f.doc_id == "radio-2024")
    assert lead.agencies == "สำนักงาน ก.พ.ร." and lead.issue.startswith("การปรับปรุงกฎระเบียบ")


def test_a_role_word_typed_with_a_stray_tone_mark_is_still_that_role(asked):
    _, core = asked
    typed, meant = core.ask("ประธ่านคณะกรรมการ GCIO คือใคร"), core.ask("ประธานคณะกรรมการ GCIO คือใคร")
    assert not typed.abstained and typed.answer == meant.answer


def test_the_document_itself_is_no_topic_word(asked):
    _, core = asked
    a = core.ask("สกมช. ในเอกสารนี้ย่อมาจากอะไร")
    assert not a.abstained and "สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ" in a.answer
