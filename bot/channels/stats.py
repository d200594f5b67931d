"""Usage counters and 👍/👎 feedback (in memory, optionally appended to a JSON-lines file)."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from pathlib import Path
from threading import Lock

logger = logging.getLogger(__name__)


class Stats:
    def __init__(self, feedback_file: str | Path | None = None):
        self._lock = Lock()
        self.counts: Counter[str] = Counter()
        self._votes: dict[tuple[str, str], str] = {}  # (answer key, user hash) -> "up"/"down"
        self._feedback_file = Path(feedback_file) if feedback_file else None
        self.started = time.time()

    def record_answer(self, channel: str, *, abstained: bool) -> None:
        with self._lock:
            self.counts["questions"] += 1
            self.counts["abstained" if abstained else "answered"] += 1
            self.counts[f"questions:{channel}"] += 1

    def record_rejected(self, reason: str) -> None:
        with self._lock:
            self.counts[f"rejected:{reason}"] += 1

    def record_feedback(
        self, channel: str, answer_key: str, user_hash: str, vote: str, question: str = ""
    ) -> bool:
        """Record a vote; a user's second vote on the same answer replaces the first. True if new/changed."""
        if vote not in ("up", "down"):
            raise ValueError(vote)
        with self._lock:
            prev = self._votes.get((answer_key, user_hash))
            if prev == vote:
                return False
            if prev is not None:
                self.counts[f"feedback_{prev}"] -= 1
            self._votes[(answer_key, user_hash)] = vote
            self.counts[f"feedback_{vote}"] += 1
        if self._feedback_file is not None:
            rec = {
                "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "channel": channel,
                "answer": answer_key,
                "user": user_hash,
                "vote": vote,
                "question": question,
            }
            try:
                with self._feedback_file.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            except OSError as exc:
                logger.warning("could not append feedback to %s: %s", self._feedback_file, exc)
        return True

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            c = self.counts
            return {
                "questions": c["questions"],
                "answered": c["answered"],
                "abstained": c["abstained"],
                "feedback_up": c["feedback_up"],
                "feedback_down": c["feedback_down"],
                "rate_limited": c["rejected:rate"],
                "too_long": c["rejected:length"],
            }
