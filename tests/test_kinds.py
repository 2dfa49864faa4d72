"""KindMatcher: the kind of engagement and its evidence, on invented readouts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import readoutkit
from readoutkit.errors import ValidationError
from readoutkit.model import Kind, Span
from readoutkit.parser.kinds import (
    DEFAULT_KIND_CUES,
    CueRole,
    KindCue,
    KindMatcher,
    classify,
    load_kind_cues,
)
from readoutkit.parser.text import segment

MATCHER = KindMatcher(DEFAULT_KIND_CUES)


def kind(text: str) -> tuple[Kind, str | None]:
    k, span = MATCHER.classify(segment(text))
    return k, (span.slice(text) if span else None)


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # phone_call
        (
            "Minister Holds Telephone Conversation with Peruvian Counterpart\n\nThey talked.",
            Kind.PHONE_CALL,
            "Telephone Conversation",
        ),
        (
            "The Secretary spoke by phone today with the Minister of Peru.",
            Kind.PHONE_CALL,
            "by phone",
        ),
        ("The Chancellor phoned the President of Chile on Friday.", Kind.PHONE_CALL, "phoned"),
        (
            "The Emir received a telephone call from the King of Spain.",
            Kind.PHONE_CALL,
            "received a telephone call",
        ),
        (
            "The Prime Minister spoke today with the President of Chile about trade.",
            Kind.PHONE_CALL,
            "spoke today with",
        ),
        (
            "Readout of the Secretary's Call with the Foreign Minister of Chile\n\nThey agreed.",
            Kind.PHONE_CALL,
            "Call",
        ),
        ("The President called Dr. Ana Ruiz to congratulate her.", Kind.PHONE_CALL, "called"),
        # video_call
        ("The two ministers met via video link on Monday.", Kind.VIDEO_CALL, "via video"),
        (
            "Leaders Hold Virtual Summit\n\nThe leaders met and agreed.",
            Kind.VIDEO_CALL,
            "Virtual Summit",
        ),
        (
            "The ministerial meeting was held by videoconference.",
            Kind.VIDEO_CALL,
            "videoconference",
        ),
        (
            "The Minister made a virtual call with her Kenyan colleague.",
            Kind.VIDEO_CALL,
            "virtual call",
        ),
        (
            "The President convened a virtual C5+1 meeting with the leaders of the region.",
            Kind.VIDEO_CALL,
            "virtual C5+1 meeting",
        ),
        # meeting
        ("The Premier met with the Director-General in Hanoi.", Kind.MEETING, "met"),
        ("Vice President Receives Visiting Delegation\n\nThey talked.", Kind.MEETING, "Receives"),
        (
            "The Ambassador paid a courtesy call on the Governor.",
            Kind.MEETING,
            "paid a courtesy call on",
        ),
        # talks
        ("Foreign Ministers Hold Talks in Lima\n\nThe ministers agreed.", Kind.TALKS, "Hold Talks"),
        (
            "Minister Receives Peru's Foreign Minister for Delegation-Level Talks\n\nThey met.",
            Kind.TALKS,
            "Receives Peru's Foreign Minister for Delegation-Level Talks",
        ),
        (
            "The two sides held the third round of strategic dialogue.",
            Kind.TALKS,
            "round of strategic dialogue",
        ),
        # letter
        (
            "The President sent a congratulatory message to the new Prime Minister.",
            Kind.LETTER,
            "sent a congratulatory message",
        ),
        (
            "In a letter to the Secretary-General, the Minister urged restraint.",
            Kind.LETTER,
            "In a letter",
        ),
        (
            "The two presidents exchanged letters on the anniversary.",
            Kind.LETTER,
            "exchanged letters",
        ),
        # joint_statement
        (
            "Joint Statement of the Republic of Kiribati and Iceland\n\nThe two sides met in 2019.",
            Kind.JOINT_STATEMENT,
            "Joint Statement",
        ),
        (
            "The ministers issued a joint press release after their talks.",
            Kind.JOINT_STATEMENT,
            "joint press release",
        ),
        # other
        ("The ministry regrets the decision on tariffs.", Kind.OTHER, None),
        ("The council called for calm and called on all parties to refrain.", Kind.OTHER, None),
    ],
)
def test_each_kind(text: str, expected: Kind, cue: str | None) -> None:
    assert kind(text) == (expected, cue)


def test_video_beats_meeting_anywhere_in_the_lead() -> None:
    text = "Ministers' Meeting on Fisheries\n\nThey met. The meeting was held via videoconference."
    assert kind(text)[0] is Kind.VIDEO_CALL


def test_phone_beats_talks_and_video_beats_phone() -> None:
    assert kind("The Minister held phone talks with his counterpart.")[0] is Kind.PHONE_CALL
    text = "The leaders held a video teleconference with the Secretary-General."
    assert kind(text)[0] is Kind.VIDEO_CALL


def test_conversation_with_telephone_anywhere_is_a_phone_call() -> None:
    later = " ".join(f"Point {i} was raised." for i in range(5))
    text = (
        "Conversation between the Minister and her Peruvian counterpart\n\n"
        "The Minister had a conversation this afternoon with her counterpart. "
        f"The meeting covered fisheries. {later} It was their second telephone contact.\n"
    )
    assert kind(text) == (Kind.PHONE_CALL, "telephone contact")


def test_conversation_without_phone_and_a_meeting_described() -> None:
    text = "The President had a conversation with the Emir. The meeting took place in the palace."
    assert kind(text) == (Kind.MEETING, "meeting")


def test_spoke_with_is_a_phone_call_only_without_a_meeting() -> None:
    assert kind("The Envoy spoke with the Minister about the harvest.")[0] is Kind.PHONE_CALL
    text = "The Envoy spoke with the Minister. Their meeting in Lima lasted an hour."
    assert kind(text)[0] is Kind.MEETING


def test_first_unit_decides_between_talks_and_meeting() -> None:
    text = "Minister meets Brazilian guests\n\nThey prepared for the talks between the presidents."
    assert kind(text) == (Kind.MEETING, "meets")
    text = "The Premier met the Chancellor and held talks with her in the capital."
    assert kind(text)[0] is Kind.TALKS


def test_joint_statement_after_the_lead_does_not_override() -> None:
    rest = " ".join(f"Minister A said point {i}." for i in range(4))
    text = (
        f"Ministers Hold Talks\n\nThe ministers held talks. {rest} They issued a joint statement."
    )
    assert kind(text)[0] is Kind.TALKS


def test_earlier_phone_call_does_not_make_a_meeting_a_call() -> None:
    text = "The President met the Chancellor in Rome, following up on their previous phone call."
    assert kind(text)[0] is Kind.MEETING


def test_letter_received_is_not_a_meeting() -> None:
    text = "The President received a letter from the Queen of Denmark."
    assert kind(text)[0] is Kind.LETTER


def test_phone_in_the_lead_beats_a_message_later() -> None:
    text = "The Premier made a phone call to his new colleague. He had earlier sent a message."
    assert kind(text)[0] is Kind.PHONE_CALL


def test_cue_beyond_the_lead_is_used_when_the_lead_has_none() -> None:
    text = "Statement\n\nA. B. C. D. The ministers met in Lima."
    assert kind(text) == (Kind.MEETING, "met")


def test_default_classify_and_span_evidence() -> None:
    text = "   The Premier met the Chancellor."
    k, span = classify(segment(text))
    assert k is Kind.MEETING
    assert span is not None
    assert text[span.start : span.end] == "met"


# -- cue files ----------------------------------------------------------------------


def test_load_kind_cues_from_text_and_path(tmp_path: Path) -> None:
    tsv = "# a comment\n\nletter\tmissives?\nphone_call\trang|rings?\tweak\n"
    cues = load_kind_cues(tsv)
    assert cues == (
        KindCue(Kind.LETTER, "missives?", CueRole.EVENT),
        KindCue(Kind.PHONE_CALL, "rang|rings?", CueRole.WEAK),
    )
    path = tmp_path / "cues.tsv"
    path.write_text(tsv, encoding="utf-8")
    assert load_kind_cues(path) == cues
    m = KindMatcher(cues)
    assert m.classify(segment("The Minister sent a missive."))[0] is Kind.LETTER
    assert m.classify(segment("The Minister rang the Emir."))[0] is Kind.PHONE_CALL


def test_default_roles() -> None:
    assert KindCue(Kind.VIDEO_CALL, "x").role is CueRole.MODE
    assert KindCue(Kind.PHONE_CALL, "x").role is CueRole.MODE
    assert KindCue(Kind.MEETING, "x").role is CueRole.EVENT
    assert all(c.kind is not Kind.OTHER for c in DEFAULT_KIND_CUES)
    assert load_kind_cues() == DEFAULT_KIND_CUES


@pytest.mark.parametrize(
    ("tsv", "message"),
    [
        ("chat\tx\n", "unknown kind"),
        ("other\tx\n", "unknown kind"),
        ("meeting\n", "expected kind"),
        ("meeting\t(unclosed\n", "bad pattern"),
        ("meeting\tmet\tstrong\n", "unknown role"),
    ],
)
def test_bad_cue_rows_name_their_line(tsv: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as err:
        load_kind_cues("# header\n" + tsv)
    assert err.value.path == "<kind cues>:2"


def test_matcher_is_immutable() -> None:
    with pytest.raises(AttributeError):
        MATCHER.x = 1
    assert MATCHER.cues == DEFAULT_KIND_CUES


def test_empty_matcher_says_other() -> None:
    assert KindMatcher(()).classify(segment("They met.")) == (Kind.OTHER, None)


# -- never raises, spans inside the text ------------------------------------------------

_WORDS = st.sampled_from(
    [
        "met",
        "phone",
        "video",
        "talks",
        "held",
        "letter",
        "joint statement",
        "conversation",
        "called",
        "Call",
        "received",
        "a",
        "the",
        ".",
        "\n",
        "\n\n",
        " ",
        "(",
        ":",
        "--",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(), st.lists(st.one_of(_WORDS, st.text(max_size=4)), max_size=40).map(" ".join)
    )
)
def test_classify_never_raises(text: str) -> None:
    k, span = MATCHER.classify(segment(text))
    assert isinstance(k, Kind)
    if span is not None:
        assert 0 <= span.start < span.end <= len(text)
    else:
        assert k is Kind.OTHER


def test_a_meeting_to_come_does_not_make_a_call_a_meeting() -> None:
    text = "The Premier spoke to the President tonight. They looked forward to meeting in June."
    assert kind(text) == (Kind.PHONE_CALL, "spoke to")


def test_peace_talks_as_a_topic_are_not_talks() -> None:
    text = "The Envoy met the Minister to review progress in the peace talks in Doha."
    assert kind(text) == (Kind.MEETING, "met")


def test_rows_without_a_role_keep_the_packaged_roles() -> None:
    import attrs

    @attrs.frozen
    class Row:
        kind: Kind
        pattern: str

    rows = [Row(c.kind, c.pattern) for c in DEFAULT_KIND_CUES] + [Row(Kind.LETTER, "missive")]
    m = KindMatcher(rows)
    assert m.cues[: len(DEFAULT_KIND_CUES)] == DEFAULT_KIND_CUES
    assert m.cues[-1] == KindCue(Kind.LETTER, "missive", CueRole.EVENT)


# -- the start search finds every cue match (kinds.KindMatcher._candidates) --------------


@pytest.mark.parametrize(
    ("fragment", "starts"),
    [
        ("met|meets", {"met", "meet"}),
        (r"(?:tele)?phone[\s\-]?calls?", {"tele", "phon"}),
        (r"(?<!(?:peace|the)\s)talks\s+with", {"talk"}),
        (r"(?:an\s+)?audience", {"an", "audi"}),
        ("a?b{0,2}c", {"ab", "ac", "b", "c"}),  # a repeat ends a start
        ("t\u00eate-\u00e0", {"t\u00eate"}),
        (r"x*", None),  # may match empty text
        (r"[a-z]bc", None),  # a class first
        (r"\Gfoo", None),
        (r"(?x) a b", None),
        ("stra\u00dfe", None),  # folds to more than one character
    ],
)
def test_cue_starts(fragment: str, starts: set[str] | None) -> None:
    from readoutkit.parser.kinds import _prefixes

    assert _prefixes(fragment) == (frozenset(starts) if starts is not None else None)


@pytest.mark.parametrize(
    ("fragment", "needs"),
    [
        (r"(?:a|the|their)\s+call(?!\s+for)", {"call"}),  # the longer text wins
        (r"(?:tele)?phone[\s\-]?calls?", {"phone"}),  # "telephone" holds "phone"
        ("met|meets", {"met", "meets"}),
        (r"(?<!peace\s)talks", {"talks"}),  # a lookbehind holds nothing of the match
        ("a?b{0,2}c", {"c"}),
        ("ab|[c]", None),  # one branch holds no known text
        (r"x*", None),
        (r"\Gfoo", None),
        ("stra\u00dfe", None),  # folds to more than one character
    ],
)
def test_cue_needs(fragment: str, needs: set[str] | None) -> None:
    from readoutkit.parser.kinds import _needed

    assert _needed(fragment) == (frozenset(needs) if needs is not None else None)


def test_simple_texts_fold_one_to_one_into_word_characters() -> None:
    """What the start search relies on, checked against the `regex` module's own tables."""
    import regex

    from readoutkit.parser.kinds import _ALPHABET, _NOT_SIMPLE, _SIMPLE_RANGES

    chars = [
        chr(c)
        for a, b in _SIMPLE_RANGES
        for c in range(a, b + 1)
        if _NOT_SIMPLE.search(chr(c)) is None
    ]
    word = regex.compile(r"[\p{L}\p{N}_]")
    alphabet = regex.compile(f"[_{_ALPHABET}]")
    for ch in chars:
        assert len(ch.casefold()) == 1
        if alphabet.fullmatch(ch.casefold()):
            assert word.fullmatch(ch), hex(ord(ch))
    joined = "\n".join(chars)
    flags = regex.VERSION1 | regex.UNICODE | regex.IGNORECASE
    for x in "abcdefghijklmnopqrstuvwxyz0123456789\u00e0\u00e9\u00ea\u00f6\u00ff":
        expected = [i for i, ch in enumerate(joined) if ch.casefold() == x]
        for prefix in ("", "(?-f)"):
            rx = regex.compile(prefix + regex.escape(x), flags)
            assert [m.start() for m in rx.finditer(joined)] == expected, (prefix, x)


