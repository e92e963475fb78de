"""CSV (and TSV): one record per non-empty cell; record = 1-based data row.

Two ways in, one result. The common case, a UTF-8 file whose rows are a line each and
quoted only where a CSV writer must quote, is read a block of lines at a time by
polars' CSV parser; a block goes that way only if every line, written back from the
cells parsed out of it, gives the line again: then the cells are what the standard
library's parser gives, and the copy's rows come out of polars too. Any other block
(a quoted line break, a ragged row, quotes where none were needed, bytes that are not
UTF-8, another encoding) goes row by row through the standard library's C parser, each
row's raw text recovered from the lines the parser took (``line_num``). Either way,
untouched rows (and the header) are written back byte for byte, a quoted multi-line row
counts as one row, and a row with the wrong number of cells is reported with its line
and scanned as text.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .base import (
    Chunk,
    InputFile,
    Problem,
    ReadOptions,
    chunk_sizes,
    encode_back,
    ner_chars,
    ner_chars_expr,
    records_frame,
    to_safe,
)
from .compression import atomic_output, compression_of, open_read
from .text import is_utf8

csv.field_size_limit(64 * 1024 * 1024)
# A Qualtrics export's own columns: its first row under the header holds the questions
_QUALTRICS_COLUMNS = frozenset({"StartDate", "EndDate", "ResponseId", "Finished", "RecordedDate"})
_TITLE_LOOKAHEAD = 24  # lines looked at below the first for a report's header (see _title_lines)
_READ_BLOCK = 1 << 20  # bytes (UTF-8) or characters (other encodings) of whole lines read at a time


def _delimiter(header: str, path: Path) -> str:
    if ".tsv" in path.name.lower():
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=counts.get) if max(counts.values()) else ","


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # an undecodable byte (surrogateescape)


# A header's names are words; a first row of data has addresses, timestamps and numbers
_DATA_CELLS = {
    "address": re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[^@\s]+@[^@\s]+\.\w+"),  # an IPv4 or e-mail address
    "time": re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[ T].*)?"),
    "number": re.compile(r"[-+]?(?:\d+(?:[.,]\d+)*|0x[0-9a-fA-F]+)"),
}


def _title_lines(first: list[str], ahead: list[list[str]]) -> int:
    """How many lines above the header a report puts (0: the first line is the header).

    Spreadsheet reports saved as CSV open with a title (QuickBooks' company, report name
    and dates, one cell each, then a blank row), and DATEV's files with a line of their
    format's settings, half as many cells as the header below it, and bank statements with
    their account's details ('Account:', then its number). Read as the header, either would
    misname every column. A title line holds one cell of text at most, or a label ending in
    ':' and its value; a settings line has fewer than half the cells of the two lines after
    it, which agree.
    The header found has three names or more; else the first line is the header."""
    rows = [first] + ahead
    filled = [sum(1 for c in row if c.strip()) for row in rows]
    n = 0
    while n < len(rows) - 2:
        if filled[n] <= 1 or 2 * len(rows[n]) < len(rows[n + 1]) == len(rows[n + 2]) \
                or filled[n] == 2 and rows[n][0].rstrip().endswith(":"):  # a label and its value
                # (a bank statement's 'Account:,5107352841 MNT')
            n += 1
            continue
        break
    if n == 0 or n >= len(rows) - 1 or filled[n] < 3:
        return 0
    return n


def _headerless(names: list[str]) -> bool:
    """Whether a CSV's first row is data, not names: machine exports such as a firewall's
    CSV log (PAN-OS) have no header, and reading their first row as one would leave its
    values unscanned in the copy. Names are words: a first row with an address, or with
    cells of two kinds of data (timestamps and numbers), is data. A pivot table's header
    of dates or years alone is a header."""
    filled = [c for c in (n.strip() for n in names) if c]
    if len(filled) < 2:
        return False
    kinds = {kind for c in filled for kind, shape in _DATA_CELLS.items() if shape.fullmatch(c)}
    return "address" in kinds or len(kinds) >= 2


def _unique(names: list[str]) -> list[str]:
    """Column names as findings give them: a name the header repeats (Jira's export has a
    'Comment' column per comment) gets '.1', '.2', ... after its first column, as pandas
    names them, so that a finding says which column it is in."""
    if len(set(names)) == len(names):
        return names
    taken, out = set(names), []
    seen: dict[str, int] = {}
    for name in names:
        if name not in seen:
            seen[name] = 0
            out.append(name)
            continue
        k = seen[name]
        while True:
            k += 1
            if f"{name}.{k}" not in taken:
                break
        seen[name] = k
        taken.add(f"{name}.{k}")
        out.append(f"{name}.{k}")
    return out


def _all_quoted(names: str, delimiter: str, columns: int) -> bool:
    """Whether a header line has every name in quotes (and nothing else outside them)."""
    cell = '"(?:[^"]|"")*"'
    return re.fullmatch(f"{cell}(?:{re.escape(delimiter)}{cell}){{{columns - 1}}}", names) is not None


def _has_bad_bytes(text: str) -> bool:
    return not text.isascii() and _ESCAPED_BYTE.search(text) is not None


def _eol(raw: str) -> str:
    return "\r\n" if raw.endswith("\r\n") else "\n" if raw.endswith("\n") else ""


class _Utf8Source:
    """A UTF-8 file after its header, as blocks of whole lines (bytes), for the polars
    reader, or as lines (str), split where ``csv`` splits them, for the row reader."""

    fast = True

    def __init__(self, fh) -> None:
        self._fh = fh
        self._carry = b""
        self._eof = False

    def header(self) -> str:
        block = self.block()
        if block is None:
            return ""
        first = self.lines(block)[0]
        self._carry = block[len(first.encode("utf-8", "surrogateescape")):] + self._carry
        return first

    def unread(self, data: bytes) -> None:
        """Puts ``data`` (whole lines) back before what is left to read."""
        self._carry = data + self._carry

    def ahead(self, n: int) -> list[str]:
        """The next ``n`` lines at most (those of the next block), left to be read."""
        block = self.block()
        if block is None:
            return []
        self.unread(block)
        return self.lines(block)[:n]

    def skip(self, lines: list[str]) -> None:
        """Drops ``lines``, the next ones (as :meth:`ahead` gave them)."""
        size = len("".join(lines).encode("utf-8", "surrogateescape"))
        block = self.block() or b""
        self.unread(block[size:])

    def block(self) -> bytes | None:
        parts = [self._carry]
        self._carry = b""
        while not self._eof:
            more = self._fh.read(_READ_BLOCK)
            if not more:
                self._eof = True
                break
            parts.append(more)
            cut = _line_cut(more)
            if cut:
                self._carry = more[cut:]
                parts[-1] = more[:cut]
                break
        data = b"".join(parts)
        return data or None

    @staticmethod
    def lines(block: bytes) -> list[str]:
        # newline="": split at \n, \r\n and \r, endings kept (what csv expects)
        return io.StringIO(block.decode("utf-8", "surrogateescape"), newline="").readlines()

    def next_lines(self) -> list[str]:
        block = self.block()
        return self.lines(block) if block is not None else []


def _line_cut(data: bytes) -> int:
    """Where the last whole line of ``data`` ends (0: none does). A '\\r' ends one only
    when a byte other than '\\n' follows it (a '\\r\\n' is never cut in two)."""
    cut = data.rfind(b"\n") + 1
    if not cut:
        r = data.rfind(b"\r", 0, len(data) - 1)
        if r >= 0 and data[r + 1:r + 2] != b"\n":
            cut = r + 1
    return cut


class _TextSource:
    """Any other encoding: lines only (the row reader)."""

    fast = False

    def __init__(self, fh, encoding: str) -> None:
        self._text = io.TextIOWrapper(fh, encoding=encoding, errors="surrogateescape", newline="")
        self._back: list[str] = []

    def header(self) -> str:
        return self._text.readline()

    def ahead(self, n: int) -> list[str]:
        while len(self._back) < n:
            line = self._text.readline()
            if not line:
                break
            self._back.append(line)
        return self._back[:n]

    def skip(self, lines: list[str]) -> None:
        del self._back[:len(lines)]

    def next_lines(self) -> list[str]:
        if self._back:
            lines, self._back = self._back, []
            return lines
        return self._text.readlines(_READ_BLOCK)


@dataclass
class _Block:
    """A block of rows parsed by polars: cells (columns c0, c1, ...), each row's text as
    read (without its line ending; a quoted line break inside), the line ending, whether
    the last row has one, and how many line breaks the rows' cells hold."""

    cells: object = field(repr=False)
    rows: object = field(repr=False)
    eol: str
    final_eol: bool


