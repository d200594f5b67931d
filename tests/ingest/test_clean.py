"""Each PDF artefact, on small real strings (the PUA forms are what Chromium + a Thai font produce)."""

from __future__ import annotations

import pytest

from bot.ingest.clean import CleanReport, clean, drop_furniture, fix_glyphs, join_wrapped, remove_split_spaces

from .conftest import seed_body


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ผ\uf70bูบริหาร", "ผู้บริหาร"),  # shifted mai tho before sara uu (also wrong order)
        ("หน\uf70aวยงาน", "หน่วยงาน"),  # shifted mai ek
        ("องค\uf70eกร", "องค์กร"),  # shifted thanthakhat
        ("ป\uf713า", "ป่า"),  # left-shifted mai ek
        ("\uf700าน", "ฐาน"),  # tho than without its tail
        ("ท\uf718\uf70aง", "ทุ่ง"),  # lowered sara u + lowered mai ek
    ],
)
def test_pua_glyph_forms_map_back(raw: str, expected: str) -> None:
    out = clean([raw], laid_out=False)
    assert out.text == expected
    assert out.report.glyphs_mapped == sum(0xF700 <= ord(c) <= 0xF71A for c in raw)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ท\u0e4d\u0e32ให\u0e49", "ทำให้"),  # nikhahit + sara aa
        ("น\u0e4d\u0e49\u0e32", "น้ำ"),  # nikhahit, tone mark, sara aa
        ("จ\u0e4d\u0e32น\u0e4d\u0e32", "จำนำ"),
        ("ส\uf711\u0e32นักงาน", "สำนักงาน"),  # a shifted nikhahit too
    ],
)
def test_sara_am_is_rebuilt(raw: str, expected: str) -> None:
    assert clean([raw], laid_out=False).text == expected


def test_ligatures_become_letters_and_sara_am_survives() -> None:
    text, _ = fix_glyphs("Chief Information Oﬃcer ﬁle ทำ")
    assert text == "Chief Information Officer file ทำ"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ก ารประชุม", "การประชุม"),  # a word never starts with a following vowel
        ("เป ็น", "เป็น"),  # nor with a combining mark
        ("เ ป็นประธาน", "เป็นประธาน"),  # a word never ends with a leading vowel
        ("ผู ้บริหาร", "ผู้บริหาร"),
    ],
)
def test_spaces_that_split_a_word_always_go(raw: str, expected: str) -> None:
    assert remove_split_spaces(raw)[0] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("เทคโนโล ยีสารสนเทศ", "เทคโนโลยีสารสนเทศ"),
        ("รัฐมน ตรีว่าการ", "รัฐมนตรีว่าการ"),
        ("คณะกรรม การ GCIO", "คณะกรรมการ GCIO"),
        # spaces between phrases stay, even where the two words also make a compound
        ("ภาครัฐ ซึ่งเป็น", "ภาครัฐ ซึ่งเป็น"),
        ("กฎ ระเบียบ", "กฎ ระเบียบ"),
        ("ดำเนินงาน การประหยัด", "ดำเนินงาน การประหยัด"),
        ("ต่าง ๆ", "ต่าง ๆ"),
        ("สำนักงาน ก.พ. รายงานว่า", "สำนักงาน ก.พ. รายงานว่า"),
    ],
)
def test_dictionary_judges_the_other_spaces(raw: str, expected: str) -> None:
    assert remove_split_spaces(raw, dictionary=True)[0] == expected


def test_dictionary_never_touches_the_seed_resolution() -> None:
    lines = seed_body().split("\n")
    assert [remove_split_spaces(line, dictionary=True)[0] for line in lines] == lines


def test_page_numbers_and_repeated_headers_and_footers_go() -> None:
    header, lead = "มติคณะรัฐมนตรี 12 มีนาคม 2567", "ดศ. สพร. และหน่วยงานที่เกี่ยวข้อง"
    pages = [
        [header, "1. ให้ สพร. เป็นประธาน", lead, "2. ข้อ", "หน้า 1/3"],
        [header, "- 2 -", lead, "3. ข้อ", "4. ข้อ", "5. ข้อ", "6. ข้อ", lead, "หน้า 2/3"],
        [header, "7. ข้อ", "8. ข้อ", "9. ข้อ", "10. ข้อ", "11. ข้อ", "หน้า ๓", "สำนักเลขาธิการคณะรัฐมนตรี"],
    ]
    report = CleanReport()
    out = drop_furniture(pages, report)
    assert out[0] == ["1. ให้ สพร. เป็นประธาน", lead, "2. ข้อ"]
    assert out[1] == [lead, "3. ข้อ", "4. ข้อ", "5. ข้อ", "6. ข้อ", lead]  # recurs, but at no fixed place
    assert out[2] == ["7. ข้อ", "8. ข้อ", "9. ข้อ", "10. ข้อ", "11. ข้อ", "สำนักเลขาธิการคณะรัฐมนตรี"]
    assert report.furniture.count(header) == 3
    assert {"หน้า 1/3", "- 2 -", "หน้า 2/3", "หน้า ๓"} <= set(report.furniture)


def test_wrapped_lines_join_and_clauses_keep_their_lines() -> None:
    # "" is a paragraph gap the PDF showed; Thai digits stay as written.
    lines = [
        "เรื่อง การปรับปรุงแนวทางการบริหารจัดการผู้บริหารเทคโนโลยี",
        "สารสนเทศระดับสูงภาครัฐ",
        "",
        "ข้อ ๑ ให้ปรับปรุงองค์ประกอบของคณะกรรมการ GCIO ดังนี้",
        "",
        "(1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "เป็นประธาน",
        "",
        "ก. ให้ สพร. เป็นเลขานุการ",
        "",
        "ถ้อยคำที่ขอปรับในครั้งนี้",
        "",
        "1.1 ข้อความที่ยาวมากจนต้องขึ้น",
        "บรรทัดใหม่ in English",
    ]
    report = CleanReport()
    assert join_wrapped(lines, report) == [
        "เรื่อง การปรับปรุงแนวทางการบริหารจัดการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ",
        "ข้อ ๑ ให้ปรับปรุงองค์ประกอบของคณะกรรมการ GCIO ดังนี้",
        "(1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเป็นประธาน",
        "ก. ให้ สพร. เป็นเลขานุการ",
        "ถ้อยคำที่ขอปรับในครั้งนี้",
        "1.1 ข้อความที่ยาวมากจนต้องขึ้นบรรทัดใหม่ in English",
    ]
    assert report.lines_joined == 3


def test_without_paragraph_gaps_a_line_joins_only_when_the_next_word_did_not_fit() -> None:
    full = "ก" * 60
    lines = [full, "ต่อท้ายบรรทัด", "สั้น", "หัวข้อใหม่", full, "1) ข้อใหม่"]
    assert join_wrapped(lines, CleanReport()) == [full + "ต่อท้ายบรรทัด", "สั้น", "หัวข้อใหม่", full, "1) ข้อใหม่"]


def test_text_files_keep_their_lines() -> None:
    body = seed_body().strip()
    out = clean([body], laid_out=False)
    assert out.text == "\n".join(line.strip() for line in body.split("\n") if line.strip())
    assert out.report.lines_joined == 0
