"""Bring a resolution in as it comes (PDF, Word, text) and turn it into a knowledge/*.md file.

extract (file -> raw pages) -> clean (Thai PDF artefacts, page furniture, wrapped lines)
-> guess (title, date, amends) -> impact (facts it adds or supersedes) -> write (validated, atomic).
"""

from bot.ingest.errors import IngestError
from bot.ingest.write import ImportPlan, Overrides, commit, prepare

__all__ = ["ImportPlan", "IngestError", "Overrides", "commit", "prepare"]
