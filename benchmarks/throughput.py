"""Throughput of piiscan against stock Presidio, on the same input, in one run.

    python benchmarks/throughput.py --lines 1000000 --jobs 2 [--input access.log] [--write-results]

Without --input it builds an access log of --lines lines by cycling the lines of
sample_data/access.log (synthetic), or of any log given with --seed-log (e.g. the real
Apache log in ../shared/eval-data/access_logs/). piiscan runs end to end (`piiscan redact`,
.log in, redacted .log and report out) in a child process whose peak RSS and PSS (whole
process tree) are sampled from /proc. Stock Presidio (AnalyzerEngine with its default recognizers
and the same spaCy model, AnonymizerEngine replacing each finding) runs in this process
on the first --presidio-lines lines of the same input (a subsample: on all of it, it
would take hours), and the ratio of records/s is printed.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_csv(seed: Path, rows: int, out: Path, *, distinct_emails: bool = False) -> None:
    """An analytics export of ``rows`` data rows, cycling the seed CSV's rows. Each later
    cycle gets new values in the columns that are unique per row in the seed (event ids,
    timestamps) and new client addresses, so the export repeats values no more often than
    the seed does (piiscan memoizes per distinct cell; a plain cycle would flatter it).
    ``distinct_emails``: each cycle also gets new e-mail addresses, as a customer export
    has one per customer (the first pass then carries a known value per row)."""
    import csv
    from datetime import datetime, timedelta

    with open(seed, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        seed_rows = list(reader)
    unique = [len({r[c] for r in seed_rows}) == len(seed_rows) for c in range(len(header))]

    def vary(value: str, cycle: int) -> str:
        if not value:
            return value
        m = _IPV4_CELL.fullmatch(value)
        if m:
            a, b, c, d = (int(x) for x in m.groups())
            return f"{a}.{b}.{(c + cycle * 37) % 256}.{(d + cycle * 101) % 256}"
        if value.isdigit():
            return str(int(value) + cycle * len(seed_rows))
        if distinct_emails and "@" in value and " " not in value:
            local, domain = value.split("@", 1)
            return f"{local}.{cycle}@{domain}"
        try:
            t = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return f"{value}-{cycle}"
        return (t + timedelta(days=cycle)).isoformat().replace("+00:00", "Z")

    with open(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        for n in range(rows):
            cycle, k = divmod(n, len(seed_rows))
            row = seed_rows[k]
            if cycle:
                row = [vary(v, cycle) if unique[c] or _IPV4_CELL.fullmatch(v) or (distinct_emails and "@" in v)
                       else v for c, v in enumerate(row)]
            writer.writerow(row)


_IPV4_CELL = re.compile(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")
_IPV4_AT_START = re.compile(rb"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?=[\s,])")
_REQUEST_PATH = re.compile(rb'"([A-Z]{3,7}) (\S+)')


def _vary(line: bytes, cycle: int) -> bytes:
    """The seed line as a later cycle writes it: another client address and another
    request (query parameter ``c=<cycle>``), so a long input repeats its clients and
    requests no more often than the real seed log does (piiscan caches per distinct
    field value; a plain cycle would flatter it). Referers and user agents repeat as
    they do in real traffic."""
    def client(m):
        a, b, c, d = (int(x) for x in m.groups())
        return b"%d.%d.%d.%d" % (a, b, (c + cycle * 37) % 256, (d + cycle * 101) % 256)

    def request(m):
        sep = b"&" if b"?" in m.group(2) else b"?"
        return b'"%s %s%sc=%d' % (m.group(1), m.group(2), sep, cycle)

    return _REQUEST_PATH.sub(request, _IPV4_AT_START.sub(client, line, count=1), count=1)


def build_input(seed: Path, lines: int, out: Path, *, vary: bool = False) -> None:
    with open(seed, "rb") as fh:
        seed_lines = [line if line.endswith(b"\n") else line + b"\n" for line in fh if line.strip()]
    with open(out, "wb") as fh:
        for n in range(lines):
            cycle, k = divmod(n, len(seed_lines))
            line = seed_lines[k]
            fh.write(_vary(line, cycle) if vary and cycle else line)


def build_forum(seed: Path, posts: int, out: Path, bodies: int) -> None:
    """Forum posts cycling the seed's, each body the next ``bodies`` seed bodies joined
    (so the run can be repeated per post length: 1, 4, 16 bodies) and marked with its
    post number, so no two posts are the same text (piiscan memoizes per distinct text;
    a plain cycle would flatter it)."""
    import json

    if seed.suffix == ".xml":
        seed_posts = xml_posts(seed)
    else:
        with open(seed, encoding="utf-8") as fh:
            seed_posts = [json.loads(line) for line in fh if line.strip()]
    with open(out, "w", encoding="utf-8") as fh:
        for n in range(posts):
            post = dict(seed_posts[n % len(seed_posts)])
            post["body"] = " ".join(seed_posts[(n + k) % len(seed_posts)]["body"] for k in range(bodies))
            post["body"] += f" (post {n})"
            post["title"] = f"{post['title']} (post {n})"
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")


def xml_posts(seed: Path) -> list[dict]:
    """Posts from a Stack Exchange dump of one element per line (Comments.xml, Posts.xml):
    real forum prose, its ``Text`` (or ``Body``) as the body, the title empty."""
    import html
    import re

    attribute = re.compile(r' (?:Text|Body)="([^"]*)"')
    posts = []
    with open(seed, encoding="utf-8") as fh:
        for line in fh:
            m = attribute.search(line)
            if m:
                posts.append({"title": "", "body": html.unescape(m.group(1))})
    return posts


def _mean_body(path: Path) -> float:
    import json

    with open(path, encoding="utf-8") as fh:
        lengths = [len(json.loads(line).get("body", "")) for line in fh if line.strip()]
    return sum(lengths) / max(1, len(lengths))


def _csv_cells(path: Path) -> int:
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        return sum(1 for row in reader for c in row if c)


def _count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


def _tree_memory_kb(root: int, *, pss: bool = True) -> tuple[int, int]:
    """RSS and PSS (0 unless ``pss``) of a process and all its descendants, from /proc
    (kB). RSS counts a page shared by several processes (the fork server's Presidio and
    spaCy, which its workers inherit copy-on-write) once per process; PSS splits it
    among them, so the tree's PSS is the memory it really holds. PSS costs the kernel a
    walk of every mapping: ask for it less often, the sampler shares the run's cores."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            with open(f"/proc/{entry}/statm") as fh:
                pages = int(fh.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        pid = int(entry)
        children.setdefault(ppid, []).append(pid)
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    total_rss = total_pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        total_rss += rss.get(pid, 0)
        total_pss += _pss_kb(pid) if pss else 0
        todo += children.get(pid, [])
    return total_rss, total_pss


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_piiscan(log: Path, jobs: int, workdir: Path, ner: str = "off") -> dict:
    key = workdir / "bench.key"
    if not key.exists():
        key.write_text("3c" * 32 + "\n")
    out = workdir / f"out-j{jobs}"
    cmd = [str(Path(sys.executable).parent / "piiscan"), "redact", str(log), "--out", str(out),
           "--key-file", str(key), "--ner", ner, "--jobs", str(jobs), "--format", "json"]
    peak = peak_pss = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample():
        nonlocal peak, peak_pss
        for n in itertools.count():
            if stop.is_set():
                break
            rss, pss = _tree_memory_kb(proc.pid, pss=n % 10 == 0)  # PSS every 0.5 s
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"piiscan failed ({proc.returncode}): {err.decode()[-2000:]}")
    out_lines = _count_lines(out / log.name)
    return {"seconds": elapsed, "peak_rss_mb": peak / 1024, "peak_pss_mb": peak_pss / 1024, "out_lines": out_lines}


