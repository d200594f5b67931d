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
    if_needed: Annotated[
        bool,
        typer.Option(
            "--if-needed",
            help="Build only when no usable index exists or knowledge/ changed since it; never over a rollback.",
        ),
    ] = False,
) -> None:
    """Validate knowledge/, build a new index version and switch to it atomically."""
    from bot.core.settings import CoreSettings
    from bot.embed.base import make_embedder
    from bot.index.build import build_index

    settings = CoreSettings()
    embedder = make_embedder(settings.gcio_embedder)
    if if_needed:
        skip = _why_not_build(settings, embedder)
        if skip:
            typer.echo(skip)
            return
    try:
        result = build_index(
            settings.gcio_knowledge_dir, settings.gcio_index_dir, embedder, progress=progress
        )
    except KnowledgeError as e:
        if len(e.problems) == 1:
            typer.echo(
                f"error: {e.problems[0]}: fix it and run `gcio-bot index build` again; "
                "the index in use was not changed.",
                err=True,
            )
        else:
            typer.echo(
                f"error: {e}\nfix these and run `gcio-bot index build` again; the index in use was not changed.",
                err=True,
            )
        raise typer.Exit(1) from None
    except GcioError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    except OSError as e:
        typer.echo(f"error: {disk_error(e, settings.gcio_index_dir)}", err=True)
        raise typer.Exit(1) from None
    m = result.manifest
    for w in result.warnings:
        typer.echo(f"warning: {w}", err=True)
    typer.echo(
        f"built index {result.version}: {len(m.documents)} documents, {m.clause_count} clauses "
        f"({m.embedded} embedded, {m.clause_count - m.embedded} from cache) in {result.seconds:.1f}s\n"
        f"-> {result.path}"
    )


def _why_not_build(settings, embedder) -> str | None:
    """The reason to keep the current index (printed), or None when a build is needed."""
    import json

    from bot.index.store import IndexStore
    from bot.knowledge.load import knowledge_hash, load_all

    store = IndexStore(settings.gcio_index_dir)
    current = store.current_version()
    if current is None or not (store.versions_dir / current).is_dir():
        return None
    pinned = store.pinned_version()
    if pinned:
        return (
            f"index {pinned} was chosen by `gcio-bot index rollback`: not building over it "
            "(run `gcio-bot index build` to build from knowledge/ again)"
        )
    try:
        manifest = json.loads((store.versions_dir / current / "manifest.json").read_text(encoding="utf-8"))
        docs, glossary = load_all(settings.gcio_knowledge_dir)
    except (OSError, ValueError, GcioError):
        return None  # unreadable manifest or invalid knowledge: let the build say what is wrong
    same_model = manifest.get("model_id") == embedder.model_id and manifest.get("dim") == embedder.dim
    if same_model and manifest.get("knowledge_hash") == knowledge_hash(docs, glossary):
        return f"index {current} is up to date with {settings.gcio_knowledge_dir}: not rebuilding"
    return None


def disk_error(e: OSError, index_dir, retry: str = "gcio-bot index build") -> str:
    """One line for an OSError while building: what happened, where, and what to do."""
    import errno

    where = e.filename or f"files under {index_dir}"
    if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        what = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up"}.get(
            e.errno, "a file size limit was reached"
        )
        return (
            f"{what} while writing {where}: free some space on the disk holding {index_dir} "
            "(old index versions under versions/ can go, never the one CURRENT names) and run "
            f"`{retry}` again; the index in use was not changed."
        )
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"cannot write {where} ({e.strerror}): let this user write to {index_dir} and run "
            f"`{retry}` again; the index in use was not changed."
        )
    return (
        f"{e.strerror or type(e).__name__} at {where}: fix that and run `{retry}` again; "
        "the index in use was not changed."
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
    except OSError as e:
        typer.echo(f"error: {disk_error(e, store.root, 'gcio-bot index rollback')}", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"index now at {now}; reload the running bot (/reload, POST /admin/reload or SIGHUP).\n"
        "It stays pinned: scripts/run.sh (`index build --if-needed`) will not build over it until you run "
        "`gcio-bot index build`."
    )


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
