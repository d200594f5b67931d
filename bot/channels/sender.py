"""Send outbound messages off the webhook path: bounded, retried, per-chat ordered, drained on shutdown.

    sender = Sender(concurrency=16, metrics=metrics)
    fut = sender.submit("tg", chat_id, lambda: bot.send_message(chat_id, text))   # returns at once
    ok = await fut            # optional: True once sent, False when given up on or dropped
    ...
    await sender.close()      # on shutdown: finish what is queued, at most 10 s

What a job gets:

* at most `concurrency` calls in flight over all chats, and one at a time per chat, in the order
  submitted (replies split over several messages stay in order);
* each call is cut off after `timeout` seconds (at most 5);
* up to `tries` attempts (3): a 429 waits exactly the `retry_after` the platform asks for
  (Telegram's `parameters.retry_after`, a `Retry-After` header, PTB's `RetryAfter`), a 5xx,
  timeout or connection error backs off exponentially with jitter, any other 4xx is final;
* at most `max_pending_per_chat` messages wait per chat; more are dropped (a flood from one chat
  cannot queue unbounded work or starve the others);
* retries, final failures and drops are counted in `Metrics` (`gcio_send_retries_total`,
  `gcio_send_failures_total`, `gcio_send_dropped_total`) when a `metrics` object is given.

A job is any `async () -> object` callable, so the same sender serves python-telegram-bot's
`Bot` methods, line-bot-sdk's `AsyncMessagingApi` and plain httpx calls.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.channels.logthrottle import LogThrottle

logger = logging.getLogger(__name__)

MAX_CALL_TIMEOUT = 5.0


@dataclass
class SendJob:
    channel: str
    chat: str
    call: Callable[[], Awaitable[Any]]
    future: asyncio.Future = field(repr=False, default=None)  # type: ignore[assignment]


@dataclass(frozen=True)
class Verdict:
    retry: bool
    delay: float | None = None  # seconds the platform asked us to wait (429), if it said
    reason: str = ""


def _seconds(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        pass
    try:  # an HTTP date
        when = email.utils.parsedate_to_datetime(str(value))
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def _status_verdict(status: int, retry_after: float | None, reason: str) -> Verdict:
    if status == 429:
        return Verdict(True, retry_after, reason)
    if status >= 500 or status == 408:
        return Verdict(True, retry_after, reason)
    return Verdict(False, None, reason)


def classify(exc: BaseException) -> Verdict:
    """Retry or not, and how long the other side asked us to wait."""
    name = type(exc).__name__
    if isinstance(exc, TimeoutError | asyncio.TimeoutError):
        return Verdict(True, None, "timeout")
    # python-telegram-bot: RetryAfter keeps a timedelta in `_retry_after` (its int-valued
    # `retry_after` property is deprecated and warns)
    if name == "RetryAfter":
        return Verdict(
            True, _seconds(getattr(exc, "_retry_after", None) or getattr(exc, "retry_after", None)), "429"
        )
    try:
        import httpx
    except ImportError:  # pragma: no cover
        httpx = None  # type: ignore[assignment]
    if httpx is not None:
        if isinstance(exc, httpx.HTTPStatusError):
            resp = exc.response
            delay = _seconds(resp.headers.get("retry-after"))
            if delay is None and resp.status_code == 429:
                try:
                    delay = _seconds((resp.json().get("parameters") or {}).get("retry_after"))
                except (ValueError, AttributeError):
                    delay = None
            return _status_verdict(resp.status_code, delay, str(resp.status_code))
        if isinstance(exc, httpx.TimeoutException):
            return Verdict(True, None, "timeout")
        if isinstance(exc, httpx.TransportError):
            return Verdict(True, None, name)
    # line-bot-sdk: ApiException(status, reason, headers)
    status = getattr(exc, "status", None)
    if isinstance(status, int) and 100 <= status <= 599:
        headers = getattr(exc, "headers", None) or {}
        try:
            delay = _seconds(headers.get("Retry-After") or headers.get("retry-after"))
        except AttributeError:
            delay = None
        return _status_verdict(status, delay, str(status))
    # python-telegram-bot: TimedOut / NetworkError are worth another try; BadRequest/Forbidden are not
    if name in ("TimedOut", "NetworkError") or isinstance(exc, ConnectionError | OSError):
        return Verdict(True, None, name)
    return Verdict(False, None, name)


class Sender:
    def __init__(
        self,
        *,
        concurrency: int = 16,
        timeout: float = MAX_CALL_TIMEOUT,
        tries: int = 3,
        max_pending_per_chat: int = 20,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        metrics: Any = None,
        classify: Callable[[BaseException], Verdict] = classify,
    ):
        if not 0 < timeout <= MAX_CALL_TIMEOUT:
            raise ValueError(f"timeout must be in (0, {MAX_CALL_TIMEOUT}] seconds")
        self.timeout = timeout
        self.tries = max(1, tries)
        self.max_pending_per_chat = max(1, max_pending_per_chat)
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.metrics = metrics
        self.classify = classify
        self._sem = asyncio.Semaphore(max(1, concurrency))
        self._queues: dict[tuple[str, str], deque[SendJob]] = {}
        self._runners: dict[tuple[str, str], asyncio.Task] = {}
        self._closing = False
        self._throttle = LogThrottle(logger, 60.0)
        self.sent = self.failed = self.retried = self.dropped = 0

    # -- public --
    def submit(self, channel: str, chat: object, call: Callable[[], Awaitable[Any]]) -> asyncio.Future:
        """Queue one call for `chat`; never blocks. The future resolves to True (sent) or False."""
        loop = asyncio.get_running_loop()
        job = SendJob(channel, str(chat), call, loop.create_future())
        key = (channel, job.chat)
        if self._closing:
            self._drop(job, "shutdown")
            return job.future
        queue = self._queues.setdefault(key, deque())
        if len(queue) >= self.max_pending_per_chat:
            self._drop(job, "chat_cap")
            return job.future
        queue.append(job)
        if key not in self._runners:
            self._runners[key] = loop.create_task(self._run_chat(key), name=f"send-{channel}")
        return job.future

    @property
    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values()) + len(self._runners)

    async def close(self, timeout: float = 10.0) -> None:
        """Stop taking jobs, let queued ones finish for up to `timeout` s, drop the rest."""
        self._closing = True
        runners = list(self._runners.values())
        if runners:
            _done, left = await asyncio.wait(runners, timeout=timeout)
            for task in left:
                task.cancel()
            if left:
                await asyncio.gather(*left, return_exceptions=True)
        for _key, queue in list(self._queues.items()):
            while queue:
                self._drop(queue.popleft(), "shutdown")
        self._queues.clear()
        if self.dropped or self.failed:
            logger.info("sender closed: %d sent, %d failed, %d dropped", self.sent, self.failed, self.dropped)

    # -- internals --
    def _drop(self, job: SendJob, reason: str) -> None:
        self.dropped += 1
        if self.metrics is not None:
            self.metrics.send_dropped(job.channel, reason)
        self._throttle.warning(f"drop-{reason}", "%s: outbound message dropped (%s)", job.channel, reason)
        if not job.future.done():
            job.future.set_result(False)

    async def _run_chat(self, key: tuple[str, str]) -> None:
        current: SendJob | None = None
        try:
            while True:
                queue = self._queues.get(key)
                if not queue:
                    self._queues.pop(key, None)
                    return
                current = queue.popleft()
                ok = await self._send(current)
                if not current.future.done():
                    current.future.set_result(ok)
                current = None
        except asyncio.CancelledError:
            if current is not None:
                self._drop(current, "shutdown")
            raise
        finally:
            self._runners.pop(key, None)

    async def _send(self, job: SendJob) -> bool:
        for attempt in range(1, self.tries + 1):
            async with self._sem:
                try:
                    async with asyncio.timeout(self.timeout):  # not wait_for: it can swallow a cancel on 3.11
                        await job.call()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    verdict = self.classify(exc)
                else:
                    self.sent += 1
                    return True
            wait = self._wait(verdict, attempt)
            if not verdict.retry or attempt == self.tries or wait is None:
                self.failed += 1
                if self.metrics is not None:
                    self.metrics.send_failed(job.channel)
                self._throttle.warning(
                    f"fail-{job.channel}-{verdict.reason}",
                    "%s: sending failed after %d attempt(s) (%s)",
                    job.channel,
                    attempt,
                    verdict.reason or "error",
                )
                return False
            self.retried += 1
            if self.metrics is not None:
                self.metrics.send_retried(job.channel)
            await asyncio.sleep(wait)
        return False  # pragma: no cover

    def _wait(self, verdict: Verdict, attempt: int) -> float | None:
        """Seconds before the next attempt; None when the platform asks for more than `max_delay`."""
        if verdict.delay is not None:
            return verdict.delay if verdict.delay <= self.max_delay else None
        backoff = self.base_delay * (2 ** (attempt - 1))
        return min(self.max_delay, backoff * random.uniform(0.75, 1.25))
