"""USERNAME and SERIAL_NUMBER after Chinese, Japanese and Korean labels (synthetic values)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("帳號: jhchen 登入成功", ["jhchen"]), ("使用者名稱：mei_lin88", ["mei_lin88"]),  # a colon, full-width too
    ("账号：zhangwei2024 登录成功", ["zhangwei2024"]), ("ユーザー名: taro_y", ["taro_y"]),
    ("ログインID：hanako.h", ["hanako.h"]), ("用戶 jhchen 登出", ["jhchen"]),
    ("使用者ming0912修改密碼", ["ming0912"]),  # glued on both sides
    ("아이디: minsu_k 로그인", ["minsu_k"]),
])
def test_a_login_after_a_cjk_label(find, text, expected):
    assert [v for t, v in find(text, "USERNAME") if t == "USERNAME"] == expected


@pytest.mark.parametrize("text", ["使用者 ID 12345", "用戶 admin 登入", "用戶 Panay Kacaw 登入",
                                  "帳號: 12345", "用戶 mei@example.com"])
def test_no_login_after_a_cjk_label_where_none_is(find, text):
    assert [v for t, v in find(text, "USERNAME") if t == "USERNAME"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("設備序號: FX2024ABC1234", ["FX2024ABC1234"]), ("序號：C02XK1ZJJG5H", ["C02XK1ZJJG5H"]),
    ("シリアル番号：SN8472AB91", ["SN8472AB91"]), ("製造番號 ABC1234567", ["ABC1234567"]),
    ("產品金鑰：VK7JG-NPHTM-C97JM-9MPGT-3V66T", ["VK7JG-NPHTM-C97JM-9MPGT-3V66T"]),
    ("序列號20241103887651已登記", ["20241103887651"]),  # all digits, glued
    ("시리얼 번호: R58N123ABC", ["R58N123ABC"]),
    ("你好，我的iPhone 13序列号是K07L10KWJL，充不了电。", ["K07L10KWJL"]),  # (Chinese's 'is' after the label: round 64)
])
def test_a_serial_after_a_cjk_label(find, text, expected):
    assert [v for t, v in find(text, "SERIAL_NUMBER") if t == "SERIAL_NUMBER"] == expected


@pytest.mark.parametrize("text", ["序號 12 品名 路由器", "序號：12345678 數量 5", "序號：3", "序列號：2026-11-03",
                                  "序列號：1234", "シリアル番号：d41d8cd98f00b204e9800998ecf8427e"])
def test_no_serial_after_a_cjk_label_where_none_is(find, text):
    assert [v for t, v in find(text, "SERIAL_NUMBER") if t == "SERIAL_NUMBER"] == []


@pytest.mark.parametrize(("text", "entity", "expected"), [
    ("使用者從111.250.3.4登入", "IP_ADDRESS", ["111.250.3.4"]),  # Chinese glued before and after
    ("IPv6位址2001:b011:4006:1234::5登入", "IP_ADDRESS", ["2001:b011:4006:1234::5"]),
    ("MAC位址00:11:32:AB:CD:EF，已綁定", "HARDWARE_ID", ["00:11:32:AB:CD:EF"]),
    ("信箱mei.lin@gmail.com已驗證", "EMAIL_ADDRESS", ["mei.lin@gmail.com"]),
    ("主機名稱DESKTOP-4F7KQ2M連線", "HOSTNAME", ["DESKTOP-4F7KQ2M"]),
    ("IPアドレス192.0.2.44からログイン", "IP_ADDRESS", ["192.0.2.44"]),
])
def test_values_glued_to_chinese_or_japanese(find, text, entity, expected):
    assert [v for t, v in find(text, entity) if t == entity] == expected


@pytest.mark.parametrize(("text", "entity"), [
    ("build1.2.3.4", "IP_ADDRESS"), ("x111.250.3.4", "IP_ADDRESS"),  # (Latin glued: still a word's tail)
    ("a00:11:32:AB:CD:EF", "HARDWARE_ID"), ("xDESKTOP-4F7KQ2M", "HOSTNAME"),
])
def test_latin_glued_to_a_value_still_makes_one_word(find, text, entity):
    assert [v for t, v in find(text, entity) if t == entity] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: a login in a label's quotes; Korean's user before it; a login between a Korean name and its honorific
    ("ユーザー「takahashi_k」がパスワードを変更しました", ["takahashi_k"]), ("사용자 'minsu.kim' 로그인 실패", ["minsu.kim"]),
    ("사용자 김민수(minsu.kim)님이 로그인", ["minsu.kim"]),
    ("ユーザー「ID」", []), ("사용자 ID: admin", []), ("김민수(2024)님", []),  # (an id's word; a placeholder; a number)
])
def test_round_67s_cjk_logins(find, text, expected):
    assert [v for t, v in find(text, "USERNAME") if t == "USERNAME"] == expected
