"""Helpers for channel tests: loopback servers, fake Telegram / LINE API apps, payload builders.

Every server is a real uvicorn server in a thread, bound to 127.0.0.1 on a free port, so the
tests go over real HTTP (pytest-socket still blocks anything that is not loopback).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import itertools
import json
import socket
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn
from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.channels.settings import ChannelSettings
from bot.web.app import create_app

TG_TOKEN = "123456:TEST-token-abcdefghijklmnop"
TG_SECRET = "tg-webhook-secret-for-tests"
LINE_SECRET = "line-channel-secret-for-tests"
LINE_TOKEN = "line-access-token-for-tests-xyz"
ADMIN_TOKEN = "admin-token-for-tests-123"
BOT_ID = 4242
BOT_USERNAME = "gcio_test_bot"
TG_ADMIN = 777
LINE_ADMIN = "Uadmin0000000000000000000000000001"

CHAIR_Q = "ใครเป็นประธานคณะกรรมการ GCIO"
CHAIR_A = "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"


# --------------------------------------------------------------------------- servers
class ServerThread:
    """Run an ASGI app with uvicorn in a daemon thread on 127.0.0.1:<free port>."""

    def __init__(self, app, *, lifespan: str = "on"):
        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan=lifespan, log_config=None)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("server failed to start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@dataclass
class Recorder:
    calls: list[dict] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    fail_next: int = 0  # answer the next N send calls with HTTP 500
    side: list[dict] = field(default_factory=list)  # calls beside the replies (LINE's loading animation)

    def add(self, item: dict) -> None:
        with self.lock:
            self.calls.append(item)

    def clear(self) -> None:
        with self.lock:
            self.calls.clear()

    def take(self) -> list[dict]:
        with self.lock:
            out, self.calls = self.calls, []
            return out


def _fake_telegram_app(rec: Recorder) -> Starlette:
    counter = itertools.count(1000)
    me = {
        "id": BOT_ID,
        "is_bot": True,
        "first_name": "GCIO",
        "username": BOT_USERNAME,
        "can_join_groups": True,
    }

    async def method(request: Request):
        token, name = request.path_params["token"], request.path_params["method"]
        raw = (await request.body()).decode()
        ctype = request.headers.get("content-type", "")
        if "json" in ctype:
            params = json.loads(raw or "{}")
        else:
            params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
        for k in ("reply_markup", "reply_parameters", "link_preview_options"):
            if isinstance(params.get(k), str):
                params[k] = json.loads(params[k])
        if token != TG_TOKEN:
            return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
        if name == "getMe":
            return JSONResponse({"ok": True, "result": me})
        call = {"method": name, **params}
        rec.add(call)
        if rec.fail_next > 0:
            rec.fail_next -= 1
            return JSONResponse({"ok": False, "error_code": 500, "description": "Internal"}, 500)
        if name in ("sendMessage", "editMessageText"):
            chat_id = int(params["chat_id"])
            call["sent_message_id"] = message_id = next(counter)  # what a reply to it refers to
            msg = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": me,
                "text": params.get("text", ""),
            }
            return JSONResponse({"ok": True, "result": msg})
        return JSONResponse({"ok": True, "result": True})

    return Starlette(routes=[Route("/bot{token}/{method}", method, methods=["POST", "GET"])])


def _fake_line_app(rec: Recorder) -> Starlette:
    async def reply(request: Request):
        body = json.loads(await request.body())
        rec.add({"auth": request.headers.get("authorization"), **body})
        if rec.fail_next > 0:
            rec.fail_next -= 1
            return JSONResponse({"message": "boom"}, 500)
        return JSONResponse(
            {"sentMessages": [{"id": str(i), "quoteToken": "q"} for i, _ in enumerate(body["messages"])]}
        )

    async def loading(request: Request):
        body = json.loads(await request.body())
        rec.side.append({"loading": body.get("chatId"), **body})
        return JSONResponse({}, 202)

    return Starlette(
        routes=[
            Route("/v2/bot/message/reply", reply, methods=["POST"]),
            Route("/v2/bot/chat/loading/start", loading, methods=["POST"]),
        ]
    )


def make_settings(fake_telegram=None, fake_line=None, **overrides) -> ChannelSettings:
    values: dict = {
        "gcio_admin_ids": f"tg:{TG_ADMIN},line:{LINE_ADMIN}",
        "gcio_admin_token": SecretStr(ADMIN_TOKEN),
        "gcio_rate_limit_per_minute": 1000,
        "gcio_data_dir": Path(tempfile.mkdtemp(prefix="gcio-data-")),  # never the checkout's ./data
    }
    if fake_telegram is not None:
        values |= {
            "telegram_bot_token": SecretStr(TG_TOKEN),
            "telegram_webhook_secret": SecretStr(TG_SECRET),
            "telegram_api_base_url": fake_telegram[0].url,
        }
    if fake_line is not None:
        values |= {
            "line_channel_secret": SecretStr(LINE_SECRET),
            "line_channel_access_token": SecretStr(LINE_TOKEN),
            "line_api_base_url": fake_line[0].url,
        }
    values |= overrides
    # _env_file=None: a developer's .env must not leak into the tests.
    return ChannelSettings(_env_file=None, **values)


@contextlib.contextmanager
def running_app(settings: ChannelSettings, engine, **kw) -> Iterator[ServerThread]:
    with ServerThread(create_app(settings, engine=engine, **kw)) as srv:
        yield srv


# --------------------------------------------------------------------------- payloads
_ids = itertools.count(int(time.time()) % 100000 * 1000)


def next_id() -> int:
    return next(_ids)


def tg_user(uid: int) -> dict:
    return {"id": uid, "is_bot": False, "first_name": "สมชาย", "language_code": "th"}


def tg_message(
    text: str, *, user: int = 1001, chat: int | None = None, chat_type: str = "private", **extra
) -> dict:
    chat_id = chat if chat is not None else (user if chat_type == "private" else -100500)
    msg = {
        "message_id": next_id() % 100000,
        "date": int(time.time()),
        "chat": {
            "id": chat_id,
            "type": chat_type,
            **({"title": "กลุ่ม PCIO"} if chat_type != "private" else {}),
        },
        "from": tg_user(user),
        "text": text,
        **extra,
    }
    if text.startswith("/"):
        cmd = text.split()[0]
        msg.setdefault("entities", [{"type": "bot_command", "offset": 0, "length": len(cmd)}])
    return {"update_id": next_id(), "message": msg}


def tg_callback(data: str, *, user: int = 1001, chat: int | None = None) -> dict:
    chat_id = chat if chat is not None else user
    message = {
        "message_id": 55,
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private"},
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "GCIO", "username": BOT_USERNAME},
        "text": "...",
    }
    return {
        "update_id": next_id(),
        "callback_query": {
            "id": str(next_id()),
            "from": tg_user(user),
            "chat_instance": "ci",
            "data": data,
            "message": message,
        },
    }


def take_soon(rec, keep=lambda call: True, timeout: float = 30.0) -> list:
    """The calls a fake platform got, waiting for the first: a reply that outlasts the webhook's wait
    (a reload under load) is sent from the background a moment after the webhook answered."""
    deadline = time.monotonic() + timeout
    calls = [c for c in rec.take() if keep(c)]
    while not calls and time.monotonic() < deadline:
        time.sleep(0.05)
        calls = [c for c in rec.take() if keep(c)]
    return calls


def post_tg(
    client: httpx.Client, server: ServerThread, update, *, secret: str | None = TG_SECRET
) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    body = update if isinstance(update, bytes) else json.dumps(update).encode()
    return client.post(f"{server.url}/telegram/webhook", content=body, headers=headers)


def line_sign(body: bytes, secret: str = LINE_SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def line_text_event(
    text: str,
    *,
    user: str = "U1234567890abcdef1234567890abcdef",
    group: str | None = None,
    mention_self: bool = False,
    redelivery: bool = False,
    event_id: str | None = None,
) -> dict:
    source = (
        {"type": "group", "groupId": group, "userId": user} if group else {"type": "user", "userId": user}
    )
    message: dict = {"id": str(next_id()), "type": "text", "text": text, "quoteToken": "qt"}
    if mention_self:
        message["text"] = "@GCIO บอท " + text
        message["mention"] = {
            "mentionees": [
                {"index": 0, "length": len("@GCIO บอท"), "type": "user", "userId": "Ubot", "isSelf": True}
            ]
        }
    return {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": source,
        "webhookEventId": event_id or f"01H{next_id():020d}",
        "deliveryContext": {"isRedelivery": redelivery},
        "replyToken": f"rt-{next_id()}",
        "message": message,
    }


def line_postback_event(data: str, *, user: str = "U1234567890abcdef1234567890abcdef") -> dict:
    return {
        "type": "postback",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user},
        "webhookEventId": f"01H{next_id():020d}",
        "deliveryContext": {"isRedelivery": False},
        "replyToken": f"rt-{next_id()}",
        "postback": {"data": data},
    }


def post_line(
    client: httpx.Client, server: ServerThread, events, *, signature: str | None = "auto"
) -> httpx.Response:
    if isinstance(events, bytes):
        body = events
    else:
        body = json.dumps({"destination": "Ubot", "events": events}, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json"}
    if signature == "auto":
        headers["X-Line-Signature"] = line_sign(body)
    elif signature is not None:
        headers["X-Line-Signature"] = signature
    return client.post(f"{server.url}/line/webhook", content=body, headers=headers)
