"""LOCATION: the Dutch Caribbean's and Suriname's towns, quarters and districts, by name.

spaCy's small English model reads ``Kralendijk`` and ``Tera Kora`` as persons and ``Willemstad``
or ``Paramaribo`` in a Dutch or Papiamentu sentence not at all; most of the islands' places are
Papiamentu, Dutch or Sranan words it never saw. A closed list is the evidence, and outscores the
model's reading (0.9 against its 0.85):

* ``dc_town``: Curaçao's, Aruba's, Bonaire's, Sint Maarten's, Sint Eustatius' and Saba's towns and
  quarters, and the islands' Papiamentu names (``Kòrsou``, ``Boneiru``).
* ``sr_town``: Suriname's towns, districts and Paramaribo's quarters, with a quarter's point of
  the compass after a dash (``Paramaribo-Noord``).

Left out: names that are words or people's too (``Noord``, north; ``Statia``, Sint Eustatius' and a family's
name; ``Barber``; ``Soto``; ``Hato``;
``Playa``; ``Para``, for; ``Flora``; ``Latour``), and a town inside a firm's, a body's or an
event's name (``Willemstad Office``, ``Paramaribo Zoo``, ``Oranjestad Marathon``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_ISLANDS = (
    # Curaçao
    r"(?:Willemstad|Punda|Otrobanda|Scharloo|Pietermaai|Sint[ ]Michiel|Tera[ ]Kora|Westpunt|Banda[ ]Abou"
    r"|Brievengat|Mahaai|Seru[ ]Fortuna|Jan[ ]Thiel|Salinja|Mahuma|Julianadorp|Emmastad|Groot[ ]Piscadera"
    r"|Sint[ ]Willibrordus|Boka[ ]Sami|Koraal[ ]Specht|Steenrijk|Souax|Wishi"
    r"|K[òo]rsou|Kurason"
    # Aruba
    r"|Oranjestad|Paradera|Savaneta|San[ ]Nicolas|Sint[ ]Nicolaas|Tanki[ ]Leendert|Pos[ ]Chi(?:k|qu)ito|Malmok"
    r"|Piedra[ ]Plat|Sabana[ ]Basora|Balashi"
    # Bonaire
    r"|Kralendijk|Rincon[ ]Bonaire|Antriol|Nikiboko|Sorobon|Boneiru|Bonaire"
    # Sint Maarten, Sint Eustatius, Saba
    r"|Philipsburg|Simpson[ ]Bay|Cole[ ]Bay|Cul[ ]de[ ]Sac|Dutch[ ]Quarter|Lower[ ]Prince['’]s[ ]Quarter"
    r"|Cupecoy|Point[ ]Blanche|South[ ]Reward|Sucker[ ]Garden|Cay[ ]Hill|Windwardside|Zion['’]s[ ]Hill"
    r"|Hell['’]s[ ]Gate|The[ ]Bottom(?=,?[ ]Saba)|Sint[ ]Eustatius|Sint[ ]Maarten)"
)
_SURINAME = (
    r"(?:Paramaribo|Lelydorp|Nieuw[ ]Nickerie|Nickerie|Moengo|Brokopondo|Nieuw[ ]Amsterdam|Onverwacht"
    r"|Totness|Marienburg|Wageningen|Brownsweg|Apoera|Meerzorg|Paranam|Groningen|Wanica"
    r"|Commewijne|Saramacca|Marowijne|Coronie|Sipaliwini|Blauwgrond|Munder|Pontbuiten|Tammenga"
    r"|Zorg[ ]en[ ]Hoop|Rainville|Beekhuizen|Livorno|Welgedacht|Uitvlugt|Kwatta|Tout[ ]Lui[ ]Faut"
    r"|Koewarasan|Domburg|Pad[ ]van[ ]Wanica|Ma[ ]Retraite|Frimangron|Combé|Atjoni"
    r"|Pokigron|Galibi|Benzdorp|Apetina|Kwamalasamutu|Stoelmanseiland)"
    r"(?:-(?:Noord|Zuid|Oost|West|Centrum))?"
)

# A firm's, a body's or an event's name the town is part of, no one's place ('Willemstad Office')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Hospital|Clinic|Pharmacy|College"
                   r"|University|School|Airport|International|Hotel|Resort|Mall|Group|Bank|Club|Store|Shop"
                   r"|Express|Marathon|Festival|Zoo|Kantoor|Vestiging|Filiaal|Ziekenhuis|Haven|Plaza"
                   r"|Beach[ ]Resort|Bay[ ]Resort|Marina|Terminal|Cruise)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ]){0,3}" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"


class PlaceDutchCaribbeanRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("dc_town", r"(?x)(?<![\p{L}\p{M}\-])" + _ISLANDS + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS, 0.9),
        Pattern("sr_town", r"(?x)(?<![\p{L}\p{M}\-])" + _SURINAME + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS, 0.9),
    ]
    CONTEXT = ["adres", "woonplaats", "district", "wijk", "direccion", "bario", "address", "town", "city"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
