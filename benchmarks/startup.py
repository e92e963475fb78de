"""Start-up: how long piiscan takes, as a whole process, for one line, against stock Presidio.

    python benchmarks/startup.py [--runs 7] [--write-results]

Each command runs --runs times as a child process, the commands taking turns (so a busy
moment of the machine falls on all of them), and the median, fastest and slowest wall
times are printed:

- ``piiscan --help``;
- ``piiscan scan`` of one access-log line with NER off, and of one forum post (JSONL)
  with NER on (its prose goes through the model; a log line would not load it): the
  whole process, from the interpreter's start to the report written and the process
  gone. The time to the first record, which is what issue 3's targets name, is less;
- stock Presidio on the post's title and body in a fresh process: import, AnalyzerEngine
  with its default recognizers and the same spaCy model, one analyze and anonymize
  (``throughput.run_presidio``, kept offline as there);
- ``import presidio_analyzer`` alone: the floor for anything built on it (it imports spaCy
  and compiles its recognizers' patterns on import).

The inputs are the first line of sample_data/access.log and of sample_data/forum.jsonl.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent


def _first_line(path: Path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.readline()


def _wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--write-results", action="store_true", help="append the table to benchmarks/RESULTS.md")
    args = ap.parse_args()

    from throughput import machine

    python = sys.executable
    piiscan = str(Path(python).parent / "piiscan")
    with tempfile.TemporaryDirectory(prefix="piiscan-startup-") as tmp:
        work = Path(tmp)
        log, post = work / "one.log", work / "one.jsonl"
        log.write_text(_first_line(ROOT / "sample_data" / "access.log"), encoding="utf-8")
        post.write_text(_first_line(ROOT / "sample_data" / "forum.jsonl"), encoding="utf-8")
        prose = work / "post.txt"
        record = json.loads(post.read_text(encoding="utf-8"))
        prose.write_text(f"{record['title']}\n{record['body']}", encoding="utf-8")
        key = work / "bench.key"
        key.write_text("3c" * 32 + "\n")

        def scan(path: Path, ner: str) -> list[str]:
            return [piiscan, "scan", str(path), "--report-dir", str(work / f"report-{ner}"),
                    "--key-file", str(key), "--ner", ner, "--format", "json"]

        presidio = ("import sys; sys.path.insert(0, sys.argv[1]); from throughput import run_presidio; "
                    "run_presidio([open(sys.argv[2], encoding='utf-8').read()])")
        commands = {
            "`piiscan --help`": [piiscan, "--help"],
            "`piiscan scan`, one log line, `--ner off`": scan(log, "off"),
            "`piiscan scan`, one forum post, `--ner on`": scan(post, "on"),
            "stock Presidio, the same post (import, engines, analyze + anonymize)":
                [python, "-c", presidio, str(BENCH), str(prose)],
            "`import presidio_analyzer` alone": [python, "-c", "import presidio_analyzer"],
        }
        for cmd in commands.values():  # warm the page cache and the bytecode caches
            _wall(cmd)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(_wall(cmd))

    lines = [f"{args.runs} runs of each, taking turns; whole processes; "
             f"machine: {machine()}", "",
             "| command | median s | fastest s | slowest s |", "|---|---:|---:|---:|"]
    for name, walls in times.items():
        lines.append(f"| {name} | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} |")
    from results import publish

    publish("Start-up", "\n".join(lines), write=args.write_results)


if __name__ == "__main__":
    main()