_CUE_TEXT = st.lists(
    st.one_of(
        _WORDS,
        st.sampled_from(
            [
                "previous phone call",
                "spoke by telephone with",
                "held talks with",
                "the upcoming meeting",
                "in a letter to",
                "via video link",
                "t\u00eate-\u00e0-t\u00eate meeting",
                "CALLED Dr",
                "\u00df",
                "\u0131n",
                "\u2019s call",
            ]
        ),
        st.text(max_size=3),
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT)
def test_start_search_finds_what_each_cue_finds(text: str) -> None:
    from readoutkit.parser.kinds import _NOT_SIMPLE, _units

    doc = segment(text)
    for u in _units(doc):
        plain = MATCHER._hits(doc, u, None)
        if _NOT_SIMPLE.search(text) is None:
            folded = text.casefold()
            assert MATCHER._hits(doc, u, folded) == plain
            around = MATCHER._starting(doc, 0, len(text))  # the words of a wider stretch
            assert MATCHER._hits(doc, u, folded, None, around) == plain


def _every_cue_decides(matcher: KindMatcher, text: str) -> tuple[Kind, Span | None]:
    """The precedence of data/kind_cues.tsv applied to every cue's matches in every unit
    (what KindMatcher.classify gives, matching only the cues each step needs)."""
    from readoutkit.parser.kinds import (
        _MAX_CHARS,
        _MAX_UNITS,
        EVENT_ORDER,
        MODE_ORDER,
        _best,
        _lead,
        _units,
    )

    doc = segment(text)
    everywhere = [
        (c.kind, i, m)
        for i, c in enumerate(matcher.cues)
        for rx in [matcher._pattern(i)]
        if c.role in (CueRole.HINT, CueRole.MODE)
        for m in [rx.search(text)]
        if m is not None
    ]
    hint = min(everywhere, key=lambda x: (x[2].start(), x[1]), default=None)

    def decide(zone: list[list[Any]]) -> Any:
        best = _best([h for unit in zone for h in unit if h.role is CueRole.MODE], MODE_ORDER)
        if best is not None:
            return best
        for i, unit in enumerate(zone):
            best = _best([h for h in unit if h.role is CueRole.EVENT], EVENT_ORDER)
            if best is not None:
                return best
            weak = [h for h in unit if h.role is CueRole.WEAK]
            if not weak:
                continue
            if hint is not None:
                return hint[0], hint[2].start(), hint[2].end()
            for later in zone[i + 1 :]:
                best = _best([h for h in later if h.role is CueRole.EVENT], EVENT_ORDER)
                if best is not None:
                    return best
            return weak[0]
        return None

    units = _units(doc)
    lead = _lead(units)
    found = decide([matcher._hits(doc, u, None) for u in lead])
    if found is None:
        rest = [u for u in units[len(lead) : _MAX_UNITS] if u.start < _MAX_CHARS]
        found = decide([matcher._hits(doc, u, None) for u in lead + rest])
    if found is None:
        return Kind.OTHER, None
    k, a, b = found[:3] if len(found) == 3 else (found.kind, found.start, found.end)
    return k, Span(a, b)


_ODD_ROLES = KindMatcher(
    [
        *DEFAULT_KIND_CUES,
        KindCue(Kind.MEETING, "phone", CueRole.MODE),
        KindCue(Kind.PHONE_CALL, "met", CueRole.EVENT),
        KindCue(Kind.LETTER, "held", CueRole.WEAK),
        KindCue(Kind.TALKS, r"\w+ed", CueRole.EVENT),  # no start known: searched plainly
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_CUE_TEXT, st.sampled_from([". ", ".\n", "\n", "\n\n"])), max_size=8).map(
        "".join
    )
)
def test_classify_gives_what_every_cue_gives(text: str) -> None:
    for matcher in (MATCHER, _ODD_ROLES):
        assert matcher.classify(segment(text)) == _every_cue_decides(matcher, text)


