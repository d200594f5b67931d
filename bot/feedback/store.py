"""👍/👎 votes and unanswered questions from every channel, in one SQLite file under the data dir.

Privacy by construction: the tables have no column for a user id, a name or an address, so no
caller can store one. Questions are kept normalized (NFC, one space, lowercase Latin), rows older
than the retention period are deleted whenever the store is opened or written, and with opt-out
the store records nothing and creates no file. One connection behind a lock serves the web
server's threads; WAL lets `gcio-bot feedback report` read while the server writes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bot.core.errors import GcioError
from bot.feedback.models import DownvotedRow, Report, UnansweredRow

logger = logging.getLogger(__name__)

DB_NAME = "feedback.sqlite3"
SCHEMA_VERSION = 1
MAX_TEXT = 2000  # longer questions or answers are cut: the report needs the gist, not pages
_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
    answer_id TEXT PRIMARY KEY,  -- the answer voted on; a second vote on it replaces the first
    useful INTEGER NOT NULL CHECK (useful IN (0, 1)),
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    answer TEXT NOT NULL,
    index_version TEXT NOT NULL,
    channel TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS votes_created ON votes (created_at);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    index_version TEXT NOT NULL,
    channel TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS unanswered_created ON unanswered (created_at);
CREATE INDEX IF NOT EXISTS unanswered_key ON unanswered (question_key);
"""
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # UTC, fixed width: text order is time order
_TRAILING = re.compile(r"(?:[?？!！.…。]|ครับ|คับ|ค่ะ|คะ|จ้ะ|จ้า|นะ)+$")


class FeedbackStoreError(GcioError):
    """The feedback database cannot be used (written by a newer version, or not a database)."""


def normalize_question(text: str) -> str:
    """NFC, whitespace collapsed, Latin lowercased: how a question is stored and shown."""
    return " ".join(unicodedata.normalize("NFC", text or "").split()).lower()[:MAX_TEXT]


def question_key(text: str) -> str:
    """What groups the same question asked differently: no spaces at all (Thai spaces are
    optional), no trailing punctuation or polite particle ("ครับ", "คะ")."""
    key = "".join(normalize_question(text).split())
    return _TRAILING.sub("", key) or key


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).strftime(_TIME_FORMAT)


def _parse(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, _TIME_FORMAT).replace(tzinfo=dt.UTC)


