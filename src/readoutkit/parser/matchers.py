"""Patterns built from a Lexicon: compiled once per lexicon and cached.

The fixed patterns live in :mod:`readoutkit.parser.rules`; these ones depend on
the vocabularies (countries, titles, verbs, cues), so they are built from a
:class:`~readoutkit.lexicon.Lexicon` with the `regex` module's named lists
(``\\L<name>``), which match the longest entry and stay linear in the input.
"""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from typing import Final

import regex

from readoutkit.lexicon import CommitmentCue, Lexicon
from readoutkit.parser.kinds import KindCue, KindMatcher
from readoutkit.parser.rules import NICKNAME, RULES, near
from readoutkit.parser.text import Document
from readoutkit.parser.words import CALLED_BY_GIVEN_NAME, FAMILY_NAME_FIRST, NAME_PARTICLES

__all__ = [
    "VERB_PATTERN",
    "Matchers",
    "first_words",
    "matchers_for",
    "matches_at",
    "name_key",
    "scan",
]

_F = regex.VERSION1 | regex.UNICODE
_BE_WORDS = (
    "is",
    "are",
    "was",
    "were",
    "am",
    "be",
    "been",
    "being",
    "remains",
    "remain",
    "remained",
)
_POSS_WORDS = ("his", "her", "their", "its", "our", "my", "the", "a")
_BE = "(?:" + "|".join(_BE_WORDS) + ")"
#: adverbs without "-ly" that may sit inside a cue ("is also ready to", "is always willing to")
CUE_ADVERBS: Final = frozenset({"also", "always", "still", "now", "ever", "again", "thus"})
#: between a cue's words: space, and maybe an adverb
_CUE_GAP = r"\s+(?:(?:[\p{Ll}]+ly|" + "|".join(sorted(CUE_ADVERBS)) + r")\s+)?"
_POSS = "(?:" + "|".join(_POSS_WORDS) + ")"
#: one to three capitalised words, case-sensitive in a case-folding pattern: a side's
#: name or adjective ("U.S.", "United Nations", "Chinese")
_SIDE = r"(?-i:\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+){0,2})"
#: before a cue's last "to": maybe an aside naming a partner ("is prepared, together with
#: the Kazakh side, to ..."), or where and when ("agreed here on Monday to ...")
_TO_GAP = (
    r"(?:,\s*+(?:together|along|jointly)\s++with\s++[^,;.\n]{1,60}?,)?"
    # "is committed, as it has always been, to", "stays committed, as ever, to"
    r"(?:,\s*+as\s++(?:(?:it|they|he|she|we)\s++(?:has|have|had)\s++always\s++been|always|ever|"
    r"before)\s*+,)?"
    # "Beijing is willing, he added, to ...": the attribution inside the undertaking
    r"(?:,\s*+(?:he|she|they)\s++(?:said|added|noted|stressed|stated)\s*+,)?"
    # where and when, in a few words: "agreed here on Monday to", "agreed by phone to"
    r"(?:\s++(?:here|there|today|yesterday|by\s++(?:phone|telephone)|"
    r"on\s++(?-i:\p{Lu})\p{Ll}{2,5}day)){0,3}" + _CUE_GAP
)


#: no letter or hyphen right before (resp. after), for case-insensitive patterns: the
#: same test as ``(?<![\p{L}\-])`` under full case folding, which costs some 2 us a try
#: as it weighs every sequence that folds to a letter. Such a sequence that is not a
#: letter itself ends in a combining mark ("j\u030c" folds like "\u01f0"), and the only
#: other non-letter that folds to one is a mark (U+0345 folds to iota), so the test is
#: made case-sensitively, and with full folding only next to a mark.
_NO_LETTER_BEFORE: Final = r"(?:(?-i:(?<![\p{L}\p{M}\-]))|(?-i:(?<=\p{M}))(?<![\p{L}\-]))"
_NO_LETTER_AFTER: Final = r"(?:(?-i:(?![\p{L}\p{M}\-]))|(?-i:(?=\p{M}))(?![\p{L}\-]))"


#: a reporting verb (``Matchers.verb``, case-insensitive): an entry of the named list
#: ``verbs`` with no letter or hyphen on either side
VERB_PATTERN: Final = r"(?<![\p{L}\-])(?P<v>\L<verbs>)(?![\p{L}\-])"

