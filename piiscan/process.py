"""The one pure function every engine calls: ``process_batch(batch, plan)``.

A :class:`Plan` is built once from the configuration and the key, and is picklable: it
ships to worker processes (and later Spark executors), each of which builds its
detector and pseudonymizer from it once (:func:`runtime`).
"""

from __future__ import annotations

import hmac
import html
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from urllib.parse import quote

from .config import Detection, Operator, OperatorSpec, default_operator
from .detect.firmrows import (  # (cheap: functools only; both firm-row paths below read a row with them)
    FIRMS_TYPES,
    company_name_field,
    firms_finding,
    firms_rows,
    firms_value,
    names_a_contact,
    names_a_mobile,
    names_its_rows_person,
    subject_name_field,
)
from .detect.structure import fit_log_field
from .detect.views import is_html, make_view
from .findings import findings_schema, mask_preview
from .keys import HASH, Key
from .normalize import normalize

# Per-process memo bounds: together with the detector's own caches they keep a worker
# near 400 MB however long the input (see benchmarks/RESULTS.md, peak RSS by input size).
_VALUE_CACHE = 20_000


@dataclass(frozen=True)
class Plan:
    detection: Detection
    key: Key = field(repr=False)
    redact: bool = False  # compute replacements (the redact command) or only findings
    operators: dict[str, OperatorSpec] = field(default_factory=dict)  # default: default_operator()
    # Values found anywhere in the run (first pass, see detect.known): raw text, in memory
    # only. Not part of cache_key: the runtime does not depend on them.
    known: dict = field(default_factory=dict, repr=False, compare=False)
    collect: bool = False  # the first pass: only collect found values (BatchResult.known)

    def operator_for(self, entity_type: str) -> OperatorSpec:
        return self.operators.get(entity_type) or default_operator(entity_type)

    @cached_property
    def cache_key(self) -> tuple:
        import json

        from .config import to_plain

        ops = to_plain(self.operators)
        return (json.dumps(to_plain(self.detection), sort_keys=True), self.key.key_id, self.redact,
                json.dumps(ops, sort_keys=True))


@dataclass
class BatchResult:
    """``redacted``: the batch with ``text`` replaced and a ``changed`` flag per record.
    ``findings``: one row per finding (columns of :data:`piiscan.findings.FINDING_COLUMNS`)."""

    redacted: object = field(repr=False)  # pl.DataFrame: record text, not for reprs
    findings: object = field(repr=False)  # pl.DataFrame
    known: dict | None = field(default=None, repr=False)  # first pass: found values (raw)
    drop_fields: set | None = None  # first pass: (source, field) holding values to drop


