"""Every regular expression the parser uses, compiled once, in one named table.

Patterns avoid nested unbounded quantifiers, so matching stays linear in the
input; the `regex` module gives Unicode classes (\\p{Lu}) and atomic groups.
"""

from __future__ import annotations

from typing import Final

import regex

from readoutkit.parser.words import POSTNOMINALS, ROLE_NOUNS

__all__ = ["NICKNAME", "RULES", "Rules", "near"]

#: the longest stretch an anchored pattern may need to read
WINDOW: Final = 240


def near(pos: int, limit: int) -> int:
    """An end offset for an anchored match at ``pos``: no further than ``WINDOW``.

    The `regex` module looks for a pattern's required literal ("of", ",") across the
    whole range before trying a match, so an anchored match in a very long sentence
    would cost time in proportion to the sentence: bounding the range keeps it constant.
    (A comparison, not ``min()``: the parser calls this often, and the builtin's
    generic argument handling costs several times as much.)
    """
    end = pos + WINDOW
    return end if end < limit else limit


_F = regex.VERSION1 | regex.UNICODE

#: a one-word nickname in quotes after a name, group "nick": " 'Prachanda'" (also part of
#: ``Matchers.appositive_left``)
NICKNAME: Final = r"[ \t]++['\u2018\"\u201c](?P<nick>\p{Lu}\p{Ll}[\p{L}\-]*+)['\u2019\"\u201d]"

#: the press a participant or an official speaks to: "(briefed) the media", "(told) reporters"
_PRESS = r"(?:media|press|reporters|journalists|correspondents|newsmen)"

#: the words right before the other party of an engagement: "(held talks) with", "met"
_ENGAGED_WORDS = r"with|met|received|hosted|welcomed|called|phoned|telephoned"

#: a rank before a side's role noun: "(top) diplomat", "(Senior) official"
_ROLE_RANK = r"(?:(?:[Tt]op|[Cc]hief|[Ss]enior)\s++)?"

#: the prepositions that may open an adverbial between a verb of saying and "that" ("said
#: on Monday that"); with a space either side, the cheap test before ``adverbial_that``
ADVERBIAL_OPENERS: Final = tuple(
    f" {w} " for w in ("in", "on", "at", "during", "via", "over", "through")
)

#: what a joint statement is called: "statement", "communiqué", "press release"
#: the participants' own text named as a source: "(according to) the document", "the joint
#: statement"
_OWN_DOCUMENT = r"(?:joint\s++)?(?:statement|document|communiqu[eé]|declaration|text)"
#: the opening of a sentence on who else was there: "Present during the talks were",
#: "Also attending", "Among those present"
_ATTENDANCE = (
    r"Also (?:present|attending)|Present (?:at|during|in|for|were|was)|Attending|"
    r"Among (?:those|the officials|the guests|others) (?:present|attending|in attendance)"
)
#: what talks "held" without a topic are said to be: "(held) restricted and delegation
#: level (discussions)" (the words, as ``RULES.narration_anywhere`` tries them)
_FORMAT_ADJECTIVES = (
    "restricted", "delegation level", "delegation-level", "one-on-one", "bilateral",
    "in-depth", "wide-ranging", "productive", "extensive",
)  # fmt: skip
_JOINT_DOCUMENT = (
    r"(?:statements?|declarations?|communiqu[eé]s?|press\s++(?:releases?|statements?))"
)

#: a side's or a person's turn in the exchange: "for its part", "in his turn"
_PART = r"(?:for|on) (?:its|their|his|her) part|in (?:its|their|his|her) turn"

#: the engagement named again before the other participant: "conversation with", "talks
#: with" (``Rules.engagement_with_before`` and ``Rules.engagement_with_lead``)
_ENGAGEMENT_WITH = r"(?:conversation|call|talks|meeting)\s++with\s++"

#: a seat of government as a spokesperson's may name it: "White House", "No. 10"
_SEAT: Final = r"(?:\p{Lu}[\p{L}.]*+[ \t]++){0,2}?(?:No\.?[ \t]*+10|No10|\p{Lu}[\p{L}]*+)"
_SPOKESPERSON: Final = r"(?:spokesperson|spokesman|spokeswoman)"
#: what a further exchange trades: "(exchanged) messages", "(were exchanged) greetings"
_EXCHANGED_WRITINGS: Final = r"(?:messages|letters|greetings|cables|congratulations|notes)"

_CLOSE = "\"'\u201d\u2019)\\]"
_OPEN = "\"'\u201c\u2018(\\["


