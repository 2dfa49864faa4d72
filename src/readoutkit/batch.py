"""Many readouts at once: read files, parse on several processes, keep input order.

Two entry points over one engine:

- :func:`parse_many` yields one :class:`~readoutkit.model.Readout` per item and
  raises on the first item it cannot parse (an unreadable file raises
  :class:`UnreadableFileError`; the parser's own errors propagate as they are).
- :func:`iter_results` never stops for one bad item: it yields a
  :class:`FileProblem` in that item's place. The command line uses it.

Items are texts (``str``), files (``os.PathLike``, e.g. ``pathlib.Path``), or
:class:`NamedText` (a text with a name that becomes ``Readout.source``). A file's
path becomes ``Readout.source``; a bare text keeps ``source=None``. A ``str`` is
always text, never a path: wrap paths in ``pathlib.Path`` (a warning says so
when a ``str`` item names an existing file).

With ``jobs > 1`` the work goes to a process pool in chunks, at most ``2 * jobs``
chunks in flight, so memory stays flat however long the input and results come
back in input order. An input of one chunk or less is parsed in-process.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
import os
import signal
import warnings
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Union

import attrs

from readoutkit.errors import InputTooLargeError, ReadoutkitError
from readoutkit.lexicon import Lexicon
from readoutkit.model import Readout
from readoutkit.parser import parse

__all__ = [
    "FileProblem",
    "Item",
    "NamedText",
    "UnreadableFileError",
    "decode_text",
    "default_jobs",
    "iter_files",
    "iter_results",
    "parse_file",
    "parse_many",
    "read_text",
]

_BOM = b"\xef\xbb\xbf"


@attrs.frozen
class NamedText:
    """A text with a name (a file name, a database key): the name becomes ``Readout.source``."""

    name: str
    text: str


@attrs.frozen
class FileProblem:
    """An input that gave no readout: ``source`` names it, ``reason`` says why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class UnreadableFileError(ReadoutkitError):
    """A file could not be read as a readout (missing, a folder, binary, not UTF-8, empty)."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (UnreadableFileError, (self.source, self.reason))


#: What :func:`parse_many` and :func:`iter_results` accept: a text, a file, a named
#: text, or a :class:`FileProblem` (passed through in its place, so that a caller
#: that lists inputs can report a bad one in order).
Item = Union[str, "os.PathLike[str]", NamedText, FileProblem]


def decode_text(data: bytes, *, source: str) -> str:
    """Decode a readout file's bytes: strict UTF-8, BOM dropped, newlines as ``\\n``.

    Raises :class:`UnreadableFileError` for binary data (a NUL byte), invalid
    UTF-8 (naming the byte offset) and empty or blank input. ``\\r\\n`` and ``\\r``
    become ``\\n``, as Python's text mode does, so the result equals what
    ``open(path, encoding="utf-8").read()`` gives for a well-formed file.
    """
    nul = data.find(b"\0")
    if nul >= 0:
        raise UnreadableFileError(source, f"binary file (NUL byte at byte {nul})")
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as e:
        raise UnreadableFileError(source, f"not UTF-8 at byte {e.start + skip}") from None
    if not text.strip():
        raise UnreadableFileError(source, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _why(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file or folder"
    if isinstance(e, IsADirectoryError):
        return "is a folder"
    if isinstance(e, PermissionError):
        return "permission denied"
    return e.strerror or str(e)


def read_text(path: str | os.PathLike[str]) -> str:
    """Read one readout file (see :func:`decode_text`); raise :class:`UnreadableFileError`."""
    source = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UnreadableFileError(source, _why(e)) from None
    return decode_text(data, source=source)


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    lexicon: Lexicon | None = None,
) -> Readout:
    """Read and parse one file; ``Readout.source`` is its path. A picklable top-level function
    for Dask, Ray or Spark map steps."""
    text = read_text(path)
    return parse(text, reference_date=reference_date, lexicon=lexicon, source=os.fspath(path))


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> Iterator[Path | FileProblem]:
    """``*.txt`` files under a folder, by name, depth first; hidden entries skipped."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield FileProblem(str(folder), _why(e))
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.name.lower().endswith(".txt") and (entry.is_file() or entry.is_symlink()):
            yield path


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | FileProblem]:
    """Expand paths as the command line does, lazily and in order.

    A folder gives its ``*.txt`` files, recursively, sorted by name (hidden files
    and folders are skipped, symlinked folders are not followed); a folder with
    none gives a :class:`FileProblem`. Anything else is given as it is, so a
    missing or unreadable file is reported when it is read.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = False
            for f in _walk(path):
                found = True
                yield f
            if not found:
                yield FileProblem(str(path), "folder has no *.txt files")
        else:
            yield path


def default_jobs() -> int:
    """The number of CPUs this process may use (at least 1)."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        n: int | None = counter()
    elif hasattr(os, "sched_getaffinity"):
        n = len(os.sched_getaffinity(0))
    else:
        n = os.cpu_count()
    return max(1, n or 1)