class Runtime:
    """What a plan needs at run time, built once per process."""

    def __init__(self, plan: Plan) -> None:
        from .detect.engine import Detector
        from .operators.apply import Operators

        self.detector = Detector(plan.detection)
        self.operators = Operators(plan.key, plan.operators, default_region=plan.detection.default_region)
        self._hash_key = plan.key.derive(HASH)
        self._region = plan.detection.default_region
        # Per distinct value, bounded: a log repeats its clients and users.
        self.value_hash = lru_cache(maxsize=_VALUE_CACHE)(self._value_hash)
        self.replace = lru_cache(maxsize=_VALUE_CACHE)(self._replace)
        self.preview = lru_cache(maxsize=_VALUE_CACHE)(mask_preview)
        self.decoded = lru_cache(maxsize=_VALUE_CACHE)(_decoded)
        self._plan = plan
        self._segments = _Memo()  # (access-log field kind, value) -> _Assembled
        self._records = _Memo()  # (field, text) -> the detector's findings
        self._assembled = _Memo()  # (field, text) -> _Assembled (see assembled_cache)
        self._drop_type: dict[str, bool] = {}
        self.spill = _Spill()  # the first pass's detections, for the second (see _Spill)
        self._screen: tuple | None = None  # (known values, their KnownScreen)

    def detect_records(self, texts: list[str], fields: list[str | None]) -> list[list]:
        """The detector's findings per record, memoized per (field, text): an export
        repeats its countries, cities, pages and customers row after row, and a
        field's findings depend on nothing else."""
        keys = list(zip(fields, texts))
        memo = self._records.make_room(len(texts), keys)
        misses = list(dict.fromkeys(k for k in keys if k not in memo))
        if misses:
            found = self.detector.detect_records([t for _, t in misses], [f for f, _ in misses])
            memo.put_many(misses, found)
        return [memo[k] for k in keys]

    def known_screen(self, known: dict):
        """The :class:`~.detect.known.KnownScreen` of the run's known values (a pass's
        plan carries one dict: built once per process), or None."""
        if self._screen is None or self._screen[0] is not known:
            from .detect.known import KnownScreen

            self._screen = (known, KnownScreen.build(known))
        return self._screen[1]

    def segment_cache(self, incoming: int) -> _Memo:
        """The per-field memo of access-log lines (see :class:`_Memo`)."""
        return self._segments.make_room(incoming)

    def assembled_cache(self, incoming: int, keys=()) -> _Memo:
        """The whole result per (field, text) of other records: findings after
        propagation, hashes, previews and the redacted text. An export repeats its
        countries, pages and customers row after row; each costs one lookup after the
        first. Only for propagation modes where a record's result depends on nothing
        else in its batch (``run``, ``off``)."""
        return self._assembled.make_room(incoming, keys)

    def assemble(self, text: str, found, redact: bool, log_field: str | None = None) -> _Assembled:
        """Finding rows and the redacted text for one text and its findings.

        ``log_field``: the access-log field the text is (see ``log_segments``); its
        replacements are made to fit it, so the line still parses.
        """
        if not found:
            return _NOTHING
        in_html = is_html(text)
        query = "=" in text and ("?" in text or "&" in text)
        rows, pieces, pos = [], [], 0
        for f in found:
            raw = text[f.start:f.end]
            decoded = self.decoded(raw)
            rows.append((f.start, f.end, f.entity_type, round(f.score, 4), f.recognizer,
                         self.value_hash(f.entity_type, decoded), self.preview(f.entity_type, decoded)))
            if redact:
                pieces.append(text[pos:f.start])
                in_query = query and _QUERY_VALUE_BEFORE.search(text, max(0, f.start - 256), f.start) is not None
                new = self.replace(f.entity_type, raw, decoded, in_html, in_query)
                if log_field is not None and new != raw:
                    new = fit_log_field(log_field, new, whole=len(found) == 1 and f.end - f.start == len(text))
                pieces.append(new)
                pos = f.end
        redacted = None
        if redact:
            pieces.append(text[pos:])
            joined = "".join(pieces)
            redacted = joined if joined != text else None
        return _Assembled(tuple(rows), redacted, redact and self.drops(found))

    def assemble_dotted_quads(self, values: list[str], found, redact: bool, log_field: str) -> list[_Assembled]:
        """:meth:`assemble` for values that are each, whole, one IP finding like ``found``
        (its offsets ignored) and each a canonical dotted quad (as ``ipaddress`` writes
        it: its own normal form, nothing a view decodes): the new client addresses of a
        log, in one loop. They are memoized by the caller: the per-value caches are
        skipped."""
        entity, score, recognizer = found.entity_type, round(found.score, 4), found.recognizer
        news = self.operators.apply_dotted_quads(values) if redact else [None] * len(values)
        dropped = redact and self.drops((found,))
        out = []
        for value, new in zip(values, news):
            rows = ((0, len(value), entity, score, recognizer, self._normal_hash(entity, value),
                     mask_preview(entity, value)),)
            if new is not None and new != value:
                new = fit_log_field(log_field, new, whole=True)
            out.append(_Assembled(rows, new if new != value else None, dropped))
        return out

    def prime(self, texts, founds, dotted_quads: list[str] | tuple = ()) -> None:
        """Before many new values are assembled one by one: let the operators work
        out the IP addresses among them (and ``dotted_quads``, canonical IPv4 addresses)
        at once (see :meth:`Operators.prime`)."""
        ips = [self.decoded(text[f.start:f.end]) for text, found in zip(texts, founds) for f in found
               if f.entity_type == "IP_ADDRESS"]
        if len(ips) + len(dotted_quads) > 1:
            self.operators.prime("IP_ADDRESS", ips, dotted_quads)

    @cached_property
    def any_drop(self) -> bool:
        """Whether any entity type's operator is drop (else no record needs the check;
        no default operator is drop)."""
        return any(spec.operator is Operator.DROP for spec in self._plan.operators.values())

    def drops(self, found) -> bool:
        """Whether any of these findings is of a type whose operator is drop."""
        drop_type = self._drop_type
        for f in found:
            dropped = drop_type.get(f.entity_type)
            if dropped is None:
                dropped = drop_type[f.entity_type] = self.operators.spec(f.entity_type).operator is Operator.DROP
            if dropped:
                return True
        return False

    def _value_hash(self, entity_type: str, value: str) -> str:
        return self._normal_hash(entity_type, normalize(entity_type, value, default_region=self._region))

    def _normal_hash(self, entity_type: str, normalized: str) -> str:
        """The keyed hash of a value already in its normal form (see :func:`normalize`)."""
        msg = f"{entity_type}\x00{normalized}".encode()
        return hmac.digest(self._hash_key, msg, "sha256").hex()[:32]  # one-shot: C all the way

    def _replace(self, entity_type: str, raw: str, decoded: str, in_html: bool, in_query: bool = False) -> str:
        new = self.operators.apply(entity_type, decoded)
        if new == decoded:
            return raw  # kept (operator keep, or a private address kept as it is)
        # Written back in the original's encoding: a URL-encoded value stays URL-encoded,
        # an HTML-escaped one (or one inside markup) stays HTML-safe.
        if raw != decoded:
            if "%" in raw:
                return quote(new, safe="")
            if "&" in raw:
                return html.escape(new)
        elif "@" not in raw and _FORM_SPACE.search(raw):  # 'Jane+Roe': a query string's value,
            return quote(new, safe="")  # its spaces as '+' ('jane+news@...' is an address's tag)
        if in_query:  # a URL's query value stays one: '?zip=%3CLOCATION%3A7a1b595c%3E'
            new = quote(new, safe=_QUERY_SAFE)
        if in_html:
            return html.escape(new, quote=False)
        return new


_FORM_SPACE = re.compile(r"[^\W\d_]\+[^\W\d_]")
# A URL query's value starts right before: '?zip=', '&contact%5Bname%5D=' (the key's
# characters: no blank, quote, bracket of markup or another '=')
_QUERY_VALUE_BEFORE = re.compile(r"[?&;][^\s?&#=\"'<>]{1,64}=$")
# What a query value may hold as it is; '<', '>', blanks, '&', '+', '#' and '%' are encoded
_QUERY_SAFE = "@:/.-_~!$'()*,;="


def _decoded(raw: str) -> str:
    if "%" not in raw and "&" not in raw and "<" not in raw:
        return raw  # nothing a view decodes (see views.NEEDS_VIEW): most found values
    return make_view(raw).text


_RUNTIMES: dict[tuple, Runtime] = {}


def runtime(plan: Plan) -> Runtime:
    rt = _RUNTIMES.get(plan.cache_key)
    if rt is None:
        _RUNTIMES.clear()  # one plan per process at a time; do not keep old models alive
        rt = _RUNTIMES[plan.cache_key] = Runtime(plan)
    return rt


_SPILL_MAX_BYTES = 1 << 30


