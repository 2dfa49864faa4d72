"""People in a readout: title/name/country mentions, merged into persons, split into
participants (who took part in the engagement) and people only mentioned.
"""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, combinations, compress, pairwise
from operator import not_
from string import ascii_lowercase
from typing import Final

import attrs
import regex

from readoutkit.parser.dates import after_dateline, dateline_place
from readoutkit.parser.matchers import Matchers, matches_at, name_key, run_at, scan
from readoutkit.parser.rules import RULES, near
from readoutkit.parser.text import Document, Line, Sentence
from readoutkit.parser.words import (
    ABBREVIATED_TITLES,
    ATTACHED_TITLE_ENDS,
    DIPLOMAT_TITLE_KEYS,
    GENERIC_PORTFOLIO_WORDS,
    HEAD_ROLES,
    HIGHNESS_SIDES,
    IMPLIED_STYLES,
    INNER_NAME_WORDS,
    MONTH_WORDS,
    NAME_PARTICLES,
    NOT_NAME,
    ORGANIZATION_TITLE_HEADS,
    PLACE_KIND_WORDS,
    PLACE_PORTFOLIO_ADJECTIVES,
    PORTFOLIO_ADJECTIVES,
    PORTFOLIO_TITLE_HEADS,
    PORTFOLIO_WORDS,
    POSTED_TITLE_ENDS,
    RANK_ONLY_TITLES,
    ROLE_NOUNS,
    SEATS_OF_GOVERNMENT,
    SPOKESPERSON_TITLES,
    STYLE_ABBREVIATIONS,
    SUBORDINATE_WORDS,
    TITLE_LINK_WORDS,
    TITLE_ORGANIZATION,
    TITLE_PREFIX_WORDS,
    TITLE_SIDE,
)

__all__ = ["Mention", "Person", "find_people", "infer_sides", "is_spokesperson", "spelled_out"]


#: how many titles or "of <institution>" parts one chained title may have
MAX_CHAIN: Final = 8


#: bare offices whose portfolio may follow the holder's name ("Minister X of Foreign
#: Affairs")
_PORTFOLIO_SPLIT_TITLES: Final = frozenset({"Minister", "Secretary", "Vice Minister"})

#: last words of an institution's name that may stand before its head's office
#: ("European Commission President", "European Council President")
_BODY_WORDS: Final = ("Commission", "Council", "Parliament")

#: nouns that make "of the X Y" part of an institution's name, so of a title
INSTITUTION_NOUN_WORDS: Final = (
    "Forces Force Committee Council Commission Parliament Assembly Party Ministry Government "
    "Office Bureau Army Navy Bank Court Senate Congress Cabinet Staff Department Agency Board "
    "Directorate Guard Federation Affairs Emirate Conference Chamber Deputies House Diet Duma "
    "Majlis Knesset Bundestag Storting Riksdag Sejm Seimas Saeima Rada Legislature Secretariat "
    "Institute Authority Service Services Corps Command Prefecture Province Oblast Governorate "
    "Canton County Municipality Region City"
).split()
#: any of them, as a word
INSTITUTION_NOUNS: Final = regex.compile(r"\b(?:" + "|".join(INSTITUTION_NOUN_WORDS) + r")\b")
#: the same, with the nouns of programmes and bodies that end an office the lexicon does
#: not know ("Minister-in-charge of the Smart Nation Initiative"); a known organization's
#: name after such an office is not part of it ("Executive Director of the World Food
#: Programme")
BODY_NOUNS: Final = regex.compile(
    r"\b(?:"
    + "|".join(
        INSTITUTION_NOUN_WORDS
        + "Initiative Programme Program Fund Foundation Centre Center Mission".split()
    )
    + r")\b"
)
#: the same words as a set and a tuple: one is a whole word, the text starts with one
_INSTITUTION_SET: Final = frozenset(INSTITUTION_NOUN_WORDS)
#: their first three letters (each has at least three)
_INSTITUTION_HEADS: Final = frozenset(w[:3] for w in INSTITUTION_NOUN_WORDS)
#: words of a region's name that open no untitled personal name ("South Ossetia")
_COMPASS_WORDS: Final = frozenset(
    "North South East West Northern Southern Eastern Western Upper Lower".split()
)
#: how a royal or princely style starts: "His Highness", "HRH", "H.H."
_STYLE_OPENERS: Final = ("His ", "Her ", "HRH ", "H.R.H. ", "HH ", "H.H. ")
#: the characters that can continue ``RULES.title_name_sep`` after its first space
_SEP_CHARS: Final = (" ", "\t", "(", ",")
#: the words ``RULES.recipient_before`` can end with (before its final space)
_RECIPIENT_ENDS: Final = ("to", "congratulated", "felicitated", "his", "her", "the")
#: the heads of ORGANIZATION_TITLE_HEADS, for one ``str.startswith``
_ORGANIZATION_HEADS: Final = tuple(head for head, _ in ORGANIZATION_TITLE_HEADS)
#: TITLE_PREFIX_WORDS as a tuple, for ``str.endswith``
_TITLE_PREFIXES: Final = tuple(sorted(TITLE_PREFIX_WORDS))


def _subordinate_of(title: str, other: str) -> bool:
    """Whether ``title`` is a subordinate office of ``other`` ("Deputy Secretary-General"
    of "Secretary-General")."""
    if not title.endswith(other) or len(title) == len(other):
        return False
    before = title[: -len(other)].split()
    return bool(before) and before[-1].casefold() in SUBORDINATE_WORDS


def _one_word_after_lower(text: str, a: int, cand: tuple[str, int, int]) -> bool:
    """Whether a one-word name candidate follows a lower-case word ("attacks in Maiduguri
    and Yola, the Secretary-General"): a place or a thing in a list, not a name."""
    if " " in cand[0]:
        return False
    before = text[max(a, cand[1] - 20) : cand[1]].split()
    return bool(before) and before[-1][:1].islower()


def _indices(words: Sequence[str], wanted: Iterable[str]) -> Iterator[int]:
    """Every index of each wanted word in ``words``, found by ``list.index`` (in C)."""
    for w in wanted:
        i = -1
        try:
            while True:
                i = words.index(w, i + 1)
                yield i
        except ValueError:
            pass


def _plural_offices(doc: Document, m: Matchers) -> list[tuple[int, int, str, bool]]:
    """Each word of the document that is a title's last word in the plural, in order:
    (start, end, the word in the singular, whether in lower case)."""
    tok, starts = doc.tok_text, doc.tok_starts
    out = []
    for i in sorted(_indices(tok, m.any_plural_title_word.intersection(tok))):
        w = tok[i]
        lower = w[:1].islower()
        last = (m.lower_plural_title_words if lower else m.plural_title_words).get(w)
        if last is not None:
            out.append((starts[i], starts[i] + len(w), last, lower))
    return out


def _skip_space(text: str, pos: int, hi: int) -> int:
    """The first offset from ``pos`` (up to ``hi``) that is not white space. ``str.isspace``
    takes every character ``\\s`` does (and a few more), so a pattern's ``\\s++`` ends
    there or earlier: the exact pre-tests below use it to rule a match out cheaply."""
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos


def _space_before(text: str, pos: int, lo: int) -> int:
    """Where the white space right before ``pos`` (down to ``lo``) starts."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


def _institution_head_at(text: str, pos: int) -> bool:
    """Whether an institution noun's first three letters start at ``pos`` (a cheap test,
    one set look-up where ``str.startswith`` would try every noun in turn)."""
    return text[pos : pos + 3] in _INSTITUTION_HEADS


def _day_follows(text: str, pos: int) -> bool:
    """Whether a day's number follows a month's name ending at ``pos`` ("May 5", "Jan. 5")."""
    if text.startswith(".", pos):
        pos += 1
    return text[pos : pos + 1].isspace() and text[pos + 1 : pos + 2].isdigit()


def _paren_at(text: str, pos: int) -> bool:
    """Whether a "(" follows ``pos`` after white space (a cheap test that never says no
    when ``RULES.paren_abbrev`` matches there)."""
    return text.startswith("(", _skip_space(text, pos, len(text)))


def _the_before(text: str, lo: int, pos: int) -> bool:
    """Whether ``text[lo:pos]`` ends with "the" or "The" and white space (a cheap test that
    never says no when ``RULES.the_before`` finds it there)."""
    e = _space_before(text, pos, lo)
    return e < pos and text.endswith(("the", "The"), lo, e)


def _lone_i(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` has an "I" with white space after it (a cheap test that
    never says no when ``RULES.first_person_engagement`` finds the writer's "I" there)."""
    i = text.find("I", lo, hi)
    while i >= 0:
        if i + 1 < hi and text[i + 1].isspace():
            return True
        i = text.find("I", i + 1, hi)
    return False


def _comma_before(text: str, lo: int, pos: int) -> bool:
    """Whether ``text[lo:pos]`` ends as an appositive before a title does (a cheap test
    that never says no when :attr:`Matchers.appositive_left` matches): a comma, space,
    then up to six lower-case words ("the", "former", "who serves as the newly
    appointed", "since 2017") or capitalised ones ("who serves Brunei as"), each followed
    by space."""
    e = _space_before(text, pos, lo)
    for _ in range(7):
        if e == pos or e <= lo:
            return False
        if text[e - 1] == ",":
            return True
        w = e
        if w - 1 > lo and text[w - 1] in "'\u2019" and text[w - 2] == "s":
            w -= 1  # "the Netherlands' ...": a plural name's possessive
            while w > lo and (text[w - 1].isalpha() or text[w - 1] in ".-"):
                w -= 1
            pos, e = w, _space_before(text, w, lo)
            continue
        while w > lo and (text[w - 1].islower() or text[w - 1].isdigit() or text[w - 1] == "-"):
            w -= 1  # ("long-serving": a compound adjective)
        if w < e and w > lo and text[w - 1].isupper():
            w -= 1  # "who serves Brunei as": the side served
        if w > lo and text[w - 1] in "'\u2019" and text[w:e] == "s":
            # "Oman's visiting ...", "the Kingdom's ...": a possessive of any case
            w -= 1
            while w > lo and (text[w - 1].isalpha() or text[w - 1] in ".-"):
                w -= 1
        pos, e = w, _space_before(text, w, lo)
    return False


@functools.lru_cache(maxsize=16)
def _honorific_heads(m: Matchers) -> frozenset[str] | None:
    """The first word (letters and digits) of every honorific of a lexicon: an honorific
    can match only where the text's word is one of them (None: some honorific does not
    start with a word, so every position must be tried)."""
    heads = set()
    for h in m.lexicon.honorifics:
        wm = RULES.word.match(h)
        if wm is None:
            return None
        heads.add(wm.group())
    return frozenset(heads) | {"the", "The"}  # "the Hon", "The Right Honourable"


def _institution_end(run: regex.Match[str], nouns: regex.Pattern[str] = INSTITUTION_NOUNS) -> int:
    """Where an institution's name in a run of capitalised words ends: after its last
    institution noun ("of the State Council Lu Hanqing" stops before the name)."""
    last = None
    for im in nouns.finditer(run.group()):
        last = im
    if last is None:
        return run.end()
    # "the Cabinet of Ministers", "the Chamber of Deputies": a plural after "of" is the
    # institution's own
    pm = RULES.of_plural.match(run.group(), last.end())
    return run.start() + (pm.end() if pm is not None else last.end())


@attrs.define
class Mention:
    """One place where a person is named or titled."""

    start: int
    end: int
    sentence: int
    name: str | None = None
    name_start: int = -1
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    rule: str = ""
    #: a nickname written in quotes after the name ("Pushpa Kamal Dahal 'Prachanda'")
    nick: str | None = None


@attrs.define
class Person:
    """A person, merged from mentions; ``participant`` when they took part."""

    name: str | None
    title: str | None
    country: str | None
    organization: str | None
    mentions: list[Mention] = attrs.Factory(list)
    participant: bool = False
    order: int = 0
    #: the writer of a first-person release ("Today I met ..."): "I" and "my" refer to them
    author: bool = False
    #: styles of address written before their name: "highness", "excellency", "majesty"
    styles: set[str] = attrs.Factory(set)
    #: nicknames the text gives in quotes after the name, and other spellings of the
    #: surname: names for them too
    nicks: list[str] = attrs.Factory(list)
    #: honorifics written right before their name, case-folded ("sheikh", "dr"): what
    #: tells two participants sharing a given name apart ("Sheikh Mohamed")
    honorifics: set[str] = attrs.Factory(set)
    #: an office in lower case set off before the name ("Kuwait's ruler, Sheikh X"): the
    #: title when nothing else gives one (see ``_apposed_titles``)
    fallback_title: str | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        return name_key(self.name) if self.name else ()


