"""Load an index version into memory, refusing one that does not fit the model (or is corrupt).

An index older than knowledge/ is served with a warning (`LoadedIndex.warnings`), never refused:
after `gcio-bot index rollback`, or a knowledge edit not yet built, the last good index must still serve.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
from pydantic import ValidationError

from bot.answering.bank import BankEntry
from bot.core.errors import IndexMismatchError, IndexNotFoundError, KnowledgeError
from bot.core.models import Clause
from bot.embed.base import Embedder
from bot.index.layout import (
    BANK_FILE,
    BANK_VECTORS_FILE,
    BM25_DIR,
    BUILD_HINT,
    CHARS_DIR,
    CLAUSES_FILE,
    FACTS_FILE,
    FORMAT,
    GLOSSARY_FILE,
    MANIFEST_FILE,
    VECTORS_FILE,
    Manifest,
)
from bot.index.store import IndexStore
from bot.knowledge.facts import FactBook
from bot.knowledge.load import knowledge_hash, load_all
from bot.thai import Glossary

logger = logging.getLogger(__name__)


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
        book: FactBook | None = None,
        bank: list[BankEntry] | None = None,
        bank_vectors: np.ndarray | None = None,
    ):
        self.path = path
        self.manifest = manifest
        self.clauses = clauses
        self.by_uid = {c.uid: c for c in clauses}
        self.faiss = faiss_index
        self.bm25 = bm25
        self.chars = chars
        self.book = book or FactBook()
        self.bank = bank or []
        self.bank_vectors = bank_vectors if bank_vectors is not None else np.zeros((0, 1), dtype=np.float32)
        self.glossary = Glossary.from_mapping(glossary_map)
        self.warnings: list[str] = []  # e.g. older than knowledge/: served anyway, but say so
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
        """Load the current (or a named) version; refuse one that does not fit this model or is corrupt."""
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
        notes: list[str] = []
        if knowledge_dir is not None and Path(knowledge_dir).is_dir():
            # Staleness is a warning, never a refusal: after `index rollback` (or a knowledge edit
            # that does not build) the last good index must still be served.
            notes = _staleness(store, manifest, Path(knowledge_dir))
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
            if not _glossary_shape_ok(glossary_map):
                raise ValueError(f"{GLOSSARY_FILE} must map each term to a name or a list of names")
            book = FactBook.model_validate_json((path / FACTS_FILE).read_text(encoding="utf-8"))
            bank = [
                BankEntry.model_validate_json(line)
                for line in (path / BANK_FILE).read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
            bank_vectors = np.load(path / BANK_VECTORS_FILE, allow_pickle=False)
        except Exception as e:
            raise IndexMismatchError(
                f"index {path.name} is corrupt ({type(e).__name__}: {str(e)[:120]}): {BUILD_HINT}"
            ) from e
        if faiss_index.ntotal != len(clauses) or len(clauses) != manifest.clause_count:
            raise IndexMismatchError(
                f"index {path.name} is corrupt ({faiss_index.ntotal} vectors for {len(clauses)} clauses): {BUILD_HINT}"
            )
        if len(bank) != len(bank_vectors):
            raise IndexMismatchError(
                f"index {path.name} is corrupt ({len(bank_vectors)} vectors for {len(bank)} generated questions): "
                f"{BUILD_HINT}"
            )
        loaded = cls(
            path, manifest, clauses, faiss_index, bm25, glossary_map, chars, book, bank, bank_vectors
        )
        loaded.warnings = notes
        for note in notes:
            logger.warning("%s", note)
        return loaded


def _glossary_shape_ok(data: object) -> bool:
    if not isinstance(data, dict):
        return False
    for key, value in data.items():
        names = [value] if isinstance(value, str) else value
        if (
            not isinstance(key, str)
            or not isinstance(names, list)
            or not all(isinstance(n, str) for n in names)
        ):
            return False
    return True


def _staleness(store: IndexStore, manifest: Manifest, knowledge_dir: Path) -> list[str]:
    """One-line warnings when the index does not reflect knowledge/ (it is served all the same)."""
    try:
        docs, glossary_map = load_all(knowledge_dir)
        current = knowledge_hash(docs, glossary_map)
    except KnowledgeError as e:
        first = e.problems[0] if e.problems else str(e)
        more = f" (+{len(e.problems) - 1} more problems)" if len(e.problems) > 1 else ""
        return [
            f"serving index {manifest.version}, but {knowledge_dir} is invalid: {first}{more}: "
            f"fix it, then {BUILD_HINT}"
        ]
    except Exception as e:  # unreadable files, ...: the built index may still be served
        return [
            f"serving index {manifest.version}; cannot check it against {knowledge_dir} "
            f"({type(e).__name__}: {str(e)[:120]})"
        ]
    if current == manifest.knowledge_hash:
        return []
    if store.pinned_version() == manifest.version:
        return [
            f"serving index {manifest.version}, rolled back to on purpose; {knowledge_dir} has changed since it "
            f"was built: when the knowledge is right again, {BUILD_HINT}"
        ]
    return [
        f"serving index {manifest.version}, which is older than {knowledge_dir} (the knowledge changed after "
        f"it was built): {BUILD_HINT}"
    ]
