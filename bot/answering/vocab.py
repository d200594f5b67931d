"""The question vocabulary, filled from the knowledge itself.

Committees, holders, agencies and issues are the names the facts use, plus the glossary's
abbreviations and nicknames (DGA = สพร., OCSC = สำนักงาน ก.พ.). A new resolution's committee or
agency becomes something a question can name without any code change. Only the closed-class words
of asking (roles, particles, "เดิม", "กทม.") are listed here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.answering.kb import KB
from bot.knowledge.committees import Committees
from bot.knowledge.facts import LeadFact

# Role words as officials type them; the glossary has already turned "เลขาฯ", "ปธ.", "chair" into Thai.
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("assistant_secretary", r"ผู้ช่วย\s*เลขา"),
    ("secretariat", r"ฝ่าย\s*เลขา|secretariat"),
    ("secretary", r"(?<!ผู้ช่วย)(?<!ผู้ช่วย )(?<!ฝ่าย)(?<!ฝ่าย )เลขา(?!ธิการ)"),
    ("vice_chair", r"รอง\s*ประ(?:ธา|ทา)[นณ]"),
    (
        "chair",
        r"(?<!รอง)(?<!รอง )ประ(?:ธา|ทา)[นณ](?!าธิบดี)|หัวโต๊ะ|คุม\s*(?:คณะกรรมการ|คกก|บอร์ด)|หัวหน้าคณะ(?:กรรมการ|ทำงาน|อนุ)"
        # "ใครเป็นหัวหน้า", "who heads the working group": the head of a body, not "หัวหน้าสำนักงานจังหวัด"
        r"|(?:เป็น|ใคร)\s*หัวหน้า(?!\s*\S*(?:สำนักงาน|หน่วยงาน|กลุ่ม|ส่วน|กอง|ฝ่าย|สถิติ))|หัวหน้า\s*(?:คือ|เป็น)\s*ใคร"
        r"|\bheads?\s+(?:of\s+)?(?:the|this|that)\s+(?:working|task|sub)",
    ),
    ("advisor", r"ที่ปรึกษา"),
    # "ใครเป็นคณะทำงานบ้าง": a member of the working group ("คณะทำงานและเลขานุการ" is its secretary)
    (
        "member",
        r"(?<!คณะ)(?<!คณะอนุ)(?:อนุ)?กรรมการ(?!\s*และ)(?!การ)(?!\s*(?:GCIO|PCIO|ชุด|นี้))|เป็นคณะทำงาน(?!\s*และ)(?!ชุด)",
    ),
)
BANGKOK_WORDS = re.compile(r"กรุงเทพ|กทม|bangkok|bma\b", re.I)
HISTORY_WORDS = re.compile(
    r"(?<!คน)(?<!ตาม)(?<!คง)(?<!เป็นไปตาม)เดิม|ก่อน(?:การ)?(?:ปรับ|แก้|เปลี่ยน)|ก่อนแก้|ก่อนหน้า|แต่ก่อน|เมื่อก่อน|ตอนก่อน|ก่อนนี้|สมัยก่อน|ฉบับก่อน|ฉบับแรก|ต้นฉบับ|มติ\s*(?:ครม\.?\s*)?แรก|ตอนแรก|ยุคแรก|คนก่อน|อดีต"
    r"|\bprevious|\bbefore\b|\boriginal|used to|formerly|\bold\b|earlier|prior|\bwasn'?t\b|\bweren'?t\b",
    re.I,
)
YESNO_WORDS = re.compile(
    r"ใช่\s*(?:ไหม|มั้ย|มั๊ย|มะ|ป่ะ|ปะ|หรือไม่|หรือเปล่า|เปล่า|รึเปล่า|ไม๊|มั๊ย)|หรือไม่\s*$|หรือเปล่า|รึเปล่า|"
    r"หรือ(?:ยัง|เปลี่ยน\S*|ไม่ได้\S*)\s*(?:ครับ|คะ|ค่ะ|คับ|นะ)?\s*[?？]*\s*$|"
    r"(?:ไหม|มั้ย|มั๊ย|มะ|ป่ะ|ปะ|ป่าว|เหรอ|หรอ|ใช่ป่าว)\s*(?:ครับ|คะ|ค่ะ|คับ|จ้า|ฮะ|นะ)?\s*[?？]*\s*$|"
    r"^(?:แล้ว\s*)?(?:จริง|ใช่)\s*(?:ไหม|มั้ย|มั๊ย|หรือไม่|หรือเปล่า|รึเปล่า|ป่ะ|ปะ|ป่าว|เหรอ|หรอ)\s*(?:ครับ|คะ|ค่ะ|คับ)?\s*(?:ที่|ว่า)|"
    r"^(?:is it true|is it correct|is it right)\b|"
    r"^(?:แน่ใจ(?:นะ|เหรอ|หรอ)?|ชัวร์(?:นะ|เหรอ|หรอ)?)\s*(?:ครับ|คะ|ค่ะ)?\s*(?:ว่า|นะว่า)|"  # "แน่ใจนะว่ามี ดศ. ด้วย": a claim checked
    r"^(?:is|are|does|do|did|was|were|has|have|can|will)\b|[,\s](?:right|isn't it|correct|true|is that (?:right|correct|true))\s*\?*$",
    re.I,
)
LIST_WORDS = re.compile(
    r"บ้าง|มั่ง|มั้ง|ทั้งหมด|ทั้งหลาย|แต่ละ|ทุกประเด็น|ทุกคน|ทุกตำแหน่ง|ครบ|องค์ประกอบ|ประกอบด้วย|มีใคร|มีอะไร|รายชื่อ"
    r"|(?:ใคร|หน่วย\S{0,4}ไหน|อะไร)\s*อีก|\b(?:who|what|which \w+) else\b"  # "มีหน่วยไหนอีก": the rest of a list
    r"|\blist\b|\ball\b|\bevery\b|\beach\b|members|composition|make up|made up",
    re.I,
)
SELF_WORDS = re.compile(r"^(?:ผม|ดิฉัน|ฉัน|หนู|เรา|กระผม|พี่|i\b|i'm|i am|as (?:a|the)\b)|(?:ผม|ดิฉัน|ฉัน)เป็น", re.I)
PREDICTION_WORDS = re.compile(
    r"(?:คน|ครั้ง|รอบ)(?:ต่อไป|ถัดไป)|ครั้งหน้า|รอบหน้า|คนใหม่(?=\S{0,6}จะ)|ในอนาคต|ปีหน้า|พรุ่งนี้|จะเป็นใคร|จะได้|คาดว่า|น่าจะมี|จะมีการ|next\b(?!\s+to\b)|tomorrow|in the future|will be the"
    r"|expected to|going to be|will there be|likely to|จะมีแผน|มีแผน(?:จะ|ที่จะ)|แผน(?:ใน)?อนาคต|\bplans? to\b|any plans",
    re.I,
)
YEAR = re.compile(
    r"(?:ปี|พ\.ศ\.|ค\.ศ\.|\bin|\bof|\bas of|(?:มติ|ระเบียบ|ประกาศ|คำสั่ง|ฉบับ|ครม\.?)(?:\s*ครม\.?)?)\s*((?:25|20)\d\d)\b(?!\s*/)",
    re.I,
)  # "ตามระเบียบ 2565", "มติ ครม. 2563": a document's year


def squash(text: str) -> str:
    return re.sub(r"[\s.()\-_,:;\"'“”]+", "", text.lower())


def holder_forms(holder: str) -> list[str]:
    """ "A/B หรือ C/Dที่ได้รับมอบหมาย" -> [whole, A, B, C, D]: each way the holder can be named;
    "X (Y)" is named as X and as Y too ("เลขาธิการคณะกรรมการข้าราชการพลเรือน (เลขาธิการ ก.พ.)")."""
    out = [holder]
    bracket = re.search(r"^(.*?)\s*\(([^()]{3,60})\)\s*$", holder)
    if bracket:  # "(สพธอ. หรือ ETDA)": each name in the brackets names it
        inner = [
            x.strip() for x in re.split(r"\s+หรือ\s+|\s*/\s*|,\s*", bracket.group(2)) if len(x.strip()) >= 3
        ]
        out += [bracket.group(1).strip(), *[x for x in inner if x not in out]]
    # "X (ผอ. สพธอ.) (Executive Director of ETDA (ผอ. สพธอ.))": X, brackets within brackets gone too
    bare = holder
    for _ in range(3):
        bare = re.sub(r"\s*\([^()]*\)", "", bare)
    # a short name in brackets ("(ผู้อำนวยการ สพธอ.)") names the holder too, wherever the brackets stand
    out += [
        x for x in dict.fromkeys(re.findall(r"\(([^()]{4,40}?[\u0e01-\u0e2e]\.)\)", holder)) if x not in out
    ]
    for part in re.split(r"\s+(?:หรือ|และ)\s*|\s*/\s*", bare):
        part = re.sub(r"(?:ที่ได้รับมอบหมาย|ที่\S*มอบหมาย)$", "", part.strip()).strip()
        if bare.startswith("ผู้แทน") and not part.startswith("ผู้แทน"):
            continue  # "ผู้แทน A B และกรุงเทพมหานคร": an agency that sends one, not a holder by that name
        if len(part) >= 4 and part not in out:
            out.append(part)
    # "รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้าน...": named by its head too ("Is the Deputy Prime Minister ...")
    head = re.match(r"^([\u0e01-\u0e4e]{8,}?)ที่(?!ได้รับมอบหมาย|เกี่ยวข้อง)[\u0e01-\u0e4e]{4,}", holder)
    if head and head.group(1) not in out and not re.search(r"ผู้แทน|หน่วยงาน|ผู้ทรง", head.group(1)):
        out.append(head.group(1))
    # "ผู้อำนวยการสถาบันพัฒนาข้าราชการพลเรือน สำนักงาน ก.พ.": the unit's head, named without its parent office
    unit = re.match(
        r"^((?:ผู้อำนวยการ|หัวหน้า|อธิบดี|เลขาธิการ)(?:สถาบัน|กอง|ศูนย์|สำนัก)[\u0e01-\u0e4e]{6,})\s+(?:สำนักงาน|กระทรวง|กรม)",
        bare,
    )
    if unit and unit.group(1) not in out:
        out.append(unit.group(1))
    if holder.startswith("รองนายกรัฐมนตรี") and "รองนายก" not in out:
        out.append("รองนายก")  # as officials say it ("ไม่ใช่รองนายกเหรอ")
    return out


# "GCIO ระดับจังหวัด", "CIO จังหวัด", "provincial CIO": one level of CIOs, not the national committee
# ("GCIO ระดับกระทรวง กรม และจังหวัด" names all three levels, so no one of them)
_LEVEL = re.compile(
    r"\bG?CIO\s*(?:ระดับ\s*)?(จังหวัด|กระทรวง|กรม)(?![\s\S]{0,12}(?:และ|,|/)\s*(?:ระดับ)?\s*(?:จังหวัด|กระทรวง|กรม))"
    r"|\b(provincial|ministerial|departmental)(?:[\s-]+level)?\s+(?:G?CIO\b|committee)",
    re.I,
)
_LEVELS = {"จังหวัด": "PCIO", "กระทรวง": "MCIO", "กรม": "DCIO",
           "provincial": "PCIO", "ministerial": "MCIO", "departmental": "DCIO"}  # fmt: skip


def bangkok_part(holder: str) -> str | None:
    """The Bangkok alternatives of a holder written "province/Bangkok": "ปลัดกรุงเทพมหานคร หรือรองปลัด..."."""
    if "/" not in holder or "กรุงเทพ" not in holder:
        return None
    picked = []
    for part in re.split(r"\s+(หรือ|และ)\s*", holder):
        if part in ("หรือ", "และ"):
            picked.append(part)
            continue
        alts = [a.strip() for a in part.split("/")]
        bkk = [a for a in alts if "กรุงเทพ" in a]
        picked.append(bkk[0] if bkk else alts[-1])
    text = " ".join(picked).strip()
    tail = re.search(r"(ที่ได้รับมอบหมาย)$", holder)
    if tail and not text.endswith(tail.group(1)):
        text += tail.group(1)
    return text


GENERIC_BODIES = frozenset(
    squash(w) for w in "คณะกรรมการ คณะอนุกรรมการ กระทรวง สำนักงาน หน่วยงาน กรม ส่วนราชการ คณะ ทุกจังหวัด".split()
)


def provinces_part(holder: str) -> str | None:
    """The provinces' alternatives of a holder written "province/Bangkok"."""
    if "/" not in holder:
        return None
    parts = re.split(r"\s+(หรือ|และ)\s*", holder)
    text = " ".join(p if p in ("หรือ", "และ") else p.split("/")[0].strip() for p in parts)
    tail = re.search(r"(ที่ได้รับมอบหมาย)$", holder)
    return text + tail.group(1) if tail and not text.endswith(tail.group(1)) else text


