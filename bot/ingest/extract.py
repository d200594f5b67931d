"""Raw text out of a PDF, Word or text file, page by page; cleaning is clean.py's job.

Every way a file can be unreadable ends in one IngestError that names the file, so the CLI can
refuse it with a clear message and write nothing.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field

from bot.ingest.errors import IngestError

logger = logging.getLogger(__name__)

Kind = Literal["pdf", "docx", "txt", "md"]
KINDS: dict[str, Kind] = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md"}
PARAGRAPH_GAP = 1.15  # a gap this many line pitches high separates paragraphs


class Extracted(BaseModel):
    """What a file holds before cleaning: PDFs keep their pages (headers repeat per page), and so
    does text saved from a PDF (pages split by form feeds)."""

    path: Path
    kind: Kind
    pages: list[str]

    @property
    def laid_out(self) -> bool:
        """Text set on pages, with a page's furniture and its wrapped lines."""
        return self.kind == "pdf" or len(self.pages) > 1

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
    # A form feed separates pages in text saved from a PDF (pdftotext, "save as text"): keep them.
    return Extracted(path=path, kind=kind, pages=text.split("\f"), front_matter=front)


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")  # many official PDFs are "encrypted" with an empty user password
        pages = [_positioned_lines(page) for page in reader.pages]
    # pypdf raises assorted errors (PdfReadError, ValueError, KeyError, ...) on broken files
    except Exception as e:
        raise IngestError(f"{path}: not a readable PDF ({type(e).__name__}: {e})") from None
    return _mark_paragraphs(pages)


def _positioned_lines(page) -> list[tuple[str, float | None]]:
    """pypdf's own text, line by line, each with the height on the page where it starts."""
    lines: list[tuple[str, float | None]] = []
    parts: list[str] = []
    y: float | None = None

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        nonlocal parts, y
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append(("".join(parts), y))
                parts, y = [], None
            if piece.strip() and y is None:
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            parts.append(piece)

    page.extract_text(visitor_text=visit)
    lines.append(("".join(parts), y))
    return lines


def _mark_paragraphs(pages: list[list[tuple[str, float | None]]]) -> list[str]:
    """A blank line where the vertical gap is wider than the usual line pitch: a paragraph ends there.

    Text extraction loses the spacing between paragraphs, the one sure sign of where a wrapped
    sentence ends; PDFs set without paragraph spacing get no marks and clean.py falls back to widths.
    """
    gaps = [
        round(abs(b[1] - a[1]))
        for lines in pages
        for a, b in zip(lines, lines[1:], strict=False)
        if a[1] is not None and b[1] is not None and a[1] != b[1]
    ]
    pitch = _line_pitch(gaps)
    out = []
    for lines in pages:
        text: list[str] = []
        prev: float | None = None
        for line, y in lines:
            if pitch and prev is not None and y is not None and abs(y - prev) > PARAGRAPH_GAP * pitch:
                text.append("")
            text.append(line)
            prev = y if y is not None else prev
        out.append("\n".join(text))
    return out


def _line_pitch(gaps: list[int]) -> float:
    """The distance between the lines of one paragraph: the smallest gap that is common (>= 10%),
    so a document of mostly one-line paragraphs still gets its wrapped-line pitch."""
    counts = Counter(gaps)
    common = [g for g, n in counts.items() if g > 0 and n >= 0.1 * len(gaps)]
    return float(min(common)) if common else 0.0


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
