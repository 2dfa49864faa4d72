"""The commitment stage's cheap tests before the cue pattern give the pattern's answer,
on text built to break them."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutkit.lexicon import Lexicon
from readoutkit.parser.commitments import _cue_starts
from readoutkit.parser.matchers import matchers_for, matches_at, scan
from readoutkit.parser.text import segment

_M = matchers_for(Lexicon.default())

#: words and characters around which the cue pre-tests could go wrong
_PIECES = [
    *"  ,.;:()-'\u2019\n\t\u00a0\u0301\u212a\u017f\u0130",
    "will", "WILL", "Will", "willing", "is", "are", "was", "committed", "commitment",
    "their", "his", "its", "to", "not", "never", "fully", "firmly", "continue",
    "ready", "readiness", "determined", "China", "the", "and", "support", "x", "2",
]  # fmt: skip

_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 400), st.integers(0, 400))
@example("China will fully commit; its commitment to\u0301 peace is \u017ftrong", 0, 400)
def test_cue_matches_are_the_scan(text: str, lo: int, hi: int) -> None:
    assert _M.cue is not None
    doc = segment(text)
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    want = [x.span() for x in scan(_M.cue, doc, lo, hi, _M.cue_firsts, lower=True)]
    got = matches_at(_M.cue, text, lo, hi, _cue_starts(doc, _M))
    assert [x.span() for x in got] == want
