"""GET /metrics: Prometheus text from each app's own registry; optional bearer token."""

from __future__ import annotations

from channels.helpers import CHAIR_Q, make_settings, running_app
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr


def samples(text: str) -> dict[tuple[str, tuple], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(text: str, name: str, **labels) -> float:
    return samples(text).get((name, tuple(sorted(labels.items()))), 0.0)


def test_metrics_count_requests_answers_and_show_the_index(engine, client):
    # Two apps in one process: each has its own registry (no "duplicated timeseries" clash).
    with running_app(make_settings(), engine) as a, running_app(make_settings(), engine) as b:
        for _ in range(3):
            assert client.post(f"{a.url}/api/ask", json={"question": CHAIR_Q}).status_code == 200
        off_topic = client.post(f"{a.url}/api/ask", json={"question": "พรุ่งนี้ฝนจะตกไหม"})
        assert off_topic.json()["abstained"] is True
        client.post(f"{a.url}/api/ask", content=b"{", headers={"Content-Type": "application/json"})
        client.get(f"{a.url}/no-such-page")
        r = client.get(f"{a.url}/metrics")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
        text = r.text
        other = client.get(f"{b.url}/metrics").text
    assert value(text, "gcio_http_requests_total", route="/api/ask", method="POST", status="200") == 4
    assert value(text, "gcio_http_requests_total", route="/api/ask", method="POST", status="400") == 1
    assert value(text, "gcio_http_requests_total", route="other", method="GET", status="404") == 1
    assert value(text, "gcio_answers_total", outcome="answered") == 3
    assert value(text, "gcio_answers_total", outcome="abstained") == 1
    assert value(text, "gcio_answer_seconds_count") == 4
    assert value(text, "gcio_answer_seconds_sum") > 0
    assert value(text, "gcio_index_info", version=engine.version) == 1
    assert value(text, "gcio_index_documents") == engine.document_count
    # The other app counted nothing of this.
    assert value(other, "gcio_answers_total", outcome="answered") == 0
    assert value(other, "gcio_http_requests_total", route="/api/ask", method="POST", status="200") == 0


def test_send_counters_are_exposed_for_the_adapters(engine, client):
    with running_app(make_settings(), engine) as s:
        # What adapters (or bot.channels.sender.Sender) call on a retry / a final failure / a drop.
        metrics = s.server.config.app.state.metrics
        metrics.send_retried("tg")
        metrics.send_retried("tg")
        metrics.send_failed("line")
        metrics.send_dropped("tg", "chat_cap")
        text = client.get(f"{s.url}/metrics").text
    assert value(text, "gcio_send_retries_total", channel="tg") == 2
    assert value(text, "gcio_send_failures_total", channel="line") == 1
    assert value(text, "gcio_send_dropped_total", channel="tg", reason="chat_cap") == 1


def test_metrics_token(engine, client):
    settings = make_settings(gcio_metrics_token=SecretStr("metrics-token-xyz"))
    cases = [
        (None, 401),
        ("Bearer wrong", 401),
        ("metrics-token-xyz", 401),
        ("Bearer metrics-token-xy", 401),
        ("Bearer metrics-token-xyzz", 401),
        ("Bearer metrics-token-xyz", 200),
    ]
    with running_app(settings, engine) as s:
        for header, status in cases:
            r = client.get(f"{s.url}/metrics", headers={"Authorization": header} if header else {})
            assert r.status_code == status, header
            if status == 200:
                assert "gcio_http_requests_total" in r.text
            else:
                assert "gcio_" not in r.text and r.headers["www-authenticate"] == "Bearer"
