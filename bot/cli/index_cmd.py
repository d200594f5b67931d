"""`gcio-bot index ...`: build a new version, list versions, roll back."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.core.errors import GcioError, KnowledgeError

app = typer.Typer(no_args_is_help=True)


@app.command("build")
def build(
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar while embedding.")
    ] = True,
) -> None:
    """Validate knowledge/, build a new index version and switch to it atomically."""
    from bot.core.settings import CoreSettings
    from bot.embed.base import make_embedder
    from bot.index.build import build_index

    settings = CoreSettings()
    try:
        result = build_index(
            settings.gcio_knowledge_dir,
            settings.gcio_index_dir,
            make_embedder(settings.gcio_embedder),
            progress=progress,
        )
    except KnowledgeError as e:
        typer.echo(f"error: {e}\nthe index in use was not changed.", err=True)
        raise typer.Exit(1) from None
    except GcioError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    m = result.manifest
    for w in result.warnings:
        typer.echo(f"warning: {w}", err=True)
    typer.echo(
        f"built index {result.version}: {len(m.documents)} documents, {m.clause_count} clauses "
        f"({m.embedded} embedded, {m.clause_count - m.embedded} from cache) in {result.seconds:.1f}s\n"
        f"-> {result.path}"
    )


def _store():
    from bot.core.settings import CoreSettings
    from bot.index.store import IndexStore

    return IndexStore(CoreSettings().gcio_index_dir)


@app.command("list")
def list_versions() -> None:
    """The index versions kept on disk, newest last; the one in use is marked."""
    import json

    store = _store()
    current = store.current_version()
    versions = store.versions()
    if not versions:
        typer.echo(f"no index versions in {store.root}: run `gcio-bot index build`")
        raise typer.Exit(1)
    for v in versions:
        try:
            m = json.loads((store.version_dir(v) / "manifest.json").read_text(encoding="utf-8"))
            info = f"{len(m.get('documents', []))} documents, {m.get('clause_count', '?')} clauses, {m.get('model_id', '?')}"
        except (OSError, ValueError):
            info = "unreadable manifest"
        typer.echo(f"{'*' if v == current else ' '} {v}  {info}")


@app.command("rollback")
def rollback(
    version: Annotated[
        str | None, typer.Argument(help="Version to switch to (default: the previous one).")
    ] = None,
) -> None:
    """Switch CURRENT back to an earlier version (then /reload or SIGHUP the running bot)."""
    store = _store()
    try:
        now = store.rollback(version)
    except (GcioError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"index now at {now}; reload the running bot (/reload, POST /admin/reload or SIGHUP)")


@app.command("diff")
def diff(
    old: Annotated[
        str | None, typer.Option("--from", help="Older version (default: the one before current).")
    ] = None,
    new: Annotated[str | None, typer.Option("--to", help="Newer version (default: current).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many clauses per section of the report.")] = 20,
) -> None:
    """What the newer build changes: documents, clauses, and rules entering or leaving force."""
    from bot.index.diff import diff_versions, render_diff

    store = _store()
    try:
        new_v = new or store.current_version()
        if new_v is None:
            raise GcioError(f"no index built in {store.root}: run `gcio-bot index build`")
        old_v = old or max((v for v in store.versions() if v < new_v), default=None)
        result = diff_versions(store.version_dir(old_v) if old_v else None, store.version_dir(new_v))
    except (GcioError, ValueError, OSError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    typer.echo(render_diff(result, limit=limit))
