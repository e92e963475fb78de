"""Operator throughput: distinct values per second per operator, and with the per-value cache.

    python benchmarks/operators.py [--values 20000] [--write-results]

Each operator runs over N distinct synthetic values of each entity type it handles (a
cold pass: every value computed once), then over the same values again through the
runtime's per-value cache (what a log that repeats its clients costs). Stock Presidio's
``hash`` and ``encrypt`` operators (AnonymizerEngine.anonymize on one span) run on the
same values for comparison.
"""

from __future__ import annotations

import argparse
import ipaddress
import random
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from piiscan.config import Operator, OperatorSpec  # noqa: E402
from piiscan.keys import Key  # noqa: E402
from piiscan.operators.apply import Operators  # noqa: E402


def values(entity: str, n: int, rng: random.Random) -> list[str]:
    if entity == "IP_ADDRESS":  # clients of a few thousand networks, as in a real log
        nets = [rng.getrandbits(24) for _ in range(max(1, n // 20))]
        return list({str(ipaddress.IPv4Address((rng.choice(nets) << 8) | rng.getrandbits(8))) for _ in range(n)})
    if entity == "EMAIL_ADDRESS":
        return [f"user{i}.{rng.getrandbits(20):x}@example{i % 97}.com" for i in range(n)]
    if entity == "PHONE_NUMBER":
        return [f"+44 20 {rng.randrange(7000, 7999)} {rng.randrange(1000, 9999)}" for _ in range(n)]
    if entity == "HARDWARE_ID":
        return [":".join(f"{rng.getrandbits(8):02x}" for _ in range(6)) for _ in range(n)]
    return [f"Person Name {i}" for i in range(n)]  # PERSON


CASES = [
    ("ip-prefix", "IP_ADDRESS", OperatorSpec(Operator.IP_PREFIX)),
    ("pseudonym", "IP_ADDRESS", OperatorSpec(Operator.PSEUDONYM)),
    ("pseudonym", "EMAIL_ADDRESS", OperatorSpec(Operator.PSEUDONYM)),
    ("pseudonym", "PHONE_NUMBER", OperatorSpec(Operator.PSEUDONYM)),
    ("pseudonym", "HARDWARE_ID", OperatorSpec(Operator.PSEUDONYM)),
    ("pseudonym", "PERSON", OperatorSpec(Operator.PSEUDONYM)),
    ("encrypt", "EMAIL_ADDRESS", OperatorSpec(Operator.ENCRYPT)),
    ("mask", "PHONE_NUMBER", OperatorSpec(Operator.MASK, keep_last=4)),
    ("generalize", "IP_ADDRESS", OperatorSpec(Operator.GENERALIZE)),
    ("generalize", "PHONE_NUMBER", OperatorSpec(Operator.GENERALIZE)),
    ("redact", "PERSON", OperatorSpec(Operator.REDACT)),
]


def presidio_rates(sample: list[str]) -> list[tuple[str, float]]:
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    engine = AnonymizerEngine()
    out = []
    for name, config in [("hash (sha256, salted)", OperatorConfig("hash", {"hash_type": "sha256"})),
                         ("encrypt (AES-CBC)", OperatorConfig("encrypt", {"key": "WmZq4t7w!z%C&F)J"}))]:
        t0 = time.perf_counter()
        for v in sample:
            engine.anonymize(v, [RecognizerResult("EMAIL_ADDRESS", 0, len(v), 1.0)], {"EMAIL_ADDRESS": config})
        out.append((name, len(sample) / (time.perf_counter() - t0)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--values", type=int, default=20_000)
    ap.add_argument("--write-results", action="store_true")
    args = ap.parse_args()
    rng = random.Random(7)
    key = Key(bytes(range(32)))
    rows = []
    for name, entity, spec in CASES:
        ops = Operators(key, {entity: spec})
        vals = values(entity, args.values, rng)
        t0 = time.perf_counter()
        for v in vals:
            ops.apply(entity, v)
        cold = len(vals) / (time.perf_counter() - t0)
        cached = lru_cache(maxsize=200_000)(ops.apply)  # as piiscan.process.Runtime caches
        for v in vals:
            cached(entity, v)
        t0 = time.perf_counter()
        for _ in range(5):
            for v in vals:
                cached(entity, v)
        warm = 5 * len(vals) / (time.perf_counter() - t0)
        rows.append((f"piiscan {name}", entity, len(vals), cold, warm))
    sample = values("EMAIL_ADDRESS", min(args.values, 5000), rng)
    for name, rate in presidio_rates(sample):
        rows.append((f"stock Presidio {name}", "EMAIL_ADDRESS", len(sample), rate, None))
    lines = ["| operator | entity type | distinct values | values/s (each computed) | values/s (cache hits) |",
             "|---|---|---:|---:|---:|"]
    for name, entity, n, cold, warm in rows:
        lines.append(f"| {name} | {entity} | {n:,} | {cold:,.0f} | {f'{warm:,.0f}' if warm else '—'} |")
    table = "\n".join(lines)
    from results import publish

    publish("Operators", table, write=args.write_results)


if __name__ == "__main__":
    main()
