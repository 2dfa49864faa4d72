"""Flat views of readouts: four tables of rows for pandas or R, CSV files, a Markdown summary.

:func:`tables` gives one row per readout, party, statement and commitment. Every
value is a scalar (``str``, ``int`` or ``None``), so ``pandas.DataFrame(rows)``
and R's ``read.csv`` take the rows as they are:

- dates are ISO strings (``"2025-03-14"``), enums their values (``"phone_call"``);
- lists are joined with ``";"`` (``speakers="p1;p2"``, ``aliases="Wang;the Chinese side"``);
- evidence is ``start``/``end`` character offsets into the readout's ``text`` plus
  the evidence text itself.

Rows are keyed by ``readout_id``: ``Readout.source`` when set (and not already used by
an earlier readout: then ``source#position``), else the
readout's position (``"0"``, ``"1"``, ...) counted from ``start``. Within a
readout, ``party_id``, ``statement_id`` and ``commitment_id`` are the model's ids,
so ``(readout_id, statement_id)`` joins commitments to their statements.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, NamedTuple

from readoutkit.model import Party, Readout, Span

__all__ = [
    "COLUMNS",
    "CsvTables",
    "Row",
    "Tables",
    "readout_rows",
    "tables",
    "to_markdown",
    "write_csv",
]

#: A table row: column name -> scalar.
Row = dict[str, "str | int | None"]

#: The columns of each table, in order (the CSV headers).
COLUMNS: dict[str, tuple[str, ...]] = {
    "readouts": (
        "readout_id",
        "source",
        "title",
        "kind",
        "date",
        "reference_date",
        "n_parties",
        "n_mentions",
        "n_statements",
        "n_commitments",
        "warnings",
        "schema_version",
        "text",
    ),
    "parties": (
        "readout_id",
        "party_id",
        "role",
        "name",
        "title",
        "country",
        "organization",
        "label",
        "aliases",
        "n_spans",
        "start",
        "end",
        "evidence",
        "rule",
    ),
    "statements": (
        "readout_id",
        "statement_id",
        "speakers",
        "speaker_names",
        "cue",
        "quotation",
        "text",
        "start",
        "end",
        "rule",
    ),
    "commitments": (
        "readout_id",
        "commitment_id",
        "actors",
        "actor_names",
        "polarity",
        "modality",
        "cue",
        "text",
        "statement_id",
        "start",
        "end",
        "rule",
    ),
}

SEP = ";"


class Tables(NamedTuple):
    """Rows of the four tables; ``pandas.DataFrame(t.statements)`` and so on."""

    readouts: list[Row]
    parties: list[Row]
    statements: list[Row]
    commitments: list[Row]


def _join(values: Iterable[str]) -> str:
    return SEP.join(values)


def _labels(readout: Readout, ids: tuple[str, ...]) -> str:
    known = {p.id: p.label for p in readout.parties}
    return _join(known.get(i, i) for i in ids)


def _party_row(readout: Readout, rid: str, party: Party, role: str) -> Row:
    first: Span | None = party.spans[0] if party.spans else None
    return {
        "readout_id": rid,
        "party_id": party.id,
        "role": role,
        "name": party.name,
        "title": party.title,
        "country": party.country,
        "organization": party.organization,
        "label": party.label,
        "aliases": _join(party.aliases),
        "n_spans": len(party.spans),
        "start": first.start if first else None,
        "end": first.end if first else None,
        "evidence": first.slice(readout.text) if first else None,
        "rule": party.rule,
    }


def readout_rows(readout: Readout, readout_id: str) -> Tables:
    """The rows one readout contributes to each table."""
    rid = readout_id
    head: Row = {
        "readout_id": rid,
        "source": readout.source,
        "title": readout.title,
        "kind": readout.kind.value,
        "date": readout.date.isoformat() if readout.date else None,
        "reference_date": readout.reference_date.isoformat() if readout.reference_date else None,
        "n_parties": len(readout.parties),
        "n_mentions": len(readout.mentions),
        "n_statements": len(readout.statements),
        "n_commitments": len(readout.commitments),
        "warnings": _join(w.code for w in readout.warnings),
        "schema_version": readout.schema_version,
        "text": readout.text,
    }
    parties = [_party_row(readout, rid, p, "participant") for p in readout.parties]
    parties += [_party_row(readout, rid, p, "mention") for p in readout.mentions]
    statements: list[Row] = [
        {
            "readout_id": rid,
            "statement_id": s.id,
            "speakers": _join(s.speakers),
            "speaker_names": _labels(readout, s.speakers),
            "cue": s.cue,
            "quotation": s.quotation.value,
            "text": s.text,
            "start": s.span.start,
            "end": s.span.end,
            "rule": s.rule,
        }
        for s in readout.statements
    ]
    commitments: list[Row] = [
        {
            "readout_id": rid,
            "commitment_id": c.id,
            "actors": _join(c.actors),
            "actor_names": _labels(readout, c.actors),
            "polarity": c.polarity.value,
            "modality": c.modality.value,
            "cue": c.cue,
            "text": c.text,
            "statement_id": c.statement,
            "start": c.span.start,
            "end": c.span.end,
            "rule": c.rule,
        }
        for c in readout.commitments
    ]
    return Tables([head], parties, statements, commitments)


def _readout_id(readout: Readout, position: int, used: set[str]) -> str:
    """The source when it is set and not taken yet, else the position (after ``#`` when
    there is a source): ids stay unique however the readouts were named."""
    if readout.source and readout.source not in used:
        rid = readout.source
    elif readout.source:
        rid = f"{readout.source}#{position}"
    else:
        rid = str(position)
    used.add(rid)
    return rid


def tables(readouts: Iterable[Readout], *, start: int = 0) -> Tables:
    """Rows for readouts, parties (participants and mentions), statements and commitments."""
    out = Tables([], [], [], [])
    used: set[str] = set()
    for position, readout in enumerate(readouts, start):
        rows = readout_rows(readout, _readout_id(readout, position, used))
        for table, new in zip(out, rows, strict=True):
            table.extend(new)
    return out


class CsvTables:
    """Four CSV files in a folder (``readouts.csv``, ``parties.csv``, ...), written as rows come.

    Each :meth:`add` writes and flushes its rows, so an interrupted run keeps
    every readout added before it. Use as a context manager.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._files: list[IO[str]] = []
        self._writers: list[csv.DictWriter[str]] = []
        self.count = 0
        self._used: set[str] = set()
        try:
            for name, columns in COLUMNS.items():
                fp = open(self.folder / f"{name}.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115
                self._files.append(fp)
                writer = csv.DictWriter(fp, fieldnames=columns)
                writer.writeheader()
                self._writers.append(writer)
        except BaseException:
            self.close()
            raise

    def add(self, readout: Readout, readout_id: str | None = None) -> None:
        """Write one readout's rows (``readout_id`` defaults as in :func:`tables`)."""
        rid = readout_id if readout_id is not None else _readout_id(readout, self.count, self._used)
        for writer, rows in zip(self._writers, readout_rows(readout, rid), strict=True):
            writer.writerows(rows)
        for fp in self._files:
            fp.flush()
        self.count += 1

    def close(self) -> None:
        """Close the files."""
        for fp in self._files:
            fp.close()

    def __enter__(self) -> CsvTables:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def write_csv(readouts: Iterable[Readout], folder: str | os.PathLike[str]) -> int:
    """Write the four tables as CSV files into ``folder``; return the number of readouts."""
    with CsvTables(folder) as out:
        for readout in readouts:
            out.add(readout)
        return out.count


def _quote(text: str) -> str:
    return f"“{text}”"


def to_markdown(readout: Readout) -> str:
    """A summary for people: who took part, who said what, who committed to what.

    Each item is followed by its evidence, quoted exactly as it stands in the text.
    """
    lines = [f"# {readout.title or readout.source or 'Readout'}", ""]
    facts = [f"Kind: {readout.kind.value.replace('_', ' ')}"]
    if readout.date:
        facts.append(f"Date: {readout.date.isoformat()}")
    if readout.reference_date:
        facts.append(f"Reference date: {readout.reference_date.isoformat()}")
    if readout.source:
        facts.append(f"Source: {readout.source}")
    lines += [" · ".join(facts), ""]

    lines += ["## Who took part", ""]
    for p in readout.parties:
        about = ", ".join(x for x in (p.title, p.country or p.organization) if x)
        item = f"- **{p.label}**" + (f" ({about})" if about else "")
        if p.spans:
            item += f": {_quote(p.spans[0].slice(readout.text))}"
        lines.append(item)
    if not readout.parties:
        lines.append("- none found")

    lines += ["", "## Who said what", ""]
    for s in readout.statements:
        who = " and ".join(readout.names(s.speakers)) or "unattributed"
        cue = f" ({s.cue})" if s.cue else ""
        lines.append(f"- **{who}**{cue}: {_quote(s.text)}")
    if not readout.statements:
        lines.append("- none found")

    lines += ["", "## Who committed to what", ""]
    for c in readout.commitments:
        who = " and ".join(readout.names(c.actors)) or "unattributed"
        how = c.cue or c.modality.value
        refusal = ", a refusal" if c.polarity.value == "negative" else ""
        lines.append(f"- **{who}** ({how}{refusal}): {_quote(c.text)}")
    if not readout.commitments:
        lines.append("- none found")

    if readout.warnings:
        lines += ["", "## Parser notes", ""]
        lines += [f"- {w.code}: {w.message}" for w in readout.warnings]
    return "\n".join(lines) + "\n"
