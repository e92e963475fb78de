"""PERSON: names in Chinese and Japanese script, by their label or honorific (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("2026-11-03 10:12:44 INFO [order] 會員 王小明 下單成功", ["王小明"]),  # a member, in a log line
    ("member 林美玲 updated address", ["林美玲"]),  # an English label
    ("黃俊傑嘅手提電腦，IT 已登記", ["黃俊傑"]), ("王小明的笔记本坏了", ["王小明"]),  # whose laptop
    ("Quit: I'm 李嘉欣 from HK", ["李嘉欣"]), ("this is 陳大文 speaking", ["陳大文"]),  # a speaker's own, in English
    ("收件人：陳志明，地址：", ["陳志明"]), ("联系人张伟，电话", ["张伟"]),  # a recipient; a contact, glued
    ("用戶：歐陽娜娜，已驗證", ["歐陽娜娜"]),  # a two-character surname
    ("聯絡人 黃志強先生", ["黃志強"]),  # an honorific after the name
    ("明天陳美玲小姐會來", []),  # (glued to Han before it: not taken)
    ("，陳美玲小姐明天來。", ["陳美玲"]), ("王先生您好", ["王"]),  # Miss, Mr
    ("お届け先：山田 花子 様", ["山田 花子"]), ("佐藤 一郎さん", ["佐藤 一郎"]),  # Japanese: name, honorific
    ("ヤマダ ハナコ さま", ["ヤマダ ハナコ"]),  # in katakana
    ("2026-11-03 INFO [ship] 寄送至 高雄市 給 Panay Kacaw", []),  # ('給', give: too common a word)
    ("會員 Panay Kacaw 登入", ["Panay Kacaw"]), ("寄給 Lin Mei-Ling", ["Lin Mei-Ling"]),  # romanized
    ("Kenji Tanaka さん、ありがとう", ["Kenji Tanaka"]),
    ("本日比嘉様より電話あり", []), ("、比嘉様より電話あり", ["比嘉"]), ("宮良さんの荷物", ["宮良"]),  # a surname alone
    ("氏名：鈴木 一郎", ["鈴木 一郎"]),
    ("Accessed resources: /客戶聯絡/比勇·伊斯坦大_0919298826.vcf", ["比勇·伊斯坦大"]),  # a dotted name
    ("退換貨申請（阿巴斯·烏代 您好，已致電", ["阿巴斯·烏代"]), ("王志明 您好，您的訂單", ["王志明"]),  # a greeting
    ("你好，我叫陳大文，住喺九龍", ["陳大文"]), ("我係李美玲，請打", ["李美玲"]),  # Mandarin's and Cantonese's 'I am'
    ("请联系我：9135 3654，谢谢！\n沈文庆\n\nP.S. Still", ["沈文庆"]),  # the name on the line after the thanks (round 64)
    ("谢谢！\\n沈国良','NORMAL'", ["沈国良"]),  # (a dump's escaped line, its string's end)
    ("/客服中心/客戶聯絡/廖佳穎_0966568524.vcf", ["廖佳穎"]), ("RETR /Backup/收件地址_鄭政達_臺東縣.txt", ["鄭政達"]), ("担当 比嘉 真由美", ["比嘉 真由美"]),  # after a label
]

NEGATIVE = [
    "谢谢！\n我们明天见",  # (a sentence on the next line, no surname's)
    "會員 高雄市民",  # no surname of the list: Kaohsiung's citizens
    "我係呢度等你", "我叫咗外賣",  # ('I am here waiting'; 'I ordered take-away': no surname after it)
    "會員等級 金卡",  # (the label's word in a longer one)
    "I am 中文 learner", "我的手機壞了", "公司的電腦",  # (my phone; the firm's computer: no surname) "this is 台北 office",  # (no surname of the list after it)
    "用戶數 1280",
    "ご担当者様、お客様、皆さん",  # the one in charge, the customer, everyone: no name
    "、店長さんに確認。お医者さんと、御社様、管理人さん", "、祖母様",  # (a role's, a firm's, a kin's word)
    "会議 予定 です",  # (two words, no honorific)
    "感謝王先生的協助",  # (glued to Han before it)
    "通知 Google Play 更新", "感謝 Apple",  # (a product's two words: one of them no name's; one word)
    "Google Play さん",
    "謝謝 您好", "/王品牌_2024.pdf", "/產品型錄_2024.pdf", "第3·4季", "沖縄・奄美・八丈島・北海道の島旅",  # (thanks; a brand's year; digits)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: a log's '氏名=', a title before a name, a name without its blank after a label and its colon, an
    # address's 'to' before the name
    ("ログイン成功 user=tanaka ip=192.168.10.25 氏名=田中 浩", ["田中 浩"]), ("部署: 営業部 課長 高橋 健一", ["高橋 健一"]),
    ("担当者: 鈴木一郎 (内線 1234)", ["鈴木一郎"]), ("ルクア大阪 宛 山本様", ["山本"]),
    ("担当者: 営業部", []), ("担当: 総務課", []),  # (a department's, an office's)
    # Korean: a name after its label, before its honorific or a title, a login between
    ("수령인: 이영희 010-9876-5432", ["이영희"]), ("고객 박지훈 님 전화번호", ["박지훈"]), ("이름=최수진", ["최수진"]),
    ("사용자 김민수(minsu.kim)님이 로그인에 실패했습니다", ["김민수"]), ("담당 이서연 대리", ["이서연"]),
    ("수취인 정민호님", ["정민호"]),
    ("고객 지원팀 과장", []), ("홍보팀 과장", []), ("사용자 정보 변경", []), ("이름 변경 완료", []),  # (a team's, words)
    ("고객 서비스 센터", []), ("사용자님 환영합니다", []), ("구매자님", []),
])
def test_round_67s_japanese_and_korean_names(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == expected