class _Finder:
    """Finds person mentions in one document."""

    def __init__(self, doc: Document, m: Matchers) -> None:
        self.doc = doc
        self.text = doc.text
        self.m = m
        self._names: dict[tuple[int, int], tuple[str, int, int] | None] = {}
        #: whether "his counterpart" can occur at all (spares a search per sentence)
        self._counterparts = "counterpart" in doc.text or "opposite number" in doc.text
        self._honorific_heads = _honorific_heads(m)
        #: a surname's full name written out in the text, once looked up
        self._in_full: dict[str, str | None] = {}
        #: where the document's words that can start a title are, picked once for all spans
        self._title_starts = list(
            compress(doc.tok_starts, map(m.title_firsts.__contains__, doc.tok_text))
        )
        #: each title's last word in the plural ("Ministers", "foreign ministers"): where
        #: it starts and ends, the word in the singular, and whether it is in lower case
        #: (picked once: both passes of an office shared by names read them)
        self.plural_offices: Final = _plural_offices(doc, m)

    def _word_at(self, pos: int) -> str | None:
        """The word (letters and digits) starting at ``pos``, if one starts there."""
        starts = self.doc.tok_starts
        k = bisect_left(starts, pos)
        return self.doc.tok_text[k] if k < len(starts) and starts[k] == pos else None

    # -- pieces -------------------------------------------------------------
    def place_at(self, pos: int) -> tuple[str | None, str | None, int, str] | None:
        """A country or organization starting at ``pos``: (iso3, org, end, surface)."""
        pm = self.m.place.match(self.text, pos)
        if not pm:
            # "the Republic of Uzbekistan" when only "Uzbekistan" is listed
            sf = RULES.state_form.match(self.text, pos, near(pos, len(self.text)))
            pm = self.m.place.match(self.text, sf.end()) if sf is not None else None
            if pm is None or not self.m.country_of.get(pm.group("p")):
                return None
        surface = pm.group("p")
        iso = self.m.country_of.get(surface)
        org = None if iso else self.m.org_of.get(surface)
        end = pm.end()
        ab = RULES.paren_abbrev.match(self.text, end) if _paren_at(self.text, end) else None
        if ab:
            end = ab.end()
        return iso, org, end, surface

    def place_before(self, pos: int) -> tuple[str | None, str | None, int] | None:
        """A demonym, country or organization ending right before ``pos`` (space between)."""
        text = self.text
        lo = pos - 80 if pos > 80 else 0  # (comparisons: cheaper than max() here)
        end = pos
        while end > lo and text[end - 1].isspace():
            end -= 1
        if end == pos:
            return None  # a space must separate the place from what follows
        ab = RULES.paren_abbrev_end.search(text, lo, end) if text[end - 1] == ")" else None
        if ab is not None:
            end = ab.start()
        if text.endswith(("'s", "\u2019s"), lo, end):
            end -= 2
        last = self._word_ending_by(lo, end)
        if last is None:
            return None
        for surface in self.m.places_by_last.get(last, ()):
            start = end - len(surface)
            if start < lo or not text.startswith(surface, start):
                continue
            if start > 0 and (text[start - 1].isalnum()):
                continue
            reach = start - 8 if start - 8 > lo else lo
            the = (
                RULES.the_before.search(text, reach, start)
                if _the_before(text, reach, start)
                else None
            )
            if the is not None:
                start = the.start()
            iso = self.m.country_of.get(surface)
            org = None if iso else self.m.org_of.get(surface)
            return iso, org, start
        return None

    def _word_ending_by(self, lo: int, end: int) -> str | None:
        """The last word (``RULES.last_word``) of ``text[lo:end]``: the document's word before
        ``end`` when it lies inside, else the search's answer."""
        starts = self.doc.tok_starts
        k = bisect_left(starts, end) - 1
        if k >= 0 and starts[k] >= lo:
            word = self.doc.tok_text[k]
            if starts[k] + len(word) <= end:
                return word
        lw = RULES.last_word.search(self.text, lo, end)
        return lw.group() if lw is not None else None

    def _may_start_title(self, pos: int) -> bool:
        """:meth:`Matchers.may_start_title` at ``pos``, from the document's word there when
        it is all letters (the run of letters the test reads)."""
        word = self._word_at(pos)
        if word is not None and word.isalpha():
            return word in self.m.title_heads
        return self.m.may_start_title(self.text, pos)

    def name_at(self, pos: int, limit: int) -> tuple[str, int, int] | None:
        """A personal name starting at ``pos`` (after honorifics): (name, start, end).

        Memoised per position: a sentence's words are tried as the name after a title,
        as a bare name and as an appositive, often at the same place."""
        key = (pos, limit)
        memo = self._names
        if key in memo:
            return memo[key]
        found = self._name_at(pos, limit)
        memo[key] = found
        return found

    def _name_at(self, pos: int, limit: int) -> tuple[str, int, int] | None:
        text = self.text
        m = self.m
        if pos >= len(text):
            return None
        c = text[pos]
        if c < "\x80" and not c.isupper() and c not in m.honorific_initials:
            return None  # neither a name (a capital) nor an honorific can start here
        word = self._word_at(pos)
        heads = self._honorific_heads
        if heads is None or word is None or word in heads:
            hm = m.honorific.match(text, pos)
            # "M. A. Mannan": initials, not the French "M." before a name
            if hm and not (
                text.startswith(".", hm.start() + 1)  # a one-letter honorific: "M."
                and RULES.initial.match(text, hm.end()) is not None
            ):
                pos = hm.end()
                word = self._word_at(pos)
        hi = near(pos, limit)
        if (
            word is not None
            and (
                word in NOT_NAME
                # "Cuba's Councils of State": an institution, no name
                or (word in _INSTITUTION_SET and not self._official_starts(word, pos))
                or (word[-1:] == "s" and word[:-1] in _INSTITUTION_SET)
                or (word in m.country_of and not self._given_name(word, pos + len(word)))
                or word in m.org_of
                or (word in MONTH_WORDS and _day_follows(text, pos + len(word)))
            )
        ):
            # the name's first token would be this word, which no name starts with
            e = pos + len(word)
            if e <= hi and (e == hi or text[e].isspace()) and word.isalpha():
                return None
        nm = m.name.match(text, pos, hi)
        if not nm:
            return None
        if word in m.place_first_words:
            pm = m.place.match(text, pos)
            if pm is not None and pm.end() >= nm.end():
                return None  # "Papua New Guinea": a place's words, no name
        n = nm.group("n")
        n_start = nm.start()
        country_of = m.country_of
        org_of = m.org_of
        keep_end = None
        tok_end = 0
        # the name's tokens (``RULES.name_token``: a name holds no space ``str.split`` takes
        # and ``\s`` does not), each found after the last
        toks = n.split()
        words_kept = 0
        for i, tok in enumerate(toks):
            tok_start = n.find(tok, tok_end)
            tok_end = tok_start + len(tok)
            w = tok.rstrip(".")
            if i == 0 and w in m.capital_words and self._given_name(w, n_start + tok_end):
                pass  # "Santiago Cafiero": a capital's name as a given name
            elif i == 1 and words_kept == 1 and w in country_of and w not in org_of:
                pass  # "Joseph Muscat", "Luís Montenegro": a place's name as a surname
            elif (
                # "Enrique A. Manalo": an initial, not the article; "Hassan Sheikh
                # Mohamud": a style of address inside a name, between two of its words
                (
                    w in NOT_NAME
                    # "Enrique A. Manalo", "M. A. Mannan": an initial, not the article
                    and not (len(w) == 1 and len(tok) == 2 and (i > 0 or len(toks) > 1))
                    and not (
                        i > 0
                        and w in INNER_NAME_WORDS
                        and i + 1 < len(toks)
                        and toks[i + 1] not in NOT_NAME
                    )
                    # "Vice Premier Liu He": a given name, not the pronoun; "Nguyen Van
                    # An": the last word of a name, not the article
                    and not (i > 0 and tok == "He" and not toks[i - 1].endswith("."))
                    and not (i > 1 and tok == "An" and i + 1 == len(toks))
                )
                or w in country_of
                or w in org_of
                or (w in MONTH_WORDS and _day_follows(text, n_start + tok_start + len(w)))
            ):
                if i == 0:
                    return None
                break
            at = n_start + tok_start
            if i > 0:
                if self._may_start_title(at) and m.title.match(text, at):
                    break
            elif (
                "-" in tok
                and self._may_start_title(at)
                and (tm := m.title.match(text, at)) is not None
                and tm.end() == at + len(tok)
            ):
                # "(of the UN) Secretary-General": an office, no name (a one-word title
                # may start a name: "Sultan Ibrahim")
                return None
            keep_end = tok_end
            if tok.endswith(("'s", "\u2019s")):
                break  # "Balakrishnan's Participation": the name ends at the possessive
            if tok not in _PARTICLE_SET:
                words_kept += 1
            if words_kept >= 6:
                break  # six words at most, particles aside ("Hamdan bin Zayed bin Rashid Al
                # Maktoum" has five)
        if keep_end is None:
            return None
        name = n[:keep_end].rstrip(" -")
        if name.endswith(("'s", "\u2019s")) and (name[:-2] in country_of or name[:-2] in org_of):
            return None  # "New Zealand's": a place's, not a person's
        if name in country_of or name in org_of:
            return None  # "Abu Dhabi", "New Zealand": a place, not a person
        if " " in name and name[name.rfind(" ") + 1 :].lower() in PLACE_KIND_WORDS:
            return None  # "in Wuxi, Jiangsu Province": a place of that kind, no one
        if PORTFOLIO_WORDS.issuperset(name.split()):
            return None  # "(Minister of Cooperatives, Labour and) Social Welfare": an office's
        # "Harmon's Call": a possessive is not part of the name
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        start = n_start
        end = start + len(name)
        # "Kang, Kyung-wha": a hyphenated given name after a comma
        if " " not in name and text.startswith(",", end):
            km = RULES.comma_given_name.match(text, end, near(end, limit))
            if km:
                end = km.end()
                name = text[start:end]
        pm = RULES.postnominal.match(text, end, near(end, limit)) if " " in name else None
        if pm is not None:
            end = pm.end()  # "Jane Doe MP, Minister for ...": the letters stay in the mention
        # a trailing initial-only name ("J.") is not a name; nor is one all-capital token ("GMT")
        if len(name) < 2 or (name.endswith(".") and len(name) <= 2):
            return None
        if " " not in name and "-" not in name and name.isupper():
            return None
        return name, start, end

    def _official_starts(self, word: str, pos: int) -> bool:
        """Whether ``word`` at ``pos`` and the word after it are an official's full name
        the gazetteer knows: "President Duma Boko", though a "Duma" is a parliament."""
        end = pos + len(word)
        nxt = self._word_at(end + 1) if self.text.startswith(" ", end) else None
        return nxt is not None and self.m.is_official(f"{word} {nxt}")

    def _given_name(self, word: str, end: int) -> bool:
        """Whether a capital's one-word name ending at ``end`` is a given name here: a
        title comes right before and a capitalised word that is no place follows
        ("Foreign Minister Santiago Cafiero", not "Santiago de Chile" or "Victoria Falls")."""
        if word not in self.m.capital_words or not self.text.startswith(" ", end):
            return False
        start = end - len(word)
        nxt = self._word_at(end + 1)
        if nxt is None or not self._name_word(nxt) or f"{word} {nxt}" in self.m.country_of:
            return False
        if start >= 2 and self._title_ending_at(start - 1) is not None:
            return True
        # untitled: an official the gazetteer lists, or a name of three words ("to
        # Santiago Peña Palacios on his swearing-in")
        after = end + 1 + len(nxt)
        return self.m.is_official(f"{word} {nxt}") or (
            self.text.startswith(" ", after) and self._name_word(self._word_at(after + 1))
        )

    def _name_word(self, word: str | None) -> bool:
        """Whether a word may be part of a person's name: capitalised, no place's."""
        return (
            word is not None
            and word[:1].isupper()
            and word not in NOT_NAME
            and word not in self.m.country_of
            and word not in self.m.org_of
        )

    def title_chain(
        self, tm: regex.Match[str], limit: int
    ) -> tuple[str, int, int, str | None, str | None]:
        """Extend a title match: "X and Y", "X of <institution>". Returns title, start, end, iso, org."""
        text = self.text
        start, end = tm.start(), tm.end()
        iso: str | None = None
        org: str | None = None
        # "President of the Republic of Uzbekistan": the state's formal name is the country
        inner_of = text.find("of", start, end) >= 0
        for of in RULES.of_phrase.finditer(text, start, end) if inner_of else ():
            sf = RULES.state_form.match(text, of.end("what"), near(of.end("what"), limit))
            if sf is not None and sf.end() >= end and text.startswith(("the ", "The "), sf.start()):
                place = self.place_at(of.end("what"))
                if place is not None and place[0]:
                    return text[start : of.start()], start, place[2], place[0], None
        # "European Council President": an institution's office, whose organization is
        # recorded as the parent's (the European Union), so its name stays in the title
        if text.endswith(
            _BODY_WORDS, 0, _space_before(text, start, start - 12 if start > 12 else 0)
        ):
            pb = self.place_before(start)
            if (
                pb is not None
                and text[pb[2] : _space_before(text, start, pb[2])] in self.m.institution_names
            ):
                start, org = pb[2], pb[1]
        # leftwards: "First Vice Foreign Minister", "National Assembly Chairman"
        for _ in range(3):
            lo = start - 30 if start > 30 else 0
            if not text.endswith(_TITLE_PREFIXES, lo, _space_before(text, start, lo)):
                break  # no prefix word ends there, so the search below would find none
            pw = RULES.word_before.search(text, lo, start)
            if pw is None or pw.group("w") not in TITLE_PREFIX_WORDS:
                break
            if text.find("\n", pw.end("w"), start) >= 0:
                break  # "... European Commission\nPresident X": a line's end between
            pb = self.place_before(start) if pw.group("w") == "Commission" else None
            if pb is not None and pb[2] <= pw.start("w"):
                break  # "European Commission President": the body's name, not a prefix
            start = pw.start("w")
        if start > 2 and text[start - 2].isupper() and text[start - 1] == " ":
            # "CIDCA Chairman": a national agency's acronym before the office is the
            # title's own (not a country's, nor a listed organization's: "EU", "UN")
            am = RULES.acronym_before.search(text, max(0, start - 10), start)
            if am is not None and self.place_at(am.start()) is None:
                start = am.start()
        head = tm.group()
        noun, _, office = head.partition(" ")
        if head in PORTFOLIO_TITLE_HEADS:
            start = self._portfolio_before(start)
        elif noun in PORTFOLIO_WORDS and office in PORTFOLIO_TITLE_HEADS:
            # "Foreign Affairs and Trade Minister", "Foreign Affairs and International
            # Development Minister": a portfolio title after more of the portfolio; an
            # adjective before its noun is the portfolio's ("International"), unless a
            # place's ("South African Trade Minister")
            start = self._portfolio_before(start, PLACE_PORTFOLIO_ADJECTIVES)
        # leftwards: "State Councilor and Foreign Minister"
        for _ in range(MAX_CHAIN):
            lo = start - 6 if start > 6 else 0
            if not text.endswith(("and", "&", "cum"), lo, _space_before(text, start, lo)):
                break
            lm = RULES.chain_left.search(text, lo, start)
            if not lm:
                break
            before = self._title_ending_at(lm.start())
            if before is None:
                break
            start = before
        for _ in range(MAX_CHAIN):
            if end >= limit:
                break
            hi = near(end, limit)
            after = _skip_space(text, end, hi)  # the first word after the title, if any
            cm = (
                RULES.chain_right.match(text, end, hi)
                if text.startswith((",", "and", "&", "/", "cum "), after, hi)
                else None
            )
            if cm:
                nt = self.m.title.match(text, cm.end(), near(cm.end(), limit))
                if (
                    nt
                    and "and" in cm.group()
                    and text.endswith(("the ", "The "), max(0, start - 4), start)
                    and text.startswith(" ", nt.end())
                    and self._name_follows(nt.end(), limit)
                ):
                    break  # "the PM and President Sarkozy (spoke)": two people
                # ", Ambassador Obi": a rank before the name is not part of the title
                if nt and not ("," in cm.group() and self._name_follows(nt.end(), limit)):
                    end = nt.end()
                    continue
                # "... and Regional Integration", ", African Integration and Beninese Abroad"
                pr = RULES.portfolio_run.match(text, cm.end(), near(cm.end(), limit))
                pe = self._portfolio_end(pr) if pr is not None else None
                if pe is not None:
                    # "... and Foreign Affairs Cabinet Secretary": a portfolio before a title
                    pt = self.m.title.match(text, _skip_space(text, pe, hi), near(pe, limit))
                    end = pt.end() if pt and pt.group() in PORTFOLIO_TITLE_HEADS else pe
                    continue
                # "Minister of State and for Foreign Affairs": a second portfolio after "for"
                fm = (
                    RULES.for_phrase.match(text, cm.end() - 1, hi)
                    if "and" in cm.group() and text.startswith("for ", cm.end(), hi)
                    else None
                )
                pr = (
                    RULES.portfolio_run.match(text, fm.end(), near(fm.end(), limit)) if fm else None
                )
                pe = self._portfolio_end(pr) if pr is not None else None
                if pe is not None:
                    end = pe
                    continue
            to_end = self._to_post_end(start, end, hi, limit) if after > end else None
            if to_end is not None:
                end, to_iso = to_end
                iso = iso or to_iso
                continue
            fm = (
                RULES.for_phrase.match(text, end, hi)
                if after > end and text.startswith(("for", "on"), after, hi)
                else None
            )
            if fm is not None:
                # "Vice Minister for Foreign Affairs", "Adviser to the Prime Minister on
                # National Security and Foreign Affairs"
                pr = RULES.portfolio_run.match(text, fm.end(), near(fm.end(), limit))
                pe = self._portfolio_end(pr) if pr is not None else None
                if pe is not None:
                    end = pe
                    continue
                # "Union Minister for the Office of the State Counsellor,": an office's
                # institution, in apposition (closed by punctuation, no name after it)
                run = RULES.cap_run.match(text, fm.end(), near(fm.end(), limit))
                if (
                    run is not None
                    and text.startswith((",", ".", ";", ")"), run.end())
                    and INSTITUTION_NOUNS.search(" ".join(run.group().split()[:3])) is not None
                ):
                    end = run.end()
                    continue
            om = (
                RULES.of_phrase.match(text, end, hi)
                if after > end and text.startswith("of", after, hi)
                else None
            )
            if not om:
                break
            place = self.place_at(om.end("what"))
            if place is not None:
                p_iso, p_org, p_end, surface = place
                rest = RULES.cap_run.match(text, p_end, near(p_end, limit))
                rest_txt = rest.group() if rest else ""
                if rest and INSTITUTION_NOUNS.search(" ".join(rest_txt.split()[:4])):
                    iso = iso or p_iso
                    org = org or p_org
                    end = _institution_end(rest)
                    continue
                if p_org and INSTITUTION_NOUNS.search(surface):
                    end = p_end
                    continue
                if p_iso and surface in self.m.demonyms and surface not in self.m.country_of_names:
                    # "of the Czech Chamber of Deputies" without an institution noun near
                    break
                if p_iso and surface not in self.m.country_of_names:
                    # a capital or city: "Crown Prince of Abu Dhabi"
                    iso = iso or p_iso
                    end = p_end
                    continue
                iso = iso or p_iso
                org = org or p_org
                title = _chained_title(text[start:end])
                if text.startswith(" and ", p_end) and text.endswith(
                    ",", 0, _space_before(text, start, 0)
                ):
                    # "X, High Representative of the EU and Vice-President of the
                    # Commission,": a second office in the same apposition
                    tm2 = self.m.title.match(text, p_end + 5, near(p_end + 5, limit))
                    if tm2 is not None:
                        t2, _, e2, iso2, _ = self.title_chain(tm2, limit)
                        if iso2 in (None, iso) and text.startswith((",", ".", ";"), e2):
                            return f"{title} and {t2}", start, e2, iso, org
                more = self._office_after_place(p_end, limit, iso)
                if more is not None:
                    # "Crown Prince of Saudi Arabia, Deputy Prime Minister and Defence
                    # Minister Mohammed bin Salman": the offices, without the country
                    return f"{title}, {more[0]}", start, more[1], iso, org
                return title, start, p_end, iso, org
            am = RULES.acronym_before_name.match(text, om.end("what"), near(om.end("what"), limit))
            if am is None:
                # "The Chairman of CIDCA, Luo Zhaohui, and ...": the name after a comma
                am = RULES.acronym_closing.match(text, om.end("what"), near(om.end("what"), limit))
                if am is not None and not text.startswith(",", am.end()):
                    am = None
            if am is not None and self._name_follows(am.end(), limit):
                # "Director of CIDCA Wang Xiaotao": an institution by its acronym
                end = am.end()
                break
            if text.endswith(",", 0, _space_before(text, start, 0)):
                # "Chen Xiaodong, Chairman of CIDCA, held ...": in apposition, closed
                am = RULES.acronym_closing.match(text, om.end("what"), near(om.end("what"), limit))
                if am is not None:
                    end = am.end()
                    break
            rest = RULES.cap_run.match(text, om.end("what"), near(om.end("what"), limit))
            if rest and BODY_NOUNS.search(rest.group()):
                end = _institution_end(rest, BODY_NOUNS)
                continue
            # "Secretary of National Defense": a portfolio the lexicon does not list
            pr = RULES.portfolio_run.match(text, om.end("what"), near(om.end("what"), limit))
            pe = self._portfolio_end(pr) if pr is not None else None
            if pe is not None:
                end = pe
                continue
            if rest is not None:
                # "Mayor of Greater Manchester Andy Burnham": a place the lexicon does not
                # know, then a name of two words
                cut = self._unknown_place_end(rest, limit)
                if cut is not None:
                    end = cut
            break
        return _chained_title(text[start:end]), start, end, iso, org

    def _office_after_place(self, pos: int, limit: int, iso: str | None) -> tuple[str, int] | None:
        """After "President of the Republic of X": ", Chairman of the Security Council"
        and then the name, a further office of the same person (of no other country), as
        a title and where it ends."""
        text = self.text
        if not text.startswith(", ", pos) or pos + 2 >= limit:
            return None
        tm = self.m.title.match(text, pos + 2, near(pos + 2, limit))
        if (
            tm is None
            or tm.group() in RANK_ONLY_TITLES
            or self.m.honorific.match(text, pos + 2, tm.end() + 1) is not None
        ):
            return None  # (", Prince Faisal": a rank or honorific before the name, no office)
        title, _, end, more_iso, _ = self.title_chain(tm, limit)
        if (more_iso is not None and more_iso != iso) or not self._name_follows(end, limit):
            return None
        return title, end

    def _unknown_place_end(self, run: regex.Match[str], limit: int) -> int | None:
        """Where a run of three or more capitalised words after "of" ends its place, when
        its last two words are a name and nothing capitalised follows them."""
        text = self.text
        # whole words as written: "Sanwo-Olu" is one
        words = list(RULES.spaced_word.finditer(text, run.start(), run.end()))
        if len(words) < 3 or len(words) > 6 or words[0].group() == "the":
            return None
        if any(not w.group()[0].isupper() for w in words[-2:]):
            return None
        after = _skip_space(text, run.end(), near(run.end(), limit))
        if after < len(text) and text[after].isupper():
            return None
        name = self.name_at(words[-2].start(), limit)
        if name is None or name[2] != words[-1].end():
            return None
        return words[-3].end()

    def _to_post_end(
        self, start: int, end: int, hi: int, limit: int
    ) -> tuple[int, str | None] | None:
        """Where a title ending at ``end`` goes on with "to ...", and the country that adds:
        the post of someone posted abroad ("Ambassador to China"), or the office someone
        serves, with its country ("Adviser to the President of the French Republic")."""
        text = self.text
        if not text.startswith("to ", _skip_space(text, end, hi), hi):
            return None
        if text.endswith(POSTED_TITLE_ENDS, start, end):
            to = RULES.to_phrase.match(text, end, hi)
            place = self.place_at(to.end()) if to is not None else None
            if place is not None:
                return place[2], None  # the post's country is not the holder's
        if text.endswith(ATTACHED_TITLE_ENDS, start, end):
            served = RULES.to_office.match(text, end, hi)
            st = (
                self.m.title.match(text, served.end(), near(served.end(), limit))
                if served
                else None
            )
            if st is not None:
                om = self._of_at(st.end(), limit)
                place = self.place_at(om.end("what")) if om is not None else None
                if place is not None and place[0]:
                    return place[2], place[0]
                return st.end(), None
        return None

    def _name_after_place(self, a: int, b: int) -> tuple[str, int, int] | None:
        """A name ending at ``b`` that starts after the last word of ``text[a:b]`` no name
        holds ("Palace", a country); None if there is no such word, or if one word follows
        a demonym ("the Indian Ocean, the Minister": a place, not a name)."""
        last = None
        after_country = False
        for wm in RULES.word.finditer(self.text, a, b):
            w = wm.group()
            if w in NOT_NAME or w in self.m.country_of:
                last = wm.end()
                after_country = w in self.m.demonyms
        if last is None:
            return None
        found = self.name_at(_skip_space(self.text, last, b), b)
        if found is not None and after_country and " " not in found[0]:
            return None
        return found

    def _name_follows(self, pos: int, limit: int) -> bool:
        return self.name_at(self._after_sep(pos, limit), limit) is not None

    def _after_sep(self, pos: int, limit: int) -> int:
        """Past what may separate a title from its name (``RULES.title_name_sep``, which
        matches, maybe empty, anywhere: only tried where it can take a character)."""
        text = self.text
        if not text.startswith((" ", "\t", "(", ","), pos):
            return pos
        hi = near(pos, limit)
        if text.startswith(" ", pos) and pos < hi and not text.startswith(_SEP_CHARS, pos + 1):
            return pos + 1  # one space, the most common case
        sep = RULES.title_name_sep.match(text, pos, hi)
        return sep.end() if sep else pos

    def _name_before_comma(self, pos: int, lo: int) -> bool:
        """Whether a name and a comma end right before ``pos`` ("Sheikh Abdullah bin
        Zayed, (Foreign Minister ...)"): the office that follows is in apposition to it."""
        e = _space_before(self.text, pos, lo)
        if e <= lo or self.text[e - 1] != ",":
            return False
        lm = self.m.appositive_left.search(self.text, max(lo, pos - 90), pos)
        return lm is not None and self.name_at(lm.start("n"), lm.end("n")) is not None

    def _title_after(self, pos: int, limit: int) -> bool:
        """Whether ", <title>" follows ``pos``: an office in apposition after a name."""
        text = self.text
        if not text.startswith(",", pos):
            return False
        at = _skip_space(text, pos + 1, near(pos, limit))
        if text.startswith(("the ", "The "), at):
            at += 4
        return (
            self._may_start_title(at) and self.m.title.match(text, at, near(at, limit)) is not None
        )

    def _of_at(self, pos: int, limit: int) -> regex.Match[str] | None:
        """``RULES.of_phrase`` at ``pos`` (" of "), tried only where the next word is "of"."""
        text = self.text
        hi = near(pos, limit)
        after = _skip_space(text, pos, hi)
        if after == pos or not text.startswith("of", after, hi):
            return None
        return RULES.of_phrase.match(text, pos, hi)

    def _portfolio_end(self, run: regex.Match[str]) -> int | None:
        """Where the portfolio at the start of a capitalised run ends ("Regional
        Integration" in "Regional Integration Abena Owusu-Darko"), if it starts with one."""
        end = None
        for wm in RULES.name_token.finditer(run.group()):
            w = wm.group().rstrip(",")
            if w in {"and", "the", "of", "for"}:
                continue
            if w in PORTFOLIO_WORDS:
                if w not in PORTFOLIO_ADJECTIVES:  # "Foreign": a portfolio goes on to its noun
                    end = run.start() + wm.start() + len(w)
            elif w not in self.m.demonyms and not (w[-1] == "s" and w[:-1] in self.m.demonyms):
                # a demonym may sit inside a portfolio ("Beninese Abroad", "Chadians
                # Abroad"), not end one
                break
        return end

    def _portfolio_before(self, start: int, refused: frozenset[str] = PORTFOLIO_ADJECTIVES) -> int:
        """Where a portfolio written before "Minister" starts ("International Relations and
        Cooperation Minister"): capitalised portfolio words, "and" between them. ``refused``:
        the adjectives that cannot stand right before ``start`` in a portfolio."""
        text = self.text
        at = start
        pos = start
        for _ in range(6):
            lo = pos - 30 if pos > 30 else 0
            pw = RULES.word_before.search(text, lo, pos)
            if (
                pw is not None
                and pw.group("w") in PORTFOLIO_WORDS
                # the word before "Minister" is the portfolio's noun ("South African
                # Minister" is a country's)
                and (pos != start or pw.group("w") not in refused)
            ):
                at = pos = pw.start("w")
                continue
            e = _space_before(text, pos, lo)
            if at == pos and text.endswith(" and", lo, e):
                pos = e - 3  # "Relations and Cooperation": on to the word before "and"
                continue
            break
        return at

    def _title_ending_at(self, pos: int, lo: int = 0, *, lower: bool = False) -> int | None:
        """Where the longest title ending at ``pos`` starts (not before ``lo``); ``lower``:
        a title written in lower case ("the two foreign ministers"), whose pattern has no
        word boundary before it of its own."""
        text = self.text
        best = None
        pattern = self.m.lower_title if lower else self.m.title
        for tm in pattern.finditer(text, max(lo, pos - 60), pos):
            if tm.end() == pos and not (lower and tm.start() and text[tm.start() - 1].isalpha()):
                best = tm.start() if best is None else min(best, tm.start())
        return best

    # -- mentions -----------------------------------------------------------
    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        spans = [(ln.start, ln.end, -1) for ln in self.doc.headings] + [
            (s.start, s.end, i) for i, s in enumerate(self.doc.sentences)
        ]
        for a, b, idx in spans:
            out.extend(self._in_span(a, b, idx))
        if self.plural_offices:
            for x in self._shared_office(spans, out):
                # in order of position, as the spans' own mentions are
                at = next((i for i, y in enumerate(out) if y.start > x.start), len(out))
                out.insert(at, x)
        return out

    def _shared_office(
        self, spans: list[tuple[int, int, int]], taken: list[Mention]
    ) -> list[Mention]:
        """ "Foreign Ministers Sergei Lavrov and Wang Yi", "Presidents A, B and C", "the
        two foreign ministers, A of X and B of Y": an office in the plural before a list of
        names is each one's (in the singular); a place after a name is that one's."""
        text = self.text
        found: list[Mention] = []
        for at, pos, last, lower in self.plural_offices:
            if any(x.start <= at < x.end for x in taken):
                continue
            span = next(((a, b, i) for a, b, i in spans if a <= at < b), None)
            if span is None:
                continue
            a, b, idx = span
            ts = self._title_ending_at(at + len(last), lo=a, lower=lower)
            if ts is None:
                continue
            title = text[ts:at] + last
            both = RULES.of_both_sides.match(text, pos, near(pos, b)) if lower else None
            if both is not None:
                pos = both.end()  # "the foreign ministers of both countries, A and B"
            # "the foreign ministers of Iran and Uzbekistan, A and B": the sides in order
            sides = self._listed_places(pos + 4, b) if text.startswith(" of ", pos) else None
            if sides is not None:
                pos = sides[1]
                if not text.startswith(", ", pos):
                    continue
                pos += 2
            elif lower:
                if not text.startswith(", ", pos):
                    continue  # "the two foreign ministers, A and B": set off by a comma
                pos += 2
            names: list[tuple[str, int, int, str | None]] = []
            joins: list[bool] = []  # after each name, whether "and" joins the next
            pos = _skip_space(text, pos, b)
            while (nm := self.name_at(pos, b)) is not None:
                end, iso = nm[2], None
                if text.startswith(" of ", end):
                    place = self.place_at(end + 4)
                    if place is not None and place[0]:
                        end, iso = place[2], place[0]
                elif text.startswith(" (", end):
                    # "Foreign Ministers A (Iran), B (Russian Federation) and C (Turkey)"
                    place = self.place_at(end + 2)
                    if place is not None and place[0] and text.startswith(")", place[2]):
                        end, iso = place[2] + 1, place[0]
                names.append((nm[0], nm[1], end, iso))
                if lower and text.startswith(", who ", end):
                    # "A, who is also a Deputy Prime Minister, and B": an aside after a name
                    close = text.find(",", end + 6, b)
                    if close > 0 and text.startswith(", and ", close):
                        end = close
                if text.startswith(" and ", end):
                    pos = end + 5
                    joins.append(True)
                elif text.startswith(", and ", end):
                    pos = end + 6
                    joins.append(True)
                elif text.startswith(", ", end) and len(names) < 6:
                    pos = end + 2
                    joins.append(False)
                else:
                    break
            if len(names) < 2 or not joins[len(names) - 2]:
                continue  # one name, or a list that does not close with "and": no office shared
            if sides is not None:
                if len(sides[0]) != len(names):
                    continue
                names = [
                    (n, s0, e0, iso or side)
                    for (n, s0, e0, iso), side in zip(names, sides[0], strict=True)
                ]
            for k, (name, n_start, n_end, iso) in enumerate(names):
                found.append(
                    Mention(ts if k == 0 else n_start, n_end, idx, name, n_start, title, iso,
                            rule="title-name")
                )  # fmt: skip
        return found

    def _listed_places(self, pos: int, b: int) -> tuple[list[str], int] | None:
        """Countries listed from ``pos``: "Iran and Uzbekistan", "A, B and C" (their ISO
        codes and where the list ends), if two or more and all countries."""
        isos: list[str] = []
        while len(isos) < 6:
            place = self.place_at(pos)
            if place is None or place[0] is None or place[2] > b:
                return None
            isos.append(place[0])
            pos = place[2]
            if self.text.startswith(" and ", pos):
                pos += 5
            elif self.text.startswith(", ", pos) and self.place_at(pos + 2) is not None:
                pos += 2
            else:
                break
        return (isos, pos) if len(isos) >= 2 else None

    def titles_in(self, a: int, b: int) -> list[regex.Match[str]]:
        """The title matches in ``text[a:b]``, as :func:`~readoutkit.parser.matchers.scan`
        finds them, tried only at the words picked once per document (``_title_starts``)."""
        return matches_at(self.m.title, self.text, a, b, self._title_starts)

    def _in_span(self, a: int, b: int, idx: int) -> Iterable[Mention]:
        text = self.text
        taken_until = a
        found: list[Mention] = []
        owner: tuple[int, str] | None = None  # a possessive title right before
        for tm in self.titles_in(a, b):
            if tm.start() < taken_until:
                continue
            title, ts, te, iso, org = self.title_chain(tm, b)
            if (
                text.startswith(_POSSESSIVE, te)
                and self._may_start_title(te + 3)
                and self.m.title.match(text, te + 3, near(te + 3, b)) is not None
            ):
                # "The Prime Minister's Adviser on Foreign Affairs": the office the next
                # title belongs to, nobody taking part ("The Prime Minister's call" is his)
                owner = (ts, title)
                continue
            if owner is not None and ts == owner[0] + len(owner[1]) + 3:
                title, ts = f"{text[owner[0] : ts - 1]} {title}", owner[0]
            owner = None
            if text.startswith((" ", "\t"), te) and _institution_head_at(
                text, _skip_space(text, te, near(te, b))
            ):
                nxt = RULES.next_word.match(text, te, near(te, b))
                if (
                    nxt is not None
                    and nxt.group("w") in _INSTITUTION_SET
                    and not self._official_starts(nxt.group("w"), nxt.start("w"))
                ):
                    continue  # "the UN General Assembly": part of an institution's name
            mstart = ts
            pb = self.place_before(ts)
            if pb is None and ts > a:
                # "Norway's new Prime Minister, Lars Berg": the office's place before its
                # adjectives
                adj = RULES.office_adjectives_before.search(text, max(a, ts - 30), ts)
                if adj is not None and text.endswith(("'s ", "\u2019s "), a, adj.start()):
                    pb = self.place_before(adj.start())
            if pb is not None and pb[2] >= a and pb[2] >= taken_until:
                iso = iso or pb[0]
                org = org or pb[1]
                mstart = pb[2]
            # "Title, Honorific Name" / "Title Name"
            pos = self._after_sep(te, b)
            # "Minister of National Defense General Wei", "Press Secretary Maj. Gen. Pat
            # Ryder": a rank between title and name
            rank = (
                self.m.title.match(text, pos, near(pos, b)) if self._may_start_title(pos) else None
            )
            if rank is not None and rank.group("t") == title and text.startswith(",", te):
                # "between the Prime Minister, Prime Minister X of Denmark and ...": the
                # same office again after a comma, a list's next holder, no rank
                rank = None
            if rank is None and text.startswith(_STYLE_OPENERS, pos):
                # "Foreign Minister, His Highness Prince Faisal": a style, then the rank
                # ("HRH Prince Salman")
                hm = self.m.honorific.match(text, pos, near(pos, b))
                at = _skip_space(text, hm.end(), b) if hm is not None else pos
                if at > pos and self._may_start_title(at):
                    rank = self.m.title.match(text, at, near(at, b))
            nm = self.name_at(self._after_sep(rank.end(), b), b) if rank is not None else None
            if (
                nm is not None
                and text.startswith(",", te)
                and RULES.object_the_before.search(text, max(a, mstart - 12), mstart) is not None
                and RULES.lower_word_after.match(text, nm[2], near(nm[2], b)) is not None
            ):
                # "Writing to the Spanish Prime Minister, PM Phuc recalled ...": the office
                # ends an opening phrase; the ranked name after is the clause's subject
                nm = None
                rank = None
            elif nm is None:
                nm = self.name_at(pos, b)
                if (
                    nm is not None
                    and text.find(",", te, pos) >= 0
                    and (
                        # "A, Foreign Minister of X, B, Minister of Y": B has an office of
                        # his own after him; this one is A's
                        (self._title_after(nm[2], b) and self._name_before_comma(mstart, a))
                        # "In a reply sent to the Montenegrin President, Sheikh Mohamed
                        # expressed ...": the office ends an opening phrase; the name that
                        # follows is the clause's subject
                        or (
                            RULES.object_the_before.search(text, max(a, mstart - 12), mstart)
                            is not None
                            and RULES.lower_word_after.match(text, nm[2], near(nm[2], b))
                            is not None
                        )
                    )
                ):
                    nm = None
            name = name_start = None
            end = te
            rule = "title-name"
            nick = None
            if nm:
                name, name_start, end = nm
                km = (
                    RULES.nickname.match(text, end, near(end, b))
                    if text.startswith(_NICKNAME_OPENERS, end)
                    else None
                )
                if km is not None:
                    nick, end = km.group("nick"), km.end()
                after = self._of_at(end, b)
                if after and title in _PORTFOLIO_SPLIT_TITLES:
                    # "Minister Yun Byung-se of Foreign Affairs": the office's portfolio after
                    # the name (Korean style)
                    pr = RULES.portfolio_run.match(
                        text, after.end("what"), near(after.end("what"), b)
                    )
                    pe = self._portfolio_end(pr) if pr is not None else None
                    if pe is not None and self.place_at(after.end("what")) is None:
                        title = f"{title} of {text[after.end('what') : pe]}"
                        end, after = pe, None
                if after:
                    place = self.place_at(after.end("what"))
                    if (
                        place is not None
                        and (place[0] or place[1])
                        # "assured Minister X of Türkiye's support": whose support, not his
                        and not text.startswith(("'s", "\u2019s"), place[2])
                        and not text.endswith(("'s", "\u2019s"), after.end("what"), place[2])
                    ):
                        iso = iso or place[0]
                        org = org or place[1]
                        end = place[2]
            else:
                # "Name, (the) Title"
                lo = mstart - 90 if mstart - 90 > a else a
                if (
                    text.endswith(" ", lo, mstart)
                    and RULES.and_current_before.search(text, max(lo, mstart - 40), mstart)
                    and RULES.rotating_office.search(title)
                ):
                    # "X, Angolan President and current Chairperson of the African Union":
                    # a rotating role joined to the office just named, no one else
                    taken_until = te
                    continue
                lm = (
                    self.m.appositive_left.search(text, lo, mstart)
                    if _comma_before(text, lo, mstart)
                    # a headline's "A, Kazakh FM exchange letters" lists two people
                    and not (idx < 0 and RULES.verb_after.match(text, te, near(te, b)))
                    # "Welcoming President X, the Prime Minister recalled ...": the title
                    # is the subject of a verb, no apposition
                    and not (
                        idx >= 0
                        and text.startswith(" ", te)
                        and RULES.past_verb.match(text, te + 1) is not None
                    )
                    else None
                )
                if (
                    lm
                    and ("capacity" in lm.group() or " role " in lm.group())
                    and RULES.rotating_office.search(title)
                ):
                    # "X, in his capacity as ASEAN Chair,", "in his role as current Chair of
                    # the ICGLR": a rotating role beside the office the person holds (named
                    # elsewhere), no one else
                    taken_until = te
                    continue
                if (
                    lm
                    and RULES.current_office_before.search(text, max(lo, mstart - 40), mstart)
                    and (
                        self.m.title.match(text, lm.start("n"), lm.end("n")) is not None
                        or self._title_ending_at(_space_before(text, lm.start("n"), a), lo=a)
                        is not None
                    )
                ):
                    # "President X of Senegal, the current Chairperson of the African Union":
                    # an office beside the title the name has (``_also_office``)
                    lm = None
                if lm:
                    cand = self.name_at(lm.start("n"), lm.end("n"))
                    if cand is None:
                        # "His Highness Prince Mansour, Minister ...": a rank before the name
                        at = lm.start("n")
                        hm2 = self.m.honorific.match(text, at, lm.end("n"))
                        if hm2 is not None:
                            at = hm2.end()
                        rank = self.m.title.match(text, at, lm.end("n"))
                        if rank is not None:
                            cand = self.name_at(rank.end() + 1, lm.end("n"))
                    if cand is None or cand[2] != lm.end("n"):
                        # "received at Zabeel Palace Irakli Kobakhidze, Prime Minister of
                        # ...": the name after the last word no name holds
                        cand = self._name_after_place(lm.start("n"), lm.end("n"))
                    if (
                        cand
                        and cand[2] == lm.end("n")
                        and not _one_word_after_lower(text, a, cand)
                        # "the Far East, the President said": a place, no one's name
                        and not text.endswith(("the ", "The "), max(a, cand[1] - 4), cand[1])
                    ):
                        name, name_start, _ = cand
                        nick = lm.group("nick")
                        mstart = lm.start("n")
                        rule = "name-title"
                        if iso is None and org is None and lm.group("poss"):
                            # "X, Oman's visiting Minister ...": the possessive's place
                            place = self.place_at(lm.start("poss"))
                            if place is not None and place[2] >= lm.end("poss"):
                                iso, org = place[0], place[1]
                        if iso is None and org is None and lm.group("serv"):
                            # "X, who serves Brunei as Minister of ...": the side served
                            place = self.place_at(lm.start("serv"))
                            if place is not None and place[2] >= lm.end("serv"):
                                iso, org = place[0], place[1]
                        if iso is None and org is None and lm.group("of"):
                            # "X of Laos, Deputy Prime Minister": the side between
                            place = self.place_at(lm.start("of"))
                            if place is not None and place[2] >= lm.end("of"):
                                iso, org = place[0], place[1]
                        hm = self.m.honorific_left.search(text, max(a, mstart - 40), mstart)
                        if hm:
                            mstart = hm.start()
                else:
                    rule = "title-only"
                cm = (
                    RULES.comma_place.match(text, te, near(te, b))
                    if text.startswith(",", te)
                    else None
                )
                if cm:
                    place = self.place_at(cm.end())
                    next_at = _skip_space(text, place[2], near(place[2], b)) if place else 0
                    if (
                        place is not None
                        and place[0]
                        # (not "the PM, Finnish Prime Minister X and ...": the demonym of
                        # the next holder in a list)
                        and not (
                            next_at > place[2]
                            and self._may_start_title(next_at)
                            and self.m.title.match(text, next_at, near(next_at, b)) is not None
                        )
                    ):
                        iso = iso or place[0]
            if org is None and iso is None:
                implied = title_side(title)
                org = implied if implied and implied not in self.m.iso3s else None
            if title in RANK_ONLY_TITLES and name is not None and ts > a:
                # "Brunei's foreign and trade minister, Prince Mohamed Bolkiah": the office
                # set off before the rank is the person's
                apposed = self.lower_title_apposed(ts, a, end)
                if apposed is not None:
                    pb2 = self.place_before(apposed[1])
                    found.append(
                        Mention(apposed[1], ts - 2, idx, name,
                                name_start if name_start is not None else -1, apposed[0],
                                apposed[2] or (pb2[0] if pb2 else None), None, "title-apposed")
                    )  # fmt: skip
            if (
                idx < 0
                and rule == "name-title"
                and title.startswith("Former ")
                and not text[a:mstart].strip()
                and not text[end:b].strip()
            ):
                # a byline line "Ban Ki-moon, Former Secretary-General": the archive's
                # word for the holder today; the readout is of the office then
                title = title[len("Former ") :]
            found.append(
                Mention(mstart, end, idx, name, name_start if name_start is not None else -1,
                        title, iso, org, rule, nick)
            )  # fmt: skip
            taken_until = end
        if idx >= 0 and text.find(" leader", a, b) >= 0:
            for lm in RULES.side_leader.finditer(text, a, b):
                iso = self.m.country_of.get(lm.group("d"))
                if iso is not None and self._named_after(lm.end(), b):
                    continue  # "the UAE leader, His Highness Sheikh Mohamed bin Zayed,": named
                if iso is not None and not any(x.start <= lm.start() < x.end for x in found):
                    # "met with the visiting Brazilian leader": a participant of that side
                    found.append(_nameless_counterpart(lm.start(), lm.end(), idx, iso))
        if not self._counterparts or (
            text.find("counterpart", a, b) < 0 and text.find("opposite number", a, b) < 0
        ):
            return found
        for cm in RULES.counterpart.finditer(text, a, b):
            nm = self.name_at(cm.end(), b)
            if (
                nm is not None
                and "," in cm.group()
                and text.startswith(" ", nm[2])
                and _reports_next(text, nm[2], b, self.m)
            ):
                # "In a phone call with his Romanian counterpart, Zarif stressed ...": the
                # comma closes an opening phrase; the name is the clause's subject
                nm = None
            dem = cm.group("d")
            iso = self.m.country_of.get(dem) if dem else None
            if nm is None:
                end = cm.start() + len(cm.group().rstrip(", \t\n"))
                if (
                    dem is None
                    and text.startswith(("from ", "of "), cm.end())
                    and "counterparts" not in cm.group()
                ):
                    # "his counterpart from Niger": the side after it (not "his
                    # counterparts from A, B and C", whom the list names)
                    place = self.place_at(text.index(" ", cm.end()) + 1)
                    if place is not None and place[0] is not None:
                        iso, end = place[0], place[2]
                if iso is not None and idx >= 0:
                    # "his Indian counterpart" unnamed: a participant of that side, whom
                    # the engagement sentence may hold (named later, if at all)
                    found.append(_nameless_counterpart(cm.start(), end, idx, iso))
                continue
            found.append(
                Mention(cm.start(), nm[2], idx, nm[0], nm[1], None, iso, None, "counterpart")
            )
        return found

    def _named_after(self, pos: int, b: int) -> bool:
        """Whether a name follows ``pos`` in apposition (", His Highness Sheikh X")."""
        text = self.text
        if not text.startswith(",", pos):
            return False
        j = _skip_space(text, pos + 1, b)
        hm = self.m.honorific.match(text, j, b)
        if hm is not None:
            j = _skip_space(text, hm.end(), b)
        return self.name_at(j, b) is not None

    def bare_names(self, a: int, b: int, idx: int, taken: list[tuple[int, int]]) -> list[Mention]:
        """Untitled personal names of two or more words in one sentence."""
        text = self.text
        out = []
        pos = a
        first = a  # where the sentence's first word starts
        while first < b and text[first].isspace():
            first += 1
        covered = _merged(taken)
        k = 0  # the first covered span not ending at or before the current word
        for wm in RULES.cap_word_start.finditer(text, a, b):
            s = wm.start()
            while k < len(covered) and covered[k][1] <= s:
                k += 1
            if s < pos or (k < len(covered) and covered[k][0] <= s):
                continue  # inside the last name found, or a titled mention's
            nm = self.name_at(s, b)
            if nm is None:
                continue
            if s == first and RULES.date_after_place.match(text, nm[2], near(nm[2], b)):
                pos = nm[2]
                continue  # "New York, 24 September 2025: ...": a dateline's place
            if text[s - 1 : s] == " " and RULES.address_before.search(text, max(a, s - 12), s):
                pos = nm[2]
                continue  # "at 7, Lok Kalyan Marg": an address
            if nm[0].partition(" ")[0] in _COMPASS_WORDS and nm[0].count(" ") == 1:
                pos = nm[2]
                continue  # "from South Ossetia": a region, no one's name
            name = nm[0]
            if " " not in name and nm[1] > s and self.m.title.match(text, nm[1]) is not None:
                continue  # "H.E. Lt. Gen. X": an honorific before a rank, no one's name
            if len(name.split()) < 2 and nm[1] > s:
                # "Mr. Guterres met with ...": an honorific and a known official's surname,
                # written in full elsewhere in the text ("António Guterres, Secretary-General")
                full = self._official_in_full(name)
                if full is not None:
                    out.append(Mention(s, nm[2], idx, full, nm[1], None, None, None, "bare-name"))
                    pos = nm[2]
                    continue
            if len(name.split()) < 2 and nm[1] == s:
                continue  # (a surname alone after an honorific, "Mr. Ban", is someone)
            if name.replace(" ", "").replace("-", "").isupper():
                continue
            if name.endswith(" Day") and RULES.holiday_name.fullmatch(name):
                continue  # "National Day and Liberation Day": a holiday, no person
            if s == first and RULES.agency_dateline_after.match(text, nm[2], near(nm[2], b)):
                continue  # "New York, IRNA – ...": the dateline's place
            place = self.place_at(s)
            if place is not None and place[2] >= nm[2] - 1:
                # "Papua New (Guinea)", "Solomon Islands' foreign minister": a place
                continue
            if self._ends_with_side(nm[1], nm[2], b):
                continue  # "Visiting Chinese Premier Li": a word and a side before a title
            lb = self.lower_title_before(s, a)
            apposed = None if lb is not None else self.lower_title_apposed(s, a, nm[2])
            if apposed is not None:
                lb = apposed[:2]
            # "Iran's top diplomat Ali Rezaei": a side's role noun, no title, before the name
            role = (
                RULES.side_role_before.search(text, max(a, s - 30), s)
                if lb is None and text[s - 2 : s - 1].islower()
                else None
            )
            side = self.place_before(role.start()) if role is not None else None
            if (
                side is None
                and lb is None
                and text.endswith(("'s ", "\u2019s "), a, s)
                and (own := self.place_before(s)) is not None
                and own[2] >= a
                and RULES.engaged_before.search(text, max(a, own[2] - 30), own[2]) is not None
            ):
                side = own  # "held talks with Panama's Isabel de Saint Malo": the side's own
            if not (
                s == first
                # "OSLO, March 3 (Xinhua) -- Lars Berg"
                or s == _skip_space(text, after_dateline(text, first, b), b)
                or lb is not None  # "EU foreign policy chief Lena Vogt"
                or side is not None  # "Iran's top diplomat Ali Rezaei"
                or RULES.bare_name_before.search(text, max(a, s - 40), s) is not None
                or self._after_time_lead(first, s)  # "Today Wang Yi met ..."
                # a heading's name after its topic: "Fisheries \u2013 Lars Berg receives ..."
                or (idx < 0 and text.endswith(("\u2013 ", "\u2014 ", " - ", ": "), a, s))
                or self.m.is_official(name)  # a known official, anywhere
            ):
                continue
            lt = self.lower_title_after(nm[2], b) if lb is None else None
            if lb is not None:
                title, ts = lb
                pb = self.place_before(ts)
                iso, org, ms = pb if pb is not None and pb[2] >= a else (None, None, ts)
                if apposed is not None and apposed[2] is not None:
                    iso = apposed[2]  # "the foreign minister of Chile, Ana Ruiz"
                # ("Kuwait's ruler, Sheikh X": an office in lower case, which gives way to
                # one written out elsewhere)
                rule = "title-name" if apposed is None else "title-apposed"
                out.append(Mention(ms, nm[2], idx, name, nm[1], title, iso, org, rule))
            elif lt is not None:
                title, iso, org, end = lt
                out.append(Mention(nm[1], end, idx, name, nm[1], title, iso, org, "name-title"))
                pos = end  # "X, New Zealand's prime minister,": no name inside the title
                continue
            elif side is not None and side[2] >= a:
                out.append(Mention(side[2], nm[2], idx, name, nm[1], None, side[0], side[1],
                                   "bare-name"))  # fmt: skip
            else:
                # "Ana Ruiz of Peru": the country after the name is the person's
                om = (
                    RULES.of_phrase.match(text, nm[2], near(nm[2], b))
                    if text.startswith(" of ", nm[2])
                    else None
                )
                place = self.place_at(om.end("what")) if om is not None else None
                if om is None and text.startswith(", ", nm[2]):
                    # "Li Wen, China's top diplomat,": the side of a role set off after
                    place = self.place_at(nm[2] + 2)
                    if place is not None and not (
                        text.startswith(" ", place[2])
                        and RULES.side_role_word.match(text, place[2] + 1, near(place[2], b))
                    ):
                        place = None
                iso = place[0] if place is not None and place[0] in self.m.iso3s else None
                # ("Mr. Ban": a surname alone, its honorific in the span)
                at = s if " " not in name else nm[1]
                out.append(Mention(at, nm[2], idx, name, nm[1], None, iso, None, "bare-name"))
            pos = nm[2]
        return out

    def _ends_with_side(self, start: int, end: int, b: int) -> bool:
        """Whether a name from ``start`` to ``end`` ends with a side that a title or a
        possessive follows ("Visiting Chinese" Premier Li, "Yesterday Mauritanian" President
        X, "Marking Estonia's" Day), or is a place that one follows ("Nusa Dua, Indonesia")."""
        text = self.text
        if text.startswith(", ", end):
            # "Nusa Dua, Indonesia -": a country alone after it, closed by a dash or comma
            # (not "Abbas Araghchi, Iran's foreign minister")
            place = self.place_at(end + 2)
            if place is None or place[0] is None:
                return False
            after = text[place[2] : place[2] + 3].lstrip(" ")
            return after[:1] in {"", ",", "\n", "\u2013", "\u2014", "-"}
        last = text[start:end].rsplit(None, 1)[-1]
        if not any(
            text.startswith(surface, end - len(surface)) and end - len(surface) > start
            for surface in self.m.places_by_last.get(last, ())
        ):
            return False
        if text.startswith(("'s ", "\u2019s "), end):
            return True
        return text.startswith(" ", end) and (
            self.m.title.match(text, end + 1, near(end + 1, b)) is not None
            # "Top Chinese diplomat Wang Yi": a role noun after the side, no title
            or RULES.side_role_word.match(text, end + 1, near(end + 1, b)) is not None
        )

    def _official_in_full(self, surname: str) -> str | None:
        """A known official's full name ending in ``surname`` that the text writes out."""
        if not surname.isalpha() or " ".join(name_key(surname)) not in self.m.official_surnames:
            return None
        if surname in self._in_full:  # one scan of the text per surname: linear time
            return self._in_full[surname]
        found = None
        # (in the text's opening only: bounded work however many surnames a text holds)
        for fm in RULES.full_name_ending.finditer(self.text, 0, _FULL_NAME_REACH):
            if fm.group("s") == surname and self.m.is_official(fm.group()):
                found = fm.group()
                break
        self._in_full[surname] = found
        return found

    def lower_title_before(self, s: int, a: int, end: int | None = None) -> tuple[str, int] | None:
        """A title written in lower case right before a name that starts at ``s`` ("EU
        foreign policy chief Josep Borrell"), or ending at ``end``: (title, start); the
        longest the lexicon has, made of the lower-case words there (back to ``a``)."""
        text = self.text
        if end is None:
            if s - 2 < a or not text[s - 2].islower() or not text[s - 1].isspace():
                return None  # (the cheap test: most names follow no lower-case word)
            end = s
            while end > a and text[end - 1].isspace():
                end -= 1
        elif end - 1 < a or not text[end - 1].islower():
            return None
        else:
            s = end
        words = self.m.title_words
        starts: list[int] = []
        pos = s
        while len(starts) < _MAX_LOWER_TITLE_WORDS:
            wm = RULES.lower_word_before.search(text, max(a, pos - 40), pos)
            if wm is None or wm.group("w") not in words:
                break
            pos = wm.start()
            starts.append(pos)
        for start in reversed(starts):
            tm = self.m.lower_title.match(text, start, end)
            if tm is not None and tm.end() == end:
                return tm.group("t"), start
        return None

    def lower_title_apposed(
        self, s: int, a: int, name_end: int
    ) -> tuple[str, int, str | None] | None:
        """A title in lower case set off by a comma before a name that starts at ``s``
        and closes the phrase ("Chile's foreign minister, Ana Ruiz.", "the foreign
        minister of Chile, Ana Ruiz,"): (title, start, the country "of" names). Not "After
        meeting the president, Lars Berg said": the name must end the apposition."""
        text = self.text
        if not text.startswith(", ", s - 2) or not (
            name_end >= len(text)
            or text[name_end] in ",.;)\n"
            or text.startswith(" and ", name_end)
        ):
            return None
        end, iso = s - 2, None
        of = text.rfind(" of ", max(a, end - 40), end)
        if of > a:
            place = self.place_at(of + 4)
            if place is not None and place[0] is not None and place[2] == end:
                end, iso = of, place[0]  # "the foreign minister of Chile, Ana Ruiz"
        lb = self.lower_title_before(s, a, end)
        if lb is None:
            return None
        title, ts = lb
        if not (
            text.endswith(("the ", "The ", "'s ", "\u2019s "), a, ts)
            or (iso is None and self.place_before(ts) is not None)
        ):
            return None  # "..., minister, Ana Ruiz": no apposition that names an office
        return title, ts, iso

    def lower_title_after(self, end: int, b: int) -> tuple[str, str | None, str | None, int] | None:
        """A title written in lower case in apposition after a name that ends at ``end``
        ("Zhao Leji, chairman of the ... Committee, met"): (title, iso3, organization,
        end). The phrase runs to the comma or sentence end that closes it, through the
        words of the lexicon's titles, link words and capitalised words only; a place it
        ends with ("special advisor to the president of Brazil") is the side, not title."""
        text = self.text
        if not text.startswith(",", end):
            return None
        am = RULES.lower_appositive.match(text, end, near(end, b))
        tm = self.m.lower_title.match(text, am.end(), near(am.end(), b)) if am else None
        if tm is None:
            # "Nguyen Phu Trong, CPV Central Committee general secretary,": the body's
            # name in capitals, then the office in lower case; the title is all of it
            am = RULES.capitals_appositive.match(text, end, near(end, b))
            if am is None:
                return None
            tm = self.m.lower_title.match(text, am.end(), near(am.end(), b))
            if tm is None:
                return None
        assert am is not None  # tm was matched after it
        pos = tm.end("t")
        start = tm.start()
        lead: tuple[str | None, str | None] = (None, None)
        if am.groupdict().get("caps") is not None:
            # "Chinese foreign minister": a leading country is the side, not the title
            place = self.place_at(am.start("caps"))
            if place is not None and place[2] >= am.end("caps") and (place[0] or place[1]):
                lead = place[0], place[1]
            else:
                start = am.start("caps")
        words = self.m.title_words
        while RULES.title_close.match(text, pos, near(pos, b)) is None:
            wm = RULES.title_phrase_word.match(text, pos, near(pos, b))
            if wm is None or wm.end() - start > 160:
                return None
            w = wm.group("w")
            if not (w[0].isupper() or w in words or w in TITLE_LINK_WORDS):
                return None
            pos = wm.end()
        title = text[start:pos]
        iso, org = lead
        of = title.rfind(" of ")
        if of > 0:
            place = self.place_at(start + of + 4)
            if place is not None and place[2] >= pos and (place[0] or place[1]):
                title, iso, org = title[:of], place[0], place[1]
        return title, iso, org, pos

    def office_of_side(self, pos: int, iso: str) -> tuple[str, int] | None:
        """An office of side ``iso`` written at ``pos``, after "the": "Iranian foreign
        minister", "Russian President", "President of Russia": (title as written, end)."""
        text = self.text
        place = self.place_at(pos)
        if place is not None:
            if iso not in (place[0], place[1]) or not text.startswith(" ", place[2]):
                return None
            at = place[2] + 1
            tm = self.m.title.match(text, at, near(at, len(text)))
            if tm is None:
                # in lower case, an office of two words or more: "the Iranian minister"
                # is any of its ministers (an organization's "president" is its one)
                tm = self.m.lower_title.match(text, at, near(at, len(text)))
                if tm is None or (" " not in tm.group("t") and place[1] is None):
                    return None
            return tm.group("t"), tm.end("t")
        tm = self.m.title.match(text, pos, near(pos, len(text)))
        if tm is None:
            return None
        if not text.startswith(" of ", tm.end("t")):
            # "the State Councilor and Foreign Minister said": a title that implies the side
            title, _, end, _, _ = self.title_chain(tm, len(text))
            return (title, end) if title_side(title.split(" and ")[0]) == iso else None
        place = self.place_at(tm.end("t") + 4)
        if place is None or place[0] != iso:
            return None
        return tm.group("t"), place[2]

    def _after_time_lead(self, first: int, s: int) -> bool:
        lead = RULES.time_lead.match(self.text, first, s)
        return lead is not None and lead.end() == s


