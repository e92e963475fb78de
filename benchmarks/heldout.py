"""Held-out rounds: scan inputs nobody here has read and score the findings against their gold.

The data is written by people (or helpers) who have not seen the code, following
``benchmarks/HELDOUT.md``; it is not kept in the repository, so no one tunes to it. This
script is the round's two steps, so that every round is scored by the same rules:

    python benchmarks/heldout.py scan --tree . --data /tmp/ho38/logs --report /tmp/ho38/rep/a-logs
    python benchmarks/heldout.py score /tmp/ho38/logs /tmp/ho38/rep/a-logs [--no-server] [--lenient]
    python benchmarks/heldout.py score ... --show fn --top value -n 20 --file ULS --type PERSON

Scoring is ``piiscan eval``'s (file, record, field, type agree and the ranges overlap, each
span and finding used once, largest overlap first), reported per file and per type, with:

- ``--no-server``: leaves out the gold's spans marked ``"role": "server"`` (an organization's
  own servers, which piiscan does not report: they are no one's) and the findings over them.
- ``--lenient``: counts every gold piece under one finding (an address found whole where
  the gold has it in pieces) and drops a finding inside a found gold span of its type (an
  address found in pieces where the gold has it whole).
- wrong types: a finding over a gold span of another type, counted apart from the other
  false positives.
- ``--show`` prints the inputs' values around each miss: it is for a round's synthetic data,
  which the writers made up (piiscan's own reports hold masked previews only).
- a text file's finding located inside a one-element line's element or attribute (XML's
  ``<sEmail>value</sEmail>``: field ``sEmail``, offsets into the value) is moved back to the
  line's offsets, as the gold has them.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from piiscan.config import InputFormat  # noqa: E402
from piiscan.evaluate import Score, pair_spans  # noqa: E402
from piiscan.sources.base import detect_format, sniff_encoding  # noqa: E402

NOT_INPUTS = {"gold.jsonl", "EXCLUDED.txt"}  # (the labels; the spec's list of products a writer may not use)
NOT_INPUT_SUFFIXES = {".py", ".md"}


def inputs(data: Path) -> list[Path]:
    return sorted(p for p in data.iterdir() if p.is_file() and p.name not in NOT_INPUTS
                  and p.suffix not in NOT_INPUT_SUFFIXES and not p.name.startswith("."))


def scan(args) -> int:
    data, report = Path(args.data).resolve(), Path(args.report).resolve()
    files = inputs(data)
    if not files:
        sys.exit(f"{data}: no inputs")
    # `python -m` puts the working directory first on sys.path: run in the tree, so that the
    # tree's piiscan is the one scanned whatever directory this is called from.
    tree = Path(args.tree).resolve()
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [args.python or sys.executable, "-m", "piiscan", "scan", *map(str, files),
           "--report-dir", str(report), "--format", "json", "--jobs", str(args.jobs)]
    if args.key_file:
        cmd += ["--key-file", str(Path(args.key_file).resolve())]
    done = subprocess.run(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL)
    return 0 if done.returncode in (0, 1) else done.returncode


# -- reading the inputs back (to move element findings and to show values) -----------------

class Inputs:
    def __init__(self, data: Path):
        self.data = data
        self._cache: dict[str, object] = {}
        self._keys: dict[str, str | None] = {}  # a JSON file's key its records are under (see _records_key)

    def _load(self, name: str):
        if name not in self._cache:
            path = self.data / name
            fmt = detect_format(path)  # as piiscan reads it: a table under '.text' is a table
            encoding = sniff_encoding(path)  # (a UTF-16 export's too, as piiscan reads it)
            text = path.read_text(encoding="utf-8-sig" if encoding == "utf-8" else encoding, errors="replace")
            text = text.removeprefix("\ufeff")
            if fmt is InputFormat.JSONL and name.lower().endswith(".json") and text.strip().count("\n") == 0:
                fmt = InputFormat.JSON  # a compact document on one line (piiscan reads it as one JSON
                # line, its records as 'records[0].x' of line 1): the spec counts its records
            if fmt is InputFormat.CSV:
                head = text.split("\n", 1)[0]
                delim = max(",;\t|", key=head.count)
                self._cache[name] = list(csv.DictReader(text.splitlines(keepends=True),
                                                        delimiter=delim))
            elif fmt is InputFormat.JSON:
                doc = json.loads(text)
                key = _records_key(doc)
                self._keys[name] = key
                self._cache[name] = doc[key] if key is not None else doc if isinstance(doc, list) else [doc]
            elif fmt is InputFormat.JSONL:
                self._cache[name] = [_json_or_text(line) for line in text.split("\n")]
            else:
                self._cache[name] = [line.rstrip("\r") for line in text.split("\n")]
        return self._cache[name]

    def records_key(self, name: str) -> str | None:
        """The key a JSON file's records are under ({"data": [...]}), or None."""
        try:
            self._load(name)
        except (OSError, ValueError):
            return None
        return self._keys.get(name)

    def value(self, name: str, record: int, field: str | None) -> str | None:
        try:
            rec = self._load(name)[record - 1]
        except (IndexError, OSError, ValueError):
            return None
        if field is None:
            return rec if isinstance(rec, str) else None
        if isinstance(rec, dict) and field in rec:
            rec = rec[field]
        else:
            for part in field.split("."):
                if isinstance(rec, dict):
                    rec = rec.get(part)
                elif isinstance(rec, list) and part.isdigit() and int(part) < len(rec):
                    rec = rec[int(part)]
                else:
                    return None
        return rec if isinstance(rec, str) else None


