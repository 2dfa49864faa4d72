"""find_dates: reference (publication) date and engagement date, on invented readouts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutkit.parser.dates import DateFinding, find_dates
from readoutkit.parser.text import segment

D = dt.date


def dates(text: str, given_date: dt.date | None = None) -> DateFinding:
    return find_dates(segment(text), given_date)


def evidence(text: str, f: DateFinding) -> tuple[str | None, str | None]:
    ref = f.reference_span.slice(text) if f.reference_span else None
    day = f.date_span.slice(text) if f.date_span else None
    return ref, day


# -- reference date --------------------------------------------------------------


def test_header_alone_gives_reference_but_no_day() -> None:
    f = dates(" date 2019-06-04 The Minister held a meeting with her Chilean colleague.\n")
    assert f.reference_date == D(2019, 6, 4)
    assert f.reference_span is None
    assert f.date is None
    assert any("no day" in n for n in f.notes)


def test_header_on_the_same_line_and_today() -> None:
    f = dates(" date 2019-06-04 The Minister spoke by phone today with her Chilean colleague.")
    assert (f.reference_date, f.date) == (D(2019, 6, 4), D(2019, 6, 4))


def test_header_after_a_title_line_is_read_and_is_no_text() -> None:
    text = (
        "Minister Ruiz Meets Her Norwegian Counterpart\n\n date 2019-06-07 The Minister met "
        "Friday in Oslo with Foreign Minister Tomas Berg.\n"
    )
    doc = segment(text)
    f = find_dates(doc, None)
    assert (f.reference_date, f.date) == (D(2019, 6, 7), D(2019, 6, 7))
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "The Minister met Friday in Oslo with Foreign Minister Tomas Berg."
    ]
    # a "date" line deep in the body is prose, no header
    late = "Title\n\nOne.\n\nTwo.\n\nThree.\n\n date 2019-06-07 Four.\n"
    assert segment(late).header_date is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 3, 2019", D(2019, 5, 3)),
        ("3 May 2019", D(2019, 5, 3)),
        ("3rd May, 2019", D(2019, 5, 3)),
        ("Friday, May 3, 2019", D(2019, 5, 3)),
        ("2019-05-03 16:20", D(2019, 5, 3)),
        ("2019-05-03 16:20:11Agency Editor : Jane Roe App Download", D(2019, 5, 3)),
        ("Release Date:2019-05-03 16:20:11     Source:Agency", D(2019, 5, 3)),
        ("Source: Agency| 2019-05-03 16:20:11|Editor: someone", D(2019, 5, 3)),
        ("Published: Fri May 03 2019", D(2019, 5, 3)),
        ("Posted On: 03 MAY 2019 9:13PM by Press Bureau", D(2019, 5, 3)),
        ("3 May 2019 - 20:57", D(2019, 5, 3)),
        ("May 3, 2019 4:10 PM GMT+7", D(2019, 5, 3)),
        ("Agency) 14:03, May 3, 2019", D(2019, 5, 3)),
        ("03.05.2019", D(2019, 5, 3)),
        ("21/05/2019", D(2019, 5, 21)),
        ("05/21/2019", D(2019, 5, 21)),
    ],
)
def test_date_line_under_the_title(line: str, expected: dt.date) -> None:
    text = f"Minister Receives Visiting Counterpart\n\n{line}\n\nThe two ministers met.\n"
    f = dates(text)
    assert f.reference_date == expected
    assert f.reference_span is not None


def test_ambiguous_slashed_date_reads_day_first() -> None:
    # the publishers that write numeric dates (the EU's "Brussels, 02/06/2021") put the
    # day first; the United States' month-first dates are read so only when the second
    # part cannot be a month ("05/21/2019", above)
    f = dates("Ministers Meet\n04/05/2019\n\nThe two ministers met in Lima.\n")
    assert f.reference_date == D(2019, 5, 4)


def test_long_title_with_a_date_is_not_a_date_line() -> None:
    text = "Readout of the Minister's meeting with the envoy on May 3, 2019\n\nThey met.\n"
    assert dates(text).reference_date is None


def test_date_line_beats_updated_stamp_and_header_beats_stamp() -> None:
    text = "Title Of The Story\nUpdated 11:02, 09-Jul-2019\nJuly 8, 2019\n\nThey met today.\n"
    f = dates(text)
    assert (f.reference_date, f.date) == (D(2019, 7, 8), D(2019, 7, 8))
    text = " date 2019-07-08 Title Of The Story\nUpdated 11:02, 09-Jul-2019\n\nThey met today.\n"
    assert dates(text).reference_date == D(2019, 7, 8)


def test_updated_stamp_alone_counts() -> None:
    f = dates(
        "Premier Hosts Guest\nUpdated: Jul 9,2019 9:24 AM     Agency\n\nThe premier met a guest.\n"
    )
    assert f.reference_date == D(2019, 7, 9)
    assert any("stamp" in n for n in f.notes)


def test_footer_date_is_the_reference_not_the_engagement_day() -> None:
    body = "\n".join(f"Paragraph {i} of the account goes on here." for i in range(6))
    text = f"Ministers Meet\n\n{body}\n\nJuly 8, 2019\n"
    f = dates(text)
    assert f.reference_date == D(2019, 7, 8)
    assert evidence(text, f) == ("July 8, 2019", None)
    assert f.date is None


def test_footer_date_settles_today() -> None:
    text = (
        "Foreign Minister meets visiting counterpart\n\n"
        "The Foreign Minister received her Chilean counterpart today in the capital.\n"
        "They reviewed trade and climate cooperation.\n\n"
        "Spokesperson, Ministry of Foreign Affairs\n"
        "Lusaka, 12th November, 2024\n"
    )
    f = dates(text)
    assert (f.reference_date, f.date) == (D(2024, 11, 12), D(2024, 11, 12))


def test_a_long_tail_of_short_lines_is_no_footer() -> None:
    tail = "\n".join(["Related", "Tags", "Share", "Print", "Archive"])
    body = "\n".join(f"Paragraph {i} of the account goes on here today." for i in range(4))
    text = f"Ministers Meet\n\n{body}\n\n{tail}\nJuly 8, 2019\n"
    assert dates(text).reference_date is None


@pytest.mark.parametrize(
    ("opening", "expected", "ref_words"),
    [
        ("LIMA, Oct. 3, 2019 (Agency) -- The two ministers met.", D(2019, 10, 3), "Oct. 3, 2019"),
        ("Oslo, October 03, 2019 (ABC-XY): The two ministers met.", D(2019, 10, 3), None),
        ("NAIROBI, Kenya, Oct. 3, 2019 (Agency) -- They met.", D(2019, 10, 3), None),
        (
            "KIGALI, (Some News / Other Paper / ABC - 3rd Oct, 2019) The envoy met him.",
            D(2019, 10, 3),
            None,
        ),
        ("OTTAWA, October 3, 2019 /Newswire/ -- The two ministers met.", D(2019, 10, 3), None),
        ("3 October 2019 – The Prime Minister met the envoy.", D(2019, 10, 3), "3 October 2019"),
        ("Washington, D.C., October 3, 2019 — The Secretary met the envoy.", D(2019, 10, 3), None),
    ],
)
def test_dateline_with_year(opening: str, expected: dt.date, ref_words: str | None) -> None:
    text = f"Ministers Meet In The Capital\n\n{opening}\n"
    f = dates(text)
    assert f.reference_date == expected
    assert f.date is None  # a dateline is the publication date, not the day of the meeting
    if ref_words is not None:
        assert evidence(text, f)[0] == ref_words


def test_dateline_without_year_takes_year_from_header() -> None:
    text = " date 2019-10-04 Ministers meet\n\nLIMA, Oct. 3 (Agency) -- They met on Thursday.\n"
    f = dates(text)
    assert f.reference_date == D(2019, 10, 3)  # the dateline wins over the header
    assert f.date == D(2019, 10, 3)  # 2019-10-03 was a Thursday
    assert any("differs from the header" in n for n in f.notes)


def test_dateline_without_year_across_new_year() -> None:
    text = "Envoys Meet\nPosted 2020-01-02 10:00\n\nMOSCOW, Dec. 31. /ABC/. They met yesterday.\n"
    f = dates(text)
    assert f.reference_date == D(2019, 12, 31)
    assert f.date == D(2019, 12, 30)


def test_dateline_without_year_and_no_year_anywhere() -> None:
    f = dates("Envoys Meet\n\nLIMA, Oct. 3 (Agency) -- The envoys met on Thursday.\n")
    assert (f.reference_date, f.date) == (None, None)
    assert "dateline without year" in f.notes
    assert any("relative date" in n for n in f.notes)


def test_dateline_without_date_falls_back_to_header() -> None:
    f = dates(" date 2019-10-04 Hanoi (ABC) – The two leaders spoke by phone today.\n")
    assert (f.reference_date, f.date) == (D(2019, 10, 4), D(2019, 10, 4))


def test_given_wins_over_everything() -> None:
    text = " date 2019-10-04 Envoys meet\n\nLIMA, Oct. 3, 2019 (Agency) -- The envoys met today.\n"
    f = dates(text, D(2021, 1, 1))
    assert (f.reference_date, f.reference_span, f.date) == (D(2021, 1, 1), None, D(2021, 1, 1))


# -- engagement date -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "sentence", "expected"),
    [
        # weekday: nearest on or before the reference date, across month and year ends
        (D(2021, 3, 1), "The leaders met on Thursday in Quito.", D(2021, 2, 25)),
        (D(2021, 1, 2), "The leaders met on Wednesday in Quito.", D(2020, 12, 30)),
        (D(2021, 3, 1), "The leaders met on Monday in Quito.", D(2021, 3, 1)),
        (D(2021, 3, 1), "The leaders met last Monday in Quito.", D(2021, 2, 22)),
        (D(2021, 3, 1), "On the evening of Saturday, the leaders met in Quito.", D(2021, 2, 27)),
        (D(2021, 3, 1), "The leaders spoke Sunday night by phone.", D(2021, 2, 28)),
        # relative words
        (D(2021, 3, 1), "The leaders spoke today by phone.", D(2021, 3, 1)),
        (D(2021, 3, 1), "The leaders spoke earlier today by phone.", D(2021, 3, 1)),
        (D(2021, 3, 1), "The leaders spoke early this afternoon by phone.", D(2021, 3, 1)),
        (D(2021, 3, 1), "The leaders spoke tonight by phone.", D(2021, 3, 1)),
        (D(2021, 3, 1), "The leaders spoke yesterday by phone.", D(2021, 2, 28)),
        (D(2021, 1, 1), "The leaders spoke last night by phone.", D(2020, 12, 31)),
        (D(2021, 3, 1), "The leaders spoke the day before yesterday.", D(2021, 2, 27)),
        # explicit dates, with and without a year
        (D(2021, 3, 1), "On February 20, 2021, the leaders met in Quito.", D(2021, 2, 20)),
        (D(2021, 3, 1), "The leaders met in Quito on 20 February.", D(2021, 2, 20)),
        (D(2021, 3, 1), "On the morning of February 20, local time, they met.", D(2021, 2, 20)),
        (D(2021, 3, 1), "On Saturday, February 27, the leaders met.", D(2021, 2, 27)),
        (D(2021, 1, 2), "On December 30, the leaders met in Quito.", D(2020, 12, 30)),
        (D(2021, 3, 1), "The leaders met on the 20th of February.", D(2021, 2, 20)),
    ],
)
def test_engagement_day(ref: dt.date, sentence: str, expected: dt.date) -> None:
    f = dates(f"Leaders Meet\n\n{sentence} They discussed trade.\n", ref)
    assert f.date == expected
    assert f.date_span is not None


def test_explicit_date_beats_header_and_needs_no_reference() -> None:
    f = dates("Envoys Meet\n\nOn March 4, 2016, the envoys met in Quito.\n")
    assert (f.reference_date, f.date) == (None, D(2016, 3, 4))
    text = " date 2016-03-06 On March 4, 2016, the envoys met in Quito."
    f = dates(text)
    assert (f.reference_date, f.date) == (D(2016, 3, 6), D(2016, 3, 4))
    assert evidence(text, f)[1] == "On March 4, 2016"


def test_explicit_date_without_year_or_reference() -> None:
    f = dates("Envoys Meet\n\nOn the evening of March 4, the envoys spoke by phone.\n")
    assert f.date is None
    assert "engagement date without year" in f.notes


def test_date_in_parentheses_is_not_the_engagement() -> None:
    text = (
        "Leaders Talk\n\nThe leaders on Monday marked the anniversary of ties "
        "(on March 18, 2020).\n\nMarch 3, 2021\n\nThey spoke at length.\n"
    )
    f = dates(text)
    assert (f.reference_date, f.date) == (D(2021, 3, 3), D(2021, 3, 1))


def test_title_gives_the_day_when_the_body_does_not() -> None:
    text = "Outcome of the Envoys' Meeting Held on Mar. 4\n\nDate\n2021-03-05\n\nThe envoys met.\n"
    assert dates(text).date == D(2021, 3, 4)


def test_later_sentences_count_only_for_today() -> None:
    lead = "The President had a call with the Chancellor. They discussed trade. They agreed."
    text = f" date 2021-03-05 {lead} The President mentioned today's storm in the north."
    assert dates(text).date == D(2021, 3, 5)
    text = f" date 2021-03-05 {lead} Today, the world faces many challenges, he said."
    assert dates(text).date is None
    text = f" date 2021-03-05 {lead} The talks were held on Monday, he said."
    assert dates(text).date is None


def test_names_and_lowercase_words_are_not_dates() -> None:
    text = (
        " date 2021-03-05 The minister gave an interview to Russia Today. Both may 5 times agree."
    )
    assert dates(text).date is None
    text = " date 2021-03-05 The envoys met on Good Friday and marched on. They may meet again."
    assert dates(text).date is None


def test_impossible_dates_are_ignored() -> None:
    f = dates("Envoys Meet\nFebruary 30, 2021\n\nOn February 30, 2021, they met.\n")
    assert (f.reference_date, f.date) == (None, None)


# -- never raises, spans inside the text ------------------------------------------------

_PIECES = st.sampled_from(
    [
        " date 2020-02-29 ",
        "\n",
        "\n\n",
        "BEIJING, Sept. 9 (Xinhua) -- ",
        "ABU DHABI, (WAM - 15th Aug, 2020) ",
        "on Thursday",
        "today",
        "yesterday",
        "On February 29",
        "31 April 2021",
        "2021-13-40",
        "12/12/2012",
        "May",
        " (",
        ")",
        "--",
        ", ",
        ". ",
        "Updated 14:24, 24-Sep-2020",
        "Release Date:1999-12-31 23:59:59",
        "the day before yesterday",
        "last Sunday",
        "The two sides met.",
    ]
)


def _check(text: str, f: DateFinding) -> None:
    for span in (f.reference_span, f.date_span):
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _check(text, dates(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=25).map("".join),
    st.one_of(st.none(), st.dates()),
)
def test_never_raises_on_date_like_text(text: str, ref: dt.date | None) -> None:
    f = dates(text, ref)
    _check(text, f)
    if ref is not None:
        assert f.reference_date == ref


def test_title_closing_with_a_date() -> None:
    text = "Premier's call with the President of Chile: 4 June 2019\n\nThe Premier spoke to him tonight."
    f = dates(text)
    assert (f.reference_date, f.date) == (D(2019, 6, 4), D(2019, 6, 4))
    f = dates(
        "Premier's call with the President of Chile: 4 June 2019\n\nThe Premier spoke to him."
    )
    assert (f.reference_date, f.date) == (D(2019, 6, 4), D(2019, 6, 4))
    # the header wins over a title's date
    f = dates(
        " date 2019-06-05 Premier's call with the President of Chile: 4 June 2019\n\nThey spoke."
    )
    assert (f.reference_date, f.date) == (D(2019, 6, 5), D(2019, 6, 4))


def test_the_earlier_day_in_a_sentence_wins() -> None:
    text = (
        " date 2021-05-07 The Premier called the President on Thursday to congratulate "
        "him on his victory on April 28."
    )
    f = dates(text)
    assert f.date == D(2021, 5, 6)
    assert evidence(text, f)[1] == "on Thursday"


def test_publishing_today_is_not_the_engagement_day() -> None:
    text = (
        "Readout of a call\n\n4 June 2031\n\nThe following readout was issued today by the "
        "Spokesperson. The Secretary-General spoke by phone yesterday with the President."
    )
    f = dates(text)
    assert f.reference_date == dt.date(2031, 6, 4)
    assert f.date == dt.date(2031, 6, 3)


def test_dateline_with_agency_after_a_comma() -> None:
    f = dates("Doha, March 9, 2030, QNA -- The Foreign Minister received a phone call today.")
    assert f.reference_date == dt.date(2030, 3, 9)
    assert f.date == dt.date(2030, 3, 9)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "last",
                "on",
                "early",
                "morning",
                "of",
                "Thursday",
                "day",
                "before",
                "yesterday",
                "this",
                "tonight",
                "next",
                "\u017fun",
                "Sunday",
                ",",
                "(",
                "\t",
                "  ",
            ]
        ),
        max_size=14,
    ).map(" ".join)
)
def test_a_relative_day_starts_no_earlier_than_a_few_words_before_its_word(text: str) -> None:
    """What _relative's shortcut relies on (see DatePatterns.words_before)."""
    from readoutkit.parser.dates import _RELATIVE_WORDS, DATES

    folded = text.casefold()
    found = [i for i in map(folded.find, _RELATIVE_WORDS) if i >= 0]
    if not found or len(folded) != len(text):
        return
    before = DATES.words_before.search(text, 0, min(found))
    assert before is not None
    spans = [m.span() for m in DATES.relative.finditer(text)]
    assert [m.span() for m in DATES.relative.finditer(text, before.start())] == spans


