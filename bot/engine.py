"""The core's front door: load the index and the model once, then answer questions.

Channels (CLI, Telegram, LINE, web) only call `Engine.load(...)` and `Engine.ask(...)`.
This module imports nothing from any channel or web library.
"""

from __future__ import annotations

import logging
from pathlib import Path

from bot.answering.core import AnsweringCore, QuestionBank
from bot.answering.frame import FUNCTION_WORDS
from bot.answering.kb import KB, DocInfo
from bot.core import messages
from bot.core.models import Answer, Context
from bot.core.settings import CoreSettings
from bot.embed.base import Embedder, make_embedder
from bot.index.load import LoadedIndex
from bot.index.search import Retriever
from bot.thai import ThaiText

logger = logging.getLogger(__name__)


class Engine:
    """Loaded index + embedder; `ask` only reads shared state, so concurrent calls are safe."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, thai: ThaiText) -> None:
        self.index = index
        self.embedder = embedder
        self.thai = thai
        self.retriever = Retriever(index, embedder, thai, stop=thai.stopwords | FUNCTION_WORDS)
        documents = {
            d.id: DocInfo(id=d.id, title=d.title, date=d.date, amends=list(d.amends))
            for d in index.manifest.documents
        }
        self.kb = KB(index.clauses, documents, index.book, index.glossary, thai, self.retriever.search)
        self.core = AnsweringCore(
            self.kb,
            QuestionBank(index.bank, index.bank_vectors),
            lambda text: self.retriever.query_vector(text)[0],
        )

    @property
    def version(self) -> str:
        return self.index.version

    @property
    def document_count(self) -> int:
        return len(self.index.manifest.documents)

    @property
    def clause_count(self) -> int:
        return len(self.index.clauses)

    @classmethod
    def load(
        cls,
        settings: CoreSettings | None = None,
        *,
        index_dir: Path | None = None,
        embedder: Embedder | None = None,
        check_knowledge: bool = True,
    ) -> Engine:
        """Load the current index version (raises IndexNotFoundError / IndexMismatchError)."""
        settings = settings or CoreSettings()
        embedder = embedder or make_embedder(settings.gcio_embedder)
        index = LoadedIndex.load(
            index_dir or settings.gcio_index_dir,
            embedder,
            knowledge_dir=settings.gcio_knowledge_dir if check_knowledge else None,
        )
        thai = ThaiText(index.glossary)
        engine = cls(index, embedder, thai)
        engine.warm_up()
        logger.info(
            "engine ready: index %s, %d documents, %d clauses",
            engine.version,
            engine.document_count,
            engine.clause_count,
        )
        return engine

    def warm_up(self) -> None:
        """Pay the one-off costs (tokenizer dictionary, vocabularies, first model call) at start-up."""
        self.thai.tokens("ประธาน")
        self.embedder.encode_queries(["query"])
        self.core.reader.read("ใครเป็นประธานสภา")  # also loads the part-of-speech tagger

    def ask(self, question: str, *, id: str | None = None, context: Context | None = None) -> Answer:
        """Answer one question (a follow-up with its conversation's context); never raises on bad input."""
        logger.debug("question: %r", question)
        try:
            with self.retriever.one_question():
                return self.core.ask(question, id=id, context=context)
        except Exception:  # one bad question must not take a channel down
            logger.exception("failed to answer a question")
            return Answer(
                id=id,
                question=question if isinstance(question, str) else "",
                answer=messages.FAILED,
                abstained=True,
                confidence=0.0,
                kind="invalid",
            )
