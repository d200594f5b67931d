"""The web side of `gcio-bot serve`: health check, JSON API, chat page, admin reload."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from .helpers import ADMIN_TOKEN, CHAIR_A, CHAIR_Q, make_settings, running_app


def test_healthz_reports_index_version_and_documents(server, client, chan_engine):
    r = client.get(f"{server.url}/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["index_version"] == chan_engine.version
    assert body["document_count"] == chan_engine.document_count >= 1
    assert body["channels"] == {"telegram": True, "line": True, "web": True}


def test_api_ask_returns_the_answer_json(server, client, chan_engine):
    r = client.post(f"{server.url}/api/ask", json={"question": CHAIR_Q})
    assert r.status_code == 200
    body = r.json()
    assert CHAIR_A in body["answer"]
    assert body["abstained"] is False
    assert body["citations"] and body["citations"][0]["title"]
    # Same JSON as `gcio-bot ask --json` (the Answer model dumped as is), plus a key for feedback.
    answer_id = body.pop("answer_id")
    assert isinstance(answer_id, str) and len(answer_id) >= 8
    assert body == chan_engine.ask(CHAIR_Q).model_dump(mode="json")


def test_api_ask_follow_up_in_the_same_conversation(server, client):
    pcio = "ใครเป็นประธานคณะกรรมการ PCIO"
    first = client.post(f"{server.url}/api/ask", json={"question": pcio, "conversation": "tab-1"})
    assert first.status_code == 200 and not first.json()["abstained"]
    follow = client.post(f"{server.url}/api/ask", json={"question": "แล้วเลขานุการล่ะ", "conversation": "tab-1"})
    body = follow.json()
    assert follow.status_code == 200 and not body["abstained"], body
    assert "เลขานุการ" in body["answer"] and "หัวหน้าสำนักงานจังหวัด" in body["answer"]
    # Another tab talks about the GCIO committee, which has no secretary: its follow-up says so.
    client.post(f"{server.url}/api/ask", json={"question": CHAIR_Q, "conversation": "tab-2"})
    other = client.post(f"{server.url}/api/ask", json={"question": "แล้วเลขานุการล่ะ", "conversation": "tab-2"})
    assert other.json()["abstained"] is True and "GCIO" in other.json()["answer"]
    again = client.post(f"{server.url}/api/ask", json={"question": "แล้วเลขานุการล่ะ", "conversation": "tab-1"})
    assert "หัวหน้าสำนักงานจังหวัด" in again.json()["answer"]


def test_api_ask_greeting_gets_a_friendly_reply(server, client):
    r = client.post(f"{server.url}/api/ask", json={"question": "สวัสดีครับ"})
    body = r.json()
    assert r.status_code == 200 and body["kind"] == "small_talk" and not body["abstained"]
    assert "GCIO" in body["answer"]


def test_api_ask_passes_request_id(server, client):
    r = client.post(f"{server.url}/api/ask", json={"question": CHAIR_Q, "id": "q-42"})
    assert r.status_code == 200 and r.json()["id"] == "q-42"


def test_api_ask_rejects_bad_requests(server, client):
    url = f"{server.url}/api/ask"
    assert client.post(url, content=b"{not json").status_code == 400
    assert client.post(url, content=b"\xff\xfe garbage").status_code == 400
    assert client.post(url, json=["list"]).status_code == 422
    assert client.post(url, json={"q": "x"}).status_code == 422
    assert client.post(url, json={"question": 12}).status_code == 422
    r = client.post(url, json={"question": "   "})
    assert r.status_code == 422 and "คำถาม" in r.json()["message"]
    r = client.post(url, json={"question": "ก" * 5000})
    assert r.status_code == 413
    assert "ยาวเกินไป" in r.json()["message"]
    # The server is still fine afterwards.
    assert client.get(f"{server.url}/healthz").status_code == 200


def test_chat_page_is_served(server, client):
    r = client.get(f"{server.url}/")
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    assert 'id="question"' in r.text and "/static/app.js" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    js = client.get(f"{server.url}/static/app.js")
    assert (
        js.status_code == 200
        and "textContent" in js.text
        and "innerHTML" not in js.text.replace("never innerHTML", "")
    )
    ex = client.get(f"{server.url}/api/examples").json()["examples"]
    assert CHAIR_Q in ex


def test_no_tokens_runs_only_web_chat_and_api(chan_engine, client, caplog):
    caplog.set_level("INFO")
    with running_app(make_settings(), chan_engine) as srv:
        health = client.get(f"{srv.url}/healthz").json()
        assert health["channels"] == {"telegram": False, "line": False, "web": True}
        assert client.post(f"{srv.url}/telegram/webhook", json={"update_id": 1}).status_code == 404
        assert client.post(f"{srv.url}/line/webhook", json={"events": []}).status_code == 404
        r = client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q})
        assert r.status_code == 200 and CHAIR_A in r.json()["answer"]
    msgs = [r.getMessage() for r in caplog.records]
    assert sum("telegram channel disabled" in m for m in msgs) == 1
    assert sum("line channel disabled" in m for m in msgs) == 1


def test_api_rate_limit_is_polite(chan_engine, client):
    with running_app(make_settings(gcio_rate_limit_per_minute=2), chan_engine) as srv:
        codes = [client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q}) for _ in range(4)]
        assert [r.status_code for r in codes] == [200, 200, 429, 429]
        assert "ถี่เกินไป" in codes[-1].json()["message"]


def test_admin_reload_needs_the_token(server, client):
    url = f"{server.url}/admin/reload"
    assert client.post(url).status_code == 403
    assert client.post(url, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post(url, headers={"Authorization": ADMIN_TOKEN}).status_code == 403


@pytest.mark.parametrize("token", [None, "", "  "])
def test_admin_reload_disabled_without_token(chan_engine, client, token):
    settings = make_settings(gcio_admin_token=None if token is None else SecretStr(token))
    with running_app(settings, chan_engine) as srv:
        for header in ("Bearer x", "Bearer", "Bearer \t x"):
            r = client.post(f"{srv.url}/admin/reload", headers={"Authorization": header.encode()})
            assert r.status_code == 403


def test_feedback_is_recorded_without_the_client_address(server, client):
    store = server.app.state.service.feedback_store
    asked = client.post(f"{server.url}/api/ask", json={"question": "ราคาน้ำมันวันนี้เท่าไร"})
    assert asked.json()["abstained"] is True
    asked = client.post(f"{server.url}/api/ask", json={"question": CHAIR_Q})
    answer_id = asked.json()["answer_id"]
    r = client.post(f"{server.url}/api/feedback", json={"answer_id": answer_id, "useful": False})
    assert r.status_code == 200 and r.json()["ok"] is True
    assert (
        client.post(f"{server.url}/api/feedback", json={"answer_id": "nope", "useful": True}).status_code
        == 404
    )
    assert client.post(f"{server.url}/api/feedback", json={"answer_id": answer_id}).status_code == 422
    report = store.report(days=1)
    assert any("ราคาน้ำมัน" in r.question for r in report.unanswered)
    assert any(CHAIR_A in r.answer for r in report.downvoted)
    raw = store.path.read_bytes() if hasattr(store, "path") else b""
    assert b"127.0.0.1" not in raw


def test_rate_limited_reply_says_when_to_retry(chan_engine, client):
    from .helpers import make_settings, running_app

    with running_app(make_settings(gcio_rate_limit_per_minute=2), chan_engine) as srv:
        codes = [client.post(f"{srv.url}/api/ask", json={"question": CHAIR_Q}) for _ in range(3)]
    limited = codes[-1]
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) == 30
    assert "30 วินาที" in limited.json()["message"]
