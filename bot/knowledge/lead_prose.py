"""Lead changes a Thai letter or memo writes as running prose, not as a table row or a "ให้ X เป็น..." clause.

Officials write a change of lead the way they would say it: the issue first, by its title or its number,
what it used to be, then the new agency ("เรื่อง TITLE ซึ่งเดิมกำหนดให้ X เป็นผู้รับผิดชอบหลัก ... ให้เปลี่ยนเป็น Y");
an agency joining one ("ให้ Y ร่วมเป็นผู้รับผิดชอบหลักกับ X"); the lead of a numbered issue the same text has
just added ("ผู้รับผิดชอบหลักของประเด็นที่ 7 ได้แก่ Y"). Each gives (issue, agencies, replaced) in the forms the
fact reader already keeps, so a lead found here is superseded and answered like any other.
"""

from __future__ import annotations

import re

LEAD_WORD = r"(?:หน่วยงาน)?(?:ผู้)?(?:รับผิดชอบ|เจ้าภาพ)(?:หลัก)?"
# "ประเด็นที่ 6", "ประเด็นลำดับที่ ๖", "ประเด็น (6)"
ISSUE_NO = r"ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?(?P<no>[\d๐-๙]{1,2})\)?"
_END = r"(?=\s+(?:เนื่องจาก|เพราะ|ทั้งนี้|โดย|เพื่อ|ซึ่ง(?!เดิม)|ตั้งแต่|มีผล)|\s*[;]|(?<![\u0e01-\u0e4e])\.(?=\s|$)|\s*$)"
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# "เรื่อง TITLE ซึ่งเดิมกำหนดให้ X เป็นผู้รับผิดชอบหลัก คณะรัฐมนตรีเห็นชอบให้เปลี่ยนเป็น Y"
_WAS_THEN = re.compile(
    rf"(?:^|(?<=\s)|(?<=ใน))(?:สำหรับ|ส่วน|ในส่วนของ)?\s*(?P<what>(?:เรื่อง|ประเด็น)(?!ที่\s*\S+\s+เป็น)\S(?:(?!เรื่อง|ประเด็น)[^\n]){{3,250}}?)\s*(?:ซึ่ง|ที่)?เดิม(?:ได้)?(?:กำหนด)?(?:ให้|มี)?\s*"
    rf"(?P<old>\S[^\n]{{1,150}}?)\s*(?:เป็น)?{LEAD_WORD}(?:อยู่)?\s+[^\n]{{0,80}}?(?:ให้|จึง)?(?:เปลี่ยน|ปรับ)(?:แปลง)?(?:ผู้รับผิดชอบหลัก)?(?:มา|ไป)?เป็น\s*"
    rf"(?P<who>\S[^\n]{{1,200}}?){_END}"
)
# "ประเด็นที่ 6 (TITLE) จากเดิมที่ X รับผิดชอบแต่ผู้เดียว ให้ X รับผิดชอบร่วมกับ Y": the lead it had, then the one now
_FROM_EARLIER = re.compile(
    rf"{ISSUE_NO}\s*(?:\([^()\n]{{3,250}}\))?\s*(?:นั้น)?\s*(?:จาก)?เดิม(?:ที่|ซึ่ง)?\s*(?P<old>\S[^\n]{{1,150}}?)\s*(?:เป็นผู้)?"
    r"(?:รับผิดชอบ|เป็นเจ้าภาพ)(?:หลัก)?(?:แต่ผู้เดียว|เพียงผู้เดียว|อยู่)?\s+(?:ให้|เปลี่ยนเป็น(?:ให้)?)\s*"
    rf"(?P<who>\S[^\n]{{1,150}}?)\s*(?:เป็นผู้)?(?:รับผิดชอบ|เป็นเจ้าภาพ)(?:หลัก)?\s*(?P<with>(?:ร่วมกับ|กับ)\s*\S[^\n]{{1,100}}?)?{_END}"
)
# "สำหรับประเด็นลำดับที่ 6 ... ให้ Y ร่วมเป็นผู้รับผิดชอบหลักกับ X ซึ่งเป็นผู้รับผิดชอบหลักอยู่เดิม"
_JOINS = re.compile(
    rf"(?P<what>{ISSUE_NO}|(?:เรื่อง|ประเด็น)\S[^\n]{{3,200}}?)[^\n]{{0,150}}?(?:^|\s|(?<=โดย))ให้\s*(?P<who>\S[^\n]{{1,150}}?)\s*"
    rf"ร่วมเป็น{LEAD_WORD}\s*(?:กับ|ร่วมกับ)\s*(?P<old>\S[^\n]{{1,150}}?)(?=\s+ซึ่ง|{_END})"
)
# "เรื่อง "TITLE" เจ้าภาพเปลี่ยนจาก X กับ Z เป็น Y กับ W (...)": the issue, then its lead changed from ... to ...
_CHANGED_FROM = re.compile(
    rf"(?P<what>{ISSUE_NO}|(?:เรื่อง|ประเด็น)\s*[\"“][^\"“”\n]{{3,250}}[\"”])\s*[^\n]{{0,40}}?{LEAD_WORD}\s*(?:ก็)?"
    rf"(?:เปลี่ยน|ปรับ|ย้าย)(?:เป็น)?\s*จาก(?:เดิม)?\s*(?P<old>\S[^\n]{{1,150}}?)\s*(?:มา|ไป)?เป็น\s*"
    rf"(?P<who>\S[^\n]{{1,200}}?)(?:{_END}|(?<=\))(?=\s))"
)
# "ประเด็นลำดับที่ 7 คือ TITLE โดยให้ Y เป็นผู้รับผิดชอบหลัก": a new issue and its lead in one sentence
# (or 'เพิ่มประเด็นที่ 8 "TITLE" มี Y เป็นผู้รับผิดชอบหลัก': the title in quotes)
_NEW_LED = re.compile(
    rf"{ISSUE_NO}\s*(?:(?:คือ|ได้แก่|เรื่อง|ว่าด้วย)\s*(?P<title>[^\s\d][^\n]{{3,250}}?)|[\"“](?P<quoted>[^\"“”]{{3,250}})[\"”])"
    rf"\s+(?:โดย)?(?:ให้|มี)\s*"
    rf"(?P<who>\S[^\n]{{1,150}}?)\s*เป็น{LEAD_WORD}(?=\s|$)"
)
# "เพิ่มประเด็นขับเคลื่อนใหม่ คือ TITLE โดยมี X และ Y เป็นผู้รับผิดชอบหลักร่วมกัน", "ประเด็นTITLE ซึ่งถูกยกเลิกไป...
# ได้นำกลับมาเป็นประเด็นขับเคลื่อนอีกครั้ง โดยมี X เป็นผู้รับผิดชอบหลัก": an issue named by its title alone, then its lead
# "เพิ่มประเด็นที่ 7 "TITLE" โดยมีผู้รับผิดชอบหลัก คือ X ร่วมกับ Y": the lead named after the issue's title
_NEW_THEN_LEAD = re.compile(
    rf"{ISSUE_NO}\s*(?:(?:คือ|ได้แก่|เรื่อง|ว่าด้วย)\s*(?P<title>[^\s\d\"“][^\n]{{3,250}}?)|[\"“](?P<quoted>[^\"“”]{{3,250}})[\"”])"
    rf"\s+(?:โดย)?(?:ให้)?(?:มี)?\s*{LEAD_WORD}\s*(?:คือ|ได้แก่|[:：])\s*"
    rf"(?P<who>\S[^\n]{{1,200}}?)(?:(?=\s+ส่วน(?!ราชการ))|{_END})"
)
_TITLED_LED = re.compile(
    r"(?:เพิ่ม(?:เติม)?ประเด็น\S{0,24}?\s*(?:คือ|ได้แก่|ว่าด้วย|เรื่อง)\s*|(?:^|(?<=\s))ประเด็น(?:เรื่อง)?\s*(?=การ))"
    r"(?P<what>[^\s\d][^\n]{3,250}?)(?:\s+(?:ซึ่ง|ที่|ได้|ให้|จะ)[^\n]{0,250}?)?\s+โดย(?:มี|ให้)\s*"
    rf"(?P<who>\S[^\n]{{1,150}}?)\s*เป็น{LEAD_WORD}"
)
# "ทั้งนี้ สกมช. ยังคงเป็นผู้รับผิดชอบหลักในประเด็นTITLE เช่นเดิม": a lead said to stay, the issue after it
_STILL_LEADS = re.compile(
    rf"(?:^|(?<=\s))(?:ทั้งนี้|ส่วน|และ|โดย)\s+(?P<who>\S[^\n]{{1,100}}?)\s*(?:ยังคง|ยัง|คง)เป็น{LEAD_WORD}\s*(?:ใน|ของ|สำหรับ)\s*"
    r"(?P<what>(?:ประเด็น|เรื่อง)\S[^\n]{3,200}?)\s*(?:เช่นเดิม|ตามเดิม|เหมือนเดิม|ต่อไป)"
)
# "ประเด็นที่ 7 เพิ่มใหม่: TITLE เจ้าภาพหลักคือ X และ Y ร่วมกับหน่วยงานที่เกี่ยวข้อง": a new issue, then who leads it
_ADDED_LED = re.compile(
    rf"{ISSUE_NO}\s*(?:เพิ่มใหม่|ใหม่|เพิ่มเติม)\s*[:：]\s*(?P<title>[^\s\d][^\n]{{3,250}}?)\s+{LEAD_WORD}\s*(?:คือ|ได้แก่|[:：])\s*"
    rf"(?P<who>\S[^\n]{{1,200}}?)(?:\s+ร่วมกับหน่วยงานที่เกี่ยวข้อง)?{_END}"
)
# "ประเด็นที่ 2 ให้ สพร. เป็นผู้รับผิดชอบหลักแต่เพียงหน่วยงานเดียว", "การฝึกอบรมหลักสูตร GCIO ให้ สพร. เป็นผู้รับผิดชอบ
# ดำเนินการต่อไปตามเดิม": the issue first, by number or title, then who leads it and how
_FIRST_THEN_WHO = re.compile(
    rf"^(?:{ISSUE_NO}|(?P<what>(?:การ|เรื่อง)\S[^\n]{{3,200}}?))\s+(?:โดย)?ให้\s*(?P<who>\S[^\n]{{1,120}}?)\s*(?:ยังคง|คง)?เป็น"
    rf"{LEAD_WORD}(?:ดำเนินการ|ดำเนินงาน|(?=\s|$|ต่อไป|ตามเดิม|แต่|เพียง|ร่วม|แทน))"
)
# "ให้โอนความรับผิดชอบการฝึกอบรมหลักสูตร GCIO จาก สพร. ไปเป็นของสำนักงาน ก.พ.": a duty moved by its title
_MOVED = re.compile(
    r"(?:โอน|ย้าย)(?:ความรับผิดชอบ|ภารกิจ|งาน)?\s*(?:ใน|ด้าน)?(?:เรื่อง)?\s*(?!\S{0,12}\))(?P<what>\S[^\n]{3,200}?)\s*จาก\s*(?P<old>\S[^\n]{1,80}?)\s*"
    rf"(?:ไป|มา)(?:เป็นของ|เป็นความรับผิดชอบของ|ให้|ยัง|อยู่กับ|อยู่ที่)\s*(?P<who>\S[^\n]{{1,150}}?){_END}"
)
# "ประเด็นที่ 1 และ 2 (TITLES) สพร. เป็นเจ้าภาพ คงเดิม": issues by number, an aside naming them, then who leads them
_NUMBERS_LED = re.compile(
    rf"ประเด็นที่\s*(?P<nos>[\d๐-๙]{{1,2}}(?:\s*(?:และ|,)\s*[\d๐-๙]{{1,2}})*)\s*(?:\([^()]{{3,250}}\))?\s*"
    rf"(?:ซึ่ง|ที่)?\s*(?P<who>[^\s(][^\n]{{1,80}}?)\s*(?:ยังคง|คง)?เป็น{LEAD_WORD}"
)
# "ผู้รับผิดชอบหลักของประเด็นที่ 7 ได้แก่ Y", "เจ้าภาพหลักในประเด็นที่ 7 คือ Y"
_OF_ISSUE = re.compile(
    rf"(?:^|(?<=\s)|(?<=ให้)|(?<=โดย))(?<!ซึ่งเป็น)(?<!ร่วมเป็น){LEAD_WORD}\s*(?:ของ|ใน|สำหรับ)\s*{ISSUE_NO}\s*(?:ได้แก่|คือ|ให้เป็น|เป็น|[:：])\s*"
    rf"(?P<who>\S[^\n]{{1,200}}?){_END}"
)
# "ประเด็นหมายเลข 3 ... ระบุผู้รับผิดชอบหลักว่า Y แทน X" (a chart's box, a list's row, described in words)
_SAYS_INSTEAD = re.compile(
    r"(?:ประเด็น|กรอบ|ช่อง|แถว)(?:ลำดับ)?(?:ที่|หมายเลข)?\s*\(?(?P<no>[\d๐-๙]{1,2})\)?(?!\d)[^\n]{0,120}?"
    rf"{LEAD_WORD}(?:ว่า|คือ|ได้แก่|เป็น)\s*(?P<who>\S[^\n]{{1,150}}?)\s+แทน\s*(?P<old>\S[^\n]{{1,150}}?){_END}"
)
# a checklist's issue rows: "ประเด็นที่ 7 (TITLE): เจ้าภาพ สกมช. และ ดศ. (คงเดิม) — ...", "ประเด็นที่ 9 (เพิ่มใหม่): TITLE
# เจ้าภาพหลัก สพธอ. และ สพร. — ...": the number, its title in brackets or after the colon, then who leads it
_NUMBER_COLON = re.compile(
    rf"^{ISSUE_NO}\s*(?:\((?P<aside>[^()]{{2,250}})\))?\s*[:：]\s*(?P<title>[^\n:：]{{0,250}}?)\s*{LEAD_WORD}\s*(?:คือ|ได้แก่)?\s*"
    r"(?P<who>[^\s(—–][^\n()—–]{1,160}?)\s*(?:\([^()]*\)\s*)*(?:[—–]|$)"
)
# "ให้เพิ่มประเด็นที่ 7 คือ TITLE": the title a later "ประเด็นที่ 7" stands for
_ADDED = re.compile(
    rf"เพิ่ม(?:เติม)?\s*{ISSUE_NO}\s*(?:คือ|ได้แก่|ว่าด้วย|เรื่อง|ใน)?\s*(?P<title>[^\s\d]\S[^\n]{{3,250}}?)"
    r"(?=\s+(?:โดย|และให้|ทั้งนี้|ซึ่ง|เพื่อ|มีผล)|\s*[;]|(?<![\u0e01-\u0e4e])\.(?=\s|$)|[ \t]*$)",
    re.M,
)