def _parse_block(block: bytes, columns: int, delimiter: str, quote_all: bool = False) -> _Block | None:
    """``block`` parsed by polars, when its rows of ``columns`` cells, written back as a
    CSV writer writes them, give the block again byte for byte (None: the row reader's
    business)."""
    import polars as pl

    if b"\x00" in block:
        return None  # the standard parser rejects the row: reported as malformed
    crs = block.count(b"\r")
    if crs == 0:
        eol = "\n"
    elif crs == block.count(b"\n") == block.count(b"\r\n"):
        eol = "\r\n"
    else:
        return None  # mixed endings, or a bare '\r'
    try:
        cells = pl.read_csv(block, has_header=False, separator=delimiter, quote_char='"',
                            schema={f"c{i}": pl.String for i in range(columns)}, infer_schema=False,
                            empty_string_is_null=False, comment_prefix=None, raise_if_empty=False,
                            truncate_ragged_lines=False, eol_char="\n")
    except pl.exceptions.PolarsError:
        return None  # not UTF-8, or ragged rows
    if not cells.height or cells.null_count().sum_horizontal().item():
        return None
    rows = _written(cells, delimiter, eol, quote_all)
    final_eol = block.endswith(b"\n")
    again = rows.str.join(eol).cast(pl.Binary).item()
    if (again + eol.encode() if final_eol else again) != block:
        # a blank line, quotes where a writer puts none, or a parse the standard parser
        # would not make
        return None
    return _Block(cells, rows, eol, final_eol)


