"""End to end on the real resolution: turns that lean on the last answer, and phrasings that name what they ask
in other words (a name, the original resolution, a meeting's venue, every seat, a purpose, whose duty).

The questions are written for these tests, not taken from any evaluation set.
"""

from bot.core import messages


def test_a_persons_name_is_not_in_a_text_that_names_positions(engine):
    chair = engine.ask("ตอนนี้ใครเป็นประธานคณะกรรมการ GCIO")
    for asked in ("แล้วท่านนั้นชื่อไรครับ", "and what's his name? name pls"):
        a = engine.ask(asked, context=chair.context)
        assert a.abstained, asked
    # a body's name is in the text, so it is answered
    assert not engine.ask("คณะกรรมการที่ดูแลระดับจังหวัดชื่อเต็มว่าอะไร").abstained


def test_the_original_resolution_is_the_first_one(engine):
    newer = engine.ask("มติที่ปรับปรุงแนวทาง GCIO ออกเมื่อไหร่")
    a = engine.ask("แล้วมติต้นฉบับล่ะ วันไหน", context=newer.context)
    assert not a.abstained and "26 พฤศจิกายน 2562" in a.answer
    assert "26 พฤศจิกายน 2562" in engine.ask("มติแรกสุดลงวันที่เท่าไร").answer


def test_a_claim_about_an_issue_named_by_its_number(engine):
    first = engine.ask("ประเด็นที่ 1 ใครเป็นเจ้าภาพ")
    a = engine.ask("อันที่สี่เป็น สนง.ก.พ. ใช่มั้ย", context=first.context)
    assert a.answer.startswith(messages.YES) and "การสร้างความพร้อม" in a.answer
    a = engine.ask("ประเด็นที่ 6 เป็นของ ดศ. ใช่ไหม")
    assert a.answer.startswith(messages.NO) and "สำนักงบประมาณ" in a.answer


def test_every_seat_of_bangkoks_committee_after_its_composition(engine):
    composition = engine.ask("องค์ประกอบ PCIO ปรับยังไงบ้าง")
    a = engine.ask("ขอครบทุกตำแหน่งของ กทม. หน่อย", context=composition.context)
    for holder in ("ปลัดกรุงเทพมหานคร", "ขับเคลื่อนภารกิจของกรุงเทพมหานคร", "จัดระบบข้อมูล"):
        assert holder in a.answer


def test_what_a_step_is_for_after_the_step(engine):
    step = engine.ask("ข้อ 2.3 ขั้นที่สองทำอะไร")
    a = engine.ask("ทำไปเพื่อไร", context=step.context)
    assert "เพื่อนำข้อมูลมาประกอบ" in a.answer


def test_where_a_meeting_was_held_is_not_in_the_text(engine):
    meetings = engine.ask("อ.ก.พ. วิสามัญฯ ประชุมครั้งไหนบ้างเรื่องบทบาท GCIO")
    a = engine.ask("ครั้งนั้นประชุมกันที่ไหน ห้องอะไร", context=meetings.context)
    assert a.abstained


def test_whose_duty_a_listed_duty_is(engine):
    a = engine.ask("ใครต้องวางแนวทางสนับสนุนการทำงานแบบวิถีใหม่")
    assert "GCIO" in a.answer.split("\n")[0]


def test_what_must_be_kept_in_mind_across_the_examples(engine):
    a = engine.ask("พัฒนาระบบ e-Meeting ต้องคิดถึงอะไรบ้าง")
    assert "ความต้องการ" in a.answer and "ไซเบอร์" in a.answer


def test_two_years_compared_is_what_the_later_one_changed(engine):
    a = engine.ask("PCIO ปี 62 กับปี 63 องค์ประกอบต่างกันยังไง")
    assert "29 กันยายน 2563" in a.answer and "กรุงเทพมหานคร" in a.answer
