"""LOCATION: Sápmi's towns across Norway, Sweden and Finland, in their Nordic and Sami names; Svalbard's
settlements; the Kola Peninsula's towns in Latin and Cyrillic letters.

spaCy's small English model reads many of them as persons (``Enontekiö``, ``Kittilä``, ``Lebesby``, ``Gamvik``,
``Olenegorsk``, ``Svalbard``) or not at all (``Guovdageaidnu``, ``Kárášjohka``, ``Longyearbyen``, ``Murmansk``),
and a log's or an export's cells get no NER at all. A closed list is the evidence, and outscores the model's
reading (0.9 against its 0.85):

* ``sapmi_norway_place``: Finnmark's and Troms' towns and municipalities in Norwegian and Northern Sami
  (``Kautokeino``, ``Guovdageaidnu``, ``Karasjok``, ``Kárášjohka``, ``Vadsø``, ``Čáhcesuolu``), with the Sami
  locative the towns are written in (``Guovdageainnus``, ``Kárášjogas``: in Kautokeino, in Karasjok).
* ``sapmi_sweden_place``: Norrbotten's and Lapland's towns in Swedish and Sami (``Gällivare``, ``Jokkmokk``,
  ``Jåhkåmåhkke``, ``Arjeplog``, ``Karesuando``).
* ``sapmi_finland_place``: Finnish Lapland's towns in Finnish and Sami (``Inari``, ``Anár``, ``Utsjoki``,
  ``Ohcejohka``, ``Enontekiö``), and Finnish's cases on them (``Kittilässä``, ``Inarissa``: in Kittilä, in Inari).
* ``svalbard_kola_place``: Svalbard's settlements (``Longyearbyen``, ``Ny-Ålesund``, ``Barentsburg``) and the
  Kola Peninsula's towns (``Murmansk``, ``Мурманск``, ``Apatity``, ``Апатиты``, ``Lovozero``, ``Lujávrr``), with
  Russian's cases, in Cyrillic and in Latin letters (``в Мурманске``, ``в Апатитах``, ``v Murmanske``).
* ``svalbard_road``: Longyearbyen's numbered roads with a house's number (``Vei 222-7``).
* ``sapmi_words_after_postcode``: the names that are words or people's too (``Alta``, ``Tana``, ``Masi``,
  ``Levi``, ``Salla``, ``Kola``, ``Boden``, ``Porsanger``, ``Vilhelmina``), only after a postcode (``9845 Tana``).

Left out: a town inside a firm's, a body's or an event's name (``Alta Kraftlag``, ``Kiruna Airport``,
``Murmansk Shipping``), and the Sami Parliaments (``Sámediggi``, ``Sametinget``), which are bodies.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_NORWAY = (
    r"(?:Kautokeino|Guovdageaidnu|Guovdageainnus|Guovdageidnui|Karasjok|Kárášjohka|Kárášjogas|Kárášjohkii"
    r"|Vadsø|Vadso|Čáhcesuolu|Vardø|Vardo|Várggát|Deatnu|Tana[ ]bru|Nesseby|Unjárga|Porsáŋgu|Lakselv|Leavdnja"
    r"|Lebesby|Davvesiida|Gamvik|Båtsfjord|Batsfjord|Berlevåg|Berlevag|Sør-Varanger|Sor-Varanger|Mátta-Várjjat"
    r"|Honningsvåg|Nordkapp|Skjervøy|Kvænangen|Kåfjord|Gáivuotna|Lyngen|Ivgu|Storfjord|Omasvuotna|Nordreisa"
    r"|Ráisa|Målselv|Sørreisa|Finnsnes|Bardufoss|Setermoen|Máze|Bjørnevatn|Neiden|Bugøynes|Kiberg|Mehamn"
    r"|Kjøllefjord|Havøysund|Måsøy|Loppa|Hasvik|Øksfjord|Sjøvegan|Gratangen|Evenes|Skånland|Kárášjoga"
    r"|Finnmark|Finnmárku|Troms|Romsa|Romssa|Romssas|Hámmárfeasta|Hámmárfeasttas|Deanus|Áltá|Álttás|Girkonjárga"
    r"|Girkonjárggas|Čáhcesullos|Várggáin|Leavdnjas|Unjárggas|Porsáŋggus"
    r")"
)
_SWEDEN = (
    r"(?:Gällivare|Gallivare|Jiellevárri|Jokkmokk|Jåhkåmåhkke|Dálvvadis|Arjeplog|Árjepluovve|Arvidsjaur"
    r"|Árviesjávrrie|Pajala|Övertorneå|Overtornea|Överkalix|Overkalix|Haparanda|Kalix|Älvsbyn|Malmberget"
    r"|Koskullskulle|Vittangi|Karesuando|Gárasavvon|Jukkasjärvi|Čohkkiras|Abisko|Tärnaby|Sorsele|Storuman"
    r"|Kvikkjokk|Porjus|Nikkaluokta|Svappavaara|Norrbotten|Lappland|Västerbotten|Gárasavvonis"
    r"|Jiellevárris|Giron|Gironis|Johkamohkki|Johkamohkis"
    r")"
)
_FINLAND = (
    r"(?:Inari(?:ssa|sta|in|n)?|Anár|Anárist|Ivalo(?:ssa|sta|on|n)?|Avvil|Utsjoki|Utsjoella|Utsjoelta|Ohcejohka"
    r"|Ohcejogas|Enontekiö(?:llä|ltä|lle|n)?|Eanodat|Hetta(?=,|[ ]\d|[ ]\()|Heahttá|Kittilä(?:ssä|stä|än|n)?"
    r"|Muonio(?:ssa|sta|on|n)?|Sodankylä(?:ssä|stä|än|n)?|Soađegilli|Kemijärvi(?:llä|ltä|lle)?|Savukoski"
    r"|Pelkosenniemi|Ranua(?:lla|lta|lle)?|Kolari(?:ssa|sta|in)|Ylitornio(?:lla|lta|lle)?|Saariselkä(?:llä)?"
    r"|Ylläs(?:järvi|ellä)?|Äkäslompolo|Nellim|Sevettijärvi|Čevetjávri|Karigasniemi|Gáregasnjárga|Nuorgam"
    r"|Vuotso|Kilpisjärvi|Luosto|Pyhätunturi|Tervola|Simo(?=,|[ ]\d)|Keminmaa|Lapin[ ]lääni"
    r"|Lapland|Roavvenjárga|Roavvenjárggas|Heahtás|Anáris|Avvilis|Soađegilis"
    r")"
)
_SVALBARD_KOLA = (
    r"(?:Svalbard|Longyearbyen(?:is|issa|in)?|Ny-Ålesund|Barentsburg|Sveagruva|Pyramiden|Hornsund|Bjørnøya|Spitsbergen"
    r"|Murmansk(?:e|a|om)?|Мурманск(?:е|а|ом)?|Kirovsk(?:e|a)?|Кировск(?:е|а)?|Apatity|Apatitakh|Апатит(?:ы|ах|ов)"
    r"|Monchegorsk(?:e|a)?|Мончегорск(?:е|а)?"
    r"|Lovozero|Ловозер(?:о|е)|Lujávrr|Olenegorsk(?:e|a)?|Оленегорск(?:е|а)?|Severomorsk(?:e|a)?|Североморск(?:е|а)?"
    r"|Kandalaksh(?:a|e)"
    r"|Кандалакш(?:а|е|и)|Polyarny|Полярн(?:ый|ом)|Zapolyarny|Заполярн(?:ый|ом)|Nikel(?=,|[ ]\d)|Никел(?:ь|е)"
    r"|Kovdor|Ковдор(?:е|а)?|Teriberka|Териберк(?:а|е)|Revda(?=,|[ ]\d)|Ревд(?:а|е)|Pechenga|Печенг(?:а|е)"
    r"|Gadzhiyevo|Гаджиево|Polyarnye[ ]Zori|Полярные[ ]Зори|Umba(?=,|[ ]\d)|Kola[ ]Peninsula|Кольск(?:ий|ом)"
    r"[ ]полуостр(?:ов|ове)|Murmansk[ ]Oblast|Мурманск(?:ая|ой)[ ]област(?:ь|и)"
    r")"
)
# Longyearbyen's roads, numbered, and a house on one ('Vei 222-7', 'Vei 600-2, Longyearbyen')
_SVALBARD_ROAD = r"Vei[ ]\d{3}-\d{1,3}(?![\d\-])"
# Names that are words or people's too: only after a postcode ('9845 Tana', '9500 Alta', '99130 Levi')
_AFTER_POSTCODE = (r"(?<=(?<!\d)(?:\d{4}|\d{3}[ ]\d{2}|\d{5}|\d{6})[ ])(?:Alta|Tana|Masi|Levi|Salla|Kola|Boden|Kemi"
                   r"|Porsanger|Karlsøy|Bardu|Senja|Posio|Pello|Ivalo|Skibotn|Kilpisjärvi|Hetta|Simo|Nikel|Umba"
                   r"|Revda|Luleå|Tornio|Vilhelmina|Dorotea)(?![\p{L}\p{M}\-])")

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Lufthavn|Flygplats|Lentoasema|Аэропорт|International|Hotel"
                   r"|Hotell|Resort|Mall|Group|Gruppen|Bank|Sparebank|Sparbank|Club|Store|Shop|Express|Motors"
                   r"|Hospital|Sykehus|Sjukhus|Clinic|College|University|Universitet|Högskola|School|Council|Kommune"
                   r"|Kommun|Kunta|Suohkan|Gielda|Festival|Expo|Marathon|Kraftlag|Energi|Energy|Shipping"
                   r"|Port|Havn|Hamn|Satama|AS|ASA|AB|Oy|Oyj|IL|IF|FK|BK|Avis|Tidende|Times|Radio|Taxi|Bil|Auto"
                   r"|Bygg|Sámi|Reindeer|Reinlag|Mine|Gruve|Gruva|Kaivos|Airlines|Hurtigruten|Camping|Lodge)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the town names, its word before it ('Branch Kiruna', 'Avdeling Alta'): no one's place
_NOT_A_SITE = r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|Avdeling|Filial|Toimipiste)[ ])"


def _place(names: str) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: 'Storgata 12\\nKarasjok'; a
    # quote before the name is a string's, as a SQL dump writes its cells: 'Inari'; not an elision's)
    return (r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names + r"(?![\p{L}\p{M}\-])"
            + _NOT_BUSINESS)


class PlaceSapmiKolaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("sapmi_norway_place", _place(_NORWAY), 0.9),
        Pattern("sapmi_sweden_place", _place(_SWEDEN), 0.9),
        Pattern("sapmi_finland_place", _place(_FINLAND), 0.9),
        Pattern("svalbard_kola_place", _place(_SVALBARD_KOLA), 0.9),
        Pattern("sapmi_words_after_postcode", r"(?x)" + _AFTER_POSTCODE, 0.9),
        Pattern("svalbard_road", r"(?x)(?<![\p{L}\p{M}])" + _SVALBARD_ROAD, 0.9),
    ]
    CONTEXT = ["address", "adresse", "adress", "osoite", "poststed", "postort", "postitoimipaikka", "town",
               "kommune", "kommun", "kunta", "gielda", "live", "bor", "asun", "from", "адрес", "город"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
