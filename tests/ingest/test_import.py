"""`gcio-bot knowledge add` end to end, into a scratch knowledge folder: .txt, .docx, bad files."""

from __future__ import annotations

import shutil

import pytest
import yaml
from typer.testing import CliRunner

from bot.cli import app
from bot.ingest.docx_text import docx_lines

from .conftest import KNOWLEDGE, SEED_ID, seed_body
from .helpers import fact_keys, matched

runner = CliRunner()


def _files(root) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def _front(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


@pytest.fixture
def reference(tmp_path_factory):
    """Facts the bot reads from the seed resolution as the project keeps it (.md)."""
    return fact_keys(KNOWLEDGE, SEED_ID)


def test_txt_import_writes_a_valid_file_with_the_same_facts(kb, tmp_path, reference) -> None:
    src = tmp_path / "มติ ครม 29 ก.ย. 63.txt"
    src.write_text(seed_body(), encoding="utf-8")
    before = _files(kb)
    out = runner.invoke(app, ["knowledge", "add", str(src)])
    assert out.exit_code == 0, out.output
    new = sorted(set(_files(kb)) - set(before))
    assert new == ["2020-09-29-government-chief-information-officer.md"]  # the title's Latin words
    front = _front(kb / new[0])
    assert front["date"].isoformat() == "2020-09-29"
    assert front["amends"] == ["cabinet-2019-11-26-gcio"]
    assert front["title"].startswith("การดำเนินงานตามมติคณะรัฐมนตรีเมื่อวันที่ 26 พฤศจิกายน 2562")
    # what it changes, shown before any build: the chair it sets and the old one it replaces
    assert "คณะกรรมการ GCIO · ประธาน: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in out.stdout
    assert "replaces quoted old wording: คณะกรรมการ GCIO · ประธาน: รองนายกรัฐมนตรี" in out.stdout
    assert "สำนักงบประมาณ (สงป.)" in out.stdout
    found = fact_keys(kb, front["id"])
    hit, total = matched(found, reference)
    assert total >= 20 and hit == total, (found, reference)
    # and `knowledge roles` reads the new file like any other
    roles = runner.invoke(app, ["knowledge", "roles"])
    assert roles.exit_code == 0 and new[0] in roles.stdout


def test_dry_run_prints_everything_and_writes_nothing(kb, tmp_path) -> None:
    src = tmp_path / "seed.txt"
    src.write_text(seed_body(), encoding="utf-8")
    before = _files(kb)
    out = runner.invoke(app, ["knowledge", "add", str(src), "--dry-run"])
    assert out.exit_code == 0, out.output
    assert "dry run: nothing written" in out.stdout and "what it changes" in out.stdout
    assert _files(kb) == before


def test_flags_override_the_guesses(kb, tmp_path) -> None:
    src = tmp_path / "seed.txt"
    src.write_text(seed_body(), encoding="utf-8")
    out = runner.invoke(
        app,
        [
            "knowledge",
            "add",
            str(src),
            "--date",
            "2020-10-01",
            "--id",
            "my-doc",
            "--title",
            "ชื่อใหม่",
            "--no-amends",
        ],
    )
    assert out.exit_code == 0, out.output
    front = _front(kb / "2020-10-01-seed.md")
    assert (front["id"], front["title"], front["date"].isoformat()) == ("my-doc", "ชื่อใหม่", "2020-10-01")
    assert "amends" not in front
    assert "[from the command line]" in out.stdout


def test_a_buddhist_era_date_flag_is_refused_with_the_fix(kb, tmp_path) -> None:
    src = tmp_path / "seed.txt"
    src.write_text(seed_body(), encoding="utf-8")
    out = runner.invoke(app, ["knowledge", "add", str(src), "--date", "2563-09-29"])
    assert out.exit_code == 2 and "2020-09-29" in out.output


def test_an_invalid_result_writes_nothing(kb, tmp_path) -> None:
    src = tmp_path / "seed.txt"
    src.write_text(seed_body(), encoding="utf-8")
    before = _files(kb)
    out = runner.invoke(app, ["knowledge", "add", str(src), "--amends", "no-such-doc"])
    assert out.exit_code == 1
    assert "amends unknown id 'no-such-doc'" in out.output
    assert _files(kb) == before


def test_garbage_named_pdf_is_refused_naming_the_file(kb, tmp_path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"\x89garbage\x00\xff" * 200)
    before = _files(kb)
    out = runner.invoke(app, ["knowledge", "add", str(bad)])
    assert out.exit_code != 0
    assert "x.pdf" in out.output and "not a readable PDF" in out.output
    assert _files(kb) == before


def test_a_pdf_without_text_is_refused(kb, tmp_path) -> None:
    from pypdf import PdfWriter

    blank = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # what an image-only scan gives text extraction
    with blank.open("wb") as f:
        writer.write(f)
    before = _files(kb)
    out = runner.invoke(app, ["knowledge", "add", str(blank)])
    assert out.exit_code == 1
    assert "scan.pdf" in out.output and "no usable Thai text" in out.output and "OCR" in out.output
    assert _files(kb) == before


@pytest.mark.parametrize(
    "name, data", [("x.docx", b"PK\x03\x04 not a zip"), ("notes.txt", b"\x00\x01\x02" * 50)]
)
def test_other_unreadable_files_are_refused(kb, tmp_path, name, data) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    out = runner.invoke(app, ["knowledge", "add", str(bad)])
    assert out.exit_code == 1 and name in out.output
    assert not list(kb.glob("*-x.md")) and not list(kb.glob("*notes*.md"))


def _seed_docx(path, *, table: bool) -> None:
    """The seed resolution as a Word file; with table=True its two flattened tables are real tables."""
    from docx import Document

    doc = Document()
    lines = [ln for ln in seed_body().split("\n") if ln.strip()]
    i = 0
    while i < len(lines):
        line = lines[i]
        if table and line in ("ประเด็น - ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน", "การดำเนินการ - วัตถุประสงค์"):
            rows = [line.split(" - ")]
            i += 1
            while i + 1 < len(lines) and lines[i].startswith(tuple(f"{n})" for n in range(1, 10))):
                issue = lines[i]
                if issue.startswith("5)") and "ผู้บริหารเทคโนโลยี" in lines[i + 1]:  # item 5's lead spans 3 lines
                    rows.append([issue, " ".join(lines[i + 1 : i + 4])])
                    i += 4
                elif issue.startswith("4)"):  # item 4's lead sits at the end of its line in the source
                    text, lead = issue.rsplit(" สำนักงาน ก.พ.", 1)
                    rows.append([text, "สำนักงาน ก.พ." + lead])
                    i += 1
                else:
                    rows.append([issue, lines[i + 1]])
                    i += 2
            grid = doc.add_table(rows=len(rows), cols=2)
            for r, (a, b) in enumerate(rows):
                grid.cell(r, 0).text, grid.cell(r, 1).text = a, b
            continue
        doc.add_paragraph(line)
        i += 1
    doc.save(str(path))


@pytest.mark.parametrize("table", [False, True], ids=["paragraphs", "word-tables"])
def test_docx_import_end_to_end(kb, tmp_path, reference, table) -> None:
    src = tmp_path / "resolution.docx"
    _seed_docx(src, table=table)
    out = runner.invoke(app, ["knowledge", "add", str(src)])
    assert out.exit_code == 0, out.output
    path = kb / "2020-09-29-resolution.md"
    text = path.read_text(encoding="utf-8")
    assert _front(path)["amends"] == ["cabinet-2019-11-26-gcio"]
    found = fact_keys(kb, _front(path)["id"])
    if table:
        assert "| ลำดับ | ประเด็น | ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน |" in text  # "1) ..." cells: own column
        assert found["roles"] == reference["roles"]
        # issue 5's cell also holds the bullets that the flat text gives lines of their own
        assert len(found["leads"] & reference["leads"]) == len(reference["leads"]) - 1
    else:
        assert matched(found, reference) == (sum(map(len, reference.values())),) * 2


def test_word_numbering_and_merged_cells(tmp_path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("เรื่อง ทดสอบเลขข้อ")
    doc.add_paragraph("ให้ สพร. เป็นเลขานุการ", style="List Number")
    doc.add_paragraph("ให้ ดศ. เป็นประธาน", style="List Number")
    grid = doc.add_table(rows=2, cols=3)
    grid.cell(0, 0).text, grid.cell(0, 1).text, grid.cell(0, 2).text = "ประเด็น", "ผู้รับผิดชอบ", "หมายเหตุ"
    merged = grid.cell(1, 1).merge(grid.cell(1, 2))
    grid.cell(1, 0).text, merged.text = "งบประมาณ | ดิจิทัล", "สงป."
    src = tmp_path / "n.docx"
    doc.save(str(src))
    assert docx_lines(src) == [
        "เรื่อง ทดสอบเลขข้อ",
        "1. ให้ สพร. เป็นเลขานุการ",
        "2. ให้ ดศ. เป็นประธาน",
        "| ประเด็น | ผู้รับผิดชอบ | หมายเหตุ |",
        "| --- | --- | --- |",
        "| งบประมาณ / ดิจิทัล | สงป. |  |",
    ]


def test_md_import_keeps_its_front_matter(kb, tmp_path) -> None:
    src = tmp_path / "ready.md"
    shutil.copy(KNOWLEDGE / "2020-09-29-gcio-review.md", src)
    out = runner.invoke(app, ["knowledge", "add", str(src)])
    assert out.exit_code == 0, out.output
    assert _front(kb / "2020-09-29-ready.md")["id"] == SEED_ID


NEW_RESOLUTION = """มติคณะรัฐมนตรี วันที่ ๑๒ มีนาคม ๒๕๖๗
เรื่อง การปรับปรุงองค์ประกอบคณะกรรมการ PCIO
คณะรัฐมนตรีมีมติเห็นชอบการปรับปรุงมติคณะรัฐมนตรีเมื่อวันที่ 29 กันยายน 2563 ดังนี้
1. ให้รองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย ทำหน้าที่ประธานคณะกรรมการ PCIO แทนผู้ว่าราชการจังหวัด
2. ให้สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) (สพร.) เป็นผู้รับผิดชอบหลักในประเด็นที่ 6) แทนสำนักงบประมาณ
"""


def test_what_a_new_amendment_changes_is_shown_before_any_build(tmp_path, monkeypatch) -> None:
    kb = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, kb)
    monkeypatch.setenv("GCIO_KNOWLEDGE_DIR", str(kb))
    src = tmp_path / "pcio.txt"
    src.write_text(NEW_RESOLUTION, encoding="utf-8")
    out = runner.invoke(app, ["knowledge", "add", str(src), "--dry-run"])
    assert out.exit_code == 0, out.output
    text = out.stdout
    assert "date:   2024-03-12 (12 มีนาคม 2567)" in text and "amends: cabinet-2020-09-29-gcio" in text
    roles = text[text.index("roles (1):") : text.index("lead agencies (1):")]
    assert "+ คณะกรรมการ PCIO · ประธาน: รองผู้ว่าราชการจังหวัดที่ได้รับมอบหมาย" in roles
    assert "replaces: คณะกรรมการ PCIO · ประธาน: ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร" in roles
    assert "2020-09-29-gcio-review.md:33" in roles
    leads = text[text.index("lead agencies (1):") :]
    assert "→ สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) (สพร.)" in leads
    assert "replaces: การสนับสนุนงบประมาณ" in leads and "→ สำนักงบประมาณ (สงป.)" in leads
    assert not list(kb.glob("2024-*.md"))
