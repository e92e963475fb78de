"""LOCATION: Thai addresses in Thai script, whole, and their areas alone (synthetic addresses)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("อยู่ที่ 99/12 ซอยสุขุมวิท 21 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110 โทร 081-234-5678",
     ["99/12 ซอยสุขุมวิท 21 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110"]),
    ("ส่งของไปที่ 45/7 หมู่ 3 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200",
     ["45/7 หมู่ 3 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200"]),  # a village's number, province
    ("ที่อยู่: 123 ถ.พหลโยธิน แขวงสามเสนใน เขตพญาไท กทม. 10400", ["123 ถ.พหลโยธิน แขวงสามเสนใน เขตพญาไท กทม. 10400"]),
    ("อยู่แขวงบางรัก ครับ", ["แขวงบางรัก"]), ("บ้านอยู่ตำบลหนองปรือครับ", ["ตำบลหนองปรือ"]),  # an area alone, glued
]

NEGATIVE = [
    "ตั้งค่าเขตเวลาเป็น UTC+7",  # a time zone ('เขต': zone)
    "ราคา 1500 บาท ส่งฟรี", "Order 12345 ถูกส่งแล้ว",  # a price, an order's number
    "ถนนสุขุมวิทรถติดมาก",  # a road, no house: 'Sukhumvit Road is jammed'
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("ThaiAddressRecognizer").analyze(text, [E], nlp_artifacts=None) == []