_DATE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "January 4",
                "4 March",
                "Sept. 9, 2021",
                "2019",
                "20\u0662\u0660",  # Arabic-Indic digits after "20"
                "2021-07-28",
                "06.11.2020",
                "21/04/2020",
                "5 April 202417:30",
                "COVID-19",
                "Updated:",
                "on",
                "the",
                ",",
                "\n",
                " ",
            ]
        ),
        st.text(alphabet="0123456789 -/.,:\n", max_size=6),
    ),
    max_size=16,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_DATE_TEXT)
def test_body_years_are_the_years_of_every_full_date(text: str) -> None:
    """_body_years searches only the lines holding a year's digits (DATES.year_digits):
    the same years as one search of the whole text."""
    from readoutkit.parser.dates import DATES, _body_years, _partial

    expected = set()
    for m in DATES.date.finditer(text):
        p = _partial(m)
        if p is not None and p.year is not None:
            expected.add(p.year)
            assert DATES.year_digits.search(m[0]) is not None, m[0]  # what both rely on
    assert _body_years(segment(text)) == expected


@settings(max_examples=300, deadline=None)
@given(_DATE_TEXT)
def test_date_lines_are_found_alike_without_the_year_pretest(text: str) -> None:
    """_line_date searches a line only if it holds a year's digits (_has_full_date), not
    any digit (_has_date): the same candidates."""
    from unittest import mock

    from readoutkit.parser import dates

    doc = segment(text)
    found = dates._date_lines(doc)
    with mock.patch.object(dates, "_has_full_date", dates._has_date):
        assert dates._date_lines(doc) == found


