"""End to end on the real resolution with the real default model: the kinds of question users ask.

The questions here are written for these tests (not the evaluation set's), one or more per kind.
"""

import pytest

from bot.core import messages

CURRENT_CHAIR = "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
OLD_CHAIR = "รองนายกรัฐมนตรี"


def test_chair_answer_gives_current_holder_first_then_what_it_was(engine):
    a = engine.ask("คณะกรรมการ GCIO มีใครเป็นประธาน")
    assert not a.abstained and a.kind == "chair"
    assert CURRENT_CHAIR in a.answer
    assert a.answer.index(CURRENT_CHAIR) < a.answer.index(OLD_CHAIR)  # history after the rule in force
    assert a.previously and OLD_CHAIR in a.previously and "2562" in a.previously
    top = a.citations[0]
    assert top.status == "current" and top.date == "2020-09-29"
    assert top.section.endswith("1.1 › รายละเอียดที่เสนอปรับปรุงครั้งนี้ › 1)")
    assert any(c.status == "superseded" for c in a.citations[1:])


def test_english_and_abbreviated_questions(engine):
    assert CURRENT_CHAIR in engine.ask("who is chair of the GCIO committee").answer
    a = engine.ask("ผช.เลขาฯ PCIO ใคร")
    assert "สถิติจังหวัด" in a.answer and "ผู้ช่วยเลขานุการ" in a.answer


def test_bangkok_variant_is_picked_out(engine):
    a = engine.ask("กทม. ใครเป็นประธาน PCIO")
    assert a.answer.index("ปลัดกรุงเทพมหานคร") < a.answer.index("จังหวัดอื่น")


def test_a_role_nobody_holds_any_more(engine):
    a = engine.ask("รองประธาน GCIO คือใคร")
    assert not a.abstained and "ไม่มี" in a.answer


def test_history_question_gets_the_old_rule(engine):
    a = engine.ask("ก่อนการปรับปรุง ใครเป็นรองประธานคณะกรรมการ GCIO")
    assert not a.abstained and a.kind == "history"
    assert "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in a.answer and "เป็นรองประธาน" in a.citations[0].text
    assert a.citations[0].status == "superseded"


def test_lead_agency_answer_names_the_agency_of_the_right_issue(engine):
    a = engine.ask("ใครเป็นเจ้าภาพเรื่องสื่อให้ความรู้กฎระเบียบด้านดิจิทัล")
    assert a.kind == "lead" and a.answer.startswith("ผู้รับผิดชอบหลัก: ดศ.")
    assert "ผู้รับผิดชอบ" in a.citations[0].text
    a = engine.ask("หน่วยงานไหนดูแลเรื่องงบประมาณสำหรับระบบดิจิทัล")
    assert "สำนักงบประมาณ" in a.answer


def test_measure_and_purpose_answers_are_extracted_spans(engine):
    a = engine.ask("มีระบบอิเล็กทรอนิกส์อะไรบ้างที่ต้องพัฒนา")
    # "e - Saraban" as the PDF spaces it, shown joined
    assert "e-Saraban" in a.answer and len(a.answer) <= 600
    a = engine.ask("รวบรวมการดำเนินงานก่อนและระหว่างนำเทคโนโลยีมาใช้ เพื่ออะไร")
    assert a.answer.startswith("เพื่อแสดงภาพรวมการเปลี่ยนแปลง")


def test_dates_of_meetings_and_of_the_decision(engine):
    assert "31 มกราคม 2563" in engine.ask("ประชุมครั้งที่ 1/2563 วันที่เท่าไร").answer
    assert engine.ask("มติ ครม. นี้ออกเมื่อไร").answer.startswith("29 กันยายน 2563")


@pytest.mark.parametrize(
    "question",
    [
        "ใครเป็นประธานคณะกรรมการการเลือกตั้ง",
        "ประธานสภาผู้แทนราษฎรชื่ออะไร",
        "วันนี้ราคาน้ำมันเท่าไร",
        "How do I renew my passport?",
        "ใครจะเป็นนายกรัฐมนตรีคนต่อไป",
        "น้ำท่วมต้องทำอย่างไร",  # a topic the tagger calls a verb
    ],
)
def test_off_topic_questions_abstain_with_suggestions(engine, question):
    a = engine.ask(question)
    assert a.abstained and a.kind == "offtopic"
    assert a.suggestions and all(s in a.answer for s in a.suggestions[:1])
    assert a.citations == []


