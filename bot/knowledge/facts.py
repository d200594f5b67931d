"""Facts read off the clause trees by a general grammar of Thai resolution language.

Role statements come as list items ("X เป็นประธาน", "(1) X ประธานอนุกรรมการ"), prose ("ให้ X ทำหน้าที่
กรรมการและเลขานุการ แทน Y", "ปรับผู้ช่วยเลขานุการจากเดิม Y เป็น X"), "key: value" lines ("ประธาน: X")
and table rows ("| X | ประธานอนุกรรมการ |"). Lead agencies come as table columns, the line under an
issue, or the same line ("— หน่วยงานรับผิดชอบหลัก: ..."). Measures are lists under a heading and
"เช่น ... เป็นต้น" examples. Document facts are the date, the proposer, what it amends, meetings and
the signer. Which committee a statement belongs to comes from the statement, its headings, or the
committee the document last named. Nothing here knows one particular file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, Field

from bot.core.models import Clause, Document
from bot.knowledge.committees import Committee, Committees
from bot.knowledge.defined_terms import BodyTerms, definitions
from bot.knowledge.english import (
    DATE_EN,
    EFFECT_EN,
    english,
    english_date,
    issue_by_title,
    restate,
    restated,
    thai_name,
    thai_part,
)
from bot.knowledge.lead_prose import bare_title, ended_titles, prose_leads
from bot.knowledge.marks import unmarked
from bot.knowledge.parse import LEAD_KEYS, ancestors
from bot.thai import ARABIC_DIGITS, THAI_DATE, Glossary, parse_thai_date

Role = Literal["chair", "vice_chair", "secretary", "assistant_secretary", "member", "advisor", "secretariat"]
# the order seats are listed in, advisors first and the secretariat last
ROLE_ORDER: dict[str, int] = {
    "advisor": 0,
    "chair": 1,
    "vice_chair": 2,
    "member": 3,
    "secretary": 4,
    "assistant_secretary": 5,
    "secretariat": 6,
}
ROLE_THAI: dict[str, str] = {
    "chair": "ประธาน",
    "vice_chair": "รองประธาน",
    "secretary": "เลขานุการ",
    "assistant_secretary": "ผู้ช่วยเลขานุการ",
    "member": "กรรมการ",
    "advisor": "ที่ปรึกษา",
    "secretariat": "ฝ่ายเลขานุการ",
}
ROLE_ENGLISH: dict[str, str] = {
    "chair": "chair",
    "vice_chair": "vice chair",
    "secretary": "secretary",
    "assistant_secretary": "assistant secretary",
    "member": "member",
    "advisor": "advisor",
    "secretariat": "secretariat",
}
SINGLE_HOLDER: frozenset[str] = frozenset({"chair", "secretary", "secretariat"})

# Longest first: "กรรมการและผู้ช่วยเลขานุการ" is an assistant secretary, "ประธานาธิบดี" no chair,
# "คณะกรรมการ" no member.
ROLE_PATTERN = (
    r"(?:รองประธาน(?:อนุ)?กรรมการ(?:คนที่\s*(?:[\d๐-๙]+|หนึ่ง|สอง|สาม|สี่|ห้า))?|(?:(?:อนุ)?กรรมการ|คณะทำงาน)และผู้ช่วยเลขานุการ"
    r"|(?:(?:อนุ)?กรรมการ|คณะทำงาน)และเลขานุการ|รองประธานคณะทำงาน|ประธานคณะทำงาน|หัวหน้าคณะทำงาน|(?:ผู้ช่วย)?เลขานุการคณะทำงาน|คณะทำงาน(?=\s*$|\s+(?:และ|โดย|ทั้งนี้|ส่วน|ผู้|รอง)|\s*[,;)])"
    r"|ที่ปรึกษา(?=คณะ|\s*$|\s*ของ|\s*ใน)|ผู้ช่วยเลขานุการ|(?<!เปลี่ยน)(?<!ย้าย)(?<!โอน)ฝ่ายเลขานุการ|(?<!ผู้ช่วย)(?<!ฝ่าย)เลขานุการ|ประธาน(?:อนุ)?กรรมการ|รองประธาน(?:คนที่\s*(?:[\d๐-๙]+|หนึ่ง|สอง|สาม|สี่|ห้า))?|ประธาน(?!าธิบดี)"
    r"|(?<!คณะ)(?<!คณะอนุ)(?<!ผู้แทน)(?:อนุ)?กรรมการ(?!และ)(?!การ))"
)
_ROLE = re.compile(ROLE_PATTERN)
_ROLE_ALONE = re.compile(rf"^\s*(?:ตำแหน่ง|บทบาท)?\s*(?P<role>{ROLE_PATTERN})\s*(?P<rest>.*)$")
# "เป็น", "ยังคงเป็น", "เปลี่ยนไปเป็น" ("ให้สถิติจังหวัดเปลี่ยนไปเป็นกรรมการ"), "ทำหน้าที่"
_VERB = r"(?:(?:(?:เปลี่ยน|ย้าย|ปรับ)(?:ไป|มา)?)?(?:ยังคง|คง)?เป็น|ทำหน้าที่|ดำรงตำแหน่ง|รับตำแหน่ง)"
_VERB_RE = re.compile(_VERB)
_COMMITTEE_TAIL = (
    r"(?:\s*(?:ของ|ใน)?\s*คณะ(?:(?:อนุ)?กรรมการ|ทำงาน)(?:(?!คือ|ได้แก่|เป็น|ยังคง|ยังเป็น|แทน|มีผู้|ผู้แทน)[^\s])*"
    r"(?:\s[A-Z][A-Za-z]{1,12})?(?:\s*\([^)]{1,80}\))?"
    r"|\s*(?:ของ|ใน)\s*[^\s]{1,30}(?:\s[A-Z]{2,8}\b)?"  # "... ของ อขภ.", "... ใน อ.ขรพ."
    r"|\s+[A-Z]{2,8}\b)"  # "ประธานกรรมการ GCIO"
)
_STOP = r"(?=\s+(?:และให้|และ|โดย|ทั้งนี้|ส่วน|ซึ่ง|เพื่อ|ตั้งแต่|สำหรับ|นอกจากนี้|ทั้งสอง)|\s*[;,]|\s*\.{2,}|\.(?=\s|$)|\s*\)\s*$|\s*$)"
# (a dot inside "ก.พ." ends nothing)
# Where a full name ends: names carry dots ("สำนักงาน ก.พ.") and parentheses ("(องค์การมหาชน)")
_NAME_STOP = r"(?=\s+(?:และ|โดย|ทั้งนี้|ส่วน|ซึ่ง|เพื่อ|ตั้งแต่|สำหรับ|นอกจากนี้)|\s*;|\.?\s*$)"
# how a seat holder's title starts: "เพิ่มเลขาธิการ ก.พ.ร. เป็นกรรมการ" adds a holder, "เพิ่มเติม" adds nothing
# (and a province's officers named by their office: "ท้องถิ่นจังหวัด", "คลังจังหวัด", like "สถิติจังหวัด")
TITLE_START = (
    r"(?:เลขาธิการ|ปลัด|อธิบดี|รัฐมนตรี|รมว|รองนายก|นายก|ผอ|หัวหน้า|สถิติ|อธิการ"
    r"|(?:ท้องถิ่น|คลัง|พาณิชย์|เกษตร|แรงงาน|ประชาสัมพันธ์|สาธารณสุข)(?=จังหวัด))"
)
# "(ให้|โดยให้|โดยมี) HOLDER เป็น/ทำหน้าที่ ROLE [ของ COMMITTEE] [แทน OLD]"
_PROSE = re.compile(
    rf"(?:^|(?<=\s)|(?<=โดย)|(?<=และ)|(?<=จึง)|(?<=แต่)|(?<=มอบหมาย)|(?<=กำหนด)|(?<=ชอบ)|(?<=นี้)|(?<=มติ)|(?<=อนุมัติ)|(?<=ควร)|(?<=ปรับ)|(?<=เปลี่ยน))"
    rf"(?:ให้|(?<=โดย)มี|(?:(?<!\S)|(?<=คณะทำงาน)|(?<=กรรมการ))มี(?=ผู้|{TITLE_START})|(?P<adds>เพิ่ม)(?=ผู้|\s|{TITLE_START}))\s*(?P<holder>[^\s](?:(?!ให้).){{1,150}}?)\s*{_VERB}\s*"
    rf"(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?(?P<more>เพิ่มเติม)?"
    rf"(?:\s*แทน\s*(?P<old>[^\s].{{0,150}}?){_STOP})?"
)
# after "ให้ X ซึ่งเป็น ROLE" (the seat X had): "ตามมติ... ดำรงตำแหน่งกรรมการแทน", the seat X takes
_THEN_TAKES = re.compile(
    rf"(?:(?!และ|ส่วน|ให้|โดย|ซึ่ง).){{0,80}}?\s*{_VERB}\s*(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?"
)
# "(ปรับ|เปลี่ยนแปลง)(ผู้ทำหน้าที่)ROLE [ของ COMMITTEE] จากเดิม OLD เป็น NEW"
_FROM_TO = re.compile(
    rf"(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*(?:ของ\S*\s*)?(?:เฉพาะ\S{{0,60}}\s*)?จาก(?:เดิม)?\s*(?:คือ|ซึ่งเป็น|ที่เป็น)?\s*"
    rf"(?P<old>[^\s].{{0,150}}?)\s+(?:มา)?เป็น\s*(?P<holder>[^\s].{{0,150}}?){_STOP}"
)
# "จากเดิมที่ OLD เป็น ROLE (...) มาเป็น NEW เป็น ROLE แทน", "คือจากเดิม OLD เป็น ROLE เปลี่ยนเป็น NEW": the seat
# named after the one who held it, then who holds it now
_OLD_THEN_NEW = re.compile(
    rf"จาก(?:เดิม)?(?:ที่)?\s*(?P<old>[^\s].{{0,120}}?)\s*เป็น\s*(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?"
    rf"\s*(?:\([^)]{{0,60}}\)\s*)?(?:มา|เปลี่ยน|ปรับ)(?:มา)?เป็น\s*(?P<holder>[^\s].{{0,120}}?)"
    rf"(?:\s*เป็น\s*(?P=role))?\s*(?:แทน)?{_STOP}"
)
# a list item: "HOLDER [เป็น] ROLE [ของ COMMITTEE] [แทน OLD]" (the role ends the line)
_ITEM = re.compile(
    rf"^(?P<holder>[^\s].{{0,320}}?)\s*(?:{_VERB}\s*)?(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?"
    rf"(?P<more>\s*เพิ่มเติม)?(?:\s*แทน\s*(?P<old>.{{1,150}}?))?\s*[.。]?\s*$"
)
# "ROLE ได้แก่/คือ HOLDER"
_ROLE_FIRST = re.compile(
    rf"^(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*"
    r"(?:(?:ยัง)?(?:คงเดิม|ตามเดิม)\s*)?"  # "ประธาน คงเดิม คือ X"
    r"(?:ได้แก่|คือ|:|กลับ(?:ไป|มา)เป็น|(?:เปลี่ยน|ปรับ|ย้าย)(?:ไป|มา)?เป็น|(?=(?:ให้)?เปลี่ยน(?:แปลง)?จาก))\s*"
    r"(?P<holder>.+)$"
)  # "ประธาน กลับไปเป็น X": the seat first, who takes it after; "ผู้ช่วยเลขานุการ เปลี่ยนจาก X เป็น Y"
# "ROLE (ตำแหน่งใหม่): HOLDER ...", "ROLE: เปลี่ยนจาก X เป็น Y และให้ Z เป็นกรรมการ": a summary's bullet
_ROLE_LABEL = re.compile(
    rf"^(?P<adds>(?:ให้)?เพิ่ม(?:ตำแหน่ง)?\s*)?(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*(?P<more>เพิ่มเติม|เพิ่ม)?\s*"
    r"(?:(?:อีก\s*)?[\d๐-๙]+\s*(?:ตำแหน่ง|คน|ท่าน)\s*)?"  # "เพิ่มกรรมการ 1 ตำแหน่ง: X": a seat added
    rf"(?:\((?P<note>[^()]{{1,30}})\))?\s*[:：]\s*(?P<holder>.+)$"
)
# "ตำแหน่ง ROLE [COMMITTEE] (ให้)(ยัง)(คง)เป็นของ HOLDER [แทน OLD]": the position first, its holder after
_BELONGS = re.compile(
    rf"(?:ตำแหน่ง\s*)(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL}|\s+[A-Z]{{2,8}}\b)?\s*"
    r"(?:จำนวน\s*[\d๐-๙]+\s*(?:ตำแหน่ง|คน|ท่าน)\s*)?"  # "ให้เพิ่มตำแหน่งรองประธาน จำนวน 1 ตำแหน่ง ได้แก่ X"
    rf"(?:ให้|ก็)?\s*(?:ยัง)?(?:คง)?(?:เป็นของ|เป็น(?!ไป)|ได้แก่|คือ)\s*(?P<holder>[^\s].{{1,200}}?)"
    rf"(?:\s*แทน\s*(?P<old>[^\s].{{0,150}}?))?{_NAME_STOP}"
)
_BELONGS_BANGKOK = re.compile(
    r"(?:สำหรับ|ส่วน|เฉพาะ|ในส่วนของ)\s*(?:กรุงเทพมหานคร|กทม\.?)\s*(?:ให้)?(?:ยัง)?(?:คง)?(?:เป็นของ|เป็น|ได้แก่|คือ)\s*"
    rf"(?P<holder>[^\s].{{1,200}}?)(?:\s*แทน\s*(?P<old>[^\s].{{0,150}}?))?{_NAME_STOP}"
)
_SEAT_CHANGED = re.compile(
    rf"^(?P<role>{ROLE_PATTERN})\s*(?:(?:ให้)?เปลี่ยน(?:แปลง)?จาก|(?:ยัง)?(?:คงเดิม|ตามเดิม))"
)
_AS_BEFORE = re.compile(r"\s*(?:ตามเดิม|เช่นเดิม|ดังเดิม|เหมือนเดิม)$")
_NO_ROLE = re.compile(
    rf"(?<!ยัง)(?<!ยัง )(?<!เดิม)(?<!เดิม )(?<!ที่)(?<!ที่ )ไม่มี(?:การกำหนด|การแต่งตั้ง)?(?:ตำแหน่ง)?\s*(?P<role>{ROLE_PATTERN})"
)
_KEEP = re.compile(r"(?:ให้)?(?:คงเดิม|คงไว้ตามเดิม|คงไว้ตาม|เป็นไปตามเดิม|ตามเดิม|คงเป็นไปตาม)")
_BANGKOK = re.compile(r"(?:เฉพาะ|สำหรับ|ในส่วนของ|กรณี)(?:ใน)?\s*(?:กรุงเทพมหานคร|กทม\.?)")
_LEAD_WORD = r"(?:หน่วยงาน)?(?:ผู้)?(?:รับผิดชอบ|เจ้าภาพ)(?:หลัก|ร่วม)?"
_LEAD_PROSE = re.compile(
    rf"(?:^|(?<=\s)|(?<=โดย)|(?<=และ)|(?<=จึง)|(?<=ว่า))ให้\s*(?P<who>[^\s].{{0,160}}?)\s*(?:กลับ(?:มา|ไป))?เป็น{_LEAD_WORD}(?:ดำเนิน(?:การ|งาน)|ใน|ของ|สำหรับ)?\s*"
    rf"(?P<what>ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?\d+\)?|(?:ประเด็น|เรื่อง)?\s*[^\n]{{2,200}}?)(?:\s*แทน\s*(?P<old>[^\n]{{1,100}}?))?{_STOP}"
)
_LEAD_FROM_TO = re.compile(
    rf"(?P<what>(?:ประเด็น|เรื่อง)(?:(?!ประเด็น)[^\n]){{2,200}}?)\s*(?:ให้|ได้)?\s*(?:เปลี่ยน|ปรับ)?(?:แปลง)?{_LEAD_WORD}\s*จาก(?:เดิม)?\s*"
    rf"(?P<old>[\"“][^\"”]{{2,150}}[\"”]|[^\s].{{0,100}}?)\s+(?:มา)?เป็น\s*(?P<who>[\"“][^\"”]{{2,150}}[\"”]|[^\s].{{0,100}}?){_STOP}"
)  # a quoted name is whole, dots and all ("สพร. สำนักงานคณะกรรมการกฤษฎีกา (สคก.) และ...")
# "เปลี่ยนผู้รับผิดชอบหลักในประเด็นที่ 6) ISSUE จากเดิม OLD เป็น NEW"
_LEAD_CHANGE = re.compile(
    rf"(?:เปลี่ยน|ปรับ|แก้ไข)(?:แปลง)?{_LEAD_WORD}\s*(?:ใน|ของ)?\s*(?P<what>(?:ประเด็น|เรื่อง)[^\n]{{2,200}}?)\s*จาก(?:เดิม)?\s*"
    rf"(?P<old>[^\s].{{0,100}}?)\s+(?:มา)?เป็น\s*(?P<who>[^\s].{{0,100}}?){_STOP}"
)
# "ประเด็นที่ ๓ ISSUE ให้ AGENCY เป็นเจ้าภาพหลัก [แทน OLD]": the issue named first, by number and title
_LEAD_NUMBERED = re.compile(
    rf"ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?(?P<no>[\d๐-๙]{{1,2}})\)?\s*(?P<what>[^\n]{{2,250}}?)\s+(?:โดย)?(?:ให้|มี)\s*"
    rf"(?P<who>[^\s][^\n]{{0,120}}?)\s*เป็น{_LEAD_WORD}(?:\s*แทน\s*(?P<old>[^\n]{{1,120}}?))?"
    r"(?:\s*(?P<with>ร่วมกับ[^\n]{1,150}?))?"  # "... เป็นผู้รับผิดชอบหลัก ร่วมกับ Y": Y shares it
    r"(?=\s+(?:และ)?ประเด็น|\s+ทั้งนี้|\s+ส่วน|\s+(?:และ\s*)?\(?[๐-๙\d]+\)|\s*[;]|\s*$)"
)
_LEAD_BARE = re.compile(rf"(?:^|(?<=\s)|(?<=โดย))ให้\s*(?P<who>[^\s].{{0,80}}?)\s*เป็น{_LEAD_WORD}\s*[.;]?\s*$")
# "ให้ยกเลิกประเด็นที่ ๗ TITLE", "ให้รวมประเด็นที่ ๓ และประเด็นที่ ๔ เข้าเป็นประเด็นเดียวกัน"
_ISSUE_CANCEL = re.compile(
    r"ยกเลิก\s*ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?(?P<no>[\d๐-๙]{1,2})\)?\s*(?P<what>[^\n]{0,200}?)"
    r"(?=\s+ตาม|\s+ซึ่ง|\s+เนื่องจาก|\s+และ|\s+โดย|\s*\(|\s*$)"
)
_ISSUE_MERGE = re.compile(
    r"รวม\s*ประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<into>[\d๐-๙]{1,2})\s*(?:และ|กับ)\s*ประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<no>[\d๐-๙]{1,2})"
)
# "ประเด็นที่ 6", "ประเด็น (6)": an issue named by its number alone, with no title
BARE_ISSUE = re.compile(r"ประเด็น\S*\s*\(?[\d๐-๙]+\)?")
_ISSUE_LINE = re.compile(
    r"^[“\"]?ประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<no>[\d๐-๙]{1,2})\s+(?P<what>[^\n”\"]{5,250})", re.M
)
_PROPOSER = re.compile(
    r"^(?P<who>\S.{1,80}?)\s*(?:รายงานว่า|เสนอว่า|เสนอต่อคณะรัฐมนตรี|เสนอ\s*ครม\.?)|"
    r"ตามที่\s*(?P<who2>\S.{1,120}?)\s*เสนอ|^ด้วย\s*(?P<who4>\S.{1,80}?)\s*(?:ได้)?(?:เสนอ|ขอเสนอ|รายงาน)|^(?:หน่วยงาน|ส่วนราชการ)?(?:ที่)?(?:เสนอ|ผู้เสนอ)(?:เรื่อง)?(?:ต่อ\s*(?:คณะรัฐมนตรี|ครม\.?))?\s*[:：]?\s*(?P<who3>.+)$"
    # a Cabinet Secretariat letter answers the letter it refers to: "อ้างถึง หนังสือกระทรวง... ที่ ..."
    r"|^อ้างถึง\s*(?:[\d๐-๙]\.\s*)?หนังสือ\s*(?P<who5>(?:กระทรวง|สำนักงาน|สำนัก|กรม)\S+(?:\s*\([^)]{1,40}\))?)"
)
# "ให้ใช้บังคับตั้งแต่วันที่ ๑ เมษายน ๒๕๖๘ เป็นต้นไป", "มีผลใช้บังคับตั้งแต่วันที่ 1 ธันวาคม 2566"
IN_FORCE = re.compile(
    r"(?:มีผล(?:ใช้บังคับ)?|(?:ให้)?ใช้บังคับ|เริ่มใช้)\s*[:：]?\s*(?:ตั้งแต่|นับแต่|เมื่อ)?\s*(?:วันที่\s*)?"
    r"(?:(?:คณะรัฐมนตรี|ครม\.?)\s*(?:มี|ลง)?มติ\s*(?:คือ|ได้แก่)?\s*(?:วันที่\s*)?)?"  # "วันที่ ครม. มีมติ คือ 18 ..."
    r"[\d๐-๙]{1,2}\s*\S+\s*(?:พ\.ศ\.\s*)?(?:[\d๐-๙]{4}|(?<=\.)\s*[\d๐-๙]{2}(?![\d๐-๙]))(?:\s*เป็นต้นไป)?"
)  # "มีผล 1 ธ.ค. 68": a short month and a short year, as a chat message writes it
# "มีผลสำหรับหลักสูตรที่เริ่มตั้งแต่ปีงบประมาณ 2568 คือตั้งแต่วันที่ 1 ตุลาคม 2567": what takes effect, then when
# the part a date of effect belongs to, said just before it: "Paragraph (b) takes effect ...", "ความในข้อ (4) ให้มีผล"
# (not "ข้อ ๑ ข้อกำหนดนี้ให้ใช้บังคับ...": a clause's own number before words about the whole text)
_SCOPED_EFFECT = re.compile(
    r"\b(?:paragraph|clause|item|section|sub-?clause)\s*\(?[a-z\d]|ความใน\s*(?:ข้อ|วรรค|\()"
    r"|(?:ข้อ|วรรค)\s*\(?[\d๐-๙ก-ฮ]{1,3}\)?\s*(?:และ\s*\(?[\d๐-๙ก-ฮ]{1,3}\)?\s*)?(?:ให้)?\s*$",
    re.I,
)
IN_FORCE_LOOSE = re.compile(
    r"มีผล[^\n]{0,90}?(?:ตั้งแต่|นับแต่)\s*(?:วันที่\s*)?[\d๐-๙]{1,2}\s*\S+\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{4}(?:\s*เป็นต้นไป)?"
)
_MEETING = re.compile(
    r"(?:การประชุม|ประชุม)?\s*ครั้งที่\s*(?P<no>\d{1,3}\s*/\s*\d{4})"
    r"|\bmeeting\s+(?:No\.?|number)\s*(?P<no_en>\d{1,3}\s*/\s*\d{4})",  # "at its meeting No. 2/2565"
    re.I,
)
# "the GCIO Committee endorsed the proposal at its meeting No. 2/2565": who met, said in English before it
_MET_EN = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w-]*\s+){1,6}(?:Committee|Sub-?[Cc]ommittee|Working\s+Group|Board))\b[^.;]{0,60}$"
)
_CLOSING = re.compile(r"^(?:สั่ง|ประกาศ|ให้ไว้)\s*ณ\s*วันที่")
_CLEAN_HOLDER_HEAD = re.compile(
    r"^(?:\(\d+\)|\d+\)|[-•]|และ|โดย|มอบหมายให้|กำหนดให้|ให้|คง(?=[ก-ฮ])|มี|ได้แก่|คือ|ปรับ|เพิ่มเติม|เพิ่ม"
    r"|(?:คณะ(?:อนุ)?กรรมการ(?:\s*[A-Z]{2,8}\s*)?\S{0,40}?)?แต่งตั้ง"  # "ให้คณะกรรมการแต่งตั้ง X เป็น...": X
    r"|(?:องค์ประกอบ|ผู้ดำรงตำแหน่ง|ตำแหน่ง|composition|members?)\s*[:：]"  # "องค์ประกอบ: X เป็นประธาน"
    r"|ใน\s*จังหวัด(?:อื่น)?(?:\s*(?:นอกจาก|ที่ไม่ใช่|ยกเว้น)\s*(?:กรุงเทพมหานคร|กทม\.?))?\s)\s*"  # the scope, then X
)
_ANNOTATION = re.compile(r"\s*\((?:ใหม่|new|แก้ไข|เพิ่มเติม|เพิ่มใหม่)\)\s*", re.I)
_KEPT = re.compile(r"\((?:คงเดิม|ตามเดิม|เดิม|ไม่เปลี่ยนแปลง)\)")
_QUOTED = re.compile(r"[\"“”'‘’«»][^\"“”'‘’«»]{3,400}[\"“”'‘’«»]")
_AGENCY = re.compile(
    r"^(?:สำนักงาน|สำนัก|กระทรวง|กรม|สถาบัน|ศูนย์|คณะ|หน่วยงาน|กอง|องค์การ|ผู้|เลขาธิการ|ปลัด|รัฐมนตรี|ส่วนราชการ"
    r"|[\u0e01-\u0e2e]{1,5}\.|[A-Z]{2,}|[A-Z][a-z]+\s+(?:of|for)\s|[A-Z][a-z]+(?:\s+[A-Z][A-Za-z]+)+)"  # "Office of ..."
)
_INTRODUCES = re.compile(r"(ดังนี้|ดังต่อไปนี้|ได้แก่|ประกอบด้วย|[:：])\s*$")
_EXAMPLES = re.compile(r"(?:เช่น|ได้แก่|อาทิ)\s*(?P<list>.+?)\s*(?:เป็นต้น|ฯลฯ)")


class RoleFact(BaseModel):
    evidence: str = ""  # the text's own words for it (quoted in answers)
    quote: bool = False  # it sits in quoted old wording ("...ตามนัยมติ..."): never in force itself
    id: str
    committee: str | None  # a key of the committee registry
    role: Role
    role_text: str  # as written: "ประธานอนุกรรมการ", "กรรมการและเลขานุการ"
    holder: str | None  # None: the text says there is no such role
    variant: str | None = None  # "กรุงเทพมหานคร" when the statement holds for Bangkok only
    replaced: str | None = None  # "แทน Y" / "จากเดิม Y": who held it before, as the text says
    added: bool = False  # "... เป็นกรรมการเพิ่มเติม": joins, replaces nobody
    clause: str  # uid
    doc_id: str
    date: dt.date | None = None  # when it took effect (a quoted old rule: the quoted resolution's date)
    status: Literal["current", "superseded"] = "current"
    superseded_by: str | None = None  # fact id


class LeadFact(BaseModel):
    quote: bool = False  # quoted old wording
    label: str = "ผู้รับผิดชอบหลัก"  # the column or key as the text writes it ("หน่วยงานรับผิดชอบ")
    id: str
    issue: str
    agencies: str
    number: str | None = None  # the issue's number in its list ("6)"), for "ประเด็นที่ 6"
    replaced: str | None = None
    cancelled: bool = False  # "ให้ยกเลิกประเด็นที่ 7" / merged into another issue: no lead any more
    by_number: bool = False  # the text names the issue by its number ("ประเด็นที่ ๓ ..."): it restates that one
    # a duty moved between agencies ("โอนความรับผิดชอบการฝึกอบรม... จาก X ไป Y"), not an issue
    duty: bool = False
    evidence: str = ""  # the sentence that says it, when it is worth quoting
    clause: str
    doc_id: str
    date: dt.date | None = None
    status: Literal["current", "superseded"] = "current"
    superseded_by: str | None = None


class MeasureFact(BaseModel):
    id: str
    title: str  # the heading or sentence that introduces the measures
    items: list[str]
    clause: str
    doc_id: str
    date: dt.date | None = None
    status: Literal["current", "superseded"] = "current"


class Meeting(BaseModel):
    number: str  # "1/2563"
    date: str | None = None  # as written
    body: str = ""  # who met ("อ.ก.พ. วิสามัญ...")
    clause: str


class DocFact(BaseModel):
    doc_id: str
    title: str
    date: dt.date
    amends: list[str] = Field(default_factory=list)
    proposer: str | None = None
    proposer_clause: str | None = None
    proposer_text: str = ""  # the sentence that says it ("...ตามที่ ดศ. เสนอ ดังนี้")
    signer: str | None = None
    signer_clause: str | None = None
    meetings: list[Meeting] = Field(default_factory=list)
    number: str | None = None  # an order's or announcement's own number: "ที่ 7/2567"
    reference: str | None = None  # a letter's own reference: "ที่ นร ๐๕๐๕/ว ๕๑๒"
    letter_date: str | None = None  # the day a circular was sent, apart from the decision's date
    in_force: str | None = None  # "ใช้บังคับตั้งแต่วันที่ 1 เมษายน 2568 เป็นต้นไป": when it takes effect, as written
    in_force_clause: str | None = None
    agenda: str | None = None  # "ระเบียบวาระที่ 4.12": the item of the meeting's agenda it was decided under
    kind: str = "มติคณะรัฐมนตรี"  # or "คำสั่ง...", "ประกาศ..." as its first line says
    signed_on: str | None = None  # "สั่ง ณ วันที่ 9 มกราคม พ.ศ. 2567"
    fact_count: int = 0


class FactBook(BaseModel):
    committees: list[Committee] = Field(default_factory=list)
    roles: list[RoleFact] = Field(default_factory=list)
    leads: list[LeadFact] = Field(default_factory=list)
    measures: list[MeasureFact] = Field(default_factory=list)
    documents: list[DocFact] = Field(default_factory=list)


# -- helpers ---------------------------------------------------------------------------------------


def role_of(role_text: str) -> Role:
    t = re.sub(r"\s+", "", role_text)
    if t.startswith("รองประธาน"):
        return "vice_chair"
    if "ผู้ช่วยเลขานุการ" in t:
        return "assistant_secretary"
    if "ฝ่ายเลขานุการ" in t:
        return "secretariat"
    if "เลขานุการ" in t:
        return "secretary"
    if t.startswith("ประธาน") or t.startswith("หัวหน้าคณะ"):
        return "chair"
    if t.startswith("ที่ปรึกษา"):
        return "advisor"
    return "member"


_SAID = re.compile(r"กล่าวคือ|(?:กล่าว|เปิดเผย|แถลง|ชี้แจง|ย้ำ)\S{0,12}ว่า")


def _clean_holder(text: str) -> str:
    said = list(_SAID.finditer(text))
    if said:  # "โฆษก...กล่าวว่า ... กล่าวคือ X": the holder is what is said, not who says it
        text = text[said[-1].end() :]
    text = re.sub(r"\s+ทั้งนี้\s.*$", "", text)  # "X ทั้งนี้ มีผลใช้บังคับตั้งแต่...": said of the seat, not X
    text = re.sub(r"\s*ร่วม(?:กัน)?$", "", text)  # "ให้ A และ B ร่วมกันเป็นฝ่ายเลขานุการ": A and B
    # "X มีผลทันที (...)", "X แต่เพียงผู้เดียวตามมติ ...": when and how the seat is X's, not X
    text = re.sub(r"(?:\s+มีผล(?:ทันที|ตั้งแต่|ใช้บังคับ)|\s*(?:แต่)?เพียงผู้เดียว|\s+ตามมติ).*$", "", text)
    text = re.sub(r"\s+โดย(?:(?!\sโดย).)*พ้นจาก\S*$", "", text)  # "X และ Y โดย Z พ้นจากการ [เป็น...]": Z left
    # "X (ตั้งแต่ ก.พ. 67)", "X (แบบเดียวกับมติ ครม. 26 พ.ย. 62)", "X เหมือนก่อนมีระเบียบปี 65 นะคะ": asides
    text = re.sub(r"\s*\((?:ตั้งแต่|แบบเดียวกับ|เหมือน|ตาม|ซึ่ง|ที่|เดิม)[^()]*\)\s*$", "", text)
    text = re.sub(r"\s+(?:เหมือน(?:เดิม|ก่อน|กับ)|แบบเดียวกับ|ซึ่งเป็น(?:ประธาน|รองประธาน|เลขา|กรรมการ)).*$", "", text)
    text = re.sub(r"(?<=\S)(?:เหมือนเดิม|เช่นเดิม|ตามเดิม|ดังเดิม)$", "", text)  # "Xเหมือนเดิม": X, kept
    # "จังหวัดอื่นไม่เปลี่ยนเลยครับ ผู้ว่าราชการจังหวัด...": a speaker's sentence before the holder
    text = re.split(r"(?:นะ)?(?:ครับ|ค่ะ|คะ)\s+(?=\S)", text)[-1]
    namely = re.search(r"\sคือ\s+(?=\S)|(?<=\S)\s*ประกอบด้วย\s+(?=\S)", text)
    if namely:  # "คณะกรรมการ...มีองค์ประกอบตามมติ...ต่อไป คือ X เป็นประธาน": X
        text = text[namely.end() :]
    # "สำหรับ PCIO ของ กทม. มติครั้งนี้ไม่เปลี่ยนแปลงองค์ประกอบ X": X, after what the sentence says of the rest
    parts = re.split(r"(?:ไม่(?:มีการ)?เปลี่ยน(?:แปลง)?|คงเดิม)\S*\s+(?=\S)", text)
    text = next((p for p in reversed(parts[1:]) if _HOLDER_START.match(p)), parts[-1])
    text = _ANNOTATION.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    for _ in range(3):
        text = _CLEAN_HOLDER_HEAD.sub("", text).strip()
    # "หัวหน้ากลุ่มงาน... คง[เป็น...]", "X ยังคง[เป็น...]", "X กลับมา[เป็น...]"
    text = re.sub(r"(?:\s+(?:ยัง)?คง|\s*ยังคง|\s+ยัง|\s*(?:ก็)?กลับ(?:มา|ไป)?)$", "", text.rstrip(" ,;:")).strip()
    if re.fullmatch(r"[\"“][^\"“”]+[\"”]", text):  # "เปลี่ยนจาก "X" เป็น "Y"": the name, not its quotes
        text = text[1:-1].strip()
    return text


_REFERENCE = re.compile(r"ดังกล่าว|ตามตาราง|ข้างต้น|อยู่เดิม|ซึ่งเดิม|พ้นจากตำแหน่ง")


def _dangling(holder: str) -> bool:
    """ "ปลัด... ที่ [เป็นรองประธาน]", "มาตั้งแต่... ก็กลับมา": a relative clause or a speaker's link cut off
    before its role, not a holder."""
    return bool(
        re.search(r"(?:ที่|ซึ่ง|แต่|→|->|ก็|กลับมา|กลับไป)$", holder)
        or re.match(r"มา(?:ตั้งแต่|จาก)|(?:เนื่องจาก|เพราะ|ถ้า|หาก|แม้|เมื่อ)", holder)  # a reason, not a holder
    )


def _plausible_holder(holder: str) -> bool:
    if not holder or len(holder) > 200 or len(holder) < 3 or _dangling(holder):
        return False
    if re.match(r"(?:แถว|กรอบ|ช่อง|คอลัมน์|การ์ด|กล่อง)(?:ที่|\s|คณะ|$)", holder):
        return False  # "แถวที่สาม [เป็นกรรมการ]": a chart's row or box, not who sits there
    if re.search(r"(?:ปรับ)?ปรุง\s*ครั้งที่\s*[\d๐-๙]+$|^(?:ฉบับ|edition|revision)\b", holder, re.I):
        return False  # "ปรับปรุงครั้งที่ 2 | ... | ประธานอนุกรรมการ ...": a revision history's row, no holder
    if re.fullmatch(r"รอง|ผู้ช่วย|ฝ่าย|คณะ|อนุ", holder) or re.match(r"ไม่มี|ไม่ได้", holder):
        return False  # "รองประธาน" read as holder "รอง" of the chair
    if _REFERENCE.search(holder):
        return False  # "ผู้ดำรงตำแหน่งเดิมดังกล่าว": a reference, not a holder
    if re.search(r"(?:และ|หรือ)$", holder) or re.match(r"^\d+\.", holder):
        return False  # "4. คณะอนุกรรมการและ": a heading's words, not a holder
    if re.search(r"ดังนี้|\((?:[๐-๙\d]{1,2}|[ก-ฮ])\)", holder):
        return False  # "ปรับปรุงองค์ประกอบ ดังนี้ (๑) X": a list's introduction swallowed, not one holder
    if _KEEP.search(holder) or _KEPT.search(holder) or _ROLE.fullmatch(holder):
        return False
    if (
        re.search(r"ข้อความ|ถ้อยคำ", holder)
        or IN_FORCE.match(holder)
        or re.match(r"^(?:มี)?ผล(?:ใช้|ตั้งแต่|บังคับ)", holder)
    ):
        return False  # "ให้ใช้ข้อความนี้แทนข้อความเดิม...", "มีผลตั้งแต่วันที่ ...": about the text, not a holder
    if re.search(r"พ้น(?:จาก)?(?:การ|ตำแหน่ง)?$", holder):
        return False  # "ให้ X พ้นจากการเป็นกรรมการ": X leaves the seat, it does not take it
    if re.match(r"^(?:เปลี่ยน|แก้ไข|ยกเลิก|กำหนด)", holder) or holder.endswith("ผู้"):
        return False  # "ให้เปลี่ยนแปลงผู้ทำหน้าที่ ... จากเดิม": an act on the position, not its holder
    if _dangling(holder) or re.fullmatch(r"(?:a|an|any|some)\s+[a-z][a-z\s-]*", holder):
        return False  # "chaired by a line minister": a kind of holder, no one position
    return not re.search(r"^(?:ที่|ซึ่ง|การ|เพื่อ|โดย|ส่วน|ทั้งนี้|ดังนี้|ประกอบด้วย|ตาม)", holder)


def _changed(text: str) -> tuple[str, str | None]:
    """ "เปลี่ยนจาก X เป็น Y", "เปลี่ยนเป็น Y (เดิม: X)", "Y — คงเดิม": the holder now, and who it replaced."""
    text = re.sub(r"\*\*", "", text).strip()
    text = re.sub(r"\s*[—–-]\s*(?:คงเดิม|ตามเดิม)\s*$", "", text)
    text = re.sub(r"\s*\((?:คงเดิม|ตามเดิม|ไม่เปลี่ยนแปลง)[^()]*\)\s*$", "", text)  # "X (คงเดิมตามมติ...)": X, kept
    text = re.sub(r"\s*\((?:ซึ่ง|ที่)[^()]*\)?\s*$", "", text)  # "X (ซึ่งไปเป็นเลขานุการ...)": an aside on X
    instead = re.match(r"^(?P<new>\S.*?)\s+แทน\s*(?P<old>\S.{1,150})$", text)
    if instead and "แทน" not in instead.group("old"):  # "ROLE: Y แทน X": Y holds it in X's place
        return _clean_holder(instead.group("new")), _clean_holder(instead.group("old"))
    m = re.match(r"^(?:ให้)?เปลี่ยน(?:แปลง)?จาก\s*(?P<old>.+?)\s+เป็น\s*(?P<new>.+)$", text)
    if m:
        return _clean_holder(m.group("new")), _clean_holder(m.group("old"))
    text = re.sub(r"^(?:ให้)?เปลี่ยน(?:แปลง)?เป็น\s*", "", text)
    m = re.search(r"\s*\(เดิม\s*[:：]?\s*(?P<old>[^()]+)\)\s*$", text)
    if m:
        return _clean_holder(text[: m.start()]), _clean_holder(m.group("old"))
    return _clean_holder(text), None


_ABBREVIATED_ROLE = [(re.compile(r"ผู้ช่วยเลขาฯ"), "ผู้ช่วยเลขานุการ"), (re.compile(r"(?<!ผู้ช่วย)เลขาฯ"), "เลขานุการ")]
_PARTICLE_END = re.compile(r"\s*(?:นะ)?(?:คะ|ค่ะ|ครับ|คับ|จ้า|จ้ะ)\s*(?=$|\n)", re.M)


_APPOINTED = re.compile(
    r"\s*(?<!ที่)(?<!ซึ่ง)(?<!ผู้)ได้รับ(?:การ)?(?:แต่งตั้ง|มอบหมาย)(?:ให้)?\s*(?=เป็น|ดำรงตำแหน่ง|ทำหน้าที่)"
)
_HOLDER_START = re.compile(rf"(?:^|(?<=\s))(?:{TITLE_START}|ผู้อำนวยการ|ผู้ว่า|ผู้แทน|รอง)")


def _appointed(text: str) -> str:
    """ "ผู้อำนวยการ... ได้รับการแต่งตั้งเป็นกรรมการ" as a decision says it: "ให้ผู้อำนวยการ... เป็นกรรมการ"."""
    out, last = [], 0
    for m in _APPOINTED.finditer(text):
        before = text[last : m.start()]
        start = next(
            (h.start() for h in _HOLDER_START.finditer(before) if len(before) - h.start() <= 120), None
        )
        if start is not None and "ให้" not in before[max(0, start - 4) :]:
            before = f"{before[:start]}ให้{before[start:]}"
        out.append(before + " ")
        last = m.end()
    return "".join(out) + text[last:] if out else text


_KEYED_ANSWER = re.compile(r"^(?:ข้อ\s*[\d๐-๙]{1,2}\s*)?ตอบ\s*[ก-ง]\.?\s+", re.M)
_REMARK = re.compile(r"^\s*\[[^\[\]]{12,}\]\s*$")
# "Risk (EN): The Committee, chaired by ..., lacks ...", "สาเหตุ: ...": the situation a decision answers, not the decision
SITUATION = re.compile(
    r"^\s*(?:risk|cause|problem|ความเสี่ยง|สาเหตุ|ปัญหา(?:ที่พบ)?|สภาพปัญหา)\s*(?:\([^()]{1,12}\))?\s*[:：]", re.I
)


def _spelled(c: Clause) -> Clause:
    """ "ผู้ช่วยเลขาฯ = X", "X เปลี่ยนเป็นกรรมการค่ะ": the role spelt out and the polite ending off, as the
    grammar reads a clause; the clause itself when there is neither."""
    parts = {"text": c.text, "label": c.label, "detail": c.detail}
    changed = {}
    for key, value in parts.items():
        if not value:
            continue
        new = value
        for pattern, full in _ABBREVIATED_ROLE:
            new = pattern.sub(full, new)
        new = _PARTICLE_END.sub("", new)
        new = _appointed(new)
        new = _KEYED_ANSWER.sub("", new)  # "ข้อ 2 ตอบ ค. มติ ... ให้ X เป็น...": a quiz key's explanation
        if new != value:
            changed[key] = new
    return c.model_copy(update=changed) if changed else c


_DEAR = re.compile(r"^เรียน\s+(?P<to>\S.*?)\s*(?:\((?:ที่|ซึ่ง|ผู้ได้รับ)[^)]*\))?\s*$")
_NEW_LETTER = re.compile(r"^(?:ฉบับที่\s*\S+|-{5,}|={5,}|_{5,})\s*$")
_YOU = re.compile(r"(?<![\u0e01-\u0e4e])ท่าน(?=\s*(?:ได้รับ(?:การ)?(?:แต่งตั้ง|มอบหมาย)|เป็น|ทำหน้าที่|ดำรงตำแหน่ง))")
_QUOTED_ROLE = re.compile(rf"(เป็น|ตำแหน่ง)\s*[\"“”']({ROLE_PATTERN})[\"“”']")


class _Addressee:
    """A letter's "ท่าน" is the one it is addressed to ("เรียน X ... ท่านได้รับการแต่งตั้งเป็นประธาน..."): the grammar
    reads X there. The addressee lasts until the next letter of the same document."""

    def __init__(self) -> None:
        self.doc: str | None = None
        self.to: str | None = None

    def named(self, c: Clause) -> Clause:
        first = c.text.split("\n")[0].strip()
        if c.doc_id != self.doc or _NEW_LETTER.match(first):
            self.doc, self.to = c.doc_id, None
        dear = _DEAR.match(first)
        if dear:
            self.to = dear.group("to")
            return c
        text = _QUOTED_ROLE.sub(r"\1\2", c.text)
        if self.to:
            text = _YOU.sub(f"ให้{self.to} ", text)
        return c.model_copy(update={"text": text}) if text != c.text else c


# "พิธีกร (VO): ...", "Narrator: ...": who speaks a script's line, not a seat or a holder
_SPEAKER = re.compile(
    r"^(?:พิธีกร|ผู้ดำเนินรายการ|ผู้บรรยาย|ผู้ประกาศ|เสียงบรรยาย|narrator|host|mc|vo)\s*(?:\([^()]{1,12}\))?\s*[:：]\s*",
    re.I,
)


def _clause_lines(c: Clause) -> list[str]:
    if len(c.cells) >= 3 and any(len(v) >= 150 for _, v in c.cells):
        # a script's or log's row whose cells are prose ("ฉาก | ภาพ | เสียง"): each cell read on its own
        text = "\n".join(v for _, v in c.cells)
    else:
        text = c.text
    lines = [_SPEAKER.sub("", ln.strip()) for ln in text.split("\n") if ln.strip()]
    return [ln for ln in lines if ln] or [c.text]


# -- the grammar -----------------------------------------------------------------------------------


class _Statement(BaseModel):
    role_text: str
    holder: str | None
    replaced: str | None = None
    committee_text: str = ""
    variant: str | None = None
    added: bool = False
    evidence: str = ""  # the words of the text that state it, for answers to quote


def _evidence(line: str, st: _Statement) -> str:
    """The stretch of the line that states a role: from a little before the holder to past "แทน ..."."""
    if len(line) <= 220:
        return line
    anchor = max(line.find(st.holder) if st.holder else line.find(st.role_text), 0)
    if st.holder:  # the mention of the holder that the role follows most closely
        spots = [m.start() for m in re.finditer(re.escape(st.holder), line)]
        gaps = [(line.find(st.role_text, p + len(st.holder)) - p, p) for p in spots]
        gaps = [(g, p) for g, p in gaps if g >= 0]
        if gaps:
            anchor = min(gaps)[1]
    start = line.rfind(" ", 0, max(0, anchor - 15)) + 1
    role_at = line.find(st.role_text, anchor)
    end = (
        role_at + len(st.role_text) + (len(st.replaced) + 12 if st.replaced else 40)
        if role_at >= 0
        else anchor + 160
    )
    end = line.find(" ", min(end, len(line)))
    return line[start : end if end > 0 else len(line)].strip()


_HEAD_BODY = re.compile(r"^(?P<head>[^:：|\n]{1,240}?)\s*[:：]\s*(?P<body>\S.*)$", re.S)
_NOTHING = re.compile(r"\(?(?:ไม่มี|ไม่ได้กำหนด|-|–|—)\)?")
_QUOTED_ROW = re.compile(
    rf'^["“](?P<no>[\d๐-๙]{{1,2}})\)\s*(?P<what>[^"“”]{{5,250}}?)\s+[—–-]\s+{_LEAD_WORD}\s*[:：]\s*(?P<who>[^"“”]+?)\s*["”]$'
)
_KEPT_CELL = re.compile(r"(?:ให้)?(?:คงเดิม|คงไว้ตามเดิม|ตามเดิม|เป็นไปตามเดิม|ไม่เปลี่ยนแปลง|ไม่มีการเปลี่ยนแปลง)")
_REASON_COLUMN = re.compile(r"เหตุผล|หมายเหตุ|คำอธิบาย|reason|note|remark", re.I)


def _statement_parts(line: str) -> list[str]:
    """ "X เป็นประธาน และ Y เป็นรองประธาน": two statements; "A B และ C เป็นอนุกรรมการ": one list."""
    pieces = re.split(r"\s+(?=และ(?:ให้)?\s*\S+.{0,80}?เป็น)", line)
    out: list[str] = []
    for piece in pieces:
        head = _HEAD_BODY.match(out[-1]) if out else None  # "ผู้ช่วยเลขานุการ: X" says who holds it
        said = out and (
            _VERB_ROLE.search(re.split(r"\s[/;]\s", out[-1])[-1])
            or (head and _ROLE_ALONE.match(head.group("head")))
        )
        if out and not said and not piece.startswith("และให้"):
            out[-1] = f"{out[-1]} {piece}"  # nothing was said of the names before "และ": they go on
        else:
            out.append(piece.strip())
    return out


def row_committee(c: Clause) -> str:
    """The committee a comparison row is about, from its cells' heading lines."""
    heads = [v.split("\n")[0] for h, v in c.cells if _NEW_COLUMN.search(h) or _OLD_COLUMN.search(h)]
    found = next((m for m in map(_COMMITTEE_IN_TOPIC.search, reversed(heads)) if m), None)
    return found.group(0) if found else ""


