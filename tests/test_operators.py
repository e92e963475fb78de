import ipaddress
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piiscan.findings import Finding, mask_preview
from piiscan.operators.cryptopan import CryptoPAn
from piiscan.operators.presidio import PseudonymOperator
from piiscan.operators.pseudonym import PSEUDO_EMAIL_DOMAIN, Pseudonymizer

# Copy of ../shared/test-vectors/cryptopan.json: the Crypto-PAn reference key and the
# sample trace of the original distribution (via github.com/Yawning/cryptopan, BSD-2).
VECTORS = json.loads((Path(__file__).parent / "vectors" / "cryptopan.json").read_text())


@pytest.mark.parametrize("family", ["ipv4", "ipv6"])
def test_cryptopan_matches_reference_vectors(family):
    c = CryptoPAn(bytes.fromhex(VECTORS["key_hex"]))
    pairs = VECTORS[family]
    assert pairs
    for raw, expected in pairs:
        assert c.anonymize(raw) == expected


def _common_prefix(a: int, b: int, bits: int) -> int:
    x = a ^ b
    return bits - x.bit_length()


@settings(max_examples=60, deadline=None)
@given(a=st.ip_addresses(v=4), b=st.ip_addresses(v=4))
def test_cryptopan_preserves_prefixes_v4(a, b):
    c = CryptoPAn(bytes(range(32)))
    pa, pb = ipaddress.ip_address(c.anonymize(str(a))), ipaddress.ip_address(c.anonymize(str(b)))
    assert _common_prefix(int(a), int(b), 32) == _common_prefix(int(pa), int(pb), 32)


@settings(max_examples=25, deadline=None)
@given(a=st.ip_addresses(v=6), b=st.ip_addresses(v=6))
def test_cryptopan_preserves_prefixes_v6(a, b):
    if a.ipv4_mapped or b.ipv4_mapped:
        return
    c = CryptoPAn(bytes(range(32)))
    pa, pb = ipaddress.ip_address(c.anonymize(str(a))), ipaddress.ip_address(c.anonymize(str(b)))
    assert _common_prefix(int(a), int(b), 128) == _common_prefix(int(pa), int(pb), 128)


P1 = Pseudonymizer(b"\x01" * 32, b"\x02" * 32)
P2 = Pseudonymizer(b"\x03" * 32, b"\x04" * 32)


def test_pseudonyms_are_deterministic_normalized_and_keyed():
    a = P1.pseudonym("EMAIL_ADDRESS", "Jane.Roe@Example.com")
    assert a == P1.pseudonym("EMAIL_ADDRESS", "jane.roe@example.com")
    assert a == P1.pseudonym("EMAIL_ADDRESS", "jane.roe(at)example(dot)com")
    assert a != P2.pseudonym("EMAIL_ADDRESS", "jane.roe@example.com")
    assert a.endswith("@" + PSEUDO_EMAIL_DOMAIN)


def test_a_mention_is_the_member_it_names():
    # '@swhitfield' in a post and 'swhitfield' in the username field: one member, one
    # pseudonym (and one value hash), the mention keeping its '@'
    from piiscan.normalize import normalize

    name, mention = P1.pseudonym("USERNAME", "swhitfield"), P1.pseudonym("USERNAME", "@swhitfield")
    assert mention == "@" + name and name.startswith("user_")
    assert normalize("USERNAME", "@swhitfield") == normalize("USERNAME", "swhitfield") == "swhitfield"


@pytest.mark.parametrize("how", ["pseudonym", "ip_prefix"])
@pytest.mark.parametrize("ip", ["192.0.2.10", "2001:db8::1", "::ffff:192.0.2.10", "::1"])
def test_ip_pseudonyms_stay_valid_addresses_of_the_same_family(ip, how):
    out = P1.pseudonym("IP_ADDRESS", ip) if how == "pseudonym" else P1.ip_prefix(ip)
    assert ipaddress.ip_address(out).version == ipaddress.ip_address(ip).version
    assert out != ip


