"""Follow-up questions: a turn that leaves out what the conversation is about takes it from the
previous answered turn ("ใครเป็นประธาน PCIO" → "แล้วเลขานุการล่ะ"); a self-contained one starts afresh."""

from __future__ import annotations

import re

from bot.answering.extract import SECTION_REF, outer_sections
from bot.answering.frame import (
    ALL_SEATS,
    CHANGE_WORDS,
    LEAD_WORDS,
    LOCATE_CLAIM,
    PURPOSE_WORDS,
    REST_ASKED,
    SINCE,
    WHICH_RESOLUTION,
    Frame,
)
from bot.answering.vocab import YESNO_WORDS
from bot.core.models import Context

ISSUE_NUMBER = re.compile(r"(?:ประเด็น|ข้อ|issue)\s*(?:ที่|no\.?)?\s*\d", re.I)

FOLLOWUP = re.compile(
    r"^(?:แล้ว|และ|ส่วน|ถ้า|กรณี|งั้น|อ้าว|what about|how about|and\b|then\b|also\b)"
    r"|(?:ล่ะ|หล่ะ|ละ|ล่า|ด้วย|บ้างล่ะ)\s*(?:ครับ|คะ|ค่ะ|คับ|จ้า)?\s*[?？]*\s*$|\?\s*$"
    r"|\b(?:it|its|them|they|their|those|these|that one|this one)\b|พวกนี้|เหล่านี้|อันนี้|อันนั้น|ตัวนี้|ดังกล่าว",
    re.I,
)
POINTS_BACK = re.compile(
    r"\b(?:into|about|for|of|on|to|with|in) (?:it|that|them|this one|that one)\b|\b(?:that|this) (?:change|rule|one|item|issue)\b"
    r"|ครั้งนั้น|อันนั้น|ข้อนั้น|เรื่องนั้น|ประเด็นนั้น|คนนั้น|หน่วย(?:งาน)?(?:นี้|นั้น)|ตรงนี้|ตรงนั้น|ดังกล่าว",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:it|its|their|them)\b|มัน|(?:ชุด|คณะ|อัน)นั้น", re.I)
# "and who's its secretary?", "ของมันใครเป็นเลขา": the body just talked about, by a pronoun
_ITS = re.compile(r"\b(?:its|their)\b|ของ(?:มัน|เขา|ที่นั่น|คณะนั้น|ชุดนั้น)", re.I)
# a turn that puts the last one right ("ไม่ใช่ๆ ผมหมายถึง ...", "no, I meant ...")
CORRECTS = re.compile(
    r"^(?:(?:อ๊ะ|อุ๊ย|โอ๊ะ|เอ่อ|อ่า|อ้า|oh|oops|ah|um)[\s,!.]*)?(?:ไม่ใช่|ไม่ๆ|เปล่า|no\b|nope|ขอโทษ|ขออภัย|sorry)\S*[\s,]*(?:ครับ|ค่ะ|คะ)?\s*(?:ผม|หนู|ดิฉัน|เรา|ฉัน|I)?\s*(?:หมายถึง|หมาย|meant|mean)|^(?:(?:อ๊ะ|อุ๊ย|โอ๊ะ|เอ่อ|อ่า|อ้า)\s*)?(?:ผม|หนู|ดิฉัน|เรา)?\s*หมายถึง|^(?:oh,?\s*)?I meant\b",
    re.I,
)
# a turn that doubts the last answer ("แน่ใจนะ?", "are you sure?", "จริงเหรอ")
CHALLENGES = re.compile(r"แน่ใจ|ชัวร์|จริงเหรอ|จริงหรอ|จริงหรือ|are you sure|you sure|really\?", re.I)
# "ถ้าผู้ว่าไม่ว่าง ให้คนอื่นเป็นแทนได้มั้ย": who may sit in the seat in the holder's place, as its text says
STANDS_IN = re.compile(
    r"ไม่ว่าง|ติดภารกิจ|ติดธุระ|มาไม่ได้|(?:เป็น|ทำ|นั่ง)แทน|ส่งคนแทน|ใครแทน|มอบ(?:หมาย)?(?:ให้)?\s*(?:ใคร|คนอื่น)"
    r"|\b(?:unavailable|stand in|deputi[sz]e|in (?:his|her|their) place)\b",
    re.I,
)
WHICH_BODY = re.compile(r"(?:ชุด|คณะ)\s*(?:ไหน|ใด)|which (?:committee|body|board|panel|sub-?committee)", re.I)
THAT_SEAT = re.compile(
    r"(?:หน้าที่|ตำแหน่ง|บทบาท|เก้าอี้)\s*(?:นี้|นั้น|ดังกล่าว|เดียวกัน)|\b(?:this|that|the same) (?:role|seat|position|post)\b",
    re.I,
)
BANGKOK = re.compile(r"กรุงเทพ|กทม|bangkok", re.I)
THAT_ONE = re.compile(r"ข้อนั้น|ข้อนี้|อันนั้น|เรื่องนั้น|ประเด็นนั้น|ตรงนี้|ตรงนั้น|that (?:one|item|clause|issue)", re.I)
OTHERS = re.compile(
    r"(?:ใคร|หน่วย\S{0,4}ไหน)\s*อีก|\b(?:who|which \w+) else\b|\bother (?:agenc|bod|unit)", re.I
)
OTHER_THAN = re.compile(r"นอกจาก|อื่น|อีก\s*(?:ไหม|มั้ย|บ้าง|ป่ะ|หรือเปล่า)|\belse\b|\bother\b|besides", re.I)
COUNTERPART = re.compile(
    r"เทียบเท่า|เทียบได้กับ|ตำแหน่งเดียวกัน|counterpart|equivalent|same (?:role|seat|position)", re.I
)
THEN = re.compile(r"back then|at that time|at the time|ตอนนั้น|สมัยนั้น|ช่วงนั้น|ตอนนู้น|ในตอนนั้น", re.I)
NOW = re.compile(r"ตอนนี้|ปัจจุบัน|ล่าสุด|\bnow\b|currently|today", re.I)
ROLE_INTENTS = ("who_holds", "history", "yes_no", "holder_roles", "composition")


