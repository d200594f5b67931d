"""scripts/gen_kb.py: deterministic, valid, in the style of the real resolution."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge.load import load_knowledge

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "gen_kb.py"


@pytest.fixture(scope="module")
def gen_kb():
    spec = importlib.util.spec_from_file_location("gen_kb", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_kb"] = mod
    spec.loader.exec_module(mod)
    return mod


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.md"))}


def test_same_seed_same_bytes_other_seed_differs(gen_kb, tmp_path: Path) -> None:
    gen_kb.generate(tmp_path / "a", n=40, seed=3)
    gen_kb.generate(tmp_path / "b", n=40, seed=3)
    gen_kb.generate(tmp_path / "c", n=40, seed=4)
    a, b, c = (snapshot(tmp_path / x) for x in "abc")
    assert len(a) == 40
    assert a == b
    assert a != c


def test_generated_kb_is_valid_and_in_style(gen_kb, tmp_path: Path) -> None:
    gen_kb.generate(tmp_path, n=120, seed=7)
    docs = load_knowledge(tmp_path)  # raises KnowledgeError on any invalid file
    assert len(docs) == 120
    by_id = {d.meta.id: d for d in docs}
    amending = [d for d in docs if d.meta.amends]
    assert 0.2 * len(docs) < len(amending) < 0.6 * len(docs)
    assert all(by_id[a].meta.date < d.meta.date for d in amending for a in d.meta.amends)
    # Chains: some amended document itself amends an earlier one.
    assert any(by_id[d.meta.amends[0]].meta.amends for d in amending)
    lines = [d.body.count("\n") for d in docs]
    assert min(lines) >= 45 and sum(lines) / len(lines) >= 60
    body = "\n".join(d.body for d in docs)
    for cue in (
        "รายละเอียดตามนัยมติคณะรัฐมนตรี(",
        "รายละเอียดที่เสนอปรับปรุงครั้งนี้",
        "ถ้อยคำที่ขอปรับในครั้งนี้",
        "ประเด็น - ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน",
        " เป็นประธาน\n",
        " เป็นกรรมการและเลขานุการ\n",
        "และหน่วยงานที่เกี่ยวข้อง\n",
        "\n1.1 ",
        "\n1) ",
        "\n- ",
    ):
        assert cue in body, cue
    # An amending document quotes the amended one's date in Thai (Buddhist era) in its old block.
    d = amending[0]
    t = by_id[d.meta.amends[0]].meta.date
    assert f"รายละเอียดตามนัยมติคณะรัฐมนตรี({gen_kb.thai_date(t)})" in d.body
    assert str(t.year + 543) in gen_kb.thai_date(t)


def test_cli_writes_files(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "kb"), "-n", "5", "--seed", "1"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "wrote 5 resolutions" in out.stderr
    assert len(list((tmp_path / "kb").rglob("*.md"))) == 5


def test_bench_scale_questions_cover_generated_committees(gen_kb, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_scale", REPO / "scripts" / "bench_scale.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    gen_kb.generate(tmp_path, n=15, seed=2)
    qs = bench.questions_for(tmp_path, 40, seed=2)
    assert len(qs) == 40
    assert sum("ชุดที่" in q for q in qs) >= 20  # generated committees are asked about
    assert any("หน่วยงานใดรับผิดชอบ" in q for q in qs)
    assert qs == bench.questions_for(tmp_path, 40, seed=2)  # deterministic


def test_bench_scale_mark_new_changes_only_the_body(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_scale", REPO / "scripts" / "bench_scale.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    text = "---\nid: x\ntitle: t\ndate: 2020-01-01\n---\n1. ข้อแรก\n\n- ข้อย่อย\n"
    out = bench.mark_new(text)
    assert out.startswith("---\nid: x\ntitle: t\ndate: 2020-01-01\n---\n")
    body = out.split("\n---\n", 1)[1].split("\n")
    assert body[0].startswith("1. ข้อแรก (รอบ ") and body[1] == "" and body[2].startswith("- ข้อย่อย (รอบ ")
