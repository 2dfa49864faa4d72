"""Flat tables for data frames, CSV files, and the Markdown summary."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import readoutkit
from readoutkit.model import (
    Commitment,
    Kind,
    Modality,
    Notice,
    Party,
    Polarity,
    Readout,
    Span,
    Statement,
)
from readoutkit.tabular import COLUMNS, CsvTables, Tables, tables, to_markdown, write_csv
from strategies import readouts

TEXT = "Ana Ruiz said Chile will help; it will not join blocs. Li Wei agreed."


def _readout(source: str | None = "a.txt") -> Readout:
    return Readout(
        text=TEXT,
        kind=Kind.PHONE_CALL,
        title="A call",
        reference_date=dt.date(2025, 3, 14),
        date=dt.date(2025, 3, 13),
        parties=[
            Party("p1", "Ana Ruiz", "Foreign Minister", "CHL", None, ["Ruiz", "she"], [Span(0, 8)]),
            Party("p2", None, "Director-General", None, "WHO", spans=[Span(55, 61)]),
        ],
        mentions=[Party("m1", "Li Wei", spans=[Span(55, 61)])],
        statements=[
            Statement(
                "s1", ["p1"], "Chile will help; it will not join blocs", Span(14, 53), "said"
            ),
            Statement("s2", ["p1", "p2"], "agreed", Span(62, 68), None, rule="both"),
        ],
        commitments=[
            Commitment("c1", ["p1"], "Chile will help", Span(14, 29), cue="will", statement="s1"),
            Commitment(
                "c2",
                ["p1"],
                "it will not join blocs",
                Span(31, 53),
                Polarity.NEGATIVE,
                Modality.WILL,
                "will not",
                "s1",
                "modal",
            ),
        ],
        warnings=[Notice("odd", "something", None), Notice("odder", "more", Span(0, 3))],
        source=source,
    )


def test_rows_for_one_readout() -> None:
    t = tables([_readout()])
    assert t.readouts == [
        {
            "readout_id": "a.txt",
            "source": "a.txt",
            "title": "A call",
            "kind": "phone_call",
            "date": "2025-03-13",
            "reference_date": "2025-03-14",
            "n_parties": 2,
            "n_mentions": 1,
            "n_statements": 2,
            "n_commitments": 2,
            "warnings": "odd;odder",
            "schema_version": 1,
            "text": TEXT,
        }
    ]
    assert [(p["party_id"], p["role"], p["label"], p["evidence"]) for p in t.parties] == [
        ("p1", "participant", "Ana Ruiz", "Ana Ruiz"),
        ("p2", "participant", "WHO Director-General", "Li Wei"),
        ("m1", "mention", "Li Wei", "Li Wei"),
    ]
    assert t.parties[0]["aliases"] == "Ruiz;she"
    assert t.parties[1]["organization"] == "WHO"
    assert t.statements[1] == {
        "readout_id": "a.txt",
        "statement_id": "s2",
        "speakers": "p1;p2",
        "speaker_names": "Ana Ruiz;WHO Director-General",
        "cue": None,
        "quotation": "indirect",
        "text": "agreed",
        "start": 62,
        "end": 68,
        "rule": "both",
    }
    assert t.commitments[1] == {
        "readout_id": "a.txt",
        "commitment_id": "c2",
        "actors": "p1",
        "actor_names": "Ana Ruiz",
        "polarity": "negative",
        "modality": "will",
        "cue": "will not",
        "text": "it will not join blocs",
        "statement_id": "s1",
        "start": 31,
        "end": 53,
        "rule": "modal",
    }


def test_readout_id_is_the_source_else_the_position() -> None:
    t = tables([_readout(None), _readout("x.txt"), _readout(None)], start=10)
    assert [r["readout_id"] for r in t.readouts] == ["10", "x.txt", "12"]
    assert {s["readout_id"] for s in t.statements} == {"10", "x.txt", "12"}


def test_no_readouts_no_rows() -> None:
    assert tables([]) == Tables([], [], [], [])


@settings(max_examples=60, deadline=None)
@given(st.lists(readouts(), max_size=3))
def test_rows_are_flat_and_complete(items: list[Readout]) -> None:
    t = tables(items)
    assert len(t.readouts) == len(items)
    assert len(t.parties) == sum(len(r.parties) + len(r.mentions) for r in items)
    assert len(t.statements) == sum(len(r.statements) for r in items)
    assert len(t.commitments) == sum(len(r.commitments) for r in items)
    for name, rows in t._asdict().items():
        for row in rows:
            assert tuple(row) == COLUMNS[name]
            assert all(v is None or type(v) in (str, int) for v in row.values())
    # ids: the source if set and still free, else "source#position", else the position
    by_id: dict[str, Readout] = {}
    for i, r in enumerate(items):
        rid = (
            r.source
            if r.source and r.source not in by_id
            else f"{r.source}#{i}"
            if r.source
            else str(i)
        )
        by_id[rid] = r
    assert [row["readout_id"] for row in t.readouts] == list(by_id)
    for row in t.statements + t.commitments:
        readout = by_id[str(row["readout_id"])]
        start, end = row["start"], row["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert readout.text[start:end] == row["text"]


def test_pandas_takes_the_rows_as_they_are(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    items = [_readout(), _readout("b.txt")]
    t = tables(items)
    write_csv(items, tmp_path)
    for name, rows in t._asdict().items():
        frame = pd.DataFrame(rows)
        assert list(frame.columns) == list(COLUMNS[name])
        assert len(frame) == len(rows)
        from_csv = pd.read_csv(tmp_path / f"{name}.csv", keep_default_na=False)
        assert list(from_csv.columns) == list(COLUMNS[name])
        assert len(from_csv) == len(rows)
    readouts_frame = pd.DataFrame(t.readouts)
    assert readouts_frame["n_statements"].dtype.kind == "i"
    joined = pd.DataFrame(t.commitments).merge(
        pd.DataFrame(t.statements), on=["readout_id", "statement_id"], suffixes=("", "_st")
    )
    assert len(joined) == 4


def test_csv_files_hold_the_same_rows(tmp_path: Path) -> None:
    items = [_readout(), _readout(None)]
    assert write_csv(items, tmp_path / "out") == 2
    expected = tables(items)
    for name, columns in COLUMNS.items():
        with open(tmp_path / "out" / f"{name}.csv", encoding="utf-8", newline="") as fp:
            reader = csv.DictReader(fp)
            assert tuple(reader.fieldnames or ()) == columns
            got = list(reader)
        want = [
            {k: "" if v is None else str(v) for k, v in row.items()}
            for row in getattr(expected, name)
        ]
        assert got == want


def test_csv_rows_are_on_disk_after_each_readout(tmp_path: Path) -> None:
    with CsvTables(tmp_path) as out:
        out.add(_readout())
        text = (tmp_path / "statements.csv").read_text(encoding="utf-8")
        assert text.count("a.txt") == 2
        out.add(_readout("b.txt"), readout_id="custom")
    with open(tmp_path / "readouts.csv", encoding="utf-8", newline="") as fp:
        assert [row["readout_id"] for row in csv.DictReader(fp)] == ["a.txt", "custom"]


def test_markdown_quotes_the_evidence_exactly() -> None:
    r = _readout()
    md = to_markdown(r)
    assert md.startswith("# A call\n")
    assert "Kind: phone call · Date: 2025-03-13 · Reference date: 2025-03-14 · Source: a.txt" in md
    assert "- **Ana Ruiz** (Foreign Minister, CHL): “Ana Ruiz”" in md
    assert "- **WHO Director-General** (Director-General, WHO): “Li Wei”" in md
    assert "- **Ana Ruiz** (said): “Chile will help; it will not join blocs”" in md
    assert "- **Ana Ruiz and WHO Director-General**: “agreed”" in md
    assert "- **Ana Ruiz** (will not, a refusal): “it will not join blocs”" in md
    assert "- odd: something" in md
    for text in [s.text for s in r.statements] + [c.text for c in r.commitments]:
        assert f"“{text}”" in md


def test_markdown_of_an_empty_readout() -> None:
    md = to_markdown(Readout(text="Nothing here."))
    assert md.startswith("# Readout\n")
    assert md.count("- none found") == 3
    assert "Parser notes" not in md


@given(readouts())
@settings(max_examples=60, deadline=None)
def test_markdown_holds_every_piece_of_evidence(readout: Readout) -> None:
    md = to_markdown(readout)
    for text in [s.text for s in readout.statements] + [c.text for c in readout.commitments]:
        assert f": “{text}”" in md


def test_tables_is_exported() -> None:
    assert readoutkit.tables is tables
