"""Telegram webhook over real HTTP: our server -> fake Bot API server, both on loopback."""

from __future__ import annotations

import pytest

from .helpers import (
    BOT_ID,
    BOT_USERNAME,
    CHAIR_A,
    CHAIR_Q,
    TG_ADMIN,
    make_settings,
    post_tg,
    running_app,
    take_soon,
    tg_callback,
    tg_message,
)


def sent(rec, method="sendMessage"):
    return [c for c in rec.take() if c["method"] == method]


def buttons(call) -> list[tuple[str, str]]:
    rows = call.get("reply_markup", {}).get("inline_keyboard", [])
    return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


def test_private_question_gets_answer_with_citation(server, client, tg):
    r = post_tg(client, server, tg_message(CHAIR_Q, user=2001))
    assert r.status_code == 200
    [msg] = sent(tg)
    assert msg["chat_id"] == "2001"
    assert msg["parse_mode"] == "HTML"
    assert CHAIR_A in msg["text"]
    assert "ที่มา:" in msg["text"]
    assert "เดิม" in msg["text"] and "2562" in msg["text"]  # the rule before the amendment
    assert msg["text"].count("เดิม") == 1
    labels = [t for t, _ in buttons(msg)]
    assert any("ข้อความเต็ม" in t for t in labels) and "👍" in labels and "👎" in labels
    assert all(len(d.encode()) <= 64 for _, d in buttons(msg))


def test_forged_or_missing_secret_is_rejected_and_nothing_sent(server, client, tg):
    assert post_tg(client, server, tg_message(CHAIR_Q), secret="wrong-secret").status_code == 403
    assert post_tg(client, server, tg_message(CHAIR_Q), secret=None).status_code == 403
    assert post_tg(client, server, tg_message(CHAIR_Q), secret="").status_code == 403
    assert tg.take() == []


def test_duplicate_update_is_answered_once(server, client, tg):
    update = tg_message(CHAIR_Q, user=2002)
    for _ in range(3):
        assert post_tg(client, server, update).status_code == 200
    assert len(sent(tg)) == 1


def test_start_and_help_offer_tappable_examples(server, client, tg):
    for cmd in ("/start",):
        post_tg(client, server, tg_message(cmd, user=2003))
        [msg] = sent(tg)
        assert "GCIO" in msg["text"]
        data = [d for _, d in buttons(msg)]
        assert data and all(d.startswith("q:") for d in data)
    # Tapping the first example asks it.
    post_tg(client, server, tg_callback("q:0", user=2003))
    calls = tg.take()
    assert any(c["method"] == "answerCallbackQuery" for c in calls)
    [answer] = [c for c in calls if c["method"] == "sendMessage"]
    assert CHAIR_A in answer["text"]


def test_show_full_clause_and_feedback_buttons(server, client, tg):
    post_tg(client, server, tg_message(CHAIR_Q, user=2004))
    [msg] = sent(tg)
    data = dict((t, d) for t, d in buttons(msg))
    clause_data = next(d for t, d in data.items() if "ข้อความเต็ม" in t)

    post_tg(client, server, tg_callback(clause_data, user=2004))
    calls = tg.take()
    [clause] = [c for c in calls if c["method"] == "sendMessage"]
    assert clause["parse_mode"] == "HTML"
    assert "ลงวันที่" in clause["text"] and len(clause["text"]) > len(CHAIR_A)

    post_tg(client, server, tg_callback(data["👍"], user=2004))
    [ack] = sent(tg, "answerCallbackQuery")
    assert "ขอบคุณ" in ack.get("text", "")
    post_tg(client, server, tg_callback(data["👎"], user=2005))
    tg.take()

    # Feedback is counted: an admin sees it in /stats.
    post_tg(client, server, tg_message("/stats", user=TG_ADMIN))
    [stats] = sent(tg)
    assert "👍 1  👎 1" in stats["text"]


def test_expired_button_is_polite(server, client, tg):
    post_tg(client, server, tg_callback("c:doesnotexist", user=2006))
    [ack] = sent(tg, "answerCallbackQuery")
    assert "หมดอายุ" in ack["text"]


