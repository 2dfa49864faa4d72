"""Throughput of readoutkit.parse, as ratios to a regex sentence-split baseline.

Run:  python benchmarks/bench_parse.py [--quick]

1. Throughput (readouts/s, MB/s) on the dev corpus (../shared/corpus/dev/*.txt,
   repeated; skipped with a message if absent) and on 10,000 generated
   readout-like texts (--quick: 200). Each is reported as a ratio to two
   baselines measured in the same run on the same texts, so figures compare
   across machines: one regex pass that only splits the texts into sentences
   (the issue's floor), and one regex pass that only lists every word with its
   offsets (the least a parser that reports spans has to do).
2. Linear-time curve: parse time per KB for adversarial inputs at 10 KB,
   100 KB and 1 MB (--quick: 10 KB and 100 KB; --full adds 10 MB, the size
   limit). Each size runs in a child process with a time cap; growth of the
   time per KB by more than 1.5x from one size to the next (10x larger) is
   flagged SUPERLINEAR?. The same table gives the child's peak memory growth
   during the parse, in bytes per input character: bounded memory shows as a
   flat figure.
3. --profile N: after the throughput rows, cProfile of parse over the same texts,
   the top N functions by own time and by cumulative time (where the time goes;
   the profiler roughly doubles the run time, so read shares, not seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.metadata
import multiprocessing as mp
import pstats
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import best_time, corpus_texts, generate_readouts, table

import readoutkit
from readoutkit.parser import COMPILED

_SPLIT = regex.compile(r"(?<=[.!?])\s+").split
_WORD = regex.compile(r"\w+").finditer


def baseline(texts: list[str]) -> None:
    """The sentence-split floor: one regex pass per text."""
    for t in texts:
        _SPLIT(t)


def token_baseline(texts: list[str]) -> None:
    """The token floor: every word of every text, with its offsets."""
    for t in texts:
        [(m.start(), m.end()) for m in _WORD(t)]


def parse_all(texts: list[str]) -> None:
    for t in texts:
        readoutkit.parse(t)


def throughput_row(label: str, texts: list[str], repeat: int) -> list[str]:
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    t_parse = best_time(lambda: parse_all(texts), repeat)
    t_base = best_time(lambda: baseline(texts), max(repeat, 5))
    t_tok = best_time(lambda: token_baseline(texts), max(repeat, 5))
    n = len(texts)
    return [
        label,
        f"{n}",
        f"{nbytes / 1e3:.0f}",
        f"{n / t_parse:,.1f}",
        f"{nbytes / t_parse / 1e6:.3f}",
        f"{n / t_base:,.0f}",
        f"{nbytes / t_base / 1e6:.1f}",
        f"{t_parse / t_base:,.0f}x",
        f"{t_tok / t_base:,.1f}x",
        f"{t_parse / t_tok:,.0f}x",
    ]


# --------------------------------------------------------------------------
# Adversarial inputs: each maker returns a text of exactly ``n`` characters.


def _repeat(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    # a run of capitalised words, no punctuation, no newline
    "capitalised run": _repeat("Alder Brennan Corvin Dalmar Estry Falken "),
    # chained titles
    "chained titles": _repeat("Minister and "),
    # quotes opened and never closed
    "unclosed quotes": _repeat('Marchetti said "Valdoria will keep working on '),
    # a long comma list after a reporting verb
    "comma list": _repeat("Varga, Quill, Rendt, "),
    # readout-like sentences on one long single line
    "one long line": _repeat(
        "Foreign Minister Arlo Varga said Valdoria will support the river basin project. "
    ),
    # a file of many short readouts, one paragraph each
    "readout file": _repeat(
        "President Arlo Varga held talks with Prime Minister Ivo Quill on Monday.\n"
        "Varga said Valdoria is ready to deepen cooperation. Quill said he will visit soon.\n\n"
    ),
}


def _peak_rss() -> int:
    """This process's peak resident set so far, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _child(name: str, n: int, out: mp.Queue[tuple[float, int]]) -> None:
    text = ADVERSARIAL[name](n)
    readoutkit.parse("President Arlo Varga met Prime Minister Ivo Quill.")  # warm caches
    before = _peak_rss()
    best = float("inf")
    for _ in range(3 if n <= 100_000 else 1):  # best of 3 for the small, noisy sizes
        t0 = time.perf_counter()
        readoutkit.parse(text)
        best = min(best, time.perf_counter() - t0)
    out.put((best, _peak_rss() - before))


def timed_parse(name: str, n: int, cap: float) -> tuple[float, int] | None:
    """Seconds to parse the adversarial text in a child process, and the growth of its
    peak memory in bytes; None if over ``cap``."""
    ctx = mp.get_context("fork")
    q: mp.Queue[tuple[float, int]] = ctx.Queue()
    p = ctx.Process(target=_child, args=(name, n, q))
    p.start()
    p.join(cap)
    if p.is_alive():
        p.terminate()
        p.join()
        return None
    return q.get() if not q.empty() else (float("nan"), 0)


