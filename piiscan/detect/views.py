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
from dataclasses import dataclass

# A quick test: does this text need a view at all? Most log lines do not.
_NEEDS_VIEW = re.compile(r"%[0-9A-Fa-f]{2}|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);|<[A-Za-z/!]")

_TOKEN = re.compile(
    r"""
    (?P<pct>(?:%[0-9A-Fa-f]{2})+)               # a run of %XX (may be a multi-byte UTF-8 char)
  | (?P<ent>&(?:\#\d{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)  # HTML entity
  | (?P<tag><(?:[A-Za-z][^<>]*|/[A-Za-z][^<>]*|![^<>]*)>)   # an HTML tag or comment
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class View:
    text: str
    # raw offset of each view character, plus one entry for the end (len(text)).
    # None means the view is the raw text itself (identity map).
    starts: tuple[int, ...] | None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering view [start, end): whole encoded sequences included."""
        if self.starts is None:
            return start, end
        # end: the raw start of the first character after the span
        return self.starts[start], self.starts[end]

    @property
    def is_identity(self) -> bool:
        return self.starts is None


def make_view(raw: str) -> View:
    """The decoded view of ``raw`` (identity when there is nothing to decode)."""
    if not _NEEDS_VIEW.search(raw):
        return View(raw, None)
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _TOKEN.finditer(raw):
        s, e = m.span()
        if s > pos:
            out.append(raw[pos:s])
            starts.extend(range(pos, s))
        kind = m.lastgroup
        if kind == "pct":
            decoded = _decode_percent(m.group())
        elif kind == "ent":
            decoded = html.unescape(m.group())
            if decoded == m.group():  # an unknown entity stays as it is
                out.append(decoded)
                starts.extend(range(s, e))
                pos = e
                continue
        else:  # a tag: same length, so offsets inside the view stay aligned
            decoded = _ATTR_VALUE.sub(_keep_value, m.group())
            out.append(decoded)
            starts.extend(range(s, e))
            pos = e
            continue
        out.append(decoded)
        # Every character of a decoded sequence maps to the start of the whole sequence
        # except that a span ending inside it must still cover it whole: handled by
        # to_raw taking the start of the *next* character as the end.
        if len(decoded) == 1:
            starts.append(s)
        else:
            starts.extend(_spread(s, e, m.group(), decoded, kind))
        pos = e
    if pos < len(raw):
        out.append(raw[pos:])
        starts.extend(range(pos, len(raw)))
    starts.append(len(raw))
    return View("".join(out), tuple(starts))


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
