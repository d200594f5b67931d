"""Yes/no checks of a claim about a named thing ("e-Edutainment ยังต้องมีไหม", "Is BYOD still part of
the guideline?", "MCIO ยังรายงานปีละ 2 ครั้งไหม"): the newest text in force that names it decides.

Only a claim that something still holds is judged, and only by terms a text can name exactly (a
system's or measure's Latin name, a count with its unit). The newest resolution that names the
term says yes, unless it names it as what was changed or cancelled ("เปลี่ยนระบบ X เป็น Y",
"ยกเลิก X", "จากเดิม X"). Anything else is left to the passage answer, unjudged.
"""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut, window
from bot.answering.frame import FUNCTION_WORDS, WHICH_RESOLUTION, Frame
from bot.answering.kb import KB, cancels
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.core.models import Clause
from bot.knowledge.facts import SITUATION
from bot.thai import thai_date

# The question itself asks about a change or a prohibition: "ถูกยกเลิกแล้วใช่ไหม" is not judged.
_ASKS_CHANGE = re.compile(
    r"ยกเลิก|เปลี่ยน|แทน|ไม่|ห้าม|ตัด|ถอด|เลิก|cancel|remov|replac|drop|no longer|\bnot\b|n't|instead", re.I
)
# The term named as what was changed, cancelled or replaced.
_CHANGED_BEFORE = re.compile(r"(?:เปลี่ยน|ยกเลิก|แทน|จากเดิม|เดิม|ตัด|ถอด)\S{0,12}$")
_CHANGED_AFTER = re.compile(r"^\S{0,6}(?:ถูกยกเลิก|ยกเลิก|ให้ยกเลิก)")
# An FAQ's question repeats the claim; its answer decides.
_QUESTION = re.compile(r"^\s*(?:ถาม|คำถาม|Q)\s*[:：.]|(?:หรือไม่|ไหม|\?)\s*$", re.I)
_COUNT = re.compile(r"(\d+)\s*(ครั้ง|เดือน|วัน|ปี|ชั่วโมง|times?|months?|days?|years?)", re.I)


def claim_terms(frame: Frame, vocab: Vocabulary) -> list[list[str]]:
    """Terms a text can name exactly, each as its squashed forms (with what the glossary spells it
    out as: "WFH" is "Work from Home"): names of things (acronyms, "e-" names, capitalised names
    like "Hybrid Working") and counts with their unit."""
    named = {squash(a) for c in vocab.committees.items.values() for a in c.aliases}
    named |= {form for forms in vocab._agency_forms.values() for form in forms}  # who, not what
    named |= {squash(a) for a in frame.agencies}
    terms: list[list[str]] = []
    if frame.english:  # of an English sentence, only names: "BYOD", "VPN", "e-Saraban"
        latin = re.findall(r"\b[eE]\s*-\s*[A-Za-z]+|\b[A-Z]{2,8}s?\b", frame.text)
    else:  # in a Thai one, names: "Hybrid Working", "e-Edutainment", "BYOD" (not "approve")
        latin = re.findall(r"\b[eE]\s*-\s*[A-Za-z]+|\b[A-Z][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9]*)*", frame.text)
    # "MCIO DCIO": acronyms side by side are names of their own
    latin = [
        w for t in latin for w in (t.split() if re.fullmatch(r"[A-Z]{2,8}(?:\s+[A-Z]{2,8})+", t) else [t])
    ]
    for t in latin:
        sq = squash(t)
        if len(sq) < 3 or sq in named or t.lower() in FUNCTION_WORDS:
            continue
        # what the glossary spells the whole term out as ("WFH" is "Work from Home"), never a part of it
        whole = [names for key, names in vocab.kb.glossary.terms.items() if squash(key) == sq]
        forms = [sq] + [squash(x) for names in whole for x in names if len(squash(x)) >= 3]
        terms.append(list(dict.fromkeys(forms)))
    terms += [[f"{n}{unit[:4].lower()}"] for n, unit in _COUNT.findall(frame.text)]
    return terms