def _written(cells, delimiter: str, eol: str, quote_all: bool = False):
    """Each row of ``cells`` as ``csv.writer`` writes it (QUOTE_MINIMAL, or QUOTE_ALL,
    lineterminator ``eol``), without the line ending."""
    import polars as pl

    # quoted when a cell holds the delimiter, a quote or a character of the line ending
    special = sorted({delimiter, '"', *eol})
    if quote_all:
        return cells.select(pl.concat_str([_quoted(pl.col(c), None) for c in cells.columns],
                                          separator=delimiter)).to_series()
    # most columns need no quotes at all: only the others pay for quoting
    needs = cells.select(pl.all().str.contains_any(special).any()).row(0)
    return cells.select(pl.concat_str([_quoted(pl.col(c), special) if quote else pl.col(c)
                                       for c, quote in zip(cells.columns, needs)],
                                      separator=delimiter)).to_series()


def _concat(first, second):
    import polars as pl

    return pl.concat([first, second], rechunk=False)


def _quoted(cell, special: list[str] | None):
    """A cell as ``csv.writer`` writes it: in quotes, its quotes doubled, when it holds
    one of the ``special`` characters (see _written); always, where ``special`` is None."""
    import polars as pl

    quoted = pl.concat_str(pl.lit('"'), cell.str.replace_all('"', '""', literal=True), pl.lit('"'))
    return quoted if special is None else pl.when(cell.str.contains_any(special)).then(quoted).otherwise(cell)


@dataclass
class _FastRows:
    """A chunk's rows from a :class:`_Block`, and where each record came from (row in
    the chunk, column)."""

    state: dict
    cells: object = field(repr=False)
    rows: object = field(repr=False)
    eol: str
    final_eol: bool
    rec_row: object = field(repr=False)
    rec_col: object = field(repr=False)