class FeedbackStore:
    """`FeedbackStore(path, retention_days, opt_out)`; safe to share between threads."""

    def __init__(
        self,
        path: Path,
        retention_days: int = 180,
        opt_out: bool = False,
        *,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self.opt_out = opt_out
        self._clock = clock
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        if not opt_out and self.path.exists():
            with self._lock:
                self._connection()  # opening prunes what is past retention

    @classmethod
    def from_settings(cls, settings) -> FeedbackStore:
        """From ChannelSettings: GCIO_DATA_DIR, GCIO_FEEDBACK_RETENTION_DAYS, GCIO_FEEDBACK_OPT_OUT."""
        return cls(
            Path(settings.gcio_data_dir) / DB_NAME,
            retention_days=settings.gcio_feedback_retention_days,
            opt_out=settings.gcio_feedback_opt_out,
        )

    # -- writing ----------------------------------------------------------------------------------
    def record_vote(
        self, answer_id: str, useful: bool, question: str, answer: str, index_version: str, channel: str
    ) -> bool:
        """Store a 👍 (useful) or 👎 on one delivered answer; False when opted out or not stored."""
        if self.opt_out:
            return False
        return self._write(
            "INSERT INTO votes (answer_id, useful, question, question_key, answer, index_version, channel,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (answer_id) DO UPDATE SET useful = excluded.useful, created_at = excluded.created_at",
            (
                str(answer_id)[:200],
                1 if useful else 0,
                normalize_question(question),
                question_key(question),
                (answer or "")[:MAX_TEXT],
                index_version or "",
                channel or "",
                _stamp(self._clock()),
            ),
        )

    def record_unanswered(self, question: str, index_version: str, channel: str) -> bool:
        """Store a question the bot abstained on; False when opted out, empty or not stored."""
        if self.opt_out or not normalize_question(question):
            return False
        return self._write(
            "INSERT INTO unanswered (question, question_key, index_version, channel, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                normalize_question(question),
                question_key(question),
                index_version or "",
                channel or "",
                _stamp(self._clock()),
            ),
        )

    def _write(self, sql: str, params: tuple) -> bool:
        """One insert, then pruning. Never raises: losing a vote must not cost a user an answer."""
        try:
            with self._lock:
                conn = self._connection()
                conn.execute(sql, params)
                self._prune(conn)
        except (sqlite3.Error, FeedbackStoreError) as e:
            logger.warning("feedback not recorded: %s", e)
            return False
        return True

    # -- reading ----------------------------------------------------------------------------------
    def report(self, days: int = 30, limit: int = 50) -> Report:
        """Unanswered questions grouped by question, and 👎 answers, over the last `days` days."""
        since = self._clock() - dt.timedelta(days=days)
        out = Report(days=days, since=since)
        if self._conn is None and not self.path.exists():
            return out
        cutoff = _stamp(since)
        with self._lock:
            conn = self._connection()
            out.votes_up, out.votes_down = conn.execute(
                "SELECT COALESCE(SUM(useful), 0), COALESCE(SUM(1 - useful), 0) FROM votes WHERE created_at >= ?",
                (cutoff,),
            ).fetchone()
            out.unanswered_total = conn.execute(
                "SELECT COUNT(*) FROM unanswered WHERE created_at >= ?", (cutoff,)
            ).fetchone()[0]
            rows = conn.execute(
                """
                SELECT COUNT(*) AS n, MAX(u.created_at) AS last, GROUP_CONCAT(DISTINCT u.channel),
                  (SELECT question FROM unanswered x WHERE x.question_key = u.question_key
                     ORDER BY x.created_at DESC LIMIT 1),
                  (SELECT index_version FROM unanswered x WHERE x.question_key = u.question_key
                     ORDER BY x.created_at DESC LIMIT 1)
                FROM unanswered u WHERE u.created_at >= ?
                GROUP BY u.question_key ORDER BY n DESC, last DESC LIMIT ?
                """,
                (cutoff, limit),
            ).fetchall()
            out.unanswered = [
                UnansweredRow(
                    question=q, count=n, last_seen=_parse(last), channels=_split(ch), index_version=iv or ""
                )
                for n, last, ch, q, iv in rows
            ]
            rows = conn.execute(
                """
                SELECT COUNT(*) AS n, MAX(v.created_at) AS last, GROUP_CONCAT(DISTINCT v.channel), v.answer,
                  (SELECT question FROM votes x WHERE x.question_key = v.question_key AND x.answer = v.answer
                     AND x.useful = 0 ORDER BY x.created_at DESC LIMIT 1),
                  (SELECT index_version FROM votes x WHERE x.question_key = v.question_key AND x.answer = v.answer
                     AND x.useful = 0 ORDER BY x.created_at DESC LIMIT 1)
                FROM votes v WHERE v.useful = 0 AND v.created_at >= ?
                GROUP BY v.question_key, v.answer ORDER BY n DESC, last DESC LIMIT ?
                """,
                (cutoff, limit),
            ).fetchall()
            out.downvoted = [
                DownvotedRow(
                    question=q,
                    answer=a,
                    count=n,
                    last_seen=_parse(last),
                    channels=_split(ch),
                    index_version=iv or "",
                )
                for n, last, ch, a, q, iv in rows
            ]
        return out

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- the connection ---------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        """Open (creating folder, file and tables on first use), check the schema, prune. Hold the lock."""
        if self._conn is not None:
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        except (OSError, sqlite3.Error) as e:
            raise FeedbackStoreError(f"{self.path}: cannot open the feedback database ({e})") from None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise FeedbackStoreError(
                    f"{self.path}: feedback database schema {version} is newer than this version ({SCHEMA_VERSION})"
                )
            if version < SCHEMA_VERSION:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._prune(conn)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise FeedbackStoreError(f"{self.path}: not a usable feedback database ({e})") from None
        except FeedbackStoreError:
            conn.close()
            raise
        self._conn = conn
        return conn

    def _prune(self, conn: sqlite3.Connection) -> None:
        if self.retention_days <= 0:
            return
        cutoff = _stamp(self._clock() - dt.timedelta(days=self.retention_days))
        deleted = conn.execute("DELETE FROM votes WHERE created_at < ?", (cutoff,)).rowcount
        deleted += conn.execute("DELETE FROM unanswered WHERE created_at < ?", (cutoff,)).rowcount
        if deleted:
            logger.info("feedback store: deleted %d rows older than %d days", deleted, self.retention_days)


def _split(channels: str | None) -> list[str]:
    return sorted(c for c in (channels or "").split(",") if c)
