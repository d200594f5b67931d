"""A question read as a frame: what it asks (intent) and about what (committee, role, holder, issue,
agency, year, yes/no claim).

The intent comes from the generated questions nearest in meaning (bank.py), weighed with the
slots found in the words: a role word, a known holder, a known agency, a year, a yes/no ending,
"เดิม". Slots are filled from the vocabulary the knowledge defines (vocab.py).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.answering.asides import asking_part, sentences
from bot.answering.bank import BankEntry
from bot.answering.vocab import (
    BANGKOK_WORDS,
    HISTORY_WORDS,
    LIST_WORDS,
    PREDICTION_WORDS,
    SELF_WORDS,
    YEAR,
    YESNO_WORDS,
    Vocabulary,
    squash,
)  # fmt: skip
from bot.ingest.clean import thai_dictionary
from bot.thai import ARABIC_DIGITS, normalize, parse_any_date

MAX_QUESTION_CHARS = 500
_TAG = re.compile(r"<[^>]{0,200}>")
# "ปลัด กทม. ถูกเพิ่มเป็นประธานในมติไหน": the resolution that set a rule, asked by its day
# "ตามมติไหน", "มติไหนที่ให้ X ...": the resolution that did something
IN_WHICH_RESOLUTION = (
    r"(?:(?:ใน|ตาม|จาก)มติ\s*(?:ครม\.?\s*)?(?:ไหน|ใด)|(?:^|(?<=\s))มติ\s*(?:ครม\.?\s*)?(?:ไหน|ใด)\s*(?:ที่|ซึ่ง))"
)
WHEN_WORDS = re.compile(
    r"เมื่อไร|เมื่อไหร่|เมื่อใด|วันไหน|วันที่เท่า|วันอะไร|วันที่ใด|วันใด|ลงวันที่|ปีไหน|ปีอะไร|ปีใด|กี่โมง|ออกวัน|"
    r"(?<!อยู่)(?<!อยู่ )(?<!ขั้น)ตอนไหน|เดือนไหน|เดือนอะไร|"
    + IN_WHICH_RESOLUTION
    + r"|\bwhen\b(?!\s+(?:[a-z]+ing\b|it|they|an?\b|the\b|agencies|staff))|what date|which date|which day|what year|dated|\bthe date (?:of|when)\b|\bdeadlines?\b|\bdue date|by when|เส้นตาย",
    re.I,
)
# "องค์ประกอบอื่น", "กรรมการคนอื่น", "other members": the rest of a committee beside the seats named
REST_ASKED = re.compile(
    r"(?:องค์ประกอบ|กรรมการ|ตำแหน่ง|คน)(?:อื่น|ที่เหลือ)|\b(?:other|remaining|rest of the) (?:members|roles|seats|positions)",
    re.I,
)
EXCEPT = re.compile(r"นอกจาก|นอกเหนือจาก|ยกเว้น|\bbesides\b|\bapart from\b|\bother than\b|\bexcept\b", re.I)
WHO_WORDS = re.compile(
    r"ใคร|ไคร|หน่วยงานไหน|หน่วยงานใด|หน่วยไหน|ตำแหน่งใด|ตำแหน่งไหน|\bwho\b|\bwhom\b|which agenc", re.I
)
# Words of asking, politeness and chat: never the topic of a question.
# "เปลี่ยนไปจากมติปี 62", "compared with the 2019 resolution": a year that things changed from
SINCE_YEAR = re.compile(
    r"(?:จาก|เทียบ(?:กับ)?|from|compared\s+(?:to|with))\s*(?:the\s+)?(?:มติ\s*)?(?:ครม\.?\s*)?(?:ปี\s*|พ\.ศ\.\s*)?(?:25|20)?\d\d\b",
    re.I,
)
# "what did the 2019 version say": the text of that year
# "ตั้งแต่ปี 62 ... เคยเป็นใครมาบ้าง", "who has chaired it since 2019": every holder from then, not the one of that year
_SINCE_THEN = re.compile(
    r"ตั้งแต่\s*(?:ปี|พ\.ศ\.)?\s*\d{2,4}.{0,60}(?:เคย|มาบ้าง|กี่คน)|เคย\S{0,12}.{0,30}มาบ้าง|\bsince\s+\d{4}.{0,60}\b(?:who|been|all)|who\s+has\s+\S+\s+.{0,40}since\s+\d{4}",
    re.I,
)
_COMPARED_YEARS = re.compile(
    r"(?:ปี|พ\.ศ\.)?\s*(\d{2}|\d{4})\s*(?:กับ|และ|vs\.?|versus|and|/|-)\s*(?:ปี)?\s*(\d{2}|\d{4})\b.{0,40}?"
    r"(?:ต่างกัน|แตกต่าง|ต่างจาก|เทียบ|\bdiffer|\bcompar)",
    re.I,
)
# "ปี 62 คือใคร แล้วปี 63 แก้ยังไง": two years, the later one changing what the first set
_TWO_YEARS = re.compile(
    r"(?:ปี|พ\.ศ\.)\s*([4-9]\d|25\d\d)\b.{2,60}?(?:แล้ว|ส่วน|และ|พอ)\s*(?:ตอน)?(?:ปี|พ\.ศ\.)\s*([4-9]\d|25\d\d)\b"
    r"(?=.{0,30}(?:แก้|เปลี่ยน|ปรับ|ต่าง))",
)
THE_YEARS_VERSION = re.compile(r"\bthe\s+((?:19|20)\d\d)\s+(?:version|wording|text)\b", re.I)
FUNCTION_WORDS = frozenset(
    "different another separate question questions item items table tables back then time ใคร ไคร อะไร ไหน ยังไง อย่างไร เท่าไร เท่าไหร่ กี่ บ้าง ไหม มั้ย มั๊ย หรือเปล่า หรือไม่ คะ ครับ ค่ะ คับ นะ จ้า จ๊ะ ฮะ หน่อย "
    "ช่วย บอก อยาก ทราบ สอบถาม ถาม ขอ รู้ คือ เป็น มี ได้ ต้อง ควร เรื่อง ตาม มติ นี้ ตอนนี้ ปัจจุบัน เดิม ก่อน "
    "ดูแล รับผิดชอบ เจ้าภาพ คุม ทำ จัด หน้าที่ ใด ว่า กัน หรือ ยัง แล้ว ปี ครม วัน เมื่อ ไร ไหร่ "
    "หมายถึง ย่อ มา จาก ใช่ ทำไม เพื่อ แบบ อยู่ ให้ ที่ ของ ใน และ กับ ตำแหน่ง ผู้ คน ท่าน บทบาท "
    "ลงวันที่ ฉบับ ต้นฉบับ แรก เอกสาร วันที่ ภายใน เมื่อไหร่ ยังมี มีไหม นั่ง แทน ฝั่ง ส่วน ตอน หลัง ใหม่ สรุป ทั้งหมด ล่าสุด เอง เขา อัน "
    "ขอโทษ ขออภัย sorry อ่อ อ๋อ อ่า เอิ่ม อุ้ย ว้าว อันนี้ อันนั้น นึง ลักษณะ รูปแบบไหน ตัว ไป ข้อ ระบุ กำหนด ลิสต์ ลิส โอเค โอเคร โอเคค่ะ ok okay อืม เออ ว่าไง มะ ป่ะ ปะ ป่าว ปล่าว ป้ะ ไม๊ รึเปล่า เหรอ หรอ อ่ะ อะ เนี่ย งั้น ละ ล่ะ จ๊ะ จ้ะ ผม ดิฉัน ฉัน หนู เรา กระผม "
    "พี่ น้อง ตอบ หา ดู เห็น ใช่มะ เปล่า รึ ประจำ ตรง กรณี สำหรับ แต่ละ ทุก อีก บ้าง ทีนี้ ประเด็น นั้น อ้าว อ้อ เอ่อ โอ้ แหม อ๊ะ อุ๊ย โอ๊ะ นะคะ นะครับ นะคับ มิติ ได้ยิน ได้ข่าว ข่าวลือ "
    "wait wasn isn aren weren doesn didn don hasn haven t btw hmm oh really actually so exactly just anyway alright "
    "made next too else want wants wanted sit sits sitting besides alongside beside มีเรื่อง reword reworded rewording rephrased wording worded คนเดียว หน่วยเดียว ร่วมด้วย alone jointly "
    "who's whats what's spell spelled out mention mentioned say says said state states tell please give show list name named "
    "a an the of in on for to and or is are was were be been do does did who whom whose what which when where why how "
    "me you this that these those it its them they their every each take takes taking account into talk talks talking give gives given by with as at from under cabinet any there their has have had can could "
    "should would will shall i we my our your s get gets make makes need needs must according now currently "
    "current latest new about role roles position serve serves served act acts acting hold holds held matter matters important "
    # words about the text itself, not a topic in it
    "อนุ ชุด ชุดนี้ ชุดใหม่ อ้างอิง อิง รายชื่อ ตาราง table tables ชื่อ ชื่อเต็ม เต็ม เต็มๆ ภาษาอังกฤษ อังกฤษ ภาษาไทย ตัวย่อ english full ตัวอย่าง รายละเอียด เนื้อหา สาระ อธิบาย ความหมาย ย่อ มาจาก ย่อมาจาก หลักการ ข้อความ ระบุไว้ "
    "example examples detail details summary summarize explain stand stands mean means meaning abbreviation "
    "acronym short say text document documents version versions one ones called thai english main three two four five "
    "ยกตัวอย่าง ฐานะ สถานะ ดำรงตำแหน่ง ตำแหน่งอะไร after since following within during "
    "มีผล มีผลบังคับใช้ บังคับใช้ ใช้บังคับ บังคับ effective effect force ตั้งแต่ แต่วัน "
    "ขยายความ ขยาย elaborate expand "
    "คร่าวๆ คร่าว สั้นๆ ย่อๆ โดยย่อ โดยสรุป briefly roughly แน่ใจ ชัวร์ เจ้าเดียว แต่ผู้เดียว "
    "quick quickly rundown overview recap gist highlights outline brief "
    "still supposed getting got get gets other others besides arrangement arrangements date dates pass passed "
    "passing over between all pls plz turn play kind kinds providing provide provided body bodies "
    "anything something everything leadership build building support unit structure outcomes outcome regulatory "
    "อื่น อื่นๆ คนอื่น คนอื่นๆ อันอื่น อันอื่นๆ ที่เหลือ ๆ "
    # months as abbreviated in dates ("15 มิ.ย. 64"; not ก.พ., which is also an agency)
    "มค มีค เมย พค มิย กค สค กย ตค พย ธค "
    # where in the text ("อยู่ข้อไหน", "which section covers")
    "section sections clause clauses part item cover covers covered discuss discusses discussed resolution "
    "หัวข้อ พูดถึง กล่าวถึง ถูก โดน โผล่ ปรากฏ "
    # kinds of thing asked for ("มีเหตุการณ์อะไรเป็นตัวอย่าง"), not a topic
    "เหตุการณ์ สิ่ง ประเภท ชนิด สาเหตุ หน่วย เดือน เกณฑ์ เป็นหนึ่ง หนึ่ง โจทย์ มั่ง มั้ง หารือ "
    "january february march april may june july august september october november december "
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
)
# "เสนอขึ้นไป", "เพิ่มเข้ามา": a verb's direction, which says nothing of the topic (nor is it unknown)
DIRECTIONS = frozenset("ขึ้นไป ขึ้นมา เข้ามา เข้าไป ออกมา ออกไป ลงมา ลงไป".split())
_PARTICLES = re.compile(
    r"(?:\s*(?:ครับผม|ครับ|คับ|ค่ะ|คะ|คร้า|จ้า|จ้ะ|จ๊ะ|นะ|ฮะ|อ่ะ|เนอะ|เน้อ|นะคะ|นะครับ|ค่า))+\s*([?？!.]*)\s*$"
)


NOUN_TAGS = ("NOUN", "PROPN", "X", "NUM")


# "จังหวัดอื่น", "ต่างจังหวัด ไม่ใช่ กทม.": the provinces' rule, though Bangkok is named
NOT_BANGKOK = re.compile(
    r"(?<!เหมือน)(?<!เหมือน )(?<!แบบ)(?<!like )(?<!เช่นเดียวกับ)จังหวัดอื่น|ต่างจังหวัด|ไม่ใช่\s*(?:ของ\s*)?(?:กทม|กรุงเทพ)|นอก(?:เขต)?\s*(?:กทม|กรุงเทพ)|(?:ยกเว้น|ไม่รวม|ไม่นับ|นอกจาก)\s*(?:ฝั่ง\s*)?(?:กทม|กรุงเทพ)"
    r"|other provinces?|outside (?:of )?bangkok|not (?:in )?bangkok|except (?:for )?bangkok|(?:other|rather) than bangkok|apart from bangkok|besides bangkok",
    re.I,
)


@dataclass
class Frame:
    raw: str
    text: str = ""
    asking: str = ""  # the sentences that ask, without the asides around them (asides.py)
    problem: str | None = None  # why it cannot be answered at all: empty, too_long, no_words
    english: bool = False
    tokens: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)  # words that carry the topic
    unknown: list[str] = field(default_factory=list)  # topic words the knowledge base never uses
    intent: str = "passage"
    scores: dict[str, float] = field(default_factory=dict)
    bank: list[tuple[BankEntry, float]] = field(default_factory=list)
    committees: list[str] = field(default_factory=list)
    committee: str | None = None
    committee_named: bool = False  # the question itself names it (not taken from a follow-up or a guess)
    roles: list[str] = field(default_factory=list)
    role: str | None = None
    holders: list[tuple[str, list[str]]] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    year: int | None = None
    date: dt.date | None = None  # a date the question names ("มติ 16 ก.พ. 64")
    month: tuple[int, int] | None = None  # (year, month) named without a day ("มติ ก.ย. 67")
    latest: bool = False  # "มติล่าสุด", "the latest resolution"
    committee_changes: bool = False  # "คณะกรรมการ GCIO มีอะไรเปลี่ยนไปบ้าง": that committee's changed seats only
    members_changed: bool = False  # "มติ 22 ส.ค. 66 เพิ่มใครเป็นกรรมการ": who joined or left, not the whole list
    focus_unknown: str | None = None  # the thing asked for ("อาคารไหน") is nowhere in the knowledge
    asks_name: bool = False  # "ชื่ออะไร": a person's name, where the texts give positions
    section_context: str | None = None  # a follow-up's numbered part from the turn before ("2.3")
    clause_context: str | None = None  # the clause the turn before answered from, for "วัตถุประสงค์ของข้อนั้น"
    other_bodies: list[str] = field(default_factory=list)  # committees named that no resolution defines
    sub: bool = False  # it says "อนุกรรมการ" / "sub-committee"
    topic_unknown: bool = False  # the subject after "เรื่อง" is nowhere in the knowledge
    bangkok: bool = False
    history: bool = False
    yesno: bool = False
    listing: bool = False
    when: bool = False
    who: bool = False
    self_ref: bool = False
    prediction: bool = False
    foreign: list[str] = field(default_factory=list)  # names of other countries, bodies or people
    nouns: int = 0  # content words that are nouns (what a question can be about)
    all_unknown: bool = False  # every content word is one the knowledge never uses, whatever its tag

    excluding: bool = False  # "นอกจาก ปธ. เลขา": roles set aside, the rest of the body asked
    as_of: dt.date | None = None  # "ก่อนคำสั่งที่ 7/2567": the rules of the day before that document

    @property
    def in_force_at(self) -> int | dt.date | None:
        """When the rules asked about were in force: a day, a year, or now (None)."""
        return self.as_of or self.year

    @property
    def holder(self) -> str | None:
        return self.holders[0][0] if self.holders else None

    @property
    def agency(self) -> str | None:
        return self.agencies[0] if self.agencies else None


# role words typed with a stray tone mark ("ประธ่าน", "เลขานุก้าร"): the word meant
_STRAY_TONE = re.compile(
    "|".join(
        "".join(f"{re.escape(ch)}[่้๊๋]?" for ch in w[:-1]) + re.escape(w[-1])
        for w in ("อนุกรรมการ", "เลขานุการ", "คณะทำงาน", "กรรมการ", "ประธาน")
    )
)


def clean(raw: object) -> tuple[str, str | None]:
    """Text safe to work with, or the reason it is not a question."""
    if raw is None or not str(raw).strip():
        return "", "empty"
    text = str(raw)
    if len(text) > MAX_QUESTION_CHARS * 4:
        return "", "too_long"
    text = html.unescape(_TAG.sub(" ", text))
    text = normalize(text).replace("\n", " ").translate(ARABIC_DIGITS)  # "ประเด็นที่ ๓" is issue 3
    text = re.sub(r"\b(lead|main|joint)-([a-z]{3,})\b", r"\1 \2", text)  # "lead-agency"; not "sub-committee"
    text = re.sub(r"ประเด็น\s*ลำดับ\s*ที่", "ประเด็นที่", text)  # a regulation's "ประเด็นลำดับที่ ๓" is issue 3
    text = _STRAY_TONE.sub(lambda m: re.sub(r"[่้๊๋]", "", m.group(0)), text)  # "ประธ่าน": a slip of the key
    text = re.sub(
        r"^(\d{1,2}\.\d{1,2})(?=\s)", r"ข้อ \1", text
    )  # "2.3 มีกี่ข้อ": a part's number, opening the question
    text = _PARTICLES.sub(r" \1", text).strip() or text  # "วันไหนคะ" -> "วันไหน": particles only split words
    if len(text) > MAX_QUESTION_CHARS:
        return "", "too_long"
    if not re.search(r"[\u0e01-\u0e2eA-Za-z0-9]", text):
        return "", "no_words"
    return text, None


# words whose one-letter typos are put right before reading ("ประธาร", "เลขานุกร" is not: a letter missing)
_SPELLED = ("ประธาน", "รองประธาน", "เลขานุการ", "กรรมการ", "อนุกรรมการ", "ผู้ช่วยเลขานุการ", "เจ้าภาพ", "รับผิดชอบ")


# how chat spells a few common words ("เปน", "อยุ่", "คับ"): put right before reading, like the typos above
_CHAT_SPELLING = (
    (r"เปน", "เป็น"),
    (r"อยุ่", "อยู่"),
    (r"ไห้", "ให้"),
    (r"(?<![\u0e01-\u0e4e])คับ(?=\s|$|[?？!])", "ครับ"),
    (r"ปชช\.?", "ประชาชน"),  # chat abbreviations of common words
    (r"(?<![\u0e01-\u0e4e])ลีด", "รับผิดชอบหลัก"),  # "ใครลีด": who leads, in loanword chat
    # "ได้ยินว่า X จริงไหม", "I heard that X, true?": where the claim was heard is no part of it
    (r"^\s*(?:ได้ยิน|ได้ข่าว|เห็นข่าว|มีคนบอก|เขาลือ)(?:มา)?(?:ว่า)\s*", ""),
    (r"(?i)^\s*(?:i (?:heard|read)|someone (?:said|told me))(?: that)?\s*", ""),
)


class FrameReader:
    """Reads questions against one knowledge base's vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.kb = vocab.kb
        self._vocab_list = sorted(w for w in self.kb.vocabulary_tokens if len(w) >= 4)
        self._foreign = _foreign_names()
        english = self._foreign[
            1
        ]  # one pattern for every name, compiled once (not one per name per question)
        self._english_foreign = (
            re.compile(r"\b(" + "|".join(map(re.escape, english)) + r")(?:'s)?\b") if english else None
        )

    def spelled(self, text: str) -> str:
        """ "ประธาร PCIO": a word of a role typed with one letter wrong, which the tokenizer then splits into
        pieces nobody knows, is put right. Only runs of unknown pieces are touched, so "ของประธาน" stays."""
        for wrong, right in _CHAT_SPELLING:  # "เปนเจ้าภาพ", "อยุ่ข้อไหน": chat spellings of common words
            text = re.sub(wrong, right, text)
        tokens = self.kb.thai.tokens(text)
        known = self.kb.vocabulary_tokens
        for i in range(len(tokens)):
            for j in (i + 1, i + 2):
                run = tokens[i:j]
                word = "".join(run)
                if j > len(tokens) or len(word) < 5 or any(t in known for t in run) or word not in text:
                    continue
                if word in thai_dictionary():
                    continue  # "ประสาน" is a word of its own, not "ประธาน" mistyped
                for target in _SPELLED:
                    if (
                        len(target) == len(word)
                        and sum(a != b for a, b in zip(target, word, strict=True)) == 1
                    ):
                        text = text.replace(word, target)
                        break
        return text

    def read(
        self, raw: object, bank: list[tuple[BankEntry, float]] | None = None, spelled: str | None = None
    ) -> Frame:
        """`spelled`: the question already cleaned and put right by the caller (it encoded that text)."""
        text, problem = (spelled, None) if spelled is not None else clean(raw)
        if spelled is None and not problem:
            text = self.spelled(text)
        f = Frame(raw=str(raw or ""), text=text, problem=problem)
        if problem:
            return f
        kb, vocab = self.kb, self.vocab
        low = text.lower()
        # "เลขาฯ ก.พ." is the head of an agency (เลขาธิการ), not a committee's secretary (เลขานุการ)
        text = DATE_SPAN.sub(" ", text) if DATE_SPAN.search(text) else text
        text_roles = re.sub(r"เลขา(?:ฯ|นุการ)?\s*(?=[\u0e01-\u0e2e]{1,4}\.[\u0e01-\u0e2e])", "เลขาธิการ ", text)
        # "กก. GCIO", "กก.PCIO": the committee of that name, not a member's seat in it
        text_roles = re.sub(r"(?<![\u0e01-\u0e4e])กก\.?\s?(?=[A-Z]{2,}|คณะ)", "คณะกรรมการ ", text_roles)
        substituted = kb.glossary.substitute(text_roles)
        expanded = kb.glossary.expand(text)
        f.english = not re.search(r"[\u0e01-\u0e5b]", text)
        f.tokens = kb.thai.tokens(text)
        # "ใครเป็นประธานที่ประชุม ครม.": who chaired a meeting, no seat on a committee
        substituted = re.sub(
            r"ประธาน(?=\s*(?:ใน)?(?:ที่|การ)ประชุม\s*(?:ครม|คณะรัฐมนตรี|ครั้ง))|\bchair(?:ed)?(?= (?:the|that) (?:cabinet )?meeting)",
            "",
            substituted,
        )
        # "องค์ประกอบกรรมการ GCIO", "องค์ประกอบของคณะกรรมการ", "อนุกรรมการวิถีใหม่": the body's name, no seat
        seats_text = substituted
        if cues := vocab.committees.name_cues(text_roles):
            for start, end in sorted(cues, reverse=True):
                text_roles = text_roles[:start] + "คณะ" + text_roles[end:]
            seats_text = kb.glossary.substitute(text_roles)
        f.roles = vocab.roles_in(
            re.sub(
                r"(องค์ประกอบ(?:ใหม่|เดิม|ชุดใหม่)?\s*(?:ของ)?\s*(?:คณะ)?)(?:อนุ)?กรรมการ(?!และ)", r"\1", seats_text
            )
        )
        besides = EXCEPT.search(substituted)
        if besides:  # "กรรมการคนอื่น นอกจาก ปธ. เลขา": the roles set aside are not the one asked
            end = re.compile(r"แล้ว|[,?]|\s(?=มี|who|what)").search(substituted, besides.end())
            stop = end.start() if end else len(substituted)
            kept = vocab.roles_in(substituted[: besides.start()] + " " + substituted[stop:])
            set_aside = set(vocab.roles_in(substituted[besides.start() : stop])) - set(kept)
            f.roles = kept or [r for r in f.roles if r not in set_aside]
            f.excluding = bool(set_aside)
        f.role = f.roles[0] if f.roles else None
        f.committees = vocab.committees_in(text, expanded, kb.thai.tokens(expanded))
        f.committee_named = bool(vocab.committees.named_in(text) or vocab.committees.named_in(expanded))
        f.committee = vocab.default_committee(f.committees)
        f.holders = self._holders(substituted, text_roles, bank or [])
        f.sub = bool(re.search(r"อนุกรรมการ|อนุ\s?ฯ|อนุกก|sub-?committee", substituted, re.I))
        # "คณะอนุฯ GCIO ที่ตั้งใหม่": a sub-committee called by the main committee's short name
        under_main = re.search(
            r"อนุ(?:กรรมการ)?\s*ฯ?\s*(?:ของ\s*)?(?:GCIO|PCIO)\b|\b(?:GCIO|PCIO)\s+sub-?committee", text, re.I
        )
        if (
            f.sub
            and (not f.committee_named or under_main)
            and not any(
                self.vocab.committees.items[k].sub for k in f.committees if k in self.vocab.committees.items
            )
        ):
            # "อนุฯ ชุดใหม่", "the new sub-committee": unnamed, the sub-committee set up last
            subs = [c for c in self.kb.book.committees if c.sub and c.prefix == "คณะอนุกรรมการ"]
            if subs:
                dates = {d.doc_id: d.date for d in self.kb.book.documents}
                newest = max(subs, key=lambda c: (dates.get(c.doc_id) or dt.date.min, c.line))
                f.committees, f.committee = [newest.key], newest.key
        f.other_bodies = self._other_bodies(text, f.committees)
        f.agencies = vocab.agencies_in(text, substituted)
        f.bangkok = bool(BANGKOK_WORDS.search(low)) and not NOT_BANGKOK.search(low)
        f.asking = asking_part(text)
        asks = f.asking.lower()
        # "ขอทั้งหมดเลยได้ไหม", "can you list them": a request, not a claim to check
        f.yesno = any(
            YESNO_WORDS.search(s.lower()) and not REQUEST.match(s.strip())
            for s in [low.strip(), *sentences(f.asking)]
        )
        f.listing = bool(LIST_WORDS.search(low))
        f.when = bool(WHEN_WORDS.search(low))
        f.who = bool(WHO_WORDS.search(low))
        f.self_ref = bool(SELF_WORDS.search(low))
        # "...ส่งพรุ่งนี้เช้า อยากเช็คว่าตอนนี้ ปธ. เป็นใคร": the words after "อยาก...ว่า" are the question
        f.prediction = bool(
            PREDICTION_WORDS.search(re.split(r"(?:อยาก\S{0,8}|ขอ\S{0,6}|สอบถาม)ว่า", asks)[-1])
        )
        f.history = bool(HISTORY_WORDS.search(asks))
        f.latest = bool(re.search(r"ล่าสุด|ฉบับใหม่|latest|newest|most recent", low))
        f.date = parse_any_date(f.text)
        f.month = None if f.date else _month_year(f.text)
        m = YEAR.search(text) or THE_YEARS_VERSION.search(text)
        if m and f.date is None:
            year = int(m.group(1))
            f.year = year - 543 if year > 2400 else year
        short = re.search(r"(?:ปี|พ\.ศ\.)\s*([4-9]\d)(?![\d/.])(?!\s*(?:ครั้ง|วัน(?!ที่)|เดือน|คน|ข้อ))", text)
        if f.year is None and f.date is None and short:  # "ตอนปี 62", "มติปี 63": a Buddhist year in two digits
            f.year = 2500 + int(short.group(1)) - 543
        compared = _COMPARED_YEARS.search(text) or _TWO_YEARS.search(text)
        if compared and f.date is None:  # "ปี 62 กับ 63 ต่างกันตรงไหน": what the later one changed
            later = max(int(compared.group(1)), int(compared.group(2)))
            f.year = later - 543 if later > 2400 else 2500 + later - 543 if later < 100 else later
        # "ตั้งแต่ปี 62 ประธาน...เคยเป็นใครมาบ้าง": all of them since, not that year's
        if _SINCE_THEN.search(f.text):
            f.year, f.history = None, True
        if f.year is not None and SINCE_YEAR.search(text) and CHANGE_WORDS.search(text):
            f.year = None  # "เปลี่ยนไปจากมติปี 62 บ้าง": the year compared against; the rules now are asked
        if (
            f.year is not None
            and f.asking != text
            and re.search(r"ยัง|ตอนนี้|ปัจจุบัน|\bnow\b|\bstill\b|currently", asks)
        ):
            if not (YEAR.search(f.asking) or re.search(r"(?:ปี|พ\.ศ\.)\s*[4-9]\d(?!\d)", f.asking)):
                f.year = (
                    None  # "ยังเป็นรองนายกฯ อยู่ป่าวคะ เห็นในเอกสารปี 62": the year is the aside's, now is asked
                )
        self._topic(f)
        f.as_of = self._before(f)
        f.bank = bank or []
        f.scores = self._scores(f)
        f.intent = max(f.scores, key=lambda k: f.scores[k]) if f.scores else "passage"
        if f.committee is None and f.role and not f.other_bodies and not f.unknown:
            f.committee = self._committee_from_bank(f)
        return f

    def _holders(
        self, substituted: str, raw: str, bank: list[tuple[BankEntry, float]]
    ) -> list[tuple[str, list[str]]]:
        """Holders named, read with abbreviations spelt out and as typed; the one the nearest
        generated questions are about comes first ("ผอ.กอง... สป.ดศ." is not "ปลัดกระทรวง...")."""
        merged: dict[str, list[str]] = {}
        for form, fids in [*self.vocab.holders_in(substituted), *self.vocab.holders_in(raw)]:
            merged.setdefault(form, []).extend(f for f in fids if f not in merged.get(form, []))
        forms = sorted(merged, key=lambda x: -len(squash(x)))
        kept = [x for i, x in enumerate(forms) if not any(squash(x) in squash(y) for y in forms[:i])]
        near = [e.fact for e, _ in bank[:6] if e.intent in ("holder_roles", "yes_no") and e.fact]
        kept.sort(key=lambda x: 0 if set(merged[x]) & set(near) else 1)
        return [(x, merged[x]) for x in kept]

    def _before(self, f: Frame) -> dt.date | None:
        """ "ก่อนคำสั่งที่ 7/2567", "ก่อนมติ 15 มี.ค. 65", "before the 2022 resolution": the day before it."""
        text = f.text
        m = re.search(r"ก่อน(?:หน้า)?(?:มติ|คำสั่ง|ประกาศ|การ)?|before (?:the )?", text, re.I)
        if not m:
            return None
        if f.asking and f.asking != text and squash(m.group(0)) not in squash(f.asking):
            return None  # "Quick check before I send the memo: ...": an aside's "before" dates nothing
        if re.match(r"\s*(?:การ)?(?:แก้|ปรับ|เปลี่ยน|ทบทวน)", text[m.end() :]):
            return None  # "ก่อนแก้ ประธานตามมติ 26 พ.ย. 62": the rule before the amendment, as that resolution set it
        after = text[m.start() : m.start() + 60]  # the document named right after "before"
        numbers = {re.sub(r"\s", "", n) for n in re.findall(r"\d{1,4}\s*/\s*\d{4}", after)}
        docs = [d for d in self.kb.book.documents if d.number and d.number in numbers]
        when = parse_any_date(after)
        if not docs and when is not None:
            docs = [d for d in self.kb.book.documents if d.date == when]
        if not docs:
            years = [int(y) - 543 if int(y) > 2400 else int(y) for y in re.findall(r"(?:25|20)\d\d", after)]
            docs = [d for d in self.kb.book.documents if years and d.date.year == years[0]]
        return min(d.date for d in docs) - dt.timedelta(days=1) if docs else None

    def _names_doc(self, f: Frame) -> bool:
        """The question names a document by its number ("คำสั่งที่ 7/2567") or its date."""
        numbers = {re.sub(r"\s", "", n) for n in re.findall(r"\d{1,4}\s*/\s*\d{4}", f.text)}
        if numbers & {d.number for d in self.kb.book.documents if d.number}:
            return True
        return f.date is not None and any(d.date == f.date for d in self.kb.book.documents)

    def _title_words(self, f: Frame) -> bool:
        """ "มติทบทวนแนวทาง GCIO ออกวันไหน": every topic word is a word of some resolution's title
        (or says it amends), so the question names a resolution, not a thing in one."""
        topic = [
            t
            for t in f.content
            if not RESOLUTION_WORDS.search(t)
            and not AMEND_WORDS.search(t)
            and not _APPROVING.fullmatch(t)
            and not re.fullmatch(r"(?:ผู้|คน)?เสนอ|proposed|proposer", t)
        ]  # "Who approved / ใครเป็นผู้เสนอ ... project charter": approving and proposing are the resolution's
        if not topic:
            return False
        titles = squash(" ".join(self.kb.glossary.expand(d.title) for d in self.kb.book.documents))
        hits = sum(1 for t in topic if squash(t) in titles or squash(self.kb.glossary.expand(t)) in titles)
        # "When did the cabinet approve the review of the GCIO guideline": the cabinet named, most words
        return hits == len(topic) or (bool(RESOLUTION_WORDS.search(f.text)) and hits * 2 >= len(topic))

    def _beside_committee(self, f: Frame) -> list[str]:
        """The question's words that are not the committee's name, a change or a resolution ("หน้าที่เรื่อง EA")."""
        items = self.vocab.committees.items
        names = squash(" ".join(a for k in f.committees if k in items for a in items[k].aliases)).lower()
        return [
            t
            for t in f.content
            if squash(t).lower() not in names
            and not CHANGE_WORDS.search(t)
            and not RESOLUTION_WORDS.search(t)
            and not re.fullmatch(
                r"คณะกรรมการ|กก|คกก|ชุดใหญ่|ชุด|เดิม|list|committees?|องค์ประกอบ|everything|all|ทั้งหมด|ทุกอย่าง"
                r"|ต่างกัน|แตกต่าง|ตรงไหน|differences?|different|รอบ(?:นี้)?|ครั้ง(?:นี้)?|ฉบับ(?:นี้)?|กทม|กรุงเทพ(?:มหานคร)?|bangkok|bma",
                t,
            )
        ]

    def _committee_from_bank(self, f: Frame) -> str | None:
        """No committee named: the one whose generated questions about this role are nearest."""
        wanted = self.vocab.committees.items
        for entry, _ in f.bank:
            if entry.role in f.roles and entry.committee in wanted:
                if f.sub and not wanted[entry.committee].sub:
                    continue
                return entry.committee
        return None

    def _other_bodies(self, text: str, named: list[str]) -> list[str]:
        """ "คณะอนุกรรมการด้านการศึกษา...", "อ.ก.พ. กระทรวง...": a body the resolutions define no roles for."""
        out = []
        known = [re.sub(r"^(?:คณะ)?(?:(?:อนุ)?กรรมการ|ทำงาน)", "", squash(a))
                 for c in self.vocab.committees.items.values() for a in c.aliases]  # fmt: skip
        acronyms = {k for k in known if re.fullmatch(r"[a-z]{2,8}", k)}
        english_kinds = {
            c.prefix
            for c in self.vocab.committees.items.values()
            if " " in c.key and re.fullmatch(r"[A-Za-z][\w\s&-]+", c.key)
        }
        text = re.sub(r"คกก\.?\s?(?=[A-Za-z\u0e01-\u0e4e])", "คณะกรรมการ", text)  # "ปธ.คกก.MCIO"
        for m in re.finditer(r"คณะ(?:(?:อนุ)?กรรมการ|ทำงาน(?:ย่อย)?)\s?([\u0e01-\u0e4eA-Za-z.]{2,40})", text):
            name = squash(re.split(r"มี|ใคร|คือ|เป็น|ของ|ได้|ต้อง|ให้|ว่า|ชุดนี้|บ้าง|ไหม|หรือ", m.group(1))[0])
            if (
                self.vocab.committees.named_in(m.group(0))
                or len(name) < 2
                or name.startswith(("ชุด", "นี้", "นั้น", "ดังกล่าว", "เดิม", "เดียวกัน"))
                or name in ("เรื่อง", "ด้าน", "ว่าด้วย")  # "คณะทำงานเรื่อง AI": the name is the word after it
            ):
                continue
            if re.fullmatch(r"[a-z]{2,8}", name):  # "คณะกรรมการ DCIO": an acronym is one or not at all
                spelled = [squash(e).lower() for e in self.kb.glossary.expansions(name)]
                if any(e and e in k for e in spelled for k in known):
                    continue  # "คณะทำงาน AI": ปัญญาประดิษฐ์, a word of a known body's name
                if not any(name in k for k in acronyms):  # "CIO" may be any of them; "DCIO" is none
                    out.append(m.group(0))
                continue
            best = max((fuzz.partial_ratio(name, k) for k in known if k), default=0)
            words = [w for w in self.kb.thai.tokens(name) if len(w) >= 2]
            if words and any(sum(w in k for w in words) >= max(2, 0.75 * len(words)) for k in known if k):
                continue  # "คณะทำงานรับมือภัยไซเบอร์": the words of a known name, shortened
            kind = re.match(r"คณะ(?:อนุกรรมการ|กรรมการ|ทำงาน)", m.group(0))
            if kind and kind.group(0) in english_kinds:
                continue  # a body known only by its English name may be this one, in Thai words
            if (
                best < 75
            ):  # "คณะกรรมการดิจิทัลเพื่อเศรษฐกิจ...", "คณะกรรมการ ก.พ.ร.": not one the resolutions define
                out.append(m.group(0))
        for m in re.finditer(
            r"\b((?:[A-Z][\w-]*\s+){1,6})(?:[Ss]ub-?)?(?:[Cc]ommittee|[Bb]oard|[Ww]orking [Gg]roup)\b"
            r"|\bsub-?(?:committee|working group)\b[^?.,]{0,60}",
            text,
        ):
            name = squash(m.group(1) or "")
            if m.group(1) is None and not self.vocab.committees.named_in(m.group(0)):
                subs = [squash(c.name) for c in self.vocab.committees.items.values() if c.sub]
                topic = m.group(0).split(" on ", 1)[1] if " on " in m.group(0) else ""
                words = [
                    squash(t)
                    for t in self.kb.thai.tokens(self.kb.glossary.expand(topic))
                    if len(squash(t)) >= 4
                ]
                about_one = any(w in s for w in words for s in subs)  # "... on ... the New Normal": วิถีชีวิตใหม่
                if not subs or (topic and not about_one):
                    out.append(m.group(0))  # "the sub-working group on e-Saraban": no such body is defined
            elif name and not named and not self.vocab.committees.named_in(m.group(0)):
                words = (m.group(1) or "").split()
                initials = "".join(
                    w if w.isupper() else w[0] for w in words
                ).lower()  # "Government CIO": GCIO
                if initials not in acronyms and not any(fuzz.ratio(name, k) >= 85 for k in known if k):
                    out.append(m.group(0).strip())  # "the National Cyber Security Committee"
        if not named:
            for key, _, _ in self.kb.glossary.find(text):
                full = (self.kb.glossary.terms.get(key) or [""])[0]
                if re.match(r"คณะ(?:อนุ)?กรรมการ.{4,}", full) and not self.vocab.committees.named_in(full):
                    if not any(f.agencies and squash(key) in squash(f.agencies) for f in self.kb.book.leads):
                        out.append(key)
        return out

    # -- topic words ------------------------------------------------------------------------------
    def _topic(self, f: Frame) -> None:
        kb = self.kb
        stop = kb.thai.stopwords
        known = kb.vocabulary_tokens
        f.content = [
            t for t in f.tokens
            if t not in stop and t not in FUNCTION_WORDS and (len(t) > 1 or t.isdigit())
            and not re.fullmatch(r"[\d./]+", t) and not self.vocab.roles_in(t)
        ]  # fmt: skip
        # "บทบาทใหม่ที่เพิ่มให้ GCIO": the role added is the topic, when the question names no other
        others = [t for t in f.content if not re.fullmatch(r"gcios?|ระดับ|กระทรวง|กรม|จังหวัด|ครม|cabinet", t)]
        if _ROLE_ADDED.search(f.text) and not QUANTITY_WORDS.search(f.text) and not others:
            if not re.search(r"ข้อ\s*\d", f.text):
                f.content += [w for w in ("บทบาท", "การเพิ่มเติมบทบาท") if w not in f.content]
        glossary_words = {squash(w) for k in kb.glossary.terms for w in re.split(r"\s+", k)}
        for t in f.content:
            if (
                t in known
                or squash(t) in glossary_words
                or kb.glossary.find(t)
                or len(t) <= 2
                or t in DIRECTIONS
                or YESNO_WORDS.fullmatch(t)  # "ใช่ปะ": a chat way of asking, no topic
                or _ASKED_KINDS.fullmatch(t)  # "มีบทบาทอะไร": what is asked for, no topic of its own
                or re.fullmatch(r"[\u0e01-\u0e4e]{1,6}(?:ไหน|ใด)", t)  # "ตรงไหน", "อันไหน": which, not what
            ):
                continue
            if len(t) >= 5 and process.extractOne(t, self._vocab_list, scorer=fuzz.ratio, score_cutoff=80):
                continue  # a typo of a known word
            if len(t) >= 4 and self._known_parts(t):
                continue  # a compound of known words ("มีผลบังคับใช้")
            if re.fullmatch(r"[a-z]{1,3}-?x{2,}|x{3,}", t):
                continue  # "ระบบ e-xxx": a pattern for the names asked, not a name
            if re.search(rf"{re.escape(t)}[\u0e00-\u0e4e]{{0,8}}ฯ", f.text) and any(
                k.startswith(t) for k in known
            ):
                continue  # a name cut short with "ฯ" ("สำนักงบฯ"): the start of a known one
            if (
                len(t) >= 5
                and t.endswith("\u0e4c")
                and any(k.startswith(t[:-1]) and len(k) >= len(t) + 2 for k in known)
            ):
                continue  # a word clipped in chat ("สถาปัตย์" for สถาปัตยกรรม): the start of a known one
            f.unknown.append(t)
        if f.asking != f.text:  # a word only an aside uses is no topic of the question
            f.unknown = [t for t in f.unknown if t not in f.text or t in f.asking]
        f.nouns = len(f.content)
        # "น้ำท่วมต้องทำอย่างไร": the tagger may call the one topic word a verb; unknown all the same
        f.all_unknown = (
            bool(f.content) and all(t in f.unknown for t in f.content) and any(len(t) >= 4 for t in f.unknown)
        )
        if f.content and not f.english:
            nouns = self._nouns(f.tokens, f.content)
            f.unknown, f.nouns = [t for t in f.unknown if t in nouns], len(nouns)
        squashed = squash(f.text)
        thai_names, english_names = self._foreign
        f.foreign = [n for n in thai_names if n in squashed and n not in squash(" ".join(known))]
        low = f.text.lower()
        said = {m.group(1) for m in self._english_foreign.finditer(low)} if self._english_foreign else set()
        f.foreign += [n for n in english_names if n in said and n not in known]
        # The thing asked for: the word right before "ไหน/อะไร/ใด/กี่" ("อาคารไหน", "ชื่ออะไร").
        m = (
            re.search(r"(\S{2,12}?)\s*(?:ไหน|อะไร|ใด|กี่|เท่าไ)", f.asking)
            or re.search(
                r"\b(?:which|what)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:are|is|do|does|did|has|have|was|were|should|must|can|will|would)\b",
                f.asking.lower(),
            )
            or re.search(r"\b(?:which|what)\s+([a-z]+)(?<!ed)\b", f.asking.lower())
        )  # "Which AI vendors are ...": vendors; "What replaced X": a verb, not the thing asked for
        if m:
            focus = kb.thai.tokens(m.group(1))[-1:] if m.group(1) else []
            if focus and focus[0] in f.unknown and len(focus[0]) >= 4 and not _KIND_OF.fullmatch(focus[0]):
                f.focus_unknown = focus[0]
            f.asks_name = bool(focus) and focus[0] in ("ชื่อ", "name", "named")
        if re.search(
            r"ชื่อ(?:อะไร|ไร|ว่า(?:อะไร|ไร)|จริง|นามสกุล)|ชื่อ-?สกุล|full name|what(?: i|')s (?:his|her|the) name|\bnamed?\b\??$"
            r"|\bname,?\s*(?:pls|plz|please|btw)\b|\b(?:his|her|their)\s+names?\b"
            r"|\bwhat(?:'s| is| was)\s+(?:the\s+)?[a-z-]+(?:'s)?\s+names?\b",
            f.text,
            re.I,
        ):
            f.asks_name = True
        if PERSON.search(f.text) and not f.roles:  # "ผอ.สพร. คนปัจจุบันคือใคร": a person, not a committee role
            f.asks_name = True
        thing = THING_NAMED.search(f.text)
        if thing and not PERSON_WORDS.search(f.text[: thing.end()]):
            f.asks_name = False  # "คณะอนุกรรมการที่ตั้งขึ้นใหม่ชื่ออะไร": a body's name, which texts give
        if re.search(r"full name|ชื่อเต็ม", f.text, re.I) and any(
            re.search(r"[.A-Z]", key) for key, _, _ in kb.glossary.find(f.text)
        ):
            f.asks_name = False  # "สพร. full name?": what the abbreviation stands for
        m = re.search(r"เรื่อง(?!นี้|อะไร|ไหน|ใด)\s*(.{4,60}?)(?:\s*(?:ว่า|คือ|มี|ของ|ปี|อย่างไร|ยังไง)|$)", f.asking)
        if m:  # "ประกาศ ... เรื่องอัตราเงินเดือน...": the subject named after เรื่อง
            words = [t for t in kb.thai.tokens(m.group(1)) if t in f.content and not YESNO_WORDS.fullmatch(t)]
            f.topic_unknown = any(t in f.unknown and len(t) >= 4 for t in words)

    @staticmethod
    def _nouns(tokens: list[str], unknown: list[str]) -> list[str]:
        """Only nouns name a topic: an unknown verb or adverb ("เข้ามา", "บ่อย") says nothing about
        whether the resolutions cover the question (pythainlp's bundled part-of-speech tagger)."""
        try:
            from pythainlp.tag import pos_tag

            tags = dict(pos_tag(tokens, engine="perceptron", corpus="orchid_ud"))
        except Exception:  # no tagger data: every unknown word counts
            return unknown
        return [t for t in unknown if tags.get(t, "NOUN") in NOUN_TAGS]

    def _known_parts(self, word: str) -> bool:
        from pythainlp.tokenize import word_tokenize

        parts = [p for p in word_tokenize(word, custom_dict=self._kb_trie, engine="newmm") if p.strip()]
        known = self.kb.vocabulary_tokens
        if len(parts) < 2:
            return False
        if all(p in known or p in FUNCTION_WORDS for p in parts):
            return True
        if not any(p in known and len(p) >= 3 for p in parts) or any(len(p) < 3 for p in parts):
            return False
        # "ความเร็ว" of a text that says "ความรวดเร็ว": the parts in order, a few letters apart, in one word
        spread = re.compile("[\u0e00-\u0e4e]{0,4}".join(map(re.escape, parts)))
        return any(spread.search(text) for text in self.kb.squashed.values())

    @property
    def _kb_trie(self):
        if self.__dict__.get("_trie") is None:
            from pythainlp.util import Trie

            self.__dict__["_trie"] = Trie(w for w in self.kb.vocabulary_tokens if len(w) >= 2)
        return self.__dict__["_trie"]

    # -- intent ---------------------------------------------------------------------------------
    def _scores(self, f: Frame) -> dict[str, float]:
        """Intents the question's grammar allows, each scored by its nearest generated question.

        The words decide what kind of answer is possible (a role word allows "who holds it", a known
        agency "which issues", "เมื่อไร" a date); the generated questions, nearest in meaning, decide
        among those. Passage search is always possible and wins when nothing specific is near.
        """
        best: dict[str, float] = {}
        for entry, sim in f.bank:
            best[entry.intent] = max(best.get(entry.intent, 0.0), sim)
        top = max(best.values(), default=0.85)
        low = f.text.lower()
        role, holder, agency = f.role is not None, bool(f.holders), bool(f.agencies)
        allowed: dict[str, float] = {"passage": top - 0.04}

        def allow(intent: str, bonus: float = 0.0) -> None:
            allowed[intent] = max(allowed.get(intent, 0.0), best.get(intent, top - 0.06) + bonus)

        # "ต้องส่ง... ให้ฝ่ายเลขาฯ GCIO ภายในวันที่เท่าไหร่": a deadline; the seat is whom it goes to
        deadline = (
            f.when and not f.who and re.search(r"ต้อง(?:ส่ง|รายงาน|เสนอ)|ภายใน|\b(?:due|deadline|submit)", low)
        )
        if role:
            allow("who_holds", -0.04 if deadline else 0.06)
            if f.history:  # "X เดิมเป็นเลขาฯ ตอนนี้ยังเป็นไหม" checks X now: a yes/no, not who it was
                allow("history", 0.0 if holder and f.yesno and not f.who else 0.1)
            if (
                f.listing
                and (f.role == "member" or not f.who)
                and COMPOSITION_WORDS.search(low)
                and not f.when
            ):
                allow("composition", 0.08)
            elif (
                f.committees
                and not holder
                and REST_ASKED.search(low)
                and (f.role == "member" or CHANGE_WORDS.search(low))
            ):
                # "กรรมการคนอื่นๆ ของ PCIO เปลี่ยนด้วยไหม (หรือแค่ประธาน)": the rest of the body
                allow("composition", 0.1 if f.role == "member" else 0.12)
        if holder and not (f.when and not f.self_ref):  # "สพร ต้องเสนอ ครม. เมื่อไหร่": a date, not its seats
            allow(
                "holder_roles",
                0.04 + (0.04 if f.self_ref else 0.0) - (0.05 if role and not f.self_ref else 0.0),
            )
        if (holder or agency) and (
            f.yesno or (role and not f.who and not f.listing and not f.self_ref and not f.when)
        ):
            allow("yes_no", 0.1)
        asks_lead = bool(LEAD_WORDS.search(low))
        # "ประชุมร่วมกับ สนง.ก.พ. มีหน่วยงานไหนบ้าง": who took part in a meeting, not who leads which issue
        met = bool(MEETING_WORDS.search(low)) and not asks_lead
        if agency and not role and not met:
            which_issue = (
                f.listing
                or re.search(
                    r"(?:ประเด็น|เรื่อง|ด้าน|งาน|ข้อ)\s*(?:ไหน|ใด|อะไร)|(?:which|what) (?:issues?|items?|topics?)"
                    r"|what (?:role|part) does|what (?:does|do) .{2,30} do\b",
                    low,
                )
                or (
                    not f.self_ref
                    and not f.holders
                    and re.search(r"(?:บทบาท|หน้าที่|ต้องทำ|ทำ)\S{0,6}\s*(?:อะไร|ไร)", low)
                )
            )  # "สงป. มีบทบาทอะไรในมตินี้": the issues it leads
            if which_issue or asks_lead:  # "สพร. รับผิดชอบเรื่องอะไร", not "สงป. ให้ความเห็นว่าอย่างไร"
                allow("issues_of", 0.08 if which_issue else (0.03 if not f.who else -0.03))
        # "ต้องดูความพึงพอใจของใคร": whose something is, which the text says, not who leads an issue
        # ... and "ต้องให้ใครเข้าถึงได้": whom it is for; "ทำไมต้องกำหนดเจ้าภาพหลัก": why, not who
        whose = (re.search(r"ของ\s*(?:ใคร|หน่วยงาน\s*ไหน)|\bwhose\b", low) and not asks_lead) or re.search(
            r"(?:ให้|แก่|สำหรับ)\s*ใคร\s*(?:เข้าถึง|ได้รับ|ได้ใช้|ใช้)|\bfor whom\b", low
        )
        why = re.search(r"ทำไม|เพราะอะไร|เหตุผล|\bwhy\b", low)
        proposer = _PROPOSER_NAMED.search(low) and not asks_lead  # "ใครเป็นคนเสนอเข้า ครม.": who brought it
        # "คกก. GCIO ต้องดูแลเรื่องอะไร": what a body named must do, not which agency leads an issue
        body_duty = (
            asks_lead and f.committee_named and not (role or holder or agency) and not f.who
            and re.search(r"(?:ดูแล|รับผิดชอบ)\S{0,8}\s*(?:เรื่อง)?\s*(?:อะไร|ไร|ไหน)|responsib\w*\s+for\s+what|what\b.{0,40}\bresponsib", low)
        )  # fmt: skip
        if body_duty:
            allow("measures", 0.12)
            asks_lead = False
        if (
            not role
            and not met
            and not whose
            and not why
            and not proposer
            # "... ได้ตำแหน่งอะไรใน PCIO": a seat asked, whoever "ดูแล" what
            and not re.search(r"(?:ตำแหน่ง|ฐานะ)\s*(?:อะไร|ไหน|ใด)|what (?:role|seat|position)", low)
            and (asks_lead or (f.who and not holder))
        ):
            allow("lead_of", 0.03 if asks_lead else 0.0)
            # "งบสนับสนุนระบบดิจิทัล ตอนนี้ สพร. ยังร่วมเป็นเจ้าภาพไหม": an issue named in its words, and who leads it
            topic = [t for t in f.content if len(t) >= 2 and not LEAD_WORDS.search(t)
                     and not self.vocab.kb.glossary.find(t) and t not in f.unknown]  # fmt: skip
            asks_which = re.search(
                r"(?:ประเด็น|เรื่อง|ด้าน|งาน|ข้อ)\s*(?:ไหน|ใด|อะไร)|(?:which|what) (?:issues?|items?|topics?)", low
            )  # "ก.พ.ร. เป็นเจ้าภาพประเด็นไหนบ้าง": the agency's issues, not one issue's lead
            if (
                asks_lead
                and (agency or holder)
                and len(topic) >= 3
                and (f.who or not f.yesno)
                and not asks_which
            ):
                allow("lead_of", 0.12)
            if f.listing and not agency:
                allow("lead_table", 0.05)
        if f.listing and not role and not holder and not f.when and not met:
            allow("measures", 0.06 if f.committee_named and not COMPOSITION_WORDS.search(low) else 0.02)
        about_document = PROPOSE_WORDS.search(low) or SIGN_WORDS.search(low) or MEETING_WORDS.search(low)
        if f.committees and not role and not f.when and COMPOSITION_WORDS.search(low) and not about_document:
            allow("composition", 0.1 if ALL_SEATS.search(low) else 0.06)
        duty = re.search(r"ต้อง(?:ส่ง|รายงาน|สรุป|จัดทำ|เสนอ|ทำ)|ภายใน|\b(?:due|deadline|submit)", low)
        if f.when and RESOLUTION_WORDS.search(low) and (role or holder) and not duty:
            allow(
                "doc_date", 0.02
            )  # "มติที่ให้ ผอ.สพร. เป็นเลขาฯ ออกเมื่อไร": the date of the resolution that says it
            if re.search(r"มีมติ\s*(?:ให้|ที่ให้)|มติ(?:ที่)?ให้|\b(?:resolved?|decided?) (?:that|to)\b", low):
                # "ครม. มีมติให้ปลัด ดศ. เป็นเลขาฯ เมื่อวันไหน": the day of that decision, whoever holds the seat now
                allowed["doc_date"] = max(allowed.get("doc_date", 0.0), top + 0.2)
        since = re.search(r"ตั้งแต่\s*(?:มติ|ครม|คณะรัฐมนตรี|เมื่อ|วัน|ปี)|since when|since which", low)
        if f.when and (IN_FORCE_WORDS.search(low) or since) and (role or f.committee_named) and not duty:
            # "เปลี่ยนประธาน GCIO มีผลวันไหน": the day that rule takes effect, whatever else it is near
            allowed["doc_date"] = max(allowed.get("doc_date", 0.0), top + 0.2)
        changed = re.search(r"ตัด|ถอด|เพิ่ม|เปลี่ยน|ยกเลิก|แต่งตั้ง|\b(?:remov|add|chang|replac|drop)", low)
        if (
            (role or holder or agency)
            and not f.who
            and (
                re.search(rf"{IN_WHICH_RESOLUTION}|which\s+(?:cabinet\s+)?(?:resolution|decision)", low)
                or (f.when and changed and not duty and not BODY_APPROVED.search(low))
            )
        ):
            # "ปลัด กทม. ถูกเพิ่มเป็นประธานในมติไหน": the resolution that set it, not whether it is so
            allowed["doc_date"] = max(allowed.get("doc_date", 0.0), top + 0.2)
        if (
            f.when
            and not role
            and not holder
            and _APPROVING.search(low)
            and re.search(r"guideline|แนวทาง", low)
        ):
            allowed["doc_date"] = max(
                allowed.get("doc_date", 0.0), top + 0.05
            )  # "the guideline was approved when?"
        if not role and not holder:
            if f.when or re.search(r"\d+\s*/\s*\d{4}", low):
                about_itself = (
                    not [t for t in f.content if not (RESOLUTION_WORDS.search(t) or AMEND_WORDS.fullmatch(t))]
                    or self._names_doc(f)
                    or self._title_words(f)
                    or re.search(r"เรื่องนี้|มตินี้|this (?:matter|resolution)", low)
                )
                allow("doc_date", (0.04 if f.when else -0.03) - (0.0 if about_itself or f.latest else 0.1))
                allow("doc_meeting", 0.03 if MEETING_WORDS.search(low) else -0.04)
            if WHICH_MEETING.search(low):
                allow("doc_meeting", 0.15)
            approved_first = _ON_THE_WAY.search(low) and re.search(r"เห็นชอบ|อนุมัติ|approv|endors", low)
            if (
                (f.when and (BODY_APPROVED.search(low) or approved_first))
                or (f.who and approved_first)  # "ก่อนเข้า ครม. ใครเห็นชอบเรื่องนี้มาก่อน": the body and its meeting
            ) and (approved_first or not names_cabinet(low)):  # "ก่อนเข้า ครม.": named as where it went next
                allow(
                    "doc_meeting", 0.15
                )  # "อ.ก.พ. เห็นชอบเมื่อไหร่": the meeting of that body, not the resolution
            brought = (
                RESOLUTION_WORDS.search(low)
                or re.search(r"เรื่องนี้|this matter|(?:ผู้|คน)เสนอเรื่อง|ใคร(?:เป็น(?:คน|ผู้))?เสนอเรื่อง", low)
                or len(f.content) <= 1
                or (
                    re.search(r"ผู้เสนอ|ใคร(?:เป็นคน)?เสนอ|เสนอโดย|propos", low) and self._title_words(f)
                )  # "กฎบัตร GCIO Transformation ใครเป็นผู้เสนอ": a document by its title
            )
            if PROPOSE_WORDS.search(low) and (f.who or not f.content) and brought:
                allow("doc_proposer", 0.06)  # who brought the resolution, not who "เสนอ GCIO Committee" in it
            if SIGN_WORDS.search(low):
                allow("doc_signer", 0.15)
            if LETTER_WORDS.search(low) and (f.when or REFERENCE_WORDS.search(low)):
                allow("doc_date", 0.15)  # "หนังสือเวียนแจ้งมติ เลขที่อะไร / ลงวันที่เท่าไร"
            if AMEND_WORDS.search(low) and RESOLUTION_WORDS.search(low) and WHICH_RESOLUTION.search(low):
                allow("doc_amends", 0.15)
            plain = not (f.listing or asks_lead or f.who or f.when)
            if plain and not DEFINE_WORDS.search(low) and not PURPOSE_WORDS.search(low):
                allow("measures", -0.03)
        if (
            holder
            and re.search(
                r"(?:ตำแหน่ง|บทบาท|สถานะ)\s*(?:อะไร|ไหน|ใด)|เป็นอะไร|what (?:role|seat|position)|which (?:role|seat|position)"
                r"|what\s+is\s+.{3,80}?'s\s+(?:role|seat|position|post)",  # "What is the Minister's position on it?"
                low,
            )
        ):
            allow(
                "holder_roles", 0.15
            )  # "รมว.ดศ. มีตำแหน่งอะไร ปธ. หรือรองปธ.": its seats, whatever roles are offered
        if (role or holder) and re.search(
            r"ใคร(?:เป็นผู้|เป็นคน)?เสนอ(?:ให้|เรื่อง|\s*(?:ต่อ\s*)?(?:ครม|คณะรัฐมนตรี))|(?:ผู้|คน)เสนอเรื่อง"
            r"|เสนอ\S.{0,40}?เข้า\s*(?:ครม|คณะรัฐมนตรี)"
            r"|who (?:proposed|suggested)",
            low,
        ):
            # "ใครเสนอให้รองนายกฯ มาเป็นประธาน": who brought the resolution that set it
            allowed["doc_proposer"] = max(allowed.get("doc_proposer", 0.0), top + 0.12)
        if (
            (role or holder)
            and f.when
            and re.search(
                r"(?:คือ|เป็น)?มติ\s*(?:ครม\.?\s*)?(?:วัน|เมื่อ|ไหน|ใด)|which (?:cabinet )?resolution", low
            )
        ):
            # "ครั้งแรกที่ให้ ผอ.สพร. เป็นเลขาฯ คือมติ ครม. วันไหน": the day of the resolution that set it
            allowed["doc_date"] = max(allowed.get("doc_date", 0.0), top + 0.12)
        if (agency or holder) and f.yesno and _PROPOSER_NAMED.search(low):
            # "คนเสนอเรื่องนี้เข้า ครม. คือ สพร. ใช่ไหม": a claim about who brought the resolution
            allowed["doc_proposer"] = max(allowed.get("doc_proposer", 0.0), top + 0.2)
        numbered_issue = re.search(r"ประเด็นที่\s*\d+|\bissue\s*(?:number\s*|no\.?\s*)?\d+", low)
        # nothing else is asked about it ("ประเด็นที่ 9 คือเรื่องอะไร", not "ประเด็นที่ 3) ควรจัดทำอะไร")
        bare = not [
            t for t in f.content
            if not re.fullmatch(r"[\d.)]+|ประเด็น|issue|number|no|ระเบียบ|ล่าสุด|ปัจจุบัน|ตอนนี้|เข้ามา|เข้า|มา|หลัก", t)
            and not RESOLUTION_WORDS.search(t) and not CHANGE_WORDS.fullmatch(t) and not LEAD_WORDS.search(t)
        ]  # fmt: skip  # "ประเด็นที่ 7 ที่เพิ่มมาในระเบียบ": where it came from says nothing else about it
        asks_it = (
            DEFINE_WORDS.search(low)
            or f.yesno
            or f.who
            or re.search(r"เรื่อง\s*(?:อะไร|ไร|ไหน)|what is it about", low)
            or re.search(r"(?:ล่ะ|ละ|หล่ะ)\s*[?？]*\s*$", low)  # "ส่วนประเด็นที่ 6 ล่ะ": as the last turn asked
        )  # what it is ("คือเรื่องอะไร"), whether it stands, who has it
        if numbered_issue and bare and asks_it and not (role or holder or agency):
            allowed["lead_of"] = max(allowed.get("lead_of", 0.0), top + 0.08)  # "ประเด็นที่ 9 คือเรื่องอะไร"
        still_listed = re.search(r"ยังอยู่|ยังมี|ยังเป็นประเด็น|ถูกยกเลิก|ตัดออก|\bstill\b|removed|cancel", low)
        if (
            f.yesno
            and still_listed
            and re.search(r"ประเด็น|\bissues?\b", low)
            and not (role or holder or agency)
        ):
            # "ประเด็นไซเบอร์ยังอยู่ในรายการไหม": whether the issue stands, which its lead's record says
            allowed["lead_of"] = max(allowed.get("lead_of", 0.0), top + 0.06)
        if (
            (LOCATE_WORDS.search(f.text) or LOCATE_CLAIM.search(f.text))
            and not holder
            and not (agency and asks_lead)
        ):
            allow("locate", 0.25)  # "BYOD อยู่ข้อไหน": the section, whatever the topic
        counts = (
            QUANTITY_WORDS.search(low)
            and not f.when
            and not MEETING_WORDS.search(low)
            and not LOCATE_WORDS.search(low)
        )
        how_many_issues = re.search(r"กี่\s*(?:ประเด็น|ข้อ|เรื่อง)|how many (?:issues|items|areas)", low)
        issues_counted = re.search(r"กี่\s*ประเด็น|how many issues", low) or (
            "ประเด็น" in low and re.search(r"กี่\s*ข้อ", low) and asks_lead
        )  # "ประเด็นที่ให้หน่วยงานเป็นเจ้าภาพ มีกี่ข้อ แต่ละข้อใครรับผิดชอบ"
        if counts and not role and not agency and issues_counted:
            allow("lead_table", 0.2)  # "มีทั้งหมดกี่ประเด็น": the issues in force, counted
        elif counts and agency and not role and how_many_issues and (asks_lead or "ตาราง" in low):
            allow("issues_of", 0.2)  # "สพร. เป็นเจ้าภาพกี่ประเด็น": its issues, counted
        elif DEFINE_WORDS.search(low) or PURPOSE_WORDS.search(low) or counts:
            allowed["passage"] = top + 0.05
        if re.search(r"รักษาการ|who (?:administers|enforces|is in charge of enforcing)", low) and not role:
            allowed["passage"] = top + 0.1  # "ผู้รักษาการตามระเบียบ": the clause that names who, in its words
        body_named = THING_NAMED.search(low)
        if body_named and NEW_BODY.search(low) and not role and not holder:
            # "คณะทำงานที่ตั้งขึ้นใหม่ตามมติปี 68 ชื่ออะไร": the bodies a resolution set up
            allowed["changes"] = max(allowed.get("changes", 0.0), top + 0.1)
        issued = re.search(
            r"ออก(?:มา)?(?:เมื่อ|ปี|วัน|ตอน)?|มีมติ(?:เมื่อ|ปี|วัน)|ลงวันที่|issued|dated|passed|adopted", low
        )
        if (
            f.yesno
            and (f.date or f.year or f.month)
            and issued
            and RESOLUTION_WORDS.search(low)
            and not (role or holder or agency)
        ):
            # "มติทบทวน GCIO นี่ออกปี 2564 ใช่มั้ย": a claim about when the resolution was made
            allowed["doc_date"] = max(allowed.get("doc_date", 0.0), top + 0.2)
        if (
            f.committees
            and f.committee_named
            and not role
            and not holder
            and not agency
            and not f.yesno
            and not self._beside_committee(f)
            and re.search(
                r"(?:เปลี่ยน(?:ไป|แปลง)?|ปรับ(?:ปรุง)?(?:ไป)?)\S{0,6}\s*(?:อะไร|ไร|บ้าง)|แก้(?:ไข)?(?:ไป)?\s*(?:อะไร|ไร)"
                r"|อะไร\S{0,8}(?:เปลี่ยน|ปรับ|แก้)|what .{0,40}chang|list .{0,30}chang"
                r"|ต่างกัน|แตกต่าง|ต่างจาก|\bdiffer",
                low,
            )
        ):
            # "คณะกรรมการ GCIO มีอะไรเปลี่ยนไปบ้างจากมติเดิม": its seats that changed, each with what it was
            allowed["changes"] = max(allowed.get("changes", 0.0), top + 0.1)
            f.committee_changes = True
        if (role or f.committees) and not holder and not f.yesno and not f.when and asks_members_changed(low):
            # "มติ 22 ส.ค. 66 เพิ่มใครเป็นกรรมการ GCIO", "which members were removed": who joined or left
            allowed["changes"] = max(allowed.get("changes", 0.0), top + 0.15)
            f.members_changed = True
        if not WHICH_RESOLUTION.search(low) and not role and not holder:
            # "New Normal" is a name, not "new"; a change asked about in words of its own ("มติให้ปรับการทำงานและ
            # ให้บริการประชาชน...ระดับไหน") is about those words, not the resolution's list of changes
            changing = CHANGE_WORDS.search(re.sub(r"new\s*normal|วิถี(?:ชีวิต)?ใหม่", " ", low))
            own_words = [
                t for t in f.content if not CHANGE_WORDS.search(t) and not RESOLUTION_WORDS.search(t)
            ]
            if f.date is not None:
                allow("changes", 0.04 if changing else -0.05)
            elif (
                changing
                and RESOLUTION_WORDS.search(low)
                and not re.search(r"ตัวอย่าง|example", low)
                and len(own_words) <= 2
            ):
                allow("changes", 0.0)
        if _ROLE_ADDED.search(f.text) and not (role or holder):
            allowed.pop(
                "changes", None
            )  # "มติ 29 ก.ย. 63 เพิ่มบทบาทอะไรให้ GCIO": the role added, said in its clause
        return allowed


