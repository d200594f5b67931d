"""A committee's full composition: "คณะกรรมการ PCIO มีใครบ้าง", with the Bangkok variants."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft, role_label
from bot.answering.answerers.roles_common import committee_label, holder_text, previous_of
from bot.answering.extract import cut
from bot.answering.frame import REST_ASKED, Frame
from bot.answering.kb import KB
from bot.answering.vocab import Vocabulary
from bot.core import messages
from bot.knowledge.amend import same_holder
from bot.knowledge.facts import ROLE_ORDER, ROLE_THAI

CHANGE_ASKED = re.compile(r"เปลี่ยน|แก้|ปรับ|คงเดิม|เหมือนเดิม|chang|amend|revis|same|differ", re.I)
REST_KEPT = re.compile(
    r"(?:องค์ประกอบ|กรรมการ)(?:อื่น|ที่เหลือ)\S{0,6}\s*(?:ให้)?(?:คงเดิม|เป็นไปตามเดิม|ตามเดิม|ไม่เปลี่ยนแปลง)"
)


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
        others = frame.excluding or REST_ASKED.search(frame.text)
        if others and not CHANGE_ASKED.search(frame.text) and not [f for f in facts if f.role == "member"]:
            # "กรรมการคนอื่นมีใครบ้าง นอกจาก ปธ. เลขา": the text names no other member; say so, and what it says
            rest = self._rest_kept(kb, [f.clause for f in facts])
            missing = (messages.OTHERS_MISSING_EN if frame.english else messages.OTHERS_MISSING).format(
                committee=label
            )
            return Draft(kind="role", lines=[missing] + ([f"({rest})"] if rest else []), cite=[facts[0].clause],
                         abstain=True, confidence=0.0)  # fmt: skip
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
            # one holder written in Thai and again in an English abstract ("X (Permanent Secretary...)"): once
            once = [
                g
                for n, g in enumerate(role_facts)
                if not any(same_holder(g.holder, h.holder) for h in role_facts[:n])
            ]
            holders = "; ".join(dict.fromkeys(holder_text(g, frame, kb) for g in once))
            lines.append(f"- {role}: {holders}")
            for g in role_facts:
                if g.clause not in cite:
                    cite.append(g.clause)
                prev += previous_of(kb, g)
        rest = self._rest_kept(kb, [f.clause for f in facts])
        if rest and others and CHANGE_ASKED.search(frame.text):
            # "กรรมการคนอื่นเปลี่ยนด้วยไหม": that answer first, then the seats
            lines.insert(0, f"The other members are unchanged ({rest})." if frame.english else f"{rest}")
        elif rest and not any(rest in ln for ln in lines):
            lines.append(f"- {'Others' if frame.english else 'องค์ประกอบอื่น'}: {rest}")
        if sum(len(x) + 1 for x in lines) > 560:  # the members' names are the longest: shorten them first
            lines = [
                ln if not ln.startswith(("- กรรมการ:", "- อนุกรรมการ:", "- Member")) else cut(ln, 260, kb.thai)
                for ln in lines
            ]
        return Draft(kind="role", lines=lines, cite=cite[:3], previously=prev[:1], confidence=0.85)

    @staticmethod
    def _rest_kept(kb: KB, uids: list[str]) -> str | None:
        """ "หมายเหตุ: องค์ประกอบอื่นคงเดิม" beside the changed roles: the members not listed stay as they
        were, which is what "other members changed too?" asks."""
        near: dict[str, list[int]] = {}
        for uid in uids:
            c = kb.by_uid.get(uid)
            if c is not None:
                near.setdefault(c.doc_id, []).append(c.line)
        for c in kb.clauses:
            lines = near.get(c.doc_id)
            if not lines or not (min(lines) - 3 <= c.line <= max(lines) + 4):
                continue
            m = REST_KEPT.search(c.text)
            if m:
                return m.group(0)
        return None