_LEAD_KEY = re.compile(r"(?:หน่วยงาน|ผู้)(?:ที่)?รับผิดชอบ(?:หลัก)?|เจ้าภาพ(?:หลัก)?|lead agenc\w*", re.I)


def _titled(cell: str) -> str:
    """ "ประเด็น 3) TITLE" over "ผู้รับผิดชอบหลัก: X" in one cell: "ประเด็น 3) TITLE: X", the issue with its
    leads on one line as the rest of the table writes them."""
    rows = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    if len(rows) < 2:
        return cell
    last = _HEAD_BODY.match(rows[-1])
    if last and _LEAD_KEY.fullmatch(last.group("head").strip()) and not any(":" in r for r in rows[:-1]):
        return f"{' '.join(rows[:-1])}: {last.group('body')}"
    return cell


def compared(c: Clause) -> tuple[Clause, str | None] | None:
    """A row of a "ความเดิม | ความใหม่ | เหตุผล" table with no cell naming its topic, read as the statement in
    force and the old wording it replaced: the new cell, completed by the old cell's head ("ประเด็นที่ 2): X"
    is issue 2 as the old cell titles it); the old cell itself where the new one says "ให้คงเดิม"."""
    if not c.cells:
        return None
    old = [v.strip() for h, v in c.cells if _OLD_COLUMN.search(h)]
    new = [v.strip() for h, v in c.cells if _NEW_COLUMN.search(h) and not _OLD_COLUMN.search(h)]
    topic = [
        h
        for h, _ in c.cells
        if not (_OLD_COLUMN.search(h) or _NEW_COLUMN.search(h) or _REASON_COLUMN.search(h))
    ]
    if len(old) != 1 or len(new) != 1 or topic or _NOTHING.fullmatch(new[0]):
        return None
    before, now = _titled(old[0]), _titled(new[0])
    rows = [ln.strip() for ln in before.split("\n") if ln.strip()]
    if len(rows) > 1 and _COMMITTEE_IN_TOPIC.search(rows[0]) and not _VERB_ROLE.search(rows[0]):
        before = "\n".join(
            rows[1:]
        )  # the old cell's heading ("คณะกรรมการ GCIO : ฝ่ายเลขานุการ"), not its wording
    said = _HEAD_BODY.match(before) if not _NOTHING.fullmatch(before) else None
    if _KEPT_CELL.fullmatch(now):
        text, replaced = before, None
    else:
        text, replaced = (
            now,
            said.group("body") if said and not _NOTHING.fullmatch(said.group("body")) else None,
        )
        head = _HEAD_BODY.match(now)
        if (
            head
            and said
            and (
                squash_text(said.group("head")).startswith(squash_text(head.group("head")).rstrip(")"))
                or _LEAD_KEY.fullmatch(head.group("head").strip())  # "ผู้รับผิดชอบหลัก: Y" under the old title
            )
        ):
            text = f"{said.group('head')}: {head.group('body')}"  # "ประเด็นที่ 2): X" under the old title
    if _NOTHING.fullmatch(text):
        return None
    text = re.sub(
        r"\s*\(ตามมติ[^()]{0,80}\)", "", text
    )  # "(ตามมติคณะรัฐมนตรี 16 สิงหาคม 2565)": where it came from
    rows = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(rows) > 1 and _COMMITTEE_IN_TOPIC.search(rows[0]) and not _VERB_ROLE.search(rows[0]):
        rows = rows[1:]  # "คณะกรรมการ GCIO : ประธาน" / "(เพิ่มใหม่) คณะอนุกรรมการ ...": the cell's heading
    parts = [p for row in rows for p in _statement_parts(row)]
    m = _HEAD_BODY.match(parts[0])
    if m and re.fullmatch(r"\s*(?:องค์ประกอบ|ผู้ดำรงตำแหน่ง|composition|members?)\s*", m.group("head"), re.I):
        parts[0], m = m.group("body"), None  # "องค์ประกอบ: X เป็นประธาน / Y เป็นกรรมการ": statements, no key
    label, detail = (m.group("head"), m.group("body")) if m else (None, None)
    if label and detail and _ROLE_ALONE.match(label):  # "ประธาน: X เป็นประธาน"
        detail = re.sub(rf"\s*(?:ยังคง|คง)?เป็น\s*(?:{ROLE_PATTERN}).*$", "", detail)
    lines = "\n".join([parts[0], *(re.sub(r"^และ\s*", "", p) for p in parts[1:])])
    return c.model_copy(
        update={"cells": [], "text": lines, "label": label, "detail": detail, "number": None}
    ), replaced


