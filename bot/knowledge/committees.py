"""Committees the resolutions name, and which one a sentence is about.

A committee is known because a document names it: "คณะกรรมการ GCIO", "คณะกรรมการผู้บริหาร...
ระดับจังหวัด (Provincial Chief Information Officer: PCIO)", "คณะอนุกรรมการพัฒนากำลังคน... (อพด.)".
Names, bracketed abbreviations and the glossary's expansions are merged into one entry per committee,
so a new resolution's committee becomes askable with no code change.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from pydantic import BaseModel, Field

from bot.knowledge.english import BODY_NAME, THAI_GLOSS, english
from bot.thai import Glossary

# "คณะกรรมการ GCIO", "คณะอนุกรรมการพัฒนา... (อพด.)", "คณะกรรมการผู้บริหาร...ระดับจังหวัด (Provincial ...: PCIO)"
_MENTION = re.compile(
    r"(?<!สำนักงาน)(?<!สำนักงาน )(?<!ผู้แทน)(?<!เลขาธิการ)(?<!เลขาธิการ )คณะ(?:(?P<sub>อนุ)?กรรมการ|(?P<wg>ทำงาน)(?!และ)(?!ย่อย))(?:\s?(?P<latin>[A-Z][A-Za-z]{1,12}(?:\s(?:Committee|committee))?)\b)?"
    # "คณะอนุกรรมการพัฒนาขีดความสามารถ GCIO และกำลังคนดิจิทัล": a short English name inside the Thai one
    # (a name ends where another body or the act of setting one up begins: "คณะกรรมการแต่งตั้งคณะอนุกรรมการX")
    r"(?P<thai>(?:(?!แต่งตั้ง|จัดตั้ง|คณะ(?:อนุ)?กรรมการ|คณะทำงาน)[\u0e01-\u0e4e])*(?:\s[A-Z]{2,8}\s(?:และ|กับ)?[\u0e01-\u0e4e]{2,})?)(?:\s*\((?P<abbr>[^()]{1,80})\))?"
)
_FORMERLY = re.compile(
    r"เดิมชื่อ|ชื่อเดิม(?:คือ|ว่า)?|\bformerly\s+(?:called\s+|named\s+|known\s+as\s+)?(?:the\s+)?|\bpreviously\s+(?:called|named|known\s+as)\s+(?:the\s+)?",
    re.I,
)
_RENAMES = re.compile(r"เปลี่ยนชื่อ|\brenam(?:e|es|ed|ing)\b", re.I)
_ENGLISH = re.compile(r"\b(?P<latin>[A-Z]{2,8})\s+(?:Sub-?)?[Cc]ommittee\b")
# "คณะกรรมการดังกล่าว", "คณะทำงานใหม่ที่ต้องรีบตั้ง", "คณะกรรมการที่เกี่ยวข้อง": a reference or what is said of one
_GENERIC_TAIL = re.compile(
    r"^(ดังกล่าว|ชุด(?:นี้|นั้น|ดังกล่าว|ใหม่|เดิม)|ใหม่|เดิม|ที่|นี้|นั้น|อื่น|ทั้ง|มี|ทุกคณะ|ด้วย|และ|หรือ|ใน|ของ|ต่างๆ|ต่าง ๆ"
    # "ปรับองค์ประกอบของคณะกรรมการอีกครั้งหนึ่ง", "คณะกรรมการของเรา", "คณะกรรมการก็...": words said of one
    r"|อีก|ครั้ง|ได้|จะ|ก็|เอง|เป็น|ว่า(?!ด้วย)|ให้|แล้ว|ยัง|นะ|ครับ|ค่ะ|คะ|เรา|ฯ"
    # "รายงานคณะกรรมการทุก 6 เดือน", "ส่งฝ่ายเลขานุการคณะกรรมการภายในวันที่", "กลับไปไม่มีรองประธาน"
    r"|ทุก|ภายใน|กลับ|ไป|มา|ตาม|เพื่อ|โดย|ซึ่ง|จึง)"
)
_OFFICE_OF = re.compile(
    r"(?:Secretary[- ]General|Office|Director(?:[- ]General)?|President|Head|Chair(?:man|person)?)\s+of\s+(?:the\s+)?$",
    re.I,
)
_THAI_ABBR = re.compile(r"^[\u0e01-\u0e2e]{1,6}(?:\.[\u0e01-\u0e2e]{1,4})*\.?$")


_NAME_FILLER = {
    "the",
    "and",
    "of",
    "on",
    "for",
    "in",
    "committee",
    "sub-committee",
    "subcommittee",
    "sub",
    "working",
    "group",
    "task",
    "force",
}


def _most_words_at(alias: str, text: str) -> int:
    """Where a body's long English name is named by most of its words, with its kind ("sub-committee on GCIO
    capability and digital workforce" for "... Workforce Development"); -1 when it is not."""
    kind = re.search(r"sub-?\s*committee|working\s+group|task\s*force|committee", alias, re.I)
    if kind is None or not re.search(re.escape(kind.group(0).split()[0][:8]), text, re.I):
        return -1
    words = [w for w in re.findall(r"[a-z0-9-]+", alias.lower()) if w not in _NAME_FILLER and len(w) >= 3]
    low = text.lower()
    found = [low.find(w) for w in words if re.search(rf"\b{re.escape(w)}", low)]
    return min(found) if len(words) >= 4 and len(found) >= 0.75 * len(words) else -1


