"""Access-log lines split into their fields for a whole batch at once, in polars.

:func:`~.structure.log_segments` splits one line with Python's ``re`` (about 5 µs a
line). A day of logs is millions of lines, nearly all written by one server in one
format: single spaces between fields, no escaped quotes. Such *plain* lines (common,
combined and vhost_combined formats) are recognized by polars regexes over the batch
(no capture groups: Rust's DFA, not its slower capturing engine) and cut with literal
splits and slices. Every other line (double blanks, escaped quotes, not a log at all)
is left to ``log_segments``: the two agree on every plain line (a test checks it).
"""

from __future__ import annotations

# Kinds in line order, as structure.log_segments names them. The status and size are
# not fields worth scanning; "time" is scanned only when it is no timestamp, and
# "tail" (what a format appends after the agent) only when it is not blank: both rules
# are applied per distinct value by the caller (see ``structure.segment_skipped``).
KINDS = ("client", "ident", "user", "time", "request", "referer", "agent", "tail")

# A head token: no blank (in Python's sense or Rust's), no comma (client), no quote.
_TOKEN = r'[^\s,"\x1c-\x1f\x85]+'
_SITE = r'[^\s,"\[\x1c-\x1f\x85]+'  # Apache's vhost_combined puts the site first
_PLAIN_COMMON = (
    "^(?:" + _SITE + " )?"                     # the site, if any
    + _TOKEN + "(?:, " + _TOKEN + ")*"         # client, or an X-Forwarded-For chain
    + " " + _TOKEN + " " + _TOKEN             # ident, user
    + r' \[[^\]"]*\]'                          # [time]
    + r' "[^"\\]*"'                            # "request" (no escapes in a plain line)
    + r" (?:\d{3}|-) (?:\d+|-)"                # status, size
)
_PLAIN_COMBINED = _PLAIN_COMMON + r' "[^"\\]*" "[^"\\]*"'  # "referer" "agent"
# A common-format line is plain when no quote follows the size: after ' "', Python's
# split may see a referer and agent with escapes in them (left to log_segments).
_PLAIN_COMMON_ONLY = _PLAIN_COMMON + r'(?:$| $| [^"])'


def split_log_lines(texts):
    """The fields of each plain common- or combined-format line of ``texts`` (a polars
    String Series): a frame with ``row`` (the index into ``texts``) and, per kind, the
    field's value and its start offset (``<kind>_at``, in characters). Lines that are not
    plain are not in it."""
    import polars as pl

    frame = pl.DataFrame({"text": texts}).with_row_index("row").cast({"row": pl.Int64})
    combined = frame.get_column("text").str.contains(_PLAIN_COMBINED)
    parts = [_split(frame.filter(combined), combined=True)]
    if not combined.all():
        common = frame.filter(~combined)
        parts.append(_split(common.filter(pl.col("text").str.contains(_PLAIN_COMMON_ONLY)), combined=False))
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else pl.concat(parts)


def skipped_values(kind: str, value):
    """A polars expression: whether :func:`~.structure.segment_skipped` leaves out the
    field ``value`` (an expression) of this kind. The same rules, but for a tail (few
    distinct values; Python's idea of a blank is kept there)."""
    from .structure import _TIMESTAMP

    skipped = value.is_in(["", "-"])
    if kind == "time":
        skipped = skipped | value.str.contains(f"^(?:{_TIMESTAMP.pattern})$")
    return skipped


def _split(frame, *, combined: bool):
    import polars as pl

    if frame.is_empty():
        return None
    # In stages: each expression reads columns made by the stage before, so nothing is
    # computed twice (one nested lazy query recomputed shared parts: 8x slower).
    col, n = pl.col, lambda name: pl.col(name).str.len_chars().cast(pl.Int64)
    frame = frame.with_columns(q=col("text").str.split('"'))
    frame = frame.with_columns(
        head=col("q").list.get(0),  # 'client ident user [time] '
        request=col("q").list.get(1),
        status_size=col("q").list.get(2),  # ' 200 512 ' (common format: ' 200 512' and more)
        referer=col("q").list.get(3) if combined else pl.lit(""),
        agent=col("q").list.get(5) if combined else pl.lit(""),
    ).drop("q")
    # 'client ident user': no ' [' in it (str.find would give a byte offset; slices
    # and offsets here count characters)
    frame = frame.with_columns(names=col("head").str.splitn(" [", 2).struct.field("field_0"))
    frame = frame.with_columns(time=col("head").str.slice(n("names") + 2, n("head") - n("names") - 4))
    frame = frame.with_columns(tokens=col("names").str.split(" "))
    frame = frame.with_columns(user=col("tokens").list.get(-1), ident=col("tokens").list.get(-2))
    # '[site ]client': a site is there when a blank follows something else than the
    # comma of an X-Forwarded-For chain
    frame = frame.with_columns(sited=col("names").str.slice(0, n("names") - n("user") - n("ident") - 2))
    frame = frame.with_columns(client_at=pl.when(col("sited").str.contains("[^,] "))
                               .then(col("sited").str.split(" ").list.first().str.len_chars().cast(pl.Int64) + 1)
                               .otherwise(pl.lit(0, dtype=pl.Int64)))
    frame = frame.with_columns(client=col("sited").str.slice(col("client_at")))
    frame = frame.with_columns(
        ident_at=n("sited") + 1,
        user_at=n("sited") + n("ident") + 2,
        time_at=n("names") + 2,
        request_at=n("head") + 1,
    )
    if combined:
        frame = frame.with_columns(referer_at=n("head") + n("request") + n("status_size") + 3)
        frame = frame.with_columns(agent_at=col("referer_at") + n("referer") + 3)
        frame = frame.with_columns(tail_at=col("agent_at") + n("agent") + 1)
    else:
        # the status and size end the fields; the empty referer and agent, and the
        # tail, start there
        size = col("status_size").str.splitn(" ", 4)
        frame = frame.with_columns(size_end=n("head") + n("request") + 4
                                   + size.struct.field("field_1").str.len_chars().cast(pl.Int64)
                                   + size.struct.field("field_2").str.len_chars().cast(pl.Int64))
        frame = frame.with_columns(referer_at="size_end", agent_at="size_end", tail_at="size_end")
    frame = frame.with_columns(tail=col("text").str.slice(col("tail_at")))
    return frame.select("row", *[c for k in KINDS for c in (k, f"{k}_at")])