class _Rows:
    """The rows read so far and not yet handed out as a chunk (the row reader's), and
    the numbering both readers share."""

    def __init__(self, file: InputFile, opts: ReadOptions, state: dict, wanted: list[int]) -> None:
        self.file, self.opts, self.state, self.wanted = file, opts, state, wanted
        self.header = state["header"]
        self.every_column = len(wanted) == len(self.header)
        self.line = 2  # physical line of the next row
        self.row_no = 0
        self.lines: list[str] = []  # lines the parser took and not yet flushed
        self.taken = self.base = 0  # lines the parser has taken; lines dropped from `lines`
        self._reset()

    def _reset(self) -> None:
        self.rows_raw: list[str] = []
        self.problems: list[Problem] = []
        self.payload_rows: list[tuple[int, list[str] | None]] = []  # per row: cells or None
        self.malformed: dict[int, str] = {}  # row index in chunk -> the row's text, scanned as text
        self.n_records = 0
        self.ner_chars = 0

    def full(self) -> bool:
        return self.n_records >= self.opts.batch_size or (
            self.opts.batch_bytes is not None and self.ner_chars >= self.opts.batch_bytes)

    def add(self, row: list[str] | None, error: str | None, end: int) -> None:
        """One row from the standard parser, which has now taken ``end`` lines."""
        lines, taken, base, header = self.lines, self.taken, self.base, self.header
        raw = lines[taken - base] if end - taken == 1 else "".join(lines[taken - base:end - base])
        physical = 1 if end - taken == 1 else raw.count("\n") or 1
        self.taken = end
        self.row_no += 1
        if row is not None and _has_bad_bytes(raw):
            self.problems.append(Problem(self.file.source, self.line,
                                         f"bytes that are not valid {self.opts.encoding}; kept as they are"))
            row = [to_safe(c) for c in row]
        idx = len(self.rows_raw)
        self.rows_raw.append(raw)
        if row is not None and len(row) == len(header):
            self.payload_rows.append((self.row_no, row))
            self.n_records += (len(row) - row.count("")) if self.every_column else sum(1 for c in self.wanted if row[c])
            if self.opts.batch_bytes is not None:
                self.ner_chars += ner_chars(row[c] for c in self.wanted)
        elif raw.strip():
            why = error or f"{len(row)} cells where the header has {len(header)}"
            self.problems.append(Problem(self.file.source, self.line, f"malformed CSV row ({why}); scanned as text"))
            self.payload_rows.append((self.row_no, None))
            self.malformed[idx] = to_safe(raw[: len(raw) - len(_eol(raw))])
            self.n_records += 1
        else:
            self.payload_rows.append((self.row_no, None))
        self.line += physical

    def flush(self) -> Chunk:
        """The row reader's rows as a chunk: one record per non-empty wanted cell, row by
        row (and a malformed row whole)."""
        header, wanted, payload_rows, malformed = self.header, self.wanted, self.payload_rows, self.malformed
        if malformed:  # rare: a plain loop
            idxs, cols, records, texts = [], [], [], []
            for idx, (row_no, row) in enumerate(payload_rows):
                cells = [(col, row[col]) for col in wanted if row[col]] if row is not None else \
                    [(-1, malformed[idx])] if idx in malformed else []
                for col, cell in cells:
                    idxs.append(idx)
                    cols.append(col)
                    records.append(row_no)
                    texts.append(cell)
        else:  # the common case: comprehensions, without a tuple per cell
            good = [(idx, row_no, row) for idx, (row_no, row) in enumerate(payload_rows) if row is not None]
            idxs = [idx for idx, _, row in good for col in wanted if row[col]]
            cols = [col for _, _, row in good for col in wanted if row[col]]
            records = [row_no for _, row_no, row in good for col in wanted if row[col]]
            texts = [row[col] for _, _, row in good for col in wanted if row[col]]
        fields = [header[c] if c >= 0 else None for c in cols]
        named = self.state["column_hints"]
        frame = records_frame(self.file.source, records, fields, texts,
                              [named.get(c) for c in cols] if named else None)
        chunk = Chunk(frame, payload=(self.state, self.rows_raw, payload_rows, idxs, cols),
                      problems=self.problems, units=len(self.rows_raw))
        self._reset()
        del self.lines[:self.taken - self.base]
        self.base = self.taken
        return chunk

    def fast_chunks(self, block: _Block, keep_tail: bool = False):
        """A parsed block's rows as chunks of at most batch_size records (and batch_bytes
        of text for NER), cut where the row reader would cut them. ``keep_tail``: the rows
        after the last full chunk are not yielded but returned, to go on with the next
        block (else every block would end in a small chunk, and the workers, which take
        chunks in turn, would get unequal shares)."""
        import polars as pl

        opts, wanted = self.opts, self.wanted
        cols = [f"c{i}" for i in wanted]
        cells = block.cells
        # where the row reader would end its chunks
        sizes, left = [], cells.height
        if cols:
            counts = cells.select(
                n=pl.sum_horizontal([(pl.col(c) != "").cast(pl.Int64) for c in cols]),
                b=pl.sum_horizontal([ner_chars_expr(pl.col(c)) for c in cols])
                if opts.batch_bytes is not None else pl.lit(0))
            sizes, left = chunk_sizes(counts.get_column("n"), counts.get_column("b"), opts.batch_size,
                                      opts.batch_bytes if opts.batch_bytes is not None else float("inf"))
        tail = None
        if left:
            start = cells.height - left
            if keep_tail:
                tail = _Block(cells.slice(start), block.rows.slice(start), block.eol, block.final_eol)
            else:
                sizes.append(left)
        names = [self.header[i] for i in wanted]
        offset = 0
        for size in sizes:
            sub = cells.slice(offset, size)
            last = offset + size == cells.height
            # one record per non-empty cell, row by row (a stable sort of the columns' cells)
            recs = (sub.select(cols).with_row_index("row").cast({"row": pl.Int64})
                    .unpivot(on=cols, index="row", variable_name="c", value_name="text")
                    .filter(pl.col("text") != "").sort("row", maintain_order=True)
                    .with_columns(col=pl.col("c").replace_strict(cols, wanted, return_dtype=pl.Int64))
                    if cols else pl.DataFrame(schema={"row": pl.Int64, "c": pl.String, "text": pl.String,
                                                      "col": pl.Int64}))
            frame = recs.select(
                source=pl.lit(self.file.source, dtype=pl.String),
                record=pl.col("row") + (self.row_no + 1),
                field=pl.col("c").replace_strict(cols, names, return_dtype=pl.String),
                text="text")
            named = self.state["column_hints"]
            if named:  # what a column goes by where its name says nothing (structure.column_hints)
                frame = frame.with_columns(hint=pl.col("field").replace_strict(
                    names, [named.get(i) for i in wanted], return_dtype=pl.String))
            rows = block.rows.slice(offset, size)
            payload = _FastRows(self.state, sub, rows, block.eol, block.final_eol or not last,
                                recs.get_column("row"), recs.get_column("col"))
            # (the row reader's problems are flushed before a fast block: only the title's wait here)
            problems, self.problems = self.problems, []
            yield Chunk(frame, payload=payload, problems=problems, units=size)
            self.row_no += size
            self.line += size + rows.str.count_matches("\n", literal=True).sum()  # quoted line breaks
            offset += size
        return tail


