"""Consistency checks for the plain data files in ``src/readoutkit/data``.

Only the standard library is used to read the files, so these tests say
nothing about how the parser loads them: they guard the files' shape.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest

from readoutkit.lexicon import Lexicon, ReportingVerb
from readoutkit.parser.matchers import matchers_for

DATA_DIR = Path(__file__).resolve().parent.parent / "src" / "readoutkit" / "data"
COUNTRIES = DATA_DIR / "countries.tsv"
ORGANIZATIONS = DATA_DIR / "organizations.tsv"
TITLES = DATA_DIR / "titles.txt"
HONORIFICS = DATA_DIR / "honorifics.txt"
README = DATA_DIR / "README.md"

COUNTRY_HEADER = ["iso3", "names", "demonyms", "metonyms"]
ORGANIZATION_HEADER = ["key", "names", "kind", "parent"]
ORGANIZATION_KINDS = frozenset({"igo", "un_body", "forum", "ngo"})
ISO3 = re.compile(r"[A-Z]{3}")

# Forms that genuinely belong to more than one country. The parser must treat
# them as ambiguous (resolve from other evidence in the text, else no country).
AMBIGUOUS_COUNTRY_FORMS: dict[str, frozenset[str]] = {
    # Nationality of both Congos; the names and capitals differ.
    "congolese": frozenset({"COD", "COG"}),
    # Adjective for both Dominica and the Dominican Republic.
    "dominican": frozenset({"DMA", "DOM"}),
}

# Values allowed to start with "The": the article is part of the place's name.
LEADING_THE_ALLOWED = frozenset({"The Hague", "The Valley"})

Row = dict[str, str]


def _read_tsv(path: Path) -> tuple[list[str], list[Row]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        lines = list(reader)
    assert lines, f"{path.name} is empty"
    header, body = lines[0], lines[1:]
    rows: list[Row] = []
    for number, fields in enumerate(body, start=2):
        assert len(fields) == len(header), (
            f"{path.name}:{number}: {len(fields)} fields, expected {len(header)}"
        )
        rows.append(dict(zip(header, fields, strict=True)))
    return header, rows


def _split(field: str) -> list[str]:
    return field.split("|") if field else []


def _read_lines(path: Path) -> list[str]:
    entries: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            entries.append(raw)
    return entries


def _assert_clean(values: Iterable[str], where: str) -> None:
    for value in values:
        assert value, f"{where}: empty value (stray '|'?)"
        assert value == value.strip(), f"{where}: surrounding spaces in {value!r}"
        assert "  " not in value, f"{where}: double space in {value!r}"
        assert "\t" not in value, f"{where}: tab in {value!r}"
        assert unicodedata.is_normalized("NFC", value), f"{where}: not NFC: {value!r}"
        assert "\u2019" not in value, f"{where}: curly apostrophe in {value!r}"
        if value not in LEADING_THE_ALLOWED:
            assert not value.casefold().startswith("the "), f"{where}: leading 'the' in {value!r}"


@pytest.fixture(scope="module")
def countries() -> list[Row]:
    header, rows = _read_tsv(COUNTRIES)
    assert header == COUNTRY_HEADER
    return rows


@pytest.fixture(scope="module")
def organizations() -> list[Row]:
    header, rows = _read_tsv(ORGANIZATIONS)
    assert header == ORGANIZATION_HEADER
    return rows


def _country_forms(countries: list[Row]) -> dict[str, set[str]]:
    """Map every casefolded name, demonym and metonym to the codes that use it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in countries:
        for column in ("names", "demonyms", "metonyms"):
            for value in _split(row[column]):
                owners[value.casefold()].add(row["iso3"])
    return owners


def test_iso3_codes_are_well_formed_and_unique(countries: list[Row]) -> None:
    codes = [row["iso3"] for row in countries]
    for code in codes:
        assert ISO3.fullmatch(code), f"bad iso3 {code!r}"
    assert len(codes) == len(set(codes)), "duplicate iso3"
    assert codes == sorted(codes), "rows are kept sorted by iso3"
    # All of ISO 3166-1 (249 entries) plus Kosovo.
    assert len(codes) == 250


def test_required_codes_present(countries: list[Row]) -> None:
    codes = {row["iso3"] for row in countries}
    for code in ("XKX", "PSE", "TWN", "HKG", "MAC", "VAT", "COD", "COG", "PRK", "KOR"):
        assert code in codes


def test_every_country_has_names(countries: list[Row]) -> None:
    for row in countries:
        assert _split(row["names"]), f"{row['iso3']}: no names"


def test_country_values_are_clean(countries: list[Row]) -> None:
    for row in countries:
        for column in ("names", "demonyms", "metonyms"):
            values = _split(row[column])
            where = f"countries.tsv {row['iso3']}.{column}"
            _assert_clean(values, where)
            assert len(values) == len(set(values)), f"{where}: repeated value"


