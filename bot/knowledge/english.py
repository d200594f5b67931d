"""English resolutions, read by the grammar that reads Thai ones.

An official English translation says "The Director of DGA shall serve as member and secretary,
replacing X"; the Thai grammar knows "ให้ The Director of DGA เป็นกรรมการและเลขานุการ แทน X". Each English
sentence about a position, a lead agency, a cancelled issue or a date of effect is restated in the
Thai form that means the same, names left as written, so an English document's rules become facts
with no second grammar to keep in step. Lines are restated one for one, so evidence still quotes the
English the document wrote.
"""

from __future__ import annotations

import re

from bot.core.models import Clause

_LATIN = re.compile(r"[A-Za-z]")
_THAI = re.compile(r"[\u0e01-\u0e5b]")

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_THAI_MONTHS = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE_EN = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{{4}})",
    re.I,
)

# Positions, longest first: "member and assistant secretary" before "secretary", "vice chair" before "chair";
# "Secretary-General" and "Permanent Secretary" are holders' titles, not the position of secretary.
_ROLE_EN = (
    r"(?:(?:an?|the|its)\s+)?(?:new\s+|sole\s+|only\s+)?(?:ordinary\s+|regular\s+|full\s+)?(?:(?P<member_and>member\s+and\s+(?:the\s+|its\s+)?))?"
    r"(?P<role>(?:vice|deputy)[\s-]?chair(?:person|man|woman)?|(?:first|second)\s+vice[\s-]?chair(?:person|man)?"
    r"|co-?chair(?:person|man)?|chair(?:person|man|woman)?|president|head"
    r"|assistant\s+secretar(?:y|ies)|joint\s+secretar(?:y|ies)|secretar(?:y|ies)(?![\s-]*general)|secretariat"
    r"|advis[oe]rs?|members?)\b"
)
_ROLE_RE = re.compile(_ROLE_EN, re.I)
_BODY = r"(?:committee|sub-?committee|working\s+group|task\s*force|board|panel)"
# "For the PCIO Committee, X shall serve as ...": the body the sentence is about, said first
_ABOUT = re.compile(
    rf"^(?:for|in|on|regarding|concerning|as\s+for)\s+(?:the\s+)?(?P<body>[^,]{{2,140}}?{_BODY}(?:\s+\([^)]*\))?)\s*,\s*",
    re.I,
)
_OF_BODY = rf"(?P<body>\s+(?:of|for|on|to|in)\s+(?:the\s+)?(?:[A-Z][\w.&()-]*\s+){{0,8}}?{_BODY}\b(?:\s+(?:on|for)\s+[^,;.]+?)?)"
_INSTEAD = r"(?:\s*[,(]?\s*(?:replacing|in\s+place\s+of|instead\s+of|taking\s+over\s+from|succeeding|in\s+lieu\s+of)\s+(?P<old>[^;]+?)\)?)"
_WHEN = (
    r"(?:\s*[,(]?\s*(?:with\s+effect\s+from|effective(?:\s+(?:from|on|as\s+of))?|as\s+(?:of|from)|starting(?:\s+(?:from|on))?"
    r"|from|on\s+and\s+after|beginning)\s+(?:\d|the\s+\d|January|February|March|April|May|June|July|August|September|October|November|December)[^;]*?\)?)"
)
_FOR_BANGKOK = re.compile(
    r"\b(?:for|in)\s+(?:the\s+)?(?:Bangkok(?:\s+Metropolitan\s+Administration)?|BMA)(?:\s+only)?\b", re.I
)
# where "for Bangkok" scopes the rule rather than names a holder ("Permanent Secretary for the BMA")
_BANGKOK_SCOPE = re.compile(
    rf"(?:^|(?<=,)|(?<=committee)|(?<=group)|(?<=force)|(?<=board)|(?<=panel)|(?<=\)))\s*{_FOR_BANGKOK.pattern}\s*,?|,\s*{_FOR_BANGKOK.pattern}\s*(?=[.;]?\s*$)",
    re.I,
)
_FOR_PROVINCES = re.compile(
    r"\b(?:for|in)\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?provinces(?:\s+(?:other\s+than|except|excluding)\s+Bangkok)?(?:\s+only)?\b",
    re.I,
)
_VERB = (
    r"(?P<verb>(?:shall|will|is\s+to|are\s+to)\s+(?:(?P<stay>remain|continue\s+(?:to\s+(?:be|serve\s+as)|as))|be(?:come)?(?:\s+appointed(?:\s+as)?)?|serve\s+as|act\s+as)"
    r"|(?:is|are)\s+(?:hereby\s+)?(?P<added>added\s+as|included\s+as)"
    r"|(?:is|are)\s+(?:hereby\s+)?(?:appointed|designated|named|assigned|made)(?:\s+(?:as|to\s+be|to\s+serve\s+as))?"
    r"|(?P<stay2>remains?|continues?\s+(?:to\s+(?:be|serve\s+as)|as)|stays?)|serves?\s+as|acts?\s+as|becomes?|(?:is|are)(?:\s+now)?"
    r"|(?:shall\s+|will\s+)?(?:instead\s+|continues?\s+to\s+|also\s+)?(?:sit|sits)\s+on\s+(?:the\s+)?[\w-]+\s+as)"
)

# "(the) HOLDER shall serve as (member and) ROLE (of the BODY) (, replacing OLD) (, with effect from ...)"
_HOLDER_FIRST = re.compile(
    rf"^(?P<holder>[^,;:]{{3,200}}?(?:,\s*or\s+[^,;:]{{3,120}},)?)\s+{_VERB}\s+{_ROLE_EN}{_OF_BODY}?{_INSTEAD}?{_WHEN}?\s*[.;,]?\s*(?:and)?\s*$",
    re.I,
)
# "The ROLE (of the BODY) shall be/is (changed to) HOLDER (, replacing OLD)"
_ROLE_FIRST = re.compile(
    rf"^(?:the\s+)?(?:position\s+of\s+(?:the\s+)?)?{_ROLE_EN}{_OF_BODY}?\s+(?:shall|will)?\s*(?:be|is|are|becomes?|(?P<stay>remains?))\s+"
    rf"(?:(?:changed|amended)\s+to\s+|now\s+)?(?P<holder>(?!changed|amended|abolished|cancell?ed|removed|deleted|unchanged|vacant)[^;]{{3,200}}?){_INSTEAD}?{_WHEN}?\s*[.;]?\s*$",
    re.I,
)
# "The ROLE (of the BODY) is changed from OLD to NEW"
_FROM_TO = re.compile(
    rf"^(?:the\s+)?(?:position\s+of\s+(?:the\s+)?)?{_ROLE_EN}{_OF_BODY}?\s+(?:shall\s+be|is|are|will\s+be)\s+(?:changed|amended|transferred)\s+"
    rf"from\s+(?P<old>.+?)\s+to\s+(?P<holder>[^;]+?){_WHEN}?\s*[.;]?\s*$",
    re.I,
)
# "HOLDER, ROLE;" / "HOLDER – ROLE" / "HOLDER (ROLE)": a composition list's item
_ITEM = re.compile(
    rf"^(?P<holder>[^:;]{{3,200}}?)\s*(?:,|–|—|\s-|\(|:)\s*(?:as\s+)?{_ROLE_EN}\)?\s*[.;,]?\s*(?:and)?\s*$",
    re.I,
)
# "ROLE: HOLDER"
_LABEL = re.compile(rf"^{_ROLE_EN}{_OF_BODY}?\s*[:：–—]\s*(?P<holder>.{{3,200}}?)\s*[.;]?\s*$", re.I)
# "HOLDER shall chair the BODY", "the BODY, chaired by HOLDER"
_CHAIRS = re.compile(
    rf"^(?P<holder>[^;:]{{3,200}}?)\s+(?:(?:shall|will)\s+(?:continue\s+to\s+)?(?P<stay>)chair|chairs)(?:\s+(?P<body>(?:the\s+)?[^,;.]*?{_BODY}[^,;.]*?))?{_INSTEAD}?{_WHEN}?\s*[.;]?\s*$",
    re.I,
)
# "the Subcommittee on Government Cybersecurity", "the New Normal Working Group": a body named in English
BODY_NAME = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w&-]*|of|and|for|on)\s+){0,6}?(?:Working\s+Group|Sub-?[Cc]ommittee|Committee|Task\s*Force|Board|Panel)"
    r"(?:\s+(?:on|for|of)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:(?:and|of|for|in|the)\s+)?[A-Z][\w&-]*)*)?)"
)
# "a Working Group on X (คณะทำงานด้าน...)": the Thai name a text glosses an English body's name with
THAI_GLOSS = re.compile(r"\s*\((คณะ[^()]{4,120})\)")
_CHAIRED_BY = re.compile(
    r"\b(?:chaired|headed|led)\s+by\s+(?P<holder>[^,;]{3,200}?)(?=\s*[,;.]|\s+and\s+(?![A-Z][a-z])|\s*$)",
    re.I,
)
_NO_ROLE = re.compile(
    r"\b(?:there\s+(?:is|shall\s+be|will\s+be)\s+no|no\s+longer\s+(?:has|have)\s+an?|without\s+an?)\s+(?P<role>vice[\s-]?chair(?:person|man)?|deputy\s+chair(?:person|man)?|assistant\s+secretary|secretary|advis[oe]r)"
    r"|\b(?:the\s+)?(?:position|post|office)\s+of\s+(?:the\s+)?(?P<role2>vice[\s-]?chair(?:person|man)?|deputy\s+chair(?:person|man)?|assistant\s+secretary|secretary|advis[oe]r)\b[^.;]*?\b(?:is|shall\s+be)\s+(?:abolished|removed|cancell?ed|deleted)",
    re.I,
)

