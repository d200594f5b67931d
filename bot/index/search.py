"""Hybrid search over clauses: dense similarity, BM25 over Thai words and over character trigrams."""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from bot.core.models import Clause
from bot.embed.base import Embedder
from bot.index.build import char_grams
from bot.index.load import LoadedIndex
from bot.thai import ThaiText


@dataclass
class Hit:
    clause: Clause
    score: float  # fused, 0..1
    dense: float  # cosine similarity
    bm25: float


_MEMO: contextvars.ContextVar[dict | None] = contextvars.ContextVar("gcio_search_memo", default=None)


class Retriever:
    """Hybrid search: dense similarity, BM25 over Thai words and BM25 over character trigrams.

    Each signal is scaled to [0, 1] over the candidate pool, then mixed. e5 similarities bunch
    together (0.8-0.93), so their spread within the pool is what carries information; the BM25
    scores are scaled by their best. Measured on the dev and paraphrase questions, this mix beat
    reciprocal-rank fusion, which throws away how far apart the scores are; the trigram signal
    keeps misspelt words ("สถาปัตกรรม") findable.
    """

    WEIGHTS = (0.45, 0.35, 0.20)  # dense, words, character trigrams

    def __init__(
        self, index: LoadedIndex, embedder: Embedder, thai: ThaiText, stop: frozenset[str] = frozenset()
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.thai = thai
        self.stop = stop  # words of asking ("ใคร", "ตาม", "มติ"): matched, they only add noise
        self.computed = 0  # how many questions needed the model (for benchmarks)

    @contextmanager
    def one_question(self) -> Iterator[None]:
        """Within one question, searches with different filters share one model call; across
        questions nothing is cached here (a cache of answers belongs to the channels)."""
        token = _MEMO.set({})
        try:
            yield
        finally:
            _MEMO.reset(token)

    def query_vector(self, query: str) -> np.ndarray:
        """The question's vector, computed once per question (the bank search and every clause
        search share it). A Thai question is encoded as asked; an English one with the Thai names
        the glossary gives its words, for the Thai clauses."""
        memo = _MEMO.get()
        if memo is not None and ("vector", query) in memo:
            return memo[("vector", query)]
        self.computed += 1
        thai = re.search(r"[\u0e01-\u0e5b]", query) is not None
        qv = self.embedder.encode_queries([query if thai else self.index.glossary.expand(query)])
        if memo is not None:
            memo[("vector", query)] = qv
        return qv

    def _scores(self, query: str, pool: int) -> tuple[np.ndarray, dict[int, float], dict[int, float]]:
        memo = _MEMO.get()
        if memo is not None and (query, pool) in memo:
            return memo[(query, pool)]
        result = self._compute_scores(query, pool)
        if memo is not None:
            memo[(query, pool)] = result
        return result

    @staticmethod
    def _bm25(model, tokens: list[str], n: int) -> np.ndarray:
        vocab = getattr(model, "vocab_dict", None) or {} if model is not None else {}
        known = [t for t in tokens if t in vocab]
        if not known:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(model.get_scores(known), dtype=np.float32)

    def _compute_scores(self, query: str, pool: int) -> tuple[np.ndarray, dict[int, float], dict[int, float]]:
        """All the work that depends only on the question."""
        n = len(self.index.clauses)
        expanded = self.index.glossary.expand(query)
        qv = self.query_vector(query)
        depth = min(n, pool)
        scores, ids = self.index.faiss.search(np.ascontiguousarray(qv, dtype=np.float32), depth)
        dense = {int(i): float(v) for i, v in zip(ids[0], scores[0], strict=True) if i >= 0}
        tokens = self.thai.tokens(expanded)
        topic = [t for t in tokens if t not in self.stop] or tokens
        words = self._bm25(self.index.bm25, topic, n)
        own = [t for t in self.thai.tokens(query) if t not in self.stop]
        chars = self._bm25(self.index.chars, char_grams("".join(own) or query), n)
        pool_ids = set(dense)
        for arr in (words, chars):
            if arr.any():
                top = np.argpartition(-arr, min(depth, n) - 1)[:depth] if n > depth else np.arange(n)
                pool_ids.update(int(i) for i in top if arr[i] > 0)
        d_lo, d_hi = (min(dense.values()), max(dense.values())) if dense else (0.0, 1.0)
        w_hi = float(words.max()) or 1.0
        c_hi = float(chars.max()) or 1.0
        wd, ww, wc = self.WEIGHTS
        fused, cosine = {}, {}
        for i in pool_ids:
            cos = dense[i] if i in dense else float(self.index.faiss.reconstruct(i) @ qv[0])
            dn = (cos - d_lo) / ((d_hi - d_lo) or 1.0) if i in dense else 0.0
            fused[i] = wd * dn + ww * float(words[i]) / w_hi + wc * float(chars[i]) / c_hi
            cosine[i] = cos
        return words, fused, cosine

    def search(
        self, query: str, *, k: int = 10, pool: int = 200, keep: Callable[[Clause], bool] | None = None
    ) -> list[Hit]:
        if not self.index.clauses:
            return []
        words, fused, cosine = self._scores(query, pool)
        hits = []
        for i in sorted(fused, key=lambda i: -fused[i]):
            c = self.index.clauses[i]
            if keep is not None and not keep(c):
                continue
            hits.append(Hit(c, fused[i], cosine[i], float(words[i])))
            if len(hits) >= k:
                break
        return hits