_BODY_CUE = re.compile(r"(?:คณะ)?อนุ(?:กรรมการ)?\s*ฯ?|คณะทำงาน")
_BODY_PREFIX = re.compile(r"^(?:คณะอนุกรรมการ|อนุกรรมการ|คณะทำงาน|คณะกรรมการ)")


def _thai_name_cue(alias: str, text: str) -> re.Match[str] | None:
    """The word for a body's kind ("คณะอนุฯ", "อนุกรรมการ") that names it with some words of the rest ("คณะอนุฯ
    พัฒนาขีดความสามารถ GCIO", "อนุฯ วิถีใหม่" for "คณะอนุกรรมการขับเคลื่อนการปฏิบัติงานวิถีใหม่ภาครัฐ"); None
    when none does. Eight letters at least, so a generic word ("พัฒนา") names nothing."""
    prefix = _BODY_PREFIX.match(alias)
    if prefix is None:
        return None
    name = _squash(alias[prefix.end() :])
    working = prefix.group(0) == "คณะทำงาน"
    for m in _BODY_CUE.finditer(text):
        if (m.group(0) == "คณะทำงาน") != working:
            continue  # a sub-committee is called "อนุฯ", a working group "คณะทำงาน"
        tail = _squash(text[m.end() : m.end() + len(name) + 10]).lstrip("ฯ")
        n = len(os.path.commonprefix([tail, name]))
        if n < 8 and n != len(name):  # a part from inside the name, as officials shorten it
            n = next((k for k in range(min(len(tail), len(name)), 7, -1) if tail[:k] in name), 0)
        if n >= min(8, len(name)) and (n == len(name) or n >= 8):
            return m
    return None


class Committee(BaseModel):
    key: str  # "GCIO", "PCIO", "อพด.", or the Thai name when it has no short form
    name: str  # how answers name it
    aliases: list[str] = Field(default_factory=list)  # every form to look for in a question
    sub: bool = False  # a sub-committee (คณะอนุกรรมการ) or a working group (คณะทำงาน)
    prefix: str = "คณะกรรมการ"  # what the body is called: คณะกรรมการ, คณะอนุกรรมการ, คณะทำงาน
    doc_id: str = ""
    line: int = 0


def _squash(text: str) -> str:
    return re.sub(r"[\s.()\-]+", "", text.lower())


