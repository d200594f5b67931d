"""The glossary: abbreviations, nicknames and English names -> full Thai names (DGA = สพร. ...)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field


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
            # only where the letters stand alone (not after a leading vowel: "ไหน" holds no "หน."),
            # so no word is cut up.
            bare = re.escape(k.replace(".", ""))
            return rf"{esc}|(?<![\u0e01-\u0e2e\u0e40-\u0e44]){bare}(?![\u0e01-\u0e5b])"
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
