"""Closed-class words the rules rely on: pronouns, group phrases, adverbs, title and
portfolio words, possessives. Data, kept apart from the code that applies it; the open
vocabularies (countries, titles, verbs, cues) are in ``readoutkit/data`` and the Lexicon.
"""

from __future__ import annotations

from typing import Final

#: letters after a name that are no part of it: "The Hon Jane Doe MP", "John Roe KC"
POSTNOMINALS: Final = frozenset(
    ("MP", "MLA", "MEP", "QC", "KC", "OBE", "CBE", "KBE", "KCMG", "GCMG")
)

#: capitalised words that never start or continue a personal name
_NOT_NAME_WORDS: Final = (
    frozenset(
        """
    Assembly Summit Forum Session Meeting Meetings Dialogue Initiative Agreement Treaty
    Declaration Charter Organization Organisation Alliance Group Fund Programme Program
    Embassy Consulate Palace Hall Street Square Building Centre Center University Institute
    Academy Foundation Conference Parliament Congress Senate Cabinet Court Bank Agency
    The A An On In At During After Before Following Under As With For From By Of And But
    He She They It We I His Her Their This That These Those Both Also Meanwhile Today
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    Call Calls Called Meets Meet Met Meeting Talks Talk Exchange Exchanges Exchanged
    Congratulations Congratulate Congratulates Condolences Greetings Discuss Discusses Sign
    Signs Agree Agrees Hosts Host Hosted Welcomes Thanks Urges Vows Pledges
    Trade Trades Traded Send Sends Reaffirm Reaffirms Hail Hails Review Reviews Stress
    Stresses Express Expresses
    Holds Held Hold Phone Telephone Conversation Readout Video Virtual Message Messages
    Letter Statement Press Release Speak Speaks Spoke Receive Receives Received Visit Visits
    Minister Talked Confer Confers Chat Chats Converse Converses Discussed
    Ministers Side Sides Government Embassy Ministry Office Spokesperson Spokesman
    Spokeswoman Secretary President Premier Excellency Highness Majesty Updated Source
    Editor Date News Agency Prime Foreign Affairs State Councilor Chancellor King Queen
    Crown Prince Emir Sheikh Mr Mrs Ms Dr Republic Kingdom Union United Nations Council
    Party Committee Central Commission Security General Defense Defence National Federal
    Deputy Vice Chairman Director Hamas Gaza Israel Coronavirus COVID-19 COVID Covid-19
    Covid Ramadan Eid G7 G8 G20 BRICS Finally Lastly Additionally Moreover Furthermore
    Separately However Subsequently Likewise Similarly Besides Notably Accordingly Thereafter
    MPs Operation Operations Exercise Abroad Latin Hurricane Typhoon Cyclone Storm Tropical
    """.split()
    )
    | POSTNOMINALS
)
#: the words above, and the same in capitals as a headline writes them ("HR/VP MOGHERINI
#: RECEIVES ..."): none is a name's either (the shortest aside: "LIU HE", "NGUYEN VAN AN")
NOT_NAME: Final = _NOT_NAME_WORDS | frozenset(w.upper() for w in _NOT_NAME_WORDS if len(w) > 2)

#: nouns for what someone proposed: after an article and before a speaker, a relative
#: clause ("the initiative President X put forward", "an idea the Minister raised")
PROPOSAL_NOUNS: Final = frozenset(
    """
    idea ideas initiative initiatives proposal proposals vision concept plan plans
    principle principles suggestion suggestions approach framework blueprint
    """.split()
)

#: reporting verbs that only say (no other sense: "maintained", "shared" have one): after
#: "had done X and", a new report, not the second verb of the perfect
SAYING_VERBS: Final = frozenset(
    "said added stressed noted stated emphasized emphasised underlined underscored "
    "reiterated remarked".split()
)

#: words of ``NOT_NAME`` that may stand inside a name, between two of its words
#: ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"); before a name they are a style
#: of address ("Sheikh Tamim")
INNER_NAME_WORDS: Final = frozenset({"Sheikh"})

#: the titles of local office-holders, whose title names their place ("Mayor of Greater
#: Manchester", "Governor of Hyogo Prefecture"): that place is their side
LOCAL_TITLE_HEADS: Final = (
    "Mayor", "Lord Mayor", "Governor", "Chief Minister", "First Minister", "Premier",
)  # fmt: skip

