"""JSON lines and JSON documents (arrays of posts, nested exports).

Records are the string values, one per key path (``user.email``, ``items[0].note``),
and the numbers of members whose key says they hold a phone, a card number or a
coordinate (``"phone": 14155550113``, ``"lat": 52.52``), as written. The writer splices
each changed value's token in place, so the rest of the line (key order, spacing, number
formatting, escapes) stays byte for byte; a changed number stays a number when its
replacement is one (a coordinate's pseudonym), else it becomes a string (a card's token).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from json.decoder import scanstring
from pathlib import Path

from ..config import InputFormat
from ..detect.structure import holds_numeric_pii
from .base import (
    Chunk,
    InputFile,
    Problem,
    ReadOptions,
    decode_line,
    encode_back,
    is_clean,
    records_frame,
    split_eol,
)
from .compression import atomic_output, compression_of, open_read

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_SCALAR = re.compile(_NUMBER + "|true|false|null")
_IS_NUMBER = re.compile(_NUMBER)


class _Located:
    """String values of a JSON text with their token positions: (path, start, end, value,
    key start): the last is where the member's key begins (-1 in an array or at the top),
    so a writer can remove the whole member."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[tuple[list, int, int, str, int]] = []
        self._key_at = -1  # the key of the member whose value is read next

    def value(self, pos: int, path: list) -> int:
        pos = _WS.match(self.text, pos).end()
        ch = self.text[pos : pos + 1]
        key_at, self._key_at = self._key_at, -1
        if ch == '"':
            value, end = scanstring(self.text, pos + 1)
            self.out.append((path, pos, end, value, key_at))
            return end
        if ch == "{":
            pos = _WS.match(self.text, pos + 1).end()
            if self.text[pos : pos + 1] == "}":
                return pos + 1
            while True:
                pos = _WS.match(self.text, pos).end()
                key_at = pos
                key, pos = scanstring(self.text, pos + 1)
                pos = _WS.match(self.text, pos).end() + 1  # the colon
                self._key_at = key_at
                pos = self.value(pos, [*path, key])
                pos = _WS.match(self.text, pos).end()
                if self.text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if ch == "[":
            pos = _WS.match(self.text, pos + 1).end()
            if self.text[pos : pos + 1] == "]":
                return pos + 1
            i = 0
            while True:
                pos = self.value(pos, [*path, i])
                pos = _WS.match(self.text, pos).end()
                if self.text[pos] == "]":
                    return pos + 1
                pos += 1
                i += 1
        m = _SCALAR.match(self.text, pos)
        if not m:
            raise ValueError(f"unexpected character at {pos}")
        if ch in "-0123456789":
            # the member's key, or the array's (GeoJSON's "coordinates": [13.405, 52.52])
            key = next((p for p in reversed(path) if isinstance(p, str)), None)
            if key is not None and holds_numeric_pii(key):
                self.out.append((path, pos, m.end(), m.group(), key_at))
        return m.end()


def locate_strings(text: str, start: int = 0) -> list[tuple[list, int, int, str, int]]:
    """Only call on text that ``json.loads`` accepted (from ``start``: after a BOM)."""
    loc = _Located(text)
    loc.value(start, [])
    return loc.out


def path_to_field(path: list) -> str | None:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or None


def field_selected(fld: str | None, wanted: tuple[str, ...]) -> bool:
    if not wanted or fld is None:
        return True
    return fld in wanted or re.sub(r"\[\d+\]", "", fld) in wanted or re.sub(r"\[\d+\]", "[]", fld) in wanted


def _splice(text: str, replacements: list[tuple]) -> str:
    """Apply (start, end, new[, key start, drop]) edits to string tokens, right to left.
    A dropped value's whole member goes (key, colon, value and one comma); a dropped
    array element becomes ``null`` (removing it would renumber its neighbours)."""
    for start, end, new, *rest in sorted(replacements, key=lambda r: r[0], reverse=True):
        key_at, drop = rest if rest else (-1, False)
        if drop and key_at >= 0:
            a, b = key_at, end
            after = _WS.match(text, b).end()
            if text[after : after + 1] == ",":  # a member with one after it: take its comma
                b = _WS.match(text, after + 1).end()
            else:  # the last member: take the comma before it
                before = len(text[:a].rstrip(" \t\n\r"))
                if text[before - 1 : before] == ",":
                    a = before - 1
            text = text[:a] + text[b:]
            continue
        old = text[start:end]
        if drop:
            token = "null"
        elif not old.startswith('"') and _IS_NUMBER.fullmatch(new):
            token = new  # a number's replacement that is a number stays one
        elif not old.startswith('"') and new.isascii() and new.isdigit():
            token = str(int(new))  # keyed digits may start with a 0, which JSON numbers may not
        else:
            token = json.dumps(new, ensure_ascii="\\u" in old)
        text = text[:start] + token + text[end:]
    return text


