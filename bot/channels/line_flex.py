"""A LINE Flex bubble for an answer: the answer, the earlier rule set apart, a short source label and
buttons. Plain dicts in the Messaging API's JSON shape, so they can be checked without the SDK."""

from __future__ import annotations

from bot.channels.formatting import source_text
from bot.core.models import Answer

ALT_TEXT_LIMIT = 400  # LINE allows 1500; the chat list and notifications show far less


def _button(label: str, data: str, display: str, style: str = "link") -> dict:
    return {
        "type": "button",
        "style": style,
        "height": "sm",
        "action": {"type": "postback", "label": label, "data": data, "displayText": display},
    }


def answer_bubble(answer: Answer, key: str | None) -> dict:
    body: list[dict] = [{"type": "text", "text": answer.answer, "wrap": True, "size": "md"}]
    prev = (answer.previously or "").strip()
    if prev and prev not in answer.answer:
        prev = prev if prev.startswith("เดิม") else f"เดิม: {prev}"
        body.append(
            {
                "type": "box",
                "layout": "vertical",
                "backgroundColor": "#F2F4F7",
                "cornerRadius": "md",
                "paddingAll": "8px",
                "contents": [{"type": "text", "text": prev, "wrap": True, "size": "sm", "color": "#555555"}],
            }
        )
    if answer.citations:
        source = f"ที่มา: {source_text(answer.citations[0])}"
        body.append({"type": "text", "text": source, "wrap": True, "size": "xs", "color": "#888888"})
    bubble: dict = {
        "type": "bubble",
        "size": "giga",
        "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": body},
    }
    if key:
        buttons = []
        if answer.citations:
            buttons.append(_button("ดูข้อความเต็ม", f"c:{key}", "ขอดูข้อความเต็มของข้อนี้"))
        buttons += [_button("👍", f"f:{key}:up", "👍"), _button("👎", f"f:{key}:down", "👎")]
        bubble["footer"] = {"type": "box", "layout": "horizontal", "spacing": "sm", "contents": buttons}
    return bubble


def alt_text(plain: str) -> str:
    return plain if len(plain) <= ALT_TEXT_LIMIT else plain[: ALT_TEXT_LIMIT - 1] + "…"