#: month names and their abbreviations, as written: not a name ("Theresa May", "Jan
#: Lipavsky") where a day follows ("May 5", "Jan. 5")
MONTH_WORDS: Final = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)

#: seats of government a publisher's heading line or spokesperson may name ("The White
#: House", "No. 10"; lower-cased, without "the" or dots): the country whose office-holder
#: an unnamed "The President" is
SEATS_OF_GOVERNMENT: Final = {
    "white house": "USA",
    "kremlin": "RUS",
    "10 downing street": "GBR",
    "downing street": "GBR",
    "no10": "GBR",
    "no 10": "GBR",
    "number 10": "GBR",
    "élysée palace": "FRA",
    "elysee palace": "FRA",
    "blue house": "KOR",
}

#: abbreviated titles and the title written out: "the PM" for an unnamed participant whom
#: the text also calls "the Prime Minister"
ABBREVIATED_TITLES: Final = {
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "EAM": "External Affairs Minister",
    "HR/VP": "High Representative/Vice-President",
}

#: titles whose holders speak for a publisher, not in the engagement
SPOKESPERSON_TITLES: Final = ("spokesperson", "spokesman", "spokeswoman", "press secretary")


#: titles that by themselves say which country the holder serves
TITLE_COUNTRY: Final = {
    "State Councilor": "CHN",
    "State Councilor and Foreign Minister": "CHN",
    "Premier": "CHN",
    "Secretary of State": "USA",
    "Secretary of Defense": "USA",
    "Defense Secretary": "USA",
    "Taoiseach": "IRL",
    "Chancellor": "DEU",
    "Federal Chancellor": "DEU",
    "Minister of International Relations and Cooperation": "ZAF",
}

#: titles that by themselves say which organization the holder serves; such a title
#: also implies it at the head of a longer one ("High Representative for Foreign Affairs
#: and Security Policy/Vice-President of the European Commission")
TITLE_ORGANIZATION: Final = {
    "Secretary-General": "United Nations",
    "Secretary General": "United Nations",
    "UN Secretary-General": "United Nations",
    "High Representative": "European Union",
    "HR/VP": "European Union",
    "President of the European Commission": "European Union",
    "Vice-President of the European Commission": "European Union",
    "Vice President of the European Commission": "European Union",
    "President of the European Council": "European Union",
}

#: either table: the side (a country's ISO3 or an organization) a title implies
TITLE_SIDE: Final = {**TITLE_COUNTRY, **TITLE_ORGANIZATION}

#: the organizations' titles, longest first, for matching at the head of a longer title
ORGANIZATION_TITLE_HEADS: Final = tuple(
    sorted(TITLE_ORGANIZATION.items(), key=lambda item: -len(item[0]))
)

#: words that may stand before a title and belong to it: "First Vice Foreign Minister",
#: "National Assembly Chairman", "Senior Minister"
#: titles of someone posted to another country: "Ambassador to China" keeps its "to" place
#: (the holder's own side is the demonym before: "US Ambassador to China")
POSTED_TITLE_ENDS: Final = (
    "Ambassador", "Envoy", "Representative", "High Commissioner", "Consul General",
    "Consul-General", "Charge d'Affaires", "Chargé d'Affaires",
)  # fmt: skip

#: titles of someone serving another office-holder: "Diplomatic Adviser to the President
#: of the French Republic" keeps the office served
ATTACHED_TITLE_ENDS: Final = ("Adviser", "Advisor", "Assistant", "Counsellor", "Counselor", "Aide")

TITLE_PREFIX_WORDS: Final = frozenset(
    """
    First Second Third Senior Executive Acting Principal Permanent National Assembly
    Parliamentary Presidential Royal Supreme Grand Lord Cabinet Former Outgoing Incoming
    Interim Caretaker Designate Chief Vice Deputy Under Assistant Associate Special Joint
    Diplomatic Military Political Economic Prime Party Parliament Federal Commission
    """.split()
)

#: words of a ministry's portfolio, chained onto a title: "Minister of Foreign Affairs and
#: Regional Integration", "... African Integration and Beninese Abroad"
#: portfolio words that many portfolios share: two titles with only these in common
#: may hold different portfolios
GENERIC_PORTFOLIO_WORDS: Final = frozenset({"Affairs", "National", "International", "Cooperation"})

