"""The feedback report as it leaves the store: for the CLI's table, its --json, and the web admin."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class UnansweredRow(BaseModel):
    """One question the bot abstained on, however often and however it was spaced."""

    question: str  # the latest wording, normalized
    count: int
    last_seen: dt.datetime
    channels: list[str] = Field(default_factory=list)
    index_version: str = ""  # the index that last failed to answer it


class DownvotedRow(BaseModel):
    """An answer users marked 👎 for a question."""

    question: str
    answer: str
    count: int
    last_seen: dt.datetime
    channels: list[str] = Field(default_factory=list)
    index_version: str = ""


class Report(BaseModel):
    days: int
    since: dt.datetime
    votes_up: int = 0
    votes_down: int = 0
    unanswered_total: int = 0
    unanswered: list[UnansweredRow] = Field(default_factory=list)
    downvoted: list[DownvotedRow] = Field(default_factory=list)
