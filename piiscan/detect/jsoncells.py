"""JSON held in a structured record's text: an analytics export's ``properties`` column
(``{"$ip": "203.0.113.5", "$geoip_city_name": "Austin"}``), a value that is JSON again.

Each value is detected as a record of its own, its field the record's field and the
value's key path (``properties.$ip``): the key is evidence, as in a JSON-lines file,
and a key is never read as prose (NER over the whole text made a person of
``$browser``). Each key is detected too (an object keyed by e-mail address), under the
record's field and ``key``, a name that types no value (an ``address`` cell's keys,
``locality`` and ``country``, are no places). Findings are mapped back into the record's
text, through any JSON escapes, so the record is redacted in place and stays JSON: a
replacement holds no quote, backslash or control character.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import RawFinding

# (field, text to detect, offset of that text in the record, raw offset of each of its
# characters and of its end relative to that offset; None: the same as in the text)
_Part = tuple[str, str, int, "list[int] | None"]


def json_parts(text: str, field: str) -> list[_Part] | None:
    """The values and keys of ``text`` if it is a JSON object or array (None if not)."""
    from ..sources.jsonfmt import _STRING_TOKEN, json_document_values, value_spans

    stripped = text.strip()
    if len(stripped) < 2 or stripped[0] + stripped[-1] not in ("{}", "[]"):
        return None
    try:
        pairs: dict[int, str] = {}  # a name/value pair's value goes by the pair's name
        values = json_document_values(text, pairs)[1]
    except (ValueError, RecursionError):
        return _json_lines_parts(text, field) if "\n" in stripped else None
    parts: list[_Part] = []
    spans = value_spans(text, [(n, token, key) for _, _, n, token, key in values]) if values else []
    value_tokens = set()
    for n, ((path, value, _, token, _), (start, end, _)) in enumerate(zip(values, spans)):
        if token >= 0:  # a string: its characters inside the quotes
            value_tokens.add(token)
            start, end = start + 1, end - 1
        path = pairs.get(n, path)
        sub = field if path is None else f"{field}{path}" if path.startswith("[") else f"{field}.{path}"
        parts.append(_part(sub, value, text, start, end))
    for n, m in enumerate(_STRING_TOKEN.finditer(text)):
        if n not in value_tokens:  # a key
            parts.append(_part(f"{field}.key", json.loads(m.group()), text, m.start() + 1, m.end() - 1))
    return parts


def _json_lines_parts(text: str, field: str) -> list[_Part] | None:
    """The values and keys of JSON lines held in one text (an Elasticsearch bulk request's
    body in its audit log: an action's line, then its document's), each line's as
    :func:`json_parts` gives them; None unless every line that is not blank is JSON."""
    parts: list[_Part] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            line_parts = json_parts(line, field)
            if line_parts is None:
                return None
            parts += [(sub, value, start + offset, raw) for sub, value, offset, raw in line_parts]
        start += len(line) + 1
    return parts


def _part(field: str, value: str, text: str, start: int, end: int) -> _Part:
    raw = text[start:end]
    if raw == value:
        return field, value, start, None
    offsets = _raw_offsets(raw)
    if len(offsets) != len(value) + 1:  # (not expected of valid JSON) the text as written
        return field, raw, start, None
    return field, value, start, offsets


def _raw_offsets(raw: str) -> list[int]:
    """Per character of a JSON string's decoded value, and its end, the offset in the
    string as written (``raw``: between the quotes)."""
    out, i, n = [], 0, len(raw)
    while i < n:
        out.append(i)
        if raw[i] != "\\":
            i += 1
        elif raw[i + 1] != "u":
            i += 2
        elif (0xD800 <= int(raw[i + 2:i + 6], 16) < 0xDC00 and raw[i + 6:i + 8] == "\\u"
              and 0xDC00 <= int(raw[i + 8:i + 12], 16) < 0xE000):
            i += 12  # a surrogate pair: one character
        else:
            i += 6
    out.append(n)
    return out


def through_json(texts: Sequence[str], fields: Sequence[str | None],
                 detect: Callable[[list[str], list[str | None]], list[list[RawFinding]]]
                 ) -> list[list[RawFinding]]:
    """``detect(texts, fields)``, with each structured record that holds JSON detected
    by its parts (see the module's doc). Parts are deduplicated across the batch: an
    export's every row repeats its keys."""
    from .engine import RawFinding
    from .structure import is_label_field

    cells: dict[int, list[_Part]] = {}
    for i, (text, field) in enumerate(zip(texts, fields)):
        if field is not None and text and text[0] in "{[ \t\r\n" and not is_label_field(field):
            parts = json_parts(text, field)  # (a label's JSON is labels too: Jotform's 'sublabels')
            if parts is not None:
                cells[i] = parts
    if not cells:
        return detect(list(texts), list(fields))
    plain = [i for i in range(len(texts)) if i not in cells]
    keys = list(dict.fromkeys((f, t) for parts in cells.values() for f, t, _, _ in parts))
    found = detect([texts[i] for i in plain] + [t for _, t in keys], [fields[i] for i in plain] + [f for f, _ in keys])
    out: list[list[RawFinding]] = [[] for _ in texts]
    for i, f in zip(plain, found):
        out[i] = f
    by_key = dict(zip(keys, found[len(plain):]))
    for i, parts in cells.items():
        mapped = []
        for f, t, at, offsets in parts:
            for r in by_key[(f, t)]:
                start, end = (r.start, r.end) if offsets is None else (offsets[r.start], offsets[r.end])
                mapped.append(RawFinding(r.entity_type, at + start, at + end, r.score, r.recognizer))
        out[i] = sorted(mapped, key=lambda r: (r.start, r.end))
    return out
