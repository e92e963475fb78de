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
def atomic_output(final: Path, *, compression: str | None, behind: bool = False):
    """A binary stream that becomes ``final`` only when the block completes.
    ``behind``: writes (and compression) happen on a thread of their own, see
    :class:`WriteBehind`; the stream then has ``write`` only."""
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f".{final.name}.piiscan-tmp-{os.getpid()}")
    raw = open(tmp, "wb")  # noqa: SIM115 (closed below, on success and on failure)
    behind_writer = None
    try:
        if compression == "gzip":
            # mtime=0: the same input and key give byte-identical outputs
            stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)
        elif compression == "zstd":
            stream = _zstd().ZstdCompressor().stream_writer(raw, closefd=False)
        else:
            stream = raw
        if behind:
            behind_writer = WriteBehind(stream)
            yield behind_writer
            behind_writer.close()
        else:
            yield stream
        if stream is not raw:
            stream.close()
        raw.flush()
        os.fsync(raw.fileno())
        raw.close()
        os.replace(tmp, final)
    except BaseException:
        if behind_writer is not None:
            behind_writer.abandon()
        raw.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


class WriteBehind:
    """Writes to ``stream`` in order on a thread of its own, so the process that reads
    every input and writes every output goes on while the bytes are copied out (and
    compressed): a file write lets go of the GIL. A CSV's findings.jsonl alone is over
    a gigabyte for a million rows, and those writes kept the main process busy while
    the workers waited. At most ``depth`` writes wait (memory stays bounded); an error
    is raised by the next :meth:`write` or by :meth:`close`."""

    def __init__(self, stream, depth: int = 2) -> None:
        import queue
        import threading

        self._stream = stream
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="piiscan-write-behind", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            data = self._queue.get()
            if data is None:
                return
            if self._error is None:
                try:
                    self._stream.write(data)
                except BaseException as exc:  # noqa: BLE001 (handed to the writing thread)
                    self._error = exc

    def write(self, data: bytes) -> int:
        if self._error is not None:
            raise self._error
        if data:
            self._queue.put(bytes(data))  # a copy: the caller may reuse a buffer it passed
        return len(data)

    def close(self) -> None:
        """Waits until every write is done."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        """Stops the thread after the writes already queued; errors are dropped (the
        output is thrown away)."""
        with contextlib.suppress(BaseException):
            self.close()
