"""LOCATION: Macau's, Brunei's and Timor-Leste's towns and quarters, by name.

spaCy's small English model reads some of them as persons (``Fai Chi Kei``, ``Lospalos``, ``Pante
Macassar``, ``Kampong Kiulap``) or not at all (``Coloane``, ``Tutong``, ``Seria``, ``Bairro Pite``):
Portuguese, Cantonese, Malay and Tetum words it rarely saw. A closed list is the evidence, and
outscores the model's reading (0.9 against its 0.85):

* ``macau_place``: Macau's islands, parishes and quarters, in Portuguese and in Cantonese's
  romanization (``Taipa``, ``Tam Chai``; ``Areia Preta``, ``Iao Hon``, ``NAPE``).
* ``brunei_place``: Brunei's districts, towns and quarters (``Kuala Belait``, ``Gadong``), with the
  postcode after it when written (``Bandar Seri Begawan BE1518``, ``Tutong TA1141``).
* ``timor_place``: Timor-Leste's municipalities, towns and Dili's posts and sucos (``Baucau``, ``Oe-Cusse``,
  ``Becora``, ``Bairro Pite``), with or without their accents (``Díli``, ``Liquiçá``).

Left out: names that are people's or words too (``Barra``, ``Sé``, Portuguese's bar and see;
``Same``, an English word; ``Hera``, ``Lahane``, ``Mascarenhas``, a goddess and family names; ``Fomento``, a
ministry's word; ``Seria`` before a lower-case word, Portuguese's 'would be'; ``Muara``, ``Rimba``,
``Lumut``, Malay's estuary, jungle and moss; ``Santa Cruz``, any town's), and a town inside a firm's, a
body's or an event's name (``Macau Tower``, ``Dili Convention Centre``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_MACAU = (r"(?:Macau|Macao|Taipa|Coloane|Cotai|NAPE|ZAPE|Areia[ ]Preta|Fai[ ]Chi[ ]Kei|Iao[ ]Hon|Ilha[ ]Verde"
          r"|Toi[ ]San|Patane|Praia[ ]Grande|Horta[ ]e[ ]Costa|Mong[ \-]H[áa]|Tamagnini[ ]Barbosa|H[áa]c[ ]S[áa]"
          r"|Ka[ \-]H[óo]|Seac[ ]Pai[ ]Van|Nam[ ]Van|Pac[ ]On|San[ ]Kio|Ou[ ]Mun|Tam[ ]Chai|Lou[ ]Wan"
          r"|Hak[ ]Sa[ ]Wan|Lam[ ]Mau|Sam[ ]Kio"
          r"|S[ãa]o[ ]L[áa]zaro|S[ãa]o[ ]Louren[çc]o|Nossa[ ]Senhora[ ]de[ ]F[áa]tima|Nossa[ ]Senhora[ ]do[ ]Carmo"
          r"|S[ãa]o[ ]Francisco[ ]Xavier(?=[,;)]|[ ](?:Coloane|Macau)))")
_BRUNEI = (r"(?:(?:Bandar[ ]Seri[ ]Begawan|Kuala[ ]Belait|Tutong|Seria(?![ ]\p{Ll})|Bangar|Temburong|Brunei-Muara|Jerudong"
           r"|Gadong|Kiulap|Kiarong|Beribi|Lambak(?:[ ]Kanan)?|Tungku|Sengkurong|Sungai[ ]Liang|Lamunin"
           r"|Kilanas|Berakas|Sungai[ ]Akar|Menglait|Mentiri|Serasa|Kota[ ]Batu|Tanjong[ ]Nangka|Panaga|Telisai"
           r"|Penanjong|Pekan[ ]Tutong|Kuala[ ]Lurah|Batang[ ]Duri|Labu[ ]Estate|Tasek[ ]Lama"
           r"|Kampong[ ]Ayer|Kg[ ]Ayer|Subok|Bunut|Sinaut|Kuala[ ]Balai|Lumapas|Limau[ ]Manis"
           r"|Bukit[ ]Beruang|Rimba[ ]Gadong|Anggerek[ ]Desa|Kiudang|Labi)"
           r"(?:[ ][BKTP][A-Z][0-9]{4}(?![0-9A-Za-z]))?)")  # (its postcode: 'BE1518', 'KA1131')
_TIMOR = (r"(?:D[íi]li(?![ ](?:maka|mo|ko|na|man|ba|pa|gyud|jud|nako|ka|sila|kami|mi|ta|siya|kay|ni|pud|gani)"
          r"(?![\p{L}\p{M}])|[ ]maka-)"  # (Cebuano's 'not' first in its sentence: 'Dili maka-connect', 'Dili ko')
          r"|Baucau|Bobonaro|Maliana|Cova[ ]?Lima|Suai|Laut[ée]m|Los[ ]?[Pp]alos|Manufahi|Aileu|Ainaro"
          r"|Ermera|Gleno|Liqui[çc][áa]|Manatuto|Viqueque|Oe-?[Cc]usse|Oecussi|Ambeno|Pante[ ]Macassar|Ata[úu]ro"
          r"|Maubisse|Atabae|Balibo|Metinaro|Laclubar|Venilale|Letefoho|Hatolia|Railaco|Lolotoe|Fatululik"
          r"|Tilomar|Zumalai|Barique|Natarbora|Lacluta|Ossu|Uatolari|Baguia|Quelicai|Laga|Vemasse|Iliomar"
          r"|Tutuala|Com(?=[,;)]|[ ](?:Laut[ée]m|Los))|Becora|Bidau|Bairro[ ]Pite|Kampung[ ]Alor|Fatuhada"
          r"|Vila[ ]Verde|Caicoli|Colmera|Motael|Audian|Manleuana|Taibessi|Hudi[ ]Laran"
          r"|Tasi[ ]Tolu|Culuhun|Kuluhun|Balide|Lecidere|Aimutin|Camea|Tibar|Comoro|Bebonuk|Beto[ ]Timur"
          r"|Dom[ ]Aleixo|Nain[ ]Feto|Cristo[ ]Rei|Timor[ ]Lorosa['’]e|Timor-Leste)")

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Hotel|Mall|Group|Bank|Club|Store|Shop|Express|Tower|Centre"
                   r"|Center|Convention|Casino|Resort|Ferry|Terminal|Limitada|Lda|Ltd|Sdn|Bhd|Telecom|Festival"
                   r"|Marathon|Grand[ ]Prix|Expo|Forum|Summit|Holdings|Trading|Services|Logistics)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
_NOT_A_SITE = r"(?<!\b(?:Branch|Filial|Sucursal|Loja|Kedai|Cawangan|Warehouse|Armazém|Printer|Agência)[ ])"


def _place(names: str) -> str:
    return (r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS)


class PlaceMacauBruneiTimorRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("macau_place", _place(_MACAU), 0.9),
        Pattern("brunei_place", _place(_BRUNEI), 0.9),
        Pattern("timor_place", _place(_TIMOR), 0.9),
    ]
    CONTEXT = ["morada", "endereço", "endereco", "alamat", "kampong", "mukim", "suco", "aldeia", "address", "town",
               "city", "hela", "tinggal", "moro"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
