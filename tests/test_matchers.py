"""The cheap 'no letter around' tests of the case-insensitive cue patterns match exactly
where the full-case-folding lookarounds they stand in for do."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutkit.lexicon import Lexicon
from readoutkit.parser.matchers import _NO_LETTER_AFTER, _NO_LETTER_BEFORE, matchers_for

_F = regex.VERSION1 | regex.UNICODE | regex.IGNORECASE
_FULL_BEFORE = r"(?<![\p{L}\-])"
_FULL_AFTER = r"(?![\p{L}\-])"

#: characters that fold to several (or that a fold ends with): where the tests could differ
_TRICKY = [
    *"ßẞﬁﬂﬀﬃﬄﬅﬆİıςσΣ\u212aſŉǰΐᾳʼ’-é ",
    *"\u0300\u0301\u0307\u0308\u030a\u030c\u0313\u0331\u0342\u0345\u0327",
    "J\u030c",
    "h\u0331",
    "w\u030a",
    "\u03b9\u0342",
    "i\u0307",
    "\u00a0",
]
_WORDS = ["will", "WILL", "not", "is", "ready", "to", "firmly", "committed", "agreed", "won't"]
_TEXTS = st.lists(st.sampled_from(_TRICKY + _WORDS) | st.characters(), max_size=12).map("".join)


def _old(p: regex.Pattern[str]) -> regex.Pattern[str]:
    """The pattern as it was, with the full-folding lookarounds."""
    src = p.pattern.replace(_NO_LETTER_BEFORE, _FULL_BEFORE).replace(_NO_LETTER_AFTER, _FULL_AFTER)
    return regex.compile(src, p.flags)


def test_every_character_alone() -> None:
    """Each code point (of the BMP) before and after a word: same verdict."""
    before = regex.compile(_NO_LETTER_BEFORE + "x", _F)
    after = regex.compile("x" + _NO_LETTER_AFTER, _F)
    full_before = regex.compile(_FULL_BEFORE + "x", _F)
    full_after = regex.compile("x" + _FULL_AFTER, _F)
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        assert bool(before.match(c + "x", 1)) == bool(full_before.match(c + "x", 1)), hex(cp)
        assert bool(after.match("x" + c)) == bool(full_after.match("x" + c)), hex(cp)


def test_every_multi_character_fold() -> None:
    """The strings a letter folds to (and their case variants), before and after a word."""
    before = regex.compile(_NO_LETTER_BEFORE + "x", _F)
    after = regex.compile("x" + _NO_LETTER_AFTER, _F)
    full_before = regex.compile(_FULL_BEFORE + "x", _F)
    full_after = regex.compile("x" + _FULL_AFTER, _F)
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000 or len(f := chr(cp).casefold()) < 2:
            continue
        for s in {f, f.upper(), f.title(), chr(cp)}:
            t = s + "x"
            assert bool(before.match(t, len(s))) == bool(full_before.match(t, len(s))), s
            t = "x" + s
            assert bool(after.match(t)) == bool(full_after.match(t)), s


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_cue_patterns_match_as_before(text: str) -> None:
    """``cue`` and ``verb_cue`` match the same spans, as the same cue, at every position."""
    m = matchers_for(Lexicon.default())
    for new in (m.cue, m.verb_cue):
        assert new is not None
        old = _old(new)
        for p in range(len(text) + 1):
            a, b = old.match(text, p), new.match(text, p)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))
