"""Split a readout into its header, heading lines, paragraphs and sentences, keeping offsets.

Nothing here rewrites the text: every piece is a pair of offsets into the
original string, so later stages can cite their evidence exactly.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from bisect import bisect_right
from itertools import accumulate, compress, repeat
from typing import Final

import attrs
import regex

from readoutkit.parser.rules import RULES

__all__ = ["Document", "Line", "Sentence", "segment"]

#: Tokens that end with a period but do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "lt",
        "col",
        "capt",
        "maj",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "amb",
        "hon",
        "rt",
        "messrs",
        "mme",
        "mlle",
        "ma",  # Filipino "Ma." (Maria) before a given name
        "th",  # Icelandic "Th." (Thordarson) between given name and surname
        "smt",  # Indian "Smt." (Shrimati) before a woman's name
        "no",
        "nos",
        "vol",
        "art",
        "para",
        "fig",
        "approx",
        "etc",
        "vs",
        "cf",
        "al",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "p.r",
        "u.a.e",
        "d.c",
        "a.m",
        "p.m",
        "h.e",
        "h.h",
        "h.r.h",
        "h.m",
        "inc",
        "ltd",
        "co",
        "corp",
    ]
)


@attrs.frozen
class Sentence:
    """A sentence: offsets into the text, and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


@attrs.frozen
class Line:
    """A line of the text (offsets, without the newline) and whether it reads as a heading."""

    start: int
    end: int
    heading: bool


@attrs.frozen
class Document:
    """The segmented readout."""

    text: str
    header_date: dt.date | None
    body_start: int
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    #: the start offset of every word (letters and digits), for scanning by first word
    tok_starts: tuple[int, ...] = ()
    #: every word as written
    tok_text: tuple[str, ...] = ()
    #: every word in lower case
    tok_lower: tuple[str, ...] = ()

    #: lines that read as titles, bylines or date lines rather than prose
    headings: tuple[Line, ...] = attrs.field(
        init=False,
        default=attrs.Factory(lambda doc: tuple(ln for ln in doc.lines if ln.heading), True),
    )
    #: the start offset of every sentence, for finding a sentence by offset
    sentence_starts: tuple[int, ...] = attrs.field(
        init=False,
        default=attrs.Factory(lambda doc: tuple(s.start for s in doc.sentences), True),
        repr=False,
    )

    def sentence_index(self, offset: int) -> int:
        """The index of the last sentence starting at or before ``offset`` (-1 if none):
        the sentence an offset inside the prose belongs to."""
        return bisect_right(self.sentence_starts, offset) - 1

    def sentence_holding(self, offset: int) -> int:
        """The index of the sentence holding ``offset``, or -1 where it lies outside the
        prose (before the first sentence, or between two, as a heading does)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i].end else -1


def _trusted_class() -> str:
    """The characters of Latin, Greek, Cyrillic and general punctuation on which ``re``'s
    ``[^\\W_]`` and ``regex``'s ``[\\p{L}\\p{N}]`` agree, as a character-class body (the
    two modules may follow different Unicode versions: checked, not assumed)."""
    word = regex.compile(r"[\p{L}\p{N}]", regex.VERSION1 | regex.UNICODE)
    fast = re.compile(r"[^\W_]")
    spans: list[tuple[int, int]] = []
    for a, b in ((0x0000, 0x052F), (0x2000, 0x206F)):
        for c in range(a, b + 1):
            if bool(word.match(chr(c))) != bool(fast.match(chr(c))):
                continue
            if spans and spans[-1][1] == c - 1:
                spans[-1] = (spans[-1][0], c)
            else:
                spans.append((c, c))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in spans)


#: a character outside those where ``_FAST_WORD`` splits words as ``RULES.word`` does
_UNTRUSTED: Final = re.compile(f"[^{_trusted_class()}]")
#: ``RULES.word`` in ``re`` (faster; used only on text without ``_UNTRUSTED`` characters),
#: captured so that ``split`` yields gaps and words in turn
_FAST_WORD: Final = re.compile(r"([^\W_]+)")
#: every ASCII character that is not a letter or a digit, as a space: in ASCII text,
#: ``RULES.word`` finds what then stands between the spaces
_ASCII_GAPS: Final = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
#: a character outside ASCII
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
#: ``RULES.word``, captured likewise (for any other text)
_SLOW_WORD: Final = regex.compile(r"([\p{L}\p{N}]++)", regex.VERSION1 | regex.UNICODE)


def _words(text: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
    """The start offset, text and lower case of every word (as ``RULES.word`` finds them).

    ``split`` gives gaps and words in turn, so the running total of their lengths gives
    every word's offset without a Python step per word. Text whose only characters outside
    ASCII are gaps (curly quotes, dashes) has the words of the same text with each of
    them a space: ASCII text, read by :func:`_ascii_words`.
    """
    if text.isascii():
        return _ascii_words(text)
    others = set(_NON_ASCII.findall(text))
    if all(map(_is_gap, others)):
        for ch in others:
            text = text.replace(ch, " ")
        return _ascii_words(text)
    trusted = _UNTRUSTED.search(text) is None
    parts = _FAST_WORD.split(text) if trusted else _SLOW_WORD.split(text)
    words = parts[1::2]
    ends = list(accumulate(map(len, parts)))
    return tuple(ends[0:-1:2]), tuple(words), tuple(map(str.lower, words))


def _is_gap(ch: str) -> bool:
    """Whether ``RULES.word`` never takes the character (checked with ``_FAST_WORD``, only
    where ``re`` and ``regex`` agree)."""
    return _UNTRUSTED.match(ch) is None and _FAST_WORD.match(ch) is None


def _ascii_words(text: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
    """:func:`_words` for ASCII text, without a regular expression (a quarter faster).

    With every other character a space (:data:`_ASCII_GAPS`), ``split(" ")`` gives the
    words, and an empty piece between two gaps in a row; each piece starts one character
    after the one before it ends.
    """
    pieces = text.translate(_ASCII_GAPS).split(" ")
    starts = accumulate(map(operator.add, map(len, pieces), repeat(1)), initial=0)
    words = tuple(filter(None, pieces))
    return tuple(compress(starts, pieces)), words, tuple(map(str.lower, words))


#: what ``\s`` matches in ``regex`` (Unicode White_Space; ``str.isspace`` also takes
#: "\x1c"-"\x1f")
_WHITE_SPACE: Final = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: the closing quotes and brackets of ``RULES.sentence_final``
_CLOSERS: Final = "\"'\u201d\u2019)]"


def _is_heading(text: str, line: str, start: int, end: int) -> bool:
    """A line without sentence-final punctuation that is not long prose reads as a heading.

    ``line`` is ``text[start:end]``. Ending with punctuation, closers and space is what
    ``RULES.sentence_final`` finds; the line's end is read with ``rstrip`` instead.
    """
    tail = line.rstrip(_WHITE_SPACE).rstrip(_CLOSERS)
    if tail and tail[-1] in ".!?:;":
        return False
    if RULES.agency_tag_end.search(tail):
        return False  # prose ending with the agency's tag: "... on the occasion.-VNA"
    lead = RULES.list_marker.match(text, start, end)  # "2. Bilateral relations"
    for m in RULES.sentence_break.finditer(text, lead.end() if lead else start, end):
        punct = m.start("punct")
        if text[punct] != "." or _ends_sentence(text, punct):
            return False  # prose with a trailing tag: "... challenges. Enditem"
    return len(line.split()) <= 40


#: Abbreviations that may also end a sentence ("... with the U.S. The Secretary ...").
_CAN_END = frozenset(
    {"ma", "u.s", "u.k", "u.n", "e.u", "u.a.e", "etc", "d.c", "a.m", "p.m", "u.s.a"}
)


#: the clock's abbreviations: a capitalised word after one opens a new sentence, but for
#: a day, a month or a time zone ("5 p.m. Monday", "10 a.m. GMT")
_CLOCK = frozenset({"a.m", "p.m"})


def _token_before(text: str, dot: int) -> str:
    i = dot
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:dot].strip(".")


def _ends_sentence(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends a sentence (not an abbreviation or an initial)."""
    token = _token_before(text, dot)
    low = token.casefold()
    if low in ABBREVIATIONS:
        if low in _CLOCK and RULES.after_clock.match(text, dot + 1) is not None:
            return True  # "... starting at 5:40 p.m. State Minister X was also present"
        return low in _CAN_END and RULES.sentence_opener.match(text, dot + 1) is not None
    # a single capital is an initial: "John F. Kerry", and so are several: "G.L. Peiris"
    if len(token) == 1:
        return not (token.isalpha() and token.isupper())
    parts = token.split(".")
    return not (len(parts) > 1 and all(len(p) == 1 and p.isupper() for p in parts))


