"""Hypothesis strategies for readoutkit's model: valid values that respect every invariant.

Reuse them from any test module (pytest puts ``tests/`` on ``sys.path``)::

    from strategies import readouts

    @given(readouts())
    def test_something(readout: Readout) -> None: ...

Texts mix arbitrary Unicode (never lone surrogates, which the JSON format
rejects) with fragments chosen to break naive code: NBSP and other odd
spaces, line and paragraph separators, combining marks, emoji sequences,
right-to-left script. Every span lies inside its readout's text and every
item's ``text`` is exactly the slice its span selects; speakers and actors are
real party ids; commitments point at real statement ids or ``None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from readoutkit.model import (
    Commitment,
    Kind,
    Modality,
    Notice,
    Party,
    Polarity,
    Quotation,
    Readout,
    Span,
    Statement,
)

__all__ = [
    "FRAGMENTS",
    "commitments",
    "dates",
    "ids",
    "notices",
    "parties",
    "readouts",
    "short_texts",
    "spans",
    "statements",
    "texts",
]

#: Pieces of text that have broken text-handling code before.
FRAGMENTS: tuple[str, ...] = (
    "The President",
    " said that ",
    "will continue to",
    "Prime Minister Narendra Modi",
    "Wang Yi",
    "\u00a0",  # NBSP
    "\u202f",  # narrow NBSP
    "\u2007",  # figure space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\ufeff",  # BOM as a character
    "\t",
    "\r\n",
    "\r",
    "\n\n",
    "\x0b\x0c",
    "\u2028",  # line separator: splitlines() breaks here, JSON Lines must not
    "\u2029",  # paragraph separator
    "\x85",  # next line
    "\x00",
    "\x7f",
    "e\u0301",  # combining acute
    "Élysée",
    "Straße",
    "Владимир Путин",
    "習近平",
    "محمد بن سلمان",
    "\u200f",  # right-to-left mark
    "😀",
    "👍🏽",  # with skin-tone modifier
    "🇫🇷",  # regional-indicator flag
    "👩\u200d👩\u200d👧",  # ZWJ sequence
    '"quoted"',
    "\\",
    "’",
)

_CHARS = st.characters(codec="utf-8")  # every code point except surrogates


_PIECE = st.one_of(_CHARS, st.sampled_from(FRAGMENTS))
_TEXTS = st.lists(_PIECE, max_size=40).map("".join)


def texts(*, max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Readout-like texts: arbitrary characters mixed with :data:`FRAGMENTS`."""
    return _TEXTS if max_pieces == 40 else st.lists(_PIECE, max_size=max_pieces).map("".join)


_KINDS = st.sampled_from(Kind)
_QUOTATIONS = st.sampled_from(Quotation)
_POLARITIES = st.sampled_from(Polarity)
_MODALITIES = st.sampled_from(Modality)
_SHORT = st.one_of(st.text(_CHARS, max_size=8), st.sampled_from(FRAGMENTS))
_MAYBE_SHORT = st.none() | _SHORT
_ALIASES = st.lists(_SHORT, max_size=3)
_COUNTRY = st.none() | st.builds(
    "".join, st.lists(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=3, max_size=3)
)


def short_texts() -> st.SearchStrategy[str]:
    """Short free strings for names, titles, cues and rule names."""
    return _SHORT


_IDS = st.one_of(
    st.builds("{}{}".format, st.sampled_from("psc"), st.integers(0, 99)),
    st.text(_CHARS, max_size=4),
)


def ids() -> st.SearchStrategy[str]:
    """Item ids: usually ``p1``-style, sometimes any string (even empty)."""
    return _IDS


_DATES = st.none() | st.dates()


def dates() -> st.SearchStrategy[dt.date | None]:
    """A date anywhere in years 1-9999, or ``None``."""
    return _DATES


@st.composite
def spans(draw: st.DrawFn, text: str | None = None, *, max_end: int = 10_000) -> Span:
    """A span inside ``text`` (any valid offsets up to ``max_end`` when no text is given)."""
    limit = len(text) if text is not None else max_end
    start = draw(st.integers(0, limit))
    end = draw(st.integers(start, limit))
    return Span(start, end)


