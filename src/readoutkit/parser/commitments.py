"""Commitments: undertakings about the actors' own future conduct, found inside statements.

Two shapes: the reporting verb itself binds the speakers ("the two sides agreed
to ...", "X pledged to ..."), or a cue inside the reported content ("China will
...", "Iran is committed to ...", "his commitment to ...") whose subject is the
speaker's own side (a pronoun, its country, "we") or both sides. A cue whose
subject is anyone else is a prediction or a demand, not a commitment.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import compress
from typing import Final

import attrs
import regex

from readoutkit.model import Modality, Polarity
from readoutkit.parser.matchers import CUE_ADVERBS, Matchers, matches_at
from readoutkit.parser.parties import INSTITUTION_NOUN_WORDS
from readoutkit.parser.rules import RULES, near
from readoutkit.parser.speech import Draft, Resolver, Words, is_adverb
from readoutkit.parser.text import Document
from readoutkit.parser.words import (
    AFFIRMING_NO_VERBS,
    AID_NOUNS,
    AID_WORDS,
    ARTICLES,
    BINDING_IMPERSONAL_VERBS,
    DEMONSTRATIVES,
    NOUN_CUE_ADJECTIVES,
    OWNING_VERBS,
    POSSESSIVES,
    RENEWING_VERBS,
    SELF_WORDS,
    STANCE_NOUNS,
    SUPPORT_WORDS,
    TRUE_POSSESSIVES,
)

__all__ = ["CommitmentDraft", "find_commitments"]


@attrs.define
class CommitmentDraft:
    """A commitment before ids: actors (participant indexes), offsets, cue, statement index."""

    actors: tuple[int, ...]
    start: int
    end: int
    polarity: Polarity
    modality: Modality
    cue: str
    statement: int
    rule: str


#: placeholders in a cue's pattern for a form of "be" and a possessive (see matchers.py)
_PLACEHOLDERS: Final = frozenset({"BE", "POSS", "SIDE"})

#: the nouns of a side's forces: "U.S. forces", "Chinese military personnel"
_FORCE_NOUNS: Final = frozenset({"forces", "troops", "military", "personnel", "soldiers"})
#: the words that may stand before a force noun: "ground (forces)", "combat (troops)"
_FORCE_WORDS: Final = _FORCE_NOUNS | {"ground", "combat", "armed", "naval", "special", "air"}

#: cues of a warning, whose "will" is the speaker's side's undertaking when that side is
#: its subject ("warned that Iran will respond"), else a prediction
_WARNING_CUES: Final = ("warned", "cautioned")

#: what names a body of both sides: "the Joint Economic Committee"
_JOINT_WORDS: Final = frozenset({"joint", "bilateral", "intergovernmental", "inter-governmental"})


class _Cues:
    """What may follow the first word of a commitment cue, for a cheap test before the
    cue pattern (slow: a long alternation folding case in full): the first word of each
    cue's second word, or an adverb in -ly, which the pattern allows between them."""

    def __init__(self, m: Matchers) -> None:
        #: by first word, the second words it may take; no entry when it may stand alone
        self.seconds: Final[dict[str, frozenset[str]]] = {}
        #: second words after "BE" or "POSS", which may be any of several first words
        self.any_seconds: frozenset[str] = frozenset()
        #: a cue may be a placeholder alone: every first word must be tried
        self.always = False
        seconds: dict[str, set[str]] = {}
        alone: set[str] = set()
        anywhere: set[str] = set()
        for cue in m.cues:
            if cue.form == "verb":
                continue
            words = cue.pattern.split()
            if not words:
                continue
            first = words[0] if words[0] in _PLACEHOLDERS else words[0].lower()
            nxt = RULES.word.match(words[1]) if len(words) > 1 else None
            if len(words) == 1 or words[1] in _PLACEHOLDERS or nxt is None:
                alone.add(first)  # nothing known to test the next word against
            elif first in _PLACEHOLDERS:
                anywhere.add(nxt.group().lower())
            else:
                seconds.setdefault(first, set()).add(nxt.group().lower())
        self.always = bool(alone & _PLACEHOLDERS)
        self.any_seconds = frozenset(anywhere)
        self.seconds.update(
            {w: frozenset(v | anywhere) for w, v in seconds.items() if w not in alone}
        )
        self.alone: Final = frozenset(alone)
        #: the first words of the verb-form cues ("agreed", "pledged"), lower-cased; none
        #: when one starts with a placeholder
        firsts = [c.pattern.split()[0] for c in m.cues if c.form == "verb" and c.pattern.split()]
        self.verb_firsts: Final = (
            None if _PLACEHOLDERS & set(firsts) else tuple({w.lower() for w in firsts})
        )

    def may_bind(self, text: str, pos: int) -> bool:
        """Whether a verb-form cue may start at ``pos`` (a cheap test before ``verb_cue``)."""
        if self.verb_firsts is None:
            return True
        lead = text[pos : pos + 20]
        return not lead.isascii() or lead.lower().startswith(self.verb_firsts)

    def may_start(self, first: str, second: str | None) -> bool:
        """Whether a cue may start at a word ``first`` followed by the word ``second``."""
        if self.always or first in self.alone:
            return True
        if second is None:
            return False
        if not (second.isascii() and second.isalpha()) or second.endswith("ly"):
            return True
        if second in CUE_ADVERBS:
            return True  # "is also ready to": the word after it decides, in the pattern
        allowed = self.seconds.get(first, self.any_seconds)
        return second in allowed


@functools.lru_cache(maxsize=16)
def _cues_for(m: Matchers) -> _Cues:
    """The cue table of a lexicon's matchers."""
    return _Cues(m)


def _cue_starts(doc: Document, m: Matchers) -> list[int]:
    """Where a commitment cue may start in the document: the offsets of the words that can
    start one (``Matchers.cue_firsts``) and pass the cheap test of ``_Cues`` with the word
    after them. Once per document, for all its statements."""
    cues = _cues_for(m)
    starts, lows = doc.tok_starts, doc.tok_lower
    n = len(lows)
    return [
        starts[i]
        for i in compress(range(n), map(m.cue_firsts.__contains__, lows))
        if cues.may_start(lows[i], lows[i + 1] if i + 1 < n else None)
    ]


