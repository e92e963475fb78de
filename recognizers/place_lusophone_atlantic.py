"""LOCATION: Cape Verde's, São Tomé and Príncipe's and Guinea-Bissau's towns and their capitals' quarters, by name.

spaCy's small English model reads many of them as persons (``Praia``, ``Pedra Badejo``, ``Porto Novo``,
``Guiné-Bissau``) or not at all (``Assomada``, ``Bafatá``, ``Riboque``, ``Achadinha``): Portuguese and
Creole names it rarely saw. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``cape_verde_place``: the islands' towns and the quarters of Praia and Mindelo (``Achada Santo
  António``, ``Palmarejo``, ``Monte Sossego``), with or without their accents.
* ``sao_tome_place``: São Tomé and Príncipe's districts, towns and the capital's quarters (``Trindade``,
  ``Riboque``, ``Bobô Forro``).
* ``guinea_bissau_place``: Guinea-Bissau's towns and regions and Bissau's quarters (``Bafatá``, ``Bairro
  Militar``, ``Cuntum``, ``Bandim``).

Left out: names that are people's or words too (``Neves``, ``Santana``, ``Trindade`` after a given name,
``Conde``, ``Capela``, ``Fazenda``, ``Várzea``, ``Reno``, ``Luanda``, ``Belém``, ``Ajuda``, ``Plateau``,
the islands ``Sal``, ``Maio``, ``Fogo`` and ``Brava``, taken only after ``ilha``; family and given
names, Portuguese words or other countries' towns), and a town inside a firm's, a body's or an event's
name (``Praia Hotel``, ``Aeroporto de Bissau``'s airport is the firm's; its town stays a place).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_CAPE_VERDE = (
    r"(?:Praia(?=,|[ ](?:Santiago|Cabo|Cape|CV|\d{4}))|(?<=\b(?:[Nn]a|[Dd]a|[Dd]i|pa)[ ])Praia(?![ ]\p{Ll})|Cidade[ ]da[ ]Praia|Mindelo|Assomada|Tarrafal"
    r"|Pedra[ ]Badejo|Espargos|Sal[ ]Rei|Vila[ ]do[ ]Maio|Cidade[ ]Velha|Ribeira[ ]Grande(?:[ ]de[ ]Santiago)?"
    r"|Ribeira[ ]Brava|Porto[ ]Novo|S[ãa]o[ ]Filipe|Nova[ ]Sintra|Calheta(?:[ ]de[ ]S[ãa]o[ ]Miguel)?"
    r"|S[ãa]o[ ]Domingos|Picos(?=,)|[ÓO]rg[ãa]os(?=,)|Pombas(?=,)|Ponta[ ]do[ ]Sol|Mosteiros(?=,)|Palmeira(?=,[ ](?:Sal|Ilha))"
    r"|Santa[ ]Maria(?=,[ ](?:Sal|Ilha))|Santa[ ]Catarina(?=,[ ]Santiago|[ ]do[ ]Fogo)|Santa[ ]Cruz(?=,[ ]Santiago)"
    r"|Santo[ ]Ant[ãa]o|S[ãa]o[ ]Nicolau|S[ãa]o[ ]Vicente|Boa[ ]Vista(?=,|[ ]Island|[ ]CV)|Cabo[ ]Verde"
    r"|(?<=\b(?:[Ii]lha|[Ii]sland|[Ii]lhas)[ ](?:d[eoa][ ])?)(?:Sal|Maio|Fogo|Brava)"
    # Praia's and Mindelo's quarters
    r"|Achada[ ](?:Santo[ ]Ant[óo]nio|S[ãa]o[ ]Filipe|Grande(?:[ ](?:Frente|Tr[áa]s))?|Mato|Eug[ée]nio[ ]Lima|Limpo)"
    r"|Achadinha|Palmarejo(?:[ ]Grande)?|Tira[ ]Ch?ap[ée]u|Safende|Ponta[ ]d['’]?[ÁA]gua|Terra[ ]Branca|Prainha"
    r"|K[ée]bra[ ]Kanela|Quebra[ ]Canela|L[ée]m[ ]Ferreira|L[ée]m[ ]Cachorro|Calabaceira|Vila[ ]Nova(?=,[ ]Praia)"
    r"|Bela[ ]Vista(?=,[ ]Praia)|Monte[ ]Sossego|Ribeira[ ]Bote|Fonte[ ]Filipe|Ch[ãa][ ]de[ ]Alecrim|Alto[ ]Miramar"
    r"|Lazareto|Ribeira[ ]de[ ]Craquinha|Madeiral|Cruz[ ]Jo[ãa]o[ ][ÉE]vora|Fonte[ ]Ines|Fonte[ ]Francês"
    r"|Monte[ ]Vermelho|Bela[ ]Vista(?=,[ ]Mindelo)|Laginha|Salamansa|Calhau(?=,)|S[ãa]o[ ]Pedro(?=,[ ]S[ãa]o[ ]Vicente)"
    r"|Cova[ ]Figueira|Achada[ ]Falc[ãa]o|Jo[ãa]o[ ]Teves|Chã[ ]das[ ]Caldeiras)"
)
_SAO_TOME = (
    r"(?:S[ãa]o[ ]Tom[ée](?:[ ]e[ ]Pr[íi]ncipe)?|Pr[íi]ncipe|Santo[ ]Ant[óo]nio(?=,[ ]Pr[íi]ncipe|[ ]do[ ]Pr[íi]ncipe)"
    r"|Trindade(?=,|[ ](?:Mé-Zóchi|São))|Neves(?=,[ ](?:Lemb|Lobata|S[ãa]o))|Santana(?=,[ ](?:Cantagalo|S[ãa]o))"
    r"|Guadalupe(?=,[ ](?:Lobata|S[ãa]o))|Santo[ ]Amaro(?=,|[ ]Lobata)|Ribeira[ ]Afonso|S[ãa]o[ ]Jo[ãa]o[ ]dos[ ]Angolares"
    r"|Porto[ ]Alegre(?=,[ ]Cau[ée]|,[ ]S[ãa]o[ ]Tom)|Pantufo|Bombom(?=,)|Madre[ ]de[ ]Deus|Riboque|Boa[ ]Morte"
    r"|[ÁA]gua[ ]Grande|M[ée]-Z[óo]chi|Lobata|Lemb[áa]|Cantagalo|Cau[ée]|Pagu[ée]|Monte[ ]Caf[ée]|Batep[áa]"
    r"|Micol[óo]|Morro[ ]Peixe|Almeirim|Praia[ ]Gamboa|Ponta[ ]Mina|Quinta[ ]de[ ]Santo[ ]Ant[óo]nio"
    r"|Bob[ôo][ ]Forro|Vila[ ]Maria(?=,)|Campo[ ]de[ ]Milho|Folha[ ]Fede|[ÁA]gua[ ]Iz[ée]"
    r"|Santa[ ]Margarida|Bom[ ]Sucesso(?=,)|Lapa(?=,[ ]S[ãa]o)|Uba[ ]Budo|Ribeira[ ]Peixe|Monte[ ]M[áa]rio"
    r"|Conde(?=,[ ]S[ãa]o|,[ ]Lobata)|Capela(?=,[ ]S[ãa]o)|Sundy(?=,))"
)
_GUINEA_BISSAU = (
    r"(?:Guin[ée]-Bissau|Guinea-Bissau|Bissau|Bafat[áa]|Gab[úu]|Cacheu|Canchungo|Bolama|Bubaque|Buba|Cati[óo]"
    r"|Farim|Mans[ôo]a|Quin(?:h[áa]|a)mel|Bissor[ãa]|Bula(?=,|[ ]Cacheu)|Pirada|Sonaco|Contuboel|Xitole"
    r"|Quebo|Bambadinca|Empada(?=,)|Fulacunda|Varela(?=,[ ](?:Cacheu|S[ãa]o[ ]Domingos))|Ingor[ée]|Biombo|Pr[áa]bis|Safim|Nhacra|Bigene|Cacine"
    r"|Tombali|Oio|Quinara|Bijag[óo]s|Galinhas|Orango|Uno(?=,[ ]Bijag)"
    # Bissau's quarters
    r"|Bairro[ ]Militar|Cuntum(?:[ ]Madina)?|Bandim|Ch[ãa]o[ ]de[ ]Papel|Pilum|Missira|Antula|Bairro[ ]de[ ]Ajuda"
    r"|Plack(?:[ ][12])?|Quelel[ée]|Hafia|Enterramento(?=,)|Calequir|Mindar[áa]|Bissaque|Br[áa](?=,)|Penha(?=,[ ]Bissau)"
    r"|Cupelom(?:[ ]de[ ](?:Cima|Baixo))?|Alto[ ]Crim|Reno(?=,[ ]Bissau)|Belém(?=,[ ]Bissau)|Luanda(?=,[ ]Bissau)"
    r"|Santa[ ]Luzia(?=,[ ]Bissau)|Sintra(?=,[ ]Bissau)|Ajuda(?=,[ ]Bissau)|Bairro[ ]d[eo][ ]Rossio|Granja[ ]Pessubé"
    r"|Pessub[ée]|Lala[ ]Quema|Bairro[ ]Internacional)"
)

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Hotel|Resort|Mall|Group|Bank|Club|Store|Shop|Express|Lda"
                   r"|SA|SARL|Telecom|Telecomunica[çc][õo]es|Com[ée]rcio|Servi[çc]os|Transportes|Farm[áa]cia"
                   r"|Cl[íi]nica|Hospital|Festival|Gamboa[ ]Festival|Expo|Feira|Marathon|Maratona|Port|Porto)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the town names, its word before it ('Agência Mindelo', 'Loja Bissau'): no one's place
_NOT_A_SITE = r"(?<!\b(?:Ag[êe]ncia|Loja|Filial|Armaz[ée]m|Dep[óo]sito|Balc[ãa]o|Escrit[óo]rio|Branch|Store|Office|Site)[ ])"


def _place(names: str) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: 'Rua Guerra Mendes\\nGabú'; a
    # quote before the name is a string's, as a SQL dump writes its cells: 'Bissau'; not an elision's; a quarter
    # after its word is street_address's district_word's, whole: 'bairro de Bandim')
    return (r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))(?<![Bb]airro[ ](?:d[eoa][ ])?)" + _NOT_A_SITE + names
            + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS)


class PlaceLusophoneAtlanticRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("cape_verde_place", _place(_CAPE_VERDE), 0.9),
        Pattern("sao_tome_place", _place(_SAO_TOME), 0.9),
        Pattern("guinea_bissau_place", _place(_GUINEA_BISSAU), 0.9),
    ]
    CONTEXT = ["morada", "endereço", "endereco", "bairro", "zona", "cidade", "ilha", "localidade", "mora", "morar",
               "address", "town", "city", "island", "sta", "sá"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
