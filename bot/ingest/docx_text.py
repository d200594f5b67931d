"""Word documents as the lines the parser reads: paragraphs in order, automatic numbering written
out ("1)", "(ก)"), and tables as Markdown rows (`| ประเด็น | ผู้รับผิดชอบหลัก |`).

python-docx gives paragraph text without Word's automatic list numbers, but the parser's
structure hangs on those numbers, so they are rebuilt from the numbering definitions.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# Word's "thaiLetters" sequence skips the obsolete ฃ and ฅ.
THAI_LETTERS = [chr(c) for c in range(0x0E01, 0x0E2F) if chr(c) not in "ฃฅ"]


def docx_lines(path: Path) -> list[str]:
    doc = Document(str(path))
    numbering = _Numbering(doc)
    lines: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if text:
                label = numbering.label(block)
                lines.append(f"{label} {text}" if label else text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return lines


def _cell_text(cell) -> str:
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()).replace("|", "/")


def _table_lines(table: Table) -> list[str]:
    """Two or more columns: Markdown rows with a rule under the first (the header); one column: lines."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # a merged cell repeats: keep it once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(cells)
    if not rows:
        return []
    width = max(len(r) for r in rows)
    if width == 1:
        return [r[0] for r in rows if r[0]]
    rows = _number_column(rows)
    width = max(len(r) for r in rows)
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(r + [""] * (width - len(r))) + " |")
        if i == 0:
            out.append("|" + " --- |" * width)
    return out


_ITEM_NUMBER = re.compile(r"^(\(?[0-9๐-๙]{1,3}[.)])\s+(\S.*)$")


def _number_column(rows: list[list[str]]) -> list[list[str]]:
    """Rows whose first cell starts "1) ..." get the number in a column of its own ("ลำดับ"), the
    way the parser reads a numbered table row; the header keeps its column names in place."""
    body = rows[1:]
    if not body or _ITEM_NUMBER.match(rows[0][0]) or not all(_ITEM_NUMBER.match(r[0]) for r in body):
        return rows
    out = [["ลำดับ", *rows[0]]]
    for r in body:
        m = _ITEM_NUMBER.match(r[0])
        out.append([m.group(1), m.group(2), *r[1:]])
    return out


class _Numbering:
    """Counters per list and level, formatted the way Word shows them."""

    def __init__(self, doc) -> None:
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.levels: dict[tuple[str, str], tuple[str, str, int]] = {}  # (abstract, ilvl) -> fmt, text, start
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for num in root.findall(qn("w:num")):
            abstract = num.find(qn("w:abstractNumId"))
            if abstract is not None:
                self.nums[num.get(qn("w:numId"))] = abstract.get(qn("w:val"))
        for abstract in root.findall(qn("w:abstractNum")):
            aid = abstract.get(qn("w:abstractNumId"))
            for lvl in abstract.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                self.levels[(aid, lvl.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "%1.",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )

    def label(self, paragraph: Paragraph) -> str:
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        abstract = self.nums[num_id]
        counts = self.counters.setdefault(num_id, {})
        start = self.levels.get((abstract, str(ilvl)), ("decimal", "%1.", 1))[2]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        fmt, text, _ = self.levels.get((abstract, str(ilvl)), ("decimal", "%1.", 1))
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""
        for level in range(ilvl + 1):
            level_fmt = self.levels.get((abstract, str(level)), ("decimal", "%1.", 1))[0]
            text = text.replace(f"%{level + 1}", _format(counts.get(level, 1), level_fmt))
        return text


def _num_pr(paragraph: Paragraph) -> tuple[str | None, int]:
    """numId and level from the paragraph, else from its style (Word's "List Number" styles)."""
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = element.find(qn("w:pPr")) if element is not None else None
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        return (
            num_id.get(qn("w:val")) if num_id is not None else None,
            int(ilvl.get(qn("w:val"))) if ilvl is not None else 0,
        )
    return None, 0


def _format(n: int, fmt: str) -> str:
    if fmt == "thaiNumbers":
        return str(n).translate(THAI_DIGITS)
    if fmt == "thaiLetters":
        return THAI_LETTERS[(n - 1) % len(THAI_LETTERS)]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n)  # decimal, and the rare formats Thai resolutions do not use