@pytest.mark.parametrize("how", ["pseudonym", "ip_prefix"])
def test_ip_pseudonym_keeps_brackets_and_full_form(how):
    fn = P1.ip_prefix if how == "ip_prefix" else (lambda v: P1.pseudonym("IP_ADDRESS", v))
    assert fn("[2001:db8::1]").startswith("[")
    full = fn("2a03:0000:10ff:f00f:0000:0000:0000:8000")
    assert len(full.split(":")) == 8


@pytest.mark.parametrize("how", ["pseudonym", "ip_prefix"])
def test_a_padded_address_is_the_decimal_one_and_keeps_its_padding(how):
    fn = P1.ip_prefix if how == "ip_prefix" else (lambda v: P1.pseudonym("IP_ADDRESS", v))
    padded = fn("010.001.020.003")
    assert re.fullmatch(r"\d{3}(?:\.\d{3}){3}", padded)
    assert ".".join(str(int(o)) for o in padded.split(".")) == fn("10.1.20.3")
    assert fn("192.030.0.6") == fn("192.30.0.6")  # padded here and there: written as decimals


def test_plain_ip_pseudonyms_keep_no_prefix_and_ip_prefix_does():
    a, b = "198.51.100.7", "198.51.100.8"
    assert P1.ip_prefix(a).rsplit(".", 1)[0] == P1.ip_prefix(b).rsplit(".", 1)[0]
    # the keyed (non-prefix) pseudonym of a neighbour shares nothing systematic; over
    # 50 neighbours, their /24s cannot all agree
    nets = {P1.pseudonym("IP_ADDRESS", f"198.51.100.{i}").rsplit(".", 1)[0] for i in range(50)}
    assert len(nets) > 1


@pytest.mark.parametrize("phone", ["+44 20 7946 0958", "+1 (202) 555-0143", "(202) 555-0143"])
def test_phone_pseudonym_keeps_country_code_digit_count_and_separators(phone):
    out = P1.pseudonym("PHONE_NUMBER", phone)
    assert out != phone
    assert [c for c in out if not c.isdigit()] == [c for c in phone if not c.isdigit()]
    if phone.startswith("+44"):
        assert out.startswith("+44 ")
    assert sum(c.isdigit() for c in out) == sum(c.isdigit() for c in phone)


@pytest.mark.parametrize("entity, value, shape", [
    ("SERIAL_NUMBER", "ABCD-EFGH-JKLM-NPQR", r"[A-Z]{4}(?:-[A-Z]{4}){3}"),
    ("SERIAL_NUMBER", "C02XK1ZJJG5H", r"[A-Z]\d\d[A-Z]{2}\d[A-Z]{4}\d[A-Z]"),  # letter/digit classes kept
    ("HARDWARE_ID", "00:1a:2b:3c:4d:5e", r"[0-9a-f]{2}(?::[0-9a-f]{2}){5}"),
    ("HARDWARE_ID", "00-1A-2B-3C-4D-5E", r"[0-9A-F]{2}(?:-[0-9A-F]{2}){5}"),
    ("HARDWARE_ID", "001a.2b3c.4d5e", r"[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}"),
    ("HARDWARE_ID", "{4C4C4544-0042-3510-8052-B4C04F4E4B31}", r"\{[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}\}"),
    ("HARDWARE_ID", "35-693803-564380-9", r"\d{2}-\d{6}-\d{6}-\d"),  # an IMEI
    ("USERNAME", "jdoe", r"user_[0-9a-f]{8}"),
    ("HOSTNAME", "DESKTOP-4F2K9QZ", r"host-[0-9a-f]{8}"),
    ("HOSTNAME", "janes-macbook.local", r"host-[0-9a-f]{8}\.local"),
    ("PERSON", "Jane Roe", r"<PERSON:[0-9a-f]{8}>"),
    ("LOCATION", "Leeds, UK", r"<LOCATION:[0-9a-f]{8}>"),
    # coordinates stay numbers with as many decimals: a lat column stays numeric
    ("LOCATION", "40.7614", r"-?\d{1,2}\.\d{4}"),
    ("LOCATION", "+52.52", r"[+-]\d{1,2}\.\d{2}"),
    ("LOCATION", "52.5200,13.4050", r"-?\d{1,2}\.\d{4},-?\d{1,2}\.\d{4}"),
    ("LOCATION", "POINT(13.4 52.5)", r"POINT\(-?\d{1,2}\.\d -?\d{1,2}\.\d\)"),
])
def test_pseudonyms_keep_the_shape_tools_parse(entity, value, shape):
    import re

    out = P1.pseudonym(entity, value)
    assert re.fullmatch(shape, out), out
    assert out != value and out == P1.pseudonym(entity, value) != P2.pseudonym(entity, value)


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-180, max_value=180), st.integers(min_value=1, max_value=8))
def test_coordinate_pseudonyms_are_valid_latitudes(x, places):
    out = P1.pseudonym("LOCATION", f"{x:.{places}f}")
    assert abs(float(out)) < 90 and len(out.partition(".")[2]) == places


