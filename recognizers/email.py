"""EMAIL_ADDRESS: plain e-mail addresses and the usual hand-obfuscated spellings.

Both recognizers check the domain against the public-suffix list bundled with
tldextract (never downloaded: ``suffix_list_urls=()``, no cache written). The
reserved test TLDs of RFC 2606 / RFC 6761 (``.test``, ``.example``, ``.invalid``,
``.localhost``) are accepted too: synthetic data and documentation use them, and
an address-shaped token ending in one of them is still an address someone typed.
``.local`` (mDNS) is not accepted: it names machines, not mail domains.

Percent-encoded addresses (``john%40example.com``) are decoded by the caller;
``%`` is kept out of the local part and may not precede it, so the raw form never
yields a fragment such as ``40example.com``.
"""

from __future__ import annotations

import regex as re
import tldextract
from presidio_analyzer import Pattern, PatternRecognizer

# One extractor for the module; the bundled snapshot only, no network, no disk cache.
_TLD_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

_RESERVED_TLDS = frozenset({"test", "example", "invalid", "localhost"})

# Presidio's context enhancer matches these as substrings of nearby tokens, so no
# two-letter words ('to' is inside 'total').
_CONTEXT = ["email", "e-mail", "mail", "mailto", "contact", "address", "reply", "sender"]


def _domain_is_known(domain: str) -> bool:
    """True when the domain ends in a public suffix (with a name before it) or a reserved TLD."""
    domain = domain.strip(".").lower()
    labels = domain.split(".")
    if len(labels) < 2 or not all(labels):
        return False
    if labels[-1] in _RESERVED_TLDS:
        return True
    parts = _TLD_EXTRACT(domain)
    return bool(parts.suffix) and bool(parts.domain)


# Mailboxes a mail server makes for itself, no one's: Exchange's health probes and
# arbitration mailboxes ('HealthMailboxfc171f5f00dae9b9b6aa43766ee240d8@corp.example'),
# named by a random hex id
_SYSTEM_MAILBOX = re.compile(r"(?i)(?:HealthMailbox|MicrosoftExchange|SystemMailbox|FederatedEmail\.|Migration\.)"
                             r"\{?[0-9a-f\-]{8,}\}?")


# SSH's algorithm and extension names are written as addresses in OpenSSH's namespace
# ('aes256-gcm@openssh.com', 'hmac-sha2-256-etm@openssh.com', 'curve25519-sha256@libssh.org',
# 'zlib@openssh.com'): a switch's or a server's SSH log lists them, no one's mailbox
_SSH_NAMESPACES = frozenset({"openssh.com", "libssh.org"})
_CHAT_THREADS = frozenset({"thread.skype", "thread.v2", "thread.tacv2", "unq.gbl.spaces"})
_REALM = re.compile(r"[A-Z][A-Z0-9\-]*(?:\.[A-Z0-9\-]+)+")  # a Kerberos realm: a domain in capitals
_SSH_NAME = re.compile(r"(?i)[a-z0-9]+-[a-z0-9\-]+|[a-z]+\d[a-z0-9]*|zlib|keepalive")


