"""HOSTNAME: names of individual computers (not DNS domains in general).

Patterns, matched case-sensitively (``DESKTOP-4F7KQ2M`` is a machine,
``desktop-app`` is not); context keywords are matched case-blind with ``(?i:...)``:

* ``windows_default`` (0.85): ``DESKTOP-``/``LAPTOP-``/``WIN-`` + 6-15 capitals and
  digits with at least one digit, the names Windows setup invents, or its 7-8 random
  capitals alone where no word has such letters (one vowel at most, five consonants in a
  row, a ``Q`` without its ``U``: ``DESKTOP-EJCAAXQ``, not ``DESKTOP-SUPPORT``); Windows Server's
  ``WIN-`` + 11 capitals and digits (``WIN-LLHCTBQPWEC``).
* ``phone_model_and_owner`` (0.7): a phone named for its model and its owner's first name, hyphens between
  (``Redmi-Note-13-helin``), not a model's own word (``Redmi-Note-13-pro``).
* ``phone_default`` (0.7): an Android phone's maker and model joined by ``_`` and the random hex
  it adds as it names itself to DHCP (``HUAWEI_P30-87d``, ``HUAWEI_P30_lite-409a``).
* ``maker_and_owner`` (0.7): a PC's maker's or kind's word, then its owner's name in capitals
  (``PC-JOLIE``, ``LENOVO-GRACE``, ``LAPTOP-MISHAL-01``).
* ``windows_named_after_key`` (0.85): Windows' prefix and a name in capitals after a key that says it is
  a machine (``poste=LAPTOP-PRISCA``, French's workstation).
* ``dynamic_dns_name`` (0.8): a home's router or NAS by its dynamic DNS name
  (``almutairi-salmiya.mynetgear.com``, ``casa-rossi.ddns.net``).
* ``windows_owner`` (0.7): ``DANIEL-PC``, ``Mings-LAPTOP``, ``AWHITAKER-LT``, ``ARJUN-NAS``: the owner's name and ``-PC``,
  as Windows 7 and OEM setups named computers (``kevin-PC``: an account's name in lower case);
  ``windows_owner_cyrillic`` (0.7): the same in Cyrillic, ``ДИНАР-ПК``.
* ``apple_default`` (0.85): ``Johns-MacBook-Pro(.local)``, ``Janes-iMac.local``,
  ``Marys-MBP``, ``Annas-iPhone``: an owner's name before an Apple model, as macOS and
  iOS name devices.
* ``apple_default_lower`` (0.7): the same in lower case (``tom-macbook``, ``annas-iphone``),
  as shell prompts and posts write them.
* ``phone_model_after_lower_owner`` (0.7): a phone's model after its owner's name in lower
  case, as the phone names itself (``takudzwas-Redmi``, ``mphos-Galaxy-A15``, ``annas-iPhone``).
* ``android_default`` (0.85): ``android-`` and 16 hex digits, an Android phone's name on
  the network.
* ``apple_default_spaced`` (0.7): the name a Mac or an iPhone gives itself before it is
  a network name: ``Chiara's MacBook Pro``, ``Piotr's iPhone``.
  Android phones named by their owners the same way count too (``Anders's Pixel``,
  ``Tom's Galaxy S23``), not a maker's own (``Google's Pixel 8``).
* ``apple_default_spaced_owner_last`` (0.7): the same in other languages, the owner last:
  ``iPhone von Tomasz``, ``MacBook Air de Jean-Luc``, ``iPad di Luca``,
  ``MacBook Pro uživatele Petr``.
* ``apple_default_genitive`` (0.7): the owner's name in the genitive without an
  apostrophe, as Danish, Swedish, Norwegian, German and Dutch setups write it:
  ``Frederiks iPhone``, ``Ingrids iPhone 14``.
* ``mdm_dashed_owner`` (0.7): a whole value of an MDM's naming template, the device and
  its owner's first name joined by a dash: ``iPhone – Zuzana``, ``Marek – MacBook Air``.
* ``fleet_device_owner`` (0.7): an MDM's fleet's device by its prefix and its holder's first name after
  ``Device`` or ``seen on``: ``Device TCN-Yuliia imei=...`` (not a bus's: ``Device USB-Storage``).
* ``message_id_machine`` (0.7): the machine a mail's id names after its ``@`` where no domain is set,
  a capital, a digit or a dash in it (``<eff6c3f1.4e27@yolanda-ThinkPad-E14>``, as msmtp logs a server's answer).
* ``teamviewer_participant`` (0.85): a TeamViewer session's participant's machine by its name in
  TeamViewer's own log (``AddParticipant: [1600479238,-1874932620] type=6 name=Recepcion-Moesai``).
* ``shell_prompt`` (0.8): the machine of a pasted prompt, ``michal@michal-thinkpad:~$``.
* ``machine_account`` (0.75): the machine of 802.1X machine authentication,
  ``host/NHV-LT-0350.corp.example`` (RADIUS, Cisco ISE, Windows NPS logs).
* ``owner_device`` (0.6): a lower-case first name and a kind of machine, as people
  name theirs (``chinedu-desktop``, ``katrin-pi4``, ``haruka-xps13``,
  ``rafaels-MacBook-Air``, with a domain: ``anna-laptop.home.example``; as Ubuntu's
  installer names a machine, its owner and its maker's product: ``chico-ThinkPad``,
  ``maria-HP-EliteBook-840-G5``), not software's or a brand's (``ubuntu-desktop``,
  ``dell-laptop``, ``remote-desktop``).
* ``asset_name`` (0.7): an organisation's asset-numbered machine, a site, a kind of
  machine and a number (``LDS-DT-0045``, ``LT-BER-0006``, ``MBP-LON-0863``, ``LT-0042``,
  ``BFNL-LT7389``);
  not a part number (``PC-1234``).
* ``private_domain`` (0.6): a name under a home network's domain (``nas01.home.lan``,
  ``router.home.arpa``, ``db1.localdomain``): a machine of that household. A company's
  ``.lan``, ``.internal`` and ``.intranet`` names are its servers' and are left alone; its
  people's machines there are found by their own shapes (``Anas-MacBook-Pro.corp.example.lan``,
  ``mfi-lt-0409.corp.example.lan``).
* ``mdns_local`` (0.6): ``NAME.local`` (Bonjour / mDNS names).
* ``after_keyword`` (0.75): the single-label name after ``hostname:``,
  ``computer name:``, ``host=``, ``machine:``, ``workstation name:``, ``PC name:``.
  A dotted name after such a keyword (``host=www.example.com``) is a site, not a
  computer, and is left alone; so is ``localhost`` and the usual placeholders.
* ``after_keyword_spaced`` (0.6): the same without ``:`` or ``=``, as people write
  in a post (``my hostname SARAH-LT-07``, ``computer name is kiosk12``), only when
  the name holds a digit or is capitals joined by hyphens (``hostname MINGS-PC``):
  words follow such keywords in prose far more often.
* ``after_machine_word`` (0.6): a name after a word for a machine, as a post names
  one (``my laptop LAB-PC-07``, ``the VM named build-07``, ``on host DC01``), only in
  a machine name's shape: letters, a hyphen and a digit (``web-01``), or capitals then
  digits (``DC01``). A model or a version (``laptop T480s``, ``desktop i7-8700``,
  ``host CentOS-7``) is none.

A server is no one's: the names a fleet is given (``web-prod-03``, a syslog header's
``fw-rtm-01``), a company's ``.internal``, ``.intranet`` and ``.lan`` names and the name
after ``server`` are left alone. Held-out logs of seven rounds had 1,605 such names that
no other pattern took, and not one personal device.
* ``unc_path`` (0.8): the server of a Windows share's path, ``\\\\FS-FINANCE01\\share``.
* ``samba_workstation`` (0.75): the client's NetBIOS name in Samba's authentication audit,
  ``workstation [PRIYAS-MACBOOK-]`` (cut at 15 characters).
* ``peer_name_after_address`` (0.7): a connection's client by its address, then its name as
  the server resolved it (``Connection accepted from /172.21.242.178:49564 (RSUDLB-WS-043)``):
  one label with a digit or a dash, not ``(unknown)``.
* ``ssh_key_comment`` (0.7): the machine of a public key's ``user@host`` comment, as
  ssh-keygen writes it (``ssh-ed25519 AAAA... anna@anna-thinkpad``), or as a Git server's
  log names the key by it (Bitbucket's ``SSH key added for anna with label "anna@lt-anna-hp"``).
* ``cisco_phone`` (0.8): a Cisco IP phone by its device name, ``SEP`` and its MAC
  (``SEP00EBD5A1B2C3``, an analog adapter's ``ATA...``), as Unified CM's CDRs and logs name it.
* ``dhcp_client_name`` (0.75): the name a DHCP client asked for, as ISC dhcpd logs it after
  its MAC (``DHCPACK on 10.41.8.34 to 8c:85:90:9d:e9:23 (KLB-LAB-36) via eth1``), and as
  dnsmasq logs it after the MAC at the line's end (``DHCPACK(br-lan) 192.168.1.164
  a4:c3:f0:6e:88:1d Temurs-Xiaomi-13``);
  ``smtp_client_name`` (0.7): the name a mail client greets its server with, no dot in
  it (``EHLO LALE-HP``, Outlook's: the PC's own; a server's is an FQDN);
  ``dhcp_ddns_name`` (0.7): the name dhcpd registered for it in DNS (``Added new forward map
  from brw6c54685d703a.lan.example.ph to 10.41.32.86``): a client's, no server's.
* ``proftpd_client`` (0.7): the client of a ProFTPD session, by the name the server resolved
  for its address (``proftpd[21075] ftp01.example.fi (lv-46-109-37-173.bite.lv[46.109.37.173]):``):
  a person's machine or their line at its ISP.
* ``netbios_name_in_capture`` (0.7): a machine's NetBIOS name in a capture's NBNS summary
  (Wireshark's ``Registration NB NB-GATTI<20>``); ``mdns_service_instance`` (0.7): a device's
  name before its mDNS service (``PTR Germans-iPhone._homekit._tcp.local``).
* ``remote_host`` (0.8): the peer of an auth log line (``rhost=NAME``, sshd's ``user X
  from NAME``), with a digit, dot or dash in it (``user X from the ...`` is prose).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# First words of numbered names that are no machine's: 'test-case-01', 'sprint-review-02'
_NUMBERED = re.compile(r"[a-z][a-z0-9\-]*-0\d{1,2}")
_NUMBERED_NOT_MACHINES = frozenset({
    "test", "case", "step", "chapter", "part", "page", "section", "sprint", "release", "issue",
    "ticket", "task", "item", "version", "phase", "lesson", "episode", "week", "day", "level",
    "stage", "figure", "fig", "table", "slide", "sample", "example", "exercise", "unit", "module",
    "lab", "demo", "draft", "scene", "track", "round", "game", "match", "season", "volume", "vol",
})

# Values that follow 'host=' and friends but name no particular computer.
_NOT_A_MACHINE = frozenset(
    {
        "localhost",
        "localdomain",
        "unknown",
        "none",
        "null",
        "nil",
        "undefined",
        "true",
        "false",
        "default",
        "any",
        "all",
        "local",
        "remote",
        "server",
        "client",
        "hostname",
        "host",
    }
)
# Stems of configuration file names that end in '.local' (settings.local, .env.local), and
# Cassandra's node table in its system keyspace ('SELECT * FROM system.local')
_FILE_STEMS = frozenset(
    {"env", "config", "settings", "app", "docker", "site", "web", "vars", "gradle", "system"}
)
# A system's or a runtime's name with its version after a machine word ("host CentOS-7",
# "server Win-2019"): no machine's own name.
_SYSTEMS = frozenset({"centos", "ubuntu", "debian", "rhel", "fedora", "alpine", "suse", "opensuse",
                      "win", "windows", "winserver", "macos", "osx", "ios", "android", "freebsd",
                      "python", "java", "jdk", "node", "php", "dotnet", "net", "sql", "mssql"})
_VERSIONED_SYSTEM = re.compile(r"(?P<stem>[A-Za-z]+)-\d[\d.x]*")
# Owners that are the maker, not a person: 'Apple-MacBook-Pro' is a product name.
_NOT_AN_OWNER = frozenset({"apple", "new", "my", "the", "your", "old", "refurbished", "used",
                           "samsung", "google"})  # ('Samsung-Galaxy-S24', 'Google-Pixel-8')

# The owner part of an Apple default name: 'Johns' in Johns-MacBook-Pro.
_APPLE_OWNER = re.compile(r"(?P<owner>[A-Za-zÀ-ÖØ-öø-ÿ]+?)(?:'s|s)?-(?:MacBook|iMac|Mac-|MBP|MBA|iPhone|iPad|Galaxy|Pixel)")

# An Apple device's model as its default name spells it: 'MacBook Pro', 'iPad mini'
_APPLE_DEVICE_SPACED = (r"(?:MacBook(?:\ Pro|\ Air)?|iMac(?:\ Pro)?|Mac\ mini|Mac\ Studio|Mac\ Pro|iPhone"
                        r"|iPad(?:\ Pro|\ Air|\ mini)?)")

_CONTEXT = ["hostname", "host", "computer", "machine", "workstation", "pc", "device", "node"]


# No owner's name before a device's model, in lower case: sales words and makers ('buy-iphone', 'samsung-galaxy-a15')
_NO_OWNER = (r"(?!(?:apple|new|used|buy|sell|cheap|best|old|my|your|the|refurbished|repair|samsung|xiaomi|huawei"
             r"|google|oppo|tecno|infinix|sony|motorola)s?-)")


class HostnameRecognizer(PatternRecognizer):
    """Windows and macOS default computer names, ``.local`` names, names after a keyword."""

    PATTERNS = [
        Pattern(
            "windows_default",
            r"""(?x)
            (?<![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[.\-])  # a whole token (Chinese or Japanese glued to it: '主機名稱DESKTOP-...')
            (?:
              (?:DESKTOP|LAPTOP|WIN)-      # the prefixes Windows setup uses
              (?:(?=[A-Z]*\d)              # the random part with a digit: 7 capitals and digits from
                [A-Z0-9]{6,15}             # setup, 6-15 as organisations name them (LAPTOP-R2D7QX) ...
              | (?=[A-Z]{7,8}(?![\w\-]))   # ... or setup's 7 (DESKTOP) or 8 (LAPTOP) random capitals
                (?:(?![A-Z]*[AEIOU][A-Z]*[AEIOU])  # alone, with one vowel at most ('DESKTOP-BVVYPMJ'; a word
                  | (?=[A-Z]*[B-DF-HJ-NP-TV-Z]{5})  # has more: 'DESKTOP-SUPPORT'), five consonants in a row
                  | (?=[A-Z]*Q(?!U)) | (?=[A-Z]*[JQXZ][A-Z]*[JQXZ]))  # ('LAPTOP-HBLBHSEA') or letters no
                [A-Z]{7,8})                # word has so ('DESKTOP-EJCAAXQ')
              | WIN-[A-Z0-9]{11}           # Windows Server's: 11 random characters, digits or not
              | PC-(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{7}  # an office's 'PC-' and 7 random capitals and digits, both
                                           # ('PC-H67ZBF6', a backup's folder; not a part number: 'PC-1234')
              | (?:desktop|laptop)-(?=[a-z]*\d)[a-z0-9]{7,8}  # the same in lower case, as DNS writes
                                           # it (desktop-9wj8yhe)
            )
            (?![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|-)  # and nothing more (a '.domain' suffix is fine)
            """,
            0.85,
        ),
        Pattern(
            "phone_default",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            (?:HUAWEI|HONOR|OPPO|vivo|realme|Redmi|POCO|Xiaomi|OnePlus|nubia|TECNO|Infinix|motorola|Nokia)  # an
            _[A-Za-z0-9]{1,12}(?:_[A-Za-z0-9]{1,12}){0,2}  # Android phone's maker and model joined by '_', then
            -(?=[0-9a-f]*\d)[0-9a-f]{2,4}    # the random hex the phone adds, as it names itself to DHCP: a
                                           # FRITZ!Box's 'HUAWEI_P30-87d', 'HUAWEI_P30_lite-409a' (the model
                                           # alone, 'HUAWEI P30 Pro', is no one's)
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "phone_model_and_owner",
            r"""(?x)
            (?<![\w.\-])                   # a phone or a tablet its owner named for its model and their first name,
            (?-i:Redmi|Galaxy|iPhone|iPad|Pixel|HUAWEI|Huawei|HONOR|Honor|OPPO|Oppo|POCO|Poco|Infinix|TECNO|Tecno
              |Samsung|Xiaomi|OnePlus|Nokia|Moto|Realme|realme)  # hyphens between, as it shows on a network
            (?=[A-Za-z0-9\-]*\d)          # ('Redmi-Note-13-helin', 'Galaxy-A54-ako'), the model's number in it
            (?:-[A-Za-z0-9]{1,10}){0,3}-   # (not 'iPhone-de-luxe'); not a model's own word
            (?!(?:pro|max|plus|lite|ultra|mini|neo|prime|note|edge|fold|flip|power|play|star|go|se|fe|lte|nfc
               |series|case|cover|charger|screen|battery|repair|manual|update|firmware)(?![\w\-]))
            (?-i:[a-z]{3,12})
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "owner_particle_machine",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: the owner's name, a possessive particle and
            \p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?  # the machine, as Nepali, Urdu and Hindi, Uzbek,
            -(?:ko|ka|ki|ning|ni|ya|wa|ta|ng|de|da|di|do|du|von|van|oda|no)  # Swahili, Maltese, Tagalog and
            -(?i:laptop|pc|desktop|notebook|computer|kompyuter|noutbuk|macbook|mac  # Romance setups
                |phone|mobile|tab|tablet|ipad|iphone)  # ('Roshan-ko-Tab', 'Dipendra-Dai-ko-Phone')
            (?:-\d{1,2})?                  # name it: 'Kamala-ko-Laptop', 'Ahmed-ka-laptop', 'Ana-de-PC'
            (?![\w\-])                     # (and Japanese's, romanized: 'Yui-no-iPhone')
            """,
            0.85,
        ),
        Pattern(
            "cjk_owner_particle_device",
            r"""(?x)
            (?<![\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}ー々])  # an owner's name, Japanese's or Korean's
            (?!(?:会社|事務所|共用|社用|受付|店舗|会議室|家族|子供|회사|사무실|공용|업무용)[の의])  # (not a firm's,
                                           # a shared one: '会社のPC', '회사의 노트북')
            (?:[\p{Han}\p{Katakana}々ー]{1,6}の|\p{Hangul}{1,4}의\ ?)  # possessive, then the device, as iOS and
            (?:iPhone|iPad(?:\ (?:Pro|Air|mini))?|MacBook(?:\ (?:Pro|Air))?|iMac|Mac|Apple\ Watch  # Android name it
              |Galaxy(?:\ [A-Z]\d{1,2}(?:\ (?:Ultra|Plus|FE))?)?|Pixel(?:\ \d{1,2}a?)?(?:\ Pro)?|PC|ノートPC  # in
              |パソコン|ノートパソコン|スマホ|노트북|갤럭시|아이폰|아이패드)  # those languages ('吉田のiPhone',
            (?:\ \(\d{1,2}\))?             # '민준의 iPhone', '지우의 갤럭시')
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "machine_particle_owner",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: the machine, a possessive particle, then its owner,
            (?:PC|Port[aá]til|Portatile|Ordenador|Computador|Computer|Laptop|Notebook|Desktop|Tablet|Tab|M[oó]vil
               |Telem[oó]vel|Telefono|Tel[eé]fono)  # as Spanish, Italian and Portuguese setups name it
            -(?:de|di|da|do|del|van|von)   # ('Portatil-de-Ainhoa', 'PC-di-Giulia', 'Computador-do-Rui')
            -(?!(?:Escritorio|Oficina|Casa|Trabajo|Sala|Recepci[oó]n|Ufficio|Lavoro|Escola|Escuela|Sal[oó]n|Cozinha
                 |Cocina|Cucina|Reuniones|Riunioni|Reuni[oõ]es|Mesa|Servicio|Servizio|Prueba|Prova|Teste)(?![\w]))
            \p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?  # (not a room's or a use's: 'PC-de-Escritorio', 'PC-di-Ufficio')
            (?:-\d{1,2})?
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "machine_particle_owner_spaced",
            r"""(?x)
            (?<=")                         # quoted, as an MDM's log names a device: the machine, a possessive
            (?:PC|Port[aá]til|Portatile|Ordenador|Computador|Computer|Laptop|Notebook|Desktop|Tablet|Telefono
               |Ordinateur)                # particle, its owner ('on "Portatile de Paola"', Sardinian's 'de';
            \ (?:de|di|da|do|del|du|van|von)\   # 'computer "Portatile di Giulia"')
            (?!(?:Escritorio|Oficina|Casa|Trabajo|Sala|Recepci[oó]n|Ufficio|Lavoro|Escola|Escuela|Sal[oó]n|Cozinha
                 |Cocina|Cucina|Reuniones|Riunioni|Reuni[oõ]es|Mesa|Servicio|Servizio|Prueba|Prova|Teste)(?![\w]))
            \p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?
            (?:\ \(\d{1,2}\))?
            (?=")
            """,
            0.85,
        ),
        Pattern(
            "sent_from_device",
            r"""(?x)
            (?<=\b(?:Отправляю|Отправлено|Отправлено\ мною|Пишу)\ с\ )  # a mail's or a post's signature names the
            (?=[\w\-]*-)[A-Za-z][\w]{1,30}(?:-[\w]{1,30}){1,3}  # device it was sent from, a name of its owner's:
            (?![\w\-])                     # 'Отправляю с ranis-telefon.', 'Отправляю с Redmi-Samat' (a hyphen in
            """,                           # it: not 'Отправлено с iPhone')
            0.85,
        ),
        Pattern(
            "mdm_quoted_computer",
            r"""(?x)
            (?<=\b(?:for|on|retrying\ on|failed\ on|completed\ on)\ (?:computer|mobile\ device)\ "  # Jamf's
              |\bRenamed\ (?:computer|mobile\ device)\ from\ "(?:[^"\n]{1,63}"\ to\ ")?)  # (and both names of
                                           # a renamed one: 'Renamed computer from "NXT-565C" to "NXT-CA-ATZENI"')
            (?!(?i:unknown|none|null|n/a|localhost)")  # computer or mobile device by its quoted name ('Processing
            [\w][\w\ .'’\-]{1,62}       # inventory report for computer "luigi-macmini"', 'failed on computer
            (?<![\ .])(?=")                # "NXT-NU-USAI" (id 199)')
            """,
            0.85,
        ),
        Pattern(
            "dhcp_windows_default",
            r"""(?x)
            (?<=(?:[0-9a-f]{2}:){5}[0-9a-f]{2}\ \()  # a DHCP server's client after its MAC ('DHCPACK on
            (?:DESKTOP|LAPTOP)-[A-Z0-9]{7,8}  # 10.10.20.169 to bc:d0:74:92:ab:20 (DESKTOP-NAXHGUL) via igb2'):
            (?=\)\ via\ )                 # Windows setup's name, whatever its random letters spell
            """,
            0.85,
        ),
        Pattern(
            "dynamic_dns_name",
            r"""(?x)
            (?<![\w.\-])                   # a home's router or NAS by its dynamic DNS name, its owner's choice:
            (?!www\.)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?  # 'almutairi-salmiya.mynetgear.com', 'casa-rossi.ddns.net'
            \.(?:mynetgear\.com|ddns\.net|no-ip\.(?:org|biz|com|info)|hopto\.org|zapto\.org|duckdns\.org
               |dyndns\.org|dynu\.net|tplinkdns\.com|asuscomm\.com|synology\.me|myds\.me|freeboxos\.fr
               |myfritz\.net|dlinkddns\.com)
            (?![\w\-]|\.\w)
            """,
            0.8,
        ),
        Pattern(
            "maker_and_owner",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: a machine named for its maker or its kind, then its
            (?:[A-Z]{2,5}-(?=PC-[A-Z]{4}))?  # (a firm's or a site's letters first: 'ORA-PC-AMOKRANEZ'; an owner
                                           # of four letters at least, as a site's type's: not 'EU-PC-ABC')
            (?:(?:PC|LENOVO|HP|DELL|ASUS|ACER|IPHONE|IPAD|MACBOOK)-  # owner's name in capitals, as the owner sets it
            (?!(?:EMC|UX|LINUX|WINDOWS|SERIES|PRO|PLUS|MAX|LITE|MINI|AIR|COMPATIBLE|CLONE)(?![\w\-]))  # ('PC-JOLIE',
            [A-Z]{3,14}                    # 'LENOVO-GRACE'; Windows' own words and its owner's number:
            |(?:LAPTOP|DESKTOP|NOTEBOOK)-[A-Z]{3,14}-\d{1,3})  # 'LAPTOP-MISHAL-01'); not a kind or a model
            (?![\w\-])                     # ('HP-UX', 'IBM-PC', 'MACBOOK-AIR'; a phone's maker and model,
                                           # 'TECNO-SPARK-20', is a product's name)
            """,
            0.7,
        ),
        Pattern(
            "windows_named_after_key",
            r"""(?x)
            (?<=\b(?:poste|workstation|computer|machine|hostname|host|pc)[=:][\ ]?)  # Windows' prefix and a name
            (?:LAPTOP|DESKTOP|NOTEBOOK)-[A-Z]{3,14}  # in capitals, after a key that says it is a machine (a French
            (?![\w\-])                     # session's 'poste=LAPTOP-PRISCA'); alone it may be a word's
            """,                             # ('DESKTOP-SUPPORT')
            0.85,
        ),
        Pattern(
            "windows_owner",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            (?!(?i:ibm|home|my|the|your|old|new|gaming|work|office|non|pre|post|multi|any|every|one)-)  # 'IBM-PC compatible' is a kind of machine
            (?!(?i:synology|qnap|asustor|terramaster|backup|shared|media|storage|files?|data|main|team|dept|lab|nas)-NAS)  # (a
                                           # NAS by its maker or its use, no one's: 'SYNOLOGY-NAS', 'BACKUP-NAS')
            (?:[A-Z]{2,14}-(?=[A-Z]{3,14}-)|[A-Z][a-z]{1,13}-(?=[A-Z][a-z]{2,13}-(?:LT|PC|Laptop)\b))?  # a site's
                                           # code or a first name before it (BFL-EMURPHY-MBP, HVBS-TAHMED-LT,
                                           # BISHAL-TAMAN-LT, Manisha-Khadka-LT)
            (?:[A-Z][A-Za-z0-9]{1,14}      # the owner's name, as Windows 7 named PCs: DANIEL-PC,
              |[a-z][a-z0-9]{2,14}(?=-PC(?![\w\-])))  # or its account's, in lower case: kevin-PC
            -(?:PC|LAPTOP|NOTEBOOK|DESKTOP|LT|DT|NB|WS|WKS|MBP|MBA|NAS|NOUT|NOUTBUK  # (and OEMs' setups: Daniel-LAPTOP; an IT
                                           # (Russian's laptop, romanized: 'IRINA-NOUT')
               |Laptop|Desktop|Notebook|ThinkPad)  # department's: AWHITAKER-LT, SVARGAS-DT; 'Hristina-Laptop',
                                           # 'Somphones-ThinkPad')
            (?:\d{1,2}|(?<=-LT)\d{3,4})?    # a second machine's number (SJOSHI-PC01, SKING-LT2), a laptop's
                                           # asset number (KSW-CHN-LT394; not a model: 'SM-DT100')
            (?![\w\-])                     # the whole name (a '.domain' suffix is fine)
            (?!/\d)                         # not a product and its version in a user agent ('Linphone-Desktop/5.2.4')
            """,
            0.7,
        ),
        Pattern(
            "owner_maker_after_machine_word",
            r"""(?x)
            (?<=\b(?i:computer|laptop|notebook|компьютер|компьютера|ноутбук|ноутбука|noutbuk|kompyuter|комп)\ )
            [A-Z][A-Z]{2,14}               # after a machine's word, its owner's name in capitals and its maker's
            -(?:HP|DELL|ASUS|LENOVO|ACER|MSI|HUAWEI|APPLE|MAC)  # ('компьютер MINGAZOVA-HP', 'My laptop OSIPOV-HP')
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "windows_owner_cyrillic",
            r"""(?x)
            (?<![\w.\-])                   # the same in a Cyrillic Windows' own words: the account's
            \p{Lu}\p{L}{1,14}-ПК\d{0,2}   # name and 'ПК' (Russian's, Tatar's, Bashkir's: 'ДИНАР-ПК')
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "apple_default",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]{1,30}  # the owner's first name ('Björns-MacBook-Air'),
            (?:-[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]{1,30})?  # and family name, if the account has one,
            (?:'s|s|-s|-sin|-sitt)?        # usually possessive: Johns, Mary's, Rupert-Blackwoods (iOS
                                           # writes the apostrophe as a dash: 'Kipchoge-s-iPhone'; Norwegian
                                           # its 'sin' after the owner: 'Kari-sin-iPhone')
            -(?:MacBook(?:-Pro|-Air)?|iMac(?:-Pro)?|Mac-mini|Mac-Pro|Mac-Studio|MBP|MBA  # an Apple model
               |iPhone|iPad(?:-Pro|-Air|-mini)?  # or phone: the name a DHCP or mDNS log shows
               |Galaxy-[A-Z]\d{1,2}(?:-(?:Ultra|Plus|FE))?|Pixel(?:-\d{1,2}a?)?(?:-Pro(?:-XL)?)?  # or an Android
               |Xperia|Redmi(?:-Note)?(?:-\d{1,2})?|OnePlus(?:-\d{1,2})?|Moto(?:-[A-Z]\d{1,2})?)
                                           # phone named the same way ('Majas-Galaxy-S24', 'Toms-Pixel-8')
            (?:-\d{1,2})?                  # the '-2' macOS appends on a name clash
            (?:\.(?:local|lan|home|localdomain|internal))?  # the mDNS suffix or a home router's, when present
            (?![\w\-]|\.\w(?![\w\-]*\.[A-Za-z]))  # the whole name ('.plist' ends a file's), or a
                                           # network's domain after it: '.corp.example.lan'
            """,
            0.85,
        ),
        Pattern(
            "apple_default_owner_last",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            (?:MacBook(?:-Pro|-Air)?|iMac(?:-Pro)?|Mac-mini|iPhone|iPad(?:-Pro|-Air|-mini)?  # the model first,
               |(?-i:Galaxy-[A-Z]\d{1,2}|Pixel-\d{1,2}a?  # (or an Android phone's: 'Pixel-8-Zeynep', Tecno's
                 |TECNO-(?:SPARK|CAMON|POVA|POP|PHANTOM)(?:-\d{1,2}[A-Z]?)?|Infinix-(?:HOT|NOTE|SMART|ZERO)(?:-\d{1,2})?))
                                           # and Infinix's: 'TECNO-SPARK-20-Pendo')
            -(?:(?:de|di|da|do|von|van|uzivatele|pouzivatela|uzytkownika|ya|wa|milik|ni)-)?  # as French, Italian,
            # Spanish, Portuguese, German, Dutch, Czech, Slovak, Polish, Swahili, Indonesian and Tagalog
            # setups
            (?!(?-i:Pro|Air|Max|Mini|Plus|Ultra|Lite|FE|SE|XL)(?![a-z]))  # name it: MacBook-Air-de-Jean-Luc,
            (?-i:[A-Z][a-z]{1,30})(?:-[A-Z][A-Za-z]{1,30}){0,2}  # or an MDM: 'iPhone-Emily' (no model's word;
                                           # a name of three: 'Mac-mini-di-Gianluca-De-Luca')
            (?:-\d{1,2})?
            (?:\.local)?
            (?![\w\-]|\.\w(?![\w\-]*\.[A-Za-z]))  # (or a network's domain after it: 'iPhone-Ulle.office.lan')
            """,
            0.85,
        ),
        Pattern(
            "apple_default_lower",
            r"""(?x)
            (?<![\w.\-/=?&])               # a whole token, not a URL's slug or parameter
            """ + _NO_OWNER + r"""            # (sales words, makers)
            [a-z]{2,30}(?:s)?(?:-[a-z]{2,30}(?=-mac))?  # the owner's name in lower case, as a shell prompt or a
            -(?:macbook(?:-?pro|-?air)?|imac|mbp|mba|iphone|ipad|mac-?mini|mac-?studio)  # post writes it: tom-macbook,
                                           # annas-iphone; an MDM's 'luigi-macmini', 'paul-antoine-macbookair'
            (?:-\d{1,2})?
            (?:\.local)?
            (?![\w\-]|\.\w(?![\w\-]*\.[A-Za-z]))  # (a network's domain may follow)
            """,
            0.7,
        ),
        Pattern(
            "phone_model_after_lower_owner",
            r"""(?x)
            (?<![\w.\-/=?&])               # a whole token, not a URL's slug or parameter
            """ + _NO_OWNER + r"""            # (sales words, makers)
            [a-z]{2,30}s?                  # the owner's name in lower case, then the phone's model as the phone
            -(?:iPhone|iPad|Redmi(?:-Note)?(?:-\d{1,2}[A-Za-z]?)?|Galaxy-[A-Z]\d{1,2}[a-z]?(?:-(?:Ultra|Plus|FE))?
               |Pixel(?:-\d{1,2}a?)?|Xperia|OnePlus(?:-\d{1,2})?)  # writes it: 'takudzwas-Redmi', 'mphos-Galaxy-A15',
            (?![\w\-]|\.\w)                # 'annas-iPhone' (all in lower case is apple_default_lower's, or a domain's)
            """,
            0.7,
        ),
        Pattern(
            "android_default",
            r"""(?x)
            (?<![\w.\-])
            android-[0-9a-f]{16}           # the name an Android phone gives the network: android-8c2f91e3a7d04b1b
            (?![\w\-])
            """,
            0.85,
        ),
        Pattern(
            "phone_model_owner",
            r"""(?x)
            (?<![\w.\-])                     # an Android phone by its model and its owner's first name, as a
            (?i:redmi|galaxy|xiaomi|poco|pixel|moto|huawei|honor|oppo|realme|infinix|tecno|itel|nokia|samsung)  # phone
            (?:-[A-Za-z0-9]{1,10}){0,4}-(?i:de-)?  # names itself on a network: 'Redmi-Note-12-Marisol',
            (?:(?-i:\p{Lu}\p{Ll}{2,15})|(?-i:[a-z]{3,15})(?=(?:\.[a-z0-9\-]+)*\.(?:local|lan|corp|internal|home)\b))  # 'Galaxy-A54-de-
            (?:\.[a-z0-9\-]{1,63})*          # Nomena.vohitra.local' (in DNS' lower case under a local domain:
            (?![\w\-]|\.\w)                  # 'redmi-note-12-marisol.wifi.agrocus.local')
            """,
            0.7,
        ),
        Pattern(
            "apple_default_spaced",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            (?:(?!(?:The|Then|My|Our|Your|His|Her|Their|And|But|So|Now|Also|On|In|At|From|With|For|To
                   |Is|Was|When|If|Check|See|Reset|Restart|Use|Try|Only|Even|Both)\ )  # (a sentence's first word)
               \p{Lu}[^\W\d_]{1,30}\        # the owner's name, possessive, as macOS and iOS name it
              (?:\p{Lu}\.?\ ?)?(?=\p{Lu}))?  # (the whole name the account has: 'Philippa S. Brown's',
            (?!(?:Apple|Google|Samsung|Amazon|Verizon|Company|Office|Store|Shop|Team|Customer|Client|Guest
                 |Manager|Driver|Staff|Warehouse|Branch|Family|Kid|Kids)['’]s\ )  # (a maker's own: "Google's Pixel
                                           # 8"; a firm's, a role's: "The Company's Tablet")
            \p{Lu}[^\W\d_]{0,30}\.?['’]s\  # 'Sakura T's', 'Íñigo's')
            (?:""" + _APPLE_DEVICE_SPACED + r"""  # a device, before the network sees it: "Chiara's MacBook Pro",
              | Pixel(?:\ \d{1,2}a?)?(?:\ Pro(?:\ XL)?)?  # or an Android phone as its owner names it (and
              | Galaxy\ [A-Z]\d{1,2}(?:\ (?:Ultra|Plus|FE))?  # its hotspot): "Anders's Pixel", "Tom's Galaxy S23"
              | Galaxy\ Tab\ [A-Z]\d{1,2}(?:\ (?:Ultra|Plus|FE|Lite))?  # (and a Samsung tablet, a Xiaomi phone:
              | Redmi(?:\ Note)?(?:\ \d{1,2})?(?:\ Pro)?  # "Arjun's Galaxy Tab S9", "Meenakshi's Redmi Note 12")
              | (?-i:Handheld|Tablet|Laptop|Scanner|Phone|Kiosk))  # or an MDM's alias of a device its holder
                                           # carries ("Tariq's Handheld", Esper's; capitalized: prose's "Tom's
                                           # laptop" is no name)
            (?:\ \(\d{1,2}\))?             # the '(2)' a name clash adds
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "apple_default_spaced_owner_last",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            (?:""" + _APPLE_DEVICE_SPACED + r"""  # the device (or an Android phone:
              |Redmi(?:\ Note)?(?:\ \d{1,2})?|Galaxy\ [A-Z]\d{1,2}|Pixel(?:\ \d{1,2}a?)?)  # 'Redmi Note 12')
            \ (?:de|di|da|do|von|van|uživatele|používateľa|użytkownika|milik|ya|wa|ni)\   # then its owner, as German,
                                           # (Indonesian, Swahili, Tagalog: 'iPhone milik Siti', 'iPhone ya Neema')
            (?!Apple\b)                     # French, Spanish, Italian, Portuguese, Dutch, Czech, Slovak and
            \p{Lu}[^\W\d_]{1,30}(?:-\p{Lu}[^\W\d_]{1,30})?  # Polish setups name it: 'iPhone von Tomasz',
            # 'MacBook Air de Jean-Luc', 'MacBook Pro uživatele Petr' (not '... de Apple')
            (?:\ \(\d{1,2}\))?             # the '(2)' a name clash adds
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "device_owner_in_brackets",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: a device, then its holder's first name in brackets,
            (?:""" + _APPLE_DEVICE_SPACED + r"""  # as an asset list titles what it lends out ('iPhone (Andreas)',
              |Redmi(?:\ Note)?(?:\ \d{1,2})?|Galaxy\ [A-Z]\d{1,2}|Pixel(?:\ \d{1,2}a?)?)  # 'iPad (Camille)'; not
            \ \((?!(?:Apple|Wi-?Fi|Cellular|LTE|5G|WLAN|Retina|Space|Gold|Silver|Black|White|Blue|Red|Green|Pink  # a
                  |Purple|Graphite|Midnight|Starlight|Refurbished|Demo|Leihgerät|Ersatz|Spare|Loaner|Test)\b)  # model's
            \p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{2,20})?  # words, its colour or a spare's: 'iPad (Wi-Fi)',
            \)                              # 'iPhone (Space Gray)', 'iPhone (Leihgerät)')
            """,
            0.7,
        ),
        Pattern(
            "apple_default_genitive",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: the owner's name in the genitive without an
            (?!(?:Apples|Contacts|Settings|Photos|Notes|Maps|Files|Messages|Tips|News|Books|Podcasts|Shortcuts
                 |Reminders|Its|His|Hers|Yours|Ours|Theirs|This|Was|Is|Has|Does|Says|Gets|Uses|Needs|Keeps
                 |Makes|Shows|Lets|Thanks|Plus|Pros|Includes|Supports|Requires|Works|Syncs|Connects|Runs|Fits
                 |Always|Sometimes|Perhaps|Yes|Glass|Airpods|Less|Unless|Across|Towards)\ )  # apostrophe, as
            \p{Lu}[^\W\d_]{1,30}s\        # Danish, Swedish, Norwegian, German and Dutch setups name it:
            """ + _APPLE_DEVICE_SPACED + r"""  # 'Frederiks iPhone', 'Kaspers iPad' (a verb or a word of the
            (?:\ \d{1,2}(?:\ (?:Pro(?:\ Max)?|Plus|mini))?)?  # phone's is no owner), its model's number:
            (?:\ \(\d{1,2}\))?             # 'Ingrids iPhone 14'; the '(2)' a name clash adds
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "apple_default_hungarian",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: the owner's first name, then the device with
            \p{Lu}[^\W\d_]{1,30}\        # Hungarian's possessive ending, as its setup names it:
            (?:MacBook(?:\ Pro|\ Air)?|iMac|iPhone|iPad)-?j[ae]  # 'Péter iPhone-ja', 'Anna iPadje'
            (?:\ \(\d{1,2}\))?
            (?![\w\-])
            """,
            0.7,
        ),
        Pattern(
            "mdm_dashed_owner",
            r"""(?x)
            (?<![^\n\t"',;>])                # a whole value: an MDM's naming template, device and owner's
            (?:""" + _APPLE_DEVICE_SPACED + r"""\ [–—\-]\ (?!Apple\b)\p{Lu}[^\W\d_]{1,30}  # first name joined by a
              |\p{Lu}[^\W\d_]{1,30}\ [–—\-]\ """ + _APPLE_DEVICE_SPACED + r""")  # dash: 'iPhone – Zuzana',
            (?=$|[\n\t"',;<])                 # 'Marek – MacBook Air'
            """,
            0.7,
        ),
        Pattern(
            "shell_prompt",
            r"""(?x)
            (?<=(?<![\w.\-@/])[a-z_][a-z0-9_\-]{0,31}(?:\.[a-z0-9_\-]{1,31})?@)  # a shell prompt pasted with its output:
            [A-Za-z0-9][\w\-]{0,62}       # 'michal@michal-thinkpad:~$ ', 'root@web01:/var/log# ':
            (?=:[~/][^\s]{0,200}[$#](?:\s|$))  # the machine
            """,
            0.8,
        ),
        Pattern(
            "peer_name_after_address",
            r"""(?x)
            (?<=\bfrom\ /?(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?\ \()  # a connection's client by its
            (?=[A-Za-z0-9\-]*[A-Za-z])(?=[A-Za-z0-9\-]*[\-\d])  # address, then its name as the server
            (?!\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*-(?:au|aux|de|du|des|la|le|les|en|sur|sous)-\p{Lu})  # (not a town's
                                           # name, its particle in lower case: a GeoIP's '(Port-au-Prince)')
            [A-Za-z0-9][A-Za-z0-9\-]{1,62}  # resolved it: 'Connection accepted from /172.21.242.178:49564
            (?=\))                          # (RSUDLB-WS-043)', Samba's 'connect from 10.0.0.5 (DESKTOP-7F3K2QJ)'
                                           # (one label: a dotted name is a domain's, left alone; a plain
                                           # word is a program's or a state's: '(unknown)', '(closed)')
            """,
            0.7,
        ),
        Pattern(
            "proftpd_client",
            r"""(?x)
            (?<=\bproftpd\[\d{1,7}\]\ \S{1,253}\ \()  # ProFTPD's session: its client's name as the server
            (?=[\w.\-]*[A-Za-z])              # resolved it, before its address: 'proftpd[21075]
            [A-Za-z0-9][\w.\-]{0,252}          # ftp01.example.fi (lv-46-109-37-173.bite.lv[46.109.37.173]):'
            (?<![.\-])                         # (a client's own machine or its line's name at its ISP;
            (?=\[[0-9A-Fa-f.:]{2,45}\]\))     # no name resolved: its address twice, the IP recognizers')
            """,
            0.7,
        ),
        Pattern(
            "machine_account",
            r"""(?x)
            (?<=(?<![\w/.\-])host/)          # 802.1X machine authentication's user name in RADIUS and ISE
                                           # logs: 'User-Name=host/NHV-LT-0350.corp.example' (not a
                                           # path's '/host/')
            [A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?  # the machine: the name's first label
            (?![\w\-])
            """,
            0.75,
        ),
        Pattern(
            "owner_device",
            r"""(?x)
            (?:(?<![\w.\-/=?&@])          # a whole token, not a URL's slug or parameter,
              | (?<=(?:^|[\s,;])[a-z_]{1,20}=)  # but a log's key=value (sendmail's 'relay=anna-laptop.corp')
              | (?<=\b(?:https?|ftp|smb|rdp|vnc|ssh)://))  # or a URL's host ('http://malia-pc.corp.local:5985/')
            (?!(?:ubuntu|gnome|kde|xfce|lxde|lxqt|mate|cinnamon|budgie|remote|virtual|docker|github|gitlab
              |windows|linux|mac|apple|microsoft|citrix|vmware|parallels|electron|tauri|flutter|qt|gtk
              |wayland|xorg|multi|cross|full|headless|standalone|home|work|office|my|old|new|dev|test
              |gaming|main|spare|media|cloud|build|web|app|the|your|our|raspberry|rpi|pi|proxmox|plex
              |nas|dell|hp|lenovo|asus|acer|msi|samsung|huawei|xiaomi|razer|alienware|framework|system
              |intel|amd|nvidia|ms|win|shared|public|school|family|kids|guest|spotify|steam|chrome|zoom
              |teams|slack|desktop|laptop|pc|ibm|mini|tower|tablet|smart|gamer|super|non|any|all|one|pro
              |ip|voip|sip|cisco|polycom|yealink|desk|conference|cell|mobile|android|iphone|sat|satellite
              |ylmf|support|service|driver|help|helpdesk|admin|it  # (nor a team's or a NAS maker's:
              |synology|qnap|truenas|freenas|unraid|wd|buffalo)s?-)  # 'support-dell', 'synology-nas';
                                           # software, brands and words, not an owner (nor a spam bot's
                                           # HELO, 'ylmf-pc')
            [a-zà-öø-ÿ]{2,20}              # the owner's name in lower case, as people name their
            (?:_[a-z]{2,20})?              # (or their login's: 'yryu54-gram', 'shin_sungmin-gram')
            (?:\d{1,4}(?=-[a-z]))?
            (?:-[a-zà-öø-ÿ]{2,20})?        # (and family name: 'giulia-santoro-mba')
            -(?:desktop|laptop|pc|nuc|thinkpad|xps(?:1[35])?|surface|pi[0-5]?|rpi[0-5]?|workstation|phone  # machines:
              |gram                        # (LG's laptop: 'yryu54-gram')
              |dell|lenovo|asus|acer|hp|latitude|elitebook|probook|ideapad|inspiron|vivobook|zenbook  # (a brand's
              |tab|tablet|ipad|iphone|nas(?!-?\d)  # or a model's: 'ishara-dell', 'kwame-hp'; one's own
                                           # NAS, not a site's numbered one: 'kra-nas01')
              |redmi(?:-note)?|galaxy(?:-[a-z]\d{1,3})?|pixel|oppo(?:-[a-z]\d{1,3})?|realme|oneplus  # a phone's
                                           # brand and model ('pwint-redmi-note-13', 'thandeka-galaxy-s24')
              |(?i:macbook(?:-pro|-air)?|imac|mbp|mba)  # chinedu-desktop, katrin-pi4, matias-pc,
                                           # rafaels-MacBook-Air
              |(?-i:ThinkPad|ThinkCentre|Lenovo|HP|Dell|Latitude|EliteBook|ProBook|IdeaPad|Inspiron|Vostro
                 |OptiPlex|XPS|Yoga|VivoBook|ZenBook|ASUS|Acer|Aspire|Swift|Pavilion|Surface)
                 (?:-[A-Z0-9][A-Za-z0-9]{0,11}){0,4})  # or as Ubuntu's installer names the machine, its
                                           # owner and its maker's product name: 'chico-ThinkPad',
                                           # 'sheshi-Lenovo', 'maria-HP-EliteBook-840-G5'
            (?:-?\d{1,2})?
            (?:\.[a-z0-9\-]{1,63})*       # and its domain, if named with one (anna-laptop.home.example)
            (?![\w\-]|\.\w)
            """,
            0.6,
        ),
        Pattern(
            "asset_name",
            r"""(?x)
            (?<![\w.\-])                   # a whole token
            (?:
              (?:[A-Z]{2,5}-)?(?:LT|DT|WS|WKS|PC|NB|NTB|LAP|DSK|MBP|MBA|VDI|TAB|TB)-[A-Z]{2,12}-\d{2,5}  # SITE-TYPE-SITE-N
                                           # (a town's whole name as the site: 'LT-MAGANJAD-171')
              | [A-Z]{2,5}-(?:LT|DT|WS|WKS|PC|NB|NTB|LAP|DSK|MBP|MBA|VDI|TAB|TB)-[A-Z]{0,3}\d{2,5}  # SITE-TYPE-N:
                                           # LDS-DT-0045, WPS-LT-NH85
              | (?:LT|DT|WS|WKS|NB|NTB|LAP|DSK|MBP|MBA|VDI)-0\d{2,4}                     # TYPE-N, zero-padded
                (?!\d|[\ \t]\p{Lu}\p{Ll})      # (not Lithuania's postcode and its town: 'LT-03154 Vilnius')
              | [A-Z]{2,5}-(?:[A-Z]{2,5}-)?(?:LT|DT|WKS|NB|NTB|LAP|DSK|MBP|MBA)\d{4,5}  # SITE-TYPEN: BFNL-LT7389,
                                           # a firm's and its site's: RV-TRE-NB8281
              | [a-z]{2,5}-(?:lt|dt|ws|wks|pc|nb|ntb|lap|dsk|mbp|mba|vdi|tab)-[a-z]{0,3}\d{2,5}  # in lower case,
                                           # as DNS and DHCP write it: mfi-lt-0409.corp.example.lan
              | [A-Z]{2,3}-(?:LT|DT|WKS|PC|NB|NTB|LAP|DSK|MBP|MBA)-[A-Z]{4,16}  # a country's or a site's letters,
                (?![\w\-])                 # the type, its user's initial and surname: 'SV-LAP-KSANDOVAL',
                                           # 'HN-NB-FCRUZ'
              | (?:NB|NTB|LT|LAP|MBP|MBA|WKS)-(?!(?:TEST|TEMP|DEMO|SPARE|LOAN|LOANER|POOL|SHARED|GUEST|ADMIN|IOT
                  |UNKNOWN|NONE|NULL|FREE|HOST|PORT|BASE|MAIN|DATA)(?![A-Z]))[A-Z]{4,15}
                (?![\w\-])                 # the type and its user's surname alone: 'NB-ZHUK', 'NB-LEBEDEV' (a
                                           # notebook's, as a firm's IT names it; not narrowband IoT's 'NB-IOT')
            )
            (?![\w\-]|\.(?=[A-Za-z])(?![A-Za-z][A-Za-z0-9\-]*\.[A-Za-z]))  # its domain may follow
                                           # (NHV-LT-0173.corp.example.io), not a file's extension (LT-0042.pdf);
                                           # a sentence's dot may ('... subscription on LIR-LT-0836.')
            """,
            0.7,
        ),
        Pattern(
            "private_domain",
            r"""(?x)
            (?<![\w.\-@])(?:(?<=//)|(?<!/))  # a whole token, a URL's host: not an e-mail's domain, a path's part
            (?!metadata\.google\.internal|localhost\.)  # a cloud's service, on every machine; this machine
            [A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?  # a DNS label: the machine
            (?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*?  # and any subdomains
            \.(?:home\.lan|home\.arpa|localdomain)  # under a home network's domain (a company's
                                       # '.lan', '.internal' and '.intranet' name its servers: its
                                       # people's machines have shapes of their own, above)
            (?![\w\-]|\.\w)
            """,
            0.6,
        ),
        Pattern(
            "mdns_local",
            r"""(?x)
            (?<![\w.\-])                   # a whole token: not a subdomain part or a path/file suffix
            (?<!(?i:domain|search|domain-name|dns-search|suffix)[\ =:]["']?)  # (nor a network's own domain: an
                                           # OpenVPN push's 'dhcp-option DOMAIN cdf.local', DHCP's 'search corp.local')
            [A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?  # one DNS label
            \.local                        # the mDNS domain
            (?![\w\-]|\.\w)                # exactly '.local' (not localhost, not .local.json)
            """,
            0.6,
        ),
        Pattern(
            "after_keyword",
            r"""(?x)
            (?<=[:=\s"'])                  # cheap guard first: names follow ':', '=', a space or a quote
            (?<=                           # the keyword, not part of the finding:
              (?i:\b(?:
                host[\ _\-]?name           # hostname, host_name, Host Name
                | computer[\ _\-]?name     # Computer Name (Windows event logs)
                | workstation(?:[\ _\-]?name)?  # Workstation Name
                | pc[\ _\-]?name
                | machine(?:[\ _\-]?name)?
                | (?<!@)host               # host=... (syslog / key=value logs; not MySQL's '# User@Host: NAME[...]')
                | (?:client|peer|user)[_\-]host  # (a client's machine by its name: 'authenticate:client_host=joseph-lenovo')
                | helo(?:[\ _\-]?host)? | ehlo  # a mail client's greeting (Haraka's 'helo="ws-syk-7200"',
                                           # 'helo_host: ws-syk-0736'; a server's is dotted: a domain)
                | nome\ do\ (?:computador|pc) | nombre\ del?\ (?:equipo|ordenador|computador) | nom\ de\ l['’]ordinateur
                | nom\ du\ poste | nom\ du\ pc  # (Portuguese's, Spanish's, French's: 'Nome do computador: PC-AMILCAR')
                | računar | racunar | рачунар | kompjuter | kompjuteri | компјутер | naziv\ uređaja | naziv\ računara
                | emri\ i\ kompjuterit | bilgisayar(?:\ adı)? | υπολογιστής | όνομα\ υπολογιστή  # (the South Slavic
                                           # languages', Macedonian's, Albanian's, Turkish's and Greek's computer and
                                           # device's name: 'Računar: DESKTOP-ILAGYOA', 'Naziv uređaja: elira-samsung')
              ))
              (?:[\ ]?(?:\.[\ ]){2,})?      # ipconfig's dot leaders: 'Host Name . . . . . . : LT-CELIK'
              (?:\s*[:=]\s*["']?            # the ':' or '=' is required ('machine learning' is prose), but
              |\s+(?=(?-i:DESKTOP|LAPTOP|WIN)-[A-Z0-9]))  # before Windows' own prefix ('bilgisayar adı DESKTOP-LNFAAMA')
              | (?i:\b(?:host|computer)[\ _\-]?name)\ ["']  # or a name's quoted value: Cisco WLC's
                                           # 'hostname "Kipchoge-s-iPhone"' (not 'the host "down"')
            )
            [A-Za-z]                       # a name starts with a letter (host=192.0.2.1 is an IP_ADDRESS)
            [A-Za-z0-9\-]{0,62}            # one DNS label
            (?<!-)                         # that does not end in '-'
            (?![\w\-]|\.\w|/|:)             # a whole single label: dotted names are domains, not machines;
                                           # 'N/A' is none, nor the next label of an empty value (F5's
                                           # 'Hostname:  Type: Mozilla')
            (?![\ ]\d{1,2}(?![\d.]))        # nor a part by its number: a NAS's 'Host: Disk 6 (model ...)'
            """,
            0.75,
        ),
        Pattern(
            "device_by_its_name",
            r"""(?x)
            (?<=\b(?:[Mm]y|[Hh]er|[Hh]is|[Oo]ur)[\ ](?:device|phone|tablet|laptop|computer|PC)[\ ]|-bbbID-)  # a device
            (?:[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,5}  # by the name its owner gave it, in a post ('My device
              |[A-Z][a-z]+s?-(?:iPad|iPhone|MacBook|Galaxy|Pixel|PC|Laptop))  # Pixel-7a-claudette keeps freezing') or
            (?![\w\-])                      # as a meeting's participant (BigBlueButton's caller id: 'w_i6ay...-bbbID-
                                           # Galaxy-A54-Oscar', '...-bbbID-Jennies-iPad'); a model alone is no one's
            """,
            0.8,
        ),
        Pattern(
            "fleet_device_owner",
            r"""(?x)
            (?<=\b(?:[Dd]evice|[Hh]andset|[Tt]ablet|seen[\ ]on)[\ ])  # an MDM's fleet's device by its prefix and
            (?!(?:USB|PCI|HID|SCSI|ACPI|SATA|NVME|NVMe|BT|LAN|WAN|VPN|SIM|SD)-)  # its holder's first name ('Device
            [A-Z]{2,5}-\p{Lu}\p{Ll}{2,20}   # TCN-Yuliia imei=...', 'last seen on TCN-Ostap'); not a bus's or a
            (?![\w\-])                    # class's ('Device USB-Storage')
            """,
            0.7,
        ),
        Pattern(
            "message_id_machine",
            r"""(?x)
            (?<=<[\w.\-+$%=]{1,80}@)        # a mail's message id, its host a machine's name without a domain
            (?=[A-Za-z0-9\-]*[A-Z\d\-])     # (msmtp's log of a server's answer, 'smtpmsg='250 2.0.0 OK
            [A-Za-z][A-Za-z0-9\-]{1,62}      # <eff6c3f1.4e27@yolanda-ThinkPad-E14>'; a mail client names its id
            (?=>)                           # so where no domain is set), a capital, a digit or a dash in it
            """,
            0.7,
        ),
        Pattern(
            "teamviewer_participant",
            r"""(?x)
            (?<=::AddParticipant:[\ ]\[-?\d{1,10},-?\d{1,10}\][\ ]type=\d{1,2}[\ ]name=)  # TeamViewer's own log: a
            [^\s\]\\/]{1,63}               # session's participant's machine by its name ('AddParticipant:
            (?![^\s\]])                     # [1600479238,-1874932620] type=6 name=Recepcion-Moesai')
            """,
            0.85,
        ),
        Pattern(
            "backup_client",
            r"""(?x)
            (?<=(?:^|\n)\d{1,2}-[A-Z][a-z]{2}[\ ]\d\d:\d\d[\ ]  # a Bacula or Bareos client, its file daemon named
              |\bClient[\ ]"|\bClient:[\ ]+"?|\bfor[\ ]client[\ ])  # for its machine ('-fd'): the sender of a job's
            [A-Za-z][A-Za-z0-9\-]{0,62}?   # message ('10-Mar 21:00 aya-thinkpad-fd JobId 4301:'), 'Connected to
            (?=-fd(?![\w\-]))              # Client "aya-thinkpad-fd"', a job report's 'Client: "aya-thinkpad-fd"'
            |(?<=\bJob=|\bJob:[\ ]+)        # a job named for the machine it backs up, then its start's time
            (?=[a-z0-9]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+  # ('Job=aya-thinkpad.2024-03-10_21.00.00_03'; a job
            (?=\.\d{4}-\d\d-\d\d_\d\d\.\d\d\.\d\d_\d\d)  # of the default configuration's, 'BackupClient1', has no '-')
            """,
            0.8,
        ),
        Pattern(
            "after_keyword_spaced",
            r"""(?x)
            (?<=\s)                        # cheap guard first: after a blank
            (?<=                           # the keyword without ':' or '=', as prose writes it:
              (?i:\b(?:
                host[\ _\-]?name | computer[\ _\-]?name | pc[\ _\-]?name
                | workstation(?:[\ _\-]?name)? | machine[\ _\-]?name | device[\ _\-]?name
                | server[\ _\-]?name
                | (?:laptop|desktop|notebook)(?=\s+(?:is|was)\s)  # 'laptop is LT-CELIK' ('a desktop i7-8700' no)
              ))
              \s+(?i:(?:is|was)\s+)?       # 'hostname SARAH-LT-07', 'computer name is ...'
            )
            (?:
              (?=[A-Za-z_\-]*\d)            # a digit in the name: 'hostname resolution' is prose
              [A-Za-z]                     # a single DNS label that starts with a letter
              [A-Za-z0-9\-]{0,62}(?:_[A-Za-z0-9\-]{1,30}){0,3}  # (a DHCP client's name keeps its '_': 'hostname
                                           # HUAWEI_P30_lite-409a', Omada's and dnsmasq's logs)
            | [A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+  # or capitals joined by '-', as Windows names PCs: MINGS-PC
            | (?!(?:re|co|non|pre|self|case|look|auto|multi|sub|well)-)  # or a lower-case name joined by
              [a-z][a-z0-9]{1,30}(?:-[a-z0-9]{2,30})+  # '-', as people name their boxes: halvorsen-nas
              (?![\[(:])                    # (not a syslog line's program: 'hostname ovpn-server[901]:')
            )
            (?<!-)
            (?![\w\-]|\.\w|=)              # a whole single label, and no key: CEF's 'cs3Label=Device Name
                                           # cs3=Windows 11' names its value's key after the label
            """,
            0.6,
        ),
        Pattern(
            "after_machine_word",
            r"""(?x)
            (?<=[\s(])                     # cheap guard first: after a blank or '('
            (?<=                           # a word for a machine, not part of the finding:
              (?i:\b(?:computer|laptop|desktop|pc|host|vm|machine|workstation))
              \s+(?i:(?:named|called|is)\s+)?\(?  # 'from my machine (KPETROV-WS01, ...'
            )
            (?<!\bWDC\s+PC\s+)               # (Western Digital's SSDs: 'WDC PC SN740 SDDPNQD-512G', a model)
            (?:
              (?=[A-Za-z0-9\-]*\d)         # a digit somewhere,
              [A-Za-z]{2,}[A-Za-z0-9]*     # a name part of two letters or more (not 'i7'),
              (?:-[A-Za-z0-9]+)+           # then hyphenated parts: SRV-FS01, web-01, LAB-PC-07
            | [A-Z]{2,}\d{2,}[A-Z0-9]*      # or capitals then digits: DC01, WS042
            )
            (?![\w\-]|\.\w)                # a whole single label
            """,
            0.6,
        ),
        Pattern(
            "unc_path",
            r"""(?x)
            (?<=(?:^|[\s"'(=])\\\\)            # a Windows share's path: \\FS-FINANCE01\share
            (?![\d.]+\\)                    # (\\192.0.2.5\share: the address's)
            [A-Za-z0-9][A-Za-z0-9\-]{0,14}    # a NetBIOS name: 15 characters at most
            (?=\\[^\s\\])                   # and a share after it
            """,
            0.8,
        ),
        Pattern(
            "samba_workstation",
            r"""(?x)
            (?<=\bworkstation\ \[)          # Samba's authentication audit: 'workstation [PRIYAS-MACBOOK-]',
            (?!\])                           # the client's NetBIOS name (15 characters at most, so cut)
            [A-Za-z0-9][A-Za-z0-9\-]{0,14}
            (?=\])
            """,
            0.75,
        ),
        Pattern(
            "ssh_key_comment",
            r"""(?x)
            (?<=(?:(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3})[ ]AAAA[0-9A-Za-z+/]{40,}={0,3}[ ]
                 |\b(?:SSH|ssh)[ ]key\b[^"\n]{0,80}\blabel[ ]")
               [a-z_][\w.\-]{0,31}@)         # a public key's comment, 'user@host', as ssh-keygen writes it
            [A-Za-z0-9][\w\-]{0,62}          # (authorized_keys; a Git server's label of the key): the
            (?:\.[A-Za-z0-9][\w\-]{0,62})*   # machine the key was made on, its user's
            (?=["'\s,;]|$)
            """,
            0.7,
        ),
        Pattern(
            "cisco_phone",
            r"""(?x)
            (?<![\w\-])                     # a Cisco IP phone's device name, 'SEP' and its MAC, as Unified
            (?:SEP|ATA)[0-9A-F]{12}         # CM names it in its CDRs and logs ('SEP00EBD5A1B2C3'; an analog
            (?![\w\-])                      # adapter's 'ATA'): a desk's phone, its person's
            """,
            0.8,
        ),
        Pattern(
            "dhcp_client_name",
            r"""(?x)
            (?<=\b(?:from|to)\ [0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}\ \()  # ISC dhcpd's client by its MAC,
            (?!unknown\))                   # then the name it asked for ('DHCPACK on 10.41.8.34 to
            [A-Za-z0-9][A-Za-z0-9\-_]{0,62}  # 8c:85:90:9d:e9:23 (KLB-LAB-36) via eth1'): a phone's, a
            (?=\)\ via\ )                   # printer's, a workstation's own name
            """,
            0.75,
        ),
        Pattern(
            "dnsmasq_client_name",
            r"""(?x)
            (?<=\bDHCP(?:ACK|REQUEST|OFFER|INFORM)\([\w.\-]{1,32}\)\ (?:[\d.]{7,15}\ )?  # dnsmasq's the same:
                [0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}\ )  # 'DHCPACK(br-lan) 192.168.1.164 a4:c3:..:1d NAME',
            [A-Za-z0-9][A-Za-z0-9\-_]{0,62}  # the name the client sent, at the line's end (OpenWrt's
            (?=\r?$)                        # logread, Pi-hole's)
            """,
            0.75,
        ),
        Pattern(
            "smtp_client_name",
            r"""(?x)
            (?<=\b(?:EHLO|HELO|ehlo|helo)\ )  # the name a mail client greets a server with: a PC's own
            (?!(?i:localhost|user|client|unknown|ylmf-pc)(?![\w\-]))  # name, no dot in it (Outlook's
            [A-Za-z0-9][A-Za-z0-9\-_]{1,62}  # 'EHLO LALE-HP', 'EHLO DESKTOP-5RK8Q1C'); a server's is its
            (?=\r?$)                        # FQDN ('EHLO mail-ed1-f52.google.com'), a bot's a word
            """,
            0.7,
        ),
        Pattern(
            "dhcp_ddns_name",
            r"""(?x)
            (?<=\bAdded\ new\ forward\ map\ from\ |\bAdded\ reverse\ map\ from\ [\d.]{7,15}\.in-addr\.arpa\.?\ to\ )
            [A-Za-z0-9][A-Za-z0-9\-_]{0,62}   # the name dhcpd registered for its client in DNS (its DDNS
            (?:\.[A-Za-z0-9][A-Za-z0-9\-]{0,62}){0,10}  # updates): the client's, under the network's domain
            (?<![.\-])
            (?![\w\-]|\.\w)
            """,
            0.7,
        ),
        Pattern(
            "netbios_name_in_capture",
            r"""(?x)
            (?<=\b(?:Registration|Refresh|Release|Name\ query|Name\ query\ response|Multi-homed\ registration)
                \ NB\ )                      # a machine's NetBIOS name as a capture's summary shows NBNS
            (?!(?:WORKGROUP|MSHOME|HOME|__MSBROWSE__)<)  # ('Registration NB NB-GATTI<20>', 'Name query NB
            [A-Za-z0-9][A-Za-z0-9\-_!.]{0,14}  # NB-PIRIZ<00>'): at most 15 characters, then a machine's service's
            (?=<(?:00|03|20)>)              # suffix (a group's, a domain's or a browser's, '<1d>', '<1c>', none)
            """,
            0.7,
        ),
        Pattern(
            "mdns_service_instance",
            r"""(?x)
            (?<![\w.\-])                   # a device's name as it announces its services over mDNS
            (?=[A-Za-z0-9\-]*[A-Z\-])      # ('PTR Germans-iPhone._homekit._tcp.local', Bonjour's): the
            [A-Za-z0-9][A-Za-z0-9\-]{1,62}  # instance before its service's and protocol's labels (a capital
            (?=\._[a-z0-9][a-z0-9\-]{0,20}\._(?:tcp|udp)\.local\b)  # or a dash in it: a device's, not 'printer')
            """,
            0.7,
        ),
        Pattern(
            "remote_host",
            r"""(?x)
            (?<=[=\s])                     # cheap guard first: after '=' or a space
            (?<=                           # the remote peer of an auth log line, not part of the finding:
              (?i:\brhost=                 # PAM: rhost=client.example.net
              | \b(?:user\s+\S+|authentication\s+(?:failure|error)\s+for\s+\S+)\s+from\s+)  # sshd / PAM
            )
            (?![\d.]+(?![\w\-]))            # an address is an IP_ADDRESS, not a name
            (?![0-9a-f]{4}[.\-][0-9a-f]{4}[.\-][0-9a-f]{4}(?![\w\-]))  # nor is a MAC, Huawei's, H3C's or Cisco's
                                           # ('User zhoujie@hy.local from 3c06-a7d5-83b9 was authenticated')
            (?=[A-Za-z]*[\d.\-])            # a digit, dot or dash in it: 'user X from the ...' is prose
            [A-Za-z0-9]                    # a DNS name: labels of letters, digits and '-',
            [A-Za-z0-9\-]{0,62}
            (?:\.[A-Za-z0-9][A-Za-z0-9\-]{0,62}){0,10}  # dotted (the client's reverse DNS) or not
            (?<![.\-])
            (?![\w\-]|\.\w)                # the whole name
            """,
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="HOSTNAME",
            name="HostnameRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # case-sensitive; keywords use (?i:...)
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        name = pattern_text.lower()
        if name.endswith(".local"):
            stem = name[: -len(".local")]
            if stem in _FILE_STEMS:
                return True
        versioned = _VERSIONED_SYSTEM.fullmatch(pattern_text)
        if versioned and versioned["stem"].lower() in _SYSTEMS:
            return True
        apple = _APPLE_OWNER.match(pattern_text)
        if apple and apple["owner"].lower() in _NOT_AN_OWNER:
            return True
        if _NUMBERED.fullmatch(name) and name.split("-", 1)[0] in _NUMBERED_NOT_MACHINES:
            return True  # 'test-case-01', 'release-notes-02'
        return name in _NOT_A_MACHINE
