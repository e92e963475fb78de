"""The rest of a street address's block: its town, region, postcode and country lines.

:func:`towns_after_streets` takes the town after a street and a comma
(``582 Chestnut Court, Oakdale``); :func:`address_blocks` the rest of the block.

The street recognizers find the street line (``14 Crown Street``), the unit
(``Suite 321``) and the post-office box; NER finds some towns and countries. An address
written as a block::

    14 Crown Street
    Suite 321
    LONDON
    United Kingdom 75419

left the town NER did not read (``LONDON``) and the postcode in the copy, and a town
NER read as a person's name (``Artilleros``) was reported as one.
:func:`address_blocks` follows a street finding through its block: units and other
locations, a postcode, a region's code (``, CO``), and a line of capitalized words (the
town) are its pieces, and the pieces no recognizer found become LOCATION findings. A
house number written before a street line (``6750 Koskikatu 25``) is one too, and so is
the street line before a unit where no street word names it (``51709 Spinatsch 94 Apt.
615``).

The name on the line above a block's street line is its recipient's, a PERSON
(``Maureen Thibault`` above ``41086 Kiannonkatu 98``), unless it names a company.

Each piece stays a finding of its own, as Presidio's own evaluation data
(presidio-research) labels an address: building number, street, city, region and
postcode apart.

What does not continue a block: prose (a line with a lower-case word other than a place
name's particle: ``Thanks for the help``), a greeting or sign-off (``Cheers``), a
number that a phone's or an id's digits follow, and a line NER read as a person's name
unless more of the address follows it (``221 Maple Street`` then ``John Smith`` ends a
letter's address block, it does not continue it).
"""

from __future__ import annotations

import regex as re

_STREET = "StreetAddressRecognizer"

_ADDRESS_COMMA = re.compile(r",[ \t]*")
# (or a postcode between: 'Haapsalu mnt 49-59, 76607 Keila', 'Stabu iela 12, LV-1011 Rīga')
_ADDRESS_COMMA_POSTCODE = re.compile(r",[ \t]*(?:(?:[A-Z]{2}-)?\d{4,6}[ \t]+)?")
# Places that are no street line, a town after which would follow it: NER's, and a
# value its key or column names ('Location=..., Device Type=...' in a Cisco ISE line)
_NO_STREETS = frozenset({"SpacyRecognizer", "key_value", "json_member", "region_field", "query_parameter",
                         "field_name", "sql_column", "street_line"})


# A clause going on after capitalized words: a blank and a word in lower case, no place name's particle
_CLAUSE_GOES_ON = re.compile(r"[ ](?!(?:de|da|do|di|del|della|la|le|am|an|im|in|on|upon|sur|en|y|e|i|na|nad|pod)\b)"
                             r"\p{Ll}")


# recognizers/postal_line.py's whole line, 'Naifaru 06020, Maldives': its town, postcode and country
_POSTAL_LINE = re.compile(r"(?P<town>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]+){0,2})[ ,]{1,2}"
                          r"(?P<postcode>\d{4,6}),?[ ](?P<country>\S.*)")


# recognizers/postal_line.py's Italian line: the postcode, the town, the province's letters in brackets ('96017 Noto
# (SR)')
_CAP_LINE = re.compile(r"(?P<postcode>\d{5})[ ](?P<town>\S.*?)[ ]?\((?P<state>[A-Z]{2})\)")


# recognizers/street_address.py's US town, state and ZIP ('Columbus, OH 43215'; in brackets 'Garden Grove, CA')
_US_TOWN_LINE = re.compile(r"(?P<town>\p{Lu}[\p{L}'’\-]+\.?(?:[ ]\p{Lu}[\p{L}'’\-]+\.?){0,2}),?[ ](?P<state>[A-Z]{2})"
                           r"(?:[ ]{1,2}(?P<postcode>\d{5}(?:-\d{4})?))?")


_SG_UNIT = re.compile(r"\#\d{1,3}-\d{1,5}")


def split_postal_lines(text: str, found: list) -> list:
    """Each postal line (PostalLineRecognizer's) as its three pieces, each a finding (an Italian
    line's postcode, town and province too: '96017 Noto (SR)'), and a US
    town's line as its town, state and ZIP: as presidio-research labels an address, and as
    address_blocks adds them."""
    if not any(f.recognizer in ("PostalLineRecognizer", _STREET) for f in found):
        return found
    from .engine import RawFinding  # (engine imports this module)

    out = []
    for f in found:
        if f.recognizer == _STREET and _SG_UNIT.search(text, f.start, f.end) and "," in text[f.start:f.end]:
            # Singapore's block, street, unit and postcode on one line, commas between ('379 Punggol Field, #11-659,
            # Singapore 820379'): each its piece, as an address value's
            out += [RawFinding(f.entity_type, s, e, f.score, f.recognizer)
                    for s, e in address_value_pieces(text, f.start, f.end)]
            continue
        m = (_POSTAL_LINE.fullmatch(text, f.start, f.end) or _CAP_LINE.fullmatch(text, f.start, f.end)) \
            if f.recognizer == "PostalLineRecognizer" else \
            _US_TOWN_LINE.fullmatch(text, f.start, f.end) if f.recognizer == _STREET and text[f.end - 1:f.end].isalnum() \
            and f.entity_type == "LOCATION" else None
        if m is None:
            out.append(f)
            continue
        out += [RawFinding(f.entity_type, *m.span(part), f.score, f.recognizer)
                for part in ("town", "state", "postcode", "country") if part in m.re.groupindex and m.start(part) >= 0
                and not (part == "town" and m.group(part) in _POSTCODE_LABEL_WORDS)]  # ('CP 28013, España')
    return out


# A postcode's label where a postal line's town would be: Mexico's and Spain's, Portugal's, Brazil's
_POSTCODE_LABEL_WORDS = frozenset({"CP", "C.P.", "C. P.", "CEP"})


# 'from' between a person's name and the next word NER read: where the person comes from
_FROM_AFTER_NAME = re.compile(r"[ ]from[ ]")


def places_after_names(text: str, found: list) -> list:
    """'Hi, I'm Joseph Zammit from Mosta': a name NER read right after a person's name and
    'from' is the place the person comes from (LOCATION), not a second person."""
    persons = [f for f in found if f.entity_type == "PERSON"]
    if len(persons) < 2:
        return found
    from .engine import RawFinding  # (engine imports this module)

    ends = {f.end for f in persons}
    out = []
    for f in found:
        if f.entity_type == "PERSON" and f.recognizer == "SpacyRecognizer" and any(
                _FROM_AFTER_NAME.fullmatch(text, end, f.start) for end in ends if f.start - 6 <= end < f.start):
            f = RawFinding("LOCATION", f.start, f.end, f.score, f.recognizer)
        out.append(f)
    return out