def _records_key(doc) -> str | None:
    """A JSON object's one member that is a list: the records the spec counts (its elements); or, beside a few
    short lists of an export's settings, its one long list (as piiscan's sources/jsonfmt.py reads it)."""
    lists = sorted(((k, v) for k, v in doc.items() if isinstance(v, list)), key=lambda kv: -len(kv[1])) \
        if isinstance(doc, dict) else []
    if len(lists) > 1 and len(lists[0][1]) >= 20 and len(lists[0][1]) >= 5 * sum(len(v) for _, v in lists[1:]):
        return lists[0][0]
    return lists[0][0] if len(lists) == 1 else None


def _json_or_text(line: str):
    try:
        return json.loads(line)
    except ValueError:
        return line


def element_base(line: str, field: str) -> int | None:
    """Where an element's or attribute's value starts in its line, or None."""
    name = re.escape(field.rsplit(".", 1)[-1].lstrip("@"))
    for pattern in (rf"<{name}(?:\s[^>]*)?>(?:<!\[CDATA\[)?", rf"\b{name}\s*=\s*[\"']",
                    rf"\"{name}\"\s*:\s*\""):
        m = re.search(pattern, line)
        if m:
            return m.end()
    return None


# -- scoring ----------------------------------------------------------------------------------

def load(gold_dir: Path, report: Path):
    gold = [json.loads(line) for line in (gold_dir / "gold.jsonl").read_text().splitlines()
            if line.strip()]
    findings = [json.loads(line) for line in (report / "findings.jsonl").read_text().splitlines()
                if line.strip()]
    for f in findings:
        f["file"] = Path(f["source"]).name
    return gold, findings


def _dotted(field: str | None) -> str | None:
    """'attributes[4].value' (piiscan's paths) and 'attributes.4.value' are one path."""
    return re.sub(r"\[(\d+)\]", r".\1", field).lstrip(".") if field else field


def same_conventions(findings, gold, data: Inputs) -> None:
    """Both sides' paths dotted; a JSON object's records under its one list's key (as the
    spec has them) whichever way the findings count them."""
    for row in gold:
        row["field"] = _dotted(row.get("field"))
    wrappers = {name: key + "." for name in {g["file"] for g in gold if g["file"].lower().endswith(".json")}
                if (key := data.records_key(name)) is not None}
    for f in findings:
        f["field"] = _dotted(f.get("field"))
        prefix = wrappers.get(f["file"])
        if prefix and f["record"] == 1 and f["field"] and f["field"].startswith(prefix):
            index, _, rest = f["field"][len(prefix):].partition(".")
            if index.isdigit():
                f["record"], f["field"] = int(index) + 1, rest or None


def move_element_findings(findings, gold, data: Inputs) -> None:
    structured = {g["file"] for g in gold if g.get("field") is not None}
    text_files = {g["file"] for g in gold} - structured
    for f in findings:
        if f["file"] in text_files and f.get("field") is not None:
            line = data.value(f["file"], f["record"], None)
            base = element_base(line, f["field"]) if line is not None else None
            if base is not None:
                f["start"] += base
                f["end"] += base
                f["field"] = None


def _loc(row) -> tuple:
    return row["file"], row["record"], row.get("field")


def _overlaps(a, b) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def match(gold, findings, *, no_server: bool, lenient: bool):
    """Per (file, type) Scores, and the missed, false and wrong-typed rows."""
    gold_types = {g["entity_type"] for g in gold}
    findings = [f for f in findings if f["entity_type"] in gold_types]
    if no_server:
        servers = defaultdict(list)
        for g in gold:
            if g.get("role") == "server":
                servers[_loc(g)].append(g)
        gold = [g for g in gold if g.get("role") != "server"]
        findings = [f for f in findings if not any(_overlaps(f, s) for s in servers[_loc(f)])]
    gold_at, found_at = defaultdict(list), defaultdict(list)
    for g in gold:
        gold_at[_loc(g)].append(g)
    for f in findings:
        found_at[_loc(f)].append(f)
    scores: dict[tuple[str, str], Score] = defaultdict(Score)
    missed, false, wrong = [], [], []
    for loc in set(gold_at) | set(found_at):
        here_g, here_f = gold_at.get(loc, []), found_at.get(loc, [])
        for etype in {r["entity_type"] for r in here_g + here_f}:
            spans = [g for g in here_g if g["entity_type"] == etype]
            found = [f for f in here_f if f["entity_type"] == etype]
            pairs = pair_spans([(g["start"], g["end"]) for g in spans],
                               [(f["start"], f["end"]) for f in found])
            hit_g = {gi for gi, _ in pairs}
            hit_f = {fi for _, fi in pairs}
            tp = len(pairs)
            if lenient:
                for gi, g in enumerate(spans):
                    if gi not in hit_g and any(_overlaps(g, found[fi]) for fi in hit_f):
                        hit_g.add(gi)
                        tp += 1
                for fi, f in enumerate(found):
                    if fi not in hit_f and any(_overlaps(f, spans[gi]) for gi in hit_g):
                        hit_f.add(fi)
            s = scores[loc[0], etype]
            s.tp += tp
            s.fn += len(spans) - len(hit_g)
            s.fp += len(found) - len(hit_f)
            missed += [g for gi, g in enumerate(spans) if gi not in hit_g]
            for fi, f in enumerate(found):
                if fi in hit_f:
                    continue
                under = [g for g in here_g if g["entity_type"] != etype and _overlaps(f, g)]
                if under:
                    wrong.append({**f, "gold_type": under[0]["entity_type"]})
                else:
                    false.append(f)
    return scores, missed, false, wrong


