"""Thai text as PDFs and Word files give it back, made into the lines the parser reads.

What goes wrong, and why each fix is safe:
- Thai fonts place shifted tone marks and vowels in the Private Use Area (U+F700-U+F71A); text
  extraction returns those code points, which match nothing. They map back one to one.
- Sara am comes out as nikhahit + sara aa ("ํา", with a tone mark between or before), marks come
  out of order, Latin ligatures ("ﬃ") replace letters: NFC, pythainlp's normalize and NFKC on the
  ligatures alone fix these (NFKC on Thai would split sara am, so it is kept to the ligatures).
- Spaces inside a word: a Thai word never starts with a combining mark or a following vowel
  (า ะ ำ) and never ends with a leading vowel (เ แ โ ใ ไ), so such a space always splits a word.
  In a PDF, pythainlp's dictionary judges the other spaces: one goes only when both sides are
  fragments that make a known word together, since Thai uses spaces between phrases.
- Page numbers ("- 2 -", "หน้า 2/5") and headers/footers repeated on many pages go, looked for
  only in the first and last lines of each page.
- Lines broken mid-sentence are joined; numbered clauses, bullets, headings and old/new block
  lines keep their own lines. A PDF's paragraph spacing (blank lines from extract.py) says where
  a paragraph ends; without it, a line is wrapped only if the next word would not have fit on it.
- Thai digits stay as written.
"""

from __future__ import annotations

import functools
import math
import re
import statistics
import unicodedata
from collections import Counter

from pydantic import BaseModel, Field

from bot.knowledge.parse import NEW_CUES, OLD_CUES
from bot.thai import normalize

# Thai glyph variants in the Private Use Area (the Microsoft/Adobe Thai font layout) -> code points.
PUA_THAI = {
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a",
}  # fmt: skip
_PUA = re.compile("[\uf700-\uf71a]")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # above/below vowels, tone marks, thanthakhat, nikhahit
_FOLLOWING = "\u0e30\u0e32\u0e33\u0e45"  # ะ า ำ ๅ: never start a word
_LEADING = "\u0e40-\u0e44"  # เ แ โ ใ ไ: never end a word
_THAI = "\u0e01-\u0e4e"
_THAI_WORD = "\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e"  # Thai letters, without ฯ and ๆ (spaced by rule)
_SPACE_BEFORE_MARK = re.compile(rf"(?<=[{_THAI}])[ \t]+(?=[{_MARKS}{_FOLLOWING}])")
_SPACE_AFTER_LEADING = re.compile(rf"(?<=[{_LEADING}])[ \t]+(?=[\u0e01-\u0e2e])")
_SPLIT_CANDIDATE = re.compile(rf"([{_THAI_WORD}]+) ([{_THAI_WORD}]+)")
_COMBINING = re.compile(f"[{_MARKS}]")
_DIGITS = re.compile(r"[0-9๐-๙]+")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:หน้า(?:ที่)?|page)?\s*[0-9๐-๙]{1,4}(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?[\s\-–—]*$", re.I
)
# Lines that start a clause of their own: never the tail of the line before.
_OWN_LINE = re.compile(
    r"^(?:ข้อ(?:ที่)?\s*[0-9๐-๙]|[0-9๐-๙]{1,3}[.)](?:\s|$)|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+\.?(?:\s|$)"
    r"|\(\s*[0-9๐-๙]{1,2}\s*\)|\(?[ก-ฮ]\)|[ก-ฮ]\.\s|[-•–·▪◦●○■□➢►*]\s|#|\||เรื่อง\s|หมายเหตุ|ที่มา\s*[:：]"
    r"|(?:สั่ง|ประกาศ|ให้ไว้)\s*ณ\s*วันที่)"
)
_INTRODUCES = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|ได้แก่|ประกอบด้วย|[:：])\s*$")
ZONE = 3  # page furniture is looked for in a page's first and last lines
REPEATED_SHARE = 0.5  # a line in that zone on at least this share of pages (and 2+) is a header/footer
PAGE_BREAK = "\f"  # between pages: a paragraph may go on, so widths decide there
FULL_LINE = 0.96  # a line plus the next word reaching this share of the longest lines was wrapped


