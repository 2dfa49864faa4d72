"""Dates: the publication date a readout shows, and the day the engagement took place.

Two dates come out of a readout (see the corpus GUIDE, section "dates"):

``reference_date``
    the publication date the text shows. In order of precedence: the caller's
    argument; a dateline ("BEIJING, Sept. 9 (Xinhua) --", "Islamabad, April 08,
    2020 (PPI-OT):", "3 March 2014 – ..."); a date line under the title
    ("April 28, 2024", "Release Date:2023-10-19 16:14:27"); the ` date` header;
    a date closing the title ("PM call with X: 3 March 2024"); an "Updated"
    stamp near the top; last, a date line in a footer (up to four short lines
    after the last paragraph: "New Delhi / November 27, 2024"). A dateline without a
    year takes its year from another full date in the same text (the same day
    first, else the nearest year before it), else the reference date is unknown:
    never from outside knowledge.

``date``
    the day of the engagement. In each of the first three sentences, in turn,
    the earlier of an explicit date ("On February 27, 2015, ...", "on April 6",
    "on the morning of February 15"; not one in parentheses) and a relative
    expression ("today", "this evening", "yesterday", "on Thursday": the nearest
    Thursday on or before the reference date) resolved against the reference
    date; then "on <date>" in the title, or a date closing it; then "today" in
    the next three sentences ("today's attack"), but not a sentence opening
    "Today, ..." (nowadays). Without any, the date is unknown: a dateline is the
    publication date, not the day of the engagement. A yearless date takes the
    year that puts it on or before the reference date.

Nothing here raises on text: what cannot be settled is returned as ``None``
with a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from readoutkit.model import Span
from readoutkit.parser.text import Document, Line, Sentence

__all__ = [
    "DateFinding",
    "DatePatterns",
    "after_dateline",
    "dateline_place",
    "find_dates",
]

_F = regex.VERSION1 | regex.UNICODE

# -- pattern fragments --------------------------------------------------------
# Month and weekday names match in any case here; a match whose name is not
# capitalised ("may 5", "march 3") is dropped afterwards (see _capitalised).
_MON = (
    r"(?<![\p{L}\d])(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))"
    r"(?![\p{L}])\.?"
)
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)?(?![\p{L}\d])"
#: a year; a clock time glued after it ("5 April 202417:30") is allowed
_YEAR = r"(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d\d))"
_DAY_RANGE = r"(?:[ \t]*[\-\u2013][ \t]*(?:3[01]|[12]\d|0?[1-9])(?!\d))?"
#: "April 28, 2024", "Oct 10,2013", "Feb 21 2022", "Sept. 9", "April 5-6"
_MDY = rf"{_MON}[ \t\u00a0]*+{_DAY}{_DAY_RANGE}(?:(?:[ \t]*,[ \t]*|[ \t\u00a0]+){_YEAR})?"
#: "27 December 2013", "15th Aug, 2020", "24-Sep-2020", "the 4th of April"
_DMY = (
    rf"(?<![\d:.,/])(?P<d>3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)?{_DAY_RANGE}"
    rf"(?:[ \t]+(?i:of))?[ \t\u00a0\-]{{1,3}}{_MON}(?:[ \t,\-]{{1,3}}{_YEAR})?"
)
#: "2021-07-28", "2021/07/28"
_ISO = (
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[\-/])(?P<mo>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
)
#: "06.11.2020" (day first, as European sites write it)
_DOTTED = (
    r"(?<![\d.])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mo>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\d])"
)
#: "04/21/2020" or "21/04/2020": day first unless the second part cannot be a month
_SLASHED = r"(?<![\d/])(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])"
_DATE = rf"(?:{_ISO}|{_DOTTED}|{_SLASHED}|{_MDY}|{_DMY})"
_WEEKDAY_NAME = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY = rf"(?<![\p{{L}}])(?P<wd>{_WEEKDAY_NAME})(?![\p{{L}}])"
_WEEKDAY_ANY = (
    r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?(?![\p{L}])\.?"
)
_PART_OF_DAY = r"(?i:the[ \t]+(?:early[ \t]+)?(?:morning|afternoon|evening|night)[ \t]+of)"
_PLACE_WORD = r"\p{Lu}[\p{L}.'\u2019\-]*+"
_PLACE = (
    rf"{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,4}}"
    rf"(?:[ \t]*,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}){{0,2}}"
)
_AGENCY = r"(?:\([^()\n]{1,40}\)|\.?[ \t]*/[^/\n]{1,40}/\.?)"
_DASH = r"(?:--|[\-\u2013\u2014:|]|\.(?=[ \t]))"


#: a visit, with where it goes: "visit", "trip to Turkey", "(a) State Visit to India"
_VISIT_TO: Final = r"(?:[Vv]isit|[Tt]rip|[Tt]our|[Ss]tay)(?:\s++to\s++(?:the\s++)?(?:\p{Lu}[\p{L}\-]*+\s++){1,3}?)?"
#: a visit's start, right before its day: "(whose) visit to China began (on)"
_VISIT_BEGAN: Final = _VISIT_TO + r"\s*+(?:began|started|opened)\s++(?:on\s++)?"


class DatePatterns:
    """The named, precompiled date patterns (one instance, :data:`DATES`)."""

    #: any calendar date: month name, day first, ISO or dotted; groups mon/mo, d, y
    date: Final = regex.compile(_DATE, _F)
    #: a heading that names a joint statement ("India-Ecuador Joint Statement")
    joint_heading: Final = regex.compile(
        r"(?<![\p{L}])(?i:joint\s++(?:statement|declaration|communiqu[ée]))(?![\p{L}])", _F
    )
    #: a word that tells the talks or meeting of a visit ("Today the two ministers held
    #: talks", "led their delegations in talks", "met")
    talks_held: Final = regex.compile(
        r"(?<![\p{L}])(?i:talks|met|meeting|discussions)(?![\p{L}])", _F
    )
    #: a dateline at the start of a line: "BEIJING, Sept. 9 (Xinhua) --",
    #: "ABU DHABI, (UrduPoint / WAM - 15th Aug, 2020)", "3 March 2014 – "
    dateline: Final = regex.compile(
        rf"[ \t]*+(?:(?P<place>{_PLACE})[ \t]*,[ \t]*)?"
        rf"(?:\((?P<inner>[^()\n]{{0,80}}?[\s,/\-])?(?P<when>{_DATE})[ \t]*\)"
        rf"|(?:{_WEEKDAY_ANY}[ \t]*,?[ \t]*)?(?P<when>{_DATE})"
        rf"(?:[ \t]*{_AGENCY}(?:[ \t]*{_DASH})?|[ \t]*,[ \t]*\p{{Lu}}[\p{{L}}.]{{1,15}}[ \t]*{_DASH}"
        rf"|[ \t]*{_DASH}"
        # a line of its own: "Islamabad, 14 April 2015"
        r"|(?<=\d)[ \t]*+\Z))",
        _F,
    )
    #: an explicit engagement date: "On February 27, 2015", "on the morning of February 15",
    #: "on Thursday, April 6", "dated 5 March", "in the afternoon of April 9"
    on_date: Final = regex.compile(
        rf"(?<![\p{{L}}])(?:(?i:on|dated)[ \t]+(?:{_PART_OF_DAY}[ \t]+)?|(?i:in)[ \t]+{_PART_OF_DAY}[ \t]+"
        # "(hosted X) at the Pentagon Oct. 7": a date right after the place, no "on"
        r"|(?<=(?:at|in)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}[ \t]+))"
        rf"(?:{_WEEKDAY}[ \t]*,?[ \t]*\(?[ \t]*)?(?:(?i:the)[ \t]+)?(?P<when>{_DATE})",
        _F,
    )
    #: a full date closing a title: "PM call with President Ruto: 3 March 2024"
    trailing: Final = regex.compile(
        # "..., 15 September 2026" or "..., 15 September 2026, Ankara" (a place after it)
        # ("Joint statement by A and B (12 Oct. 2023)": the date in brackets closing it)
        rf"(?:[:|,\-\u2013\u2014][ \t]*|[ \t]\()(?P<when>{_DATE})[ \t.]*\)?[ \t.]*"
        r"(?:,[ \t]*\p{Lu}[\p{L}'\-]*+(?:[ \t]\p{Lu}[\p{L}'\-]*+){0,2}[ \t.]*)?$",
        _F,
    )
    #: a verb of publishing right before a relative day: "was issued today"
    publishing_before: Final = regex.compile(
        # (not a joint statement's: "The following joint statement was issued today by A and
        # B", "A Joint Statement between X and Y was released on Wednesday": the statement
        # is the engagement itself)
        r"(?<!(?i:joint\s++(?:statement|declaration|communiqu[ée]|press\s++release))"
        r"(?:\s[^.;:\n]{0,80}?)?\s++(?:was|were|has\s++been)\s++)"
        r"(?<![\p{L}])(?:issued|released|published|posted|distributed|circulated)\s++\Z",
        _F,
    )
    #: an engagement after a day's possessive: "yesterday's talks", "Tuesday's phone call"
    #: (not "Sunday's general election": another event)
    engagement_after_possessive: Final = regex.compile(
        r"['\u2019]s[ \t]++(?:\p{L}++[ \t]++){0,2}?(?:talks|meetings?|(?:phone[ \t]++)?calls?|"
        r"conversations?|discussions?|consultations|summit|session|visit)(?![\p{L}])",
        _F | regex.IGNORECASE,
    )
    #: after a sentence's opening "Today": "we talked", "we have signed" (a past act)
    today_we_did: Final = regex.compile(
        r"[ \t]++(?:we|I)[ \t]++(?:have[ \t]++|also[ \t]++)?"
        r"(?:met|held|had|spoke|made|took|\p{Ll}{2,20}?ed)(?![\p{L}])",
        _F,
    )
    #: a relative day: "today", "earlier today", "this evening", "yesterday", "last night",
    #: "the day before yesterday", "on Thursday", "last Monday"
    relative: Final = regex.compile(
        r"(?<![\p{L}\-])(?:"
        r"(?P<dby>(?i:the[ \t]+day[ \t]+before[ \t]+yesterday))"
        r"|(?P<yday>(?i:yesterday|last[ \t]+night))"
        r"|(?P<today>(?i:(?:earlier[ \t]+|later[ \t]+)?today|tonight|"
        r"(?:(?:earlier|early|late|later)[ \t]+)?this[ \t]+(?:morning|afternoon|evening)))"
        r"|(?<!(?i:next|coming|following|until|till|by|before|from|good|black|super|holy|ash|"
        r"palm|cyber|every)[ \t]+)"
        rf"(?P<last>(?i:last)[ \t]+)?(?:(?i:on)[ \t]+)?(?:{_PART_OF_DAY}[ \t]+)?"
        rf"(?P<wd>{_WEEKDAY_NAME})"
        r")(?![\p{L}\-])",
        _F,
    )
    #: up to six words (and the blanks after each) right before a position, and the
    #: letters before it in its word (searched backwards): a relative day holds at most
    #: four words before the first of its _RELATIVE_WORDS, so none starts earlier
    words_before: Final = regex.compile(r"(?r)(?:\p{L}++[ \t]++){0,6}\p{L}*+\Z", _F)
    #: a clock time or zone, ignored when judging a date line: "09:35:15", "3:40 PM GMT+7"
    clock: Final = regex.compile(
        r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*(?i:[ap]\.?m\.?))?|(?i:gmt|utc)[+\-]?\d{0,2}|"
        r"(?<![\p{L}])(?i:[ap]\.?m\.?)(?![\p{L}])",
        _F,
    )
    #: a word that is not a weekday, month or time: what else a date line holds
    word: Final = regex.compile(r"\p{L}[\p{L}'\u2019]*+", _F)
    #: an ASCII digit: every date form above holds one (a day, a month or a year), so
    #: text without one holds no date and is not searched for one
    digit: Final = regex.compile(r"[0-9]", _F)
    #: the digits of a year: every full date holds them (see ``_YEAR``, ``_ISO``,
    #: ``_DOTTED``, ``_SLASHED``), so a line without them holds no full date
    year_digits: Final = regex.compile(r"(?:19|20)\d\d", _F)
    #: a relative clause about another event, from its comma to a day in it
    other_event: Final = regex.compile(
        # (", which came after he attended the Summit on October 20": an event before it)
        r",\s*+(?:where|when|since|after which|in which|which\s++(?:came|followed)\s++after)"
        r"\s[^,;]{0,80}?\Z",
        _F,
    )
    #: a visit's start right before a day: "(whose visit to China) began (this morning)"
    visit_began_before: Final = regex.compile(r"(?<![\p{L}])" + _VISIT_BEGAN + r"\Z", _F)
    #: a range of days: "4-5 June", "4 to 6 June"
    day_range: Final = regex.compile(r"\d{1,2}\s*+(?:[-\u2013]|to)\s*+\d{1,2}(?!\d)", _F)
    #: a visit right before its days: "(paid an official) visit to Turkey on"
    visit_on_before: Final = regex.compile(
        r"(?<![\p{L}])(?:"
        + _VISIT_TO
        # ("visited Turkey officially on 25-26 March")
        + r"|visited\s++(?:the\s++)?(?:\p{Lu}[\p{L}\-]*+\s++){1,3}?(?:officially\s++)?)"
        + r"(?:on|from)\s++\Z",
        _F,
    )
    #: a guest's arrival the day before, in a relative clause: "(met X,) who flew in
    #: yesterday evening": the day before the engagement, not its day
    arrived_before: Final = regex.compile(
        r"(?<![\p{L}])(?:who\s++)?(?:arrived|flew\s++in|landed|flew)"
        r"(?:\s++(?:in|into|to)\s++(?:\p{Lu}[\p{L}\-]*+\s++){0,2}\p{Lu}[\p{L}\-]*+)?\s++\Z",
        _F,
    )
    #: a participle dating an earlier act right before a day: "the agreements reached on
    #: November 9", "the ceasefire declared on", "arrived in Sochi on"
    earlier_act: Final = regex.compile(
        r"(?<![\p{L}])(?:(?:reached|signed|adopted|concluded|brokered|declared|launched|"
        # ("signed in Murmansk on September 15")
        r"established)(?:\s++in(?:\s++\p{Lu}[\p{L}\-]*+){1,3})?(?:\s++(?:on|in))?\s++(?:the\s++)?"
        # "since the two countries set up diplomatic ties on November 25, 1971"
        r"|(?:established|set\s++up|forged)\s++(?:diplomatic\s++)?(?:relations|ties)\s++(?:(?:on|in)\s++)?"
        # "Three months after Implementation Day of the deal on 16 January": the event the
        # engagement is timed from
        r"|(?:days|weeks|months|years)\s++(?:after|before|since)\s++(?:[\p{L}\-'\u2019]++\s++){1,8}?"
        r"(?:on\s++)?"
        # "the Import Expo, which opens on Tuesday": the opening of an event named
        r"|(?:which|that)\s++(?:opens|opened|begins|began|starts|started|closes|closed|ends|"
        r"ended|will\s++(?:open|begin|start|close|end))\s++(?:on\s++)?"
        # "whose official visit began on Sunday": the visit, not the talks held during it
        # ("whose visit to China began on Monday")
        r"|" + _VISIT_BEGAN +
        # "X arrived in Sochi on Monday": the visitor's arrival, not the engagement (in the
        # engagement sentence, "met Y, who arrived in Kyiv today", it dates the meeting)
        r"|(?<!who\s++)arrived\s++in\s++(?:\p{Lu}[\p{L}\-]*+\s++){1,3}(?:on\s++)?"
        # "on taking office as Colombia's President on 7 August", "sworn in on Monday": the
        # office congratulated on
        r"|(?:tak(?:ing|es|en)|took|assum(?:ing|ed|es))\s++office(?:\s++as\s++[^,;.\n]{1,60}?)?"
        r"\s++(?:on\s++)?"
        r"|(?:sworn\s++in|inaugurated|inauguration)(?:\s++as\s++[^,;.\n]{1,60}?)?\s++(?:on\s++)?"
        # "his victory in the elections held on 7 December": the vote congratulated on
        r"|(?:elections?|polls|votes?|referendum|run-?off|ballot)\s++(?:held|conducted)\s++(?:on\s++)?"
        # "the ceasefire that was supposed to take effect on February 15", "the accord,
        # which entered into force on": when something else began to apply
        r"|(?:that|which)\s++(?:(?:was|were|is|are)\s++(?:supposed|due|scheduled|set|expected)"
        r"\s++to\s++take\s++effect|took\s++effect|entered\s++into\s++force)\s++(?:on\s++)?"
        # "the earthquakes that struck X and neighbouring provinces on Monday": the event
        # condoled, not the call
        r"|(?:that|which)\s++(?:struck|hit|rocked|devastated|killed|occurred|happened|erupted|"
        r"took\s++place)(?:\s++[\p{L}\-'\u2019]++){0,6}?\s++(?:on\s++|in\s++)?"
        # "X, in China since Sunday on an official visit, met Y": how long the guest has
        # been there, not the meeting's day
        r"|in\s++(?:\p{Lu}[\p{L}\-]*+\s++){1,3}since\s++)\Z",
        _F,
    )
    #: an engagement right after the arrival's day: "(arrived in X today) and was welcomed
    #: by", "and met", "and held talks"
    and_engaged: Final = regex.compile(
        r"[ \t]*+,?[ \t]*+and[ \t]++(?:(?:was|were)[ \t]++(?:warmly[ \t]++)?(?:welcomed|received|"
        r"greeted)|(?:later[ \t]++)?(?:met|held[ \t]++talks|was[ \t]++hosted))(?![\p{L}])",
        _F,
    )
    #: a numbered release's opening before its date: "No: 231, (20 October 2010, Joint
    #: Statement by ...)"
    release_number: Final = regex.compile(r"[ \t]*+No[.:]?[ \t]*+\d{1,5},[ \t]*+", _F)
    #: labels of a stamp that is not a publication date when better evidence exists
    stamp_label: Final = regex.compile(r"(?i:updated|modified|last[ \t]+update|edited)", _F)
    #: words allowed in a date line's label without counting against it
    label_word: Final = regex.compile(
        rf"^(?:{_WEEKDAY_ANY}|(?i:date|dated|published|posted|release|released|issued|on|at|"
        r"updated|source|time|am|pm|gmt|utc))$",
        _F,
    )


DATES: Final = DatePatterns()

_MONTHS: Final = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: Every match of :attr:`DatePatterns.relative` holds one of these, case-folded ("today",
#: "yesterday" and the weekdays end in "day"), with nothing but letters, spaces and
#: tabs before the first of them: text without any is not searched, and text with one
#: only from a few words before the first (see ``DatePatterns.words_before``).
_RELATIVE_WORDS: Final = ("day", "night", "morning", "afternoon", "evening")

_WEEKDAYS: Final = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

#: how many opening sentences may state the engagement date
_LEAD_SENTENCES: Final = 3
#: a day this many days or fewer after the reference date is an upcoming event's ("will
#: come to the forum on June 17" in a readout of June 7), never the engagement's
_UPCOMING_DAYS: Final = 120
#: further sentences searched for "today" alone ("today's attack")
_TODAY_SENTENCES: Final = 6
#: heading lines after this many lines are not date lines under the title
_TOP_LINES: Final = 12
#: a sentence is searched in its first characters only (a longer one is not prose)
_MAX_SENTENCE_CHARS: Final = 3_000
#: a date line is short
_MAX_DATE_LINE_CHARS: Final = 200
#: how many short lines after the last prose line may form a footer
_FOOTER_LINES: Final = 4
#: a date line holds at most this many other words before the date
_MAX_LABEL_WORDS: Final = 4
#: and at most this many other words in all
_MAX_OTHER_WORDS: Final = 10


@attrs.frozen
class DateFinding:
    """The dates of one readout, their evidence, and what could not be settled."""

    reference_date: dt.date | None  # publication date the text shows
    reference_span: Span | None  # where (None when from the header or the argument)
    date: dt.date | None  # the day the engagement took place
    date_span: Span | None  # the words that gave it ("on Thursday", "April 6")
    notes: tuple[str, ...] = ()  # what could not be settled


@attrs.frozen
class _Partial:
    """A date as written: the year may be missing."""

    month: int
    day: int
    year: int | None
    span: Span


@attrs.frozen
class _Candidate:
    """A full reference-date candidate and where it came from."""

    date: dt.date
    span: Span | None
    source: str


# -- small helpers ---------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _capitalised(m: regex.Match[str]) -> bool:
    """Month and weekday names count only when written with a capital."""
    for name in ("mon", "wd"):
        try:
            s = m.start(name)
        except IndexError:
            continue
        if s >= 0 and not m.string[s].isupper():
            return False
    return True


def _partial(m: regex.Match[str], group: str | None = None) -> _Partial | None:
    """The month, day and year a date match holds (``group`` names the date's span)."""
    if not _capitalised(m):
        return None
    month: int | None
    if m["sa"]:
        a, b = int(m["sa"]), int(m["sb"])
        if b > 12 >= a:
            day, month = b, a  # "04/21/2020": month first, as in the United States
        else:
            # "21/04/2020", and "04/05/2020" (which could be either): day first, as the
            # publishers that write dates so (the EU's, most outside the United States) do
            day, month = a, b
    else:
        day = int(m["d"])
        mon = m["mon"]
        month = _MONTHS.get(mon[:3].casefold()) if mon else int(m["mo"]) if m["mo"] else None
    if month is None:
        return None
    year = int(m["y"]) if m["y"] else None
    if _make_date(year if year is not None else 2000, month, day) is None:
        return None  # "February 30", or "February 29" of a common year
    a, b = m.span(group) if group else m.span()
    return _Partial(month, day, year, Span(a, b))


def _inside_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside an open parenthesis that opened at or after ``start``."""
    return text.rfind("(", start, pos) > text.rfind(")", start, pos)


def _year_for(month: int, day: int, anchor: dt.date, after_days: int) -> dt.date | None:
    """The date with this month and day nearest before ``anchor`` (up to ``after_days`` after)."""
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        d = _make_date(year, month, day)
        if d is not None and -after_days <= (anchor - d).days < 366 - after_days:
            return d
    return None


def _has_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a date (it holds a digit: see ``DATES.digit``)."""
    return DATES.digit.search(text, start, end) is not None


def _has_full_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a date with its year (it holds a year's digits:
    see ``DATES.year_digits``). Searching for dates costs up to a microsecond a character:
    a title holding only "COVID-19" is not searched."""
    return DATES.year_digits.search(text, start, end) is not None


def _lines_before_prose(doc: Document, prose: int, limit: int) -> Iterator[tuple[int, Line]]:
    """Body lines up to and including the ``prose``-th prose line, at most ``limit`` of them."""
    seen = 0
    for i, ln in enumerate(doc.lines[:limit]):
        yield i, ln
        if not ln.heading:
            seen += 1
            if seen >= prose:
                return


# -- reference date ------------------------------------------------------------------


def _dateline(doc: Document) -> _Partial | None:
    """A dateline at the start of one of the first lines."""
    text = doc.text
    for _, ln in _lines_before_prose(doc, 2, 10):
        if not _has_date(text, ln.start, ln.end):
            continue
        m = DATES.dateline.match(text, ln.start, ln.end)
        if m is None:
            continue
        p = _partial(m, "when")
        if p is not None:
            return p
    return None


def after_dateline(text: str, a: int, b: int) -> int:
    """Where ``text[a:b]`` starts after a dateline opening it ("BEIJING, April 10
    (Xinhua) -- China stands ready ..., Li said"): the content is what follows."""
    head = text[a : a + 2]
    if not (head.isupper() or head[:1].isdigit() or head.startswith("(")):
        return a  # a dateline opens with its place in capitals, a day or a parenthesis
    dm = DATES.dateline.match(text, a, b)
    return dm.end() if dm is not None and dm.end() < b else a


def dateline_place(doc: Document) -> str | None:
    """The place a dateline names ("BEIJING", "Abu Dhabi"), if the text opens with one."""
    text = doc.text
    for _, ln in _lines_before_prose(doc, 2, 10):
        if not _has_date(text, ln.start, ln.end):
            continue
        m = DATES.dateline.match(text, ln.start, ln.end)
        if m is not None and m.group("place"):
            return m.group("place").strip()
    return None


def _title_date(doc: Document, ln: Line) -> _Partial | None:
    """A date closing a heading line: "Minister's call with X: 3 March 2024"."""
    if not _has_date(doc.text, ln.start, ln.end):
        return None
    m = DATES.trailing.search(doc.text, ln.start, ln.end)
    return _partial(m, "when") if m is not None else None


def _date_lines(
    doc: Document,
) -> tuple[list[_Candidate], list[_Candidate], list[_Candidate], list[_Candidate]]:
    """Date lines under the title, titles closing with a date, "Updated" stamps, and
    date lines closing the text (a footer: "New Delhi / November 27, 2024")."""
    lines: list[_Candidate] = []
    titled: list[_Candidate] = []
    stamps: list[_Candidate] = []
    footer: list[_Candidate] = []
    for _, ln in _lines_before_prose(doc, 3, _TOP_LINES):
        _line_date(doc, ln, lines, titled, stamps)
    for ln in _footer_lines(doc):
        _line_date(doc, ln, footer, [], [])  # only a footer's plain date lines count
    return lines, titled, stamps, footer


def _footer_lines(doc: Document) -> list[Line]:
    """The short non-prose lines after the last prose line, at most :data:`_FOOTER_LINES`;
    none when the text has no prose line (then the top lines already are all of it)."""
    out: list[Line] = []
    for ln in reversed(doc.lines):
        if ln.end == ln.start:
            continue
        if not ln.heading:
            return out[::-1]
        if len(out) == _FOOTER_LINES:
            return []  # a long tail of headings is not a footer
        out.append(ln)
    return []


def _line_date(
    doc: Document,
    ln: Line,
    lines: list[_Candidate],
    titled: list[_Candidate],
    stamps: list[_Candidate],
) -> None:
    """The date a short heading line gives, added to the list its kind belongs to."""
    text = doc.text
    if (
        not ln.heading
        or ln.end - ln.start > _MAX_DATE_LINE_CHARS
        or not _has_full_date(text, ln.start, ln.end)  # only full dates count below
    ):
        return
    for m in DATES.date.finditer(text, ln.start, ln.end):
        p = _partial(m)
        if p is None or p.year is None:
            continue
        d = _make_date(p.year, p.month, p.day)
        if d is None:
            continue
        before = DATES.clock.sub(" ", text[ln.start : m.start()])
        after = DATES.clock.sub(" ", text[m.end() : ln.end])
        label = [w for w in DATES.word.findall(before) if not DATES.label_word.match(w)]
        other = label + DATES.word.findall(after)
        numbered = DATES.release_number.fullmatch(text, ln.start, m.start()) is not None
        if not numbered and (len(label) > _MAX_LABEL_WORDS or len(other) > _MAX_OTHER_WORDS):
            tp = _title_date(doc, ln)
            td = _make_date(tp.year, tp.month, tp.day) if tp and tp.year else None
            if tp is not None and td is not None:
                titled.append(_Candidate(td, tp.span, "title"))
            return
        cand = _Candidate(d, p.span, "date line")
        if DATES.stamp_label.search(before):
            stamps.append(attrs.evolve(cand, source="stamp"))
        else:
            lines.append(cand)
        return


def _body_years(doc: Document) -> set[int]:
    """The years of every full date in the text."""
    text = doc.text
    years: set[int] = set()
    # no date spans a newline and every full date holds a year (DATES.year_digits): only
    # lines with one are searched, each on its own (the same matches as one search of the
    # text); searching a long line costs about a microsecond a character
    pos = 0
    while (d := DATES.year_digits.search(text, pos)) is not None:
        start = text.rfind("\n", 0, d.start()) + 1
        end = text.find("\n", d.start())
        if end < 0:
            end = len(text)
        for m in DATES.date.finditer(text, start, end):
            p = _partial(m)
            if p is not None and p.year is not None:
                years.add(p.year)
        pos = end
    return years


def _complete(
    p: _Partial, anchors: list[dt.date], doc: Document, after_days: int
) -> dt.date | None:
    """Give a yearless date its year from elsewhere in the same text, if the text states it."""
    if p.year is not None:
        return _make_date(p.year, p.month, p.day)
    for a in anchors:
        if (a.month, a.day) == (p.month, p.day):
            return a
    if anchors:
        return _year_for(p.month, p.day, anchors[0], after_days)
    years = _body_years(doc)
    if len(years) == 1:
        return _make_date(years.pop(), p.month, p.day)
    return None


def _reference(
    doc: Document, given: dt.date | None, notes: list[str]
) -> tuple[dt.date | None, Span | None, list[dt.date]]:
    """The reference date, its span, and the full dates that can lend a year."""
    lines, titled, stamps, footer = _date_lines(doc)
    anchors: list[dt.date] = []
    if given is not None:
        anchors.append(given)
    anchors.extend(c.date for c in lines)
    if doc.header_date is not None:
        anchors.append(doc.header_date)
    anchors.extend(c.date for c in titled)
    anchors.extend(c.date for c in stamps)
    anchors.extend(c.date for c in footer)

    dl = _dateline(doc)
    chosen: _Candidate | None = None
    if dl is not None:
        d = _complete(dl, anchors, doc, after_days=1)
        if d is not None:
            chosen = _Candidate(d, dl.span, "dateline")
        elif given is None:
            notes.append("dateline without year")
            return None, None, anchors
    if chosen is None and lines:
        chosen = lines[0]
    if chosen is None and doc.header_date is not None:
        chosen = _Candidate(doc.header_date, None, "header")
    if chosen is None and titled:
        chosen = titled[0]
    if chosen is None and stamps:
        chosen = stamps[0]
        notes.append("reference date from an 'updated' stamp")
    if chosen is None and footer:
        chosen = attrs.evolve(footer[-1], source="footer")

    if given is not None:
        if chosen is not None and chosen.date != given:
            notes.append(f"the text shows {chosen.date.isoformat()} ({chosen.source})")
        return given, None, anchors
    if chosen is None:
        notes.append("no publication date in the text")
        return None, None, anchors
    if doc.header_date is not None and chosen.date != doc.header_date:
        notes.append(
            f"{chosen.source} {chosen.date.isoformat()} differs from the header "
            f"{doc.header_date.isoformat()}"
        )
    return chosen.date, chosen.span, anchors


# -- engagement date ------------------------------------------------------------------


@attrs.frozen
class _Day:
    """An engagement-day expression: the day it gives (if settled), its words, a note."""

    date: dt.date | None
    span: Span
    note: str | None = None
    #: the first day of a visit's range ("visited Turkey on 25-26 March"): a later
    #: sentence's own day is the talks'
    visit_range: bool = False


def _explicit(
    doc: Document, start: int, end: int, ref: dt.date | None, anchors: list[dt.date]
) -> _Day | None:
    """'on April 6' (or a yearless form) inside ``[start, end)``, outside parentheses."""
    text = doc.text
    if not _has_date(text, start, end):
        return None
    for m in DATES.on_date.finditer(text, start, end):
        if _inside_parentheses(text, start, m.start()):
            continue
        p = _partial(m, "when")
        if p is None:
            continue
        span = Span(m.start(), m.end())
        if ref is not None and _upcoming(p, ref):
            continue  # "the summit, due in Stockholm on November 18": after the readout
        if p.year is not None:
            return _Day(_make_date(p.year, p.month, p.day), span)
        d = _complete(p, [ref] if ref is not None else anchors, doc, after_days=1)
        return _Day(d, span, None if d is not None else "engagement date without year")
    return None


def _upcoming(p: _Partial, ref: dt.date) -> bool:
    """Whether a written date lies after the reference date (its own year, or the
    reference's when it gives none): a day to come, which a readout cannot report."""
    d = _make_date(p.year if p.year is not None else ref.year, p.month, p.day)
    return d is not None and 1 < (d - ref).days <= _UPCOMING_DAYS


def _resolve_relative(m: regex.Match[str], ref: dt.date) -> dt.date | None:
    try:
        if m["today"]:
            return ref
        if m["yday"]:
            return ref - dt.timedelta(days=1)
        if m["dby"]:
            return ref - dt.timedelta(days=2)
        wd = _WEEKDAYS[m["wd"][:3].casefold()]
        back = (ref.weekday() - wd) % 7
        if m["last"] and back == 0:
            back = 7
        return ref - dt.timedelta(days=back)
    except (OverflowError, KeyError, TypeError):
        return None


def _relative(
    doc: Document, start: int, end: int, ref: dt.date | None, *, today_only: bool = False
) -> _Day | None:
    """'today', 'on Thursday', 'yesterday' inside ``[start, end)``, resolved against ``ref``."""
    text = doc.text
    folded = text[start:end].casefold()
    found = [i for i in map(folded.find, _RELATIVE_WORDS) if i >= 0]
    if not found:
        return None
    pos = start
    if len(folded) == end - start:  # folded one to one: the same offsets
        before = DATES.words_before.search(text, start, start + min(found))
        pos = before.start() if before is not None else start  # it matches empty text
    held: regex.Match[str] | None = None
    for m in DATES.relative.finditer(text, pos, end):
        if not _capitalised(m) or _inside_parentheses(text, start, m.start()):
            continue
        if today_only and (
            not m["today"] or (m.start() == start and not _today_we_did(text, m.end(), end))
        ):
            continue  # "Today, ..." opening a later sentence means "nowadays"
        # "ABU DHABI, 14th March (WAM) -- This evening, ...": a dateline's dash opens too
        opens = (
            m.start() == start
            or not text[start : m.start()].strip(_OPENERS)
            or text[start : m.start()].rstrip().endswith(_DATELINE_DASHES)
        )
        if not opens and text[m.start()].isupper() and not m["wd"]:
            continue  # "Russia Today", a title in capitals: a name, not a day
        if DATES.publishing_before.search(text, max(start, m.start() - 40), m.start()):
            continue  # "the following readout was issued today": the publication, not the event
        if text.startswith(("'s ", "\u2019s "), m.end()):
            # "Following yesterday's meeting, ... this afternoon": another event's day,
            # kept in case the sentence gives no other ("today's attack" too, but not
            # "Sunday's general election": a weekday's other event is days away)
            if not m["wd"] or DATES.engagement_after_possessive.match(text, m.end()) is not None:
                held = held or m
            continue
        return _relative_day(m, ref)
    return _relative_day(held, ref) if held is not None else None


def _today_we_did(text: str, at: int, end: int) -> bool:
    """Whether "Today" opening a sentence goes on "we talked", "we signed": the speakers'
    own doing today (not "Today, ..." or "Today China is ...": nowadays)."""
    return DATES.today_we_did.match(text, at, min(end, at + 60)) is not None


def _relative_day(m: regex.Match[str], ref: dt.date | None) -> _Day:
    span = Span(m.start(), m.end())
    if ref is None:
        return _Day(None, span, "relative date without a reference date")
    return _Day(_resolve_relative(m, ref), span)


#: what ends a dateline before the sentence proper: "(WAM) --", "(Xinhua) —",
#: "(PPI-OT):"
_DATELINE_DASHES: Final = ("--", "\u2014", "\u2013", "):")
#: what may open a sentence before its first word: space and opening quotes
_OPENERS: Final = " \t\"'\u201c\u2018("


def _cap(start: int, end: int) -> int:
    return min(end, start + _MAX_SENTENCE_CHARS)


def _title_lines(doc: Document) -> list[Line]:
    first = doc.sentences[0].start if doc.sentences else len(doc.text)
    return [ln for ln in doc.lines if ln.heading and ln.end <= first]


def _in_sentence(
    doc: Document, s: Sentence, ref: dt.date | None, anchors: list[dt.date]
) -> _Day | None:
    """The earlier of an explicit and a relative day ("On Thursday, April 6" is explicit)."""
    end = _cap(s.start, s.end)
    explicit = _explicit(doc, s.start, end, ref, anchors)
    relative = _relative(doc, s.start, end, ref)
    # "..., where hostilities resumed on September 27": the day of another event (the
    # next day in the sentence may still be the engagement's: "X, whose visit began on
    # Sunday, held talks with Y on Monday")
    while explicit is not None and _other_event(doc.text, s.start, explicit.span.start):
        # (the next day the sentence gives, if any: "X, whose visit began on June 15, and
        # Y held talks on June 16")
        explicit = _explicit(doc, explicit.span.end, end, ref, anchors)
    if explicit is not None and _visit_days(doc.text, s.start, explicit.span.start):
        # "who paid an official visit to Turkey on 4-5 June, met in Ankara on 5 June": the
        # visit's days give way to the meeting's own later in the sentence
        later = _explicit(doc, explicit.span.end, end, ref, anchors)
        explicit = later if later is not None else attrs.evolve(explicit, visit_range=True)
    skipped = relative
    while (
        relative is not None
        and _other_event(doc.text, s.start, relative.span.start)
        # "X arrived in Abu Dhabi today and was welcomed by Y": the arrival and the
        # engagement, one day
        and DATES.and_engaged.match(doc.text, relative.span.end, end) is None
    ):
        relative = _relative(doc, relative.span.end, end, ref)
    if (
        relative is None
        and explicit is None
        and skipped is not None
        and skipped.date == ref
        and DATES.visit_began_before.search(
            doc.text, max(s.start, skipped.span.start - 60), skipped.span.start
        )
        is not None
    ):
        # "X held talks with Y, whose visit began this morning": the other event's day is
        # today, and so the engagement's, when nothing else dates it
        relative = skipped
    if explicit is None or relative is None:
        return explicit or relative
    return relative if relative.span.start < explicit.span.start else explicit


def _visit_days(text: str, start: int, at: int) -> bool:
    """Whether a day at ``at`` opens a visit's range of days ("a visit to Turkey on 4-5
    June")."""
    if text.startswith(("on ", "from "), at):
        at = text.index(" ", at) + 1  # (a date's span may take its preposition)
    return (
        DATES.day_range.match(text, at) is not None
        and DATES.visit_on_before.search(text, max(start, at - 60), at) is not None
    )


def _other_event(text: str, start: int, at: int) -> bool:
    """Whether a day at ``at`` sits in a relative clause about another event ("where
    ... resumed on", "since ... began on"), which starts after a comma, or dates an
    earlier act that a noun names ("the agreements reached on November 9")."""
    if DATES.earlier_act.search(text, max(start, at - 80), at) is not None:
        return True
    if text.startswith(("yesterday", "last night"), at) and (
        DATES.arrived_before.search(text, max(start, at - 60), at) is not None
    ):
        return True  # "who flew in yesterday evening"
    comma = text.rfind(",", start, at)
    return comma >= 0 and DATES.other_event.match(text, comma, at) is not None


#: the most days a visit's range may run past its first (a state visit of a week)
_VISIT_DAYS: Final = dt.timedelta(days=7)


def _engagement(doc: Document, ref: dt.date | None, anchors: list[dt.date]) -> _Day | None:
    lead = doc.sentences[:_LEAD_SENTENCES]
    for k, s in enumerate(lead):
        found = _in_sentence(doc, s, ref, anchors)
        if found is not None and found.visit_range:
            # "X visited Turkey on 25-26 March. The ministers held talks on 26 March." (or
            # "Today the two ministers held talks"): the day of the talks, a sentence or two
            # after the visit's
            for nxt in doc.sentences[k + 1 : k + 3]:
                day = _explicit(doc, nxt.start, _cap(nxt.start, nxt.end), ref, anchors)
                if day is None and DATES.talks_held.search(doc.text, nxt.start, nxt.end):
                    day = _in_sentence(doc, nxt, ref, anchors)
                if day is not None and day.date is not None and not day.visit_range:
                    return day
            if (
                ref is not None
                and found.date is not None
                and found.date < ref <= found.date + _VISIT_DAYS
                and any(
                    DATES.joint_heading.search(doc.text, ln.start, ln.end)
                    for ln in _title_lines(doc)
                )
            ):
                # "India-Ecuador Joint Statement" over "X visited India on 17-21 April":
                # the statement closes the visit on the day it is issued
                return _Day(ref, found.span)
            return found
        if found is not None:
            return found
    titles = _title_lines(doc)
    for ln in titles:
        found = _explicit(doc, ln.start, _cap(ln.start, ln.end), ref, anchors)
        if found is not None:
            return found
    if titles:
        # "PM holds talks with X at Hyderabad House ..., 7 April 2018": a date closing
        # the title line, however long the title
        tp = _title_date(doc, titles[0])
        if tp is not None and tp.year is not None:
            return _Day(_make_date(tp.year, tp.month, tp.day), tp.span)
    for s in doc.sentences[_LEAD_SENTENCES:_TODAY_SENTENCES]:
        found = _relative(doc, s.start, _cap(s.start, s.end), ref, today_only=True)
        if found is not None:
            return found
    return None


def find_dates(doc: Document, given: dt.date | None = None) -> DateFinding:
    """The reference and engagement dates of a segmented readout (never raises on text).

    ``given`` is the caller's reference date: it wins over everything the text shows.
    """
    notes: list[str] = []
    try:
        ref, ref_span, anchors = _reference(doc, given, notes)
        day = _engagement(doc, ref, anchors)
    except (ValueError, OverflowError, IndexError, KeyError, TypeError) as exc:  # defensive
        notes.append(f"dates not settled: {type(exc).__name__}")
        return DateFinding(given, None, None, None, tuple(notes))
    if day is None:
        notes.append("the text states no day for the engagement")
        return DateFinding(ref, ref_span, None, None, tuple(notes))
    if day.note is not None:
        notes.append(day.note)
    return DateFinding(ref, ref_span, day.date, day.span, tuple(notes))