class JsonLinesFormat:
    """One JSON object per physical line; a line that is not JSON is kept as text."""

    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        with open_read(file.path) as fh:
            raws: list[bytes] = []
            first, size, max_size = 1, 0, opts.batch_bytes or float("inf")
            for raw in fh:
                raws.append(raw)
                size += len(raw)
                if len(raws) >= opts.batch_size or size >= max_size:
                    yield self._chunk(file, raws, first, opts)
                    first += len(raws)
                    raws, size = [], 0
            if raws:
                yield self._chunk(file, raws, first, opts)

    def _chunk(self, file: InputFile, raws: list[bytes], first: int, opts: ReadOptions) -> Chunk:
        records, fields, texts, problems = [], [], [], []
        spans: list[tuple[int, int, int, int]] = []  # per record: line index, token start, end, key start
        for i, raw in enumerate(raws):
            line_no = first + i
            body, _ = split_eol(raw)
            text, clean = decode_line(body, opts.encoding)
            if not text.strip():
                continue
            try:
                if not clean:
                    raise ValueError(f"bytes that are not valid {opts.encoding}")
                json.loads(text)
                located = locate_strings(text)
            except ValueError as exc:
                reason = str(exc).split(":")[0] if isinstance(exc, json.JSONDecodeError) else str(exc)
                problems.append(Problem(file.source, line_no,
                                        f"not a JSON line ({reason}); scanned as text"))
                records.append(line_no)
                fields.append(None)
                texts.append(text)
                spans.append((i, -1, -1, -1))
                continue
            for path, start, end, value, key_at in located:
                fld = path_to_field(path)
                if value and field_selected(fld, opts.fields):
                    records.append(line_no)
                    fields.append(fld)
                    texts.append(value)
                    spans.append((i, start, end, key_at))
        frame = records_frame(file.source, records, fields, texts)
        return Chunk(frame, payload=(raws, spans), problems=problems, units=len(raws))

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            def write(chunk: Chunk, redacted) -> None:
                raws, spans = chunk.payload
                edits: dict[int, list] = {}
                whole: dict[int, str] = {}
                texts = redacted.get_column("text").to_list()
                drops = _drop_flags(redacted)
                for (i, start, end, key_at), text, is_changed, drop in zip(
                        spans, texts, redacted.get_column("changed").to_list(), drops):
                    if not is_changed:
                        continue
                    if start < 0:
                        whole[i] = text
                    else:
                        edits.setdefault(i, []).append((start, end, text, key_at, drop))
                for i, raw in enumerate(raws):
                    if i in whole or i in edits:
                        body, eol = split_eol(raw)
                        text = whole.get(i)
                        if text is None:
                            text = _splice(decode_line(body, opts.encoding)[0], edits[i])
                        out.write(encode_back(text, opts.encoding, not is_clean(body, opts.encoding)) + eol)
                    else:
                        out.write(raw)

            yield write


class JsonDocumentFormat:
    """A whole JSON document: an array is one record per element (1-based), an object
    is record 1. Loaded whole, up to a size limit."""

    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        size = file.path.stat().st_size
        if size > opts.json_max_bytes:
            from ..errors import InputError

            raise InputError(
                f"{file.source}: JSON document of {size:,} bytes is over the limit "
                f"({opts.json_max_bytes:,}); convert it to JSON lines or raise json_max_bytes"
            )
        with open_read(file.path) as fh:
            raw = fh.read()
        text, clean = decode_line(raw, opts.encoding)
        try:
            if not clean:
                raise ValueError(f"bytes that are not valid {opts.encoding}")
            bom = 1 if text.startswith("\ufeff") else 0
            doc = json.loads(text[bom:])
            located = locate_strings(text, bom)
        except ValueError as exc:
            line = getattr(exc, "lineno", None)
            from ..errors import InputError

            raise InputError(f"{file.source}{':' + str(line) if line else ''}: not valid JSON "
                             f"({str(exc).split(':')[0]})") from None
        records, fields, texts, spans = [], [], [], []
        is_array = isinstance(doc, list)
        for path, start, end, value, key_at in located:
            if not value:
                continue
            if is_array:
                record, rest = path[0] + 1, path[1:]
            else:
                record, rest = 1, path
            fld = path_to_field(rest)
            if field_selected(fld, opts.fields):
                records.append(record)
                fields.append(fld)
                texts.append(value)
                spans.append((start, end, key_at))
        frame = records_frame(file.source, records, fields, texts)
        units = len(doc) if is_array else 1
        yield Chunk(frame, payload=(raw, spans), units=units)

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            def write(chunk: Chunk, redacted) -> None:
                raw, spans = chunk.payload
                edits = [(s, e, t, k, d) for (s, e, k), t, c, d in zip(
                    spans, redacted.get_column("text").to_list(),
                    redacted.get_column("changed").to_list(), _drop_flags(redacted)) if c]
                if not edits:
                    out.write(raw)
                    return
                text = _splice(decode_line(raw, opts.encoding)[0], edits)
                out.write(text.encode(opts.encoding, errors="surrogateescape"))

            yield write


def _drop_flags(redacted) -> list[bool]:
    if "dropped" in redacted.columns:
        return redacted.get_column("dropped").to_list()
    return [False] * redacted.height


def handler(fmt: InputFormat):
    return JsonDocumentFormat() if fmt is InputFormat.JSON else JsonLinesFormat()
