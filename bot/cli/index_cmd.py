"""`gcio-bot index ...`: build a new version, list versions, roll back."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.errors import GcioError, KnowledgeError

app = typer.Typer(no_args_is_help=True)


@app.command("build")
def build(
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar while embedding.")
    ] = True,
) -> None:
    """Validate knowledge/, build a new index version and switch to it atomically."""
    from bot.config import CoreSettings
    from bot.embed import make_embedder
    from bot.index import build_index

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
    typer.echo(
        f"built index {result.version}: {len(m.documents)} documents, {m.clause_count} clauses "
        f"({m.embedded} embedded, {m.clause_count - m.embedded} from cache) in {result.seconds:.1f}s\n"
        f"-> {result.path}"
    )
