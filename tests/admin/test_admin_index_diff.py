"""index_diff: documents and clauses added/removed, rules that left or entered force."""

from __future__ import annotations

import json
from pathlib import Path

from bot.core.models import Clause
from bot.index.diff import diff_clauses, diff_versions, render_diff


def cl(doc: str, line: int, path: list[str], text: str, status: str = "current") -> Clause:
    return Clause(uid=f"{doc}:{line}", doc_id=doc, path=path, text=text, line=line, status=status)


OLD = [
    cl("a", 10, ["1.", "1)"], "รองนายกรัฐมนตรี เป็นประธาน"),
    cl("a", 11, ["1.", "2)"], "หัวหน้าสำนักงานจังหวัด เป็นกรรมการและเลขานุการ"),
    cl("a", 12, ["2."], "ข้อที่จะถูกลบ"),
]


def test_no_change_even_when_lines_shift() -> None:
    shifted = [c.model_copy(update={"line": c.line + 3, "uid": f"a:{c.line + 3}"}) for c in OLD]
    d = diff_clauses(OLD, shifted)
    assert d.empty
    assert "no changes" in render_diff(d)


def test_amendment_supersedes_and_adds() -> None:
    new = [
        cl("a", 10, ["1.", "1)"], "รองนายกรัฐมนตรี เป็นประธาน", status="superseded"),
        OLD[1],
        cl("b", 5, ["1.1", "รายละเอียดที่เสนอปรับปรุงครั้งนี้", "1)"], "รัฐมนตรีว่าการกระทรวงดิจิทัลฯ เป็นประธาน"),
    ]
    d = diff_clauses(OLD, new, old_version="v1", new_version="v2")
    assert d.documents_added == ["b"] and d.documents_removed == []
    assert d.documents_changed == ["a"]  # a lost a clause
    assert [n.text for _o, n in d.now_superseded] == ["รองนายกรัฐมนตรี เป็นประธาน"]
    assert d.now_current == []
    assert [c.doc_id for c in d.clauses_added] == ["b"]
    assert [c.text for c in d.clauses_removed] == ["ข้อที่จะถูกลบ"]
    text = render_diff(d)
    assert "v1 -> v2" in text
    assert "rules no longer in force (1):" in text and "a › 1. › 1): รองนายกรัฐมนตรี" in text
    assert "documents added (1):\n  b" in text

    back = diff_clauses(new, OLD)
    assert [n.text for _o, n in back.now_current] == ["รองนายกรัฐมนตรี เป็นประธาน"]
    assert back.documents_removed == ["b"]


def test_render_limits_long_lists() -> None:
    new = OLD + [cl("c", i, [f"{i})"], f"ข้อ {i}") for i in range(30)]
    text = render_diff(diff_clauses(OLD, new), limit=5)
    assert "clauses added (30):" in text and "... and 25 more" in text


def write_version(root: Path, name: str, clauses: list[Clause], docs: list[dict]) -> Path:
    d = root / name
    d.mkdir(parents=True)
    (d / "clauses.jsonl").write_text("".join(c.model_dump_json() + "\n" for c in clauses), encoding="utf-8")
    (d / "manifest.json").write_text(json.dumps({"version": name, "documents": docs}), encoding="utf-8")
    return d


def test_diff_versions_reads_folders_and_metadata_changes(tmp_path: Path) -> None:
    docs = [{"id": "a", "title": "t", "date": "2020-01-01"}]
    v1 = write_version(tmp_path, "v1", OLD, docs)
    v2 = write_version(tmp_path, "v2", OLD, [{"id": "a", "title": "t (แก้ชื่อ)", "date": "2020-01-01"}])
    d = diff_versions(v1, v2)
    assert (d.old_version, d.new_version) == ("v1", "v2")
    assert d.documents_changed == ["a"] and not d.clauses_added and not d.clauses_removed
    first = diff_versions(None, v1)
    assert first.documents_added == ["a"] and len(first.clauses_added) == 3