#: quotation marks that close a quote
_CLOSING_QUOTES: Final = '"\u201d'


def _longer_place(text: str, toks: Sequence[tuple[str, int]], k: int, res: Resolver) -> bool:
    """Whether the last ``k`` tokens' side, with the word before it, is another place's
    name ("North Korea" around a participant's "Korea")."""
    at = toks[-k - 1][1]
    last, end = toks[-1]
    return text[at].isupper() and res.m.country(text[at : end + len(last)]) is not None


def _aid_noun_at(words: Sequence[str]) -> int | None:
    """Where a subject's head noun of aid stands after the words of a side ("Chinese aid",
    "Chinese aid to Tonga", "Chinese assistance to the continent"), if it is its head."""
    if words[-1] in AID_NOUNS:
        return len(words) - 1
    for k in (len(words) - 3, len(words) - 4):
        if k >= 1 and words[k] in AID_NOUNS and words[k + 1] in ("to", "for"):
            return k
    return None


def _speakers_side(
    res: Resolver, words: Sequence[str], speakers: tuple[int, ...], more: int
) -> tuple[tuple[int, ...], int, str] | None:
    """The hit for a subject whose ``words`` name the speakers' own side and whose last
    ``more`` words follow them ("Iranian(s)", "U.S. (military personnel)"), else None."""
    hit = res.resolve_by(words, speakers)
    if hit is None or hit[2] != "side" or hit[0] != speakers:
        return None
    return hit[0], hit[1] + more, hit[2]


def _own_government(words: Sequence[str]) -> bool:
    """Whether a subject's last words are the speaker's own administration ("the Federal
    Government", "his government", "the Kingdom")."""
    return RULES.own_government.fullmatch(" ".join(words[-3:])) is not None


#: how far before a continued sentence its "it" may find the side it stands for
_IT_REACH: Final = 160


def _own_side_before(w: Words, d: Draft, at: int, res: Resolver, *, reach: bool = False) -> bool:
    """Whether the speakers' own side is named, in up to three words, in what they said before
    ``at`` ("China" before "and it will ..."; in a sentence that continues their words,
    "Kazakhstan firmly pursues ... It will never permit ...", or one whose speaker comes
    after it, "..., he added"; or, with ``reach``, a participle's, "..., adding that it
    is willing to"): what "it" stands for."""
    lo = d.start
    if d.rule in ("continuation", "postposed", "joint-text") or reach:
        lo = d.start - _IT_REACH if d.start > _IT_REACH else 0
    words = [word for word, _ in w.tokens(lo, at)]
    for i, word in enumerate(words):
        # ("New Zealand", "Trinidad and Tobago": a side's name of up to three words)
        for key in ((word,), tuple(words[i : i + 2]), tuple(words[i : i + 3])):
            owner = res.owner.get(key)
            if owner is not None and key in res.side_keys and (owner,) == d.speakers:
                return True
        # "Ghana ...; it will never ..." said by one of two Ghanaians: the side they share
        team = res.teams.get((word,)) if res.teams else None
        if team is not None and set(d.speakers) <= set(team):
            return True
    return False


def _side_before_comma(w: Words, d: Draft, comma: int, res: Resolver) -> tuple[int, ...] | None:
    """The speakers, if the words right before ``comma`` name their own side ("the
    Maldivian government", "Oman"), else None."""
    words = [t for t, _ in w.tokens(max(d.start, comma - 60), comma)]
    for k in range(min(len(words), 4), 0, -1):
        hit = res.resolve_by(words[-k:], d.speakers)
        if hit is not None and hit[1] == k:
            return d.speakers if hit[0] == d.speakers and hit[2] in ("side", "team") else None
    return None


def _joint_body(words: Sequence[str], speakers: tuple[int, ...], everyone: tuple[int, ...]) -> bool:
    """Whether a subject is a body the sides run together ("the Joint Economic
    Committee", "the bilateral working group"), in what all of them said."""
    return (
        len(everyone) > 1
        and set(speakers) == set(everyone)
        and len(words) >= 2
        and words[0] == "the"
        # "the next round of consultations (will take place in Lima)": their next meeting
        and (words[1] == "next" or not _JOINT_WORDS.isdisjoint(words))
    )


def _own_body(
    text: str, toks: Sequence[tuple[str, int]], res: Resolver, speakers: tuple[int, ...]
) -> bool:
    """Whether a subject is one acronym ("the" before it allowed) that opens the speaker's
    title where the text names them ("CIDCA will ..." said by "CIDCA Chairman Luo
    Zhaohui"), or the initials of the body their title names ("Chairman of China
    International Development Cooperation Agency"): their own body."""
    if len(toks) == 2 and toks[0][0] == "the":
        toks = toks[1:]  # "the CIDCA is ready to ..."
    if len(toks) != 1 or len(speakers) != 1:
        return False
    word, at = toks[0]
    if word == "agency" and text.startswith("agency", at):
        # "the agency is ready to ...", said by the head of an agency: "Chairman of the
        # CIDCA" (an agency's acronym ends in its "A"), "Director of the Agency"
        title = res.titles[speakers[0]] or ""
        return "Agency" in title or any(
            len(w) >= 3 and w.isupper() and w.isalpha() and w.endswith("A") for w in title.split()
        )
    acronym = text[at : at + len(word)]
    if len(acronym) < 2 or not acronym.isupper():
        return False
    # "Chairman of China International Development Cooperation Agency": its initials
    title = res.titles[speakers[0]] or ""
    if acronym in title.split():
        return True  # "Chairman of CIDCA"
    body = title.partition(" of ")[2]
    if body and "".join(w[0] for w in body.split() if w[0].isupper()) == acronym:
        return True
    for s, e, i in res.spans:
        if i == speakers[0] and (
            text.startswith(acronym + " ", s)
            # "CIDCA Chairman Luo", "CIDCA chairman Chen Xiaodong", "CIDCA's Chairman, Luo
            # Zhaohui": before the name
            or any(_owns_office(text, acronym + tail, s) for tail in _OWNER_TAILS)
            # "Luo Zhaohui, who chairs CIDCA,": after it, in a relative clause
            or (text.startswith(", who ", e) and text.find(" " + acronym, e, e + 30) >= 0)
        ):
            return True
    return False


