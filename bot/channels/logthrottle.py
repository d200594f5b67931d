"""One log line per kind of repeated event per interval, so a flood of bad requests cannot flood the log.

    throttle = LogThrottle(logger)
    throttle.warning("tg-secret", "telegram webhook: wrong or missing secret token from %s", ip)

The first event of a key is logged; the next ones within `interval` seconds are only counted, and
the next line logged for that key says how many were left out.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from threading import Lock


class LogThrottle:
    def __init__(
        self, logger: logging.Logger, interval: float = 60.0, *, max_keys: int = 1024, clock=time.monotonic
    ):
        self.logger = logger
        self.interval = interval
        self._clock = clock
        self._max_keys = max_keys
        self._state: OrderedDict[str, tuple[float, int]] = OrderedDict()  # key -> (last logged, suppressed)
        self._lock = Lock()

    def log(self, level: int, key: str, msg: str, *args, exc_info=None) -> bool:
        """Log (True) or count (False) one event of `key`."""
        now = self._clock()
        with self._lock:
            last, suppressed = self._state.get(key, (None, 0))
            if last is not None and now - last < self.interval:
                self._state[key] = (last, suppressed + 1)
                return False
            self._state[key] = (now, 0)
            self._state.move_to_end(key)
            while len(self._state) > self._max_keys:
                self._state.popitem(last=False)
        if suppressed:
            msg = f"{msg} (+{suppressed} more like this in the last {self.interval:.0f}s)"
        self.logger.log(level, msg, *args, exc_info=exc_info)
        return True

    def warning(self, key: str, msg: str, *args) -> bool:
        return self.log(logging.WARNING, key, msg, *args)

    def info(self, key: str, msg: str, *args) -> bool:
        return self.log(logging.INFO, key, msg, *args)
