"""LINE channel on line-bot-sdk v3.

The route verifies `X-Line-Signature` (base64 HMAC-SHA256 of the raw body with the channel
secret) on the raw bytes before anything is parsed; a forged request gets 400 and no reply.
Each event is deduplicated on `webhookEventId`, handled on its own (one bad event never
affects the others), and answered through the Messaging API reply endpoint.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    FlexContainer,
    FlexMessage,
    PostbackAction,
    QuickReply,
    QuickReplyItem,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
    TextMessage,
)
from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    JoinEvent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
)
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.channels.background import Background
from bot.channels.dedupe import Deduper
from bot.channels.formatting import answer_to_plain, clause_to_plain, split_text
from bot.channels.line_flex import alt_text, answer_bubble
from bot.channels.logthrottle import LogThrottle
from bot.channels.safejson import loads_strict
from bot.channels.service import (
    EXAMPLE_QUESTIONS,
    EXAMPLES,
    MSG_EXPIRED,
    MSG_HELP,
    MSG_NOT_ADMIN,
    MSG_START,
    ChatService,
    Outcome,
)
from bot.channels.settings import ChannelSettings
from bot.channels.smalltalk import MEDIA_HINT

logger = logging.getLogger(__name__)
_refused = LogThrottle(logger)  # a flood of forged or broken requests logs one line a minute

CHANNEL = "line"
SIGNATURE_HEADER = "X-Line-Signature"
TEXT_LIMIT = 5000
MAX_MESSAGES = 5
MAX_QUICK_REPLIES = 13
LABEL_LIMIT = 20


def signature_ok(secret: bytes, body: bytes, signature: str) -> bool:
    expected = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest())
    return hmac.compare_digest(expected, signature.encode("ascii", "replace"))


def _label(text: str) -> str:
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def _postback(label: str, data: str, display: str | None = None) -> QuickReplyItem:
    return QuickReplyItem(action=PostbackAction(label=_label(label), data=data, displayText=display))


def example_items() -> list[QuickReplyItem]:
    return [_postback(label, f"q:{i}", q) for i, (label, q) in enumerate(EXAMPLES)]


def committee_items(committees: list[tuple[str, str]]) -> list[QuickReplyItem]:
    """One button per committee; labels kept distinct within LINE's 20 characters."""
    items, seen = [], set()
    for i, (key, _) in enumerate(committees[:MAX_QUICK_REPLIES]):
        label = _label(key if len(key) > 12 else f"คณะกรรมการ {key}")
        if label in seen:
            label = _label(f"{i + 1}. {key}")
        seen.add(label)
        items.append(_postback(label, f"r:{i}", f"องค์ประกอบ {key}"))
    return items


def conversation_key(source: object) -> str:
    """One conversation per LINE source: a user's chat, a group or a room."""
    sid = (
        getattr(source, "group_id", None)
        or getattr(source, "room_id", None)
        or getattr(source, "user_id", None)
    )
    return f"{CHANNEL}:{sid}"


def _cut_utf16(text: str, index: int, length: int) -> str:
    """Remove text[index:index+length] where positions count UTF-16 code units (as LINE does)."""
    raw = text.encode("utf-16-le")
    return (raw[: 2 * index] + raw[2 * (index + length) :]).decode("utf-16-le", "replace")


