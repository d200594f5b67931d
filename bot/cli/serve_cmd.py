"""`gcio-bot serve` and `gcio-bot telegram` (issue 3)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
