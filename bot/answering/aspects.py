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


ASPECTS = (
    Aspect(
        re.compile(
            r"บทลงโทษ|ลงโทษ|โทษ(?:ปรับ|จำ|ทาง)|มีความผิด|โดนตัด|ตัดงบ|โดนอะไร|\bpenalt|\bsanction|\bpunish|\bfined?\b",
            re.I,
        ),
        re.compile(r"โทษ|ความผิด|ตัดงบ|ตัดลดงบ|penalt|sanction"),
        "บทลงโทษ",
        "penalties",
    ),
    Aspect(
        re.compile(
            r"ชดเชย|เบิก|ค่าใช้จ่าย|จ่ายค่า|ค่าตอบแทน|เบี้ย|เงินเดือน|ค่า(?:ไฟ|เน็ต|อินเทอร์เน็ต|โทร|อุปกรณ์|เดินทาง|ธรรมเนียม)"
            r"|\bsalary|\ballowance|reimburs|compensat|\bpay (?:for|back)|\bfees?\b|\bcosts?\b",
            re.I,
        ),
        re.compile(r"บาท|ค่าใช้จ่าย|ค่าตอบแทน|เบิก|ชดเชย|เงินเดือน|เบี้ย|ค่าธรรมเนียม|allowance|salary|cost"),
        "ค่าใช้จ่าย ค่าตอบแทน หรือการเบิกจ่าย",
        "payments, costs or allowances",
    ),
    Aspect(
        re.compile(r"(?<!ผู้ทรง)คุณวุฒิ|คุณสมบัติ|ประสบการณ์|วุฒิการศึกษา|qualif|experience", re.I),
        re.compile(r"คุณสมบัติ|ประสบการณ์|วุฒิการศึกษา|qualif|experience"),
        "คุณสมบัติหรือประสบการณ์",
        "qualifications or experience",
    ),
    Aspect(
        re.compile(r"กี่โมง|เวลาเปิด|เปิดให้บริการ|opening hours|what time", re.I),
        re.compile(r"\d{1,2}[.:]\d\d(?:น|นาฬิกา)|นาฬิกา|[ap]m\b"),
        "เวลา (กี่โมง)",
        "times of day",
    ),
    Aspect(
        re.compile(
            r"ดาวน์โหลด|ติดตั้ง|ยี่ห้อ|รุ่นไหน|บริษัทไหน|\bdownload|\binstall|\bset up a\b|\bbest\b|\bbrand", re.I
        ),
        re.compile(r"ดาวน์โหลด|ติดตั้ง|ยี่ห้อ|บริษัท|download|install|brand"),
        "วิธีติดตั้ง ยี่ห้อ หรือผลิตภัณฑ์",
        "products, brands or how to install them",
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
            if t not in frame.unknown and not aspect.asked.search(t) and len(squash(t)) >= 2
        ]
        if not any(
            aspect.stated.search(text) and (not topic or any(t in text for t in topic))
            for text in kb.squashed.values()
        ):
            return aspect
    return None
