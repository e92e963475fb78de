"""LOCATION: postal addresses written in Chinese or Japanese script.

Chinese (Taiwan's and the mainland's, Traditional or Simplified) and Japanese write an
address from the largest unit to the smallest with no blank between them, each unit
named by its last character: ``花蓮縣光復鄉大全村中山路二段123號`` is the county (縣), the
township (鄉), the village (村), the road (路) and its section (段), the house number (號);
``沖縄県石垣市登野城2丁目14番地`` the prefecture (県), the city (市), the district, its
block (丁目) and lot (番地). The unit characters and the number at the end are the
evidence; spaCy's English model reads none of it.

* ``address_zh`` (0.9): units down to a road or a village, then the house number
  (``號``/``号``), with its lane (巷), alley (弄), floor (樓) or room (室) when written.
* ``address_hk`` (0.9): Hong Kong's and Macau's: its region and district (``九龍旺角``, ``澳門``, of a closed list), the
  road (``彌敦道``), the number, floor and flat with blanks around them or none
  (``彌敦道 688 號 12 樓 B 室``).
* ``address_ja`` (0.9): a prefecture, city, ward, district or town, then the block and lot
  (``1-1``, ``2丁目14番地``, ``95番地``), the postcode (``〒907-0004``) before it maybe.
* ``postcode_ja`` (0.85): Japan's postcode after its mark, ``〒100-0001``; ``postcode_zh`` (0.85): the mainland's and
  Taiwan's after their label (``邮编 850000``, ``郵遞區號：100``).

Where such an address starts: CJK text has no blanks between words, so a name of
characters before a unit's character (``住在花蓮縣``, I live in Hualien County) could be
read as part of the unit's name. An address therefore starts either at a first-level
unit of a closed list (Taiwan's counties and cities, China's provinces, Japan's
prefectures), wherever it is, or after a character that is no Han or katakana (a blank,
punctuation, a postcode, a Japanese particle) or a word that introduces a place (``地址``,
``住在``, ``寄到``, ``在``, ``住所``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# ASCII and full-width digits
_D = r"[0-9０-９]"
# Han numerals, for a road's section ('二段') and a neighbourhood ('三鄰')
_HN = r"[一二三四五六七八九十]"

# First-level units whose names are a closed set: Taiwan's counties and special cities, China's
# provinces, municipalities, autonomous regions and special regions (both scripts)
_ZH_TOP = (
    r"(?:(?:[臺台]北|新北|桃[園园]|[臺台]中|[臺台]南|高雄|基隆|新竹|嘉[義义])市"
    r"|(?:新竹|苗栗|彰化|南投|[雲云]林|嘉[義义]|屏[東东]|宜[蘭兰]|花[蓮莲]|[臺台][東东]|澎湖|金[門门]|[連连]江)[縣县]"
    r"|(?:北京|天津|上海|重[庆慶])市"
    r"|(?:河北|山西|[辽遼][宁寧]|吉林|黑[龙龍]江|江[苏蘇]|浙江|安徽|福建|江西|山[东東]|河南|湖北|湖南|[广廣][东東]"
    r"|海南|四川|[贵貴]州|[云雲]南|[陕陝]西|甘[肃肅]|青海|[台臺][湾灣])省"
    r"|(?:[内內]蒙古|[广廣]西[壮壯]族|西藏|[宁寧]夏回族|新疆[维維]吾[尔爾])自治[区區]"
    r"|(?:香港|澳[门門])(?:特[别別]行政[区區])?)"
)
# A character of a place's name: Han, but no function word that glues a sentence to the
# address ('是', is; '在', in; '寄到', send to; '的', of; '请', please; '址', of '地址', address)
_HN_NAME = r"[^\P{Han}是在於于到至往住寄送請请給给的了我你他她您從从把被讓让就都也還还再又很址]"
# Where a unit named by its characters may start: not glued to Han before it, unless that
# is a word that introduces a place (an address's label, 'live in', 'send to', 'in', 'at')
_ZH_START = (r"(?:(?<![\p{Han}])|(?<=地址|住址|住在|住於|住于|寄到|寄至|送到|送至|位於|位于|地點|地点"
             r"|收件地址|通訊地址|通讯地址|在|於|于|是|到|至|往))(?![是在於于到至往住寄送位])")
# A lower unit: city, district, township, town, county, prefecture, banner (a Han name before it)
_ZH_UNIT = r"\p{Han}{1,4}?(?:市|區|区|縣|县|鄉|乡|鎮|镇|州|盟|旗|街道)"
_ZH_FIRST_UNIT = _HN_NAME + r"{1,4}?(?:市|區|区|縣|县|鄉|乡|鎮|镇|州)"
# A village or neighbourhood (村, 里; Taiwan's 鄰; the mainland's 社区)
_ZH_VILLAGE = r"\p{Han}{1,4}?(?:村|里|社区|社區)(?:" + _D + r"{1,3}鄰|" + _HN + r"{1,3}鄰)?"
# A road, avenue or street, its section maybe: '中山路二段', '中山二路', '深南大道'
_ZH_ROAD = r"[\p{Han}0-9０-９]{1,6}?(?:路|街|大道|大街)(?:" + _HN + r"{1,2}段)?"
# (where an address starts with its road or village, their names hold no function word)
_ZH_FIRST_ROAD = r"(?:" + _HN_NAME + r"|" + _D + r"){1,6}?(?:路|街|大道|大街)"
_ZH_FIRST_VILLAGE = _HN_NAME + r"{1,4}?(?:村|里|社区|社區)"
# The house: lane, alley, number (and a sub-number), then building, floor, room
_ZH_HOUSE = (
    r"(?:" + _D + r"{1,4}巷)?(?:" + _D + r"{1,4}弄)?" + _D + r"{1,5}(?:之" + _D + r"{1,3}|-" + _D + r"{1,3})?[號号]"
    r"(?:[\p{Han}A-Za-z0-9]{0,8}?" + _D + r"{1,4}(?:号楼|號樓|栋|棟|座|幢))?"
    r"(?:" + _D + r"{1,3}(?:单元|單元))?"
    r"(?:" + _D + r"{1,5}[室房]|" + _D + r"{1,3}[樓楼Ff](?:之" + _D + r"{1,3})?)?"
)

_JA_PREF = (
    r"(?:北海道|東京都|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川"
    r"|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀"
    r"|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)"
)
_JA_NAME = r"[\p{Han}\p{Katakana}ヶケ々ー]"
# A city, ward, district (郡), town or village; kana inside after the first unit ('さいたま市')
_JA_UNIT = r"[\p{Han}\p{Katakana}\p{Hiragana}ヶケ々ー]{1,6}?(?:市|区|郡|町|村)"
# A district's name: kanji or katakana, or hiragana, but not a particle that glues a sentence on first
# ('那覇市おもろまち4丁目', not '那覇市で2-3日')
_JA_DISTRICT = (r"(?:(?:" + _JA_NAME + r"|(?![のにでをはがとへもやか])\p{Hiragana})(?:" + _JA_NAME
                + r"|\p{Hiragana}){0,7}?)?")
# Sapporo's and Obihiro's grid: north or south of a street, its row ('条'), east or west then its block's number
# ('北1条西3丁目2-5', '南4条西5丁目', '西2条南9丁目11')
_JA_GRID = r"[北南東西](?:" + _D + r"{1,2}|" + _HN + r"{1,3})条[北南東西]?"
_JA_FIRST_UNIT = r"(?:" + _HN_NAME + r"|[\p{Katakana}ヶケ々ー]){1,5}?(?:市|区|郡|町|村)"
_JA_START = r"(?:(?<![\p{Han}\p{Katakana}ヶケ々ー])|(?<=住所|所在地|届け先|送り先|在住))"
# The block and lot: '1-1', '2丁目14番地', '95番地', '4丁目5番3号', '32-1'
_JA_DASH = r"[\-－‐−]"
_JA_NUMBER = (
    r"(?:" + _D + r"{1,4}(?:(?:丁目|番地?|" + _JA_DASH + r")" + _D + r"{1,5}){1,2}(?:番地?|号)?"
    r"|" + _D + r"{1,4}(?:丁目|番地|番|号)(?:" + _D + r"{1,5}(?:番地?|号))?)"
)
_JA_POSTCODE = r"〒[\ 　]?" + _D + r"{3}" + _JA_DASH + r"?" + _D + r"{4}"

# Hong Kong: its regions and districts, and the quarters an address names before its road
# ('九龍旺角彌敦道 688 號 12 樓 B 室', '香港灣仔軒尼詩道 300 號', '新界沙田大圍村南道 12 號地下'); Hong Kong
# writes a blank around the numbers as often as not
_HK_PLACE = (
    r"(?:香港島?|九[龍龙]|新界|中西[區区]|[灣湾]仔|東區|东区|南[區区]|油尖旺|深水[埗步]|九[龍龙]城|黃大仙|黄大仙|[觀观]塘|荃[灣湾]"
    r"|屯[門门]|元朗|北[區区]|大埔|西[貢贡]|沙田|葵青|離島|离岛|旺角|尖沙咀|[銅铜][鑼锣][灣湾]|中[環环]|上[環环]|西[環环]|北角"
    r"|[鰂鲗]魚涌|柴[灣湾]|筲箕[灣湾]|香港仔|薄扶林|油麻地|佐敦|紅磡|红磡|土瓜[灣湾]|何文田|九[龍龙]塘|太子|長沙[灣湾]|长沙[湾灣]"
    r"|荔枝角|美孚|大角咀|將軍澳|将军澳|坑口|馬鞍山|马鞍山|大圍|大围|火炭|粉嶺|粉岭|上水|天水圍|天水围|東涌|东涌|青衣|葵涌"
    r"|牛頭角|牛头角|藍田|蓝田|鑽石山|钻石山|樂富|乐富|慈雲山|慈云山|堅尼地城|坚尼地城|跑馬地|跑马地|天后|炮台山|太古|杏花邨"
    r"|深井|大澳|梅窩|梅窝|愉景灣|愉景湾"
    # Macau, its islands and quarters ('澳門南灣大馬路 567 號', '氹仔布拉干薩街 45 號')
    r"|澳[門门]|氹仔|路[環环]|路氹|黑沙[環环]|筷子基|祐漢|祐汉|青洲|台山|沙梨頭|沙梨头|下[環环]|新口岸|南[灣湾]|望廈|望厦|水坑尾"
    r"|新馬路|新马路|高士德|林茂塘|司打口|提督|慕拉士|馬場|马场|關閘|关闸|媽閣|妈阁|西灣|西湾|主教山|荷蘭園|荷兰园|塔石)"
)
_HK_HOUSE = (
    r"[\ ]?" + _D + r"{1,4}(?:[\-–]" + _D + r"{1,4})?[\ ]?[號号]"  # the number: ' 688 號', '12-14號'
    r"(?:[\ ]?(?:地下|" + _D + r"{1,3}[\ ]?[樓楼]|[A-Z0-9]{1,3}[\ ]?座))*"  # ground floor, the floor, a block
    r"(?:[\ ]?[A-Z0-9]{1,4}[\ ]?[室舖铺])?"  # the flat or the shop
)


class CjkAddressRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "address_zh",
            r"""(?x)
            (?:""" + _D + r"""{3}(?:""" + _D + r"""{2,3})?[\ \t]?)?     # the postcode maybe: Taiwan's 3 or 5-6
            (?:""" + _ZH_TOP + r"""                # digits, China's 6; a first-level unit of the list, or
              |""" + _ZH_START + _ZH_FIRST_UNIT + r"""    # a unit where an address may start,
              |""" + _ZH_START + r"""(?=""" + _ZH_FIRST_ROAD + r"""|""" + _ZH_FIRST_VILLAGE + r"""))  # or its road or village
            (?:""" + _ZH_UNIT + r""")*             # lower units
            (?:(?:""" + _ZH_VILLAGE + r""")(?:""" + _ZH_ROAD + r""")?  # a village, its road maybe,
              |""" + _ZH_ROAD + r""")              # or a road (not a unit's number: '台北市5號線', a metro line)
            """ + _ZH_HOUSE + r"""                 # the house's number: there is always one
            (?!""" + _D + r""")
            """,
            0.9,
        ),
        Pattern(
            "address_hk",
            r"""(?x)
            """ + _HK_PLACE + r"""(?:""" + _HK_PLACE + r""")*   # its region and districts
            \p{Han}{1,6}?(?:道|路|街|里|徑|径|坊|村|巷|圍|围|前地)    # the road (Macau's lane, yard, square too)
            """ + _HK_HOUSE + r"""
            (?!""" + _D + r""")
            """,
            0.9,
        ),
        Pattern(
            "address_ja",
            r"""(?x)
            (?:""" + _JA_POSTCODE + r"""[\ 　]*)?
            (?:""" + _JA_PREF + r"""(?:""" + _JA_UNIT + r""")*   # the prefecture and its units, or
              |""" + _JA_START + _JA_FIRST_UNIT + r"""(?:""" + _JA_UNIT + r""")*)  # a first unit and more
            (?:(?:大?字)?(?:""" + _JA_GRID + r"""|""" + _JA_DISTRICT + r""")  # the district ('登野城', '字富士見',
                                                 # 'おもろまち'), or Sapporo's grid ('北1条西')
              """ + _JA_NUMBER + r"""               # the block and lot
              (?!""" + _D + r"""|(?<=号)(?:館|線|機|車|系))  # not a building's or a line's number ('1号館')
            |""" + _JA_NAME + r"""{0,4}?大?字""" + _JA_NAME + r"""{1,6}?""" + _D + r"""{1,5}(?:番地)?(?!""" + _D + r"""|[\-－‐−])  # or Okinawa's
            )                                    # village's section and its lot alone ('恩納村字前兼久258',
                                                 # '宮古島市平良字西里243')
            """,
            0.9,
        ),
        Pattern(
            "prefecture_ja_value",
            r"(?x)(?<=[\"'=:：])" + _JA_PREF + r"(?=[\"'\s,;}]|$)",  # a prefecture alone as a value ('"pref":"神奈川県"',
            0.85,                                                    # EC-CUBE's customer): where one lives
        ),
        Pattern(
            "postcode_ja",
            r"(?x)" + _JA_POSTCODE + r"(?!" + _D + r")",
            0.85,
        ),
        Pattern(
            "postcode_zh",
            r"(?x)(?<=(?:邮编|郵編|邮政编码|郵政編碼|郵遞區號)[:：]?[\ 　]?)"  # the mainland's six digits, Taiwan's
            r"(?:" + _D + r"{6}|" + _D + r"{3}(?:" + _D + r"{2})?)(?!" + _D + r")",  # three or five, after their
            0.85,                                                                  # label ('邮编 850000')
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name="CjkAddressRecognizer",
            patterns=list(self.PATTERNS),
            context=["地址", "住址", "住所", "address"],
            global_regex_flags=re.MULTILINE,  # no case in these scripts: a case-blind prefilter costs
        )
