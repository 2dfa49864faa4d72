"""Reported speech: reporting cues, the clauses they govern, and who the speaker is.

For every prose sentence the cues (reporting verbs from the lexicon) are read
left to right. A cue opens a new statement when a speaker can be resolved
right before it (a name, a title, a side, a pronoun, "the two sides"), or when
it is coordinated with the previous one (", and expressed ..."), or when it is
a participle after a comma (", saying that ..."). A cue with a subject that
names no participant is part of someone's content and is left alone. Sentences
without a cue continue the last speaker's statement.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, islice, pairwise
from typing import Final, TypeVar

import attrs
import regex

from readoutkit.model import Quotation
from readoutkit.parser.dates import after_dateline, dateline_place
from readoutkit.parser.matchers import VERB_PATTERN, Matchers, name_key, run_at
from readoutkit.parser.parties import Person
from readoutkit.parser.rules import ADVERBIAL_OPENERS, RULES, near
from readoutkit.parser.text import Document
from readoutkit.parser.words import (
    ABBREVIATED_TITLES,
    ADVERBS,
    ARTICLES,
    CLAUSE_WORDS,
    COMPOUND_TITLE_HEADS,
    DEMONYM_SIDE_NOUNS,
    DIPLOMAT_ROLES,
    DIPLOMAT_TITLE_KEYS,
    DOCUMENT_VERBS,
    FRAMING_LEADS,
    GENDER_HONORIFICS,
    GOVERNMENT_HEADS,
    GROUP_PHRASES,
    HANDED_OVER_CUES,
    HEAD_ROLES,
    INVERTIBLE_TITLE_HEADS,
    IRREGULAR_PASTS,
    JOINT_WORDS,
    LEADER_NOUNS,
    LOCAL_TITLE_HEADS,
    MAX_KEY_WORDS,
    MONTH_WORDS,
    MUTUAL_PARTICIPLES,
    NOT_ADVERBS,
    OBJECT_VERBS,
    OFFICE_BODIES,
    OPENING_PREPOSITIONS,
    ORG_EPITHETS,
    ORG_KIND_NOUNS,
    ORG_SIDE_NOUNS,
    ORGANIZATION_REGIONS,
    OWN_OFFICE_WORDS,
    PAIR_OTHER_NOUNS,
    PEOPLE_GROUP_NOUNS,
    PERFECT_NOT_REPORTING,
    PLACE_KIND_WORDS,
    PORTFOLIO_QUALIFIERS,
    PRONOUNS,
    PROPOSAL_NOUNS,
    RANK_ONLY_TITLES,
    RELATIVE_WORDS,
    ROLE_NOUNS,
    SAYING_VERBS,
    SHARED_NOUNS,
    SIDE_NOUNS,
    STATE_HEADS,
    SUBORDINATE_WORDS,
    TALKED_OVER,
    THAT_PARTICIPLES,
    TITLED_SIDE_ROLES,
    UN_AGENCY_NOUNS,
    UNTITLED_ROLES,
    VISIT_CUES,
    WELCOME_CUES,
    WRITER_VERBS,
    WRITTEN_NOUNS,
)

__all__ = ["Draft", "Resolver", "find_statements"]


def is_adverb(word: str, capitalised: bool = False) -> bool:
    """Words that may sit between a subject and its verb: "also", "warmly", "on Thursday".
    ``capitalised``: the word is written with a capital, so an -ly word is a name
    ("Madbouly", "Kelly"), not an adverb."""
    return (
        word in ADVERBS
        # "A and B on December 21 exchanged ...", "X on 3 May said": a date's words
        or (capitalised and word in _MONTH_WORDS)
        or (len(word) <= 2 and word.isdigit())
        or (not capitalised and len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS)
    )


#: months that are also names or verbs ("Theresa May", "Jan Lipavsky", "March"),
#: lower-cased: a month only beside a day's number ("on March 24", "on 3 May")
_NAME_MONTHS: Final = frozenset("march may june jan mar jun".split())
#: the other months, lower-cased (written with a capital in a date)
_MONTH_WORDS: Final = frozenset(w.casefold() for w in MONTH_WORDS) - _NAME_MONTHS


@attrs.define
class Draft:
    """A statement before ids: speakers (participant indexes), content offsets, cue, rule."""

    speakers: tuple[int, ...]
    start: int
    end: int
    cue: str | None
    cue_start: int
    rule: str
    quotation: Quotation = Quotation.INDIRECT
    cls: str = "speech"
    #: how the speaker was named: "person" (name or title), "side", "group", "pronoun"
    via: str = ""
    #: where the speaker is named in this clause ("Wang", "the Iranian side"), if it is
    subject: tuple[int, int] | None = None


#: offsets (start, end) into the text
Span = tuple[int, int]

#: a phrase as lower-cased word tokens: ("the", "chinese", "side")
Key = tuple[str, ...]

#: name words too common to name anyone alone: "bin", "al", "van"
_PARTICLES: Final = frozenset({"bin", "al", "el", "de", "van", "von", "der", "ibn"})
#: the particles that open each of two surnames ("Isabel de Saint Malo de Alvarado")
_HISPANIC_PARTICLES: Final = frozenset({"de", "del", "da", "do", "dos"})
#: what a first-person writer is called
_AUTHOR_KEYS: Final = (("i",), ("me",), ("my",), ("myself",))
#: the group phrases as token tuples, and the first-person ones
_GROUP_KEYS: Final = frozenset(tuple(p.split(" ")) for p in GROUP_PHRASES)
_WE_KEYS: Final = frozenset({("we",), ("we", "both"), ("we", "all")})


def _reach(keys: Iterable[Key]) -> dict[str, int]:
    """The most words any of the phrases ending in a word has, by that word."""
    out: dict[str, int] = {}
    for k in keys:
        if out.get(k[-1], 0) < len(k):
            out[k[-1]] = len(k)
    return out


#: the group phrases' reach, and with the first-person ones
_GROUP_REACH: Final = _reach(_GROUP_KEYS)
_WE_REACH: Final = _reach(_GROUP_KEYS | _WE_KEYS)

_K = TypeVar("_K")

#: keys (longest first, as a dict: merged without hashing them again), and by last word
#: the most words one of them has (see ``_reach``)
KeySet = tuple[dict[Key, None], dict[str, int]]

#: the memos below are dropped when they grow past this: bounded memory
_MEMO_MAX: Final = 4096


class _Keys:
    """The phrases that name a participant, by what they depend on: its name, its title
    and side, its side alone. Memoised per lexicon, since titles, sides and names recur
    across readouts (bounded)."""

    def __init__(self, m: Matchers) -> None:
        self.m = m
        self.names: dict[str, KeySet] = {}
        self.titles: dict[tuple[str, str | None, str | None], KeySet] = {}
        self.sides: dict[tuple[str | None, str | None, str | None], KeySet] = {}
        self.heads: dict[str, frozenset[Key]] = {}
        self.untitled: dict[tuple[str | None, str | None, frozenset[Key]], KeySet] = {}

    def head_roles(self, title: str) -> frozenset[Key]:
        """The head-of-state or -government roles a title holds, with "leader" if any."""
        got = self.heads.get(title)
        if got is None:
            if len(self.heads) >= _MEMO_MAX:
                self.heads.clear()
            # "PM Pham Minh Chinh": an abbreviated office holds the role it stands for
            tt = name_key(_written_out(title.split()))
            got = frozenset(role for role in HEAD_ROLES if run_at(tt, role) >= 0)
            got = self.heads[title] = got | {("leader",)} if got else got
        return got

    def roles(self, p: Person, counterpart_roles: frozenset[Key]) -> KeySet:
        """An untitled participant's role keys (``_role_keys``), memoised."""
        memo = (p.country, p.organization, counterpart_roles)
        got = self.untitled.get(memo)
        if got is None:
            got = _put(self.untitled, memo, _role_keys(p, self.m, counterpart_roles))
        return got

    def name(self, name: str) -> KeySet:
        """The whole name, each word of two letters or more, each hyphenated surname, and
        its first and last words two or more at a time ("Tony Tan" for Tony Tan Keng Yam,
        where "Tan" alone may name another)."""
        got = self.names.get(name)
        if got is None:
            toks = name_key(name)
            out = [toks] if toks else []
            out += [(t,) for t in toks if len(t) >= 2 and t not in _PARTICLES]
            out += [toks[:k] for k in range(2, len(toks))] + [
                toks[-k:] for k in range(2, len(toks))
            ]
            # "Amir-Abdollahian": the hyphenated surname as one key too
            out += [k for part in name.split() if "-" in part and (k := name_key(part))]
            # "de Saint Malo" of "Isabel de Saint Malo de Alvarado": a surname that runs from
            # one particle to the next, with and without its particle
            marks = [i for i, t in enumerate(toks) if t in _HISPANIC_PARTICLES]
            for a, b in pairwise((*marks, len(toks))):
                if a > 0 and b - a > 2:
                    out += (toks[a:b], toks[a + 1 : b])
            got = _put(self.names, name, tuple(out))
        return got

    def title(self, p: Person) -> KeySet:
        """The title's initials ("EAM"), its first or last words a few at most ("the
        Foreign Minister", "the Secretary"), each with the side's demonym before it."""
        assert p.title is not None
        memo = (p.title, p.country, p.organization)
        got = self.titles.get(memo)
        if got is None:
            out: list[Key] = []
            initials = "".join(w[0] for w in RULES.word.findall(p.title) if w[0].isupper())
            # the initials alone, and after the side's word: "the Danish PM", "the Pakistan FM"
            short: Key = (initials.casefold(),) if len(initials) >= 2 else ()
            if short:
                out.append(short)
            if "/" in p.title:
                # "the HR/VP" for "High Representative/Vice-President": each part's initials
                parts = tuple(
                    "".join(c for c in part if c.isupper()).casefold()
                    for part in p.title.split("/")
                )
                if all(len(x) >= 2 for x in parts):
                    out += (parts, *((x,) for x in parts))
            # "the High Representative" for the "HR/VP", "the Prime Minister" for the "PM":
            # an abbreviated title written out, each of its offices whole
            full = ABBREVIATED_TITLES.get(p.title)
            tw = p.title.replace("/", " / ").split()
            if full is not None:
                out += [name_key(part) for part in full.split("/")]
            elif any(wd in ABBREVIATED_TITLES for wd in tw):
                # "Deputy PM and Foreign Minister", "Deputy PM/FM" are also "the Deputy Prime
                # Minister"
                ek = name_key(_written_out(tw))
                out += [ek[:k] for k in range(1, min(len(ek), MAX_KEY_WORDS) + 1)]
            if "Premier" in tw and len(tw) > 1:
                # "First Deputy Premier and Foreign Minister" is also "the First Deputy Prime
                # Minister"
                ek = name_key(" ".join("Prime Minister" if wd == "Premier" else wd for wd in tw))
                out += [ek[:k] for k in range(2, min(len(ek), MAX_KEY_WORDS) + 1)]
            # "Ambassador to Nepal", "Adviser to the President": the words after "to" name
            # another country or office, not this holder; the whole title still does
            head, to, _ = p.title.partition(" to ")
            # "Prime Minister's Adviser on Foreign Affairs": "the Adviser", not "the Prime
            # Minister", whose office it is
            head = head.rpartition("'s ")[2].rpartition("\u2019s ")[2]
            tt = name_key(head)
            if to:
                out.append(name_key(p.title))
            span = min(len(tt), MAX_KEY_WORDS)
            # "CIDCA Chairman", "Chairman of CIDCA": the agency's acronym alone names the
            # agency, not its head
            first = head.partition(" ")[0]
            agency = _acronym(first) and len(tt) > 1
            agency_last = _acronym(head.rpartition(" ")[2]) and len(tt) > 1
            if not agency_last:
                out.append(tt[-1:])
            if not agency:
                out.append(tt[:1])
            for k in range(2, span + 1):
                out += (tt[-k:], tt[:k])
            roles = [w for w in tt if w in ROLE_NOUNS]
            # "the Indonesian leader", "the Vietnamese Government leader": a head of state's
            # or government's demonym before "leader"
            heads = self.head_roles(p.title)
            leaders: tuple[Key, ...] = (
                (("leader",), ("government", "leader"), ("state", "leader")) if heads else ()
            )
            # "the Head of State" for a president or monarch, "the Head of Government" for
            # a prime minister; shared by two presidents, it is the one named first
            # (not an organization's president: "President of the ICRC")
            if any(role in heads for role in STATE_HEADS) and (p.country or not p.organization):
                out.append(_HEAD_OF_STATE)
            if any(role in heads for role in GOVERNMENT_HEADS):
                # "the Government chief", "the Vietnamese Government chief": a prime
                # minister in Vietnamese and Lao releases
                out += (_HEAD_OF_GOVERNMENT, *_GOVERNMENT_CHIEF)
                leaders += tuple(k for k in _GOVERNMENT_CHIEF if k not in leaders)
            # "the Italian premier": news agencies' word for a prime minister
            premier = _PREMIER if ("prime", "minister") in heads else ()
            out += premier
            # "Minister of Foreign Affairs" is also "the Foreign Minister", "Secretary of
            # Defense" "the Defense Secretary"
            inverted = _inverted_title(tt)
            out += inverted
            for d in _demonyms(p, self.m):
                dk = name_key(d)
                for k in range(1, span + 1):
                    out += ((*dk, *tt[-k:]), (*dk, *tt[:k]))
                if short:
                    out.append((*dk, *short))
                out += [(*dk, *inv) for inv in inverted]
                out += [(*dk, w) for w in roles]
                out += [(*dk, *lw) for lw in leaders]
                out += [(*dk, *pk) for pk in premier]
            # "the EU official", "Iran's top diplomat" (a foreign minister): nouns that
            # name the side's participant whatever the title, after its name, possessive
            # or not, or its demonym
            generic: tuple[Key, ...] = TITLED_SIDE_ROLES
            if any(run_at(tt, k) >= 0 for k in DIPLOMAT_TITLE_KEYS):
                generic += DIPLOMAT_ROLES
                out += DIPLOMAT_ROLES
            diplomat = DIPLOMAT_ROLES[0] in generic
            for sw in _side_words(p, self.m):
                sk = name_key(sw)
                out += [(*sk, *g) for g in generic] + [(*sk, "s", *g) for g in generic]
                if p.organization and not p.country:
                    # "the WEF founder", "the IAEA Director General": an organization's
                    # name before its head's office
                    out += [(*sk, *tt[:k]) for k in range(1, min(span, 3) + 1)]
                if diplomat:
                    out.append(("top", *sk, "diplomat"))  # "the top Iranian diplomat"
            for word in p.title.split():
                if _acronym(word) and word.isalpha():
                    # "Chairman of CIDCA": "the CIDCA chief", "the CIDCA official"
                    ak = name_key(word)
                    out += [(*ak, *g) for g in generic] + [(*ak, "s", *g) for g in generic]
            for holds, side, bodies in OFFICE_BODIES:
                # "DoD will ..." said by the Secretary of Defense: the department he heads
                if p.country in (None, side) and all(word in tt for word in holds):
                    out += bodies
            # "the Prime Minister of Japan", "the President of Russia": the title's last
            # words (a role) before its country; "Finland's Prime Minister": after it
            for c in _country_names(p, self.m):
                ck = name_key(c)
                out += [(*tt[-k:], "of", *ck) for k in range(1, min(span, 2) + 1)]
                out += [(*ck, "s", *tt[-k:]) for k in range(1, span + 1)]
                # "the Pakistan Foreign Minister": the country's name as an adjective
                out += [(*ck, *tt[-k:]) for k in range(1, span + 1)]
                if short:
                    out.append((*ck, *short))
                out += [(*ck, *inv) for inv in inverted]
            got = _put(self.titles, memo, tuple(k for k in out if k))
        return got

    def side(self, p: Person) -> KeySet:
        """The side's names, demonyms and capitals, alone and with ``SIDE_NOUNS`` (before
        them, and after them with "of" for a name: "the Government of India"); its demonyms
        also with ``DEMONYM_SIDE_NOUNS`` ("the Nigerian armed forces")."""
        place = _title_place(p.title)
        memo = (p.country, p.organization, place)
        got = self.sides.get(memo)
        if got is None:
            out: list[Key] = []
            if place is not None:
                # "Mayor of Greater Manchester": "Greater Manchester is willing to ..."; the
                # "Governor of Lagos State": "Lagos will ..." too
                pk = name_key(place)
                out += (pk, *((*pk, *noun) for noun in SIDE_NOUNS))
                if len(pk) > 1 and pk[-1] in PLACE_KIND_WORDS:
                    out.append(pk[:-1])
            demonyms = set(_demonyms(p, self.m))
            names = set(_country_names(p, self.m))
            for d in _side_words(p, self.m):
                dk = name_key(d)
                if dk:
                    nouns: tuple[Key, ...] = (
                        SIDE_NOUNS + DEMONYM_SIDE_NOUNS if d in demonyms else SIDE_NOUNS
                    )
                    if p.organization and not p.country:
                        nouns += ORG_SIDE_NOUNS  # "NATO allies will ..."
                    out += (dk, *((*dk, *noun) for noun in nouns))
                    if d in names:
                        # "the Government of India", "the people of Kenya"
                        out += tuple((*noun, "of", *dk) for noun in SIDE_NOUNS)
                else:
                    out += (("side",), ("government",))
            region = ORGANIZATION_REGIONS.get(p.organization or "") if not p.country else None
            if region is not None:
                out.append(name_key(region))  # "Europe will not look away", said by the EU's
            got = _put(self.sides, memo, tuple(out))
        return got


def _acronym(word: str) -> bool:
    """Whether a title's word is an agency's acronym ("CIDCA", "UNDP"), which names the
    agency, not the person who heads it."""
    return len(word) >= 3 and word.isupper()


def _written_out(words: Iterable[str]) -> str:
    """A title's words with each abbreviation written out ("Deputy PM" -> "Deputy Prime
    Minister")."""
    return " ".join(ABBREVIATED_TITLES.get(w, w) for w in words)


#: the keys of a head of state's and a head of government's descriptions
_HEAD_OF_STATE: Final = ("head", "of", "state")
_HEAD_OF_GOVERNMENT: Final = ("head", "of", "government")
#: "the Government chief", "the Government head", "the Government leader": a head of
#: government's other names
_GOVERNMENT_CHIEF: Final[tuple[Key, ...]] = (
    ("government", "chief"),
    ("government", "head"),
    ("government", "leader"),
)

#: the key "premier", which also names a prime minister
_PREMIER: Final[tuple[Key, ...]] = (("premier",),)


def _inverted_title(tt: Key) -> list[Key]:
    """A "Minister of X" or "Secretary of X" title's keys as "X Minister" ("Minister for
    Foreign Affairs": "foreign minister"; "Minister of National Defense": "national defense
    minister", "defense minister"); in a chain of offices, each one's ("Deputy Premier and
    Minister of Foreign Affairs": "foreign minister" too)."""
    if "and" in tt[1:]:
        i = tt.index("and", 1)
        return _inverted_title(tt[:i]) + _inverted_title(tt[i + 1 :])
    if len(tt) < 3 or tt[0] not in INVERTIBLE_TITLE_HEADS or tt[1] not in ("of", "for"):
        return []
    rest = [w for w in tt[2:] if w != "the"]
    if rest and rest[-1] == "affairs":
        rest.pop()
    if not rest or len(rest) > 3 or "and" in rest:
        return []
    return [(*rest[-k:], tt[0]) for k in range(1, len(rest) + 1)]


def _put(memo: dict[_K, KeySet], key: _K, keys: tuple[Key, ...]) -> KeySet:
    """Store keys and their reach in a bounded memo (cleared when full)."""
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    got = memo[key] = _keyset(keys)
    return got