# "กรอบที่ว่าด้วยเรื่อง TITLE เป็นสีเทา ... ยกเลิกประเด็นเรื่องนี้", "ประเด็นเรื่อง TITLE ให้ยกเลิก": an issue ended by its title
_TITLE_ENDED = re.compile(
    r"(?:ว่าด้วย|สำหรับ|ส่วน)?\s*(?:ประเด็น)?เรื่อง\s*(?P<what>[^\s\d][^\n]{5,250}?)\s+"
    r"(?:(?:ให้|ถูก|จึง)ยกเลิก(?!ความ|ข้อความ|ถ้อยคำ)|[^\n]{0,120}?(?<!ไม่)(?<!ไม่ได้)ยกเลิก(?:ประเด็น)?(?:เรื่อง)?\s*(?:นี้|ดังกล่าว|ทั้งประเด็น))"
)
_TITLE_TAIL = re.compile(r"\s+(?:เป็น|ให้|ถูก|ซึ่ง|หมายถึง|มติ|คณะรัฐมนตรี|โดย|จึง|ทั้งนี้)\S*.*$")


def ended_titles(line: str) -> list[str]:
    """Titles of issues the line ends without giving their numbers."""
    return [
        t for m in _TITLE_ENDED.finditer(line) if len(t := _TITLE_TAIL.sub("", m.group("what")).strip()) >= 5
    ]


