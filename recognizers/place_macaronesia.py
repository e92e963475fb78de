"""LOCATION: the Canary Islands', Madeira's and the Azores' towns, and Ceuta's and Melilla's quarters.

spaCy's small English model reads many of them as persons (``Corralejo``, ``Maspalomas``, ``Câmara de
Lobos``, ``Porto Moniz``, ``Guía de Isora``) or not at all (``Adeje``, ``Arona``, ``Icod de los Vinos``,
``Machico``, ``Angra do Heroísmo``): Spanish, Portuguese and Guanche names it rarely saw. A closed list
is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``canary_place``: the seven islands and their municipalities, resorts and Las Palmas' and Santa Cruz's
  quarters (``Playa del Inglés``, ``Costa Adeje``, ``Guanarteme``). ``Yaiza``, ``Candelaria``, ``Arona``,
  ``Moya`` and ``Ingenio`` are given or family names or words too: only after ``en``/``in``/``de``/``from``
  or before their island (``vive en Yaiza``, ``Yaiza, Lanzarote``).
* ``madeira_azores_place``: Madeira's and Porto Santo's concelhos and freguesias, the Azores' islands,
  concelhos and freguesias (``Câmara de Lobos``, ``Angra do Heroísmo``, ``Rabo de Peixe``); ``Horta``,
  ``Lagoa``, ``Santana``, ``Monte``, ``Faial``, ``Pico``, ``Flores`` are names or words too: only before
  their island or after ``em``/``na``/``no``/``in``/``from``.
* ``ceuta_melilla_place``: the two cities and their barriadas (``El Príncipe``, ``Hadú``, ``Cabrerizas``,
  ``Cañada de Hidum``).

Left out: a town inside a firm's, a body's or an event's name (``Tenerife Sur`` the airport, ``Funchal
Marina``, ``UD Las Palmas``), and the islands' names as words or persons alone (``La Palma`` is, ``Flores`` and
``Santa Maria`` are not).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_AFTER_IN = (r"(?<=\b(?:en|in|de|from|to|at|em|para|desde)[ ]"
             r"|\b(?i:municipio|municipality|concelho|localidad|localidade|town|city)[ :][ ]?[\"“']?)")
_CANARY_ISLAND = (r"(?=,?[ ](?:\(?(?:Gran[ ]Canaria|Tenerife|Lanzarote|Fuerteventura|La[ ]Gomera|El[ ]Hierro|La[ ]Palma"
                  r"|Canarias|Islas[ ]Canarias)|3[58]\d{3}))")
_CANARY_WORDS = r"(?:Yaiza|Candelaria|Arona|Moya|Ingenio|Antigua|Frontera|Agulo|Teror|Firgas|Santa[ ]Luc[íi]a)"
_CANARY = (
    r"(?:Gran[ ]Canaria|Tenerife|Lanzarote|Fuerteventura|La[ ]Gomera|El[ ]Hierro|La[ ]Graciosa|Islas[ ]Canarias"
    r"|Las[ ]Palmas(?:[ ]de[ ]Gran[ ]Canaria)?|Santa[ ]Cruz[ ]de[ ](?:Tenerife|La[ ]Palma)|San[ ]Crist[óo]bal"
    r"[ ]de[ ]La[ ]Laguna|La[ ]Laguna(?=,|[ ]\(|[ ]3[58]\d{3})|Telde|Adeje|Arrecife|Puerto[ ]del[ ]Rosario"
    r"|Santa[ ]Luc[íi]a[ ]de[ ]Tirajana|San[ ]Bartolom[ée][ ]de[ ]Tirajana|Maspalomas|Playa[ ]del[ ]Ingl[ée]s"
    r"|Los[ ]Cristianos|Puerto[ ]de[ ]la[ ]Cruz|La[ ]Orotava|Icod[ ]de[ ]los[ ]Vinos|G[áa]ldar|Ag[üu]imes"
    r"|Vecindario|Arucas|Mog[áa]n|Arguinegu[íi]n|Granadilla(?:[ ]de[ ]Abona)?|Gu[íi]a[ ]de[ ]Isora"
    r"|Santiago[ ]del[ ]Teide|Los[ ]Llanos(?:[ ]de[ ]Aridane)?|Tazacorte|San[ ]Sebasti[áa]n[ ]de[ ]La[ ]Gomera"
    r"|Valverde(?=,?[ ](?:\(?El[ ]Hierro|38\d{3}))|Corralejo|Morro[ ]Jable|Costa[ ]Calma|Caleta[ ]de[ ]Fuste"
    r"|Gran[ ]Tarajal|Tuineje|P[áa]jara|La[ ]Oliva|Betancuria|Teguise|Costa[ ]Teguise|Tinajo|Har[íi]a|T[íi]as(?=,)"
    r"|Puerto[ ]del[ ]Carmen|Playa[ ]Blanca|San[ ]Bartolom[ée](?=,[ ]Lanzarote)|Caleta[ ]de[ ]Sebo|Playa[ ]Honda"
    r"|Tacoronte|G[üu][íi]mar|Arafo|Fasnia|Vilaflor|Tegueste|El[ ]Sauzal|La[ ]Matanza(?:[ ]de[ ]Acentejo)?"
    r"|La[ ]Victoria[ ]de[ ]Acentejo|Santa[ ][ÚU]rsula|Los[ ]Realejos|Buenavista[ ]del[ ]Norte|Garachico"
    r"|Los[ ]Silos|El[ ]Tanque|San[ ]Juan[ ]de[ ]la[ ]Rambla|La[ ]Guancha|San[ ]Miguel[ ]de[ ]Abona|El[ ]M[ée]dano"
    r"|Las[ ]Galletas|Costa[ ]Adeje|Playa[ ]de[ ]las[ ]Am[ée]ricas|Los[ ]Gigantes|Puerto[ ]de[ ]Santiago|Callao[ ]Salvaje"
    r"|Valle[ ]Gran[ ]Rey|Vallehermoso|Hermigua|Alajer[óo]|Playa[ ]de[ ]Santiago|El[ ]Pinar(?=,|[ ]\(|[ ]de[ ]El)"
    r"|Bre[ñn]a[ ]Alta|Bre[ñn]a[ ]Baja|El[ ]Paso(?=,[ ]La[ ]Palma)|Tijarafe|Puntagorda|Garaf[íi]a|Barlovento(?=,)"
    r"|Puntallana|San[ ]Andr[ée]s[ ]y[ ]Sauces|Fuencaliente|Villa[ ]de[ ]Mazo|Valsequillo(?=,|[ ]de)|Cruce[ ]de[ ]Arinaga"
    r"|Arinaga|Carrizal(?=,[ ]Ingenio)|Jin[áa]mar|Tamaraceite|Tafira(?:[ ](?:Alta|Baja))?|Schamann(?=,)|Guanarteme"
    r"|Vegueta|Triana(?=,[ ]Las[ ]Palmas)|Escaleritas|La[ ]Isleta|Alcaravaneras|Ciudad[ ]Jard[íi]n(?=,)|Siete[ ]Palmas"
    r"|Tom[ée][ ]Cano|Ofra|Taco(?=,[ ](?:San|La|Santa))|Los[ ]Majuelos|A[ñn]aza|Tabaiba|Radazul|El[ ]Cardonal"
    r"|Costa[ ]Mogán|Puerto[ ]Rico(?=,[ ]Mog[áa]n|[ ]\(Gran)|Puerto[ ]de[ ]Mog[áa]n|San[ ]Fernando(?=,[ ]Maspalomas)"
    r"|" + _CANARY_WORDS + _CANARY_ISLAND + r"|" + _AFTER_IN + _CANARY_WORDS + r"(?![ ]\p{Lu})"
    r")"
)
_ISLES = (r"(?=,?[ ](?:\(?(?:Madeira|Porto[ ]Santo|A[çc]ores|Azores|S[ãa]o[ ]Miguel|Terceira|Faial|Pico|S[ãa]o[ ]Jorge"
          r"|Graciosa|Flores|Corvo|Santa[ ]Maria)|9\d{3}-\d{3}))")
_MA_WORDS = r"(?:Horta|Lagoa|Santana|Monte|Faial|Pico|Flores|Camacha|Gaula|Seixal|Nordeste|Velas|Livramento|Relva)"
_MADEIRA_AZORES = (
    r"(?:Funchal|C[âa]mara[ ]de[ ]Lobos|Estreito[ ]de[ ]C[âa]mara[ ]de[ ]Lobos|Machico|Cani[çc]o|Cani[çc]al"
    r"|Ribeira[ ]Brava|Ponta[ ]do[ ]Sol|Porto[ ]Moniz|Porto[ ]Santo|Vila[ ]Baleira|Curral[ ]das[ ]Freiras"
    r"|Porto[ ]da[ ]Cruz|Jardim[ ]do[ ]Mar|Paul[ ]do[ ]Mar|Arco[ ]da[ ]Calheta|S[ãa]o[ ]Vicente(?=,|[ ]\(Madeira)"
    r"|Santa[ ]Cruz(?=,?[ ](?:Madeira|9\d{3}))|S[ãa]o[ ]Gon[çc]alo(?=,[ ]Funchal)|Imaculado[ ]Cora[çc][ãa]o[ ]de[ ]Maria"
    r"|Ponta[ ]Delgada|Angra[ ]do[ ]Hero[íi]smo|Ribeira[ ]Grande|Vila[ ]Franca[ ]do[ ]Campo|Povoa[çc][ãa]o"
    r"|Praia[ ]da[ ]Vit[óo]ria|Madalena[ ]do[ ]Pico|S[ãa]o[ ]Roque[ ]do[ ]Pico|Lajes[ ]do[ ]Pico|Lajes[ ]das[ ]Flores"
    r"|Santa[ ]Cruz[ ]das[ ]Flores|Santa[ ]Cruz[ ]da[ ]Graciosa|Vila[ ]do[ ]Porto|Vila[ ]Nova[ ]do[ ]Corvo|Furnas"
    r"|Capelas|Rabo[ ]de[ ]Peixe|Faj[ãa][ ]de[ ](?:Baixo|Cima)|Fenais[ ]da[ ](?:Luz|Ajuda)|Arrifes|Feteiras|Biscoitos(?=,)"
    r"|Terra[ ]Ch[ãa]|S[ãa]o[ ]Mateus[ ]da[ ]Calheta|Calheta[ ]de[ ]S[ãa]o[ ]Jorge|Urzelina|Topo(?=,[ ]S[ãa]o[ ]Jorge)"
    r"|A[çc]ores|Azores|Ilha[ ]da[ ]Madeira|Ilha[ ]Terceira|Ilha[ ]do[ ]Pico|Regi[ãa]o[ ]Aut[óo]noma[ ]d[ao]s?[ ]\p{Lu}\p{Ll}+"
    r"|S[ãa]o[ ]Miguel(?=,?[ ](?:A[çc]ores|Azores))|Terceira(?=,?[ ](?:A[çc]ores|Azores))"
    # (Madeira is a family name too: not after a name's word, nor before one: 'João Madeira', 'Madeira Lopes')
    r"|(?<!\p{Lu}\p{Ll}{1,20}[ ])Madeira(?![ ](?:wine|Wine|cake|\p{Lu}))"
    r"|" + _MA_WORDS + _ISLES + r"|" + r"(?<=\b(?:em|na|no|in|from)[ ]|\b(?i:concelho|freguesia|localidade|municipality|town)[ :][ ]?[\"“']?)" + _MA_WORDS + r"(?![ ]\p{Lu})"
    r")"
)
_CEUTA_MELILLA = (
    r"(?:Ceuta|Melilla(?:[ ]la[ ]Vieja)?|El[ ]Pr[íi]ncipe(?=,|[ ]Alfonso)|Pr[íi]ncipe[ ]Alfonso|Had[úu]|Benz[úu]"
    r"|El[ ]Sarchal|Almina|Recinto[ ]Sur|Villajovita|Loma[ ]Colmenar|Poblado[ ]Marinero|Monte[ ]Hacho"
    r"|Arcos[ ]Quebrados|Los[ ]Rosales(?=,[ ]Ceuta)|San[ ]Amaro(?=,)|Juan[ ]Carlos[ ]I(?=,[ ]Ceuta)"
    r"|Cabrerizas|Ca[ñn]ada[ ]de[ ](?:Hidum|la[ ]Muerte)|Reina[ ]Regente(?=,)|Bater[íi]a[ ]Jota|Barrio[ ]Chino(?=,[ ]Melilla)"
    r"|Monte[ ]Mar[íi]a[ ]Cristina|Hip[óo]dromo(?=,[ ]Melilla)|Tesorillo|Ataque[ ]Seco|Tiro[ ]Nacional"
    r"|Barrio[ ]del[ ]Real|El[ ]Real(?=,[ ]Melilla)|Concepci[óo]n[ ]Arenal(?=,[ ]Melilla)|Virgen[ ]de[ ]la[ ]Victoria(?=,)"
    r"|Barrio[ ]Hebreo|Los[ ]Pinares(?=,[ ]Melilla)|Alfonso[ ]XIII(?=,[ ]Melilla)|Carlos[ ]V(?=,[ ]Melilla)"
    r")"
)

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Aeropuerto|Aeroporto|International|Hotel|Resort|Mall|Plaza"
                   r"|Group|Grupo|Bank|Banco|Club|Store|Shop|Express|Medical|Hospital|Clinic|Cl[íi]nica|Pharmacy"
                   r"|Farmacia|College|University|Universidad|School|Council|Cabildo|Festival|Carnaval|Marathon"
                   r"|Expo|Motors|Marina|Sur|Norte|Norte[ ]Los[ ]Rodeos|Port|Puerto|Ferry|Ferries|Fred|Olsen|Wine"
                   r"|Vinho|Airlines|Air|Binter|SAD|CF|CD|FC|Futebol|Mar[íi]timo|Nacional|Basket|Gas|Telecom|Cable)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the town names, its word before it ('Sucursal Telde', 'Loja Funchal'): no one's place
_NOT_A_SITE = (r"(?<!\b(?:Sucursal|Tienda|Almac[ée]n|Oficina|Loja|Armaz[ée]m|Balc[ãa]o|Branch|Store|Warehouse|Office"
               r"|Location|Site|Outlet|UD|CD|CF)[ ])")


def _place(names: str) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: 'Rua do Carmo 23\\nFunchal'; a
    # quote before the name is a string's, as a SQL dump writes its cells: 'Telde'; not an elision's)
    return r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS


class PlaceMacaronesiaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("canary_place", _place(_CANARY), 0.9),
        Pattern("madeira_azores_place", _place(_MADEIRA_AZORES), 0.9),
        Pattern("ceuta_melilla_place", _place(_CEUTA_MELILLA), 0.9),
    ]
    CONTEXT = ["dirección", "direccion", "domicilio", "municipio", "barrio", "barriada", "vivo", "morada", "freguesia",
               "concelho", "address", "town", "island", "isla", "ilha", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
