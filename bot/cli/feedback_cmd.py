"""`gcio-bot feedback report`: what users could not get answered, and which answers they voted down."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True)


@app.command("report")
def report(
    as_json: Annotated[bool, typer.Option("--json", help="The report as one JSON object.")] = False,
    days: Annotated[int, typer.Option("--days", min=1, help="Look back this many days.")] = 30,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Rows per list.")] = 50,
) -> None:
    """Unanswered questions (grouped, most asked first) and 👎 answers, from every channel."""
    from bot.channels.settings import ChannelSettings
    from bot.feedback import FeedbackStore
    from bot.feedback.store import FeedbackStoreError

    settings = ChannelSettings()
    store = FeedbackStore.from_settings(settings)
    try:
        data = store.report(days=days, limit=limit)
    except FeedbackStoreError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    finally:
        store.close()
    if as_json:
        typer.echo(data.model_dump_json(indent=2))
        return
    note = " (GCIO_FEEDBACK_OPT_OUT is on: nothing new is recorded)" if settings.gcio_feedback_opt_out else ""
    typer.echo(
        f"feedback of the last {days} days from {store.path}{note}\n"
        f"👍 {data.votes_up}  👎 {data.votes_down}  unanswered questions: {data.unanswered_total}"
    )
    typer.echo("\nunanswered (add a glossary entry or a resolution that answers them):")
    if not data.unanswered:
        typer.echo("  (none)")
    else:
        typer.echo(f"  {'count':>5}  {'last seen (UTC)':16}  question")
        for u in data.unanswered:
            typer.echo(f"  {u.count:>5}  {u.last_seen:%Y-%m-%d %H:%M}  {_cut(u.question, 90)}")
    typer.echo("\nvoted down (check the answer against the resolution):")
    if not data.downvoted:
        typer.echo("  (none)")
    else:
        typer.echo(f"  {'count':>5}  question → answer")
        for d in data.downvoted:
            typer.echo(f"  {d.count:>5}  {_cut(d.question, 60)}\n         → {_cut(d.answer, 100)}")


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
