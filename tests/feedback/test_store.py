"""The feedback store: votes, unanswered questions grouped, retention, opt-out, privacy, threads."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest

from bot.feedback import FeedbackStore, normalize_question, question_key
from bot.feedback.store import SCHEMA_VERSION, FeedbackStoreError


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    s = FeedbackStore(tmp_path / "data" / "feedback.sqlite3", retention_days=180, clock=clock)
    yield s
    s.close()


def test_normalized_question() -> None:
    assert normalize_question("  ใครเป็น\u0e1b\u0e23\u0e30ธาน\t GCIO  ") == "ใครเป็นประธาน gcio"
    assert question_key("ใครเป็นประธาน GCIO ครับ?") == question_key("ใคร เป็น ประธาน gcio") == "ใครเป็นประธานgcio"


def test_votes_and_a_second_vote_replaces_the_first(store, clock) -> None:
    assert store.record_vote("a1", False, "ใครเป็นประธาน PCIO", "ผู้ว่าราชการจังหวัด", "v1", "telegram")
    assert store.record_vote("a2", True, "ใครเป็นประธาน GCIO", "รัฐมนตรีว่าการ ดศ.", "v1", "web")
    assert store.record_vote("a3", False, "ใครเป็นประธาน  PCIO", "ผู้ว่าราชการจังหวัด", "v1", "line")
    r = store.report(days=30)
    assert (r.votes_up, r.votes_down) == (1, 2)
    assert len(r.downvoted) == 1
    row = r.downvoted[0]
    assert (row.question, row.answer, row.count) == ("ใครเป็นประธาน pcio", "ผู้ว่าราชการจังหวัด", 2)
    assert row.channels == ["line", "telegram"] and row.index_version == "v1"
    clock.now += dt.timedelta(minutes=1)
    store.record_vote("a1", True, "ใครเป็นประธาน PCIO", "ผู้ว่าราชการจังหวัด", "v1", "telegram")  # changed mind
    r = store.report(days=30)
    assert (r.votes_up, r.votes_down) == (2, 1) and r.downvoted[0].count == 1


def test_unanswered_grouped_by_normalized_question(store, clock) -> None:
    store.record_unanswered("ใครเป็นประธานคณะกรรมการการเลือกตั้ง", "v1", "telegram")
    clock.now += dt.timedelta(hours=2)
    store.record_unanswered("  ใครเป็นประธาน   คณะกรรมการการเลือกตั้ง ", "v2", "web")
    store.record_unanswered("ราคาหุ้นวันนี้", "v2", "line")
    assert not store.record_unanswered("   ", "v2", "web")
    r = store.report(days=7)
    assert r.unanswered_total == 3
    top = r.unanswered[0]
    assert top.count == 2 and top.question == "ใครเป็นประธาน คณะกรรมการการเลือกตั้ง"  # the latest wording
    assert top.last_seen == clock.now and top.channels == ["telegram", "web"] and top.index_version == "v2"
    assert [(u.question, u.count) for u in r.unanswered[1:]] == [("ราคาหุ้นวันนี้", 1)]


def test_report_window(store, clock) -> None:
    store.record_unanswered("คำถามเก่า", "v1", "web")
    clock.now += dt.timedelta(days=10)
    store.record_unanswered("คำถามใหม่", "v1", "web")
    assert [u.question for u in store.report(days=7).unanswered] == ["คำถามใหม่"]
    assert len(store.report(days=30).unanswered) == 2


def test_retention_deletes_old_rows_on_open_and_on_insert(tmp_path, clock) -> None:
    path = tmp_path / "feedback.sqlite3"
    s = FeedbackStore(path, retention_days=30, clock=clock)
    s.record_unanswered("เก่ามาก", "v1", "web")
    s.record_vote("a1", False, "เก่ามาก", "คำตอบ", "v1", "web")
    clock.now += dt.timedelta(days=20)
    s.record_unanswered("ยังไม่เก่า", "v1", "web")
    clock.now += dt.timedelta(days=15)  # the first rows are now 35 days old
    s.record_unanswered("ใหม่", "v1", "web")  # inserting prunes
    r = s.report(days=365)
    assert {u.question for u in r.unanswered} == {"ใหม่", "ยังไม่เก่า"} and r.votes_down == 0
    s.close()
    clock.now += dt.timedelta(days=25)
    reopened = FeedbackStore(path, retention_days=30, clock=clock)  # opening prunes too
    with sqlite3.connect(path) as raw:
        assert [q for (q,) in raw.execute("SELECT question FROM unanswered")] == ["ใหม่"]
    reopened.close()


def test_retention_zero_keeps_everything(tmp_path, clock) -> None:
    s = FeedbackStore(tmp_path / "f.sqlite3", retention_days=0, clock=clock)
    s.record_unanswered("คำถาม", "v1", "web")
    clock.now += dt.timedelta(days=5000)
    s.record_unanswered("อีกคำถาม", "v1", "web")
    assert s.report(days=10_000).unanswered_total == 2
    s.close()


def test_opt_out_stores_nothing_and_creates_no_file(tmp_path) -> None:
    path = tmp_path / "data" / "feedback.sqlite3"
    s = FeedbackStore(path, retention_days=180, opt_out=True)
    assert not s.record_vote("a1", False, "q", "a", "v1", "web")
    assert not s.record_unanswered("q", "v1", "web")
    r = s.report()
    assert r.unanswered == [] and r.votes_down == 0
    assert not path.exists() and not path.parent.exists()


def test_no_column_can_hold_a_user_id_ip_or_name(store) -> None:
    store.record_unanswered("q", "v1", "web")
    with sqlite3.connect(store.path) as raw:
        tables = [t for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        columns = {c[1] for t in tables for c in raw.execute(f"PRAGMA table_info({t})")}
    assert set(tables) == {"votes", "unanswered"}
    assert columns == {
        "answer_id", "useful", "question", "question_key", "answer", "index_version", "channel", "created_at", "id",
    }  # fmt: skip
    assert not any(word in c for c in columns for word in ("user", "ip", "addr", "name", "chat", "hash"))


def test_wal_mode_and_schema_version(store, tmp_path) -> None:
    store.record_unanswered("q", "v1", "web")
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(FeedbackStoreError, match="newer"):
        FeedbackStore(store.path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(FeedbackStoreError, match="not a usable feedback database"):
        FeedbackStore(junk)


def test_threads_share_one_store(store) -> None:
    def ask(n: int) -> None:
        for i in range(50):
            store.record_unanswered(f"คำถามที่ {i % 5}", "v1", f"t{n}")
            store.record_vote(f"{n}-{i}", i % 2 == 0, f"คำถามที่ {i % 5}", "คำตอบ", "v1", f"t{n}")

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    r = store.report(days=1)
    assert r.unanswered_total == 400 and sum(u.count for u in r.unanswered) == 400 and len(r.unanswered) == 5
    assert (r.votes_up, r.votes_down) == (200, 200)


def test_a_broken_store_never_costs_an_answer(tmp_path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    s = FeedbackStore(blocker / "feedback.sqlite3")
    assert not s.record_unanswered("คำถาม", "v1", "web")  # logged, not raised
    assert not s.record_vote("a1", True, "คำถาม", "คำตอบ", "v1", "web")
    assert s.report().unanswered_total == 0  # nothing was stored, and reading creates nothing