# Lead agencies: "The lead agency for issue 3 (...) shall be X", "X shall lead issue 3", "issue 3 ... led by X"
_ISSUE = r"(?:issue|item|topic|area)\s*(?:no\.?\s*)?\(?(?P<no>\d{1,2})\)?"
_LEAD_NOUN = r"(?:(?:main|principal|lead)\s+)?(?:lead|responsible)\s+(?:agenc(?:y|ies)|organi[sz]ations?|units?|bod(?:y|ies))|(?:main|principal)\s+responsible\s+agenc(?:y|ies)"
_LEAD_ROLE_FIRST = re.compile(
    rf"^(?:the\s+)?(?:{_LEAD_NOUN})\s+(?:for|of|on)\s+{_ISSUE}(?P<what>\s*[^,;]*?)?\s*,?\s+(?:shall|will)?\s*(?:be|is|are|become)\s+"
    rf"(?:(?:changed|amended)\s+(?:from\s+(?P<old0>.+?)\s+)?to\s+)?(?P<who>[^;]{{2,200}}?){_INSTEAD}?{_WHEN}?\s*[.;]?\s*$",
    re.I,
)
# "lead responsibility for Issue No. 2 now rests with X"
_LEAD_RESTS = re.compile(
    rf"(?:lead\s+)?responsibility\s+for\s+{_ISSUE}(?P<what>[^;]{{0,120}}?)\s+(?:now\s+)?(?:rests|lies|is|shall\s+rest)\s+with\s+"
    rf"(?P<who>[^;]{{2,200}}?){_INSTEAD}?\s*[.;]?\s*$",
    re.I,
)
# "a new Issue No. 8 has been added: TITLE"
_NEW_ISSUE_TITLE = re.compile(
    rf"(?:a\s+)?new\s+{_ISSUE}\s+(?:has\s+been|is|was|shall\s+be)\s+added\s*[:,–—-]\s*(?:the\s+)?(?P<what>[^;]{{5,200}}?)\s*[.;]?\s*$",
    re.I,
)
_LEAD_WHO_FIRST = re.compile(
    rf"^(?P<who>[^;]{{2,200}}?)\s+(?:shall|will)\s+(?:be|become|serve\s+as|act\s+as)\s+(?:the\s+)?(?:{_LEAD_NOUN})\s+(?:for|of|on)\s+{_ISSUE}"
    rf"(?P<what>\s*[^,;]*?)?{_INSTEAD}?{_WHEN}?\s*[.;]?\s*$"
    rf"|^(?P<who2>[^;]{{2,200}}?)\s+(?:shall|will)\s+(?:take\s+the\s+)?lead\s+(?:on\s+|for\s+)?{_ISSUE.replace('no>', 'no2>')}"
    rf"(?P<what2>\s*[^,;]*?)?{_INSTEAD.replace('old>', 'old2>')}?{_WHEN}?\s*[.;]?\s*$",
    re.I,
)
_LEAD_LED_BY = re.compile(
    rf"{_ISSUE}(?P<what>[^;]{{0,200}}?)\s*,?\s*(?:shall|will|is|are)?\s*(?:now\s+)?(?:be\s+)?(?:(?:led|handled|taken\s+on)\s+(?:jointly\s+)?by"
    rf"|(?:stays?|remains?|(?:will|shall)\s+(?:stay|remain))\s+with)\s+(?P<who>[^;]{{2,200}}?){_INSTEAD}?{_WHEN}?\s*[.;]?\s*$",
    re.I,
)
# "For the issue on preparing personnel ..., the lead agencies shall be X": an issue named by its English title
_LEAD_TOPIC = re.compile(
    rf"^(?:for|on|regarding|concerning)\s+(?:the\s+)?(?:driving\s+)?issue\s+(?:on|of|concerning|regarding|about)\s+(?P<what>[^;]{{5,250}}?),\s+"
    rf"(?:the\s+)?(?:{_LEAD_NOUN})\s+(?:shall|will)\s+(?:now\s+)?be\s+(?P<who>[^;]{{2,200}}?){_INSTEAD}?\s*[.;]?\s*$",
    re.I,
)
# "Responsibility for the GCIO training course is transferred from DGA to the OCSC": a duty named by its title
_TRANSFERRED = re.compile(
    r"^(?:(?:the\s+)?(?:lead\s+)?responsibility\s+for\s+)?(?:the\s+)?(?P<what>[^;]{5,200}?)\s+(?:(?:is|are|shall\s+be|will\s+be|has\s+been)\s+"
    r"(?:hereby\s+)?(?:transferred|moved|reassigned|handed\s+over)|moves|passes|shifts|transfers)\s+from\s+(?:the\s+)?(?P<old>[^;]{2,120}?)\s+to\s+(?:the\s+)?(?P<who>[^;]{2,160}?)"
    r"(?=\s*[,.;]\s*(?:with\s+effect|effective|from\s+\d|$)|\s*[.;]?\s*$)",
    re.I,
)
# a change log's issue lines: '"TITLE" — lead: X.' / '"TITLE" (ชื่อไทย) — added as the eighth issue. Lead: X.'
_QUOTED_LEAD = re.compile(
    r'^["“](?P<what>[^"”]{5,200})["”]\s*(?:\([^()]*\)\s*)?[—–-]\s*(?:(?:lead(?:\s+agenc(?:y|ies))?|led\s+by)\s*[:：]?\s*)?'
    r"(?P<who>(?!added|removed|cancel|deleted|dropped)[^;]{2,200}?)\s*[.;]?\s*$",
    re.I,
)
# a schedule's issue lines: "TITLE: DGA and relevant agencies (unchanged).", "TITLE (new issue): DGA and NSO.",
# "TITLE: OPDC becomes the lead agency." — the title, then its leads after a colon
_TITLE_COLON_LEAD = re.compile(
    r"^(?P<what>[A-Z][^:;]{15,220}?)\s*(?P<new>\((?:new\s+issue|new|added)\))?\s*:\s*(?P<who>[^:;]{2,200}?)\s*"
    r"(?P<kept>\((?:unchanged|no\s+change)[^()]*\))?\s*\.?\s*$",
    re.I,
)
_LEAD_SAID = re.compile(r"relevant\s+agencies|lead\s+agenc|co-?lead", re.I)
_AGENCY_LIKE = re.compile(r"\b[A-Z]{2,}\b|Office|Ministry|Agency|Bureau|Institute|Commission|สำนักงาน")
_ADDED_AS = re.compile(
    r'^["“](?P<what>[^"”]{5,200})["”]\s*(?:\((?P<thai>[^()]*)\)\s*)?[—–-]\s*(?:is\s+)?added\s+as\s+(?:the\s+|a\s+)?'
    r"(?:new\s+)?(?:issue\s+(?:no\.?\s*)?(?P<no>\d{1,2})|(?P<nth>\w+)\s+issue)",
    re.I,
)
_LEAD_LABEL = re.compile(
    r"^(?:lead(?:\s+agenc(?:y|ies))?|led\s+by)\s*[:：]\s*(?P<who>[^;]{2,200}?)\s*[.;]?\s*$"
    r"|^(?:the\s+|its\s+)?lead\s+agenc(?:y|ies)\s+(?:is|are|will\s+be|shall\s+be)\s+(?P<who2>[^;]{2,200}?)\s*[.;]?\s*$",
    re.I,
)
_PREVIOUSLY = re.compile(
    r"^(?:previously|formerly|before(?:\s+this)?)\s*[:：,]\s*(?P<old>[^;]{2,200}?)\s*[.;]?\s*$", re.I
)
_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}  # fmt: skip
# "Issue 3 (...) is folded into Issue 4 (...)": its number ends, its work goes on under the other
_ISSUE_FOLDED = re.compile(
    rf"(?:^|\b){_ISSUE}(?P<what>\s*\([^()]*\))?\s*,?\s*(?:is|are|shall\s+be|has\s+been|will\s+be|was)\s+(?:hereby\s+)?"
    r"(?:folded|merged|combined|absorbed|integrated|consolidated)\s+(?:in)?to\s+(?:the\s+)?(?:issue|item|topic)\s*(?:no\.?\s*)?(?P<into>\d{1,2})",
    re.I,
)
_ISSUE_CANCEL = re.compile(
    rf"(?:^|\b){_ISSUE}(?P<what>[^;]{{0,200}}?)\s*,?\s*(?:is|are|shall\s+be|has\s+been|will\s+be)\s+(?:hereby\s+)?(?:cancell?ed|removed|deleted|revoked|abolished|withdrawn|dropped)\b",
    re.I,
)
_NEW_ISSUE = re.compile(
    rf"(?:a\s+)?new\s+{_ISSUE}\s*[:,–—-]?\s*(?P<what>[^;]{{3,200}}?)\s*,?\s*(?:is|shall\s+be)\s+added\b[^;]*?\b(?:led\s+by|lead\s+agenc(?:y|ies)\s*(?:is|are|shall\s+be|:)?)\s+(?P<who>[^;]{{2,200}}?)\s*[.;]?\s*$",
    re.I,
)
EFFECT_EN = re.compile(
    rf"(?:with\s+effect\s+from|\bEFF\b\.?:?|(?:shall\s+|has\s+)?(?:take|takes|took|taken|come|comes|came)\s+(?:into\s+)?(?:effect|force)\s+(?:on|from|as\s+of)|effective(?:\s+(?:from|on|as\s+of))?|in\s+force\s+(?:from|on|as\s+of))\s+"
    # "from fiscal year 2023, that is, from 1 October 2022": the year named, then its first day
    rf"(?:(?:the\s+)?(?:fiscal|budget)\s+year\s+\d{{4}}\s*,?\s*(?:that\s+is|i\.e\.|namely)\s*,?\s*(?:from\s+|on\s+)?)?(?:the\s+)?{DATE_EN.pattern}",
    re.I,
)
_PROPOSER = re.compile(
    r"(?:(?:on|approved|endorsed|accepted)\s+the\s+(?:proposal|recommendation)\s+(?:of|from|by)|as\s+proposed\s+by|proposed\s+by|at\s+the\s+request\s+of|submitted\s+by)\s+(?:the\s+)?(?P<who>[^,;.]{3,100}?)(?=\s*[,;.]|\s+(?:and(?!\s+[A-Z])|to|after|before|following|when|the\s+cabinet|resolved|approved|decided)\b)"
    r"|(?:proposed|submitted)\s+jointly\s+by\s+(?P<joint>[^;.]{3,200}?)(?=\s*[;.]|$)",  # "by A, B, and C": all of them
    re.I,
)


