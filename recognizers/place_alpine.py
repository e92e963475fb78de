"""LOCATION: the Alps' and the Upper Rhine's towns: Bavaria, Alsace, South Tyrol and Trentino, and their neighbours
Tyrol, Vorarlberg, Salzburg and north-eastern Switzerland, in German, French, Italian, Ladin and Alsatian.

spaCy's small English model reads ``Mittenwald``, ``Colmar`` or ``Bruneck`` as persons and ``Sëlva``,
``Kaysersberg`` or ``Sterzing`` not at all, and a log's lines or an export's cells get no NER. Outside an address
(a postcode before it, a street) nothing else says they are places. A closed list is the evidence, and outscores the
model's reading (0.9 against its 0.85):

* ``bavaria_town``: Bavaria's towns and its Alpine resorts (``Garmisch-Partenkirchen``, ``Berchtesgaden``,
  ``Bad Tölz``), with their English and transliterated spellings (``Munich``, ``Nuernberg``).
* ``alsace_town``: Alsace's towns and wine villages in French, German and Alsatian (``Strasbourg``/``Straßburg``/
  ``Strossburi``, ``Sélestat``/``Schlettstadt``, ``Riquewihr``).
* ``south_tyrol_town``: South Tyrol's and Trentino's towns in German, Italian and Ladin (``Bozen``/``Bolzano``,
  ``Brixen``/``Bressanone``, ``St. Ulrich``/``Ortisei``/``Urtijëi``), and its valleys (``Gröden``, ``Vinschgau``).
* ``alpine_neighbour_town``: Tyrol's, Vorarlberg's, Salzburg's and eastern Switzerland's (``Kitzbühel``,
  ``Bregenz``, ``St. Gallen``, ``Chur``).
* ``alpine_words_after_prep``: the names that are words or people's too (``Lana``, ``Ora``, ``Auer``, ``Barr``,
  ``Munster``, ``Sesto``, ``Badia``, ``Ostwald``, ``Trentino``), only after German's, French's, Italian's, Alsatian's
  or English's 'in' and 'near' (``aus Lana``, ``à Barr``, ``da Ora``, ``vo Munster``, ``in Trentino``).

Left out: a town inside a firm's, a club's, a school's or a body's name (``FC Bayern München``, ``Stadtwerke
München``, ``Sparkasse Rosenheim``, ``Université de Strasbourg``, ``Südtiroler Sparkasse``, ``Munster cheese``),
and a town's adjective (``Münchner``, ``Strasbourgeois``): a longer word.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_BAVARIA = (r"(?:München|Muenchen|Munich|Augsburg|Nürnberg|Nuernberg|Nuremberg|Regensburg|Ingolstadt|Würzburg"
            r"|Wuerzburg|Fürth|Erlangen|Bamberg|Bayreuth|Landshut|Passau|Rosenheim|Kempten|Memmingen|Kaufbeuren"
            r"|Füssen|Fuessen|Garmisch-Partenkirchen|Garmisch|Partenkirchen|Mittenwald|Oberammergau|Murnau"
            r"|Berchtesgaden|Bad[ ]Reichenhall|Traunstein|Prien[ ]am[ ]Chiemsee|Bad[ ]Tölz|Tegernsee|Miesbach"
            r"|Schliersee|Bad[ ]Wiessee|Starnberg|Freising|Erding|Dachau|Fürstenfeldbruck|Landsberg[ ]am[ ]Lech"
            r"|Weilheim|Schongau|Lindau|Oberstdorf|Sonthofen|Immenstadt|Straubing|Deggendorf|Amberg|Ansbach"
            r"|Aschaffenburg|Schweinfurt|Coburg|Neu-Ulm|Dingolfing|Altötting|Burghausen|Mühldorf|Wasserburg[ ]am[ ]Inn"
            r"|Bad[ ]Aibling|Kolbermoor|Holzkirchen|Penzberg|Geretsried|Wolfratshausen|Unterhaching|Ottobrunn"
            r"|Germering|Pullach|Bad[ ]Kissingen|Ruhpolding|Inzell|Reit[ ]im[ ]Winkl|Bayrischzell|Lenggries"
            r"|Kochel[ ]am[ ]See|Ettal|Oberbayern|Niederbayern|Oberpfalz|Allgäu|Allgaeu|Bayern(?![ ](?:München|Munich|Muenchen))|Bavaria)")
_ALSACE = (r"(?:Strasbourg|Straßburg|Strassburg|Strossburi|Colmar|Kolmar|Mulhouse|Mülhausen|Millhüse|Haguenau"
           r"|Hagenau|Sélestat|Selestat|Schlettstadt|Saverne|Zabern|Obernai|Oberehnheim|Molsheim|Erstein"
           r"|Illkirch-Graffenstaden|Illkirch|Schiltigheim|Bischheim|Lingolsheim|Wissembourg|Riquewihr"
           r"|Ribeauvillé|Kaysersberg|Eguisheim|Turckheim|Guebwiller|Thann|Cernay|Saint-Louis|Altkirch|Rixheim"
           r"|Wittenheim|Kingersheim|Illzach|Brumath|Bischwiller|Niederbronn-les-Bains|Dambach-la-Ville"
           r"|Marlenheim|Rosheim|Wasselonne|Bouxwiller|Ingwiller|Neuf-Brisach|Fessenheim|Geispolsheim"
           r"|Eckbolsheim|Hoenheim|Vendenheim|Mutzig|Kehl|Freiburg[ ]im[ ]Breisgau|Freiburg|Alsace|Elsass|Elsàss"
           r"|Bas-Rhin|Haut-Rhin)")
_SOUTH_TYROL = (r"(?:Bozen|Bolzano|Bulsan|Meran|Merano|Brixen|Bressanone|Persenon|Bruneck|Brunico|Bruneco|Sterzing"
                r"|Vipiteno|Klausen|Schlanders|Silandro|Glurns|Glorenza|Malles[ ]Venosta|Naturns|Naturno"
                r"|Eppan|Appiano|Kaltern|Caldaro|Tramin|Termeno|Neumarkt|Egna|Leifers|Laives|Kastelruth|Castelrotto"
                r"|Seis[ ]am[ ]Schlern|St\.[ ]Ulrich(?:[ ]in[ ]Gröden)?|Ortisei|Urtijëi|Wolkenstein(?:[ ]in[ ]Gröden)?"
                r"|Selva[ ]di[ ]Val[ ]Gardena|Sëlva|St\.[ ]Christina|Santa[ ]Cristina|Sëlva[ ]Gherdëina|Corvara"
                r"|Stern[ ]in[ ]Abtei|La[ ]Villa|La[ ]Ila|San[ ]Cassiano|San[ ]Ciascian|St\.[ ]Kassian|Innichen"
                r"|San[ ]Candido|Toblach|Dobbiaco|Sexten|Welsberg|Olang|Valdaora|Sand[ ]in[ ]Taufers|Campo[ ]Tures"
                r"|Ahrntal|Gröden|Val[ ]Gardena|Gherdëina|Alta[ ]Badia|Vinschgau|Val[ ]Venosta|Pustertal"
                r"|Val[ ]Pusteria|Eisacktal|Schenna|Dorf[ ]Tirol|Algund|Lagundo|Partschins|Passeier"
                r"|St\.[ ]Leonhard[ ]in[ ]Passeier|Trento|Trient|Rovereto|Cortina[ ]d['’]Ampezzo|Canazei|Moena"
                r"|Südtirol|Suedtirol|Alto[ ]Adige|South[ ]Tyrol)")
_NEIGHBOURS = (r"(?:Innsbruck|Salzburg|Kitzbühel|Kitzbuehel|Kufstein|Wörgl|Schwaz|Hall[ ]in[ ]Tirol|Telfs|Imst"
               r"|Landeck|Lienz|Reutte|Seefeld(?:[ ]in[ ]Tirol)?|Mayrhofen|Sölden|Ischgl|St\.[ ]Anton(?:[ ]am[ ]Arlberg)?"
               r"|Bregenz|Dornbirn|Feldkirch|Bludenz|Zell[ ]am[ ]See|Saalbach|Bad[ ]Gastein|Hallein|Bischofshofen"
               r"|Vorarlberg|Tirol|Tyrol|Zürich|Zuerich|Zurich|Basel(?![ ](?:I|II|III|IV|Committee|Accords?)\b)|Bâle|Luzern|Lucerne|St\.[ ]Gallen|Chur|Davos"
               r"|St\.[ ]Moritz|Schaffhausen|Winterthur|Appenzell|Liechtenstein|Vaduz)")
# Words or people's names too: only after a preposition that says a place follows
_WORDS = r"(?:Lana|Ora|Auer|Barr|Munster|Sesto|Badia|Abtei|Mals|Seis|Soultz|Hof|Laas|Ostwald|Chiusa|Scena|Trentino)"
_PREP = (r"(?<=(?<![\p{L}'’])(?:in|aus|nach|bei|vo|vom|uff|üs|à|près[ ]de|da|di|near)[ ])")

_BUSINESS_AFTER = (r"(?:AG|GmbH|KG|eG|e\.V\.|SE|Ltd|SA|SAS|SARL|S\.p\.A\.|Srl|S\.r\.l\.|Airport|Flughafen|Aéroport"
                   r"|Aeroporto|Hbf|Hauptbahnhof|Gare|Stazione|Bank|Sparkasse|Raiffeisen|Volksbank|Club|FC|SC|HC"
                   r"|Messe|Arena|Festival|Festspiele|Marathon|Hotel|Resort|Klinikum|Klinik|Universität|Hochschule"
                   r"|Université|Università|Universität|Stadtwerke|Verkehrsverbund|Zeitung|Tagblatt|Nachrichten"
                   r"|Post|Express|Cheese|Käse|Fromage|Brauerei|Bräu|Brewery|Winery|Kellerei|Cantina|Weinkellerei"
                   r"|Group|Gruppe|Holding|Versicherung|Re|Airlines|Symphony|Philharmoniker|Store|Shop|Mall)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}])"
                 r"|[ ](?:airport|main[ ]station|central[ ]station)\b)")  # (and in English's lower case: 'from Munich
                                                                       # airport', a trip's, no one's home)
_NOT_A_SITE = (r"(?<!\b(?:Bayern|FC|SC|HC|TSV|SV|TSG|RC|Racing|Sparkasse|Stadtwerke|Klinikum|Universität|Université"
               r"|Università|Messe|Flughafen|Aéroport|Aeroporto|Filiale|Niederlassung|Succursale|Filiale|Hotel"
               r"|Straße|Strasse|Str\.|Rue|Route|Via|Gasse|Weg|Allee|Platz|Place|Piazza|Avenue"
               # (a firm's warehouse, department or office in the town: 'IT-Lager Rosenheim', 'Disposition Bozen')
               r"|Lager|Disposition|Werk|Zentrale|Büro|Abteilung|Außenstelle|Vertrieb|Magazzino|Ufficio|Entrepôt)[ ])"
               r"(?<!\b(?:Université|Universität|Università|University|Hôpital|Ospedale|Lycée|Collège)[ ]"
               r"(?:de[ ]|di[ ]|of[ ]|d['’]))")


def _place(names: str) -> str:
    return (r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names
            + r"(?![\p{L}\p{M}'’]|-(?!\p{Lu}))" + _NOT_BUSINESS)


class PlaceAlpineRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("bavaria_town", _place(_BAVARIA), 0.9),
        Pattern("alsace_town", _place(_ALSACE), 0.9),
        Pattern("south_tyrol_town", _place(_SOUTH_TYROL), 0.9),
        Pattern("alpine_neighbour_town", _place(_NEIGHBOURS), 0.9),
        Pattern("alpine_words_after_prep", r"(?x)" + _PREP + _WORDS + r"(?![\p{L}\p{M}\-'’])" + _NOT_BUSINESS, 0.85),
    ]
    CONTEXT = ["ort", "wohnort", "stadt", "gemeinde", "ville", "commune", "città", "comune", "paese", "address",
               "adresse", "indirizzo", "town", "city", "live", "wohne", "habite"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
