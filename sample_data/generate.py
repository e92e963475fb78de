#!/usr/bin/env python3
"""Deterministic generator for piiscan's synthetic sample data and gold spans.

Everything written here is fictional: e-mail domains are the reserved example.*
names, IP addresses come from the documentation ranges (RFC 5737 / RFC 3849) or
private ranges, phone numbers come from ranges set aside for drama/fiction, MAC
addresses from the documentation block 00:00:5E:00:53:xx (RFC 7042) plus one
well-known placeholder, and people are random pairs from a made-up name list.

Gold spans are recorded while each record is being built (see :class:`Text`),
never by searching the finished output, so offsets are exact by construction.
A self-check at the end re-reads every written file and verifies each span.

Usage::

    python sample_data/generate.py [--out sample_data] [--seed 20261010]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import polars as pl

DEFAULT_SEED = 20261010

ENTITY_TYPES = (
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PHONE_NUMBER",
    "SERIAL_NUMBER",
    "HARDWARE_ID",
    "HOSTNAME",
    "USERNAME",
    "PERSON",
    "LOCATION",
    "CREDIT_CARD",
)
EMAIL, IP, PHONE, SERIAL, HWID, HOST, USER, PERSON, LOC, CARD = ENTITY_TYPES

CSV_COLUMNS = (
    "event_id",
    "event_time",
    "user_email",
    "full_name",
    "phone",
    "client_ip",
    "city",
    "device_serial",
    "hostname",
    "page",
)


# --------------------------------------------------------------------------- #
# Span-recording string builder
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Pii:
    """A piece of text that is PII of the given entity type."""

    text: str
    etype: str


@dataclass
class Text:
    """Builds one string piece by piece and records where PII pieces land."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, type, text

    def add(self, s: str) -> Text:
        self.parts.append(s)
        self.length += len(s)
        return self

    def pii(self, s: str, etype: str) -> Text:
        assert etype in ENTITY_TYPES, etype
        start = self.length
        self.add(s)
        self.spans.append((start, self.length, etype, s))
        return self

    def put(self, piece) -> Text:
        """Add a str, a Pii, or a list/tuple of those."""
        if isinstance(piece, Pii):
            return self.pii(piece.text, piece.etype)
        if isinstance(piece, str):
            return self.add(piece)
        if isinstance(piece, (list, tuple)):
            for p in piece:
                self.put(p)
            return self
        if isinstance(piece, Text):
            base = self.length
            self.add(piece.value)
            self.spans.extend((s + base, e + base, t, x) for s, e, t, x in piece.spans)
            return self
        raise TypeError(type(piece))

    @property
    def value(self) -> str:
        return "".join(self.parts)


_SLOT = re.compile(r"\{([a-z_0-9]+)\}")


def render(template: str, slots: dict) -> Text:
    """Fill ``{slot}`` placeholders; slot values are str, Pii, list of those, or Text."""
    tb = Text()
    pos = 0
    for m in _SLOT.finditer(template):
        tb.add(template[pos : m.start()])
        tb.put(slots[m.group(1)])
        pos = m.end()
    tb.add(template[pos:])
    return tb


def slots_used(template: str) -> set[str]:
    return set(_SLOT.findall(template))


# --------------------------------------------------------------------------- #
# Fictional building blocks
# --------------------------------------------------------------------------- #

FIRST_NAMES = [
    "Alice", "Bruno", "John", "Zoë", "José", "Priya", "Marcus", "Hannah", "Kenji", "Fatima",
    "Liam", "Sofia", "Tomasz", "Grace", "Omar", "Elena", "Daniel", "Mei", "Lucas", "Amara",
    "Noah", "Ingrid", "Rafael", "Chloé", "Samuel", "Aisha", "Peter", "Yuki", "Dana", "Victor",
]  # fmt: skip
LAST_NAMES = [
    "Nguyen", "Costa", "Doe", "Müller", "Álvarez", "Patel", "Okafor", "Schmidt", "Tanaka", "Haddad",
    "O'Brien", "Rossi", "Kowalski", "Bennett", "Farouk", "Petrova", "Whitfield", "Chen", "Moreau", "Mensah",
    "Andersson", "Larsen", "Ferreira", "Dubois", "Reyes", "Hassan", "Novak", "Sato", "Brooks", "Lindqvist",
]  # fmt: skip
FORCED_PEOPLE = [
    ("Alice", "Nguyen"),
    ("Bruno", "Costa"),
    ("John", "Doe"),
    ("Zoë", "Müller"),
    ("José", "Álvarez"),
]
FORCED_LOGINS = {
    ("Alice", "Nguyen"): "alice.nguyen",
    ("Bruno", "Costa"): "bcosta",
    ("John", "Doe"): "jdoe42",
}
FORCED_HANDLES = {("Alice", "Nguyen"): "alice_n"}

CITIES = [
    "Springfield", "Riverton", "Fairview", "Lakewood", "Millbrook", "Oakdale", "Brookhaven", "Cedar Falls",
    "Greenfield", "Ashford", "Westbury", "Kingsbridge", "Harborview", "Maplewood", "Stonebridge", "Elmstead",
]  # fmt: skip
REGIONS = ["Westshire", "East Vale", "North Downs", "Lake County"]
STREETS = [
    "Maple Street", "Oak Avenue", "Cedar Lane", "Elm Road", "Birch Way", "Willow Drive",
    "Harbour Road", "Mill Lane", "Station Road", "Chestnut Court", "Juniper Close", "Orchard Row",
]  # fmt: skip
EMAIL_DOMAINS = [
    "example.com", "example.org", "example.net", "mail.example.com", "support.example.org", "corp.example.net",
]  # fmt: skip
PRODUCTS = [
    "Acme Router X2",
    "PhotoDesk 11",
    "NoteSync Pro",
    "Acme Mesh 3",
    "CloudVault",
    "PrintMaster 500",
]
ERRORS = ["0x80070005", "0xC004F074", "E-1042", "ERR_CONNECTION_RESET", "0x8007232B"]

V4_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
PRIVATE_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
V6_NET = ipaddress.ip_network("2001:db8::/32")
MAPPED_V6 = "::ffff:192.0.2.10"
AU_FICTIONAL = [
    "006",
    "110",
    "156",
    "157",
    "158",
    "159",
    "313",
    "737",
]  # ACMA: 0491 570 xxx set aside for fiction

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1 (like real license keys)
HEX = "0123456789ABCDEF"


