"""Several replicas: with GCIO_REDIS_URL set, dedupe, rate limits, conversations and answer payloads
live in a real redis-server, so any replica serves any update; when Redis fails, each replica falls
back to its own memory instead of failing requests."""

from __future__ import annotations

import json
import threading

import pytest
from channels.helpers import (
    CHAIR_A,
    CHAIR_Q,
    line_text_event,
    make_settings,
    post_line,
    post_tg,
    running_app,
    tg_callback,
    tg_message,
)
from pydantic import SecretStr

from bot.channels.conversations import RedisConversationStore
from bot.channels.dedupe import RedisDeduper
from bot.channels.ratelimit import RedisRateLimiter
from bot.channels.redis_state import RedisAnswerStore, RedisGuard, connect
from bot.core.models import Answer, Context

from .conftest import free_port, redis_process


def guard(url: str, **kw) -> RedisGuard:
    return RedisGuard(connect(url), **kw)


def test_deduper_is_shared_and_expires(redis_db, redis_url):
    a, b = RedisDeduper(guard(redis_url), "tg", ttl=60), RedisDeduper(guard(redis_url), "tg", ttl=60)
    assert a.first_time("1001") is True
    assert b.first_time("1001") is False and a.first_time("1001") is False
    assert RedisDeduper(guard(redis_url), "line").first_time("1001") is True  # channels apart
    assert 0 < redis_db.pttl("gcio:dd:tg:1001") <= 60_000
    assert b.first_time("x" * 1000) is True and a.first_time("x" * 1000) is False  # long ids hashed


def test_rate_limit_is_shared_by_replicas(redis_db, redis_url):
    a, b = RedisRateLimiter(guard(redis_url), 3), RedisRateLimiter(guard(redis_url), 3)
    assert [a.allow("web:1.2.3.4"), b.allow("web:1.2.3.4"), a.allow("web:1.2.3.4")] == [True] * 3
    assert b.allow("web:1.2.3.4") is False and a.allow("web:1.2.3.4") is False
    assert a.allow("web:5.6.7.8") is True  # per user
    assert 0 < redis_db.pttl("gcio:rl:web:1.2.3.4") <= 61_000  # idle buckets expire


def test_conversations_and_answers_are_shared(redis_db, redis_url):
    a, b = RedisConversationStore(guard(redis_url), 600), RedisConversationStore(guard(redis_url), 600)
    ctx = Context(intent="role", committee="คณะกรรมการ PCIO", question="ใครเป็นประธาน")
    a.put("web:tab-1", ctx)
    assert b.get("web:tab-1") == ctx
    assert 0 < redis_db.pttl("gcio:conv:web:tab-1") <= 600_000
    b.put("web:tab-1", None)
    assert a.get("web:tab-1") is None
    answer = Answer(question="q", answer="a", abstained=False, confidence=0.9, kind="fact")
    sa, sb = RedisAnswerStore(guard(redis_url), ttl_seconds=3600), RedisAnswerStore(guard(redis_url))
    key = sa.put(answer)
    assert len(key) == 8 and sb.get(key) == answer
    assert 0 < redis_db.pttl(f"gcio:ans:{key}") <= 3_600_000
    for bad in ("", "../x", "a" * 40, "key with space", None):
        assert sb.get(bad) is None


def test_redis_outage_falls_back_to_memory_and_recovers():
    port = free_port()
    with redis_process(port) as url:
        g = guard(url, cooldown=5.0)
        dedupe, limiter = RedisDeduper(g, "tg"), RedisRateLimiter(g, 2)
        convs, answers = RedisConversationStore(g, 600), RedisAnswerStore(g)
        assert dedupe.first_time("1") and not dedupe.first_time("1") and g.failures == 0
    # redis-server is gone: every call still answers, from this replica's memory.
    ctx = Context(intent="role")
    results = [dedupe.first_time("2") for _ in range(50)]
    assert results[0] is True and not any(results[1:])  # deduped in memory
    assert [limiter.allow("u") for _ in range(3)] == [True, True, False]
    convs.put("c", ctx)
    assert convs.get("c") == ctx
    answer = Answer(question="q", answer="a", abstained=False, confidence=1.0, kind="fact")
    assert answers.get(answers.put(answer)) is None  # no memory fallback given here: expired button
    assert g.failures == 1  # after the first failure Redis is skipped for the cooldown, not retried per call
    assert not g.healthy
    # It comes back on the same port: used again after the cooldown.
    with redis_process(port):
        assert g.ping() and g.healthy
        assert dedupe.first_time("3") is True and not dedupe.first_time("3")
        assert g.client.get("gcio:dd:tg:3") == b"1"


