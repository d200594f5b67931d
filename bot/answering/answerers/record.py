"""A field of a record asked by its English key: "risk owner ของความเสี่ยงข้อมูลรั่วคือใคร" in a register whose
entries each carry "Risk owner: ...", "Service Owner: ...". The key picks the lines; the rest of the question picks
the entry, by the words of the lines above it."""

from __future__ import annotations

import re

from bot.answering.answerers.base import Draft
from bot.answering.extract import cut
from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import squash


def record_field(frame: Frame, kb: KB) -> Draft | None:
    low = frame.text.lower()
    if not re.search(r"[a-z]{3}", low):
        return None
    keyed = [
        c
        for c in kb.keyed_clauses
        if c.label.lower().strip() in low
        and re.search(rf"(?<![a-z]){re.escape(c.label.lower().strip())}(?![a-z])", low)
    ]
    if not keyed:
        return None
    key = max((c.label.lower().strip() for c in keyed), key=len)
    keyed = [c for c in keyed if c.label.lower().strip() == key]
    rest = [squash(t).lower() for t in frame.content if squash(t).lower() not in squash(key)]
    if not rest:
        return None

    def entry(c) -> str:  # the lines of its entry above it, back to the entry's own heading
        above = []
        for b in reversed(kb.before(c)[-8:]):
            above.append(b.text)
            if not b.label:  # "[GR-04] ข้อมูลราชการรั่วไหลจากอุปกรณ์ส่วนตัว": where the entry starts
                break
        return squash(" ".join(above)).lower()

    scored = sorted(((sum(1 for t in rest if t in entry(c)), c) for c in keyed), key=lambda x: -x[0])
    best, c = scored[0]
    if best < max(1, 0.5 * len(rest)) or (len(scored) > 1 and scored[1][0] == best):
        return None  # no entry the question names, or two alike
    head = next((b.text for b in reversed(kb.before(c)[-8:]) if not b.label), "")
    lines = [f"{c.label}: {c.detail}"] + ([f"({cut(head, 160)})"] if head else [])
    return Draft(kind="fact", lines=lines, cite=[c.uid], confidence=0.75)
