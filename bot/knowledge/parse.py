"""Split a resolution into clauses that keep their structure, whatever its layout.

Thai cabinet resolutions come in several layouts: the Secretariat's flattened tables (numbered
sections, old/new blocks where an amended rule is quoted "...ตามนัยมติ..." and restated
"...ที่เสนอปรับปรุง..."), decisions `ข้อ 1.` followed by สาระสำคัญ prose, คำสั่ง/ประกาศ with items
`ก.` `ข.`, Markdown tables and `key: value` lines under `###` headings. Each line is classified by
its marker; marker styles are ranked per document by the order in which they first appear, so a
document that nests `(1)` under `ก.` and one that nests `ก.` under `ข้อ 1` both read right. A stack
of open clauses gives every clause its path. Nothing here knows about one particular file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from bot.core.models import Clause, Document, DocumentMeta
from bot.knowledge.config_text import settings_as_text
from bot.thai import ARABIC_DIGITS, parse_thai_date

# Fixed ranks; lower opens wider scopes. A new line closes every open clause of equal or higher rank.
# Section styles (ข้อ 1 / 1. / 1.1 / ก.) take ranks in [1, 3); item styles ((1) / ก) / bullets) in [6, 8).
R_DOC, R_BLOCK, R_HEAD, R_ROW, R_LEAF = 0.0, 4.0, 5.0, 8.5, 9.0
R_PART = 0.6  # bold or bracketed headings: parts, above numbered sections
SECTION_BASE, ITEM_BASE, STYLE_STEP = 1.0, 6.0, 0.5

_NUMBERED = re.compile(r"^(?:ข้อ(?:ที่)?\s*)?(\d{1,3}(?:\.\d{1,3}){0,3})(\.?)(?:\s+|$)(.*)$")
_LETTER_DOT = re.compile(r"^([ก-ฮ])\.\s+(\S.*)$")  # "ก. ..." but never "ก.พ. ..."
_PAREN_NUM = re.compile(r"^(?:\((\d{1,2})\)|(\d{1,2})\))\s*(\S.*)$")
_PAREN_LETTER = re.compile(r"^(?:\(([ก-ฮ])\)|([ก-ฮ])\))\s*(\S.*)$")
_BULLET = re.compile(r"^(?:[-•–·▪◦●○■□➢►]|\*(?!\*)(?![^*]*\*\s*$))\s*(\S.*)$")  # "*(italic)*" is no bullet
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*$")
_BOLD = re.compile(r"^\*\*(.+?)\*\*\s*[:：]?\s*$")
_BRACKET_HEADING = re.compile(r"^[【\[]\s*(.+?)\s*[】\]]$")
_TABLE_ROW = re.compile(r"^\|(.*)\|?\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_KEY_VALUE = re.compile(r"^(?P<key>[^:：|]{1,50}?)\s*[:：]\s*(?P<value>.*)$")
_NOTE = re.compile(r"^(หมายเหตุ|ที่มา)\s*[:：]")
_CLOSING = re.compile(r"^(สั่ง|ประกาศ|ให้ไว้)\s*ณ\s*วันที่")
_TABLE_HEAD = re.compile(r"^([^\d\-]{2,40}?)\s+[-–]\s+([^\d\-]{2,60})$")

OLD_CUES = ("ตามนัยมติ", "ถ้อยคำเดิม", "ข้อความเดิม", "รายละเอียดเดิม", "องค์ประกอบเดิม", "ความเดิม")
NEW_CUES = ("ที่เสนอปรับปรุง", "ที่ปรับปรุง", "ที่ขอปรับ", "ที่เสนอแก้ไข", "ที่แก้ไขใหม่", "ถ้อยคำใหม่", "ข้อความใหม่")
_BEFORE_LEAD_IN = re.compile(
    r"\b(?:position|situation|arrangements?|rules?|set-?up|framework)\s+(?:immediately\s+|just\s+)?(?:before|prior\s+to)\b"
    r"[^:]{0,80}\b(?:was|were|stood)\s+(?:as\s+follows\s*)?:\s*$"
    r"|(?:ก่อน(?:หน้า)?(?:มติ|ประกาศ|คำสั่ง)(?:นี้|ครั้งนี้|ฉบับนี้)|ก่อนการแก้ไขครั้งนี้)[^:]{0,60}(?:เป็น|มี)?ดังนี้\s*[:：]?\s*$",
    re.I,
)
_REPLACE_WITH = re.compile(r"ให้ใช้(?:ความ|ข้อความ)(?:ต่อไปนี้|ดังต่อไปนี้)แทน\s*$")
# A table column (or a "key: value" line) that names who leads an issue.
_NOTE_COLUMN = re.compile(
    r"หมายเหตุ|\bnotes?\b|remark|เหตุผล|สถานะ|การเปลี่ยนแปลง|ที่มา|อ้างอิง|\bsources?\b|\breference", re.I
)
LEAD_KEYS = re.compile(r"(?:หน่วยงาน|ผู้)(?:ที่)?รับผิดชอบ|เจ้าภาพ|หน่วยงานหลัก|หน่วยงานดำเนินการ|lead agenc", re.I)
_SAME_LINE_LEAD = re.compile(
    r"^(?P<text>.+?)\s*(?:[—–]|-{1,2}|(?P<paren>\()|,)\s*(?P<key>(?:หน่วยงาน)?(?:ผู้)?รับผิดชอบ(?:หลัก)?"
    r"|เจ้าภาพ(?:หลัก)?|หน่วยงานหลัก)\s*[:：]\s*(?P<value>.+?)\s*$"
)
_ISSUE_KEYS = re.compile(r"^(?:ประเด็น|เรื่อง|ภารกิจ|มาตรการ|งาน)(?:ที่\s*\d+)?\s*$")
MAX_MARKER = 90
MAX_HEADING = 45


@dataclass
class _Line:
    rank: float
    kind: str  # a Clause kind, or "continuation"
    number: str | None
    text: str
    style: str | None = None  # marker style: "num1", "num2", "letter", "pnum", "plet", "bullet", ...
    label: str | None = None  # a table header's second column, or a lead key
    detail: str | None = None  # the lead agencies written on the same line
    block: str | None = None  # "old" / "new" for markers
    cells: list[tuple[str, str]] = field(default_factory=list)
    heading_level: int = 0  # markdown "#" count


# an exported chat: "15:48<TAB>sender<TAB>message"; the message is the text, the time and sender are not
_CHAT_LINE = re.compile(r"^\d{1,2}[:.]\d{2}\t[^\t]{1,80}\t(?P<message>.*)$")
# emoji that open a line as bullets do ("🔹 ประธาน = X", "▪️ ประเด็นที่ 2 → ..."), variation selectors and all
_EMOJI_BULLET = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2190-\u21FF\u2300-\u27BF\u2B00-\u2BFF\u25A0-\u25FF]\ufe0f?)+\s+"
)
_KEY_EQUALS = re.compile(r"^(?P<key>[^=:：]{2,30}?)\s*=\s*(?P<value>[^=\s].*)$")
# "X → เปลี่ยนเป็นกรรมการ": an arrow written where a verb would be
_ARROW_VERB = re.compile(r"\s*(?:→|->|⇒)\s*(?=(?:เปลี่ยน|ปรับ|ย้าย|กลับ)?(?:ไป|มา)?เป็น)")


def _chat_messages(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A chat export's messages as lines of text, once most of its timed lines look like one."""
    timed = sum(1 for _, t in raw if _CHAT_LINE.match(t))
    if timed < 5:
        return raw
    out = []
    for n, t in raw:
        m = _CHAT_LINE.match(t)
        message = m.group("message").strip() if m else t
        # "เรื่องที่ 3 PCIO ต่างจังหวัด ค่ะ 🙏": a chat line's polite ending and emoji are tone, not words
        message = re.sub(r"(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)+\s*([\"”]?)$", r"\1", message)
        message = re.sub(r"\s*(?:นะ)?(?:คะ|ค่ะ|ครับ|คับ|จ้า)(\s*[\"”]?)$", r"\1", message)
        if m and _CHATTER.search(message):
            continue  # "รับทราบค่ะ 🙏", "[สติกเกอร์]", a member's question: talk, not the rules
        out.append((n, message))
    return out


