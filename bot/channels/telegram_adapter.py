"""Telegram channel on python-telegram-bot v22.

Webhook mode (inside `gcio-bot serve`): the Application is built with `.updater(None)`;
the Starlette route checks the secret header in constant time, drops duplicate
`update_id`s, turns the JSON into an `Update` and processes it before answering 200.
Polling mode (`gcio-bot telegram`) uses the same handlers with PTB's own updater.
"""

from __future__ import annotations

import hmac
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageLimit, ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.background import Background
from bot.channels.dedupe import Deduper
from bot.channels.formatting import answer_to_html, clause_to_html, split_html, split_text
from bot.channels.logthrottle import LogThrottle
from bot.channels.safejson import int_field, loads_strict
from bot.channels.service import (
    EXAMPLE_QUESTIONS,
    MSG_EXPIRED,
    MSG_HELP,
    MSG_NOT_ADMIN,
    MSG_START,
    START_EXAMPLES,
    ChatService,
    Outcome,
)
from bot.channels.settings import ChannelSettings
from bot.channels.smalltalk import MEDIA_HINT
from bot.core.models import Context

logger = logging.getLogger(__name__)
_refused = LogThrottle(logger)  # a flood of forged or broken requests logs one line a minute

CHANNEL = "tg"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096


# The command menu Telegram shows beside the text box (setMyCommands), in Thai.
COMMANDS = [
    ("start", "เริ่มต้น: บอทตอบอะไรได้บ้าง พร้อมตัวอย่าง"),
    ("help", "วิธีใช้และการถามต่อ"),
    ("ask", "ถามคำถาม (ใช้ในกลุ่ม) เช่น /ask ใครเป็นประธาน PCIO"),
    ("roles", "ดูองค์ประกอบของแต่ละคณะกรรมการ"),
]


def examples_keyboard(questions: list[str] | None = None) -> InlineKeyboardMarkup:
    # callback_data "q:<index>" stays far below Telegram's 64-byte limit.
    chosen = questions or EXAMPLE_QUESTIONS
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(q, callback_data=f"q:{EXAMPLE_QUESTIONS.index(q)}")] for q in chosen]
    )


def committees_keyboard(committees: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(f"คณะกรรมการ {key}"[:60], callback_data=f"r:{i}")]
            for i, (key, _) in enumerate(committees)
        ]
    )


def answer_keyboard(key: str, has_clause: bool) -> InlineKeyboardMarkup:
    rows = []
    if has_clause:
        rows.append([InlineKeyboardButton("📄 ดูข้อความเต็มของข้อนี้", callback_data=f"c:{key}")])
    rows.append(
        [
            InlineKeyboardButton("👍", callback_data=f"f:{key}:up"),
            InlineKeyboardButton("👎", callback_data=f"f:{key}:down"),
        ]
    )
    return InlineKeyboardMarkup(rows)


