"""The asking part of a message and the asides around it.

Officials often say why they ask: "เลขาฯ คกก. PCIO คือใครครับ ผมต้องประสานเรื่องวาระประชุมไตรมาสหน้า",
"… correct? just double checking before I send the memo". The aside's words are no topic of the
question: an unknown word, a future plan ("จะได้แก้ผัง", "ปีหน้าจะทำระบบ") or a year in it must not turn
an answerable question into a refusal. Sentences are cut where Thai chat ends them (a polite particle
or a question mark before a space), where a clause of purpose or reason begins, and before "อยากทราบว่า";
the sentences that ask something are the asking part.
"""

from __future__ import annotations

import re

# Where a sentence ends: a closing particle, or ? ! before a space; an English full stop after a word.
_END = re.compile(
    r"(?<=[?？!])\s+|(?<=[a-z]{3}\.)\s+|(?<=[A-Za-z\u0e01-\u0e4e]{3}):\s+|((?:ครับ|คะ|ค่ะ|คับ|จ้า|จ้ะ|ฮะ|นะ)\s+)",
    re.I,
)  # "Quick check before I send the memo: who chairs ...": a preamble ends at its colon
# Where a new clause begins after a space: purpose, reason, the asker's own story, a request to know.
_OPENS = re.compile(
    r"\s+(?=(?:จะได้|เพื่อจะ|เผื่อ|เพราะ|เนื่องจาก|พอดี|ผม|ดิฉัน|หนู|กระผม|อยากทราบ|อยากรู้|ขอสอบถาม|สอบถาม|ขอถาม"
    r"|รบกวน|ไม่แน่ใจ|just\b|before\b|because\b|since\b|I'm\b|I am\b|so that\b))",
    re.I,
)
# Words of asking: a sentence holding one asks something ("ไม่แน่ใจว่าส่งไปที่ใคร" does too).
_ASKS = re.compile(
    r"ใคร|ไคร|อะไร|ไหน|ใด|ไหม|มั้ย|มั๊ย|ไม๊|หรือไม่|หรือเปล่า|รึเปล่า|ป่าว|ป่ะ|ปะ\b|มะ\s*$|เหรอ|หรอ|กี่|เท่าไ|อย่างไร|ยังไง|"
    r"ทำไม|เมื่อไ|บ้าง|ใช่|หรือยัง|คือ|ล่ะ|หน่อย|ช่วย\S*บอก|[?？]|"
    r"\b(?:who|whom|what|which|when|where|why|how|is|are|does|do|did|can|correct|right|true|list|tell|show|give)\b",
    re.I,
)


def sentences(text: str) -> list[str]:
    """The message cut into sentences and clauses, in order."""
    marked = _END.sub(lambda m: (m.group(1) or "").rstrip() + "\n", text)
    marked = _OPENS.sub("\n", marked)
    return [s.strip() for s in marked.split("\n") if s.strip()]


def asking_part(text: str) -> str:
    """The sentences that ask; the whole text when none or all of them do."""
    parts = sentences(text)
    asking = [s for s in parts if _ASKS.search(s)]
    if not asking or len(asking) == len(parts):
        return text
    return " ".join(asking)