#: how far into a text a surname's full name is looked for ("Mr. Guterres" after the
#: byline "António Guterres, Secretary-General")
_FULL_NAME_REACH: Final = 5000

#: a possessive ending right after a title ("the Prime Minister's Adviser")
_POSSESSIVE: Final = ("'s ", "\u2019s ")

#: the most words a title written in lower case before a name has
_MAX_LOWER_TITLE_WORDS: Final = 5

#: name particles ("bin", "al", "van"): not counted in a name's length
_PARTICLE_SET: Final = frozenset(NAME_PARTICLES)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The offsets some half-open span covers, as sorted disjoint spans (one comparison
    per word tells whether a word lies in one, where any() over the spans takes many)."""
    out: list[tuple[int, int]] = []
    for x, y in sorted(spans):
        if x >= y:
            continue  # covers nothing
        if out and x <= out[-1][1]:
            out[-1] = (out[-1][0], max(y, out[-1][1]))
        else:
            out.append((x, y))
    return out


def _also_office(text: str, x: Mention, people: list[Person]) -> bool:
    """Whether a title-only mention is another office of the person named right before
    it; if so, that person's title takes it on as the apposition says: ", also the
    Foreign Minister" joins it; ", also a State Councilor" and ", current Chairperson of
    the African Union" leave the title as it is; ", a CPC Political Bureau member and
    Foreign Minister" is the title when the person has none."""
    am = RULES.also_office_before.search(text, max(0, x.start - 30), x.start)
    joined = am is not None and not am.group().rstrip().endswith((" a", " an"))
    if am is None:
        am = RULES.current_office_before.search(text, max(0, x.start - 40), x.start)
    rank = am is None
    if rank:
        am = RULES.rank_and_office_before.search(text, max(0, x.start - 80), x.start)
    if am is None:
        return False
    for p in people:
        if any(y.end == am.start() for y in p.mentions):
            if rank:
                p.title = p.title or text[am.start("rank") : x.end]
            elif joined and p.title and x.title and x.title not in p.title:
                p.title = f"{p.title} and {x.title}"
            return True
    return False