class CsvFormat:
    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        with open_read(file.path) as fh:
            src = _Utf8Source(fh) if is_utf8(opts.encoding) else _TextSource(fh, opts.encoding)
            header_line = src.header()
            if not header_line:
                return
            # A byte order mark (Excel's 'CSV UTF-8') is no part of the first column's name;
            # the copy keeps it
            bom = "\ufeff" if header_line.startswith("\ufeff") else ""
            names = header_line[len(bom):]
            delimiter = _delimiter(names, file.path)
            header = next(csv.reader([names], delimiter=delimiter))
            ahead = src.ahead(_TITLE_LOOKAHEAD)
            titles = _title_lines(header, [next(csv.reader([line], delimiter=delimiter), []) for line in ahead])
            title_raw = ""
            if titles:
                # the title stays in the copy as it was, above the header, as the header does
                title_raw = header_line + "".join(ahead[:titles - 1])
                names = ahead[titles - 1]
                src.skip(ahead[:titles])
                header_line = title_raw + names
                header = next(csv.reader([names], delimiter=delimiter))
            headerless = _headerless(header)
            if headerless:
                # the first row is data: columns get their numbers as names, and the row
                # goes back to be read with the others
                header = [f"column_{i + 1}" for i in range(len(header))]
                header_line = title_raw or bom
                if src.fast:
                    src.unread(names.encode("utf-8", "surrogateescape"))
            header_names = header
            # (a name's undecodable bytes, a legacy export's 'Adresse på' in Windows-1252 read as UTF-8,
            # made storable as a row's are: the copy's header is the raw line, as it was)
            header = _unique([to_safe(name) for name in header])
            from ..detect.structure import column_hints
            wanted = [i for i, name in enumerate(header) if not opts.fields or name in opts.fields]
            # A header with every name in quotes (Salesforce's reports): the rows written
            # anew are quoted the same way
            quote_all = _all_quoted(names.rstrip("\r\n"), delimiter, len(header))
            questions = None
            if not titles and not headerless and set(header) >= _QUALTRICS_COLUMNS and ahead:
                # a Qualtrics export's second row: each column's question, where its name says nothing
                # ('Q4': 'Em que ilha / cidade utiliza o serviço?'); the row stays a record
                questions = next(csv.reader([ahead[0]], delimiter=delimiter), None)
            state = {"header": header, "names": header_names, "delimiter": delimiter, "header_raw": header_line,
                     "column_hints": column_hints(header, questions),
                     "bom": bom, "title_raw": title_raw,
                     "quoting": csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, "headerless": headerless}
            rows = _Rows(file, opts, state, wanted)
            if headerless:
                rows.line = 1
            if titles:
                rows.line += titles
                rows.problems.append(Problem(file.source, 1, f"{titles} line{'s' if titles > 1 else ''} above the "
                                             f"header (a report's title) kept as {'they are' if titles > 1 else 'it is'}, "
                                             "not scanned"))
            # Lines for the row reader: the parser pulls them one at a time (it reads
            # ahead only inside a quoted line break), so between rows it holds none.
            pending: collections.deque[str] = collections.deque()
            if headerless and not src.fast:
                pending.append(names)

            def feed():
                while True:
                    if not pending:
                        more = src.next_lines()
                        if not more:
                            return
                        pending.extend(more)
                    line = pending.popleft()
                    rows.lines.append(line)
                    yield line

            reader = csv.reader(feed(), delimiter=delimiter)
            # one-column files: an empty row is written as '""', which no line gives back
            fast = src.fast and len(header) > 1
            tail: _Block | None = None  # polars-read rows short of a chunk, to go on with
            while True:
                if not pending:  # between rows, with no line left over: a new block
                    if fast:
                        block = src.block()
                        parsed = _parse_block(block, len(header), delimiter, quote_all) if block is not None else None
                        if parsed is not None:
                            if rows.rows_raw:
                                yield rows.flush()
                            if tail is not None:
                                if tail.eol == parsed.eol:
                                    parsed = _Block(_concat(tail.cells, parsed.cells),
                                                    _concat(tail.rows, parsed.rows), parsed.eol, parsed.final_eol)
                                else:
                                    yield from rows.fast_chunks(tail)
                            tail = yield from rows.fast_chunks(parsed, keep_tail=True)
                            continue
                        if tail is not None:
                            yield from rows.fast_chunks(tail)
                            tail = None
                        if block is None:
                            break
                        pending.extend(src.lines(block))
                    else:
                        more = src.next_lines()
                        if not more:
                            break
                        pending.extend(more)
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    row, error = None, str(exc)
                else:
                    error = None
                rows.add(row, error, reader.line_num)
                if rows.full():
                    yield rows.flush()
            if rows.rows_raw or rows.row_no == 0:
                yield rows.flush()

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        # whole chunks at a time: written (and compressed) behind, while the next is read
        with atomic_output(final, compression=compression_of(file.path), behind=True) as out:
            started = False

            def write(chunk: Chunk, redacted) -> None:
                nonlocal started
                fast = isinstance(chunk.payload, _FastRows)
                state = chunk.payload.state if fast else chunk.payload[0]
                # columns left out (operator drop): every row is written anew without them
                keep = [i for i, name in enumerate(state["header"]) if name not in opts.drop_fields]
                if not started:
                    header = state["header_raw"]
                    if len(keep) < len(state["header"]) and not state.get("headerless"):
                        header = (state["title_raw"] or state["bom"]) + _row_text(state, state["names"],
                                                                                  _eol(header) or "\n", keep)
                    out.write(header.encode(opts.encoding, errors="surrogateescape"))
                    started = True
                data = _fast_rows_bytes(chunk.payload, redacted, keep) if fast else None
                if data is None:
                    data = _rows_bytes(chunk.payload if not fast else _as_rows(chunk.payload),
                                       redacted, keep, opts)
                out.write(data)

            yield write