def linear_curve(sizes: list[int], cap: float) -> None:
    print(f"\n== Linear-time curve: parse time per KB (child process, cap {cap:.0f} s per size)")
    print("   memory: growth of the child's peak RSS during the parse, bytes per input char")
    headers = [
        "input",
        *(f"{_size(s)} ms/KB" for s in sizes),
        "verdict",
        *(f"{_size(s)} mem B/char" for s in sizes),
    ]
    rows = []
    for name in ADVERSARIAL:
        per_kb: list[float | None] = []
        cells = []
        mem_cells = []
        for n in sizes:
            predicted = per_kb[-1] * n / 1000 / 1000 if per_kb and per_kb[-1] is not None else 0
            if predicted > cap:
                per_kb.append(None)  # over the cap even if linear: skip, keep the run short
                cells.append(f"skipped ({predicted:.0f} s if linear)")
                mem_cells.append("-")
                continue
            got = timed_parse(name, n, cap)
            if got is None:
                per_kb.append(None)
                cells.append(f">{cap * 1000 / (n / 1000):.1f} (cap)")
                mem_cells.append("-")
            else:
                secs, grown = got
                per_kb.append(secs * 1000 / (n / 1000))
                cells.append(f"{per_kb[-1]:.2f}")
                mem_cells.append(f"{grown / n:.0f}")
            print(
                f"   {name} {_size(n)}: {cells[-1]} ms/KB, {mem_cells[-1]} B/char",
                file=sys.stderr,
                flush=True,
            )
        verdict = "linear"
        for prev, cur, n in zip(per_kb, per_kb[1:], sizes[1:], strict=False):
            if prev is None:
                continue
            if cur is None:
                # over the cap at this size: superlinear only if linear growth would fit
                if prev * n / 1000 / 1000 < cap:
                    verdict = "SUPERLINEAR?"
                elif verdict == "linear":
                    verdict = "linear so far (slow; larger size over cap)"
            if cur is not None and cur > 1.5 * prev:
                verdict = "SUPERLINEAR?"
        rows.append([name, *cells, verdict, *mem_cells])
    print(table(headers, rows))


def profile(texts: list[str], top: int) -> None:
    """Print the ``top`` functions by own and by cumulative time over one parse of each text."""
    prof = cProfile.Profile()
    prof.runcall(parse_all, texts)
    for key in ("tottime", "cumulative"):
        print(f"\n== Profile: top {top} by {key} ({len(texts)} parses)")
        pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats(key).print_stats(top)


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller runs (about 20 s)")
    ap.add_argument("--full", action="store_true", help="add 10 MB inputs (several minutes)")
    ap.add_argument("--profile", type=int, metavar="N", help="print the top N functions")
    ap.add_argument("--cap", type=float, default=None, help="seconds allowed per adversarial parse")
    args = ap.parse_args(argv)
    quick: bool = args.quick
    repeat = 1 if quick else 3
    n_generated = 200 if quick else 10_000
    sizes = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    if args.full:
        sizes.append(10_000_000)
    cap = args.cap if args.cap is not None else (15.0 if quick else 120.0 if args.full else 20.0)

    t_start = time.perf_counter()
    readoutkit.parse("President Arlo Varga met Prime Minister Ivo Quill.")  # load the lexicon
    build = "compiled parser (mypyc)" if COMPILED else "pure-Python parser"
    print(f"readoutkit {importlib.metadata.version('readoutkit')} parse benchmark, {build}")
    print("baselines, same texts: split = regex split on (?<=[.!?])\\s+; tokens = regex \\w+ spans")
    print("ratio = parse time / split time; token/split and parse/token likewise")
    rows = []
    corpus = corpus_texts()
    if corpus is None:
        print("(dev corpus ../shared/corpus/dev absent: corpus row skipped)")
    else:
        reps = 1 if quick else 3
        rows.append(throughput_row(f"dev corpus x{reps}", corpus * reps, repeat))
    # one pass over 10,000 texts is long enough to be stable
    generated = generate_readouts(n_generated)
    rows.append(throughput_row("generated", generated, 1))
    print(
        table(
            [
                *("texts", "n", "KB", "parse/s", "parse MB/s", "split/s", "split MB/s"),
                *("ratio", "token/split", "parse/token"),
            ],
            rows,
        )
    )
    if args.profile:
        profile(corpus if corpus is not None else generated[:200], args.profile)
    linear_curve(sizes, cap)
    print(f"\ntotal {time.perf_counter() - t_start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
