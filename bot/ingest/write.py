"""From a file to a validated knowledge/<date>-<slug>.md: prepare everything, then write once.

`prepare` does all the work in memory and in a scratch copy of the knowledge folder, where the
new file is loaded by the project's own loader and read by its own fact reader; only `commit`
touches knowledge/, with one atomic rename. A failure anywhere before that writes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from bot.core.errors import KnowledgeError
from bot.core.models import DocumentMeta
from bot.ingest.clean import CleanReport, clean
from bot.ingest.errors import IngestError
from bot.ingest.extract import extract
from bot.ingest.guess import Guesses, guess
from bot.ingest.impact import Impact, impact, read_view

MIN_THAI_LETTERS = 40  # less than a sentence of Thai: nothing a resolution could be
MIN_THAI_SHARE = 0.3  # of all letters: below this the text is mostly not Thai (or mis-decoded)
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")
_LETTER = re.compile(r"[^\W\d_]")


class Overrides(BaseModel):
    """What the admin says on the command line; None means "use the guess"."""

    id: str | None = None
    title: str | None = None
    date: dt.date | None = None
    amends: list[str] | None = None  # [] = amends nothing


class ImportPlan(BaseModel):
    """Everything an import would do, shown before it is done."""

    source: Path
    kind: str
    report: CleanReport
    guesses: Guesses
    meta: DocumentMeta
    target: Path
    markdown: str
    impact: Impact
    warnings: list[str] = Field(default_factory=list)


def prepare(path: Path, knowledge_dir: Path, overrides: Overrides | None = None) -> ImportPlan:
    """Read, clean, guess, validate and measure an import; raises IngestError, writes nothing."""
    path, knowledge_dir = Path(path), Path(knowledge_dir)
    overrides = overrides or Overrides()
    extracted = extract(path)
    cleaned = clean(extracted.pages, laid_out=extracted.laid_out)
    _require_thai(cleaned.text, path, extracted.kind)
    try:
        before = read_view(knowledge_dir, allow_empty=True)
    except KnowledgeError as e:
        raise IngestError(
            f"{knowledge_dir} is not valid as it is; fix it before adding {path.name}:\n{e}"
        ) from None

    guesses = guess(cleaned.text, before.docs)
    front = extracted.front_matter
    warnings: list[str] = []
    given_date = overrides.date or _as_date(front.get("date"))
    date = given_date or guesses.date
    if date is None:
        raise IngestError(
            f"{path}: no date found in the text (e.g. 'วันที่ 12 มีนาคม 2567'); pass --date YYYY-MM-DD"
        )
    if given_date is None and not guesses.date_certain:
        warnings.append(
            f"the date {date.isoformat()} is only the latest date in the text: check it, or pass --date"
        )
    title = overrides.title or front.get("title") or guesses.title
    if not title:
        raise IngestError(f"{path}: no title found (a 'เรื่อง ...' line); pass --title")
    amends = _amends(overrides, front, guesses, warnings)
    known_ids = {d.meta.id for d in before.docs}
    slug = _slug(path.stem) or _slug(title) or "resolution"
    doc_id = overrides.id or front.get("id") or _unique(f"cabinet-{date.isoformat()}-{slug}", known_ids)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    meta = DocumentMeta(
        id=str(doc_id),
        title=" ".join(str(title).split()),
        date=date,
        amends=amends,
        source=f"imported from {path.name} ({extracted.kind}, sha256 {digest})",
    )
    target = _free_path(knowledge_dir, f"{date.isoformat()}-{slug}")
    markdown = render(meta, cleaned.text)
    after = _validate(knowledge_dir, target.name, markdown, meta.id)
    return ImportPlan(
        source=path,
        kind=extracted.kind,
        report=cleaned.report,
        guesses=guesses,
        meta=meta,
        target=target,
        markdown=markdown,
        impact=impact(before, after, meta.id),
        warnings=warnings,
    )


def _amends(overrides: Overrides, front: dict, guesses: Guesses, warnings: list[str]) -> list[str]:
    """The flags, else a .md's own front matter, else the cited resolutions found in knowledge/."""
    if overrides.amends is not None:
        return list(overrides.amends)
    if isinstance(front.get("amends"), list):
        return [str(a) for a in front["amends"]]
    amends: list[str] = []
    for a in guesses.amends:
        if not a.doc_ids and not a.superseded:
            warnings.append(
                f"cites a resolution of {a.date.isoformat()} that knowledge/ does not have "
                "(add it first, or pass --amends ID)"
            )
        elif len(a.doc_ids) > 1:
            warnings.append(f"several resolutions dated {a.date.isoformat()}: amends all of {a.doc_ids}")
        amends.extend(i for i in a.doc_ids if i not in amends)
    return amends


def commit(plan: ImportPlan) -> Path:
    """Write the file in one step (a hidden temporary file, then a rename the loader never half-sees)."""
    if plan.target.exists():
        raise IngestError(f"{plan.target} already exists; nothing written")
    tmp = plan.target.with_name(f".{plan.target.name}.tmp")
    tmp.write_text(plan.markdown, encoding="utf-8")
    os.replace(tmp, plan.target)
    return plan.target


def render(meta: DocumentMeta, body: str) -> str:
    """Front matter with the keys the loader reads, then the body as cleaned."""
    front = {"id": meta.id, "title": meta.title, "date": meta.date}
    if meta.amends:
        front["amends"] = list(meta.amends)
    front["source"] = meta.source
    dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{dumped}---\n{body.strip()}\n"


def _validate(knowledge_dir: Path, name: str, markdown: str, doc_id: str):
    """Load a scratch copy of knowledge/ plus the new file with the project's loader and reader."""
    with tempfile.TemporaryDirectory(prefix="gcio-import-") as tmp:
        scratch = Path(tmp) / "knowledge"
        if knowledge_dir.is_dir():
            shutil.copytree(knowledge_dir, scratch, ignore=shutil.ignore_patterns(".*"))
        else:
            scratch.mkdir()
        (scratch / name).write_text(markdown, encoding="utf-8")
        try:
            after = read_view(scratch)
        except KnowledgeError as e:
            raise IngestError(f"the new file would not load, nothing written:\n{e}") from None
    if not any(c.doc_id == doc_id for c in after.clauses):
        raise IngestError(f"{name}: the parser found no clauses in the text; nothing written")
    return after


def _require_thai(text: str, path: Path, kind: str) -> None:
    thai = len(_THAI_LETTER.findall(text))
    letters = len(_LETTER.findall(text))
    if thai >= MIN_THAI_LETTERS and thai >= MIN_THAI_SHARE * letters:
        return
    hint = (
        " (a scanned, image-only PDF needs OCR first; a PDF whose fonts carry no Unicode map cannot be read)"
        if kind == "pdf"
        else ""
    )
    raise IngestError(f"{path}: no usable Thai text ({thai} Thai letters found){hint}; nothing written")


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _slug(text: str) -> str:
    """Up to four Latin words (ids and file names stay one portable token); "" when there are none
    (a Thai file name's digits alone say nothing)."""
    return "-".join(re.findall(r"[a-z][a-z0-9]*", text.lower())[:4])


def _unique(candidate: str, taken: set[str]) -> str:
    n, out = 2, candidate
    while out in taken:
        out, n = f"{candidate}-{n}", n + 1
    return out


def _free_path(folder: Path, stem: str) -> Path:
    n, out = 2, folder / f"{stem}.md"
    while out.exists():
        out, n = folder / f"{stem}-{n}.md", n + 1
    return out