@pytest.mark.parametrize("verb", ["reached", "signed", "declared"])
def test_a_day_that_dates_an_earlier_act_is_not_the_engagement_s(verb: str) -> None:
    f = dates(
        "Talks in the Kremlin\n\nMarch 2, 2031\n\nA meeting of the three leaders took place "
        f"to discuss how the agreements {verb} on November 9, 2030 are being carried out."
    )
    assert f.reference_date == D(2031, 3, 2)
    assert f.date is None


def test_a_day_after_held_on_still_dates_the_engagement() -> None:
    f = dates("March 2, 2031\n\nTalks held on Monday between the two ministers covered trade.")
    assert f.date == D(2031, 2, 24)


def test_another_event_s_day_in_the_possessive_gives_way() -> None:
    text = (
        "PM call with Prime Minister Tor Lund: 3 March 2025\n\n"
        "Following yesterday's summit in London, the Prime Minister and Prime Minister "
        "Tor Lund of Norway spoke by phone this afternoon.\n"
    )
    f = dates(text)
    assert (f.date, evidence(text, f)[1]) == (dt.date(2025, 3, 3), "this afternoon")


def test_a_date_closing_a_long_title_line() -> None:
    text = (
        "Prime Minister Shri Narendra Modi holds delegation-level talks with the Prime "
        "Minister of Norway, Tor Lund, at Hyderabad House in New Delhi during the State "
        "Visit of the Norwegian Prime Minister to India, 7 April 2018\n\n"
        "Welcoming Prime Minister Lund, Prime Minister Modi said India values the ties.\n"
    )
    f = dates(text)
    assert (f.reference_date, f.date) == (None, dt.date(2018, 4, 7))


