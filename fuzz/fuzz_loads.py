"""Atheris (libFuzzer) harness for readoutkit.loads, both JSON backends.

Install:  pip install atheris      (into the project venv)
Run (bounded time), seeded with readouts serialised from the test fixtures:
    python fuzz/fuzz_loads.py --make-seeds /tmp/loads-seeds
    python fuzz/fuzz_loads.py -max_total_time=60 -max_len=65536 /tmp/loads-seeds

Each input goes to ``loads`` with the orjson and the stdlib backend. The harness
fails when either raises anything but a ReadoutkitError, when the two backends
disagree (one accepts what the other rejects, or they build different readouts),
or when an accepted readout does not survive ``loads(dumps(r)) == r``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import readoutkit
    from readoutkit.errors import ReadoutkitError


def check(data: bytes) -> None:
    outcomes: list[object] = []
    for backend in ("orjson", "json"):
        try:
            r = readoutkit.loads(data, backend=backend)
        except ReadoutkitError as exc:
            outcomes.append(type(exc))
            continue
        if readoutkit.loads(readoutkit.dumps(r), backend=backend) != r:
            raise AssertionError(f"{backend}: accepted readout does not round-trip")
        outcomes.append(r)
    if outcomes[0] != outcomes[1]:
        raise AssertionError(f"backends disagree: {outcomes[0]!r} vs {outcomes[1]!r}")


def make_seeds(out: Path) -> None:
    """Write one JSON readout per fixture text (our own texts, never the corpus)."""
    out.mkdir(parents=True, exist_ok=True)
    fixtures = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
    for path in sorted(fixtures.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        (out / f"{path.parent.name}-{path.stem}.json").write_text(
            readoutkit.dumps(readoutkit.parse(text)), encoding="utf-8"
        )


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":
        make_seeds(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
