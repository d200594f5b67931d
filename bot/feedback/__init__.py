"""What users could not get answered, and which answers they found wrong: a small SQLite store
shared by every channel, and the report an admin reads to improve the knowledge base."""

from bot.feedback.models import DownvotedRow, Report, UnansweredRow
from bot.feedback.store import DB_NAME, FeedbackStore, normalize_question, question_key

__all__ = [
    "DB_NAME", "DownvotedRow", "FeedbackStore", "Report", "UnansweredRow", "normalize_question", "question_key",
]  # fmt: skip