def snapshot(frame: Frame, doc_id: str | None, clause: str | None = None) -> Context:
    return Context(
        intent=frame.intent,
        role=frame.role,
        roles=list(frame.roles),
        committee=frame.committee,
        committees=list(frame.committees),
        holders=[h for h, _ in frame.holders],
        agencies=list(frame.agencies),
        bangkok=frame.bangkok,
        history=frame.history,
        english=frame.english,
        doc_id=doc_id,
        section=_dotted(frame.text) or frame.section_context,
        clause=clause,
        question=frame.raw[:200],
    )


def _dotted(text: str) -> str | None:
    refs = outer_sections(text)
    return refs[0] if refs else None


NEW_TOPIC = re.compile(
    r"^\s*(?:different|another|new|separate|unrelated) question|^\s*(?:on )?(?:a )?(?:different|another|new) (?:topic|subject)"
    r"|ถามเรื่องอื่น|เปลี่ยนเรื่อง|อีกเรื่องนึง|อีกเรื่องหนึ่ง|คำถามใหม่|ขอถามอีกเรื่อง|อีกคำถาม",
    re.I,
)


def is_followup(frame: Frame) -> bool:
    """It leans on the turn before: a follow-up marker, or too little of its own to stand alone."""
    if NEW_TOPIC.search(frame.text):
        return False  # "Different question: ...", "เปลี่ยนเรื่องนะ": it says itself that it stands alone
    own = bool(frame.role) + bool(frame.committees) + bool(frame.holders) + bool(frame.agencies)
    if frame.role and frame.committees and (frame.committee_named or not _ITS.search(frame.text)):
        return False  # "ใครเป็นเลขานุการ PCIO": self-contained (not "and who's its secretary?")
    if frame.role and not frame.other_bodies and not frame.holders:
        return True  # "ประธานให้รองผู้ว่าทำแทนได้ป่าว": a seat, in the body the conversation is about
    if CORRECTS.search(frame.text.strip()) or CHALLENGES.search(frame.text):
        return True  # "ไม่ใช่ ผมหมายถึง GCIO ระดับชาติ", "แน่ใจนะ? ไม่ใช่รองนายกเหรอ": about the last answer
    if POINTS_BACK.search(frame.text):
        return (
            True  # "which decision brought Bangkok into it?": however much it says, "it" is the last turn's
        )
    if len([t for t in frame.content if t not in ("pcio", "gcio")]) >= 4 and own:
        return False
    return bool(FOLLOWUP.search(frame.text.strip())) or (own <= 1 and len(_topic(frame)) <= 2)


