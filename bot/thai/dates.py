"""Thai dates as the resolutions write them ("26 พฤศจิกายน 2562"), Buddhist era <-> Gregorian."""

from __future__ import annotations

import datetime as dt
import re

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


_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]  # fmt: skip
# "16 มีค 64": the abbreviations typed without their dots (after a day, "กพ" is February, not an office)
_DOTLESS = [m.replace(".", "") for m in THAI_MONTHS_ABBR]
_ANY_DATE = re.compile(
    r"(\d{1,2})\s*(" + "|".join(THAI_MONTHS) + "|" + "|".join(map(re.escape, THAI_MONTHS_ABBR))
    + r"|" + "|".join(_DOTLESS)
    + r"|" + "|".join(m[:3] + "[a-z]*" for m in _EN_MONTHS) + r")\.?\s*,?\s*(\d{2,4})(?!\d)",
    re.IGNORECASE,
)  # fmt: skip


def parse_any_date(text: str) -> dt.date | None:
    """A date as officials type it: "16 ก.พ. 64", "16 กุมภาพันธ์ 2564", "16 February 2021"."""
    m = _ANY_DATE.search(text)
    if not m:
        return None
    day, month, year = int(m.group(1)), m.group(2).lower(), int(m.group(3))
    if month in THAI_MONTHS:
        idx = THAI_MONTHS.index(month)
    elif month in THAI_MONTHS_ABBR:
        idx = THAI_MONTHS_ABBR.index(month)
    elif month in _DOTLESS:
        idx = _DOTLESS.index(month)
    else:
        idx = next((i for i, en in enumerate(_EN_MONTHS) if en.startswith(month[:3])), -1)
    if idx < 0:
        return None
    if year < 100:  # "64" is 2564 BE; "21" after an English month is 2021
        year = 2500 + year if re.search(r"[\u0e01-\u0e5b]", month) else 2000 + year
    if year > 2400:
        year -= 543
    try:
        return dt.date(year, idx + 1, day)
    except ValueError:
        return None
