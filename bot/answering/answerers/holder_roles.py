"""A holder's roles, asked from the holder's side: "ผมเป็นหัวหน้าสำนักงานจังหวัด มีบทบาทอะไรใน PCIO"."""

from __future__ import annotations

from bot.answering.answerers.base import Draft, holder_line
from bot.answering.answerers.roles_common import committee_label, previous_of, quotes_more
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary, squash
from bot.core import messages
from bot.knowledge.amend import same_holder
from bot.knowledge.facts import ROLE_ORDER


class HolderRoles:
    name = "holder_roles"

    def applies(self, frame: Frame) -> bool:
        return bool(frame.holders) and frame.intent in ("holder_roles", "yes_no", "who_holds", "history")

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        form, _ = frame.holders[0]
        if frame.history:
            past = self._past(frame, kb, vocab, form)
            if past is not None:
                return past
        facts = [
            f
            for f in kb.in_force(kb.book.roles, frame.in_force_at)
            if f.holder and same_holder(form, f.holder)
        ]
        in_named = [f for f in facts if f.committee in frame.committees] if frame.committee_named else facts
        if not facts:
            return None
        if in_named:
            # "ปลัด ดศ." is its own holder, not the "ผู้แทนสำนักงานปลัด..." whose name holds its name
            own = [f for f in in_named if squash(f.holder or "").startswith(squash(form))]
            facts = own or in_named
        facts.sort(key=lambda f: (ROLE_ORDER[f.role], f.committee or ""))
        if frame.role is None and len({f.role for f in facts}) == 1:
            frame.role, frame.roles = (
                facts[0].role,
                [facts[0].role],
            )  # the conversation goes on about that seat
        lines, cite, prev = [], [], []
        for f in facts[:5]:
            lines.append(holder_line(f, committee_label(vocab, f.committee), f.holder or form, frame.english))
            if quotes_more(f, lines[-1]) and len(facts) <= 3:  # the text's own words for it
                lines.append(f"ในมติ: {cut(f.evidence, 200)}")
            cite.append(f.clause)
            prev += previous_of(kb, f)
        return Draft(kind="role", lines=lines, cite=cite, previously=prev[:1], confidence=0.85)

    @staticmethod
    def _past(frame: Frame, kb: KB, vocab: Vocabulary, form: str) -> Draft | None:
        """ "เมื่อก่อน รมว.ดศ. นั่งตำแหน่งอะไร": the seats the holder had before, then what it has now."""
        forms = [h for h, _ in frame.holders] or [form]  # as typed and as the text spells it (typos too)
        olds = [f for f in kb.book.roles if f.status == "superseded" and f.holder
                and any(same_holder(x, f.holder) for x in forms)]  # fmt: skip
        if frame.committee_named:
            olds = [f for f in olds if f.committee in frame.committees]
        if not olds:
            return None
        now = [f for f in kb.in_force(kb.book.roles) if f.holder and same_holder(form, f.holder)]
        if frame.committee_named:
            now = [f for f in now if f.committee in frame.committees]
        lines = [f"{messages.PREVIOUSLY} " + holder_line(f, committee_label(vocab, f.committee), f.holder or form,
                                                          frame.english) for f in olds[:2]]  # fmt: skip
        lines += ["ปัจจุบัน: " + holder_line(f, committee_label(vocab, f.committee), f.holder or form, frame.english)
                  for f in now[:2]]  # fmt: skip
        for f in [] if now else olds[:2]:  # "เมื่อก่อนไม่ใช่รองนายกฯ เหรอ": who holds that seat now
            seat = [g for g in kb.in_force(kb.roles_of(f.committee, f.role)) if g.variant == f.variant]
            if seat:
                label = committee_label(vocab, f.committee)
                lines.append(
                    "ปัจจุบัน: " + holder_line(seat[0], label, seat[0].holder or "ไม่มีตำแหน่งนี้", frame.english)
                )
        return Draft(
            kind="history", lines=lines, cite=[f.clause for f in [*olds[:2], *now[:1]]], confidence=0.8
        )
