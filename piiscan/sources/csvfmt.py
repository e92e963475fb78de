"""CSV (and TSV): one record per non-empty cell; record = 1-based data row.

Read with the standard library's C parser; each row's raw text is recovered from the
lines the parser took (``line_num``), so untouched rows (and the header) are written
back byte for byte, and a quoted multi-line row counts as one row. A row with the wrong
number of cells is reported with its line and scanned as text.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from .base import Chunk, InputFile, Problem, ReadOptions, encode_back, records_frame, to_safe
from .compression import atomic_output, compression_of, open_read

csv.field_size_limit(64 * 1024 * 1024)
_READ_BLOCK = 1 << 20  # characters of lines handed to the parser at a time


def _delimiter(header: str, path: Path) -> str:
    if ".tsv" in path.name.lower():
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=counts.get) if max(counts.values()) else ","


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # an undecodable byte (surrogateescape)


def _has_bad_bytes(text: str) -> bool:
    return not text.isascii() and _ESCAPED_BYTE.search(text) is not None


def _eol(raw: str) -> str:
    return "\r\n" if raw.endswith("\r\n") else "\n" if raw.endswith("\n") else ""


class CsvFormat:
    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        with open_read(file.path) as fh:
            text = io.TextIOWrapper(fh, encoding=opts.encoding, errors="surrogateescape", newline="")
            header_line = text.readline()
            if not header_line:
                return
            delimiter = _delimiter(header_line, file.path)
            header = next(csv.reader([header_line], delimiter=delimiter))
            # The lines read and not yet flushed; the parser pulls them from here, in
            # blocks (no Python call per line), and line_num says how many it took.
            lines: list[str] = []

            def source():
                while block := text.readlines(_READ_BLOCK):
                    lines.extend(block)
                    yield from block

            reader = csv.reader(source(), delimiter=delimiter)
            wanted = [i for i, name in enumerate(header) if not opts.fields or name in opts.fields]
            every_column = len(wanted) == len(header)
            state = {"header": header, "delimiter": delimiter, "header_raw": header_line}
            line = 2  # physical line of the next row
            row_no = 0
            taken = base = 0  # lines the parser has taken; lines dropped from `lines`
            rows_raw: list[str] = []
            problems: list[Problem] = []
            payload_rows: list[tuple[int, list[str] | None]] = []  # per row: cells or None
            malformed: dict[int, str] = {}  # row index in chunk -> the row's text, scanned as text
            n_records = 0

            def flush():
                nonlocal rows_raw, problems, payload_rows, malformed, n_records, base
                # one record per non-empty wanted cell, row by row (and a malformed row whole)
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
                frame = records_frame(file.source, records, fields, texts)
                chunk = Chunk(frame, payload=(state, rows_raw, payload_rows, idxs, cols),
                              problems=problems, units=len(rows_raw))
                rows_raw, problems, payload_rows, malformed, n_records = [], [], [], {}, 0
                del lines[:taken - base]
                base = taken
                return chunk

            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    row = None
                    error = str(exc)
                else:
                    error = None
                end = reader.line_num
                raw = lines[taken - base] if end - taken == 1 else "".join(lines[taken - base:end - base])
                physical = 1 if end - taken == 1 else raw.count("\n") or 1
                taken = end
                row_no += 1
                if row is not None and _has_bad_bytes(raw):
                    problems.append(Problem(file.source, line, f"bytes that are not valid {opts.encoding}; kept as they are"))
                    row = [to_safe(c) for c in row]
                idx = len(rows_raw)
                rows_raw.append(raw)
                if row is not None and len(row) == len(header):
                    payload_rows.append((row_no, row))
                    n_records += (len(row) - row.count("")) if every_column else sum(1 for c in wanted if row[c])
                elif raw.strip():
                    why = error or f"{len(row)} cells where the header has {len(header)}"
                    problems.append(Problem(file.source, line, f"malformed CSV row ({why}); scanned as text"))
                    payload_rows.append((row_no, None))
                    malformed[idx] = to_safe(raw[: len(raw) - len(_eol(raw))])
                    n_records += 1
                else:
                    payload_rows.append((row_no, None))
                line += physical
                if n_records >= opts.batch_size:  # records (cells), as for other formats
                    yield flush()
            if rows_raw or row_no == 0:
                yield flush()

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            started = False

            def write(chunk: Chunk, redacted) -> None:
                import polars as pl

                nonlocal started
                state, rows_raw, payload_rows, cell_idxs, cell_cols = chunk.payload
                # columns left out (operator drop): every row is written anew without them
                keep = [i for i, name in enumerate(state["header"]) if name not in opts.drop_fields]
                dropping = len(keep) < len(state["header"])

                buf = io.StringIO()
                writers: dict[str, object] = {}  # one per line ending, for the whole chunk

                def row_text(cells: list[str], eol: str) -> str:
                    writer = writers.get(eol)
                    if writer is None:
                        writer = writers[eol] = csv.writer(buf, delimiter=state["delimiter"], lineterminator=eol)
                    buf.seek(0)
                    buf.truncate()
                    writer.writerow([cells[i] for i in keep] if dropping else cells)
                    return buf.getvalue()

                if not started:
                    header = (row_text(state["header"], _eol(state["header_raw"]) or "\n") if dropping
                              else state["header_raw"])
                    out.write(header.encode(opts.encoding, errors="surrogateescape"))
                    started = True
                new_cells: dict[int, dict[int, str]] = {}
                changed = redacted.select(
                    pl.int_range(pl.len()).alias("n"), "text", "changed").filter("changed")
                for n, text in zip(changed.get_column("n").to_list(), changed.get_column("text").to_list()):
                    new_cells.setdefault(cell_idxs[n], {})[cell_cols[n]] = text
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
                    out.write(encode_back(piece, opts.encoding, edits is not None and _has_bad_bytes(raw)))

            yield write


def handler(fmt) -> CsvFormat:
    return CsvFormat()
