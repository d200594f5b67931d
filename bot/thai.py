"""Thai text for matching: normalization, newmm tokens with glossary terms, abbreviation expansion.

pythainlp is imported lazily and told to stay offline and read-only: it must never try to
download data or create ~/pythainlp-data at run time.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# A tone/vowel mark with no base consonant before it (broken combining marks) is dropped.
_ORPHAN_MARK = re.compile(r"(?:^|(?<=[^\u0e00-\u0e7f]))[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+", re.MULTILINE)

THAI_MONTHS = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]  # fmt: skip
THAI_MONTHS_ABBR = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
]  # fmt: skip
THAI_DATE = re.compile(
    r"(\d{1,2})\s*("
    + "|".join(THAI_MONTHS)
    + "|"
    + "|".join(map(re.escape, THAI_MONTHS_ABBR))
    + r")\s*(\d{4})"
)


def normalize(text: str) -> str:
    """Make text safe and comparable: NFC, no control or zero-width chars, tidy Thai marks and spaces."""
    from pythainlp.util import normalize as thai_normalize

    text = unicodedata.normalize("NFC", text or "").translate(_ZERO_WIDTH)
    text = _CONTROL.sub(" ", text)
    text = thai_normalize(text)
    text = _ORPHAN_MARK.sub("", text)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def parse_thai_date(text: str) -> dt.date | None:
    """First Thai date in text ("26 พฤศจิกายน 2562"), Buddhist-era year turned Gregorian."""
    m = THAI_DATE.search(text)
    if not m:
        return None
    day, month, year = int(m.group(1)), m.group(2), int(m.group(3))
    idx = THAI_MONTHS.index(month) if month in THAI_MONTHS else THAI_MONTHS_ABBR.index(month)
    if year > 2400:
        year -= 543
    try:
        return dt.date(year, idx + 1, day)
    except ValueError:
        return None


def thai_date(d: dt.date) -> str:
    """Format a date the way the resolutions do: "29 กันยายน 2563"."""
    return f"{d.day} {THAI_MONTHS[d.month - 1]} {d.year + 543}"


def _is_latin(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9 .\-/&()]+", s))


@dataclass
class Glossary:
    """Abbreviation / English name -> full Thai names; matched longest first, case-insensitively."""

    terms: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, str | list[str]]) -> Glossary:
        terms: dict[str, list[str]] = {}
        for key, value in data.items():
            names = [value] if isinstance(value, str) else list(value)
            terms[str(key).strip()] = [str(n).strip() for n in names if str(n).strip()]
        return cls(terms)

    @staticmethod
    def _alternative(k: str) -> str:
        esc = re.escape(k).replace(r"\ ", r"\s*")
        # Latin keys must stand as whole words; Thai keys may touch other Thai letters.
        if _is_latin(k):
            return rf"(?<![A-Za-z]){esc}(?![A-Za-z])"
        if "." in k and len(k.replace(".", "")) >= 2:
            # Thai abbreviations are often typed without their dots ("ปธ PCIO"): accept that
            # only where the letters stand alone, so no word is cut up.
            bare = re.escape(k.replace(".", ""))
            return rf"{esc}|(?<![\u0e01-\u0e2e]){bare}(?![\u0e01-\u0e5b])"
        return esc

    @functools.cached_property
    def _needles(self) -> list[tuple[str, tuple[str, ...]]]:
        """Per key, plain substrings one of which must be in the text for the key to match:
        a cheap filter, so the regex only ever holds the few keys that can match."""
        out = []
        for k in sorted(self.terms, key=len, reverse=True):
            low = k.lower()
            needles = {low.split()[0] if low.split() else low}
            if "." in low:
                needles.add(low.replace(".", "").split()[0] if low.replace(".", "").split() else low)
            out.append((k, tuple(needles)))
        return out

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Glossary per index, kept for the process
    def _pattern_for(self, keys: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile("|".join(self._alternative(k) for k in keys), re.IGNORECASE)

    def __hash__(self) -> int:
        return id(self)

    @staticmethod
    def _lookup_form(text: str) -> str:
        return re.sub(r"[\s.]+", "", text.lower())

    @functools.cached_property
    def _lower(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for k in sorted(self.terms, key=len, reverse=True):
            out.setdefault(self._lookup_form(k), k)
        return out

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Glossary keys found in text as (key, start, end), non-overlapping, longest first."""
        low = text.lower()
        keys = tuple(k for k, needles in self._needles if any(n in low for n in needles))
        if not keys:
            return []
        found = []
        for m in self._pattern_for(keys).finditer(text):
            key = self._lower.get(self._lookup_form(m.group(0)))
            if key:
                found.append((key, m.start(), m.end()))
        return found

    def expansions(self, text: str, depth: int = 2) -> list[str]:
        """Full names for every glossary key in text (following key -> key chains a little)."""
        out: list[str] = []
        frontier = [k for k, _, _ in self.find(text)]
        seen: set[str] = set()
        for _ in range(depth):
            nxt = []
            for key in frontier:
                if key in seen:
                    continue
                seen.add(key)
                for name in self.terms.get(key, []):
                    if name not in out:
                        out.append(name)
                    nxt.extend(k for k, _, _ in self.find(name) if k not in seen)
            frontier = nxt
        return out

    def expand(self, text: str) -> str:
        """Text followed by the full names of its abbreviations, for matching (never for display)."""
        extra = [e for e in self.expansions(text) if e.lower() not in text.lower()]
        return text if not extra else text + " (" + "; ".join(extra) + ")"

    def substitute(self, text: str) -> str:
        """Each abbreviation or English term replaced by its first full name (for reading roles/holders)."""
        pieces, last = [], 0
        for key, start, end in self.find(text):
            names = self.terms.get(key) or []
            if names:
                pieces.append(text[last:start] + " " + names[0] + " ")
                last = end
        pieces.append(text[last:])
        return "".join(pieces)

    def spell_out(self, text: str) -> str:
        """Display form: the first Thai abbreviation of each kind gets its full name in brackets."""
        done: set[str] = set()
        pieces, last = [], 0
        for key, _start, end in self.find(text):
            names = self.terms.get(key) or []
            full = next((n for n in names if not _is_latin(n) and "." not in n), None)
            if key in done or not full or _is_latin(key) or not key.endswith(".") or full in text:
                continue
            done.add(key)
            pieces.append(text[last:end] + f" ({full})")
            last = end
        pieces.append(text[last:])
        return "".join(pieces)

    def dictionary_words(self) -> set[str]:
        """Keys to add to the tokenizer dictionary so "สพร." stays one token."""
        return {k for k in self.terms if not _is_latin(k) and " " not in k}


