"""Settings pasted into a resolution (YAML, JSON, a spreadsheet saved as CSV) in the lines the grammar reads.

An annex may carry the structure as a registry's settings file ("gcio_committee:\\n  chair: X") or a sheet
exported as comma-separated rows. Nesting says which committee a seat belongs to, so these are rewritten
while the indentation is still there: committees become headings, seats "ประธาน: X", issues
"ประเด็นที่ N TITLE — ผู้รับผิดชอบหลัก: X", and a comment "# เดิม X" the "(เดิม: X)" note. CSV rows become
Markdown table rows, which the table reader already knows.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field

from bot.thai import thai_date

_FENCE = re.compile(r"^\s*(?:```|~~~)")
# "gcio_committee:", '"chair": "X",', "- X", "issue_3: Y": a settings line (keys in code style)
_KEY_LINE = re.compile(
    r'^(?P<indent>\s*)(?P<dash>-\s+)?"?(?P<key>[A-Za-z_][\w .-]{0,40}?)"?\s*:\s*(?P<value>.*?)\s*,?\s*$'
)
_ITEM_LINE = re.compile(r"^(?P<indent>\s*)-\s+(?P<value>.+?)\s*,?\s*$")
_ROLES = (
    (re.compile(r"^(?:assistant|asst|deputy)_?secretar(?:y|ies)$|^ผู้ช่วยเลขานุการ$", re.I), "ผู้ช่วยเลขานุการ"),
    (re.compile(r"^secretar(?:y|ies)$|^เลขานุการ$|^กรรมการและเลขานุการ$", re.I), "กรรมการและเลขานุการ"),
    (re.compile(r"^(?:vice|deputy)_?chair(?:man|person)?$|^รองประธาน$", re.I), "รองประธาน"),
    (re.compile(r"^chair(?:man|person)?$|^president$|^ประธาน$", re.I), "ประธาน"),
    (re.compile(r"^members?$|^กรรมการ$", re.I), "กรรมการ"),
)
_ISSUE_KEY = re.compile(r"^(?:issue|ประเด็น(?:ที่)?)_?(?P<no>\d{1,2})$", re.I)
_LEAD_KEY = re.compile(
    r"^(?:lead|leads|lead_agenc(?:y|ies)|owner|responsible|ผู้รับผิดชอบ(?:หลัก)?|เจ้าภาพ(?:หลัก)?)$", re.I
)
_EFFECT_KEY = re.compile(r"^(?:effective(?:_(?:date|from))?|in_force(?:_from)?|มีผล(?:ตั้งแต่)?)$", re.I)
_OLD_NOTE = re.compile(
    r"^(?:เดิม|เปลี่ยนจาก|แทน|was|previously|formerly|replaces?)\s*[:：]?\s*(?P<old>.+)$", re.I
)
_WAS = re.compile(
    r"\b(?:was|previously|formerly)\s*[:：]?\s*(?P<old>[^()]+?)\)*\s*$|เดิม\s*[:：]?\s*(?P<old2>[^()]+?)\)*\s*$",
    re.I,
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _role(key: str) -> str | None:
    return next((th for pattern, th in _ROLES if pattern.match(key)), None)


def _body(key: str) -> str | None:
    """ "gcio_committee" as "คณะกรรมการ GCIO", "gea_subcommittee" as "คณะอนุกรรมการ GEA"; None when the key
    names no body."""
    words = key.replace("_", " ").replace("-", " ").split()
    low = [w.lower() for w in words]
    acronyms = [w.upper() for w in words if re.fullmatch(r"[a-z]{2,6}", w.lower()) and w.lower() not in (
        "committee", "subcommittee", "working", "group", "board", "bangkok", "bkk", "provinces", "other")]  # fmt: skip
    bangkok = " กรุงเทพมหานคร" if any(w in ("bangkok", "bkk", "กทม") for w in low) else ""
    if "subcommittee" in low or "sub" in low:
        return f"คณะอนุกรรมการ {' '.join(acronyms)}".strip() + bangkok
    if "working" in low or "wg" in low:
        return f"คณะทำงาน {' '.join(a for a in acronyms if a != 'WG')}".strip() + bangkok
    if "committee" in low or (len(words) == 1 and acronyms and acronyms[0].endswith("CIO")):
        return (
            f"คณะกรรมการ {' '.join(a for a in acronyms if a.endswith('CIO')) or ' '.join(acronyms)}".strip()
            + bangkok
        )
    if bangkok:
        return "คณะกรรมการ PCIO กรุงเทพมหานคร"
    return None


def _plain(value: str) -> str:
    value = value.strip().rstrip(",").strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return re.sub(r'"\s*,\s*"', ", ", value).strip('"').strip()


def _date(value: str) -> str:
    m = _ISO.match(value)
    if not m:
        return value
    return thai_date(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))


def _split_comment(text: str) -> tuple[str, str]:
    """ "X   # เปลี่ยนจาก Y": the value, and its note as "(เดิม: Y)" (or as written)."""
    m = re.search(r"\s+#\s*(.*)$", text)
    if not m:
        return text, ""
    old = _OLD_NOTE.match(m.group(1).strip()) or _WAS.search(m.group(1))
    was = (old.group("old") or old.groupdict().get("old2") or "").strip() if old else ""
    note = f" (เดิม: {was})" if was else ""  # other remarks are about the file, not the rule
    return text[: m.start()], note


@dataclass
class _Node:
    key: str | None  # None: a list element with no key of its own
    value: str
    line: int
    note: str
    item: bool
    children: list[_Node] = field(default_factory=list)
    flow: bool = False  # "[A, B]": a list written in one line


def _tree(lines: list[tuple[int, str]]) -> list[_Node]:
    """Settings lines as nested nodes, by indentation ("- key: value" opens a list element holding key)."""
    root: list[_Node] = []
    stack: list[tuple[int, _Node]] = []

    def attach(indent: int, node: _Node) -> None:
        while stack and stack[-1][0] >= indent:
            stack.pop()
        (stack[-1][1].children if stack else root).append(node)
        stack.append((indent, node))

    for n, raw in lines:
        if re.match(r"^\s*#", raw):
            continue  # a comment line of its own: about the file, not a setting
        text, note = _split_comment(raw)
        if not text.strip() or re.fullmatch(r"\s*[{}\[\],]+\s*", text):
            continue
        m = _KEY_LINE.match(text)
        if m and not re.match(r"https?$", m.group("key")):
            indent = len(m.group("indent"))
            if m.group("dash"):
                attach(indent, _Node(None, "", n, note, True))
                indent += 2
            node = _Node(m.group("key").strip(), _plain(m.group("value")), n, note, False)
            node.flow = m.group("value").strip().startswith("[")
            attach(indent, node)
            continue
        item = _ITEM_LINE.match(text)
        if item:
            attach(len(item.group("indent")), _Node(None, _plain(item.group("value")), n, note, True))
            continue
        attach(len(text) - len(text.lstrip()), _Node(None, text.strip(), n, note, False))
    return root


def _fields(nodes: list[_Node]) -> dict[str, _Node]:
    return {n.key.lower(): n for n in nodes if n.key}


def _holder(node: _Node) -> str:
    """A seat's holder: the value, or its Thai name with the English after ("th: X", "en: Y")."""
    if node.value:
        return node.value
    f = _fields(node.children)
    th = f.get("th") or f.get("name_th") or f.get("name") or f.get("holder")
    en = f.get("en") or f.get("name_en")
    if th is None:
        return en.value if en else ""
    # "X เป็นกรรมการและเลขานุการ" under "secretary:": the seat is the key's, the holder is X
    name = re.sub(
        r"\s+เป็น(?:(?:อนุ)?กรรมการและ)?(?:ผู้ช่วย)?(?:เลขานุการ|รองประธาน|ประธาน|กรรมการ)\S*\s*$", "", th.value
    )
    return name if len(name) > 40 or not en or not en.value else f"{name} ({en.value})"  # a long name alone