def ascii_fold(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum() or c in " -"))


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass
class Phone:
    country: str  # US, UK, UKM, DE, FR, AU
    a: str  # area / first part
    n: str  # subscriber tail
    canonical: str = ""

    def formats(self) -> list[str]:
        a, n = self.a, self.n
        if self.country == "US":
            return [
                f"+1 {a}-555-{n}",
                f"({a}) 555-{n}",
                f"+1.{a}.555.{n}",
                f"+1-{a}-555-{n}",
                f"+1 ({a}) 555-{n}",
            ]
        if self.country == "UK":
            return [f"+44 20 7946 {n}", f"+44 20 7946 {n}", f"+44 (0)20 7946 {n}", f"020 7946 {n}"]
        if self.country == "UKM":
            return [f"+44 7700 900{n}", f"+44 7700 900{n}", f"07700 900{n}", f"+447700900{n}"]
        if self.country == "DE":
            return [f"+49 30 23125{n}", f"+49 30 23125 {n}", f"+49 (0)30 23125{n}", f"030 23125{n}"]
        if self.country == "FR":
            return [
                f"+33 1 99 00 {n[:2]} {n[2:]}",
                f"+33 1 99 00 {n[:2]} {n[2:]}",
                f"+33 (0)1 99 00 {n[:2]} {n[2:]}",
                f"01 99 00 {n[:2]} {n[2:]}",
            ]
        if self.country == "AU":
            return [f"+61 491 570 {n}", f"+61 491 570 {n}", f"0491 570 {n}", f"+61 4 9157 0{n}"]
        raise ValueError(self.country)

    def intl(self) -> list[str]:
        return [f for f in self.formats() if f.startswith("+")]


@dataclass
class Person:
    first: str
    last: str
    login: str
    handle: str
    email: str
    alt_email: str
    phone: Phone
    old_phone: Phone
    city: str
    city_cell: str
    address: str
    ip: str
    ip6: str
    serial: str
    hostname: str
    key4: str
    mac: str
    guid: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used_v4: set[str] = set()
        self.used_phone: set[tuple[str, str, str]] = set()
        self.people = self._make_people(48)

    # ---- primitives --------------------------------------------------- #
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def alnum(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def public_v4(self, unique: bool = True) -> str:
        while True:
            net = self.choice(V4_NETS)
            addr = str(net[self.rng.randint(1, 254)])
            if not unique or addr not in self.used_v4:
                self.used_v4.add(addr)
                return addr

    def private_v4(self) -> str:
        kind = self.rng.randint(0, 2)
        if kind == 0:
            return f"10.0.{self.rng.randint(0, 3)}.{self.rng.randint(2, 250)}"
        if kind == 1:
            return f"172.16.{self.rng.randint(0, 9)}.{self.rng.randint(2, 250)}"
        return f"192.168.{self.choice([0, 1, 10])}.{self.rng.randint(2, 250)}"

    def v6(self) -> ipaddress.IPv6Address:
        groups = [
            0x2001,
            0x0DB8,
            self.rng.randint(0, 0xFFFF),
            self.rng.choice([0, self.rng.randint(1, 0xFF)]),
        ]
        tail = [self.rng.randint(0, 0xFFFF) for _ in range(4)]
        zero_run = self.rng.randint(0, 3)
        for i in range(zero_run):
            tail[i] = 0
        return ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups + tail))

    def fmt_v6(self, addr: ipaddress.IPv6Address, style: str | None = None) -> str:
        style = style or self.choice(["compressed", "compressed", "full", "upper", "nozip"])
        if style == "compressed":
            return addr.compressed
        if style == "full":
            return addr.exploded
        if style == "upper":
            return addr.compressed.upper()
        return ":".join(f"{int(g, 16):X}" for g in addr.exploded.split(":"))

    def phone(self) -> Phone:
        while True:
            country = self.choice(["US", "US", "US", "UK", "UKM", "DE", "FR", "AU"])
            if country == "US":
                p = Phone("US", self.choice(["202", "415"]), f"01{self.rng.randint(0, 99):02d}")
            elif country == "UK":
                p = Phone("UK", "20", f"0{self.rng.randint(0, 999):03d}")
            elif country == "UKM":
                p = Phone("UKM", "7700", f"{self.rng.randint(0, 999):03d}")
            elif country == "DE":
                p = Phone("DE", "30", f"{self.rng.randint(0, 999):03d}")
            elif country == "FR":
                p = Phone("FR", "1", f"{self.rng.randint(0, 9999):04d}")
            else:
                p = Phone("AU", "491", self.choice(AU_FICTIONAL))
            key = (p.country, p.a, p.n)
            if key not in self.used_phone or country == "AU":
                self.used_phone.add(key)
                p.canonical = self.phone_text(p)
                return p

    def phone_text(self, p: Phone, international_bias: float = 0.8) -> str:
        return self.choice(p.intl() if self.chance(international_bias) else p.formats())

    def key4(self) -> str:
        while True:
            k = "-".join(self.alnum(4) for _ in range(4))
            if any(c.isdigit() for c in k):
                return k

    def key5(self) -> str:
        return "-".join(self.alnum(5) for _ in range(5))

    def serial(self) -> str:
        kind = self.rng.randint(0, 2)
        if kind == 0:  # Apple-like 12 chars
            return self.choice(["C02", "FVF", "C17", "DMP"]) + self.alnum(9)
        if kind == 1:  # Lenovo-like
            return "PF" + self.alnum(6)
        return self.alnum(7)  # Dell-like service tag

    def mac(self, style: str | None = None) -> str:
        if self.chance(0.08):
            octets = ["00", "1A", "2B", "3C", "4D", "5E"]
        else:
            octets = ["00", "00", "5E", "00", "53", f"{self.rng.randint(0, 255):02X}"]
        style = style or self.choice(["colon", "colon", "dash", "colon_lower"])
        if style == "colon":
            return ":".join(octets)
        if style == "colon_lower":
            return ":".join(octets).lower()
        return "-".join(octets).lower()

    def guid(self) -> str:
        if self.chance(0.5):  # Dell-style SMBIOS UUID prefix
            h = "4C4C4544" + "".join(self.choice(HEX) for _ in range(24))
        else:
            h = "".join(self.choice(HEX) for _ in range(32))
        return "{" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" + "}"

    def uuid(self) -> str:
        h = "".join(self.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def hostname(self, first: str) -> str:
        kind = self.rng.randint(0, 3)
        if kind == 0:
            return "DESKTOP-" + self.alnum(7)
        if kind == 1:
            return "LAPTOP-" + self.alnum(8)
        f = ascii_fold(first)
        return f"{f}s-" + self.choice(["MacBook-Pro", "MacBook-Air", "iMac"]) + ".local"

    # ---- people -------------------------------------------------------- #
    def _make_people(self, n: int) -> list[Person]:
        pairs = list(FORCED_PEOPLE)
        seen = set(pairs)
        while len(pairs) < n:
            p = (self.choice(FIRST_NAMES), self.choice(LAST_NAMES))
            if p not in seen:
                seen.add(p)
                pairs.append(p)
        people, logins, handles, emails = [], set(), set(), set()
        for first, last in pairs:
            f, l_ = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
            login = FORCED_LOGINS.get((first, last)) or self.choice(
                [
                    f"{f}.{l_}",
                    f"{f[0]}{l_}",
                    f"{f[0]}{l_}{self.rng.randint(2, 99)}",
                    f"{f}{self.rng.randint(70, 99)}",
                ]
            )
            while login in logins:
                login += str(self.rng.randint(0, 9))
            logins.add(login)
            handle = FORCED_HANDLES.get((first, last)) or self.choice(
                [
                    f"{f}_{l_[0]}",
                    f"{f}.{l_[:1]}",
                    f"{f}_{l_}",
                    f"{l_}{self.rng.randint(1, 99)}",
                    f"{f[0]}{l_}",
                ]
            )
            while handle in handles:
                handle += str(self.rng.randint(0, 9))
            handles.add(handle)
            if (first, last) in FORCED_LOGINS or (first, last) == ("Zoë", "Müller"):
                email = f"{f}.{l_}@example.com" if first == "Alice" else f"{f}.{l_}@example.org"
            else:
                local = self.choice(
                    [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}_{l_}", f"{f}.{l_}+shop", f"{f}{l_[0]}"]
                )
                email = f"{local}@{self.choice(EMAIL_DOMAINS)}"
            while email in emails:
                email = email.replace("@", f"{self.rng.randint(0, 9)}@")
            emails.add(email)
            alt_email = f"{f}{self.rng.randint(10, 99)}@{self.choice(['example.net', 'example.org', 'mail.example.com'])}"
            city = self.choice(CITIES)
            city_cell = f"{city}, {self.choice(REGIONS)}" if self.chance(0.06) else city
            address = f"{self.rng.randint(2, 998)} {self.choice(STREETS)}, {city}"
            people.append(
                Person(
                    first=first,
                    last=last,
                    login=login,
                    handle=handle,
                    email=email,
                    alt_email=alt_email,
                    phone=self.phone(),
                    old_phone=self.phone(),
                    city=city,
                    city_cell=city_cell,
                    address=address,
                    ip=self.public_v4(),
                    ip6=self.fmt_v6(self.v6(), "compressed"),
                    serial=self.serial(),
                    hostname=self.hostname(first),
                    key4=self.key4(),
                    mac=self.mac(),
                    guid=self.guid(),
                )  # fmt: skip
            )
        return people

    def person(self, exclude: Person | None = None) -> Person:
        while True:
            p = self.choice(self.people)
            if p is not exclude:
                return p

    def obfuscate(self, email: str) -> str:
        local, domain = email.split("@")
        style = self.rng.randint(0, 2)
        if style == 0:
            return f"{local}(at){domain}"
        if style == 1:
            return f"{local} [at] " + " [dot] ".join(domain.split("."))
        return f"{local} AT " + " DOT ".join(domain.split("."))


# --------------------------------------------------------------------------- #
# 1. access.log
# --------------------------------------------------------------------------- #

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.88 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.105 Safari/537.36 Edg/119.0.2151.58",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:119.0) Gecko/20100101 Firefox/119.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.66 Mobile Safari/537.36",
    "curl/8.4.0",
    "MyAgent/2.0.0.1",
    "python-requests/2.31.0",
    "Mozilla/5.0 (compatible; ExampleBot/2.1; +http://www.example.com/bot.html)",
]
UA_WEIGHTS = [30, 8, 12, 8, 10, 8, 5, 3, 3, 6]
STATIC = [
    "/static/css/main.css",
    "/static/js/app.4f2a91.js",
    "/favicon.ico",
    "/images/logo.png",
    "/robots.txt",
]
PAGES = [
    "/",
    "/index.html",
    "/products/red-shoes",
    "/products/acme-router-x2",
    "/category/shoes",
    "/cart",
    "/checkout",
    "/help/faq",
]
REFERERS = [
    "https://www.example.com/",
    "https://shop.example.org/cart",
    "https://www.example.net/search?q=red+shoes",
    "https://news.example.com/fall-sale?utm_source=newsletter",
    "https://www.example.com/products/red-shoes",
]


