"""What a resolution changed: "มติ 16 ก.พ. 64 เพิ่มประเด็นใหม่อะไรบ้าง", "what did the 2023 order change"."""

from __future__ import annotations

import datetime as dt
import re

from bot.answering.answerers.base import Draft, role_label
from bot.answering.answerers.document import Document
from bot.answering.answerers.lead_table import issue_head
from bot.answering.answerers.roles_common import committee_label
from bot.answering.extract import cut
from bot.answering.frame import COMPOSITION_WORDS, NEW_BODY, REST_ASKED, Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary, squash
from bot.core.models import Clause
from bot.knowledge.amend import same_named
from bot.thai import thai_date

BUDGET = 540


ADDED = re.compile(r"เพิ่ม|ใหม่|\bnew\b|\badd", re.I)
_ISSUES = re.compile(r"ประเด็น|\bissues?\b", re.I)
_BODIES = re.compile(r"คณะ(?:อนุกรรมการ|ทำงาน)|อนุกรรมการ|sub-?committee|working\s+group|task\s*force", re.I)


def _asked(text: str) -> str | None:
    """What kind of change the question is about, when it names one."""
    if _ISSUES.search(text) and not _BODIES.search(text):
        return "issues"
    if _BODIES.search(text) and not _ISSUES.search(text):
        return "bodies"
    if re.search(r"มาตรการ|การดำเนินการ|\bmeasures?\b|\bactions?\b", text, re.I):
        return "measures"
    return None


def _kind(text: str) -> str | None:
    """คณะอนุกรรมการ or คณะทำงาน, when the question says which kind of body."""
    if re.search(r"อนุกรรมการ|sub-?committee", text, re.I):
        return "คณะอนุกรรมการ"
    if re.search(r"คณะทำงาน|working\s+group|task\s*force", text, re.I):
        return "คณะทำงาน"
    return None