class _Spill:
    """The first pass's detections of each chunk, on disk until the second pass takes
    them: chunk k of a file goes to the same process in both passes, so the second pass
    does not detect again what the first found (NER included) once the memos have
    moved on. Only findings are written (types, offsets, scores), never record text;
    a chunk is known by a hash of its records. Files go when taken, the folder when the
    process ends; past 1 GB waiting, later chunks are detected again instead. A chunk's
    findings are kept per distinct (field, text), in order of first appearance."""

    def __init__(self) -> None:
        self._dir: str | None = None
        self._size = 0

    @staticmethod
    def key(fields: list, texts: list) -> str:
        """A chunk's name by its records (fields and texts as lists)."""
        import hashlib

        h = hashlib.blake2b(digest_size=16)
        if None in fields:  # text lines among them (a CSV or JSON chunk has none: one C-speed scan)
            fields = ["\x01" if f is None else f for f in fields]
        h.update("\x00".join(fields).encode("utf-8", "surrogatepass"))
        h.update("\x00".join(texts).encode("utf-8", "surrogatepass"))
        return f"{len(texts)}-{h.hexdigest()}"

    @staticmethod
    def frame_key(records) -> str:
        """A chunk of structured records' name by its polars frame (field, text), with
        no Python value per record: two 64-bit hashes of each row (different seeds), the
        lot hashed again. Its findings are those of :meth:`Detector.inert`'s live keys
        (see _structured_cells), so it can never be taken for a :meth:`key`'s."""
        import hashlib

        h = hashlib.blake2b(digest_size=16)
        for seed in (0, 7):
            h.update(records.hash_rows(seed=seed).to_numpy().tobytes())
        return f"live{records.height}-{h.hexdigest()}"

    def put(self, key: str, found: list) -> None:
        import os
        import pickle
        import tempfile
        from multiprocessing.util import Finalize
        from shutil import rmtree

        if self._size > _SPILL_MAX_BYTES:
            return
        if self._dir is None:
            # (the process's id in the name says whose it is, when several scans run at once)
            self._dir = tempfile.mkdtemp(prefix=f"piiscan-pass1-{os.getpid()}-")
            # multiprocessing's exit hook, not atexit: a worker forked from the fork
            # server ends with os._exit, which skips atexit but runs these
            Finalize(self, rmtree, args=(self._dir, True), exitpriority=0)
        data = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
        with open(os.path.join(self._dir, key), "wb") as fh:
            fh.write(data)
        self._size += len(data)

    def take(self, key: str) -> list | None:
        """The first pass's findings for the chunk of this name (and forget them), one
        list per distinct (field, text) in order of first appearance (:meth:`key`) or per
        live one (:meth:`frame_key`); or None."""
        import os
        import pickle

        if self._dir is None:
            return None  # no first pass ran in this process
        path = os.path.join(self._dir, key)
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            return None
        os.unlink(path)
        self._size -= len(data)
        return pickle.loads(data)


# Access-log fields memoized per process: a day of logs repeats its user agents,
# referers, requests and clients thousands of times. Reset when full (cheaper than an LRU).
_SEGMENT_CACHE_ENTRIES = 50_000
_SEGMENT_CACHE_CHARS = 8_000_000


class _Memo(dict):
    """A memo keyed by (name, text), bounded in entries and in characters of text: it is
    emptied before a batch that would overflow it (cheaper than an LRU's per-hit cost),
    so it grows by at most one batch past its bounds (two, with the entries that stay).
    Entries a batch asked for again (:meth:`seen_again`) survive the emptying: an
    export's occupations, companies and cities recur in every batch, and a batch of tens
    of thousands of values would otherwise empty the memo each time and detect them
    (NER included) again."""

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0
        self.again: set = set()  # keys asked for again since the last emptying

    def make_room(self, incoming: int, keys=()) -> _Memo:
        """Room for ``incoming`` new entries; ``keys``: the batch's, those here already
        are noted as asked for again first (see seen_again), so they stay."""
        if keys and self:
            self.seen_again(keys)
        if len(self) + incoming > _SEGMENT_CACHE_ENTRIES or self.chars > _SEGMENT_CACHE_CHARS:
            keep = ({key: self[key] for key in self.again if key in self}
                    if len(self.again) <= _SEGMENT_CACHE_ENTRIES else {})
            self.clear()
            self.update(keep)
            self.chars = sum(len(key[1]) for key in keep)
            if self.chars > _SEGMENT_CACHE_CHARS // 2:
                self.clear()
                self.chars = 0
            self.again = set()
        return self

    def seen_again(self, keys) -> None:
        """Note the keys of a batch that are here already (the others are ignored)."""
        self.again.update(key for key in keys if key in self)

    def put(self, key: tuple, value) -> None:
        self[key] = value
        self.chars += len(key[1])

    def put_many(self, keys: list[tuple], values: list) -> None:
        """:meth:`put` for many keys at once (a CSV chunk has tens of thousands)."""
        self.update(zip(keys, values))
        self.chars += sum(len(key[1]) for key in keys)


@dataclass(frozen=True, slots=True)
class _Assembled:
    """What one text (a record, or one access-log field) yields: one row per finding
    (start, end, entity type, score, recognizer, value hash, preview) and the redacted
    text (None: unchanged). Holds record text: never in a repr."""

    rows: tuple = field(repr=False)
    redacted: str | None = field(repr=False)
    dropped: bool = False  # holds a value whose operator is drop: structured writers remove the field


_NOTHING = _Assembled((), None)


@dataclass
class _Batchwise:
    """What a batch-wide path (:func:`_plain_log_lines`, :func:`_structured_cells`) did:
    the findings of the rows it handled (with a ``row`` column), their changed records
    (``row``, ``text``) and rows holding a value to drop; ``lines``: the batch's other
    access-log lines as (row, text, [((kind, value), start, end), ...]), their fields in
    the memo already; ``rest``: the rows left to the per-record path. Frames hold record
    text: never in a repr."""

    findings: object = field(repr=False)
    changed: object = field(repr=False)
    dropped: list = field(default_factory=list)
    lines: list = field(default_factory=list, repr=False)
    rest: list = field(default_factory=list)