class CleanReport(BaseModel):
    """What cleaning changed, for the admin to see before anything is written."""

    glyphs_mapped: int = 0
    spaces_removed: int = 0
    furniture: list[str] = Field(default_factory=list)
    lines_joined: int = 0


class Cleaned(BaseModel):
    text: str
    report: CleanReport


def clean(pages: list[str], *, laid_out: bool) -> Cleaned:
    """Cleaned text of a document's pages. `laid_out` (a PDF): also page furniture, the
    dictionary check of spaces, and wrapped lines."""
    report = CleanReport()
    page_lines = [_clean_lines(page, report, laid_out=laid_out) for page in pages]
    if laid_out:
        page_lines = drop_furniture(page_lines, report)
    lines = [line for page in page_lines for line in (PAGE_BREAK, *page)][1:]
    if laid_out or looks_wrapped(lines):
        lines = join_wrapped(lines, report)
    text = "\n".join(line for line in lines if line and line != PAGE_BREAK)
    return Cleaned(text=text, report=report)


def fix_glyphs(text: str) -> tuple[str, int]:
    """PUA glyph forms back to Thai code points, Latin ligatures back to letters."""
    count = len(_PUA.findall(text))
    text = text.translate(PUA_THAI)
    text = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text, count


def remove_split_spaces(line: str, *, dictionary: bool = False) -> tuple[str, int]:
    """Drop spaces that split a Thai word; keep the spaces Thai puts between phrases."""
    before = line.count(" ") + line.count("\t")
    line = _SPACE_BEFORE_MARK.sub("", line)
    line = _SPACE_AFTER_LEADING.sub("", line)
    if dictionary:
        line = _join_fragments(line)
    return line, before - line.count(" ") - line.count("\t")


def _join_fragments(line: str) -> str:
    pos = 0
    while True:
        m = _SPLIT_CANDIDATE.search(line, pos)
        if m is None:
            return line
        left_run = re.search(rf"[{_THAI_WORD}]+$", line[: m.start(2) - 1]).group()
        right_run = m.group(2)
        if _splits_word(left_run, right_run):
            line = line[: m.start(2) - 1] + line[m.start(2) :]
            pos = m.start(2) - 1 - len(left_run)
        else:
            pos = m.start(2)


def _splits_word(left: str, right: str) -> bool:
    """True when a dictionary word spans the space and the sides alone read as fragments: an edge
    that is no word, or two or more words fewer together ("เทคโนโล ยีสารสนเทศ"). Two words that
    merely also form a compound ("กฎ ระเบียบ") keep their space."""
    words = thai_dictionary()
    tokens_left, tokens_right, whole = _tokens(left), _tokens(right), _tokens(left + right)
    fewer = len(tokens_left) + len(tokens_right) - len(whole)
    fragment = tokens_left[-1] not in words or tokens_right[0] not in words
    if fewer < 1 or (fewer < 2 and not fragment):
        return False
    at, start = len(left), 0
    for token in whole:
        end = start + len(token)
        if start < at < end:
            return token in words and width(token) >= 4
        start = end
    return False


@functools.lru_cache(maxsize=1)
def thai_dictionary() -> frozenset[str]:
    """pythainlp's Thai word list, read once."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=False)) or (text,)


def _clean_lines(page: str, report: CleanReport, *, laid_out: bool) -> list[str]:
    """One page's lines, each fixed; a blank line (a paragraph gap in a PDF) stays as ""."""
    text, mapped = fix_glyphs(page)
    report.glyphs_mapped += mapped
    text = unicodedata.normalize("NFC", text)
    out = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        fixed, removed = remove_split_spaces(raw, dictionary=laid_out)
        report.spaces_removed += removed
        out.append(normalize(fixed))  # NFC, control characters, sara am, mark order, spaces
    return out