def test_a_role_the_resolutions_do_not_state_is_not_guessed(engine):
    a = engine.ask("ใครเป็นเลขานุการคณะกรรมการ GCIO")
    assert a.abstained and "ไม่ได้ระบุ" in a.answer


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("", "กรุณาพิมพ์คำถาม"),
        ("   \n\t ", "กรุณาพิมพ์คำถาม"),
        ("ก" * 20000, "ยาวเกินไป"),
        ("😀😀😀", "ไม่พบข้อความคำถาม"),
        ("\x00\x01\x02", "กรุณาพิมพ์คำถาม"),
        ("\u0e49\u0e48\u0e4a", "ไม่พบข้อความคำถาม"),
    ],
)
def test_bad_input_gets_a_clear_message(engine, raw, reason):
    a = engine.ask(raw)
    assert a.abstained and a.kind == "invalid" and reason in a.answer


def test_html_and_emoji_around_a_real_question_still_answer(engine):
    a = engine.ask("<b>ใครเป็นประธาน PCIO</b> 🙏 <script>alert(1)</script>")
    assert not a.abstained and "ผู้ว่าราชการจังหวัด" in a.answer
    assert "<script>" not in a.answer


def test_every_answer_fits_the_limit_and_cites_its_clause(engine):
    for q in ["มาตรการ New Normal มีอะไรบ้าง", "ใครรับผิดชอบแก้ไขกฎระเบียบที่เป็นอุปสรรค", "BYOD คืออะไร"]:
        a = engine.ask(q)
        assert not a.abstained and len(a.answer) <= 600
        assert a.citations and a.citations[0].text and a.citations[0].title
        assert 0.0 < a.confidence <= 1.0


def test_wording_asked_is_quoted_with_the_words_it_replaced_and_a_new_topic_starts_afresh(engine):
    now = engine.ask("ถ้อยคำเรื่องหลักสูตร GCIO ที่ สพร. รับผิดชอบ ถูกแก้เป็นว่าอะไร")
    first, *rest = now.answer.split("\n")
    assert "ดำเนินการฝึกอบรมหลักสูตร GCIO" in first and any("ดำเนินโครงการอบรม" in ln for ln in rest), now.answer
    why = engine.ask("แก้ทำไมอะ", context=now.context)  # the part that introduces the amendment says why
    assert why.answer.startswith("เพื่อให้เกิดความชัดเจน") and "รอส." in why.answer, why.answer
    before = engine.ask("เดิมเขียนว่าไง", context=now.context)
    assert before.answer.startswith("เดิม: ให้ สพร. เป็นผู้รับผิดชอบดำเนินโครงการอบรม"), before.answer
    fresh = engine.ask("Different question: who leads the budget support issue?", context=now.context)
    assert "สำนักงบประมาณ" in fresh.answer.split("\n")[0], fresh.answer
    named = engine.ask("What's the name of the current Minister of Digital Economy?")
    assert named.abstained and named.answer.startswith("The resolutions name positions"), named.answer
    claim = engine.ask("สงป. เป็นเจ้าภาพพัฒนาแพลตฟอร์มดิจิทัลให้บริการประชาชนด้วยใช่มั้ย")
    assert claim.answer.startswith("ไม่ใช่") and "สพร." in claim.answer.split("\n")[0], claim.answer
    own = engine.ask("ก.พ. รับผิดชอบเรื่องพัฒนาบุคลากรใช่ไหม")  # two issues fit the words; ก.พ. leads one
    assert own.answer.startswith("ใช่"), own.answer


def test_a_power_the_old_wording_gave_and_the_new_one_drops_is_no_longer_held(engine):
    a = engine.ask("คณะกรรมการ GCIO ยังมีอำนาจให้ความเห็นชอบสถาปัตยกรรมองค์กรภาครัฐอยู่ไหม")
    assert a.answer.startswith("ไม่ใช่") and "ข้อเสนอแนะ" in a.answer.split("\n")[0], a.answer
    kept = engine.ask("ผู้ว่าฯ ยังเป็นประธาน PCIO อยู่ไหม")
    assert kept.answer.startswith("ใช่"), kept.answer


def test_a_guessed_lead_is_judged_and_document_and_plan_questions_in_plain_english(engine):
    guessed = engine.ask("ใครจัดอบรมหลักสูตร GCIO อ่ะ สนง.ก.พ.ป่ะ")
    assert guessed.answer.startswith("ไม่ใช่") and "สพร." in guessed.answer.split("\n")[0], guessed.answer
    right = engine.ask("ใครจัดอบรมหลักสูตร GCIO สพร.ใช่มั้ย")
    assert right.answer.startswith("ใช่"), right.answer
    amended = engine.ask("Which earlier Cabinet resolution does this decision amend?")
    assert "แก้ไข/ทบทวน" in amended.answer and "26 พฤศจิกายน 2562" in amended.answer, amended.answer
    assert engine.ask("ปี 2568 จะมีแผนปรับ คกก. GCIO อีกมั้ยคะ").abstained  # a plan is no rule on record
    items = engine.ask("Which items in the lead-agency table is DGA responsible for?")
    assert not items.abstained and "สำนักงานพัฒนารัฐบาลดิจิทัล" in items.answer, items.answer