def role_statements(c: Clause) -> list[_Statement]:
    """Every role statement in one clause, in any of the forms resolutions use."""
    row = compared(c)
    if row is not None:
        plain, was = row
        out = _role_statements(plain)
        first = out[:1]  # what the old cell's holder gave way to; the sentences after it add others
        if plain.label:  # "ผู้ช่วยเลขานุการ: X และให้ Y เป็นกรรมการ": the sentences after the first
            for line in plain.text.split("\n")[1:]:
                _line_statements(plain, line, out)
        if was:
            old_holder = _clean_holder(re.sub(rf"\s*(?:ยังคง|คง)?เป็น\s*(?:{ROLE_PATTERN}).*$", "", was))
            for st in first:
                if st.replaced is None and st.holder and squash_text(old_holder) != squash_text(st.holder):
                    st.replaced = old_holder
        lines = plain.text.split("\n")
        about = row_committee(c)
        for st in out:  # the sentence that names this holder
            st.committee_text = st.committee_text or about
            st.evidence = next((ln for ln in lines if st.holder and st.holder[:12] in ln), lines[0])[:220]
        return out
    out = _role_statements(c)
    for st in out:
        if not st.evidence:
            st.evidence = (f"{c.label}: {c.detail}" if c.label and c.detail else c.text.split("\n")[0])[:220]
    for st in out:  # "คณะทำงาน X ซึ่งมี Y เป็นประธาน": Y chairs X
        m = _BODY_WHICH_HAS.match(st.holder or "")
        if m:
            st.holder = m.group("holder").strip()
            st.committee_text = st.committee_text or m.group("body")
    for st in list(out):  # "X (สำหรับกรุงเทพมหานครคือ Y) เป็นประธาน": the provinces' X and Bangkok's Y
        m = _BANGKOK_ASIDE.match(st.holder or "")
        if m and st.variant is None:
            st.holder = m.group("main").strip()
            out.append(
                st.model_copy(update={"holder": m.group("bangkok").strip(), "variant": "กรุงเทพมหานคร"})
            )
    return out


_BODY_WHICH_HAS = re.compile(
    r"^.*?(?P<body>คณะ(?:อนุ)?กรรมการ\S*?|คณะทำงาน\S*?)\s*(?:ซึ่ง|โดย|ที่)มี\s*(?P<holder>\S.{2,})$"
)
_BANGKOK_ASIDE = re.compile(
    r"^(?P<main>[^()]{3,}?)\s*\(\s*(?:สำหรับ|ส่วน|กรณี|ใน)\s*(?:กรุงเทพมหานคร|กทม\.?)\s*(?:คือ|ให้|ได้แก่|เป็น)?\s*"
    r"(?P<bangkok>[^()]{3,})\)\s*$"
)


def _role_statements(c: Clause) -> list[_Statement]:
    out: list[_Statement] = []
    if c.kind not in ("item", "paragraph", "note", "heading"):
        return out
    if c.cells:  # a table row: one cell is the role, another the holder
        role_cell = next((v for _, v in c.cells if _ROLE_ALONE.match(v) and len(v) <= 60), None)
        if not role_cell:
            _topic_row(c, out)
            said = max((v for _, v in c.cells), key=len, default="")
            seats = rf"(?:เป็น|คือ|ได้แก่)\s*(?:{ROLE_PATTERN})|(?:{ROLE_PATTERN})\S{{0,30}}?(?:ยัง(?:คง)?เป็น|คือ|เปลี่ยนจาก|กลับ(?:ไป|มา)เป็น)"
            if not out and len(said) >= 30 and re.search(seats, said):
                # "| 2.1 | องค์ประกอบ PCIO: ให้สถิติจังหวัดเป็นกรรมการและเลขานุการ แทน... | จังหวัด | 30 เม.ย. |": a
                # task table's row that states the seats in its own words
                head, colon, body = said.partition(":")
                if colon and len(head) <= 120:  # "คณะกรรมการ PCIO ของกรุงเทพมหานคร: ...": whose seats follow
                    bangkok = re.search(r"กรุงเทพ|กทม", head) and not re.search(r"ยกเว้น|นอกจาก|ไม่รวม", head)
                    body = body.strip()
                    kept = re.match(
                        r"[^()]{0,80}(?:คงเดิม|คงองค์ประกอบ|ไม่มีการแก้ไข|ไม่เปลี่ยน)[^()]*\(([^()]+)\)", body
                    )
                    body = (
                        kept.group(1) if kept else body
                    )  # "ไม่มีการแก้ไข คงองค์ประกอบตามมติ ... (X เป็นประธาน ...)"
                    said = ("สำหรับกรุงเทพมหานคร ให้ " if bangkok else "") + body
                parts: list[str] = []
                for part in re.split(r"\s+(?=และ(?:ให้)?\s*\S+.{0,80}?เป็น)", said):
                    if parts and "เป็น" not in parts[-1]:  # "ให้ A และ B ร่วมกันเป็น...": one holder of two names
                        parts[-1] += " " + part
                    else:
                        parts.append(part)
                # a cell's sentences are prose, not an item's "X เป็น ROLE" line
                prose = c.model_copy(update={"kind": "paragraph", "number": None}) if len(said) > 200 else c
                for sentence in parts:
                    _line_statements(prose, re.sub(r"^และ\s*", "", sentence).strip(), out)
            return out
        if role_cell and _activity_row(c):
            return out  # "| 4.1 | ปรับปรุงคำสั่ง... | ฝ่ายเลขานุการ... | เม.ย. 2564 |": who does a task, no seat
        if role_cell:
            m = _ROLE_ALONE.match(role_cell)
            assert m is not None
            others = [
                (h, v) for h, v in c.cells if v and v is not role_cell and not re.fullmatch(r"[\d().๐-๙]+", v)
            ]
            # An old-vs-new table ("ที่กำหนดไว้เดิม | มติครั้งนี้"): the holder is in the new column
            fresh = [(h, v) for h, v in others if not re.search(r"เดิม|\bold\b|before", h, re.I)]
            others = fresh or others
            rest = m.group("rest")
            # "ส่วนภูมิภาค | กรุงเทพมหานคร": a column per variant; otherwise the one column that names holders
            bangkok = [(h, v) for h, v in others if re.search(r"กรุงเทพ|กทม", h)]
            general = [(h, v) for h, v in others if (h, v) not in bangkok]
            chosen = []
            if general:
                chosen.append((max(general, key=lambda hv: (
                    bool(re.search("ตำแหน่ง|องค์ประกอบ|ผู้|ชื่อ|ครั้งนี้|ใหม่|ภูมิภาค|จังหวัด", hv[0])), len(hv[1]))),
                    "กรุงเทพมหานคร" if re.search(r"กรุงเทพ|กทม", rest) else None))  # fmt: skip
            chosen += [(b, "กรุงเทพมหานคร") for b in bangkok[:1]]
            old_col = next(
                (v for h, v in c.cells if re.search(r"เดิม", h) and v.strip() not in ("", "-")), None
            )
            for (_, value), variant in chosen:
                text = re.sub(
                    rf"\s*(?:ยังคง|คง)?เป็น\s*(?:{ROLE_PATTERN}).*$", "", value
                )  # "X เป็นกรรมการและ..."
                if (
                    re.match(r"(?:ไม่มี(?:การกำหนด)?(?:ตำแหน่ง)?|ยกเลิก(?:ตำแหน่ง)?)", text.strip())
                    and not variant
                ):
                    # "| รองประธานกรรมการ | ไม่มีตำแหน่งรองประธาน |": the seat is gone, no holder
                    out.append(_Statement(role_text=m.group("role"), holder=None, committee_text=rest))
                    continue
                holder, replaced = _changed(text)
                if replaced is None and old_col and variant is None:  # "ผู้ดำรงตำแหน่งเดิม | ...ตามมตินี้"
                    replaced = _clean_holder(old_col)
                if _plausible_holder(holder) and "เดิม" not in rest and not _KEEP.fullmatch(holder):
                    out.append(_Statement(role_text=m.group("role"), holder=holder, committee_text=rest,
                                          added="เพิ่ม" in rest, variant=variant, replaced=replaced))  # fmt: skip
        return out
    if c.label and c.detail and c.kind == "item" and not c.number:  # "ประธาน: X", "X: เป็นกรรมการ"
        m = _ROLE_ALONE.match(c.label)
        if m and len(c.label) <= 50:
            rest = m.group("rest")
            holder, replaced = _changed(c.detail)
            if _plausible_holder(holder) and "เดิม" not in rest:
                variant = "กรุงเทพมหานคร" if re.search(r"กรุงเทพ|กทม", rest) else None
                out.append(
                    _Statement(
                        role_text=m.group("role"),
                        holder=holder,
                        committee_text=rest,
                        variant=variant,
                        added="เพิ่ม" in rest,
                        replaced=replaced,
                    )  # fmt: skip
                )
            return out
        m = re.search(rf"(?:เป็น|ทำหน้าที่)\s*(?P<role>{ROLE_PATTERN})\s*$", c.detail)
        answer_label = re.fullmatch(r"(?:ถาม|ตอบ|คำถาม|คำตอบ|หมายเหตุ|Q|A|Note)\.?", c.label.strip(), re.I)
        # not an FAQ's "ตอบ: ...", nor a speaker whose sentence ends in a role ("นายก: ... ก็กลับมาเป็นรองประธาน")
        bare = re.sub(r"\s*\([^()]*\)", "", c.label)  # "สิ่งที่เปลี่ยน (มีผลตั้งแต่ ...)": the key, without its aside
        if m and _plausible_holder(_clean_holder(c.label)) and not answer_label and len(c.detail) <= 60:
            out.append(_Statement(role_text=m.group("role"), holder=_clean_holder(c.label)))
        elif (
            (len(c.detail) > 120 or re.match(r"(?:โดย)?(?:ให้|เพิ่ม)\S", c.detail))
            and len(bare) <= 40
            and not answer_label
        ):
            # "นายธนวัฒน์: ... ประธานคณะกรรมการ GCIO ต่อไปนี้เป็น X ...": a speaker's words, read as text (an FAQ's
            # answer restates); "Treatment: ให้ X เป็นประธาน": a decision under its key, however short
            bangkok = re.search(r"กรุงเทพ|กทม", c.label) and not re.search(r"นอกจาก|ยกเว้น|ไม่ใช่|อื่น", c.label)
            for line in c.detail.split("\n"):
                mark = len(out)
                _line_statements(c.model_copy(update={"kind": "paragraph"}), line, out)
                for st in out[mark:]:
                    st.evidence = _evidence(line, st)
                    st.variant = st.variant or (
                        "กรุงเทพมหานคร" if bangkok else None
                    )  # "สาระ (กรุงเทพมหานคร): .."
        return out  # any other "key: value" line is about its key ("เหตุผล: ...", "ที่มา: ...")
    for line in _clause_lines(c):
        # "ในระหว่างที่...ยังไม่มี X ให้ Y ทำหน้าที่...ไปพลางก่อน": a stopgap, not who holds the seat; the
        # sentence goes, the rest of the line stays
        line = _INTERIM.sub(" ", line).strip()
        if not line:
            continue
        before = len(out)
        _line_statements(c, line, out)
        bangkok = _BANGKOK_LINE.match(line) and not _OTHER_PROVINCES.search(line)
        for st in out[before:]:
            st.evidence = _evidence(line, st)
            if bangkok and st.variant is None:  # "ในกรุงเทพมหานคร ให้...": every seat the sentence gives
                st.variant = "กรุงเทพมหานคร"
    return out


_INTERIM = re.compile(
    r"(?:ใน)?ระหว่าง(?:นี้|ที่|การ)?.{0,200}?ไปพลางก่อน|(?:ใน)?ระหว่าง(?:ที่|การ)?\S{0,40}ยัง(?:ไม่|มิ).*$"
)
# a holder that is Bangkok's own post, not a province's nor a "province/Bangkok" pair
_BANGKOK_HOLDER = re.compile(r"^(?!.*(?:/|จังหวัด|หรือเทียบเท่า)).*(?:กรุงเทพมหานคร|กทม)")
_BANGKOK_LINE = re.compile(
    r"^\s*(?:\(\S{1,3}\)\s*)?(?:ใน|สำหรับ|เฉพาะ)(?:ใน)?\s*(?:กรุงเทพมหานคร|กทม\.?)\s*"
    r"(?:ให้|,|(?=(?:รอง)?ประธาน|(?:กรรมการและ)?(?:ผู้ช่วย)?เลขานุการ))"  # "สำหรับกรุงเทพมหานคร ประธานยังเป็น X"
)


# a heading for Bangkok alone ("1.3 คณะกรรมการ PCIO — กรุงเทพมหานคร"), not one for the provinces and Bangkok
_BANGKOK_SCOPE = re.compile(
    r"^(?!.*(?:จังหวัด\S*\s*(?:และ|หรือ|/)\s*กรุงเทพ|กรุงเทพ\S*\s*(?:และ|หรือ|/)|ทั้ง|ยกเว้น|นอกจาก|ไม่รวม|ต่างจังหวัด))"
    r".*(?:กรุงเทพมหานคร|กทม\.?)\W*(?:\(|$)"
    r"|^(?:ของ|สำหรับ|ส่วน(?:ของ)?|เฉพาะ)?\s*(?:กรุงเทพมหานคร|กทม\.)\s+(?!และ|หรือ|/)"  # "กทม. ไม่มีการเปลี่ยนแปลง..."
)


_OTHER_PROVINCES = re.compile(
    r"จังหวัดอื่น|ส่วนภูมิภาค|นอกจากกรุงเทพ|ยกเว้นกรุงเทพ|ทุกจังหวัด|ต่างจังหวัด|ไม่รวม\s*(?:กรุงเทพ|กทม)"
)


_WAS_ITEM = re.compile(r"^(?:เดิม|ความเดิม|ของเดิม|old|previously|before)\s*[:：]\s*(.+)$", re.I)
_NOW_ITEM = re.compile(r"^(?:ใหม่|ความใหม่|ปรับเป็น|เปลี่ยนเป็น|new|now)\s*[:：]\s*(.+)$", re.I)


def _item_text(c: Clause) -> str:
    return f"{c.label}: {c.detail}" if c.label and c.detail else c.text.split("\n")[0].strip()


# a list's introduction that adds seats of one role: "และให้เพิ่มกรรมการอีก ดังนี้", "เพิ่มกรรมการ 2 ตำแหน่ง ได้แก่"
_ADDS_LIST = re.compile(
    rf"เพิ่ม(?:เติม)?\s*(?P<role>{ROLE_PATTERN})\s*(?:อีก)?\s*(?:[\d๐-๙]+\s*(?:ตำแหน่ง|คน))?\s*"
    r"(?:ดังนี้|ดังต่อไปนี้|ได้แก่|คือ)?\s*[:：]?\s*$"
)