# who joined or left a committee ("เพิ่มใครเป็นกรรมการ", "เอาใครออก", "which members were removed")
JOINED = re.compile(r"เพิ่ม|(?:เข้า)?มาใหม่|\badd|\bjoin|\bnew members?", re.I)
LEFT = re.compile(
    r"ตัด\S{0,30}ออก|เอา\S{0,30}ออก|ออกจาก|หลุด|พ้น|ไม่ได้เป็น\S{0,20}แล้ว|remov|dropp|\bleft\b|no longer", re.I
)
MEMBER_WORDS = re.compile(
    r"(?<!คณะ)(?<!คณะอนุ)(?<!ประธาน)(?<!ผู้)(?<!เลขา)กรรมการ(?!และ)|\bmembers?\b|\bmembership\b"
)


def asks_members_changed(text: str) -> bool:
    """ "เพิ่มใครเป็นกรรมการ", "เอาใครออกจากกรรมการ", "which members were added": who joined or left."""
    return bool(MEMBER_WORDS.search(text) and (JOINED.search(text) or LEFT.search(text)))


LEAD_WORDS = re.compile(
    r"รับผิดชอบ|เจ้าภาพ|ดูแล|ผู้ดำเนินการ|หน่วยงานหลัก|ขับเคลื่อนหลัก|คุมเรื่อง|responsib|in charge|\blead|handle|owner|\bruns?\b",
    re.I,
)
REQUEST = re.compile(r"(?:ขอ|ช่วย|รบกวน|can you|could you|would you|can i (?:get|have|see)|could i)", re.I)
PROPOSE_WORDS = re.compile(
    # "ก่อนเสนอ ครม. ไปหารือกับใคร": a time before the proposal, not who made it
    r"(?<!ก่อน)(?<!ก่อนจะ)(?<!ก่อนที่จะ)(?<!หลัง)(?<!หลังจาก)เสนอ(?!\S{0,8}(?:ให้|ต่อ|ไปที่|ไปยัง)\s*(?:ใคร|ที่ไหน|หน่วยงานไหน))(?!ใคร)|รายงาน(?!\S{0,8}(?:ให้|ต่อ)\s*ใคร)"
    r"|propos|submit(?!\S*\s+to\s+wh)|brought|report(?!\S*\s+to\s+wh)",
    re.I,
)
SIGN_WORDS = re.compile(r"ลงนาม|ลงชื่อ|(?<!e-)(?<!e - )(?<!e )(?<!digital )(?<!electronic )sign", re.I)
AMEND_WORDS = re.compile(
    r"แก้ไข|ทบทวน|ปรับปรุง|แก้|ยกเลิก|สืบเนื่อง|amend|revis|replace|supersed|change|follow(?:s|ed|ing)?[ -]up", re.I
)
_ROLE_ADDED = re.compile(
    r"บทบาท\S{0,3}\s*(?:ใหม่|ที่\s*(?:ครม\.?\s*)?(?:ได้)?เพิ่ม|เพิ่ม)|เพิ่ม(?:เติม)?\s*บทบาท|\b(?:new|added|additional)\s+roles?\b|\broles?\s+(?:was|were|has been|have been)?\s*added",
    re.I,
)
# words for the kind of thing asked ("บทบาท"): topic words where texts use them, never an unknown topic
_ASKED_KINDS = re.compile(r"(?:มี|ได้)?บทบาท")
# "What new work arrangement...", "what kind of...": a word for a kind of thing, which names no topic of its own
_KIND_OF = re.compile(
    r"arrangements?|kinds?|types?|sorts?|things?|options?|ways?|forms?|modes?|models?|styles?"
)
_APPROVING = re.compile(r"(?:เห็นชอบ|อนุมัติ|approv\w*|endors\w*|adopt\w*|pass(?:ed)?)", re.I)
RESOLUTION_WORDS = re.compile(r"มติ|ครม|คณะรัฐมนตรี|ฉบับ|resolution|cabinet|decision|ประกาศ|คำสั่ง", re.I)
THING_NAMED = re.compile(
    r"(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน|หลักสูตร|ประเด็น|ระบบ|มาตรการ|แนวทาง|โครงการ|หน่วยงาน|มติ|แอป)\S*(?:\s+\S+){0,6}\s*ชื่อ"
    r"|name of (?:the |this |that |a )?(?:new )?(?:committee|sub-?committee|working group|course|body|system|guideline|agency)"
    r"|(?:committee|sub-?committee|working group|course|body)\W.{0,40}\bcalled\b",
    re.I,
)
NEW_BODY = re.compile(
    r"(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน|อนุกรรมการ)\S*\s*(?:\S+\s*){0,2}(?:ที่)?(?:ตั้ง|จัดตั้ง|แต่งตั้ง|เกิด)?(?:ขึ้น)?ใหม่"
    r"|(?:ตั้ง|จัดตั้ง)(?:ขึ้น)?(?:ใหม่)?\s*(?:ตาม|ใน|โดย)|\bnew\s+(?:sub-?committee|working\s+group|task\s*force|body)"
    r"|(?:sub-?committee|working\s+group|task\s*force)\s+(?:was\s+|is\s+)?(?:set\s+up|established|created|formed)",
    re.I,
)
PERSON_WORDS = re.compile(
    r"ประธาน|เลขาธิการ|ผู้อำนวยการ|ผอ\.|รัฐมนตรี|รมว|ปลัด|ผู้ว่า|นายก|อธิบดี|หัวหน้า|ผู้แทน|\bwho\b|person|minister"
    r"|director|secretary|chair",
    re.I,
)
# "ถ้อยคำเดิมเขียนว่าอะไร", "what was the exact wording": the text's own words are asked, not a fact read from them
WORDING = re.compile(r"ถ้อยคำ|เขียน(?:ไว้)?ว่า|ข้อความ|wording|worded|exact words|word for word", re.I)
# a circular that conveys a resolution: its own reference and the day it was sent
LETTER_WORDS = re.compile(
    r"หนังสือ(?:เวียน|แจ้ง|ที่แจ้ง|ของ\s*สลค)|บันทึก(?:ข้อความ)?(?:นี้|ฉบับนี้)|circular|(?<!a )\bletter\b|\bmemo\b", re.I
)
REFERENCE_WORDS = re.compile(r"เลขที่|เลขหนังสือ|ที่\s*นร|reference|\bref\b|number", re.I)
MEETING_WORDS = re.compile(r"ประชุม(?!ออนไลน์)|หารือ|ครั้งที่\s*\d|(?<!e-)(?<!e - )(?<!e )meeting|consult", re.I)
PERSON = re.compile(
    r"คนปัจจุบัน|ท่านปัจจุบัน|^(?:ผอ|ผู้อำนวยการ|เลขาธิการ|อธิบดี|ปลัด|รัฐมนตรี|รมว|ผู้ว่า|นายก|ประธาน)\S*.{0,30}คือใคร"
    r"|who is the current (?:director|minister|secretary|governor|head)",
    re.I,
)
WHICH_MEETING = re.compile(
    r"(?:ครั้ง|วาระ)(?:ที่)?\s*(?:ไหน|ใด|เท่าไ)|(?:ผ่าน|ใน|จาก)(?:ที่|การ)?ประชุม\s*(?:ไหน|ใด)|which\b(?!\s+(?:agenc|bod|organi[sz]|ministr|office|people|members?|participants?)).{0,30}\bmeeting"
    r"|meeting number|agenda item",
    re.I,
)
# "มีผลใช้บังคับเมื่อไร", "when does it take effect": the day it takes effect, not the day it was decided
# "ตั้งแต่เมื่อไหร่", "เริ่มเป็นเลขาฯ เมื่อไร", "since when": when a holder began in a seat
SINCE = re.compile(
    r"ตั้งแต่\s*(?:วัน|เมื่อ|ตอน|ปี|ช่วง)|เริ่ม\S{0,40}?(?:เมื่อ|วัน(?:ไหน|ที่)|ตอนไหน|ปีไหน)"
    r"|since when|from when|starting when|when did .{0,60}\b(?:start|begin|become|take over)",
    re.I,
)
# the cabinet named as who decided, not as where a matter went next ("ก่อนเข้า ครม.", "before it went to cabinet")
_ON_THE_WAY = re.compile(
    r"(?:ก่อน|หลัง)(?:จะ|ที่จะ)?\s*(?:เข้า|เสนอ|ถึง|ส่ง|ไป)(?:ที่|ยัง)?\s*(?:ครม|คณะรัฐมนตรี)|before (?:it )?(?:went|going|goes) to (?:the )?cabinet",
    re.I,
)