def _other_country(m: Mention, p: Person) -> bool:
    """Whether a mention places its person in another country than the person's mentions
    so far: "Sheikh Mohamed, Crown Prince of Abu Dhabi" is not Mauritania's "President
    Mohamed Ould Ghazouani", though one name holds the other's."""
    return m.country is not None and any(
        x.country is not None and x.country != m.country for x in p.mentions
    )


def _merge(mentions: list[Mention]) -> list[Person]:
    """Group mentions that name the same person (one name's tokens contain the other's)."""
    people: list[Person] = []
    keys: list[set[str]] = []  # each person's name tokens, as a set
    # each named mention with its name's tokens, the most tokens first
    named = sorted(((m, name_key(m.name)) for m in mentions if m.name), key=lambda mk: -len(mk[1]))
    for m, tokens in named:
        key = set(tokens)
        # "Prime Minister Prachanda" after "Pushpa Kamal Dahal 'Prachanda'": the nickname
        # names the same person
        nick = set(name_key(m.nick)) if m.nick else set()
        for p, pk in zip(people, keys, strict=True):
            if _other_country(m, p):
                continue
            if (key <= pk or pk <= key) and _repeats_fit(tokens, p.tokens):
                p.mentions.append(m)
                pk |= nick
                break
            if len(tokens) == 1 and m.name and _spelling_variant(tokens[0], pk):
                p.mentions.append(m)
                p.nicks.append(m.name)  # "Minister Hussain said": a name for them too
                break
        else:
            people.append(Person(m.name, None, None, None, [m]))
            keys.append(key | nick)
    for p in people:
        p.nicks = list(dict.fromkeys([*p.nicks, *(x.nick for x in p.mentions if x.nick)]))
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
        p.order = p.mentions[0].start
        # the office in apposition ("X, Minister of ...") beats a rank before the name;
        # an abbreviation ("PM Letta") gives way to the title written out elsewhere
        for m in sorted(
            p.mentions,
            key=lambda m: (
                # an office in lower case ("the EU's foreign policy chief") gives way to
                # one written with capitals, even in the heading ("High Representative X")
                (m.title or "")[:1].islower(),
                m.sentence < 0,
                _abbreviated(m.title),
                m.rule == "title-apposed",
                m.rule != "name-title",
                m.start,
            ),
        ):
            if m.rule != "title-apposed":  # (see ``_apposed_titles``)
                p.title = p.title or m.title
            p.country = p.country or m.country
            p.organization = p.organization or m.organization
        if p.title in RANK_ONLY_TITLES:
            p.title = next(
                (m.title for m in p.mentions if m.title and m.title not in RANK_ONLY_TITLES),
                p.title,
            )
        if p.title and " " not in p.title:
            # "Minister Balakrishnan" in the body, "Minister for Foreign Affairs Vivian
            # Balakrishnan" in the headline: the office written out
            word = p.title.casefold()
            longer = [
                m.title
                for m in p.mentions
                if m.title
                and (
                    (
                        m.title.startswith(p.title + " ")
                        and p.title not in m.title[len(p.title) :]  # not "President and President"
                    )
                    # "Argentine Foreign Minister X" in the heading, "Minister X" in the body;
                    # "Japan's foreign minister, Mr. X" set off before the name
                    or (m.title.casefold().endswith(" " + word) and " and " not in m.title)
                )
            ]
            if longer:
                p.title = max(longer, key=len)
        if p.country:
            p.organization = None
    people.sort(key=lambda p: p.order)
    return people