def test_received_on_a_day_a_written_message_is_a_letter() -> None:
    text = "The Foreign Minister received on Monday a written message from his Omani counterpart."
    assert kind(text)[0] is Kind.LETTER


def test_an_upcoming_meeting_is_not_this_engagement() -> None:
    text = (
        "The Secretary spoke today with the Foreign Minister of Chile. "
        "They discussed the upcoming regional foreign ministers' meeting in Lima."
    )
    assert kind(text)[0] is Kind.PHONE_CALL


_BEFORE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "previous",
                "Upcoming",
                "LAST",
                "next",
                "planned",
                "the",
                "foreign",
                "ministers'",
                "\u2019s",
                "-",
                "\u017fcheduled",  # a long s: folds to "s" alike
                "\u0131n",
                "PRIOR",
                "  ",
                "\t",
                "\n",
            ]
        ),
        st.text(max_size=3),
    ),
    max_size=16,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_BEFORE_TEXT)
def test_words_before_a_cue_are_found_alike_in_simple_texts(text: str) -> None:
    """What _before relies on: in a simple text, the needed texts and the simple-folding
    twin of each pattern find what the pattern as written finds, at every end."""
    from readoutkit.parser.kinds import (
        _EARLIER_BEFORE,
        _NOT_SIMPLE,
        _OTHER_EVENT_BEFORE,
        _before,
    )

    if _NOT_SIMPLE.search(text) is not None:
        return
    folded = text.casefold()
    for rule, width in ((_EARLIER_BEFORE, 40), (_OTHER_EVENT_BEFORE, 60)):
        for end in range(len(text) + 1):
            start = max(0, end - width)
            expected = rule.full.search(text, start, end) is not None
            assert _before(rule, text, folded, start, end) == expected, (end, rule.full.pattern)
            assert _before(rule, text, None, start, end) == expected


