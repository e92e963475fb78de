"""EMAIL_ADDRESS: plain and obfuscated addresses."""

from __future__ import annotations

import pytest

E = "EMAIL_ADDRESS"

POSITIVE = [
    # Spanish's and Portuguese's word for the at-sign, spelled out or bracketed
    ("escríbanme a inti_lema20 arroba gmail.com por favor", ["inti_lema20 arroba gmail.com"]),
    ("rosa.q arroba yahoo punto es", ["rosa.q arroba yahoo punto es"]), ("ana(arroba)correo.pe", ["ana(arroba)correo.pe"]),
    ("Faktúru poslať na kollar.igor zavináč azet.sk prosím.", ["kollar.igor zavináč azet.sk"]),  # (Slovak's at-sign)
    ("postfix/smtp[2]: 4TvQ: to=<anna.becker@gmx.de>, relay=mx.gmx.net", ["anna.becker@gmx.de"]),
    ("contact: jane.doe@example.com today", ["jane.doe@example.com"]),
    # an internationalized address's local part (RFC 6531), in a cased script
    ("smtp envelope from=<pětr.wjeńka@kamjenc-druk.de> to=<x@y.de>", ["pětr.wjeńka@kamjenc-druk.de", "x@y.de"]),
    ("mail müller@example.de now", ["müller@example.de"]), ("почта:ivan@x.ru", ["ivan@x.ru"]),
    ("联系我们请发邮件至info@example.com", ["info@example.com"]),  # Chinese glued to it: none of the local part
    ("<<< 250 2.1.5 <anna.becker@gmx.de>... Recipient ok", ["anna.becker@gmx.de"]),  # a recipient's SMTP reply
    ("CONTACT: JANE.DOE@EXAMPLE.COM", ["JANE.DOE@EXAMPLE.COM"]),  # an address in capitals is no principal
    ("mailto:jane@example.com and user:kim@example.org", ["jane@example.com", "kim@example.org"]),
    ("email=pat_q+news@mail.example.co.uk.", ["pat_q+news@mail.example.co.uk"]),
    ("From: <Alex.Sample@Example.COM>", ["Alex.Sample@Example.COM"]),
    ("a1@example.org, b2@example.net", ["a1@example.org", "b2@example.net"]),
    ('"upn":"rhea.icamina_outlook.com#EXT#@bicoltours.onmicrosoft.com"',  # an Entra ID guest's
     ["rhea.icamina_outlook.com#EXT#@bicoltours.onmicrosoft.com"]), ("see #EXT#@x.com", []),
    ("reserved TLDs: tester@foo.test and x@site.example", ["tester@foo.test", "x@site.example"]),
    ("GET /profile/jo-ann@example.com HTTP/1.1", ["jo-ann@example.com"]),
    ("To: ~jdlange/plaaslog-devel@lists.sr.ht", ["~jdlange/plaaslog-devel@lists.sr.ht"]),  # a sourcehut list's
    # obfuscated forms
    ("write to jdoe(at)example.com", ["jdoe(at)example.com"]),
    ("jdoe [at] example [dot] com", ["jdoe [at] example [dot] com"]),
    ("mail jdoe at example dot com please", ["jdoe at example dot com"]),
    ("j.doe{at}example{dot}org", ["j.doe{at}example{dot}org"]),
    ("jane (at) example (dot) co (dot) uk", ["jane (at) example (dot) co (dot) uk"]),
    ("jane [dot] roe [at] example [dot] com", ["jane [dot] roe [at] example [dot] com"]),
    # the whole local part, its dots spelled out too (else 'sarah dot' is left in the copy)
    ("Reach me at sarah dot connor at gmail dot com or", ["sarah dot connor at gmail dot com"]),
    # defanged (threat reports, pastes) and the fullwidth at-sign
    ("ioc: evil@bad-domain[.]ru, x@mail(dot)example[.]org", ["evil@bad-domain[.]ru", "x@mail(dot)example[.]org"]),
    ("reach me: j.smith\uff20gmail.com", ["j.smith\uff20gmail.com"]),
    # a handle 'at' a webmail provider's domain
    ("his email is pobrien1962 at gmail.com lol", ["pobrien1962 at gmail.com"]),
    ("write kat.m at yahoo.co.uk", ["kat.m at yahoo.co.uk"]),
    ("alt email: l.marafie @ gmail.com", ["l.marafie @ gmail.com"]),  # ('@' between blanks)
    # French's '(a)' glued to both, and 'arobase'
    ("mail : jeancharlesj2004(a)outlook.com", ["jeancharlesj2004(a)outlook.com"]),
    ("Imèl mwen se jeanbaptiste.magalie arobase gmail.com paske", ["jeanbaptiste.magalie arobase gmail.com"]),
    # an id key's value that is a person's address
    ("login user_id=ann.lee@example.com ok, client-id=kim@example.org", ["ann.lee@example.com", "kim@example.org"]),
    ("security contact: openssh@openssh.com", ["openssh@openssh.com"]),  # a role address of that domain
    ("From: <sip:anna.berg@example.com>;tag=1", ["anna.berg@example.com"]),  # a SIP address of a person
    # a list archive's masked address: Yahoo Groups' domain, Google Groups' local part cut short
    ("Return-Path: <daniel.griffin@...>", ["daniel.griffin@..."]), ("X-Sender: riek_thi@...", ["riek_thi@..."]),
    ("jo...@gmail.com wrote:", ["jo...@gmail.com"]),
    ("From: <0723456789@sms.example.co.ke>", ["0723456789@sms.example.co.ke"]),  # (digits alone: a mailbox)
    ("user: 0723456789.k@gmail.com", ["0723456789.k@gmail.com"]),  # (no brackets: no message's id)
    ("From: Anna Berg <Anna.Berg1984@gmail.com>", ["Anna.Berg1984@gmail.com"]),  # (a name's capitals: a mailbox)
]

