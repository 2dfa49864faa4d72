"""The ``readoutkit`` command: parse, eval, schema, validate. A thin layer over the API.

Exit status: 0 when everything went well, 1 when some input failed (each
failure is reported on stderr as ``readoutkit: PATH: why``), 2 for a usage
error, 130 when interrupted (Ctrl-C), 141 when the reader of stdout went away.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import IO, Any, Protocol

from readoutkit.batch import (
    FileProblem,
    Item,
    NamedText,
    UnreadableFileError,
    decode_text,
    default_jobs,
    iter_files,
    iter_results,
)
from readoutkit.errors import ValidationError
from readoutkit.evaluate import evaluate
from readoutkit.model import Readout
from readoutkit.parser import COMPILED
from readoutkit.serialize import json_schema, loads, to_dict, write_jsonl
from readoutkit.tabular import CsvTables, to_markdown

__all__ = ["main", "sample_text"]

PROG = "readoutkit"
FORMATS = ("json", "jsonl", "csv", "md")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def sample_text() -> str:
    """The built-in sample readout (``readoutkit parse`` with no input parses it)."""
    return resources.files("readoutkit.data").joinpath("sample.txt").read_text(encoding="utf-8")


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


class _Progress:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed; else nothing."""

    def __init__(self, total: Callable[[], int], enabled: bool) -> None:
        self._bar: Any = None
        if not enabled or not sys.stderr.isatty():
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked later
        self._bar = tqdm(total=total(), unit="file", file=sys.stderr, dynamic_ncols=True)

    def update(self) -> None:
        if self._bar is not None:
            self._bar.update()

    def say(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(f"{PROG}: {message}", file=sys.stderr)
        else:
            _say(message)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


# --------------------------------------------------------------------------
# parse


class _Sink(Protocol):
    def add(self, readout: Readout) -> None: ...


class _TextSink:
    """json, jsonl or md into one text stream, flushed after every readout."""

    def __init__(self, fp: IO[str], fmt: str) -> None:
        self.fp, self.fmt, self.count = fp, fmt, 0

    def add(self, readout: Readout) -> None:
        if self.fmt == "jsonl":
            write_jsonl([readout], self.fp)
        elif self.fmt == "json":
            self.fp.write(json.dumps(to_dict(readout), indent=2, ensure_ascii=False) + "\n")
        else:
            self.fp.write(("\n" if self.count else "") + to_markdown(readout))
        self.fp.flush()
        self.count += 1


class _CsvSink:
    def __init__(self, tables: CsvTables) -> None:
        self.tables = tables

    def add(self, readout: Readout) -> None:
        self.tables.add(readout)


def _inputs(paths: Sequence[str]) -> Iterator[Item]:
    """What to parse, in order: the sample, stdin for ``-``, files and folders."""
    if not paths:
        yield NamedText("<sample>", sample_text())
        return
    for p in paths:
        if p == "-":
            try:
                yield NamedText("<stdin>", decode_text(sys.stdin.buffer.read(), source="<stdin>"))
            except UnreadableFileError as e:
                yield FileProblem(e.source, e.reason)
        else:
            yield from iter_files([p])


def _count(paths: Sequence[str]) -> int:
    return sum(1 if p == "-" else sum(1 for _ in iter_files([p])) for p in paths)


def _stdout() -> IO[str]:
    out = sys.stdout
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")
    return out


def _cmd_parse(args: argparse.Namespace) -> int:
    paths: list[str] = args.paths
    fail: Callable[[str], None] = args.usage_error
    several = len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)
    fmt: str = args.format or ("jsonl" if several else "json")
    if fmt == "json" and several:
        fail("--format json writes one readout; use --format jsonl for several")
    if fmt == "csv" and args.out is None:
        fail("--format csv writes four tables: give a folder with --out DIR")
    if fmt != "csv" and args.out is not None and os.path.isdir(args.out):
        fail(f"--out {args.out} is a folder; --format {fmt} writes one file")
    if paths.count("-") > 1:
        fail("- (stdin) can be given only once")

    failed = total = 0
    with contextlib.ExitStack() as stack:
        sink: _Sink
        if fmt == "csv":
            sink = _CsvSink(stack.enter_context(CsvTables(args.out)))
        elif args.out is not None:
            fp = stack.enter_context(open(args.out, "w", encoding="utf-8"))
            sink = _TextSink(fp, fmt)
        else:
            sink = _TextSink(_stdout(), fmt)
        progress = _Progress(lambda: _count(paths), enabled=several)
        stack.callback(progress.close)
        results = stack.enter_context(
            contextlib.closing(
                iter_results(_inputs(paths), jobs=args.jobs, reference_date=args.reference_date)
            )
        )
        for result in results:
            total += 1
            if isinstance(result, FileProblem):
                failed += 1
                progress.say(str(result))
            else:
                sink.add(result)
            progress.update()
    if failed:
        _say(f"{failed} of {total} inputs failed")
    return 1 if failed else 0


