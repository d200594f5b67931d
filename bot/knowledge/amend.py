"""Carry amendments across documents.

A newer resolution that amends an older one quotes the old wording ("...ตามนัยมติ...") and
restates it. When the older resolution is in the knowledge base too, the quoted clause is found
in it and marked superseded, linked to its replacement; so a chain of amendments to the same
rule reads newest first, then each earlier version with its own document and date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from bot.core.models import Clause, Document
from bot.knowledge.english import thai_part

MIN_SIMILARITY = 0.85
SINGLE_ROLES = frozenset({"chair", "vice_chair", "secretary"})


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _best_match(quote: Clause, candidates: Sequence[Clause]) -> Clause | None:
    q = _squash(quote.text)
    squashed = [(c, _squash(c.text)) for c in candidates]
    exact = next((c for c, t in squashed if t == q), None)
    if exact is not None:  # a verbatim quotation: the usual case
        return exact
    best, best_ratio = None, MIN_SIMILARITY
    for c, t in squashed:
        # The ratio cannot reach the bar when the lengths differ too much: skip before the costly part.
        if 2 * min(len(q), len(t)) / ((len(q) + len(t)) or 1) < best_ratio:
            continue
        m = SequenceMatcher(None, q, t, autojunk=False)
        if m.real_quick_ratio() < best_ratio or m.quick_ratio() < best_ratio:
            continue
        ratio = m.ratio()
        if ratio >= best_ratio:
            best, best_ratio = c, ratio
    return best


def apply_amendments(docs: Sequence[Document], clauses: list[Clause]) -> None:
    """Mark clauses of amended documents superseded where a newer document quotes and restates them."""
    by_doc: dict[str, list[Clause]] = {}
    for c in clauses:
        by_doc.setdefault(c.doc_id, []).append(c)
    order = {d.meta.id: (d.meta.date, d.meta.id) for d in docs}
    for doc_id in sorted(by_doc, key=lambda i: order.get(i, (None, i))):
        for quote in by_doc[doc_id]:
            if quote.status != "superseded" or quote.kind not in ("item", "paragraph"):
                continue
            if not quote.quoted_from or quote.quoted_from not in by_doc or quote.quoted_from == doc_id:
                continue
            pool = [
                c
                for c in by_doc[quote.quoted_from]
                if c.status == "current" and c.kind in ("item", "paragraph")
            ]
            target = _best_match(quote, pool)
            if target is None:
                continue
            quote.same_as = target.uid
            target.status = "superseded"
            target.replaced_by = quote.replaced_by or quote.uid


# "ให้ยกเลิกความใน 4.1 ของฉบับปรับปรุงรวม และให้ใช้ความต่อไปนี้แทน": the old wording is not quoted, only
# its number; the new wording follows.
BY_REFERENCE = re.compile(
    r"ยกเลิก(?:ข้อ)?(?:ความ|ข้อความ)?\s*(?:ใน|ของ)?\s*(?:ข้อ|วรรค)?\s*(?P<ref>[\d๐-๙]+(?:\.[\d๐-๙]+)*)"
    r"(?![\d๐-๙./])[^\n]{0,120}?ให้ใช้(?:ความ|ข้อความ)?(?:ดัง)?(?:ต่อไปนี้)?\s*แทน"
)
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _number(c: Clause) -> str | None:
    """ "4.1" of a clause numbered "4.1" or "4.1." or quoted ('"4.1 MCIO ...')."""
    if c.number:
        return c.number.translate(_DIGITS).rstrip(".")
    m = re.match(r"^\W{0,2}([\d๐-๙]+(?:\.[\d๐-๙]+)+)\s", c.text)
    return m.group(1).translate(_DIGITS) if m else None


def apply_replacements_by_reference(docs: Sequence[Document], clauses: list[Clause]) -> None:
    """A newer document that cancels a numbered part of the one it amends and gives the new wording:
    the old part is superseded by the wording that follows."""
    amends = {d.meta.id: list(d.meta.amends) for d in docs}
    by_doc: dict[str, list[Clause]] = {}
    for c in clauses:
        by_doc.setdefault(c.doc_id, []).append(c)
    for doc_id, own in by_doc.items():
        if not amends.get(doc_id):
            continue
        own = sorted(own, key=lambda c: c.line)
        for i, c in enumerate(own):
            m = BY_REFERENCE.search(c.text)
            if m is None or i + 1 >= len(own):
                continue
            ref = m.group("ref").translate(_DIGITS).rstrip(".")
            new = own[i + 1]
            if _number(new) not in (ref, None):
                continue  # what follows is another part, not the new wording
            for older in amends[doc_id]:
                target = next(
                    (
                        t
                        for t in by_doc.get(older, [])
                        if t.status == "current" and t.kind in ("item", "paragraph") and _number(t) == ref
                    ),
                    None,
                )
                if target is not None:
                    target.status = "superseded"
                    target.replaced_by = new.uid
                    new.replaces = new.replaces or target.uid
                    break


# -- facts ------------------------------------------------------------------------------------------


def same_holder(a: str | None, b: str | None) -> bool:
    """ "สถิติจังหวัด" names the holder "สถิติจังหวัด/หัวหน้าหน่วยงาน...ของกรุงเทพมหานคร" too."""
    if not a or not b:
        return False
    a, b = thai_part(a), thai_part(b)  # "สถิติจังหวัด (Provincial Statistician)": its Thai
    sa, sb = (re.sub(r"[\"“”'‘’]", "", _squash(x)).rstrip(".") for x in (a, b))
    if sa == sb:
        return True
    short, long = sorted((sa, sb), key=len)
    if len(short) >= 4 and short in long:
        # "ผู้แทนสำนักงาน ก.พ." is not "ผู้แทนสำนักงาน ก.พ.ร.": a short name that goes on is another one
        rest = long[long.find(short) + len(short) :]
        return not re.match(r"\.[\u0e01-\u0e2e]", rest)
    return fuzz.ratio(sa, sb) >= 85 and not _abbreviations_differ(sa, sb)


_DOTTED = re.compile(r"(?:[\u0e01-\u0e2e]{1,3}\.)+[\u0e01-\u0e2e]{0,3}")  # "ก.พ.ร": a short name's letters


def _abbreviations_differ(a: str, b: str) -> bool:
    """ "เลขาธิการก.พ" and "เลขาธิการก.พ.ร": alike letter by letter, two agencies all the same."""
    short_a, short_b = _DOTTED.findall(a), _DOTTED.findall(b)
    return bool(short_a and short_b) and set(short_a) != set(short_b)


def same_named(a: str | None, b: str | None, glossary=None) -> bool:
    """ "เลขาธิการคณะกรรมการข้าราชการพลเรือน" is "เลขาธิการ ก.พ." spelt out: a holder named by an abbreviation."""
    if same_holder(a, b) or not a or not b or glossary is None:
        return same_holder(a, b)
    for x, y in ((a, b), (b, a)):
        y = y + "." if re.search(r"\.[\u0e01-\u0e2e]{1,3}$", y) else y  # "ก.พ" cut before its last dot
        for key, start, end in glossary.find(y):
            if any(same_holder(x, y[:start] + name + y[end:]) for name in glossary.terms.get(key, [])):
                return True
    return False


def same_issue(a: str, b: str) -> bool:
    """Two wordings of one issue: nearly the same text, or one the head of the other."""
    sa, sb = _squash(a), _squash(b)
    if not sa or not sb:
        return False
    common = next((i for i, (x, y) in enumerate(zip(sa, sb, strict=False)) if x != y), min(len(sa), len(sb)))
    if common >= 12 and common >= min(len(sa), len(sb), 30):
        if common >= min(len(sa), len(sb)) or common < 30:
            return True  # one the head of the other, or the same first words
        # both go on past a long shared head ("การพัฒนาดิจิทัลแพลตฟอร์มสำหรับการ" ให้บริการ / ปฏิบัติงาน...):
        # one issue only if they go on alike
        if fuzz.ratio(sa[common : common + 24], sb[common : common + 24]) >= 60:
            return True
    return fuzz.token_set_ratio(a, b) >= 80 or fuzz.ratio(sa, sb) >= 75


def _successor(fact, later: list):
    """The statement that replaced a fact: the earliest later one, a restatement before a quotation."""
    if not later:
        return None
    first = min(g.date or dt.date.min for g in later)
    same = [g for g in later if (g.date or dt.date.min) == first]
    return next((g for g in same if not g.quote), same[0])


def _when(fact) -> dt.date:
    return fact.date or dt.date.min


def supersede_facts(book, docs: Sequence[Document], glossary=None) -> None:
    """A later statement of the same role or lead supersedes the earlier one, across documents.

    Chair, vice chair and secretary have one holder: each statement is replaced by the next one
    in time. Assistant secretaries and members are sets: "แทน Y" / "จากเดิม Y" replaces Y, a later
    list replaces the earlier list, "... เพิ่มเติม" only adds. A Bangkok-only statement supersedes
    only Bangkok. A quotation of old wording ("...ตามนัยมติ...") is never in force itself.
    """

    groups: dict[tuple, list] = {}
    for f in book.roles:
        f.status, f.superseded_by = "current", None
        groups.setdefault((f.committee, f.role, f.variant), []).append(f)
    for (_, role, _), facts in groups.items():
        listed = {d: _listed(facts, d) for d in {g.doc_id for g in facts}} if role not in SINGLE_ROLES else {}
        for f in facts:
            later = [g for g in facts if _when(g) > _when(f)]
            if role not in SINGLE_ROLES:
                later = [
                    g
                    for g in later
                    if (g.replaced and same_holder(f.holder, g.replaced))
                    or (
                        not g.replaced
                        and not g.added
                        and (role == "assistant_secretary" or listed[g.doc_id] >= 2)
                    )
                ]
            nxt = _successor(f, later)
            if nxt is None and f.quote:  # the quoted old rule: replaced by this document's own restatement
                nxt = _successor(f, [g for g in facts if g.doc_id == f.doc_id and not g.quote])
            if nxt is not None or f.quote:
                f.status, f.superseded_by = "superseded", nxt.id if nxt else None
    # "พบว่าคณะกรรมการ GCIO ไม่มีตำแหน่งรองประธาน ... ให้ปลัดกระทรวง... เป็นรองประธาน": the background
    # says there is none, the decision later in the same document creates it.
    for f in book.roles:
        if f.holder is None and f.status == "current" and f.role in SINGLE_ROLES:
            for g in groups[(f.committee, f.role, f.variant)]:
                if (
                    g.doc_id == f.doc_id
                    and g.holder
                    and not g.quote
                    and _position(g.clause) > _position(f.clause)
                ):
                    f.status, f.superseded_by = "superseded", g.id
                    break
    # "ผู้มาประชุม: ... เลขาธิการ ก.พ. กรรมการและเลขานุการ" then "มติที่ประชุม: ให้ปลัด ดศ. เป็นกรรมการและเลขานุการ
    # แทนเลขาธิการ ก.พ.": a replacement later in the same document ends the holding it names.
    for f in book.roles:
        if f.status == "current" and f.holder:
            for g in groups[(f.committee, f.role, f.variant)]:
                if (
                    g.doc_id == f.doc_id
                    and g.replaced
                    and same_named(f.holder, g.replaced, glossary)
                    and _position(g.clause) > _position(f.clause)
                ):
                    f.status, f.superseded_by = "superseded", g.id
                    break
    _keep_bangkok_half(book, groups)
    # "X/Y ของกรุงเทพมหานคร" for all, then a Bangkok-only statement: what Bangkok's seat was is Y
    for f in book.roles:
        if not f.variant or f.status != "current" or f.replaced:
            continue
        earlier = [g for g in book.roles if (g.committee, g.role, g.variant) == (f.committee, f.role, None)
                   and _when(g) < _when(f) and _HALVES.match(g.holder or "")]  # fmt: skip
        if earlier:
            half = _HALVES.match(max(earlier, key=_when).holder or "")
            if half is not None and half.group("bangkok").strip() != (f.holder or "").strip():
                f.replaced = half.group("bangkok").strip()
    # A later general statement that names Bangkok too ("X/ปลัดกรุงเทพมหานคร") supersedes a Bangkok-only one.
    for f in book.roles:
        if f.variant and f.status == "current":
            for g in book.roles:
                if (g.committee, g.role, g.variant) == (f.committee, f.role, None) and g.status == "current":
                    if _when(g) > _when(f) and "กรุงเทพ" in (g.holder or ""):
                        f.status, f.superseded_by = "superseded", g.id
    # Leads: the same issue restated later.
    for f in book.leads:
        f.status, f.superseded_by = "current", None
    # a document that numbers four or more issues lists them all again: its issue 1 is the old issue 1,
    # whatever language or wording it gives the title in
    numbered: dict[str, set[str]] = {}
    for g in book.leads:
        if g.number and not g.duty:
            numbered.setdefault(g.doc_id, set()).add(g.number)
    for f in book.leads:
        later = [
            g
            for g in book.leads
            if _when(g) > _when(f)
            and ((same_issue(f.issue, g.issue) and not _numbered_apart(f, g)) or _refers_to(g.issue, f)
                 or _refers_to(f.issue, g) or (
                f.number and f.number == g.number and (g.cancelled or g.by_number or _refers_to_any(g.issue, f.issue)
                                                       or len(numbered.get(g.doc_id, ())) >= 4)
            ) or (
                g.replaced and same_holder(f.agencies, g.replaced) and _refers_to_any(g.issue, f.issue)
                and not _numbered_apart(f, g)
            ))
        ]  # fmt: skip
        nxt = _successor(f, later)
        if nxt is None and f.quote:
            nxt = _successor(
                f,
                [
                    g
                    for g in book.leads
                    if g.doc_id == f.doc_id and not g.quote and same_issue(f.issue, g.issue)
                ],
            )
        if nxt is not None or f.quote:
            f.status, f.superseded_by = "superseded", nxt.id if nxt else None
    _restated_later(book.leads)


def _restated_later(leads: list) -> None:
    """ "6) สนับสนุนงบประมาณระบบ..." restated issue 6 in short; a later text that ends or restates it by the
    older full title ("การสนับสนุนงบประมาณเพื่อรองรับ...") ends the short restatement too, provided that title
    names one issue only of the older list."""

    by_id = {f.id: f for f in leads}
    for _ in range(3):
        changed = False
        for h in leads:
            f = by_id.get(h.superseded_by or "")
            if f is None or f.status != "current" or f.quote:
                continue
            siblings = [x for x in leads if x.doc_id == h.doc_id and x.number and x.number != h.number]
            later = [
                g
                for g in leads
                if _when(g) > _when(f)
                and not g.quote
                and same_issue(h.issue, g.issue)
                and not _numbered_apart(h, g)
                and not any(same_issue(x.issue, g.issue) and not _numbered_apart(x, g) for x in siblings)
            ]
            nxt = _successor(f, later)
            if nxt is not None:
                f.status, f.superseded_by, changed = "superseded", nxt.id, True
        if not changed:
            break


_HALVES = re.compile(r"^(?P<provinces>[^/]*จังหวัด[^/]*)/(?P<bangkok>[^/]*กรุงเทพ[^/]*)$")


def _keep_bangkok_half(book, groups: dict) -> None:
    """ "สถิติจังหวัด/หัวหน้าหน่วยงาน...ของกรุงเทพมหานคร" replaced by a statement for the provinces alone
    (it names no Bangkok holder): Bangkok's half stays in force, as Bangkok's own variant."""
    ids = {f.id for f in book.roles}
    for f in list(book.roles):
        m = _HALVES.match(f.holder or "")
        if f.variant or f.status != "superseded" or not m or f.superseded_by is None:
            continue
        by = next((g for g in book.roles if g.id == f.superseded_by), None)
        if by is None or by.variant or "กรุงเทพ" in (by.holder or "") or "กทม" in (by.holder or ""):
            continue
        bangkok = groups.get((f.committee, f.role, "กรุงเทพมหานคร"), [])
        if (
            any((g.date or dt.date.min) >= (f.date or dt.date.min) for g in bangkok)
            or f"{f.id}:bangkok" in ids
        ):
            continue  # Bangkok has its own statement since
        half = f.model_copy(update={"id": f"{f.id}:bangkok", "holder": m.group("bangkok").strip(),
                                    "variant": "กรุงเทพมหานคร", "status": "current", "superseded_by": None})  # fmt: skip
        book.roles.append(half)
        groups.setdefault((f.committee, f.role, "กรุงเทพมหานคร"), []).append(half)


def _numbered_apart(f, g) -> bool:
    """Issues 1) and 2) of one table may open with the same words ("การพัฒนาดิจิทัลแพลตฟอร์มสำหรับ..."):
    numbered apart, they are two issues unless their wordings are nearly whole the same."""
    if not (f.number and g.number) or f.number.rstrip(")") == g.number.rstrip(")"):
        return False
    if any(re.fullmatch(r"ประเด็น\S*\s*\(?[\d๐-๙]{1,2}\)?", x.issue.strip()) for x in (f, g)):
        return True  # "ประเด็นที่ 6" and "ประเด็นที่ 2": named by number alone, the numbers decide
    return fuzz.ratio(_squash(f.issue), _squash(g.issue)) < 90


def _listed(facts: list, doc_id: str) -> int:
    """How many members a document lists as its own list: the ones it adds ("และเพิ่ม X เป็นกรรมการ") join the
    old list and do not make a new one of it. Counted once per document, not for every pair of facts."""
    own: list[str] = []
    for f in facts:  # one holder said in Thai and again in an English abstract is one member
        if (
            f.doc_id == doc_id
            and not f.quote
            and not f.added
            and not any(same_holder(f.holder, o) for o in own)
        ):
            own.append(f.holder or "")
    return len(own)


def _refers_to(text: str, old) -> bool:
    """ "ประเด็นที่ 6" / "ข้อ 2.2 (6)" refers to the issue numbered 6); so does an issue of the same number
    in a later table that lists them all again."""
    m = re.search(r"(?:ประเด็น|ข้อ)\s*(?:ที่)?\s*(?:\d+(?:\.\d+)*\s*)?\(?(\d{1,2})\)?", text)
    return bool(m and old.number and old.number.rstrip(")") == m.group(1))


def _refers_to_any(a: str, b: str) -> bool:
    return fuzz.partial_ratio(_squash(a), _squash(b)) >= 70


def _position(uid: str) -> int:
    """Where a clause stands in its document ("doc-id:31" -> 31)."""
    tail = uid.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else -1
