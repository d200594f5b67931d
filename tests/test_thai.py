import datetime as dt

from bot.thai import Glossary, ThaiText, normalize, parse_thai_date, thai_date

GLOSSARY = Glossary.from_mapping(
    {"สพร.": "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "ก.พ.": "สำนักงานคณะกรรมการข้าราชการพลเรือน",
     "ก.พ.ร.": "สำนักงานคณะกรรมการพัฒนาระบบราชการ", "chair": "ประธาน", "vice chair": "รองประธาน"}
)  # fmt: skip


def test_normalize_removes_control_zero_width_and_orphan_marks_but_keeps_thai_words():
    assert normalize("ผู้ช่วย\u200bเลขานุการ\x07 ครั้งที่ 6/2563") == "ผู้ช่วยเลขานุการ ครั้งที่ 6/2563"
    assert normalize("\u0e49\u0e48abc") == "abc"  # tone marks with no consonant before them
    assert normalize("  a \t b  ") == "a b"


def test_tokens_keep_glossary_abbreviations_whole_and_drop_their_dots():
    thai = ThaiText(GLOSSARY)
    tokens = thai.tokens("ให้ สพร. และ ก.พ.ร. ดำเนินการ")
    assert "สพร" in tokens and "กพร" in tokens
    assert "สพ" not in tokens


def test_glossary_matches_longest_key_first_and_latin_keys_as_words():
    found = [k for k, _, _ in GLOSSARY.find("ก.พ.ร. กับ ก.พ. and the vice chair")]
    assert found == ["ก.พ.ร.", "ก.พ.", "vice chair"]
    assert GLOSSARY.find("chairman") == []  # "chair" inside another English word is not the key


def test_expand_appends_full_names_for_matching():
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" in GLOSSARY.expand("สพร. ทำอะไร")
    assert GLOSSARY.expand("ไม่มีตัวย่อ") == "ไม่มีตัวย่อ"


def test_spell_out_names_an_abbreviation_once():
    out = GLOSSARY.spell_out("สพร. และ สพร.")
    assert out.count("สำนักงานพัฒนารัฐบาลดิจิทัล") == 1


def test_thai_dates_round_trip_through_the_buddhist_era():
    assert parse_thai_date("เมื่อวันที่ 26 พฤศจิกายน 2562") == dt.date(2019, 11, 26)
    assert parse_thai_date("ไม่มีวันที่") is None
    assert thai_date(dt.date(2020, 9, 29)) == "29 กันยายน 2563"