_CHATTER = re.compile(
    r"^\[[^\]]{1,30}\]$|^(?:รับทราบ|ขอบคุณ|ok|โอเค|thank)\S*(?:\s+\S{1,12})?$"
    r"|(?:ไหม|มั้ย|ไม๊|หรือเปล่า|รึเปล่า|เหรอ|หรอ|ใช่ไหม)\s*(?:ครับ|คะ|ค่ะ|คับ)?\s*[?？]?\s*\S{0,3}$|[?？]\s*$"
    r"|ยกเลิกข้อความ$",
    re.I,
)


# "[ไอคอนโล่แม่กุญแจ ติดป้าย NEW]", "[วงกลมด้านซ้าย]": a poster's picture described in brackets, not its words
_PICTURE = re.compile(
    r"\[(?=[^\[\]]*(?:ไอคอน|ภาพ|รูป|วงกลม|กล่อง|ริบบิ้น|แถบ|ป้าย|ลูกศร|เส้นประ|สี(?:แดง|ฟ้า|เขียว|ส้ม|เทา|ขาว|ดำ|เหลือง|น้ำเงิน)"
    r"|\bicon|\bimage|\bpicture|\bphoto|\bbanner|\bribbon|\bcircle|\barrow))[^\[\]]{2,120}\](?!\()",
    re.I,
)
# "การ์ด 3 ประเด็นที่ 3 ...": the card's own number before the issue it shows
_CARD_NO = re.compile(r"^(?:การ์ด|การ์ดที่|card|กล่องที่|ช่องที่)\s*[\d๐-๙]{1,2}\s*[:.)]?\s*(?=ประเด็น|issue)", re.I)


def _without_pictures(line: str) -> str:
    if _PICTURE.search(line):  # (only there: wide spaces elsewhere may be a table's columns)
        line = re.sub(r"\s{2,}", " ", _PICTURE.sub(" ", line)).strip()
    line = _CARD_NO.sub("", line)
    # "เจ้าภาพ: สพร. ✔ เหมือนเดิม": a tick after what it marks, as the note a text would write
    return re.sub(r"(?<=\S)\s*[✔✓]\s*(เหมือนเดิม|คงเดิม|ไม่เปลี่ยน(?:แปลง)?)\s*$", r" (\1)", line)


def _plain_marks(line: str) -> str:
    """Chat and slide shorthand in the words documents use: emoji bullets as "- ", "ประธาน = X" as
    "ประธาน: X", "X → เปลี่ยนเป็นกรรมการ" as "X เปลี่ยนเป็นกรรมการ"."""
    # a checklist's flags and boxes before a numbered item ("⚑ □ 6.2 ..."): marks to tick; the number stays
    line = re.sub(r"^\s*(?:[⚑□☐☑✅]\s*)+(?=[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+\s)", "", line)
    # "| ● ประธานกรรมการ | X |", "### ● 2.1 ...": a directory's mark for an entry revised in this edition;
    # what the entry says is read, and its "กำหนดโดย" column says when
    line = (
        re.sub(r"(?:(?<=^)|(?<=\|)|(?<=#\s))\s*[●◆★]\s+(?=\S)", " ", line).lstrip()
        if "|" in line or line.startswith("#")
        else line
    )
    line = re.sub(r"^(\s*[-*•]\s+)[●◆★]\s+(?=\S)", r"\1", line)  # "- ● ตั้งแต่ปี 2567 ...": the same mark
    line = _EMOJI_BULLET.sub("- ", line)
    line = re.sub(r"^(?:[-*]\s+)?\[[ xX✓✔/]\]\s+", "- ", line)  # a checklist's "[x] ...", "- [ ] ..."
    dated = _DATED_ENTRY.match(line)
    if dated:  # "◆ 15 มีนาคม 2565 — มติคณะรัฐมนตรี": a timeline's entry opens here, as its date-only lines do
        line = f"## {dated.group('date')}" + (f" — {dated.group('rest')}" if dated.group("rest") else "")
    body = re.sub(r"^([-•]\s+)", "", line)
    m = _KEY_EQUALS.match(body)
    if m and not re.search(r"[<>=]", m.group("value")):
        line = line[: len(line) - len(body)] + f"{m.group('key').strip()}: {m.group('value').strip()}"
    return _ARROW_VERB.sub(" ", line)


def _unquote(line: str) -> str:
    """A quoted replacement text spans lines ("คณะกรรมการ GCIO ประกอบด้วย ... (10) ... กรรมการ"): the quote
    marks at the ends of its lines are not part of the wording."""
    if line[:1] in '"“”' and line.count(line[:1]) % 2 == 1 or line[:1] == "“":
        line = line[1:]
    if line[-1:] in '"“”' and (line.count('"') % 2 == 1 or line[-1:] == "”"):
        line = line[:-1]
    return line.strip()


_DATED_ENTRY = re.compile(
    r"^[-•*]\s*(?P<date>\d{4}-\d{2}-\d{2}|[\d๐-๙]{1,2}\s+[ก-๙.]+\s+[\d๐-๙]{4})\s*(?:[—–:]|\s-)\s*(?P<rest>.{0,40})$"
)
_ENTRY_DATE = re.compile(
    r"^\[?\s*(?P<iso>\d{4}-\d{2}-\d{2})\b|^\[?\s*(?P<thai>[\d๐-๙]{1,2}\s+\S+\s+[\d๐-๙]{4})"
)