#: portfolio words that qualify a noun after them: no portfolio ends with one
PORTFOLIO_ADJECTIVES: Final = frozenset(
    """
    Foreign International Regional National African European Asian Arab Economic Social
    Natural Religious Digital Urban Rural Maritime Insular Special
    """.split()
)
#: those of them a place's name may end in ("South African Trade Minister"): before a
#: portfolio's noun they are the country's, not the portfolio's
PLACE_PORTFOLIO_ADJECTIVES: Final = frozenset({"African", "European", "Asian", "Arab"})

#: titles that take a portfolio written before them: "Trade Minister", "Foreign Affairs
#: Cabinet Secretary" (Kenya's ministers)
PORTFOLIO_TITLE_HEADS: Final = frozenset({"Minister", "Cabinet Secretary"})

PORTFOLIO_WORDS: Final = frozenset(
    """
    Emigration Emigrants Expatriates Refugees Diaspora Overseas Abroad Cooperation
    Affairs Foreign International Regional National African European Asian Arab Integration
    Cooperation Co-operation Development Trade Commerce Abroad Community Diaspora Expatriates
    Worship Relations External Planning Finance Economy Economic Investment Energy Environment
    Defence Defense Security Interior Justice Culture Tourism Industry Agriculture Transport
    Infrastructure Immigration Migration Francophonie Commonwealth Overseas Europe Emigrants
    Nationals Citizens Religious Sport Youth Health Education Science Technology Innovation
    Maritime Insular Policy Fisheries Oceans Marine Water Mines Mining Labour Labor Employment
    Social Welfare Women Family Gender Children Housing Urban Rural Natural Resources
    Petroleum Aviation Ports Shipping Digital Communications Information Veterans Climate
    Islands Territories Sports Arts Heritage Telecommunications Hydrocarbons Law Home
    Manpower Land Sustainability Special Initiatives Reforms Reform Privatisation Privatization
    Business Communities Enterprise Enterprises Investments Solidarity Exports Competitiveness
    Mobility Human Rights Resources Partnerships Partnership Enlargement Neighbourhood
    Neighborhood Humanitarian Aid Crisis Management Competition Equality Cohesion Budget
    Taxation Customs Preparedness Transparency East Middle Asia Pacific Africa Americas
    Caribbean Arctic
    """.split()
)

#: noun phrases that mean every participant ("two" stands for any small number: see
#: GROUP_PHRASES)
_GROUP_WORDS_OF_TWO: Final = frozenset(
    p.strip()
    for p in """
    both|both sides|two sides|the two sides|sides|the sides|they|leaders|the leaders|two leaders|
    both leaders|ministers|two ministers|both ministers|presidents|two presidents|both presidents|
    prime ministers|two prime ministers|foreign ministers|two foreign ministers|parties|two parties|
    both parties|the two|heads of state|two heads of state|the pair|the two officials|officials|
    secretaries|two secretaries|both side|counterparts|the two counterparts|premiers|two premiers|
    two countries' leaders|two countries|both countries|pms|two pms|both pms|fms|two fms|
    the two pms|the two fms|two chiefs|both chiefs|the duo|they both|they all|all sides|all|
    the two ministers|the leaders both|top diplomats|two top diplomats|the top diplomats|
    the two top diplomats|diplomats|two diplomats|the two diplomats|both diplomats|
    defence ministers|defense ministers|two defence ministers|two defense ministers|
    defence chiefs|defense chiefs|two defence chiefs|two defense chiefs|both defence chiefs|
    both defense chiefs|military chiefs|two military chiefs|
    chief diplomats|two chief diplomats|delegations|two delegations|both delegations|
    the two delegations|two ministries|both ministries|
    two foreign ministries|both foreign ministries|neither side|neither country|neither party|
    neither government|neither nation|
    envoys|two envoys|both envoys|two special envoys|
    heads of government|two heads of government|both men|two men|the two men|both women|
    two women|the two women|interlocutors|two interlocutors|both interlocutors|
    the two interlocutors|two governments|both governments|the two governments|two nations|
    both nations|the two nations|two organisations|two organizations|both organisations|
    both organizations|the two organisations|the two organizations|principals|two principals|
    both principals|the two principals|participants|the participants|all participants|
    all the participants
    """.replace("\n", "|").split("|")
) - {""}
#: ... and "ministers from both countries", "officials of the two sides": people of every side
_GROUP_PHRASES_OF_TWO: Final = _GROUP_WORDS_OF_TWO | frozenset(
    f"{head} {prep} {sides}"
    for head in ("ministers", "officials", "delegations")
    for prep in ("from", "of")
    for sides in ("both countries", "both sides", "the two countries", "the two sides")
)

