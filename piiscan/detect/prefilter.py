"""Turn a recognizer's Python regex into a prefilter that polars' Rust engine can run.

Presidio patterns use lookarounds (``(?<!\\w/)`` to skip version strings) that Rust's
regex engine does not have. The prefilter is a *superset*: it matches wherever the
original could, so running it over a whole column finds every candidate region fast,
and the original (Python) regex then runs on that small region only.

Rules, each of which can only widen what matches:

* negative lookarounds and lookaheads are dropped;
* a positive lookbehind at the very start (before anything consuming) becomes a
  consuming group, so the candidate region includes the key (``user=``) that makes the
  match; of several such lookbehinds in a row the longest is kept, the others dropped;
* likewise a positive lookahead at the very end (``Name(?= from IT says)``) becomes
  consuming: a match still starts where the original's does, and the context after it
  keeps the prefilter selective;
* other positive lookbehinds are dropped; atomic groups become plain groups;
  possessive quantifiers become greedy ones;
* verbose-mode whitespace and comments are removed; characters Rust reads differently
  inside a class (``[``, ``&``, ``~``) are escaped;
* Unicode classes (``\\w \\d \\s``, their negations, ``\\p{L}`` and kin) become "the
  ASCII class, or any non-ASCII character" (inside a negated class: the ASCII class
  alone, so the negation widens), and word boundaries are dropped. Rust compiles a
  Unicode ``\\w`` into thousands of UTF-8 states, 5 ms a pattern, and pays it again and
  again: polars keeps 32 compiled regexes per thread, and there are more prefilters
  than that. The widened forms compile in microseconds; the recognizer's regex decides.

A pattern with a backreference gets no prefilter (None): it runs on whole records.
"""

from __future__ import annotations

import re

_FLAG_LETTERS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s"}

# Any non-ASCII character, with case folding off: folding a class of a million code
# points costs Rust a second, and without it the class is still all of non-ASCII.
_NON_ASCII = "(?-i:[^\\x00-\\x7f])"
# The ASCII part of each class escape. In a plain class it is a superset once any
# non-ASCII character is allowed too; in a negated class it is a subset, so the negation
# is a superset. (Python's \s also holds \x1c-\x1f.)
_CLASS_ITEMS = {
    "w": "0-9A-Za-z_",
    "d": "0-9",
    "s": "\\t-\\r\\x1c-\\x20",
    "W": "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f",
    "D": "\\x00-\\x2f\\x3a-\\x7f",
    "S": "\\x00-\\x08\\x0e-\\x1b\\x21-\\x7f",
}
# Unicode properties as their ASCII part (plus any non-ASCII character; as above).
# Widened outside classes and in plain classes only: in a negated class they stay.
_PROPERTIES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "Lt": "", "Lm": "", "Lo": "", "M": "",
               "Mn": "", "Mc": "", "Me": "", "N": "0-9", "Nd": "0-9"}
_PROPERTY = re.compile(r"\\p\{(\w+)\}")


class _Unsupported(ValueError):
    pass


