"""Limits and bad input over real HTTP: body size while reading, read timeout, header size,
hostile JSON, content types, security headers on every response, one log line per flood."""

from __future__ import annotations

import json
import logging

import pytest
from channels.helpers import (
    ADMIN_TOKEN,
    CHAIR_A,
    CHAIR_Q,
    line_sign,
    make_settings,
    post_tg,
    running_app,
    tg_message,
)

from .conftest import LimitedServer, raw_exchange

LIMIT = 64 * 1024  # small limit, so "over the limit" needs little traffic


@pytest.fixture(scope="module")
def srv(engine, fake_telegram, fake_line):
    settings = make_settings(
        fake_telegram, fake_line, gcio_max_body_bytes=LIMIT, gcio_request_timeout_seconds=1.0
    )
    with running_app(settings, engine) as server:
        yield server


def head(path: str, length: int | None = None, *, chunked: bool = False, extra: str = "") -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    if extra:
        lines.append(extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunks(total: int, size: int = 4096):
    for _ in range(total // size):
        yield f"{size:x}\r\n".encode() + b"x" * size + b"\r\n"


def rejected(client, srv, reason: str) -> float:
    text = client.get(f"{srv.url}/metrics").text
    for line in text.splitlines():
        if line.startswith(f'gcio_rejected_requests_total{{reason="{reason}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


@pytest.mark.parametrize("path", ["/line/webhook", "/api/ask", "/telegram/webhook"])
def test_declared_oversized_body_is_refused_before_it_is_read(srv, client, ln, path, caplog):
    caplog.set_level(logging.INFO)
    before = rejected(client, srv, "body_too_large")
    # 50 MB announced, not a byte of it sent: the answer comes anyway, at once.
    status, data, _ = raw_exchange(
        srv.port, head(path, 50_000_000, extra=f"X-Line-Signature: {line_sign(b'')}")
    )
    assert status == 413, data
    assert b"connection: close" in data.lower() and b"body_too_large" in data
    assert rejected(client, srv, "body_too_large") == before + 1
    # No handler ran: no signature was checked, nothing was answered.
    assert not [r for r in caplog.records if "signature" in r.getMessage()]
    assert ln.take() == []


@pytest.mark.parametrize("path", ["/line/webhook", "/api/ask"])
def test_streamed_body_is_cut_off_once_the_count_passes_the_limit(srv, client, path):
    before = rejected(client, srv, "body_too_large")
    # Chunked, no Content-Length: 16x the limit offered, the server stops reading after the limit.
    status, data, _ = raw_exchange(srv.port, head(path, chunked=True), chunks(16 * LIMIT))
    assert status == 413, data
    assert rejected(client, srv, "body_too_large") == before + 1


def test_body_just_under_the_limit_is_accepted(srv, client):
    body = json.dumps({"question": CHAIR_Q, "pad": "x" * (LIMIT - 200)}).encode()
    assert LIMIT - 200 < len(body) <= LIMIT
    r = client.post(f"{srv.url}/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200 and CHAIR_A in r.json()["answer"]


def test_a_body_that_trickles_in_gets_408(srv, client):
    before = rejected(client, srv, "read_timeout")
    # 100 bytes announced, 10 sent, then silence: the 1 s read timeout answers.
    status, data, seconds = raw_exchange(srv.port, head("/api/ask", 100) + b'{"question')
    assert status == 408, data
    assert 0.9 <= seconds < 5
    assert rejected(client, srv, "read_timeout") == before + 1


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 30_000 + b"]" * 30_000,  # RecursionError in json.loads
        b'{"question": ' + b"[" * 70 + b"1" + b"]" * 70 + b"}",  # deeper than 64
        b'{"question": "\\ud800 \xe0\xb8\x81"}',  # lone surrogate
        b'{"question": "x", "id": NaN}',
        b'{"question": "x", "n": 1e999}',
        b'{"question": "x", "n": ' + b"9" * 5000 + b"}",  # int() over 4300 digits
        b"\xff\xfe{}",
        b"",
    ],
)
def test_hostile_json_on_api_ask_is_400_not_500(srv, client, body):
    r = client.post(f"{srv.url}/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    assert r.json()["error"] == "invalid_json"


@pytest.mark.parametrize(
    "ctype",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json"],
)
def test_api_ask_accepts_only_json(srv, client, ctype):
    r = client.post(
        f"{srv.url}/api/ask", content=json.dumps({"question": CHAIR_Q}), headers={"Content-Type": ctype}
    )
    assert r.status_code == 415 and r.json()["error"] == "unsupported_media_type"


@pytest.mark.parametrize("ctype", ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON"])
def test_api_ask_json_content_types(srv, client, ctype):
    r = client.post(
        f"{srv.url}/api/ask", content=json.dumps({"question": CHAIR_Q}), headers={"Content-Type": ctype}
    )
    assert r.status_code == 200 and CHAIR_A in r.json()["answer"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"update_id": Infinity, "message": {}}',
        b'{"update_id": 1e999}',
        b'{"update_id": -Infinity}',
        b'{"update_id": NaN}',
    ],
)
def test_bad_numbers_in_a_telegram_update_get_200_and_are_ignored(srv, client, tg, body):
    r = post_tg(client, srv, body)
    assert r.status_code == 200 and r.json()["ok"] is True
    assert [c for c in tg.take() if c["method"] == "sendMessage"] == []
    # and the channel still answers real updates
    post_tg(client, srv, tg_message(CHAIR_Q, user=9101))
    assert any(CHAIR_A in c.get("text", "") for c in tg.take())


def test_security_headers_on_every_response(srv, client):
    responses = [
        client.get(f"{srv.url}/"),
        client.get(f"{srv.url}/healthz"),
        client.get(f"{srv.url}/static/app.js"),
        client.get(f"{srv.url}/metrics"),
        client.get(f"{srv.url}/no-such-page"),  # 404
        client.get(f"{srv.url}/api/ask"),  # 405
        client.post(f"{srv.url}/api/ask", content=b"{", headers={"Content-Type": "application/json"}),  # 400
        client.post(f"{srv.url}/api/ask", content=b"{}", headers={"Content-Type": "text/plain"}),  # 415
        client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q}),
        client.post(f"{srv.url}/admin/reload"),  # 403
        client.post(f"{srv.url}/telegram/webhook", json={"update_id": 1}),  # 403
        client.post(f"{srv.url}/line/webhook", content=b"{}", headers={"X-Line-Signature": "bad"}),  # 400
    ]
    status, data, _ = raw_exchange(srv.port, head("/api/ask", 10 * LIMIT))  # 413 from the middleware
    assert status == 413
    assert {r.status_code for r in responses} >= {200, 400, 403, 404, 405, 415}
    for r in responses:
        h = r.headers
        assert "default-src 'self'" in h.get("content-security-policy", ""), (r.request.url, r.status_code)
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"
    assert b"content-security-policy:" in data.lower() and b"x-content-type-options: nosniff" in data.lower()
    assert "no-store" in responses[1].headers["cache-control"]
    assert "no-store" not in responses[2].headers.get("cache-control", "")  # static files stay cacheable


