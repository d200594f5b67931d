#!/usr/bin/env python3
"""Scale benchmark (a script, not a timed test): the bot on a generated knowledge base.

Generates N resolutions (scripts/gen_kb.py) next to the real ones in a temp folder, then, with
GCIO_KNOWLEDGE_DIR / GCIO_INDEX_DIR pointing there, measures through the public CLI:

  1. full `gcio-bot index build` (cold vector cache): wall time, peak RSS
  2. incremental build after adding one resolution: wall time, peak RSS, clauses re-embedded
  3. `gcio-bot ask --jsonl` in one process: time to first answer, then p50/p95 latency over
     ~100 questions (one at a time, like a user), and that process's peak RSS

Peak RSS is the child's ru_maxrss from os.wait4, so each figure is that one process's own.
Targets (issue 4, 2 cores): incremental build <= 10 s, ask p50 <= 40 ms, peak RSS <= 1 GB.

    .venv/bin/python scripts/bench_scale.py [-n 500] [--seed 7] [--questions 100] [--json out.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGETS = {"incremental_build_s": 10.0, "ask_p50_ms": 40.0, "peak_rss_mb": 1024.0}


def _gen_kb():
    spec = importlib.util.spec_from_file_location("gen_kb", REPO / "scripts" / "gen_kb.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_kb"] = mod
    spec.loader.exec_module(mod)
    return mod


def gcio_bot() -> list[str]:
    exe = Path(sys.executable).with_name("gcio-bot")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from bot.cli import main; main()"]


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; return (wall seconds, peak RSS MB of that process, combined output)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{text[-3000:]}")
    return wall, usage.ru_maxrss / 1024, text


def current_manifest(index_dir: Path) -> dict:
    version = (index_dir / "CURRENT").read_text().strip()
    path = index_dir / "versions" / version / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"version": version}


def mark_new(text: str) -> str:
    """Make every body line of the added resolution unique to this run, so that its clauses are
    new to a vector cache reused from an earlier run (--work) and really get embedded."""
    head, sep, body = text.partition("\n---\n")
    nonce = time.strftime("%H%M%S")
    lines = [f"{ln} (รอบ {nonce})" if ln.strip() else ln for ln in body.split("\n")]
    return head + sep + "\n".join(lines)


def questions_for(kb: Path, n: int, seed: int) -> list[str]:
    """Questions a user might ask at this size: about generated committees and issues, the real
    resolution (from the dev eval set when present), and some off-topic ones."""
    rng = random.Random(seed)
    committees: set[str] = set()
    issues: set[str] = set()
    for path in sorted(kb.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        committees.update(re.findall(r"(คณะกรรมการขับเคลื่อน\S+ ชุดที่ \d+)", text))
        issues.update(re.findall(r"^\d+\) (การ\S+ด้าน\S+)$", text, re.M))
    committees_l, issues_l = sorted(committees), sorted(issues)
    qs: list[str] = []
    roles = ["ประธาน", "รองประธาน", "กรรมการและเลขานุการ", "ผู้ช่วยเลขานุการ"]
    for _ in range(n // 2):
        qs.append(f"ใครเป็น{rng.choice(roles)}{rng.choice(committees_l)}")
    for _ in range(n // 5):
        qs.append(f"หน่วยงานใดรับผิดชอบ{rng.choice(issues_l)}")
    dev = Path(REPO.parent / "shared" / "eval" / "dev_questions.jsonl")
    if not dev.exists():
        dev = Path("/work/shared/eval/dev_questions.jsonl")
    if dev.exists():
        real = [
            json.loads(line)["question"]
            for line in dev.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        qs += rng.sample(real, min(len(real), n - len(qs) - 5))
    qs += ["ใครเป็นประธานคณะกรรมการการเลือกตั้ง", "พรุ่งนี้ฝนตกไหม", "what is the capital of France"]
    while len(qs) < n:
        qs.append(f"ใครเป็นประธาน{rng.choice(committees_l)}")
    rng.shuffle(qs)
    return qs[:n]


def bench_ask(env: dict[str, str], questions: list[str]) -> dict:
    """One `ask --jsonl` process; questions sent one at a time, each timed to its answer line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*gcio_bot(), "ask", "--jsonl"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        bufsize=1,
    )
    assert proc.stdin and proc.stdout
    latencies: list[float] = []
    timed: list[tuple[float, str]] = []
    abstained = 0
    first = None
    for i, q in enumerate(questions):
        t = time.perf_counter()
        proc.stdin.write(json.dumps({"id": str(i), "question": q}, ensure_ascii=False) + "\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("ask --jsonl ended early")
        now = time.perf_counter()
        if first is None:
            first = now - t0  # includes loading the model and the index
        else:
            latencies.append((now - t) * 1000)
            timed.append(((now - t) * 1000, q))
        abstained += bool(json.loads(line).get("abstained"))
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    latencies.sort()
    return {
        "ask_first_answer_s": round(first or 0.0, 3),
        "ask_n": len(latencies),
        "ask_p50_ms": round(statistics.median(latencies), 1),
        "ask_p95_ms": round(latencies[max(0, int(0.95 * len(latencies)) - 1)], 1),
        "ask_max_ms": round(latencies[-1], 1),
        "ask_abstained": abstained,
        "ask_peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "ask_slowest": [f"{ms:.0f} ms {q[:70]}" for ms, q in sorted(timed, reverse=True)[:5]],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=500, help="generated resolutions (default 500)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--questions", type=int, default=100)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    ap.add_argument(
        "--work",
        type=Path,
        help="use (and keep) this folder; a second run reuses its vector cache, so the 'full' build is warm",
    )
    args = ap.parse_args(argv)

    gen_kb = _gen_kb()
    if args.work:
        args.keep = True
        work = args.work
        shutil.rmtree(work / "knowledge", ignore_errors=True)
        shutil.rmtree(work / "extra", ignore_errors=True)
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="gcio-bench-scale-"))
    kb, index_dir = work / "knowledge", work / "index"
    fig_cache = "warm" if (index_dir / "cache").is_dir() else "cold"
    env = dict(os.environ)
    env.update(
        GCIO_KNOWLEDGE_DIR=str(kb),
        GCIO_INDEX_DIR=str(index_dir),
        PYTHAINLP_OFFLINE="1",
        PYTHAINLP_READ_ONLY="1",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    fig: dict = {"resolutions": args.n + 2, "cpus": os.cpu_count(), "vector_cache_at_start": fig_cache}
    try:
        shutil.copytree(REPO / "knowledge", kb, ignore=shutil.ignore_patterns("README.md"))
        paths = gen_kb.generate(kb / "generated", n=args.n, seed=args.seed)
        fig["kb_lines"] = sum(p.read_text(encoding="utf-8").count("\n") for p in paths)
        # The (n+1)th document of the same seed: the first n are identical, so it is "one new one".
        extra_dir = work / "extra"
        extra = gen_kb.generate(extra_dir, n=args.n + 1, seed=args.seed)[-1]

        print(f"[1/3] full build of {args.n} generated + real resolutions ...", file=sys.stderr)
        wall, rss, _ = run_measured([*gcio_bot(), "index", "build"], env)
        m = current_manifest(index_dir)
        fig.update(
            full_build_s=round(wall, 2),
            full_build_peak_rss_mb=round(rss, 1),
            clauses=m.get("clause_count"),
            full_build_embedded=m.get("embedded"),
        )

        print("[2/3] incremental build after adding one resolution ...", file=sys.stderr)
        target = kb / "generated" / extra.relative_to(extra_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(mark_new(extra.read_text(encoding="utf-8")), encoding="utf-8")
        wall, rss, _ = run_measured([*gcio_bot(), "index", "build"], env)
        m2 = current_manifest(index_dir)
        fig.update(
            incremental_build_s=round(wall, 2),
            incremental_build_peak_rss_mb=round(rss, 1),
            incremental_embedded=m2.get("embedded"),
            clauses_after=m2.get("clause_count"),
        )

        print(f"[3/3] ask latency over {args.questions} questions ...", file=sys.stderr)
        fig.update(bench_ask(env, questions_for(kb, args.questions, args.seed)))
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)

    peak = max(fig["full_build_peak_rss_mb"], fig["incremental_build_peak_rss_mb"], fig["ask_peak_rss_mb"])
    checks = {
        "incremental_build_s": fig["incremental_build_s"],
        "ask_p50_ms": fig["ask_p50_ms"],
        "peak_rss_mb": peak,
    }
    width = max(map(len, fig))
    for k, v in fig.items():
        if isinstance(v, list):
            print(f"{k:<{width}}")
            for item in v:
                print(f"  {item}")
        else:
            print(f"{k:<{width}}  {v}")
    for k, v in checks.items():
        ok = "ok" if v <= TARGETS[k] else "OVER TARGET"
        print(f"target {k:<{width - 7}}  {v} <= {TARGETS[k]}  {ok}")
    if args.json:
        args.json.write_text(json.dumps({**fig, "targets": TARGETS}, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