_TOKEN_DROP = re.compile(r"^[\s\-–—/\\()\[\]{}:;,!?\"'“”‘’.…•·*+=<>|_~`^%#@&0-9]*$")


class ThaiText:
    """Tokenizer + expander bound to one glossary; build once per process (dictionary ~0.3 s)."""

    def __init__(self, glossary: Glossary | None = None, extra_words: Iterable[str] = ()) -> None:
        self.glossary = glossary or Glossary()
        self._extra = set(extra_words)

    @functools.cached_property
    def _trie(self):
        from pythainlp.corpus import thai_words
        from pythainlp.util import Trie

        words = set(thai_words()) | self.glossary.dictionary_words() | self._extra
        return Trie(words)

    @functools.cached_property
    def stopwords(self) -> frozenset[str]:
        from pythainlp.corpus import thai_stopwords

        return frozenset(thai_stopwords())

    def tokens(self, text: str) -> list[str]:
        """Lower-cased newmm tokens without spaces or punctuation; abbreviation dots removed."""
        from pythainlp.tokenize import word_tokenize

        out = []
        for tok in word_tokenize(text.lower(), custom_dict=self._trie, engine="newmm", keep_whitespace=False):
            tok = tok.strip()
            if not tok or _TOKEN_DROP.match(tok):
                if tok and re.search(r"\d", tok) and re.fullmatch(r"[\d/.]+", tok):
                    out.append(tok.strip("."))
                continue
            out.append(tok.replace(".", ""))
        return out