def bare_title(what: str) -> str:
    """ "เรื่องการสร้างการรับรู้...": the title, as the issue's own list writes it."""
    return re.sub(r"^(?:เรื่อง|ประเด็น)\s*", "", what.strip())


def _issue(what: str) -> str:
    m = re.fullmatch(ISSUE_NO, what.strip())
    if m:
        return f"ประเด็นที่ {m.group('no').translate(_DIGITS)}"
    return bare_title(what)


def added_title(number: str, text: str) -> str | None:
    """The title the text gives issue `number` where it adds it ("เพิ่มประเด็นที่ 7 คือ ...")."""
    for m in _ADDED.finditer(text):
        if m.group("no").translate(_DIGITS) == number:
            return m.group("title").strip()
    return None


def prose_leads(line: str, around: str = "") -> list[tuple[str, str, str | None]]:
    """(issue, agencies, replaced) of one line of prose; `around` is the text near it, where an issue it
    names by number may have been added with its title."""
    out: list[tuple[str, str, str | None]] = []
    for m in _FROM_EARLIER.finditer(line):
        who = (
            f"{m.group('who').strip()} {m.group('with').strip()}"
            if m.group("with")
            else m.group("who").strip()
        )
        out.append((_issue(f"ประเด็นที่ {m.group('no')}"), who, m.group("old").strip()))
    if out:
        return out
    for m in _WAS_THEN.finditer(line):  # "... เปลี่ยนมาเป็น Y เป็นผู้รับผิดชอบหลักแทน": Y, without the words after it
        who = re.sub(rf"\s*เป็น{LEAD_WORD}(?:แทน)?$", "", m.group("who"))
        out.append((_issue(m.group("what")), who, m.group("old")))
    for m in _CHANGED_FROM.finditer(line):
        what = m.group("what").strip()
        out.append(
            (_issue(what) if m.group("no") else bare_title(what).strip('"“”'), m.group("who"), m.group("old"))
        )
    for m in _NEW_LED.finditer(line):
        no = m.group("no").translate(_DIGITS)
        out.append((f"ประเด็นที่ {no} {(m.group('title') or m.group('quoted')).strip()}", m.group("who"), None))
    for m in _NEW_THEN_LEAD.finditer(line):
        no = m.group("no").translate(_DIGITS)
        out.append((f"ประเด็นที่ {no} {(m.group('title') or m.group('quoted')).strip()}", m.group("who"), None))
    for m in _ADDED_LED.finditer(line):
        out.append(
            (f"ประเด็นที่ {m.group('no').translate(_DIGITS)} {m.group('title').strip()}", m.group("who"), None)
        )
    for m in _TITLED_LED.finditer(line):
        if not any(m.group("what") in issue for issue, _, _ in out):
            out.append((bare_title(_TITLE_TAIL.sub("", m.group("what"))), m.group("who"), None))
    for m in _STILL_LEADS.finditer(line):
        out.append((bare_title(m.group("what")), m.group("who"), None))
    for m in _JOINS.finditer(line):
        out.append(
            (_issue(m.group("what")), f"{m.group('who').strip()} ร่วมกับ {m.group('old').strip()}", None)
        )
    row = _NUMBER_COLON.match(line.strip())
    if row and not out:
        aside = (row.group("aside") or "").strip()
        fresh = re.fullmatch(r"(?:เพิ่ม)?ใหม่|เพิ่มเติม", aside)
        title = row.group("title").strip() if fresh or not aside else re.sub(r"\s+(?:ซึ่ง|ที่)\S.*$", "", aside)
        out.append(
            (f"ประเด็นที่ {row.group('no').translate(_DIGITS)} {title}".strip(), row.group("who").strip(), None)
        )
    first = _FIRST_THEN_WHO.match(line.strip())
    if first and not out:
        what = (
            f"ประเด็นที่ {first.group('no').translate(_DIGITS)}"
            if first.group("no")
            else _issue(first.group("what"))
        )
        out.append((what, first.group("who"), None))
    for m in _NUMBERS_LED.finditer(line):
        who = m.group("who").strip()
        if re.search(r"ประเด็น|ยกเลิก|โดย|ให้|ซึ่ง|เพิ่ม", who) or len(who) > 60:
            continue  # a sentence about the issue, not the agency that leads it
        if re.search(r"ยกเลิก|ตัด", line[max(0, m.start() - 20) : m.start()]) or re.match(
            r"\S{0,12}(?:มาตั้งแต่|เดิม)", line[m.end() :]
        ):
            continue  # "ยกเลิกประเด็นที่ 3 (...) ซึ่ง X เป็นเจ้าภาพมาตั้งแต่ปี 65": who led it, not who leads it
        for no in re.findall(r"[\d๐-๙]{1,2}", m.group("nos")):
            what = f"ประเด็นที่ {no.translate(_DIGITS)}"
            if not any(issue.startswith(what + " ") or issue == what for issue, _, _ in out):
                out.append((what, who, None))
    for m in _MOVED.finditer(line):
        out.append((_issue(m.group("what")), m.group("who"), m.group("old")))
    for m in _SAYS_INSTEAD.finditer(line):
        out.append((f"ประเด็นที่ {m.group('no').translate(_DIGITS)}", m.group("who"), m.group("old")))
    for m in _OF_ISSUE.finditer(line):
        no = m.group("no").translate(_DIGITS)
        title = added_title(no, line) or added_title(no, around)
        out.append((f"ประเด็นที่ {no}" + (f" {title}" if title else ""), m.group("who"), None))
    return out
