"""Guess a resolution's title, date and the earlier resolutions it amends from its own words.

Each guess carries the words it came from, so the admin can check it before anything is written
(and override it with a flag). Dates are read with the project's Thai date reader; Buddhist-era
years become Gregorian, Thai digits are read as digits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from bot.core.models import Document
from bot.thai import THAI_DATE, parse_thai_date

_TITLE = re.compile(r"^\**\s*เรื่อง\s*[:：]?\s*(?P<title>\S.*?)\s*\**$")
_BE_MARK = re.compile(r"(?:พ\.\s*ศ\.|พุทธศักราช)\s*")
# The words before a date that make it a citation of an earlier resolution: "ตามมติคณะรัฐมนตรี",
# "มติคณะรัฐมนตรีเมื่อวันที่", "ตามนัยมติคณะรัฐมนตรี(", "คณะรัฐมนตรีได้มีมติเมื่อวันที่" ("ได้": done before).
_CABINET = r"(?:คณะรัฐมนตรี|ครม\.?)"
_CITES = re.compile(
    rf"(?:(?:ตาม|ทบทวน|ปรับปรุง|แก้ไข|ยกเลิก|นัย|ของ)\s*มติ\s*{_CABINET}\s*(?:ใน)?(?:การประชุม)?\s*(?:เมื่อ)?\s*(?:วันที่)?"
    rf"|มติ\s*{_CABINET}\s*(?:ใน)?(?:การประชุม)?\s*(?:เมื่อ\s*(?:วันที่)?|(?=[(\[]))"
    rf"|{_CABINET}\s*ได้\s*(?:มี)?มติ\s*เมื่อ\s*(?:วันที่)?)\s*[(\[]?\s*$"
)
# The words right before a date that make it the resolution's own: the cabinet meeting ("ที่มา: ที่ประชุม
# คณะรัฐมนตรี ... วันที่", "คณะรัฐมนตรีมีมติเมื่อวันที่", "คณะรัฐมนตรีได้ประชุมปรึกษาเมื่อวันที่"), a header
# ("## มติคณะรัฐมนตรี วันที่", "วันที่ประชุมคณะรัฐมนตรี:"), an order's or a notice's signature.
_OWN_DATE = re.compile(
    rf"(?:^ที่มา\s*[:：]|ที่ประชุม{_CABINET}).{{0,80}}$"
    rf"|(?:การ)?ประชุม{_CABINET}\s*(?:วันที่)?\s*$"
    rf"|{_CABINET}\s*(?:มีมติ|(?:ได้)?ประชุม(?:ปรึกษา)?)\s*(?:เมื่อ)?\s*(?:วันที่)?\s*$"
    rf"|^[#*\s]*มติ\s*{_CABINET}\s*(?:วันที่)?\s*$"
    rf"|วันที่\s*(?:ประชุม)?{_CABINET}\s*(?:มีมติ)?\s*[:：|]?\s*$"
    r"|(?:สั่ง|ประกาศ|ให้ไว้)\s*ณ\s*วันที่\s*$"
)
# A date alone near the top ("วันอังคารที่ ๓๐ พฤศจิกายน ๒๕๖๔", "วันที่: 7 พฤษภาคม 2567"): the heading's date.
_DATE_LINE = re.compile(r"^[#*\s|]*(?:วัน\S{0,8}ที่)?\s*[:：]?\s*$")
HEAD_LINES = 8
_MEETING = re.compile(r"ครั้งที่\s*\S+\s*(?:เมื่อ)?\s*(?:วันที่)?\s*$")


class DateMention(BaseModel):
    date: dt.date
    written: str  # as in the text: "29 กันยายน 2563"
    line: int
    context: str  # the line, shortened, for the admin to check


class AmendGuess(BaseModel):
    date: dt.date
    evidence: str  # the citation as written
    doc_ids: list[str] = Field(default_factory=list)  # existing resolutions of that date (may be none)
    # of that date, but already amended by another resolution it cites
    superseded: list[str] = Field(default_factory=list)


class Guesses(BaseModel):
    title: str | None = None
    title_line: int | None = None
    date: dt.date | None = None
    date_evidence: DateMention | None = None
    date_certain: bool = False  # read off a cabinet-meeting or signature cue, not just the latest date
    amends: list[AmendGuess] = Field(default_factory=list)


def _short(line: str, at: int, span: int = 90) -> str:
    start = max(0, at - span // 2)
    text = line[start : start + span]
    return ("…" if start else "") + text + ("…" if start + span < len(line) else "")


def date_mentions(text: str) -> tuple[list[DateMention], list[DateMention], list[DateMention]]:
    """(own, cited, other) dates: the resolution's own date cues, citations of earlier
    resolutions, and every other date (meetings of other bodies, deadlines)."""
    own, cited, other = [], [], []
    for n, line in enumerate(text.split("\n"), start=1):
        plain = _BE_MARK.sub("", line)
        for m in THAI_DATE.finditer(plain):
            date = parse_thai_date(m.group(0))
            if date is None:
                continue
            mention = DateMention(date=date, written=m.group(0), line=n, context=_short(plain, m.start()))
            prefix = plain[: m.start()]
            before = prefix[-60:]
            if _CITES.search(before):
                cited.append(mention)
            elif _MEETING.search(before):
                other.append(mention)
            elif _OWN_DATE.search(prefix) or (n <= HEAD_LINES and _DATE_LINE.match(prefix)):
                own.append(mention)
            else:
                other.append(mention)
    return own, cited, other


def guess(text: str, existing: Sequence[Document]) -> Guesses:
    """Title from "เรื่อง ...", date from the cabinet meeting (else, uncertain, the latest date that
    is no citation: a resolution is as new as anything it mentions; never a cited date), amends
    from cited dates that match existing documents."""
    out = Guesses()
    for n, line in enumerate(text.split("\n")[:15], start=1):
        m = _TITLE.match(line.strip())
        if m:
            out.title, out.title_line = m.group("title"), n
            break
    own, cited, other = date_mentions(text)
    pick = max(own or other, key=lambda d: (d.date, d.line), default=None)
    if pick is not None:
        out.date, out.date_evidence, out.date_certain = pick.date, pick, bool(own)
    by_date: dict[dt.date, list[str]] = {}
    for d in existing:
        by_date.setdefault(d.meta.date, []).append(d.meta.id)
    seen: set[dt.date] = set()
    for c in cited:
        if c.date in seen or (out.date is not None and c.date >= out.date):
            continue
        seen.add(c.date)
        out.amends.append(
            AmendGuess(date=c.date, evidence=c.context, doc_ids=sorted(by_date.get(c.date, [])))
        )
    _latest_in_chain(out.amends, existing)
    return out


def _latest_in_chain(amends: list[AmendGuess], existing: Sequence[Document]) -> None:
    """A resolution recounts its history ("... 29 กันยายน 2563 ... 15 มีนาคม 2565"): it amends the latest
    of a chain, so a cited resolution that another cited one already amends is left out."""
    graph = {d.meta.id: set(d.meta.amends) for d in existing}

    def amended_by(doc_id: str) -> set[str]:
        out, todo = set(), list(graph.get(doc_id, ()))
        while todo:
            nxt = todo.pop()
            if nxt not in out:
                out.add(nxt)
                todo.extend(graph.get(nxt, ()))
        return out

    cited = {i for a in amends for i in a.doc_ids}
    older = set().union(*(amended_by(i) for i in cited)) if cited else set()
    for a in amends:
        a.superseded = [i for i in a.doc_ids if i in older]
        a.doc_ids = [i for i in a.doc_ids if i not in older]