def test_a_count_of_what_the_question_names_counts_that_list(engine):
    decided = engine.ask("ครม. มีมติกี่ข้อในเรื่องนี้")
    assert decided.answer.startswith("3 ข้อ") and "รับทราบผลการดำเนินการ" in decided.answer, decided.answer
    steps = engine.ask("ข้อ 2.3 มีการดำเนินการหลักกี่ข้อ")
    assert steps.answer.startswith("3 ข้อ") and "วิเคราะห์" in steps.answer, steps.answer
    assert engine.ask("มติให้งบประมาณกี่บาท").abstained  # an amount no text gives is still refused


def test_the_english_name_of_the_guideline_and_a_part_numbered_at_the_start(engine):
    name = engine.ask("ชื่อภาษาอังกฤษของแนวทางนี้คืออะไร")
    assert name.answer.startswith("Government Chief Information Officer Management Guideline"), name.answer
    steps = engine.ask("2.3 มีการดำเนินการหลักกี่ข้อ")
    assert steps.answer.startswith("3 ข้อ") and "วิเคราะห์" in steps.answer, steps.answer


def test_the_reason_someone_asks_does_not_turn_the_question_into_a_refusal(engine):
    a = engine.ask("เลขาฯ คกก. PCIO คือใครครับ ผมต้องประสานเรื่องวาระประชุมไตรมาสหน้า จะได้ส่งเรื่องถูกคน")
    assert not a.abstained and "หัวหน้าสำนักงานจังหวัด" in a.answer
    b = engine.ask("ปธ.คณะกรรมการ GCIO นี่ยังเป็นรองนายกฯ อยู่ป่าวคะ เห็นในเอกสารเก่าปี 62 เขียนไว้แบบนั้น จะได้แก้ผังถูก")
    assert b.answer.startswith("ไม่") and CURRENT_CHAIR in b.answer.split("\n")[0]
    c = engine.ask("คกก. GCIO จะประชุมครั้งต่อไปเมื่อไหร่คะ จะได้เตรียมเรื่องเสนอ")
    assert c.abstained  # the next meeting is a prediction the texts do not make


def test_what_a_short_name_stands_for_with_where_the_text_names_it(engine):
    a = engine.ask("คพร.คือใคร เกี่ยวข้องกับมตินี้ยังไงครับ")
    assert a.answer.startswith("คพร. = คณะกรรมการบริหารพนักงานราชการ"), a.answer
    assert "ประชุมร่วม" in a.answer or "หารือ" in a.answer  # what it has to do with the resolution
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" in engine.ask("สพร ย่อมาจาก?").answer.split("\n")[0]
    assert "รัฐบาลอิเล็กทรอนิกส์สำหรับผู้บริหารระดับสูง" in engine.ask("หลักสูตร รอส. คือหลักสูตรอะไรครับ").answer


def test_examples_asked_come_from_the_words_after_เช่น_with_the_condition_that_follows(engine):
    a = engine.ask("ตัวอย่างสถานการณ์ที่ต้องทำ Digital Transformation เร่งด่วนคืออะไร")
    assert "โคโรนา 2019" in a.answer
    b = engine.ask("ตอนพัฒนาระบบเทคโนโลยีดิจิทัลตามข้อ 2.2 ต้องคำนึงถึงอะไรบ้าง")
    assert "ไซเบอร์" in b.answer and "e-Office" in b.answer.replace(" ", "")


def test_who_took_part_in_a_meeting_is_not_who_leads_an_issue(engine):
    a = engine.ask("หน่วยงานที่เข้าประชุมร่วมกับ สนง.ก.พ. มีใครบ้าง")
    assert "ผู้รับผิดชอบหลัก" not in a.answer
    assert all(name in a.answer for name in ("(ดศ.)", "(สพร.)", "(คพร.)")), a.answer


def test_a_lead_cell_that_introduces_a_list_is_answered_with_the_list(engine):
    a = engine.ask("MCIO DCIO PCIO รวบรวมปัญหาแล้วต้องเสนอไปให้ใครพิจารณา")
    assert "GCIO Committee" in a.answer and "รวบรวมประเด็น" in a.answer


def test_abbreviated_months_and_asking_words_are_no_unknown_topic_and_an_english_head_noun_is(engine):
    a = engine.ask("มติ ครม. 29 ก.ย. 63 ใครเป็นคนเสนอ")
    assert not a.abstained and "สำนักงาน ก.พ." in a.answer
    b = engine.ask("มติ 29 ก.ย. 63 มีผลบังคับใช้ตั้งแต่วันไหน")
    assert not b.abstained and "29 กันยายน 2563" in b.answer
    assert engine.ask("Which software vendors are approved for the e-Saraban system?").abstained