#: the last word of a group phrase that names the persons taking part, not their sides:
#: "the leaders", "the two Prime Ministers", "the interlocutors"
PEOPLE_GROUP_NOUNS: Final = frozenset(
    """
    leaders ministers presidents premiers interlocutors principals officials counterparts
    diplomats secretaries pms fms chiefs envoys men women
    """.split()
)

#: noun phrases that mean every participant: the above, and with "three" to "six" for
#: "two" ("the three ministers", "the four countries"), and "all three" to "all six"
_MORE_THAN_TWO: Final = ("three", "four", "five", "six")
GROUP_PHRASES: Final = (
    _GROUP_PHRASES_OF_TWO
    | frozenset(
        " ".join(n if w == "two" else w for w in p.split())
        for p in _GROUP_PHRASES_OF_TWO
        if "two" in p.split()
        for n in _MORE_THAN_TWO
    )
    | frozenset(f"all {n}" for n in _MORE_THAN_TWO)  # "All three agreed"
)

#: the head nouns of titles: "the Kazakh Minister" names the Kazakh participant whose
#: title holds "Minister" anywhere ("Deputy Prime Minister – Minister of Foreign Affairs")
ROLE_NOUNS: Final = frozenset(
    """
    minister president secretary chancellor premier ambassador envoy councilor councillor
    chairman chair commissioner representative governor king emir prince
    """.split()
)

#: the role nouns of heads of state and government: an untitled participant whose
#: counterpart holds one holds it too ("the President of Russia" for Vladimir Putin
#: talking with the President of Tajikistan); "leader" for any of them
HEAD_ROLES: Final = (
    ("president",), ("prime", "minister"), ("premier",), ("chancellor",), ("king",), ("emir",),
)  # fmt: skip

#: role nouns that, after a side's name or demonym, name its participant whatever the
#: title ("the EU official" for the High Representative, "the Qatari visitor", "the
#: Chinese host")
TITLED_SIDE_ROLES: Final = (("official",), ("chief",), ("visitor",), ("guest",), ("host",))

#: role nouns that, after a side's demonym, name its participant when the text gives
#: that participant no title ("the Ethiopian minister", "the Belarusian guest"); a head of
#: state's or government's ("the Chinese President") may be someone only mentioned
UNTITLED_ROLES: Final = (
    ("minister",),
    ("foreign", "minister"),
    ("top", "diplomat"),
    ("diplomat",),
    ("counterpart",),
    ("envoy",),
    *TITLED_SIDE_ROLES,
)

#: what a foreign-affairs office's title holds: its holder is also "the (Iranian) top
#: diplomat"
DIPLOMAT_TITLE_KEYS: Final = (
    ("foreign",), ("secretary", "of", "state"), ("high", "representative"),
)  # fmt: skip

#: what the press calls the holder of a foreign-affairs office
DIPLOMAT_ROLES: Final = (("top", "diplomat"), ("diplomat",))

#: the department an office heads, by the words its title holds and the side that names
#: it so: "DoD is prepared to ...", "the Pentagon will ..." said by the Secretary of Defense
OFFICE_BODIES: Final = (
    (("secretary", "defense"), "USA", (("dod",), ("pentagon",), ("department", "of", "defense"))),
    (("secretary", "state"), "USA", (("state", "department"), ("department", "of", "state"))),
)

#: the longest part of a title used as a key ("the Foreign Minister", "the Secretary")
MAX_KEY_WORDS: Final = 6

#: third-person pronouns that continue the last single speaker
PRONOUNS: Final = frozenset({"he", "she"})

#: words skipped between a speaker and the cue ("Wang also said", "he further stressed")
ADVERBS: Final = frozenset(
    """
    also further then again once later in turn meanwhile particularly especially
    strongly warmly sincerely highly fully earlier repeatedly specifically briefly
    jointly had has have have also had also on today yesterday this evening morning
    afternoon tonight last night monday tuesday wednesday thursday friday saturday
    sunday the call meeting during explicitly clearly firmly deeply likewise similarly
    additionally moreover publicly personally first always still now
    in a phone telephone video via link conversation
    """.split()
)