def harmless_params(g: Gen, k: int) -> list[tuple[str, object]]:
    pool = [
        ("page", str(g.rng.randint(2, 9))),
        ("utm_source", "newsletter"),
        ("utm_medium", "email"),
        ("utm_campaign", "fall_sale"),
        ("q", g.choice(["red+shoes", "acme+router", "usb-c+cable", "gift+card"])),
        ("id", g.uuid()),
        ("sku", f"SKU-{g.rng.randint(10000, 99999)}"),
        ("v", g.choice(["1.2.3.4", "2.0.1", "3.14.0.7"])),
        ("lang", g.choice(["en-US", "de-DE", "fr-FR"])),
        ("sort", "price_asc"),
        ("ref", "footer"),
    ]
    return g.rng.sample(pool, k)


def address_pieces(value: str) -> Text:
    """An address written with commas ('221 Maple Street, Springfield', a city cell's
    'Oakdale, Westshire'): each piece a LOCATION span of its own, as presidio-research
    labels an address's street, town and region."""
    text = Text()
    for i, piece in enumerate(value.split(", ")):
        text.add(", " if i else "").pii(piece, LOC)
    return text


def put_query(tb: Text, path: str, params: list[tuple[str, object]]) -> None:
    tb.add(path)
    for i, (k, v) in enumerate(params):
        tb.add("?" if i == 0 else "&")
        tb.add(f"{k}=")
        tb.put(v)


def email_param(g: Gen, email: str) -> Pii:
    return Pii(quote(email, safe="") if g.chance(0.5) else email, EMAIL)


# Lines that carry nginx's "$http_x_forwarded_for" and key=value extras after the agent.
NGINX_TAIL_LINES = frozenset({4, 45, 190, 333, 391})