def _row_text(state: dict, cells: list[str], eol: str, keep: list[int]) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=state["delimiter"], lineterminator=eol, quoting=state["quoting"]).writerow(
        [cells[i] for i in keep] if len(keep) < len(state["header"]) else cells)
    return buf.getvalue()


def _rows_bytes(payload, redacted, keep: list[int], opts: ReadOptions) -> bytes:
    """The row reader's chunk written back: untouched rows as read, the others anew."""
    import polars as pl

    state, rows_raw, payload_rows, cell_idxs, cell_cols = payload
    dropping = len(keep) < len(state["header"])
    buf = io.StringIO()
    writers: dict[str, object] = {}  # one per line ending, for the whole chunk

    def row_text(cells: list[str], eol: str) -> str:
        writer = writers.get(eol)
        if writer is None:
            writer = writers[eol] = csv.writer(buf, delimiter=state["delimiter"], lineterminator=eol,
                                               quoting=state["quoting"])
        buf.seek(0)
        buf.truncate()
        writer.writerow([cells[i] for i in keep] if dropping else cells)
        return buf.getvalue()

    new_cells: dict[int, dict[int, str]] = {}
    changed = redacted.select(pl.int_range(pl.len()).alias("n"), "text", "changed").filter("changed")
    for n, text in zip(changed.get_column("n").to_list(), changed.get_column("text").to_list()):
        new_cells.setdefault(cell_idxs[n], {})[cell_cols[n]] = text
    pieces = []
    for idx, raw in enumerate(rows_raw):
        edits = new_cells.get(idx)
        cells = payload_rows[idx][1]
        if edits is not None and -1 in edits:  # a malformed row, redacted as text
            piece = edits[-1] + _eol(raw)
        elif edits is None and (not dropping or cells is None):
            piece = raw
        else:
            cells = list(cells)
            for col, text in (edits or {}).items():
                cells[col] = text
            piece = row_text(cells, _eol(raw))
        pieces.append(encode_back(piece, opts.encoding, edits is not None and _has_bad_bytes(raw)))
    return b"".join(pieces)


