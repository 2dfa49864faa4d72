"""The parser's vocabularies as one immutable value, loaded from the data files.

A :class:`Lexicon` holds countries, organizations, titles, honorifics,
reporting verbs, commitment cues and kind cues. There is no global mutable
configuration: ``Lexicon.default()`` is read once from the packaged files and
``lexicon.extend(...)`` returns a *new* lexicon for one call of ``parse``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import attrs

from readoutkit.model import Kind, Modality, Polarity

__all__ = [
    "CommitmentCue",
    "Country",
    "KindCueRow",
    "Lexicon",
    "Organization",
    "ReportingVerb",
]


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _countries(items: Iterable[Country]) -> tuple[Country, ...]:
    return tuple(items)


def _orgs(items: Iterable[Organization]) -> tuple[Organization, ...]:
    return tuple(items)


def _verbs(items: Iterable[ReportingVerb]) -> tuple[ReportingVerb, ...]:
    return tuple(items)


def _cues(items: Iterable[CommitmentCue]) -> tuple[CommitmentCue, ...]:
    return tuple(items)


def _kinds(items: Iterable[KindCueRow]) -> tuple[KindCueRow, ...]:
    return tuple(items)


def _pairs(items: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(items)


@attrs.frozen
class Country:
    """A country: ISO 3166-1 alpha-3 code, names, demonyms and metonyms (capitals and
    seats of government: "Washington", "the White House")."""

    iso3: str
    names: tuple[str, ...] = attrs.field(converter=_strs)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    metonyms: tuple[str, ...] = attrs.field(default=(), converter=_strs)


@attrs.frozen
class Organization:
    """An international organization: canonical key and the names it goes by; ``parent``
    is the key of the organization it is an institution of (the European Commission's
    is the European Union): its officials are the parent's."""

    key: str
    names: tuple[str, ...] = attrs.field(converter=_strs)
    kind: str = "igo"
    parent: str | None = None


@attrs.frozen
class ReportingVerb:
    """A reporting cue in its past and -ing forms; ``cls`` is ``speech`` or ``topic``;
    ``belief`` marks a verb of belief or hope, whose "will" reports a prediction. An empty
    ``past`` makes the -ing form alone a cue (", calling the move a mistake", where "called"
    would also be a phone call), and an empty ``ing`` the past alone."""

    past: str
    ing: str
    cls: str = "speech"
    belief: bool = False


@attrs.frozen
class CommitmentCue:
    """A commitment cue: pattern (with BE / POSS placeholders), modality, polarity, form."""

    pattern: str
    modality: Modality
    polarity: Polarity = Polarity.POSITIVE
    form: str = "modal"


@attrs.frozen
class KindCueRow:
    """A cue for the kind of engagement: a regex fragment, the kind it signals, and its
    role (mode / event / weak / hint; see data/kind_cues.tsv)."""

    kind: Kind
    pattern: str
    role: str | None = None


def _rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a packaged data file, without comments and blank lines."""
    text = resources.files("readoutkit.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _load_countries() -> tuple[Country, ...]:
    out = []
    rows = _rows("countries.tsv")
    for row in rows:
        if row[0] == "iso3":
            continue
        row += [""] * (4 - len(row))
        out.append(Country(row[0], _split(row[1]), _split(row[2]), _split(row[3])))
    return tuple(out)


def _load_organizations() -> tuple[Organization, ...]:
    out = []
    for row in _rows("organizations.tsv"):
        if row[0] == "key":
            continue
        row += [""] * (4 - len(row))
        out.append(
            Organization(row[0], _split(row[1]) or (row[0],), row[2] or "igo", row[3] or None)
        )
    return tuple(out)


def _load_lines(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in _rows(name) if row and row[0])


def _alternatives(cell: str) -> list[str]:
    """A cell's forms: each "{a|b}" group replaced by each of its options, in order."""
    forms = [""]
    for m in _GROUP.finditer(cell):
        if m.group("opts") is None:
            forms = [f + m.group("lit") for f in forms]
        else:
            forms = [f + o for f in forms for o in m.group("opts").split("|")]
    return [" ".join(f.split()) for f in forms]


#: a literal run, or a "{a|b}" group of alternatives
_GROUP = re.compile(r"\{(?P<opts>[^{}]*)\}|(?P<lit>[^{}]+)")


