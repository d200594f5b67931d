"""Consolidated texts mark each line with what this revision did to it.

A "ฉบับรวมแก้ไข" restates the whole guideline and tags lines: "X เป็นประธาน [คงเดิม]", "Y เป็นเลขานุการ
[แก้ไข] (เดิม: Z) มีผลตั้งแต่วันที่ ...", "[เพิ่มใหม่]", "[ยกเลิก]". The fact grammar knows the same meanings
in other words ("(คงเดิม)", "ให้ Y เป็นเลขานุการ แทน Z", "(เพิ่มเติม)", "ยกเลิก ..."), so each marked line is
restated in them, one line for one, and the rest of the reading is unchanged.
"""

from __future__ import annotations

import re

from bot.core.models import Clause

MARK = re.compile(
    r"\s*\[(?P<mark>คงเดิม|ตามเดิม|ไม่เปลี่ยนแปลง|แก้ไขใหม่|แก้ไข|ปรับปรุง|เพิ่มใหม่|เพิ่มเติม|ใหม่|ยกเลิก|ตัดออก"
    r"|unchanged|amended|revised|new|added|cancell?ed|deleted|removed)(?P<note>[^\]]{0,80})\]",
    re.I,
)
_KEPT = re.compile(r"คงเดิม|ตามเดิม|ไม่เปลี่ยนแปลง|unchanged", re.I)
_ADDED = re.compile(r"เพิ่มใหม่|เพิ่มเติม|ใหม่|new|added", re.I)
_ENDED = re.compile(r"ยกเลิก|ตัดออก|cancell?ed|deleted|removed", re.I)
_WAS = re.compile(r"^(?:เดิม|ความเดิม|ของเดิม|old|previously|formerly)\s*[:：]?\s*(?P<old>.+)$", re.I)
_ROLE_SAID = re.compile(r"\sเป็น(?:ผู้|ประธาน|รองประธาน|กรรมการ|อนุกรรมการ|คณะทำงาน|เลขานุการ|ที่ปรึกษา)")
_ISSUE = re.compile(r"ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?([\d๐-๙]{1,2})\)?")


def _bracketed(text: str) -> tuple[str, str]:
    """ "(เดิม: ผู้อำนวยการ สพร. (องค์การมหาชน)) มีผล...": what the parenthesis holds, to its own closing one."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return text[1:i], text[i + 1 :].strip()
    return text[1:], ""


def unmark(line: str, before: str = "") -> str:
    """One marked line in the forms the grammar reads; any other line as it is. `before`: the line above,
    for a bare "[ยกเลิก]" under the issue it ends."""
    m = MARK.search(line)
    if m is None:
        return line
    body, rest = line[: m.start()].rstrip(), line[m.end() :].strip()
    old = None
    if rest.startswith("("):
        inner, rest = _bracketed(rest)
        was = _WAS.match(inner.strip())
        if was:  # "(เดิม: X ตามมติ 8 ก.พ. 2565 — ...)": the holder, not the history after it
            old = re.split(r"\s+(?:ตามมติ|ตาม\s*มติ|—|–|-\s)|\s*;", was.group("old"))[0].strip()
    mark = m.group("mark")
    label = re.match(r"^(?P<key>[^:：]{2,30}?)\s*[:：]\s*(?P<value>\S.*)$", body)
    if _ENDED.fullmatch(mark):
        if not body:  # "ประเด็นที่ 2 ..." / "[ยกเลิก] โดยให้รวมเข้ากับประเด็นที่ 1": the issue above ends
            issue = _ISSUE.search(before.split("\n")[0]) if re.match(r"^\s*ประเด็น", before) else None
            return f"ให้ยกเลิกประเด็นที่ {issue.group(1)} {rest}".strip() if issue else f"ยกเลิก {rest}".strip()
        return f"ยกเลิก {body} {rest}".strip()  # "X เป็นกรรมการ [ยกเลิก]": X is no longer one
    if not body:
        return line
    if _KEPT.search(mark):
        return f"{body} (คงเดิม)"
    if old and label:  # "ผู้รับผิดชอบหลัก: X [แก้ไข] (เดิม: Y)"
        return f"{body} (ปรับปรุงใหม่ แทน {old})"
    if old and _ROLE_SAID.search(body):  # "X เป็นเลขานุการ [แก้ไข] (เดิม: Y)"
        return f"ให้ {body} แทน {old}"
    if _ADDED.fullmatch(mark):
        return f"{body} (เพิ่มเติม)"
    return body


def unmarked(c: Clause, before: str = "") -> Clause:
    """The clause with its marked lines restated (one for one); the clause itself when it has none."""
    texts = [c.text, c.label or "", c.detail or ""]
    if not any(MARK.search(t) for t in texts):
        return c
    lines = c.text.split("\n")
    update: dict = {
        "text": "\n".join(unmark(line, before if i == 0 else lines[i - 1]) for i, line in enumerate(lines))
    }
    if c.label and c.detail:
        joined = unmark(f"{c.label}: {c.detail}", before)
        head = re.match(r"^(?P<key>[^:：]{2,30}?)\s*[:：]\s*(?P<value>\S.*)$", joined)
        if head and not MARK.search(c.label):
            update.update(label=head.group("key"), detail=head.group("value"))
        else:  # "[ยกเลิก] โดยให้รวม...: X" read as a label: a sentence, not a key
            update.update(label=None, detail=None, text=joined)
    return c.model_copy(update=update)
