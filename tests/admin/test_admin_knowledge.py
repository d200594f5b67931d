"""load_knowledge / load_glossary: every validation problem names its file and line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.core.errors import KnowledgeError
from bot.knowledge.load import knowledge_hash, load_all, load_glossary, load_knowledge

REPO = Path(__file__).resolve().parents[2]

BASE = """---
id: {id}
title: "มติคณะรัฐมนตรี {id}"
date: {date}
{extra}---
เรื่อง ทดสอบ
1. ข้อแรก
"""


def doc(id: str = "a", date: str = "2020-01-01", extra: str = "") -> str:
    return BASE.format(id=id, date=date, extra=extra)


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(root: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as exc:
        load_knowledge(root)
    return exc.value.problems


def only_problem(root: Path) -> str:
    problems = problems_of(root)
    assert len(problems) == 1, problems
    return problems[0]


def test_real_knowledge_base_loads() -> None:
    docs = load_knowledge(REPO / "knowledge")
    ids = [d.meta.id for d in docs]
    assert ids == ["cabinet-2019-11-26-gcio", "cabinet-2020-09-29-gcio"]  # sorted by date
    review = docs[1]
    assert review.meta.amends == ["cabinet-2019-11-26-gcio"]
    assert review.path == "2020-09-29-gcio-review.md"
    lines = (REPO / "knowledge" / review.path).read_text(encoding="utf-8").split("\n")
    # body_line is the 1-based file line of the first body line, and the body is unchanged.
    assert lines[review.body_line - 1] == review.body.split("\n")[0]
    assert review.body == "\n".join(lines[review.body_line - 1 :])
    assert "รับมนตรีว่าการ" in review.body  # the source's typo is kept


def test_recursive_discovery_readme_and_hidden(tmp_path: Path) -> None:
    write(tmp_path, "2020/a.md", doc("a"))
    write(tmp_path, "2021/sub/b.md", doc("b", "2021-01-01", "amends: [a]\n"))
    write(tmp_path, "README.md", "# how to add resolutions\n")
    write(tmp_path, ".backup/old.md", "not a resolution\n")
    write(tmp_path, "notes.txt", "ignored\n")
    docs = load_knowledge(tmp_path)
    assert [(d.meta.id, d.path) for d in docs] == [("a", "2020/a.md"), ("b", "2021/sub/b.md")]
    assert docs[1].meta.amends == ["a"]


def test_markdown_without_front_matter_is_an_error_unless_readme(tmp_path: Path) -> None:
    write(tmp_path, "a.md", doc("a"))
    write(tmp_path, "sub/notes.md", "เรื่อง ไม่มี front matter\n")
    p = only_problem(tmp_path)
    assert p.startswith("sub/notes.md:1:") and "front matter" in p


def test_bom_and_crlf_are_normalized(tmp_path: Path) -> None:
    text = doc("a").replace("\n", "\r\n")
    write(tmp_path, "a.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    (d,) = load_knowledge(tmp_path)
    assert d.meta.id == "a"
    assert "\r" not in d.body and d.body.startswith("เรื่อง ทดสอบ\n1. ข้อแรก")
    assert d.body_line == 6


def test_not_utf8_names_line_and_byte_offset(tmp_path: Path) -> None:
    good = doc("a").encode("utf-8")
    bad = good + "ข้อสอง ภาษาไทย\n".encode("tis-620")  # Thai Windows encoding, on file line 8
    write(tmp_path, "bad.md", bad)
    p = only_problem(tmp_path)
    assert p.startswith("bad.md:8:")
    assert "UTF-8" in p and f"byte offset {len(good)}" in p


def test_unterminated_front_matter(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: a\ntitle: t\ndate: 2020-01-01\nเรื่อง\n")
    p = only_problem(tmp_path)
    assert p.startswith("a.md:1:") and "never closed" in p


def test_yaml_syntax_error_has_its_line(tmp_path: Path) -> None:
    write(tmp_path, "a.md", '---\nid: a\ntitle: "unclosed\ndate: 2020-01-01\n---\nbody\n')
    p = only_problem(tmp_path)
    assert "not valid YAML" in p
    assert p.startswith(("a.md:3:", "a.md:4:", "a.md:5:")), p  # points into the block, not line 1


def test_yaml_error_line_is_file_line(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: a\ntitle: t\ndate: 2020-01-01\nsource: [unclosed\n---\nbody\n")
    p = only_problem(tmp_path)
    assert "not valid YAML" in p
    line = int(p.split(":")[1])
    assert 5 <= line <= 6, p


def test_front_matter_not_a_mapping(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\n- id\n- title\n---\nbody\n")
    p = only_problem(tmp_path)
    assert p.startswith("a.md:2:") and "not a mapping" in p


def test_empty_front_matter(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\n---\nbody\n")
    p = only_problem(tmp_path)
    assert p.startswith("a.md:2:") and "empty" in p


def test_missing_id_and_empty_title_both_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.md", '---\ntitle: ""\ndate: 2020-01-01\n---\nbody\n')
    problems = problems_of(tmp_path)
    assert any(p.startswith("a.md:") and "'id'" in p for p in problems), problems
    assert any(p.startswith("a.md:2:") and "'title'" in p for p in problems), problems
    assert len(problems) == 2


def test_non_text_id_and_bad_characters(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: 2020\ntitle: t\ndate: 2020-01-01\n---\nbody\n")
    write(tmp_path, "b.md", "---\nid: has space:colon\ntitle: t\ndate: 2020-01-01\n---\nbody\n")
    problems = problems_of(tmp_path)
    assert any(p.startswith("a.md:2:") and "quote it" in p for p in problems), problems
    assert any(p.startswith("b.md:2:") and "may only contain" in p for p in problems), problems


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("29/09/2020", "not an ISO date"),
        ('"29 กันยายน 2563"', "not an ISO date"),
        ('"2020-02-30"', "not a valid calendar date"),
        ("2020-09-29 10:30:00", "time of day"),
    ],
)
def test_bad_dates(tmp_path: Path, value: str, needle: str) -> None:
    write(tmp_path, "a.md", f"---\nid: a\ntitle: t\ndate: {value}\n---\nbody\n")
    p = only_problem(tmp_path)
    assert p.startswith("a.md:4:") and needle in p, p


@pytest.mark.parametrize("value", ["2020-13-01", "2020-02-30"])
def test_bare_impossible_date_is_a_problem_not_a_crash(tmp_path: Path, value: str) -> None:
    # PyYAML itself raises ValueError while reading these: it must become a located problem.
    write(tmp_path, "a.md", f"---\nid: a\ntitle: t\ndate: {value}\n---\nbody\n")
    write(tmp_path, "glossary.yaml", f"x: y\nwhen: {value}\n")
    p = only_problem(tmp_path)
    assert p.startswith("a.md:4:") and "calendar date" in p
    with pytest.raises(KnowledgeError) as exc:
        load_glossary(tmp_path)
    assert exc.value.problems[0].startswith("glossary.yaml:2:")


def test_python_tags_are_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\nid: a\ntitle: !!python/object/apply:os.system [echo hi]\ndate: 2020-01-01\n---\n",
    )
    p = only_problem(tmp_path)
    assert p.startswith("a.md:3:") and "not valid YAML" in p


def test_missing_date(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: a\ntitle: t\n---\nbody\n")
    assert "missing 'date'" in only_problem(tmp_path)


@pytest.mark.parametrize("value", ["2563-09-29", '"2563-09-29"'])
def test_buddhist_era_year_gets_a_hint(tmp_path: Path, value: str) -> None:
    write(tmp_path, "a.md", f"---\nid: a\ntitle: t\ndate: {value}\n---\nbody\n")
    p = only_problem(tmp_path)
    assert p.startswith("a.md:4:") and "Buddhist" in p and "2020-09-29" in p


def test_quoted_iso_date_is_accepted(tmp_path: Path) -> None:
    write(tmp_path, "a.md", '---\nid: a\ntitle: t\ndate: "2020-09-29"\n---\nbody\n')
    (d,) = load_knowledge(tmp_path)
    assert d.meta.date.isoformat() == "2020-09-29"


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    write(tmp_path, "x/one.md", doc("same"))
    write(tmp_path, "y/two.md", doc("same", "2021-01-01"))
    p = only_problem(tmp_path)
    assert "duplicate id 'same'" in p and "x/one.md:2" in p and "y/two.md:2" in p


def test_amends_must_be_a_list_of_strings(tmp_path: Path) -> None:
    write(tmp_path, "a.md", doc("a"))
    write(tmp_path, "b.md", doc("b", "2021-01-01", "amends: a\n"))
    write(tmp_path, "c.md", doc("c", "2021-01-01", "amends: [1, 2]\n"))
    problems = problems_of(tmp_path)
    assert len(problems) == 2, problems
    assert problems[0].startswith("b.md:5:") and "list of document ids" in problems[0]
    assert problems[1].startswith("c.md:5:")


def test_amends_unknown_id_names_the_item_line(tmp_path: Path) -> None:
    write(tmp_path, "a.md", doc("a"))
    write(tmp_path, "b.md", doc("b", "2021-01-01", "amends:\n  - a\n  - ghost\n"))
    p = only_problem(tmp_path)
    assert p.startswith("b.md:7:") and "unknown id 'ghost'" in p


def test_amending_a_later_document_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "old.md", doc("old", "2019-01-01", "amends: [new]\n"))
    write(tmp_path, "new.md", doc("new", "2020-01-01"))
    p = only_problem(tmp_path)
    assert p.startswith("old.md:5:") and "dated later" in p and "new.md" in p


def test_amendment_cycle_and_self_amend(tmp_path: Path) -> None:
    write(tmp_path, "a.md", doc("a", "2020-01-01", "amends: [b]\n"))
    write(tmp_path, "b.md", doc("b", "2020-01-01", "amends: [a]\n"))
    write(tmp_path, "c.md", doc("c", "2020-01-01", "amends: [c]\n"))
    problems = problems_of(tmp_path)
    assert any("amendment cycle" in p and "a.md" in p and "b.md" in p for p in problems), problems
    assert any(p.startswith("c.md:5:") and "amends itself" in p for p in problems), problems
    assert len(problems) == 2


def test_all_problems_are_collected_at_once(tmp_path: Path) -> None:
    write(tmp_path, "ok.md", doc("ok"))
    write(tmp_path, "a.md", "---\nid: a\n")
    write(tmp_path, "b.md", doc("b", "2563-01-01"))
    write(tmp_path, "c.md", doc("c", extra="amends: [nope]\n"))
    problems = problems_of(tmp_path)
    assert [p.split(":")[0] for p in problems] == ["a.md", "b.md", "c.md"]
    assert "a.md" in str(KnowledgeError(problems))


def test_unknown_keys_warn_but_load(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path, "a.md", doc("a", extra="tags: [x]\n"))
    with caplog.at_level(logging.WARNING, logger="bot.knowledge.load"):
        (d,) = load_knowledge(tmp_path)
    assert d.meta.id == "a"
    assert any("a.md:5" in r.getMessage() and "'tags'" in r.getMessage() for r in caplog.records)


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    assert "not found" in only_problem(tmp_path / "nope")
    assert "no resolution files" in only_problem(tmp_path)


def test_knowledge_hash(tmp_path: Path) -> None:
    write(tmp_path, "a.md", doc("a"))
    write(tmp_path, "b.md", doc("b", "2021-01-01"))
    docs = load_knowledge(tmp_path)
    h = knowledge_hash(docs)
    assert len(h) == 64
    assert knowledge_hash(list(reversed(docs))) == h  # order does not matter
    write(tmp_path, "b.md", doc("b", "2021-01-01") + "2. ข้อเพิ่ม\n")
    assert knowledge_hash(load_knowledge(tmp_path)) != h
    assert knowledge_hash(docs, {"สพร.": ["สำนักงานพัฒนารัฐบาลดิจิทัล"]}) != h


def test_glossary_loads_and_normalizes(tmp_path: Path) -> None:
    write(tmp_path, "glossary.yaml", "สพร.: สำนักงานพัฒนารัฐบาลดิจิทัล\nก.พ.: [สำนักงาน ก.พ., คณะกรรมการ ก.พ.]\n")
    g = load_glossary(tmp_path)
    assert g == {"สพร.": ["สำนักงานพัฒนารัฐบาลดิจิทัล"], "ก.พ.": ["สำนักงาน ก.พ.", "คณะกรรมการ ก.พ."]}


def test_real_glossary_is_valid() -> None:
    if not (REPO / "knowledge" / "glossary.yaml").exists():
        pytest.skip("glossary not written yet")
    g = load_glossary(REPO / "knowledge")
    assert "สพร." in g and all(isinstance(v, list) and v for v in g.values())


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("สพร.: x\nbad: 3\n", "must map to", 2),
        ("สพร.: x\n2020: ปี\n", "non-empty text", 2),
        ("- a\n- b\n", "must be a mapping", 1),
        ("a: [x\n", "not valid YAML", 2),
        ("a: []\n", "must map to", 1),
    ],
)
def test_glossary_errors_name_the_file(tmp_path: Path, text: str, needle: str, line: int) -> None:
    write(tmp_path, "glossary.yaml", text)
    with pytest.raises(KnowledgeError) as exc:
        load_glossary(tmp_path)
    (p,) = exc.value.problems
    assert p.startswith(f"glossary.yaml:{line}:") and needle in p, p


def test_missing_glossary_is_empty(tmp_path: Path) -> None:
    assert load_glossary(tmp_path) == {}


def test_load_all_combines_problems(tmp_path: Path) -> None:
    write(tmp_path, "a.md", doc("a", "2563-01-01"))
    write(tmp_path, "glossary.yaml", "x: 1\n")
    with pytest.raises(KnowledgeError) as exc:
        load_all(tmp_path)
    assert [p.split(":")[0] for p in exc.value.problems] == ["a.md", "glossary.yaml"]
