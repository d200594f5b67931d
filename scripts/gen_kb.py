#!/usr/bin/env python3
"""Generate a synthetic knowledge base of cabinet resolutions for scale benchmarks.

The documents imitate knowledge/2020-09-29-gcio-review.md: Thai text, numbered sections
(`1.`, `1.1`, `1)`), `-` bullets, old/new blocks (`รายละเอียดตามนัยมติคณะรัฐมนตรี(...)` then
`รายละเอียดที่เสนอปรับปรุงครั้งนี้`), role lines (`X เป็นประธาน`), issue -> lead-agency rows,
dates in Thai, and `amends` links to earlier generated documents. Output is deterministic for
a given --seed, so benchmark runs are comparable.

    python scripts/gen_kb.py OUT_DIR [-n 500] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

THAI_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]

AGENCIES = [
    ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "ดศ."),
    ("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "สพร."),
    ("สำนักงานคณะกรรมการข้าราชการพลเรือน", "สำนักงาน ก.พ."),
    ("สำนักงานคณะกรรมการพัฒนาระบบราชการ", "สำนักงาน ก.พ.ร."),
    ("สำนักงบประมาณ", "สงป."),
    ("คณะกรรมการบริหารพนักงานราชการ", "คพร."),
    ("สำนักงานสถิติแห่งชาติ", "สสช."),
    ("สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ", "สกมช."),
    ("สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", "สศด."),
    ("สำนักงานปลัดสำนักนายกรัฐมนตรี", "สปน."),
    ("สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ", "สศช."),
    ("กระทรวงมหาดไทย", "มท."),
]

MINISTRIES = [
    "กระทรวงการคลัง",
    "กระทรวงมหาดไทย",
    "กระทรวงศึกษาธิการ",
    "กระทรวงสาธารณสุข",
    "กระทรวงเกษตรและสหกรณ์",
    "กระทรวงคมนาคม",
    "กระทรวงพาณิชย์",
    "กระทรวงแรงงาน",
    "กระทรวงยุติธรรม",
    "กระทรวงอุตสาหกรรม",
    "กระทรวงการท่องเที่ยวและกีฬา",
    "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    "กระทรวงพลังงาน",
    "กระทรวงวัฒนธรรม",
    "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
]

TOPICS = [
    ("ธรรมาภิบาลข้อมูลภาครัฐ", "Data Governance"),
    ("ความมั่นคงปลอดภัยไซเบอร์", "Cybersecurity"),
    ("แพลตฟอร์มดิจิทัลกลางภาครัฐ", "Government Digital Platform"),
    ("การเชื่อมโยงและแลกเปลี่ยนข้อมูล", "Data Exchange"),
    ("ระบบคลาวด์กลางภาครัฐ", "Government Cloud"),
    ("การพัฒนาทักษะดิจิทัลของข้าราชการ", "Digital Skills"),
    ("บริการอิเล็กทรอนิกส์ภาครัฐ", "e-Service"),
    ("ระบบสารบรรณอิเล็กทรอนิกส์", "e-Saraban"),
    ("ข้อมูลเปิดภาครัฐ", "Open Data"),
    ("สถาปัตยกรรมองค์กรภาครัฐ", "Enterprise Architecture"),
    ("ปัญญาประดิษฐ์ในภาครัฐ", "Government AI"),
    ("การยืนยันตัวตนทางดิจิทัล", "Digital ID"),
    ("การจัดซื้อจัดจ้างด้านเทคโนโลยีสารสนเทศ", "IT Procurement"),
    ("ศูนย์ข้อมูลจังหวัด", "Provincial Data Center"),
    ("การปฏิบัติงานนอกสถานที่ตั้ง", "Remote Work"),
]

LEVELS = ["ระดับกระทรวง", "ระดับกรม", "ระดับจังหวัด", "ระดับกลุ่มจังหวัด", "ระดับเขตตรวจราชการ"]

PROVINCES = [
    "เชียงใหม่",
    "ขอนแก่น",
    "นครราชสีมา",
    "สงขลา",
    "ภูเก็ต",
    "อุดรธานี",
    "พิษณุโลก",
    "ชลบุรี",
    "สุราษฎร์ธานี",
    "อุบลราชธานี",
    "นครศรีธรรมราช",
    "ลำปาง",
]

HOLDERS = [
    "รองนายกรัฐมนตรีที่กำกับดูแลภารกิจด้าน{topic}",
    "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    "รัฐมนตรีประจำสำนักนายกรัฐมนตรี",
    "ปลัด{ministry}",
    "รองปลัด{ministry}ที่ได้รับมอบหมาย",
    "ผู้ว่าราชการจังหวัด{province}",
    "รองผู้ว่าราชการจังหวัด{province}ที่ได้รับมอบหมาย",
    "หัวหน้าสำนักงานจังหวัด{province}",
    "สถิติจังหวัด{province}",
    "ผู้อำนวยการ{agency}",
    "เลขาธิการ{agency}",
    "ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร {ministry}",
    "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง{level} ({cio})",
    "ผู้ทรงคุณวุฒิด้าน{topic}",
    "ผู้แทน{agency}",
]

ROLES = ["เป็นประธาน", "เป็นรองประธาน", "เป็นกรรมการ", "เป็นกรรมการและเลขานุการ", "เป็นผู้ช่วยเลขานุการ"]

DUTIES = [
    "ให้ความเห็นชอบแผนปฏิบัติการด้าน{topic}ของหน่วยงานภาครัฐ",
    "ให้ข้อเสนอแนะหรือคำแนะนำเกี่ยวกับ{topic} รวมทั้งบริหารจัดการทรัพยากรเพื่อการใช้ประโยชน์ร่วมกัน",
    "กำกับ ติดตาม และประเมินผลการดำเนินงานด้าน{topic}ของหน่วยงาน{level}",
    "แต่งตั้งคณะทำงานเพื่อดำเนินการด้าน{topic}ตามที่เห็นสมควร",
    "รายงานผลการดำเนินงานต่อคณะรัฐมนตรีเป็นประจำทุก {n} เดือน",
    "ประสานงานกับ{agency}เพื่อจัดทำมาตรฐานและแนวปฏิบัติด้าน{topic}",
]

ISSUES = [
    "การพัฒนาดิจิทัลแพลตฟอร์มด้าน{topic}สำหรับการให้บริการประชาชน",
    "การจัดทำมาตรฐานและแนวปฏิบัติด้าน{topic}สำหรับหน่วยงานภาครัฐ",
    "การสร้างการรับรู้และความเข้าใจเกี่ยวกับ{topic}ของบุคลากรในหน่วยงาน",
    "การพัฒนาบุคลากรให้มีทักษะด้าน{topic}",
    "การปรับปรุงกฎ ระเบียบ ที่เป็นอุปสรรคต่อการดำเนินงานด้าน{topic}",
    "การสนับสนุนงบประมาณเพื่อรองรับการดำเนินงานด้าน{topic}",
    "การเชื่อมโยงข้อมูลด้าน{topic}ระหว่างหน่วยงาน{level}",
    "การติดตามและประเมินผลการดำเนินงานด้าน{topic}",
]

MEASURES = [
    "การปฏิบัติงานที่บ้าน (Work from Home)",
    "การนำอุปกรณ์ไอทีส่วนตัวมาใช้ในการปฏิบัติงาน (Bring Your Own Device)",
    "ระบบ e - Office",
    "ระบบ e - Saraban",
    "ระบบ e - Meeting",
    "ระบบ e - Service",
    "ระบบ e - Learning",
    "ระบบ e - Signature",
    "ระบบ e - Payment",
    "ระบบ e - Document",
]

OBJECTIVES = [
    "เพื่อแสดงภาพรวมการเปลี่ยนแปลงของกระบวนการทำงานด้าน{topic}",
    "เพื่อนำข้อมูลมาประกอบการจัดทำแนวทางการดำเนินงานด้าน{topic}ที่เหมาะสม",
    "เพื่อความรวดเร็วและการประหยัดค่าใช้จ่ายในการดำเนินงาน",
    "เพื่อยกระดับคุณภาพการให้บริการประชาชนผ่านระบบดิจิทัล",
]

PM = ["พลเอก ประยุทธ์ จันทร์โอชา", "นายเศรษฐา ทวีสิน", "นางสาวแพทองธาร ชินวัตร", "นายอภิสิทธิ์ เวชชาชีวะ"]


def thai_date(d: dt.date) -> str:
    return f"{d.day} {THAI_MONTHS[d.month - 1]} {d.year + 543}"


@dataclass
class GenDoc:
    id: str
    date: dt.date
    title: str
    topic: tuple[str, str]
    committee: str
    roles: list[str] = field(default_factory=list)  # role lines in force (holder + role)
    amends: list[str] = field(default_factory=list)


class Generator:
    """Builds one resolution at a time; later documents amend earlier ones' committees."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.docs: list[GenDoc] = []

    def fill(self, template: str, topic: tuple[str, str]) -> str:
        r = self.rng
        agency = r.choice(AGENCIES)
        return template.format(
            topic=topic[0],
            ministry=r.choice(MINISTRIES),
            province=r.choice(PROVINCES),
            agency=agency[0],
            level=r.choice(LEVELS),
            cio=r.choice(["MCIO", "DCIO", "PCIO", "GCIO"]),
            n=r.choice([3, 6, 12]),
        )

    def role_lines(self, topic: tuple[str, str], count: int) -> list[str]:
        r = self.rng
        roles = ["เป็นประธาน", "เป็นรองประธาน"]
        roles += ["เป็นกรรมการ"] * max(0, count - 4)
        roles += ["เป็นกรรมการและเลขานุการ", "เป็นผู้ช่วยเลขานุการ"]
        return [f"{self.fill(r.choice(HOLDERS), topic)} {role}" for role in roles[:count]]

    def new_doc(self, i: int, date: dt.date, amend_rate: float) -> GenDoc:
        r = self.rng
        topic = r.choice(TOPICS)
        level = r.choice(LEVELS)
        committee = f"คณะกรรมการขับเคลื่อน{topic[0]}{level} ชุดที่ {i + 1}"
        amends: list[str] = []
        earlier = [d for d in self.docs if d.date < date]
        if earlier and r.random() < amend_rate:
            amends = [r.choice(earlier[-60:]).id]
            if r.random() < 0.15:
                extra = r.choice(earlier).id
                if extra not in amends:
                    amends.append(extra)
        if amends:
            target = next(d for d in self.docs if d.id == amends[0])
            title = f"การดำเนินงานตามมติคณะรัฐมนตรีเมื่อวันที่ {thai_date(target.date)} เรื่อง {target.title}"
            topic, committee = target.topic, target.committee
        else:
            title = f"แนวทางการขับเคลื่อน{topic[0]} ({topic[1]}) {level}"
        doc_id = f"gen-{date.isoformat()}-{i:04d}"
        return GenDoc(doc_id, date, title, topic, committee, amends=amends)

    def body(self, doc: GenDoc) -> str:
        r = self.rng
        topic = doc.topic
        reporter = r.choice(AGENCIES)
        out: list[str] = [f"เรื่อง {doc.title}"]
        if doc.amends:
            target = next(d for d in self.docs if d.id == doc.amends[0])
            td = thai_date(target.date)
            out += [
                f"1. รับทราบผลการดำเนินการตามมติคณะรัฐมนตรีเมื่อวันที่ {td} เรื่อง {target.title} ของ{reporter[0]}",
                f"2. เห็นชอบการทบทวนมติคณะรัฐมนตรีเมื่อวันที่ {td} ในส่วนที่เกี่ยวข้องกับ{doc.committee}",
            ]
        else:
            td = ""
            out += [
                f"1. เห็นชอบแนวทางการขับเคลื่อน{topic[0]} ({topic[1]}) ตามที่{reporter[0]} ({reporter[1]}) เสนอ",
                f"2. ให้จัดตั้ง{doc.committee} เพื่อขับเคลื่อนการดำเนินงานด้าน{topic[0]}",
            ]
        out.append(f"3. มอบหมายให้{r.choice(AGENCIES)[0]}และหน่วยงานที่เกี่ยวข้องรับความเห็นไปพิจารณาดำเนินการต่อไป")
        out.append(f"{reporter[0]} รายงานว่า")
        out.append(
            f"1. {reporter[1]} ได้จัดประชุมร่วมระหว่างหน่วยงานที่เกี่ยวข้อง ประกอบด้วย"
            + " ".join(f"{a[0]} ({a[1]})" for a in r.sample(AGENCIES, 3))
            + f" เพื่อหารือเกี่ยวกับ{topic[0]} โดยมีประเด็นดังนี้"
        )
        # 1.1: composition and duties, as old/new blocks when amending.
        out.append(f"1.1 องค์ประกอบและบทบาท หน้าที่ และความรับผิดชอบของ{doc.committee} ดังนี้")
        new_roles = self.role_lines(topic, r.randint(5, 7))
        duties = [self.fill(t, topic) for t in r.sample(DUTIES, 3)]
        if doc.amends:
            target = next(d for d in self.docs if d.id == doc.amends[0])
            old_roles = target.roles or self.role_lines(topic, 5)
            out.append("องค์ประกอบ")
            out.append(f"รายละเอียดตามนัยมติคณะรัฐมนตรี({td})")
            out += [f"{k}) {line}" for k, line in enumerate(old_roles, 1)]
            out.append("หน้าที่ความรับผิดชอบ")
            out.append(f"{len(old_roles) + 1}) {self.fill(r.choice(DUTIES), topic)}")
            out.append("รายละเอียดที่เสนอปรับปรุงครั้งนี้")
            out += [f"{k}) {line}" for k, line in enumerate(new_roles, 1)]
            out.append("หน้าที่ความรับผิดชอบ")
            out.append(f"{len(new_roles) + 1}) {duties[0]}")
            out.append("หมายเหตุ: องค์ประกอบอื่นคงเดิม")
        else:
            out.append("องค์ประกอบ")
            out += [f"{k}) {line}" for k, line in enumerate(new_roles, 1)]
            out.append("หน้าที่ความรับผิดชอบ")
            out += [f"{k}) {d}" for k, d in enumerate(duties, len(new_roles) + 1)]
        doc.roles = new_roles
        # 1.2: a provincial committee, sometimes as wording old/new.
        prov = r.choice(PROVINCES)
        out.append(f"1.2 การกำหนดองค์ประกอบของคณะทำงาน{topic[0]}ระดับจังหวัด{prov} ดังนี้")
        if doc.amends and r.random() < 0.5:
            out.append(f"องค์ประกอบ PCIO ตามนัยมติคณะรัฐมนตรี({td})")
            out += [f"{k}) {line}" for k, line in enumerate(self.role_lines(topic, 3), 1)]
            out.append("ประเด็นที่ปรับปรุง")
        out += [f"{k}) {line}" for k, line in enumerate(self.role_lines(topic, 3), 1)]
        out.append(
            f"1.3 ให้{r.choice(AGENCIES)[1]} เป็นผู้รับผิดชอบดำเนินการฝึกอบรมหลักสูตรด้าน{topic[0]} "
            f"จำนวน {r.randint(2, 12)} รุ่น ภายในปีงบประมาณ พ.ศ. {doc.date.year + 544}"
        )
        if doc.amends:
            out.append(f"ถ้อยคำตามนัยมติคณะรัฐมนตรี({td})")
            out.append(f"ให้ {r.choice(AGENCIES)[1]} เป็นผู้รับผิดชอบดำเนินโครงการด้าน{topic[0]}")
            out.append("ถ้อยคำที่ขอปรับในครั้งนี้")
            out.append(f"ให้ {r.choice(AGENCIES)[1]} เป็นผู้รับผิดชอบดำเนินการด้าน{topic[0]} ... (ถ้อยคำที่เหลือคงเดิม)")
        meeting = r.randint(1, 9)
        md = doc.date - dt.timedelta(days=r.randint(20, 120))
        out.append(
            f"2. {reporter[1]} ในการประชุมครั้งที่ {meeting}/{md.year + 543} เมื่อวันที่ {thai_date(md)} "
            f"เห็นชอบการเพิ่มเติมบทบาทของ GCIO ในการขับเคลื่อน{topic[0]} โดยมีรายละเอียด ดังนี้"
        )
        measures = r.sample(MEASURES, 4)
        out.append(
            f"2.1 วางแนวทางสนับสนุนการปฏิบัติงานบนฐานวิถีชีวิตใหม่ (New Normal) เช่น {measures[0]} "
            f"และ{measures[1]} เป็นต้น โดยให้ดำเนินการให้สอดคล้องกันอย่างเป็นระบบ"
        )
        out.append(f"2.2 พัฒนาหรือจัดให้มีระบบเทคโนโลยีดิจิทัลที่รองรับการปฏิบัติงาน เช่น {measures[2]} {measures[3]} เป็นต้น")
        out.append("ประเด็น - ผู้รับผิดชอบหลัก/กลไกการดำเนินงาน")
        for k, tmpl in enumerate(r.sample(ISSUES, r.randint(5, 7)), 1):
            out.append(f"{k}) {self.fill(tmpl, topic)}")
            leads = r.sample(AGENCIES, r.randint(1, 2))
            out.append(" ".join(a[1] for a in leads) + " และหน่วยงานที่เกี่ยวข้อง")
            if r.random() < 0.3:
                out.append(f"- เพื่อ{self.fill(r.choice(OBJECTIVES), topic).removeprefix('เพื่อ')}")
        out.append(f"2.3 กำหนดแนวทางเพิ่มประสิทธิภาพการดำเนินงานด้าน{topic[0]} โดยมีการดำเนินการหลัก ดังนี้")
        out.append("การดำเนินการ - วัตถุประสงค์")
        for k in range(1, r.randint(4, 6)):
            out.append(f"{k}) {self.fill(r.choice(DUTIES), topic)}")
            out.append(self.fill(r.choice(OBJECTIVES), topic))
        out.append(f"3. ให้หน่วยงานรายงานผลการดำเนินงานด้าน{topic[0]} ดังนี้")
        for _ in range(r.randint(3, 5)):
            out.append(f"- {self.fill(r.choice(ISSUES), topic)}")
        out.append(f"ที่มา: ที่ประชุมคณะรัฐมนตรี {r.choice(PM)} (นายกรัฐมนตรี) วันที่ {thai_date(doc.date)}")
        return "\n".join(out) + "\n"