def _role_list(c: Clause, children: Mapping[str, list[Clause]]) -> list[_Statement]:
    """ "1.1.3 กรรมการ" with its holders listed under it ("1.1.3.1 ปลัดกระทรวง... (แก้ไขใหม่)"): a role named
    alone heads the holders of that role."""
    head = _NOTE_TAIL.sub("", c.text.split("\n")[0]).strip()
    m = _ROLE_ALONE.match(head)
    if m and m.group("rest").strip(" :：") not in ("", "ได้แก่", "ประกอบด้วย"):
        m = None
    adds = None if m else _ADDS_LIST.search(head)  # "กรรมการตามองค์ประกอบเดิม และให้เพิ่มกรรมการอีก ดังนี้"
    m = m or adds
    if c.kind not in ("item", "heading") or not m:
        return []
    out: list[_Statement] = []
    listed = children.get(c.uid, [])
    # "(ก) เดิม: X" "(ข) ใหม่: Y" under the position: Y holds it now, in X's place
    was = [_WAS_ITEM.match(_item_text(x)) for x in listed]
    old = next((w.group(1) for w in was if w), None)
    renewed = any(_NOW_ITEM.match(_item_text(x)) for x in listed)
    for child in listed:
        if child.kind not in (("item", "heading") if adds else ("item",)) or child.status != c.status:
            continue
        if (_VERB_ROLE if adds else _ROLE).search(_NOTE_TAIL.sub("", child.text)):
            continue  # (an added seat's holder may be "ผู้ทรงคุณวุฒิ... ซึ่งประธานแต่งตั้ง")
        text = _item_text(child)
        if adds:
            text = re.sub(r"\s+(?:ซึ่ง|โดย|มีวาระ|ทั้งนี้)\S.*$", "", text)  # who, not how long or by whom
        if renewed and _WAS_ITEM.match(text):
            continue
        now = _NOW_ITEM.match(text)
        text = now.group(1) if now else text
        note = _NOTE_TAIL.search(text)
        holder = _clean_holder(text[: note.start()] if note else text)
        if not _plausible_holder(holder):
            continue
        if now and old:
            out.append(_Statement(role_text=m.group("role"), holder=holder, replaced=_clean_holder(old),
                                  evidence=child.text[:220]))  # fmt: skip
            continue
        kept = bool(note and re.match(r"\s*(?:คง|ตาม|เหมือน)เดิม", note.group("note")))
        added = kept or bool(adds) or bool(note and "เพิ่ม" in note.group("note"))
        out.append(
            _Statement(role_text=m.group("role"), holder=holder, added=added, evidence=child.text[:220])
        )
    return out


_VERB_ROLE = re.compile(rf"{_VERB}\s*(?:{ROLE_PATTERN})")
_BANGKOK_PART = re.compile(r"\s+(?:สำหรับ|ส่วน|เฉพาะ|ในส่วนของ)\s*(?:กรุงเทพมหานคร|กทม\.?)\s*(?:ให้)?\s*(?=\S)")
_WHOLE_QUOTE = re.compile(r"^[\"“](?P<inner>[^\"“”]{5,400})[\"”]$")


def _line_statements(c: Clause, line: str, out: list[_Statement]) -> None:
    note = _NOTE_TAIL.search(line)
    if note and _ROLE.search(line[: note.start()]):
        # "1.1.2 X เป็นรองประธานกรรมการ (เพิ่มเติม)", "(แก้ไขใหม่ แทน Y)": a restatement's mark of change;
        # "(คงเดิม)" restates what is in force, which stays as the earlier text wrote it (with its Bangkok part)
        mark = len(out)
        _line_statements(c, line[: note.start()], out)
        if re.match(r"\s*(?:คง|ตาม|เหมือน)เดิม", note.group("note")):
            kept = [
                st for st in out[mark:] if role_of(st.role_text) not in ("chair", "vice_chair", "secretary")
            ]
            for st in kept:  # a member "(คงเดิม)" is still a member; it replaces nobody
                st.added = True
            out[mark:] = kept
            return
        replaced = re.search(r"(?:แทน|เดิม\s*[:：]|จากเดิม|เดิมเป็น)\s*(.+)$", note.group("note"))
        for st in out[mark:]:
            was = (
                re.sub(r"\s+(?:เป็น|ทำหน้าที่)\S*$", "", replaced.group(1)) if replaced else ""
            )  # "(เดิม: X เป็นประธาน)"
            st.replaced = st.replaced or (_clean_holder(was) if was else None)
            st.added = st.added or (
                "เพิ่มเติม" in note.group("note") and role_of(st.role_text) in ("member", "assistant_secretary")
            )
        return
    said = list(_VERB_ROLE.finditer(line))
    enumerated = re.search(r"\((?:[๐-๙\d]{1,2}|[ก-ฮ])\)", line)  # "(๑) X เป็น... (๒) Y เป็น...": read as a list
    if (
        len(said) >= 2 and len(line) < 300 and not enumerated and "ให้" not in line
    ):  # prose ("ให้ X ... และให้ Y") apart
        # "X เป็นรองประธานกรรมการคนที่หนึ่ง และ Y เป็นรองประธานกรรมการคนที่สอง": two statements in one line
        cuts = [m.end() for m in said[:-1]]
        parts, start = [], 0
        for end in cuts:
            # "... และ Y เป็น ...", or statements set apart by " / " or ";" ("X เป็นประธาน / Y เป็นอนุกรรมการ")
            joint = re.match(r"\s*(?:\S{0,30}?)\s+และ(?:ให้)?\s*|\s*(?:\S{0,30}?)\s+[/;]\s+", line[end:])
            if joint and _VERB_ROLE.search(line[end + joint.end() :]):
                parts.append(line[start:end])
                start = end + joint.end()
        if parts:
            for part in [*parts, line[start:]]:
                _line_statements(c, part, out)
            _enumeration(line, out)  # "... Z เป็นคณะทำงานและเลขานุการ และ W เป็นผู้ช่วยเลขานุการ": a part said bare
            return
    quoted = _WHOLE_QUOTE.match(line.strip())
    if quoted:  # the new wording on a line of its own: "... ให้ใช้ความต่อไปนี้แทน" / "X และ Y เป็นผู้ช่วยเลขานุการ"
        line, c = quoted.group("inner"), c.model_copy(update={"kind": "item"})
    parts = _BANGKOK_PART.split(line, maxsplit=1)
    if len(parts) == 2 and _ROLE.search(parts[0]) and _ROLE.search(parts[1]) and _VERB_RE.search(parts[0]):
        # "X เป็นประธาน สำหรับกรุงเทพมหานคร ให้ Y เป็นประธาน": the provinces' holder, then Bangkok's
        _line_statements(c.model_copy(update={"kind": "item"}), parts[0], out)  # a sentence of its own
        bangkok, *rest = re.split(r"\s+(?=ทั้งนี้|นอกจากนี้|ส่วน(?!ราชการ))", parts[1], maxsplit=1)
        mark = len(out)
        _line_statements(c, "ให้" + bangkok, out)
        for st in out[mark:]:
            st.variant = "กรุงเทพมหานคร"
        for sentence in rest:  # "ทั้งนี้ ให้ X ยังคงเป็นกรรมการ": no longer Bangkok's alone
            _line_statements(c, sentence, out)
        return
    if True:
        # quoted wording that is cancelled or replaced ("แทนข้อความเดิมที่ว่า "..."") states no rule now
        old_words = "ยกเลิก" in line or re.search(r"ข้อความเดิม|ความเดิม|ถ้อยคำเดิม", line)
        cancelled = [m.span() for m in _QUOTED.finditer(line)] if old_words else []

        def live(m: re.Match[str], cancelled: list[tuple[int, int]] = cancelled) -> bool:
            return not any(a <= m.start() < b for a, b in cancelled)

        def variant_at(m: re.Match[str], line: str = line) -> str | None:
            before = line[max(0, m.start() - 40) : m.start()]
            after = line[m.end("role") : m.end("role") + 40] if "role" in m.groupdict() else ""
            of_bangkok = re.match(
                r"\s*(?:คณะกรรมการ\s*)?(?:PCIO\s*)?(?:ของ|ใน|สำหรับ)\s*(?:กรุงเทพ|กทม)", after
            )
            if (
                _BANGKOK.search(before) or _BANGKOK.match(m.group(0)) or of_bangkok
            ):  # "เป็นประธาน PCIO ของ กทม."
                return "กรุงเทพมหานคร"
            named = m.groupdict()
            holder, old = named.get("holder") or "", named.get("old") or ""
            city = re.compile(r"กรุงเทพ|กทม")
            if city.search(holder) and city.search(old) and "จังหวัด" not in holder + old:
                return (
                    "กรุงเทพมหานคร"  # "ให้รองผู้ว่าราชการกรุงเทพมหานคร... เป็นประธาน แทนปลัดกรุงเทพมหานคร": Bangkok's
                )
            return None

        seat_first = _SEAT_CHANGED.match(line)
        if seat_first and " และให้" in line:
            # "ผู้ช่วยเลขานุการ เปลี่ยนจาก X เป็น Y และให้ X เป็นกรรมการแทน": the seat's change, then the rest
            first, rest = line.split(" และให้", 1)
            _line_statements(c, first, out)
            _line_statements(c, "ให้" + rest, out)
            return
        found = False
        m = _ROLE_LABEL.match(re.sub(r"\*+", "", line))
        if m and "/" not in m.group("role"):
            _role_label(m, out)
            return
        prose = (
            bool(re.match(r"^(?:(?:ใน|สำหรับ|ส่วน)\s*(?:กรุงเทพมหานคร|กทม\.?)\s*)?(?:โดย)?ให้", line))
            or "และให้" in line
        )  # "ให้ X เป็น... และให้ Y เป็น...", "ในกรุงเทพมหานคร ให้ ... คือ X เป็นประธาน และ Y เป็นเลขานุการ"
        if (c.kind == "item" or c.number) and not prose and not _FROM_TO.search(line):
            m = _ITEM.match(line)  # (a line that changes a seat "จากเดิม A เป็น B" is read as that, below)
            if m:
                whole = _clean_holder(m.group("holder"))
                # "ผู้แทน A ผู้แทน B และผู้แทน C เป็นคณะทำงาน": each representative a member of their own
                several = re.split(r"\s+(?:และ)?(?=ผู้แทน)", whole) if whole.count("ผู้แทน") >= 3 else [whole]
                for holder in several:
                    if _plausible_holder(holder) and not _ROLE.search(
                        holder.split()[-1] if holder.split() else ""
                    ):
                        out.append(_Statement(role_text=m.group("role"), holder=holder,
                                              variant="กรุงเทพมหานคร" if _BANGKOK.search(line) else None,
                                              replaced=_clean_holder(m.group("old") or "") or None,
                                              committee_text=m.group("committee") or "",
                                              added=bool(m.group("more"))))  # fmt: skip
                        found = True
            m = _ROLE_FIRST.match(line) if not found else None
            if m:
                holder, replaced = _changed(m.group("holder"))
                if _plausible_holder(holder):
                    out.append(_Statement(role_text=m.group("role"), holder=holder, variant=variant_at(m),
                                          replaced=replaced, committee_text=m.group("committee") or ""))  # fmt: skip
                    found = True
        if found:
            return
        m = _BELONGS.search(line)
        if m and live(m):
            holder = _AS_BEFORE.sub("", _clean_holder(m.group("holder")))
            if _plausible_holder(holder) and not _ROLE.search(holder):
                committee = m.group("committee") or ""
                out.append(_Statement(role_text=m.group("role"), holder=holder, variant=variant_at(m),
                                      replaced=_clean_holder(m.group("old") or "") or None,
                                      committee_text=committee))  # fmt: skip
                b = _BELONGS_BANGKOK.search(line, m.end("holder"))
                if b:
                    other = _AS_BEFORE.sub("", _clean_holder(b.group("holder")))
                    if _plausible_holder(other):
                        out.append(_Statement(role_text=m.group("role"), holder=other, variant="กรุงเทพมหานคร",
                                              replaced=_clean_holder(b.group("old") or "") or None,
                                              committee_text=committee))  # fmt: skip
                return
        for m in _NO_ROLE.finditer(line):
            # "(มติปี 2563 กำหนดว่าไม่มีรองประธาน)": an aside on what an earlier rule said
            aside = line[: m.start()].count("(") > line[: m.start()].count(")")
            if live(m) and not aside:
                out.append(_Statement(role_text=m.group("role"), holder=None, variant=variant_at(m)))
        for m in _PROSE.finditer(line):
            holder = re.sub(r"\s*ซึ่ง$", "", _clean_holder(m.group("holder")))
            # "ให้จัดตั้ง X โดยมี Y เป็นประธาน", "ให้ X ประชุมทุก 2 เดือน และเพิ่ม Y เป็นอนุกรรมการ": Y holds it
            later = list(re.finditer(r"(?:\s|^)(?:และ)?(?P<how>เพิ่ม|โดยมี)(?=\S)", holder))
            added_late = bool(later) and later[-1].group("how") == "เพิ่ม"
            if later:
                holder = _clean_holder(holder[later[-1].end() :])
            if re.match(r"(?:กำกับ|ดูแล|ปฏิบัติ|รับผิดชอบ|ทำหน้าที่|ดำเนินการ)", holder):
                # "ให้รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมายให้กำกับดูแล... เป็นประธาน": the "ให้" of a
                # relative clause; the holder starts at the "ให้" before it
                start = line.rfind("ให้", 0, max(0, m.start("holder") - 3))
                if start >= 0:
                    holder = _clean_holder(line[start + 3 : m.end("holder")])
            if not live(m) or not _plausible_holder(holder) or _ROLE.search(holder):
                continue
            if re.match(r"\s*(?:อยู่)?เดิม|\s*อยู่ก่อน", line[m.end("role") : m.end("role") + 12]):
                continue  # "ซึ่งเป็นประธานอนุกรรมการอยู่เดิม": the role held before, not the one given
            then = _THEN_TAKES.match(line, m.end()) if re.search(r"\s(?:ซึ่ง|ที่)$", m.group("holder")) else None
            # "ให้ X ซึ่งเป็นรองประธานตามมติ... ดำรงตำแหน่งกรรมการแทน": the seat it takes, not the one it had
            if then:
                out.append(_Statement(role_text=then.group("role"), holder=holder, variant=variant_at(m),
                                      committee_text=then.group("committee") or ""))  # fmt: skip
                continue
            if re.match(r"\s*(?:ใน)?(?:การ|ที่)ประชุม", line[m.end("role") : m.end("role") + 16]):
                continue  # "นายกรัฐมนตรีเป็นประธานการประชุม": who chaired a meeting, not a committee's role
            added = (
                added_late
                or bool(m.group("more") or m.group("adds"))
                or bool(re.match(r"\s*เพิ่ม", m.group("holder")))
            )
            out.append(_Statement(role_text=m.group("role"), holder=holder, variant=variant_at(m),
                                  replaced=_clean_holder(m.group("old") or "") or None,
                                  committee_text=m.group("committee") or "", added=added))  # fmt: skip
            _continued(line, m.end(), out)
        for m in [*_FROM_TO.finditer(line), *_OLD_THEN_NEW.finditer(line)]:
            holder, old = _clean_holder(m.group("holder")), _clean_holder(m.group("old"))
            if live(m) and _plausible_holder(holder) and old:
                out.append(_Statement(role_text=m.group("role"), holder=holder, replaced=old, variant=variant_at(m),
                                      committee_text=m.group("committee") or ""))  # fmt: skip
        _enumeration(line, out)
        _made_of(line, out)
        _inline_items(line, out)
        _added_list(line, out)
        _moved_seat(line, out)
        _spoken_seats(line, out)


# "ประธานคณะกรรมการ GCIO ต่อไปนี้เป็น X": the seat first, who takes it from now on after
_ROLE_FROM_NOW = re.compile(
    rf"(?:^|(?<=\s)|(?<=คือ))(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*"
    rf"(?:ต่อไป(?:นี้)?|จากนี้(?:ไป)?|ตั้งแต่นี้(?:ไป)?)\s*(?:จะ)?(?:เป็น|คือ)\s*(?P<holder>[^\s].{{1,150}}?){_STOP}"
)
# "เดิมประธาน PCIO ของ กทม. เป็น X ต่อไปเป็น Y": the seat, who held it, who holds it from now on
_WAS_THEN = re.compile(
    rf"(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*(?:ของ\s*\S+\s*)?เป็น\s*(?P<old>[^\s].{{1,150}}?)\s+"
    rf"(?:ต่อไป(?:นี้)?|จากนี้(?:ไป)?|ตั้งแต่นี้(?:ไป)?)\s*(?:จะ)?เป็น\s*(?P<holder>[^\s].{{1,150}}?){_STOP}"
)
# "ส่วน X ที่เป็นประธานมาตั้งแต่ปี 63 ก็กลับมาเป็นรองประธาน": the one who held a seat, taking another
_TURNS_TO = re.compile(
    rf"ส่วน\s*(?P<holder>(?:(?!ให้|ส่วน|ที่|ซึ่ง).){{4,120}}?)\s*(?:(?:ที่|ซึ่ง)(?:(?!ให้|ส่วน).){{0,80}}?)?\s*(?:ก็)?\s*"
    rf"(?:กลับ|เปลี่ยน|ย้าย)?(?:มา|ไป)เป็น\s*(?P<role>{ROLE_PATTERN})"
)
# "และ X ซึ่งเป็นรองประธานมาตั้งแต่ปี 2565 เป็นรองประธานคนที่สอง": who held a seat since then, and holds this one now
_HELD_SINCE = re.compile(
    rf"(?:^|\s)(?:และ|ส่วน)?\s*(?P<holder>(?:(?!ให้|ส่วน|ที่|ซึ่ง|และ).){{4,120}}?)\s*(?:ที่|ซึ่ง)(?:เคย)?เป็น\S{{2,60}}?"
    rf"มา(?:ตั้งแต่|จนถึง|แล้ว)\S*(?:\s+\S+){{0,4}}?\s+(?:ก็)?(?:ยัง(?:คง)?)?เป็น\s*(?P<role>{ROLE_PATTERN})"
)
# "ผู้ช่วยเลขานุการ ของจังหวัดอื่นที่ไม่ใช่กรุงเทพมหานคร จากเดิมที่เป็น X มติ... ให้เปลี่ยนเป็น Y": the seat, who held it,
# and who holds it now, in a handout's prose
_ROLE_WAS_NOW = re.compile(
    rf"(?:^|(?<=\s)|(?<=คือ))(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*(?:ของ[^\n]{{2,60}}?)?\s*"
    rf"จาก(?:เดิม)?(?:ที่)?(?:เป็น)?\s*(?P<old>[^\s][^\n]{{1,80}}?)\s+[^\n]{{0,60}}?(?:ให้)?(?:เปลี่ยน|ปรับ)(?:มา|ไป)?เป็น\s*"
    rf"(?P<holder>[^\s].{{1,150}}?){_STOP}"
)
# "เลขานุการเปลี่ยนเป็น X แทน Y", "ผู้ช่วยเลขานุการ กลับไปเป็น X": the seat first, then who takes it (in whose place)
_ROLE_BECOMES = re.compile(
    rf"(?:^|(?<=\s))(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*(?:ให้)?"
    rf"(?:(?:เปลี่ยน|ปรับ)(?:แปลง)?(?:ไป|มา)?|กลับ(?:ไป|มา)?)เป็น\s*"
    rf"(?P<holder>[^\s].{{1,150}}?)(?:\s+แทน\s*(?P<old>[^\s].{{1,150}}?))?{_STOP}"
)
# "ประธานคณะกรรมการ GCIO ได้แก่ X ซึ่ง...": a seat named first, then who holds it
_SEAT_IS = re.compile(
    rf"(?:^|(?<=\s)|(?<=ให้มี)|(?<=ให้มีตำแหน่ง)|(?<=จากนี้ไป)|(?<=ต่อไป))(?P<role>(?:รอง)?ประธาน(?:กรรมการ)?(?:คนที่\s*\S+)?|(?:กรรมการและ)?(?:ผู้ช่วย)?เลขานุการ)"
    rf"(?P<committee>{_COMMITTEE_TAIL})?\s*"
    # "ให้มีรองประธานขึ้นมาหนึ่งตำแหน่ง คือ X": a seat made, and who holds it
    r"(?:ขึ้น(?:มา|ใหม่)?\s*(?:อีก\s*)?(?:หนึ่ง|[\d๐-๙]+)?\s*(?:ตำแหน่ง|คน)?\s*)?"
    rf"(?:ได้แก่|คือ|ยังคงเป็น|ยังเป็น)\s*(?P<holder>[^\s].{{1,150}}?)(?:\s*แทน\s*(?P<old>[^\s].{{1,120}}?))?"
    rf"(?:(?=\s+(?:แต่|(?:รอง)?ประธาน|(?:กรรมการและ)?(?:ผู้ช่วย)?เลขานุการ))|{_STOP})"  # the next seat said
)


# "แต่กรรมการและเลขานุการเปลี่ยนจาก X เป็น Y": a seat changed, said inside a longer sentence
_SEAT_FROM_TO = re.compile(
    rf"(?:^|(?<=\s)|(?<=แต่))(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?\s*(?:ให้)?เปลี่ยน(?:แปลง)?จาก\s*"
    rf"(?P<old>[^\s].{{1,150}}?)\s+เป็น\s*(?P<holder>[^\s].{{1,150}}?){_STOP}"
)


def _spoken_seats(line: str, out: list[_Statement]) -> None:
    """A seat said as speech says it: "ประธาน... ต่อไปนี้เป็น X", "ส่วน Y ... ก็กลับมาเป็นรองประธาน"."""
    have = {(role_of(s.role_text), squash_text(s.holder or "")) for s in out}
    for m in [*_WAS_THEN.finditer(line), *_ROLE_FROM_NOW.finditer(line), *_TURNS_TO.finditer(line),
              *_HELD_SINCE.finditer(line), *_SEAT_IS.finditer(line), *_ROLE_WAS_NOW.finditer(line),
              *_ROLE_BECOMES.finditer(line), *_SEAT_FROM_TO.finditer(line)]:  # fmt: skip
        holder = _clean_holder(m.group("holder"))
        aside = re.search(r"\s*\([^()]*\)\s*$", holder)
        if aside and _ROLE.search(aside.group(0)) and not _ROLE.search(holder[: aside.start()]):
            holder = holder[
                : aside.start()
            ]  # "X (มติเดิมไม่มีการกำหนดตำแหน่งรองประธาน)": X, with an aside on the seat
        key = (role_of(m.group("role")), squash_text(holder))
        if not _plausible_holder(holder) or _ROLE.search(holder) or key in have:
            continue
        named = m.groupdict()
        committee = named.get("committee") or ""
        between = line[m.end("role") : m.start("holder")]
        label = re.match(
            r"[^:：]{1,40}[:：]", line
        )  # "สาระ (กรุงเทพมหานคร): ...": the whole line is Bangkok's
        own = label.group(0) if label and not re.search(r"นอกจาก|ยกเว้น|ไม่ใช่|อื่น", label.group(0)) else ""
        bangkok = bool(
            re.search(r"กรุงเทพ|กทม", committee + between + own)
            or _BANGKOK.search(line[max(0, m.start() - 40) : m.start()])
        ) and not re.search(r"(?:ไม่ใช่|นอกจาก|ยกเว้น|นอก)\s*(?:กรุงเทพ|กทม)", between)  # "จังหวัดอื่นที่ไม่ใช่ กทม."
        have.add(key)
        out.append(_Statement(role_text=m.group("role"), holder=holder, committee_text=committee,
                              replaced=_clean_holder(named.get("old") or "") or None,
                              variant="กรุงเทพมหานคร" if bangkok else None,
                              evidence=line[max(0, m.start() - 40) : m.end() + 40].strip()))  # fmt: skip


