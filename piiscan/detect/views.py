"""Decoded views of raw text, with a map from view offsets back to raw offsets.

Recognizers see ``john.doe@example.com`` where the raw line says ``john.doe%40example.com``
or ``john.doe&#64;example.com``. Findings must point into the raw text (the contract), so
every view carries, for each view character, the raw offset it came from.

HTML markup is blanked to spaces of the same length (offsets unchanged, words on either
side of a tag stay apart, markup survives redaction because no span covers it); quoted
attribute values stay visible (``href="mailto:jane@example.com"``, ``title="Jane Roe"``).
A tag that breaks the line on a page (``<br>``, a paragraph's, a list item's, a table
cell's) ends in a line break instead of its last blank, so a post's lines are lines
for the recognizers too: ``Regards,<br>Gary Whitmore`` is a sign-off, an address block
written with ``<br>`` is a block, and no name runs from one cell or line into the next.

CockroachDB's redaction markers (``VALUES (‹'Laura Jansen'›, ...)``) are blanked the same
way, or quote a key's value (``user=‹jdoe›`` reads ``user="jdoe"``): the value between
them is read, and they stay in the copy (structure.py reads them alike).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

# A quick test: does this text need a view at all? Most log lines do not.
# (ASCII classes only: polars runs it too, and Rust compiles a Unicode \w into thousands of
# states: the CSV benchmark lost a quarter of its speed to one)
NEEDS_VIEW = re.compile(r"%[0-9A-Fa-f]{2}|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);|<[A-Za-z/!]|=\?[A-Za-z0-9_\-]+\?[QqBb]\?|[‹›]"
                        r"|=[C-F][0-9A-F]=[89AB][0-9A-F]")
# and a SQL statement's line with a backslash in it (its strings' escapes: see _SQL_STATEMENT),
# tested apart: a backslash by memchr, then a pattern anchored at the line's start (in one
# alternation with the above, it cost the regex its literal prefilter: five times slower)
SQL_START = re.compile(r"^[ \t]*(?:(?i:insert|replace)[ \t]+(?i:into)[ \t]|\()")
# and a JSON string's escapes, tested on a line with a backslash too (see _TOKEN's 'jesc')
JSON_ESCAPE = re.compile(r"\\u[0-9A-Fa-f]{4}|\\/")
# (one escape: a surrogate pair's two '\uXXXX' as one, a code point's, or an escaped '/')
_JSON_ESCAPE_SEQ = r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9A-Fa-f]{4}|\\/"

_TOKEN = re.compile(
    r"""
    (?P<pct>(?:%[0-9A-Fa-f]{2})+)               # a run of %XX (may be a multi-byte UTF-8 char)
  | (?P<ent>&(?:\#\d{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)  # HTML entity
  | (?P<tag><(?:/?[A-Za-z][A-Za-z0-9\-]*(?:[\s/][^<>]*)?|![^<>]*)>)  # an HTML tag or comment:
                                                # a name, then a blank, '/' or '>' (an address
                                                # in brackets, <jane@example.com>, is no tag)
  | (?P<qenc>=\?[\w\-]{1,40}\?[Qq]\?[^?\s]*\?=)  # a mail header's encoded word (RFC 2047's 'Q'):
                                                # a subject in a mail log, =?UTF-8?Q?Lena_Kr=C3=BCger?=
  | (?P<benc>=\?[\w\-]{1,40}\?[Bb]\?[A-Za-z0-9+/]*={0,2}\?=)  # and its 'B', base64: a sender's name in
                                                # an mbox, From: =?UTF-8?B?U2l0aSBBbWluYWg=?= <siti@...>
  | (?P<qmark>(?<==)‹[^‹›'"\s]*›)              # CockroachDB's redaction markers around a value it
  | (?P<mark>[‹›])                              # calls sensitive: a key's value in them quoted
                                                # ('user=‹jdoe›' as 'user="jdoe"'), others blanked
                                                # ("‹'Laura Jansen'›"): the value read as if unmarked
  | (?P<qp>(?:=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3})+)  # a mail body's quoted-printable letters beyond ASCII
                                                # (its UTF-8 bytes: 'N=C2=B0 de s=C3=A9rie', 'Ou=C3=A9draogo');
                                                # ASCII's ('=3D') and a line's soft break stay as written
  | (?P<jesc>""" + _JSON_ESCAPE_SEQ + r""")  # a JSON string's
                                                # escapes where a log line embeds one as PHP writes it by default
                                                # ('"nachname":"\u015eahin"', '"strasse":"Innstra\u00dfe 13\/Top 2"': TYPO3's
                                                # context), in any record: no other text writes them so
  | (?P<esc>\\(?:r\\n|[nrt'"\\]))                # a SQL statement's string escapes (mysqldump's):
                                                # 'Hello\nanna@example.org' holds a line's end, then
                                                # an address, not 'nanna@...' (see _SQL_STATEMENT)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class View:
    text: str = field(repr=False)  # decoded record text: never in a repr
    # Decoded tokens, sparse: view start, view end, raw start, raw end and the raw start
    # of each view character of the token. Between tokens the text is copied, so the
    # raw offset is the previous token's raw end plus the distance. None: identity.
    tokens: tuple[tuple[int, int, int, int, tuple[int, ...]], ...] | None
    raw_length: int = 0
    # The view offsets of the line breaks that tags put in (see _BREAKING_TAG)
    breaks: tuple[int, ...] = ()

    def _raw(self, v: int) -> int:
        i = bisect_right(self._view_starts, v) - 1
        if i < 0:
            return v
        vs, ve, rs, re_, chars = self.tokens[i]
        if v < ve:
            return chars[v - vs]
        return re_ + (v - ve)

    @property
    def _view_starts(self) -> list[int]:
        return [t[0] for t in self.tokens]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering view [start, end): whole encoded sequences included."""
        if self.tokens is None:
            return start, end
        # end: the raw start of the first character after the span
        return self._raw(start), self._raw(end) if end < len(self.text) else self.raw_length

    @property
    def is_identity(self) -> bool:
        return self.tokens is None

    @property
    def prose(self) -> str:
        """The text NER reads: the view without the line breaks tags put in. Those are
        for the patterns (a sign-off, an address block); spaCy's small model reads the
        words that start such a line as names ('<p>Software Developer</p>', 'Hmm')."""
        if not self.breaks:
            return self.text
        chars = list(self.text)
        for at in self.breaks:
            chars[at] = " "
        return "".join(chars)


def make_views(texts: list[str]) -> list[View]:
    """Views for a batch: polars finds the few records that need decoding."""
    import polars as pl

    series = pl.Series(texts, dtype=pl.String)
    needs = series.str.contains(NEEDS_VIEW.pattern).to_list()
    slashed = series.str.contains("\\", literal=True)
    if slashed.any():  # (the statement's test on those lines only)
        rows = slashed.arg_true()
        slashed_texts = series.gather(rows)
        for i, sql, crlf, json_escape in zip(rows.to_list(), slashed_texts.str.contains(SQL_START.pattern).to_list(),
                                             slashed_texts.str.contains(_ESCAPED_CRLF, literal=True).to_list(),
                                             slashed_texts.str.contains(JSON_ESCAPE.pattern).to_list()):
            needs[i] = needs[i] or sql or crlf or json_escape
    return [make_view(t) if n else View(t, None) for t, n in zip(texts, needs)]


def make_view(raw: str, escaped: bool = False) -> View:
    """The decoded view of ``raw`` (identity when there is nothing to decode); ``escaped``:
    a dump's row whose strings' backslash escapes are read (a SQL statement's always are)."""
    sql = _reads_escapes(raw, escaped)
    if not sql and not NEEDS_VIEW.search(raw) and _ESCAPED_CRLF not in raw and not (
            "\\" in raw and JSON_ESCAPE.search(raw)):
        return View(raw, None)
    out: list[str] = []
    tokens: list[tuple[int, int, int, int, tuple[int, ...]]] = []
    breaks: list[int] = []
    pos = 0
    vpos = 0
    # Tags are blanked in HTML only: a log line's '<jdoe>' or '<GroupPolicy_AnyConnect>'
    # is what it says
    markup = is_html(raw)
    for m in _TOKEN.finditer(raw):
        if m.lastgroup == "tag" and not markup or m.lastgroup == "esc" and not sql and m.group() != _ESCAPED_CRLF:
            continue
        s, e = m.span()
        if s > pos:
            out.append(raw[pos:s])
            vpos += s - pos
        kind = m.lastgroup
        if kind == "pct":
            decoded = _decode_percent(m.group())
        elif kind == "qp":
            decoded = _decode_percent(m.group().replace("=", "%"))
        elif kind == "ent":
            decoded = html.unescape(m.group())
        elif kind in ("qenc", "benc"):
            decoded, qchars = _decode_q(m.group(), s) if kind == "qenc" else _decode_b(m.group(), s)
        elif kind == "mark":
            decoded = " "
        elif kind == "qmark":
            decoded = f'"{m.group()[1:-1]}"'
        elif kind == "jesc":
            decoded = _decode_json_escape(m.group())
        elif kind == "esc":
            decoded = _ESCAPED[m.group()[-1]]
            if decoded == "\n" and s == pos and breaks and breaks[-1] == vpos - 1:
                decoded = " "  # (a <br /> and the source's line end after it are one line's end: 'Regards,<br
                # />\r\nAnil', a forum's post in a dump)
        else:  # a tag: same length, so offsets inside the view stay aligned
            decoded = _blank_tag(m.group())
            if decoded[-1] == "\n":
                breaks.append(vpos + len(decoded) - 1)
        out.append(decoded)
        if len(decoded) != e - s:
            # Each decoded character maps to the raw start of its sequence, so a span
            # always covers whole encoded sequences.
            chars = qchars if kind in ("qenc", "benc") else (s,) if len(decoded) == 1 else tuple(
                _spread(s, e, m.group(), decoded, kind))
            tokens.append((vpos, vpos + len(decoded), s, e, chars))
        vpos += len(decoded)
        pos = e
    if pos < len(raw):
        out.append(raw[pos:])
    text = "".join(out)
    if not tokens:  # only same-length rewrites (tags, unknown entities): offsets equal
        return View(text, None) if text == raw else View(text, (), len(raw), tuple(breaks))
    return View(text, tuple(tokens), len(raw), tuple(breaks))


def json_unescaped_view(raw: str) -> View | None:
    """``raw`` with its JSON string escapes (``\\u00df``, ``\\/``) read and nothing else decoded, or None
    where it has none: what structure.py reads of a log line's embedded JSON ('"strasse":"Innstra\\u00dfe
    13\\/Top 2"', PHP's json_encode by default), whose values' shapes its escapes would break."""
    if "\\" not in raw or not JSON_ESCAPE.search(raw):
        return None
    out: list[str] = []
    tokens: list[tuple[int, int, int, int, tuple[int, ...]]] = []
    pos = vpos = 0
    for m in _JSON_TOKEN.finditer(raw):
        if m.lastgroup != "jesc":
            continue  # (an escaped backslash: the 'u' after it is a letter)
        s, e = m.span()
        out.append(raw[pos:s])
        vpos += s - pos
        decoded = _decode_json_escape(m.group())
        out.append(decoded)
        tokens.append((vpos, vpos + len(decoded), s, e, (s,) * len(decoded)))
        vpos += len(decoded)
        pos = e
    if not tokens:
        return None
    out.append(raw[pos:])
    return View("".join(out), tuple(tokens), len(raw))


_JSON_TOKEN = re.compile(r"(?P<bs>\\\\)|(?P<jesc>" + _JSON_ESCAPE_SEQ + ")")


# Attributes whose values say how a page looks or behaves, never what it says: blanked
# with the tag ('rel="nofollow"' read as a person, 'class="Author"')
_PRESENTATION = frozenset({"rel", "class", "id", "style", "target", "type", "role", "lang", "dir", "width",
                           "height", "align", "valign", "colspan", "rowspan", "tabindex", "loading",
                           "decoding", "referrerpolicy", "crossorigin", "integrity", "charset", "method",
                           "enctype", "autocomplete", "spellcheck", "draggable", "hidden", "border",
                           "cellpadding", "cellspacing", "bgcolor", "color", "face", "size", "frameborder",
                           # and an XML document's own: its version ('<packet version="1.6.9.1">', Plesk's
                           # API, read as an address), encoding and name spaces
                           "version", "encoding", "standalone", "xmlns"})
_ATTR_NAME = re.compile(r"([\w\-:]+)\s*=\s*$")


def _blank_tag(tag: str) -> str:
    parts = []
    last = ""
    for m in _ATTR_VALUE.finditer(tag):
        chunk = m.group()
        if chunk[0] in "\"'":
            name = _ATTR_NAME.search(last)
            attr = name.group(1).lower() if name else ""
            parts.append(" " * len(chunk) if attr in _PRESENTATION or attr.startswith("xmlns:")
                         else _keep_value(m))
        else:
            parts.append(" " * len(chunk))
        last = chunk
    blanked = "".join(parts)
    return blanked[:-1] + "\n" if _BREAKING_TAG.match(tag) else blanked


# What only HTML holds: a closing tag, an element of its vocabulary, a comment, an entity.
# A log line's '<jdoe>', '<STDIN>' or '<GroupPolicy_AnyConnect>' is no markup.
_HTML_EVIDENCE = re.compile(
    r"</[A-Za-z][\w\-]*\s*>|<!--|&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#\d{1,7}|\#[xX][0-9A-Fa-f]{1,6});"
    r"|<(?:a|abbr|b|blockquote|body|br|button|code|dd|del|div|dl|dt|em|font|form|h[1-6]|head|hr|html"
    r"|i|img|input|ins|label|li|link|meta|ol|option|p|pre|q|s|script|section|select|small|span"
    r"|strong|style|sub|sup|table|tbody|td|textarea|th|thead|time|title|tr|u|ul)(?=[\s/>])",
    re.IGNORECASE)


def is_html(text: str) -> bool:
    """Whether ``text`` holds HTML (then a replacement written into it is escaped)."""
    return ("<" in text or "&" in text) and _HTML_EVIDENCE.search(text) is not None


def markup_blanked(raw: str, escaped: bool = False) -> str:
    """``raw`` with its HTML tags blanked as a view blanks them, and nothing decoded: the
    same length, so its offsets are raw offsets. For rules that read a record's lines
    (an address block's) where a page writes them with ``<br>``, or a SQL statement's string
    with its escapes (``\\n`` a blank and a line's end)."""
    markup = "<" in raw and is_html(raw)
    sql = _reads_escapes(raw, escaped)
    if not markup and not sql:
        return raw

    after_break = [-1]  # where the last breaking tag ended

    def blank(m: re.Match) -> str:
        if m.lastgroup == "tag" and markup:
            blanked = _blank_tag(m.group())
            if blanked[-1:] == "\n":
                after_break[0] = m.end()
            return blanked
        if m.lastgroup == "esc" and sql:
            if m.start() == after_break[0] and m.group() in ("\\n", "\\r\\n", "\\r"):
                return " " * len(m.group())  # (a <br /> and its line's end: one line's end, as in make_view)
            return _BLANKED_ESCAPE.get(m.group(), m.group())
        return m.group()

    return _TOKEN.sub(blank, raw)


# A string's escaped line end or tab, the same length (a line's end last: the next line's
# words start after it)
_BLANKED_ESCAPE = {"\\n": " \n", "\\r": " \n", "\\r\\n": "   \n", "\\t": "  "}


# Tags after which a browser starts a new line (opening or closing): a line break, a
# block, a list item, a table cell or row, a heading
_BREAKING_TAG = re.compile(
    r"</?(?:br|hr|p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|tfoot|caption|h[1-6]"
    r"|blockquote|pre|section|article|header|footer|nav|aside|main|form|fieldset|address"
    r"|figure|figcaption|details|summary)(?=[\s/>])", re.IGNORECASE)

# Quoted attribute values inside a tag; everything else in the tag becomes blanks.
_ATTR_VALUE = re.compile(r"""[^"']+|"[^"]*"|'[^']*'""")


def _keep_value(m: re.Match) -> str:
    text = m.group()
    if text[0] in "\"'":
        return " " + text[1:-1] + " "
    return " " * len(text)


def _decode_q(word: str, s: int) -> tuple[str, tuple[int, ...]]:
    """An encoded word's text, and the raw start of each of its characters. Its wrapper
    ('=?UTF-8?Q?' and '?=') becomes blanks, one for each character, so that no word runs
    into it and a span inside ends before it (the copy's encoded word stays whole)."""
    head = word.index("?", word.index("?", 2) + 1) + 1  # after '=?charset?Q?'
    charset = word[2:word.index("?", 2)]
    payload, starts = bytearray(), []  # the bytes, and the raw start of each
    i, end = head, len(word) - 2
    while i < end:
        c = word[i]
        if c == "=" and i + 3 <= end and all(h in "0123456789abcdefABCDEF" for h in word[i + 1:i + 3]):
            payload.append(int(word[i + 1:i + 3], 16))
            starts.append(i)
            i += 3
            continue
        payload.append(0x20 if c == "_" else ord(c) & 0xFF)
        starts.append(i)
        i += 1
    return _decoded_word(payload, starts, charset, head, len(word) - 2, s)


def _decode_b(word: str, s: int) -> tuple[str, tuple[int, ...]]:
    """The same for an encoded word in base64 ('B'): each byte's raw start is its quartet's
    (four characters carry three bytes). Not base64 after all: its characters as they are."""
    head = word.index("?", word.index("?", 2) + 1) + 1  # after '=?charset?B?'
    charset = word[2:word.index("?", 2)]
    body = word[head:len(word) - 2]
    try:
        payload = bytearray(base64.b64decode(body + "=" * (-len(body) % 4), validate=True))
    except (binascii.Error, ValueError):
        payload = bytearray(body.encode("latin-1", errors="replace"))
        return _decoded_word(payload, [head + j for j in range(len(payload))], "latin-1", head, len(word) - 2, s)
    starts = [head + (j // 3) * 4 for j in range(len(payload))]
    return _decoded_word(payload, starts, charset, head, len(word) - 2, s)


def _decoded_word(payload: bytearray, starts: list[int], charset: str, head: int, end: int,
                  s: int) -> tuple[str, tuple[int, ...]]:
    """An encoded word's view (its wrapper blanked) and each character's raw start, from its
    bytes and each byte's offset in the word."""
    try:
        text = payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: its ASCII still reads
        charset, text = "latin-1", payload.decode("latin-1")
    if not starts:
        starts = [head]
    chars, b = [], 0
    for ch in text:
        chars.append(s + starts[min(b, len(starts) - 1)])
        try:
            b += max(1, len(ch.encode(charset)))
        except (UnicodeEncodeError, LookupError):
            b += 1
    return (" " * head + text + "  ",
            tuple(range(s, s + head)) + tuple(chars) + (s + end, s + end + 1))


# An INSERT (or REPLACE) statement, as a dump writes one a line, or one of its rows on a line
# of its own (phpMyAdmin's: '(12, 'Anna', 'Hi\nall'),'); its strings' escapes, each one
# character in the view ('\r\n' a line's end, as the statement's string holds it)
_SQL_STATEMENT = re.compile(r"[ \t]*(?:(?i:insert|replace)[ \t]+(?i:into)[ \t]|\(.*\)[,;][ \t\r]*$)", re.DOTALL)
def _reads_escapes(raw: str, escaped: bool) -> bool:
    """Whether ``raw``'s backslashes are escapes: in a SQL statement's strings, or a dump's
    row (``escaped``) only; a log's 'CORP\\nancy' is a domain and its user."""
    return "\\" in raw and (escaped or _SQL_STATEMENT.match(raw) is not None)


_ESCAPED = {"n": "\n", "r": "\n", "t": "\t", "'": "'", '"': '"', "\\": "\\"}
# An escaped line's end, '\r\n' written out, is one anywhere (a CEF message's or a JSON string's
# lines, Kaspersky's 'msg=Equipo: ...\r\nNúmero de serie del equipo: ...'); other escapes only in
# SQL: a log's 'CORP\nancy' is a domain and its user, and no path's folders are 'r' then 'n...'
_ESCAPED_CRLF = "\\r\\n"


def _decode_json_escape(seq: str) -> str:
    """A JSON string's \\uXXXX (or a surrogate pair's two): its character; a lone surrogate, U+FFFD; '\\/': '/'."""
    if len(seq) == 2:
        return "/"
    if len(seq) == 12:
        high, low = int(seq[2:6], 16), int(seq[8:12], 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    code = int(seq[2:6], 16)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)


def _decode_percent(seq: str) -> str:
    data = bytes(int(seq[i + 1 : i + 3], 16) for i in range(0, len(seq), 3))
    # Undecodable bytes become U+FFFD: the view is only for matching, never written out.
    return data.decode("utf-8", errors="replace")


def _spread(s: int, e: int, raw_seq: str, decoded: str, kind: str | None) -> list[int]:
    """Raw starts for each decoded char of a multi-char decoded sequence."""
    if kind in ("pct", "qp"):
        # Map each decoded char to the raw %XX (=XX) where its UTF-8 bytes begin.
        out, offset = [], s
        for ch in decoded:
            out.append(offset)
            offset += 3 * max(1, len(ch.encode("utf-8", errors="replace")))
        return [min(o, e - 3) for o in out]
    return [s] * len(decoded)