# "Bangkok only: ...", "Provinces other than Bangkok only: ...": whom the sentence after the colon is for
_SCOPE_LABEL = re.compile(
    r"^(?:for\s+)?(?:the\s+)?(?:Bangkok(?:\s+Metropolitan\s+Administration)?|BMA|(?:all\s+|other\s+)?provinces?(?:\s+(?:other\s+than|except|excluding)\s+Bangkok)?)"
    r"(?:\s+only)?\s*:\s*",
    re.I,
)
_PROVINCES_LABEL = re.compile(r"province|other\s+than|except|excluding", re.I)
# "the Bangkok PCIO Committee", "the PCIO Committee of Bangkok": the body Bangkok has of its own
_BANGKOK_BODY = re.compile(
    rf"\bBangkok(?:'s)?\s+(?:[A-Z]{{2,8}}\s+)?{_BODY}|{_BODY}\s+(?:of|for)\s+(?:the\s+)?(?:Bangkok|BMA)\b",
    re.I,
)


def english(text: str) -> bool:
    """Written in English: more Latin letters than Thai ones, outside brackets ("Secretary: a Deputy Director of
    DGA (รองผู้อำนวยการ สพร. ที่ได้รับมอบหมาย)" glosses in Thai; "คณะทำงาน (New Normal Working Group)" in English)."""
    bare = re.sub(r"\([^()]*\)", " ", text)
    if len(_LATIN.findall(bare)) + len(_THAI.findall(bare)) >= 20:
        text = bare
    return len(_LATIN.findall(text)) > 2 * len(_THAI.findall(text)) + 8


def english_date(m: re.Match[str]) -> str:
    """ "1 October 2023" as the Thai grammar writes it: "1 ตุลาคม 2566"."""
    day = m.group("d1") or m.group("d2")
    month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
    return f"{int(day)} {_THAI_MONTHS[month - 1]} {int(m.group('y')) + 543}"


def _role_th(m: re.Match[str], body: str = "") -> str:
    """The Thai position, worded for the body it is in: "ประธานอนุกรรมการ" of a subcommittee, "ประธานคณะทำงาน" of
    a working group, so a position under "the Subcommittee" is looked for among subcommittees."""
    role = re.sub(r"\s+", " ", m.group("role").lower())
    kind = re.search(r"(working\s+group|task\s*force)|(sub-?\s*committee)", body, re.I)
    member = "คณะทำงาน" if kind and kind.group(1) else "อนุกรรมการ" if kind else "กรรมการ"
    head = "คณะทำงาน" if member == "คณะทำงาน" else member
    if re.match(r"(?:vice|deputy|first|second)", role):
        return f"รองประธาน{head}"
    if "assistant" in role:
        return f"{member}และผู้ช่วยเลขานุการ"
    if role.startswith("secretariat"):
        return "ฝ่ายเลขานุการ"
    if "secretar" in role:
        return f"{member}และเลขานุการ"
    if role.startswith(("chair", "co-chair", "cochair", "president", "head")):
        return f"ประธาน{head}"
    if role.startswith("advis"):
        return "ที่ปรึกษา"
    return member


def _body_th(body: str | None) -> str:
    """ "of the GCIO Committee" as "ของคณะกรรมการ GCIO"; a body named in English keeps its name; "the Committee"
    names none (the clause's own body is meant)."""
    if not body:
        return ""
    b = re.sub(r"^\s*(?:of|for|on|to|in)\s+(?:the\s+)?", "", body, flags=re.I).strip()
    short = re.search(
        r"(?:\((?P<inner>[A-Z]{2,8})\)|\b(?P<abbr>[A-Z]{2,8}))\s+(?:committees?|sub-?committees?)\b", b, re.I
    )
    if short and not re.match(r"sub", b.split()[-1], re.I) and not re.match(r"provincial\s+CIO", b, re.I):
        return f" ของคณะกรรมการ {short.group('abbr') or short.group('inner')}"
    if re.fullmatch(rf"(?:same\s+|said\s+|this\s+)?{_BODY}s?", b, re.I):
        return ""
    if re.fullmatch(
        rf"(?:Bangkok|BMA|provincial)(?:\s+PCIO|\s+(?:CIO|Chief\s+Information\s+Officers?))?\s+{_BODY}s?",
        b,
        re.I,
    ):
        return " ของคณะกรรมการ PCIO"  # "the Bangkok committee": the provincial committee, Bangkok's
    return f" ของ {b}"


