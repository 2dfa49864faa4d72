"""parse(): the pipeline, top to bottom.

text -> document (header, headings, sentences) -> dates and kind -> people
(participants and mentions) -> statements (cues, clauses, speakers) ->
commitments (cues inside statements) -> Readout (invariants checked once).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Final, TypeVar

from readoutkit.errors import InputTooLargeError
from readoutkit.lexicon import Lexicon
from readoutkit.model import Commitment, Kind, Notice, Party, Readout, Span, Statement
from readoutkit.parser.commitments import CommitmentDraft, find_commitments
from readoutkit.parser.dates import find_dates
from readoutkit.parser.matchers import Matchers, matchers_for
from readoutkit.parser.parties import (
    Person,
    find_people,
    infer_sides,
    is_spokesperson,
    spelled_out,
)
from readoutkit.parser.rules import RULES
from readoutkit.parser.speech import Draft, Resolver, find_statements, is_adverb
from readoutkit.parser.text import Document, segment

__all__ = ["COMPILED", "MAX_CHARS", "parse"]

T = TypeVar("T")

#: statement rules whose speaker is the subject of a main clause
PROMOTING = frozenset({"subject-verb", "postposed", "according-to"})

#: Whether the parser runs as mypyc-compiled extension modules (an opt-in build:
#: see hatch_build.py) rather than as Python source.
COMPILED: Final = not __file__.endswith(".py")

#: The longest text parse() accepts (characters); longer input raises InputTooLargeError.
MAX_CHARS = 10_000_000


def parse(
    text: str,
    *,
    reference_date: dt.date | None = None,
    lexicon: Lexicon | None = None,
    source: str | None = None,
) -> Readout:
    """Parse one readout's text into a :class:`~readoutkit.model.Readout`.

    ``reference_date`` (the publication date) overrides what the text shows;
    ``lexicon`` replaces the packaged vocabularies for this call only; ``source``
    (a path or any id) is stored on the readout. Never raises on odd text: what
    cannot be settled becomes a warning. Raises ``TypeError`` for a non-``str`` and
    :class:`~readoutkit.errors.InputTooLargeError` beyond :data:`MAX_CHARS`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes the text as str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise InputTooLargeError(len(text), MAX_CHARS)
    lex = lexicon if lexicon is not None else Lexicon.default()
    m = matchers_for(lex)
    notices: list[Notice] = []
    guard = _Guard(notices)

    doc = segment(text)
    no_dates: tuple[dt.date | None, dt.date | None, Kind] = (reference_date, None, Kind.OTHER)
    ref, date, kind = guard.run(
        "dates and kind", lambda: _dates_and_kind(doc, reference_date, m, notices), no_dates
    )
    no_people: tuple[list[Person], list[Person], int | None] = ([], [], None)
    participants, others, engagement = guard.run("parties", lambda: _people(doc, m), no_people)
    if not participants:
        notices.append(Notice("no-participants", "no participant could be identified"))

    def read() -> tuple[Resolver, list[Draft], list[CommitmentDraft]]:
        """Statements, then the commitments in them, with the participants as they stand."""
        res = Resolver(participants, m, joint=kind is Kind.JOINT_STATEMENT)
        no_statements: list[Draft] = []
        drafts = guard.run(
            "statements",
            lambda: find_statements(doc, participants, m, engagement, res),
            no_statements,
        )
        no_commitments: list[CommitmentDraft] = []
        cdrafts = guard.run(
            "commitments", lambda: find_commitments(doc, drafts, res, m), no_commitments
        )
        return res, drafts, cdrafts

    res, drafts, cdrafts = read()
    untitled = [p for p in participants if p.title is None]
    _title_from_subjects(participants, drafts, text, m)
    if res.sharers and any(p.title is not None for p in untitled):
        # "David Cameron spoke to ... The Prime Minister ...": untitled, he shared "the
        # President" with the President he spoke to; read again with the office he holds
        res, drafts, cdrafts = read()
    for p in (*participants, *others):
        p.title = p.title or p.fallback_title
    parties = _parties(participants, "p", text, drafts)
    mentions = _parties(others, "m")
    statements = _statements(text, drafts, parties)
    commitments = _commitments(text, cdrafts, parties, statements)
    title = (
        doc.headings[0]
        if doc.headings
        and doc.headings[0].start < (doc.sentences[0].start if doc.sentences else len(text))
        else None
    )
    return Readout(
        text=text,
        kind=kind,
        title=text[title.start : title.end].strip() if title else None,
        reference_date=ref,
        date=date,
        parties=parties,
        mentions=mentions,
        statements=statements,
        commitments=commitments,
        warnings=notices,
        source=source,
    )