def _listed(node: _Node) -> list[_Node]:
    """The elements of a list value: "- X" lines, or "[X, Y]" written in one line."""
    items = [c for c in node.children if c.item]
    if not items and ("," in node.value or node.flow) and node.value and not node.children:
        items = [
            _Node(None, v.strip().strip('"'), node.line, "", True) for v in node.value.split(",") if v.strip()
        ]
    return items


def _old(*nodes: _Node) -> str:
    return next((n.note for n in nodes if n.note), "")


def _effect(node: _Node) -> str:
    eff = _fields(node.children).get("effective") if node.children else None
    return f" ทั้งนี้ มีผลใช้บังคับตั้งแต่วันที่ {_date(eff.value)}" if eff and eff.value else ""


_SKIP = re.compile(r"^(?:th|en|name_th|name_en|name|order|title_en|.*_en|no|id|version)$", re.I)
_ADDED = re.compile(r"^(?:members?_added|added(?:_members?)?|new_members?)$", re.I)
_REMOVED = re.compile(r"^(?:members?_removed|removed(?:_members?)?)$", re.I)
_KEPT = re.compile(r"^(?:members?_kept|kept(?:_members?)?|other_members?)$", re.I)
_ISSUES = re.compile(r"^(?:issues|driving_issues|lead_agencies|leads)$", re.I)
_BODIES = re.compile(r"^(?:sub_?committees|working_groups|committees|task_forces)$", re.I)
_CANCELLED = re.compile(r"cancel|remov|abolish|deleted|ยกเลิก", re.I)