#: words ending in -ly that are not adverbs
NOT_ADVERBS: Final = frozenset(
    """
    italy ally family assembly supply july rally reply anomaly monopoly kelly reilly
    """.split()
)

#: participles that open a clause of their own before "that", even without a comma
THAT_PARTICIPLES: Final = frozenset(
    "saying noting adding stressing stating emphasizing emphasising underlining underscoring "
    "explaining affirming reaffirming reiterating acknowledging recalling observing "
    "indicating highlighting expressing".split()
)

#: subjects that stand for the speaker in reported speech
SELF_WORDS: Final = frozenset({"i", "we", "he", "she", "its", "his", "her", "their", "they", "our"})

#: what may follow "offered" / "assured ... of" for it to be an undertaking
SUPPORT_WORDS: Final = (
    "support",
    "help",
    "assistance",
    "aid",
    "cooperation",
    "backing",
    "solidarity",
    "good offices",
    "mediation",
    # "assured him of his continued personal engagement", "... of its commitment"
    "engagement",
    "commitment",
    "expertise",
)

#: verbs whose "no" affirms ("will spare no effort", "will leave no one behind", "will
#: lose no time"): after any other, "will keep no official ties" refuses
AFFIRMING_NO_VERBS: Final = frozenset({"spare", "leave", "stint", "lose", "waste"})

#: words of aid in kind that make an offer a pledge ("offered a concessional Line of
#: Credit", "offered fifty scholarships"); not an assurance ("assured that Canada will
#: continue its training mission": the clause's own "will" undertakes)
AID_WORDS: Final = ("credit", "scholarship", "grant", "loan", "funding", "financing", "training")

#: the head nouns of a side's aid, as the subject of an undertaking ("Chinese aid (to X)
#: will never be conditioned on ...")
AID_NOUNS: Final = frozenset({"aid", "assistance", "loans", "grants"})

#: the region an organization's participant speaks for as its side ("Europe will not look
#: away", said by the EU's High Representative)
ORGANIZATION_REGIONS: Final = {
    "European Union": "Europe",
    "African Union": "Africa",
}

#: nouns of a stance that "this" / "that" points back to as the speaker's own ("Samoa has
#: backed Japan on this, and this position will not change")
STANCE_NOUNS: Final = frozenset({"position", "stance", "policy"})

#: words between an owner and a noun cue that keep the owner: "his ironclad commitment to"
NOUN_CUE_ADJECTIVES: Final = frozenset(
    """
    ironclad firm strong unwavering continuing continued steadfast full unshakable
    unshakeable enduring abiding total deep sincere unswerving resolute mutual renewed
    shared common joint rock solid unbreakable lasting unconditional unequivocal wholehearted
    staunch longstanding long-standing long standing consistent
    """.split()
)

#: verbs after which an unowned noun cue is the speaker's: "expressed readiness to"
OWNING_VERBS: Final = frozenset(
    "expressed reaffirmed reiterated affirmed underlined stressed conveyed showed demonstrated "
    "voiced emphasized emphasised confirmed highlighted signalled signaled indicated noted "
    "expressing reaffirming reiterating affirming underlining stressing conveying showing "
    "demonstrating voicing emphasizing emphasising confirming highlighting signalling "
    "noting pledged pledging promised promising vowed vowing offered offering".split()
)

#: possessive determiners (not articles)
TRUE_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "my"})

#: words that may precede a noun cue and make the speaker its owner
POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "my", "the", "a"})

#: words that may sit inside a personal name in lower case ("bin", "al", "de", "van")
NAME_PARTICLES: Final = (
    "bin", "bint", "ibn", "binti", "al", "el", "de", "da", "das", "dos", "do", "di", "du",
    "van", "von", "der", "den", "ter", "la", "le", "y", "Al", "El", "Bin", "De", "Le", "La",
    "del", "dela", "delos", "los", "las", "della", "dei", "zu", "af", "ten",
)  # fmt: skip


#: reporting verbs that report speech only with an infinitive after them ("called on X
#: to Y"); without one they tell of a visit ("called on the Minister in Colombo", "paid a
#: courtesy call on X")
VISIT_CUES: Final = frozenset(
    {"called on", "calling on", "called upon", "calling upon", "call on", "calls on"}
)


