"""segment(): the shortcuts it takes give what the rules in rules.py give."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutkit.parser.rules import _CLOSE, RULES
from readoutkit.parser.text import _CLOSERS, _WHITE_SPACE, _words, segment
from strategies import texts


def _assert_words_are_rules_word(text: str) -> None:
    """_words gives the offsets, words and lower case that RULES.word finds."""
    starts, words, lower = _words(text)
    found = list(RULES.word.finditer(text))
    assert starts == tuple(m.start() for m in found)
    assert words == tuple(m[0] for m in found)
    assert lower == tuple(w.lower() for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ASCII words, 42 of them_too.",
        "Caf\u00e9 \u2013 \u201cquoted\u201d na\u00efve \u0413\u043e\u0440\u043e\u0434",
        "\u4e2d\u56fd and \u0661\u0662 and \u2167 and \U0001d400x",  # other scripts
        "\u0558\u0559 \ua7cb\ua7d2",  # letters newer than some Unicode tables
    ],
)
def test_words_are_rules_word(text: str) -> None:
    _assert_words_are_rules_word(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_words_are_rules_word_on_any_text(text: str) -> None:
    starts, words, _ = _words(text)
    found = list(RULES.word.finditer(text))
    assert (starts, words) == (tuple(m.start() for m in found), tuple(m[0] for m in found))


def test_line_ends_are_read_as_the_rules_read_them() -> None:
    space = regex.compile(r"\s", regex.VERSION1 | regex.UNICODE)
    assert set(_WHITE_SPACE) == {chr(c) for c in range(0x3001) if space.match(chr(c))}
    closer = regex.compile(f"[{_CLOSE}]")
    assert set(_CLOSERS) == {chr(c) for c in range(0x3001) if closer.match(chr(c))}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Talks", "held.", "U.S.", "\u201d", ")", " ", "\t", "\x1c", "\n", "!"]),
        max_size=12,
    ).map("".join)
)
def test_headings_are_lines_without_final_punctuation(text: str) -> None:
    doc = segment(text)
    for ln in doc.lines:
        final = RULES.sentence_final.search(text, ln.start, ln.end) is not None
        assert not (final and ln.heading)
    assert doc.headings == tuple(ln for ln in doc.lines if ln.heading)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("2. Bilateral relations", True),
        ("(3) Regional and international affairs", True),
        ("- Trade and investment", True),
        ("2. The ministers met. They spoke at length", False),
        ("2. The ministers met.", False),
    ],
)
def test_a_numbered_section_title_is_a_heading(line: str, heading: bool) -> None:
    doc = segment(f"The ministers met today in the capital.\n\n{line}\n\nThey spoke again.")
    [ln] = [x for x in doc.lines if doc.text[x.start : x.end] == line]
    assert ln.heading is heading
    # a heading yields no sentence, so no statement can continue into it
    assert any(line.endswith(doc.text[s.start : s.end]) for s in doc.sentences) is not heading


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(max_codepoint=127), max_size=8),
            st.sampled_from(["Mr. Wang", "U.S.-China", "  ", "\n\n", "_x_", "42nd", "a"]),
        ),
        max_size=12,
    ).map("".join)
)
def test_ascii_words_are_rules_word(text: str) -> None:
    """_words takes a shortcut for ASCII text (_ascii_words)."""
    _assert_words_are_rules_word(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(max_codepoint=127), max_size=6),
            st.sampled_from(
                [
                    "\u2019s",
                    "\u201cquoted\u201d",
                    " \u2013 ",
                    "\u2014",
                    "\u00a0",
                    "\u2026",
                    "\u00e9t\u00e9",  # letters outside ASCII: the regex split
                    "\u011f",
                    "\u0661\u0662",
                    "\u00b2",  # a digit to regex, not a decimal
                    "\u3000",  # outside the ranges where re and regex are compared
                    "\U0001d400",
                ]
            ),
        ),
        max_size=12,
    ).map("".join)
)
def test_words_with_gaps_outside_ascii_are_rules_word(text: str) -> None:
    """_words reads text whose only characters outside ASCII are gaps as ASCII text."""
    _assert_words_are_rules_word(text)


@settings(max_examples=200, deadline=None)
@given(texts(max_pieces=20), st.data())
def test_sentence_index_and_holding_agree_with_a_scan(text: str, data: st.DataObject) -> None:
    """Document.sentence_index is the last sentence starting at or before an offset, and
    sentence_holding that sentence only where the offset lies inside it."""
    doc = segment(text)
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    before = [i for i, s in enumerate(doc.sentences) if s.start <= offset]
    index = before[-1] if before else -1
    assert doc.sentence_index(offset) == index
    inside = [i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end]
    assert doc.sentence_holding(offset) == (inside[0] if inside else -1)


def test_sentence_holding_is_minus_one_on_a_heading() -> None:
    doc = segment("The two ministers met on Monday.\n\nTalks in Lima\n\nThey spoke.")
    heading = doc.text.index("Lima")
    assert doc.sentence_index(heading) == 0
    assert doc.sentence_holding(heading) == -1
    second = doc.text.index("They")
    assert doc.sentence_index(second) == doc.sentence_holding(second) == 1


def test_a_clock_time_ends_a_sentence_before_a_capital_but_not_a_day_or_zone() -> None:
    text = (
        "The ministers met at 5:40 p.m. State Minister Ken Ito was also present. They met "
        "again at 9 a.m. Monday and at 3 p.m. GMT."
    )
    assert [text[s.start : s.end] for s in segment(text).sentences] == [
        "The ministers met at 5:40 p.m.",
        "State Minister Ken Ito was also present.",
        "They met again at 9 a.m. Monday and at 3 p.m. GMT.",
    ]