class Rules:
    """The named, precompiled patterns (one instance, :data:`RULES`)."""

    #: the ` date YYYY-MM-DD` header some sources carry before the text
    date_header: Final = regex.compile(
        r"\A\s*date[ \t]+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[ \t]*\n?", _F
    )
    #: the same header at the start of a later line, after a title line (group "h": it)
    date_header_line: Final = regex.compile(
        r"\n[ \t]*(?P<h>date[ \t]+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))[ \t]*", _F
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
    #: after "p.m.": a capitalised word that opens a sentence, not a day, a month or a
    #: time zone ("5 p.m. Monday", "10 a.m. GMT", "p.m. (local time)")
    after_clock: Final = regex.compile(
        r"[ \t]++(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
        r"February|March|April|May|June|July|August|September|October|November|December|"
        r"[A-Z]{2,4}T|GMT|UTC|Beijing|Moscow|Tokyo|Hanoi|Kyiv|Ankara|New\s++York|Washington|"
        r"Eastern|Central|Pacific|Local)(?![\p{L}]))\p{Lu}\p{Ll}",
        _F,
    )
    #: a list marker at the start of a paragraph: "- ", "1. ", "(2) ", "a) "
    list_marker: Final = regex.compile(
        r"[ \t]*+(?:[-\u2022*\u2013\u2014]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\))[ \t]++", _F
    )

    # -- people -------------------------------------------------------------
    #: "(PRC)": an abbreviation in brackets after a name
    paren_abbrev: Final = regex.compile(r"\s*+\(\s*+[\p{Lu}\d.&\-]{2,12}\s*+\)", _F)
    #: "(PRC)" right at the end of a stretch of text
    paren_abbrev_end: Final = regex.compile(r"\s*+\(\s*+[\p{Lu}\d.\-]{2,12}\s*+\)\Z", _F)
    #: the last word of a stretch of text (searched in reverse)
    last_word: Final = regex.compile(r"(?r)[\p{L}\p{N}]++", _F)
    #: "the " right before a position, as a word
    #: "the" (or "The") before a later reference to an office: "The Iranian foreign
    #: minister also ...", "..., the President of Russia said"
    reference_the: Final = regex.compile(r"(?<![\p{L}\d])[Tt]he\s++(?=\p{Lu})", _F)
    #: the verb after a pair of subjects that says they met: "(A and B) held talks",
    #: "(A and B) met"
    pair_engaged_after: Final = regex.compile(
        r"\s++(?:(?:also|later|then|first)\s++)?(?:held\s++(?:talks|a\s++meeting|"
        r"discussions|a\s++bilateral\s++meeting)|met|had\s++talks)(?![\p{L}])",
        _F,
    )
    #: the guest, named by role, as the second of a pair of subjects: "(Prime Minister A)
    #: and the visiting Kyrgyz leader (held talks)", "(A) and his guest"
    visiting_pair_after: Final = regex.compile(
        r" and (?:the|his|her) (?:visiting(?: [\p{L}\-]++){1,3}?|guest|guests)(?=\s++(?:(?:also|"
        r"later|then|first)\s++)?(?:held|met|had)(?![\p{L}]))",
        _F,
    )
    #: "(was invited) by the Foreign Minister to ": the agent of a passive invitation,
    #: group "by", before what it is to
    invited_by_after: Final = regex.compile(r"\s++by\s++(?P<by>[^,;.:\n]{2,80}?)\s++(?=to\s)", _F)
    #: "of " or "to " right before a mention: "the greetings of (General X)"
    of_or_to_before: Final = regex.compile(r"(?<![\p{L}])(?:of|to)\s++\Z", _F)
    #: a preposition or noun before such a reference that makes it someone not taking
    #: part: "the greetings of the Iranian President", "a message from the ...", "on
    #: behalf of the ..."
    third_party_before: Final = regex.compile(
        r"(?<![\p{L}])(?:of|from|to|by|for|behalf of|with)\s++\Z", _F
    )
    the_before: Final = regex.compile(r"(?<![\p{L}\d])[Tt]he\s++\Z", _F)
    #: the next word after a position (one space between)
    next_word: Final = regex.compile(r"[ \t]++(?P<w>[\p{L}\-]++)", _F)
    #: an initial: a capital and a dot, then space ("A. ")
    initial: Final = regex.compile(r"\p{Lu}\.[ \t]", _F)
    #: one token of a name
    name_token: Final = regex.compile(r"\S++", _F)
    #: ", Kyung-wha": a hyphenated given name written after the family name and a comma
    comma_given_name: Final = regex.compile(r",\s*+\p{Lu}\p{Ll}++-\p{Ll}++(?![\p{L}])", _F)
    #: a one-word nickname in quotes right after a name: "Pushpa Kamal Dahal 'Prachanda'"
    nickname: Final = regex.compile(NICKNAME + r"(?![\p{L}])", _F)
    #: " and " between two titles, searched right before a title
    chain_left: Final = regex.compile(r"\s++(?:and|&|cum)\s++\Z", _F)
    #: " and " / "/" after a title, before another
    #: (", and concurrently", "cum": one person's second office, "Deputy Prime Minister and
    #: concurrently Foreign Minister")
    chain_right: Final = regex.compile(
        r"[ \t]*+(?:,[ \t]*+(?:and[ \t]++)?|and|&|/|cum)[ \t]*+(?:(?:concurrently|also)[ \t]++)?",
        _F,
    )
    #: "the Republic of", "the Kingdom of": the formal name of a state before its short name
    state_form: Final = regex.compile(
        r"(?:[Tt]he\s++)?(?:(?:Federal|Islamic|People's|Democratic|United|Socialist|Arab|Hashemite|"
        r"Bolivarian|Plurinational|Kyrgyz|Oriental|Cooperative|Co-operative|Independent|Sovereign)\s++){0,3}"
        r"(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Grand Duchy|Commonwealth|Federation|"
        r"Federal Republic|Union)\s++of\s++(?:the\s++)?",
        _F,
    )
    #: capitalised words joined by commas and "and": a portfolio after a title
    portfolio_run: Final = regex.compile(
        r"(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:(?:\s++|,\s*+|\s++and\s++(?:the\s++)?)\p{Lu}[\p{L}\-]*+){0,5}",
        _F,
    )
    #: " for " or " on " after a title: "Vice Minister for Foreign Affairs", "Adviser ... on
    #: National Security"
    for_phrase: Final = regex.compile(r"\s++(?:for|on)\s++", _F)
    #: " to (the) " after an attached title ("Adviser to the President")
    to_office: Final = regex.compile(r"\s++to\s++(?:the\s++)?", _F)
    #: " to " after a posted title ("Ambassador to China")
    to_phrase: Final = regex.compile(r"\s++to\s++", _F)
    #: the capitalised word right before a position (one space between)
    word_before: Final = regex.compile(r"(?<![\p{L}\-])(?P<w>\p{Lu}[\p{L}\-]*+)\s++\Z", _F)
    #: " of " after a title or a name; group "what" is where the place starts
    of_phrase: Final = regex.compile(r"\s++of\s++(?P<what>)", _F)
    #: the place at the end of a local office-holder's title: "Mayor of Greater Manchester"
    title_place: Final = regex.compile(
        r"\sof\s++(?:the\s++)?(?P<place>\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,3})\Z", _F
    )
    #: an institution's acronym right before a capitalised word (the name): "Director of
    #: CIDCA Wang Xiaotao"
    acronym_before_name: Final = regex.compile(
        r"(?:the[ \t]++)?\p{Lu}[\p{Lu}\d&]{1,9}+(?=[ \t]++\p{Lu}\p{Ll})", _F
    )
    #: an institution's acronym closing a title in apposition: "..., Chairman of (the)
    #: CIDCA,"
    acronym_closing: Final = regex.compile(
        r"(?:the[ \t]++)?\p{Lu}[\p{Lu}\d&]{1,9}+(?=[ \t]*+[,;.)])", _F
    )
    #: a run of characters between spaces
    spaced_word: Final = regex.compile(r"\S++", _F)
    #: "of Ministers", "of Deputies" right after an institution noun: part of its name
    of_plural: Final = regex.compile(r" of (?:the )?\p{Lu}\p{Ll}++(?<=s)(?![\p{L}])", _F)
    #: a run of capitalised words (with of/the/and/for inside): an institution's name
    cap_run: Final = regex.compile(
        r"\s*+(?:the\s++)?\p{Lu}[\p{L}'\u2019\-]*+(?:\s++(?:(?:of|the|for)\s++){0,2}\p{Lu}[\p{L}'\u2019\-]*+){0,8}",
        _F,
    )
    #: between a title and the name that follows: optional "(ABBR)" and a comma
    title_name_sep: Final = regex.compile(
        r"[ \t]*+(?:\([\p{Lu}\d.\-]{2,12}\)[ \t]*+)?,?[ \t]*+", _F
    )
    #: ", " then a capital: a place in apposition after a title ("..., Germany")
    comma_place: Final = regex.compile(r",[ \t]*+(?=\p{Lu})", _F)
    #: ", (a|the) " before a lower-case word: where a title in apposition written in lower
    #: case may start ("Zhao Leji, chairman of ...")
    lower_appositive: Final = regex.compile(
        # "Name, who is both prime minister and foreign minister,": the office in a clause
        r",[ \t]++(?:who[ \t]++(?:is|serves[ \t]++as)[ \t]++(?:both[ \t]++)?)?"
        r"(?:(?:a|an|the)[ \t]++)?(?=\p{Ll})",
        _F,
    )
    #: an appositive whose office, in lower case, follows the body's name in capitals:
    #: ", CPV Central Committee general secretary", ", the Chinese foreign minister",
    #: ", New Zealand's prime minister"
    #: (group "caps": the body's name, or the country)
    capitals_appositive: Final = regex.compile(
        r",[ \t]++(?:(?:the|a|an)[ \t]++)?"
        # "New Zealand's prime minister": the country in the possessive
        r"(?P<caps>\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+){0,4})(?:['\u2019]s)?[ \t]++(?=\p{Ll})",
        _F,
    )
    #: a lower-case word and any space after it, at the end of a stretch of text: a word
    #: of a title written in lower case before a name ("foreign minister Ana Lopes",
    #: "Chile's foreign minister, Ana Lopes")
    lower_word_before: Final = regex.compile(
        r"(?<![\p{L}\-'\u2019])(?P<w>\p{Ll}[\p{L}\-]*+)[ \t]*+\Z", _F
    )
    #: one more word of a title's phrase
    title_phrase_word: Final = regex.compile(r"[ \t]++(?P<w>\p{L}[\p{L}'\u2019\-]*+)", _F)
    #: what closes a title in apposition: a comma, a semicolon or the sentence's end,
    #: after an abbreviation in brackets ("... Conference (CPPCC),")
    title_close: Final = regex.compile(
        r"(?:[ \t]*+\([\p{Lu}\d.\-]{2,12}\))?[ \t]*+(?:[,;]|\.(?:\s|\Z)|\Z)", _F
    )
    #: "his Russian counterpart"
    counterpart: Final = regex.compile(
        r"(?<![\p{L}])(?:his|her|their)\s++(?:(?:visiting|new|incoming|outgoing)\s++)?"
        r"(?:(?P<d>\p{Lu}[\p{L}.]*+)\s++)?(?:counterparts?|opposite numbers?)(?:,?\s++|(?=[.;]))",
        _F,
    )
    #: "the (visiting) Brazilian leader": a participant known by side alone
    side_leader: Final = regex.compile(
        r"(?<![\p{L}])the\s++(?:visiting\s++)?(?P<d>\p{Lu}\p{L}*+)\s++leader(?![\p{L}\-'\u2019])"
        # "the leader of the UAE"
        r"|(?<![\p{L}])the\s++leader\s++of\s++(?:the\s++)?(?P<d>\p{Lu}\p{L}*+)(?![\p{L}\-'\u2019])",
        _F,
    )
    #: a capitalised word's first letter
    cap_word_start: Final = regex.compile(r"(?<![\p{L}\d'\u2019\-.])\p{Lu}", _F)
    #: two capitalised words in a row: something like a name
    name_like: Final = regex.compile(r"\p{Lu}\p{Ll}++\s++\p{Lu}\p{Ll}++", _F)
    #: what may stand right before an untitled name of a participant
    bare_name_before: Final = regex.compile(
        r"(?:(?<![\p{L}])(?:" + _ENGAGED_WORDS + r"|from|to|between|and|counterpart|by)|,)"
        r"\s*+(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.E|M)\.?\s++)?\Z",
        _F,
    )
    #: right before the other party of an engagement: "held talks with ", "received "
    engaged_before: Final = regex.compile(r"(?<![\p{L}])(?:" + _ENGAGED_WORDS + r")\s++\Z", _F)
    #: right before the addressee of a message: "a message sent to ", "congratulated "
    recipient_before: Final = regex.compile(
        r"(?:(?<!(?:clear|strong|firm|unified|united|powerful|unequivocal|unambiguous|same|"
        r"political|important|resolute)\s++)"  # "to send a clear message to X": an idiom
        r"(?:message|messages|letter|letters|(?P<greet>congratulations|greetings)|cable|note)\s++"
        r"(?:[\p{L}\-]++\s++){0,3}?to|(?:sent|cabled|addressed)\s++(?:[\p{L}\-]++\s++){0,4}?to|"
        r"congratulated|felicitated)\s++(?:(?:his|her|the)\s++)?\Z",
        _F,
    )
    #: right before the host of a visit: "he and his host ", "her Danish host, "
    host_before: Final = regex.compile(
        r"(?<![\p{L}])(?:his|her)\s++(?:\p{Lu}[\p{L}\-]*+\s++)?hosts?,?\s++\Z", _F
    )
    #: a verb that passes on someone's greetings to a third person: "conveyed the
    #: greetings of Lao leaders to X" makes X no addressee of the exchange
    forwarding: Final = regex.compile(r"(?<![\p{L}])(?:convey|pass|relay|transmit)\p{L}*+", _F)
    #: an occasion as the object of an opening participle ("Addressing the ceremony, ...")
    event_object: Final = regex.compile(
        r"(?:the|a|this|that)\s++(?:[\p{L}\-]++\s++){0,3}?(?:ceremony|meeting|talks|forum|"
        r"conference|session|event|summit|gathering|reception|banquet|dinner|luncheon|"
        r"opening|audience|participants)",
        _F | regex.IGNORECASE,
    )
    #: a lower-case word that is no function word right after a headline's title: its
    #: verb ("A, Kazakh FM exchange letters")
    verb_after: Final = regex.compile(
        r" (?!(?:and|of|for|to|at|in|on|with|the|a|an)(?![\p{L}]))\p{Ll}", _F
    )
    #: right before a title that names an office, not a person: "as (Malaysia's) (10th)",
    #: "the 10th", "who is also (a)" (the office of the person named before), "by a"
    office_before: Final = regex.compile(
        r"(?:(?<![\p{L}])as\s++(?:\p{L}++['\u2019]s\s++)?(?:new\s++)?|\d(?:st|nd|rd|th)\s++"
        r"|(?<![\p{L}])who\s++(?:is|was)\s++(?:also\s++)?(?:(?:a|an|the)\s++)?"
        # "X, whose post in the government is that of (Minister ...)": X's own office
        r"|(?<![\p{L}])whose\s++(?:[\p{L}'\u2019]++\s++){1,8}?(?:is|was)\s++(?:that\s++of\s++)?"
        r"(?:(?:a|an|the)\s++)?"
        # "the first visit by a U.S. President": any holder of the office, no one
        r"|(?<![\p{L}])(?:by|of|for|to|as|with)\s++an?\s++)\Z",
        _F,
    )
    #: between a place and a possessive, the place's verb: "(the United States) has
    #: announced (its intention)"
    verb_to_possessive: Final = regex.compile(
        r"[ \t]++(?:(?:has|have|had)[ \t]++)?(?:\p{Ll}{2,20}ly[ \t]++)?\p{Ll}{2,20}ed[ \t]++", _F
    )
    #: a relative clause about a thing running up to an "and": "(the negotiations), which
    #: were launched last year (and would give ...)"
    relative_before_and: Final = regex.compile(r",\s*+(?:which|that)\s++[^,;:.]*+\Z", _F)
    #: letters, spaces and commas only (words within one phrase)
    words_only: Final = regex.compile(r"[\p{L} ,]*+", _F)
    #: two modals joined by "and" in one clause: "will continue ... and will never ..."
    two_modals: Final = regex.compile(
        r"(?<![\p{L}])(?:will|would|shall)(?![\p{L}])[^.;:]*?(?<![\p{L}])and[ \t]++"
        r"(?:will|would|shall)(?![\p{L}])",
        _F,
    )
    #: right after a modal, a verb whose object is "no": "(will) keep no (official ties)"
    verb_then_no: Final = regex.compile(
        r"[ \t]++(?:(?:also|further|still|then|certainly|henceforth)[ \t]++)?(?P<v>\p{Ll}++)"
        r"[ \t]++no(?![\p{L}\-])",
        _F,
    )
    #: right after a name, the office its holder took up: "(X) on his swearing-in as
    #: Paraguay's (President)"; group "c" the side
    office_taken_up: Final = regex.compile(
        r"\s++on\s++(?:his|her)\s++(?:swearing-in|inauguration|appointment|election|re-election|"
        r"reelection|assumption\s++of\s++office)\s++as\s++(?:(?P<c>\p{Lu}[\p{L}\-]*+"
        r"(?:\s++\p{Lu}[\p{L}\-]*+){0,3}?)['\u2019]s\s++)?(?:(?:new|next)\s++)?",
        _F,
    )
    #: an office that serves another right before it: "Special Representative for X of
    #: the (UN Secretary-General)", "Senior Adviser to the (President)": the office served
    #: names no one taking part
    serving_office_before: Final = regex.compile(
        r"(?<![\p{L}])(?:Representative|Envoy|Adviser|Advisor|Assistant|Aide|Counsell?or|"
        r"Spokes(?:person|man|woman)|Deputy)(?:\s++[\p{L}\-]++){0,5}?\s++(?:of|to)\s++"
        # ("of the UN Secretary-General": the organization's name before the office)
        r"(?:the\s++)?(?:\p{Lu}[\p{L}\-.]*+\s++){0,3}\Z",
        _F,
    )
    #: ", his Japanese counterpart" right after a name: group "d"
    counterpart_after: Final = regex.compile(
        r",\s*+(?:his|her|their)\s++(?P<d>\p{Lu}[\p{L}\-]++)\s++counterparts?(?![\p{L}])"
        # (not "X, his Malaysian counterpart Dr Y": the counterpart is Y)
        r"(?!\s*+\p{Lu})",
        _F,
    )
    #: ", 24 September" or ", Sept. 24" right after the words opening a sentence: a
    #: dateline's place ("New York, 24 September 2025: ..."), no one's name
    date_after_place: Final = regex.compile(
        r",[ \t]*+(?:\d{1,2}[ \t]++\p{Lu}\p{Ll}++|\p{Lu}\p{Ll}++\.?[ \t]++\d{1,2}(?!\d))", _F
    )
    #: "at 7, " or "No. 10 " right before capitalised words: a street address ("at 7, Lok
    #: Kalyan Marg"), no one's name
    address_before: Final = regex.compile(r"(?<![\p{L}])(?:at|No\.)\s++\d{1,4},?\s++\Z", _F)
    #: ", his counterpart from (the Philippines)" right after a name: the place follows
    counterpart_from_after: Final = regex.compile(
        r",\s*+(?:his|her|their)\s++counterparts?\s++(?:from|of)\s++(?=\p{Lu}|the\s)", _F
    )
    #: "(her) Mozambican counterpart, (the) " right before a title and name: group "d"
    counterpart_before: Final = regex.compile(
        r"(?P<d>\p{Lu}[\p{L}\-]++)\s++counterpart\s*+,\s*+(?:the\s++)?\Z", _F
    )
    #: an infinitive anywhere: " to respect"
    to_verb: Final = regex.compile(
        r"(?<![\p{L}])to\s++(?!(?:the|a|an|his|her|its|their|our|this|that)(?![\p{L}]))\p{Ll}", _F
    )
    #: a sentence announcing the readout: "A readout of the Prime Minister's call ..."
    standfirst: Final = regex.compile(
        r"\s*+(?:An?\s++|The\s++)?(?:readout|summary)\s++of\s", _F | regex.IGNORECASE
    )
    #: what joins the last two items of a list of offices and names: ", and (the) "
    list_before: Final = regex.compile(r",\s*+and\s++(?:the\s++)?\Z", _F)
    #: a time phrase opening a sentence: "Today ", "On Monday, ", "This morning "
    time_lead: Final = regex.compile(
        r"(?:Today|Yesterday|Earlier today|Later|This (?:morning|afternoon|evening)|"
        r"On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*+,?\s++",
        _F,
    )
    #: right before a name, the one who invited a visit: "(at the) invitation of (Smt.) "
    invitation_before: Final = regex.compile(
        r"(?<![\p{L}])invitation\s++of\s++(?:\p{Lu}\p{L}{1,5}\.?\s++)?\Z", _F
    )
    #: a sentence that opens on who else was there: "Present during the talks were X, Y",
    #: "Also attending was X", "Among those present were ..."
    attendance_opening: Final = regex.compile(r"\s*+(?:" + _ATTENDANCE + r")(?![\p{L}])", _F)
    #: "co-chaired by": the people named after it take part in the meeting
    chaired_by: Final = regex.compile(
        # (not a standing body's chair: "the Referendum Commission chaired by X")
        r"(?<!(?:Commission|Committee|Council|Board|Panel|Group|Authority|Court|Tribunal)\s)"
        r"(?<![\p{L}])(?:co-chaired|chaired|co-hosted|jointly hosted)\s++by(?![\p{L}])"
        r"(?!\s++(?:the\s++)?former\s)",
        _F,
    )
    #: a capitalised word (clause-initial) right before a reporting verb: "..., Rouhani said"
    surname_before_verb: Final = regex.compile(
        r"(?:^|[,;:.]\s*+|\A|\s)(?P<s>\p{Lu}[\p{Ll}\p{M}]++(?:-\p{Lu}[\p{Ll}\p{M}]++)?)"
        r"(?:\s++(?:also|further|then|again))?\s++\Z",
        _F,
    )
    #: words that say an engagement took place (in lower case)
    engagement_words: Final = frozenset(
        """
        phone telephone call called calls conversation talk talks met meet meets meeting spoke
        speaks received receives video virtual message messages letter letters conference hosted hosts
        visited visiting joined hosting receiving held holds chaired co-chaired co-hosted jointly inaugurated cable
        cables cabled written wrote writes welcomed telephoned telephones phoned phones
        videoconference videoconferences teleconference videocall videolink dinner luncheon conferred
        lunched dined breakfasted rang
        """.split()
    )
    #: any of them, as a word, in any case; or a joint statement ("issued a joint
    #: statement", "the joint communiqué"), not any "joint" ("joint efforts"); or "sat
    #: down with"
    engagement: Final = regex.compile(
        r"(?<![\p{L}])(?:"
        + "|".join(sorted(engagement_words))
        + r"|joint\s++"
        + _JOINT_DOCUMENT
        # "A, B and C made the following statement today:": a statement by them all (not
        # by one spokesperson)
        + r"|(?:made|issued|released|published|adopted)"
        + r"(?<=(?<![\p{L}])and\s[^.;:]{0,200}?\p{L}++)\s++the\s++(?:following\s++(?:joint\s++)?"
        + r"(?:statement|declaration|text)|(?:joint\s++)?(?:statement|declaration|text)\s++below)"
        # "X paid an official visit to Ankara at the invitation of Y": a visit, hosted
        + r"|paid\s++(?:an?\s++|his\s++|her\s++)?(?:\p{L}++\s++){0,2}?visit"
        # "The Pakistani side was led by A, while B headed his country's delegation": the
        # heads of the delegations at talks
        + r"|(?:led|headed)\s++(?:his|her|their)\s++(?:country['\u2019]s\s++|own\s++)?delegation"
        # "X took part in an informal Russia-India-China (RIC) Summit with Y and Z": a
        # meeting of those named
        + r"|took\s++part\s++in\s++(?:an?\s++|the\s++)?(?:[\p{L}\-()]++\s++){0,6}?"
        + r"(?:summit|meeting|talks|dialogue|consultations)\s++with"
        # "X came to Paris today for a working visit": a visit, hosted
        + r"|came\s++to\s++(?:\p{Lu}[\p{L}\-]*+\s++){1,3}(?:\p{L}++\s++){0,2}?(?:for|on)\s++"
        + r"(?:an?|his|her)\s++(?:\p{L}++\s++){0,2}?visit"
        # "A and B put their signatures to the agreement", "A and B signed a memorandum":
        # the signers met to sign
        + r"|(?<=(?<![\p{L}])and\s[^.;:]{0,150}?)(?:put\s++their\s++signatures|signed)"
        + r"(?=\s++(?:[^.;:]{0,60}?\s)?(?:agreements?|memorand(?:um|a)|accords?|treaty|protocols?|"
        + r"MoUs?|deal|contracts?))"
        # "Prime Minister X today sat down with President Y": a meeting
        + r"|sat\s++down\s++(?:(?:today|yesterday|again|separately|briefly|privately|together)"
        + r"\s++)?"
        # "sat down today in Budapest with"
        + r"(?:(?:in|at)\s++(?:the\s++)?(?:\p{Lu}[\p{L}\-]*+\s++){1,3})?with"
        # "Today, we, Prime Minister A of X and President B of Y, express ...": the
        # writers of a joint statement, named
        + r"|we(?=,\s++(?-i:\p{Lu}))"
        # "Issued today at the close of the summit by President A and President B:": the
        # frame of the statement that follows, its writers named
        + r"|(?-i:Issued)(?=\s++(?:[^;:\n]{0,80}?\s)?by\s[^;:\n]{3,300}:)"
        # "The following statement was issued today by A, Title, B, Title, and C, Title:"
        + r"|(?<=statement\s++(?:was|has\s++been)\s++)issued(?=\s++(?:today\s++|jointly\s++)?by\s"
        + r"[^;:\n]{3,500}:)"
        # (not "issued today by the Spokesperson of the High Representative": a frame)
        + r"(?!\s++(?:today\s++)?by\s++(?:the\s++|a\s++|her\s++|his\s++)?"
        + r"(?:spokes|office|press|ministry|department))"
        + r")(?![\p{L}])",
        _F | regex.IGNORECASE,
    )
    #: "Today I met with ...": a release written in the first person
    first_person_engagement: Final = regex.compile(
        r"(?<![\p{L}])(?P<i>I)\s++(?:(?:also|have|had|just|today)\s++)?"
        r"(?:met|spoke|held|hosted|welcomed|received|called|phoned|telephoned|sat down|had)(?![\p{L}])",
        _F,
    )
    #: a further engagement among some of the participants: "(X) met with (Y)", "(A and B)
    #: also exchanged messages"
    further_engagement: Final = regex.compile(
        r"(?<![\p{L}])(?:met|meets|exchanged (?:congratulatory |)(?:messages|letters)|"
        r"held (?:talks|a meeting|a bilateral meeting)|"
        # "Minister Yeo hosted a lunch in Mr Khan's honour": the two at that table
        r"(?:hosted|gave|held) (?:a |an )?(?:working |official |private )?(?:lunch|luncheon|dinner|"
        r"banquet|breakfast|reception)|"
        # "Minister Yeo called on Prime Minister Odinga." (a visit, not "called on X to")
        r"(?:called|paid (?:a )?(?:courtesy )?calls?) on(?![^.;\n]*\sto\s))(?![\p{L}])",
        _F,
    )
    #: a clause after the subject's own that says the engagement: "(X pledged ...), as he
    #: met (visiting President Y)"
    as_engaging: Final = regex.compile(
        r",\s*+(?:as|when|while)\s++(?:he|she)\s++(?:met|meets|received|hosted|welcomed|"
        r"held\s++talks\s++with|talked\s++with|spoke\s++with)\s++(?:with\s++)?",
        _F,
    )
    #: phrases after which the engagement sentence no longer lists who took part
    engagement_cut_phrases: Final = (
        "as a follow-up", "following", "after", "to discuss", "about", "on the occasion",
        "during which", "which", "who", "when", "to congratulate", "to offer", "to exchange",
        "to explore", "regarding", "concerning", "to review", "between the two", "amid",
        "focusing on", "focused on", "to take stock",
        # a purpose or an occasion: "to coordinate ahead of the summit between A and B"
        "ahead of", "in preparation for", "to coordinate", "to prepare", "to follow up",
        "to mark", "to reaffirm", "to reiterate", "to brief", "to welcome", "to celebrate",
        "to consult", "to share", "to underscore", "to convey", "to thank", "to express",
        "to continue", "to address", "to advance", "to strengthen", "to deepen", "to promote",
        "to boost", "to build on", "to extend", "to wish", "to pass on", "to send",
        # a time the engagement is set by: "a few days before the state visit by X"
        "before the", "on the eve of", "in the run-up to", "just before", "shortly before",
        "days before", "weeks before", "months before",
        # what was congratulated on: "on the formation of the Government led by X"
        "on the formation", "government led by", "government headed by", "cabinet led by",
    )  # fmt: skip
    #: their first words
    engagement_cut_firsts: Final = frozenset(p.split()[0] for p in engagement_cut_phrases)
    #: "Messages were also exchanged between A and B": a further exchange, whose
    #: writers take part too
    exchanged_between: Final = regex.compile(
        r"(?<![\p{L}])" + _EXCHANGED_WRITINGS + r"[ \t]++"
        r"(?:were|have[ \t]++been)[ \t]++(?:also[ \t]++)?exchanged[ \t]++between[ \t]++",
        _F | regex.IGNORECASE,
    )
    #: "A also exchanged congratulatory messages with B", "C did the same with D": a
    #: further exchange, whose writers (all named in the sentence) take part too
    exchanged_with: Final = regex.compile(
        r"(?<![\p{L}])(?:(?:exchanged|traded)[ \t]++(?:[\p{L}\-]++[ \t]++)?"
        + _EXCHANGED_WRITINGS
        # ("traded messages on Friday with B", "on the same day with B")
        + r"(?:[ \t]++(?:(?:on|last|this)[ \t]++\p{Lu}\p{Ll}++|on[ \t]++the[ \t]++same[ \t]++"
        r"(?:day|occasion)|the[ \t]++same[ \t]++day))?"
        + r"|did[ \t]++the[ \t]++same)[ \t]++with[ \t]++",
        _F,
    )
    #: "A and B also sent each other congratulatory messages": a further exchange without
    #: "with", whose writers (the subject, named before it) take part too
    exchanged_mutually: Final = regex.compile(
        r"(?<![\p{L}])(?:(?:exchanged|traded)|sent[ \t]++(?:each[ \t]++other|one[ \t]++another))"
        r"[ \t]++(?:[\p{L}\-]++[ \t]++){0,2}?" + _EXCHANGED_WRITINGS + r"(?![\p{L}])"
        r"(?![ \t]++(?:[\p{L}\-]++[ \t]++){0,6}?with(?![\p{L}]))",
        _F,
    )
    #: counterparts named by their offices in the plural and their sides: "the heads of
    #: government of Belgium, the Netherlands and Luxembourg", "his counterparts from"
    plural_counterparts: Final = regex.compile(
        r"(?<![\p{L}])(?:heads\s++of\s++(?:state|government)|leaders|counterparts|"
        r"[Pp]rime\s++[Mm]inisters|[Pp]residents|[Ff]oreign\s++[Mm]inisters)\s++(?:of|from)\s++"
        r"\p{Lu}",
        _F,
    )
    #: a headline's verb of engagement right after a name: "(X) receives ...", "(X) meets"
    heading_engagement_verb: Final = regex.compile(
        r"(?:receives|received|meets|met|hosts|hosted|welcomes|welcomed|speaks|spoke|talks|"
        r"holds|held|calls|phones|writes|visits)(?![\p{L}])",
        _F,
    )
    #: " of both countries" after an office in the plural: "the foreign ministers of both
    #: countries, A and B"
    of_both_sides: Final = regex.compile(
        r" of (?:both|the two|the three|the four) (?:countries|nations|sides|states)(?=,)", _F
    )
    #: "Similar cables were sent to X by Y": the same exchange, by and to more people
    similar_messages: Final = regex.compile(
        r"(?<![\p{L}])(?:Similar|Identical)[ \t]++(?:congratulatory[ \t]++)?"
        r"(?:cables|messages|letters)[ \t]++(?:were|have[ \t]++been)[ \t]++(?:also[ \t]++)?"
        r"(?:sent|dispatched|addressed)(?![\p{L}])",
        _F,
    )
    #: "On the same occasion, Vice President X sent her congratulations to Y": a further
    #: exchange of the same messages, whose writer and addressee take part too
    same_occasion_sent: Final = regex.compile(
        r"(?:On|At)[ \t]++the[ \t]++same[ \t]++occasion,[ \t]++[^.;:]{0,120}?[ \t]"
        r"(?:sent|cabled|extended|addressed|conveyed)[ \t]",
        _F,
    )
    #: "The EU side was led by", "the Moldovan delegation was headed by": who led a side
    #: (group "side": the side's name or demonym)
    delegation_led_by: Final = regex.compile(
        r"(?<![\p{L}])(?:(?P<side>\p{Lu}[\p{L}]*+)[ \t]++)?(?:side|delegation|team)[ \t]++"
        r"(?:was|were)[ \t]++(?:also[ \t]++)?"
        r"(?:led|headed)[ \t]++by[ \t]++",
        _F,
    )
    #: an aside after a name, closed by a comma: " who serves as State Councilor,"
    #: "..., on the margins of the official visit of Prime Minister X": an occasion, which
    #: ends the list of who took part once two are named
    occasion_cut: Final = regex.compile(
        r",?[ \t]++(?:on|at) the (?:margins|sidelines) of(?![\p{L}])", _F | regex.IGNORECASE
    )
    #: "impose its own will on them", "the political will": "will" as a noun, no modal
    will_noun_before: Final = regex.compile(
        r"(?<![\p{L}])(?:own|its|his|her|their|our|my|the|political|good|free|popular)[ \t]++\Z",
        _F | regex.IGNORECASE,
    )
    #: " and Treasury Secretary ...": a list of people going on after an aside
    and_capital: Final = regex.compile(r"[ \t]*+and[ \t]++\p{Lu}", _F)
    relative_aside: Final = regex.compile(r"\s(?:who|which)\s(?:[^,;.]|(?<=\p{Lu})\.){1,80},", _F)
    #: where the engagement sentence stops listing who took part
    engagement_cut: Final = regex.compile(
        r"\s(?:" + "|".join(engagement_cut_phrases) + r")(?![\p{L}])", _F | regex.IGNORECASE
    )

    #: "China-Iran relations", "the Chinese side": countries the readout pairs
    side_phrase: Final = regex.compile(
        r"(?<![\p{L}])(?P<a>\p{Lu}[\p{L}.]*+)(?:['\u2019]s)?[\-\u2013](?P<b>\p{Lu}[\p{L}.]*+)(?= relations| ties| cooperation| partnership| friendship)"
        r"|(?<![\p{L}])[Tt]he (?P<s>\p{Lu}[\p{L}.]*+) side(?![\p{L}])",
        _F,
    )

    #: an adverbial that opens what a speaker said, no part of it: "(noted,) in particular:"
    content_opener: Final = regex.compile(
        r"(?:in particular|among other things|inter alia)\s*+[,:]?\s*+(?:that\s++)?", _F
    )
    #: what the engagement sentence says was talked about
    engagement_topic: Final = regex.compile(
        r"(?<![\p{L}])(?:"
        r"(?P<own>to (?:congratulate|offer|express|convey|thank)(?: \p{L}++){0,3}?(?= (?:on|for) )|to (?:offer|express|convey|extend)(?![\p{L}]))"
        r"|to (?:fully )?(?:discuss|review|explore)(?![\p{L}])|to take stock of(?![\p{L}])"
        # "received X in Brussels for a review of the full breadth of relations"
        r"|(?<=for (?:a|an) )(?:(?:broad|full|wide-ranging|comprehensive) )?(?:review|discussion)"
        r" (?:of|on)(?![\p{L}])"
        r"|to (?:talk (?:through|over|about)|go over)(?![\p{L}])"
        # "Messages were exchanged ... to mark 60 years of relations": what they said
        r"|(?<=messages (?:[^.;]{0,120}?))(?=to (?:mark|celebrate|commemorate)(?![\p{L}]))"
        r"|and (?:also )?(?:discussed|reviewed|explored)(?![\p{L}])"
        r"|(?:to (?:fully )?exchange|(?:fully )?exchang(?:ing|ed)) views(?:(?= (?:on|about) )| and(?= \p{Ll}))"
        # "about X" is a topic; "for about 40 minutes" is a duration
        r"|(?<!for )(?=about (?!\d))|regarding(?![\p{L}])|concerning(?![\p{L}])"
        r"|(?=on the (?:[\p{L}\p{N}\-]++ ){0,2}(?:situation|pandemic|issue|crisis)(?![\p{L}]))"
        # "on Africa's response to the pandemic", "on the latest developments": a topic
        # noun within four words (not "on the sidelines of the talks")
        r"|(?=on (?!the (?:sidelines|margins|occasion|eve|invitation)(?![\p{L}]))"
        r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
        r"July|August|September|October|November|December|\d)(?:the )?"
        # ("bilateral, regional and international issues": a comma after a lower-case word)
        r"(?:\p{Ll}[\p{L}\-]*+, |[\p{L}\-]++(?:['\u2019]s)? ){0,4}(?:response|developments|"
        r"relations|ties|cooperation|conflict|war|process|negotiations|preparations|partnership|"
        r"issues|matters|topics|questions|concerns)(?![\p{L}]))"
        # "on a wide range of ...": a topic however it ends
        r"|(?=on (?:a |an |the )?(?:wide |broad |full |whole |diverse )?(?:range|array|variety|"
        r"host|number|series|spectrum) of(?![\p{L}]))"
        r"|during which (?:they|the two (?:sides|leaders)) \p{L}++"
        r"|(?:focusing|focused|centering|centred|centered) on(?![\p{L}])"
        # "spent an hour on a video call on Tuesday discussing X" (after a comma, the
        # mutual participle is read as a cue of its own)
        r"|(?<![,;]\s*+)discussing(?![\p{L}])"
        # "phoned X today for talks that went over Y": what the talks covered
        r"|(?<=(?:talks|call|conversation|discussions|meeting) (?:that|which) )(?:went over|covered|"
        r"reviewed|discussed|touched on)(?![\p{L}])"
        r")\s*+",
        _F,
    )
    #: what every match of ``engagement_topic`` starts with: the search starts at the first
    engagement_topic_starts: Final = (
        "to ", "fully ", "exchang", "about ", "regarding", "concerning", "on ", "during which ",
        "and ", "focus", "cent", "review ", "discussion ", "broad ", "full ", "wide-ranging ",
        "comprehensive ", "discussing", "went over", "covered", "reviewed", "discussed",
        "touched on",
    )  # fmt: skip
    #: where the topic of an engagement sentence ends
    engagement_topic_stop: Final = regex.compile(
        r",\s*+(?:during which|which|who|as)(?![\p{L}])", _F
    )

    #: a style of address: "His Highness", "Her Excellency", "His Royal Highness"
    style_of_address: Final = regex.compile(
        r"(?<![\p{L}])(?:His|Her)\s++(?P<h>(?:Royal\s++)?Highness|Excellency|Majesty|Holiness)(?![\p{L}])",
        _F,
    )
    #: an abbreviated style of address: "H.H.", "H.E.", "H.M.", "H.R.H."
    style_abbreviation: Final = regex.compile(r"(?P<h>H\.\s?R\.\s?H\.|H\.\s?[HEM]\.)", _F)
    #: two places joined by a hyphen: "U.S.-Ghana", "China-Kenya"
    place_pair: Final = regex.compile(
        r"(?<![\p{L}])(?P<a>\p{Lu}[\p{L}.]*+)[\-\u2013](?P<b>\p{Lu}[\p{L}.]*+)", _F
    )

    # -- speech -------------------------------------------------------------
    #: post-nominal letters right after a name ("Jane Doe MP"): the mention's, not the name's
    #: (the longest first: "KCMG" before "KC", as the repetition is possessive)
    postnominal: Final = regex.compile(
        rf"(?:[ \t]++(?:{'|'.join(sorted(POSTNOMINALS, key=lambda w: (-len(w), w)))}))++"
        r"(?![\p{L}])",
        _F,
    )
    #: a word, for looking up speakers (hyphens and apostrophes split words)
    word: Final = regex.compile(r"[\p{L}\p{N}]++", _F)
    #: a character outside ASCII (the words holding one need more than lower-casing)
    non_ascii: Final = regex.compile(r"[^\x00-\x7f]", _F)
    #: what may sit between a cue and its content: "that", a colon, a comma, a dash
    content_lead: Final = regex.compile(r"[\s,:\-\u2013\u2014]*+(?:that(?![\p{L}])[\s,]*+)?", _F)
    #: a dangling conjunction at the end of a clause
    content_tail: Final = regex.compile(
        r",?\s++(?:and|but|while|as well as|whereas)(?:\s++that)?\s*+\Z", _F
    )
    #: a conjunction and the title of the next clause's subject, whose name starts the
    #: next report: "(..., while) Minister (Berg noted)", "(, and) Foreign Minister"
    content_tail_titled: Final = regex.compile(
        r",\s*+(?:and|but|while|whereas)\s++(?:\p{Lu}[\p{L}\-]*+\s++){0,3}?(?:"
        + "|".join(sorted(w.capitalize() for w in ROLE_NOUNS))
        + r")\s*+\Z",
        _F,
    )
    #: what a match of ``content_tail`` ends with
    content_tail_ends: Final = (
        "and", "but", "while", "as well as", "whereas", "and that", "but that",
    )  # fmt: skip
    #: "It was agreed to ...": an impersonal report of what all participants did
    impersonal: Final = regex.compile(
        r"\s*+(?:It|it) (?:was|has been|had been) (?:also )?(?P<v>agreed|decided|noted|stressed|"
        r"emphasized|emphasised|underlined|confirmed|reaffirmed|resolved)(?![\p{L}])"
        # "It was agreed by both Ministers to hold ...": the agents, everyone
        r"(?:\s++by\s++(?:both|the\s++two|all(?:\s++the)?|the)\s++(?i:sides|ministers|leaders|"
        r"parties|delegations|presidents|prime\s++ministers|governments))?",
        _F,
    )
    #: "X were discussed", "Y was also underscored": a passive report of what all the
    #: participants did; the subject is the content ("Views were exchanged on Z": Z)
    passive_report: Final = regex.compile(
        r"(?<![\p{L}])(?:was|were|has been|have been)\s++(?:also\s++|further\s++|all\s++|"
        r"extensively\s++|thoroughly\s++|briefly\s++)?(?P<v>discussed|talked about|exchanged|"
        r"traded|swapped|underscored|underlined|emphasi[sz]ed|stressed|reviewed|addressed|touched upon|highlighted|"
        r"explored|taken up|considered|examined|paid|given|devoted|dedicated|evaluated|assessed)(?![\p{L}])"
        # "X also came up", "X were on the agenda", "X were the main subjects of the talks"
        r"|(?<![\p{L}])(?:also\s++)?(?P<v>came up)(?![\p{L}])"
        r"|(?<![\p{L}])(?:was|were)\s++(?:also\s++)?(?P<v>(?:(?:high|top|prominently|firmly)\s++)?"
        r"on the agenda|(?:the\s++)?(?:main\s++)?(?:subjects?|topics?|focus) of)(?![\p{L}])"
        # "X also featured in the conversation", "Y figured prominently in the talks"
        r"|(?<![\p{L}])(?:also\s++)?(?P<v>(?:featured|figured)\s++(?:prominently\s++)?in\s++"
        r"(?:the|their)\s++(?:conversation|call|talks|meeting|discussions?|exchange))(?![\p{L}])"
        # "X was among the topics raised", "Y were among other issues discussed"
        r"|(?<![\p{L}])(?:was|were)\s++(?:also\s++)?(?P<v>among\s++(?:the\s++)?(?:other\s++)?"
        r"(?:topics|issues|subjects|matters|questions)\s++"
        # "... among the subjects (that) the two ministers discussed"
        r"(?:(?:that\s++)?(?:the\s++two\s++\p{L}++|both\s++\p{L}++|the\s++\p{L}++|they)\s++)?"
        r"(?:raised|discussed|covered|addressed|reviewed|taken up))(?![\p{L}])"
        # "X and Y dominated a telephone conversation between A and B"
        r"|(?<![\p{L}])(?:also\s++)?(?P<v>dominated)(?=\s++(?:a|an|the|their)\s++"
        r"(?:[\p{L}\-]++\s++){0,2}(?:conversation|call|talks|meeting|discussions?|exchange))",
        _F,
    )
    #: an engagement sentence that opens with the writings exchanged: "Messages of
    #: congratulation (on X) were exchanged by A and B": the messages are what was said
    writings_exchanged_first: Final = regex.compile(
        r"\s*+(?:Congratulatory\s++|Condolence\s++)?(?:Messages|Letters|Greetings|Cables)"
        r"(?![\p{L}])[^.;:]{0,200}?\s(?:were|have\s++been)\s++(?:also\s++)?exchanged"
        r"\s++(?:[^.;:]{0,40}?\s)?(?:by|between)\s",
        _F,
    )
    #: an engagement sentence that opens with its topic: "Darfur's peace process was the
    #: focus of a telephone conversation the Secretary-General held with ...", "X
    #: dominated a telephone conversation between ..."
    topic_first: Final = regex.compile(
        r"[^.;:]{3,200}?\s(?:(?:was|were)\s++(?:also\s++)?(?:the\s++)?(?:main\s++|central\s++|"
        r"chief\s++|principal\s++)?(?:focus|subjects?|topics?)\s++of|dominated)\s++"
        r"(?:a|an|the|their)\s",
        _F,
    )
    #: what a topic verb's object may be without naming a topic: "(compared) notes",
    #: "(accepted) with gratitude"
    empty_topic: Final = regex.compile(
        r"(?:(?:(?:their|his|her|its|our) )?(?:notes|views|opinions|ideas|thoughts|experiences|"
        r"assessments|perspectives)|"
        # "accepted it with pleasure": no topic either (though "accepted the invitation"
        # names one, in most golds)
        r"it(?: with (?:great )?(?:gratitude|pleasure|thanks|appreciation))?|"
        # "exchanged views by phone on Wednesday with X": how and with whom, no topic
        r"(?:by|over the) (?:phone|telephone)"
        r"(?: on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)? with [^;:]++|"
        r"with (?:great )?(?:gratitude|pleasure|thanks|appreciation|satisfaction))",
        _F | regex.IGNORECASE,
    )
    #: "sent a message to Cyril Ramaphosa, congratulating him ...": a letter and whom it
    #: went to, no topic ("a letter to X on his election" names one)
    letter_to_only: Final = regex.compile(
        r"(?:a|an|his|her|their) (?:[\p{L}\-]++ )?(?:message|letter|cable|note)s? to "
        r"(?:(?!(?:on|about|of|for|regarding|marking|over|and|in|to|that|which)(?![\p{L}]))"
        r"[\p{L}.\-'\u2019]++ ?){1,7}",
        _F | regex.IGNORECASE,
    )
    #: what is exchanged or swapped hand to hand, not words: "swapped signed documents",
    #: "exchanged memoranda on investment", "exchanged gifts"
    handed_over: Final = regex.compile(
        r"(?:the\s++)?(?:signed\s++)?(?:documents|memorand(?:um|a)|agreements|instruments|"
        r"gifts|credentials|MoUs?)(?![\p{L}])",
        _F,
    )
    #: "(a visit,) during which the leaders announced": a cue inside a relative clause of
    #: the content before it
    relative_lead_before: Final = regex.compile(
        r"(?<![\p{L}])(?:during|in|at|after|through|under) which\s++[^,;.:]{0,60}\Z", _F
    )
    #: words between a place's possessive and the office: "Norway's (new) Prime Minister"
    office_adjectives_before: Final = regex.compile(
        r"(?<![\p{L}])(?:(?:new|newly[- ](?:elected|appointed)|incoming|visiting|outgoing|"
        r"current)\s++)+\Z",
        _F,
    )
    #: "(State Councilor Wang Yi), also the (Foreign Minister)": a second office of the
    #: person named right before
    also_office_before: Final = regex.compile(
        r",\s*+(?:who\s++is\s++)?also\s++(?:(?:the|a|an)\s++)?\Z", _F
    )
    #: ", a CPC Political Bureau member and (Foreign Minister)": a rank in lower case, then
    #: the office, in apposition to the person named right before
    rank_and_office_before: Final = regex.compile(
        r",\s*+(?:a|an|the)\s++(?P<rank>(?:[\p{L}\-']++\s++){0,5}?(?:member|head|chief|"
        r"leader|chair|secretary|veteran)\s++(?:and|&)\s++)\Z",
        _F,
    )
    #: "the visiting (President)", "the host (Prime Minister)": a participant named
    #: already, by role in the visit
    visit_role_before: Final = regex.compile(
        r"(?<![\p{L}])the\s++(?:visiting|guest|host|hosting)\s++\Z", _F | regex.IGNORECASE
    )
    #: a role that rotates among holders of other offices: "Chair", "Chairperson-in-Office"
    rotating_office: Final = regex.compile(
        r"(?<![\p{L}])(?:Chair|Chairman|Chairperson|Chairwoman|Coordinator|Presidency)", _F
    )
    #: ", current (Chairperson of the African Union)": a rotating office of the person named
    #: right before, beside the one they are titled by
    current_office_before: Final = regex.compile(
        r",\s*+(?:who\s++is\s++)?(?:also\s++)?(?:the\s++)?(?:current|incumbent|rotating|outgoing|"
        r"sitting|serving)\s++(?:the\s++)?\Z",
        _F,
    )
    #: "(Angolan President) and current (Chairperson of the AU)": a rotating office joined
    #: to the one named before it
    and_current_before: Final = regex.compile(
        r"(?<=\p{L})\s++and\s++(?:the\s++)?(?:current|incumbent|rotating|outgoing|sitting)"
        r"\s++\Z",
        _F,
    )
    #: a preposition and "the" before an office: "(sent) to the (Montenegrin President)"
    object_the_before: Final = regex.compile(
        r"(?<![\p{L}])(?:to|with|for|from)\s++(?:the\s++)?\Z", _F
    )
    #: a lower-case word (no "and"/"of") right after a name: the verb of its clause
    lower_word_after: Final = regex.compile(r"\s++(?!(?:and|of|or)(?![\p{L}]))\p{Ll}{2,}", _F)
    #: what opens a sentence before a passive report's subject: "In the conversation, (X
    #: was reviewed)", "During the talks,"
    passive_lead: Final = regex.compile(
        r"\s*+(?:In|During|At)\s++the\s++(?:[\p{L}\-]++\s++)?(?:conversation|call|meeting|"
        r"talks|discussion|discussions|talk)"
        # "During the meeting, which was held in a closed format," / ", held in private,"
        r"(?:\s*+,\s*+(?:which\s|that\s|held\s)[^,;.]{1,80})?\s*+,\s*+",
        _F,
    )
    #: "The meeting also touched on X": the engagement as subject of what it covered
    event_topic: Final = regex.compile(
        r"(?:(?:The|the|Their|their)\s++(?:meeting|talks|call|phone call|video call|conversation|agenda|"
        r"discussion|discussions|exchange)|(?:Discussions?|Talks|Consultations))\s++(?:also\s++)?"
        r"(?P<v>touched (?:up)?on|covered|"
        r"(?:focused|focussed|centred|centered|concentrated)\s++(?:\p{Ll}++(?<=ly)\s++)?on|"
        r"addressed|dealt with)\s++"
        # "The focus (of the talks) was on X", "The emphasis was on Y"
        r"|(?:The|the)\s++(?:main\s++|particular\s++)?(?P<v>(?:focus|emphasis)(?:\s++of\s++"
        r"(?:the|their)\s++(?:talks|meeting|conversation|call|discussions?))?\s++(?:was|were)"
        r"\s++(?:placed\s++)?on)\s++",
        _F,
    )
    #: the words a sentence must hold for ``passive_report`` to be tried
    passive_report_words: Final = (" discussed", " talked about", " exchanged", " traded", " swapped", " underscored", " underlined",
        " emphasi", " stressed", " reviewed", " addressed", " touched upon", " highlighted",
        " explored", " taken up", " considered", " examined", " paid", " given", " devoted", " dedicated", " evaluated",
        " assessed", " came up", " on the agenda", " subject", " topic", " focus of", " among",
        " featured in", " figured ", " dominated")  # fmt: skip
    #: "An exchange of views on X also took place": a talk about the topic, by everyone
    talk_took_place: Final = regex.compile(
        r"(?:An?|The)\s++(?:\p{L}++\s++)?(?:exchange of (?:views|opinions)|discussion|"
        r"conversation)\s++(?:on|about|regarding|over)\s++(?P<topic>.+?)\s++(?:also\s++)?"
        r"took place\s*+[.;]?\s*+\Z",
        _F,
    )
    #: ", and both ministers (agreed)", "; the Minister (said)": a clause with a subject of
    #: its own after a topic ("and on cooperation in ..." goes on with the topic)
    next_subject_clause: Final = regex.compile(
        r"(?:,[ \t]*+and|;)[ \t]++(?=\p{Lu}|(?:both|the|they|all)[ \t])", _F
    )
    #: what opens a later passive clause: "(were discussed) and (Y was ...)", "; Y was"
    passive_next_clause: Final = regex.compile(r"\s*+,?\s*+(?:and(?![\p{L}])|;)\s*+", _F)
    #: a subject that is a pronoun or a clause, not a topic: "it", "He noted that ...",
    #: "which"; a relative clause inside a topic ("steps that can be taken") is no sign
    passive_not_topic: Final = regex.compile(
        r"(?i)(?<![\p{L}])(?:it|this|they|he|she)(?![\p{L}])"
        r"|(?:(?<![\p{L}])(?:said|says|and)|ed)\s++(?:that|which|who|whom)(?![\p{L}])",
        _F,
    )
    #: "A number of documents were exchanged", "MoUs in the areas of X were exchanged": a
    #: ceremony, not a topic of the talks
    exchanged_objects: Final = regex.compile(
        r"(?<![\p{L}])(?:documents|agreements|accords|memoranda|MoUs?|instruments|notes|gifts|"
        r"credentials|treaties|protocols)(?:\s*+\Z|\s++(?:in|on|for|of)\s)",
        _F,
    )
    #: "Views were exchanged on ...": the topic follows
    views_subject: Final = regex.compile(
        r"(?i)\s*+(?:\(\d{1,2}\)\s*+|\d{1,2}\.\s++)?(?:(?:in addition|also|further|furthermore|"
        r"moreover|meanwhile),\s*+)?"
        # "On regional issues, views were exchanged concerning X"
        r"(?:(?:on|regarding|concerning|as for|with regard to)\s++(?P<lead>[^,;:.]{1,60}+),\s*+)?"
        r"(?:views|opinions|ideas|(?:(?:particular|special|great|considerable|much|"
        r"significant|serious|careful|close|due)\s++)?attention|"
        # "Much of the evening was devoted to X", "The talks were devoted to X": the
        # engagement's time spent on a topic
        r"(?:(?:much|most|part|a\s++(?:large|good|great|significant)\s++part|the\s++bulk|"
        r"a\s++(?:large|good|great)\s++deal)\s++of\s++)?(?:the|their)\s++"
        r"(?:[\p{L}\-]++\s++)?(?:evening|meeting|talks|conversation|discussions?|time|session|"
        r"call|dinner|luncheon|lunch|exchange))\s*+\Z",
        _F,
    )
    views_topic: Final = regex.compile(
        r"\s++(?:on|about|regarding|concerning|over|to|with)\s++", _F
    )
    #: what a match of ``impersonal`` may start with besides space
    impersonal_firsts: Final = "Ii"
    #: ", the Russian Foreign Ministry said (in a statement)" closing a sentence
    attribution_tail: Final = regex.compile(
        r"[\"\u201d']?,[\"\u201d']?\s++(?:the\s++)?(?:\p{Lu}[\p{L}.'\u2019\-]*+\s++){0,5}"
        r"(?:[Mm]inistry|[Oo]ffice|[Ss]pokes(?:person|man|woman)|[Pp]residency|[Ee]mbassy|[Ss]ervice|"
        r"[Dd]epartment|[Gg]overnment|[Kk]remlin|[Pp]alace|"
        # "..., diplomatic sources said", "..., the sources added"
        r"(?:(?:diplomatic|informed|official|government|ministry)\s++)?(?:sources|officials))"
        r"\s++(?:said|says|reported|announced|stated|added|noted)"
        r"(?:\s++in\s++a\s++(?:statement|press release))?\s*+\Z",
        _F,
    )
    #: what a match of ``attribution_tail`` ends with, trailing space aside
    attribution_tail_ends: Final = (
        "said", "says", "reported", "announced", "stated", "statement", "press release",
        "added", "noted",
    )  # fmt: skip
    #: "According to X, ..."
    according_to: Final = regex.compile(
        # "In the view of both Ministers, X": whose view it is
        r"\s*+(?:(?P<cue>[Aa]ccording to|In the (?:view|opinion|assessment) of) (?P<who>[^,]{2,80}+)"
        # "In Wang's view, X", "In the ministers' shared view, X"
        r"|In (?P<who>[^,]{2,60}?)['\u2019]s?+ (?:(?:shared|joint|common|own) )?"
        r"(?P<cue>view|opinion|assessment)),\s*+",
        _F,
    )
    #: "..., according to Xi.": the source named at the sentence's end
    according_to_end: Final = regex.compile(
        r",\s*+according to (?P<who>[^,.;:!?\"\u201c\u201d]{2,60}+)[.!?]?[\"\u201d\u2019)]*+\s*+\Z",
        _F,
    )
    #: a document as a source: "(according to) the statement", "the joint communiqué"
    document_source: Final = regex.compile(
        r"(?:the|this|that)\s++" + _OWN_DOCUMENT,
        _F | regex.IGNORECASE,
    )
    #: what a match of ``according_to`` may start with besides space
    according_to_firsts: Final = "AaI"
    #: a comma (and "and") right before a participle: ", saying"
    comma_end: Final = regex.compile(r",\s*+(?:(?:and|while|whilst|also)\s++)?\Z", _F)
    #: the preposition that ends a multiword cue ("exchanged views on", "spoke about")
    cue_preposition: Final = regex.compile(r"(?<=\s)(?:on|about|upon|of)\Z", _F)
    #: what a match of ``cue_preposition`` ends with
    cue_preposition_ends: Final = ("on", "about", "of")
    #: "made (three proposals on)": the proposals made are what is reported, noun and all
    made_proposals: Final = regex.compile(
        r"(?:made|making)\s++(?=(?:[\p{L}\-]++\s++){0,2}(?:suggestions?|proposals?)\s)", _F
    )
    #: the noun that ends a cue: "expressed (the) hope" before an infinitive ("expressed
    #: the hope to meet again"), where the noun belongs to what is reported
    cue_noun: Final = regex.compile(r"(?<=\s)(?:the\s++)?(?:hope|confidence)\Z", _F)
    #: what may follow the cue of a postposed speaker: nothing, or an adverbial
    #: ("..., Wang said during the meeting.", "... said to reporters"; not an infinitive:
    #: "..., and the two presidents agreed to upgrade ties" is no attribution)
    postposed_tail: Final = regex.compile(
        r"\s*+(?:\Z|[,.;!?\"\u201d\u2019)]|(?:during|in|at|on|when|after|before|while|as|via|by|"
        r"from|with|this|last|today|yesterday|earlier|later|again|also|then|following|afterwards|"
        r"once|shortly|soon)(?![\p{L}])|"
        r"to\s++(?:the|a|an|his|her|their|its|" + _PRESS + r"|\p{Lu})(?![\p{Ll}]))",
        _F,
    )
    #: after a postposed speaker's verb, the engagement itself, however long: "(..., Li
    #: said) Tuesday when holding talks with ...", "(said) on Wednesday in a video call with"
    engagement_tail: Final = regex.compile(
        r"\s*+(?:on\s++)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
        r"yesterday)\s++)?(?:(?:when|while|during|in|at)\s++(?:meeting|holding|receiving|talking|"
        r"speaking|hosting|talks|a|an|his|her|their|the)"
        # "(said) on Monday as he hosted his Belarusian counterpart"
        r"|(?:as|when|while)\s++(?:he|she)\s++(?:hosted|met|received|held|welcomed|spoke|talked))"
        r"(?![\p{L}])",
        _F,
    )
    #: after a modal: a rotating presidency or chair taken in turn ("will hold the EU
    #: Presidency", "would take over the chairmanship of the bloc"), a schedule, no pledge
    rotating_role_after: Final = regex.compile(
        r"\s++(?:also\s++)?(?:hold|assume|take\s++over|take\s++up|chair)\s++(?:the\s++)?"
        r"(?:[\p{L}\-]++\s++){0,4}?(?:[Pp]residency|[Cc]hairmanship|[Cc]hair(?:ship)?)(?![\p{L}])",
        _F,
    )
    #: an adverbial opening a sentence: "Since December 2014, ...", "Over the past year, "
    adverbial_opening: Final = regex.compile(
        r"\s*+(?:Since|Over|In|After|Given|Under|With|Despite|Amid|During|Following|Thanks to|"
        r"Throughout|Through|Unlike|Like)\s",
        _F,
    )
    #: a finite verb within a clause's first words (its subject before): "cooperation
    #: between A and B has kept", "trade grew"
    clause_verb: Final = regex.compile(
        r"^(?:[\p{L}\-'\u2019]++\s++){1,8}?(?:has|have|had|is|are|was|were|will|would|can|"
        r"could|must|remains|continues|\p{Ll}++ed)(?![\p{L}])",
        _F,
    )
    #: what continues a clause after an attribution inside it ("X, he said, has taken
    #: ..."): a verb of the clause, not a new clause ("which", "and", "but")
    inserted_rest: Final = regex.compile(
        r"(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|must|may|remains|"
        r"remain|stands|stand|continues|continue|(?:but|yet|to)(?=\s++\p{L}))(?![\p{L}])",
        _F,
    )
    #: a speaker's attribution closing a clause: ", he said", ", the minister added"
    speaker_tail: Final = regex.compile(
        r",\s*+(?:he|she|they|(?:the\s++)?\p{L}++(?:\s++\p{L}++){0,2}?)\s++(?:said|added|stressed|"
        r"noted|stated|emphasized|emphasised|underlined|told\s++\p{L}++)\s*+\Z",
        _F,
    )
    #: between the comma and a postposed speaker: nothing but space or a parenthetical,
    #: and the capitalised words of a title before the name ("..., PM Chinh said")
    postposed_gap: Final = regex.compile(
        r"[\s\"'\u201d\u2019]*+(?:(?:however|in turn|for (?:his|her) part),?\s*+)?"
        r"(?:\p{Lu}[\p{L}.\-]*+\s++){0,4}",
        _F,
    )
    #: what joins the names in a list of subjects: ", ", ", and ", " and "
    list_joint: Final = regex.compile(r"\s*+(?:,\s*+(?:and\s++)?|and\s++)", _F)
    #: "began by" before a participle: "The Prime Minister began by offering ..."
    began_by: Final = regex.compile(
        r"(?<![\p{L}])(?:began|begun|opened|started|ended|concluded|closed|continued)"
        r"(?:\s++(?:the|his|her|their)\s++(?:meeting|call|talks|conversation|remarks|discussion))?"
        r"\s++by\s++\Z",
        _F,
    )
    #: content opening with a thing and "is" ("CPEC is an initiative ..., and will ..."),
    #: not with the speaker's side
    thing_is: Final = regex.compile(
        r"\s*+(?:(?:The|the|This|this|Such|such)\s++)?(?:[\p{L}\-]++\s++){0,3}?[\p{L}\-]++"
        r"\s++(?:is|are|was|were)(?![\p{L}])"
        # "CIDCA is willing to ...": an actor, not a thing
        r"(?!\s++(?:\p{L}++(?<=ly)\s++)?(?:willing|ready|prepared|committed|determined|keen|eager|"
        r"open|happy|glad|pleased|resolved|dedicated)(?![\p{L}]))",
        _F,
    )
    #: an aside between a side and its undertaking, after the side's comma: "(Indonesia,)
    #: for its part, (is ready to ...)"
    side_aside: Final = regex.compile(rf"(?:{_PART}|in turn|meanwhile|too|likewise),\s*+", _F)
    #: "(Bin Alawi,) for his part, (called ...)": a person's turn in the exchange
    person_part_aside: Final = regex.compile(rf"(?:{_PART}),\s*+\p{{Ll}}", _F)
    #: an -ly adverb opening a sentence before a participle: "Fondly (recalling ...)"
    adverb_lead: Final = regex.compile(r"\s*+\p{Lu}\p{Ll}++(?<=ly)\s++", _F)
    #: a holiday's name: "Liberation Day", "National Day", "Independence Day"
    holiday_name: Final = regex.compile(
        r"(?:\p{Lu}\p{L}*+ ){0,2}?(?:National|Liberation|Independence|Victory|Unity|Constitution|"
        r"Revolution|Foundation|Republic|Europe|Africa|Statehood|Reunification|Union|Flag|Army|"
        r"Navy|Martyrs'?|Memorial|Labour|Labor|Accession|Sovereignty|Freedom) Day",
        _F,
    )
    #: a full name of two to four capitalised words; group "s" its last (the surname)
    full_name_ending: Final = regex.compile(
        r"(?<![\p{L}\-'\u2019])(?:\p{Lu}[\p{L}'\u2019\-]*+[ \t]++){1,3}(?P<s>\p{Lu}[\p{L}\-]*+)(?![\p{L}])",
        _F,
    )
    #: "of Russia", "of the United States" closing a subject after its title
    of_place_end: Final = regex.compile(
        r"\s++of\s++(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,3}\s*+", _F
    )
    #: an adverbial opening a sentence before its subject: "Meanwhile(,)", "At the same time"
    opening_adverbial: Final = regex.compile(
        r"\s*+(?:Meanwhile|At the same time|However|Moreover|Furthermore|In addition|Also|"
        r"Likewise|Therefore|Thus|Still|Nevertheless|For (?:its|his|her) part)\s*+",
        _F,
    )
    #: a time or place opening a sentence before its subject, closed by a comma: "On
    #: Thursday, ", "Earlier today, ", "In Belgrade on Monday, "
    opening_when: Final = regex.compile(
        r"\s*+(?:On|In|At|During|Earlier|Later|Today|Yesterday|Last|This|Late|Early)(?![\p{L}])"
        r"[^,.;:\n\"\u201c]{0,60},\s*+",
        _F,
    )
    #: a joint statement's writers named after "we", its verb in the present: "Today, we,
    #: A of X and B of Y, express our sympathy ...", "We, A and B, reaffirm ..."
    we_apposed_verb: Final = regex.compile(
        r"(?:[\p{L}\d ]{1,30},\s++)?[Ww]e,\s++(?P<who>[^;:\n]{3,400}?),\s*+"
        r"(?:(?:also|hereby|jointly|today)\s++)?(?P<v>(?!and\s|or\s)\p{Ll}{3,}+)\s++",
        _F,
    )
    #: an aside between a subject and its verb: ", for her part, ", ", in turn, "
    #: "Iqbal, who co-chaired X with Y, head of Z, earlier in the day, said": a relative
    #: clause holding commas of its own, between the subject and its verb
    long_relative_end: Final = regex.compile(
        r",[ \t]*+who(?:se)?[ \t][^;.\n]{1,300}?,[ \t]*+\Z", _F
    )
    parenthetical_end: Final = regex.compile(
        r",\s*+(?:for (?:his|her|their|its) part|in (?:his|her|their) turn|in turn|however|"
        r"in particular|among other things|notably|above all|"
        r"meanwhile|in response|in reply|for (?:his|her|their) side|on (?:his|her|their) part|"
        r"(?:for|during) (?:his|her|their) part during the [\p{L} ]{1,20}?|"
        r"in (?:a|his|her|their) (?:separate |own |congratulatory |opening |introductory )?"
        r"(?:message|letter|cable|remarks|speech|statement|address|intervention)"
        r"(?: to [\p{L}\-. ]{1,80}?)?|"
        # "Sall, who chairs the African Union, thanked ...": a relative clause
        r"who(?:se)?\s[^,;.\n]{1,100}+|"
        # "Liu, a Political Bureau member of ..., said": an appositive
        r"an?\s[^,;.\n]{1,150}+|"
        # "Larijani, in a meeting with X in Tehran on Sunday, said": the engagement itself
        r"(?:(?:in|during)\s(?:a|an|his|her|their|the)\s(?:\p{L}++\s){0,2}?(?:meeting|talks|"
        r"call|conversation|phone call|telephone call|video call|telephone conversation)|"
        r"(?:meeting|talking|speaking|holding talks)|when meeting)"
        # ("speaking via video link on Tuesday with Y,")
        r"(?:\s(?:by|via|over)\s(?:phone|telephone|video link|video|videoconference))?"
        r"(?:\s(?:on|this|last|late|earlier)\s\p{L}++)?\swith\s[^,;.\n]{1,150}+"
        # ("... with Wang Yi, China's top diplomat,": the other's appositive too)
        r"(?:,\s*+(?:\p{Lu}[^,;.\n]{0,40}?['\u2019]s|the|his|her)\s[^,;.\n]{1,60}+)?|"
        # "Araghchi, hosting X in Tehran on Monday, said"
        r"(?:hosting|receiving|welcoming|meeting)\s[^,;.\n]{1,150}+)\s*+,\s*+\Z",
        _F,
    )
    #: what an appositive between commas holds none of: a clause or sentence break, a quote
    aside_break: Final = regex.compile(r"[;\n!?\"\u201c\u201d]|\.\s", _F)
    #: a sentence's end glued to an agency's tag: ".-VNA", ". - Xinhua"
    agency_tag_end: Final = regex.compile(r"[.!?]\s*+[-\u2013\u2014]\s*+\p{Lu}[\p{L}]{1,10}\Z", _F)
    #: "with" right before a subject and its participle: "with both sides pledging"
    with_before: Final = regex.compile(r"(?<![\p{L}])with\s++(?:the\s++)?\Z", _F)
    #: "with both sides " before a participle: an absolute clause with its own subject
    with_group_before: Final = regex.compile(
        r"(?<![\p{L}])with\s++(?P<np>(?:[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*+\s++){1,5})\Z", _F
    )
    #: " that " right after a participle: "noting that"
    that_after: Final = regex.compile(r"\s++that(?![\p{L}])", _F)
    #: one word, then the end of a clause: "(and shared) history."
    one_word_then_stop: Final = regex.compile(r"\s++\p{L}++\s*+(?:[.,;]|\Z)", _F)
    #: after "called": an object, then "a"/"an" and what it was called ("called Iran a
    #: significant partner"), not a call ("called Ruiz to discuss a deal", "called X a
    #: day after ...")
    called_object: Final = regex.compile(
        r"\s++(?!(?:on|for|in|off|up|back|upon|at|out|him|her|them|me|us|to)(?![\p{L}]))"
        r"(?:(?!to\s++(?!the\s|its\s|his\s|her\s|their\s)\p{Ll})[^,;:.\n\d])"
        r"{2,90}?\s(?:a|an)\s++"
        r"(?!(?:day|week|month|year|hour|few|couple|number|series|total|time|moment|call|"
        r"message|letter|phone|telephone|video)(?![\p{L}]))\p{L}",
        _F,
    )
    #: a concessive opening of what was said: "(observed that) although ...,"
    concessive_lead: Final = regex.compile(
        r"\s*+(?:that\s++)?(?:although|though|even though|even if|while|whereas|despite)\s",
        _F | regex.IGNORECASE,
    )
    #: after "said": "yes to" / "no to", a decision rather than a report
    yes_no_to: Final = regex.compile(r"\s++(?:yes|no)\s++to(?![\p{L}])", _F)
    #: nothing, or "that", between a reporting verb and its clause's subject
    only_that: Final = regex.compile(r"\s*+(?:that\s++)?", _F)
    #: "in which ", "during which ", "where ": a relative clause starting
    which_before: Final = regex.compile(r"(?<![\p{L}])(?:which|where|whom)\s++\Z", _F)
    #: a comma right after a cue: "..., Liang said, urging ..."
    then_comma: Final = regex.compile(r"\s*+,", _F)
    #: a preposition of time or place right after a past form: "(an invitation) extended
    #: at the summit", "(a zone) launched in 2008": a participle, no verb with an object
    participle_place_after: Final = regex.compile(
        r"\s++(?:at|in|by|during|last|earlier|since|under)(?![\p{L}])", _F
    )
    #: a coordinating word right before a cue: ", and expressed"
    coordination_end: Final = regex.compile(
        r"(?:[,;]\s*+|\s++)(?:and|while|but|as well as)\s++(?:(?:also|further|then)\s++)?\Z|;\s*+\Z",
        _F,
    )
    #: what a match of ``coordination_end`` ends with, trailing space aside
    coordination_end_ends: Final = (
        "and",
        "while",
        "but",
        "as well as",
        "also",
        "further",
        "then",
        ";",
    )
    #: a word before a noun phrase that makes it an object, not a subject
    subject_blocked: Final = regex.compile(
        r"(?<![\p{L}])(?:of|by|to|with|for|from|on|in|at|about|that|whom|which|between|among|than|as|"
        r"if|whether|because|since|when|after|before|until|the)\s++\Z|['\u2019]s?\s++\Z",
        _F | regex.IGNORECASE,
    )
    #: a relative pronoun: the noun phrase after it is its clause's subject
    relative_pronoun: Final = regex.compile(r"which|that|whom", regex.IGNORECASE)
    #: what a match of ``subject_blocked`` ends with, in lower case and trailing space aside
    subject_blocked_ends: Final = (
        "of", "by", "to", "with", "for", "from", "on", "in", "at", "about", "that", "whom",
        "which", "between", "among", "than", "as", "if", "whether", "because", "since", "when",
        "after", "before", "until", "the",
        "'", "\u2019", "'s", "\u2019s",
    )  # fmt: skip
    #: capitalised words (a title, a demonym) at the end of a stretch of text
    trailing_caps: Final = regex.compile(
        r"(?:(?:\p{Lu}[\p{L}\-.'\u2019]*+|of|the|for|and)\s++){0,10}\p{Lu}[\p{L}\-.'\u2019]*+\s++\Z",
        _F,
    )
    #: the last character no match of ``trailing_caps`` holds (searched backwards): one
    #: that is not a letter, "-", ".", an apostrophe or space
    not_in_trailing_caps: Final = regex.compile(r"(?r)[^\p{L}\-.'\u2019\s]", _F)
    #: the verb after a sentence's subject: a present-tense view ("agrees", "is", "believes")
    #: or narration in the past or future ("arrived", "will meet")
    view_verb: Final = regex.compile(
        r"(?:(?:also|further|still|fully|strongly|highly|firmly|always)\s++)?"
        r"(?:(?P<present>(?:(?:is|are)(?!\s++\p{L}*ing(?![\p{L}]))|has|remains|agrees|believes|hopes|supports|welcomes|appreciates|"
        r"values|thanks|sees|regards|considers|wishes|expects|looks|shares|attaches|stands|"
        r"opposes|respects|understands|recognizes|recognises|acknowledges|calls|urges|"
        r"(?:was|were)\s++(?:(?:very|deeply|particularly)\s++)?(?:encouraged|pleased|"
        r"delighted|concerned|satisfied|grateful|glad|heartened))(?![\p{L}]))"
        r"|(?:arrived|left|departed|made|met|attended|visited|will|was|were|traveled|travelled|"
        r"accompanied|had|held|received)(?![\p{L}]))",
        _F,
    )
    #: an article or possessive right before a word: it is an adjective ("a shared stake")
    before_adjective: Final = regex.compile(
        r"(?<![\p{L}])(?:a|an|the|their|our|its|his|her|your|my)\s++\Z", _F
    )
    #: ", leading a delegation of ..., ", ", who took office in 2013, ": a participle's or
    #: relative clause's aside after a subject, to its closing comma and the space after it
    participle_aside: Final = regex.compile(
        r", (?:\p{Ll}++(?<=ing|ed)|who|whose) [^,;.\n]{1,150}+, ", _F
    )
    #: a verb in the past (or "will", of a programme) after a participant ("(Lavrov)
    #: brought a gift", "(The Crown Prince) later toured ...", "(Muscat) will also travel
    #: to"): what the publisher tells of them; group "future", the programme
    past_verb: Final = regex.compile(
        r"(?:(?:also|later|then|further|subsequently|afterwards|briefly)\s++)?"
        r"(?:(?P<future>will\s++(?:also\s++)?(?:travel|visit|fly|leave|depart|attend|tour|go|"
        r"stay|head))|"
        r"\p{Ll}++(?<=ed)|brought|gave|made|met|took|sent|held|led|left|went|paid|saw|"
        r"laid|sat|stood|shook|bought|began|flew|drove|came|got|kept|put|set|spent|wore|"
        r"cut|rode|read|heard|found|lent|won|chose|broke|drew|threw|hung|lit|said|told|spoke|"
        r"wrote)(?![\p{L}\-])",
        _F,
    )
    #: before a noun cue: "a common (commitment to)", "shares values and a (commitment
    #: to)": a value the sides hold, no undertaking
    shared_value_before: Final = regex.compile(
        r"(?<![\p{L}])(?:an?\s++(?:common|shared|mutual)\s++|(?:share|shares|shared|sharing)"
        r"\s++[^.;,]{0,40}?(?<![\p{L}])and\s++an?\s++)\Z",
        _F,
    )
    #: '," said Chen Xin', ', says Ana Lund': a postposed attribution to a named speaker
    said_other: Final = regex.compile(
        r"[,\"\u201d]\s*+(?:said|says|added|noted|told\s++\p{Ll}++)\s++"
        r"(?P<who>\p{Lu}\p{Ll}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,3})|"
        # "Prime Minister Anwar Ibrahim has repeatedly said that": a named subject
        r"(?P<who>\p{Lu}\p{Ll}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){1,3})\s++(?:(?:has|had)\s++)?"
        r"(?:\p{Ll}++(?<=ly)\s++)?(?:said|says|stated|told|noted)(?![\p{L}])",
        _F,
    )
    #: "(act on) what the two presidents (agreed)": a free relative, its verb no report
    what_clause_before: Final = regex.compile(
        # ("what Presidents X and Y have (agreed)", not "what ties have achieved and
        # (pledged)": the free relative's own verb ends it)
        r"(?<![\p{L}])what\s++(?:the\s++)?(?:(?!\p{Ll}++(?<=ed)\s)[\p{L}\-']++\s++){0,5}\Z",
        _F,
    )
    #: "(Mr. Popescu) is Moldova's Deputy Prime Minister", "(Ruiz) is a former judge":
    #: who the person is, told by the publisher
    copula_noun: Final = regex.compile(
        r"(?:is|was)\s++(?:also\s++)?(?:a|an|the|this\s++year['\u2019]s|"
        r"\p{Lu}[\p{L}\-]*+['\u2019]s)\s",
        _F,
    )
    #: "(Xi and Trong) then watched ...": what the subject did next, told by the publisher
    then_narration: Final = regex.compile(
        r"(?:then|later|afterwards|subsequently)[ \t]++\p{Ll}++(?<=ed)(?![\p{L}])", _F
    )
    #: a verb in the present tense, third person (an adverb before it allowed): "(The EU)
    #: commends", "(Chile) also expresses"
    present_verb: Final = regex.compile(
        r"(?:(?:also|further|again|fully|strongly)[ \t]++)?\p{Ll}{2,}+(?<=s)(?![\p{L}'\u2019])", _F
    )
    #: an auxiliary (and an adverb) right before a cue: "should (all) (agree to)", "to"
    auxiliary_before: Final = regex.compile(
        r"(?<![\p{L}])(?:should|must|could|would|might|may|can|cannot|to|not|n't)"
        r"(?:[ \t]++\p{Ll}++(?<=all|both|also|ly))?[ \t]++\Z",
        _F,
    )
    #: what a side's own undertaking starts with: "will", "intends to", "is ready to"
    side_undertaking: Final = regex.compile(
        r"(?:(?:also|further|fully|firmly|always|stands)\s++)?(?:will|shall|intends|plans|pledges|reaffirms|reiterates|"
        r"is (?:ready|willing|prepared|determined|committed)|remains committed|stands ready)(?![\p{L}])",
        _F,
    )
    #: what after a reporting verb shows it reports nothing: "(since he) took up his post",
    #: "(China has) sent vaccines to Ethiopia" (only a message, greetings ... are sent words)
    not_reported_after: Final = regex.compile(
        r"(?<=(?:took|taking|takes|take) up)\s++(?:his|her|its|their|the)\s++"
        r"(?:(?:current|new|[\p{L}]++-year|non-permanent|rotating)\s++){0,2}"
        r"(?:post|portfolio|seat|office|duties|position|role|appointment|assignment)(?![\p{L}])|"
        r"(?<=(?:sent|sending|sends|send))(?!\s++(?:[\p{L}\-'\u2019]++\s++){0,4}?(?:messages?|letters?|"
        r"greetings|congratulations|condolences|regards|wishes|invitations?|notes?|cables?|"
        r"telegrams?|word|felicitations|sympath(?:y|ies)|invites?)(?![\p{L}]))",
        _F,
    )
    #: the first words of the verbs ``not_reported_after`` is about (tried only after them)
    not_reported_firsts: Final = frozenset(
        {"took", "taking", "takes", "take", "sent", "sending", "sends", "send"}
    )
    #: narration that may sit anywhere in a sentence ("were present", "is scheduled to")
    narration_anywhere: Final = regex.compile(
        r"(?<![\p{L}])(?:(?:were|was) (?:also )?present|(?:is|are) (?:also |then |further |later )?scheduled to|"
        # "the first meeting is planned to take place in May", "X took the oath of office
        # on Wednesday", "he is due to be sworn in": the programme and the background
        r"(?:is|are|was|were) (?:also )?planned (?:to|for)(?![\p{L}])|"
        r"(?:took|takes|take) (?:the|his|her) oath(?: of office)?|(?:was|were|be|been) sworn in|"
        r"arrived in|"
        # "During his stay, X will also be received by President Y": the programme
        r"will (?:also |later |then )?be received by|"
        # "A and B talked by phone this afternoon": the engagement told again
        r"(?:talked|spoke) (?:by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone)"
        # (not "... spoke by phone this afternoon about X": a topic)
        r"(?![^.;\n]*?(?<![\p{L}])(?:about|discuss|regarding|concerning|on(?=\s++\p{Ll}))(?![\p{L}]))|"
        r"(?:is|are) set to (?:attend|visit|travel|meet|hold)|(?:were|was) (?:later |then )?joined by|"
        # "X is due to call on Y later", "The visit runs from April 1-3": the programme
        r"(?:is|are) (?:also )?due to (?:call on|meet|see|receive|host|visit|travel|hold|attend|arrive|leave|"
        r"depart|sign|pay|be received|be hosted)|"
        # ("X's official visit to China, at Y's invitation, runs from ...", "The visit,
        # which began on June 19, lasts six days")
        r"(?:visit|trip|stay|tour)(?: to \p{Lu}[\p{L}\-]*+(?: \p{Lu}[\p{L}\-]*+){0,3})?"
        r"(?:,?+ which began [^,.;\n]{1,30}? and|,[^,.;\n]{1,60}+,)? "
        r"(?:runs|lasts|will run|will last) (?:from|until|through|till|(?:[\p{L}\-]++ )?days)|"
        # "The messages were handed over to X by Y": how a letter travelled
        r"(?:was|were) handed (?:over )?to|"
        # "Messages were also traded between A and B": a further exchange, told
        + r"(?i:"
        + _EXCHANGED_WRITINGS
        + r") (?:were|was) (?:also |likewise |similarly )?(?:traded|exchanged|sent|swapped)"
        r"(?: (?:on )?(?:the same day|that day|the same evening|on the occasion|today|yesterday))?"
        r" between|"
        # "X joined the Minister on the call": who else was there
        r"joined (?:the |him |her )(?:[\p{L}\-]++ ){0,3}?(?:on|in|for) (?:the|this) (?:call|"
        r"phone call|video call|meeting|talks|conversation)|"
        # "These exchanges precede the President's trip to X": the programme
        r"(?:exchanges?|talks|call|conversation|meeting|visit) (?:precedes?|comes? ahead of)|"
        # "Present alongside the Prime Minister were X and Y": who else was there
        r"(?:Present|present) (?:alongside|with|beside) [^,.;]{1,60}? (?:was|were)|"
        # "Dates for the visit are to be fixed through diplomatic channels": the programme
        r"(?:is|are) to be (?:fixed|finalised|finalized|decided|worked out|determined|agreed)|"
        # "Joining the President were Secretary X and ...": who else was there
        r"(?:Joining|Accompanying) (?:the |him |her |them )[^,.;]{0,40}?(?:was|were)|"
        # "The Kazakh delegation included X and Y": who came along
        r"delegation (?:also )?(?:included|comprised|consisted of|was made up of)|"
        # "The Ukrainian side was also represented by X": who came along
        r"(?:was|were) (?:also )?represented by|"
        # "The delegation will travel to X before leaving": the programme
        r"delegation (?:will|is to) (?:also |then |later )?(?:travel|visit|tour|leave|depart|fly)|"
        # "..., attended by X", "X also attended, as did Y"
        r"(?<=,) attended by|also attended,|"
        # "Also on the line with the Secretary-General was X": who else was there
        r"(?:[Aa]lso )?on the line with [^,.;]{1,60}? (?:was|were)(?![\p{L}])|"
        # "X, who arrived on Monday, is staying in China until Thursday": the programme
        r"(?:is|are) staying in(?= \p{Lu})|"
        # "Prince Faisal is visiting China from 9 to 14 January", "Kang will attend the ...
        # meeting": the programme
        r"(?:is|are) (?:currently )?visiting \p{Lu}[\p{L}\-]*+(?: \p{Lu}[\p{L}\-]*+){0,3} "
        r"(?:from|until|till|through)|will (?:also )?attend (?:the|a|an)|"
        # "X has held several rounds of consultations with Y": background
        r"(?:has|have|had) held (?:several|a number of|numerous|many|two|three|four|multiple) "
        r"(?:rounds of )?(?:talks|consultations|meetings|calls|phone calls)|"
        r"(?:watched|witnessed) (?:as|(?:their |the )?(?:[\p{L}\-]++ )?(?:officials|ministers|"
        r"ministries|aides|delegations)|the (?:signing|exchange))|(?:ministers|officials|delegations) (?:then |later |also )?signed|"
        # "The two sides also signed a memorandum on ...", "later attended the signing of"
        r"(?:sides|leaders|ministers) (?:then |later |also )?signed (?:an? |two |three |several )?"
        r"(?:memorand(?:um|a)|agreements?|MoUs?|documents|accords?|deals?)|"
        r"attended the signing of|"
        # "Ahead of the talks, the two attended a reception ...", "X also attended the
        # meeting": who was where
        r"attended (?:the|a|an) (?:[\p{L}\-]++ ){0,2}?(?:meeting|talks|reception|banquet|dinner|"
        r"luncheon|ceremony|session|event|call)(?![\p{L}])|"
        r"[Rr]espectfully announced|"
        r"did not (?:immediately )?respond|(?:is|are) (?:also )?expected to (?:travel|visit|meet|see|speak|talk|hold|call on|pay|attend|sign|arrive|leave|depart|address|brief|report to|update|receive|host|welcome|bring together|draw|gather)|"
        # "The next round is expected to take place in May" (not "..., which is expected to
        # take place in May", a clause inside what was said)
        r"(?<!which )(?:is|are) (?:also )?expected to (?:take place|be held)|"
        # "X is expected in Ottawa this spring", "The ministerial is to be held in Punta del
        # Este": the programme
        r"(?<!which )(?:is|are) (?:also )?expected in \p{Lu}[\p{L}\-]*+|"
        r"(?<!which )(?:is|are) (?:also )?to be held (?:in|on|at|from)(?![\p{L}])|"
        # "Vietnam and Mexico established diplomatic relations on May 19, 1975": background
        # ("... established diplomatic relations in December 1971", "cut ties in 1980")
        # ("... four decades of cooperation since A and B set up ties in 1971": a time,
        # inside what the sentence reports)
        r"(?<!since (?:[\p{L}\-]++ ){0,5})"
        r"(?:established|set up|cut|severed|broke off|restored|resumed) (?:diplomatic )?"
        r"(?:relations|ties) (?:with [^,.;]{1,60}? )?"
        r"(?:in|on) (?:\p{Lu}\p{Ll}++ (?:\d{1,2}, )?)?\d{4}(?![\p{N}])|"
        # "according to X" names a source; "according to its needs" a measure
        # (and "according to what the Kyrgyz side needs": a measure too)
        r"according to(?! (?:what|whatever|how)(?![\p{L}]))"
        r"(?! (?:(?:its|their|his|her|our|the|each side's) )?(?:own )?(?:needs?|"
        r"wishes|requirements|priorities|plans?|schedule|timetable|laws?|international law|"
        r"principles?|situation|capacity|capacities|agreement|" + _OWN_DOCUMENT + r")(?![\p{L}]))|"
        # "..., according to the document": the participants' joint text itself
        r"(?:also )?(?:sat|listened) in on|(?:also )?accompanied|"
        # "Also attending was Vice Foreign Minister X"
        r"(?<![\p{L}])(?:Also|Likewise) (?:attending|present) (?:was|were)(?![\p{L}])|(?:issued|released|made) the following|"
        r"(?:held|gave|addressed) a (?:joint )?(?:press|news) (?:conference|briefing)|"
        r"will (?:also )?(?:call on|pay a courtesy call on|travel on to|depart for|leave for)|"
        r"(?:co-)?(?:host(?:ed|s)|held|gave) a (?:working )?(?:luncheon|lunch|dinner|banquet|reception)|"
        r"(?:were|was) (?:also )?among (?:those|the (?:[\p{L}\-]++ ){0,3}?(?:officials|guests|dignitaries|"
        r"delegates|members)) (?:present|attending|in attendance)|"
        r"will (?:also )?(?:host|receive|call on) (?:Minister|Deputy|Prime|President|Vice|"
        r"Foreign|Secretary|State|Chancellor|the visiting|Mr|Ms|Mrs|Dr|His|Her)|"
        r"looked on as|(?:were|was) (?:then |also )?signed|"
        # "The reception was attended by X", "the two PMs witnessed the exchange of ..."
        r"(?:was|were) (?:also )?attended by|witnessed the (?:exchange|handover) of|"
        # "Prince Faisal later met President Raisi": a further engagement of the visit
        r"(?:later|then|subsequently) (?:also )?(?:met|called on|visited|received|hosted|"
        r"held (?:talks|a (?:bilateral |separate |brief )?meeting) with)|"
        # "Minister X also held a bilateral meeting with Y": another engagement of the visit
        r"also held (?:a |an )?(?:bilateral |separate |brief )?(?:meeting|talks) with|"
        # "The Foreign Secretary plans a trip to South America in the autumn": the
        # programme, told
        r"plans? (?:a |an )?(?:[\p{L}\-]++ )?(?:trip|visit|tour) to|"
        # "X is among the leaders of 48 African countries gathering in Beijing for the
        # Forum": why they are there
        r"(?:is|are|was|were) (?:also )?among the (?:[\p{L}\-\d]++ ){0,6}?(?:gathering|"
        r"attending|taking part|arriving|assembled)(?![\p{L}])|"
        # "Since the US withdrawal, Zarif has held phone conversations with a number of
        # European ministers": background, told in the perfect
        r"(?:has|have) (?:since |already |recently |also )?held (?:[\p{L}\-]++ ){0,2}?"
        r"(?:conversations|talks|calls|meetings|consultations) with|"
        # "President X also received Minister Y during his stay in Ankara": another
        # engagement of the visit
        r"also (?:received|met|hosted) (?:[\p{L}\-.]++ ){1,6}?during (?:his|her|their|the) "
        r"(?:stay|visit|trip)|"
        # "President Petro has since replied.": the reply, told (what it said comes later)
        r"(?:has|have|had) (?:since |already |now )?(?:replied|responded)\s*+[.;]?\s*+\Z|"
        # "The three heads of state last met in person in Ankara in 2019": background
        r"(?:last|previously|first) met (?:in person |face to face |face-to-face )?"
        r"(?:in|at|on|during|in person\b)|"
        r"(?:later |then |also )?signed (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
        r"several|a number of|a series of) (?:[\p{L}\-]++ ){0,2}?(?:memoranda|agreements|"
        r"documents|MoUs|deals|accords)|(?:press|news) conference was held|witnessed the signing|(?:is|are) (?:currently |now )?in \p{Lu}\p{L}*+|"
        r"(?:is|are) (?:currently |now )?on (?:a|an|the|his|her|their) (?:[\p{L}\-]++ ){0,3}?visit|"
        # "Both Presidents are in the city for the general debate": why they are there
        r"(?:is|are) (?:currently |now )?in the (?:city|capital|country) (?:for|to)|"
        # "both Prime Ministers attended the handover of two documents, on X and Y"
        r"attended the (?:handover|exchange|signing) of|"
        r"(?:also )?attended(?: the (?:[\p{L}\-]++ ){0,2}?(?:meeting|talks|call|session|event|"
        r"conversation|ceremony|reception|dinner|banquet|luncheon|lunch|breakfast|summit|conference|"
        r"initialling|initialing|signing|celebrations?|festivities|inauguration|funeral|parade|"
        r"commemorations?|ceremonies|events|videoconference)(?: (?:that|which) (?:followed|preceded)"
        r"(?: the (?:talks|meeting|call))?)?)?(?: (?:in|at|from|via) (?:[\p{L}\-]++ ){0,6}?[\p{L}\-]++)?"
        # (an agency's sign-off may close the sentence: "... attended the talks.-VNA")
        r"\s*+[.;]?(?:[ \t]*+[-\u2013\u2014][ \t]*+\p{Lu}{2,6})?\s*+\Z|(?:were|was) (?:also )?in attendance|"
        r"met (?:first )?(?:in private|one-on-one|tête-à-tête)|"
        # "The presidents talked privately before ...", "then made statements for the press"
        r"(?:talked|spoke) (?:privately|in private|one-on-one)|made (?:joint )?(?:statements|remarks) "
        r"(?:for|to) the (?:press|media)|"
        # "Also on the call with the President were ...": who else was there
        r"(?:Also|also) (?:on the call|in the meeting|at the meeting|present|attending)(?: with "
        r"[^,.]{1,40})? were|"
        # "The negotiations were led on the EU side by X", "the text will now undergo legal
        # revision": how the talks and the document went
        r"(?:negotiations|talks|consultations) were (?:led|conducted|chaired)|"
        r"will (?:now )?undergo|"
        # "X later briefed the media on the outcomes": a press briefing after the talks
        r"(?:briefed|addressed) (?:the )?" + _PRESS + "|"
        r"(?:in|into) (?:a |an )?(?:narrow|restricted|expanded|extended|enlarged|broader) (?:format|circle|composition)|"
        # "A group of ministers is due in London for talks later this year": the programme
        r"(?:is|are) (?:also )?due (?:in|at|to visit|to travel|to arrive)(?![\p{L}])|"
        # "Minister X's programme also includes a call on ...", "MFA officials are
        # accompanying him": the visit's programme and party
        r"(?:programme|program|itinerary|schedule)(?: in \p{Lu}[\p{L}\-]*+| here| there)? "
        r"(?:also )?(?:includes?|included)|"
        # "X's programme in Islamabad will also include a meeting with ..."
        r"(?:programme|program|itinerary|schedule)(?: in \p{Lu}[\p{L}\-]*+| here| there)? "
        r"will (?:also )?include|"
        r"(?:is|are|were|was) (?:also )?accompanying(?![\p{L}])|"
        # "The two leaders held restricted and delegation level discussions.": the format,
        # no topic
        r"held (?:" + "|".join(_FORMAT_ADJECTIVES) + r")"
        r"(?: (?:restricted|delegation[ \-]level|and|bilateral))*+ "
        r"(?:talks|discussions|consultations|meetings)\s*+[.;]?\s*+\Z|"
        r"(?:also )?joined (?:the|this) (?:meeting|talks|call|phone call|video call|"
        r"conversation|discussion|session)\s*+[.;]?\s*+\Z)(?![\p{L}])",
        _F,
    )
    #: "paid tribute to late President X at his mausoleum": a ceremony, not words
    ceremony: Final = regex.compile(
        r"(?:tribute|homage|respects) to [^.;\n]{1,80}? at (?:his|her|their|the) "
        r"(?:[\p{L}\-]++ ){0,2}?(?:mausoleum|memorial|monument|grave|tomb|cemetery|shrine)"
        r"(?![\p{L}])",
        _F,
    )
    #: words every match of ``narration_anywhere`` contains
    narration_anywhere_words: Final = (
        "present",
        "on the line",
        "staying in",
        "last met ",
        "Joining ",
        "resent ",
        "to be fixed",
        "to be final",
        "to be decided",
        "to be worked",
        "to be determined",
        "to be agreed",
        "joined ",
        "precede",
        "ahead of",
        "Accompanying ",
        " between",
        "replied",
        "previously met ",
        "first met ",
        "established ",
        "later ",
        "then met",
        "then called",
        "then visited",
        "then received",
        "then hosted",
        "then held",
        "subsequently ",
        "also held",
        " among the ",
        "plan",
        "has held",
        "have held",
        "also received",
        "also met",
        "also hosted",
        "scheduled to",
        "planned ",
        " oath",
        "sworn in",
        "set to",
        "joined by",
        "joined th",
        " in private",
        "one-on-one",
        "tête-à-tête",
        " format",
        " circle",
        " composition",
        "espectfully announced",
        "arrived in",
        "be received by",
        " phone",
        " telephone",
        "respond",
        "expected to",
        "according to",
        "attended",
        "attending",
        "due to",
        "delegation",
        "is visiting",
        "in the city",
        "in the capital",
        "in the country",
        "are visiting",
        "currently visiting",
        "will attend",
        "will also attend",
        " runs ",
        " lasts ",
        "will run ",
        "will last ",
        "handed",
        "as held ",
        "ve held ",
        "ad held ",
        *(f"held {a}" for a in _FORMAT_ADJECTIVES),
        "watched ",
        "witnessed ",
        "signing of",
        "lso attending",
        "programme",
        " due ",
        "program ",
        "itinerary",
        " accompanying",
        "s were led",
        "s were conducted",
        "s were chaired",
        "undergo",
        "s signed",
        "s then signed",
        "s later signed",
        "s also signed",
        "expected in ",
        "to be held ",
        "set up ",
        "cut ",
        "severed ",
        "broke off ",
        "restored ",
        "resumed ",
        "sat in on",
        "listened in on",
        "attendance",
        "accompanied",
        "the following",
        "hosted a",
        "a reception",
        "a banquet",
        "a dinner",
        "a lunch",
        "a working",
        "will host",
        "will also host",
        "will receive",
        "will also receive",
        "looked on",
        "signed",
        "signing",
        "witnessed the",
        "call on",
        "courtesy call",
        "travel on",
        "depart for",
        "leave for",
        "s conference",
        "s briefing",
        "briefed ",
        "addressed ",
        "talked ",
        "privately",
        "statements ",
        "remarks ",
        "lso on the",
        "lso in the",
        "lso at the",
        "is in ",
        "are in ",
        "visit",
    )
    #: sentences in the publisher's own voice, which end a run of continued speech
    narration: Final = regex.compile(
        r"\s*+(?:The (?:meeting|call|talks|conversation|visit|event|conference|phone call|"
        r"telephone conversation|video call|exchange)|During (?:the|his|her) visit|Following the|After the|"
        r"Earlier|Later|On the same day|On (?:the|this) occasion,|Separately|Meanwhile|"
        r"(?:A|One) (?:day|week) (?:earlier|before|later),|The (?:day|week) before,|"
        r"Subsequently|Afterwards?|"
        # "In January, A and B met in Riyadh": an earlier meeting, told as background
        r"(?:In (?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)(?: \d{4})?|In \d{4}|Last (?:year|month|week)),"
        r"[^.;:]{1,80}?(?<![\p{L}])(?:met|held talks|last met)(?![\p{L}])|"
        r"Prior to|Before the|This (?:was|is) the|It (?:was|is) the|"
        # "It is X's first trip to China as prime minister": background
        r"(?:It|This) (?:was|is) (?:(?:his|her|their)|\p{Lu}[\p{L}\-]*+['\u2019]s) "
        r"(?:first|second|third|fourth|fifth|maiden|latest)(?![\p{L}])|[(*]|" + _ATTENDANCE + "|"
        r"(?:Begin|End) (?:of )?[Tt]ext|"
        r"Participating|Accompanying|(?:Also )?[Ss]itting in(?: on)?|The foregoing|END|Enditem|Issued by|Released by|Posted by|"
        r"Source:|Photo|Signed|(?:His|Her) guest|The summary|The following|Full text|"
        # "Key points of the conversation are below", "An overview is given below"
        r"(?:The )?(?:[Kk]ey|[Mm]ain) points|An overview|A summary|Highlights|"
        # "The International Development Secretary, Justine Greening, will co-host ...": an
        # office and its holder's name, set off by commas, then the programme
        r"The(?:[ \t]++(?:\p{Lu}[\p{L}\-'\u2019]*+|of|the|for|and)){1,7},[ \t]++(?:\p{Lu}[\p{L}\-'\u2019.]*+[ \t]++){1,3}?"
        r"\p{Lu}[\p{L}\-'\u2019]*+,[ \t]++will(?![\p{L}])|"
        # "Vijay Nambiar, the Special Adviser on Myanmar, will travel ...": someone else,
        # named and introduced (a participant's own sentence is read before this)
        r"(?:\p{Lu}[\p{L}\-'\u2019]*+[ \t]++){1,3}\p{Lu}[\p{L}\-'\u2019]*+,[ \t]++(?:the|an?)[ \t]++\p{Lu}|"
        # "Iceland, a Nordic island nation of ...", "Diaz-Canel, 57, was chosen ...", "X,
        # who took office in 2013, ...": a country or person introduced, the agency's
        # background
        r"(?:\p{Lu}[\p{L}\-'\u2019]*+[ \t]++){0,3}\p{Lu}[\p{L}\-'\u2019]*+,[ \t]++(?:\d{1,3},|"
        r"(?:a|an|the)[ \t]++(?:[\p{L}\-]++[ \t]++){0,3}?(?:nation|country|island|kingdom|"
        r"republic|city|capital|archipelago)(?![\p{L}])|"
        r"who[ \t]++(?:took[ \t]++office|became|assumed[ \t]++office|was[ \t]++(?:elected|chosen|sworn))))",
        _F,
    )

    #: "The message reads, in part:": the quoted words that follow are the sender's; group
    #: "who", when the frame names the sender ("The message from X reads, in part:")
    document_frame: Final = regex.compile(
        r"\s*+(?:(?:The|This|His|Her|Their|In (?:the|his|her|their))|"
        # "The Russian President's message reads, in particular:"
        r"(?P<who>(?:The |the )?\p{Lu}[^.:,]{1,60}?)['\u2019]s) (?:message|letter|cable|telegram|note)s?"
        r"(?:\s++(?:from|of|by)\s++(?P<who>[^.:,]{1,80}?)|(?:\s++\p{L}++){0,3}?)"
        r"\s++(?:reads?|says|said|states|stated)(?:,? in (?:part|particular))?\s*+:\s*+",
        _F,
    )

    #: "The full text of Prime Minister Lee's letter is below.": what follows is the
    #: writer's, to the end; group "who" names the writer
    full_text_frame: Final = regex.compile(
        r"\s*+(?:The\s++)?(?:full\s++)?text\s++of\s++(?P<who>[^.:]{1,80}?)['\u2019]s?\s++"
        r"(?:letter|message|cable|note)s?\s++(?:is|are|follows?)(?:\s++(?:below|as follows))?"
        r"\s*+[.:]?\s*+",
        _F,
    )
    #: a letter's salutation or closing line: "Dear Prime Minister Anwar,", "Yours sincerely,"
    letter_form: Final = regex.compile(
        r"\s*+(?:Dear\s|Yours\s|With\s(?:best|warm|kind)|Sincerely|Respectfully)", _F
    )

    #: what a line, not a topic, is after "talked over": "(talked over) the phone"
    over_a_line: Final = regex.compile(
        r"[ \t]++(?:the[ \t]++)?(?:phone|telephone|video|videolink|internet)(?![\p{L}])", _F
    )
    #: "keep <someone> " right before a cue: the cue is a complement ("keep the UN informed";
    #: not "keeping dialogue open and expressed ...", where "and" starts a new verb)
    keep_before: Final = regex.compile(
        r"(?<![\p{L}])(?:keep|keeps|kept|keeping)\s++(?:(?!(?:and|or|but)\s)[\p{L}.\-]++\s++){1,5}\Z",
        _F,
    )
    #: an auxiliary of the perfect right before a cue ("have supported")
    perfect_before: Final = regex.compile(
        r"(?<![\p{L}])(?:have|has)\s++(?:(?:always|long|also|already|consistently)\s++)?\Z", _F
    )
    #: "had (told)", "has repeatedly (said)": a report of an earlier occasion (not a bare
    #: "has": "The Prime Minister has told President X" reports this one)
    earlier_report_before: Final = regex.compile(
        r"(?<![\p{L}])(?:had\s++|(?:has|have)\s++(?:repeatedly|often|long|previously|"
        r"consistently|publicly|frequently|always)\s++)\Z",
        _F,
    )
    #: "in his address to the UN General Assembly": words said on another occasion
    other_occasion: Final = regex.compile(
        r"(?<![\p{L}])(?:in|during)[ \t]++(?:his|her|a|an)[ \t]++(?:[\p{L}'\u2019-]++[ \t]++){0,2}?"
        r"(?:address|speech|lecture|article|interview|op-ed)[ \t]++(?:to|at|before|in|on|with)(?![\p{L}])",
        _F,
    )
    #: "have trusted and " right before a cue: a perfect's first verb, then "and"
    perfect_pair_before: Final = regex.compile(
        # ("have backed each other and offered": an object of a few words between; not
        # "(spoke highly of) what the ties have achieved and (pledged)", a free relative)
        r"(?<![\p{L}])(?<!(?<![\p{L}])what\s++(?:[\p{L}\-]++\s++){0,3})"
        r"(?:have|has|had)\s++(?:(?:also|always|jointly)\s++)?\p{Ll}++"
        r"(?:\s++\p{Ll}++){0,4}?\s++and\s++\Z",
        _F,
    )
    #: a short capitalised word right before a name, maybe abbreviated ("Ms ", "Mr. "):
    #: an honorific if ``words.GENDER_HONORIFICS`` lists it
    gender_honorific: Final = regex.compile(r"(?<![\p{L}])(?P<h>\p{Lu}\p{Ll}{1,5})\.?[ \t]++\Z", _F)
    #: right after a participant's name, a past verb and the possessive that shows the
    #: name's gender: "(Ruiz) outlined her plans", "(Berg) also set out his view"; not a
    #: verb that takes a person and a thing ("wished her success"), nor an object
    #: pronoun ("thanked her for", "briefed her on", "thanked her warmly")
    possessive_after_name: Final = regex.compile(
        r"[ \t]++(?:also[ \t]++|further[ \t]++)?(?!(?:wished|gave|sent|offered|handed|told|"
        r"assured|showed|promised|granted|awarded|paid|lent|brought|asked|owed|"
        r"reminded|informed)[ \t])(?:\p{Ll}++(?<=ed)|set|put|laid|made|took|held|spelt|spelled)"
        r"(?:[ \t]++(?:out|forth|up|down))?[ \t]++(?P<p>his|her)[ \t]++(?!(?:for|on|about|that|of|in|with|to|and|over|upon|"
        r"again|as|at|a|an|the|every|all|success|well|luck)(?![\p{L}]))(?!\p{Ll}++ly(?![\p{L}]))"
        r"\p{Ll}",
        _F,
    )
    #: an object pronoun right after a cue, then what can follow an object: "thanked her
    #: for", "told him that", "briefed her on"
    object_pronoun: Final = regex.compile(
        r"[ \t]++(?P<p>him|her)(?=[ \t]*+(?:[,.;]|(?:for|on|about|that|of|in|with|to|and|"
        r"over|upon|again)(?![\p{L}])))",
        _F,
    )
    #: the person addressed and "that" after "told" or "assured": "(told) the visiting
    #: minister that", "(assured) Berg that"; up to six words, no punctuation between
    addressee_that: Final = regex.compile(
        r"[ \t]++(?:[\p{L}\p{M}'\u2019\-]++[ \t]++){1,6}?that[ \t]++", _F
    )
    #: an adverbial between a speech verb and "that": "(said) in his message that", "(said)
    #: on Monday that": what was said starts after "that"
    adverbial_that: Final = regex.compile(
        r"[ \t]++(?:" + "|".join(w.strip() for w in ADVERBIAL_OPENERS) + r")[ \t]++"
        r"(?:[\p{L}\p{M}\d'\u2019\-]++[ \t]++){1,5}?that[ \t]++",
        _F,
    )
    #: ', "' after an attribution: the quotation resumes ('"...," he said, "but ...'),
    #: a leading conjunction no part of what was said
    quote_resumes: Final = regex.compile(
        r"[ \t]*+,[ \t]*+(?P<q>[\"\u201c])(?:(?:and|but)[ \t]++)?", _F
    )
    #: ", and <Capitalised subject> <verb>" after an attribution: group "s" the subject
    and_capital_subject: Final = regex.compile(
        r"[ \t]*+,[ \t]*+(?:and|but)[ \t]++(?=(?P<s>\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+)"
        # ("..., he said, and the Chinese side will not ...": a side named by its adjective)
        r"{0,2}|the[ \t]++\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+)?[ \t]++(?:side|government))"
        r"[ \t]++\p{Ll})",
        _F,
    )
    #: after "..., he said": ", and " and a verb of the clause before it, not a new subject
    #: (", and stands ready to attend ..."; not ", and the two sides agreed ...")
    and_predicate: Final = regex.compile(
        # ("..., he said, but will never recognise ...")
        r"[ \t]*+,[ \t]*+(?:and|but)[ \t]++(?:also[ \t]++)?"
        r"(?!(?:the|a|an|this|that|these|those|it|its|they|their|we|our|he|his|she|her|i|both|each|neither)"
        r"(?![\p{L}]))(?=\p{Ll})",
        _F,
    )
    #: the end of a publisher's preamble to the text it gives: "(The statement issued ...)
    #: reads as follows:"
    preamble_end: Final = regex.compile(
        r"(?<![\p{L}])(?:reads?|is|are|was|were)\s++as\s++follows\s*+:\s*+\Z", _F
    )
    #: a sentence that introduces the readout: "X released this account of the call:",
    #: "... provided the following readout:" (its speaker is no participant)
    account_preamble: Final = regex.compile(
        r"(?<![\p{L}])(?:this|the following|the below|the)\s++(?:account|readout|summary|"
        r"description)(?:\s++of\s++[^:]{1,80}?)?\s*+:\s*+\Z",
        _F | regex.IGNORECASE,
    )
    #: a spokesperson's preamble to the account that follows: "Catherine Ashton's
    #: spokesperson issued the following statement today:"
    spokesperson_preamble: Final = regex.compile(
        r"(?<![\p{L}])spokes(?:person|man|woman)(?![\p{L}])[^:\n]{0,60}?(?:issued|released|made|"
        r"gave|delivered)\s++the\s++following\s++statement(?:\s++(?:today|yesterday))?\s*+:\s*+\Z",
        _F | regex.IGNORECASE,
    )
    #: a group noun and "of" before the sides it joins: "(the foreign ministers of) Iran
    #: and Qatar discussed", "(the leaders of) the two countries"
    group_of_before: Final = regex.compile(
        r"(?<![\p{L}])(?:[Tt]he\s++)?(?:two\s++)?(?i:(?:(?:foreign|defen[cs]e|trade|finance)\s++)?"
        r"(?:ministers|leaders|presidents|prime\s++ministers|heads\s++of\s++(?:state|government)|"
        r"top\s++diplomats|chief\s++diplomats))\s++of\s++(?:the\s++)?\Z",
        _F,
    )
    #: a sentence's opening participle clause up to its subject: "Appreciating Oman's
    #: role as a bridge, (Mr.) "
    participle_opening: Final = regex.compile(
        r"\s*+\p{Lu}\p{Ll}{1,20}?ing(?![\p{L}])[^.;:\n]{1,200}?,\s*+(?:(?:Mr|Ms|Mrs|Dr)\.?\s++)?",
        _F,
    )
    #: a sentence opening on the engagement told again: "Meeting with X, Xi said ...",
    #: "In his talks with X, ..."; X is whom the engagement was with
    engagement_opening: Final = regex.compile(
        r"\s*+(?:(?:Meeting|Talking|Speaking|Conversing)(?: by (?:tele)?phone)?"
        r"|Holding (?:talks|a meeting)|During (?:the|his|her|their) (?:meeting|talks)"
        r"|In (?:the|his|her) (?:meeting|talks|conversation))"
        r"[ \t]++with[ \t]++(?:the[ \t]++)?(?:visiting[ \t]++)?",
        _F,
    )
    #: a verb whose object is the engagement itself: "(who had) asked for the
    #: conversation", "requested the call"
    about_the_call: Final = regex.compile(
        r"\p{L}++\s++(?:for\s++)?(?:the|this|a)\s++(?:(?:phone|telephone|video)\s++)?"
        r"(?:call|conversation|meeting|talks|exchange|discussion)(?![\p{L}])",
        _F,
    )
    #: an engagement told again, right before the other participant's name: "(in a
    #: telephone) conversation with", "talks with"
    engagement_with_before: Final = regex.compile(rf"(?<![\p{{L}}]){_ENGAGEMENT_WITH}\Z", _F)
    #: "During the call, " opening a sentence: the engagement told again, its speaker next
    during_the_engagement: Final = regex.compile(
        r"\s*+(?:During|In|At|Over)\s++the\s++(?:phone\s++|telephone\s++|video\s++)?"
        r"(?:call|conversation|talks|meeting|exchange)\s*+,\s*+",
        _F,
    )
    #: "with" right after a topic verb: "(discussed) with him", "(reviewed) with the
    #: Prime Minister"
    with_after: Final = regex.compile(r"\s++with\s++(?=\p{L})", _F)
    #: a sentence opening with the engagement and another participant: "In a phone call
    #: with (Y), ", "During talks with (Y) in Beijing, "
    engagement_with_lead: Final = regex.compile(
        r"\s*+(?:In|During|At)\s++(?:(?:a|an|the|his|her|their)\s++)?(?:\p{L}++\s++){0,2}?"
        + _ENGAGEMENT_WITH
        + r"(?=[^,;.\n]{1,120}+,)",
        _F,
    )
    #: "(welcomed X in Brussels today) for talks held in the framework of ...": the
    #: engagement itself as the purpose, no topic
    for_the_engagement: Final = regex.compile(
        r"\s++for\s++(?:a\s++|an\s++|the\s++)?(?:[\p{L}\-]++\s++){0,2}?(?:talks|meeting|"
        r"discussions?|consultations|visit|dialogue)(?![\p{L}]).*+",
        _F,
    )
    #: the press alone as what a verb took ("(addressed) the press together"): no topic
    press_only: Final = regex.compile(
        r"(?:(?:the|a)\s++)?(?:joint\s++)?"
        + _PRESS
        # "(addressed) a joint press conference", "(briefed) the press corps"
        + r"(?:\s++(?:conference|briefing|corps|encounter|point))?"
        + r"(?:\s++(?:together|jointly|afterwards|later|briefly))?",
        _F,
    )
    #: a role noun in lower case after a side's word, before a name: "(Top Chinese)
    #: diplomat (Wang Yi)", "(Senior Iranian) official"; or after: "(Li Wen, China's) top
    #: diplomat"
    side_role_word: Final = regex.compile(
        _ROLE_RANK
        + r"(?:diplomat|envoy|official|negotiator|leader|lawmaker|legislator)(?![\p{L}])",
        _F,
    )
    #: a role noun in lower case ending right before a name, after a side: "Iran's top
    #: diplomat (Ali Rezaei)", "Top Chinese diplomat (Li Wen)"; no title in the lexicon's
    #: sense, but the name is a person and the side is theirs
    side_role_before: Final = regex.compile(
        r"(?<![\p{L}])" + _ROLE_RANK + r"(?:diplomat|negotiator)\s++\Z", _F
    )
    #: right before one who joins another's side and the engagement: "A, (together with)
    #: B, held ..."
    joining_before: Final = regex.compile(r"(?<![\p{L}])(?:together|along)\s++with\s++\Z", _F)
    #: right before one who only goes along, of the side of the one before: "A,
    #: (accompanied by) B, met C"
    accompanied_before: Final = regex.compile(r"(?<=,\s*+)accompanied\s++by\s++\Z", _F)
    #: right before a list of a side's people set off after a plural: "with (Kuwaiti
    #: leaders – )Emir X and PM Y", "(the Malian officials, )A and B"
    side_plural_before: Final = regex.compile(
        r"(?<![\p{L}])(?P<d>\p{Lu}[\p{L}\-]*+)\s++(?:leaders|officials|counterparts|ministers|"
        r"hosts|guests)\s*+(?:[\u2013\u2014:,]|\s-)\s*+\Z",
        _F,
    )
    #: after a name, an aside saying what the person heads: "(X), who heads (the Fund)"
    who_heads: Final = regex.compile(
        r",\s*+who\s++(?:currently\s++|now\s++)?(?:heads|leads|chairs|directs|runs)\s++"
        r"(?:the\s++)?(?:\p{Lu}[\p{L}]*+-based\s++)?",
        _F,
    )
    #: after an office, a verb it is the subject of: "(Ecuador's foreign minister)
    #: reaffirmed", not an apposition ("..., Iran's deputy foreign minister for Asia,")
    verb_after_office: Final = regex.compile(
        r"\s++(?!(?:of|for|on|in|at|to|and|with|who|which)(?![\p{L}]))\p{Ll}", _F
    )
    #: a capitalised word and a comma right before: "(Wang), China's foreign minister"
    word_before_comma: Final = regex.compile(r"(?<![\p{L}])(?P<w>\p{Lu}[\p{L}\-]*+),\s++\Z", _F)
    #: an aside that describes an event, right before a modal: "(the Summit), to be held
    #: in Seoul on June 4-5, (will)"
    event_aside_before: Final = regex.compile(
        r",\s*+(?:to\s++be\s++(?:held|hosted|convened)|to\s++take\s++place|due\s++to\s++"
        r"(?:be\s++held|take\s++place|open|start)|scheduled\s++(?:for|to))[^,;]*+,\s*+\Z",
        _F,
    )
    #: a verb in the present after a heading's office: "(Minister for Europe and Foreign
    #: Affairs) travels (to Angola)", "(Secretary) meets (X)", "calls on (PM)"; not a noun
    #: ("talks", "calls")
    heading_verb_after: Final = regex.compile(
        r"[ \t]++(?!(?:talks|calls(?![ \t]++on(?![\p{L}]))|meetings|visits)(?![\p{L}]))"
        r"\p{Ll}++(?<=[^s]s)(?![\p{L}])",
        _F,
    )
    #: the first person plural, as a word
    first_person_plural: Final = regex.compile(r"(?<![\p{L}])(?:[Ww]e|[Oo]urs?|us)(?![\p{L}])", _F)
    #: where an engagement sentence places the engagement: "(held talks) in Hanoi", "(his
    #: official) visit to Vietnam"
    engagement_place: Final = regex.compile(
        r"(?<![\p{L}])(?:in|visit\s++to|went\s++to|travell?ed\s++to)\s++(?P<p>\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+)?)",
        _F,
    )
    #: the engagement in an aside after the subject: "(X), in a phone call on Monday with
    #: (Y), (exchanged views)"
    engagement_with_aside: Final = regex.compile(
        r",\s*+(?:in|during)\s++(?:(?:a|an|the|his|her|their)\s++)?(?:\p{L}++\s++){0,2}?"
        r"(?:conversation|call|talks|meeting)(?:\s++(?:on|this|last|late|earlier)\s++\p{L}++)?"
        r"\s++with\s++",
        _F,
    )
    #: an engagement with someone named right after: "(X) held talks with (Y)", "met with"
    engaged_with: Final = regex.compile(
        r"(?<![\p{L}])(?:held\s++talks|met|spoke|talked|conferred)\s++(?:with\s++)?(?=\p{Lu})", _F
    )
    #: what follows a dateline's place: an agency in capitals and a dash ("(New York), IRNA
    #: –"), or a day and a dash ("(Rio de Janeiro), May 3 —")
    agency_dateline_after: Final = regex.compile(
        r",[ \t]*+(?:\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,8}\.?[ \t]++\d{1,2})[ \t]*+[\-\u2013\u2014]", _F
    )
    #: an acronym and a space, right before an office: "(CIDCA )Chairman"
    acronym_before: Final = regex.compile(r"(?<![\p{L}\p{N}.\-])\p{Lu}{3,6}[ ]\Z", _F)
    #: a capitalised word and the space after it, at the end of a stretch of text
    cap_word_before: Final = regex.compile(
        r"(?<![\p{L}\-'\u2019])\p{Lu}[\p{L}\-'\u2019]*+[ \t]++\Z", _F
    )
    #: a line that only breaks the text into sections: "* * *", "---"
    section_break: Final = regex.compile(r"[ \t]*+(?:[*\-_=~#\u2022][ \t]*+){3,}", _F)
    #: a transcript's sentence that says nothing: "Thank you.", "And one more thing."
    transcript_filler: Final = regex.compile(
        r"(?i)(?:(?:and|but|so|now|well),?\s++)?(?:one (?:more|last|other) thing|thank you(?:\s++"
        r"(?:very|so) much)?|thanks|good (?:morning|afternoon|evening)|(?:you are )?welcome|of "
        r"course|indeed|certainly|exactly|absolutely|please)\s*+[.!]?",
        _F,
    )
    #: a transcript's speaker label at a paragraph's start: capitalised words, a colon,
    #: the words spoken ("President of Russia Vladimir Putin: Thank you.")
    speaker_label: Final = regex.compile(
        r"(?P<label>\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:[ \t]++[\p{L}\p{M}'\u2019.\-]++){0,12}?)"
        # "Khaltmaagiin Battulga (retranslated):", "(via interpreter)": a note on the words
        r"(?:[ \t]++\([\p{L} \t]{1,30}\))?:[ \t]++(?=\S)",
        _F,
    )
    #: "A No10 spokesperson said:", "A White House spokesman", "A spokesperson for No10":
    #: the publisher's seat of government, looked up in ``words.SEATS_OF_GOVERNMENT``
    seat_spokesperson: Final = regex.compile(
        r"(?<![\p{L}])(?:A|a|The|the)[ \t]++(?:(?P<seat>"
        + _SEAT
        + r")[ \t]++"
        + _SPOKESPERSON
        + r"|"
        + _SPOKESPERSON
        + r"[ \t]++(?:for|of|at)[ \t]++(?P<seat>(?:the[ \t]++)?"
        + _SEAT
        + r")(?![\p{L}\p{N}]|[ \t]++\p{Lu}))",
        _F,
    )
    #: "The President emphasized that America will ...": a titled speaker's own country
    #: as the subject of what they said (the side of a participant the text never places)
    title_claims_country: Final = regex.compile(
        r"(?<![\p{L}])[Tt]he[ \t]++(?P<t>\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+){0,3}?)"
        r"[ \t]++(?:also[ \t]++)?(?P<v>\p{Ll}++(?:[ \t]++(?:clear|firm|adamant|emphatic))?)"
        r"[ \t]++(?:that[ \t]++)?(?:the[ \t]++)?"
        r"(?P<c>\p{Lu}[\p{L}.]*+(?:[ \t]++\p{Lu}[\p{L}.]*+){0,2}?)"
        r"[ \t]++(?:will|would|is|stands|stood|remains|remained|has|had|was|cannot|could|can|must|"
        r"intends|wants|supports|continues|shares)(?![\p{L}])",
        _F,
    )
    #: a visit told with its guest alone ("X visited Downing Street today for a meeting")
    visit_alone: Final = regex.compile(
        r"(?<![\p{L}])(?:visited|(?:is|was) visiting|arrived (?:in|at)|called (?:in )?at)"
        r" (?:\p{Lu}|the \p{Lu})",
        _F,
    )
    #: right after an office, the verb of a host receiving a guest ("welcomed", "received")
    host_verb: Final = regex.compile(
        r"[ \t]++(?:(?:also|warmly|today|then) )?(?:welcomed|received|hosted|met(?: with)?|greeted)"
        r"(?![\p{L}])",
        _F,
    )
    #: "his counterpart", "her Mozambican counterpart", "his New Zealand counterpart": the
    #: possessor is the subject; group "side" the counterpart's side, if named
    own_counterpart: Final = regex.compile(
        r"[ \t]++(?P<p>his|her)[ \t]++(?:(?P<side>\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+)?)"
        r"[ \t]++)?(?:counterpart|colleague)(?![\p{L}])",
        _F,
    )
    #: one word and the space after it, nothing else ("emergency " before "he declared")
    word_then_space: Final = regex.compile(r"[\p{L}\p{M}\p{N}'\u2019\-]++[ \t]++", _F)
    #: "... issued the following joint statement today:", "the two leaders released this
    #: statement:": a frame whose text follows, in a joint statement
    statement_frame: Final = regex.compile(
        r"(?<![\p{L}])(?:the\s++following|this)\s++(?:joint\s++)?"
        + _JOINT_DOCUMENT
        + r"(?![\p{L}])",
        _F,
    )
    #: issuing the document the text is: "(and) issued this Joint Press Statement", "issued
    #: the Joint Statement below": a frame, nothing said
    issued_frame: Final = regex.compile(
        r"(?<![\p{L}])(?:issued|released|adopted|agreed\s++(?:up)?on)\s++(?:the\s++following|this|the\s++present|"
        r"the)\s++(?:joint\s++)?(?:press\s++)?"
        + _JOINT_DOCUMENT
        + r"(?:\s++below)?\s*+[.:]?\s*+\Z",
        _F | regex.IGNORECASE,
    )
    #: after a reporting verb, the press it reports to: "(briefed) the media", "(told) a
    #: press conference"
    to_the_press: Final = regex.compile(r"\s++(?:(?:the|a)\s++)?" + _PRESS + r"(?![\p{L}])", _F)
    #: a heading that names a joint statement's signatories: "Joint statement by A and B"
    joint_heading: Final = regex.compile(
        # "Belarus: Joint statement by ...": a topic may come first
        r"[ \t]*+(?:[^\n:]{1,60}+:[ \t]++)?(?i:joint[ \t]++"
        + _JOINT_DOCUMENT
        + r"[ \t]++(?:issued[ \t]++)?(?:by|of))[ \t]",
        _F,
    )
    #: a heading over remarks two officials make together: "X With Y Before Their
    #: Meeting", "X and Y at a Joint Press Availability"
    remarks_heading: Final = regex.compile(
        r"(?i:[ \t](?:before|after|at|following|ahead[ \t]++of)[ \t]++(?:their|the|a)[ \t]++"
        r"(?:[\p{L}\-]++[ \t]++){0,3}?(?:meeting|talks|press[ \t]++(?:availability|conference)|"
        r"signing))(?![\p{L}])",
        _F,
    )
    #: what "issued" or "adopted" must take to report: "a joint statement (on ...)"
    joint_document: Final = regex.compile(
        r"(?i)\s++(?:a|the)\s++joint\s++(?:statement|communiqu[eé]|declaration|press statement)",
        _F,
    )
    #: after the participant a welcome names, its place: "(of Kuwait) to the White House"
    to_place: Final = regex.compile(
        # (a comma closing an apposition: "the Taoiseach, Enda Kenny, to Downing Street";
        # "X, his Saudi Arabian counterpart, to ...")
        r"(?:,\s*+(?:his|her|their)\s++(?:\p{Lu}[\p{L}\-]*+\s++){1,3}counterpart)?"
        r",?(?:\s++of\s++(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,3})?"
        # "(welcomed X) today in Abu Dhabi", "on Monday at the White House"
        r"(?:\s++(?:today|yesterday|on\s++\p{Lu}\p{Ll}++))?"
        # ("to the Ministry of Foreign Affairs")
        r"\s++(?:to|in|at)\s++(?:the\s++)?\p{Lu}[\p{L}\-]*+"
        r"(?:\s++(?:(?:of|the)\s++){0,2}\p{Lu}[\p{L}\-]*+){0,4}"
        # "(welcomed X to the Pentagon) today", "this morning", "yesterday afternoon"
        r"(?:\s++(?:(?:today|yesterday)(?:\s++(?:morning|afternoon|evening))?|"
        r"this\s++(?:morning|afternoon|evening)|on\s++\p{Lu}\p{Ll}++))?"
        # "... for her first meeting with him", "for talks": what the visit is for
        r"(?:\s++for\s++(?:talks|a|an|the|his|her|their)(?![\p{L}])[^.;,\n]{0,80}+)?"
        # "... to discuss X": what they met for, the engagement's topic (everyone's)
        r"(?:\s++to\s++(?:discuss|review|talk\s++about|exchange\s++views)(?![\p{L}])[^.;\n]{0,200}+)?"
        # "..., and the two later continued over dinner": what followed, narrated
        r"(?:,\s*+and\s++the\s++two\s[^.;\n]{0,120}+)?"
        r"\s*+",
        _F,
    )

    # -- commitments --------------------------------------------------------
    #: content that names a belief or hope ("(expressed) his hope that ...", "its
    #: confidence that ..."): the "will" or "would" in it is a prediction
    belief_content: Final = regex.compile(
        r"(?:his|her|their|its|the|our|a|full|firm|strong)\s++(?:\p{L}++\s++)?"
        r"(?:hope|hopes|confidence|belief|conviction|expectation)\s++that(?![\p{L}])",
        _F,
    )
    #: content that starts with an infinitive: "agreed to ..."
    to_infinitive: Final = regex.compile(
        # ("agreed here on Monday to", "agreed by phone to": where and when, before it)
        r"\s*+(?:(?:here|there|today|yesterday|by\s++(?:phone|telephone)|on\s++\p{Lu}\p{Ll}{2,5}day|"
        r"in\s++\p{Lu}\p{Ll}++)\s++){0,3}(?:(?:not|never)\s++)?to\s++\p{Ll}",
        _F,
    )
    #: what an agreement introducing a list says before its colon: "(agreed) to:", "(agreed)
    #: to the following", "(agreed) on the following points"
    list_intro: Final = regex.compile(
        r"(?:to|on)?(?:\s*+(?:the\s++)?following(?:\s++\p{Ll}++)?)?", _F | regex.IGNORECASE
    )
    #: words after "will"/"would" that make it a wish or a plan, not an undertaking
    not_commitment_after: Final = regex.compile(
        r"\s++(?:(?:also|just|really|very much|so much|certainly|greatly)\s++)?"
        r"(?:like|love|prefer|want|be held|take place|be published|be released|have been|"
        r"be able|"
        r"be happy|be glad|be pleased|be delighted|be grateful)(?![\p{L}])",
        _F,
    )
    #: "the next round of ..." opening the clause before a cue (no other clause between)
    next_meeting_before: Final = regex.compile(
        r"(?:^|(?<=[\s,;:]))(?:(?:the|The)\s++next\s++|"
        # "(decided that) consultations between the two Ministries shall be held ...": their
        # own meetings to come
        r"(?:regular\s++)?(?:consultations|meetings|talks|sessions)\s++between\s++"
        r"(?:the\s++two|their|both)\s)[^,;:.]*+\Z",
        _F,
    )
    #: "I am confident that" earlier in the clause: the "will" after it is a prediction
    confident_before: Final = regex.compile(
        r"(?<![\p{L}])(?:am|is|are|['\u2019]m|['\u2019]re)\s++(?:fully\s++|firmly\s++|deeply\s++)?"
        r"(?:confident|convinced|sure|certain)\s++that(?![\p{L}])",
        _F,
    )
    #: after "would": a wish, not an undertaking ("Portugal would welcome more investment")
    wish_after: Final = regex.compile(r"\s++(?:welcome|appreciate)(?![\p{L}])", _F)
    #: what a modal's verb makes a judgement of a thing or a date, not a deed: "(would) be a
    #: milestone for", "(will) prove a turning point", "(will) mark 65 years since"
    judgement_after: Final = regex.compile(
        r"\s++(?:(?:be|prove|become|mark)\s++(?:a|an|the)\s++(?:[\p{L}\-]++\s++){0,2}?"
        r"(?:milestone|success|turning\s++point|landmark|watershed|breakthrough)"
        # "(next year will) mark 65 years since ...", "mark the 30th anniversary of": a date
        r"|mark\s++(?:\d++|[\p{L}\-]++)\s++years|mark\s++the\s++[\p{L}\-]++\s++anniversary)"
        r"(?![\p{L}])",
        _F,
    )
    #: a possessive noun phrase right before a noun cue: "the United States' ", "Canada's "
    possessive_before: Final = regex.compile(
        r"(?P<np>(?:\p{Lu}[\p{L}.\-]*+\s++){0,3}\p{Lu}[\p{L}.\-]*+)['\u2019]s?\s++\Z", _F
    )
    #: what a title names after its first "of": "(Chairperson) of the (African Union
    #: Commission)"
    title_of_tail: Final = regex.compile(r"(?<= )of (?:the )?(?P<o>[^,;]+)\Z", _F)
    #: a possessive phrase the speaker owns, right before a noun cue: "his country's ",
    #: "their two nations' "
    own_possessive_phrase: Final = regex.compile(
        r"(?:his|her|their|its|our)\s++(?:[\p{L}\-]++\s++){0,2}?[\p{L}\-]++['\u2019]s?\s*+\Z", _F
    )
    #: the speaker's own administration as a subject: "the (Federal) Government", "the Ministry"
    own_government: Final = regex.compile(
        r"(?:(?:the|his|her|our|its)\s)?"
        r"(?:(?:federal|national|central|whole|entire|provincial|regional|local|state|interim|"
        r"transitional)\s)?"
        r"(?:government|department|ministry|administration|kingdom|country|cabinet|authorities|presidency|"
        # "the Grand Duchy will remain open to ...": the speaker's state by its form
        r"grand duchy|principality|sultanate|emirate|"
        r"organi[sz]ation|(?:un|united nations|eu) system|embassy|consulate|mission|"
        # "the security forces will spare no effort": the speaker's own
        r"(?:security|armed|defence|defense) forces|security services|police|"
        # "the Department of State would keep in step with ..."
        r"(?:department|ministry) of (?:state|defen[cs]e|foreign affairs)|"
        # "the Defense Department's commitment to", "the Foreign Ministry will"
        r"(?:defen[cs]e|state|foreign|foreign affairs) (?:department|ministry))"
        # "the ASEAN Secretariat": an organization's own office, said by its head
        r"|(?:the\s)?(?:\p{L}++\s)?secretariat",
        _F,
    )
    #: a passive after a modal: "(will) be pursued", "(will) not be delayed"
    passive_after: Final = regex.compile(
        r"\s++(?:not\s++|also\s++|further\s++|jointly\s++)?be\s++(?:\p{L}++\s++)?"
        r"(?:\p{Ll}{2,}ed|held|made|taken|given|built|done|kept|set|met|undertaken)(?![\p{L}])",
        _F,
    )
    #: "(the request) will be examined favourably by the Indian authorities": a passive
    #: with its agent (group "agent"), up to five words after "by"
    passive_by: Final = regex.compile(
        r"\s++(?:not\s++|also\s++|further\s++)?be\s++(?:\p{L}++(?<=ly)\s++)?"
        r"(?:\p{Ll}{2,}ed|held|made|taken|given|built|done|kept|set|met|undertaken)"
        r"(?:\s++\p{L}++(?<=ly))?\s++by\s++(?P<agent>(?:[\p{L}\-]++\s++){0,4}?[\p{L}\-]++)"
        r"(?=\s*+[.,;]|\s*+\Z)",
        _F,
    )
    #: ", a position from which (Dublin will not waver)": the noun a relative clause's
    #: undertaking is about (group "np"), up to the subject
    relative_np_before: Final = regex.compile(
        r"(?<![\p{L}])(?P<np>(?:a|an|the|this|that)\s++(?:[\p{L}\-]++\s++){0,4}?[\p{L}\-]++)\s++"
        r"(?:from|to|on|in|by|with|under|behind)\s++(?:which\s++(?:[\p{L}\-]++\s++){0,2})?\Z",
        _F,
    )
    #: a relative pronoun after an event, and the subject of "will host": "(COP28),
    #: which the UAE (will host)", "(the summit) that Japan (will host)"
    event_relative_before: Final = regex.compile(
        r"(?:(?<![\p{L}])which|(?:summits?|conferences?|meetings?|forum|expo|games|session|"
        r"events?|congress|exhibition|\p{Lu}[\p{L}\-]*+\)?)\s++that)\s++(?:[\p{L}\-]++\s++){1,3}\Z",
        _F,
    )
    #: what is offered that is no support: "(offered) four suggestions for cooperation",
    #: "(offered) his condolences" (not "his condolences and support")
    offered_words: Final = regex.compile(
        r"\s*+(?:(?:a|an|the|his|her|their|its|some|several|a few|\p{N}++|two|three|four|five|"
        r"six|seven|eight|nine|ten)\s++)?(?:\p{Ll}++\s++)?(?:suggestions?|proposals?|views|"
        r"ideas|thoughts|congratulations|condolences|greetings|prayers|insights|assessments?|"
        r"perspectives?|remarks|comments|observations)(?![\p{L}])"
        # "(offered) his condolences and support": support too
        r"(?!\s++and\s++(?:\p{Ll}++\s++)?(?:support|help|assistance|aid|backing)(?![\p{L}]))",
        _F,
    )
    #: hosting an event, after "will": "(will) host", "(will) also hold"
    hosting_after: Final = regex.compile(
        r"\s++(?:also\s++)?(?:host|hold|chair|organi[sz]e|stage|convene)(?![\p{L}])", _F
    )
    #: the last "that" or ";" before a passive clause, where its subject starts
    that_or_semicolon_before: Final = regex.compile(
        r"(?r)(?:;|(?<![\p{L}])that(?![\p{L}]))\s*+", _F
    )
    #: the last clause boundary before a position (searched in reverse)
    clause_boundary_before: Final = regex.compile(
        r"(?r)(?:[,;:\u2013\u2014]|(?<![\p{L}])(?:that|but|yet|while|and|whereas)(?![\p{L}]))\s*+",
        _F,
    )


RULES: Final = Rules()