def _owns_office(text: str, owner: str, s: int) -> bool:
    """Whether ``owner`` (an acronym and what follows it) stands shortly before a mention
    at ``s`` with only words between ("CIDCA's Chairman, Luo"), not across a sentence's
    end ("on the eve of PALM 4.\nPrime Minister X")."""
    at = text.find(owner, max(0, s - 24), s)
    return at >= 0 and RULES.words_only.fullmatch(text, at + len(owner), s) is not None


#: what follows an acronym that owns the office after it: "CIDCA (Chairman)", "CIDCA's"
_OWNER_TAILS: Final = (" ", "'s ", "\u2019s ")

#: the head nouns of a side's named institution ("Investment Authority", "Navy")
_INSTITUTION_HEADS: Final = frozenset(w.casefold() for w in (*INSTITUTION_NOUN_WORDS, "Fund"))


def _own_institution(
    text: str, toks: Sequence[tuple[str, int]], res: Resolver, speakers: tuple[int, ...]
) -> int | None:
    """Where a subject that is an institution named after the speakers' own side starts
    ("the Qatar Investment Authority", "Kenya Ports Authority"): the side's name, then
    capitalised words ending in an institution's noun."""
    if len(toks) < 2 or toks[-1][0] not in _INSTITUTION_HEADS:
        return None
    for j in range(max(0, len(toks) - 6), len(toks) - 1):
        if toks[j][0] == "the" or not text[toks[j][1]].isupper():
            continue
        # the side's name in one word or two ("U.S. Africa Command": "U", "S")
        for k in (2, 1) if j + 2 < len(toks) else (1,):
            hit = res.resolve_by([t for t, _ in toks[j : j + k]], speakers)
            if hit is not None and hit[1] == k and hit[2] == "side" and hit[0] == speakers:
                break
        else:
            return None
        if all(text[at].isupper() for _, at in toks[j + k :]) and all(
            t == "the" for t, _ in toks[:j]
        ):
            return toks[0][1]
        return None
    return None


def _side_opens_sentence_before(doc: Document, w: Words, d: Draft, res: Resolver) -> bool:
    """Whether the sentence before a continued one opens (after an adverbial such as
    "Meanwhile,") with the speakers' own side or government ("the Chinese side remains
    committed to ... It will work with ..."): what that sentence's "it" stands for."""
    k = doc.sentence_index(d.start)
    if k < 1:
        return False
    prev = doc.sentences[k - 1]
    comma = doc.text.find(",", prev.start, min(prev.end, prev.start + 30))
    lo = (
        comma + 1
        if comma >= 0 and RULES.opening_adverbial.fullmatch(doc.text, prev.start, comma)
        else prev.start
    )
    # "He said that his Government would not ...": the reported clause's subject
    that = doc.text.find(" that ", lo, min(prev.end, lo + 40))
    for a in (lo, that + 6) if that >= 0 else (lo,):
        words = [t for t, _ in w.tokens(a, min(prev.end, a + 60))][:4]
        for n in range(1, len(words) + 1):
            if _own_government(words[:n]) and (words[0] in _OWN or words[0] == "the"):
                return True
            hit = res.resolve_by(words[:n], d.speakers)
            if hit is not None and hit[1] == n and hit[0] == d.speakers and hit[2] == "side":
                return True
    return False


