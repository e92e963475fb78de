"""LOCATION: a street address in Colombia's nomenclature, and Paraguay's by its corner, whole.

Colombia numbers its streets and writes an address as the street's kind and number, ``#`` (or
``No.``), the crossing street's number, a dash and the distance from the corner:
``Cra 15 # 93-47``, ``Calle 72 # 10-34 Apto 502``, ``Diagonal 45 Sur # 12-30``, ``Cl. 10 Sur
#43A-25``, ``Ak 15 # 119-43`` (Avenida Carrera). The street recognizer's numbered-street
pattern stops at the first number or misses the abbreviations; this one takes the address
whole, with the unit after it (``Int 4``, ``Apto 301``, ``Of. 802``, ``Torre 2``), at 0.9.

The ``#`` or ``No.`` and the dash between the two numbers are the evidence: ``Calle 72`` alone
(a street, no one's address) and ``Cra 15`` are not enough.

Paraguay writes an address as its street, the house's number and the nearest corner after
``c/`` (casi, 'almost at') or ``esq.`` (esquina): ``Eusebio Ayala 2345 c/ Río de Janeiro``,
``Avda. Mcal. López c/ Brasilia 1234``; ``street_py_corner`` (0.85) takes both streets and
the number, which must be there (``Pago c/ Tarjeta`` is 'with a card').

Venezuela names its buildings and houses (``Edif. Tamanaco``, ``Qta. La Esperanza``, ``Torre Este``) and
writes the units in them (``Piso 4``, ``Apto 4-B``, ``Ofic. 8-5``, ``Casa Nro. 12``) between the
address's commas; ``building_ve`` and ``unit_ve`` (0.85) take each piece whole (the small model reads
``Edif`` as a place and ``Torre Este`` as a person).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# The street's kind: Calle, Carrera, Avenida (Calle or Carrera), Diagonal, Transversal, Circular,
# and the abbreviations forms and the post write ('Cl', 'Cll', 'Cra', 'Kr', 'Ak', 'Dg', 'Tv')
_KIND = (r"(?:(?:Avenida|Av\.?)(?:[ ](?:Calle|Carrera|Cra\.?|Cl\.?))?"
         r"|(?:Calle|Cl|Cll|Clle|Carrera|Cra|Kra|Kr|Cr|Ak|Ac|Diagonal|Dg|Diag|Transversal|Tv|Tr|Trans|Circular|Cq"
         r"|Autopista)\.?)")
# A street's number: 15, 43A, 10 Bis, 45 Sur, 7A Bis B
_NUMBER = r"\d{1,3}(?:[ ]?[A-H])?(?:[ ]?(?:[Bb]is|BIS))?(?:[ ]?[A-H])?(?:[ ](?:Sur|Este|Norte|Oeste|SUR|ESTE))?"
# A unit after it: interior, apartment, office, tower, house, local, block, floor
_UNIT = (r"(?:,?[ ](?:Int(?:erior)?|Apto|Apartamento|Apt|Ap|Of|Oficina|Torre|Casa|Local|Bloque|Bl|Piso|Consultorio"
         r"|Etapa|Manzana|Mz)\.?[ ]?\d{1,4}[A-Z]?)")


# A street's name in Paraguay: its kind, a title of whom it is named for ('Mcal.', 'Tte.', 'Gral.'),
# then its capitalized words with their particles ('Río de Janeiro', 'Eusebio Ayala')
_PY_TITLE = r"(?:(?:Avda|Av|Avenida|Calle|Ruta|Mcal|Gral|Tte|Cnel|Dr|Pdte|Cap|Sgto|Mons|Pa[ií]|Padre|Tcnel|Cptán)\.?[ ])"
_PY_STREET = (r"(?:" + _PY_TITLE + r"){0,2}\p{Lu}[\p{L}\p{M}'’.]+(?:[ ](?:(?:de|del|la|las|los|y)[ ])?"
              r"\p{Lu}[\p{L}\p{M}'’.]+){0,3}")
# (three digits or more: Asunción numbers its houses by the metre; 'Windows 10 c/ Office' is no address)
_PY_NUMBER = r"[ ](?:N[°º][ ]?)?\d{3,5}(?![\w.,/]\d)"
_PY_CORNER = r"[ ](?:c/|C/|casi|esq\.|esquina)[ ]"
_PY_CORNER_IN = re.compile(_PY_CORNER)
_PY_NUMBER_IN = re.compile(_PY_NUMBER)


# Venezuela's (and the Caribbean's) buildings and houses by their names, and the units in them: 'Edif.
# Tamanaco', 'Qta. La Esperanza' (a house's name), 'Res. Los Samanes', 'Torre Este', 'Piso 4', 'Apto 4-B',
# 'Ofic. 8-5', 'Casa Nro. 12'
_VE_NAMED = (r"(?:Edif(?:icio)?\.?|Qta\.?|Quinta|Res(?:idencias)?\.|Residencias|Torre|Conj(?:unto)?\.?[ ]Res(?:idencial)?\.?)"
             r"[ ](?:(?:de|del|la|las|los|el)[ ])?\p{Lu}[\p{L}\p{M}'’.]*(?:[ ](?:(?:de|del|la|las|los|el)[ ])?"
             r"\p{Lu}[\p{L}\p{M}'’.]*){0,3}")
_VE_UNIT = (r"(?:Piso|PB|Apto\.?|Apartamento|Apt\.?|Ofic?\.|Oficina|Local|Casa)[ ]?(?:N(?:ro|º|°)\.?[ ]?)?"
            r"[0-9][0-9A-Z]{0,3}(?:-[0-9A-Z]{1,3})?(?![\w\-])")


class StreetSouthAmericaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "street_co_nomenclature",
            r"(?x)(?<![\w.\-])" + _KIND + r"[ ]?" + _NUMBER
            + r"[ ]?(?:\#|No\.?|N[°º]\.?|Nro\.?)[ ]?" + _NUMBER
            + r"[ ]?[\-–][ ]?\d{1,3}(?:[ ](?:Sur|Este|SUR|ESTE))?(?![\w\-])" + _UNIT + r"{0,3}",
            0.9,
        ),
        Pattern(
            "street_numbered_house",  # Bolivia's and Peru's numbered street, its side and the house's number,
            # no block's dash ('calle 9 Este #14', 'Calle 3 N° 456'): the street recognizer stops at the first number
            r"(?x)(?<![\w.\-])(?:[Cc]alle|CALLE|Av\.?|Avenida)[ ]\d{1,3}(?:[ ](?:Este|Oeste|Norte|Sur))?"
            r"[ ]?(?:\#|N[°º]\.?|Nro\.?)[ ]?\d{1,5}(?![\w\-])",
            0.85,
        ),
        Pattern(
            "street_py_corner",
            r"(?x)(?<![\w.])" + _PY_STREET + r"(?:" + _PY_NUMBER + r")?" + _PY_CORNER + _PY_STREET
            + r"(?:" + _PY_NUMBER + r")?",
            0.85,
        ),
        Pattern("building_ve", r"(?x)(?<![\w.])(?<!\bPH[ ])" + _VE_NAMED + r"(?![\w\-])", 0.85),  # (Panama's 'PH Torre
        # Global', a horizontal property's name, is the street recognizer's whole)
        Pattern("unit_ve", r"(?x)(?<![\w.])" + _VE_UNIT, 0.85),
    ]
    CONTEXT = ["dirección", "direccion", "domicilio", "vivo", "barrio", "address"]

    def validate_result(self, pattern_text: str) -> bool | None:
        # a corner's address has its house's number, on either street ('Pago c/ Tarjeta' has none)
        if _PY_CORNER_IN.search(pattern_text) and not _PY_NUMBER_IN.search(pattern_text):
            return False
        return None

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
