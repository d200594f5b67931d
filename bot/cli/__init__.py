"""`gcio-bot` command line: one Typer app; each command group lives in its own module."""

from __future__ import annotations

import typer

from bot.cli import ask_cmd, feedback_cmd, index_cmd, knowledge_cmd, serve_cmd

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
app.add_typer(index_cmd.app, name="index", help="Build, inspect and switch index versions.")
app.add_typer(knowledge_cmd.app, name="knowledge", help="Review what the parser extracted.")
app.add_typer(feedback_cmd.app, name="feedback", help="What users could not get answered, and 👎 answers.")
ask_cmd.register(app)
serve_cmd.register(app)


def main() -> None:
    import logging
    import os

    level = os.environ.get("GCIO_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # bm25s sets its own logger to DEBUG when imported; import it first, then keep it quiet.
    import bm25s  # noqa: F401

    logging.getLogger("bm25s").setLevel(max(logging.getLevelName(level), logging.INFO))
    app()
