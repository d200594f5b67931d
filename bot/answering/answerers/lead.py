"""Who leads an issue: "ใครรับผิดชอบการสนับสนุนงบประมาณ", "ประเด็นที่ 4 ใครเป็นเจ้าภาพ"."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.bank import short
from bot.answering.extract import INTRODUCES, render_list
from bot.answering.frame import FUNCTION_WORDS, LEAD_WORDS, WORDING, Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.knowledge.facts import LeadFact
from bot.thai import ARABIC_DIGITS, thai_date

MIN_OVERLAP = 0.34
CLAIM_TIE = 0.08  # a claimed issue this close to the best one, with as many of the question's words
CLEAR_MARGIN = 0.1  # search and generated questions agree on one issue well ahead of the next


NO_SUCH_ISSUE = LeadFact(id="-", issue="", agencies="", clause="", doc_id="")


_ASKED_LEAD = re.compile(
    r"(หน่วยงาน|หน่วย|กระทรวง)\s*(?:ไหน|ใด|อะไร)|\b(?:which|what)\s+(agency|agencies|body|bodies|organi[sz]ations?|ministry|ministries|unit)\b",
    re.I,
)


def _numbered(frame: Frame, leads: list[LeadFact]) -> LeadFact | None:
    """ "ประเด็นที่ 6", "ข้อ 2.2 ข้อ 6", "issue 4": the issue with that number in its list; NO_SUCH_ISSUE when
    the issues are numbered and none has that number ("ประเด็นที่ 9" of eight)."""
    refs = re.findall(
        r"(?:ประเด็น|ข้อ|issue|item|no\.?)\s*(?:ที่|number|no\.?)?\s*\(?(\d+(?:\.\d+)*)\)?", frame.text, re.I
    )
    plain = [r for r in refs if "." not in r]
    if not plain:
        return None
    hits = [f for f in leads if f.number and f.number.rstrip(")") == plain[-1]]
    if not hits and re.search(r"ประเด็น|issue", frame.text, re.I) and sum(1 for f in leads if f.number) >= 3:
        return NO_SUCH_ISSUE
    return max(hits, key=lambda f: f.date or 0) if hits else None


def _current(f: LeadFact, kb: KB, in_force: dict[str, LeadFact]) -> LeadFact | None:
    """The fact in force that an older wording of the same issue led to."""
    seen = set()
    while f.id not in in_force and f.superseded_by and f.superseded_by not in seen:
        seen.add(f.superseded_by)
        nxt = kb.leads.get(f.superseded_by)
        if nxt is None:
            break
        f = nxt
    return in_force.get(f.id)


def best_lead(frame: Frame, kb: KB, vocab: Vocabulary, exclude_agency: bool = False) -> LeadFact | None:
    """The lead fact the question is about: by number, by shared words with any wording the issue has
    had (a later table may shorten it), by the generated questions."""
    leads = kb.in_force(kb.book.leads, frame.in_force_at) if not frame.history else kb.book.leads
    if not leads:
        return None
    numbered_asked = re.search(
        r"(?:ประเด็น|issue)\s*(?:ที่|no\.?)?\s*\(?\d", frame.text, re.I
    )  # "แล้วประเด็น 4 ละ"
    if (
        frame.clause_context
        and not numbered_asked
        and (
            not [
                t for t in frame.content if not LEAD_WORDS.search(t)
            ]  # "เดิมล่ะ", "แล้วใครเป็นเจ้าภาพ": nothing new
            or re.search(r"ประเด็น(?:นั้น|นี้|ดังกล่าว)|(?:that|this|the same) issue", frame.text, re.I)
        )
    ):
        said = next(
            (f for f in leads if f.clause == frame.clause_context), None
        )  # the issue just answered about
        if said is not None:
            return said
    numbered = _numbered(frame, leads)
    if numbered is NO_SUCH_ISSUE:
        return None if _numbered(frame, kb.book.leads) is NO_SUCH_ISSUE else _numbered(frame, kb.book.leads)
    if numbered is not None:
        return numbered
    content, query = frame.content, frame.text
    if exclude_agency and frame.agencies:  # "สงป. เป็นเจ้าภาพเรื่อง X ใช่ไหม": find X, not the budget issue
        agency_words = {t for a in frame.agencies for t in kb.thai.tokens(vocab.agency_name(a))}
        for a in frame.agencies:  # "สำนักงาน ก.พ.", "ดศ.": the words of any name the agency goes by
            for form in vocab._agency_forms.get(a, {squash(a)}):
                agency_words |= {squash(t) for t in kb.thai.tokens(form)} | {form}
        content = [
            t for t in content
            if t not in agency_words and squash(t) not in agency_words and not LEAD_WORDS.search(t) and t != "หลัก"
        ]  # fmt: skip
        agency_forms = {f for a in frame.agencies for f in vocab._agency_forms.get(a, {squash(a)})}
        for key, start, end in sorted(kb.glossary.find(query), key=lambda k: -k[1]):
            names = {squash(key), *(squash(x) for x in kb.glossary.expansions(key))}
            if names & agency_forms:  # the agency's own name; other terms ("แพลตฟอร์มดิจิทัล") are the topic
                query = query[:start] + " " + query[end:]
        for a in frame.agencies:
            query = query.replace(vocab.agency_name(a), " ")
    # the words that ask for the lead ("หน่วยงานไหน", "which agency leads") name no issue
    asked = {(m.group(1) or m.group(2)).lower() for m in _ASKED_LEAD.finditer(frame.text)}
    content = [t for t in content if not LEAD_WORDS.search(t) and t.lower() not in asked]
    in_force = {f.id: f for f in leads}
    wordings: dict[str, list[str]] = {f.id: [f.issue] for f in leads}
    for old in kb.book.leads:
        cur = _current(old, kb, in_force)
        if cur is not None and old.id != cur.id:
            wordings[cur.id].append(old.issue)
    clause_of = {f.clause: f for f in kb.book.leads}
    hits = kb.search(query, k=8, keep=lambda c: c.uid in clause_of)
    near: dict[str, float] = {}
    for e, sim in frame.bank:
        # a claim about an agency: its own generated questions point to its issues, not to the one claimed
        if e.intent in (("lead_of",) if exclude_agency else ("lead_of", "issues_of", "yes_no")) and e.fact:
            near[e.fact] = max(near.get(e.fact, 0.0), sim)
    top = max(near.values(), default=0.0)
    scored: dict[str, float] = {}
    for rank, h in enumerate(hits):
        cur = _current(clause_of[h.clause.uid], kb, in_force)
        if cur is not None:
            scored[cur.id] = max(scored.get(cur.id, 0.0), h.score * (1.0 - 0.05 * rank))
    both = {fid: [vocab.issue_scores(w, content) for w in wordings[fid]] for fid in in_force}
    overlap = {fid: max(a for a, _ in pairs) for fid, pairs in both.items()}
    headed = {fid: max(h for _, h in pairs) for fid, pairs in both.items()}
    for fid in in_force:
        scored[fid] = scored.get(fid, 0.0) + 0.3 * headed[fid] + max(0.0, 0.05 - (top - near.get(fid, 0.0)))
    ranked = sorted(scored, key=lambda k: -scored[k])
    f = in_force[ranked[0]]
    if exclude_agency and frame.agencies:
        # "ก.พ. รับผิดชอบเรื่องพัฒนาบุคลากรใช่ไหม": of issues the words fit about equally well, the one the
        # claimed agency leads is the one the claim is about
        close = [
            k for k in ranked[1:] if scored[ranked[0]] - scored[k] <= CLAIM_TIE and headed[k] >= headed[f.id]
        ]
        led = [k for k in close if vocab.leads_it(frame.agencies, in_force[k])]
        if led and not vocab.leads_it(frame.agencies, f):
            f = in_force[led[0]]
    # a claim "X เป็นเจ้าภาพเรื่อง Y ใช่ไหม": search and generated questions agree on one issue
    clear = exclude_agency and len(ranked) > 1 and scored[ranked[0]] - scored[ranked[1]] >= CLEAR_MARGIN
    # ... or the search finds it far ahead of any other issue ("ใครต้องรวบรวมประเด็นปัญหาอุปสรรค...เสนอ GCIO Committee")
    ahead = (
        len(hits) > 1
        and _current(clause_of[hits[0].clause.uid], kb, in_force) is f
        and hits[0].score - hits[1].score >= 0.25
    )
    if overlap[f.id] < MIN_OVERLAP and near.get(f.id, 0.0) < top and not clear and not ahead:
        return None  # the nearest issue shares too little with the question, and no other sign points to it
    if _quotes_elsewhere(frame, kb, names_only=bool(LEAD_WORDS.search(frame.text))):
        return None  # "ใครต้องเป็นผู้นำการปรับเปลี่ยน...": words of another clause, not of any issue
    return f


def _quotes_elsewhere(frame: Frame, kb: KB, names_only: bool = False) -> bool:
    """The question quotes words running together that no issue's row says and another clause in force does: three
    Thai words about a small one ("ผู้นำ การ ปรับเปลี่ยน"), or a name in Latin letters the text capitalises
    ("digital transformation"); it asks who that clause names, not who leads an issue. When it asks for a lead in so
    many words, only such a name counts."""
    toks = [t for t in frame.tokens if t.strip()]
    runs = set()
    if not names_only:
        runs |= {
            squash(a + m + b)
            for a, m, b in zip(toks, toks[1:], toks[2:], strict=False)
            if a not in FUNCTION_WORDS and b not in FUNCTION_WORDS and len(m) <= 3
            and len(squash(a + m + b)) >= 14 and not re.search(r"[A-Za-z]", a + m + b)
        }  # fmt: skip
    runs |= {
        squash(a + b)
        for a, b in zip(toks, toks[1:], strict=False)
        if a not in FUNCTION_WORDS and b not in FUNCTION_WORDS and re.fullmatch(r"[a-z]{3,}", a)
        and re.fullmatch(r"[a-z]{3,}", b) and len(a + b) >= 12
        and any(
            re.fullmatch(r"[A-Z]\w*\s+[A-Z]\w*", m.group(0))
            for c in kb.clauses
            for m in re.finditer(rf"\b{re.escape(a)}\s+{re.escape(b)}\b", c.text, re.I)
        )
    }  # fmt: skip
    if not runs:
        return False
    leads = kb.subtree(
        [kb.by_uid[f.clause] for f in kb.book.leads if f.clause in kb.by_uid]
    )  # rows and under
    said_by_leads = " ".join(kb.squashed.get(uid, "") for uid in leads)
    others = [
        text for uid, text in kb.squashed.items() if uid not in leads and kb.by_uid[uid].status == "current"
    ]
    return any(r not in said_by_leads and any(r in text for text in others) for r in runs)


class Lead:
    name = "lead"

    @staticmethod
    def _wording(frame: Frame, kb: KB, f: LeadFact) -> Draft:
        """ "ถ้อยคำเรื่องหลักสูตร GCIO ถูกแก้เป็นว่าอะไร", "เดิมเขียนว่าไง": the clause in its own words, and the
        words it replaced, even where the lead agency stayed the same."""
        clause = kb.by_uid.get(f.clause)
        olds = [p.clause for p in kb.previous(f)] + ([clause.replaces] if clause and clause.replaces else [])
        old = next((uid for uid in olds if _first_line(kb, uid) != _first_line(kb, f.clause)), None)
        now_text, old_text = _first_line(kb, f.clause), _first_line(kb, old) if old else ""
        if frame.history and old_text:
            lines = [f"{messages.PREVIOUSLY}: {old_text}", f"ปัจจุบัน: {now_text}"]
        else:
            lines = [now_text, *([f"{messages.PREVIOUSLY}: {old_text}"] if old_text else [])]
        cite = [f.clause, *([old] if old else [])]
        return Draft(kind="history" if frame.history else "lead", lines=lines, cite=cite, confidence=0.8)

    def applies(self, frame: Frame) -> bool:
        return frame.intent in ("lead_of", "history") and frame.role is None

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        leads = kb.in_force(kb.book.leads, frame.in_force_at)
        if (
            _numbered(frame, kb.book.leads) is NO_SUCH_ISSUE
        ):  # "ประเด็นที่ 9" of eight: say so, not the nearest issue
            numbers = sorted({int(f.number.rstrip(")")) for f in leads if f.number and f.number.rstrip(")").isdigit()
                              and not f.cancelled})  # fmt: skip
            known = ", ".join(map(str, numbers))
            return Draft(kind="lead", lines=[f"มติไม่มีประเด็นหมายเลขนี้ (ประเด็นที่มีผลอยู่คือประเด็นที่ {known})"],
                         cite=[], abstain=True, confidence=0.0)  # fmt: skip
        f = best_lead(frame, kb, vocab)
        if f is None:
            return None
        if WORDING.search(frame.text):
            return self._wording(frame, kb, f)
        older = kb.previous(f)
        prev = [(p.agencies, p.clause) for p in older if p.agencies != f.agencies][:1]
        if frame.history and not prev and not f.cancelled:
            worded = self._wording(frame, kb, f)  # the same lead, in words the text changed: those words
            if len(worded.cite) > 1:
                return worded
        if f.cancelled:  # "ให้ยกเลิกประเด็นที่ 7": say so in the text's words, and who led it before
            return cancelled_draft(f, kb, prev)
        label = f.label if not frame.english else f"Lead agencies ({f.label})"
        lines = [f"{label}: {f.agencies}", f"ประเด็น: {short(f.issue, 220)}"]
        row = kb.by_uid.get(f.clause)
        if row is not None:  # "สื่อประชาสัมพันธ์...ต้องให้ใครเข้าถึงได้": words the row says past its short title
            shown = squash(" ".join(lines))
            beyond = [
                t
                for t in frame.content
                if len(t) >= 4 and squash(t) in squash(row.text) and squash(t) not in shown
            ]
            if len(beyond) >= 2:
                lines[1] = f"ประเด็น: {short(row.text, 360)}"
        if row is not None and INTRODUCES.search(f.agencies):
            # "MCIO ... รวบรวมประเด็นการดำเนินการ ได้แก่": what they gather and where it goes, under the cell
            under = [c.text for c in kb.children.get(row.uid, []) if c.status == row.status]
            if under:
                lines = [
                    lines[0],
                    *render_list("", under, budget=300, thai=kb.thai)[1:],
                    f"ประเด็น: {short(f.issue, 120)}",
                ]
        doc = kb.documents.get(f.doc_id)
        if frame.when and doc is not None and not frame.history:
            # "มติที่เปลี่ยนเจ้าภาพประเด็น X ออกวันไหน": the day the resolution that set this lead was made
            effect = kb.takes_effect(f.clause)
            lines.insert(
                0, f"กำหนดโดยมติ ครม. วันที่ {thai_date(doc.date)}" + (f" ({effect[0]})" if effect else "")
            )
        if frame.history and not prev and not frame.english:
            # "เดิมล่ะ" of an issue whose lead never changed: say so, and since the first that set it
            docs = [kb.documents[g.doc_id] for g in (f, *older) if g.doc_id in kb.documents]
            if docs:
                first = min(docs, key=lambda d: d.date)
                lines = [messages.LEAD_UNCHANGED.format(date=thai_date(first.date)), *lines]
        if frame.history and prev:
            lines = [
                f"เดิม ผู้รับผิดชอบหลัก: {prev[0][0]}",
                f"ปัจจุบัน: {f.agencies}",
                f"ประเด็น: {short(f.issue, 200)}",
            ]
            return Draft(kind="history", lines=lines, cite=[prev[0][1], f.clause], confidence=0.8)
        return Draft(kind="lead", lines=lines, cite=[f.clause], previously=prev, replaced_note=f.replaced,
                     confidence=0.85)  # fmt: skip


def _first_line(kb: KB, uid: str) -> str:
    clause = kb.by_uid.get(uid)
    return short(clause.text.split("\n")[0], 280) if clause else ""


def cancelled_draft(f: LeadFact, kb: KB, prev: list[tuple[str, str]]) -> Draft:
    """An issue that has ended: which one, in the text's words; where it went ("ให้รวมไว้ในประเด็นที่ 4")
    and who leads that one now; who led it before."""
    which = f"ประเด็นที่ {f.number.rstrip(')')}" if f.number else f"ประเด็น {short(f.issue, 120)}"
    lines = [f"{which} ยกเลิกแล้ว (ไม่มีผลแล้ว)", f"ในมติ: {f.evidence or f.issue}"]
    cite = [f.clause]
    effect = kb.takes_effect(f.clause)  # "... มีผลตั้งแต่ 1 ต.ค. 2569": from when, said beside the cancelling
    if effect is not None and effect[0] not in lines[1]:
        lines.insert(1, effect[0])
    into = re.search(
        r"(?:รวม|ไป|ไว้)\S{0,12}\s*(?:ใน|กับ|เข้ากับ)?\s*ประเด็นที่\s*(\d+)",
        (f.evidence or "").translate(ARABIC_DIGITS),
    )
    said = kb.by_uid[f.clause].text if f.clause in kb.by_uid else f.evidence or ""
    # "ให้ไปรวมอยู่ในเรื่อง "TITLE" ซึ่ง...": merged into an issue named by its title
    titled = (
        None
        if into
        else re.search(
            r"(?:รวม|ไป)\S{0,12}\s*(?:ใน|กับ|เข้ากับ)\s*(?:ประเด็น|เรื่อง)\s*[\"“]([^\"“”\n]{8,250})[\"”]", said
        )
    )
    if into or titled:
        now = [
            g
            for g in kb.in_force(kb.book.leads)
            if not g.cancelled
            and (
                (g.number or "").rstrip(")") == into.group(1)
                if into
                else squash(titled.group(1))[:40] in squash(g.issue)
            )
        ]
        if now:
            which = f"ประเด็นที่ {into.group(1)}" if into else f"รวมไว้ในประเด็น {short(now[0].issue, 80)}"
            lines.append(f"{which} ปัจจุบัน — {now[0].label}: {now[0].agencies}")
            cite.append(now[0].clause)
    if prev:
        lines.append(f"เดิม ผู้รับผิดชอบหลัก: {prev[0][0]}")
        cite.append(prev[0][1])
    return Draft(kind="lead", lines=lines, cite=cite, confidence=0.8)
