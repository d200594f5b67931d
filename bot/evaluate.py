"""Score the engine on evaluation questions with the rules of shared/eval/README.md.

Matching ignores whitespace and case; the answer must hold one string of every `expect` group,
stay within 600 characters, and state no `expect_before` string ahead of the first expected one.
Off-topic questions pass only when the engine abstains.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.models import Answer

MAX_CHARS = 600


@dataclass
class Result:
    id: str
    kind: str
    question: str
    ok: bool
    why: str
    answer: str


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(r.ok for r in self.results) / len(self.results) if self.results else 0.0

    def by_kind(self) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = {}
        for r in self.results:
            k = out.setdefault(r.kind, [0, 0])
            k[0] += r.ok
            k[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def summary(self) -> str:
        kinds = " ".join(f"{k}={ok}/{n}" for k, (ok, n) in self.by_kind().items())
        ok = sum(r.ok for r in self.results)
        return f"{kinds}\naccuracy {ok}/{len(self.results)} = {self.accuracy:.3f}"


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "").lower()


def check(q: dict, a: Answer) -> tuple[bool, str]:
    if q.get("abstain"):
        return (True, "") if a.abstained else (False, "should abstain")
    if a.abstained:
        return False, "abstained"
    if len(a.answer) > MAX_CHARS:
        return False, f"answer too long ({len(a.answer)} chars)"
    n = _norm(a.answer)
    first = None
    for i, group in enumerate(q.get("expect", [])):
        hits = [n.find(_norm(alt)) for alt in group if _norm(alt) in n]
        if not hits:
            return False, f"missing one of {group}"
        if i == 0:
            first = min(hits)
    for bad in q.get("expect_before", []):
        p = n.find(_norm(bad))
        if p != -1 and first is not None and p < first:
            return False, f"'{bad}' stated before the expected answer"
    return True, ""


def load_questions(path: Path) -> list[dict]:
    out = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as e:
                raise ValueError(f"line {i}: {e}") from None
    return out


def run_eval(engine, questions: list[dict]) -> Report:
    """Lines that share a "conversation" are answered in order, each with the context of the turns before."""
    report = Report()
    contexts: dict[str, object] = {}
    for q in questions:
        conv = q.get("conversation")
        a = engine.ask(q["question"], id=q.get("id"), context=contexts.get(conv) if conv else None)
        if conv:
            contexts[conv] = a.context
        ok, why = check(q, a)
        report.results.append(Result(str(q.get("id")), q.get("kind", "?"), q["question"], ok, why, a.answer))
    return report


# -- question sets with the knowledge they need ----------------------------------------------------


@dataclass
class EvalSet:
    """A question file, the resolutions added to `knowledge/` before asking it, and its CI floor."""

    name: str
    questions: Path
    knowledge: list[Path] = field(default_factory=list)
    min: float = 0.0
    first_run: float | None = None  # the score before any change the set prompted (recorded, not checked)


def load_sets(path: Path) -> list[EvalSet]:
    """`tests/data/eval_sets.yaml`: paths are relative to the repository root."""
    import yaml

    root = Path(path).resolve().parent.parent.parent
    out = []
    for row in yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []:
        out.append(
            EvalSet(
                name=row["name"],
                questions=root / row["questions"],
                knowledge=[root / k for k in row.get("knowledge", [])],
                min=float(row.get("min", 0.0)),
                first_run=row.get("first_run"),
            )
        )
    return out


def assemble_knowledge(base: Path, extra: list[Path], into: Path) -> Path:
    """A knowledge folder: the base resolutions and glossary plus the set's own resolutions."""
    import shutil

    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(base, into)
    for p in extra:
        shutil.copy2(p, into / p.name)
    return into
