"""The cheap tests the people stage runs before a pattern give the pattern's answer (or,
for the necessary ones, never say no where it says yes), on text built to break them."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutkit.lexicon import Lexicon
from readoutkit.parser.matchers import matchers_for, name_key, scan
from readoutkit.parser.parties import (
    INSTITUTION_NOUN_WORDS,
    _comma_before,
    _cut,
    _engages,
    _Finder,
    _institution_head_at,
    _lone_i,
    _merged,
    _paren_at,
    _skip_space,
    _surname_before,
    _surname_candidate,
    _the_before,
)
from readoutkit.parser.rules import RULES
from readoutkit.parser.text import segment

_M = matchers_for(Lexicon.default())

#: surnames the officials gazetteer gives a side, capitalised
_SURNAMES = sorted(s.capitalize() for s in _M.surname_side)[:40]

#: words and characters around which the pre-tests could go wrong
_PIECES = [
    *"  ,.;:()-'\u2019\n\t\u00a0\u2009\u0301\u0300\u00b2\u2167\u212a\ufb06\u017f",
    *"0123456789",
    *RULES.engagement_words,
    *(w.upper() for w in RULES.engagement_words),
    *RULES.engagement_cut_phrases,
    "said", "stressed", "noted", "also", "then", "the", "a", "former", "Minister",
    "President", "Foreign", "Wang", "Yi", "Al-", "China", "the United States", "(UN)", "He",
    "Chinese", "\u201c", "\"",
    " whole", " aboutx", " following2", " hosts", " ho\ufb06s", " Ta\u212aks", " 2talks",
    *_SURNAMES,
]  # fmt: skip

_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join)


@st.composite
def _starts(draw: st.DrawFn) -> tuple[str, int]:
    """A text and where a range in it starts (the tests try every end)."""
    text = draw(_TEXTS)
    return text, draw(st.integers(0, len(text)))


@settings(max_examples=300, deadline=None)
@given(_starts())
@example(("They 2talks, TALKS and Ta\u212aks held", 0))
def test_engages_is_the_search(case: tuple[str, int]) -> None:
    text, a = case
    doc = segment(text)
    for b in range(a, len(text) + 1):
        assert _engages(doc, a, b) == (RULES.engagement.search(text, a, b) is not None)


@settings(max_examples=300, deadline=None)
@given(_starts())
@example(("met whole following2 x \u017fabout the occasion", 0))
@example((" following2held", 0))
def test_cut_is_the_search(case: tuple[str, int]) -> None:
    text, a = case
    doc = segment(text)
    for b in range(a, len(text) + 1):
        cut = RULES.engagement_cut.search(text, a, b)
        assert _cut(doc, a, b) == (cut.start() if cut is not None else b)


@settings(max_examples=300, deadline=None)
@given(_starts())
def test_comma_before_never_misses_an_appositive(case: tuple[str, int]) -> None:
    text, b = case
    for a in range(b + 1):
        if _M.appositive_left.search(text, a, b) is not None:
            assert _comma_before(text, a, b)


#: surnames the text may already name someone by (folded), for the candidate tests
_KNOWN = {name_key(s)[-1] for s in _SURNAMES[::3]}


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from([set(), _KNOWN]))
@example(
    f"Talks. {_SURNAMES[0]} said, {_SURNAMES[1]}\u0301 also said; x{_SURNAMES[2]} noted.", set()
)
@example(f"{_SURNAMES[1]} said.\n{_SURNAMES[4]} said; Al-{_SURNAMES[3]} said", set())
@example(f"({_SURNAMES[1]} said, He said, {_SURNAMES[0]} then said", _KNOWN)
@example(f"Talks. Then {_SURNAMES[1]} said, {_SURNAMES[3]} said;{_SURNAMES[4]} said", _KNOWN)
@example(f"Talks. Then:\n{_SURNAMES[2]} also noted.", set())
@example(f"Talks. Then,{_SURNAMES[1]}{' ' * (39 - len(_SURNAMES[1]))}said", set())
def test_surname_candidate_never_misses_a_surname(text: str, names: set[str]) -> None:
    assert "noted" in _M.verb_firsts and "said" in _M.verb_firsts
    doc = segment(text)
    for s in doc.sentences:
        for j, p in enumerate(doc.tok_starts):
            if s.start <= p < s.end and _surname_before(doc, _M, s.start, p, names) is not None:
                assert _surname_candidate(doc, _M, s.start, j, names)


@settings(max_examples=300, deadline=None)
@given(_starts())
def test_last_word_is_the_search(case: tuple[str, int]) -> None:
    text, a = case
    finder = _Finder(segment(text), _M)
    for b in range(a, len(text) + 1):
        lw = RULES.last_word.search(text, a, b)
        assert finder._word_ending_by(a, b) == (lw.group() if lw is not None else None)


_TITLE_PIECES = [
    *" ,.-()\n\u00a0\u0301",
    "Minister", "Foreign Minister", "Foreign", "Prime", "Vice", "President", "State Councilor",
    "and", "of", "the", "Secretary", "General", "Secretary-General", "Wang", "X",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), min_size=1, max_size=40).map("".join), st.data())
@example("Foreign Minister-Minister Vice President and Prime Minister", None)
def test_titles_in_is_the_scan(text: str, data: st.DataObject | None) -> None:
    doc = segment(text)
    finder = _Finder(doc, _M)
    a = data.draw(st.integers(0, len(text))) if data is not None else 0
    for b in range(a, len(text) + 1):
        expected = scan(_M.title, doc, a, b, _M.title_firsts, lower=False)
        assert [tm.span() for tm in finder.titles_in(a, b)] == [tm.span() for tm in expected]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=6))
@example([(3, 3), (1, 5), (5, 9), (2, 4)])
def test_merged_spans_cover_what_the_spans_do(spans: list[tuple[int, int]]) -> None:
    merged = _merged(spans)
    assert all(y < x2 for (_, y), (x2, _) in pairwise(merged))
    for s in range(-1, 32):
        assert any(x <= s < y for x, y in merged) == any(x <= s < y for x, y in spans)


_SMALL_PIECES = [
    *" \t\n\u00a0\u2009\u001f\u0301(),.-", "I", "I met", "I also called", "Ifor", "2I",
    "the", "The", "them", "other", "UN", "(UN)", "( EU )", "(G-7)", "China", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SMALL_PIECES), min_size=1, max_size=30).map("".join))
@example("the (UN) the\u001f ( G-7 ) 2I  met The\tChina")
@example("I\u2009met\nI\u00a0called")
def test_small_pretests_never_miss_their_patterns(text: str) -> None:
    n = len(text)
    for a in range(n + 1):
        if RULES.paren_abbrev.match(text, a) is not None:
            assert _paren_at(text, a)
        for b in range(a, n + 1):
            if RULES.the_before.search(text, a, b) is not None:
                assert _the_before(text, a, b)
            if RULES.first_person_engagement.search(text, a, b) is not None:
                assert _lone_i(text, a, b)


_NOUN_PIECES = [
    *" \t\n\u00a0\u001f-,", "Council", "Councilor", "Assembly", "Forces", "Fo", "Com", "the",
    "General", "Party", "Diet", "Die", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOUN_PIECES), min_size=1, max_size=20).map("".join))
@example(" \tCouncil  Assembly\u00a0Party -Diet")
def test_institution_head_never_misses_the_next_noun(text: str) -> None:
    for te in range(len(text) + 1):
        for b in range(te, len(text) + 1):
            nxt = RULES.next_word.match(text, te, b)
            if nxt is not None and nxt.group("w") in INSTITUTION_NOUN_WORDS:
                assert _institution_head_at(text, _skip_space(text, te, b))