def test_the_second_one_after_a_list_is_the_second_item_listed(engine):
    listed = engine.ask("แนวทางเพิ่มประสิทธิภาพการทำงานด้วย digital มีการดำเนินการหลักอะไรมั่ง")
    assert "รวบรวม" in listed.answer and "วิเคราะห์" in listed.answer  # "มั่ง" asks for a list too
    second = engine.ask("อันที่สองทำไปเพื่ออะไร", context=listed.context)
    assert second.answer.startswith("วิเคราะห์") and "ความยั่งยืน" in second.answer, second.answer
    decided = engine.ask("มติ ครม. 29 ก.ย. 63 ครม.มีมติอะไรบ้าง")
    third = engine.ask("ข้อสามขยายความหน่อยครับ", context=decided.context)
    assert "Digital Transformation" in third.answer, third.answer


def test_an_agencys_role_in_the_resolution_is_the_issues_it_leads(engine):
    a = engine.ask("สงป. มีบทบาทอะไรในมติ GCIO นี้")
    assert a.answer.startswith("สำนักงบประมาณ เป็นผู้รับผิดชอบหลัก 1 ประเด็น"), a.answer


def test_issues_counted_with_their_leads_and_the_fourth_one_after_them(engine):
    table = engine.ask("ประเด็นที่ให้หน่วยงานเป็นเจ้าภาพหลักมีกี่ข้อ แต่ละข้อใครรับผิดชอบ")
    assert "6 ประเด็น" in table.answer and "สพร." in table.answer, table.answer
    fourth = engine.ask("อันที่ 4 คือเรื่องไร ใครดูแล", context=table.context)
    assert "สำนักงาน ก.พ." in fourth.answer.split("\n")[0] and "ความพร้อม" in fourth.answer, fourth.answer


def test_the_issues_table_fits_every_lead_by_its_short_names(engine):
    a = engine.ask("ใครรับผิดชอบหลักของแต่ละประเด็นในตาราง 2.2")
    assert "MCIO DCIO PCIO" in a.answer and "สำนักงบประมาณ" in a.answer and len(a.answer) <= 600, a.answer


def test_a_follow_up_about_the_amended_resolution_and_the_meeting_that_decided(engine):
    first = engine.ask("มติ ครม. เรื่อง GCIO ที่ไปแก้มติเดิม ออกวันไหนครับ")
    older = engine.ask("แล้วมติเดิมที่โดนแก้ล่ะ วันไหน", context=first.context)  # "โดน" is "ถูก", no topic
    assert not older.abstained and older.answer.startswith("26 พฤศจิกายน 2562"), older.answer
    # words of its own ("นายกฯ") ask something else of the document, not its date again
    chair = engine.ask("ประชุมครั้งนั้นนายกฯ คือใคร", context=older.context)
    assert "ประยุทธ์" in chair.answer, chair.answer


def test_dates_asked_after_meetings_are_those_meetings_dates(engine):
    met = engine.ask("ตอนเห็นชอบเพิ่มบทบาทด้าน Digital Transformation ประชุมครั้งไหนบ้าง")
    assert "5/2563" in met.answer and "6/2563" in met.answer
    when = engine.ask("วันที่เท่าไหร่บ้าง", context=met.context)
    assert "29 พฤษภาคม 2563" in when.answer and "26 มิถุนายน 2563" in when.answer, when.answer


def test_a_full_name_asked_in_english_and_the_rest_of_a_list_after_one_agency(engine):
    a = engine.ask("what about สพร. full name?")
    assert a.answer.startswith("สพร. = สำนักงานพัฒนารัฐบาลดิจิทัล"), a.answer
    one = engine.ask("สงป. มีบทบาทอะไรในมติ GCIO นี้")
    rest = engine.ask("มีหน่วยไหนอีกที่อยู่ในตารางเจ้าภาพ", context=one.context)
    assert all(name in rest.answer for name in ("สพร.", "ดศ.", "สำนักงาน ก.พ.")), rest.answer


def test_other_members_asked_after_one_role_are_the_committee_with_what_stays_as_before(engine):
    chair = engine.ask("ใครเป็นประธาน PCIO")
    others = engine.ask("other members changed too?", context=chair.context)
    assert "คงเดิม" in others.answer and "สถิติจังหวัด" in others.answer, others.answer
    thai = engine.ask("กรรมการอื่นล่ะ เปลี่ยนไหม", context=chair.context)
    assert "คงเดิม" in thai.answer, thai.answer


def test_a_preamble_before_a_colon_is_an_aside_and_its_before_dates_nothing(engine):
    a = engine.ask("Quick check before I send the memo: who chairs the GCIO committee now?")
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัล" in a.answer.split("\n")[0], a.answer
    old = engine.ask("ก่อนมติ 29 ก.ย. 63 ใครเป็นประธาน GCIO")  # a "before" that asks does date the rule
    assert "รองนายกรัฐมนตรี" in old.answer.split("\n")[0], old.answer