#: nouns after any of a side's words (name, demonym, capital) that stand for the side
#: itself ("the Chinese side", "Beijing government")
SIDE_NOUNS: Final = (("side",), ("government",), ("people",), ("presidency",), ("administration",))

#: nouns that stand for an organization's side after its name ("NATO allies will ...",
#: "EU member states", "ASEAN members")
ORG_SIDE_NOUNS: Final = (
    ("allies",), ("members",), ("member", "states"), ("member", "countries"),
    ("team",), ("country", "team"), ("system",),  # "the UN team in Jakarta stands ready"
    ("office",), ("country", "office"),  # "the UNODC office in Tehran would work with"
)  # fmt: skip

#: nouns that stand for the side only after its demonym ("the Nigerian armed forces",
#: not "Nigeria forces")
DEMONYM_SIDE_NOUNS: Final = (
    ("authorities",), ("military",), ("armed", "forces"), ("forces",), ("troops",),
    ("parliament",), ("legislature",), ("national", "assembly"), ("navy",), ("army",),
    ("air", "force"), ("coast", "guard"), ("nation",), ("police",), ("police", "officers"),
    ("peacekeepers",), ("soldiers",), ("na",),  # "the Vietnamese NA": its National Assembly
    ("state",),  # "the Turkish state will not leave its citizens ..."
    ("soil",), ("territory",),  # "Afghan soil will never be made available to ..."
)  # fmt: skip


#: verbs of an impersonal report ("It was agreed that ...") whose content binds all the
#: participants, whoever carries it out ("... that the joint committee would draw up");
#: a subset of the verbs ``RULES.impersonal`` reads
BINDING_IMPERSONAL_VERBS: Final = frozenset({"agreed", "decided", "resolved"})


#: verbs that restate an undertaking named by a noun ("reaffirmed America's commitment
#: to ..."): the verb is part of the undertaking's evidence
RENEWING_VERBS: Final = frozenset(
    {"reaffirmed", "reaffirming", "reiterated", "reiterating", "renewed", "renewing",
     "affirmed", "affirming", "confirmed", "confirming", "underlined", "underlining",
     "underscored", "underscoring", "expressed", "expressing", "stressed", "stressing"}
)  # fmt: skip


#: verbs that report only with a joint document after them ("issued a joint statement
#: on ..."; not "adopted the Kars Declaration")
DOCUMENT_VERBS: Final = frozenset({"issued", "adopted", "issuing", "adopting"})

#: words after which a pronoun may open a clause ("..., and he said", "that she noted");
#: after another lower-case word it sits in a relative clause ("the emergency he declared")
CLAUSE_WORDS: Final = frozenset(
    "and but that then so also as while when where because after before since which who "
    "whom whereas although though if once until what how why or nor yet".split()
)

#: head roles (``HEAD_ROLES``) of a head of state ("the Head of State"), and of a head of
#: government ("the Head of Government")
STATE_HEADS: Final = (("president",), ("king",), ("emir",))
GOVERNMENT_HEADS: Final = (("prime", "minister"), ("premier",), ("chancellor",))

#: participles that report what all the participants did together ("..., exchanging
#: views on ..." in the engagement sentence)
MUTUAL_PARTICIPLES: Final = ("exchanging", "discussing", "reviewing", "exploring", "comparing")

#: the cues of a welcome, as written ("welcomed X to the White House" is the visit)
WELCOME_CUES: Final = frozenset({"welcomed", "Welcomed", "welcomes"})

#: the last word of a sub-national place's name that says what kind of place it is
#: ("Lagos State", "Hyogo Prefecture"): the name without it names the place too
PLACE_KIND_WORDS: Final = frozenset(
    "state province prefecture county region oblast district city municipality".split()
)

#: portfolio words that pick out some participants in a group phrase ("the Foreign
#: Ministers" among foreign and defence ministers), with the title words they match
PORTFOLIO_QUALIFIERS: Final = {
    "foreign": frozenset({"foreign"}),
    "defence": frozenset({"defence", "defense"}),
    "defense": frozenset({"defence", "defense"}),
    "trade": frozenset({"trade"}),
    "finance": frozenset({"finance"}),
}

