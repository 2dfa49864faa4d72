"""Fuzz tests: parse() on arbitrary and readout-like text; loads()/from_dict() on arbitrary JSON.

parse() must never raise (except InputTooLargeError), must keep every span's
evidence exact, must only name participants as speakers/actors, and must be
deterministic. loads()/from_dict() must reject bad input only with
readoutkit's own errors.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readoutkit
from readoutkit.errors import InputTooLargeError, ReadoutkitError
from strategies import FRAGMENTS

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------
# Readout-like text from grammar fragments (invented names).

_TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "State Councilor and Foreign Minister",
    "Minister of Defence",
    "Secretary-General",
    "Deputy Secretary",
    "Minister and Minister",
    "H.E.",
    "the",
)
_ADJ = ("Valdorian", "Ostrean", "Pellandic", "Chinese", "U.S.", "French", "")
_NAMES = (
    "Arlo Varga",
    "Bettina Quill",
    "Casimir Rendt",
    "Ivo",
    "Okonkwo-Lind",
    "O'Hara",
    "Dé Marò",
)
_KINDS = (
    "held a phone call with",
    "met with",
    "held talks with",
    "spoke by phone today with",
    "held a video call with",
    "wrote to",
    "and",
)
_VERBS = (
    "said",
    "stressed",
    "noted that",
    "emphasized",
    "expressed the hope that",
    "told",
    "according to",
    "agreed",
    "pledged to",
    "will continue to",
    "is ready to",
    "refused to",
    "will not",
)
_CONTENT = (
    "the two sides should deepen cooperation",
    "Valdoria will support the river basin project",
    "both sides agreed to stay in close communication",
    "we will never accept interference",
    "",
)
_DATELINES = (
    "On March 3, 2021,",
    "2019-07-04",
    "BEIJING, Jan. 5 (Xinhua) --",
    "Today,",
    "On 31 February 2020",
    "Yesterday",
    "",
)
_QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "«", "»")
_PUNCT = (".", ",", ";", ":", "!", "?", " -- ", "\n", "\n\n", " ", "")

_FRAGMENT = st.one_of(
    st.sampled_from(_TITLES),
    st.sampled_from(_ADJ),
    st.sampled_from(_NAMES),
    st.sampled_from(_KINDS),
    st.sampled_from(_VERBS),
    st.sampled_from(_CONTENT),
    st.sampled_from(_DATELINES),
    st.sampled_from(_QUOTES),
    st.sampled_from(_PUNCT),
    st.sampled_from(FRAGMENTS),
)


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    """A sentence in the usual shape, or a shuffle of fragments."""
    if draw(st.booleans()):
        parts = [
            draw(st.sampled_from(_DATELINES)),
            draw(st.sampled_from(_ADJ)),
            draw(st.sampled_from(_TITLES)),
            draw(st.sampled_from(_NAMES)),
            draw(st.sampled_from(_KINDS + _VERBS)),
            draw(st.sampled_from(_ADJ)),
            draw(st.sampled_from(_TITLES)),
            draw(st.sampled_from(_NAMES)),
        ]
        if draw(st.booleans()):
            q = draw(st.sampled_from(_QUOTES))
            parts.append(q + draw(st.sampled_from(_CONTENT)) + draw(st.sampled_from(("", q))))
        else:
            parts.append(draw(st.sampled_from(_CONTENT)))
        return " ".join(parts) + draw(st.sampled_from(_PUNCT))
    return " ".join(draw(st.lists(_FRAGMENT, max_size=12)))


readout_like = st.lists(_sentences(), max_size=8).map(" ".join)


def _check_parse(text: str) -> None:
    try:
        r = readoutkit.parse(text)
    except InputTooLargeError:
        return
    assert r.text == text
    # a stage that failed is reported as a warning rather than raised: none may occur
    assert not [w for w in r.warnings if w.code == "internal-error"], r.warnings
    party_ids = {p.id for p in r.parties}
    for s in r.statements:
        assert r.text[s.span.start : s.span.end] == s.text
        assert set(s.speakers) <= party_ids
    for c in r.commitments:
        assert r.text[c.span.start : c.span.end] == c.text
        assert set(c.actors) <= party_ids
    again = readoutkit.parse(text)
    assert again == r
    assert readoutkit.to_dict(again) == readoutkit.to_dict(r)


@_SETTINGS
@given(st.text())
def test_parse_arbitrary_text(text: str) -> None:
    _check_parse(text)


@_SETTINGS
@given(st.lists(st.one_of(st.characters(), st.sampled_from(FRAGMENTS)), max_size=60).map("".join))
def test_parse_odd_characters(text: str) -> None:
    _check_parse(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(readout_like)
def test_parse_readout_like_text(text: str) -> None:
    _check_parse(text)


# --------------------------------------------------------------------------
# loads / from_dict on arbitrary JSON-ish input.

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.text(max_size=10),
    st.sampled_from(("phone_call", "p1", "2020-01-01", "2020-02-30", "", "positive", "will")),
)
_JSONISH: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
    ),
    max_leaves=30,
)
_KEYS = st.sampled_from(
    (
        "text",
        "kind",
        "title",
        "reference_date",
        "date",
        "parties",
        "mentions",
        "statements",
        "commitments",
        "warnings",
        "source",
        "schema_version",
        "id",
        "span",
        "spans",
        "start",
        "end",
        "speakers",
        "actors",
        "statement",
    )
)

_BASE = readoutkit.to_dict(
    readoutkit.parse(
        "Foreign Minister Arlo Varga of Valdoria held a phone call with Ostrean Prime Minister "
        'Ivo Quill on March 3, 2021. Varga said Valdoria will support the project. "We will '
        'continue to help," Quill said.'
    )
)


def _mutate(doc: Any, path: list[int], value: Any, key: str) -> Any:
    """Replace, delete or add something at a pseudo-random place in ``doc``."""
    if not path or not isinstance(doc, (dict, list)) or not doc:
        return value
    step, rest = path[0], path[1:]
    if isinstance(doc, dict):
        keys = list(doc)
        k = keys[step % len(keys)]
        out = dict(doc)
        if step % 7 == 0:
            del out[k]
        elif step % 7 == 1:
            out[key] = value
        else:
            out[k] = _mutate(doc[k], rest, value, key)
        return out
    items = list(doc)
    i = step % len(items)
    items[i] = _mutate(items[i], rest, value, key)
    return items


def _expect_clean_failure(data: object) -> None:
    try:
        r = readoutkit.from_dict(data)
    except ReadoutkitError:
        return
    # Accepted: it must survive a round trip unchanged.
    assert readoutkit.from_dict(readoutkit.to_dict(r)) == r


@settings(max_examples=300, deadline=None)
@given(_JSONISH)
def test_from_dict_arbitrary(data: Any) -> None:
    _expect_clean_failure(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=50), max_size=6), _JSONISH, _KEYS)
def test_from_dict_mutated_readout(path: list[int], value: Any, key: str) -> None:
    _expect_clean_failure(_mutate(_BASE, path, value, key))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=50), max_size=6), _JSONISH, _KEYS)
def test_loads_mutated_readout_both_backends(path: list[int], value: Any, key: str) -> None:
    try:
        s = json.dumps(_mutate(_BASE, path, value, key))
    except ValueError:  # e.g. circular or out-of-range floats: not JSON text
        return
    outcomes = []
    for backend in ("orjson", "json"):
        try:
            outcomes.append(readoutkit.dumps(readoutkit.loads(s, backend=backend)))
        except ReadoutkitError as exc:
            outcomes.append(f"error: {exc}")
    assert outcomes[0] == outcomes[1]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200), _JSONISH.map(json.dumps)))
def test_loads_arbitrary(s: str | bytes) -> None:
    for backend in ("orjson", "json"):
        with contextlib.suppress(ReadoutkitError):
            readoutkit.loads(s, backend=backend)
