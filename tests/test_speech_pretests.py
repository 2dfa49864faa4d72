"""The statement stage's shortcuts give the answers of the patterns they stand in for,
on text built to break them."""

from __future__ import annotations

from itertools import compress

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutkit.lexicon import Lexicon
from readoutkit.parser import _people
from readoutkit.parser.matchers import VERB_PATTERN, matchers_for, scan
from readoutkit.parser.rules import RULES, near
from readoutkit.parser.speech import (
    Resolver,
    _ends_blocked,
    _engagement_topic_match,
    _in_a_name,
    _trim,
    _verbs_by_sentence,
    _verbs_for,
    _without_trailing_caps,
)
from readoutkit.parser.text import segment
from readoutkit.parser.words import GROUP_PHRASES

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
@example("\u212a SAID. Wang Said so.", None)
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
                vm.span()
                for vm in scan(_M.verb, doc, s.start, s.end, _M.verb_firsts, lower=True)
                # (a capitalised verb right after a capitalised word goes on a name: "Sultan
                # Qaboos bin Said", "X SAID")
                if not (
                    text[vm.start()].isupper()
                    and _in_a_name(doc, doc.tok_starts.index(vm.start()), s.start)
                )
            ]
        )
        assert got[si] == want


_TEXT = (
    "Foreign Minister Wang Yi held talks with U.S. Secretary of State Antony Blinken in "
    "Beijing. Wang said the two sides should cooperate. The Secretary stressed that the "
    "United States would stay engaged, and the Chinese side welcomed it."
)


def _resolvers() -> list[Resolver]:
    """Resolvers for the sample text, the second as for a first-person release."""
    doc = segment(_TEXT)
    parts = _people(doc, _M)[0]
    author = [*parts, attrs.evolve(parts[0], author=True)]
    return [Resolver(parts, _M), Resolver(author, _M)]


_RESOLVERS = _resolvers()
#: the words of every phrase the resolvers know, and some they do not
_KEY_WORDS = sorted(
    {w for r in _RESOLVERS for k in r.owner for w in k}
    | {w for p in GROUP_PHRASES for w in p.split()}
    | {"the", "we", "both", "all", "said", "he", "talks", "x"}
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_KEY_WORDS), max_size=8), st.sampled_from(_RESOLVERS))
def test_may_end_is_where_resolve_kind_can_hit(tokens: list[str], res: Resolver) -> None:
    hit = res.resolve_kind(tokens)
    if tokens and not res.may_end(tokens[-1]):
        assert hit is None
    if hit is not None:
        assert res.may_end(tokens[-1])


def test_may_end_is_not_always_yes() -> None:
    assert _RESOLVERS[0].may_end("wang") and _RESOLVERS[0].may_end("sides")
    assert not _RESOLVERS[0].may_end("talks")


#: pieces around which the lead of a clause and the engagement topic could be misread
_LEAD_PIECES = [
    *"  ,:;-\u2013\u2014\n\t\u00a0\u2009\x1c\x85\u0301",
    "that", "That", "thatx", "that\u0301", "thank", "the", "to", "t", "x",
    "to discuss", "to fully review", "to congratulate him on", "to offer", "about ",
    "regarding", "concerning", "on the Ukraine crisis", "exchanged views on",
    "fully exchanging views about", "during which they discussed", "Xto discuss",
]  # fmt: skip

_LEAD_TEXTS = st.lists(st.sampled_from(_LEAD_PIECES), min_size=1, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LEAD_TEXTS, st.integers(0, 300), st.integers(0, 300))
@example(", that the x", 0, 12)
@example("x\u2014that\u0301 to", 1, 12)
def test_trim_skips_the_lead_as_content_lead(text: str, a: int, b: int) -> None:
    a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    lead = RULES.content_lead.match(text, a, near(a, b))
    assert lead is not None
    assert _trim(text, a, b)[0] == lead.end()


@settings(max_examples=400, deadline=None)
@given(_LEAD_TEXTS, st.integers(0, 300), st.integers(0, 300))
@example("Xto discuss, to discuss", 0, 100)
def test_engagement_topic_match_is_the_search(text: str, a: int, b: int) -> None:
    a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    want = RULES.engagement_topic.search(text, a, b)
    got = _engagement_topic_match(text, a, b)
    assert (got and (got.span(), got.group("own"))) == (want and (want.span(), want.group("own")))


#: pieces of the text before a subject: capitalised runs, the words that block a subject,
#: and characters that fold, split words or count as space in one module only
_PREFIX_PIECES = [
    *"  ,.;:-'\u2019\n\t\u00a0\x1c\u2009\u0301",
    "President", "Foreign Minister", "of", "the", "for", "and", "Of", "THE", "x", "xY",
    "between", "BETWEEN", "whether", "because", "Since", "as", "'s", "\u2019s", "s",
    "\u017f", "\ufb00", "\u0130n", "\u212a", "\u00df", "O'Neil", "St.", "Al-Sisi",
]  # fmt: skip

_PREFIXES = st.lists(st.sampled_from(_PREFIX_PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PREFIXES)
@example("In talks with his counterpart, of the Foreign Minister of the State Council ")
@example("agreement between ")
@example("the Minister\u2019s ")
def test_the_bounded_prefix_searches_are_the_full_ones(s: str) -> None:
    assert _without_trailing_caps(s) == RULES.trailing_caps.sub("", s)
    assert _ends_blocked(s) == (RULES.subject_blocked.search(s) is not None)
