"""What a question asks about a thing, beyond the thing: a penalty, money paid, a qualification, opening
hours, a product to buy. The clause about BYOD does not say whether BYOD devices are compensated, so
answering "ชดเชยให้ไหม" with it would be a guess. An aspect is answerable only where some clause states
it and names something the question names too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.frame import Frame
from bot.answering.kb import KB
from bot.answering.vocab import squash


@dataclass(frozen=True)
class Aspect:
    asked: re.Pattern[str]  # in the question
    stated: re.Pattern[str]  # in a clause's squashed text
    th: str
    en: str
    named: bool = False  # stated only beside a thing the question names ("รุ่นไหน" of which course)


ASPECTS = (
    Aspect(
        re.compile(
            r"บทลงโทษ|ลงโทษ|โทษ(?:ปรับ|จำ|ทาง)|มีความผิด|โดนตัด(?!ออก)|ตัดงบ|โดนอะไร|\bpenalt|\bsanction|\bpunish|\bfined?\b",
            re.I,
        ),
        re.compile(r"โทษ|ความผิด|ตัดงบ|ตัดลดงบ|penalt|sanction"),
        "บทลงโทษ",
        "penalties",
    ),
    Aspect(  # what a member or an official is paid: stated only where a text names the pay itself
        re.compile(
            r"ค่าตอบแทน|เบี้ย|เงินเดือน|เงินประจำตำแหน่ง|ได้เงิน|เงินพิเศษ|โบนัส|\bsalary|\ballowance|stipend|honorari"
            r"|\bbonus|\bget paid\b",
            re.I,
        ),
        re.compile(r"ค่าตอบแทน|เบี้ย|เงินเดือน|เงินประจำตำแหน่ง|allowance|salary"),
        "ค่าตอบแทน เบี้ยประชุม หรือเงินเดือน",
        "pay, meeting allowances or salaries",
    ),
    Aspect(
        re.compile(
            r"ชดเชย|เบิก|ค่าใช้จ่าย|จ่ายค่า|ออกค่า|ค่า(?:ไฟ|เน็ต|อินเทอร์เน็ต|โทร|อุปกรณ์|เดินทาง|ธรรมเนียม|เครื่อง|โน้?๊?ตบุ๊?ค?ก?|คอม|มือถือ)"
            r"|reimburs|compensat|\bpay (?:for|back)|\bfees?\b|\bcosts?\b|who pays",
            re.I,
        ),
        re.compile(r"(?<!บท)บาท|ค่าใช้จ่าย|เบิก|ชดเชย|ค่าธรรมเนียม|cost"),
        "ค่าใช้จ่ายหรือการเบิกจ่าย",
        "costs or reimbursements",
    ),
    Aspect(  # an amount of money: texts that give one say it in baht
        re.compile(
            r"total budget|how much (?:money|budget|funding)|budget (?:approved|allocated)|วงเงิน"
            r"|งบ\S{0,10}\s*(?:กี่บาท|เท่าไ|ที่ได้รับอนุมัติ|ที่อนุมัติ|ที่จัดสรร)",
            re.I,
        ),
        re.compile(r"(?<!บท)บาท|วงเงิน|ล้าน|million|baht"),
        "จำนวนเงินงบประมาณ",
        "amounts of money",
    ),
    Aspect(  # how far the provinces have got: resolutions set rules, they do not report progress
        re.compile(
            r"จังหวัดไหน(?:บ้าง)?(?:ที่)?\s*(?:ได้)?(?:ตั้ง|แต่งตั้ง|จัดตั้ง|มี|ใช้|นำ|ดำเนินการ)|กี่จังหวัด|ครบ(?:ทุก)?\s*จังหวัด|ทุกจังหวัด\S*แล้ว"
            r"|which provinces|how many provinces|(?:every|all) provinces? (?:has|have)",
            re.I,
        ),
        re.compile(r"จังหวัด\S{0,12}(?:ได้)?(?:จัดตั้ง|แต่งตั้ง)\S{0,12}แล้ว|provinces? (?:that|which) have"),
        "ความคืบหน้าของแต่ละจังหวัด",
        "the progress of individual provinces",
    ),
    Aspect(
        re.compile(r"(?<!ผู้ทรง)คุณวุฒิ|คุณสมบัติ|ประสบการณ์|วุฒิการศึกษา|qualif|experience", re.I),
        re.compile(r"คุณสมบัติ|ประสบการณ์|วุฒิการศึกษา|qualif|experience"),
        "คุณสมบัติหรือประสบการณ์",
        "qualifications or experience",
    ),
    Aspect(  # where a meeting was held: texts give its number and date, seldom its room
        re.compile(
            r"(?:ประชุม|จัด)\S{0,15}\s*(?:ที่|ณ)\s*ไหน|สถานที่(?:จัด|ประชุม|ที่ประชุม)|ห้องประชุม(?:ไหน|อะไร)"
            r"|\bwhere\b.{0,40}\b(?:held|meet|met|meeting|take place|took place)|\bvenue",
            re.I,
        ),
        re.compile(r"ห้องประชุม|อาคาร|โรงแรม|ทำเนียบ|สถานที่|venue|heldat|room"),
        "สถานที่ประชุม",
        "where meetings were held",
    ),
    Aspect(
        re.compile(r"กี่โมง|เวลาเปิด|เปิดให้บริการ|opening hours|what time", re.I),
        re.compile(r"\d{1,2}[.:]\d\d(?:น|นาฬิกา)|นาฬิกา|[ap]m\b"),
        "เวลา (กี่โมง)",
        "times of day",
    ),
    Aspect(
        re.compile(
            r"ดาวน์โหลด|ติดตั้ง|ยี่ห้อ|บริษัทไหน|สมัคร|\bdownload|\binstall|\bset up a\b|\bbest\b(?!\s*practice)|\bbrand"
            r"|how (?:do|can|to) (?:i |we )?(?:apply|register|enrol)|\bsign up|recommend (?:a|an|me|some|any)\b|แนะนำ(?:ยี่ห้อ|รุ่น|ร้าน)",
            re.I,
        ),
        re.compile(r"ดาวน์โหลด|ติดตั้ง|ยี่ห้อ|บริษัท|สมัคร|download|install|brand|apply|enrol"),
        "วิธีสมัครหรือติดตั้ง ยี่ห้อ หรือผลิตภัณฑ์",
        "products, brands, or how to apply or install",
    ),
    Aspect(  # "รุ่นไหน": a product's model, or a course's intake when the text numbers them
        re.compile(r"รุ่นไหน|รุ่นอะไร|\bwhich model\b", re.I),
        re.compile(r"รุ่น|model"),
        "รุ่นของผลิตภัณฑ์",
        "product models",
        named=True,
    ),
)


def unstated_aspect(frame: Frame, kb: KB) -> Aspect | None:
    """The first aspect the question asks about that no clause states beside something it names."""
    for aspect in ASPECTS:
        asked = aspect.asked.search(frame.text)
        if not asked:
            continue
        topic = [
            squash(t)
            for t in frame.content
            if t not in frame.unknown
            and not aspect.asked.search(t)
            and not aspect.stated.fullmatch(squash(t))  # "รุ่น" of "รุ่นไหน": the aspect, not what it is of
            and len(squash(t)) >= 2
        ]
        if not any(
            aspect.stated.search(text) and (not topic and not aspect.named or any(t in text for t in topic))
            for text in kb.squashed.values()
        ):
            return aspect
    return None
