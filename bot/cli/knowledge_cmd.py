"""`gcio-bot knowledge ...`: check the knowledge files and review what the parser reads from them."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from bot.core.errors import KnowledgeError

app = typer.Typer(no_args_is_help=True)


def _parsed():
    from bot.core.settings import CoreSettings
    from bot.index.build import parse_all
    from bot.knowledge.abbreviations import with_defined
    from bot.knowledge.facts import read_facts
    from bot.knowledge.load import load_all
    from bot.thai import Glossary

    root = CoreSettings().gcio_knowledge_dir
    try:
        docs, glossary = load_all(root)
    except KnowledgeError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    clauses = parse_all(docs)
    terms = Glossary.from_mapping(with_defined(glossary, clauses))
    return root, docs, clauses, terms, read_facts(docs, clauses, terms)


def _source(uid: str, clauses, docs) -> str:
    from bot.thai import thai_date

    c = next((x for x in clauses if x.uid == uid), None)
    if c is None:
        return uid
    doc = next((d for d in docs if d.meta.id == c.doc_id), None)
    when = thai_date(doc.meta.date) if doc else ""
    return f"{doc.path if doc else c.doc_id}:{c.line} ({when}) ข้อ {c.section}"


@app.command("check")
def check() -> None:
    """Validate every resolution file and the glossary, and warn about silent mistakes."""
    from bot.knowledge.check import warnings

    root, docs, clauses, glossary, book = _parsed()
    for w in warnings(docs, clauses, book, root):
        typer.echo(f"warning: {w}", err=True)
    typer.echo(
        f"ok: {len(docs)} resolutions, {len(clauses)} clauses, {len(glossary.terms)} glossary terms; "
        f"{len(book.committees)} committees, {len(book.roles)} role statements, {len(book.leads)} lead agencies, "
        f"{len(book.measures)} lists of measures"
    )


@app.command("roles")
def roles(
    all_: Annotated[bool, typer.Option("--all", help="Include superseded rules, marked as such.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per role.")] = False,
) -> None:
    """Committees -> roles -> holders in force, each with what it replaced, as the bot reads them."""
    from bot.knowledge.committees import Committees
    from bot.knowledge.facts import ROLE_THAI

    _, docs, clauses, glossary, book = _parsed()
    registry = Committees(glossary, book.committees)
    by_id = {f.id: f for f in book.roles}
    previous = {f.superseded_by: f for f in book.roles if f.superseded_by}
    order = {c.key: i for i, c in enumerate(book.committees)}
    rank = {"advisor": 0, "chair": 1, "vice_chair": 2, "member": 3, "secretary": 4, "assistant_secretary": 5}
    facts = [f for f in book.roles if all_ or f.status == "current"]
    facts.sort(key=lambda f: (order.get(f.committee, 99), rank[f.role], f.status, f.date or 0))
    if as_json:
        for f in facts:
            row = f.model_dump(mode="json") | {"committee_name": registry.label(f.committee)}
            old = previous.get(f.id)
            row["previous"] = old.holder if old else f.replaced
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not facts:
        typer.echo("no committee roles found (lines like '... เป็นประธาน', 'ให้ X ทำหน้าที่ ...', 'ประธาน: X')")
        return
    committee = object()
    for f in facts:
        if f.committee != committee:
            committee = f.committee
            typer.echo(f"\n{registry.label(committee) if committee else '(คณะกรรมการไม่ระบุ)'}")
        holder = f.holder if f.holder is not None else "(ไม่มีตำแหน่งนี้)"
        where = f" [เฉพาะ{f.variant}]" if f.variant else ""
        mark = "" if f.status == "current" else "  [ถูกแทนที่แล้ว]"
        typer.echo(
            f"  {f.role_text or ROLE_THAI[f.role]}{where}: {holder}{mark}\n      ← {_source(f.clause, clauses, docs)}"
        )
        old, seen = previous.get(f.id), set()
        while old is not None and old.id not in seen:
            seen.add(old.id)
            typer.echo(f"      เดิม: {old.holder or '(ไม่มีตำแหน่งนี้)'} ← {_source(old.clause, clauses, docs)}")
            old = previous.get(old.id)
        if f.replaced and f.id not in previous:
            typer.echo(f"      เดิม (ตามที่มติระบุ): {f.replaced}")
    _ = by_id


@app.command("leads")
def leads(
    all_: Annotated[bool, typer.Option("--all", help="Include superseded rules, marked as such.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per issue.")] = False,
) -> None:
    """Issues -> lead agencies in force, each with what it replaced, as the bot reads them."""
    _, docs, clauses, _, book = _parsed()
    previous = {f.superseded_by: f for f in book.leads if f.superseded_by}
    facts = [f for f in book.leads if all_ or f.status == "current"]
    if as_json:
        for f in facts:
            old = previous.get(f.id)
            row = f.model_dump(mode="json") | {"previous": old.agencies if old else f.replaced}
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not facts:
        typer.echo(
            "no lead agencies found (table columns 'ผู้รับผิดชอบ', 'ผู้รับผิดชอบ: X' lines, 'ให้ X เป็นผู้รับผิดชอบ...')"
        )
        return
    for f in facts:
        mark = "" if f.status == "current" else "  [ถูกแทนที่แล้ว]"
        issue = " ".join(f.issue.split())
        typer.echo(
            f"- {issue[:150]}{'…' if len(issue) > 150 else ''}\n    → {f.agencies}{mark}\n      ← {_source(f.clause, clauses, docs)}"
        )
        old = previous.get(f.id)
        if old is not None:
            typer.echo(f"      เดิม: {old.agencies} ← {_source(old.clause, clauses, docs)}")
        elif f.replaced:
            typer.echo(f"      เดิม (ตามที่มติระบุ): {f.replaced}")
