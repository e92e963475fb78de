"""What every format shares: input files, chunks of records, problems, format lookup.

A reader turns one file into :class:`Chunk` s: a polars frame of records (columns
source, record, field, text) plus what its writer needs to put redacted text back in
place (raw lines, token positions, row groups). Untouched records are written back from
their raw bytes, so a file with no PII comes out byte-identical.
"""

from __future__ import annotations

import codecs
import contextlib
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..config import InputFormat
from .compression import inner_suffix, open_read

DEFAULT_BATCH_SIZE = 20_000


@dataclass(frozen=True)
class InputFile:
    path: Path  # where to read it
    source: str  # the name findings use: as given, or argument joined with relative path
    relpath: str  # where its copy goes under the output folder (POSIX)
    format: InputFormat = InputFormat.AUTO


@dataclass(frozen=True)
class ReadOptions:
    encoding: str = "utf-8"
    batch_size: int = DEFAULT_BATCH_SIZE
    # Line formats also end a chunk at this many bytes (None: no limit), so that a few
    # long posts headed for NER still make several chunks for the workers; tables (CSV,
    # Parquet) at this many characters of values NER reads (see ner_chars).
    batch_bytes: int | None = None
    fields: tuple[str, ...] = ()  # structured records: which fields to scan (empty = all)
    json_max_bytes: int = 256 * 1024 * 1024
    # Writers: fields/columns to leave out of the copy (operator drop; found by a first pass)
    drop_fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Problem:
    """A record or file that could not be read as its format says. Never holds raw text."""

    source: str
    line: int | None  # physical line (1-based) when known
    message: str
    kind: str = "malformed"  # malformed (processed as text) | unreadable | skipped

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class Chunk:
    # Record text and raw bytes stay out of the repr (they hold the very values we hide).
    records: Any = field(repr=False)  # pl.DataFrame with source, record, field, text
    payload: Any = field(default=None, repr=False)  # the writer's business
    problems: list[Problem] = field(default_factory=list)
    units: int = 0  # lines / rows / elements in this chunk (records scanned)


class Format(Protocol):
    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]: ...

    def writer(self, file: InputFile, final: Path, opts: ReadOptions
               ) -> contextlib.AbstractContextManager[Callable[[Chunk, Any], None]]: ...


_MODULES = {
    InputFormat.TEXT: "text",
    InputFormat.JSONL: "jsonfmt",
    InputFormat.JSON: "jsonfmt",
    InputFormat.CSV: "csvfmt",
    InputFormat.PARQUET: "parquet",
}


def format_handler(fmt: InputFormat) -> Format:
    module = importlib.import_module(f"{__package__}.{_MODULES[fmt]}")
    return module.handler(fmt)


# Extensions that are text whatever their first character looks like.
# The X (Twitter) archive's data files ('data/tweets.js') are JSON documents, each
# assigned to a name: 'window.YTD.tweets.part0 = [ ... ]'. The JSON reader reads what
# follows the assignment and writes the assignment back as it was.
JS_ARCHIVE = re.compile(r"window\.YTD\.[\w.]+\s*=\s*(?=[\[{])")

_TEXT_SUFFIXES = {".log", ".txt", ".out", ".err", ".md", ".html", ".htm", ".xml", ".conf"}

_BY_SUFFIX = {
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".csv": InputFormat.CSV,
    ".tsv": InputFormat.CSV,
    ".parquet": InputFormat.PARQUET,
    ".pq": InputFormat.PARQUET,
}


# A header's name: a letter first, then words, spaces and a few signs; no ':' (a time), no
# '@' or '=' (an address, a key's value).
_HEADER_NAME = re.compile(r"[^\W\d][\w .()/#%&'+-]{0,63}")


def _tab_table(head: bytes) -> bool:
    """A table of tab-separated values under another extension (PowerSchool's
    'student.export.text', a marketplace's report '.txt'): its first lines (20 at most,
    3 at least) hold as many tabs each, two or more, and the first is a header of names.
    A log whose fields are tab-separated starts with data (a time, an address), no header."""
    lines = head.split(b"\n")[:-1][:20]  # whole lines only
    if len(lines) < 3:
        return False
    tabs = lines[0].count(b"\t")
    if tabs < 2 or any(line.count(b"\t") != tabs for line in lines[1:]):
        return False
    names = lines[0].rstrip(b"\r").decode("utf-8", "replace").split("\t")
    return all(_HEADER_NAME.fullmatch(name.strip().strip('"')) for name in names)