def test_full_patterns_are_compiled_when_first_needed() -> None:
    """A simple text needs no cue's full-folding pattern; another text compiles those it
    searches, once."""
    matcher = KindMatcher(DEFAULT_KIND_CUES)
    assert matcher.classify(segment("The ministers spoke by phone."))[0] is Kind.PHONE_CALL
    assert all(rx is None for rx in matcher._full)
    assert matcher.classify(segment("The ministers spoke by phone in Stra\u00dfe."))[0] is (
        Kind.PHONE_CALL
    )
    compiled = [rx for rx in matcher._full if rx is not None]
    assert compiled
    assert matcher._pattern(matcher._full.index(compiled[0])) is compiled[0]


def test_a_bad_cue_given_to_a_matcher_raises_when_it_is_built() -> None:
    import regex

    from readoutkit.parser.kinds import _prefixes

    # a cue with a known start (its simple pattern is compiled), and a plain one
    for pattern, plain in (("meet{2,1}", False), (r"\w+(unclosed", True)):
        assert (_prefixes(pattern) is None) is plain
        with pytest.raises(regex.error):
            KindMatcher([KindCue(Kind.MEETING, pattern)])


def test_the_ministers_talks_a_heading_names_are_talks() -> None:
    text = (
        "Outcome of Norway-Chile Foreign Ministers' Talks\n\n"
        "Foreign Minister Lars Berg welcomed Ana Ruiz, Chile's Foreign Minister, to Oslo for "
        "talks, and the two later met over lunch."
    )
    assert kind(text) == (Kind.TALKS, "Ministers' Talks")


