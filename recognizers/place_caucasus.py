"""LOCATION: the Caucasus' towns by name, with the case endings their languages glue on.

spaCy's English model reads no Georgian or Armenian, and reads Azerbaijani's ``Bakı`` and
``Gəncə`` as persons; and each language says "in Tbilisi", "from Yerevan", "from Baku" with
an ending on the town's name (``თბილისში``, ``Երևանից``, ``Bakıdan``), where a phrase's
preposition would be the evidence in English. A closed list of the towns and capitals'
districts is:

* ``ka_town`` (0.85): Georgia's, in Mkhedruli (``თბილისი``, ``თბილისიდან``, ``ბათუმში``,
  ``საბურთალოზე``).
* ``hy_town`` (0.85): Armenia's, in Armenian letters (``Երևան``, ``Երևանից``, ``Գյումրիում``).
* ``az_town`` (0.85): Azerbaijan's, in Latin letters (``Bakı``, ``Bakıdan``, ``Gəncədə``,
  ``Sumqayıtda``), and Dagestan's as Azerbaijani writes them (``Dərbənddə``, in Derbent).

Names that are common words or people's too are not listed (Georgian ``ვერა``, Vera, is a
woman's name; Yerevan's ``Կենտրոն``, Kentron, is "centre"; Baku's ``Nərimanov`` a surname).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Georgian: a town's stem, then a case ending (nominative -ი, in -ში, from -იდან/-დან,
# of -ის/-ს, on -ზე, to -ისკენ) or none
_KA_TOWNS = (r"(?:თბილის|ბათუმ|ქუთაის|რუსთავ|ზუგდიდ|თელავ|ფოთ|ბორჯომ|მცხეთ|ახალციხ|საბურთალო|ვაკე|გლდან"
             r"|დიდუბე|ნაძალადევ|ვარკეთილ|ისნ|ისან)")
_KA_ENDING = r"(?:ი|ა|ე|ში|იდან|დან|ის|ს|ზე|ისკენ|კენ|ელი)?"
# Armenian: a town, then a case ending (in -ում, from -ից, of -ի, the article -ը/-ն) or none
_HY_TOWNS = r"(?:Աբովյան(?=,)|Երևան|Երեւան|Գյումրի|Վանաձոր|Դիլիջան|Արաբկիր|Դավթաշեն|Էջմիածին|Հրազդան|Կապան|Գորիս|Սևան|Աշտարակ)"
_HY_ENDING = r"(?:ում|ից|ի|ը|ն|ո?ւմ)?"
# Azerbaijani: a town, then a case ending (in -da/-də, from -dan/-dən, to -ya/-yə, of -nın/-nin)
_AZ_TOWNS = (r"(?:Bakı|Gəncə|Sumqayıt|Şəki|Lənkəran|Mingəçevir|Naxçıvan|Şamaxı|Qəbələ|Şirvan|Xırdalan|Quba"
             r"|Nəsimi|Yasamal|Xətai|Binəqədi|Sabunçu|Suraxanı|Səbail|Qusar|Xaçmaz"
               # (and Dagestan's towns as Azerbaijani writes them: 'Dərbənddə', in Derbent)
               r"|Dərbənd|Mahaçqala|Xasavyurt)")
_AZ_ENDING = r"(?:[dt][aə](?:y[aə]m|y[ıi]q)?|[dt][aə]n|y[aə]|n[ıi]n|[ıi]n|n[ıi])?"  # (and 'I am in': 'Bakıdayam')


class PlaceCaucasusRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern("ka_town", r"(?x)(?<!\p{Georgian})" + _KA_TOWNS + _KA_ENDING + r"(?!\p{Georgian})", 0.85),
        Pattern("hy_town", r"(?x)(?<!\p{Armenian})" + _HY_TOWNS + _HY_ENDING + r"(?!\p{Armenian})", 0.85),
        Pattern("az_town", r"(?x)(?<![\p{L}\p{M}])" + _AZ_TOWNS + _AZ_ENDING + r"(?![\p{L}\p{M}])", 0.85),
    ]
    CONTEXT = ["მისამართი", "ქალაქი", "հասցե", "քաղաք", "ünvan", "şəhər", "city", "address"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: Azerbaijani's towns are capitalized)
        )