def test_a_relative_day_right_after_a_dateline_dash() -> None:
    text = (
        "ABU DHABI, 14th March, 2021 (WAM) -- This evening, Sheikh Tahnoun took a "
        "telephone call from the Foreign Minister of Norway.\n"
    )
    f = dates(text)
    assert (f.date, evidence(text, f)[1]) == (dt.date(2021, 3, 14), "This evening")


def test_a_relative_day_right_after_a_source_in_brackets_and_a_colon() -> None:
    f = dates(
        "Ministers Speak\n\nSantiago, May 4, 2021 (ABC-News): Today, Foreign Minister Ana "
        "Ruiz of Chile spoke with Foreign Minister Lars Berg of Norway.\n"
    )
    assert (f.reference_date, f.date) == (D(2021, 5, 4), D(2021, 5, 4))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Today we talked about trade.", dt.date(2023, 8, 21)),
        ("Today, the two countries are close partners.", None),
    ],
)
def test_a_later_sentence_opening_today_we_did_dates_the_engagement(
    sentence: str, day: dt.date | None
) -> None:
    text = (
        "Volodymyr Zelenskyy and Ana Ruiz Met in Santiago\n\n21 August 2023 - 22:47\n\n"
        "President Volodymyr Zelenskyy met President Ana Ruiz of Chile. They discussed "
        f'defence. "Chile stands with Ukraine. {sentence}" the President said.'
    )
    assert find_dates(segment(text)).date == day


