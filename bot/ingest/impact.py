"""What a new resolution changes, told before any build: the roles, lead agencies and measures it
states, and the earlier ones it supersedes.

The facts come from the project's own reader (read_facts) over the knowledge base with and
without the new document, so what is shown here is exactly what the bot will answer from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from bot.core.errors import KnowledgeError
from bot.core.models import Clause, Document
from bot.knowledge.facts import ROLE_THAI, FactBook, LeadFact, MeasureFact, RoleFact
from bot.thai import Glossary, thai_date

FactKind = Literal["role", "lead", "measure"]


@dataclass
class KnowledgeView:
    """A knowledge base as the bot reads it."""

    docs: list[Document] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    glossary: Glossary | None = None
    book: FactBook = field(default_factory=FactBook)

    def __post_init__(self) -> None:
        self.by_uid = {c.uid: c for c in self.clauses}
        self.by_id = {d.meta.id: d for d in self.docs}


def read_view(root: Path, *, allow_empty: bool = False) -> KnowledgeView:
    """load_all -> parse_all -> read_facts, as `gcio-bot knowledge roles` does (raises KnowledgeError)."""
    from bot.index.build import parse_all
    from bot.knowledge.abbreviations import with_defined
    from bot.knowledge.facts import read_facts
    from bot.knowledge.load import load_all

    try:
        docs, glossary = load_all(root)
    except KnowledgeError as e:
        if allow_empty and all("no resolution files" in p for p in e.problems):
            return KnowledgeView()
        raise
    clauses = parse_all(docs)
    terms = Glossary.from_mapping(with_defined(glossary, clauses))
    return KnowledgeView(docs=docs, clauses=clauses, glossary=terms, book=read_facts(docs, clauses, terms))


class FactLine(BaseModel):
    kind: FactKind
    id: str
    text: str  # "คณะกรรมการ GCIO · ประธาน: X"
    source: str  # "2024-03-12-x.md:14 (12 มีนาคม 2567) ข้อ 1.1 › 1)"
    quote: bool = False  # old wording the new document quotes (never in force itself)
    status: Literal["current", "superseded"] = "current"


class Change(BaseModel):
    """A fact the new document states, with the earlier facts it replaces."""

    fact: FactLine
    replaces: list[FactLine] = Field(default_factory=list)
    superseded_by: FactLine | None = None  # a later resolution already replaces it


class Impact(BaseModel):
    roles: list[Change] = Field(default_factory=list)
    leads: list[Change] = Field(default_factory=list)
    measures: list[Change] = Field(default_factory=list)
    # in force before the import, superseded after it, and not shown as replaced above
    no_longer_in_force: list[FactLine] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.roles or self.leads or self.measures or self.no_longer_in_force)


def _describe(view: KnowledgeView, f: RoleFact | LeadFact | MeasureFact) -> FactLine:
    from bot.knowledge.committees import Committees

    if isinstance(f, RoleFact):
        committee = Committees(view.glossary or Glossary(), view.book.committees).label(f.committee)
        where = f" [เฉพาะ{f.variant}]" if f.variant else ""
        text = f"{committee or '(คณะกรรมการไม่ระบุ)'} · {f.role_text or ROLE_THAI[f.role]}{where}: {f.holder or '(ไม่มีตำแหน่งนี้)'}"
        kind: FactKind = "role"
    elif isinstance(f, LeadFact):
        issue = " ".join(f.issue.split())
        text = f"{issue[:120]}{'…' if len(issue) > 120 else ''} → {f.agencies}"
        kind = "lead"
    else:
        items = "; ".join(" ".join(i.split())[:60] for i in f.items[:4])
        text = f"{' '.join(f.title.split())[:100]}: {items}{' …' if len(f.items) > 4 else ''}"
        kind = "measure"
    return FactLine(
        kind=kind,
        id=f.id,
        text=text,
        source=_source(view, f.clause),
        quote=getattr(f, "quote", False),
        status=f.status,
    )


def _source(view: KnowledgeView, uid: str) -> str:
    clause = view.by_uid.get(uid)
    if clause is None:
        return uid
    doc = view.by_id.get(clause.doc_id)
    when = f" ({thai_date(doc.meta.date)})" if doc else ""
    return f"{doc.path if doc else clause.doc_id}:{clause.line}{when} ข้อ {clause.section}"


def _facts(book: FactBook) -> Sequence[RoleFact | LeadFact | MeasureFact]:
    return [*book.roles, *book.leads, *book.measures]


def impact(before: KnowledgeView, after: KnowledgeView, doc_id: str) -> Impact:
    """The new document's facts, what each replaces, and what left force because of it."""
    out = Impact()
    by_id = {f.id: f for f in _facts(after.book)}
    replaced_by: dict[str, list[RoleFact | LeadFact | MeasureFact]] = {}
    for f in _facts(after.book):
        nxt = getattr(f, "superseded_by", None)
        if nxt:
            replaced_by.setdefault(nxt, []).append(f)
    for f in _facts(after.book):
        if f.doc_id != doc_id or getattr(f, "quote", False):
            continue
        later = by_id.get(getattr(f, "superseded_by", None) or "")
        change = Change(
            fact=_describe(after, f),
            replaces=[_describe(after, old) for old in replaced_by.get(f.id, [])],
            superseded_by=_describe(after, later) if later is not None and later.doc_id != doc_id else None,
        )
        {RoleFact: out.roles, LeadFact: out.leads, MeasureFact: out.measures}[type(f)].append(change)
    was_current = {f.id for f in _facts(before.book) if f.status == "current"}
    shown = {old.id for change in (*out.roles, *out.leads, *out.measures) for old in change.replaces}
    out.no_longer_in_force = [
        _describe(after, f)
        for f in _facts(after.book)
        if f.id in was_current and f.status == "superseded" and f.doc_id != doc_id and f.id not in shown
    ]
    return out
