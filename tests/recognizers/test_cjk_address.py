"""LOCATION: addresses in Chinese and Japanese script (synthetic addresses only)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    # Taiwan: county, township, village, road and section, number; a city's district, floor
    ("收件地址 花蓮縣光復鄉大全村中山路二段123號, 電話", ["花蓮縣光復鄉大全村中山路二段123號"]),
    ("address to 臺北市大安區和平東路二段106號5樓之2 tel", ["臺北市大安區和平東路二段106號5樓之2"]),
    ("地址：新北市板橋區文化路一段188巷12弄5號", ["新北市板橋區文化路一段188巷12弄5號"]),  # lane, alley
    ("寄送至 970花蓮縣花蓮市中華路51號", ["970花蓮縣花蓮市中華路51號"]),  # the postcode glued
    ("住在光復鄉大全村5鄰12號", ["光復鄉大全村5鄰12號"]),  # no county; a village, its neighbourhood
    ("請寄到中山路2號，謝謝", ["中山路2號"]),  # a road alone, after 'send to'
    # the mainland: province or municipality, districts, an avenue, a building and room
    ("我的地址是北京市朝阳区建国路88号SOHO现代城5号楼1203室，联系人", ["北京市朝阳区建国路88号SOHO现代城5号楼1203室"]),
    ("请寄到广东省深圳市南山区科技园南区深南大道9988号。", ["广东省深圳市南山区科技园南区深南大道9988号"]),
    # Japan: prefecture, city, district, block and lot; the postcode before it; a district's 字
    ("お届け先：〒907-0004 沖縄県石垣市登野城2丁目14番地 山田", ["〒907-0004 沖縄県石垣市登野城2丁目14番地"]),
    ("住所は東京都千代田区千代田1-1です。", ["東京都千代田区千代田1-1"]),
    ("鹿児島県大島郡与論町茶花32-1 に住んでいます", ["鹿児島県大島郡与論町茶花32-1"]),
    ("北海道虻田郡ニセコ町字富士見95番地", ["北海道虻田郡ニセコ町字富士見95番地"]),
    ("住所 宮古島市平良字西里１２３番地", ["宮古島市平良字西里１２３番地"]),  # no prefecture; full-width digits
    ("郵便番号 〒100-0001", ["〒100-0001"]),  # the postcode alone
    # Hong Kong: its region and district, the road, the number, floor and flat with blanks or none
    ("我叫陳大文，住喺九龍旺角彌敦道 688 號 12 樓 B 室，電話", ["九龍旺角彌敦道 688 號 12 樓 B 室"]),
    ("地址：香港灣仔軒尼詩道 300 號 15 樓", ["香港灣仔軒尼詩道 300 號 15 樓"]),
    ("送貨地址：新界沙田大圍村南道 12 號地下", ["新界沙田大圍村南道 12 號地下"]),
]

NEGATIVE = [
    "这款路由器在中山路的门店买的，型号 AX3000，版本 1.0.2。",  # a road without a number
    "訂單號 20261103-88812", "商品 SKU-10023 價格 NT$1,280",  # an order's number, a price
    "台北市政府今天宣布", "搭捷運台北市5號線",  # a city's government; a metro line
    "今日は東京駅で会議でした。大阪府の天気は晴れ。",  # places, no address
    "京都府立大学1号館で", "第3-2会議室", "2026年11月3日",  # a building's number; a room; a date
    "ver 1.2.3 build 2026-11-03",
    "我知道 12 號會到", "旺角好多人",  # ('I know (it) comes on the 12th': no district before 知道; a district alone)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_an_address_starts_where_its_text_does(find):
    # not at a verb before it ('是', is; '住在', live in): the units' names are no longer
    assert [v for _, v in find("地址是北京市朝阳区建国路88号", E)] == ["北京市朝阳区建国路88号"]
    assert [v for _, v in find("我住在花蓮縣光復鄉中山路1號", E)] == ["花蓮縣光復鄉中山路1號"]
