"""Plain text and access logs: one record per physical line (blank lines counted).

Log structure (combined format fields, query strings) is recognized by the detector from
the line itself, so a log is read like any text file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
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
    split_eol,
)
from .compression import atomic_output, compression_of, open_read


class TextFormat:
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
        n = len(raws)
        try:  # the common case: the whole chunk decodes; split it in one go
            lines = b"".join(raws).decode(opts.encoding).split("\n")
        except UnicodeDecodeError:
            pass
        else:
            if len(lines) == n + 1 and lines[-1] == "":
                lines.pop()
            if len(lines) == n and not raws[-1].endswith(b"\r"):  # (a final bare '\r' stays text)
                plain = not any(t.endswith("\r") for t in lines)
                texts = lines if plain else [t[:-1] if t.endswith("\r") else t for t in lines]
                frame = records_frame(file.source, list(range(first, first + n)), [None] * n, texts)
                # plain: clean text, every line ends in '\n' (the last may not): the writer
                # can join the whole chunk at once
                return Chunk(frame, payload=(raws, plain), problems=[], units=n)
        texts, problems = [], []
        for i, raw in enumerate(raws):
            body, _ = split_eol(raw)
            text, clean = decode_line(body, opts.encoding)
            if not clean:
                problems.append(Problem(file.source, first + i,
                                        f"bytes that are not valid {opts.encoding}; kept as they are"))
            texts.append(text)
        n = len(raws)
        frame = records_frame(file.source, list(range(first, first + n)), [None] * n, texts)
        return Chunk(frame, payload=(raws, False), problems=problems, units=n)

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            def write(chunk: Chunk, redacted) -> None:
                raws, plain = chunk.payload
                changed_rows = redacted.get_column("changed").arg_true().to_list()
                if not changed_rows:
                    out.write(b"".join(raws))
                    return
                if plain and len(changed_rows) * 4 > len(raws):  # most lines changed (a log)
                    text = "\n".join(redacted.get_column("text").to_list())
                    out.write((text + "\n" if raws[-1].endswith(b"\n") else text).encode(opts.encoding))
                    return
                pieces = list(raws)
                texts = redacted.get_column("text").gather(changed_rows).to_list()
                for i, text in zip(changed_rows, texts):
                    body, eol = split_eol(raws[i])
                    pieces[i] = encode_back(text, opts.encoding, not is_clean(body, opts.encoding)) + eol
                out.write(b"".join(pieces))

            yield write


def handler(fmt) -> TextFormat:
    return TextFormat()
