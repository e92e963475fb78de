"""LOCATION: Peru's, Bolivia's and Ecuador's towns and the capitals' districts and zones, by name.

spaCy's small English model reads some of these as persons (``Ambato``, ``Ayllu Qullana``) or
misses them between Spanish, Quechua, Aymara and Kichwa words (``Cusco llaqtamanta``,
``Wanchaq``, ``Huancayo``). A closed list is the evidence, and outscores the model's reading
(0.9 against its 0.85):

* ``pe_town``: Peru's towns and Lima's and Cusco's districts (``Cercado de Lima``, ``San Juan de
  Lurigancho``, ``Wanchaq``).
* ``bo_town``: Bolivia's towns and La Paz's and El Alto's zones (``Sopocachi``, ``Villa Adela``).
* ``ec_town``: Ecuador's towns and Quito's and Guayaquil's parishes (``Carcelén``, ``Urdesa``).

Left out: names that are people's family names or words too (``Trujillo``, ``Castillo``,
``Milagro``, ``Independencia``, ``La Victoria``, ``Jesús María``, ``Ate`` alone), and a town
inside a firm's, a body's or an event's name (``Banco de Lima``, ``Quito Airport``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_PE = (r"(?:Lima|Callao|Cusco|Cuzco|Qosqo|Arequipa|Chiclayo|Piura|Iquitos|Huancayo|Tacna|Juliaca|Puno|Ayacucho"
       r"|Huaraz|Cajamarca|Pucallpa|Tarapoto|Chimbote|Ica|Hu[aá]nuco|Tumbes|Moquegua|Abancay|Andahuaylas"
       r"|Urubamba|Ollantaytambo|P[ií]sac|Chinchero|Sicuani|Quillabamba|Moyobamba|Chachapoyas|Huancavelica"
       r"|Cerro[ ]de[ ]Pasco|Huamanga|Jauja|Tarma|Sullana|Talara|Paita|Lambayeque|Ilave|Azángaro|Yunguyo"
       r"|Miraflores|San[ ]Isidro|Santiago[ ]de[ ]Surco|Surco|La[ ]Molina|San[ ]Borja|Barranco|Lince"
       r"|Pueblo[ ]Libre|Magdalena[ ]del[ ]Mar|Los[ ]Olivos|Comas|San[ ]Juan[ ]de[ ]Lurigancho"
       r"|San[ ]Juan[ ]de[ ]Miraflores|Villa[ ]El[ ]Salvador|Villa[ ]Mar[ií]a[ ]del[ ]Triunfo|Chorrillos|Breña"
       r"|R[ií]mac|Surquillo|Ate[ ]Vitarte|Carabayllo|Puente[ ]Piedra|San[ ]Mart[ií]n[ ]de[ ]Porres|Chaclacayo"
       r"|Lur[ií]n|Cercado[ ]de[ ]Lima|Wanchaq|Huanchac|Santiago[ ]de[ ]Cusco|Cayma|Yanahuara|Cerro[ ]Colorado)")
_BO = (r"(?:La[ ]Paz|El[ ]Alto|Cochabamba|Santa[ ]Cruz[ ]de[ ]la[ ]Sierra|Sucre|Oruro|Potos[ií]|Tarija|Cobija"
       r"|Riberalta|Yacuiba|Quillacollo|Sacaba|Copacabana|Uyuni|Achacachi|Viacha|Coroico|Sorata|Tiquipaya"
       r"|Camiri|Villazón|Tupiza|Llallagua|Guayaramerín|Warnes|Vinto|Colcapirhua"
       r"|Sopocachi|Calacoto|Obrajes|Achumani|Irpavi|Cota[ ]Cota|Villa[ ]F[aá]tima|Achachicala|Villa[ ]Adela"
       r"|Ciudad[ ]Sat[eé]lite|Senkata|R[ií]o[ ]Seco|Alto[ ]Lima|Villa[ ]Dolores|Seguencoma|Mallasa|Chasquipampa"
       r"|Pampahasi|Villa[ ]Copacabana|Tembladerani|Alto[ ]Obrajes|Bajo[ ]Seguencoma|Equipetrol)")
_EC = (r"(?:Quito|Guayaquil|Cuenca|Ambato|Riobamba|Loja|Manta|Portoviejo|Machala|Ibarra|Latacunga|Otavalo"
       r"|Esmeraldas|Babahoyo|Tulc[aá]n|Puyo|Macas|Dur[aá]n|Samborond[oó]n|Cumbay[aá]|Tumbaco|Conocoto"
       r"|Sangolqu[ií]|Carcel[eé]n|Chillogallo|Quitumbe|Iñaquito|Gu[aá]pulo|Cotocollao|Solanda|Urdesa|Alborada"
       r"|Saraguro|Guaranda|Azogues|Nueva[ ]Loja|Lago[ ]Agrio|Santo[ ]Domingo[ ]de[ ]los[ ]Ts[aá]chilas"
       r"|Chimbacalle|La[ ]Mariscal|Calder[oó]n|Pomasqui|San[ ]Rafael[ ]de[ ]Sangolqu[ií]|Peguche|Ilumán)")

# The Galápagos: the islands, their towns and parishes ('Puerto Ayora', 'Puerto Baquerizo Moreno', 'Isla Isabela');
# 'Isabela' and 'Santa Cruz' alone are a given name and a town of many countries, taken after 'Isla' or with Galápagos
_GALAPAGOS = (r"(?:Gal[aá]pagos|Islas[ ]Gal[aá]pagos|Archipi[eé]lago[ ]de[ ]Col[oó]n|Puerto[ ]Ayora|Puerto[ ]Baquerizo"
              r"(?:[ ]Moreno)?|Puerto[ ]Villamil|Puerto[ ]Velasco[ ]Ibarra|Bellavista(?=,[ ](?:Santa[ ]Cruz|Gal))"
              r"|Isla[ ](?:Santa[ ]Cruz|Isabela|San[ ]Crist[oó]bal|Floreana|Baltra|Fernandina|Santiago|Espa[ñn]ola"
              r"|Genovesa|Seymour|Bartolom[eé]|Santa[ ]Fe|Pinz[oó]n|Marchena|Plaza[ ]Sur)|Floreana|Baltra|Santa[ ]Rosa"
              r"(?=,[ ]Santa[ ]Cruz)|(?:Isabela|Santa[ ]Cruz|San[ ]Crist[oó]bal)(?=,?[ ](?:Gal[aá]pagos|\(Gal[aá]pagos))"
              r"|El[ ]Progreso(?=,[ ]San[ ]Crist))")
# Ecuador's six-digit postcode beside a Galápagos place ('Puerto Ayora 200350', '200102 Puerto Baquerizo Moreno')
# (the place first, in a lookbehind at the pattern's start, or after, in a trailing lookahead: the fast path's
# prefilter keeps both as text to find, and a bare six digits are no candidate)
_GALAPAGOS_POSTCODE_AFTER = r"(?<=" + _GALAPAGOS + r",?[ ])20\d{4}(?![\w\-])"
_GALAPAGOS_POSTCODE_BEFORE = r"(?<![\w\-])20\d{4}(?=[ ]" + _GALAPAGOS + r")"

# A firm's or a body's name the town is part of, no one's place ('Lima Airport', 'Quito Tenis Club')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Private|Hospital|Clinic|Pharmacy"
                   r"|College|University|School|Council|Airport|International|Hotel|Resort|Lodge|Mall|Group|Trust"
                   r"|Club|Store|Stores|Shop|Motors|Express|Bank|Park|Port|Fair|Festival|Conference|Summit|Expo"
                   r"|Marathon|Plaza|Outlet|Tours|Tour|Travel|Cargo|Airlines|Cruises|Cruise|Expeditions|Conservancy"
                   r"|Foundation)")


# A street's, a square's or a building's name the town's is part of ('Jr. Callao 1418', 'calle Sucre 235', 'Av.
# Arequipa', 'Barangay San Isidro', 'pharmacie Saint-Joseph', 'Rue de Mahébourg')
_STREET_BEFORE = (r"(?<!(?<![\p{L}\p{M}])(?i:jr|jir[oó]n|av|avda|avenida|calle|c/|pasaje|psje|pje|prolongaci[oó]n|malec[oó]n|plaza"
                  r"|parque|barangay|rue|route|avenue|boulevard|bd|bvd|all[ée]e|impasse|place|pharmacie|[ée]glise"
                  r"|h[oô]pital|[ée]cole|coll[eè]ge|lyc[ée]e|morcellement|cit[ée]|road|street|lane|mawatha|magu|hingun"
                  # (and a housing estate's, a cooperative's, a shanty town's: 'Urb. Los Olivos', 'AA.HH. Los
                  # Olivos', 'Cdla. Kennedy')
                  r"|urb|urbanizaci[oó]n|aa\.?[ ]?hh|asentamiento[ ]humano|asoc|asociaci[oó]n|coop|cooperativa|cdla"
                  r"|ciudadela|conjunto|residencial|res"
                  # (and a market's, a terminal's, a stadium's, a school's: 'frente al mercado Wanchaq')
                  r"|mercado|terminal|estadio|colegio|hospital|universidad|instituto)"
                  r"\.?[ ](?:de[ ]|del[ ]|la[ ]|du[ ]|des[ ])?)")


# Towns whose names are family names too: no town after a capitalized word, a given name as often ('Sofia Lima', 'Ana Ibarra', 'Pedro Calderón')
_SURNAMES_TOO = (r"(?!(?<=\p{Lu}[\p{Ll}\p{M}'’\-]+[ ])(?:Lima|Ibarra|Cuenca|Loja|Manta|Sucre|Calder[oó]n|Dur[aá]n|Comas|Barranco)(?![\p{L}\p{M}]))")


def _town(towns: str) -> str:
    return (r"(?x)" + _STREET_BEFORE + _SURNAMES_TOO + r"(?<![\p{L}\p{M}\-])" + towns
            + r"(?![\p{L}\p{M}\-]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))")


class PlaceAndesRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("pe_town", _town(_PE), 0.9),
        Pattern("bo_town", _town(_BO), 0.9),
        Pattern("ec_town", _town(_EC), 0.9),
        Pattern("galapagos_place", _town(_GALAPAGOS), 0.9),
        Pattern("galapagos_postcode_after", r"(?x)" + _GALAPAGOS_POSTCODE_AFTER, 0.85),
        Pattern("galapagos_postcode_before", r"(?x)" + _GALAPAGOS_POSTCODE_BEFORE, 0.85),
    ]
    CONTEXT = ["dirección", "direccion", "distrito", "zona", "ciudad", "llaqta", "llakta", "marka",
               "address", "town", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