def test_chat_words_synonyms_and_a_resolution_followed_up(engine):
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" in engine.ask("แล้ว สพร. ล่ะ เต็มๆคือ?").answer.split("\n")[0]
    assert "ความพร้อม" in engine.ask("อ้าว แล้ว ก.พ. คุมเรื่องไหนอ่ะ").answer  # "อ้าว" is no topic
    assert "โคโรนา" in engine.ask("มติ GCIO ปี 63 พูดถึงโรคระบาดด้วยไหม").answer
    b = engine.ask("This 2020 decision follows up on which earlier cabinet resolution (date)?")
    assert "26 พฤศจิกายน 2562" in b.answer, b.answer


def test_a_deadline_is_a_date_given_as_due_and_roles_set_aside_leave_the_rest_unnamed(engine):
    due = engine.ask("ต้องส่งผลประเมินประสิทธิภาพการใช้ดิจิทัลให้ ก.พ. ภายในวันที่เท่าไหร่ครับ")
    assert due.abstained, due.answer  # the text dates meetings, not this report
    rest = engine.ask("PCIO มีกรรมการคนอื่นเป็นใครบ้าง นอกจาก ปธ. เลขา ผช.เลขา")
    assert rest.abstained and "คงเดิม" in rest.answer and "สถิติจังหวัด" not in rest.answer, rest.answer


def test_follow_ups_check_a_claim_about_the_issue_and_ask_about_that_time_and_that_decision(engine):
    lead = engine.ask("เรื่องสร้างการรับรู้ ความเข้าใจกฎระเบียบด้านดิจิทัลของบุคลากร ใครเป็นเจ้าภาพหลักคะ")
    claim = engine.ask("ใช่ สนง. ก.พ. ด้วยป่าวคะ", context=lead.context)  # about that issue, not ก.พ.'s own
    assert claim.answer.startswith("ไม่") and "ดศ." in claim.answer, claim.answer
    chair = engine.ask("Who chairs the GCIO committee now?")
    before = engine.ask("and before the 2020 change?", context=chair.context)
    vice = engine.ask("was there a vice chair back then? who was it?", context=before.context)
    assert not vice.abstained and "มนตรีว่าการกระทรวงดิจิทัล" in vice.answer, vice.answer
    bkk = engine.ask(
        "and in Bangkok?", context=engine.ask("Who chairs the provincial CIO committee?").context
    )
    when = engine.ask("which cabinet decision date brought Bangkok into it?", context=bkk.context)
    assert when.answer.startswith("29 กันยายน 2563"), when.answer


def test_follow_ups_about_the_clause_just_quoted(engine):
    role = engine.ask("What new role did the cabinet add for ministry, department and provincial CIOs?")
    example = engine.ask("any example of the urgent situation they had in mind?", context=role.context)
    assert "โคโรนา" in example.answer, example.answer  # from the fuller restatement of the same decision
    systems = engine.ask("ข้อ 2.2 ยกตัวอย่างระบบอะไรไว้มั่งคับ")
    heed = engine.ask("ต้องคำนึงถึงอะไรเพิ่มด้วยนะ", context=systems.context)
    assert "ไซเบอร์" in heed.answer and "e-Office" not in heed.answer, heed.answer
    item = engine.ask("อันที่ 3 ล่ะ", context=engine.ask("การดำเนินการหลักตามข้อ 2.3 อันแรกคืออะไรคะ").context)
    why = engine.ask("ทำไปเพื่ออะไรอ่ะ", context=item.context)
    assert "รวดเร็ว" in why.answer and "พึงพอใจ" in why.answer, why.answer


def test_the_same_seat_elsewhere_the_decisions_counted_and_who_chaired_the_meeting(engine):
    seat = engine.ask("หัวหน้าหน่วยงานการจัดระบบข้อมูลและเทคโนโลยีสารสนเทศของ กทม. มีบทบาทอะไรใน PCIO")
    there = engine.ask("แล้วคนนั้นถ้าเป็นต่างจังหวัดเทียบเท่าใคร", context=seat.context)
    assert not there.abstained and "สถิติจังหวัด" in there.answer, there.answer
    counted = engine.ask("มติ ครม. นี้มีกี่ข้อ อะไรบ้าง")
    assert counted.answer.startswith("3 ข้อ") and "ทบทวน" in counted.answer, counted.answer
    met = engine.ask("ใครเป็นประธานที่ประชุม ครม. ครั้งนั้น", context=counted.context)
    assert "ประยุทธ์" in met.answer, met.answer
    assert (
        "31 มกราคม 2563" in engine.ask("when did the civil service subcommittee approve that change?").answer
    )


