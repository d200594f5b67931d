"""Turns on the seed that the last blind round brought: a reason asked of a decision whose own words lack it,
a claim about what a duty used to be, the wording now after the wording then, the future the text itself
speaks of, a year's holder and today's in one question, and a name the text does give."""

from __future__ import annotations

from bot.core import messages


def test_a_reason_asked_of_a_decision_is_found_where_the_background_restates_it(engine):
    role = engine.ask(
        "What new role did the 2020 resolution give ministry, department and province level CIOs?"
    )
    why = engine.ask("Was Covid the reason for it?", context=role.context)
    assert "โคโรนา" in why.answer and "เพื่อรองรับ" in why.answer, why.answer


def test_a_claim_about_what_a_duty_used_to_be_gets_the_old_wording_and_the_new(engine):
    duty = engine.ask("เรื่องสถาปัตยกรรมองค์กรภาครัฐ คกก.GCIO ทำหน้าที่อะไรคะ")
    claim = engine.ask("เมื่อก่อนมันเป็นอำนาจเห็นชอบเลยไม่ใช่เหรอ", context=duty.context)
    assert "ให้ความเห็นชอบ" in claim.answer and "ข้อเสนอแนะ" in claim.answer, claim.answer


def test_the_wording_now_comes_first_when_asked_what_it_was_changed_to(engine):
    old = engine.ask("มติปี62 เดิมเขียนเรื่องหลักสูตร GCIO ที่ให้ สพร.รับผิดชอบว่ายังไงนะ")
    new = engine.ask("แล้วเปลี่ยนเป็นว่า?", context=old.context)
    lines = new.answer.split("\n")
    assert "ฝึกอบรม" in lines[0] and "โครงการอบรม" in new.answer.split("\n", 1)[1], new.answer


def test_the_future_a_clause_speaks_of_is_no_forecast_but_a_forecast_still_is(engine):
    allow = engine.ask("ส่วน 2.2 ต้องเผื่ออะไรไว้บ้างในอนาคต")
    assert "ไซเบอร์" in allow.answer and not allow.abstained, allow.answer
    forecast = engine.ask("ในอนาคตจะมีคณะกรรมการใหม่ไหม")
    assert forecast.abstained, forecast.answer


def test_a_year_asked_and_now_asked_in_one_question_gets_both(engine):
    both = engine.ask(
        "Before the 2020 change, who was vice-chair of the GCIO committee, and is there one now?"
    )
    first, *rest = both.answer.split("\n")
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัล" in first or "มนตรีว่าการกระทรวงดิจิทัล" in first, both.answer
    assert any(line.startswith("Now:") and "ไม่มีการกำหนด" in line for line in rest), both.answer


def test_a_name_the_text_gives_is_answered_and_one_it_does_not_is_still_refused(engine):
    date = engine.ask("มติ ครม. ที่แก้แนวทาง GCIO ออกเมื่อไหร่ครับ")
    pm = engine.ask("นายกฯ ตอนนั้นคือใคร", context=date.context)
    assert "ประยุทธ์" in pm.answer, pm.answer
    chair = engine.ask("ประธาน GCIO ชื่ออะไร")
    assert chair.answer.startswith(messages.NAME_MISSING), chair.answer


def test_the_whole_composition_after_one_seat_and_the_other_committees_after_it(engine):
    seat = engine.ask("ผู้ช่วยเลขา PCIO ใคร")
    whole = engine.ask("โอเคครับ งั้นขอองค์ประกอบ PCIO ที่ปรับใหม่ครบๆเลย", context=seat.context)
    assert "ประธาน" in whole.answer and "เลขานุการ" in whole.answer and "ผู้ว่าราชการ" in whole.answer, (
        whole.answer
    )
    other = engine.ask("แล้วของ GCIO ล่ะ", context=whole.context)
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัล" in other.answer and "ประธาน" in other.answer, other.answer


def test_a_review_of_a_dated_resolution_is_the_later_one(engine):
    review = engine.ask("มติที่ทบทวนแนวทาง GCIO ของ 26 พ.ย. 62 ออกมาวันไหนครับ")
    assert review.answer.startswith("29 กันยายน 2563"), review.answer


def test_the_first_step_asked_is_the_step_a_follow_up_means(engine):
    first = engine.ask("ข้อ 2.3 ให้หน่วยงานทำอะไรเป็นอย่างแรกครับ")
    why = engine.ask("whats the point of that step?", context=first.context)
    assert "ภาพรวม" in why.answer, why.answer
