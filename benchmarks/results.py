"""Appending a benchmark's table to benchmarks/RESULTS.md, with the command that made it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def append(title: str, text: str) -> None:
    """A section '## TITLE, DATE', the command line of this run, then ``text``."""
    cmd = f"python benchmarks/{Path(sys.argv[0]).name} " + " ".join(sys.argv[1:])
    with open(RESULTS, "a", encoding="utf-8") as fh:
        fh.write(f"\n## {title}, {time.strftime('%Y-%m-%d')}\n\n`{cmd}`\n\n{text}\n")


def publish(title: str, text: str, *, write: bool) -> None:
    """Print a benchmark's result; with ``write``, also append it to RESULTS.md."""
    print(text)
    if write:
        append(title, text)