def test_the_day_of_the_disaster_condoled_is_not_the_calls() -> None:
    text = (
        "President Erdogan speaks with President Ruiz of Chile over the phone\n\n08.02.2023\n\n"
        "President Recep Tayyip Erdogan and Chilean President Ana Ruiz talked over the phone.\n\n"
        "President Ruiz offered sympathy over the earthquakes that struck Kahramanmaras and "
        "neighbouring provinces on Monday."
    )
    assert find_dates(segment(text)).date is None


def test_the_day_of_the_election_congratulated_on_is_not_the_meetings() -> None:
    text = (
        "President Recep Tayyip Erdogan received Chilean President Ana Ruiz in Ankara. "
        "President Erdogan congratulated her once more on her victory in the elections held on "
        "7 December 2031."
    )
    assert find_dates(segment(text)).date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "They welcomed the treaty signed in Tromso on March 3 of last year.",
        "They recalled that the two countries set up diplomatic ties on May 3, 1972.",
    ],
)
def test_the_day_of_an_earlier_act_named_with_its_place_or_ties_is_not_the_calls(
    sentence: str,
) -> None:
    text = (
        "Telephone conversation with Lars Berg\n\nApril 8, 2031, 16:20\n\n"
        f"Ana Ruiz spoke over the telephone with Prime Minister Lars Berg of Norway. {sentence}"
    )
    assert find_dates(segment(text)).date is None


