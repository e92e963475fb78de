"""HARDWARE_ID: MAC addresses and hardware GUIDs."""

from __future__ import annotations

import pytest

E = "HARDWARE_ID"

POSITIVE = [
    ("Connected remotely via AnyDesk 1 361 330 282. Done in 20 min.", ["1 361 330 282"]),  # a remote tool's id
    ("TeamViewer ID: 1227010748", ["1227010748"]),
    # a UUID after Spanish's 'UUID del equipo'; a Dell machine's SMBIOS UUID by its shape alone
    ("UUID del equipo (wmic csproduct): 4C4C4544-0049-8550-8038-631AD19CBEC9, service tag 5N7S7N7.",
     ["4C4C4544-0049-8550-8038-631AD19CBEC9"]),
    ("equipo 4c4c4544-0053-1042-8002-2ba36e80af31 en la sala", ["4c4c4544-0053-1042-8002-2ba36e80af31"]),
    ("D DhcpClient: Received packet: 8cf5a3d7ede1 ACK: your new IP /192.168.100.173", ["8cf5a3d7ede1"]),  # Android
    ("Auth: (540) Login OK: [001ba946e2d8] (from client sw-acc-cse-3f port 50100)", ["001ba946e2d8"]),  # MAB
    ('expires 3600 user-agent "Cisco/SPA504G-7.6.2e (E05FB957AEBD)(CCM)"', ["E05FB957AEBD"]),  # a SIP phone's UA
    ("Cihazın IMEI numarası 351494344826680 faturada", ["351494344826680"]),  # Turkish 'IMEI number'
    ("System UUID (dmidecode -s system-uuid): BEF1453A-6B2D-48E2-8CEF-1DBF29BEB8D8",
     ["BEF1453A-6B2D-48E2-8CEF-1DBF29BEB8D8"]),  # a note on how it was read
    ("10,03/12/24,07:43:02,Assign,10.10.4.70,LAPTOP-R2D7QX.corp.example.com,54E1ADE45A1B,,434619592,0,,,,0x4D53",
     ["54E1ADE45A1B"]),  # a Windows DHCP server's audit log: the MAC's column
    (r"cisco-av-pair=dhcp-client-identifier=01:48:2a:e3:c0:b5:b0\,StaticAssignment=false",
     ["48:2a:e3:c0:b5:b0"]),  # a DHCP client identifier: type 1, then the MAC
    ('<Called-Station-Id data_type="1">00-96-7c-22-f3-8a:CORVELL-SECURE</Called-Station-Id>',
     ["00-96-7c-22-f3-8a"]),  # an access point's MAC and its SSID
    ("GPU 0: NVIDIA RTX A5000 (UUID: GPU-29e42a0e-e3a6-4c16-aff5-ee470c4588d1)",
     ["GPU-29e42a0e-e3a6-4c16-aff5-ee470c4588d1"]),  # nvidia_gpu_uuid
    # a Syncthing device's id, and its first group in Syncthing's log and a conflict copy's name
    ("INFO: Connection from CXKJQDG-EUXLWSU-YQNKLSB-66SFPMH-D6SAWLY-XAUWZ4U-S6OVOBX-N5KOTCJ at 37.111.249.11:59275",
     ["CXKJQDG-EUXLWSU-YQNKLSB-66SFPMH-D6SAWLY-XAUWZ4U-S6OVOBX-N5KOTCJ"]),
    ('INFO: Device CHKZZUL client is "syncthing v1.29.2" named "hla-laptop"', ["CHKZZUL"]),
    ("INFO: Established secure connection to 2ZAAXKK at 192.168.10.5:22000", ["2ZAAXKK"]),
    ("report_v2.sync-conflict-20250310-141233-CHK5ZUL.docx", ["CHK5ZUL"]),
    ("IMEI 356938035643809", ["356938035643809"]),
    ("IMEI ya foni yanga ndi 352538741221314, ni nga i vula?", ["352538741221314"]),  # a few words after it
    ("IMEI: 35-693803-564380-9 (SIM 1)", ["35-693803-564380-9"]),
    ("The plug's IEEE address is d8:f4:1e:1b:3c:d8:9a:2d and it keeps rejoining.", ["d8:f4:1e:1b:3c:d8:9a:2d"]),
    ("EID 89049032685189662737487437979300\nIMEI 359770398839188\nIMEI2 867327717665201",  # an eSIM phone's
     ["89049032685189662737487437979300", "359770398839188", "867327717665201"]),
    (
        "link/ether 00:1a:2b:3c:4d:5e brd ff:ff:ff:ff:ff:ff",  # (the broadcast address is every device's)
        ["00:1a:2b:3c:4d:5e"],
    ),
    ("Physical Address. . : 00-1A-2B-3C-4D-5E", ["00-1A-2B-3C-4D-5E"]),
    # Aruba's access point: its address, MAC and name joined by '-'
    ("Assoc success @ 01:06:08.669798: 54:e1:ad:bd:8f:cf: AP 10.20.0.35-d0:d3:e0:81:98:d9-AP-3F-Design",
     ["54:e1:ad:bd:8f:cf", "d0:d3:e0:81:98:d9"]),
    ("Cisco 001A.2B3C.4D5E up", ["001A.2B3C.4D5E"]),
    ("mac=001A2B3C4D5E", ["001A2B3C4D5E"]),
    ("bssid: 001a2b3c4d5e", ["001a2b3c4d5e"]),
    ("HWaddr 00:1A:2B:3C:4D:5E", ["00:1A:2B:3C:4D:5E"]),
    ("BIOS UUID {4C4C4544-0042-3510-8052-B4C04F4B4E31}", ["{4C4C4544-0042-3510-8052-B4C04F4B4E31}"]),
    (
        "hardware UUID {BCE969B8-CCF6-EB7F-0A63-E1AB7F48BC3B}.",
        ["{BCE969B8-CCF6-EB7F-0A63-E1AB7F48BC3B}"],
    ),
    ("BIOS UUID: 8f8cced8-43b4-7c0f-aab1-dc6885b09162", ["8f8cced8-43b4-7c0f-aab1-dc6885b09162"]),
    ("System UUID: 4C4C4544-0042-3510-8052-B4C04F4B4E31", ["4C4C4544-0042-3510-8052-B4C04F4B4E31"]),
    ("UUID: 8f8cced8-43b4-7c0f-aab1-dc6885b09162", ["8f8cced8-43b4-7c0f-aab1-dc6885b09162"]),  # dmidecode's
    # a Configuration Manager client's ids: its SMS unique id and its hardware id
    ('Processing registration for client GUID:F4E94AE6-0445-7C9B-399F-A33D29B3D7F9 with status 0',
     ["GUID:F4E94AE6-0445-7C9B-399F-A33D29B3D7F9"]),
    ('<Hint Name="HardwareID">2:63B1C8E585BF3043DD96F6B6DE2D9C05092E498B</Hint>',
     ["2:63B1C8E585BF3043DD96F6B6DE2D9C05092E498B"]),
    ('/dev/sda2: UUID="8f8cced8-43b4-7c0f-aab1-dc6885b09162"', ["8f8cced8-43b4-7c0f-aab1-dc6885b09162"]),
    ("machine-id 4c4c4544004235108052b4c04f4b4e31", ["4c4c4544004235108052b4c04f4b4e31"]),
    ('hw_uuid="6ba7b810-9dad-11d1-80b4-00c04fd430c8"', ["6ba7b810-9dad-11d1-80b4-00c04fd430c8"]),
    ("bank link OP order=RT-104357 uuid=93277ee2-127c-4369-b0a7-acbc293fcd68 status=PENDING", []),  # (an object's id by its key)
    ("device id: 6ba7b810-9dad-11d1-80b4-00c04fd430c8", ["6ba7b810-9dad-11d1-80b4-00c04fd430c8"]),
    (  # a UFW / iptables kernel log: destination MAC, source MAC, ethertype
        "[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:00:16:3e:2c:a1:b2:08:00 SRC=203.0.113.7",
        ["52:54:00:12:34:56", "00:16:3e:2c:a1:b2"],
    ),
    ("IN=wlan0 OUT= MAC=01:00:5e:00:00:fb:a4:83:e7:11:22:33:86:dd SRC=", ["01:00:5e:00:00:fb", "a4:83:e7:11:22:33"]),
    ("MACSRC=00:16:3e:2c:a1:b2 MACDST=52:54:00:12:34:56 MACPROTO=0800",  # ulogd
     ["00:16:3e:2c:a1:b2", "52:54:00:12:34:56"]),
    ("Device: Pixel 7, Android ID 9774d56d682e549c. Crash", ["9774d56d682e549c"]),
    ("Android ID de mon tel : 854b1a396b1ed467, l'appli", ["854b1a396b1ed467"]),  # (whose, in French)
    ("*#06# donne 353329110672207 et 354678128488611 (double SIM)", ["353329110672207", "354678128488611"]),
    ("*#06# donne 35875611 603322 1 et 352098123874289", ["35875611 603322 1", "352098123874289"]),  # (as printed)
    ("UUID système (dmidecode) : 4838AB9F-A8D8-B71C-977E-10E14870DDA6, la", ["4838AB9F-A8D8-B71C-977E-10E14870DDA6"]),
    # the motherboard's UUID in Italian, an IMEI many words after its name in Spanish and Italian (round 60)
    ("L'UUID della scheda madre (dmidecode) è 929D7EE7-044F-4927-897F-7D043ED1E7F2.", ["929D7EE7-044F-4927-897F-7D043ED1E7F2"]),
    ("IMEI del móvil con el que uso la app es 492002850818080, por si sirve.", ["492002850818080"]),
    ("L'IMEI del telefono che uso per l'app è 863636786100880, se può servire.", ["863636786100880"]),
    ("ANDROID_ID=f1a2b3c4d5e6f708", ["f1a2b3c4d5e6f708"]),
    ("IDFA: 7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB", ["7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB"]),
    ("advertising id 38400000-8cf0-11bd-b23e-10b96e40000d", ["38400000-8cf0-11bd-b23e-10b96e40000d"]),
    ("enrolled 00008030-001A2B3C0E12802E via MDM", ["00008030-001A2B3C0E12802E"]),  # Apple UDIDs
    ("UDID: 2b6f0cc904d137be2e1730235f5664094b831186", ["2b6f0cc904d137be2e1730235f5664094b831186"]),
    ("IMEI ng pocket wifi: 862459988107350, ayaw mo-connect", ["862459988107350"]),  # (a colon after the words)
    ('DELIVERED by courier 224 (device de6bda79b8f9ec21)', ['de6bda79b8f9ec21']),  # a courier's phone in an app's log
]

