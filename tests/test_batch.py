"""Batch parsing: reading files, order, processes, bad input, pickling, a Dask recipe."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import readoutkit
from readoutkit import batch
from readoutkit.batch import (
    FileProblem,
    NamedText,
    UnreadableFileError,
    decode_text,
    iter_files,
    iter_results,
    parse_file,
    parse_many,
    read_text,
)
from readoutkit.errors import InputTooLargeError
from readoutkit.model import (
    Commitment,
    Kind,
    Modality,
    Notice,
    Party,
    Polarity,
    Quotation,
    Readout,
    Span,
    Statement,
)
from readoutkit.serialize import loads, to_dict

TEXT = "Minister Ana Ruiz of Chile said that trade is growing. She will visit Beijing in May.\n"


def _texts(n: int) -> list[str]:
    return [f"Readout {i}. Minister Ana Ruiz said that item {i} matters.\n" for i in range(n)]


def _write(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(_texts(n)):
        path = folder / f"r{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# -- reading -------------------------------------------------------------------


def test_decode_strips_bom_and_normalizes_newlines() -> None:
    data = b"\xef\xbb\xbfTitle\r\nline two\rline three\n"
    assert decode_text(data, source="x") == "Title\nline two\nline three\n"


def test_decode_reports_binary_with_the_nul_offset() -> None:
    with pytest.raises(UnreadableFileError) as info:
        decode_text(b"abc\0def", source="f.txt")
    assert info.value.source == "f.txt"
    assert info.value.reason == "binary file (NUL byte at byte 3)"


@pytest.mark.parametrize(
    ("data", "offset"),
    [(b"caf\xe9 au lait", 3), (b"\xef\xbb\xbfab\xff", 5), (b"\xc3", 0)],
)
def test_decode_reports_the_byte_where_utf8_breaks(data: bytes, offset: int) -> None:
    with pytest.raises(UnreadableFileError, match=f"not UTF-8 at byte {offset}$"):
        decode_text(data, source="f.txt")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf"])
def test_decode_rejects_empty_input(data: bytes) -> None:
    with pytest.raises(UnreadableFileError, match="empty file"):
        decode_text(data, source="f.txt")


def test_read_text_names_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError) as info:
        read_text(tmp_path / "nope.txt")
    assert (info.value.source, info.value.reason) == (
        str(tmp_path / "nope.txt"),
        "no such file or folder",
    )
    with pytest.raises(UnreadableFileError, match="is a folder"):
        read_text(tmp_path)


def test_iter_files_walks_folders_in_name_order(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.txt", "a/y.TXT", "c.md", ".hidden.txt", ".git/x.txt", "a/b/x.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    single = tmp_path / "c.md"
    found = list(iter_files([tmp_path, single, tmp_path / "empty", tmp_path / "missing.txt"]))
    names = [str(f.relative_to(tmp_path)) if isinstance(f, Path) else f for f in found]
    assert names == [
        "a/b/x.txt",
        "a/y.TXT",
        "a/z.txt",
        "b.txt",
        "c.md",  # named explicitly: taken whatever its suffix
        FileProblem(str(tmp_path / "empty"), "folder has no *.txt files"),
        "missing.txt",  # reported when read
    ]


def test_iter_files_is_lazy(tmp_path: Path) -> None:
    def paths() -> Iterator[Path]:
        yield tmp_path / "a.txt"
        raise AssertionError("read too far")

    assert next(iter_files(paths())) == tmp_path / "a.txt"


# -- parse_many / iter_results ---------------------------------------------------


def test_parse_many_texts_in_order_without_source() -> None:
    texts = _texts(5)
    readouts = list(parse_many(texts, jobs=1))
    assert [r.text for r in readouts] == texts
    assert all(r.source is None for r in readouts)
    assert readouts == [readoutkit.parse(t) for t in texts]


def test_paths_and_named_texts_set_the_source(tmp_path: Path) -> None:
    (path,) = _write(tmp_path, 1)
    first, second = parse_many([path, NamedText("db:42", TEXT)], jobs=1)
    assert first.source == str(path)
    assert first.text == path.read_text(encoding="utf-8")
    assert second.source == "db:42"
    assert parse_file(path) == first


@pytest.mark.parametrize("chunksize", [1, 3, 8])
def test_two_processes_give_the_same_results_in_order(tmp_path: Path, chunksize: int) -> None:
    paths = _write(tmp_path, 25)
    items: list[batch.Item] = [*paths[:10], *_texts(3), *paths[10:]]
    one = list(parse_many(items, jobs=1, chunksize=chunksize))
    two = list(parse_many(items, jobs=2, chunksize=chunksize))
    assert one == two
    assert len(one) == 28
    assert [r.source for r in two[:10]] == [str(p) for p in paths[:10]]


def test_reference_date_reaches_every_worker(tmp_path: Path) -> None:
    day = dt.date(2024, 5, 1)
    paths = _write(tmp_path, 20)
    expected = [readoutkit.parse(p.read_text(encoding="utf-8"), reference_date=day) for p in paths]
    got = list(parse_many(paths, jobs=2, reference_date=day, chunksize=2))
    assert [to_dict(r) | {"source": None} for r in got] == [to_dict(r) for r in expected]


def test_input_is_consumed_lazily_with_a_bounded_window() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[str]:
        for i in pulled:
            yield f"Text {i}. Ana Ruiz said hello."

    results = iter_results(endless(), jobs=2, chunksize=4)
    first = list(itertools.islice(results, 3))
    results.close()  # stops the workers
    assert [r.text for r in first if isinstance(r, Readout)] == [
        f"Text {i}. Ana Ruiz said hello." for i in range(3)
    ]
    # 2 * jobs chunks of 4 in flight at most, plus the chunk being cut
    assert next(pulled) <= 2 * 2 * 4 + 4 + 1


def test_bad_files_become_problems_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = _write(tmp_path, 3)
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    (tmp_path / "latin1.txt").write_bytes("Déclaration".encode("latin-1"))
    items: list[batch.Item] = [
        good[0],
        tmp_path / "bin.txt",
        tmp_path / "missing.txt",
        good[1],
        tmp_path / "latin1.txt",
        FileProblem("somewhere", "folder has no *.txt files"),
        good[2],
    ]
    for jobs in (1, 2):
        results = list(iter_results(items, jobs=jobs, chunksize=2))
        problems = [r for r in results if isinstance(r, FileProblem)]
        assert [r.source for r in results if isinstance(r, Readout)] == [str(p) for p in good]
        assert problems == [
            FileProblem(str(tmp_path / "bin.txt"), "binary file (NUL byte at byte 8)"),
            FileProblem(str(tmp_path / "missing.txt"), "no such file or folder"),
            FileProblem(str(tmp_path / "latin1.txt"), "not UTF-8 at byte 1"),
            FileProblem("somewhere", "folder has no *.txt files"),
        ]
        assert isinstance(results[1], FileProblem)


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_raises_for_an_unreadable_file(tmp_path: Path, jobs: int) -> None:
    paths = _write(tmp_path, 12)
    items: list[batch.Item] = [*paths, tmp_path / "missing.txt"]
    got: list[Readout] = []
    with pytest.raises(UnreadableFileError) as info:
        for r in parse_many(items, jobs=jobs, chunksize=4):
            got.append(r)
    assert info.value.source == str(tmp_path / "missing.txt")
    assert info.value.reason == "no such file or folder"
    assert [r.source for r in got] == [str(p) for p in paths]


def test_too_large_input_is_a_problem_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_large(text: str, **_: object) -> Readout:
        raise InputTooLargeError(len(text), 3)

    monkeypatch.setattr(batch, "parse", too_large)
    (result,) = iter_results([NamedText("big", "abcdef")], jobs=1)
    assert result == FileProblem("big", "text of 6 characters exceeds the limit of 3")
    with pytest.raises(InputTooLargeError):
        list(parse_many(["abcdef"], jobs=1))


def test_a_parser_crash_is_reported_for_that_item(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(text: str, **_: object) -> Readout:
        raise IndexError("boom")

    monkeypatch.setattr(batch, "parse", crash)
    (result,) = iter_results(["some text"], jobs=1)
    assert result == FileProblem("<text 0>", "parser failed: IndexError: boom")
    with pytest.raises(IndexError):
        list(parse_many(["some text"], jobs=1))


@pytest.mark.parametrize(("jobs", "chunksize"), [(0, 8), (-1, 8), (1, 0)])
def test_bad_arguments_fail_at_the_call(jobs: int, chunksize: int) -> None:
    with pytest.raises(ValueError):
        iter_results([], jobs=jobs, chunksize=chunksize)
    with pytest.raises(ValueError):
        parse_many([], jobs=jobs, chunksize=chunksize)


def test_a_str_naming_a_file_is_text_but_warns(tmp_path: Path) -> None:
    (path,) = _write(tmp_path, 1)
    with pytest.warns(UserWarning, match="pass a pathlib.Path"):
        (readout,) = parse_many([str(path)], jobs=1)
    assert readout.text == str(path)


def test_nothing_in_nothing_out() -> None:
    assert list(parse_many([], jobs=2)) == []
    assert list(iter_results([], jobs=2)) == []


def test_default_jobs_is_positive() -> None:
    assert batch.default_jobs() >= 1


# -- pickling --------------------------------------------------------------------


def _full_readout() -> Readout:
    text = "Ana Ruiz said Chile will help. Li Wei agreed."
    return Readout(
        text=text,
        kind=Kind.PHONE_CALL,
        title="A call",
        reference_date=dt.date(2025, 3, 14),
        date=dt.date(2025, 3, 13),
        parties=[
            Party("p1", "Ana Ruiz", "Foreign Minister", "CHL", None, ["Ruiz"], [Span(0, 8)], "r"),
            Party("p2", "Li Wei", spans=[Span(31, 37)]),
        ],
        mentions=[Party("m1", None, "President", "CHL")],
        statements=[
            Statement("s1", ["p1"], "Chile will help", Span(14, 29), "said", Quotation.INDIRECT)
        ],
        commitments=[
            Commitment(
                "c1",
                ["p1"],
                "Chile will help",
                Span(14, 29),
                Polarity.POSITIVE,
                Modality.WILL,
                "will",
                "s1",
                "modal",
            )
        ],
        warnings=[Notice("odd", "something odd", Span(0, 3))],
        source="a.txt",
    )


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_every_model_object_pickles(protocol: int) -> None:
    r = _full_readout()
    objects: list[object] = [
        r,
        *r.parties,
        *r.mentions,
        *r.statements,
        *r.commitments,
        *r.warnings,
        Span(1, 2),
        Kind.MEETING,
        FileProblem("a", "b"),
        NamedText("a", "b"),
        readoutkit.parse(TEXT),
    ]
    for obj in objects:
        assert pickle.loads(pickle.dumps(obj, protocol=protocol)) == obj


def test_errors_pickle_with_their_fields() -> None:
    e = pickle.loads(pickle.dumps(UnreadableFileError("a.txt", "binary file")))
    assert isinstance(e, UnreadableFileError)
    assert (e.source, e.reason, str(e)) == ("a.txt", "binary file", "a.txt: binary file")


# -- the Dask recipe in docs/dask.md --------------------------------------------------


def test_dask_bag_recipe_with_processes(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    dask = pytest.importorskip("dask")
    paths = [str(p) for p in _write(tmp_path / "in", 6)]
    out = tmp_path / "out"
    with dask.config.set(scheduler="processes", num_workers=2):
        (
            db.from_sequence(paths, npartitions=3)
            .map(readoutkit.parse_file)
            .map(readoutkit.dumps)
            .to_textfiles(str(out / "*.jsonl"))
        )
    files = sorted(out.glob("*.jsonl"), key=lambda p: int(p.stem))
    assert len(files) == 3
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert [loads(line) for line in lines] == list(parse_many(map(Path, paths), jobs=1))
    assert [json.loads(line)["source"] for line in lines] == paths
    with dask.config.set(scheduler="processes", num_workers=2):
        bag = db.from_sequence(paths, npartitions=3).map(readoutkit.parse_file)
        rows = bag.map_partitions(lambda rs: readoutkit.tables(rs).readouts).compute()
    assert [row["readout_id"] for row in rows] == paths


def test_dask_bag_reports_bad_files_when_asked(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    dask = pytest.importorskip("dask")
    paths = [*(str(p) for p in _write(tmp_path, 2)), str(tmp_path / "missing.txt")]
    with dask.config.set(scheduler="processes", num_workers=2):
        results = db.from_sequence(paths, npartitions=2).map(_parse_or_problem).compute()
    assert [type(r) for r in results] == [Readout, Readout, FileProblem]


def _parse_or_problem(path: str) -> Readout | FileProblem:
    """As in docs/dask.md: keep going past a bad file."""
    try:
        return readoutkit.parse_file(path)
    except readoutkit.ReadoutkitError as e:
        return FileProblem(path, str(e))


def test_the_calling_process_keeps_no_worker_state() -> None:
    list(parse_many(_texts(20), jobs=2, chunksize=2))
    list(parse_many(_texts(2), jobs=1))
    assert batch._worker_config is None
