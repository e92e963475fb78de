"""SERIAL_NUMBER: product serial numbers and license / product keys.

Patterns (case-sensitive: keys are printed in capitals, and prose in capitals
is what a case-blind pattern would catch):

* ``serial_after_keyword`` (0.85): the token after ``Serial:``, ``S/N``, ``SN:`` (German
  ``Fabr.-Nr.``, ``Seriennummer``; Dutch and Scandinavian ``Serienummer``, a bicycle's
  ``stelnummer``; French, Spanish and Portuguese ``numéro de série``, ``número de série``;
  and the same words in Italian, Romanian, Polish, Czech, Hungarian, Finnish, Turkish, the
  Baltic and South Slavic languages, Bulgarian, Ukrainian, Russian, Hebrew, Greek, Icelandic,
  Indonesian, Malay, Tagalog, Swahili, Catalan, Welsh, Afrikaans, Albanian, Azerbaijani,
  Kazakh, Serbian, Hindi, Bengali, Georgian, Armenian, Persian),
  ``serial number``, ``license key``, ``product key``, ``activation key``...
  (the keyword itself is matched case-blind and is not part of the finding).
* ``starlink_kit_serial`` (0.85): a Starlink kit's, dish's or router's serial by the shapes printed on them
  (``KITP94341865``, ``2DWCF9CCB04CE4``, ``MPR3546626C6DE``).
* ``serial_in_list`` (0.8): the other serials a list names: ``serials ZRFGXU25 and
  ZRI72FGZ`` (the first is ``serial_after_keyword``'s).
* ``serial_in_brackets_after_device`` (0.8): a device one owns, its serial in brackets after it (``my
  gateway (KSG24C8877731) drops off``): capitals and digits, both.
* ``serial_of_a_model`` (0.85): a model's serial said in a sentence, after its maker's and model's
  name (``S/N on the Generac Guardian 22kW: 3667093660``, ``El serial del Growatt SPF 5000 es
  HL1225749227``, Crucian's ``De EG4 LifePower4 number is BA23538947``); a model's digits among its
  words, so a phone's maker's (``my iPhone number is ...``) is no model's.
* ``cwmp_device_id`` (0.8): the serial in a TR-069 device's id, ``OUI-ProductClass-Serial``
  (``E0B9E5-ZXHN%20F670L-ZTEGEDEEF7A0``, as GenieACS logs it).
* ``adb_device`` (0.8): a phone's serial as ``adb devices`` lists it (``BF47U636<TAB>device``).
* ``gpon_ont_serial`` (0.85): a fibre terminal's serial, its maker's four letters and eight hex
  digits (``HWTCB862D865``, ``ALCL9F59BD08``), as OLTs and technicians write it.
* ``key_5x5`` (0.85): ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`` (Windows-style product keys).
* ``key_4x4`` (0.7): ``ABCD-EFGH-JKLM-NPQR``.
* ``key_groups`` (0.6): 3+ groups of 4-6 capitals/digits mixing letters and digits.
* ``key_digit_groups`` (0.3): the same shape in digits only (``1234-5678-9012``),
  which is as likely an account or ticket number: it needs a context word.

``invalidate_result`` drops UUIDs (HARDWARE_ID or request ids), hex digests, dates
and timestamps, algorithm names (``AWS4-HMAC-SHA256``), placeholders whose groups are
all the same (``XXXXX-XXXXX-...``), and letter-only keys that read like words.
Letter-only 4x4 / 5x5 keys are kept only when at least half their groups have no vowel
(``JKLM``, ``NPQR``): English words almost always have one, random key groups often do not.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# GPON terminals' makers, by the four letters that start their serials (and the same letters'
# ASCII in hex, as an OLT also writes a serial: 'HWTC' is '48575443')
_GPON_VENDORS = ("ALCL|HWTC|ZTEG|FHTT|ZNTS|UBNT|TPLG|CIOT|SCOM|DSNW|ISKT|RTKG|ICTR|SKYW|NOKW|MSTC|BRCM"
                 "|PTIN|CXNK|SMBS|HUMA|ELTX|VSOL|HALN|YHTC|KAON|ASKY|GPON")
_GPON_VENDORS_HEX = "|".join(v.encode().hex().upper() for v in _GPON_VENDORS.split("|"))
_UUID = re.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX_DIGEST = re.compile(
    r"(?i)[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}"
)
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T\ ].*)?|\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4}"
                        # a DNS zone's serial, the date and the day's change ('serial 2024052202')
                        r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d\d")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_UNIFORM_LETTER_KEY = re.compile(r"[A-Z]{4}(?:-[A-Z]{4}){3}|[A-Z]{5}(?:-[A-Z]{5}){4}")
_VOWELS = set("AEIOUY")
# An algorithm's or a cipher suite's name is written as a key is: AWS4-HMAC-SHA256 (a
# presigned URL's X-Amz-Algorithm), ECDHE-RSA-AES128-GCM-SHA256
_ALGORITHM_PART = re.compile(r"HMAC|SHA\d*|AES\d*|GCM|CBC|CCM|RSA|DSA|ECDHE?|ECDSA|DHE|CHACHA20|POLY1305"
                             r"|TLS|SSL|MD5|AWS4|X509|PBKDF2|HKDF")
# What firmware and forms print where a serial should be.
_PLACEHOLDERS = frozenset(
    {
        "UNKNOWN",
        "DEFAULT",
        "NOTAPPLICABLE",
        "NOTSPECIFIED",
        "NOTAVAILABLE",
        "SYSTEMSERIALNUMBER",
        "CHASSISSERIALNUMBER",
        "INVALID",
        "EMPTY",
        "NONE",
    }
)

# Presidio's context enhancer matches these as substrings of nearby tokens, so not
# 'sn' (snapshot) or 'key' (keyboard): they would lift bare digit groups over 0.4.
_CONTEXT = [
    "serial",
    "s/n",
    "license",
    "licence",
    "activation",
    "registration",
    "warranty",
    "serienummer",  # (Dutch, Danish, Swedish, Norwegian)
    "seriennummer",
    "série",  # (French, Portuguese)
]


# Not a masked card, whose groups of X look like a key's ('XXXX-XXXX-XXXX-2560')
_NOT_MASKED = r"(?!(?:[0-9\-]*(?i:x{4})-){2})"


class SerialNumberRecognizer(PatternRecognizer):
    """Serial numbers after a keyword, and grouped license/product keys anywhere."""

    PATTERNS = [
        Pattern(
            "serial_after_keyword",
            r"""(?x)
            (?<=[:=\#\s"'*_`(])                    # cheap guard first: serials follow ':', '=', '#', a space, a quote,
                                                   # Markdown's emphasis or a bracket ('the serial (SG5K2401093)')
            (?<=                                   # the keyword, not part of the finding (glued to Chinese or
              (?i:(?:\b|(?<=[\p{Han}\p{Hiragana}\p{Katakana}]))(?:  # Japanese before it too: '光猫SN 4857...')
                serials?(?:[\ _\-]?(?:numbers?|num|nos?))?\.?  # serial, serial number, serial no., serial_num,
                                                   # serials ('the drives' serials ZRFGXU25 and ZRI72FGZ')
                | s/n | sn                          # S/N, SN
                | fabr\.?-?\ ?nr\.? | fabrikationsnummer | seriennummer | ser\.-?\ ?nr\.?  # German: Fabr.-Nr.
                | serienummer | serienr\.?              # Dutch, Danish, Swedish, Norwegian
                | num[ée]ro\ de\ s[ée]rie | n[°º]\ de\ s[ée]rie | n[uú]mero\ de\ s[ée]rie  # French, Spanish,
                                                   # Portuguese; Italian, Romanian, Polish, Czech, Hungarian,
                                                   # Finnish, Turkish, Baltic, South Slavic, Cyrillic, Hebrew,
                                                   # Greek and Icelandic ('número de série', 'serijos numeris')
                | numero\ di\ serie | num[ăa]r\ de\ serie | (?:numer|nr)\ seryjny
                | s[ée]riov[ée]\ (?:[čc][íi]slo|[čc]\.)(?:\ za[řr][íi]zen[íi])? | v[ýy]robn[íée]\ [čc][íi]slo  # (Czech's
                                                   # and Slovak's, abbreviated too, and the device's, the maker's:
                                                   # 'sériové č. zařízení CZC6707613A', 'výrobní číslo ...')
                | serie-?zenbakia                   # (Basque's: 'gailuak (serie-zenbakia 6701PCN901719)')
                | r[áa]idonummir | r[áa]idonummar    # (Northern Sami's: 'Ráidonummir: TXV2BBM')
                | sorozatsz[áa]m | sarjanumero | seri\ numaras[ıi] | serijos\ (?:numer(?:is|iu|į|io)|nr\.?)
                | serijinis\ numeris | s[ēe]rijas\ (?:numur[sua]?|nr\.?) | seerianumb(?:er|ri|rit|riga)  # (the
                                                   # Baltic languages' cases: 'ar sērijas numuru', 'seerianumbriga')
                | seeria\ nr\.? | serijska\ (?:[šs]tevilka|[šs]t\.)
                | serijski\ broj | сериен\ номер | серійний\ номер | серийный\ номер | ה?מספר\ ה?סידורי  # (Hebrew's
                                                   # with its article: 'המספר הסידורי: ...')
                | сериен\ № | серийн(?:ым|ого|ом)\ номер(?:ом|а|е)? | seria  # (Bulgarian's 'serial no.', Russian's
                                                   # cases: 'с серийным номером PFU4B1CA'; Romanian's 'Seria: DST4E9VNXG')
                | מס['׳]\ סידורי | σειριακ[όο]ς\ αριθμ[όο]ς | ra[ðd]n[úu]mer
                | nomor\ seri | no\.?\ seri | nombor\ siri | no\.?\ siri | numero\ ng\ serye | nambari\ ya\ serial
                | n[úu]mero\ de\ s[èe]rie | rhif\ cyfresol | reeksnommer | numri\ (?:serial|i\ serisë)
                | seriya\ n[öo]mr[əe]si | сериялық\ нөмір(?:і)? | сериялығы | серия\ рақами | серийник  # (Kazakh's,
                                                   # Uzbek's in Cyrillic, Russian's colloquial)
                | серийный | серийлӗ\ номерӗ | серийлă\ номерĕ | сериясе | seriyäse | seriyase  # (Russian's
                                                   # adjective alone: 'Телефон POCO X5 Pro (серийный 73568/85Q3ZG2S)';
                                                   # Chuvash's 'its serial number', Tatar's 'its series', in Cyrillic
                                                   # and Latin letters: 'Серийлӗ номерӗ: ...', 'Сериясе: S2307KN952670')
                | серия\ номеры | серыйны\ (?:нумар|номер) | сер\.\ номер | заводской\ номер | s/n\ ноутбука  # (Tatar's and
                                                   # Bashkir's, Belarusian's, Russian's short and factory: 'ASUS
                                                   # VivoBook 15 эшләми, серия номеры 1HKE0G3', 'серыйны нумар R58Q4L2ZSFX')
                | серијски\ број | सीरियल\ नंबर | সিরিয়াল\ নম্বর
                | सिरियल(?:\ नं\.?|\ नम्बर|\ नंबर)? | سیریل\ نمبر | சீரியல்(?:\ எண்)? | serial\ අංකය  # (Nepali's, Urdu's,
                                                   # Tamil's, Sinhala's: 'सिरियल नं. MG2301234567', 'سیریل نمبر SN0982341')
                | serijski | серијски | серискиот\ број | сериски\ број | seriya\ (?:raqami|nomeri) | numri\ serik
                                                   # (the South Slavic languages' 'serial' alone, Macedonian's 'the serial
                                                   # number', Uzbek's, Albanian's: 'serijski R58KD74W4K7')
                | (?<=at\+)ccid\ (?:vraća|враћа|returns|gives|вика)  # (a modem's SIM number after its command: 'AT+CCID
                                                   # vraća 8938101773982806948')
                | სერიული\ ნომერი | սերիական\ համար | شماره\ سریال  # (Indonesian to Persian)
                | modem(?:ê|a)\ min | router(?:ê|a)\ min  # (Kurmanji's 'my modem': 'Modemê min 5CD195RLE7 e')
                | seri\ no\.? | hejmara\ seriy[êe] | (?:ژمارەی\ )?سیریاڵ  # (Turkish's and Kurmanji's 'serial no.',
                                                   # Sorani's: 'Seri no: 5CD049HTJ1', 'ژمارەی سیریاڵ PFGNS4P4')
                | سریال(?:\ گارانتی)?(?:\ (?:دستگاه|گوشی|لپتاپ|لپ\u200cتاپ))?  # (Persian's 'serial' alone, the
                                                   # warranty's, the device's: 'سریال گارانتی دستگاه: R5CC94M95J5')
                | و?الرقم\ التسلسلي | و?رقم\ تسلسلي | و?الرقم\ التسلسلى | السيريال | رقم\ السيريال  # (Arabic's: 'الرقم التسلسلي
                                                   # M87003518', a Darija post's router)
                | (?:sn|s/n)\ (?:mesin|perangkat|unit|laptop|pc|router|modem|device)  # 'SN mesin:' (the machine's)
                | (?:service|asset)[\ _\-]?tag       # Dell's and Lenovo's: Service Tag 7XK2M93
                | n[uú]mero\ de\ s[ée]rie\ d[eo]l?\ (?:equipo|dispositivo|disco|producto|equipamento|aparelho)
                | nimewo\ seri | nimewo\ s[ée]ri                  # Haitian Kreyòl's ('Nimewo seri : R58G306TKKR')
                | clave\ de\ licencia | chave\ de\ licen[cç]a | cl[ée]\ de\ licence  # ('Número de serie del
                                                   # equipo: ZMZ0CTP', 'Clave de licencia: 2B6A-000451-7C5A82F3')
                | (?:license|licence|device|board|chassis|module|product|equipment)[\ _\-]?serial(?:[\ _\-]?(?:number|num|no))?
                                                   # a key's word glued to it: Huawei's 'LicenseSerialNo=LIC2023...'
                | (?:license|licence|product|activation|registration|cd)[\ _\-]?(?:key|code)  # license key, product key...
                | licen[cs]e(?=\ (?-i:[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){3,7})(?![\w\-]))  # (or the word alone before a key
                                                   # in dashed groups: 'We bought the Pro licence SKN-PRO-Z2YC-9M9Q-CAYE')
                | licen[țţt][ăa](?:\ (?-i:[A-Z]{2,8}))?  # (Romanian's license, its product's letters maybe: 'Licență
                                                   # KSC 4E8A-000451-9C7E21B3')
                | iccid                             # a SIM card's number: 'ICCID 8944480312812899408'
                | (?-i:[Ss][ée]rie)                 # Spanish's and Portuguese's 'serie' alone ('la fusionadora
                                                   # Fujikura 41S, serie 41S-20-234297': a digit in the value)
                | frame[\ _\-]?(?:number|no\.?|nr\.?)  # a bicycle's: 'Frame number: WVBF3Y4006234'
                | stelnummer | rammenummer | ramnummer | rahmennummer | framenummer  # (Danish, Norwegian,
                                                   # Swedish, German, Dutch)
                | numero\ di\ telaio | n[uú]mero\ de\ cuadro | num[ée]ro\ de\ cadre  # (Italian's, Spanish's, French's)
                | rahmen-?nr\.? | rahmen | n[°º]\ de\ cadre | cadre | telaio(?:\ n\.)? | akku-?nr\.? | akku | batteria  # (a bike's frame's
                                                   # and its battery's in a shop's note, abbreviated or the word alone:
                                                   # 'Rahmennr. GT88B74338', 'Rahmen WA21K37750', 'cadre EM54B14230',
                                                   # 'telaio BI47M55321', 'Akku-Nr. BBP743261586'; a digit in the value)
                | seriennr\.? | produktschl[üu]ssel | lizenzschl[üu]ssel  # German's abbreviation, product and
                                                   # license keys ('Seriennr. 5CD2340XYZ', 'Produktschlüssel auf dem
                                                   # Kleber: ...')
              ))
              (?:\s+(?i:on|of|for|from|in|van|von|af|på)(?:\s+(?i:the|my|this|our|your|its|his|her|de|het|der
                   |die|das|min|mit|mijn))?\s+[a-z]{2,15}
                 |\s+(?i:vecchio|nuovo|old|new|antigo|novo|viejo|nuevo|ancien|nouveau|alt|neu|oud|nieuw|vechi|nou)
                 |\s+(?i:на\ (?:наклейке|коробке|корпусе|этикетке))  # (Russian's 'on the sticker': 'Серийный номер на
                                                   # наклейке S2201GS138038')
                 |\s+(?i:que)(?:\s+[^\W\d]{2,12}){1,5}(?=\s+(?i:es)\b))?  # (or the old
                                                   # or the new part's: 'S/N vecchio 228K071534833, S/N nuovo ...', Romanian's
                                                   # 'S/N vechi ..., S/N nou ...'); 'serial
                                                   # number on the box:', 'serial number of my unit is', Spanish's
                                                   # 'El número de serie que trae abajo es PFPWC2KA', 'El serial
                                                   # que sale en la etiqueta es PFXUWVAE')
              [*_]{0,2}\s*(?:[:=\#]|\b(?:is|was)\b|(?-i:\b(?:je|е|је|es|ke|ndi|ngu)\b))?[*_]{0,2}\s*[*_`]{0,2}["'(]?  # optional ':', '=', '#' or 'is', an
                                                   # opening quote, and Markdown's emphasis ('**S/N:** VW7-22D4'; 'was':
                                                   # 'Serial was WSUVW4NLS7WA, they swapped the board'); the
                                                   # South Slavic languages' and Macedonian's 'is' ('Серискиот број е ...'),
                                                   # Sesotho's, Chichewa's and siSwati's ('Serial ke KP200-...', 'Serial ndi
                                                   # ...', 'I-serial ngu ...')
            )
            (?:(?<!(?i:\bsn)\s*)                   # bare 'SN' needs a ':'/'='/'#' after it ('SN 2' in prose is not a key),
              | (?<=\bSN\ )(?=[A-Z0-9]*\d{5})      # but for 'SN' in capitals before a run of digits ('SN 2243210717')
              | (?<=\bSN\ )(?=(?-i:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{7,20})(?![\w\-]))  # or before capitals
                                                   # and digits ('Lenovo ThinkPad E14, SN PF0UM4BI')
              | (?<=\bSN\ )(?=(?-i:[A-Z]{1,4}-(?=[A-Z]*\d)[A-Z0-9]{6,20})(?![\w\-])))  # or a maker's letters, a
                                                   # dash, then capitals and digits ('SN LS-165F74565')
            (?:(?<=[:=\#"'][*_]{0,2}\s{0,12}[*_`]{0,2}) | (?<=\b(?:is|was|je|е|је|es|ke|ndi|ngu)\s{1,3}) | (?=[A-Za-z\-]{0,39}\d)  # a ':', '=',
                                                   # '#', quote or 'is' after the keyword (dmidecode aligns its
                                                   # values: 'Serial Number:      HGXJASWONZ'), or a digit in the
                                                   # serial ('ANY SERIAL DOWNVOTING' in a shouted post is no serial),
              | (?<=(?:(?-i:serial|[Ss]erie|S/N|சீரியல்)|(?i:service[\ _\-]?tag))\ )(?=(?-i:[A-Z]{7,12})(?![\w\-]))
                (?=(?:[^AEIOU]*[AEIOU])?[^AEIOU]*?(?![\w\-])))
                                                   # or capitals after a lower-case 'serial' or a service tag's
                                                   # keyword, one vowel at most: 'BIOS serial GZTWRXV', '(service
                                                   # tag HXZLXHY)' (Lenovo's and Dell's may hold no digit)
            [A-Za-z0-9]                            # the serial: starts with a letter or digit,
            (?:[A-Za-z0-9]|[\-_/](?=[A-Za-z0-9])){4,63}  # 5-64 letters, digits and inner dashes (or an
                                                   # NVMe drive's underscores: 0025_38BF_3AF3_1DD3; a Hikvision
                                                   # recorder's model, then its serial: 'DS-7208HGHI-K1...CCRR...WCVU', 48;
                                                   # a robot vacuum's slash: '04113/Y49752052')
            (?![\w\-])                             # the whole token
            """,
            0.85,
        ),
        Pattern(
            "serial_in_its_key_or_path",
            r"""(?x)
            (?<=Duplicate\ entry\ ')              # a database's duplicate key error on a serial's key (MySQL's
            [A-Za-z0-9][A-Za-z0-9\-]{4,40}         # 'Duplicate entry 'DMP31M474JJD' for key
            (?='\ for\ key\ '[\w.]{0,60}serial)   # 'computers_denormalized.serial_number'')
            """,
            0.85,
        ),
        Pattern(
            "serial_after_device_before_status",
            r"""(?x)
            (?<=\b(?:[Оо]борудование|[Нн]оутбук|[Рр]оутер|[Мм]одем|[Тт]елефон|[Пп]ланшет)\ )  # a device's word, its
            (?=[A-Z0-9/]*\d)(?:(?=[0-9/]*[A-Z])[A-Z0-9][A-Z0-9/]{6,20}|\d{12,16})  # serial (capitals and digits, or
            (?=\ (?:числится|хатӗр|хатĕр|готов|готова|принят|принято|отремонтирован|зарегистрирован))  # a long number),
            # then what became of it: a support desk's reply ('Оборудование 2273409333358 числится за вашим договором',
            # 'Ноутбук PFSC9XZ9 хатӗр', Chuvash's 'is ready')
            """,
            0.85,
        ),
        Pattern(
            "serial_in_brackets_after_device",
            r"""(?x)
            (?<=\b(?i:my|our|the|new|old)[ ](?i:gateway|modem|router|inverter|battery|terminal|dish|ont|meter
                |controller|hotspot|receiver|decoder|set-top[ ]box)[ ]\()  # a device one owns, its serial in brackets
            (?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9][A-Z0-9\-]{6,24}  # after it ('my gateway (KSG24C8877731)
            (?=\))                                   # drops off Wi-Fi'): capitals and digits, both
            """,
            0.8,
        ),
        Pattern(
            "serial_in_a_path_or_filter",
            r"""(?x)
            (?<=/(?i:serialnumber|serial_number|serial)/|(?i:\.serialNumber|\.serial_number)==)  # an API's path
            (?=[A-Za-z\-]{0,39}\d)[A-Za-z0-9][A-Za-z0-9\-]{4,40}  # segment or an RSQL filter by a device's serial
            (?![\w\-])                              # (Jamf's '/JSSResource/mobiledevices/serialnumber/DMPLZUZ8H4LW',
                                                   # 'filter=hardware.serialNumber==C07Q1PRLQ0WF'; a digit in it)
            """,
            0.85,
        ),
        Pattern(
            "serial_after_label_phrase",
            r"""(?x)
            (?<=:\ {1,3})                          # cheap guard first: only right after a colon
            (?<=                                   # a label of a few words that starts with a serial's or a
              (?i:\b(?:serial|s/n|serijsk[a-z]{1,3}|серијск[а-я]{1,3}  # key's name and ends in a colon, in any language: 'Ang
                | (?:license|licence|product|activation)\ key  # serial ng solar inverter sa dryer: R58BEH566Z9',
                | (?:windows|office)\ (?:product\ )?key  # 'Windows key sa bagong PC sa faculty room: ...',
                | num[ée]ro\ de\ s[ée]rie | n[uú]mero\ de\ s[ée]rie | numero\ di\ serie  # 'numéro de série
              ))                                   # du boîtier : ...'
              (?:\ [^\s:;,.!?()\[\]<>"=]{1,20}){1,8}\ ?:\ {1,3}  # one to eight words, no clause's end among them
              # ('Serial blong inverter long haos blong Ruth Tain: ...': Bislama's, of the inverter at Ruth's house)
            )
            (?=[A-Z0-9\-]*\d)(?=[0-9\-]*[A-Z])    # capitals and digits both, as serials and keys are printed (a
            (?-i:[A-Z0-9][A-Z0-9\-]{5,29})         # word or a bare count after such a label is no serial)
            (?![\w\-])
            """,
            0.8,
        ),
        Pattern(
            "serial_of_a_model",
            r"""(?x)
            (?<=(?:\b(?i:serial(?:\ number)?|s/n|n[uú]mero\ de\ serie)\ (?i:del?|of\ the|on\ the|for\ the|pon\ de|of|on)
                |\b(?:[Dd]e|[Tt]he|[Mm]y|[Mm]e)(?=\ [^\n.:;]{0,30}\d)(?!\ (?i:i?phone|galaxy|pixel|sim|cell|mobile|verizon|claro|liberty)))  # a
                (?:\ [A-Z0-9][\w\-]*){1,4}        # model by its maker's and its own name, then its serial, or its
                (?:\ (?i:serial|number|s/n))?      # number ('S/N on the Generac Guardian 22kW: 3667093660', 'El
                \ ?(?i::|es|is|say|says)\ )       # serial del Growatt SPF 5000 es HL1225749227', Crucian's 'De MRCOOL
            (?<!\b(?:[Dd]e|[Tt]he|[Mm]y|[Mm]e)(?:\ [A-Z0-9][\w\-]*){1,4}\ (?i:es|is|say|says)\ )  # DIY 24K number
            (?=[A-Z0-9]*\d)[A-Z0-9]{7,20}          # is 2198L54359'; a model's digits among its words, not a phone's
            (?![\w\-]|[.,]\d)                      # maker's: 'my iPhone number is ...' is a phone's)
            """,
            0.85,
        ),
        Pattern(
            "gpon_ont_serial",
            r"""(?x)
            (?<![\w\-])                            # a fibre terminal's (GPON ONT's) serial: its maker's four
            (?-i:(?:""" + _GPON_VENDORS + r""")-?  # letters and eight hex digits, as OLTs and technicians
              [0-9A-F]{8}                          # write it ('el ONT ALCL9F59BD08', 'HWTCB862D865', 'SN=ZTEG-1F3B202B'),
              |(?<=(?i:\bsn-auth|\bsn|\bserial)[\ =:])(?:""" + _GPON_VENDORS_HEX + r""")[0-9A-F]{8}  # or the letters in hex, as a Huawei OLT's
                                                   # commands and alarms write it ('sn-auth 4857544330681217')
              |(?:""" + _GPON_VENDORS_HEX + r""")(?=[0-9]{0,7}[A-F])[0-9A-F]{8})  # (a hex letter among the eight:
                                                   # no card's number, anywhere: 'Router 485754437C95E9D2 shows LOS')
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "usb_instance_serial",
            r"""(?x)
            (?<=&(?i:REV)_[\w.]{1,10}\\{1,4}      # a USB drive's serial in its device instance's id, after its maker,
              |\\(?i:VID)_[0-9A-Fa-f]{4}&(?i:PID)_[0-9A-Fa-f]{4}\\{1,4})  # product and revision, as Windows and an
            (?=[0-9A-Za-z]{0,39}\d)[0-9A-Za-z]{8,40}  # endpoint agent write it ('USBSTOR\DISK&VEN_WD&PROD_ELEMENTS_2620
            (?=&\d|\\|[\s"',;]|$)             # &REV_1018\1D47778BE1C55816FF48B3F5&0', 'USB\VID_0781&PID_5567\4C53...')
            """,
            0.85,
        ),
        Pattern(
            "samsung_serial_after_device",
            r"""(?x)
            (?<=\b(?i:tablet|phone|handset|device|llechen|ffôn|t[ée]l[ée]phone|tableta|tablette|router|modem)[\ ])  # a Samsung
            R[0-9][0-9A-Z](?=(?:[A-Z]*[0-9]){2})(?=[0-9]*[A-Z])[0-9A-Z]{8}  # device's
            (?![\w\-])                              # serial after its kind: R, the factory, the year and month, a
            """,                                      # count ('from tablet R52F1HR8K0Q imei ...')
            0.8,
        ),
        Pattern(
            "iccid_grouped",
            r"""(?x)
            (?<=(?i:(?:\b|(?<=\p{Han}))iccid|\+q?ccid)(?:\ [^\d\s:=\#]{1,12}){0,5}\ ?[:\#=]?\ {0,3})  # a SIM card's number after its name (and a few
                                                   # words: 'ICCID de ma carte SIM : 8933...'; a modem's answer to
                                                   # 'AT+QCCID', '+QCCID: 8985...'), in groups as the
            89(?:[\ \-]?\d){16,20}                   # card prints it: 'ICCID 8963 0182 2167 1007 287' (every
            (?![\w\-])                             # ICCID starts with 89, telecom's industry code)
            """,
            0.85,
        ),
        Pattern(
            "iccid_after_sim",
            r"""(?x)
            (?<=(?i:\b(?:sim(?:[\ \-]?card|kad|kaad|kaadi)?|chip|sîmkart(?:a\ min)?|سیمکارت(?:ی|ەکەم|ەکە)?(?:\ نوێ)?)  # a SIM's
                (?:\ (?:no\.?|nr\.?|number|namba))?(?:\ (?:es|is))?)\ ?[:\#=]?\ {1,3})  # (Sorani's 'new SIM card')
            89\d{16,20}                             # number after 'sim', as a note writes it ('sim 8961425682701248541',
            (?![\w\-])                             # Tok Pisin's 'simkad 89675...', Spanish's 'el chip es 8953...'): an
                                                   # ICCID, 89 first
            """,
            0.85,
        ),
        Pattern(
            "serial_in_list",
            r"""(?x)
            (?<=\ )                                # cheap guard first
            (?<=(?i:\bserials|\bserial\ numbers|\bS/Ns):?\ (?=[A-Z0-9]*\d)[A-Z0-9][A-Z0-9\-]{4,39}
              (?:(?:,|,?\ and|\ &)\ [A-Z0-9][A-Z0-9\-]{4,39}){0,6}(?:,|,?\ and|\ &)\ )  # the serials listed
                                                   # after the first: 'serials ZRFGXU25 and ZRI72FGZ', 'serials
                                                   # AB12345, CD23456 and EF34567'
            (?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])
            (?-i:[A-Z0-9][A-Z0-9\-]{4,39})
            (?![\w\-])
            """,
            0.8,
        ),
        Pattern(
            "starlink_kit_serial",
            r"""(?x)
            (?<![\w\-])                           # a Starlink kit's, dish's or router's serial by the shapes SpaceX
            (?-i:KITP\d{8}|2DW[A-Z][0-9A-F]{10,11}|MPR[0-9A-F]{11})  # prints on them: 'kit KITP94341865', 'dish
            (?![\w\-])                            # 2DWCF9CCB04CE4', '2DWC31910098048', 'router MPR3546626C6DE'
            """,
            0.85,
        ),
        Pattern(
            "activesync_apple_device",
            r"""(?x)
            (?<=Appl)                              # cheap guard first
            (?<=(?i:\bdevice_?id)[=:]\ ?Appl)      # Exchange ActiveSync's id of an Apple device: 'Appl' and
                                                   # its serial ('DeviceId=ApplHX7PESP0W6CE', Zimbra's and IIS' logs)
            (?=[A-Z0-9]*\d)
            (?-i:[A-Z0-9]{10,12})
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "usb_instance",
            r"""(?x)
            (?<=\\)                               # cheap guard first
            (?<=(?i:USB|USBSTOR)\\VID_[0-9A-Fa-f]{4}&PID_[0-9A-Fa-f]{4}\\)  # a USB device's instance path:
                                                   # its serial after the vendor and the product
                                                   # ('USB\VID_04E8&PID_61F5\4C530001674117342913')
            (?=[A-Za-z0-9]*\d)
            [A-Za-z0-9]{8,40}
            (?![\w&\-])                           # (not Windows' made-up '6&2a3b4c5d&0&1' for a serial-less one)
            """,
            0.8,
        ),
        Pattern(
            "cwmp_device_id",
            r"""(?x)
            (?<=-)                                 # cheap guard first
            (?<=(?<![\w\-%])(?-i:(?=[A-F]*\d)(?=\d*[A-F])[0-9A-F]{6})-(?=[0-9%._\-]*[A-Za-z])[A-Za-z0-9%._\-]{1,32}(?:\ [A-Za-z0-9%._\-]{1,32}){0,3}-)
                                                   # a TR-069 device's id as an ACS names it (GenieACS): its
                                                   # maker's OUI (hex in capitals, a letter and a digit in it),
                                                   # its product class ('-' written '%2D', ' ' '%20', read
                                                   # decoded too),
                                                   # then its serial: 'E0B9E5-ZXHN%20F670L-ZTEGEDEEF7A0',
                                                   # 'A4E31B-G%2D140W%2DF-ALCL85445899'
            (?=[A-Za-z0-9]*\d)
            [A-Za-z0-9]{6,32}
            (?![\w\-%])
            """,
            0.8,
        ),
        Pattern(
            "fortitoken",
            r"""(?x)
            (?<![\w\-])
            (?-i:FTK(?:MOB)?[0-9A-F]{10,12}|FTK[0-9]{3}[A-Z0-9]{7,9})  # a FortiToken's serial: the mobile app's
                                                   # 'FTKMOB053CAB3E8E', a hardware token's 'FTK2000ABC12345'
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "adb_device",
            r"""(?x)
            (?<=^|\n)                             # a phone's serial as 'adb devices' lists it, a line each:
            (?=[A-Za-z0-9]*\d)                    # 'BF47U636<TAB>device' (a digit in it; an emulator's
            (?!emulator-)[A-Za-z0-9]{6,20}         # 'emulator-5554' is none, nor an address and port)
            (?=\t(?:device|unauthorized|offline|recovery|sideload|bootloader)\b)
            """,
            0.8,
        ),
        Pattern(
            "bicycle_frame",
            r"""(?x)
            (?<=\ )                                # cheap guard first
            (?<=\bframe\ )                        # a bicycle's frame: 'check warranty for frame WVBF3Y4006234'
            (?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])        # letters and digits both (a video's 'frame 12000' has none)
            (?-i:[A-Z0-9]{8,20})
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "key_5x5",
            r"""(?x)
            (?<![\w\-])                            # a whole token
            (?=[A-Z0-9\-]{29}(?![\w\-]))           # exactly 29 characters
            (?=[0-9\-]*[A-Z])                      # at least one letter (digit-only keys: key_digit_groups)
            [A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}         # five groups of five
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "key_4x4",
            r"""(?x)
            (?<![\w\-])                            # a whole token
            (?=[0-9\-]*[A-Z])                      # at least one letter
            """ + _NOT_MASKED + r"""
            [A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}         # four groups of four
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "key_groups",
            r"""(?x)
            (?<![\w\-])                            # a whole token
            (?=[0-9\-]*[A-Z])                      # at least one letter ...
            (?=[A-Z\-]*[0-9])                      # ... and one digit (HTTP-GET-POST is not a key)
            """ + _NOT_MASKED + r"""
            [A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,7}   # 3-8 groups of 4-6 (UUIDs have 8- and 12-long groups)
            (?![\w\-])
            """,
            0.6,
        ),
        Pattern(
            "key_digit_groups",
            r"""(?x)
            (?<![\w\-])                            # a whole token
            \d{4,6}(?:-\d{4,6}){2,7}               # digits only: an account or ticket number as often as a key
            (?![\w\-])
            """,
            0.3,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SERIAL_NUMBER",
            name="SerialNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # case-sensitive; keywords use (?i:...)
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        text = pattern_text
        if _UUID.fullmatch(text) or _HEX_DIGEST.fullmatch(text) or _DATE_LIKE.fullmatch(text):
            return True
        groups = text.split("-")
        if len(groups) > 1 and len(set(groups)) == 1:
            return True  # XXXXX-XXXXX-XXXXX-XXXXX-XXXXX: a placeholder, not a key
        if sum(1 for g in groups if _ALGORITHM_PART.fullmatch(g)) >= 2:
            return True  # an algorithm's name: AWS4-HMAC-SHA256
        if len(groups) >= 3 and groups[0].isalpha() and all(g.isdigit() for g in groups[1:]) \
                and any(_A_YEAR.fullmatch(g) for g in groups[1:]):
            return True  # a case's, an invoice's or an order's reference by its year: CASE-2026-46099
        if not any(c.isdigit() for c in text):
            if "-" not in text:
                # A letters-only serial can only come from serial_after_keyword
                # ('S/N: PFPRRTAQ'): keep it when written in capitals, like serials are
                # ('serial console', 'Serial: Unknown' are words).
                return not (text.isupper() and len(text) >= 6) or text in _PLACEHOLDERS
            # Letters only: a uniform 4x4/5x5 key whose groups are mostly vowel-free.
            if not _UNIFORM_LETTER_KEY.fullmatch(text):
                return True
            vowel_free = sum(1 for g in groups if not _VOWELS.intersection(g))
            return vowel_free * 2 < len(groups)
        return False
