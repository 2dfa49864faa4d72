"""Atheris (libFuzzer) harness for readoutkit.parse.

Install:  pip install atheris      (into the project venv)
Run (bounded time):
    python fuzz/fuzz_parse.py -max_total_time=60
    python fuzz/fuzz_parse.py -max_total_time=60 -max_len=4096 fuzz/corpus   # keep a corpus

Each input is decoded as UTF-8 (undecodable bytes replaced) and parsed. The
harness fails on any exception other than InputTooLargeError, on an
``internal-error`` warning (a stage that raised and was caught), and on any broken
invariant: a statement or commitment whose span does not slice the readout's
text to its ``.text``, a speaker or actor that is not a party id, or a second
parse of the same text that differs.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import readoutkit
    from readoutkit.errors import InputTooLargeError


def check(text: str) -> None:
    try:
        r = readoutkit.parse(text)
    except InputTooLargeError:
        return
    crashed = [w.message for w in r.warnings if w.code == "internal-error"]
    if crashed:
        raise AssertionError(f"a parser stage raised: {crashed}")
    party_ids = {p.id for p in r.parties}
    for s in r.statements:
        if text[s.span.start : s.span.end] != s.text:
            raise AssertionError(f"statement {s.id} span does not slice to its text")
        if not set(s.speakers) <= party_ids:
            raise AssertionError(f"statement {s.id} speaker is not a party")
    for c in r.commitments:
        if text[c.span.start : c.span.end] != c.text:
            raise AssertionError(f"commitment {c.id} span does not slice to its text")
        if not set(c.actors) <= party_ids:
            raise AssertionError(f"commitment {c.id} actor is not a party")
    if readoutkit.parse(text) != r:
        raise AssertionError("parse is not deterministic")


def test_one_input(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