def _possessor(
    text: str, toks: Sequence[tuple[str, int]], res: Resolver, speakers: tuple[int, ...]
) -> int | None:
    """Where a subject opening with the speakers' own side in the possessive starts
    ("China's door of opening-up", "India's support for X"), if it does."""
    for j in range(1, min(len(toks), 4)):
        word, at = toks[j]
        if word == "s" and text[at - 1 : at] in ("'", "\u2019"):
            hit = res.resolve_by([t for t, _ in toks[:j]], speakers)
            if hit is not None and hit[1] == j and hit[2] == "side" and hit[0] == speakers:
                return toks[0][1]
            return None
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    """An undertaking's end without trailing punctuation, a dangling conjunction or the
    closing mark of a quote it sits at the end of ('... will keep it open."')."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    if (
        end > start
        and text[end - 1] in _CLOSING_QUOTES
        and text.count('"', start, end - 1) % 2 == 0
        and text.find("\u201c", start, end) < 0
    ):
        end -= 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
            end -= 1
    if text.endswith(RULES.content_tail_ends, start, end):
        m = RULES.content_tail.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
    if text.find(",", start, end) >= 0:
        # "Vietnam will not use force first, he said(, but ...)": without the attribution
        am = RULES.speaker_tail.search(text, max(start, end - 60), end)
        if am is not None and am.start() > start:
            end = am.start()
    return end


def _past_place(
    text: str, start: int, b: regex.Match[str], end: int, m: Matchers
) -> regex.Match[str] | None:
    """The clause boundary before ``end`` once a place's name holding the "and" ``b``
    ("Trinidad and Tobago", "Bosnia and Herzegovina") is skipped; ``b`` itself when no
    place spans it."""
    for pm in m.place.finditer(text, max(start, b.start() - 40), end):
        if pm.start() < b.start() and pm.end() > b.end():
            return RULES.clause_boundary_before.search(text, max(start, end - 120), pm.start())
    return b


def find_commitments(
    doc: Document, drafts: Sequence[Draft], res: Resolver, m: Matchers
) -> list[CommitmentDraft]:
    """Commitments inside the given statement drafts, in text order."""
    text = doc.text
    out: list[CommitmentDraft] = []
    everyone = tuple(range(res.n))
    cues = _cues_for(m)
    words = Words(doc)
    # where a cue may start, once for all statements
    at = _cue_starts(doc, m)
    # whether a noun cue with its owner after it occurs at all ("the readiness of X to")
    noun_of = m.noun_of is not None and any(n in text for n in m.noun_of_words)
    for si, d in enumerate(drafts):
        found: list[CommitmentDraft] = []
        # the reporting verb binds the speakers: "agreed to", "pledged to", "offered support"
        vm = (
            m.verb_cue.match(text, d.cue_start, near(d.cue_start, d.end))
            if m.verb_cue is not None and d.cue and cues.may_bind(text, d.cue_start)
            else None
        )
        if (
            vm is None
            and d.rule == "impersonal"
            and d.cue in ("agreed", "decided", "resolved")
            and text.startswith("to ", d.start)
            and m.verb_cue is not None
        ):
            # "It was agreed by both Ministers to hold ...": the agents stand between the
            # verb and its "to"; the cue is the one the verb and "to" make together (matched
            # on those two words, since the text holds the agents between them)
            vm = m.verb_cue.match(f"{d.cue} to")
        elif (
            vm is None
            and d.cue
            and m.verb_cue is not None
            and not text.startswith("to ", d.start)
            and cues.may_bind(text, d.cue_start)
            and RULES.to_infinitive.match(text, d.start, near(d.start, d.end)) is not None
        ):
            # "pledged on Tuesday in Beijing to take ...": when and where stand between
            # the verb and its "to"
            vm = m.verb_cue.match(f"{d.cue} to")
        if vm is not None:
            c = m.cue_of(vm)
            if c.modality in (Modality.OFFERED, Modality.ASSURED):
                # "offered support": only with a word of support in what was offered
                content = text[d.start : d.end].casefold()[:120]
                rule = (
                    "verb-offer"
                    if (
                        any(w in content for w in SUPPORT_WORDS)
                        or (c.modality is Modality.OFFERED and any(w in content for w in AID_WORDS))
                    )
                    # "(have) offered each other support": a mutual deed, past
                    and not content.startswith(("each other", "one another"))
                    # "offered four suggestions for cooperation": words, no support
                    and RULES.offered_words.match(text, d.start, near(d.start, d.end)) is None
                    # "assured that Costa Rica will continue to support ... and will never
                    # recognize ...": the clause's own "will"s undertake, one by one
                    and not (
                        c.modality is Modality.ASSURED
                        and RULES.two_modals.search(text, d.start, near(d.start, d.end))
                    )
                    else None
                )
                if (
                    rule is None
                    and c.modality is Modality.OFFERED
                    and RULES.to_infinitive.match(text, d.start, near(d.start, d.end))
                ):
                    rule = "verb-to"  # "offered to share the lessons of ...": a pledge
            else:
                # "agreed to X and to Y": one undertaking clause, one commitment; "agreed
                # to:" and a list, one per item
                to = RULES.to_infinitive.match(text, d.start, near(d.start, d.end))
                rule = (
                    "verb-to" if to is not None else "verb-list" if d.rule == "list-item" else None
                )
            e = _trim_end(text, d.start, d.end) if rule is not None else d.start
            if rule is not None and e > d.start:
                # the undertaking with its verb: "committed to deepening ...", "offered support"
                # (an item of a list alone: its verb is in the line before)
                s = d.start if rule == "verb-list" else d.cue_start
                found.append(
                    CommitmentDraft(d.speakers, s, e, c.polarity, c.modality, d.cue or "", si, rule)
                )
        if not found and m.cue is not None:
            found.extend(_modal(doc, words, d, si, res, m, everyone, at))
        if noun_of and text.find(" of ", d.start, d.end) >= 0:
            found.extend(_noun_of_side(words, d, si, res, m, everyone, found))
        out.extend(found)
    return out


def _noun_of_side(
    w: Words,
    d: Draft,
    si: int,
    res: Resolver,
    m: Matchers,
    everyone: tuple[int, ...],
    found: Sequence[CommitmentDraft],
) -> list[CommitmentDraft]:
    """ "the readiness of the United Nations to support ...": a noun cue whose owner
    follows it, when the owner is the speaker's side."""
    text = w.text
    out: list[CommitmentDraft] = []
    assert m.noun_of is not None
    for nm in m.noun_of.finditer(text, d.start, d.end):
        if any(c.start <= nm.start() < c.end for c in found):
            continue  # inside an undertaking already read
        owner = w.between(nm.start("who"), nm.end("who"))[0]
        hit = res.resolve_by(owner, d.speakers)
        if hit is None and _own_government(owner):
            hit = (d.speakers, len(owner), "side")  # "the determination of his government to"
        if hit is None or not (set(hit[0]) <= set(d.speakers) or d.speakers == everyone):
            continue
        e = _trim_end(text, nm.start(), d.end)
        noun = nm.group("noun")
        c = m.noun_of_cue[noun]
        out.append(
            CommitmentDraft(hit[0], nm.start(), e, c.polarity, c.modality, noun, si, "noun-of")
        )
    return out


def _noun_owner(
    w: Words, pos: int, d: Draft, res: Resolver, everyone: tuple[int, ...]
) -> tuple[tuple[int, ...] | None, int]:
    """Who owns a noun cue, and where its phrase starts: "his ironclad commitment to"
    (the speaker), "their readiness to" (both, said of both), "Canada's commitment to"
    (whoever Canada is, if the speaker), nothing written (the speaker)."""
    text = w.text
    toks = w.tokens(max(d.start, pos - 60), pos)[-6:]
    start = pos
    # intensifiers between the owner and the noun: "ironclad", "continued", "strong"
    while toks and toks[-1][0] in NOUN_CUE_ADJECTIVES:
        start = toks[-1][1]
        toks.pop()
    if toks and toks[-1][0] in POSSESSIVES:
        word = toks[-1][0]
        if word in {"a", "an", "the"} and _other_side_subject(w, d, toks[-1][1], res):
            return None, start  # "Iran has shown a willingness to": not the speakers'
        if word in {"its", "their"} and _other_place_verb(w, d, toks[-1][1], res):
            return None, start  # "after the United States announced its intention to"
        if (
            word in _THIRD_POSSESSIVES
            and len(toks) >= 2
            and toks[-2][0] == "for"
            and (d.cue or "").casefold() in _CREDITING_VERBS
        ):
            return None, start  # "commended both Governments for their commitment to": theirs
        # "their commitment to", said by two of four: the two speakers'
        return d.speakers, toks[-1][1]
    if toks:
        # "the U.S. commitment to": a side written as an adjective before the noun
        side = res.resolve_by([t for t, _ in toks], d.speakers)
        if side is not None and side[2] in {"side", "person"}:
            if set(side[0]) <= set(d.speakers) or set(d.speakers) == set(everyone):
                at = len(toks) - side[1]
                # "the ironclad U.S. commitment to": the intensifier before the side too
                while at and toks[at - 1][0] in NOUN_CUE_ADJECTIVES:
                    at -= 1
                return side[0], toks[at][1]
            return None, start
    pm = RULES.possessive_before.search(text, max(d.start, start - 60), start)
    if pm is None:
        # "expressed readiness to", "noted the sincere desire and keenness to": the
        # speakers' own, when a possessive, an owning verb or the content's start is near
        owning_cue = (d.cue or "").casefold() in OWNING_VERBS
        if not toks or start - d.start < 3:
            return (d.speakers, start) if owning_cue else (None, start)
        for word, at in reversed(toks[-5:]):
            if word in TRUE_POSSESSIVES:
                # "his country's commitment to": the phrase starts at its owner
                own = RULES.own_possessive_phrase.match(text, at, start)
                return d.speakers, at if own is not None else start
            if word in OWNING_VERBS or (at - d.start < 3 and owning_cue):
                return d.speakers, start
        return None, start
    words = w.between(pm.start(), pm.end("np"))[0]
    hit = res.resolve_by(words, d.speakers)
    if hit is None:
        # "the Kingdom's keenness to": the speaker's own administration
        if _own_government(words):
            return d.speakers, pm.start()
        return None, start
    who = hit[0]
    if set(who) <= set(d.speakers) or set(d.speakers) == set(everyone):
        return who, pm.start()
    return None, start


