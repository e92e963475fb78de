"""PERSON: Vietnamese names by their family name or the words before them (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("Xin chào, tôi là Nguyễn Văn An, số điện thoại 0912 345 678", ["Nguyễn Văn An"]),  # a family name of the list
    ("Chị Trần Thị Mai ở Hà Nội gọi lại giúp em", ["Trần Thị Mai"]), ("Người nhận: Lê Hoàng Long", ["Lê Hoàng Long"]),
    ("Cảm ơn anh Minh nhiều ạ! Em gửi chị Lan hóa đơn nhé.", ["Minh", "Lan"]),  # a kin word as a title
    ("tên tôi là Khổng Minh Triết", ["Khổng Minh Triết"]),  # (a family name off the list, after 'my name is')
    ("Cảm ơn bạn! Thân ái, Ngọc Anh", ["Ngọc Anh"]), ("Trân trọng,\nKhổng Minh Triết", ["Khổng Minh Triết"]),  # signed
    ("please contact Nguyen Van Binh in Da Nang", ["Nguyen Van Binh"]), ("Do Van Tuan, kế toán", ["Do Van Tuan"]),
]

NEGATIVE = [
    "45/2 Lê Lợi, P. Bến Nghé", "đường Lê Lợi rất đông", "123 Nguyễn Trãi, Phường 7",  # a street named for a person
    "TP. Hồ Chí Minh", "Hồ Chí Minh",  # (the city)
    "56 Trần Hưng Đạo, P. Phạm Ngũ Lão, Q.1", "Cảm ơn bạn rất nhiều",  # (a ward named for a person; no capital)
    "Do Not Disturb mode", "Le Monde article", "Ho Ho Ho",  # (English and French words: no middle name's cue)
    "Bà Rịa - Vũng Tàu", "Anh ngữ",  # (a province; a title's word capitalized at a sentence's start is not taken)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E and v in expected) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PersonVietnameseRecognizer").analyze(text, [E], nlp_artifacts=None) == []
