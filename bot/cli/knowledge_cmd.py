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
    from bot.knowledge.load import load_all
    from bot.thai import Glossary

    try:
        docs, glossary = load_all(CoreSettings().gcio_knowledge_dir)
    except KnowledgeError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    return docs, parse_all(docs), Glossary.from_mapping(glossary)


def _source(c, docs) -> str:
    from bot.thai import thai_date

    doc = next((d for d in docs if d.meta.id == c.doc_id), None)
    when = thai_date(doc.meta.date) if doc else ""
    return f"{c.doc_id} ({when}) ข้อ {c.section}"


@app.command("check")
def check() -> None:
    """Validate every resolution file and the glossary without building anything."""
    docs, clauses, glossary = _parsed()
    typer.echo(f"ok: {len(docs)} resolutions, {len(clauses)} clauses, {len(glossary.terms)} glossary terms")


@app.command("roles")
def roles(
    all_: Annotated[bool, typer.Option("--all", help="Include superseded rules, marked as such.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per role.")] = False,
) -> None:
    """Committees -> roles -> holders in force, with their source, as the bot reads them."""
    from bot.knowledge.facts import role_facts

    docs, clauses, _ = _parsed()
    by_uid = {c.uid: c for c in clauses}
    facts = [f for f in role_facts(clauses, by_uid) if all_ or f.clause.status == "current"]
    facts.sort(key=lambda f: (f.committee or "~", f.role, f.clause.status, f.clause.doc_date or 0))
    if as_json:
        for f in facts:
            row = {"committee": f.committee, "role": f.role, "holder": f.holder, "status": f.clause.status,
                   "doc_id": f.clause.doc_id, "section": f.clause.section, "date": str(f.clause.doc_date)}  # fmt: skip
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not facts:
        typer.echo("no committee roles found (lines like '... เป็นประธาน')")
        return
    committee = object()
    for f in facts:
        if f.committee != committee:
            committee = f.committee
            typer.echo(f"\nคณะกรรมการ {committee or '(ไม่ระบุ)'}")
        holder = f.holder if f.holder is not None else "(ไม่มีตำแหน่งนี้)"
        mark = "" if f.clause.status == "current" else "  [ถูกแทนที่แล้ว]"
        typer.echo(f"  {f.role}: {holder}{mark}\n      ← {_source(f.clause, docs)}")


@app.command("leads")
def leads(
    all_: Annotated[bool, typer.Option("--all", help="Include superseded rules, marked as such.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per issue.")] = False,
) -> None:
    """Issues -> lead agencies in force, with their source, as the bot reads them."""
    from bot.knowledge.facts import lead_facts

    docs, clauses, glossary = _parsed()
    facts = [f for f in lead_facts(clauses, glossary) if all_ or f.clause.status == "current"]
    if as_json:
        for f in facts:
            row = {"issue": f.issue, "agencies": f.agencies, "status": f.clause.status,
                   "doc_id": f.clause.doc_id, "section": f.clause.section, "date": str(f.clause.doc_date)}  # fmt: skip
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not facts:
        typer.echo("no lead agencies found (table rows under 'ผู้รับผิดชอบ', or 'ให้ X เป็นผู้รับผิดชอบ...')")
        return
    for f in facts:
        mark = "" if f.clause.status == "current" else "  [ถูกแทนที่แล้ว]"
        issue = " ".join(f.issue.split())
        typer.echo(
            f"- {issue[:150]}{'…' if len(issue) > 150 else ''}\n    → {f.agencies}{mark}\n      ← {_source(f.clause, docs)}"
        )
