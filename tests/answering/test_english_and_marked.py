"""Resolutions in English and consolidated texts with per-line marks, read by the same fact grammar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from bot.answering.answerers.claim import check_claim
from bot.core import messages
from bot.index.build import parse_all
from bot.knowledge.english import restate, thai_name
from bot.knowledge.facts import read_facts
from bot.knowledge.marks import unmark
from bot.thai import Glossary
from tests.answering.helpers import GLOSSARY, build, doc

ROOT = Path(__file__).resolve().parents[2]
SEED = """
1. องค์ประกอบคณะกรรมการ GCIO
1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน
2) ไม่มีการกำหนดตำแหน่งรองประธาน
3) ผู้อำนวยการสำนักงบประมาณ เป็นกรรมการ
2. องค์ประกอบคณะกรรมการ PCIO
1) ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร เป็นประธาน
2) สถิติจังหวัด/หัวหน้าหน่วยงานการจัดระบบข้อมูลของกรุงเทพมหานคร เป็นผู้ช่วยเลขานุการ
3. ผู้รับผิดชอบหลัก
ประเด็น - ผู้รับผิดชอบหลัก
1) การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัล
สพร. และหน่วยงานที่เกี่ยวข้อง
2) การสร้างการรับรู้ในกฎ ระเบียบ ข้อกฎหมายด้านดิจิทัล
ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง
4. ระบบที่ต้องพัฒนา เช่น ระบบ e - Office และระบบ e - Edutainment เป็นต้น
"""

ENGLISH = """
The Cabinet, on the proposal of the Office of the Civil Service Commission (OCSC), resolved as follows.

Clause 1. Chair of the GCIO Committee
1.1 The Deputy Prime Minister shall be the Chair of the GCIO Committee, in place of the Minister of Digital Economy and Society.
1.2 This clause takes effect on 1 March 2022.

Clause 2. Members
2.1 The Minister of Digital Economy and Society shall be the Vice Chair of the GCIO Committee.
2.2 The Executive Director of the Digital Government Development Agency (DGA) remains member and secretary of the Committee, and a representative of the OCSC remains assistant secretary.

Clause 3. PCIO Committees
3.1 Bangkok only: the Governor of Bangkok shall chair the PCIO Committee of Bangkok, in place of the Permanent Secretary for the Bangkok Metropolitan Administration. This sub-clause takes effect on 1 July 2022.
3.2 Provinces other than Bangkok only: the Head of the Provincial Office of Digital Economy shall be the assistant secretary of the provincial PCIO Committee, in place of the Provincial Statistician.

Clause 4. Lead agencies
4.1 The lead agency for issue 2 shall be the Office of the Council of State, replacing MDES.
4.2 For the issue on developing digital platforms for services, the lead agencies shall be the Office of the Civil Service Commission (OCSC) jointly with DGA, together with other relevant agencies.

Clause 5. Subcommittee on Government Cybersecurity
5.1 A Subcommittee on Government Cybersecurity is established under the GCIO Committee.
5.2 The Secretary-General of the National Cyber Security Agency shall chair the Subcommittee.

Clause 6. Digital systems
6.1 In the list of digital systems, the e-Edutainment system is removed.
6.2 A Digital ID system (digital identity for government services) is added to the list.
"""

MARKED = """
ส่วนที่ 1 คณะกรรมการ GCIO
1.1 องค์ประกอบ
  1) รองนายกรัฐมนตรี เป็นประธาน [คงเดิม]
  2) ผู้อำนวยการสำนักงบประมาณ เป็นกรรมการ [ยกเลิก] (เพิ่มไว้เมื่อ 2565)
  3) เลขาธิการ สกมช. เป็นกรรมการ [เพิ่มใหม่]
  4) เลขาธิการ ก.พ. เป็นกรรมการและเลขานุการ [แก้ไข] (เดิม: ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)) มีผลตั้งแต่วันที่ 1 ธันวาคม 2566
