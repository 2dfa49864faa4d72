"""parse_many on 1 vs 2 processes, on generated readout-like texts.

Run:  python benchmarks/bench_scaling.py [--quick]

Reports readouts/s for ``jobs=1`` (in-process) and ``jobs=2`` (process pool,
including its start-up) and the speed-up ratio jobs=2 / jobs=1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import generate_readouts, table

import readoutkit


def run(texts: list[str], jobs: int) -> float:
    t0 = time.perf_counter()
    count = sum(1 for _ in readoutkit.parse_many(texts, jobs=jobs))
    elapsed = time.perf_counter() - t0
    assert count == len(texts)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("-n", type=int, default=None, help="number of texts")
    args = ap.parse_args(argv)
    n = args.n if args.n is not None else (200 if args.quick else 800)
    repeat = 1 if args.quick else 2
    texts = generate_readouts(n, seed=11)
    readoutkit.parse(texts[0])  # load the lexicon in this process
    print(f"{n} generated readouts; CPUs available: {len(os.sched_getaffinity(0))}")
    rows = []
    times: dict[int, float] = {}
    for jobs in (1, 2):
        times[jobs] = min(run(texts, jobs) for _ in range(repeat))
        rows.append([f"jobs={jobs}", f"{times[jobs]:.2f}", f"{n / times[jobs]:,.1f}"])
    print(table(["", "seconds", "readouts/s"], rows))
    print(f"speed-up jobs=2 / jobs=1: {times[1] / times[2]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
