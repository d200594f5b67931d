"""Build the Starlette app: one server for the Telegram and LINE webhooks, the web chat and its API.

`create_app(settings)` loads the model and index once in the lifespan (or takes an already
loaded engine, as tests do), wraps it in an `EngineHolder` for hot reload, and enables each
channel only when its secrets are set.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.channels.holder import EngineHolder, EngineLike
from bot.channels.service import EXAMPLE_QUESTIONS, ChatService
from bot.channels.settings import ChannelSettings
from bot.core.models import Answer

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _default_loader(settings: ChannelSettings) -> Callable[[], EngineLike]:
    def load() -> EngineLike:
        from bot.engine import Engine

        return Engine.load(settings)

    return load


def create_app(
    settings: ChannelSettings | None = None,
    *,
    engine: EngineLike | None = None,
    loader: Callable[[], EngineLike] | None = None,
    handle_sighup: bool = False,
) -> Starlette:
    """The app; `engine` skips the start-up load (tests), `loader` replaces `Engine.load(settings)`."""
    settings = settings or ChannelSettings()
    load = loader or _default_loader(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        eng = engine
        if eng is None:
            logger.info("loading model and index from %s", settings.gcio_index_dir)
            eng = await asyncio.to_thread(load)
        holder = EngineHolder(eng, load, cache_size=settings.gcio_answer_cache)
        service = ChatService.from_settings(holder, settings)
        app.state.holder, app.state.service = holder, service
        app.state.telegram = app.state.line = None
        logger.info("index %s loaded (%s documents)", holder.version, holder.document_count)

        started = []
        try:
            if settings.telegram_enabled:
                from bot.channels.telegram_adapter import TelegramChannel

                tg = TelegramChannel(service, settings)
                await tg.start()
                started.append(tg)
                app.state.telegram = tg
            else:
                logger.info(
                    "telegram channel disabled: TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are not both set"
                )
            if settings.line_enabled:
                from bot.channels.line_adapter import LineChannel

                ln = LineChannel(service, settings)
                await ln.start()
                started.append(ln)
                app.state.line = ln
            else:
                logger.info(
                    "line channel disabled: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are not both set"
                )
            if not settings.gcio_admin_token or not settings.gcio_admin_token.get_secret_value().strip():
                logger.info("POST /admin/reload disabled: GCIO_ADMIN_TOKEN is not set")
            if handle_sighup and threading.current_thread() is threading.main_thread():
                loop = asyncio.get_running_loop()
                loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(_sighup_reload(holder)))
                logger.info("SIGHUP reloads the index")
            yield
        finally:
            if handle_sighup and threading.current_thread() is threading.main_thread():
                with contextlib.suppress(Exception):
                    asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
            for ch in reversed(started):
                try:
                    await ch.stop()
                except Exception:
                    logger.exception("stopping %s failed", type(ch).__name__)

    async def index(request: Request) -> Response:
        return FileResponse(STATIC_DIR / "index.html", headers=SECURITY_HEADERS)

    async def healthz(request: Request) -> Response:
        st = request.app.state
        return JSONResponse(
            {
                "status": "ok",
                **st.holder.info(),
                "channels": {"telegram": st.telegram is not None, "line": st.line is not None, "web": True},
            }
        )

    async def examples(request: Request) -> Response:
        return JSONResponse({"examples": EXAMPLE_QUESTIONS})

    async def api_ask(request: Request) -> Response:
        service: ChatService = request.app.state.service
        try:
            data = json.loads(await request.body())
        except ValueError:
            return JSONResponse({"error": "invalid_json", "message": "body must be JSON"}, status_code=400)
        question = data.get("question") if isinstance(data, dict) else None
        if not isinstance(question, str):
            return JSONResponse(
                {"error": "invalid_request", "message": 'expected {"question": "..."}'}, status_code=422
            )
        client = request.client.host if request.client else "anon"
        conv = data.get("conversation")
        if conv is not None and not (isinstance(conv, str) and 0 < len(conv) <= 100):
            return JSONResponse(
                {"error": "invalid_request", "message": '"conversation" must be a string of 1-100 chars'},
                status_code=422,
            )
        out = await service.ask("web", client, question, conversation=f"web:{conv}" if conv else None)
        if out.status == "small_talk":
            reply = Answer(
                question=question, answer=out.message, abstained=False, confidence=1.0, kind="small_talk"
            )
            return JSONResponse(reply.model_dump(mode="json"))
        if out.status == "answer" and out.answer is not None:
            answer = out.answer
            req_id = data.get("id")
            if isinstance(req_id, str):
                answer = answer.model_copy(update={"id": req_id})
            return JSONResponse({**answer.model_dump(mode="json"), "answer_id": out.key})
        code = {"too_long": 413, "rate_limited": 429, "empty": 422}.get(out.status, 500)
        return JSONResponse({"error": out.status, "message": out.message}, status_code=code)

    async def admin_reload(request: Request) -> Response:
        token = settings.gcio_admin_token
        given = request.headers.get("authorization", "")
        secret = token.get_secret_value().strip() if token is not None else ""
        expected = f"Bearer {secret}" if secret else ""  # an empty token never authorizes
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            logger.warning("admin reload refused: bad or missing token")
            return JSONResponse({"ok": False, "error": "forbidden"}, status_code=403)
        r = await request.app.state.holder.reload()
        body = {"ok": r.ok, "old_version": r.old_version, "version": r.version, "message": r.message}
        return JSONResponse(body, status_code=200 if r.ok else 500)

    def webhook(attr: str, name: str):
        async def route(request: Request) -> Response:
            channel = getattr(request.app.state, attr, None)
            if channel is None:
                return JSONResponse({"ok": False, "error": f"{name} channel not configured"}, status_code=404)
            return await channel.webhook(request)

        return route

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/api/ask", api_ask, methods=["POST"]),
        Route("/api/examples", examples, methods=["GET"]),
        Route("/admin/reload", admin_reload, methods=["POST"]),
        Route("/telegram/webhook", webhook("telegram", "telegram"), methods=["POST"]),
        Route("/line/webhook", webhook("line", "line"), methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    return app


async def _sighup_reload(holder: EngineHolder) -> None:
    r = await holder.reload()
    if r.ok:
        logger.info("SIGHUP: now serving index %s", r.version)
    else:
        logger.error("SIGHUP: reload failed, still serving index %s (%s)", r.version, r.message)