def _earlier_entry(heading: str, own: dt.date) -> bool:
    """A heading that opens with a date before the document's own: an entry of a log or timeline."""
    m = _ENTRY_DATE.match(heading)
    if m is None:
        return False
    try:
        when = dt.date.fromisoformat(m.group("iso")) if m.group("iso") else parse_thai_date(m.group("thai"))
    except ValueError:
        return False
    return when is not None and when < own


def _strip_markup(text: str) -> str:
    """Bold marks and a blockquote's "> " ("> **หน่วยงานเสนอ:** ดศ.") are layout, not words."""
    text = re.sub(r"\s*<br\s*/?>\s*", "\n", text, flags=re.I)  # a line break inside a table cell
    # a change log's tag ("- `CHG` Secretary. ..."): the sentence after it says what changed
    text = re.sub(r"^(\s*(?:[-*•]\s+)?)`EFF`\s*", r"\1Effective ", text)  # "`EFF` 1 April 2024": its date
    text = re.sub(r"^(\s*(?:[-*•]\s+)?)(?:`[A-Z]{2,8}`\s*)+", r"\1", text)
    text = re.sub(r"`([^`\n]{1,600})`", r"\1", text)
    # track changes: "~~old~~ **new**" is the new wording, with the old as a note; "~~old~~" alone is deleted
    text = re.sub(r"~~([^~\n]{1,300})~~\s*\*\*([^*\n]{1,400})\*\*", r"\2 (เดิม: \1)", text)
    text = re.sub(r"\s*~~[^~\n]{1,300}~~", "", text)
    return re.sub(r"\*\*(.+?)\*\*", r"\1", re.sub(r"^\s*>\s*", "", text)).strip()


def _marker(text: str) -> _Line | None:
    """A numbered, lettered or bulleted line; its style says which list it belongs to."""
    m = _NUMBERED.match(text)
    if (
        m
        and (m.group(3) or text.startswith("ข้อ"))
        and (m.group(2) or "." in m.group(1) or text.startswith("ข้อ"))
    ):
        num, body = m.group(1), m.group(3).strip()
        depth = num.count(".") + 1
        return _Line(0, "item", num if depth > 1 else num + ".", body, style=f"num{depth}")
    m = _LETTER_DOT.match(text)
    if m:
        return _Line(0, "item", m.group(1) + ".", m.group(2), style="letter")
    m = _PAREN_NUM.match(text)
    if m:
        return _Line(0, "item", (m.group(1) or m.group(2)) + ")", m.group(3), style="pnum")
    m = _PAREN_LETTER.match(text)
    if m:
        return _Line(0, "item", (m.group(1) or m.group(2)) + ")", m.group(3), style="plet")
    m = _BULLET.match(text)
    if m:
        return _Line(0, "item", "-", m.group(1), style="bullet")
    return None


# A short line that opens with a conjunction goes on a sentence ("โดยให้ X เป็นเจ้าภาพร่วม"): never a heading
_CONTINUES = re.compile(r"^(?:โดย|และ|ทั้งนี้|ซึ่ง|หรือ|แต่|ให้|เพื่อ)")
_BODY_TITLE = re.compile(r"^(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน)\S*(?:\s+\S+){0,4}$")
_DASH_SEP = re.compile(r"\s+[—–]\s+|\t+| {3,}")
_LEADER = re.compile(r"^(?P<key>[^.:：|]{2,50}?)\s*(?:\.{4,}|…{2,}|_{4,})\s*(?P<value>\S.*)$")


_CARD_ROLE = re.compile(
    r"^>?\s*\**\s*(?:ตำแหน่ง|Position|Role)\s*\**\s*[:：]\s*\**\s*(?P<role>[^*/\n]+?)\s*(?:/[^*\n]*)?\**\s*\W*$"
)
_CARD_HOLDER = re.compile(
    r"^>?\s*(?:\**\s*(?:ผู้ดำรงตำแหน่ง|ผู้ดำรง|ผู้ทำหน้าที่)\s*\**\s*[:：]|→|->)\s*(?P<holder>\S.*)$"
)
_CARD_OLD = re.compile(r"^>?\s*\**\s*เดิม(?:\s*/\s*\w+)?\s*\**\s*[:：]\s*(?P<old>[^→\n]+?)\s*(?:→.*)?$")
_CARD_END = re.compile(r"^(?:#|---|\s*$)|^>?\s*\**\s*(?:ตำแหน่ง|Position|Role)\s*\**\s*[:：]")


def _bilingual(text: str) -> str:
    """ "X (คงเดิม / unchanged)", "X (ย้ายจากรองประธาน / moved from vice-chair)": the Thai words only."""
    text = re.sub(r"\s*/\s*[A-Za-z][^()]*(?=\))", "", text)
    text = re.sub(r"\s*\(ย้ายจาก[^()]*\)", "", text)
    return text.strip()


