"""Webhook work that outlives a slow platform API: wait a little for it, then let it finish in the
background, so the platform gets its 200 in time and does not deliver the update again."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

logger = logging.getLogger(__name__)


class Background:
    def __init__(self, wait_seconds: float = 2.5) -> None:
        self.wait_seconds = wait_seconds
        self._tasks: set[asyncio.Task] = set()

    async def finish_within(self, work: Awaitable[object], what: str) -> bool:
        """True when `work` finished within the wait; otherwise it goes on in the background."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.wait_seconds)
        if done:
            return True
        logger.warning("%s: still running after %.1f s, finishing in the background", what, self.wait_seconds)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return False

    async def drain(self, timeout: float = 10.0) -> None:
        """On shutdown: give running work `timeout` seconds, then cancel it."""
        if not self._tasks:
            return
        done, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            logger.warning("shutdown: %d pending replies cancelled", len(pending))

    def __len__(self) -> int:
        return len(self._tasks)