def names_cabinet(text: str) -> bool:
    return bool(re.search(r"ครม|คณะรัฐมนตรี|cabinet", _ON_THE_WAY.sub(" ", text), re.I))


IN_FORCE_WORDS = re.compile(r"มีผล|ใช้บังคับ|บังคับใช้|เริ่มใช้|effective|take effect|in force|come into force", re.I)
DATE_SPAN = re.compile(
    r"\d{1,2}\s*(?:[ก-ฮ]{1,2}\.[ก-ฮ]{1,2}\.|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน"
    r"|ตุลาคม|พฤศจิกายน|ธันวาคม)\s*(?:พ\.ศ\.\s*)?\d{2,4}"
    r"|(?:[ก-ฮ]{1,2}\.[ก-ฮ]{1,2}\.)\s*\d{2}(?!\d)"
)
_MONTHS_ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
_MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month_year(text: str) -> tuple[int, int] | None:
    """ "มติ ก.ย. 67", "the September 2024 resolution": a month and a year without a day."""
    m = re.search(r"(" + "|".join(map(re.escape, _MONTHS_ABBR)) + r")\s*(\d{2,4})(?!\d)", text)
    if m:
        year = int(m.group(2))
        year = year + 2500 if year < 100 else year
        return (year - 543 if year > 2400 else year, _MONTHS_ABBR.index(m.group(1)) + 1)
    m = re.search(r"\b(" + "|".join(_MONTHS_EN) + r")[a-z]*\.?\s+(\d{4})\b", text.lower())
    if m:
        return (int(m.group(2)), _MONTHS_EN.index(m.group(1)) + 1)
    return None