def _plain_log_lines(batch, rt: Runtime, redact: bool) -> _Batchwise | None:
    """Findings and redacted text of the batch's plain access-log lines, with no Python
    loop over lines: the fields are cut in polars (``detect.logframe``), each
    field's distinct values are looked up in the per-process memo (detected,
    hashed and pseudonymized once on a miss), and the results are joined back onto the
    lines: finding offsets shifted by each field's start, lines put back together from
    their fields with ``concat_str``. The batch's other access-log lines are split one by
    one, and their fields' new values detected in the same call (a detection call has a
    fixed cost of some milliseconds: the prefilters)."""
    import polars as pl

    from .detect.logframe import KINDS, skipped_values, split_log_lines
    from .detect.structure import log_segments, segment_skipped

    if batch.get_column("field").null_count() != batch.height:
        return None  # structured records (or some): not a log file
    frame = split_log_lines(batch.get_column("text"))
    if frame is None:
        return None
    # each field's distinct values, but those log_segments leaves out (segment_skipped:
    # every line's own timestamp, '-'), which polars drops faster than a loop would
    distinct = {kind: frame.select(pl.col(kind).unique()).filter(~skipped_values(kind, pl.col(kind)))
                .get_column(kind).to_list() for kind in KINDS}
    others, rest = [], []
    if frame.height < batch.height:  # lines that are not plain: Python's split
        unsplit = batch.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("row"), "text") \
            .filter(~pl.col("row").is_in(frame.get_column("row").implode()))
        for i, text in unsplit.iter_rows():
            if text and (segments := log_segments(text)) is not None:
                others.append((i, text, [((kind, text[s:e]), s, e) for kind, s, e in segments]))
            else:
                rest.append(i)
    memo = rt.segment_cache(sum(map(len, distinct.values())) + sum(len(segments) for *_, segments in others))
    misses = [(kind, v) for kind, values in distinct.items() for v in values
              if (kind, v) not in memo and (kind != "tail" or not segment_skipped(kind, v))]
    if others:
        misses = list(dict.fromkeys([*misses, *(key for *_, segments in others for key, _, _ in segments
                                                if key not in memo)]))
    if misses:
        _fill_log_misses(rt, memo, misses, redact)
    finding_parts, replaced, dropped = [], {}, set()
    for kind, values in distinct.items():
        results = [(v, a) for v in values if (a := memo.get((kind, v), _NOTHING)) is not _NOTHING]
        if not results:
            continue
        finding_parts.append(_log_field_findings(frame, kind, results))
        news = {v: a.redacted for v, a in results if a.redacted is not None}
        if news:
            replaced[kind] = news
        dropping = [v for v, a in results if a.dropped]
        if dropping:
            dropped.update(frame.filter(pl.col(kind).is_in(dropping)).get_column("row").to_list())

    findings = _finding_frame(batch, pl.concat(finding_parts).sort("row", "start") if finding_parts else None)
    changed = _rebuilt_lines(frame, batch.get_column("text"), replaced) if replaced else \
        pl.DataFrame(schema={"row": pl.Int64, "text": pl.String})
    return _Batchwise(findings, changed, sorted(dropped), lines=others, rest=rest)


def _structured_cells(batch, rt: Runtime, plan: Plan) -> _Batchwise | None:
    """Findings and redacted text of a batch of structured records (CSV cells, JSON
    values) with no Python loop over records: a record's result depends only on its field,
    its text and the run's known values, so each distinct (field, text) is looked up in
    the memo (detected once on a miss, or taken from the first pass) and the results are
    joined back onto the records. Keys the detector surely finds nothing in
    (:meth:`~.detect.engine.Detector.inert`) and that hold no known value are settled
    in polars: most of an export's distinct cells (ids, timestamps) never become Python
    values."""
    import polars as pl

    from .config import Propagate

    fields = batch.get_column("field")
    if fields.null_count():
        return None  # text lines among them: the per-record path
    spilled = rt.spill.take(rt.spill.frame_key(batch.select("field", "text")))
    frame = batch.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("row"), "field", "text")
    # distinct keys in order of first appearance, as the first pass spilled them
    firsts = frame.group_by("field", "text", maintain_order=True).agg(pl.col("row").first())
    if spilled is not None:
        import numpy as np

        packed, spilled = spilled
        inert = pl.Series("inert", np.unpackbits(np.frombuffer(packed, dtype=np.uint8),
                                                 count=firsts.height).astype(bool))
    else:
        inert = rt.detector.inert(firsts)
    firsts = firsts.with_columns(inert)
    todo = ~pl.col("inert")
    known = plan.known if plan.detection.propagate is Propagate.RUN else None
    if known:
        screen = rt.known_screen(known)
        # an inert key still gets the values found elsewhere in the run
        todo = todo | (pl.lit(screen.holding(firsts.get_column("text"))) if screen is not None else True)
    firsts = firsts.filter(todo)
    keys = list(zip(firsts.get_column("field").to_list(), firsts.get_column("text").to_list()))
    if spilled is not None:  # the first pass's findings of the live keys, in order
        live = iter(spilled)
        spilled = [[] if inert else next(live) for inert in firsts.get_column("inert").to_list()]
    cache = rt.assembled_cache(len(keys), keys)
    misses = [n for n, key in enumerate(keys) if key not in cache]
    if misses:
        _fill_misses(rt, plan, cache, [keys[n] for n in misses],
                     [spilled[n] for n in misses] if spilled is not None else None)
    results = [(key, a) for key in keys if (a := cache[key]) is not _NOTHING]
    findings = _finding_frame(batch, None)
    changed = pl.DataFrame(schema={"row": pl.Int64, "text": pl.String})
    dropped: list[int] = []
    if results:
        rows = [(f, t, *r) for (f, t), a in results for r in a.rows]
        per_key = pl.DataFrame(rows, orient="row", schema={
            "field": pl.String, "text": pl.String, "start": pl.Int64, "end": pl.Int64, "entity_type": pl.String,
            "score": pl.Float64, "recognizer": pl.String, "value_hash": pl.String, "preview": pl.String})
        findings = _finding_frame(batch, frame.join(per_key, on=["field", "text"], how="inner",
                                                    maintain_order="left_right")
                                  .drop("field", "text").sort("row", maintain_order=True))
        news = [(f, t, a.redacted) for (f, t), a in results if a.redacted is not None]
        if news:
            changed = frame.join(pl.DataFrame(news, orient="row", schema={"field": pl.String, "text": pl.String,
                                                                           "new": pl.String}),
                                 on=["field", "text"], how="inner").select("row", text="new")
        drops = [(f, t) for (f, t), a in results if a.dropped]
        if drops:
            dropped = frame.join(pl.DataFrame(drops, orient="row", schema={"field": pl.String, "text": pl.String}),
                                 on=["field", "text"], how="inner").get_column("row").to_list()
        findings, changed, dropped = _firms_rows_batchwise(batch, rt, plan, findings, changed, dropped)
    return _Batchwise(findings, changed, sorted(dropped))