def _strip_verbose(pattern: str) -> str:
    """Remove verbose-mode whitespace and comments (outside classes and escapes)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            # a ']' (or '^]') right after '[' is a literal
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif ch == "#":
            while i < len(pattern) and pattern[i] != "\n":
                i += 1
            continue
        elif not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(out)


def _structural(p: str, start: int = 0):
    """(index, char) of each character outside escapes and character classes."""
    i, in_class = start, False
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # a ']' (or '^]') right after '[' is a literal
            if p[i + 1 : i + 2] == "^":
                i += 1
            if p[i + 1 : i + 2] == "]":
                i += 1
        else:
            yield i, ch
        i += 1


def _group_end(p: str, start: int) -> int:
    """Index just after the group opening at ``start`` (p[start] == '(')."""
    depth = 0
    for i, ch in _structural(p, start):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    raise _Unsupported("unbalanced parentheses")


def _rewrite(p: str, at_start: bool) -> str:
    """Rewrite a (non-verbose) pattern body by the rules above."""
    out: list[str] = []
    i = 0
    leading: list[str] = []  # positive lookbehinds before anything consuming
    consumed = not at_start
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            esc = p[i : i + 2]
            if re.fullmatch(r"\\[1-9]", esc) or p.startswith("\\g<", i):
                raise _Unsupported("backreference")
            if esc == "\\Z":
                esc = "\\z"
            elif esc[1:] in _CLASS_ITEMS:
                esc = f"(?:[{_CLASS_ITEMS[esc[1:]]}]|{_NON_ASCII})"
            elif (pm := _PROPERTY.match(p, i)) and pm.group(1) in _PROPERTIES:
                ascii_part = _PROPERTIES[pm.group(1)]
                out.append(f"(?:[{ascii_part}]|{_NON_ASCII})" if ascii_part else _NON_ASCII)
                consumed = True
                i = pm.end()
                continue
            elif pm := _PROPERTY.match(p, i):
                out.append(pm.group())  # a script's class, whole ('\p{Hebrew}'): its '}' is no quantifier's,
                consumed = True  # and a '+' after it no possessive's
                i = pm.end()
                continue
            elif esc in ("\\b", "\\B"):
                i += 2  # a boundary consumes nothing: dropping it only widens
                continue
            elif esc[1:] in ("'", '"', "`", "#", " ", "%", "@", "/", "<", ">", "=", ":", ",", ";", "!"):
                esc = re.escape(esc[1:]) if esc[1:] in " #" else esc[1:]
            out.append(esc)
            consumed = True
            i += 2
            continue
        if ch == "[":
            j, cls = i + 1, ["["]
            negated = p[j : j + 1] == "^"
            if negated:
                cls.append("^")
                j += 1
            if p[j : j + 1] == "]":
                cls.append("\\]")
                j += 1
            widened = False
            while j < len(p) and p[j] != "]":
                pm = _PROPERTY.match(p, j)
                if pm and not negated and pm.group(1) in _PROPERTIES:
                    cls.append(_PROPERTIES[pm.group(1)])
                    widened = True
                    j = pm.end()
                    continue
                if p[j] == "\\":
                    item = _CLASS_ITEMS.get(p[j + 1 : j + 2])
                    cls.append(item or p[j : j + 2])
                    widened |= item is not None and not negated
                    j += 2
                    continue
                cls.append("\\" + p[j] if p[j] in "[&~" else p[j])
                j += 1
            cls.append("]")
            out.append(f"(?:{''.join(cls)}|{_NON_ASCII})" if widened else "".join(cls))
            consumed = True
            i = j + 1
            continue
        if ch == "(":
            end = _group_end(p, i)
            inner = p[i + 1 : end - 1]
            if inner.startswith("?P="):
                raise _Unsupported("backreference")
            if inner.startswith(("?=", "?!", "?<!")):
                i = end
                continue
            if inner.startswith("?<="):
                if not consumed:
                    leading.append(_rewrite(inner[3:], at_start=True))
                i = end
                continue
            if inner.startswith("?#"):
                i = end
                continue
            m = re.match(r"\?P?<([A-Za-z_]\w*)>", inner)
            if m:
                body, head = inner[m.end():], f"(?P<{m.group(1)}>"
            elif inner.startswith("?>"):
                body, head = inner[2:], "(?:"
            else:
                m = re.match(r"\?[a-zA-Z\-]*:", inner)
                if m:
                    body, head = inner[m.end():], "(" + m.group()
                elif re.fullmatch(r"\?[a-zA-Z]+", inner):  # a global inline flag: handled by caller
                    i = end
                    continue
                else:
                    body, head = inner, "("
            out.append(head + _rewrite(body, at_start=not consumed and False) + ")")
            consumed = True
            i = end
            continue
        if ch in "*+?}" and p[i + 1 : i + 2] == "+":  # possessive -> greedy
            out.append(ch)
            i += 2
            continue
        if ch == "|":
            out.append(ch)
            i += 1
            continue
        if ch not in "^$":
            consumed = True
        out.append(ch)
        i += 1
    prefix = f"(?:{max(leading, key=len)})" if leading else ""
    return prefix + "".join(out)


def rust_prefilter(pattern: str, flags: int) -> str | None:
    """The polars/Rust-compatible superset of ``pattern`` (compiled with ``flags``), or None."""
    verbose = bool(flags & re.VERBOSE)
    m = re.match(r"\(\?([aiLmsux]+)\)", pattern)
    inline = m.group(1) if m else ""
    if m:
        pattern = pattern[m.end():]
    if verbose or "x" in inline:
        pattern = _strip_verbose(pattern)
    letters = {letter for flag, letter in _FLAG_LETTERS.items() if flags & flag}
    letters |= {c for c in inline if c in "ims"}
    try:
        body = _rewrite(_trailing_lookahead_consumed(pattern), at_start=True)
    except _Unsupported:
        return None
    if "|" in _top_level_alternation(pattern):
        # A leading lookbehind only guards the first branch of a top-level alternation;
        # rewrite each branch on its own instead.
        try:
            body = "|".join(_rewrite(_trailing_lookahead_consumed(b), at_start=True)
                            for b in _split_top_level(pattern))
        except _Unsupported:
            return None
    flag_prefix = f"(?{''.join(sorted(letters))})" if letters else ""
    return flag_prefix + body


# A bounded repetition up to more than this many becomes unbounded in a screen (below).
_SCREEN_MAX_COUNT = 8
_BOUNDED = re.compile(r"\{(\d*),(\d+)\}")


def screen(prefilter: str) -> str:
    """A cheaper superset of ``prefilter`` for a yes-or-no test (does a record hold any
    candidate?), not for candidates' spans: each bounded repetition ``{n,m}`` with m over
    _SCREEN_MAX_COUNT becomes ``{n,}``. Rust's lazy DFA counts a bounded repetition in
    states, and a user name's ``[a-z_](?:...){0,63}@...`` can start anywhere, so an
    alternation of some twenty of them ran out of the DFA's cache and fell back to a slower
    engine: one took 1.26 s over 20k access-log lines where its screened form takes 0.013 s
    (all of them: 3.6 s -> 0.7 s). Unbounded, the same parts need a few states each.
    """
    out, last = [], 0
    for i, ch in _structural(prefilter):
        if ch == "{":
            m = _BOUNDED.match(prefilter, i)
            if m and int(m.group(2)) > _SCREEN_MAX_COUNT:
                out.append(prefilter[last:i])
                out.append("{%s,}" % (m.group(1) or "0"))
                last = m.end()
    out.append(prefilter[last:])
    return "".join(out)


def _trailing_lookahead_consumed(p: str) -> str:
    """``p`` with a positive lookahead that ends it (at the top level) made a plain group."""
    depth, last_open = 0, None
    for i, ch in _structural(p):
        if ch == "(":
            if depth == 0:
                last_open = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and i == len(p) - 1 and last_open is not None and p.startswith("(?=", last_open):
                return p[:last_open] + "(?:" + p[last_open + 3:]
    return p


def _split_top_level(p: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in _structural(p):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
    parts.append(p[start:])
    return parts


def _top_level_alternation(p: str) -> str:
    return "|" if len(_split_top_level(p)) > 1 else ""