NEGATIVE = [
    "see item (a) gmail.com", "note (a)foo.com", "I am @ home now", "me @ gmail.com",  # (a list's item; no handle)
    "el signo arroba es la letra", "arroba", "znak zavináč je", "zavináč",
    # Misskey's identicon of an account (its login's), Konversation's join with its hostmask
    "https://caribtek.social/identicon/priya_sukhai@caribtek.social",
    "[Join]\tdelroy_t has joined this channel (~delroy@cpe-72-27.jamaica.example.net).",
    ":kwame!~kw@host.example PRIVMSG #ghana :hi",  # (an IRC prefix's ident and host)
    # a message's id by its shape: a time and a random part in brackets (Rspamd's 'id: <...>')
    "rspamd_task_write_log: id: <20260309073400.c43b5c4dea@mail.gmail.com>, qid: <N7fhcjxp62qV84>",
    # or a random part of mixed case and digits in brackets (Cyrus' delivery, SendGrid's smtp-id)
    "lmtpunix[32104]: Delivered: <CABw2wxg++De8ezc4t1ooA5jhB-_Epnm4FdbhD+Cpc8@mail.gmail.com> to mailbox: user.x",
    '"smtp-id": "<myk4bv6Hv_ofu8A8TJnzZN@ismtpd083p1mdw1.sendgrid.net>"',
    "loaded message; id: <1709971200000.42.JavaMail.app@mx1.example.com>; queue-id: <x2pLvg38>",
    "see foo@... bar", "ssh root@... then", "loading... @ home",  # (no header's, no brackets; no address)
    # a Google Group's link to a message by its id
    "To view this discussion on the web visit https://groups.google.com/d/msgid/openmap-africa/CADq9%40mail.gmail.com.",
    # Kerio Connect's message ids, in its mail log and its queued reply
    "SSL: yes, Subject: Re: Offer, Msg-Id: <CAKyveBFYTd+qr1_NtkSwJSD585NFtWvldxOABT4b@mail.gmail.com>",
    '"messageId": "0106018e80433148-66916f53-b7cd-b7ec-606b-8889cf601b3e-000000@email.amazonses.com"',  # SES's id
    '"OriginalRecipient": "4260ba02e824153bcda99433f146792b@inbound.postmarkapp.com"',  # a digest's mailbox
    "Result: relayed, Status: 2.6.0 <9012f129-0c74-4451-b53c-314852a5e00d@latariecodroip.it> Queued mail for delivery",
    "see https://git.sr.ht/~anna/repo/tree", "cd ~anna/list@",  # a path; no domain
    # a Kerberos principal: a login (or a service) in its realm, written in capitals
    "NEEDED_PREAUTH: lnavarro@CORP.KESTRELMED.IO for krbtgt/CORP.KESTRELMED.IO@CORP.KESTRELMED.IO",
    # a message's id, in a mail log or a header: no one's mailbox
    "postfix/cleanup[4711]: 4TvQ3Q5yHkz9sTr: message-id=<CAF7q3Xk9a8b7c6d5e4f3g2h1@mail.gmail.com>",
    "dovecot: lmtp(anna): msgid=<9a8b7c6d@news.example.org>: saved mail to INBOX",
    "Message-ID: <20240312130111.4TvQ3Q5yHkz9sTr@acme-corp.com>",
    "Act=Acc|ReceiptAck=250 2.6.0 <ff8a3abc8d347eaf.58987@live.dk> Queued mail for delivery|",  # an SMTP reply's
    "Dir=Inbound|MsgId=<ff8a3abc8d347eaf.58987@live.dk>|Subject=hi",  # Mimecast's
    "dsn=2.0.0, stat=Sent (<eafef5d0f97a@m0392201.ppops.net> [InternalId=9472766126610])",  # Proofpoint's
    "lmtp - try again for message <CAJ0d611b64912e@mail.gmail.com>: exception occurred",  # Zimbra's message id
    'MailPartsDescription=["Body"]|messageId=<5deb5f05587f904a.73417@alerts.example.co>',
    "In-Reply-To: <5f2a@mail.example.com>",
    "Message-ID: <CAF4x9Q=kT2p8vH3mN@mail.example.se>",  # not its tail after a '=' either
    # Exim's message id
    "2024-04-16 08:00:01 1rwXyz-000ABC-1x <= <> H=mx.example.org S=39342 "
    "id=33a7ac56-f7a8-ce84-51a2-bd1596386f3a@norrhamn-logistics.com T=\"Hi\"",
    "with client 'sip:+46313205500@sip.telia-foretag.se' successful",  # a SIP URI's number: a phone's
    "sofia_reg.c:2185 Registered user 1032@pbx.kolonia-health.fm",  # (an extension at its phone system's realm)
    "expires=300 aor=rmenon@sip.mindavoice.ph", "AUTH FAILED for jajul@sip.mindavoice.ph",  # (a SIP address: its
    # user is a login, the realm no mail domain)
    "created_at_utc.now and updated_at_time.now() and a user_at_home.nowhere",  # (fields, calls; no known suffix)
    "New Channel sofia/internal/1020@pbx.kolonia-health.fm [e1bf]", "bridge(user/1018@pbx.kolonia-health.fm)",  # a
    # FreeSWITCH channel's extension
    "[00:29:34] *** Joins: vortexDrift (uid375153@id-375153.hampstead.irccloud.com)",  # an IRC hostmask
    "References: <ur5abc$1@dont-email.me>",  # a Usenet message id's tail
    "In article <8d60ac1cf708a8f716413af197928eca@novabbs.com>, Mags wrote:",  # the quoted article.s id
    '"conversationid": "19:7d6aa35f9a55b4fb61e9c7431cdf1495@thread.skype"',  # a Skype group's id
    "--> anna (~anna@host-203-0-113-5.example.net) has joined #help",
    # SSH's algorithm and extension names
    "%SSH-5-SSH2_SESSION: SSH2 Session request from 10.1.1.5 (tty = 0) using crypto cipher 'aes256-gcm@openssh.com', "
    "hmac 'hmac-sha2-256-etm@openssh.com' Succeeded",
    "kex: algorithm: curve25519-sha256@libssh.org, compression zlib@openssh.com, sntrup761x25519-sha512@openssh.com",
    "GET https://bob:s3cret@intranet.example.com/ HTTP/1.1",  # a URL's password and host
    "john%40example.com",  # URL-encoded: the caller decodes it; no '40example.com' fragment
    "a@b.c",  # no real TLD
    "host@machine.local",  # mDNS, not a mail domain
    "root@localhost",  # no suffix at all
    "bob@server.notatld",  # unknown suffix
    "look at this",  # the word 'at' alone
    "meet me at the cafe dot",  # 'at' and 'dot' but no address shape
    "jdoe at example.com",  # spelled-out 'at' needs a spelled-out 'dot' too
    "john at gmail.com",  # a word, not a handle, before 'at'
    "version 2.0 at gmail.com scale",  # prose
    "work3 at example.org",  # not a webmail provider
    "see foo dot bar dot baz",  # 'dot' without 'at'
    "@example.com",  # no local part
    "ssh git@",  # no domain
    "foo\uff20bar",  # a fullwidth at-sign, no domain
    "bob@server[.]notatld",  # defanged, unknown suffix
]


