"""LINE webhook over real HTTP: signed requests to our server -> fake Messaging API on loopback."""

from __future__ import annotations

import json

import pytest

from .helpers import (
    CHAIR_A,
    CHAIR_Q,
    LINE_ADMIN,
    LINE_TOKEN,
    line_postback_event,
    line_sign,
    line_text_event,
    make_settings,
    post_line,
    running_app,
    take_soon,
)


def texts(call) -> list[str]:
    """Each message's text; a Flex bubble's alt text, which is the whole plain answer."""
    return [m.get("text") or m["altText"] for m in call["messages"]]


def postbacks(call) -> list[tuple[str, str]]:
    """(label, data) of every postback button: quick replies and a Flex bubble's footer."""
    out = []
    for m in call["messages"]:
        for i in (m.get("quickReply") or {}).get("items", []):
            out.append((i["action"]["label"], i["action"]["data"]))
        footer = (m.get("contents") or {}).get("footer") or {}
        for b in footer.get("contents", []):
            out.append((b["action"]["label"], b["action"]["data"]))
    return out


def test_text_question_gets_answer_with_citation(server, client, line):
    ev = line_text_event(CHAIR_Q)
    r = post_line(client, server, [ev])
    assert r.status_code == 200
    [call] = line.take()
    assert call["replyToken"] == ev["replyToken"]
    assert call["auth"] == f"Bearer {LINE_TOKEN}"
    assert CHAIR_A in texts(call)[0] and "ที่มา:" in texts(call)[0]
    assert all(len(t) <= 5000 for t in texts(call)) and len(call["messages"]) <= 5
    items = call["messages"][-1]["quickReply"]["items"]
    assert 1 <= len(items) <= 13
    labels = [i["action"]["label"] for i in items]
    assert all(len(label) <= 20 for label in labels) and len(set(labels)) == len(labels)
    assert any(d.startswith("c:") for _, d in postbacks(call))
    bubble = call["messages"][0]
    assert bubble["type"] == "flex" and bubble["contents"]["type"] == "bubble"
    shown = json.dumps(bubble["contents"], ensure_ascii=False)
    assert CHAIR_A in shown and "ที่มา: มติ ครม." in shown and "เดิม" in shown


def test_bad_or_missing_signature_is_400_and_nothing_answered(server, client, line):
    body = json.dumps({"destination": "U", "events": [line_text_event(CHAIR_Q)]}).encode()
    assert post_line(client, server, body, signature=line_sign(body, "not-the-secret")).status_code == 400
    assert post_line(client, server, body, signature=None).status_code == 400
    assert post_line(client, server, body, signature="").status_code == 400
    assert post_line(client, server, body, signature="ÿÿ garbage".encode("latin-1")).status_code == 400
    # Signature of another body (a replayed header on tampered content).
    other = body.replace(b"GCIO", b"PCIO")
    assert post_line(client, server, other, signature=line_sign(body)).status_code == 400
    assert line.take() == []


def test_duplicates_and_redeliveries_answered_once(server, client, line):
    ev = line_text_event(CHAIR_Q)
    assert post_line(client, server, [ev]).status_code == 200
    redelivered = dict(ev, deliveryContext={"isRedelivery": True})
    assert post_line(client, server, [redelivered]).status_code == 200
    assert post_line(client, server, [ev, ev]).status_code == 200
    assert len(line.take()) == 1


def test_show_full_clause_and_feedback_postbacks(server, client, line):
    post_line(client, server, [line_text_event(CHAIR_Q)])
    [call] = line.take()
    items = {d.split(":")[0] + d.rsplit(":", 1)[-1]: d for _, d in postbacks(call)}
    clause = next(d for _, d in postbacks(call) if d.startswith("c:"))
    post_line(client, server, [line_postback_event(clause)])
    [shown] = line.take()
    assert "ลงวันที่" in texts(shown)[0] and len(texts(shown)[0]) > len(CHAIR_A)
    up = next(v for v in items.values() if v.startswith("f:") and v.endswith(":up"))
    post_line(client, server, [line_postback_event(up, user=LINE_ADMIN)])
    [thanks] = line.take()
    assert "ขอบคุณ" in texts(thanks)[0]
    post_line(client, server, [line_text_event("/stats", user=LINE_ADMIN)])
    [stats] = line.take()
    assert "👍 1" in texts(stats)[0]


def test_example_postback_asks_the_example(server, client, line):
    post_line(client, server, [line_postback_event("q:0")])
    [call] = line.take()
    assert CHAIR_A in texts(call)[0]


def test_group_answers_only_when_mentioned(server, client, line):
    post_line(client, server, [line_text_event(CHAIR_Q, group="Cgroup1")])
    assert line.take() == []
    post_line(client, server, [line_text_event(CHAIR_Q, group="Cgroup1", mention_self=True)])
    [call] = line.take()
    assert CHAIR_A in texts(call)[0]


