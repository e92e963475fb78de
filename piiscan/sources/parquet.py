"""Parquet: one record per non-null string cell (and number cell named for PII); record = 1-based row.

Read in record batches (bounded memory); written back with the input's Arrow schema
(field order, types, nullability, metadata) and compression codec. String columns are
scanned, and so are number columns whose name says they hold a phone number, a card
number or a coordinate (``phone``, ``card_number``, ``pickup_latitude``): exports keep
those as int64 and float64. Their cells are read as text (``40.7614``), and a changed
value goes back as a number of the column's type; a replacement that is no number (the
``redact`` or ``mask`` operator's) is written as null. Other columns are copied as they are.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .base import Chunk, InputFile, ReadOptions, chunk_sizes, ner_chars_expr


def is_text(arrow_type) -> bool:
    import pyarrow as pa

    return pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type) or (
        hasattr(pa.types, "is_string_view") and pa.types.is_string_view(arrow_type))


def is_numeric_pii(name: str, arrow_type) -> bool:
    import pyarrow as pa

    if not (pa.types.is_integer(arrow_type) or pa.types.is_floating(arrow_type)
            or pa.types.is_decimal(arrow_type)):
        return False
    from ..detect.structure import holds_numeric_pii

    return holds_numeric_pii(name)


def _as_column_value(text: str, arrow_type):
    """A replacement in a number column's own type, or None (null) when it is no number."""
    import decimal

    import pyarrow as pa

    try:
        if pa.types.is_integer(arrow_type):
            return int(text)
        if pa.types.is_decimal(arrow_type):
            return decimal.Decimal(text)
        return float(text)
    except (ValueError, decimal.InvalidOperation):
        return None


class ParquetFormat:
    def _open(self, file: InputFile):
        import pyarrow.parquet as pq

        try:
            return pq.ParquetFile(file.path)
        except Exception as exc:  # pyarrow raises several types for a corrupt file
            raise InputError(f"{file.source}: not a readable Parquet file ({type(exc).__name__})") from None

    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        import polars as pl

        pf = self._open(file)
        text_cols = [f.name for f in pf.schema_arrow
                     if (is_text(f.type) or is_numeric_pii(f.name, f.type))
                     and (not opts.fields or f.name in opts.fields)]
        offset = 0
        # batch_size counts records (text cells), as for the other formats
        rows = max(1, opts.batch_size // max(1, len(text_cols)))
        for batch in pf.iter_batches(batch_size=rows):
            df = pl.from_arrow(batch)
            for start, length in _ner_cuts(df, text_cols, opts.batch_bytes):
                part = df.slice(start, length)
                first = offset + start
                parts = [
                    part.with_row_index("record", offset=first + 1)
                    .select(
                        pl.lit(file.source).alias("source"),
                        pl.col("record").cast(pl.Int64),
                        pl.lit(col, dtype=pl.String).alias("field"),
                        pl.col(col).cast(pl.String).alias("text"),
                    )
                    .filter(pl.col("text").is_not_null() & (pl.col("text") != ""))
                    for col in text_cols
                ]
                frame = pl.concat(parts) if parts else pl.DataFrame(
                    schema={"source": pl.String, "record": pl.Int64, "field": pl.String, "text": pl.String})
                yield Chunk(frame, payload=(batch.slice(start, length), first), units=length)
            offset += batch.num_rows

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        import polars as pl
        import pyarrow as pa
        import pyarrow.parquet as pq

        pf = self._open(file)
        schema = pf.schema_arrow
        # columns left out (operator drop)
        keep = [name for name in schema.names if name not in opts.drop_fields]
        full_schema, schema = schema, pa.schema([schema.field(n) for n in keep], metadata=schema.metadata)
        meta = pf.metadata
        codec = meta.row_group(0).column(0).compression if meta.num_row_groups else "NONE"
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.piiscan-tmp-{os.getpid()}")
        writer = pq.ParquetWriter(tmp, schema, compression=None if codec == "UNCOMPRESSED" else codec.lower())
        try:
            def write(chunk: Chunk, redacted) -> None:
                batch, offset = chunk.payload
                changed = redacted.filter(pl.col("changed"))
                if changed.height == 0:
                    writer.write_batch(batch.select(keep) if len(keep) < len(full_schema) else batch)
                    return
                columns = {name: batch.column(i) for i, name in enumerate(batch.schema.names)}
                for (col,), group in changed.group_by(["field"]):
                    values = columns[col].to_pylist()
                    arrow_type = batch.schema.field(col).type
                    numeric = not is_text(arrow_type)
                    for rec, text in zip(group.get_column("record").to_list(),
                                         group.get_column("text").to_list()):
                        values[rec - offset - 1] = _as_column_value(text, arrow_type) if numeric else text
                    try:
                        columns[col] = pa.array(values, type=arrow_type)
                    except (pa.ArrowInvalid, OverflowError):  # a number past the type's range
                        columns[col] = pa.array([v if _fits(v, arrow_type) else None for v in values],
                                                type=arrow_type)
                writer.write_batch(pa.RecordBatch.from_arrays([columns[n] for n in keep], schema=schema))

            yield write
            writer.close()
            os.replace(tmp, final)
        except BaseException:
            writer.close()
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise


def _fits(value, arrow_type) -> bool:
    import pyarrow as pa

    try:
        pa.array([value], type=arrow_type)
    except (pa.ArrowInvalid, OverflowError):
        return False
    return True


def _ner_cuts(df, text_cols: list[str], max_chars: int | None) -> list[tuple[int, int]]:
    """(start, length) of each chunk of ``df``'s rows: all of them, or (``max_chars``, NER
    on) a chunk each time the values NER reads reach that many characters (see
    base.ner_chars)."""
    import polars as pl

    if max_chars is None or not text_cols or not df.height:
        return [(0, df.height)]
    chars = df.select(pl.sum_horizontal([ner_chars_expr(pl.col(c).cast(pl.String)) for c in text_cols]))
    sizes, left = chunk_sizes(None, chars.to_series(), float("inf"), max_chars)
    cuts, start = [], 0
    for size in [*sizes, left] if left else sizes:
        cuts.append((start, size))
        start += size
    return cuts


def handler(fmt) -> ParquetFormat:
    return ParquetFormat()