def doubts_last(frame: Frame, ctx: Context) -> bool:
    """ "แน่ใจนะ ไม่ใช่มติปี 62 ใช่ไหม", "are you sure?": the last answer doubted without naming another
    holder, agency or seat, so the last question is answered again (one naming a holder is a yes/no)."""
    if not ctx.question or CHALLENGES.search(ctx.question) or not CHALLENGES.search(frame.text):
        return False
    if (frame.holders or frame.agencies or frame.role or frame.committees) and not _said_before(frame, ctx):
        return False  # "แน่ใจนะ? ไม่ใช่รองนายกเหรอ": another holder, a claim of its own
    if re.search(r"ไหน|อะไร|เท่า(?:ไร|ไหร่)|กี่|\b(?:which|what|when)\b", CHALLENGES.sub(" ", frame.text), re.I):
        return False  # "แน่ใจนะ เปลี่ยนตามมติไหน": a question of its own, asked of the last answer
    # "e-Edutainment อยู่ในรายการจริงเหรอ" names a thing of its own: a claim, not a doubt
    return not re.search(r"\b[eE]\s*-\s*[A-Za-z]+|\b[A-Z][A-Za-z]{2,}", CHALLENGES.sub(" ", frame.text))


def _said_before(frame: Frame, ctx: Context) -> bool:
    """Everything the doubt names, the last question named too ("แน่ใจนะ ผมจำได้ว่าเป็นรองประธาน" after
    "จริงไหมที่ รมว. เป็นรองประธาน"): the same claim made again."""
    return (
        (not frame.role or frame.role == ctx.role or frame.role in ctx.roles)
        and all(h in ctx.holders for h, _ in frame.holders)
        and all(a in ctx.agencies for a in frame.agencies)
        and all(c in ctx.committees for c in frame.committees)
    )


def _topic(frame: Frame) -> list[str]:
    """The content words that name something: "ใช่ปะ" asks, it names nothing."""
    return [t for t in frame.content if not YESNO_WORDS.fullmatch(t)]