#: words that make an office a subordinate one ("Vice President", "Deputy Foreign
#: Minister"): "the President" is then the other participant, the President
SUBORDINATE_WORDS: Final = frozenset(
    {"vice", "deputy", "assistant", "under", "associate", "junior", "acting", "vice-president"}
)

#: reporting verbs that take the person addressed as object ("told", "assured him that"):
#: no postposed speaker's tail, and a pronoun subject is not that object
OBJECT_VERBS: Final = frozenset({"told", "informed", "assured", "reminded"})

#: reporting verbs (as their cues start) of talking a topic over together: with another
#: participant ("discussed with him", "reviewed X with the Minister"), it is both's
TALKED_OVER: Final = (
    "discussed", "reviewed", "explored", "talked", "exchanged", "examined", "considered",
    "compared", "traded", "went over", "looked at",
)  # fmt: skip

#: irregular past forms that open reporting cues ("went over", "held talks on", "spoke
#: about") or tell a meeting ("met", "sat down", "came"): with the "-ed" forms, what a
#: series of past reports by one subject opens with, and no present-tense verb of a
#: joint statement's writers ("We, A and B, met in London")
IRREGULAR_PASTS: Final = frozenset(
    {
        "went", "held", "had", "spoke", "took", "gave", "made", "sought", "brought", "set",
        "put", "met", "sat", "came",
    }
)  # fmt: skip

#: bare office words a publisher uses for its own untitled participant ("The Minister
#: reaffirmed ..." beside the counterparts it names with their titles)
OWN_OFFICE_WORDS: Final = ("minister",)

#: what a participant wrote, as the subject of a reporting verb: "Xi's message recalled",
#: "Berg's reply described" (the writer is the speaker)
WRITTEN_NOUNS: Final = frozenset(
    {"message", "letter", "reply", "response", "note", "cable", "telegram", "statement"}
)

#: nouns that make "shared" an adjective, no reporting verb: "the alliance and shared
#: security priorities", "common and shared interests"
SHARED_NOUNS: Final = frozenset(
    {
        "interests", "values", "prosperity", "security", "future", "goals", "history",
        "priorities", "challenges", "vision", "objectives", "responsibility", "heritage",
        "border", "borders", "democratic", "strategic", "economic", "regional", "global",
        "commitment", "principles", "aspirations", "destiny",
    }
)  # fmt: skip

#: what follows "We" in a sentence that is one writer's own stance or undertaking ("We
#: will deliver ...", "We remain committed ..."); "We discussed", "We agreed" are joint acts
WRITER_VERBS: Final = frozenset(
    {"will", "would", "shall", "are", "remain", "stand", "must", "cannot", "can", "won't"}
)

#: words that make a writer's "We will ..." the participants' together ("together", "both")
JOINT_WORDS: Final = frozenset({"together", "jointly", "both", "mutual", "mutually"})

#: a demonstrative right before a modal is its subject, a thing ("This will reduce ...")
DEMONSTRATIVES: Final = frozenset({"this", "that", "these", "those"})
#: articles and demonstratives: what may stand before a noun ("an idea", "this plan")
ARTICLES: Final = frozenset({"a", "an", "the"}) | DEMONSTRATIVES

#: "the leaders (of the two countries)": heads of state or government, whom a meeting of
#: ministers does not have among its participants
LEADER_NOUNS: Final = frozenset({"leaders", "leadership", "presidents", "heads"})

#: "A and his guest": the other participant of two, as the second of a pair
PAIR_OTHER_NOUNS: Final = frozenset({"guest", "host", "counterpart", "visitor", "interlocutor"})

#: cues that may report things handed over rather than words ("exchanged memoranda")
HANDED_OVER_CUES: Final = frozenset({"exchanged", "exchanging", "swapped", "swapping"})

#: abbreviated styles of address, by the style they stand for ("H.H. Sheikh X")
STYLE_ABBREVIATIONS: Final = {
    "H.H.": "highness", "H.E.": "excellency", "H.M.": "majesty", "H.R.H.": "royal highness",
}  # fmt: skip

#: the style of address a royal title or honorific before a name implies, where the text
#: never writes the style there ("Sheikh Mohamed ..." then "His Highness said ...")
IMPLIED_STYLES: Final = {
    "sheikh": "highness", "sheikha": "highness", "prince": "highness",
    "princess": "highness", "emir": "highness", "amir": "highness",
    "king": "majesty", "queen": "majesty", "sultan": "majesty",
}  # fmt: skip