1.2 ประเด็นการขับเคลื่อน
  ประเด็นที่ 1 การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการให้บริการผ่านระบบดิจิทัล
    ผู้รับผิดชอบหลัก: สพร. และหน่วยงานที่เกี่ยวข้อง [คงเดิม]
  ประเด็นที่ 2 การสร้างการรับรู้ในกฎ ระเบียบ ข้อกฎหมายด้านดิจิทัล
    ผู้รับผิดชอบหลัก: สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (สพธอ.) [แก้ไข] (เดิม: สำนักงานคณะกรรมการกฤษฎีกา)
"""


def _book(*docs):
    glossary = Glossary.from_mapping(
        yaml.safe_load((ROOT / "knowledge" / "glossary.yaml").read_text()) | GLOSSARY
    )
    return read_facts(list(docs), parse_all(list(docs)), glossary)


def _now(book, role, committee=None):
    return {(f.holder, f.variant) for f in book.roles
            if f.status == "current" and f.role == role and (committee is None or f.committee == committee)}  # fmt: skip


def test_english_sentences_are_restated_in_the_forms_the_grammar_reads():
    assert (
        restate("(2) The Minister of X shall be Vice Chairperson.") == "ให้ Minister of X เป็นรองประธานกรรมการ"
    )
    said = restate("For the PCIO Committee, the Director of Y shall serve as member and assistant secretary "
                   "in place of the Provincial Statistician, with effect from 1 October 2023.")  # fmt: skip
    assert said.startswith(
        "ให้ Director of Y เป็นกรรมการและผู้ช่วยเลขานุการ ของคณะกรรมการ PCIO แทน Provincial Statistician"
    )
    assert said.endswith("มีผลใช้บังคับตั้งแต่วันที่ 1 ตุลาคม 2566")  # the Buddhist-era year of 2023
    assert restate("There shall be no Vice Chairperson.") == "ไม่มีตำแหน่งรองประธานกรรมการ"
    assert restate("Issue 6 (budget support) is cancelled.").startswith("ให้ยกเลิกประเด็นที่ 6")
    assert restate("All other members remain unchanged.") == "All other members remain unchanged."
    assert restate("ประธาน ได้แก่ X") == "ประธาน ได้แก่ X"  # Thai text is left alone


def test_an_english_name_gets_its_thai_only_when_every_word_is_known():
    glossary = Glossary.from_mapping({"Bureau of the Budget": ["สำนักงบประมาณ"], "OCSC": ["สำนักงาน ก.พ."]})
    assert thai_name("the Director of the Bureau of the Budget", glossary) == "ผู้อำนวยการสำนักงบประมาณ"
    assert thai_name("a representative of the OCSC", glossary) == "ผู้แทนสำนักงาน ก.พ."
    assert thai_name("the Director of the Bureau of Tourism", glossary) is None  # no half-Thai names


def test_an_english_amendment_changes_roles_leads_and_makes_its_own_subcommittee():
    seed = doc("s-2020", "2020-09-29", SEED)
    en = doc("e-2022", "2022-02-08", ENGLISH, amends=("s-2020",))
    book = _book(seed, en)
    chair = _now(book, "chair", "GCIO")
    assert chair == {("รองนายกรัฐมนตรี (Deputy Prime Minister)", None)}
    gcio_chair = next(
        f for f in book.roles if f.status == "current" and f.role == "chair" and f.committee == "GCIO"
    )
    assert gcio_chair.replaced and "รัฐมนตรีว่าการกระทรวงดิจิทัล" in gcio_chair.replaced
    assert gcio_chair.evidence.startswith(
        "The Deputy Prime Minister shall be the Chair"
    )  # the English the document wrote
    assert {h for h, _ in _now(book, "vice_chair", "GCIO")} == {
        "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (Minister of Digital Economy and Society)"
    }
    assert any(
        "Digital Government Development Agency" in (h or "") for h, _ in _now(book, "secretary", "GCIO")
    )
    assert any("OCSC" in (h or "") for h, _ in _now(book, "assistant_secretary", "GCIO"))
    # Bangkok's chair changes alone; the provinces' assistant secretary changes and Bangkok's half stays
    assert ("Governor of Bangkok", "กรุงเทพมหานคร") in {
        (h.split(" (")[0], v) for h, v in _now(book, "chair", "PCIO")
    }
    helpers = {v: h for h, v in _now(book, "assistant_secretary", "PCIO")}
    assert "Head of the Provincial Office of Digital Economy" in helpers[None]
    assert helpers["กรุงเทพมหานคร"] == "หัวหน้าหน่วยงานการจัดระบบข้อมูลของกรุงเทพมหานคร"
    # a body named in English is a committee of its own: its chair is not the GCIO Committee's
    sub = [
        f
        for f in book.roles
        if f.status == "current" and f.committee == "Subcommittee on Government Cybersecurity"
    ]
    assert [f.role for f in sub] == ["chair"] and "National Cyber Security Agency" in sub[0].holder
    leads = {f.number: f.agencies for f in book.leads if f.status == "current" and f.number}
    assert "Council of State" in leads["2)"]
    assert leads["1)"].startswith(  # named by its title; each English agency glossed in Thai
        "สำนักงานคณะกรรมการข้าราชการพลเรือน (Office of the Civil Service Commission (OCSC)) ร่วมกับ "
        "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) (DGA)"
    )
    assert next(d for d in book.documents if d.doc_id == "e-2022").proposer.startswith(
        "Office of the Civil Service"
    )


def test_a_clause_that_dates_itself_answers_when_its_rule_takes_effect():
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("e-2022", "2022-02-08", ENGLISH, amends=("s-2020",))
    )
    chair = next(
        f for f in kb.book.roles if f.status == "current" and f.role == "chair" and f.committee == "GCIO"
    )
    text, _ = kb.takes_effect(chair.clause)  # a sibling sub-clause says so
    assert "1 มีนาคม 2565" in text and "1 March 2022" in text
    bangkok = next(f for f in kb.book.roles if f.status == "current" and f.role == "chair" and f.variant)
    assert "1 กรกฎาคม 2565" in kb.takes_effect(bangkok.clause)[0]  # the sub-clause's own sentence
    answer = core.ask("เปลี่ยนประธานคณะกรรมการ GCIO มีผลวันไหน")
    assert "1 มีนาคม 2565" in answer.answer


def test_an_item_an_english_text_removes_is_no_longer_in_force():
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("e-2022", "2022-02-08", ENGLISH, amends=("s-2020",))
    )
    verdict = check_claim(core.frame("ระบบ e-Edutainment ยังต้องพัฒนาอยู่ไหม"), kb, core.vocab)
    assert verdict is not None and verdict[0] == messages.NO and verdict[1].doc_id == "e-2022"
    assert check_claim(core.frame("ระบบ e-Office ยังต้องพัฒนาอยู่ไหม"), kb, core.vocab)[0] == messages.YES


def test_marks_of_a_consolidated_text_are_restated():
    assert unmark("X เป็นประธาน [คงเดิม ตามมติ 8 ก.พ. 2565]") == "X เป็นประธาน (คงเดิม)"
    assert unmark("X เป็นเลขานุการ [แก้ไข] (เดิม: Y (องค์การมหาชน) ตามมติ 2565) มีผลตั้งแต่วันที่ 1 ธันวาคม 2566") == (
        "ให้ X เป็นเลขานุการ แทน Y (องค์การมหาชน)"
    )
    assert unmark("X เป็นกรรมการ [ยกเลิก]").startswith("ยกเลิก X")
    assert unmark("[ยกเลิก] โดยให้รวมเข้ากับประเด็นที่ 1", before="ประเด็นที่ 2 TITLE").startswith("ให้ยกเลิกประเด็นที่ 2")
    assert unmark("ไม่มีเครื่องหมาย") == "ไม่มีเครื่องหมาย"


def test_a_consolidated_text_changes_removes_and_adds_by_its_marks():
    seed = doc("s-2020", "2020-09-29", SEED)
    marked = doc("c-2023", "2023-11-07", MARKED, amends=("s-2020",))
    book = _book(seed, marked)
    secretary = [f for f in book.roles if f.status == "current" and f.role == "secretary"]
    assert [f.holder for f in secretary] == ["เลขาธิการ ก.พ."]
    assert secretary[0].replaced.startswith("ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล")
    members = {h for h, _ in _now(book, "member", "GCIO")}
    assert "เลขาธิการ สกมช." in members
    assert "ผู้อำนวยการสำนักงบประมาณ" not in members  # the seed's member, ended by "[ยกเลิก]"
    leads = {f.number: f for f in book.leads if f.status == "current" and f.number}
    assert leads["2)"].agencies.startswith("สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์")
    assert leads["2)"].replaced == "สำนักงานคณะกรรมการกฤษฎีกา"
    assert leads["1)"].agencies == "สพร. และหน่วยงานที่เกี่ยวข้อง"


def test_a_circular_adds_a_vice_chair_and_replaces_a_secretary_listed_as_old_and_new():
    circular = """
