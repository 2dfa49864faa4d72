"""Shape checks for ``src/readoutkit/data/officials.tsv``.

The file maps a named official to the country (ISO 3166-1 alpha-3) or the
international organization they serve(d). Only the standard library is used
to read it: these tests guard the file's shape, not how the parser loads it.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parent.parent / "src" / "readoutkit" / "data"
OFFICIALS = DATA_DIR / "officials.tsv"
COUNTRIES = DATA_DIR / "countries.tsv"
ORGANIZATIONS = DATA_DIR / "organizations.tsv"
README = DATA_DIR / "README.md"

HEADER = ["name", "side", "aliases"]

# Letters that NFKD does not decompose into a base letter plus a mark.
_EXTRA_FOLDS = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def _fold(text: str) -> str:
    """Case- and diacritic-insensitive key: 'Erdoğan' and 'ERDOGAN' agree."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_EXTRA_FOLDS)


def _read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _first_column(path: Path) -> set[str]:
    return {fields[0] for fields in _read_rows(path)[1:] if fields}


@pytest.fixture(scope="module")
def lines() -> list[list[str]]:
    return _read_rows(OFFICIALS)


@pytest.fixture(scope="module")
def body(lines: list[list[str]]) -> list[list[str]]:
    return lines[1:]


def _aliases(field: str) -> list[str]:
    return field.split("|") if field else []


def test_header(lines: list[list[str]]) -> None:
    assert lines, "officials.tsv is empty"
    assert lines[0] == HEADER


def test_three_columns_per_row(body: list[list[str]]) -> None:
    assert body, "officials.tsv has no rows"
    for number, fields in enumerate(body, start=2):
        assert len(fields) == len(HEADER), f"line {number}: {fields!r}"


def test_values_are_clean(body: list[list[str]]) -> None:
    for number, fields in enumerate(body, start=2):
        name, side, aliases = fields
        assert name, f"line {number}: empty name"
        assert side, f"line {number}: empty side"
        for value in (name, side, *_aliases(aliases)):
            assert value, f"line {number}: empty alias (stray '|'?)"
            assert value == value.strip(), f"line {number}: spaces in {value!r}"
            assert "  " not in value, f"line {number}: double space in {value!r}"
            assert unicodedata.is_normalized("NFC", value), f"line {number}: {value!r}"
            assert "\u2019" not in value, f"line {number}: curly apostrophe"


def test_every_side_is_a_country_or_an_organization(body: list[list[str]]) -> None:
    countries = _first_column(COUNTRIES)
    organizations = _first_column(ORGANIZATIONS)
    assert not countries & organizations
    for number, (_, side, _) in enumerate(body, start=2):
        assert side in countries or side in organizations, f"line {number}: unknown side {side!r}"


def test_no_name_or_alias_in_two_rows(body: list[list[str]]) -> None:
    owner: dict[str, int] = {}
    for number, (name, _, aliases) in enumerate(body, start=2):
        for form in {_fold(value) for value in (name, *_aliases(aliases))}:
            assert form not in owner, f"line {number}: {form!r} already on line {owner[form]}"
            owner[form] = number


def test_aliases_are_full_names(body: list[list[str]]) -> None:
    for number, (name, _, aliases) in enumerate(body, start=2):
        for alias in _aliases(aliases):
            assert len(alias.split()) >= 2, f"line {number}: bare alias {alias!r}"
            assert alias != name, f"line {number}: alias repeats the name"


@pytest.mark.parametrize(
    ("form", "side"),
    [
        ("Wang Yi", "CHN"),
        ("Xi Jinping", "CHN"),
        ("Joseph R. Biden", "USA"),
        ("Barack Obama", "USA"),
        ("Sergei Lavrov", "RUS"),
        ("Vladimir Putin", "RUS"),
        ("Volodymyr Zelenskyy", "UKR"),
        ("Recep Tayyip Erdogan", "TUR"),
        ("Mohammed bin Salman", "SAU"),
        ("Antonio Guterres", "United Nations"),
        ("Hossein Amirabdollahian", "IRN"),
        ("Lloyd J. Austin III", "USA"),
    ],
)
def test_known_officials(body: list[list[str]], form: str, side: str) -> None:
    sides = {
        _fold(value): row_side
        for name, row_side, aliases in body
        for value in (name, *_aliases(aliases))
    }
    assert sides.get(_fold(form)) == side


def test_readme_describes_the_file() -> None:
    assert OFFICIALS.name in README.read_text(encoding="utf-8")
