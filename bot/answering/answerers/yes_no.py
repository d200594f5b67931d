"""Yes/no checks of a claim: "สถิติจังหวัดเป็นเลขาฯ PCIO ใช่มะ" says no, and who is."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft, role_line
from bot.answering.answerers.roles_common import (
    committee_label,
    holder_text,
    in_force,
    previous_of,
    quotes_more,
)
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary, bangkok_part, squash
from bot.core import messages
from bot.knowledge.amend import same_holder
from bot.thai import thai_date

_ISSUE_NUMBER = re.compile(r"ประเด็น\s*(?:ที่)?\s*\d+|\bissue\s*(?:no\.?\s*)?\d+", re.I)


class YesNo:
    name = "yes_no"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "yes_no" and (bool(frame.holders) or bool(frame.agencies))

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        if frame.holders and frame.role:
            return self._role_claim(frame, kb, vocab)
        if frame.agencies and not frame.role:
            lead = self._lead_claim(frame, kb, vocab)
            if lead is not None:
                return lead
        if frame.holders and not frame.role and frame.committees and (frame.committee_named or frame.sub):
            return self._member_claim(frame, kb, vocab)
        return None

    def _member_claim(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        """ "สกมช. มีผู้แทนในอนุฯ ชุดนี้ไหม": whether the holder sits on the body named, and as what."""
        form = frame.holders[0][0]
        facts = [f for f in kb.in_force(kb.book.roles, frame.in_force_at) if f.committee in frame.committees]
        if not facts:
            return None
        mine = [f for f in facts if f.holder and same_holder(form, f.holder)]
        if mine:
            lines = [f"{messages.YES} — " + role_line(mine[0], committee_label(vocab, mine[0].committee),
                                                      mine[0].holder or form, frame.english)]  # fmt: skip
            lines += [role_line(f, committee_label(vocab, f.committee), f.holder or form, frame.english)
                      for f in mine[1:3]]  # fmt: skip
            return Draft(kind="role", lines=lines, cite=[f.clause for f in mine[:3]], confidence=0.85)
        label = committee_label(vocab, frame.committees[0])
        lines = [f"{messages.NO} — ไม่พบ {form} ในองค์ประกอบของ{label}ที่มติระบุ"]
        elsewhere = [f for f in kb.in_force(kb.book.roles) if f.holder and same_holder(form, f.holder)]
        lines += [role_line(f, committee_label(vocab, f.committee), f.holder or form, frame.english)
                  for f in elsewhere[:2]]  # fmt: skip
        return Draft(
            kind="role", lines=lines, cite=[f.clause for f in (elsewhere or facts)[:2]], confidence=0.7
        )

    def _role_claim(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        form = frame.holders[0][0]
        role = frame.role
        assert role is not None
        mine = [
            f.committee
            for f in kb.in_force(kb.book.roles)
            if f.holder and same_holder(form, f.holder) and f.committee
        ]
        if frame.committees:
            committees = frame.committees
        elif frame.sub:
            committees = [k for k in dict.fromkeys(mine) if vocab.committees.items[k].sub] or [
                c.key for c in kb.book.committees if c.sub
            ]
        else:
            committees = list(dict.fromkeys(mine)) or [
                vocab.default_committee([c.key for c in kb.book.committees])
            ]
        facts = [f for key in committees for f in in_force(kb, key, role, frame)]
        if not facts:
            return None
        fact = facts[0]
        label = committee_label(vocab, fact.committee)

        def holds(f) -> bool:  # in Bangkok, "ผู้ว่าราชการจังหวัด/ปลัดกรุงเทพมหานคร" is the ปลัด's
            named = bangkok_part(f.holder) if frame.bangkok and f.holder and not f.variant else f.holder
            return bool(named) and same_holder(form, named or "")

        past = self._past_claim(frame, kb, vocab, facts, form)
        if past is not None:
            return past
        if any(holds(f) for f in facts):
            match = next(f for f in facts if holds(f))
            line = role_line(
                match, committee_label(vocab, match.committee), holder_text(match, frame, kb), frame.english
            )
            lines = [f"{messages.YES} — {line}"]
            if quotes_more(match, line):
                lines.append(f"ในมติ: {cut(match.evidence, 200)}")
            return Draft(kind="role", lines=lines, cite=[match.clause], confidence=0.9)
        gone = next((f for f in kb.removed_seats if f.role == role and f.committee in committees
                     and same_holder(form, f.holder)), None)  # fmt: skip
        if gone is not None:  # "ผอ.สำนักงบประมาณยังเป็นกรรมการอยู่ไหม": no, a later text took the seat away
            ended, when = kb.removal(gone)
            lines = [
                f"{messages.NO} — {gone.holder} ไม่ได้เป็น{gone.role_text or 'กรรมการ'}แล้ว: ยกเลิก/ตัดออก{when}"
            ]
            if ended is not None:
                lines.append(f"ในมติ: {cut(ended.text, 200)}")
            return Draft(
                kind="role", lines=lines, cite=[ended.uid if ended else gone.clause], confidence=0.85
            )
        lines = [f"{messages.NO} — {role_line(fact, label, holder_text(fact, frame, kb), frame.english)}"]
        if quotes_more(fact, lines[0]):
            lines.append(f"ในมติ: {cut(fact.evidence, 200)}")
        cite = [fact.clause]
        other = [f for f in kb.in_force(kb.book.roles) if f.holder and same_holder(form, f.holder)]
        for f in other[:2]:
            lines.append(role_line(f, committee_label(vocab, f.committee), f.holder or form, frame.english))
            cite.append(f.clause)
        return Draft(kind="role", lines=lines, cite=cite, confidence=0.85)

    def _past_claim(self, frame: Frame, kb: KB, vocab: Vocabulary, facts: list, form: str) -> Draft | None:
        """ "เดิมรองนายกฯ เป็นประธาน GCIO ใช่ไหม" claims what the rule was, not what it is."""
        if not frame.history or re.search(r"ตอนนี้|ปัจจุบัน|ยัง|\bnow\b|current|still", frame.text, re.I):
            return None
        for fact in facts:
            olds = previous_of(kb, fact)
            if not olds:
                continue
            label = committee_label(vocab, fact.committee)
            yes = any(same_holder(form, old) for old, _ in olds)
            old_text, old_uid = next(((o, u) for o, u in olds if same_holder(form, o)), olds[0])
            word = messages.YES if yes else messages.NO
            said = kb.by_uid.get(old_uid)
            day = next((o.date for o in kb.previous(fact) if o.clause == old_uid and o.date), None) or (
                said.doc_date if said is not None else None
            )  # the day the old rule was made, not the day of the text that quotes it
            when = f" (มติ ครม. {thai_date(day)})" if day else ""
            lines = [
                f"{word} — {messages.PREVIOUSLY}{when} {role_line(fact, label, old_text, frame.english)}",
                f"ปัจจุบัน: {holder_text(fact, frame, kb)}",
            ]
            return Draft(kind="history", lines=lines, cite=[old_uid, fact.clause], confidence=0.85)
        return None

    def _lead_claim(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        from bot.answering.answerers.lead import best_lead
        from bot.answering.frame import LEAD_WORDS

        last = (  # the issue the conversation was about ("ใช่ สนง. ก.พ. ด้วยป่าว" after who leads it)
            next((f for f in kb.in_force(kb.book.leads) if f.clause == frame.clause_context), None)
            if frame.clause_context and not _ISSUE_NUMBER.search(frame.text)
            else None
        )  # "อันที่สี่เป็น ก.พ. ใช่ป่ะ" names its own issue, whatever the last answer was about
        # "MCIO ยังรายงานปีละ 2 ครั้งไหม" claims no lead; "เรื่อง X ยังเป็นของ สพธอ. อยู่ไหม" does
        owned = re.search(r"(?:เรื่อง|ประเด็น).{2,80}(?:เป็นของ|อยู่กับ)", frame.text) or re.search(
            rf"{_ISSUE_NUMBER.pattern}\s*(?:เป็น|คือ)", frame.text, re.I
        )
        if not LEAD_WORDS.search(frame.text) and not owned and last is None:
            return None
        agency_words = {t for a in frame.agencies for t in kb.thai.tokens(vocab.agency_name(a))}
        own_topic = [
            t
            for t in frame.content
            if t not in agency_words and not LEAD_WORDS.search(t) and not kb.glossary.find(t) and len(t) > 2
        ]
        lead = (
            last
            if last is not None and len(own_topic) <= 1
            else best_lead(frame, kb, vocab, exclude_agency=True)
        )
        if lead is None:
            return None
        if lead.cancelled:  # "สดช. ยังเป็นเจ้าภาพประเด็นนี้ไหม": no one is; the issue has ended
            from bot.answering.answerers.lead import cancelled_draft

            draft = cancelled_draft(lead, kb, [])
            draft.lines[0] = f"{messages.NO} — {draft.lines[0]}"
            return draft
        agency = frame.agencies[0]
        forms = vocab._agency_forms.get(agency, {agency})
        yes = vocab.leads_it([agency], lead) or any(len(f) >= 3 and f in squash(lead.agencies) for f in forms)
        word = messages.YES if yes else messages.NO
        return Draft(kind="lead", lines=[f"{word} — {lead.label}: {lead.agencies}", f"ประเด็น: {lead.issue[:160]}"],
                     cite=[lead.clause], confidence=0.8)  # fmt: skip