1. คณะกรรมการ GCIO
    (2) รองประธาน
        - ให้เพิ่มตำแหน่งรองประธาน จำนวน 1 ตำแหน่ง ได้แก่ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
        - ให้ใช้ข้อความนี้แทนข้อความเดิมที่ว่า "ไม่มีการกำหนดตำแหน่งรองประธาน"
2. คณะกรรมการ PCIO กรุงเทพมหานคร
    (2) ผู้ช่วยเลขานุการ
        (ก) เดิม: หัวหน้าหน่วยงานการจัดระบบข้อมูลของกรุงเทพมหานคร
        (ข) ใหม่: ผู้อำนวยการสำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร
        (ค) มีผลตั้งแต่วันที่ 1 พฤษภาคม 2564
3. ประเด็นการขับเคลื่อน
    3.1 ประเด็นที่ 2
        - ให้เปลี่ยนผู้รับผิดชอบหลักเป็น สำนักงานคณะกรรมการกฤษฎีกา (สคก.)
"""
    seed = doc("s-2020", "2020-09-29", SEED)
    book = _book(seed, doc("c-2021", "2021-03-16", circular, amends=("s-2020",)))
    assert _now(book, "vice_chair", "GCIO") == {
        ("ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", None)
    }  # not "no vice chair"
    bangkok = [
        f
        for f in book.roles
        if f.status == "current" and f.role == "assistant_secretary" and f.doc_id == "c-2021"
    ]
    assert [f.holder for f in bangkok] == ["ผู้อำนวยการสำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร"]
    assert bangkok[0].replaced == "หัวหน้าหน่วยงานการจัดระบบข้อมูลของกรุงเทพมหานคร"
    assert not any((f.holder or "").startswith(("ผลตั้งแต่", "มีผล")) for f in book.roles)
    leads = {f.number: f.agencies for f in book.leads if f.status == "current" and f.number}
    assert leads["2)"].startswith("สำนักงานคณะกรรมการกฤษฎีกา")
    assert dt.date(2021, 3, 16) == next(
        f.date for f in book.leads if f.number == "2)" and f.status == "current"
    )


def test_a_seat_a_later_text_ends_is_listed_as_removed():
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("c-2023", "2023-11-07", MARKED, amends=("s-2020",))
    )
    a = core.ask("ใครถูกตัดออกจากกรรมการ GCIO")
    # who left, under the resolution that took them off ("มติ ครม. 7 พฤศจิกายน 2566 — ...: - ตัดออก...: X")
    assert "7 พฤศจิกายน 2566" in a.answer.split("\n")[0], a.answer
    assert "ตัดออก" in a.answer.split("\n")[1] and "ผู้อำนวยการสำนักงบประมาณ" in a.answer.split("\n")[1], a.answer
    members = core.ask("ใครเป็นกรรมการ GCIO บ้าง")
    assert "ผู้อำนวยการสำนักงบประมาณ" not in members.answer.split("ที่มา")[0]


def test_a_body_known_only_in_english_may_be_asked_in_thai_but_an_unknown_one_is_not():
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("e-2022", "2022-02-08", ENGLISH, amends=("s-2020",))
    )
    assert core.frame("คณะอนุกรรมการด้านความมั่นคงปลอดภัยไซเบอร์ภาครัฐ ใครเป็นประธาน").other_bodies == []
    assert core.frame("คณะกรรมการการเลือกตั้ง ใครเป็นประธาน").other_bodies


def test_a_list_shows_the_items_a_later_text_removes_and_adds():
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("e-2022", "2022-02-08", ENGLISH, amends=("s-2020",))
    )
    a = core.ask("ระบบที่ต้องพัฒนา มีอะไรบ้าง")
    listed = a.answer.split("ที่มา")[0]
    assert "e-Edutainment — ยกเลิกแล้ว" in listed, a.answer
    assert "Digital ID system — เพิ่มเติม" in listed, a.answer


def test_a_member_a_later_text_removed_is_no_longer_one_when_asked():
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("c-2023", "2023-11-07", MARKED, amends=("s-2020",))
    )
    a = core.ask("ผู้อำนวยการสำนักงบประมาณยังเป็นกรรมการ GCIO อยู่ไหม")
    assert a.answer.startswith("ไม่ใช่") and "ตัดออก" in a.answer.split("\n")[0], a.answer


def test_issues_named_by_number_alone_are_apart_when_their_numbers_differ():
    circular = """