def towns_after_streets(text: str, found: list) -> list:
    """'582 Chestnut Court, Oakdale': the word NER called a PERSON right after a street
    address and a comma is the town (LOCATION); and a capitalized word there that NER
    did not read at all ('Via Garibaldi 12, 10122 Torino') is one too, after a postcode
    if one stands between."""
    streets = [f.end for f in found if f.entity_type == "LOCATION" and f.recognizer not in _NO_STREETS]
    if not streets:
        return found
    from .engine import RawFinding  # (engine imports this module)
    from .fastpass import stop_words
    from .known import LEGAL_FORM

    out = []
    for f in sorted(found, key=lambda f: f.start):
        if f.entity_type == "PERSON" and f.recognizer == "SpacyRecognizer" and any(
                _ADDRESS_COMMA_POSTCODE.fullmatch(text, end, f.start) for end in streets if end < f.start):
            f = RawFinding("LOCATION", f.start, f.end, f.score, f.recognizer)
            streets.append(f.end)  # (and the next one after it: 'Plot 12345, Disaneng, Maun')
        out.append(f)
    for begin in (f.start for f in found if f.entity_type == "LOCATION" and f.recognizer == _STREET):
        m = _TOWN_BEFORE_STREET.search(text, max(0, begin - 60), begin)
        if m is not None and not any(f.start < m.end("town") and m.start("town") < f.end for f in out
                                     if f.entity_type != "PERSON" and not (
                                         f.entity_type == "LOCATION" and m.start("town") < f.start
                                         and f.end <= m.end("town"))):  # (its town found alone: 'Tatabánya')
            # the postcode and town first, then the street, as Hungarian writes an address
            # on one line ('3550 Tatabánya, Mártírok útja 94.')
            out = [f for f in out if not (f.start < m.end("town") and m.start("town") < f.end)]
            out.append(RawFinding("LOCATION", m.start("town"), m.end("town"), 0.7, _STREET))
    for begin in (f.start for f in found if f.entity_type == "LOCATION" and f.recognizer == _STREET):
        m = _TOWNS_BEFORE_STREET.search(text, max(0, begin - 90), begin)
        if m is None:
            continue
        # the town and its quarter first, each before a comma, then the street, where a label or a
        # delivery's word introduces the address ('address Qom, Safaeieh St., Kuche 20', 'saved for
        # user 57931: Tehran, Narmak, Golbarg St.', 'to Shiraz, Blvd. Zand')
        at = m.start("towns")
        labelled = text[max(0, at - 2):at] == ": " or text[max(0, at - 8):at].lower() == "address "
        pieces = m.group("towns").split(", ")[:-1]
        if _ADDRESSEE_LABEL.search(text, max(0, at - 24), at) and 2 <= len(pieces[0].split()) <= 3:
            # a parcel's label names its addressee before the address ('Ship to: Michael O'Brien, 4521 Oak
            # Ridge Dr, Columbus'): the first piece is the addressee, a person's name or a firm's (one word
            # is a town as after any label: 'Ship to: Tehran, Narmak, Golbarg St.')
            name, pieces = pieces[0], pieces[1:]
            start, stop = at, at + len(name)
            at = stop + 2
            if not any(w in _COMPANY_WORDS for w in name.lower().split()) and not LEGAL_FORM.search(name):
                out = [f for f in out if not (f.start < stop and start < f.end and f.recognizer == "SpacyRecognizer")]
                if not any(f.start < stop and start < f.end for f in out):
                    out.append(RawFinding("PERSON", start, stop, _RECIPIENT_SCORE, "PersonAddressRecognizer"))
        for piece in pieces:
            start, stop = at, at + len(piece)
            at = stop + 2
            if piece.split(" ")[0].lower() in _NOT_TOWNS_AFTER_COMMA or piece.lower() in stop_words() \
                    or LEGAL_FORM.search(piece):
                break  # (a firm's name: 'Invoice to our office please: Kaduna Soft Ltd, 14 Ahmadu Bello Way')
            if any(f.start < stop and start < f.end for f in out
                   if f.entity_type != "PERSON" or not labelled or f.recognizer != "SpacyRecognizer"):
                continue  # (after 'to', a name NER read is the addressee's: 'send it to John, 12 Main Street')
            out = [f for f in out if not (f.start < stop and start < f.end)]
            out.append(RawFinding("LOCATION", start, stop, 0.7, _STREET))
    for f in [f for f in found if f.entity_type == "LOCATION" and f.recognizer == _STREET
              and text[f.start:f.start + 1].isupper() and _POSTCODE_AFTER_ITS_TOWN.fullmatch(text, f.start, f.end)]:
        m = _TOWN_BEFORE_POSTCODE.search(text, max(0, f.start - 40), f.start)
        if m is None or m.group("town").lower() in _POSTCODE_LABELS or not _could_be_a_signatures_town(m.group("town")):
            continue
        start, stop = m.span("town")
        over = [g for g in out if g.start < stop and start < g.end]
        if any(g.recognizer != "SpacyRecognizer" or g.entity_type == "LOCATION" for g in over):
            continue  # (a place found already, a name a pattern read: 'Regards, Rhys Owen CF10 2AB')
        # the town right before a UK postcode or an Irish Eircode, with no street before it ('Inbhir Nis IV2
        # 3QE', '..., Gaillimh H91 E2K3'), where NER read none or read a person's name
        out = [g for g in out if g not in over]
        out.append(RawFinding("LOCATION", start, stop, 0.7, _STREET))
    street_ends = {f.end for f in found if f.entity_type == "LOCATION" and f.recognizer == _STREET}
    town_ends = {f.end for f in found if f.entity_type == "LOCATION" and f.recognizer.startswith("Place")}
    for end in streets:
        dashed = _TOWNS_AFTER_DASH.match(text, end)
        if dashed is not None:
            if end not in street_ends and not text[end - 1:end].isdigit():
                continue  # (a town's list found it: a page's title goes on after its dash, 'Ocean Village Gibraltar
                # - Rooms'; a street's line or its house number comes before a quarter and a town)
            # a quarter and a town after the street, each after a dash, as Lusophone Africa and Brazil
            # write an address on one line ('Rua de Lisboa, 192 - Fazenda - Praia')
            for town in _DASHED_TOWN.finditer(text, end, dashed.end()):
                start, stop = town.span("town")
                if not any(f.start < stop and start < f.end for f in out):
                    out.append(RawFinding("LOCATION", start, stop, 0.7, _STREET))
            continue
        hebrew = _HEBREW_TOWN_AFTER_STREET.match(text, end) if "\u05d0" <= text[end + 2:end + 3] <= "\u05ea" \
            and text[end - 1:end].isdigit() else None  # (after a street's house number: not after a town)
        if hebrew is not None:
            # a Hebrew street's town after its comma, and its postcode (no capitals to tell a town from the
            # sentence going on: up to the line's or the clause's end, 'שדרות מוריה 55, חיפה')
            for group in ("town", "postcode"):
                start, stop = hebrew.span(group)
                if start >= 0 and not any(f.start < stop and start < f.end for f in out):
                    out.append(RawFinding("LOCATION", start, stop, 0.7, _STREET))
            continue
        m = _TOWN_AFTER_STREET.match(text, end)
        if m is None:
            continue
        unit = _RT_RW.match(text, m.start("town"))
        if unit is not None:
            # Indonesia's neighbourhood and its ward ('Jl. Hasanuddin No. 123, RT 016/RW 003'): one piece
            if not any(f.start < unit.end() and unit.start() < f.end for f in out):
                out.append(RawFinding("LOCATION", unit.start(), unit.end(), 0.7, _STREET))
            continue
        # the town's capitalized words ('Springfield to swap': 'Springfield'); none: prose
        words = []
        for w in m.group("town").split(" "):
            if w == "/":
                words.append(w)  # a district and its province: 'Yıldırım / Bursa'
                continue
            if not all(part[:1].isupper() for part in w.split("-")):
                break
            words.append(w)
        if not words or words[0].lower() in _NOT_TOWNS_AFTER_COMMA or words[0].lower() in stop_words():
            continue
        if len(words) == 1 and words[0].lower() in _AREA_ABBREVIATIONS and _ABBREVIATION_GOES_ON.match(text, m.end("town")):
            continue  # an area's abbreviation and its name ('Kel. Atakkae', 'Kec. Coblong'): the block's to read whole
        while words[-1] == "/":
            words.pop()
        start = m.start("town")
        stop = start + len(" ".join(words))
        if len(words) == 1 and len(words[0]) == 3 and words[0].isupper() and _AMOUNT_AFTER.match(text, stop):
            continue  # a currency's code and an amount ('payout=DMONEY, Djibouti, USD 494.00'), no town
        if len(words) == 1 and words[0].isupper() and _ID_NUMBER_AFTER.match(text, stop):
            continue  # an identity number's label and the number ('iz Novog Sada, JMBG 0101990710006'), no town
        label = _POSTCODE_LABEL.match(text, start)
        if label is not None and _POSTCODE.match(text, label.end()):
            continue  # a postcode's label ('Oaxaca, CP 68000', 'Lisboa, CEP 01310-100'): the code is found alone
        if _PARTICLES_ON.match(text, stop):
            town = _TOWN.match(text, start)  # a place name's particles, then more of it ('San Cristóbal de
            if town is not None and town.end() > stop:  # las Casas')
                stop = town.end()
                if text[stop - 1] == "." and _ends_a_sentence(text, stop):
                    stop -= 1  # (a sentence's full stop after it: '15705 Santiago de Compostela.')
        if end in town_ends and _CLAUSE_GOES_ON.match(text, stop):
            continue  # after a town a list found (no street), capitalized words the sentence goes on after are its
            # subject, a person's name ('trajektom iz Splita, Nikolina Vuković nosi kartice'), no town
        if not any(f.start < stop and start < f.end for f in out):
            out.append(RawFinding("LOCATION", start, stop, 0.7, _STREET))
    return out


