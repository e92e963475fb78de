"""The summary's counts, kept while findings stream past (memory bounded by groups, not
by findings).

Findings arrive in batches, sorted, and a record never spans two batches, so counts of
findings and of records with findings are exact sums over batches. Distinct values are
the one count that needs memory: each counter keeps the exact set of value hashes up to
``EXACT_LIMIT`` and then switches to a HyperLogLog sketch (2^14 registers, about 0.8 %
standard error) built from the same keyed hashes, so a 2 GB log needs no more memory for
its summary than a 2 MB one. The summary says which counts are estimates.
"""

from __future__ import annotations

from collections import defaultdict

EXACT_LIMIT = 50_000
_P = 14  # HyperLogLog precision: 2^14 one-byte registers per counter
_M = 1 << _P


class DistinctCounter:
    __slots__ = ("exact", "registers")

    def __init__(self) -> None:
        self.exact: set[str] | None = set()
        self.registers = None  # numpy uint8[_M] once the exact set outgrew its limit

    def add(self, hashes) -> None:
        if self.exact is not None:
            self.exact.update(hashes)
            if len(self.exact) > EXACT_LIMIT:
                exact, self.exact = self.exact, None
                self._sketch(list(exact))
        else:
            self._sketch(hashes)

    def _sketch(self, hashes) -> None:
        import numpy as np

        if self.registers is None:
            self.registers = np.zeros(_M, dtype=np.uint8)
        if not len(hashes):
            return
        # value hashes are keyed HMAC-SHA256 hex: their first 64 bits are uniform
        x = np.array([int(h[:16], 16) for h in hashes], dtype=np.uint64)
        idx = (x >> np.uint64(64 - _P)).astype(np.int64)
        rest = (x << np.uint64(_P)) | np.uint64((1 << _P) - 1)  # low guard bits cap the rank
        # rank = leading zeros of the remaining 64-P bits, plus one
        rank = (64 - np.floor(np.log2(rest.astype(np.float64))).astype(np.int64)).astype(np.uint8)
        np.maximum.at(self.registers, idx, rank)

    @property
    def estimated(self) -> bool:
        return self.exact is None

    def count(self) -> int:
        if self.exact is not None:
            return len(self.exact)
        import numpy as np

        regs = self.registers.astype(np.float64)
        alpha = 0.7213 / (1 + 1.079 / _M)
        raw = alpha * _M * _M / float(np.sum(np.power(2.0, -regs)))
        zeros = int(np.count_nonzero(self.registers == 0))
        if raw <= 2.5 * _M and zeros:  # small range: linear counting
            return round(_M * np.log(_M / zeros))
        return round(raw)

    def merge(self, other: DistinctCounter) -> None:
        import numpy as np

        if other.exact is not None:
            self.add(list(other.exact))
            return
        if self.exact is not None:
            exact, self.exact = self.exact, None
            self._sketch(list(exact))
        np.maximum(self.registers, other.registers, out=self.registers)


class Aggregates:
    """Counts per (source, entity type, field) cell, built batch by batch."""

    def __init__(self) -> None:
        self.findings: dict[tuple, int] = defaultdict(int)
        self.records: dict[tuple, int] = defaultdict(int)
        self.distinct: dict[tuple, DistinctCounter] = defaultdict(DistinctCounter)
        self.records_with_findings = 0

    def add(self, findings) -> None:
        """One batch of findings (a polars frame of the findings contract)."""
        if findings.height:
            self.merge_counts(self.counts(findings))

    @staticmethod
    def counts(findings) -> tuple[int, list[tuple]]:
        """One batch's counts, to add with :meth:`merge_counts`: records with findings,
        and per cell (source, entity type, field): findings, records, the distinct value
        hashes."""
        import polars as pl

        with_findings = findings.select(pl.struct("source", "record").n_unique()).item()
        cells = findings.group_by(["source", "entity_type", "field"]).agg(
            pl.len().alias("n"), pl.col("record").n_unique().alias("records"),
            pl.col("value_hash").unique().alias("hashes"))
        return with_findings, [((source, entity, field), n, records, hashes)
                         for source, entity, field, n, records, hashes in cells.iter_rows()]

    def merge_counts(self, counts: tuple[int, list[tuple]]) -> None:
        records_with_findings, cells = counts
        self.records_with_findings += records_with_findings
        for key, n, records, hashes in cells:
            self.findings[key] += n
            self.records[key] += records
            self.distinct[key].add(hashes)

    def rollup(self, level) -> dict:
        """Findings and distinct values per ``level(cell key)`` (None: all cells)."""
        out: dict = {}
        for key, n in self.findings.items():
            group = level(key)
            entry = out.setdefault(group, [0, DistinctCounter()])
            entry[0] += n
            entry[1].merge(self.distinct[key])
        return out
