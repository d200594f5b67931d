"""What a new index version changes compared with the one in use (`gcio-bot index diff`).

An admin reviewing a rebuild wants the effect on answers, not a file diff: which resolutions
came or went, which clauses are new or gone, and which rules stopped (or started) being in
force. Clauses are matched by (document, section, text) rather than uid, because uids carry
line numbers that shift when a line is inserted above an unchanged clause.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.models import Clause

CLAUSES_FILE = "clauses.jsonl"
MANIFEST_FILE = "manifest.json"

ClauseKey = tuple[str, tuple[str, ...], str]


def clause_key(c: Clause) -> ClauseKey:
    return (c.doc_id, tuple(c.path), " ".join(c.text.split()))


@dataclass
class IndexDiff:
    old_version: str | None
    new_version: str | None
    documents_added: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)
    documents_changed: list[str] = field(default_factory=list)  # same id, different clauses or metadata
    clauses_added: list[Clause] = field(default_factory=list)
    clauses_removed: list[Clause] = field(default_factory=list)
    now_superseded: list[tuple[Clause, Clause]] = field(default_factory=list)  # (old, new) was current
    now_current: list[tuple[Clause, Clause]] = field(default_factory=list)  # (old, new) was superseded

    @property
    def empty(self) -> bool:
        return not (
            self.documents_added
            or self.documents_removed
            or self.documents_changed
            or self.clauses_added
            or self.clauses_removed
            or self.now_superseded
            or self.now_current
        )


def diff_clauses(
    old: Iterable[Clause],
    new: Iterable[Clause],
    *,
    old_docs: dict[str, dict] | None = None,
    new_docs: dict[str, dict] | None = None,
    old_version: str | None = None,
    new_version: str | None = None,
) -> IndexDiff:
    """Compare two clause lists (and optionally their manifests' document entries by id)."""
    old_by = {clause_key(c): c for c in old}
    new_by = {clause_key(c): c for c in new}
    d = IndexDiff(old_version, new_version)
    d.clauses_added = [c for k, c in new_by.items() if k not in old_by]
    d.clauses_removed = [c for k, c in old_by.items() if k not in new_by]
    for k, n in new_by.items():
        o = old_by.get(k)
        if o is None or o.status == n.status:
            continue
        (d.now_superseded if n.status == "superseded" else d.now_current).append((o, n))

    old_ids = set(old_docs) if old_docs is not None else {c.doc_id for c in old_by.values()}
    new_ids = set(new_docs) if new_docs is not None else {c.doc_id for c in new_by.values()}
    d.documents_added = sorted(new_ids - old_ids)
    d.documents_removed = sorted(old_ids - new_ids)
    touched = {c.doc_id for c in d.clauses_added + d.clauses_removed}
    if old_docs is not None and new_docs is not None:
        touched |= {i for i in old_ids & new_ids if old_docs[i] != new_docs[i]}
    d.documents_changed = sorted(touched & old_ids & new_ids)
    return d


def load_clauses(version_dir: Path) -> list[Clause]:
    with open(Path(version_dir) / CLAUSES_FILE, encoding="utf-8") as f:
        return [Clause.model_validate_json(line) for line in f if line.strip()]


def _manifest(version_dir: Path) -> dict:
    path = Path(version_dir) / MANIFEST_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def diff_versions(old_dir: Path | None, new_dir: Path) -> IndexDiff:
    """Diff two built version folders; old_dir None means "nothing built before"."""
    new_m = _manifest(new_dir)
    new_docs = {d["id"]: d for d in new_m.get("documents", [])} or None
    if old_dir is None:
        return diff_clauses([], load_clauses(new_dir), new_docs=new_docs, new_version=new_m.get("version"))
    old_m = _manifest(old_dir)
    old_docs = {d["id"]: d for d in old_m.get("documents", [])} or None
    return diff_clauses(
        load_clauses(old_dir),
        load_clauses(new_dir),
        old_docs=old_docs if new_docs is not None else None,
        new_docs=new_docs if old_docs is not None else None,
        old_version=old_m.get("version", Path(old_dir).name),
        new_version=new_m.get("version", Path(new_dir).name),
    )


def _line(c: Clause, width: int = 100) -> str:
    text = " ".join(c.text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"{c.doc_id} › {' › '.join(c.path)}: {text}"


def render_diff(d: IndexDiff, limit: int = 20) -> str:
    """Plain text for the terminal; each list is cut at `limit` items with a count of the rest."""
    out = [f"index diff {d.old_version or '(none)'} -> {d.new_version or '(none)'}"]
    if d.empty:
        out.append("no changes")
        return "\n".join(out)

    def section(title: str, items: list[str]) -> None:
        if not items:
            return
        out.append(f"{title} ({len(items)}):")
        out.extend(f"  {s}" for s in items[:limit])
        if len(items) > limit:
            out.append(f"  ... and {len(items) - limit} more")

    section("documents added", d.documents_added)
    section("documents removed", d.documents_removed)
    section("documents changed", d.documents_changed)
    section("rules no longer in force", [_line(n) for _o, n in d.now_superseded])
    section("rules back in force", [_line(n) for _o, n in d.now_current])
    section(
        "clauses added",
        [("[superseded] " if c.status == "superseded" else "") + _line(c) for c in d.clauses_added],
    )
    section("clauses removed", [_line(c) for c in d.clauses_removed])
    return "\n".join(out)
