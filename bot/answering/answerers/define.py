"""What a name stands for: "สพร ย่อมาจาก?", "คพร. คือใคร", "ชื่อเต็มของ อ.ก.พ.", "what does PCIO stand for".

The full names come from the glossary, which also holds every "ชื่อเต็ม (ตัวย่อ)" the texts define for
themselves (knowledge/abbreviations.py). The answer quotes where the text names it, with the words
around it, since "คพร. คือใคร" usually also means "what has it to do with this".
It comes before the answerers of roles and leads: an agency asked about by its short name alone
("คพร. คือใคร เกี่ยวกับมตินี้ยังไง") asks what it is, not which issues it leads.
"""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary

ASKS_MEANING = re.compile(
    r"คือ\s?\S{0,10}(?:อะไร|ใคร)|หมายถึง|หมายความว่า|ย่อ(?:มา)?จาก|ชื่อเต็ม|ตัวเต็ม|เต็มๆ|full name|"
    r"what is|what's|who is|who's|meaning|stand for|stands for|spell(?:ed)? (?:it )?out|full form|short for",
    re.I,
)
WHO = re.compile(r"คือใคร|who is|who's", re.I)
BODY = re.compile(
    r"สำนักงาน|สำนัก|กระทรวง|กรม|คณะ|สถาบัน|ศูนย์|องค์การ|กอง|หน่วยงาน|Office|Ministry|Agency|Department|Committee|Bureau"
)
RELATES = re.compile(r"เกี่ยว|relat|involv|concern", re.I)  # "คพร. คือใคร เกี่ยวข้องกับมตินี้ยังไง"
_AROUND_BEFORE = 140  # characters of the text shown before the name, and after it
_AROUND_AFTER = 110


def is_name(key: str) -> bool:
    """A glossary key that names something: an acronym, a Thai abbreviation, a capitalised name;
    not a common English word the glossary also translates ("work", "government")."""
    return bool(re.search(r"[A-Z]|\.|[\u0e01-\u0e5b]", key))


def asked_of(typed: str, text: str) -> bool:
    """The meaning is asked of the name as typed: "X คืออะไร", "X ย่อมาจาก", "ชื่อเต็มของ X", "what does X stand for"."""
    k = re.escape(typed)
    return bool(
        re.search(
            rf"{k}\W{{0,3}}(?:\S{{0,12}}\s*)?(?:คือ|ย่อ|หมายถึง|หมายความ|ชื่อเต็ม|ตัวเต็ม|เต็ม|stands?\s+for|mean|full\s+(?:name|form))",
            text,
            re.I,
        )
        or re.search(
            rf"(?:ชื่อเต็ม|ตัวเต็ม)\S{{0,6}}\s*{k}|full\s+(?:name|form)\s+(?:of\s+)?(?:the\s+)?{k}", text, re.I
        )
        or re.search(
            rf"(?:what\s+(?:is|are|does|do)|what's|meaning\s+of)\s+(?:the\s+|an?\s+)?{k}", text, re.I
        )
    )


def names_asked(frame: Frame, kb: KB) -> list[tuple[str, str]]:
    """(glossary key, as typed) for each name whose meaning the question asks."""
    return [
        (key, frame.text[start:end])
        for key, start, end in kb.glossary.find(frame.text)
        if is_name(key)
        and asked_of(frame.text[start:end], frame.text)
        and not re.search(r"(?:ประเด็น|ข้อ)(?:ที่)?\s*\d", frame.text[:start])  # "ประเด็นที่ 7 ...ในระเบียบคือ..."
        # "บทบาทที่เพิ่มให้ GCIO คืออะไร": what was given to it, not what the name means
        and not re.search(
            r"(?:\S(?:ให้|แก่|สำหรับ)|(?<!ชื่อเต็ม)(?<!ตัวเต็ม)(?<!ความหมาย)(?<!ชื่อ)ของ)\s*$", frame.text[:start]
        )
    ]


def bare_term(frame: Frame, kb: KB, extra: int = 0) -> bool:
    """ "BYOD คืออะไร" asks for a definition; "หน้าที่ของ GCIO คืออะไร" asks for a clause, and
    "I work at ... What's our role" names no term at all ("work" is a word, not a name).
    `extra`: how many other topic words may stand beside the name ("how it relates" never counts)."""
    keys = [key for key, _ in names_asked(frame, kb)]
    terms = {
        t for key in keys for name in [key, *kb.glossary.terms.get(key, [])] for t in kb.thai.tokens(name)
    }
    others = {t for t in frame.content if t not in terms and not RELATES.match(t)}
    return bool(terms) and len(others) <= extra