# "ขอครบทั้ง 3 ตำแหน่ง", "all the positions": every seat of a body
ALL_SEATS = re.compile(
    r"(?:ครบ\s*(?:ทั้ง|ทุก)?|ทั้ง|ทุก)\s*(?:\d+|สอง|สาม|สี่|ห้า)?\s*(?:ตำแหน่ง|ที่นั่ง)"
    r"|\ball\s+(?:\d+\s+|three\s+|the\s+)?(?:positions|roles|seats)",
    re.I,
)
COMPOSITION_WORDS = re.compile(
    r"องค์ประกอบ|ประกอบด้วย|มีใคร|ใครบ้าง|รายชื่อ|(?:list|ลิสต์|ลิส)\s*ตำแหน่ง|(?:ตำแหน่ง|ที่นั่ง).{0,40}?(?:อะไร|ไหน)?บ้าง"
    r"|(?:มี)?ผู้แทน(?:จาก)?\s*(?:หน่วยงาน|หน่วย|กระทรวง)?\s*(?:ไหน|ใด|อะไร)|which agencies (?:are|sit|have)"
    rf"|{ALL_SEATS.pattern}"
    r"|members?|composition|made up|make up|sits? on|who (?:is|are) on|(?:seats|positions) (?:in|on|of)",
    re.I,
)
BODY_APPROVED = re.compile(
    r"(?:อ\.?ก\.?พ|อนุกรรมการ|อนุฯ|คณะทำงาน|sub-?committee|working group|คณะกรรมการ\S*)\S*.{0,30}?"
    r"(?:เห็นชอบ|อนุมัติ|มีมติ|approv|decid|endors|agree)",
    re.I,
)
WHICH_RESOLUTION = re.compile(
    r"(?:มติ|ฉบับ|ประกาศ|คำสั่ง).{0,12}?(?:ไหน|ใด|อะไร|วันที่\s*เท่าไ|ลงวันที่)|which\b.{0,25}\b(?:resolution|decision|one|document)"
    r"|what (?:resolution|decision)",
    re.I,
)
QUANTITY_WORDS = re.compile(r"(?<!เ)กี่(?!ยว)|เท่าไร|เท่าไหร่|how many|how much|how long", re.I)
CHANGE_WORDS = re.compile(r"เปลี่ยน|เพิ่ม|แก้ไข|ปรับ|ใหม่|ยกเลิก|change|add|new|amend|revis", re.I)
# "อยู่ข้อไหน", "ข้อที่เท่าไร", "where is X mentioned": where in the resolution, not what it says
LOCATE_WORDS = re.compile(
    r"(?:อยู่|พูดถึง|กล่าวถึง|ระบุ|เขียน|อ้างอิง|อิง|มาจาก)(?:ไว้|อยู่|จาก)?\s*(?:ใน|ที่)?\s*(?:ข้อ|ส่วน|หัวข้อ|ตรง)\s*(?:ไหน|ใด|ที่เท่าไ\S*)"
    r"|(?:ข้อ|ประเด็น)(?:ที่)?\s*เท่าไ\S*(?:ของ\s*[\d.]+)?|(?:อยู่|พูดถึง)\s*ตรงไหน|(?:in\s+)?which\s+(?:section|clause|part|item)"
    r"|where\s+(?:in\s+the\s+resolution\s+)?(?:is|are|does)\b.{0,60}?\b(?:mentioned|covered|discussed|say)"
    r"|^where\s+is\b|ถูกพูดถึงในข้อ\S*",
    re.I,
)
# "อันนี้อยู่ข้อ 2.2 ใช่ไหม", "is that under 2.2?": where the last answer's clause is, claimed
LOCATE_CLAIM = re.compile(
    r"(?:อยู่|มาจาก)\s*(?:ใน|ที่)?\s*(?:ข้อ|หัวข้อ|ส่วน)\s*(?:ที่\s*)?(\d+(?:\.\d+)*)\D{0,12}(?:ใช่|ป่ะ|ปะ|ป่าว|หรือเปล่า|รึเปล่า|เหรอ|หรอ|มั้ย|ไหม)"
    r"|\b(?:is|was|isn't|wasn't) (?:that|this|it) (?:under|in|from|part of) (?:section |clause |item |point )?(\d+(?:\.\d+)*)",
    re.I,
)
_PROPOSER_NAMED = re.compile(
    r"(?:คน|ผู้|หน่วยงาน(?:ที่)?|ใคร(?:เป็น(?:คน|ผู้))?)เสนอ(?:เรื่อง)?|เสนอเรื่อง\S{0,6}(?:เข้า|ต่อ)|(?:proposed|submitted) by|who (?:proposed|submitted)|the proposer",
    re.I,
)
DEFINE_WORDS = re.compile(
    r"คืออะไร|คือ อะไร|หมายถึง|หมายความว่า|ย่อมาจาก|ชื่อเต็ม|what is|what's|meaning|stand for|stands for"
    r"|spell(?:ed)? (?:it )?out|full (?:name|form)|short for",
    re.I,
)
PURPOSE_WORDS = re.compile(
    r"เพื่อ(?:อะ)?ไร|วัตถุประสงค์|จุดประสงค์|เป้าหมาย|ทำไม|\bwhy\b|purpose|objective|\baim|\bgoals?\b"
    r"|\bthe\s+point\s+of\b",
    re.I,
)


def _foreign_names() -> tuple[list[str], list[str]]:
    """Other countries' names, in Thai (pythainlp) and English (pycountry): "CIO ของสิงคโปร์",
    "the US federal CIO" are about no resolution here."""
    thai: list[str] = []
    english: list[str] = []
    try:
        from pythainlp.corpus import countries

        thai = sorted({squash(c) for c in countries() if len(c) >= 3 and c != "ไทย"}, key=len, reverse=True)
    except Exception:  # the corpora are optional: without them, unknown words still guard
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name and c.alpha_2 != "TH":
                    english.append(name.split(",")[0].lower())
        english += ["us", "usa", "uk", "america", "american", "british", "singaporean", "malaysian", "japanese",
                    "korean", "chinese", "european", "eu"]  # fmt: skip
    except Exception:
        pass
    return thai, sorted(set(english), key=len, reverse=True)
