"""Hot reload of a newly built index: admin HTTP endpoint, Telegram /reload, SIGHUP; failures keep the old one.

Each test gets its own copy of knowledge/ and a real index built with the default model.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from bot.channels.holder import EngineHolder
from bot.embed.base import make_embedder
from bot.engine import Engine
from bot.index.build import build_index

from .helpers import (
    ADMIN_TOKEN,
    CHAIR_A,
    CHAIR_Q,
    TG_ADMIN,
    make_settings,
    post_tg,
    running_app,
    take_soon,
    tg_message,
)

NEW_DOC = """---
id: cabinet-2099-01-01-test
title: "มติทดสอบการโหลดดัชนีใหม่ เรื่อง ศูนย์ข้อมูลกลางทดสอบ"
date: 2099-01-01
source: "test"
---
เรื่อง มติทดสอบการโหลดดัชนีใหม่
1. ให้สำนักงานทดสอบกลางเป็นหน่วยงานรับผิดชอบศูนย์ข้อมูลกลางทดสอบ
"""


def add_resolution_and_rebuild(settings) -> str:
    (settings.gcio_knowledge_dir / "2099-01-01-test.md").write_text(NEW_DOC, encoding="utf-8")
    return build_index(
        settings.gcio_knowledge_dir, settings.gcio_index_dir, make_embedder(settings.gcio_embedder)
    ).version


def auth(token=ADMIN_TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_admin_reload_switches_to_the_new_build(own_index, client):
    engine = Engine.load(own_index)
    with running_app(own_index, engine) as srv:
        v1 = client.get(f"{srv.url}/healthz").json()
        assert v1["index_version"] == engine.version
        new_version = add_resolution_and_rebuild(own_index)
        assert new_version != engine.version
        # Until reloaded, the server keeps answering from the old one.
        assert client.get(f"{srv.url}/healthz").json()["index_version"] == engine.version
        r = client.post(f"{srv.url}/admin/reload", headers=auth())
        assert r.status_code == 200, r.text
        assert r.json() == {
            "ok": True,
            "old_version": engine.version,
            "version": new_version,
            "message": "reloaded",
        }
        v2 = client.get(f"{srv.url}/healthz").json()
        assert v2["index_version"] == new_version
        assert v2["document_count"] == v1["document_count"] + 1
        r = client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q})
        assert CHAIR_A in r.json()["answer"]


def test_broken_reload_keeps_the_old_index_and_says_so(own_index, client):
    engine = Engine.load(own_index)
    with running_app(own_index, engine) as srv:
        # Knowledge edited but not rebuilt: the index on disk is older than it. That is a warning,
        # not a refusal (a rollback produces exactly this), so the reload succeeds and says so.
        (own_index.gcio_knowledge_dir / "2099-01-01-test.md").write_text(NEW_DOC, encoding="utf-8")
        r = client.post(f"{srv.url}/admin/reload", headers=auth())
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["ok"] is True and body["version"] == engine.version
        assert "older than" in body["message"] and "gcio-bot index build" in body["message"]
        assert "older than" in client.get(f"{srv.url}/healthz").json()["index_warning"]
        # A CURRENT pointer that names no version: refused, with the way out in one line.
        current = own_index.gcio_index_dir / "CURRENT"
        current.write_text("no-such-version\n", encoding="utf-8")
        r = client.post(f"{srv.url}/admin/reload", headers=auth())
        assert r.status_code == 500 and r.json()["version"] == engine.version
        message = r.json()["message"]
        assert "not a version name" in message and f"gcio-bot index rollback {engine.version}" in message
        assert "\n" not in message
        # A version whose files are damaged: refused too.
        current.write_text(engine.version + "\n", encoding="utf-8")
        (own_index.gcio_index_dir / "versions" / engine.version / "vectors.faiss").write_bytes(b"\0garbage")
        r = client.post(f"{srv.url}/admin/reload", headers=auth())
        assert r.status_code == 500 and "corrupt" in r.json()["message"]
        # Still serving the old index, still answering.
        assert client.get(f"{srv.url}/healthz").json()["index_version"] == engine.version
        assert CHAIR_A in client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q}).json()["answer"]


def test_reload_after_rollback_serves_the_rolled_back_index(own_index, client):
    from bot.index.store import IndexStore

    engine = Engine.load(own_index)
    old_version = engine.version
    new_version = add_resolution_and_rebuild(own_index)
    newer = Engine.load(own_index)
    assert newer.version == new_version and not newer.index.warnings
    with running_app(own_index, newer) as srv:
        assert IndexStore(own_index.gcio_index_dir).rollback() == old_version
        r = client.post(f"{srv.url}/admin/reload", headers=auth())
        assert r.status_code == 200, r.text
        body = r.json()
        # knowledge/ still has the new resolution: served anyway, with a warning naming the rollback.
        assert body["ok"] and body["old_version"] == new_version and body["version"] == old_version
        assert "rolled back to on purpose" in body["message"]
        health = client.get(f"{srv.url}/healthz").json()
        assert health["index_version"] == old_version
        assert health["document_count"] == newer.document_count - 1
        assert CHAIR_A in client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q}).json()["answer"]
    # A restart serves it too (the last good index), with the same warning instead of an error.
    again = Engine.load(own_index)
    assert again.version == old_version and "rolled back" in again.index.warnings[0]


def test_telegram_admin_reload(own_index, fake_telegram, tg, client):
    engine = Engine.load(own_index)
    settings = make_settings(
        fake_telegram,
        gcio_index_dir=own_index.gcio_index_dir,
        gcio_knowledge_dir=own_index.gcio_knowledge_dir,
    )
    with running_app(settings, engine) as srv:
        new_version = add_resolution_and_rebuild(own_index)
        post_tg(client, srv, tg_message("/reload", user=TG_ADMIN))
        [msg] = take_soon(tg, lambda c: c["method"] == "sendMessage")
        assert new_version in msg["text"] and "โหลดดัชนีใหม่แล้ว" in msg["text"]
        assert client.get(f"{srv.url}/healthz").json()["index_version"] == new_version


def test_in_flight_requests_finish_on_the_old_engine(chan_engine):
    """A request that started before the swap completes on the engine it started with."""
    started, release = threading.Event(), threading.Event()

    class Gate:  # wraps the real engine; blocks one ask until the reload has happened
        version = chan_engine.version
        document_count = chan_engine.document_count

        def ask(self, question, *, id=None):
            started.set()
            release.wait(10)
            return chan_engine.ask(question, id=id)

    class Newer:
        version = "newer"
        document_count = chan_engine.document_count

        def ask(self, question, *, id=None):
            raise AssertionError("the in-flight request must not move to the new engine")

    holder = EngineHolder(Gate(), lambda: Newer(), cache_size=0)

    async def scenario():
        inflight = asyncio.create_task(asyncio.to_thread(holder.ask, CHAIR_Q))
        await asyncio.to_thread(started.wait, 10)
        result = await holder.reload()
        assert result.ok and holder.version == "newer"
        release.set()
        return await inflight

    answer = asyncio.run(scenario())
    assert CHAIR_A in answer.answer


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX only")
def test_sighup_reloads_a_running_serve(own_index, tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_", "GCIO_"))}
    env |= {
        "GCIO_INDEX_DIR": str(own_index.gcio_index_dir),
        "GCIO_KNOWLEDGE_DIR": str(own_index.gcio_knowledge_dir),
    }
    cmd = [sys.executable, "-c", "from bot.cli import main; main()", "serve", "--port", str(port)]
    proc = subprocess.Popen(
        cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                before = httpx.get(f"{url}/healthz", timeout=2).json()["index_version"]
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        new_version = add_resolution_and_rebuild(own_index)
        assert new_version != before
        proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 30
        while httpx.get(f"{url}/healthz", timeout=2).json()["index_version"] != new_version:
            assert time.monotonic() < deadline, "SIGHUP did not reload"
            time.sleep(0.2)
        assert proc.poll() is None  # still running
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=15)
    assert "SIGHUP: now serving index " + new_version in out
