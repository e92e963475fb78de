"""The local engine: one process, chunks in file order."""

from __future__ import annotations

from collections.abc import Iterator

from ..process import BatchResult, Plan, process_batch
from ..sources.base import Chunk, InputFile, ReadOptions, format_handler


def process_file(file: InputFile, plan: Plan, opts: ReadOptions) -> Iterator[tuple[Chunk, BatchResult]]:
    handler = format_handler(file.format)
    for chunk in handler.read(file, opts):
        yield chunk, process_batch(chunk.records, plan)
