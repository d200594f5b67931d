"""Response hardening for every route: security headers, a last-resort error guard, small checks.

* `SecurityHeadersMiddleware` adds the headers below to every HTTP response (errors, 404s, the
  413 of the body limit and the static files included) unless a handler set them itself.
* `GuardMiddleware` is the outermost layer: an exception that escapes the app is logged once per
  route and exception type per minute (with its traceback the first time) instead of one uvicorn
  traceback per request, and the client gets a plain 500.
"""

from __future__ import annotations

import hmac
import json
import logging

from bot.channels.logthrottle import LogThrottle

logger = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
_RAW_HEADERS = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]


class SecurityHeadersMiddleware:
    """Pure ASGI: the security headers on every response; `Cache-Control: no-store` on all but /static."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith("/static/")

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in _RAW_HEADERS if h[0] not in present)
                if not static and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class GuardMiddleware:
    """Outermost: no exception reaches uvicorn (which would log a traceback per request)."""

    def __init__(self, app, *, interval: float = 60.0):
        self.app = app
        self.throttle = LogThrottle(logger, interval)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            key = f"{scope.get('method')} {scope.get('path', '')[:64]} {type(exc).__name__}"
            self.throttle.log(
                logging.ERROR,
                key,
                "unhandled %s on %s %s: %s",
                type(exc).__name__,
                scope.get("method"),
                scope.get("path", "")[:200],
                str(exc)[:200],
                exc_info=exc,
            )
            if not started:
                body = json.dumps({"error": "internal", "message": "internal error"}).encode()
                try:
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 500,
                            "headers": [
                                (b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                *_RAW_HEADERS,
                            ],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                except Exception:  # the client is gone
                    pass


def is_json_content_type(value: str | None) -> bool:
    """`application/json` (any parameters) or a `+json` type. A missing header is accepted: only a
    declared other type (form posts, `text/plain`: what a cross-site form can send) is refused."""
    if value is None or not value.strip():
        return True
    media = value.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def bearer_ok(authorization: str | None, secret: str | None) -> bool:
    """Constant-time check of `Authorization: Bearer <secret>`; an empty secret never authorizes."""
    secret = (secret or "").strip()
    if not secret:
        return False
    given = (authorization or "").encode("utf-8", "replace")
    return hmac.compare_digest(given, f"Bearer {secret}".encode())
