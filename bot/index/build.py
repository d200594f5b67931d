"""Build an index version: parse, embed (cached), keyword-index, then switch CURRENT atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.answering.bank import generate
from bot.core.models import Clause, Document
from bot.embed.base import Embedder
from bot.index.cache import VectorCache
from bot.index.layout import (
    BANK_FILE,
    BANK_VECTORS_FILE,
    BM25_DIR,
    CHARS_DIR,
    CLAUSES_FILE,
    FACTS_FILE,
    GLOSSARY_FILE,
    MANIFEST_FILE,
    QUERY_CACHE_SUFFIX,
    VECTORS_FILE,
    DocumentInfo,
    Manifest,
    _versions,
)
from bot.index.store import IndexStore, atomic_write_text
from bot.index.workers import ParentBoundPassages
from bot.knowledge.abbreviations import with_defined
from bot.knowledge.amend import apply_amendments, apply_replacements_by_reference
from bot.knowledge.check import warnings
from bot.knowledge.facts import read_facts
from bot.knowledge.load import knowledge_hash, load_all
from bot.knowledge.parse import ancestors, parse_document
from bot.thai import Glossary, ThaiText
from bot.thai.text import TOKENIZER_VERSION

logger = logging.getLogger(__name__)


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
    apply_replacements_by_reference(docs, clauses)
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
    warnings: list[str] = field(default_factory=list)  # silent mistakes in the knowledge (knowledge.check)


def build_index(
    knowledge_dir: Path, index_root: Path, embedder: Embedder, *, progress: bool = False, keep: int = 3
) -> BuildResult:
    """Validate everything, build into a staging folder, then switch CURRENT to it atomically."""
    import bm25s
    import faiss

    t0 = time.perf_counter()
    docs, glossary_map = load_all(Path(knowledge_dir))  # raises KnowledgeError before touching the index
    clauses = parse_all(docs)
    file_glossary = glossary_map
    glossary_map = with_defined(glossary_map, clauses)  # "สำนักงาน... (สกมช.)" defined in the texts
    glossary = Glossary.from_mapping(glossary_map)
    thai = ThaiText(glossary)
    by_uid = {c.uid: c for c in clauses}
    passages = [passage_text(c, by_uid) for c in clauses]

    store = IndexStore(Path(index_root), keep=keep)
    # One build at a time, from the first embedding on: a second build waits for nothing, it fails at once.
    with store.lock():
        cache = VectorCache(store.cache_dir, embedder.model_id, embedder.dim)
        parallel = ParentBoundPassages()  # its workers die with this process
        # Big batches: the cache hands over up to this many uncached passages at a time.
        batch = 64 if parallel.workers < 2 else 256
        vectors, embedded = cache.encode(
            passages, lambda texts: parallel(embedder, texts), batch_size=batch, progress=progress
        )
        glossary_salt = hashlib.sha256(
            (TOKENIZER_VERSION + json.dumps(glossary_map, sort_keys=True, ensure_ascii=False)).encode()
        ).hexdigest()
        tokens_cache = TokenCache(store.cache_dir / "tokens.json", salt=glossary_salt)
        tokens = tokens_cache.tokens(passages, lambda p: thai.tokens(glossary.expand(p)))
        tokens_cache.save()
        book = read_facts(docs, clauses, glossary)
        bank = generate(book, glossary)
        queries = VectorCache(store.cache_dir, embedder.model_id + QUERY_CACHE_SUFFIX, embedder.dim)
        bank_vectors, _ = queries.encode(
            [e.text for e in bank], lambda texts: parallel(embedder, texts, queries=True), batch_size=batch
        )

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
            (out / FACTS_FILE).write_text(book.model_dump_json(), "utf-8")
            (out / BANK_FILE).write_text("".join(e.model_dump_json() + "\n" for e in bank), "utf-8")
            np.save(out / BANK_VECTORS_FILE, np.ascontiguousarray(bank_vectors, dtype=np.float32))
            manifest = Manifest(
                version=stage.version,
                model_id=embedder.model_id,
                dim=embedder.dim,
                knowledge_hash=knowledge_hash(docs, file_glossary),
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
                questions=len(bank),
            )
            (out / MANIFEST_FILE).write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
            version = stage.version
        path = store.version_dir(version)
        seconds = time.perf_counter() - t0
        logger.info(
            "built index %s: %d clauses (%d embedded) in %.1fs", version, len(clauses), embedded, seconds
        )
        notes = warnings(docs, clauses, book, Path(knowledge_dir))
        return BuildResult(version=version, manifest=manifest, path=path, seconds=seconds, warnings=notes)