def test_a_word_for_a_kind_of_thing_is_no_topic_of_its_own(engine):
    a = engine.ask("ทำไมต้องเร่งปรับเป็น Digital Transformation มีเหตุการณ์อะไรเป็นตัวอย่าง")
    assert not a.abstained and "โคโรนา" in a.answer


def test_where_is_it_after_an_answer_is_where_that_answers_clause_is(engine):
    lead = engine.ask("เรื่องงบสนับสนุนการสร้างระบบดิจิทัล หน่วยไหนรับผิดชอบ")
    where = engine.ask("อยู่ประเด็นที่เท่าไหร่นะ", context=lead.context)  # not a count ("เท่าไหร่")
    assert not where.abstained and "2.2 6)" in where.answer.split("\n")[0]


def test_a_committee_no_resolution_defines_is_refused(engine):
    assert engine.ask("ปธ.คกก.MCIO คือใครครับ").abstained  # not the PCIO or GCIO chair


def test_words_before_the_question_do_not_make_it_a_prediction(engine):
    a = engine.ask("หัวหน้าให้ทำสไลด์ส่งพรุ่งนี้ อยากทราบว่าตอนนี้ ปธ.คกก.GCIO เป็นใคร")
    assert not a.abstained and CURRENT_CHAIR in a.answer.split("\n")[0]


def test_a_level_of_cios_names_its_own_committee(engine):
    # "GCIO ระดับจังหวัด" is the provincial CIOs' committee; all three levels together name none of them
    a = engine.ask("ประธาน GCIO ระดับจังหวัดคือใคร")
    assert "ผู้ว่าราชการจังหวัด" in a.answer and CURRENT_CHAIR not in a.answer
    assert engine.core.frame("GCIO ระดับกระทรวง กรม และจังหวัด มีบทบาทอะไร").committees != ["PCIO"]


def test_like_the_other_provinces_still_asks_about_bangkok(engine):
    a = engine.ask("เลขาฯ PCIO ของ กทม. ใช้หัวหน้าสำนักงานจังหวัดเหมือนจังหวัดอื่นใช่มั้ย")
    assert a.answer.startswith("ไม่ใช่") and "ขับเคลื่อนภารกิจของกรุงเทพมหานคร" in a.answer


def test_when_the_cabinet_decided_is_the_resolution_day_not_a_date_in_its_background(engine):
    a = engine.ask("ครม. มีมติเพิ่มบทบาทให้ GCIO จังหวัดนำ Digital Transformation เมื่อไหร่")
    assert a.answer.startswith("29 กันยายน 2563"), a.answer


def test_since_which_resolution_a_holder_has_a_seat(engine):
    a = engine.ask("ปลัด กทม. ได้เป็นประธาน PCIO ตั้งแต่มติ ครม. วันไหน")
    assert a.answer.startswith("29 กันยายน 2563"), a.answer


def test_chat_spellings_are_read_as_the_words_they_stand_for(engine):
    a = engine.ask("สงป. ได้รับมอบหมายให้เปนเจ้าภาพประเด็นไหนคับ")
    assert not a.abstained and "การสนับสนุนงบประมาณ" in a.answer
    assert engine.ask("WFH กับ BYOD อยุ่ข้อไหนของมติครับ").answer.startswith("อยู่ในข้อ 2.1")


def test_where_a_seat_is_set_is_the_clause_of_that_seat(engine):
    assert engine.ask("การเปลี่ยนประธาน คกก. GCIO เขียนไว้ข้อไหนครับ").answer.startswith("อยู่ในข้อ 1.1")


def test_how_many_of_a_seat_nobody_holds_says_there_is_none(engine):
    a = engine.ask("คกก. GCIO ชุดที่ปรับใหม่ มีรองประธานกี่คนคะ")
    assert not a.abstained and "ไม่มี" in a.answer.split("\n")[0]


def test_a_turn_that_corrects_or_doubts_the_last_answer_keeps_its_seat(engine):
    first = engine.ask("ประธาน GCIO ระดับจังหวัดคือใคร")
    meant = engine.ask("ไม่ใช่ๆ ผมหมายถึงคณะกรรมการ GCIO ระดับชาติ ไม่ใช่จังหวัด", context=first.context)
    assert meant.answer.startswith(f"ประธาน: {CURRENT_CHAIR}"), meant.answer
    doubt = engine.ask("แน่ใจนะ? ไม่ใช่รองนายกเหรอ", context=meant.context)
    assert doubt.answer.startswith("ไม่ใช่") and CURRENT_CHAIR in doubt.answer.split("\n")[0], doubt.answer


def test_a_claim_about_who_proposed_is_judged_against_the_proposer(engine):
    assert engine.ask("คนเสนอเรื่องนี้เข้า ครม. คือ สพร. ใช่ไหม").answer.startswith("ไม่ใช่ — สำนักงาน ก.พ.")
    assert engine.ask("ผู้เสนอเรื่องนี้คือสำนักงาน ก.พ. ใช่ไหม").answer.startswith("ใช่")