def build_access_log(g: Gen) -> list[Text]:
    lines: list[Text] = []
    t = dt.datetime(2026, 10, 10, 13, 55, 36)
    n_lines = 400
    special = {
        17: "escaped_quote",
        61: "dash_request",
        88: "health",
        203: "health",
        347: "health",
        33: "phonelike",
        120: "phonelike",
        177: "phonelike",
        260: "phonelike",
        311: "phonelike",
        140: "mapped",
        250: "user_email",
        380: "user_email",
    }
    for i in range(1, n_lines + 1):
        kind = special.get(i, "")
        t += dt.timedelta(seconds=g.rng.randint(0, 17))
        p = g.person()
        tb = Text()

        # --- client field (with occasional X-Forwarded-For style chain) ---
        r = g.rng.random()
        if kind == "health":
            tb.pii(f"10.0.0.{g.rng.randint(2, 9)}", IP)
        elif kind == "mapped":
            tb.pii(MAPPED_V6, IP)
        elif r < 0.12:
            hops = [p.ip if g.chance(0.5) else g.public_v4(unique=False)]
            if g.chance(0.15):
                hops[0] = g.fmt_v6(g.v6(), "compressed")
            hops += [g.private_v4() for _ in range(g.choice([1, 1, 2]))]
            for j, h in enumerate(hops):
                if j:
                    tb.add(", ")
                tb.pii(h, IP)
        elif r < 0.28:
            tb.pii(g.fmt_v6(g.v6()), IP)
        else:
            tb.pii(p.ip if g.chance(0.4) else g.public_v4(unique=False), IP)

        # --- ident, user ---
        tb.add(" - ")
        logged_in = kind not in ("health", "dash_request") and (
            kind == "user_email" or g.chance(0.15)
        )
        if kind == "user_email":
            tb.pii(p.email, EMAIL)
        elif logged_in:
            tb.pii(p.login, USER)
        else:
            tb.add("-")

        # --- timestamp ---
        tb.add(f" [{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0000] ")

        # --- request ---
        status = g.choice([200] * 14 + [301, 302, 304, 304, 404, 404, 403, 500])
        if kind == "dash_request":
            tb.add('"-"')
            status = 408
        else:
            target = Text()
            methods = build_request_target(g, target, p, kind)
            proto = g.choice(["HTTP/1.1"] * 6 + ["HTTP/2.0", "HTTP/1.0"])
            tb.add(f'"{g.choice(methods)} ').put(target).add(f' {proto}"')

        # --- status, bytes ---
        if kind == "health":
            status, size = 200, "2"
        elif kind == "phonelike":
            size = g.choice(["2025550143", "4155550199", "7946012345", "2079460123"])
        elif status == 304 or kind == "dash_request" or g.chance(0.06):
            size = "-"
        else:
            size = str(g.rng.randint(120, 98000))
        tb.add(f" {status} {size} ")

        # --- referer ---
        tb.add('"')
        if kind in ("health", "dash_request") or g.chance(0.45):
            tb.add("-")
        elif g.chance(0.08):
            if g.chance(0.5):
                tb.add("https://mail.example.com/inbox?msg=8812&email=")
                tb.pii(quote(p.email, safe=""), EMAIL)
            else:
                tb.add("https://www.example.com/account?user=")
                tb.pii(p.login, USER)
        else:
            tb.add(g.choice(REFERERS))
        tb.add('" "')

        # --- user agent ---
        if kind == "health":
            tb.add("kube-probe/1.28")
        elif kind == "dash_request":
            tb.add("-")
        else:
            tb.add(g.rng.choices(USER_AGENTS, weights=UA_WEIGHTS)[0])
        tb.add('"')

        # --- nginx-style fields after the combined format (no RNG: the rest stays put) ---
        if i in NGINX_TAIL_LINES:
            tb.add(' "')
            tb.pii(f"198.51.100.{i % 250 + 1}", IP)
            tb.add(", ")
            tb.pii(f"10.20.{i % 200}.{i % 100 + 1}", IP)
            tb.add('" rt=0.0%02d' % (i % 100))
            if logged_in and kind != "user_email":
                tb.add(" user=")
                tb.pii(p.login, USER)
        lines.append(tb)
    return lines


def build_request_target(g: Gen, tb: Text, p: Person, kind: str) -> list[str]:
    """Write the request target into ``tb``; return the plausible HTTP methods for it."""
    get = ["GET"] * 8 + ["HEAD"]
    form = ["GET", "GET", "POST"]
    if kind == "health":
        tb.add("/healthz")
        return ["GET"]
    if kind == "escaped_quote":
        tb.add('/search?q=\\"red shoes\\"&login=')
        tb.pii(p.login, USER)
        return ["GET"]
    if kind == "phonelike":
        put_query(
            tb,
            g.choice(["/api/v1/events", "/pixel.gif", "/api/v1/orders/status"]),
            [
                ("ts", str(g.rng.randint(1791000000, 1791999999))),
                ("order", g.choice(["44207946012", "2025550143", "33199001234"])),
                ("t", "20261010135536"),
            ],
        )
        return ["GET"]
    r = g.rng.random()
    if r < 0.26:
        tb.add(g.choice(STATIC))
        return get
    if r < 0.52:
        put_query(tb, g.choice(PAGES), harmless_params(g, g.choice([0, 1, 1, 2, 3])))
        return get
    if r < 0.60:
        put_query(
            tb,
            "/newsletter/subscribe",
            [("email", email_param(g, p.email))] + harmless_params(g, 1),
        )
        return form
    if r < 0.65:
        put_query(tb, "/account/verify", [("email", email_param(g, p.email)), ("id", g.uuid())])
        return ["GET"]
    if r < 0.70:
        phone = g.phone_text(p.phone, 1.0)
        put_query(
            tb, "/api/v1/contact", [("phone", Pii(quote(phone, safe=""), PHONE)), ("id", g.uuid())]
        )
        return ["POST", "GET"]
    if r < 0.74:
        ph = (
            p.phone
            if p.phone.country == "US"
            else g.choice([q.phone for q in g.people if q.phone.country == "US"])
        )
        put_query(
            tb, "/callback", [("tel", Pii(f"+1-{ph.a}-555-{ph.n}", PHONE)), ("lang", "en-US")]
        )
        return ["GET"]
    if r < 0.80:
        put_query(
            tb, "/login", [("user", Pii(p.login, USER))] + harmless_params(g, g.choice([0, 1]))
        )
        return form
    if r < 0.84:
        put_query(tb, "/account/reset", [("login", Pii(p.login, USER)), ("ref", "footer")])
        return form
    if r < 0.88:
        name = (
            quote(p.full, safe="") if g.chance(0.5) else quote(p.full, safe="").replace("%20", "+")
        )
        put_query(tb, "/profile", [("name", Pii(name, PERSON)), ("page", "1")])
        return ["GET"]
    if r < 0.94:
        put_query(
            tb, "/api/v1/orders", [("id", g.uuid()), ("sku", f"SKU-{g.rng.randint(10000, 99999)}")]
        )
        return ["GET", "GET", "POST"]
    put_query(
        tb, "/api/v2/items", [("sku", f"SKU-{g.rng.randint(10000, 99999)}"), ("v", "1.2.3.4")]
    )
    return ["GET"]


