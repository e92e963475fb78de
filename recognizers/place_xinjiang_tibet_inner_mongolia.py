"""LOCATION: Xinjiang's, Tibet's and Inner Mongolia's towns, in Latin letters, Chinese characters, and Uyghur's,
Tibetan's and Mongolian's own scripts.

spaCy's small English model reads many of them as persons (``Qeshqer``, ``Turpan``, ``Gyantse``, ``Hulunbuir``)
or not at all, reads no Han, Uyghur or Tibetan script, and a log's or an export's cells get no NER at all. A
closed list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``xinjiang_place``, ``tibet_place``, ``inner_mongolia_place``: the towns, prefectures and regions in their
  pinyin, Uyghur, Tibetan and Mongolian romanizations (``Ürümqi``, ``Kashgar``, ``Qeshqer``, ``Shigatse``,
  ``Xigazê``, ``Hohhot``, ``Kökeqota``), and the regions themselves (``Xinjiang``, ``Xizang``, ``Inner
  Mongolia``).
* ``han_place``: their names in Chinese characters (``乌鲁木齐``, ``喀什``, ``拉萨``, ``呼和浩特``). Han text has no
  blanks, so the names are the longer and rarer ones; a short one that is a word too (``和田``, and; ``阿里``, the
  Alibaba group's; ``山南``) only with its unit's character (``和田市``, ``阿里地区``). An address the CJK address
  recognizer finds takes these names in, whole.
* ``uyghur_script_place``: their names in Uyghur's Arabic script, with Uyghur's case endings (``ئۈرۈمچى``,
  ``ئۈرۈمچىدە``: in Ürümqi; ``قەشقەرگە``: to Kashgar).
* ``tibetan_script_place``: their names in Tibetan script (``ལྷ་ས``, ``གཞིས་ཀ་རྩེ``), a case particle glued to
  the name maybe (``ལྷ་སར``: to Lhasa).
* ``postcode_after_region``: the six digits of China's postcode after the region's name in Latin letters (``Hotan,
  Xinjiang 848000``).
* ``mongolian_cyrillic_place``: Inner Mongolia's towns as Mongolia's Cyrillic writes them (``Хөх хот``, ``Бугат``,
  ``Өвөр Монгол``), with Mongolian's case endings (``Хөх хотод``: in Hohhot).

Left out: a town inside a firm's, a body's or an event's name (``Xinjiang Tianshan Textiles``, ``Lhasa Beer``,
``Inner Mongolia Yili Industrial``), and the names that are words or people's too in Latin letters (``Ili``,
``Saga``, ``Bole``, ``Hami`` before a melon), but in their unit's phrase.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_XINJIANG = (
    r"(?:Ürümqi|Urumqi|Urumchi|Ürümchi|Wulumuqi|Wūlǔmùqí|Kashgar|Kashi|Qeshqer|Kaxgar|Hotan|Khotan|Xotan|Hetian"
    r"|Turpan|Turfan|Tulufan|Ghulja|Gulja|Yining|Aksu|Aqsu|Korla|Kurla|Karamay|Qaramay|Kelamayi|Altay|Aletai"
    r"|Tacheng|Chöchek|Chuguchak|Bortala|Hami(?![ ](?:melon|Melon))|Kumul|Qumul|Shihezi|Changji|Sanji|Yarkand|Yarkant"
    r"|Yeken|Shache|Kuqa|Kucha|Kuchar|Artux|Atush|Artush|Kargilik|Qaghiliq|Yecheng|Tashkurgan|Tashqorghan|Burqin"
    r"|Kanas|Tumxuk|Wujiaqu|Fukang|Kuytun|Kuitun|Zhaosu|Korgas|Khorgos|Horgos|Bayingolin|Bayanghol|Kizilsu"
    r"|Qizilsu|Niya|Minfeng|Keriya|Yutian|Cherchen|Qiemo|Charkilik|Ruoqiang|Loulan|Lop[ ]Nur|Toksun|Pichan|Shanshan"
    r"|Jimsar|Qitai|Manas(?=,|[ ]County)|Usu(?=,|[ ]City)|Dushanzi|Beitun|Jeminay|Habahe|Qinggil|Fuyun|Koktokay"
    r"|Ili[ ]Kazakh(?:[ ]Autonomous[ ]Prefecture)?|Ili[ ]Valley|Ili[ ]Prefecture|Tarim[ ]Basin|Dzungaria|Junggar"
    r"|Xinjiang|Sinkiang|Shinjang|Xinjiang[ ]Uyghur[ ]Autonomous[ ]Region|East[ ]Turkestan|Sherqiy[ ]Türkistan"
    r")"
)
_TIBET = (
    r"(?:Lhasa|Lāsà|Shigatse|Xigazê|Xigaze|Rikaze|Nyingchi|Nyingtri|Linzhi|Tsetang|Tsethang|Zetang|Gyantse"
    r"|Gyangzê|Gyangze|Jiangzi|Chamdo|Qamdo|Changdu|Nagqu|Nakchu|Naqu|Ngari|Shiquanhe|Senge[ ]Tsangpo|Lhoka"
    r"|Shannan|Tingri|Dingri|Damxung|Dangxiong|Nyalam|Purang|Burang|Zhangmu|Gyirong|Kyirong|Yadong|Dromo|Rongbuk"
    r"|Namtso|Nam[ ]Tso|Yamdrok(?:[ ]Tso)?|Medog|Metok|Pelbar|Lhünzê|Tsona|Nedong|Dagzê|Taktse|Chushur|Quxu"
    r"|Tölung|Doilungdêqên|Maizhokunggar|Gongkar|Gonggar|Samye|Tsurphu|Barkhor|Lhünzhub|Phenpo|Sakya|Lhatse"
    r"|Shelkar|Ngamring|Tibet[ ]Autonomous[ ]Region|Xizang|Tibet|Bod|Bhöd|Kham|Amdo|Ü-Tsang|U-Tsang"
    r")"
)
_INNER_MONGOLIA = (
    r"(?:Hohhot|Huhhot|Huhehaote|Hūhéhàotè|Kökeqota|Köke[ ]Qota|Khökh[ ]khot|Khukh[ ]Khot|Baotou|Bugat|Ordos"
    r"|Chifeng|Ulanhad|Tongliao|Hulunbuir|Hulun[ ]Buir|Hulunbei'er|Hailar|Manzhouli|Xilinhot|Shiliin[ ]Khot"
    r"|Xilingol|Shiliin[ ]Gol|Ulanqab|Ulaanchab|Jining(?=,[ ]Inner|,[ ]Ulan)|Bayannur|Bayannaoer|Wuhai|Alxa"
    r"|Alashan|Alxa[ ]League|Ulanhot|Ulaankhot|Erenhot|Erlian|Ereen|Dongsheng|Ejin(?:[ ]Banner)?|Arxan|Arshaan"
    r"|Zhalantun|Genhe|Horqin|Naiman|Duolun|Dolonnur|Xanadu|Zhenglan|Abag|Sonid|Jarud|Hinggan|Xing'an"
    r"|Ar[ ]Horqin|Khorchin|Ujimqin|Dongwu|Xiwu|Siziwang|Darhan|Tumed|Tuoketuo|Togtoh|Helinge'er|Hanggin"
    r"|Otog|Jungar|Ejin[ ]Horo|Dalad|Yakeshi|Ergun|Evenk|Oroqen|Inner[ ]Mongolia(?:[ ]Autonomous[ ]Region)?"
    r"|Nei[ ]Mongol|Nei[ ]Menggu|Öbür[ ]Mongghol|Southern[ ]Mongolia"
    r")"
)
# In Han characters: the long and rare names anywhere; a short one that is a word too only with its unit's
# character ('和田市', '阿里地区', '山南市', '哈密市' but not '哈密瓜', a melon)
_HAN = (
    r"(?:乌鲁木齐|烏魯木齊|喀什噶尔|喀什|吐鲁番|吐魯番|伊宁|伊寧|伊犁|阿克苏|阿克蘇|库尔勒|庫爾勒|克拉玛依|克拉瑪依|阿勒泰"
    r"|塔城|博尔塔拉|博爾塔拉|石河子|昌吉|莎车|莎車|库车|庫車|阿图什|阿圖什|叶城|葉城|塔什库尔干|布尔津|喀纳斯|喀納斯"
    r"|巴音郭楞|克孜勒苏|奎屯|五家渠|阜康|霍尔果斯|霍爾果斯|新疆|若羌|且末|民丰|于田|鄯善|托克逊|奇台|乌苏|北屯"
    r"|拉萨|拉薩|日喀则|日喀則|林芝|泽当|澤當|江孜|昌都|那曲|狮泉河|獅泉河|定日|当雄|當雄|聂拉木|普兰|樟木|吉隆|亚东"
    r"|亞東|纳木错|納木錯|羊卓雍错|墨脱|墨脫|西藏|八廓街|堆龙德庆|达孜|曲水|贡嘎|扎囊|萨迦|拉孜"
    r"|呼和浩特|包头|包頭|鄂尔多斯|鄂爾多斯|赤峰|通辽|通遼|呼伦贝尔|呼倫貝爾|海拉尔|海拉爾|满洲里|滿洲里|锡林浩特|錫林浩特"
    r"|锡林郭勒|錫林郭勒|乌兰察布|烏蘭察布|巴彦淖尔|巴彥淖爾|乌海|烏海|阿拉善|乌兰浩特|烏蘭浩特|二连浩特|二連浩特|东胜|東勝"
    r"|额济纳|額濟納|阿尔山|阿爾山|扎兰屯|扎蘭屯|根河|科尔沁|科爾沁|多伦|多倫|牙克石|额尔古纳|額爾古納|内蒙古|內蒙古"
    r"|(?:和田|哈密|阿里|山南|阿拉尔|图木舒克|博乐|兴安)(?:市|地区|地區|县|縣|盟)"
    r"|(?<=在[ ]?)(?:和田|哈密|阿里|山南)(?=[，。,!！\s]|$)|哈密(?!瓜|市)(?=[，。,\s])"  # (or where one says one is:
    # '我现在在哈密，', '客户在 山南，')
    r")"
)
# Uyghur's Arabic script: the towns, then a case ending maybe (locative, dative, ablative, genitive: 'ئۈرۈمچىدە')
_UYGHUR = (
    r"(?:ئۈرۈمچ[ىی]|قەشقەر|خوتەن|تۇرپان|غۇلجا|ئاقسۇ|كورلا|قاراماي|ئالتاي|قۇمۇل|شىنجاڭ|يەكەن|ئاتۇش|كۇچار|كۇچا"
    r"|چۆچەك|بۆرتالا|سانجى|تاشقورغان|قاغىلىق|چەرچەن|چاقىلىق|نىيە|كېرىيە|ئىلى|پىچان|توقسۇن|مارالبېشى|شاڭخەي|بېيجىڭ"
    r")(?:دە|دا|تە|تا|دىن|تىن|دىكى|تىكى|گە|غا|كە|قا|نىڭ|لىك|لىق)?"
)
# Tibetan script: the towns, a case particle glued to them maybe ('ལྷ་སར': to Lhasa; 'ལྷ་སའི': of Lhasa)
_TIBETAN = (
    r"(?:ལྷ་ས|གཞིས་ཀ་རྩེ|ཉིང་ཁྲི|རྩེ་ཐང|རྒྱལ་རྩེ|ཆབ་མདོ|ནག་ཆུ|མངའ་རིས|ལྷོ་ཁ|དིང་རི|འདམ་གཞུང|གཉའ་ལམ|སྤུ་ཧྲེང"
    r"|སྐྱིད་གྲོང|གྲོ་མོ|ས་སྐྱ|ལྷ་རྩེ|བོད་རང་སྐྱོང་ལྗོངས|ཟི་ལིང|མཚོ་སྔོན)(?:ར|འི|ལ|ནས|ན)?"
)
_TIBETAN_BOUNDARY_BEFORE = r"(?<![\u0f40-\u0fbc])"
_TIBETAN_BOUNDARY_AFTER = r"(?![\u0f40-\u0fbc])"
# Mongolian's Cyrillic: Inner Mongolia's towns, a case ending maybe ('Хөх хотод': in Hohhot; 'Бугатаас': from Baotou)
_MONGOLIAN = (
    r"(?:Хөх[ ]?хот|Бугат|Ордос|Улаанхад|Хайлаар|Шилийн[ ]хот|Шилийн[ ]гол|Улаанцав|Баяннуур|Алшаа|Улаанхот"
    r"|Эрээн|Хөлөнбуйр|Хүрээ|Өвөр[ ]Монгол)(?:од|ын|ийн|оос|аас|д|ад|эд|т|ад|руу|рүү|ыг|ийг)?"
)

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|International|Hotel|Resort|Mall|Group|Bank|Club|Store|Shop"
                   r"|Express|Services|Trading|Company|Co|Ltd|Limited|Inc|Corporation|Corp|Industrial|Industry"
                   r"|Motors|Pharmacy|Hospital|Clinic|College|University|Normal|Medical|School|Academy|Council|Trust"
                   r"|Festival|Expo|Marathon|Stores|Supermarket|Brewery|Beer|Textiles|Textile|Cotton|Airlines"
                   r"|Daily|Television|TV|Radio|Railway|Dairy|Yili|Mengniu|Steel|Energy|Mining|Coal|Petroleum"
                   r"|Oilfield|Construction|Investment|Holdings|Foods|Tours|Travel|Guesthouse|Hostel|Restaurant"
                   r"|Museum|Library|Stadium|Station|Road|Street|Lu|Jie|Avenue|Lake(?=[ ]Tour)|Noodles|Kitchen)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
_NOT_A_SITE = (r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|University[ ]of|Bank[ ]of)[ ])")
# Han: not inside an address with its house's number, nor inside a firm's, a school's or a body's name
# ('新疆天山纺织有限公司' would read '新疆' as a place: the address recognizer takes an address whole, and a firm's name is
# no one's place)
_HAN_NOT_BUSINESS = (r"(?![\p{Han}0-9０-９\-]{0,30}?[号號])"  # (nor a town an address's first unit: the CJK address
                     # recognizer's whole, '乌鲁木齐市天山区解放南路88号')
                     r"(?![\p{Han}]{0,8}?(?:公司|集团|集團|大学|大學|学院|學院|银行|銀行|医院|醫院|酒店|饭店|飯店|日报|日報"
                     r"|电视台|電視台|航空|啤酒|乳业|乳業|工业|工業|有限|股份|配件|批发|批發|数码|數碼|维修|維修|手机|手機"
                     r"|电脑|電腦|通讯|通訊|商行|商贸|超市|专卖|旗舰|门店|門店|的风|之子|之鹰))")
# (nor a town a QQ export's nickname starts with: a shop's or a handle's, '吐鲁番配件批发·张伟(…)')
_NOT_A_NICKNAME = r"(?<!^\d{4}-\d{2}-\d{2}[ ]\d{1,2}:\d{2}:\d{2}[ ](?:【[^】\n]{1,12}】)?)"


def _place(names: str) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it; a quote before the name is a
    # string's, as a SQL dump writes its cells; not an elision's)
    # (and Han glued to the name either side: Chinese writes no blank around a Latin word, '我在Korla，')
    return (r"(?x)(?:(?<=\\n)|(?<![\p{Latin}\p{Cyrillic}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names
            + r"(?![\p{Latin}\p{Cyrillic}\p{M}\-])" + _NOT_BUSINESS)


class PlaceXinjiangTibetInnerMongoliaRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern("xinjiang_place", _place(_XINJIANG), 0.9),
        Pattern("tibet_place", _place(_TIBET), 0.9),
        Pattern("inner_mongolia_place", _place(_INNER_MONGOLIA), 0.9),
        Pattern("han_place", r"(?x)" + _NOT_A_NICKNAME + _HAN + _HAN_NOT_BUSINESS, 0.9),
        Pattern("postcode_after_region",
                r"(?x)(?<=(?:Xinjiang|Tibet|Xizang|Inner[ ]Mongolia|Nei[ ]Mongol),?[ ])[0-8]\d{5}(?!\d)", 0.85),
        Pattern("uyghur_script_place",
                r"(?x)(?<![\u0621-\u064a\u066e-\u06d3\u06d5])" + _UYGHUR + r"(?![\u0621-\u064a\u066e-\u06d3\u06d5])",
                0.9),
        Pattern("tibetan_script_place", r"(?x)" + _TIBETAN_BOUNDARY_BEFORE + _TIBETAN + _TIBETAN_BOUNDARY_AFTER, 0.9),
        Pattern("mongolian_cyrillic_place", r"(?x)(?<![\p{Cyrillic}\p{Latin}\p{M}])" + _MONGOLIAN
                + r"(?![\p{Cyrillic}\p{Latin}\p{M}])", 0.9),
    ]
    CONTEXT = ["address", "city", "prefecture", "county", "town", "live", "from", "地址", "住址", "住在", "адрес",
               "хот"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
