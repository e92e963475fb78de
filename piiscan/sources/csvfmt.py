"""CSV (and TSV): one record per non-empty cell; record = 1-based data row.

Read with the standard library's C parser through a tap that keeps each row's raw
text, so untouched rows (and the header) are written back byte for byte, and a quoted
multi-line row counts as one row. A row with the wrong number of cells is reported with
its line and scanned as text.
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


class _Tap:
    """Iterates lines for csv.reader and remembers them, to recover each row's raw text."""

    def __init__(self, lines) -> None:
        self._lines = lines
        self.taken: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line

    def drain(self) -> str:
        raw = "".join(self.taken)
        self.taken.clear()
        return raw


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
            tap = _Tap(iter(text))
            try:
                header_line = next(tap)
            except StopIteration:
                return
            delimiter = _delimiter(header_line, file.path)
            tap.taken.clear()
            header = next(csv.reader([header_line], delimiter=delimiter))
            reader = csv.reader(tap, delimiter=delimiter)
            wanted = [i for i, name in enumerate(header) if not opts.fields or name in opts.fields]
            state = {"header": header, "delimiter": delimiter, "header_raw": header_line}
            line = 2  # physical line of the next row
            row_no = 0
            rows_raw: list[str] = []
            records, fields, texts, problems = [], [], [], []
            payload_rows: list[tuple[int, list[str] | None]] = []  # per row: cells or None
            cell_refs: list[tuple[int, int]] = []  # per record: row index in chunk, column

            def flush():
                nonlocal rows_raw, records, fields, texts, problems, payload_rows, cell_refs
                frame = records_frame(file.source, records, fields, texts)
                chunk = Chunk(frame, payload=(state, rows_raw, payload_rows, cell_refs),
                              problems=problems, units=len(rows_raw))
                rows_raw, records, fields, texts, problems = [], [], [], [], []
                payload_rows, cell_refs = [], []
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
                raw = tap.drain()
                row_no += 1
                if row is not None and _has_bad_bytes(raw):
                    problems.append(Problem(file.source, line, f"bytes that are not valid {opts.encoding}; kept as they are"))
                    row = [to_safe(c) for c in row]
                idx = len(rows_raw)
                rows_raw.append(raw)
                if row is not None and len(row) == len(header):
                    payload_rows.append((row_no, row))
                    for col in wanted:
                        if row[col]:
                            records.append(row_no)
                            fields.append(header[col])
                            texts.append(row[col])
                            cell_refs.append((idx, col))
                elif raw.strip():
                    why = error or f"{len(row)} cells where the header has {len(header)}"
                    problems.append(Problem(file.source, line, f"malformed CSV row ({why}); scanned as text"))
                    payload_rows.append((row_no, None))
                    records.append(row_no)
                    fields.append(None)
                    texts.append(to_safe(raw[: len(raw) - len(_eol(raw))]))
                    cell_refs.append((idx, -1))
                else:
                    payload_rows.append((row_no, None))
                line += raw.count("\n") or 1
                if len(records) >= opts.batch_size:  # records (cells), as for other formats
                    yield flush()
            if rows_raw or row_no == 0:
                yield flush()

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            started = False

            def write(chunk: Chunk, redacted) -> None:
                nonlocal started
                state, rows_raw, payload_rows, cell_refs = chunk.payload
                # columns left out (operator drop): every row is written anew without them
                keep = [i for i, name in enumerate(state["header"]) if name not in opts.drop_fields]
                dropping = len(keep) < len(state["header"])

                def row_text(cells: list[str], eol: str) -> str:
                    buf = io.StringIO()
                    csv.writer(buf, delimiter=state["delimiter"], lineterminator=eol).writerow(
                        [cells[i] for i in keep] if dropping else cells)
                    return buf.getvalue()

                if not started:
                    header = (row_text(state["header"], _eol(state["header_raw"]) or "\n") if dropping
                              else state["header_raw"])
                    out.write(header.encode(opts.encoding, errors="surrogateescape"))
                    started = True
                new_cells: dict[int, dict[int, str]] = {}
                for (idx, col), text, changed in zip(
                        cell_refs, redacted.get_column("text").to_list(),
                        redacted.get_column("changed").to_list()):
                    if changed:
                        new_cells.setdefault(idx, {})[col] = text
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