def check_claim(frame: Frame, kb: KB, vocab: Vocabulary) -> tuple[str, Clause, str] | None:
    """(YES or NO, the clause that decides, its words around the term), or None when not judged."""
    if not frame.yesno or frame.holders or frame.role or frame.history or _ASKS_CHANGE.search(frame.text):
        return None
    terms = claim_terms(frame, vocab)
    if not terms:
        return None
    limit = frame.as_of
    dates = {d.id: d.date for d in kb.documents.values() if limit is None or d.date <= limit}
    clauses = [
        c
        for c in kb.clauses
        if c.doc_id in dates
        and c.status != "superseded"
        and not _QUESTION.search(c.text)
        and not SITUATION.match(
            c.text
        )  # "สาเหตุ: BYOD ไม่มีเงื่อนไข": the problem a decision answers, not the rule
    ]
    # newest document first; within one, a clause that ends the term, then reading order (the sort is stable)
    found_in: list[tuple[Clause, list[str | None], bool]] = []
    for c in sorted(clauses, key=lambda c: dates[c.doc_id], reverse=True):
        if found_in and c.doc_id != found_in[0][0].doc_id:
            break
        text = kb.squashed[c.uid]
        found = [next((f for f in forms if f in text), None) for forms in terms]  # every term in one clause
        if None in found:
            continue
        # "❌ ยกเลิก / cancelled → การนำอุปกรณ์...มาใช้ (BYOD)", "the e-Edutainment system is removed": the line
        # ends the term, whatever else the question says of it
        ended = any(cancels(line) and any(f in squash(line) for f in terms[0]) for line in c.text.split("\n"))
        if not ended and not _covers(frame, text, terms):
            continue  # "BYOD ... ต้องจ่ายค่าอุปกรณ์ให้ไหม": the term is there, what is claimed of it is not
        found_in.append((c, found, ended))
    if found_in:
        c, found, ended = next((x for x in found_in if x[2]), found_in[0])
        text = kb.squashed[c.uid]
        first = found[0] or ""
        at = text.find(first)
        changed = (
            ended
            or _CHANGED_BEFORE.search(text[max(0, at - 24) : at])
            or _CHANGED_AFTER.search(text[at + len(first) : at + len(first) + 20])
        )
        return (messages.NO if changed else messages.YES), c, around_term(frame, c)
    return None


_KEPT = re.compile(r"คงไว้|คงเดิม|ตามเดิม|เช่นเดิม|ไม่มีการเปลี่ยนแปลง|ไม่เปลี่ยนแปลง|unchanged|remains?asbefore", re.I)


def _kept(squashed: str, terms: list[list[str]]) -> bool:
    """The text names the thing only to say it stays as it was (in the words right after it)."""
    for forms in terms:
        for f in forms:
            at = squashed.find(f)
            if at < 0:
                continue
            rest = squashed[at + len(f) : at + len(f) + 120]
            rest = re.split(r"นอกจากนี้|ทั้งนี้|อนึ่ง|\.(?!\d)", rest)[0]  # to where the sentence ends
            if _KEPT.search(rest):
                return True
    return False


