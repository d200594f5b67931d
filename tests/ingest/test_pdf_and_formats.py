"""A real PDF (Thai printed by headless Chromium) imported end to end, and the same resolution
brought as .txt, .docx and .pdf compared fact by fact with the project's own .md."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.ingest import prepare

from .conftest import KNOWLEDGE, SEED_ID, SEED_MD, seed_body
from .helpers import fact_keys, matched
from .test_import import _front, _seed_docx

runner = CliRunner()
KEY_PHRASES = [
    "1) รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธาน",
    "2) ไม่มีการกำหนดตำแหน่งรองประธานและองค์ประกอบอื่นเป็นไปตามเดิม",
    "ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร หรือรองผู้ว่าราชการจังหวัด/รองปลัดกรุงเทพมหานครที่ได้รับมอบหมาย เป็นประธาน",
    "3) สถิติจังหวัด/หัวหน้าหน่วยงานการจัดระบบข้อมูลและเทคโนโลยีสารสนเทศของกรุงเทพมหานคร เป็นผู้ช่วยเลขานุการ",
    "สำนักงบประมาณ (สงป.)",
    "ระบบ e - Office ระบบ e - Saraban",
    "ที่มา: ที่ประชุมคณะรัฐมนตรี พลเอก ประยุทธ์ จันทร์โอชา (นายกรัฐมนตรี) วันที่ 29 กันยายน 2563",
]


def test_chromium_pdf_import_reads_the_thai_and_the_facts(kb, seed_pdf) -> None:
    out = runner.invoke(app, ["knowledge", "add", str(seed_pdf)])
    assert out.exit_code == 0, out.output
    path = kb / "2020-09-29-seed.md"
    text = path.read_text(encoding="utf-8")
    front = _front(path)
    assert front["date"].isoformat() == "2020-09-29" and front["amends"] == ["cabinet-2019-11-26-gcio"]
    for phrase in KEY_PHRASES:
        assert phrase in text, phrase
    assert not re.search("[\uf700-\uf71a\ufb00-\ufb06]", text)  # no glyph forms, no ligatures
    lines = text.split("\n")
    for furniture in ("สำนักเลขาธิการคณะรัฐมนตรี", "- 2 -", "- 6 -"):  # running header, page numbers
        assert furniture not in lines
    assert not any(line.startswith("file://") or re.match(r"\d+/\d+/\d+, ", line) for line in lines)
    # as many lines as the source: every clause on its own line, every wrapped line joined back
    assert len(text.split("---\n", 2)[2].strip().split("\n")) == len(seed_body().strip().split("\n"))
    assert (
        "page numbers/headers/footers dropped" in out.stdout and "replaces quoted old wording" in out.stdout
    )
    reference = fact_keys(KNOWLEDGE, SEED_ID, spaces=False)
    found = fact_keys(kb, front["id"], spaces=False)
    assert found["roles"] == reference["roles"]
    assert found["leads"] == reference["leads"]


def _compare(kb_root: Path, source: Path, reference: dict, loose_reference: dict) -> tuple[int, int, int]:
    """Import into a fresh copy of kb_root; (exact matches, space-insensitive matches, total)."""
    root = kb_root.parent / f"kb-{source.stem}-{source.suffix[1:]}"
    shutil.copytree(kb_root, root)
    plan = prepare(source, root)
    plan.target.write_text(plan.markdown, encoding="utf-8")
    exact, total = matched(fact_keys(root, plan.meta.id), reference)
    loose, _ = matched(fact_keys(root, plan.meta.id, spaces=False), loose_reference)
    return exact, loose, total


def test_formats_match_the_markdown_fact_for_fact(kb, tmp_path, seed_pdf, capsys) -> None:
    """The held-out-style check: one resolution, four ways in, the facts the bot reads from each."""
    reference = fact_keys(KNOWLEDGE, SEED_ID)
    loose_reference = fact_keys(KNOWLEDGE, SEED_ID, spaces=False)
    sources = {"md (as kept)": tmp_path / "seed.md", ".txt": tmp_path / "seed.txt"}
    shutil.copy(SEED_MD, sources["md (as kept)"])
    sources[".txt"].write_text(seed_body(), encoding="utf-8")
    sources[".docx"] = tmp_path / "seed.docx"
    _seed_docx(sources[".docx"], table=False)
    sources[".docx, Word tables"] = tmp_path / "seedtables.docx"
    _seed_docx(sources[".docx, Word tables"], table=True)
    sources[".pdf (Chromium)"] = seed_pdf
    results = {name: _compare(kb, path, reference, loose_reference) for name, path in sources.items()}
    with capsys.disabled():
        print("\nfacts of the seed resolution read back after import (roles + lead agencies + measures):")
        for name, (exact, loose, total) in results.items():
            print(f"  {name:20} exact {exact}/{total}   ignoring spaces {loose}/{total}")
    total = results[".txt"][2]
    assert results["md (as kept)"][0] == results[".txt"][0] == results[".docx"][0] == total
    assert results[".pdf (Chromium)"][1] >= total - 2
    assert results[".docx, Word tables"][1] >= total - 3


@pytest.mark.parametrize("margin", ["0"], ids=["no-paragraph-spacing"])
def test_pdf_without_paragraph_spacing_still_keeps_the_roles(kb, tmp_path, margin) -> None:
    """Paragraph gaps are the surest sign of where a line ends; without them, widths decide."""
    from .conftest import print_pdf, seed_html

    page = seed_html(seed_body()).replace("p{margin:0 0 .5em 0}", f"p{{margin:{margin}}}")
    pdf = print_pdf(page, tmp_path / "tight.pdf")
    plan = prepare(pdf, kb)
    plan.target.write_text(plan.markdown, encoding="utf-8")
    reference = fact_keys(KNOWLEDGE, SEED_ID, spaces=False)
    found = fact_keys(kb, plan.meta.id, spaces=False)
    assert found["roles"] == reference["roles"]
    assert len(found["leads"] & reference["leads"]) >= len(reference["leads"]) - 1


def test_text_copied_out_of_a_pdf_is_unwrapped_too(kb, tmp_path, seed_pdf) -> None:
    """A .txt saved from a PDF viewer: hard-wrapped lines, PUA glyph forms, no paragraph gaps,
    pages split by form feeds (as pdftotext writes them), headers and page numbers on each."""
    from bot.ingest.extract import extract

    pages = ["\n".join(ln for ln in page.split("\n") if ln.strip()) for page in extract(seed_pdf).pages]
    src = tmp_path / "pasted.txt"
    src.write_text("\f".join(pages), encoding="utf-8")
    plan = prepare(src, kb)
    assert plan.report.glyphs_mapped > 100 and plan.report.lines_joined > 30
    assert "- 2 -" in plan.report.furniture and "สำนักเลขาธิการคณะรัฐมนตรี" in plan.report.furniture
    plan.target.write_text(plan.markdown, encoding="utf-8")
    reference = fact_keys(KNOWLEDGE, SEED_ID, spaces=False)
    found = fact_keys(kb, plan.meta.id, spaces=False)
    assert found["roles"] == reference["roles"]
    assert len(found["leads"] & reference["leads"]) >= len(reference["leads"]) - 1