# --------------------------------------------------------------------------- #
# 2. forum.jsonl
# --------------------------------------------------------------------------- #

TOPICS = [
    ("vpn-drops", "VPN drops every hour"),
    ("licence-key", "Licence key rejected"),
    ("bsod", "{host} blue screen after update"),
    ("activation", "Windows activation fails"),
    ("fan-noise", "Fan noise on {product}"),
    ("shipping", "Replacement shipping address"),
    ("ipv6-admin", "Admin panel and IPv6 access"),
    ("duplicate-mac", "Duplicate MAC on my network"),
    ("warranty", "Warranty question for S/N {sn}"),
    ("newsletter", "Newsletter goes to my old address"),
    ("printer", "Printer prints blank pages"),
    ("crash", "Crash on launch after upgrade"),
    ("currency", "Wrong currency in the store"),
    ("wifi", "Wi-Fi drops after firmware update"),
    ("invoice", "Invoice not received"),
    ("phone-support", "Phone support hours?"),
    ("contact", "Contact {cname} about bulk order"),
    ("sync", "Sync stuck at 99% & won't finish"),
]

BODY_TEMPLATES = [
    "<p>Hi all,</p><p>My laptop {host} keeps dropping off the VPN every hour. The IP shows as {ip} when it reconnects.</p><p>Thanks,<br>{name}</p>",
    "Hello, I bought {product} last week but the licence key {key4} is rejected with error {err}. You can reach me at {email} or {phone}. - {first}",
    "My colleague {cname} had the same issue on {host}. Resetting the network adapter (MAC {mac}) fixed it for them.",
    "Please don't post your email here! Send it to support instead. If you must, write it like {obf} so bots can't scrape it.",
    "Windows won't activate. Product key: {key5}\n\nMachine is {host}, BIOS UUID {guid}.\n\nAny ideas?",
    "S/N: {sn} - the fan on my {product} is making a grinding noise. I'm in {city}, is there a repair shop nearby?",
    "Have you tried turning it off and on again? Also clear the cache &amp; cookies, that fixed it for me.",
    "<p>Same problem here after updating to {version}.</p><p>Rolling back to the previous release fixed it.</p>",
    "Ship the replacement to {addr}, please. Call {phone} if the courier can't find the building.\n\n{name}",
    "Thanks {chandle}, that worked! Marking as solved.",
    "I'm on IPv6 ({ip6}) and the admin panel only accepts connections from {lan}. Is that expected?",
    '<p>Contact me at <a href="mailto:{email}">{email}</a> and I\'ll send the logs.</p>',
    "cc {cname} ({cemail}) - they manage the licences for our team.",
    "Router admin page at {lan} shows two devices with MAC {mac} and {mac2}. Is that a clone?",
    "Our office in {city} has the same build. {cfirst} from IT says serial {sn} is still under warranty.",
    "Posting from my phone, sorry for typos. Number is {phone} if anyone wants to call, I'm usually free after 5pm.",
    "Duplicate of the pinned thread, please search before posting. Locking this one.",
    "Bought two keys: {key4} and {key4b}. Only the first one activates.",
    "Mac here: {host} running {product} {version}. Crash report attached, hardware UUID {guid}.",
    "<p>Update: {cname} from the {city} branch confirmed it's a driver bug.</p><p>Workaround: disable IPv6 on the adapter &amp; reboot.</p>",
    "If you need to reach me outside the forum: {obf} or {phone}.\n\nCheers,\n{first}",
    "Log excerpt:\n<pre>client={ip} host={host} mac={mac_dash} status=DENIED</pre>\nWhat does DENIED mean here?",
    "{chandle} did you ever get a reply from {cobf}? I'm still waiting on mine.",
    "We moved from {city} to {city2} and now the store shows prices in the wrong currency.",
    "Firmware {version} is out, changelog says it fixes the Wi-Fi drops. Haven't tested yet.",
    "My account email changed from {alt_email} to {email}, but the newsletter still goes to the old one.",
    "Printer {host} at {lan} prints blank pages. Toner is fine, serial {sn}.",
    "<p>Hi {cfirst},<br>I sent the invoice to {cemail} yesterday. Please check spam.<br>Regards, {name}</p>",
    "Tried from home ({ip}) and from the office ({ip6}), same error {err}.",
    "For the warranty I need proof of purchase - the shop was at {addr}. My phone: {phone}.",
    "Which version of the app are you on? Settings &gt; About shows it.",
    "My colleague {cname} ({chandle} on here) wrote the sync tool. {cname}'s extension is {cphone}.",
]


def forum_slots(g: Gen, a: Person, c: Person) -> dict:
    mac_dash = g.mac("dash")
    return {
        "name": Pii(a.full, PERSON),
        "first": Pii(a.first, PERSON),
        "cname": Pii(c.full, PERSON),
        "cfirst": Pii(c.first, PERSON),
        "email": Pii(a.email, EMAIL),
        "alt_email": Pii(a.alt_email, EMAIL),
        "cemail": Pii(c.email, EMAIL),
        "obf": Pii(g.obfuscate(a.email), EMAIL),
        "cobf": Pii(g.obfuscate(c.email), EMAIL),
        "phone": Pii(g.phone_text(a.phone), PHONE),
        "cphone": Pii(g.phone_text(c.phone), PHONE),
        "key4": Pii(a.key4, SERIAL),
        "key4b": Pii(g.key4(), SERIAL),
        "key5": Pii(g.key5(), SERIAL),
        "sn": Pii(a.serial, SERIAL),
        "host": Pii(a.hostname, HOST),
        "mac": Pii(a.mac, HWID),
        "mac2": Pii(g.mac(), HWID),
        "mac_dash": Pii(mac_dash, HWID),
        "guid": Pii(a.guid, HWID),
        "ip": Pii(a.ip, IP),
        "lan": Pii(g.private_v4(), IP),
        "ip6": Pii(g.fmt_v6(g.v6()), IP),
        "city": Pii(a.city, LOC),
        "city2": Pii(g.choice([x for x in CITIES if x != a.city]), LOC),
        "addr": address_pieces(a.address),
        "chandle": Pii("@" + c.handle, USER),
        "product": g.choice(PRODUCTS),
        "version": g.choice(["4.2.1", "2026.10", "11.0.3", "3.14.0.7"]),
        "err": g.choice(ERRORS),
    }


