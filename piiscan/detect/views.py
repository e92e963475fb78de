"""Decoded views of raw text, with a map from view offsets back to raw offsets.

Recognizers see ``john.doe@example.com`` where the raw line says ``john.doe%40example.com``
or ``john.doe&#64;example.com``. Findings must point into the raw text (the contract), so
every view carries, for each view character, the raw offset it came from.

HTML markup is blanked to spaces of the same length (offsets unchanged, words on either
side of a tag stay apart, markup survives redaction because no span covers it); quoted
attribute values stay visible (``href="mailto:jane@example.com"``, ``title="Jane Roe"``).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

# A quick test: does this text need a view at all? Most log lines do not.
NEEDS_VIEW = re.compile(r"%[0-9A-Fa-f]{2}|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);|<[A-Za-z/!]")

_TOKEN = re.compile(
    r"""
    (?P<pct>(?:%[0-9A-Fa-f]{2})+)               # a run of %XX (may be a multi-byte UTF-8 char)
  | (?P<ent>&(?:\#\d{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)  # HTML entity
  | (?P<tag><(?:/?[A-Za-z][A-Za-z0-9\-]*(?:[\s/][^<>]*)?|![^<>]*)>)  # an HTML tag or comment:
                                                # a name, then a blank, '/' or '>' (an address
                                                # in brackets, <jane@example.com>, is no tag)
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


def make_views(texts: list[str]) -> list[View]:
    """Views for a batch: polars finds the few records that need decoding."""
    import polars as pl

    needs = pl.Series(texts, dtype=pl.String).str.contains(NEEDS_VIEW.pattern).to_list()
    return [make_view(t) if n else View(t, None) for t, n in zip(texts, needs)]


def make_view(raw: str) -> View:
    """The decoded view of ``raw`` (identity when there is nothing to decode)."""
    if not NEEDS_VIEW.search(raw):
        return View(raw, None)
    out: list[str] = []
    tokens: list[tuple[int, int, int, int, tuple[int, ...]]] = []
    pos = 0
    vpos = 0
    for m in _TOKEN.finditer(raw):
        s, e = m.span()
        if s > pos:
            out.append(raw[pos:s])
            vpos += s - pos
        kind = m.lastgroup
        if kind == "pct":
            decoded = _decode_percent(m.group())
        elif kind == "ent":
            decoded = html.unescape(m.group())
        else:  # a tag: same length, so offsets inside the view stay aligned
            decoded = _ATTR_VALUE.sub(_keep_value, m.group())
        out.append(decoded)
        if len(decoded) != e - s:
            # Each decoded character maps to the raw start of its sequence, so a span
            # always covers whole encoded sequences.
            chars = (s,) if len(decoded) == 1 else tuple(_spread(s, e, m.group(), decoded, kind))
            tokens.append((vpos, vpos + len(decoded), s, e, chars))
        vpos += len(decoded)
        pos = e
    if pos < len(raw):
        out.append(raw[pos:])
    if not tokens:  # only same-length rewrites (tags, unknown entities)
        return View("".join(out), None) if "".join(out) == raw else _aligned("".join(out), raw)
    return View("".join(out), tuple(tokens), len(raw))


def _aligned(text: str, raw: str) -> View:
    """A view of the same length as its raw text (offsets equal)."""
    return View(text, (), len(raw))


# Quoted attribute values inside a tag; everything else in the tag becomes blanks.
_ATTR_VALUE = re.compile(r"""[^"']+|"[^"]*"|'[^']*'""")


def _keep_value(m: re.Match) -> str:
    text = m.group()
    if text[0] in "\"'":
        return " " + text[1:-1] + " "
    return " " * len(text)


def _decode_percent(seq: str) -> str:
    data = bytes(int(seq[i + 1 : i + 3], 16) for i in range(0, len(seq), 3))
    # Undecodable bytes become U+FFFD: the view is only for matching, never written out.
    return data.decode("utf-8", errors="replace")


def _spread(s: int, e: int, raw_seq: str, decoded: str, kind: str | None) -> list[int]:
    """Raw starts for each decoded char of a multi-char decoded sequence."""
    if kind == "pct":
        # Map each decoded char to the raw %XX where its UTF-8 bytes begin.
        out, offset = [], s
        for ch in decoded:
            out.append(offset)
            offset += 3 * max(1, len(ch.encode("utf-8", errors="replace")))
        return [min(o, e - 3) for o in out]
    return [s] * len(decoded)