class Define:
    name = "define"

    def applies(self, frame: Frame) -> bool:
        return bool(ASKS_MEANING.search(frame.text)) and not frame.roles and not frame.yesno

    def __init__(self, extra: int = 0) -> None:
        self.extra = extra  # first in the table only a bare name; as a fallback, one other word may stand

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        if not bare_term(frame, kb, self.extra):
            return None
        if WHO.search(frame.text) and not any(
            BODY.match(name) for key, _ in names_asked(frame, kb) for name in kb.glossary.terms.get(key, [])
        ):
            return None  # "นายกฯ คือใคร" asks for a person; "คพร. คือใคร" for what the body is
        if self.extra and not re.search(
            r"คือ\s?\S{0,10}อะไร|หมายถึง|หมายความว่า|ย่อ(?:มา)?จาก|ชื่อเต็ม|what is|what's|"
            r"meaning|stands? for",
            frame.text,
            re.I,
        ):
            return None  # beside another topic word, only a plain "what does it mean" asks for the meaning
        # "PCIO กับ GCIO ย่อมาจากอะไร": every name in a question that asks what names mean
        keys = list(dict.fromkeys(key for key, _, _ in kb.glossary.find(frame.text) if is_name(key)))[:3]
        lines, cite = [], []
        for key in keys:
            names = kb.glossary.terms.get(key, [])
            # "GCIO" is also "Government Chief Information Officer": English names of the same thing
            english = [k for k, v in kb.glossary.terms.items() if v[:1] == names[:1] and k != key
                       and re.fullmatch(r"[A-Za-z][A-Za-z ()-]{8,}", k)]  # fmt: skip
            full = " / ".join(dict.fromkeys([*names, *english]))
            line = f"{key} = {full}" if full else key
            quoted = self.where_said(frame, kb, [key, *names]) if len(keys) == 1 else None
            if quoted is not None:
                line += f" — ในมติ: {quoted[0]}"
                cite.append(quoted[1])
            lines.append(line)
        if len(keys) > 1:  # "MCIO กับ DCIO คือระดับอะไร": where the text names them together
            together = self.where_said(frame, kb, keys, every=True)
            if together is not None:
                lines.append(f"ในมติ: {together[0]}")
                cite.append(together[1])
        if not lines:
            return None
        return Draft(kind="fact", lines=["\n".join(lines)], cite=cite or [], confidence=0.8)

    @staticmethod
    def where_said(frame: Frame, kb: KB, forms: list[str], every: bool = False) -> tuple[str, str] | None:
        """The words around the first mention, in the clause that matches the question best
        (`every`: a clause that names every one of the forms)."""
        lowered = [f.lower() for f in forms if len(f) >= 2]
        named = all if every else any

        def mentions(c) -> bool:
            said = (c.text + " " + (c.detail or "")).lower()
            return c.status != "superseded" and named(f in said for f in lowered)

        hits = kb.search(frame.text, k=3, keep=mentions)
        if not hits:
            return None
        clause = hits[0].clause
        text = re.sub(r"\s+", " ", clause.text + (f" — {clause.detail}" if clause.detail else ""))
        low = text.lower()
        pos = min(p for p in (low.find(f) for f in lowered) if p >= 0)
        start = text.rfind(" ", 0, max(0, pos - _AROUND_BEFORE)) + 1 if pos > _AROUND_BEFORE else 0
        close = text.find(")", pos)
        end = close + 1 if 0 <= close - pos < 80 else pos
        stop = text.find(" ", end + _AROUND_AFTER)
        span = text[start : stop if stop > 0 else len(text)].strip()
        return (("…" if start else "") + cut(span, 300), clause.uid)


# "GCIO ระดับกรมเรียกย่อว่าอะไร", "ชื่อย่อของ...", "what is the abbreviation for...": the short name, not the full one
ASKS_SHORT = re.compile(
    r"(?:เรียก)?(?:ชื่อ|ตัว)?ย่อ(?!มา|จาก)(?:ว่า)?\s*(?:อะไร|ไร|ยังไง)|(?:ชื่อ|ตัว)ย่อ(?:ของ)?|abbreviat|acronym|short (?:name|form)",
    re.I,
)
_DEFINED = re.compile(
    r"(?P<before>[^()\n]{2,60}?)\s*\((?P<short>[A-Z][A-Za-z]{1,9}|[ก-ฮ]{1,4}(?:\.[ก-ฮ]{1,4})*\.?)\)"
)


def short_name_asked(frame: Frame, kb: KB) -> Draft | None:
    """The short name a text gives in brackets after the words the question uses ("ระดับกรม (DCIO)")."""
    if not ASKS_SHORT.search(frame.text):
        return None
    words = [t for t in frame.content if len(t) >= 2 and not re.fullmatch(r"ย่อ|ชื่อ|เรียก|ตัวย่อ|ชื่อย่อ", t)]
    if not words:
        return None
    best, best_score = None, 0
    for c in kb.clauses:
        if c.status != "current":
            continue
        for m in _DEFINED.finditer(f"{c.text}\n{c.detail or ''}"):  # a row's cell may hold it
            near = m.group("before").lower().rstrip()
            tail = near[-14:]  # the words right before the bracket name what it abbreviates
            score = sum(1 for t in words if t in near) + 3 * sum(1 for t in words if t in tail)
            if score > best_score:
                best, best_score = (c, m), score
    if best is None or best_score < 2:
        return None
    c, m = best
    said = f"{m.group('before').strip()} ({m.group('short')})"
    return Draft(kind="fact", lines=[f"{m.group('short')} — {cut(said, 200)}"], cite=[c.uid], confidence=0.8)