def test_group_needs_mention_reply_or_ask(server, client, tg):
    group = {"chat_type": "group", "chat": -100777}
    # Plain chatter in a group: ignored.
    post_tg(client, server, tg_message(CHAIR_Q, user=2010, **group))
    assert sent(tg) == []
    # Mentioned: answered.
    text = f"@{BOT_USERNAME} {CHAIR_Q}"
    upd = tg_message(text, user=2010, **group)
    upd["message"]["entities"] = [{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}]
    post_tg(client, server, upd)
    [msg] = sent(tg)
    assert CHAIR_A in msg["text"] and msg["chat_id"] == "-100777"
    # Mentioning someone else: ignored.
    upd = tg_message(f"@someone_else {CHAIR_Q}", user=2010, **group)
    upd["message"]["entities"] = [{"type": "mention", "offset": 0, "length": 13}]
    post_tg(client, server, upd)
    assert sent(tg) == []
    # A reply to one of the bot's messages: answered.
    bot_msg = {
        "message_id": 9,
        "date": 1,
        "chat": {"id": -100777, "type": "group", "title": "g"},
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "GCIO", "username": BOT_USERNAME},
        "text": "previous answer",
    }
    post_tg(client, server, tg_message(CHAIR_Q, user=2010, reply_to_message=bot_msg, **group))
    assert CHAIR_A in sent(tg)[0]["text"]
    # /ask command (also /ask@botname): answered.
    post_tg(client, server, tg_message(f"/ask {CHAIR_Q}", user=2010, **group))
    assert CHAIR_A in sent(tg)[0]["text"]
    post_tg(client, server, tg_message(f"/ask@{BOT_USERNAME} {CHAIR_Q}", user=2010, **group))
    assert CHAIR_A in sent(tg)[0]["text"]


def test_admin_commands_are_refused_to_others(server, client, tg):
    post_tg(client, server, tg_message("/stats", user=2020))
    post_tg(client, server, tg_message("/reload", user=2020))
    msgs = sent(tg)
    assert len(msgs) == 2 and all("ผู้ดูแลระบบ" in m["text"] for m in msgs)


def test_admin_stats_and_reload(server, client, tg, chan_engine):
    post_tg(client, server, tg_message("/stats", user=TG_ADMIN))
    [stats] = sent(tg)
    assert "คำถามทั้งหมด" in stats["text"] and "ไม่พบคำตอบ" in stats["text"]
    post_tg(client, server, tg_message("/reload", user=TG_ADMIN))
    [msg] = take_soon(tg, lambda c: c["method"] == "sendMessage")
    assert "ดัชนี" in msg["text"]


def test_too_long_question_is_refused_politely(server, client, tg):
    post_tg(client, server, tg_message("ก" * 2000, user=2030))
    [msg] = sent(tg)
    assert "ยาวเกินไป" in msg["text"]


def test_rate_limit_is_per_user_and_polite(chan_engine, fake_telegram, fake_line, client, tg):
    with running_app(make_settings(fake_telegram, gcio_rate_limit_per_minute=2), chan_engine) as srv:
        for _ in range(3):
            assert post_tg(client, srv, tg_message(CHAIR_Q, user=2040)).status_code == 200
        msgs = sent(tg)
        assert [CHAIR_A in m["text"] for m in msgs] == [True, True, False]
        assert "ถี่เกินไป" in msgs[2]["text"]
        # Another user is not affected.
        post_tg(client, srv, tg_message(CHAIR_Q, user=2041))
        assert CHAIR_A in sent(tg)[0]["text"]


@pytest.mark.parametrize(
    "body",
    [
        b"not json at all",
        b"{}",
        b'{"update_id": "abc"}',
        b"[1, 2, 3]",
        b'{"update_id": 5, "message": {"text": "no chat or date"}}',
    ],
)
def test_malformed_bodies_with_right_secret_get_200_and_no_reply(server, client, tg, body):
    assert post_tg(client, server, body).status_code == 200
    assert sent(tg) == []
    assert client.get(f"{server.url}/healthz").status_code == 200


def test_unknown_update_types_are_ignored(server, client, tg):
    upd = {
        "update_id": 99_000_001,
        "poll": {"id": "1", "question": "q", "options": [], "total_voter_count": 0},
    }
    assert post_tg(client, server, upd).status_code == 200
    upd = {"update_id": 99_000_002, "something_new": {"x": 1}}
    assert post_tg(client, server, upd).status_code == 200
    assert sent(tg) == []


def test_failing_send_does_not_take_the_server_down(server, client, tg):
    tg.fail_next = 1
    assert post_tg(client, server, tg_message(CHAIR_Q, user=2050)).status_code == 200
    tg.take()
    post_tg(client, server, tg_message(CHAIR_Q, user=2050))
    assert CHAIR_A in sent(tg)[0]["text"]


