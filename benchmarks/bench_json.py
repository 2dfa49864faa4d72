"""JSON round trips (dumps + loads) per second: readoutkit vs pydantic v2 models of the same shape.

Run:  python benchmarks/bench_json.py [--quick]

Readouts are parsed from the dev corpus (../shared/corpus/dev/*.txt) when it
is present, else generated. Each round trip is ``loads(dumps(r))``:

* readoutkit with ``backend="orjson"`` (the default when orjson is installed)
  and ``backend="json"`` (the stdlib path);
* pydantic v2 models defined below, with the same fields and types, via
  orjson (``orjson.dumps(m.model_dump(mode="json"))`` / ``model_validate(orjson.loads(s))``),
  via the stdlib ``json`` module likewise, and natively
  (``model_dump_json`` / ``model_validate_json``, pydantic-core's own JSON).

Ratios are readoutkit round trips/s divided by pydantic's with the same JSON
library (>1: readoutkit faster). Note the work differs: readoutkit's loads
also checks every span against the text and every id cross-reference, which
the plain pydantic models here do not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pydantic

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import best_time, corpus_texts, generate_readouts, table

import readoutkit
from readoutkit.parser import COMPILED


class Kind(str, enum.Enum):
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    TALKS = "talks"
    LETTER = "letter"
    JOINT_STATEMENT = "joint_statement"
    OTHER = "other"


class Polarity(str, enum.Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class Modality(str, enum.Enum):
    WILL = "will"
    CONTINUE = "continue"
    SHALL = "shall"
    READY = "ready"
    INTEND = "intend"
    COMMITTED = "committed"
    PLEDGED = "pledged"
    OFFERED = "offered"
    ASSURED = "assured"
    AGREED = "agreed"
    REFUSE = "refuse"


class Quotation(str, enum.Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    TOPIC = "topic"


_STRICT = pydantic.ConfigDict(extra="forbid", frozen=True)


class Span(pydantic.BaseModel):
    model_config = _STRICT
    start: int = pydantic.Field(ge=0)
    end: int


class Party(pydantic.BaseModel):
    model_config = _STRICT
    id: str
    name: str | None
    title: str | None
    country: str | None
    organization: str | None
    aliases: tuple[str, ...]
    spans: tuple[Span, ...]
    rule: str


class Statement(pydantic.BaseModel):
    model_config = _STRICT
    id: str
    speakers: tuple[str, ...]
    text: str
    span: Span
    cue: str | None
    quotation: Quotation
    rule: str


class Commitment(pydantic.BaseModel):
    model_config = _STRICT
    id: str
    actors: tuple[str, ...]
    text: str
    span: Span
    polarity: Polarity
    modality: Modality
    cue: str | None
    statement: str | None
    rule: str


class Notice(pydantic.BaseModel):
    model_config = _STRICT
    code: str
    message: str
    span: Span | None


class Readout(pydantic.BaseModel):
    model_config = _STRICT
    text: str
    kind: Kind
    title: str | None
    reference_date: dt.date | None
    date: dt.date | None
    parties: tuple[Party, ...]
    mentions: tuple[Party, ...]
    statements: tuple[Statement, ...]
    commitments: tuple[Commitment, ...]
    warnings: tuple[Notice, ...]
    source: str | None
    schema_version: int


def _rk(backend: readoutkit.serialize.Backend) -> Callable[[list[readoutkit.Readout]], None]:
    def run(items: list[readoutkit.Readout]) -> None:
        for r in items:
            readoutkit.loads(readoutkit.dumps(r, backend=backend), backend=backend)

    return run


def _pd_orjson(items: list[Readout]) -> None:
    for m in items:
        Readout.model_validate(orjson.loads(orjson.dumps(m.model_dump(mode="json"))))


def _pd_json(items: list[Readout]) -> None:
    for m in items:
        Readout.model_validate(json.loads(json.dumps(m.model_dump(mode="json"))))


def _pd_native(items: list[Readout]) -> None:
    for m in items:
        Readout.model_validate_json(m.model_dump_json())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    repeat = 3 if args.quick else 21
    t_start = time.perf_counter()

    texts = corpus_texts()
    source = "dev corpus"
    if texts is None:
        print("(dev corpus ../shared/corpus/dev absent: using generated readouts)")
        texts, source = generate_readouts(100), "generated"
    readouts = [readoutkit.parse(t) for t in texts]
    models = [Readout.model_validate(readoutkit.to_dict(r)) for r in readouts]
    # Same shape: pydantic's JSON must equal readoutkit's data.
    for r, m in zip(readouts, models, strict=True):
        assert m.model_dump(mode="json") == readoutkit.to_dict(r), "shapes differ"
    nbytes = sum(len(readoutkit.dumps(r).encode()) for r in readouts)
    n = len(readouts)
    build = "compiled (mypyc)" if COMPILED else "pure Python"
    print(
        f"{n} readouts from the {source}, {nbytes / 1e3:.0f} KB of JSON; best of {repeat}; {build}"
    )

    cases: dict[str, Callable[[], None]] = {
        "rk_or": lambda: _rk("orjson")(readouts),
        "rk_js": lambda: _rk("json")(readouts),
        "pd_or": lambda: _pd_orjson(models),
        "pd_js": lambda: _pd_json(models),
        "pd_nat": lambda: _pd_native(models),
    }
    # Interleaved: each round times every case once, so a spell of load from
    # other work on the machine hits readoutkit and pydantic alike.
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(repeat):
        for name, fn in cases.items():
            best[name] = min(best[name], best_time(fn, 1))
    rk_or, rk_js, pd_or, pd_js, pd_nat = (n / best[name] for name in cases)
    rows = [
        ["orjson", f"{rk_or:,.0f}", f"{pd_or:,.0f}", f"{rk_or / pd_or:.2f}"],
        ["stdlib json", f"{rk_js:,.0f}", f"{pd_js:,.0f}", f"{rk_js / pd_js:.2f}"],
        ["pydantic native JSON", "-", f"{pd_nat:,.0f}", f"{rk_or / pd_nat:.2f} (vs rk orjson)"],
    ]
    print(table(["backend", "readoutkit rt/s", "pydantic rt/s", "ratio rk/pd"], rows))
    print(f"readoutkit orjson / stdlib: {rk_or / rk_js:.2f}x")
    print(f"\ntotal {time.perf_counter() - t_start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