def _other_side_subject(w: Words, d: Draft, verb: int, res: Resolver) -> bool:
    """Whether the words before an owning phrase ("(Iran) has shown (a willingness)")
    name a place that no participant is of: someone else's readiness, not the speakers'."""
    text = w.text
    for t, at in w.tokens(max(d.start, verb - 40), verb)[-4:]:
        if (
            text[at].isupper()
            and res.m.country(text[at : at + len(t)]) is not None
            and res.resolve_by([t], d.speakers) is None
        ):
            return True
    return False


def _other_place_verb(w: Words, d: Draft, at: int, res: Resolver) -> bool:
    """Whether a possessive at ``at`` follows a place no participant is of and its verb
    ("the United States announced (its) intention to"): the place's, not the speakers'."""
    text = w.text
    lo = max(d.start, at - 60)
    places = list(res.m.place.finditer(text, lo, at))
    pm = places[-1] if places else None
    if pm is None or RULES.verb_to_possessive.fullmatch(text, pm.end(), at) is None:
        return False
    return res.resolve_by(w.between(pm.start("p"), pm.end("p"))[0], d.speakers) is None


def _content_subject(
    w: Words, d: Draft, res: Resolver, everyone: tuple[int, ...]
) -> tuple[int, ...] | None:
    """The speakers, unless the content opens with another participant as its subject."""
    words = w.between(d.start, min(d.end, d.start + 60))[0][:5]
    for k in range(len(words), 0, -1):
        # "Bangladesh looks forward to X, and will ...", said by one of two Bangladeshis
        hit = res.resolve_by(words[:k], d.speakers)
        if hit is not None and hit[1] == k:
            if set(hit[0]) <= set(d.speakers) or set(d.speakers) == set(everyone):
                return hit[0]
            return None
    if (
        len(words) >= 2
        and words[0] not in _PERSONAL
        and RULES.thing_is.match(w.text, d.start, near(d.start, d.end)) is not None
    ):
        return None  # "CPEC is an initiative ..., and will never be a burden": a thing's
    return d.speakers


#: plural nouns after "our" that are every side's in a joint text ("our governments")
_JOINT_PLURALS: Final = frozenset(
    "governments countries nations sides ministries administrations peoples economies "
    "leaders ministers officials teams delegations".split()
)

#: verbs that credit someone else "for" something ("thanked Chile for its commitment")
_CREDITING_VERBS: Final = frozenset(
    "thanked commended praised lauded hailed applauded complimented credited congratulated "
    "thanking commending praising lauding hailing applauding congratulating".split()
)
#: possessives of a third party
_THIRD_POSSESSIVES: Final = frozenset({"its", "their", "his", "her"})

#: pronouns that stand for a participant or a side
_PERSONAL: Final = frozenset({"i", "we", "he", "she", "they", "it", "you"})

#: possessives before a noun that make it the speaker's own ("his government", "our envoy",
#: "my Government" in a transcript)
_OWN: Final = frozenset({"his", "her", "its", "our", "my"})


#: how a clause joined to the last one ends, before its own subject
_NEW_CLAUSE: Final = (", and", ", but", ", while", ", whereas", ";", " and that")

#: the most words an aside between a subject and its verb has ("now in its final stage")
_MAX_ASIDE_WORDS: Final = 8


def _before_aside(w: Words, text: str, lo: int, comma: int) -> list[tuple[str, int]]:
    """The words of a clause's subject before the aside that ``comma`` closes: back from
    the aside's opening comma to the clause boundary before it; none where the aside
    does not open with a comma or is longer than an aside goes."""
    b = RULES.clause_boundary_before.search(text, max(lo, comma - 120), comma)
    if b is None or not b.group().startswith(","):
        return []
    if len(w.tokens(b.end(), comma)) > _MAX_ASIDE_WORDS:
        return []
    c = RULES.clause_boundary_before.search(text, max(lo, b.start() - 120), b.start())
    return w.tokens(c.end() if c else lo, b.start())


#: the longest subject a passive undertaking may have ("bilateral exchanges, including ...")
_MAX_SUBJECT_CHARS: Final = 200


def _passive_subject(text: str, lo: int, cue: int) -> int | None:
    """Where the subject of a passive clause ending at ``cue`` starts: after the last
    "that" or ";" in ``text[lo:cue]``, else at ``lo``; None if no word is there, or if
    that is further back than a subject goes (which also bounds the search)."""
    b = RULES.that_or_semicolon_before.search(text, max(lo, cue - _MAX_SUBJECT_CHARS), cue)
    start = b.end() if b else lo
    if cue - start > _MAX_SUBJECT_CHARS:
        return None
    return start if RULES.word.search(text, start, cue) else None