def test_no_form_maps_to_two_countries(countries: list[Row]) -> None:
    owners = _country_forms(countries)
    clashes = {form: frozenset(codes) for form, codes in owners.items() if len(codes) > 1}
    assert clashes == AMBIGUOUS_COUNTRY_FORMS


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("China", "CHN"),
        ("PRC", "CHN"),
        ("Chinese", "CHN"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("Washington", "USA"),
        ("Britain", "GBR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Korea", "KOR"),
        ("ROK", "KOR"),
        ("DPRK", "PRK"),
        ("North Korean", "PRK"),
        ("Emirati", "ARE"),
        ("Lao", "LAO"),
        ("Lao PDR", "LAO"),
        ("Macedonia", "MKD"),
        ("Czech Republic", "CZE"),
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("Cape Verde", "CPV"),
        ("East Timor", "TLS"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Vatican", "VAT"),
        ("Macau", "MAC"),
        ("Congo", "COG"),
        ("DRC", "COD"),
        ("Kinshasa", "COD"),
        ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
        ("Niger", "NER"),
        ("Nigerien", "NER"),
        ("Nigeria", "NGA"),
        ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"),
        ("Papua New Guinea", "PNG"),
        ("Sudan", "SDN"),
        ("South Sudan", "SSD"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Tehran", "IRN"),
        ("Kosovo", "XKX"),
        ("Palestine", "PSE"),
        ("Taiwan", "TWN"),
    ],
)
def test_known_forms(countries: list[Row], form: str, iso3: str) -> None:
    assert _country_forms(countries)[form.casefold()] == {iso3}


def test_organizations(organizations: list[Row]) -> None:
    keys = [row["key"] for row in organizations]
    assert len(keys) == len(set(keys)), "duplicate organization key"
    owners: dict[str, set[str]] = defaultdict(set)
    for row in organizations:
        names = _split(row["names"])
        where = f"organizations.tsv {row['key']}"
        assert names, f"{where}: no names"
        _assert_clean([row["key"], *names], where)
        assert len(names) == len(set(names)), f"{where}: repeated name"
        assert row["key"] in names, f"{where}: key is not among its names"
        assert row["kind"] in ORGANIZATION_KINDS, f"{where}: bad kind {row['kind']!r}"
        assert row["parent"] in {"", *keys} and row["parent"] != row["key"], (
            f"{where}: parent {row['parent']!r} is no other organization's key"
        )
        for name in names:
            owners[name].add(row["key"])
    shared = {name: keys for name, keys in owners.items() if len(keys) > 1}
    assert not shared, f"names used by two organizations: {shared}"


def test_organization_keys_used_by_gold(organizations: list[Row]) -> None:
    keys = {row["key"] for row in organizations}
    assert {"United Nations", "European Union", "World Health Organization"} <= keys


def test_organizations_and_countries_do_not_share_names(
    countries: list[Row], organizations: list[Row]
) -> None:
    country_forms = _country_forms(countries)
    for row in organizations:
        for name in _split(row["names"]):
            assert name.casefold() not in country_forms, f"{name!r} is also a country form"


@pytest.mark.parametrize("path", [TITLES, HONORIFICS], ids=lambda p: p.name)
def test_line_lexicons(path: Path) -> None:
    entries = _read_lines(path)
    assert entries, f"{path.name} is empty"
    _assert_clean(entries, path.name)
    seen: set[str] = set()
    for entry in entries:
        assert entry not in seen, f"{path.name}: duplicate {entry!r}"
        seen.add(entry)


def test_titles_carry_no_country_adjective(countries: list[Row]) -> None:
    demonyms = {value for row in countries for value in _split(row["demonyms"]) if len(value) > 3}
    for title in _read_lines(TITLES):
        first = title.split()[0]
        assert first not in demonyms, f"title starts with a country adjective: {title!r}"


def test_titles_cover_the_basics() -> None:
    titles = set(_read_lines(TITLES))
    for title in (
        "President",
        "Prime Minister",
        "Foreign Minister",
        "Minister of Foreign Affairs",
        "Secretary of State",
        "Secretary-General",
        "State Councilor",
        "Premier",
        "Chancellor",
        "Director-General",
        "Crown Prince",
    ):
        assert title in titles


def test_readme_describes_every_file() -> None:
    text = README.read_text(encoding="utf-8")
    for path in (COUNTRIES, ORGANIZATIONS, TITLES, HONORIFICS):
        assert path.name in text


def test_reporting_verbs_have_a_known_class_and_flag() -> None:
    rows = [
        line.split("\t")
        for line in (DATA_DIR / "reporting_verbs.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert rows
    for row in rows:
        assert len(row) in (3, 4), row
        assert row[2] in {"speech", "topic"}, row
        assert row[3:] in ([], ["belief"]), row
    pasts = [row[0] for row in rows if row[0] != "-"]  # ("-": an -ing form alone)
    assert len(pasts) == len(set(pasts)), "a verb is listed twice"
    assert "hoped" in {row[0] for row in rows if row[3:] == ["belief"]}


def test_reporting_verb_alternatives_expand_in_step_and_once() -> None:
    verbs = Lexicon.default().reporting_verbs
    pasts = [v.past for v in verbs if v.past]
    assert len(pasts) == len(set(pasts)), "a verb is listed twice after expansion"
    assert not any("{" in v.past or "}" in v.ing or "  " in v.past for v in verbs)
    forms = {v.past: v.ing for v in verbs}
    # "{had|held} a {frank |}exchange ...": each past form with its own -ing form
    assert (
        forms["held a frank exchange of opinions on"] == "holding a frank exchange of opinions on"
    )
    assert forms["had an exchange of views about"] == "having an exchange of views about"


def test_a_past_form_of_dash_makes_the_ing_form_alone_a_cue() -> None:
    verbs = Lexicon.default().reporting_verbs
    assert ReportingVerb("", "calling", "speech") in verbs
    m = matchers_for(Lexicon.default())
    assert "calling" in m.verb_class and "" not in m.verb_class
    assert m.verb.match("calling the move a mistake") is not None


def test_an_ing_form_of_dash_makes_the_past_alone_a_cue() -> None:
    # "called" alone: the parser reads it only as "called X a Y" (test_parse.py)
    assert ReportingVerb("called", "", "speech") in Lexicon.default().reporting_verbs
    m = matchers_for(Lexicon.default())
    assert m.verb_class["called"] == "speech" and "" not in m.verb_class
    assert "" not in m.participles and "calling" in m.participles