_NOT_A_HOLDER = re.compile(
    r"(?:unchanged|not\b|no\b|the\s+same|as\b|vacant|changed|amended|abolished|removed)"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|next|also)$"  # "First, the secretariat."
    r"|(?:Bangkok|BMA|(?:other\s+|all\s+)?provinces?)$"  # "Bangkok — Chair.": a lead-in naming the scope
    r"|.*\b(?:no\s+longer|ceases?\s+to\s+be|is\s+removed)\b"  # "Member: X is no longer a member": a seat ended
    r"|(?:you|we|i|they|it|that|this|there|he|she|which|who)\b",  # "You will notice that ... swapped chairs": talk
    re.I,
)
_THIS_REPLACES = re.compile(
    r"^(?:This|It|They|These)\s+(?:replaces?|succeeds?|takes?\s+over\s+from)\s+(?P<old>[^,;]+?(?:\([^()]*\))?)(?=\s*[,;.]|\s*$)",
    re.I,
)
_LEADING_PHRASE = re.compile(
    r"^(?:following|in|after|under|with|from|upon|pursuant|according|effective|as\s+of|in\s+addition)\b[^,]{0,120},\s*",
    re.I,
)


def _agencies(text: str) -> str:
    """ "X jointly with Y, together with other relevant agencies": "X ร่วมกับ Y และหน่วยงานที่เกี่ยวข้อง"."""
    text = re.sub(
        r",?\s*(?:together\s+)?with\s+(?:the\s+)?(?:other\s+)?relevant\s+agencies",
        " และหน่วยงานที่เกี่ยวข้อง",
        text,
        flags=re.I,
    )
    text = re.sub(r"\s+(?:jointly|together)\s+with\s+(?:the\s+)?", " ร่วมกับ ", text, flags=re.I)
    text = re.sub(
        r",?\s+and\s+(?:the\s+)?(?:other\s+)?relevant\s+agencies", " และหน่วยงานที่เกี่ยวข้อง", text, flags=re.I
    )
    # "DGA and the National Statistical Office (NSO)", "NCSA and MDES": two agencies, not one name's "and"
    text = re.sub(r"(?:(?<=[A-Z]{2})|(?<=\)))\s+and\s+(?:the\s+)?(?=[A-Z])", " และ ", text)
    return _tidy(text)


def _tidy(name: str) -> str:
    name = re.sub(r"^\s*(?:\(?[\da-z]{1,2}[.)]|[-•*])\s*", "", name.strip())
    name = re.sub(r",\s*as\s+(?:decided|agreed|set|approved|resolved)\b.*$", "", name, flags=re.I)  # an aside
    name = _LEADING_PHRASE.sub("", name)
    name = re.sub(r"^(?:and|also|further(?:more)?|moreover|in\s+addition)\s*,?\s+", "", name, flags=re.I)
    name = re.sub(r"\s+(?:now|also|still|again|once\s+again)$", "", name.strip(" ,;:"), flags=re.I)
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.I).strip(" ,;:")
    # "Provincial Statistician (สถิติจังหวัด)": the text's own Thai name for the office, as the Thai texts name it
    gloss = re.fullmatch(r"[A-Za-z][^()\u0e01-\u0e4e]*\(\s*([\u0e01-\u0e4e][^()]*)\)", name)
    # (not a short name with its dots, "(ผู้อำนวยการ สพร.)", which later trimming would cut to "สพร")
    return gloss.group(1).strip() if gloss and not gloss.group(1).strip().endswith(".") else name


def _bangkok_only(line: str) -> bool:
    return bool(_BANGKOK_SCOPE.search(line)) and not re.search(
        r"provinces?\s+and\s+Bangkok|Bangkok\s+and", line, re.I
    )