def test_which_body_approved_is_not_the_issue_of_the_turn_before(engine):
    lead = engine.ask("สำนักงาน ก.พ. ได้เป็นเจ้าภาพหลักเรื่องอะไร")
    body = engine.ask("เรื่องนี้ผ่านการเห็นชอบจาก อ.ก.พ. ชุดไหน", context=lead.context)
    assert "ทักษะด้านดิจิทัล" in body.answer.split("\n")[0], body.answer


def test_a_yes_no_about_an_amended_duty_is_judged_by_which_wording_it_claims(engine):
    # "ให้ความเห็นชอบ" became "ให้ข้อเสนอแนะหรือคำแนะนำ"; "บริหารจัดการทรัพยากร" is in both wordings
    assert engine.ask("คณะกรรมการ GCIO ยังให้ความเห็นชอบสถาปัตยกรรมองค์กรภาครัฐอยู่ไหม").answer.startswith("ไม่ใช่")
    first = engine.ask("ครม. แก้หน้าที่ของคณะกรรมการ GCIO เรื่องสถาปัตยกรรมองค์กรภาครัฐยังไง")
    now = engine.ask("สรุปคือตอนนี้แค่ให้คำแนะนำ ไม่ได้เห็นชอบแล้ว ใช่ไหม", context=first.context)
    assert now.answer.startswith("ใช่"), now.answer
    kept = engine.ask("ส่วนเรื่องบริหารจัดการทรัพยากรเพื่อใช้ประโยชน์ร่วมกันล่ะ ยังอยู่ในหน้าที่ไหม", context=now.context)
    assert kept.answer.startswith("ใช่"), kept.answer


def test_a_doubted_answer_is_checked_again_and_a_doubt_naming_a_thing_is_a_claim(engine):
    first = engine.ask("ปลัด กทม. ถูกเพิ่มเข้ามาเป็นประธาน PCIO ในมติไหน")
    doubt = engine.ask("แน่ใจนะ ไม่ใช่มติปี 62 ใช่ไหม", context=first.context)
    assert doubt.answer.startswith(messages.RECHECKED), doubt.answer
    assert doubt.answer.split("\n")[1].startswith("29 กันยายน 2563"), doubt.answer  # not the 2019 one
    assert doubt.question == "แน่ใจนะ ไม่ใช่มติปี 62 ใช่ไหม"
    again = engine.ask("are you sure?", context=doubt.context)  # still the same question, in English words
    assert again.answer.startswith(messages.RECHECKED_EN) and "29 กันยายน 2563" in again.answer
    listed = engine.ask("ตัวอย่างระบบในข้อ 2.2 มีอะไรบ้าง")
    claim = engine.ask("e-Edutainment อยู่ในรายการด้วยจริงเหรอ", context=listed.context)
    assert claim.answer.startswith(messages.YES), claim.answer


def test_what_it_used_to_say_after_a_yes_no_about_a_lead_and_an_issue_whose_lead_never_changed(engine):
    claim = engine.ask("สพร. เป็นคนจัดอบรมหลักสูตร GCIO ใช่มั้ยครับ")
    why = engine.ask("ทำไมต้องไปแก้ถ้อยคำตรงนั้นด้วย", context=claim.context)
    assert "รอส." in why.answer and not why.answer.rstrip().endswith("ดังนี้"), why.answer
    before = engine.ask("เดิมเขียนไว้ว่ายังไง", context=claim.context)
    assert "โครงการอบรม" in before.answer and not before.answer.startswith(messages.YES), before.answer
    lead = engine.ask("ใครเป็นเจ้าภาพเรื่องงบประมาณ")
    earlier = engine.ask("เดิมล่ะ", context=lead.context)
    assert earlier.answer.startswith("มติที่มีอยู่ไม่ได้เปลี่ยนผู้รับผิดชอบหลัก"), earlier.answer
    assert "สำนักงบประมาณ" in earlier.answer and "29 กันยายน 2563" in earlier.answer


def test_a_question_in_a_replaced_rules_words_in_english_is_answered_by_the_rule_in_force(engine):
    answer = engine.ask("Does the GCIO committee still approve the government enterprise architecture?")
    assert answer.answer.startswith("No (ไม่ใช่) — ให้ข้อเสนอแนะ"), answer.answer


