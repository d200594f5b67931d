"""`gcio-bot feedback report`, as an admin runs it, over a store the server filled."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bot.cli import app
from bot.feedback import DB_NAME, FeedbackStore

runner = CliRunner()


def test_report_json_and_table(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GCIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("GCIO_FEEDBACK_OPT_OUT", raising=False)
    store = FeedbackStore(tmp_path / "data" / DB_NAME)
    store.record_unanswered("ใครเป็นประธานคณะกรรมการการเลือกตั้ง", "v1", "telegram")
    store.record_unanswered("ใครเป็นประธาน คณะกรรมการ การเลือกตั้ง", "v1", "web")
    store.record_vote("k1", False, "ใครเป็นเลขานุการ PCIO", "สถิติจังหวัด", "v1", "line")
    store.close()

    out = runner.invoke(app, ["feedback", "report", "--json", "--days", "7"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["days"] == 7 and data["votes_down"] == 1 and data["unanswered_total"] == 2
    assert [(u["question"], u["count"]) for u in data["unanswered"]] == [
        ("ใครเป็นประธาน คณะกรรมการ การเลือกตั้ง", 2)
    ]
    assert data["unanswered"][0]["last_seen"] and data["unanswered"][0]["channels"] == ["telegram", "web"]
    assert [(d["question"], d["answer"], d["count"]) for d in data["downvoted"]] == [
        ("ใครเป็นเลขานุการ pcio", "สถิติจังหวัด", 1)
    ]

    table = runner.invoke(app, ["feedback", "report"])
    assert table.exit_code == 0
    assert "unanswered" in table.stdout and "ใครเป็นประธาน คณะกรรมการ การเลือกตั้ง" in table.stdout
    assert "→ สถิติจังหวัด" in table.stdout


def test_report_with_no_store_yet(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GCIO_DATA_DIR", str(tmp_path / "empty"))
    out = runner.invoke(app, ["feedback", "report", "--json"])
    assert out.exit_code == 0
    assert json.loads(out.stdout)["unanswered"] == []
    assert not (tmp_path / "empty").exists()  # reading creates nothing