class Changes:
    name = "changes"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "changes"

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        doc = Document.which(frame, kb, vocab)
        if doc is None:
            return None
        asked, kind = _asked(frame.text), _kind(frame.text)
        reworded: list[tuple[Clause, Clause]] = []
        if frame.committee_changes and frame.date is None and frame.year is None and frame.month is None:
            # "คณะกรรมการ GCIO มีอะไรเปลี่ยนไปบ้างจากมติเดิม": the latest resolution that changed its seats
            seated = {f.doc_id for f in kb.book.roles if f.committee in frame.committees and kb.previous(f)}
            doc = next((d for d in reversed(kb.docs_by_date()) if d.id in seated), doc)
        subs = [c for c in kb.book.committees if c.sub and (kind is None or c.prefix == kind)]
        if asked == "bodies" and not any(c.doc_id == doc.id for c in subs):
            # "คณะทำงานที่ตั้งขึ้นใหม่ชื่ออะไร" with no resolution named: the latest one that set such a body up
            made = {c.doc_id for c in subs}
            doc = next((d for d in reversed(kb.docs_by_date()) if d.id in made), doc)
        roles = [f for f in kb.book.roles if f.doc_id == doc.id and f.status == "current" or
                 (f.doc_id == doc.id and f.superseded_by and not f.superseded_by.startswith(f"role:{doc.id}"))]  # fmt: skip
        roles = [f for f in roles if f.date == doc.date]
        removed = [f for f in kb.removed_seats if (kb.removal(f)[0] or f).doc_id == doc.id]
        leads = [f for f in kb.book.leads if f.doc_id == doc.id and f.date == doc.date]
        measures = [m for m in kb.book.measures if m.doc_id == doc.id]
        bodies = [c for c in subs if c.doc_id == doc.id]
        if asked == "issues" and leads:  # "มตินี้เพิ่มประเด็นใหม่เรื่องอะไร": the issues, new ones first
            new = [f for f in leads if not kb.previous(f) and not f.cancelled]
            leads = new if ADDED.search(frame.text) and new else leads
            roles, removed, measures, bodies = [], [], [], []
        elif asked == "bodies" and not bodies and NEW_BODY.search(frame.text):
            return None  # no body of that kind was set up: not the resolution's other changes
        elif asked == "bodies" and bodies:  # "คณะทำงานที่ตั้งขึ้นใหม่ชื่ออะไร": the bodies it set up
            roles = [f for f in roles if f.committee in {c.key for c in bodies} and f.role == "chair"]
            removed, leads, measures = [], [], []
        elif asked == "measures" and (leads or measures):  # "มาตรการที่เพิ่มใหม่มีอะไรบ้าง": not its seats
            roles, removed, bodies = [], [], []
            named = [
                m
                for m in measures
                if any(len(t) >= 4 and squash(t) in squash(m.title) for t in frame.content)
            ]
            added = _items_added(kb, named) if ADDED.search(frame.text) else []  # the list the question names
            if added:  # "เพิ่มการดำเนินการหลักข้อใหม่เรื่องอะไร": the items its list has that the older one lacked
                lines = [f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)} เพิ่ม:"]
                lines += [f"- {cut(item, 220)}" for _, item in added[:4]]
                return Draft(kind="history", lines=lines, cite=[added[0][0].clause], confidence=0.75)
        elif frame.committee_changes and (
            [f for f in roles + removed if f.committee in frame.committees]
            or _duties_reworded(frame, kb, doc.id)
        ):
            # "คณะกรรมการ GCIO มีอะไรเปลี่ยนไปบ้าง": that committee's seats only
            roles = [f for f in roles if f.committee in frame.committees]
            removed = [f for f in removed if f.committee in frame.committees]
            if frame.bangkok:  # "PCIO ของ กทม. มีอะไรเปลี่ยน": Bangkok's seats, not the provinces'
                roles = [f for f in roles if f.variant or "กรุงเทพ" in (f.holder or "")] or roles
            leads, measures, bodies = [], [], []
            reworded = _duties_reworded(frame, kb, doc.id)
        lines = [f"มติคณะรัฐมนตรีวันที่ {thai_date(doc.date)}:"]
        for c in bodies:
            lines.append(f"- จัดตั้ง{c.name if c.name.startswith('คณะ') else c.prefix + c.name}")
        for f in roles:
            old = kb.previous(f)
            if old and squash(old[0].holder or "") == squash(f.holder or "") and old[0].variant == f.variant:
                continue  # restated as it was ("คงเดิม"): no change
            was = (
                f" (เดิม: {old[0].holder})"
                if old and old[0].holder
                else (f" (แทน {f.replaced})" if f.replaced else "")
            )
            label = role_label(f, f.role, committee_label(vocab, f.committee))
            lines.append(f"- {label}: {f.holder or 'ไม่มี'}{was}")
        for f in removed:  # "ตัดออก ผู้อำนวยการสำนักงานสถิติแห่งชาติ": a seat this resolution ended
            label = role_label(f, f.role, committee_label(vocab, f.committee))
            lines.append(f"- {label}: {f.holder} — ยกเลิก/ตัดออก")
        for f in leads:
            issue = issue_head(f.issue) if len(leads) > 2 else cut(f.issue, 160)  # a few: in full
            who = (f.agencies.splitlines() or [""])[0][:80]
            lines.append(f"- {issue} — ยกเลิก" if f.cancelled or not who else f"- {issue} — {f.label}: {who}")
        for m in measures[:2]:
            lines.append(f"- {issue_head(m.title)}")
        for c, was in reworded[:2]:  # a duty of the committee reworded ("ให้ความเห็นชอบ" → "ให้ข้อเสนอแนะ")
            lines.append(f"- หน้าที่: {cut(c.text, 150)} (เดิม: {cut(was.text, 110)})")
        if len(lines) == 1:
            return None
        out, used = [], 0
        for line in lines:
            if used + len(line) > BUDGET:
                out.append(f"…และอีก {len(lines) - len(out)} รายการ")
                break
            out.append(line)
            used += len(line) + 1
        cite = [f.clause for f in [*roles, *removed, *leads][:3]] or [m.clause for m in measures[:1]]
        cite += [c.uid for c, _ in reworded[:1]]
        return Draft(kind="history", lines=out, cite=cite, confidence=0.75)


def _duties_reworded(frame: Frame, kb: KB, doc_id: str) -> list[tuple[Clause, Clause]]:
    """(new, old) for each item under a duties heading of the committee asked that the resolution reworded."""
    out = []
    for c in kb.clauses:
        old = kb.by_uid.get(c.replaces or "")
        if (
            c.doc_id != doc_id
            or c.status != "current"
            or c.kind != "item"
            or old is None
            or old.kind == "block"
        ):
            continue
        if not any("หน้าที่" in p or re.search(r"\bdut(?:y|ies)\b", p, re.I) for p in c.path[:-1]):
            continue
        above = " ".join(a.text for a in kb.ancestors(c)).lower()
        if any(k.lower() in above for k in frame.committees):
            out.append((c, kb.by_uid.get(old.same_as or "") or old))
    return out


def _same_item(a: str, b: str) -> bool:
    sa, sb = squash(a), squash(b)
    return sa[:12] in sb or sb[:12] in sa