def test_one_address_one_normal_form_however_written():
    from piiscan.normalize import normalize

    plain = normalize("EMAIL_ADDRESS", "j.smith@gmail.com")
    for spelling in ("j.smith@gmail[.]com", "j.smith\uff20gmail.com", "j.smith(at)gmail(dot)com",
                     "j.smith%40gmail.com", "j.smith at gmail.com", "j.smith () gmail ! com"):
        assert normalize("EMAIL_ADDRESS", spelling) == plain


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_percent_encoded_gives_no_fragment(scores):
    assert scores("user=john%40example.com", E) == {}


def test_plain_address_validated_to_full_score(scores):
    assert scores("jane.doe@example.com", E) == {"jane.doe@example.com": 1.0}


def test_spelled_out_scores_below_bracketed(scores):
    spelled = scores("jdoe at example dot com", E)["jdoe at example dot com"]
    bracketed = scores("jdoe(at)example(dot)com", E)["jdoe(at)example(dot)com"]
    assert 0.4 <= spelled < bracketed


def test_context(recognizer):
    for name in ("EmailAddressRecognizer", "ObfuscatedEmailRecognizer"):
        assert "email" in recognizer(name).context


@pytest.mark.parametrize("text", ["she worked at home dot com", "we met at example dot com"])
def test_spelled_out_prose_is_not_an_address(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize("text, expected", [
    ("References: <yp8gxcn6-ygcp-klj7@doyle.de> <t3um0psh-wxrq-7f3w@doyle.de>", []),  # message ids
    ("\t<t3um0psh-wxrq-7f3w@doyle.de>", []),  # a folded References: header's next line
    ("\tJane Roe <jane.roe@example.com>", ["jane.roe@example.com"]),  # a folded To: header's
    ("  <jane.roe@example.com> wrote:", ["jane.roe@example.com"]),
    ("X-Pm-External-Id: <3kpjadse08anbd56epsc@outlook.dk>", []),  # a vendor's header of a message's id
    ("Info: MID 104882319 Message-ID '<1b24f7c8-3cfc-4be0@wp.pl>'", []),  # IronPort's
    ("MID 104882319 RID [0] Response '2.6.0 <b7093829b77e8bc4@kestrelridge.com> [InternalId=79] Queued", []),
    ("MID 104882319 From: <jane.roe@example.com>", ["jane.roe@example.com"]),
    ("Same here. @cron_guy@feddit.nl posted the fix", []),  # a fediverse handle (username.yaml's)
    ("X-Original-Sender: <jane.roe@example.com>", ["jane.roe@example.com"]),
    ("Reply-To: <jane.roe@example.com>", ["jane.roe@example.com"]),
])
def test_message_ids_in_references_are_no_ones_mailbox(find, text, expected):
    assert find(text, "EMAIL_ADDRESS") == sorted(("EMAIL_ADDRESS", s) for s in expected)


@pytest.mark.parametrize("text, expected", [
    ("From marco.rossi at virgilio.it  Tue Mar  3 17:43:44 2026", ["marco.rossi at virgilio.it"]),  # mbox's From_
    ("From: thibault_dubois at laposte.net (Thibault Dubois)", ["thibault_dubois at laposte.net"]),
    ("On Fri, 6 Mar 2026, Thibault Dubois <thibault_dubois at laposte.net> wrote:",
     ["thibault_dubois at laposte.net"]),
    ("From: the office at home.com", []),  # prose in a header
    ("I looked at README.md", []),
    # Hypermail's spam protection: '_at_' for '@'
    ('<meta name="Author" content="Grace Dubois (grace.dubois_at_proton.me)" />', ["grace.dubois_at_proton.me"]),
    ('<a href="mailto:tanaka_mei_at_ymail.com?Subject=Re%3A%20...">', ["tanaka_mei_at_ymail.com"]),
    ("the created_at_utc column and updated_at_2024.log", []),
    # MARC's: '@' as ' () ', each dot as ' ! '; not its message's id
    ("From: Kathukuta Kaliye <kathukuta.kaliye () gmail ! com>", ["kathukuta.kaliye () gmail ! com"]),
    ("Natumina mukanda ku moz-linux-users () lists ! sourceforge ! net.", ["moz-linux-users () lists ! sourceforge ! net"]),
    ("Message-ID: <CAF59B+8ba028af1a4e94bad555 () mail ! gmail ! com>", []),
    ("if (x () y ! z) return", []),  # (a domain's suffix unknown: code)
])
def test_a_mailing_list_archives_addresses(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


def test_a_mail_servers_own_mailboxes_are_no_ones(find):
    assert find("sender HealthMailboxfc171f5f00dae9b9b6aa43766ee240d8@example.com", E) == []
    assert find("from healthy.mailbox@example.com", E) == [(E, "healthy.mailbox@example.com")]


@pytest.mark.parametrize(("text", "email"), [
    ("INVITE <sip:nuno.oliveira@voz.pirineunet.es>", []),  # a SIP address at a voice realm, no mailbox
    ("AUTH FAILED for ana@voix.operateur.fr", []),
    ("write to maria@voz.com.br", ["maria@voz.com.br"]),  # a brand's domain under Brazil's 'com'
])
def test_an_address_at_a_voice_realm_is_a_sip_address(find, text, email):
    assert [v for t, v in find(text, "EMAIL_ADDRESS") if t == "EMAIL_ADDRESS"] == email


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: MySQL's unique key's next column after the address ('Duplicate entry ...-0'); not any '-0' after one
    ("1062 Duplicate entry 'winkler.josef@gmail.com-0' for key 'fe_users.username_pid'", ["winkler.josef@gmail.com"]),
    ("Duplicate entry 'a.berisha@hotmail.com-12' for key 'x'", ["a.berisha@hotmail.com"]),
    ("mail a@b.com-0 x", []),
])
def test_round_66s_duplicate_entry(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