def merge(frame: Frame, ctx: Context) -> Frame:
    """Fill what the follow-up leaves out from the conversation; what it says itself wins."""
    if frame.committees and not frame.committee_named and ctx.committees and _PRONOUN.search(frame.text):
        # "and who leads it?": a body the words alone suggest is no body the turn names; the talk's is meant
        frame.committees, frame.committee = [], None
    own = bool(frame.role or frame.holders or frame.agencies or frame.committees)  # before any is taken
    own_role = frame.role
    asks_doc = WHICH_RESOLUTION.search(frame.text) or re.search(r"มติไหน|มติใด|ฉบับไหน|กำหนดไว้", frame.text)
    if (
        frame.role in (None, "member")
        and not (frame.committees or frame.holders or frame.agencies)
        and REST_ASKED.search(frame.text)
        and not (ctx.role and STANDS_IN.search(frame.text))  # "ให้คนอื่นเป็นแทน": someone in the same seat
    ):
        # "other members changed too?": the rest of the committee talked about
        frame.committee = ctx.committee
        frame.committees = list(ctx.committees) or ([ctx.committee] if ctx.committee else [])
        frame.committee_named = bool(frame.committees)
        frame.intent = "composition" if frame.committees else frame.intent
    elif (
        not (frame.role or frame.committees or frame.holders)
        and all(BANGKOK.search(a) for a in frame.agencies)
        and ALL_SEATS.search(frame.text)
        and ctx.committees
    ):  # "ขอครบทั้ง 3 ตำแหน่งของ กทม." after a committee's seats: all of that committee's seats (there)
        frame.committees = list(ctx.committees)
        frame.committee = ctx.committee
        frame.committee_named = True
        frame.intent = "composition"
    elif not frame.role and ctx.role and (THAT_SEAT.search(frame.text) or STANDS_IN.search(frame.text)):
        # "ถ้าเป็น กทม. ใครทำหน้าที่นี้": the seat just answered about, wherever else the turn points
        frame.role, frame.roles = ctx.role, list(ctx.roles)
        frame.committees = frame.committees or list(ctx.committees)
        frame.committee = frame.committee or ctx.committee
        frame.committee_named = bool(frame.committees)
        frame.agencies = [a for a in frame.agencies if not BANGKOK.search(a)]
        frame.intent = "who_holds"
    elif frame.holders and not frame.role and ctx.role and frame.yesno and not frame.agencies:
        # "แน่ใจนะ? ไม่ใช่รองนายกเหรอ": is it that holder in the seat just answered about
        frame.role, frame.roles = ctx.role, list(ctx.roles)
        frame.committees = frame.committees or list(ctx.committees)
        frame.committee = frame.committee or ctx.committee
        frame.committee_named = bool(frame.committees)
        frame.intent = "yes_no"
    elif (
        frame.role
        and (not frame.committees or (not frame.committee_named and _ITS.search(frame.text)))
        and not frame.other_bodies
    ):  # "แล้วเลขานุการล่ะ", "and who's its secretary?" (whatever body the words alone suggest)
        # (not "ใครเป็นประธาน อ.ก.พ. ชุดนี้": a body the resolutions seat no one in, named by the turn itself)
        frame.committees = list(ctx.committees)
        frame.committee = ctx.committee
        frame.committee_named = bool(ctx.committees)
        if frame.intent not in ROLE_INTENTS:
            frame.intent = "who_holds"
    elif (
        frame.committees
        and not frame.role
        and ctx.role
        and not frame.holders
        and not frame.committee_changes
        and not COMPOSITION_ASKED.search(frame.text)  # "ขอองค์ประกอบ PCIO ครบๆ": every seat, not the last one
    ):  # "แล้วของจังหวัดล่ะ" (not "แล้วฝั่ง GCIO ล่ะ ปรับอะไรไปบ้าง": that committee's changes, every seat)
        frame.role, frame.roles = ctx.role, list(ctx.roles)
        if ctx.intent in ROLE_INTENTS:
            frame.intent = ctx.intent if ctx.intent != "history" or frame.history else "who_holds"
    elif (
        frame.committees
        and not (frame.role or frame.holders or frame.agencies)
        and ctx.intent == "composition"
        and frame.intent in ("passage", "composition")
        and len([t for t in _topic(frame) if t not in ("pcio", "gcio")]) <= 1
    ):  # "แล้วของ GCIO ล่ะ" after one committee's seats: the other's seats
        frame.intent = "composition"
    elif (
        frame.agencies
        and not frame.role
        and frame.yesno
        and ctx.intent in ("lead_of", "yes_no")
        and ctx.clause
        and not OTHER_THAN.search(frame.text)  # "ดศ. นอกจากเรื่องนี้ดูเรื่องไรอีกมั้ย": its other issues
    ):
        frame.intent = "yes_no"  # "ใช่ สนง. ก.พ. ด้วยป่าว" after who leads an issue: a claim about that issue
        frame.clause_context = ctx.clause
    elif (
        frame.yesno
        and not (frame.role or frame.holders or frame.agencies or frame.committees)
        and (
            ctx.intent == "lead_of"
            # "แล้วมันไปกระทบหลักสูตร รอส. มั้ย" after an agency's issues: about a text, not who leads what
            or (
                ctx.intent == "issues_of"
                and not LEAD_WORDS.search(frame.text)
                and not ISSUE_NUMBER.search(frame.text)
            )
        )
        and ctx.clause
        and _topic(frame)
    ):
        frame.intent = (
            "passage"  # "ต้องทำสื่อ ปชส. ด้วยใช่ปะ" after who leads an issue: what that issue's text says
        )
        frame.clause_context = ctx.clause
    elif not own and ctx.intent in ("issues_of", "lead_of") and ctx.clause and CO_LEADS.search(frame.text):
        # "ทำคนเดียวหรือมีใครร่วมด้วย" after an agency's issue: every lead of that issue
        frame.intent, frame.clause_context, frame.agencies, frame.listing = "lead_of", ctx.clause, [], False
    elif frame.agencies and not frame.role and ctx.intent in ("issues_of", "lead_of", "lead_table"):
        frame.intent = "issues_of"  # "แล้วสำนักงบประมาณล่ะ"
    elif not (frame.role or frame.holders or frame.agencies) and ctx.role and COUNTERPART.search(frame.text):
        # "แล้วคนนั้นถ้าเป็นต่างจังหวัดเทียบเท่าใคร": who holds the same seat there, not that person's seats
        frame.role, frame.roles = ctx.role, list(ctx.roles)
        frame.committees = frame.committees or list(ctx.committees)
        frame.committee = frame.committee or ctx.committee
        frame.committee_named = bool(frame.committees)
        frame.intent = "who_holds"
    elif (
        not (frame.role or frame.committees or frame.holders or frame.agencies)
        and ctx.committees
        and COMPOSITION_ASKED.search(frame.text)
        and not frame.when  # "แล้วเรื่องปรับองค์ประกอบล่ะ เห็นชอบตอนไหน": when it was decided, not the seats
        and not frame.intent.startswith("doc_")
    ):  # "ขอองค์ประกอบที่ปรับใหม่ทั้งหมดเลย" after one seat: every seat of that committee
        frame.committees, frame.committee = list(ctx.committees), ctx.committee
        frame.committee_named = True
        frame.intent = "composition"
    elif not (frame.role or frame.committees or frame.holders or frame.agencies):
        # "did its duty on government enterprise architecture change too?": a topic of its own in the same
        # body, not the seat the last turn was about
        known = [
            t for t in _topic(frame) if t not in frame.unknown and not CHANGE_WORDS.search(t) and len(t) >= 4
        ]
        own_topic = len(known) >= 3 and ctx.intent in ROLE_INTENTS
        if not own_topic:
            frame.role, frame.roles = ctx.role, list(ctx.roles)
            # "เปลี่ยนตามมติไหน" after "X ยังเป็นประธานใช่ไหม": the resolution that changed the seat, not X's
            changed = asks_doc and CHANGE_WORDS.search(frame.text)
            frame.holders = [] if changed else [(h, []) for h in ctx.holders]
        frame.committees, frame.committee = list(ctx.committees), ctx.committee
        frame.committee_named = bool(ctx.committees)
        whole = frame.intent in ("lead_table", "composition") and WHOLE_LIST.search(frame.text)
        if not OTHERS.search(frame.text) and not whole:  # "มีหน่วยไหนอีก": not the agency just named, the rest
            frame.agencies = list(ctx.agencies)
        if asks_doc:
            frame.intent = "doc_date"  # "มติไหนกำหนดไว้": the resolution that set it
        elif re.search(r"(?:ประเด็น|ข้อ|issue)\s*(?:ที่)?\s*\d", frame.text, re.I) and ctx.intent in (
            "lead_of",
            "lead_table",
            "issues_of",
        ):
            frame.intent = "lead_of"  # "แล้วประเด็นที่ 4 ล่ะ"
        elif frame.when and ctx.role and not own_topic and SINCE.search(frame.text):
            frame.intent = "doc_date"  # "เริ่มทำหน้าที่ตั้งแต่เมื่อไหร่" after who holds a seat: since when
        elif ctx.intent == "doc_meeting" and (
            (frame.intent == "doc_date" and not frame.content)
            or re.search(r"ครั้ง(?:ที่)?\s*\d|ครั้ง(?:หลัง|แรก|ก่อน|ที่สอง)", frame.text)
        ):
            # "วันที่เท่าไหร่บ้าง" after "ประชุมครั้งไหน": those meetings' dates; "ครั้งที่ 5 ล่ะ": another of them
            frame.intent = "doc_meeting"
        elif PURPOSE_WORDS.search(frame.text) and ctx.clause and not frame.when:
            frame.intent = "passage"  # "ทำไมต้องแก้ตรงนั้น": why the clause just quoted says what it says
        elif (
            ctx.intent not in ("passage", "locate")
            and not own_topic
            and not SECTION_REF.search(frame.text)
            and not (ctx.intent in ("doc_date", "doc_amends", "doc_meeting") and frame.who)
            and not (OTHERS.search(frame.text) and frame.intent in ("lead_table", "composition"))
            and not whole  # "ขอทั้งหมดเลย ทุกประเด็นใครเป็นเจ้าภาพ": the whole table, whatever came before
            and not frame.intent.startswith("doc_")  # "...เห็นชอบในการประชุมครั้งไหน" asks its own kind of thing
            and frame.intent != "locate"  # "อยู่ประเด็นที่เท่าไหร่": where the last answer's clause is
            and not WHICH_BODY.search(frame.text)  # "ผ่านการเห็นชอบจาก อ.ก.พ. ชุดไหน": a body, not the issue
            # "เขาประชุมหารือกับใครบ้างก่อนปรับแนวทาง" after who proposed it: a passage of its own words
            and not (
                ctx.intent.startswith("doc_")
                and frame.intent == "passage"
                and len(known) >= 2
                # (not "แล้วเรื่อง X ล่ะ เห็นชอบตอนไหน" after which meeting approved Y: X's meetings, then)
                and not (frame.when and ctx.intent == "doc_meeting")
            )
        ):
            frame.intent = ctx.intent  # a turn that names its own part ("ข้อ 3 ของมติ") asks afresh
            if frame.intent == "yes_no" and not frame.yesno:
                # "เดิมเขียนไว้ว่ายังไง" after "สพร. จัดอบรมใช่มั้ย": asks about what was claimed, claims nothing
                frame.intent = (
                    "who_holds" if ctx.role else "lead_of" if ctx.agencies and ctx.clause else "passage"
                )
                frame.clause_context = ctx.clause
        if frame.history and frame.intent == "who_holds":
            frame.intent = "history"
    refs = SECTION_REF.findall(frame.text)
    if ctx.section and not outer_sections(frame.text):
        frame.section_context = ctx.section  # "แล้วข้อ 3 ล่ะ" after a question about ข้อ 2.3
        if refs and frame.intent in ("measures", ctx.intent):
            frame.intent = "passage"
    # "ส่วนที่ขอทบทวนเรื่องหลักสูตร รอส. อันนั้นผ่านครั้งไหน": "อันนั้น" is the thing it describes itself
    described = (
        frame.intent.startswith("doc_") and len([t for t in _topic(frame) if t not in frame.unknown]) >= 3
    )
    if ctx.clause and not refs and not own and not described:
        frame.clause_context = ctx.clause  # "มีวัตถุประสงค์เพื่ออะไร", "ข้อนั้นเป็นเรื่องอะไร"
        that = THAT_ONE.search(frame.text)
        if that and ctx.intent == "lead_of" and re.search(r"ประเด็น|issue", that.group(0)):
            frame.intent = "lead_of"  # "ประเด็นนั้นเรื่องอะไร" after who leads issue 4: that issue again
        elif that:
            frame.intent = "passage"  # about the clause itself, whatever the last answer's kind
        elif frame.intent == "measures" and not frame.listing:
            frame.intent = "passage"  # "แล้วขั้นประเมินล่ะ": one more part beside the last, not a whole list
    if LOCATE_CLAIM.search(frame.text) and ctx.clause:
        frame.intent, frame.clause_context = (
            "locate",
            ctx.clause,
        )  # "is that under 2.2?": the last answer's clause
    if frame.bangkok is False and ctx.bangkok and not frame.committees:
        frame.bangkok = True
    if asks_doc and not own_role and not frame.intent.startswith("doc_") and ctx.clause:
        frame.intent = "doc_date"  # "which cabinet decision brought Bangkok into it?": the one that said it
        frame.clause_context = frame.clause_context or ctx.clause
    if THEN.search(frame.text) and ctx.history and not NOW.search(frame.text):
        frame.history = True  # "was there a vice chair back then?": the time the last turn was about
        if frame.intent == "who_holds":
            frame.intent = "history"
    if NOW.search(frame.text):
        frame.history = False
        if frame.intent == "history":
            frame.intent = "who_holds" if frame.role else "lead_of"
    elif not frame.history and ctx.history and frame.intent == "history":
        frame.history = True
    return frame


