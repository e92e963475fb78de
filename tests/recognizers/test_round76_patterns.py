"""Round 76's patterns in the bundled recognizers (Patagonia, Tierra del Fuego and the Galápagos; Wales, Cornwall and
the Scottish Highlands and Islands; Xinjiang, Tibet and Inner Mongolia), each with what it must not take (synthetic
sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Patagonia's towns, the postcodes beside them, the Galápagos' places and postcodes
    ("Hospedaje en Trevelin, cerca de Esquel (U9200)", "LOCATION", "Trevelin"),
    ("Trelew (U9100), Chubut", "LOCATION", "U9100"), ("Rivadavia 512, U9105 Gaiman", "LOCATION", "U9105"),
    ("Punta Arenas 6200000, Magallanes", "LOCATION", "6200000"), ("vive en la Patagonia.", "LOCATION", "Patagonia"),
    ("Puerto Ayora, Santa Cruz, Galápagos 200350", "LOCATION", "200350"),
    ("Puerto Ayora, Santa Cruz, Galápagos 200350", "LOCATION", "Puerto Ayora"),
    ("Isabela, Galápagos", "LOCATION", "Isabela"), ("vivo en Rawson, Chubut", "LOCATION", "Rawson"),
    # Argentina's mobiles as Patagonia groups them after '15' (this one passes Luhn's check too), after Welsh's label
    ("Escribime al (02945) 15-63-8467 ya", "PHONE_NUMBER", "(02945) 15-63-8467"),
    ("Bore da! Ffôn: (02945) 15-63-8467", "PHONE_NUMBER", "(02945) 15-63-8467"),
    # Welsh's, Cornish's, Scottish Gaelic's and Scots' 'my name is' and 'I am'; Uyghur's after a greeting
    ("Helô, Rhodri Huws ydw i; rwy'n byw yn Aberystwyth", "PERSON", "Rhodri Huws"),
    ("Fy enw i yw Llinos Roberts o Gaerdydd.", "PERSON", "Llinos Roberts"),
    ("Dydh da, Morwenna Pascoe ov vy, a Lannstefan", "PERSON", "Morwenna Pascoe"),
    ("Is mise Iain MacLeòid à Port Rìgh", "PERSON", "Iain MacLeòid"), ("Ah'm Fiona Flett fae Kirkwa", "PERSON", "Fiona Flett"),
    ("Salam, men Abdurehim Tursun, Ürümqi sheherde turimen", "PERSON", "Abdurehim Tursun"),
    # a name before its login in brackets; useradd's comment and login, on its line and on sudo's wrapped one
    ("Booking created for Calum MacLennan (user calum.maclennan) pickup", "PERSON", "Calum MacLennan"),
    ("Booking created for Calum MacLennan (user calum.maclennan) pickup", "USERNAME", "calum.maclennan"),
    ("COMMAND=/usr/sbin/useradd -m -c \"Gethin Parry\" -s /bin/bash gethin32", "PERSON", "Gethin Parry"),
    ("COMMAND=/usr/sbin/useradd -m -c \"Gethin Parry\" -s /bin/bash gethin32", "USERNAME", "gethin32"),
    ("    COMMAND=/usr/sbin/usermod -c \"Llinos Vaughan,Room", "PERSON", "Llinos Vaughan"),
    ("    G.07,01209408950,07574292005\" denzil.tregenza", "USERNAME", "denzil.tregenza"),
    # a site's account page of the member; the UK's postcode in a query string
    ("GET https://cdn.example.co.uk/account/imaclennan/bookings|UK", "USERNAME", "imaclennan"),
    ("/api/v2/postcode-lookup?pc=SA2+6JX&lang=cy", "LOCATION", "SA2+6JX"),
    # Chinese: a transliterated name after a label or 'I am called'; the mainland's postcode after its label; a
    # four-character city first in an address
    ("我叫阿依古丽·买买提，住在乌鲁木齐市天山区解放南路88号", "PERSON", "阿依古丽·买买提"),
    ("我叫阿依古丽·买买提，住在乌鲁木齐市天山区解放南路88号", "LOCATION", "乌鲁木齐市天山区解放南路88号"),
    ("联系人：次仁卓玛", "PERSON", "次仁卓玛"), ("我是客服旦增诺布，麻烦发一下收货地址", "PERSON", "旦增诺布"),
    ("地址：拉萨市城关区北京中路371号，邮编 850000", "LOCATION", "850000"),
    ("名字：ᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ", "PERSON", "ᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ"), ("Хүндэтгэсэн 索朗旺堆", "PERSON", "索朗旺堆"),
    # QQ's export: the nickname that is a name, a shop's nickname's name, a handle, the QQ number; a mention
    ("2024-03-01 13:27:18 【活跃】古丽娜尔(2783082833)", "PERSON", "古丽娜尔"),
    ("2024-03-01 13:27:18 【活跃】古丽娜尔(2783082833)", "USERNAME", "2783082833"),
    ("2024-03-05 18:11:56 【潜水】吐鲁番配件批发·张伟(1739923885)", "PERSON", "张伟"),
    ("2024-03-02 9:41:52 【活跃】吐鲁番配件批发阿依先木(2834298361)", "PERSON", "阿依先木"),
    ("2024-03-01 9:58:22 tenzin_lhasa(286600636)", "USERNAME", "tenzin_lhasa"),
    ("@艾克拜尔 ཐུགས་རྗེ་ཆེ།", "PERSON", "艾克拜尔"),
    # a ticket's customer, the recipient it fills in, the agent's note; a handle's mention; a name after English
    # regards in Tibetan script; a town where one says one is; a postcode after the region's Latin name
    ("3. 收件人填 周敏", "PERSON", "周敏"), ("1. 用户 乌云 来电反馈", "PERSON", "乌云"),
    ("客服备注：张伟 已补偿优惠券", "PERSON", "张伟"), ("@雪域格桑59 货到了", "USERNAME", "雪域格桑59"),
    ("Best regards ཉི་མ", "PERSON", "ཉི་མ"), ("Hi，我现在在哈密，明天回来取", "LOCATION", "哈密"),
    ("客户在 山南，网络 4G", "LOCATION", "山南"), ("Hotan, Xinjiang 848000 收件人", "LOCATION", "848000"),
    # Uyghur's 'my name', Uyghur's, Kazakh's and Mongolian's regards before a name in Arabic script
    ("مېنىڭ ئىسمىم ئابدۇرېھىم تۇرسۇن، ئۈرۈمچىدە تۇرىمەن", "PERSON", "ئابدۇرېھىم تۇرسۇن"),
    ("Құрметпен ئادىل نۇرمەت", "PERSON", "ئادىل نۇرمەت"),
]

NEGATIVE = [
    ("Patagonia fleece jacket", "LOCATION", "Patagonia"),  # (a brand)
    ("Juan Rawson", "LOCATION", "Rawson"), ("Isabela Moreno", "LOCATION", "Isabela"),  # (people's names)
    ("Gecko/20100101 Firefox", "LOCATION", "201001"), ("order 1234567 shipped", "LOCATION", "1234567"),  # (codes alone)
    ("Galápagos Tours", "LOCATION", "Galápagos"),  # (a firm)
    ("Dw i'n hoffi te. Ydw i'n iawn?", "PERSON", "Ydw"),  # (Welsh's verbs, no names)
    ("Salam, men bilen", "PERSON", "bilen"),  # (no name after 'I am')
    ("客户：客服部", "PERSON", "客服部"), ("联系人：新疆分公司", "PERSON", "新疆分公司"),  # (a department, a branch)
    ("2024-03-01 15:16:16 【活跃】巴扎数码(3131661578)", "PERSON", "巴扎数码"),  # (a shop's handle)
    ("2024-03-05 18:11:56 【潜水】吐鲁番配件批发·张伟(1739923885)", "LOCATION", "吐鲁番"),  # (a shop's town)
    ("see (user) here", "USERNAME", "user"), ("/account/settings/bookings", "USERNAME", "settings"),  # (route words)
    ("useradd -m -s /bin/bash", "USERNAME", "bash"),  # (no login after the shell)
    ("?q=SA2+6JX", "LOCATION", "SA2+6JX"),  # (a search's query, no postcode's parameter)
    ("哈密瓜很甜", "LOCATION", "哈密"), ("用户 Admin 登录", "PERSON", "Admin"),  # (a melon; an account's word)
    ("Xinjiang 9000000", "LOCATION", "900000"),  # (seven digits, no postcode)
    ("pago 0294515638467 ok", "PHONE_NUMBER", "0294515638467"),  # (thirteen digits that pass Luhn's check, ungrouped)
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
