"""LOCATION: Sicily's, Sardinia's and Corsica's towns and quarters, by name, and their own languages' names.

spaCy's small English model reads many of them as persons (``Cefalù``, ``Marsala``, ``Quartu
Sant'Elena``, ``La Maddalena``) or not at all (``Selargius``, ``Porto-Vecchio``, ``Ghisonaccia``):
they are Italian, Sardinian and Corsican words it rarely saw. A closed list of the towns and the
cities' quarters is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``islands_town``: Sicily's, Sardinia's and Corsica's towns and quarters in Italian and French, and
  in Sicilian's, Sardinian's and Corsican's own spelling (``Casteddu``, Cagliari; ``Aiacciu``,
  Ajaccio; ``Portivechju``).

Left out: names that are people's or words too (``Ragusa``, ``Calvi``, ``Paternò``, ``Iglesias`` and
``Bonifacio``, family names; ``Vittoria`` and ``Augusta``, given names; ``Noto``, Italian's 'known';
``Vico`` and ``Borgo``, a street's and a village's words), ``Corte`` before a court's words (``Corte
d'Appello``), and a town inside a firm's, a body's or an event's name (``Catania Calcio``,
``Cagliari Airport``, ``Università di Sassari`` keeps its town: a place).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_TOWNS = (
    # Sicily, and Palermo's and Catania's quarters (Palermo is the Southern Cone recognizer's too)
    r"(?:Catania|Messina|Siracusa|Trapani|Agrigento|Caltanissetta|Enna|Marsala|Mazara[ ]del[ ]Vallo|Gela|Modica"
    r"|Bagheria|Acireale|Alcamo|Cefalù|Taormina|Licata|Sciacca|Canicattì|Favara|Lentini|Avola|Milazzo"
    r"|Barcellona[ ]Pozzo[ ]di[ ]Gotto|Termini[ ]Imerese|Carini|Partinico|Monreale|Misilmeri|Mondello"
    r"|Sferracavallo|Ortigia|Lipari|Pantelleria|Lampedusa|Castelvetrano|Adrano|Biancavilla|Giarre|Riposto"
    r"|Aci[ ](?:Castello|Trezza|Catena|Sant['’]Antonio)|Misterbianco|Piazza[ ]Armerina|Niscemi|Comiso|Scicli"
    r"|Pachino|Ispica|Zafferana[ ]Etnea|Nicolosi|Erice|Castellammare[ ]del[ ]Golfo|Corleone|Ragusa[ ]Ibla"
    r"|Isola[ ]delle[ ]Femmine|San[ ]Giovanni[ ]La[ ]Punta|Gravina[ ]di[ ]Catania|Mascalucia|Belpasso"
    r"|Capaci|Villabate|Ficarazzi|Santa[ ]Flavia|Sant['’]Agata[ ]di[ ]Militello|Capo[ ]d['’]Orlando"
    r"|Palermu|Catània|Missina|Sarausa|Girgenti"
    # Sardinia, and Cagliari's neighbours; its towns' Sardinian and Gallurese names
    r"|Cagliari|Sassari|Nuoro|Oristano|Olbia|Alghero|Quartu[ ]Sant['’]Elena|Carbonia|Selargius|Assemini"
    r"|Capoterra|Porto[ ]Torres|Tempio[ ]Pausania|Lanusei|Tortolì|Macomer|Arzachena|La[ ]Maddalena|Siniscola"
    r"|Dorgali|Orgosolo|Oliena|Ozieri|Sorso|Sennori|Monserrato|Quartucciu|Sestu|Villacidro|Sanluri|Guspini"
    r"|Terralba|Ghilarza|Sinnai|Muravera|Villasimius|Teulada|Castelsardo|Santa[ ]Teresa[ ]Gallura|Budoni"
    r"|Bitti|Fonni|Desulo|Tonara|Ittiri|Thiesi|Bonorva|Decimomannu|Poetto|Marina[ ]di[ ]Arbus"
    r"|Casteddu|Tàtari|Nùgoro|Aristanis|Terranoa|Tèmpiu|L['’]Alguer|Bosa"
    # Corsica, in French and in Corsican
    r"|Ajaccio|Aiacciu|Bastia|Bastìa|Porto-Vecchio|Portivechju|Propriano|Prupià|Sartène|Sartè|L['’]Île-Rousse"
    r"|L['’]Ile-Rousse|Isula[ ]Rossa|Ghisonaccia|Ghisunaccia|Aléria|Saint-Florent|San[ ]Fiurenzu|Cervione"
    r"|Biguglia|Furiani|Lucciana|Calenzana|Lumio|Cargèse|Carghjese|Sagone|Zonza|Olmeto|Levie|Figari"
    r"|Moriani|Solenzara|Bastelicaccia|Alata|Appietto|Mezzavia|Folelli|Penta-di-Casinca|Prunelli-di-Fiumorbo"
    r"|Olmi-Cappella|Pioggiola|Corte(?![ ](?:d['’]|di|dei|del|della|Suprema|Costituzionale|Europea"
    r"|dei[ ]Conti|Ingles|Inglés)))"
)
# A firm's, a body's or an event's name the town is part of, no one's place ('Catania Calcio')
_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Hotel|Mall|Group|Bank|Club|Store|Shop|Express|Calcio"
                   r"|FC|Basket|Volley|Marathon|Festival|Summit|Expo|Srl|S\.r\.l\.|SpA|S\.p\.A\.|SARL|SAS"
                   r"|Aeroporto|Porto[ ]Turistico|Fiera|Servizi|Trasporti|Logistica|Consulting|Informatica)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site or an event the town names, its word before it ('Building=Sede Sassari', 'Magazzino Macomer', 'Salon
# du tourisme Bastia 2024'): no one's place
_NOT_A_SITE = (r"(?<!\b(?:Sede|sede|Filiale|filiale|Ufficio|Magazzino|Stabilimento|Negozio|Agenzia|Salone|Salon"
               r"|tourisme|Fiera|Stampante|Succursale|Agence|Entrepôt|Bureau)[ ])")


class PlaceItalianIslandsRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("islands_town", r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_SITE + _TOWNS + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS
                + r"(?![ ]&[ ])",  # (a family firm's: 'Caseificio Sciacca & Figli')
                0.9),
    ]
    CONTEXT = ["città", "comune", "paese", "frazione", "località", "ville", "commune", "village", "indirizzo",
               "adresse", "address", "town", "city", "abito", "vivo", "habite"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
