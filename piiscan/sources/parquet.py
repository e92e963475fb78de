"""Parquet: one record per non-null string cell (and number cell named for PII); record = 1-based row.

Read in record batches (bounded memory); written back with the input's Arrow schema
(field order, types, nullability, metadata) and compression codec. String columns are
scanned, and so are number columns whose name says they hold a phone number, a card
number or a coordinate (``phone``, ``card_number``, ``pickup_latitude``): exports keep
those as int64 and float64. Their cells are read as text (``40.7614``), and a changed
value goes back as a number of the column's type; a replacement that is no number (the
``redact`` or ``mask`` operator's) is written as null. Nested columns are read too, as
Spark and BigQuery exports write them: a struct's fields at any depth (field
``user.address.city``) and the elements of a list of strings (field ``tags[2]``). Other
columns are copied as they are.
"""
from __future__ import annotations

import contextlib
import os
import re
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
        leaves = [leaf for leaf in scanned_leaves(pf.schema_arrow)
                  if not opts.fields or leaf.path in opts.fields or leaf.path.split(".")[0] in opts.fields]
        offset = 0
        # batch_size counts records (text cells), as for the other formats
        rows = max(1, opts.batch_size // max(1, len(leaves)))
        for batch in pf.iter_batches(batch_size=rows):
            df = pl.from_arrow(batch)
            for start, length in _ner_cuts(df, leaves, opts.batch_bytes):
                part = df.slice(start, length).with_row_index("record", offset=offset + start + 1)
                parts = [leaf.records(part, file.source) for leaf in leaves]
                frame = pl.concat(parts) if parts else pl.DataFrame(
                    schema={"source": pl.String, "record": pl.Int64, "field": pl.String, "text": pl.String})
                yield Chunk(frame, payload=(batch.slice(start, length), offset + start), units=length)
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
                # Top-level text columns, the common case, in polars: the new texts
                # scattered into the column, no Python value per cell.
                flat = [name for name in changed.get_column("field").unique().to_list()
                        if name in columns and is_text(columns[name].type)]
                for name in flat:
                    edits = changed.filter(pl.col("field") == name)
                    rows = edits.get_column("record") - (offset + 1)
                    new = pl.Series(columns[name]).scatter(rows, edits.get_column("text"))
                    columns[name] = new.to_arrow().cast(columns[name].type)
                if flat:
                    changed = changed.filter(~pl.col("field").is_in(flat))
                # The others (numbers, struct fields, list elements) per top-level column:
                # {path inside it: {row (or (row, element[, names inside it])): new text}}
                updates: dict[str, dict[tuple[str, ...], dict]] = {}
                for fld, rec, text in zip(changed.get_column("field").to_list(),
                                          changed.get_column("record").to_list(),
                                          changed.get_column("text").to_list()):
                    path, element = ((fld,), None) if fld in columns else _split_field(fld)
                    key = rec - offset - 1 if element is None else (rec - offset - 1, *element)
                    updates.setdefault(path[0], {}).setdefault(path[1:], {})[key] = text
                for col, by_path in updates.items():
                    for inner, edits in by_path.items():
                        columns[col] = _replaced(columns[col], inner, edits)
                writer.write_batch(pa.RecordBatch.from_arrays([columns[n] for n in keep], schema=schema))

            yield write
            writer.close()
            os.replace(tmp, final)
        except BaseException:
            writer.close()
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise


class _Leaf:
    """A scanned value's place in the schema: a top-level column, a struct's field at any
    depth ('user.address.city'), or a list of strings (each element a record, its field
    'tags[2]'), or a text field of the structs in a list (GA4's event_params: each
    element's 'event_params[3].value.string_value'): ``expr`` gives the list's texts,
    ``suffix`` ('.value.string_value') the field's path inside an element."""

    __slots__ = ("path", "expr", "is_list", "suffix")

    def __init__(self, path: str, expr, is_list: bool, suffix: str = "") -> None:
        self.path, self.expr, self.is_list, self.suffix = path, expr, is_list, suffix

    def records(self, part, source: str):
        import polars as pl

        present = pl.col("text").is_not_null() & (pl.col("text") != "")
        if not self.is_list:  # one query: the common case, a column of cells
            return part.select(pl.lit(source).alias("source"), pl.col("record").cast(pl.Int64),
                               pl.lit(self.path, dtype=pl.String).alias("field"),
                               self.expr.cast(pl.String).alias("text")).filter(present)
        frame = (part.select(pl.col("record").cast(pl.Int64), self.expr.alias("text")).explode("text")
                 .with_columns(pl.int_range(pl.len()).over("record").alias("element")))
        return frame.select(pl.lit(source).alias("source"), "record",
                            pl.format("{}[{}]{}", pl.lit(self.path), pl.col("element"),
                                      pl.lit(self.suffix)).alias("field"),
                            pl.col("text").cast(pl.String)).filter(present)


def scanned_leaves(schema) -> list[_Leaf]:
    import polars as pl
    import pyarrow as pa

    out: list[_Leaf] = []

    def walk(path: str, typ, expr) -> None:
        leaf_name = path.rsplit(".", 1)[-1]
        if is_text(typ) or is_numeric_pii(leaf_name, typ):
            out.append(_Leaf(path, expr, False))
        elif pa.types.is_struct(typ):
            for child in typ:
                walk(f"{path}.{child.name}", child.type, expr.struct.field(child.name))
        elif (pa.types.is_list(typ) or pa.types.is_large_list(typ)) and is_text(typ.value_type):
            out.append(_Leaf(path, expr, True))
        elif (pa.types.is_list(typ) or pa.types.is_large_list(typ)) and pa.types.is_struct(typ.value_type):
            in_element(path, typ.value_type, expr, "", pl.element())

    def in_element(path: str, typ, list_expr, suffix: str, element) -> None:
        """The text fields (at any struct depth) of the structs a list holds."""
        for child in typ:
            name, inner = f"{suffix}.{child.name}", element.struct.field(child.name)
            if is_text(child.type) or is_numeric_pii(child.name, child.type):
                out.append(_Leaf(path, list_expr.list.eval(inner.cast(pl.String)), True, name))
            elif pa.types.is_struct(child.type):
                in_element(path, child.type, list_expr, name, inner)

    for f in schema:
        walk(f.name, f.type, pl.col(f.name))
    return out


_ELEMENT = re.compile(r"([^\[]*)\[(\d+)\]((?:\.[^.\[\]]+)*)")


def _split_field(field: str) -> tuple[tuple[str, ...], tuple | None]:
    """'user.address.city' -> (('user', 'address', 'city'), None); 'tags[2]' -> (('tags',),
    (2,)); 'event_params[3].value.string_value' -> (('event_params',), (3, 'value',
    'string_value')): the element and the path inside it."""
    m = _ELEMENT.fullmatch(field)
    if m:
        inside = tuple(m.group(3).split(".")[1:]) if m.group(3) else ()
        return tuple(m.group(1).split(".")), (int(m.group(2)), *inside)
    return tuple(field.split(".")), None


def _replaced(array, inner: tuple[str, ...], edits: dict):
    """``array`` with the values at ``inner`` (a path of struct fields) changed: ``edits``
    maps a row, or a (row, list element) pair, to the new text."""
    import pyarrow as pa

    if inner:
        children = array.flatten()  # the struct's fields, its offset and nulls applied
        names = [f.name for f in array.type]
        i = names.index(inner[0])
        children[i] = _replaced(children[i], inner[1:], edits)
        return pa.StructArray.from_arrays(children, fields=list(array.type), mask=array.is_null())
    values = array.to_pylist()
    if pa.types.is_list(array.type) or pa.types.is_large_list(array.type):
        for (row, element, *inside), text in edits.items():
            if not inside:  # a list of strings
                values[row][element] = text
                continue
            place = values[row][element]  # a list of structs: the field inside the element
            for name in inside[:-1]:
                place = place[name]
            field_type = _inner_type(array.type.value_type, inside)
            if not is_text(field_type):  # a number field: its type's number, or null
                text = _as_column_value(text, field_type)
                text = text if text is None or _fits(text, field_type) else None
            place[inside[-1]] = text
        return pa.array(values, type=array.type)
    numeric = not is_text(array.type)
    for row, text in edits.items():
        values[row] = _as_column_value(text, array.type) if numeric else text
    try:
        return pa.array(values, type=array.type)
    except (pa.ArrowInvalid, OverflowError):  # a number past the type's range
        return pa.array([v if _fits(v, array.type) else None for v in values], type=array.type)


def _inner_type(struct_type, inside):
    """The type of the field at ``inside`` (a path of names) in a struct type."""
    for name in inside:
        struct_type = struct_type.field(name).type
    return struct_type


def _fits(value, arrow_type) -> bool:
    import pyarrow as pa

    try:
        pa.array([value], type=arrow_type)
    except (pa.ArrowInvalid, OverflowError):
        return False
    return True


def _ner_cuts(df, leaves: list[_Leaf], max_chars: int | None) -> list[tuple[int, int]]:
    """(start, length) of each chunk of ``df``'s rows: all of them, or (``max_chars``, NER
    on) a chunk each time the values NER reads reach that many characters (see
    base.ner_chars)."""
    import polars as pl

    if max_chars is None or not leaves or not df.height:
        return [(0, df.height)]
    chars = df.select(pl.sum_horizontal([
        ner_chars_expr(leaf.expr.list.join(" ") if leaf.is_list else leaf.expr.cast(pl.String))
        for leaf in leaves]))
    sizes, left = chunk_sizes(None, chars.to_series(), float("inf"), max_chars)
    cuts, start = [], 0
    for size in [*sizes, left] if left else sizes:
        cuts.append((start, size))
        start += size
    return cuts


def handler(fmt) -> ParquetFormat:
    return ParquetFormat()
