"""LOCATION: Crete's, Dalmatia's and Transylvania's towns, in Greek (its script and Greeklish), Croatian, Romanian,
Hungarian and Transylvanian Saxon German.

spaCy's small English model reads ``Makarska``, ``Korčula``, ``Sfântu Gheorghe`` or ``Târgu Mureș`` as persons and
``Elounda``, ``Hersonissos``, ``Ηράκλειο`` or ``Székelyudvarhely`` not at all, and a log's lines or an export's cells
get no NER. A closed list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``crete_town``: Crete's towns, resorts and regional units in Latin letters (``Heraklion``/``Iraklio``, ``Chania``/
  ``Xania``, ``Agios Nikolaos``, ``Elounda``), in Greek with their genitive (``Ηράκλειο``, ``Ηρακλείου``, ``Χανιά``,
  ``Κρήτης``), and Greece's largest towns visitors come from (``Athens``, ``Θεσσαλονίκη``).
* ``dalmatia_town``: Dalmatia's towns and islands, with and without their diacritics and in Croatian's cases after
  ``u``, ``iz``, ``na`` (``Šibenik``/``Sibenik``, ``u Splitu``, ``iz Zadra``, ``na Hvaru``), and Croatia's largest
  towns.
* ``transylvania_town``: Transylvania's towns in Romanian (with and without its diacritics, cedilla or comma),
  Hungarian and German (``Sibiu``/``Nagyszeben``/``Hermannstadt``, ``Sfântu Gheorghe``/``Sepsiszentgyörgy``), its
  counties and Romania's capital.
* ``cdt_postcode_before_town``, ``cdt_postcode_after_town`` (0.85): a postcode before or after one of those towns
  (``540780 Alba Iulia``, ``Chania 73100``).
* ``cdt_words_after_prep``: the names that are words or people's too (``Split``, ``Vis``, ``Bol``, ``Pag``, ``Rab``,
  ``Nin``, ``Deva``, ``Dej``, ``Bran``, ``Arad``, ``Mati``, ``Malia``, ``Bali``, ``Hania``), only after a preposition
  that says a place follows, in the regions' languages or English (``in Split``, ``iz Splita``, ``din Deva``, ``la
  Bran``, ``στα Μάλια``, ``sto Malia``).

Left out: a town inside a firm's, a club's, a school's or a body's name (``Hajduk Split``, ``CFR Cluj``, ``Banca
Transilvania``, ``Universitatea Babeș-Bolyai``, ``Zračna luka Split``), a host's listing named for its town
(``Apartmani Makarska``, ``Villa Elounda``), and a town's adjective (``Splitski``, ``Clujean``): a longer word.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_CRETE = (r"(?:Heraklion|Iraklion|Iraklio|Herakleion|Chania|Xania|Rethymno|Rethymnon|Rethimno|Agios[ ]Nikolaos"
          r"|Ag\.[ ]Nikolaos|Ayios[ ]Nikolaos|Sitia|Siteia|Ierapetra|Lasithi|Lassithi|Lasithiou|Elounda|Hersonissos"
          r"|Chersonissos|Hersonisos|Chersonisos|Stalida|Stalis|Matala|Sfakia|Chora[ ]Sfakion|Kissamos|Kastelli"
          r"|Agia[ ]Galini|Platanias|Georgioupoli|Georgioupolis|Paleochora|Palaiochora|Anogia|Archanes|Zaros"
          r"|Tympaki|Timbaki|Moires|Plakias|Spili|Souda|Gouves|Kato[ ]Gouves|Gournes|Agia[ ]Pelagia"
          r"|Kalyves|Almyrida|Falasarna|Elafonisi|Kolymbari|Kolymvari|Analipsi|Makrys[ ]Gialos|Makry[ ]Gialos"
          r"|Myrtos|Zakros|Fodele|Panormo|Panormos|Adelianos[ ]Kampos|Anissaras|Koutouloufari|Piskopiano|Istro"
          r"|Ammoudara|Amoudara|Agia[ ]Marina|Kato[ ]Stalos|Maleme|Kournas|Mochlos|Lentas|Kastri|Pefki"
          r"|Krousonas|Malevizi|Apokoronas|Kriti|Crete|Athens|Thessaloniki|Salonica|Piraeus|Pireas"
          # (and in Greek: nominative, genitive)
          r"|Ηράκλειο|Ηρακλείου|Ηράκλειον|Χανιά|Χανιών|Χανίων|Ρέθυμνο|Ρεθύμνου|Ρέθυμνον|Άγιος[ ]Νικόλαος"
          r"|Αγίου[ ]Νικολάου|Σητεία|Σητείας|Ιεράπετρα|Ιεράπετρας|Λασίθι|Λασιθίου|Ελούντα|Ελούντας|Χερσόνησος"
          r"|Χερσονήσου|Σταλίδα|Μάταλα|Σφακιά|Σφακίων|Κίσσαμος|Κισσάμου|Καστέλλι|Αγία[ ]Γαλήνη|Πλατανιάς"
          r"|Γεωργιούπολη|Παλαιόχωρα|Ανώγεια|Αρχάνες|Ζαρός|Τυμπάκι|Μοίρες|Πλακιάς|Σπήλι|Σούδα|Γούβες|Γούρνες"
          r"|Αγία[ ]Πελαγία|Καλύβες|Αλμυρίδα|Φαλάσαρνα|Κολυμβάρι|Μακρύς[ ]Γιαλός|Μύρτος|Ζάκρος|Πάνορμο"
          r"|Αμμουδάρα|Αγία[ ]Μαρίνα|Μαλεβίζι|Αποκόρωνας|Κρήτη|Κρήτης|Αθήνα|Αθήνας|Θεσσαλονίκη|Θεσσαλονίκης"
          r"|Πειραιάς|Πειραιά|Πάτρα|Πάτρας)")
_DALMATIA = (r"(?:Zadar|Zadra|Zadru|Šibenik|Sibenik|Šibenika|Šibeniku|Trogir|Trogira|Trogiru|Makarska|Makarskoj"
             r"|Makarske|Omiš|Omis|Omiša|Omišu|Dubrovnik|Dubrovnika|Dubrovniku|Korčula|Korcula|Korčuli|Korčule"
             r"|Hvar|Hvara|Hvaru|Stari[ ]Grad|Jelsa|Komiža|Komiza|Supetar|Brač|Brac|Brača|Braču|Baška[ ]Voda"
             r"|Baska[ ]Voda|Tučepi|Tucepi|Podgora|Brela|Kaštela|Kastela|Kaštel[ ]\p{Lu}\p{Ll}+|Solin|Solinu|Sinj"
             r"|Sinju|Imotski|Metković|Metkovic|Ploče|Cavtat|Mljet|Lastovo|Lopud|Šipan|Orebić|Orebic|Pelješac"
             r"|Peljesac|Biograd[ ]na[ ]Moru|Biograd|Novalja|Vodice|Primošten|Primosten|Rogoznica|Skradin|Knin"
             r"|Drniš|Murter|Tisno|Čiovo|Ciovo|Seget[ ]Donji|Podstrana|Dugi[ ]Rat|Dalmacija|Dalmaciji|Dalmatia"
             r"|Dalmatien|Splitu|Splita|Zagreb|Zagrebu|Rijeka|Rijeci|Rijeke|Osijek|Osijeku|Pula|Puli|Rovinj"
             r"|Poreč|Porec|Opatija|Krk|Lošinj|Losinj|Hrvatska|Hrvatskoj)")
_TRANSYLVANIA = (r"(?:Cluj-Napoca|Cluj|Clujului|Kolozsvár|Kolozsvar|Klausenburg|Brașov|Braşov|Brasov|Brașovului"
                 r"|Brassó|Kronstadt|Sibiu|Sibiului|Nagyszeben|Hermannstadt|Sighișoara|Sighişoara|Sighisoara"
                 r"|Segesvár|Schäßburg|Schässburg|Târgu[ ]Mureș|Târgu[ ]Mureş|Tîrgu[ ]Mureș|Tîrgu[ ]Mureş"
                 r"|Targu[ ]Mures|Tirgu[ ]Mures|Marosvásárhely|Neumarkt[ ]am[ ]Mieresch|Alba[ ]Iulia|Gyulafehérvár"
                 r"|Karlsburg|Bistrița|Bistriţa|Bistrita|Beszterce|Bistritz|Sfântu[ ]Gheorghe|Sfîntu[ ]Gheorghe"
                 r"|Sfantu[ ]Gheorghe|Sepsiszentgyörgy|Miercurea[ ]Ciuc|Csíkszereda|Odorheiu[ ]Secuiesc"
                 r"|Székelyudvarhely|Oradea|Nagyvárad|Großwardein|Hunedoara|Vajdahunyad|Mediaș|Mediaş|Medias"
                 r"|Medgyes|Mediasch|Făgăraș|Făgăraş|Fagaras|Fogaras|Zalău|Zalau|Zilah|Satu[ ]Mare|Szatmárnémeti"
                 r"|Baia[ ]Mare|Nagybánya|Turda|Torda|Gherla|Reghin|Szászrégen|Sovata|Szováta|Gheorgheni"
                 r"|Gyergyószentmiklós|Covasna|Kovászna|Harghita|Hargita|Râșnov|Râşnov|Rasnov|Rosenau|Predeal"
                 r"|Poiana[ ]Brașov|Poiana[ ]Brasov|Cisnădie|Cisnadie|Heltau|Biertan|Birthälm|Viscri"
                 r"|Deutsch-Weißkirch|Saschiz|Agnita|Rupea|Codlea|Săcele|Sacele|Timișoara|Timişoara|Timisoara"
                 r"|Temeswar|Temesvár|Ardeal|Ardealul|Transilvania|Transylvania|Erdély|Siebenbürgen|Székelyföld"
                 r"|București|Bucureşti|Bucuresti|Bucharest|Iași|Iaşi|Mureș|Mureş)")
# Words or people's names too: only after a preposition that says a place follows
_WORDS = (r"(?:Split|Vis|Bol|Pag|Rab|Nin|Cres|Ston|Deva|Dej|Bran|Arad|Mati|Malia|Bali|Hania|Stalos|Sinaia|Alba"
          r"|Vamos|Mires|Athina|Μάλια|Μαλίων|Μπαλί)")
_PREP = (r"(?<=(?<![\p{L}'’])(?:in|from|near|to|at|u|iz|na|kod|blizu|din|în|la|lângă|spre|de[ ]la|aus|nach|bei|bis"
         r"|v|z|ze|do|da|di|vicino[ ]a|apo|sto|stin|sta|από|στο|στη|στην|στα|κοντά[ ]στο)[ ])")
# (not Italian's 'a', English's article too: 'worship a Deva')

_BUSINESS_AFTER = (r"(?:Airport|Aerodrom|Aeroport|Aeroportul|Hbf|Bank|Banka|Club|FC|HNK|RNK|Arena|Festival|Marathon"
                   r"|Hotel|Resort|Hospital|Bolnica|Spitalul|University|Sveučilište|Universitatea|Port|Luka|Ferry"
                   r"|Express|Group|Grupa|Holding|Tours|Travel|Airlines|Mall|Store|Shop|Card|SA|SRL|S\.R\.L\.|d\.o\.o\."
                   r"|doo|d\.d\.|Ltd|GmbH|AE|Α\.Ε\.|ΑΕ|ΕΠΕ|ΙΚΕ|Οικονομικό|Πανεπιστήμιο|Αεροδρόμιο|Λιμάνι)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}])"
                 r"|[ ](?:airport|harbour|harbor|port|ferry[ ]port|bus[ ]station|old[ ]town)\b)")  # (a trip's)
_NOT_A_SITE = (r"(?<!\b(?:Hajduk|HNK|RNK|CFR|FC|U|Universitatea|Banca|Banka|Zračna[ ]luka|Aeroportul|Aeroport"
               r"|Airport|Hotel|Villa|Vila|Apartmani|Apartman|Apartments|Apartment|Studios|Rooms|Sobe|Pension"
               r"|Pensiunea|Casa|Villas|Ξενοδοχείο|Βίλα|Ulica|ulica|Strada|strada|Str\.|str\.|utca|Odos|odos|Οδός"
               r"|οδός|Λεωφόρος|Universität|University|Spitalul|Klinika|Bolnica)[ ])"
               r"(?<!\b(?:University|Sveučilište|Universitatea)[ ](?:of[ ]|u[ ]|din[ ]))")


# A postcode before its town, as the three countries write an address (Greece's and Croatia's five digits,
# Romania's six: '540780 Alba Iulia', '21000 Split', '73003 Kalyves'), or after it ('Chania 73100', 'Ρέθυμνο 74100')
_TOWNS = r"(?:" + _CRETE + r"|" + _DALMATIA + r"|" + _TRANSYLVANIA + r"|Split(?![ ]\p{Ll}))"  # (not 'Split payment')
_POSTCODE_BEFORE = r"(?x)(?<![\d\-./,])\d{5,6}(?=[ ]" + _TOWNS + r"(?![\p{L}\p{M}]))"  # (two patterns: a prefilter
_POSTCODE_AFTER = (r"(?x)(?<=(?<![\p{L}\p{M}])" + _TOWNS + r",?[ ])\d{5,6}"  # keeps a leading lookbehind and a
                   r"(?![\d\-./:]|[.,]\d)")                                   # trailing lookahead only)


def _place(names: str) -> str:
    return (r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names
            + r"(?![\p{L}\p{M}'’]|-(?!\p{Lu}))" + _NOT_BUSINESS)


class PlaceCreteDalmatiaTransylvaniaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("crete_town", _place(_CRETE), 0.9),
        Pattern("dalmatia_town", _place(_DALMATIA), 0.9),
        Pattern("transylvania_town", _place(_TRANSYLVANIA), 0.9),
        Pattern("cdt_postcode_before_town", _POSTCODE_BEFORE, 0.85),
        Pattern("cdt_postcode_after_town", _POSTCODE_AFTER, 0.85),
        Pattern("cdt_words_after_prep", r"(?x)" + _PREP + _WORDS + r"(?![\p{L}\p{M}\-'’])" + _NOT_BUSINESS, 0.85),
    ]
    CONTEXT = ["grad", "mjesto", "adresa", "oraș", "oras", "localitate", "adresă", "város", "cím", "πόλη", "διεύθυνση",
               "address", "town", "city", "live", "stay"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