@st.composite
def parties(draw: st.DrawFn, text: str | None = None, *, id: str | None = None) -> Party:
    """A party whose spans lie inside ``text`` (drawn when not given)."""
    if text is None:
        text = draw(texts())
    return Party(
        id=draw(ids()) if id is None else id,
        name=draw(_MAYBE_SHORT),
        title=draw(_MAYBE_SHORT),
        country=draw(_COUNTRY),
        organization=draw(_MAYBE_SHORT),
        aliases=draw(_ALIASES),
        spans=draw(st.lists(spans(text), max_size=3)),
        rule=draw(_SHORT),
    )


def _refs(draw: st.DrawFn, pool: Sequence[str]) -> list[str]:
    if not pool:
        return []
    return draw(st.lists(st.sampled_from(list(pool)), max_size=3, unique=True))


@st.composite
def statements(
    draw: st.DrawFn,
    text: str | None = None,
    party_ids: Sequence[str] | None = None,
    *,
    id: str | None = None,
) -> Statement:
    """A statement whose span slices ``text`` and whose speakers come from ``party_ids``."""
    if text is None:
        text = draw(texts())
    if party_ids is None:
        party_ids = draw(st.lists(ids(), max_size=3, unique=True))
    span = draw(spans(text))
    return Statement(
        id=draw(ids()) if id is None else id,
        speakers=_refs(draw, party_ids),
        text=span.slice(text),
        span=span,
        cue=draw(_MAYBE_SHORT),
        quotation=draw(_QUOTATIONS),
        rule=draw(_SHORT),
    )


@st.composite
def commitments(
    draw: st.DrawFn,
    text: str | None = None,
    party_ids: Sequence[str] | None = None,
    statement_ids: Sequence[str] | None = None,
    *,
    id: str | None = None,
) -> Commitment:
    """A commitment whose span slices ``text``, actors from ``party_ids``, statement from
    ``statement_ids`` (or ``None``)."""
    if text is None:
        text = draw(texts())
    if party_ids is None:
        party_ids = draw(st.lists(ids(), max_size=3, unique=True))
    if statement_ids is None:
        statement_ids = draw(st.lists(ids(), max_size=3, unique=True))
    span = draw(spans(text))
    statement = (st.none() | st.sampled_from(list(statement_ids))) if statement_ids else st.none()
    return Commitment(
        id=draw(ids()) if id is None else id,
        actors=_refs(draw, party_ids),
        text=span.slice(text),
        span=span,
        polarity=draw(_POLARITIES),
        modality=draw(_MODALITIES),
        cue=draw(_MAYBE_SHORT),
        statement=draw(statement),
        rule=draw(_SHORT),
    )


@st.composite
def notices(draw: st.DrawFn, text: str | None = None) -> Notice:
    """A parser notice, with or without a span inside ``text``."""
    if text is None:
        text = draw(texts())
    return Notice(
        code=draw(_SHORT),
        message=draw(_SHORT),
        span=draw(st.none() | spans(text)),
    )


@st.composite
def readouts(
    draw: st.DrawFn,
    *,
    text: st.SearchStrategy[str] | None = None,
    max_items: int = 4,
) -> Readout:
    """Whole valid readouts: the text first, then items whose spans really slice it.

    ``text`` overrides the text strategy (default :func:`texts`); ``max_items``
    bounds each list (parties, mentions, statements, commitments, warnings).
    Party ids are unique across ``parties`` and ``mentions``; speakers and
    actors are ids of ``parties``; a commitment's ``statement`` is a statement
    id or ``None``. Any list may be empty.
    """
    body = draw(text if text is not None else texts())
    people = draw(st.lists(ids(), max_size=2 * max_items, unique=True))
    split = draw(st.integers(0, min(len(people), max_items)))
    party_ids, mention_ids = people[:split], people[split : split + max_items]
    statement_ids = draw(st.lists(ids(), max_size=max_items, unique=True))
    commitment_ids = draw(st.lists(ids(), max_size=max_items, unique=True))
    return Readout(
        text=body,
        kind=draw(_KINDS),
        title=draw(_MAYBE_SHORT),
        reference_date=draw(dates()),
        date=draw(dates()),
        parties=[draw(parties(body, id=i)) for i in party_ids],
        mentions=[draw(parties(body, id=i)) for i in mention_ids],
        statements=[draw(statements(body, party_ids, id=i)) for i in statement_ids],
        commitments=[
            draw(commitments(body, party_ids, statement_ids, id=i)) for i in commitment_ids
        ],
        warnings=draw(st.lists(notices(body), max_size=max_items)),
        source=draw(_MAYBE_SHORT),
    )
