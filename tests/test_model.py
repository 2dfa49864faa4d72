"""The model's construction invariants: each broken one raises ValidationError at its path."""

from __future__ import annotations

import json
from functools import partial
from typing import Any, cast

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from readoutkit import serialize
from readoutkit.errors import ValidationError
from readoutkit.model import (
    SCHEMA_VERSION,
    Commitment,
    Notice,
    Party,
    Readout,
    Span,
    Statement,
)
from strategies import readouts

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TEXT = "Macron spoke with Modi. Both leaders agreed to meet."


def _parties() -> list[Party]:
    return [Party("p1", name="Macron", spans=[Span(0, 6)]), Party("p2", name="Modi")]


def _statement(**changes: Any) -> Statement:
    base = Statement("s1", ["p1", "p2"], "agreed to meet", Span(37, 51))
    return attrs.evolve(base, **changes)


def _commitment(**changes: Any) -> Commitment:
    base = Commitment("c1", ["p1"], "meet", Span(47, 51), statement="s1")
    return attrs.evolve(base, **changes)


def _readout(**changes: object) -> Readout:
    fields: dict[str, object] = {
        "text": TEXT,
        "parties": _parties(),
        "mentions": [Party("m1", name="Scholz")],
        "statements": [_statement()],
        "commitments": [_commitment()],
        "warnings": [Notice("x", "note", Span(0, 6))],
    }
    fields.update(changes)
    return Readout(**fields)  # type: ignore[arg-type]