def test_unexpected_errors_get_500_with_headers_and_one_log_line(engine, client, caplog):
    class Flaky:
        """The real engine, except that reading its version fails once `broken` is set."""

        broken = False
        document_count = engine.document_count

        @property
        def version(self):
            if Flaky.broken:
                raise RuntimeError("disk gone")
            return engine.version

        def ask(self, question, *, id=None, context=None):
            return engine.ask(question, id=id, context=context)

    caplog.set_level(logging.INFO)
    with running_app(make_settings(), Flaky()) as s:
        Flaky.broken = True
        codes = [client.get(f"{s.url}/healthz") for _ in range(5)]
    assert {r.status_code for r in codes} == {500}
    assert all(r.headers["x-content-type-options"] == "nosniff" for r in codes)
    lines = [r for r in caplog.records if "RuntimeError" in r.getMessage()]
    assert len(lines) == 1 and lines[0].levelno == logging.ERROR  # not one traceback per request
    assert not [r for r in caplog.records if "Exception in ASGI application" in r.getMessage()]


def test_refused_admin_and_metrics_requests_are_logged_once_a_minute(engine, index_dir, client, caplog):
    from pydantic import SecretStr

    caplog.set_level(logging.INFO)
    # The session's own index, never the checkout's index/ (absent on a clean clone).
    settings = make_settings(gcio_metrics_token=SecretStr("m-token-1234"), gcio_index_dir=index_dir)
    with running_app(settings, engine) as s:
        for _ in range(20):
            assert (
                client.post(f"{s.url}/admin/reload", headers={"Authorization": "Bearer nope"}).status_code
                == 403
            )
            assert client.get(f"{s.url}/metrics").status_code == 401
        assert (
            client.post(
                f"{s.url}/admin/reload", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}
            ).status_code
            == 200
        )
    msgs = [r.getMessage() for r in caplog.records]
    assert sum("admin reload refused" in m for m in msgs) == 1
    assert sum("/metrics refused" in m for m in msgs) == 1


@pytest.mark.parametrize("http", ["httptools", "h11"])
def test_oversized_headers_are_refused_by_the_serve_configuration(engine, http):
    settings = make_settings(gcio_max_header_bytes=8192)
    from bot.web.app import create_app
    from bot.web.server import header_limited_httptools

    protocol = header_limited_httptools(8192) if http == "httptools" else "h11"
    with LimitedServer(create_app(settings, engine=engine), settings, http=protocol) as s:
        ok_head = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 4000 + b"\r\n\r\n"
        status, _, _ = raw_exchange(s.port, ok_head)
        assert status == 200
        # 1 MB of header: refused long before it is all read.
        big = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: "
        status, data, _ = raw_exchange(s.port, big, (b"a" * 16384 for _ in range(64)))
        assert status in (431, 400), data  # h11 says 400 "Invalid HTTP request"
        if http == "httptools":
            assert status == 431