def test_the_day_a_visit_began_gives_way_to_the_talks_day_after_it() -> None:
    text = (
        "November 4, 2031\n\nPrime Minister Lars Berg of Norway, whose official visit began on "
        "Sunday, held talks with Prime Minister Ana Ruiz in Santiago on Monday."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 11, 3)


def test_the_day_an_event_named_opens_is_not_the_meetings() -> None:
    text = (
        "Berg meets Chilean FM in Oslo\nUpdated 21:37, 04-Nov-2031\n\nIn Oslo, Foreign "
        "Minister Lars Berg met Foreign "
        "Minister Ana Ruiz of Chile, who is leading her country's delegation to the trade "
        "fair, which opens on Tuesday."
    )
    assert find_dates(segment(text)).date is None


def test_the_day_a_joint_statement_was_issued_is_the_engagements() -> None:
    text = (
        "Norway-Chile Joint Statement\n\nJune 21, 2031\nOslo\n\nThe following joint statement "
        "was issued today by Prime Minister Lars Berg and President Ana Ruiz of Chile after "
        "their meeting:"
    )
    assert find_dates(segment(text)).date == dt.date(2031, 6, 21)


def test_the_day_of_the_event_the_meeting_is_timed_from_is_not_the_meetings() -> None:
    text = (
        "Oslo, 16/04/2031\n\nThree months after Signing Day of the fisheries deal on 16 January "
        "2031, Foreign Minister Lars Berg and Foreign Minister Ana Ruiz met in Oslo today."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 4, 16)


