"""LOCATION: Chile's, Argentina's and Uruguay's towns and the capitals' communes and barrios, by name.

spaCy's small English model reads many of them as persons between Spanish words (``CABA``,
``Buenos Aires``, ``Ñuñoa``, ``Paysandú``) or misses them. A closed list is the evidence, and
outscores the model's reading (0.9 against its 0.85):

* ``cl_town``: Chile's towns and Santiago's communes (``Ñuñoa``, ``Las Condes``, ``Puente Alto``).
* ``ar_town``: Argentina's towns, provinces and Buenos Aires' barrios and partidos (``CABA``,
  ``Villa Crespo``, ``Lomas de Zamora``).
* ``uy_town``: Uruguay's towns, departments and Montevideo's barrios (``Pocitos``, ``Paysandú``).

A town inside a street's, a firm's or a body's name is no one's place, and not taken (``Av.
Santa Fe 1234``, ``Calle Florida 560``, ``Córdoba Motors``, ``Rosario Central``). Given names
that are towns too are taken only when no second name follows (``Santiago Pérez``, ``Rosario
Díaz``, ``Mercedes Giménez`` are people), and alone only where a place goes: after a comma, a
preposition or a label (``..., Santiago``, ``en Rosario``; Jitsi's ``as Santiago`` is a person).

Left out: names that are people's family names or common words too (``Rivera``, ``Maldonado``,
``Flores``, ``Belgrano``, ``Mendoza``, ``Castro``, ``Rocha``, ``Prado``, ``Martínez``, ``Young``, ``Córdoba`` after a given name, ``Salto``, ``Florida``,
``Colonia``, ``Minas``, ``Melo``, ``Independencia``, ``Paraná`` after a given name), and
``San Juan``, ``San Luis``, ``San Isidro``, ``San Miguel``, ``La Florida`` (towns of many
countries and saints' names).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_CL = (r"(?:Santiago(?:[ ]de[ ]Chile|[ ]Centro)?|Valpara[ií]so|Vi[ñn]a[ ]del[ ]Mar|Concepci[oó]n|Antofagasta|Temuco"
       r"|Rancagua|Talca|Arica|Iquique|Puerto[ ]Montt|La[ ]Serena|Coquimbo|Chill[aá]n|Osorno|Punta[ ]Arenas"
       r"|Calama|Copiap[oó]|Valdivia|Curic[oó]|Quilpu[eé]|Villa[ ]Alemana|Talcahuano|San[ ]Antonio|Ovalle"
       r"|Puerto[ ]Varas|Coyhaique|Pucón|San[ ]Pedro[ ]de[ ]Atacama"
       r"|Providencia|Las[ ]Condes|[ÑN]u[ñn]oa|Maip[uú]|Puente[ ]Alto|Vitacura|Lo[ ]Barnechea|Estaci[oó]n[ ]Central"
       r"|Pe[ñn]alol[eé]n|Macul|Quilicura|Pudahuel|La[ ]Reina|San[ ]Bernardo|Quinta[ ]Normal|Cerrillos"
       r"|Lo[ ]Prado|Conchal[ií]|Huechuraba|Renca|La[ ]Cisterna|El[ ]Bosque|San[ ]Joaqu[ií]n|Pedro[ ]Aguirre[ ]Cerda"
       r"|Regi[oó]n[ ]Metropolitana)")
_AR = (r"(?:Buenos[ ]Aires|CABA|C\.A\.B\.A\.|Capital[ ]Federal|Ciudad[ ]Aut[oó]noma[ ]de[ ]Buenos[ ]Aires"
       r"|Rosario|La[ ]Plata|Mar[ ]del[ ]Plata|San[ ]Miguel[ ]de[ ]Tucum[aá]n|Tucum[aá]n|Neuqu[eé]n"
       r"|San[ ]Carlos[ ]de[ ]Bariloche|Bariloche|Bah[ií]a[ ]Blanca|Resistencia|Posadas|Santa[ ]Rosa"
       r"|San[ ]Salvador[ ]de[ ]Jujuy|Jujuy|R[ií]o[ ]Gallegos|Ushuaia|Comodoro[ ]Rivadavia|Trelew|Puerto[ ]Madryn"
       r"|Santiago[ ]del[ ]Estero|Catamarca|La[ ]Rioja|Formosa|R[ií]o[ ]Cuarto|Villa[ ]Mar[ií]a|Tandil"
       r"|Quilmes|Lan[uú]s|Avellaneda|Lomas[ ]de[ ]Zamora|Mor[oó]n|Tigre|Vicente[ ]L[oó]pez|Olivos"
       r"|San[ ]Fernando[ ]del[ ]Valle|Mendoza[ ]Capital|Godoy[ ]Cruz|Luj[aá]n[ ]de[ ]Cuyo|Villa[ ]Carlos[ ]Paz"
       r"|Palermo|Recoleta|Caballito|Almagro|Villa[ ]Crespo|San[ ]Telmo|Villa[ ]Urquiza|Boedo|Balvanera"
       r"|Barracas|Villa[ ]Devoto|Colegiales|Puerto[ ]Madero|Monserrat|Chacarita|Villa[ ]del[ ]Parque"
       r"|Provincia[ ]de[ ]Buenos[ ]Aires|Santa[ ]Fe|Entre[ ]R[ií]os|Chubut|R[ií]o[ ]Negro|Misiones|Chaco"
       r"|Santa[ ]Cruz|Tierra[ ]del[ ]Fuego|Gran[ ]Buenos[ ]Aires|Conurbano)")
_UY = (r"(?:Montevideo|Paysand[uú]|Las[ ]Piedras|Punta[ ]del[ ]Este|Tacuaremb[oó]|Colonia[ ]del[ ]Sacramento"
       r"|Durazno|Canelones|Ciudad[ ]de[ ]la[ ]Costa|San[ ]Jos[eé][ ]de[ ]Mayo|Treinta[ ]y[ ]Tres|Fray[ ]Bentos"
       r"|Artigas|Trinidad|Pando|Atl[aá]ntida|La[ ]Paloma|Piri[aá]polis|Carmelo|Nueva[ ]Helvecia"
       r"|Pocitos|Carrasco|Malv[ií]n|Cord[oó]n|Punta[ ]Carretas|Ciudad[ ]Vieja|Parque[ ]Rod[oó]|Buceo"
       r"|La[ ]Blanqueada|Tres[ ]Cruces|Punta[ ]Gorda|Sayago|Cerro[ ]Norte|Barrio[ ]Sur|Pe[ñn]arol|Aguada)")

# Patagonia's towns in Argentina and Chile, and Tierra del Fuego's ('Trevelin', 'Esquel', 'El Chaltén', 'Puerto
# Natales', 'Villa O'Higgins', 'Tolhuin'), with Chubut's Welsh names ('Y Gaiman', 'Trelew'; 'Trevelin' is Welsh too);
# Patagonia itself only after a preposition or an article ('en la Patagonia'): a brand of clothes is named so
_PATAGONIA = (r"(?:Trevelin|Esquel|Y[ ]Gaiman|Gaiman|Dolavon|Puerto[ ]Deseado|Puerto[ ]San[ ]Juli[aá]n|Caleta[ ]Olivia"
              r"|Pico[ ]Truncado|Los[ ]Antiguos|El[ ]Calafate|El[ ]Chalt[eé]n|R[ií]o[ ]Turbio|Puerto[ ]Santa[ ]Cruz"
              r"|Gobernador[ ]Gregores|R[ií]o[ ]Grande|Tolhuin|San[ ]Mart[ií]n[ ]de[ ]los[ ]Andes|Jun[ií]n[ ]de[ ]los[ ]Andes"
              r"|Villa[ ]La[ ]Angostura|Zapala|Cutral[ ]C[oó]|Plaza[ ]Huincul|Chos[ ]Malal|Alumin[eé]|El[ ]Bols[oó]n"
              r"|Cipolletti|General[ ]Roca|Viedma|Carmen[ ]de[ ]Patagones|R[ií]o[ ]Mayo|Gobernador[ ]Costa|Cholila"
              r"|Epuy[eé]n|Lago[ ]Puelo|Puerto[ ]Pir[aá]mides|Pen[ií]nsula[ ]Vald[eé]s|Dina[ ]Huapi|Ingeniero[ ]Jacobacci"
              r"|Puerto[ ]Natales|Puerto[ ]Williams|Porvenir|Puerto[ ]Ays[eé]n|Puerto[ ]Ais[eé]n|Chile[ ]Chico"
              r"|Caleta[ ]Tortel|Villa[ ]O['’]Higgins|Puerto[ ]Cisnes|Futaleuf[uú]|Chait[eé]n|Puerto[ ]Ib[aá][ñn]ez"
              r"|Villa[ ]Cerro[ ]Castillo|Cerro[ ]Sombrero|Puerto[ ]Ed[eé]n|Torres[ ]del[ ]Paine|Quell[oó]n|Dalcahue"
              r"|Chilo[eé]|Ancud|Isla[ ]Navarino|Cabo[ ]de[ ]Hornos|Regi[oó]n[ ]de[ ]Magallanes|Magallanes|[ÚU]ltima[ ]Esperanza"
              r"|Regi[oó]n[ ]de[ ]Ays[eé]n|Ays[eé]n|Ais[eé]n|Neuqu[eé]n|Santa[ ]Cruz[ ]Province"
              r"|(?<=(?<![\p{L}\p{M}])(?:la|La|en|de|in|the|of|from|desde|to|across)[ ])Patagonia(?![ ]\p{L})"
              r"|Patagonia[ ]Argentina"
              r"|Patagonia[ ]Chilena|Tierra[ ]del[ ]Fuego|Isla[ ]Grande[ ]de[ ]Tierra[ ]del[ ]Fuego|Y[ ]Wladfa|Dyffryn[ ]Camwy"
              r"|Trerawson|Porth[ ]Madryn)")
# Argentina's short postcode (a province's letter, the town's four digits) and Chile's seven digits beside a town of
# Patagonia ('Trelew (U9100)', 'U9105 Gaiman', 'Punta Arenas 6200000', '6160000 Puerto Natales'): alone they are codes
_TOWNS = (r"(?:" + _PATAGONIA[3:-1] + r"|Trelew|Puerto[ ]Madryn|Comodoro[ ]Rivadavia|Ushuaia|R[ií]o[ ]Gallegos"
          r"|Punta[ ]Arenas|Puerto[ ]Montt|Coyhaique|Bariloche|Rawson|Cochrane|Chubut)")
_POSTCODE = r"(?:(?-i:[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?)|\d{7})(?![\w\-])"
# (the town first, in a lookbehind at the pattern's start, or after, in a trailing lookahead: the fast path's
# prefilter keeps both as text to find, and a bare code of digits is no candidate)
_POSTCODE_AFTER_TOWN = r"(?<=(?<![\p{L}\p{M}])" + _TOWNS + r",?[ ]\(?)" + _POSTCODE
_POSTCODE_BEFORE_TOWN = r"(?<![\w\-])" + _POSTCODE + r"(?=[ ]" + _TOWNS + r"(?![\p{L}\p{M}]))"

# A firm's, a team's, a club's or a body's name the town is part of ('Córdoba Motors', 'Rosario Central',
# 'Montevideo Shopping', 'Carrasco Airport')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Hospital|Clinic|College|University|School"
                   r"|Council|Airport|International|Hotel|Resort|Lodge|Mall|Shopping|Group|Trust|Club|Store|Stores"
                   r"|Shop|Motors|Express|Bank|Park|Port|Fair|Festival|Conference|Summit|Expo|Central|Juniors"
                   r"|Wanderers|Plaza|Outlet|Tours|Travel|Cargo|Airlines|Sur|Norte)")

# A street's, a square's or a building's name the town's is part of ('Av. Santa Fe 1234', 'calle Florida',
# 'Bv. Artigas 1520', 'Plaza Italia', 'Av. Providencia 1234', 'Ruta 5 Sur', 'Pasaje Rivadavia')
_STREET_BEFORE = (r"(?<!(?<![\p{L}\p{M}])(?i:av|avda|avenida|calle|c/|pasaje|psje|pje|bv|bvar|bulevar|boulevard"
                  r"|camino|ruta|rambla|diagonal|costanera|plaza|parque|paseo|estaci[oó]n|barrio[ ]privado"
                  r"|country|club|hospital|cl[ií]nica|colegio|escuela|liceo|universidad|general|gral|presidente"
                  r"|pte|doctor|dr|ingeniero|ing)"
                  r"\.?[ ](?:de[ ]|del[ ]|la[ ]|los[ ]|las[ ])?)")

# Given names and family names that are towns too: no town before a second name ('Santiago Pérez', 'Rosario
# Díaz'), nor after a given name ('Juan Artigas', 'María Young', 'Ana Rocha', 'Luis Trinidad')
_PEOPLES_TOO = (r"(?!(?:Santiago|Rosario|Mercedes|Concepci[oó]n|Trinidad|Young|Rocha|Artigas|Castro|Mart[ií]nez"
                r"|Avellaneda|Prado|Pando|Talca|Aguada|Tigre|Olivos|Misiones|Rawson|Cochrane)[ ]\p{Lu}\p{Ll})"
                # (and the given names alone only where a place goes: after a comma, a preposition, a label)
                r"(?:(?<=,[ ]|[:=][ ]?|(?<![\p{L}\p{M}])(?i:en|in|de|desde|a|to|from|at|hacia|para|near|cerca[ ]de)[ ])"
                r"|(?!(?:Santiago|Rosario|Mercedes|Concepci[oó]n|Trinidad|Rawson|Cochrane)(?![\p{L}\p{M}]|[ ]de[ ]Chile|[ ]Centro|,[ ](?:Chile|Argentina|Uruguay))))"
                r"(?!(?<=\p{Lu}[\p{Ll}\p{M}'’\-]+[ ])(?:Santiago|Rosario|Concepci[oó]n|Trinidad|Young|Rocha|Artigas"
                r"|Castro|Mart[ií]nez|Avellaneda|Prado|Pando|Durazno|Calama|Osorno|Valdivia|Macul|Renca|Formosa"
                r"|Olivos|Tigre|Recoleta|Palermo|Almagro|Barracas|Carrasco|Sayago|Posadas|Resistencia"
                r"|Misiones)(?![\p{L}\p{M}]))")


def _town(towns: str) -> str:
    return (r"(?x)" + _STREET_BEFORE + _PEOPLES_TOO + r"(?<![\p{L}\p{M}\-.])" + towns
            + r"(?![\p{L}\p{M}\-]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))")


class PlaceSouthernConeRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("cl_town", _town(_CL), 0.9),
        Pattern("ar_town", _town(_AR), 0.9),
        Pattern("uy_town", _town(_UY), 0.9),
        Pattern("patagonia_town", _town(r"(?:" + _PATAGONIA[3:-1] + r"|Rawson|Cochrane)"), 0.9),
        Pattern("postcode_after_town", r"(?x)" + _POSTCODE_AFTER_TOWN, 0.85),
        Pattern("postcode_before_town", r"(?x)" + _POSTCODE_BEFORE_TOWN, 0.85),
    ]
    CONTEXT = ["dirección", "direccion", "comuna", "barrio", "ciudad", "localidad", "provincia", "departamento",
               "address", "town", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
