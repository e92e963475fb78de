"""LOCATION: the towns, states and a city's colonias of Mexico's south-east (Yucatán, Quintana Roo, Campeche,
Oaxaca, Chiapas), and Mérida's numbered streets between their cross streets.

spaCy's small English model misses ``Tuxtla Gutiérrez``, ``Comitán de Domínguez``, ``Valladolid`` or ``Tizimín`` in a
list, reads ``Yucatán`` and ``Juchitán de Zaragoza`` as persons, and finds Mérida's ``Calle 60 x 55 y 57`` only as far
as ``Calle 60``; an export's cells get no NER. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``yucatan_town``: Yucatán's, Quintana Roo's and Campeche's towns (``Mérida``, ``Valladolid``, ``Tizimín``,
  ``Kanasín``, ``Playa del Carmen``, ``Chetumal``, ``Ciudad del Carmen``).
* ``oaxaca_town``: Oaxaca's (``Oaxaca de Juárez``, ``Juchitán de Zaragoza``, ``Santa Cruz Xoxocotlán``, ``Puerto
  Escondido``, ``Huajuapan de León``, ``Teotitlán del Valle``).
* ``chiapas_town``: Chiapas' (``Tuxtla Gutiérrez``, ``Comitán de Domínguez``, ``Tapachula``, ``Zinacantán``,
  ``Chiapa de Corzo``).
* ``mx_southeast_state``: the states by name and, after a comma, by their abbreviations (``Yucatán``, ``Quintana
  Roo``, ``, Yuc.``, ``, Oax.``, ``, Chis.``, ``, Q. Roo``).
* ``mx_southeast_colonia``: Mérida's, Oaxaca's and San Cristóbal's colonias and barrios that are no words
  (``García Ginerés``, ``Itzimná``, ``Chuburná de Hidalgo``, ``Jalatlaco``); not those named for a person
  (``Francisco de Montejo``).
* ``merida_cross_street``: Mérida's and Yucatán's numbered street with its house and the streets it lies between
  (``Calle 60 x 55 y 57``, ``C. 60 #491-A x 55 y 57``, ``Calle 21 No. 102 por 20 y 22``, ``Calle 47 entre 60 y 62``).
* ``mx_southeast_postcode``: a código postal of those states (Yucatán 97, Quintana Roo 77, Campeche 24, Oaxaca 68-71,
  Chiapas 29-30) before or after a listed town (``97000 Mérida``, ``Tapachula, 30700``).
* ``mx_southeast_words_after_prep``: the names that are words or people's too (``Progreso``, ``Peto``, ``Muna``,
  ``Reforma``, ``Tonalá``, ``Ocotlán``, ``Arriaga``, ``Akil``), only after Spanish's or English's
  'in', 'from', 'to', 'near' (``en Progreso``, ``de Peto``, ``from Tonalá``).

Left out: a town inside a firm's, a school's or a body's name (``Universidad Autónoma de Yucatán``, ``Diario de
Yucatán``, ``Aeropuerto de Oaxaca``, ``Hospital de Especialidades Chiapas``), a brand (``Cerveza Montejo``), and
Spain's ``Valladolid`` is found as the town it is too.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_YUCATAN = (r"(?:Mérida|Merida|Valladolid|Izamal|Tizimín|Tizimin|Tekax|Ticul|Motul|Umán|Uman|Kanasín|Kanasin"
            r"|Oxkutzcab|Maxcanú|Maxcanu|Hunucmá|Hunucma|Celestún|Celestun|Telchac(?:[ ]Puerto)?"
            r"|Chicxulub(?:[ ]Puerto)?"
            r"|Dzidzantún|Espita|Pisté|Piste|Chemax|Halachó|Acanceh|Homún|Cuzamá|Conkal|Chelem|Chuburná[ ]Puerto"
            r"|Temozón|Yaxcabá|Sotuta|Tecoh|Tixkokob|Cacalchén|Dzilam(?:[ ]de[ ]Bravo|[ ]González)?|Río[ ]Lagartos"
            r"|San[ ]Felipe,[ ]Yucatán|Tekit|Tzucacab|Yaxkukul|Cholul|Caucel|Ciudad[ ]Caucel|Komchén"
            r"|Dzityá|Xcanatún|Sitpach|Uxmal|Chichén[ ]Itzá|Chichen[ ]Itza"
            # Quintana Roo's and Campeche's
            r"|Cancún|Cancun|Playa[ ]del[ ]Carmen|Tulum|Chetumal|Cozumel|Bacalar|Isla[ ]Mujeres|Felipe[ ]Carrillo"
            r"[ ]Puerto|José[ ]María[ ]Morelos|Puerto[ ]Morelos|Puerto[ ]Aventuras|Akumal|Holbox|Kantunilkín"
            r"|Ciudad[ ]del[ ]Carmen|Cd\.[ ]del[ ]Carmen|Calkiní|Champotón|Escárcega|Hopelchén|Hecelchakán|Tenabo"
            r"|Campeche,[ ]Camp\.|San[ ]Francisco[ ]de[ ]Campeche)")
_OAXACA = (r"(?:Oaxaca[ ]de[ ]Juárez|Oaxaca[ ]de[ ]Juarez|Juchitán(?:[ ]de[ ]Zaragoza)?|Juchitan|Salina[ ]Cruz"
           r"|(?:Santo[ ]Domingo[ ])?Tehuantepec|(?:Santa[ ]María[ ]|Bahías[ ]de[ ])?Huatulco|Puerto[ ]Escondido"
           r"|(?:San[ ]Pedro[ ])?Pochutla|Tlaxiaco|Huajuapan(?:[ ]de[ ]León)?|(?:San[ ]Juan[ ]Bautista[ ])?Tuxtepec"
           r"|Miahuatlán(?:[ ]de[ ]Porfirio[ ]Díaz)?|Ciudad[ ]Ixtepec|Ixtepec|Matías[ ]Romero|Teotitlán[ ]del[ ]Valle"
           r"|San[ ]Pablo[ ]Villa[ ]de[ ]Mitla|Tlacolula(?:[ ]de[ ]Matamoros)?|Zaachila|Ocotlán[ ]de[ ]Morelos"
           r"|(?:Villa[ ]de[ ])?Etla|Santa[ ]Lucía[ ]del[ ]Camino|(?:Santa[ ]Cruz[ ])?Xoxocotlán|San[ ]Bartolo"
           r"[ ]Coyotepec|San[ ]Martín[ ]Tilcajete|San[ ]Antonino[ ]Castillo[ ]Velasco|Zipolite|Mazunte"
           r"|Ixtlán[ ]de[ ]Juárez|(?:Asunción[ ])?Nochixtlán|Putla(?:[ ]Villa[ ]de[ ]Guerrero)?|Jamiltepec"
           r"|Pinotepa[ ]Nacional|Loma[ ]Bonita|Guelatao|Sola[ ]de[ ]Vega|Capulálpam|Tlacochahuaya|Teposcolula"
           r"|Yanhuitlán|Juxtlahuaca|Zimatlán|Ejutla|Tlalixtac|San[ ]Felipe[ ]del[ ]Agua|Hierve[ ]el[ ]Agua"
           r"|Unión[ ]Hidalgo|Espinal,[ ]Oax|Chahuites|Tapanatepec|Cuicatlán|Huautla(?:[ ]de[ ]Jiménez)?)")
_CHIAPAS = (r"(?:Tuxtla[ ]Gutiérrez|Tuxtla[ ]Gutierrez|Tuxtla|San[ ]Cristóbal(?:[ ]de[ ]las[ ]Casas)?"
            r"|San[ ]Cristobal[ ]de[ ]las[ ]Casas|Tapachula|Comitán(?:[ ]de[ ]Domínguez)?|Comitan|Palenque"
            r"|Ocosingo|(?:San[ ]Juan[ ])?Chamula|Zinacantán|Zinacantan|Chiapa[ ]de[ ]Corzo|Villaflores"
            r"|Cintalapa|Pijijiapan|Huixtla|Motozintla|Las[ ]Margaritas|Teopisca|Oxchuc|Tenejapa"
            r"|Chenalhó|Simojovel|Yajalón|Bochil|Berriozábal|Ocozocoautla|Frontera[ ]Comalapa|Ciudad[ ]Hidalgo"
            r"|Salto[ ]de[ ]Agua|Pichucalco|Suchiapa|Chicoasén|Venustiano[ ]Carranza,[ ]Chis|Mapastepec|Acapetahua"
            r"|Escuintla,[ ]Chis|Tuxtla[ ]Chico|Cacahoatán|Unión[ ]Juárez|Amatenango(?:[ ]del[ ]Valle)?|Chilón"
            r"|Bachajón|Tumbalá|Catazajá|Benemérito[ ]de[ ]las[ ]Américas|Lacanjá|Frontera[ ]Corozal)")
_STATES = (r"(?:Yucatán|Yucatan|Quintana[ ]Roo|Campeche|Oaxaca|Chiapas|Tabasco"
           r"|(?<=,[ ])(?:Yuc\.|Oax\.|Chis\.|Q\.[ ]?Roo\.?|Q\.R\.|Camp\.|Tab\.|Yuc|Oax|Chis)(?![\p{L}]))")
_COLONIAS = (r"(?:García[ ]Ginerés|Garcia[ ]Gineres|Itzimná|Itzimna|Chuburná(?:[ ]de[ ]Hidalgo)?|Chenkú|Xcumpich"
             r"|Altabrisa|Temozón[ ]Norte|Montes[ ]de[ ]Amé|Montebello,[ ]Mérida"
             r"|Jesús[ ]Carranza,[ ]Mérida|Vista[ ]Alegre[ ]Norte|Las[ ]Américas[ ]II"
             r"|Dzitya|San[ ]Ramón[ ]Norte|Benito[ ]Juárez[ ]Nte\.|Mulsay|Xoclán|Chuminópolis|Emiliano[ ]Zapata"
             r"[ ](?:Nte|Norte|Sur|Ote|Oriente)\.?|Jalatlaco|Barrio[ ]de[ ]Jalatlaco|Xochimilco,[ ]Oaxaca"
             r"|San[ ]Felipe[ ]del[ ]Agua|Volcanes,[ ]Oaxaca|Reforma,[ ]Oaxaca|Colonia[ ]Reforma,[ ]Oax"
             r"|Barrio[ ]de[ ]Mexicanos|Barrio[ ]de[ ]Cuxtitali|Cuxtitali|Barrio[ ]del[ ]Cerrillo"
             r"|Barrio[ ]de[ ]Tlaxcala|Barrio[ ]de[ ]San[ ]Ramón|Terán,[ ]Tuxtla|Plan[ ]de[ ]Ayala,[ ]Tuxtla)")
# Words or people's names too: only after a preposition
_WORDS = (r"(?:Progreso|Peto|Muna|Reforma|Tonalá|Ocotlán|Etla|Mitla|Sisal|Maní|Arriaga|Akil|Sabanilla"
          r"|Tila|Huixtán|Mitontic|Chalchihuitán|Palizada|Xpujil|Sabancuy|Tinum|Tekom|Chankom"
          r"|Tixcacalcupul|Zapotitlán)")
_PREP = r"(?<=(?<![\p{L}'’])(?:en|de|desde|a|hasta|cerca[ ]de|rumbo[ ]a|in|from|to|near|at)[ ])"
_BUSINESS_AFTER = (r"(?:Hotel|Resort|Airport|International|Internacional|Club|FC|Fútbol|Futbol|Venados|Leones"
                   r"|University|College|Institute|Bank|Banco|Tours|Travel|Express|Grill|Bistro|Café|Cafe|Restaurant"
                   r"|Restaurante|Cantina|Taquería|Mezcal|Mezcalería|Chocolate|Chocolates|Artesanías|Artesanias|Store"
                   r"|Shop|Tienda|Mall|Plaza[ ]Mall|Motors|Autos|Cervecería|Cerveceria|Beer|Brewing|Imports|Group"
                   r"|Grupo|S\.A\.|SA[ ]de[ ]CV|S\.[ ]de[ ]R\.L\.|Inc|LLC|Corp|Ltd|Hostel|Suites|Inn|Lodge|Spa"
                   r"|Marathon|Maratón|Festival|Open|Times|News|Post|Diario)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}])"
                 r"|[ ](?:airport|aeropuerto|hotel|resort|branch|office|sucursal|style|cheese|chocolate|sauce|coffee"
                 r"|salsa)\b)")
_NOT_A_SITE = (r"(?<!\b(?:Universidad[ ]Autónoma[ ]de|Universidad[ ]de|Universidad[ ]Autónoma[ ]Benito[ ]Juárez[ ]de"
               r"|University[ ]of|Diario[ ]de|Aeropuerto[ ]de|Aeropuerto[ ]Internacional[ ]de|Hospital[ ]de"
               r"|Hospital|Hotel|Gobierno[ ]del[ ]Estado[ ]de|Gobierno[ ]de|Congreso[ ]de|Secretaría[ ]de[ ]Salud[ ]de"
               r"|Banco[ ]de|Museo[ ]de|Club|Cerveza|Grupo|Venados[ ]de|Leones[ ]de|Bank[ ]of|Tribunal[ ]de"
               r"|Colegio[ ]de|Instituto[ ]Tecnológico[ ]de|Tec[ ]de|ADO[ ]a|Diócesis[ ]de|Arquidiócesis[ ]de)[ ])")


def _place(names: str) -> str:
    return (r"(?x)(?<![\p{L}\p{M}\-'’.])" + _NOT_A_SITE + names
            + r"(?![\p{L}\p{M}'’]|-(?!\p{Lu}))" + _NOT_BUSINESS)


_ALL = _YUCATAN + r"|" + _OAXACA + r"|" + _CHIAPAS
# A código postal of those states: Yucatán 97, Quintana Roo 77, Campeche 24, Oaxaca 68-71, Chiapas 29-30
_CP = r"(?:97|77|24|6[89]|7[01]|29|30)\d{3}"


class PlaceYucatanOaxacaChiapasRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("yucatan_town", _place(_YUCATAN), 0.9),
        Pattern("oaxaca_town", _place(_OAXACA), 0.9),
        Pattern("chiapas_town", _place(_CHIAPAS), 0.9),
        Pattern("mx_southeast_state", _place(_STATES), 0.9),
        Pattern("mx_southeast_colonia", _place(_COLONIAS), 0.9),
        Pattern(
            "merida_cross_street",  # a numbered street, its house maybe, then 'x' (por) and the streets it lies
            r"(?x)(?<![\p{L}\p{M}\d.])(?:Calle|calle|C\.|Cll\.)[ ]?\d{1,3}[A-Z]?(?:-[A-Z])?"  # between: 'Calle 60 x 55
            r"(?:[ ](?:No\.|Nº|N°|núm\.|Núm\.|\#)[ ]?\d{1,4}(?:-?[A-Z])?)?"  # y 57', 'C. 60 #491-A x 55 y 57',
            r"[ ](?:x|X|por|entre)[ ]\d{1,3}[A-Z]?(?:-[A-Z])?"  # 'Calle 21 No. 102 por 20 y 22', 'Calle 47
            r"(?:[ ](?:y|e)[ ]\d{1,3}[A-Z]?(?:-[A-Z])?)?"  # entre 60 y 62'
            r"(?:[ ](?:No\.|Nº|N°|núm\.|Núm\.|\#)[ ]?\d{1,4}(?:-?[A-Z])?)?(?![\w])",
            0.9,
        ),
        Pattern("mx_southeast_postcode_before", r"(?x)(?<![\d\-/.:])" + _CP + r"(?=,?[ ](?:" + _ALL + r")\b)", 0.85),
        Pattern("mx_southeast_postcode_after", r"(?x)(?<=(?<![\p{L}\p{M}])(?:" + _ALL + r"),?[ ](?:C\.?P\.?[ ]?)?)"
                + _CP + r"(?![\d\-/:.,]\d|\d)", 0.85),
        Pattern("mx_southeast_words_after_prep", r"(?x)" + _PREP + _WORDS + r"(?![\p{L}\p{M}\-'’])" + _NOT_BUSINESS,
                0.85),
    ]
    CONTEXT = ["colonia", "col", "domicilio", "dirección", "direccion", "calle", "municipio", "ciudad", "estado",
               "cp", "address", "city", "town"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