def _items_added(kb: KB, measures: list) -> list[tuple]:
    """(list, item) for each item a resolution's list has that the latest older version of the same list lacked
    (the older one shares at least two items with it)."""
    out = []
    for m in measures:
        older = [
            o
            for o in kb.book.measures
            if o.doc_id != m.doc_id
            and o.date
            and m.date
            and o.date < m.date
            and sum(1 for i in m.items if any(_same_item(i, x) for x in o.items)) >= 2
        ]
        if older:
            prev = max(older, key=lambda o: o.date)
            out += [(m, i) for i in m.items if not any(_same_item(i, x) for x in prev.items)]
    return out


CHANGE_ASKED = re.compile(r"แก้|เปลี่ยน|ปรับ|\bchang|\bamend|\balter|\bmodif|\brevis", re.I)


def changed_by(frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
    """ "มติ 16 มี.ค. 64 ไปแก้องค์ประกอบ PCIO ด้วยมั้ย": whether the resolution named changed a committee's
    seats, judged by what that resolution set, not by who sits there now (one seat is its own answer's)."""
    named_doc = frame.date is not None or frame.month is not None or frame.year is not None
    if not (frame.yesno and frame.committees and named_doc and CHANGE_ASKED.search(frame.text)):
        return None
    if frame.intent in ("lead_of", "issues_of", "lead_table"):
        return None  # "ใครรับผิดชอบหลักสูตร GCIO ... เปลี่ยนเป็นหน่วยอื่นหรือยัง": a lead, not the committee's seats
    if frame.holders or frame.agencies or frame.prediction or REST_ASKED.search(frame.text):
        return None  # a claim about a holder; "จะมีแผนปรับอีกไหม"; "the other members": answered as such
    if frame.role not in (None, "member") and not COMPOSITION_WORDS.search(frame.text):
        return None  # one seat ("เปลี่ยนตัวประธานด้วยไหม"): the seat's own answer says whether it changed
    doc = Document.which(frame, kb, vocab)
    if doc is None or not (
        (frame.date is None or doc.date == frame.date)
        and (frame.year is None or doc.date.year == frame.year)
        and (frame.month is None or (doc.date.year, doc.date.month) == frame.month)
    ):
        return None

    def asked(f) -> bool:
        if frame.bangkok and not f.variant and "กรุงเทพ" not in (f.holder or ""):
            return False  # "... ของ กทม. ด้วยป่าว": Bangkok's seats, not the provinces'
        return f.committee in frame.committees

    before = [f for f in kb.in_force(kb.book.roles, doc.date - dt.timedelta(days=1)) if asked(f)]

    def kept(f) -> bool:
        """Restated as it was (a typo of the old text put right is no change); "no vice chair" where none was."""
        if re.search(r"ตามเดิม|คงเดิม|เช่นเดิม|unchanged", f.evidence):
            return True
        same_seat = [b for b in before if b.role == f.role and (b.variant == f.variant or not b.variant)]
        if not f.holder:
            return not any(b.holder for b in same_seat)
        return any(same_named(b.holder, f.holder, kb.glossary) for b in same_seat)

    changed = [f for f in kb.book.roles if f.doc_id == doc.id and asked(f) and not kept(f)]
    removed = [f for f in kb.removed_seats if (kb.removal(f)[0] or f).doc_id == doc.id and asked(f)]
    what = f"องค์ประกอบ{committee_label(vocab, frame.committees[0])}"
    what += " ของกรุงเทพมหานคร" if frame.bangkok else ""
    when = thai_date(doc.date)
    if not changed and not removed:
        word = "No (ไม่ได้เปลี่ยน)" if frame.english else "ไม่ได้เปลี่ยน"
        now = [f for f in kb.in_force(kb.book.roles) if asked(f)]
        cite = [now[0].clause] if now else [c.uid for c in kb.clauses if c.doc_id == doc.id][:1]
        return Draft(kind="history", lines=[f"{word} — มติคณะรัฐมนตรีวันที่ {when} ไม่ได้แก้ไข{what}"], cite=cite,
                     confidence=0.75)  # fmt: skip
    word = "Yes (เปลี่ยน)" if frame.english else "เปลี่ยน"
    lines = [f"{word} — มติคณะรัฐมนตรีวันที่ {when} แก้ไข{what}:"]
    for f in changed[:5]:
        old = [b.holder for b in before if b.role == f.role and b.variant == f.variant and b.holder]
        was = f" (เดิม: {old[0]})" if len(old) == 1 else ""
        lines.append(f"- {role_label(f, f.role, '')}: {f.holder or 'ไม่มี'}{was}")
    for f in removed[:3]:
        lines.append(f"- {role_label(f, f.role, '')}: {f.holder} — ยกเลิก/ตัดออก")
    return Draft(
        kind="history", lines=lines, cite=[f.clause for f in [*changed, *removed]][:3], confidence=0.75
    )
