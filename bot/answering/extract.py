"""Spans of clause text: cut at spaces (or Thai word boundaries), never mid-word."""

from __future__ import annotations

import re

from bot.thai import ThaiText


def cut(text: str, limit: int, thai: ThaiText | None = None) -> str:
    """At most `limit` characters, keeping line breaks; cut at a space, else at a Thai word boundary."""
    text = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in text.strip().split("\n") if ln.strip())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > limit * 0.6:
        return head[:space].rstrip() + "…"
    if thai is not None:  # a long run without spaces: end at the last whole Thai word
        from pythainlp.tokenize import word_tokenize

        words = word_tokenize(head, engine="newmm", keep_whitespace=True)
        if len(words) > 1:
            return "".join(words[:-1]).rstrip() + "…"
    return head + "…"


def window(text: str, weights: dict[str, float], size: int) -> str:
    """The stretch of text (about `size` chars, starting at a space) that holds the most weight."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= size + 40:
        return text
    starts = [0] + [m.end() for m in re.finditer(" ", text)]
    best, best_score = 0, -1.0
    for st in starts:
        piece = text[st : st + size]
        score = sum(w for t, w in weights.items() if t in piece) - st / 10000  # earlier wins a tie
        if score > best_score:
            best, best_score = st, score
    return cut(text[best:], size)


INTRODUCES = re.compile(r"(ดังนี้|ดังต่อไปนี้|ได้แก่|ประกอบด้วย|[:：])\s*$")


# "ข้อ 2.3", "section 2", and a dotted number after "under"/"ตาม" ("Under 2.1, ...", "แนวทางตาม 2.3")
SECTION_REF = re.compile(
    r"(?:(?:ข้อ(?:ที่)?|ประเด็นที่|ลำดับที่|section|clause|item)\s*|(?:\bunder|\bper|ตาม|ใน)\s*(?=\d+\.\d+(?!\.?\d*\s*(?:ปี|%|เท่า))))(\d+(?:\.\d+)*)",
    re.I,
)
LIST_BUDGET = 560


def outer_sections(text: str) -> list[str]:
    """ "ข้อ 1 ตามข้อ 2.3", "ข้อ 1) ในข้อ 3": the parts that hold the item asked about (dotted, or pointed to
    by ตาม/ใน/ของ)."""
    return [
        m.group(1)
        for m in SECTION_REF.finditer(text)
        if "." in m.group(1) or re.search(r"(?:ตาม|ใน|ของ|under|of|in)\s*$", text[: m.start()], re.I)
    ]


def render_list(title: str, items: list[str], budget: int = LIST_BUDGET, thai=None) -> list[str]:
    """A title and its items, each item shortened so the whole list fits; the rest counted."""
    lines = [cut(title, 160, thai)]
    room = budget - len(lines[0])
    per = max(60, room // max(1, len(items)) - 4)
    for i, item in enumerate(items):
        line = f"- {cut(item, per, thai)}"
        if room - len(line) < 0:
            lines.append(f"…และอีก {len(items) - i} รายการ")
            break
        lines.append(line)
        room -= len(line) + 1
    return lines
