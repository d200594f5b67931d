"""Build the Starlette app: one server for the Telegram and LINE webhooks, the web chat and its API.

`create_app(settings)` loads the model and index once in the lifespan (or takes an already
loaded engine, as tests do), wraps it in an `EngineHolder` for hot reload, and enables each
channel only when its secrets are set. A channel whose platform is down at start does not stop
the server: it is retried in the background (`ChannelSupervisor`) and `/healthz` says so.

Layers around the routes, outermost first: `GuardMiddleware` (no traceback per request),
`SecurityHeadersMiddleware` (every response), `MetricsMiddleware` (`/metrics`), Starlette's error
page, the trusted-proxy header rewrite (GCIO_TRUSTED_PROXIES), and `LimitsMiddleware` (body
size and read time, enforced while reading).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.channels.holder import EngineHolder, EngineLike
from bot.channels.logthrottle import LogThrottle
from bot.channels.metrics import MeteredHolder, Metrics, MetricsMiddleware
from bot.channels.safejson import loads_strict
from bot.channels.sender import Sender
from bot.channels.service import EXAMPLE_QUESTIONS, ChatService
from bot.channels.settings import ChannelSettings
from bot.channels.state import shared_state
from bot.channels.supervisor import ChannelSupervisor
from bot.core.models import Answer
from bot.web.limits import LimitsMiddleware, RequestRejected
from bot.web.security import (
    SECURITY_HEADERS,
    GuardMiddleware,
    SecurityHeadersMiddleware,
    bearer_ok,
    is_json_content_type,
)

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
__all__ = ["SECURITY_HEADERS", "create_app"]


def _default_loader(settings: ChannelSettings) -> Callable[[], EngineLike]:
    def load() -> EngineLike:
        from bot.engine import Engine

        return Engine.load(settings)

    return load


class GcioApp(Starlette):
    """Starlette whose outermost layers wrap even Starlette's own 500 page."""

    metrics: Metrics

    def build_middleware_stack(self):
        inner = super().build_middleware_stack()
        counted = MetricsMiddleware(inner, self.metrics, lambda: self.router.routes)
        return GuardMiddleware(SecurityHeadersMiddleware(counted))