class _Guard:
    """Runs one stage; an unexpected error becomes a warning and the stage's empty result,
    so one faulty rule never costs the rest of the readout (tests assert none occur)."""

    def __init__(self, notices: list[Notice]) -> None:
        self.notices = notices

    def run(self, stage: str, fn: Callable[[], T], empty: T) -> T:
        try:
            return fn()
        except Exception as e:  # reported as a warning, not swallowed
            self.notices.append(Notice("internal-error", f"{stage}: {type(e).__name__}: {e}"))
            return empty


def _people(doc: Document, m: Matchers) -> tuple[list[Person], list[Person], int | None]:
    """Participants, people only mentioned, and the engagement sentence's index.

    A person only mentioned so far who speaks in a main clause ("Rouhani said ...")
    takes part too.
    """
    people, engagement = find_people(doc, m)
    participants = [p for p in people if p.participant]
    others = [p for p in people if not p.participant]
    if not any(p.name and not is_spokesperson(p) for p in others):
        return participants, others, engagement  # no one the probe below could promote
    # only the sentences where someone not yet taking part is mentioned, in full or by a
    # word of their name ("Premier Li Keqiang ... also sent greetings. ... Li noted ...")
    where = frozenset(x.sentence for p in others for x in p.mentions if x.sentence >= 0)
    where |= _name_word_sentences(doc, others)
    if not any(_may_report(doc, m, i) for i in where):
        return participants, others, engagement  # no reporting cue there: nothing to find
    probe = find_statements(doc, participants + others, m, None, only=where)
    n = len(participants)
    # named (by name or title) as the subject, alone or in a list: "A and B sent ..."
    speaking = {
        i - n
        for d in probe
        if d.rule in PROMOTING
        and (d.via in {"person", "pronoun"} or (not d.via and len(d.speakers) == 1))
        # "X later briefed the media on the outcomes": a press briefing, no part in the talks
        and RULES.to_the_press.match(doc.text, d.cue_start + len(d.cue or "")) is None
        # "X had told reporters last week", "X has repeatedly said": what they said
        # before, no part in this
        and RULES.earlier_report_before.search(doc.text, max(0, d.cue_start - 30), d.cue_start)
        is None
        # "X outlined Y in his address to the General Assembly": another occasion
        and RULES.other_occasion.search(doc.text, d.cue_start, d.end) is None
        for i in d.speakers
    }
    promoted = [
        p for i, p in enumerate(others) if i in speaking and p.name and not is_spokesperson(p)
    ]
    if promoted:
        for p in promoted:
            p.participant = True
        participants = [p for p in people if p.participant]
        infer_sides(participants, doc, m, only=promoted)
        others = [p for p in people if not p.participant]
    return participants, others, engagement


def _name_word_sentences(doc: Document, others: list[Person]) -> frozenset[int]:
    """The sentences where a word of a mentioned person's name stands, capitalised."""
    words = {w for p in others if p.name for w in p.name.split() if w[:1].isupper()}
    if not words:
        return frozenset()
    found: set[int] = set()
    for w, at in zip(doc.tok_text, doc.tok_starts, strict=True):
        if w in words and (i := doc.sentence_holding(at)) >= 0:
            found.add(i)
    return frozenset(found)


def _may_report(doc: Document, m: Matchers, i: int) -> bool:
    """Whether sentence ``i`` has what a speaker-as-subject statement needs: a word that
    can start a reporting verb, or "according to" (a cheap test that spares the probe)."""
    s = doc.sentences[i]
    if doc.text.find("ccording to ", s.start, s.end) >= 0:
        return True
    starts = doc.tok_starts
    lo = bisect_left(starts, s.start)
    hi = bisect_left(starts, s.end, lo)
    return not m.verb_firsts.isdisjoint(doc.tok_lower[lo:hi])


def _dates_and_kind(
    doc: Document, given: dt.date | None, m: Matchers, notices: list[Notice]
) -> tuple[dt.date | None, dt.date | None, Kind]:
    found = find_dates(doc, given)
    for note in found.notes:
        notices.append(Notice("date", note))
    kind, _span = m.kinds.classify(doc)
    return found.reference_date, found.date, kind


def _title_from_subjects(
    people: Sequence[Person], drafts: Sequence[Draft], text: str, m: Matchers
) -> None:
    """A participant the text names without a title ("Vladimir Putin talked ...") takes
    the one a subject that speaks for them alone ends with ("The Russian President
    thanked ...")."""
    for i, p in enumerate(people):
        if p.title is not None:
            continue
        for d in drafts:
            if d.subject is None or d.speakers != (i,):
                continue
            a, b = d.subject
            if not text.startswith(("The ", "the "), a):
                continue
            tm = m.title.search(text, a, b)
            if tm is not None and tm.group().casefold().startswith("head of "):
                continue  # "The Head of State": a description, no office
            # "The Russian President", "The President of Russia"
            if tm is not None and (
                not text[tm.end() : b].strip() or RULES.of_place_end.fullmatch(text, tm.end(), b)
            ):
                # "The PM", and "Prime Minister" elsewhere: written out
                p.title = spelled_out(tm.group(), text)
                break


