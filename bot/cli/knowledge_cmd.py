"""`gcio-bot knowledge ...`: add a resolution from PDF/Word/text, check the knowledge files, and review
what the parser reads from them."""

from __future__ import annotations

import json
from pathlib import Path
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
    from bot.knowledge.facts import ROLE_ORDER, ROLE_THAI

    _, docs, clauses, glossary, book = _parsed()
    registry = Committees(glossary, book.committees)
    by_id = {f.id: f for f in book.roles}
    previous = {f.superseded_by: f for f in book.roles if f.superseded_by}
    order = {c.key: i for i, c in enumerate(book.committees)}
    facts = [f for f in book.roles if all_ or f.status == "current"]
    facts.sort(key=lambda f: (order.get(f.committee, 99), ROLE_ORDER[f.role], f.status, f.date or 0))
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


@app.command("add")
def add(
    file: Annotated[Path, typer.Argument(help="The resolution as it came: .pdf, .docx, .txt or .md.")],
    date: Annotated[str | None, typer.Option(help="Meeting date, YYYY-MM-DD (Gregorian).")] = None,
    amends: Annotated[
        list[str] | None, typer.Option("--amends", help="Id of a resolution it amends (repeatable).")
    ] = None,
    no_amends: Annotated[
        bool, typer.Option("--no-amends", help="It amends nothing, whatever it cites.")
    ] = False,
    doc_id: Annotated[
        str | None, typer.Option("--id", help="Document id (default cabinet-<date>-<slug>).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title (default: the 'เรื่อง ...' line).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show everything, write nothing.")] = False,
) -> None:
    """Import a resolution into knowledge/: clean its Thai, guess title/date/amends, show what it changes."""
    from bot.core.settings import CoreSettings
    from bot.ingest import IngestError, Overrides, commit, prepare

    overrides = Overrides(
        id=doc_id, title=title, date=_iso_date(date) if date else None, amends=[] if no_amends else amends
    )
    root = CoreSettings().gcio_knowledge_dir
    try:
        plan = prepare(file, root, overrides)
    except IngestError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    _print_plan(plan, overrides)
    if dry_run:
        typer.echo(f"\ndry run: nothing written (would write {plan.target})")
        return
    try:
        written = commit(plan)
    except IngestError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"\nwrote {written}\nnext: gcio-bot index build, then review with gcio-bot knowledge roles / leads "
        "and gcio-bot index diff before reloading the bot"
    )


def _iso_date(text: str):
    import datetime as dt

    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not YYYY-MM-DD", param_hint="--date") from None
    if value.year > 2400:
        raise typer.BadParameter(
            f"{text} looks like a Buddhist-era year; use {value.year - 543}-{value.month:02d}-{value.day:02d}",
            param_hint="--date",
        )
    return value


def _print_plan(plan, overrides) -> None:
    from bot.thai import thai_date

    r, g, meta = plan.report, plan.guesses, plan.meta
    typer.echo(f"read {plan.source} ({plan.kind}): {len(plan.markdown.splitlines())} lines")
    typer.echo(
        f"cleaned: {r.glyphs_mapped} PDF glyph forms mapped back, {r.spaces_removed} spaces inside words removed, "
        f"{len(r.furniture)} page numbers/headers/footers dropped, {r.lines_joined} broken lines joined"
    )
    for line in r.furniture[:6]:
        typer.echo(f"  dropped: {line[:100]}")
    typer.echo("\nguessed from the text:")
    typer.echo(
        f"  title:  {g.title or '(none: no เรื่อง line)'}"
        + (f"  (line {g.title_line})" if g.title_line else "")
    )
    if g.date and g.date_evidence:
        ev = g.date_evidence
        doubt = (
            ""
            if g.date_certain
            else "  [uncertain: no cabinet-meeting date found, the latest date in the text]"
        )
        typer.echo(f"  date:   {g.date.isoformat()} ({ev.written}, line {ev.line}: {ev.context}){doubt}")
    else:
        typer.echo("  date:   (none found)")
    for a in g.amends:
        who = ", ".join(a.doc_ids) or (
            f"(already amended by a later one it cites: {', '.join(a.superseded)})"
            if a.superseded
            else "(no document of that date in knowledge/)"
        )
        typer.echo(f"  amends: {who} (cites {thai_date(a.date)}: {a.evidence})")
    if not g.amends:
        typer.echo("  amends: (cites no earlier resolution)")

    def said(flag: object) -> str:
        return "  [from the command line]" if flag not in (None, []) else ""

    typer.echo("\nthe new document:")
    typer.echo(f"  id:     {meta.id}{said(overrides.id)}")
    typer.echo(f"  title:  {meta.title}{said(overrides.title)}")
    typer.echo(f"  date:   {meta.date.isoformat()} ({thai_date(meta.date)}){said(overrides.date)}")
    typer.echo(f"  amends: {', '.join(meta.amends) or '(nothing)'}{said(overrides.amends)}")
    typer.echo(f"  file:   {plan.target}")
    for w in plan.warnings:
        typer.echo(f"warning: {w}", err=True)
    _print_impact(plan.impact)


def _print_impact(impact) -> None:
    typer.echo("\nwhat it changes (as the bot will read it):")
    if impact.empty:
        typer.echo("  no roles, lead agencies or measures found in it (only its text will be searchable)")
    for heading, changes in (
        ("roles", impact.roles),
        ("lead agencies", impact.leads),
        ("measures", impact.measures),
    ):
        if not changes:
            continue
        typer.echo(f"  {heading} ({len(changes)}):")
        for c in changes:
            mark = "" if c.fact.status == "current" else "  [not in force]"
            typer.echo(f"    + {c.fact.text}{mark}\n        ← {c.fact.source}")
            for old in c.replaces:
                what = "replaces quoted old wording" if old.quote else "replaces"
                typer.echo(f"        {what}: {old.text}\n            ← {old.source}")
            if c.superseded_by is not None:
                typer.echo(f"        already replaced by: {c.superseded_by.text} ← {c.superseded_by.source}")
    if impact.no_longer_in_force:
        typer.echo(f"  also no longer in force after this import ({len(impact.no_longer_in_force)}):")
        for f in impact.no_longer_in_force:
            typer.echo(f"    - {f.text}\n        ← {f.source}")