def run_presidio(lines: list[str]) -> dict:
    """Stock Presidio, as its docs show it, kept offline."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    from presidio_anonymizer import AnonymizerEngine

    from piiscan.detect.engine import find_model

    offline = tldextract.TLDExtract(suffix_list_urls=())
    email_recognizer.tldextract.extract = offline  # its module-level call would go online
    model = find_model(None)
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    engine.nlp = {"en": spacy.load(model)}
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    analyzer.analyze(lines[0], language="en")  # warm-up
    t0 = time.perf_counter()
    for line in lines:
        results = analyzer.analyze(line, language="en")
        anonymizer.anonymize(line, results)
    return {"seconds": time.perf_counter() - t0, "model": model}


def _times(ratio: float) -> str:
    # one decimal below 10x: 4.6x must not print as 5x next to a 5x target
    return f"{ratio:.1f}×" if ratio < 10 else f"{ratio:,.0f}×"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem_gb:.0f} GiB RAM, Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=["log", "csv", "forum"], default="log",
                    help="log: access log lines; csv: an analytics export (records = cells); "
                    "forum: JSONL posts with NER on (records = posts; Presidio gets title + body)")
    ap.add_argument("--input", type=Path, help="an input to use as it is")
    ap.add_argument("--seed-log", type=Path, default=ROOT / "sample_data" / "access.log",
                    help="log: the lines to cycle; forum: posts to cycle (JSONL, or a Stack "
                    "Exchange XML dump such as ../shared/eval-data/text_dumps/"
                    "stackexchange_history_Comments.xml: real prose)")
    ap.add_argument("--lines", type=int, default=200_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--presidio-lines", type=int, default=1000)
    ap.add_argument("--post-bodies", type=int, default=1,
                    help="forum: seed bodies joined into each post (post length: 1, 4, 16...)")
    ap.add_argument("--distinct-emails", action="store_true",
                    help="csv: a new e-mail address in every cycle of the seed (a customer export: "
                    "one known value per row for the second pass to look for)")
    ap.add_argument("--ner", choices=["on", "off", "auto"],
                    help="piiscan's --ner (default: on for forum posts, off otherwise; a CSV with "
                    "NER on is what a user with a spaCy model installed gets)")
    ap.add_argument("--write-results", action="store_true", help="append the table to benchmarks/RESULTS.md")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="piiscan-bench-") as tmp:
        workdir = Path(tmp)
        log = args.input or workdir / {"log": "access.log", "csv": "export.csv", "forum": "posts.jsonl"}[args.kind]
        if not args.input:
            if args.kind == "forum":
                if args.seed_log.suffix not in (".jsonl", ".xml"):
                    args.seed_log = ROOT / "sample_data" / "forum.jsonl"
                build_forum(args.seed_log, args.lines, log, args.post_bodies)
            elif args.kind == "csv":
                if args.seed_log.suffix != ".csv":
                    args.seed_log = ROOT / "sample_data" / "analytics.csv"
                build_csv(args.seed_log, args.lines, log, distinct_emails=args.distinct_emails)
            else:
                build_input(args.seed_log, args.lines, log, vary=True)
        size_mb = log.stat().st_size / 2**20
        n_lines = _count_lines(log)
        mean_body = _mean_body(log) if args.kind == "forum" else 0.0
        units = _csv_cells(log) if args.kind == "csv" else n_lines
        rows = []
        for jobs in args.jobs:
            ner = args.ner or ("on" if args.kind == "forum" else "off")
            r = run_piiscan(log, jobs, workdir, ner=ner)
            assert r["out_lines"] == n_lines, "the redacted copy lost lines"
            rows.append((f"piiscan redact --jobs {jobs}" + (f" --ner {ner}" if args.ner else ""), units,
                         r["seconds"], (r["peak_rss_mb"], r["peak_pss_mb"])))
        if args.kind == "forum":
            import json

            with open(log, encoding="utf-8") as fh:
                sample = [f"{p['title']}\n{p['body']}" for p in
                          (json.loads(line) for line in itertools.islice(fh, args.presidio_lines))]
        elif args.kind == "csv":
            import csv

            with open(log, newline="", encoding="utf-8") as fh:
                reader = csv.reader(fh)
                next(reader)
                cells = [c for row in itertools.islice(reader, args.presidio_lines) for c in row if c]
            sample = cells
        else:
            with open(log, encoding="utf-8", errors="replace") as fh:
                sample = [line.rstrip("\n") for line in itertools.islice(fh, args.presidio_lines)]
        pres = run_presidio(sample)
        unit = {"csv": "cells", "forum": "posts", "log": "lines"}[args.kind]
        rows.append((f"stock Presidio ({pres['model']}), first {len(sample):,} {unit}", len(sample),
                     pres["seconds"], None))

    presidio_rate = rows[-1][1] / rows[-1][2]
    what = {"csv": f"{units:,} non-empty cells in {n_lines - 1:,} CSV rows"
                   + (", a new e-mail address per cycle of the seed" if args.distinct_emails else ""),
            "forum": f"{n_lines:,} forum posts (JSONL, NER on; {mean_body:,.0f} characters of "
                     f"body per post on average)",
            "log": f"{n_lines:,} access-log lines"}[args.kind]
    header = (f"Input: {what}, {size_mb:.1f} MB "
              f"({'given: ' + str(args.input) if args.input else 'cycled from ' + str(args.seed_log.relative_to(ROOT) if args.seed_log.is_relative_to(ROOT) else args.seed_log) + (', each cycle with new client addresses and requests' if args.kind == 'log' else '')}); "
              f"machine: {machine()}")
    unit = {"csv": "cells", "forum": "posts", "log": "lines"}[args.kind]
    lines = [header, "", f"| run | {unit} | seconds | {unit}/s | MB/s | peak RSS (tree) | peak PSS (tree) "
                         "| × Presidio |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, n, secs, mem in rows:
        rate = n / secs
        mbs = f"{size_mb * n / units / secs:.1f}"
        rss, pss = mem or ("—", "—")
        lines.append(f"| {name} | {n:,} | {secs:.2f} | {rate:,.0f} | {mbs} | "
                     f"{f'{rss:,.0f} MB' if mem else rss} | {f'{pss:,.0f} MB' if mem else pss} | "
                     f"{_times(rate / presidio_rate)} |")
    table = "\n".join(lines)
    from results import publish

    publish("Throughput", table, write=args.write_results)


if __name__ == "__main__":
    main()