def _merge_reach(reach: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    """Add ``more`` to ``reach`` (and return it), the larger where both have a word."""
    clash = reach.keys() & more.keys()
    keep = {w: reach[w] for w in clash if reach[w] > more[w]} if clash else None
    reach.update(more)
    if keep:
        reach.update(keep)
    return reach


def _keyset(keys: Iterable[Key]) -> KeySet:
    """Keys, longest first, with their reach."""
    ordered = dict.fromkeys(sorted(keys, key=len, reverse=True))
    return ordered, _reach(ordered)


_AUTHOR: Final = _keyset(_AUTHOR_KEYS)


def _role_keys(p: Person, m: Matchers, counterpart_roles: frozenset[Key]) -> tuple[Key, ...]:
    """Keys for an untitled participant: its side's words before a role noun ("the
    Ethiopian minister"), and the role its titled counterparts hold, before or with
    "of" and its country ("the Russian President", "the President of Russia"): a
    counterpart holds the same office."""
    sides = [k for k in map(name_key, _side_words(p, m)) if k]
    keys = [(*k, *role) for k in sides for role in UNTITLED_ROLES]
    # "Slovakia's top diplomat": the side's name as a possessive
    keys += [(*k, "s", *role) for k in sides for role in UNTITLED_ROLES]
    # "The Minister and his counterpart discussed ...": the participant the text names
    # only as a counterpart
    keys += [("his", "counterpart"), ("her", "counterpart")]
    for role in sorted(counterpart_roles):
        # "the President" when both are presidents: shared, so the one named first
        keys += [role, *((*k, *role) for k in sides)]
        keys += [(*role, "of", *name_key(c)) for c in _country_names(p, m)]
        abbreviation = _ABBREVIATION_OF.get(role)
        if abbreviation is not None:
            keys += [abbreviation, *((*k, *abbreviation) for k in sides)]  # "the PM"
    return tuple(keys)


#: a role's abbreviation, by the role written out: ("prime", "minister") -> ("pm",)
_ABBREVIATION_OF: Final = {
    name_key(full): (short.casefold(),)
    for short, full in ABBREVIATED_TITLES.items()
    if "/" not in short
}


class Resolver:
    """Maps noun phrases ("Wang", "the Secretary", "the Iranian side", "they") to participants."""

    def __init__(self, participants: Sequence[Person], m: Matchers, *, joint: bool = False) -> None:
        """``joint``: the text is the participants' joint statement, whose "we" is all of them."""
        self.n = n = len(participants)
        #: where each participant is mentioned: (start, end, index), in text order
        self.spans: Final = sorted(
            (x.start, x.end, i) for i, p in enumerate(participants) for x in p.mentions
        )
        #: a first-person release: "we" is the writer and the other participants
        self.first_person: Final = joint or any(p.author for p in participants)
        #: the lexicon's patterns (honorifics before a name)
        self.m: Final = m
        #: each participant's title, as written
        self.titles: Final = [p.title for p in participants]
        #: the text is the participants' joint statement
        self.joint: Final = joint
        #: the one writer of a first-person release (not of a joint statement)
        self.author: Final = (
            None if joint else next((i for i, p in enumerate(participants) if p.author), None)
        )
        memo = _keys_for(m)
        #: a participant each key names (the last to add it)
        owner: dict[Key, int] = {}
        #: keys that name several: the least of them
        shared: dict[Key, int] = {}
        side_keys: set[Key] = set()
        #: by last word, the most words a phrase ending in it has: where a lookup can hit
        reach: dict[str, int] = {}
        added: list[KeySet] = []
        #: the participants each shared key names
        sharers: dict[Key, set[int]] = {}
        #: keys from names ("marchetti"), which a title alone is not
        name_keys: set[Key] = set()

        def add(ks: KeySet, i: int) -> None:
            keys, most = ks
            for key in owner.keys() & keys.keys():  # rare: set operations in C otherwise
                o = owner[key]
                if o != i:
                    shared[key] = min(shared.get(key, o), i)
                    sharers.setdefault(key, {o}).add(i)
            owner.update(dict.fromkeys(keys, i))
            _merge_reach(reach, most)
            added.append(ks)

        iso_count: dict[str, int] = {}
        for p in participants:
            side = p.country or p.organization
            if side:
                iso_count[side] = iso_count.get(side, 0) + 1
        #: which of them take part in the engagement (the others are only mentioned, so far)
        self.taking_part: Final = tuple(p.participant for p in participants)
        #: the participants who head a state or government: "the two leaders" of three
        self.heads: Final = tuple(
            i for i, p in enumerate(participants) if p.title and memo.head_roles(p.title)
        )
        #: the role nouns of the titled participants' titles ("president", "minister")
        counterpart_roles = frozenset(
            role for p in participants if p.title for role in memo.head_roles(p.title)
        )
        if counterpart_roles:
            # a head of state or government talks with another: an untitled participant
            # may be "the President of Russia" to a Chancellor's readout, and "the Head of
            # State" (or "of Government") when no titled participant is one
            held = counterpart_roles
            counterpart_roles |= frozenset(HEAD_ROLES)
            if held.isdisjoint(STATE_HEADS):
                counterpart_roles |= {_HEAD_OF_STATE}
            if held.isdisjoint(GOVERNMENT_HEADS):
                counterpart_roles |= {_HEAD_OF_GOVERNMENT}
        elif sum(not p.title for p in participants) == 1 and any(
            not p.title and p.country for p in participants
        ):
            # "Dmitry Medvedev received Yukiya Amano, Director General of the IAEA ... The
            # President stressed": with no head of state or government titled, the one
            # untitled participant, a country's, may be its head
            counterpart_roles = frozenset(HEAD_ROLES) | {_HEAD_OF_STATE, _HEAD_OF_GOVERNMENT}
        #: side keys of a side that several participants share: all of them
        teams: dict[Key, tuple[int, ...]] = {}
        honorific_owner: dict[str, set[int]] = {}
        #: one-word demonyms of sides ("kazakh", "hungarian"), by the participants they are of
        side_word_owner: dict[str, set[int]] = {}
        for i, p in enumerate(participants):
            if p.author:
                add(_AUTHOR, i)
            if p.name:
                add(memo.name(p.name), i)
                name_keys.update(memo.name(p.name)[0])
            for nick in p.nicks:  # "Prachanda said": the nickname the text gave in quotes
                add(memo.name(nick), i)
            # "His Highness stressed ...": a style of address used for this participant
            for style in p.styles:
                honorific_owner.setdefault(style, set()).add(i)
            if p.title:
                add(memo.title(p), i)
                # "Prime Minister of Italy Giuseppe Conte" in the heading, "President of the
                # Council of Ministers" in the body: "the Prime Minister" is Conte too
                # and "Prince Mohamed" for the foreign minister the text also calls so
                for other in {
                    x.title
                    for x in p.mentions
                    if x.title
                    and x.title != p.title
                    and (x.sentence < 0 or x.title in RANK_ONLY_TITLES)
                }:
                    add(memo.title(attrs.evolve(p, title=other)), i)
            side = p.country or p.organization
            for word in _demonyms(p, m) if side else ():
                wk = name_key(word)
                if len(wk) == 1:
                    side_word_owner.setdefault(wk[0], set()).add(i)
            if side and iso_count.get(side, 0) > 1:
                # "Australia will ..." when two Australians take part: the side's team
                keys, most = memo.side(p)
                for key in keys:
                    teams[key] = (*teams.get(key, ()), i)
                _merge_reach(reach, most)
                if not p.title and any(x.rule == "counterpart" for x in p.mentions):
                    # "his Syrian counterpart Bashar al-Assad" beside a Syrian Prime Minister:
                    # "the Syrian leader" (or "President"), the office of the one whose
                    # counterpart they are, is theirs too
                    # (not an office a teammate holds: "the Syrian Prime Minister" is his)
                    own = {
                        r
                        for q in participants
                        if q.title and (q.country or q.organization) == side
                        for r in memo.head_roles(q.title)
                    } - {("leader",)}
                    roles = {
                        r for q in participants if q.title for r in memo.head_roles(q.title)
                    } - own
                    add(_keyset((*name_key(d), *r) for d in _demonyms(p, m) for r in roles), i)
            elif side or _title_place(p.title) is not None:
                # a country's or organization's participant, or a local office-holder
                # whose title names the place ("Governor of Lagos State")
                sk = memo.side(p)
                add(sk, i)
                side_keys.update(sk[0])
                if not p.title or any(x.rule == "counterpart" for x in p.mentions):
                    # "the Ethiopian minister" for "his Ethiopian counterpart" (and "his
                    # counterpart" for one whose office a later reference gave)
                    add(memo.roles(p, counterpart_roles), i)
        for style, owners in honorific_owner.items():
            if len(owners) == 1:
                only = next(iter(owners))
                add(_keyset((pron, *style.split()) for pron in ("his", "her")), only)
        for key, ids in list(sharers.items()) if any(p.honorifics for p in participants) else ():
            # "Sheikh Mohamed" of two Mohameds: the one whose name the honorific stood before
            if key in name_keys:
                for h in {h for i in ids for h in participants[i].honorifics}:
                    who = [i for i in ids if h in participants[i].honorifics]
                    if len(who) == 1:
                        add(_keyset([(h, *key)]), who[0])
        if (
            n > 1
            and participants[0].title is None
            and participants[0].name
            and any(x.rule == "counterpart" for p in participants[1:] for x in p.mentions)
        ):
            # "Barrot welcomed his Finnish counterpart ... The Minister reaffirmed ...": the
            # bare office word is the publisher's own minister, named first and untitled
            # (his counterparts hold the office too), not a guest whose title ends in it
            for word in OWN_OFFICE_WORDS:
                key = (word,)
                if owner.get(key, 0) != 0 and all(
                    (participants[i].title or word).casefold() != word
                    for i in sharers.get(key, {owner[key]})
                ):
                    owner[key] = 0
                    shared.pop(key, None)
                    sharers.pop(key, None)
        self.single: Final = [(i,) for i in range(n)]
        #: keys that name one participant (see ``single``), and several (see ``home``)
        self.owner: Final = owner
        #: keys that name a side (a country, its capital, "the X side"), not a person
        self.side_keys: Final = side_keys
        # "the President" for the President rather than the Vice President: a shared key
        # that is one participant's whole title, and only part of subordinate offices'
        whole: dict[Key, list[int]] = {}
        #: shared keys one of the rules below gives to one holder (not merely the first)
        settled: set[Key] = set()
        subordinate: list[Key] = []
        for i, p in enumerate(participants if shared else ()):
            if p.title:
                tk = name_key(p.title)
                whole.setdefault(tk, []).append(i)
                if not SUBORDINATE_WORDS.isdisjoint(tk):
                    subordinate.append(tk)
        for key in shared.keys() & whole.keys():
            holders = whole[key]
            # every other holder of the key is a subordinate office ending in it
            others = [tk for tk, ids in whole.items() if ids != holders and tk[-len(key) :] == key]
            # (or, for "the premier", none does: the Premier, not a Prime Minister whom news
            # agencies also call so)
            # ("the Prime Minister" is not the "Crown Prince and Prime Minister", whom his
            # first office names)
            if len(holders) == 1 and (
                all(tk in subordinate or tk[-len(key) - 1 :][:1] == ("and",) for tk in others)
                if others
                else key in _PREMIER
            ):
                shared[key] = holders[0]
                settled.add(key)
        # "the minister" for the External Affairs Minister, not the Prime Minister: a one-word
        # shared key that some holders' titles only end in as part of a compound office
        one_word = [k for k in shared if len(k) == 1]
        title_keys = (
            [name_key(p.title) if p.title else () for p in participants] if one_word else []
        )
        for key in one_word:
            holders = [i for i, tk in enumerate(title_keys) if tk and tk[-1] == key[0]]
            plain = [i for i in holders if title_keys[i][-2:] not in COMPOUND_TITLE_HEADS]
            if len(plain) == 1 and len(holders) > 1:
                shared[key] = plain[0]
                settled.add(key)
        # "Sabah said" of Emir Sabah al-Ahmad and Prime Minister Nasser ... Al-Sabah: a
        # one-word name key that only one name holds as a word of its own, not hyphenated
        for key in one_word:
            if key not in name_keys or key in settled:
                continue
            as_word = [
                i
                for i in sharers.get(key, ())
                if any(name_key(w) == key for w in (participants[i].name or "").split())
            ]
            if len(as_word) == 1 and len(sharers.get(key, ())) > 1:
                shared[key] = as_word[0]
                settled.add(key)
        # "The Prime Minister" when one Prime Minister's mentions give a country ("Prime
        # Minister of Nepal", "Nepalese Prime Minister") and the other's never do: the
        # publisher's own, whom it needs not place
        placed = (
            [any(x.country or x.organization for x in p.mentions) for p in participants]
            if sharers
            else []
        )
        for key, ids in sharers.items():
            unplaced = [i for i in ids if not placed[i]]
            if (
                len(unplaced) == 1
                and key in shared
                and key not in name_keys
                # only among those known to take part (not a probe's mere mentions), and
                # the whole title of each ("the minister" is no Prime Minister's)
                and all(
                    participants[i].participant
                    and (
                        name_key(participants[i].title or "") == key
                        # "the Minister" for a "Minister for X" and a "Minister of Y"
                        or (len(key) == 1 and name_key(participants[i].title or "")[:1] == key)
                        # "the Foreign Minister" for a "Minister for Foreign Affairs"
                        or key in _inverted_title(name_key(participants[i].title or ""))
                    )
                    for i in ids
                )
            ):
                shared[key] = unplaced[0]
                settled.add(key)
        for key in _GOVERNMENT_CHIEF:
            if key in shared and key not in settled:
                # "the Government chief" of two prime ministers: the publisher's own, which
                # the first named need not be; left to the rules for unknown subjects
                del shared[key], owner[key]
        # "The Foreign Minister" when both are foreign ministers: the publisher's own,
        # who is named first in the engagement sentence
        self.home: Final = shared
        #: the participants each shared key names, and the shared keys a rule settled
        self.sharers: Final = sharers
        self.settled: Final = settled
        # the longest key naming one participant: each key set's first one not shared
        self.max_len: Final = max(
            (
                *(next((len(k) for k in ks[0] if k not in shared), 1) for ks in added),
                *map(len, teams),
            ),
            default=1,
        )
        self.group_reach: Final = _WE_REACH if self.first_person else _GROUP_REACH
        self.side_word_owner: Final = side_word_owner
        #: each participant's title words, lower-cased ("The Foreign Ministers"), where a
        #: group of three or more may name some of them
        self.title_words: Final = [
            frozenset((p.title or "").casefold().split()) for p in participants if n > 2
        ]
        self.teams: Final = teams
        self.name_keys: Final = name_keys
        self.reach: Final = reach

    def add_host(self, host: int) -> None:
        """Of two participants, ``host`` is "the host" and the other "the guest" (or "the
        visitor"), where no participant's own keys say so already."""
        if self.n != 2:
            return
        for key, i in ((("host",), host), (("guest",), 1 - host), (("visitor",), 1 - host)):
            self.owner.setdefault(key, i)
        _merge_reach(self.reach, {"host": 1, "guest": 1, "visitor": 1})

    def home_is(self, i: int) -> None:
        """Shared keys no rule settled name participant ``i`` (the host the other called
        on), not the first named."""
        for key, ids in self.sharers.items():
            if key in self.home and key not in self.settled and i in ids:
                self.home[key] = i

    def may_end(self, word: str) -> bool:
        """Whether a phrase naming someone can end with ``word``: ``resolve_kind`` finds
        nothing in tokens ending with another (a cheap test before it)."""
        return word in self.reach or word in self.group_reach

    def shared(self, tokens: Sequence[str]) -> bool:
        """Whether a phrase ("the Minister", "The Foreign Minister also") is a key several
        participants share, settled only by the publisher's-own rule (``home``)."""
        key = tuple(t for t in tokens if t != "the" and not is_adverb(t))
        return key in self.home

    def resolve_tail(self, tokens: Sequence[str]) -> tuple[tuple[int, ...], int] | None:
        """Participants named by the longest phrase ending the token list, and its length."""
        hit = self.resolve_kind(tokens)
        return (hit[0], hit[1]) if hit else None

    def resolve_by(
        self, tokens: Sequence[str], speakers: tuple[int, ...]
    ) -> tuple[tuple[int, ...], int, str] | None:
        """As :meth:`resolve_kind`, said by ``speakers``: a side several participants share
        ("Australia will ...") is the speakers' own when they are of it."""
        hit = self.resolve_kind(tokens)
        if hit is not None and hit[2] == "team" and set(speakers) <= set(hit[0]):
            return speakers, hit[1], "side"
        if hit is not None and len(speakers) == 1 and hit[0] != speakers and self.sharers:
            # "the Union", said by the EU's envoy with the AU's chair present: a phrase
            # several participants share is the speaker's own when it is theirs too
            key = tuple(tokens[-hit[1] :])
            while len(key) > 1 and key[0] == "the":
                key = key[1:]
            if key not in self.settled and speakers[0] in self.sharers.get(key, ()):
                return speakers, hit[1], "side" if key in self.side_keys else hit[2]
        return hit

    def resolve_kind(self, tokens: Sequence[str]) -> tuple[tuple[int, ...], int, str] | None:
        """As :meth:`resolve_tail`, with what kind of phrase it was: group, person or side."""
        if not tokens:
            return None
        # only phrases ending in the last word can hit, and none longer than its reach
        # (leading "the"s aside): skip the lengths that cannot
        last = tokens[-1]
        # the larger of the participants' and the group phrases' reach
        reach = self.reach.get(last, 0)
        group = self.group_reach.get(last, 0)
        if reach < group:
            reach = group
        elif not reach:
            return None
        most = min(len(tokens), self.max_len + 2)
        top = min(most, reach)
        while top < most and tokens[-top - 1] == "the":
            top += 1
        for k in range(top, 0, -1):
            tail = tuple(tokens[-k:])
            if tail[0] == "the":
                j = 1
                while j < k and tail[j] == "the":
                    j += 1
                if j == k:
                    continue
                tail = tail[j:]
            if group:  # a group phrase may end here: only then are the phrases joined
                phrase = " ".join(tail)
                if len(tail) >= 2 and self.teams and " ".join(tail[1:]) in GROUP_PHRASES:
                    team = self.teams.get(tail[:1])
                    if team is not None:
                        return team, k, "team"  # "the EU leaders": those of the EU only
                if (
                    self.n >= 3
                    and len(tokens) > k
                    and tokens[-k - 1] == "other"
                    and (phrase in GROUP_PHRASES or " ".join(tokens[-k:]) in GROUP_PHRASES)
                ):
                    # "the other two leaders" of three: all but the publisher's own, named
                    # first
                    the = 1 if len(tokens) > k + 1 and tokens[-k - 2] == "the" else 0
                    return tuple(range(1, self.n)), k + 1 + the, "group"
                if phrase in GROUP_PHRASES or " ".join(tokens[-k:]) in GROUP_PHRASES:
                    # ("the two Pacific leaders": the number may stand before an adjective)
                    got = (
                        self._portfolio_group(tail)
                        or self._heads_group(tokens[-k - 2 :])
                        or self._role_group(tail)
                    )
                    return got or tuple(range(self.n)), k, "group"
                if self.first_person and phrase in {"we", "we both", "we all"}:
                    return tuple(range(self.n)), k, "group"
            i = self.owner.get(tail)
            if i is not None:
                home = self.home.get(tail)
                if home is None:
                    other = self._other_side_before(tokens, k, i)
                    if other is not None:
                        # "the Chilean deputy prime minister": the one Chilean taking part
                        owners, at = other
                        if len(owners) == 1:
                            return self.single[next(iter(owners))], len(tokens) - at, "person"
                        return None
                    return self.single[i], k, ("side" if tail in self.side_keys else "person")
                if tail in self.name_keys and k < len(tokens):
                    # "King Salman" of King Salman and Crown Prince Mohammed bin Salman: the
                    # one sharer whose title holds the word before the name
                    word = tokens[-k - 1]
                    titled = [
                        j
                        for j in self.sharers.get(tail, ())
                        if word in (self.titles[j] or "").casefold().split()
                    ]
                    if len(titled) == 1:
                        return self.single[titled[0]], k + 1, "person"
                if (
                    tokens[-k] == "the"
                    or (k == len(tokens) and tail not in self.name_keys)
                    or (tail in self.name_keys and tail in self.settled)
                ):
                    # "The Prime Minister", or a subject that is the title alone ("Prime
                    # Minister welcomed ..."): the publisher's own; a name a rule gave
                    # one of its holders ("Sabah")
                    return self.single[home], k, "person"
            elif self.teams:
                team = self.teams.get(tail)
                if team is not None:
                    return team, k, "team"
        return None

    def _heads_group(self, tail: Sequence[str]) -> tuple[int, ...] | None:
        """ "The two leaders" of a Secretary-General and two heads of government: the two
        participants who head a state or government."""
        if self.n < 3 or "two" not in tail or tail[-1] != "leaders" or len(self.heads) != 2:
            return None
        return self.heads

    def _role_group(self, tail: Sequence[str]) -> tuple[int, ...] | None:
        """ "The Presidents" among a Secretary-General and three presidents, "the Prime
        Ministers": the participants whose title holds that office, if some but not all do."""
        if self.n < 3:
            return None
        if tail[-1] == "presidents":
            role: tuple[str, ...] = ("president",)
        elif tuple(tail[-2:]) == ("prime", "ministers"):
            role = ("prime", "minister")
        elif tail[-1] == "ministers" and ("two" in tail or tail[0] == "both"):
            # "The two Ministers updated the Secretary-General": the two whose title holds
            # "Minister" ("the Ministers" alone takes in a Secretary of State too), not a
            # Prime Minister alone, whom "the two Ministers" do not call so
            got = tuple(
                i
                for i, ws in enumerate(self.title_words)
                if "minister" in ws
                and (self.titles[i] or "").casefold() not in {"prime minister", "premier"}
            )
            return got if len(got) == 2 < self.n else None
        elif tail[-1] == "ministers":
            # "The Ministers agreed ..." on a visit that also met the President and the Prime
            # Minister: the ministers, when all the others head a state or government
            got = tuple(
                i
                for i, ws in enumerate(self.title_words)
                if ("minister" in ws or "secretary" in ws)
                and (self.titles[i] or "").casefold() not in {"prime minister", "premier"}
            )
            rest = [i for i in range(self.n) if i not in got]
            heads = all(
                i in self.heads and not {"vice", "deputy", "hr/vp"} & self.title_words[i]
                for i in rest
            )
            return got if len(got) >= 2 and rest and heads else None
        else:
            return None
        got = tuple(i for i, ws in enumerate(self.title_words) if ws.issuperset(role))
        if "two" not in tail:
            # an untitled participant may hold it too: "the presidents" of a Kremlin
            # readout that never titles Putin ("the two Presidents" counts the titled)
            got = tuple(i for i, ws in enumerate(self.title_words) if not ws or i in got)
        return got if 0 < len(got) < self.n else None

    def _portfolio_group(self, tail: Sequence[str]) -> tuple[int, ...] | None:
        """ "The Foreign Ministers" among foreign and defence ministers: the participants
        whose title holds that portfolio, if some but not all do."""
        if self.n < 3:
            return None
        for word in tail:
            forms = PORTFOLIO_QUALIFIERS.get(word)
            if forms is not None:
                got = tuple(i for i, ws in enumerate(self.title_words) if not ws.isdisjoint(forms))
                return got if 0 < len(got) < self.n else None
        return None

    def _other_side_before(
        self, tokens: Sequence[str], k: int, i: int
    ) -> tuple[set[int], int] | None:
        """Another participant's demonym before the phrase (its owners, and where it
        stands): "the Kazakh minister" cannot be the Hungarian whose title is "Minister
        ..." (a country's name is not used: the tokens keep no commas, "... of
        Kazakhstan," Liang said). For a phrase of title words, the demonym may stand
        before more of them: "the Vietnamese deputy prime minister" is not the Foreign
        Minister of Iran."""
        if k >= len(tokens):
            return None
        title_words = self.m.title_words
        lo = len(tokens) - k - 1
        if tokens[-k] == "the":
            return None  # the phrase opens with its article: what stands before is not in it
        if not all(t in title_words for t in tokens[-k:]):
            owners = self.side_word_owner.get(tokens[lo])
            return (owners, lo) if owners is not None and i not in owners else None
        for j in range(lo, max(-1, lo - 4), -1):
            owners = self.side_word_owner.get(tokens[j])
            if owners is not None:
                # (the demonym opening the phrase: "the" before it; the words carry no
                # commas, and "..., the Icelandic government, the Head of State" is two)
                if j == lo or j == 0 or tokens[j - 1] in ("the", "a", "an"):
                    return (owners, j) if i not in owners else None
                return None
            if tokens[j] not in title_words or tokens[j] == "the":
                break
        return None


@functools.lru_cache(maxsize=256)
def _title_place(title: str | None) -> str | None:
    """The place a local office-holder's title names ("Mayor of Greater Manchester",
    "Governor of Hyogo Prefecture"): the holder's side, as a country is."""
    if not title or not title.startswith(LOCAL_TITLE_HEADS):
        return None
    tm = RULES.title_place.search(title)
    return tm.group("place") if tm is not None else None


def _demonyms(p: Person, m: Matchers) -> tuple[str, ...]:
    if not p.country:
        return (p.organization,) if p.organization else ()
    c = m.country_by_iso.get(p.country)
    return c.demonyms if c else ()


def _country_names(p: Person, m: Matchers) -> tuple[str, ...]:
    c = m.country_by_iso.get(p.country or "")
    return c.names if c else ()


def _side_words(p: Person, m: Matchers) -> tuple[str, ...]:
    if p.organization:
        o = m.org_by_key.get(p.organization)
        if o is None:
            return ()
        last = o.key.rpartition(" ")[2]
        kind: tuple[str, ...] = (last,) if last in ORG_KIND_NOUNS else ()
        if last in UN_AGENCY_NOUNS and o.kind == "un_body":
            kind += ("agency",)  # "the agency" for the World Food Programme
        return (
            o.key,
            *o.names,
            *m.org_parts.get(o.key, ()),
            *ORG_EPITHETS.get(o.key, ()),
            *kind,
        )
    c = m.country_by_iso.get(p.country or "")
    return (*c.names, *c.demonyms, *c.metonyms) if c else ()


@functools.lru_cache(maxsize=16)
def _keys_for(m: Matchers) -> _Keys:
    """The key memo of a lexicon's matchers."""
    return _Keys(m)


class _Verbs:
    """The lexicon's reporting verbs by first word, longest first: matched by string
    comparison where the text is ASCII, with the regex (whose full case folding is slow)
    only elsewhere. Same matches as ``m.verb`` at a word start: the longest entry not
    followed by a letter or hyphen, none after a hyphen."""

    def __init__(self, m: Matchers) -> None:
        self.regex: Final = m.verb
        entries = m.verb.named_lists.get("verbs", ()) if m.verb.pattern == VERB_PATTERN else ()
        by_first: dict[str, list[str]] = {}
        for e in entries:
            first = RULES.word.search(e) if e.isascii() and e == e.lower() else None
            if first is None:  # not plain lower-case ASCII: leave it all to the regex
                by_first = {}
                break
            by_first.setdefault(first.group(), []).append(e)
        #: entries by first word, longest first
        self.by_first: Final = {
            w: tuple(sorted(v, key=len, reverse=True)) for w, v in by_first.items()
        }
        #: the longest entry by first word
        self.width: Final = {w: len(v[0]) for w, v in self.by_first.items()}
        #: for a first word that starts many entries ("held a frank exchange of ..."), its
        #: entries of several words by their second word, and its one-word entry if any
        self.by_second: Final = {
            w: _by_second_word(w, v) for w, v in self.by_first.items() if len(v) > 8
        }

    def match(self, text: str, p: int, end: int, first: str) -> tuple[int, int] | None:
        """The verb at word start ``p`` (lower-cased word ``first``) ending by ``end``."""
        entries = self.by_first.get(first)
        window = text[p : p + self.width.get(first, 0) + 1]
        if entries is None or not window.isascii():
            vm = self.regex.match(text, p, end)
            return vm.span() if vm is not None else None
        if p and text[p - 1] == "-":
            return None
        low = window.lower()
        lim = end - p
        split = self.by_second.get(first)
        if split is not None:
            # only the entries whose second word is the text's next word, then the first
            # word alone (every longer entry has a second word)
            j = k = len(first) + 1
            while k < len(low) and (low[k].isalpha() or low[k] == "-"):
                k += 1
            entries = split.get(low[j:k], ()) + split.get("", ())
        for e in entries:
            n = len(e)
            if n > lim or not low.startswith(e):
                continue
            if n == lim or n >= len(low) or not (low[n].isalpha() or low[n] == "-"):
                return p, p + n
        return None


def _by_second_word(first: str, entries: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Entries (longest first) by their second word; "" for the first word alone."""
    out: dict[str, list[str]] = {}
    for e in entries:
        rest = e[len(first) :]
        second = rest[1:].split(" ", 1)[0] if rest.startswith(" ") else ""
        out.setdefault(second, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=16)
def _verbs_for(m: Matchers) -> _Verbs:
    """The verb table of a lexicon's matchers."""
    return _Verbs(m)


def _verbs_by_sentence(
    doc: Document, verbs: _Verbs, at: Sequence[int], only: frozenset[int] | None
) -> list[list[Span]]:
    """The reporting verbs of each sentence (those in ``only``, if given; none elsewhere),
    as ``scan(m.verb, ...)`` finds them in it: tried at the word starts ``at`` (the
    document's words that can start one), none overlapping. One walk over ``at`` for the
    whole document, since the sentences come in text order."""
    text, starts, lows = doc.text, doc.tok_starts, doc.tok_lower
    out: list[list[Span]] = []
    j, n = 0, len(at)
    for si, sent in enumerate(doc.sentences):
        a, b = sent.start, sent.end
        spans: list[Span] = []
        out.append(spans)
        while j < n and starts[at[j]] < a:
            j += 1
        if only is not None and si not in only:
            continue
        last = a
        k = j
        while k < n:  # by index: slicing ``at[j:]`` would copy the rest of the document
            i = at[k]
            k += 1
            p = starts[i]
            if p >= b:
                break
            if p >= last:
                got = verbs.match(text, p, near(p, b), lows[i])
                if got is not None and text[p].isupper() and _in_a_name(doc, i, a):
                    got = None  # "Sultan Qaboos bin Said": a name's word, no verb
                if got is not None and not (
                    lows[i] in RULES.not_reported_firsts
                    and RULES.not_reported_after.match(text, got[1]) is not None
                ):
                    spans.append(got)
                    last = max(got[1], p + 1)
    return out


def _in_a_name(doc: Document, i: int, a: int) -> bool:
    """Whether word ``i`` (capitalised) goes on a name: the word before it, in the same
    sentence (from ``a``) and right before it, is a capitalised word or a name particle."""
    if i == 0 or doc.tok_starts[i - 1] < a:
        return False
    prev = doc.tok_text[i - 1]
    gap = doc.text[doc.tok_starts[i - 1] + len(prev) : doc.tok_starts[i]]
    return gap == " " and (prev[:1].isupper() or prev in _PARTICLES)


@attrs.define
class _State:
    last: tuple[int, ...] = ()
    #: the statements are read only to find who else takes part (``only`` is given)
    probing: bool = False
    #: the last single speaker: who "he" or "she" is when the last speakers were several
    last_single: tuple[int, ...] = ()
    #: the last sentence's last draft (what "he" in the next one may continue)
    last_draft: Draft | None = None
    last_sentence: int = -10
    last_paragraph: int = -10
    #: the index of the sentence being read
    sentence: int = -1
    #: "The ministers agreed to:" before a list: the agreeing speakers, the cue and where
    #: it starts, for each item of the list that follows
    agreed_list: tuple[tuple[int, ...], str, int] | None = None
    #: "The Ministers:" before a list whose items open with their own verb ("1. Reaffirmed
    #: ...", "2. Agreed to ..."): the speakers, the subject of each item
    subject_list: tuple[int, ...] | None = None
    #: speakers introduced by "X said:" whose words come in the next sentence
    introduced: tuple[int, ...] = ()
    #: whether the sentence being read is the engagement sentence
    engagement: bool = False
    #: the writer of a letter whose full text follows ("The full text of X's letter is below"),
    #: or the speaker of a transcript's turn ("Vladimir Putin: Thank you.")
    writer: tuple[int, ...] = ()
    #: whether ``writer`` is a transcript's speaker rather than a letter's writer
    transcript: bool = False
    #: the lexicon's participles that bind their subjects (``Matchers.binding_participles``)
    binding: frozenset[str] = frozenset()
    #: of three or more participants, the ones the last engagement sentence named when it
    #: named only some: whom "they" and "the two" mean until all are named again
    subgroup: tuple[int, ...] = ()
    #: what the text has shown of two participants' grammatical gender: "m" or "f" by
    #: index ("Ms Hale", "Orlov thanked her"), for telling "he" from "she"
    gender: dict[int, str] = attrs.Factory(dict)
    #: the gender of the pronoun a participant was last named by as a speaker ("She
    #: thanked ..."): whom the next "he" is not; it says nothing of the other participant,
    #: who may share it
    named_gender: dict[int, str] = attrs.Factory(dict)

    def start_turn(self, who: tuple[int, ...], si: int, paragraph: int) -> None:
        """A transcript's speaker label: ``who`` speaks from sentence ``si`` on."""
        self.writer, self.transcript = who, True
        self.last = self.last_single = who
        self.last_sentence, self.last_paragraph = si, paragraph

    def end_turn(self) -> None:
        """A section break after a transcript: the publisher narrates again."""
        self.writer, self.transcript, self.last = (), False, ()


#: a word's key (see ``word_key``) by the word: memoised, bounded like the others
_WORD_KEYS: dict[str, str] = {}


def word_key(word: str) -> str:
    """A word lower-cased and without diacritics, as names are compared ("" if none)."""
    got = _WORD_KEYS.get(word)
    if got is None:
        if len(_WORD_KEYS) >= 16 * _MEMO_MAX:
            _WORD_KEYS.clear()
        k = name_key(word)
        got = _WORD_KEYS[word] = k[0] if k else ""
    return got


class Words:
    """The document's words (``RULES.word``) as keys (``word_key``) with their offsets: the
    words of any stretch by bisection, without scanning the text again."""

    def __init__(self, doc: Document) -> None:
        self.text: Final = doc.text
        self.starts: Final = doc.tok_starts
        self.words: Final = doc.tok_text
        self.lows: Final = doc.tok_lower
        self._keys: list[str] | None = None

    @property
    def keys(self) -> list[str]:
        """Every word's key, computed when first needed: an ASCII word's is its lower
        case, so only the words holding another character need ``word_key``."""
        if self._keys is None:
            keys = self._keys = list(self.lows)
            text, starts, words = self.text, self.starts, self.words
            if not text.isascii():
                last = -1
                for c in RULES.non_ascii.finditer(text):
                    i = bisect_right(starts, c.start()) - 1
                    if i > last and c.start() < starts[i] + len(words[i]):
                        keys[i] = word_key(words[i])
                        last = i
        return self._keys

    def between(self, lo: int, hi: int) -> tuple[list[str], list[int]]:
        """Keys and start offsets of the words in ``text[lo:hi]``, as ``RULES.word.finditer``
        finds them there: a word the range cuts counts for the part inside."""
        if hi <= lo:
            return [], []
        starts = self.starts
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        keys = self.keys[i:j]
        pos = list(starts[i:j])
        if j > i and starts[j - 1] + len(self.words[j - 1]) > hi:
            keys[-1] = word_key(self.text[starts[j - 1] : hi])
        if i and (e := starts[i - 1] + len(self.words[i - 1])) > lo:
            keys.insert(0, word_key(self.text[lo : min(e, hi)]))
            pos.insert(0, lo)
        return keys, pos

    def tokens(self, lo: int, hi: int) -> list[tuple[str, int]]:
        """The words of ``text[lo:hi]`` as (key, start) pairs."""
        keys, pos = self.between(lo, hi)
        return list(zip(keys, pos, strict=True))


#: what ``RULES.content_lead`` skips before "that", in plain ASCII (space and punctuation)
_PLAIN_LEAD: Final = frozenset(" \t\n\r\f\v,:-\u2013\u2014")


#: prepositions whose object an -ing form is, inside a clause: "waver in recognising"
_GERUND_PREPOSITIONS: Final = (" in ", " without ")


def _gerund_object(before: str) -> bool:
    """Whether the text before an -ing form ends in one of ``_GERUND_PREPOSITIONS`` inside
    a clause ("waver in (recognising)"), not one opening it ("..., in (noting) that")."""
    for prep in _GERUND_PREPOSITIONS:
        if before.endswith(prep):
            head = before[: -len(prep)].rstrip()
            return bool(head) and not head.endswith((",", ";", ":", "."))
    return False


#: the closing quotation mark of each opening one
_CLOSING_OF: Final = {'"': '"', "\u201c": "\u201d"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A clause's content without its lead ("that", ":"), trailing punctuation, dangling
    conjunction or the publisher's attribution. Each pattern is tried only where a cheap
    test of its first or last characters allows a match."""
    # the lead's plain-ASCII part by hand; the pattern only where "that" or rarer space may be
    lim = near(start, end)
    i = start
    while i < lim and text[i] in _PLAIN_LEAD:
        i += 1
    c = text[i] if i < lim else ""
    if (c == "t" and text.startswith("that", i, lim)) or (
        c and not (c.isascii() and c.isprintable())
    ):
        m = RULES.content_lead.match(text, start, lim)
        if m:
            start = m.end()
    else:
        start = i
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    if text.endswith(RULES.content_tail_ends, start, end):
        m2 = RULES.content_tail.search(text, start, end)
        if m2 and m2.start() > start:
            end = m2.start()
    else:
        # "(the value of the treaty), while Minister (Berg noted)": the next subject's title
        sp = text.rfind(" ", start, end)
        if sp > start and text[sp + 1].isupper() and text[sp + 1 : end].casefold() in ROLE_NOUNS:
            m2 = RULES.content_tail_titled.search(text, max(start, end - 80), end)
            if m2 and m2.start() > start:
                end = m2.start()
    # "..., the Russian Foreign Ministry said": the publisher's attribution, not content
    lo = max(start, end - 90)
    if text.endswith(RULES.attribution_tail_ends, lo, _rstrip(text, lo, end)):
        m3 = RULES.attribution_tail.search(text, lo, end)
        if m3 and m3.start() > start:
            end = m3.start()
    return start, end


def _first_after_space(s: str) -> str:
    """The first character of ``s`` that is not space ("" if none)."""
    i = 0
    while i < len(s) and s[i].isspace():
        i += 1
    return s[i : i + 1]


def _rstrip(text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` ends without its trailing space."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _quotation(text: str, start: int, end: int) -> Quotation:
    return Quotation.DIRECT if start < end and text[start] in _OPEN_QUOTES else Quotation.INDIRECT


def find_statements(
    doc: Document,
    participants: Sequence[Person],
    m: Matchers,
    engagement: int | None = None,
    res: Resolver | None = None,
    only: frozenset[int] | None = None,
) -> list[Draft]:
    """Every reported-speech clause in the document's prose sentences.

    Per sentence, the first that applies: its reporting cues (``_sentence``); the words
    a "X said:" introduced; a participant opening it with a view ("Retno agrees ...");
    a continuation of the last speaker (next sentence, same or next paragraph, not
    narration); all participants as its subject ("The two countries will ...").
    The engagement sentence counts when it says what was said ("spoke with X
    about Y", "called X to congratulate him on Y"). ``only`` limits the sentences read.
    """
    text = doc.text
    if res is None:
        res = Resolver(participants, m)
    st = _State(binding=m.binding_participles, probing=only is not None)
    if res.n == 2:
        st.gender = _honorific_genders(text, participants)
        st.named_gender = _possessive_genders(text, participants)
        if engagement is not None and ("host" in text or "guest" in text or "visitor" in text):
            host = _host_of(doc, engagement, participants, m)
            if host is not None:
                res.add_host(host)
        if engagement is not None and res.home and " on " in text:
            called = _called_on(doc, engagement, res)
            if called is not None:
                res.home_is(called)
    out: list[Draft] = []
    verbs = _verbs_for(m)
    words = Words(doc)
    # the document's words that can start a reporting verb, once for all sentences
    lows = doc.tok_lower
    at = list(compress(range(len(lows)), map(m.verb_firsts.__contains__, lows)))
    cues_of = _verbs_by_sentence(doc, verbs, at, only)
    first = doc.sentences[0].start if doc.sentences else len(text)
    heading_labels = [
        (h.end, label[0])
        for h in (doc.headings if only is None and ": " in text else ())
        # a headline ("Rouhani: Europe's package falls short") is no turn of a transcript
        if h.start > first and (label := _speaker_label(words, h.start, h.end, res)) is not None
    ]
    # "* * *": a section break, which ends a transcript's last turn
    breaks = [
        h.end
        for h in (doc.headings if "**" in text or "* *" in text or "---" in text else ())
        if h.start > first and RULES.section_break.fullmatch(text, h.start, h.end)
    ]
    if (
        res.joint
        and res.n > 1
        and only is None
        and all(x.sentence < 0 for p in participants for x in p.mentions)
    ):
        # a joint statement whose signatories only its heading names: all of it is theirs
        st.writer = tuple(range(res.n))
    for si, sent in enumerate(doc.sentences):
        while breaks and breaks[0] <= sent.start:
            breaks.pop(0)
            if st.transcript:
                st.end_turn()
        while heading_labels and heading_labels[0][0] <= sent.start:
            # "President of Russia Vladimir Putin: Mr President, colleagues," on a line of
            # its own: the turn starts there, with nothing said yet
            st.start_turn(heading_labels.pop(0)[1], si, sent.paragraph)
        if only is not None and si not in only:
            # a sentence skipped may still open a transcript's turn, whose words follow
            label = _speaker_label(words, sent.start, sent.end, res)
            if label is not None:
                st.start_turn(label[0], si, sent.paragraph)
            continue
        if text.endswith(":", sent.start, sent.end) and RULES.preamble_end.search(
            text, sent.start, sent.end
        ):
            continue  # "The statement issued regarding X's call with Y reads as follows:"
        if st.subject_list is not None and not _list_item(text, sent.start):
            st.subject_list = None  # the list has ended
        if (
            res.n > 1
            and text.endswith(":", sent.start, sent.end)
            and len(text[sent.start : sent.end].split()) <= 4
            and (lead := words.between(sent.start, sent.end - 1)[0])
            and (group := res.resolve_kind(lead)) is not None
            and group[1] == len(lead)
            and group[2] == "group"
        ):
            # "The Ministers:" and a list of what they did, item by item
            st.subject_list = tuple(range(res.n))
            continue
        label = _speaker_label(words, sent.start, sent.end, res)
        if label is not None:
            # "Vladimir Putin: Mr President, thank you ...": a transcript's turn; what
            # follows, to the next speaker's label, is that speaker's
            who, a = label
            st.start_turn(who, si, sent.paragraph)
            a, b = _trim(text, a, sent.end)
            # not "Mr President, colleagues," nor a one-word interjection ("Good.")
            if b > a and not text.endswith(",", a, b) and _says_something(text, a, b):
                out.append(Draft(who, a, b, None, a, "transcript", Quotation.DIRECT))
            continue
        cues = cues_of[si]
        if cues and text.find("keep", sent.start, sent.end) >= 0:
            # "would keep the United Nations informed of ...": a complement, no report
            cues = [
                (cs, ce)
                for cs, ce in cues
                if RULES.keep_before.search(text, max(sent.start, cs - 60), cs) is None
            ]
        if cues and text.find(" over ", sent.start, sent.end) >= 0:
            # "talked over the phone": how they talked, no topic ("talked over the plans")
            cues = [
                (cs, ce)
                for cs, ce in cues
                if not text.endswith(" over", cs, ce)
                or RULES.over_a_line.match(text, ce, near(ce, sent.end)) is None
            ]
        if cues and text.find("shared ", sent.start, sent.end) >= 0:
            # "the alliance and shared security priorities": an adjective, no report
            cues = [(cs, ce) for cs, ce in cues if not _shared_adjective(text, cs, ce)]
        if cues and any(text[cs:ce].casefold() in DOCUMENT_VERBS for cs, ce in cues):
            # "adopted the Kars Declaration": only a joint statement is reported
            cues = [
                (cs, ce)
                for cs, ce in cues
                if text[cs:ce].casefold() not in DOCUMENT_VERBS
                or RULES.joint_document.match(text, ce, near(ce, sent.end)) is not None
            ]
        st.engagement = si == engagement
        st.sentence = si
        if res.n > 2 and engagement is not None and si >= engagement:
            # the engagement sentence itself may name only some ("A and B sent a message to
            # C"; D and E exchange theirs later)
            _track_subgroup(text, sent.start, sent.end, res, st, si == engagement)
        # in a transcript's turn every sentence is the speaker's own words, what they
        # report others said included ("My President asked me to convey his regards")
        if cues and res.n > 1 and not st.transcript:
            # "Darchiashvili, in turn, called X ..., which he said ...": a sentence opening
            # with one participant, by a phrase no other shares, is whom its "he" means
            opener = _sole_opener(words, sent.start, sent.end, res)
            if opener is not None:
                st.last_single = opener
        dm = (
            RULES.document_frame.match(text, sent.start, sent.end)
            if res.n and text.find(":", sent.start, sent.end) >= 0
            else None
        )
        if dm is not None and dm.group("who") and text[dm.end() : dm.end() + 1] in _OPEN_QUOTES:
            # "The Russian President's message reads, in particular: "Fifty years ago, ...":
            # the quotation, in the same sentence, is the writer's
            named = res.resolve_tail(words.between(dm.start("who"), dm.end("who"))[0])
            a, b = _trim(text, dm.end(), sent.end)
            if named is not None and b > a:
                out.append(Draft(named[0], a, b, None, a, "document", _quotation(text, a, b)))
                st.last, st.last_sentence, st.last_paragraph = named[0], si, sent.paragraph
                continue
        drafts = [] if st.transcript else _sentence(words, sent.start, sent.end, res, m, st, cues)
        if (
            not drafts
            and si == engagement
            and res.n > 1
            and text.find(",", sent.start, sent.end) > 0
        ):
            drafts = _writers_named(text, sent.start, sent.end, res)
        if st.subgroup:
            # "Minister A and his counterpart B also exchanged messages, in which they
            # agreed ...": "they" are the two of that exchange, not all the participants
            for d in drafts:
                if d.via in ("group", "pronoun") and len(d.speakers) == res.n:
                    d.speakers = st.subgroup
                elif d.via == "team" and not set(d.speakers) <= set(st.subgroup):
                    # "the Vietnamese leaders": those of the side in this exchange only
                    mine = tuple(i for i in d.speakers if i in st.subgroup)
                    if mine:
                        d.speakers = mine
        if (
            st.writer
            and not drafts
            # in a joint statement a side's own sentence stays that side's ("Italy intends")
            and not (len(st.writer) > 1 and _subject_view(words, sent.start, sent.end, res))
        ):
            # the text of a letter: its writer's, but for salutation and closing lines (and
            # a joint statement's "Today we met in Brussels", which only says who met)
            if si == engagement:
                continue
            a, b = _trim(text, sent.start, sent.end)
            if st.transcript and b > a:
                # not a one-word interjection ("Welcome.") nor a stage note in brackets
                # ("(The talks continued behind closed doors.)")
                if not text[sent.start : sent.end].lstrip().startswith("(") and _says_something(
                    text, a, b
                ):
                    out.append(Draft(st.writer, a, b, None, a, "transcript", Quotation.DIRECT))
            elif (
                b > a
                and not RULES.letter_form.match(text, sent.start, b)
                # "Minister X accompanied the Prime Minister during the visit": told (not
                # the writers' own "we were joined by ...")
                and not (_narration_anywhere(text, a, b) and not _first_person(text, a, b))
            ):
                rule = "joint-text" if res.joint and len(st.writer) > 1 else "letter"
                who = st.writer
                side = _side_speaks(words, a, b, res) if rule == "joint-text" else None
                if (
                    side is None
                    and rule == "joint-text"
                    and text.startswith("It ", a)
                    and out
                    and out[-1].rule == "joint-text"
                    and len(out[-1].speakers) == 1
                    and doc.sentence_index(out[-1].start) == si - 1
                    and RULES.present_verb.match(text, a + 3, near(a + 3, b)) is not None
                ):
                    side = out[-1].speakers  # "The EU welcomes this. It stands ready to ..."
                if side is not None:
                    # "The EU pays tribute to ...": one side's own sentence in the text the
                    # sides wrote together ("..., and both governments will ...": theirs)
                    cut = text.find(", and ", a, b)
                    if cut > 0 and _joint_subject(words, cut + 6, b, res):
                        out.append(Draft(side, a, cut, None, a, rule, _quotation(text, a, cut)))
                        a = cut + 6
                    else:
                        who = side
                out.append(Draft(who, a, b, None, a, rule, _quotation(text, a, b)))
            continue
        if (
            drafts
            and drafts[0].cue in WELCOME_CUES
            and (engagement is None or si <= engagement or len(drafts) == 1)
        ):
            # "X welcomed Y to the White House": the visit itself, not a statement (after
            # the engagement, "1. X welcomed Y to Tokyo and stated ...": the host's words)
            drafts = [
                d
                for d in drafts
                if not _welcome_to(text, d, res)
                and not (si == engagement and _welcome_guest(text, d, res))
            ]
        if si == engagement and participants:
            if res.n == 2:
                pm = RULES.own_counterpart.search(text, sent.start, sent.end)
                if pm is not None:
                    # "X has written to her Mozambican counterpart": the caller's own
                    st.gender.setdefault(
                        _counterpart_owner(pm.start(), pm.end(), sent.start, res),
                        "m" if pm.group("p") == "his" else "f",
                    )
            if not st.last_single:
                # "X spoke with Y. She underlined ...": the engagement's subject, named first
                st.last_single = (0,)
            # the topic of the engagement sentence, unless a cue there already reports it
            wm = RULES.writings_exchanged_first.match(
                text, after_dateline(text, sent.start, sent.end), sent.end
            )
            topic = []
            if wm is not None:
                # "Messages of congratulation were exchanged by A and B": the messages,
                # theirs (those named after "by", when more take part)
                topic = _passive_reports(text, sent.start, sent.end, res)
                by = tuple(
                    i
                    for i, p in enumerate(participants)
                    if any(wm.end() <= x.start < sent.end for x in p.mentions)
                )
                for t in topic:
                    t.speakers = by if len(by) >= 2 else t.speakers
            topic = topic or _engagement_topic(text, sent.start, sent.end, res)
            drafts = [
                t for t in topic if not any(d.start < t.end and t.start < d.end for d in drafts)
            ] + drafts
        if (
            res.joint
            and res.n > 1
            and not st.writer
            and text.endswith(":", sent.start, sent.end)
            and RULES.statement_frame.search(text, sent.start, sent.end) is not None
        ):
            # "A and B issued the following joint statement:": what follows is the text
            # the sides wrote together, every sentence theirs (a side's own stays its own)
            st.writer = tuple(range(res.n))
            if not drafts:
                continue
        if (
            res.first_person
            and res.n > 1
            and not st.writer
            and text.startswith("We, ", sent.start)
            and text.find(",", sent.start + 4, sent.end) >= 0
        ):
            # "We, Prime Minister A and Prime Minister B, met ...": the writers of a joint
            # statement name themselves; what follows is theirs, sentence by sentence
            st.writer = tuple(range(res.n))
        if drafts and any(text.startswith(_CONTENT_OPENER_STARTS, d.start) for d in drafts):
            kept = _without_openers(text, drafts)
            if not kept:
                # "Putin noted, in particular:": the quotation that follows is his
                st.last, st.last_sentence, st.last_paragraph = (
                    drafts[-1].speakers,
                    si,
                    sent.paragraph,
                )
                continue
            drafts = kept
        if drafts and si != engagement and res.n > 1:
            drafts = _event_topic_before(text, sent.start, sent.end, drafts, res.n) + drafts
            # "Regional developments were reviewed as well, and both sides called on ...": a
            # passive report before the first cue
            first = min(d.cue_start for d in drafts)
            if first > sent.start and drafts[0].rule != "passive":
                drafts = _passive_reports(text, sent.start, first, res) + drafts
            # "We will work together to X, and we have asked Y to ...": the first clause,
            # all participants' own, before the clause the cue is in
            cut = text.rfind(", and ", sent.start, first)
            if cut > sent.start and all(d.start >= cut for d in drafts):
                js, je = _trim(text, sent.start, cut)
                if _joint_subject(words, sent.start, cut, res):
                    everyone = tuple(range(res.n))
                    drafts.insert(
                        0,
                        Draft(
                            everyone, js, je, None, js, "joint-subject", _quotation(text, js, je)
                        ),
                    )
                elif (side := _side_speaks(words, sent.start, cut, res)) is not None:
                    # "The United States intends to X, and the two leaders agreed to Y": the
                    # first clause its side's participant's own
                    drafts.insert(
                        0, Draft(side, js, je, None, js, "subject-view", _quotation(text, js, je))
                    )
        if drafts:
            st.agreed_list = None  # a new report ends the list
        if (
            drafts
            and drafts[-1].cue is not None
            and text.startswith(":", drafts[-1].end)
            and RULES.list_intro.fullmatch(text, drafts[-1].start, drafts[-1].end) is not None
        ):
            # "The two ministers agreed to:": what they agreed follows, item by item
            d = drafts.pop()
            st.agreed_list = (d.speakers, d.cue or "", d.cue_start)
            st.last, st.last_sentence, st.last_paragraph = d.speakers, si, sent.paragraph
            if not drafts:
                continue
        if drafts:
            if res.n == 2:
                _not_own_counterpart(text, drafts, res)
                _learn_gender(text, drafts, st)
            out.extend(drafts)
            st.last = drafts[-1].speakers
            st.last_draft = drafts[-1]
            for d in reversed(drafts):
                if len(d.speakers) == 1:
                    st.last_single = d.speakers
                    break
            st.last_sentence = si
            st.last_paragraph = sent.paragraph
            continue
        passive = (
            _passive_reports(text, sent.start, sent.end, res)
            if si != engagement or RULES.topic_first.match(text, sent.start, sent.end)
            else []
        )
        if passive:
            # "The latest developments were discussed": what all the participants did
            out.extend(passive)
            st.last, st.last_sentence, st.last_paragraph = passive[-1].speakers, si, sent.paragraph
            continue
        if st.introduced:
            st.last, st.last_sentence, st.last_paragraph = st.introduced, si, sent.paragraph
            st.introduced = ()
            continue
        if cues and text.endswith(":", sent.start, sent.end):
            # "British Ambassador X said:": someone who takes no part introduces his words
            st.last = ()
            continue
        if (
            cues
            and all(p.name for p in participants)
            and _said_by_other(words, sent.start, sent.end, res)
        ):
            # '"...," said Chen Xin, a researcher': someone who takes no part said it (a
            # name no participant has, when every participant is named)
            st.last = ()
            continue
        fm = (
            RULES.full_text_frame.fullmatch(text, sent.start, sent.end)
            if text.find("text of", sent.start, sent.end) >= 0
            else None
        )
        if fm is not None:
            hit = res.resolve_tail(words.between(fm.start("who"), fm.end("who"))[0])
            if hit is not None:
                st.writer = hit[0]  # "The full text of X's letter is below."
                continue
        dm = (
            RULES.document_frame.fullmatch(text, sent.start, sent.end)
            if res.n and text.endswith(":", sent.start, sent.end)
            else None
        )
        if dm is not None:
            # "The message reads, in part:": what follows is the sender's, the last single
            # speaker or else the participant the engagement sentence names first; "The
            # message from the President of Russia reads, in part:", the one it names
            named = (
                res.resolve_tail(words.between(dm.start("who"), dm.end("who"))[0])
                if dm.group("who")
                else None
            )
            st.last = named[0] if named else st.last_single or st.last or (0,)
            st.last_sentence, st.last_paragraph = si, sent.paragraph
            continue
        view = _subject_view(words, sent.start, sent.end, res)
        if view is not None:
            who, present = view
            if len(who) > 1 and si == st.last_sentence + 1 and set(st.last) < set(who):
                who = st.last  # "Vietnam will ...", right after one of two Vietnamese spoke
            if not present or si == engagement or _narration_anywhere(text, sent.start, sent.end):
                # "Li arrived in ...", "The Uzbek President is scheduled to visit ...": the
                # publisher narrates again
                st.last = ()
                continue
            a, b = _trim(text, sent.start, sent.end)
            if b > a:
                out.append(Draft(who, a, b, None, a, "subject-view", _quotation(text, a, b)))
                st.last, st.last_sentence, st.last_paragraph = who, si, sent.paragraph
                if len(who) == 1:
                    st.last_single = who
            continue
        if st.last and si == st.last_sentence + 1 and text.endswith(":", sent.start, sent.end):
            # "At the end of their meeting, they released the following statement:": what
            # follows is theirs, the frame is narration
            st.last_sentence, st.last_paragraph = si, sent.paragraph
            continue
        if (
            st.last
            and si == st.last_sentence + 1
            # after a side's own sentence in the publisher's voice ("Morocco will ...",
            # "India reaffirmed ..."), a sentence whose subject is all the sides is theirs,
            # not a continuation
            and not (
                out
                and (
                    (
                        out[-1].rule == "subject-view"
                        # (not one amid the speaker's words in the same paragraph: "Yang
                        # said ... China is willing to ... China and Kazakhstan should ...")
                        and not (
                            len(out) > 1
                            and out[-2].speakers == out[-1].speakers
                            and text.find("\n", out[-2].end, out[-1].start) < 0
                        )
                    )
                    or out[-1].via == "side"
                    # a joint statement's "We ...": the writers, all of them
                    or (res.first_person and text.startswith("We ", sent.start))
                    # in a joint statement, "Both sides will ..." after one leader's words
                    or res.joint
                )
                and res.n > 1
                and _joint_subject(words, sent.start, sent.end, res)
            )
            # "The leaders also focused on X": the publisher's words about the people
            # taking part (a speaker says "the two sides", not "the two Prime Ministers")
            and not (res.n > 1 and _joint_subject(words, sent.start, sent.end, res, people=True))
            and sent.paragraph - st.last_paragraph <= 1
            and not RULES.narration.match(text, sent.start, near(sent.start, sent.end))
            and not _narration_anywhere(text, sent.start, sent.end)
            # "Lavrov brought a gift from Moscow", "Muscat will also travel to ...": a
            # participant's doing, narrated (the speaker's own past verb may be more of
            # what they said: "The Head of State also drew the attention of ...")
            and (
                (told := _narrated_actor(words, sent.start, sent.end, res)) is None
                or (told[0] == st.last and not told[1])
            )
            and not _other_person_opens(words, sent.start, sent.end, res, m)
        ):
            a, b = _trim(text, sent.start, sent.end)
            item = st.agreed_list if st.agreed_list and _list_item(text, sent.start) else None
            st.agreed_list = item
            if b > a and item is not None:
                # "1. strengthen coordination ...": one thing the speakers agreed to
                who, cue, cue_start = item
                out.append(Draft(who, a, b, cue, cue_start, "list-item"))
                st.last_sentence, st.last_paragraph = si, sent.paragraph
            elif b > a:
                out.append(Draft(st.last, a, b, None, a, "continuation", _quotation(text, a, b)))
                st.last_sentence = si
                st.last_paragraph = sent.paragraph
            continue
        if (
            res.n > 1
            and si != engagement
            and _joint_subject(words, sent.start, sent.end, res)
            # "The two Prime Ministers met ... and issued the following statement"
            and not _narration_anywhere(text, sent.start, sent.end)
            and RULES.issued_frame.search(text, sent.start, sent.end) is None
        ):
            # "The two countries will ...", "Singapore and New Zealand reaffirm ...": all of them
            a, b = _trim(text, sent.start, sent.end)
            if b > a:
                if res.author is not None and _writers_we(words, sent.start, sent.end):
                    # "We will deliver ...": in one writer's release, the writer's side
                    out.append(
                        Draft((res.author,), a, b, None, a, "writer", _quotation(text, a, b))
                    )
                else:
                    everyone = tuple(range(res.n))
                    out.append(
                        Draft(everyone, a, b, None, a, "joint-subject", _quotation(text, a, b))
                    )
                    # what follows may go on with their words
                    st.last, st.last_sentence, st.last_paragraph = everyone, si, sent.paragraph
    return _quoted_runs(doc, out) if only is None else out


def _first_person(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` speaks in the first person plural ("we", "our", "us", not "US")."""
    return RULES.first_person_plural.search(text, a, b) is not None


def _host_of(
    doc: Document, engagement: int, participants: Sequence[Person], m: Matchers
) -> int | None:
    """Which of two participants hosts the engagement: the one of the country the
    engagement sentence places it in ("held talks in Hanoi", "his visit to Vietnam"), or
    failing that the dateline's ("HANOI, May 3")."""
    text = doc.text
    sent = doc.sentences[engagement]
    places = [pm.group("p") for pm in RULES.engagement_place.finditer(text, sent.start, sent.end)]
    dateline = dateline_place(doc)
    if dateline is not None:
        places.append(dateline)
    for place in places:
        iso = m.country(place)
        hosts = [i for i, p in enumerate(participants) if iso and p.country == iso]
        if len(hosts) == 1:
            return hosts[0]
    return None


def _called_on(doc: Document, engagement: int, res: Resolver) -> int | None:
    """Of two participants, the one the engagement sentence says the other "called on"
    ("NATO's Secretary General called on the Secretary-General in his office"): the host,
    whose office a shared title names in the host's own readout."""
    text, sent = doc.text, doc.sentences[engagement]
    for cue in VISIT_CUES:
        at = text.find(cue + " ", sent.start, sent.end)
        if at < 0:
            continue
        at += len(cue) + 1
        at += 4 if text.startswith(("the ", "The "), at) else 0
        i = bisect_left(res.spans, (at,))
        if i < len(res.spans) and res.spans[i][0] == at:
            return res.spans[i][2]
    return None


def _list_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a numbered or bulleted line ("1. ...")."""
    line = text.rfind("\n", 0, start) + 1
    return RULES.list_marker.match(text, line, start + 1) is not None


def _opening_quote(text: str, a: int, b: int) -> int | None:
    """Where a quotation still open at ``b`` opened, from ``a`` on (None if none is)."""
    curly_open, curly_close = text.rfind("\u201c", a, b), text.rfind("\u201d", a, b)
    if curly_open > curly_close:
        return curly_open
    if curly_open < 0 and text.count('"', a, b) % 2 == 1:
        return text.rfind('"', a, b)
    return None


#: the most sentences a quotation opened after a speaker's cue is followed over
_QUOTED_SENTENCES: Final = 8


def _quoted_runs(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """A quotation of several sentences is the speaker's whom its end attributes it to.

    In \u201cA. B,\u201d said X. the postposed speaker X is found only in the last
    sentence; the sentences from the opening quote mark on (same paragraph) are X's
    too. Their drafts without a cue of their own (a continuation, a joint subject, a
    view) give way; a sentence with no draft gets one ("quoted-run"). In X said:
    \u201cA. B.\u201d a joint statement's "we" in B is X's alone.
    """
    text = doc.text
    sentences = doc.sentences
    runs: list[tuple[int, int, tuple[int, ...]]] = []
    #: sentences inside a quotation a cue before it attributes, by who said it
    quoted: dict[int, tuple[int, ...]] = {}
    for d in drafts:
        if d.cue is not None and d.rule != "postposed" and d.quotation is Quotation.DIRECT:
            # X said: \u201cA. B.\u201d: the sentences up to the closing mark are X's too
            si = doc.sentence_index(d.start)
            if si < 0 or _opening_quote(text, d.start, sentences[si].end) is None:
                continue
            # (a few sentences at most: bounded work on a quotation never closed)
            k = si + 1
            while (
                k < min(len(sentences), si + _QUOTED_SENTENCES)
                and sentences[k].paragraph == sentences[si].paragraph
            ):
                if _opening_quote(text, sentences[si].start, sentences[k].end) is None:
                    quoted.update(dict.fromkeys(range(si + 1, k + 1), d.speakers))
                    break
                k += 1
            continue
        if d.rule != "postposed":
            continue
        si = doc.sentence_index(d.start)
        if si <= 0 or text[sentences[si].start] in '"\u201c':
            continue
        para = sentences[si].paragraph
        first = si
        while first > 0 and sentences[first - 1].paragraph == para:
            first -= 1
        opened = _opening_quote(text, sentences[first].start, d.start)
        if opened is None or opened >= sentences[si].start:
            continue
        q = doc.sentence_index(opened)
        runs.append((q, si, d.speakers))
    for d in drafts:
        if d.rule == "joint-subject":
            # a joint statement's "We are determined ..." inside one speaker's quotation
            d.speakers = quoted.get(doc.sentence_index(d.start), d.speakers)
    if not runs:
        return drafts
    owner: dict[int, tuple[int, ...]] = {}
    for q, si, who in runs:
        for k in range(q, si):
            owner[k] = who
    out: list[Draft] = []
    seen: set[int] = set()
    for d in drafts:
        k = doc.sentence_index(d.start)
        if k in owner and d.cue is None:
            if k not in seen:
                d.speakers, d.rule = owner[k], "quoted-run"
                out.append(d)
                seen.add(k)
            continue
        if k in owner:
            seen.add(k)
        out.append(d)
    for k, who in owner.items():
        if k not in seen:
            a, b = _trim(text, sentences[k].start, sentences[k].end)
            if b > a:
                out.append(Draft(who, a, b, None, a, "quoted-run", _quotation(text, a, b)))
    out.sort(key=lambda d: (d.start, d.end))
    return out


#: the first letters of ``RULES.content_opener``'s phrases (a cheap test before it)
_CONTENT_OPENER_STARTS: Final = ("in particular", "among other", "inter alia")


def _without_openers(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drafts without a leading "in particular," / "among other things:" (Putin "noted,
    in particular:" and the quotation follows); one left with nothing is dropped."""
    out = []
    for d in drafts:
        om = RULES.content_opener.match(text, d.start, d.end)
        if om is not None:
            d.start = om.end()
        if d.end > d.start:
            out.append(d)
    return out


def _track_subgroup(
    text: str, a: int, b: int, res: Resolver, st: _State, engagement: bool = False
) -> None:
    """Update ``st.subgroup`` from a sentence that reports an engagement ("In the afternoon,
    the High Representative met with X", "A and B also exchanged messages"), or from the
    engagement sentence: the participants it names, when they are two or more but not all."""
    if not engagement and RULES.further_engagement.search(text, a, b) is None:
        return
    lo = bisect_left(res.spans, (a, -1, -1))
    hi = bisect_left(res.spans, (b, -1, -1), lo)  # bounded: linear time over the text
    named = {i for _, _, i in res.spans[lo:hi]}
    if len(named) == res.n:
        st.subgroup = ()
    elif len(named) >= 2:
        st.subgroup = tuple(sorted(named))


def _says_something(text: str, a: int, b: int) -> bool:
    """Whether a transcript's words ``text[a:b]`` say more than one word or a formula
    ("Good.", "Thank you.", "And one more thing.")."""
    return " " in text[a:b].strip() and not RULES.transcript_filler.fullmatch(text, a, b)


def _gerund_subject(
    text: str, drafts: list[Draft], pending: Draft | None, comma: int
) -> int | None:
    """Where a postposed statement starts when the sentence's opening participle runs to
    the attribution's comma ("Raising duties solves no problem, he said."): a gerund
    subject, not a participle leading the speaker's clause; its draft is dropped."""
    if (
        pending is None
        or not drafts
        or drafts[-1] is not pending
        or pending.speakers
        or text.find(",", pending.cue_start, comma) >= 0
    ):
        return None
    drafts.pop()
    return pending.cue_start


def _postposed_content(
    text: str,
    drafts: list[Draft],
    pending: Draft | None,
    prev_end: int,
    comma: int,
) -> tuple[int, int, bool]:
    """The content of a postposed attribution ("..., Wang said."): from the clause's start,
    or a gerund subject's, to the attribution's comma; the draft before it ends there.
    Also whether the pending participle was that gerund subject (and is used up)."""
    last = drafts[-1] if drafts else None
    if (
        last is not None
        and last.rule == "subject-verb"
        and last.via == "side"
        and last.subject is not None
        and last.subject[0] < prev_end < comma
    ):
        # "Norway valued its ties with Chile and saw scope for more, he said", "Poland
        # recognized X early, Wang said": the side's sentence is what the speaker said,
        # its subject included (whoever's side it is)
        drafts.pop()
        prev_end = last.subject[0]
    opening = _gerund_subject(text, drafts, pending, comma)
    s, e = _trim(text, after_dateline(text, opening or prev_end, comma), comma)
    if drafts and drafts[-1].end > s:
        drafts[-1].end = max(drafts[-1].start, s)
    return s, e, opening is not None


def _opening_phrase(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is only a short prepositional phrase ("In his message",
    "During the talks"): what opens a sentence, not what a speaker said."""
    words = text[a:b].split()
    if len(words) > 2 and words[1] == "by" and words[0][:1].isupper() and words[0].endswith("ed"):
        return True  # "Guided by the consensus of the two heads of state, Wang said, ..."
    return 0 < len(words) <= 5 and words[0] in OPENING_PREPOSITIONS


#: what a sentence opening with ``RULES.event_topic`` starts with
_EVENT_FIRSTS: Final = (
    "The ",
    "the ",
    "Their ",
    "their ",
    "Discussions ",
    "Discussion ",
    "Talks ",
    "Consultations ",
)


def _event_topic_before(text: str, a: int, b: int, drafts: list[Draft], n: int) -> list[Draft]:
    """ "The talks also touched on X, with the two leaders stressing Y": what the
    engagement covered (everyone's), up to the comma before the sentence's first cue."""
    if not text.startswith(_EVENT_FIRSTS, a):
        return []
    em = RULES.event_topic.match(text, a, near(a, b))
    if em is None or any(d.start < em.end() for d in drafts):
        return []
    cut = text.rfind(",", em.end(), min(d.cue_start for d in drafts))
    if cut < 0:
        return []
    s, e = _trim(text, em.end(), cut)
    return [Draft(tuple(range(n)), s, e, em.group("v"), em.start("v"), "passive")] if e > s else []


#: the first words of the passive reports any topic, of one word too, can be the subject
#: of: "(Ukraine) was among the topics raised", "was (high) on the agenda", "featured in"
_ONE_WORD_TOPIC: Final = frozenset(
    {"among", "on", "high", "top", "prominently", "firmly", "featured", "figured"}
)


def _passive_reports(text: str, a: int, b: int, res: Resolver) -> list[Draft]:
    """Passive reports in a sentence, one per clause ("X were discussed and Y was also
    underscored"): all the participants' statements whose content is the subject."""
    if res.n < 2:
        return []
    sentence = text[a:b]
    everyone = tuple(range(res.n))
    if "took place" in sentence:
        tp = RULES.talk_took_place.match(text, a, b)
        if tp is not None:
            s, e = _trim(text, tp.start("topic"), tp.end("topic"))
            return [Draft(everyone, s, e, "took place", tp.start(), "passive")]
    if sentence.startswith(_EVENT_FIRSTS):
        em = RULES.event_topic.match(text, a, near(a, b))
        if em is not None:
            # "The meeting also touched on X": what the engagement covered, everyone's
            s, e = _trim(text, em.end(), b)
            if e > s:
                return [Draft(everyone, s, e, em.group("v"), em.start("v"), "passive")]
    if not any(w in sentence for w in RULES.passive_report_words):
        return []
    out: list[Draft] = []
    lo = a = after_dateline(text, a, b)  # "BEIJING, May 12 (Xinhua) -- X were exchanged"
    for pm in RULES.passive_report.finditer(text, a, b):
        # the first clause's subject opens the sentence; a later one follows "and" or ";"
        sm = (
            RULES.passive_next_clause.match(text, lo, pm.start())
            if lo > a
            else RULES.passive_lead.match(text, lo, pm.start())  # "In the conversation, X was"
        )
        s0 = sm.end() if sm else lo
        # after "In the conversation," one word is topic enough ("Ukraine was discussed")
        # and "X was among the topics raised", "X was on the agenda" say it of any topic
        any_topic = pm.group("v").partition(" ")[0] in _ONE_WORD_TOPIC
        least = 1 if (sm is not None and lo == a) or any_topic else 2
        lo = pm.end()
        vm = RULES.views_subject.fullmatch(text, s0, pm.start())
        views = vm is not None
        if vm is not None:
            # "Views were exchanged on Z": the topic, to the sentence's end, is the content
            tm = RULES.views_topic.match(text, pm.end(), near(pm.end(), b))
            if tm is None and vm.group("lead"):
                # "On the Korean Peninsula, views were also exchanged.": the lead's topic
                s, e = _trim(text, vm.start("lead"), vm.end("lead"))
                if e > s:
                    out.append(Draft(everyone, s, e, pm.group("v"), pm.start("v"), "passive"))
                break
            if tm is None:
                continue
            s, e = _trim(text, tm.end(), b)
            # "Views were exchanged on X, and both ministers (agreed ...)": the topic stops
            # where the next clause's subject starts
            nc = RULES.next_subject_clause.search(text, s, e)
            if nc is not None and nc.start() > s:
                s, e = _trim(text, s, nc.start())
            if vm.group("lead"):
                s = vm.start("lead")  # "On regional issues, views were exchanged on X": both
        elif pm.group("v") in _ATTENTION_ONLY:
            continue  # "X was given a warm welcome": "given" reports only attention
        else:
            s, e = _trim(text, s0, pm.start())
        subject = text[s:e].split()
        if (
            len(subject) >= least
            and subject[0].casefold() not in RELATIVE_WORDS
            and not RULES.passive_not_topic.search(text, s, e)
            # "A number of documents were exchanged": a ceremony
            and not (pm.group("v") == "exchanged" and RULES.exchanged_objects.search(text, s, e))
        ):
            out.append(Draft(everyone, s, e, pm.group("v"), pm.start("v"), "passive"))
        if views:
            break
    return out


#: words before a group noun that make it others ("allied leaders", "world leaders"; not
#: "the other leaders", the rest of the participants, nor "the Central Asian leaders")
_OTHER_GROUP_WORDS: Final = frozenset("allied world former previous opposition g20 g7".split())

#: the quotation marks that open a quotation
_OPEN_QUOTES: Final = frozenset({'"', "\u201c", "'", "\u2018"})

#: cues that recall a past event, whose own verbs report nothing more (not the
#: participle "Recalling that X, Y thanked ...", which leads the main clause)
_RECALLING: Final = frozenset({"recalled", "reminded", "recounted"})

#: verbs of saying that take "that" and what was said ("said on Monday that"), not a
#: topic ("discussed on the importance of ensuring that")
_PLAIN_SAYING: Final = SAYING_VERBS | {"says", "wrote", "declared"}

#: a content of one conjunction ("the priorities they discussed, and ..."): nothing said
_CONJUNCTIONS: Final = frozenset({"and", "but", "or", "while"})

#: reporting verbs that are also adjectives before a noun ("open, trading economies")
_TRADE_VERBS: Final = frozenset({"trading", "exchanging"})

#: passive verbs that report a topic only after "attention": "Attention was given to X"
_ATTENTION_ONLY: Final = frozenset({"given", "devoted", "dedicated"})


def _narration_anywhere(text: str, a: int, b: int) -> bool:
    """Whether the sentence has narration anywhere ("were present"), its words first."""
    sentence = text[a:b]
    return any(w in sentence for w in RULES.narration_anywhere_words) and (
        RULES.narration_anywhere.search(text, a, b) is not None
    )


def _joint_subject(w: Words, a: int, b: int, res: Resolver, *, people: bool = False) -> bool:
    """Whether a sentence opens with all participants as its subject; ``people``: by a
    group phrase that names persons ("the leaders", "the interlocutors"), not sides."""
    a = after_dateline(w.text, a, b)  # "BEIJING, Oct. 26 (Xinhua) -- A and B held ..."
    words, starts = w.between(a, min(b, a + 120))
    words = words[:14]
    if people and (not words or words[0] not in _PEOPLE_FIRST):
        return False
    if "and" in words[:5] and not people:
        # "Singapore and New Zealand will ...", "The Secretary and the Minister agreed ..."
        i = words.index("and")
        first = res.resolve_kind(words[:i])
        if first is None or (
            first[1] != i and not _titled_name(w.text, a, starts, i, first)  # "Premier Wen"
        ):
            return False
        # "Premier Wen and visiting Polish Prime Minister Tusk held talks"
        j = i + 2 if i + 1 < len(words) and words[i + 1] in _PAIR_SECOND_LEADS else i + 1
        for k in range(min(len(words) - 1, j + 6), j, -1):
            second = res.resolve_kind(words[j:k])
            if second is not None and second[1] == k - j:
                who = set(first[0]) | set(second[0])
                return len(who) == res.n and words[k] not in {"s", "of"}
        return False
    for k in range(min(len(words) - 1, 6), 0, -1):
        if not res.may_end(words[k - 1]):
            continue  # no phrase ends there
        hit = res.resolve_kind(words[:k])
        if hit is None or hit[1] != k:
            continue
        if people and words[k - 1] not in PEOPLE_GROUP_NOUNS:
            return False
        return hit[2] == "group" and words[k] not in {"s", "of"}
    return False


#: verbs of a decision taken together, which report it after "and" with no comma as well:
#: "The three ministers signed an MoU and agreed to hold ..."
_JOINT_DECISION_VERBS: Final = frozenset({"agreed", "decided", "pledged", "resolved", "vowed"})

#: a word before the second of a pair of subjects that is no part of its name: "A and
#: visiting B", "A and his counterpart B"
_PAIR_SECOND_LEADS: Final = frozenset({"visiting", "his", "her", "the"})

#: the words of a longer gap between "and" and the second of a pair ("A and his visiting
#: Finnish counterpart B"): besides these, one more (the demonym) is allowed
_PAIR_GAP_WORDS: Final = _PAIR_SECOND_LEADS | {"counterpart", "guest", "host"}


def _proposal_relative(text: str, words: Sequence[str], starts: Sequence[int], j: int) -> bool:
    """Whether the subject after word ``j`` (title words before it aside) follows "an idea",
    "the initiative" with nothing between: a relative clause ("an idea President Xi put
    forward"), whose verb reports nothing of this engagement."""
    end = starts[j + 1] if j + 1 < len(starts) else len(text)
    while j >= 1 and text[starts[j]].isupper():
        j -= 1
    return (
        j >= 1
        and words[j] in PROPOSAL_NOUNS
        and words[j - 1] in ARTICLES
        and not any(c in ',;:()"\u201c' for c in text[starts[j] : end])
    )


#: the most words between "and" and the second of a pair ("visiting Sri Lankan Prime
#: Minister")
_PAIR_GAP_MAX: Final = 5

#: the first word of a group phrase naming persons: "The leaders", "Both ministers"
_PEOPLE_FIRST: Final = frozenset({"the", "both", "all", "two"})


#: lower-case words a speaker label's title may have ("President of the Republic")
_LABEL_LOWER: Final = frozenset({"of", "the", "and", "for"})


def _shared_adjective(text: str, cs: int, ce: int) -> bool:
    """Whether the cue at ``cs`` is "shared" before a noun it qualifies ("shared security
    priorities", ``SHARED_NOUNS``) rather than the verb ("shared the view that")."""
    if text[cs:ce] != "shared":
        return False
    if RULES.before_adjective.search(text, max(0, cs - 8), cs) is not None:
        return True  # "a shared stake in", "their shared interest": after an article
    nxt = RULES.word.search(text, ce, min(len(text), ce + 40))
    return nxt is not None and nxt.group().casefold() in SHARED_NOUNS


def _speaker_label(w: Words, a: int, b: int, res: Resolver) -> tuple[tuple[int, ...], int] | None:
    """A transcript's speaker label opening a paragraph ("President of Russia Vladimir
    Putin: ...", "Tokayev: ..."): the one participant it names, by name, and where the
    words after it start."""
    text = w.text
    if (a and text[a - 1] != "\n") or text.find(": ", a, near(a, b)) < 0:
        return None
    lm = RULES.speaker_label.match(text, a, near(a, b))
    if lm is None:
        return None
    words, starts = w.between(a, lm.end("label"))
    hit = res.resolve_kind(words)
    if hit is None or len(hit[0]) != 1 or hit[2] != "person":
        return None
    # the words before the name are a title ("President of Russia"), not a headline's
    # ("PM call with President Kenyatta: 14 February")
    before = text[a : starts[len(words) - hit[1]]].split()
    if not all(x[:1].isupper() or x in _LABEL_LOWER for x in before):
        return None
    return hit[0], lm.end()


def _writers_named(text: str, a: int, b: int, res: Resolver) -> list[Draft]:
    """ "Today, we, A of X and B of Y, express our sympathy to ...": a joint statement's
    opening names its writers after "we"; what follows the verb is theirs."""
    wm = RULES.we_apposed_verb.match(text, a, b)
    if wm is None or wm.group("v") in CLAUSE_WORDS or _past_cue(wm.group("v")):
        return []  # (not "We, A and B, met in London today": who met, said nothing)
    if wm.group("v") in ("have", "had") and _past_cue(text[wm.end() : wm.end() + 20].lower()):
        return []  # "We, A and B, have met in Brussels and issue the following ..."
    named = tuple(
        sorted({i for s, e, i in res.spans if wm.start("who") <= s and e <= wm.end("who")})
    )
    s, e = _trim(text, wm.end(), b)
    if len(named) < 2 or e <= s:
        return []
    return [Draft(named, s, e, wm.group("v"), wm.start("v"), "writers", _quotation(text, s, e))]


def _writers_we(w: Words, a: int, b: int) -> bool:
    """Whether a sentence opens "We will", "We are", "We remain" (adverbs aside): in a
    release one writer signs, an undertaking or a stance of the writer's own side, where
    "We discussed" or "We agreed" is what the participants did together."""
    words = w.between(a, min(b, a + 60))[0][:6]
    if words[:1] != ["we"]:
        return False
    rest = [x for x in words[1:] if not is_adverb(x, False)]
    if not rest or rest[0] not in WRITER_VERBS:
        return False
    # "We will keep working together": both sides again
    return JOINT_WORDS.isdisjoint(w.between(a, b)[0])


def _subject_view(
    w: Words, a: int, b: int, res: Resolver, *, sides_only: bool = False
) -> tuple[tuple[int, ...], bool] | None:
    """A sentence opening with a participant (by name or title) as its subject: who, and
    whether the verb states a view in the present ("Retno agrees with ..."); after an
    opening adverbial ("Meanwhile, the Chinese side remains committed to ..."), a side."""
    text = w.text
    if not sides_only:
        om = RULES.opening_adverbial.match(text, a, near(a, b))
        if om is not None and text.startswith(",", om.end()):
            return _subject_view(w, om.end() + 1, b, res, sides_only=True)
    words, starts = w.between(a, min(b, a + 80))
    words = words[:7]
    if len(words) > 3 and words[1] == "and" and _pair_then(w, starts, b, res, words):
        return (), False  # "Xi and Trong then watched ...": narration
    for k in range(min(len(words) - 1, 5), 0, -1):
        if not res.may_end(words[k - 1]):
            continue  # no phrase ends there
        hit = res.resolve_kind(words[:k])
        if hit is None or (hit[1] != k and not _titled_name(text, a, starts, k, hit)):
            continue
        if hit[2] == "group" or (sides_only and hit[2] not in ("side", "team")):
            return None  # "The two countries will ...": for the joint-subject rule
        if hit[2] == "side" or hit[2] == "team":
            # "The EU intends to ...", "Morocco will ...": a side's own undertaking
            at = starts[k]
            aside = RULES.side_aside.match(text, at, near(at, b))
            if aside is not None:
                at = aside.end()  # "Indonesia, for its part, is ready to ..."
            nxt = text[at : at + 30]
            if RULES.side_undertaking.match(nxt) is None:
                continue
            return hit[0], True
        nxt = text[starts[k] : starts[k] + 20]
        vm = RULES.view_verb.match(nxt)
        if (
            vm is None
            and hit[1] == k
            and RULES.person_part_aside.match(text, starts[k], near(starts[k], b)) is not None
        ):
            return hit[0], True  # "Bin Alawi, for his part, called the relationship ..."
        if vm is None or (hit[1] != k and vm.group("present") is None):
            return None  # narration after "Title Name" is for the other rules to read
        if RULES.copula_noun.match(nxt) is not None:
            return hit[0], False  # "Mr. Popescu is Moldova's Deputy Prime Minister": who
        return hit[0], vm.group("present") is not None
    return None


def _opening_phrases(
    w: Words, a: int, b: int, res: Resolver
) -> Iterator[tuple[int, tuple[tuple[int, ...], int, str], list[str], list[int]]]:
    """The phrases a sentence from ``a`` may open with that name a participant, longest
    first (at most five words): the phrase's word count, what it resolved to, and the
    sentence's first words with their starts."""
    words, starts = w.between(a, min(b, a + 80))
    words = words[:7]
    for k in range(min(len(words) - 1, 5), 0, -1):
        if not res.may_end(words[k - 1]):
            continue  # no phrase ends there
        hit = res.resolve_kind(words[:k])
        if hit is not None:
            yield k, hit, words, starts


def _sole_opener(w: Words, a: int, b: int, res: Resolver) -> tuple[int, ...] | None:
    """The one participant a sentence opens with as a person, by the whole opening phrase
    ("Darchiashvili, in turn, ...", "Minister Ruiz also ..."), when no other participant
    shares that phrase; else None."""
    for k, hit, words, _starts in _opening_phrases(w, a, b, res):
        if hit[1] != k:
            continue  # a phrase ending later ("Ruiz, in turn, called Chile")
        if hit[2] != "person" or len(hit[0]) != 1 or not res.taking_part[hit[0][0]]:
            return None  # (not one only mentioned: "President Xi's visit last year ...")
        if words[k] in {"s", "and"} or res.shared(words[:k]):
            return None  # "Ruiz's remarks", "Ruiz and Berg", a title both hold
        key = tuple(t for t in words[:k] if t != "the")
        return None if key in res.sharers else hit[0]
    return None


def _side_speaks(w: Words, a: int, b: int, res: Resolver) -> tuple[int, ...] | None:
    """The one side a sentence opens with as the subject of a present-tense verb ("The EU
    recognises ...", "Bangladesh expresses ..."), else None."""
    for k, hit, _words, starts in _opening_phrases(w, a, b, res):
        if hit[1] != k:
            continue
        if hit[2] != "side" or len(hit[0]) != 1:
            return None
        if k == 1 and w.text[a : starts[1]].strip() in res.m.demonyms:
            return None  # "British firms rank ...": an adjective, no side
        if RULES.present_verb.match(w.text, starts[k], near(starts[k], b)) is None:
            return None
        return hit[0]
    return None


def _only_caps(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds words, each capitalised ("Minister", "PM")."""
    words = text[a:b].split()
    return bool(words) and all(x[:1].isupper() for x in words)


def _said_by_other(w: Words, a: int, b: int, res: Resolver) -> bool:
    """Whether an attribution in ``text[a:b]`` names someone who takes no part ('"...,"
    said Chen Xin, a researcher', "Prime Minister Anwar Ibrahim has repeatedly said")."""
    om = RULES.said_other.search(w.text, a, b)
    if om is None:
        return False
    who = om.group("who")
    if any(tm.end() == len(who) for tm in res.m.title.finditer(who)):
        return False  # "The Cambodian PM said": a title, whoever holds it
    words = w.between(om.start("who"), om.end("who"))[0]
    # (the phrase ending in the name: "Prime Minister Anwar Ibrahim" is no "Minister")
    return res.resolve_kind(words) is None


def _narrated_actor(w: Words, a: int, b: int, res: Resolver) -> tuple[tuple[int, ...], bool] | None:
    """The participant a sentence opens with by name or title, when a verb in the past
    follows ("Lavrov brought a gift", "The Crown Prince toured ...") or a programme
    ("Muscat will also travel to"): what the publisher tells of them, and whether it is
    the programme."""
    hit = _opening_hit(w, a, b, res)
    if hit is None:
        return None
    text = w.text
    # after a space ("Lavrov's" is no subject, "Lavrov, he said, ..." no narration), or a
    # participle's aside ("Gil, leading a delegation of ..., landed in ...")
    at = hit[2]
    am = RULES.participle_aside.match(text, at - 2, near(at, b)) if at >= 2 else None
    if am is not None:
        at = am.end()
    vm = RULES.past_verb.match(text, at) if text[at - 1 : at] == " " else None
    return (hit[0], vm.group("future") is not None) if vm is not None else None


def _other_person_opens(w: Words, a: int, b: int, res: Resolver, m: Matchers) -> bool:
    """Whether a sentence opens with a titled name that names no participant ("Gen. Kenneth
    F. McKenzie Jr., who leads Central Command, will brief ..."): the publisher tells of
    someone else, no participant's words go on."""
    text = w.text
    if not text[a : a + 1].isupper():
        return False
    tm = m.title.match(text, a, near(a, b))
    if tm is None or not text.startswith(" ", tm.end()):
        return False
    comma = text.find(",", tm.end(), near(tm.end(), b))
    if comma < 0:
        return False
    name = text[tm.end() : comma].split()
    if len(name) < 2 or not all(x[:1].isupper() for x in name):
        return False
    toks = w.between(tm.end(), comma)[0]
    return bool(toks) and all(res.resolve_kind(toks[i:]) is None for i in range(len(toks)))


def _pair_then(w: Words, starts: list[int], b: int, res: Resolver, words: list[str]) -> bool:
    """Whether the sentence opens "A and B then <did>", A and B two participants."""
    if RULES.then_narration.match(w.text, starts[3], near(starts[3], b)) is None:
        return False
    ha = res.resolve_kind(words[:1])
    hb = res.resolve_kind(words[:3])
    return ha is not None and hb is not None and ha[1] == hb[1] == 1 and ha[2] == hb[2] == "person"


def _titled_name(
    text: str, a: int, starts: list[int], k: int, hit: tuple[tuple[int, ...], int, str]
) -> bool:
    """Whether the first ``k`` words from ``a`` are a person's name (its last ``hit[1]``
    words, as ``hit`` resolved them) after capitalised title words only ("Secretary
    Panetta", "Foreign Minister Ravi Menon"), which name no one on their own."""
    return hit[2] == "person" and not _without_trailing_caps(text[a : starts[k - hit[1]]]).strip()


def _inserted(text: str, start: int, comma: int, tail: str) -> bool:
    """Whether a postposed attribution sits inside its clause ("The Egyptian side, he said,
    has taken ..."): a short subject before it and the clause's lower-case rest after."""
    rest = tail.lstrip()
    if not rest.startswith(","):
        return False
    nxt = rest[1:].lstrip()
    if (
        nxt[:1].islower()
        and len(text[start:comma].split()) <= 6
        and RULES.inserted_rest.match(nxt) is not None
    ):
        return True
    # "Since December 2014, when ..., he said, cooperation has kept gaining speed", "Over
    # four decades, he wrote, China and Fiji have ...": an opening adverbial, then the
    # attribution, then the clause (its subject and verb)
    return (
        RULES.adverbial_opening.match(text, start, comma) is not None
        and RULES.clause_verb.search(nxt, 0, 120) is not None
    )


def _possessive_genders(text: str, participants: Sequence[Person]) -> dict[int, str]:
    """Participants' genders as a possessive after their name's verb shows them ("President
    Ruiz outlined her plans"). Like a pronoun a speaker was named by, this says only who
    that speaker is not: the other may be a woman too, and say so nowhere."""
    out: dict[int, str] = {}
    for i, p in enumerate(participants):
        for x in p.mentions:
            pm = RULES.possessive_after_name.match(text, x.end)
            if pm is not None:
                out[i] = "m" if pm.group("p") == "his" else "f"
                break
    return out


def _honorific_genders(text: str, participants: Sequence[Person]) -> dict[int, str]:
    """Two participants' genders as honorifics right before their names show them ("Ms
    Hale", "Mr. Orlov")."""
    out: dict[int, str] = {}
    for i, p in enumerate(participants):
        for x in p.mentions:
            at = x.name_start if x.name_start >= 0 else x.start
            hm = RULES.gender_honorific.search(text, max(0, at - 12), at)
            g = GENDER_HONORIFICS.get(hm.group("h").casefold()) if hm is not None else None
            if g is not None:
                out.setdefault(i, g)
        if i not in out and p.name and " " in p.name:
            # "Mrs May was clear that": an honorific before the surname alone
            surname = p.name[p.name.rfind(" ") + 1 :]
            at = text.find(surname)
            while at > 0 and i not in out:
                hm = RULES.gender_honorific.search(text, max(0, at - 12), at)
                g = GENDER_HONORIFICS.get(hm.group("h").casefold()) if hm is not None else None
                if g is not None:
                    out[i] = g
                at = text.find(surname, at + len(surname))
    return out


def _counterpart_owner(start: int, end: int, sent_start: int, res: Resolver) -> int:
    """Of two participants, whose "his counterpart" (``start``-``end``) it is: the other
    of the one named right after it ("with his Slovenian counterpart Tanja Fajon,
    Abbas Araghchi ..."), else the last named before it in the sentence, else the first."""
    i = bisect_left(res.spans, (start,))
    if i < len(res.spans) and res.spans[i][0] <= end + 40:
        return 1 - res.spans[i][2]
    before = [k for s, e, k in res.spans[:i] if s >= sent_start and e <= start]
    return before[-1] if before else 0


#: the subject pronouns that show their referent's grammatical gender
_GENDERED: Final = {"he": "m", "she": "f"}


def _not_own_counterpart(text: str, drafts: Sequence[Draft], res: Resolver) -> None:
    """ "The Foreign Minister briefed his New Zealand counterpart", read as New Zealand's
    minister: of two, the one whose counterpart is of New Zealand is the other."""
    for d in drafts:
        if len(d.speakers) != 1 or d.cue is None or text.find("counterpart", d.start, d.end) < 0:
            continue
        cm = RULES.own_counterpart.match(text, d.cue_start + len(d.cue))
        if cm is None or cm.group("side") is None:
            continue
        key = name_key(cm.group("side"))
        if key in res.side_keys and res.owner.get(key) == d.speakers[0]:
            d.speakers = (1 - d.speakers[0],)


def _learn_gender(text: str, drafts: Sequence[Draft], st: _State) -> None:
    """ "Orlov thanked her for ...": an object pronoun right after one participant's cue
    names the other's gender (of two)."""
    for d in drafts:
        if len(d.speakers) != 1 or d.cue is None:
            continue
        ce = d.cue_start + len(d.cue)
        om = RULES.object_pronoun.match(text, ce)
        if om is not None:
            st.gender.setdefault(1 - d.speakers[0], "m" if om.group("p") == "him" else "f")
        pm = RULES.own_counterpart.match(text, ce)
        if pm is not None:
            # "assured her counterpart that ...": the speaker's own
            st.gender.setdefault(d.speakers[0], "m" if pm.group("p") == "his" else "f")
        if d.via == "pronoun" and d.rule == "subject-verb":
            # "She thanked ...", "He also said ...": the pronoun a speaker was named by
            for word in reversed(text[max(0, d.cue_start - 24) : d.cue_start].split()[-3:]):
                if (g := _GENDERED.get(word.casefold())) is not None:
                    st.named_gender[d.speakers[0]] = g
                    break


def _by_gender(pronoun: str, st: _State, res: Resolver) -> tuple[int, ...]:
    """Who "he" or "she" is: the last single speaker, unless the text has shown that
    speaker to be a woman and the pronoun is "he", or the other participant (and not
    that speaker) to be one and it is "she", or has named that speaker "he" and it is
    "she" (the other not shown to be a man). Honorifics tell only women apart: most pairs
    are two men, and knowing one of them is a man says nothing of the other; a pronoun
    the speaker was named by says only who that speaker is not."""
    who = st.last_single
    if res.n != 2 or len(who) != 1 or pronoun not in PRONOUNS:
        return who
    mine = st.gender.get(who[0]) or st.named_gender.get(who[0])
    other = st.gender.get(1 - who[0])
    if pronoun == "he" and mine == "f" and other != "f":
        return (1 - who[0],)
    if pronoun == "she" and other != "m" and (mine == "m" or (mine != "f" and other == "f")):
        return (1 - who[0],)
    return who


def _welcome_to(text: str, d: Draft, res: Resolver) -> bool:
    """Whether a draft is "welcomed <participant> to <place>": the engagement itself."""
    if d.cue not in WELCOME_CUES:
        return False
    i = bisect_left(res.spans, (d.start,))
    if i == len(res.spans):
        return False
    gap = res.spans[i][0] - d.start
    if gap > 4 and not (
        # "welcomed Kuwait's ruler, Sheikh Sabah, to ...": an office in apposition before
        gap <= 40
        and text.find(", ", d.start, res.spans[i][0]) >= 0
        and len(text[d.start : res.spans[i][0]].split()) <= 5
    ):
        return False  # what was welcomed is no participant
    # nothing but "of <country>" between the participant and "to <place>"
    return RULES.to_place.fullmatch(text, _past_appositives(text, res, i), d.end) is not None


def _past_appositives(text: str, res: Resolver, i: int) -> int:
    """Where the participant mentioned at ``res.spans[i]`` stops being named: past its
    appositive mentions right after ("X, his Saudi counterpart,")."""
    j = i
    while (
        j + 1 < len(res.spans)
        and res.spans[j + 1][2] == res.spans[i][2]
        and not text[res.spans[j][1] : res.spans[j + 1][0]].strip(", ")
    ):
        j += 1
    return res.spans[j][1]


def _welcome_guest(text: str, d: Draft, res: Resolver) -> bool:
    """Whether a draft is "welcomed <participant>, ..." in the engagement sentence: the
    guest received (with an aside about them), no statement."""
    if d.cue not in WELCOME_CUES:
        return False
    i = bisect_left(res.spans, (d.start,))
    if i == len(res.spans) or res.spans[i][0] - d.start > 4:
        return False  # what was welcomed is no participant
    if not res.taking_part[res.spans[i][2]]:
        return False
    end = _past_appositives(text, res, i)
    if end >= d.end:
        return True
    # "welcomed X, Hungary's minister, one day after ...", not "welcomed X, Y, to Sydney
    # for our first meeting" (the visit, with what it is for); "welcomed X, Y, to the Quai
    # d'Orsay this morning" is the welcome alone (a place and a time, no purpose)
    if not text.startswith(", ", end):
        return False
    if not text.startswith(("to ", "in ", "at "), end + 2):
        return True
    rest = RULES.for_the_engagement.sub("", text[end + 5 : d.end])
    return not any(w in rest for w in (" for ", " to ", " on ", " about ", " with "))


def _opening_person(
    w: Words, a: int, b: int, res: Resolver, *, alone: bool = False
) -> tuple[int, ...] | None:
    """The participant a clause opens with as its subject, named or titled ("Araghchi",
    "The Iranian Foreign Minister"), if its first words name one and a verb follows;
    ``alone``: not the first of several ("A and B met ...")."""
    hit = _opening_hit(w, a, b, res)
    if hit is None or hit[1] in PRONOUNS or (alone and hit[1] in ("and", "together")):
        return None
    return hit[0]


def _opening_hit(
    w: Words, a: int, b: int, res: Resolver
) -> tuple[tuple[int, ...], str, int] | None:
    """The participant a sentence opens with as a person, by name or title ("Araghchi",
    "Minister Steinmeier", "The Iranian Foreign Minister"), a dateline aside; with the
    word after the phrase and where it starts."""
    a = after_dateline(w.text, a, b)  # "TIANJIN, June 27 (Xinhua) -- Premier Li met ..."
    om = RULES.opening_when.match(w.text, a, near(a, b))
    if om is not None:
        a = om.end()  # "On Thursday, Foreign Minister Wang Yi held ..."
    for k, hit, words, starts in _opening_phrases(w, a, b, res):
        # "Minister Steinmeier, noting ...": title words before the name too
        if hit[2] == "person" and (hit[1] == k or _titled_name(w.text, a, starts, k, hit)):
            return hit[0], words[k], starts[k]
    return None


def _sentence(
    w: Words, a: int, b: int, res: Resolver, m: Matchers, st: _State, cues: list[Span]
) -> list[Draft]:
    text = w.text
    drafts: list[Draft] = []
    pending_participle: Draft | None = None
    # "It was agreed to ...", "It was decided that ...": all participants
    lead = text[a : a + 1]
    im = (
        RULES.impersonal.match(text, a, near(a, b))
        if lead.isspace() or lead in RULES.impersonal_firsts
        else None
    )
    if im is not None and res.n:
        s, e = _trim(text, im.end(), b)
        if e - s >= 2:
            return [
                Draft(
                    tuple(range(res.n)),
                    s,
                    e,
                    im.group("v"),
                    im.start("v"),
                    "impersonal",
                    _quotation(text, s, e),
                )
            ]
    # "According to X, ..."
    am = (
        RULES.according_to.match(text, a, near(a, b))
        if lead.isspace() or lead in RULES.according_to_firsts
        else None
    )
    if am:
        toks = w.between(am.start("who"), am.end("who"))[0]
        if len(toks) > 2 and toks[-1] in WRITTEN_NOUNS and toks[-2] == "s":
            toks = toks[:-2]  # "According to Xi's message, ...": the writer's words
        hit = res.resolve_tail(toks)
        who = hit[0] if hit else None
        if toks and toks[0] in {"his", "her", "their"}:
            # "According to his message, Hun Sen appreciates ...": the participant the
            # content opens with, for whom the pronoun stands
            who = _opening_person(w, am.end(), b, res, alone=True) or who
        if who:
            s, e = _trim(text, am.end(), b)
            return [
                Draft(
                    who,
                    s,
                    e,
                    am.group("cue"),
                    am.start("cue"),
                    "according-to",
                    _quotation(text, s, e),
                )
            ]
    # "..., according to Xi."
    tm = RULES.according_to_end.search(text, a, b) if text.find("according to ", a, b) > a else None
    if tm and RULES.document_source.fullmatch(tm.group("who")):
        tm = None  # "..., according to the statement": the document, whose words they are
    if tm:
        toks, at = w.between(tm.start("who"), tm.end("who"))
        hit = res.resolve_tail(toks) if len(toks) <= 7 else None
        if (
            hit
            and hit[1] < len(toks)
            # "according to Minister Freeland": a title before the name
            and not all(x[:1].isupper() for x in text[at[0] : at[-hit[1]]].split())
        ):
            hit = None
        if hit:
            s, e = _trim(text, a, tm.start())
            cue_at = tm.start() + tm.group().index("according")
            return [
                Draft(hit[0], s, e, "according to", cue_at, "according-to", _quotation(text, s, e))
            ]
    prev_end = a
    for cs, ce in cues:
        cue = text[cs:ce]
        low = cue.casefold()
        if (
            low in PERFECT_NOT_REPORTING
            and RULES.perfect_before.search(text, max(a, cs - 22), cs) is not None
            and RULES.that_after.match(text, ce, near(ce, b)) is None
        ):
            continue  # "Ethiopia has maintained rapid growth": a perfect, not a report
        if (
            low == "shared"
            and text.endswith(" and ", max(a, cs - 5), cs)
            and RULES.one_word_then_stop.match(text, ce, near(ce, b)) is not None
        ):
            continue  # "a common faith and shared history.": the adjective, not a report
        if low in ("said", "says") and RULES.yes_no_to.match(text, ce, near(ce, b)):
            continue  # "Ukraine said yes to a ceasefire": a decision, not a report
        if low == "called" and RULES.called_object.match(text, ce, near(ce, b)) is None:
            continue  # "Berg called Ruiz on Monday": a phone call, not "called X a Y"
        if (
            drafts
            and (drafts[-1].cue or "").casefold() in _RECALLING
            and drafts[-1].cue_start < cs
            and text.startswith(" that ", drafts[-1].cue_start + len(drafts[-1].cue or ""))
            and text.find(", and ", drafts[-1].cue_start, cs) < 0
            and text.find(";", drafts[-1].cue_start, cs) < 0
            and m.verb_class.get(low) != "speech"
        ):
            # "X recalled that last November, A and B jointly decided to ...": the past
            # event recalled, not a report of its own
            continue
        if (
            low in _TRADE_VERBS
            and text.endswith(", ", max(a, cs - 2), cs)
            and RULES.one_word_then_stop.match(text, ce, near(ce, b)) is not None
        ):
            continue  # "open, trading economies": an adjective before its noun, no report
        if (
            drafts
            and drafts[-1].cls == "speech"
            and drafts[-1].start < cs
            and RULES.concessive_lead.match(text, drafts[-1].start, near(drafts[-1].start, cs))
            and text.count(",", drafts[-1].start, cs) == 1
        ):
            # "X observed that although A and B are far apart, the two countries share Y":
            # the reported clause's own verb, after its concessive opening
            continue
        if drafts and drafts[-1].cls == "speech" and text.endswith(" had ", max(a, cs - 5), cs):
            continue  # "X said the two sides had reviewed Y": what X said, in the past perfect
        if (
            text.find("what ", max(a + 1, cs - 50), cs) >= 0
            and RULES.what_clause_before.search(text, max(a, cs - 50), cs) is not None
        ):
            continue  # "ready to act on what the two presidents agreed": a thing, no report
        if (
            drafts
            and drafts[-1].cls == "speech"
            and text.find("which", max(a, cs - 80), cs) >= 0
            and RULES.relative_lead_before.search(text, max(a, cs - 80), cs) is not None
        ):
            continue  # "X said that ... a visit, during which the leaders announced Y": X's
        cls = m.verb_class.get(low, "speech")
        participle = low in m.participles and not low.endswith("ed")
        before = text[max(prev_end, cs - 200) : cs]  # bounded: linear time
        speakers: tuple[int, ...] | None = None
        np_start = cs
        rule = ""
        via = ""
        if participle and (cs == a or RULES.adverb_lead.fullmatch(text, a, cs)):
            if low in FRAMING_LEADS:
                prev_end = ce
                continue
            # "Noting that ...", "Fondly recalling his visit ...": a participle leads
            d = Draft((), ce, ce, cue, cs, "participle-lead", cls=cls)
            pending_participle = d
            drafts.append(d)
            prev_end = ce
            continue
        if low == "invited" and before.endswith((" was ", " were ", " also ")):
            im = RULES.invited_by_after.match(text, ce, near(ce, b))
            agent = res.resolve_kind(w.between(im.start("by"), im.end("by"))[0]) if im else None
            if im is not None and agent is not None and agent[2] in ("person", "side"):
                # "The ICRC President was invited by the Foreign Minister to visit ...":
                # the agent's invitation, what it is to
                s_, e_ = _trim(text, im.end(), b)
                if e_ > s_:
                    drafts.append(Draft(agent[0], s_, e_, cue, cs, "passive-by", cls=cls))
                prev_end = b
                continue
        if participle and before.endswith((" a ", " an ")):
            continue  # "gave Wang Yi a briefing on ...": a noun, no participle
        if (
            participle
            and (low.endswith(" that") or text.startswith(" that ", ce) or cls == "topic")
            and _gerund_object(before)
        ):
            # "will never waver in recognising that ...", "ready to partner CIDCA in
            # singling out projects": a gerund, no report
            continue
        if participle:
            got = _participle_speaker(w, cs, ce, before, prev_end, b, drafts, res, st, low)
            if got is not None:
                speakers, np_start, rule, via = got
        if speakers is None and not participle:
            found = _subject(w, prev_end, cs, res, st)
            if (
                found is not None
                and (
                    found[2] == "pronoun"
                    # "The leaders ... said they hoped to meet": the same speakers
                    or (found[2] == "group" and text.startswith(("they ", "we "), found[1]))
                )
                and drafts
                and drafts[-1].cls == "speech"
                and drafts[-1].speakers == found[0]
                and RULES.only_that.fullmatch(text, prev_end, found[1]) is not None
            ):
                # "The Prime Minister said he looked forward to ...": the speaker's own
                # clause is what was said, not a second statement
                prev_end = ce
                continue
            if (
                found is not None
                and found[2] in ("side", "team", "group")
                and drafts
                and drafts[-1].cls == "speech"
                and drafts[-1].speakers != found[0]
                and RULES.perfect_before.search(text, max(prev_end, cs - 22), cs) is not None
            ):
                # "Wang said that China and Mongolia have supported each other": a verb in
                # the perfect inside what was said, not a second report
                prev_end = ce
                continue
            if (
                found is not None
                and found[2] in ("pronoun", "person")
                and res.n == 2
                and (cls == "topic" or low in OBJECT_VERBS)
            ):
                # ("Mr. Vega conveyed ... He assured the Foreign Minister of ...": a "he" just
                # named by name is that one, whatever office two share the object names)
                last = drafts[-1] if drafts else st.last_draft
                just_named = last is not None and last.via == "person" and last.speakers == found[0]
                found = _not_the_object(w, found, cs, ce, b, res, named=just_named)
            if (
                found is None
                and drafts
                and drafts[-1].rule == "participle"
                and drafts[-1].via == "person"
                and text.endswith(", ", prev_end, cs)
                and text.find(",", prev_end, cs - 2) < 0
            ):
                # "Berg, noting that X, said that Y": the participle was an aside between
                # the subject and its verb; what follows the verb is the subject's too
                drafts[-1].end = cs - 2
                found = drafts[-1].speakers, cs, "person"
            if (
                found is None
                and st.subject_list is not None
                and cs == a
                and not drafts
                and _list_item(text, a)
            ):
                # "The Ministers:\n\n1. Reaffirmed ...": the item's verb has the lead-in's
                # subject
                found = st.subject_list, cs, "group"
            if found is not None:
                speakers, np_start, via = found
                rule = "subject-verb"
                # a postposed attribution needs a comma before the speaker: look no further
                # without one (nor for other verbs than speech)
                comma = text.rfind(",", prev_end, np_start) if cls == "speech" else -1
                tail = text[ce : min(b, ce + 200)] if comma >= 0 else ""
                # "..., Liang said, urging ...": the content ends before the speaker
                then_participle = _first_after_space(tail) == "," and (
                    RULES.then_comma.match(tail) is not None
                )
                inserted = then_participle and _inserted(text, prev_end, comma, tail)
                # "..., he told the President, adding that ...": the person told, then more
                k = tail.find(",") if low in OBJECT_VERBS else -1
                object_then_comma = k > 0 and len(tail[:k].split()) <= 5 and "." not in tail[:k]
                if (
                    comma >= 0
                    and (
                        then_participle
                        or object_then_comma
                        or inserted
                        or (
                            len(tail.split()) <= 8
                            and (
                                RULES.postposed_tail.match(tail) is not None or low in OBJECT_VERBS
                            )
                        )
                        # "..., X told his counterpart Y during a meeting in Tehran yesterday."
                        or (low in OBJECT_VERBS and len(tail.split()) <= 14 and "," not in tail)
                        or RULES.engagement_tail.match(tail) is not None
                    )
                    and len(text[prev_end:comma].split()) >= 3
                    and not _opening_phrase(text, prev_end, comma)
                    and RULES.postposed_gap.fullmatch(text, comma + 1, np_start) is not None
                ):
                    # "..., Wang said." / "..., he added."
                    s_, e_, took = _postposed_content(
                        text, drafts, pending_participle, prev_end, comma
                    )
                    if took:
                        pending_participle = None
                    if inserted:
                        # "The Egyptian side, he said, has taken ...": the attribution
                        # inside the clause; the clause is the content, aside and all
                        e_ = _trim(text, s_, b)[1]
                    said = [(s_, e_, _quotation(text, s_, e_))]
                    qm = RULES.quote_resumes.match(text, ce, near(ce, b)) if not inserted else None
                    if qm is not None:
                        # '"France will not ...," the Minister stressed, "but it will ...":
                        # the quotation resumes after the attribution, the same speaker's
                        close = text.find(_CLOSING_OF[qm.group("q")], qm.end(), b)
                        said.append(
                            (*_trim(text, qm.end(), close if close >= 0 else b), Quotation.DIRECT)
                        )
                    for s2, e2, quotation in said:
                        if e2 > s2:
                            drafts.append(
                                Draft(speakers, s2, e2, cue, cs, "postposed", quotation, cls, via)
                            )
                    if qm is not None:
                        break
                    am = RULES.and_predicate.match(text, ce, near(ce, b)) if not inserted else None
                    if am is None and not inserted:
                        # "..., Meredov stressed, and Ashgabat will never allow ...": a clause
                        # whose subject is the speaker's own side, said by the same speaker
                        sm = RULES.and_capital_subject.match(text, ce, near(ce, b))
                        if sm is not None:
                            side_hit = res.resolve_kind(w.between(sm.start("s"), sm.end("s"))[0])
                            if (
                                side_hit is not None
                                and side_hit[0] == speakers
                                and side_hit[2] == "side"
                            ):
                                am = sm
                    if am is not None and any(c[0] == am.end() for c in cues):
                        # "..., he said, and pledged to ...": a reporting verb of its own,
                        # coordinated with this one (read at its turn)
                        prev_end = ce
                        continue
                    if am is not None:
                        # "X is ready to help, he said, and stands ready to attend ...": a
                        # second predicate of the same subject, said by the same speaker
                        s_, e_ = _trim(text, am.end(), b)
                        if e_ > s_:
                            drafts.append(
                                Draft(speakers, s_, e_, cue, cs, "postposed", cls=cls, via=via)
                            )
                        break
                    if (
                        not then_participle
                        and not object_then_comma
                        and not (
                            # "..., X said on Monday as he hosted Y in Tehran, stressing that":
                            # a participle after the engagement's words goes on
                            "," in tail and RULES.engagement_tail.match(tail) is not None
                        )
                    ):
                        break
                    prev_end = ce
                    continue
            elif (
                (coord := _coordination(before)) is not None
                and drafts
                # "China and Pakistan have trusted and supported each other": two verbs of
                # one perfect inside what was said, not a second report
                and (
                    # (from the sentence, not the last cue: "have backed (a cue) each other")
                    RULES.perfect_pair_before.search(text, max(a, cs - 120), cs) is None
                    or RULES.that_after.match(text, ce, near(ce, b)) is not None
                    # ("... the work Lithuania had put into it and said ...": a verb only of
                    # speech reports anew; not "has withstood X and maintained Y")
                    or low in SAYING_VERBS
                )
            ):
                speakers = drafts[-1].speakers
                via = drafts[-1].via  # "The Side expressed ... and stated that it will"
                np_start = cs - len(before) + coord.start()
                rule = "coordinated"
            elif (
                coord is not None
                and st.engagement
                and not drafts
                and res.n
                # "..., and discussed X": everyone's, the engagement topic's rule
                and not _topic_cue(text, a, b, cs)
            ):
                # "X spoke with Y, Prime Minister of Z, and conveyed his condolences ...":
                # the engagement's subject goes on
                if _joint_subject(w, a, b, res):
                    speakers = tuple(range(res.n))
                else:
                    speakers = _apposed_pair(w, a, b, res) or _opening_person(w, a, b, res) or (0,)
                np_start = cs - len(before) + coord.start()
                rule = "coordinated"
            elif (
                coord is not None
                and not drafts
                and not st.engagement
                and (told := _narrated_actor(w, a, cs, res)) is not None
            ):
                # "Parrikar walked the Secretary through X, and said Y": the sentence's
                # subject, after a narrated first verb
                speakers = told[0]
                np_start = cs - len(before) + coord.start()
                rule = "coordinated"
            elif (
                coord is not None
                and not drafts
                and not st.engagement
                and res.n > 1
                and ("," in coord.group() or low.split(" ", 1)[0] in _JOINT_DECISION_VERBS)
                and _joint_subject(w, a, cs, res)
                and not RULES.narration.match(text, a, near(a, b))
                # "We met today ..., and agreed the following:": a list's lead-in
                and not text[ce:b].strip(" :.").endswith("the following")
            ):
                # "The two Prime Ministers celebrated X, and pledged to Y": everyone, after a
                # first verb that reports nothing (its clause is theirs too, as a whole)
                speakers = tuple(range(res.n))
                np_start = cs - len(before) + coord.start()
                rule = "coordinated"
            elif (
                coord is None
                and drafts
                and drafts[-1].rule in ("subject-verb", "coordinated")
                and _past_cue(low)
                and _past_cue((drafts[-1].cue or "").casefold())
                and before.endswith(", ")
                and text.find(",", drafts[-1].start, cs - 2) < 0
                and not RULES.that_after.match(
                    text, drafts[-1].cue_start + len(drafts[-1].cue or "")
                )
                # "congratulated Y on its invitation, extended at the summit last month": a
                # participle of the noun before, no second report
                and RULES.participle_place_after.match(text, ce, near(ce, b)) is None
            ):
                # "The leaders reviewed X, discussed Y, and compared Z": a series of reports
                # by one subject, each its own
                speakers = drafts[-1].speakers
                via = drafts[-1].via
                np_start = cs - 2
                rule = "coordinated"
        if (
            speakers is not None
            and (len(speakers) == 1 or (len(speakers) < res.n and low.startswith("exchang")))
            and res.n > 1
            and low.startswith(TALKED_OVER)
        ):
            # "X discussed with him Y", "In a call with Y, X reviewed Z": a topic talked
            # over with another participant is theirs together
            speakers = _talked_with(w, speakers, a, cs, ce, b, res)
        if speakers is None:
            # postposed speaker: "..., Wang said." / "..., said the Iranian foreign minister."
            # (only a speech verb: "..., as the two sides discussed X" is no attribution)
            post = _postposed(w, cs, ce, b, res, st, prev_end) if cls == "speech" else None
            if post is not None and _opening_phrase(text, prev_end, post[1]):
                post = None  # "In his message, Vladimir Putin noted:": no content before
            if post is not None:
                speakers, comma = post
                s, e, took = _postposed_content(text, drafts, pending_participle, prev_end, comma)
                if took:
                    pending_participle = None
                if e > s:
                    drafts.append(
                        Draft(
                            speakers,
                            s,
                            e,
                            cue,
                            cs,
                            "postposed",
                            _quotation(text, s, e),
                            cls,
                        )
                    )
                # "..., said Wang, adding that ...", "..., said the premier, who added that
                # ...": a further report of the speaker after the name
                nxt = next((c[0] for c in cues if c[0] > ce), -1)
                comma = text.find(",", ce, nxt) if nxt > 0 else -1
                between = text[comma + 1 : nxt].strip() if comma >= 0 else None
                if between in ("", "who"):
                    prev_end = comma + 1 if between == "" else ce
                    continue
                prev_end = b
                break
            # "The spokesperson added that the two ministers agreed ...": the reporter takes
            # no part, and the clause after "that" may name a speaker of its own
            that = RULES.that_after.match(text, ce, near(ce, b)) if cls == "speech" else None
            if that is not None:
                prev_end = that.end()
            continue
        if (
            drafts
            and via == "side"
            and cls == "topic"
            and drafts[-1].cls == "speech"
            and drafts[-1].speakers == speakers
            and _trim(text, drafts[-1].start, np_start)[0] >= np_start
        ):
            # "and said Spain valued its friendship with Pakistan": the speaker's side as
            # the subject of what was said, not a report of its own
            continue
        if drafts:
            drafts[-1].end = (
                min(drafts[-1].end, np_start) if drafts[-1].end > drafts[-1].start else np_start
            )
        if pending_participle is not None and not pending_participle.speakers:
            pending_participle.speakers = speakers
            # "Referring to Ukraine, Minister Hayashi said": the subject's title words
            # after the comma are no part of what the participle says
            comma = text.rfind(",", pending_participle.start, np_start)
            pending_participle.end = (
                comma if comma > 0 and _only_caps(text, comma + 1, np_start) else np_start
            )
            pending_participle = None
        content_start = ce
        pm = RULES.cue_preposition.search(cue) if cue.endswith(RULES.cue_preposition_ends) else None
        mm = RULES.made_proposals.match(cue) if low.startswith("ma") else None
        if mm is not None:
            content_start = cs + mm.end()  # "made three proposals on X": the proposals
        elif low.startswith("delivered "):
            content_start = cs + len("delivered ")  # "delivered a message of X": the message
        elif pm is not None:
            # "exchanged views on X": the topic is reported with its preposition
            content_start = cs + pm.start()
        elif text.startswith(" to ", ce) and (nm := RULES.cue_noun.search(cue)) is not None:
            content_start = cs + nm.start()  # "expressed the hope to meet again"
        elif low in OBJECT_VERBS and (am := RULES.addressee_that.match(text, ce, near(ce, b))):
            content_start = am.end()  # "told the President that X": what was said is X
        elif (
            low in _PLAIN_SAYING
            and text.startswith(ADVERBIAL_OPENERS, ce)
            and (am := RULES.adverbial_that.match(text, ce, near(ce, b))) is not None
        ):
            content_start = am.end()  # "said in his message that X", "said on Monday that X"
        named = (np_start, cs) if rule == "subject-verb" and via in {"person", "side"} else None
        drafts.append(
            Draft(speakers, content_start, b, cue, cs, rule, cls=cls, via=via, subject=named)
        )
        if len(speakers) == 1:
            st.last_single = speakers  # "The Prime Minister said he looked forward to ..."
        prev_end = ce
    out = []
    for d in drafts:
        if not d.speakers:
            continue
        s, e = _trim(text, d.start, d.end)
        if d.rule == "participle-lead" and RULES.event_object.fullmatch(text, s, e):
            continue  # "Addressing the ceremony, X said ...": the occasion, not what was said
        if (
            d.cue is not None
            and d.cue.endswith(" to")
            and RULES.ceremony.search(text, d.cue_start, e)
        ):
            continue  # "paid tribute to late President X at his mausoleum": a ceremony
        if (
            d.cue is not None
            and d.cue.casefold() in VISIT_CUES
            and not RULES.to_verb.search(text, s, e)
        ):
            st.last = ()  # "called on the Minister in Colombo": a visit, narrated
            continue
        if e - s < 2 or text[s:e] in _CONJUNCTIONS:
            if text[a:b].rstrip().endswith(":"):
                st.introduced = d.speakers  # "X said:" and the quotation follows
            continue
        if RULES.press_only.fullmatch(text, s, e):
            continue  # "the Ministers addressed the press together": a briefing, no topic
        if d.rule != "passive" and RULES.issued_frame.search(text, max(d.start - 10, 0), e):
            # "The two Ministers held talks ... and issued this Joint Press Statement", "(they)
            # issued the Joint Statement below": the frame of the text, nothing said
            continue
        if d.cls == "topic" and RULES.empty_topic.fullmatch(text, s, e):
            continue  # "compared notes, and ...", "accepted with gratitude": no topic given
        if d.cue is not None and d.cue.casefold() == "greeting" and " on " not in text[s:e]:
            continue  # "Greeting his guest, X said": whom, no occasion ("on his visit")
        if d.cls == "topic" and not st.probing and RULES.letter_to_only.fullmatch(text, s, e):
            # "sent a message to X, congratulating him": whom it went to, no topic (though
            # the writer takes part, which the probe for further participants reads)
            continue
        if (
            d.cue is not None
            and d.cue.casefold() in HANDED_OVER_CUES
            and RULES.handed_over.match(text, s, e) is not None
        ):
            continue  # "officials swapping memoranda on investment": documents, not words
        # (a quotation resumed after its attribution is direct, though no mark opens it)
        kept = d.quotation is Quotation.DIRECT and s == d.start
        d.start, d.end = s, e
        if not kept:
            d.quotation = _quotation(text, s, e)
        if d.cls == "topic" and d.quotation is Quotation.INDIRECT:
            d.quotation = Quotation.TOPIC  # "discussed Rafah": only the subject is reported
        out.append(d)
    return out


def _participle_speaker(
    w: Words,
    cs: int,
    ce: int,
    before: str,
    prev_end: int,
    b: int,
    drafts: list[Draft],
    res: Resolver,
    st: _State,
    low: str,
) -> tuple[tuple[int, ...], int, str, str] | None:
    """Who speaks through a participle, and where its clause starts: the subject before
    "began by" ("X began by offering"), the last speaker after a comma (", saying") or
    before "that" ("noting that"), or a subject of its own ("both sides pledging")."""
    text = w.text
    lead = RULES.began_by.search(before)
    if lead is not None:
        lead_at = cs - len(before) + lead.start()
        found = _subject(w, prev_end, lead_at, res, st)
        if found is not None:
            return found[0], found[1], "subject-verb", found[2]
    if before.endswith(", each ") and res.n > 1:
        # "the two leaders traded greetings, each expressing hope that ...": the several
        # who spoke last, or everyone
        who = drafts[-1].speakers if drafts and len(drafts[-1].speakers) > 1 else None
        return (
            who or tuple(range(res.n)),
            cs - len(before) + before.rindex(","),
            "participle",
            "group",
        )
    comma = RULES.comma_end.search(before)
    if comma is not None and drafts:
        return drafts[-1].speakers, cs - len(before) + comma.start(), "participle", ""
    if comma is not None and st.engagement and res.n > 1 and low.startswith(MUTUAL_PARTICIPLES):
        # "X held a video call with Y, exchanging views on ...": what the call covered
        return tuple(range(res.n)), cs - len(before) + comma.start(), "participle", "group"
    if comma is not None and st.engagement and low in st.binding and res.n > 1:
        # "X and Y held a video call, pledging to ...": what the meeting undertook; "X met
        # with Y ..., pledging to ...": what its one subject undertook
        who = _opening_person(w, prev_end, ce, res, alone=True)
        if who is not None:
            return who, cs - len(before) + comma.start(), "participle", "person"
        return tuple(range(res.n)), cs - len(before) + comma.start(), "participle", "group"
    if comma is not None and not drafts:
        # "Araghchi called the ties strategic, saying that ...", "Li held phone talks with
        # Sharif, congratulating him on ...": the sentence's subject
        who = _opening_person(w, prev_end, ce, res)  # the participle as its verb
        if who is None and st.engagement and res.n:
            who = (0,)  # the engagement's subject: the participant it names first
        if who is not None:
            return who, cs - len(before) + comma.start(), "participle", "person"
    if (
        st.engagement
        and drafts
        and drafts[-1].rule == "participle"
        and before.endswith(" and ")
        and cs - 5 >= drafts[-1].start  # the " and " lies after the participle's start
    ):
        # "Li held talks with X, congratulating him on Y and calling for Z": a second
        # participle of the engagement's subject
        return drafts[-1].speakers, cs - 4, "participle", ""
    # "..., with both sides pledging to ...", "..., with the Prime Minister confirming
    # that ...", "..., with the Iranian side announcing ...": an absolute clause with its
    # own subject, everyone, one participant or one side
    wm = RULES.with_group_before.search(before) if before.endswith(" ") else None
    if wm is not None:
        at = cs - len(before)
        words, starts = w.between(at + wm.start("np"), at + wm.end("np"))
        hit = res.resolve_kind(words)
        if (
            hit is not None
            and hit[2] in ("group", "person", "side")
            and (
                hit[1] == len(words)
                # "with President Berg affirming ...": title words before the name
                or _titled_name(text, starts[0], starts, len(words), hit)
            )
        ):
            return hit[0], at + wm.start(), "participle", hit[2]
    if low in THAT_PARTICIPLES and drafts and RULES.that_after.match(text, ce, near(ce, b)):
        return drafts[-1].speakers, cs, "participle", ""
    if RULES.with_before.search(before) is None:
        own = _subject(w, prev_end, cs, res, st)
        if own is not None and own[2] in {"group", "person"}:
            return own[0], own[1], "participle", own[2]
    return None


def _engagement_topic_match(text: str, a: int, b: int) -> regex.Match[str] | None:
    """The first match of ``RULES.engagement_topic`` in ``text[a:b]``, as its ``search``
    finds it, but tried only where one of the words every match starts with does
    (``RULES.engagement_topic_starts``): far fewer places than the search tries."""
    at: set[int] = set()
    for w in RULES.engagement_topic_starts:
        i = text.find(w, a, b)
        while i >= 0:
            at.add(i)
            i = text.find(w, i + 1, b)
    for p in sorted(at):
        tm = RULES.engagement_topic.match(text, p, b)
        if tm is not None:
            return tm
    return None


def _past_cue(cue: str) -> bool:
    """Whether a (case-folded) cue opens with a past form: "reviewed", "went over",
    "compared notes on"."""
    first = cue.split(" ", 1)[0]
    return first.endswith("ed") or first in IRREGULAR_PASTS


def _coordination(before: str) -> regex.Match[str] | None:
    """ "..., and " (``RULES.coordination_end``) ending the text before a cue, tried only
    where the text ends with one of its words."""
    if not before.endswith(RULES.coordination_end_ends, 0, _rstrip(before, 0, len(before))):
        return None
    return RULES.coordination_end.search(before)


def _topic_cue(text: str, a: int, b: int, cs: int) -> bool:
    """Whether the engagement topic's cue ("and discussed", "exchanged views on") in
    ``text[a:b]`` is the cue at ``cs``."""
    tm = _engagement_topic_match(text, a, b)
    return tm is not None and tm.start() <= cs < tm.end()


def _engagement_topic(text: str, a: int, b: int, res: Resolver) -> list[Draft]:
    """ "... spoke with X about Y" / "... to discuss Y" / "... to congratulate him on Y"."""
    tm = _engagement_topic_match(text, a, b)
    if tm is None or text.endswith(":", a, _rstrip(text, a, b)):
        # "The following statement was issued about the conversation ...:": a preamble
        return []
    rel = text.rfind(", who ", a, tm.start())
    if rel >= 0 and text.find(",", rel + 2, tm.start()) < 0:
        # "... received X, who is in Hanoi to work with agencies on preparations for Y":
        # the topic of what X came to do, inside a relative clause
        return []
    end = b
    stop = RULES.engagement_topic_stop.search(text, tm.end(), b)
    if stop:
        end = stop.start()
    start = tm.end()
    if tm.group("own") and text.endswith((" him ", " her ", " them "), tm.start(), start):
        # "to congratulate him on taking office": whom, with what on (as most golds)
        start = text.rfind(" ", tm.start(), start - 1) + 1
    s, e = _trim(text, start, end)
    if e - s < 2:
        return []
    who = (0,) if tm.group("own") else tuple(range(res.n))
    return [Draft(who, s, e, tm.group().strip(), tm.start(), "engagement-topic")]


def _subject(
    w: Words, lo: int, cue_start: int, res: Resolver, st: _State
) -> tuple[tuple[int, ...], int, str] | None:
    """The participants named right before a cue (adverbs allowed between), and where they start."""
    text = w.text
    if text.startswith(("s' ", "s\u2019 "), cue_start - 3):
        return None  # "the two presidents' shared understandings": a possessor, no subject
    window_lo = max(lo, cue_start - 160)
    # an aside ends with a comma: look for one first
    e = _rstrip(text, window_lo, cue_start)
    par = (
        RULES.parenthetical_end.search(text, window_lo, cue_start)
        if e > window_lo and text[e - 1] == ","
        else None
    )
    if par is None and e > window_lo and text[e - 1] == ",":
        far = max(lo, cue_start - 320)
        par = RULES.long_relative_end.search(text, far, cue_start)
        if par is not None:
            window_lo = max(lo, par.start() - 160)
    if par is not None:
        cue_start = par.start()  # "X, for her part, said": the subject is before the aside
    words, starts = w.between(window_lo, cue_start)
    # drop adverbs between the subject and the verb (and a date: "on March 24")
    popped = ""
    while words and (
        is_adverb(words[-1], text[starts[-1]].isupper())
        or (
            words[-1] in _NAME_MONTHS
            and text[starts[-1]].isupper()
            and (popped.isdigit() or (len(words) > 1 and words[-2].isdigit()))
        )
    ):
        popped = words.pop()
        starts.pop()
    if not words:
        return None
    if words[-1] in PRONOUNS:
        if (
            len(words) >= 2
            and words[-2] not in CLAUSE_WORDS
            and text[starts[-2]].islower()
            and RULES.word_then_space.fullmatch(text, starts[-2], starts[-1]) is not None
        ):
            return None  # "the emergency he declared in July": a relative clause, no report
        if st.last_single:
            return _by_gender(words[-1], st, res), starts[-1], "pronoun"
        return None
    if res.n == 2 and len(words) >= 3 and "and" in words[-6:-1]:
        # "She and the Minister agreed ...": the one the pronoun stands for and the other
        # one, of two
        second = res.resolve_kind(words)
        k = second[1] if second is not None else 0
        if (
            second is not None
            and second[2] == "person"
            and len(second[0]) == 1
            and len(words) >= k + 2
            and words[-k - 2] in {"he", "she"}
            and words[-k - 1] == "and"
            and _opens_clause(text, lo, starts[-k - 2])
        ):
            return (0, 1), starts[-k - 2], "group"
    if (
        res.n == 2
        and len(words) >= 4
        and words[-1] in PAIR_OTHER_NOUNS
        and words[-2] in {"his", "her"}
        and words[-3] == "and"
    ):
        # "Sheikh Abdullah and his guest went over ...": the first and the other one
        first = res.resolve_kind(words[:-3])
        if first is not None and first[2] == "person" and len(first[0]) == 1:
            found = _subject_start(
                w, words[:-3], starts[:-3], window_lo, res, first[0], first[1], "person"
            )
            if found is not None:
                return (0, 1), found[1], "group"
    if words[-1] == "who":
        # "... from the Secretary-General, who conveyed his shock": the participant the
        # relative clause follows (not "..., who had asked for the conversation")
        e = _rstrip(text, window_lo, starts[-1])
        if (
            e > window_lo
            and text[e - 1] == ","
            and RULES.about_the_call.match(text, cue_start, near(cue_start, len(text))) is None
        ):
            e = _rstrip(text, window_lo, e - 1)
            before = [i for _, end, i in res.spans if end == e]
            if len(before) == 1:
                return (before[0],), starts[-1], "relative"
            # "..., said the Chinese premier, who added that ...": a later mention
            # "..., between the two Presidents, who agreed to ...": the group named
            named = res.resolve_tail(words[:-1]) if len(words) > 1 else None
            if named is not None and (len(named[0]) == 1 or len(named[0]) == res.n):
                return named[0], starts[-1], "relative"
        return None
    if len(words) >= 3 and words[-1] in WRITTEN_NOUNS and words[-2] == "s":
        # "Xi's message recalled that ...": the writer speaks
        writer = res.resolve_kind(words[:-2])
        if writer is not None and writer[2] == "person":
            found = _subject_start(
                w, words, starts, window_lo, res, writer[0], writer[1] + 2, "person"
            )
            return None if found is None else (*found, "person")
    khit = res.resolve_kind(words)
    if khit is None:
        return None
    who, k, via = khit
    if (
        via in ("side", "team")
        and k == 1
        and len(words) >= 2
        and words[-2] not in CLAUSE_WORDS
        and words[-2] not in {"of", "the"}  # "President X of Mozambique", "the Philippines"
        and text[starts[-2]].islower()
        and RULES.word_then_space.fullmatch(text, starts[-2], starts[-1]) is not None
    ):
        return None  # "the medical supplies China sent": a relative clause, no report
    if via == "person" and _proposal_relative(text, words, starts, len(words) - k - 1):
        return None  # "an idea President Xi put forward": a relative clause, no report
    if (
        via == "group"
        and not res.heads
        and len(words) > k + 1
        and words[-k - 1] == "of"
        and words[-k - 2] in LEADER_NOUNS
    ):
        return None  # "the leaders of the two countries agreed", said by two ministers
    if via == "group" and len(words) > k and words[-k - 1] in _OTHER_GROUP_WORDS:
        return None  # "(at the summit, where) allied leaders reaffirmed ...": others
    if words[-1] == "they" and k == 1 and 1 < len(st.last) < res.n:
        who = st.last  # "They affirmed ...": the several who spoke last, not everyone
    elif (
        via == "person"
        and st.last_single
        and st.last_single != who
        and st.last_sentence == st.sentence - 1
        and text[starts[-1]].islower()
        and (key := tuple(t for t in words[-k:] if t != "the")) not in res.settled
        and st.last_single[0] in res.sharers.get(key, ())
    ):
        # "Pandor said ... The minister expressed ...": a lower-case office both hold,
        # right after one of them spoke, goes on with that one (a capitalised title, "The
        # Minister", stays the publisher's own)
        who = st.last_single
    elif via in ("side", "team") and len(words) > k + 1 and words[-k - 1] == "of":
        # "President Daniel Chapo of Mozambique exchanged": a person and the side after
        named = res.resolve_tail(words[: -k - 1])
        if named is not None and (named[0] == who or set(named[0]) < set(who)):
            # (of a side two participants share: the one named)
            who, k, via = named[0], k + 1 + named[1], "person"

    # "Taro Kono, his Japanese counterpart, discussed": the name before an appositive
    # is tried first, then the appositive alone
    pk = k + 1 if k < len(words) and words[-k - 1] in {"his", "her"} else k
    # "..., Prince Faisal bin Farhan, reviewed": a style or rank before the name
    if (
        pk < len(words)
        and text[starts[-pk - 1]].isupper()
        and text.rfind(",", window_lo, starts[-pk - 1]) >= 0  # a cheap test first
    ):
        at = starts[-pk - 1]
        hm = res.m.honorific.match(text, at, starts[-pk]) or res.m.title.match(
            text, at, starts[-pk]
        )
        if hm is not None and not text[hm.end() : starts[-pk]].strip():
            at = bisect_left(starts, hm.start())
            if text.endswith(",", window_lo, _rstrip(text, window_lo, starts[at])):
                pk = len(words) - at
    if (
        via == "person"
        and pk < len(words)
        and not text.endswith(",", window_lo, _rstrip(text, window_lo, starts[-pk]))
    ):
        # "Lars Berg, Minister of Foreign Affairs of Norway, reviewed": the title set off
        # after the name holds more than the words that named him
        comma = text.rfind(",", window_lo, starts[-pk])
        j = bisect_left(starts, comma)
        if 0 < j < len(words) - pk:
            at = starts[j + 1] if words[j] == "the" else starts[j]
            if res.m.title.match(text, at) is not None:
                pk = len(words) - j
    if pk < len(words) and text.endswith(",", window_lo, _rstrip(text, window_lo, starts[-pk])):
        named = res.resolve_tail(words[:-pk])
        if named is not None and named[0] == who:
            found = _subject_start(w, words, starts, window_lo, res, who, pk + named[1], via)
            if found is not None:
                return (*_listed_before(text, res, found[0], found[1], lo), via)
    found = _subject_start(w, words, starts, window_lo, res, who, k, via, engagement=st.engagement)
    if found is None:
        return None
    # "A, B, and C sent ...": earlier mentions joined by commas and "and"
    who, start = _listed_before(text, res, found[0], found[1], lo)
    return who, start, via


def _subject_start(
    w: Words,
    words: list[str],
    starts: list[int],
    window_lo: int,
    res: Resolver,
    who: tuple[int, ...],
    k: int,
    via: str,
    *,
    engagement: bool = False,
) -> tuple[tuple[int, ...], int] | None:
    """The subject whose last ``k`` words name ``who``, with the first of a pair ("X and
    Y"), if it starts its clause: who and where it starts. ``engagement``: in the
    engagement sentence."""
    text = w.text
    start = starts[-k]
    # "X and Y discussed": add the first of a pair
    rest = words[:-k]
    # a rank or title word or two may sit between "and" and the second name, or "his
    # visiting Finnish counterpart", "visiting Sri Lankan Prime Minister"
    for gap in range(_PAIR_GAP_MAX + 1):
        if len(rest) <= gap:
            break
        if gap and text.find(",", starts[-k - gap], starts[-k]) >= 0:
            break  # "Welcoming X and his delegation, Y said": the comma ends the phrase
        if gap > 2 and (
            sum(
                x not in _PAIR_GAP_WORDS and not text[at].isupper()
                for x, at in zip(rest[len(rest) - gap :], starts[-k - gap : -k], strict=True)
            )
            > 1
        ):
            break  # (title words, capitalised, may stand there too)
        if rest[-1 - gap] == "and":
            if text.endswith(",", window_lo, _rstrip(text, window_lo, starts[-k - 1 - gap])):
                # "... with Y, and the two presidents said": "and" joins two clauses (a
                # list "A, B, and C" is ``_listed_before``'s), unless the comma closes an
                # aside after the first of a pair that starts the clause: "X, who is
                # visiting China, and Y pledged"
                par = RULES.parenthetical_end.search(text, window_lo, starts[-k - 1 - gap])
                if par is not None:
                    j = bisect_left(starts, par.start())
                    h2 = res.resolve_tail(words[:j])
                    if h2 and _opens_clause(text, window_lo, starts[j - h2[1]]):
                        who = tuple(sorted(set(who) | set(h2[0])))
                        start = starts[j - h2[1]]
                elif (
                    first := _apposed_first(w, res, window_lo, starts[-k - 1 - gap], who)
                ) is not None:
                    # "X, Iran's top diplomat, and Y, the Foreign Minister of Armenia,
                    # reviewed": the first of a pair with its own appositive
                    who = tuple(sorted({*who, first[0]}))
                    start = first[1]
                break
            h2 = res.resolve_tail(rest[: -1 - gap])
            first_at = starts[-k - 1 - gap - h2[1]] if h2 else start
            # the longer gap only for a pair that opens the sentence
            if h2 and (gap <= 2 or _opens_clause(text, window_lo, first_at)):
                who = tuple(sorted(set(who) | set(h2[0])))
                start = first_at
            break
    else:
        # "The Secretary-General and French President X": a title-only pair
        pass
    # "..., and Mr Johnson said": the honorific before the name is the subject's too
    hm = res.m.honorific_left.search(text, max(window_lo, start - 40), start)
    if hm is not None and not text[hm.start() - 1 : hm.start()].isalpha():
        start = hm.start()
    # the subject must start the clause: nothing but a boundary before it
    prefix = text[window_lo:start] if start > window_lo else ""
    if len(who) > 1 and prefix.endswith(("of ", "of the ")):
        # "the foreign ministers of Iran and Qatar discussed": the group of the sides named
        # ("The Presidents of Latvia and Estonia reaffirmed", two of three)
        gm = RULES.group_of_before.search(prefix)
        if gm is not None:
            start = window_lo + gm.start()
            prefix = prefix[: gm.start()]
    # "... that President Barack Obama indicated": look past the title words
    if _may_end_in_caps(prefix):
        prefix = _without_trailing_caps(prefix)
    # "... in which they pledged": a relative clause whose subject is everyone is fine
    # ("X held talks with Y, as both sides vowed to ...": a clause of its own after the
    # engagement's, not "..., as the two Presidents agreed yesterday" in what one said)
    relative_group = via == "group" and (
        RULES.which_before.search(prefix) is not None or (engagement and prefix.endswith(", as "))
    )
    if prefix and not relative_group and _ends_blocked(prefix):
        return None
    return who, start


def _opens_clause(text: str, lo: int, at: int) -> bool:
    """Whether only title words ("Chinese Foreign Minister") and a dateline ("BEIJING,
    May 24 (Xinhua) --") stand between ``lo`` and a subject at ``at``."""
    opening = text[after_dateline(text, lo, at) : at]
    if _may_end_in_caps(opening):
        opening = _without_trailing_caps(opening)
    return not opening.strip()


def _apposed_pair(w: Words, a: int, b: int, res: Resolver) -> tuple[int, ...] | None:
    """The two participants a sentence opens with when the first has an appositive: "Xi
    Jinping, on a state visit to Chile, and his host, President Michelle Bachelet, (held
    talks)". None for any other opening."""
    text = w.text
    a = after_dateline(text, a, b)
    spans = res.spans
    i = bisect_left(spans, (a,))
    if i == len(spans) or text[a : spans[i][0]].strip():
        return None
    _, e, first = spans[i]
    if not text.startswith(",", e):
        return None
    and_at = text.find(", and ", e + 1, min(b, e + 160))
    if and_at < 0 or RULES.aside_break.search(text, e + 1, and_at) is not None:
        return None
    lo = and_at + 6
    for start, _, second in islice(spans, bisect_left(spans, (lo,)), None):
        # "and (his host,) President X": a few words of the second's own before the name
        between = text[lo:start]
        if (
            second == first
            or len(between.split()) > 3
            or RULES.aside_break.search(between) is not None
        ):
            return None
        return tuple(sorted((first, second)))
    return None


def _apposed_first(
    w: Words, res: Resolver, lo: int, and_at: int, second: tuple[int, ...]
) -> tuple[int, int] | None:
    """The participant (index, mention start) that a short appositive ending right before
    ", and" at ``and_at`` follows: "X, Iran's top diplomat, and ...". None when the aside
    is no appositive (it names someone else, or holds a verb or a clause break)."""
    text = w.text
    comma = _rstrip(text, lo, and_at) - 1
    opened = text.rfind(",", max(lo, comma - 100), comma)
    if opened < 0 or RULES.aside_break.search(text, opened + 1, comma) is not None:
        return None
    e = _rstrip(text, lo, opened)
    spans = res.spans  # (by start: only those starting in the window can end at e)
    j, k = bisect_left(spans, (lo,)), bisect_left(spans, (e,))
    mentioned = [(a, i) for a, end, i in spans[j:k] if end == e]
    if len(mentioned) != 1 or mentioned[0][1] in second:
        return None
    a, i = mentioned[0]
    words = w.between(opened + 1, comma)[0]
    while words and words[0] in {"the", "his", "her"}:
        words = words[1:]
    aside = res.resolve_tail(words)
    if aside is not None and aside[1] == len(words) and aside[0] != (i,):
        return None  # "X, the Minister, and ...": the aside names someone else
    return i, a


def _may_end_in_caps(s: str) -> bool:
    """Whether ``s`` may end with capitalised words and space (``RULES.trailing_caps``,
    which is tried at every position): the last word has a capital, or is not ASCII."""
    r = s.rstrip()
    if len(r) == len(s) or not r:
        return False
    i = len(r)
    while i and (r[i - 1].isalpha() or r[i - 1] in "-.'\u2019"):
        i -= 1
    run = r[i - 1 :] if i else r  # with the character that stopped it
    return not run.isascii() or run.lower() != run


def _without_trailing_caps(s: str) -> str:
    """``RULES.trailing_caps.sub("", s)``: its one match (it ends the text) lies after the
    last character none holds (``RULES.not_in_trailing_caps``), so only that end of ``s``
    is searched, not every position of a long stretch."""
    stop = RULES.not_in_trailing_caps.search(s)
    m = RULES.trailing_caps.search(s, stop.end() if stop is not None else 0)
    return s[: m.start()] if m is not None else s


#: how far before the end of its text (trailing space aside) a match of
#: ``RULES.subject_blocked`` can start: its longest word ("between") or "'s" ends there,
#: and no character of the text folds to less than one of the pattern's
_BLOCKED_REACH: Final = 7


def _ends_blocked(s: str) -> bool:
    """Whether ``RULES.subject_blocked`` finds a match in ``s``: searched only where
    ``_may_end_blocked`` allows one, and only over the last characters one can start at."""
    if not _may_end_blocked(s):
        return False
    lo = len(s.rstrip()) - _BLOCKED_REACH
    return RULES.subject_blocked.search(s, lo if lo > 0 else 0) is not None


def _may_end_blocked(s: str) -> bool:
    """Whether ``s`` may end with a word that blocks a subject (``RULES.subject_blocked``):
    one of its words or a possessive before space, or anything not ASCII there."""
    r = s.rstrip()
    if len(r) == len(s) or not r:
        return False
    tail = r[-10:]
    return not tail.isascii() or tail.lower().endswith(RULES.subject_blocked_ends)


def _listed_before(
    text: str, res: Resolver, who: tuple[int, ...], start: int, lo: int
) -> tuple[tuple[int, ...], int]:
    """Extend a subject leftwards over participant mentions joined by ', ' or 'and'."""
    spans = res.spans
    i = bisect_left(spans, (start + 1,)) - 1
    # the mention that holds the subject's start
    while i >= 0 and not (spans[i][0] <= start < spans[i][1] or spans[i][0] == start):
        if spans[i][1] <= start - 120:
            return who, start
        i -= 1
    if i < 0:
        return who, start
    cur = spans[i][0]
    found = set(who)
    j = i - 1
    first = True
    while j >= 0 and spans[j][0] >= lo:
        a, e, k = spans[j]
        joint = RULES.list_joint.fullmatch(text, e, cur) if e <= cur else None
        if first and joint is not None and "and" not in joint.group():
            break  # "In his call with A, B said": an introductory phrase, not a list
        if joint is not None:
            first = False
            found.add(k)
            cur = a
        elif e > cur:
            pass  # an overlapping mention
        else:
            break
        j -= 1
    if found == set(who):
        return who, start
    return tuple(sorted(found)), min(cur, start)


def _talked_with(
    w: Words, who: tuple[int, ...], a: int, cs: int, ce: int, b: int, res: Resolver
) -> tuple[int, ...]:
    """``who`` and the participant a topic verb's subject talked it over with: "with him"
    or "with the Prime Minister" after the verb, "with Y" after its object (before a
    comma), or an opening "In a phone call with Y,"."""
    text = w.text
    at = -1
    wm = RULES.with_after.match(text, ce, near(ce, b))
    if wm is not None:
        at = wm.end()  # "discussed with him ways to ..."
    else:
        stop = text.find(",", ce, b)
        k = text.find(" with ", ce, stop if stop >= 0 else b)
        if k >= 0 and RULES.with_after.match(text, k, near(k, b)) is not None:
            at = k + 6  # "discussed trade with the Prime Minister"
    if at < 0:
        lm = RULES.engagement_with_lead.match(text, after_dateline(text, a, cs), cs)
        if lm is None and text.find(" with ", a, cs) >= 0:
            lm = RULES.engagement_with_aside.search(text, a, cs)
        if lm is None:
            return who
        at = lm.end()
    after, after_at = w.between(at, min(b, at + 120))
    after = after[:16]
    other: tuple[int, ...] = ()
    if after and after[0] in {"him", "her"}:
        other = (1 - who[0],) if res.n == 2 else ()
    pos = 0
    if after[:1] in (["his"], ["her"], ["their"]) and "counterpart" in after[1:3]:
        # "with his Tunisian counterpart Othman Jerandi": the name after the phrase
        pos = after.index("counterpart", 1) + 1
    while not other or (pos < len(after) and after[pos] == "and"):
        # "with Indian President A and Prime Minister B": each of a list, when several
        # wrote on this side too, or when the list ends the clause ("with A and B, as")
        if other:
            pos += 1
        found = _person_at(after, pos, res)
        if found is None:
            break
        if other and len(who) == 1:
            # "with A and B, President of X,": the list ends the clause (not "with A and
            # President B said ...": B's own report follows)
            ends = [
                k
                for k in range(found[0], pos, -1)
                if _clause_ends_after(text, after_at, k)
                and (hit := res.resolve_kind(after[pos:k])) is not None
                and hit[0] == found[1]
            ]
            if not ends:
                break
            found = (ends[0], found[1])
        pos, one = found
        other = (*other, *one)
    if not other or other == who or not all(res.taking_part[i] for i in (*who, *other)):
        return who
    return tuple(sorted({*who, *other}))


def _clause_ends_after(text: str, starts: Sequence[int], k: int) -> bool:
    """Whether the ``k`` words from ``starts`` end their clause: a comma, a stop or the
    text's end right after the last of them."""
    if k >= len(starts):
        return True
    wm = RULES.word.match(text, starts[k - 1])
    end = wm.end() if wm is not None else starts[k - 1]
    return text[end : starts[k]].strip(" \t")[:1] in (",", ".", ";")


def _person_at(words: Sequence[str], pos: int, res: Resolver) -> tuple[int, tuple[int, ...]] | None:
    """Where a phrase at ``words[pos:]`` naming one participant ends ("(the) (President)
    Berg", at most two words before the name), and whom it names; not "Berg's deputy"."""
    for k in range(min(len(words), pos + 5), pos, -1):
        hit = res.resolve_kind(words[pos:k])
        if (
            hit is not None
            and k - pos - hit[1] <= 2
            and hit[2] == "person"
            and len(hit[0]) == 1
            and (k == len(words) or words[k] not in {"s", "of"})
        ):
            # "European Council President Antonio Costa": the name after the office too
            for k2 in range(min(len(words), k + 4), k, -1):
                more = res.resolve_kind(words[k:k2])
                if (
                    more is not None
                    and more[0] == hit[0]
                    and more[1] == k2 - k
                    and res.m.title_words.isdisjoint(words[k:k2])
                ):
                    return k2, hit[0]
            return k, hit[0]
    return None


def _not_the_object(
    w: Words,
    found: tuple[tuple[int, ...], int, str],
    cs: int,
    ce: int,
    b: int,
    res: Resolver,
    *,
    named: bool = False,
) -> tuple[tuple[int, ...], int, str]:
    """ "She briefed the Secretary on ...", "The Minister briefed Wang Yi on ...": a
    pronoun or title subject is not the participant its verb takes as object; of two
    participants, it is then the other. An object both share ("the Prime Minister" of
    two) names the publisher's own, unless the pronoun's one was ``named`` as the subject
    just before."""
    titled = found[2] == "person"
    if titled and not res.shared(w.between(found[1], cs)[0]):
        return found  # a name, or a title only one participant holds: no doubt to settle
    after = w.between(ce, min(b, ce + 60))[0][:4]
    for k in range(len(after), 0, -1):
        hit = res.resolve_kind(after[:k])
        # "commended President Humala's leadership": title words before the name (its
        # owner, like an object, is not the subject)
        if hit is not None and k - hit[1] <= 2:
            if (
                hit[0] == found[0]
                and hit[2] == "person"
                and not ((titled or named) and res.shared(after[:k]))
            ):
                return (1 - found[0][0],), found[1], found[2]
            break
    return found


#: the most words after a postposed cue: the speaker, with a title and an adverbial ("...,"
#: said Foreign Minister Lestari at the start of the meeting.")
_POSTPOSED_TAIL_WORDS: Final = 12


def _postposed(
    w: Words, cs: int, ce: int, b: int, res: Resolver, st: _State, lo: int
) -> tuple[tuple[int, ...], int] | None:
    """ "..., Wang said." or "..., said the minister.": speakers and the comma's offset."""
    text = w.text
    tail = text[ce : min(b, ce + 200)]
    # (the words up to a comma: "..., said Wang, adding that ..." ends its speaker there)
    if len(tail.split(",", 1)[0].split()) > _POSTPOSED_TAIL_WORDS:
        return None
    comma_abs = text.rfind(",", max(lo, cs - 200), cs)
    if comma_abs < 0:
        return None
    np_toks, np_at = w.between(comma_abs + 1, cs)
    while np_toks and is_adverb(np_toks[-1], text[np_at[-1]].isupper()):
        np_toks.pop()
        np_at.pop()
    who: tuple[int, ...] | None = None
    if np_toks and RULES.postposed_tail.match(text, ce, near(ce, b)) is None:
        return None  # "..., and the two presidents agreed to upgrade ties": content follows
    if np_toks:
        if len(np_toks) == 1 and np_toks[0] in PRONOUNS:
            who = _by_gender(np_toks[0], st, res) if st.last_single else None
        else:
            hit = res.resolve_tail(np_toks)
            if hit and hit[1] >= len(np_toks) - 1:
                who = hit[0]
    else:
        after, at = w.between(ce, b)
        for k in range(len(after), 0, -1):
            hit = res.resolve_tail(after[:k])
            # "said Foreign Minister Lestari": a title written before the name
            if hit and (hit[1] == k or all(text[i].isupper() for i in at[: k - hit[1]])):
                wm = RULES.word.match(text, at[k - 1])  # (a key's length may differ)
                end = wm.end() if wm is not None else at[k - 1]
                if k < len(after) and RULES.postposed_tail.match(text, end, near(end, b)) is None:
                    return None  # "..., said Iran will keep ...": the content's subject
                who = hit[0]
                break
    if who is None:
        return None
    return who, comma_abs