def restate(line: str) -> str:
    """One English line as the Thai sentence the fact grammar reads; the line itself when none fits."""
    if not english(line):
        return line
    text = re.sub(r"\s+", " ", line).strip()
    text = re.sub(r"\*\*|__", "", text)
    out: list[str] = []
    effect = EFFECT_EN.search(text)
    core = re.sub(r"^\s*(?:\d+(?:\.\d+)+\.?|\(?[\da-z]{1,2}[.)]|[-•*])\s*", "", text)
    label = _SCOPE_LABEL.match(core)
    core = core[label.end() :] if label else core
    core = _FOR_PROVINCES.sub("", core)
    # "of the Bangkok PCIO", "Bangkok's PCIO": the committee, named by its short form alone
    core = re.sub(r"\b(Bangkok|BMA)'s\s+(?=[GP]CIO\b)", r"the \1 ", core)
    core = re.sub(
        r"\b((?:(?:of|for|to|in|on)\s+)?(?:the\s+)?(?:Bangkok|BMA|provincial)\s+[GP]CIO|(?:of|for|to|in|on)\s+(?:the\s+)?[GP]CIO)\b(?!\s*-|\s+(?:committee|sub|working|level|course|training|members?|chair|secretar|s\b)\w*)",
        r"\1 Committee",
        core,
        flags=re.I,
    )
    # "The chair in Bangkok remains ...": the seat of Bangkok's committee
    core = re.sub(
        r"\b((?:vice[\s-]?)?chair(?:person|man)?|(?:assistant\s+)?secretary)\s+in\s+(?:Bangkok|the\s+BMA)\b",
        r"\1 of the Bangkok PCIO Committee",
        core,
        flags=re.I,
    )
    # "the Director of the X Department, Bangkok Metropolitan Administration (ผู้อำนวยการ...)": one name, glossed
    core = re.sub(r"(?<=[^)\s]),\s+(?=[A-Z][A-Za-z ]{2,60}\s*\([\u0e01-\u0e4e])", " ", core)
    core = re.sub(r"\b(?:is|are)\s+(?:not\s+changed|unchanged)\s+and\s+(?=remain)", "", core, flags=re.I)
    core = re.sub(r"\s+with\s+the\s+same\s+[^.;]{3,80}?\s+as\s+before\b", "", core, flags=re.I)  # seats kept
    folded = _ISSUE_FOLDED.search(core)
    if folded:  # "... folded into Issue 4 (...). The merged issue is led jointly by X": issue 4 is
        core = re.sub(
            r"\b[Tt]he\s+(?:merged|combined|new)\s+(?:issue|item|work\s*stream)\b",
            f"Issue {folded.group('into')}",
            core,
        )
    # "chaired by the Secretary-General himself, not by a deputy": the holder, without the emphasis and the foil
    core = re.sub(r"\s+(?:him|her|it)self\b", "", core, flags=re.I)
    # "chaired by a Deputy Governor but run by the Provincial Statistician": the chair, not who runs it
    core = re.sub(
        r"\s+but\s+(?:run|managed|coordinated|staffed|supported|driven)\s+by\s+[^.;]{3,120}",
        "",
        core,
        flags=re.I,
    )
    core = re.sub(
        r",\s*(?:and\s+)?not\s+(?:by\s+)?(?:a|an|the|its)\s+[^,.;]{2,60}(?=[.;]|$)", "", core, flags=re.I
    )
    core = re.sub(
        r",\s*(?:who|which)\b[^,.;]*,", "", core
    )  # "X, who was designated Vice Chair in 2021, shall ..."
    core = re.sub(rf"\b(?:shall|will)\s+cease\s+to\s+be\s+{_ROLE_EN}\s+and\s+", "", core, flags=re.I)
    bangkok = _bangkok_only(core) or bool(label and not _PROVINCES_LABEL.search(label.group(0)))
    # "The PCIO composition remains: the Provincial Governor chairs; ... The Bangkok PCIO is still chaired by X":
    # when the provinces' seats are said too, only the sentence that names Bangkok's committee is Bangkok's
    split_scope = bool(
        not bangkok
        and _BANGKOK_BODY.search(core)
        and re.search(r"\bprovinces?\b|\bprovincial\s+(?:governor|office|statistician)", core, re.I)
    )
    bangkok = bangkok or (bool(_BANGKOK_BODY.search(core)) and not split_scope)
    # "For Bangkok, nothing changes: X chairs; Y is secretary": the seats Bangkok keeps, said again
    scoped = re.match(r"^(?:for|in)\s+(?:the\s+)?(?:Bangkok|BMA)\b[^:;]{0,60}:\s*", core, re.I)
    if scoped:
        bangkok, core = True, core[scoped.end() :]
    core = _BANGKOK_SCOPE.sub(" ", core).strip()
    core = re.sub(r"^(?:in\s+addition|furthermore|also|moreover)\s*,?\s*", "", core, flags=re.I)
    proposer = _PROPOSER.search(text)
    if proposer:
        who = re.sub(
            r"^(?:my|our)\s+[A-Z]\w+,\s*", "", (proposer.group("who") or proposer.group("joint")).strip()
        )
        out.append(f"ตามที่{who}เสนอ")  # "my Ministry, the Ministry of X, and Y": the names, not "my"
    added_no: str | None = None  # the issue a log line has just added, whose "Lead: X" follows
    subject: str | None = None  # who "he" or "she" is: the last sentence's subject
    body = ""  # the body the passage last named ("... of the Provincial CIO Committee"), in Thai
    last_body = ""  # the body a sentence last named by its English name, for "Its chair ..."
    for sentence in re.split(
        r"(?<=[.;])\s+(?:and\s+)?(?=[A-Za-z(\"“])|,\s+(?:and|but|while|whereas)\s+(?=(?:an?|the|its|[Ii]ssue)\s)",
        core,
    ):
        sentence = _LEADING_PHRASE.sub(
            "", sentence.strip()
        )  # "With effect from 1 January 2026, X will become ..."
        # "I, as Minister of X, remain Vice Chair": the office speaks for itself
        sentence = re.sub(r"^I,\s+as\s+(?:the\s+)?([^,]{3,120}),\s+", r"The \1 ", sentence)
        # "X continues as assistant secretary and is now the only assistant secretary": X holds it, alone
        sentence = re.sub(
            r",?\s+and\s+(?:is|becomes|will\s+be)\s+(?:now\s+)?the\s+(?:only|sole)\s+[^.;]*", "", sentence
        )
        added = _ADDED_AS.match(sentence.strip())
        if added:
            added_no = added.group("no") or str(_ORDINALS.get((added.group("nth") or "").lower(), "")) or None
            if added_no:
                title = added.group("what").strip() + (
                    f" ({added.group('thai')})" if added.group("thai") else ""
                )
                out.append(f"ประเด็นที่ {added_no} {title}")
            continue
        labelled = _LEAD_LABEL.match(sentence.strip())
        if labelled and added_no:
            who = labelled.group("who") or labelled.group("who2")
            out.append(f"ให้ {_agencies(who)} เป็นหน่วยงานรับผิดชอบหลักในประเด็นที่ {added_no}")
            continue
        before = _PREVIOUSLY.match(sentence.strip())
        if before and out and out[-1].startswith("ให้") and " แทน " not in out[-1]:
            out[-1] += f" แทน {_tidy(before.group('old'))}"  # '"TITLE" — lead: X. Previously: Y.'
            continue
        titled = _TITLE_COLON_LEAD.match(sentence.strip())
        if (
            titled
            and len(titled.group("what").split()) >= 4
            and _AGENCY_LIKE.search(titled.group("who"))
            and (titled.group("new") or titled.group("kept") or _LEAD_SAID.search(titled.group("who")))
        ):
            who = re.sub(r"\s+(?:becomes?|is|remains?|shall\s+be)\s+(?:the\s+)?(?:co-?)?lead(?:\s+agency)?$", "",
                         titled.group("who").strip(), flags=re.I)  # fmt: skip
            # "(new issue)" stays on the title: it is matched to no older issue
            mark = f" {titled.group('new')}" if titled.group("new") else ""
            out.append(f"ให้ {_agencies(who)} เป็นผู้รับผิดชอบหลักเรื่อง {titled.group('what').strip()}{mark}")
            continue
        quoted = _QUOTED_LEAD.match(sentence.strip())
        if quoted and re.search(r"[A-Z]{2,}|Office|Ministry|Agency|Bureau|Institute", quoted.group("who")):
            who = re.sub(r"\s+together\s+with\s+", " ร่วมกับ ", quoted.group("who"))
            out.append(f"ให้ {_agencies(who)} เป็นผู้รับผิดชอบหลักเรื่อง {quoted.group('what').strip()}")
            continue
        sentence = _TOGETHER.sub(r"\g<holder> and \g<co> \g<rest>", _pronoun(sentence.strip(), subject))
        subject = _subject(sentence) or subject
        said = _sentence(sentence)
        if (
            not said and ": " in sentence
        ):  # "The Cabinet has now named a specific post: X becomes ...": what follows
            said = _sentence(sentence.split(": ", 1)[1])
        if said and re.fullmatch(r"ประเด็นที่ (\d+) .+", said):
            added_no = said.split()[1]  # "a new Issue 9 is added: TITLE." then "The lead agencies are X"
        named = _named_body(sentence)
        if said and body and not named:  # "...of the Provincial CIO Committee. X remains Chair"
            said = _each_of(said, body)
        elif said and named and _COMPOSITION_OF.search(sentence):  # "The PCIO composition remains: X chairs"
            said = _each_of(said, named)
        body = named or body
        if said and re.match(
            r"^(?:The|Its|This)\s+(?:sub-?committee|working\s+group|task\s*force)\b|^Its\s",
            sentence.strip(),
            re.I,
        ):
            parts = []
            for part in said.split(" ; "):  # "Its secretary is ...": of the body the passage is about
                if last_body and " ของ" not in part.split(" แทน ")[0]:
                    # "ให้ X เป็นกรรมการ ของ BODY": the body named says which kind of member
                    head, sep, tail = part.partition(" แทน ")
                    part = f"{head} ของ {last_body}{sep}{tail}"
                else:
                    part = _in_body(part, last_body or core)
                parts.append(part)
            said = " ; ".join(parts)
        replaces = _THIS_REPLACES.match(sentence.strip())
        if replaces and out and out[-1].startswith(("ให้", "สำหรับ")) and " แทน " not in out[-1]:
            out[-1] += (
                f" แทน {_tidy(replaces.group('old'))}"  # "X becomes secretary. This replaces Y, who ..."
            )
            continue
        plain = sentence.replace("**", "")
        bodies = [  # "a Working Group on X (คณะทำงานด้าน...)": by its Thai name, which the grammar reads
            (g.group(1).strip() if (g := THAI_GLOSS.match(plain, m.end())) else b)
            for m in BODY_NAME.finditer(plain)
            if len((b := m.group("name")).split()) >= 3
        ]
        last_body = (
            bodies[-1] if bodies else last_body
        )  # "upgraded it to ... the GEA Subcommittee. Its chair ..."
        here = bangkok or (split_scope and bool(_BANGKOK_BODY.search(sentence)))
        if said and here:  # "For Bangkok, X chairs": Bangkok's provincial committee
            said = _each_of(said, " ของคณะกรรมการ PCIO")
        for part in said.split(" ; ") if said else []:  # each seat of "X chairs it, with Y as secretary"
            out.append(f"สำหรับกรุงเทพมหานคร {part}" if here and part.startswith(("ให้", "เพิ่ม")) else part)
    titles = {m.group(1): m.group(2) for o in out if (m := re.fullmatch(r"ประเด็นที่ (\d+) (.+)", o))}
    for i, o in enumerate(
        out
    ):  # "a new Issue No. 8 has been added: TITLE. The lead agency for Issue No. 8 is X"
        m = re.fullmatch(r"ให้ (.+) เป็นหน่วยงานรับผิดชอบหลักในประเด็นที่ (\d+)(.*)", o)
        if m and m.group(2) in titles:
            out[i] = (
                f"ประเด็นที่ {m.group(2)} {titles.pop(m.group(2))} ให้ {m.group(1)} เป็นหน่วยงานรับผิดชอบหลัก{m.group(3)}"
            )
    out = [o for o in out if not re.fullmatch(r"ประเด็นที่ (\d+) .+", o) or o.split()[1] in titles or "ให้" in o]
    if effect:  # after what it dates, set apart ("ทั้งนี้") so no holder runs into it
        out.append(f"ทั้งนี้ มีผลใช้บังคับตั้งแต่วันที่ {english_date(effect)}")
    return " ; ".join(out) if out else line