def _load_verbs() -> tuple[ReportingVerb, ...]:
    out = []
    for r in _rows("reporting_verbs.tsv"):
        # "-": no past (or -ing) form, the other alone is a cue (", calling X a Y";
        # "called Iran a partner", where "calling" is a row of its own)
        pasts = [] if r[0] == "-" else _alternatives(r[0])
        ings = [""] * len(pasts) if r[1] == "-" else _alternatives(r[1])
        pasts = pasts or [""] * len(ings)
        if len(pasts) != len(ings):
            raise ValueError(
                f"reporting_verbs.tsv: {r[0]!r} and {r[1]!r} have different alternatives"
            )
        cls = r[2] if len(r) > 2 else "speech"
        out += [
            ReportingVerb(p, i, cls, r[3:4] == ["belief"]) for p, i in zip(pasts, ings, strict=True)
        ]
    return tuple(out)


def _load_cues() -> tuple[CommitmentCue, ...]:
    return tuple(
        CommitmentCue(r[0], Modality(r[1]), Polarity(r[2]), r[3] if len(r) > 3 else "modal")
        for r in _rows("commitment_cues.tsv")
    )


def _load_kind_cues() -> tuple[KindCueRow, ...]:
    out: list[KindCueRow] = []
    if not resources.files("readoutkit.data").joinpath("kind_cues.tsv").is_file():
        return ()
    for r in _rows("kind_cues.tsv"):
        if len(r) >= 2 and r[0] in {k.value for k in Kind}:
            out.append(KindCueRow(Kind(r[0]), r[1], r[2] if len(r) > 2 and r[2] else None))
    return tuple(out)


def _load_officials() -> tuple[tuple[str, str], ...]:
    if not resources.files("readoutkit.data").joinpath("officials.tsv").is_file():
        return ()
    out: list[tuple[str, str]] = []
    for r in _rows("officials.tsv"):
        if r[0] == "name" or len(r) < 2:
            continue
        out.append((r[0], r[1]))
        for alias in _split(r[2]) if len(r) > 2 else ():
            out.append((alias, r[1]))
    return tuple(out)


@attrs.frozen(cache_hash=True)
class Lexicon:
    """All vocabularies the parser applies. Immutable; compiled matchers are cached per instance."""

    countries: tuple[Country, ...] = attrs.field(converter=_countries)
    organizations: tuple[Organization, ...] = attrs.field(converter=_orgs)
    titles: tuple[str, ...] = attrs.field(converter=_strs)
    honorifics: tuple[str, ...] = attrs.field(converter=_strs)
    reporting_verbs: tuple[ReportingVerb, ...] = attrs.field(converter=_verbs)
    commitment_cues: tuple[CommitmentCue, ...] = attrs.field(converter=_cues)
    kind_cues: tuple[KindCueRow, ...] = attrs.field(default=(), converter=_kinds)
    #: known officials: (full name or alias, ISO3 or organization key)
    officials: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)

    @staticmethod
    @functools.cache
    def default() -> Lexicon:
        """The packaged lexicon (read once; immutable, so safe to share)."""
        return Lexicon(
            countries=_load_countries(),
            organizations=_load_organizations(),
            titles=_load_lines("titles.txt"),
            honorifics=_load_lines("honorifics.txt"),
            reporting_verbs=_load_verbs(),
            commitment_cues=_load_cues(),
            kind_cues=_load_kind_cues(),
            officials=_load_officials(),
        )

    def extend(
        self,
        *,
        countries: Iterable[Country] = (),
        organizations: Iterable[Organization] = (),
        titles: Iterable[str] = (),
        honorifics: Iterable[str] = (),
        reporting_verbs: Iterable[ReportingVerb] = (),
        commitment_cues: Iterable[CommitmentCue] = (),
        kind_cues: Iterable[KindCueRow] = (),
        officials: Iterable[tuple[str, str]] = (),
    ) -> Lexicon:
        """A new lexicon with these entries added (this one is unchanged)."""
        return Lexicon(
            countries=self.countries + tuple(countries),
            organizations=self.organizations + tuple(organizations),
            titles=self.titles + tuple(titles),
            honorifics=self.honorifics + tuple(honorifics),
            reporting_verbs=self.reporting_verbs + tuple(reporting_verbs),
            commitment_cues=self.commitment_cues + tuple(commitment_cues),
            kind_cues=self.kind_cues + tuple(kind_cues),
            officials=self.officials + tuple(officials),
        )