def _utf16_marked(head: bytes) -> bool:
    """Whether ``head`` starts with UTF-16's byte order mark (not UTF-32's, whose little-endian mark starts so)."""
    return head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and head[:4] != codecs.BOM_UTF32_LE


def detect_format(path: Path) -> InputFormat | None:
    """The format from the extension, then the content. None for binary files."""
    suffix = inner_suffix(path)
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    with open_read(path) as fh:
        head = fh.read(8192)
    if head.startswith(b"PAR1"):
        return InputFormat.PARQUET
    if _utf16_marked(head):
        # UTF-16 text (see sniff_encoding): its characters, not its bytes, say its format ('Unicode Text' is a table)
        head = head[:len(head) // 2 * 2].decode("utf-16", "replace").encode("utf-8")
    if b"\x00" in head:
        return None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if JS_ARCHIVE.match(stripped.decode("utf-8", "replace")):
        return InputFormat.JSON  # an X (Twitter) archive's data file: a JSON document assigned in JS
    first = stripped.split(b"\n", 1)[0].strip()
    if stripped[:1] == b"{" and first.endswith(b"}"):
        return InputFormat.JSONL  # one object per line: JSON lines (access.log of nginx JSON too)
    if (suffix not in _TEXT_SUFFIXES or suffix == ".txt") and _tab_table(head.removeprefix(b"\xef\xbb\xbf")):
        return InputFormat.CSV
    if suffix in _TEXT_SUFFIXES:
        return InputFormat.TEXT  # '[Sun Dec 04 ...' starts an error log, not a JSON array
    if suffix == ".json" or stripped[:1] == b"{":
        return InputFormat.JSON  # a document (one object over many lines, or an array)
    # '[' opens a JSON array only when a value follows: an object, an array, a string, or
    # a number that a ',', the line's end or a closing ']' at the line's end follows
    # ('[2024-04-16 00:00:21.316] VERBOSE', Asterisk's and many loggers' bracketed time,
    # and '[1713225621.316] start' are log lines)
    if re.match(rb"\[\s*(?:[\[{\"\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*(?:,|\][ \t\r]*(?:\n|$)|\r?\n))", stripped):
        return InputFormat.JSON
    return InputFormat.TEXT


# Undecodable bytes: ``surrogateescape`` turns byte 0xXY into U+DCXY, which polars (and
# any UTF-8 consumer) rejects. Records carry them as private-use U+F7XY instead: one
# character each, so offsets hold, and not a word character, so no recognizer matches
# across them. Writers map them back (only on lines that had bad bytes) and re-encode
# with ``surrogateescape``: the bytes come out as they went in.
_TO_SAFE = {0xDC80 + i: 0xF780 + i for i in range(128)}
_FROM_SAFE = {v: k for k, v in _TO_SAFE.items()}


def decode_line(raw: bytes, encoding: str) -> tuple[str, bool]:
    """Decoded text and whether it was clean (see above for the bad bytes)."""
    try:
        return raw.decode(encoding), True
    except UnicodeDecodeError:
        return raw.decode(encoding, errors="surrogateescape").translate(_TO_SAFE), False


# A file's encoding where the user named none ('auto'): UTF-8, unless the file's first MiB
# has bytes UTF-8 cannot decode and next to no character UTF-8 can (beyond ASCII): a legacy
# single-byte export, most often Windows-1252 (Excel's 'CSV' on a Western European Windows,
# a CRM's export). Read as UTF-8, each 'ø' or 'å' of such a file would be an undecodable
# byte: the names around it broken, and a problem reported on every line. A UTF-8 file with
# a few broken bytes among its multi-byte characters stays UTF-8 (those bytes are kept and
# reported, as with any encoding); so does one with a single stray byte.
AUTO_ENCODING = "auto"
LEGACY_ENCODING = "cp1252"
_SNIFF_BYTES = 1 << 20
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def sniff_encoding(path: Path) -> str:
    """UTF-8, UTF-16 (by its byte order mark) or :data:`LEGACY_ENCODING` for the file at ``path`` (see above)."""
    try:
        with open_read(path) as fh:
            head = fh.read(_SNIFF_BYTES)
    except Exception:  # noqa: BLE001 (an unreadable file is the reader's to report, in its own words)
        return "utf-8"
    if _utf16_marked(head):
        # UTF-16 with its byte order mark: a Windows tool's 'Unicode' export (Google Play Console's reviews, Excel's
        # 'Unicode Text'). Read in its byte order, the mark is the first character, as UTF-8's is, and written
        # back once, where it was
        return "utf-16-le" if head[:2] == codecs.BOM_UTF16_LE else "utf-16-be"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    text = head.decode("utf-8", errors="surrogateescape")
    if len(head) == _SNIFF_BYTES:
        text = text[:-3]  # (a character the sample's end cut in two is no bad byte)
    bad = len(_UNDECODABLE.findall(text))
    return LEGACY_ENCODING if bad >= 2 and len(_BEYOND_ASCII.findall(text)) * 10 <= bad else "utf-8"


def refuse_wide_lines(file, opts) -> None:
    """A line reader's check: its lines are split on the byte '\\n', which UTF-16 writes in two bytes. Such a file is
    read as CSV (by characters: csvfmt's) or as a JSON document (decoded whole: jsonfmt's); as lines of text or JSON
    lines it is reported unreadable, with what to do, rather than read as garbage in which nothing is found."""
    if codecs.lookup(opts.encoding).name.startswith(("utf-16", "utf-32")):
        from ..errors import InputError

        raise InputError(f"{file.source}: UTF-16 is read as CSV or as a JSON document, not as lines of text; convert "
                         "it to UTF-8 first (iconv -f UTF-16 -t UTF-8)")


def to_safe(text: str) -> str:
    """A str that may hold escaped bad bytes, made storable (see above)."""
    return text.translate(_TO_SAFE)


def encode_back(text: str, encoding: str, had_bad_bytes: bool) -> bytes:
    if had_bad_bytes:
        text = text.translate(_FROM_SAFE)
    return text.encode(encoding, errors="surrogateescape")


def is_clean(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def split_eol(raw: bytes) -> tuple[bytes, bytes]:
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


# What counts towards ReadOptions.batch_bytes in a table: the characters of the values
# NER would read, those of several words (see Detector.wants_ner).
def ner_chars(cells) -> int:
    return sum(len(c) for c in cells if c.count(" ") >= 3)


def ner_chars_expr(cell):
    """:func:`ner_chars` of one cell, as a polars expression (0 for a null)."""
    import polars as pl

    return (pl.when(cell.str.count_matches(" ", literal=True) >= 3)
            .then(cell.str.len_chars().cast(pl.Int64)).otherwise(0).fill_null(0))


def chunk_sizes(records, chars, max_records: float, max_chars: float) -> tuple[list[int], int]:
    """Rows per chunk for rows of ``records`` records and ``chars`` NER characters each
    (two polars Series of counts, or None for no limit of that kind): a chunk ends at the
    row that brings it to ``max_records`` or ``max_chars``, as a reader adding rows one by
    one would end it. Also returns how many rows are left after the last full chunk.

    The counts are never negative, so their running sums are sorted and each chunk's end
    is a binary search: the loop runs once per chunk, not once per row."""
    limits = [(sums, cap) for counts, cap in ((records, max_records), (chars, max_chars))
              if counts is not None and cap != float("inf") for sums in [counts.cum_sum()]]
    n = len(records if records is not None else chars)
    sizes, start, bases = [], 0, [0] * len(limits)
    while limits and start < n:
        # the first row at which a running sum reaches its base plus its cap
        end = max(start, min(int(sums.search_sorted(base + cap, side="left"))
                             for (sums, cap), base in zip(limits, bases)))
        if end >= n:
            break
        sizes.append(end + 1 - start)
        start = end + 1
        bases = [sums[end] for sums, _ in limits]
    return sizes, n - start


def records_frame(source: str, records: list[int], fields: list[str | None], texts: list[str],
                  hints: list[str | None] | None = None):
    """The records' frame; ``hints``, when any record has one, become a ``hint`` column:
    the name a record's value goes by where its own field says nothing (a name/value
    pair's value: see jsonfmt.pair_name), which detection reads in place of its field."""
    import polars as pl

    frame = pl.DataFrame(
        {"source": [source] * len(records), "record": records, "field": fields, "text": texts},
        schema={"source": pl.String, "record": pl.Int64, "field": pl.String, "text": pl.String},
    )
    if hints is not None and any(h is not None for h in hints):
        frame = frame.with_columns(pl.Series("hint", hints, dtype=pl.String))
    return frame