def _each_of(said: str, body: str) -> str:
    """Each seat said ("ให้ X เป็น ROLE ; ให้ Y เป็น ROLE") put in the body, unless it names its own."""
    parts = []
    for part in said.split(" ; "):
        if " ของ" not in part.split(" แทน ")[0] and re.match(r"ให้ .+ (?:ยังคง)?เป็น", part):
            head, sep, tail = part.partition(" แทน ")
            part = f"{head}{body}{sep}{tail}"
        parts.append(part)
    return " ; ".join(parts)


_PRONOUN = re.compile(
    r"^(?P<lead>.*?:\s*)?(?:he|she)\s+(?=(?:becomes?|will|shall|is|remains?|continues?|serves?)\b)", re.I
)
_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z][^,;:]{3,120}?)\s+(?:will|shall|is|remains?|becomes?|continues?|serves?|has|had)\b"
)


# "X becomes an assistant secretary, together with Y, who continues in that role": both hold it
_TOGETHER = re.compile(
    r"^(?P<holder>[^,;:]{3,200}?)\s+(?P<rest>(?:becomes?|will\s+become|shall\s+become|remains?|will\s+remain|serves?\s+as)\s+[^,;]+?)"
    r",\s*together\s+with\s+(?P<co>[^,;]{3,200}?)(?:,\s*(?:who|which)\b[^;]*)?\s*[.;]?\s*$",
    re.I,
)


def _pronoun(s: str, subject: str | None) -> str:
    """ "The Director of DGA will not leave us: he becomes an assistant secretary": "he" is that Director."""
    m = _PRONOUN.match(s)
    if not m:
        return s
    who = (_subject(m.group("lead")) if m.group("lead") else None) or subject
    return f"{who} {s[m.end() :]}" if who else s


def _subject(s: str) -> str | None:
    """Whom a sentence is about, when it opens with an office ("The Director of DGA will ...")."""
    m = _SUBJECT.match(s.strip())
    if not m or _NOT_A_HOLDER.match(m.group("who")) or _ROLE_RE.fullmatch(m.group("who")):
        return None
    return m.group("who") if re.search(r"\b(?:of|for)\b|[A-Z]{2,}", m.group("who")) else None


_COMPOSITION_OF = re.compile(
    r"\b[GP]CIO\s+(?:composition|arrangement|structure|membership|line-?up|make-?up)\b", re.I
)


def _named_body(s: str) -> str:
    """The body a sentence names ("... of the Provincial CIO Committee"), in Thai, or ""."""
    m = re.search(_OF_BODY, s, re.I)
    if m:
        return _body_th(m.group("body"))
    names = [_body_th(" of " + n.group("name")) for n in BODY_NAME.finditer(s.replace("**", ""))]
    found = next((n for n in reversed(names) if n), "")
    short = _COMPOSITION_OF.search(s)
    if not found and short:  # "The PCIO composition set in 2021 remains: X chairs": that committee's seats
        found = _body_th(f"the {short.group(0)[:4].upper()} Committee")
    return found


_MEMBERS_INCLUDE = re.compile(
    r"^(?:its|the(?:\s+\w+){0,6}?)\s+(?:other\s+)?members\s+(?:include|are|comprise|will\s+be)\s+(?P<list>[^;:]{3,400}?)\.?$",
    re.I,
)
# "member and secretary (กรรมการและเลขานุการ) of the PCIO committee": a position glossed in Thai is the position
_ROLE_GLOSS = re.compile(
    r"(?P<r>\b(?:secretar(?:y|ies)|chair(?:person|man|woman)?|members?|advis[oe]rs?|president))\s*\((?=[^()]*[\u0e01-\u0e4e])[^()]*\)",
    re.I,
)


_ROLE_WORD = r"(?:vice[\s-]?chair(?:person|man)?|deputy\s+chair(?:person|man)?|chair(?:person|man|woman)?|assistant\s+secretary|secretary|president|head)"
# "Bangkok's PCIO has a new secretary from 1 January 2023: X": X becomes that
_HAS_NEW = re.compile(
    rf"^(?P<body>[^:]{{3,120}}?)\s+(?:now\s+)?(?:has|gets|will\s+have)\s+an?\s+new\s+(?P<role>{_ROLE_WORD})"
    r"(?P<when>\s+(?:from|as\s+of|with\s+effect\s+from|effective)\s+[^:]{4,40}?)?\s*:\s*(?P<holder>[^:;]{3,200}?)\.?$",
    re.I,
)
# "The Cabinet has moved the chair to X (...), on the argument that ...": X becomes chair
_MOVED_TO = re.compile(
    rf"^(?:the\s+cabinet\s+|it\s+)?(?:has\s+|have\s+)?(?:now\s+)?(?:moved|moves|transferred|transfers|passed|passes|given|gave|gives|handed|hands|shifted|shifts)"
    rf"\s+the\s+(?P<role>{_ROLE_WORD})(?:ship)?(?:\s+of\s+(?P<body>(?:the\s+)?[^,;]+?))?\s+to\s+(?P<holder>[^,;]{{3,200}}?)(?:\s*[,;].*)?\.?$",
    re.I,
)


def _reworded(s: str) -> str:
    """Sentences that say a seat the way briefs and news do, said the way the patterns below read them."""
    m = _HAS_NEW.match(s)
    if m:
        body = re.sub(r"'s$", "", m.group("body").strip())
        body = body if re.search(rf"{_BODY}\s*$", body, re.I) else f"{body} Committee"
        return f"{m.group('holder')} becomes {m.group('role')} of {body}{m.group('when') or ''}."
    m = _MOVED_TO.match(s)
    if m:
        of = f" of {m.group('body')}" if m.group("body") else ""
        return f"{m.group('holder')} becomes {m.group('role')}{of}."
    return s