def test_a_round_of_negotiations_that_is_the_topic_makes_no_talks() -> None:
    r = readoutkit.parse(
        "The President called Norwegian Prime Minister Lars Berg today to congratulate him. "
        "The two leaders discussed the opening round of negotiations on a trade partnership."
    )
    assert r.kind is Kind.PHONE_CALL
    r = readoutkit.parse("Foreign Minister Ana Ruiz and Lars Berg held a second round of talks.")
    assert r.kind is Kind.TALKS


def test_ringing_someone_up_is_a_phone_call_but_a_bell_is_not() -> None:
    r = readoutkit.parse("Foreign Minister Lars Berg rang up his Chilean counterpart, Ana Ruiz.")
    assert r.kind is Kind.PHONE_CALL
    r = readoutkit.parse("The Prime Minister rang President Ana Ruiz of Chile today.")
    assert r.kind is Kind.PHONE_CALL
    r = readoutkit.parse("The bell rang and the ministers met in Oslo.")
    assert r.kind is Kind.MEETING


def test_lunching_or_dining_together_is_a_meeting() -> None:
    for verb in ("lunched", "dined", "breakfasted"):
        r = readoutkit.parse(
            f"Foreign Minister Ana Ruiz of Chile {verb} with Foreign Minister Luis Vega of "
            "Peru in Lima on Friday. Ruiz said Chile will open a consulate in Cusco."
        )
        assert r.kind is Kind.MEETING, verb
        assert [p.name for p in r.parties] == ["Ana Ruiz", "Luis Vega"]