# --------------------------------------------------------------------------
# eval, schema, validate


def _cmd_eval(args: argparse.Namespace) -> int:
    result = evaluate(args.gold)
    for path, why in result.problems:
        _say(f"{path}: {why}")
    if not result.files and not result.problems:
        _say(f"{', '.join(args.gold)}: no *.gold.json files")
        return 1
    out = _stdout()
    if args.json:
        out.write(json.dumps(result.as_json(per_file=args.verbose), indent=2) + "\n")
    else:
        if args.verbose:
            for f in result.files:
                if not f.misses:
                    continue
                st, cm = f.figures["statements.f1"], f.figures["commitments.f1"]
                out.write(f"== {f.name}  statements.f1={st:.2f} commitments.f1={cm:.2f}\n")
                out.writelines(f"   {m}\n" for m in f.misses)
        for k, v in result.summary.items():
            out.write(f"{k:32s} {v:.3f}\n" if isinstance(v, float) else f"{k:32s} {v}\n")
    return 1 if result.problems else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    _stdout().write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _records(path: Path) -> Iterator[tuple[str, bytes]]:
    """``(where, document)`` for each record of a JSON or JSON Lines file."""
    if path.suffix.lower() not in JSONL_SUFFIXES:
        yield str(path), path.read_bytes()
        return
    with open(path, "rb") as fp:
        for lineno, line in enumerate(fp, start=1):
            if line.strip(b" \t\r\n"):
                yield f"{path}:{lineno}", line


def _cmd_validate(args: argparse.Namespace) -> int:
    bad_files = 0
    out = _stdout()
    for name in args.files:
        path, good, bad = Path(name), 0, 0
        try:
            for where, document in _records(path):
                try:
                    loads(document)
                except ValidationError as e:
                    bad += 1
                    _say(f"{where}: {e.path or '<document>'}: {e.reason}")
                else:
                    good += 1
        except OSError as e:
            bad_files += 1
            _say(f"{name}: {e.strerror or e}")
            continue
        bad_files += bool(bad)
        out.write(f"{name}: {good} valid, {bad} invalid\n")
    return 1 if bad_files else 0


# --------------------------------------------------------------------------
# the parser of arguments


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def _version() -> str:
    try:
        version = metadata.version("readoutkit")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"{version} (compiled parser)" if COMPILED else version


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``readoutkit`` command."""
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Turn diplomatic readouts into typed data, every item with its evidence.",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "parse",
        help="parse readouts (the built-in sample when no input is given)",
        description="Parse readouts: files, folders (their *.txt files, recursively) or - for "
        "stdin. With no input, parse a built-in sample readout.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="file, folder, or - for stdin")
    p.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="json: one readout, pretty (the default for one input); jsonl: one readout per "
        "line (the default for several); csv: four tables into --out DIR; md: a summary",
    )
    p.add_argument("-o", "--out", metavar="PATH", help="output file (a folder for csv)")
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=default_jobs(),
        metavar="N",
        help="parse on N processes (default: %(default)s, the CPUs available)",
    )
    p.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date relative dates are read against when the text shows none",
    )
    p.set_defaults(run=_cmd_parse, usage_error=p.error)

    e = sub.add_parser(
        "eval",
        help="score the parser against gold annotations",
        description="Parse each NAME.txt beside a NAME.gold.json and score the result against "
        "the gold (the shared corpus GUIDE.md format).",
    )
    e.add_argument("gold", nargs="+", metavar="GOLD_DIR", help="folder of gold files, or one")
    e.add_argument("-v", "--verbose", action="store_true", help="list each file's misses")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.set_defaults(run=_cmd_eval)

    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.set_defaults(run=_cmd_schema)

    v = sub.add_parser(
        "validate",
        help="check JSON or JSON Lines files of readouts",
        description="Check readout files (.json: one readout; .jsonl: one per line) and report "
        "each bad record with its line and field path.",
    )
    v.add_argument("files", nargs="+", metavar="FILE")
    v.set_defaults(run=_cmd_validate)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    ap = build_parser()
    args = ap.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        # the reader went away (``readoutkit parse DIR | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