def build_forum(g: Gen) -> list[dict]:
    """Each post: dict(id, thread, author_name: Text, username: Text, created_at, title: Text, body: Text)."""
    posts = []
    threads: list[dict] = []
    t = dt.datetime(2026, 10, 2, 14, 3, 11)
    # Shuffle templates so every one is used at least once, then sample.
    order = list(range(len(BODY_TEMPLATES)))
    g.rng.shuffle(order)
    for i in range(150):
        t += dt.timedelta(minutes=g.rng.randint(3, 95), seconds=g.rng.randint(0, 59))
        a = g.person()
        c = g.person(exclude=a)
        slots = forum_slots(g, a, c)
        if not threads or g.chance(0.3):
            slug, title_tpl = TOPICS[len(threads) % len(TOPICS)]
            thread = {"slug": f"t{4800 + len(threads)}-{slug}", "title": render(title_tpl, slots)}
            threads.append(thread)
            title = thread["title"]
        else:
            thread = g.choice(threads[-8:])
            title = Text().add("Re: ").put(thread["title"])
        ti = order[i] if i < len(order) else g.rng.randrange(len(BODY_TEMPLATES))
        body = render(BODY_TEMPLATES[ti], slots)
        posts.append(
            {
                "id": 1001 + i,
                "thread": thread["slug"],
                "author.name": Text().pii(a.full, PERSON),
                "author.username": Text().pii(a.handle, USER),
                "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "title": title,
                "body": body,
            }
        )
    return posts


# --------------------------------------------------------------------------- #
# 3/4. analytics.csv / analytics.parquet
# --------------------------------------------------------------------------- #

ANALYTICS_PAGES = [
    "/", "/products/red-shoes", "/products/acme-router-x2?utm_source=newsletter", "/cart", "/checkout",
    "/checkout/confirm", "/search?q=red+shoes&page=2", "/help/faq", "/account", "/category/shoes?page=3",
]  # fmt: skip


def build_analytics(g: Gen) -> list[dict]:
    """Each row maps column -> str | Text | None (None = empty cell / null)."""
    rows = []
    t = dt.datetime(2026, 10, 12, 8, 15, 2)
    users = g.people[:40]
    multiline_at = 217
    anon_ips: dict[int, str] = {}
    for i in range(500):
        t += dt.timedelta(seconds=g.rng.randint(1, 300))
        row: dict = {"event_id": 100001 + i, "event_time": t}
        anonymous = g.chance(0.18)
        if anonymous:
            visitor = g.rng.randint(0, 14)
            ip = anon_ips.setdefault(
                visitor, g.public_v4() if visitor % 4 else g.fmt_v6(g.v6(), "compressed")
            )
            row.update(user_email=None, full_name=None, phone=None, client_ip=Text().pii(ip, IP))
            row["city"] = Text().pii(g.choice(CITIES), LOC) if g.chance(0.5) else None
            row.update(device_serial=None, hostname=None)
            u = None
        else:
            u = g.choice(users)
            row["user_email"] = Text().pii(u.email, EMAIL)
            if g.chance(0.06):
                row["full_name"] = None
            elif u is g.people[1]:  # Bruno Costa is always "Costa, Bruno" -> a quoted CSV cell
                row["full_name"] = Text().pii(f"{u.last}, {u.first}", PERSON)
            else:
                row["full_name"] = Text().pii(u.full, PERSON)
            row["phone"] = Text().pii(u.phone.canonical, PHONE) if hash_bucket(u, 4) != 0 else None
            row["client_ip"] = Text().pii(u.ip6 if hash_bucket(u, 5) == 0 else u.ip, IP)
            row["city"] = address_pieces(u.city_cell) if hash_bucket(u, 7) != 0 else None
            row["device_serial"] = Text().pii(u.serial, SERIAL) if hash_bucket(u, 3) != 0 else None
            row["hostname"] = Text().pii(u.hostname, HOST) if hash_bucket(u, 3) != 1 else None

        page = Text()
        if i == multiline_at:
            page.add('/feedback?msg=Checkout was slow, "again".\nCall me back on ')
            page.pii(g.phone_text((u or users[0]).phone, 1.0), PHONE)
            page.add(" after 6pm")
        elif u is not None and g.chance(0.05):
            page.add("/account/settings?email=").pii(quote(u.email, safe=""), EMAIL)
        elif u is not None and g.chance(0.03):
            page.add("/orders?customer=").pii(u.login, USER).add("&sort=date")
        else:
            page.add(g.choice(ANALYTICS_PAGES))
        row["page"] = page
        rows.append(row)
    return rows


def hash_bucket(u: Person, n: int) -> int:
    """A stable per-user bucket (no Python hash randomisation)."""
    return sum(map(ord, u.email)) % n


# --------------------------------------------------------------------------- #
# 5. notes.txt
# --------------------------------------------------------------------------- #

NOTE_TEMPLATES = [
    "Called {name} on {phone}; confirmed delivery address {addr}.",
    "{name} ({email}) asked to close the account. Sent confirmation.",
    "Left voicemail for {first} at {phone}. Will retry tomorrow.",
    "Escalated to {cname}: customer {name} cannot log in from {ip}.",
    "Password reset link sent to {email}; customer confirmed receipt.",
    "Device {host} (S/N {sn}) returned for repair; RMA created.",
    "Customer moved to {city}; updated billing profile.",
    "Spoke with {name}, callback number {phone}, prefers e-mail: {email}.",
    "Refund of 42.50 EUR approved by {cfirst}.",
    "Customer wrote from {email} asking about invoice INV-2026-00417.",
    "MAC {mac} blocked on the guest Wi-Fi after abuse report from {ip}.",
    "Phone number on file changed from {old_phone} to {phone}.",
    "{name} reports licence key {key4} already in use on {host}.",
    "Customer spelled address as {obf}, corrected to {email}.",
    "Visited {name} at {addr} to swap the router; old unit MAC {mac}.",
]
NOTE_NO_PII = [
    "Duplicate ticket, merged into #T-48190. No action needed.",
    "Shipping label printed, courier pickup at 16:00.",
    "Knowledge-base article KB-2207 updated with the new reset steps.",
    "Queue backlog cleared; 14 tickets reassigned to tier 2.",
]
VALID_CARDS = ["4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005"]
INVALID_CARD = "4111 1111 1111 1112"


