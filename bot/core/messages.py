"""Every user-facing sentence of the core, in one place (Thai first, English where asked in English)."""

from __future__ import annotations

EXAMPLE_QUESTIONS = [
    "ใครเป็นประธานคณะกรรมการ GCIO",
    "เลขานุการคณะกรรมการ PCIO ของกรุงเทพมหานครคือใคร",
    "ใครรับผิดชอบการสนับสนุนงบประมาณระบบดิจิทัล",
    "มาตรการ New Normal มีอะไรบ้าง",
]
PROBLEM = {
    "empty": "กรุณาพิมพ์คำถามเกี่ยวกับมติคณะรัฐมนตรีเรื่องแนวทางการบริหารจัดการ GCIO",
    "too_long": "คำถามยาวเกินไป กรุณาถามสั้น ๆ ไม่เกิน 500 ตัวอักษร",
    "no_words": "ไม่พบข้อความคำถาม กรุณาพิมพ์คำถามเป็นตัวอักษร",
}
NOT_COVERED = "มติคณะรัฐมนตรีที่มีอยู่ไม่ได้กล่าวถึงเรื่องนี้ จึงตอบไม่ได้"
NOT_COVERED_EN = "The cabinet resolutions on record do not cover this, so I cannot answer it."
FOREIGN = "มติคณะรัฐมนตรีเรื่องนี้ว่าด้วยหน่วยงานภาครัฐของไทยเท่านั้น ไม่ได้กล่าวถึง {name}"
ROLE_MISSING = "มติที่มีอยู่ไม่ได้ระบุตำแหน่ง{role}ของ{committee}"
ROLE_MISSING_KNOWN = "ที่ระบุไว้คือ {known}"
OTHERS_MISSING = "มติที่มีอยู่ไม่ได้ระบุรายชื่อกรรมการอื่นของ{committee}"
OTHERS_MISSING_EN = "The resolutions do not name the other members of {committee}."
NAME_MISSING = "มติระบุเป็นตำแหน่ง ไม่ได้ระบุชื่อบุคคล"
NAME_MISSING_EN = "The resolutions name positions, not the people who hold them."
NO_NUMBER = "มติไม่ได้ระบุจำนวนหรือตัวเลขนี้"
NO_FREQUENCY = "มติไม่ได้ระบุว่าต้องทำบ่อยแค่ไหน"
NO_DATE = "มติไม่ได้ระบุวันที่ของเรื่องนี้"
NO_MEETING = "มติไม่ได้บันทึกการประชุมครั้งนั้น การประชุมที่มติกล่าวถึงคือครั้งที่ {}"
NO_DATE_EN = "The resolutions give no date for this."
NO_IN_FORCE = "(มติไม่ได้ระบุวันมีผลใช้บังคับแยกไว้ จึงให้วันที่มีมติ)"
NO_ASPECT = "มติที่มีอยู่ไม่ได้กำหนดเรื่อง{what}ไว้ จึงตอบไม่ได้"
NO_ASPECT_EN = "The cabinet resolutions on record set out no {what}, so I cannot answer this."
NO_SUCH_DOC = "ไม่มีมติหรือเอกสารลงวันที่ {date} ในฐานความรู้ (ที่มีคือ {known})"
SUGGEST = "ลองถามเช่น: "
SUGGEST_EN = "Try, for example: "
FAILED = "ขออภัย เกิดข้อผิดพลาดในการค้นหาคำตอบ กรุณาลองถามใหม่อีกครั้ง"
PREVIOUSLY = "เดิม"
PREVIOUSLY_EN = "Previously"
BEFORE_THAT = "ก่อนหน้านั้น"
YES = "ใช่"
LEAD_UNCHANGED = "มติที่มีอยู่ไม่ได้เปลี่ยนผู้รับผิดชอบหลักของประเด็นนี้ (กำหนดไว้ในมติ {date})"
RECHECKED = "ตรวจกับข้อความในมติอีกครั้งแล้ว:"
RECHECKED_EN = "Checked against the text again:"
NO = "ไม่ใช่"
NOT_LISTED = "มติไม่ได้ระบุ {name} ไว้ในรายการ รายการที่ระบุคือ"
MORE = "…และอีก {n} รายการ (ถามเจาะจงทีละเรื่องได้)"
