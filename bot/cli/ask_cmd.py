"""`gcio-bot ask` and `gcio-bot eval`: the engine loads once per process."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.core.errors import GcioError


def _engine():
    from bot.engine import Engine

    try:
        return Engine.load()
    except GcioError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None


def _parse_line(line: str) -> tuple[str | None, str, str | None]:
    """A JSONL input line: {"id", "question", "conversation"?}, a JSON string, or plain text."""
    stripped = line.strip()
    if stripped.startswith(("{", '"')):
        try:
            data = json.loads(stripped)
        except ValueError:
            return None, stripped, None
        if isinstance(data, dict):
            qid, conv = data.get("id"), data.get("conversation")
            question = data.get("question", data.get("text", ""))
            return (
                None if qid is None else str(qid),
                "" if question is None else str(question),
                None if conv is None else str(conv),
            )
        if isinstance(data, str):
            return None, data, None
    return None, stripped, None


def ask(
    question: Annotated[str | None, typer.Argument(help="The question, in Thai or English.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as one JSON object.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read questions from stdin, one per line; write JSON lines.")
    ] = False,
) -> None:
    """Answer a question from the resolutions, with its source."""
    from bot.channels.formatting import answer_to_plain

    if not jsonl and question is None:
        typer.echo("error: give a question, or use --jsonl to read questions from stdin", err=True)
        raise typer.Exit(2)
    engine = _engine()
    if jsonl:
        contexts: dict[str, object] = {}  # lines that share a "conversation" are its turns, in order
        for line in sys.stdin:
            qid, text, conv = _parse_line(line)
            answer = engine.ask(text, id=qid, context=contexts.get(conv) if conv else None)
            if conv:
                contexts[conv] = answer.context
            sys.stdout.write(answer.model_dump_json() + "\n")
            sys.stdout.flush()
        return
    answer = engine.ask(question or "")
    if as_json:
        typer.echo(answer.model_dump_json(indent=1))
        return
    typer.echo(answer_to_plain(answer))


def chat() -> None:
    """A conversation in the terminal: follow-ups ("แล้วเลขานุการล่ะ") read against the last answer.
    An empty line or Ctrl-D ends it."""
    from bot.channels.formatting import answer_to_plain
    from bot.channels.smalltalk import small_talk

    engine = _engine()
    typer.echo("ถามเรื่องมติ ครม. แนวทาง GCIO ได้เลย (บรรทัดว่างหรือ Ctrl-D เพื่อจบ)")
    context = None
    while True:
        try:
            question = input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        if not question:
            return
        reply = small_talk(question)
        if reply is not None:
            typer.echo(reply + "\n")
            continue
        answer = engine.ask(question, context=context)
        context = answer.context
        typer.echo(answer_to_plain(answer) + "\n")


def evaluate(
    file: Annotated[
        Path, typer.Argument(help="Evaluation questions (JSONL with id, question, kind, expect, abstain).")
    ],
    minimum: Annotated[float, typer.Option("--min", help="Exit 1 below this accuracy.")] = 0.0,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List the failures.")] = False,
) -> None:
    """Accuracy by kind of question, scored by the rules of the evaluation README."""
    from bot.evaluate import load_questions, run_eval

    try:
        questions = load_questions(file)
    except (OSError, ValueError) as e:
        typer.echo(f"error: cannot read {file}: {e}", err=True)
        raise typer.Exit(2) from None
    engine = _engine()
    report = run_eval(engine, questions)
    if verbose:
        for r in report.results:
            if not r.ok:
                typer.echo(f"FAIL {r.id} {r.question} :: {r.why} :: {r.answer[:160]!r}")
    typer.echo(report.summary())
    if report.accuracy < minimum:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
    app.command("chat")(chat)
    app.command("eval")(evaluate)