def test_admin_commands(server, client, line):
    post_line(client, server, [line_text_event("/stats", user="Unobody")])
    assert "ผู้ดูแลระบบ" in texts(line.take()[0])[0]
    post_line(client, server, [line_text_event("/reload", user=LINE_ADMIN)])
    assert "ดัชนี" in texts(take_soon(line)[0])[0]


def test_verify_call_with_no_events(server, client, line):
    assert post_line(client, server, []).status_code == 200
    assert line.take() == []


@pytest.mark.parametrize(
    "body",
    [b"not json", b"{}", b'{"events": "x"}', b'{"events": [1, "two", null]}', b"\xff\xfe\x00"],
)
def test_signed_malformed_bodies_get_200_and_no_reply(server, client, line, body):
    assert post_line(client, server, body).status_code == 200
    assert line.take() == []


def test_unknown_and_broken_events_do_not_stop_the_good_one(server, client, line):
    unknown = {
        "type": "brandNewEvent",
        "webhookEventId": "01HUNKNOWN",
        "deliveryContext": {"isRedelivery": False},
    }
    broken = line_text_event(CHAIR_Q)
    del broken["message"]  # a message event without its message
    follow = dict(line_text_event("x"), type="follow", follow={"isUnblocked": False})
    del follow["message"]  # a valid event type the bot does not answer
    good = line_text_event(CHAIR_Q)
    assert post_line(client, server, [unknown, broken, follow, good]).status_code == 200
    greeting, call = line.take()
    assert greeting["replyToken"] == follow["replyToken"] and "สวัสดี" in texts(greeting)[0]
    assert call["replyToken"] == good["replyToken"]


def test_failing_reply_does_not_take_the_server_down(server, client, line):
    line.fail_next = 1
    assert post_line(client, server, [line_text_event(CHAIR_Q)]).status_code == 200
    line.take()
    post_line(client, server, [line_text_event(CHAIR_Q)])
    assert CHAIR_A in texts(line.take()[0])[0]


def test_rate_limit_and_length_cap(chan_engine, fake_line, client, line):
    with running_app(make_settings(fake_line=fake_line, gcio_rate_limit_per_minute=1), chan_engine) as srv:
        post_line(client, srv, [line_text_event(CHAIR_Q, user="Urate")])
        post_line(client, srv, [line_text_event(CHAIR_Q, user="Urate")])
        first, second = line.take()
        assert CHAIR_A in texts(first)[0] and "ถี่เกินไป" in texts(second)[0]
        post_line(client, srv, [line_text_event("ก" * 3000, user="Ulong")])
        assert "ยาวเกินไป" in texts(line.take()[0])[0]


def test_follow_up_keeps_the_conversation_per_source(server, client, line):
    post_line(client, server, [line_text_event("ใครเป็นประธานคณะกรรมการ PCIO", user="Uconv1")])
    line.take()
    post_line(client, server, [line_text_event("แล้วผู้ช่วยเลขานุการล่ะ", user="Uconv1")])
    [call] = line.take()
    assert "สถิติจังหวัด" in texts(call)[0]
    assert {"loading": "Uconv1", "chatId": "Uconv1", "loadingSeconds": 10} in line.side


def test_greeting_sticker_and_roles_menu(server, client, line):
    post_line(client, server, [line_text_event("ขอบคุณครับ", user="Usmall")])
    [thanks] = line.take()
    assert "ยินดี" in texts(thanks)[0]
    sticker = line_text_event("x", user="Usmall")
    sticker["message"] = {
        "id": "1",
        "type": "sticker",
        "packageId": "1",
        "stickerId": "1",
        "stickerResourceType": "STATIC",
        "quoteToken": "q",
    }
    post_line(client, server, [sticker])
    [hint] = line.take()
    assert "พิมพ์" in texts(hint)[0]
    post_line(client, server, [line_text_event("บทบาท", user="Usmall")])
    [menu] = line.take()
    options = postbacks(menu)
    labels = [label for label, _ in options]
    assert all(len(x) <= 20 for x in labels) and len(set(labels)) == len(labels)
    pcio = next(d for label, d in options if "PCIO" in label and d.startswith("r:"))
    post_line(client, server, [line_postback_event(pcio, user="Usmall")])
    [comp] = line.take()
    for holder in ("ผู้ว่าราชการจังหวัด", "หัวหน้าสำนักงานจังหวัด", "สถิติจังหวัด"):
        assert holder in texts(comp)[0]


def test_a_hanging_messaging_api_does_not_hold_the_webhook(chan_engine, client):
    """LINE redelivers what is not answered in time: the webhook answers while the reply is still out."""
    import asyncio
    import time

    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from .helpers import ServerThread

    async def hang(request):
        await asyncio.sleep(8)
        return JSONResponse({"sentMessages": []})

    slow = Starlette(routes=[Route("/v2/bot/message/reply", hang, methods=["POST"])])
    with ServerThread(slow) as api:
        settings = make_settings(fake_line=(api, None))
        with running_app(settings, chan_engine) as srv:
            started = time.monotonic()
            r = post_line(client, srv, [line_text_event(CHAIR_Q, user="Uhang")])
            took = time.monotonic() - started
    assert r.status_code == 200 and took < 4.0, took