@attrs.frozen
class _Config:
    reference_date: dt.date | None
    lexicon: Lexicon | None
    strict: bool


def _one(index: int, item: Item, config: _Config) -> Readout | FileProblem:
    """Parse one item; in strict mode raise, else return a FileProblem for a bad one."""
    if isinstance(item, FileProblem):
        if config.strict:
            raise UnreadableFileError(item.source, item.reason)
        return item
    if isinstance(item, str):
        text, source, label = item, None, f"<text {index}>"
    elif isinstance(item, NamedText):
        text, source, label = item.text, item.name, item.name
    else:
        source = label = os.fspath(item)
        try:
            text = read_text(item)
        except UnreadableFileError as e:
            if config.strict:
                raise
            return FileProblem(e.source, e.reason)
    try:
        return parse(
            text, reference_date=config.reference_date, lexicon=config.lexicon, source=source
        )
    except Exception as e:
        if config.strict:
            raise
        if isinstance(e, InputTooLargeError):
            return FileProblem(label, str(e))
        return FileProblem(label, f"parser failed: {type(e).__name__}: {e}")


_worker_config: _Config | None = None


def _init_worker(config: _Config) -> None:
    """Pool initializer: the parent handles Ctrl-C; the config arrives once per worker."""
    global _worker_config
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_config = config


def _work_chunk(chunk: list[tuple[int, Item]]) -> list[Readout | FileProblem]:
    config = _worker_config
    assert config is not None, "worker not initialized"
    return [_one(i, item, config) for i, item in chunk]


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now (on Ctrl-C, an error, or a consumer that stopped early)."""
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def _check(jobs: int | None, chunksize: int) -> int:
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    return jobs


def _looks_like_a_path(item: str) -> bool:
    return len(item) < 1024 and not any(c.isspace() for c in item) and os.path.isfile(item)


def _checked(items: Iterable[Item]) -> Iterator[Item]:
    """The items, with a warning for a ``str`` that names a file (it is parsed as text)."""
    for item in items:
        if isinstance(item, str) and _looks_like_a_path(item):
            warnings.warn(
                f"{item!r} names a file but a str item is parsed as text; "
                "pass a pathlib.Path to read the file",
                UserWarning,
                stacklevel=2,
            )
        yield item


def _run(
    items: Iterable[Item], config: _Config, jobs: int, chunksize: int
) -> Generator[Readout | FileProblem, None, None]:
    numbered = enumerate(_checked(items))
    first = list(itertools.islice(numbered, chunksize))
    if not first:
        return
    second = list(itertools.islice(numbered, chunksize))
    if jobs == 1 or not second:
        for i, item in itertools.chain(first, second, numbered):
            yield _one(i, item, config)
        return
    chunks = itertools.chain(
        [first, second], iter(lambda: list(itertools.islice(numbered, chunksize)), [])
    )
    window = 2 * jobs
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(config,))
    pending: collections.deque[Future[list[Readout | FileProblem]]] = collections.deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(executor.submit(_work_chunk, chunk))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        if not finished:
            _terminate(executor)
        executor.shutdown(wait=True, cancel_futures=True)


def iter_results(
    items: Iterable[Item],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    lexicon: Lexicon | None = None,
    chunksize: int = 8,
) -> Generator[Readout | FileProblem, None, None]:
    """One result per item, in order: the readout, or a :class:`FileProblem` saying why not.

    A bad item never stops the batch: unreadable files, inputs over the parser's
    size limit and parser failures all become problems. ``jobs`` defaults to the
    CPUs available; ``jobs=1`` parses in this process. Close the iterator (or
    exhaust it) to release the worker processes; stopping early terminates them.
    """
    config = _Config(reference_date, lexicon, strict=False)
    return _run(items, config, _check(jobs, chunksize), chunksize)


def parse_many(
    items: Iterable[Item],
    *,
    jobs: int | None = None,
    reference_date: dt.date | None = None,
    lexicon: Lexicon | None = None,
    chunksize: int = 8,
) -> Iterator[Readout]:
    """Parse texts and files on ``jobs`` processes; yield the readouts in input order.

    Raises :class:`UnreadableFileError` for a file it cannot read and lets the
    parser's errors (e.g. :class:`~readoutkit.errors.InputTooLargeError`)
    propagate; use :func:`iter_results` to carry on past bad items instead.
    """
    config = _Config(reference_date, lexicon, strict=True)
    return _readouts(_run(items, config, _check(jobs, chunksize), chunksize))


def _readouts(results: Generator[Readout | FileProblem, None, None]) -> Iterator[Readout]:
    with contextlib.closing(results):
        for result in results:
            assert isinstance(result, Readout), "strict mode raises instead"
            yield result
