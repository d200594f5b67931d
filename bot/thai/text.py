"""Thai text for matching: normalization and newmm tokens that keep glossary terms whole.

pythainlp is imported lazily and told to stay offline and read-only: it must never try to
download data or create ~/pythainlp-data at run time.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable

from bot.thai.glossary import Glossary

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# A tone/vowel mark with no base consonant before it (broken combining marks) is dropped.
_ORPHAN_MARK = re.compile(r"(?:^|(?<=[^\u0e00-\u0e7f]))[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+", re.MULTILINE)


def normalize(text: str) -> str:
    """Make text safe and comparable: NFC, no control or zero-width chars, tidy Thai marks and spaces."""
    from pythainlp.util import normalize as thai_normalize

    text = unicodedata.normalize("NFC", text or "").translate(_ZERO_WIDTH)
    text = _CONTROL.sub(" ", text)
    text = thai_normalize(text)
    text = _ORPHAN_MARK.sub("", text)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


_TOKEN_DROP = re.compile(r"^[\s\-–—/\\()\[\]{}:;,!?\"'“”‘’.…•·*+=<>|_~`^%#@&0-9]*$")


_EDGE_PUNCT = "()[]{}\"'“”‘’,;:!?«»"
TOKENIZER_VERSION = "3"  # bump when tokens() changes: cached tokens of older builds are then not reused


ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")  # "ประเด็นที่ ๓" is issue 3


_TOPIC_WORDS = frozenset({"พร้อม"})


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

        # "พร้อม" is a stopword in general Thai but a topic here: "การสร้างความพร้อม...ให้พร้อมรับ" names an issue
        return frozenset(thai_stopwords()) - _TOPIC_WORDS

    def tokens(self, text: str) -> list[str]:
        """Lower-cased newmm tokens without spaces or punctuation; abbreviation dots removed."""
        from pythainlp.tokenize import word_tokenize

        out = []
        text = text.lower().translate(ARABIC_DIGITS)  # "ประเด็นที่ ๓" and "ประเด็นที่ 3" are one token
        for tok in word_tokenize(text, custom_dict=self._trie, engine="newmm", keep_whitespace=False):
            tok = tok.strip()
            if not tok or _TOKEN_DROP.match(tok):
                if tok and re.search(r"\d", tok) and re.fullmatch(r"[\d/.]+", tok):
                    out.append(tok.strip("."))
                continue
            out.append(tok.replace(".", "").strip(_EDGE_PUNCT) or tok)
        return out