_WORD = r"\p{Lu}(?:[\p{L}\p{M}\-]|['\u2019](?=\p{L}))*+"
#: the glottal stop opening a Polynesian name's later word ("Katoa 'Utoikamanu")
_OKINA = r"(?:['\u2018\u02bb](?=\p{Lu}))"
#: initials ("J.", "J.R."), "Ma." (María) which opens many Filipino names, and "Th." of
#: Icelandic names ("Gudni Th. Johannesson")
_INITIAL = r"(?:\p{Lu}|Ma|Th)\.(?:\p{Lu}\.)*+"


def first_words(surfaces: Iterable[str], *, lower: bool) -> frozenset[str]:
    """The first word of each surface form: where a match of them can start."""
    out: set[str] = set()
    for surface in surfaces:
        m = RULES.word.search(surface)
        if m is not None:
            out.add(m.group().lower() if lower else m.group())
    return frozenset(out)


def scan(
    pattern: regex.Pattern[str],
    doc: Document,
    lo: int,
    hi: int,
    firsts: frozenset[str],
    *,
    lower: bool,
) -> Iterator[regex.Match[str]]:
    """Non-overlapping matches of ``pattern`` in ``doc.text[lo:hi]``, tried only at words
    that can start one: the same matches as ``finditer`` for patterns that start at a
    word, at a fraction of the cost of trying every character."""
    starts = doc.tok_starts
    words = doc.tok_lower if lower else doc.tok_text
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, i)
    text = doc.text
    last = lo
    # the words that can start a match, picked in one pass (in C) before any is tried
    for p in list(compress(starts[i:j], map(firsts.__contains__, words[i:j]))):
        if p >= last:
            mm = pattern.match(text, p, near(p, hi))
            if mm is not None:
                yield mm
                last = max(mm.end(), p + 1)


def matches_at(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, at: Sequence[int]
) -> list[regex.Match[str]]:
    """Non-overlapping matches of ``pattern`` in ``text[lo:hi]``, tried only at the sorted
    offsets ``at`` (the places one can start, picked once per document): the same matches
    as :func:`scan` where ``at`` holds the words that can start one."""
    out: list[regex.Match[str]] = []
    last = lo
    for j in range(bisect_left(at, lo), len(at)):
        p = at[j]
        if p >= hi:
            break
        if p >= last:
            mm = pattern.match(text, p, near(p, hi))
            if mm is not None:
                out.append(mm)
                last = max(mm.end(), p + 1)
    return out


_NAME_TOKEN: Final = regex.compile(r"[\p{L}\d]+")
_LETTERS: Final = regex.compile(r"\p{L}++")