def test_a_guests_arrival_yesterday_in_a_relative_clause_is_not_the_meetings_day() -> None:
    text = (
        "OSLO, 12th March, 2031 -- President Ana Ruiz of Chile, who arrived in Oslo yesterday "
        "for a state visit, was received today by Prime Minister Lars Berg."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 3, 12)
    text = (
        "Talks with President of Chile Ana Ruiz\n\nMarch 12, 2031, The Palace, Oslo\n\n"
        "Lars Berg had talks with President of Chile Ana Ruiz, who flew in yesterday evening."
    )
    assert find_dates(segment(text)).date is None


def test_a_visits_range_of_days_gives_way_to_the_meetings_own_day() -> None:
    text = (
        "Lars Berg, Foreign Minister of Norway, and Ana Ruiz, who paid an official visit to "
        "Norway on 4-5 June 2031 at his invitation, met in Oslo on 5 June and adopted this "
        "Joint Statement:"
    )
    assert find_dates(segment(text)).date == dt.date(2031, 6, 5)
    text = "Ana Ruiz paid an official visit to Norway on 4-5 June 2031 and met Lars Berg."
    assert find_dates(segment(text)).date == dt.date(2031, 6, 4)


def test_the_day_a_visit_to_a_country_began_is_not_the_talks_unless_today() -> None:
    text = (
        "2031/11/03\n\nChilean Foreign Minister Ana Ruiz, whose official visit to Norway began "
        "on Monday, sat down for talks with Foreign Minister Lars Berg in Oslo on November 2, "
        "2031."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 11, 2)
    text = (
        "April 3, 2031, The Palace, Oslo\n\nLars Berg held talks with the Chilean head of "
        "state, whose official visit to Norway began this morning."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 4, 3)


def test_the_day_something_took_effect_is_another_events() -> None:
    text = (
        "03 March 2031 - 21:40\n\nPresident Lars Berg and Ana Ruiz, the Vice President of Chile, "
        "held a telephone conversation.\n\nThe Head of State informed the Vice President about "
        "the ceasefire that was supposed to take effect on February 15."
    )
    assert find_dates(segment(text)).date is None


def test_the_day_someone_took_office_is_another_events() -> None:
    text = (
        "Exchange of letters\n\nPM Tan Wei Ming has written to Mr Lars Berg to congratulate "
        "him on taking office as Norway's Prime Minister on 14 October 2031. Mr Berg has since "
        "replied.\n\nMINISTRY OF FOREIGN AFFAIRS\n2 NOVEMBER 2031"
    )
    assert find_dates(segment(text)).date is None
    text = "President Lars Berg, who was sworn in on 3 May 2031, called Ana Ruiz."
    assert find_dates(segment(text)).date is None


def test_a_day_after_the_readouts_own_is_an_upcoming_events() -> None:
    # yearless: the summit ten days on, not the same day of the year before
    text = (
        "March 8, 2031, 17:20\n\nLars Berg and Prime Minister of Chile Ana Ruiz spoke by "
        "telephone.\n\nAna Ruiz confirmed she will attend the forum in Oslo on March 18."
    )
    assert find_dates(segment(text)).date is None
    text = (
        "March 8, 2031\n\nThe leaders went over the summit due in Oslo on March 18, 2031. "
        "They had last met on February 2."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 2, 2)
    # a day well past the reference's in its year is last year's
    text = "January 5, 2031\n\nLars Berg and Ana Ruiz met on December 20 in Oslo."
    assert find_dates(segment(text)).date == dt.date(2030, 12, 20)