def _modal(
    doc: Document,
    w: Words,
    d: Draft,
    si: int,
    res: Resolver,
    m: Matchers,
    everyone: tuple[int, ...],
    at: Sequence[int],
) -> list[CommitmentDraft]:
    assert m.cue is not None
    text = doc.text
    out: list[CommitmentDraft] = []
    matches = matches_at(m.cue, text, d.start, d.end, at)
    starts: list[int] = []
    #: where a clause with a subject of its own, not the speakers', starts
    stops: list[int] = []
    items: list[tuple[tuple[int, ...], int, Polarity, Modality, str]] = []
    prev_actors: tuple[int, ...] | None = None
    #: where the last modal whose subject named no one ended ("External intervention would")
    thing_end: int | None = None
    thing_modal = ""
    prev_cue_end: int | None = None
    # "expressed confidence that X would ...": a prediction, not an undertaking
    belief = (
        d.cue is not None and " ".join(d.cue.casefold().split()) in m.belief_cues
    ) or RULES.belief_content.match(text, d.start, near(d.start, d.end)) is not None
    # "X warned that Iran will respond ...": a threat of the speaker's own side is an
    # undertaking, though a warning's "will" is otherwise a prediction
    warning = belief and d.cue is not None and d.cue.casefold().startswith(_WARNING_CUES)
    for cm in matches:
        threat = own_side = False
        c = m.cue_of(cm)
        nm = RULES.not_commitment_after.match(text, cm.end(), near(cm.end(), d.end))
        # "(they agreed that) the next round of consultations will take place in Lima":
        # their own next meeting, an undertaking of all of them
        next_meeting = (
            RULES.next_meeting_before.search(text, max(d.start, cm.start() - 100), cm.start())
            if nm is not None
            and nm.group().endswith(("be held", "take place"))
            and len(everyone) > 1
            and d.speakers == everyone
            else None
        )
        if nm is not None and next_meeting is None:
            continue
        if cm.group().casefold() == "would" and RULES.wish_after.match(text, cm.end(), d.end):
            continue
        if c.form == "modal" and RULES.judgement_after.match(text, cm.end(), d.end) is not None:
            continue  # "the Summit ... would be a milestone for Korea's ties": a judgement
        if c.modality in (Modality.WILL, Modality.CONTINUE) and (
            belief
            # "I am confident that by joint efforts we will ...": a prediction
            or RULES.confident_before.search(text, max(d.start, cm.start() - 100), cm.start())
        ):
            if not warning:
                continue
            threat = True
        if c.form == "verb":
            continue
        if c.modality is Modality.AGREED and RULES.auxiliary_before.search(
            text, max(d.start, cm.start() - 24), cm.start()
        ):
            continue  # "G8 countries should all agree to ...": no undertaking made
        if (
            cm.group().casefold() == "will"
            and RULES.will_noun_before.search(text, max(d.start, cm.start() - 12), cm.start())
            is not None
        ):
            continue  # "impose its own will on them": a noun
        # the subject: words back to the clause boundary
        b = RULES.clause_boundary_before.search(text, max(d.start, cm.start() - 120), cm.start())
        if b is not None and b.group().strip() == "and":
            rel = RULES.relative_before_and.search(text, max(d.start, b.start() - 100), b.start())
            if rel is not None and not _side_before_comma(w, d, rel.start(), res):
                # "the negotiations, which were launched last year and would give ...": a
                # thing's doing (not "China, which ..., and will ...": the side's)
                continue
            # "Trinidad and Tobago will not allow ...": the "and" of a place's name
            b = _past_place(text, d.start, b, cm.start(), m)
        lo = b.end() if b else max(d.start, cm.start() - 120)
        if b is not None and b.group().strip() == "that" and not text[lo : cm.start()].strip():
            # "an achievement that will ...": a relative clause about a thing
            prev = w.tokens(max(d.start, b.start() - 30), b.start())
            if prev and prev[-1][0] not in m.verb_class and prev[-1][0] not in {"and", "but"}:
                continue
        if lo < d.start:
            lo = d.start
        toks = w.tokens(lo, cm.start())
        if not toks and b is not None and b.group().startswith(","):
            # "the negotiations, now entering their final stage, will bring ...": the
            # subject stands before an aside set off by commas
            toks = _before_aside(w, text, d.start, b.start())
        if toks and toks[-1][0] in DEMONSTRATIVES:
            continue  # "This will reduce the burden": a thing's effect, no undertaking
        while toks and is_adverb(toks[-1][0], text[toks[-1][1]].isupper()):
            toks.pop()
        words = [t for t, _ in toks]
        if len(words) >= 2 and words[-2] == "what":
            continue  # "not what they would expect from a partner": a thing, no undertaking
        actors: tuple[int, ...] | None
        subj_start = cm.start()
        if c.form == "noun" and RULES.shared_value_before.search(
            text, max(d.start, cm.start() - 60), cm.start()
        ):
            continue  # "rooted in ... a common commitment to X": a value held, no undertaking
        if c.form == "noun":
            actors, subj_start = _noun_owner(w, cm.start(), d, res, everyone)
        elif words == ["nor"] and prev_actors is not None:
            # "China will never seek X, nor will it attach Y": a second refusal, the
            # subject after the modal
            actors, subj_start = prev_actors, toks[0][1]
        elif not words:
            if prev_actors is not None:
                actors = prev_actors
            elif (
                thing_end is not None
                and b is not None
                and b.group().strip() == "and"
                and b.start() > thing_end
                # the same modal again, in the same clause (not "UNHCR will continue to ...
                # and is ready to ...", nor "the visit that X will pay, and is ready to")
                and cm.group().casefold() == thing_modal
                and "," not in text[thing_end : b.start()]
            ):
                # "External intervention would breach X and would further complicate Y":
                # the thing before, no undertaking
                continue
            elif cm.start() - d.start < 3:
                actors = d.speakers
            else:
                # "China supports X, and is willing to ...": the content's own subject
                actors = _content_subject(w, d, res, everyone)
        elif (
            words == ["which"]
            and b is not None
            and b.group().startswith(",")
            and (side := _side_before_comma(w, d, b.start(), res)) is not None
        ):
            # "the firm position of the Maldivian government, which will never ...": the
            # speaker's side, the relative pronoun's antecedent
            actors, subj_start = side, toks[0][1]
        elif (
            len(words) >= 3
            and words[-1] == "it"
            and words[-3] in ARTICLES
            and _own_side_before(w, d, toks[-1][1], res)
        ):
            # "Oslo holds to X; that is a stance it will never change": a relative clause
            # whose "it" is the side named before, about the noun before it
            actors, subj_start = d.speakers, toks[-3][1]
        elif (
            res.first_person
            and len(everyone) > 1
            and len(words) >= 2
            and words[-2] == "our"
            and words[-1] in _JOINT_PLURALS
        ):
            # "Canada will welcome X, and our governments will work with Y": in the text
            # the sides wrote together, "our" governments are all of theirs
            actors, subj_start = everyone, toks[-2][1]
        elif (
            words[-1] in SELF_WORDS
            or (len(words) >= 2 and words[-2] in _OWN)
            # "his Special Representative for West Africa would remain ...": the speaker's
            # (not "His Royal Highness", a style of address the lexicon lists)
            or (
                len(words) >= 2
                and words[0] in _OWN
                and m.honorific.match(text, toks[0][1], near(toks[0][1], cm.start())) is None
            )
            # "(Samoa has backed Japan, and) this position will not change": the stance
            # the speaker's words just named
            or (len(words) == 2 and words[0] in ("this", "that") and words[1] in STANCE_NOUNS)
            # "(the two leaders agreed that) their teams would stay in touch": the
            # speakers' own people, when the statement is theirs together
            or (len(words) >= 2 and words[0] == "their" and len(d.speakers) > 1)
            # "the Japanese side stated that it would ...": a side's "it" is the side
            or (words == ["it"] and d.via in ("side", "team"))
            # "China never seeks ..., and it will not interfere ...": the side named before
            or (words == ["it"] and _own_side_before(w, d, toks[-1][1], res))
            # "China ... gives aid, Li said, adding that it is willing to ...": a readiness,
            # whose "it" is the side named in the clause before the participle
            or (
                words == ["it"]
                and d.rule == "participle"
                and c.modality is Modality.READY
                and _own_side_before(w, d, toks[-1][1], res, reach=True)
            )
            # "Meanwhile, his Government will not ... It intended to ..., he added"
            or (
                words == ["it"]
                and toks[-1][1] == d.start
                and d.rule in ("continuation", "postposed")
                and len(d.speakers) == 1
                and _side_opens_sentence_before(doc, w, d, res)
            )
        ):
            actors = d.speakers
            subj_start = (
                toks[-1][1]
                if words[-1] in SELF_WORDS or len(words) == 1
                else toks[-2][1]
                if words[-2] in _OWN
                else toks[0][1]
            )
        else:
            # "Australia will ...", said by one of the two Australians: the speaker's
            khit = None
            if len(words) > 3 and words[-2] == "in" and text[toks[-1][1]].isupper():
                # "the UN team in Jakarta will ...": the subject before where it works (not
                # the capital, which may name another side)
                khit = res.resolve_by(words[:-2], d.speakers)
                if khit is not None:
                    khit = (khit[0], khit[1] + 2, khit[2])
            if khit is None and 2 <= len(words) <= 5 and (k := _aid_noun_at(words)) is not None:
                # "Chinese aid (to Tonga) will never be conditioned on ...", said by the
                # Chinese side: the side's own aid, which it undertakes about
                khit = _speakers_side(res, words[:k], d.speakers, len(words) - k)
            if khit is None:
                khit = res.resolve_by(words, d.speakers)
            if khit is None and len(words) == 1 and words[0].endswith("s") and len(words[0]) > 4:
                # "Iranians will never abandon ...", said by Iran's minister: the side's people
                khit = _speakers_side(res, [words[0][:-1]], d.speakers, 0)
            if khit is None and len(words) >= 2 and words[-1] in _FORCE_NOUNS:
                # "U.S. military personnel will not ...", said by the Secretary of Defense:
                # the speaker's side's forces
                # ("military personnel", "ground forces": a word before the force noun)
                n = 2 if len(words) >= 3 and words[-2] in _FORCE_WORDS else 1
                khit = _speakers_side(res, words[:-n], d.speakers, n)
            hit = khit[:2] if khit is not None else None
            if hit is not None and hit[1] < len(toks) and _longer_place(text, toks, hit[1], res):
                hit = None  # "North Korea would return ...": not the Korea a participant is of
            owner = _possessor(text, toks, res, d.speakers)
            if hit is not None and hit[1] < len(words) - 2 and owner is not None:
                # "China's policy of developing relations with the UK will not change":
                # the head noun is the speakers' side's, whoever the phrase after it names
                hit = None
            if hit is None:
                # "the Federal Government is committed to", "the Department will not": the
                # speaker's own administration when no other side is named
                actors = (
                    d.speakers
                    if _own_government(words) or _own_body(text, toks, res, d.speakers)
                    else None
                )
                if actors is not None:
                    subj_start = toks[-min(3, len(toks))][1]
                elif _joint_body(words, d.speakers, everyone):
                    # "(both agreed that) the Joint Economic Committee will convene"
                    actors, subj_start = d.speakers, toks[0][1]
                elif (named := _own_institution(text, toks, res, d.speakers)) is not None:
                    # "the Qatar Investment Authority intends to ...", said by Qatar's Emir
                    actors, subj_start = d.speakers, named
                elif owner is not None:
                    # "China's door of opening-up will never close": the speaker's side's
                    actors, subj_start = d.speakers, owner
            else:
                who, k = hit
                subj_start = toks[-k][1]
                own_side = who == d.speakers and khit is not None and khit[2] == "side"
                # "Japan and Germany will ...": both named sides
                before = w.tokens(max(d.start, subj_start - 60), subj_start)
                if before and m.honorific.match(text, before[-1][1], subj_start) is not None:
                    # "Ms Vogt and Ms Ruiz will ...": the second name's honorific
                    subj_start = before.pop()[1]
                if (
                    len(before) >= 2
                    and before[-1][0] in ("and", "nor")
                    # "(... with Qatar), and Iran will ...": a new clause, not a pair
                    and not text[: before[-1][1]].rstrip().endswith(",")
                ):
                    h2 = res.resolve_tail([t for t, _ in before[:-1]])
                    if h2 is not None:
                        who = tuple(sorted(set(who) | set(h2[0])))
                        first = len(before) - 1 - h2[1]
                        if before[-1][0] == "nor" and first and before[first - 1][0] == "neither":
                            first -= 1  # "neither India nor Nigeria will allow ...": a refusal
                        subj_start = before[first][1]
                        lo = min(lo, subj_start)
                if (
                    set(who) <= set(d.speakers)
                    or set(d.speakers) == set(everyone)
                    # "Korea will continue X, and France will facilitate Y" in a joint
                    # statement: every side wrote it, whichever the sentence is given to
                    or res.joint
                ):
                    actors = who
                else:
                    actors = None
                blocked = RULES.subject_blocked.search(text, max(lo, subj_start - 12), subj_start)
                if blocked and RULES.relative_pronoun.fullmatch(blocked.group().rstrip()):
                    # "..., which the Cuban people will never accept": a relative clause's
                    # subject; its pronoun holds what is undertaken
                    subj_start = blocked.start()
                elif blocked:
                    actors = None
        if threat and not own_side:
            continue  # "warned that the conflict will spread": a prediction
        if (
            actors is not None
            and c.form == "modal"
            and text.endswith(", ", d.start, cm.start())
            and RULES.event_aside_before.search(text, max(d.start, cm.start() - 90), cm.start())
        ):
            # "the Summit, to be held in Seoul on June 4-5, will mark a milestone": the
            # event's future, not the place's undertaking
            actors = None
        if (
            c.form == "modal"
            and len(d.speakers) > 1
            and RULES.passive_after.match(text, cm.end(), near(cm.end(), d.end))
        ):
            # "(they agreed that) exchanges will be pursued more actively": a plan the
            # sides agree on, in the passive; the undertaking starts at its subject
            thing = _passive_subject(text, d.start, cm.start())
            if thing is not None and (actors is None or subj_start == cm.start()):
                actors, subj_start = d.speakers, thing
        if (
            actors is None
            and d.rule == "impersonal"
            and c.form == "modal"
            and (d.cue or "") in BINDING_IMPERSONAL_VERBS
            and not RULES.clause_boundary_before.search(text, d.start, cm.start())
        ):
            # "It was agreed that the joint committee would draw up ...": what the sides
            # agreed on is their undertaking, whoever carries it out
            actors, subj_start = d.speakers, d.start
        if actors is None and toks and c.form == "modal":
            # "the request will be examined favourably by the Indian authorities": a
            # passive whose agent is the speakers' own side
            pb = RULES.passive_by.match(text, cm.end(), near(cm.end(), d.end))
            agent = [t for t, _ in w.tokens(pb.start("agent"), pb.end("agent"))] if pb else []
            ahit = res.resolve_by(agent, d.speakers) if agent else None
            if ahit is not None and ahit[0] == d.speakers and ahit[2] in ("side", "team"):
                actors, subj_start = d.speakers, toks[0][1]
        if actors is None:
            if toks and text[max(d.start, toks[0][1] - 12) : toks[0][1]].rstrip().endswith(
                _NEW_CLAUSE
            ):
                # "..., and the new route will carry ...": someone else's clause ends
                # the undertaking before it
                stops.append(toks[0][1])
            if toks and c.form == "modal":
                thing_end, thing_modal = cm.end(), cm.group().casefold()
            continue
        if (
            c.form == "noun"
            and prev_cue_end is not None
            and not RULES.clause_boundary_before.search(text, prev_cue_end, cm.start())
        ):
            continue  # "will never waver in its commitment to X": inside the last undertaking
        if (
            c.form == "noun"
            and subj_start == _first_word(text, d.start, d.end)
            and (d.cue or "").casefold() in RENEWING_VERBS
            and 0 <= d.cue_start < d.start
        ):
            # "reaffirmed America's commitment to ...": the verb renews the undertaking
            subj_start = d.cue_start
        if (
            c.form == "modal"
            and RULES.hosting_after.match(text, cm.end(), near(cm.end(), d.end)) is not None
            and RULES.event_relative_before.search(text, max(d.start, cm.start() - 60), cm.start())
        ):
            continue  # "the summit, which the UAE will host in May": an event described
        if (
            c.form == "modal"
            and RULES.rotating_role_after.match(text, cm.end(), near(cm.end(), d.end)) is not None
        ):
            continue  # "Spain, which will hold the EU Presidency in 2010": a turn, no pledge
        if c.form == "modal" and text.find("which", max(d.start, subj_start - 12), cm.start()) >= 0:
            # "..., a position from which Dublin will not waver": the undertaking's object
            # stands before it
            rm = RULES.relative_np_before.search(text, max(d.start, subj_start - 80), subj_start)
            if rm is not None:
                subj_start = rm.start("np")
        if next_meeting is not None:
            actors, subj_start = d.speakers, next_meeting.start()
        prev_actors = actors
        prev_cue_end = cm.end()
        starts.append(subj_start)
        pol = c.polarity
        if text.endswith(("Neither of ", "neither of "), d.start, subj_start):
            subj_start -= len("Neither of ")  # "Neither of our countries will ever ..."
        if text.startswith(("Neither ", "neither ", "nor "), subj_start):
            pol = Polarity.NEGATIVE  # "Neither side will accept ...": a refusal by both
        elif (
            pol is Polarity.POSITIVE
            and c.form == "modal"
            and (vn := RULES.verb_then_no.match(text, cm.end(), near(cm.end(), d.end))) is not None
            and vn.group("v").casefold() not in AFFIRMING_NO_VERBS
        ):
            pol = Polarity.NEGATIVE  # "will keep no official ties with Taiwan": a refusal
        items.append((actors, subj_start, pol, c.modality, cm.group()))
    for i, (actors, s, pol, mod, cue) in enumerate(items):
        stop = starts[i + 1] if i + 1 < len(items) else d.end
        stop = min((x for x in stops if s < x < stop), default=stop)
        e = _trim_end(text, s, stop)
        if e > s:
            out.append(CommitmentDraft(actors, s, e, pol, mod, cue, si, "modal"))
    return out


def _first_word(text: str, a: int, b: int) -> int:
    """Where the first non-blank character of ``text[a:b]`` is (``b`` if none)."""
    while a < b and text[a].isspace():
        a += 1
    return a