def _error(**changes: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        _readout(**changes)
    assert type(info.value) is ValidationError
    return info.value


def test_the_example_is_valid() -> None:
    r = _readout()
    assert r.statements[0].span.slice(r.text) == "agreed to meet"
    assert r.commitments[0].span.slice(r.text) == "meet"


#: (changes to the example readout, path of the error, part of its reason).
_BROKEN: list[tuple[dict[str, object], str, str]] = [
    ({"statements": [_statement(speakers=["p1", "p9"])]}, "statements[0].speakers[1]", "'p9'"),
    # A mention is not a participant: it cannot speak.
    ({"statements": [_statement(speakers=["m1"])]}, "statements[0].speakers[0]", "'m1'"),
    ({"commitments": [_commitment(actors=["p9"])]}, "commitments[0].actors[0]", "'p9'"),
    ({"commitments": [_commitment(statement="s9")]}, "commitments[0].statement", "'s9'"),
    (
        {"statements": [_statement(span=Span(37, 99))]},
        "statements[0].span",
        "beyond the text",
    ),
    (
        {"commitments": [_commitment(span=Span(47, 53), text="meet.")]},
        "commitments[0].span",
        "beyond the text",
    ),
    (
        {"parties": [Party("p1", spans=[Span(0, 6), Span(50, 60)]), Party("p2")]},
        "parties[0].spans[1]",
        "beyond",
    ),
    ({"mentions": [Party("m1", spans=[Span(0, 53)])]}, "mentions[0].spans[0]", "beyond"),
    (
        {"warnings": [Notice("a", "b"), Notice("x", "y", Span(60, 61))]},
        "warnings[1].span",
        "beyond",
    ),
    (
        {"statements": [_statement(text="agreed to meat")]},
        "statements[0].span",
        "differs",
    ),
    ({"commitments": [_commitment(span=Span(46, 50))]}, "commitments[0].span", "differs"),
    ({"parties": [Party("p1"), Party("p1")]}, "parties[1].id", "duplicate"),
    ({"mentions": [Party("p2")]}, "mentions[0].id", "duplicate"),
    ({"statements": [_statement(), _statement()]}, "statements[1].id", "duplicate"),
    ({"commitments": [_commitment(), _commitment()]}, "commitments[1].id", "duplicate"),
    ({"schema_version": SCHEMA_VERSION + 1}, "schema_version", "unsupported schema version"),
    ({"schema_version": 0}, "schema_version", "unsupported schema version"),
]


@pytest.mark.parametrize(("changes", "path", "reason_part"), _BROKEN)
def test_broken_invariant_names_its_path(
    changes: dict[str, object], path: str, reason_part: str
) -> None:
    err = _error(**changes)
    assert err.path == path
    assert reason_part in err.reason
    assert str(err) == f"{path}: {err.reason}"


@pytest.mark.parametrize(("changes", "path", "reason_part"), _BROKEN)
def test_broken_invariant_is_caught_when_loading(
    changes: dict[str, object], path: str, reason_part: str
) -> None:
    # The JSON reader checks the invariants itself, as it builds the objects.
    doc = serialize.to_dict(_readout())
    doc.update({k: serialize.converter.unstructure(v) for k, v in changes.items()})
    assert serialize._fast_from_data(doc, clean=True) is None
    for load in (
        partial(serialize.from_dict, doc),
        partial(serialize.loads, json.dumps(doc), backend="orjson"),
        partial(serialize.loads, json.dumps(doc), backend="json"),
    ):
        with pytest.raises(ValidationError) as info:
            load()
        assert (info.value.path, info.value.reason) == (path, _error(**changes).reason)
        assert reason_part in info.value.reason


@pytest.mark.parametrize(("start", "end"), [(-1, 0), (3, 2), (0, -1)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Span(start, end)


def test_span_slice_and_order() -> None:
    assert Span(7, 11).slice("Macron spoke") == "spok"
    assert Span(0, 0).slice("") == ""
    assert sorted([Span(3, 4), Span(1, 9), Span(1, 2)]) == [Span(1, 2), Span(1, 9), Span(3, 4)]


_PAIRS = st.lists(
    st.integers(0, 6).flatmap(lambda a: st.tuples(st.just(a), st.integers(a, 8))), max_size=12
)


@PROPERTY
@given(_PAIRS)
def test_spans_order_and_dedupe_as_their_offset_pairs(pairs: list[tuple[int, int]]) -> None:
    # parse() sorts and dedupes a party's spans as (start, end) pairs, then makes Spans
    want = tuple(dict.fromkeys(sorted(Span(a, b) for a, b in pairs)))
    assert tuple(Span(a, b) for a, b in dict.fromkeys(sorted(pairs))) == want


def test_tuple_fields_accept_any_iterable() -> None:
    p = Party("p1", aliases=iter(["Macron", "the French side"]), spans=[Span(0, 6)])
    assert p.aliases == ("Macron", "the French side")
    assert p.spans == (Span(0, 6),)


def test_party_lookup_and_labels() -> None:
    r = _readout(parties=[*_parties(), Party("p3", title="Foreign Minister", country="IND")])
    assert r.party("p2").name == "Modi"
    assert r.names(("p1", "p3")) == ("Macron", "IND Foreign Minister")
    assert Party("p9").label == "p9"
    with pytest.raises(KeyError):
        r.party("m1")  # mentions are not parties


# --------------------------------------------------------------------------
# Properties over generated readouts.


@PROPERTY
@given(readouts())
def test_generated_readouts_respect_every_invariant(r: Readout) -> None:
    party_ids = {p.id for p in r.parties}
    all_ids = [p.id for p in (*r.parties, *r.mentions)]
    assert len(all_ids) == len(set(all_ids))
    statement_ids = [s.id for s in r.statements]
    assert len(statement_ids) == len(set(statement_ids))
    for s in r.statements:
        assert s.span.slice(r.text) == s.text and s.span.end <= len(r.text)
        assert set(s.speakers) <= party_ids
    for c in r.commitments:
        assert c.span.slice(r.text) == c.text and c.span.end <= len(r.text)
        assert set(c.actors) <= party_ids
        assert c.statement is None or c.statement in statement_ids
    for p in (*r.parties, *r.mentions):
        assert all(sp.end <= len(r.text) for sp in p.spans)
    assert r.schema_version == SCHEMA_VERSION


@PROPERTY
@given(readouts(), st.data())
def test_any_dangling_speaker_is_named(r: Readout, data: st.DataObject) -> None:
    sites = [(i, j) for i, s in enumerate(r.statements) for j in range(len(s.speakers))]
    assume(sites)
    i, j = data.draw(st.sampled_from(sites))
    ghost = "\x00ghost"
    speakers = list(r.statements[i].speakers)
    speakers[j] = ghost
    statements = list(r.statements)
    statements[i] = attrs.evolve(statements[i], speakers=speakers)
    with pytest.raises(ValidationError) as info:
        attrs.evolve(r, statements=statements)
    assert info.value.path == f"statements[{i}].speakers[{j}]"


@PROPERTY
@given(readouts(), st.data())
def test_any_span_beyond_the_text_is_named(r: Readout, data: st.DataObject) -> None:
    kinds = [k for k in ("statements", "commitments", "warnings") if getattr(r, k)]
    assume(kinds)
    kind = data.draw(st.sampled_from(kinds))
    items = list(getattr(r, kind))
    i = data.draw(st.integers(0, len(items) - 1))
    beyond = Span(len(r.text), len(r.text) + data.draw(st.integers(1, 5)))
    items[i] = attrs.evolve(items[i], span=beyond)
    with pytest.raises(ValidationError) as info:
        attrs.evolve(r, **cast(dict[str, Any], {kind: items}))
    assert info.value.path == f"{kind}[{i}].span"
    assert "beyond the text" in info.value.reason
