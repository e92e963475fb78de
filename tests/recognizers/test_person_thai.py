"""PERSON: names in Thai script, by their statement, label or title (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("สวัสดีครับ ผมชื่อ สมชาย ใจดี อยู่ที่กรุงเทพ", ["สมชาย ใจดี"]),  # 'my name is', then 'lives at'
    ("ผมชื่อสมชายครับ", ["สมชาย"]),  # glued to the statement and to the polite particle after it
    ("ดิฉันชื่อวิไลวรรณ แสงทอง ค่ะ", ["วิไลวรรณ แสงทอง"]),
    ("ชื่อ-นามสกุล: ประยุทธ์ มั่นคง", ["ประยุทธ์ มั่นคง"]),  # a form's label
    ("ขอบคุณค่ะ นางสาว พิมพ์ชนก ศรีสุข", ["พิมพ์ชนก ศรีสุข"]),  # Miss (not read as Mrs and 'สาว')
    ("เรียน คุณสมศักดิ์ วงศ์ใหญ่", ["สมศักดิ์ วงศ์ใหญ่"]), ("นายอนันต์ ทองดี", ["อนันต์ ทองดี"]),
    ("Quit: ผมชื่อSomchai Jaideeครับ", ["Somchai Jaidee"]),  # a romanized name glued into the sentence
    ("Notebook คุณToey – S/N MPXCDXCW", ["Toey"]), ("นาย Anan Thongdee", ["Anan Thongdee"]),  # a title, Latin
    ("ชื่อ: Anan Thongdee", ["Anan Thongdee"]), ("ผมชื่อเล่นว่าต้น", ["ต้น"]),  # 'my nickname is Ton'
]

NEGATIVE = [
    "นายจ้างของผมไม่จ่ายเงิน",  # 'my employer' (นาย + จ้าง): no blank, no family name
    "คุณช่วยตรวจสอบให้หน่อยได้ไหมครับ",  # 'can you check', คุณ as 'you'
    "ขอบคุณครับ", "ชื่อผู้ใช้ของฉันคือ somchai88",  # thanks; 'my user name is' (no label's colon)
    "ราคา 1500 บาท ส่งฟรี",
    "ผมชื่อเล่นว่า iPhone", "ขอบคุณToey", "ขอบคุณ Google",  # ('thank you': คุณ inside a word) "ใช้ Google Drive ครับ",  # (a Latin word after no label, or not capitalized)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PersonThaiRecognizer").analyze(text, [E], nlp_artifacts=None) == []
