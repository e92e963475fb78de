"""IP_ADDRESS: IPv4 and IPv6."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

E = "IP_ADDRESS"

POSITIVE = [
    ("ifconfig 10.8.0.6 255.255.255.0", ["10.8.0.6"]),  # an interface's address before its mask is a host's
    ("MacBook 10.0.0.5 joined the network", ["10.0.0.5"]),  # a device's name, no product's version
    ("GivEnergy-WiFi   192.168.1.150  98:d8:63:d7:32:4f", ["192.168.1.150"]), ("CloudFlare 1.1.1.1 resolves", ["1.1.1.1"]),
    # a subnet's broadcast address: reported, so a pseudonymized host's network does not show through it
    ("inet 10.57.145.245 netmask 0xffffff00 broadcast 10.57.145.255", ["10.57.145.245", "10.57.145.255"]),
    ("PUSH_REPLY,ifconfig 10.8.0.8 255.255.255.0,peer-id 0", ["10.8.0.8"]),  # not the netmask
    ("openvpn[811]: anna.becker/46.114.38.77:33817 MULTI_sva: pool", ["46.114.38.77"]),  # user/address:port
    # (Syncthing's connection: its own address and port, a dash, the peer's address and port)
    ("connection to NHOWDFG at 192.168.10.5:22000-115.84.56.160:54102/tcp-server", ["115.84.56.160", "192.168.10.5"]),
    ("client 192.0.2.1 connected", ["192.0.2.1"]),
    ("<< [FTP Session 21 36.237.10.135] USER x", ["36.237.10.135"]),  # a session's number before it (FileZilla)
    ("Connection 7 1.172.82.132 closed", ["1.172.82.132"]),
    ("http://198.51.100.7:8080/index.html", ["198.51.100.7"]),
    ("src=203.0.113.255, dst=192.0.2.10.", ["192.0.2.10", "203.0.113.255"]),
    ("ip:192.0.2.44", ["192.0.2.44"]),
    ("server=192.0.2.8 client=192.0.2.9", ["192.0.2.8", "192.0.2.9"]),
    ("Oct  5 10:05:03 192.0.2.10 kernel: up", ["192.0.2.10"]),
    ('"GET / HTTP/1.1" 200 5123 198.51.100.20', ["198.51.100.20"]),
    ("connection from 203.0.113.5 port 22", ["203.0.113.5"]),
    (
        "from 2001:db8:85a3:0000:0000:8a2e:0370:7334 port 22",
        ["2001:db8:85a3:0000:0000:8a2e:0370:7334"],
    ),
    ("listen on ::1", ["::1"]),
    ("peer fe80::1%eth0 up", ["fe80::1%eth0"]),
    ("GET http://[2001:DB8::1]:443/ HTTP/1.1", ["2001:DB8::1"]),
    ("mapped ::ffff:192.0.2.1 seen", ["::ffff:192.0.2.1"]),
    ("unspecified 0:0:0:0:0:0:0:0", ["0:0:0:0:0:0:0:0"]),
    ("prefix 2001:db8:: routed", ["2001:db8::"]),
    # BSD / tcpdump endpoint pairs, 'addr.port addr.port' and 'addr.port > addr.port'
    ("tcp/accept ]: 198.51.100.41.7613 198.51.100.226.50917: error", ["198.51.100.226", "198.51.100.41"]),  # dante
    ("IP 192.0.2.1.22 > 198.51.100.2.51234: Flags [P.]", ["192.0.2.1", "198.51.100.2"]),  # tcpdump
    ("tcp4  0  0  192.0.2.1.22     198.51.100.3.51234  ESTABLISHED", ["192.0.2.1", "198.51.100.3"]),
    # IPv6 and a bare port of five digits (no hex group has five)
    ("haproxy[2318]: 2001:db8::7c1e:49152 [03/Mar/2021:08:17:42.905]", ["2001:db8::7c1e"]),
    ("haproxy[31007]: 2607:fb90:3413:81b0:7fd6:22e6:7ccf:ab93:3372 [12/Feb/2024:07:59:20.663]",
     ["2607:fb90:3413:81b0:7fd6:22e6:7ccf:ab93"]),  # after all eight groups, any port
    ("peer 2001:db8:0:0:0:0:0:1:47219 up", ["2001:db8:0:0:0:0:0:1"]),
    ("peer 2001:db8::1:47219: closed", ["2001:db8::1"]),
    ("from 10.1.2.3 released the lease", ["10.1.2.3"]),  # 'released' is no label
    ("TS 0.0.0.0/0 === 10.77.2.151/32", ["10.77.2.151"]), ("addr 10.0.0.1/8 up", ["10.0.0.1"]),  # a host's prefix
]

NEGATIVE = [
    # a multicast group's and the limited broadcast, as a capture's 'Destination' shows them: no host's
    "224.0.0.252", "239.255.255.250", "to ff02::fb", "ff02::1:2", "255.255.255.255",
    "app-1.2.3.4 and v2-10.0.0.1:80",  # (a suffixed version, with a port after it too: no pair)
    "'PUSH_REPLY,route 10.50.0.0 255.255.0.0,route 172.20.16.0 255.255.240.0'",  # networks before their masks
    "route 10.77.0.0/16 via vpn0", "net 198.51.100.0/24",  # networks by their prefixes: no one's address
    "client DESKTOP-O2Z4G2S, SecuExtender 4.0.5.0)", "WebSphere 9.0.5.20 [BASE 9.0.5.20]"[:16],  # a product's version
    "netmask 255.255.0.0 broadcast 255.255.255.255",
    "Mozilla/5.0 Chrome/118.0.5993.88 Safari/537.36",
    "Agent/2.0.0.1",
    "Browser: Safari 123.0.0.0 / macOS 14.3", "Browser: Edge 124.0.0.0",  # a chat widget's browser line
    "retentie 30 dagen, Veeam 12.1.2.172.", "ESXi 8.0.2.22380",  # (a backup's, a hypervisor's version: round 60)
    'Session Attribute endpoint.anyconnect.useragent = "AnyConnect Windows 5.1.8.122"',  # a VPN client's version
    "Session Attribute endpoint.anyconnect.useragent = \"AnyConnect Darwin_i386 5.1.8.122\"",
    "Version 1.2.3.4",
    "v1.2.3.4 released",
    "the 3.14.15.92 release fixed it",  # a version label after the number
    "4.2.0.1 beta is out",
    "snmp oid 1.3.6.1.4.1 walk",
    '<saml:Attribute Name="urn:oid:2.5.4.20" FriendlyName="telephoneNumber">',  # an OID's URN
    'Registered user 1026@pbx.example.fm expires 3600 user-agent "Yealink SIP-T46S 66.86.0.15"',  # a phone's firmware
    'REGISTER from sip:7264@sip.example.ph ua="Grandstream GXP1625 1.0.7.25"',  # (Kamailio's 'ua=')
    "1.2.3.4.5",
    "999.1.1.1",
    "at 10:05:03 ok",
    "12:30:45.123",
    "mac 00:1A:2B:3C:4D:5E",
    "eui64 00:1a:2b:3c:4d:5e:6f:70",
    "std::string s; a::b",
    "operator :: alone",
    "sha1 3f786850e387550fdab836ed7e6dc881de23001b",
    "2023-10-05T10:05:03.123Z",
    "dead::beef",
    "event=install app=2.0.0.1",
    "crashes after updating to 3.14.0.7.",
    "running PhotoDesk 11 3.14.0.7. Crash report attached",
    "rolled back from 3.14.0.6",
    "appVersion=1.2.3.4 os_version: 10.0.0.1 fw_rev=1.0.0.2",
    "Laptop is DESKTOP-0JPOCKK (Intel AX211, driver 23.30.0.6)",  # a driver's version
    "ThinkPad T14 ar sērijas numuru PF3KQ2ZX pēc atjauninājuma 3.0.0.6 vairs",  # (an update's, in Latvian,
    "pärast tarkvarauuendust 4.2.0.1 ei tööta", "לאחר עדכון 4.2.0.1 הנתב מתנתק",  # Estonian and Hebrew)
    "Subject: DSM 4.2.0.1 (C4) is available", "Прошивка 1.0.9.104, аптайм 3d",  # (an update's notice; a
    "מאז העדכון לגרסה 1.0.9.104.", "رمز الخطأ 0x80070643، الإصدار 1.0.9.104",  # firmware's, a version's)
    # a fifth group is a port only in an endpoint pair; alone it may be a version or an OID
    "1.2.3.4.5060",
    "connect 192.0.2.1.12345",
    "snmp walk 1.3.6.1.2 1.3.6.1.4",  # OIDs: one-digit tails are no ports
    "oids 1.3.6.1.4.1.9 1.3.6.1.4.1.11",
    "tel 01.23.45.67.89 01.23.45.67.90",  # French phone numbers (leading zeros)
    "versions 1.2.3.4.5 6.7.8.9.10",
    # colon runs with a five-digit tail that is no port of an address
    "peer 2001:db8::1:99999 up",  # above 65535
    "peer 2001:db8::1:47219:1 up",  # the run goes on
    "eui64 00:1a:2b:3c:4d:5e:6f:70:12345",
    "at 10:05:03:12345",
    "trace a::b:12345",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_context(recognizer):
    assert "ip" in recognizer("IPv4Recognizer").context
    assert "ip" in recognizer("IPv6Recognizer").context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('RemoteAddress="IPV4/UDP/203.0.113.58/5071"', ["203.0.113.58"]),  # asterisk security log
        ("login attempt from ::ffff:203.0.113.92:51873", ["::ffff:203.0.113.92"]),
        ("did not issue MAIL [IPv6:2001:DB8::5C2]", ["2001:DB8::5C2"]),
        ("client @0x7f31a8004c10 198.51.100.149#41907 (example.org)", ["198.51.100.149"]),  # BIND
        ("1419876512.317      7 203.0.113.146 TCP_DENIED/403 3821", ["203.0.113.146"]),  # squid
        # squid's hierarchy code and the server it went to
        ("CONNECT api.example.com:443 jdoe HIER_DIRECT/198.51.100.92 -", ["198.51.100.92"]),
        ("GET http://example.org/ - DIRECT/203.0.113.7 text/html", ["203.0.113.7"]),
        # strongSwan's pair of endpoints, joined by an ellipsis
        ("IKE_SA con1[5] established between 198.51.100.21...203.0.113.66 (local...remote)",
         ["198.51.100.21", "203.0.113.66"]),
        # a reverse DNS name's octets: the client's address, reversed (a mail server's PTR
        # lookup, a DNS server's dynamic update)
        ("Performing PTR lookup (137.52.40.196.IN-ADDR.ARPA)", ["137.52.40.196"]),
        ("adding an RR at '93.46.10.10.in-addr.arpa' PTR", ["93.46.10.10"]),
    ],
)
def test_log_formats_with_addresses_in_odd_places(find, text, expected):
    assert find(text, "IP_ADDRESS") == [("IP_ADDRESS", e) for e in expected]


@pytest.mark.parametrize("text", ["PhotoDesk 11 3.14.0.7 released", "MyAgent/2.0.0.1 (Linux)",
                                  "my_agent/2.0.0.1", "Direct/2.0.0.1"])  # a squid code is in capitals
def test_versions_stay_versions(find, text):
    assert find(text, "IP_ADDRESS") == []


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.from_regex(r"\A\d{1,3}\Z"), min_size=3, max_size=5).map(".".join))
def test_ipv4_validation_is_ipaddress_rule(loaded, text):
    # the recognizer's fast check accepts what ipaddress accepts, and beyond it only
    # four octets of 0-255 written with leading zeros (read as decimal)
    import ipaddress

    rec = next(lr.recognizer for lr in loaded if lr.recognizer.name == "IPv4Recognizer")
    try:
        ipaddress.IPv4Address(text)
        valid = True
    except ValueError:
        valid = False
    if valid:
        assert not rec.invalidate_result(text)
    elif not rec.invalidate_result(text):
        octets = text.split(".")
        assert len(octets) == 4 and all(int(o) <= 255 for o in octets)
        assert any(len(o) > 1 and o.startswith("0") for o in octets)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Failed password for root from 192.030.0.6 port 22", ["192.030.0.6"]),  # fail2ban's tests
        ("DENY TCP 010.001.020.003 -> 172.016.000.001", ["010.001.020.003", "172.016.000.001"]),
    ],
)
def test_addresses_written_with_leading_zeros(find, text, expected):
    assert find(text, "IP_ADDRESS") == [("IP_ADDRESS", e) for e in expected]


@pytest.mark.parametrize("text", ["firmware 01.00.05.12 installed", "build 2.01.00.01", "lot 12.03.04.05",
                                  "256.001.000.001 overflows", "192.030.0.256"])
def test_padded_versions_and_overflows_are_no_addresses(find, text):
    assert find(text, "IP_ADDRESS") == []


def test_an_address_after_a_labels_colon_and_a_cef_fields_version(find):
    line = "USER:kvillalobosp@rednet;IPADDRESS:181.115.222.137;IPV6ADDRESS:2803:2d60:eea:3700::1;TIME:1733295537;"
    assert find(line, E) == [(E, "181.115.222.137"), (E, "2803:2d60:eea:3700::1")]
    assert find("std::string and Error:dead::beef at 10:05:03", E) == []  # (no digit; a time)
    cef = "dhost=SV-LAP-KSANDOVAL dst=10.10.23.147 cs2=KES cs2Label=ProductName cs3=12.6.0.0 cs3Label=ProductVersion"
    assert find(cef, E) == [(E, "10.10.23.147")]  # (a custom field its label calls a version)


def test_a_version_after_its_label_and_product_and_a_phone_makers_system(find):
    assert find("Verzija: FreePBX 16.0.40.7", E) == []
    assert find("Version: Yealink T46U 108.86.0.45", E) == []
    assert find("Running EMUI 12.0.0.138 on everything", E) == []
    assert find("Server: nginx 10.1.2.3", E) == [(E, "10.1.2.3")]  # (no version's label)


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: a version after other languages' word for it; an address after other words
    ("firmware viejo, actualiza a la versión 2.24.10.84 de WhatsApp", []), ("versão 10.0.19045.2006", []),
    ("prueba entrando a 192.168.1.1 con admin", ["192.168.1.1"]),
])
def test_round_66s_versions(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: a private network's address after 'Release', as a DHCP server writes it; a release's version stays one
    ("[DHCPD] LAN1 Release 192.168.100.36: lease time", ["192.168.100.36"]),
    ("Release 3.14.0.7 is out", []), ("release=8.1.0.2", []),
])
def test_round_67s_releases(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
