"""Thai language helpers: normalization, tokens, the glossary and dates."""

from bot.thai.dates import (
    THAI_DATE,
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    parse_any_date,
    parse_thai_date,
    thai_date,
)
from bot.thai.glossary import Glossary
from bot.thai.text import ARABIC_DIGITS, ThaiText, normalize

__all__ = [
    "ARABIC_DIGITS", "THAI_DATE", "THAI_MONTHS", "THAI_MONTHS_ABBR", "Glossary", "ThaiText", "normalize", "parse_any_date", "parse_thai_date",
    "thai_date",
]  # fmt: skip