def _fast_rows_bytes(p: _FastRows, redacted, keep: list[int]) -> bytes | None:
    """A polars-read chunk written back in polars: rows with no changed cell as read,
    the others (all of them, when columns are dropped) written anew as ``csv.writer``
    writes them. None when a new value holds a line break the line ending does not
    (the row writer's business: whether it is quoted is up to csv.writer's version)."""
    import polars as pl

    state = p.state
    dropping = len(keep) < len(state["header"])
    edits = (redacted.select("text", "changed").with_columns(row=p.rec_row, col=p.rec_col)
             .filter("changed"))
    rows = p.rows
    if not edits.is_empty() or dropping:
        odd = [c for c in "\r\n" if c not in p.eol]  # line breaks csv.writer may quote or not
        if odd and edits.get_column("text").str.contains_any(odd).any():
            return None
        cells = p.cells
        columns = []
        for j, name in enumerate(cells.columns):
            column = cells.get_column(name)
            mine = edits.filter(pl.col("col") == j)
            if not mine.is_empty():
                column = column.scatter(mine.get_column("row"), mine.get_column("text"))
            columns.append(column)
        delimiter = state["delimiter"]
        written = _written(pl.DataFrame([columns[j] for j in keep]), delimiter, p.eol,
                           state["quoting"] == csv.QUOTE_ALL)
        if dropping:
            rows = written
        else:
            touched = pl.Series([False] * rows.len()).scatter(edits.get_column("row").unique(), True)
            rows = pl.select(pl.when(pl.lit(touched)).then(pl.lit(written)).otherwise(pl.lit(rows))).to_series()
    data = rows.str.join(p.eol).cast(pl.Binary).item()
    return data + p.eol.encode() if p.final_eol and rows.len() else data


def _as_rows(p: _FastRows) -> tuple:
    """A polars-read chunk in the row reader's form (for the row writer)."""
    rows = p.cells.rows()
    eol = p.eol
    raws = [row + eol for row in p.rows.to_list()]
    if not p.final_eol and raws:
        raws[-1] = raws[-1][:-len(eol)]
    return (p.state, raws, [(None, list(r)) for r in rows], p.rec_row.to_list(), p.rec_col.to_list())


def handler(fmt) -> CsvFormat:
    return CsvFormat()