def _parties(
    people: Sequence[Person], prefix: str, text: str = "", drafts: Sequence[Draft] = ()
) -> tuple[Party, ...]:
    """Parties from persons; each one's aliases are the other names it goes by and the
    words that named it as a speaker ("Wang", "the Secretary", "the Chinese side")."""
    named: dict[int, list[tuple[int, int]]] = {}
    for d in drafts:
        if d.subject is not None and len(d.speakers) == 1:
            a, b = d.subject
            comma = text.find(",", a, b)  # "The minister, in turn,": the words before the aside
            if comma > a:
                b = comma
            while b > a and (text[b - 1].isspace() or text[b - 1] in ","):
                b -= 1
            # "El-Sayed also": the name without the adverbs before the verb
            head, _, last = text[a:b].rpartition(" ")
            while head and is_adverb(last.casefold(), last[:1].isupper()):
                b = a + len(head.rstrip())
                head, _, last = text[a:b].rpartition(" ")
            named.setdefault(d.speakers[0], []).append((a, b))
    out = []
    for i, p in enumerate(people, 1):
        refs = named.get(i - 1, [])
        # the defining mention first, then the others in text order, each once (as
        # offset pairs, which order and compare as the Spans do, only far cheaper)
        found = [(x.start, x.end) for x in p.mentions] + refs
        spans = tuple(Span(a, b) for a, b in dict.fromkeys(found[:1] + sorted(found[1:])))
        surfaces = [x.name for x in p.mentions if x.name] + [text[a:b] for a, b in refs]
        aliases = tuple(dict.fromkeys(n for n in surfaces if n and n != p.name))
        out.append(
            Party(
                id=f"{prefix}{i}",
                name=p.name,
                title=p.title,
                country=p.country,
                organization=p.organization,
                aliases=aliases,
                spans=spans,
                rule=p.mentions[0].rule if p.mentions else "",
            )
        )
    return tuple(out)


def _unquoted(text: str, start: int, end: int) -> Span:
    """The span without a quotation mark at either edge whose partner lies outside it: the
    first sentence of a quotation several sentences long ends inside it, so its opening
    mark is none of the content (a quotation whole within the span keeps both marks)."""
    if end - start > 1 and text[start] in _PARTNER and _alone(text[start:end], text[start]):
        start += 1
    if end - start > 1 and text[end - 1] in _PARTNER and _alone(text[start:end], text[end - 1]):
        end -= 1
        while end - start > 1 and text[end - 1] in ".,;:":
            end -= 1  # the quotation's own full stop, as a content's is dropped
    return Span(start, end)


#: each quotation mark's partner: a straight mark is its own
_PARTNER: Final = {'"': '"', "\u201c": "\u201d", "\u201d": "\u201c"}


def _alone(span: str, mark: str) -> bool:
    """Whether a quotation mark at the span's edge has no partner inside it."""
    return span.count('"') % 2 == 1 if mark == '"' else _PARTNER[mark] not in span


def _statements(
    text: str, drafts: Sequence[Draft], parties: Sequence[Party]
) -> tuple[Statement, ...]:
    spans = [_unquoted(text, d.start, d.end) for d in drafts]
    return tuple(
        Statement(
            id=f"s{i}",
            speakers=tuple(parties[k].id for k in d.speakers),
            text=text[sp.start : sp.end],
            span=sp,
            cue=d.cue,
            quotation=d.quotation,
            rule=d.rule,
        )
        for i, (d, sp) in enumerate(zip(drafts, spans, strict=True), 1)
    )


def _commitments(
    text: str,
    drafts: Sequence[CommitmentDraft],
    parties: Sequence[Party],
    statements: Sequence[Statement],
) -> tuple[Commitment, ...]:
    spans = [_unquoted(text, d.start, d.end) for d in drafts]
    return tuple(
        Commitment(
            id=f"c{i}",
            actors=tuple(parties[k].id for k in d.actors),
            text=text[sp.start : sp.end],
            span=sp,
            polarity=d.polarity,
            modality=d.modality,
            cue=d.cue,
            statement=statements[d.statement].id,
            rule=d.rule,
        )
        for i, (d, sp) in enumerate(zip(drafts, spans, strict=True), 1)
    )
