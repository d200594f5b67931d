"""Split a resolution into clauses that keep their structure.

Thai cabinet resolutions are flattened tables: numbered sections (1., 1.1, 1)), bullets,
short headings, and old/new blocks where an amended rule is quoted ("...ตามนัยมติ...") and then
restated ("...ที่เสนอปรับปรุง...", "ประเด็นที่ปรับปรุง", "...ที่ขอปรับ..."). Each line is ranked;
a stack of open clauses gives every clause its path. Nothing here knows about one particular file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.core.models import Clause, Document, DocumentMeta
from bot.thai import parse_thai_date

# Ranks: lower opens wider scopes. A new line closes every open clause of equal or higher rank.
R_DOC, R_NUM1, R_NUM2, R_NUM3, R_BLOCK, R_HEAD, R_ITEM, R_BULLET, R_LEAF = 0, 1, 2, 3, 4, 5, 6, 7, 8

_NUM3 = re.compile(r"^(\d+\.\d+\.\d+)\.?\s+(\S.*)$")
_NUM2 = re.compile(r"^(\d+\.\d+)\.?\s+(\S.*)$")
_NUM1 = re.compile(r"^(\d+)\.\s+(\S.*)$")
_PAREN = re.compile(r"^\(?(\d{1,2}|[ก-ฮ])\)\s*(\S.*)$")
_BULLET = re.compile(r"^[-•–·*]\s*(\S.*)$")
_NOTE = re.compile(r"^(หมายเหตุ|ที่มา)\s*[:：]")
_TABLE_HEAD = re.compile(r"^([^\d\-]{2,40}?)\s+[-–]\s+([^\d\-]{2,60})$")

OLD_CUES = ("ตามนัยมติ", "ถ้อยคำเดิม", "ข้อความเดิม", "รายละเอียดเดิม", "องค์ประกอบเดิม")
NEW_CUES = ("ที่เสนอปรับปรุง", "ที่ปรับปรุง", "ที่ขอปรับ", "ที่เสนอแก้ไข", "ที่แก้ไขใหม่", "ถ้อยคำใหม่", "ข้อความใหม่")
MAX_MARKER = 90
MAX_HEADING = 45


@dataclass
class _Line:
    rank: int
    kind: str  # a Clause kind, or "continuation"
    number: str | None
    text: str
    label: str | None = None
    block: str | None = None  # "old" / "new" for markers


def _classify(text: str) -> _Line:
    for pattern, rank in ((_NUM3, R_NUM3), (_NUM2, R_NUM2), (_NUM1, R_NUM1)):
        m = pattern.match(text)
        if m:
            number = m.group(1) + ("." if rank == R_NUM1 else "")
            return _Line(rank, "item", number, m.group(2))
    m = _PAREN.match(text)
    if m:
        return _Line(R_ITEM, "item", m.group(1) + ")", m.group(2))
    m = _BULLET.match(text)
    if m:
        return _Line(R_BULLET, "item", "-", m.group(1))
    if _NOTE.match(text):
        rank = R_DOC if text.startswith("ที่มา") else R_HEAD
        return _Line(rank, "note", None, text)
    if len(text) <= MAX_MARKER:
        if any(c in text for c in OLD_CUES):
            return _Line(R_BLOCK, "block", None, text, block="old")
        if any(c in text for c in NEW_CUES):
            return _Line(R_BLOCK, "block", None, text, block="new")
    m = _TABLE_HEAD.match(text)
    if m:
        return _Line(R_HEAD, "heading", None, text, label=m.group(2).strip())
    if len(text) <= MAX_HEADING and not re.search(r"[.;]$", text):
        return _Line(R_HEAD, "heading", None, text)
    return _Line(R_LEAF, "continuation", None, text)


@dataclass
class _Open:
    rank: int
    clause: Clause
    table_label: str | None = None  # set on a table header: rows below it get this label
    block: str | None = None  # "old"/"new" on a block marker


def parse_document(doc: Document, known: Mapping[str, DocumentMeta] | None = None) -> list[Clause]:
    """Clauses of one resolution, in reading order, with paths, status and old->new links."""
    meta = doc.meta
    known = known or {}
    raw = [(doc.body_line + i, ln.strip()) for i, ln in enumerate(doc.body.split("\n"))]
    raw = [(n, t) for n, t in raw if t]
    clauses: list[Clause] = []
    stack: list[_Open] = []

    def path_of(label: str | None) -> list[str]:
        path = [o.clause.path[-1] for o in stack if o.clause.path]
        return path + ([label] if label else [])

    def open_clause(line: _Line, lineno: int) -> _Open:
        while stack and stack[-1].rank >= line.rank:
            stack.pop()
        block_frame = next((o for o in reversed(stack) if o.block), None)
        status = "superseded" if (line.block or (block_frame and block_frame.block)) == "old" else "current"
        if line.kind == "block":
            status = "superseded" if line.block == "old" else "current"
        table = next((o.table_label for o in reversed(stack) if o.table_label), None)
        label_for_path = line.number or (line.text[:60] if line.kind in ("heading", "block") else None)
        if line.kind == "title":
            label_for_path = "เรื่อง"
        elif line.kind == "note":
            label_for_path = re.split(r"\s*[:：]", line.text, maxsplit=1)[0]
        clause = Clause(
            uid=f"{meta.id}:{lineno}",
            doc_id=meta.id,
            path=path_of(label_for_path),
            number=line.number,
            text=line.text,
            line=lineno,
            status=status,
            block=(line.text if line.kind == "block" else (block_frame.clause.text if block_frame else None)),
            kind=line.kind if line.kind != "continuation" else "paragraph",
            label=table if (line.kind == "item" and line.rank == R_ITEM) else None,
            parent=stack[-1].clause.uid if stack else None,
            doc_title=meta.title,
            doc_date=meta.date,
        )
        frame = _Open(line.rank, clause, table_label=line.label, block=line.block)
        clauses.append(clause)
        if line.kind != "title":  # the title names the document; it is no parent in paths
            stack.append(frame)
        return frame

    for idx, (lineno, text) in enumerate(raw):
        line = _classify(text)
        if idx == 0 and text.startswith("เรื่อง"):
            line = _Line(R_DOC, "title", None, text)
        elif line.kind == "heading" and line.label is None:
            # A heading right before a top-level number ("...รายงานว่า" then "1.") opens a part.
            nxt = _classify(raw[idx + 1][1]) if idx + 1 < len(raw) else None
            if nxt is not None and nxt.rank == R_NUM1:
                line.rank = R_DOC
        top = stack[-1] if stack else None
        in_row = top is not None and top.clause.label is not None and top.rank == R_ITEM
        if in_row and line.kind in ("heading", "continuation") and line.label is None:
            continue  # the second column of a flattened table row: folded in below
        if line.kind == "continuation":
            if top is not None and top.rank in (R_ITEM, R_BULLET):
                continue  # a wrapped line of the open item: folded in below
            line.kind = "paragraph"
        open_clause(line, lineno)

    _fold(clauses, raw)
    _link_old_new(clauses)
    _resolve_quotes(clauses, meta, known)
    return clauses


def _fold(clauses: list[Clause], raw: list[tuple[int, str]]) -> None:
    """Re-read the lines each clause owns (its line up to the next clause) into text and detail."""
    starts = {c.line: c for c in clauses}
    order = [c.line for c in clauses]
    by_line = dict(raw)
    for i, c in enumerate(clauses):
        end = order[i + 1] if i + 1 < len(order) else max(by_line) + 1
        owned = [by_line[n] for n in sorted(by_line) if c.line < n < end and n not in starts]
        if not owned:
            continue
        if c.label is not None:
            c.detail = "\n".join(owned)
        else:
            c.text = "\n".join([c.text, *owned])


def ancestors(clause: Clause, by_uid: Mapping[str, Clause]) -> Iterator[Clause]:
    """The clauses enclosing this one, nearest first."""
    p = clause.parent
    while p is not None and p in by_uid:
        yield by_uid[p]
        p = by_uid[p].parent


def _section_of(c: Clause, by_uid: Mapping[str, Clause]) -> str | None:
    """uid of the nearest enclosing numbered section (1., 1.1, ...) or top-level part."""
    for parent in ancestors(c, by_uid):
        if parent.kind != "block" and (
            parent.kind in ("title",)
            or (parent.number or "").endswith(".")
            or re.fullmatch(r"\d+(\.\d+)+", parent.number or "")
        ):
            return parent.uid
    return None


def _block_key(c: Clause, block_uid: str, by_uid: Mapping[str, Clause]) -> tuple[str | None, str | None]:
    """(sub-heading inside the block, number) — how an old item finds its restatement."""
    sub = None
    for parent in ancestors(c, by_uid):
        if parent.uid == block_uid:
            break
        if parent.kind == "heading":
            sub = parent.text
    return sub, c.number


def _link_old_new(clauses: list[Clause]) -> None:
    by_uid = {c.uid: c for c in clauses}
    blocks = [c for c in clauses if c.kind == "block"]
    members: dict[str, list[Clause]] = {b.uid: [] for b in blocks}
    for c in clauses:
        block = next((a for a in ancestors(c, by_uid) if a.uid in members), None)
        if block is not None:
            members[block.uid].append(c)
    for i, old in enumerate(blocks):
        if old.status != "superseded":
            continue
        section = _section_of(old, by_uid)
        new = next(
            (b for b in blocks[i + 1 :] if b.status == "current" and _section_of(b, by_uid) == section), None
        )
        if new is None:
            continue
        old.replaced_by, new.replaces = new.uid, old.uid
        new_items = [c for c in members[new.uid] if c.kind in ("item", "paragraph")]
        keyed = {_block_key(c, new.uid, by_uid): c for c in new_items if c.number}
        by_number: dict[str, Clause] = {}
        for c in new_items:
            if c.number:
                by_number.setdefault(c.number, c)
        new_paras = [c for c in new_items if not c.number]
        old_paras = 0
        for c in members[old.uid]:
            if c.kind not in ("item", "paragraph"):
                continue
            if c.number:
                match = keyed.get(_block_key(c, old.uid, by_uid)) or by_number.get(c.number)
            else:
                match = new_paras[old_paras] if old_paras < len(new_paras) else None
                old_paras += 1
            if match is not None and match.replaces is None:
                c.replaced_by, match.replaces = match.uid, c.uid
            elif match is None:
                c.replaced_by = new.uid


def _members(clauses: list[Clause], ancestor: str) -> list[Clause]:
    """The clause itself and every clause under it."""
    by_uid = {c.uid: c for c in clauses}
    return [c for c in clauses if c.uid == ancestor or any(a.uid == ancestor for a in ancestors(c, by_uid))]


def _resolve_quotes(clauses: list[Clause], meta: DocumentMeta, known: Mapping[str, DocumentMeta]) -> None:
    """Old wording is quoted from an amended resolution: find which one by the date in the marker."""
    for c in clauses:
        if c.kind != "block" or c.status != "superseded":
            continue
        when = parse_thai_date(c.text)
        target = None
        for doc_id in meta.amends:
            other = known.get(doc_id)
            if other is not None and when is not None and other.date == when:
                target = doc_id
        if target is None and len(meta.amends) == 1:
            target = meta.amends[0]
        if target is None:
            continue
        for m in _members(clauses, c.uid):
            if m.status == "superseded":
                m.quoted_from = target