_AMOUNT_AFTER = re.compile(r"[ ]?\d")
# A number of seven digits or more after its label, a postcode's length apart (a national or a tax id's)
_ID_NUMBER_AFTER = re.compile(r"(?:[ ]?[:#№])?[ ]?\d{7,}(?!\d)")
# A UK postcode, an Irish Eircode or a Maltese postcode (recognizers/street_address.py's), and the town before it: one to
# three capitalized words at a line's or a piece's start or after 'in', 'at', 'from', 'near'
_POSTCODE_AFTER_ITS_TOWN = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ][AC-FHKNPRTV-Y\d]{4}"
                                      r"|[A-Z]{3}[ ]?\d{4}")  # (and Malta's, its town before it too: 'Swieqi SWQ 3245')
_TOWN_BEFORE_POSTCODE = re.compile(
    r"(?:^|(?<=[\n,:(])[ \t]*|(?<=(?<![\w\-])(?:in|at|from|near)[ ]))"
    r"(?P<town>\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]*)*(?:[ ]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]*)*){0,2})[ ]\Z")
_POSTCODE_LABELS = frozenset({"eircode", "postcode", "post code", "postal code", "cód poist", "côd post", "zip"})
# After a street address: a comma, maybe a postcode (2312 BK, 61-806, 10122, 1100-053, SW1A 1AA), and the
# town's one to three capitalized words
_TOWN_AFTER_STREET = re.compile(
    r",[ \t]*(?:(?:\d{4}[ ]?[A-Z]{2}(?![\w-])|\d{2}-\d{3}|(?:[A-Z]{2}-)?\d{4,6}(?:-\d{3})?|(?:FO|IS)-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2})"
    r"[ \t]+)?"  # (a country's letters before a postcode: Lithuania's 'LT-31746', Latvia's 'LV-1001', the Faroes' 'FO-100')
    r"(?P<town>[^\W\d_][^\W\d_'’-]+(?:(?:[ -]|[ ]/[ ])[^\W\d_][^\W\d_'’-]+){0,2})(?![\w-])"  # ('Yıldırım / Bursa')
    r"(?![ \t]*:)")  # (a label is no town: '..., кв. 6, Msg-Id: <...>' in a mail log's subject)
_ABBREVIATION_GOES_ON = re.compile(r"\.[ ]\p{Lu}")
# ... or, after a Hebrew street, one to three Hebrew words and Israel's seven-digit postcode maybe, to the line's
# or the clause's end ('רחוב אחוזה 12, רעננה 4350112')
_HEBREW_TOWN_AFTER_STREET = re.compile(
    r",[ ](?P<town>[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״]*(?:[ \-][\u05d0-\u05ea][\u05d0-\u05ea'\"׳״]*){0,2})"
    r"(?:[ ](?P<postcode>\d{7}))?(?=[ \t]*(?:$|\r?\n|[.;)<]))")
# ... or after a dash, one to three of them, each capitalized, up to the line's, the clause's or
# the text's end: 'Rua da Missão, 23 - Mapunda - Lubango' (not '12 Main Street - Call me later')
_DASHED_TOWN = re.compile(r"[ ][-–][ ](?P<town>\p{Lu}[\p{L}\p{M}'’]+(?:[ ](?:(?:de|da|do|dos|das)[ ])?\p{Lu}[\p{L}\p{M}'’]+){0,2})")
_TOWNS_AFTER_DASH = re.compile(rf"(?:{_DASHED_TOWN.pattern}){{1,3}}(?=[ \t]*(?:$|\r?\n|[,.;)<]))")
# Indonesia's areas, abbreviated: village, district, regency, hamlet, province, sub-village
_AREA_ABBREVIATIONS = frozenset({"kel", "kec", "kab", "kp", "prov", "ds", "dsn"})
# A postcode and its town before a street line and a comma (Hungarian's order)
_TOWN_BEFORE_STREET = re.compile(r"(?:^|(?<=[\s:(]))(?P<town>\d{4,5}[ ]"
                                 # (not a year and its month: '2024 December, ...')
                                 r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
                                 r"|march|april|june|july|august|september|october|november|december|január|február"
                                 r"|március|április|május|június|július|augusztus|szeptember|október)\b)"
                                 r"\p{Lu}[\p{L}\p{M}'’\-]+"
                                 r"(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]+)?),[ \t]*\Z")
# A town and its quarters before a street, each before a comma, after a label's colon or a word that
# introduces an address or a delivery's place
_TOWNS_BEFORE_STREET = re.compile(r"(?:(?<=:[ ])|(?<=(?<![\w\-])(?i:address|drop-off|pickup)[ ])"
                                  r"|(?<=(?i:address|deliver)[^\n,;:]{0,40}[ ]to[ ]))"  # ('delivery address of BZ-12 to
                                  # Shiraz, Blvd. Zand'; not 'send it to John, 12 Main Street')
                                  r"(?P<towns>(?:\p{Lu}[\p{L}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]+){0,2},[ ]){1,3})\Z")
# A parcel's or a letter's label of its addressee, before a name and the address on one line
# (and in other languages, a buyer's or a customer's: Czech's and Slovak's 'Odběratel: Marie Černá, Nádražní 12, ...',
# German's, Polish's, Russian's, the Romance languages')
_ADDRESSEE_LABEL = re.compile(r"(?<![\w])(?i:(?:ship|deliver|send|bill|sold|mail)[ ]?to|recipient|receiver|consignee|addressee"
                              r"|attn|attention|odběratel|odberateľ|příjemce|príjemca|adresát|zákazník|empfänger"
                              r"|odbiorca|adresat|получатель|адресат|destinatario|destinatário|destinataire)\.?[ ]?:[ ]\Z")
# Words that follow an address and its comma without naming a town
_NOT_TOWNS_AFTER_COMMA = frozenset({"please", "thanks", "thank", "call", "phone", "tel", "email", "apt",
                                   "suite", "unit", "floor", "room", "flat", "near", "opposite", "behind",
                                   "across", "postal", "postcode", "house", "plot", "stand",
                                   # Latin America's flat ('Int. 13', 'Dpto. 4', 'Piso 2') and mobile
                                   # ('Cel. 987 481 755') after an address
                                   "int", "interior", "dpto", "depto", "piso", "of", "mz", "cel", "celular",
                                   "telf", "móvil", "movil", "whatsapp",
                                   # German's labels after a place in a shop's note ('Kunde aus Südtirol, Rahmennr.
                                   # SC99U30151, Akku-Nr. ...'): a bike's frame and battery, an invoice, a mobile
                                   "rahmennr", "rahmennr.", "rahmen", "akku", "akku-nr.", "rechnung", "handy", "mobil",
                                   "kundennr", "kundennr.", "seriennr", "seriennr.", "post",
                                   # a street's word (Honduras' 'Col. Palmira, Av. República de Chile': the
                                   # next street, not a town); Portuguese's mobile ('tlm', 'telemóvel')
                                   "av", "avda", "calle", "rua", "rue", "casa", "pasaje", "tlm", "telemóvel",
                                   # a dump's or an export's empty value in the next column (a SQL
                                   # dump's 'Lot 497, Jalan Oya',NULL,...)
                                   "null", "none", "nil", "undefined",
                                   # a sign-off's thanks on the line after an address (Galician's, Portuguese's,
                                   # Italian's, Spanish's, Catalan's, French's, German's: 'Grazas,', 'Obrigado,')
                                   "grazas", "obrigado", "obrigada", "grazie", "gracias", "gràcies", "merci",
                                   "danke", "saludos", "cumprimentos", "atentamente", "cordialmente", "saluti",
                                   # a carrier's branch or parcel locker after the town (Nova Poshta's 'Одеса,
                                   # Відділення №321', InPost's 'Kraków, Paczkomat KRA01M', 'Oddział 5')
                                   "відділення", "отделение", "поштомат", "почтомат", "oddział", "paczkomat",
                                   "punkt", "csomagautomata", "postapont"})


# What stands between two pieces of one address: blanks, a comma, one line break (a
# quoted e-mail's '>' and the indentation after it included)
_GAP_RE = re.compile(r"[ \t\u00a0]*(?:\.?,[ \t\u00a0]*|\.(?=[ \t\u00a0]*\r?\n)"  # (a house number's full stop
                     r"|(?<=\p{Ll})[ ]?/[ ]?(?=\p{Lu}\p{Ll}))?"  # before a comma or the line's end: Hungarian
                     r"(?:\r?\n[ \t\u00a0>]*(?:,[ \t\u00a0]*)?)?")  # 'utca 4., 9021 Győr', 'utca 78.'; a slash
                                                                     # between a district and its province, as
                                                                     # Turkey writes them: 'Kadıköy/İstanbul')
