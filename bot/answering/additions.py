"""Items later resolutions add to a list ("มตินี้เพิ่ม X เป็นแนวทางอีกประการหนึ่ง", "A fourth action is added ..."):
found beside the list they add to, for every answerer that shows such a list."""

from __future__ import annotations

import re

from bot.answering.kb import ADDS, KB
from bot.answering.vocab import squash
from bot.core.models import Clause
from bot.knowledge.facts import MeasureFact


def added_items(kb: KB, fact: MeasureFact, ending: list[str]) -> list[tuple[str, Clause]]:
    """Items later texts add to this list: said beside a line that ends one of its items (the same passage),
    or naming the list's own section ("ข้อ 2.2")."""
    clause = kb.by_uid.get(fact.clause)
    number = clause.number.rstrip(".") if clause and clause.number and "." in clause.number else None
    parents = {kb.by_uid[u].parent for u in ending if u in kb.by_uid and kb.by_uid[u].parent}
    out: list[tuple[str, Clause]] = []
    for c in kb.adding_clauses:
        doc = kb.documents.get(c.doc_id)
        if doc is None or (fact.date and doc.date <= fact.date):
            continue
        near = (
            c.uid in ending
            or (c.parent in parents)
            or (number and re.search(rf"(?<![\d.]){re.escape(number)}(?!\d|\.\d)", c.text))
            # "... ต่อจากระบบ e-Office, e-Saraban ...": this list's items
            or names_items(c.text, fact.items) >= 2
        )
        if not near:
            continue
        for line in c.text.split("\n"):
            line = line.strip()
            for m in ADDS.finditer(line):
                if number and section_of(line, m) not in (None, number):
                    continue  # "เพิ่มระบบ e-Signature ไว้ในรายการ... (ข้อ 2.2 เดิม)": added to another list
                if m.group("ext"):  # "extended with A (...) and B (...)": each of them
                    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("ext").replace("**", "")):
                        name = re.sub(r"\s*\((?![A-Za-z][\w -]{1,30}\))[^()]*\)", "", part).strip()
                        if name and not any(squash(name)[:12] in squash(i) for i in fact.items):
                            out.append((name, c))
                    continue
                name = (
                    m.group("covers")
                    or re.sub(
                        r"\s*\((?![A-Za-z][\w -]{1,30}\))[^()]*\)",  # a short English name in brackets stays
                        "",
                        m.group("en")
                        or m.group("en2")
                        or m.group("th")
                        or m.group("beside")
                        or m.group("quoted")
                        or m.group("colon")
                        or m.group("named")
                        or m.group("purposed")
                        or m.group("one_more")
                        or "",
                    ).strip()
                )
                if name and not any(squash(name)[:12] in squash(i) for i in fact.items):
                    out.append((name, c))
    return out


def names_items(text: str, items: list[str]) -> int:
    """How many of a list's items a text names ("ระบบ e - Office" is named by "e-Office")."""
    said = squash(text).lower()
    cores = {squash(re.sub(r"^(?:ระบบ|มาตรการ)\s*|\s*\([^()]*\)", "", i)).lower() for i in items}
    # "(Work from Home)", "(Bring Your Own Device)": an item named by the short name it carries
    glossed = [[squash(g).lower() for g in re.findall(r"\(([A-Za-z][^()]{2,40})\)", i)] for i in items]
    # "นอกจากการรวบรวมการดำเนินงาน การวิเคราะห์ข้อดีข้อเสีย ...": an item named by its first words
    heads = [squash(i.split()[0]).lower() if i.split() else "" for i in items]
    return sum(
        1 for core, names, head in zip(cores, glossed, heads, strict=False)
        if (len(core) >= 4 and core in said) or any(n in said for n in names) or (len(head) >= 8 and head in said)
    )  # fmt: skip


def section_of(line: str, m: re.Match[str]) -> str | None:
    """The section an addition names for itself: "(ข้อ 2.2 เดิม)" just after it, else the nearest before."""
    refs = [(r.start(), r.group(1)) for r in re.finditer(r"(?:ข้อ|paragraph)\s*(\d+(?:\.\d+)+)", line, re.I)]
    after = [no for at, no in refs if m.start() <= at <= m.end() + 100]
    before = [no for at, no in refs if at < m.start()]
    return after[0] if after else before[-1] if before else None
