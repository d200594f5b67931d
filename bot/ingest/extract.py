"""Raw text out of a PDF, Word or text file, page by page; cleaning is clean.py's job.

Every way a file can be unreadable ends in one IngestError that names the file, so the CLI can
refuse it with a clear message and write nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field

from bot.ingest.errors import IngestError

logger = logging.getLogger(__name__)

Kind = Literal["pdf", "docx", "txt", "md"]
KINDS: dict[str, Kind] = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md"}


class Extracted(BaseModel):
    """What a file holds before cleaning: PDFs keep their pages (headers repeat per page)."""

    path: Path
    kind: Kind
    pages: list[str]
    front_matter: dict[str, Any] = Field(default_factory=dict)  # a .md that already has one


def extract(path: Path) -> Extracted:
    """Read one file by its suffix; raises IngestError naming the file when it cannot be read."""
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise IngestError(
            f"{path}: unsupported file type {path.suffix or '(none)'}; use .pdf, .docx, .txt or .md"
        )
    if not path.is_file():
        raise IngestError(f"{path}: file not found")
    if kind == "pdf":
        return Extracted(path=path, kind=kind, pages=_pdf_pages(path))
    if kind == "docx":
        from bot.ingest.docx_text import docx_lines

        try:
            lines = docx_lines(path)
        except Exception as e:  # python-docx raises zip, XML and key errors on files that are no .docx
            raise IngestError(f"{path}: not a readable Word .docx file ({type(e).__name__}: {e})") from None
        return Extracted(path=path, kind=kind, pages=["\n".join(lines)])
    text = _decode(path.read_bytes(), path)
    front: dict[str, Any] = {}
    if kind == "md":
        front, text = _split_front_matter(text, path)
    return Extracted(path=path, kind=kind, pages=[text], front_matter=front)


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")  # many official PDFs are "encrypted" with an empty user password
        return [page.extract_text() or "" for page in reader.pages]
    except (
        Exception
    ) as e:  # pypdf raises assorted errors (PdfReadError, ValueError, KeyError) on broken files
        raise IngestError(f"{path}: not a readable PDF ({type(e).__name__}: {e})") from None


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (BOM or not), else Thai Windows (TIS-620 / cp874), the two encodings Thai text files come in."""
    if b"\x00" in raw[:4096]:
        raise IngestError(f"{path}: binary data, not a text file")
    for encoding in ("utf-8-sig", "cp874"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError(f"{path}: neither UTF-8 nor Thai Windows (TIS-620) text")


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """A .md may already carry id/title/date: they become the guesses, the body is cleaned as text."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            try:
                data = yaml.safe_load("\n".join(lines[1:i])) or {}
            except yaml.YAMLError as e:
                raise IngestError(f"{path}: front matter is not valid YAML ({e})") from None
            if not isinstance(data, dict):
                raise IngestError(f"{path}: front matter is not a mapping of key: value lines")
            return data, "\n".join(lines[i + 1 :])
    raise IngestError(f"{path}: front matter opened by '---' is never closed")
