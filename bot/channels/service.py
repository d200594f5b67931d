"""Channel-agnostic chat logic: limits, answering off the event loop, stats, answer keys, admins.

Adapters (Telegram, LINE, web) translate platform events into calls on `ChatService`
and render what it returns; nothing here knows a platform.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import math
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock
from typing import Literal

from bot.channels.conversations import ConversationStore
from bot.channels.holder import EngineHolder, ReloadResult
from bot.channels.ratelimit import RateLimiter
from bot.channels.smalltalk import small_talk
from bot.channels.stats import Stats
from bot.core.models import Answer, Context
from bot.feedback import FeedbackStore

logger = logging.getLogger(__name__)

# (short label for a button of at most 20 characters, the question it asks)
EXAMPLES = [
    ("ประธาน GCIO", "ใครเป็นประธานคณะกรรมการ GCIO"),
    ("ประธาน PCIO", "ใครเป็นประธานคณะกรรมการ PCIO"),
    ("เลขาฯ PCIO", "ใครเป็นเลขานุการคณะกรรมการ PCIO"),
    ("งานของ สพร.", "สพร. รับผิดชอบประเด็นใด"),
    ("มาตรการ WFH", "มาตรการ Work from Home มีอะไรบ้าง"),
    ("BYOD คืออะไร", "BYOD คืออะไร"),
]
EXAMPLE_QUESTIONS = [q for _, q in EXAMPLES]

MSG_TOO_LONG = "ขออภัย คำถามยาวเกินไป (ไม่เกิน {limit} ตัวอักษร) กรุณาถามสั้น ๆ ทีละประเด็นนะครับ"
MSG_RATE_LIMITED = "ขออภัย ท่านส่งคำถามถี่เกินไป กรุณารอประมาณ {seconds} วินาทีแล้วถามใหม่อีกครั้งนะครับ"
MSG_EMPTY = "กรุณาพิมพ์คำถามเกี่ยวกับมติคณะรัฐมนตรีเรื่องแนวทาง GCIO ได้เลยครับ"
MSG_ERROR = "ขออภัย ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในภายหลังครับ"
MSG_EXPIRED = "ปุ่มนี้หมดอายุแล้ว กรุณาถามคำถามใหม่อีกครั้งครับ"
MSG_NOT_ADMIN = "คำสั่งนี้สำหรับผู้ดูแลระบบเท่านั้นครับ"
MSG_THANKS = {"up": "ขอบคุณสำหรับความเห็นครับ 👍", "down": "ขอบคุณครับ จะนำไปปรับปรุงคำตอบ 👎"}
MSG_START = (
    "สวัสดีครับ 🙏 บอทนี้ตอบคำถามเรื่องมติคณะรัฐมนตรีว่าด้วยแนวทางการบริหารจัดการผู้บริหาร"
    "เทคโนโลยีสารสนเทศระดับสูงภาครัฐ (GCIO) โดยยกข้อในมติที่เป็นที่มาให้ทุกครั้ง\n\n"
    "• ใครเป็นประธาน/เลขานุการของคณะกรรมการใด\n"
    "• หน่วยงานใดรับผิดชอบประเด็นใด\n"
    "• มาตรการ New Normal และมติเปลี่ยนอะไรจากเดิม\n\n"
    'ถามต่อได้เลย เช่น "แล้วเลขานุการล่ะ"\n'
    "ในกลุ่ม: พิมพ์ @ชื่อบอท ตามด้วยคำถาม หรือตอบกลับ (reply) ข้อความของบอท\n\n"
    "ลองแตะตัวอย่างด้านล่างได้เลยครับ"
)
MSG_HELP = (
    "วิธีใช้\n"
    "• พิมพ์คำถามเป็นภาษาไทยหรืออังกฤษ เช่น ใครเป็นเลขานุการคณะกรรมการ PCIO\n"
    '• ถามต่อจากคำตอบก่อนหน้าได้ เช่น "แล้วของกรุงเทพฯ ล่ะ"\n'
    "• /roles ดูองค์ประกอบของแต่ละคณะกรรมการ\n"
    "• /ask คำถาม ใช้ถามในกลุ่ม\n"
    "• 📄 ดูข้อความเต็มของข้อที่อ้างอิง และกด 👍/👎 บอกว่าคำตอบมีประโยชน์หรือไม่\n\n"
    "บอทตอบจากข้อความในมติเท่านั้น ถ้ามติไม่ได้กล่าวไว้ จะบอกตรง ๆ ว่าไม่พบ"
)
START_EXAMPLES = EXAMPLE_QUESTIONS[1:3] + EXAMPLE_QUESTIONS[3:4]


@dataclass
class Outcome:
    status: Literal["answer", "too_long", "rate_limited", "empty", "error", "small_talk"]
    message: str = ""  # polite text when status != "answer"
    answer: Answer | None = None
    key: str | None = None  # short key to find this answer again (buttons, postbacks)
    retry_after: int | None = None  # seconds, when rate limited


class AnswerStore:
    """Recent answers by short random key, for "show full clause" and feedback buttons."""

    def __init__(self, max_size: int = 20_000):
        self._items: OrderedDict[str, Answer] = OrderedDict()
        self._max = max_size
        self._lock = Lock()

    def put(self, answer: Answer) -> str:
        key = secrets.token_urlsafe(6)  # 8 characters
        with self._lock:
            self._items[key] = answer
            while len(self._items) > self._max:
                self._items.popitem(last=False)
        return key

    def get(self, key: str) -> Answer | None:
        with self._lock:
            return self._items.get(key)


class ChatService:
    def __init__(
        self,
        holder: EngineHolder,
        *,
        rate_limit_per_minute: int = 10,
        max_question_chars: int = 500,
        admin_ids: set[tuple[str, str]] | None = None,
        feedback_file: str | None = None,
        hash_salt: bytes | None = None,
        conversation_ttl_seconds: float = 1800,
        feedback_store: FeedbackStore | None = None,
    ):
        self.holder = holder
        self.limiter = RateLimiter(rate_limit_per_minute)
        self.rate_limit_per_minute = rate_limit_per_minute
        self.max_question_chars = max_question_chars
        self.admin_ids = set(admin_ids or ())
        self.stats = Stats(feedback_file)
        self.answers = AnswerStore()
        self.conversations = ConversationStore(conversation_ttl_seconds)
        self.feedback_store = feedback_store  # votes and unanswered questions, for the admins' report
        self._salt = hash_salt or secrets.token_bytes(16)

    @classmethod
    def from_settings(cls, holder: EngineHolder, settings) -> ChatService:
        return cls(
            holder,
            rate_limit_per_minute=settings.gcio_rate_limit_per_minute,
            max_question_chars=settings.gcio_max_question_chars,
            admin_ids=settings.admin_ids(),
            feedback_file=settings.gcio_feedback_file,
            conversation_ttl_seconds=settings.gcio_conversation_ttl_minutes * 60,
            feedback_store=FeedbackStore.from_settings(settings),
        )

    def user_hash(self, channel: str, user_id: object) -> str:
        """Stable (per process) pseudonym for logs and feedback; never log raw user ids."""
        mac = hmac.new(self._salt, f"{channel}:{user_id}".encode(), hashlib.sha256)
        return mac.hexdigest()[:12]

    def is_admin(self, channel: str, user_id: object) -> bool:
        return user_id is not None and (channel, str(user_id)) in self.admin_ids

    async def ask(
        self,
        channel: str,
        user_id: object,
        text: str | None,
        *,
        conversation: str | None = None,
        context: Context | None = None,
        tap: bool = False,
    ) -> Outcome:
        """Check limits, answer off the event loop, record stats. Never raises.

        `conversation` keys the context a follow-up is read against (a chat, a LINE source, a web
        tab); `context` overrides it, e.g. the frame of the bot message a Telegram user replied to.
        A `tap` on one of our own buttons (an example, a committee) does not count against the limit."""
        question = (text or "").strip()
        who = self.user_hash(channel, user_id)
        if not question:
            return Outcome("empty", MSG_EMPTY)
        reply = small_talk(question)
        if reply is not None:
            return Outcome("small_talk", reply)
        if len(question) > self.max_question_chars:
            self.stats.record_rejected("length")
            logger.info("%s user %s: question too long (%d chars)", channel, who, len(question))
            return Outcome("too_long", MSG_TOO_LONG.format(limit=self.max_question_chars))
        if not tap and not self.limiter.allow(f"{channel}:{user_id}"):
            self.stats.record_rejected("rate")
            logger.info("%s user %s: rate limited", channel, who)
            wait = max(1, math.ceil(60 / self.rate_limit_per_minute))  # one token refills in this time
            return Outcome("rate_limited", MSG_RATE_LIMITED.format(seconds=wait), retry_after=wait)
        logger.debug("%s user %s asks: %s", channel, who, question)
        if context is None and conversation is not None:
            context = self.conversations.get(conversation)
        try:
            answer = await asyncio.to_thread(self.holder.ask, question, context=context)
        except Exception:
            logger.exception("%s user %s: answering failed", channel, who)
            return Outcome("error", MSG_ERROR)
        if conversation is not None:
            self.conversations.put(conversation, answer.context)
        self.stats.record_answer(channel, abstained=answer.abstained)
        if answer.abstained and self.feedback_store is not None and answer.kind != "invalid":
            await asyncio.to_thread(
                self.feedback_store.record_unanswered, question, self.holder.version, channel
            )
        logger.info(
            "%s user %s: %s kind=%s conf=%.2f",
            channel,
            who,
            "abstained" if answer.abstained else "answered",
            answer.kind,
            answer.confidence,
        )
        return Outcome("answer", answer=answer, key=self.answers.put(answer))

    def committees(self) -> list[tuple[str, str]]:
        """(key, name) of every committee the knowledge defines, for the "browse roles" menu."""
        book = getattr(getattr(self.holder.engine, "kb", None), "book", None)
        return [(c.key, c.name) for c in getattr(book, "committees", [])]

    @staticmethod
    def composition_question(key: str) -> str:
        name = key if key.startswith("คณะ") else f"คณะกรรมการ {key}"
        return f"องค์ประกอบของ{name} มีใครบ้าง"

    async def feedback(self, channel: str, user_id: object, key: str, vote: str) -> str:
        answer = self.answers.get(key)
        if answer is None:
            return MSG_EXPIRED
        self.stats.record_feedback(channel, key, self.user_hash(channel, user_id), vote, answer.question)
        if self.feedback_store is not None:
            await asyncio.to_thread(
                self.feedback_store.record_vote,
                key,
                vote == "up",
                answer.question,
                answer.answer,
                self.holder.version,
                channel,
            )
        logger.info("%s user %s: feedback %s", channel, self.user_hash(channel, user_id), vote)
        return MSG_THANKS[vote]

    async def reload(self) -> ReloadResult:
        return await self.holder.reload()

    @staticmethod
    def reload_text(r: ReloadResult) -> str:
        if r.ok:
            return f"โหลดดัชนีใหม่แล้ว: {r.old_version} → {r.version} ({r.seconds:.1f} วินาที)"
        return f"โหลดดัชนีใหม่ไม่สำเร็จ ยังใช้ดัชนีเดิม {r.version}\nสาเหตุ: {r.message}"

    def stats_text(self) -> str:
        s = self.stats.snapshot()
        return (
            f"สถิติ (ดัชนี {self.holder.version}, {self.holder.document_count} มติ)\n"
            f"คำถามทั้งหมด: {s['questions']}\n"
            f"ตอบได้: {s['answered']}\n"
            f"ไม่พบคำตอบ: {s['abstained']}\n"
            f"👍 {s['feedback_up']}  👎 {s['feedback_down']}\n"
            f"ถูกจำกัดความถี่: {s['rate_limited']}  คำถามยาวเกิน: {s['too_long']}"
        )
