"""A committee's full composition: "คณะกรรมการ PCIO มีใครบ้าง", with the Bangkok variants."""

from __future__ import annotations

from bot.answering.answerers.base import Draft, role_label
from bot.answering.answerers.roles_common import ROLE_ORDER, committee_label, holder_text, previous_of
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary
from bot.knowledge.facts import ROLE_THAI


class Composition:
    name = "composition"

    def applies(self, frame: Frame) -> bool:
        return frame.intent == "composition" or (frame.listing and frame.role == "member")

    def answer(self, frame: Frame, kb: KB, vocab: Vocabulary) -> Draft | None:
        key = frame.committee
        subs = [c.key for c in kb.book.committees if c.sub]
        if key is None and frame.sub and len(subs) == 1:
            key = subs[0]  # "the sub-committee": the only one there is
        if key is None:
            entry = next((e for e, _ in frame.bank if e.intent == "composition"), None)
            key = entry.committee if entry else None
        if key is None:
            return None
        facts = [
            f
            for f in kb.in_force(kb.roles_of(key), frame.in_force_at)
            if not (frame.bangkok is False and f.variant)
        ]
        if frame.bangkok:
            bkk_roles = {f.role for f in facts if f.variant}
            facts = [f for f in facts if f.variant or f.role not in bkk_roles]
        if not facts:
            return None
        facts.sort(key=lambda f: (ROLE_ORDER[f.role], f.date or 0))
        label = committee_label(vocab, key)
        head = f"องค์ประกอบ{label}:" if not frame.english else f"Composition of {label}:"
        lines, cite, prev = [head], [], []
        by_role: dict[str, list] = {}
        for f in facts:  # one line per role: "- กรรมการ: A; B; C" (a long list still fits a chat bubble)
            by_role.setdefault(f.role, []).append(f)
        for role_facts in by_role.values():
            f = role_facts[0]
            role = f.role_text if f.role_text and len(f.role_text) <= 30 else ROLE_THAI[f.role]
            if frame.english:
                role = role_label(f, f.role, "", True).split(" of ")[0]
            holders = "; ".join(dict.fromkeys(holder_text(g, frame, kb) for g in role_facts))
            lines.append(f"- {role}: {holders}")
            for g in role_facts:
                if g.clause not in cite:
                    cite.append(g.clause)
                prev += previous_of(kb, g)
        if sum(len(x) + 1 for x in lines) > 560:  # the members' names are the longest: shorten them first
            lines = [
                ln if not ln.startswith(("- กรรมการ:", "- อนุกรรมการ:", "- Member")) else cut(ln, 260, kb.thai)
                for ln in lines
            ]
        return Draft(kind="role", lines=lines, cite=cite[:3], previously=prev[:1], confidence=0.85)