def _split_sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    out: list[Sentence] = []
    pos = start
    m_lead = RULES.list_marker.match(text, pos, end)
    if m_lead:
        pos = m_lead.end()
    for m in RULES.sentence_break.finditer(text, pos, end):
        punct = m.start("punct")
        if text[punct] == "." and not _ends_sentence(text, punct):
            continue
        s_end = m.end("close")
        _emit(text, pos, s_end, paragraph, out)
        pos = m.end()
    _emit(text, pos, end, paragraph, out)
    return out


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


#: how far into the text, and before which line, a ` date` header may follow a title line
_HEADER_REACH: Final = 600
_HEADER_MAX_LINE: Final = 4


def segment(text: str) -> Document:
    """Segment ``text``: the ` date` header, lines, then sentences within prose lines."""
    header_date: dt.date | None = None
    body_start = 0
    m = RULES.date_header.match(text)
    if m:
        try:
            header_date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            header_date = None
        body_start = m.end()
    # the header after a title line ("Readout of ...\n\n date 2025-02-15 ..."): read, and
    # skipped as a line's start is
    skip = (-1, -1)
    if m is None:
        lm = RULES.date_header_line.search(text, 0, min(len(text), _HEADER_REACH))
        if lm is not None and text.count("\n", 0, lm.start()) < _HEADER_MAX_LINE:
            try:
                header_date = dt.date(int(lm["y"]), int(lm["m"]), int(lm["d"]))
                skip = (lm.start("h"), lm.end())
            except ValueError:
                pass
    lines: list[Line] = []
    sentences: list[Sentence] = []
    paragraph = 0
    b = body_start - 1
    for line in text[body_start:].split("\n"):  # the lines RULES.line finds, and blank ones
        a = b + 1
        b = a + len(line)
        if a <= skip[0] < b:
            a = skip[1]
            line = text[a:b]
        if not line or line.isspace():
            continue
        heading = _is_heading(text, line, a, b)
        lines.append(Line(a, b, heading))
        if not heading:
            sentences.extend(_split_sentences(text, a, b, paragraph))
        paragraph += 1
    starts, words, lower = _words(text)
    return Document(
        text, header_date, body_start, tuple(lines), tuple(sentences), starts, words, lower
    )