def _repeats_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name's words, counted, are all in the other's: "Sabah Al Ahmad Al
    Sabah" (two "Sabah") is not "Nawaf Al Ahmad Al Sabah", though their sets of words
    nest. (Only names that repeat a word need the count.)"""
    if len(set(a)) == len(a) and len(set(b)) == len(b):
        return True
    ca, cb = Counter(a), Counter(b)
    return ca <= cb or cb <= ca


def _spelling_variant(word: str, key: set[str]) -> bool:
    """Whether a lone surname is another spelling of one of ``key``'s tokens: one letter
    changed, added or dropped after the first two ("Hussain" for "Hussein", "Zelensky"
    for "Zelenskyy"), in names of five letters or more, where transliterations differ."""
    if len(word) < 5:
        return False
    for t in key:
        if len(t) < 5 or t[:2] != word[:2] or abs(len(t) - len(word)) > 1:
            continue
        short, long = sorted((t, word), key=len)
        i = next(
            (k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short)
        )
        rest = 1 if len(short) == len(long) else 0
        if short[i + rest :] == long[i + 1 :]:
            return True
    return False


def _abbreviated(title: str | None) -> bool:
    """Whether a title is an abbreviation: "PM", "FM", "EAM", "DPM/FM"."""
    return title is not None and all(len(t) <= 4 and t.isupper() for t in title.split("/"))


def _joint_heading_names(doc: Document, mentions: Sequence[Mention]) -> frozenset[str]:
    """The names of the people the first heading of a joint statement names ("Joint
    statement by A, Foreign Minister, and B, ..."), if it names two or more."""
    for h in doc.headings:
        if RULES.joint_heading.match(doc.text, h.start, h.end) is not None:
            names = {x.name for x in mentions if x.name and h.start <= x.start < h.end}
            return frozenset(names) if len(names) >= 2 else frozenset()
    return frozenset()


def _same_person(a: str, b: str) -> bool:
    """Whether two names may be one person's: equal, or one a surname the other ends with
    ("Noda", "Yoshihiko Noda"); two full names that share a surname are two people."""
    if a == b:
        return True
    if " " in a and " " in b:
        return False
    return a.rsplit(" ", 1)[-1] == b.rsplit(" ", 1)[-1]


def find_people(doc: Document, m: Matchers) -> tuple[list[Person], int | None]:
    """All persons in order of appearance (``participant`` set) and the engagement sentence's index."""
    f = _Finder(doc, m)
    mentions = f.mentions()
    if " and " in doc.text:
        _split_shared_titles(mentions, doc.text)
    # the engagement sentence: the first prose sentence with an engagement cue and a
    # person; one whose capitalised words name nobody ("South Korea and Vietnam agreed
    # ... as their top diplomats met") gives way to a later one
    engagement = None
    signatories: frozenset[str] | None = None
    for i, s in enumerate(doc.sentences):
        if not _engages(doc, s.start, s.end):
            continue
        if RULES.attendance_opening.match(doc.text, s.start, s.end) is not None:
            continue  # "Present during the talks were X, Y and Z": along, not engaging
        if doc.text.endswith(":", s.start, _space_before(doc.text, s.end, s.start)) and (
            RULES.account_preamble.search(doc.text, s.start, s.end) is not None
            # "X's spokesperson issued the following statement today:"
            or RULES.spokesperson_preamble.search(doc.text, s.start, s.end) is not None
        ):
            continue  # "The spokesman, X, released this account of the call:"
        taken = [(x.start, x.end) for x in mentions if x.sentence == i]
        if not taken and not RULES.name_like.search(doc.text, s.start, s.end):
            continue
        bare = f.bare_names(s.start, s.end, i, taken)
        if signatories is None:
            signatories = _joint_heading_names(doc, mentions) if doc.headings else frozenset()
        named_here = (
            {x.name for x in chain(bare, mentions) if x.name and x.sentence == i}
            if signatories
            else set()
        )
        if named_here and not any(_same_person(a, b) for a in named_here for b in signatories):
            # "Joint statement by A and B" over "... the conference Kuwait hosts at the
            # invitation of C and D": a sentence naming none of the signatories
            continue
        if engagement is None:
            engagement, found = i, bare
            nobody = not (taken or bare)
            named = bare or any(x.name for x in mentions if x.sentence == i)
            # "A readout of the Prime Minister's call with the President of Nigeria.": a
            # standfirst naming offices only gives way to a sentence naming people
            # (an unnamed "his Omani counterpart" alone names no office either)
            offices = any(x.sentence == i and x.rule != "counterpart" for x in mentions)
            if named or (offices and i + 1 < len(doc.sentences) and not _standfirst(doc, s)):
                break
        elif nobody and (taken or bare) and RULES.chaired_by.search(doc.text, s.start, s.end):
            break  # "The two Governments issued ... Begin Text: ... co-chaired by A and B"
        elif (
            (taken or bare)
            and (len(taken) + len(bare) >= 2 or s.paragraph == doc.sentences[engagement].paragraph)
            and not RULES.chaired_by.search(doc.text, s.start, s.end)
        ):
            # a later sentence naming people who engage ("Minister A held the meeting with
            # Minister B"): in the first one's paragraph, or naming two; "co-chaired by A
            # and B" is read from the first sentence as before
            engagement, found = i, bare
            break
    if (
        engagement is not None
        and len(found) + sum(x.sentence == engagement for x in mentions) == 1
        and RULES.plural_counterparts.search(
            doc.text, doc.sentences[engagement].start, doc.sentences[engagement].end
        )
        is not None
        # (a summary that gives the topic stays: "X spoke to the Prime Ministers of A and
        # B about security")
        and RULES.engagement_topic.search(
            doc.text, doc.sentences[engagement].start, doc.sentences[engagement].end
        )
        is None
    ):
        # "X joined the heads of government of A, B and C on a video link." over "X spoke
        # ... to Prime Minister P, Prime Minister Q and R": the sentence that names them
        for i in range(engagement + 1, min(engagement + _FOLLOWING_SENTENCES, len(doc.sentences))):
            s = doc.sentences[i]
            taken = [(x.start, x.end) for x in mentions if x.sentence == i]
            if not _engages(doc, s.start, s.end):
                continue
            bare = f.bare_names(s.start, s.end, i, taken)
            if len(taken) + len(bare) >= 3:
                engagement, found = i, bare
                break
    if engagement is not None and len(found) + sum(x.sentence == engagement for x in mentions) == 1:
        host = _host_after_visit(doc, f, mentions, engagement)
        if host is not None:
            engagement, found = host
    if engagement is not None:
        mentions.extend(found)
        mentions.extend(_mutual_writers(doc, f, engagement, mentions))
    mentions.extend(_surname_speakers(doc, m, mentions))
    mentions.extend(_label_speakers(doc, m, mentions))
    people = _merge(mentions)
    titled_only = [x for x in mentions if not x.name]
    if engagement is not None:
        for x in titled_only:
            if x.title and _also_office(doc.text, x, people):
                continue  # "State Councilor Wang Yi, also the Foreign Minister": his
            if (
                x.sentence == engagement
                and (x.title or x.rule == "counterpart")
                and not any(y.start < x.end and x.start < y.end for p in people for y in p.mentions)
                # "his swearing-in as Malaysia's 10th Prime Minister": an office, no one
                and not RULES.office_before.search(doc.text, max(0, x.start - 80), x.start)
                # "Special Representative ... of the UN Secretary-General": the office served
                and not RULES.serving_office_before.search(doc.text, max(0, x.start - 80), x.start)
                # "during the visiting President's trip": the guest, named already
                and not (
                    RULES.visit_role_before.search(doc.text, max(0, x.start - 20), x.start)
                    and any(p.title == x.title for p in people)
                )
                # "X, Tanaiste and Minister for ..., met Y during the Tanaiste's visit": one of
                # the offices of someone named before, as a possessive
                and not (
                    doc.text.startswith(("'s ", "\u2019s "), x.end)
                    and (
                        any(
                            p.name
                            and p.title
                            and x.title in p.title.split(" and ")
                            and any(
                                y.sentence == x.sentence and y.start < x.start for y in p.mentions
                            )
                            for p in people
                        )
                        # "A and B reviewed the agreements reached during the Iranian
                        # President's trip": a third office, when two are named before it
                        or sum(
                            any(y.sentence == x.sentence and y.end <= x.start for y in p.mentions)
                            for p in people
                            if p.name
                        )
                        >= 2
                    )
                )
            ):
                people.append(Person(None, x.title, x.country, x.organization, [x], order=x.start))
        people.sort(key=lambda p: p.order)
    if engagement is not None:
        s = doc.sentences[engagement]
        # the list of who took part starts at the first person named: "China stands ready
        # to explore ..., Premier Li said when holding talks with X" cuts nothing before
        here = [x for p in people for x in p.mentions if x.sentence == engagement]
        # ("Shortly before the Yemeni leader was due to address the Assembly, X was
        # received by Y": an unnamed side's mention in an opening clause starts no list)
        first = min(
            (x.start for x in here if x.name or x.title),
            default=min((x.start for x in here), default=s.start),
        )
        limit = _cut(doc, first, s.end)
        aside = RULES.relative_aside.match(doc.text, limit, near(limit, s.end))
        #: an aside skipped over: whom it names ("who is accompanying Premier X on his
        #: visit,", "who handles foreign affairs for the Prime Minister,") takes no part for
        #: being named there
        skipped = (0, 0)
        if aside is not None and (
            _named_before(people, engagement, limit) < 2
            # "with A, who is the U.S. Trade Representative, and Treasury Secretary B"
            or RULES.and_capital.match(doc.text, aside.end(), near(aside.end(), s.end)) is not None
        ):
            # "Wang Yi, who serves as State Councilor, took a call from X": an aside
            # about the first person, closed by a comma, does not end the list
            skipped = (limit, aside.end())
            limit = _cut(doc, aside.end(), s.end)
        occasion = RULES.occasion_cut.search(doc.text, first, limit)
        if occasion is not None and _named_before(people, engagement, occasion.start()) >= 2:
            limit = occasion.start()
        # "X pledged that China will help Liberia rebuild after years of war, as he met
        # visiting President Y": the engagement in a clause after the cut, its list too
        later = RULES.as_engaging.search(doc.text, limit, s.end) if limit < s.end else None
        also = (later.end(), _cut(doc, later.end(), s.end)) if later is not None else (0, 0)
        for p in people:
            if any(
                x.sentence == engagement
                and (x.start < limit or also[0] <= x.start < also[1])
                and not skipped[0] <= x.start < skipped[1]
                # "A, accompanied by Foreign Minister B, met C": B is only along
                and RULES.accompanied_before.search(doc.text, max(0, x.start - 20), x.start) is None
                for x in p.mentions
            ):
                p.participant = True
        if engagement > 0 and doc.text.startswith(("He and ", "She and "), s.start):
            # "X, President of Y, has arrived in Russia. He and Vladimir Putin held talks":
            # the pronoun is the person the sentence before opens with
            before = [
                (x.start, p)
                for p in people
                for x in p.mentions
                if x.sentence == engagement - 1 and x.name
            ]
            if before:
                min(before, key=lambda t: t[0])[1].participant = True
        # "The meeting, co-chaired by X and Y, ...": chairs take part too (in the
        # engagement sentence or soon after: "... issued the following statement. Begin
        # Text: The Dialogue, co-chaired by X and Y, ...")
        for i in range(engagement, min(engagement + _CHAIRS_SENTENCES, len(doc.sentences))):
            cs = doc.sentences[i]
            ch = (
                RULES.chaired_by.search(doc.text, cs.start, cs.end)
                if doc.text.find("by", cs.start, cs.end) >= 0
                else None
            )
            if ch is None:
                continue
            for p in people:
                if any(x.sentence == i and x.start >= ch.end() for x in p.mentions):
                    p.participant = True
            break
        _engaged_by_opening(doc, people, engagement, f)
        _inviter_gives_way(doc, people, engagement)
        _delegation_leaders(doc, people, engagement, f.m)
        _exchanged_between(doc, people, engagement)
    # "a message sent to X", "congratulated X": the addressee of a message takes part too
    for p in people:
        if p.name and not p.participant:
            for x in p.mentions:
                lo = x.start - 60 if x.start > 60 else 0
                rm = (
                    RULES.recipient_before.search(doc.text, lo, x.start)
                    if x.sentence >= 0
                    and doc.text.endswith(_RECIPIENT_ENDS, lo, _space_before(doc.text, x.start, lo))
                    else None
                )
                if (
                    rm is not None
                    and not (
                        rm.group("greet")
                        and RULES.forwarding.search(
                            doc.text, doc.sentences[x.sentence].start, rm.start()
                        )
                    )
                ) or (
                    # "he and his host X adopted ...": whom a participant visits
                    doc.text.endswith(("host ", "host, ", "hosts "), lo, x.start)
                    and RULES.host_before.search(doc.text, lo, x.start) is not None
                ):
                    p.participant = True
                    break
    if not any(p.participant for p in people):
        # "Joint statement by Foreign Minister A and High Representative B" over a text in
        # the first person plural: its signatories, whom only the heading names
        for h in doc.headings:
            joint = RULES.joint_heading.match(doc.text, h.start, h.end) is not None
            # "Secretary X With Foreign Minister Y Before Their Meeting": remarks both make
            if joint or (
                RULES.remarks_heading.search(doc.text, h.start, h.end) is not None
                and sum(any(h.start <= x.start < h.end for x in p.mentions) for p in people) >= 2
            ):
                for p in people:
                    if any(h.start <= x.start < h.end for x in p.mentions):
                        p.participant = True
                if joint and engagement is None and doc.sentences:
                    # "Today in Brussels we held our first meeting": the engagement, told
                    # in the first paragraph by the signatories themselves
                    first = doc.sentences[0].paragraph
                    engagement = next(
                        (
                            i
                            for i, s in enumerate(doc.sentences)
                            if s.paragraph == first and _engages(doc, s.start, s.end)
                        ),
                        None,
                    )
                break
    for p in people:
        if is_spokesperson(p):
            p.participant = False
    _name_titled_only(people, engagement, None, doc.text)
    if engagement is not None:
        _first_person_author(doc, engagement, people, f)
    if engagement is not None:
        # participants in the order the engagement sentence names them (caller first)
        def at(p: Person) -> int:
            return min((x.start for x in p.mentions if x.sentence == engagement), default=p.order)

        people.sort(key=at)
    _shared_office_after(people, doc, f)
    _spell_out_titles(people, doc.text)
    infer_sides([p for p in people if p.participant], doc, m)
    if engagement is not None:
        # after the sides of those named taking part are settled, as a later promotion
        writers = _mutual_writers_taking_part(doc, people, engagement)
        writers += _similar_messages(doc, people, engagement)
        if writers:
            infer_sides([p for p in people if p.participant], doc, m, only=writers)
    # again, now that sides are known
    _name_titled_only(people, engagement, m.official_side, doc.text)
    _name_from_engagement(people, doc, f, engagement)
    _full_names(people, doc.text, f)
    _titles_by_reference(people, doc, f, engagement)
    _titles_written_out(people, doc, f, engagement)
    _heading_office(people, doc, f)
    _office_from_heading(people, titled_only)
    _office_taken_up(people, doc.text, m)
    _apposed_titles(people)
    if m.form_rivals:
        _settle_shared_forms(people, doc.text, m)
    styled = "His" in doc.text or "Her" in doc.text  # what every style of address starts with
    for p in people if styled else ():
        for x in p.mentions:
            for sm in RULES.style_of_address.finditer(doc.text, max(0, x.start - 30), x.end):
                # only a style that leads up to the name ("His Highness Sheikh X"), not
                # one that ends a clause before it ("His Highness wished President X")
                gap = doc.text[sm.end() : x.start].split()
                if all(w[:1].isupper() or w in _STYLE_GAP_WORDS for w in gap):
                    p.styles.add(sm.group("h").casefold())
    for p in people if "H." in doc.text else ():
        for x in p.mentions:
            # "H.H. Sheikh Khaled ...": the abbreviated style at the mention's start
            am = RULES.style_abbreviation.match(doc.text, x.start, x.end)
            if am is not None:
                p.styles.add(STYLE_ABBREVIATIONS[am.group("h").replace(" ", "")])
    if "Highness" in doc.text or "Majesty" in doc.text:
        # after the styles written out, which it gives way to
        _implied_styles([p for p in people if p.participant], doc.text)
    _honorifics([p for p in people if p.participant and p.name], doc.text, m)
    # an unnamed "his Omani counterpart" outside the engagement names no one to report
    people = [p for p in people if p.participant or p.name or p.title]
    return people, engagement


def _further_exchanges(doc: Document, engagement: int) -> Iterator[tuple[int, int]]:
    """Each "(A and B) also sent each other messages" after the engagement sentence (a
    further exchange, ``RULES.exchanged_mutually``): its sentence and where its cue starts;
    and each "On the same occasion, X sent ... to Y" (its sentence and its end)."""
    text = doc.text
    if (
        "exchanged" not in text
        and "traded" not in text
        and "sent " not in text
        and "same occasion" not in text
    ):
        return  # (nothing the patterns could match: no scan of the text)
    for em in RULES.exchanged_mutually.finditer(text, doc.sentences[engagement].end):
        i = doc.sentence_holding(em.start())
        if i >= 0:
            yield i, em.start()
    # "Li Keqiang, China's premier, also traded messages on Friday with Prime Minister X":
    # everyone the sentence names
    for em in RULES.exchanged_with.finditer(text, doc.sentences[engagement].end):
        i = doc.sentence_holding(em.start())
        if i >= 0:
            yield i, doc.sentences[i].end
    if "same occasion" in text:
        # "On the same occasion, X sent her congratulations to Y": the whole sentence
        for i in range(engagement + 1, len(doc.sentences)):
            s = doc.sentences[i]
            if RULES.same_occasion_sent.match(text, s.start, s.end) is not None:
                yield i, s.end


def _mutual_writers(
    doc: Document, f: _Finder, engagement: int, mentions: list[Mention]
) -> list[Mention]:
    """The untitled names before a further exchange's cue, which only the engagement
    sentence's names are otherwise looked for."""
    found: list[Mention] = []
    for i, cue in _further_exchanges(doc, engagement):
        taken = [(x.start, x.end) for x in mentions if x.sentence == i]
        names = f.bare_names(doc.sentences[i].start, cue, i, taken)
        found += [x for x in names if " " in (x.name or "")]
    return found


def _mutual_writers_taking_part(
    doc: Document, people: list[Person], engagement: int
) -> list[Person]:
    """The people named before a further exchange's cue take part too; those newly
    taking part."""
    out: list[Person] = []
    for i, cue in _further_exchanges(doc, engagement):
        out += _take_part(people, i, cue)
    return out


def _take_part(people: list[Person], i: int, before: int | None = None) -> list[Person]:
    """The named people (no spokesperson) mentioned in sentence ``i`` (before offset
    ``before``, if given) now take part; those newly taking part."""
    out: list[Person] = []
    for p in people:
        if (
            p.name
            and not p.participant
            and not is_spokesperson(p)
            and any(x.sentence == i and (before is None or x.end <= before) for x in p.mentions)
        ):
            p.participant = True
            out.append(p)
    return out


def _similar_messages(doc: Document, people: list[Person], engagement: int) -> list[Person]:
    """ "Similar cables were sent to X and Y by A and B": more writers and addressees of
    the same exchange, all taking part; those newly taking part."""
    text = doc.text
    if "imilar" not in text and "dentical" not in text:
        return []  # (nothing the pattern could match: no scan of the text)
    out: list[Person] = []
    for sm in RULES.similar_messages.finditer(text, doc.sentences[engagement].end):
        i = doc.sentence_holding(sm.start())
        if i >= 0:
            out += _take_part(people, i)
    return out


def _exchanged_between(doc: Document, people: list[Person], engagement: int) -> None:
    """ "Messages were also exchanged between President A and President B", "A also
    exchanged messages with B": the writers of a further exchange, after the engagement,
    take part too."""
    text = doc.text
    lo = doc.sentences[engagement].start
    if "exchanged between" in text:
        for em in RULES.exchanged_between.finditer(text, lo):
            i = doc.sentence_holding(em.start())
            for p in people:
                if p.name and any(x.sentence == i and x.start >= em.end() for x in p.mentions):
                    p.participant = True
    if "exchanged" not in text and "traded" not in text and "did the same" not in text:
        return  # (nothing ``exchanged_with`` could match: no scan of the text)
    # "Also on May 5, Premier A exchanged congratulatory messages with Deputy President B,
    # while Foreign Minister C did the same with D": everyone the sentence names
    lo = doc.sentences[engagement].end
    for em in RULES.exchanged_with.finditer(text, lo):
        i = doc.sentence_holding(em.start())
        for p in people:
            if p.name and any(x.sentence == i for x in p.mentions):
                p.participant = True


def _delegation_leaders(doc: Document, people: list[Person], engagement: int, m: Matchers) -> None:
    """ "The European Union and Moldova held the meeting ... The EU side was led by High
    Representative X": where the engagement names sides only, who led each side's
    delegation (in the few sentences after it) took part, of the side named there."""
    text = doc.text
    #: the sides already taking part (when some do, only another side's leader is added:
    #: "The meeting was chaired by X ... The Montenegrin delegation was led by Y")
    present = {p.country or p.organization for p in people if p.participant}
    for s in doc.sentences[engagement : engagement + _LEADER_SENTENCES]:
        if "by" not in text[s.start : s.end]:
            continue
        for lm in RULES.delegation_led_by.finditer(text, s.start, s.end):
            iso = m.country_of.get(lm.group("side") or "")
            if present and (iso is None or iso in present):
                continue
            for p in people:
                if any(x.sentence >= 0 and 0 <= x.start - lm.end() <= 1 for x in p.mentions):
                    p.participant = True
                    if iso in m.iso3s and not p.organization:
                        p.country = iso  # "The Moldovan delegation was headed by X"


#: how many sentences from the engagement's on are read for who chaired it
_CHAIRS_SENTENCES: Final = 3
#: how many sentences from the engagement's on ``_delegation_leaders`` reads
_LEADER_SENTENCES: Final = 4
#: how far after the engagement sentence (in sentences, itself counted) a later one may
#: name those it left out (the heads of government a video link joined, the host after a
#: visit, whom the guest met, whom an opening "Meeting with" names)
_FOLLOWING_SENTENCES: Final = 4


def _host_after_visit(
    doc: Document, f: _Finder, mentions: list[Mention], engagement: int
) -> tuple[int, list[Mention]] | None:
    """ "X visited Downing Street today for a meeting ... The Prime Minister welcomed X to
    Downing Street": a visit that names its guest alone gives way to the sentence soon
    after it where an office held by no one named receives the guest; the sentence's index
    and bare names, or ``None``."""
    s = doc.sentences[engagement]
    if RULES.visit_alone.search(doc.text, s.start, s.end) is None:
        return None
    for i in range(engagement + 1, min(engagement + _FOLLOWING_SENTENCES, len(doc.sentences))):
        t = doc.sentences[i]
        if not _engages(doc, t.start, t.end):
            continue
        here = [x for x in mentions if x.sentence == i]
        taken = [(x.start, x.end) for x in here]
        bare = f.bare_names(t.start, t.end, i, taken)
        # the office opens the sentence ("The Prime Minister welcomed ..."), a name follows
        office = any(
            not x.name
            and x.title
            and x.start - t.start <= 4
            and RULES.host_verb.match(doc.text, x.end)
            for x in here
        )
        if office and (bare or any(x.name for x in here)):
            return i, bare
    return None


def _inviter_gives_way(doc: Document, people: list[Person], engagement: int) -> None:
    """ "X is visiting India at the invitation of President P. ... Prime Minister Q and
    President X met for talks": the one who only invited the visit gives way to the one
    the guest then met, named with the guest soon after."""
    text = doc.text
    inviters = [
        p
        for p in people
        if p.participant
        and (named := [x for x in p.mentions if x.sentence == engagement])
        and all(
            RULES.invitation_before.search(text, max(0, x.start - 30), x.start) is not None
            for x in named
        )
    ]
    if len(inviters) != 1:
        return
    for i in range(engagement + 1, min(engagement + _FOLLOWING_SENTENCES, len(doc.sentences))):
        met = _met_with_participant(doc, _mentions_in(people, i), i, inviters[0])
        if met is not None:
            met.participant = True
            inviters[0].participant = False
            return


def _mentions_in(people: list[Person], i: int) -> list[tuple[Mention, Person]]:
    """The mentions in sentence ``i``, each with its person, in text order."""
    return sorted(
        ((x, q) for q in people for x in q.mentions if x.sentence == i),
        key=lambda t: t[0].start,
    )


def _met_with_participant(
    doc: Document,
    here: list[tuple[Mention, Person]],
    i: int,
    inviter: Person | None = None,
) -> Person | None:
    """ "Prime Minister Modi and President X held talks": the one not yet taking part of a
    pair of subjects, the other taking part, that sentence ``i`` says met (never
    ``inviter``)."""
    s = doc.sentences[i]
    for (x1, q1), (x2, q2) in pairwise(here):
        if (
            q1 is not q2
            and inviter not in (q1, q2)
            and q1.participant != q2.participant
            and doc.text[x1.end : x2.start] == " and "
            and RULES.pair_engaged_after.match(doc.text, x2.end, s.end) is not None
        ):
            return q2 if q1.participant else q1
    return None


def _engaged_by_opening(doc: Document, people: list[Person], engagement: int, f: _Finder) -> None:
    """ "X and the top leader of Vietnam held talks ... Meeting with Nguyen Phu Trong, ...,
    Xi said": with one participant named, the person an opening "Meeting with" names
    soon after the engagement is the other."""
    if sum(p.participant for p in people) != 1:
        return
    for i in range(engagement + 1, min(engagement + _FOLLOWING_SENTENCES, len(doc.sentences))):
        s = doc.sentences[i]
        here = _mentions_in(people, i)
        for xv, q in here:
            vm = None if q.participant else RULES.visiting_pair_after.match(doc.text, xv.end, s.end)
            if vm is not None and RULES.pair_engaged_after.match(doc.text, vm.end(), s.end):
                # "... the official visit of Kyrgyz Prime Minister X. Prime Minister Y and
                # the visiting Kyrgyz leader held talks": the one the guest held them with
                q.participant = True
                return
        met = _met_with_participant(doc, here, i)
        if met is not None:
            # "X paid a State Visit to India ... Prime Minister Modi and President X held
            # talks": the one the participant held them with
            met.participant = True
            return
        om = RULES.engagement_opening.match(doc.text, s.start, s.end)
        if om is None:
            # "While in Hanoi, President X held talks with State President Y": the one
            # participant engaging with another named right after
            wm = RULES.engaged_with.search(doc.text, s.start, s.end)
            if wm is not None and any(
                q.participant and any(x.sentence == i and x.end <= wm.start() for x in q.mentions)
                for q in people
            ):
                for p in people:
                    if not p.participant and any(
                        x.sentence == i and x.start == wm.end() for x in p.mentions
                    ):
                        p.participant = True
                        return
            elif wm is not None and any(
                q.participant and any(x.sentence == i and x.start == wm.end() for x in q.mentions)
                for q in people
            ):
                # "During the visit, President Y held talks with President X": the one
                # named right before, who engaged with the participant
                for p in people:
                    if not p.participant and any(
                        x.sentence == i and doc.text[x.end : wm.start()] == " " for x in p.mentions
                    ):
                        p.participant = True
                        return
            continue
        at = om.end()
        for p in people:
            if any(x.sentence == i and x.start == at for x in p.mentions):
                p.participant = True
                return
        taken = [(x.start, x.end) for q in people for x in q.mentions if x.sentence == i]
        x = next((x for x in f.bare_names(s.start, s.end, i, taken) if x.start == at), None)
        if x is not None and x.name is not None:
            people.append(Person(x.name, None, None, None, [x], participant=True, order=x.start))
            people.sort(key=lambda p: p.order)
        return


def _split_shared_titles(mentions: list[Mention], text: str) -> None:
    """ "The Prime Minister and Chancellor Angela Merkel offered their condolences": after
    a Prime Minister named before, "The Prime Minister and" is that one, not the first
    half of Merkel's title ("Deputy Prime Minister and Foreign Minister X" stays whole).
    "The Secretary-General and President Ivan Duque of Colombia": an organization's
    title before a country's office holder is another participant, titled only."""
    added: list[Mention] = []
    for x in mentions:
        if not x.name or not x.title or " and " not in x.title:
            continue
        if text[max(0, x.start - 4) : x.start] not in ("The ", "the "):
            continue
        first, _, second = x.title.partition(" and ")
        org = TITLE_ORGANIZATION.get(first) if x.country and not x.organization else None
        if org is None and not any(
            y is not x and y.start < x.start and y.title == first and y.name != x.name
            for y in mentions
        ):
            continue
        at = text.find(second, x.start, x.name_start)
        if at > x.start:
            if org is not None:
                end = x.start + len(first)
                added.append(
                    Mention(x.start, end, x.sentence, None, -1, first, None, org, "title-only")
                )
            x.title, x.start = second, at
    for y in added:
        # the title-only participant just before the one whose title it was split from
        at = next(i for i, x in enumerate(mentions) if x.start > y.start)
        mentions.insert(at, y)


def _shared_office_after(people: list[Person], doc: Document, f: _Finder) -> None:
    """ "A and B, the French and Greek foreign ministers,", "A and B, the foreign
    ministers of Sudan and South Sudan respectively": an office in the plural after a
    pair of names is each one's (in the singular), with the sides in order."""
    if not f.plural_offices:
        return
    text = doc.text
    ends = {x.end: p for p in people if p.name for x in p.mentions}
    for at, w_end, last, lower in f.plural_offices:
        ts = f._title_ending_at(at + len(last), lower=lower)
        if ts is None:
            continue
        title = text[ts:at] + last
        # the sides: demonyms before the office ("the French and Greek"), or countries
        # after it ("of Sudan and South Sudan")
        sides: list[str] = []
        pos = ts
        while (pb := f.place_before(pos)) is not None and pb[0] and len(sides) < 6:
            sides.insert(0, pb[0])
            pos = pb[2]
            if not text.endswith(" and ", 0, pos):
                break
            pos -= 4
        if len(sides) < 2:
            listed = (
                f._listed_places(w_end + 4, len(text)) if text.startswith(" of ", w_end) else None
            )
            sides = listed[0] if listed is not None else []
            pos = ts
        if text.startswith("the ", pos):
            pos += 4  # (a demonym's place found with its "the")
        if not text.endswith(", the ", 0, pos):
            continue
        # the names before it: "A and B", "A, B and C"
        named: list[Person] = []
        end = pos - 6
        while (q := ends.get(end)) is not None and len(named) < 6:
            named.insert(0, q)
            start = min(x.start for x in q.mentions if x.end == end)
            if text.endswith(" and ", 0, start):
                end = start - 5
            elif text.endswith(", ", 0, start):
                end = start - 2
            else:
                break
        if len(named) < 2 or (sides and len(sides) != len(named)):
            continue
        for k, q in enumerate(named):
            if not q.title or title.casefold().endswith(" " + q.title.casefold()):
                q.title = title  # (the office written out: "Minister" is "foreign minister")
            if sides and not (q.country or q.organization):
                q.country = sides[k]


def _spell_out_titles(people: list[Person], text: str) -> None:
    """Titles without an acronym in brackets after them. "The PM had a call with ...": an
    unnamed participant known by an abbreviated title takes the title written out where
    the text also uses it ("The Prime Minister made clear ..."), the form the participant
    is matched and resolved by; a named one, where the text writes it out in lower case
    ("the visiting prime minister")."""
    for p in people:
        if p.title and p.title.endswith(")"):
            # "President of the International Committee of the Red Cross (ICRC)": the
            # acronym in brackets is no part of the title
            p.title = RULES.paren_abbrev_end.sub("", p.title) or p.title
        if p.name is None and p.title:
            p.title = spelled_out(p.title, text, article=True)
        elif p.title in ABBREVIATED_TITLES:
            # "Antigua and Barbuda PM Gaston Browne" in the headline, "the visiting prime
            # minister of Antigua and Barbuda" in the body: the office written out (in
            # lower case: "Prime Minister X" may be another's title)
            full = ABBREVIATED_TITLES[p.title]
            if f" {full.lower()} " in text:
                p.title = full


def spelled_out(title: str, text: str, *, article: bool = False) -> str:
    """An abbreviated title ("PM") written out ("Prime Minister") where the text also
    writes it out (``article``: after "the"); else the title as it is."""
    full = ABBREVIATED_TITLES.get(title)
    if full is None:
        return title
    written = (f"the {full}" in text or f"The {full}" in text) if article else full in text
    return full if written else title


def _honorifics(participants: list[Person], text: str, m: Matchers) -> None:
    """Each participant's honorifics right before a mention's name ("Sheikh" in "His
    Highness Sheikh Mohamed bin Zayed"), when two participants' names share a word."""
    words = [set(p.name.split()) for p in participants if p.name]
    if len(words) < 2 or all(a.isdisjoint(b) for a, b in combinations(words, 2)):
        return
    for p in participants:
        for x in p.mentions:
            if x.name_start <= x.start:
                continue
            hm = m.honorific_left.search(text, max(x.start, x.name_start - 40), x.name_start)
            if hm is not None:
                p.honorifics.update(w.casefold() for w in RULES.word.findall(hm.group()))


def _implied_styles(participants: list[Person], text: str) -> None:
    """ "His Highness" for the participant named "Sheikh Mohamed" or titled "Emir", when
    no participant's name comes with a style written out: the style written before one
    participant's given name elsewhere ("thanked His Highness Sheikh Mohamed"), else the
    style its royal honorific or title implies (``IMPLIED_STYLES``), if only one
    participant's does."""
    if any(p.styles for p in participants):
        return
    for sm in RULES.style_of_address.finditer(text):
        # "thanked His Highness Sheikh Mohamed for ...": a style before one participant's
        # given name, where no mention of theirs was found
        for w in text[sm.end() : sm.end() + 60].split()[:4]:
            w = w.strip(",.;:'\u2019")
            if not w[:1].isupper():
                break
            owners = [p for p in participants if p.name and w in p.name.split()]
            if len(owners) == 1:
                owners[0].styles.add(sm.group("h").casefold())
                return
    implied: list[set[str]] = []
    for p in participants:
        styles = set()
        for x in p.mentions:
            head = (
                text[x.start : x.name_start] if x.name_start >= x.start else text[x.start : x.end]
            )
            # "telephoned Sheikh Mohamed bin Zayed": the honorific right before the mention
            before = text[max(0, x.start - 12) : x.start].split()[-1:]
            for w in [*before, *head.split()]:
                style = IMPLIED_STYLES.get(w.strip(",").casefold())
                if style is not None:
                    styles.add(style)
        implied.append(styles)
    for style in {s for ss in implied for s in ss}:
        owners = [p for p, ss in zip(participants, implied, strict=True) if style in ss]
        if len(owners) == 1:
            owners[0].styles.add(style)
    if "Highness" in text and not any(p.styles for p in participants):
        # "President Mohamed bin Zayed of the UAE ... His Highness reiterated": the one
        # participant of a side whose people are so styled
        owners = [p for p in participants if p.country in HIGHNESS_SIDES]
        if len(owners) == 1:
            owners[0].styles.add("highness")


#: what a quoted nickname after a name starts with (a cheap test before its regex)
_NICKNAME_OPENERS: Final = (" '", ' "', " \u2018", " \u201c")

#: lower-case words that may sit between a style of address and the name it goes with
_STYLE_GAP_WORDS: Final = frozenset({"the", "of", "and", "bin", "bint", "ibn", "al", "el"})


def _named_before(people: list[Person], sentence: int, limit: int) -> int:
    """How many persons a sentence mentions before ``limit``."""
    return sum(any(x.sentence == sentence and x.start < limit for x in p.mentions) for p in people)


def _standfirst(doc: Document, s: Sentence) -> bool:
    """Whether a sentence announces the readout rather than telling it ("A readout of
    ...", "Readout of ...")."""
    return RULES.standfirst.match(doc.text, s.start, s.end) is not None


def _engages(doc: Document, a: int, b: int) -> bool:
    """Whether ``RULES.engagement`` finds a word in ``text[a:b]``: yes at once when one of the
    document's words there is one of its words (a whole word: no letter around it), else
    the search decides (a word glued to digits, a case only Unicode folding equates)."""
    starts, lows = doc.tok_starts, doc.tok_lower
    k = bisect_left(starts, a)
    e = bisect_left(starts, b, k)
    if e > k and starts[e - 1] + len(doc.tok_text[e - 1]) > b:
        e -= 1  # a word the range cuts is not whole in it
    if not RULES.engagement_words.isdisjoint(lows[k:e]):
        return True
    return RULES.engagement.search(doc.text, a, b) is not None


def _cut(doc: Document, a: int, b: int) -> int:
    """Where ``RULES.engagement_cut`` first matches in ``text[a:b]`` (``b`` if nowhere).

    In ASCII text a match starts with the space before a word that is one of the
    phrases' first words, or whose letters before a digit are ("following2"), so the
    pattern is tried only there, in order; other text is searched."""
    text = doc.text
    if not text[a:b].isascii():
        cut = RULES.engagement_cut.search(text, a, b)
        return cut.start() if cut is not None else b
    starts, lows = doc.tok_starts, doc.tok_lower
    k = bisect_left(starts, a + 1)
    e = bisect_left(starts, b, k)
    words = lows[k:e]
    firsts = RULES.engagement_cut_firsts
    found = set(compress(range(k, e), map(firsts.__contains__, words)))
    for j in compress(range(k, e), map(not_, map(str.isalpha, words))):
        w = lows[j]
        if w[: len(w) - len(w.lstrip(ascii_lowercase))] in firsts:
            found.add(j)  # letters then digits: the letters may be a one-word phrase
    if e > k and starts[e - 1] + len(lows[e - 1]) > b:
        found.add(e - 1)  # a word the range cuts: its head may be a phrase
    for j in sorted(found):
        p = starts[j] - 1
        if text[p].isspace() and RULES.engagement_cut.match(text, p, b) is not None:
            return p
    return b


def is_spokesperson(p: Person) -> bool:
    """Whether the person's title makes them a spokesperson (who is never a participant)."""
    return bool(p.title) and any(map((p.title or "").casefold().__contains__, SPOKESPERSON_TITLES))


def _surname_speakers(doc: Document, m: Matchers, known: list[Mention]) -> list[Mention]:
    """ "Rouhani said ...": a lone surname right before a reporting verb, known to the
    officials gazetteer and not otherwise named in the text, is a person."""
    names = {t for x in known if x.name for t in name_key(x.name)}
    out: list[Mention] = []
    seen: set[str] = set()
    starts, words, firsts = doc.tok_starts, doc.tok_lower, m.verb_firsts
    sentences = doc.sentences
    # the verb match is dear: first look for a known surname before any verb's first word,
    # in one pass over the document's words; the sentences with one, in order
    hits: list[int] = []
    for j in compress(range(len(words)), map(firsts.__contains__, words)):
        p = starts[j]
        i = doc.sentence_holding(p)
        if i < 0 or (hits and hits[-1] == i):
            continue  # outside the prose, or in a sentence already found
        lo = sentences[i].start
        if _surname_candidate(doc, m, lo, j, names) and _surname_before(doc, m, lo, p, names):
            hits.append(i)
    for i in hits:
        sent = sentences[i]
        for vm in scan(m.verb, doc, sent.start, sent.end, firsts, lower=True):
            found = _surname_before(doc, m, sent.start, vm.start(), names)
            if found is None:
                continue
            wm, side = found
            word = wm.group("s")
            if word in seen:
                continue
            seen.add(word)
            iso = side if side in m.iso3s else None
            out.append(Mention(wm.start("s"), wm.end("s"), i, word, wm.start("s"), None, iso,
                               None if iso else side, "gazetteer-surname"))  # fmt: skip
    return out


def _label_speakers(doc: Document, m: Matchers, known: list[Mention]) -> list[Mention]:
    """ "Vladimir Putin: Mr President, colleagues": a transcript's speaker label, below the
    title line, that is a known official's full name (the officials gazetteer) the text
    names nowhere else. The text may call that speaker only "the President of Russia":
    ``_name_titled_only`` gives such a participant of the label's side its name."""
    text = doc.text
    if ": " not in text or not doc.sentences:
        return []
    names = {x.name for x in known if x.name}
    first = doc.sentences[0].start
    out: list[Mention] = []
    for ln in doc.lines:
        if ln.start <= first or text.find(": ", ln.start, near(ln.start, ln.end)) < 0:
            continue
        lm = RULES.speaker_label.match(text, ln.start, near(ln.start, ln.end))
        if lm is None:
            continue
        name = lm.group("label")
        if name in names or not m.is_official(name):
            continue
        names.add(name)
        i = doc.sentence_index(ln.start)
        out.append(Mention(lm.start("label"), lm.end("label"), i, name, lm.start("label"),
                           rule="speaker-label"))  # fmt: skip
    return out


#: how far before a reporting verb a surname is looked for (characters)
SURNAME_REACH: Final = 40
#: the adverbs ``RULES.surname_before_verb`` lets stand between a surname and its verb
_SURNAME_ADVERBS: Final = frozenset(("also", "further", "then", "again"))


def _surname_candidate(doc: Document, m: Matchers, lo: int, j: int, names: set[str]) -> bool:
    """Whether :func:`_surname_before` can find a surname before word ``j`` (a cheap test
    that never says no when it would): the word before, or before its adverb, is a
    gazetteer surname that it would take. A match of ``RULES.surname_before_verb`` that
    can have a side is one unhyphenated word, so that word, unless combining marks split
    it, a hyphen joins it to the word before or the search window cuts it: then the answer
    is yes, and the search decides. The word needs a comma, colon, semicolon, full stop
    or space before it inside the window (or the text's start): the pattern's lead."""
    c = j - 1
    if c >= 0 and doc.tok_text[c] in _SURNAME_ADVERBS:
        c -= 1
    if c < 0:
        return False
    text, word, ts = doc.text, doc.tok_text[c], doc.tok_starts[c]
    after = text[ts + len(word)]
    if not after.isspace():
        # no space after the word: no match, unless a mark continues it (the search decides)
        return _is_mark(after)
    window = doc.tok_starts[j] - SURNAME_REACH
    if window < lo:
        window = lo
    if ts < window or (ts > 0 and _is_mark(text[ts - 1])):
        return True
    if ts > 0:
        before = text[ts - 1]
        if before == "-":
            return True  # "Abdel-Aty": the surname may start further left
        if ts == window or not (before in ",;:." or before.isspace()):
            return False  # nothing the pattern's lead takes ("^" and "\A" only at 0)
    if not word[0].isupper():
        return False  # the surname is this whole word, and starts with a capital (Lu)
    key = name_key(word)
    if not key or word in NOT_NAME or word in MONTH_WORDS or key[-1] in names:
        return False
    if word in m.country_of:
        return False  # what _surname_before turns down
    return " ".join(key) in m.surname_side


def _is_mark(c: str) -> bool:
    """Whether a character is a combining mark (which words, but not names, split at)."""
    return c >= "\u0300" and unicodedata.category(c).startswith("M")


def _surname_before(
    doc: Document, m: Matchers, lo: int, pos: int, names: set[str]
) -> tuple[regex.Match[str], str] | None:
    """The gazetteer surname right before ``pos`` (no earlier than ``lo``) and its side,
    unless the text names someone else by it or it is a place."""
    wm = RULES.surname_before_verb.search(doc.text, max(lo, pos - SURNAME_REACH), pos)
    if wm is None:
        return None
    word = wm.group("s")
    key = name_key(word)
    if not key or word in NOT_NAME or word in MONTH_WORDS or key[-1] in names:
        return None
    if word in m.country_of:
        return None
    side = m.surname_side.get(" ".join(key))
    return (wm, side) if side is not None else None


def _first_person_author(doc: Document, engagement: int, people: list[Person], f: _Finder) -> None:
    """ "Today I met with X": the writer takes part; named by the title line when it can
    be, else by a byline that is only a name ("The Hon Jane Doe MP", under a line
    holding only her title)."""
    s = doc.sentences[engagement]
    fm = (
        RULES.first_person_engagement.search(doc.text, s.start, s.end)
        if _lone_i(doc.text, s.start, s.end)
        else None
    )
    if fm is None:
        return
    heading = [p for p in people if not p.participant and any(x.sentence < 0 for x in p.mentions)]
    byline = _byline(doc, f) if not heading or heading[0].name is None else None
    if byline is not None:
        author = byline
        people.append(author)
    elif heading:
        author = heading[0]
    else:
        at = fm.start("i")
        author = Person(
            None,
            _heading_title(doc, f),  # "Prime Minister" alone on a line above "Today I met"
            None,
            None,
            [Mention(at, at + 1, engagement, rule="first-person")],
        )
        people.append(author)
    author.participant = True
    author.author = True
    author.order = -1


def _heading_title(doc: Document, f: _Finder) -> str | None:
    """A heading line that is a title and nothing more ("Prime Minister"): the office of
    a first-person release's writer."""
    return next(
        (t for ln in doc.headings if (t := _title_line(doc.text, ln, f.m)) is not None), None
    )


def _title_line(text: str, ln: Line, m: Matchers) -> str | None:
    """The line's words, if they are one of the lexicon's titles and nothing more."""
    words = text[ln.start : ln.end].strip()
    tm = m.title.match(text, ln.start, ln.end) if words[:1].isupper() else None
    return words if tm is not None and tm.group().strip() == words else None


def _byline(doc: Document, f: _Finder) -> Person | None:
    """A heading line that is only a personal name ("The Hon Jane Doe MP"), with the
    title that the heading line right above holds alone ("Prime Minister")."""
    text = doc.text
    prev: Line | None = None
    for ln in doc.headings:
        at = ln.start + 4 if text.startswith("The ", ln.start) else ln.start  # "The Hon"
        nm = f.name_at(at, ln.end)
        # a line that is a name and nothing more ("MP" at most), not a headline about them
        if (
            nm is not None
            and len(nm[0].split()) >= 2
            and all(w in NOT_NAME for w in text[nm[2] : ln.end].split())
            # "Annual Australia-New Zealand Leaders' Meeting": an event's name, no one's
            and not nm[0].endswith(("'", "\u2019"))
            and not any(part in f.m.country_of for w in nm[0].split() for part in w.split("-"))
        ):
            title = None
            if prev is not None and not text[prev.end : ln.start].strip():
                title = _title_line(text, prev, f.m)
            mention = Mention(nm[1], nm[2], -1, nm[0], nm[1], title, rule="byline")
            return Person(nm[0], title, None, None, [mention])
        prev = ln
    return None


def _nameless_counterpart(start: int, end: int, sentence: int, iso: str) -> Mention:
    """The mention of a participant of side ``iso`` the text gives no name or title:
    "his Indian counterpart", "the visiting Brazilian leader"."""
    return Mention(start, end, sentence, None, -1, None, iso, None, "counterpart")


def _unnamed_counterpart(p: Person) -> bool:
    """Whether a participant is known only as someone's counterpart ("his Indian
    counterpart", "the visiting Brazilian leader"): no name, no title."""
    return not p.name and not p.title and p.mentions[0].rule == "counterpart"


def _name_titled_only(
    people: list[Person],
    engagement: int | None,
    side_of: Callable[[str], str | None] | None,
    text: str,
) -> None:
    """Give a participant known only by title the name of the person it must be: one with
    that title named by the headline or by the engagement sentence or before it, else the
    only named person of the same side ("Zambia's Foreign Minister" and "Zambia's
    Minister of Foreign Affairs ..., Chanda Mwansa"; with ``side_of``, the officials
    gazetteer, a person the text places nowhere may be of that side too). "The President
    spoke with ..." is not the "President Putin" a later paragraph mentions."""
    last = engagement if engagement is not None else -1
    unnamed = [p for p in people if p.participant and not p.name]
    # "The Prime Minister had a call with his Indian counterpart": the counterpart holds
    # the same office, and of a side, is named first (the title alone would give the
    # Indian Prime Minister's name to the other)
    office = next((p.title for p in unnamed if p.title), None)
    counterparts = [p for p in unnamed if p.country and _unnamed_counterpart(p)]
    for p in counterparts + [p for p in unnamed if p not in counterparts]:
        title = office if p in counterparts else p.title
        same_title = [
            q
            for q in people
            if q.name
            and not q.participant
            and q.title
            and title
            # "the Minister" is Foreign Minister X; a Prime Minister is not any "Minister"
            and (q.title.endswith(title) or (" " in q.title and title.endswith(q.title)))
            # nor is the Deputy Secretary-General the Secretary-General
            and not _subordinate_of(q.title, title)
            # "The Prime Minister spoke to the Crown Prince and Prime Minister of Saudi
            # Arabia": the participant of that very title, not one it ends with
            and (q.title == title or not any(o is not p and o.title == q.title for o in unnamed))
            # "The Prime Minister spoke to the Prime Minister of Jamaica": the one placed in
            # that country, not the other
            and not (
                q.country
                and p.country != q.country
                and (
                    p.country is not None
                    or any(
                        o is not p and o.country == q.country and o.title == title for o in unnamed
                    )
                )
            )
            and (p not in counterparts or q.country in (None, p.country))
            and any(x.sentence <= last for x in q.mentions)
        ]
        side = p.country or p.organization
        # whose counterpart: the office of the named participant it is the counterpart of
        owner = (
            next((o.title for o in people if o.participant and o.name and o.title), None)
            if p in counterparts
            else None
        )
        # of the same side, and holding the same kind of office if any ("Minister of
        # Foreign Affairs" for "Foreign Minister"; not an ambassador for "the Prime Minister")
        same_side = [
            q
            for q in people
            if q.name
            and side
            and (q.country or q.organization) == side
            and _same_office(q.title, p.title)
            # "Foreign Minister Zarif ... with his Belgian counterpart ... passed on to
            # Belgian Prime Minister Charles Michel a message": not the head of government
            and not _other_rank(owner, q.title)
            # "(the counterpart) conveyed the greetings of General X to ...": one only
            # greeted or greeting, whoever the counterpart is
            and not (p in counterparts and _only_greeted(q, text))
        ]
        if not same_side and side and side_of is not None:
            # one the text places nowhere, by the gazetteer: of the very same office, or
            # any office for a nameless counterpart ("his Australian counterpart")
            same_side = [
                q
                for q in people
                if q.name
                and not (q.country or q.organization)
                # or a transcript's speaker, who takes part ("Vladimir Putin: ...")
                and (
                    q.title == title
                    or p in counterparts
                    or any(x.rule == "speaker-label" for x in q.mentions)
                )
                and side_of(q.name) == side
                and not (p in counterparts and _only_greeted(q, text))
            ]
        if p in counterparts:
            # "his Afghan counterpart": one placed on that side before one placed nowhere
            same_title.sort(key=lambda q: q.country != p.country)
        if same_title:
            q = same_title[0]
        elif len(same_side) == 1:
            q = same_side[0]
        else:
            continue
        p.name = q.name
        if any(x.sentence >= 0 for x in q.mentions):
            p.title = q.title or p.title  # the office as the body gives it
        else:
            p.title = p.title or q.title  # a byline ("X, Former Secretary-General") adds less
        p.country = p.country or q.country
        p.organization = p.organization or q.organization
        p.mentions.extend(q.mentions)
        p.mentions.sort(key=lambda x: x.start)
        people.remove(q)


def _only_greeted(q: Person, text: str) -> bool:
    """Whether every mention of ``q`` in the body follows "of" or "to" ("the greetings
    of General X", "a message to President Y"): someone only mentioned."""
    body = [x for x in q.mentions if x.sentence >= 0]
    return bool(body) and all(
        RULES.of_or_to_before.search(text, max(0, x.start - 4), x.start) is not None for x in body
    )


def _name_from_engagement(
    people: list[Person], doc: Document, f: _Finder, engagement: int | None
) -> None:
    """ "The Prime Minister met Prime Minister Meloni ... Keir Starmer was welcomed by Prime
    Minister Meloni": the one participant known only by title is the one untitled person
    a later sentence about the engagement names, by full name, at its start."""
    untitled = [p for p in people if p.participant and not p.name]
    if engagement is None or len(untitled) != 1:
        return
    p = untitled[0]
    taken = [(x.start, x.end) for q in people for x in q.mentions]
    found: list[Mention] = []
    # "talked with his Iraqi opposite number ... Fuad Hussein, for his part, condemned":
    # an unnamed counterpart is the one new person a later sentence opens with
    counterpart = _unnamed_counterpart(p)
    reach = 8 if counterpart else 4
    for i in range(engagement + 1, min(engagement + reach, len(doc.sentences))):
        s = doc.sentences[i]
        if not counterpart and not _engages(doc, s.start, s.end):
            # "Appreciating X, Mr. Sartaj Aziz said that ...": a new person who speaks
            # after an opening participle clause, the participant the text had not named
            if RULES.participle_opening.match(doc.text, s.start, s.end) is not None:
                found += [
                    x
                    for x in f.bare_names(s.start, s.end, i, taken)
                    if x.title is None
                    and RULES.participle_opening.fullmatch(doc.text, s.start, x.start) is not None
                    and _reports_next(doc.text, x.end, s.end, f.m)
                ]
            continue
        lead = _skip_space(doc.text, s.start, s.end)
        for x in f.bare_names(s.start, s.end, i, taken):
            # the name opens the sentence ("(During the call,) X, ... conveyed"), with its
            # office too for an unnamed counterpart ("X, the foreign minister of Niger,")
            opens = (
                x.start == lead
                or RULES.during_the_engagement.fullmatch(doc.text, s.start, x.start) is not None
            )
            if x.title is not None:
                if counterpart and x.country in (None, p.country) and opens:
                    found.append(x)
            elif (
                opens
                # "Speaking in a telephone conversation with Emmanuel Macron, ...": the
                # counterpart, named where the engagement is told again
                or (
                    counterpart
                    and RULES.engagement_with_before.search(
                        doc.text, max(s.start, x.start - 40), x.start
                    )
                    is not None
                )
                # "Erdogan congratulated Luiz Inacio Lula da Silva on ...": one the
                # officials gazetteer places on the counterpart's side
                or (
                    counterpart
                    and p.country is not None
                    and x.name is not None
                    and f.m.official_side(x.name) == p.country
                )
            ):
                found.append(x)
    if not found:
        # "Eastern Mediterranean – Jean-Yves Le Drian receives the Cypriot Foreign
        # Minister" over "the Minister of Europe and Foreign Affairs gave a dinner for
        # ...": the one name a heading gives the engagement's verb
        for h in doc.headings:
            found += [
                x
                for x in f.bare_names(h.start, h.end, -1, taken)
                if x.title is None
                and doc.text.startswith(" ", x.end)
                and RULES.heading_engagement_verb.match(doc.text, x.end + 1, h.end) is not None
            ]
    names = {x.name for x in found}
    if len(names) != 1 or any(q.name in names for q in people):
        return
    p.name = found[0].name
    p.title = p.title or found[0].title
    p.mentions.extend(found)
    p.mentions.sort(key=lambda x: x.start)
    if p.name is not None and not (p.country or p.organization):
        side = f.m.official_side(p.name)
        if side in f.m.iso3s:
            p.country = side


def _reports_next(text: str, pos: int, end: int, m: Matchers) -> bool:
    """Whether the word after ``pos`` ("also" aside) can start one of the lexicon's
    reporting verbs: "(Mr. Sartaj Aziz) said", "(X) also stressed"."""
    wm = RULES.word.search(text, pos, end)
    if wm is not None and wm.group() == "also":
        wm = RULES.word.search(text, wm.end(), end)
    return wm is not None and wm.group().casefold() in m.verb_firsts


def _full_names(people: list[Person], text: str, f: _Finder) -> None:
    """ "Rouhani: Europe's package falls short" ... "Hassan Rouhani said": a participant
    known by surname alone takes the full name the text writes out for it."""
    for p in people:
        if not p.participant or not p.name or " " in p.name:
            continue
        at = text.find(" " + p.name)
        while at > 0:
            end = at + 1 + len(p.name)
            if end == len(text) or not text[end].isalpha():
                # the capitalised words right before the surname, up to three
                lo = at + 1
                for _ in range(3):
                    wm = RULES.cap_word_before.search(text, max(0, lo - 30), lo)
                    if wm is None:
                        break
                    lo = wm.start()
                nm = f.name_at(lo, end) if lo <= at else None
                if (
                    nm is not None
                    and nm[2] == end
                    and nm[0].endswith(" " + p.name)
                    # "PM Letta", "President Lula": a title before the surname is no name
                    and not any(
                        _abbreviated(w) or w.casefold() in f.m.title_words
                        for w in nm[0].split()[:-1]
                    )
                ):
                    p.name = nm[0]
                    # "Luiz Inacio Lula da Silva": the name may go on past the surname
                    longer = f.name_at(lo, min(len(text), end + 40))
                    if longer is not None and longer[0].startswith(nm[0] + " "):
                        p.name = longer[0]
                    break
                # "Sheikh Mohamed, Crown Prince ..." and "Sheikh Mohamed bin Zayed": a
                # first name the text writes out in full, if no one else's name
                longer = f.name_at(at + 1, min(len(text), end + 40))
                if (
                    longer is not None
                    and longer[1] == at + 1
                    and longer[0].startswith(p.name + " ")
                    and not any(q.name and q is not p and q.name in longer[0] for q in people)
                ):
                    p.name = longer[0]
                    break
            at = text.find(" " + p.name, end)


def _titles_by_reference(
    people: list[Person], doc: Document, f: _Finder, engagement: int | None
) -> None:
    """ "Zarif met ... The Iranian foreign minister also ...", "..., the President of Russia
    said": a participant named without a title takes the office a later reference gives
    their side, when no one else of that side takes part or holds that office."""
    if engagement is None:
        return
    text = doc.text
    lo = doc.sentences[engagement].end
    # where a reference starts and where its side does: "The (Iranian) foreign minister",
    # "(Ecuador's) foreign minister", "The (IFAD) president"
    refs: list[tuple[int, int, bool]] | None = None  # (start, side's start, possessive)
    for p in people:
        side = p.country or p.organization
        if not (p.participant and p.name and not p.title and side):
            continue
        if any(
            q is not p and (q.country or q.organization) == side and q.participant for q in people
        ):
            continue
        if refs is None:
            refs = sorted(
                [(rm.start(), rm.end(), False) for rm in RULES.reference_the.finditer(text, lo)]
                + [
                    (pm.start(), pm.start(), True)
                    for pm in f.m.place.finditer(text, lo)
                    if pm.group().endswith(("'s", "\u2019s"))
                    # (not "who also serves as Belgium's Deputy Prime Minister": an
                    # office beside the one the text gives next)
                    and not text.endswith(("the ", "The ", " as "), 0, pm.start())
                ]
            )
        for start, at, possessive in refs:
            x = f.office_of_side(at, side)
            if x is None:
                continue
            title, end = x
            if (
                possessive  # (as the subject of a verb, or in apposition to their own name)
                and RULES.verb_after_office.match(text, end, near(end, len(text))) is None
                and not _own_apposition(text, start, p.name)
            ):
                continue  # "X, Iran's deputy foreign minister for ...,": someone else's office
            if RULES.third_party_before.search(text, max(0, start - 25), start):
                continue  # "the greetings of the Iranian President": someone else
            if any(
                (q.country or q.organization) == side
                and q.title
                and q.title.casefold() == title.casefold()
                for q in people
            ):
                break  # "President Rouhani ... the Iranian President": his
            if f.name_at(_skip_space(text, end, len(text)), len(text)) is not None:
                continue  # "the Iranian President Hassan Rouhani": a mention of its own
            p.title = title
            k = doc.sentence_holding(start)
            p.mentions.append(
                Mention(start, end, k, None, -1, title, p.country, p.organization, "reference")
            )
            break


def _titles_written_out(
    people: list[Person], doc: Document, f: _Finder, engagement: int | None
) -> None:
    """ "Secretary Lloyd Austin ... The Secretary of Defense thanked ...": a participant
    whose title is one word takes the office a later reference writes out, when no other
    participant's title starts with that word."""
    if engagement is None:
        return
    text = doc.text
    refs: list[int] | None = None  # where each reference's office starts, read once
    for p in people:
        if not (p.participant and p.name and p.title and " " not in p.title):
            continue
        if any(
            q is not p and q.participant and (q.title or "").startswith(p.title) for q in people
        ):
            continue
        if refs is None:
            lo = doc.sentences[engagement].end
            refs = [rm.end() for rm in RULES.reference_the.finditer(text, lo)]
        short = _abbreviated(p.title)
        for at in refs:
            if short:
                # "DPM/FM Senator X ... the Deputy Prime Minister/Foreign Minister": the
                # office whose initials the abbreviation is
                if not text.startswith(p.title[0], at):
                    continue
                tm = f.m.title.match(text, at, near(at, len(text)))
                if tm is not None and _initials(tm.group("t")) == p.title:
                    p.title = tm.group("t")
                    break
                continue
            if not text.startswith(p.title + " ", at):
                continue
            tm = f.m.title.match(text, at, near(at, len(text)))
            if tm is not None and tm.group("t").startswith(p.title + " "):
                p.title = tm.group("t")
                break


def _initials(title: str) -> str:
    """A title's initials as its abbreviation writes them: "Deputy Prime Minister/Foreign
    Minister" is "DPM/FM" (small words aside)."""
    return "/".join(
        "".join(w[0] for w in part.split() if w[0].isupper()) for part in title.split("/")
    )


def _heading_office(people: list[Person], doc: Document, f: _Finder) -> None:
    """ "Minister for Europe and Foreign Affairs travels to Angola" over "Jean-Noël Barrot
    was in Luanda today": a heading that opens with an office alone (or of the
    participant's side: "Foreign Minister of Palestine calls on PM"), then a verb, gives
    it to the one participant the text leaves untitled."""
    untitled = [p for p in people if p.participant and p.name and not p.title]
    if len(untitled) != 1 or not doc.headings:
        return
    text = doc.text
    for ln in doc.headings:
        tm = (
            f.m.title.match(text, ln.start, ln.end) if f.m.may_start_title(text, ln.start) else None
        )
        if tm is None:
            continue
        end = tm.end()
        if text.startswith(" of ", end):
            # "Foreign Minister of Palestine calls on PM": the office of the untitled one's side
            place = f.place_at(end + 4)
            side = untitled[0].country or untitled[0].organization
            if place is None or side not in (place[0], place[1]):
                continue
            end = place[2]
        if RULES.heading_verb_after.match(text, end, ln.end) is None:
            continue
        title = tm.group("t")
        if _abbreviated(title):
            continue  # "PM call with ...": a label, the office written out in the body
        if not any(q.participant and q.title == title for q in people):
            untitled[0].title = title
        return


def _own_apposition(text: str, start: int, name: str) -> bool:
    """Whether what starts at ``start`` follows the person's own name in apposition ("Wang,
    (China's foreign minister)") or "became" ("X, who became (Argentina's ...)")."""
    if text.endswith(("became ", "becomes "), 0, start):
        return True
    wm = RULES.word_before_comma.search(text, max(0, start - 40), start)
    return wm is not None and wm.group("w") in name.split()


def _settle_shared_forms(people: list[Person], text: str, m: Matchers) -> None:
    """ "Dominican Foreign Minister X" is of Dominica or the Dominican Republic, as the
    form stands for both: the one of the two whose own name or capital the text writes
    ("Santo Domingo", "Dominican Republic"), if only one's is."""
    places: set[str] | None = None  # the text's places, found once if needed
    for p in people:
        rivals = m.form_rivals.get(p.country or "")
        if not rivals or p.country is None:
            continue
        if places is None:
            places = {pm.group("p") for pm in m.place.finditer(text)}
        shown = [
            iso
            for iso in (p.country, *sorted(rivals))
            if not places.isdisjoint(m.country_by_iso[iso].names)
            or not places.isdisjoint(m.country_by_iso[iso].metonyms)
        ]
        if len(shown) == 1:
            p.country = shown[0]


def _office_taken_up(people: list[Person], text: str, m: Matchers) -> None:
    """ "a message to X on his swearing-in as Paraguay's President": the office and side X
    took up, where the text gives no title (or only a shorter one the office ends with:
    "Minister X" after "as foreign minister") and no side."""
    for p in people:
        if not p.participant or not p.name:
            continue
        for x in p.mentions:
            om = RULES.office_taken_up.match(text, x.end, near(x.end, len(text)))
            if om is None:
                continue
            tm = m.title.match(text, om.end()) or m.lower_title.match(text, om.end())
            if tm is None:
                break
            office = tm.group()
            # (over a shorter title that ends it: "Minister X" after "as foreign minister")
            if not p.title or office.casefold().endswith(" " + p.title.casefold()):
                p.title = office
            if not (p.country or p.organization) and om.group("c"):
                p.country = m.country_of.get(om.group("c"))
            break


def _apposed_titles(people: list[Person]) -> None:
    """ "Kuwait's ruler, Sheikh X": an office in lower case set off before the name is
    the person's title only when nothing else gives one, not even a subject that speaks
    for them ("the Emir said", read after the statements): kept aside until then."""
    for p in people:
        if not p.title:
            p.fallback_title = next(
                (x.title for x in p.mentions if x.rule == "title-apposed"), None
            )


def _office_from_heading(people: list[Person], titled_only: list[Mention]) -> None:
    """ "Readout: Secretary-General speaks with President X" over "X and Mr. Ban talked
    ... The Secretary-General said ...": the one participant named with neither title nor
    side holds the office the heading and the body name alone, when no one else does."""
    untitled = [p for p in people if p.participant and not p.title]
    if len(untitled) != 1:
        return
    p = untitled[0]
    if not p.name or p.country or p.organization:
        return
    if not any(x.name_start > x.start for x in p.mentions):
        return  # a person for sure: one an honorific names ("Mr. Ban"), not a place
    heading = {x.title for x in titled_only if x.sentence < 0 and x.title}
    body = [x for x in titled_only if x.sentence >= 0 and x.title in heading]
    for title in sorted({x.title for x in body if x.title}):
        if any(q.title and q.title.casefold() == title.casefold() for q in people):
            continue
        p.title = title
        p.mentions.extend(x for x in body if x.title == title)
        p.mentions.sort(key=lambda x: x.start)
        return


def _seat_of_government(words: str) -> str | None:
    """The country whose seat of government ``words`` name ("The White House", "No. 10"):
    ``SEATS_OF_GOVERNMENT`` looked up without case, "the", dots or extra space."""
    key = " ".join(words.replace(".", " ").split()).casefold().removeprefix("the ")
    return SEATS_OF_GOVERNMENT.get(key)


def _listed_sides(participants: list[Person], text: str, targets: list[Person]) -> None:
    """In a list of offices and names ("Australia's Minister for Foreign Affairs, A,
    and Minister for Defence, B"), a holder without a side has the one listed before."""
    ends = {
        x.end: (p, x)
        for p in participants
        if p.country or p.organization
        for x in p.mentions
        if x.sentence >= 0
    }
    for p in targets:
        if p.country or p.organization or not p.participant:
            continue
        x = next((x for x in p.mentions if x.sentence >= 0), None)
        if x is None or text.find(",", x.start, x.end) < 0:
            continue  # only "Title, Name" mentions make such a list
        lm = RULES.list_before.search(text, max(0, x.start - 12), x.start)
        got = ends.get(lm.start()) if lm is not None else None
        if (
            got is not None
            and text.find(",", got[1].start, got[1].end) >= 0
            # the side written before the first office, which the list shares ("A,
            # Chairman of CIDCA, and B, Special Representative ...": the first's own)
            and got[1].rule == "title-name"
            # two foreign ministers listed are two sides' ("X, Foreign Minister of
            # Kazakhstan, and Y, Minister of Foreign Affairs")
            and not _one_portfolio(got[0].title, p.title)
        ):
            p.country, p.organization = got[0].country, got[0].organization


def _counterpart_sides(text: str, targets: list[Person], m: Matchers) -> None:
    """ "her Mozambican counterpart, the Minister of ..., Ms X": the demonym before
    "counterpart" gives the side of a holder named in apposition after it, as it does
    in an apposition after the name ("Kenji Sato, his Japanese counterpart,")."""
    for p in targets:
        if p.country or p.organization:
            continue
        x = next((x for x in p.mentions if x.sentence >= 0), None)
        if x is None:
            continue
        cm = RULES.counterpart_before.search(text, max(0, x.start - 50), x.start)
        if (
            cm is not None
            and text.startswith(" ", x.end)
            and _reports_next(text, x.end, near(x.end, len(text)), m)
        ):
            cm = None  # "In a call with his Romanian counterpart, Zarif stressed": the subject
        if cm is None and text.startswith(",", x.end):
            cm = RULES.counterpart_after.match(text, x.end, near(x.end, len(text)))
        iso = m.country_of.get(cm.group("d")) if cm is not None else None
        if iso is None and cm is None and text.startswith(",", x.end):
            # "X, his counterpart from the Philippines": the place named after it
            fm = RULES.counterpart_from_after.match(text, x.end, near(x.end, len(text)))
            pm = m.place.match(text, fm.end()) if fm is not None else None
            iso = m.country_of.get(pm.group("p")) if pm is not None else None
        if iso is not None:
            p.country = iso
            continue
        hm = RULES.who_heads.match(text, x.end, near(x.end, len(text)))
        pm = m.place.match(text, hm.end()) if hm is not None else None
        if pm is not None:
            # "X, who heads the International Fund for Agricultural Development": its
            # head's side, whatever office the gazetteer knows of the name
            org = m.org_of.get(pm.group("p"))
            p.country = None if org else m.country_of.get(pm.group("p"))
            p.organization = org


def _one_portfolio(a: str | None, b: str | None) -> bool:
    """Whether two titles hold the same portfolio ("Foreign Minister", "Minister of
    Foreign Affairs"): a portfolio word in common, generic ones aside."""
    pa = frozenset((a or "").split()) & PORTFOLIO_WORDS - GENERIC_PORTFOLIO_WORDS
    pb = frozenset((b or "").split()) & PORTFOLIO_WORDS - GENERIC_PORTFOLIO_WORDS
    return not pa.isdisjoint(pb)


def _office_kind(title: str | None) -> str | None:
    """ "diplomat" for a foreign-affairs office ("Deputy Prime Minister and Foreign
    Minister" too), "head" for a head of state's or government's, else None."""
    words = (title or "").casefold().split()
    if not words:
        return None
    if any(run_at(words, k) >= 0 for k in DIPLOMAT_TITLE_KEYS):
        return "diplomat"
    for role in HEAD_ROLES:
        at = run_at(words, role)
        if at >= 0 and not (at and words[at - 1] in ("deputy", "vice")):
            return "head"
    return None


def _other_rank(owner: str | None, title: str | None) -> bool:
    """Whether a counterpart of the holder of office ``owner`` cannot hold ``title``: one
    is a foreign-affairs office, the other a head of state's or government's."""
    kinds = {_office_kind(owner), _office_kind(title)}
    return kinds == {"diplomat", "head"}


def _same_office(a: str | None, b: str | None) -> bool:
    """Whether two titles may name one office: they share a role noun ("minister",
    "ambassador"), or one of them has none ("FM")."""
    ra = frozenset(w for w in (a or "").casefold().split() if w in ROLE_NOUNS)
    rb = frozenset(w for w in (b or "").casefold().split() if w in ROLE_NOUNS)
    return not ra or not rb or not ra.isdisjoint(rb)


def title_side(title: str | None) -> str | None:
    """The side a title implies: a country for a few unmistakable titles ("State
    Councilor"), an organization also for a longer title it heads ("High
    Representative for Foreign Affairs ...", but not "Secretary of State for ...")."""
    if not title:
        return None
    side = TITLE_SIDE.get(title)
    if side is not None:
        return side
    if not title.startswith(_ORGANIZATION_HEADS):
        return None
    for head, org in ORGANIZATION_TITLE_HEADS:
        if title.startswith(head) and title[len(head) : len(head) + 1] in (" ", "/", ","):
            return org
    return None


def _title_organization(title: str | None, m: Matchers) -> str | None:
    """The organization a title names after "of" ("Chairperson of the African Union
    Commission", "Secretary General of NATO"), if the lexicon lists it."""
    if not title or " of " not in title:
        return None
    om = RULES.title_of_tail.search(title)
    return m.org_of.get(om.group("o")) if om is not None else None


def _claimed_country(text: str, p: Person, m: Matchers) -> str | None:
    """The country a participant known by title speaks for: "The President emphasized
    that America will ..." (the subject of what they said, not a country talked about)."""
    if not p.title:
        return None
    for cm in RULES.title_claims_country.finditer(text):
        verb = " ".join(cm.group("v").casefold().split())
        if cm.group("t") != p.title or (
            verb not in m.verb_class and f"{verb} that" not in m.verb_class  # "was clear that"
        ):
            continue
        iso = m.country_of.get(cm.group("c"))
        if iso is not None:
            return iso
    return None


def infer_sides(
    participants: list[Person], doc: Document, m: Matchers, only: list[Person] | None = None
) -> None:
    """Fill in the side (country or organization) of participants the text gives none for.

    In order: a demonym before "counterpart" ("her Mozambican counterpart, the Minister
    ..., X"); the officials gazetteer (by name), a title that implies a side ("State
    Councilor"); a list of offices and names ("Australia's Minister for Foreign Affairs,
    A, and Minister for Defence, B"); then, for a single participant still without
    one, the country the text pairs with the others ("China-Iran relations", "the
    Chinese side"), else the country it names most often (twice the next one at least)
    that no other participant has.
    With two or more still without a side, nothing tells who is which: they stay unknown.
    ``only`` limits the filling to those participants.
    """
    targets = participants if only is None else only
    # "Frans Timmermans, his Dutch counterpart": what the text says before what the
    # gazetteer knows of a name (an office held later, elsewhere)
    _counterpart_sides(doc.text, targets, m)
    for p in targets:
        if p.country or p.organization:
            continue
        implied = title_side(p.title) or _title_organization(p.title, m)
        # an organization's title says whom its holder represents now, whatever the
        # gazetteer knows of their country (a former prime minister as High Representative)
        side = implied if implied is not None and implied not in m.iso3s else None
        if side is None and p.name:
            side = m.official_side(p.name)
        if side is None:
            side = implied
        if side is not None:
            if side in m.iso3s:
                p.country = side
            else:
                p.organization = side
    _listed_sides(participants, doc.text, targets)
    _joined_sides(participants, doc.text, targets)
    for p in targets:
        if not (p.country or p.organization) and (p.title or "").startswith("Commissioner "):
            # "Neven Mimica, Commissioner for International Cooperation and Development",
            # beside the High Representative: a commissioner of the organization present
            orgs = {q.organization for q in participants if q.organization and not q.country}
            if len(orgs) == 1:
                p.organization = orgs.pop()
    _side_plural_lists(participants, doc.text, targets, m)
    missing = [p for p in participants if not (p.country or p.organization)]
    if len(missing) != 1 or missing[0] not in targets:
        return
    used = {p.country for p in participants if p.country}
    # a dateline names where the publisher is: the one side still unknown, if free
    place = dateline_place(doc)
    home = m.country_folded.get(place.casefold()) if place else None
    if home is None:
        # a heading line that is the publisher's seat of government: "The White House"
        seats = (_seat_of_government(doc.text[ln.start : ln.end]) for ln in doc.headings)
        home = next((iso for iso in seats if iso is not None), None)
    if home is None:
        # "A Downing Street spokesperson said:": the publisher's spokesperson
        seats = (
            _seat_of_government(sm.group("seat"))
            for sm in RULES.seat_spokesperson.finditer(doc.text)
        )
        home = next((iso for iso in seats if iso is not None), None)
    if home is None:
        home = _claimed_country(doc.text, missing[0], m)
    if home is not None and home not in used:
        missing[0].country = home
        return
    # "X met with Y, envoy of Portugal, in Beijing": where the sentence that first
    # names the one still unknown places the engagement, if no one else is from there
    first = next((x.sentence for x in missing[0].mentions if x.sentence >= 0), None)
    if first is not None:
        sent = doc.sentences[first]
        # (a counterpart met there is of that place though its head is named too: "went to
        # Ouagadougou, where he was received by the President ..., before meeting his
        # counterpart, Mr X")
        met_there = any(x.rule == "counterpart" for x in missing[0].mentions)
        for pm in RULES.engagement_place.finditer(doc.text, sent.start, sent.end):
            iso = m.country_of.get(pm.group("p"))
            if iso is not None and (iso not in used or met_there):
                missing[0].country = iso
                return
    votes: dict[str, int] = {}
    for pm in RULES.side_phrase.finditer(doc.text):
        for g in ("a", "b", "s"):
            surface = pm.group(g)
            if surface:
                iso = m.country_of.get(surface)
                if iso and iso not in used:
                    votes[iso] = votes.get(iso, 0) + 1
    if not votes:
        for pm in m.place.finditer(doc.text):
            iso = m.country_of.get(pm.group("p"))
            if iso and iso not in used:
                votes[iso] = votes.get(iso, 0) + 1
        for pp in RULES.place_pair.finditer(doc.text):  # "U.S.-Ghana", "China-Kenya"
            for g in ("a", "b"):
                iso = m.country_of.get(pp.group(g))
                if iso and iso not in used:
                    votes[iso] = votes.get(iso, 0) + 1
        ranked = sorted(votes.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return  # no clear favourite
    missing[0].country = max(votes, key=lambda k: votes[k])


def _joined_sides(participants: list[Person], text: str, targets: list[Person]) -> None:
    """ "A, together with B, held a video call with C": B, placed nowhere, is of the side
    of A, the participant named right before in that sentence."""
    for p in targets:
        if p.country or p.organization:
            continue
        for x in p.mentions:
            if x.sentence < 0 or (
                RULES.joining_before.search(text, max(0, x.start - 25), x.start) is None
                and RULES.accompanied_before.search(text, max(0, x.start - 25), x.start) is None
            ):
                continue
            before = [
                (y.end, q)
                for q in participants
                if q is not p
                for y in q.mentions
                if y.sentence == x.sentence and y.end <= x.start
            ]
            if before:
                q = max(before, key=lambda t: t[0])[1]
                p.country, p.organization = q.country, q.organization
                break


def _side_plural_lists(
    participants: list[Person], text: str, targets: list[Person], m: Matchers
) -> None:
    """ "exchanged messages with Kuwaiti leaders – Emir X and PM Y –": each one a list set
    off after a side's plural names (joined by "and" or commas) is of that side."""
    if "leaders" not in text and "officials" not in text and "counterparts" not in text:
        return
    spans = sorted(
        (x.start, x.end, x.sentence, p) for p in participants for x in p.mentions if x.sentence >= 0
    )
    for k, (_, _, sent, p) in enumerate(spans):
        if p not in targets or p.country or p.organization:
            continue
        # back along the list: "A and B", "A, B and C"
        j = k
        while j > 0:
            _, pe, psent, _ = spans[j - 1]
            gap = text[pe : spans[j][0]]
            if psent != sent or gap not in (" and ", ", ", ", and "):
                break
            j -= 1
        pm = RULES.side_plural_before.search(text, max(0, spans[j][0] - 40), spans[j][0])
        iso = m.country_of.get(pm.group("d")) if pm is not None else None
        if iso is not None:
            p.country = iso


def _chained_title(title: str) -> str:
    """A chain of offices as the title: "Deputy Prime Minister and Foreign Minister" for
    "... and concurrently Foreign Minister" (the adverb says no more than "and")."""
    return title.replace(" and concurrently ", " and ").replace(" and also ", " and ")