def _total(scores) -> Score:
    return Score(sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))


def _row(name, s: Score) -> str:
    return (f"{name:<44} {s.tp + s.fn:>7} {s.tp:>7} {s.fp:>7} {s.fn:>7}  "
            f"{s.precision:.3f}  {s.recall:.3f}  {s.f1:.3f}")


def score_cmd(args) -> int:
    gold_dir, report = Path(args.gold_dir), Path(args.report)
    data = Inputs(gold_dir)
    gold, findings = load(gold_dir, report)
    same_conventions(findings, gold, data)
    move_element_findings(findings, gold, data)
    scores, missed, false, wrong = match(gold, findings, no_server=args.no_server,
                                         lenient=args.lenient)

    def keep(row) -> bool:
        return ((not args.file or args.file in row["file"])
                and (not args.type or row["entity_type"] == args.type)
                and (not args.field or (row.get("field") or "") == args.field))

    if args.show or args.top:
        rows = {"fn": missed, "fp": false, "wrong": wrong}[args.show or "fn"]
        rows = [r for r in rows if keep(r)]
        for r in rows:
            value = data.value(r["file"], r["record"], r.get("field"))
            r["value"] = value[r["start"]:r["end"]] if value is not None else "?"
            r["context"] = value[max(0, r["start"] - 40):r["end"] + 40] if value else ""
        if args.top:
            get = {"file": lambda r: r["file"], "type": lambda r: r["entity_type"],
                   "field": lambda r: str(r.get("field")), "value": lambda r: r["value"],
                   "recognizer": lambda r: r.get("recognizer", "-")}[args.top]
            for key, n in Counter(map(get, rows)).most_common(args.n):
                print(f"{n:>6}  {key}")
        else:
            for r in rows[: args.n]:
                extra = f" (gold {r['gold_type']})" if "gold_type" in r else ""
                rec = r.get("recognizer", "")
                print(f"{r['file']}:{r['record']} {r.get('field') or ''} {r['entity_type']}{extra}"
                      f" {rec} {r['value']!r}\n    {r['context']!r}")
        return 0

    print(f"{'':<44} {'gold':>7} {'tp':>7} {'fp':>7} {'fn':>7}  prec   rec    F1")
    by_file, by_type = defaultdict(list), defaultdict(list)
    for (file, etype), s in scores.items():
        by_file[file].append(s)
        by_type[etype].append(s)
    for file in sorted(by_file):
        print(_row(file, _total(by_file[file])))
    print()
    for etype in sorted(by_type):
        print(_row(etype, _total(by_type[etype])))
    wrong_by = Counter(f"{w['entity_type']} over {w['gold_type']}" for w in wrong)
    print(f"\nwrong types (in fp): {len(wrong)}" + "".join(
        f"\n  {n:>6} {k}" for k, n in wrong_by.most_common(8)))
    print(_row("\noverall", _total(scores.values())))
    return 0


def main(argv=None) -> int:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # (piped into head: no traceback)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sc = sub.add_parser("scan", help="scan a round's inputs (not its gold, generator or notes)")
    sc.add_argument("--tree", default=".", help="the piiscan source tree to run")
    sc.add_argument("--python", help="interpreter with piiscan's dependencies (default: this one)")
    sc.add_argument("--data", required=True)
    sc.add_argument("--report", required=True)
    sc.add_argument("--key-file")
    sc.add_argument("--jobs", type=int, default=2)
    so = sub.add_parser("score", help="score a report against the round's gold.jsonl")
    so.add_argument("gold_dir")
    so.add_argument("report")
    so.add_argument("--no-server", action="store_true")
    so.add_argument("--lenient", action="store_true")
    so.add_argument("--show", choices=("fn", "fp", "wrong"))
    so.add_argument("--top", choices=("file", "type", "field", "value", "recognizer"))
    so.add_argument("--file", help="only files whose name contains this")
    so.add_argument("--type")
    so.add_argument("--field")
    so.add_argument("-n", type=int, default=30)
    args = ap.parse_args(argv)
    return scan(args) if args.cmd == "scan" else score_cmd(args)


if __name__ == "__main__":
    sys.exit(main())
