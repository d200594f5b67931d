"""Greetings, thanks and "ok" get a short friendly reply instead of "not in the resolutions"."""

from __future__ import annotations

import re

_POLITE = r"(?:\s*(?:ครับ|คับ|ค่ะ|คะ|ค้าบ|ค่า|จ้า|จ้ะ|นะ|น้า|ผม|จ้ะ|ท่าน|bot|บอท|!|\.|~|😊|🙏|👍))*\s*"
_KINDS = {
    "greeting": r"(?:สวัสดี|หวัดดี|ดีจ้า|ดีครับ|ดีค่ะ|hello|hi|hey|good (?:morning|afternoon|evening))",
    "thanks": r"(?:ขอบคุณ(?:มาก)?(?:นะ)?|ขอบใจ|thx|thanks?(?: you)?(?: so much| a lot)?|ty)",
    "ok": r"(?:ok|okay|โอเค|โอเช|ได้|รับทราบ|เข้าใจแล้ว|ทราบแล้ว|อ๋อ|อืม|เยี่ยม|ดีมาก|great|got it|cool)",
}
_PATTERNS = {k: re.compile(rf"^\s*{v}{_POLITE}$", re.I) for k, v in _KINDS.items()}

REPLIES = {
    "greeting": "สวัสดีครับ 🙏 ถามเรื่องมติ ครม. แนวทาง GCIO ได้เลย เช่น ใครเป็นประธานคณะกรรมการ PCIO",
    "thanks": "ยินดีครับ 🙏 มีคำถามเรื่องมติ GCIO เพิ่มเติม ถามได้เลยครับ",
    "ok": "ครับ 👍 ถ้ามีคำถามเพิ่มเติมเรื่องมติ GCIO พิมพ์ถามได้เลยครับ",
}
MEDIA_HINT = "บอทอ่านได้เฉพาะข้อความครับ กรุณาพิมพ์คำถาม เช่น ใครเป็นเลขานุการคณะกรรมการ PCIO"


def small_talk(text: str) -> str | None:
    """The friendly reply when the whole message is a greeting, thanks or an acknowledgement."""
    if len(text) > 40:
        return None
    for kind, pattern in _PATTERNS.items():
        if pattern.match(text):
            return REPLIES[kind]
    return None