def test_a_weekdays_other_event_does_not_date_the_engagement() -> None:
    text = (
        "November 9, 2031\n\nLars Berg and Ana Ruiz spoke by telephone.\n\nCongratulating "
        "Ana Ruiz on her win in Sunday's general election, Lars Berg wished her success."
    )
    assert find_dates(segment(text)).date is None
    # a weekday's engagement still dates it: November 11, 2031 is a Tuesday
    text = "November 11, 2031\n\nIn Sunday's talks in Oslo, Lars Berg and Ana Ruiz agreed to meet."
    assert find_dates(segment(text)).date == dt.date(2031, 11, 9)


def test_a_visits_range_gives_way_to_the_next_sentences_talks_day() -> None:
    text = (
        "Ankara, 26 March 2031\n\nForeign Minister Ana Ruiz visited Turkey officially on "
        "25-26 March 2031. The two ministers held talks in Ankara on 26 March."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 3, 26)
    alone = "Ankara, 26 March 2031\n\nForeign Minister Ana Ruiz visited Turkey on 25-26 March 2031."
    assert find_dates(segment(alone)).date == dt.date(2031, 3, 25)


def test_a_numbered_release_line_gives_the_reference_date() -> None:
    text = (
        "No: 231, 20 October 2031, Joint Statement by Foreign Minister Ana Ruiz and Foreign "
        "Secretary Lars Berg\n\nForeign Minister Ana Ruiz and the Foreign Secretary, Lars Berg, "
        "came together today in Istanbul."
    )
    found = find_dates(segment(text))
    assert (found.reference_date, found.date) == (dt.date(2031, 10, 20), dt.date(2031, 10, 20))


def test_a_date_in_brackets_closing_the_title_is_the_engagements() -> None:
    text = (
        "Joint statement by Ms Ana Ruiz and Peru's Minister for Foreign Affairs (12 Oct. 2031)"
        "\n\nPublished: Mon Oct 13 2031\n\nJoint statement by Ms Ana Ruiz and Mr Jorge Soto:"
        '\n\n"Chile and Peru are determined to deepen their partnership."'
    )
    assert find_dates(segment(text)).date == dt.date(2031, 10, 12)


def test_a_visits_talks_told_today_or_two_sentences_on_date_it() -> None:
    text = (
        "Lima, 29 January 2031\n\nForeign Minister Ana Ruiz of Chile visited Lima on 28-29 "
        "January 2031 at the invitation of Foreign Minister Luis Vega of Peru.\n\nToday the "
        "two Foreign Ministers led their delegations in talks at the ministry."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 1, 29)
    text = (
        "Lima, 29 January 2031\n\nForeign Minister Ana Ruiz of Chile paid a visit to Peru on "
        "27-29 January 2031. The visit marked forty years of ties.\n\nOn 28 January, Ruiz "
        "and Foreign Minister Luis Vega held talks in Lima."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 1, 28)


def test_a_joint_statement_closing_a_visit_is_dated_when_issued() -> None:
    text = (
        "Press Information Bureau\nGovernment of India\n20-April-2031 19:05 IST\n"
        "India-Peru Joint Statement\n\nPresident Luis Vega of Peru paid a State Visit to India "
        "on 17-21 April 2031 as the guest of the Prime Minister.\n\nThe two leaders held "
        "extensive talks."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 4, 20)
    # a visit told in a readout of a meeting keeps its first day
    text = text.replace("India-Peru Joint Statement", "PM meets the President of Peru")
    assert find_dates(segment(text)).date == dt.date(2031, 4, 17)


def test_a_joint_statement_released_on_a_day_after_another_event_is_dated_then() -> None:
    text = (
        "October 25, 2031\n\nVGP – A Joint Statement between Viet Nam and Peru was released "
        "on Wednesday as the Prime Minister concluded his visit to Peru, which came after he "
        "attended the APEC Summit in Lima on October 20."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 10, 22)
    # a readout "released" on a day is published then: no engagement day
    text = (
        "October 25, 2031\n\nThe readout below was released on Wednesday. The Prime "
        "Minister spoke with President Luis Vega of Peru."
    )
    assert find_dates(segment(text)).date is None


def test_how_long_a_guest_has_been_somewhere_is_not_the_meetings_day() -> None:
    text = (
        "2031-06-21 10:15:32\n\nForeign Minister Ana Ruiz of Chile, in China since Sunday on "
        "an official visit, met Foreign Minister Li Wei for talks in Beijing on June 20."
    )
    assert find_dates(segment(text)).date == dt.date(2031, 6, 20)