# A place's label at a form's line's start, before its value: 'City: Portland', 'PIN: 97211'
_PLACE_LABEL = re.compile(r"(?i:city|town|suburb|state|province|region|county|district|pin|pin[ ]?code|zip"
                          r"|zip[ ]?code|post[ ]?code|postal[ ]?code|country)[ \t]*:[ \t]*(?=\S)")
# A province's code in brackets after its town ('Afragola (NA)', 'Bologna (BO)')
# (and Canada's province in French's abbreviation or by its name, 'Bouctouche (N.-B.)', 'Cambridge Bay (Nunavut)';
# a province's or a state's two letters bare before its postcode, one or two blanks apart: 'Kuujjuarapik QC  J0M 1G0',
# 'Gambell AK  99742')
_PROVINCE_AFTER = re.compile(r"[ ](?:\((?P<code>[A-Z]{2,3}|[A-Z]\.(?:-[A-Z]\.){1,3}|Nunavut|Qu[ée]bec|Ontario|Manitoba)\)"
                             r"|(?P<bare>[A-Z]{2})(?=[ ]{1,2}(?:[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{5}(?:-\d{4})?)(?![\w\-])))")


def _province_span(m) -> tuple[int, int]:
    return m.span("code") if m.group("code") is not None else m.span("bare")
# The lines an address block may run on after the line it starts on
_MAX_LINES = 4

# A town's words: capitalized or all capitals (any script), a place name's particles
# between them ('Mora de Rubielos', 'Ostrov nad Ohrí', 'Stratford-upon-Avon', two: 'San Cristóbal de las
# Casas')
# (a postcode's 'T12' is no word; a closing quote is no part of one: 'Leiden, Netherlands'')
_WORD = r"(?:\p{Lu}|\p{Devanagari}(?<!\p{N}))(?:[\p{L}\p{M}'’.\-]*[\p{L}\p{M}.])?(?![\d_])"  # (Nepali's: no case)
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|los|las|nad|pod|an|am|im|upon|on|sur|en|van|von|der|den|y|i)"
_PARTICLES_ON = re.compile(rf"(?:[ ]{_PARTICLE}){{1,2}}[ ]\p{{Lu}}")
_TOWN = re.compile(rf"{_WORD}(?:(?<!\p{{L}}{{4}}\.)[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{0,3}}(?:[ ]\([^()\d\n]{{1,40}}\))?")
# (a sentence's end stops it: 'Bari. Contact ...'; an abbreviation does not: 'St. Gallen')
# A postcode: a Dutch one (2312 BK), digits (10122, 1100-053, 840 24, Poland's 61-806), a
# UK or Canadian one, an Irish Eircode (T12 X70A, D6W 1234)
_POSTCODE = re.compile(
    r"(?:\d{4}[ ]?[A-Z]{2}(?![\w\-])|(?:(?:LT|LV|EE|SI|HR|BG|CZ|SK|PL|FI|SE|DK|NO|IS|FO|IL|UA|L|B|D|F|A|CH)-)?\d{3,6}"
    r"(?:[- ]\d{2,4})?"  # (and Luxembourg's, Belgium's, Germany's...: 'L-6772 Grevenmacher')
    r"|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}"  # (a country's letters: 'LT-31746 Panevėžys')
    r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[AC-FHKNPRTV-Y\d]{4})"
    r"(?![\w\-])")
# Indonesia's neighbourhood unit and its ward, 'RT 016/RW 003', 'RT.05/RW.02'
_RT_RW = re.compile(r"RT\.?[ ]?\d{1,3}[ ]?/[ ]?RW\.?[ ]?\d{1,3}(?!\d)")
# A region's code after a comma: ', CO', ', QC', ', WHT'
_REGION = re.compile(r"[A-Z]{2,3}(?![\w\-])")
# An added piece's score: above the threshold, below the street line's
_PIECE_SCORE = 0.7
# A house number right before a street line (Faker and some forms write one before a
# continental street: '6750 Koskikatu 25'), or a unit's street line before the unit, with
# its house number ('51709 Spinatsch 94 Apt. 615'; 'Order 4471 Suite 5' is none)
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s:,(]))\d{1,6}[ ]$")
_STREET_BEFORE_UNIT = re.compile(
    rf"(?:^|(?<=[\s:,(]))\d{{1,6}}[ ](?:{_WORD}[ ]){{1,3}}\d{{1,5}}[A-Za-z]?\.?,?[ ]$")
_LINE_END = re.compile(r"[ \t\u00a0]*(?:\r?\n|$|[.;!?)](?:\s|$))")

# Words that follow an address in a message without being a town; those of a block's
# next line too ('Cheers', 'Box 0979', 'Name: ...')
# A flat's number after the street and a comma, as Latin America writes it: 'Int. 13' (interior),
# 'Dpto. 4B', 'Piso 2', 'Of. 301'
# A flat or a floor after the street's comma: Latin America's ('Int. 13', 'depto 4'), Spain's, Portugal's and
# Italy's ('3º 2ª', '4.º Esq.', '2º Dto', '1º izda', 'R/C Dto.', 'bajo B', 'Esc. A', 'scala B', 'int. 5')
_FLAT_AFTER = re.compile(r"(?:(?i:int|interior|interno|dpto|depto|piso|of|scala|sc|esc|escalera|pta|puerta|planta"
                         r"|piano)\.?[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])(?![\w.])"
                         r"|(?:\d{1,2}\.?[ºª°]|(?i:r/c|bajo|entresuelo|[áa]tico|cave))"
                         r"(?:[ ]?(?:\d{1,2}\.?[ºª°]|[A-Z](?![\w])|(?i:esq|esqdo|dto|dt|dta|dir|drt|frente|fte|izq|izqda|izda"
                         r"|dcha|dch|der|centro|ctro|esquerdo|direito|andar|piso|planta|int)(?![\w]))\.?){0,2}(?![\w])"
                         # Denmark's floor and side ('Nørrebrogade 45, 2. th., 2200 København N', 'st. tv.', '3. sal')
                         r"|(?:\d{1,2}|st|kl)\.?[ ]?(?:th|tv|mf|sal)\.?(?![\w])"
                         # Ukraine's and Russia's building and flat after the street ('вул. Шевченка, буд. 10, кв. 25')
                         r"|(?:буд|кв|корп|д)\.[ ]?\d{1,4}(?:[-/]?[А-ЯҐЄІЇа-яґєії])?(?![\w]))")
_NOT_TOWN_WORDS = _NOT_TOWNS_AFTER_COMMA | frozenset({
    "cheers", "regards", "best", "sincerely", "hi", "hello", "dear", "mobile", "fax", "office",
    "e-mail", "mail", "web", "website", "box", "building", "bldg", "block", "lot", "dept", "department",
    "attn", "name", "address", "date", "when", "where", "note", "notes", "ok", "yes", "no",
})
# The line above a street line, with the name on it: after an 'Address:' or 'Ship to:'
# label maybe, an e-mail's '>' and a blank line allowed between
_RECIPIENT = re.compile(
    r"(?:^|(?<=\n))[ \t>]*(?:(?i:(?:billing|shipping|mailing|postal|delivery)[ ])?(?i:address|ship[ ]to|deliver[ ]to"
    r"|attn|attention)\.?[ \t]*:[ \t]*)?"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}\.?)?(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){1,2})"
    r"[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t>]*\Z")
_RECIPIENT_SCORE = 0.85
# Words of a company's name on an address's first line, or of a heading
_COMPANY_WORDS = frozenset({
    "inc", "corp", "corporation", "ltd", "llc", "llp", "gmbh", "ag", "sa", "plc", "co", "company", "group",
    "partners", "services", "solutions", "agency", "unlimited", "technologies", "systems", "holdings",
    "associates", "bank", "university", "hospital", "hotel", "school", "department", "office", "markets",
    "consulting", "labs", "foundation", "institute", "international", "industries", "enterprises",
    # and a heading's, above an address
    "address", "shipping", "billing", "delivery", "mailing", "postal", "return", "store", "branch",
    "warehouse", "headquarters", "location", "contact", "details", "info", "information", "order",
    "customer", "sender", "recipient", "head", "main", "registered", "new", "old", "home", "work",
})
# A street type's abbreviation after the street line is the street's ('Magasinsgatan 7
# St.'), no town
_STREET_ABBREVIATIONS = frozenset({"st", "str", "rd", "ave", "av", "dr", "ln", "blvd", "ct", "pl"})


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether the full stop before ``end`` ends a sentence: after a word of four letters or
    more that is no street's abbreviation ('Sarawak.', not 'Jl.' nor 'Blvd.')."""
    word = text[:end].rsplit(None, 1)[-1].rstrip(".").lower()
    return len(word) > 3 and word not in _STREET_ABBREVIATIONS