def _walk(nodes: list[_Node], out: list[tuple[int, str]]) -> None:
    for n in nodes:
        key = n.key or ""
        role = _role(key) or (_role(key[:-1]) if key.endswith("s") else None)
        items = _listed(n)
        if not key:
            if n.item and n.children:
                _walk(n.children, out)
            elif n.value:
                out.append((n.line, f"- {n.value}{n.note}"))
        elif _SKIP.match(key):
            continue
        elif role:
            holders = [_holder(i) for i in items] if items else [_holder(n)]
            note = _old(n, *items, *n.children)
            out.append((n.line, f"{role}: {' และ '.join(h for h in holders if h)}{note}{_effect(n)}"))
        elif _ADDED.match(key) or _REMOVED.match(key) or _KEPT.match(key):
            for i in items or [n]:
                who = _holder(i)
                said = (f"เพิ่ม {who} เป็นกรรมการ" if _ADDED.match(key)
                        else f"ให้ยกเลิก {who} จากการเป็นกรรมการ" if _REMOVED.match(key) else f"กรรมการ: {who}")  # fmt: skip
                out.append((i.line, said))
        elif _ISSUE_KEY.match(key):
            f = _fields(n.children)
            title = f.get("title") or f.get("name")
            lead = f.get("lead") or f.get("leads")
            no = _ISSUE_KEY.match(key).group("no")
            if n.value:
                out.append((n.line, f"ให้ {n.value} เป็นหน่วยงานรับผิดชอบหลักในประเด็นที่ {no}{n.note}"))
            else:
                out.append((n.line, _issue_line(no, title, lead, f.get("status"), n)))
        elif _ISSUES.match(key) and items:
            for i in items:
                f = _fields(i.children)
                if "no" in f:
                    lead = f.get("lead") or f.get("leads") or f.get("owner")
                    out.append(
                        (i.line, _issue_line(f["no"].value, f.get("title"), lead, f.get("status"), f["no"]))
                    )
        elif _BODIES.match(key) and items:
            for i in items:
                f = _fields(i.children)
                name = f.get("name_th") or f.get("name")
                en = f.get("name_en")
                if name or en:
                    label = (name.value if name else en.value) + (f" ({en.value})" if name and en else "")
                    out.append((i.line, f"**{label}**"))
                _walk(i.children, out)
        elif key.lower() in ("provinces", "other_provinces", "province"):
            out.append((n.line, "**คณะกรรมการ PCIO จังหวัดอื่นนอกจากกรุงเทพมหานคร**"))
            _walk(n.children, out)
        elif key.lower() in ("bangkok", "bkk", "bma"):
            out.append((n.line, "**คณะกรรมการ PCIO กรุงเทพมหานคร**"))
            _walk(n.children, out)
        elif _body(key) and n.children:
            f = _fields(n.children)
            name = f.get("name_th")
            out.append((n.line, f"**{_body(key)}" + (f" ({name.value})" if name else "") + "**"))
            _walk(n.children, out)
        elif _EFFECT_KEY.match(key):
            out.append((n.line, f"มีผลใช้บังคับตั้งแต่วันที่ {_date(n.value)}"))
        elif items and re.search(r"removed|cancell?ed|ยกเลิก", key, re.I):
            out.append((n.line, "; ".join(f"ให้ยกเลิก {i.value}" for i in items if i.value)))
        elif n.flow and items:  # "systems: [A, B]": one line, as written
            out.append((n.line, f"{key.replace('_', ' ')}: {', '.join(i.value for i in items)}{n.note}"))
        elif n.children and _LEAD_KEY.match(_who_key(n)) and _name_key(n):
            # "gcio_training: {course: หลักสูตร GCIO, responsible: X}": who is responsible for what
            f = _fields(n.children)
            who, what = f[_who_key(n)], f[_name_key(n)]
            out.append((who.line, f"ให้ {who.value} เป็นผู้รับผิดชอบ{what.value}{_old(who, what)}"))
            _walk(
                [c for c in n.children if c.key and c.key.lower() not in (who.key.lower(), what.key.lower())],
                out,
            )
        elif items or n.children:
            out.append((n.line, f"**{key.replace('_', ' ')}**"))
            if items and not any(i.children for i in items):
                out.extend((i.line, f"- {i.value}{i.note}") for i in items)
            else:
                _walk(n.children, out)
        else:
            out.append((n.line, f"{key.replace('_', ' ')}: {n.value}{n.note}"))


