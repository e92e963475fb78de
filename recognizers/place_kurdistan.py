"""LOCATION: Kurdistan's towns in Turkey's southeast, north-east Syria and Iran's Kurdish provinces, by name, in
Turkish, Kurmanji and Zazaki (Latin letters), Sorani (Arabic script) and Persian. (Iraq's Kurdish towns are
``place_levant_iraq``'s.)

spaCy's small English model reads many of them as persons (``Cizre``, ``Nusaybin``, ``Hakkari``, ``Siirt``,
``Marivan``) or not at all (``Colemêrg``, ``Qamişlo``, ``مەهاباد``), and a log's lines or an export's cells get no
NER at all. A closed list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``tr_kurdistan_town``: Turkey's southeastern and eastern towns in Turkish and in Kurmanji's and Zazaki's names
  (``Diyarbakır``/``Amed``, ``Hakkari``/``Colemêrg``, ``Tunceli``/``Dersim``). Turkish writes its case endings
  after an apostrophe (``Mardin'e``, to Mardin), which ends the span; Kurmanji glues its oblique ``-ê`` on
  (``ji Amedê``, from Amed; ``li Wanê``, in Van).
* ``rojava_town``: north-east Syria's (``Qamişlo``, ``Kobanî``, ``Amûdê``, ``Serêkaniyê``).
* ``rojhilat_town``: Iran's Kurdish towns in Latin letters (``Mahabad``, ``Seqiz``, ``Merîwan``, ``Bokan``).
* ``kurdistan_town_script``: the towns in Sorani's and Persian's script (``مەهاباد``, ``سەقز``, ``سنە``, ``مریوان``),
  with Sorani's endings glued after (``سلێمانیم``: I am from Sulaimani) left out of the span.
* ``kurdistan_words_by_case``: the names that are words or people's too (``Van``, ``Batman``, ``Amed``, ``Wan``,
  ``Sine``, ``Bane``, ``Muş``), only with Turkish's apostrophe case (``Van'da``, ``Batman'dan``), Kurmanji's case
  ending or preposition (``Amedê``, ``li Wan``), or their country or province after them (``Van, Türkiye``).

Left out: a town inside a firm's, a club's or a body's name (``Amedspor``, ``Diyarbakır Büyükşehir Belediyesi``,
``Van Yüzüncü Yıl Üniversitesi``), and ``Van`` before a capitalized name (the Dutch particle, ``Van Dijk``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_TR = (r"(?:Diyarbak[ıi]r|Mardin|M[eê]rd[iî]n|Şanl[ıi]urfa|Sanliurfa|Urfa|Riha|Ş[ıi]rnak|Şirnex|Cizre|Ciz[iî]r"
       r"|Nusaybin|N[iî]s[eê]b[iî]n|Hakkari|Hakkâri|Colem[eê]rg|Y[uü]ksekova|Gever|Siirt|S[eê]rt|Bitlis|Bedl[iî]s"
       r"|Ağr[ıi]|Agir[iî]|Doğubayaz[ıi]t|Dogubayazit|Baz[iî]d|Tunceli|D[eê]rsim|Bing[oö]l|Ç[eê]wl[iî]g|Elaz[ıi]ğ"
       r"|Elazig|Xarp[eê]t|Malatya|Melet[iî]|Ad[ıi]yaman|Semsûr|Semsur|K[ıi]z[ıi]ltepe|Qoser|Midyat|Silopi|Silopî"
       r"|Suruç|Suruc|Pirsûs|Viranşehir|Siverek|Ergani|Bismil|Silvan|Farqîn|Lice|Hazro|Kulp|Erciş|Erdiş|Patnos"
       r"|Tatvan|Ahlat|Iğd[ıi]r|Igdir|Kars|Erzurum|Erzirom|Ceylanpınar|Akçakale|Batman[ ]ili|Van[ ]ili"
       r"|Van[ ]Gölü|Hewlêra|Êl[iî]h|Kerboran|Dargeçit|Derik|Ömerli|Savur|Uludere|Qilaban|Beytüşşebap|Elk"
       r"|Şemdinli|Şemzînan|Mazıdağı|Dicle|Eğil|Hani|Solhan|Genç|Karlıova|Varto|Malazgirt|Bulanık|Hınıs)")
_ROJAVA = (r"(?:Qami[şs]lo|Qamişlî|Kobanî|Kobani|Ain[ ]al-Arab|Efr[iî]n|Afrin|Hesek[eê]|Hasakah|Hasaka|Am[uû]d[eê]"
           r"|Amuda|D[eê]rik|al-Malikiyah|Ser[eê]kaniy[eê]|Ras[ ]al-Ayn|Tirbesp[iî]y[eê]|Girk[eê][ ]Leg[eê]|Tel[ ]Temir"
           r"|Tall[ ]Tamr|Til[ ]Temir|Dirbêsiyê|Derbasiyah|Tel[ ]Abyad|Girê[ ]Spî|Şehba|Raqqa|Reqa|Minbic|Manbij"
           r"|Cizîra|Jazira)")
_ROJHILAT = (r"(?:Mahabad|Mehabad|Saqqez|Saqqiz|Seq[iq]z|Baneh|Marivan|Mer[iî]wan|Bokan|Bukan|Sardasht|Serde[şs]t"
             r"|Piranshahr|Piran[şs]ar|Oshnavieh|Şino|Shno|Naqadeh|Nexede|Sanandaj|Kermanshah|Kirma[şs]an|Urmia"
             r"|Ûrmiye|Urmiye|Kamyaran|Kamyaran|Paveh|Pawe|Javanrud|Cwanro|Qasr-e[ ]Shirin|Ilam|Îlam|Divandarreh"
             r"|Dîwandere|Qorveh|Bijar|Salmas|Khoy|Xoy|Maku|Mako|Rojhilat|Rojhelat|Bakur|Başûr|Rojava)")
# Sorani's and Persian's spellings (Iraq's are place_levant_iraq's); Sorani's 'وان' is 'they', not Van
_SCRIPT = (r"(?:مەهاباد|مهاباد|سەقز|سقز|بانە|بانه|مەریوان|مريوان|مریوان|بۆکان|بوکان|سەردەشت|سردشت|پیرانشار|پیرانشهر"
           r"|شنۆ|اشنویه|نەغەدە|نقده|سنە|سنندج|کرماشان|کرمانشاه|ورمێ|ارومیه|کامیاران|پاوە|پاوه|جوانرۆ|جوانرود"
           r"|ئامەد|دیاربەکر|دیاربکر|ماردین|مێردین|جزیر|جزیرە|نسێبین|قامیشلۆ|قامشلو|کۆبانێ|کوبانی|عەفرین|عفرين"
           r"|حەسەکە|الحسكة|دێرک|عامودە|عامودا|سەرێکانی|رأس[ ]العين|رۆژهەڵات|رۆژاوا|باکوور|دێرسیم|هەکاری|شرناخ"
           r"|ئورفا|رها|ئاگری|بەدلیس|سێرت|مووش|باتمان)")
# Sorani's endings glued after a town's name (I am, is, in, from, the): not the name's
_SCRIPT_ENDING = r"(?=(?:م|ە|یە|ی|یم|دا|ەوە|یش|مان|ین|یت|ن|ن)?(?!\p{L}|\p{M}|\u200c))"

# Names that are words or people's too, with a case or their country after them
_WORDS = r"(?:Van|Batman|Amed|Wan|Sine|Bane|Muş|Mus|Hani|Lice|Kulp|Genç|Dicle|Elk)"
_BY_CASE = (r"(?=['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye|ı|i|u|ü|ın|in|un|ün|lı|li|lu|lü|l[ıi]y[ıi]m)(?![\p{L}])"
            r"|ê(?![\p{L}])|yê(?![\p{L}])|,?[ ](?:Türkiye|Turkey|Tirkiye|Bakur|Kurdistan|Iran|Îran|Rojhilat"
            r"|ili|Province|merkez)(?![\p{L}])|[ ]\((?:Diyarbak[ıi]r|Sanandaj|Amed|Van)\))")
_KURMANJI_PREP = r"(?<=\b(?:li|ji|bo|ber|heta|ta|ra|çûme|hatim)[ ])"

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Havaliman[ıi]|Havalimanı|International|Hotel|Otel|Resort"
                   r"|Mall|AVM|Group|Grup|Bank|Club|Kulübü|Store|Shop|Mağaza|Motors|Express|Arena|Expo|Festival"
                   r"|University|Üniversitesi|Universitesi|Zanîngeha|Belediyesi|Büyükşehir|Valiliği|Barosu|Spor"
                   r"|FK|SK|Gölü|Kalesi|Ticaret|Holding|İnşaat|Tekstil|Turizm|Petrol|Gazetesi|TV|Radyo|Airlines"
                   r"|Devlet|Eğitim|Araştırma|Hastanesi|Hospital|Clinic|Pharmacy|Eczanesi|Kargo|Lojistik)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
_NOT_A_SITE = (r"(?<!\b(?:Branch|Store|Office|Şube|Şubesi|Mağaza|Airport|Üniversitesi|Bank|Hotel|Otel|Sokak|Sokağı"
               r"|Cadde|Caddesi|Bulvar|Bulvarı|Kolana|Kuçe|Zanîngeha)[ ])")


def _place(names: str, ending: str = r"(?:ê|yê)?") -> str:
    # (Kurmanji's oblique '-ê' glued on, within the span, as iq_town takes it: 'ji Mêrdînê'; Turkish's apostrophe
    # case ending is outside: 'Mardin'e')
    return (r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_SITE + names + ending + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS)


class PlaceKurdistanRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("tr_kurdistan_town", _place(_TR), 0.9),
        Pattern("rojava_town", _place(_ROJAVA), 0.9),
        Pattern("rojhilat_town", _place(_ROJHILAT), 0.9),
        Pattern("kurdistan_town_script",
                r"(?x)(?<![\u0600-\u06ff\u200c])(?:[وبل](?=[\u0600-\u06ff]))?" + _SCRIPT + _SCRIPT_ENDING, 0.9),
        Pattern("kurdistan_words_by_case",
                r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_SITE + _WORDS + _BY_CASE + _NOT_BUSINESS, 0.9),
        Pattern("kurdistan_words_after_prep", r"(?x)" + _KURMANJI_PREP + _WORDS + r"(?:ê|yê)?(?![\p{L}\p{M}\-])",
                0.85),
    ]
    CONTEXT = ["bajar", "şar", "شار", "şehir", "il", "address", "navnîşan", "ناونیشان", "adres", "town", "city",
               "live", "from", "dijîm", "yaşıyorum"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
