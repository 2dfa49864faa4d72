"""The statement stage's shortcuts give the answers of the patterns they stand in for,
on text built to break them."""

from __future__ import annotations

from itertools import compress

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutkit.lexicon import Lexicon
from readoutkit.parser.matchers import VERB_PATTERN, matchers_for, scan
from readoutkit.parser.speech import _verbs_by_sentence, _verbs_for
from readoutkit.parser.text import segment

_M = matchers_for(Lexicon.default())

#: words and characters around which the verb shortcuts could go wrong
_PIECES = [
    *"  ,.;:()-'\u2019\n\t\u00a0\u0301\u212a\u017f\u0130",
    "said", "SAID", "Said", "saidx", "-said", "said-", "stressed", "expressed",
    "exchanged views on", "exchanged views", "noted", "noting", "agreed", "welcomed",
    "told", "the", "He", "Wang", " Yi", ". ", ".\n\n", "\u017faid", "s\u0301aid", "ſaid",
    "underscored", "reaffirmed", "emphasized", "emphasised",
]  # fmt: skip

_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join)


def test_the_verb_table_stands_in_for_the_matchers_pattern() -> None:
    assert _M.verb.pattern == VERB_PATTERN
    assert _verbs_for(_M).by_first  # the string comparison is in use


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.none() | st.frozensets(st.integers(0, 8)))
@example("He said-said. Wang \u017faid it SAID, and said\u0301 so.", None)
def test_verbs_by_sentence_is_the_scan(text: str, only: frozenset[int] | None) -> None:
    doc = segment(text)
    lows = doc.tok_lower
    at = list(compress(range(len(lows)), map(_M.verb_firsts.__contains__, lows)))
    got = _verbs_by_sentence(doc, _verbs_for(_M), at, only)
    assert len(got) == len(doc.sentences)
    for si, s in enumerate(doc.sentences):
        want = (
            []
            if only is not None and si not in only
            else [
                vm.span() for vm in scan(_M.verb, doc, s.start, s.end, _M.verb_firsts, lower=True)
            ]
        )
        assert got[si] == want