def _who_key(node: _Node) -> str:
    return next((c.key for c in node.children if c.key and _LEAD_KEY.match(c.key) and c.value), "")


def _name_key(node: _Node) -> str:
    return next(
        (
            c.key
            for c in node.children
            if c.key and re.match(r"^(?:course|title|name|topic|task|duty)$", c.key, re.I)
        ),
        "",
    )


def _issue_line(no: str, title: _Node | None, lead: _Node | None, status: _Node | None, at: _Node) -> str:
    name = f" {title.value}" if title and title.value else ""
    if status and _CANCELLED.search(status.value):
        return f"ให้ยกเลิกประเด็นที่ {no}{name}"
    leads = (
        ", ".join(i.value for i in _listed(lead)) if lead and _listed(lead) else (lead.value if lead else "")
    )
    return (
        f"ประเด็นที่ {no}{name}"
        + (f" — ผู้รับผิดชอบหลัก: {leads}" if leads else "")
        + _old(at, *(c for c in [lead] if c))
    )


def _config_block(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """One settings block, read as the tree its indentation makes (one output line per source line: a clause
    is known by its line)."""
    out: list[tuple[int, str]] = []
    _walk(_tree(lines), out)
    merged: list[tuple[int, str]] = []
    for n, text in sorted(out, key=lambda x: x[0]):
        if merged and merged[-1][0] == n:
            merged[-1] = (n, f"{merged[-1][1]} ; {text}")
        else:
            merged.append((n, text))
    return merged


def _settings_run(lines: list[tuple[int, str]], start: int) -> int:
    """Where a run of settings lines outside a fence ends (exclusive): three or more key lines in code style."""
    end, keys = start, 0
    while end < len(lines):
        text = lines[end][1]
        m = _KEY_LINE.match(text)
        if (
            m
            and re.fullmatch(r"[A-Za-z_][\w-]*", m.group("key").strip())
            and ("_" in m.group("key") or m.group("key").islower())
        ):
            keys += 1
        elif not (_ITEM_LINE.match(text) and end > start) and not re.fullmatch(r"\s*[{}\[\],]*\s*", text):
            break
        end += 1
    return end if keys >= 3 else start


def _csv_rows(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Runs of comma-separated rows with the same number of fields (three or more, a short header first) as
    Markdown table rows."""
    fields = []
    for _, t in lines:
        row = next(csv.reader([t.strip()])) if t.count(",") >= 2 and "|" not in t else []
        fields.append(row if len(row) >= 3 else [])
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and fields[i] and len(fields[j + 1]) == len(fields[i]):
            j += 1
        if j > i and all(len(c.strip()) <= 40 for c in fields[i]):  # a header of column names, then rows
            for k in range(i, j + 1):
                out[k] = (lines[k][0], "| " + " | ".join(c.strip() for c in fields[k]) + " |")
            i = j + 1
            continue
        i += 1
    return out


def settings_as_text(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The document's lines (indentation kept) with settings blocks and CSV rows rewritten; the rest as is."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        n, t = lines[i]
        if _FENCE.match(t):
            j = i + 1
            while j < len(lines) and not _FENCE.match(lines[j][1]):
                j += 1
            block = lines[i + 1 : j]
            settings = sum(1 for _, b in block if _KEY_LINE.match(b))
            out.extend(_config_block(block) if settings >= 2 else _csv_rows(block))
            i = j + 1
            continue
        end = _settings_run(lines, i)
        if end > i:
            out.extend(_config_block(lines[i:end]))
            i = end
            continue
        out.append((n, t))
        i += 1
    return _csv_rows(out)
