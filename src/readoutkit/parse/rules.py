"""Every regular expression the parser uses, compiled once, in one named table.

Patterns avoid nested unbounded quantifiers, so matching stays linear in the
input; the `regex` module gives Unicode classes (\\p{Lu}) and atomic groups.
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["RULES", "Rules"]

_F = regex.VERSION1 | regex.UNICODE

_CLOSE = "\"'\u201d\u2019)\\]"
_OPEN = "\"'\u201c\u2018(\\["


class Rules:
    """The named, precompiled patterns (one instance, :data:`RULES`)."""

    #: the ` date YYYY-MM-DD` header some sources carry before the text
    date_header: Final = regex.compile(
        r"\A\s*date[ \t]+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[ \t]*\n?", _F
    )
    #: one line, without its newline
    line: Final = regex.compile(r"[^\n]+", _F)
    #: punctuation that closes a sentence at the end of a line
    sentence_final: Final = regex.compile(rf"[.!?:;][{_CLOSE}]*+\s*+$", _F)
    #: a possible sentence break: end punctuation, closers, space, then a capital or digit
    sentence_break: Final = regex.compile(
        rf"(?P<punct>[.!?])(?P<close>[{_CLOSE}]*+)\s++(?=[{_OPEN}]?[\p{{Lu}}\d])", _F
    )
    #: words that start a new sentence after an abbreviation like "U.S."
    sentence_opener: Final = regex.compile(
        r"\s++(?:The|He|She|They|It|We|I|Both|In|This|These|His|Her|Their|On|At|During|"
        r"Meanwhile|Also|Earlier|Later|According)\b",
        _F,
    )
    #: a list marker at the start of a paragraph: "- ", "1. ", "(2) ", "a) "
    list_marker: Final = regex.compile(
        r"[ \t]*+(?:[-\u2022*\u2013\u2014]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\))[ \t]++", _F
    )


RULES: Final = Rules()