def test_what_a_clause_asks_of_all_its_examples_and_who_chaired_the_cabinet_meeting(engine):
    cond = engine.ask("ตอนพัฒนาระบบ e-Service ต้องคำนึงถึงอะไรบ้าง").answer
    assert cond.startswith("โดยให้มีการพิจารณาถึงความต้องการในการใช้งาน") and "ไซเบอร์" in cond, cond
    manner = engine.ask("การวางแนวทาง New Normal ต้องทำในลักษณะไหน").answer
    assert manner.startswith("โดยให้ดำเนินการให้สอดคล้องกันอย่างเป็นระบบ"), manner
    chair = engine.ask("ประชุม ครม. วันนั้นใครเป็นประธาน").answer
    assert chair.startswith("พลเอก ประยุทธ์ จันทร์โอชา (นายกรัฐมนตรี)"), chair
    assert "ประยุทธ์" not in engine.ask("ครม. มีมติให้ใครเป็นประธาน GCIO").answer  # a committee's chair
    assert "ประยุทธ์" not in engine.ask("รองนายกฯ เป็นประธานอะไร").answer


def test_a_claim_heard_somewhere_and_a_list_item_no_text_ended(engine):
    heard = engine.ask("ได้ยินว่า BYOD ถูกยกเลิกแล้ว จริงป่าวครับ")
    assert not heard.abstained and heard.answer.startswith(messages.NO), heard.answer  # still listed
    decided = engine.ask("ครม. มีมติเรื่องนี้กี่ข้อ มีอะไรบ้างคะ").answer
    assert decided.startswith("3 ข้อ") and "รับทราบ" in decided
    assert "ปลัดกรุงเทพมหานคร" in engine.ask("ขอ list ตำแหน่งใน PCIO ที่เป็นของ กทม. หน่อยค่ะ").answer


def test_a_follow_up_on_examples_and_one_standing_in_for_a_holder(engine):
    first = engine.ask("ข้อ 3 ที่ว่าเพิ่มบทบาท คือให้ GCIO เป็นผู้นำเรื่องอะไร")
    examples = engine.ask("มีการยกตัวอย่างเหตุเร่งด่วนไว้ด้วยมั้ย อะไร", context=first.context).answer
    assert "โคโรนา" in examples  # the restatement elsewhere that gives them
    chair = engine.ask("ใครเป็นประธาน PCIO")
    stand_in = engine.ask("ถ้าผู้ว่าไม่ว่าง ให้คนอื่นเป็นแทนได้มั้ยคะ", context=chair.context).answer
    assert "รองผู้ว่าราชการจังหวัด" in stand_in
    gcio = engine.ask("ประธานคณะกรรมการ GCIO ใครคะ")
    province = engine.ask("อ๊ะ ขอโทษค่ะ หมายถึงของระดับจังหวัด", context=gcio.context).answer
    assert "ผู้ว่าราชการจังหวัด" in province


def test_readiness_is_a_topic_word_that_picks_the_issue_a_claim_names(engine):
    # "พร้อม" is a general Thai stopword; here it names the readiness issue, not the platform one
    wrong = engine.ask("สพร. เป็นเจ้าภาพเรื่องพัฒนาบุคลากรให้พร้อมทำงานแบบดิจิทัล ใช่ไหมคะ").answer
    assert wrong.startswith(messages.NO) and "สำนักงาน ก.พ." in wrong, wrong
    right = engine.ask("สำนักงาน ก.พ. เป็นเจ้าภาพเรื่องพัฒนาบุคลากรให้พร้อมทำงานแบบดิจิทัล ใช่ไหม").answer
    assert right.startswith(messages.YES), right


def test_a_checked_claim_and_a_bare_numbered_issue_follow_the_conversation(engine):
    # "แน่ใจนะว่า...": a claim about the last answer's issue, checked against it, not a new topic
    lead = engine.ask("แพลตฟอร์มดิจิทัลสำหรับการปฏิบัติงานของบุคลากรภาครัฐ ใครเป็นเจ้าภาพครับ")
    sure = engine.ask("แน่ใจนะว่ามี ดศ. ด้วย ไม่ใช่ สพร. เจ้าเดียว?", context=lead.context)
    assert sure.answer.startswith(messages.YES) and "ดศ." in sure.answer
    # "ส่วนประเด็นที่ 6 ล่ะ": issue 6's lead, as the last turns asked about a lead
    other = engine.ask("ส่วนประเด็นที่ 6 ล่ะ", context=lead.context)
    assert "สำนักงบประมาณ" in other.answer.split("\n")[0]


def test_words_a_text_says_inside_longer_ones_are_no_new_topic(engine):
    # "ความเร็ว" where the text says "ความรวดเร็ว"; "คร่าวๆ"; "e-xxx" as a pattern for the names asked
    assert "ความรวดเร็ว" in engine.ask("ประเมินประสิทธิภาพการทำงานด้วยดิจิทัล นอกจากเรื่องความเร็วแล้วดูอะไรอีก").answer
    assert "e-Meeting" in engine.ask("ขอรายชื่อระบบ e-xxx ที่มติยกตัวอย่างไว้ทั้งหมด").answer
    assert engine.ask("น้ำท่วมต้องทำอย่างไร").abstained  # a word no text says, in any longer word either