def render(doc: GenDoc, body: str) -> str:
    fm = [
        "---",
        f"id: {doc.id}",
        f'title: "{doc.title}"',
        f"date: {doc.date.isoformat()}",
    ]
    if doc.amends:
        fm.append("amends:")
        fm += [f"  - {a}" for a in doc.amends]
    fm.append(f'source: "generated by scripts/gen_kb.py (มติคณะรัฐมนตรี {thai_date(doc.date)})"')
    fm.append("---")
    return "\n".join(fm) + "\n" + body


def generate(
    out: Path, n: int = 500, seed: int = 7, start: dt.date = dt.date(2012, 1, 10), amend_rate: float = 0.35
) -> list[Path]:
    """Write n resolutions under out/<year>/ and return their paths (in date order)."""
    gen = Generator(seed)
    paths: list[Path] = []
    date = start
    for i in range(n):
        date += dt.timedelta(days=gen.rng.randint(3, 12))
        doc = gen.new_doc(i, date, amend_rate)
        text = render(doc, gen.body(doc))
        gen.docs.append(doc)
        path = out / str(date.year) / f"{doc.id}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "out", type=Path, help="output folder (created; existing generated files are overwritten)"
    )
    ap.add_argument("-n", type=int, default=500, help="number of resolutions (default 500)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--amend-rate", type=float, default=0.35, help="share of documents that amend an earlier one"
    )
    args = ap.parse_args(argv)
    paths = generate(args.out, args.n, args.seed, amend_rate=args.amend_rate)
    lines = sum(p.read_text(encoding="utf-8").count("\n") for p in paths)
    print(f"wrote {len(paths)} resolutions ({lines} lines) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