@pytest.fixture()
def replicas(engine, redis_db, redis_url, fake_telegram, fake_line):
    settings = make_settings(
        fake_telegram, fake_line, gcio_redis_url=SecretStr(redis_url), gcio_rate_limit_per_minute=1000
    )
    with running_app(settings, engine) as a, running_app(settings, engine) as b:
        yield a, b


def both(fn, a, b):
    """Deliver to both replicas at the same moment."""
    out = {}
    threads = [threading.Thread(target=lambda s=s: out.setdefault(s.url, fn(s))) for s in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return [out[a.url], out[b.url]]


def test_an_update_delivered_to_two_replicas_is_answered_once(replicas, client, tg, ln):
    import httpx

    a, b = replicas
    assert client.get(f"{a.url}/healthz").json()["state_backend"] == "redis"
    assert client.get(f"{b.url}/healthz").json()["redis"] == "ok"
    for n in range(3):
        update = tg_message(CHAIR_Q, user=9300 + n)
        codes = both(lambda s, u=update: post_tg(httpx.Client(timeout=30), s, u).status_code, a, b)
        assert codes == [200, 200]
        sent = [c for c in tg.take() if c["method"] == "sendMessage"]
        assert len(sent) == 1 and CHAIR_A in sent[0]["text"]
    event = line_text_event(CHAIR_Q, event_id="01HREDISSHAREDEVENT000000001")
    codes = both(lambda s: post_line(httpx.Client(timeout=30), s, [event]).status_code, a, b)
    assert codes == [200, 200] and len(ln.take()) == 1


def test_a_conversation_started_on_one_replica_continues_on_the_other(replicas, client, tg):
    a, b = replicas
    first = client.post(
        f"{a.url}/api/ask", json={"question": "ใครเป็นประธานคณะกรรมการ PCIO", "conversation": "t1"}
    )
    assert first.status_code == 200 and not first.json()["abstained"]
    follow = client.post(f"{b.url}/api/ask", json={"question": "แล้วเลขานุการล่ะ", "conversation": "t1"}).json()
    assert not follow["abstained"] and "หัวหน้าสำนักงานจังหวัด" in follow["answer"], follow
    # An answer's button payload made on A works on B.
    key = first.json()["answer_id"]
    assert post_tg(client, b, tg_callback(f"c:{key}", user=9310)).status_code == 200
    sent = [c for c in tg.take() if c["method"] == "sendMessage"]
    assert sent and "หมดอายุ" not in json.dumps(sent, ensure_ascii=False)


def test_rate_limit_spans_replicas(engine, redis_db, redis_url, client):
    settings = make_settings(gcio_redis_url=SecretStr(redis_url), gcio_rate_limit_per_minute=2)
    with running_app(settings, engine) as a, running_app(settings, engine) as b:
        codes = [
            client.post(f"{s.url}/api/ask", json={"question": CHAIR_Q}).status_code for s in (a, b, a, b)
        ]
    assert codes == [200, 200, 429, 429]


def test_a_bad_redis_url_stops_serve_with_one_line(monkeypatch, tmp_path):
    import logging

    from typer.testing import CliRunner

    from bot.cli import app as cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GCIO_REDIS_URL", "http://user:secret-pw@cache:6379/0")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        r = CliRunner().invoke(cli, ["serve", "--port", "1"])
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert r.exit_code == 2
    [line] = r.output.strip().splitlines()
    assert line.startswith("error: GCIO_REDIS_URL is not a Redis URL") and "secret-pw" not in line