def _plural(word: str) -> str:
    """An English noun's plural, as titles take it ("Secretary" -> "Secretaries")."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def _letters_at(text: str, pos: int) -> str:
    """The run of letters starting at ``pos`` ("" if none)."""
    lm = _LETTERS.match(text, pos)
    return lm.group() if lm is not None else ""


def _only_side(sides: dict[str, set[str]]) -> dict[str, str]:
    """The keys that one side alone holds, with that side."""
    return {k: next(iter(v)) for k, v in sides.items() if len(v) == 1}


def run_at(words: Sequence[str], run: Sequence[str]) -> int:
    """Where ``words`` hold the words of ``run`` in a row (the first one's index), or -1:
    "Deputy Prime Minister" holds ("prime", "minister") at 1."""
    n = len(run)
    key = tuple(run)
    return next((i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == key), -1)


@functools.lru_cache(maxsize=65536)
def name_key(s: str) -> tuple[str, ...]:
    """Name tokens without case or diacritics, for comparing names (memoised: the same
    surface forms recur across readouts)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return tuple(_NAME_TOKEN.findall(s))


#: a trie of strings: a node per character, "" marking where an entry ends
_Trie = dict[str, "_Trie"]


def trie_alternation(words: Iterable[str]) -> str:
    """A pattern matching the same strings as the named list ``\\L<words>``, as a trie.

    Like the named list it takes the longest entry that lets the rest of the pattern
    match (the entries that fit at one position all lie on one path of the trie, and
    each optional tail is tried before stopping), but it reads the text one character
    per node instead of testing every entry length against a set.
    """
    root: _Trie = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        tails = [regex.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not tails:
            return ""
        body = "(?:" + "|".join(tails) + ")" if len(tails) > 1 or "" in node else tails[0]
        return body + "?" if "" in node else body

    return emit(root) if root else "(?!)"


#: a name particle ("bin", "van", "de"), as a trie pattern
_PART: Final = trie_alternation(NAME_PARTICLES)


def _name_key(s: str) -> str:
    return " ".join(name_key(s))


def _cue_regex(cue: CommitmentCue) -> str:
    words = []
    for w in cue.pattern.split():
        if w == "BE":
            words.append(_BE)
        elif w == "POSS":
            words.append(_POSS)
        elif w == "SIDE":
            words.append(_SIDE)
        else:
            words.append(regex.escape(w).replace("'", "['\u2019]"))
    if len(words) > 1 and words[-1] == "to":
        return _CUE_GAP.join(words[:-1]) + _TO_GAP + "to"
    return _CUE_GAP.join(words)


class Matchers:
    """Compiled patterns and lookup tables for one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lexicon = lex
        # places: surface form -> ISO3, demonyms and metonyms included
        country_of: dict[str, str] = {}
        shared: dict[str, set[str]] = {}
        for c in lex.countries:
            for s in (*c.names, *c.demonyms, *c.metonyms):
                country_of.setdefault(s, c.iso3)
                shared.setdefault(s, set()).add(c.iso3)
        self.country_of: Final = country_of
        #: the first words of places named by several words ("Papua" of "Papua New
        #: Guinea"): a name starting with one may be that place
        self.place_first_words: Final = frozenset(
            k.split()[0] for k in country_of if " " in k and k[:1].isupper()
        )
        #: for a country a form it shares with others stands for first ("Dominican" for
        #: Dominica), those others: which the text's own names may show it means instead
        self.form_rivals: Final = {
            country_of[s]: frozenset(isos - {country_of[s]})
            for s, isos in shared.items()
            if len(isos) > 1
        }
        self.country_of_names: Final = frozenset(n for c in lex.countries for n in c.names)
        #: one-word capitals ("Santiago", "Victoria"), which may also be a given name
        self.capital_words: Final = (
            frozenset(w for c in lex.countries for w in c.metonyms if " " not in w)
            - self.country_of_names
            - frozenset(d for c in lex.countries for d in c.demonyms)
        )
        self.kinds: Final = KindMatcher(
            KindCue(r.kind, r.pattern, r.role) if r.role else KindCue(r.kind, r.pattern)
            for r in lex.kind_cues
        )
        #: places by their case-folded name: "BEIJING" in a dateline
        self.country_folded: Final = {k.casefold(): v for k, v in country_of.items()}
        self.country_by_iso: Final = {c.iso3: c for c in lex.countries}
        self.org_by_key: Final = {o.key: o for o in lex.organizations}
        self.iso3s: Final = frozenset(c.iso3 for c in lex.countries)
        self.officials: Final = {_name_key(n): side for n, side in lex.officials}
        by_surname: dict[str, set[str]] = {}
        last_names: dict[str, set[str]] = {}  # the surname written last
        by_first: dict[str, set[str]] = {}  # the family name written first
        for n, side in lex.officials:
            k = _name_key(n).split()
            if len(k) >= 2:
                by_surname.setdefault(k[-1], set()).add(side)
                # "Kang Kyung-wha", "Tsai Ing Wen": the family name first where the side
                # writes it first; Vietnam's officials go by the last word too ("PM Chinh")
                if side in FAMILY_NAME_FIRST:
                    by_first.setdefault(k[0], set()).add(side)
                if side not in FAMILY_NAME_FIRST or side in CALLED_BY_GIVEN_NAME:
                    last_names.setdefault(k[-1], set()).add(side)
        # a word that opens some other side's official's name is a given name there ("Joseph
        # Kabila"): "Joseph Ratzinger" is not of the side whose one "Joseph Wu" is listed
        # (a family name several of a side's officials open with stays: "Li", "Kim")
        given = {
            k[0]
            for n, side in lex.officials
            if side not in FAMILY_NAME_FIRST and len(k := _name_key(n).split()) >= 2
        }
        opening: dict[str, int] = {}
        for n, side in lex.officials:
            if side in FAMILY_NAME_FIRST and (k := _name_key(n).split()):
                opening[k[0]] = opening.get(k[0], 0) + 1
        by_first = {w: v for w, v in by_first.items() if w not in given or opening[w] > 1}
        both: dict[str, set[str]] = {w: set(v) for w, v in last_names.items()}
        for w, v in by_first.items():
            both.setdefault(w, set()).update(v)
        #: the last words (name keys) of the officials the gazetteer lists by two words or
        #: more: what "Mr. X" may shorten a full name written elsewhere to
        self.official_surnames: Final = frozenset(by_surname)
        #: surname -> side, for surnames (a word alone: "Kang said") that only one side's
        #: officials carry
        self.surname_side: Final = _only_side(both)
        #: the same, by where the surname stands in a full name: last, or first
        self.last_side: Final = _only_side(last_names)
        self.first_side: Final = _only_side(by_first)
        self.demonyms: Final = frozenset(d for c in lex.countries for d in c.demonyms)
        org_of: dict[str, str] = {}
        institutions: dict[str, list[str]] = {}
        for o in lex.organizations:
            for s in (o.key, *o.names):
                # an institution's officials are its parent's ("European Commission
                # President" -> European Union)
                org_of.setdefault(s, o.parent or o.key)
            if o.parent:
                institutions.setdefault(o.parent, []).extend((o.key, *o.names))
        self.org_of: Final = org_of
        #: an organization's institutions' names, by its key: its officials' side too
        self.org_parts: Final = {k: tuple(v) for k, v in institutions.items()}
        #: every institution's names: before an office, part of the title ("European
        #: Council President"), since the organization recorded is the parent
        self.institution_names: Final = frozenset(n for v in institutions.values() for n in v)
        by_last: dict[str, list[str]] = {}
        for surface in {*country_of, *org_of}:
            lw = RULES.last_word.search(surface)
            if lw is not None:
                by_last.setdefault(lw.group(), []).append(surface)
        #: place names by their last word, longest first: for looking back from a title
        self.places_by_last: Final = {
            k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_last.items()
        }
        #: a country or organization name, optionally "the ..." and possessive
        self.place: Final = regex.compile(
            r"(?<![\p{L}\d])(?:[Tt]he\s+)?(?P<p>"
            + trie_alternation({*country_of, *org_of})
            + r")(?:['\u2019]s)?(?![\p{L}\d\-])",
            _F,
        )
        titles = sorted(set(lex.titles))
        self.titles: Final = frozenset(titles)
        #: a title from the lexicon, as a word (a trie: far cheaper than \\L<titles> here)
        self.title: Final = regex.compile(
            r"(?<![\p{L}\-])(?P<t>" + trie_alternation(titles) + r")(?![\p{L}\-])", _F
        )
        lower = sorted({t.casefold() for t in titles})
        #: a title from the lexicon written in lower case, as an appositive after a name
        #: may write it ("Zhao Leji, chairman of ...")
        self.lower_title: Final = regex.compile(
            r"(?P<t>" + trie_alternation(lower) + r")(?![\p{L}\-])", _F
        )
        #: the words of the lexicon's titles, case-folded: what a lower-case title holds
        self.title_words: Final = frozenset(w for t in lower for w in t.split())
        self.title_firsts: Final = first_words(titles, lower=False)
        #: the plural of each title's last word ("Ministers", "Secretaries"), to the word:
        #: an office shared by the names after it ("Foreign Ministers A and B")
        self.plural_title_words: Final = {
            _plural(w): w for t in titles if (w := t.rsplit(None, 1)[-1])[:1].isupper()
        }
        #: the same in lower case ("the two foreign ministers, A and B")
        self.lower_plural_title_words: Final = {
            _plural(w): w for t in lower if (w := t.rsplit(None, 1)[-1]).isalpha()
        }
        #: either case's plurals, to find them in a text's words in one set operation
        self.any_plural_title_word: Final = frozenset(self.plural_title_words) | frozenset(
            self.lower_plural_title_words
        )
        #: the leading letters of each title: a title can start only where the text's
        #: letters there are one of these (checked before the costlier title match)
        self.title_heads: Final = frozenset(_letters_at(t, 0) for t in titles)
        hon = sorted(set(lex.honorifics))
        #: the characters an honorific can start with
        #: (and "t": an honorific may take a leading "the", as in "Senator the Hon X")
        self.honorific_initials: Final = frozenset(h[0] for h in hon if h) | {"t"}
        any_hon = trie_alternation(hon)
        self.honorific: Final = regex.compile(rf"(?:(?:[Tt]he\s++)?(?:{any_hon})\.?\s++)++", _F)
        #: an honorific right before a position
        self.honorific_left: Final = regex.compile(
            rf"(?:(?:[Tt]he\s++)?(?:{any_hon})\.?\s++)++\Z", _F
        )
        #: "Name, (the) " right before a title: a name in apposition (group "n"; "nick", a
        #: nickname in quotes after it)
        self.appositive_left: Final = regex.compile(
            # "Ibrahim al-Jaafari": a particle joined by a hyphen too
            rf"(?P<n>(?:{_INITIAL}|{_WORD})(?:\s++(?:(?:{_PART})(?:\s++|-))*+(?:{_INITIAL}|{_WORD})){{0,6}})"
            # a nickname in quotes after the name: "Pushpa Kamal Dahal 'Prachanda', ..."
            rf"(?:{NICKNAME})?"
            # "Thongloun Sisoulith of Laos, Deputy Prime Minister": the side between
            r"(?:\s++of\s++(?P<of>(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,2}))?,"
            # "Name, who serves as India's Minister": a relative clause giving the office
            # (not "who is also Deputy Prime Minister", a second office after the first)
            # ("who doubles as", "who holds the post of": the same)
            r"\s++(?:who\s++(?:serves|is|was|has\s++(?:served|been)|is\s++serving|doubles|"
            # "who took office as Vice President of Zambia", "who was sworn in as ..."
            r"took\s++office|has\s++taken\s++office|was\s++sworn\s++in|"
            r"holds\s++the\s++(?:post|office|portfolios?)\s++of)\s++(?!also\s)"
            r"(?:as\s++)?|"
            # "Name, who serves Brunei as Minister of ...": the side served
            r"who\s++serves\s++(?P<serv>\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,2})\s++as\s++|"
            # "Name, in his capacity as Minister for Europe and Foreign Affairs,"
            # ("in his role as current Chair of ...")
            r"in\s++(?:his|her)\s++(?:capacity|role)\s++as\s++(?:(?:the\s++)?current\s++)?)?"
            # "Name, since 2017 Minister for Europe and Foreign Affairs,": in office since
            r"(?:since\s++\d{4}\s++)?"
            # "Name, (the) former Title", "Name, newly appointed Title"; "Name, Oman's
            # visiting Title", "Name, the Kingdom's Title"
            # ("the Netherlands' Prime Minister": a plural name's possessive)
            r"(?:(?:the|a|an)\s++)?(?:(?P<poss>\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+){0,2})"
            r"(?:['\u2019]s|(?<=s)['\u2019])\s++|"
            # "Name, the country's Minister of External Relations"
            r"(?:country|nation|kingdom|republic|emirate|state|island|government)['\u2019]s\s++)?"
            # (an adjective, not a participle: "Name, hosting Foreign Minister Y" is no
            # apposition; "visiting", "outgoing", "acting" are adjectives)
            r"(?:(?:newly|recently)\s++(?:appointed|elected|named)\s++|"
            r"(?:visiting|outgoing|incoming|acting|serving|sitting|ruling|governing|presiding|"
            # ("long-serving", "long-time": a compound adjective)
            r"reigning|caretaker)\s++|\p{Ll}++-\p{Ll}++\s++|(?!\p{Ll}++(?<=ing)\s)\p{Ll}++\s++)?\Z",
            _F,
        )
        #: a personal name: capitalised words, initials and particles
        self.name: Final = regex.compile(
            rf"(?P<n>(?:{_INITIAL}|{_WORD})(?:(?:\s+|\s*-\s*)(?:(?:{_PART})(?:\s+|-)){{0,3}}+(?:{_INITIAL}|{_OKINA}?{_WORD})){{0,7}}+)",
            _F,
        )
        # reporting verbs
        # (an empty past form: the -ing form alone is a cue)
        speech = sorted(
            ({v.past for v in lex.reporting_verbs} | {v.ing for v in lex.reporting_verbs}) - {""}
        )
        self.verb_class: Final = {
            **{v.past.casefold(): v.cls for v in lex.reporting_verbs if v.past},
            **{v.ing.casefold(): v.cls for v in lex.reporting_verbs if v.ing},
        }
        self.verb_firsts: Final = first_words(speech, lower=True)
        self.participles: Final = frozenset(v.ing.casefold() for v in lex.reporting_verbs if v.ing)
        #: past and -ing forms of the verbs of belief or hope, lower-cased, one space
        #: between words
        self.belief_cues: Final = frozenset(
            " ".join(f.casefold().split())
            for v in lex.reporting_verbs
            if v.belief
            for f in (v.past, v.ing)
            if f
        )
        self.verb: Final = regex.compile(VERB_PATTERN, _F | regex.IGNORECASE, verbs=speech)
        # commitment cues, one alternation with a named group per cue
        order = sorted(
            (i for i, c in enumerate(lex.commitment_cues) if c.form != "verb"),
            key=lambda i: -len(lex.commitment_cues[i].pattern),
        )
        parts = [f"(?P<c{i}>{_cue_regex(lex.commitment_cues[i])})" for i in order]
        verb_order = sorted(
            (i for i, c in enumerate(lex.commitment_cues) if c.form == "verb"),
            key=lambda i: -len(lex.commitment_cues[i].pattern),
        )
        verb_parts = [f"(?P<c{i}>{_cue_regex(lex.commitment_cues[i])})" for i in verb_order]
        #: the verb-form cues ("agreed to", "pledged to"), matched where a statement's cue is
        self.verb_cue: Final = (
            regex.compile(
                "(?:" + "|".join(verb_parts) + ")" + _NO_LETTER_AFTER, _F | regex.IGNORECASE
            )
            if verb_parts
            else None
        )
        self.cues: Final = tuple(lex.commitment_cues)
        cue_starts: set[str] = set()
        for cue in lex.commitment_cues:
            if cue.form == "verb":
                continue
            head = cue.pattern.split()[0] if cue.pattern.split() else ""
            if head == "BE":
                cue_starts.update(_BE_WORDS)
            elif head == "POSS":
                cue_starts.update(_POSS_WORDS)
            else:
                cue_starts.add(head)
        self.cue_firsts: Final = first_words(cue_starts, lower=True)
        #: participles that bind their subjects to what follows: the -ing verb-form cues'
        #: first words ("agreeing to", "pledging to")
        self.binding_participles: Final = frozenset(
            head
            for cue in lex.commitment_cues
            if cue.form == "verb"
            for head in cue.pattern.lower().split()[:1]
            if head.endswith("ing")
        )
        self.cue: Final = (
            regex.compile(
                _NO_LETTER_BEFORE + "(?:" + "|".join(parts) + ")" + _NO_LETTER_AFTER,
                _F | regex.IGNORECASE,
            )
            if parts
            else None
        )

        # "the readiness of the United Nations to": the noun cues ("readiness to"), with
        # their owner written after the noun; by noun, the cue it comes from
        noun_of = {
            words[0].lower(): cue
            for cue in lex.commitment_cues
            if cue.form == "noun"
            and len(words := cue.pattern.split()) == 2
            and words[1] == "to"
            and words[0] not in ("BE", "POSS")
        }
        self.noun_of_cue: Final = noun_of
        #: what every match of :attr:`noun_of` holds ("readiness of"), a cheap test first
        self.noun_of_words: Final = tuple(f"{n} of" for n in sorted(noun_of))
        self.noun_of: Final = (
            regex.compile(
                r"(?<![\p{L}])(?P<noun>" + trie_alternation(sorted(noun_of)) + r")\s++of\s++"
                r"(?P<who>(?:the\s++)?\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+){0,4}"
                # "of his government", "of the Korean government": the speaker's own
                r"(?:\s++(?:government|side|people|authorities|administration))?"
                r"|(?:his|her|its|their|the)\s++(?:own\s++)?(?:government|country|side|"
                r"administration|authorities))"
                r"\s++to\s++(?=\p{L})",
                _F,
            )
            if noun_of
            else None
        )

    def may_start_title(self, text: str, pos: int) -> bool:
        """Whether a title could match at ``pos`` (a cheap necessary test for :attr:`title`)."""
        return _letters_at(text, pos) in self.title_heads

    def is_official(self, name: str) -> bool:
        """Whether the officials gazetteer knows this full name."""
        return _name_key(name) in self.officials

    def official_side(self, name: str) -> str | None:
        """The country (ISO3) or organization of a known official: by full name, else by a
        surname that only one side's officials carry (the first word, for a side that
        writes the family name first)."""
        key = _name_key(name)
        side = self.officials.get(key)
        if side is None and key:
            words = key.split()
            if len(words) == 1:
                side = self.surname_side.get(words[0])
            else:
                # the surname written last, else ("Ambassador Li Jie") the family name first
                side = self.last_side.get(words[-1]) or self.first_side.get(words[0])
        return side

    def cue_of(self, m: regex.Match[str]) -> CommitmentCue:
        """Which cue a match of :attr:`cue` is."""
        name = m.lastgroup or "c0"
        return self.cues[int(name[1:])]

    def country(self, surface: str) -> str | None:
        """The ISO3 code of a country name, demonym or capital, if known."""
        return self.country_of.get(surface) or self.country_of.get(surface.strip())


@functools.lru_cache(maxsize=16)
def matchers_for(lex: Lexicon) -> Matchers:
    """The compiled matchers of a lexicon (built once, then reused)."""
    return Matchers(lex)