# "ส่วน X ซึ่งเป็นรองประธานมาตั้งแต่ปี 2565 นั้น ให้พ้นจากตำแหน่งรองประธานและคงเป็นกรรมการ...ต่อไป": one seat
# left, another kept or taken (who takes the seat left is said elsewhere)
_MOVED = re.compile(
    rf"(?:ส่วน|สำหรับ|^)\s*(?P<holder>(?:(?!ให้|ส่วน|สำหรับ).){{4,120}}?)\s*(?:ซึ่ง(?:(?!ให้).){{0,80}}?)?(?:\s*นั้น)?\s*"
    rf"ให้พ้นจาก(?:การเป็น|ตำแหน่ง)\s*(?P<left>{ROLE_PATTERN})(?:{_COMMITTEE_TAIL})?\s*(?:และ|แต่|โดย)?\s*(?:ให้)?\s*"
    rf"(?:ยัง)?(?:คง|ไป|ย้ายไป|กลับไป)?เป็น\s*(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?"
)


def _moved_seat(line: str, out: list[_Statement]) -> None:
    for m in _MOVED.finditer(line):
        holder = _clean_holder(m.group("holder"))
        have = {(s.role_text, squash_text(s.holder or "")) for s in out}
        if (
            _plausible_holder(holder)
            and not _ROLE.search(holder)
            and (m.group("role"), squash_text(holder)) not in have
        ):
            out.append(
                _Statement(
                    role_text=m.group("role"), holder=holder, committee_text=m.group("committee") or ""
                )
            )


_NEW_COLUMN = re.compile(r"ใหม่|ปรับปรุง|ครั้งนี้|ปัจจุบัน|แก้ไข|new|revised|amended", re.I)
_OLD_COLUMN = re.compile(r"เดิม|\bold\b|before|previous", re.I)


def _topic_row(c: Clause, out: list[_Statement]) -> None:
    """ "ประเด็น | ที่กำหนดไว้เดิม | ที่ปรับปรุงใหม่ | เหตุผล": a comparison table whose rows are topics.
    The new column is read as sentences ("X เป็นประธาน (คงเดิม) และให้ Y เป็นรองประธาน"), about the
    committee the topic cell names; the old column and the reasons are what it was and why."""
    new = [(h, v) for h, v in c.cells if _NEW_COLUMN.search(h) and not _OLD_COLUMN.search(h)]
    old = [(h, v) for h, v in c.cells if _OLD_COLUMN.search(h)]
    if len(new) != 1 or not old:
        return
    topic = next(
        (v for h, v in c.cells if (h, v) not in new and (h, v) not in old and not _REASON_COLUMN.search(h)),
        "",
    )
    # no topic column: the old cell's heading line ("คณะกรรมการ GCIO : ประธาน"), or the new cell's, names it
    heads = [topic, new[0][1].split("\n")[0], old[0][1].split("\n")[0]]
    committee = next((m for m in map(_COMMITTEE_IN_TOPIC.search, heads) if m), None)
    text = re.sub(r"\s*\((?:คงเดิม|ตามเดิม)\)", "", new[0][1])
    before = len(out)
    for line in text.split("\n"):  # a cell's lines ("<br>"): a heading, "องค์ประกอบ: ...", "หน้าที่: ..."
        for sentence in re.split(r"\s+(?=และ(?:ให้)?\s*\S+.{0,80}?เป็น)", line):
            _line_statements(
                c, re.sub(r"^และ\s*", "", sentence).strip(), out
            )  # a row is an item: "X เป็น ROLE"
    for st in out[before:]:
        if not st.committee_text and committee:
            st.committee_text = committee.group(0)


_COMMITTEE_IN_TOPIC = re.compile(r"คณะ(?:อนุ)?กรรมการ\S*(?:\s+[A-Z]{2,8}\b)?(?:\s*\([^()]{1,80}\))?")


def _role_label(m: re.Match[str], out: list[_Statement]) -> None:
    """ "ประธาน: X เป็นประธาน *โดย...* (เดิม: Y)", "กรรมการและเลขานุการ: เปลี่ยนจาก Y เป็น X และให้ Z
    เป็นกรรมการ", "ผู้ช่วยเลขานุการ: คงเดิม": the holder after the label, what it replaced, and any
    further statement the bullet goes on to make."""
    text = m.group("holder").strip()
    rest = ""
    tail = re.search(r"\s+(?:และ|ส่วน|โดย)?\s*ให้(?=\S)|\s+ส่วน(?=\S)", text)
    if tail:  # "... และให้หัวหน้าสำนักงานจังหวัดเป็นกรรมการ": a statement of its own
        text, rest = text[: tail.start()], text[tail.start() :].strip()
    # "ส่วนผู้อำนวยการ สพร. ให้เป็นกรรมการ": the holder named first, the role after "ให้เป็น"
    rest = re.sub(r"^ส่วน\s*(.+?)\s*ให้(?:ไป)?(?=เป็น)", r"ให้\1 ", rest)
    old = re.search(r"\s*\(เดิม\s*[:：]?\s*(?P<old>[^()]+(?:\([^()]*\)[^()]*)*)\)\s*$", text)
    replaced = None
    if old:
        text, replaced = (
            text[: old.start()],
            _clean_holder(re.sub(rf"\s*เป็น\s*(?:{ROLE_PATTERN})\s*$", "", old.group("old"))),
        )
    # "X เป็นประธาน โดย...", "X ซึ่งเป็นประธานมาตั้งแต่...": X
    text = re.sub(rf"\s*(?:ซึ่ง|ที่)?(?:ยังคง|คง)?เป็น\s*(?:{ROLE_PATTERN}).*$", "", text)
    text = re.sub(r"\s*[—–-]?\s*(?:\(?\s*(?:คงเดิม|ตามเดิม|ไม่เปลี่ยนแปลง)[^()]*\)?)\s*$", "", text)
    holder, changed_from = _changed(text)
    holder = re.sub(r"\s*\([^()]*(?:ใหม่|ครั้งนี้)[^()]*\)\s*$", "", holder).strip()
    if _plausible_holder(holder) and not _ROLE.fullmatch(holder):
        committee = m.group("committee") or ""
        out.append(_Statement(role_text=m.group("role"), holder=holder, replaced=changed_from or replaced,
                              committee_text=committee,
                              added=bool(m.group("more") or m.group("adds")) or "เพิ่ม" in (m.group("note") or ""),
                              variant="กรุงเทพมหานคร" if re.search(r"กรุงเทพ|กทม", committee) else None))  # fmt: skip
    for p in _PROSE.finditer(rest):
        other = _clean_holder(p.group("holder"))
        if _plausible_holder(other) and not _ROLE.search(other):
            out.append(_Statement(role_text=p.group("role"), holder=other, committee_text=p.group("committee") or "",
                                  replaced=_clean_holder(p.group("old") or "") or None))  # fmt: skip


# "โดยมี X เป็นประธานคณะทำงาน ผู้แทน A ผู้แทน B และผู้แทน C เป็นคณะทำงาน และ D เป็นคณะทำงานและเลขานุการ":
# the sentence goes on naming holders without another "ให้"
_CONTINUED = re.compile(
    rf"\s+(?:และ)?\s*(?P<holder>(?:ผู้|รอง|{TITLE_START})[^\n]{{1,200}}?)"
    rf"\s*{_VERB}\s*(?P<role>{ROLE_PATTERN})"
)


def _continued(line: str, at: int, out: list[_Statement]) -> None:
    while (m := _CONTINUED.match(line, at)) is not None:
        whole = _clean_holder(m.group("holder"))
        if _ROLE.search(whole) or "ให้" in whole:
            return
        several = re.split(r"\s+(?:และ)?(?=ผู้แทน)", whole) if whole.count("ผู้แทน") >= 2 else [whole]
        for holder in several:
            if _plausible_holder(holder):
                out.append(_Statement(role_text=m.group("role"), holder=holder))
        at = m.end()


# "(๑) X เป็นรองประธาน ... (๒) Y เป็นกรรมการและเลขานุการ และ (๓) Z เป็น...": a list written inside a sentence
_INLINE_MARK = re.compile(r"(?:^|\s)(?:และ\s*)?\((?:[๐-๙\d]{1,2}|[ก-ฮ])\)\s*")
_SEGMENT = re.compile(
    rf"^(?P<holder>[^\s(].{{2,200}}?)\s*(?:ยังคง|คง)?เป็น\s*(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?"
    rf"(?:\s*แทน\s*(?P<old>[^\s].{{0,120}}?){_NAME_STOP})?"
)


def _inline_items(line: str, out: list[_Statement]) -> None:
    parts = _INLINE_MARK.split(line)
    if len(parts) < 3:
        return
    have = {(role_of(s.role_text), squash_text(s.holder or "")) for s in out}
    for seg in parts[1:]:
        m = _SEGMENT.match(seg.strip())
        if not m:
            continue
        holder = _clean_holder(m.group("holder"))
        if "ให้" in holder or not _plausible_holder(holder) or _ROLE.search(holder):
            continue
        key = (role_of(m.group("role")), squash_text(holder))
        if key in have:
            continue
        have.add(key)
        out.append(_Statement(role_text=m.group("role"), holder=holder, committee_text=m.group("committee") or "",
                              replaced=_clean_holder(m.group("old") or "") or None,
                              variant="กรุงเทพมหานคร" if _BANGKOK.search(seg[:40]) else None))  # fmt: skip


_ENUM_ROLE = re.compile(rf"(?:เป็น|ทำหน้าที่)\s*(?P<role>{ROLE_PATTERN})(?P<committee>{_COMMITTEE_TAIL})?")
_ENUM_CUT = re.compile(
    rf".*(?:ดังนี้|ดังต่อไปนี้|ได้แก่|ประกอบด้วย|[:：]|(?:^|\s|โดย)มี(?=\s|ผู้|{TITLE_START}))\s*"
)  # "...มี X เป็นประธาน Y เป็น...", "...ภายใต้คณะกรรมการ GCIO มีผู้อำนวยการ สพธอ. เป็นประธาน"
# "ตั้ง "คณะทำงาน..." ... มี X เป็นประธาน": the seats listed after are the new body's
_SETS_UP = re.compile(
    r"(?:จัด)?ตั้ง\s*(?:[\"“](?P<quoted>คณะ[^\"”]{2,150})[\"”]|(?P<bare>คณะ(?:อนุ)?(?:กรรมการ|ทำงาน)\S+))"
)
_ENUM_LEAD = re.compile(r"^(?:โดย|และ|ทั้งนี้|ส่วน|สำหรับ|ให้)\s*")


# "ส่วนอนุกรรมการประกอบด้วยผู้แทน A B และ C", "คณะทำงานประกอบด้วยผู้แทน ดศ. สพร. และ สกมช.": the members, named
# as the agencies that send them, after the seats said before
_MADE_OF = re.compile(
    r"(?:^|(?<=\s)|(?<=ส่วน))(?P<role>(?:อนุ)?กรรมการ|คณะทำงาน)(?:อื่น(?:\s*ๆ)?)?\s*ประกอบด้วย\s*"
    r"(?P<holder>ผู้แทน\s?\S.{2,300}?)(?=\s+(?:มีหน้าที่|โดย|ทั้งนี้|ซึ่ง|เพื่อ|ให้|และมี)|\s*[;\n\"\u201d]|\s*$)"
)


def _made_of(line: str, out: list[_Statement]) -> None:
    have = {squash_text(s.holder or "") for s in out}
    for m in _MADE_OF.finditer(line):
        holder = _clean_holder(m.group("holder"))
        if _plausible_holder(holder) and squash_text(holder) not in have:
            out.append(_Statement(role_text=m.group("role"), holder=holder))


def _enumeration(line: str, out: list[_Statement]) -> None:
    """ "... มีองค์ประกอบ ดังนี้ A เป็นประธานกรรมการ โดยไม่มีตำแหน่งรองประธาน B C D เป็นกรรมการ E เป็นกรรมการ
    และเลขานุการ ...": a composition written as one sentence. Each holder runs from the end of the
    statement before it."""
    found = list(_ENUM_ROLE.finditer(line))
    if len(found) >= 2 and "ให้" in line:
        # "ให้คณะกรรมการแต่งตั้งคณะทำงาน... ประกอบด้วย X เป็นประธานคณะทำงาน Y Z เป็นคณะทำงาน ...": the
        # composition after "ประกอบด้วย" is a list however the sentence opens
        comp = list(re.finditer(r"ประกอบด้วย\s*", line))
        tail = line[comp[-1].end() :] if comp else ""
        if not tail or "ให้" in tail:
            return
        line, found = tail, list(_ENUM_ROLE.finditer(tail))
    if len(found) < 2 or "ให้" in line:  # "ให้ X เป็น ..." sentences are read one by one
        return
    stops = sorted([m.end() for m in _NO_ROLE.finditer(line)] + [m.end() for m in found])
    head = _ENUM_CUT.match(line[: found[0].start()])
    made = _SETS_UP.search(head.group(0)) if head else None
    body = (made.group("quoted") or made.group("bare")) if made else ""
    start = head.end() if head else 0
    have = {(role_of(s.role_text), squash_text(s.holder or "")) for s in out}
    for m in found:
        prior = [p for p in stops if start <= p <= m.start()]
        seg_start = max(prior) if prior else start
        holder = _clean_holder(_ENUM_LEAD.sub("", line[seg_start : m.start()].strip()))
        start = m.end()
        if (
            "ให้" in holder
            or not (3 <= len(holder) <= 400)
            or _KEEP.search(holder)
            or _REFERENCE.search(holder)
            or _dangling(holder)
            or holder.startswith("ตาม")
            or not _plausible_holder(holder)
        ):
            continue
        key = (role_of(m.group("role")), squash_text(holder))
        if key in have or any(k[0] == key[0] and (k[1] in key[1] or key[1] in k[1]) for k in have if k[1]):
            continue
        have.add(key)
        out.append(
            _Statement(role_text=m.group("role"), holder=holder, committee_text=m.group("committee") or body,
                       variant="กรุงเทพมหานคร" if _BANGKOK.match(line.strip()) else None)  # "สำหรับกรุงเทพมหานคร ..."
        )  # fmt: skip


# "ให้เพิ่มกรรมการอีก 2 ตำแหน่ง ได้แก่ X และ Y": seats added by naming the role first, then who takes them
_ADDED_LIST = re.compile(
    r"เพิ่ม(?:เติม)?\s*(?P<role>(?:อนุ)?กรรมการ|ผู้ช่วยเลขานุการ|ที่ปรึกษา)\s*(?:อีก)?\s*(?:[\d๐-๙]+|หนึ่ง|สอง|สาม|สี่|ห้า)?\s*"
    r"(?:ตำแหน่ง|คน|ราย)?\s*(?:ได้แก่|คือ|ประกอบด้วย)\s*(?P<list>\S.+?)"
    r"(?=\s+(?:โดย|ทั้งนี้|ส่วน|เพื่อ|ซึ่ง|องค์ประกอบ|หน้าที่|นอกจากนี้)|\s*[;]|\s*$)"
)


def _added_list(line: str, out: list[_Statement]) -> None:
    for m in _ADDED_LIST.finditer(line):
        names = [_clean_holder(n) for n in re.split(r"\s*,\s*|\s+และ\s*(?=\S)", m.group("list"))]
        have = {squash_text(s.holder or "") for s in out}
        for name in names:
            if _plausible_holder(name) and _AGENCY.search(name) and squash_text(name) not in have:
                out.append(_Statement(role_text=m.group("role"), holder=name, added=True))