def _firms_rows_batchwise(batch, rt: Runtime, plan: Plan, findings, changed, dropped):
    """:func:`_structured_cells`'s findings with a firm's row's places, lines and desks
    left out (detect.firmrows), the cells that held them assembled anew: a cell's result
    depends on its row there, not only on its field and text."""
    import polars as pl

    from .detect.engine import RawFinding

    fields = batch.get_column("field").unique().to_list()
    names = [f for f in fields if subject_name_field(f)]
    companies = [f for f in fields if company_name_field(f)]
    if not (names or companies) or findings.is_empty():
        return findings, changed, dropped
    # (a name cell where a person was found names no firm: only the others are read, few in a list of people)
    persons = findings.filter(pl.col("entity_type") == "PERSON")
    cells = (batch.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("row"), "source", "record", "field", "text")
             .filter(pl.col("field").is_in(names + companies))
             .join(persons.select("row"), on="row", how="anti")
             .select("source", "record", "field", "text").unique())
    # (a company's column, or a party's, a buyer's, is its row's subject only where no person's name stands beside it)
    people = set(persons.filter(pl.col("field").is_in([f for f in fields if names_its_rows_person(f)]))
                 .select("source", "record").iter_rows())
    firms = firms_rows((((source, record), fld, text) for source, record, fld, text in cells.iter_rows()), people)
    if not firms:
        return findings, changed, dropped
    rows_of_firms = pl.DataFrame(list(firms), schema={"source": pl.String, "record": pl.Int64}, orient="row")
    candidates = findings.filter(pl.col("entity_type").is_in(list(FIRMS_TYPES))).join(
        rows_of_firms, on=["source", "record"], how="semi")
    texts = batch.get_column("text")
    rows_found = candidates.select("row", "field", "start", "end", "entity_type", "source", "record").rows()
    # (the rows that name their contact person, and hold no mobile's number of their own)
    mobiles = set(candidates.filter((pl.col("entity_type") == "PHONE_NUMBER")
                                    & pl.col("field").is_in([f for f in fields if names_a_mobile(f)]))
                  .select("source", "record").iter_rows())
    contacts = set(persons.filter(pl.col("field").is_in([f for f in fields if names_a_contact(f)]))
                   .select("source", "record").iter_rows()) - mobiles
    gone = {(row, start, end) for row, fld, start, end, kind, source, record in rows_found
            if firms_finding(fld, kind, texts[row][start:end], (source, record) in contacts)}
    # (the firm's values where its row's notes repeat them: its line in 'Contact: ..., +243 81 555 0100')
    firms_own = {(source, record, firms_value(kind, texts[row][start:end]))
                 for row, _, start, end, kind, source, record in rows_found if (row, start, end) in gone}
    gone |= {(row, start, end) for row, _, start, end, kind, source, record in rows_found
             if (source, record, firms_value(kind, texts[row][start:end])) in firms_own}
    if not gone:
        return findings, changed, dropped
    rows = sorted({row for row, _, _ in gone})
    hits, news, drops = [], [], set(dropped) - set(rows)
    for (row,), mine in findings.filter(pl.col("row").is_in(rows)).group_by("row", maintain_order=True):
        kept = [RawFinding(kind, start, end, score, recognizer) for start, end, kind, score, recognizer in mine.select(
                    "start", "end", "entity_type", "score", "recognizer").iter_rows() if (row, start, end) not in gone]
        assembled = rt.assemble(texts[row], kept, plan.redact)
        hits += [(row, *r) for r in assembled.rows]
        if assembled.redacted is not None:
            news.append((row, assembled.redacted))
        if assembled.dropped:
            drops.add(row)
    schema = {"row": pl.Int64, "start": pl.Int64, "end": pl.Int64, "entity_type": pl.String, "score": pl.Float64,
              "recognizer": pl.String, "value_hash": pl.String, "preview": pl.String}
    anew = _finding_frame(batch, pl.DataFrame(hits, schema=schema, orient="row"))
    findings = pl.concat([findings.filter(~pl.col("row").is_in(rows)), anew]).sort("row", maintain_order=True)
    changed = pl.concat([changed.filter(~pl.col("row").is_in(rows)),
                         pl.DataFrame(news, schema={"row": pl.Int64, "text": pl.String}, orient="row")])
    return findings, changed, sorted(drops)


def _collect_structured(batch, rt: Runtime) -> BatchResult:
    """The first pass over a batch of structured records: each distinct (field, text)
    the detector may find something in (not :meth:`~.detect.engine.Detector.inert`)
    detected once, its findings spilled for the second pass, the values found returned."""
    import numpy as np

    from .detect.known import known_values

    records = batch.select("field", "text")
    distinct = records.unique(maintain_order=True)
    inert = rt.detector.inert(distinct)
    live = distinct.filter(~inert)
    fields, texts = live.get_column("field").to_list(), live.get_column("text").to_list()
    found = rt.detect_records(texts, fields) if texts else []
    # the screen's verdicts go along (a bit per key): the second pass need not screen again
    rt.spill.put(rt.spill.frame_key(records), (np.packbits(inert.to_numpy()).tobytes(), found))
    drop_fields = set()
    if rt.any_drop:  # fields to remove from structured outputs (operator drop): known before writing
        source = batch.get_column("source")[0]
        drop_fields = {(source, fld) for fld, f in zip(fields, found) if f and rt.drops(f)}
    return BatchResult(None, None, known=known_values(texts, found), drop_fields=drop_fields)


def _finding_frame(batch, hits):
    """Findings (with ``row``) from ``hits``: row, start, end and the finding columns of
    each, in order; source, record and field come from the batch's row."""
    import polars as pl

    schema = {"row": pl.Int64, **findings_schema()}
    if hits is None:
        return pl.DataFrame(schema=schema)
    meta = batch.select("source", "record", "field").with_row_index("row").cast({"row": pl.Int64})
    return hits.join(meta, on="row", how="left", maintain_order="left").select(*schema).cast(schema)


def _fill_misses(rt: Runtime, plan: Plan, cache: _Memo, misses: list[tuple], first_pass: list | None) -> None:
    """Put each missing (field, text) key's result in ``cache``: the first pass's
    findings (``first_pass``, aligned with ``misses``) or detected now, recurrences of
    the run's known values added (``propagate: run``), then assembled."""
    from .config import Propagate
    from .detect.known import propagate

    miss_fields, miss_texts = [f for f, _ in misses], [t for _, t in misses]
    found = first_pass if first_pass is not None else rt.detect_records(miss_texts, miss_fields)
    if plan.detection.propagate is Propagate.RUN:
        found = propagate(miss_texts, found, rt.detector.known_value, plan.known, fields=miss_fields)
    if plan.redact:
        rt.prime(miss_texts, found)
    assemble, redact = rt.assemble, plan.redact
    cache.put_many(misses, [assemble(key[1], f, redact) if f else _NOTHING for key, f in zip(misses, found)])


