"""Optional backend: any sentence-transformers model from a local folder (extra `st`).

Strictly offline: the folder must already hold the model (modules.json or config.json, weights,
tokenizer); nothing is ever fetched from a model hub. `sentence_transformers` (and torch) are
imported only when an embedder is built, so the core stays light without the extra.

    make_embedder("st:/path/to/model-folder")
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from bot.embed.base import _normalize

logger = logging.getLogger(__name__)

# Files whose content identifies the model for the index manifest. Bigger files (weights) are
# identified by name and size only, so computing the id stays cheap.
_HASH_CONTENT_MAX_BYTES = 2 * 1024 * 1024
_HASH_SKIP_NAMES = {"README.md", ".gitattributes"}
_MODEL_MARKERS = ("modules.json", "config.json", "config_sentence_transformers.json")


def _config_hash(folder: Path) -> str:
    """Short, machine-independent hash of a model folder's configuration.

    Covers the content of every small file (configs, tokenizer, vocab) and the name and size of
    every large one (weights), in sorted relative-path order; README and hidden files are ignored.
    """
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if path.name in _HASH_SKIP_NAMES or any(part.startswith(".") for part in rel.parts):
            continue
        size = path.stat().st_size
        h.update(rel.as_posix().encode())
        h.update(b"\0")
        if size <= _HASH_CONTENT_MAX_BYTES:
            h.update(path.read_bytes())
        else:
            h.update(f"size={size}".encode())
        h.update(b"\0")
    return h.hexdigest()[:12]


def _check_model_folder(model_dir: str | os.PathLike[str]) -> Path:
    raw = str(model_dir).strip()
    if not raw:
        raise ValueError("no sentence-transformers model folder given: use 'st:/path/to/model'")
    folder = Path(raw).expanduser()
    if not folder.exists():
        raise ValueError(f"sentence-transformers model folder not found: {folder}")
    if not folder.is_dir():
        raise ValueError(f"sentence-transformers model path is not a folder: {folder}")
    if not any((folder / name).is_file() for name in _MODEL_MARKERS):
        raise ValueError(
            f"not a sentence-transformers model folder (no {' / '.join(_MODEL_MARKERS)}): {folder}"
        )
    return folder.resolve()


class SentenceTransformerEmbedder:
    """A local sentence-transformers model behind the `bot.embed.Embedder` protocol.

    Queries go through `encode_query`, passages through `encode_document` when the installed
    sentence-transformers has them (they apply the model's configured "query"/"document"
    prompts); older versions fall back to `encode` with the matching prompt name if the model
    defines one. Output: float32, L2-normalized, shape (n, dim).
    """

    model_id: str
    dim: int

    def __init__(self, model_dir: str | os.PathLike[str], *, batch_size: int = 32) -> None:
        folder = _check_model_folder(model_dir)
        # Before the first import of huggingface_hub / transformers, which read these once.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError(
                "the 'st:' embedder needs sentence-transformers: "
                "pip install torch==2.13.0 first (CPU build), then pip install 'gcio-bot[st]'"
            ) from e

        try:
            model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except Exception as e:
            raise ValueError(f"cannot load sentence-transformers model from {folder}: {e}") from e

        self._model = model
        self._batch_size = batch_size
        self._path = folder
        self.model_id = f"st:{folder.name}-{_config_hash(folder)}"
        get_dim = getattr(model, "get_embedding_dimension", None) or getattr(
            model, "get_sentence_embedding_dimension", None
        )
        dim = get_dim() if get_dim is not None else None
        if not dim:
            dim = int(self._encode(["dimension probe"], "document").shape[1])
        self.dim = int(dim)
        logger.info("loaded sentence-transformers model %s (dim %d) from %s", self.model_id, self.dim, folder)

    def _encode(self, texts: list[str], kind: str) -> np.ndarray:
        model = self._model
        kwargs: dict[str, Any] = {
            "batch_size": self._batch_size,
            "show_progress_bar": False,
            "convert_to_numpy": True,
        }
        method = getattr(model, "encode_query" if kind == "query" else "encode_document", None)
        if method is not None:
            out = method(list(texts), **kwargs)
        else:  # sentence-transformers < 5: no split methods; use the model's prompts if any
            prompts = getattr(model, "prompts", None) or {}
            names = ("query",) if kind == "query" else ("document", "passage")
            prompt_name = next((n for n in names if n in prompts), None)
            if prompt_name is not None:
                kwargs["prompt_name"] = prompt_name
            out = model.encode(list(texts), **kwargs)
        return _normalize(np.asarray(out))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(texts, "query")

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(texts, "document")

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({str(self._path)!r}, model_id={self.model_id!r}, dim={self.dim})"