def around_term(frame: Frame, c: Clause, size: int = 200) -> str:
    """The clause's words around the term the question names, as far as a space."""
    tidy = re.sub(r"\b([eE])\s+-\s+(?=[A-Za-z])", r"\1-", c.text)  # "e - Office" as the question writes it
    weights = {w: 1.0 for w in re.findall(r"\S+", frame.text)}
    low = tidy.lower()
    for t in frame.content:  # the question's Thai words too, the rarer in the clause the more they tell
        if len(t) >= 4 and re.match(r"[\u0e01-\u0e4e]", t) and (n := low.count(t)):
            weights[t] = 1.0 / n
    terms = re.findall(r"[A-Za-z][\w-]{2,}", frame.text)
    words = window(tidy, weights | {t: 2.0 for t in terms}, size)  # the term named first of all
    at_term = [low.find(t.lower()) for t in terms]
    at_term = [p for p in at_term if p >= 0]
    if at_term and len(tidy) > size and not any(t.lower() in words.lower() for t in terms):
        start = max(0, min(at_term) - size // 2 - 10)
        start = tidy.rfind(" ", 0, start) + 1 if start else 0
        end = tidy.find(" ", min(len(tidy), start + size))
        words = ("…" if start else "") + tidy[start : end if end > 0 else None] + ("…" if end > 0 else "")
    return words


def newest_naming(frame: Frame, kb: KB, vocab: Vocabulary, cited: str) -> Draft | None:
    """ "BYOD ตอนนี้มีเงื่อนไขอะไรบ้าง": a later resolution that names the thing asked about (by a name a
    text can give exactly) speaks for it now, not the older list the answer came from."""
    old = kb.by_uid.get(cited)
    if (
        frame.history
        or frame.yesno
        or frame.holders
        or frame.role
        or old is None
        or old.doc_id not in kb.documents
        or _ASKS_CHANGE.search(frame.text)  # "ระบบอะไรถูกเพิ่มเข้ามาแทน X": what changed is weighed elsewhere
    ):
        return None
    terms = claim_terms(frame, vocab)
    if not terms:
        return None
    head = squash(re.split(r"เช่น|ได้แก่|ประกอบด้วย|[:：]", old.text.split("\n")[0])[0])
    if all(any(f in head for f in forms) for forms in terms):
        return None  # "มาตรการ New Normal มีอะไรบ้าง": the list the answer gives is headed by the thing asked
    since = kb.documents[old.doc_id].date
    later = [
        c
        for c in kb.clauses
        if c.status == "current"
        and c.kind in ("item", "paragraph", "note")  # a rule, not a title or heading that names it
        and not re.search(r"ดังนี้\s*[:：]?\s*$|^\s*เรื่อง\s", c.text)  # nor the subject line of a letter
        and c.doc_id in kb.documents
        and kb.documents[c.doc_id].date > since
        and not _QUESTION.search(c.text)
        and all(any(f in kb.squashed[c.uid] for f in forms) for forms in terms)
        and not _kept(kb.squashed[c.uid], terms)  # "Hybrid Working ให้คงไว้ตามเดิม": the old list still speaks
    ]
    if not later:
        return None
    c = max(later, key=lambda c: kb.documents[c.doc_id].date)  # the newest; the first of it, read in order
    return Draft(kind="measure", lines=[around_term(frame, c, 360)], cite=[c.uid, cited], confidence=0.7)


# Words of the claim itself ("still part of the guideline", "อยู่ในรายการที่ต้องมี"), not what it is about.
_GENERIC = frozenset(
    "ยัง ยังคง อยู่ ยังอยู่ ยังมี ยังต้อง ต้อง มี ใช้ ได้ ทำ รายการ ลิสต์ ลิส ตัวอย่าง ระบบ ส่วน หนึ่ง แนวทาง มาตรการ ตาม กำหนด ให้ หน่วยงาน ภาครัฐ "
    "still part required require allowed allow used use guideline guidelines measure measures list "
    "included include new normal rule rules remote work working agencies agency government".split()
)


def _covers(frame: Frame, have: str, terms: list[list[str]]) -> bool:
    """The clause (`have`, squashed) says what the question claims of the term: most of its other
    topic words are there."""
    named = {f for forms in terms for f in forms}
    rest = [
        t
        for t in frame.content
        if squash(t) not in named and not any(squash(t) in f or f in squash(t) for f in named)
    ]
    rest = [t for t in rest if len(squash(t)) >= 2 and not re.fullmatch(r"[\d.]+", t) and not claim_word(t)]
    if not rest:
        return True
    return sum(1 for t in rest if squash(t) in have) / len(rest) >= 0.6


def claim_word(token: str) -> bool:
    """Made only of the claim's own words ("ยังใช้ได้" is ยัง + ใช้ + ได้)."""
    rest = squash(token)
    for word in sorted(_GENERIC, key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest


_ADDED = re.compile(
    r"เพิ่ม(?:เข้า)?(?:มา)?\s*(?:ใน|เข้า)|เข้ามา(?:อยู่)?\s*ใน|(?:มี|อยู่)\S{0,12}ตั้งแต่|ตั้งแต่\s*(?:มติ|ฉบับ)"
    r"|\badded\b|\bintroduced\b|first\s+(?:appear|includ|list|mention)|since when",
    re.I,
)


def first_named(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
    """ "Digital ID ถูกเพิ่มเข้ามาตอนมติไหน": the oldest resolution whose text names the thing, with
    the clause that names it."""
    asks_doc = frame.when or WHICH_RESOLUTION.search(frame.text)
    if not (_ADDED.search(frame.text) and asks_doc) or frame.holders or frame.role:
        return None
    terms = claim_terms(frame, vocab)
    if not terms:
        return None
    dates = {d.id: d.date for d in kb.documents.values()}
    for c in sorted((c for c in kb.clauses if c.doc_id in dates), key=lambda c: dates[c.doc_id]):
        text = kb.squashed[c.uid]
        if all(any(f in text for f in forms) for forms in terms):
            doc = kb.documents[c.doc_id]
            return Draft(kind="fact", lines=[f"{thai_date(doc.date)} — {doc.title}", f"ในมติ: {cut(c.text, 240)}"],
                         cite=[c.uid], confidence=0.75)  # fmt: skip
    return None


_NEGATION = re.compile(r"(?:ไม่ได้|ไม่|มิได้|ไม่ต้อง|ไม่มี|no longer|not|n't|no)\s*\S{0,6}$", re.I)


def amended_claim(frame: Frame, kb: KB, uid: str) -> str | None:
    """A yes/no about a rule whose wording was amended ("ตอนนี้แค่ให้คำแนะนำ ไม่ได้เห็นชอบแล้วใช่ไหม", "still
    approve the architecture?"): judged by which wording the question's words belong to. Words only the old
    wording has, not denied, claim the old rule (no); words only the new one has, or the old ones denied, claim
    the new (yes); words both share claim what stayed (yes)."""
    c = kb.by_uid.get(uid)
    old = kb.by_uid.get(c.replaces or "") if c is not None else None
    if c is None or old is None:
        return None

    def words(text: str) -> set[str]:
        return {t for t in kb.thai.tokens(text) if len(t) >= 3 and not claim_word(t)}

    new_w, old_w = words(c.text), words(old.text)
    asked = words(frame.text) | words(" ".join(kb.glossary.expansions(frame.text, depth=1)))
    new_only, old_only, both = (new_w - old_w) & asked, (old_w - new_w) & asked, new_w & old_w & asked
    low = frame.text.lower()

    def denied(t: str) -> bool:
        at = low.find(t.lower())
        return at >= 0 and bool(_NEGATION.search(low[max(0, at - 14) : at]))

    old_denied = bool(old_only) and all(denied(t) for t in old_only)
    if old_only and not new_only and not old_denied:
        return messages.NO
    if new_only and (not old_only or old_denied):
        return messages.YES
    if old_denied or (both and not old_only and not new_only and len(both) >= 2):
        return messages.YES
    return None
