"""The `gcio-bot` command as a user runs it: a real process, the real index, stdin/stdout."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BAD_LINES = [
    "",
    "   ",
    json.dumps({"id": "long", "question": "ก" * 20000}),
    json.dumps({"id": "emoji", "question": "🙂🙃😀"}),
    json.dumps({"id": "ctrl", "question": "\x00\x1b[31m\x07"}),
    json.dumps({"id": "html", "question": "<img src=x onerror=alert(1)>"}),
    json.dumps({"id": "marks", "question": "\u0e49\u0e49\u0e48"}),
    "{not json at all",
    json.dumps({"id": 7, "question": None}),
    json.dumps(["a", "list"]),
]


def run(args, env, stdin=None, timeout=120):
    cmd = [sys.executable, "-c", "from bot.cli import main; main()", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def cli_env(core_settings):
    env = dict(os.environ)
    env["GCIO_INDEX_DIR"] = str(core_settings.gcio_index_dir)
    env["GCIO_KNOWLEDGE_DIR"] = str(core_settings.gcio_knowledge_dir)
    return env


def test_jsonl_answers_every_line_in_order_and_survives_bad_input(cli_env):
    good = json.dumps({"id": "good", "question": "ใครเป็นประธานคณะกรรมการ GCIO"})
    lines = [*BAD_LINES, good, "ประธาน PCIO คือใคร"]
    out = run(["ask", "--jsonl"], cli_env, stdin="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == len(lines)
    for row in rows:
        assert {"id", "question", "answer", "abstained", "confidence", "citations"} <= row.keys()
        assert row["answer"] and len(row["answer"]) <= 600
    assert rows[2]["id"] == "long" and "ยาวเกินไป" in rows[2]["answer"]
    assert rows[8]["id"] == "7" and rows[8]["abstained"]
    assert rows[-2]["id"] == "good" and "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in rows[-2]["answer"]
    cite = rows[-2]["citations"][0]
    assert {"doc_id", "title", "date", "section", "text", "status"} <= cite.keys()
    assert "ผู้ว่าราชการจังหวัด" in rows[-1]["answer"]


def test_ask_human_readable_and_json(cli_env):
    out = run(["ask", "ใครรับผิดชอบเรื่องงบประมาณระบบดิจิทัล"], cli_env)
    assert out.returncode == 0 and "สำนักงบประมาณ" in out.stdout and "ที่มา:" in out.stdout
    out = run(["ask", "--json", "Tell me a joke"], cli_env)
    data = json.loads(out.stdout)
    assert data["abstained"] is True and data["suggestions"]


def test_eval_prints_accuracy_by_kind(cli_env, tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text(
        "\n".join(
            json.dumps(q, ensure_ascii=False)
            for q in [
                {
                    "id": "a",
                    "question": "ใครเป็นประธาน PCIO",
                    "kind": "chair",
                    "abstain": False,
                    "expect": [["ผู้ว่าราชการจังหวัด"]],
                },
                {"id": "b", "question": "ราคาหุ้นวันนี้", "kind": "offtopic", "abstain": True, "expect": []},
                {
                    "id": "c",
                    "question": "ใครเป็นประธาน PCIO",
                    "kind": "chair",
                    "abstain": False,
                    "expect": [["ไม่มีทางตรง"]],
                },
            ]
        ),
        encoding="utf-8",
    )
    out = run(["eval", str(f), "-v"], cli_env)
    assert "chair=1/2" in out.stdout and "offtopic=1/1" in out.stdout and "accuracy 2/3" in out.stdout
    assert "FAIL c" in out.stdout
    assert run(["eval", str(f), "--min", "0.9"], cli_env).returncode == 1


def test_missing_index_names_the_fix(cli_env, tmp_path):
    env = {**cli_env, "GCIO_INDEX_DIR": str(tmp_path / "nothing")}
    out = run(["ask", "ใครเป็นประธาน"], env)
    assert out.returncode == 2 and "gcio-bot index build" in out.stderr


def test_build_fails_on_a_bad_file_and_keeps_the_index_in_use(cli_env, tmp_path, knowledge_dir):
    import shutil

    kb = tmp_path / "kb"
    shutil.copytree(knowledge_dir, kb)
    env = {**cli_env, "GCIO_KNOWLEDGE_DIR": str(kb), "GCIO_INDEX_DIR": str(tmp_path / "idx")}
    assert run(["index", "build", "--no-progress"], env, timeout=300).returncode == 0
    current = (tmp_path / "idx" / "CURRENT").read_text()
    (kb / "broken.md").write_text(
        "---\nid: x\ntitle: [unclosed\ndate: 2020-13-45\n---\nbody\n", encoding="utf-8"
    )
    out = run(["index", "build", "--no-progress"], env, timeout=300)
    assert out.returncode == 1 and "broken.md" in out.stderr and "not changed" in out.stderr
    assert (tmp_path / "idx" / "CURRENT").read_text() == current


def test_knowledge_review_commands(cli_env):
    roles = run(["knowledge", "roles"], cli_env)
    assert roles.returncode == 0
    assert (
        "คณะกรรมการ PCIO" in roles.stdout
        and "ประธาน: รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in roles.stdout
    )
    # a superseded holder shows only as what the rule in force replaced ("เดิม: ..."), unless --all
    lines = roles.stdout.splitlines()
    assert all(ln.strip().startswith("เดิม") for ln in lines if "รองนายกรัฐมนตรี" in ln)
    assert any(ln.strip().startswith("เดิม: รองนายกรัฐมนตรี") for ln in lines)
    listed = run(["knowledge", "roles", "--all"], cli_env).stdout
    assert any("รองนายกรัฐมนตรี" in ln and "[ถูกแทนที่แล้ว]" in ln for ln in listed.splitlines())
    leads = run(["knowledge", "leads", "--json"], cli_env)
    rows = [json.loads(x) for x in leads.stdout.splitlines()]
    assert any(r["agencies"] == "สำนักงบประมาณ (สงป.)" for r in rows)


def test_knowledge_roles_lists_a_secretariat_too(cli_env, tmp_path, knowledge_dir):
    """A resolution that names a committee's secretariat ("ฝ่ายเลขานุการ") is listed, not a crash."""
    import shutil

    kb = tmp_path / "kb"
    shutil.copytree(knowledge_dir, kb)
    (kb / "secretariat.md").write_text(
        "---\nid: sec-2021\ntitle: ฝ่ายเลขานุการ\ndate: 2021-03-16\namends:\n  - cabinet-2020-09-29-gcio\n---\n"
        "1. ให้สำนักงาน ก.พ. เป็นฝ่ายเลขานุการคณะกรรมการ GCIO\n",
        encoding="utf-8",
    )
    out = run(["knowledge", "roles"], {**cli_env, "GCIO_KNOWLEDGE_DIR": str(kb)})
    assert out.returncode == 0 and "ฝ่ายเลขานุการ" in out.stdout, out.stderr[-500:]


def test_core_has_no_channel_imports():
    """Everything but the adapters (channels, web, cli) is core: no channel or web library in it."""
    root = Path(__file__).resolve().parent.parent / "bot"
    adapters = {"channels", "web", "cli"}
    core = [p for p in root.rglob("*.py") if p.relative_to(root).parts[0] not in adapters]
    assert len(core) > 15
    for path in core:
        text = path.read_text(encoding="utf-8")
        for lib in ("telegram", "linebot", "starlette", "uvicorn", "httpx"):
            assert f"import {lib}" not in text and f"from {lib}" not in text, (path, lib)


def test_chat_is_a_conversation_in_the_terminal(cli_env):
    turns = "ใครเป็นประธาน PCIO\nแล้วผู้ช่วยเลขานุการล่ะ\nขอบคุณครับ\n"
    out = run(["chat"], cli_env, stdin=turns)
    assert out.returncode == 0, out.stderr
    answers = out.stdout.split("> ")[1:]
    assert len(answers) >= 3
    assert "ผู้ว่าราชการจังหวัด" in answers[0]
    assert "สถิติจังหวัด" in answers[1]  # the follow-up took PCIO from the first turn
    assert "ยินดี" in answers[2]