def build_notes(g: Gen) -> list[Text]:
    lines = []
    t = dt.datetime(2026, 10, 14, 9, 2)
    n_lines = 40
    specials = {7: ("card", 0), 19: ("card", 1), 31: ("card", 2), 25: ("badcard", None)}
    no_pii_at = {4, 13, 28, 37}
    note_people = g.rng.sample(g.people, n_lines)
    tpl_order = list(range(len(NOTE_TEMPLATES)))
    g.rng.shuffle(tpl_order)
    k = 0
    for i in range(1, n_lines + 1):
        t += dt.timedelta(minutes=g.rng.randint(4, 70))
        a = note_people[i - 1]
        c = g.person(exclude=a)
        tb = Text().add(f"{t:%Y-%m-%d %H:%M} #T-{48100 + i * 7} ")
        if i in specials:
            kind, idx = specials[i]
            if kind == "card":
                tb.put([Pii(a.full, PERSON), " paid by card ", Pii(VALID_CARDS[idx], CARD), ", charge declined twice; advised to call their bank."])  # fmt: skip
            else:
                tb.add(f"Card number read out as {INVALID_CARD} fails the checksum; asked ").pii(
                    a.first, PERSON
                )
                tb.add(" to re-check the digits.")
        elif i in no_pii_at:
            tb.add(NOTE_NO_PII[len([x for x in no_pii_at if x < i])])
        else:
            tpl = NOTE_TEMPLATES[
                tpl_order[k] if k < len(tpl_order) else g.rng.randrange(len(NOTE_TEMPLATES))
            ]
            k += 1
            slots = forum_slots(g, a, c)
            slots["old_phone"] = Pii(g.phone_text(a.old_phone), PHONE)
            tb.put(render(tpl, slots))
        lines.append(tb)
    return lines


# --------------------------------------------------------------------------- #
# Writing, gold, self-check
# --------------------------------------------------------------------------- #


def gold_rows(file: str, record: int, fld: str | None, tb: Text) -> list[dict]:
    return [
        {
            "file": file,
            "record": record,
            "field": fld,
            "start": s,
            "end": e,
            "entity_type": et,
            "_text": x,
        }
        for s, e, et, x in tb.spans
    ]


def write_lines(path: Path, lines: list[Text]) -> list[dict]:
    gold = []
    with path.open("w", encoding="utf-8", newline="") as f:
        for n, tb in enumerate(lines, 1):
            v = tb.value
            assert "\n" not in v and "\r" not in v, f"{path.name}:{n} contains a line break"
            f.write(v + "\n")
            gold += gold_rows(path.name, n, None, tb)
    return gold