# A house number's addition the street line goes on with, as the Netherlands, Belgium and Luxembourg write it
# ('Kerkstraat 14 bus 4', 'Rue Royale 21 bte 2', 'Lindenlei 212 b2', 'Schoolstraat 66 bis', 'Keizersgracht 2 zw')
_HOUSE_ADDITION = re.compile(r"[ ](?:(?:bus|bte|boîte|boite|bt)\.?[ ]?\d{1,4}[A-Za-z]?|b\d{1,3}|bis|ter|zw|hs|huis"
                             # (Poland's flat or premises after the house number: 'ul. Piotrkowska 104 m. 12',
                             # 'pl. Grunwaldzki 5 lok. 3'; Ukraine's and Russia's: '..., 14 кв. 5')
                             r"|(?:m|lok|kv|кв)\.[ ]?\d{1,4}[A-Za-z]?"
                             r"|I{1,3}|\d{1,2}(?:e|ste|de)?[ ]?hoog)(?=[ \t]*(?:,|\r?\n|$))")


# A flat's number after a street line, before the line's or the clause's comma ('329 Tejon St #442, Denver')
_HASH_UNIT = re.compile(r"[ ]\#[ ]?\d{1,5}[A-Za-z]?(?=[ \t]*(?:,|\r?\n|$))")
# A house number at a street line's end, its letter maybe ('Kerkstraat 14', 'ul. Szewska 98a')
_HOUSE_NUMBER_END = re.compile(r"\d[A-Za-z]?\Z")


def address_blocks(text: str, found: list) -> list:
    """``found`` with the pieces of each street address's block that no recognizer
    found added as LOCATION findings (see the module's doc); a name NER read in the
    block's town line becomes a LOCATION."""
    anchors = [f for f in found if f.entity_type == "LOCATION" and f.recognizer == _STREET]
    if not anchors:
        return found
    from .engine import RawFinding  # (engine imports this module)

    if " " in text and any(_HOUSE_NUMBER_END.search(text, 0, f.end) and _HOUSE_ADDITION.match(text, f.end)
                           or _HASH_UNIT.match(text, f.end) for f in anchors):
        # the house number's addition is the street line's: its finding goes on over it (and a US flat's
        # number after its street: '329 Tejon St #442, Denver, CO 80211')
        def addition(f):
            if _HOUSE_NUMBER_END.search(text, 0, f.end) and _HOUSE_ADDITION.match(text, f.end):
                return _HOUSE_ADDITION.match(text, f.end)
            return _HASH_UNIT.match(text, f.end)

        longer = {f: RawFinding(f.entity_type, f.start, addition(f).end(), f.score, f.recognizer)
                  for f in anchors if addition(f) is not None}
        found = [longer.get(f, f) for f in found]
        anchors = [longer.get(f, f) for f in anchors]
    from .fastpass import stop_words

    stops = stop_words()
    locations = sorted((f for f in found if f.entity_type == "LOCATION"), key=lambda f: (f.start, -f.end))
    persons = [f for f in found if f.entity_type == "PERSON" and f.recognizer == "SpacyRecognizer"]
    pieces: list[tuple[int, int, float]] = []
    renamed: set = set()
    recipients: list[tuple[int, int]] = []
    reached = -1
    for anchor in sorted(anchors, key=lambda f: (f.start, -f.end)):  # (the longest of those at one start:
        # 'House 12, Road 5' before 'House 12', whose walk stops at 'Road 5' and would end the block there)
        if anchor.start < reached:
            continue  # already in the block before
        number = _number_before(text, anchor)
        if number is not None:
            pieces.append((*number, anchor.score))
        name = _recipient(text, number[0] if number else anchor.start, found)
        if name is not None:
            recipients.append(name)
        reached, added, names = _rest_of(text, anchor.end, locations, persons, stops)
        pieces += [(s, e, _PIECE_SCORE) for s, e in added]
        renamed.update(names)
    if not pieces and not renamed and not recipients:
        return found
    out = [RawFinding("LOCATION", f.start, f.end, f.score, f.recognizer) if f in renamed else f for f in found]
    out += [RawFinding("LOCATION", s, e, score, _STREET) for s, e, score in pieces]
    out += [RawFinding("PERSON", s, e, _RECIPIENT_SCORE, "PersonAddressRecognizer") for s, e in recipients]
    return out


def _recipient(text: str, start: int, found: list) -> tuple[int, int] | None:
    """The name on the line above a street line that starts its line: a letter's or a
    parcel's recipient ('Maureen Thibault' above '41086 Kiannonkatu 98'), where nothing
    else was found. Two or three capitalized words, a middle initial allowed; a
    company's name or a heading is none ('Amazon Web Services', 'Shipping Address')."""
    line = text.rfind("\n", 0, start)
    if line < 0 or text[line + 1:start].strip(" \t>0123456789"):
        return None  # the street (a house number before it maybe) does not start its line
    m = _RECIPIENT.search(text, max(0, line - 120), line + 1)
    if m is None:
        return None
    a, b = m.span("name")
    words = m.group("name").lower().replace(".", "").split()
    if any(w in _COMPANY_WORDS for w in words) or any(f.start < b and a < f.end for f in found):
        return None
    return a, b


def _number_before(text: str, anchor) -> tuple[int, int] | None:
    """The house number written before a street line ('6750 Koskikatu 25'), or the
    street line before a unit that no street word named ('Spinatsch 94 Apt. 615')."""
    if not text[anchor.start].isupper():
        return None
    head = text[max(0, anchor.start - 80):anchor.start]
    m = (_STREET_BEFORE_UNIT if _is_unit(text, anchor) else _NUMBER_BEFORE).search(head)
    if m is None:
        return None
    start = anchor.start - (len(head) - m.start())
    end = start + len(m.group().rstrip(" ,"))
    return start, end


def units_with_streets(text: str, found: list) -> list:
    """``found`` with a unit written after its street line and a comma joined to it: one
    address line ('401 W 38th St, Unit 12'), as an address value's pieces keep it
    (address_value_pieces). A unit on a line of its own, or after a blank only
    ('28245 Puruntie 82 Apt. 595', as presidio-research labels it now one way, now the
    other), stays a piece of its own; but Spanish-speaking America writes the floor, the flat
    and the streets the house is between after a blank as part of the street's line ('Av.
    Corrientes 1234 piso 3 depto B', 'Calle 23 No. 456 e/ L y M'), and those join after
    either."""
    streets = [f for f in found if f.entity_type == "LOCATION" and f.recognizer == _STREET]
    if len(streets) == 1 and _LONE_UNIT.fullmatch(text, streets[0].start, streets[0].end) \
            and not any(f.entity_type == "LOCATION" and (0 <= streets[0].start - f.end <= 3 or 0 <= f.start - streets[0].end <= 3)
                        for f in found if f is not streets[0]):
        # a unit's word and number with no street and no place beside it: a course's, a product's or a
        # building's part ('Help with Unit 3', 'Suite 2 of the tests'), no one's address
        return [f for f in found if f is not streets[0]]
    if len(streets) < 2:
        return found
    from .engine import RawFinding  # (engine imports this module)

    streets.sort(key=lambda f: f.start)
    joined: dict = {}  # a street line's first finding -> the last unit joined to it
    head = last = None
    for f in streets:
        kind = _unit_kind(text, f)
        if head is not None and kind and (_ADDRESS_COMMA.fullmatch(text, last.end, f.start)
                                          or kind == "es" and text[last.end:f.start] == " "):
            joined[head] = last = f
        elif kind:
            head = last = None  # (a unit with no street before it starts none)
        else:
            head = last = f
    if not joined:
        return found
    gone = {f for f in streets if any(h.start < f.start <= u.start for h, u in joined.items())}
    return [RawFinding("LOCATION", f.start, joined[f].end,
                       max(g.score for g in streets if f.start <= g.start <= joined[f].start), _STREET)
            if f in joined else f for f in found if f not in gone]


# A unit by its English word and number alone ('Unit 3', 'Apt. 12B', 'Suite #4')
_LONE_UNIT = re.compile(r"(?:Apt|APT|Apartment|Suite|SUITE|Ste|Unit|UNIT|Flat|FLAT)\.?[ \t]*\#?[ \t]*\d{1,5}[A-Z]?")


