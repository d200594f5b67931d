"""Fixtures for channel tests: our server and fake Telegram / LINE API servers, all on loopback.

Every server is a real uvicorn server in a thread, bound to 127.0.0.1 on a free port, so the
tests go over real HTTP (pytest-socket still blocks anything that is not loopback).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.channels.settings import ChannelSettings

from .helpers import Recorder, ServerThread, make_settings, running_app


@pytest.fixture()
def tg(fake_telegram) -> Recorder:
    _, rec = fake_telegram
    rec.clear()
    rec.fail_next = 0
    return rec


@pytest.fixture()
def line(fake_line) -> Recorder:
    _, rec = fake_line
    rec.clear()
    rec.fail_next = 0
    return rec


@pytest.fixture(scope="module")
def server(chan_engine, fake_telegram, fake_line) -> Iterator[ServerThread]:
    """Our server with both channels enabled, pointed at the fakes; generous rate limit."""
    with running_app(make_settings(fake_telegram, fake_line), chan_engine) as srv:
        yield srv


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


def _build_real_index(tmp_root: Path) -> ChannelSettings:
    """Copy the real knowledge/ and build a real index (default model) under tmp_root."""
    from bot.core.settings import CoreSettings
    from bot.embed.base import make_embedder
    from bot.index.build import build_index

    knowledge = tmp_root / "knowledge"
    shutil.copytree(CoreSettings(_env_file=None).gcio_knowledge_dir, knowledge)
    settings = make_settings(gcio_index_dir=tmp_root / "index", gcio_knowledge_dir=knowledge)
    build_index(knowledge, settings.gcio_index_dir, make_embedder(settings.gcio_embedder))
    return settings


@pytest.fixture(scope="session")
def chan_engine(request):
    """The real engine: the core's session `engine` fixture when present, else one built here."""
    try:
        return request.getfixturevalue("engine")
    except pytest.FixtureLookupError:
        from bot.engine import Engine

        return Engine.load(request.getfixturevalue("_template_index"))


@pytest.fixture(scope="session")
def _template_index(tmp_path_factory) -> ChannelSettings:
    return _build_real_index(tmp_path_factory.mktemp("chan-template"))


@pytest.fixture()
def own_index(_template_index, tmp_path) -> ChannelSettings:
    """A private copy of knowledge/ and of a real index (with its vector cache, so rebuilds are quick)."""
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    shutil.copytree(_template_index.gcio_knowledge_dir, knowledge)
    shutil.copytree(_template_index.gcio_index_dir, index)
    return make_settings(gcio_index_dir=index, gcio_knowledge_dir=knowledge)
