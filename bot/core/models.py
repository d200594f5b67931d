"""Pydantic models at the core's boundaries: documents, clauses, answers."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

ClauseStatus = Literal["current", "superseded"]
ClauseKind = Literal["title", "heading", "block", "item", "paragraph", "note"]
QuestionKind = Literal[
    "chair", "role", "lead", "measure", "fact", "history", "offtopic", "invalid", "small_talk"
]


class DocumentMeta(BaseModel):
    """Front matter of one resolution file in knowledge/."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    date: dt.date
    amends: list[str] = Field(default_factory=list)
    source: str = ""


class Document(BaseModel):
    meta: DocumentMeta
    body: str
    path: str  # relative to the knowledge dir, for messages
    body_line: int  # 1-based line number of the first body line in the file


class Clause(BaseModel):
    """One structural unit of a resolution: a numbered item, a bullet, or a paragraph."""

    uid: str  # "<doc_id>:<line>" — stable while the document is unchanged
    doc_id: str
    path: list[str]  # headings/numbers from the top, e.g. ["1.", "1.1", "รายละเอียดที่เสนอปรับปรุงครั้งนี้", "1)"]
    number: str | None = None  # "1.", "1.1", "1)", "-" or None for a plain paragraph
    text: str  # the clause's own text, with continuation lines joined by "\n"
    line: int  # 1-based line in the source file
    status: ClauseStatus = "current"
    replaced_by: str | None = None  # uid of the clause that replaces this one
    replaces: str | None = None  # uid of the clause this one replaces
    quoted_from: str | None = None  # doc id whose (old) wording this clause quotes, if known
    block: str | None = None  # heading of the old/new block it sits in, if any
    kind: ClauseKind = "item"
    label: str | None = None  # in a flattened two-column table: the second column's header
    detail: str | None = None  # ... and this row's second-column text (e.g. the lead agencies)
    cells: list[tuple[str, str]] = Field(default_factory=list)  # a Markdown table row: (column, value)
    parent: str | None = None  # uid of the enclosing clause
    same_as: str | None = None  # for quoted old wording: uid of the original clause in the amended document
    doc_title: str = ""
    doc_date: dt.date | None = None

    @property
    def section(self) -> str:
        """Path for citations; "1. › 1.1" reads as "1.1" since the number already says it."""
        parts = [
            p
            for i, p in enumerate(self.path)
            if not (i + 1 < len(self.path) and p.endswith(".") and self.path[i + 1].startswith(p))
        ]
        return " › ".join(parts)


class Citation(BaseModel):
    doc_id: str
    title: str
    date: str  # ISO date of the document
    section: str  # path joined with " › "
    text: str  # the clause text
    status: ClauseStatus
    quoted_from: str | None = None
    label: str = ""  # short source for chat bubbles: "มติ ครม. 29 ก.ย. 2563 · ข้อ 1.2 1)"


class Context(BaseModel):
    """What a conversation has been about: the last answered question's frame, for a follow-up
    ("แล้วเลขานุการล่ะ") to take the slots it leaves out. Opaque to channels: they store and return it."""

    intent: str = "passage"
    role: str | None = None
    roles: list[str] = Field(default_factory=list)
    committee: str | None = None
    committees: list[str] = Field(default_factory=list)
    holders: list[str] = Field(default_factory=list)
    agencies: list[str] = Field(default_factory=list)
    bangkok: bool = False
    history: bool = False
    english: bool = False
    doc_id: str | None = None  # the resolution the answer came from
    section: str | None = None  # the numbered part it was about ("2.3"), for "แล้วข้อ 3 ล่ะ"
    clause: str | None = None  # uid of the clause the answer came from, for "ข้อนั้น"
    question: str = ""


class Answer(BaseModel):
    """What every channel renders. Abstaining is an answer, not an error."""

    id: str | None = None
    question: str
    answer: str  # direct answer, at most 600 characters
    abstained: bool
    confidence: float
    kind: QuestionKind
    citations: list[Citation] = Field(default_factory=list)
    previously: str | None = None  # what the rule was before the amendment, with its source
    suggestions: list[str] = Field(default_factory=list)  # example questions when abstaining
    context: Context | None = Field(default=None, exclude=True)  # for the next turn of the conversation