def test_start_and_help_are_different_and_the_menu_is_set(server, client, tg, fake_telegram):
    post_tg(client, server, tg_message("/start", user=2101))
    [start] = sent(tg)
    post_tg(client, server, tg_message("/help", user=2101))
    [help_] = sent(tg)
    assert start["text"] != help_["text"] and "/roles" in help_["text"]
    assert len(buttons(start)) == 3 and all(d.startswith("q:") for _, d in buttons(start))


def test_command_menu_is_registered_at_start_up(fake_telegram, fake_line, chan_engine, client):
    rec = fake_telegram[1]
    rec.clear()
    with running_app(make_settings(fake_telegram, fake_line), chan_engine):
        pass
    [call] = [c for c in rec.take() if c["method"] == "setMyCommands"]
    commands = (
        call["commands"] if isinstance(call["commands"], list) else __import__("json").loads(call["commands"])
    )
    names = [c["command"] for c in commands]
    assert names == ["start", "help", "ask", "roles"]
    assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in c["description"]) for c in commands)  # Thai


def test_follow_up_in_a_private_chat_uses_the_previous_answer(server, client, tg):
    post_tg(client, server, tg_message("ใครเป็นประธานคณะกรรมการ PCIO", user=2102))
    sent(tg)
    post_tg(client, server, tg_message("แล้วผู้ช่วยเลขานุการล่ะ", user=2102))
    [msg] = sent(tg)
    assert "สถิติจังหวัด" in msg["text"], msg["text"]


def test_reply_to_an_earlier_answer_continues_from_that_answer(server, client, tg):
    post_tg(client, server, tg_message("ใครเป็นประธานคณะกรรมการ PCIO", user=2103))
    [pcio] = sent(tg)
    post_tg(client, server, tg_message(CHAIR_Q, user=2103))  # the chat moves on to GCIO
    sent(tg)
    replied = {
        "message_id": pcio["sent_message_id"],
        "date": 0,
        "chat": {"id": 2103, "type": "private"},
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "GCIO"},
        "text": "...",
    }
    post_tg(client, server, tg_message("แล้วเลขานุการล่ะ", user=2103, reply_to_message=replied))
    [msg] = sent(tg)
    assert "หัวหน้าสำนักงานจังหวัด" in msg["text"], msg["text"]  # PCIO's, not "GCIO has none"


def test_greeting_sticker_and_typing(server, client, tg):
    post_tg(client, server, tg_message("สวัสดีครับ", user=2104))
    [hello] = sent(tg)
    assert "สวัสดี" in hello["text"] and "ไม่พบ" not in hello["text"]
    update = tg_message("", user=2104)
    del update["message"]["text"]
    update["message"]["sticker"] = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    post_tg(client, server, update)
    [hint] = sent(tg)
    assert "พิมพ์" in hint["text"]
    post_tg(client, server, tg_message(CHAIR_Q, user=2104))
    calls = tg.take()
    assert [c["action"] for c in calls if c["method"] == "sendChatAction"] == ["typing"]


def test_roles_menu_shows_a_committee_composition(server, client, tg):
    post_tg(client, server, tg_message("/roles", user=2105))
    [menu] = sent(tg)
    options = buttons(menu)
    assert any("PCIO" in t for t, _ in options) and all(d.startswith("r:") for _, d in options)
    pcio = next(d for t, d in options if "PCIO" in t)
    post_tg(client, server, tg_callback(pcio, user=2105))
    [msg] = sent(tg)
    for holder in ("ผู้ว่าราชการจังหวัด", "หัวหน้าสำนักงานจังหวัด", "สถิติจังหวัด"):
        assert holder in msg["text"]
    assert "เดิม" in msg["text"]


def test_votes_and_unanswered_questions_reach_the_feedback_store(server, client, tg):
    store = server.app.state.service.feedback_store
    post_tg(client, server, tg_message("ราคาทองวันนี้เท่าไหร่", user=2106))  # nothing in the resolutions
    post_tg(client, server, tg_message("ราคาทองวันนี้  เท่าไหร่ครับ", user=2107))
    post_tg(client, server, tg_message(CHAIR_Q, user=2106))
    answered = sent(tg)[-1]
    down = next(d for t, d in buttons(answered) if t == "👎")
    post_tg(client, server, tg_callback(down, user=2106))
    report = store.report(days=1)
    gold = next(r for r in report.unanswered if "ราคาทอง" in r.question)
    assert gold.count == 2
    assert any(CHAIR_A in r.answer for r in report.downvoted)
