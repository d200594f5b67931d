"""Read a question: clean it, and recognise what kind of answer it wants.

The cues are the ways officials ask (Thai, colloquial, abbreviated, or English), grouped by the
kind of answer: a role holder, a lead agency, a date, a definition, a purpose, a yes/no, a list,
or what a rule used to be. Nothing here is tied to particular questions.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bot.knowledge.facts import ROLES, committee_in
from bot.thai import Glossary, ThaiText, normalize

MAX_QUESTION_CHARS = 500

HISTORY_CUES = (
    "เดิม", "ก่อนปรับ", "ก่อนแก้", "ก่อนหน้า", "แต่ก่อน", "สมัยก่อน", "ก่อนการปรับปรุง", "ฉบับก่อน",
    "previous", "before", "original", "used to", "formerly", "old ", "earlier",
)  # fmt: skip
LEAD_CUES = (
    "รับผิดชอบ", "ดูแล", "เจ้าภาพ", "หน่วยงานไหน", "หน่วยงานใด", "หน่วยงานอะไร", "ใครทำ", "ใครจัด",
    "ผลักดัน", "คุม", "ผู้ดำเนิน", "หน่วยไหน",
    "responsible", "in charge", "lead", "runs", "run ", "handles", "handle", "who does", "which agency", "owner",
)  # fmt: skip
WHO_CUES = ("ใคร", "หน่วยงานไหน", "หน่วยงานใด", "who", "which agency", "whom")
WHEN_CUES = (
    "เมื่อไร", "เมื่อไหร่", "วันไหน", "วันที่เท่าไร", "วันที่เท่าไหร่", "วันอะไร", "วันที่อะไร", "วันที่ใด", "ลงวันที่", "ปีไหน",
    "ปีอะไร", "เมื่อวันที่", "when", "what date", "which date",
)  # fmt: skip
DEFINE_CUES = (
    "คืออะไร", "คือ อะไร", "หมายถึง", "หมายความว่า", "ย่อมาจาก", "what is", "what's", "meaning", "mean?",
    "stand for", "stands for",
)  # fmt: skip
PURPOSE_CUES = ("เพื่ออะไร", "วัตถุประสงค์", "จุดประสงค์", "เป้าหมาย", "ทำไม", "why", "purpose", "objective", "aim")
YESNO_CUES = ("หรือไม่", "หรือเปล่า", "ไหม", "มั้ย", "ใช่ไหม", "ใช่มั้ย", "หรือยัง")  # English: see analyse()
LIST_CUES = (
    "บ้าง", "มีอะไร", "ได้แก่", "ระบบอะไร", "which systems", "what measures", "what systems", "list", "what are",
)  # fmt: skip
PROPOSER_CUES = (
    "ใครเสนอ", "ผู้เสนอ", "เสนอโดย", "หน่วยงานที่เสนอ", "หน่วยงานใดเสนอ", "หน่วยงานไหนเสนอ", "ใครรายงาน",
    "who proposed", "proposed by", "who submitted", "submitted by", "who reported",
)  # fmt: skip
ROLE_ASK_CUES = (
    "บทบาท", "ตำแหน่ง", "ทำหน้าที่", "หน้าที่อะไร", "เป็นอะไร", "role", "position", "serve as", "serves as",
)  # fmt: skip
QUANTITY_CUES = ("how many", "how much", "how long")
QUANTITY_TOKENS = {"กี่", "เท่าไร", "เท่าไหร่"}
PREDICTION_CUES = (
    "คนต่อไป", "คนถัดไป", "คนใหม่", "ในอนาคต", "ปีหน้า", "พรุ่งนี้", "จะเป็นใคร", "next ", "tomorrow",
    "in the future", "will be the",
)  # fmt: skip
BANGKOK_CUES = ("กรุงเทพ", "กทม", "bangkok", "bma")
ENGLISH_STOP = frozenset(
    "a an the of in on for to and or is are was were be been do does did who whom whose what which when where why how "
    "me you tell please about this that these those it its by with as at from under resolution cabinet new any "
    "there their has have had can could should would will shall i we my our your s "
    "give gives given get gets make makes need needs must according under new now currently".split()
)
# Words of asking, not of topic: they never make a question off-topic.
ASKING_WORDS = frozenset(
    "ใคร อะไร ไหน ยังไง อย่างไร เท่าไร เท่าไหร่ กี่ บ้าง ไหม มั้ย หรือเปล่า หรือไม่ คะ ครับ ค่ะ นะ จ้า จ๊ะ หน่อย "
    "ช่วย บอก อยาก ทราบ สอบถาม ถาม ขอ รู้ คือ เป็น มี ได้ ต้อง ควร เรื่อง ตาม มติ นี้ ตอนนี้ ปัจจุบัน เดิม ก่อน "
    "ดูแล รับผิดชอบ เจ้าภาพ คุม ทำ จัด หน้าที่ ใด ว่า กัน หรือ ยัง แล้ว ปี ครม วัน เมื่อ ไร ไหร่ "
    "หมายถึง ย่อ มา จาก ใช่ ทำไม เพื่อ แบบ อยู่ ให้ ที่ ของ ใน และ กับ ตำแหน่ง ผู้ คน ท่าน "
    "ลงวันที่ ฉบับ วันที่ ภายใน เมื่อไหร่ ไคร ยังมี ยัง มีไหม นั่ง แทน ฝั่ง ส่วน ตอน หลัง ใหม่ สรุป ทั้งหมด ล่าสุด เอง เขา อัน ตัว ไป ข้อ ระบุ กำหนด ว่าไง "
    "who's whats what's mention mentioned say says said state states".split()
)
_TAG = re.compile(r"<[^>]{0,200}>")


@dataclass
class Question:
    raw: str
    text: str
    problem: str | None = None  # why the text cannot be answered at all (empty, too long, ...)
    role: str | None = None
    committee: str | None = None
    bangkok: bool = False
    history: bool = False
    intents: set[str] = field(default_factory=set)
    year: int | None = None  # Gregorian year the question asks about ("ปี 2562", "in 2019")
    english: bool = False
    tokens: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)  # tokens that carry the topic


def clean(raw: str) -> tuple[str, str | None]:
    """Text safe to work with, or the reason it is not a question."""
    if raw is None or not str(raw).strip():
        return "", "empty"
    text = str(raw)
    if len(text) > MAX_QUESTION_CHARS * 4:
        return "", "too_long"
    text = html.unescape(_TAG.sub(" ", text))
    text = normalize(text).replace("\n", " ")
    if len(text) > MAX_QUESTION_CHARS:
        return "", "too_long"
    if not re.search(r"[\u0e01-\u0e2eA-Za-z0-9]", text):
        return "", "no_words"
    return text, None


def has_cue(text: str, cues) -> bool:
    return any(c in text for c in cues)


_ROLE_PATTERNS = (
    ("ผู้ช่วยเลขานุการ", r"ผู้ช่วย\s*เลขา"),
    ("เลขานุการ", r"(?<!ผู้ช่วย)(?<!ผู้ช่วย )เลขา|ฝ่ายเลขา"),
    ("รองประธาน", r"รอง\s*ประธา[นณ]"),
    ("ประธาน", r"(?<!รอง)(?<!รอง )ประธา[นณ](?!าธิบดี)|หัวโต๊ะ|คุม\s*(?:คณะกรรมการ|คกก|บอร์ด)|หัวหน้าคณะกรรมการ"),
    ("กรรมการ", r"เป็นกรรมการ(?!\s*และ\s*เลขา)|กรรมการมีใคร|กรรมการประกอบด้วย"),
)


def _role_in(text: str, glossary: Glossary) -> str | None:
    """Role named in the question, abbreviations and English read as Thai; "ประธานาธิบดี" is no chair."""
    canonical = glossary.substitute(text)
    for role, pattern in _ROLE_PATTERNS:
        if re.search(pattern, canonical):
            return role
    return None


def analyse(raw: str, thai: ThaiText, glossary: Glossary) -> Question:
    text, problem = clean(raw)
    q = Question(raw=str(raw or ""), text=text, problem=problem)
    if problem:
        return q
    low = text.lower()
    expanded = glossary.expand(text)
    low_exp = expanded.lower()
    q.english = not re.search(r"[\u0e01-\u0e5b]", text)
    q.tokens = thai.tokens(text)
    q.role = _role_in(text, glossary)
    q.committee = committee_in(low) or committee_in(" ".join(glossary.expansions(text)))
    q.bangkok = has_cue(low, BANGKOK_CUES)
    q.history = has_cue(low + " ", HISTORY_CUES)
    # A year on its own ("ปี 2562", "in 2019"), not part of a date or a meeting number ("6/2563").
    m = re.search(r"(?:ปี|พ\.ศ\.|ค\.ศ\.|\bin|\bof)\s*((?:25|20)\d\d)\b(?!\s*[/])", text, re.IGNORECASE)
    if m:
        year = int(m.group(1))
        q.year = year - 543 if year > 2400 else year
    if q.role:
        q.intents.add("role")
    if has_cue(low, LEAD_CUES) or (has_cue(low, WHO_CUES) and not q.role):
        q.intents.add("lead")
    if has_cue(low, WHEN_CUES):
        q.intents.add("when")
    if has_cue(low, DEFINE_CUES):
        q.intents.add("define")
    if has_cue(low, PURPOSE_CUES):
        q.intents.add("purpose")
    if has_cue(low + " ", YESNO_CUES) or (
        q.english and re.match(r"^(is|are|does|do|did|was|were|has|have|can|will)\b", low)
    ):
        q.intents.add("yesno")
    if has_cue(low_exp, LIST_CUES):
        q.intents.add("list")
    asks_proposer = (
        has_cue(low, PROPOSER_CUES)
        or re.search(r"(ใคร|หน่วยงานไหน|หน่วยงานใด|หน่วยไหน)\S{0,12}\s*(เสนอ|รายงาน)", low)
        or re.search(
            r"\b(who|which agency|which body|what agency)\b.{0,30}\b(propos|submit|report|present|brought)",
            low,
        )
    )
    if asks_proposer and re.search(
        r"ครม|คณะรัฐมนตรี|cabinet|เรื่องนี้|มตินี้|this matter|this resolution|this item", low
    ):
        q.intents.add("proposer")
    if not q.role and has_cue(low, ROLE_ASK_CUES):
        q.intents.add("role_of")
    if (has_cue(low, QUANTITY_CUES) or QUANTITY_TOKENS & set(q.tokens)) and "when" not in q.intents:
        q.intents.add("quantity")
    if has_cue(low + " ", PREDICTION_CUES):
        q.intents.add("prediction")
    stop = thai.stopwords
    role_words = set(ROLES) | {"เลขา", "เลขาฯ", "ปธ", "รอง", "ผู้ช่วย", "ผู้ช่วยเลขา", "ประธานกรรมการ"}
    q.content = [
        t for t in q.tokens
        if t not in stop and t not in ASKING_WORDS and t not in ENGLISH_STOP and t not in role_words
        and (len(t) > 2 or glossary.find(t)) and not re.fullmatch(r"[\d./]+", t)
    ]  # fmt: skip
    return q
