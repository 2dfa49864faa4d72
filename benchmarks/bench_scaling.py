"""parse_many from 1 process to all available cores, on generated readout-like texts.

Run:  python benchmarks/bench_scaling.py [--quick] [-n N]

Reports readouts/s for ``jobs=1`` (in-process), then 2, 4, 8, ... processes and
the number of available cores (a process pool, its start-up included), each with
its speed-up over ``jobs=1`` and the efficiency (speed-up / jobs).
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
    cores = len(os.sched_getaffinity(0))
    print(f"{n} generated readouts; CPUs available: {cores}")
    rows = []
    times: dict[int, float] = {}
    for jobs in job_counts(cores):
        times[jobs] = min(run(texts, jobs) for _ in range(repeat))
        speed_up = times[1] / times[jobs]
        rows.append(
            [
                f"jobs={jobs}",
                f"{times[jobs]:.2f}",
                f"{n / times[jobs]:,.1f}",
                f"{speed_up:.2f}x",
                f"{speed_up / jobs:.0%}",
            ]
        )
    print(table(["", "seconds", "readouts/s", "speed-up", "efficiency"], rows))
    return 0


def job_counts(cores: int) -> list[int]:
    """1, 2, 4, ... below ``cores``, then ``cores`` itself."""
    counts = [1]
    while counts[-1] * 2 < cores:
        counts.append(counts[-1] * 2)
    if cores > 1:
        counts.append(cores)
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