def _role_cards(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Slides' role cards ("> **ตำแหน่ง: ประธาน / Chair**", "> ผู้ดำรงตำแหน่ง: X" or "> → X", "> เดิม / was: Y")
    read as one sentence in the resolutions' own words: "X เป็นประธาน (เดิม: Y)"."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(raw):
        n, text = raw[i]
        card = _CARD_ROLE.match(text)
        if not card or re.search(r"/\s*(?:กรรมการ|ประธาน|เลขานุการ|ผู้ช่วย)", text):
            out.append((n, text))  # no card, or a card of two Thai roles at once ("กรรมการและเลขานุการ / ...")
            i += 1
            continue
        holder = old = None
        j = i + 1
        while j < len(raw) and not _CARD_END.match(raw[j][1]):
            line = raw[j][1]
            h, o = _CARD_HOLDER.match(line), _CARD_OLD.match(line)
            if h and holder is None:
                holder = _bilingual(h.group("holder"))
            elif o and old is None:
                old = _bilingual(o.group("old"))
            j += 1
        if holder is None:
            out.append((n, text))
            i += 1
            continue
        role = card.group("role").strip()
        if re.fullmatch(r"\(?(?:คงเดิม|ไม่เปลี่ยนแปลง)\)?", holder):
            out.append((n, f"- {role}: คงเดิม"))
        else:
            note = re.search(
                r"\s*(\([^()]*(?:เดิม|ใหม่|เพิ่ม)[^()]*\))\s*$", holder
            )  # "X (คงเดิม)": after the role
            if note:
                holder = holder[: note.start()]
            tail = note.group(1) if note else (f"(เดิม: {old})" if old else "")
            out.append((n, f"- {holder} เป็น{role}" + (f" {tail}" if tail else "")))  # an item of the list
        i = j
    return out


# A poster's seat: the role alone on a line ("รองประธาน", "ผู้ช่วยเลขานุการ 2 คน", "กรรมการเพิ่มอีก 3 ตำแหน่ง"),
# then its holder on the next line, or one holder to a bullet ("• X", "➕ X")
_SEAT_ALONE = re.compile(
    r"^(?P<role>รองประธาน|ประธาน|กรรมการและเลขานุการ|กรรมการและผู้ช่วยเลขานุการ|ผู้ช่วยเลขานุการ|เลขานุการ|กรรมการ)"
    r"(?:\s+[A-Z]{2,8})?\s*(?P<more>เพิ่ม(?:เติม|ขึ้น)?)?\s*(?:อีก\s*)?(?:(?P<count>[\d๐-๙]+)\s*(?:คน|ตำแหน่ง))?"
    r"\s*(?:คือ|ได้แก่|ดังนี้)?\s*[:：]?$"
)
_SEAT_BULLET = re.compile(r"^(?:[•●▪◦➕✚+]|-(?!-))\s*(?P<holder>\S.*)$")
_NOT_A_HOLDER = re.compile(r"เป็น|ให้|ได้แก่|ดังนี้|[:：]|^[\[(✔✓✗✘❌⚠※*#>]|^(?:มติ|ครั้งนี้|คงเดิม|ไม่มี|ยัง)")


def _seats_alone(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "รองประธาน" over "เลขาธิการ ก.พ.": read as "- เลขาธิการ ก.พ. เป็นรองประธาน", one item per holder."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(raw):
        n, text = raw[i]
        seat = _SEAT_ALONE.match(text.strip())
        if seat is None or i + 1 >= len(raw):
            out.append((n, text))
            i += 1
            continue
        role = seat.group("role") + (
            "เพิ่มเติม" if seat.group("more") and seat.group("role") == "กรรมการ" else ""
        )
        bullets, j = [], i + 1
        while j < len(raw) and (b := _SEAT_BULLET.match(raw[j][1].strip())):
            bullets.append((raw[j][0], b.group("holder").strip()))
            j += 1
        nxt = raw[i + 1][1].strip()
        count = int(seat.group("count").translate(ARABIC_DIGITS)) if seat.group("count") else 1
        if not bullets and count > 1:  # "กรรมการเพิ่มขึ้น 2 ตำแหน่ง คือ" over two plain lines ("และ Y" the second)
            lines = [(m, re.sub(r"^และ\s*", "", t.strip())) for m, t in raw[i + 1 : i + 1 + count]]
            if len(lines) == count and all(
                h and len(h) <= 120 and not _NOT_A_HOLDER.search(h) and not _SEAT_ALONE.match(h)
                for _, h in lines
            ):
                bullets, j = lines, i + 1 + count
        if bullets and not any(_NOT_A_HOLDER.search(h) or _SEAT_ALONE.match(h) for _, h in bullets):
            out.extend((m, f"- {h} เป็น{role}") for m, h in bullets)
            i = j
        elif not bullets and len(nxt) <= 120 and not _NOT_A_HOLDER.search(nxt) and not _SEAT_ALONE.match(nxt):
            out.append((raw[i + 1][0], f"- {nxt} เป็น{role}"))
            i += 2
        else:
            out.append((n, text))
            i += 1
    return out


_ARROW_ISSUE = re.compile(r"^[-*•]?\s*ประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<no>[\d๐-๙]{1,2})\)\s*(?P<title>\S.*)$")
_ARROW_NEW = re.compile(r"^[-*•]?\s*(?:ใหม่|now|new)?\s*(?:/\s*\w+\s*)?(?:→|->)\s*(?P<who>\S.*)$", re.I)
_ARROW_OLD = re.compile(r"^[-*•]?\s*เดิม\s*(?:/\s*\w+\s*)?(?:→|->|:)\s*(?P<who>\S.*)$")


def _issue_arrows(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Slides' lead lines: "- ประเด็น 5) TITLE" over "- เดิม / was → X" and "- ใหม่ / now → Y เป็นเจ้าภาพหลัก" (or
    just "- → Y + Z"), read as the resolutions write them: "ประเด็นที่ 5) TITLE — ผู้รับผิดชอบหลัก: Y (เดิม: X)"."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(raw):
        n, text = raw[i]
        issue = _ARROW_ISSUE.match(text)
        if not issue or "→" in text:
            out.append((n, text))
            i += 1
            continue
        new = old = None
        j = i + 1
        while j < len(raw) and j <= i + 4 and not _ARROW_ISSUE.match(raw[j][1]):
            line = raw[j][1]
            o, w = _ARROW_OLD.match(line), _ARROW_NEW.match(line)
            if o and old is None:
                old = o.group("who")
            elif w and new is None:
                new = w.group("who")
            elif not line.startswith(("-", "*", "•")):
                break
            j += 1
        if new is None:
            out.append((n, text))
            i += 1
            continue
        title = re.sub(r"\s*/\s*[A-Za-z].*$", "", issue.group("title")).strip()  # the Thai title, no English
        title = re.sub(r"[\U0001F100-\U0001FAFF\u2600-\u27BF\uFE0F\u2B00-\u2BFF]", "", title).strip()  # emoji
        who = re.sub(r"\s*(?:เป็น)?(?:เจ้าภาพ|ผู้รับผิดชอบ)(?:หลัก)?\s*$", "", new).strip()
        who = re.sub(r"\s+\+\s+", " และ ", who)
        bullet = "- " if text.startswith(("-", "*", "•")) else ""
        line = f"{bullet}ประเด็นที่ {issue.group('no')}) {title} — ผู้รับผิดชอบหลัก: {who}" + (
            f" (เดิม: {old})" if old else ""
        )
        out.append((n, line))
        kept = [
            raw[k]
            for k in range(i + 1, j)
            if not (_ARROW_OLD.match(raw[k][1]) or _ARROW_NEW.match(raw[k][1]))
        ]
        out.extend(kept)
        i = j
    return out


def _indented_bullets(doc: Document) -> set[int]:
    """Lines of a bullet indented under another ("    - ไม่มีแนวทางใหม่ทดแทน"): the stripped text forgets it."""
    return {
        doc.body_line + i
        for i, ln in enumerate(doc.body.split("\n"))
        if re.match(r"^(?: {2,}|\t)[-*•]\s", ln)
    }


def _notes_under_bullets(raw: list[tuple[int, str]], indented: set[int]) -> list[tuple[int, str]]:
    """A bullet's indented sub-bullets that say more of it ("❌ ยกเลิก → BYOD" over "- ไม่มีแนวทางใหม่ทดแทน",
    "- เหตุผล → ..."), not a list it introduces ("... ดังนี้", "...:", a bold title), are read as its own words."""
    out: list[tuple[int, str]] = []
    head: int | None = None  # where in `out` the bullet the indented ones may belong to stands
    for n, text in raw:
        note = re.sub(r"^[-*•]\s*", "", text)
        if n in indented and head is not None and head == len(out) - 1 and len(note) <= 80:
            if not re.match(r"^\**[^:：]{1,30}\**\s*[:：]", note):  # "ประธาน: X" is an item of its own
                m, said = out[-1]
                out[-1] = (m, f"{said} — {note}")  # one line: the bullet and what it adds
                continue
        if n in indented:
            head = None  # one sub-bullet read as an item: the rest are items too
        elif re.match(r"^[-*•]\s", text):
            title = re.fullmatch(r"[-*•]\s*\*\*.+\*\*\s*", text) or len(re.sub(r"\*+", "", text)) <= 40
            introduces = re.search(r"(?:[:：]|ดังนี้|ได้แก่|ประกอบด้วย)\**\s*$", text)
            keyed = re.search(
                r"(?:รับผิดชอบ\S*|เจ้าภาพ\S*)\s*[:：]", text
            )  # an issue with its leads: lines of its own
            head = None if title or introduces or keyed else len(out)
        else:
            head = None
        out.append((n, text))
    return out


def _plain_tables(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Tables typed as text read as Markdown ones: runs of two or more lines cut into the same number of
    columns by spaced dashes or tabs ("ตำแหน่ง — ผู้ดำรงตำแหน่ง — หมายเหตุ"); and dotted leaders
    ("ประธานคณะทำงาน ........ ปลัดกระทรวง...") read as "key: value" lines."""
    raw = [(n, _numbered_key(_leader_role(t))) for n, t in raw]
    out = list(raw)
    cols = [
        1
        if t.startswith("|")
        or ("\t" not in t and (":" in t or "：" in t))  # "issue — ผู้รับผิดชอบ: X" stays a line
        or (
            re.match(r"[-*•]\s", t) and t.rstrip().endswith(".")
        )  # an English bullet's sentence, dash and all
        else len(_DASH_SEP.split(t))
        for _, t in raw
    ]
    i = 0
    while i < len(raw):
        j = i
        while j + 1 < len(raw) and cols[i] >= 2 and cols[j + 1] == cols[i]:
            j += 1
        if j > i:  # lines i..j: a header and its rows
            for k in range(i, j + 1):
                n, t = raw[k]
                out[k] = (n, "| " + " | ".join(c.strip() for c in _DASH_SEP.split(t)) + " |")
            i = j + 1
            continue
        m = _LEADER.match(raw[i][1])
        if m:
            out[i] = (raw[i][0], f"{m.group('key').strip()}: {m.group('value').strip()}")
        i += 1
    return out


# "๑. ผู้อำนวยการสำนักงาน...      ..................  ประธานอนุกรรมการ": an order's composition list,
# the holder first and the role after the dots
_HOLDER_LEADER = re.compile(r"^(?P<key>\S.*?)\s*(?:\.{4,}|…{2,}|_{4,})\s*(?P<role>\S+)\s*$")
_BARE_ROLE = re.compile(r"(?:รอง)?ประธาน\S{0,20}|(?:อนุ)?กรรมการ\S{0,20}|\S{0,12}เลขานุการ\S{0,12}")


# "1.1.2 รองประธานกรรมการ — เลขาธิการ ก.พ. **(แก้ไขใหม่)**": a numbered key and its value, not a table row
_NUMBERED_KEY = re.compile(
    r"^(?P<no>\s*(?:[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*\.?|\(?[\d๐-๙]{1,2}\))\s+)(?P<key>[^—–|:：]{2,40}?)\s+[—–]\s+(?P<value>\S.*)$"
)


# "⚑ กรรมการและเลขานุการ — X แทน Y", "  ประธาน — X (คงเดิม)": a seat and its holder, not a table's columns
_ROLE_KEY = re.compile(r"^(?P<no>\s*(?:[⚑•▪◦*-]\s*)?)(?P<key>[^—–|:：]{2,40}?)\s+[—–]\s+(?P<value>\S.*)$")


def _numbered_key(text: str) -> str:
    m = _NUMBERED_KEY.match(text)
    if m and not _DASH_SEP.search(m.group("value")):
        return f"{m.group('no')}{m.group('key').strip()}: {m.group('value').strip()}"
    m = _ROLE_KEY.match(text)
    if m and _BARE_ROLE.fullmatch(m.group("key").strip()) and not _DASH_SEP.search(m.group("value")):
        return f"{m.group('no')}{m.group('key').strip()}: {m.group('value').strip()}"
    return text


def _leader_role(text: str) -> str:
    m = _HOLDER_LEADER.match(text)
    if m and _BARE_ROLE.fullmatch(m.group("role")) and not _BARE_ROLE.fullmatch(m.group("key").strip()):
        return f"{m.group('key').strip()} เป็น{m.group('role')}"
    return text


def _cells(text: str) -> list[str]:
    # "| — ไม่มีตำแหน่งรองประธาน — |": the dashes set the words off, they are not the cell's
    return [re.sub(r"^[—–]\s+(\S.*?)\s+[—–]$", r"\1", c.strip()) for c in text.strip().strip("|").split("|")]


def _classify(text: str) -> _Line:
    m = _MD_HEADING.match(text)
    if m and m.group(2):
        inner = _strip_markup(m.group(2))
        numbered = _marker(inner)
        level = len(m.group(1))
        return _Line(
            0.1 * level, "heading", numbered.number if numbered else None, inner, heading_level=level
        )
    m = _BOLD.match(text) or _BRACKET_HEADING.match(text)
    if (
        m and len(m.group(1)) > 3 * MAX_HEADING
    ):  # a whole paragraph in bold (new wording), or an editor's [note]
        m = None
    if m:
        inner = _strip_markup(m.group(1))
        numbered = _marker(inner)
        if numbered is not None:
            numbered.kind = "heading"
            return numbered
        return _Line(R_PART, "heading", None, inner)  # a bold heading ("**ข้อเท็จจริง**") opens a part
    if text.startswith("|"):
        if _TABLE_RULE.match(text):
            return _Line(R_LEAF, "rule", None, text)
        return _Line(R_ROW, "row", None, text, cells=[("", c) for c in _cells(text)])
    text = _strip_markup(text)
    line = _marker(text)
    if line is not None:
        _split_lead(line)
        return line
    if _NOTE.match(text) or _CLOSING.match(text):
        rank = R_DOC if not text.startswith("หมายเหตุ") else R_HEAD
        return _Line(rank, "note", None, text)
    # "(ข้อความเดิมตัดออก — ดูเมลฉบับแรกด้านล่าง)": a reply's note that it left the earlier mail out, no old wording
    snipped = re.search(r"ตัดออก|ละไว้|ด้านล่าง|\b(?:snipped|omitted|trimmed)\b", text, re.I)
    if _BEFORE_LEAD_IN.search(text) and not snipped:
        # "... the position immediately before this latest resolution was as follows:": what was, listed below
        return _Line(R_BLOCK, "block", None, text, block="old")
    if (len(text) <= MAX_MARKER or _REPLACE_WITH.search(text)) and not snipped:
        if any(c in text for c in OLD_CUES):
            return _Line(R_BLOCK, "block", None, text, block="old")
        if any(c in text for c in NEW_CUES) or _REPLACE_WITH.search(text):
            return _Line(R_BLOCK, "block", None, text, block="new")
    m = _KEY_VALUE.match(text)
    if m and not re.search(r"\d$", m.group("key")):
        key, value = m.group("key").strip(), m.group("value").strip()
        if not value:
            return _Line(R_HEAD, "heading", None, key)
        return _Line(R_LEAF - 0.5, "item", None, text, style="kv", label=key, detail=value)
    m = _TABLE_HEAD.match(text)
    if m:
        return _Line(R_HEAD, "heading", None, text, label=m.group(2).strip())
    if len(text) <= MAX_HEADING and not re.search(r"[.;]$", text) and not _CONTINUES.match(text):
        return _Line(R_HEAD, "heading", None, text)
    if len(text) <= MAX_MARKER and _BODY_TITLE.match(text) and not re.search(r"เป็น|ให้|[.;:]$", text):
        return _Line(R_HEAD, "heading", None, text)  # a body's long name alone on its line heads its seats
    line = _Line(R_LEAF, "continuation", None, text)
    _split_lead(line)
    return line


def _split_lead(line: _Line) -> None:
    """ "issue ... — หน่วยงานรับผิดชอบหลัก: สพร." carries its lead agencies on the same line."""
    m = _SAME_LINE_LEAD.match(line.text)
    if not m:
        return
    value = m.group("value")
    if m.group("paren") and value.endswith(")"):
        value = value[:-1].rstrip()  # "(หน่วยงานรับผิดชอบ: สำนักงาน... (สกมช.))"
    if len(value) <= 160:
        line.text, line.label, line.detail = m.group("text").strip(), m.group("key"), value


@dataclass
class _Open:
    rank: float
    clause: Clause
    table_label: str | None = None  # set on a two-column table header: rows below it get this label
    table_header: list[str] | None = None  # a Markdown table's header cells
    block: str | None = None  # "old"/"new" on a block marker


class _Styles:
    """Ranks of marker styles in one document, by the order in which they first appear."""

    SECTION = ("num1", "letter")

    def __init__(self) -> None:
        self.sections: list[str] = []
        self.items: list[str] = []

    def rank(self, style: str) -> float:
        if style.startswith("num") and style != "num1":
            return self.rank("num1") + 0.1 * (int(style[3:]) - 1)
        if style in self.SECTION:
            if style not in self.sections:
                self.sections.append(style)
            return SECTION_BASE + STYLE_STEP * self.sections.index(style)
        if style == "kv":
            return R_LEAF - 0.5
        if style == "sub-bullet":
            return self.rank("bullet") + 0.05
        if style not in self.items:
            self.items.append(style)
        return ITEM_BASE + STYLE_STEP * self.items.index(style)


def _unwrap(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Text pasted from a PDF, hard-wrapped at the page width: page furniture ("- ๒ -", "หน้า ๑",
    "/สำนักงาน ก.พ. ...") dropped, and each line the width broke joined to the line it continues
    (keeping the first line's number, so citations still point into the file)."""
    from bot.ingest.clean import OWN_LINE, PAGE_NUMBER, full_width, looks_wrapped, width

    texts = [t for _, t in raw]
    if not looks_wrapped(texts):
        return raw
    footers = Counter(re.sub(r"[0-9๐-๙]+", "#", t) for t in texts if re.search(r"หน้า\s*[0-9๐-๙]{1,3}$", t))
    kept = [
        (n, t) for n, t in raw
        if not (t and PAGE_NUMBER.match(t)) and not re.match(r"^/\S.{0,60}\.{2,}$", t)
        and footers[re.sub(r"[0-9๐-๙]+", "#", t)] < 2
    ]  # fmt: skip
    full = full_width([t for _, t in kept])
    out: list[tuple[int, str]] = []
    last = 0
    for n, t in kept:
        prev = out[-1][1] if out else ""
        if t and prev and not OWN_LINE.match(t) and last >= 0.8 * full:
            seam = "" if re.search(r"[\u0e01-\u0e4e]$", prev) and re.match(r"[\u0e01-\u0e4e]", t) else " "
            out[-1] = (out[-1][0], prev + seam + t)
        else:
            out.append((n, t))
        last = width(t)
    return out


def parse_document(doc: Document, known: Mapping[str, DocumentMeta] | None = None) -> list[Clause]:
    """Clauses of one resolution, in reading order, with paths, status and old->new links."""
    meta = doc.meta
    known = known or {}
    lines = settings_as_text([(doc.body_line + i, ln.rstrip()) for i, ln in enumerate(doc.body.split("\n"))])
    raw = _unwrap([(n, ln.strip()) for n, ln in lines])
    raw = _chat_messages(raw)
    raw = [(n, _unquote(t)) for n, t in raw if t and not re.fullmatch(r"[_\-=~*#\s]{3,}", t)]
    raw = [(n, _plain_marks(t)) for n, t in raw]
    raw = [(n, u) for n, t in raw if (u := _without_pictures(t))]
    raw = _plain_tables(_issue_arrows(_seats_alone(_role_cards(raw))))
    indented = _indented_bullets(doc)
    raw = _notes_under_bullets(raw, indented)
    clauses: list[Clause] = []
    stack: list[_Open] = []
    styles = _Styles()
    consumed: set[int] = set()  # lines read into a clause's detail (a lead line under its issue)

    def path_of(label: str | None) -> list[str]:
        path = [o.clause.path[-1] for o in stack if o.clause.path]
        return path + ([label] if label else [])

    def open_clause(line: _Line, lineno: int) -> _Open:
        while stack and stack[-1].rank >= line.rank:
            stack.pop()
        block_frame = next((o for o in reversed(stack) if o.block), None)
        status = "superseded" if (line.block or (block_frame and block_frame.block)) == "old" else "current"
        if line.kind == "block":
            status = "superseded" if line.block == "old" else "current"
        table = stack[-1].table_label if stack else None  # rows directly under a two-column table header
        label_for_path = line.number or (line.text[:60] if line.kind in ("heading", "block") else None)
        if line.kind == "title":
            label_for_path = "เรื่อง"
        elif line.kind == "note":
            label_for_path = re.split(r"\s*[:：]|\s+ณ\s", line.text, maxsplit=1)[0]
        # "issue ... — ผู้รับผิดชอบหลัก: X" keeps its lead whether or not a marker opens the line
        split = line.kind in ("item", "continuation", "paragraph") and bool(line.detail)
        label = line.label if split else None
        if label is None and line.kind == "item" and line.style != "kv":
            label = table
        clause = Clause(
            uid=f"{meta.id}:{lineno}",
            doc_id=meta.id,
            path=path_of(label_for_path),
            number=line.number.translate(ARABIC_DIGITS) if line.number else None,
            text=line.text,
            line=lineno,
            status=status,
            block=(line.text if line.kind == "block" else (block_frame.clause.text if block_frame else None)),
            kind=line.kind if line.kind != "continuation" else "paragraph",
            label=label,
            detail=line.detail if split else None,
            cells=line.cells,
            parent=stack[-1].clause.uid if stack else None,
            doc_title=meta.title,
            doc_date=meta.date,
        )
        frame = _Open(
            line.rank, clause, table_label=line.label if line.kind == "heading" else None, block=line.block
        )
        clauses.append(clause)
        if line.kind != "title":  # the title names the document; it is no parent in paths
            stack.append(frame)
        return frame

    header: list[str] | None = None
    for idx, (lineno, text) in enumerate(raw):
        line = _classify(text)
        if idx == 0 and _strip_markup(text).startswith("เรื่อง"):
            line = _Line(R_DOC, "title", None, text)
        if line.kind == "rule":
            consumed.add(lineno)
            continue
        if line.kind == "row":
            cells = [c for _, c in line.cells]
            nxt = raw[idx + 1][1] if idx + 1 < len(raw) else ""
            if header is None and not _TABLE_RULE.match(nxt) and _data_row(cells):
                # "1) เลขาธิการ ก.พ.      ประธานคณะทำงาน" with no header over it: the first row is a row
                header = ["" for _ in cells]
            if header is None or _TABLE_RULE.match(nxt):  # the header row: a heading over its rows
                header = cells
                lead_cols = [i for i, h in enumerate(header) if LEAD_KEYS.search(h)]
                line = _Line(R_HEAD, "heading", None, " | ".join(header))
                if lead_cols:
                    line.label = header[lead_cols[0]]
                open_clause(line, lineno)
                stack[-1].table_header = header
                continue
            _table_row(line, cells, header, styles)
        else:
            header = None if line.kind != "continuation" or not text.startswith("|") else header
        if line.kind == "heading" and _earlier_entry(line.text, meta.date):
            line.block = (
                "old"  # a change log's "## [2019-11-26] ...": the record of an earlier rule, not this one
            )
        if line.style == "bullet" and lineno in indented:
            line.style = "sub-bullet"  # "  - Chair: X" under "- ADD Subcommittee on ...": that bullet's child
        if line.style and line.kind in ("item", "heading") and line.rank == 0:
            line.rank = styles.rank(line.style)
        if line.kind == "heading" and line.label is None and not line.heading_level and line.style is None:
            nxt_line = _classify(raw[idx + 1][1]) if idx + 1 < len(raw) else None
            if nxt_line is not None and nxt_line.style in ("num1", "letter") and nxt_line.kind == "item":
                # A heading right before a section marker ("...รายงานว่า" then "1.") opens a part.
                line.rank = styles.rank(nxt_line.style) - 0.05
            elif _opens_part(stack):
                line.rank = SECTION_BASE - 0.05  # "สาระสำคัญ" after the decisions: a part, not a sub-heading
        top = stack[-1] if stack else None
        if (
            line.style == "kv"
            and top is not None
            and top.clause.kind == "item"
            and top.clause.detail is None
            and LEAD_KEYS.search(line.label or "")
        ):  # "ผู้รับผิดชอบ: สพร." under an issue: that issue's lead agencies
            top.clause.label, top.clause.detail = line.label, line.detail
            consumed.add(lineno)
            continue
        if (
            line.style == "kv"
            and top is not None
            and top.clause.label
            and _ISSUE_KEYS.match(top.clause.label)
            and LEAD_KEYS.search(line.label or "")
            and "เดิม" not in (line.label or "")
        ):  # "ประเด็น: 7) ..." then "ผู้รับผิดชอบหลัก: สขญ.": the issue's row of a key/value table
            issue = top.clause.detail or ""
            numbered = _PAREN_NUM.match(issue)
            top.clause.text = numbered.group(3) if numbered else issue
            top.clause.number = (
                (numbered.group(1) or numbered.group(2)) + ")" if numbered else top.clause.number
            )
            top.clause.label, top.clause.detail = line.label, line.detail
            consumed.add(lineno)
            continue
        in_row = top is not None and top.clause.label is not None and top.rank >= ITEM_BASE
        if (
            in_row
            and top.clause.detail is None
            and line.kind in ("heading", "continuation")
            and line.label is None
        ):
            continue  # the second column of a flattened table row: folded in below
        if line.kind == "continuation":
            if top is not None and top.rank >= ITEM_BASE and top.clause.kind == "item" and top.rank < R_ROW:
                continue  # a wrapped line of the open item: folded in below
            line.kind = "paragraph"
        open_clause(line, lineno)

    _fold(clauses, raw, consumed)
    _link_old_new(clauses)
    _resolve_quotes(clauses, meta, known)
    return clauses


_INTRODUCES = re.compile(r"(ดังนี้|ดังต่อไปนี้|ได้แก่|ประกอบด้วย|[:：])\s*$")


def _opens_part(stack: list[_Open]) -> bool:
    """A plain heading after a numbered section starts a new part, unless the section introduced
    what follows ("... ดังนี้") or an old/new block is open (its sub-headings belong to it)."""
    if not stack or any(o.block for o in stack):
        return False
    if not any(SECTION_BASE <= o.rank < R_BLOCK for o in stack):
        return False
    return not _INTRODUCES.search(stack[-1].clause.text.split("\n")[0])


def _data_row(cells: list[str]) -> bool:
    """A numbered first cell or a cell that is a bare role: a composition's row, never column names."""
    first = _strip_markup(cells[0]).strip() if cells else ""
    numbered = re.match(r"^\(?[\d๐-๙]{1,2}[.)]\s*\S", first) and not re.fullmatch(
        r"\(?[\d๐-๙]{1,2}[.)]?", first
    )
    return bool(numbered) or any(_BARE_ROLE.fullmatch(_strip_markup(c).strip()) for c in cells[1:])


def _table_row(line: _Line, cells: list[str], header: list[str], styles: _Styles) -> None:
    """A Markdown table row: a numbered item whose cells keep their column names."""
    named = [(header[i] if i < len(header) else "", _strip_markup(c)) for i, c in enumerate(cells)]
    number = None
    m = re.fullmatch(r"\(?(\d{1,3})[.)]?(?:\s*\((?:ใหม่|new|เพิ่ม\S*)\))?", named[0][1] if named else "", re.I)
    if m:  # "3", "(3)", "9 (ใหม่)"
        number = m.group(1) + ")"
        named = named[1:]
    leads = [i for i, (h, _) in enumerate(named) if LEAD_KEYS.search(h)]
    joint = [i for i in leads if "ร่วม" in named[i][0]]  # "เจ้าภาพหลัก | เจ้าภาพร่วม": the main one leads
    notes = [i for i, (h, _) in enumerate(named) if _NOTE_COLUMN.search(h)] if leads else []
    # "เจ้าภาพหลักเดิม | เจ้าภาพหลักตามมตินี้": the column in force is the one that is not the old one
    lead = next(
        (i for i in reversed(leads) if "เดิม" not in named[i][0] and i not in joint),
        next((i for i in reversed(leads) if "เดิม" not in named[i][0]), leads[0] if leads else None),
    )
    line.kind, line.number, line.cells, line.style = "item", number, named, "row"
    line.rank = R_ROW
    if lead is not None and len(named) >= 2:
        own = (
            re.match(r"\(?(\d{1,2})[.)]?\s+(?=[\u0e01-\u0e4eA-Za-z])", named[0][1])
            if number is None
            else None
        )
        if own and 0 not in leads:  # "| 8 การใช้ปัญญาประดิษฐ์... | สพธอ. |": the issue's number in its own cell
            line.number = number = own.group(1) + ")"
            named[0] = (named[0][0], named[0][1][own.end() :])
        others = [c for i, (_, c) in enumerate(named) if i not in leads and i not in notes and c]  # the issue
        line.text = " ".join(others)
        line.label, line.detail = named[lead][0], named[lead][1]
        partners = [named[i][1] for i in joint if i != lead and named[i][1].strip(" -–—")]
        if partners and line.detail.strip(" -–—"):
            line.detail += f" (เจ้าภาพร่วม: {', '.join(partners)})"
        said = [named[i][1] for i in notes if "ยกเลิก" in named[i][1]]
        if not line.detail.strip(" -–—") and said:  # "| - | - | ยกเลิกประเด็นนี้ เนื่องจาก... |"
            line.detail = said[0][said[0].index("ยกเลิก") :]
    else:
        line.text = " | ".join(c for _, c in named if c)
        if len(named) == 2 and named[0][1] and len(named[0][1]) <= 50 and named[1][1]:
            line.label, line.detail = named[0][1], named[1][1]  # a two-column table of "key | value" rows


def _fold(clauses: list[Clause], raw: list[tuple[int, str]], consumed: set[int]) -> None:
    """Re-read the lines each clause owns (its line up to the next clause) into text and detail."""
    starts = {c.line: c for c in clauses}
    order = [c.line for c in clauses]
    by_line = dict(raw)
    for i, c in enumerate(clauses):
        end = order[i + 1] if i + 1 < len(order) else max(by_line) + 1
        owned = [
            by_line[n] for n in sorted(by_line) if c.line < n < end and n not in starts and n not in consumed
        ]
        if not owned:
            continue
        if c.label is not None and c.detail is None:
            c.detail = "\n".join(owned)
        else:
            c.text = "\n".join([c.text, *owned])


def ancestors(clause: Clause, by_uid: Mapping[str, Clause]) -> Iterator[Clause]:
    """The clauses enclosing this one, nearest first."""
    p = clause.parent
    while p is not None and p in by_uid:
        yield by_uid[p]
        p = by_uid[p].parent


def _section_of(c: Clause, by_uid: Mapping[str, Clause]) -> str | None:
    """uid of the nearest enclosing numbered section (1., 1.1, ...) or top-level part."""
    for parent in ancestors(c, by_uid):
        if parent.kind != "block" and (
            parent.kind in ("title",)
            or (parent.number or "").endswith(".")
            or re.fullmatch(r"\d+(\.\d+)+", parent.number or "")
        ):
            return parent.uid
    return None


def _block_key(c: Clause, block_uid: str, by_uid: Mapping[str, Clause]) -> tuple[str | None, str | None]:
    """(sub-heading inside the block, number) — how an old item finds its restatement."""
    sub = None
    for parent in ancestors(c, by_uid):
        if parent.uid == block_uid:
            break
        if parent.kind == "heading":
            sub = parent.text
    return sub, c.number


def _link_old_new(clauses: list[Clause]) -> None:
    by_uid = {c.uid: c for c in clauses}
    blocks = [c for c in clauses if c.kind == "block"]
    members: dict[str, list[Clause]] = {b.uid: [] for b in blocks}
    for c in clauses:
        block = next((a for a in ancestors(c, by_uid) if a.uid in members), None)
        if block is not None:
            members[block.uid].append(c)
    for i, old in enumerate(blocks):
        if old.status != "superseded":
            continue
        section = _section_of(old, by_uid)
        new = next(
            (b for b in blocks[i + 1 :] if b.status == "current" and _section_of(b, by_uid) == section), None
        )
        if new is None:
            continue
        old.replaced_by, new.replaces = new.uid, old.uid
        new_items = [c for c in members[new.uid] if c.kind in ("item", "paragraph")]
        keyed = {_block_key(c, new.uid, by_uid): c for c in new_items if c.number}
        by_number: dict[str, Clause] = {}
        for c in new_items:
            if c.number:
                by_number.setdefault(c.number, c)
        new_paras = [c for c in new_items if not c.number]
        old_paras = 0
        for c in members[old.uid]:
            if c.kind not in ("item", "paragraph"):
                continue
            if c.number:
                match = keyed.get(_block_key(c, old.uid, by_uid)) or by_number.get(c.number)
            else:
                match = new_paras[old_paras] if old_paras < len(new_paras) else None
                old_paras += 1
            if match is not None and match.replaces is None:
                c.replaced_by, match.replaces = match.uid, c.uid
            elif match is None:
                c.replaced_by = new.uid


def _members(clauses: list[Clause], ancestor: str) -> list[Clause]:
    """The clause itself and every clause under it."""
    by_uid = {c.uid: c for c in clauses}
    return [c for c in clauses if c.uid == ancestor or any(a.uid == ancestor for a in ancestors(c, by_uid))]


def _resolve_quotes(clauses: list[Clause], meta: DocumentMeta, known: Mapping[str, DocumentMeta]) -> None:
    """Old wording is quoted from an amended resolution: find which one by the date in the marker."""
    for c in clauses:
        if c.kind == "heading" and c.status == "superseded" and _earlier_entry(c.text, meta.date):
            entry = _ENTRY_DATE.match(c.text)  # a log's earlier entry: the resolution of that day, if known
            when = (
                dt.date.fromisoformat(entry.group("iso"))
                if entry and entry.group("iso")
                else parse_thai_date(c.text)
            )
            source = next((d for d, other in known.items() if other.date == when), None)
            for m in _members(clauses, c.uid) if source else []:
                m.quoted_from = source
            continue
        if c.kind != "block" or c.status != "superseded":
            continue
        when = parse_thai_date(c.text)
        target = None
        for doc_id in meta.amends:
            other = known.get(doc_id)
            if other is not None and when is not None and other.date == when:
                target = doc_id
        if target is None and len(meta.amends) == 1:
            target = meta.amends[0]
        if target is None:
            continue
        for m in _members(clauses, c.uid):
            if m.status == "superseded":
                m.quoted_from = target