NEGATIVE = [
    "AnyDesk 7.0.14 installed", "AnyDesk 2024 release",  # (a version; a year)
    "connection to GATEWAY at 10.0.0.1", "Device RUNNING at 10:00",  # (a word: no digit in it)
    "CXKJQDG-EUXLWSU-YQNKLSB-66SFPMH",  # (four groups: no device's id)
    # a form's instance id as OpenRosa writes it (ODK's 'meta-instanceID'), a URN's: no machine's
    "uuid:ace03aaf-99d9-4869-9536-b204d43949ed",
    "<instanceID>uuid:174fcce8-afc1-4801-a9ba-2f0d6337fee5</instanceID>",
    "sha1 2:63b1c8e585bf3043dd96f6b6de2d9c05092e498b",  # (in lower case: any digest's)
    "CLSID guid:f4e94ae6-0445-7c9b-399f-a33d29b3d7f9",
    "MP Reg: Skipping registration for 'GUID:00000000-0000-0000-0000-000000000000', no SMSID supplied.",
    "req 4c4c4544-1234-4550-8038-631ad19cbec9 done",  # (a random UUID's version nibble: no Dell's)
    "D DhcpClient: Received packet: 8cf5a3d7ede1",  # (no message's type after it: cut short)
    "Wi-Fi MAC Address: 02:00:00:00:00:00",  # what Android tells apps for any device's Wi-Fi MAC
    'user-agent "Cisco/SPA504G-7.6.2e (CCM)"', "build (E05FB957AEBD) of 7.6.2e",  # (no MAC; no phone's agent before)
    "arp: who-has 10.0.0.5 tell 10.0.0.1 dst ff:ff:ff:ff:ff:ff", "FF-FF-FF-FF-FF-FF",  # the broadcast address
    "Auth: (540) Login OK: [anna.becker] (from client sw-acc-cse-3f port 50100)",  # a person's login
    "IMEI numarası yok, 351494344826680 sipariş no", "UUID (see the docs) below",  # no number after it
    "10,03/12/24,07:43:02,Assign,10.10.4.70,host,,,434619592,0,,,,0x4D53465420352E30",  # no MAC; a hex run
    "build 54E1ADE45A1B, finished",  # 12 hex digits outside a DHCP line
    "order 89049032685189662737487437979300 shipped",  # 32 digits without 'EID'
    "run 0a-1b-2c-3d-4e-5f-60-71 done",  # a longer '-' run: no MAC at its start or end
    "addr fe80-d0:d3:e0:81:98:d9:aa ok",  # seven ':' groups: no MAC in them
    "2001:db8::01:48:2a:e3:c0:b5:b0 is up",  # an IPv6 address's groups, no client id
    # HAProxy's captured request id before the request
    'haproxy[8]: 1.2.3.4:5 [14/Mar/2025:09:12:01.123] fe be/s1 0/0/1/2/3 200 512 - - ---- 1/1/0/0/0 0/0 '
    '{example.com|curl/8.5.0|} {3b4c5d6e-7f8a-4b9c-b0d1-e2f3a4b5c6d7} "HEAD / HTTP/1.1"',
    "advertising id 00000000-0000-0000-0000-000000000000",  # the nil UUID: opted out
    # a braced GUID with no keyword: a firewall's policy tag, a COM class's (software's)
    "{4C4C4544-0042-3510-8052-B4C04F4B4E31}",
    '__policy_id_tag:"product=VPN-1 & FireWall-1[db_tag={4BED26C2-EAD0-419B-844F-4841178CD884};mgmt=cp"',
    # a COM class's, an interface's or an event provider's GUID: software's, not a device's
    "the COM Server application with CLSID {2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}",
    "Interface GUID: {7a3c5e91-1b2c-4d5e-8f90-a1b2c3d4e5f6}",
    'ProviderGuid="{54849625-5478-4994-A5BA-3E3B0328C30D}"',
    "imei=3569380356438091",  # 16 digits: no IMEI
    "order 356938035643809 shipped",  # fifteen digits without the keyword
    "request_id=550e8400-e29b-41d4-a716-446655440000",  # a request id: 0.3 only
    "trace 550e8400-e29b-41d4-a716-446655440000 done",
    "peer 2001:db8::1",
    "fe80:0:0:0:1a:2b:3c:4d",
    "at 10:05:03 ok",
    "sha1 3f786850e387550fdab836ed7e6dc881de23001b",
    "md5 d41d8cd98f00b204e9800998ecf8427e",
    "id 001A2B3C4D5E",  # 12 bare hex digits without a MAC keyword
    "value 00:1a:2b:3c:4d:5e:6f:70 in the list",  # eight groups without 'IEEE'/'EUI-64': no MAC in them
    "link/ether 00:00:00:00:00:00 brd 00:00:00:00:00:00",  # the zero MAC: a loopback's, an unset one
    "MAC=52:54:00:12:34:56:00:16:3e:2c:a1:b2:08:00:45",  # not the netfilter shape: 15 groups
    "XMAC=52:54:00:12:34:56:00:16:3e:2c:a1:b2:08:00",  # another field
    "ip 192.0.2.1",
    "Android ID missing", "android id deadbeefcafebabe",  # prose; hex words with no digit
    "tape *#06# pour voir", "*#06# donne 2024-10-05",  # (the code alone; no IMEI after it)
    "android id 9774d56d682e549c0",  # 17 digits: not an Android ID
    "commit 2b6f0cc904d137be2e1730235f5664094b831186",  # 40 hex without 'UDID': a hash
    "build 12345678-001A2B3C0E12802E",  # not an Apple chip id
    'error (device 1234567890123456)', '(device abcdefabcdefabcd)',  # (digits only, letters only: no Android ID)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_bare_uuid_is_low_and_context_words_exist(scores, recognizer):
    uuid = "550e8400-e29b-41d4-a716-446655440000"
    assert 0 < scores(f"id {uuid}", E)[uuid] < 0.4
    context = set(recognizer("HardwareIdRecognizer").context)
    assert {"hardware", "machine id", "smbios", "hw_uuid"} <= context
    assert "uuid" not in context  # would be found inside 'request_uuid'


def test_a_trackers_unique_id_in_traccars_position_log(find):
    line = ("2024-11-25 05:59:02  INFO: [Tbdae24c5] id: 868120044223201, time: 2024-11-25 05:58:57, "
            "lat: 6.66346, lon: -1.60142, speed: 34.8")
    assert find(line, E) == [(E, "868120044223201")]
    assert find("INFO: [T41090e92] id: 160438, time: 2024-11-25 06:55:14", E) == [(E, "160438")]
    assert find("job [worker] id: 868120044223201, time: 5s", E) == []  # (no connection's tag)
    assert find("INFO: [Tbdae24c5] id: 868120044223201 connected", E) == []  # (no position)


def test_a_remote_machines_id_in_anydesks_trace(find):
    line = "   info 2024-02-20 12:18:25.478  back  4688  10944   anynet.connection_mgr - Making a new connection to 845777824."
    assert find(line, E) == [(E, "845777824")]
    assert find("   info ...  anynet.any_socket - Client-ID: 1619393672 (FPR: fa68f3acc151).", E) == [(E, "1619393672")]
    assert find("pool - Making a new connection to 845777824.", E) == []  # (not AnyDesk's module)
    assert find("front  app.session_ctrl - Connecting to 411 271 824.", E) == [(E, "411 271 824")]
    assert find("  app.backend_session - Incoming session request: Windows Technical Dept (1 444 119 808)", E) == [
        (E, "1 444 119 808")]
    assert find("  app.address_book - Updated entry 1 149 239 235 tag 'PAYG'", E) == [(E, "1 149 239 235")]
    assert find("app.session_ctrl - Connecting to 12 34.", E) == []  # (no id's digits)
    assert find("anynet.connection_mgr - Making a new connection to 10.0.0.5.", E) == []  # (an address)


def test_a_mac_whose_makers_half_wireshark_resolved(find):
    assert find("Destination: YealinkX_7a:7b:c3", E) == [(E, "YealinkX_7a:7b:c3")]
    assert find("IntelCor_9d:3e:aa -> Broadcast", E) == [(E, "IntelCor_9d:3e:aa")]
    assert find("Backup_12:30:45 done", E) == [] and find("see file_ab:cd", E) == []  # (a time; two octets)


def test_a_mac_as_huaweis_vrp_writes_it(find):
    line = "DEVICEMAC:00e0-fc3a-41b2;DEVICENAME:BRAS-TGU-01;USER:ksandoval80@rednet;MAC:f4f2-6d71-00e2;"
    assert find(line, E) == [(E, "00e0-fc3a-41b2"), (E, "f4f2-6d71-00e2")]
    assert find("mac-address 18d6-c73e-330a vlan 300", E) == [(E, "18d6-c73e-330a")]
    assert find("key ABCD-12EF-3456", E) == []  # (a key's groups in capitals)
    assert find("call 8845-1290-1234, ref 2024-1204-1111", E) == []  # (no hex letter: a phone's, a date's)
    assert find("id 1b4e-28ba-2fa1-11d2", E) == []  # (a fourth group: no MAC)
    # H3C Comware's pairs glue the next key to a MAC by its dash (round 58)
    assert find("-UserMAC=f0b4-2982-f6aa-BSSID=5c1d-d98d-1761-SSID=HY-Staff", E) == [
        (E, "5c1d-d98d-1761"), (E, "f0b4-2982-f6aa")]
    assert find("uuid 550e8400-e29b-41d4-a716-446655440000", E) != [(E, "e29b-41d4-a716")]  # (a UUID's middle)


def test_a_dual_sim_phones_imeis(find):
    assert find("IMEI 357740019616820 / 860975184870238. ICCID", E) == [(E, "357740019616820"), (E, "860975184870238")]
    assert find("IMEI 1 : 860695606354096, IMEI 2 : 351600342255579", E) == [(E, "351600342255579"), (E, "860695606354096")]
    assert find("IMEI (vi na bandeja do SIM): 35-674108-950259-4. Tem", E) == [(E, "35-674108-950259-4")]
    assert find("order 357740019616820 / 860975184870238", E) == []  # (no IMEI's word)


def test_a_starlink_dishs_id(find):
    assert find("Modem light is blinking orange. Dish ID utc667e1f5-f8c9127c-ccf3380b.", E) == [(E, "utc667e1f5-f8c9127c-ccf3380b")]
    assert find("request utc667e1f5-f8c9127c done", E) == []  # (two groups: no dish's)


def test_a_satellite_phones_imei_is_no_card(find):
    # (Iridium's IMEIs start with 30, Diners Club's prefix; its cards have 14 or 16-19 digits, not 15)
    assert find("Sat phone won't register, IMEI 300234063004982.", E) == [(E, "300234063004982")]
    assert find("Sat phone won't register, IMEI 300234063004982.", "CREDIT_CARD") == []
    assert find("card 30569309025904", "CREDIT_CARD") == [("CREDIT_CARD", "30569309025904")]


def test_a_remote_machines_id_in_teamviewers_log(find):
    # round 70: TeamViewer's own log names the remote machine by its id (the session's number after it is none)
    assert find("CLogin::run(), connection to 1600479238 requested (outgoing)", E) == [(E, "1600479238")]
    assert find("CLogin::run(), connection to 1 240 929 435 requested", E) == [(E, "1 240 929 435")]
    assert find("CPersistentParticipantManager::AddParticipant: [282779620,-39878446] type=6", E) == [(E, "282779620")]
    assert find("CParticipantManagerBase participant Kishan Moesai (ID [282779620,-573874622]) was added", E) == [
        (E, "282779620")]
    assert find("Login_Active: authentication denied, partner 501695150 (wrong password, retry 1)", E) == [
        (E, "501695150")]
    assert find("AddParticipant: [12,34] type=6", E) == []  # (no id's digits)
    assert find("connection to 1600479238 requested", E) == []  # (not TeamViewer's CLogin)


def test_a_bluetooth_devices_mac_in_bluezs_object_path(find):
    # round 70: BlueZ's D-Bus object of a device under its adapter, the MAC's octets joined by '_'
    assert find("/org/bluez/hci0/dev_A4_C1_38_5E_21_9A/fd7: fd(30) ready", E) == [(E, "A4_C1_38_5E_21_9A")]
    assert find("/org/bluez/hci0/dev_A4_C1_38_5E_21/fd7", E) == []  # (five octets)
    assert find("my_dev_A4_C1_38_5E_21_9A", E) == []  # (no object path)
