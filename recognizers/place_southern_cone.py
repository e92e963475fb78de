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
                r"|Avellaneda|Prado|Pando|Talca|Aguada|Tigre|Olivos|Misiones)[ ]\p{Lu}\p{Ll})"
                # (and the given names alone only where a place goes: after a comma, a preposition, a label)
                r"(?:(?<=,[ ]|[:=][ ]?|(?<![\p{L}\p{M}])(?i:en|in|de|desde|a|to|from|at|hacia|para|near|cerca[ ]de)[ ])"
                r"|(?!(?:Santiago|Rosario|Mercedes|Concepci[oó]n|Trinidad)(?![\p{L}\p{M}]|[ ]de[ ]Chile|[ ]Centro|,[ ](?:Chile|Argentina|Uruguay))))"
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