class EmailAddressRecognizer(PatternRecognizer):
    """``local@domain.tld`` with a domain whose suffix is on the public-suffix list."""

    PATTERNS = [
        Pattern(
            "email_address",
            r"""(?x)
            (?<![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[.%+\-$@])  # start of a token: not inside a longer word (CJK glues to it: '信箱ann@...'), a %XX escape,
                                                      # a Usenet message id's '$' ('<ur5abc$1@dont-email.me>') or a
                                                      # fediverse handle's '@' ('@anna@mastodon.social': a login)
            (?<!://[^\s/@:]{1,64}:)                   # nor a URL's password (https://bob:s3cret@host)
            (?<!(?:(?:message[-_]?id|msg[-_]?id|in-reply-to|references|^x-[a-z\-]{1,40}-id)
                   (?:[=:]|\ '|(?=\ <)|\\?"[ ]?(?::|;s:\d{1,4}:)[ ]?\\?")|\bin\ article)  # (a JSON's or PHP's serialized
                                                      # header too: '"message-id":"<a@b>"', 's:10:"message-id";s:31:"<a@b>"')
                (?:[ \t]{0,3}<[^<>\s]{1,80}>){0,8}
                [ \t]{0,3}<[^<>\s]{0,80})              # nor a message's id (a mail log's
                                                      # message-id=<CAF7q3...@mail.gmail.com>, 'Message-ID:
                                                      # <CAF4x9Q=kT2p@...>', each of 'References: <a@b> <c@d>',
                                                      # a vendor's header's: Proton's 'X-Pm-External-Id: <a@b>',
                                                      # IronPort's "Message-ID '<a@b>'", Kerio's 'Msg-Id: <a@b>',
                                                      # Usenet's attribution 'In article <a@b>, Ann wrote:'; an app's
                                                      # '(messageId <a1b2-c3@email.amazonses.com>)')
            (?<!^[ \t]{1,8}(?:<[^<>\s]{1,80}>[ \t]{1,3}){0,8}<[^<>\s]{0,80}>?(?=[^\n]*>[ \t]*$))  # nor the ids of
                                                      # a folded References: header's next line ('\t<a@b> <c@d>'):
                                                      # a line of bracketed ids only
            (?<!\bstat=Sent\ \(<)                    # nor the id sendmail's 'stat=Sent (<a1b2@x.example> ...' quotes
            (?<!/msgid/[\w.\-]{1,80}/)                # nor a Google Group's link to a message by its id
                                                      # ('https://groups.google.com/d/msgid/list/CAKL..%40mail.gmail.com')
            (?<!\b(?:for|of)\ message\ <)             # nor the id a mail server names its message by ('lmtp -
                                                      # try again for message <CAJ0d6...@mail.gmail.com>', Zimbra's)
            (?<!(?:\b250[\ \-]|'|\bStatus:\ )2\.6\.0\ <)           # nor the id a queued message's SMTP reply quotes ('250
                                                      # 2.6.0 <a1b2@x.example> Queued mail for delivery', Exchange's;
                                                      # IronPort's "Response '2.6.0 <a1b2@x.example> ..."', Kerio's
                                                      # 'Status: 2.6.0 <a1b2@x.example> ...';
                                                      # not a recipient's '250 2.1.5 <ann@x.example>... ok')
            (?<!(?<![\w\-.])id=)                        # nor Exim's message id ('<= ann@x.example ...
                                                      # id=33a7ac56-...@mail.example T="..."'); 'user_id=' is fine
            (?<!(?:-->|<--|-!-|\*\*\*\ (?:Joins|Parts|Quits):)[ \t]{1,2}[^\s\[\](){}<>@]{1,32}\ [(\[]~?)
                                                      # nor an IRC join's hostmask, 'nick (ident@host)'
            (?<!\ has\ (?:joined|left)\ this\ channel\ \(~?)  # (Konversation's '... has joined this channel
                                                      # (~ident@host)')
            (?<![\w\-\[\]`^{}|]![~]?)               # nor an IRC prefix's ident: 'nick!~ident@host'
            (?<!/identicon/)                          # nor Misskey's identicon of an account, '/identicon/login@host'
                                                      # (the login's: username.yaml)
            (?!(?<=\bsips?:|\btel:|\bsofia/[\w\-]{1,30}/|\buser/)\+?\d{3,15}@)  # nor a SIP URI's number
                                                      # ('sip:+46313205500@carrier': the phone recognizer's;
                                                      # 'sip:anna@example.com' is an address), nor a FreeSWITCH
                                                      # channel's extension ('sofia/internal/1020@pbx.example.fm',
                                                      # 'user/1018@pbx.example.fm')
            (?!(?<=<)\d{8,14}[.\-][\w.\-]{2,64}@)    # nor a message's id by its shape, a time and a random
                                                      # part in brackets ('id: <20260309073400.c43b5c4dea@mail.gmail.com>',
                                                      # Rspamd's; '<1709971200000.JavaMail.app@host>')
            (?!(?<=<)(?-i:(?=(?:[^@\s<>]*?[A-Z]){3})(?=(?:[^@\s<>]*?[a-z]){3})(?=(?:[^@\s<>]*?\d){2}))
               [^@\s<>]{20,}@)                        # or a random part of mixed case and digits in brackets
                                                      # ('<CABw2wxg++De8ezc4t1ooA5jhB-_Epnm4F@mail.gmail.com>',
                                                      # Cyrus' 'Delivered: <...>'; SendGrid's smtp-id)
            (?!(?<=<)(?-i:(?=(?:[^@\s<>]*?[A-Z]){5})(?=(?:[^@\s<>]*?[a-z]){5}))[^@\s<>]{30,}@)  # (of mixed case
                                                      # alone, long: Gmail's '<CA+cMRrWiMPiQ+kEHFXRMBtmS8gbeORi...@mail.
                                                      # gmail.com>' in Mailman's 'smtp to ... for 139 recips')
            (?!(?<=<)[0-9a-f]{16,31}@)                # or hex alone in brackets ('Bounce message w/no discernable
                                                      # addresses: <81367796e87d5531d1ae@smtp.kpnmail.nl>')
            (?![0-9a-f]{8,}(?:-[0-9a-f]{4,}){3,}[0-9a-f\-]*@|[0-9a-f]{32,}@)  # nor a message's id of hex groups, as
                                                      # Amazon SES names its messages ('0106018e8043-...-000000@email.
                                                      # amazonses.com'), nor a digest a service routes mail by
                                                      # (Postmark's inbound '4260ba02...146792b@inbound.postmarkapp.com')
            (?:(?<![\w/~])~[a-z0-9_\-]{1,40}/)?        # a sourcehut list's owner first: '~anna/list@lists.sr.ht'
            [a-z0-9_+\-\p{Latin}\p{Cyrillic}\p{Greek}\p{M}]+  # local part: the characters real addresses use (no '%',
                                                      # no '=' or quotes, so 'email=x@y.com' yields just 'x@y.com'),
                                                      # a letter of a cased script too (RFC 6531's 'pětr.wjeńka@';
                                                      # not Chinese or Japanese, which glue prose to an address)
            (?:\.[a-z0-9_+\-\p{Latin}\p{Cyrillic}\p{Greek}\p{M}]+)*  # dot-separated atoms (no leading/trailing/double dot)
            (?:\#EXT\#)?                               # a guest's in Microsoft Entra ID: its own address, '@'
                                                      # as '_', then '#EXT#' ('anna_gmail.com#EXT#@tenant.onmicrosoft.com')
            @
            (?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+  # domain labels: 1-63 chars, no edge hyphens
            (?:[a-z]{2,63}|xn--[a-z0-9\-]{1,59})      # TLD: letters, or an IDN punycode label
            (?![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|-(?!\d{1,6}'\ for\ key\b)|\.[a-z0-9])  # end of the token: the
                                                      # TLD is really the last label ('...com已驗證' ends it); a unique
                                                      # key's next column after a '-' (MySQL's 'Duplicate entry
                                                      # 'anna@web.de-0' for key ...': the address, then a site's id)
            """,
            0.5,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="EmailAddressRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
        )

    def validate_result(self, pattern_text: str) -> bool:
        local, _, domain = pattern_text.rpartition("@")
        if domain.lower() in _SSH_NAMESPACES and _SSH_NAME.fullmatch(local):
            return False
        if domain.lower() in _CHAT_THREADS:
            return False  # a Skype or Teams conversation's id ('19:7d6aa35f...@thread.skype')
        if local.isdigit() and len(local) <= 5 and domain.lower().startswith(_TELEPHONY_HOSTS):
            return False  # a phone system's extension at its realm ('Registered user 1032@pbx.example.fm')
        if _SIP_REALM.match(domain):
            return False  # a SIP address at a phone system's realm ('aor=rmenon@sip.example.ph'), no
            # mailbox: its user is username.yaml's sip_uri_user
        if _REALM.fullmatch(domain) and (local.upper() != local or local == domain):
            return False  # a Kerberos principal: 'anna@CORP.EXAMPLE.IO', 'krbtgt/CORP.EXAMPLE.IO@CORP.EXAMPLE.IO'
            # (the realm in capitals after a login in lower case; an address in capitals is one still)
        return _domain_is_known(domain) and not _SYSTEM_MAILBOX.fullmatch(local)


# A phone system's host or SIP realm, by its first label
_TELEPHONY_HOSTS = ("pbx.", "sip.", "voip.", "asterisk.", "freeswitch.", "fs.", "voice.", "voz.", "voix.", "voce.",
                    "ims.")
# A SIP realm: a subdomain named for its phone system ('sip.example.ph'), or for voice in
# Spanish's, Portuguese's, French's or Italian's word, or an IMS core's ('voz.pirineunet.es');
# not 'voip.ms', a firm's domain, nor a brand's own under a country's 'com' ('voz.com.br')
_SIP_REALM = re.compile(r"(?i)(?:sip|pbx|voip|asterisk|freeswitch|voz|voix|voce|ims)\."
                        r"(?!(?:com|net|org|co|gov|edu|ac)\.)[a-z0-9\-]+\.[a-z]")


# Pieces of the obfuscated forms. The patterns below name them as {AT}, {DOT},
# {LABEL} and {LOCAL} and _fill() splices them in (so the pieces carry no '#'
# comments of their own; each is explained here).
_PIECES = {
    # the at-sign in brackets: (at) [at] {at} <at>, or a bracketed '@', spaces allowed
    # (or '(a)', glued to both: 'jean2004(a)outlook.com'; with blanks it is a list's item: 'see (a) below')
    # (and Italian's word for it, 'chiocciola', the snail: 'v.agro (chiocciola) tin.it')
    # (and Russian's, the dog: 'u.musaev (собака) inbox.ru')
    "{AT}": r"(?:\s*(?:\(\s*(?:at|@|arroba|arobase|chiocciola|собака)\s*\)"
            r"|\[\s*(?:at|@|arroba|arobase|chiocciola|собака)\s*\]|\{\s*(?:at|@)\s*\}"
            r"|<\s*(?:at|@)\s*>)\s*|(?<=[a-z0-9_])\(a\)(?=[a-z0-9]))",
    # the dot in brackets: (dot) [dot] {dot} <dot>, or a bracketed '.', spaces allowed
    "{DOT}": r"\s*(?:\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\{\s*(?:dot|\.)\s*\}|<\s*(?:dot|\.)\s*>)\s*",
    # one DNS label: 1-63 letters, digits and inner hyphens
    "{LABEL}": r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?",
}
# words that stand before 'at' in prose far more often than a mailbox name does
_PIECES["{PROSE}"] = (
    r"(?:i|me|we|us|you|he|him|she|her|it|they|them|this|that|is|was|were|are|be|been|am"
    r"|look|looks|looked|looking|work|works|worked|working|live|lives|lived|living"
    r"|stay|stays|stayed|meet|meets|met|arrive|arrives|arrived|home|here|there|just|only|even)"
)
# a local part whose dots may be real or bracketed
_PIECES["{LOCAL}"] = r"[a-z0-9_+\-]+(?:(?:\.|" + _PIECES["{DOT}"] + r")[a-z0-9_+\-]+)*"


def _fill(template: str) -> str:
    for key, piece in _PIECES.items():
        template = template.replace(key, piece)
    return template


class ObfuscatedEmailRecognizer(PatternRecognizer):
    """``name(at)example.com``, ``name [at] example [dot] com``, ``name at example dot com``,
    and the defanged ``name@example[.]com``, spaced ``name @ example.com`` and fullwidth ``name＠example.com``; a list archive's
    masked ``name@...`` (Yahoo Groups') and ``na...@example.com`` (Google Groups'), and MARC's
    ``name () example ! com``.

    Mailing-list archives (pipermail) write every address ``name at example.com``: in a
    ``From:`` header or in angle brackets, that is an address.

    The spelled-out form needs both the word ``at`` and at least one word ``dot``:
    ``name at example.com`` alone reads like ordinary prose too often, unless the name is
    a handle (a digit, '.', '_' or '+' in it) and the domain a webmail provider's
    (``pobrien1962 at gmail.com``). Even so,
    prose such as ``worked at pets dot com`` has the same shape; a short list of
    pronouns and verbs that precede 'at' in prose is excluded as the local part,
    and the form scores 0.6, below the bracketed one.
    """

    PATTERNS = [
        Pattern(
            "email_bracketed_at",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token
                (?>{LOCAL})                       # local part, its dots may be bracketed too (atomic: no backtracking)
                {AT}                              # the bracketed at-sign
                {LABEL}                           # first domain label
                (?:(?:\.|{DOT}|\s+dot\s+){LABEL})+  # more labels after '.', '(dot)' or ' dot '
                (?![\w\-]|\.[a-z0-9])             # end of the token
                """
            ),
            0.85,
        ),
        Pattern(
            "email_defanged",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token
                (?>{LOCAL})                       # local part
                \s*(?:@|\uff20)\s*                # a real at-sign, or the fullwidth one (U+FF20)
                {LABEL}                           # first domain label
                (?:(?:\.|{DOT}|\s+dot\s+){LABEL})*  # labels after '.' or '[.]' ...
                (?:{DOT}{LABEL}                   # ... with at least one bracketed dot: name@example[.]com,
                  |\s+dot\s+{LABEL}               # ... or one spelled out ('name@adzu dot edu dot ph'),
                  |(?<=\uff20[^@]*)\.{LABEL})     # ... or after a fullwidth at-sign: name＠example.com
                (?:(?:\.|{DOT}|\s+dot\s+){LABEL})*
                (?![\w\-]|\.[a-z0-9])             # end of the token
                """
            ),
            0.85,
        ),
        Pattern(
            "email_spaced_at",
            _fill(
                r"""(?x)
                (?<![\w.%+\-@])                  # start of a token
                (?>[a-z0-9_+\-]{3,}(?:\.[a-z0-9_+\-]+)*)  # local part (atomic)
                [\ ]@[\ ]                         # a real at-sign with a blank either side, as a guest writes it
                {LABEL}(?:\.{LABEL})*\.[a-z]{2,24}  # to keep it from the spam filters ('nafisashah34 @ zanlink.co.tz'):
                (?![\w\-]|\.[a-z0-9])             # the domain's labels and its top level
                """
            ),
            0.85,
        ),
        Pattern(
            "email_spelled_out",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token
                (?!{PROSE}\s)                      # not prose: 'look at home dot com', 'we met at ...'
                (?>[a-z0-9_+\-]+(?:(?:\.|\s+dot\s+)[a-z0-9_+\-]+)*)  # local part, dots spelled out too (atomic)
                \s+at\s+                          # the word 'at'
                {LABEL}(?:\.{LABEL})*             # domain labels joined by real dots, if any
                \s+dot\s+{LABEL}                  # at least one spelled-out ' dot '
                (?:(?:\.|\s+dot\s+){LABEL})*      # further labels
                (?![\w\-]|\.[a-z0-9])             # end of the token
                """
            ),
            0.6,
        ),
    ]

    PATTERNS += [
        Pattern(
            "email_archive_from",
            _fill(
                r"""(?x)
                (?<=^From:?\ )                    # a mailing-list archive's header (pipermail, hypermail):
                (?>[a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*)  # 'From: marco.rossi at virgilio.it (Marco Rossi)',
                \ at\                             # 'From marco.rossi at virgilio.it  Tue Mar  3 ...'
                {LABEL}(?:\.{LABEL})+
                (?=\s|$)
                """
            ),
            0.85,
        ),
        Pattern(
            "email_archive_bracketed",
            _fill(
                r"""(?x)
                (?<=<)                            # the same in angle brackets, as the archive writes a quoted
                (?>[a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*)  # reply's author: 'Thibault <thibault_dubois at laposte.net>'
                \ at\  # the word
                {LABEL}(?:\.{LABEL})+
                (?=>)
                """
            ),
            0.85,
        ),
    ]
    PATTERNS.append(
        Pattern(
            "email_arroba",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token
                (?>[a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*)  # the local part, then Spanish's and Portuguese's
                \s+(?:arroba|arobase|zavin[áa][čc]|afna|chiocciola|собака|собачка)\s+  # word for the at-sign, which
                                                  # no prose puts between (French's 'arobase'; Slovak's and Czech's
                                                  # 'zavináč', Slovene's 'afna', Italian's 'chiocciola', Russian's
                                                  # 'собака', the dog: 'oefimova2 собака bk.ru')
                {LABEL}(?:(?:\.|\s+punto\s+|\s+ponto\s+|\s+точка\s+){LABEL})+  # a name and a domain ('inti_lema20 arroba
                (?![\w\-]|\.[a-z0-9])             # gmail.com', 'rosa arroba yahoo punto es')
                """
            ),
            0.85,
        )
    )
    PATTERNS.append(
        Pattern(
            "email_at_webmail",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token
                (?!{PROSE}\s)
                (?=[a-z][a-z0-9_+\-.]*[0-9_+.])    # a handle, not a word or a number: 'pobrien1962', 'kat.m'
                (?>[a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*)  # the local part
                (?:\s+at|[\ ]@)\s+                # the word 'at' (or an '@' between blanks: 'l.marafie @ gmail.com'),
                                                  # then a webmail provider's domain
                (?:(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail
                  |gmx|web|yandex|mail|orange|free|libero|t-online|qq|163|126|naver|zoho|fastmail
                  |tutanota|wp|o2|seznam|rediffmail|rocketmail|comcast|verizon|btinternet|sky)
                  (?:\.{LABEL}){1,2}               # gmail.com, yahoo.co.uk
                |{LABEL}\.(?:edu|ac|gov|com|net|org|co)\.[a-z]{2})  # or a school's, a body's or a firm's under a
                                                  # country's own: 'paolo.garcia at adzu.edu.ph'
                (?![\w\-]|\.[a-z0-9])             # end of the token
                """
            ),
            0.6,
        )
    )

    PATTERNS.append(
        Pattern(
            "email_underscore_at",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token: Hypermail's spam protection writes
                (?=[a-z0-9])                      # '@' as '_at_' ('fatma.kerroum_at_yahoo.com', its From
                [a-z0-9_+\-.]{1,64}?              # line's, its mailto: links', its comments')
                _at_
                (?!(?:\w+_)?(?:utc|gmt|time|date|ts)\b)  # (not a field's 'created_at_utc')
                {LABEL}(?:\.{LABEL})*\.[a-z]{2,24}  # a domain with a known suffix (validate_result)
                (?![\w\-]|\.[a-z0-9]|\()          # end of the token, no call ('time.now()')
                """
            ),
            0.7,
        )
    )

    PATTERNS.append(
        Pattern(
            "email_marc",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token: MARC's archive (marc.info) writes '@'
                (?<!(?i:message-id):[^\n]{0,400})  # as ' () ' and each dot as ' ! ' ('kathukuta.kaliye ()
                (?>[a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*)  # gmail ! com'); not a message's id (its
                \ \(\)\                          # 'Message-ID:' line's)
                {LABEL}(?:\ !\ {LABEL})+
                (?![\w\-]|\.[a-z0-9]|\ !\ )
                """
            ),
            0.8,
        )
    )

    PATTERNS.append(
        Pattern(
            "email_archive_masked",
            _fill(
                r"""(?x)
                (?<![\w.%+\-])                    # start of a token: a list archive's address with its
                (?:(?<=<|&lt;|:\ )                 # domain masked, in a header or in angle brackets
                  [a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*@(?:\.\.\.|…)  # ('<daniel.griffin@...>', Yahoo Groups';
                                                  # not a shell's 'ssh root@...'), or its local part cut short
                  |[a-z0-9_+\-]+(?:\.[a-z0-9_+\-]+)*(?:\.\.\.|…)@{LABEL}(?:\.{LABEL})+)  # ('jo...@gmail.com',
                (?![\w\-]|\.[a-z0-9])             # Google Groups'): what is left is someone's
                """
            ),
            0.7,
        )
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="ObfuscatedEmailRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
        )

    @staticmethod
    def deobfuscate(text: str) -> str:
        """The plain address an obfuscated spelling stands for."""
        text = text.replace("\uff20", "@")
        if " @ " in text:
            text = re.sub(r"\s+@\s+", "@", text, count=1)  # ('l.marafie @ gmail.com')
        if " () " in text and "@" not in text:
            return text.replace(" () ", "@", 1).replace(" ! ", ".")  # (MARC's)
        if "@" not in text and "_at_" in text and " " not in text:
            local, _, domain = text.rpartition("_at_")  # (Hypermail's; the domain has no '_')
            return f"{local}@{domain}"
        if "@" not in text:
            text = re.sub(r"(?i)\s*[(\[{<]\s*(?:at|@|arroba|arobase|a)\s*[)\]}>]\s*|\s+(?:at|arroba|arobase|zavin[áa][čc]|afna)\s+",
                          "@", text, count=1)
        return re.sub(r"(?i)\s*[(\[{<]\s*(?:dot|\.)\s*[)\]}>]\s*|\s+(?:dot|punto|ponto)\s+", ".", text)

    def validate_result(self, pattern_text: str) -> bool | None:
        # A known suffix keeps the pattern's own score (the spelled-out form stays
        # weaker than the bracketed one); an unknown one drops the match.
        plain = self.deobfuscate(pattern_text)
        domain = plain.rpartition("@")[2]
        if domain in ("...", "\u2026"):
            return None  # a masked domain: the local part is what is left to find
        return None if _domain_is_known(domain.replace("...", "").replace("\u2026", "")) else False