def _peer(scope_or_request) -> str:
    client = scope_or_request.get("client") if isinstance(scope_or_request, dict) else scope_or_request.client
    return client[0] if client else "?"


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
    metrics = Metrics()
    refused = LogThrottle(logger, 60.0)  # unauthenticated or over-limit requests: one line a minute per kind

    def on_reject(scope: dict, exc: RequestRejected) -> None:
        metrics.reject(exc.reason)
        refused.warning(
            f"limit-{exc.reason}",
            "%s %s refused with %d (%s) from %s",
            scope.get("method"),
            scope.get("path", "")[:100],
            exc.status,
            exc.message,
            _peer(scope),
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        eng = engine
        if eng is None:
            logger.info("loading model and index from %s", settings.gcio_index_dir)
            eng = await asyncio.to_thread(load)
        holder = MeteredHolder(eng, load, cache_size=settings.gcio_answer_cache, metrics=metrics)
        service = ChatService.from_settings(holder, settings)
        state = shared_state(settings)
        if state.backend == "redis":
            service.limiter = state.limiter(settings.gcio_rate_limit_per_minute)
            service.conversations = state.conversations(settings.gcio_conversation_ttl_minutes * 60)
            service.answers = state.answers(
                fallback=service.answers, ttl_seconds=settings.gcio_answer_ttl_hours * 3600
            )
            if await asyncio.to_thread(state.health) != "ok":
                logger.warning("redis is not reachable now: each replica uses its own memory until it is")
        sender = Sender(
            concurrency=settings.gcio_send_concurrency,
            max_pending_per_chat=settings.gcio_send_max_pending_per_chat,
            metrics=metrics,
        )
        supervisors: dict[str, ChannelSupervisor] = {}
        app.state.holder, app.state.service, app.state.shared = holder, service, state
        app.state.sender, app.state.supervisors = sender, supervisors
        app.state.telegram = app.state.line = None
        metrics.watch(holder=holder, channel_states=lambda: {n: s.state for n, s in supervisors.items()})
        logger.info("index %s loaded (%s documents)", holder.version, holder.document_count)
        warning = _index_warning(holder)
        if warning:
            logger.warning("%s", warning)

        def supervise(name: str, channel) -> ChannelSupervisor:
            sup = ChannelSupervisor(
                name,
                channel,
                initial_delay=settings.gcio_channel_retry_initial_seconds,
                max_delay=settings.gcio_channel_retry_max_seconds,
            )
            supervisors[name] = sup
            return sup

        try:
            if settings.telegram_enabled:
                from bot.channels.telegram_adapter import TelegramChannel

                tg = TelegramChannel(service, settings)
                tg.dedupe = state.deduper("tg")  # shared by replicas when GCIO_REDIS_URL is set
                tg.sender, tg.metrics = sender, metrics  # for the adapter to send through / count with
                app.state.telegram = tg
                await supervise("telegram", tg).start()
            else:
                logger.info(
                    "telegram channel disabled: TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are not both set"
                )
            if settings.line_enabled:
                from bot.channels.line_adapter import LineChannel

                ln = LineChannel(service, settings)
                ln.dedupe = state.deduper("line")
                ln.sender, ln.metrics = sender, metrics
                app.state.line = ln
                await supervise("line", ln).start()
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
            await sender.close(timeout=10.0)
            for sup in reversed(list(supervisors.values())):
                await sup.stop()
            state.close()

    async def index(request: Request) -> Response:
        return FileResponse(STATIC_DIR / "index.html", headers=SECURITY_HEADERS)

    async def healthz(request: Request) -> Response:
        st = request.app.state
        sups: dict[str, ChannelSupervisor] = st.supervisors
        states = {name: sups[name].state if name in sups else "disabled" for name in ("telegram", "line")}
        body = {
            "status": "ok",
            **st.holder.info(),
            "channels": {"telegram": states["telegram"] == "ok", "line": states["line"] == "ok", "web": True},
            "channel_states": {**states, "web": "ok"},
            "state_backend": st.shared.backend,
        }
        if st.shared.backend == "redis":
            body["redis"] = await asyncio.to_thread(st.shared.health)
        degraded = any(s not in ("ok", "disabled") for s in states.values()) or body.get("redis") == "down"
        if degraded:
            body["status"] = "degraded"
            body["channel_errors"] = {n: s.last_error for n, s in sups.items() if s.last_error}
        warning = _index_warning(st.holder)
        if warning:
            body["index_warning"] = warning
        return JSONResponse(body)

    async def examples(request: Request) -> Response:
        return JSONResponse({"examples": EXAMPLE_QUESTIONS})

    async def metrics_endpoint(request: Request) -> Response:
        token = settings.gcio_metrics_token
        secret = token.get_secret_value().strip() if token is not None else ""
        if secret and not bearer_ok(request.headers.get("authorization"), secret):
            metrics.reject("unauthorized")
            refused.warning(
                "metrics-auth", "GET /metrics refused: bad or missing token from %s", _peer(request)
            )
            return JSONResponse(
                {"error": "unauthorized"}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    async def api_ask(request: Request) -> Response:
        service: ChatService = request.app.state.service
        if not is_json_content_type(request.headers.get("content-type")):
            return JSONResponse(
                {"error": "unsupported_media_type", "message": "send the question as application/json"},
                status_code=415,
            )
        try:  # bad UTF-8 or JSON, NaN/Infinity, lone surrogates, deep nesting: 400, never a 500
            data = loads_strict(await request.body())
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
        headers = {"Retry-After": str(out.retry_after)} if out.retry_after else None
        return JSONResponse({"error": out.status, "message": out.message}, status_code=code, headers=headers)

    async def api_feedback(request: Request) -> Response:
        """👍/👎 on an answer the web chat showed: {"answer_id", "useful": bool}."""
        service: ChatService = request.app.state.service
        if not is_json_content_type(request.headers.get("content-type")):
            return JSONResponse({"error": "unsupported_media_type"}, status_code=415)
        try:
            data = loads_strict(await request.body())
        except ValueError:
            return JSONResponse({"error": "invalid_json", "message": "body must be JSON"}, status_code=400)
        answer_id = data.get("answer_id") if isinstance(data, dict) else None
        useful = data.get("useful") if isinstance(data, dict) else None
        if not isinstance(answer_id, str) or not 1 <= len(answer_id) <= 64 or not isinstance(useful, bool):
            return JSONResponse(
                {
                    "error": "invalid_request",
                    "message": 'expected {"answer_id": "...", "useful": true|false}',
                },
                status_code=422,
            )
        client = request.client.host if request.client else "anon"
        if service.answers.get(answer_id) is None:
            return JSONResponse(
                {"error": "unknown_answer", "message": "that answer has expired"}, status_code=404
            )
        message = await service.feedback("web", client, answer_id, "up" if useful else "down")
        return JSONResponse({"ok": True, "message": message})

    async def admin_reload(request: Request) -> Response:
        token = settings.gcio_admin_token
        secret = token.get_secret_value() if token is not None else ""
        if not bearer_ok(request.headers.get("authorization"), secret):  # an empty token never authorizes
            metrics.reject("unauthorized")
            refused.warning(
                "admin-auth", "admin reload refused: bad or missing token from %s", _peer(request)
            )
            return JSONResponse({"ok": False, "error": "forbidden"}, status_code=403)
        r = await request.app.state.holder.reload()
        body = {"ok": r.ok, "old_version": r.old_version, "version": r.version, "message": r.message}
        return JSONResponse(body, status_code=200 if r.ok else 500)

    def webhook(attr: str, name: str):
        async def route(request: Request) -> Response:
            channel = getattr(request.app.state, attr, None)
            if channel is None:
                return JSONResponse({"ok": False, "error": f"{name} channel not configured"}, status_code=404)
            sup = request.app.state.supervisors.get(name)
            if sup is not None and not sup.ready:
                # The platform retries a delivery that was not answered 2xx: nothing is lost.
                return JSONResponse(
                    {"ok": False, "error": f"{name} channel {sup.state}"},
                    status_code=503,
                    headers={"Retry-After": "30"},
                )
            try:
                return await channel.webhook(request)
            except RequestRejected:
                raise  # over a limit: LimitsMiddleware answers 413/408
            except Exception as exc:
                # Past the secret/signature check: a genuine delivery. 200, so it is not retried forever.
                refused.log(
                    logging.ERROR,
                    f"{name}-webhook-{type(exc).__name__}",
                    "%s webhook failed on a delivery (%s: %s): answered 200 and ignored",
                    name,
                    type(exc).__name__,
                    str(exc)[:160],
                    exc_info=exc,
                )
                return JSONResponse({"ok": True, "ignored": "error"})

        return route

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/api/ask", api_ask, methods=["POST"]),
        Route("/api/feedback", api_feedback, methods=["POST"]),
        Route("/api/examples", examples, methods=["GET"]),
        Route("/admin/reload", admin_reload, methods=["POST"]),
        Route("/telegram/webhook", webhook("telegram", "telegram"), methods=["POST"]),
        Route("/line/webhook", webhook("line", "line"), methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    middleware = []
    trusted = [p.strip() for p in settings.gcio_trusted_proxies.split(",") if p.strip()]
    if trusted:
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        middleware.append(Middleware(ProxyHeadersMiddleware, trusted_hosts=trusted))
    middleware.append(
        Middleware(
            LimitsMiddleware,
            max_body_bytes=settings.gcio_max_body_bytes,
            read_timeout=settings.gcio_request_timeout_seconds,
            on_reject=on_reject,
        )
    )
    app = GcioApp(routes=routes, lifespan=lifespan, middleware=middleware)
    app.metrics = metrics
    app.state.settings = settings
    app.state.metrics = metrics
    return app


def _index_warning(holder: EngineHolder) -> str:
    """The loaded index's warning (e.g. older than knowledge/), if the engine carries one."""
    index = getattr(holder.engine, "index", None)
    warnings = getattr(index, "warnings", None) or []
    return str(warnings[0]) if warnings else ""


async def _sighup_reload(holder: EngineHolder) -> None:
    r = await holder.reload()
    if r.ok:
        logger.info("SIGHUP: now serving index %s", r.version)
    else:
        logger.error("SIGHUP: reload failed, still serving index %s (%s)", r.version, r.message)