class Committees:
    """The registry: committees merged by name, abbreviation and glossary expansion."""

    def __init__(self, glossary: Glossary, items: Iterable[Committee] = ()) -> None:
        self.glossary = glossary
        self.items: dict[str, Committee] = {c.key: c for c in items}

    # -- reading documents ------------------------------------------------------------------------
    def _short_form(self, latin: str | None, abbr: str | None) -> str | None:
        if latin:
            return latin.split()[0]
        if not abbr:
            return None
        tail = abbr.split(":")[-1].strip()
        if re.fullmatch(r"[A-Z][A-Za-z]{1,12}", tail) or _THAI_ABBR.match(tail):
            return tail
        acronym = re.search(r"\b[A-Z]{2,8}\b", abbr)  # "(คณะอนุกรรมการ GEA)", "(Government ...: GEA)"
        if acronym and len(abbr.split()) > 3 and not re.search(r"\b[A-Z]{2,8}\s*$", abbr):
            return None  # "(Government AI Governance Working Group)": a word of an English name, not its short form
        return acronym.group(0) if acronym else None

    def _key_for(self, thai: str, short: str | None) -> str:
        """Existing entry this mention belongs to, by short form, name or glossary expansion."""
        if short:
            for c in self.items.values():
                if _squash(short) in {_squash(a) for a in c.aliases}:
                    return c.key
        if thai:
            sq = _squash(thai)
            for c in self.items.values():
                names = {re.sub(r"^(?:คณะ)?(?:(?:อนุ)?กรรมการ|ทำงาน)", "", _squash(a)) for a in c.aliases}
                if sq in names or sq == _squash(c.key):
                    return c.key
            if sq.endswith("ฯ") and len(sq) > 6:  # "คณะอนุกรรมการขับเคลื่อนวิถีชีวิตใหม่ฯ": the full name cut short
                for c in self.items.values():
                    names = {re.sub(r"^(?:คณะ)?(?:(?:อนุ)?กรรมการ|ทำงาน)", "", _squash(a)) for a in c.aliases}
                    if any(n.startswith(sq[:-1]) and n != sq for n in names):
                        return c.key
            # the glossary says which short form this name is ("ผู้บริหาร...ระดับจังหวัด" = PCIO)
            for key, names in self.glossary.terms.items():
                if short and _squash(short) != _squash(key):
                    continue  # "คณะทำงานสถาปัตยกรรมองค์กรภาครัฐ (...: GEA WG)" is GEA, not the concept EA
                if any(_squash(n) == sq for n in names) and re.fullmatch(r"[A-Z]{2,8}", key):
                    return key
        return short or thai

    def add_mention(self, m: re.Match[str], doc_id: str, line: int) -> str | None:
        latin, thai, abbr = m.group("latin"), m.group("thai") or "", m.group("abbr")
        if abbr and re.match(r"\s*(?:ภายใต้|สังกัด|ขึ้นกับ|ขึ้นตรงต่อ|under\b|within\b)", abbr, re.I):
            abbr = None  # "คณะทำงาน X (ภายใต้คณะกรรมการ PCIO)": the body it sits under, no other name for it
        # "คณะกรรมการทดสอบกลางไม่มีตำแหน่งรองประธาน": the name ends where what is said of it begins
        # ("คณะกรรมการส่วนใหญ่เป็นเรื่อง...": what is said of the committee, so no name at all)
        thai = re.split(
            r"(?:ไม่มี|ยังไม่|ไม่ได้|มีมติ|กลั่นกรอง|ก่อนเสนอ|เสนอ(?!แนะ)|ซึ่ง(?:มี|เป็น|ได้|ตั้ง|จัดตั้ง)|ได้ประชุม|ประชุม(?:ครั้ง|อย่าง|ทุก|เดือน|ปี)|รายงาน|มีหน้าที่|ส่วนใหญ่|ส่วนมาก|ทั้งหมด|ทาง(?:ขวา|ซ้าย)|ด้าน(?:บน|ล่าง|ขวา|ซ้าย)|เป็นเรื่อง|เป็น(?:ผู้|หน่วยงาน|เจ้าภาพ)|เห็นชอบ|เห็นควร|จึง|ต้อง|ควร|ขึ้น(?:แทน|ใหม่|ภายใต้|เพื่อ|$))",
            thai,
        )[0]
        working_group = bool(m.groupdict().get("wg"))
        sub = bool(m.groupdict().get("sub")) or working_group
        level = {"ระดับจังหวัด": "PCIO", "จังหวัด": "PCIO", "ระดับชาติ": "GCIO"}.get(thai.strip())
        if not latin and not sub and level in self.items:
            return level  # "คณะกรรมการระดับจังหวัด": the provincial committee, by the level it works at
        if not latin and (not thai or _GENERIC_TAIL.match(thai)):
            return None  # "คณะกรรมการดังกล่าว": a reference, not a name
        prefix = "คณะทำงาน" if working_group else "คณะอนุกรรมการ" if sub else "คณะกรรมการ"
        if latin and not thai:  # "คณะทำงาน New Normal ภาครัฐ ขึ้นกับใคร": a short name already known
            said = _squash(f"{prefix}{latin}")
            known = [c.key for c in self.items.values() for a in c.aliases if _squash(a).startswith(said)]
            if known:
                return known[0]
        short = self._short_form(latin, abbr)
        if latin and not thai:
            thai = ""
        key = self._key_for(thai, short)
        entry = self.items.get(key)
        if entry is None:
            name = f"{prefix}{thai}" if thai else f"{prefix} {key}"
            if thai and short:
                name += f" ({short})"
            entry = Committee(key=key, name=name, sub=sub, prefix=prefix, doc_id=doc_id, line=line)
            self.items[key] = entry
        # The name with its prefix ("คณะอนุกรรมการX", "อนุกรรมการX"), never bare: "ข้าราชการพลเรือน" alone is
        # also part of "เลขาธิการคณะกรรมการข้าราชการพลเรือน", an agency head.
        keyed = re.fullmatch(r"[A-Z][A-Za-z]{1,12}", key) or _THAI_ABBR.match(key)
        forms = [key if keyed else "", f"{prefix}{thai}" if thai else "", short or ""]
        forms += [f"{prefix[3:]}{thai}"] if thai and len(thai) >= 6 and not working_group else []
        forms += self.glossary.terms.get(key, []) if short else []
        if abbr and re.fullmatch(r"[A-Za-z][A-Za-z\s\-]{3,60}", abbr.strip()) and " " in abbr.strip():
            english = (
                abbr.strip()
            )  # "(New Normal Working Group)": its English name, and "คณะทำงาน New Normal"
            bare = re.sub(
                r"\s*(?:Working\s+Group|Sub-?\s*[Cc]ommittee|Committee|Board)$", "", english, flags=re.I
            )
            forms += [english, f"{prefix}{bare}", f"{prefix} {bare}"]
        named = abbr.strip() if abbr and re.match(r"คณะ(?:อนุ)?(?:กรรมการ|ทำงาน)\s*\S", abbr.strip()) else ""
        if named and not short:  # "(คณะทำงาน New Normal ภาครัฐ)": a short name of its own
            forms.append(named)
            latin_part = re.match(r"(คณะ\S*?(?:กรรมการ|ทำงาน)\s*[A-Za-z][A-Za-z\s\-]*[A-Za-z])", named)
            if latin_part:  # "คณะทำงาน New Normal", as officials shorten it
                forms.append(latin_part.group(1))
        for form in forms:
            if form and len(_squash(form)) >= 2 and form not in entry.aliases:
                entry.aliases.append(form)
        if thai and short and "(" not in entry.name:
            entry.name = f"{prefix}{thai} ({short})"
        return key

    def read(self, text: str, doc_id: str = "", line: int = 0) -> list[str]:
        """Keys of the committees named in text, registering new ones, in order of appearance."""
        found: list[tuple[int, str]] = []
        text = text.replace("**", "")  # "the **New Normal Sub-committee** (คณะอนุกรรมการ...)": one name, bold
        for m in _MENTION.finditer(text):
            key = self.add_mention(m, doc_id, line)
            if key:
                found.append((m.start(), key))
        for m in _ENGLISH.finditer(text):
            key = self._key_for("", m.group("latin"))
            if key in self.items:
                found.append((m.start(), key))
        taken = [(m.start(), m.end()) for m in _ENGLISH.finditer(text)]
        for m in BODY_NAME.finditer(text):
            if not english(text) or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _OFFICE_OF.search(text[: m.start()]):
                continue  # "Secretary-General of the National Cyber Security Committee": an agency's head, not a body here
            # "a Working Group on Data Sharing (คณะทำงานด้านการแบ่งปันข้อมูล)": one body, by both its names
            gloss = THAI_GLOSS.match(text, m.end())
            key = self.add_english(m.group("name"), doc_id, line, gloss.group(1).strip() if gloss else None)
            if key:
                found.append((m.start(), key))
        return [k for _, k in sorted(found)]

    def add_english(self, name: str, doc_id: str, line: int, thai: str | None = None) -> str | None:
        """ "Subcommittee on Government Cybersecurity", "New Normal Working Group": a body an English text names.
        A bare "the Committee" names none; one the registry knows by another name keeps its entry."""
        name = re.sub(r"^(?:(?:The|A|An|This|That|Each|Every|Its|Such|Of|And|For|On)\s+)+", "", name.strip())
        name = re.sub(r"\s+(?:of|and|for|on|the)$", "", name)
        words = name.split()
        kind = re.search(r"Working\s+Group|Task\s*Force|Sub-?[Cc]ommittee|Committee|Board|Panel", name)
        if kind is None or len(words) < 2 or re.fullmatch(r"[A-Z]{2,8}\s+\S+", name):
            return None  # "GCIO Committee" is the GCIO committee, already known by its short form
        body = kind.group(0)
        bare = re.sub(rf"\s*{re.escape(body)}\s*", " ", name).strip()
        bare = re.sub(r"^(?:on|for|of)\s+(?:the\s+)?", "", bare)
        if not bare or not re.search(r"[A-Z]", bare):
            return None
        prefix = (
            "คณะทำงาน"
            if re.match(r"Working|Task", body)
            else "คณะอนุกรรมการ"
            if body.lower().startswith("sub")
            else "คณะกรรมการ"
        )
        forms = [name, f"{prefix} {bare}", f"{prefix}{bare}"] + ([thai] if thai else [])
        known = {_squash(f) for f in forms}
        for c in self.items.values():
            if known & {_squash(a) for a in c.aliases}:
                for f in forms:
                    if f not in c.aliases:
                        c.aliases.append(f)
                if thai:  # "New Normal Sub-committee (คณะอนุกรรมการ...)": an entry made from the English alone is this one
                    for other in [o for o in self.items.values() if o.key == name and o.key != c.key]:
                        c.aliases += [a for a in other.aliases if a not in c.aliases]
                        del self.items[other.key]
                return c.key
        entry = Committee(key=name, name=f"{prefix} {bare} ({name})", sub=prefix != "คณะกรรมการ", prefix=prefix,
                          aliases=forms, doc_id=doc_id, line=line)  # fmt: skip
        self.items[name] = entry
        return name

    def merge(self, keep: str, drop: str) -> None:
        """One body by two names ("Y (เดิมชื่อ X)"): the entry first read keeps its key, answers use the new name."""
        a, b = self.items.get(keep), self.items.get(drop)
        if a is None or b is None or a is b:
            return
        a.aliases += [x for x in b.aliases if x not in a.aliases]
        a.name = b.name
        del self.items[drop]

    def renamed(self, text: str, doc_id: str, line: int, before: list[str]) -> None:
        """ "คณะอนุกรรมการ Y (เดิมชื่อ "คณะอนุกรรมการ X")", "เปลี่ยนชื่อ X เป็น Y", "Y (formerly the X)":
        a body renamed is the same body; `before` are the bodies named just before, nearest last."""
        text = text.replace("**", "")
        cue = _FORMERLY.search(text)
        if cue is not None:
            old = self.read(text[cue.end() : cue.end() + 160], doc_id, line)
            new = self.read(text[: cue.start()], doc_id, line) or before
            if old and new and old[0] != new[-1]:
                self.merge(old[0], new[-1])
            return
        cue = _RENAMES.search(text)
        if cue is not None:
            names = self.read(text[cue.start() :], doc_id, line)
            if len(names) >= 2 and names[0] != names[1]:
                self.merge(names[0], names[1])

    # -- finding them in any text -----------------------------------------------------------------
    def named_in(self, text: str) -> list[str]:
        """Known committees named in text (by any alias, or a bare short form like "PCIO"), in order."""
        squashed = _squash(text)
        hits: list[tuple[int, int, str]] = []
        for c in self.items.values():
            for alias in c.aliases:
                a = _squash(alias)
                if len(a) < 2:
                    continue
                if re.fullmatch(r"[a-z]{2,12}", a):
                    m = re.search(rf"(?<![a-z]){re.escape(a)}(?![a-z])", squashed)
                    pos = m.start() if m else -1
                else:
                    pos = squashed.find(a)
                if pos < 0 and re.search(r"[A-Za-z]", alias) and len(alias.split()) >= 4:
                    pos = _most_words_at(
                        alias, text
                    )  # "the sub-committee on GCIO capability": its name, cut short
                if pos < 0 and c.sub and (cue := _thai_name_cue(alias, text)) is not None:
                    pos = len(_squash(text[: cue.start()]))
                if pos >= 0:
                    hits.append((pos, -len(a), c.key))
        found: list[tuple[int, str]] = []
        covered: list[tuple[int, int]] = []
        for pos, neg_len, key in sorted(hits, key=lambda h: (h[1], h[0])):
            if any(s <= pos < e for s, e in covered):
                continue  # a shorter alias inside a longer one already matched
            covered.append((pos, pos - neg_len))
            if key not in {k for _, k in found}:
                found.append((pos, key))
        return [k for _, k in sorted(found)]

    def name_cues(self, text: str) -> list[tuple[int, int]]:
        """Where "อนุกรรมการ" and the like start a body's shortened name, not a member's seat ("อนุกรรมการ
        วิถีใหม่ต้องรายงานใคร")."""
        spans = []
        for c in self.items.values():
            if c.sub:
                for alias in c.aliases:
                    if (
                        _squash(alias) not in _squash(text)
                        and (cue := _thai_name_cue(alias, text)) is not None
                    ):
                        spans.append(cue.span())
        return spans

    def get(self, key: str | None) -> Committee | None:
        return self.items.get(key) if key else None

    def label(self, key: str | None) -> str:
        c = self.get(key)
        if c is None:
            return "คณะกรรมการ"
        return f"คณะกรรมการ {c.key}" if re.fullmatch(r"[A-Z]{2,8}", c.key) and not c.sub else c.name