def _fill_log_misses(rt: Runtime, memo: _Memo, misses: list[tuple[str, str]], redact: bool) -> None:
    """Put each missing access-log (kind, value) key's result in ``memo``: detected,
    the batch's new addresses pseudonymized at once, then assembled to fit its field.

    Client fields that are bare dotted quads skip detection when their finding is known
    in advance (:attr:`~piiscan.detect.engine.Detector.whole_client_address`)."""
    from .normalize import DOTTED_QUAD

    detector = rt.detector
    whole = detector.whole_client_address
    quads: list[str] = []
    if whole is not None:
        rest = []
        for key in misses:
            if key[0] == "client" and DOTTED_QUAD.fullmatch(key[1]) and not detector.allowed(key[1]) \
                    and not key[1].startswith("255.") and not 224 <= int(key[1].partition(".")[0]) <= 239:
                quads.append(key[1])  # (not a netmask's, nor a multicast group's: recognizers/ip.py reports none)
            else:
                rest.append(key)
        misses = rest
    detected = detector.detect_segments(misses) if misses else []
    if redact:
        rt.prime([v for _, v in misses], detected, quads)
    if quads:
        for value, assembled in zip(quads, rt.assemble_dotted_quads(quads, whole, redact, "client")):
            memo.put(("client", value), assembled)
    for key, found in zip(misses, detected):
        memo.put(key, rt.assemble(key[1], found, redact, log_field=key[0]))


def _log_field_findings(frame, kind: str, results: list):
    """One row per finding of one field kind: each distinct value's finding rows (see
    :class:`_Assembled`) joined onto the lines holding it, offsets shifted by the field's
    start."""
    import polars as pl

    rows = [(v, *r) for v, a in results for r in a.rows]
    per_value = pl.DataFrame(rows, orient="row", schema={
        kind: pl.String, "fstart": pl.Int64, "fend": pl.Int64, "entity_type": pl.String, "score": pl.Float64,
        "recognizer": pl.String, "value_hash": pl.String, "preview": pl.String})
    at = pl.col(f"{kind}_at")
    return (frame.select("row", kind, f"{kind}_at")
            .join(per_value, on=kind, how="inner", maintain_order="left_right")
            .select("row", start=at + pl.col("fstart"), end=at + pl.col("fend"), entity_type="entity_type",
                    score="score", recognizer="recognizer", value_hash="value_hash", preview="preview"))


def _rebuilt_lines(frame, texts, replaced: dict[str, dict[str, str]]):
    """(row, text) of each line with a replaced field, put back together: the line's
    text up to each replaced field kind, that field's new value (or its old one, on a
    line where it was not replaced), and the rest of the line after the last."""
    import polars as pl

    from .detect.logframe import KINDS

    lines = frame.filter(pl.any_horizontal([pl.col(k).is_in(list(news)) for k, news in replaced.items()]))
    lines = lines.with_columns(text=texts.gather(lines.get_column("row")))
    pieces, end = [], pl.lit(0, dtype=pl.Int64)
    for k in KINDS:  # in line order
        if k not in replaced:
            continue
        at, value = pl.col(f"{k}_at"), pl.col(k)
        pieces.append(pl.col("text").str.slice(end, at - end))
        pieces.append(value.replace_strict(list(replaced[k]), list(replaced[k].values()), default=value,
                                           return_dtype=pl.String))
        end = at + value.str.len_chars().cast(pl.Int64)
    pieces.append(pl.col("text").str.slice(end))
    return lines.select("row", text=pl.concat_str(pieces))


def _line_findings(parts, i: int) -> list:
    """A text line's findings as its parts hold them, offsets in the whole line (to
    assemble it anew: see _sign_offs, _firm_addresses)."""
    from .detect.engine import RawFinding

    return [RawFinding(r[2], s + r[0], s + r[1], r[3], r[4]) for s, _, a in parts.get(i, []) for r in a.rows]


def _sign_offs(rt: Runtime, plan: Plan, texts, fields, sources, records, rest, parts) -> None:
    """A name alone on the line after a sign-off is a person's (detect.signoff): the
    lines of a text file are records of their own, so no recognizer sees the two lines
    together. Such a line is assembled anew (not from the per-text memo: its result
    depends on the line before)."""
    from .detect.engine import RawFinding, resolve_overlaps
    from .detect.signoff import signed_names

    for i, start, end in signed_names(texts, fields, sources, records, rest):
        found = _line_findings(parts, i)
        over = [f for f in found if f.start < end and start < f.end]
        if any(f.recognizer != "SpacyRecognizer" or f.entity_type not in ("LOCATION", "PERSON")
               or f.entity_type == "PERSON" and (f.start < start or f.end > end) for f in over):
            continue  # found already (a greeting's pattern, a known value, NER's person of more)
        # (NER's place there is the model's guess at a first name alone: 'Cordialement,' then 'Fanta'; its
        # person inside the line's name is a part of it: 'Yours sincerely,' then 'Aoife Byrne', 'Byrne' read)
        found = resolve_overlaps([*(f for f in found if f not in over),
                                  RawFinding("PERSON", start, end, 0.85, "sign_off_line")])
        parts[i] = [(0, len(texts[i]), rt.assemble(texts[i], found, plan.redact))]


def _firm_addresses(rt: Runtime, plan: Plan, texts, fields, sources, records, rest, parts) -> None:
    """The lines after a firm's name in a signature are its address (detect.signoff): no
    one's place, so their places are not reported. Such a line is assembled anew."""
    from .detect.signoff import firm_address_rows

    for i in firm_address_rows(texts, fields, sources, records, [i for i in rest if i in parts]):
        _keep_only(rt, plan, texts, parts, i, lambda f: f.entity_type != "LOCATION")


