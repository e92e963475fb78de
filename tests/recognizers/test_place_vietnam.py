"""LOCATION: Vietnamese addresses, their areas and Vietnam's towns (synthetic addresses)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("địa chỉ 123 Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh.",
     ["123 Nguyễn Trãi", "Phường 7", "Quận 5", "TP. Hồ Chí Minh"]),  # house and street, ward, district, city
    ("Giao hàng tới Số 12 ngõ 34 phố Huế, Hai Bà Trưng, Hà Nội.", ["Số 12 ngõ 34 phố Huế", "Hai Bà Trưng", "Hà Nội"]),
    ("45/2 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", ["45/2 Lê Lợi", "Q.1", "TP.HCM"]),  # abbreviated
    ("ấp Phú Hòa, xã Tân Thạnh, huyện Củ Chi", ["ấp Phú Hòa", "xã Tân Thạnh", "huyện Củ Chi"]),  # hamlet, commune
    ("56 Trần Hưng Đạo, P. Phạm Ngũ Lão, Q.1", ["56 Trần Hưng Đạo", "P. Phạm Ngũ Lão", "Q.1"]),  # a ward by name
    ("123 Nguyen Trai, Phuong 7, Quan 5, TP HCM", ["123 Nguyen Trai", "Phuong 7", "Quan 5", "TP HCM"]),  # no marks
    ("office in Da Nang and Ho Chi Minh City", ["Da Nang"]), ("Bà Rịa - Vũng Tàu", ["Bà Rịa", "Vũng Tàu"]),
]

NEGATIVE = [
    "12 Adeola Odeku Street, Victoria Island",  # (no Vietnamese letter in the street's name)
    "version 2.14 build", "P. Smith wrote", "Q. What is it?",  # (an initial; a question: no ward's number)
    "Vinh and Hue joined", "Long Anh",  # (given names; not a listed town)
    "12 Main Street, Springfield", "Platform 5, Quantum 3",  # (no ward's or district's number after it)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlaceVietnamRecognizer").analyze(text, [E], nlp_artifacts=None) == []
