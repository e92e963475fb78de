"""LOCATION: Hokkaido's, Okinawa's and Jeju Island's towns by name, in romaji, in kanji and kana, and in Hangul.

Japan's and Korea's addresses are ``cjk_address``'s and the street recognizer's (a unit's character and a number, a
``-dong`` and a lot). A town named alone in a log's line (``hotel=Otaru``, ``pickup Naha``), a booking's cell or a
message (``札幌から``, ``제주에서``) has neither, and spaCy's small English model reads ``Naha``, ``Nago`` or
``Seogwipo`` as persons or not at all. A closed list is the evidence (0.9, above the model's 0.85):

* ``hokkaido_town``: Hokkaido's cities and resorts and its Ainu-named towns in romaji (``Sapporo``, ``Otaru``,
  ``Noboribetsu``, ``Biratori``, ``Shiraoi``), with Sapporo's wards (``Susukino``, ``Teine``).
* ``okinawa_town``: Okinawa's cities, villages and islands in romaji (``Naha``, ``Ginowan``, ``Yomitan``,
  ``Ishigaki``, ``Miyakojima``, ``Iriomote``), with Naha's quarters (``Shuri``, ``Oroku``).
* ``jeju_town``: Jeju's towns and villages romanized (``Seogwipo``, ``Aewol``, ``Hallim``, ``Seongsan``), with
  ``-si``, ``-eup``, ``-myeon`` or ``-dong`` after them maybe.
* ``islands_town_kanji``: the same towns in kanji or kana (``札幌``, ``那覇``, ``宮古島``, ``ニセコ``), not glued to Han
  before or after them but for their unit (``札幌市``, ``石垣島``), not before katakana (``札幌ラーメン``, a product).
* ``islands_town_kanji_unit``: a kanji name with its unit after it (``市``, ``町``, ``村``) is one whatever is before it
  (``明日旭川市に泊まります``, ``我们住在名護市``), but not a body's (``旭川市役所``, ``名護市立``).
* ``jeju_town_hangul``: Jeju's in Hangul (``제주``, ``서귀포``, ``애월``) with its unit (``한림읍``, ``제주시``), Korean's
  particles glued after it left out (``제주시에서``: from Jeju City), not a firm's name glued on (``제주항공``, Jeju Air).
* ``islands_words_after_prep``: the names that are words or people's too (``Date``, ``Onna``, ``Kin``, ``Akan``,
  ``Miyako``, ``Shari``, ``Udo``), only after 'in', 'from', 'to', 'near' or a Japanese particle.

Left out: a town inside a firm's, a team's or a body's name (``Sapporo Breweries``, ``Hokkaido Consadole
Sapporo``, ``Jeju United``, ``Okinawa Electric``, ``Naha Airport``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_HOKKAIDO = (r"(?:Hokkaid[oō]|Sapporo|Hakodate|Otaru|Asahikawa|Kushiro|Obihiro|Abashiri|Wakkanai|Nemuro"
             r"|Muroran|Tomakomai|Shin-Chitose|Ebetsu|Eniwa|Kitahiroshima|Iwamizawa|Noboribetsu|Furano"
             r"|Biei|Niseko|Kutchan|Rusutsu|Shiretoko|Utoro|Rausu|Monbetsu|Mombetsu|Nayoro|Rumoi"
             r"|Jozankei|J[oō]zankei|Susukino|Makomanai|Teine|Atsubetsu|Biratori|Nibutani"
             r"|Shiraoi|Akanko|Akan[ ]Kotan|Shizunai|Erimo|Samani|Shakotan|Rebun|Rishiri"
             r"|Okushiri|Toyako|T[oō]ya(?:ko)?|Shikotsu|Sounkyo|S[oō]unky[oō]|Bibai"
             r"|Tokachi|Oshamambe)")
_OKINAWA = (r"(?:Okinawa|Naha|Urasoe|Ginowan|Uruma|Nago|Itoman|Nanjo|Nanj[oō]|Chatan|Yomitan"
            r"|Miyakojima|Miyako-jima|Ishigaki(?:jima)?|Ishigaki-jima"
            r"|Iriomote|Taketomi|Yonaguni|Kumejima|Kume-jima|Kerama|Shuri|Tsuboya"
            r"|Omoromachi|Yaeyama|Kitanakagusuku|Nakagusuku"
            r"|Koza|Ie-jima|Iejima|Hateruma|Kudaka|Sesoko|Yagaji|Minamidaito)")
_JEJU = (r"(?:Jeju(?:-do|[ ]Island|[ ]City)?|Cheju|Seogwipo|Sogwip[ao]|Aewol|Hallim|Hamdeok|Gujwa|Jocheon|Seongsan"
         r"|Pyoseon|Namwon|Andeok|Daejeong|Hangyeong|Jungmun|Moseulpo|Nohyeong|Yeon-dong|Ido-dong|Samdo"
         r"|Hwasun|Sagye|Gimnyeong|Woljeong|Chagwido|Marado|Gapado|Hallasan)"
         r"(?:-(?:si|eup|myeon|dong|ri))?")
# (in kanji too, a surname or a given name needs its unit after it: 北見市, 千歳空港, 座間味村)
_KANJI = (r"(?:北海道|札幌|函館|小樽|旭川|釧路|帯広|北見(?=市)|網走|稚内|根室|室蘭|苫小牧|千歳(?=[市空])|登別|富良野"
          r"|美瑛|ニセコ|倶知安"
          r"|知床|ウトロ|羅臼|紋別|名寄|留萌|定山渓|すすきの|薄野|白老|平取|二風谷|阿寒|余市|積丹|礼文|利尻|洞爺|支笏"
          r"|沖縄|那覇|浦添|宜野湾|うるま|名護|糸満|豊見城(?=市)|南城(?=市)|北谷(?=町)|読谷|嘉手納(?=町)|恩納(?=村)"
          r"|本部町|今帰仁(?=村)|国頭(?=村)|大宜味(?=村)|宮古島"
          r"|石垣(?=[島市])|西表|竹富(?=[島町])|与那国|久米島|座間味(?=[村島])|渡嘉敷(?=[村島])|首里|小禄|おもろまち|八重山"
          r"|南風原(?=町)|与那原(?=町)|西原(?=町)|中城(?=村)|宜野座(?=村)|コザ"
          r"|濟州|济州|西歸浦|西归浦)")
# (not 연동, 'linking', but before a place's particle; 중문, 'Chinese text', but with its 동; not 구좌, 'an account';
# not 한경, a newspaper)
_HANGUL = r"(?:제주|서귀포|애월|한림|함덕|조천|성산|표선|남원|안덕|대정|모슬포|노형동|이도동|우도|한라산|중문동|연동(?=에|에서))"
# Korean particles and units glued on: from, in, to, of, too, the city, the town, the island
# (its unit first, within the span: '한림읍에', '제주시에서'; then the particle, outside it)
_KO_UNIT = r"(?:특별자치도|특별자치시|시|읍|면|동|리|섬)?"
_KO_ENDING = (r"(?:에서|에|으로|로|까지|의|도|은|는|이|가|을|를|와|과|행|쪽|공항|항)?"
              r"(?![\p{Hangul}])")
# (Okinawa's surnames are often its villages' names: Zamami, Kadena, Oroku, Nishihara; Hokkaido's towns are
# surnames or given names too: Shiroishi, Kitami, Chitose, Yoichi)
_WORDS = (r"(?:Date|Onna|Kin|Akan|Miyako|Shari|Udo|Hidaka|Iho|Sehwa|Hado|Shiroishi|Kitami|Chitose|Takikawa|Yoichi"
          r"|Urakawa|Kamikawa|Sunagawa|Nanae|Yakumo|Matsumae|Toyohira|Esashi|Tomigusuku|Kadena|Ogimi|Kunigami|Zamami"
          r"|Tokashiki|Makishi|Oroku|Haebaru|Yonabaru|Nishihara|Ginoza|Motobu|Nakijin|Mihama|Ojima|Kohama|Tonaki|Aguni)")
_PREP = r"(?<=(?<![\p{L}'’])(?:in|from|to|near|at|for|via)[ ])"

_BUSINESS_AFTER = (r"(?:Breweries|Brewery|Beer|Electric|Bank|Airport|Airlines|Air|Port|Station|Consadole|FC|United"
                   r"|Club|Hotel|Resort|Inn|Onsen[ ]Hotel|Ryokan|Hostel|Mall|Co\.|Corp|Corporation|Inc|Ltd|Group"
                   r"|University|College|School|Hospital|Clinic|Prefectural|City[ ]Hall|Office|Branch|Store|Shop"
                   r"|Festival|Marathon|Aquarium|Churaumi|Dome|Stadium|Arena|Tower|TV|Times|Shimbun|Ramen|Soup)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
_NOT_A_SITE = r"(?<!\b(?:Consadole|FC|Bank|Hotel|Branch|Store|Office|University|Airport|Port|Station|Street|Road)[ ])"
# With its unit after it a town's name is one wherever it is, Han before it or not ('明日旭川市に泊まります',
# '我们住在名護市'), but not a body's ('旭川市役所', '那覇市長', '名護市立病院'); inside an address, after its
# prefecture or its unit, the address's recognizer takes it ('沖縄県石垣市登野城...')
_KANJI_UNIT = r"(?:市|町|村)(?!役所|役場|立|長|議会|民|営)(?![^\s、。，,：:]{0,12}?[0-9０-９])"  # (an address's number
# after it: the address recognizer's)
# Han or katakana before or after a kanji name glue it into a longer word; its unit may follow
_KANJI_AFTER = r"(?:市|町|村|島|区|郡|県|駅|港|空港)?(?![\p{Han}\p{Katakana}ー々])"


def _place(names: str) -> str:
    return r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names + r"(?![\p{L}\p{M}'’]|-(?!\p{Lu}))" + _NOT_BUSINESS


class PlaceJapanKoreaIslandsRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("hokkaido_town", _place(_HOKKAIDO), 0.9),
        Pattern("okinawa_town", _place(_OKINAWA), 0.9),
        Pattern("jeju_town", _place(_JEJU), 0.9),
        Pattern("islands_town_kanji", r"(?x)(?<![\p{Han}\p{Katakana}ー々])" + _KANJI + _KANJI_AFTER, 0.9),
        Pattern("islands_town_kanji_unit", r"(?x)(?<![\p{Katakana}ー々県都道府市区郡町村])" + _KANJI + _KANJI_UNIT, 0.9),
        Pattern("jeju_town_hangul", r"(?x)(?<![\p{Hangul}])" + _HANGUL + _KO_UNIT + r"(?=" + _KO_ENDING + r")", 0.9),
        Pattern("islands_words_after_prep", r"(?x)" + _PREP + _WORDS + r"(?![\p{L}\p{M}\-'’])" + _NOT_BUSINESS,
                0.85),
    ]
    CONTEXT = ["town", "city", "island", "address", "live", "from", "住所", "在住", "주소"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