def _keep_only(rt: Runtime, plan: Plan, texts, parts, i: int, keep) -> None:
    """Record ``i``'s findings that ``keep`` keeps, the record assembled anew if any went."""
    found = _line_findings(parts, i)
    kept = [f for f in found if keep(f)]
    if len(kept) == len(found):
        return
    if kept:
        parts[i] = [(0, len(texts[i]), rt.assemble(texts[i], kept, plan.redact))]
    else:
        del parts[i]


def _firms_rows(rt: Runtime, plan: Plan, texts, fields, sources, records, rest, parts) -> None:
    """A firm's row's places, lines and desks are no one's (detect.firmrows): the cells
    that held them are assembled anew (their result depends on their row)."""
    cells = [((sources[i], records[i]), fields[i], texts[i]) for i in rest
             if (subject_name_field(fields[i]) or company_name_field(fields[i]))
             and not any(f.entity_type == "PERSON" for f in _line_findings(parts, i))]  # (a person's name: no firm)
    people = {(sources[i], records[i]) for i in rest if names_its_rows_person(fields[i])
              and any(f.entity_type == "PERSON" for f in _line_findings(parts, i))} if cells else set()
    firms = firms_rows(cells, people) if cells else None
    if not firms:
        return
    mine = [i for i in rest if i in parts and fields[i] is not None and (sources[i], records[i]) in firms]
    # (the rows that name their contact person, and hold no mobile's number of their own)
    mobiles = {(sources[i], records[i]) for i in mine if names_a_mobile(fields[i])
               and any(f.entity_type == "PHONE_NUMBER" for f in _line_findings(parts, i))}
    contacts = {(sources[i], records[i]) for i in mine if names_a_contact(fields[i])
                and any(f.entity_type == "PERSON" for f in _line_findings(parts, i))} - mobiles
    # the firm's values, and where its row's notes repeat them (as _firms_rows_batchwise)
    firms_own = {(sources[i], records[i], firms_value(f.entity_type, texts[i][f.start:f.end]))
                 for i in mine for f in _line_findings(parts, i)
                 if firms_finding(fields[i], f.entity_type, texts[i][f.start:f.end],
                                  (sources[i], records[i]) in contacts)}
    for i in mine:
        _keep_only(rt, plan, texts, parts, i,
                   lambda f, i=i: not firms_finding(fields[i], f.entity_type, texts[i][f.start:f.end],
                                                    (sources[i], records[i]) in contacts)
                   and (sources[i], records[i], firms_value(f.entity_type, texts[i][f.start:f.end])) not in firms_own)


def process_batch(batch, plan: Plan) -> BatchResult:
    """Detect (and, when the plan says so, redact) one batch of records.

    ``batch`` has the columns source, record, field, text (other columns pass through).
    Access-log lines are handled per field: each distinct field value is detected,
    hashed and pseudonymized once per process, and a line is put back together from its
    fields' results. An optional ``hint`` column names what a record's field does not
    say (a name/value pair's value: ``Phone`` for ``params[2].value``): detection reads
    it in place of the field; findings and output keep the field.
    """
    import polars as pl

    if "hint" not in batch.columns:
        return _process_batch(batch, plan, None)
    fields = batch.get_column("field")
    named = batch.with_columns(pl.coalesce("hint", "field").alias("field")).drop("hint")
    result = _process_batch(named, plan, fields)
    if result.redacted is not None:
        result.redacted = result.redacted.with_columns(fields, batch.get_column("hint"))
    if result.drop_fields:  # a hint's fields, as the writers know them
        by_hint: dict[tuple, set] = {}
        for source, hint, fld in batch.filter(pl.col("hint").is_not_null()).select(
                "source", "hint", "field").unique().iter_rows():
            by_hint.setdefault((source, hint), set()).add((source, fld))
        result.drop_fields = {real for key in result.drop_fields for real in by_hint.get(key, (key,))}
    return result


