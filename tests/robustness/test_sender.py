"""bot.channels.sender.Sender against a real HTTP server on loopback (pytest-httpserver)."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.channels.metrics import Metrics
from bot.channels.sender import Sender, classify


class Script:
    """Answers each request with the next (status, body, headers, delay); records arrival times."""

    def __init__(self, *steps):
        self.steps = list(steps)
        self.times: list[float] = []
        self.bodies: list[dict] = []
        self.lock = threading.Lock()
        self.in_flight = self.max_in_flight = 0

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.times.append(time.monotonic())
            self.bodies.append(request.get_json(silent=True) or {})
            step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        status, body, headers, delay = (
            (*step, None, None, 0)[:4] if isinstance(step, tuple) else (step, None, None, 0)
        )
        try:
            if callable(delay):
                delay()
            elif delay:
                time.sleep(delay)
            import json

            return Response(
                json.dumps(body or {"ok": status < 400}),
                status=status,
                headers=headers or {},
                content_type="application/json",
            )
        finally:
            with self.lock:
                self.in_flight -= 1


@pytest.fixture()
def server():
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()


def serve(server: HTTPServer, script: Script) -> str:
    server.expect_request("/send").respond_with_handler(script)
    return server.url_for("/send")


def job(client: httpx.AsyncClient, url: str, payload: dict | None = None):
    async def call():
        r = await client.post(url, json=payload or {})
        r.raise_for_status()
        return r

    return call


def counted(metrics: Metrics, name: str, **labels) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


@pytest.mark.parametrize(
    "first",
    [
        (429, {"ok": False, "error_code": 429, "parameters": {"retry_after": 1}}),  # Telegram
        (429, {"message": "rate limited"}, {"Retry-After": "1"}),  # LINE / HTTP
    ],
)
async def test_429_waits_the_retry_after_it_was_given(server, first):
    script = Script(first, 200)
    url = serve(server, script)
    metrics = Metrics()
    sender = Sender(base_delay=0.01, metrics=metrics)
    async with httpx.AsyncClient() as client:
        assert await sender.submit("tg", 1, job(client, url)) is True
    assert len(script.times) == 2 and script.times[1] - script.times[0] >= 0.95
    assert counted(metrics, "gcio_send_retries_total", channel="tg") == 1
    assert counted(metrics, "gcio_send_failures_total", channel="tg") == 0


async def test_5xx_backs_off_and_succeeds(server):
    script = Script(500, 502, 200)
    url = serve(server, script)
    sender = Sender(base_delay=0.1)
    async with httpx.AsyncClient() as client:
        assert await sender.submit("line", "U1", job(client, url)) is True
    gaps = [b - a for a, b in zip(script.times, script.times[1:], strict=False)]
    assert len(script.times) == 3 and sender.retried == 2 and sender.failed == 0
    assert gaps[0] >= 0.07 and gaps[1] >= 0.15  # 0.1 then 0.2 (±25% jitter)


async def test_gives_up_after_three_tries_and_counts_it(server):
    script = Script(503)
    url = serve(server, script)
    metrics = Metrics()
    sender = Sender(base_delay=0.01, metrics=metrics)
    async with httpx.AsyncClient() as client:
        assert await sender.submit("tg", 1, job(client, url)) is False
    assert len(script.times) == 3
    assert counted(metrics, "gcio_send_failures_total", channel="tg") == 1
    assert counted(metrics, "gcio_send_retries_total", channel="tg") == 2


@pytest.mark.parametrize("status", [400, 403, 404])
async def test_other_4xx_are_final(server, status):
    script = Script(status)
    url = serve(server, script)
    sender = Sender(base_delay=0.01)
    async with httpx.AsyncClient() as client:
        assert await sender.submit("tg", 1, job(client, url)) is False
    assert len(script.times) == 1 and sender.failed == 1 and sender.retried == 0


async def test_a_slow_call_is_cut_off_and_retried(server):
    script = Script((200, None, None, 1.5), 200)
    url = serve(server, script)
    sender = Sender(timeout=0.3, base_delay=0.01)
    async with httpx.AsyncClient() as client:
        t0 = time.monotonic()
        assert await sender.submit("tg", 1, job(client, url)) is True
        assert time.monotonic() - t0 < 1.4  # did not wait for the slow answer
    assert len(script.times) == 2 and sender.retried == 1
    with pytest.raises(ValueError):
        Sender(timeout=6)


async def test_concurrency_is_bounded_and_each_chat_keeps_its_order(server):
    script = Script((200, None, None, 0.05))
    url = serve(server, script)
    sender = Sender(concurrency=4)
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=50)) as client:
        futures = [sender.submit("tg", n % 8, job(client, url, {"chat": n % 8, "seq": n})) for n in range(40)]
        assert all(await asyncio.gather(*futures))
    assert 2 <= script.max_in_flight <= 4
    for chat in range(8):
        seqs = [b["seq"] for b in script.bodies if b.get("chat") == chat]
        assert seqs == sorted(seqs) and len(seqs) == 5


async def test_messages_per_chat_are_capped(server):
    gate = threading.Event()
    script = Script((200, None, None, lambda: gate.wait(10)), 200)
    url = serve(server, script)
    metrics = Metrics()
    sender = Sender(max_pending_per_chat=3, metrics=metrics)
    async with httpx.AsyncClient() as client:
        first = sender.submit("tg", 42, job(client, url))
        await asyncio.sleep(0.2)  # in flight, blocked at the server
        rest = [sender.submit("tg", 42, job(client, url)) for _ in range(10)]
        other_chat = sender.submit("tg", 43, job(client, url))
        assert [f.done() for f in rest] == [False] * 3 + [True] * 7  # 3 wait, 7 dropped at once
        gate.set()
        results = await asyncio.gather(first, *rest, other_chat)
    assert results == [True] * 4 + [False] * 7 + [True]
    assert counted(metrics, "gcio_send_dropped_total", channel="tg", reason="chat_cap") == 7
    assert len(script.times) == 5


async def test_close_drains_then_drops_what_is_left(server):
    script = Script((200, None, None, 0.05))
    url = serve(server, script)
    sender = Sender()
    async with httpx.AsyncClient() as client:
        futures = [sender.submit("line", n, job(client, url)) for n in range(10)]
        await sender.close(timeout=10)
        assert all(f.result() for f in futures) and sender.sent == 10
        assert await sender.submit("line", 1, job(client, url)) is False  # closed: refused
    hang = Script((200, None, None, 4.0))
    server.clear()
    url = serve(server, hang)
    metrics = Metrics()
    sender = Sender(metrics=metrics)
    async with httpx.AsyncClient() as client:
        stuck = sender.submit("tg", 7, job(client, url))
        queued = sender.submit("tg", 7, job(client, url))
        await asyncio.sleep(0.1)
        t0 = time.monotonic()
        await sender.close(timeout=0.5)
        assert time.monotonic() - t0 < 2.0
    assert stuck.result() is False and queued.result() is False
    assert counted(metrics, "gcio_send_dropped_total", channel="tg", reason="shutdown") == 2


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PTB's RetryAfter constructor warns about ints
def test_classify_knows_the_sdks_errors():
    from datetime import timedelta

    from linebot.v3.messaging.exceptions import ApiException
    from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

    assert classify(RetryAfter(timedelta(seconds=3))).delay == 3
    assert classify(RetryAfter(5)).retry
    assert classify(TimedOut()).retry and classify(NetworkError("x")).retry
    assert not classify(BadRequest("chat not found")).retry
    assert classify(ApiException(status=500)).retry
    assert not classify(ApiException(status=400)).retry
    exc = ApiException(status=429)
    exc.headers = {"Retry-After": "2"}
    v = classify(exc)
    assert v.retry and v.delay == 2
    assert not classify(ValueError("bug")).retry