class LineChannel:
    def __init__(self, service: ChatService, settings: ChannelSettings):
        if settings.line_channel_secret is None or settings.line_channel_access_token is None:
            raise ValueError("LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN are not set")
        self.service = service
        self._secret = settings.line_channel_secret.get_secret_value().encode()
        self._configuration = Configuration(
            host=settings.line_api_base_url,
            access_token=settings.line_channel_access_token.get_secret_value(),
        )
        self._client: AsyncApiClient | None = None
        self.api: AsyncMessagingApi | None = None
        self.dedupe = Deduper()
        self.background = Background()

    async def start(self) -> None:
        self._client = AsyncApiClient(self._configuration)
        self.api = AsyncMessagingApi(self._client)
        logger.info("line channel enabled")

    async def stop(self) -> None:
        await self.background.drain()
        if self._client is not None:
            await self._client.close()
            self._client = None

    # -- webhook route --
    async def webhook(self, request: Request) -> Response:
        body = await request.body()  # raw bytes: the signature covers exactly these
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not signature or not signature_ok(self._secret, body, signature):
            _refused.warning("signature", "line webhook: bad or missing signature from %s", _client(request))
            return JSONResponse({"ok": False, "error": "invalid signature"}, status_code=400)
        try:
            payload = loads_strict(body)
            raw_events = payload["events"]
            if not isinstance(raw_events, list):
                raise TypeError("events is not a list")
        except (ValueError, TypeError, KeyError):
            _refused.warning("malformed", "line webhook: malformed body (%d bytes) ignored", len(body))
            return JSONResponse({"ok": True, "ignored": "malformed"})
        # An empty list is LINE's "verify webhook" call. A hanging Messaging API must not hold the
        # webhook past a few seconds: the events then finish in the background.
        await self.background.finish_within(self._handle_all(raw_events), "line events")
        return JSONResponse({"ok": True})

    async def _handle_all(self, raw_events: list) -> None:
        for raw in raw_events:
            await self._handle_raw_event(raw)

    async def _handle_raw_event(self, raw: object) -> None:
        if not isinstance(raw, dict):
            logger.warning("line webhook: event is not an object, ignored")
            return
        event_id = raw.get("webhookEventId")
        redelivery = bool((raw.get("deliveryContext") or {}).get("isRedelivery"))
        if isinstance(event_id, str) and event_id and not self.dedupe.first_time(event_id):
            logger.info("line webhook: duplicate event ignored (redelivery=%s)", redelivery)
            return
        try:
            event = Event.from_dict(raw)
        except Exception:  # unknown type or missing fields: skip this event only
            logger.info("line webhook: unsupported event type %r ignored", str(raw.get("type"))[:40])
            return
        try:
            if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                await self._on_text(event)
            elif isinstance(event, MessageEvent):  # a sticker, photo, voice...: ask for text
                if getattr(event.source, "type", "user") == "user":
                    await self._reply(event.reply_token, [MEDIA_HINT], example_items())
            elif isinstance(event, FollowEvent | JoinEvent):
                await self._reply(event.reply_token, [MSG_START], example_items())
            elif isinstance(event, PostbackEvent):
                await self._on_postback(event)
            else:
                logger.debug("line webhook: %s event ignored", type(event).__name__)
        except Exception:
            logger.exception("line webhook: handling a %s failed", type(event).__name__)

    # -- handlers --
    async def _on_text(self, event: MessageEvent) -> None:
        msg: TextMessageContent = event.message
        text = msg.text or ""
        source = event.source
        user_id = getattr(source, "user_id", None)
        if getattr(source, "type", "user") in ("group", "room"):
            mentionees = (msg.mention.mentionees if msg.mention else None) or []
            mine = [m for m in mentionees if getattr(m, "is_self", False)]
            if not mine:
                return
            for m in sorted(mine, key=lambda m: m.index, reverse=True):
                text = _cut_utf16(text, m.index, m.length)
        stripped = text.strip()
        command = stripped.split(maxsplit=1)[0].lower() if stripped else ""
        if command in ("/start", "เริ่ม"):
            await self._reply(event.reply_token, [MSG_START], example_items())
        elif command in ("/help", "help", "ช่วยเหลือ", "วิธีใช้"):
            await self._reply(event.reply_token, [MSG_HELP], example_items())
        elif command in ("/roles", "roles", "บทบาท", "องค์ประกอบ") and len(stripped.split()) == 1:
            await self._roles_menu(event.reply_token)
        elif command in ("/reload", "/stats"):
            await self._admin(event.reply_token, user_id, command)
        else:
            if command == "/ask":
                stripped = stripped[4:]
            await self._loading(source)
            out = await self.service.ask(
                CHANNEL,
                user_id or getattr(source, "group_id", None),
                stripped,
                conversation=conversation_key(source),
            )
            await self._send_outcome(event.reply_token, out)

    async def _roles_menu(self, reply_token: str) -> None:
        committees = self.service.committees()
        if not committees:
            await self._reply(reply_token, ["ยังไม่มีข้อมูลคณะกรรมการในมติที่โหลดไว้ครับ"])
            return
        await self._reply(reply_token, ["เลือกคณะกรรมการที่ต้องการดูองค์ประกอบครับ"], committee_items(committees))

    async def _loading(self, source: object) -> None:
        """LINE's typing animation; it exists for one-to-one chats only and is a courtesy."""
        user_id = getattr(source, "user_id", None)
        if getattr(source, "type", "user") != "user" or not user_id or self.api is None:
            return
        try:
            await self.api.show_loading_animation(
                ShowLoadingAnimationRequest(chatId=user_id, loadingSeconds=10)
            )
        except Exception as exc:
            logger.debug("line: loading animation failed: %s", exc)

    async def _admin(self, reply_token: str, user_id: str | None, command: str) -> None:
        if not self.service.is_admin(CHANNEL, user_id):
            await self._reply(reply_token, [MSG_NOT_ADMIN])
        elif command == "/reload":
            result = await self.service.reload()
            await self._reply(reply_token, [self.service.reload_text(result)])
        else:
            await self._reply(reply_token, [self.service.stats_text()])

    async def _on_postback(self, event: PostbackEvent) -> None:
        data = event.postback.data or ""
        user_id = getattr(event.source, "user_id", None)
        kind, _, rest = data.partition(":")
        if kind == "q":
            try:
                question = EXAMPLE_QUESTIONS[int(rest)]
            except (ValueError, IndexError):
                return
            out = await self.service.ask(
                CHANNEL, user_id, question, conversation=conversation_key(event.source), tap=True
            )
            await self._send_outcome(event.reply_token, out)
        elif kind == "r":
            try:
                key = self.service.committees()[int(rest)][0]
            except (ValueError, IndexError):
                return
            question = self.service.composition_question(key)
            out = await self.service.ask(
                CHANNEL, user_id, question, conversation=conversation_key(event.source), tap=True
            )
            await self._send_outcome(event.reply_token, out)
        elif kind == "c":
            answer = self.service.answers.get(rest)
            if answer is None or not answer.citations:
                await self._reply(event.reply_token, [MSG_EXPIRED])
            else:
                await self._reply(event.reply_token, [clause_to_plain(answer.citations[0])])
        elif kind == "f":
            key, _, vote = rest.partition(":")
            if vote in ("up", "down"):
                await self._reply(
                    event.reply_token, [await self.service.feedback(CHANNEL, user_id, key, vote)]
                )

    async def _send_outcome(self, reply_token: str, out: Outcome) -> None:
        if out.status != "answer" or out.answer is None:
            await self._reply(reply_token, [out.message], example_items() if out.status == "empty" else None)
            return
        answer = out.answer
        plain = answer_to_plain(answer)
        if answer.abstained:
            await self._reply(reply_token, [plain], example_items())
            return
        # A Flex bubble (answer, earlier rule, source, buttons); its alt text is the plain answer.
        bubble = FlexMessage(
            altText=alt_text(plain), contents=FlexContainer.from_dict(answer_bubble(answer, out.key))
        )
        bubble.quick_reply = QuickReply(items=example_items()[:MAX_QUICK_REPLIES])
        await self._send(reply_token, [bubble])

    async def _reply(
        self, reply_token: str, texts: list[str], quick: list[QuickReplyItem] | None = None
    ) -> None:
        pieces = [p for t in texts for p in split_text(t, TEXT_LIMIT)]
        if len(pieces) > MAX_MESSAGES:
            pieces = pieces[: MAX_MESSAGES - 1] + [pieces[MAX_MESSAGES - 1][: TEXT_LIMIT - 1] + "…"]
        messages = [TextMessage(text=p) for p in pieces]
        if quick:
            messages[-1].quick_reply = QuickReply(items=quick[:MAX_QUICK_REPLIES])
        await self._send(reply_token, messages)

    async def _send(self, reply_token: str, messages: list) -> None:
        if self.api is None:
            raise RuntimeError("LINE channel not started")
        await self.api.reply_message(ReplyMessageRequest(replyToken=reply_token, messages=messages))


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"
