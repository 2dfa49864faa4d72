"""Commitments: undertakings about the actors' own future conduct, found inside statements.

Two shapes: the reporting verb itself binds the speakers ("the two sides agreed
to ...", "X pledged to ..."), or a cue inside the reported content ("China will
...", "Iran is committed to ...", "his commitment to ...") whose subject is the
speaker's own side (a pronoun, its country, "we") or both sides. A cue whose
subject is anyone else is a prediction or a demand, not a commitment.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from readoutkit.model import Modality, Polarity
from readoutkit.parser.matchers import Matchers, scan
from readoutkit.parser.rules import RULES, near
from readoutkit.parser.speech import Draft, Resolver, Words, is_adverb
from readoutkit.parser.text import Document
from readoutkit.parser.words import (
    NOUN_CUE_ADJECTIVES,
    OWNING_VERBS,
    POSSESSIVES,
    SELF_WORDS,
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


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    if text.endswith(RULES.content_tail_ends, start, end):
        m = RULES.content_tail.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
    return end


def find_commitments(
    doc: Document, drafts: Sequence[Draft], res: Resolver, m: Matchers
) -> list[CommitmentDraft]:
    """Commitments inside the given statement drafts, in text order."""
    text = doc.text
    out: list[CommitmentDraft] = []
    everyone = tuple(range(res.n))
    words = Words(doc)
    for si, d in enumerate(drafts):
        found: list[CommitmentDraft] = []
        # the reporting verb binds the speakers: "agreed to", "pledged to", "offered support"
        vm = (
            m.verb_cue.match(text, d.cue_start, near(d.cue_start, d.end))
            if m.verb_cue is not None and d.cue
            else None
        )
        if vm is not None:
            c = m.cue_of(vm)
            if c.modality in (Modality.OFFERED, Modality.ASSURED):
                if any(w in text[d.start : d.end].casefold()[:120] for w in SUPPORT_WORDS):
                    e = _trim_end(text, d.start, d.end)
                    found.append(
                        CommitmentDraft(
                            d.speakers,
                            d.start,
                            e,
                            c.polarity,
                            c.modality,
                            d.cue or "",
                            si,
                            "verb-offer",
                        )
                    )
            elif RULES.to_infinitive.match(text, d.start, near(d.start, d.end)):
                pos = d.start
                for sm in [*RULES.infinitive_split.finditer(text, d.start, d.end), None]:
                    stop = sm.start() if sm else d.end
                    e = _trim_end(text, pos, stop)
                    if e > pos:
                        found.append(
                            CommitmentDraft(
                                d.speakers,
                                pos,
                                e,
                                c.polarity,
                                c.modality,
                                d.cue or "",
                                si,
                                "verb-to",
                            )
                        )
                    if sm:
                        pos = sm.end()
        if not found and m.cue is not None:
            found.extend(_modal(doc, words, d, si, res, m, everyone))
        out.extend(found)
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
        owners = everyone if word in {"their", "our"} and len(d.speakers) > 1 else d.speakers
        return owners, toks[-1][1]
    if toks:
        # "the U.S. commitment to": a side written as an adjective before the noun
        side = res.resolve_kind([t for t, _ in toks])
        if side is not None and side[2] in {"side", "person"}:
            if set(side[0]) <= set(d.speakers) or set(d.speakers) == set(everyone):
                return side[0], toks[-side[1]][1]
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
                owners = (
                    everyone if word in {"their", "our"} and len(d.speakers) > 1 else d.speakers
                )
                return owners, start
            if word in OWNING_VERBS or (at - d.start < 3 and owning_cue):
                return d.speakers, start
        return None, start
    words = w.between(pm.start(), pm.end("np"))[0]
    hit = res.resolve_tail(words)
    if hit is None:
        return None, start
    who = hit[0]
    if set(who) <= set(d.speakers) or set(d.speakers) == set(everyone):
        return who, pm.start()
    return None, start


def _content_subject(
    w: Words, d: Draft, res: Resolver, everyone: tuple[int, ...]
) -> tuple[int, ...] | None:
    """The speakers, unless the content opens with another participant as its subject."""
    words = w.between(d.start, min(d.end, d.start + 60))[0][:5]
    for k in range(len(words), 0, -1):
        hit = res.resolve_tail(words[:k])
        if hit is not None and hit[1] == k:
            if set(hit[0]) <= set(d.speakers) or set(d.speakers) == set(everyone):
                return hit[0]
            return None
    return d.speakers


def _modal(
    doc: Document,
    w: Words,
    d: Draft,
    si: int,
    res: Resolver,
    m: Matchers,
    everyone: tuple[int, ...],
) -> list[CommitmentDraft]:
    assert m.cue is not None
    text = doc.text
    out: list[CommitmentDraft] = []
    matches = list(scan(m.cue, doc, d.start, d.end, m.cue_firsts, lower=True))
    starts: list[int] = []
    items: list[tuple[tuple[int, ...], int, Polarity, Modality, str]] = []
    prev_actors: tuple[int, ...] | None = None
    prev_cue_end: int | None = None
    for cm in matches:
        c = m.cue_of(cm)
        if RULES.not_commitment_after.match(text, cm.end(), near(cm.end(), d.end)):
            continue
        if c.form == "verb":
            continue
        # the subject: words back to the clause boundary
        b = RULES.clause_boundary_before.search(text, max(d.start, cm.start() - 120), cm.start())
        lo = b.end() if b else max(d.start, cm.start() - 120)
        if b is not None and b.group().strip() == "that" and not text[lo : cm.start()].strip():
            # "an achievement that will ...": a relative clause about a thing
            prev = w.tokens(max(d.start, b.start() - 30), b.start())
            if prev and prev[-1][0] not in m.verb_class and prev[-1][0] not in {"and", "but"}:
                continue
        if lo < d.start:
            lo = d.start
        toks = w.tokens(lo, cm.start())
        while toks and is_adverb(toks[-1][0]):
            toks.pop()
        words = [t for t, _ in toks]
        actors: tuple[int, ...] | None
        subj_start = cm.start()
        if c.form == "noun":
            actors, subj_start = _noun_owner(w, cm.start(), d, res, everyone)
        elif not words:
            if prev_actors is not None:
                actors = prev_actors
            elif cm.start() - d.start < 3:
                actors = d.speakers
            else:
                # "China supports X, and is willing to ...": the content's own subject
                actors = _content_subject(w, d, res, everyone)
        elif words[-1] in SELF_WORDS or (
            len(words) >= 2 and words[-2] in {"his", "her", "its", "our"}
        ):
            actors = d.speakers
            subj_start = toks[-1][1] if words[-1] in SELF_WORDS else toks[-2][1]
        else:
            hit = res.resolve_tail(words)
            if hit is None:
                # "the Federal Government is committed to", "the Department will not": the
                # speaker's own administration when no other side is named
                actors = (
                    d.speakers if RULES.own_government.fullmatch(" ".join(words[-3:])) else None
                )
                if actors is not None:
                    subj_start = toks[-min(3, len(toks))][1]
            else:
                who, k = hit
                subj_start = toks[-k][1]
                # "Japan and Germany will ...": both named sides
                before = w.tokens(max(d.start, subj_start - 60), subj_start)
                if len(before) >= 2 and before[-1][0] == "and":
                    h2 = res.resolve_tail([t for t, _ in before[:-1]])
                    if h2 is not None:
                        who = tuple(sorted(set(who) | set(h2[0])))
                        subj_start = before[-1 - h2[1]][1]
                        lo = min(lo, subj_start)
                if set(who) <= set(d.speakers) or set(d.speakers) == set(everyone):
                    actors = who
                else:
                    actors = None
                if RULES.subject_blocked.search(text, max(lo, subj_start - 12), subj_start):
                    actors = None
        if actors is None:
            continue
        if (
            c.form == "noun"
            and prev_cue_end is not None
            and not RULES.clause_boundary_before.search(text, prev_cue_end, cm.start())
        ):
            continue  # "will never waver in its commitment to X": inside the last undertaking
        prev_actors = actors
        prev_cue_end = cm.end()
        starts.append(subj_start)
        items.append((actors, subj_start, c.polarity, c.modality, cm.group()))
    for i, (actors, s, pol, mod, cue) in enumerate(items):
        stop = starts[i + 1] if i + 1 < len(items) else d.end
        e = _trim_end(text, s, stop)
        if e > s:
            out.append(CommitmentDraft(actors, s, e, pol, mod, cue, si, "modal"))
    return out
