"""Title, date and amends guessed from a resolution's own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.core.models import Document, DocumentMeta
from bot.ingest.guess import guess

from .conftest import seed_body


def _doc(doc_id: str, date: dt.date) -> Document:
    return Document(
        meta=DocumentMeta(id=doc_id, title="t", date=date), body="", path=f"{doc_id}.md", body_line=1
    )


OLD = _doc("cabinet-2019-11-26-gcio", dt.date(2019, 11, 26))


def test_the_seed_resolution() -> None:
    g = guess(seed_body(), [OLD])
    assert g.title and g.title.startswith("การดำเนินงานตามมติคณะรัฐมนตรีเมื่อวันที่ 26 พฤศจิกายน 2562")
    # the cabinet meeting's date, not the sub-committee meetings of 2563 nor the amended resolution
    assert g.date == dt.date(2020, 9, 29)
    assert g.date_evidence is not None and g.date_evidence.written == "29 กันยายน 2563"
    assert [(a.date, a.doc_ids) for a in g.amends] == [(dt.date(2019, 11, 26), ["cabinet-2019-11-26-gcio"])]


def test_thai_digits_and_be_marks() -> None:
    text = (
        "มติคณะรัฐมนตรี วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๗\n"
        "เรื่อง การแต่งตั้งคณะอนุกรรมการ\n"
        "คณะรัฐมนตรีมีมติให้ปรับปรุงมติคณะรัฐมนตรีเมื่อวันที่ 29 กันยายน 2563 และมติคณะรัฐมนตรี (26 พฤศจิกายน 2562)\n"
        "ทั้งนี้ ให้รายงานผลภายในวันที่ 30 มิถุนายน 2567\n"
    )
    g = guess(text, [OLD, _doc("cabinet-2020-09-29-gcio", dt.date(2020, 9, 29))])
    assert g.title == "การแต่งตั้งคณะอนุกรรมการ"
    assert g.date == dt.date(2024, 3, 12)  # the cabinet's own date beats a later deadline
    assert [(a.date, a.doc_ids) for a in g.amends] == [
        (dt.date(2020, 9, 29), ["cabinet-2020-09-29-gcio"]),
        (dt.date(2019, 11, 26), ["cabinet-2019-11-26-gcio"]),
    ]


def test_without_a_cabinet_cue_the_latest_date_that_is_no_citation() -> None:
    text = "เรื่อง ทดสอบ\nตามมติคณะรัฐมนตรี (26 พฤศจิกายน 2562)\nประชุมครั้งที่ 1/2567 เมื่อวันที่ 5 มกราคม 2567\nลงวันที่ 9 มกราคม 2567\n"
    g = guess(text, [])
    assert g.date == dt.date(2024, 1, 9)
    # cited, but not in knowledge/
    assert [(a.date, a.doc_ids) for a in g.amends] == [(dt.date(2019, 11, 26), [])]


def test_no_date_no_title() -> None:
    g = guess("ข้อความภาษาไทยที่ไม่มีวันที่", [])
    assert g.date is None and g.title is None and not g.amends


def test_project_files_are_untouched() -> None:
    assert Path(__file__).parents[2].joinpath("knowledge", "2020-09-29-gcio-review.md").is_file()