def test_sitting_down_with_is_a_meeting_and_hosting_after_for_is_not() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Ana Ruiz sat down in Lima today with Peruvian Minister of "
        "Defense Luis Vega. Ruiz thanked him for hosting the gathering."
    )
    assert r.kind is Kind.MEETING
    # "for hosting" an event is no meeting: the call stays a call
    r = readoutkit.parse(
        "PM call with President Luis Vega of Peru\n\n"
        "The Prime Minister spoke to President Vega of Peru about the climate summit.\n\n"
        "President Vega and the Prime Minister talked this afternoon about Peru's "
        "preparations for hosting the summit in Lima."
    )
    assert r.kind is Kind.PHONE_CALL


def test_welcoming_a_guest_somewhere_on_a_day_for_talks_is_talks() -> None:
    r = readoutkit.parse(
        "VGP – Prime Minister Tran Van Minh welcomed Peruvian Prime Minister Luis Vega to Ha "
        "Noi on Wednesday for talks on trade."
    )
    assert r.kind is Kind.TALKS


def test_a_named_meeting_to_come_is_not_the_engagement() -> None:
    text = (
        "Readout of the President's Call with President Luis Vega of Peru\n\n"
        "The President spoke today with President Luis Vega of Peru about the climate "
        "conference. The two leaders agreed that the Lima meeting should produce a "
        "balanced package."
    )
    assert readoutkit.parse(text).kind is Kind.PHONE_CALL
    # a named meeting told as it happened still is one
    text = text.replace("should produce", "produced")
    assert readoutkit.parse(text).kind is Kind.MEETING


def test_talks_held_somewhere_by_a_participant_are_talks() -> None:
    r = readoutkit.parse(
        "VGP – Rice trade was at the centre of talks held in Ha Noi on Monday afternoon by "
        "Prime Minister Tran Van Minh with his Peruvian counterpart, Luis Vega."
    )
    assert r.kind is Kind.TALKS