#: sides whose participants are styled "His Highness" whatever their office (the Emirati,
#: Qatari and Kuwaiti ruling families): the style's owner where no mention says so
HIGHNESS_SIDES: Final = frozenset({"ARE", "QAT", "KWT"})

#: royal ranks written before a name that hold no office: an office the text gives the
#: same person elsewhere ("Prince Faisal" and "Faisal, Foreign Minister of ...") wins
RANK_ONLY_TITLES: Final = frozenset({"Prince", "Princess", "Senator"})

#: the small words a title written in lower case may hold between its own words
#: ("special advisor to the president", "chairman of the ... Committee")
TITLE_LINK_WORDS: Final = frozenset({"of", "the", "to", "for", "and", "on", "in"})

#: the words that open a relative clause: a clause so opened is no topic of its own
RELATIVE_WORDS: Final = frozenset({"that", "which", "who", "whom"})

#: offices whose last word alone does not name them: "the minister" is not the Prime
#: Minister when another minister takes part
COMPOUND_TITLE_HEADS: Final = frozenset({("prime", "minister")})

#: honorifics that show their holder's grammatical gender: "m" or "f"
GENDER_HONORIFICS: Final = {
    "mr": "m", "sir": "m", "mrs": "f", "ms": "f", "madam": "f", "madame": "f", "mme": "f",
    "dame": "f",
}  # fmt: skip

#: title heads whose "X of Y" form is also written "Y X" ("Minister of Foreign Affairs",
#: "the Foreign Minister"; "Secretary of Defense", "the Defense Secretary")
INVERTIBLE_TITLE_HEADS: Final = frozenset({"minister", "secretary"})

#: prepositions that open a sentence's scene-setting phrase ("In his message, X noted:")
OPENING_PREPOSITIONS: Final = frozenset(
    "In During At On For With After Before Following Upon Through Throughout".split()
)

#: reporting verbs that after "has" / "have" and without "that" mean something else
#: ("Ethiopia has maintained rapid growth", "the two countries have held regular talks")
PERFECT_NOT_REPORTING: Final = frozenset(
    # "the assistance the UAE has extended to refugees": a deed, in a clause of the object
    {
        "maintained",
        "held",
        "observed",
        "recorded",
        "extended",
        "offered",
        "supported",
        "backed",
        "made clear",
    }
)

#: reporting participles that, leading a sentence, only frame its topic ("Looking ahead to
#: the summit, the leaders discussed ..."), though "The leaders looked ahead to the summit"
#: reports
FRAMING_LEADS: Final = frozenset({"looking ahead to"})


#: the last words of an organization's name that name it alone after "the" ("the
#: Programme" for the World Food Programme); a UN body so named is also "the agency"
ORG_KIND_NOUNS: Final = frozenset(
    {"Organization", "Organisation", "Programme", "Program", "Fund", "Agency", "Bank",
     "Alliance", "Community", "Association", "Commission"}
)  # fmt: skip
UN_AGENCY_NOUNS: Final = frozenset({"Programme", "Program", "Fund", "Agency", "Organization"})

#: what the press calls an organization in its own officials' words ("the bloc stands
#: ready to", "the Alliance is ready to", "The League is willing to", the United
#: Nations' "the Organization"): by organization key
ORG_EPITHETS: Final = {
    "United Nations": ("Organization",),
    "European Union": ("bloc", "Union", "Brussels"),  # (its seat, as news agencies write)
    "North Atlantic Treaty Organization": ("Alliance",),
    "League of Arab States": ("League",),
    "African Union": ("Union",),
    "Association of Southeast Asian Nations": ("bloc", "Association"),
    "Gulf Cooperation Council": ("bloc", "Council"),
}

#: the sides whose officials' names the press writes family name first ("Kang
#: Kyung-wha", "Wang Yi", "Le Hong Anh"): their surname is the first word ("Minister Kang")
FAMILY_NAME_FIRST: Final = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"})

#: of those, the sides whose press calls officials by the last word of the name, the given
#: name ("PM Chinh" for Pham Minh Chinh)
CALLED_BY_GIVEN_NAME: Final = frozenset({"VNM"})
