"""Plain text and access logs: one record per physical line (blank lines counted).

Log structure (combined format fields, query strings) is recognized by the detector from
the line itself, so a log is read like any text file.

W3C extended logs (IIS, CloudFront, ...) name their columns in a ``#Fields:`` directive:
after one, each data line with that many blank-separated values is read like a CSV row
(one record per value, field = the column's name, so ``cs-username`` is a user name and
``cs(User-Agent)`` a user agent). The record number stays the physical line.

XML dumps of one element per line (Stack Exchange's ``<row Id="7" DisplayName="..."
AboutMe="&lt;p&gt;..." />``) are read the same way: a line that is one empty element
with attributes gives one record per attribute, field = the attribute's name, text =
its value unescaped (so ``DisplayName`` is a person and ``AboutMe`` HTML prose). A
changed value goes back escaped, in its place; the line's other bytes stay. A line of
elements that hold only text (WordPress' and Disqus' exports: ``<wp:comment_author><![CDATA[
Ana O.]]></wp:comment_author>``, ``<username>daan</username>``) gives one record per
element, field = its name without the namespace prefix (or the name its ``Name`` attribute
gives it: a Windows event's ``<Data Name='TargetUserName'>``); a CDATA section's new text goes
back in the section. Other lines (the declaration, the root element, an HTML page's
markup, mixed content, anything else) are text.

An HTML table (a wiki page's, a report saved as HTML) names its columns in its header's
``<th>`` cells: a ``<td>`` cell of text alone on its line (or among other such cells) in
a column whose name says what it holds (``Serial``, ``Wi-Fi MAC``) is a record of its
own, field ``td``, detected as that column's value; other lines stay whole.

Excel's XML Spreadsheet 2003 (SpreadsheetML, a help desk's export) puts a cell on a line,
``<Cell><Data ss:Type="String">22818X9138136</Data></Cell>``, and names its columns in
its table's first row: a line of one cell in a column whose name says what it holds
(``Router serial``) is detected as that column's value, hint = the column's name; the
record stays the line (field none, offsets the line's).

Zeek's logs name their tab-separated columns in a ``#fields`` directive and are read as
W3C logs are.

A line that is one JSON object among other lines (a service's structured log next to
its plain lines) is split as a JSON line is: one record per value, field = key path.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .base import (
    Chunk,
    InputFile,
    Problem,
    ReadOptions,
    decode_line,
    encode_back,
    is_clean,
    records_frame,
    refuse_wide_lines,
    split_eol,
)
from .compression import atomic_output, compression_of, open_read

_READ_BLOCK = 1 << 20  # bytes of lines read at a time


class TextFormat:
    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        refuse_wide_lines(file, opts)
        with open_read(file.path) as fh:
            raws: list[bytes] = []
            first, size, max_size = 1, 0, opts.batch_bytes or float("inf")
            # carried across chunks: the columns of the last #Fields: directive, and
            # where an HTML table and a SpreadsheetML sheet are (their header's names, the next cell's column)
            # and a SQL dump's tables' columns (its CREATE TABLEs)
            # and a query's result drawn as a table (its header's names)
            w3c: list = [None, None, None, None, None]

            def chunk(lines: list[bytes], at: int) -> Chunk:  # lines from line number `at`
                return _split(self._chunk(file, b"".join(lines), len(lines), at, opts), w3c, opts)

            if opts.batch_bytes is None:  # chunks of batch_size lines: read in blocks of lines
                while block := fh.readlines(_READ_BLOCK):
                    raws += block
                    while len(raws) >= opts.batch_size:
                        yield chunk(raws[:opts.batch_size], first)
                        first += opts.batch_size
                        del raws[:opts.batch_size]
            else:
                for raw in fh:
                    raws.append(raw)
                    size += len(raw)
                    if len(raws) >= opts.batch_size or size >= max_size:
                        yield chunk(raws, first)
                        first += len(raws)
                        raws, size = [], 0
            if raws:
                yield chunk(raws, first)

    def blocks(self, file: InputFile, opts: ReadOptions) -> Iterator[TextBlock]:
        """The file as :class:`TextBlock` s: its lines as read, cut where :meth:`read`
        cuts its chunks. The caller hands each to :meth:`decode` where the work runs,
        so this process holds and passes bytes only: no Python object per line, no
        frame to pickle. The one state a chunk carries over, a W3C log's columns, is
        followed here from the lines that start with ``#``. For encodings that write
        ASCII as ASCII (the caller's choice: UTF-8)."""
        columns: tuple[str, ...] | None = None
        first = 1
        with open_read(file.path) as fh:
            for data, units in _line_blocks(fh, opts.batch_size, opts.batch_bytes):
                yield TextBlock(file, data, first, units, columns, opts)
                columns = _w3c_after(data, columns, opts.encoding)
                first += units

    def decode(self, block: TextBlock) -> Chunk:
        """A block's chunk, as :meth:`read` gives it."""
        chunk = self._chunk(block.file, block.data, block.units, block.first, block.opts)
        # (an HTML table's and a spreadsheet's header are not followed between blocks: only a
        # file whose first line is an access log's is read as blocks (api); a page or a sheet
        # goes by read(), which carries them from chunk to chunk, whatever --jobs is)
        return _split(chunk, [block.w3c, None, None, None, None], block.opts)

    def _chunk(self, file: InputFile, joined: bytes, n: int, first: int, opts: ReadOptions) -> Chunk:
        """The chunk of ``joined``, ``n`` whole lines from line number ``first``."""
        if is_utf8(opts.encoding) and not joined.endswith(b"\r"):
            chunk = _utf8_chunk(file, joined, n, first)
            if chunk is not None:
                return chunk
        try:  # the common case: the whole chunk decodes; split it in one go
            decoded = joined.decode(opts.encoding)
        except UnicodeDecodeError:
            pass
        else:
            lines = decoded.split("\n")
            if len(lines) == n + 1 and lines[-1] == "":
                lines.pop()
            if len(lines) == n and not joined.endswith(b"\r"):  # (a final bare '\r' stays text)
                plain = "\r" not in decoded or "\r\n" not in decoded  # no line ends in '\r'
                texts = lines if plain else [t[:-1] if t.endswith("\r") else t for t in lines]
                frame = records_frame(file.source, list(range(first, first + n)), [None] * n, texts)
                # plain: clean text, every line ends in '\n' (the last may not): the writer
                # can join the whole chunk at once
                return Chunk(frame, payload=(joined, plain), problems=[], units=n)
        texts, problems = [], []
        for i, raw in enumerate(_lines_of(joined)):
            body, _ = split_eol(raw)
            text, clean = decode_line(body, opts.encoding)
            if not clean:
                problems.append(Problem(file.source, first + i,
                                        f"bytes that are not valid {opts.encoding}; kept as they are"))
            texts.append(text)
        frame = records_frame(file.source, list(range(first, first + n)), [None] * n, texts)
        return Chunk(frame, payload=(joined, False), problems=problems, units=n)

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        # whole chunks at a time: written (and compressed) behind, while the next is read
        with atomic_output(final, compression=compression_of(file.path), behind=True) as out:
            def write(chunk: Chunk | TextBlock, redacted) -> None:
                """A chunk and its redacted records; or a block and its bytes, as
                :func:`encode` made them where the block was worked on."""
                out.write(redacted if isinstance(chunk, TextBlock) else encode(chunk, redacted, opts))

            yield write


@dataclass(frozen=True)
class TextBlock:
    """Whole lines of a text file as read (see :meth:`TextFormat.blocks`): decoded,
    detected and encoded again by whoever works on it."""

    file: InputFile
    data: bytes = field(repr=False)  # the lines, line endings and all: the very values we hide
    first: int  # line number of its first line
    units: int  # lines
    w3c: tuple[str, ...] | None  # the W3C columns in force at its first line
    opts: ReadOptions


def _line_blocks(fh, max_lines: int, max_bytes: int | None) -> Iterator[tuple[bytes, int]]:
    """``fh``'s bytes in runs of whole lines (split at b'\\n' only, as a binary file's
    lines are), each with its number of lines, cut where :meth:`TextFormat.read` cuts
    its chunks: after the ``max_lines``-th line, or after the line that reaches
    ``max_bytes``; the last run ends where the file does."""
    carry = b""  # lines read past the last cut
    while True:
        if max_bytes is not None:
            data = carry + fh.read(max(max_bytes - len(carry), 0))
            if len(data) >= max_bytes:
                end = data.find(b"\n", max_bytes - 1) + 1
                if not end:  # the line that reaches the limit goes on: all of it
                    data += fh.readline()
                    end = len(data)
                if end < len(data):
                    data, carry = data[:end], data[end:]
                else:
                    carry = b""
            else:
                carry = b""
        else:
            parts, lines = [carry], carry.count(b"\n")
            while lines < max_lines and (more := fh.read(_READ_BLOCK)):
                parts.append(more)
                lines += more.count(b"\n")
            data, carry = b"".join(parts), b""
        if not data:
            return
        n = data.count(b"\n") + (not data.endswith(b"\n"))
        if n > max_lines:
            end = 0
            for _ in range(max_lines):
                end = data.index(b"\n", end) + 1
            data, carry, n = data[:end], data[end:] + carry, max_lines
        yield data, n


def _lines_of(joined: bytes) -> list[bytes]:
    """``joined``'s lines, each with its line ending (as a binary file's lines are)."""
    lines = joined.split(b"\n")
    last = lines.pop()
    out = [line + b"\n" for line in lines]
    if last:
        out.append(last)
    return out


def _split(chunk: Chunk, w3c: list, opts: ReadOptions) -> Chunk:
    """A chunk's lines split into records by what they are: W3C columns, HTML table
    cells, XML attributes, JSON values (``w3c``: the W3C columns in force and the HTML
    table's and the spreadsheet's state, carried over)."""
    chunk = _w3c_split(chunk, w3c, opts)
    if len(chunk.payload) != 3:
        chunk = _table_split(chunk, w3c, opts)
    if len(chunk.payload) != 3:
        chunk = _sheet_split(chunk, w3c, opts)
    if len(chunk.payload) != 3:
        chunk = _sql_split(chunk, w3c, opts)
    if len(chunk.payload) != 3:
        chunk = _piped_split(chunk, w3c, opts)
    return _json_split(_xml_split(chunk, opts), opts)


def encode(chunk: Chunk, redacted, opts: ReadOptions) -> bytes:
    """A chunk's lines as bytes again: ``redacted`` (text and a changed flag per record)
    in place of what changed; every other line's bytes as read."""
    import polars as pl

    if len(chunk.payload) == 3:  # values of W3C columns or XML attributes: back to lines
        split = chunk.payload[2]
        redacted = (_xml_lines if isinstance(split, _XmlRows) else
                    _json_lines if isinstance(split, _JsonRows) else _w3c_lines)(chunk, redacted)
    joined, plain = chunk.payload[:2]
    changed_rows = redacted.get_column("changed").arg_true().to_list()
    if not changed_rows:
        return joined
    if plain and len(changed_rows) * 4 > chunk.units:  # most lines changed (a log)
        texts = redacted.get_column("text")
        if is_utf8(opts.encoding):  # polars holds UTF-8 already: joined without Python strings
            data = texts.str.join("\n").cast(pl.Binary).item()
        else:
            data = "\n".join(texts.to_list()).encode(opts.encoding)
        return data + b"\n" if joined.endswith(b"\n") else data
    pieces = _lines_of(joined)
    texts = redacted.get_column("text").gather(changed_rows).to_list()
    for i, text in zip(changed_rows, texts):
        body, eol = split_eol(pieces[i])
        pieces[i] = encode_back(text, opts.encoding, not is_clean(body, opts.encoding)) + eol
    return b"".join(pieces)


@functools.lru_cache(maxsize=8)
def is_utf8(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-8, by any of its names."""
    import codecs

    return codecs.lookup(encoding).name == "utf-8"


def _utf8_chunk(file: InputFile, joined: bytes, n: int, first: int) -> Chunk | None:
    """The common case of a UTF-8 log, in polars: the chunk's bytes checked and split
    into lines without a Python string per line (None: some bytes are not UTF-8, or the
    lines do not split back as read; the caller's way then). Polars' UTF-8 check is
    Python's: no overlong forms, no encoded surrogates."""
    import polars as pl

    try:
        whole = pl.Series([joined], dtype=pl.Binary).cast(pl.String)
    except pl.exceptions.ComputeError:
        return None
    lines = whole.str.split("\n").explode()
    if lines.len() == n + 1 and lines[-1] == "":
        lines = lines.head(n)
    if lines.len() != n:
        return None
    # no line ends in '\r' (the last does not: see the caller); a one-byte search is a
    # memchr, several times faster than the two-byte one it mostly spares
    plain = b"\r" not in joined or b"\r\n" not in joined
    if not plain:
        lines = lines.str.strip_suffix("\r")
    frame = pl.DataFrame({
        "source": pl.repeat(file.source, n, dtype=pl.String, eager=True),
        "record": pl.int_range(first, first + n, dtype=pl.Int64, eager=True),
        "field": pl.repeat(None, n, dtype=pl.String, eager=True),
        "text": lines,
    })
    # plain: every line ends in '\n' (the last may not): the writer joins the chunk at once
    return Chunk(frame, payload=(joined, plain), problems=[], units=n)


def handler(fmt) -> TextFormat:
    return TextFormat()


_FIELDS_DIRECTIVE = "#Fields:"
# Zeek's (Bro's) logs (conn.log, http.log, dns.log...) are the same idea, tab-separated:
# '#fields\tts\tuid\tid.orig_h...' names the columns, '#types', '#separator' and the
# others describe the log.
_ZEEK_FIELDS_DIRECTIVE = "#fields\t"
_ZEEK_DIRECTIVES = r"(?:separator|set_separator|empty_field|unset_field|path|open|close|fields|types)(?:[ \t]|$)"
_W3C_DIRECTIVE = re.compile(rf"#(?:(?:Version|Fields|Software|Date|Start-Date|End-Date|Remark):|{_ZEEK_DIRECTIVES})")
# Directives that describe the log (its columns, software, dates), not what it records.
_W3C_STRUCTURE = re.compile(rf"#(?:(?:Version|Fields|Software|Date|Start-Date|End-Date):|{_ZEEK_DIRECTIVES})")
_NO_VALUE = frozenset({"", "-", "(empty)"})  # W3C's and Zeek's unset; Zeek's empty
# A comma-separated value, quoted or not (Exchange's message tracking log is W3C with commas)
_COMMA_CELL = re.compile(r'"(?:[^"]|"")*"|[^,"]*')


class _CommaColumns(tuple):
    """The columns of a '#Fields:' directive that separates them with commas (Exchange's
    message tracking log, 'date-time,client-ip,...'): its lines are comma-separated too."""

    __slots__ = ()


def _comma_cells(text: str) -> list[str] | None:
    """A line's comma-separated values as written (quotes kept); None: not such a line."""
    cells, pos = [], 0
    while True:
        m = _COMMA_CELL.match(text, pos)
        cells.append(m.group())
        pos = m.end()
        if pos == len(text):
            return cells
        if text[pos] != ",":
            return None  # a quote inside an unquoted value: read as text
        pos += 1
_W3C_VALUE = re.compile(r'(?:"[^"]*"|[^ "\t])+')  # blank-separated, quotes kept whole


def _w3c_split(chunk: Chunk, w3c: list, opts: ReadOptions) -> Chunk:
    """The chunk with the data lines of a W3C extended log split into one record per
    value (see the module's doc); ``w3c[0]``: the columns in force, carried over."""
    if w3c[0] is None and not chunk.records.get_column("text").str.contains(
            f"^(?:{_FIELDS_DIRECTIVE}|{_ZEEK_FIELDS_DIRECTIVE})").any():
        return chunk
    texts = chunk.records.get_column("text").to_list()
    out = _SplitRecords(chunk)
    cells: dict[int, tuple[str, list[str]]] = {}  # line index -> (separator, values)
    for i, text in enumerate(texts):
        w3c[0] = _w3c_columns(text, w3c[0])
        if _W3C_STRUCTURE.match(text):
            continue  # the log's own header, like a CSV's: no record (a #Remark: is one)
        columns = w3c[0]
        comma = isinstance(columns, _CommaColumns)
        sep = "," if comma else "\t" if "\t" in text else " "  # CloudFront separates with tabs
        parts = None
        if columns and not text.startswith("#"):
            if comma:
                parts = _comma_cells(text)
            else:
                # a value may be quoted, blanks and all ("Mozilla/5.0 (X11; Linux)")
                parts = text.split(sep) if '"' not in text else _W3C_VALUE.findall(text)
            if parts is not None and sep.join(parts) != text:
                parts = None  # not one separator between values: read as text
        if parts is None or len(parts) != len(columns):
            out.add(i, -1, None, text)
            continue
        cells[i] = (sep, parts)
        for col, (name, value) in enumerate(zip(columns, parts)):
            if value not in _NO_VALUE and (not opts.fields or name in opts.fields):
                out.add(i, col, name, value)
    return out.chunk((out.refs, cells))


def _w3c_columns(text: str, columns):
    """The W3C columns in force after the line ``text``, ``columns`` before it."""
    if text.startswith(_FIELDS_DIRECTIVE):
        names = text[len(_FIELDS_DIRECTIVE):].strip()
        if "," in names and " " not in names.replace(", ", ","):
            return _CommaColumns(n.strip() for n in names.split(",")) or None
        return tuple(names.split()) or None
    if text.startswith(_ZEEK_FIELDS_DIRECTIVE):
        return tuple(text[len(_ZEEK_FIELDS_DIRECTIVE):].rstrip("\r\n").split("\t")) or None
    if text.startswith("#") and not _W3C_DIRECTIVE.match(text):
        return None  # something else begins (files joined into one): columns end
    return columns


def _w3c_after(data: bytes, columns, encoding: str):
    """The W3C columns in force after the lines ``data`` (whole lines, in an encoding
    that writes ASCII as ASCII), ``columns`` before them: only a line that starts with
    '#' changes them, so only those are decoded."""
    for at in _line_starts_with_hash(data):
        end = data.find(b"\n", at)
        body, _ = split_eol(data[at:] if end < 0 else data[at:end + 1])
        columns = _w3c_columns(decode_line(body, encoding)[0], columns)
    return columns


def _line_starts_with_hash(data: bytes) -> Iterator[int]:
    """Where the lines of ``data`` that start with '#' start. An access log has a few
    '#' in a block of thousands of lines (in URLs); finding each with the one-byte
    search (a memchr) and looking at the byte before is several times faster than the
    two-byte search for b'\\n#', which stops at every line end. Where '#' turns out to
    be common, the rest of the block goes by the two-byte search."""
    at = data.find(b"#")
    misses = 0
    while at >= 0:
        if at == 0 or data[at - 1] == 0x0A:
            yield at
        else:
            misses += 1
            if misses > _HASH_MISSES:
                break
        at = data.find(b"#", at + 1)
    else:
        return
    at = data.find(b"\n#", at) + 1
    while at:
        yield at
        at = data.find(b"\n#", at) + 1


# '#' not at a line's start that the one-byte search passes over before it gives way
_HASH_MISSES = 256


def _w3c_lines(chunk: Chunk, redacted):
    """The redacted records of a split chunk (see _w3c_split) as one text per line, for
    the line writer: a changed value goes back in its column, blanks as '+' (IIS's own
    way to write a blank) so the line keeps its columns; empty becomes '-'."""
    _, _, (refs, cells) = chunk.payload
    lines: list[str | None] = [None] * chunk.units
    for i, col, text in _changed(refs, redacted):
        if col < 0:
            lines[i] = text
        else:
            sep, row = cells[i]
            row = list(row)
            quoted = row[col][:1] == '"' and text[:1] == '"' and text[-1:] == '"'
            if sep == "\t":  # blanks are no separator here (Zeek's user agents hold them)
                row[col] = text.replace("\t", " ") or "-"
            elif sep == ",":  # quoted where a comma, a quote or a line break would break the row
                row[col] = text if quoted or not any(c in text for c in ',"\r\n') else \
                    '"' + text.replace('"', '""') + '"'
            else:
                row[col] = text if quoted else "+".join(text.split()) or "-"
            cells[i] = (sep, row)
            lines[i] = sep.join(row)
    return _lines_frame(lines)


class _SplitRecords:
    """The records of a chunk split by column (W3C) or attribute (XML), and where each
    came from: (line index, column; -1 the whole line)."""

    def __init__(self, chunk: Chunk) -> None:
        self._chunk = chunk
        self._first = chunk.records.get_column("record")[0]
        self.records: list[int] = []
        self.fields: list[str | None] = []
        self.values: list[str] = []
        self.hints: list[str | None] = []
        self.refs: list[tuple[int, int]] = []

    def add(self, line: int, col: int, field: str | None, value: str, hint: str | None = None) -> None:
        self.records.append(self._first + line)
        self.fields.append(field)
        self.values.append(value)
        self.hints.append(hint)
        self.refs.append((line, col))

    def chunk(self, split) -> Chunk:
        """The split chunk; ``split`` (third in the payload) tells the writer how to put
        the lines back together."""
        import polars as pl

        chunk = self._chunk
        source = chunk.records.get_column("source")[0]
        frame = pl.DataFrame({"source": [source] * len(self.records), "record": self.records,
                              "field": self.fields, "text": self.values}, schema=chunk.records.schema)
        if any(h is not None for h in self.hints):
            frame = frame.with_columns(pl.Series("hint", self.hints, dtype=pl.String))
        joined, _ = chunk.payload
        return Chunk(frame, payload=(joined, False, split), problems=chunk.problems, units=chunk.units)


def _changed(refs: list[tuple[int, int]], redacted):
    """(line index, column, new text) of each changed record of a split chunk."""
    for (i, col), text, changed in zip(refs, redacted.get_column("text").to_list(),
                                       redacted.get_column("changed").to_list()):
        if changed:
            yield i, col, text


def _lines_frame(lines: list[str | None]):
    """The lines of a split chunk for the line writer (None: unchanged)."""
    import polars as pl

    return pl.DataFrame({"text": [t if t is not None else "" for t in lines],
                         "changed": [t is not None for t in lines]})


_XML_NAME = r"[A-Za-z_][\w.:\-]*"
# One empty element with attributes, alone on its line: <row Id="7" Name="x" /> (not an HTML
# page's void element: a '<meta name="Author" content="...">' is its page's line, structure.py's)
_XML_ROW = re.compile(rf'\s*<(?!(?i:meta|link|img|input|base|area|embed|param|source|track|col|br|hr|wbr)\b)'
                      rf'{_XML_NAME}(?:\s+{_XML_NAME}\s*=\s*"[^"<]*")+\s*/>\s*')
_XML_ROW_START = rf'^\s*<{_XML_NAME}\s+{_XML_NAME}\s*=\s*"'  # its start: a quick polars test per chunk
_XML_ATTR = re.compile(rf'({_XML_NAME})\s*=\s*"([^"<]*)"')
# A line of elements that hold text only (WordPress' WXR, Disqus' export, RSS):
# '<wp:comment_author><![CDATA[Ana O.]]></wp:comment_author>', '<username>daan</username>'
# Elements without attributes only: an HTML page's '<a href=".." class="username">' is markup
# that the detector reads whole (engine: html_user_hints).
# An element may name itself in a Name attribute: a Windows event's '<Data Name='TargetUserName'>
# jdoe</Data>' (Event Forwarding's and wevtutil's XML, one event per line)
_XML_TEXT_ELEMENT = re.compile(rf'<({_XML_NAME})(?:\s+Name\s*=\s*(["\'])([^"\'<>]*)\2)?\s*>'
                               rf'(?:<!\[CDATA\[(.*?)\]\]>|([^<]*))</\1\s*>')
_HTML_TAGS = frozenset({"a", "p", "div", "span", "td", "th", "tr", "li", "dt", "dd", "b", "i", "u", "em",
                        "strong", "h1", "h2", "h3", "h4", "h5", "h6", "title", "option", "label", "button",
                        "code", "pre", "small", "sup", "sub", "font", "center", "caption", "blockquote",
                        "cite", "q", "s", "del", "ins", "mark", "abbr", "kbd", "samp", "var", "tt", "big"})
_XML_TAG = re.compile(r"<[^<>]*>")
_XML_OPEN_ALONE = re.compile(rf"\s*<({_XML_NAME})>\s*")  # an element opened alone on its line
_XML_ELEMENT_START = rf"^\s*<{_XML_NAME}(?:\s[^<>]*)?>"  # a quick polars test
_XML_REF = re.compile(r"&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_XML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# What an attribute value cannot hold as it is (line breaks too: the row stays one line)
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                              "\n": "&#xA;", "\r": "&#xD;", "\t": "&#x9;"})


def _xml_unescape(raw: str) -> str:
    if "&" not in raw:
        return raw

    def one(m: re.Match) -> str:
        if m.group(1):
            return _XML_NAMED[m.group(1)]
        code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
        # no such character (a surrogate, NUL, past U+10FFFF): the reference stays as written
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group()

    return _XML_REF.sub(one, raw)


@dataclass
class _XmlRows:
    """How a split chunk's records map back to its lines (see _xml_split): per record,
    (line index, attribute; -1 the whole line); per row line, its text and the span of
    each attribute's raw value in it."""

    refs: list[tuple[int, int]]
    rows: dict[int, tuple[str, list[tuple[int, int]]]]
    literal: frozenset = frozenset()  # (line index, value) of CDATA text: put back unescaped


def _xml_split(chunk: Chunk, opts: ReadOptions) -> Chunk:
    """The chunk with its one-element XML lines split into one record per attribute
    (see the module's doc); any other chunk as it is."""
    if len(chunk.payload) == 3:
        return chunk  # a W3C log's
    lines = chunk.records.get_column("text")
    if not lines.str.contains(f"{_XML_ROW_START}|{_XML_ELEMENT_START}").any():
        return chunk
    out = _SplitRecords(chunk)
    rows: dict[int, tuple[str, list[tuple[int, int]]]] = {}
    literal: set[tuple[int, int]] = set()
    parent = None  # the element last opened alone on its line (this chunk's)
    for i, text in enumerate(lines.to_list()):
        opened = _XML_OPEN_ALONE.fullmatch(text)
        if opened is not None:
            parent = opened.group(1).rpartition(":")[2]
        if _XML_ROW.fullmatch(text):
            spans = []
            for col, m in enumerate(_XML_ATTR.finditer(text)):
                spans.append(m.span(2))
                name, value = m.group(1), _xml_unescape(m.group(2))
                if value and (not opts.fields or name in opts.fields):
                    out.add(i, col, name, value)
            rows[i] = (text, spans)
            continue
        elements = _text_elements(text)
        if elements is None:
            out.add(i, -1, None, text)
            continue
        spans = []
        for col, (name, span, cdata) in enumerate(elements):
            spans.append(span)
            value = text[span[0]:span[1]]
            if cdata:
                literal.add((i, col))  # a CDATA section's text is as written: no escapes
            else:
                value = _xml_unescape(value)
            if name == "name" and parent is not None and value.strip() == parent:
                continue  # a schema's own declaration of the element it is in (an XWiki page's class:
                # '<author>' then '<name>author</name>'), no one's name
            if value.strip() and (not opts.fields or name in opts.fields):
                out.add(i, col, name, value)
        rows[i] = (text, spans)
    return out.chunk(_XmlRows(out.refs, rows, frozenset(literal)))


def _text_elements(line: str) -> list[tuple[str, tuple[int, int], bool]] | None:
    """The text-only elements of a line made of tags and such elements (None: any other
    line): each one's name without its namespace prefix ('wp:comment_author' ->
    'comment_author', so the name says what the text is), the span of its text, and
    whether that text is a CDATA section's."""
    if not line.lstrip().startswith("<"):
        return None
    found, ends = [], []
    for m in _XML_TEXT_ELEMENT.finditer(line):
        if m.group(1).lower() in _HTML_TAGS:
            return None  # a page's markup, read whole
        cdata = m.group(4) is not None
        found.append((m.group(3) or m.group(1).rpartition(":")[2], m.span(4) if cdata else m.span(5), cdata))
        ends.append(m.span())
    if not found:
        return None
    rest, pos = [], 0
    for s, e in ends:
        rest.append(line[pos:s])
        pos = e
    rest.append(line[pos:])
    if _XML_TAG.sub("", "".join(rest)).strip():
        return None  # text outside the elements (mixed content, prose with a tag): a line of text
    return found


def _xml_lines(chunk: Chunk, redacted):
    """The redacted records of an XML chunk (see _xml_split) as one text per line, for
    the line writer: each changed value escaped and put in its attribute's place."""
    _, _, split = chunk.payload
    lines: list[str | None] = [None] * chunk.units
    news: dict[int, dict[int, str]] = {}
    for i, col, text in _changed(split.refs, redacted):
        if col < 0:
            lines[i] = text
        elif (i, col) in split.literal:
            news.setdefault(i, {})[col] = text.replace("]]>", "]]&gt;")  # nothing may end the section early
        else:
            news.setdefault(i, {})[col] = text.translate(_XML_ESCAPES)
    for i, cols in news.items():
        text, spans = split.rows[i]
        for col in sorted(cols, reverse=True):  # from the end: earlier spans stay valid
            s, e = spans[col]
            text = text[:s] + cols[col] + text[e:]
        lines[i] = text
    return _lines_frame(lines)


# An HTML table (a wiki page's, a tool's report saved as HTML): its header's cells name
# its columns, as a CSV's header does ('Serial', 'Hostname', 'Wi-Fi MAC'), though each
# cell is on a line of its own, rows apart from the header.
_TABLE_MARK = r"(?i)<t(?:able|r|h|d)[\s>]"  # a quick polars test per chunk
_TABLE_EVENT = re.compile(
    r"(?i)(?P<table><table[\s>])|(?P<row><tr[\s>])|(?P<end></tr\s*>)"
    r"|<th(?:\s[^<>]*)?>(?P<th>.*?)</th\s*>"
    r"|<td(?:\s[^<>]*)?>(?P<td>[^<]*)</td\s*>"  # a cell of text alone: a record
    r"|(?P<cell><t[hd][\s>])")  # a cell of markup ('<td><a href=..>'), or one that ends on another line


@dataclass
class _Table:
    """Where a file's HTML table is: its header's names, the next cell's column, the
    header cells of the row so far and whether the row has data cells."""

    names: tuple[str, ...] = ()
    col: int = 0
    heads: list = field(default_factory=list)
    data: bool = False


def _table_split(chunk: Chunk, state: list, opts: ReadOptions) -> Chunk:
    """The chunk with its lines that hold only HTML table cells of text split into one
    record per cell (field ``td``, the element, as for XML elements; hint: the column's
    name in the table's header); any other chunk as it is. ``state[1]``: the table
    followed across chunks. Only cells of a column whose name says what it holds
    ('Serial', 'Wi-Fi MAC') are split: another cell is read as the line it is, NER and
    all (a short value of an unnamed kind, split off, would get no NER: a CSV's cell)."""
    from ..detect.structure import type_for_name

    lines = chunk.records.get_column("text")
    if state[1] is None and not lines.str.contains(_TABLE_MARK).any():
        return chunk
    table = state[1] if state[1] is not None else _Table()
    out = _SplitRecords(chunk)
    rows: dict[int, tuple[str, list[tuple[int, int]]]] = {}
    for i, text in enumerate(lines.to_list()):
        cells = []  # (span, column's name) of each cell of text
        if "<" in text:
            for m in _TABLE_EVENT.finditer(text):
                kind = m.lastgroup
                if kind == "table":
                    table = _Table()
                elif kind == "row":
                    table.col, table.heads, table.data = 0, [], False
                elif kind == "end":
                    if table.heads and not table.data:
                        table.names = tuple(table.heads)
                    table.heads = []
                elif kind == "th":
                    table.heads.append(" ".join(_xml_unescape(_XML_TAG.sub(" ", m.group("th"))).split()))
                    table.col += 1
                elif kind == "td":
                    table.data = True
                    name = table.names[table.col] if table.col < len(table.names) else ""
                    if name and type_for_name(name) is not None:
                        cells.append((m.span("td"), name))
                    table.col += 1
                else:
                    table.data = table.data or m.group().lower().startswith("<td")
                    table.col += 1
        rest = text
        for (s, e), _ in reversed(cells):
            rest = rest[:s] + rest[e:]
        if not cells or _XML_TAG.sub("", rest).strip():
            out.add(i, -1, None, text)  # no cell of text, or text besides: the line as it is
            continue
        spans = []
        for col, ((s, e), name) in enumerate(cells):
            spans.append((s, e))
            value = _xml_unescape(text[s:e])
            if value.strip() and (not opts.fields or "td" in opts.fields):
                out.add(i, col, "td", value, name)
        rows[i] = (text, spans)
    state[1] = table
    if not rows:
        return chunk
    return out.chunk(_XmlRows(out.refs, rows))


# Excel's XML Spreadsheet 2003 (SpreadsheetML: HESK's and many a report's export), a cell
# on a line ('<Cell><Data ss:Type="String">22818X9138136</Data></Cell>'): its row's first
# of a table names the columns, as a CSV's header does.
_SHEET_MARK = r"<(?:Row|Cell)[\s>/]"  # a quick polars test per chunk
_SHEET_EVENT = re.compile(r"(?P<table><Table[\s>])|(?P<row><Row[\s>/])|(?P<end></Row\s*>)"
                          r"|<Cell(?P<attrs>[^<>]*?)(?P<empty>/)?>(?:<Data[^<>]*>(?P<data>[^<]*)</Data>)?")
_SHEET_INDEX = re.compile(r'\bss:Index\s*=\s*"(\d{1,5})"')


@dataclass
class _Sheet:
    """Where a file's spreadsheet is: its header's names, the next cell's column, the
    header row's cells so far (None: the header is read)."""

    names: tuple[str, ...] = ()
    col: int = 0
    heads: list | None = None


def _sheet_split(chunk: Chunk, state: list, opts: ReadOptions) -> Chunk:
    """The chunk with each line that holds one SpreadsheetML cell of a typed column given
    that column's name as a hint (hint: the header row's cell above it); the record stays
    the line (field none, its offsets the line's), so a finding is where a line's is. Any
    other chunk as it is. ``state[2]``: the spreadsheet followed across chunks."""
    from ..detect.structure import type_for_name

    lines = chunk.records.get_column("text")
    if state[2] is None and not lines.str.contains(_SHEET_MARK).any():
        return chunk
    sheet = state[2] if state[2] is not None else _Sheet()
    out = _SplitRecords(chunk)
    hinted = False
    for i, text in enumerate(lines.to_list()):
        name = None
        if "<" in text:
            cells = 0
            for m in _SHEET_EVENT.finditer(text):
                if m.group("table") is not None:
                    sheet = _Sheet()
                elif m.group("row") is not None:
                    sheet.col = 0
                    if not sheet.names:
                        sheet.heads = []
                elif m.group("end") is not None:
                    if sheet.heads is not None:
                        sheet.names, sheet.heads = tuple(sheet.heads), None
                else:
                    index = _SHEET_INDEX.search(m.group("attrs"))
                    if index:
                        sheet.col = int(index.group(1)) - 1  # (a cell after empty ones: ss:Index, 1-based)
                    if sheet.heads is not None:
                        sheet.heads += [""] * (sheet.col - len(sheet.heads))
                        sheet.heads.append(" ".join(_xml_unescape(m.group("data") or "").split()))
                    elif m.group("data") is not None and sheet.col < len(sheet.names):
                        name = sheet.names[sheet.col]
                    cells += 1
                    sheet.col += 1
            if cells != 1 or name is not None and type_for_name(name) is None:
                name = None
        if name is not None:
            out.add(i, -1, None, text, name)
            hinted = True
        else:
            out.add(i, -1, None, text)
    state[2] = sheet
    if not hinted:
        return chunk
    return out.chunk(_XmlRows(out.refs, {}))


# A query's result drawn as a table in a log, as a JDBC logger writes it (log4jdbc's 'jdbc.resultsettable',
# eGovFrame's default; the MySQL client's too): a border line, the header's row of names, a border, a row a
# line, a border to end it
_PIPED_MARK = r"^[ \t]*[|+]-{2,}[-|+]*[ \t]*$"  # a quick polars test per chunk: a border line
_PIPED_BORDER = re.compile(_PIPED_MARK)
_PIPED_ROW = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*")


@dataclass
class _Piped:
    """A drawn table being read: its header's names (None: the header's row comes next)."""

    names: tuple[str, ...] | None = None


def _piped_split(chunk: Chunk, state: list, opts: ReadOptions) -> Chunk:
    """The chunk with each row of a drawn table whose header names a typed column given that
    header's names as a hint (structure.sql_row_hint: its cells typed by them); the record stays
    the line (field none, offsets the line's). Any other chunk as it is. ``state[4]``: the table
    followed across chunks."""
    from ..detect.structure import sql_row_hint, type_for_name

    lines = chunk.records.get_column("text")
    if state[4] is None and not lines.str.contains(_PIPED_MARK).any():
        return chunk
    table: _Piped | None = state[4]
    out = _SplitRecords(chunk)
    hinted = False
    typed: dict[tuple[str, ...], str | None] = {}
    for i, text in enumerate(lines.to_list()):
        hint = None
        if _PIPED_BORDER.fullmatch(text):
            if table is None:
                table = _Piped()
        elif table is not None and _PIPED_ROW.fullmatch(text):
            cells = tuple(c.strip() for c in text.strip()[1:-1].split("|"))
            if table.names is None:
                table.names = cells
            elif len(cells) == len(table.names):
                if table.names not in typed:
                    typed[table.names] = sql_row_hint(table.names, piped=True) \
                        if any(type_for_name(n) is not None for n in table.names) else None
                hint = typed[table.names]
        else:
            table = None
        out.add(i, -1, None, text, hint)
        hinted = hinted or hint is not None
    state[4] = table
    if not hinted:
        return chunk
    return out.chunk(_XmlRows(out.refs, {}))


# A SQL dump's table (mysqldump's, sqlite3's .dump, pg_dump --inserts): its CREATE TABLE
# names its columns, one a line or all on its line; its INSERTs may name none (mysqldump's
# default and sqlite3's write 'INSERT INTO `t` VALUES (...)')
_CREATE_TABLE = re.compile(r"(?i)\s*CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                           r"(?P<table>[\w.`\"\[\]]+)\s*\((?P<rest>.*)")
_INSERT_NO_COLUMNS = re.compile(r"(?i)INSERT\s+(?:IGNORE\s+)?INTO\s+(?P<table>[\w.`\"\[\]]+)\s+VALUES\s*\(")
_SQL_LINE_COMMENT = re.compile(r"\s*--[^\n]*$")
_COLUMN_DEFINITION = re.compile(r"\s*(?P<name>`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[A-Za-z_]\w*)")
# A table's line that defines no column: a key, an index, a constraint
_NO_COLUMN = frozenset({"primary", "key", "unique", "constraint", "index", "fulltext", "foreign", "check",
                        "spatial", "exclude", "period"})
_SQL_MARK = (r"(?i)^\s*(?:CREATE\s+(?:TEMPORARY\s+)?TABLE|INSERT\s+(?:IGNORE\s+)?INTO|COPY)\s"  # a quick polars test
             r"|^\[\w+ \w+(?:,\w+)+\]$")
# pg_dump's default: a table's rows in a COPY block, its columns named on its first line, a
# row a line (its values apart by tabs), '\.' its end
_COPY = re.compile(r"COPY\s+(?P<table>[\w.\"]+)\s*\((?P<cols>[^()]*)\)\s+FROM\s+stdin;\s*")
_COPY_END = "\\."
# Dotclear's flat backup: a table's header names its columns ('[comment comment_id,post_id,...]'), its
# rows follow a line each (quoted values apart by commas, their escapes a backslash's), a blank line
# ends them
_FLAT_TABLE = re.compile(r"\[(?P<table>\w+) (?P<cols>\w+(?:,\w+)+)\]")
# phpMyAdmin's export: an INSERT's head on its line ('INSERT INTO `t` (`id`, `email`) VALUES', or no
# columns: its CREATE TABLE's), its rows after it a line each ('(1, 'a@x.org'),'), the last ending in ';'
_INSERT_HEAD = re.compile(r"(?i)\s*INSERT\s+(?:IGNORE\s+)?INTO\s+(?P<table>[\w.`\"\[\]]+)\s*"
                          r"(?:\((?P<cols>[^()]*)\)\s*)?VALUES\s*")


@dataclass
class _SqlTables:
    """A SQL dump's tables so far: each one's columns, and the table whose CREATE TABLE
    is being read (its columns so far)."""

    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reading: str | None = None
    names: list[str] = field(default_factory=list)
    copying: str | None = None  # the hint of the COPY block's rows being read
    copy_end: str = _COPY_END  # the line that ends it (a flat backup's block: a blank one)
    inserting: str | None = None  # the hint of an INSERT's rows a line each, being read


def _table_name(raw: str) -> str:
    return raw.replace("`", "").replace('"', "").replace("[", "").replace("]", "").lower()


def _column_name(definition: str) -> str | None:
    m = _COLUMN_DEFINITION.match(definition)
    if m is None or m.group("name").lower() in _NO_COLUMN:
        return None
    return m.group("name").strip('`"[]')


def _definitions(body: str) -> list[str]:
    """A CREATE TABLE's definitions on one line, split at its top-level commas (its closing
    bracket ends them; a quoted default's comma or bracket is no end: "DEFAULT ','")."""
    out, depth, start, quote = [], 0, 0, ""
    for i, c in enumerate(body):
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                out.append(body[start:i])
                return out
            depth -= 1
        elif c == "," and depth == 0:
            out.append(body[start:i])
            start = i + 1
    out.append(body[start:])
    return out


def _sql_split(chunk: Chunk, state: list, opts: ReadOptions) -> Chunk:
    """The chunk with each INSERT that names no columns given its table's columns, as the
    dump's CREATE TABLE named them, as a hint (:func:`~..detect.structure.sql_row_hint`): its
    values are read by their columns' names. The record stays the line (field none, its
    offsets the line's). Any other chunk as it is. ``state[3]``: the tables, followed across
    chunks."""
    from ..detect.structure import sql_column_name, sql_row_hint, type_for_name

    lines = chunk.records.get_column("text")
    if state[3] is None and not lines.str.contains(r"(?i)CREATE\s+(?:TEMPORARY\s+)?TABLE|^COPY .+ FROM stdin;"
                                                   r"|^\[\w+ \w+(?:,\w+)+\]$|VALUES\s*$").any():
        return chunk
    tables = state[3] if state[3] is not None else _SqlTables()
    state[3] = tables
    if tables.reading is None and tables.copying is None and tables.inserting is None \
            and not lines.str.contains(_SQL_MARK).any():
        return chunk
    out = _SplitRecords(chunk)
    hinted = False
    for i, text in enumerate(lines.to_list()):
        hint = None
        if tables.inserting is not None:
            if text.lstrip()[:1] == "(":
                hint = tables.inserting
            if text.rstrip()[-1:] != ",":
                tables.inserting = None  # (its last row ends in ';', or no row: the statement is over)
        elif tables.copying is not None:
            if text == tables.copy_end:
                tables.copying = None
            else:
                hint = tables.copying
        elif text[:5] == "COPY " and (copy := _COPY.fullmatch(text)) is not None:
            table = _table_name(copy.group("table"))
            columns = [sql_column_name(c.strip().strip('"'), table) for c in copy.group("cols").split(",")]
            tables.copying = sql_row_hint(columns, copy=True)  # (its rows' escapes read, whatever their columns)
            tables.copy_end = _COPY_END
        elif text[:1] == "[" and (flat := _FLAT_TABLE.fullmatch(text)) is not None:
            table = flat.group("table").lower()
            columns = [sql_column_name(c, table) for c in flat.group("cols").split(",")]
            tables.copying, tables.copy_end = sql_row_hint(columns, quoted=True), ""
        elif tables.reading is not None:
            if text.lstrip().startswith(")"):
                tables.columns[tables.reading] = tuple(tables.names)
                tables.reading = None
            elif not text.strip() or len(tables.names) >= 1000:
                tables.reading = None  # no table's definition after all (a post's 'CREATE TABLE x (' and prose)
            else:
                name = _column_name(text)
                if name:
                    tables.names.append(name)
        elif text[:1] in "CcIi ":
            create = _CREATE_TABLE.match(text)
            if create is not None:
                table, rest = _table_name(create.group("table")), create.group("rest")
                rest = _SQL_LINE_COMMENT.sub("", rest)  # (a comment after its '(': Quassel's schema, dumped by sqlite3:
                # 'CREATE TABLE sender ( -- THE ORDER OF THE ELEMENTS IS IMPORTANT! ...', its columns on the lines below)
                if rest.strip():  # all on its line (sqlite3's)
                    names = [_column_name(d) for d in _definitions(rest)]
                    tables.columns[table] = tuple(n for n in names if n)
                else:
                    tables.reading, tables.names = table, []
            elif (head := _INSERT_HEAD.fullmatch(text)) is not None:
                table = _table_name(head.group("table"))
                columns = [sql_column_name(c.strip().strip('`"[] '), table) for c in head.group("cols").split(",")] \
                    if head.group("cols") else tables.columns.get(table) or tables.columns.get(table.rpartition(".")[2])
                if columns and any(type_for_name(c) for c in columns):
                    tables.inserting = sql_row_hint(columns, rows=True)  # (its rows on the lines after it)
            else:
                insert = _INSERT_NO_COLUMNS.match(text)
                table = _table_name(insert.group("table")) if insert else None
                columns = tables.columns.get(table) or tables.columns.get(table.rpartition(".")[2]) \
                    if table else None
                if columns and any(type_for_name(c) for c in columns):
                    hint = sql_row_hint(columns)
        if hint is not None:
            out.add(i, -1, None, text, hint)
            hinted = True
        else:
            out.add(i, -1, None, text)
    if not hinted:
        return chunk
    return out.chunk(_XmlRows(out.refs, {}))


@dataclass
class _JsonRows:
    """How a split chunk's records map back to its lines (see _json_split): per record,
    (line index, value; -1 the whole line); per JSON line, its text and where each value
    is (jsonfmt's json_document_values: found in the line when it changes)."""

    refs: list[tuple[int, int]]
    rows: dict[int, tuple[str, list[tuple[int, int, int]]]]


_JSON_ROW_START = r"^\s*\{"  # a quick polars test per chunk


def _json_split(chunk: Chunk, opts: ReadOptions) -> Chunk:
    """The chunk with its lines that are one JSON object (an nginx or Caddy JSON access
    log named ``access.log``, a service's structured log) split into one record per
    value, as a JSON-lines file is (field = key path: ``request.remote_ip``,
    ``user.name``), so the keys say what the values are; any other chunk as it is."""
    from .jsonfmt import field_selected, json_document_values

    if len(chunk.payload) == 3:
        return chunk  # split already (W3C columns, XML attributes)
    lines = chunk.records.get_column("text")
    if not lines.str.contains(_JSON_ROW_START).any():
        return chunk
    out = _SplitRecords(chunk)
    rows: dict[int, tuple[str, list[tuple[int, int, int]]]] = {}
    for i, text in enumerate(lines.to_list()):
        stripped = text.strip()
        located = None
        if stripped.startswith("{") and stripped.endswith("}"):
            pairs: dict[int, str] = {}
            try:
                located = json_document_values(text, pairs)[1]
            except (ValueError, RecursionError):
                located = None
        if located is None:
            out.add(i, -1, None, text)
            continue
        spans = []
        for col, (fld, value, *where) in enumerate(located):
            spans.append(tuple(where))
            if value and field_selected(fld, opts.fields):
                out.add(i, col, fld, value, pairs.get(col))
        rows[i] = (text, spans)
    if not rows:
        return chunk
    return out.chunk(_JsonRows(out.refs, rows))


def _json_lines(chunk: Chunk, redacted):
    """The redacted records of a JSON-split chunk as one text per line: each changed
    value's token replaced in place (jsonfmt's splice: the rest of the line stays)."""
    from .jsonfmt import _splice, value_spans

    _, _, split = chunk.payload
    lines: list[str | None] = [None] * chunk.units
    edits: dict[int, list[tuple]] = {}
    for i, col, text in _changed(split.refs, redacted):
        if col < 0:
            lines[i] = text
        else:
            edits.setdefault(i, []).append((split.rows[i][1][col], text))
    for i, line_edits in edits.items():
        line = split.rows[i][0]
        places = value_spans(line, [where for where, _ in line_edits])
        lines[i] = _splice(line, [(start, end, text) for (start, end, _), (_, text) in zip(places, line_edits)])
    return _lines_frame(lines)