class TelegramChannel:
    def __init__(self, service: ChatService, settings: ChannelSettings, *, polling: bool = False):
        if settings.telegram_bot_token is None:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        self.service = service
        secret = settings.telegram_webhook_secret
        self._secret = secret.get_secret_value().encode() if secret is not None else b""
        base = settings.telegram_api_base_url
        builder = (
            Application.builder()
            .token(settings.telegram_bot_token.get_secret_value())
            .base_url(f"{base}/bot")
            .base_file_url(f"{base}/file/bot")
            .concurrent_updates(32)
            .connection_pool_size(64)
        )
        if not polling:
            builder = builder.updater(None)
        self.app: Application = builder.build()
        self.dedupe = Deduper()
        self.background = Background()
        self._add_handlers()

    # -- lifecycle (webhook mode; polling mode lets run_polling do this) --
    async def start(self) -> None:
        await self.app.initialize()  # calls getMe: we learn our username for group mentions
        await self.app.start()
        try:  # the menu is a nicety: a failure must not keep the channel down
            await self.app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        except Exception as exc:
            logger.warning("telegram: setMyCommands failed (%s); the command menu may be stale", exc)
        logger.info("telegram channel enabled (bot @%s)", self.app.bot.username)

    async def stop(self) -> None:
        await self.background.drain()
        try:
            if self.app.running:
                await self.app.stop()
        finally:
            await self.app.shutdown()

    # -- webhook route --
    async def webhook(self, request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not self._secret or not hmac.compare_digest(given, self._secret):
            _refused.warning(
                "secret", "telegram webhook: wrong or missing secret token from %s", _client(request)
            )
            return JSONResponse({"ok": False, "error": "forbidden"}, status_code=403)
        body = await request.body()
        try:
            data = loads_strict(body)
        except ValueError:
            data = None
        update_id = int_field(data, "update_id")
        if update_id is None:  # not JSON, no id, or "update_id": Infinity
            # The secret proves it came from Telegram: answer 200 so it is not retried forever.
            _refused.warning("malformed", "telegram webhook: malformed body (%d bytes) ignored", len(body))
            return JSONResponse({"ok": True, "ignored": "malformed"})
        if not self.dedupe.first_time(str(update_id)):
            logger.info("telegram webhook: duplicate update %d ignored", update_id)
            return JSONResponse({"ok": True, "ignored": "duplicate"})
        try:
            update = Update.de_json(data, self.app.bot)
        except Exception as exc:
            logger.warning(
                "telegram webhook: unparseable update %d ignored (%s)", update_id, type(exc).__name__
            )
            return JSONResponse({"ok": True, "ignored": "malformed"})
        # A hanging Bot API must not hold the webhook: Telegram would deliver the update again.
        await self.background.finish_within(self._process(update, update_id), "telegram update")
        return JSONResponse({"ok": True})

    async def _process(self, update: Update, update_id: int) -> None:
        try:
            await self.app.process_update(update)
        except Exception:
            logger.exception("telegram webhook: processing update %d failed", update_id)

    # -- handlers --
    def _add_handlers(self) -> None:
        msg_only = filters.UpdateType.MESSAGE
        a = self.app
        a.add_handler(CommandHandler("start", self.on_start, filters=msg_only))
        a.add_handler(CommandHandler("help", self.on_help, filters=msg_only))
        a.add_handler(CommandHandler("ask", self.on_ask_command, filters=msg_only))
        a.add_handler(CommandHandler("roles", self.on_roles, filters=msg_only))
        a.add_handler(CommandHandler("reload", self.on_reload, filters=msg_only))
        a.add_handler(CommandHandler("stats", self.on_stats, filters=msg_only))
        a.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & msg_only, self.on_text))
        media = filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.VIDEO | filters.Document.ALL
        a.add_handler(MessageHandler(media & filters.ChatType.PRIVATE & msg_only, self.on_media))
        a.add_handler(CallbackQueryHandler(self.on_callback))
        a.add_error_handler(self.on_error)

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(MSG_START, reply_markup=examples_keyboard(START_EXAMPLES))

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(MSG_HELP)

    async def on_media(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(MEDIA_HINT)

    async def on_roles(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        committees = self.service.committees()
        if not committees:
            await update.effective_message.reply_text("ยังไม่มีข้อมูลคณะกรรมการในมติที่โหลดไว้ครับ")
            return
        await update.effective_message.reply_text(
            "เลือกคณะกรรมการที่ต้องการดูองค์ประกอบครับ", reply_markup=committees_keyboard(committees)
        )

    async def on_ask_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = " ".join(context.args or [])
        await self._answer(update.effective_message, question)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        text = msg.text or ""
        if msg.chat.type != ChatType.PRIVATE:
            addressed, text = self._addressed_in_group(msg, context)
            if not addressed:
                return
        await self._answer(msg, text)

    def _addressed_in_group(self, msg: Message, context: ContextTypes.DEFAULT_TYPE) -> tuple[bool, str]:
        """(is the bot addressed?, the text with the mention removed)."""
        bot = context.bot
        text = msg.text or ""
        username = (bot.username or "").lower()
        for entity, value in msg.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            is_us = (entity.type == MessageEntity.MENTION and value.lstrip("@").lower() == username) or (
                entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id
            )
            if is_us:
                return True, text.replace(value, " ").strip()
        reply = msg.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
            return True, text
        return False, text

    async def _answer(self, msg: Message, question: str) -> None:
        user = msg.from_user.id if msg.from_user else msg.chat.id
        # A reply to one of our answers continues from that answer, even after other questions.
        reply = msg.reply_to_message
        replied = self._replied_context(msg.chat.id, reply.message_id) if reply is not None else None
        await self._typing(msg)
        out = await self.service.ask(
            CHANNEL, user, question, conversation=conversation_key(msg, user), context=replied
        )
        await self._send_outcome(msg, out)

    def _replied_context(self, chat_id: int, message_id: int) -> Context | None:
        return self.service.conversations.get(f"{CHANNEL}:msg:{chat_id}:{message_id}")

    async def _typing(self, msg: Message) -> None:
        try:
            await msg.chat.send_action(ChatAction.TYPING)
        except Exception as exc:  # only a courtesy
            logger.debug("telegram: sendChatAction failed: %s", exc)

    async def _send_outcome(self, msg: Message, out: Outcome) -> None:
        if out.status != "answer" or out.answer is None:
            markup = examples_keyboard() if out.status == "empty" else None
            await msg.reply_text(out.message, reply_markup=markup)
            return
        answer = out.answer
        if answer.abstained:
            markup = examples_keyboard()
        else:
            markup = answer_keyboard(out.key or "", bool(answer.citations))
        sent = await self._send_html(msg, answer_to_html(answer), markup)
        if sent is not None and answer.context is not None:
            key = f"{CHANNEL}:msg:{sent.chat_id}:{sent.message_id}"
            self.service.conversations.put(key, answer.context)

    async def _send_html(self, msg: Message, text: str, markup=None) -> Message | None:
        pieces = split_html(text, TEXT_LIMIT)
        sent = None
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            sent = await msg.reply_text(
                piece, parse_mode=ParseMode.HTML, reply_markup=markup if last else None
            )
        return sent

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        data = query.data or ""
        user = query.from_user.id
        msg = query.message if isinstance(query.message, Message) else None
        kind, _, rest = data.partition(":")
        if kind == "q":
            await query.answer()
            try:
                question = EXAMPLE_QUESTIONS[int(rest)]
            except (ValueError, IndexError):
                return
            if msg is not None:
                out = await self.service.ask(
                    CHANNEL, user, question, conversation=conversation_key(msg, user), tap=True
                )
                await self._send_outcome(msg, out)
        elif kind == "r":
            await query.answer()
            committees = self.service.committees()
            try:
                key = committees[int(rest)][0]
            except (ValueError, IndexError):
                return
            if msg is not None:
                question = self.service.composition_question(key)
                out = await self.service.ask(
                    CHANNEL, user, question, conversation=conversation_key(msg, user), tap=True
                )
                await self._send_outcome(msg, out)
        elif kind == "c":
            answer = self.service.answers.get(rest)
            if answer is None or not answer.citations or msg is None:
                await query.answer(MSG_EXPIRED, show_alert=True)
                return
            await query.answer()
            await self._send_html(msg, clause_to_html(answer.citations[0]))
        elif kind == "f":
            key, _, vote = rest.partition(":")
            if vote not in ("up", "down"):
                await query.answer()
                return
            await query.answer(await self.service.feedback(CHANNEL, user, key, vote))
        else:
            await query.answer()

    async def on_reload(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if not self.service.is_admin(CHANNEL, update.effective_user and update.effective_user.id):
            await msg.reply_text(MSG_NOT_ADMIN)
            return
        result = await self.service.reload()
        await msg.reply_text(self.service.reload_text(result))

    async def on_stats(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if not self.service.is_admin(CHANNEL, update.effective_user and update.effective_user.id):
            await msg.reply_text(MSG_NOT_ADMIN)
            return
        for piece in split_text(self.service.stats_text(), TEXT_LIMIT):
            await msg.reply_text(piece)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # Never log the update itself at ERROR: it carries user text and ids.
        err = context.error
        logger.error("telegram handler failed: %s: %s", type(err).__name__, err, exc_info=err)


def conversation_key(msg: Message, user: object) -> str:
    """One conversation per private chat; per user in a group, so members don't continue each other."""
    if msg.chat.type == ChatType.PRIVATE:
        return f"{CHANNEL}:{msg.chat.id}"
    return f"{CHANNEL}:{msg.chat.id}:{user}"


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"
