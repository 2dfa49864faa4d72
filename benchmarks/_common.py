"""Shared helpers for the benchmarks: a readout-like text generator and timers.

The generator assembles texts from grammar fragments (invented people and
places; no sentence is copied from any corpus), seeded so every run parses the
same texts.
"""

from __future__ import annotations

import glob
import os
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DEV = ROOT.parent / "shared" / "corpus" / "dev"

COUNTRIES = [
    ("Valdorian", "Valdoria"),
    ("Ostrean", "Ostrea"),
    ("Pellandic", "Pelland"),
    ("Kasmiri", "Kasmir"),
    ("Norvalan", "Norvala"),
    ("Tirrenian", "Tirrenia"),
]
GIVEN = ["Arlo", "Bettina", "Casimir", "Delphine", "Evander", "Fiora", "Gideon", "Halina", "Ivo"]
FAMILY = [
    "Marchetti",
    "Okonkwo-Lind",
    "Varga",
    "Tessaro",
    "Halvorsen",
    "Quill",
    "Dabrowski",
    "Rendt",
]
TITLES = [
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Minister of Defence",
    "Deputy Secretary of State",
    "State Councilor",
]
KINDS = [
    "held a phone call with",
    "met with",
    "held talks with",
    "spoke by phone with",
    "held a video call with",
]
VERBS = [
    "said",
    "stressed",
    "noted",
    "emphasized",
    "underlined",
    "expressed the hope that",
    "stated",
]
CONTENT = [
    "the two sides should deepen cooperation on {topic}",
    "{country} is ready to work with {other} on {topic}",
    "{country} will continue to support {topic}",
    "both countries share an interest in {topic}",
    "the relationship has made steady progress in {topic}",
    "{country} will not accept any interference in {topic}",
]
TOPICS = [
    "grain corridors",
    "port logistics",
    "public health",
    "maritime safety",
    "the river basin",
    "vocational training",
    "renewable grids",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _person(rng: random.Random) -> tuple[str, str, str, str]:
    adj, country = rng.choice(COUNTRIES)
    return adj, country, rng.choice(TITLES), f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def generate_readout(rng: random.Random, sentences: int = 6) -> str:
    """One readout-like text: optional title and dateline, an engagement sentence, speech."""
    a_adj, a_country, a_title, a_name = _person(rng)
    b_adj, b_country, b_title, b_name = _person(rng)
    while b_country == a_country:
        b_adj, b_country, b_title, b_name = _person(rng)
    day = rng.randint(1, 28)
    year = rng.randint(2015, 2024)
    lines: list[str] = []
    if rng.random() < 0.7:
        lines.append(
            f"{a_name.split()[1]} Holds {rng.choice(['Talks', 'Call'])} with {b_name.split()[1]}"
        )
        lines.append("")
    dateline = f"{rng.choice(MONTHS)} {day}, {year}"
    body = [
        f"On {dateline}, {a_adj} {a_title} {a_name} {rng.choice(KINDS)} {b_adj} {b_title} {b_name}."
    ]
    speakers = [(a_title, a_name, a_country, b_country), (b_title, b_name, b_country, a_country)]
    for i in range(sentences):
        title, name, country, other = speakers[i % 2]
        ref = rng.choice([name.split()[1], f"{title} {name.split()[1]}", name])
        content = rng.choice(CONTENT).format(country=country, other=other, topic=rng.choice(TOPICS))
        if rng.random() < 0.25:
            body.append(
                f'"{content[0].upper()}{content[1:]}," {ref} {rng.choice(["said", "added"])}.'
            )
        else:
            body.append(f"{ref} {rng.choice(VERBS)} {content}.")
    if rng.random() < 0.5:
        body.append(f"The two sides agreed to stay in close communication on {rng.choice(TOPICS)}.")
    lines.append(" ".join(body))
    return "\n".join(lines) + "\n"


def generate_readouts(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [generate_readout(rng, sentences=rng.randint(3, 10)) for _ in range(n)]


def corpus_texts() -> list[str] | None:
    """The dev corpus texts, or None if the folder is absent."""
    if not CORPUS_DEV.is_dir():
        return None
    files = sorted(glob.glob(os.fspath(CORPUS_DEV / "*.txt")))
    return [Path(f).read_text(encoding="utf-8") for f in files] or None


def best_time(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of ``repeat`` calls of ``fn`` (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*headers), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*r) for r in rows]
    return "\n".join(out)