COMPOSITION_ASKED = re.compile(r"องค์ประกอบ|\bcomposition\b|\bmake-?up\b|\bmembership\b", re.I)
CO_LEADS = re.compile(
    r"คนเดียว|หน่วยเดียว|ร่วมด้วย|ร่วมกับใคร|มีใครร่วม|ใครร่วม|\balone\b|on (?:its|their) own|jointly|with whom|shares? (?:it|the lead)",
    re.I,
)
WHOLE_LIST = re.compile(r"ทั้งหมด|ทุก\s*(?:ประเด็น|คน|ตำแหน่ง|ข้อ|อัน|หน่วย)|ครบ|\ball\b|\bevery\b|\bfull\b", re.I)
ORDINAL = re.compile(
    r"(ประเด็น|ข้อ|ขั้น(?:ตอน)?|อัน|ลำดับ)\s*(?:ที่\s*)?(ถัดไป|ต่อไป|ถัดมา|ก่อนหน้า(?:นั้น|นี้)?|แรก(?:สุด)?|สุดท้าย|สอง|สาม(?!ารถ)|สี่|ห้า(?!ม)|หก)"
    r"|\b(?:the\s+)?(next|previous|first|last|second|third|fourth|fifth|sixth)\s+(?:main\s+|key\s+)?(issue|item|step|one|action)\b",
    re.I,
)
# "อันที่ 4": a vague word with a number points into the list just given, like "อันที่สี่"
_NUMBERED_VAGUE = re.compile(r"(อัน|ลำดับ)\s*ที่\s*([1-9]\d?)(?![\d.])")
_COUNTED = {
    "สอง": 2,
    "สาม": 3,
    "สี่": 4,
    "ห้า": 5,
    "หก": 6,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
}