3. ประเด็นการขับเคลื่อน
    3.1 ประเด็นที่ 1
        - ผู้รับผิดชอบหลักยังคงเป็นสพร. และหน่วยงานที่เกี่ยวข้อง ไม่มีการเปลี่ยนแปลง
"""
    later = "1. ให้ยกเลิกประเด็นที่ 2 โดยให้รวมเข้ากับประเด็นที่ 1\n2. อื่น ๆ คงเดิม"
    book = _book(
        doc("s-2020", "2020-09-29", SEED),
        doc("c-2021", "2021-03-16", circular, amends=("s-2020",)),
        doc("d-2022", "2022-02-08", later, amends=("c-2021",)),
    )
    now = {f.number: f for f in book.leads if f.status == "current" and f.number}
    assert now["2)"].cancelled
    assert now["1)"].agencies.startswith("สพร.")  # "ประเด็นที่ 1" is not ended by the end of "ประเด็นที่ 2"


def test_english_prose_of_a_letter_is_restated_too():
    assert restate("First, lead responsibility for Issue No. 2 in that table now rests with the OPDC, together with "
                   "relevant agencies.") == "ให้ OPDC และหน่วยงานที่เกี่ยวข้อง เป็นหน่วยงานรับผิดชอบหลักในประเด็นที่ 2"  # fmt: skip
    assert restate("Second, a new Issue No. 8 has been added: open government data. The lead agency for Issue No. 8 "
                   "is the NSO.") == "ประเด็นที่ 8 open government data ให้ NSO เป็นหน่วยงานรับผิดชอบหลัก"  # fmt: skip
    said = restate(
        "The Subcommittee is chaired by the Permanent Secretary of Interior. Its secretary is an official of Interior."
    )
    assert (
        "เป็นประธานอนุกรรมการ" in said and "เป็นอนุกรรมการและเลขานุการ" in said
    )  # the subcommittee's, not the committee's
    assert restate(
        "The Secretary-General of the OCSC continues to sit on the Committee as an ordinary member."
    ) == ("ให้ Secretary-General of the OCSC เป็นกรรมการ")


def test_a_sentence_that_removes_one_item_ends_that_item_alone():
    letter = "The Cabinet removed e-Edutainment from this list and added e-Signature. The list now reads: e-Office and e-Signature."
    kb, core = build(
        doc("s-2020", "2020-09-29", SEED), doc("l-2022", "2022-03-08", letter, amends=("s-2020",))
    )
    listed = core.ask("ระบบที่ต้องพัฒนา มีอะไรบ้าง").answer.split("ที่มา")[0]
    assert "e-Edutainment — ยกเลิกแล้ว" in listed and "e-Office — ยกเลิก" not in listed, listed
    assert "e-Signature — เพิ่มเติม" in listed, listed


SPEECH = """
The proposal was submitted jointly by my Ministry, the Ministry of Digital Economy and Society, and the Office of the Civil Service Commission.

