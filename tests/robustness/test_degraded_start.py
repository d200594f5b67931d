"""`serve` starts when a platform API is down: that channel retries in the background, the rest serve."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time

import httpx
from channels.helpers import (
    CHAIR_A,
    CHAIR_Q,
    Recorder,
    ServerThread,
    _fake_telegram_app,
    line_text_event,
    make_settings,
    post_line,
    post_tg,
    running_app,
    tg_message,
)
from pydantic import SecretStr

from bot.channels.supervisor import ChannelSupervisor

from .conftest import free_port


class ServerOnPort(ServerThread):
    """A fake API that comes up later on a port chosen in advance."""

    def __init__(self, app, port: int):
        super().__init__(app)
        self.sock.close()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.port, self.url = port, f"http://127.0.0.1:{port}"
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)


def wait_for(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_telegram_down_at_start_then_up(engine, fake_line, ln, client):
    port = free_port()  # nothing listens there yet: Telegram's API is "down"
    settings = make_settings(
        None,
        fake_line,
        telegram_bot_token=SecretStr("123456:TEST-token-abcdefghijklmnop"),
        telegram_webhook_secret=SecretStr("tg-webhook-secret-for-tests"),
        telegram_api_base_url=f"http://127.0.0.1:{port}",
        gcio_channel_retry_initial_seconds=0.2,
        gcio_channel_retry_max_seconds=0.5,
    )
    with running_app(settings, engine) as srv:
        health = client.get(f"{srv.url}/healthz").json()
        assert health["status"] == "degraded"
        assert health["channel_states"] == {"telegram": "down", "line": "ok", "web": "ok"}
        assert health["channels"] == {"telegram": False, "line": True, "web": True}
        assert health["channel_errors"]["telegram"]
        # The web chat and LINE serve meanwhile.
        assert CHAIR_A in client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q}).json()["answer"]
        assert post_line(client, srv, [line_text_event(CHAIR_Q)]).status_code == 200
        assert CHAIR_A in json.dumps(ln.take(), ensure_ascii=False)
        # Telegram deliveries get 503 (Telegram retries them later), not 404 and not a crash.
        r = post_tg(client, srv, tg_message(CHAIR_Q, user=9201))
        assert r.status_code == 503 and r.headers["retry-after"]
        metrics = client.get(f"{srv.url}/metrics").text
        assert 'gcio_channel_up{channel="telegram",state="down"} 1.0' in metrics
        # Telegram's API comes back: the background retry brings the channel up.
        rec = Recorder()
        with ServerOnPort(_fake_telegram_app(rec), port):
            wait_for(lambda: client.get(f"{srv.url}/healthz").json()["channel_states"]["telegram"] == "ok")
            health = client.get(f"{srv.url}/healthz").json()
            assert health["status"] == "ok" and "channel_errors" not in health
            assert post_tg(client, srv, tg_message(CHAIR_Q, user=9202)).status_code == 200
            sent = [c for c in rec.take() if c["method"] == "sendMessage"]
            assert sent and CHAIR_A in sent[0]["text"]


def test_supervisor_backs_off_and_stops_cleanly():
    class Flaky:
        def __init__(self, failures: int):
            self.failures, self.starts, self.stops = failures, [], 0

        async def start(self):
            self.starts.append(time.monotonic())
            if len(self.starts) <= self.failures:
                raise ConnectionError("platform down")

        async def stop(self):
            self.stops += 1

    async def scenario():
        ok = Flaky(0)
        sup = ChannelSupervisor("a", ok, initial_delay=0.05, max_delay=0.2)
        await sup.start()
        assert sup.state == "ok" and sup.attempts == 1
        flaky = Flaky(4)
        sup2 = ChannelSupervisor("b", flaky, initial_delay=0.05, max_delay=0.2)
        await sup2.start()
        assert sup2.state == "down" and "platform down" in sup2.last_error
        for _ in range(200):
            if sup2.state == "ok":
                break
            await asyncio.sleep(0.02)
        assert sup2.state == "ok" and sup2.attempts == 5
        gaps = [b - a for a, b in zip(flaky.starts, flaky.starts[1:], strict=False)]
        assert gaps[1] > gaps[0] * 1.2 and max(gaps) < 0.2 * 1.2 + 0.1  # doubling, capped
        never = Flaky(10**6)
        sup3 = ChannelSupervisor("c", never, initial_delay=0.05, max_delay=0.05)
        await sup3.start()
        await asyncio.sleep(0.2)
        await sup3.stop()  # cancels the retry loop
        n = len(never.starts)
        await asyncio.sleep(0.2)
        assert len(never.starts) == n and never.stops == 1 and sup3.state == "down"

    asyncio.run(scenario())


def test_supervisor_stops_when_stop_lands_as_a_start_fails():
    """stop() asked at the moment a background start fails: on 3.11 `asyncio.wait_for` swallowed
    that cancel, the retry loop went on for ever and stop() never returned (CI hung on it once)."""

    class FailsAndIsStopped:
        def __init__(self):
            self.starts, self.stopper = 0, []
            self.sup: ChannelSupervisor | None = None

        async def start(self):
            self.starts += 1
            if self.starts == 2 and self.sup is not None:  # the first background retry
                sup = self.sup
                asyncio.get_running_loop().call_soon(
                    lambda: self.stopper.append(asyncio.ensure_future(sup.stop()))
                )
            raise ConnectionError("platform down")

        async def stop(self):
            pass

    async def scenario():
        channel = FailsAndIsStopped()
        sup = ChannelSupervisor("d", channel, initial_delay=0.01, max_delay=0.01)
        channel.sup = sup
        await sup.start()
        for _ in range(100):
            if channel.stopper:
                break
            await asyncio.sleep(0.01)
        assert channel.stopper, "the background retry never ran"
        done, _ = await asyncio.wait(channel.stopper, timeout=5)  # (wait: never cancels the stop)
        assert done, "stop() did not return: the retry loop outlived its cancel"
        n = channel.starts
        await asyncio.sleep(0.1)
        assert channel.starts == n and sup.state == "down"

    asyncio.run(scenario())


def test_serve_process_stays_up_when_telegram_is_unreachable(own_index, tmp_path):
    port, dead = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_", "GCIO_"))}
    env |= {
        "GCIO_INDEX_DIR": str(own_index.gcio_index_dir),
        "GCIO_KNOWLEDGE_DIR": str(own_index.gcio_knowledge_dir),
        "TELEGRAM_BOT_TOKEN": "123456:TEST-token-abcdefghijklmnop",
        "TELEGRAM_WEBHOOK_SECRET": "tg-webhook-secret-for-tests",
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{dead}",
    }
    cmd = [sys.executable, "-c", "from bot.cli import main; main()", "serve", "--port", str(port)]
    proc = subprocess.Popen(
        cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                health = httpx.get(f"{url}/healthz", timeout=2).json()
                break
            except httpx.HTTPError:
                assert proc.poll() is None, "serve exited: " + (proc.stdout.read() if proc.stdout else "")
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert health["channel_states"]["telegram"] in ("down", "starting")
        r = httpx.post(f"{url}/api/ask", json={"question": CHAIR_Q}, timeout=30)
        assert r.status_code == 200 and CHAIR_A in r.json()["answer"]
        assert proc.poll() is None
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert "telegram channel down at start" in out
    assert "Traceback" not in out
