"""Request limits enforced while the request is read, before any handler sees the body.

`LimitsMiddleware` is a pure ASGI middleware:

* a body whose `Content-Length` is over `max_body_bytes` gets 413 before a byte of it is read;
* a body sent without a length (chunked) is counted as it arrives, and 413 is sent as soon as
  the running count passes the limit, so `request.body()` never holds more than the limit plus
  one chunk (the LINE signature check never reads a huge body);
* a body that takes longer than `read_timeout` seconds to arrive gets 408 (uvicorn has no
  request-read timeout of its own: a client trickling a body one byte a second would otherwise
  hold a connection and a task forever).

Both answers carry `Connection: close`, so the rest of a refused body is never read. A handler
that catches the exception (a broad `except Exception`) cannot turn the refusal into a 200: once
the limit is hit the middleware drops whatever the handler sends and answers itself.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

Scope = dict
Message = dict


class RequestRejected(Exception):
    """Raised from `receive()` when a request breaks a limit; the middleware answers for it."""

    status = 400
    reason = "bad_request"
    message = "bad request"


class BodyTooLarge(RequestRejected):
    status = 413
    reason = "body_too_large"
    message = "request body too large"


class BodyReadTimeout(RequestRejected):
    status = 408
    reason = "read_timeout"
    message = "request body not received in time"


class BadContentLength(RequestRejected):
    status = 400
    reason = "bad_content_length"
    message = "invalid Content-Length"


async def send_rejection(send, exc: RequestRejected) -> None:
    body = json.dumps({"error": exc.reason, "message": exc.message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": exc.status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class LimitsMiddleware:
    def __init__(
        self,
        app,
        *,
        max_body_bytes: int,
        read_timeout: float = 30.0,
        on_reject: Callable[[Scope, RequestRejected], None] | None = None,
    ):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.read_timeout = read_timeout
        self.on_reject = on_reject

    def _rejected(self, scope: Scope, exc: RequestRejected) -> None:
        if self.on_reject is not None:
            self.on_reject(scope, exc)

    async def __call__(self, scope: Scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                    if declared < 0:
                        raise ValueError
                except ValueError:
                    exc: RequestRejected = BadContentLength()
                else:
                    if declared <= self.max_body_bytes:
                        break
                    exc = BodyTooLarge()
                self._rejected(scope, exc)
                await send_rejection(send, exc)
                return

        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.read_timeout
        received = 0
        body_done = False
        rejected: RequestRejected | None = None
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received, body_done, rejected
            if rejected is not None:
                raise rejected
            if body_done:  # after the body: only http.disconnect is left to wait for, untimed
                return await receive()
            remaining = deadline - loop.time()
            try:
                if remaining <= 0:
                    raise TimeoutError
                message = await asyncio.wait_for(receive(), remaining)
            except TimeoutError:
                rejected = BodyReadTimeout()
                raise rejected from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    rejected = BodyTooLarge()
                    raise rejected
                if not message.get("more_body", False):
                    body_done = True
            else:
                body_done = True
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if rejected is not None and not response_started:
                return  # the handler swallowed the refusal: its answer is replaced by ours below
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if rejected is None:
                raise
        if rejected is not None:
            self._rejected(scope, rejected)
            if not response_started:
                await send_rejection(send, rejected)