**First, the secretariat.** With effect from 1 January 2026, the Permanent Secretary of the Ministry of Digital Economy and Society will become member and secretary. The Director of DGA will not leave us: he becomes an assistant secretary, together with the representative of the Office of the Civil Service Commission, who continues in that role.

**Fifth, architecture.** The Cabinet has now upgraded the working group to a standing body, the **Government Enterprise Architecture Subcommittee**. Its chair will be the Director of DGA, and its secretary will be a representative of the Office of the Permanent Secretary. You will notice that DGA and the Ministry have, in a sense, swapped chairs.

**Sixth, the provinces.** We reviewed the Provincial CIO Committee. The Governor, or a Vice Governor assigned by the Governor, remains Chair, and the Head of the Provincial Office remains secretary.

For Bangkok, nothing changes: the Governor of Bangkok, or an assigned Deputy Governor, chairs; the Permanent Secretary for the Bangkok Metropolitan Administration is secretary.

And a new Issue 9 is added: the responsible use of artificial intelligence in government work. The lead agencies are the Electronic Transactions Development Agency, ETDA, and DGA.

Issue 1, digital platforms, stays with DGA, as decided in 2022, and Issue 2 on platforms for staff stays with the Ministry of Digital Economy and Society.
"""


def test_a_speech_says_who_holds_which_seat_in_running_prose():
    docs = [doc("s-2020", "2020-09-29", SEED), doc("k-2025", "2025-11-18", SPEECH, amends=("s-2020",))]
    clauses = parse_all(docs)
    book = read_facts(docs, clauses, Glossary.from_mapping(GLOSSARY))
    seats = {(f.committee, f.role, f.variant): f.holder for f in book.roles if f.doc_id == "k-2025"}
    # "he" is the Director named before the colon
    assert any(
        r == "assistant_secretary" and "Director of DGA" in (h or "") for (_, r, _), h in seats.items()
    )
    # "Its chair" is the chair of the body the sentence before named, not of the working group
    sub = [k for k in seats if k[0] and "Subcommittee" in k[0]]
    assert {k[1] for k in sub} >= {"chair", "secretary"}
    assert not any("notice" in (h or "") for h in seats.values())  # talk is no holder
    # a committee named in the sentence before, and Bangkok's seats are the provincial committee's
    assert "Head of the Provincial Office" in (seats.get(("PCIO", "secretary", None)) or "")
    bangkok = {k[1]: h for k, h in seats.items() if k[0] == "PCIO" and k[2]}
    assert "Governor of Bangkok" in (bangkok.get("chair") or "")
    assert "Permanent Secretary" in (bangkok.get("secretary") or "")
    # "a new Issue 9 is added: TITLE. The lead agencies are X": that issue's leads
    leads = {(f.number or "").strip("()"): f.agencies for f in book.leads if f.doc_id == "k-2025"}
    assert "ETDA" in leads.get("9", "")
    # "Issue N stays with X, as decided in 2022, and Issue M ... stays with Y": each its own, without the aside
    assert "DGA" in leads.get("1", "") and "2022" not in leads.get("1", "")
    assert "Ministry of Digital Economy" in leads.get("2", "")
    proposer = next(d.proposer for d in book.documents if d.doc_id == "k-2025")
    assert "Civil Service Commission" in (proposer or "") and not (proposer or "").startswith("my")