def _sentence(s: str) -> str | None:
    s = _reworded(_ROLE_GLOSS.sub(r"\g<r>", s))
    about = _ABOUT.match(s)
    if about:  # "For the PCIO Committee, X shall serve as ...": as if it said "X shall serve as ... of the PCIO Committee"
        said = _sentence(s[about.end() :])
        body = _body_th(" of " + about.group("body"))
        if said and body and "ของ" not in said.split(" แทน ")[0]:
            head, sep, tail = said.partition(" แทน ")
            return f"{head}{body}{sep}{tail}"
        return said
    # "Members: representatives of A, B and C, plus up to three experts ...": a list under its key
    listed = s.strip()
    if not re.search(r"\b(?:is|are|was|were|shall|will|no\s+longer|ceases?|removed)\b", listed, re.I):
        listed = re.sub(
            r"^members?\s*[:：]\s*", "Its members include ", listed, flags=re.I
        )  # a list, no verb
    listed = re.sub(r"[,;]?\s+plus\s+.*$", "", listed) if listed != s.strip() else listed
    m = _MEMBERS_INCLUDE.match(listed)
    if m:  # "Its members include representatives of MDES, ETDA and the OCSC and five MCIOs ..."
        items = [_tidy(x) for x in re.split(r",\s*|\s+and\s+", m.group("list")) if _tidy(x)]
        sent = re.match(r"(?:the\s+)?representatives?\s+of\s+", items[0], re.I) if items else None
        said = []
        for i, item in enumerate(items):
            if (
                sent
                and i
                and (
                    re.fullmatch(r"(?:the\s+)?[A-Z][A-Za-z]{1,8}(?:\s*\([^()]*\))?", item)
                    or re.match(r"[\u0e01-\u0e4e]", item)
                )
                and not re.match(r"ผู้|หัวหน้า|ปลัด|เลขาธิการ|รอง|รัฐมนตรี|อธิบดี", item)
            ):
                item = f"representatives of {item}"  # "representatives of MDES, ETDA": of each
            item = re.sub(r"^(?:the\s+)?representatives?\s+of\s+(?:the\s+)?", "ผู้แทน ", item, flags=re.I)
            said.append(f"ให้ {item} เป็นกรรมการ")
        return " ; ".join(said) or None
    m = _NO_ROLE.search(s)
    if m:
        role = m.group("role") or m.group("role2")
        return f"ไม่มีตำแหน่ง{_role_th(re.match(r'(?P<role>.+)', role), s)}"
    m = _ISSUE_FOLDED.search(s)
    if m:
        return f"ให้ยกเลิกประเด็นที่ {m.group('no')} {_tidy(m.group('what') or '')} (รวมไว้ในประเด็นที่ {m.group('into')})"
    m = _ISSUE_CANCEL.search(s)
    if m:
        return f"ให้ยกเลิกประเด็นที่ {m.group('no')} {_tidy(m.group('what') or '')}".rstrip()
    m = _NEW_ISSUE.search(s)
    if m:
        return f"ประเด็นที่ {m.group('no')} {_tidy(m.group('what'))} ให้ {_tidy(m.group('who'))} เป็นหน่วยงานรับผิดชอบหลัก"
    m = _LEAD_TOPIC.match(s)
    if m:  # the issue's English title stands as it is; read_facts finds which issue it is (issue_by_title)
        tail = f" แทน {_tidy(m.group('old'))}" if m.group("old") else ""
        return f"ให้ {_agencies(m.group('who'))} เป็นผู้รับผิดชอบหลักเรื่อง {m.group('what').strip()}{tail}"
    m = _TRANSFERRED.match(s)
    if m and not re.search(r"\b(?:seat|chair|secretary|member)\b", m.group("what"), re.I):
        what = re.sub(
            r"^(?:the\s+)?(?:lead\s+)?responsibility\s+for\s+(?:the\s+)?", "", m.group("what"), flags=re.I
        )
        return f"ให้ {_agencies(m.group('who'))} เป็นผู้รับผิดชอบหลักเรื่อง {what.strip()} แทน {_tidy(m.group('old'))}"
    m = _NEW_ISSUE_TITLE.search(s)
    if m:  # the issue line the grammar reads a bare lead under ("ประเด็นที่ 8 TITLE")
        return f"ประเด็นที่ {m.group('no')} {m.group('what').strip()}"
    for pattern in (_LEAD_ROLE_FIRST, _LEAD_WHO_FIRST, _LEAD_LED_BY, _LEAD_RESTS):
        m = pattern.search(s)
        if m and re.search(
            r"\b(?:was|were|had\s+been|used\s+to\s+be)\s+(?:\w+\s+)?(?:led|handled)\b", m.group(0), re.I
        ):
            continue  # "issue 2 ... was led jointly by X": who led it, before this resolution
        if m:
            g = {k: v for k, v in m.groupdict().items() if v}
            who = _agencies(g.get("who") or g.get("who2") or "")
            no = g.get("no") or g.get("no2")
            old = g.get("old") or g.get("old0") or g.get("old2")
            if who and no and not re.match(r"(?:unchanged|the\s+same|as\s+before)", who, re.I):
                tail = f" แทน {_tidy(old)}" if old else ""
                return f"ให้ {who} เป็นหน่วยงานรับผิดชอบหลักในประเด็นที่ {no}{tail}"
    m = _FROM_TO.match(s)
    if m:
        role = _role_th(m, m.group("body") or s)
        return (
            f"ให้ {_tidy(m.group('holder'))} เป็น{role}{_body_th(m.group('body'))} แทน {_tidy(m.group('old'))}"
        )
    for pattern in (_HOLDER_FIRST, _ROLE_FIRST, _LABEL, _ITEM):
        m = pattern.match(s)
        if not m:
            continue
        holder = _tidy(m.group("holder"))
        if not holder or _ROLE_RE.fullmatch(holder) or _NOT_A_HOLDER.match(holder):
            continue
        g = m.groupdict()
        role = _role_th(m, g.get("body") or s)
        stay = g.get("stay") or g.get("stay2")
        # "The chair — X (...) — and the other members are not changed": X, kept
        aside = re.search(r"\s+[—–]\s+(?:and\s+)?(?P<t>[^—–]*)$", holder)
        if aside and len(holder[: aside.start()]) >= 3:
            holder = _tidy(holder[: aside.start()])
            stay = stay or re.search(
                r"not\s+(?:be\s+)?changed|unchanged|remains?|continues?|stays?", aside.group("t"), re.I
            )
        if g.get("added"):
            return f"เพิ่ม {holder} เป็น{role}{_body_th(g.get('body'))}"
        old = f" แทน {_tidy(g['old'])}" if g.get("old") else ""
        verb = "ยังคงเป็น" if stay else "เป็น"
        return f"ให้ {holder} {verb}{role}{_body_th(g.get('body'))}{old}"
    m = _CHAIRS.match(s)
    if m and not _NOT_A_HOLDER.match(_tidy(m.group("holder"))):
        old = f" แทน {_tidy(m.group('old'))}" if m.group("old") else ""
        body = m.group("body") or ""
        chair = _role_th(re.match(r"(?P<role>chair)", "chair"), body or s)
        return f"ให้ {_tidy(m.group('holder'))} เป็น{chair}{_body_th(' of ' + body if body else '')}{old}"
    m = _CHAIRED_BY.search(s)
    if m and re.search(_BODY, s[: m.start()], re.I):
        # "establishes, under the GCIO Committee, a Working Group on X, chaired by Y": the body nearest
        named = next(reversed(list(BODY_NAME.finditer(s[: m.start()]))), None)
        if named and re.search(r"\b(?:issues?|items?|topics?|areas?)\b", s[named.end() : m.start()], re.I):
            return (
                None  # "created the X Sub-committee and added a seventh issue on cybersecurity, led by NCSA"
            )
        body = _body_th(" of " + named.group("name")) if named else ""
        gloss = THAI_GLOSS.match(s, named.end()) if named else None
        if (
            gloss
        ):  # "a Working Group on X (คณะทำงานด้าน...)": the body by its Thai name, which the grammar reads
            body = f" ของ{gloss.group(1).strip()}"
        chair = _role_th(re.match(r"(?P<role>chair)", "chair"), named.group("name") if named else s)
        # "..., chaired by X, instead of Y": Y chaired it before
        instead = re.match(rf"{_INSTEAD}(?=\s*[;.]|\s*$)", s[m.end() :])
        was = instead.group("old") if instead else ""
        was += ")" * (was.count("(") - was.count(")"))  # "(ปลัดกรุงเทพมหานคร)": its bracket closed again
        old = f" แทน {_tidy(was)}" if was else ""
        said = f"ให้ {_tidy(m.group('holder'))} เป็น{chair}{body}{old}"
        # "..., chaired by X, with Y as member and secretary": the body's second seat, in the same breath
        rest = s[m.end() :]
        with_ = re.search(r"\bwith\s+", rest)
        for also in _WITH_AS.finditer(rest, with_.start() if with_ else len(rest)):
            if _NOT_A_HOLDER.match(_tidy(also.group("holder"))):
                continue
            role = _role_th(also, named.group("name") if named else s)
            said += f" ; ให้ {_tidy(also.group('holder'))} เป็น{role}{body}"
        return said
    return None


# "with X as member and secretary and Y as assistant secretary": each seat named beside the chair
_WITH_AS = re.compile(
    rf"\b(?:with|and)\s+(?P<holder>(?:[^,;()]|\([^()]*\)){{3,250}}?)\s+as\s+(?:its\s+)?{_ROLE_EN}", re.I
)


def _in_body(said: str, passage: str) -> str:
    """A position of "its" body, worded for the kind of body the passage names (subcommittee, working group)."""
    kind = re.search(
        r"(working\s+group|task\s*force|^คณะทำงาน)|(sub-?\s*committee|^คณะอนุกรรมการ)", passage, re.I
    )
    if not kind or "อนุกรรมการ" in said.split(" ของ")[0] or "คณะทำงาน" in said.split(" ของ")[0]:
        return said
    member = "คณะทำงาน" if kind.group(1) else "อนุกรรมการ"
    for th in ("รองประธานกรรมการ", "ประธานกรรมการ"):
        if th in said:
            return said.replace(th, th.replace("กรรมการ", member if member != "คณะทำงาน" else "คณะทำงาน"), 1)
    return re.sub(r"เป็น(?:ยังคงเป็น)?กรรมการ", f"เป็น{member}", said, count=1)


