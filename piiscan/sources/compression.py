"""Transparent .gz / .zst, and atomic output files.

Outputs keep the input's compression. Every output is written under a temporary name in
its final folder and renamed when complete, so a crash never leaves a half-written file
under the final name (and a re-run simply writes it again).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
from pathlib import Path

from ..errors import InputError, UsageError

COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}


def compression_of(path: Path) -> str | None:
    return COMPRESSIONS.get(path.suffix.lower())


def inner_suffix(path: Path) -> str:
    """The format extension under any compression suffix: access.log.gz -> .log"""
    name = path.name.lower()
    for ext in COMPRESSIONS:
        if name.endswith(ext):
            name = name[: -len(ext)]
    return Path(name).suffix


def _zstd():
    try:
        import zstandard
    except ImportError:
        raise UsageError(
            "reading or writing .zst needs the zstandard package",
            hint="pip install 'piiscan[zstd]'",
        ) from None
    return zstandard


def open_read(path: Path) -> io.BufferedIOBase:
    kind = compression_of(path)
    try:
        if kind == "gzip":
            return gzip.open(path, "rb")
        if kind == "zstd":
            # zstandard's reader does not iterate lines; a buffered wrapper does.
            reader = _zstd().ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)  # noqa: SIM115 (the reader owns it)
            return io.BufferedReader(reader)
        return open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror or exc})") from None


@contextlib.contextmanager
def atomic_output(final: Path, *, compression: str | None):
    """A binary stream that becomes ``final`` only when the block completes."""
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f".{final.name}.piiscan-tmp-{os.getpid()}")
    raw = open(tmp, "wb")  # noqa: SIM115 (closed below, on success and on failure)
    try:
        if compression == "gzip":
            # mtime=0: the same input and key give byte-identical outputs
            stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)
        elif compression == "zstd":
            stream = _zstd().ZstdCompressor().stream_writer(raw, closefd=False)
        else:
            stream = raw
        yield stream
        if stream is not raw:
            stream.close()
        raw.flush()
        os.fsync(raw.fileno())
        raw.close()
        os.replace(tmp, final)
    except BaseException:
        raw.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