def _is_unit(text: str, f) -> bool:
    return text[f.start:f.end].split(" ")[0].rstrip(".#").lower() in ("apt", "apartment", "suite", "ste", "unit", "flat", "porte")


_ES_UNIT_WORDS = frozenset({"piso", "apto", "dpto", "depto", "dto", "departamento", "apartamento", "oficina",
                            "of", "int", "interior", "bloque", "blq", "edif", "torre", "e/", "entre", "y"})


def _unit_kind(text: str, f) -> str | None:
    """'en' for a unit written after its street's comma ('Apt 5'), 'es' for Spanish-speaking
    America's, which may follow a blank too ('piso 3', 'e/ L y M'), None for a street."""
    word = text[f.start:f.end].split(" ")[0].rstrip(".#").lower()
    return "es" if word in _ES_UNIT_WORDS else "en" if _is_unit(text, f) else None


def _rest_of(text, end, locations, persons, stops):
    """The rest of the block after a street piece that ends at ``end``: where it ends,
    the pieces in it no recognizer found, and the persons NER read in its town lines."""
    lines = 0
    committed = end
    added: list[tuple[int, int]] = []
    names: list = []
    pending: list[tuple[int, int]] = []
    pending_names: list = []
    postcode_end = -1

    def commit(to: int) -> None:
        nonlocal committed, pending, pending_names
        committed = to
        added.extend(pending)
        names.extend(pending_names)
        pending, pending_names = [], []

    while True:
        gap = _GAP_RE.match(text, end)
        at = gap.end()
        newline = "\n" in gap.group()
        comma = "," in gap.group()
        if newline:
            lines += 1
            if lines > _MAX_LINES:
                break
        if at >= len(text) or at == end and text[end].isalnum():
            break
        label = _PLACE_LABEL.match(text, at) if newline else None
        if label:  # a form's labelled lines ('Address: 17 Harbour Road' / 'City: Portland' / 'PIN: 97211')
            at = label.end()
        elif comma and text.startswith(("C.", "CP ", "CEP "), at):
            label = _POSTCODE_LABEL.match(text, at)
            if label and _POSTCODE.match(text, label.end()):
                at = label.end()  # a postcode's label in a line's pieces: Spanish's '..., C.P. 06600, CDMX'
        if "." in gap.group() and not _POSTCODE.match(text, at):
            break  # after a house number's full stop only a postcode goes on ('utca 78.\n3582 Budaörs'): a
            # sentence's end otherwise ('Jókai utca 5.\nKöszönöm, ...')
        nxt = next((f for f in locations if f.start == at and f.end > at), None)
        if nxt is not None:
            end = nxt.end
            province = _PROVINCE_AFTER.match(text, end)
            if province:  # its province's code after a town: 'Afragola (NA)'
                pending.append(_province_span(province))
                end = province.end()
            commit(end)
            continue
        m = _POSTCODE.match(text, at)
        if m and (_ends_piece(text, m.end(), digits=False) or comma and _WHEN_AFTER_POSTCODE.match(text, m.end())):
            # (the sentence goes on with when after the address's last piece: '... 12 Temple Lane, Kandy, 20000
            # tomorrow between 10:00 and 13:00')
            end = m.end()
            pending.append((at, end))
            commit(end)
            postcode_end = end
            continue
        m = _REGION.match(text, at) if comma or newline else None
        if m and _ends_piece(text, m.end()) and _digits_go_on_to_a_postcode(text, m.end()):
            end = m.end()
            pending.append((at, end))
            commit(end)
            continue
        m = _FLAT_AFTER.match(text, at) if comma else None
        if m:
            end = m.end()  # Latin America's flat after the street ('..., Int. 13'): the block goes on
            continue
        if text[end - 1] == "." and not (newline or comma) and _ends_a_sentence(text, end):
            break  # a sentence's end after the last piece ('98050 Marudi, Sarawak. Kopivosian!': a greeting
            # follows), not an abbreviation's dot ('Jl. Merdeka', 'St. Ives', '12 Ocean Blvd. Miami')
        m = _TOWN.match(text, at)
        if m is None or not (newline or comma or at > end):
            break
        town_end = m.end()
        words = [w.lower() for w in re.split(r"[ ()]+", m.group()) if w]
        if not words or words[0].rstrip(".") in _NOT_TOWN_WORDS or words[0] in stops \
                or len(words) == 1 and words[0].rstrip(".") in _STREET_ABBREVIATIONS:
            break
        code = _POSTCODE.match(text, _skip_blank(text, town_end))
        if not (_ends_piece(text, town_end, digits=False) or code and _ends_piece(text, code.end(), digits=False)):
            break  # prose goes on after the capitals, or a number that is no postcode
        named = [p for p in persons if p.start < town_end and at < p.end]
        ongoing = committed == end  # (the piece before was the address's)
        end = town_end
        if text[town_end - 1] == "." and _ends_a_sentence(text, town_end):
            town_end -= 1  # the sentence's full stop after the last town ('..., Osu, Accra.'): no part of it
        if named and postcode_end == gap.start() and not newline and not comma and len(named) == 1 \
                and named[0].start <= at and at + len(m.group().split(" (")[0].rstrip(".")) <= named[0].end:
            # the town after its postcode on one line, the name NER read it as ('3582 Budaörs'): no
            # one's name (not a sentence after it: '31417 Bari. Contact Katarzyna Mercier'; its
            # province's code may follow: '40122 Bologna (BO)', a sentence's full stop: '2011 PK Haarlem.')
            pending_names += named
            pending.append((at, town_end))
            commit(end)
        elif named and comma and not newline and lines == 0 and ongoing and len(named) == 1 \
                and named[0].start == at and named[0].end == town_end:
            # a piece after a comma on the street's own line, the name NER read it as ('Lot 1234, Jalan
            # Tuaran, 88450 Inanam, Sabah'): a region's, as towns_after_streets reads the first
            pending_names += named
            pending.append((at, town_end))
            commit(end)
        elif named:  # a name line waits for more of the address after it
            pending_names += named
            if not all(at <= p.start and p.end <= town_end for p in named):
                break
            if not any(p.start <= at and town_end <= p.end for p in named):
                pending.append((at, town_end))
        else:
            province = _PROVINCE_AFTER.search(text, at, town_end)
            if province is not None and province.end() == town_end:
                # the town and its province's code apart: '80021 Afragola (NA)', as Italy writes it
                pending += [(at, province.start()), _province_span(province)]
            else:
                pending.append((at, town_end))
            commit(end)
    return committed, added, names


def _digits_go_on_to_a_postcode(text: str, at: int) -> bool:
    """After a region's code: no number, or a postcode that ends its piece ('CA 94107,'; not
    'PID 4412 nag-hang ...', a log's process on the line after an address)."""
    nxt = _skip_blank(text, at)
    if nxt >= len(text) or not text[nxt].isdigit():
        return True
    code = _POSTCODE.match(text, nxt)
    return code is not None and _ends_piece(text, code.end(), digits=False)


# A province's name after its district's and a slash, as Turkey writes them ('Bornova/İzmir')
_SLASH_TOWN = re.compile(r"(?<=\p{Ll})[ ]?/[ ]?\p{Lu}\p{Ll}")