def drop_furniture(pages: list[list[str]], report: CleanReport) -> list[list[str]]:
    """Without page numbers and the headers and footers that repeat across pages.

    A header or footer sits at the same place on each page (the n-th line from the top or the
    bottom) with the same words, its numbers aside; a line that merely recurs in the text (a lead
    agency under several issues, a clause) recurs at no fixed place, and clauses never count."""

    def places(lines: list[str]) -> dict[int, tuple[str, str, int]]:
        filled = [i for i, line in enumerate(lines) if line]
        top = {i: ("top", n) for n, i in enumerate(filled[:ZONE])}
        bottom = {i: ("bottom", n) for n, i in enumerate(reversed(filled[-ZONE:]))}
        return {i: (_DIGITS.sub("#", lines[i]), *where) for i, where in (top | bottom).items()}

    seen: Counter[tuple[str, str, int]] = Counter()
    for lines in pages:
        seen.update({key for i, key in places(lines).items() if not _OWN_LINE.match(lines[i])})
    needed = max(2, math.ceil(REPEATED_SHARE * len(pages)))
    out = []
    for lines in pages:
        drop = {
            i
            for i, key in places(lines).items()
            if _PAGE_NUMBER.match(lines[i]) or (not _OWN_LINE.match(lines[i]) and seen[key] >= needed)
        }
        report.furniture.extend(lines[i] for i in sorted(drop))
        kept = [line for i, line in enumerate(lines) if i not in drop]
        while kept and not kept[0]:  # the gap that set a header apart is no paragraph end
            kept.pop(0)
        while kept and not kept[-1]:
            kept.pop()
        out.append(kept)
    return out


def width(line: str) -> int:
    """Characters that take horizontal space (Thai marks stack above or below their consonant)."""
    return len(_COMBINING.sub("", line))


def _full_width(lines: list[str]) -> float:
    widths = sorted(width(line) for line in lines if line and line != PAGE_BREAK)
    if not widths:
        return 0.0
    return statistics.quantiles(widths, n=20)[-1] if len(widths) >= 20 else float(widths[-1])


def looks_wrapped(lines: list[str]) -> bool:
    """A text file hard-wrapped at a fixed width (copied out of a PDF): many lines near one width."""
    filled = [line for line in lines if line and line != PAGE_BREAK]
    full = _full_width(filled)
    if len(filled) < 10 or not full or full > 150:
        return False
    near = sum(1 for line in filled if width(line) >= 0.8 * full)
    return near >= 0.4 * len(filled)


def _first_word(line: str) -> str:
    if re.match(rf"[{_THAI}]", line):
        return _tokens(re.match(rf"[{_THAI}]+", line).group())[0]
    return line.split(" ", 1)[0]


def _own_line(line: str) -> bool:
    if _OWN_LINE.match(line):
        return True
    return len(line) <= 90 and any(cue in line for cue in (*OLD_CUES, *NEW_CUES))


def join_wrapped(lines: list[str], report: CleanReport) -> list[str]:
    """Join the lines of a paragraph that the page width broke; "" marks a known paragraph end,
    PAGE_BREAK a page's end."""
    spaced = "" in lines  # the PDF showed where its paragraphs end
    full = _full_width(lines)
    out: list[str] = []
    last = 0  # width of the last physical line in out[-1]
    after_break = False
    for line in lines:
        if line == PAGE_BREAK:
            after_break = True
            continue
        if not line:
            out.append("")
            last = 0
            continue
        prev = out[-1] if out else ""
        if spaced and not after_break:
            wrapped = bool(prev) and not _own_line(line)
        else:
            wrapped = (
                bool(prev)
                and not _own_line(line)
                and not _INTRODUCES.search(prev)
                and last + 1 + width(_first_word(line)) >= FULL_LINE * full
            )
        if wrapped:
            thai_seam = re.search(rf"[{_THAI}]$", prev) and re.match(rf"[{_THAI}]", line)
            out[-1] = prev + ("" if thai_seam else " ") + line
            report.lines_joined += 1
        else:
            out.append(line)
        last, after_break = width(line), False
    return [line for line in out if line]


# What the knowledge parser shares with the importer: a file pasted from a PDF is read the same way.
OWN_LINE = _OWN_LINE
PAGE_NUMBER = _PAGE_NUMBER
full_width = _full_width
