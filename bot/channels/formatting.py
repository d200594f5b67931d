"""Render a core `Answer` as plain text (LINE, logs) or Telegram HTML, and split long messages."""

from __future__ import annotations

import datetime as dt
import html

from bot.core.models import Answer, Citation
from bot.thai import thai_date as core_thai_date


def thai_date(iso: str) -> str:
    """'2020-09-29' -> '29 กันยายน 2563' (Buddhist era); anything unparseable is returned as is."""
    try:
        return core_thai_date(dt.date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def citation_line(c: Citation) -> str:
    parts = [c.title, f"ลงวันที่ {thai_date(c.date)}"]
    if c.section:
        parts.append(f"ข้อ {c.section}")
    return " · ".join(parts)


def source_text(c: Citation) -> str:
    """The short label ("มติ ครม. 29 ก.ย. 2563 · ข้อ 1.2 2)") when the core gives one: a chat bubble
    has no room for the 200-character title, which the "show the full clause" button carries."""
    return c.label or citation_line(c)


def _blocks(answer: Answer, esc, bold, quote=None) -> list[str]:
    """Paragraphs of the rendered answer; each block is self-contained (no tag spans blocks)."""
    out = [esc(answer.answer)]
    if answer.citations and not answer.abstained:
        out.append(bold("ที่มา:") + " " + esc(source_text(answer.citations[0])))
    prev = (answer.previously or "").strip()
    if prev and prev not in answer.answer:  # the core may already fold it into the answer
        text = esc(prev) if prev.startswith("เดิม") else bold("เดิม:") + " " + esc(prev)
        out.append(quote(text.replace("\n", " ")) if quote else text)
    if answer.abstained and answer.suggestions and answer.suggestions[0] not in answer.answer:
        out.append(bold("ลองถาม เช่น") + "\n" + "\n".join("• " + esc(s) for s in answer.suggestions[:5]))
    return out


def answer_to_plain(answer: Answer) -> str:
    return "\n\n".join(_blocks(answer, lambda s: s, lambda s: s))


def answer_to_html(answer: Answer) -> str:
    return "\n\n".join(
        _blocks(
            answer,
            html.escape,
            lambda s: f"<b>{html.escape(s)}</b>",
            lambda s: f"<blockquote>{s}</blockquote>",  # Telegram sets the earlier rule off
        )
    )


def clause_to_plain(c: Citation) -> str:
    head = citation_line(c)
    note = "\n(ข้อความนี้ถูกแก้ไขแล้ว ไม่ใช่หลักเกณฑ์ปัจจุบัน)" if c.status == "superseded" else ""
    return f"{head}{note}\n\n{c.text}"


def clause_to_html(c: Citation) -> str:
    note = "\n<i>(ข้อความนี้ถูกแก้ไขแล้ว ไม่ใช่หลักเกณฑ์ปัจจุบัน)</i>" if c.status == "superseded" else ""
    return f"<b>{html.escape(citation_line(c))}</b>{note}\n\n{html.escape(c.text)}"


def split_text(text: str, limit: int) -> list[str]:
    """Split plain text into pieces of at most `limit` characters, preferring line breaks."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit + 1)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit + 1)
        if cut < limit // 2:
            cut = limit
        pieces.append(rest[:cut].rstrip("\n"))
        rest = rest[cut:].lstrip("\n")
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def split_html(text: str, limit: int) -> list[str]:
    """Split HTML made of self-contained lines (tags never span a line break) under `limit`.

    A single over-long line is unescaped, cut as plain text and escaped again, so no tag or
    entity is ever broken.
    """
    out: list[str] = []
    cur = ""
    for line in text.split("\n"):
        if len(line) > limit:
            raw = html.unescape(_strip_tags(line))
            pieces = [html.escape(p) for p in split_text(raw, max(1, limit // 6))]
        else:
            pieces = [line]
        for p in pieces:
            cand = p if not cur else cur + "\n" + p
            if len(cand) <= limit:
                cur = cand
            else:
                if cur:
                    out.append(cur)
                cur = p
    if cur or not out:
        out.append(cur)
    return out


def _strip_tags(s: str) -> str:
    import re

    return re.sub(r"</?(b|i|u|s|code|pre|a|blockquote)( [^>]*)?>", "", s)
