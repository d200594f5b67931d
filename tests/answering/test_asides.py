"""The asking part of a message: why someone asks is no topic of the question."""

from __future__ import annotations

from bot.answering.asides import asking_part, sentences


def test_a_reason_after_the_question_is_an_aside():
    text = "เลขาฯ คกก. PCIO คือใครครับ ผมต้องประสานเรื่องวาระประชุมไตรมาสหน้า ไม่แน่ใจว่าต้องส่งเรื่องไปที่ใคร"
    asking = asking_part(text)
    assert "ไตรมาส" not in asking and "PCIO" in asking and "ส่งเรื่องไปที่ใคร" in asking


def test_a_purpose_clause_and_an_english_afterthought_are_asides():
    assert "จะได้" not in asking_part("ปธ. GCIO ยังเป็นรองนายกฯ อยู่ป่าวคะ เห็นในเอกสารเก่าปี 62 จะได้แก้ผังถูก")
    english = asking_part("GCIO chair = the Deputy PM, correct? just double checking before I send the memo")
    assert english.endswith("correct?")


def test_the_story_before_a_request_to_know_is_an_aside():
    text = "ผมเป็นเจ้าหน้าที่ไอทีของกรม ปีหน้าจะทำระบบใหม่ และต้องขอตั้งงบ อยากทราบว่าใครเป็นเจ้าภาพเรื่องงบประมาณครับ"
    assert asking_part(text).startswith("อยากทราบว่าใครเป็นเจ้าภาพ")


def test_a_plain_question_is_kept_whole():
    for text in ("ใครเป็นประธานคณะกรรมการ GCIO", "ประธาน PCIO คือใคร ของกทม.ล่ะ", "สพร. ย่อมาจากอะไร"):
        assert asking_part(text) == text
    assert sentences("ใครเป็นประธานครับ แล้วเลขาฯ ล่ะ") == ["ใครเป็นประธานครับ", "แล้วเลขาฯ ล่ะ"]
