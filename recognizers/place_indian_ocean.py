"""LOCATION: Madagascar's, the Comoros', Mayotte's, Réunion's and Mauritius' towns, by name.

spaCy's small English model reads many of these as persons (``Morondava``, ``Ivandry``,
``Pamandzi``, ``Fomboni``) or not at all (``Chirongui``, ``Mahébourg``), and Antananarivo's
quarters are Malagasy words it has never seen. A closed list is the evidence, and outscores the
model's reading (0.9 against its 0.85):

* ``mg_town``: Madagascar's towns and Antananarivo's quarters (``Analakely``, ``Ankorondrano``).
* ``km_yt_town``: the Comoros' and Mayotte's towns and islands (``Mutsamudu``, ``Mamoudzou``).
* ``re_mu_town``: Réunion's and Mauritius' towns (``Saint-Benoît``, ``Quatre Bornes``).

Left out: names that are people's or words too (Mayotte's ``Sada``, Mauritius' ``Moka``,
``Triolet``, ``Tamarin`` and ``Cassis``, Madagascar's ``Tana`` alone), and a town inside a firm's,
a body's or an event's name (``Antananarivo Airport``, ``Port Louis Waterfront``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_MG = (r"(?:Antananarivo|Tananarive|Toamasina|Tamatave|Mahajanga|Majunga|Fianarantsoa|Toliara|Toliary|Tuléar"
       r"|Antsiranana|Diego-Suarez|Antsirabe|Nosy[ ]Be|Taolagnaro|Tolagnaro|Fort-Dauphin|Morondava|Ambositra"
       r"|Ambatondrazaka|Manakara|Sambava|Maroantsetra|Moramanga|Ambanja|Ihosy|Farafangana|Mananjary"
       r"|Ambovombe|Antalaha|Vohemar|Vohémar|Miarinarivo|Tsiroanomandidy|Arivonimamo|Ambatolampy|Manjakandriana"
       r"|Analakely|Antanimena|Ambohijatovo|Ambohipo|Ankorondrano|Andraharo|Ivandry|Ambatobe|Isoraka|Behoririka"
       r"|Ampasampito|Ambohimanarina|Andohalo|Ampefiloha|Ankadifotsy|Ankatso|Ambanidia|Mahamasina|Tsaralalana"
       r"|Ambondrona|Andavamamba|Ankazomanga|Itaosy|Ivato|Talatamaty|Ambohidratrimo|Andoharanofotsy"
       r"|Ambohimiandra|Antanimora|Ambolokandrina|Ambatonakanga|Anjanahary|Ankadikely|Ilafy|Alarobia"
       r"|Anosibe|Ambodivona|Antsakaviro|Faravohitra|Androhibe|Ankadindramamy|Ambohibao|Tanjombato|Sabotsy[ ]Namehana)")
_KM_YT = (r"(?:Moroni|Mutsamudu|Fomboni|Mitsamiouli|Anjouan|Ndzuwani|Nzwani|Moh[eé]li|Mwali|Grande[ ]Comore"
          r"|Ngazidja|Iconi|Mb[eé]ni|Domoni|Ouani|Foumbouni|Mamoudzou|Dzaoudzi|Pamandzi|Labattoir|Chirongui"
          r"|Bandraboua|Koungou|Kaw[eé]ni|Passamainty|Tsingoni|Dembeni|Bandr[eé]l[eé]|Kani-K[eé]li|Mtsamboro"
          r"|Acoua|Ouangani|Chiconi|Petite-Terre|Combani|M['’]Tsapéré|Cavani|Tsoundzou)")
_RE_MU = (r"(?:Saint-Denis|Saint-Pierre|Saint-Paul|Saint-Beno[iî]t|Saint-Andr[eé]|Sainte-Marie|Sainte-Suzanne"
          r"|Saint-Louis|Saint-Leu|Saint-Joseph|Saint-Philippe|Sainte-Rose|Le[ ]Tampon|La[ ]Possession"
          r"|Saint-Gilles(?:-les-Bains)?|L['’][EÉ]tang-Sal[eé]|Les[ ]Avirons|Cilaos|Salazie|Entre-Deux|Le[ ]Chaudron"
          r"|Bras-Panon|Petite-[IÎ]le|Trois-Bassins|Le[ ]Moufia|La[ ]Montagne|Sainte-Clotilde|Ravine[ ]des[ ]Cabris"
          r"|Port[ ]Louis|Curepipe|Quatre[ ]Bornes|Vacoas(?:-Phoenix)?|Rose[ -]Hill|Beau[ ]Bassin|Mah[eé]bourg"
          r"|Grand[ ]Baie|Centre[ ]de[ ]Flacq|Flacq|Goodlands|Flic[ -]en[ -]Flac|Flor[eé]al|Pamplemousses"
          r"|Rivi[eè]re[ ]du[ ]Rempart|Souillac|Chemin[ ]Grenier|Port[ ]Mathurin|Plaine[ ]Magnien"
          r"|Eb[eè]ne|Roche[ ]Bois|Pointe[ ]aux[ ]Sables|Bambous|Rose[ ]Belle|Mare[ ]d['’]Albert|Plaine[ ]Verte"
          r"|Camp[ ]de[ ]Masque|Lalmatie|Triolet[ ]Village)")

# A firm's or a body's name the town is part of, no one's place ('Antananarivo Airport')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Private|Hospital|Clinic|Pharmacy"
                   r"|College|University|School|Council|Airport|International|Hotel|Resort|Lodge|Mall|Group|Trust"
                   r"|Club|Store|Stores|Shop|Motors|Express|Bank|Park|Port|Harbour|Waterfront|Fair|Festival"
                   r"|Conference|Summit|Expo|Marathon|Cybercity|Business|Tours|Travel|Cargo)")


# A street's, a square's or a building's name the town's is part of ('Jr. Callao 1418', 'calle Sucre 235', 'Av.
# Arequipa', 'Barangay San Isidro', 'pharmacie Saint-Joseph', 'Rue de Mahébourg')
_STREET_BEFORE = (r"(?<!(?<![\p{L}\p{M}])(?i:jr|jir[oó]n|av|avda|avenida|calle|c/|pasaje|psje|pje|prolongaci[oó]n|malec[oó]n|plaza"
                  r"|parque|barangay|rue|route|avenue|boulevard|bd|bvd|all[ée]e|impasse|place|pharmacie|[ée]glise"
                  r"|h[oô]pital|[ée]cole|coll[eè]ge|lyc[ée]e|morcellement|cit[ée]|road|street|lane|mawatha|magu|hingun"
                  r"|mutuelle|mairie|clinique|agence|banque|caisse)"  # (a body's: 'Mutuelle Ngazidja', 'Mairie
                  # d'Ambohidratrimo'; a school's kind between: 'Lycée privé Ambohipo')
                  r"\.?[ ](?:(?:priv[ée]e?|public|publique|catholique|protestant|communal|municipal)[ ])?"
                  r"(?:de[ ]|del[ ]|la[ ]|du[ ]|des[ ]|d['’])?)")


# Towns whose names are family names too: no town after a capitalized word, a given name as often ('Luca Moroni')
_SURNAMES_TOO = (r"(?!(?<=\p{Lu}[\p{Ll}\p{M}'’\-]+[ ])(?:Moroni|Domoni|Ouani|Flacq|Souillac)(?![\p{L}\p{M}]))")


def _town(towns: str, before: str = "") -> str:
    return (r"(?x)" + _STREET_BEFORE + _SURNAMES_TOO + before + r"(?<![\p{L}\p{M}\-])" + towns
            + r"(?![\p{L}\p{M}\-]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))")


# (not a quarter inside a lot's line, the street recognizer's: 'Lot IVG 204 Antanimena', 'Lot II M 85 Bis
# Analakely')
_NOT_IN_LOT = r"(?<!\d[ ]|\d[ ](?:Bis|Ter|bis|ter)[ ])"


class PlaceIndianOceanRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("mg_town", _town(_MG, _NOT_IN_LOT), 0.9),
        Pattern("km_yt_town", _town(_KM_YT), 0.9),
        Pattern("re_mu_town", _town(_RE_MU), 0.9),
    ]
    CONTEXT = ["adiresy", "fokontany", "adresse", "ville", "commune", "address", "town", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