def test_pseudonymous_macs_are_locally_administered_unicast():
    out = P1.pseudonym("HARDWARE_ID", "00:1a:2b:3c:4d:5e")
    first = int(out[:2], 16)
    assert first & 0x02 and not first & 0x01  # never a real vendor's OUI, never multicast


def test_presidio_operator_adapter():
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    engine = AnonymizerEngine()
    engine.add_anonymizer(PseudonymOperator)
    text = "mail jane@example.com now"
    result = engine.anonymize(
        text, [RecognizerResult("EMAIL_ADDRESS", 5, 21, 1.0)],
        {"EMAIL_ADDRESS": OperatorConfig("piiscan_pseudonym", {"pseudonymizer": P1})})
    assert result.text == f"mail {P1.pseudonym('EMAIL_ADDRESS', 'jane@example.com')} now"


@pytest.mark.parametrize(
    "entity, value, expected",
    [
        ("EMAIL_ADDRESS", "jane.roe@example.com", "j*******@e******.com"),
        ("IP_ADDRESS", "203.0.113.7", "203.*.*.*"),
        ("CREDIT_CARD", "4111 1111 1111 1111", "**** **** **** 1111"),
        ("PHONE_NUMBER", "+1 202-555-0143", "+* ***-***-**43"),
        ("PERSON", "Jane Roe", "J*******"),
        ("USERNAME", "bob", "***"),
    ],
)
def test_masked_previews(entity, value, expected):
    assert mask_preview(entity, value) == expected


def test_finding_repr_holds_no_raw_value():
    f = Finding("a.log", 3, None, 0, 20, "EMAIL_ADDRESS", 1.0, "Email", "ab" * 16,
                mask_preview("EMAIL_ADDRESS", "jane.roe@example.com"))
    assert "jane" not in repr(f) and "example" not in repr(f)


@settings(max_examples=300)
@given(st.integers(0, 2**32 - 1))
def test_cryptopan_ipv4_octet_memo_equals_the_bitwise_construction(addr):
    pan = CryptoPAn(bytes(range(32)))
    assert pan._anonymize_v4(addr) == pan._anonymize_int(addr, 32)
    assert pan._anonymize_v4(addr) == pan._anonymize_v4(addr)  # a memo hit gives the same


@settings(max_examples=50)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=300))
def test_cryptopan_primed_batch_equals_one_address_at_a_time(addrs):
    texts = [str(ipaddress.IPv4Address(a)) for a in addrs]
    one_by_one = CryptoPAn(bytes(range(32)))
    batch = CryptoPAn(bytes(range(32)))
    # not canonical IPv4, or not ASCII digits: left alone
    batch.prime(texts + ["010.1.2.3", "::1", "not an address", "1.2.3.256", "\u0661.2.3.4", "1.2.3"])
    assert set(batch._primed) == set(texts)
    assert [batch.anonymize(t) for t in texts] == [one_by_one.anonymize(t) for t in texts]


def test_cryptopan_primed_batch_matches_reference_vectors():
    pan = CryptoPAn(bytes.fromhex(VECTORS["key_hex"]))
    pan.prime([raw for raw, _ in VECTORS["ipv4"]])
    assert [pan._primed[raw] for raw, _ in VECTORS["ipv4"]] == [anon for _, anon in VECTORS["ipv4"]]