_LEAD_COLUMN = re.compile(r"lead\s+agenc|responsib|หน่วยงาน|รับผิดชอบ|เจ้าภาพ", re.I)


def _seat_row(c: Clause) -> str | None:
    """A row whose "Role" column holds a position and whose other columns name the holder (its Thai title
    preferred): "ให้ HOLDER เป็น ROLE", as the grammar reads a seat."""
    if len(c.cells) < 2 or (c.label and c.detail):
        return None
    role = next(((i, v) for i, (h, v) in enumerate(c.cells) if re.fullmatch(r"roles?|positions?\s+on\s+\S+|seat|", h.strip(), re.I)
                 and _ROLE_RE.fullmatch(v.strip())), None)  # fmt: skip
    if role is None:
        return None
    seat = _role_th(_ROLE_RE.fullmatch(role[1].strip()), c.doc_title or "")
    cells = [
        (h.strip(), v.strip())
        for i, (h, v) in enumerate(c.cells)
        if i != role[0] and v.strip() not in ("", "-", "—")
    ]
    # "| | Provinces | Bangkok |": a holder for the provinces and another for Bangkok
    places = [(h, v) for h, v in cells if re.fullmatch(r"(?:other\s+)?provinces?|จังหวัด(?:อื่น)?", h, re.I)]
    bangkok = [(h, v) for h, v in cells if re.fullmatch(r"bangkok|bma|กรุงเทพ(?:มหานคร)?|กทม\.?", h, re.I)]
    if places or bangkok:
        said = [f"ให้ {_tidy(v)} เป็น{seat}" for _, v in places]
        said += [f"สำหรับกรุงเทพมหานคร ให้ {_tidy(v)} เป็น{seat}" for _, v in bangkok]
        return " ; ".join(said)
    others = [v for _, v in cells]
    holder = next((v for v in others if re.search(r"[\u0e01-\u0e4e]", v)), others[0] if others else "")
    if not holder:
        return None
    return f"ให้ {holder} เป็น{seat}"


def restated(c: Clause) -> Clause:
    """The clause with its English lines restated in Thai (one for one); the clause itself when Thai."""
    seat = _seat_row(c)
    if seat is not None:  # "| Chair | Secretary-General of ... | เลขาธิการ ก.พ. |": a composition table's row
        return c.model_copy(update={"text": seat, "label": None, "detail": None, "cells": []})
    if not english(c.text + " " + (c.detail or "")):
        return c
    lines = [restate(line) for line in c.text.split("\n")]
    update: dict = {"text": "\n".join(lines)}
    if c.label and c.detail and not (c.cells and _LEAD_COLUMN.search(c.label)):
        # (a lead table's row stays a row: "Lead agency: X" is its column, not an issue titled "Lead agency")
        joined = restate(f"{c.label}: {c.detail}")
        if joined != f"{c.label}: {c.detail}":
            update.update(label=None, detail=None, text=joined)
    return c.model_copy(update=update)


# Titles before an English body's name, in the Thai the Thai documents use ("Director of X": "ผู้อำนวยการX")
_TITLES = [
    (r"\bSecretary[- ]General\s+of\s+(?:the\s+)?", "เลขาธิการ"),
    (r"\bPermanent\s+Secretary\s+(?:of|for)\s+(?:the\s+)?", "ปลัด"),
    (r"\bDirector[- ]General\s+of\s+(?:the\s+)?", "อธิบดี"),
    (r"\b(?:Executive\s+)?Director\s+of\s+(?:the\s+)?", "ผู้อำนวยการ"),
    (r"\bDeputy\s+Governor\s+of\s+(?:the\s+)?", "รองผู้ว่าราชการ"),
    (r"\bGovernor\s+of\s+(?:the\s+)?", "ผู้ว่าราชการ"),
    (r"\bProvincial\s+Governor\b", "ผู้ว่าราชการจังหวัด"),
    (r"\bProvincial\s+Statistician\b", "สถิติจังหวัด"),
    (r"\bHead\s+of\s+(?:the\s+)?Provincial\s+Office\b", "หัวหน้าสำนักงานจังหวัด"),
    (r"\bMinister\s+of\s+(?:the\s+)?", "รัฐมนตรีว่าการMinistry of "),
    (r"\b(?:a\s+)?representatives?\s+(?:of|from)\s+(?:the\s+)?", "ผู้แทน"),
    (r"\b(?:Head|Chief)\s+of\s+(?:the\s+)?", "หัวหน้า"),
]


def thai_name(name: str, glossary) -> str | None:
    """An English holder in Thai ("Director of the Bureau of the Budget": "ผู้อำนวยการสำนักงบประมาณ") when every
    word of it is known; None when any is not, so no half-translated name is shown."""
    t = re.sub(r"^(?:an?|the)\s+", "", name.strip(), flags=re.I)
    short = re.fullmatch(r"[^()]*[A-Za-z][^()]*\(([A-Z]{2,8})\)", t.strip())
    if (
        short
        and glossary.terms.get(short.group(1))
        and not re.search(r"\b(?:director|secretary|head|chief|minister|governor|representative)", t, re.I)
    ):
        return glossary.terms[short.group(1)][
            0
        ]  # "National Statistical Office (NSO)": the agency its acronym names
    t = re.sub(r"\s*\(([A-Z]{2,8})\)", "", t)  # "(DGA)" after the full name
    for pattern, thai in _TITLES:
        t = re.sub(pattern, thai, t, flags=re.I)
    if not _LATIN.search(t.replace("Ministry of", "")) and t == name:
        return None
    pieces, last = [], 0
    for key, start, end in glossary.find(t):  # names and acronyms, not loose words ("agency", "security")
        names = glossary.terms.get(key) or []
        if names and re.fullmatch(r"[A-Z]{2,8}|[A-Za-z][\w-]*(?:\s+[\w-]+)+", key):
            pieces.append(t[last:start] + names[0])
            last = end
    t = "".join(pieces) + t[last:]
    t = re.sub(r"\b(?:the|of)\s+", "", t, flags=re.I)
    if re.search(r"[A-Za-z]{2,}", t):
        return None
    return re.sub(r"\s+", " ", t).strip()


def issue_by_title(
    title: str,
    numbered: dict[str, str],
    glossary,
    tokens,
    taken: frozenset[str] = frozenset(),
    least: int = 2,
) -> str | None:
    """The number of the issue an English title names: the numbered Thai title sharing the most words with the
    title's glossary Thai ("preparing personnel ... new normal": ความพร้อม, บุคลากร, วิถีชีวิตใหม่), when clearly
    the most. `numbered`: number -> Thai title; `tokens`: the Thai tokenizer; `taken`: issues the same text's
    other titles already name, so a schedule of titles names each issue once; `least`: the words it must share."""
    numbered = {no: th for no, th in numbered.items() if no not in taken}
    singular = re.sub(
        r"\b([A-Za-z]{4,}?)(?:ies|s)\b",
        lambda m: m.group(1) + ("y" if m.group(0).endswith("ies") else ""),
        title,
    )
    said = {
        t
        for text in {title, singular}
        for name in [
            *glossary.expansions(text, depth=1),
            *re.findall(r"\b[A-Z]{3,6}\b", text),
        ]  # "GCIO" as it is
        for t in tokens(name)
        if len(t) >= 3
    }
    if len(said) < 2:
        return None
    scores = sorted(((len(said & {t for t in tokens(th) if len(t) >= 3}), no) for no, th in numbered.items()),
                    reverse=True)  # fmt: skip
    if not scores or scores[0][0] < least or (len(scores) > 1 and scores[0][0] < 1.5 * max(1, scores[1][0])):
        return None
    return scores[0][1]


_GLOSSED = re.compile(r"\s*\([^()]*[A-Za-z]{4,}[^()]*(?:\([^()]*\)[^()]*)?\)\s*$")


def thai_part(name: str) -> str:
    """ "สถิติจังหวัด (Provincial Statistician)": the Thai a glossed English name leads with, to compare by."""
    return _GLOSSED.sub("", name) or name