def write_forum(path: Path, posts: list[dict]) -> list[dict]:
    gold = []
    with path.open("w", encoding="utf-8", newline="") as f:
        for n, p in enumerate(posts, 1):
            obj = {
                "id": p["id"],
                "thread": p["thread"],
                "author": {"name": p["author.name"].value, "username": p["author.username"].value},
                "created_at": p["created_at"],
                "title": p["title"].value,
                "body": p["body"].value,
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
            for fld in ("author.name", "author.username", "title", "body"):
                gold += gold_rows(path.name, n, fld, p[fld])
    return gold


def cell_str(v) -> str:
    if v is None:
        return ""
    if isinstance(v, Text):
        return v.value
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(v)


def write_analytics(
    csv_path: Path, pq_path: Path, rows: list[dict]
) -> tuple[list[dict], list[dict]]:
    gold_csv, gold_pq = [], []
    with csv_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(CSV_COLUMNS)
        for r in rows:
            w.writerow([cell_str(r[c]) for c in CSV_COLUMNS])
    for n, r in enumerate(rows, 1):
        for c in CSV_COLUMNS:
            if isinstance(r[c], Text):
                gold_csv += gold_rows(csv_path.name, n, c, r[c])
                gold_pq += gold_rows(pq_path.name, n, c, r[c])
    data = {
        c: [(r[c].value if isinstance(r[c], Text) else r[c]) for r in rows] for c in CSV_COLUMNS
    }
    schema = {c: pl.String for c in CSV_COLUMNS}
    schema["event_id"] = pl.Int64
    schema["event_time"] = pl.Datetime("us", "UTC")
    data["event_time"] = [t.replace(tzinfo=dt.timezone.utc) for t in data["event_time"]]
    df = pl.DataFrame(data, schema=schema)
    df.write_parquet(pq_path, compression="zstd", statistics=True)
    return gold_csv, gold_pq


def write_gold(path: Path, gold: list[dict]) -> None:
    rank = {
        f: i
        for i, f in enumerate(("author.name", "author.username", "title", "body") + CSV_COLUMNS)
    }
    gold.sort(key=lambda d: (d["record"], rank.get(d["field"], -1), d["start"]))
    with path.open("w", encoding="utf-8", newline="") as f:
        for d in gold:
            f.write(
                json.dumps({k: v for k, v in d.items() if k != "_text"}, ensure_ascii=False) + "\n"
            )


# --- self-check ---------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
V4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
ALLOWED_EMAIL_DOMAINS = set(EMAIL_DOMAINS)
# Digit groups that only occur inside the fictional numbers written in their spaced/dashed forms.
FICTIONAL_PHONE_CORE_RE = re.compile(
    r"555-01\d\d|7946 0\d{3}|7700 900\d{3}|23125 ?\d{3}|99 00 \d\d \d\d|491 570 \d{3}|9157 0\d{3}"
)


def normalize_obfuscated(s: str) -> str:
    s = re.sub(r"\s*(?:\(at\)|\[at\]| AT )\s*", "@", s)
    return re.sub(r"\s*(?:\[dot\]| DOT )\s*", ".", s)


def check_value(et: str, text: str, where: str) -> None:
    assert text and text == text.strip(), f"{where}: empty or padded span {text!r}"
    if et == EMAIL:
        from urllib.parse import unquote

        addr = normalize_obfuscated(unquote(text))
        assert EMAIL_RE.fullmatch(addr), f"{where}: not an e-mail {text!r}"
        assert addr.split("@")[1] in ALLOWED_EMAIL_DOMAINS, f"{where}: domain not reserved {text!r}"
    elif et == IP:
        ip = ipaddress.ip_address(text)
        if ip.version == 6 and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        nets = V4_NETS + PRIVATE_NETS if ip.version == 4 else [V6_NET]
        assert any(ip in n for n in nets), f"{where}: IP outside reserved/private ranges {text!r}"
    elif et == PHONE:
        from urllib.parse import unquote

        digits = re.sub(r"\D", "", unquote(text))
        ok = (
            re.fullmatch(r"1?(202|415)55501\d\d", digits)
            or re.fullmatch(r"(44|0)2079460\d{3}", digits.replace("4402", "442", 1))
            or re.fullmatch(r"(44|0)7700900\d{3}", digits)
            or re.fullmatch(r"(49|0)3023125\d{3}", digits.replace("4903", "493", 1))
            or re.fullmatch(r"(33|0)19900\d{4}", digits.replace("3301", "331", 1))
            or re.fullmatch(r"(61|0)491570(" + "|".join(AU_FICTIONAL) + ")", digits)
        )
        assert ok, f"{where}: phone outside fictional ranges {text!r}"
    elif et == CARD:
        assert luhn_ok(text), f"{where}: card fails Luhn {text!r}"


def self_check(out: Path, gold_by_file: dict[str, list[dict]], person_names: list[str]) -> None:
    assert not luhn_ok(INVALID_CARD)
    for fname, gold in gold_by_file.items():
        path = out / fname
        # Per-record/field lookup of the value as a consumer would read it.
        if fname.endswith((".log", ".txt")):
            raw = path.read_text(encoding="utf-8")
            assert raw.endswith("\n") and "\r" not in raw
            lines = raw[:-1].split("\n")
            assert all(lines), f"{fname}: blank line"
            assert lines == raw.splitlines(), f"{fname}: has exotic line separators"

            def value(rec, fld, lines=lines):
                assert fld is None
                return lines[rec - 1]

            full_texts = {n: line for n, line in enumerate(lines, 1)}
        elif fname.endswith(".jsonl"):
            objs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

            def value(rec, fld, objs=objs):
                v = objs[rec - 1]
                for k in fld.split("."):
                    v = v[k]
                return v

            full_texts = {n: o["body"] + "\n" + o["title"] for n, o in enumerate(objs, 1)}
        elif fname.endswith(".csv"):
            with path.open(encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            assert tuple(rows[0]) == CSV_COLUMNS
            data = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]

            def value(rec, fld, data=data):
                return data[rec - 1][fld]

            full_texts = {n: "\n".join(r.values()) for n, r in enumerate(data, 1)}
        else:
            df = pl.read_parquet(path)
            assert df.schema["event_id"] == pl.Int64 and isinstance(
                df.schema["event_time"], pl.Datetime
            )
            data = df.to_dicts()

            def value(rec, fld, data=data):
                return data[rec - 1][fld]

            full_texts = {}
        covered: dict[int, list[tuple[str, str]]] = {}
        last = {}
        for d in gold:
            where = f"{fname}:{d['record']}:{d['field']}[{d['start']}:{d['end']}]"
            assert d["entity_type"] in ENTITY_TYPES, where
            v = value(d["record"], d["field"])
            assert isinstance(v, str) and 0 <= d["start"] < d["end"] <= len(v), where
            got = v[d["start"] : d["end"]]
            assert got == d["_text"], f"{where}: {got!r} != {d['_text']!r}"
            check_value(d["entity_type"], got, where)
            key = (d["record"], d["field"])
            assert d["start"] >= last.get(key, 0), f"{where}: overlapping spans"
            last[key] = d["end"]
            covered.setdefault(d["record"], []).append((d["entity_type"], got))
        # Coverage: every literal reserved-range e-mail / IPv4 in the text must be labelled.
        for rec, text in full_texts.items():
            labelled = " ".join(t for _, t in covered.get(rec, []))
            for m in EMAIL_RE.finditer(text):
                assert m.group(0) in labelled, f"{fname}:{rec}: unlabelled e-mail {m.group(0)!r}"
            for m in V4_RE.finditer(text):
                try:
                    ip = ipaddress.ip_address(m.group(0))
                except ValueError:
                    continue
                if any(ip in n for n in V4_NETS + PRIVATE_NETS):
                    assert m.group(0) in labelled, f"{fname}:{rec}: unlabelled IP {m.group(0)!r}"
            for m in FICTIONAL_PHONE_CORE_RE.finditer(text):
                assert m.group(0) in labelled, f"{fname}:{rec}: unlabelled phone {m.group(0)!r}"
            for name in person_names:
                if name in text:
                    assert name in labelled, f"{fname}:{rec}: unlabelled name {name!r}"
    # CSV and Parquet hold the same values (empty cell <-> null).
    with (out / "analytics.csv").open(encoding="utf-8", newline="") as f:
        csv_rows = list(csv.reader(f))[1:]
    pq_rows = pl.read_parquet(out / "analytics.parquet").to_dicts()
    assert len(csv_rows) == len(pq_rows)
    for cr, pr in zip(csv_rows, pq_rows, strict=True):
        for c, cv in zip(CSV_COLUMNS, cr, strict=True):
            pv = pr[c]
            if c == "event_time":
                pv = pv.strftime("%Y-%m-%dT%H:%M:%SZ")
            assert cv == ("" if pv is None else str(pv)), (c, cv, pv)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out",
        default=str(Path(__file__).resolve().parent),
        help="output directory (default: this folder)",
    )
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    out = Path(args.out)
    (out / "gold").mkdir(parents=True, exist_ok=True)

    g = Gen(args.seed)
    gold: dict[str, list[dict]] = {}
    gold["access.log"] = write_lines(out / "access.log", build_access_log(g))
    gold["forum.jsonl"] = write_forum(out / "forum.jsonl", build_forum(g))
    gold["analytics.csv"], gold["analytics.parquet"] = write_analytics(
        out / "analytics.csv", out / "analytics.parquet", build_analytics(g)
    )
    gold["notes.txt"] = write_lines(out / "notes.txt", build_notes(g))

    for fname, rows in gold.items():
        write_gold(out / "gold" / f"{fname}.gold.jsonl", rows)
    self_check(out, gold, [p.full for p in g.people])

    counts = {f: Counter(d["entity_type"] for d in rows) for f, rows in gold.items()}
    width = max(map(len, ENTITY_TYPES))
    files = list(gold)
    print(f"{'':{width}}  " + "  ".join(f"{f:>17}" for f in files) + f"  {'total':>6}")
    for et in ENTITY_TYPES:
        vals = [counts[f][et] for f in files]
        print(f"{et:{width}}  " + "  ".join(f"{v:>17}" for v in vals) + f"  {sum(vals):>6}")
    tot = [sum(counts[f].values()) for f in files]
    print(f"{'total':{width}}  " + "  ".join(f"{v:>17}" for v in tot) + f"  {sum(tot):>6}")
    print(f"self-check OK; wrote {len(files)} samples and gold files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
