"""Start a channel without letting its platform take the server down.

`serve` used to exit when Telegram's `getMe` failed at start. Now each channel is started by a
`ChannelSupervisor`: one attempt during start-up (so a healthy platform is ready before the port
is bound), and when that fails the channel is "down" and retried in the background with
exponential backoff and jitter, while the web chat and the other channel serve. `/healthz` and
`gcio_channel_up` show each state: "starting" -> "ok", or "down" until a retry succeeds.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Protocol

logger = logging.getLogger(__name__)


class Startable(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:160] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class ChannelSupervisor:
    def __init__(
        self,
        name: str,
        channel: Startable,
        *,
        initial_delay: float = 1.0,
        max_delay: float = 60.0,
        attempt_timeout: float = 30.0,
    ):
        self.name = name
        self.channel = channel
        self.state = "starting"
        self.last_error = ""
        self.attempts = 0
        self._initial = max(0.01, initial_delay)
        self._max = max(self._initial, max_delay)
        self._timeout = attempt_timeout
        self._task: asyncio.Task | None = None
        self._stopping = False

    @property
    def ready(self) -> bool:
        return self.state == "ok"

    async def _attempt(self) -> bool:
        self.attempts += 1
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancel that lands as the
            # start fails, and the retry loop then never ends (CI hung on it once).
            async with asyncio.timeout(self._timeout):
                await self.channel.start()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the platform is down, slow or refuses us: retry later
            self.last_error = _reason(exc)
            self.state = "down"
            return False
        self.state, self.last_error = "ok", ""
        return True

    async def start(self) -> None:
        """One attempt now; on failure keep retrying in a background task. Never raises."""
        if await self._attempt():
            return
        logger.error(
            "%s channel down at start (%s): retrying in the background; the other channels serve meanwhile",
            self.name,
            self.last_error,
        )
        self._task = asyncio.create_task(self._retry(), name=f"start-{self.name}")

    async def _retry(self) -> None:
        delay = self._initial
        while not self._stopping:
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            if self._stopping:
                return
            if await self._attempt():
                logger.info("%s channel up after %d attempts", self.name, self.attempts)
                return
            logger.warning(
                "%s channel still down (attempt %d: %s); next try in about %.1fs",
                self.name,
                self.attempts,
                self.last_error,
                min(delay * 2, self._max),
            )
            delay = min(delay * 2, self._max)

    async def stop(self) -> None:
        self._stopping = True  # ends the retry loop even if its cancel were lost
        if self._task is not None:
            self._task.cancel()
            # asyncio.wait, not `await task` under suppress(CancelledError): that also swallowed a
            # cancel aimed at whoever called stop()
            await asyncio.wait({self._task})
            self._task = None
        try:
            await self.channel.stop()
        except Exception as exc:
            if self.state == "ok":
                logger.error("stopping the %s channel failed: %s", self.name, _reason(exc))
            else:  # never started: releasing half-made clients may fail, which is fine
                logger.debug("stopping the %s channel (state %s): %s", self.name, self.state, _reason(exc))

    def info(self) -> dict[str, Any]:
        out: dict[str, Any] = {"state": self.state}
        if self.last_error:
            out["error"] = self.last_error
        return out
