"""Load and validate the resolution files under knowledge/ (and its glossary).

A build must never start from a half-valid knowledge base, and an admin fixing files wants
every problem at once, not one per run: so every file is checked first, every problem is
collected (each naming the file and, where it applies, the line), and one KnowledgeError is
raised at the end. Nothing here touches the index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.core.errors import KnowledgeError
from bot.core.models import Document, DocumentMeta
from bot.thai import parse_any_date

logger = logging.getLogger(__name__)
# libyaml's safe loader when PyYAML was built with it (5x faster on 500 files), else the pure one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KNOWN_KEYS = frozenset({"id", "title", "date", "amends", "source"})
GLOSSARY_NAMES = ("glossary.yaml", "glossary.yml")
# Ids end up in clause uids ("<doc_id>:<line>") and in file-ish places: keep them to one token.
_ID_RE = re.compile(r"^[\w.\-]+$")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FENCE_RE = re.compile(r"^---[ \t]*$")
_BE_OFFSET = 543  # Thai Buddhist era = Gregorian + 543
_BE_THRESHOLD = 2400  # no Gregorian resolution date is this late; any such year is Buddhist era


@dataclass
class _Parsed:
    """One file's validated front matter, before cross-file checks."""

    rel: str
    fm: dict[str, Any]
    fm_lines: list[str]  # front matter lines, fm_lines[0] is file line 2
    body: str
    body_line: int
    id: str | None = None
    date: dt.date | None = None
    amends: list[str] = field(default_factory=list)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _decode(raw: bytes, rel: str, problems: list[str]) -> str | None:
    """UTF-8 (BOM stripped, CRLF/CR -> LF); a decoding problem names its line and byte offset."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        problems.append(
            f"{rel}:{line}: not valid UTF-8 (byte offset {e.start}: {e.reason}); "
            "save the file as UTF-8 (e.g. `iconv -f TIS-620 -t UTF-8` for Thai Windows text)"
        )
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _key_line(fm_lines: list[str], key: str) -> int:
    """File line of a top-level front matter key (2 if not found: the block's first line)."""
    pat = re.compile(rf"^{re.escape(key)}\s*:")
    for i, line in enumerate(fm_lines):
        if pat.match(line):
            return i + 2
    return 2


def _value_line(fm_lines: list[str], key: str, value: str) -> int:
    """File line where a list item value of `key` appears (falls back to the key's line)."""
    start = _key_line(fm_lines, key) - 2
    for i in range(start, len(fm_lines)):
        if value in fm_lines[i]:
            return i + 2
    return start + 2


def _split_front_matter(text: str, rel: str, problems: list[str]) -> tuple[list[str], str, int] | None:
    """Return (front matter lines, body, body_line) or None after recording a problem."""
    lines = text.split("\n")
    if not lines or not _FENCE_RE.match(lines[0]):
        problems.append(
            f"{rel}:1: no YAML front matter: a resolution file must start with a '---' line, "
            "then id/title/date, then '---' (only README.md may have none)"
        )
        return None
    for i in range(1, len(lines)):
        if _FENCE_RE.match(lines[i]):
            body = "\n".join(lines[i + 1 :])
            return lines[1:i], body, i + 2
    problems.append(f"{rel}:1: front matter opened by '---' on line 1 is never closed by a '---' line")
    return None


def _bad_timestamp_line(fm_lines: list[str]) -> int:
    """File line of the first YAML-looking date that is not a real date (PyYAML raises on it)."""
    for i, line in enumerate(fm_lines):
        for y, m, d in re.findall(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", line):
            try:
                dt.date(int(y), int(m), int(d))
            except ValueError:
                return i + 2
    return 2


def _check_date(value: Any, rel: str, line: int, problems: list[str]) -> dt.date | None:
    if value is None or value == "":
        problems.append(f"{rel}:{line}: missing 'date' (ISO Gregorian date, YYYY-MM-DD)")
        return None
    if isinstance(value, dt.datetime):
        problems.append(f"{rel}:{line}: date {value!s} has a time of day; write only YYYY-MM-DD")
        return None
    if isinstance(value, dt.date):
        date = value
    elif isinstance(value, str) and _ISO_DATE_RE.match(value.strip()):
        try:
            date = dt.date.fromisoformat(value.strip())
        except ValueError as e:
            problems.append(f"{rel}:{line}: date {value!r} is not a valid calendar date ({e})")
            return None
    else:
        problems.append(
            f"{rel}:{line}: date {value!r} is not an ISO date; write it as YYYY-MM-DD (Gregorian), "
            "e.g. 29 กันยายน 2563 -> 2020-09-29"
        )
        return None
    if date.year > _BE_THRESHOLD:
        greg = date.year - _BE_OFFSET
        problems.append(
            f"{rel}:{line}: date {date.isoformat()} looks like a Buddhist-era year ({date.year}); "
            f"use the Gregorian year {greg} (BE - 543): {greg:04d}-{date.month:02d}-{date.day:02d}"
        )
        return None
    return date


def _parse_file(path: Path, root: Path, problems: list[str]) -> _Parsed | None:
    rel = _rel(path, root)
    try:
        raw = path.read_bytes()
    except OSError as e:
        problems.append(f"{rel}: cannot read file ({e.strerror or e})")
        return None
    text = _decode(raw, rel, problems)
    if text is None:
        return None
    if not _FENCE_RE.match(text.split("\n", 1)[0]) and path.name.lower() == "readme.md":
        return None  # documentation for admins, not a resolution
    split = _split_front_matter(text, rel, problems)
    if split is None:
        return None
    fm_lines, body, body_line = split
    try:
        fm = yaml.load("\n".join(fm_lines), Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        what = getattr(e, "problem", None) or str(e).splitlines()[0]
        context = getattr(e, "context", None)
        detail = f"{context}, {what}" if context else what
        cmark = getattr(e, "context_mark", None)
        if cmark is not None and cmark.line + 2 != line:
            detail += f" (started on line {cmark.line + 2})"
        problems.append(f"{rel}:{line}: front matter is not valid YAML: {detail}")
        return None
    except (ValueError, OverflowError) as e:  # YAML read a bare date that is no calendar date
        line = _bad_timestamp_line(fm_lines)
        problems.append(f"{rel}:{line}: not a valid calendar date ({e}); write it as YYYY-MM-DD")
        return None
    if not isinstance(fm, dict):
        kind = "empty" if fm is None else f"a {type(fm).__name__}, not a mapping"
        problems.append(f"{rel}:2: front matter is {kind}; it needs 'key: value' lines (id, title, date)")
        return None
    p = _Parsed(rel=rel, fm=fm, fm_lines=fm_lines, body=body, body_line=body_line)

    for key in fm:
        if key not in KNOWN_KEYS:
            logger.warning(
                "%s:%d: unknown front matter key %r ignored (known: %s)",
                rel,
                _key_line(fm_lines, str(key)),
                key,
                ", ".join(sorted(KNOWN_KEYS)),
            )

    doc_id = fm.get("id")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        problems.append(f"{rel}:{_key_line(fm_lines, 'id')}: missing or empty 'id'")
    elif not isinstance(doc_id, str):
        problems.append(
            f'{rel}:{_key_line(fm_lines, "id")}: id {doc_id!r} must be text; quote it: id: "{doc_id}"'
        )
    elif not _ID_RE.match(doc_id.strip()):
        problems.append(
            f"{rel}:{_key_line(fm_lines, 'id')}: id {doc_id!r} may only contain letters, digits, "
            "'.', '_' and '-' (no spaces or ':')"
        )
    else:
        p.id = doc_id.strip()

    title = fm.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        problems.append(f"{rel}:{_key_line(fm_lines, 'title')}: missing or empty 'title'")
    elif not isinstance(title, str):
        problems.append(f"{rel}:{_key_line(fm_lines, 'title')}: title must be text, got {title!r}")

    p.date = _check_date(fm.get("date"), rel, _key_line(fm_lines, "date"), problems)

    source = fm.get("source")
    if source is not None and not isinstance(source, str):
        problems.append(f"{rel}:{_key_line(fm_lines, 'source')}: source must be text, got {source!r}")

    amends = fm.get("amends")
    if amends is None:
        p.amends = []
    elif isinstance(amends, list) and all(isinstance(a, str) and a.strip() for a in amends):
        p.amends = [a.strip() for a in amends]
    else:
        problems.append(
            f"{rel}:{_key_line(fm_lines, 'amends')}: amends must be a list of document ids, "
            f"e.g. 'amends: [cabinet-2019-11-26-gcio]', got {amends!r}"
        )
    return p


def _discover(root: Path) -> list[Path]:
    """All *.md below root, recursively, skipping hidden folders (.git, editor backups)."""
    found = []
    for path in root.rglob("*.md"):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _cross_checks(parsed: list[_Parsed], problems: list[str]) -> None:
    """Duplicate ids, unknown amended ids, amending a later document, amendment cycles."""
    by_id: dict[str, list[_Parsed]] = {}
    for p in parsed:
        if p.id is not None:
            by_id.setdefault(p.id, []).append(p)
    for doc_id, group in by_id.items():
        if len(group) > 1:
            where = ", ".join(f"{g.rel}:{_key_line(g.fm_lines, 'id')}" for g in group)
            problems.append(f"duplicate id {doc_id!r} in {where}: every resolution needs its own id")

    for p in parsed:
        for target in p.amends:
            line = _value_line(p.fm_lines, "amends", target)
            if target == p.id:
                problems.append(f"{p.rel}:{line}: document amends itself ({target!r})")
                continue
            targets = by_id.get(target)
            if not targets:
                problems.append(
                    f"{p.rel}:{line}: amends unknown id {target!r} "
                    "(add that resolution's file, or fix the id to match its front matter)"
                )
                continue
            t = targets[0]
            if p.date is not None and t.date is not None and t.date > p.date:
                problems.append(
                    f"{p.rel}:{line}: dated {p.date.isoformat()} but amends {target!r} ({t.rel}) "
                    f"dated later, {t.date.isoformat()}: a resolution can only amend an earlier one"
                )

    # Cycles (possible among same-date documents): iterative DFS with colours.
    graph = {p.id: [a for a in p.amends if a in by_id and a != p.id] for p in parsed if p.id is not None}
    state: dict[str, int] = {}  # 1 = on stack, 2 = done
    reported: set[frozenset[str]] = set()
    for start in sorted(graph):
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = []
        while stack:
            node, i = stack.pop()
            if i == 0:
                state[node] = 1
                path.append(node)
            succ = graph.get(node, [])
            if i < len(succ):
                stack.append((node, i + 1))
                nxt = succ[i]
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt) :] + [nxt]
                    key = frozenset(cycle)
                    if key not in reported:
                        reported.add(key)
                        files = ", ".join(by_id[c][0].rel for c in cycle[:-1])
                        problems.append(f"amendment cycle {' -> '.join(cycle)} (files: {files})")
                elif not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path.pop()


# a document written after the resolution it carries out ("SLA ..., implementing the Cabinet resolution of 14 February
# 2023", "เอกสารประกอบการอบรม ... สรุปการเปลี่ยนแปลงตามมติคณะรัฐมนตรีเมื่อวันที่ 15 มีนาคม 2565"): its rules date
# from that decision, which is what officials ask and cite, not from the day the document was written
_CARRIES_OUT = re.compile(
    r"(?:(?<!ดำเนินงาน)ตาม|แจ้ง|สรุป|ประกอบ|implementing|pursuant\s+to|under|following)\s*(?:the\s+)?"
    r"(?:มติ\s*(?:คณะรัฐมนตรี|ครม\.?)|Cabinet\s+(?:resolution|decision))\s*(?:เมื่อ)?\s*(?:วันที่)?\s*(?:of\s+)?(?P<date>.{6,40})",
    re.I,
)


def decided_on(title: str, written: dt.date, amended: list[dt.date]) -> dt.date:
    """The day a document's rules were decided: the resolution its title says it carries out, when that came
    within a year before it was written and after what it amends; else the day it is dated."""
    m = _CARRIES_OUT.search(title)
    day = parse_any_date(m.group("date")) if m else None
    if (
        day is None
        or not (written - dt.timedelta(days=400) <= day < written)
        or any(day <= a for a in amended)
    ):
        return written
    return day


def load_knowledge(root: Path) -> list[Document]:
    """Every resolution under root, validated; raises one KnowledgeError listing all problems.

    Documents come back sorted by (date, id), so older resolutions come first.
    """
    root = Path(root)
    if not root.is_dir():
        raise KnowledgeError([f"{root}: knowledge folder not found (set GCIO_KNOWLEDGE_DIR)"])
    problems: list[str] = []
    parsed = [p for path in _discover(root) if (p := _parse_file(path, root, problems)) is not None]
    _cross_checks(parsed, problems)
    if not parsed and not problems:
        problems.append(f"{root}: no resolution files (*.md starting with '---' front matter) found")
    if problems:
        raise KnowledgeError(problems)

    docs = []
    dates = {p.id: p.date for p in parsed}
    for p in parsed:
        title = p.fm["title"].strip()
        meta = DocumentMeta(
            id=p.id,
            title=title,
            date=decided_on(title, p.date, [dates[a] for a in p.amends if a in dates]),
            amends=p.amends,
            source=(p.fm.get("source") or "").strip(),
        )
        docs.append(Document(meta=meta, body=p.body, path=p.rel, body_line=p.body_line))
    docs.sort(key=lambda d: (d.meta.date, d.meta.id))
    logger.info("loaded %d resolution(s) from %s", len(docs), root)
    return docs


def knowledge_hash(docs: list[Document], glossary: dict[str, list[str]] | None = None) -> str:
    """sha256 of what the index is built from, for the manifest's staleness check.

    Hashes the parsed documents (sorted by id: path, front matter, body) rather than re-reading
    the files, so the hash always matches the content that was actually indexed. Pass the
    glossary too when it shapes tokenization, so editing it also marks the index stale.
    """
    h = hashlib.sha256()
    for d in sorted(docs, key=lambda d: d.meta.id):
        for part in (d.meta.id, d.path, d.meta.model_dump_json(), d.body):
            data = part.encode("utf-8")
            h.update(len(data).to_bytes(8, "big"))
            h.update(data)
    if glossary:
        for term in sorted(glossary):
            data = "\0".join([term, *glossary[term]]).encode("utf-8")
            h.update(len(data).to_bytes(8, "big"))
            h.update(data)
    return h.hexdigest()


def _find_glossary(root: Path) -> Path | None:
    for name in GLOSSARY_NAMES:
        if (root / name).is_file():
            return root / name
    return None


def load_glossary(root: Path) -> dict[str, list[str]]:
    """knowledge/glossary.yaml: abbreviation or English term -> full Thai names.

    Values may be one string or a list of strings; both come back as a list. A missing file
    gives {} (with a warning): the bot still answers, only abbreviation matching is weaker.
    """
    root = Path(root)
    path = _find_glossary(root)
    if path is None:
        logger.warning("no glossary (%s) in %s: abbreviations will not be expanded", GLOSSARY_NAMES[0], root)
        return {}
    rel = _rel(path, root)
    problems: list[str] = []
    text = _decode(path.read_bytes(), rel, problems)
    if text is None:
        raise KnowledgeError(problems)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        what = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise KnowledgeError([f"{rel}:{line}: not valid YAML: {what}"]) from None
    except (ValueError, OverflowError) as e:
        line = _bad_timestamp_line(text.split("\n")) - 1
        raise KnowledgeError([f"{rel}:{line}: not a valid calendar date ({e})"]) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeError([f"{rel}:1: glossary must be a mapping 'term: full name' or 'term: [names]'"])
    lines = text.split("\n")

    def line_of(term: Any) -> int:
        pat = re.compile(rf"^\s*['\"]?{re.escape(str(term))}['\"]?\s*:")
        return next((i + 1 for i, ln in enumerate(lines) if pat.match(ln)), 1)

    out: dict[str, list[str]] = {}
    for term, value in data.items():
        if not isinstance(term, str) or not term.strip():
            problems.append(f"{rel}:{line_of(term)}: term {term!r} must be non-empty text (quote it)")
            continue
        names = [value] if isinstance(value, str) else value
        if (
            not isinstance(names, list)
            or not names
            or not all(isinstance(n, str) and n.strip() for n in names)
        ):
            problems.append(
                f"{rel}:{line_of(term)}: {term!r} must map to a full name or a list of full names, got {value!r}"
            )
            continue
        out[term.strip()] = [n.strip() for n in names]
    if problems:
        raise KnowledgeError(problems)
    return out


def load_all(root: Path) -> tuple[list[Document], dict[str, list[str]]]:
    """Documents and glossary together, with the problems of both in one KnowledgeError."""
    problems: list[str] = []
    docs: list[Document] = []
    glossary: dict[str, list[str]] = {}
    try:
        docs = load_knowledge(root)
    except KnowledgeError as e:
        problems.extend(e.problems)
    try:
        glossary = load_glossary(root)
    except KnowledgeError as e:
        problems.extend(e.problems)
    if problems:
        raise KnowledgeError(problems)
    return docs, glossary
