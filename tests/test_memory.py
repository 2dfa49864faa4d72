"""Bounded memory: parse()'s peak allocation grows in proportion to its input.

Counted with tracemalloc (allocations, not seconds), so the figures do not depend on
the machine's load. Each hostile input is tried at two sizes, ten times apart: the
peak per input character must stay flat (no structure that grows with the square of
the input) and small.
"""

from __future__ import annotations

import tracemalloc

import pytest

import readoutkit

#: units repeated to build hostile texts (the same shapes as benchmarks/bench_parse.py)
UNITS = {
    "capitalised run": "Orrin Vashti Calder Ímre Tolvan ",
    "chained titles": "Deputy Minister and Minister and ",
    "unclosed quotes": '"Varen said “Ostria will keep pressing on ',
    "comma list": "Halder, Ryn, Quist, ",
    "readout sentences on one line": "Prime Minister Ilse Moravec said Ostria will back the plan. ",
    "readout file": "President Oda Kell met Premier Tam Ruso.\nKell said he is ready to help.\n\n",
}

#: the most a parse may hold at its peak per input character
MAX_BYTES_PER_CHAR = 400


def _peak_per_char(text: str) -> float:
    tracemalloc.start()
    try:
        readoutkit.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(text)


@pytest.mark.parametrize("name", sorted(UNITS))
def test_peak_memory_is_linear_in_input(name: str) -> None:
    unit = UNITS[name]
    readoutkit.parse(unit)  # load the lexicon outside the measurement
    small = _peak_per_char((unit * (3_000 // len(unit) + 1))[:3_000])
    large = _peak_per_char((unit * (30_000 // len(unit) + 1))[:30_000])
    assert large <= MAX_BYTES_PER_CHAR, f"{name}: {large:.0f} bytes per char at 30,000 chars"
    # ten times the input may not cost more than ten times the memory (plus noise)
    assert large <= 1.5 * small + 10, f"{name}: {small:.0f} -> {large:.0f} bytes per char"
