"""LOCATION: Puerto Rico's municipalities and San Juan's quarters, and the US Virgin Islands' towns and estates.

spaCy's small English model reads many of them as persons (``Bayamón``, ``Arecibo``, ``Culebra``) or
not at all (``Guaynabo``, ``Canóvanas``, ``Christiansted``): Spanish and Taíno names it rarely saw. A
closed list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``pr_municipality``: the 78 municipalities, with or without their accents. Those that are words or
  names too (``Carolina``, ``Isabela``, ``Florida``, ``Dorado``, ``Lares``, ``Salinas``, ``Ponce``,
  ``Rincón``...) only before the island's name or a ZIP code (``Carolina, PR``, ``Ponce 00731``), and
  those that are words only (not given names) also after ``en``/``de``/``in``/``from`` (``vivo en Lares``).
* ``san_juan_quarter``: San Juan's and its neighbours' quarters (``Santurce``, ``Hato Rey``, ``Río
  Piedras``, ``Levittown``).
* ``usvi_place``: the islands and their towns and bays (``Charlotte Amalie``, ``Christiansted``, ``Cruz
  Bay``), ``St. Thomas`` and ``St. John`` only before a comma, ``VI`` or a ZIP code or at an
  address's end (both are saints too). ``usvi_estate``: an estate, the islands' unit of address, before its town
  or island, with its plot's number or where one lives (``Estate Tutu, St. Thomas``, ``Plot 45 Estate Whim``, ``from
  Estate Glynn``);
  ``Real Estate`` and an estate's ``Agent`` or ``Planning`` are no place.

Left out: a town inside a firm's, a body's or an event's name (``Ponce Health Sciences University``,
``Caguas Mall``, ``Christiansted Hotel``), and a street named for a person (``Ponce de León``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# The island after a town: its name, its postal abbreviation or a ZIP code (PR's start 006-009)
_PR_AFTER = r"(?=,?[ ](?:PR|P\.[ ]?R\.|Puerto[ ]Rico)(?![\p{L}])|,?[ ]00[6-9]\d\d(?!\d))"
_WORD_TOWNS = (r"(?:Dorado|Lares|Salinas|Ponce(?![ ]de[ ])|Rinc[óo]n|Moca|Arroyo|Juncos|Ceiba|Culebra|Florida"
               r"|Aguada|Cidra|Lajas|Hatillo|Patillas|Maricao|Yauco|Coamo|Camuy|Utuado)")
_PR = (
    r"(?:Adjuntas|Aguadilla|Aguas[ ]Buenas|Aibonito|A[ñn]asco|Arecibo|Barceloneta|Barranquitas|Bayam[óo]n"
    r"|Cabo[ ]Rojo|Caguas|Can[óo]vanas|Cata[ñn]o|Cayey|Ciales|Comer[íi]o|Corozal(?=,?[ ](?:PR|P\.R\.|00))"
    r"|Fajardo|Gu[áa]nica|Guayama|Guayanilla|Guaynabo|Gurabo|Hormigueros|Humacao|Jayuya|Juana[ ]D[íi]az"
    r"|Las[ ]Mar[íi]as|Las[ ]Piedras|Lo[íi]za|Luquillo|Manat[íi]|Maunabo|Mayag[üu]ez|Morovis|Naguabo"
    r"|Naranjito|Orocovis|Pe[ñn]uelas|Quebradillas|R[íi]o[ ]Grande(?=,?[ ](?:PR|P\.R\.|00)|[ ]Estates)"
    r"|Sabana[ ]Grande|San[ ]Germ[áa]n|San[ ]Juan|San[ ]Lorenzo(?=,?[ ](?:PR|P\.R\.|00))|San[ ]Sebasti[áa]n"
    r"|Santa[ ]Isabel|Toa[ ]Alta|Toa[ ]Baja|Trujillo[ ]Alto|Vega[ ]Alta|Vega[ ]Baja|Vieques|Villalba|Yabucoa"
    r"|Puerto[ ]Rico|Borinquen|Borinquén|Boriquén"
    r"|(?:Carolina|Isabela|" + _WORD_TOWNS[3:-1] + r")" + _PR_AFTER
    + r"|(?<=\b(?:en|de|in|from|to|para|desde|pa['’]?)[ ])" + _WORD_TOWNS + r"(?![ ]\p{Lu})"
    r")"
)
_SAN_JUAN = (
    r"(?:Santurce|R[íi]o[ ]Piedras|Hato[ ]Rey|Condado(?=,)|Miramar(?=,[ ]San[ ]Juan)|Ocean[ ]Park(?=,)"
    r"|Isla[ ]Verde|Puerta[ ]de[ ]Tierra|Viejo[ ]San[ ]Juan|Old[ ]San[ ]Juan|Cupey|Caimito|Sabana[ ]Llana"
    r"|Villa[ ]Palmeras|Barrio[ ]Obrero|Puerto[ ]Nuevo|Caparra(?:[ ](?:Heights|Terrace))?|Levittown"
    r"|Punta[ ]Las[ ]Mar[íi]as|Trastalleres|Machuelo|Pi[ñn]ones|Torrimar|Garden[ ]Hills|Bayam[óo]n[ ]Gardens"
    r"|Sabana[ ]Seca|Palmas[ ]del[ ]Mar|Boquer[óo]n|Esperanza(?=,[ ]Vieques)|Isabel[ ]Segunda|Dewey(?=,[ ]Culebra))"
)
# An estate's name: one to four words, capitalized (an apostrophe inside a word only: 'Catherine's Rest'; a SQL
# string's closing quote after it is none of it)
_ESTATE_WORD = r"\p{Lu}(?:\p{Ll}|['’](?=\p{Ll}))+"
_ESTATE_NAME = _ESTATE_WORD + r"(?:[ ](?:" + _ESTATE_WORD + r"|de|la|le|of|[A-Z]))?(?:[ ]" + _ESTATE_WORD + r"){0,2}"
_USVI_TOWN = (r"(?:Charlotte[ ]Amalie|Christiansted|Frederiksted|Cruz[ ]Bay|Coral[ ]Bay|Red[ ]Hook|Water[ ]Island"
              r"|Kingshill|Frenchtown|St\.?[ ]Croix|Saint[ ]Croix|St\.?[ ]Thomas|St\.?[ ]John)")
_USVI = (
    r"(?:Charlotte[ ]Amalie(?:[ ](?:East|West))?|Christiansted|Frederiksted|Cruz[ ]Bay|Coral[ ]Bay|Red[ ]Hook(?=,|[ ]St)"
    r"|Water[ ]Island|Kingshill|Frenchtown(?=,|[ ]St)|Bovoni|Anna['’]?s[ ]Retreat|Smith[ ]Bay|Bolongo(?:[ ]Bay)?"
    r"|Nisky|Contant|Mandahl|Hull[ ]Bay|Magens[ ]Bay|Bordeaux(?=,[ ]St)|Sion[ ]Farm|Gallows[ ]Bay|Cotton[ ]Valley"
    r"|Mon[ ]Bijou|Castle[ ]Coakley|Peter['’]?s[ ]Rest|Williams[ ]Delight|Profit[ ]Hills|Grove[ ]Place|Savan(?=,)"
    r"|St\.?[ ]Croix|Saint[ ]Croix|(?:St\.?|Saint)[ ](?:Thomas|John)(?=,|[ ](?:USVI|VI|U\.S\.|00[8]\d\d)(?![\p{L}]))"
    r"|(?<=,[ ])(?:St\.?|Saint)[ ](?:Thomas|John)(?=[.;]?[ ]*$)"  # (or an address's last part: 'Cruz Bay, St. John')
    r"|(?:US|U\.S\.)[ ]?Virgin[ ]Islands|USVI)"
)
# An estate, the islands' unit of address: first what may start one (a plot's word or number, or the word itself),
# cheap to check at every place, then the estate with its plot's number, before its town, or where one lives
_ESTATE_FIRST = r"(?=Plot|Lot|Parcel|No|\#|Estate|\d{1,4}[A-Z]?(?:-\d{1,4}[A-Z]?)?[ ]Estate)"
_ESTATE = (
    r"(?:(?:(?:Plot|Lot|Parcel|Parcela|No\.?|\#)[ ]?\d{1,4}[A-Z]?|\d{1,4}[A-Z]?(?:-\d{1,4}[A-Z]?)?)[ ]Estate[ ]"
    + _ESTATE_NAME  # (with its plot's number: 'Plot 45 Estate Whim', 'No. 2 Estate Lovenlund', '10-14 Estate Pastory')
    + r"|(?<!Real[ ])Estate[ ](?!Agent|Planning|Sale|Tax|Law|Manager|Lawyer)" + _ESTATE_NAME
    + r"(?=,[ ]" + _USVI_TOWN + r")"
    r"|(?<=\b(?:from|in|at|by|up|on|deh|live)[ ])Estate[ ](?!Agent|Planning|Sale|Tax|Law|Manager|Lawyer)" + _ESTATE_NAME
    + r")"
)

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|International|Hotel|Resort|Mall|Plaza|Group|Bank|Club|Store"
                   r"|Shop|Express|Medical|Hospital|Clinic|Pharmacy|Farmacia|College|University|Universidad|School"
                   r"|Council|Festival|Marathon|Expo|Motors|Realty|Credit|Cooperativa|Coop|Health|Outlet|Outlets"
                   r"|Premium|Lions|Leones|Cangrejeros|Gigantes|Vaqueros|Indios|Criollos|Atenienses|Piratas"
                   r"|Source|Daily|Avis|Marina|Yacht|Ferry|Ferries|Cinemas|Cruise|Port)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the town names, its word before it ('Sucursal Caguas', 'Tienda Bayamón'): no one's place
_NOT_A_SITE = r"(?<!\b(?:Sucursal|Tienda|Almac[ée]n|Oficina|Branch|Store|Warehouse|Office|Location|Site|Outlet)[ ])"


def _place(names: str, first: str = "") -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: 'Rua Guerra Mendes\\nGabú'; a
    # quote before the name is a string's, as a SQL dump writes its cells: 'Puerto Rico'; not an elision's)
    return (r"(?x)" + first + r"(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names + r"(?![\p{L}\p{M}\-])"
            + _NOT_BUSINESS)


class PlacePuertoRicoUsviRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("pr_municipality", _place(_PR), 0.9),
        Pattern("san_juan_quarter", _place(_SAN_JUAN), 0.9),
        Pattern("usvi_place", _place(_USVI), 0.9),
        Pattern("usvi_estate", _place(_ESTATE, first=_ESTATE_FIRST), 0.9),
    ]
    CONTEXT = ["dirección", "direccion", "urbanización", "urb", "barrio", "pueblo", "vivo", "address", "town", "city",
               "island", "estate", "live", "from", "municipio"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
