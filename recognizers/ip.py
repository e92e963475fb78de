"""IP_ADDRESS: IPv4 dotted quads and IPv6 in its usual textual forms.

The regexes find candidates; :mod:`ipaddress` decides. Both recognizers use
``invalidate_result`` (drop what does not parse) rather than ``validate_result``
(which would force every parsed address to score 1.0): a dotted quad that parses
is still only as strong as its shape, so it keeps the pattern score.

Findings cover the address itself: ``[2001:db8::1]:443`` yields ``2001:db8::1``.
An IPv6 zone id (``fe80::1%eth0``) is part of the scoped address's text (RFC 4007)
and stays in the finding.
"""

from __future__ import annotations

import ipaddress

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_CONTEXT = [
    "ip",
    "ipv4",
    "ipv6",
    "address",
    "addr",
    "client",
    "remote",
    "host",
    "src",
    "dst",
    "from",
]


class IPv4Recognizer(PatternRecognizer):
    """Dotted quads that are not version numbers, OIDs or parts of longer dotted runs."""

    PATTERNS = [
        Pattern(
            "ipv4",
            r"""(?x)
            (?=\d)                     # cheap guard: only try the lookbehinds where a digit starts
            (?<![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])(?<!(?<!\.\.)\.)  # not the tail of a word, number or longer dotted run (OIDs:
                                       # 1.3.6.1.4.1), but after an ellipsis (strongSwan's 'a[a]...b[b]'),
                                       # and after Chinese or Japanese, glued to it ('從111.250.3.4登入')
            (?:(?<!(?<!\b(?:tcp|udp|tls|sctp|ipv4|ip|src|dst|(?-i:[A-Z]+_[A-Z_]+|DIRECT)))(?<=\w)/)
                                       # not a product version: Chrome/118.0.1.2, Agent/2.0.0.1
                                       # ('//' of a URL is fine), but a protocol before the '/' names
                                       # an address: IPV4/UDP/203.0.113.58, and so does Squid's
                                       # hierarchy code: HIER_DIRECT/23.45.166.92 (DIRECT/ in Squid 2),
              |(?=\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}(?!\d)))  # and so does a port after it: OpenVPN's
                                       # 'anna.becker/46.114.38.77:33817'
            (?:(?<!\w-)                # not a suffixed version: app-1.2.3.4, but an address pair's second
              |(?<=\d\.\d{1,3}:\d{1,5}-)(?=\d{1,3}(?:\.\d{1,3}){3}:\d))  # after the first's port, both with a
                                       # port, as Syncthing logs a connection ('192.168.10.5:22000-115.84.56.160:54102')
            (?<!\b(?i:oid):)            # not an OID's URN: 'urn:oid:2.5.4.20' (SAML's attribute names)
            (?<!\b(?i:user[-_]agent|(?<![\w\-])ua)[=:\ \t]{1,3}"[^"\n]{1,80})  # nor a version in a quoted user
                                       # agent (a SIP phone's: 'user-agent "Yealink SIP-T46S 66.86.0.15"',
                                       # Kamailio's 'ua="Grandstream GXP1625 1.0.7.25"')
            (?<!:[0-9a-f]{0,4}:)       # not the IPv4 tail of an IPv6 address (::ffff:192.0.2.1); that is the IPv6 finding
            (?<!\b(?:                  # not a version after its label: 'Version 1.2.3.4', 'v1.2.3.4',
                [\w\-]*version           #   'appVersion=1.2.3.4', 'os_version: 1.2.3.4'
              | versión | versão | versione | versie | wersja | verzió | sürüm  # (and other languages': 'la
                                       # versión 2.24.10.84 de WhatsApp')
              | (?:[\w\-]*[_\-])?(?:ver|vsn|rev|revision|build|firmware|fw)  # 'fw_rev=', 'build '
              | v | app | os | sdk | lib | pkg | package | plugin  # 'app=2.0.0.1' (but not 'server=')
              | driver | drv | bios | kernel  # 'Intel AX211, driver 23.30.0.6'
              | (?:atjaunin|tarkvarauuendus|uuendus|atnaujinim|versij|versioon|прошивк|верси)\w*  # an
              | ל?גרסה | ל?גרסת | ה?עדכון | ال?إصدار | ال?اصدار
                                       # update's, a firmware's and a version's words in Latvian, Estonian,
                                       # Lithuanian, Russian, Hebrew and Arabic ('pēc atjauninājuma 3.0.0.6',
                                       # 'Прошивка 1.0.9.104', 'לגרסה 1.0.9.104', 'الإصدار 1.0.9.104')
              | chrome | chromium | safari | edge | firefox | opera | brave | vivaldi  # a browser's
                                       # version as a chat widget shows it: 'Browser: Safari 123.0.0.0'
              | veeam | acronis | synology | dsm | qts | esxi | vcenter | vmware | eset | sophos
              | kaspersky | bitdefender | avast | fortios | routeros | pfsense | opnsense | openwrt | zabbix
                                       # (a backup's, a NAS's, a hypervisor's, an antivirus' and a router's
                                       # software and its version: 'retentie 30 dagen, Veeam 12.1.2.172')
              | emui | miui | hyperos | harmonyos | coloros | oxygenos | funtouch | magicos  # (a phone maker's system:
                                       # 'Running EMUI 12.0.0.138')
              | guhertoya | وەشانی  # (Kurmanji's and Sorani's version: 'guhertoya EMUI 12.0.0.138')
              | libreoffice | openoffice | thunderbird | java | jre  # (an office suite's, a mail client's and a
                                       # runtime's: 'S/N ALCL58F9E8E0, LibreOffice 7.6.5.2')
              | windows | macos | ipados | ios | android | anyconnect | globalprotect | forticlient  # a VPN
              | darwin(?:_\w+)? | linux_\w+  # client's and its system's ('AnyConnect Windows 5.1.8.122',
                                       # 'AnyConnect Darwin_i386 5.1.8.122')
              | (?<![\w\-])(?-i:(?!Mac|Mc)[A-Z][a-z]+[A-Z][a-z][A-Za-z]*)(?=\ \d\.(?:\d{1,3}\.)*0\b)
                                       # a product's name in camel case, one space, then a version with a
                                       # single-digit major and a zero ('SecuExtender 4.0.5.0', 'WebSphere
                                       # 9.0.5.20'; not a device's address: 'GivEnergy-WiFi 192.168.1.150')
            )\.?[\s:=\#"']*)
            (?<!\b(?i:(?:[\w\-]*[_\-])?release)\.?[\s:=\#"']*(?!(?:192\.168|10|172\.(?:1[6-9]|2\d|3[01]))\.))  # a release's
                                       # version ('Release 3.14.0.7'), but not a private network's address, which
                                       # a DHCP server releases ('[DHCPD] LAN1 Release 192.168.100.36:'; a version
                                       # '10.x' after 'release' is read as one too)
            (?<!\b(?:updat|upgrad|downgrad|install|roll|revert|patch|migrat|bump|pinn)\w*(?:\s+back)?\s+(?:to|from)\s+)  # 'updating to 3.14.0.7'
            (?<!\b(?i:firmware|fw)[\ \t]+[A-Za-z][\w.\-]{1,30}[\ ](?:[A-Za-z][\w.\-]{1,30}[\ ])?)  # a firmware's
                                       # maker and product before it ('Firmware Bosch Nyon 2.5.0.12 eingespielt')
            (?<!\b(?i:version|verzija|verzia|versija|версија|верзија|versioni|sürüm|έκδοση|versión|versão|versione)
                [\ \t]*:[\ \t]*[A-Za-z][\w.\-]{1,30}[\ ](?:[A-Za-z][\w.\-]{1,30}[\ ])?)  # a version's label, its
                                       # product, then the version ('Verzija: FreePBX 16.0.40.7', 'Version: Yealink T46U
                                       # 108.86.0.45')
            (?<!\b(?!(?:session|connection|conn|client|worker|thread|peer|channel|slot|job|task)\s)[a-z]{2,}\s\d{1,2}\s)
                                       # 'PhotoDesk 11 3.14.0.7': a product name, a small number,
                                       # then a version (a count or an elapsed time before an
                                       # address, as in squid's '1419876512.317 7 203.0.113.146', is fine,
                                       # and so is a session's or a connection's number: FileZilla
                                       # Server's '[FTP Session 21 36.237.10.135]')
            (?!255\.)                  # not a netmask (255.255.255.0): 255/8 holds no host
            \d{1,3}(?:\.\d{1,3}){3}    # four groups of 1-3 digits; ipaddress checks 0-255 and leading zeros
            (?!\.in-addr\.arpa)         # a reverse DNS name's octets, reversed: another address
            (?!(?<=\.0)[\ \t/]255\.\d{1,3}\.\d{1,3}\.\d{1,3})  # a network before its mask, no host:
                                       # OpenVPN's pushed 'route 10.50.0.0 255.255.0.0'
            (?!(?<=\.0)/(?:[0-9]|1[0-9]|2[0-4])(?!\d))  # or a network by its prefix: a VPN's traffic
                                       # selector 'TS 0.0.0.0/0', a route's '10.77.0.0/16'
            (?!\s+(?:release|build|beta|alpha|rc\d*|patch|hotfix|update|version)\b)  # a version label after
                                       # it: 'the 3.14.15.92 release', '4.2.0.1 beta'
            (?!(?:\ \([^()\n]{1,12}\))?\ is\ (?:available|out|released)\b)  # an update's notice: 'DSM 4.2.0.1 (C4)
                                       # is available'
            (?!\ (?:cs|cn|flex(?:String|Number))\d{1,2}Label=\w*(?i:version|ver|build)\b)  # a CEF custom field's value
                                       # its label says is a version ('cs3=12.6.0.0 cs3Label=ProductVersion')
            (?:
              (?![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|\.\d)  # not followed by a letter/digit (but a CJK one) or a fifth group ...
            | (?=\.[1-9]\d{1,4}         # ... unless the fifth group is a port in the BSD / tcpdump
                \s+(?:>\s+)?            # notation of an endpoint pair, 'addr.port addr.port' or
                \d{1,3}(?:\.\d{1,3}){3}\.[1-9]\d{1,4}(?!\w|\.\d))  # 'addr.port > addr.port'
                                       # (tcpdump, pf, netstat, dante): this is the pair's first endpoint ...
            | (?<=(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}\.[1-9]\d{1,4}\s+(?:>\s+)?\d{1,3}(?:\.\d{1,3}){3})
              (?=\.[1-9]\d{1,4}(?!\w|\.\d))  # ... or its second; a lone 1.2.3.4.5060 stays a version/OID
            )
            """,
            0.85,
        ),
        Pattern(
            "ipv4_reverse_dns",
            r"""(?x)
            (?<![\w.\-])                 # a reverse DNS name's octets, the address reversed: a mail server's
            \d{1,3}(?:\.\d{1,3}){3}       # 'Performing PTR lookup (81.211.85.209.IN-ADDR.ARPA)' holds its
            (?=\.in-addr\.arpa\b)          # client's address as surely as written forward
            """,
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="IP_ADDRESS",
            name="IPv4Recognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # ipaddress.IPv4Address's rule (four decimal octets 0-255, no leading zeros)
        # without its parser: this runs once per distinct client of a log.
        if _IPV4_STRICT.fullmatch(pattern_text) is None and _IPV4_PADDED.fullmatch(pattern_text) is None:
            return True
        # a multicast group's (224-239: mDNS' 224.0.0.251, SSDP's 239.255.255.250, as a capture's
        # 'Destination' shows them) or the limited broadcast: a protocol's address, no host's
        return 224 <= int(pattern_text.partition(".")[0]) <= 239 or pattern_text == "255.255.255.255"


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"  # ASCII digits only: no Unicode \d
_IPV4_STRICT = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
# Octets written with leading zeros, read as decimal (as fail2ban, Windows' and some
# appliances' logs mean them: '010.001.020.003', '192.030.0.6'): every octet in three
# digits, or a first octet of three digits without a zero before it. A version with a
# padded part ('2.01.00.01', '12.03.04.05') starts with a shorter number.
_PADDED_OCTET = r"(?:25[0-5]|2[0-4][0-9]|[01][0-9][0-9])"
_IPV4_PADDED = re.compile(rf"{_PADDED_OCTET}(?:\.{_PADDED_OCTET}){{3}}"
                          rf"|(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9])(?:\.(?:{_PADDED_OCTET}|0?[0-9]{{1,2}})){{3}}")


_MAC_LIKE = re.compile(r"(?i)[0-9a-f]{2}(?::[0-9a-f]{2}){5,7}")


class IPv6Recognizer(PatternRecognizer):
    """IPv6: full, compressed (``::``), IPv4-mapped, with zone id, inside brackets."""

    PATTERNS = [
        Pattern(
            "ipv6",
            r"""(?x)
            (?<![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[.%])  # not inside a longer token: C++ std::string, 10:05:03, a MAC's
                                       # middle (CJK glued to it is no token: 'IPv6位址2001:b011::5登入')
            (?<!(?<!ipv6|\b[a-z_][a-z_0-9]{2,29}):)  # nor after a colon, but for a label: [IPv6:2001:db8::5c2] (sendmail),
                                       # Huawei's 'IPV6ADDRESS:2803:2d60:1ac:e700::1;'
            (?!(?:[0-9a-f]*:){8}       # at most seven colons (the run is all one address), but for
              (?!(?:[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])(?!\w|[.:]\w)  # a port's (below)
                |(?<=(?<![\w:])(?:[0-9a-f]{1,4}:){8})\d{1,5}(?!\w|[.:]\w)  # (after eight groups, any port)
                |(?<=(?<![\w:])(?:[0-9a-f]{1,4}:){8})(?=[a-z_]{0,30}[g-z_])[a-z_]{2,32}(?=[:=\s]|$)  # (or a word: DSpace's
                                       # 'ip_addr=2406:8800:...:5477:view_item:handle=...', an action after it)
                |(?<=[0-9a-f]:)[\ \t]))  # (or a sentence's colon after it: 'from 2001:b07:...:6baa: Invalid')
            (?:
              (?:[0-9a-f]{1,4}:){6}    # uncompressed: six groups ...
              (?:[0-9a-f]{1,4}:[0-9a-f]{1,4}  # ... and two more (eight in all)
              | \d{1,3}(?:\.\d{1,3}){3})  # ... or an embedded IPv4 (1:2:3:4:5:6:192.0.2.1)
            | (?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?  # compressed: groups before the '::' ...
              ::                       # ... the '::' run ('::1', 'fe80::1') ...
              (?:(?:[0-9a-f]{1,4}:){0,5}\d{1,3}(?:\.\d{1,3}){3}  # ... then groups and an embedded
                                       # IPv4 (::ffff:192.0.2.1) ...
              | [0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}  # ... or just groups after it
              )?
            )                          # (so 10:05:03, a time, is no candidate: neither '::' nor 8 groups)
            (?:%[a-z0-9_.\-]{1,32})?   # optional zone id (fe80::1%eth0)
            (?![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|\.\d)  # the whole run: not cut before more hex or a dotted tail,
            (?!:(?<!\.\d{1,3}:)        # nor before a colon, unless an embedded IPv4 ends the address
                                       # and a port follows (::ffff:203.0.113.92:51873), or unless
              (?!(?:[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])  # a port of 5 digits
                (?!\w|[.:]\w)          # ends the token: 5 digits cannot be a hex group, so in
                                       # 'client 2001:db8::7c1e:49152' (haproxy) ':49152' is the port
                |(?<=(?<![\w:])(?:[0-9a-f]{1,4}:){8})\d{1,5}(?!\w|[.:]\w)  # or any port after all
                |(?<=(?<![\w:])(?:[0-9a-f]{1,4}:){8})(?=[a-z_]{0,30}[g-z_])[a-z_]{2,32}(?=[:=\s]|$)  # or a word
                |[\ \t]))                # (or a sentence's colon, a blank after it)
                                       # eight groups, which a ninth cannot be (haproxy's
                                       # '2607:fb90:3413:81b0:7fd6:22e6:7ccf:ab93:3372'); a shorter port
                                       # after a compressed address (2001:db8::1:22) is ambiguous: no match
            """,
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="IP_ADDRESS",
            name="IPv6Recognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        address = pattern_text.partition("%")[0]
        # '::' alone, 'dead::beef', 'a::b' (C++ scopes): no address in real data lacks a digit
        if not any(c.isdigit() for c in address):
            return True
        if "::" not in address and _MAC_LIKE.fullmatch(address):
            return True  # 00:1a:2b:3c:4d:5e(:6f:70): a MAC / EUI-64, not an address
        try:
            ip = ipaddress.IPv6Address(pattern_text)
        except ValueError:
            return True  # 10:05:03, 12:30:45, ':::' and other colon runs that are not addresses
        return ip.is_multicast  # (a multicast group's, 'ff02::fb': no host's, as IPv4's above)