def squash_text(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _agency_tail(text: str, glossary: Glossary) -> tuple[str, str] | None:
    """Split "issue ... สำนักงาน ก.พ. และหน่วยงานที่เกี่ยวข้อง" into (issue, agencies) when a table
    row lost its line break: the tail is a run of known agencies ending the row."""
    tail = re.search(r"(?:และ|/)?\s*หน่วยงานที่เกี่ยวข้อง\s*$", text)
    if not tail:
        return None
    anchors = [s for _, s, _ in glossary.find(text[: tail.start()]) if s >= tail.start() - 60]
    if anchors:
        start = min(anchors)
        m = re.search(r"(สำนักงาน|กระทรวง|กรม)\s*$", text[:start])  # "สำนักงาน ก.พ."
        if m:
            start = m.start(1)
    else:
        start = text.rfind(" ", 0, max(tail.start() - 1, 0)) + 1
    issue, agencies = text[:start].strip(), text[start:].strip()
    return (issue, agencies) if issue and agencies else None


_NOTE_TAIL = re.compile(r"\s*\((?P<note>[^()]*(?:เดิม|ใหม่|ปรับปรุง|แทน|เพิ่มเติม|ยกเลิก)[^()]*)\)\s*$")


def _annotated(agencies: str) -> tuple[str, str | None]:
    """ "สพธอ. และหน่วยงานที่เกี่ยวข้อง (ปรับปรุงใหม่ แทน ดศ. และ สพร.)" -> the agencies, and whom they replaced."""
    m = _NOTE_TAIL.search(agencies)
    if not m:
        return agencies, None
    replaced = re.search(r"(?:แทน|^เดิม\s*[:：]?)\s*(.+)$", m.group("note"))  # "(... แทน X)", "(เดิม: X)"
    return agencies[: m.start()].strip(), replaced.group(1).strip() if replaced else None


# "เจ้าภาพหลัก ประเด็นที่ 2 (TITLE)", "๔. ผู้รับผิดชอบหลักประเด็นที่ ๓ TITLE", "๕. ประเด็นเพิ่มเติม (ประเด็นที่ ๗)"
_ROW_ISSUE = re.compile(
    rf"^(?:[\d๐-๙]{{1,2}}[.)]\s*)?(?:{_LEAD_WORD}|กลไก|ประเด็น(?:ใหม่|เพิ่มเติม))?\s*\(?ประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<no>[\d๐-๙]{{1,2}})\)?"
    rf"\s*(?:\((?P<title>[^)]{{2,200}})\)|(?P<title2>[^()|]{{2,250}}))?\s*$"
)
_ROW_LEAD = re.compile(rf"^(?P<what>.+?)\s*{_LEAD_WORD}\s*[:：]\s*(?P<who>.+)$")


def _lead_row(cells: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    """A row of an old-vs-new table: "เจ้าภาพหลัก ประเด็นที่ 2 (TITLE) | OLD | NEW", or "ประเด็นใหม่ ประเด็นที่ 8 |
    - | TITLE เจ้าภาพหลัก: X"."""
    for i, (_, v) in enumerate(cells):
        m = _ROW_ISSUE.match(v.strip())
        if not m:
            continue
        fresh = [(h, x) for j, (h, x) in enumerate(cells) if j != i and x.strip() not in ("", "-", "–")
                 and not re.search(r"เดิม|\bold\b", h, re.I) and not re.fullmatch(r"[\d๐-๙().]+", x.strip())]  # fmt: skip
        fresh = [(h, x) for h, x in fresh if not re.search(r"เหตุผล|หมายเหตุ|reason|note", h, re.I)] or fresh
        if not fresh:
            return []
        marked = [x for h, x in fresh if _NEW_COLUMN.search(h)]  # "ที่ปรับปรุงใหม่", not "เหตุผล"
        new = (marked or [fresh[-1][1]])[-1].strip()
        old = next((x for h, x in cells if re.search(r"เดิม", h) and x.strip() not in ("", "-")), None)
        number = m.group("no").translate(ARABIC_DIGITS)
        title = m.group("title") or m.group("title2") or ""
        lead = _ROW_LEAD.match(new)
        if lead:  # a new issue: its title and its lead agencies in one cell
            title = re.sub(r"^ประเด็น(?:ลำดับ)?(?:ที่)?\s*[\d๐-๙]{1,2}\s*", "", lead.group("what").strip())
            new = lead.group("who").strip()
        if _KEEP.fullmatch(new) or not _AGENCY.search(new):
            return []
        parts = _ISSUES_APART.split(f"ประเด็นที่ {number} {title}".strip())
        if len(parts) > 1 and all(
            _ROW_ISSUE.match(p) for p in parts
        ):  # "ประเด็นที่ 1 X และประเด็นที่ 2 Y": one row, two issues
            return [
                (re.sub(r"\s*\(คงเดิม\)\s*$", "", p).strip(), new, _clean_holder(old) if old else None)
                for p in parts
            ]
        return [(f"ประเด็นที่ {number} {title}".strip(), new, _clean_holder(old) if old else None)]
    return []


_ISSUES_APART = re.compile(r"\s*(?:และ|,|、|;)\s*(?=ประเด็น(?:ลำดับ)?(?:ที่)?\s*[\d๐-๙]{1,2}\b)")


def _agency_first(cells: list[tuple[str, str]]) -> tuple[int, int] | None:
    """(agency column, issue column) of a table that lists agencies first and the issues each leads."""
    heads = [h for h, _ in cells]
    agency = next((i for i, h in enumerate(heads) if re.search(r"หน่วยงาน|agency", h, re.I)
                   and not re.search(r"ประเด็น", h)), None)  # fmt: skip
    issue = next((i for i, h in enumerate(heads) if re.search(r"ประเด็น|issue", h, re.I)), None)
    if agency is None or issue is None or agency > issue:
        return None
    return agency, issue


_ISSUE_PART = re.compile(r"ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?(?P<no>[\d๐-๙]{1,2})\)?\s*(?P<rest>.*)$")


def _agency_tables(clauses: Sequence[Clause], dates: Mapping[str, dt.date]) -> list[LeadFact]:
    """ "| สพร. | ประเด็นที่ 1 ... (เจ้าภาพหลัก); ประเด็นที่ 3 ... (ร่วมกับ สคก.) |", "| สำนักงาน ก.พ. | ประเด็นที่ 4
    (หน่วยงานสนับสนุน) |": one lead per issue, gathered from every row of the table that names it."""
    tables: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.cells and c.kind == "item" and _agency_first(c.cells):
            tables.setdefault(c.parent or c.uid, []).append(c)
    out: list[LeadFact] = []
    for rows in tables.values():
        issues: dict[str, dict] = {}
        for c in rows:
            columns = _agency_first(c.cells)
            assert columns is not None
            agency = c.cells[columns[0]][1].strip()
            for part in re.split(
                r"\s*;\s*|\s*(?:และ|,)\s*(?=ประเด็น(?:ลำดับ)?(?:ที่)?\s*[\d๐-๙])", c.cells[columns[1]][1]
            ):
                m = _ISSUE_PART.match(part.strip())
                if not m or not agency:
                    continue
                title, notes = m.group("rest").strip(), []
                while (note := re.search(r"\s*\(([^()]*)\)\s*$", title)) is not None:
                    notes.insert(0, note.group(1))
                    title = title[: note.start()].strip()
                said = " ".join(notes)
                entry = issues.setdefault(
                    m.group("no").translate(ARABIC_DIGITS), {"lead": [], "support": [], "title": "", "row": c}
                )
                if len(title) > len(entry["title"]):
                    entry["title"], entry["row"] = title, c
                side = "support" if "สนับสนุน" in said else "lead"
                partner = re.search(r"ร่วมกับ\s*([^;)]+)", said)
                for name in [agency, *([partner.group(1).strip()] if partner and side == "lead" else [])]:
                    if not any(
                        squash_text(name) in squash_text(x) or squash_text(x) in squash_text(name)
                        for x in entry[side]
                    ):
                        entry[side].append(name)
                    if name == agency and side == "lead" and re.search(r"เจ้าภาพหลัก|หน่วยงานหลัก", said):
                        entry[side].sort(
                            key=lambda x: squash_text(x) not in squash_text(agency)
                        )  # the main one first
        for no, entry in issues.items():
            if not entry["lead"]:
                continue
            c = entry["row"]
            support = f" (หน่วยงานสนับสนุน: {', '.join(entry['support'])})" if entry["support"] else ""
            out.append(LeadFact(
                id=f"lead:{c.uid}:agency{no}", issue=entry["title"] or f"ประเด็นที่ {no}", number=f"{no})",
                agencies=" และ ".join(entry["lead"]) + support, by_number=True, clause=c.uid, doc_id=c.doc_id,
                date=_effective_date(c, dates), status=c.status,
            ))  # fmt: skip
    return out


_LEADS_INTRO = re.compile(rf"{_LEAD_WORD}\S{{0,40}}(?:\s+\S+){{0,6}}?\s*(?:ดังนี้|ดังต่อไปนี้|[:：])\s*$")
_LEAD_UNDER = re.compile(
    # (not "ประเด็นที่ 1 ถึงประเด็นที่ 4 ให้คงผู้รับผิดชอบหลักไว้ตามมติ...": a range kept as it was)
    r"^ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?(?P<no>[\d๐-๙]{1,2})\)?\s+(?!ถึง|-|–)(?P<what>\S.{1,250}?)\s+ให้\s*(?!คง|ยังคง)(?P<who>[^\s].{0,160}?)\s*$"
)


_LEAD_ARROW = re.compile(
    r"^ประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<no>[\d๐-๙]{1,2})\s*(?:\((?P<aside>[^()]+)\))?\s*(?P<title>[^→]*?)\s*(?:→|->|⇒)\s*(?P<rest>\S.*)$"
)
_ARROW_NOW = re.compile(rf"^(?:เหลือ|ให้|เปลี่ยนเป็น|เป็น)?\s*(?P<who>\S.{{0,120}}?)\s*(?:เป็น|ร่วมเป็น){_LEAD_WORD}")
_ARROW_ADDS = re.compile(
    rf"^เพิ่ม\s*(?P<add>\S.{{0,120}}?)\s*(?:เป็น|ร่วมเป็น){_LEAD_WORD}\S*\s*ร่วมกับ\s*(?P<with>\S.{{0,120}}?)\s*$"
)
_ARROW_NAMED = re.compile(rf"^{_LEAD_WORD}\s*(?:คือ|[:：])?\s*(?P<who>\S.{{0,160}})$")


# "ที่สำคัญคือเรื่อง TITLE เดิม...", "ครม. เพิ่มประเด็นใหม่ คือ TITLE ให้ ...": the issue a speaker names
_SPOKEN_TOPIC = re.compile(
    r"(?:เรื่อง|ประเด็น(?:ใหม่)?\s*คือ)\s*(?P<topic>[^\s].{4,200}?)(?=\s+(?:เดิม|ให้|ครั้งนี้|โดย|ซึ่ง|ก็|ส่วน)|\s*$)"
)


def _arrow_lead(line: str) -> tuple[str, str, str | None] | None:
    """A summary's arrow: "ประเด็นที่ 9 (ใหม่) TITLE → เจ้าภาพ สพร. + สพธอ.", "ประเด็นที่ 7 (...) → ยกเลิก...",
    "ประเด็นที่ 8 (...) → เพิ่ม สคส. เป็นเจ้าภาพร่วมกับ สพร. และ สสช.": the issue, its leads now."""
    m = _LEAD_ARROW.match(line.strip())
    if m is None:
        return None
    aside, title = (m.group("aside") or "").strip(), m.group("title").strip()
    title = title if not aside or re.fullmatch(r"ใหม่|new|เพิ่ม(?:เติม|ใหม่)?", aside, re.I) else aside
    issue = f"ประเด็นที่ {m.group('no').translate(ARABIC_DIGITS)} {title}".strip()
    rest = re.sub(r"\s*\+\s*", " และ ", m.group("rest").strip())
    if rest.startswith("ยกเลิก"):
        return issue, rest, None  # read as the issue ended
    adds = _ARROW_ADDS.match(rest)
    if adds:
        return issue, _clean_holder(f"{adds.group('with')} และ {adds.group('add')}"), None
    named = _ARROW_NOW.match(rest) or _ARROW_NAMED.match(rest)
    if named and _AGENCY.search(who := _clean_holder(named.group("who"))):
        return issue, who, None
    return None


def _own_title(what: str) -> str:
    """ "(การสร้างการรับรู้...) เปลี่ยน จากเดิม...": the title in brackets after the number, not the line's rest."""
    what = _ANNOTATION.sub(" ", what).strip()  # "(เพิ่มใหม่) TITLE": a mark, not the title
    m = re.match(r"\(([^()]{5,200})\)", what)
    return m.group(1).strip() if m else what


def lead_statements(
    c: Clause, glossary: Glossary, before: str = "", intro: str = ""
) -> list[tuple[str, str, str | None]]:
    """(issue, agencies, replaced) statements of one clause; `before` is the text just before it, where an
    issue restated in quotes may stand while its lead follows ("โดยให้ X เป็นเจ้าภาพร่วม"); `intro` is the
    clause it is listed under, which may say once what every item's "ให้ X" is ("เป็นเจ้าภาพหลัก ดังนี้")."""
    if c.kind not in ("item", "paragraph"):
        return []
    row = compared(c)
    if row is not None:  # "ประเด็นที่ 2) TITLE: OLD | ประเด็นที่ 2): NEW | เหตุผล"
        plain, was = row
        issue = re.search(r"ประเด็น", plain.label or "")  # "ตารางผู้รับผิดชอบหลัก ประเด็น 3) ...": from "ประเด็น" on
        if plain.label and plain.detail and issue and issue.start() <= 30 and _AGENCY.search(plain.detail):
            old = re.sub(r"\s*\(ตามมติ[^()]{0,80}\)", "", was).strip() if was else None
            return [
                (
                    plain.label[issue.start() :].strip(),
                    plain.detail.strip(),
                    old if old and old != plain.detail.strip() else None,
                )
            ]
    if c.cells and _agency_first(c.cells):
        return []  # read with its whole table (_agency_tables)
    if c.cells:
        changed = _lead_row(c.cells)
        if changed:
            return changed
    stray = c.text.startswith(c.label or "\0") or "เดิม" in (c.label or "")  # "ผู้รับผิดชอบหลัก (เดิม): X" alone
    if c.label and LEAD_KEYS.search(c.label) and not _ROLE_ALONE.match(c.label) and not stray:
        if c.detail and c.text.strip() and not re.fullmatch(r"[\d().\s]+", c.text):
            agencies, replaced = _annotated(c.detail.strip())
            return [(c.text.strip(), agencies, replaced)]
        split = _agency_tail(c.text, glossary)
        if split:
            return [(split[0], split[1], None)]
    own = (
        _ISSUE_LINE.match(before.strip()) if stray and c.label and c.detail and "เดิม" not in c.label else None
    )
    if own and LEAD_KEYS.search(c.label or ""):  # "ประเด็นที่ 3 TITLE" / "ผู้รับผิดชอบหลัก: X": the issue just above
        agencies, replaced = _annotated((c.detail or "").strip())
        if _AGENCY.search(agencies):
            issue = f"ประเด็นที่ {own.group('no').translate(ARABIC_DIGITS)} {_own_title(own.group('what'))}"
            return [(issue, agencies, replaced)]
    out = []
    # (an English line restated as several statements, " ; " between them: each read on its own)
    for line in [part for ln in _clause_lines(c) for part in ln.split(" ; ")]:
        # "ประเด็นTITLE (ประเด็นที่ 3) ให้ X เป็นผู้รับผิดชอบหลัก": the issue by its number, as the grammar reads it
        line = _NUMBER_AFTER.sub(r"ประเด็นที่ \g<no> \g<title>", line)
        # '"๗) TITLE — ผู้รับผิดชอบหลัก: X"': a new issue's row quoted whole, its lead after the dash
        row = _QUOTED_ROW.match(line.strip())
        if row and _AGENCY.search(row.group("who")):
            issue = f"ประเด็นที่ {row.group('no').translate(ARABIC_DIGITS)} {row.group('what').strip()}"
            out.append((issue, _clean_holder(row.group("who")), None))
            continue
        prose = [
            (issue, agencies, _clean_holder(old or "") or None)
            for issue, said, old in prose_leads(line, f"{before}\n{c.text}")
            if _AGENCY.search(agencies := _clean_holder(said))
        ]
        if prose:  # "เรื่อง TITLE ซึ่งเดิม... ให้เปลี่ยนเป็น Y", "ให้ Y ร่วมเป็นผู้รับผิดชอบหลักกับ X"
            out += prose
            continue
        arrow = _arrow_lead(line)
        if arrow is not None:  # "ประเด็นที่ 2 (TITLE) → เหลือ สพร. เป็นเจ้าภาพหลักหน่วยเดียว"
            out.append(arrow)
            continue
        under = _LEAD_UNDER.match(line) if intro and _LEADS_INTRO.search(intro) else None
        if under and _AGENCY.search(who := _clean_holder(under.group("who"))):
            # "ให้หน่วยงานต่อไปนี้เป็นเจ้าภาพหลัก ดังนี้" / "(๓) ประเด็นลำดับที่ ๓ TITLE ให้ สพร.": the lead said above
            out.append(
                (
                    f"ประเด็นที่ {under.group('no').translate(ARABIC_DIGITS)} {under.group('what').strip()}",
                    who,
                    None,
                )
            )
            continue
        numbered = []
        for m in _LEAD_NUMBERED.finditer(line):
            who = _clean_holder(m.group("who"))
            if not _AGENCY.search(who):
                continue
            numbered.append(m.span())
            if m.group("with"):
                who = f"{who} {m.group('with').strip()}"
            issue = f"ประเด็นที่ {m.group('no').translate(ARABIC_DIGITS)} {m.group('what').strip()}"
            out.append((issue, who, _clean_holder(m.group("old") or "") or None))
        bare = _LEAD_BARE.search(line)  # "โดยให้ X และ Y เป็นเจ้าภาพร่วม" ending the line: the issue is above
        if bare and not numbered:
            own = _ISSUE_LINE.search(c.text) or _ISSUE_LINE.search(before)
            who = _clean_holder(bare.group("who"))
            if own and _AGENCY.search(who):
                issue = f"ประเด็นที่ {own.group('no').translate(ARABIC_DIGITS)} {_own_title(own.group('what'))}"
                out.append((issue, who, None))
                continue
        for m in _LEAD_PROSE.finditer(line):
            if any(a <= m.start() < b for a, b in numbered):
                continue
            if (
                re.match(
                    r"(?:และ|โดย|ทั้งนี้|ซึ่ง|ร่วมกับ|แต่(?:เพียง)?ผู้เดียว|แต่เพียง|เพียง|หน่วยงานเดียว)", m.group("what")
                )
                or len(m.group("what").strip()) < 3
            ):
                own = _ISSUE_LINE.search(c.text) or _ISSUE_LINE.search(before)  # under the issue it restates
                who = _clean_holder(m.group("who"))
                if own and _AGENCY.search(who):
                    issue = (
                        f"ประเด็นที่ {own.group('no').translate(ARABIC_DIGITS)} {_own_title(own.group('what'))}"
                    )
                    out.append((issue, who, _clean_holder(m.group("old") or "") or None))
                continue
            what = re.sub(r"\s*\.\.\..*$|\s*\?.*$|\s*\(ถ้อยคำ.*$", "", m.group("what")).strip()
            who = _clean_holder(m.group("who"))
            if _INTRODUCES.search(what) or not _AGENCY.search(who):
                continue
            if re.match(r"(?:ร่วมกัน|ด้วย)?\s*(?:นะ)?(?:ครับ|ค่ะ|คะ)", what) or what == "ร่วมกัน":
                # "...ครั้งนี้ ครม. ให้ X เป็นเจ้าภาพหลักครับ": speech names the issue before, not after
                said = list(_SPOKEN_TOPIC.finditer(line[: m.start()]))
                if not said:
                    continue
                what = said[-1].group("topic").strip()
            out.append((what, who, _clean_holder(m.group("old") or "") or None))
        for m in [*_LEAD_FROM_TO.finditer(line), *_LEAD_CHANGE.finditer(line)]:
            out.append(
                (
                    m.group("what").strip(),
                    _clean_holder(m.group("who").strip('"“”')),
                    _clean_holder(m.group("old").strip('"“”')),
                )
            )
    return out


_CELL = re.compile(
    r"ยกเลิก(?:ข้อ)?ความ(?:ใน)?\s*(?:ช่อง|คอลัมน์|ส่วน)?\s*\"?(?P<col>[^\"]{0,40}?)(?=\"|\s|ของ)\"?\s*(?P<rest>.*?)ให้ใช้(?:ความ|ข้อความ)"
)
_CELL_ROLE = re.compile(rf"ของ(?:ตำแหน่ง)?\s*(?P<role>{ROLE_PATTERN})")
_CELL_ISSUE = re.compile(
    r"ของประเด็น(?:ลำดับ)?(?:ที่)?\s*(?P<num>\d{1,2})\s*(?P<issue>.*?)\s*(?:ตาม(?:ส่วน|ข้อ|มติ)|$)"
)


def _cell_replacements(clauses: Sequence[Clause], children: Mapping[str, list[Clause]]):
    """An order that replaces one cell of an earlier table: the new value is the quoted text after it."""
    order = {c.uid: i for i, c in enumerate(clauses)}
    for c in clauses:
        m = _CELL.search(c.text.split("\n")[0])
        if not m:
            continue
        own = [ln.strip() for ln in c.text.split("\n")[1:] if re.match(r'\s*["“]', ln)]
        kids = [k for k in children.get(c.uid, []) if k.kind in ("paragraph", "heading", "item")]
        nxt = kids[0] if kids else (clauses[order[c.uid] + 1] if order[c.uid] + 1 < len(clauses) else None)
        if not own and (nxt is None or nxt.doc_id != c.doc_id):
            continue
        # the quoted new wording on the clause's own next line, else the clause after it
        value = (own[0] if own else nxt.text.split("\n")[0]).strip(' "“”')
        said = re.match(rf"^(?P<who>.+?)\s*เป็น{_LEAD_WORD}\s*(?P<rest>.*)$", value)
        if said and LEAD_KEYS.search(m.group("col")):  # '"X เป็นผู้รับผิดชอบหลัก โดยมี Y เป็นหน่วยงานสนับสนุน"'
            value = f"{said.group('who')} {said.group('rest')}".strip()
        role = _CELL_ROLE.search(m.group("rest"))
        if role and not LEAD_KEYS.search(m.group("col")):
            yield c, role.group("role"), _clean_holder(value), "", None, ""
            continue
        issue = _CELL_ISSUE.search(m.group("rest"))
        if issue and LEAD_KEYS.search(m.group("col")):
            yield (
                c,
                "",
                None,
                issue.group("issue").strip(" )") or f"ประเด็นที่ {issue.group('num').translate(ARABIC_DIGITS)}",
                issue.group("num").translate(ARABIC_DIGITS),
                value,
            )


def _cancelled_issues(c: Clause, dates: Mapping[str, dt.date], before: str = "") -> list[LeadFact]:
    """Issues a decision ends: cancelled outright, or merged into another (its number is no longer used);
    "ยกเลิกประเด็นนี้..." under a line that names the issue by its title (`before`) ends that one."""
    out = []
    titled = re.fullmatch(r"(?:ประเด็น)?เรื่อง\s*(?P<title>[^\s\d]\S.{3,200})", before.strip())
    if titled and re.match(r"(?:ให้)?ยกเลิกประเด็น(?:นี้|ดังกล่าว)", c.text.strip()):
        return [LeadFact(
            id=f"lead:{c.uid}:end:0", issue=titled.group("title").strip(), agencies="", cancelled=True,
            evidence=cut_sentence(c.text), clause=c.uid, doc_id=c.doc_id, date=_effective_date(c, dates),
            status=c.status,
        )]  # fmt: skip
    for line in _clause_lines(c):
        found = [
            (
                m.group("no"),
                re.sub(r"^(?:และ|โดย|ตาม|ซึ่ง|เนื่องจาก).*$", "", (m.group("what") or "").strip()),
                line,
            )
            for m in _ISSUE_CANCEL.finditer(line)
        ]
        found += [
            (m.group("no"), f"(รวมเข้ากับประเด็นที่ {m.group('into')})", line) for m in _ISSUE_MERGE.finditer(line)
        ]
        if not found:
            for title in ended_titles(line):
                out.append(LeadFact(
                    id=f"lead:{c.uid}:end:{len(out)}", issue=title, agencies="", cancelled=True,
                    evidence=cut_sentence(line), clause=c.uid, doc_id=c.doc_id, date=_effective_date(c, dates),
                    status=c.status,
                ))  # fmt: skip
        for no, what, said in found:
            number = f"{no.translate(ARABIC_DIGITS)})"
            if any(f.number == number for f in out):
                continue  # "... folded into Issue 4. Issue 3 as a separate item is cancelled": said once already
            out.append(LeadFact(
                id=f"lead:{c.uid}:end{number}", issue=what.strip() or f"ประเด็นที่ {no}", agencies="", number=number,
                cancelled=True, evidence=cut_sentence(said), clause=c.uid, doc_id=c.doc_id,
                date=_effective_date(c, dates), status=c.status,
            ))  # fmt: skip
    return out


# "Terms of Reference: Sub-Committee on X", "กฎบัตรคณะทำงาน X": a document whose title is one body
_ABOUT_ONE_BODY = re.compile(
    r"^\s*(?:(?:terms\s+of\s+reference|tor|charter|กฎบัตร|ขอบเขต\S*|คำสั่งแต่งตั้ง)\s*(?:of|for|ของ)?\s*[:：—–-]?\s*)?"
    r"(?:the\s+)?(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน|(?:[A-Z][\w-]*\s+){0,6}?(?:sub-?committee|working\s+group|task\s*force))",
    re.I,
)
_NUMBER_AFTER = re.compile(
    r"ประเด็น(?!ที่|ลำดับ)(?P<title>\S[^()\n]{3,250}?)\s*\(ประเด็น(?:ที่|ลำดับที่)\s*(?P<no>[\d๐-๙]{1,2})\)"
)


def _activity_row(c: Clause) -> bool:
    """A row of a plan's table of activities ("ที่ | แผนงาน/กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา"): who does a task,
    not the lead of an issue of the guideline."""
    return bool(c.cells) and (
        any(
            "|" in p and _ACTIVITY_HEAD.search(p) and not re.search(r"ประเด็น|\bissue", p, re.I)
            for p in c.path
        )
        # "| ลำดับ | ประเด็นตามมติ | หน่วยงานรับผิดชอบ | กำหนดเวลา | สถานะ |": a follow-up report's tasks, each
        # with its deadline and progress, not the guideline's table of issues
        or sum(1 for h, _ in c.cells if _TASK_COLUMN.search(h)) >= 2
    )


_TASK_COLUMN = re.compile(r"กำหนดเวลา|ระยะเวลา|สถานะ|ความคืบหน้า|ผลการดำเนินการ|deadline|status|progress", re.I)
_ACTIVITY_HEAD = re.compile(r"แผนงาน|กิจกรรม|โครงการ|\bactivit|\btasks?\b|\bactions?\b", re.I)
_VACANT = re.compile(
    r"vacant|merged\s+into|cancell?ed|abolished|deleted|ยกเลิก|ว่าง|รวม(?:เข้า)?(?:กับ|ไว้ใน|ใน)", re.I
)


def cut_sentence(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


def _english_evidence(original: Clause, restated: Clause, st: _Statement) -> str:
    """The English line a restated statement came from (lines are restated one for one)."""
    theirs, ours = original.text.split("\n"), restated.text.split("\n")
    for mine, line in zip(ours, theirs, strict=False):
        if st.holder and st.holder in mine:
            return line.strip()[:220]
    return ""


def _effective_date(c: Clause, dates: Mapping[str, dt.date]) -> dt.date | None:
    if c.status == "superseded" and c.quoted_from and c.quoted_from in dates:
        return dates[c.quoted_from]
    return c.doc_date


_PARTNER = re.compile(
    r"เพื่อ(?:เชื่อม|ประสาน)\S{0,10}\s*(?:คณะกรรมการ\s*)?[A-Z]{2,8}\b"
    r"|\((?:ซึ่ง|ที่)[^()]{0,80}\)"  # "เลขาธิการ ก.พ. (ซึ่งไปเป็นเลขานุการคณะกรรมการ GCIO)": an aside on the holder
)


class _Context:
    """Which committee a clause is about: its own words, its headings, or what the document last named."""

    def __init__(self, clauses: Sequence[Clause], registry: Committees, by_uid: Mapping[str, Clause]) -> None:
        self.by_uid = by_uid
        self.registry = registry
        self.own: dict[str, list[str]] = {}
        self.before: dict[str, list[str]] = {}  # committees named earlier in the same document, nearest last
        self.terms = BodyTerms(definitions(clauses), self._mention_of)
        history: dict[str, list[str]] = {}
        for title in dict.fromkeys(
            (c.doc_id, c.doc_title) for c in clauses if _ABOUT_ONE_BODY.match(c.doc_title)
        ):
            # "Terms of Reference: Sub-Committee on X (คณะอนุกรรมการ...)": the body a document is about, by both names
            registry.read(title[1], title[0], 0)
        named: dict[str, list[str]] = {}
        for (
            c
        ) in clauses:  # every name first: a body named in English before its Thai name is given is that one
            text = self.terms.spell_out(
                c.doc_id, "\n".join([c.text, c.detail or "", *(v for _, v in c.cells)])
            )
            registry.renamed(text, c.doc_id, c.line, named.get(c.doc_id, []))
            named.setdefault(c.doc_id, []).extend(registry.read(text, c.doc_id, c.line))
        for c in clauses:
            text = self.terms.spell_out(
                c.doc_id, "\n".join([c.text, c.detail or "", *(v for _, v in c.cells)])
            )
            # "เพิ่ม X เป็นกรรมการ เพื่อเชื่อมกับ PCIO": a body the seat links with is not the seat's
            text = _PARTNER.sub(" ", text)
            keys = registry.read(text, c.doc_id, c.line) + [k for k in registry.named_in(text) if k]
            seen: list[str] = []
            for k in keys:
                if k not in seen:
                    seen.append(k)
            self.own[c.uid] = seen
            self.before[c.uid] = list(history.get(c.doc_id, []))
            history.setdefault(c.doc_id, []).extend(seen)

        # "Terms of Reference: Sub-Committee on X": the one body a document is about, found once per document
        self.titled: dict[str, str] = {}
        for doc_id, title in dict.fromkeys(
            (c.doc_id, c.doc_title) for c in clauses if _ABOUT_ONE_BODY.match(c.doc_title)
        ):
            subs = {k for k in registry.named_in(title) if (b := registry.get(k)) and b.sub}
            if len(subs) == 1:
                self.titled[doc_id] = subs.pop()

    def _mention_of(self, name: str, doc_id: str, line: int) -> str | None:
        """How a defined term is spelt out: a mention the registry reads as that body (defined where it is)."""
        keys = self.registry.read(name, doc_id, line)
        body = self.registry.get(keys[0]) if keys else None
        if body is None:
            return None
        return f"{body.prefix} {body.key}" if re.fullmatch(r"[A-Z][A-Za-z]{1,12}", body.key) else body.name

    def _represented_only(self, text: str, key: str) -> bool:
        item = self.registry.get(key)
        forms = [a for a in (item.aliases if item else []) if len(a) >= 3]
        spots = [m.start() for a in forms for m in re.finditer(re.escape(a), text)]
        return bool(spots) and all(
            # "โดยมีผู้แทน คพร.", "จัดตั้งภายใต้ PCIO ทุกจังหวัด": a body that sends one, or the one it sits under;
            # "จาก MCIO DCIO และ PCIO": the officers of a level, named beside the others
            re.search(
                r"(?:ผู้แทน\s*(?:สำนักงาน)?|ภายใต้\s*(?:คณะกรรมการ)?|\bunder\s+(?:the\s+|its\s+)?|DCIO\s*(?:และ|,|and)?)\s*$",
                text[max(0, i - 20) : i],
            )
            for i in spots
        )

    def committee(
        self,
        c: Clause,
        statement_text: str,
        sub: bool,
        holder: str | None = None,
        kind: str = "",
        whole: bool = False,
    ) -> str | None:
        """`kind`: the body the role names ("ประธานคณะทำงาน": a คณะทำงาน), preferred among those named."""
        statement_text = self.terms.spell_out(c.doc_id, statement_text)
        in_holder = set(self.registry.named_in(holder)) if holder else set()

        def pick(keys: Iterable[str]) -> str | None:
            keys = [k for k in keys if self.registry.get(k) is not None and k not in in_holder]
            if not keys:
                return None
            if kind:
                same = [k for k in keys if self.registry.items[k].prefix == kind]
                if same:
                    return same[0]
            if sub:
                subs = [k for k in keys if self.registry.items[k].sub]
                if subs:
                    return subs[0]
            return keys[0]

        direct = pick(self.registry.named_in(statement_text)) if statement_text else None
        if direct:
            return direct
        # "โดยมีผู้แทน คพร. เป็นคณะทำงาน": a body that sends a representative is not the one the seats are of
        named = [k for k in self.own.get(c.uid, []) if not self._represented_only(c.text, k)]
        if len(named) >= 2 and holder and holder in c.text:
            # "ให้ X เป็นประธานคณะกรรมการ A ... ส่วนคณะกรรมการ B ของจังหวัดอื่น ให้ Y เป็นประธาน": Y's is B,
            # the committee the sentence turns to ("ส่วน", "สำหรับ") right before Y
            turns = list(re.finditer(r"(?:ส่วน|สำหรับ)(?:ใน)?(?:ของ)?\s*(คณะ(?:อนุ)?กรรมการ\s?\S+(?:\s+[A-Z]{2,8}\b)?)",
                                     c.text[: c.text.find(holder)]))  # fmt: skip
            if turns:
                found = pick(self.registry.named_in(turns[-1].group(1)))
                if found:
                    return found
        own = pick(named)
        if own and sub and not self.registry.items[own].sub:
            # "ผู้แทน สพร. เป็นอนุกรรมการและผู้ช่วยเลขานุการ" then "...ก่อนนำเสนอคณะกรรมการ GCIO": a sub-committee's
            # seat, in the sub-committee the part above names, not the committee its duties report to
            above = next((k for a in ancestors(c, self.by_uid) for k in self.own.get(a.uid, [])
                          if (b := self.registry.get(k)) and b.sub and k not in in_holder), None)  # fmt: skip
            own = above or own
        if own:
            return own
        for a in ancestors(c, self.by_uid):
            found = pick(self.own.get(a.uid, []))
            if found:
                return found
        # "Terms of Reference: Sub-Committee on X": a document about one body seats its members in it
        titled = self.titled.get(c.doc_id)
        if titled is not None and titled not in in_holder:
            return titled
        earlier = list(reversed(self.before.get(c.uid, [])))
        if (
            whole
        ):  # "chairs the Committee" after a sub-committee was named: the committee, not the sub-committee
            earlier.sort(key=lambda k: bool((b := self.registry.get(k)) and b.sub))
        return pick(earlier)


# "ตอนที่ 1 เลือกคำตอบที่ถูกต้องที่สุด", "Part 2 — True or False": a quiz's questions, not statements (its key is)
_QUIZ_PART = re.compile(
    r"เลือกคำตอบ|ถูกหรือผิด|แบบทดสอบ|ข้อสอบ|true\s*(?:or|/)\s*false|multiple.choice|\bquiz\b", re.I
)
_QUIZ_KEY = re.compile(r"เฉลย|คำตอบ(?!ที่ถูก)|answer\s*key|answers\b", re.I)
_OPTIONS = re.compile(r"(?:^|\s)ก\.\s+\S.*?\sข\.\s+\S.*?\sค\.\s+\S")  # not "ก.พ.ร.", "ค.ศ."


def quiz_parts(clauses: Sequence[Clause], by_uid: Mapping[str, Clause]) -> set[str]:
    """The clauses that are a quiz's questions, options or true-or-false statements (found once per index)."""
    return {c.uid for c in clauses if _asked_in_quiz(c, by_uid)}


def _asked_in_quiz(c: Clause, by_uid: Mapping[str, Clause]) -> bool:
    """A quiz's question, its options ("ก. X  ข. Y  ค. Z"), or a true-or-false statement: not what the text holds."""
    first = c.text.split("\n")[0]
    if _OPTIONS.search(first):
        return True
    heads = [
        a.text.split("\n")[0] for a in ancestors(c, by_uid) if a.doc_id == c.doc_id and a.kind == "heading"
    ]
    return any(_QUIZ_PART.search(h) and not _QUIZ_KEY.search(h) for h in heads[:1])


_DUTY_MOVED = re.compile(r"(?:โอน|ย้าย)(?:ความรับผิดชอบ|ภารกิจ|หน้าที่|งาน)")
# "๕. ... จะยังใช้ต่อไปหรือไม่": a line that puts a question
QUESTION_PUT = re.compile(r"(?:หรือไม่|หรือเปล่า|อย่างไร|เมื่อใด|\?)\s*$")


def _measures(
    clauses: Sequence[Clause], children: Mapping[str, list[Clause]], dates, quiz: set[str]
) -> list[MeasureFact]:
    by_uid = {c.uid: c for c in clauses}
    out = []
    tops: dict[str, list[Clause]] = {}
    for c in (
        clauses
    ):  # the resolution's own decisions: numbered items under no heading ("1. รับทราบ ... 2. เห็นชอบ")
        if c.parent is None and c.kind == "item" and c.number:
            tops.setdefault(c.doc_id, []).append(c)
    for doc_id, items in tops.items():
        asked = sum(1 for i in items if QUESTION_PUT.search(i.text.split("\n")[0]))
        # "๑. ใครจะเป็นประธาน... ๕. ...หรือไม่": questions put, not decisions
        if len(items) >= 2 and asked * 2 < len(items):
            out.append(MeasureFact(id=f"measure:{items[0].uid}:decisions", title="คณะรัฐมนตรีมีมติ",
                                   items=[i.text.split("\\n")[0] for i in items], clause=items[0].uid, doc_id=doc_id,
                                   date=_effective_date(items[0], dates), status=items[0].status))  # fmt: skip
    for c in clauses:
        if c.kind not in ("item", "paragraph", "heading") or c.uid in quiz:
            continue
        first = c.text.split("\n")[0]
        kids = [k for k in children.get(c.uid, []) if k.kind == "item" and k.status == c.status]
        introduces = (
            re.search(r"มาตรการ|measure", first, re.I)
            or _INTRODUCES.search(first)
            or (c.kind == "heading" and (c.label or " | " in first or len(kids) >= 2))
        )
        if len(kids) >= 2 and introduces:
            items = [k.text.split("\n")[0] + (f" — {k.detail}" if k.detail else "") for k in kids]
            out.append(MeasureFact(id=f"measure:{c.uid}", title=first, items=items, clause=c.uid, doc_id=c.doc_id,
                                   date=_effective_date(c, dates), status=c.status))  # fmt: skip
            continue
        m = _EXAMPLES.search(c.text.replace("\n", " "))
        if m and c.kind != "heading":
            parts = re.split(r"\s+(?:และ|หรือ)?(?=ระบบ|การ|\S+\s*\()|\s+และ\s+|\s+หรือ\s+", m.group("list"))
            items = [p.strip(" ,") for p in parts if len(p.strip(" ,")) >= 3]
            if len(items) >= 2:
                title = c.text[: m.start()].strip() or first
                parent = by_uid.get(c.parent or "")
                if parent is not None and parent.kind == "heading" and len(parent.text) <= 80:
                    title = f"{parent.text}: {title}"  # "มาตรการด้านความมั่นคงปลอดภัยไซเบอร์: ให้หน่วยงาน..."
                out.append(MeasureFact(id=f"measure:{c.uid}", title=title,
                                       items=items, clause=c.uid, doc_id=c.doc_id,
                                       date=_effective_date(c, dates), status=c.status))  # fmt: skip
    return out


def _doc_facts(docs: Sequence[Document], clauses: Sequence[Clause], glossary: Glossary) -> list[DocFact]:
    out = []
    for d in docs:
        mine = [c for c in clauses if c.doc_id == d.meta.id]
        fact = DocFact(doc_id=d.meta.id, title=d.meta.title, date=d.meta.date, amends=list(d.meta.amends))
        for c in mine[:4]:  # "คำสั่งสำนักนายกรัฐมนตรี" / "ที่ 7/2567" at the head of an order
            first = c.text.split("\n")[0].strip()
            if re.match(r"^(คำสั่ง|ประกาศ)\S*", first) and len(first) <= 80 and fact.kind == "มติคณะรัฐมนตรี":
                fact.kind = first
            m = re.fullmatch(r"(?:\S{0,30}\s)?ที่\s*(\d{1,4}\s*/\s*\d{4})", first)
            if m and fact.number is None:
                fact.number = re.sub(r"\s", "", m.group(1))
        for c in mine[
            :8
        ]:  # a circular's head: "ที่ นร ๐๕๐๕/ว ๕๑๒", then the day it was sent on a line of its own
            first = c.text.split("\n")[0].strip()
            ref = re.fullmatch(
                r"ที่\s+([ก-ฮ]{1,4}\.?\s*[\d๐-๙]{2,6}(?:\.[\d๐-๙]+)?\s*/\s*ว?\s*[\d๐-๙]{1,6})", first
            )
            if ref and fact.reference is None and fact.number is None:
                fact.reference = ref.group(1)
            first = re.sub(r"^วันที่\s*", "", first)  # a memo's head: "วันที่ 18 มิถุนายน 2564"
            day = THAI_DATE.fullmatch(first)
            if day and fact.letter_date is None and parse_thai_date(first) not in (None, d.meta.date):
                fact.letter_date = first
        scoped: tuple[str, str] | None = (
            None  # "Paragraph (b) takes effect on ...": only if nothing else is said
        )
        for i, c in enumerate(mine):
            first = c.text.split("\n")[0]
            effect = IN_FORCE.search(c.text)
            if effect and fact.in_force is None:
                if not _SCOPED_EFFECT.search(c.text[max(0, effect.start() - 60) : effect.start()]):
                    fact.in_force, fact.in_force_clause = effect.group(0).strip(), c.uid
                else:
                    scoped = scoped or (effect.group(0).strip(), c.uid)
            said = EFFECT_EN.search(c.text) if fact.in_force is None else None
            if said:  # "with effect from 1 October 2023": the Thai date too, for a Thai question
                thai = f"มีผลใช้บังคับตั้งแต่วันที่ {english_date(said)} ({said.group(0).strip()})"
                if not _SCOPED_EFFECT.search(c.text[max(0, said.start() - 60) : said.start()]):
                    fact.in_force, fact.in_force_clause = thai, c.uid
                else:
                    scoped = scoped or (thai, c.uid)
            agenda = re.search(r"ระเบียบวาระที่\s*([\d๐-๙]+(?:\.[\d๐-๙]+)*)", first)
            if agenda and fact.agenda is None:
                fact.agenda = agenda.group(1).translate(ARABIC_DIGITS)
            if fact.proposer is None:
                line = first if not (c.label and c.detail) else f"{c.label}: {c.detail}"
                line = restate(line)  # "on the proposal of OCSC": "ตามที่ OCSC เสนอ"
                m = _PROPOSER.search(line)
                if m:
                    who = re.split(
                        r"\s+(?:โดย|ตาม\s*หนังสือ)",
                        (
                            m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
                            or m.group("who5") or ""
                        ).strip(),
                    )[0]  # fmt: skip
                    who = re.sub(r"\s*(?:ได้|จึง|ก็)$", "", who)  # "ตามที่สำนักงาน ก.พ. ได้เสนอ"
                    # "ตามที่ได้เสนอ": no one named; "นางสาว...": a signer, not the proposer
                    if (
                        who
                        and len(who) <= 120
                        and not re.match(r"^(คณะรัฐมนตรี|ที่ประชุม|ได้|เคย|ขอ|นาย|นาง)", who)
                    ):
                        fact.proposer, fact.proposer_clause = who, c.uid
                        start = max(0, line.find(who) - 40)
                        fact.proposer_text = line[line.rfind(" ", 0, start) + 1 if start else 0 :][:200]
            last_end, body = -1, ""
            for m in _MEETING.finditer(c.text):
                when = THAI_DATE.search(c.text[m.end() : m.end() + 60])
                if m.group("no_en"):  # "... at its meeting No. 2/2565 on 6 October 2022"
                    en = DATE_EN.search(c.text[m.end() : m.end() + 40])
                    met = _MET_EN.search(c.text[max(0, m.start() - 160) : m.start()])
                    fact.meetings.append(Meeting(number=re.sub(r"\s", "", m.group("no_en")).translate(ARABIC_DIGITS),
                                                 date=english_date(en) if en else None,
                                                 body=met.group(1).strip() if met else "", clause=c.uid))  # fmt: skip
                    continue
                gap = c.text[last_end : m.start()] if last_end >= 0 else ""
                if last_end < 0 or len(gap) > 60:  # "... ครั้งที่ 5/2563 เมื่อ ... และครั้งที่ 6/2563": same body
                    before = c.text[max(0, m.start() - 200) : m.start()]
                    before = re.split(r"(?<=[.;])\s|\n", before)[-1]
                    body = re.sub(
                        r"^(?:\S{1,12}\s)?โดย\s*|\s*(?:ใน)?(?:การ)?(?:ประชุม)?\s*$", "", before
                    ).strip()
                    if (
                        not body and m.start() == 0 and i > 0
                    ):  # minutes: "รายงานการประชุมคณะรัฐมนตรี" / "ครั้งที่ 11/2564"
                        above = mine[i - 1].text.split("\n")[0].strip()
                        if "ประชุม" in above and len(above) <= 80:
                            body = re.sub(r"^(?:รายงาน)?(?:การ)?ประชุม\s*", "", above)
                        if when is None and i + 1 < len(mine):  # "วันอังคารที่ 16 มีนาคม 2564 เวลา 09.00 น."
                            when = THAI_DATE.search(mine[i + 1].text.split("\n")[0][:60])
                fact.meetings.append(
                    Meeting(
                        number=re.sub(r"\s", "", m.group("no")).translate(ARABIC_DIGITS),
                        date=when.group(0) if when else None,
                        body=body,
                        clause=c.uid,
                    )  # fmt: skip
                )
                last_end = m.end()
            if _CLOSING.match(first) or (re.match(r"^ขอแสดงความนับถือ", first) and fact.signer is None):
                fact.signed_on = first
                rest = [
                    x.text.split("\n")[0] for x in mine[i + 1 : i + 5] if x.kind in ("heading", "paragraph")
                ]
                names = [re.sub(r"^\(?ลงชื่อ\)?\s*", "", r).strip("() ") for r in rest]
                person = next(
                    (n for n in names if re.match(r"^(นาย|นาง|พล|ศ\.|รศ\.|ดร\.)", n)),
                    names[0] if names else "",
                )
                positions = [
                    n for n in names if n != person and person.replace("นาย", "") not in n
                    and not re.search(r"โทร|[\d๐-๙]{3}|^กอง|@", n)  # a letter's sending unit and its phone
                ][:2]  # fmt: skip
                if person:
                    fact.signer, fact.signer_clause = " ".join([person, *positions]), c.uid
        if fact.in_force is None and scoped:
            fact.in_force, fact.in_force_clause = scoped
        if fact.signer is None:  # a memo ends with "(นายสมชาย ใจดี)" and the position on the next line
            tail = [x for x in mine[-4:] if x.kind in ("heading", "paragraph", "item")]
            for i, x in enumerate(tail):
                who = re.fullmatch(
                    r"\(?\s*(?:ลงชื่อ)?\s*\(?((?:นาย|นางสาว|นาง|พล\.|ดร\.)[^\s()]*\s+[^\s()]+)\s*\)?",
                    x.text.split("\n")[0].strip(),
                )
                if who:
                    after = x.text.split("\n")[1:] + [y.text.split("\n")[0] for y in tail[i + 1 : i + 2]]
                    position = next((p.strip() for p in after if p.strip()), "")
                    fact.signer, fact.signer_clause = f"{who.group(1)} {position}".strip(), x.uid
                    break
        out.append(fact)
    return out


def read_facts(docs: Sequence[Document], clauses: Sequence[Clause], glossary: Glossary) -> FactBook:
    """All facts of the knowledge base, with supersession across documents resolved."""
    from bot.knowledge.amend import supersede_facts

    by_uid = {c.uid: c for c in clauses}
    children: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.parent:
            children.setdefault(c.parent, []).append(c)
    dates = {d.meta.id: d.meta.date for d in docs}
    registry = Committees(glossary)
    ctx = _Context(clauses, registry, by_uid)
    quiz = quiz_parts(clauses, by_uid)

    def quoted(c: Clause) -> bool:
        """Inside a block of old wording ("...ตามนัยมติ..."), whatever happened to the clause later."""
        # (or under a log's entry for an earlier date: "## [2019-11-26] ...", a record of what was)
        return any(a.kind in ("block", "heading") and a.status == "superseded" for a in ancestors(c, by_uid))

    roles: list[RoleFact] = []
    leads: list[LeadFact] = []
    prev: Clause | None = None
    reader = _Addressee()
    for original in clauses:
        above = prev.text if prev is not None and prev.doc_id == original.doc_id else ""
        # an English clause, or a consolidated text's marked line ("[แก้ไข] (เดิม: X)"), in the forms the grammar reads
        c = reader.named(_spelled(unmarked(restated(original), above)))
        # "[ผู้ตรวจทาน: ร่างเดิมเสนอให้ X เป็นประธาน ...]": an editor's note on the text, not the text
        remark = bool(_REMARK.match(c.text) or SITUATION.match(c.text)) or original.uid in quiz
        statements = [] if remark else role_statements(c) + _role_list(c, children)
        if c is not original:  # answers quote what the document wrote
            for s in statements:
                s.evidence = _english_evidence(original, c, s) or s.evidence
                for attr in ("holder", "replaced"):  # an English name, with its Thai when all of it is known
                    name = getattr(s, attr)
                    thai = thai_name(name, glossary) if name and english(name) else None
                    if thai:
                        setattr(s, attr, f"{thai} ({name})")
        bangkok_scope = not _OTHER_PROVINCES.search(c.text) and any(
            _BANGKOK_SCOPE.search(a.text.split("\n")[0]) for a in ancestors(c, by_uid) if a.doc_id == c.doc_id
        )
        # "X เป็นประธานคณะทำงาน ... และ Y เป็นผู้ช่วยเลขานุการ": a seat listed among a working group's seats is
        # the group's, though its own words do not say so
        listed_in = next(
            (k for k in ("คณะทำงาน", "อนุกรรมการ") if len(statements) >= 3
             and sum(1 for x in statements if k in x.role_text) >= 2),
            "",
        )  # fmt: skip
        for n, s in enumerate(statements):
            if bangkok_scope and s.variant is None and "/" not in (s.holder or ""):
                s.variant = "กรุงเทพมหานคร"  # "1.3 คณะกรรมการ PCIO: กรุงเทพมหานคร" heads the lines under it
            plain = re.sub(r"\s+", "", s.role_text) in ("ผู้ช่วยเลขานุการ", "เลขานุการ", "รองประธาน")
            own = f"{s.role_text}{listed_in}" if listed_in and plain and not s.committee_text else s.role_text
            sub = "อนุกรรมการ" in own or "คณะทำงาน" in own
            kind = "คณะทำงาน" if "คณะทำงาน" in own else "คณะอนุกรรมการ" if "อนุกรรมการ" in own else ""
            whole = (
                not sub
                and bool(re.search(r"(?:ประธาน|เลขานุการ)กรรมการ", s.role_text))
                and english(original.text)
                and not original.cells  # "| Chair | X | Y |" under a working group's heading: the group's chair
                and bool(re.search(r"\bcommittee\b", original.text, re.I))
            )
            committee = ctx.committee(c, s.committee_text, sub, s.holder, kind, whole)
            if committee == "PCIO" and s.variant is None and _BANGKOK_HOLDER.search(s.holder or ""):
                s.variant = (
                    "กรุงเทพมหานคร"  # "ปลัดกรุงเทพมหานคร... เป็นประธาน": a seat only Bangkok's committee has
                )
            roles.append(RoleFact(
                id=f"role:{c.uid}:{n}", committee=committee, role=role_of(s.role_text), role_text=s.role_text,
                holder=s.holder, variant=s.variant, replaced=s.replaced, added=s.added, clause=c.uid, evidence=s.evidence,
                doc_id=c.doc_id, date=_effective_date(c, dates), status=c.status, quote=quoted(c),
            ))  # fmt: skip
        before = prev.text if prev is not None and prev.doc_id == c.doc_id else ""
        prev = c
        parent = by_uid.get(c.parent or "")
        intro = parent.text.split("\n")[0] if parent is not None and parent.doc_id == c.doc_id else ""
        for n, (issue, agencies, replaced) in enumerate(
            [] if remark else lead_statements(c, glossary, before, intro)
        ):
            if c is not original:  # "OCSC": "สำนักงาน ก.พ. (OCSC)", when the glossary knows all of it
                agencies = _glossed(agencies, glossary)
                replaced = _glossed(replaced, glossary) if replaced else replaced
            number = c.number if c.number and c.number.endswith(")") else None
            own = re.match(r"([\d๐-๙]{1,2})[.)]\s", issue) if c.cells else None
            if number is None and own:  # "| 3. การสร้างการรับรู้... | – | ยกเลิก |": the row's number in its cell
                number = f"{own.group(1).translate(ARABIC_DIGITS)})"
            named = re.fullmatch(
                r"ประเด็น(?:ลำดับ)?(?:ที่)?\s*\(?(\d{1,2})\)?(?:\s+(?P<title>\S.*))?", issue.strip()
            )
            if named:  # "ให้ สพธอ. เป็นหน่วยงานรับผิดชอบหลักในประเด็นที่ (3)": the issue by its number
                number = f"{named.group(1).translate(ARABIC_DIGITS)})"
                title = named.group("title") or ""
                # "ประเด็นที่ 8 ของคณะกรรมการ the": words left over from a sentence, not the issue's title
                latin = re.findall(r"[A-Za-z]+", title)  # a stray "the" in Thai words, not an English title
                junk = (
                    bool(re.search(r"[\u0e01-\u0e4e]", title))
                    and 1 <= len(latin) <= 2
                    and any(w.lower() in ("the", "of", "and", "on", "to", "in") for w in latin)
                )
                if junk:
                    issue = f"ประเด็นที่ {named.group(1)}"
                elif title:
                    issue = title
            issue = (
                _ANNOTATION.sub(" ", issue).strip() or issue
            )  # "(เพิ่มใหม่) การรักษา...": a mark, not the title
            by_number = bool(named)
            label = c.label if c.label and LEAD_KEYS.search(c.label) and len(c.label) <= 40 else "ผู้รับผิดชอบหลัก"
            ended = bool(re.match(r"\W*ยกเลิก", agencies)) or (  # "ยกเลิกประเด็นนี้ โดยให้นำภารกิจไปรวมไว้ใน..."
                not re.search(r"\w", agencies) and bool(_VACANT.search(issue))
            )  # "| 2. (vacant — merged into issue area 1) | — |": no issue any more
            at = c.text.find(issue)
            duty = (
                number is None
                and at >= 0
                and bool(_DUTY_MOVED.search(c.text[max(0, at - 40) : at + len(issue) + 60]))
            ) or _activity_row(c)
            leads.append(LeadFact(
                label=label.split("/")[0].strip(),
                id=f"lead:{c.uid}:{n}", issue=issue, agencies="" if ended else agencies, number=number,
                replaced=replaced, by_number=by_number or ended, cancelled=ended, duty=duty,
                evidence=(agencies if re.search(r"\w", agencies) else issue) if ended else "",
                clause=c.uid, doc_id=c.doc_id, date=_effective_date(c, dates), status=c.status, quote=quoted(c),
            ))  # fmt: skip
        if c.cells and _activity_row(c):
            # "| 2.3 | ประเด็นการสร้างการรับรู้...: เปลี่ยนผู้รับผิดชอบหลักจาก "A" เป็น "B" | สพธอ. | ... |": a task
            # whose own words move an issue's lead
            said = max((v for _, v in c.cells), key=len, default="")
            inner = c.model_copy(update={"text": said, "cells": [], "label": None, "detail": None,
                                         "kind": "paragraph", "number": None})  # fmt: skip
            for n, (issue, agencies, replaced) in enumerate(
                lead_statements(inner, glossary, "", "") if LEAD_KEYS.search(said) else []
            ):
                if replaced:
                    leads.append(LeadFact(
                        label="ผู้รับผิดชอบหลัก", id=f"lead:{c.uid}:said{n}",
                        issue=re.sub(r"^ประเด็น\s*|\s*[:：]$", "", issue.strip()), agencies=agencies, number=None,
                        replaced=replaced, clause=c.uid, doc_id=c.doc_id, date=_effective_date(c, dates),
                        status=c.status, quote=quoted(c),
                    ))  # fmt: skip
        if c.kind in ("item", "paragraph") and not quoted(c):
            leads += _cancelled_issues(c, dates, before)
    leads += _agency_tables(clauses, dates)
    for c, role_text, holder, issue, number, agencies in _cell_replacements(clauses, children):
        if role_text:  # 'ให้ยกเลิกความในช่อง "ผู้ดำรงตำแหน่ง" ของตำแหน่งประธานอนุกรรมการ ... ให้ใช้ความต่อไปนี้แทน "X"'
            committee = ctx.committee(c, c.text, "อนุกรรมการ" in role_text, holder)
            roles.append(RoleFact(
                id=f"role:{c.uid}:cell", committee=committee, role=role_of(role_text), role_text=role_text,
                holder=holder, clause=c.uid, doc_id=c.doc_id, date=_effective_date(c, dates), evidence=c.text[:220],
            ))  # fmt: skip
        else:
            leads.append(LeadFact(
                id=f"lead:{c.uid}:cell", issue=issue, agencies=agencies, number=f"{number})" if number else None,
                clause=c.uid, doc_id=c.doc_id, date=_effective_date(c, dates),
            ))  # fmt: skip
    for c in clauses:  # "- หน่วยงานหลัก: สพร." as a bullet under the measure or issue it leads
        first = c.text.split("\n")[0]
        m = re.match(
            r"^(?P<key>[^:：]{2,30}?)\s*[:：]\s*(?P<value>\S.{1,160})$", first
        ) or _LEAD_BULLET.match(first)
        parent = by_uid.get(c.parent or "")
        bullet = c.kind == "item" and c.number == "-" and parent is not None
        if (
            bullet
            and m
            and LEAD_KEYS.search(m.group("key"))
            and "เดิม" not in m.group("key")
            and not _KEEP.match(m.group("value"))
        ):
            agencies, replaced = _annotated(_UNCHANGED_TAIL.sub("", m.group("value")).strip())
            issue, number = parent.text.split("\n")[0], None
            named = _ISSUE_NO.search(issue)
            if named:  # "3.1 ประเด็นที่ 3" / "- ให้เปลี่ยนผู้รับผิดชอบหลักเป็น X": the issue by its number
                number = f"{named.group(1).translate(ARABIC_DIGITS)})"
                title = next((t.group(1) for x in children.get(parent.uid, [])
                              if (t := _TITLE_BULLET.match(x.text.split("\n")[0]))), None)  # fmt: skip
                issue = title or f"ประเด็นที่ {named.group(1).translate(ARABIC_DIGITS)}"
            leads.append(LeadFact(
                id=f"lead:{c.uid}:bullet", issue=issue, agencies=agencies, replaced=replaced, number=number,
                by_number=bool(named), label=m.group("key").strip(), clause=c.uid, doc_id=c.doc_id,
                date=_effective_date(c, dates),
            ))  # fmt: skip
    # An issue named only by its number in prose, and listed in full in the same document: keep the list.
    listed = {(f.doc_id, f.number) for f in leads if f.number and not BARE_ISSUE.fullmatch(f.issue)}
    leads = [f for f in leads if not (BARE_ISSUE.fullmatch(f.issue) and (f.doc_id, f.number) in listed)]
    _english_issues(leads, glossary)
    measures = _measures(clauses, children, dates, quiz)
    documents = _doc_facts(docs, clauses, glossary)
    for d in documents:
        d.fact_count = sum(1 for f in [*roles, *leads, *measures] if f.doc_id == d.doc_id)
    _bangkok_bodies(roles, registry)
    _mend_spelling(roles, clauses)
    used = {f.committee for f in roles if f.committee}
    committees = [c for c in registry.items.values() if c.key in used]
    book = FactBook(committees=committees, roles=roles, leads=leads, measures=measures, documents=documents)
    supersede_facts(book, docs, glossary)
    if _inherit_issues(
        book.leads
    ):  # an issue restated by title now has its number: later restatements by number
        supersede_facts(book, docs, glossary)
    if _reverted(book, clauses, ctx, dates):  # "ให้กลับไปใช้ความเดิม...": the older rule, restated now
        supersede_facts(book, docs, glossary)
    _removed_members(book, clauses)
    _inherit_issues(book.leads)
    return book


def _mend_spelling(roles: list[RoleFact], clauses: Sequence[Clause]) -> None:
    """A holder written with one letter wrong ("รับมนตรีว่าการกระทรวง..." for "รัฐมนตรีว่าการ...") is named as
    the texts spell it elsewhere, so answers give the right name and match it; the quoted line keeps the
    text's own words. Only long names, one letter swapped, the other spelling found in the texts."""
    names = {f.holder for f in roles if f.holder and len(f.holder) >= 20}
    if len(names) < 2:
        return
    text = "\n".join(c.text for c in clauses)
    mended: dict[str, str] = {}
    for n in names:
        for other in names:
            if len(other) != len(n) or other == n:
                continue
            diff = [i for i, (a, b) in enumerate(zip(n, other, strict=True)) if a != b]
            if len(diff) != 1 or not (
                "\u0e01" <= n[diff[0]] <= "\u0e2e" and "\u0e01" <= other[diff[0]] <= "\u0e2e"
            ):
                continue
            i = diff[0]  # the word around the letter: "รัฐมนตรี" is written often, "รับมนตรี" once
            if text.count(other[max(0, i - 3) : i + 5]) >= 3 * text.count(n[max(0, i - 3) : i + 5]):
                mended[n] = other
    for f in roles:
        if f.holder in mended:
            f.holder = mended[f.holder]


def _glossed(agencies: str, glossary: Glossary) -> str:
    parts = re.split(r"(\s+(?:และ|ร่วมกับ)\s*)", agencies)
    for i, part in enumerate(parts):
        if re.search(r"[A-Za-z]", part) and not re.search(r"[\u0e00-\u0e7f]", part):
            thai = thai_name(part, glossary)
            parts[i] = f"{thai} ({part.strip()})" if thai else part
    return "".join(parts)


def _inherit_issues(leads: list[LeadFact]) -> bool:
    """A lead restated by number alone ("ประเด็นที่ 2") keeps the title it replaced, and one restated by title
    alone keeps the number, so either way of asking finds the lead in force."""
    by_id = {f.id: f for f in leads}
    numbered = False
    for f in sorted(leads, key=lambda f: f.date or dt.date.min):
        g = by_id.get(f.superseded_by or "")
        if g is None:
            continue
        if g.number is None and f.number:
            numbers = {x.number for x in leads if x.superseded_by == g.id and x.number}
            if len(numbers) == 1:  # a title that matched two issues gets no number
                g.number, numbered = f.number, True
        if BARE_ISSUE.fullmatch(g.issue.strip()) and not BARE_ISSUE.fullmatch(f.issue.strip()):
            g.issue = f.issue
    return numbered


# "X เป็นกรรมการ [ยกเลิก]", "ให้ยกเลิก X จากการเป็นกรรมการ", "X is removed from the Committee"
_ENDS = re.compile(
    r"(?<!ไม่)(?<!ไม่ได้)(?:ยกเลิก(?!ความ|ข้อความ|ถ้อยคำ)|ตัดออก|ตัด\S{0,20}ออกจาก|พ้นจาก(?:การเป็น|ตำแหน่ง))"
    r"|\b(?:removed|ceases?\s+to\s+be|no\s+longer\s+(?:a\s+)?member)\b",
    re.I,
)


_NEW_MARK = re.compile(r"\((?:new\s+issue|new|added)\)?\s*$", re.I)


def _english_issues(leads: list[LeadFact], glossary: Glossary) -> None:
    """An issue an English text names by its title ("the issue on preparing personnel ...") is the numbered issue
    whose Thai title its words mean, so the later lead replaces the earlier one."""
    if not any(f.number is None and english(bare_title(f.issue)) for f in leads):
        return
    from bot.thai import ThaiText

    thai = ThaiText(glossary)
    numbered: dict[str, str] = {}
    first_seen: dict[str, dt.date] = {}
    for f in leads:  # each number by its fullest Thai title ("ความมั่นคงปลอดภัยไซเบอร์" in a checklist says less)
        if (
            f.number
            and not english(f.issue)
            and not f.cancelled
            and not BARE_ISSUE.fullmatch(f.issue.strip())
        ):
            if len(f.issue) > len(numbered.get(f.number, "")):
                numbered[f.number] = f.issue
            first_seen[f.number] = min(first_seen.get(f.number, dt.date.max), f.date or dt.date.max)
    titled = [
        f for f in leads if f.number is None and not english(f.issue) and not f.cancelled and not f.quote
    ]
    from bot.knowledge.amend import same_issue

    # a document's different titles name different issues: the clear ones first, then the rest among those left
    taken: dict[str, dict[str, str]] = {}
    for _ in range(3):
        for f in leads:
            title = bare_title(f.issue)  # "เรื่อง TITLE": the restated English's own word
            if f.number is None and english(title):
                mine = taken.setdefault(f.doc_id, {})
                others = {no for no, t in mine.items() if not same_issue(t, title)}
                if _NEW_MARK.search(title):  # a new issue: only a number a later text first gives it
                    others |= {no for no, day in first_seen.items() if day <= (f.date or dt.date.min)}
                # a new issue's title matches a later number only on more words than a restatement needs
                least = 3 if _NEW_MARK.search(title) else 2
                no = issue_by_title(title, numbered, glossary, thai.tokens, frozenset(others), least)
                if no:
                    f.number, f.by_number = no, True
                    mine.setdefault(no, title)
    for f in leads:
        title = bare_title(f.issue)
        if f.number is None and english(title):
            if _NEW_MARK.search(title):
                continue  # "TITLE (new issue): X": an issue of its own, whatever older title it shares words with
            earlier = {g.issue: g.issue for g in titled if (g.date or dt.date.min) < (f.date or dt.date.max)}
            same = issue_by_title(title, earlier, glossary, thai.tokens)
            if same is not None:  # a duty outside the numbered list ("the GCIO training course"), in Thai
                f.issue = same


REMOVED = "removed:"  # a superseded_by that names the clause ending the seat, not a fact taking it


def _removed_members(book: FactBook, clauses: Sequence[Clause]) -> None:
    """A member a later resolution takes off the committee is no longer one: its line names the holder and
    ends the seat. Only members: a chair or secretary ends by another taking the seat."""
    dates = {d.doc_id: d.date for d in book.documents}
    ending = [  # "X พ้นจากการเป็นกรรมการ ... ส่วน Y ยังคงเป็นกรรมการ": the part that ends a seat, not the part after
        (c, part)
        for c in clauses
        if c.status != "superseded"
        for line in c.text.split("\n")
        for part in re.split(r"\s+(?:ส่วน|แต่|ขณะที่|ทั้งนี้)(?=\S)", line)
        if _ENDS.search(part)
    ]
    if not ending:
        return
    for f in book.roles:
        if f.role != "member" or f.status != "current" or not f.holder or len(squash_text(f.holder)) < 6:
            continue
        # its Thai, not the English after; "ผู้อำนวยการสำนักงานสถิติแห่งชาติ (สสช.)" named without its short form too
        thai = thai_part(f.holder)
        short = re.search(r"\(([^()]{4,60})\)\s*$", thai)  # "... (ผู้อำนวยการ สพธอ.)": its short name too
        names = {squash_text(thai), squash_text(re.sub(r"\s*\([^()]*\)\s*$", "", thai))}
        if short and re.search(r"[ก-ฮ]\.", short.group(1)) and len(short.group(1).split()) >= 2:
            names.add(squash_text(short.group(1)))
        for c, line in ending:
            if dates.get(c.doc_id, dt.date.min) > (f.date or dt.date.min) and any(
                len(name) >= 6 and name in squash_text(line) for name in names
            ):
                f.status, f.superseded_by = "superseded", f"{REMOVED}{c.uid}"
                break


# "- ให้เปลี่ยนผู้รับผิดชอบหลักเป็น X", "- ผู้รับผิดชอบหลักยังคงเป็น X ไม่มีการเปลี่ยนแปลง": a bullet under its issue
_LEAD_BULLET = re.compile(
    rf"^(?:ให้)?(?:(?:เปลี่ยน|ปรับ)(?:แปลง)?)?(?P<key>{_LEAD_WORD})\s*(?:ยังคง|คง)?(?:มา)?เป็น\s*(?P<value>\S.{{1,200}})$"
)
_UNCHANGED_TAIL = re.compile(r"\s*(?:[-–—]\s*)?(?:ไม่มีการเปลี่ยนแปลง|คงเดิม|ตามเดิม)\s*$")
_TITLE_BULLET = re.compile(r"^(?:ประเด็น|ชื่อประเด็น|เรื่อง)\s*[:：]\s*(.{5,250})$")
_REVERT = re.compile(r"กลับ(?:ไป|มา)(?:ใช้|เป็นไปตาม)|(?:ให้)?ใช้(?:ความ|ข้อความ|ถ้อยคำ)เดิม|คืนสู่")
_ISSUE_NO = re.compile(r"ประเด็น(?:ที่|ลำดับที่)?\s*\(?([\d๐-๙]{1,2})\)?")


def _in_force_on(facts: list, at: dt.date, strictly: bool = False):
    dated = [f for f in facts if f.date and not f.quote and (f.date < at if strictly else f.date <= at)]
    return max(dated, key=lambda f: f.date) if dated else None


def _restored(same: list, when: dt.date, back_to: dt.date | None) -> tuple:
    """(the fact in force before `when`, the one "ความเดิม" brings back): the rule of `back_to`, or without a
    date the rule before the one in force."""
    now = _in_force_on(same, when, strictly=True)
    if back_to:
        return now, _in_force_on(same, back_to)
    earlier = [f for f in same if now and f.date < now.date]
    return now, (_in_force_on(earlier, now.date) if now else None)


def _reverted(book: FactBook, clauses: Sequence[Clause], ctx: _Context, dates: Mapping[str, dt.date]) -> bool:
    """ "ข้อ 5 ให้กลับไปใช้ความเดิมตามมติคณะรัฐมนตรีเมื่อวันที่ 29 กันยายน 2563 ในส่วนของผู้รับผิดชอบหลักของ
    ประเด็นที่ 3": the lead (or role) that rule gave is in force again from this document, replacing what the
    amendment in between said. Without a date, "ความเดิม" is the rule before the one in force."""
    added = False
    for c in clauses:
        if c.status == "superseded" or c.kind not in ("item", "paragraph") or not _REVERT.search(c.text):
            continue
        when = c.doc_date
        if when is None:
            continue
        back_to = parse_date_text(c.text[_REVERT.search(c.text).start() :])

        for n, no in enumerate(
            dict.fromkeys(m.group(1).translate(ARABIC_DIGITS) for m in _ISSUE_NO.finditer(c.text))
        ):
            same = [
                f for f in book.leads if f.number == f"{no})" and not f.cancelled and f.doc_id != c.doc_id
            ]
            now, old = _restored(same, when, back_to)
            if old is None or now is None or old.agencies == now.agencies:
                continue
            book.leads.append(LeadFact(
                id=f"lead:{c.uid}:back{n}", issue=old.issue, agencies=old.agencies, number=old.number,
                replaced=now.agencies, label=old.label, evidence=cut_sentence(c.text), clause=c.uid,
                doc_id=c.doc_id, date=when,
            ))  # fmt: skip
            added = True
        if _ISSUE_NO.search(c.text):
            continue
        for n, m in enumerate(re.finditer(ROLE_PATTERN, c.text)):
            role = role_of(m.group(0))
            committee = ctx.committee(c, c.text, "อนุกรรมการ" in m.group(0))
            same = [f for f in book.roles if (f.committee, f.role, f.variant) == (committee, role, None)
                    and f.doc_id != c.doc_id]  # fmt: skip
            now, old = _restored(same, when, back_to)
            if old is None or now is None or old.holder == now.holder:
                continue
            book.roles.append(RoleFact(
                id=f"role:{c.uid}:back{n}", committee=committee, role=role, role_text=old.role_text,
                holder=old.holder, replaced=now.holder, clause=c.uid, doc_id=c.doc_id, date=when,
                evidence=cut_sentence(c.text),
            ))  # fmt: skip
            added = True
    return added


def _bangkok_bodies(roles: list[RoleFact], registry: Committees) -> None:
    """ "คณะกรรมการผู้บริหาร...ระดับสูงของกรุงเทพมหานคร" is Bangkok's own form of the provincial
    committee ("...ระดับสูงระดับจังหวัด"): its roles are that committee's Bangkok variant."""

    def core(name: str) -> str:
        return re.sub(r"คณะ(?:อนุ)?กรรมการ|ระดับจังหวัด|จังหวัด|(?:ของ|ใน)?กรุงเทพมหานคร|\(.*?\)|\s", "", name)

    for c in list(registry.items.values()):
        if "กรุงเทพมหานคร" not in c.name or c.sub:
            continue
        base = next((p for p in registry.items.values() if p is not c and "กรุงเทพ" not in p.name
                     and "จังหวัด" in p.name and core(p.name) == core(c.name) and core(c.name)), None)  # fmt: skip
        if base is None:
            continue
        for f in roles:
            if f.committee == c.key:
                f.committee, f.variant = base.key, "กรุงเทพมหานคร"


def parse_date_text(text: str) -> dt.date | None:
    return parse_thai_date(text)
