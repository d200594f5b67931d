"""Channel building blocks: dedupe, rate limit, rendering and splitting, settings, log hygiene."""

from __future__ import annotations

import html
import io
import logging
import re

from bot.channels.dedupe import Deduper
from bot.channels.formatting import answer_to_html, answer_to_plain, split_html, split_text, thai_date
from bot.channels.logsetup import configure_logging
from bot.channels.ratelimit import RateLimiter
from bot.channels.settings import ChannelSettings
from bot.core.models import Answer, Citation

from .helpers import (
    ADMIN_TOKEN,
    CHAIR_A,
    CHAIR_Q,
    LINE_SECRET,
    LINE_TOKEN,
    TG_SECRET,
    TG_TOKEN,
    line_text_event,
    make_settings,
    post_line,
    post_tg,
    running_app,
    tg_message,
)


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def test_deduper_remembers_within_ttl_and_is_bounded():
    clock = Clock()
    d = Deduper(ttl=10, max_size=3, clock=clock)
    assert d.first_time("a") and not d.first_time("a")
    clock.t += 11
    assert d.first_time("a")
    for k in "bcdef":
        d.first_time(k)
    assert len(d) <= 3


def test_rate_limiter_refills_over_time_per_user():
    clock = Clock()
    rl = RateLimiter(per_minute=2, clock=clock)
    assert rl.allow("u") and rl.allow("u") and not rl.allow("u")
    assert rl.allow("v")
    clock.t += 30  # one token back at 2/min
    assert rl.allow("u") and not rl.allow("u")


def _answer(**kw) -> Answer:
    c = Citation(
        doc_id="d",
        title='มติ <script>alert("x")</script> & co',
        date="2020-09-29",
        section="2.1 › 1)",
        text="ข้อความ <b>ไม่ใช่แท็ก</b>",
        status="current",
    )
    base = dict(
        question="q", answer="คำตอบ <i>1 < 2</i>", abstained=False, confidence=1, kind="fact", citations=[c]
    )
    return Answer(**(base | kw))


def test_html_rendering_escapes_everything_from_the_answer():
    out = answer_to_html(_answer(previously="รอง <u>x</u> (2562)"))
    assert "<script>" not in out and "<i>1" not in out and "<u>" not in out
    assert html.escape('<script>alert("x")</script>') in out
    assert "คำตอบ &lt;i&gt;1 &lt; 2&lt;/i&gt;" in out
    assert "29 กันยายน 2563" in out and "2.1 › 1)" in out
    assert out.count("<b>") == out.count("</b>") == 2  # only our own labels
    assert "<blockquote><b>เดิม:</b> รอง &lt;u&gt;x&lt;/u&gt; (2562)</blockquote>" in out


def test_previous_rule_is_shown_once():
    prev = "เดิม มติ ครม. 26 พฤศจิกายน 2562: ก"
    assert answer_to_plain(_answer(answer="ตอบ " + prev, previously=prev)).count("เดิม") == 1
    assert answer_to_plain(_answer(previously=prev)).count("เดิม") == 1
    assert "เดิม: ข" in answer_to_plain(_answer(previously="ข"))


def test_plain_rendering_and_thai_dates():
    out = answer_to_plain(_answer())
    assert out.startswith("คำตอบ <i>1 < 2</i>")
    assert "ลงวันที่ 29 กันยายน 2563" in out  # no short label: the full source line
    labelled = _answer()
    labelled.citations[0].label = "มติ ครม. 29 ก.ย. 2563 · ข้อ 2.1 1)"
    short = answer_to_plain(labelled)
    assert "ที่มา: มติ ครม. 29 ก.ย. 2563 · ข้อ 2.1 1)" in short and labelled.citations[0].title not in short
    assert thai_date("2019-11-26") == "26 พฤศจิกายน 2562"
    assert thai_date("bad") == "bad"
    ab = answer_to_plain(
        Answer(
            question="q", answer="ไม่พบ", abstained=True, confidence=0, kind="offtopic", suggestions=["ก", "ข"]
        )
    )
    assert "• ก" in ab and "ที่มา" not in ab


def test_split_text_respects_limit_and_keeps_content():
    text = "\n".join(f"บรรทัดที่ {i} " + "ก" * (i % 50) for i in range(400))
    parts = split_text(text, 500)
    assert all(len(p) <= 500 for p in parts) and len(parts) > 1
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert split_text("x" * 12, 5) == ["xxxxx", "xxxxx", "xx"]
    assert split_text("", 10) == [""]


def test_split_html_never_breaks_tags_or_entities():
    line = "<b>หัวข้อ</b> " + html.escape("a<b>&" * 50)
    text = "\n".join([line] * 200 + [html.escape("&<>" * 3000)])
    parts = split_html(text, 4096)
    assert all(len(p) <= 4096 for p in parts)
    for p in parts:
        assert p.count("<b>") == p.count("</b>")
        # every '&' starts a complete entity
        assert re.fullmatch(r"([^&]|&(amp|lt|gt|quot|#x27);)*", p, flags=re.S)


def test_settings_admin_ids_and_channel_switches(monkeypatch):
    for k in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_WEBHOOK_SECRET",
        "LINE_CHANNEL_SECRET",
        "LINE_CHANNEL_ACCESS_TOKEN",
    ):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("GCIO_ADMIN_IDS", "tg:123, line:Uabc ,telegram:9,bogus,,line:")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:abc")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/")
    s = ChannelSettings(_env_file=None)
    assert s.admin_ids() == {("tg", "123"), ("line", "Uabc"), ("tg", "9")}
    assert s.telegram_api_base_url == "http://127.0.0.1:9"
    assert not s.telegram_enabled  # the webhook secret is missing
    assert not s.line_enabled
    assert "1:abc" not in repr(s)  # SecretStr


def test_logs_carry_no_secrets_no_raw_user_ids_and_no_text_above_debug(
    chan_engine, fake_telegram, fake_line, client
):
    settings = make_settings(fake_telegram, fake_line)
    secrets = [TG_TOKEN, TG_SECRET, LINE_SECRET, LINE_TOKEN, ADMIN_TOKEN]
    root = logging.getLogger()
    old_level, old_handlers = root.level, list(root.handlers)
    levels = {n: logging.getLogger(n).level for n in ("httpx", "httpcore")}
    outputs = {}
    try:
        for level in ("DEBUG", "INFO"):
            stream = io.StringIO()
            handler = configure_logging(level, settings.secrets(), stream=stream)
            with running_app(settings, chan_engine) as srv:
                post_tg(client, srv, tg_message(CHAIR_Q, user=31337))
                post_tg(client, srv, tg_message(CHAIR_Q, user=31337), secret="forged")
                post_line(client, srv, [line_text_event(CHAIR_Q, user="Usecretuser1234")])
                client.post(f"{srv.url}/admin/reload", headers={"Authorization": "Bearer nope"})
            root.removeHandler(handler)
            outputs[level] = stream.getvalue()
    finally:
        root.setLevel(old_level)
        root.handlers[:] = old_handlers
        for n, lv in levels.items():
            logging.getLogger(n).setLevel(lv)
    debug, info = outputs["DEBUG"], outputs["INFO"]
    assert "telegram channel enabled" in info and debug.count("\n") > info.count("\n")
    for out in (debug, info):
        for s in secrets:
            assert s not in out
        assert "Usecretuser1234" not in info
    assert "31337" not in info and CHAIR_Q not in info and CHAIR_A not in info
    assert CHAIR_Q in debug  # message text only at DEBUG
    assert "***" in debug  # PTB logs its API URL (with the token) at DEBUG: masked
