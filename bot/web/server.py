"""The uvicorn configuration `gcio-bot serve` runs with: every limit in one place.

| Limit | Setting | Where it is enforced |
|---|---|---|
| request line + headers | `GCIO_MAX_HEADER_BYTES` (16 KiB) | h11: `h11_max_incomplete_event_size`; httptools (used when installed: about twice the throughput) has no limit of its own, so `header_limited_httptools` counts the bytes received before the headers end and answers 431 |
| request body | `GCIO_MAX_BODY_BYTES` (1 MiB) | `bot.web.limits.LimitsMiddleware`, while reading |
| time to send the body | `GCIO_REQUEST_TIMEOUT_SECONDS` (30) | `LimitsMiddleware` (uvicorn has no read timeout): 408 |
| connections + requests in flight | `GCIO_LIMIT_CONCURRENCY` (256) | uvicorn `limit_concurrency`: 503 above it |
| idle keep-alive | `GCIO_KEEP_ALIVE_SECONDS` (5) | uvicorn `timeout_keep_alive` |
| shutdown | 15 s | uvicorn `timeout_graceful_shutdown` (the sender drains for at most 10 s inside it) |

A client that sends its headers slowly is not timed out by uvicorn; `limit_concurrency` bounds how
many such connections can exist, and a reverse proxy in front (nginx `client_header_timeout`)
closes them. See docs/CHANNELS.md.
"""

from __future__ import annotations

import logging
from typing import Any

import uvicorn

from bot.channels.logthrottle import LogThrottle

logger = logging.getLogger(__name__)
_throttle = LogThrottle(logger, 60.0)
GRACEFUL_SHUTDOWN_SECONDS = 15

_REFUSAL = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: 31\r\n"
    b"connection: close\r\n"
    b"\r\n"
    b"request headers are too large\r\n"
)


def header_limited_httptools(limit: int) -> type | None:
    """uvicorn's httptools protocol with a cap on request line + headers; None without httptools."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return None

    class HeaderLimitedHttpToolsProtocol(HttpToolsProtocol):
        header_limit = limit

        def connection_made(self, transport) -> None:  # type: ignore[override]
            self._in_head, self._head_bytes, self._began = True, 0, False
            super().connection_made(transport)

        def on_message_begin(self) -> None:
            self._in_head, self._began = True, True
            super().on_message_begin()

        def on_headers_complete(self) -> None:
            self._in_head = False
            super().on_headers_complete()

        def data_received(self, data: bytes) -> None:
            self._began = False
            super().data_received(data)
            if not self._in_head or self.transport is None or self.transport.is_closing():
                return
            # Headers still incomplete after this chunk: count it (from zero when a request began in it).
            self._head_bytes = len(data) if self._began else self._head_bytes + len(data)
            if self._head_bytes > self.header_limit:
                client = self.client[0] if self.client else "?"
                _throttle.warning(
                    "431", "request headers over %d bytes from %s: 431", self.header_limit, client
                )
                self.transport.write(_REFUSAL)
                self.transport.close()

    return HeaderLimitedHttpToolsProtocol


def uvicorn_config(app, settings, *, host: str, port: int = 0, log_level: str = "info", **overrides: Any):
    """A `uvicorn.Config` with the limits above (`overrides` win; tests pass `lifespan=` etc.)."""
    http = header_limited_httptools(settings.gcio_max_header_bytes) or "h11"
    kwargs: dict[str, Any] = {
        "host": host,
        "port": port,
        "http": http,
        "log_config": None,
        "log_level": log_level.lower(),
        "proxy_headers": False,  # the app itself trusts X-Forwarded-For only from GCIO_TRUSTED_PROXIES
        "server_header": False,
        "h11_max_incomplete_event_size": settings.gcio_max_header_bytes,
        "limit_concurrency": settings.gcio_limit_concurrency,
        "timeout_keep_alive": settings.gcio_keep_alive_seconds,
        "timeout_graceful_shutdown": GRACEFUL_SHUTDOWN_SECONDS,
    }
    kwargs.update(overrides)
    return uvicorn.Config(app, **kwargs)