def resolve_ordinals(text: str, ctx: Context | None, siblings, under=None) -> str:
    """ "ข้อถัดไปล่ะ", "ประเด็นแรก", "the last issue": the number they point to, counted from the
    clause the last answer came from (`siblings(uid)` gives its number then the numbers beside it,
    and the dotted number of the part they sit in)."""
    m = ORDINAL.search(text) or _NUMBERED_VAGUE.search(text)
    if not m:
        return text
    thai_word, thai_which, en_which, en_word = (
        m.groups() if m.re is ORDINAL else (m.group(1), m.group(2), None, None)
    )
    which = (thai_which or en_which or "").lower()
    if (
        (ctx is None or not ctx.clause)
        and ((thai_word or "").startswith("ขั้น") or (en_word or "").lower() == "step")
        and not SECTION_REF.search(text)
    ):
        return text  # "ขั้นแรกของแนวทาง...": the first step of what it names, which the passage finds
    numbers, within = siblings(ctx.clause) if ctx is not None and ctx.clause else ([], None)
    current = numbers[0] if numbers else None
    numbers = numbers[1:]
    absolute = which.isdigit() or which in _COUNTED or which.startswith(("แรก", "first", "สุดท้าย", "last"))
    listed = (
        under(ctx.clause) if absolute and under is not None and ctx is not None and ctx.clause else ([], None)
    )
    if listed[0]:  # "อันที่สอง" after a list: the second of the items listed, not of the list's neighbours
        numbers, within = listed
    if which.isdigit():
        k = int(which)
    elif which in _COUNTED:
        k = _COUNTED[which]
    elif which.startswith(("แรก", "first")):
        k = min(numbers) if numbers else 1
    elif which.startswith(("สุดท้าย", "last")):
        if not numbers:
            return text
        k = max(numbers)
    elif current is None:
        return text
    elif which.startswith(("ถัด", "ต่อ", "next")):
        k = current + 1
    else:
        k = current - 1
    if k < 1 or (numbers and k not in numbers):
        return text
    if within and within.endswith("."):  # "ข้อถัดไป" after "ข้อ 2.1": "ข้อ 2.2"
        return text[: m.start()] + f"{'item' if en_word else 'ข้อ'} {within}{k} " + text[m.end() :]
    if within == "issue":  # counted along the issues table
        thai_word, en_word, within = ("ประเด็น" if thai_word else None), ("issue" if en_word else None), None
    if en_word:  # an English question stays English: "item 2.3 item 3", "issue 4"
        issue = en_word.lower() == "issue" or (en_word.lower() == "one" and not within)
        where = f"item {within} " if within and not issue else ""
        return text[: m.start()] + f"{where}{'issue' if issue else 'item'} {k} " + text[m.end() :]
    word = thai_word if thai_word == "ประเด็น" else "ข้อ"  # "อัน", "ลำดับ", "ขั้น": a numbered part
    where = f"ข้อ {within} " if within and word == "ข้อ" else ""  # "ข้อ 2.3 ข้อที่ 1": inside the same part
    return text[: m.start()] + f"{where}{word}ที่ {k} " + text[m.end() :]
