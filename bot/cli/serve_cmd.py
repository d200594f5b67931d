"""`gcio-bot serve` and `gcio-bot telegram` (issue 3)."""

from __future__ import annotations

import logging

import typer

logger = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("telegram")(telegram)


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind (0.0.0.0 behind a reverse proxy)."),
    port: int = typer.Option(8000, help="TCP port."),
    log_level: str = typer.Option("info", help="debug shows message text; info and above never do."),
) -> None:
    """Run the web chat, the JSON API and the Telegram/LINE webhooks on one server (SIGHUP reloads)."""
    import uvicorn

    from bot.channels.logsetup import configure_logging
    from bot.channels.settings import ChannelSettings
    from bot.web.app import create_app
    from bot.web.server import uvicorn_config

    settings = ChannelSettings()
    configure_logging(log_level, settings.secrets())
    # Load once, before binding the port: a missing or broken index is a one-line error, not a traceback.
    # An index older than knowledge/ (e.g. after `index rollback`) is served with a warning.
    from bot.channels.state import check_redis_url

    problem = check_redis_url(settings)
    if problem:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(2)
    engine = _load_engine(settings)
    app = create_app(settings, engine=engine, handle_sighup=True)
    logger.info("web chat at http://%s:%d/", host, port)
    # Telegram/LINE being down does not stop the server: those channels retry in the background.
    uvicorn.Server(uvicorn_config(app, settings, host=host, port=port, log_level=log_level)).run()


def _load_engine(settings):
    from bot.core.errors import GcioError
    from bot.engine import Engine

    try:
        return Engine.load(settings)
    except GcioError as exc:
        typer.echo(f"error: cannot load the index: {exc}", err=True)
    except OSError as exc:
        typer.echo(
            f"error: cannot load the index: {exc.strerror or type(exc).__name__} at "
            f"{exc.filename or settings.gcio_index_dir}: fix that, or run `gcio-bot index build`",
            err=True,
        )
    raise typer.Exit(2)


def telegram(
    log_level: str = typer.Option("info", help="debug shows message text; info and above never do."),
) -> None:
    """Run the Telegram bot with long polling (no public URL needed; do not also set a webhook)."""
    from bot.channels.holder import EngineHolder
    from bot.channels.logsetup import configure_logging
    from bot.channels.service import ChatService
    from bot.channels.settings import ChannelSettings
    from bot.channels.telegram_adapter import TelegramChannel
    from bot.engine import Engine

    settings = ChannelSettings()
    configure_logging(log_level, settings.secrets())
    if not settings.telegram_bot_token or not settings.telegram_bot_token.get_secret_value():
        typer.echo("TELEGRAM_BOT_TOKEN is not set", err=True)
        raise typer.Exit(2)
    engine = _load_engine(settings)
    holder = EngineHolder(engine, lambda: Engine.load(settings), cache_size=settings.gcio_answer_cache)
    service = ChatService.from_settings(holder, settings)
    channel = TelegramChannel(service, settings, polling=True)
    logger.info("telegram long polling with index %s", holder.version)
    channel.app.run_polling(drop_pending_updates=False)
