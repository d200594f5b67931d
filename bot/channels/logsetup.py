"""Logging for entry points (`gcio-bot serve`, `gcio-bot telegram`, the benchmark).

Library modules only call `logging.getLogger(__name__)`; this is the one place that
configures handlers. A filter on the handler masks every configured secret (bot token,
channel secret, access token, admin token) wherever it appears, including URLs that
python-telegram-bot and httpx log with the token inside.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]):
        super().__init__()
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        msg = record.getMessage()
        text = msg
        for s in self._secrets:
            if s in text:
                text = text.replace(s, "***")
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        exc_text = record.exc_text
        if exc_text:
            for s in self._secrets:
                exc_text = exc_text.replace(s, "***")
            record.exc_text = exc_text
        if text != msg:
            record.msg, record.args = text, None
        return True


def configure_logging(level: str | int = "INFO", secrets: Iterable[str] = (), stream=None) -> logging.Handler:
    """Make one stderr handler with secret redaction the root logger's only handler; return it."""
    if isinstance(level, str):
        level = logging.getLevelName(level.upper())
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    # Replace whatever the CLI's generic setup installed: an unfiltered handler could print a token.
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO (Telegram URLs carry the bot token): keep it quiet
    # unless debugging, and even then the filter masks the token.
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # chatty CPU-feature probing
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING if level > logging.DEBUG else logging.DEBUG)
    return handler