def _skip_blank(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


# When a visit is, after an address in a sentence
_WHEN_AFTER_POSTCODE = re.compile(r"[ ](?:tomorrow|today|tonight|on|between|at|before|after|this|next|by)\b")


def _ends_piece(text: str, at: int, digits: bool = True) -> bool:
    """A piece of an address ends here: a comma, the line's or the text's end, a
    sentence's end, or the next piece after a blank (a word; a number too if
    ``digits``: a postcode followed by digits is a phone's or an id's start)."""
    if at >= len(text) or text[at] in ",'\"’”])":  # (or a quote's end: "address '..., Leiden, Netherlands'")
        return True
    if _LINE_END.match(text, at) or _SLASH_TOWN.match(text, at):
        return True  # (or a district's before its province's: 'Çankaya/Ankara 06420')
    nxt = _skip_blank(text, at)
    return nxt > at and nxt < len(text) and (text[nxt].isupper() or digits and text[nxt].isdigit()
                                             or text.startswith("(", nxt) and text[nxt + 1:nxt + 2].islower())
    # (a remark after it: '4400 (for the ID card)'; not a phone's area code: 'N.W. (202) 296-3858')


# An address in one value (a form's 'Address' cell, a JSON member's), its pieces apart by
# commas or lines: '12 Main Street, Springfield, IL 62704, USA'. Each piece is a finding of
# its own, as in prose (address_blocks) and as presidio-research labels an address; the
# street line stays one, a unit's or a house's number beside it with it ('Flat 22B, Harmu
# Housing Colony', 'Station Road, H.No 227').
_VALUE_SEPARATOR = re.compile(r"[ \t]*(?:[,၊،]|%2[Cc](?:\+|%20)*|\r?\n|(?<=\S)\$(?=\S)|\\(?:r\\n|n|r))(?:[ \t\r\n,၊،]|\\(?:r\\n|n|r))*")
# (Burmese's and Arabic's commas too: 'အမှတ် ၂၁၆၊ ပြည်လမ်း၊ ကမာရွတ်မြို့နယ်၊ ရန်ကုန်', a URL's encoded one with
# its encoded blank: 'Ban+Hatsady%2C+Hadxayfong'; LDAP's postalAddress writes
# its lines apart by '$': 'ul. Jeziorna 57$83-340 Sërakòjce$Polska'; a
# SQL dump's string and an escaping CSV writer keep a line's end as '\n': 'Plot 14\nChilanga\nLusaka')
# A piece that is a unit's or a house's number alone, its word short or a unit's: 'Flat
# 22B', 'Plot 36', 'H.No. 85', 'मकान 171', 'वार्ड नं. 28', '12' (not 'Kerkstraat 12': a street)
_UNIT_WORDS = frozenset({"flat", "plot", "house", "apt", "apartment", "suite", "unit", "room", "floor",
                         "block", "bldg", "building", "level", "lot", "shop", "stand", "door", "villa",
                         "dpto", "depto", "piso", "casa", "haus", "wohnung", "appt", "bâtiment", "etage",
                         "porte",  # (French-speaking West Africa's door: 'Boulevard Tanimoune, porte 35')
                         "erf",  # (Namibia's and South Africa's plot: 'Erf 8667, Robert Mugabe Avenue')
                         # (Portuguese building, block, plot, flat: 'Rua Rainha Ginga, Prédio 11, 4.º Andar')
                         "prédio", "predio", "edifício", "edificio", "bloco", "lote", "apto", "moradia",
                         "h.no", "hno",  # (a house's number, as India and Ethiopia write it: 'H.No 2272')
                         "nyumba",  # (Swahili's house: 'Mtaa wa Idundilanga, Nyumba Na. 65')
                         # (Burmese's number, Khmer's and Lao's house number: 'အမှတ် ၂၁၆၊ ပြည်လမ်း')
                         "အမှတ်", "ផ្ទះលេខ", "ເຮືອນເລກທີ"})
# A staircase's, an entrance's or a block's letter after its short word (Romania's and Bulgaria's 'sc. A', 'bl. C2',
# 'вх. Б'), and Bucharest's sector ('Sector 2')
_LETTERED_UNIT = re.compile(r"(?:(?i:sc|scara|bl|bloc|vh|tronson)|вх|бл|вход)\.?[ ]?\p{Lu}\d{0,2}|Sector[ ][1-6]")
_NUMBER_PIECE = re.compile(r"(?:(?P<words>[^\d\s]+(?:[ ][^\d\s]+)?)[ ]?)?#?\d[\w/-]{0,6}")
# A building's piece of an address, by its word and its letter or number: 'tòa A', 'Block B',
# 'Tower 2', 'Blok C', 'Tháp 3' (Vietnamese's tower), 'Wing B'
_BUILDING_PIECE = re.compile(r"(?i)(?:t[òo]a(?:[ ]nh[àa])?|toà|tháp|block|blok|blk|tower|wing|bldg|building|gedung)"
                             r"[ ][\w-]{1,4}")
# A street line by its house's number first, then words ('247 Bạch Mai', '22 Jalan Ampang', '12/3 Soi 5')
_HOUSE_AND_STREET = re.compile(r"\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?[ ]\p{L}[\p{L}\p{M}'’.\-]*(?:[ ][\p{L}\p{M}\d'’.\-]+){0,5}")
# A street's name by its last word ('Musele Road')
_A_STREETS_NAME = re.compile(r"(?i)\b(?:road|rd|street|st|avenue|ave|lane|drive|way|close|crescent|highway)\.?$")
# A floor's piece, its number first: '4.º Andar', '2nd Floor', '3e étage', '1. Stock'
_FLOOR_PIECE = re.compile(r"\d{1,3}(?:\.?[ºª]|\.|st|nd|rd|th|e|er|ème)?[ ](?i:andar|floor|piso|étage|etage|stock)")
# A piece that is a region's code or a town and a postcode: 'IL 62704', '1234 AB Amsterdam',
# 'United Kingdom 75419'
# (a postcode beside a word has four digits or more: 'H.No 227' and 'मकान 171' are houses' numbers)
_LONG_POSTCODE = rf"(?!\d{{1,3}}(?![\d-])){_POSTCODE.pattern}"
_REGION_POSTCODE = re.compile(rf"(?P<a>[A-Z]{{2,3}})[ ](?P<b>{_POSTCODE.pattern})")
_POSTCODE_TOWN = re.compile(rf"(?P<a>{_LONG_POSTCODE})[ ](?P<b>\p{{L}}[\p{{L}}\p{{M}}'’.\- ]*)")
_TOWN_POSTCODE = re.compile(rf"(?P<a>\p{{L}}[\p{{L}}\p{{M}}'’.\- ]*?)[ ](?P<b>{_LONG_POSTCODE})")
# a town, its region's code and a postcode: 'Mildura VIC 3500', 'Springfield IL 62704'
_TOWN_REGION_POSTCODE = re.compile(rf"(?P<a>\p{{L}}[\p{{L}}\p{{M}}'’.\- ]*?)[ ](?P<r>[A-Z]{{2,3}})[ ](?P<b>{_LONG_POSTCODE})")
_DECIMAL = re.compile(r"[-+]?\d+\.\d+")
# A postcode's label before it in an address's piece: Mexico's and Spain's 'C.P.', Brazil's 'CEP'
_POSTCODE_LABEL = re.compile(r"(?:C\.[ ]?P\.|CP|CEP|(?i:c[oó]digo[ ]postal))[ ]?:?[ ]")


def address_value_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of the address value ``text[start:end]`` (see above): the span itself
    where it is one piece, or no address ('52.52, 13.40')."""
    segments, at = [], start
    for sep in _VALUE_SEPARATOR.finditer(text, start, end):
        if sep.start() > at:
            segments.append((at, sep.start()))
        at = sep.end()
    if at < end:
        segments.append((at, end))
    if len(segments) < 2 or any(_DECIMAL.fullmatch(text, s, e) for s, e in segments) \
            or not any(c.isalpha() for c in text[start:end]):
        return [(start, end)]
    street = None  # the first piece with a number that is no postcode: the street line
    for i, (s, e) in enumerate(segments):
        value = text[s:e]
        if any(c.isdigit() for c in value) and (not _postcode_piece(value, i > 0) or _a_unit_piece(value)):
            street = i
            break
    pieces = []
    if street is not None:
        first = last = street
        if _a_number_piece(text[slice(*segments[street])]):
            # a number alone: its street is beside it, before it ('Station Road, H.No 227') or after
            if street > 0:
                first = street - 1
            elif len(segments) > 2 or _A_STREETS_NAME.search(text, *segments[1]) \
                    or _HOUSE_AND_STREET.fullmatch(text, *segments[1]) \
                    and not _postcode_piece(text[slice(*segments[1])], True):  # (not 'Apt 5, 1000 Sofia')
                last = 1  # (two pieces, the second a street's: 'Plot 3462, Musele Road', not a town)
                if len(segments) > 2 and _BUILDING_PIECE.fullmatch(text, *segments[1]) \
                        and _HOUSE_AND_STREET.fullmatch(text, *segments[2]) \
                        and not _postcode_piece(text[slice(*segments[2])], True):
                    last = 2  # the flat, its building, then the street line, as Vietnam and Malaysia write
                    # it ('Căn hộ 2211, tòa A, 247 Bạch Mai', 'Unit 5, Block B, 22 Jalan Ampang'): one line
        while last + 1 < len(segments):
            after = text[slice(*segments[last + 1])]
            if not (_a_number_piece(after) and (not _postcode_piece(after, True) or _a_unit_piece(after))):
                break
            last += 1  # the street's units after it: one address line ('8525 Rosedale Road, Apt 23'; a block's, its
            # stair's, floor's and flat's: 'Bd. Decebal nr. 90, bl. A39, sc. A, et. 1, ap. 102')
        pieces = [(segments[first][0], segments[last][1])]
        rest = segments[:first] + segments[last + 1:]
    else:
        rest = segments
    for s, e in rest:
        value = text[s:e]
        label = _POSTCODE_LABEL.match(value)
        if label is not None and _POSTCODE.fullmatch(value, label.end()):
            pieces.append((s + label.end(), e))  # the postcode after its label ('C.P. 29350': Mexico's), not
            continue  # a town called 'C.P.'
        m = None if _a_unit_piece(value) else _REGION_POSTCODE.fullmatch(value) or (s > segments[0][0] or None) and (
            _POSTCODE_TOWN.fullmatch(value) or _TOWN_REGION_POSTCODE.fullmatch(value) or _TOWN_POSTCODE.fullmatch(value))
        if m is not None:
            pieces += [(s + m.start(g), s + m.end(g)) for g in ("a", "r", "b") if g in m.re.groupindex]
        else:
            pieces.append((s, e))
    return sorted(pieces)


def _a_number_piece(value: str) -> bool:
    """A unit's or a house's number alone ('Flat 22B', 'H.No. 85', 'Apt 23', '12')."""
    if _FLOOR_PIECE.fullmatch(value) or _LETTERED_UNIT.fullmatch(value):
        return True
    m = _NUMBER_PIECE.fullmatch(value)
    return m is not None and (m["words"] is None or all(
        len(w.strip(".")) <= 4 or "." in w or w.strip(".").lower() in _UNIT_WORDS for w in m["words"].split(" ")))


def _a_unit_piece(value: str) -> bool:
    """A unit's or a house's number by its word ('H.No 2272', 'Plot 3462'), whatever its
    number's length: no town and postcode."""
    m = _NUMBER_PIECE.fullmatch(value)
    return m is not None and m["words"] is not None and any(
        w.strip(".").lower() in _UNIT_WORDS for w in m["words"].split(" "))


def _postcode_piece(value: str, after_first: bool) -> bool:
    """A postcode, a region's code and a postcode, or (after an address's first piece: a
    house's number and its street are first, '1029 Gould Pl') a town and its postcode."""
    return bool(_POSTCODE.fullmatch(value) or _REGION_POSTCODE.fullmatch(value) or after_first and (
        _POSTCODE_TOWN.fullmatch(value) or _TOWN_POSTCODE.fullmatch(value)))


# A signature's town after its name, where a message ends: 'Eeva Järvinen, Oulu', 'Päivi
# Hämäläinen (Jyväskylä)', 'Khadar Ismaaciil – Bosaso', the name's line then the town's ('Dace
# Kalniņa\nDaugavpils'); a country may follow the town ('Klaipėda, Lithuania')
_TOWN_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*"
_TOWN_AFTER_SIGNATURE = re.compile(
    rf"(?:,[ ]|[ ]\(|[ ][–—-][ ]|[ \t]*\r?\n[ \t]*)(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD})?)\)?"
    rf"(?:,[ ]{_TOWN_WORD}(?:[ ]{_TOWN_WORD})?)?[ \t.]*\s*\Z")
_SIGNERS = frozenset({"PersonAddressRecognizer", "SpacyRecognizer"})
# ... and a signature's line anywhere in a message, its name then a dash and its town ('Samir Oubella —
# Had Soualem', '> Salma B. — Sahloul', 'Mayas Mejri — Sahloul — (+216) 51574330')
_LINE_START = re.compile(r"(?:^|(?<=\n))[ \t>]*\Z")
_TOWN_AFTER_DASH = re.compile(rf"[ ][—–][ ](?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})(?=[ \t.]*(?:\r?\n|\Z)|[ ][—–][ ])")


# A postcode after a comma, at its line's end (or before when a visit is): '..., Panchlaish, Chattogram, 4203'
_POSTCODE_LAST = re.compile(r",[ ](?P<code>\d{4,6})(?=[ \t]*(?:\r?\n|\Z|[.;)])|[ ](?:tomorrow|today|on|between|at|by)\b)")
# The recognizers that find a town by its name or its label, not by what the model read
_TOWN_FINDERS = ("Place", "StreetAddressRecognizer", "PostalLineRecognizer", "SpacyRecognizer")
_A_YEAR = re.compile(r"(?:19|20)\d\d")  # ('Dhaka, 2024.': a dateline's year)


def postcodes_after_towns(text: str, found: list) -> list:
    """A postcode after a town (a town's list, a label or the model found it), the address's last piece, where no street before it
    started an address block (address_blocks): 'Upazila: Gazipur Sadar, Gazipur Sadar, 1704', 'Nasirabad H/S,
    Panchlaish, Chattogram, 4203' (Bangladesh's, Sri Lanka's and the Maldives' forms end so)."""
    if ", " not in text:
        return found
    from .engine import RawFinding  # (engine imports this module)

    added = []
    for f in found:
        if f.entity_type != "LOCATION" or not f.recognizer.startswith(_TOWN_FINDERS):
            continue
        m = _POSTCODE_LAST.match(text, f.end)
        if m is None or _A_YEAR.fullmatch(m.group("code")) or any(g.start < m.end("code") and m.start("code") < g.end for g in (*found, *added)):
            continue
        added.append(RawFinding("LOCATION", *m.span("code"), 0.7, _STREET))
    return [*found, *added] if added else found


def towns_after_signatures(text: str, found: list) -> list:
    """The town a message's signature gives after its writer's name, at the message's end
    (see _TOWN_AFTER_SIGNATURE): a LOCATION, where NER read none or read a person's name
    ('-- Māris Krūmiņš, Jelgava'). Not a word that says what the writer is or does ('Eeva
    Järvinen, Manager', 'Support'), nor a firm."""
    tail = len(text) - 120
    signers = [f for f in found if f.entity_type == "PERSON" and f.end >= tail and f.recognizer in _SIGNERS]
    if " — " in text or " – " in text:
        found = _towns_after_dashed_names(text, found)
    if not signers:
        return found
    from .engine import RawFinding  # (engine imports this module)
    from .known import GREETINGS_THAT_ARE_NAMES

    for f in signers:
        if text[f.start:f.end].strip().lower() in GREETINGS_THAT_ARE_NAMES:
            continue  # a greeting that is a name too, NER's person ('Salam, Nurul Ain'): the name is after it
        m = _TOWN_AFTER_SIGNATURE.match(text, f.end)
        if m is None or not _could_be_a_signatures_town(m.group("town")):
            continue
        start, end = m.span("town")
        if any(g.start < end and start < g.end and (g.entity_type != "PERSON" or g.recognizer != "SpacyRecognizer"
                                                    or " " in text[g.start:g.end].strip()) for g in found):
            continue  # (a place found already; a person a pattern found, or NER's of two words: 'Nurul Ain')
        found = [g for g in found if not (g.start < end and start < g.end)]
        found.append(RawFinding("LOCATION", start, end, 0.7, _STREET))
        break
    return found


def _towns_after_dashed_names(text: str, found: list) -> list:
    """A signature's line anywhere in a message: a name (a PERSON finding at the line's start),
    a dash and the town (see _TOWN_AFTER_DASH)."""
    from .engine import RawFinding  # (engine imports this module)

    added = []
    for f in found:
        if f.entity_type != "PERSON" or not _LINE_START.search(text, max(0, f.start - 12), f.start):
            continue
        m = _TOWN_AFTER_DASH.match(text, f.end)
        if m is None or not _could_be_a_signatures_town(m.group("town")):
            continue
        start, end = m.span("town")
        if any(g.start < end and start < g.end and (g.entity_type != "PERSON" or " " in text[g.start:g.end].strip())
               for g in found):
            continue  # (a place found already; a person of two words: a second name. One word after the name and
            # its dash is the town, whoever read it as a name: 'Hamza H. — Boumerdès')
        added.append((start, end))
    if not added:
        return found
    found = [g for g in found if not any(g.start < end and start < g.end for start, end in added)]
    return found + [RawFinding("LOCATION", start, end, 0.7, _STREET) for start, end in added]


def _could_be_a_signatures_town(town: str) -> bool:
    """Whether the words after a signature's name could be its town: not a generic word, a role's or
    a team's ('Support', 'Sales Manager'), nor only stop words."""
    from .fastpass import stop_words
    from .known import GENERIC_NAMES, has_thing_word

    return not (town.lower() in GENERIC_NAMES or all(w.lower() in stop_words() for w in town.split())
                or has_thing_word(town))
