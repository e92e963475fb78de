"""USERNAME: logins written in prose and in FTP servers' sessions; Bluesky handles (synthetic)."""

from __future__ import annotations

import pytest

E = "USERNAME"


@pytest.mark.parametrize(("text", "expected"), [
    ("Naay ni-login sa akong account (jessa_ga) gikan sa 203.177.12.178.", ["jessa_ga"]),  # Cebuano
    ("May nag-login daw po sa account ko (ernestoe9) galing sa IP", ["ernestoe9"]),  # Tagalog
    ("someone logged into my account (maluisas23) from 49.145.40.179", ["maluisas23"]),
    ("Username ko is cristyt18, yung last successful login", ["cristyt18"]), ("my login is j.doe.", ["j.doe"]),
    ("Customer login mylene.sayawan locked after 5 attempts", ["mylene.sayawan"]),
    ("@kimberlym23.bsky.social ingat!", ["@kimberlym23.bsky.social"]),
    ("cc @jun.dizon.bsky.social and @mae-ann.bsky.social", ["@jun.dizon.bsky.social", "@mae-ann.bsky.social"]),
    # FileZilla Server's session by its user, and the login its client sends
    ("2024-03-04T00:39:21.127Z << [FTP Session 5 1.172.82.132 dongi.ofad] EPSV", ["dongi.ofad"]),
    ("2024-03-04T02:12:45.757Z << [FTP Session 36 1.172.82.132] USER dongi.ofad", ["dongi.ofad"]),
    ("<< [FTP Session 2 2001:b011:f363::9602 ctwu] CWD /", ["ctwu"]),
    # a NAS's connection log ('Users:'), its homes
    ("conn log: Users: wychiang, Source IP: 192.168.1.180", ["wychiang"]),
    ("Accessed resources: /homes/ycshih/Desktop/SOP.docx, Action: Write", ["ycshih"]),
    # a chat room's member by the nick after the room's address (XMPP's multi-user chat)
    ("<from>helpdesk@conference.permatajurutera.com.my/rahmat.abdullah</from>", ["rahmat.abdullah"]),
    ("room@muc.example.org/nurul_ain joined", ["nurul_ain"]),
    # a chat's quoted reply's writer by handle (WeChat's)
    ("「mawat69：Contact me 011 1493 2102 for repair」", ["mawat69"]), ("「priscilla_kho：Sent you WhatsApp」", ["priscilla_kho"]),
    ("Dear Prakash Sharma, your SajiloNet FTTH a/c snl162912 expires on 2081-08-21.", ["snl162912"]),
])
def test_a_login_in_prose_or_a_servers_session(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)


@pytest.mark.parametrize("text", [
    "my account (see below) is fine", "Username is required. Your username is invalid",
    "the account (2024) was closed", "Customer login page locked by admin",  # (no login's letters; a word)
    "mail me at @example.com", "user@kimberlym23.bsky.social",  # (no handle; an address)
    "<< [FTP Session 36 1.172.82.132] USER anonymous", "conn log: Users: System, Source IP: 127.0.0.1",
    "GET /homes/for_sale/Austin_TX HTTP/1.1",  # (a listing site's path)
    'from="room@muc.example.org/Rahmat Abdullah"',  # (a display name's first word: no login)
    "<from>helpdesk@conference.permatajurutera.com.my/Jainus</from>",  # (a capitalized nick: a person's)
    "https://example.com/conference.pdf/x",
    "「Stephanie Kong：还在吗？」", "「Priscilla：hi」",  # (a display name: NER's to read)
    "credited to a/c 0123456789012", "the a/c unit is broken",  # (a bank's number; an air conditioner)
])
def test_no_login_where_none_is(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