def _process_batch(batch, plan: Plan, report_fields) -> BatchResult:
    """:func:`process_batch`; ``report_fields``, if given, the fields findings are reported
    under (row by row), in place of the batch's."""
    import polars as pl

    from .config import Propagate
    from .detect.known import known_values, propagate
    from .detect.structure import is_log_line, log_segments

    rt = runtime(plan)
    if plan.collect and batch.height and not batch.get_column("field").null_count():
        return _collect_structured(batch, rt)
    if plan.collect:
        texts = batch.get_column("text").to_list()
        fields = batch.get_column("field").to_list()
        sources = batch.get_column("source").to_list()
        # First pass: the values free text, JSON and CSV records yield (log fields are
        # found on their own in the second pass; no propagation applies to them).
        rest_texts, rest_fields = texts, fields
        if None in fields:  # lines of text among them: leave out the access-log lines
            rest_texts, rest_fields = [], []
            for text, fld in zip(texts, fields):
                if not (fld is None and is_log_line(text)):
                    rest_texts.append(text)
                    rest_fields.append(fld)
        # each distinct (field, text) once: an export repeats its countries and pages
        distinct = list(dict.fromkeys(zip(rest_fields, rest_texts)))
        distinct_texts = [t for _, t in distinct]
        found = rt.detect_records(distinct_texts, [f for f, _ in distinct]) if distinct else []
        if distinct:
            rt.spill.put(rt.spill.key(rest_fields, rest_texts), found)
        # fields to remove from structured outputs (operator drop): known before writing
        drop_fields = {(sources[0], fld) for (fld, _), f in zip(distinct, found)
                       if fld is not None and f and rt.drops(f)} if sources and rt.any_drop else set()
        return BatchResult(None, None, known=known_values(distinct_texts, found), drop_fields=drop_fields)

    # Plain access-log lines, and batches of structured records, are looked up and put
    # back together per batch in polars (_plain_log_lines, _structured_cells); the others
    # one by one below.
    plain = _plain_log_lines(batch, rt, plan.redact)
    if plain is None and plan.detection.propagate is not Propagate.BATCH:
        plain = _structured_cells(batch, rt, plan)
    # The rows left to the per-record path below (few, or none, when a batch-wide path
    # ran): only theirs become Python values, as dicts by row.
    lines: list[tuple[int, str, list]] = []
    rest: list[int] = []
    if plain is None:
        todo, picked = range(batch.height), batch
    else:
        lines, rest = plain.lines, plain.rest
        todo = sorted([*rest, *(i for i, _, _ in lines)])
        picked = batch.select(pl.all().gather(todo))
    texts, fields, sources, records = (dict(zip(todo, picked.get_column(c).to_list()))
                                       for c in ("text", "field", "source", "record"))
    if plain is None:
        for i in todo:
            text = texts[i]
            segments = log_segments(text) if fields[i] is None and text else None
            if segments is None:
                rest.append(i)
            else:
                lines.append((i, text, [((kind, text[s:e]), s, e) for kind, s, e in segments]))

    # parts[i]: (start, end, result) of each piece of record i with findings
    parts: dict[int, list[tuple[int, int, _Assembled]]] = {}
    if lines:
        cache = rt.segment_cache(len(lines))
        misses = list(dict.fromkeys(key for *_, segments in lines for key, _, _ in segments
                                    if key not in cache))
        if misses:
            _fill_log_misses(rt, cache, misses, plan.redact)
        nothing = _NOTHING
        for i, _, segments in lines:
            hits = [(s, e, a) for key, s, e in segments if (a := cache[key]) is not nothing]
            if hits:
                parts[i] = hits
    mode = plan.detection.propagate
    # what the first pass found in these very records, if it ran here (see _Spill)
    spilled = rt.spill.take(rt.spill.key([fields[i] for i in rest], [texts[i] for i in rest])) if rest else None
    keys = [(fields[i], texts[i]) for i in rest]
    by_key = dict(zip(dict.fromkeys(keys), spilled)) if spilled is not None else None
    if rest and mode is Propagate.BATCH:
        # values found anywhere in this batch are looked for in all of it: per batch
        rest_texts = [texts[i] for i in rest]
        rest_fields = [fields[i] for i in rest]
        found_rest = propagate(rest_texts, [by_key[k] for k in keys] if by_key is not None
                               else rt.detect_records(rest_texts, rest_fields),
                               rt.detector.known_value, fields=rest_fields)
        for i, found in zip(rest, found_rest):
            if found:
                parts[i] = [(0, len(texts[i]), rt.assemble(texts[i], found, plan.redact))]
    elif rest:
        # A record's result depends only on its field, its text and the run's known
        # values (the first pass found every value this batch holds): one per distinct key.
        cache = rt.assembled_cache(len(rest))
        misses = list(dict.fromkeys(k for k in keys if k not in cache))
        if misses:
            _fill_misses(rt, plan, cache, misses, [by_key[k] for k in misses] if by_key is not None else None)
        nothing = _NOTHING
        for i, key in zip(rest, keys):
            if (a := cache[key]) is not nothing:
                parts[i] = [(0, len(key[1]), a)]

    if rest and None in fields.values():
        _sign_offs(rt, plan, texts, fields, sources, records, rest, parts)
        _firm_addresses(rt, plan, texts, fields, sources, records, rest, parts)
    if rest:
        _firms_rows(rt, plan, texts, fields, sources, records, rest, parts)

    flat = [(i, s, row) for i in sorted(parts) for s, _, a in parts[i] for row in a.rows]
    findings = pl.DataFrame({
        "row": [i for i, _, _ in flat],
        "source": [sources[i] for i, _, _ in flat],
        "record": [records[i] for i, _, _ in flat],
        "field": [fields[i] for i, _, _ in flat],
        "start": [s + r[0] for _, s, r in flat],
        "end": [s + r[1] for _, s, r in flat],
        "entity_type": [r[2] for _, _, r in flat],
        "score": [r[3] for _, _, r in flat],
        "recognizer": [r[4] for _, _, r in flat],
        "value_hash": [r[5] for _, _, r in flat],
        "preview": [r[6] for _, _, r in flat],
    }, schema={"row": pl.Int64, **findings_schema()})
    if plain is not None and not plain.findings.is_empty():
        # each row's findings stay in their order; rows come in batch order
        findings = pl.concat([findings, plain.findings], how="vertical").sort("row", maintain_order=True)
    if report_fields is not None and findings.height:
        findings = findings.with_columns(report_fields.gather(findings.get_column("row")).alias("field"))
    findings = findings.drop("row")

    changed_rows: dict[int, str] = {}
    dropped = [i for i, hits in parts.items() if any(a.dropped for _, _, a in hits)]
    if plan.redact:
        for i, hits in parts.items():
            text, pieces, pos = texts[i], [], 0
            for s, e, a in hits:
                if a.redacted is not None:
                    pieces.append(text[pos:s])
                    pieces.append(a.redacted)
                    pos = e
            if pieces:
                pieces.append(text[pos:])
                new = "".join(pieces)
                if new != text:
                    changed_rows[i] = new
    if plain is not None:
        dropped += plain.dropped
    if not changed_rows and (plain is None or plain.changed.is_empty()) and not dropped:
        return BatchResult(batch.with_columns(pl.lit(False).alias("changed"), pl.lit(False).alias("dropped")),
                           findings)
    rows = pl.Series(list(changed_rows), dtype=pl.Int64)
    new_texts = pl.Series(list(changed_rows.values()), dtype=pl.String)
    if plain is not None and not plain.changed.is_empty():
        rows = pl.concat([rows, plain.changed.get_column("row")])
        new_texts = pl.concat([new_texts, plain.changed.get_column("text")])
    text = batch.get_column("text")
    changed = pl.Series("changed", [False] * batch.height, dtype=pl.Boolean)
    if len(rows):
        text = text.clone().scatter(rows, new_texts)
        changed = changed.scatter(rows, True)
        if len(rows) * 4 > batch.height:
            # A scattered string column still holds its old strings' buffer, and a worker
            # pickles every buffer back to the main process: with most lines changed
            # (an access log) that doubled the bytes sent. Written anew, only the live
            # strings go (0.08 µs a line; the pickle alone saved 0.5).
            text = pl.select(pl.concat_str(pl.lit(text), pl.lit(""))).to_series().alias("text")
    drop_flags = pl.Series("dropped", [False] * batch.height, dtype=pl.Boolean)
    if dropped:
        drop_flags = drop_flags.scatter(dropped, True)
        changed = changed.scatter(dropped, True)  # a field to remove counts as changed
    redacted = batch.with_columns(text.alias("text"), changed, drop_flags)
    return BatchResult(redacted, findings)