@dataclass
class Found:
    name: str  # canonical form
    start: int  # position in the squashed question
    score: float


_SHORT_NAME = re.compile(r"[\u0e01-\u0e2e]{1,4}\.(?:[\u0e01-\u0e2e]{1,3}\.)*$")


class Vocabulary:
    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self.committees = Committees(kb.glossary, kb.book.committees)
        self._parts: dict[str, list[str]] = {}

    # -- committees -------------------------------------------------------------------------------
    @functools.cached_property
    def _committee_tokens(self) -> dict[str, set[str]]:
        """Words that tell one committee's name from the others' ("จังหวัด" for PCIO)."""
        toks = {
            c.key: {t for a in c.aliases for t in self.kb.thai.tokens(a) if len(t) > 2}
            for c in self.kb.book.committees
        }
        common = set.intersection(*toks.values()) if len(toks) > 1 else set()
        generic = {"คณะ", "กรรมการ", "คณะกรรมการ", "อนุกรรมการ", "ภาครัฐ", "ระดับ", "ระดับสูง", "ดิจิทัล"}
        return {k: v - common - generic for k, v in toks.items()}

    @functools.cached_property
    def _bangkok_committees(self) -> list[str]:
        return [c.key for c in self.kb.book.committees
                if any("กรุงเทพ" in (f.holder or "") or f.variant for f in self.kb.roles_of(c.key))]  # fmt: skip

    def committees_in(self, text: str, expanded: str, tokens: list[str]) -> list[str]:
        """Committees the question names: by name or short form, else by a word only its name has."""
        level = _LEVEL.search(text)
        if level:  # "ประธาน GCIO ระดับจังหวัด": the provincial CIOs' committee, when there is one
            short = _LEVELS[(level.group(1) or level.group(2)).lower()]
            if short in self.committees.items:
                return [short]
        named = self.committees.named_in(text) or self.committees.named_in(expanded)
        if named:
            return named
        scores: dict[str, int] = {}
        for key, words in self._committee_tokens.items():
            hit = len(words & set(tokens))
            if hit:
                scores[key] = hit
        if scores:
            best = max(scores.values())
            return [k for k, v in scores.items() if v == best]
        if BANGKOK_WORDS.search(text) and len(self._bangkok_committees) == 1:
            return self._bangkok_committees
        return []

    def default_committee(self, keys: list[str]) -> str | None:
        """Of several equally named committees, the main one: not a sub-committee, defined first."""
        order = {c.key: i for i, c in enumerate(self.kb.book.committees)}
        keys = sorted(keys, key=lambda k: (self.committees.items[k].sub if k in self.committees.items else True,
                                          order.get(k, 99)))  # fmt: skip
        return keys[0] if keys else None

    # -- roles ------------------------------------------------------------------------------------
    @staticmethod
    def roles_in(text: str) -> list[str]:
        out = []
        for role, pattern in ROLE_WORDS:
            if re.search(pattern, text) and role not in out:
                if role == "member" and out:
                    continue  # "กรรมการและเลขานุการ" is a secretary, not also a member
                out.append(role)
        return out

    # -- holders ----------------------------------------------------------------------------------
    @functools.cached_property
    def _holders(self) -> list[tuple[str, str, str]]:
        """(form, squashed form, fact id) for every way a holder can be named."""
        out = []
        for f in self.kb.book.roles:
            if f.holder:
                for form in holder_forms(f.holder):
                    out.append((form, squash(form), f.id))
                    spelt = squash(
                        self.kb.glossary.substitute(form)
                    )  # "... สป.ดศ." as a question spells it out
                    if spelt != squash(form):
                        out.append((form, spelt, f.id))
        return out

    def holders_in(self, text: str) -> list[tuple[str, list[str]]]:
        """Holder forms named in the question (longest first), each with the facts it names.

        "ปลัดกระทรวงดิจิทัลฯ" names the holder whose name starts that way; in an English question
        whose words the glossary turned Thai, the English words left between them are dropped.
        """
        text = re.sub(r"(?<=[A-Za-z])['’]s\b", "", text)  # "the Minister of X's position": the Minister of X
        q = squash(text) + "|" + squash(re.sub(r"\b[A-Za-z]+\b", " ", text))
        cut_short = [squash(m) for m in re.findall(r"([\u0e01-\u0e4e]{6,})ฯ", text)]
        hits: dict[str, list[str]] = {}
        for form, sq, fid in self._holders:
            if len(sq) < 4:
                continue
            if (
                sq in q
                # a typo, not a place: "ปลัด..." is not named by "...กรุงเทพฯ" alone
                # (never a short name's letters: "ผอ. สพธอ." is not "ผู้อำนวยการ สพร.")
                or (
                    len(sq) >= 8
                    and sq[:4] in q
                    and fuzz.partial_ratio(sq, q) >= 92
                    and not _SHORT_NAME.search(form.strip())
                )
                or any(sq.startswith(c) for c in cut_short)
            ):
                hits.setdefault(form, []).append(fid)
        forms = sorted(hits, key=lambda f: -len(squash(f)))
        kept: list[str] = []
        for f in forms:
            if not any(squash(f) in squash(k) for k in kept):
                kept.append(f)
        return [(f, hits[f]) for f in kept]

    # -- agencies ---------------------------------------------------------------------------------
    @functools.cached_property
    def _agency_forms(self) -> dict[str, set[str]]:
        """Squashed name -> the squashed forms that name the same agency (abbreviations, English)."""
        groups: dict[str, set[str]] = {}
        for key, names in self.kb.glossary.terms.items():
            thai = [n for n in names if re.search(r"[\u0e01-\u0e5b]", n)]
            org = (
                re.match(r"^(สำนักงาน|สำนัก|กระทรวง|กรม|สถาบัน|ศูนย์|คณะกรรมการ|องค์การ)", thai[0])
                if thai
                else None
            )
            if org and len(squash(thai[0])) > len(org.group(1)) + 2:
                canon = squash(thai[0])
                groups.setdefault(canon, {canon}).update({squash(key), *(squash(n) for n in thai)})
        for f in self.kb.book.leads:
            for part in self.split_agencies(f.agencies):
                canon = squash(part)
                if canon in GENERIC_BODIES or len(canon) < 3:
                    continue
                for c, forms in groups.items():
                    if canon in forms or c in canon:
                        break
                else:
                    groups.setdefault(canon, {canon})
        return groups

    def split_agencies(self, text: str) -> list[str]:
        text = re.sub(r"และหน่วยงานที่เกี่ยวข้อง|หน่วยงานที่เกี่ยวข้อง", "", text)
        parts = re.split(r"\s+และ\s*|\s*/\s*|,\s*|\s+(?=[\u0e01-\u0e2e]{1,5}\.)|(?<=\.)\s+", text)
        return [p.strip() for p in parts if len(squash(p)) >= 2]

    def agencies_in(self, text: str, expanded: str) -> list[str]:
        """Canonical (squashed) agencies named in the question: by a short form the glossary knows
        (matched as a whole word, so "ก.พ." is not found inside "ก.พ.ร."), or by a full name."""
        found: list[str] = []
        for key, _, _ in self.kb.glossary.find(text):
            k = squash(key)
            for canon, forms in self._agency_forms.items():
                if k in forms and canon not in found:
                    found.append(canon)
        q = squash(text) + "|" + squash(expanded)
        for canon, forms in self._agency_forms.items():
            if canon not in found and any(len(f) >= 5 and f not in GENERIC_BODIES and f in q for f in forms):
                found.append(canon)
        # a longer agency name contains a shorter one ("สำนักงานก.พ." in "สำนักงานก.พ.ร."): keep the longer
        return [a for a in found if not any(a != b and a in b for b in found)]

    def agency_leads(self, agency: str) -> list[LeadFact]:
        forms = self._agency_forms.get(agency, {agency})
        out = []
        for f in self.kb.book.leads:
            text = squash(f.agencies)
            parts = {squash(p) for p in self.split_agencies(f.agencies)}
            # a short form only as a whole name ("ก.พ." of "สำนักงาน ก.พ.", never inside "ก.พ.ร.")
            if parts & forms or any(len(form) >= 6 and form in text for form in forms):
                out.append(f)
        return out

    def agency_name(self, agency: str) -> str:
        """Display name of a squashed agency key: as the glossary or a lead fact writes it."""
        for names in self.kb.glossary.terms.values():
            for n in names:
                if squash(n) == agency:
                    return n
        for f in self.kb.book.leads:
            for part in self.split_agencies(f.agencies):
                if squash(part) == agency:
                    return part
        return agency

    def leads_it(self, agencies: list[str], lead: LeadFact) -> bool:
        """Whether one of these agencies is among an issue's leads, by any name it goes by
        ("ก.พ." is in "สำนักงาน ก.พ. และ...", not in "สำนักงาน ก.พ.ร.")."""
        named = set(self.agencies_in(lead.agencies, self.kb.glossary.substitute(lead.agencies)))
        return any(a in named for a in agencies)

    # -- issues -----------------------------------------------------------------------------------
    def issue_score(self, lead: LeadFact, content: list[str]) -> float:
        return self.issue_score_text(lead.issue, content)

    def issue_score_text(self, issue: str, content: list[str]) -> float:
        """Share of the question's topic words found in an issue's wording ("การพัฒนา" matches "พัฒนา")."""
        return self.issue_scores(issue, content)[0]

    def issue_scores(self, issue: str, content: list[str]) -> tuple[float, float]:
        """The share of topic words found anywhere in the issue, and the same share weighed by where: an
        issue's head names it, and a word found only in its long tail counts for less, so "ให้บริการประชาชน"
        in the tail of the budget issue does not outweigh "แพลตฟอร์ม" heading the platform issue."""
        if not content:
            return 0.0, 0.0
        tokens = [_stem(t) for t in self.kb.thai.tokens(issue) if t.strip()]
        head, have = set(tokens[:ISSUE_HEAD]), set(tokens)

        def credit(t: str) -> tuple[float, float]:
            t = _stem(t)
            return (1.0, 1.0) if t in head else (1.0, TAIL_CREDIT) if t in have else (0.0, 0.0)

        anywhere, headed = 0.0, 0.0
        for t in content:
            if _stem(t) in have:
                found = [credit(t)]
            elif names := self.kb.glossary.expansions(t):
                # "readiness" -> "ความพร้อม", "DGA" -> "สพร.": the word counts as much as its best reading
                # fits, so an English question weighs each of its words once, as a Thai one does
                found = max(
                    ([credit(p) for p in self.kb.thai.tokens(n) if p.strip()] for n in names),
                    key=lambda c: sum(a for a, _ in c) / max(1, len(c)),
                )
            elif (
                len(t) >= 6
            ):  # "แพลตฟอร์มดิจิทัล" read as one word: its parts, which the issue may order otherwise
                parts = self.parts(t)
                found = [credit(p) for p in parts] if len(parts) > 1 else []
            else:
                found = []
            if found:
                anywhere += sum(a for a, _ in found) / len(found)
                headed += sum(h for _, h in found) / len(found)
        return min(1.0, anywhere / len(content)), min(1.0, headed / len(content))

    def parts(self, word: str) -> list[str]:
        """A compound the tokenizer keeps whole ("แพลตฟอร์มดิจิทัล"), cut in two where both halves are the
        knowledge base's own words (cached); the word itself when no cut works."""
        if word not in self._parts:
            known = self.kb.vocabulary_tokens
            cuts = [
                (word[:i], word[i:])
                for i in range(2, len(word) - 1)
                if word[:i] in known and word[i:] in known
            ]
            self._parts[word] = list(max(cuts, key=lambda c: min(len(c[0]), len(c[1])))) if cuts else [word]
        return self._parts[word]


ISSUE_HEAD = 10  # tokens of an issue's wording that name it
TAIL_CREDIT = 0.6


def _stem(token: str) -> str:
    return re.sub(r"^(?:การ|ความ)(?=\S{2})", "", token)
