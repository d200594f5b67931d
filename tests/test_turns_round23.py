"""End to end on the real resolution: requests that are not yes/no questions, a turn about the rest of a committee,
a seat asked without its committee, where the last answer's clause is, who proposed, the role that was added,
why leads were set, the Prime Minister of the meeting, whether Bangkok was covered in a year, a word that only
looks like a typo, and app names the text never gives.

The questions are written for these tests, not taken from any evaluation set.
"""

from bot.core import messages


def test_asking_for_the_whole_table_after_a_claim_is_a_request_not_a_claim(engine):
    claim = engine.ask("เรื่องเตรียมความพร้อมบุคลากรนี่ สนง.ก.พ. ดูใช่ไหม")
    a = engine.ask("ขอดูทั้งหมดได้ไหม ทุกประเด็นใครเป็นเจ้าภาพบ้าง", context=claim.context)
    assert not a.answer.startswith((messages.YES, messages.NO))
    for lead in ("สพร.", "สำนักงาน ก.พ.", "สำนักงบประมาณ"):
        assert lead in a.answer


def test_the_rest_of_a_committee_unchanged_and_a_seat_asked_without_its_committee(engine):
    first = engine.ask("เลขาฯ คณะกรรมการ PCIO คือหัวหน้าสำนักงานจังหวัดใช่ไหม")
    rest = engine.ask("แล้วกรรมการคนอื่นๆ ของจังหวัดเปลี่ยนด้วยหรือเปล่า", context=first.context)
    assert "คงเดิม" in rest.answer.split("\n")[0]
    chair = engine.ask("ประธานให้รองผู้ว่าฯ ทำแทนได้ไหม", context=rest.context)
    assert not chair.abstained and "ได้รับมอบหมาย" in chair.answer


def test_whether_the_last_answer_is_under_a_section(engine):
    systems = engine.ask("Which e-systems does the guideline list for agencies?")
    assert "e-Saraban" in systems.answer and "e-Edutainment" in systems.answer
    yes = engine.ask("is that under 2.2?", context=systems.context)
    assert yes.answer.startswith("Yes") and "2.2" in yes.answer
    no = engine.ask("อันนี้อยู่ข้อ 2.3 ใช่ไหม", context=systems.context)
    assert no.answer.startswith(messages.NO) and "2.2" in no.answer


def test_who_brought_the_matter_after_what_was_decided(engine):
    decided = engine.ask("ครม. 29 ก.ย. 63 มีมติอะไรบ้าง")
    a = engine.ask("ใครเป็นคนเสนอเรื่องเข้ามา", context=decided.context)
    assert "สำนักงาน ก.พ." in a.answer


def test_the_role_added_to_the_cios_and_why(engine):
    for asked in ("บทบาทใหม่ที่ ครม. เพิ่มให้ GCIO คืออะไร", "ครม.เพิ่มบทบาทอะไรให้ GCIO บ้าง"):
        assert "Digital Transformation" in engine.ask(asked).answer, asked
    assert "ยุคดิจิทัล" in engine.ask("ทำไมต้องรีบเพิ่มบทบาท GCIO").answer


def test_why_leads_were_set_is_a_reason_not_a_lead(engine):
    a = engine.ask("ทำไมต้องมีเจ้าภาพหลักในแต่ละประเด็น")
    assert "ชัดเจน" in a.answer or "รูปธรรม" in a.answer


def test_the_prime_minister_of_the_meeting_is_not_a_committee_chair(engine):
    a = engine.ask("Which PM chaired the cabinet meeting on this GCIO matter?")
    assert "ประยุทธ์" in a.answer


def test_whether_bangkok_was_covered_in_a_year(engine):
    then = engine.ask("PCIO ตามมติปี 62 ครอบคลุมกรุงเทพฯ ด้วยไหม")
    assert then.answer.startswith(messages.NO) and "29 กันยายน 2563" in then.answer
    now = engine.ask("ตอนนี้ PCIO ครอบคลุม กทม. หรือยัง")
    assert now.answer.startswith(messages.YES)


def test_a_real_word_is_not_taken_for_a_mistyped_role(engine):
    a = engine.ask("อยากได้หลักสูตรให้ข้าราชการปรับตัวทำงานแบบใหม่ ต้องประสานใคร")
    assert "สำนักงาน ก.พ." in a.answer and "รัฐมนตรี" not in a.answer.split("\n")[0]


def test_an_apps_name_is_not_in_the_resolutions(engine):
    lead = engine.ask("แพลตฟอร์มบริการประชาชนใครดูแล")
    a = engine.ask("แล้วแอปชื่ออะไร โหลดที่ไหน", context=lead.context)
    assert a.abstained


def test_the_next_part_after_a_dotted_one(engine):
    first = engine.ask("ข้อ 2.1 ว่าด้วยเรื่องอะไรครับ")
    a = engine.ask("ข้อถัดไปล่ะ", context=first.context)
    assert "e-Office" in a.answer


def test_the_original_resolution_asked_in_english(engine):
    assert "26 พฤศจิกายน 2562" in engine.ask("when was the original guideline approved?").answer


def test_common_english_words_are_no_unknown_topic(engine):
    a = engine.ask("besides WFH, what other arrangements does the guideline support?")
    assert not a.abstained and "Bring Your Own Device" in a.answer
    a = engine.ask("what date did the cabinet pass it?")
    assert "29 กันยายน 2563" in a.answer


def test_an_agencys_own_board_is_not_in_the_resolutions(engine):
    assert engine.ask("ใครเป็นประธานบอร์ด สพร.").abstained


def test_a_committees_duties_asked_with_the_words_for_leading(engine):
    a = engine.ask("คกก. GCIO ต้องดูแลเรื่องอะไรบ้าง")
    assert "สถาปัตยกรรมองค์กร" in a.answer


def test_when_bangkok_was_added(engine):
    assert "29 กันยายน 2563" in engine.ask("กทม. ถูกเพิ่มเข้ามาใน PCIO เมื่อไหร่").answer
