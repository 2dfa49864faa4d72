"""The typed data model of a parsed readout: attrs classes and enums only.

Every extracted item keeps its evidence: a :class:`Span` into ``Readout.text``
such that ``readout.text[span.start:span.end] == item.text``. A :class:`Readout`
checks its invariants once, when it is built, and raises
:class:`~readoutkit.errors.ValidationError` naming the bad field's path.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from readoutkit.errors import ValidationError

__all__ = [
    "SCHEMA_VERSION",
    "Commitment",
    "Kind",
    "Modality",
    "Notice",
    "Party",
    "Polarity",
    "Quotation",
    "Readout",
    "Span",
    "Statement",
]

#: Version of the JSON format. Bumped on any change that an older reader could
#: misread (a removed or renamed field, a changed meaning); see docs/format.md.
SCHEMA_VERSION = 1


class Kind(str, enum.Enum):
    """What kind of engagement the readout reports."""

    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    TALKS = "talks"
    LETTER = "letter"
    JOINT_STATEMENT = "joint_statement"
    OTHER = "other"


class Polarity(str, enum.Enum):
    """Whether an undertaking is to do something or to refuse it."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class Modality(str, enum.Enum):
    """The kind of cue that makes a clause an undertaking."""

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
    """How a statement is reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    TOPIC = "topic"  # "discussed Rafah": only the subject is reported


# Typed converters for the tuple fields. With the builtin ``tuple`` as converter,
# the attrs mypy plugin types the __init__ argument as ``Iterable[_T_co]``, which
# no argument satisfies: no caller could pass these fields under mypy.
def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _parties(items: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(items)


def _statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(items)


def _commitments(items: Iterable[Commitment]) -> tuple[Commitment, ...]:
    return tuple(items)


def _notices(items: Iterable[Notice]) -> tuple[Notice, ...]:
    return tuple(items)


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the readout's text."""

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()

    @end.validator
    def _end_after_start(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def slice(self, text: str) -> str:
        """The evidence: ``text[start:end]``."""
        return text[self.start : self.end]


@attrs.frozen
class Party:
    """A person in the readout: a participant, or (in ``Readout.mentions``) one only mentioned.

    ``name`` is ``None`` for a participant the text names only by title
    ("The Prime Minister hosted ..."). ``title`` is as written, without the
    country adjective. ``country`` is ISO 3166-1 alpha-3; ``organization`` is
    set for officials of an international organization. ``aliases`` are the
    surface forms that refer to this party ("Wang", "the Chinese side");
    ``spans`` are where it is mentioned, first the defining mention.
    """

    id: str
    name: str | None = None
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    @property
    def label(self) -> str:
        """A human label: the name, else title and side."""
        if self.name:
            return self.name
        side = self.country or self.organization or ""
        return " ".join(x for x in (side, self.title or "") if x) or self.id


@attrs.frozen
class Statement:
    """One reported-speech clause: who said it and what, with its evidence.

    ``text`` is the reported content (without the reporting verb and speaker);
    ``cue`` the reporting verb or expression as written ("stressed",
    "according to"); ``rule`` names the parser rule that produced it.
    """

    id: str
    speakers: tuple[str, ...] = attrs.field(converter=_strs)
    text: str
    span: Span
    cue: str | None = None
    quotation: Quotation = Quotation.INDIRECT
    rule: str = ""


@attrs.frozen
class Commitment:
    """An undertaking about the actors' own future conduct.

    ``statement`` is the id of the statement it sits in, if any.
    """

    id: str
    actors: tuple[str, ...] = attrs.field(converter=_strs)
    text: str
    span: Span
    polarity: Polarity = Polarity.POSITIVE
    modality: Modality = Modality.WILL
    cue: str | None = None
    statement: str | None = None
    rule: str = ""


@attrs.frozen
class Notice:
    """Something the parser could not settle; a warning, never an exception."""

    code: str
    message: str
    span: Span | None = None


@attrs.frozen
class Readout:
    """A parsed readout. Construction validates every cross-reference and span."""

    text: str
    kind: Kind = Kind.OTHER
    title: str | None = None
    reference_date: dt.date | None = None
    date: dt.date | None = None
    parties: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    mentions: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    commitments: tuple[Commitment, ...] = attrs.field(default=(), converter=_commitments)
    warnings: tuple[Notice, ...] = attrs.field(default=(), converter=_notices)
    source: str | None = None
    schema_version: int = SCHEMA_VERSION

    def __attrs_post_init__(self) -> None:
        check_readout(self)

    def party(self, party_id: str) -> Party:
        """The participant with this id (``KeyError`` if none)."""
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(party_id)

    def names(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """Labels of the parties with these ids, for display."""
        return tuple(self.party(i).label for i in ids)


def _check_span(text: str, span: Span | None, path: str, expected: str | None = None) -> None:
    if span is None:
        return
    if span.end > len(text):
        raise ValidationError(
            path, f"span [{span.start}, {span.end}) lies beyond the text ({len(text)} characters)"
        )
    if expected is not None and text[span.start : span.end] != expected:
        raise ValidationError(path, "the text at this span differs from the stored text")


def check_readout(r: Readout) -> None:
    """Check a readout's invariants; raise ValidationError with the bad field's path."""
    try:
        valid = _all_valid(r)
    except Exception:  # whatever it is, the detailed check decides and words it
        valid = False
    if not valid:
        _check_detailed(r)


def _all_valid(r: Readout) -> bool:
    """Whether ``r`` surely passes :func:`_check_detailed`: its invariants, checked fast.

    ``False`` (or an exception) means "not sure": the detailed check then finds and
    words the first problem, if there is one.
    """
    if r.schema_version != SCHEMA_VERSION:
        return False
    text = r.text
    size = len(text)
    parties, mentions = r.parties, r.mentions
    party_ids = {p.id for p in parties}
    if len(party_ids) != len(parties):
        return False
    if mentions:
        mention_ids = {p.id for p in mentions}
        if len(mention_ids) != len(mentions) or not party_ids.isdisjoint(mention_ids):
            return False
    for people in (parties, mentions):
        for p in people:
            for span in p.spans:
                if span.end > size:
                    return False
    statements = r.statements
    statement_ids = {st.id for st in statements}
    if len(statement_ids) != len(statements):
        return False
    for st in statements:
        span = st.span
        if not party_ids.issuperset(st.speakers) or (
            span is not None and (span.end > size or text[span.start : span.end] != st.text)
        ):
            return False
    commitments = r.commitments
    if commitments:
        if len({c.id for c in commitments}) != len(commitments):
            return False
        for c in commitments:
            span = c.span
            if (
                not party_ids.issuperset(c.actors)
                or (c.statement is not None and c.statement not in statement_ids)
                or (span is not None and (span.end > size or text[span.start : span.end] != c.text))
            ):
                return False
    return all(w.span is None or w.span.end <= size for w in r.warnings)


def _check_detailed(r: Readout) -> None:
    """:func:`check_readout` item by item: raise at the first problem, naming its path."""
    if r.schema_version != SCHEMA_VERSION:
        raise ValidationError(
            "schema_version",
            f"unsupported schema version {r.schema_version!r} (this is {SCHEMA_VERSION})",
        )
    seen: set[str] = set()
    for field, people in (("parties", r.parties), ("mentions", r.mentions)):
        for i, p in enumerate(people):
            if p.id in seen:
                raise ValidationError(f"{field}[{i}].id", f"duplicate id {p.id!r}")
            seen.add(p.id)
            for j, s in enumerate(p.spans):
                _check_span(r.text, s, f"{field}[{i}].spans[{j}]")
    party_ids = {p.id for p in r.parties}
    statement_ids: set[str] = set()
    for i, st in enumerate(r.statements):
        if st.id in statement_ids:
            raise ValidationError(f"statements[{i}].id", f"duplicate id {st.id!r}")
        statement_ids.add(st.id)
        for j, ref in enumerate(st.speakers):
            if ref not in party_ids:
                raise ValidationError(
                    f"statements[{i}].speakers[{j}]", f"{ref!r} is not a party id"
                )
        _check_span(r.text, st.span, f"statements[{i}].span", st.text)
    commitment_ids: set[str] = set()
    for i, c in enumerate(r.commitments):
        if c.id in commitment_ids:
            raise ValidationError(f"commitments[{i}].id", f"duplicate id {c.id!r}")
        commitment_ids.add(c.id)
        for j, ref in enumerate(c.actors):
            if ref not in party_ids:
                raise ValidationError(f"commitments[{i}].actors[{j}]", f"{ref!r} is not a party id")
        if c.statement is not None and c.statement not in statement_ids:
            raise ValidationError(
                f"commitments[{i}].statement", f"{c.statement!r} is not a statement id"
            )
        _check_span(r.text, c.span, f"commitments[{i}].span", c.text)
    for i, w in enumerate(r.warnings):
        _check_span(r.text, w.span, f"warnings[{i}].span")
