"""The parser on readouts written for the project, in several house styles.

Every text here is invented for the tests; the fixtures under
tests/fixtures/styles carry gold annotations in the corpus GUIDE's format.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import readoutkit
from readoutkit import Kind, Modality, Polarity, Readout
from readoutkit.evaluate import evaluate
from readoutkit.lexicon import Lexicon
from readoutkit.parser import COMPILED
from readoutkit.parser.words import BINDING_IMPERSONAL_VERBS, OBJECT_VERBS, SEATS_OF_GOVERNMENT

STYLES = Path(__file__).parent / "fixtures" / "styles"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
LATER = [Path(__file__).parent / "fixtures" / name for name in ("blind", "final")]
FRESH = Path(__file__).parent / "fixtures" / "fresh"
PROBE = Path(__file__).parent / "fixtures" / "probe"
PROBE2 = Path(__file__).parent / "fixtures" / "probe2"
#: the probe sets written on 2026-12-04 (evening), each scored blind once, then tuned on
LATER_PROBES = [
    Path(__file__).parent / "fixtures" / name
    for name in ("probe3", "probe4", "probe5", "probe6", "probe7", "probe8")
]
FRESH2 = Path(__file__).parent / "fixtures" / "fresh2"
#: the probe sets written on 2026-12-05, each scored blind once, then tuned on
DEC5_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(9, 19)]
#: probe19 to probe24 (fifth session): blind first scores 0.975, 0.958, 0.971, 0.991,
#: 0.980, 0.962, then tuned on
SESSION5_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(19, 25)]
SESSION6_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(25, 29)]
#: probe29 to probe32 (seventh session): blind first scores 0.949, 0.913, 0.987, 0.968,
#: then tuned on
SESSION7_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(29, 33)]
#: probe33 to probe36, scored blind on the seventh session's final rules (0.971, 0.952,
#: 0.950, 0.979); probe36 is not tuned on
SESSION7_LATE_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(33, 37)]
SESSION8_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(37, 45)]
SESSION9_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(45, 53)]
SESSION10_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(53, 61)]
SESSION10_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(61, 65)]
SESSION11_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(65, 73)]
SESSION11_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(73, 77)]
SESSION12_PROBES = [
    Path(__file__).parent / "fixtures" / f"probe{i}" for i in (77, 78, 79, 81, 82, 83)
]
SESSION12_UNTUNED = [
    Path(__file__).parent / "fixtures" / f"probe{i}" for i in (80, 84, 85, 86, 87, 88)
]
SESSION13_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(89, 93)]
#: fourteenth session: the odd ones tuned on, the even ones never
SESSION14_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(93, 104, 2)]
SESSION14_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(94, 105, 2)]
#: fifteenth session: likewise, odd tuned on, even never
SESSION15_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(105, 122, 2)]
SESSION15_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(106, 123, 2)]
#: sixteenth session: likewise, odd tuned on, even never
SESSION16_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(123, 134, 2)]
SESSION16_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(124, 135, 2)]
SESSION17_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(135, 152, 2)]
SESSION17_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(136, 153, 2)]
SESSION18_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(153, 176, 2)]
SESSION18_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(154, 177, 2)]
SESSION19_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(177, 200, 2)]
SESSION19_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(178, 201, 2)]
SESSION20_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(201, 216, 2)]
SESSION20_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(202, 217, 2)]
SESSION21_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(217, 236, 2)]
SESSION21_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(218, 237, 2)]
SESSION22_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(237, 260, 2)]
SESSION22_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(238, 261, 2)]
SESSION23_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(261, 284, 2)]
SESSION23_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(262, 285, 2)]
SESSION24_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(285, 316, 2)]
SESSION24_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(286, 317, 2)]
SESSION25_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(317, 340, 2)]
SESSION25_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(318, 341, 2)]
SESSION26_PROBES = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(341, 360, 2)]
SESSION26_UNTUNED = [Path(__file__).parent / "fixtures" / f"probe{i}" for i in range(342, 361, 2)]
FRESH3 = Path(__file__).parent / "fixtures" / "fresh3"
FRESH4 = Path(__file__).parent / "fixtures" / "fresh4"
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

XINHUA = (
    " date 2031-03-14 Chinese State Councilor and Foreign Minister Zhao Lin on Thursday held a "
    "phone conversation with Chilean Foreign Minister Ana Torres.\n\n"
    "China and Chile have always treated each other as equals, Zhao said.\n\n"
    "Zhao said that China will continue to deepen cooperation with Chile in trade and green "
    "energy, but will never accept interference in its internal affairs.\n\n"
    "Torres thanked China for its help after the floods, and expressed appreciation for the "
    "support of the Chinese side. Chile is ready to expand exchanges with China, she added.\n\n"
    "The two sides agreed to keep in close touch."
)


def speakers(r: Readout, snippet: str) -> set[str]:
    """Names of the speakers of the statement that contains the snippet."""
    for s in r.statements:
        if snippet in s.text:
            return {r.party(i).name or "" for i in s.speakers}
    raise AssertionError(f"no statement contains {snippet!r}")


def test_xinhua_style_parties_dates_and_kind() -> None:
    r = readoutkit.parse(XINHUA)
    assert r.kind is Kind.PHONE_CALL
    assert r.reference_date == dt.date(2031, 3, 14)
    assert r.date == dt.date(2031, 3, 13)  # the Thursday on or before the header date
    names = {p.name: p for p in r.parties}
    assert set(names) == {"Zhao Lin", "Ana Torres"}
    assert names["Zhao Lin"].title == "State Councilor and Foreign Minister"
    assert names["Zhao Lin"].country == "CHN"
    assert names["Ana Torres"].title == "Foreign Minister"
    assert names["Ana Torres"].country == "CHL"


def test_xinhua_style_speakers() -> None:
    r = readoutkit.parse(XINHUA)
    assert speakers(r, "China and Chile have always treated each other") == {"Zhao Lin"}
    assert speakers(r, "its help after the floods") == {"Ana Torres"}
    assert speakers(r, "appreciation for the support") == {"Ana Torres"}
    assert speakers(r, "Chile is ready to expand exchanges") == {"Ana Torres"}
    assert speakers(r, "keep in close touch") == {"Zhao Lin", "Ana Torres"}
    # a coordinated verb opens its own statement
    help_stmt = next(s for s in r.statements if "floods" in s.text)
    assert "appreciation" not in help_stmt.text


def test_xinhua_style_commitments() -> None:
    r = readoutkit.parse(XINHUA)
    by_text = {c.text: c for c in r.commitments}
    pos = next(c for t, c in by_text.items() if "continue to deepen cooperation" in t)
    neg = next(c for t, c in by_text.items() if "never accept interference" in t)
    assert pos.polarity is Polarity.POSITIVE and pos.modality is Modality.CONTINUE
    assert neg.polarity is Polarity.NEGATIVE
    assert "never accept" not in pos.text  # "X, but will never Y" is two commitments
    zhao = next(p.id for p in r.parties if p.name == "Zhao Lin")
    assert pos.actors == (zhao,) and neg.actors == (zhao,)
    ready = next(c for t, c in by_text.items() if "ready to expand" in t)
    assert ready.modality is Modality.READY
    agreed = next(c for t, c in by_text.items() if "keep in close touch" in t)
    assert set(agreed.actors) == {p.id for p in r.parties}


def test_state_department_style_with_title_references() -> None:
    text = (
        "Secretary Morgan's Call with Kenyan Foreign Minister Wanjiru\n\n"
        "The following is attributed to Spokesperson Ellen Price:\n\n"
        "Secretary of State Daniel Morgan spoke today with Kenyan Foreign Minister Grace "
        "Wanjiru. The Secretary emphasized the importance of regional security cooperation. "
        "They discussed humanitarian access in the region. Foreign Minister Wanjiru "
        "welcomed the new health partnership."
    )
    r = readoutkit.parse(text, reference_date=dt.date(2030, 5, 2))
    assert {p.name for p in r.parties} == {"Daniel Morgan", "Grace Wanjiru"}
    assert "Ellen Price" not in {p.name for p in r.parties}
    assert speakers(r, "importance of regional security cooperation") == {"Daniel Morgan"}
    assert speakers(r, "humanitarian access in the region") == {"Daniel Morgan", "Grace Wanjiru"}
    assert speakers(r, "the new health partnership") == {"Grace Wanjiru"}
    assert r.date == dt.date(2030, 5, 2)


def test_postposed_and_pronoun_speakers() -> None:
    text = (
        "Japanese Foreign Minister Kenji Arai held talks with Polish Foreign Minister Piotr "
        "Nowak in Tokyo on March 3, 2029.\n"
        "The two countries share values of freedom and democracy, Arai said. He stressed "
        "that Japan will strengthen its support for reconstruction.\n"
        "According to Nowak, Poland values Japan's role in the region."
    )
    r = readoutkit.parse(text)
    assert speakers(r, "share values of freedom and democracy") == {"Kenji Arai"}
    assert speakers(r, "Japan will strengthen its support") == {"Kenji Arai"}
    assert speakers(r, "Poland values Japan's role") == {"Piotr Nowak"}
    assert r.kind is Kind.TALKS


def test_hopes_and_demands_are_not_commitments() -> None:
    text = (
        "Turkish Foreign Minister Emre Kaya held a phone call with Greek Foreign Minister "
        "Nikos Pappas.\nKaya said he hoped the talks would resume soon and urged the "
        "parties to show restraint. Pappas said he would like to visit Ankara."
    )
    r = readoutkit.parse(text)
    assert r.commitments == ()


def test_spans_are_evidence() -> None:
    r = readoutkit.parse(XINHUA)
    for s in r.statements:
        assert r.text[s.span.start : s.span.end] == s.text
    for c in r.commitments:
        assert r.text[c.span.start : c.span.end] == c.text
        assert c.statement in {s.id for s in r.statements}
    for p in r.parties:
        assert p.spans and all(0 <= sp.start < sp.end <= len(r.text) for sp in p.spans)


def test_lexicon_is_extended_per_call_without_global_state() -> None:
    text = (
        "Grand Vizier Omar Selim met with Lithuanian Foreign Minister Rasa Vaitkus. "
        "Selim stressed the need for closer cooperation."
    )
    base = Lexicon.default()
    plain = readoutkit.parse(text)
    assert "Omar Selim" not in {p.name for p in plain.parties}
    lex = base.extend(titles=["Grand Vizier"])
    extended = readoutkit.parse(text, lexicon=lex)
    selim = next(p for p in extended.parties if p.name == "Omar Selim")
    assert selim.title == "Grand Vizier"
    assert "Grand Vizier" not in Lexicon.default().titles  # the default is untouched
    assert readoutkit.parse(text) == plain


def test_odd_input_never_raises() -> None:
    for text in ["", " ", "\n\n\n", "“", "...", "A" * 5000, "said said said, he said."]:
        r = readoutkit.parse(text)
        assert r.text == text


def test_too_large_input_is_a_clear_error() -> None:
    from readoutkit.parser import MAX_CHARS

    with pytest.raises(readoutkit.InputTooLargeError, match="exceeds the limit"):
        readoutkit.parse("a" * (MAX_CHARS + 1))


# Floors: the figures reached when these tests were written (raised on 2026-12-04),
# less a small margin.
STYLE_FLOORS = {
    "parties.f1": 0.93,
    "statements.f1": 0.93,
    "commitments.f1": 0.94,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
HELDOUT_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.93,
    "commitments.f1": 0.94,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: the two sets written last ("blind", "final"), scored together
LATER_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.92,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: the fifth set ("fresh", 2026-12-04): scored once, only its totals looked at
FRESH_FLOORS = {
    "parties.f1": 0.89,
    "statements.f1": 0.84,
    "commitments.f1": 0.83,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: "fresh2" (2026-12-04, evening): never tuned on, only its totals looked at (0.979)
FRESH2_FLOORS = {
    "parties.f1": 0.96,
    "statements.f1": 0.94,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: "fresh4" (2026-12-05): never tuned on, only its totals looked at (0.985)
FRESH4_FLOORS = {
    "parties.f1": 0.96,
    "statements.f1": 0.94,
    "commitments.f1": 0.93,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: "fresh3" (2026-12-05): never tuned on, only its totals looked at (0.999)
FRESH3_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.96,
    "commitments.f1": 0.96,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe9 to probe18: blind first scores 0.969, 0.943, 0.963, 0.974, 0.974, 0.986, 0.965,
#: 0.963, 0.960, 0.989, then tuned on
DEC5_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.95,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe37 to probe44: blind first scores 0.951, 0.956, 0.992, 0.923, 0.866, 0.939, 0.925,
#: 0.897; probe38 and probe44 not tuned on (the floors sit below all eight's 0.939, 0.937)
SESSION8_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.93,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe45 to probe52: blind first scores 0.935, 0.949, 0.990, 0.980, 0.882, 0.906, 0.952,
#: 0.963; probe48 and probe52 not tuned on (together 0.979 at the end of the session)
SESSION9_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.93,
    "commitments.f1": 0.93,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe53 to probe60: blind first scores 0.974, 0.968, 0.974, 0.951, 0.922, 0.966, 0.936,
#: 0.957; probe55 and probe58 not tuned on
SESSION10_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.95,
    "commitments.f1": 0.94,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe61 to probe64: written and scored blind at the end of the tenth session (0.966,
#: 0.974, 0.972, 0.969), never tuned on: a guard that later rules do not lose ground there
UNTUNED_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.92,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe65 to probe72: blind first scores 0.947, 0.982, 0.946, 0.928, 0.981, 0.955, 0.913,
#: 0.972; probe66 and probe72 not tuned on
SESSION11_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.94,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe73 to probe76: written after the eleventh session's rules and scored blind once
#: (0.989, 0.970, 0.938, 0.974), never tuned on
UNTUNED11_PROBE_FLOORS = {
    "parties.f1": 0.96,
    "statements.f1": 0.91,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe77 to probe83 but probe80: blind first scores 0.940, 0.977, 0.968, 0.935, 0.944,
#: 0.957 (twelfth session), then tuned on
SESSION12_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.96,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe80, probe84 (twelfth session) and probe85 to probe88 (thirteenth): scored blind,
#: never tuned on: a guard that later rules do not lose ground on unseen text
UNTUNED12_PROBE_FLOORS = {
    "parties.f1": 0.94,
    "statements.f1": 0.90,
    "commitments.f1": 0.91,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe89 to probe92: blind first scores 0.919, 0.985, 0.910, 0.951 (thirteenth
#: session), then tuned on
SESSION13_PROBE_FLOORS = {
    "parties.f1": 0.94,
    "statements.f1": 0.92,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe93, 95, 97, 99, 101, 103: blind first scores 0.962, 0.970, 0.968, 0.958, 0.935,
#: 0.940 (fourteenth session), then tuned on
SESSION14_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.95,
    "commitments.f1": 0.96,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe94, 96, 98, 100, 102, 104: blind first scores 0.973, 0.993, 0.961, 0.957, 0.943,
#: 0.967 (fourteenth session), never tuned on
UNTUNED14_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.91,
    "commitments.f1": 0.92,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe105, 107, ..., 121: blind first scores 0.953, 0.935, 0.954, 0.922, 0.928, 0.991,
#: 0.981, 0.932, 0.963 (fifteenth session), then tuned on (0.981 together after)
SESSION15_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.97,
}
#: probe106, 108, ..., 122: blind first scores 0.935, 0.888, 0.893, 0.989, 0.946, 0.988,
#: 0.955, 0.974, 0.960 (fifteenth session), never tuned on (0.948 together at the end)
UNTUNED15_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.90,
    "commitments.f1": 0.92,
    "date.acc": 0.94,
    "kind.acc": 0.92,
}
#: probe123, 125, ..., 133: blind first scores 0.940, 0.967, 0.928, 0.909, 0.947, 0.974
#: (sixteenth session), then tuned on (0.985 together after)
SESSION16_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.97,
}
#: probe124, 126, ..., 134: blind first scores 0.954, 0.980, 0.968, 0.982, 0.966, 0.988
#: (sixteenth session), never tuned on (0.975 together at the end)
UNTUNED16_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.91,
    "commitments.f1": 0.93,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe135, 137, ..., 151: blind first scores 0.923, 0.942, 0.933, 0.976, 0.900, 0.982,
#: 0.988, 0.941, 0.941 (seventeenth session), then tuned on (0.982 together after)
SESSION17_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.96,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe136, 138, ..., 152: blind first scores 0.945, 0.973, 0.948, 0.958, 0.983, 0.967,
#: 0.974, 0.892, 0.963 (seventeenth session), never tuned on (0.959 together at the end)
UNTUNED17_PROBE_FLOORS = {
    "parties.f1": 0.94,
    "statements.f1": 0.91,
    "commitments.f1": 0.90,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe153, 155, ..., 175: blind first scores 0.960, 0.957, 0.946, 0.977, 0.910, 0.949,
#: 0.978, 0.921, 0.952, 0.943, 0.977, 0.961 (eighteenth session), then tuned on (0.982
#: together after)
SESSION18_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.96,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: probe154, 156, ..., 176: blind first scores 0.949, 0.931, 0.958, 0.940, 0.962, 0.916,
#: 0.958, 0.951, 0.979, 0.993, 0.967, 0.988 (eighteenth session), never tuned on (0.961
#: together at the end)
UNTUNED18_PROBE_FLOORS = {
    "parties.f1": 0.96,
    "statements.f1": 0.91,
    "commitments.f1": 0.92,
    "date.acc": 0.94,
    "kind.acc": 0.95,
}
#: probe177, 179, ..., 199: blind first scores 0.946, 0.972, 0.945, 0.963, 0.986, 0.985,
#: 0.932, 0.969, 0.985, 0.990, 0.974, 0.920 (nineteenth session), then tuned on (0.984
#: together after)
SESSION19_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.95,
    "date.acc": 0.97,
    "kind.acc": 0.98,
}
#: probe178, 180, ..., 200: blind first scores 0.908, 0.960, 0.987, 0.942, 0.952, 0.963,
#: 0.930, 0.948, 0.989, 0.958, 0.933, 0.973 (nineteenth session), never tuned on (0.956
#: together at the end)
UNTUNED19_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.90,
    "commitments.f1": 0.90,
    "date.acc": 0.95,
    "kind.acc": 0.96,
}
#: probe201, 203, ..., 215: blind first scores 0.938, 0.972, 0.968, 0.986, 0.904, 0.943,
#: 0.989, 0.926 (twentieth session), then tuned on (0.986 together after)
SESSION20_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.95,
    "date.acc": 0.97,
    "kind.acc": 0.98,
}
#: probe202, 204, ..., 216: blind first scores 0.944, 0.965, 0.955, 0.960, 0.975, 0.915,
#: 0.947, 0.934 (twentieth session), never tuned on (0.951 together at the end)
UNTUNED20_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.89,
    "commitments.f1": 0.89,
    "date.acc": 0.92,
    "kind.acc": 0.96,
}
#: probe217, 219, ..., 235: blind first scores 0.956, 0.952, 0.990, 0.977, 0.972, 0.942,
#: 0.937, 0.926, 0.944, 0.956 (twenty-first session), then tuned on (0.974 together after;
#: probe233 and probe235 came late and were barely tuned on)
SESSION21_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.94,
    "date.acc": 0.93,
    "kind.acc": 0.97,
}
#: probe218, 220, ..., 236: blind first scores 0.973, 0.951, 0.939, 0.950, 0.940, 0.945,
#: 0.986, 0.952, 0.915, 0.943 (twenty-first session), never tuned on (0.951 together at
#: the end)
UNTUNED21_PROBE_FLOORS = {
    "parties.f1": 0.96,
    "statements.f1": 0.90,
    "commitments.f1": 0.91,
    "date.acc": 0.89,
    "kind.acc": 0.95,
}
#: probe237, 239, ..., 259: blind first scores 0.969, 0.972, 0.910, 0.971, 0.974, 0.929,
#: 0.908, 0.950, 0.946, 0.946, 0.931, 0.941 (twenty-second session), then tuned on (0.965
#: together after; the last four came late and were barely tuned on)
SESSION22_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.93,
    "commitments.f1": 0.95,
    "date.acc": 0.94,
    "kind.acc": 0.96,
}
#: probe238, 240, ..., 260: blind first scores 0.939, 0.965, 0.965, 0.985, 0.947, 0.932,
#: 0.936, 0.952, 0.946, 0.919, 0.937, 0.973 (twenty-second session), never tuned on (0.952
#: together at the end)
UNTUNED22_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.92,
    "commitments.f1": 0.91,
    "date.acc": 0.94,
    "kind.acc": 0.97,
}
#: probe261, 263, ..., 283: blind first scores 0.955, 0.941, 0.966, 0.919, 0.973, 0.945,
#: 0.882, 0.932, 0.964, 0.931, 0.964, 0.976 (twenty-third session), then tuned on (0.966
#: together after; the last four came late and were barely tuned on)
SESSION23_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.92,
    "commitments.f1": 0.93,
    "date.acc": 0.94,
    "kind.acc": 0.98,
}
#: probe262, 264, ..., 284: blind first scores 0.985, 0.943, 0.985, 0.914, 0.972, 0.904,
#: 0.967, 0.942, 0.892, 0.979, 0.973, 0.948 (twenty-third session), never tuned on (0.955
#: together at the end)
UNTUNED23_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.92,
    "commitments.f1": 0.93,
    "date.acc": 0.92,
    "kind.acc": 0.97,
}
#: probe285, 287, ..., 315: blind first scores 0.967, 0.922, 0.968, 0.948, 0.952, 0.902,
#: 0.930, 0.953, 0.976, 0.980, 0.964, 0.917, 0.935, 0.931, 0.986, 0.935 (twenty-fourth
#: session), then tuned on (0.967 together after)
SESSION24_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.94,
    "commitments.f1": 0.95,
    "date.acc": 0.93,
    "kind.acc": 0.97,
}
#: probe286, 288, ..., 316: blind first scores 0.907, 0.913, 0.940, 0.921, 0.921, 0.914,
#: 0.926, 0.985, 0.980, 0.977, 0.952, 0.949, 0.906, 0.991, 0.934, 0.950 (twenty-fourth
#: session), never tuned on (0.943 together at the end)
UNTUNED24_PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.89,
    "commitments.f1": 0.89,
    "date.acc": 0.95,
    "kind.acc": 0.97,
}
#: probe317, 319, ..., 339: blind first scores 0.935, 0.950, 0.971, 0.973, 0.968, 0.977,
#: 0.942, 0.962, 0.956, 0.964, 0.938, 0.970 (twenty-fifth session), then tuned on (0.972
#: together after)
SESSION25_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.94,
    "commitments.f1": 0.95,
    "date.acc": 0.94,
    "kind.acc": 0.98,
}
#: probe318, 320, ..., 340: blind first scores 0.984, 0.937, 0.996, 0.973, 0.974, 0.962,
#: 0.972, 0.990, 0.933, 0.967, 0.957, 0.982 (twenty-fifth session), never tuned on (0.970
#: together at the end)
UNTUNED25_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.93,
    "commitments.f1": 0.93,
    "date.acc": 0.97,
    "kind.acc": 0.98,
}
#: probe341, 343, ..., 359: blind first scores 0.965, 0.986, 0.983, 0.960, 0.952, 0.961,
#: 0.968, 0.949, 0.990, 0.987 (twenty-sixth session), then tuned on (0.986 together after)
SESSION26_PROBE_FLOORS = {
    "parties.f1": 0.98,
    "statements.f1": 0.95,
    "commitments.f1": 0.96,
    "date.acc": 0.97,
    "kind.acc": 0.95,
}
#: probe342, 344, ..., 360: blind first scores 0.983, 0.934, 0.968, 0.978, 0.990, 0.972,
#: 0.981, 0.957, 0.951, 0.981 (twenty-sixth session), never tuned on (0.971 together at
#: the end)
UNTUNED26_PROBE_FLOORS = {
    "parties.f1": 0.96,
    "statements.f1": 0.92,
    "commitments.f1": 0.94,
    "date.acc": 0.97,
    "kind.acc": 0.97,
}
#: probe3 to probe8: blind first scores 0.924, 0.951, 0.936, 0.940, 0.943, 0.908, then tuned on
LATER_PROBE_FLOORS = {
    "parties.f1": 0.97,
    "statements.f1": 0.94,
    "commitments.f1": 0.95,
    "date.acc": 0.95,
    "kind.acc": 0.95,
}
#: the sixth and seventh sets ("probe", "probe2", 2026-12-04): scored blind once, then
#: tuned on (their first scores were 0.927 and 0.876 overall)
PROBE_FLOORS = {
    "parties.f1": 0.95,
    "statements.f1": 0.88,
    "commitments.f1": 0.87,
    "date.acc": 0.93,
    "kind.acc": 0.95,
}
DEV_FLOORS = {
    "parties.f1": 0.97,
    "parties.title_acc": 0.95,
    "parties.country_acc": 0.98,
    "statements.f1": 0.92,
    "commitments.f1": 0.91,
    "date.acc": 0.97,
    "kind.acc": 0.97,
}


#: each fixture set (or group of sets) with its floors and the files it must hold
FIXTURE_FLOORS = {
    # the house-style sets, written first
    "styles": ([STYLES], STYLE_FLOORS, 20),
    # a second set written later, in other words, to see the rules generalise
    "heldout": ([HELDOUT], HELDOUT_FLOORS, 20),
    # readouts written after the rules were tuned (only their totals were looked at)
    "blind+final": (LATER, LATER_FLOORS, 24),
    # the sets never tuned on: floors under the estimates for unseen text
    "fresh": ([FRESH], FRESH_FLOORS, 14),
    "fresh2": ([FRESH2], FRESH2_FLOORS, 14),
    "fresh3": ([FRESH3], FRESH3_FLOORS, 14),
    "fresh4": ([FRESH4], FRESH4_FLOORS, 14),
    # the probe sets, written blind to find failures, then tuned on
    "probe+probe2": ([PROBE, PROBE2], PROBE_FLOORS, 32),
    "probe3-8": (LATER_PROBES, LATER_PROBE_FLOORS, 50),
    "probe9-18": (DEC5_PROBES, DEC5_PROBE_FLOORS, 120),
    "probe19-24": (SESSION5_PROBES, DEC5_PROBE_FLOORS, 72),
    "probe25-28": (SESSION6_PROBES, DEC5_PROBE_FLOORS, 48),
    "probe29-32": (SESSION7_PROBES, DEC5_PROBE_FLOORS, 48),
    "probe33-36": (SESSION7_LATE_PROBES, DEC5_PROBE_FLOORS, 48),
    "probe37-44": (SESSION8_PROBES, SESSION8_PROBE_FLOORS, 96),
    "probe45-52": (SESSION9_PROBES, SESSION9_PROBE_FLOORS, 96),
    "probe53-60": (SESSION10_PROBES, SESSION10_PROBE_FLOORS, 96),
    "probe61-64": (SESSION10_UNTUNED, UNTUNED_PROBE_FLOORS, 48),
    "probe65-72": (SESSION11_PROBES, SESSION11_PROBE_FLOORS, 96),
    "probe73-76": (SESSION11_UNTUNED, UNTUNED11_PROBE_FLOORS, 48),
    "probe77-83": (SESSION12_PROBES, SESSION12_PROBE_FLOORS, 72),
    "probe80+84-88": (SESSION12_UNTUNED, UNTUNED12_PROBE_FLOORS, 72),
    "probe89-92": (SESSION13_PROBES, SESSION13_PROBE_FLOORS, 48),
    "probe93-103odd": (SESSION14_PROBES, SESSION14_PROBE_FLOORS, 72),
    "probe94-104even": (SESSION14_UNTUNED, UNTUNED14_PROBE_FLOORS, 72),
    "probe105-121odd": (SESSION15_PROBES, SESSION15_PROBE_FLOORS, 108),
    "probe106-122even": (SESSION15_UNTUNED, UNTUNED15_PROBE_FLOORS, 108),
    "probe123-133odd": (SESSION16_PROBES, SESSION16_PROBE_FLOORS, 72),
    "probe124-134even": (SESSION16_UNTUNED, UNTUNED16_PROBE_FLOORS, 72),
    "probe135-151odd": (SESSION17_PROBES, SESSION17_PROBE_FLOORS, 108),
    "probe136-152even": (SESSION17_UNTUNED, UNTUNED17_PROBE_FLOORS, 108),
    "probe153-175odd": (SESSION18_PROBES, SESSION18_PROBE_FLOORS, 144),
    "probe154-176even": (SESSION18_UNTUNED, UNTUNED18_PROBE_FLOORS, 144),
    "probe177-199odd": (SESSION19_PROBES, SESSION19_PROBE_FLOORS, 144),
    "probe178-200even": (SESSION19_UNTUNED, UNTUNED19_PROBE_FLOORS, 144),
    "probe201-215odd": (SESSION20_PROBES, SESSION20_PROBE_FLOORS, 96),
    "probe202-216even": (SESSION20_UNTUNED, UNTUNED20_PROBE_FLOORS, 96),
    "probe217-235odd": (SESSION21_PROBES, SESSION21_PROBE_FLOORS, 120),
    "probe218-236even": (SESSION21_UNTUNED, UNTUNED21_PROBE_FLOORS, 120),
    "probe237-259odd": (SESSION22_PROBES, SESSION22_PROBE_FLOORS, 144),
    "probe238-260even": (SESSION22_UNTUNED, UNTUNED22_PROBE_FLOORS, 144),
    "probe261-283odd": (SESSION23_PROBES, SESSION23_PROBE_FLOORS, 144),
    "probe262-284even": (SESSION23_UNTUNED, UNTUNED23_PROBE_FLOORS, 144),
    "probe285-315odd": (SESSION24_PROBES, SESSION24_PROBE_FLOORS, 192),
    "probe286-316even": (SESSION24_UNTUNED, UNTUNED24_PROBE_FLOORS, 192),
    "probe317-339odd": (SESSION25_PROBES, SESSION25_PROBE_FLOORS, 144),
    "probe318-340even": (SESSION25_UNTUNED, UNTUNED25_PROBE_FLOORS, 144),
    "probe341-359odd": (SESSION26_PROBES, SESSION26_PROBE_FLOORS, 120),
    "probe342-360even": (SESSION26_UNTUNED, UNTUNED26_PROBE_FLOORS, 120),
}


@pytest.mark.parametrize("name", sorted(FIXTURE_FLOORS))
def test_fixture_set_regression(name: str) -> None:
    dirs, floors, files = FIXTURE_FLOORS[name]
    result = evaluate(dirs)
    assert len(result.files) >= files
    assert result.summary["parser_errors"] == 0
    for key, floor in floors.items():
        assert result.summary[key] >= floor, (key, result.summary[key])


@pytest.mark.corpus
@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is absent (fresh clone)")
def test_dev_corpus_regression() -> None:
    result = evaluate([DEV])
    assert result.summary["parser_errors"] == 0
    for key, floor in DEV_FLOORS.items():
        assert result.summary[key] >= floor, (key, result.summary[key])


def test_first_person_release() -> None:
    text = (
        "Minister for Trade Aoife Brennan meets Ghanaian counterpart\n\n"
        "Today I met with Ghana's Minister of Trade, Kwame Asante, in Dublin. "
        "I welcomed the progress on the cocoa supply agreement. "
        "We agreed to convene a joint business forum next spring. "
        "Minister Asante briefed me on Ghana's new industrial strategy."
    )
    r = readoutkit.parse(text)
    assert {p.name for p in r.parties} == {"Aoife Brennan", "Kwame Asante"}
    assert speakers(r, "progress on the cocoa supply agreement") == {"Aoife Brennan"}
    assert speakers(r, "convene a joint business forum") == {"Aoife Brennan", "Kwame Asante"}
    assert speakers(r, "Ghana's new industrial strategy") == {"Kwame Asante"}
    forum = next(c for c in r.commitments if "joint business forum" in c.text)
    assert len(forum.actors) == 2 and forum.modality is Modality.AGREED


def test_agreed_to_a_list_is_one_clause() -> None:
    # the GUIDE: one entry per undertaking clause, however many infinitives it lists
    text = (
        "Foreign Minister Ilse Moravec met Foreign Minister Tam Ruso in Ostrava. "
        "The ministers agreed to expand rail links between the two capitals, "
        "and to open a joint trade office in the spring."
    )
    r = readoutkit.parse(text)
    [statement] = [s for s in r.statements if "rail links" in s.text]
    assert "joint trade office" in statement.text
    [commitment] = [c for c in r.commitments if "rail links" in c.text]
    assert commitment.text.endswith("joint trade office in the spring")
    assert commitment.modality is Modality.AGREED and len(commitment.actors) == 2


def test_an_organization_title_heading_a_longer_one_gives_the_side() -> None:
    text = (
        "Brussels, 3 March 2025\n\n"
        "High Representative for Foreign Affairs and Security Policy/Vice-President of the "
        "European Commission Lena Varga met Foreign Minister Tam Ruso of Ostria today. "
        "Varga said the Union stands ready to support reforms."
    )
    r = readoutkit.parse(text)
    varga = next(p for p in r.parties if p.name == "Lena Varga")
    assert (varga.organization, varga.country) == ("European Union", None)


def test_a_plan_both_sides_agree_on_in_the_passive_is_their_commitment() -> None:
    text = (
        "Foreign Minister Ilse Moravec held talks with Foreign Minister Tam Ruso in Ostrava. "
        "The two ministers agreed that exchanges, including at the ministerial level, "
        "will be pursued more actively. "
        "Moravec said the harvest will be delayed by the drought."
    )
    r = readoutkit.parse(text)
    [c] = r.commitments
    assert c.text == "exchanges, including at the ministerial level, will be pursued more actively"
    assert len(c.actors) == 2
    # one speaker's passive is a forecast, not an undertaking


def test_with_both_sides_pledging_is_a_joint_undertaking() -> None:
    text = (
        "Vice Premier Arlo Varga held talks on Monday with Ostrian Minister of Trade Tam Ruso, "
        "with the two sides agreeing to deepen cooperation in port operations."
    )
    r = readoutkit.parse(text)
    [s] = r.statements
    assert s.text == "to deepen cooperation in port operations"
    assert len(s.speakers) == 2
    [c] = r.commitments
    assert c.text == "agreeing to deepen cooperation in port operations" and len(c.actors) == 2


def test_a_pledge_closing_the_engagement_sentence_is_everyones() -> None:
    text = (
        "Defense Minister Arlo Varga and Ostrian Defense Minister Tam Ruso held a video call "
        "on Wednesday, pledging to expand joint training."
    )
    r = readoutkit.parse(text)
    [c] = r.commitments
    assert c.text == "pledging to expand joint training" and len(c.actors) == 2


def test_joint_subject_after_a_sides_own_sentence_is_everyones() -> None:
    text = (
        "Chilean Foreign Minister Ilse Moravec met Peruvian Foreign Minister Tam Ruso.\n\n"
        "Peru will continue to invest in the river ports of the region. "
        "The two sides are determined to conclude the customs talks this year."
    )
    r = readoutkit.parse(text)
    [s] = [x for x in r.statements if "customs talks" in x.text]
    assert len(s.speakers) == 2


def test_joint_subject_inside_ones_reported_speech_stays_theirs() -> None:
    text = (
        "Foreign Minister Ilse Moravec met Foreign Minister Tam Ruso in Ostrava. "
        "Moravec said that trade has grown fast. "
        "The two countries have deepened their trust year by year."
    )
    r = readoutkit.parse(text)
    [s] = [x for x in r.statements if "deepened their trust" in x.text]
    assert [p.name for p in r.parties if p.id in s.speakers] == ["Ilse Moravec"]


def test_passive_reports_are_everyones_one_per_clause() -> None:
    text = (
        "Foreign Minister Arlo Varga held a phone call with Foreign Minister Tam Ruso. "
        "The latest developments in the region were discussed and the need for closer "
        "customs cooperation was also underscored. "
        "Views were exchanged on the situation in the Gulf. "
        "During the call, bilateral relations as well as regional and global issues were "
        "discussed."
    )
    r = readoutkit.parse(text)
    got = [(s.text, s.rule, len(s.speakers)) for s in r.statements]
    assert got == [
        ("The latest developments in the region", "passive", 2),
        ("the need for closer customs cooperation", "passive", 2),
        ("the situation in the Gulf", "passive", 2),
        # the opening adverbial is no part of the topic
        ("bilateral relations as well as regional and global issues", "passive", 2),
    ]


def test_a_title_written_out_beats_its_abbreviation() -> None:
    text = (
        "Leaders call\n\n"
        "Ahead of the summit, President Arlo Varga holds talks with PM Ivo Quill.\n"
        "President Arlo Varga spoke with Prime Minister Ivo Quill this evening. "
        "Quill said the summit will focus on trade."
    )
    r = readoutkit.parse(text)
    quill = next(p for p in r.parties if p.name == "Ivo Quill")
    assert quill.title == "Prime Minister"


def test_a_time_adverbial_opening_a_sentence_is_narration_not_continuation() -> None:
    text = (
        "Foreign Minister Ilse Moravec met Foreign Minister Tam Ruso in Ostrava. "
        "Moravec said that trade has grown fast. Ties are at their best in decades. "
        "Later in the day, Moravec toured the new river port with the mayor."
    )
    r = readoutkit.parse(text)
    texts = [s.text for s in r.statements]
    assert any("Ties are at their best" in t for t in texts)  # a continuation
    assert not any("river port" in t for t in texts)


def test_a_seat_of_government_places_the_host() -> None:
    text = (
        "Vice President Dana Whitlock met today at the Eisenhower Executive Office Building "
        "with Prime Minister Colm Arden of Barbados. They discussed U.S. support for climate resilience."
    )
    r = readoutkit.parse(text)
    assert {p.name: p.country for p in r.parties} == {"Dana Whitlock": "USA", "Colm Arden": "BRB"}


def test_quoted_we_is_the_speaker_not_both() -> None:
    text = (
        "High Representative Lena Varga met U.S. Secretary of State Paul Greer in Washington. "
        "\u201cWe had a frank exchange on trade,\u201d Varga said."
    )
    r = readoutkit.parse(text)
    assert speakers(r, "We had a frank exchange on trade") == {"Lena Varga"}


@pytest.mark.skipif(COMPILED, reason="compiled code does not look up a replaced module attribute")
def test_a_failing_stage_becomes_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = sys.modules["readoutkit.parser"]

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("rule table corrupted")

    monkeypatch.setattr(pipeline, "find_commitments", broken)
    r = readoutkit.parse(XINHUA)
    assert r.commitments == ()
    assert r.statements  # the other stages still ran
    errors = [w for w in r.warnings if w.code == "internal-error"]
    assert (
        len(errors) == 1 and "commitments: RuntimeError: rule table corrupted" in errors[0].message
    )


#: per house style: floors for parties F1, statements F1, commitments F1 on its fixture
#: (the figures reached when written, rounded down); date and kind must be right
STYLE_FILE_FLOORS: dict[str, tuple[float, float, float]] = {
    "canada-pmo-call": (1.0, 0.9, 1.0),
    "cgtn-un-agency-meeting": (1.0, 0.8, 1.0),
    "chinese-mfa-phone-call": (1.0, 1.0, 1.0),
    "eeas-high-representative": (1.0, 1.0, 0.6),
    "first-person-release": (1.0, 0.9, 0.8),
    "gulf-wam-phone-call": (1.0, 1.0, 1.0),
    "india-pib-phone-call": (1.0, 1.0, 1.0),
    "japan-mofa-telephone-talks": (1.0, 1.0, 1.0),
    "joint-statement": (1.0, 1.0, 1.0),
    "korea-mofa-meeting": (1.0, 0.9, 1.0),
    "letter-congratulatory-messages": (0.6, 0.8, 1.0),
    "news-agency-rewrite": (0.6, 0.6, 1.0),
    "pakistan-mofa-phone-call": (1.0, 1.0, 1.0),
    "pentagon-meeting": (1.0, 1.0, 1.0),
    "russian-mfa-phone-call": (1.0, 1.0, 1.0),
    "state-dept-call": (1.0, 0.8, 0.8),
    "turkey-presidency-call": (1.0, 0.7, 1.0),
    "uk-no10-call": (1.0, 1.0, 1.0),
    "un-sg-meeting": (1.0, 1.0, 1.0),
    "video-call": (1.0, 0.9, 1.0),
    "white-house-call": (1.0, 1.0, 0.5),
    "xinhua-dateline-rewrite": (1.0, 1.0, 1.0),
}


@pytest.mark.parametrize("name", sorted(STYLE_FILE_FLOORS))
def test_house_style(name: str) -> None:
    """Each house style's own readout: who took part, who said and undertook what, when."""
    result = evaluate([STYLES / f"{name}.gold.json"])
    (scored,) = result.files
    assert scored.error is None
    x = scored.figures
    parties, statements, commitments = STYLE_FILE_FLOORS[name]
    assert x["parties.f1"] >= parties, scored.misses
    assert x["statements.f1"] >= statements, scored.misses
    assert x["commitments.f1"] >= commitments, scored.misses
    assert x["date.acc"] == 1.0 and x["kind.acc"] == 1.0, scored.misses
    text = (STYLES / f"{name}.txt").read_text(encoding="utf-8")
    r = readoutkit.parse(text)
    for s in r.statements:
        assert text[s.span.start : s.span.end] == s.text
    for c in r.commitments:
        assert text[c.span.start : c.span.end] == c.text


def test_untitled_participant_after_a_time_phrase() -> None:
    r = readoutkit.parse(
        "Today Wang Yi met Chilean Foreign Minister Ana Torres. Wang said China will deepen ties."
    )
    names = {p.name: p for p in r.parties}
    assert set(names) == {"Wang Yi", "Ana Torres"}
    assert names["Wang Yi"].country == "CHN"  # from the officials gazetteer
    assert speakers(r, "China will deepen ties") == {"Wang Yi"}
    (c,) = r.commitments
    assert c.actors == (names["Wang Yi"].id,) and c.text == "China will deepen ties"


def test_a_noun_cue_inside_an_undertaking_is_not_another_one() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira. "
        "Vieira said Brazil values its ties with China and will never waver in its "
        "commitment to the one-China policy."
    )
    (c,) = r.commitments
    assert c.text == "will never waver in its commitment to the one-China policy"
    assert c.polarity is Polarity.NEGATIVE


def test_custom_verb_form_cue_binds_the_speakers() -> None:
    from readoutkit.lexicon import CommitmentCue, ReportingVerb

    text = (
        "Foreign Minister Wang Yi held talks with Chilean Foreign Minister Ana Torres. "
        "Torres guaranteed to open a consulate in Chengdu next year."
    )
    assert readoutkit.parse(text).commitments == ()
    lex = Lexicon.default().extend(
        reporting_verbs=[ReportingVerb("guaranteed", "guaranteeing", "topic")],
        commitment_cues=[CommitmentCue("guaranteed to", Modality.PLEDGED, form="verb")],
    )
    r = readoutkit.parse(text, lexicon=lex)
    (c,) = r.commitments
    assert c.text == "guaranteed to open a consulate in Chengdu next year"
    assert r.names(c.actors) == ("Ana Torres",) and c.modality is Modality.PLEDGED


def test_a_lexicon_verb_of_belief_reports_a_prediction_not_an_undertaking() -> None:
    from readoutkit.lexicon import ReportingVerb

    text = (
        "Foreign Minister Wang Yi held talks with Chilean Foreign Minister Ana Torres. "
        "Torres surmised that Chile will open a consulate in Chengdu next year."
    )
    said = Lexicon.default().extend(reporting_verbs=[ReportingVerb("surmised", "surmising")])
    r = readoutkit.parse(text, lexicon=said)
    assert [c.text for c in r.commitments] == ["Chile will open a consulate in Chengdu next year"]
    believed = Lexicon.default().extend(
        reporting_verbs=[ReportingVerb("surmised", "surmising", belief=True)]
    )
    r = readoutkit.parse(text, lexicon=believed)
    assert [s.text for s in r.statements] == ["Chile will open a consulate in Chengdu next year"]
    assert r.commitments == ()


def test_a_participle_of_belief_reports_a_prediction_not_an_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi held talks with Chilean Foreign Minister Ana Torres. Torres "
        "welcomed the talks, expressing confidence that Chile will open a consulate next year."
    )
    assert [s.text for s in r.statements][-1] == "Chile will open a consulate next year"
    assert r.commitments == ()


def test_news_agency_rewrite_with_a_ministry_attribution() -> None:
    text = (
        "MOSCOW, June 3, 2031. /TASS/. Russian Foreign Minister Pavel Orlov and his Turkish "
        "counterpart Emre Kaya discussed the situation in the South Caucasus in a phone call "
        'on Monday, the Russian Foreign Ministry said.\n\n"The ministers agreed to continue '
        'coordination," the ministry said in a statement.'
    )
    r = readoutkit.parse(text)
    assert r.reference_date == dt.date(2031, 6, 3) and r.date == dt.date(2031, 6, 2)
    names = {p.name: p for p in r.parties}
    assert set(names) == {"Pavel Orlov", "Emre Kaya"}
    assert names["Emre Kaya"].country == "TUR"
    texts = [s.text for s in r.statements]
    assert "the situation in the South Caucasus in a phone call on Monday" in texts
    assert "to continue coordination" in texts  # the ministry's attribution is not content


def test_a_dateline_city_is_not_a_participant() -> None:
    r = readoutkit.parse(
        "Abu Dhabi, 12th May, 2031 (WAM) -- H.H. Sheikh Saeed bin Rashid Al Nahyan, Minister of "
        "Foreign Affairs, today received a phone call from Dr. Karim Salem, Minister of "
        "Foreign Affairs and Emigration of Egypt."
    )
    assert [p.name for p in r.parties] == ["Saeed bin Rashid Al Nahyan", "Karim Salem"]
    assert r.parties[1].title == "Minister of Foreign Affairs and Emigration"
    assert r.parties[1].country == "EGY"


def test_the_dateline_gives_the_side_of_the_publisher_s_official() -> None:
    r = readoutkit.parse(
        "Riyadh, May 2, 2031, SPA -- His Highness Prince Khalid bin Saud, Minister of Foreign "
        "Affairs, received a phone call today from Minister for Foreign Affairs of Ireland "
        "Ciara Byrne. The two ministers discussed regional developments."
    )
    sides = {p.name: p.country for p in r.parties}
    assert sides == {"Khalid bin Saud": "SAU", "Ciara Byrne": "IRL"}
    assert r.parties[0].title == "Minister of Foreign Affairs"
    assert r.date == dt.date(2031, 5, 2)


def test_quotation_kinds() -> None:
    from readoutkit import Quotation

    r = readoutkit.parse(
        "President Lena Varga spoke with Prime Minister Piotr Nowak. The leaders discussed "
        "energy security. Varga said that Finland will host the next summit. "
        "\u201cWe stand together,\u201d Nowak said."
    )
    kinds = {s.text: s.quotation for s in r.statements}
    assert kinds["energy security"] is Quotation.TOPIC
    assert kinds["Finland will host the next summit"] is Quotation.INDIRECT
    # the opening mark, whose partner the content's trimmed comma stood before, is dropped
    assert kinds["We stand together"] is Quotation.DIRECT


def test_co_chairs_of_a_commission_are_the_participants() -> None:
    r = readoutkit.parse(
        "Foreign Minister of Chile Rosa Pinto and Secretary of Foreign Affairs of the "
        "Philippines Ma. Luisa R. Santos co-chaired the third meeting of the Joint Commission "
        "in Santiago on 3 May 2031.\n\nThe Ministers reviewed cooperation in mining and fisheries."
    )
    assert [p.name for p in r.parties] == ["Rosa Pinto", "Ma. Luisa R. Santos"]
    # "Ma." (María) opens the name: it neither ends the sentence nor stands alone
    assert not r.mentions
    assert speakers(r, "cooperation in mining") == {"Rosa Pinto", "Ma. Luisa R. Santos"}


def test_condolences_conveyed_in_a_call_do_not_make_a_letter() -> None:
    r = readoutkit.parse(
        "The Secretary-General spoke today with President Ana Lima of Brazil about the floods. "
        "He conveyed his condolences for the loss of life."
    )
    assert r.kind is Kind.PHONE_CALL
    sent = readoutkit.parse(
        "President Ana Lima sent condolences to President Ivo Marsh of Malta after the storm."
    )
    assert sent.kind is Kind.LETTER


def test_a_call_s_duration_is_not_its_topic() -> None:
    r = readoutkit.parse(
        "On May 3, from 9:00 a.m. for about 30 minutes, Foreign Minister Aiko Tanaka held a "
        "telephone talk with Foreign Minister Lars Berg of Sweden. They talked about energy."
    )
    texts = [s.text for s in r.statements]
    assert not any("30 minutes" in t for t in texts)


def test_undertaking_and_deciding_are_reported_commitments() -> None:
    r = readoutkit.parse(
        "Prime Minister Omar Khalil met Chancellor Eva Stein in Berlin. Khalil undertook to "
        "share the results of the inquiry with Germany. The two leaders decided to set up a "
        "working group on migration."
    )
    found = {c.text: r.names(c.actors) for c in r.commitments}
    assert any("share the results" in t for t in found)
    group = [c for c in r.commitments if "working group" in c.text]
    assert group and set(r.names(group[0].actors)) == {"Omar Khalil", "Eva Stein"}


def test_spanish_and_filipino_particles_stay_in_the_name() -> None:
    r = readoutkit.parse(
        "Minister of Foreign Affairs Elena del Valle of Spain spoke by phone with Secretary of "
        "Foreign Affairs Jose R. dela Paz of the Philippines."
    )
    assert [p.name for p in r.parties] == ["Elena del Valle", "Jose R. dela Paz"]
    assert [p.country for p in r.parties] == ["ESP", "PHL"]


def test_ministry_titles_with_their_full_portfolio() -> None:
    r = readoutkit.parse(
        "Minister of International Relations and Cooperation Thandi Nkosi met Minister of "
        "African Integration and Foreign Affairs Awa Diop of Senegal in Pretoria."
    )
    titles = [p.title for p in r.parties]
    assert titles == [
        "Minister of International Relations and Cooperation",
        "Minister of African Integration and Foreign Affairs",
    ]


def test_top_diplomats_and_delegations_are_all_the_sides() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Souza of Brazil held talks with Foreign Minister Kofi Mensah of "
        "Ghana in Accra. The top diplomats agreed to open a trade office in Sao Paulo. "
        "The two delegations also discussed cooperation in agriculture."
    )
    both = {"Ana Souza", "Kofi Mensah"}
    assert speakers(r, "open a trade office") == both
    assert speakers(r, "cooperation in agriculture") == both


def test_was_quoted_as_saying_reports_speech() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Souza of Brazil held talks with Foreign Minister Kofi Mensah of "
        "Ghana in Accra. Mensah was quoted as saying that Ghana will open an embassy in Brasilia."
    )
    assert speakers(r, "Ghana will open an embassy") == {"Kofi Mensah"}


def test_a_quotation_of_several_sentences_is_the_speaker_s_named_at_its_end() -> None:
    r = readoutkit.parse(
        "Foreign Minister Sari Wulan of Indonesia held a video call with Foreign Minister "
        "Pieter de Groot of the Netherlands. \u201cOur countries share a long history. Today "
        "we open a new chapter,\u201d said Wulan."
    )
    assert speakers(r, "Our countries share a long history") == {"Sari Wulan"}
    assert speakers(r, "Today we open a new chapter") == {"Sari Wulan"}
    rules = {s.rule for s in r.statements if "long history" in s.text}
    assert rules == {"quoted-run"}


def test_an_untitled_counterpart_is_named_by_demonym_and_role() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ivan Petrov of Russia held a phone call with his Ethiopian "
        "counterpart Dawit Bekele. The Ethiopian minister, in turn, said that Ethiopia "
        "will expand its exports of coffee."
    )
    assert speakers(r, "Ethiopia will expand") == {"Dawit Bekele"}
    dawit = next(p for p in r.parties if p.name == "Dawit Bekele")
    assert "The Ethiopian minister" in dawit.aliases  # without the aside ", in turn"


def test_narration_ends_a_speaker_s_run() -> None:
    r = readoutkit.parse(
        "President Lena Varga of Finland spoke with President Aziz Karimov of Uzbekistan. "
        "Karimov said that Uzbekistan values the partnership. Trade rose by 9 percent last "
        "year, according to official data. The Uzbek President is scheduled to visit "
        "Helsinki in May."
    )
    texts = [s.text for s in r.statements]
    assert not any("official data" in t or "scheduled to visit" in t for t in texts)


def test_the_sender_s_message_quoted_after_a_frame() -> None:
    r = readoutkit.parse(
        "President Lena Varga of Finland sent a message of congratulations to President "
        "Aziz Karimov of Uzbekistan on Independence Day.\n\nThe message reads, in part:\n\n"
        "\u201cOur nations are bound by friendship. Finland will keep supporting your reforms.\u201d"
    )
    assert speakers(r, "Our nations are bound by friendship") == {"Lena Varga"}
    assert not any("message reads" in s.text for s in r.statements)


def test_a_spokesperson_s_report_of_what_the_ministers_did() -> None:
    r = readoutkit.parse(
        "Foreign Minister Karim Adel of Egypt received a phone call from Foreign Minister "
        "Pablo Ortega of Spain. The spokesperson added that the two ministers agreed to hold "
        "a dialogue in Madrid. The spokesperson said that Adel also stressed the need for aid."
    )
    assert speakers(r, "to hold a dialogue in Madrid") == {"Karim Adel", "Pablo Ortega"}
    assert speakers(r, "the need for aid") == {"Karim Adel"}
    adel = next(p for p in r.parties if p.name == "Karim Adel")
    assert "Adel" in adel.aliases and "Adel also" not in adel.aliases


def test_a_style_of_address_goes_with_the_name_it_leads_to() -> None:
    r = readoutkit.parse(
        "President His Highness Sheikh Khalid bin Saeed received a phone call from President "
        "Aziz Karimov of Uzbekistan. His Highness wished President Karimov and the people of "
        "Uzbekistan further progress."
    )
    assert speakers(r, "further progress") == {"Khalid bin Saeed"}


def test_the_speaker_s_own_kingdom_and_organization_undertake() -> None:
    kingdom = readoutkit.parse(
        "Foreign Minister Prince Nawaf bin Saad of Saudi Arabia spoke with Foreign Minister "
        "Kenji Mori of Japan. Prince Nawaf affirmed the Kingdom's keenness to expand the "
        "partnership with Japan."
    )
    assert [kingdom.names(c.actors) for c in kingdom.commitments] == [("Nawaf bin Saad",)]
    un = readoutkit.parse(
        "Secretary-General Elena Ruiz spoke with President Ali Hassan of Djibouti. She "
        "underlined that the UN system stands ready to support the relief efforts."
    )
    assert [un.names(c.actors) for c in un.commitments] == [("Elena Ruiz",)]


def test_after_a_side_s_sentence_the_two_sides_are_everyone() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Souza of Brazil and Foreign Minister Kofi Mensah of Ghana met in "
        "Accra on 3 May 2031.\n\n1. Ghana reaffirmed its support for the reform of the "
        "Security Council.\n\n2. The two sides shall hold the next session in Brasilia in 2032."
    )
    assert speakers(r, "hold the next session") == {"Ana Souza", "Kofi Mensah"}


def test_a_demonym_and_a_role_noun_name_that_side_s_participant() -> None:
    r = readoutkit.parse(
        "Deputy Prime Minister – Minister of Foreign Affairs Aibek Nurlanov of Kazakhstan held "
        "talks with Minister of Foreign Affairs and Trade Gabor Szabo of Hungary in Astana. "
        "Opening the talks, the Kazakh Minister noted that Hungary is a key partner."
    )
    assert speakers(r, "Hungary is a key partner") == {"Aibek Nurlanov"}


def test_an_engagement_sentence_naming_only_countries_gives_way() -> None:
    r = readoutkit.parse(
        "SEOUL, May 4 (Yonhap) -- South Korea and Chile agreed Monday to expand cooperation on "
        "lithium as their top diplomats met in Seoul.\n\nForeign Minister Han Ji-woo held the "
        "meeting with Chilean Foreign Minister Rosa Pinto, who arrived here Sunday."
    )
    assert [p.name for p in r.parties] == ["Han Ji-woo", "Rosa Pinto"]


def test_a_title_closing_with_the_date_and_the_place_dates_the_meeting() -> None:
    r = readoutkit.parse(
        "Meeting of Minister of Foreign Affairs Deniz Kaya with Arben Hasa, Minister for "
        "Europe and Foreign Affairs of Albania, 15 September 2031, Ankara\n\n"
        "Minister of Foreign Affairs Deniz Kaya met with Arben Hasa in Ankara."
    )
    assert r.date == dt.date(2031, 9, 15)


def test_the_hon_and_senator_the_hon_lead_to_the_name() -> None:
    r = readoutkit.parse(
        "The Minister for Foreign Affairs, Senator the Hon Claire Dunn, and the Philippine "
        "Secretary of Foreign Affairs, Jose R. dela Paz, met in Manila on 4 May 2031."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Claire Dunn", "Minister for Foreign Affairs"),
        ("Jose R. dela Paz", "Secretary of Foreign Affairs"),
    ]
    r2 = readoutkit.parse(
        "The Minister for Trade, the Hon Liam Walsh, met Minister of Trade Kofi Mensah of Ghana."
    )
    assert r2.parties[0].name == "Liam Walsh"


def test_the_two_ministries_are_both_sides_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held a phone call with Foreign Minister Tomas "
        "Berg of Norway. It was agreed that the two ministries would open a joint desk on "
        "fisheries, and both ministries will report back in June."
    )
    joint = {c.text: {r.party(i).name for i in c.actors} for c in r.commitments}
    assert joint == {
        "the two ministries would open a joint desk on fisheries": {"Ana Ruiz", "Tomas Berg"},
        "both ministries will report back in June": {"Ana Ruiz", "Tomas Berg"},
    }


def test_a_relative_clause_s_subject_undertakes() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tomas Berg of "
        "Norway. Ruiz briefed Berg on the new tariffs, which the Chilean people will never "
        "accept."
    )
    [c] = r.commitments
    assert (c.text, c.polarity.value) == ("which the Chilean people will never accept", "negative")
    assert {r.party(i).name for i in c.actors} == {"Ana Ruiz"}


def test_said_he_is_the_speaker_s_own_clause() -> None:
    r = readoutkit.parse(
        "Prime Minister Ruth Hale spoke to Prime Minister Ito Kenji of Japan. Prime Minister "
        "Ito set out Japan's plans for the summit. The Prime Minister said she looked forward "
        "to meeting him in Osaka."
    )
    [s] = [s for s in r.statements if "Osaka" in s.text]
    assert s.text == "she looked forward to meeting him in Osaka"
    assert speakers(r, "Osaka") == {"Ruth Hale"}


def test_an_ambassador_s_post_is_part_of_the_title() -> None:
    r = readoutkit.parse(
        "On May 9, Foreign Minister Li Hua met with Brazilian Ambassador to China Paulo Nunes "
        "in Beijing. Nunes said Brazil is ready to expand soybean exports."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Li Hua", "Foreign Minister", "CHN"),
        ("Paulo Nunes", "Ambassador to China", "BRA"),
    ]
    assert speakers(r, "soybean") == {"Paulo Nunes"}


def test_an_untitled_leader_holds_the_counterpart_s_office() -> None:
    r = readoutkit.parse(
        "Vladimir Putin had a telephone conversation with President of Mongolia Batbayar "
        "Tsend. The President of Russia congratulated his colleague on the national holiday. "
        "Batbayar Tsend thanked the Russian leader for the greetings."
    )
    # the title the text gives him through his own subject ("The President of Russia")
    assert r.parties[0].title == "President"
    assert speakers(r, "national holiday") == {"Vladimir Putin"}
    assert speakers(r, "the greetings") == {"Batbayar Tsend"}


def test_a_title_of_its_country_names_the_participant() -> None:
    r = readoutkit.parse(
        "Prime Minister Ruth Hale held talks with President Omar Diallo of Senegal. The "
        "President of Senegal briefed her on the coming elections."
    )
    assert speakers(r, "coming elections") == {"Omar Diallo"}


def test_a_rank_between_title_and_name_and_a_press_secretary() -> None:
    r = readoutkit.parse(
        "Pentagon Press Secretary Maj. Gen. Dana Holt provided the following readout:\n\n"
        "Secretary of Defense Mark Ellison hosted Philippine Secretary of National Defense "
        "Ramon Cruz at the Pentagon today. Secretary Cruz thanked the Secretary for the visit."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Mark Ellison", "Secretary of Defense"),
        ("Ramon Cruz", "Secretary of National Defense"),
    ]
    assert [(p.name, p.title) for p in r.mentions] == [("Dana Holt", "Press Secretary")]


def test_a_portfolio_does_not_end_with_an_adjective() -> None:
    r = readoutkit.parse(
        "Minister Ana Ruiz of Chile met Lena Berg, Vice-President of the European Comm'n, "
        "in Brussels."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ana Ruiz", "Minister"),
        ("Lena Berg", "Vice-President"),
    ]


def test_greetings_passed_on_to_a_third_person_do_not_make_a_participant() -> None:
    r = readoutkit.parse(
        "Prime Minister Tran Van Long held talks with Cambodian Prime Minister Sok Dara in "
        "Ha Noi. Sok Dara conveyed the greetings of Cambodian leaders to President Le Thi "
        "Hoa and thanked Viet Nam for its support."
    )
    assert [p.name for p in r.parties] == ["Tran Van Long", "Sok Dara"]
    letter = readoutkit.parse(
        "President Le Thi Hoa sent a message to King Norodom. She also sent greetings to "
        "Prime Minister Sok Dara."
    )
    assert "Sok Dara" in [p.name for p in letter.parties]


def test_a_postposed_speaker_may_carry_a_title() -> None:
    r = readoutkit.parse(
        "Prime Minister Tran Van Long held talks with Cambodian Prime Minister Sok Dara. "
        "Viet Nam stands ready to share its experience in port management, PM Long said. "
        'After the talks, Prime Minister Sok Dara said:\n\n"We will open two new crossings."'
    )
    [s] = [s for s in r.statements if "port management" in s.text]
    assert (s.text, s.rule) == (
        "Viet Nam stands ready to share its experience in port management",
        "postposed",
    )
    assert speakers(r, "port management") == {"Tran Van Long"}
    assert not any(s.text.startswith("After the talks") for s in r.statements)


def test_talks_that_took_place_and_topics_taken_up_are_everyone_s() -> None:
    r = readoutkit.parse(
        "Vladimir Putin and Prime Minister of Slovakia Jan Hrasko spoke by telephone. "
        "Jan Hrasko informed the President of Russia about the gas transit talks. "
        "An exchange of views on the Balkan situation also took place. Both sides spoke in "
        "favour of a negotiated settlement. Later, energy prices were taken up."
    )
    both = {"Vladimir Putin", "Jan Hrasko"}
    assert speakers(r, "the Balkan situation") == both
    assert speakers(r, "a negotiated settlement") == both
    assert speakers(r, "energy prices") == both


def test_month_names_are_names_unless_a_day_follows() -> None:
    r = readoutkit.parse(
        "Prime Minister Theresa May spoke to Foreign Minister Jan Hrasko of Slovakia on "
        "May 4, 2018. Defence Minister Dong Jun joined."
    )
    assert [p.name for p in r.parties] == ["Theresa May", "Jan Hrasko"]
    assert r.date == dt.date(2018, 5, 4)


def test_a_spokesman_in_lower_case_takes_no_part() -> None:
    r = readoutkit.parse(
        "Iran's Foreign Minister Reza Karimi and his Omani counterpart Said Al-Harthy held a "
        "phone call on Monday, Foreign Ministry spokesman Hamid Nouri said. Karimi said "
        "Tehran is ready to expand shipping links with Muscat."
    )
    assert [p.name for p in r.parties] == ["Reza Karimi", "Said Al-Harthy"]
    assert [(p.name, p.title) for p in r.mentions] == [("Hamid Nouri", "spokesman")]
    [c] = r.commitments
    assert {r.party(i).name for i in c.actors} == {"Reza Karimi"}


def test_a_list_of_offices_shares_its_side_and_the_side_binds_its_speaker() -> None:
    r = readoutkit.parse(
        "The Minister of Foreign Affairs of Japan, Aoki Ren, and the Minister of Defense, "
        "Mori Kaito, met with Canada's Minister of Foreign Affairs, Claire Dubois, and "
        "Minister of National Defence, Paul Martel, in Tokyo. Canada will deploy two "
        "frigates to the region next year, Minister Martel said."
    )
    assert [p.country for p in r.parties] == ["JPN", "JPN", "CAN", "CAN"]
    [c] = r.commitments
    assert {r.party(i).name for i in c.actors} == {"Paul Martel"}


def test_a_joint_statement_s_we_is_all_the_writers() -> None:
    r = readoutkit.parse(
        "Joint Statement by the Foreign Ministers of Peru and Portugal\n\n"
        "Foreign Minister Ana Ruiz of Peru and Foreign Minister Rui Costa of Portugal met in "
        "Lisbon on 3 May 2031 and issued the following joint statement:\n\n"
        "We welcome the growth of trade between our countries. Minister Costa said Portugal "
        "will open a consulate in Cusco. We call on all parties to respect the truce. "
        "Neither side will accept the use of force to settle disputes."
    )
    both = {"Ana Ruiz", "Rui Costa"}
    assert r.kind is Kind.JOINT_STATEMENT
    assert speakers(r, "the growth of trade") == both
    assert speakers(r, "respect the truce") == both
    refusal = [c for c in r.commitments if c.text.startswith("Neither side")]
    assert [(c.polarity.value, {r.party(i).name for i in c.actors}) for c in refusal] == [
        ("negative", both)
    ]


def test_a_joint_statement_may_name_its_writers_after_we() -> None:
    r = readoutkit.parse(
        "Joint Statement on Flood Relief\n\nJune 4, 2031\n\nToday, we, Prime Minister Ana Ruiz "
        "of Chile, President Tomas Berg of Norway, and President John A. Smith, Jr. of the "
        "United States, express our sympathy to the people of Peru. We will keep supporting "
        "the relief work."
    )
    assert r.kind is Kind.JOINT_STATEMENT
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tomas Berg", "John A. Smith"]
    first = r.statements[0]
    assert (len(first.speakers), first.cue, first.text) == (
        3,
        "express",
        "our sympathy to the people of Peru",
    )
    # who met is no statement
    r = readoutkit.parse(
        "Joint Statement\n\nWe, Prime Minister Ana Ruiz of Chile and President Tomas Berg of "
        "Norway, have met in Oslo and issue the following joint statement."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tomas Berg"]
    assert r.statements == ()


def test_a_statement_issued_by_named_leaders_is_theirs() -> None:
    r = readoutkit.parse(
        "Joint Statement on Energy\n\nIssued today at the close of the E.U.-Chile Summit by "
        "President Ana Ruiz, European Council President Tomas Berg, and European Commission "
        "President Lena Vogt:\n\nWe stand with the people of Peru. The European Union is "
        "determined to finish its energy market."
    )
    assert [(p.name, p.title, p.organization) for p in r.parties] == [
        ("Ana Ruiz", "President", None),
        ("Tomas Berg", "European Council President", "European Union"),
        ("Lena Vogt", "European Commission President", "European Union"),
    ]
    assert [len(s.speakers) for s in r.statements] == [3, 2]


def test_the_writers_named_after_with_and_according_to_their_message() -> None:
    r = readoutkit.parse(
        "BEIJING, May 6 (Xinhua) -- President Zhao Lin on Tuesday exchanged messages with "
        "European Council President Tomas Berg and Lena Vogt, President of the European "
        "Commission, as the two sides mark fifty years of ties.\n\nAccording to Zhao's "
        "message, the ties have come a long way."
    )
    assert [r.names(s.speakers) for s in r.statements] == [
        ("Zhao Lin", "Tomas Berg", "Lena Vogt"),
        ("Zhao Lin",),
    ]


def test_a_counterpart_met_in_the_place_visited_is_of_that_place() -> None:
    r = readoutkit.parse(
        "France's Minister of Foreign Affairs, M. Jean Dubreuil, went to Lima yesterday, where he was "
        "received by the President of Peru, Mr Jorge Soto, before meeting his counterpart, Mr "
        "Luis Vega. The Minister thanked President Soto for his role in the Bolivian crisis."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Jean Dubreuil", "FRA"),
        ("Jorge Soto", "PER"),
        ("Luis Vega", "PER"),
    ]


def test_the_heads_of_two_delegations_are_the_participants() -> None:
    r = readoutkit.parse(
        "Lima, May 3, 2031: Delegation-level talks between Peru and Chile were held at the "
        "Foreign Office today. The Peruvian side was led by Foreign Minister Jorge Soto, while "
        "Ms Ana Ruiz, Chile's Minister of Foreign Affairs, headed her country's delegation.\n\n"
        "Senior officers, including Foreign Secretary Luis Vega, attended on the Peruvian "
        "side; the visiting Minister was accompanied by the Chilean Ambassador."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Jorge Soto", "PER"), ("Ana Ruiz", "CHL")]


def test_a_visit_and_the_text_two_ministers_adopted_are_engagements() -> None:
    r = readoutkit.parse(
        "Mr Lars Berg, Minister for Foreign Affairs of Norway, came to Paris today for a "
        "working visit. Mr Berg and Foreign Minister Ana Ruiz of Chile, also in Paris, "
        "discussed fisheries."
    )
    assert [p.name for p in r.parties][:1] == ["Lars Berg"]
    r = readoutkit.parse(
        "Joint statement (3 May 2031)\n\nParis, 3 May 2031\n\nForeign Minister Lars Berg of "
        "Norway and Foreign Minister Ana Ruiz of Chile met in Paris and adopted the text "
        'below:\n\n"Our two countries will deepen their cooperation."'
    )
    assert r.kind is Kind.JOINT_STATEMENT
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_officials_who_jointly_inaugurate_take_part_and_the_occasion_is_no_statement() -> None:
    r = readoutkit.parse(
        "Foreign Minister Tariq Mahmood and Kazakhstan's Foreign Minister, Mr. Aibek Nurlanov, "
        "jointly inaugurated a trade fair in Lahore today.\n\nAddressing the ceremony, the "
        "Foreign Minister said that trade links were growing."
    )
    assert [p.name for p in r.parties] == ["Tariq Mahmood", "Aibek Nurlanov"]
    assert [s.text for s in r.statements] == ["trade links were growing"]


def test_cables_of_congratulations_and_a_side_shared_by_senders() -> None:
    r = readoutkit.parse(
        "ABU DHABI, 2nd December, 2030 (WAM) -- President His Highness Sheikh Khalid bin Saeed "
        "Al Nahyan today sent a cable of congratulations to President Amadou Diallo of Guinea. "
        "He affirmed the UAE's keenness to expand its investments in Guinea.\n\n"
        "His Highness Sheikh Rashid bin Omar Al Maktoum, Vice President and Ruler of Dubai, "
        "and His Highness Sheikh Saif bin Saeed Al Nahyan, Deputy Prime Minister, sent "
        "similar cables to President Diallo."
    )
    assert [p.country for p in r.parties] == ["ARE", "GIN", "ARE", "ARE"]
    [c] = r.commitments
    assert c.text == "UAE's keenness to expand its investments in Guinea"
    assert {r.party(i).name for i in c.actors} == {"Khalid bin Saeed Al Nahyan"}


def test_an_adviser_s_title_keeps_the_office_served() -> None:
    r = readoutkit.parse(
        "On May 4, Foreign Minister Li Hua held a phone call with Diplomatic Adviser to the "
        "President of the French Republic Claire Dumont."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1] == (
        "Claire Dumont",
        "Diplomatic Adviser to the President of the French Republic",
        "FRA",
    )


def test_a_governor_of_a_prefecture_and_compared_notes() -> None:
    r = readoutkit.parse(
        "Consul General Wu Jian met with Governor of Nara Prefecture Kenji Sato in Nara. "
        "Wu and Sato also compared notes on flood prevention."
    )
    assert [(p.name, p.title) for p in r.parties][1] == (
        "Kenji Sato",
        "Governor of Nara Prefecture",
    )
    assert speakers(r, "flood prevention") == {"Wu Jian", "Kenji Sato"}


@pytest.mark.parametrize("verb", sorted(BINDING_IMPERSONAL_VERBS))
def test_what_it_was_agreed_someone_would_do_is_everyone_s_undertaking(verb: str) -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tomas Berg of "
        f"Norway. It was {verb} that the joint fisheries committee would meet in March. It "
        "was noted that the committee will publish a report."
    )
    [c] = r.commitments
    assert c.text == "the joint fisheries committee would meet in March"
    assert {r.party(i).name for i in c.actors} == {"Ana Ruiz", "Tomas Berg"}


def test_a_postposed_speaker_after_said_may_carry_a_title() -> None:
    r = readoutkit.parse(
        "Foreign Minister Sari Wulandari of Indonesia held a virtual meeting with Foreign "
        'Minister Pieter de Wit of the Netherlands. "We are building a partnership for the '
        'next decade," said Foreign Minister Sari.'
    )
    assert speakers(r, "We are building") == {"Sari Wulandari"}


def test_an_unnamed_principal_keeps_no_stranger_s_name_and_a_stranger_s_quote() -> None:
    r = readoutkit.parse(
        "Prime Minister's call with Prime Minister Tran Van Long of Viet Nam\n\n"
        "The Prime Minister spoke this morning to Prime Minister Tran Van Long of Viet Nam. "
        "The Prime Minister said the UK will fund a new port study.\n\n"
        "British Ambassador to Viet Nam Helen Shaw said:\n\n"
        '"The Embassy will work with Vietnamese partners on the study."'
    )
    assert [(p.name, p.title) for p in r.parties] == [
        (None, "Prime Minister"),
        ("Tran Van Long", "Prime Minister"),
    ]
    assert [s.text for s in r.statements] == ["the UK will fund a new port study"]


def test_a_headline_listing_two_people_and_two_holders_of_one_office() -> None:
    r = readoutkit.parse(
        "Abdullah bin Saeed, Kazakh FM exchange letters on trade\n\n"
        "ABU DHABI, 9th November, 2030 (WAM) -- Aibek Nurlanov, Foreign Minister of the "
        "Republic of Kazakhstan, and H.H. Sheikh Abdullah bin Saeed Al Nahyan, Minister of "
        "Foreign Affairs, exchanged letters on Sunday."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Aibek Nurlanov", "KAZ"),
        ("Abdullah bin Saeed Al Nahyan", "ARE"),
    ]


def test_cue_adverbs_paid_attention_and_the_president_named_first() -> None:
    r = readoutkit.parse(
        "Talks between Vladimir Putin and President of Kyrgyzstan Almaz Bekov were held in "
        "the Kremlin. Russia is also prepared to build the dam, the President said. The "
        "leaders paid special attention to labour migration."
    )
    assert [c.text for c in r.commitments] == ["Russia is also prepared to build the dam"]
    assert speakers(r, "build the dam") == {"Vladimir Putin"}
    assert speakers(r, "labour migration") == {"Vladimir Putin", "Almaz Bekov"}


def test_a_letter_s_full_text_is_its_writer_s() -> None:
    r = readoutkit.parse(
        "President Mei Tan and Prime Minister Lim Boon Hock have written to Dato' Seri Aziz "
        "Rahman with congratulations on his swearing-in as Malaysia's 11th Prime Minister.\n\n"
        "The full text of Prime Minister Lim's letter is below.\n\n"
        "Dear Prime Minister Aziz,\n\n"
        "Please accept my warmest congratulations on your appointment. Singapore will keep "
        "working with Malaysia on the rail link.\n\nYours sincerely,"
    )
    assert [p.name for p in r.parties] == ["Mei Tan", "Lim Boon Hock", "Aziz Rahman"]
    assert [(s.text, r.names(s.speakers)) for s in r.statements] == [
        ("Please accept my warmest congratulations on your appointment", ("Lim Boon Hock",)),
        ("Singapore will keep working with Malaysia on the rail link", ("Lim Boon Hock",)),
    ]


def test_a_counterpart_named_by_demonym_before_an_apposition() -> None:
    r = readoutkit.parse(
        "The Minister of International Relations and Cooperation, Dr Thandi Dube, has written "
        "to her Angolan counterpart, the Minister of External Relations, Mr Jose Neto, to "
        "express solidarity."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Thandi Dube", "ZAF"),
        ("Jose Neto", "AGO"),
    ]


def test_several_initials_do_not_end_a_sentence_and_a_courtesy_call_says_nothing() -> None:
    r = readoutkit.parse(
        "On June 13, Ambassador Liang Wei called on Minister of External Affairs of Sri "
        "Lanka Prof. A.B. Perera in Colombo. Perera called on China to keep investing."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1] == (
        "A.B. Perera",
        "Minister of External Affairs",
        "LKA",
    )
    [s] = r.statements
    assert s.text.endswith("China to keep investing")
    assert speakers(r, "keep investing") == {"A.B. Perera"}


def test_hyphenated_words_before_talks() -> None:
    r = readoutkit.parse(
        "Foreign Minister Tariq Mahmood held delegation-level talks today with Foreign "
        "Minister Budi Santoso of Indonesia."
    )
    assert r.kind is Kind.TALKS


def test_took_stock_of_is_a_topic() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tomas Berg of "
        "Norway. The two sides took stock of cooperation in fisheries."
    )
    assert speakers(r, "cooperation in fisheries") == {"Ana Ruiz", "Tomas Berg"}


def test_who_also_attended_is_narration() -> None:
    r = readoutkit.parse(
        "Secretary of State Mark Ellis met Foreign Minister Aida Nurova of Kazakhstan. Ellis "
        "stressed the value of the partnership. Assistant Secretary Paul Kim also attended."
    )
    assert [s.text for s in r.statements] == ["the value of the partnership"]


def test_opened_the_meeting_by_thanking() -> None:
    r = readoutkit.parse(
        "President Ruth Hale met President Omar Diallo of Senegal. The President opened the "
        "meeting by thanking President Diallo for his leadership."
    )
    assert speakers(r, "for his leadership") == {"Ruth Hale"}


def test_a_middle_initial_a_is_no_article() -> None:
    r = readoutkit.parse(
        "Minister Ana Ruiz held a meeting with H.E. Mr. Ramon A. Cruz, Secretary of Foreign "
        "Affairs of the Republic of the Philippines, who is visiting Chile."
    )
    assert [(p.name, p.country) for p in r.parties][1] == ("Ramon A. Cruz", "PHL")


def test_a_noun_cue_with_its_owner_after_it() -> None:
    r = readoutkit.parse(
        "The Secretary-General met with H.E. Mr. Jean Baptiste, Prime Minister of the "
        "Republic of Haiti. The Secretary-General reiterated the readiness of the United "
        "Nations to support the Haitian people."
    )
    [c] = r.commitments
    assert c.text == "readiness of the United Nations to support the Haitian people"
    assert [r.party(i).title for i in c.actors] == ["Secretary-General"]


def test_the_hr_vp_names_the_high_representative() -> None:
    r = readoutkit.parse(
        "High Representative/Vice-President Anna Lind spoke today with Ukraine's Minister of "
        "Foreign Affairs, Taras Bondar. The HR/VP reaffirmed the EU's support for Ukraine."
    )
    assert speakers(r, "support for Ukraine") == {"Anna Lind"}


def test_prime_cabinet_secretary() -> None:
    r = readoutkit.parse(
        "High Representative Anna Lind held talks with Kenya's Prime Cabinet Secretary and "
        "Cabinet Secretary for Foreign and Diaspora Affairs, Peter Kamau, in Brussels."
    )
    assert r.parties[1].title == (
        "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs"
    )


def test_a_topic_verb_after_a_comma_is_no_postposed_attribution() -> None:
    r = readoutkit.parse(
        "Chinese Premier Li Hua met with Anna Berg, Managing Director of the International "
        "Monetary Fund, in Beijing on Tuesday, as the two sides discussed growth prospects."
    )
    assert not any(s.rule == "postposed" for s in r.statements)


def test_a_sender_named_before_in_a_separate_message() -> None:
    r = readoutkit.parse(
        "Vietnamese and Chilean leaders exchanged messages on May 4. President Le Van Thanh "
        "sent a message to President Ana Ruiz. Prime Minister Tran Van Long, in a separate "
        "message to Ruiz, expressed his belief that trade will grow."
    )
    assert "Tran Van Long" in [p.name for p in r.parties]
    assert speakers(r, "trade will grow") == {"Tran Van Long"}


def test_an_agency_tag_glued_to_the_last_sentence_and_they_after_two_senders() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - Vietnamese and Chilean leaders exchanged messages on May 4.\n\n"
        "In their message to President Ana Ruiz, General Secretary Le Van Thanh and State "
        "President Tran Van Long said that ties have grown.\n\n"
        "They affirmed that Vietnam will continue to treasure its friendship with Chile.\n\n"
        "Foreign Minister Pham Thu Ha and Chilean Foreign Minister Jorge Soto also traded "
        "congratulatory messages on the occasion.-VNA"
    )
    assert {"Pham Thu Ha", "Jorge Soto"} <= {p.name or "" for p in r.parties}
    assert speakers(r, "treasure its friendship") == {"Le Van Thanh", "Tran Van Long"}


def test_and_discussed_in_the_engagement_sentence_is_everyone_s() -> None:
    r = readoutkit.parse(
        "Minister of Foreign Affairs Han Ji-woo held telephone talks with Minister for Foreign "
        "Affairs of Indonesia Sari Wulandari on June 9 and discussed ways to advance the "
        "partnership. Foreign Minister Park also sat in on the talks."
    )
    assert speakers(r, "ways to advance the partnership") == {"Han Ji-woo", "Sari Wulandari"}
    assert len(r.statements) == 1


def test_an_embassy_and_a_provincial_administration_are_the_speaker_s_own() -> None:
    r = readoutkit.parse(
        "Ambassador Han Wei met with Copperbelt Province Minister Joseph Banda in Ndola. The "
        "Embassy will keep encouraging Chinese firms to hire locally, the Ambassador said. "
        "Minister Banda said the provincial administration is ready to speed up licensing."
    )
    owners = {c.text: r.names(c.actors) for c in r.commitments}
    assert owners == {
        "The Embassy will keep encouraging Chinese firms to hire locally": ("Han Wei",),
        "the provincial administration is ready to speed up licensing": ("Joseph Banda",),
    }


def test_met_for_talks_is_talks() -> None:
    r = readoutkit.parse(
        "On December 4, Vladimir Putin and President of Armenia Aram Petrosyan met in the "
        "Kremlin for talks, first one-on-one and then with both delegations."
    )
    assert r.kind is Kind.TALKS


def test_a_no10_readout_quoted_after_a_standfirst() -> None:
    r = readoutkit.parse(
        "PM call with President Mensah of Ghana\n\n"
        "A readout of the Prime Minister's phone call with the President of Ghana.\n\n"
        "Published 14 May 2031\n\n"
        "A spokesperson for Number 10 said:\n\n"
        '"This evening the Prime Minister held a phone call with President Kofi Mensah to '
        "discuss regional security.\n\n"
        '"President Mensah said that the Ghanaian armed forces would protect civilians. The '
        'Prime Minister said the UK will continue to share its expertise."'
    )
    assert r.date == dt.date(2031, 5, 14)
    assert [(p.title, p.country) for p in r.parties] == [
        ("Prime Minister", "GBR"),
        ("President", "GHA"),
    ]
    assert speakers(r, "regional security") == {"", "Kofi Mensah"}
    owners = {c.text: r.names(c.actors) for c in r.commitments}
    assert owners["the Ghanaian armed forces would protect civilians"] == ("Kofi Mensah",)


def test_a_day_of_another_event_and_attendance_are_narration() -> None:
    r = readoutkit.parse(
        "Telephone conversation with President of Kyrgyzstan Almaz Bekov\n\n"
        "October 1, 2030, 17:40\n\n"
        "Vladimir Putin and President of Kyrgyzstan Almaz Bekov held a telephone "
        "conversation. The two leaders discussed the border, where clashes resumed on "
        "September 27. Aides to both presidents were also in attendance."
    )
    assert r.reference_date == dt.date(2030, 10, 1) and r.date is None
    assert [s.text for s in r.statements] == ["the border, where clashes resumed on September 27"]


def test_what_a_speaker_is_confident_of_is_no_undertaking() -> None:
    r = readoutkit.parse(
        "President Ruth Hale met President Kwame Boateng of Ghana. Boateng expressed "
        "confidence that Ghana would swiftly conclude its talks with the IMF, and said that "
        "Ghana will open its market to American firms."
    )
    assert [c.text for c in r.commitments] == ["Ghana will open its market to American firms"]


def test_an_ambassador_s_post_does_not_name_the_ambassador() -> None:
    r = readoutkit.parse(
        "Chinese Ambassador to Nepal Li Na called on Foreign Minister Ram Thapa. Minister "
        "Thapa said that Nepal is ready to work with China on cross-border railways."
    )
    [c] = r.commitments
    assert r.names(c.actors) == ("Ram Thapa",)


def test_a_style_of_address_between_two_names_is_part_of_the_name() -> None:
    r = readoutkit.parse(
        "President Ilkin Demir of Turkmenistan received President of Somalia Abdi Sheikh "
        "Warsame. President Warsame briefed the President on the elections. Sheikh Omar "
        "Dualeh attended."
    )
    assert [p.name for p in r.parties] == ["Ilkin Demir", "Abdi Sheikh Warsame"]
    assert speakers(r, "the elections") == {"Abdi Sheikh Warsame"}


def test_wrote_reports_what_a_letter_says() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile and Prime Minister Tomas Berg of Norway exchanged "
        "messages on Monday. Prime Minister Berg, for his part, wrote that Norway will never "
        "allow its ports to be closed to Chilean ships. Chile will keep its embassy open, "
        "the President wrote. Berg recalled that the two peoples stood together, writing a "
        "new chapter of friendship."
    )
    assert speakers(r, "Norway will never allow") == {"Tomas Berg"}
    assert speakers(r, "Chile will keep") == {"Ana Ruiz"}
    assert [s.text for s in r.statements][1:] == [
        "Chile will keep its embassy open",
        "the two peoples stood together, writing a new chapter of friendship",
    ]


def test_a_title_of_an_institution_s_acronym_leads_to_the_name() -> None:
    r = readoutkit.parse(
        "On May 3, 2024, Director of NDCA Liu Fang held talks in Beijing with Executive "
        "Director of the World Food Programme (WFP) Ana Ruiz. NDCA stands ready to fund "
        "school meals, Liu said."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Liu Fang", "Director of NDCA"),
        ("Ana Ruiz", "Executive Director"),
    ]
    [c] = r.commitments
    assert r.names(c.actors) == ("Liu Fang",)


def test_an_eu_institution_s_officials_speak_for_the_eu() -> None:
    r = readoutkit.parse(
        "Premier Zhao Lin of China held a video call with European Commission President "
        "Anke Vogel. Vogel said the EU will continue to diversify its supply chains. She "
        "added that the European Commission will not accept coercion."
    )
    vogel = r.parties[1]
    assert (vogel.title, vogel.organization, vogel.country) == (
        "European Commission President",
        "European Union",
        None,
    )
    assert [(r.names(c.actors), c.polarity) for c in r.commitments] == [
        (("Anke Vogel",), Polarity.POSITIVE),
        (("Anke Vogel",), Polarity.NEGATIVE),
    ]


def test_a_group_after_comma_and_in_the_engagement_sentence_speaks() -> None:
    r = readoutkit.parse(
        "BERN, May 4 (Xinhua) -- Chinese Premier Zhao Lin held talks here on Monday with "
        "Swiss President Anna Keller, and the two leaders agreed to upgrade bilateral ties "
        "to an innovative partnership. China is ready to open a consulate in Basel, Zhao "
        "said to reporters."
    )
    s = r.statements[0]
    assert s.text == "to upgrade bilateral ties to an innovative partnership"
    assert set(r.names(s.speakers)) == {"Zhao Lin", "Anna Keller"}
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (
            ("Zhao Lin", "Anna Keller"),
            "agreed to upgrade bilateral ties to an innovative partnership",
        ),
        (("Zhao Lin",), "China is ready to open a consulate in Basel"),
    ]


def test_a_local_office_holder_s_place_is_the_title_and_the_side() -> None:
    r = readoutkit.parse(
        "On May 2, Consul General Liu Fang called on Mayor of Upper Westvale Tom Harlow at "
        "the town hall. Mayor Harlow said that Upper Westvale is willing to twin with Wuhan."
    )
    assert [(p.name, p.title) for p in r.parties][1] == ("Tom Harlow", "Mayor of Upper Westvale")
    [c] = r.commitments
    assert r.names(c.actors) == ("Tom Harlow",)
    assert c.text == "Upper Westvale is willing to twin with Wuhan"


def test_a_joint_statement_s_frame_is_narration_and_a_side_s_present_reaffirmation_its_own() -> (
    None
):
    r = readoutkit.parse(
        "Joint Statement by President Ana Ruiz of Chile and Prime Minister Tomas Berg of "
        "Norway\n\nPresident Ana Ruiz hosted Prime Minister Tomas Berg of Norway in Santiago. "
        "The two leaders reviewed fisheries cooperation. At the end of their meeting, they "
        'issued the following statement:\n\n"Our partnership has grown for decades. Chile '
        "reaffirms its commitment to open ports and will keep its Antarctic station open to "
        'Norwegian scientists."'
    )
    assert not any("following statement" in s.text for s in r.statements)
    assert speakers(r, "Our partnership") == {"Ana Ruiz", "Tomas Berg"}
    assert speakers(r, "Chile reaffirms") == {"Ana Ruiz"}
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Ana Ruiz",), "its commitment to open ports"),
        (("Ana Ruiz",), "will keep its Antarctic station open to Norwegian scientists"),
    ]


def test_who_accompanied_whom_is_narration() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Ana Ruiz met Minister of Defence Tomas Berg of Norway. Minister "
        "Berg said Norway will host the exercise. Norway's Ambassador to the United States "
        "accompanied Minister Berg."
    )
    assert [s.text for s in r.statements] == ["Norway will host the exercise"]


def test_where_a_participant_is_is_narration() -> None:
    r = readoutkit.parse(
        "BERN, May 4 (Xinhua) -- Chinese Premier Zhao Lin held talks here on Monday with "
        "Swiss President Anna Keller.\n\nZhao is in Bern on the first official visit by a "
        "Chinese premier in a decade.\n\nZhao said the talks were fruitful."
    )
    assert [s.text for s in r.statements] == ["the talks were fruitful"]


def test_a_pair_whose_second_name_has_an_appositive_speaks_together() -> None:
    r = readoutkit.parse(
        "Tehran, May 6, IRNA - Foreign Minister Reza Ahmadi and Kenji Sato, his Japanese "
        "counterpart, discussed bilateral relations in a telephone conversation on Monday."
    )
    assert speakers(r, "bilateral relations") == {"Reza Ahmadi", "Kenji Sato"}
    assert [p.country for p in r.parties] == ["IRN", "JPN"]


def test_a_subject_s_title_set_off_may_end_in_its_country() -> None:
    text = "President Ana Ruiz of Chile met Lars Berg, Minister of Foreign Affairs of Norway. "
    r = readoutkit.parse(text + "Lars Berg, Minister of Foreign Affairs of Norway, reviewed trade.")
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [(("Lars Berg",), "trade")]
    r = readoutkit.parse(
        text + "Ana Ruiz and Mr Berg, the Foreign Minister of Norway, reviewed trade."
    )
    assert speakers(r, "trade") == {"Ana Ruiz", "Lars Berg"}


def test_what_an_engagement_focused_on_is_everyone_s_topic() -> None:
    r = readoutkit.parse(
        "Foreign Minister Reza Ahmadi and his Iraqi counterpart Ali Karim held talks in Tehran "
        "on Sunday, focusing on bilateral ties and President Omar Hassan's visit to Syria."
    )
    assert [p.name for p in r.parties] == ["Reza Ahmadi", "Ali Karim"]
    assert speakers(r, "bilateral ties and President") == {"Reza Ahmadi", "Ali Karim"}


def test_a_joint_statement_s_body_is_its_writers_but_a_side_s_own_sentence() -> None:
    r = readoutkit.parse(
        "Joint statement by President Ana Ruiz and Prime Minister Tomas Berg\n\n"
        "The Chilean and Norwegian leaders met in Santiago today and issued the following "
        "statement.\n\nWe, President Ana Ruiz of Chile and Prime Minister Tomas Berg of "
        "Norway, met in Santiago today.\n\nOur friendship is rooted in a shared love of the "
        "sea. Norway intends to open a research station in Punta Arenas. Through the "
        "Antarctic programme, we will map the southern fisheries."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Ana Ruiz", "Tomas Berg"), "Our friendship is rooted in a shared love of the sea"),
        (("Tomas Berg",), "Norway intends to open a research station in Punta Arenas"),
        (
            ("Ana Ruiz", "Tomas Berg"),
            "Through the Antarctic programme, we will map the southern fisheries",
        ),
    ]


def test_the_first_words_of_a_long_name_name_its_holder() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - Leaders of Vietnam and Singapore exchanged messages on August 9.\n\n"
        "President Tran Tan Phong sent a message to President Tony Tan Keng Yam.\n\n"
        "In his reply, Prime Minister Lee Wei Ming thanked the Vietnamese leaders. "
        "President Tony Tan expressed his hope that more businesses would invest in Vietnam."
    )
    assert speakers(r, "more businesses") == {"Tony Tan Keng Yam"}


def test_a_message_aside_with_a_long_addressee_is_skipped_to_the_sender() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - Leaders of Vietnam and Singapore exchanged messages on August 9.\n\n"
        "Prime Minister Tran Tan Phong, in a message to his Singaporean counterpart Prime "
        "Minister Goh Kwang Seng, affirmed that Vietnam will work with Singapore on trade."
    )
    assert speakers(r, "Vietnam will work") == {"Tran Tan Phong"}


@pytest.mark.parametrize(
    ("owner", "actor"),
    [
        ("his government", "Lee Min-ho"),
        ("the Korean government", "Lee Min-ho"),
        ("the US side", None),
    ],
)
def test_a_noun_cue_owned_by_the_speaker_s_government_binds_him(
    owner: str, actor: str | None
) -> None:
    r = readoutkit.parse(
        "President Ana Ruiz spoke today with President Lee Min-ho of the Republic of Korea. "
        f"President Lee expressed the determination of {owner} to respond firmly to any "
        "provocation. The two leaders then held a joint press conference."
    )
    assert [r.names(c.actors) for c in r.commitments] == ([(actor,)] if actor else [])
    assert not any("press conference" in s.text for s in r.statements)


def test_a_demonstrative_subject_of_will_is_a_thing_not_an_undertaking() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile spoke by phone with Prime Minister Tomas Berg of Norway. "
        '"Chile is opening its ports to Norwegian ships. This will cut shipping costs for both '
        'countries," the President noted. Ruiz said Chile will host the next round.'
    )
    assert [c.text for c in r.commitments] == ["Chile will host the next round"]


def test_a_group_phrase_after_a_shared_side_names_that_side_s_participants() -> None:
    r = readoutkit.parse(
        "Premier Zhao Lin of China held a video summit with European Council President "
        "Jan Novak and European Commission President Anke Vogel. The EU leaders said the EU "
        "is willing to keep channels open. The leaders agreed to meet again."
    )
    assert speakers(r, "channels open") == {"Jan Novak", "Anke Vogel"}
    assert speakers(r, "to meet again") == {"Zhao Lin", "Jan Novak", "Anke Vogel"}


def test_a_pronoun_subject_is_not_the_participant_its_verb_takes_as_object() -> None:
    r = readoutkit.parse(
        "Secretary Ana Ruiz spoke yesterday with Foreign Minister Marta Lind of Sweden. The "
        "Secretary thanked the Foreign Minister for her support. She briefed the Secretary on "
        "Sweden's plans for the Arctic Council."
    )
    assert speakers(r, "plans for the Arctic") == {"Marta Lind"}


def test_a_long_arabic_name_keeps_its_words_past_its_particles() -> None:
    r = readoutkit.parse(
        "DUBAI, 4th May, 2031 (WAM) -- H.H. Sheikh Rashid bin Saeed bin Hamad Al Qasimi, "
        "Crown Prince of Fujairah, received today Ana Ruiz, Prime Minister of Chile."
    )
    assert [p.name for p in r.parties] == ["Rashid bin Saeed bin Hamad Al Qasimi", "Ana Ruiz"]


def test_a_titled_only_prime_minister_is_not_a_stranger_titled_minister() -> None:
    r = readoutkit.parse(
        "H.H. Sheikh Rashid bin Saeed, Crown Prince of Fujairah, received today at Al Rumailah "
        "Palace Ana Ruiz, Prime Minister of Chile, currently visiting the UAE. The Chilean "
        "Prime Minister said Chile is ready to open an embassy in Abu Dhabi.\n\nThe meeting "
        "was attended by H.H. Sheikh Saif bin Hamad, Minister of Culture."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Rashid bin Saeed", "Crown Prince of Fujairah"),
        ("Ana Ruiz", "Prime Minister"),
    ]
    assert speakers(r, "ready to open an embassy") == {"Ana Ruiz"}


def test_a_phrase_between_subject_and_verb_and_a_participle_after_a_non_reporting_verb() -> None:
    r = readoutkit.parse(
        "Tehran, IRNA - Iranian Foreign Minister Reza Ahmadi and his Iraqi counterpart Ali "
        "Karim in a phone call on Friday discussed regional developments.\n\nAhmadi called "
        "the ties deep-rooted, saying that Iran will keep standing alongside Iraq."
    )
    assert speakers(r, "regional developments") == {"Reza Ahmadi", "Ali Karim"}
    assert speakers(r, "Iran will keep standing") == {"Reza Ahmadi"}


def test_welcoming_a_participant_to_a_place_is_the_visit_not_a_statement() -> None:
    r = readoutkit.parse(
        "Readout: President Ana Ruiz Meets with Emir Khalid Al-Sabah of Qatar\n\n"
        "On Wednesday, President Ana Ruiz welcomed Emir Khalid Al-Sabah of Qatar to the Casa "
        "Rosada. The President thanked the Emir for his support. President Ruiz welcomed Emir "
        "Khalid on his first visit to Chile."
    )
    assert [s.text for s in r.statements] == [
        "the Emir for his support",
        "Emir Khalid on his first visit to Chile",
    ]


def test_a_hope_named_in_the_content_reports_a_prediction_and_and_that_is_trimmed() -> None:
    r = readoutkit.parse(
        "Foreign Minister Kenji Sato met Foreign Minister Ana Ruiz of Chile. Sato expressed "
        "his hope that flights between the capitals would be expanded. Ruiz stated that Chile "
        "will keep backing the treaty, and that Chile will not accept any change by force. "
        "The Vietnamese Government leader was not there."
    )
    assert [c.text for c in r.commitments] == [
        "Chile will keep backing the treaty",
        "Chile will not accept any change by force",
    ]


def test_a_head_of_state_by_demonym_and_leader() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile held a telephone conversation with President of Indonesia "
        "Budi Santoso.\n\nThe Indonesian leader expressed concern over food prices. Prime "
        "Minister Tran Van Long of Viet Nam was not there."
    )
    assert speakers(r, "food prices") == {"Budi Santoso"}


def test_a_mutual_participle_in_the_engagement_sentence_and_a_chinese_given_name_he() -> None:
    r = readoutkit.parse(
        "Chinese Vice Premier Wang He held a video call with WTO Director-General Ana Ruiz on "
        "Wednesday, exchanging views on fisheries subsidies.\n\nThe two sides also had an "
        "exchange of views on farm trade, and agreed to meet in Geneva."
    )
    assert [p.name for p in r.parties] == ["Wang He", "Ana Ruiz"]
    assert speakers(r, "fisheries subsidies") == {"Wang He", "Ana Ruiz"}
    assert speakers(r, "farm trade") == {"Wang He", "Ana Ruiz"}


def test_the_head_of_state_is_the_publisher_s_president() -> None:
    r = readoutkit.parse(
        "President of Ukraine Petro Kovalenko had a phone conversation with President of "
        "Lithuania Ona Petraitiene.\n\nThe Head of State informed his counterpart about the "
        "situation in Donbas."
    )
    assert speakers(r, "the situation in Donbas") == {"Petro Kovalenko"}


def test_take_stock_topic_union_minister_and_a_visit_programme() -> None:
    r = readoutkit.parse(
        "High Representative Anke Vogel met yesterday in Brussels with Kyaw Min Thu, Union "
        "Minister for Foreign Affairs of Myanmar, to take stock of EU support for the "
        "transition.\n\nThey discussed trade. High Representative Vogel will also call on "
        "Prime Minister Ana Ruiz before leaving for Madrid."
    )
    assert r.parties[1].title == "Union Minister for Foreign Affairs"
    assert [s.text for s in r.statements] == ["EU support for the transition", "trade"]


def test_steadfast_commitment_party_title_and_attending_a_summit() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile spoke today with Party General Secretary To Lam of Viet "
        "Nam. The President reaffirmed that Chile remains steadfast in its commitment to free "
        "trade. Foreign Minister Tomas Berg also attended the summit."
    )
    assert r.parties[1].title == "Party General Secretary"
    assert [c.text for c in r.commitments] == [
        "Chile remains steadfast in its commitment to free trade"
    ]
    assert not any("attended" in s.text for s in r.statements)


def test_a_bare_office_word_gives_way_to_the_office_written_out_elsewhere() -> None:
    r = readoutkit.parse(
        "Official Visit by Minister for Foreign Affairs Tan Wei Ming to Portugal\n\n"
        "On 14 May, Minister Tan met Minister of Foreign Affairs Rui Costa in Lisbon. The two "
        "Ministers discussed trade."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Tan Wei Ming", "Minister for Foreign Affairs"),
        ("Rui Costa", "Minister of Foreign Affairs"),
    ]


@pytest.mark.parametrize(
    ("apposition", "title"),
    [
        (
            "Belgian Vice-Premier and Minister of Foreign Affairs",
            "Vice-Premier and Minister of Foreign Affairs",
        ),
        (
            "High Representative of the EU and Vice-President of the Commission",
            "High Representative and Vice-President of the Commission",
        ),
    ],
)
def test_two_offices_set_off_after_a_name_are_one_title(apposition: str, title: str) -> None:
    r = readoutkit.parse(
        f"On 4 May, Foreign Minister Kenji Sato and Ms Lena Vogt, {apposition}, met in Tokyo."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Kenji Sato", "Foreign Minister"),
        ("Lena Vogt", title),
    ]


def test_a_rotating_role_held_in_a_capacity_is_no_one_else() -> None:
    for aside in (
        "in his role as current Chair of the Lakes Forum",
        "in his capacity as ASEAN Chair",
    ):
        r = readoutkit.parse(
            f"Chile's President Tomas Berg, {aside}, was on the telephone today with the "
            "Secretary-General about the floods."
        )
        assert [(p.name, p.title) for p in r.parties] == [
            ("Tomas Berg", "President"),
            (None, "Secretary-General"),
        ]


def test_the_minister_is_the_publisher_s_own_untitled_minister_beside_counterparts() -> None:
    text = (
        "Nordic security - Paul Martin meets his Finnish counterpart\n\n"
        "On Wednesday, Paul Martin welcomed his Finnish counterpart, Ms Aino Virtanen, and "
        "Estonia's Foreign Minister, Mr Jaan Tamm, to the Quai d'Orsay.\n\n"
        "The Minister reaffirmed France's support for Ukraine. Mr Tamm briefed his "
        "counterparts on the Baltic Sea."
    )
    r = readoutkit.parse(text)
    assert speakers(r, "France's support for Ukraine") == {"Paul Martin"}
    # no counterpart: a named leader's guest may be "the Minister"
    r = readoutkit.parse(
        "Talks with Foreign Minister of Chile Ana Ruiz\n\nVladimir Putin met with Foreign "
        "Minister of Chile Ana Ruiz in the Kremlin. The Minister thanked Russia for its help."
    )
    assert speakers(r, "Russia for its help") == {"Ana Ruiz"}


def test_a_bare_office_word_gives_way_to_the_office_set_off_before_the_name() -> None:
    r = readoutkit.parse(
        "On 4 May, Chile's foreign minister, Mr. Tomas Vidal, held a video call with Mr. Lars "
        "Berg, Minister of Trade of Norway. Minister Vidal said that Chile will keep helping."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Tomas Vidal", "foreign minister"),
        ("Lars Berg", "Minister of Trade"),
    ]


def test_the_country_in_a_speaker_s_clause_is_the_speaker_s_own() -> None:
    r = readoutkit.parse(
        "Vice Premier Zhao Lin of China held a video call with WTO Director-General Ana Ruiz. "
        "Zhao said China supports the trading system, adding that the country will continue "
        "to take part in WTO reform."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Zhao Lin",), "the country will continue to take part in WTO reform")
    ]


def test_a_joint_statement_issued_is_reported_and_a_perfect_inside_speech_is_content() -> None:
    r = readoutkit.parse(
        "Foreign Minister Zhao Lin held talks with Foreign Minister Ana Ruiz of Chile.\n\n"
        "Zhao said that since 2020, China and Chile have supported each other in trade.\n\n"
        "The two sides issued a joint statement on climate cooperation. Later the ministers "
        "adopted the Santiago Declaration."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Zhao Lin",), "since 2020, China and Chile have supported each other in trade"),
        (("Zhao Lin", "Ana Ruiz"), "a joint statement on climate cooperation"),
    ]


def test_a_surname_ending_in_ly_is_no_adverb_and_an_abbreviated_style_names_its_holder() -> None:
    r = readoutkit.parse(
        "H.H. Sheikh Saif bin Rashid, Crown Prince, received H.E. Dr. Omar Madkourly, Prime "
        "Minister of Egypt, this evening.\n\nAt the outset, His Highness welcomed the Egyptian "
        "Prime Minister. Madkourly said the ties are good."
    )
    assert speakers(r, "the Egyptian Prime Minister") == {"Saif bin Rashid"}
    assert speakers(r, "the ties are good") == {"Omar Madkourly"}


def test_cabinet_of_ministers_titles_replies_and_ceremonies() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Demir hosted Deputy Chairman of the Cabinet of Ministers and "
        "Minister of Foreign Affairs of Turkmenistan Berdi Orazov in Antalya.\n\nOrazov asked "
        "about gas. Minister Demir replied that Turkiye is prepared to buy more gas. The two "
        "ministers then co-hosted a luncheon with business leaders. The ministers looked on as "
        "officials signed a customs agreement."
    )
    assert [(p.name, p.title) for p in r.parties][1] == (
        "Berdi Orazov",
        "Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs",
    )
    assert speakers(r, "prepared to buy") == {"Ali Demir"}
    assert not any("luncheon" in s.text or "signed" in s.text for s in r.statements)


def test_a_side_s_it_and_a_speaker_s_own_parliament_undertake() -> None:
    r = readoutkit.parse(
        "Speaker of the Majlis Reza Ahmadi held talks with Iraqi Parliament Speaker Ali Karim "
        "in Tehran.\n\nKarim said that the Iraqi parliament would ratify the trade agreement. "
        "The Iranian side stated that it would continue to supply electricity to Iraq."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Ali Karim",), "the Iraqi parliament would ratify the trade agreement"),
        (("Reza Ahmadi",), "it would continue to supply electricity to Iraq"),
    ]


def test_a_wish_after_would_and_a_pronoun_in_a_relative_clause() -> None:
    r = readoutkit.parse(
        "Secretary-General Ana Ruiz spoke by telephone with President Tomas Berg of Norway. "
        "President Berg briefed the Secretary-General on the emergency he declared in July. "
        "He said Norway would welcome more scientists and would open its archives."
    )
    assert r.statements[0].text == "the Secretary-General on the emergency he declared in July"
    assert [c.text for c in r.commitments] == ["would open its archives"]


def test_founder_is_a_title_that_chains() -> None:
    r = readoutkit.parse(
        "Vice Premier Zhao Lin met with World Economic Forum (WEF) Founder and Executive "
        "Chairman Klaus Weber in Davos on Monday."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Zhao Lin", "Vice Premier"),
        ("Klaus Weber", "Founder and Executive Chairman"),
    ]


def test_participles_of_the_engagement_s_subject_and_a_hyphenated_name_after_a_place() -> None:
    r = readoutkit.parse(
        "BEIJING, April 11 (Xinhua) -- Chinese Premier Zhao Lin on Thursday held phone talks "
        "with Pakistani Prime Minister Ali Khan, congratulating him on taking office and "
        "calling for joint efforts to build the corridor."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Zhao Lin",), "him on taking office"),
        (("Zhao Lin",), "joint efforts to build the corridor"),
    ]
    r = readoutkit.parse(
        "On March 10, Consul General Wu Fang called on Governor of Ogun State Dapo "
        "Abiodun-Ade in Abeokuta."
    )
    assert (r.parties[1].name, r.parties[1].title) == ("Dapo Abiodun-Ade", "Governor of Ogun State")


def test_a_governor_s_place_and_state_government_and_a_navy_and_held_discussions() -> None:
    r = readoutkit.parse(
        "On March 10, Consul General Wu Fang called on Governor of Ogun State Dapo Adeyemi in "
        'Abeokuta.\n\n"Ogun will not allow criminals to threaten investors," the Governor '
        "said. He said that the state government stands ready to build a rail line. The two "
        "sides held discussions on trade. Minister Liu Bo, among others, attended the meeting "
        "in Abeokuta."
    )
    assert [(r.names(c.actors), c.polarity) for c in r.commitments] == [
        (("Dapo Adeyemi",), Polarity.NEGATIVE),
        (("Dapo Adeyemi",), Polarity.POSITIVE),
    ]
    assert speakers(r, "trade") == {"Wu Fang", "Dapo Adeyemi"}
    assert not any("attended" in s.text for s in r.statements)


def test_sought_reports_what_was_asked() -> None:
    r = readoutkit.parse(
        "Prime Minister Kenji Sato held a telephone talk with President Ana Ruiz of Chile. "
        "Prime Minister Sato sought the President's cooperation on the fisheries issue."
    )
    assert speakers(r, "cooperation on the fisheries issue") == {"Kenji Sato"}


def test_who_joined_later_and_what_is_set_to_happen_is_narration() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile held talks with President Tomas Berg of Norway. The "
        "leaders first met one-on-one and were later joined by members of their delegations. "
        "Ruiz and Berg are set to attend a business forum on Thursday. Ruiz said Chile will "
        "open a consulate."
    )
    assert [s.text for s in r.statements] == ["Chile will open a consulate"]


def test_what_the_meeting_touched_on_and_what_was_all_discussed_are_everyone_s() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Tomas Berg of Norway. Trade, "
        "fisheries and polar research were all discussed. The meeting also touched on "
        "regional questions, including the Antarctic Treaty. (3) In addition, views were "
        "exchanged on ocean governance."
    )
    everyone = {"Ana Ruiz", "Tomas Berg"}
    assert speakers(r, "fisheries and polar research") == everyone
    assert speakers(r, "regional questions") == everyone
    assert speakers(r, "ocean governance") == everyone


def test_i_am_confident_that_we_will_is_a_prediction() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile sent a message to President Tomas Berg of Norway. "
        '"Chile will keep its ports open to Norwegian ships. I am confident that by joint '
        'efforts we will reach all our goals," the message reads.'
    )
    assert [c.text for c in r.commitments] == ["Chile will keep its ports open to Norwegian ships"]


def test_a_postposed_speaker_with_a_longer_attribution_tail() -> None:
    r = readoutkit.parse(
        "Foreign Minister Kim Ji-ho met Foreign Minister Nguyen Van An of Vietnam in Seoul.\n\n"
        '"Vietnam is a core partner in our diplomacy," Kim said during the meeting, according '
        "to the ministry."
    )
    assert [s.text for s in r.statements] == ["Vietnam is a core partner in our diplomacy"]


@pytest.mark.parametrize(
    "tail",
    [
        "said Zhao, adding that Beijing and La Paz should step up energy cooperation.",
        "said the Chinese premier, who added that Beijing and La Paz should step up energy "
        "cooperation.",
    ],
)
def test_a_postposed_speaker_may_go_on_with_a_further_report(tail: str) -> None:
    r = readoutkit.parse(
        "Premier Zhao Lin met President Ana Ruiz of Bolivia in Beijing on Monday.\n\n"
        f"China will keep supplying vaccines to Bolivia, {tail}"
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Zhao Lin",), "China will keep supplying vaccines to Bolivia"),
        (("Zhao Lin",), "Beijing and La Paz should step up energy cooperation"),
    ]


def test_what_an_engagement_was_made_to_express_is_its_subject_s() -> None:
    r = readoutkit.parse(
        "The Minister of Foreign Affairs, Dr Ana Ruiz, has written to her Norwegian "
        "counterpart, the Minister of Foreign Affairs, Mr Tomas Berg, to express the "
        "solidarity of the people of Chile following the floods."
    )
    assert speakers(r, "the solidarity of the people of Chile") == {"Ana Ruiz"}


def test_the_foreign_ministers_among_foreign_and_defence_ministers() -> None:
    r = readoutkit.parse(
        "The Minister of Foreign Affairs of Chile, Ana Ruiz, and the Minister of National "
        "Defense, Luis Soto, met with Norway's Minister of Foreign Affairs, Tomas Berg, and "
        "Minister of Defence, Ola Lunde, in Santiago for the 2+2 meeting.\n\nThe Foreign "
        "Ministers welcomed the growth of trade. The Ministers condemned the missile launches."
    )
    assert speakers(r, "the growth of trade") == {"Ana Ruiz", "Tomas Berg"}
    assert speakers(r, "the missile launches") == {
        "Ana Ruiz",
        "Luis Soto",
        "Tomas Berg",
        "Ola Lunde",
    }


def test_the_president_is_not_the_vice_president_and_an_aside_after_the_first_name() -> None:
    r = readoutkit.parse(
        "Vice President Zhao Lin met with President Nikos Andreou of Greece in Athens. "
        "Greece will not join any attempt to shut China out of Europe, the president said."
    )
    assert speakers(r, "Greece will not join") == {"Nikos Andreou"}
    r = readoutkit.parse(
        "On July 17, Zhao Lin, who serves as Foreign Minister, took a phone call from "
        "Norwegian Foreign Minister Kari Holm, who had asked for the conversation."
    )
    assert [p.name for p in r.parties] == ["Zhao Lin", "Kari Holm"]


def test_keep_someone_informed_is_no_report() -> None:
    r = readoutkit.parse(
        "The Secretary-General spoke by phone with Prime Minister Ana Ruiz of Chile. The "
        "Prime Minister assured him that Chile would keep the United Nations informed of its "
        "findings."
    )
    assert [c.text for c in r.commitments] == [
        "Chile would keep the United Nations informed of its findings"
    ]


def test_a_presidency_s_closing_formula_is_narration() -> None:
    r = readoutkit.parse(
        "President Ali Demir held a phone call with President Ana Ruiz of Chile. Demir said "
        "Turkiye will send aid.\n\nRespectfully announced to the public."
    )
    assert [s.text for s in r.statements] == ["Turkiye will send aid"]


def test_a_lower_case_title_in_apposition_after_a_name() -> None:
    r = readoutkit.parse(
        "Han Ming, chairman of the Standing Committee of the Provincial Assembly (PASC), met "
        "with Lucia Ferraz, special envoy to the president of Portugal, in Beijing on Monday. "
        "Ferraz said Portugal will open a consulate in Chengdu."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Han Ming", "chairman of the Standing Committee of the Provincial Assembly", "CHN"),
        ("Lucia Ferraz", "special envoy to the president", "PRT"),
    ]
    r = readoutkit.parse(
        "Premier Li Hua met with Ana Souza, president of the New Development Bank, in "
        "Shanghai. Li Hua, who chaired the forum, said China backs the bank."
    )
    assert [(p.name, p.title, p.organization) for p in r.parties][1] == (
        "Ana Souza", "president", "New Development Bank",
    )  # fmt: skip
    # a clause, not a title, after the comma
    r = readoutkit.parse(
        "Premier Li Hua met with Ana Souza, president of the bank that financed the port, in "
        "Shanghai on Monday."
    )
    assert [(p.name, p.title) for p in r.parties] == [("Li Hua", "Premier"), ("Ana Souza", None)]


def test_a_relative_clause_inside_a_passive_topic_keeps_the_report() -> None:
    r = readoutkit.parse(
        "President Ali Demir received President Jomo Otieno. During the meeting, ties as well "
        "as steps that could be taken to expand trade were discussed. It was noted that "
        "visas which were issued had risen. He noted that tariffs were discussed."
    )
    assert [(s.text, s.rule) for s in r.statements if s.rule == "passive"] == [
        ("ties as well as steps that could be taken to expand trade", "passive")
    ]


def test_an_aide_joining_the_call_is_narration() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz spoke with Prime Minister Lars Berg of Sweden. President Ruiz "
        "said Chile will send observers. National Security Advisor Tom Vance also joined "
        "the call."
    )
    assert [s.text for s in r.statements] == ["Chile will send observers"]


def test_the_minister_is_not_the_prime_minister_when_another_minister_takes_part() -> None:
    r = readoutkit.parse(
        "Prime Minister Tran Van Long received Foreign Minister Ravi Menon of India. Long said "
        "Vietnam values the partnership. Menon thanked the host. The minister said India "
        "will open a new consulate."
    )
    assert speakers(r, "new consulate") == {"Ravi Menon"}
    assert [c.actors for c in r.commitments] == [("p2",)]


def test_a_clear_message_to_a_leader_does_not_make_him_a_participant() -> None:
    r = readoutkit.parse(
        "Prime Minister Ruth Hale spoke to Prime Minister Kenji Sato of Japan. They agreed "
        "that the summit would send a clear message to President Ivan Orlov. They also sent "
        "a message to President Omar Diallo."
    )
    assert [p.name for p in r.parties] == ["Ruth Hale", "Kenji Sato", "Omar Diallo"]


def test_a_titled_name_stating_a_view_after_a_joint_sentence_is_his() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Mark Ellison spoke with Minister of Defense Ilan Peretz. The two "
        "leaders discussed the situation in Syria. Secretary Ellison was encouraged by the "
        "progress on missile defense. Secretary Ellison looks forward to hosting Minister "
        "Peretz in Washington."
    )
    assert speakers(r, "progress on missile defense") == {"Mark Ellison"}
    assert speakers(r, "hosting Minister Peretz") == {"Mark Ellison"}
    # a visit in progress is the publisher's narration
    r = readoutkit.parse(
        "Dr Tan Wei is making an official visit to Lisbon at the invitation of Foreign "
        "Minister Rui Costa. On 4 May, Minister Tan met Minister Costa in Lisbon. Minister Tan "
        "said Singapore will open a trade office."
    )
    assert [s.text for s in r.statements] == ["Singapore will open a trade office"]


def test_made_clear_that_reports_speech() -> None:
    r = readoutkit.parse(
        "U.S. Secretary of Defense Mark Ellison spoke with Minister Ilan Peretz. The "
        "Secretary made clear "
        "that the United States is determined to prevent a wider war. Peretz said Israel has "
        "made clear choices."
    )
    assert speakers(r, "determined to prevent a wider war") == {"Mark Ellison"}
    assert [c.actors for c in r.commitments] == [("p1",)]
    r = readoutkit.parse(
        "President Ann Lee spoke with Prime Minister Ken Mori. The President made it clear "
        "the United States will not accept a nuclear-armed North Korea."
    )
    assert speakers(r, "nuclear-armed North Korea") == {"Ann Lee"}


def test_the_government_of_a_country_is_its_participant_s_side() -> None:
    r = readoutkit.parse(
        "Indian Prime Minister Arun Mehta held a video call with Prime Minister Rana Karim of "
        "Bangladesh. Prime Minister Mehta said that the Government of India remains committed "
        "to concluding the trade agreement."
    )
    [c] = r.commitments
    assert c.actors == ("p1",)
    assert c.text.startswith("the Government of India remains committed")
    # a name that is also listed as a demonym ("Viet Nam")
    r = readoutkit.parse(
        "Foreign Minister Kenji Sato met Foreign Minister Tran Hung of Viet Nam. Tran said "
        "the Government of Viet Nam will make every effort to help Japanese firms."
    )
    assert [c.actors for c in r.commitments] == [("p2",)]


def test_an_attribution_inside_its_clause_keeps_the_clause() -> None:
    r = readoutkit.parse(
        "President Ivan Orlov held talks with President Omar Diallo. Diallo thanked Orlov for "
        "the visit. The Senegalese side, he said, has taken every step to protect visitors."
    )
    assert speakers(r, "has taken every step to protect visitors") == {"Omar Diallo"}


def test_a_visitor_s_arrival_day_is_not_the_engagement_s() -> None:
    r = readoutkit.parse(
        "October 17, 2018, Sochi\n\nPresident Ivan Orlov and President Omar Diallo held "
        "talks. The Senegalese leader arrived in Sochi on Monday for an official visit."
    )
    assert r.reference_date == dt.date(2018, 10, 17)
    assert r.date is None
    r = readoutkit.parse(
        "October 17, 2018, Kyiv\n\nPresident Ivan Orlov met with Prime Minister Lars Berg, "
        "who arrived in Kyiv today on a visit."
    )
    assert r.date == dt.date(2018, 10, 17)


def test_an_agency_s_acronym_closing_a_title_in_apposition() -> None:
    r = readoutkit.parse(
        "In the afternoon of March 3, 2024, Luo Ming, Chairman of CIDCA, held a video call "
        "with Ana Souza, Executive Director of UNICEF. Luo Ming said CIDCA will continue to "
        "fund school meals."
    )
    assert r.date == dt.date(2024, 3, 3)
    assert r.parties[0].title == "Chairman of CIDCA"
    assert [c.actors for c in r.commitments] == [("p1",)]


def test_a_shared_title_subject_is_not_the_participant_it_briefs() -> None:
    r = readoutkit.parse(
        "Foreign Minister Li Hua spoke by phone with External Affairs Minister Ravi Menon. "
        "Menon said India values the partnership. The Minister also briefed Li Hua on the "
        "coming summit. Minister Li Hua congratulated Minister Menon on the summit."
    )
    assert speakers(r, "coming summit") == {"Ravi Menon"}
    assert speakers(r, "Minister Menon on the summit") == {"Li Hua"}


def test_two_verbs_of_one_perfect_inside_what_was_said_are_one_report() -> None:
    r = readoutkit.parse(
        "President Li Hua and President Omar Diallo exchanged congratulatory messages. Li "
        "noted that China and Senegal have trusted and supported each other for decades. "
        "Diallo praised the reforms his government has undertaken and stressed that trade "
        "must grow."
    )
    assert [s.text for s in r.statements][1:] == [
        "China and Senegal have trusted and supported each other for decades",
        "the reforms his government has undertaken",
        "trade must grow",
    ]


def test_keeping_something_open_and_a_second_report() -> None:
    r = readoutkit.parse(
        "High Representative Ana Ruiz met Foreign Minister Kenji Sato of Japan. The High "
        "Representative underlined the importance of keeping channels open and expressed "
        "the EU's support for the talks. Sato promised to keep the EU informed of progress."
    )
    assert [s.text for s in r.statements] == [
        "the importance of keeping channels open",
        "the EU's support for the talks",
        "to keep the EU informed of progress",
    ]


def test_had_talks_and_the_format_of_the_talks() -> None:
    r = readoutkit.parse(
        "Ivan Orlov had talks in the Kremlin with Prime Minister Ravi Menon of India.\n\nThe "
        "leaders first met in private and then continued the talks in an expanded format. "
        "Menon said India will buy more fertiliser."
    )
    assert r.kind is Kind.TALKS
    assert [s.text for s in r.statements] == ["India will buy more fertiliser"]


def test_she_is_the_woman_of_a_mixed_pair_once_the_text_shows_who_she_is() -> None:
    text = (
        "Prime Minister Ruth Hale spoke with President Ivan Orlov today. Prime Minister Hale "
        "said the UK will send more aid. President Orlov thanked her for the support. She "
        "said the UK stands ready to host talks. He said Russia will not accept sanctions."
    )
    r = readoutkit.parse(text)
    assert speakers(r, "host talks") == {"Ruth Hale"}
    assert speakers(r, "not accept sanctions") == {"Ivan Orlov"}
    # two women: "she" stays with the last speaker
    r = readoutkit.parse(
        "Minister Ana Ruiz has written to her counterpart, Ms Lena Berg. Minister Ruiz "
        "assured Minister Berg that Chile will send aid. She further indicated that Chile "
        "is ready to deploy rescue teams."
    )
    assert speakers(r, "deploy rescue teams") == {"Ana Ruiz"}
    # no evidence of gender: the last speaker
    r = readoutkit.parse(text.replace("thanked her for", "welcomed"))
    assert speakers(r, "host talks") == {"Ivan Orlov"}


def test_the_pronoun_a_speaker_was_named_by_tells_he_from_she() -> None:
    text = (
        "Prime Minister Tom Reed spoke to Prime Minister Anna Lund of Sweden this afternoon. "
        "She thanked the Prime Minister for the UK's support. He said the UK will keep "
        "backing Sweden in the Baltic."
    )
    r = readoutkit.parse(text)
    assert speakers(r, "the UK's support") == {"Anna Lund"}
    assert speakers(r, "keep backing Sweden") == {"Tom Reed"}
    [c] = r.commitments
    assert r.names(c.actors) == ("Tom Reed",)
    # and the other way round: "he" named one, so "she" is the other
    r = readoutkit.parse(
        "President Ivan Orlov met President Ruth Hale of Latvia in Sochi. He welcomed the "
        "guest to Sochi and praised the talks. She said Latvia will not accept new tariffs."
    )
    assert speakers(r, "not accept new tariffs") == {"Ruth Hale"}
    # "his counterpart" named right after belongs to the other one: the woman named after
    # it is not a man, and her "she" stays hers
    r = readoutkit.parse(
        "In a phone call on Monday with his Estonian counterpart Liina Kask, Foreign "
        "Minister Omar Haddad discussed the situation in the region. Kask, for her part, "
        "underlined the need for calm. She expressed her country's readiness to keep "
        "channels open."
    )
    assert speakers(r, "readiness to keep channels open") == {"Liina Kask"}


def test_a_headline_verb_ends_a_name_and_a_person_of_a_country_is_the_subject() -> None:
    r = readoutkit.parse(
        "Li Hua, Omar Diallo Exchange Congratulations on Anniversary of Ties\n\n"
        "President Li Hua and President Omar Diallo of Senegal exchanged congratulatory "
        "messages on the anniversary of diplomatic relations. The Chinese Embassy held a "
        "reception in Dakar to mark the day. Premier Wu Lan will host President Diallo at a "
        "dinner. Ambassador Ma Jun and Consul Lin Fei were among those present."
    )
    assert [p.name for p in r.parties] == ["Li Hua", "Omar Diallo"]
    assert [(s.text, len(s.speakers)) for s in r.statements] == [
        ("congratulatory messages on the anniversary of diplomatic relations", 2)
    ]


def test_an_adviser_s_portfolio_after_on_and_the_name_after_a_comma() -> None:
    r = readoutkit.parse(
        "Islamabad, 4 May 2015\n\nAdviser to the Prime Minister on National Security and "
        "Foreign Affairs, Mr. Tariq Khan, received the visiting Foreign Minister of Maldives, "
        "Ms. Aminath Riza, at the Foreign Office on Monday."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Tariq Khan", "Adviser to the Prime Minister on National Security and Foreign Affairs"),
        ("Aminath Riza", "Foreign Minister"),
    ]


def test_the_speaker_s_side_as_possessor_or_it_undertakes() -> None:
    r = readoutkit.parse(
        "Premier Li Hua held talks with Prime Minister Ana Ruiz of Chile. Li said China's "
        "door of opening-up will never close. China never seeks to export its model, and it "
        "will not interfere in the internal affairs of others, Li stressed. Chile's copper "
        "will stay cheap, he added."
    )
    assert [(c.text, c.actors, c.polarity) for c in r.commitments] == [
        ("China's door of opening-up will never close", ("p1",), Polarity.NEGATIVE),
        ("it will not interfere in the internal affairs of others", ("p1",), Polarity.NEGATIVE),
    ]


def test_an_attribution_then_but_keeps_the_clause_and_is_no_part_of_the_undertaking() -> None:
    r = readoutkit.parse(
        "Secretary Mark Ellison met Defense Minister Tran Hung of Vietnam. Tran thanked the "
        "Secretary for the visit. Vietnam will not use force first, he said, but it is "
        "determined to defend its waters."
    )
    assert [(c.text, c.actors) for c in r.commitments] == [
        ("Vietnam will not use force first", ("p2",)),
        ("it is determined to defend its waters", ("p2",)),
    ]


def test_the_ministers_assessed_and_held_an_exchange_of_views() -> None:
    r = readoutkit.parse(
        "Foreign Minister Kim Ji-ho held a video call with External Affairs Minister Ravi "
        "Menon. Menon thanked Korea for its help. The two Ministers assessed that trade has "
        "been recovering, and agreed to speed up talks on the trade pact. The ministers held "
        "an exchange of views on regional affairs such as Myanmar."
    )
    got = [(s.text, len(s.speakers)) for s in r.statements][1:]
    assert got == [
        ("trade has been recovering", 2),
        ("to speed up talks on the trade pact", 2),
        ("on regional affairs such as Myanmar", 2),
    ]


def test_a_cue_coordinated_with_the_engagement_is_its_subject_s() -> None:
    r = readoutkit.parse(
        "Prime Minister Ravi Menon spoke on phone with His Excellency Tilak Perera, Prime "
        "Minister of Sri Lanka, and conveyed his condolences on the loss of lives in the "
        "floods."
    )
    got = [(s.text, r.names(s.speakers)) for s in r.statements]
    assert got == [("his condolences on the loss of lives in the floods", ("Ravi Menon",))]
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz met Foreign Minister Kenji Sato of Japan in Tokyo, and "
        "discussed trade."
    )
    assert [len(s.speakers) for s in r.statements] == [2]


def test_minister_of_foreign_affairs_is_also_the_foreign_minister() -> None:
    r = readoutkit.parse(
        "Foreign Minister Omar Zayed received Minister of Foreign Affairs Faisal Saud of Saudi "
        "Arabia. Zayed welcomed the guest. The Saudi Foreign Minister also affirmed the "
        "Kingdom's support for the summit. Secretary of Defense Mark Ellison was not there."
    )
    assert speakers(r, "support for the summit") == {"Faisal Saud"}


def test_a_place_in_a_list_is_no_name_and_a_deputy_is_not_the_office_holder() -> None:
    r = readoutkit.parse(
        "The Secretary-General met President Omar Diallo of Senegal. Condemning the attacks "
        "in Kaolack and Thies, the Secretary-General expressed his sympathies. The Deputy "
        "Secretary-General, Amina Bello, also attended the meeting."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        (None, "Secretary-General"),
        ("Omar Diallo", "President"),
    ]
    assert r.statements[0].text == "the attacks in Kaolack and Thies"


def test_a_substantive_exchange_of_opinions_and_a_confirmed_commitment() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ivan Orlov held a video call with Foreign Minister Ana Ruiz. Orlov "
        "thanked Ruiz for the call. The ministers had a substantive exchange of opinions on "
        "developments in Latin America, and confirmed their commitment to non-interference."
    )
    got = [(s.text, len(s.speakers)) for s in r.statements][1:]
    assert got == [
        ("on developments in Latin America", 2),
        ("their commitment to non-interference", 2),
    ]


def test_a_subject_before_an_aside_decides_whose_undertaking_it_is() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Lopes of Portugal held talks with Foreign Minister Karim Benali "
        "of Morocco. Lopes said the negotiations, now entering their final stage, will bring "
        "lasting benefits. She said Portugal, for its part, will send experts. Benali said "
        "Morocco will open a consulate in Porto, and the new ferry, launched in May, will "
        "carry more passengers. He said his special envoy, Omar Idrissi, would stay in Lisbon."
    )
    got = [(c.text, c.actors) for c in r.commitments]
    assert got == [
        ("Portugal, for its part, will send experts", ("p1",)),
        ("Morocco will open a consulate in Porto", ("p2",)),
        ("his special envoy, Omar Idrissi, would stay in Lisbon", ("p2",)),
    ]


def test_a_lower_case_title_before_a_name_and_the_press_names_for_a_foreign_minister() -> None:
    r = readoutkit.parse(
        "ANKARA, March 4 - Turkish foreign minister Emre Kaya and EU foreign policy chief "
        "Lena Vogt discussed migration in a phone call on Monday. Vogt said the bloc will "
        "keep funding the refugee programme. Turkey's top diplomat said Ankara is ready to "
        "host the next round. The EU official said she hoped to visit soon."
    )
    got = [(p.name, p.title, p.country, p.organization) for p in r.parties]
    assert got == [
        ("Emre Kaya", "foreign minister", "TUR", None),
        ("Lena Vogt", "foreign policy chief", None, "European Union"),
    ]
    assert [s.speakers for s in r.statements] == [("p1", "p2"), ("p2",), ("p1",), ("p2",)]


def test_a_purpose_clause_ends_the_engagement_sentences_list_of_participants() -> None:
    r = readoutkit.parse(
        "President Ana Reyes spoke by telephone today with Prime Minister Lars Berg of Norway "
        "to coordinate ahead of the summit between President Reyes and Chancellor Otto Kranz. "
        "The two leaders discussed energy security."
    )
    assert [p.name for p in r.parties] == ["Ana Reyes", "Lars Berg"]
    assert [p.name for p in r.mentions] == ["Otto Kranz"]


def test_compared_views_and_took_note_of_are_topic_cues() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes met Foreign Minister Lars Berg of Norway in Oslo. The two "
        "sides reviewed bilateral ties and took note of the progress in the energy talks. They "
        "also compared views on the Arctic, agreeing that the council has a key role."
    )
    got = [(s.cue, s.text) for s in r.statements]
    assert got == [
        ("reviewed", "bilateral ties"),
        ("took note of", "of the progress in the energy talks"),
        ("compared", "views on the Arctic"),
        ("agreeing", "the council has a key role"),
    ]


def test_attending_from_a_place_is_narration() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Reyes held a video call with Prime Minister Lars Berg of Norway. "
        "Reyes said the two countries will expand trade. Minister of Finance Tomas Ruiz and "
        "Minister of Health Eva Lind attended the call from Manila."
    )
    assert [s.text for s in r.statements] == ["the two countries will expand trade"]


def test_a_possessive_office_before_a_title_and_a_second_portfolio() -> None:
    r = readoutkit.parse(
        "The Prime Minister's Adviser on Foreign Affairs, Omar Khalid, and Minister for "
        "Foreign Affairs and Minister for Law Tan Wei of Singapore held talks in Islamabad "
        "today. The Adviser said Pakistan will open a trade office."
    )
    got = [(p.name, p.title) for p in r.parties]
    assert got == [
        ("Omar Khalid", "Prime Minister's Adviser on Foreign Affairs"),
        ("Tan Wei", "Minister for Foreign Affairs and Minister for Law"),
    ]
    assert [s.speakers for s in r.statements] == [("p1",)]


def test_signing_agreements_and_a_press_conference_are_narration() -> None:
    r = readoutkit.parse(
        "President Ana Reyes met President Lars Berg of Norway in Oslo. Reyes said Chile "
        "will double its exports. The two sides later signed six memoranda of understanding "
        "on energy and fisheries. A joint press conference was held after the talks."
    )
    assert [s.text for s in r.statements] == ["Chile will double its exports"]


@pytest.mark.parametrize("measure", ["its needs", "what the Chilean side needs"])
def test_according_to_its_needs_is_no_attribution_to_a_source(measure: str) -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi talked over the phone with Foreign Minister Ana Reyes of "
        "Chile. Wang Yi thanked Chile for its help. China understands the concerns and stands "
        f"ready to share its experience, and will send supplies according to {measure}."
    )
    assert [s.rule for s in r.statements] == ["subject-verb", "continuation"]
    assert [c.actors for c in r.commitments] == [("p1",), ("p1",)]


def test_the_three_countries_and_a_speaker_who_first_stated() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes held a telephone call with Foreign Minister Lars Berg of "
        "Norway and Foreign Minister Eva Lind of Sweden. Minister Reyes first stated that "
        "the test was a grave threat. The three ministers agreed that the three countries "
        "will jointly request a meeting of the Council."
    )
    got = [(s.speakers, s.text) for s in r.statements]
    assert got == [
        (("p1",), "the test was a grave threat"),
        (("p1", "p2", "p3"), "the three countries will jointly request a meeting of the Council"),
    ]
    assert [c.actors for c in r.commitments] == [("p1", "p2", "p3")]


def test_his_counterpart_names_the_participant_known_only_as_a_counterpart() -> None:
    r = readoutkit.parse(
        "Foreign Minister Paul Martin spoke with his Moroccan counterpart, Karim Benali, on "
        "Monday. The Minister and his counterpart discussed the next summit in Paris."
    )
    assert [s.speakers for s in r.statements] == [("p1", "p2")]


def test_a_shared_or_common_commitment_keeps_its_adjective() -> None:
    r = readoutkit.parse(
        "President Ana Reyes held a video call with Prime Minister Lars Berg of Norway. The "
        "leaders reaffirmed their shared commitment to an open Arctic."
    )
    assert [c.text for c in r.commitments] == [
        "reaffirmed their shared commitment to an open Arctic"
    ]


def test_the_engagement_topic_gives_way_to_a_cue_that_reports_the_same_words() -> None:
    r = readoutkit.parse(
        "On June 5, Foreign Minister Ana Reyes held telephone talks with Foreign Minister "
        "Lars Berg of Norway, during which the two sides compared notes on the coming "
        "climate conference."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "on the coming climate conference")
    ]


def test_a_title_in_a_relative_clause_is_the_office_of_the_person_named_before() -> None:
    r = readoutkit.parse(
        "On Monday, Foreign Minister Ana Reyes, who is also a Deputy Prime Minister, held a "
        "video call with Lars Berg, Foreign Minister of Norway. Reyes said the talks went well."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ana Reyes", "Foreign Minister"),
        ("Lars Berg", "Foreign Minister"),
    ]


def test_a_nickname_in_quotes_after_the_name_names_the_same_person() -> None:
    r = readoutkit.parse(
        "Tomas Vidal 'Tico', Prime Minister of Chile, called on President Ana Reyes of Peru "
        "in Lima today. Prime Minister Tico thanked Peru for its support. Tico said that "
        "Chile will open a new consulate in Cusco."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Tomas Vidal", "Prime Minister", "CHL"),
        ("Ana Reyes", "President", "PER"),
    ]
    assert "Tico" in r.parties[0].aliases
    assert [s.speakers for s in r.statements] == [("p1",), ("p1",)]
    assert [c.actors for c in r.commitments] == [("p1",)]


def test_of_two_prime_ministers_the_one_never_placed_is_the_publishers_own() -> None:
    r = readoutkit.parse(
        "Tomas Vidal, Prime Minister of Chile, called on Prime Minister Marta Quispe in Lima "
        "today. Prime Minister welcomed Prime Minister Vidal and said that Peru values its "
        "ties with Chile. The Prime Minister added that Peru will open a new consulate."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Tomas Vidal", "CHL"),
        ("Marta Quispe", "PER"),
    ]
    got = [(s.speakers, s.text) for s in r.statements]
    assert got == [
        (("p2",), "Prime Minister Vidal"),
        (("p2",), "Peru values its ties with Chile"),
        (("p2",), "Peru will open a new consulate"),
    ]


def test_a_surname_two_participants_share_is_no_title() -> None:
    r = readoutkit.parse(
        "President Ana Lind of Norway held a call with Foreign Minister Eva Lind of Sweden. "
        "Lind stressed that the two sides should meet soon."
    )
    assert [s.speakers for s in r.statements] == []


def test_responded_that_reports_and_spoke_warmly_of_names_a_topic() -> None:
    r = readoutkit.parse(
        "President Ana Reyes held a call with President Lars Berg of Norway on Monday. "
        "Welcoming the call, Reyes spoke warmly of the bonds between the two nations. Berg "
        "responded that Norway values the ties. Reyes invited Berg to visit, to which he "
        "responded positively."
    )
    got = [(s.speakers, s.cue, s.text) for s in r.statements]
    assert got == [
        (("p1",), "Welcoming", "the call"),
        (("p1",), "spoke warmly of", "of the bonds between the two nations"),
        (("p2",), "responded that", "Norway values the ties"),
        (("p1",), "invited", "Berg to visit, to which he responded positively"),
    ]


def test_a_portfolio_list_with_special_initiatives() -> None:
    r = readoutkit.parse(
        "On May 2, Chen Ming, Chairman of the Agency, met with Kamal Rana, Minister for "
        "Planning, Development and Special Initiatives of Pakistan, in Islamabad. Rana said "
        "Pakistan values the support."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1] == (
        "Kamal Rana",
        "Minister for Planning, Development and Special Initiatives",
        "PAK",
    )


def test_foreign_and_trade_minister_is_one_title() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes held talks with Hungarian Foreign and Trade Minister "
        "Janos Kiss in Budapest on Monday."
    )
    assert [p.title for p in r.parties] == ["Foreign Minister", "Foreign and Trade Minister"]


def test_the_premier_names_a_prime_minister() -> None:
    r = readoutkit.parse(
        "Prime Minister Matteo Rossi of Italy met President Ali Karimi of Iran in Tehran on "
        'Monday. "Italy is prepared to help," the Italian premier said. The premier added '
        "that Italy will send a delegation."
    )
    assert [(s.speakers, s.rule) for s in r.statements] == [
        (("p1",), "postposed"),
        (("p1",), "subject-verb"),
    ]


def test_his_highness_is_the_participant_a_royal_honorific_names() -> None:
    r = readoutkit.parse(
        "The Emirati President, Sheikh Khalid bin Rashid, and Hans Vogel, Federal Chancellor "
        "of Germany, held a phone call today. His Highness congratulated Chancellor Vogel on "
        "assuming office. Chancellor Vogel thanked His Highness for his call."
    )
    assert [s.speakers for s in r.statements] == [("p1",), ("p2",)]


def test_made_three_suggestions_on_and_put_forward_report_topics() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes held talks with Foreign Minister Lars Berg of Norway on "
        "Monday. Reyes made three suggestions on fisheries. Firstly, the two sides should "
        "share data. Berg put forward two proposals for the summit."
    )
    got = [(s.speakers, s.rule, s.text) for s in r.statements]
    assert got == [
        (("p1",), "subject-verb", "three suggestions on fisheries"),
        (("p1",), "continuation", "Firstly, the two sides should share data"),
        (("p2",), "subject-verb", "two proposals for the summit"),
    ]


def test_the_two_envoys_and_an_in_depth_exchange_on() -> None:
    r = readoutkit.parse(
        "Special Envoy for Climate Change Ana Reyes held a video call with Special Envoy "
        "Lars Berg of Norway on Monday. The two envoys had an in-depth exchange on carbon "
        "markets. The two envoys agreed to meet again."
    )
    assert r.parties[0].title == "Special Envoy for Climate Change"
    got = [(s.speakers, s.text) for s in r.statements]
    assert got == [(("p1", "p2"), "on carbon markets"), (("p1", "p2"), "to meet again")]
    assert [c.actors for c in r.commitments] == [("p1", "p2")]


def test_passed_on_and_held_that_report_speech() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes met President Lars Berg of Norway on Monday. Reyes "
        "passed on the regards of her President to Berg and said that Peru values the ties. "
        "The two sides held that disputes should be settled peacefully."
    )
    got = [(s.speakers, s.cue) for s in r.statements]
    assert got == [(("p1",), "passed on"), (("p1",), "said"), (("p1", "p2"), "held that")]


def test_the_engagement_sentence_names_its_topic_after_on() -> None:
    r = readoutkit.parse(
        "The Secretary-General held a video call today with President Ana Reyes of Peru on "
        "the region's response to the pandemic. He thanked the President."
    )
    first = r.statements[0]
    assert (first.speakers, first.rule, first.text) == (
        ("p1", "p2"),
        "engagement-topic",
        "on the region's response to the pandemic",
    )
    r = readoutkit.parse(
        "President Ana Reyes met Prime Minister Lars Berg of Norway on the sidelines of the "
        "climate negotiations."
    )
    assert r.statements == ()
    # "on the situation in X", "on the Covid-19 pandemic": the topic noun may come first
    # or follow a word with digits
    for topic in ("on the situation in the Sahel", "on the Covid-19 pandemic"):
        r = readoutkit.parse(
            f"Foreign Minister Ana Reyes of Peru held a phone call today with Foreign "
            f"Minister Lars Berg of Norway, {topic}. Reyes thanked Berg."
        )
        first = r.statements[0]
        assert (first.speakers, first.text) == (("p1", "p2"), topic)


def test_the_talks_touched_on_a_topic_before_a_participle_clause() -> None:
    r = readoutkit.parse(
        "President Ana Reyes held talks with Prime Minister Lars Berg of Norway on Monday. "
        "The talks also touched on regional developments, with the two leaders stressing "
        "the importance of peace."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "regional developments"),
        (("p1", "p2"), "the importance of peace"),
    ]


def test_a_participant_who_later_met_someone_else_is_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes held talks with Foreign Minister Lars Berg of Norway in "
        "Oslo. Reyes said Peru values the ties. Minister Reyes later met King Harald."
    )
    assert [s.text for s in r.statements] == ["Peru values the ties"]


def test_the_secretariat_is_the_organization_heads_own() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes met ASEAN Secretary-General Le Minh in Singapore on "
        "Monday. Minh said the ASEAN Secretariat is committed to working closely with Peru."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the ASEAN Secretariat is committed to working closely with Peru")
    ]


def test_in_particular_and_an_opening_phrase_are_no_content() -> None:
    r = readoutkit.parse(
        "President Ivan Petrov of Russia sent a message to President Aset Nurov of Kazakhstan."
        '\n\nIn his message, Ivan Petrov noted, in particular:\n\n"Our countries are close '
        'allies."\n\nPetrov noted, in particular, that Russia values the alliance.\n'
    )
    got = [(s.rule, s.text) for s in r.statements][1:]
    assert got == [
        ("continuation", '"Our countries are close allies."'),
        ("subject-verb", "Russia values the alliance"),
    ]


def test_a_news_agency_lede_with_the_engagement_after_the_speaker() -> None:
    r = readoutkit.parse(
        "LIMA, May 4 (Xinhua) -- Peru stands ready to explore new areas of cooperation with "
        "Norway, Peruvian President Carlos Mendoza said Tuesday when holding talks with "
        "visiting Norwegian Prime Minister Lars Berg in Lima.\n\nBerg said Norway values "
        "the ties."
    )
    assert [p.name for p in r.parties] == ["Carlos Mendoza", "Lars Berg"]
    first = r.statements[0]
    assert (first.speakers, first.rule, first.text) == (
        ("p1",),
        "postposed",
        "Peru stands ready to explore new areas of cooperation with Norway",
    )


def test_an_office_after_by_a_is_nobody() -> None:
    r = readoutkit.parse(
        "President Tom Hale met today with President Carlos Mendoza of Peru in Lima, the "
        "first visit by a U.S. President to Peru in a decade. The President said that the "
        "United States will support Peru."
    )
    assert [p.name for p in r.parties] == ["Tom Hale", "Carlos Mendoza"]
    assert [s.speakers for s in r.statements] == [("p1",)]


def test_a_given_name_that_is_also_a_capital() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi held a video call with Argentine Foreign Minister Santiago "
        "Cafiero on Wednesday. Cafiero said Argentina values the ties."
    )
    assert [p.name for p in r.parties] == ["Wang Yi", "Santiago Cafiero"]
    assert [s.speakers for s in r.statements] == [("p2",)]


def test_telephoned_makes_the_engagement_sentence() -> None:
    r = readoutkit.parse(
        "Today, Secretary of State Anne Cole telephoned Peruvian Foreign Minister Carlos "
        "Mendoza. The Secretary thanked Foreign Minister Mendoza for hosting the summit."
    )
    assert [p.name for p in r.parties] == ["Anne Cole", "Carlos Mendoza"]


def test_has_maintained_without_that_is_no_report() -> None:
    r = readoutkit.parse(
        "Premier Li Wei held talks with Prime Minister Abebe Tola of Ethiopia in Beijing. "
        "Ethiopia has maintained rapid economic growth for a decade, Li noted."
    )
    assert [(s.speakers, s.rule, s.text) for s in r.statements] == [
        (("p1",), "postposed", "Ethiopia has maintained rapid economic growth for a decade")
    ]


def test_attended_by_and_witnessed_the_exchange_are_narration() -> None:
    r = readoutkit.parse(
        "Prime Minister Carlos Mendoza held talks with Prime Minister Lars Berg of Norway. "
        "Mendoza said Peru values the ties. The two PMs then witnessed the exchange of "
        "agreements on health. The reception was attended by Ambassador Eva Lind."
    )
    assert [s.text for s in r.statements] == ["Peru values the ties"]


def test_said_yes_to_is_no_report() -> None:
    r = readoutkit.parse(
        "President Ivan Koval of Ukraine met President Eva Lind of Finland in Kyiv. "
        '"Ukraine said yes to a full ceasefire a month ago. Pressure on Moscow must grow," '
        "the President stressed."
    )
    assert "said" not in [s.cue for s in r.statements]


def test_they_after_a_further_exchange_between_two_of_the_participants() -> None:
    r = readoutkit.parse(
        "Prime Minister Carlos Mendoza sent messages to Prime Minister Lars Berg of Norway "
        "and President Eva Lind of Finland. On the same day, Foreign Minister Ana Ruiz and "
        "Foreign Minister Olav Dahl also exchanged messages, in which they agreed to hold "
        "consultations."
    )
    names = {p.id: p.name or "" for p in r.parties}
    c = r.commitments[-1]
    assert sorted(names[a] for a in c.actors) == ["Ana Ruiz", "Olav Dahl"]


def test_what_a_speaker_said_others_had_done_is_the_speakers() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz held talks with Foreign Minister Lars Berg of Norway. At a "
        "press conference, Berg said the two sides had reviewed the fisheries deal."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "the two sides had reviewed the fisheries deal")
    ]


def test_was_underlined_in_the_passive_is_everyones() -> None:
    r = readoutkit.parse(
        "President Carlos Mendoza held a phone call with Prime Minister Lars Berg of Norway. "
        "During the call, the importance of keeping the dialogue open was also underlined."
    )
    assert [(s.speakers, s.rule) for s in r.statements] == [(("p1", "p2"), "passive")]


def test_explored_reports_a_topic_and_the_agreement_after_it() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz held talks with Foreign Minister Lars Berg of Norway. The "
        "two sides also explored ways to expand trade, and agreed to launch a joint study."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "ways to expand trade"),
        (("p1", "p2"), "to launch a joint study"),
    ]


def test_and_shared_history_is_no_report() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz held talks with Foreign Minister Lars Berg of Norway. Ruiz "
        "spoke of the bonds between the two nations, rooted in a common faith and shared "
        "history."
    )
    assert [s.cue for s in r.statements] == ["spoke of"]


def test_the_participant_known_by_title_takes_the_name_a_later_engagement_gives() -> None:
    r = readoutkit.parse(
        "The Prime Minister met Italian Prime Minister Sofia Conti in Rome today.\n\nAnna "
        "Hale was welcomed by Prime Minister Conti at the Villa Madama.\n\nThe leaders "
        "discussed migration."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Anna Hale", "Prime Minister"),
        ("Sofia Conti", "Prime Minister"),
    ]


def test_a_surname_spelt_another_way_names_the_same_participant() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru held a phone call today with Foreign Minister "
        "Omar Hussein of Jordan. Reyes congratulated Foreign Minister Hussain on his "
        "appointment. Minister Hussain said Jordan will host the next round."
    )
    assert [p.name for p in r.parties] == ["Ana Reyes", "Omar Hussein"]
    assert r.parties[1].aliases == ("Hussain",)
    assert [c.actors for c in r.commitments] == [("p2",)]
    # two letters apart is another person
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru met Foreign Minister Omar Hussein of Jordan. "
        "Minister Hassan said Jordan will host the next round."
    )
    assert [p.name for p in r.parties][:2] == ["Ana Reyes", "Omar Hussein"]
    assert "p2" not in [a for c in r.commitments for a in c.actors]


def test_the_hope_before_an_infinitive_is_part_of_what_is_reported() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru met Foreign Minister Lars Berg of Norway on "
        "Monday. Berg expressed the hope to stay in close contact with Peru. Reyes "
        "expressed hope that the talks would succeed."
    )
    assert [s.text for s in r.statements] == [
        "the hope to stay in close contact with Peru",
        "the talks would succeed",
    ]


def test_exchange_views_and_a_second_verb_give_the_engagement_topic() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru held a phone call with Foreign Minister Lars "
        "Berg of Norway to exchange views and align positions on the crisis in the Sahel."
    )
    assert [(s.speakers, s.rule, s.text) for s in r.statements] == [
        (("p1", "p2"), "engagement-topic", "align positions on the crisis in the Sahel")
    ]


def test_were_pleased_with_reports_the_sides_view() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Reyes of Peru held talks with Prime Minister Lars Berg of Norway "
        "on Monday. Berg said Norway values the ties. The two sides were pleased with the "
        "steady growth of trade in 2023."
    )
    assert [(s.speakers, s.cue, s.text) for s in r.statements][1] == (
        ("p1", "p2"),
        "were pleased with",
        "the steady growth of trade in 2023",
    )


def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru met the Hon. Tom Walsh MP, Minister for Foreign "
        "Affairs of Australia, in Lima. Walsh said Australia will open a consulate."
    )
    walsh = r.parties[1]
    assert (walsh.name, walsh.title, walsh.country) == (
        "Tom Walsh",
        "Minister for Foreign Affairs",
        "AUS",
    )
    assert [c.actors for c in r.commitments] == [("p2",)]
    # a longer set of letters that starts like a shorter one ("KCMG", "KC")
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru met Sir Tom Walsh KCMG, Foreign Secretary of "
        "Britain, in Lima."
    )
    assert (r.parties[1].name, r.parties[1].title) == ("Tom Walsh", "Foreign Secretary")


def test_a_first_person_release_is_named_by_its_byline() -> None:
    text = (
        "Call with President Reyes\n\n4 March 2022\nMedia Release\n\nPrime Minister\n"
        "The Hon Tom Walsh MP\n\nToday I spoke with President Ana Reyes of Peru. I told "
        "her that Australia will send more vaccines.\n"
    )
    r = readoutkit.parse(text)
    author = r.parties[0]
    assert (author.name, author.title) == ("Tom Walsh", "Prime Minister")
    assert text[author.spans[0].start : author.spans[0].end] == "Tom Walsh MP"
    assert [s.speakers for s in r.statements] == [("p1",)]
    # a headline about two people is no byline; the name line after it is
    r = readoutkit.parse(text.replace("Call with President Reyes", "Tom Walsh calls Ana Reyes"))
    assert (r.parties[0].name, r.parties[0].title) == ("Tom Walsh", "Prime Minister")


def test_the_party_rank_written_the_other_way_round_is_a_title() -> None:
    r = readoutkit.parse(
        "On Monday, Zhao Lin, Member of the CPC Central Committee Political Bureau and "
        "Foreign Minister, held talks with Foreign Minister Ana Reyes of Peru."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Zhao Lin", "Member of the CPC Central Committee Political Bureau and Foreign Minister"),
        ("Ana Reyes", "Foreign Minister"),
    ]


def test_a_relative_clause_between_subject_and_verb_is_skipped() -> None:
    r = readoutkit.parse(
        "President Ana Reyes of Peru met President Lars Berg of Norway on Monday. Reyes said "
        "Peru values the ties. Berg, who chairs the Arctic Council this year, thanked Peru "
        "for its support."
    )
    assert [(s.speakers, s.cue) for s in r.statements] == [(("p1",), "said"), (("p2",), "thanked")]


def test_an_unnamed_counterpart_of_a_side_takes_the_name_the_title_would_misgive() -> None:
    r = readoutkit.parse(
        "PM call with Prime Minister Lars Berg\n\nThe Prime Minister had a phone call with "
        "his Norwegian counterpart this afternoon. They discussed energy security. Prime "
        "Minister Berg thanked the Prime Minister for the UK's support."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", None),
        ("Lars Berg", "Prime Minister", "NOR"),
    ]
    assert [s.speakers for s in r.statements] == [("p1", "p2"), ("p2",)]


def test_previewed_reports_a_topic() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru met Foreign Minister Lars Berg of Norway. Berg "
        "previewed next week's donor conference in Oslo."
    )
    assert [(s.speakers, s.cue, s.text) for s in r.statements] == [
        (("p2",), "previewed", "next week's donor conference in Oslo")
    ]


def test_offering_good_offices_is_an_undertaking() -> None:
    r = readoutkit.parse(
        "The Secretary-General spoke today with President Ana Reyes of Peru. He offered his "
        "good offices to both parties."
    )
    assert [(c.actors, c.cue, c.text) for c in r.commitments] == [
        (("p1",), "offered", "offered his good offices to both parties")
    ]


def test_a_style_and_a_rank_may_stand_between_title_and_name() -> None:
    r = readoutkit.parse(
        "Today Secretary Tom Walsh met with Jordan's Foreign Minister, His Royal Highness "
        "Prince Omar bin Talal. The Foreign Minister said Jordan will host the talks."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1:] == [
        ("Omar bin Talal", "Foreign Minister", "JOR"),
    ]
    assert [c.actors for c in r.commitments] == [("p2",)]


def test_the_title_only_host_is_not_someone_a_later_paragraph_mentions() -> None:
    text = (
        "Readout of the President's Call with Prime Minister Ana Reyes of Peru\n\n"
        "The White House\nMay 2, 2023\n\n"
        "The President spoke with Prime Minister Ana Reyes of Peru today. The leaders "
        "discussed energy security.\n\n"
        "The Prime Minister briefed the President on her talks with President Lars Berg. The "
        "President said the United States will send more aid."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "President", "USA"),
        ("Ana Reyes", "Prime Minister", "PER"),
    ]
    assert [c.actors for c in r.commitments] == [("p1",)]


def test_an_opening_naming_only_a_counterpart_gives_way_to_a_sentence_naming_two() -> None:
    r = readoutkit.parse(
        "Lima, May 2 - Peru's top diplomat and her Norwegian counterpart held talks in Lima "
        "on Tuesday.\n\nIn the meeting with Lars Berg, who arrived on Monday, Ana Reyes "
        "described the ties as strong. Berg said Norway will open an embassy."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Reyes"]
    assert [s.speakers for s in r.statements] == [("p2",), ("p1",)]


def test_the_premier_is_the_premier_not_the_prime_minister() -> None:
    r = readoutkit.parse(
        "BEIJING, Oct. 10 -- Visiting Peruvian Prime Minister Ana Reyes and Chinese Premier "
        "Zhao Lin held talks in Beijing on Sunday. Reyes said Peru values the ties. The "
        "premier also proposed that the two countries expand trade."
    )
    assert [(s.speakers, s.cue) for s in r.statements] == [(("p1",), "said"), (("p2",), "proposed")]


def test_the_visiting_leader_of_a_side_is_the_participant_the_headline_names() -> None:
    r = readoutkit.parse(
        "Zhao Lin meets Peruvian President Reyes in Beijing\n\n"
        "Chinese President Zhao Lin met with the visiting Peruvian leader on Thursday in "
        "Beijing. Reyes said Peru will not take sides."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Zhao Lin", "CHN"), ("Reyes", "PER")]
    assert [c.actors for c in r.commitments] == [("p2",)]
    r = readoutkit.parse(
        "President Zhao Lin held talks with Prime Minister Ana Reyes of Peru on Monday, "
        "following a welcome ceremony for the Peruvian leader at the Palace."
    )
    assert r.mentions == ()


def test_according_to_a_participant_at_the_end_of_a_sentence_reports_it() -> None:
    r = readoutkit.parse(
        "Chinese President Zhao Lin met Prime Minister Ana Reyes of Peru on Monday. China is "
        "willing to expand imports from Peru, according to Zhao. Trade rose by a fifth last "
        "year, according to official data."
    )
    assert [(s.speakers, s.rule, s.text) for s in r.statements] == [
        (("p1",), "according-to", "China is willing to expand imports from Peru")
    ]
    assert [c.actors for c in r.commitments] == [("p1",)]


def test_an_absolute_clause_with_one_participant_as_subject_is_theirs() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Reyes of Peru met Prime Minister Lars Berg of Norway on Monday. "
        "They discussed the energy transition, with Reyes confirming that Peru will join the "
        "alliance. She said Peru is ready to host talks."
    )
    assert [(s.speakers, s.cue) for s in r.statements] == [
        (("p1", "p2"), "discussed"),
        (("p1",), "confirming"),
        (("p1",), "said"),
    ]
    assert [c.actors for c in r.commitments] == [("p1",), ("p1",)]


def test_an_opposite_number_is_a_counterpart_named_by_the_next_new_name() -> None:
    r = readoutkit.parse(
        "Lima, May 2 - Ana Reyes, Peru's Foreign Minister, talked over the phone on Tuesday "
        "with her Norwegian opposite number about trade.\n\nReyes said Peru values the "
        "ties.\n\nLars Berg, for his part, said Norway will open an embassy in Lima."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Ana Reyes", "PER"),
        ("Lars Berg", "NOR"),
    ]
    assert [c.actors for c in r.commitments] == [("p2",)]


def test_attention_was_paid_to_a_topic_is_everyones() -> None:
    r = readoutkit.parse(
        "President Ana Reyes of Peru held talks with President Lars Berg of Norway. Reyes "
        "said Peru values the ties. Particular attention was paid to the situation in the "
        "Arctic."
    )
    assert [(s.speakers, s.cue, s.text) for s in r.statements][1] == (
        ("p1", "p2"),
        "paid",
        "the situation in the Arctic",
    )


def test_a_sides_offer_to_act_is_its_undertaking() -> None:
    r = readoutkit.parse(
        "Prime Minister Tom Walsh of Britain spoke with Prime Minister Lars Berg of Norway. "
        "Walsh outlined Britain's offer to send two ships to help with rescue operations. "
        "Berg welcomed Sweden's offer to host the talks."
    )
    assert [(c.actors, c.cue) for c in r.commitments] == [(("p1",), "offer to")]


def test_a_participle_aside_between_subject_and_verb_is_split() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Reyes of Peru met Foreign Minister Lars Berg of Norway. "
        "Minister Reyes said Peru values the ties. Minister Berg, noting that Norway has long "
        "experience in mediation, said that Norway would always stand with Peru."
    )
    assert [(s.speakers, s.cue, s.text) for s in r.statements][1:] == [
        (("p2",), "noting", "Norway has long experience in mediation"),
        (("p2",), "said", "Norway would always stand with Peru"),
    ]
    assert [c.actors for c in r.commitments] == [("p2",)]


def test_what_the_sides_agree_their_own_people_will_do_is_their_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tomas Berg of "
        "Norway. The two ministers agreed that their deputies would meet in Oslo in May. "
        "Ruiz said their fishermen will face a hard winter."
    )
    [c] = r.commitments
    assert c.text == "their deputies would meet in Oslo in May"
    assert {r.party(i).name for i in c.actors} == {"Ana Ruiz", "Tomas Berg"}


@pytest.mark.parametrize(
    "addressed", ["him", "Berg", "the visiting President", "his Norwegian counterpart"]
)
@pytest.mark.parametrize("verb", sorted(OBJECT_VERBS))
def test_the_person_told_is_not_part_of_what_was_said(addressed: str, verb: str) -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with President Tomas Berg of Norway. "
        f"Ruiz {verb} {addressed} that Chile will open a consulate in Bergen."
    )
    assert [s.text for s in r.statements] == ["Chile will open a consulate in Bergen"]


def test_a_writer_s_we_will_is_the_writer_s_own_and_we_discussed_is_both() -> None:
    r = readoutkit.parse(
        "Call with President Reyes\n\n4 March 2022\nMedia Release\n\nPrime Minister\n"
        "The Hon Tom Walsh MP\n\nToday I spoke with President Ana Reyes of Peru. We will "
        "send a further 100,000 vaccine doses to Lima. We also discussed fisheries. We will "
        "keep working together on ocean science. We will not let the pandemic divide us.\n"
    )
    assert speakers(r, "send a further") == {"Tom Walsh"}
    assert speakers(r, "fisheries") == {"Tom Walsh", "Ana Reyes"}
    assert speakers(r, "ocean science") == {"Tom Walsh", "Ana Reyes"}
    assert speakers(r, "pandemic divide") == {"Tom Walsh"}
    assert [(c.actors, c.polarity) for c in r.commitments] == [
        (("p1",), Polarity.POSITIVE),
        (("p1", "p2"), Polarity.POSITIVE),
        (("p1",), Polarity.NEGATIVE),
    ]


@pytest.mark.parametrize("seat", ["No10", "No 10", "Downing Street", "White House", "Kremlin"])
def test_the_publisher_s_spokesperson_gives_an_unnamed_participant_s_side(seat: str) -> None:
    r = readoutkit.parse(
        f"A {seat} spokesperson said:\n\nThe Prime Minister spoke to President Ana Reyes of "
        "Peru this afternoon. They discussed trade in copper and lithium.\n"
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", SEATS_OF_GOVERNMENT[seat.casefold()]),
        ("Ana Reyes", "President", "PER"),
    ]


def test_an_unnamed_pm_is_the_prime_minister_the_text_writes_out() -> None:
    r = readoutkit.parse(
        "This afternoon, the PM had a call with Norwegian Prime Minister Tomas Berg. The "
        "Prime Minister made clear that the UK would keep working with Norway on energy. "
        "Prime Minister Berg welcomed the offer."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        (None, "Prime Minister"),
        ("Tomas Berg", "Prime Minister"),
    ]
    assert speakers(r, "keep working with Norway") == {""}  # p1, who is unnamed
    # where the text never writes the title out, it stays as written
    r = readoutkit.parse(
        "This afternoon, the PM had a call with Norwegian Prime Minister Tomas Berg."
    )
    assert r.parties[0].title == "PM"


def test_what_a_side_would_expect_is_no_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tomas Berg of "
        "Norway. Both ministers agreed that the tariff was not what they would expect from "
        "a partner, and they will raise it at the WTO."
    )
    assert [c.text for c in r.commitments] == ["they will raise it at the WTO"]


def test_a_transcript_s_turns_belong_to_their_labelled_speakers() -> None:
    r = readoutkit.parse(
        "Talks with President of Chile Ana Ruiz: 3 May 2019\n\n"
        "Vladimir Putin held talks with President of Chile Ana Ruiz in the Kremlin.\n\n"
        "President of Russia Vladimir Putin: Madam President, friends,\n\n"
        "I am glad to see you in Moscow. Our trade grew last year.\n\n"
        "Russia will keep supplying fertiliser to Chilean farmers.\n\n"
        "Ana Ruiz: Thank you for the invitation. Chile will not forget this support.\n\n"
        "Vladimir Putin: We shall see each other in Santiago.\n"
    )
    got = [(s.text, [r.party(i).name for i in s.speakers]) for s in r.statements]
    assert got == [
        ("I am glad to see you in Moscow", ["Vladimir Putin"]),
        ("Our trade grew last year", ["Vladimir Putin"]),
        ("Russia will keep supplying fertiliser to Chilean farmers", ["Vladimir Putin"]),
        ("Thank you for the invitation", ["Ana Ruiz"]),
        ("Chile will not forget this support", ["Ana Ruiz"]),
        ("We shall see each other in Santiago", ["Vladimir Putin"]),
    ]
    assert {s.rule for s in r.statements} == {"transcript"}
    assert [(c.text, c.polarity) for c in r.commitments] == [
        ("Russia will keep supplying fertiliser to Chilean farmers", Polarity.POSITIVE),
        ("Chile will not forget this support", Polarity.NEGATIVE),
        ("We shall see each other in Santiago", Polarity.POSITIVE),
    ]


def test_a_relative_clause_after_a_name_may_give_the_office() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile spoke with Tomas Berg, who serves as Norway's "
        "Minister of Fisheries, and with Lena Holm, who is also Deputy Prime Minister."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][:2] == [
        ("Ana Ruiz", "Foreign Minister", "CHL"),
        ("Tomas Berg", "Minister of Fisheries", "NOR"),
    ]
    assert [p.title for p in r.parties + r.mentions if p.name == "Lena Holm"] == [None]


@pytest.mark.parametrize("side", ["U.S.", "American", "United States"])
def test_a_commitment_keeps_the_intensifier_before_the_side(side: str) -> None:
    r = readoutkit.parse(
        "Secretary of State Marco Rubio met Foreign Minister Tomas Berg of Norway. The "
        f"Secretary reaffirmed the unwavering {side} commitment to the alliance."
    )
    [c] = r.commitments
    assert c.text == f"unwavering {side} commitment to the alliance"


@pytest.mark.parametrize("when", ["", " today", " on Monday"])
@pytest.mark.parametrize("where", ["in Muscat", "at the Al Alam Palace", "to Muscat"])
def test_welcoming_a_visitor_somewhere_is_the_meeting_not_a_statement(
    when: str, where: str
) -> None:
    r = readoutkit.parse(
        f"Foreign Minister Badr Albusaidi welcomed Foreign Minister Ana Ruiz of Chile{when} "
        f"{where}. The two sides went over bilateral ties and ways to develop them."
    )
    assert [(s.text, s.cue) for s in r.statements] == [
        ("bilateral ties and ways to develop them", "went over")
    ]


def test_the_prime_minister_and_chancellor_x_are_two_people() -> None:
    r = readoutkit.parse(
        "Prime Minister Stephen Harper and Germany's Chancellor spoke by telephone today "
        "about trade.\n\nThe Prime Minister and Chancellor Angela Merkel offered their "
        "condolences to the victims. Chancellor Merkel said that Germany is ready to help."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Stephen Harper", "Prime Minister", "CAN"),
        ("Angela Merkel", "Chancellor", "DEU"),
    ]
    assert speakers(r, "Germany is ready") == {"Angela Merkel"}
    # a compound office written out for one person stays whole
    r = readoutkit.parse(
        "Deputy Prime Minister and Foreign Minister Ana Ruiz of Chile met Prime Minister "
        "Tomas Berg of Norway."
    )
    assert r.parties[0].title == "Deputy Prime Minister and Foreign Minister"


def test_a_nameless_counterpart_is_the_official_the_gazetteer_places_on_that_side() -> None:
    lex = Lexicon.default().extend(officials=[("Marta Kovac", "HRV")])
    text = (
        "On Monday, Defense Secretary Tom Reed held a call with his Croatian counterpart "
        "to review the alliance and shared security priorities in Europe. The Secretary "
        "thanked Minister of Defence Marta Kovac for Croatia's support."
    )
    r = readoutkit.parse(text, lexicon=lex)
    assert [(p.name, p.country) for p in r.parties] == [("Tom Reed", "USA"), ("Marta Kovac", "HRV")]
    # "shared security priorities" is no second report of the Secretary's
    assert speakers(r, "shared security priorities") == {"Tom Reed", "Marta Kovac"}
    r = readoutkit.parse(text)  # unknown to the gazetteer: nothing ties them
    assert [p.name for p in r.parties] == ["Tom Reed", None]


def test_a_second_predicate_after_a_postposed_he_said_is_his_too() -> None:
    r = readoutkit.parse(
        "Secretary-General Ban Ki-moon met President Hassan Rouhani of Iran. Iran is "
        "prepared to help, Rouhani said, and stands ready to attend a conference in Geneva. "
        "The crisis is grave, Rouhani said, and the two sides agreed to meet again."
    )
    assert speakers(r, "stands ready to attend") == {"Hassan Rouhani"}
    assert [(c.text, [r.party(i).name for i in c.actors]) for c in r.commitments][:2] == [
        ("Iran is prepared to help", ["Hassan Rouhani"]),
        ("stands ready to attend a conference in Geneva", ["Hassan Rouhani"]),
    ]
    # a clause with a subject of its own after "and" is no second predicate of his
    assert not any(s.text.startswith("the two sides") for s in r.statements)


@pytest.mark.parametrize(
    ("appositive", "title", "country"),
    [
        (
            "CPV Central Committee general secretary",
            "CPV Central Committee general secretary",
            "VNM",
        ),
        ("Vietnamese foreign minister", "foreign minister", "VNM"),
        ("the Vietnamese foreign minister", "foreign minister", "VNM"),
    ],
)
def test_an_office_in_lower_case_after_capitals_in_apposition(
    appositive: str, title: str, country: str
) -> None:
    r = readoutkit.parse(
        "Xi Jinping, general secretary of the CPC Central Committee, held talks in Beijing "
        f"with Nguyen Van Thanh, {appositive}, on Monday."
    )
    assert (r.parties[1].name, r.parties[1].title, r.parties[1].country) == (
        "Nguyen Van Thanh",
        title,
        country,
    )


def test_a_ruling_party_speaks_for_its_country() -> None:
    r = readoutkit.parse(
        "Xi Jinping held talks with Nguyen Phu Trong, general secretary of the CPV Central "
        "Committee. Trong said the CPV is willing to deepen exchanges with the CPC."
    )
    [c] = r.commitments
    assert c.text == "the CPV is willing to deepen exchanges with the CPC"
    assert [r.party(i).name for i in c.actors] == ["Nguyen Phu Trong"]


@pytest.mark.parametrize(
    "lead",
    [
        "In the conversation, ",
        "During the phone call, ",
        "At the meeting, held in private, ",
        "During the talks, which lasted two hours, ",
    ],
)
def test_a_passive_report_s_topic_starts_after_the_opening_adverbial(lead: str) -> None:
    r = readoutkit.parse(
        "The statement issued regarding President Ana Ruiz's telephone conversation with "
        "President Tomas Berg reads as follows:\n\nPresident Ana Ruiz of Chile talked by "
        f"phone with President Tomas Berg of Norway.\n\n{lead}the fisheries accord was "
        "reviewed, and the opening of new consulates was evaluated."
    )
    assert [(s.text, s.cue) for s in r.statements] == [
        ("the fisheries accord", "reviewed"),
        ("the opening of new consulates", "evaluated"),
    ]


def test_calling_on_an_office_holder_is_a_meeting() -> None:
    r = readoutkit.parse(
        "Islamabad, 11 May: Foreign Minister Ana Ruiz of Chile called on the Adviser to the "
        "Prime Minister on Foreign Affairs, Mr. Sartaj Aziz, at the Foreign Office today."
    )
    assert r.kind is Kind.MEETING
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile wrote to Foreign Minister Tomas Berg of Norway and "
        "called on the Norwegian side to reopen the consulate."
    )
    assert r.kind is not Kind.MEETING


@pytest.mark.parametrize(
    "group", ["the foreign ministers of", "the leaders of", "the two ministers of"]
)
def test_a_group_of_all_the_sides_is_everyone(group: str) -> None:
    r = readoutkit.parse(
        f"In a phone call on Wednesday, {group} Chile and Norway discussed fisheries. "
        "Foreign Minister Ana Ruiz of Chile briefed Foreign Minister Tomas Berg of Norway on "
        "the talks."
    )
    assert speakers(r, "fisheries") == {"Ana Ruiz", "Tomas Berg"}


@pytest.mark.parametrize("subject", ["the Chilean side", "Ruiz", "Ana Ruiz-Tagle"])
def test_an_absolute_clause_of_one_side_is_that_side_s(subject: str) -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz-Tagle of Chile spoke with Foreign Minister Tomas Berg of "
        f"Norway. They also talked about the regatta, with {subject} announcing its "
        "readiness to host the crews."
    )
    assert speakers(r, "readiness to host") == {"Ana Ruiz-Tagle"}
    [c] = r.commitments
    assert [r.party(i).name for i in c.actors] == ["Ana Ruiz-Tagle"]


def test_sources_attribution_and_an_earlier_meeting_are_not_what_was_said() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile spoke with Foreign Minister Tomas Berg of Norway "
        "on Monday, focusing on the fisheries accord, diplomatic sources said.\n\nBerg "
        "conveyed Norway's readiness to reopen the consulate, the sources added.\n\n"
        "In January, Ruiz and Berg met in Oslo at a conference on oceans."
    )
    assert [s.text for s in r.statements] == [
        "the fisheries accord",
        "Norway's readiness to reopen the consulate",
    ]


@pytest.mark.parametrize(
    "participle", ["calling it", "calling this", "describing it as", "describing them as"]
)
def test_what_a_speaker_calls_a_thing_is_a_statement_of_its_own(participle: str) -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Tomas Berg of Norway. Ruiz "
        f"praised the fisheries accord, {participle} a model for the region."
    )
    assert [(s.text, s.rule) for s in r.statements] == [
        ("the fisheries accord", "subject-verb"),
        ("a model for the region", "participle"),
    ]


def test_a_headline_label_and_a_later_full_name_and_counterpart() -> None:
    lex = Lexicon.default().extend(officials=[("Ana Ruiz", "CHL"), ("Tomas Berg", "NOR")])
    r = readoutkit.parse(
        "Ruiz: the accord falls short of Chile's hopes\n\n"
        "SANTIAGO - The Chilean President told her Norwegian counterpart in a phone call on "
        "Wednesday that the accord did not go far enough.\n\n"
        "Speaking in a telephone conversation with Tomas Berg, Ana Ruiz said that Chile "
        "will keep talking.\n\nBerg expressed hope that talks would resume.\n",
        lexicon=lex,
    )
    assert [(p.name, p.country) for p in r.parties] == [("Ana Ruiz", "CHL"), ("Tomas Berg", "NOR")]
    # the headline's "Ruiz:" is no transcript label: Berg's sentence is his own
    assert speakers(r, "talks would resume") == {"Tomas Berg"}


def test_a_listed_title_with_a_comma_is_one_title() -> None:
    r = readoutkit.parse(
        "Foreign Minister Park Jin and Spanish Minister for Foreign Affairs, European Union "
        "and Cooperation José Manuel Albares met for talks in Seoul."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Park Jin", "Foreign Minister", "KOR"),  # the gazetteer knows him
        (
            "José Manuel Albares",
            "Minister for Foreign Affairs, European Union and Cooperation",
            "ESP",
        ),
    ]


def test_a_videoconference_and_the_minister_of_the_publisher() -> None:
    r = readoutkit.parse(
        "Dr Ravi Menon, India's Minister of External Affairs, and Claire Dubois, newly "
        "appointed Minister for Europe and Foreign Affairs, conferred by videoconference this "
        "morning. The Minister underlined the strength of the partnership. She said that "
        "France will not reduce its presence in the Indian Ocean."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ravi Menon", "Minister of External Affairs"),
        ("Claire Dubois", "Minister for Europe and Foreign Affairs"),
    ]
    # "The Minister" is the one the text does not place: the publisher's own
    assert speakers(r, "strength of the partnership") == {"Claire Dubois"}
    assert speakers(r, "France will not reduce") == {"Claire Dubois"}


def test_hr_vp_is_the_eu_s_high_representative() -> None:
    r = readoutkit.parse(
        "On Wednesday, HR/VP Lena Vogt had a videoconference with Felipe Rojas, Argentina's "
        "Foreign Minister."
    )
    assert [(p.name, p.title, p.organization or p.country) for p in r.parties] == [
        ("Lena Vogt", "HR/VP", "European Union"),
        ("Felipe Rojas", "Foreign Minister", "ARG"),
    ]


def test_an_unnamed_adviser_placed_by_a_dateline_line_and_named_after_a_participle() -> None:
    r = readoutkit.parse(
        "Adviser's telephone conversation with the Omani Foreign Minister\n\n"
        "Islamabad, 14 April 2015\n\n"
        "Mr. Salim Al Harthy, Minister Responsible for Foreign Affairs of the Sultanate of "
        "Oman, telephoned the Adviser this evening to exchange views on Yemen.\n\n"
        "Appreciating Oman's role as a bridge in the region, Mr. Karim Rahman said that "
        "Pakistan is ready to work with Oman for a ceasefire.\n"
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Salim Al Harthy", "Minister Responsible for Foreign Affairs", "OMN"),
        ("Karim Rahman", "Adviser", "PAK"),
    ]
    assert speakers(r, "ready to work with Oman") == {"Karim Rahman"}


def test_who_is_both_prime_minister_and_foreign_minister_is_the_title() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile spoke over the phone on Monday with Qatar's "
        "Sheikh Mohammed bin Abdulrahman Al Thani, who is both prime minister and foreign "
        "minister, on bilateral ties. The Qatari prime minister thanked Chile for its support."
    )
    assert (r.parties[1].title, r.parties[1].country) == (
        "prime minister and foreign minister",
        "QAT",
    )
    assert speakers(r, "Chile for its support") == {"Mohammed bin Abdulrahman Al Thani"}


def test_a_relative_clause_after_a_participant_reports_for_them() -> None:
    r = readoutkit.parse(
        "Chile's President, Ana Ruiz, received a call this morning from the Secretary-General, "
        "who conveyed his sympathy after the earthquake. He offered the support of the UN "
        "system. The call came from Foreign Minister Tomas Berg of Norway, who had asked for "
        "the conversation."
    )
    assert [(p.name, p.title) for p in r.parties][:2] == [
        ("Ana Ruiz", "President"),
        (None, "Secretary-General"),
    ]
    assert [s.speakers for s in r.statements][:2] == [("p2",), ("p2",)]
    assert not any(s.text == "for the conversation" for s in r.statements)


@pytest.mark.parametrize("seat", ["No. 10", "No.10", "the White House"])
def test_a_seat_of_government_is_looked_up_without_dots_or_the(seat: str) -> None:
    r = readoutkit.parse(
        f"A {seat} spokesperson said:\n\nThe Prime Minister spoke to President Ana Reyes of "
        "Peru this afternoon.\n"
    )
    assert r.parties[0].country == ("USA" if "House" in seat else "GBR")


def test_a_last_name_word_an_is_no_article() -> None:
    r = readoutkit.parse(
        "Deputy Prime Minister Le Minh Khai met Lao Deputy Prime Minister Tran Thi An in "
        "Vientiane on June 2.\n\nAn said Laos is ready to expand trade."
    )
    assert [p.name for p in r.parties] == ["Le Minh Khai", "Tran Thi An"]
    assert speakers(r, "Laos is ready to expand trade") == {"Tran Thi An"}


def test_one_word_after_a_country_word_is_no_name_before_the_title() -> None:
    r = readoutkit.parse(
        "President Irfaan Ali of Guyana met Prime Minister Mark Phillips today.\n\n"
        "Turning to shipping lanes across the Indian Ocean, the Minister said Guyana will "
        "patrol its waters."
    )
    assert [p.name for p in r.parties] == ["Irfaan Ali", "Mark Phillips"]


def test_the_text_after_a_joint_statement_frame_is_the_sides_together() -> None:
    r = readoutkit.parse(
        "Joint statement by the leaders of Chile and Norway\n\n"
        "Chilean President Ana Ruiz and Norwegian Prime Minister Tor Lund issued the following "
        "joint statement today:\n\n"
        "Our two nations share a long coastline of interests. Every year, fishing fleets "
        "from both countries meet in the same waters.\n\n"
        "Norway will fund a new research vessel. We will hold a maritime dialogue next year."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tor Lund"]
    assert speakers(r, "share a long coastline") == {"Ana Ruiz", "Tor Lund"}
    assert speakers(r, "fishing fleets from both countries") == {"Ana Ruiz", "Tor Lund"}
    assert speakers(r, "fund a new research vessel") == {"Tor Lund"}
    assert {s.rule for s in r.statements if "coastline" in s.text} == {"joint-text"}


def test_the_high_representative_is_the_hr_vp() -> None:
    r = readoutkit.parse(
        "HR/VP Kaja Kallas met Foreign Minister Lina Haddad of Lebanon on Friday.\n\n"
        "The High Representative reaffirmed the EU's support for the Lebanese army."
    )
    assert speakers(r, "support for the Lebanese army") == {"Kaja Kallas"}


def test_a_lower_case_office_both_hold_goes_on_with_the_one_who_just_spoke() -> None:
    text = (
        "Foreign Minister Wang Yi spoke by phone with Minister for Trade and Industry Lina "
        "Dube of Zambia on Monday.\n\n"
        "Wang said China values its ties with Zambia. Dube said Zambia welcomes Chinese "
        "investment. The minister {verb} that China would send more teachers."
    )
    r = readoutkit.parse(text.format(verb="expressed the hope"))
    assert speakers(r, "China would send more teachers") == {"Lina Dube"}
    # capitalised, the office is the publisher's own, as before
    r = readoutkit.parse(text.replace("The minister", "The Minister").format(verb="said"))
    assert speakers(r, "China would send more teachers") == {"Wang Yi"}


def test_a_conjunction_and_the_next_speakers_title_end_no_statement() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held a call with Foreign Minister Jon Berg of "
        "Norway on Monday.\n\nRuiz underlined the value of the treaty, while Minister Berg "
        "noted that Norway wants quicker talks."
    )
    assert [s.text for s in r.statements] == [
        "the value of the treaty",
        "Norway wants quicker talks",
    ]


def test_a_report_in_a_when_clause_of_another_s_words_is_no_statement() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi held talks with Foreign Minister Ana Ruiz of Chile in "
        "Beijing.\n\nWang said Chile was among the first to respond when President Xi Jinping "
        "proposed the Global Development Initiative. China is ready to deepen trade with Chile."
    )
    assert [p.name for p in r.parties] == ["Wang Yi", "Ana Ruiz"]
    assert speakers(r, "China is ready to deepen trade") == {"Wang Yi"}


def test_an_organization_s_title_and_a_country_s_office_holder_are_two_participants() -> None:
    r = readoutkit.parse(
        "By video link, the Secretary-General and President Ivan Duque of Colombia discussed "
        "the peace process.\n\nThe Secretary-General commended the work of the Government."
    )
    assert [(p.name, p.title, p.organization) for p in r.parties] == [
        (None, "Secretary-General", "United Nations"),
        ("Ivan Duque", "President", None),
    ]
    assert [s.speakers for s in r.statements] == [("p1", "p2"), ("p1",)]


def test_a_speaker_label_may_carry_a_note_in_brackets() -> None:
    r = readoutkit.parse(
        "Vladimir Putin met President of Mongolia Ukhnaa Khurelsukh in the Kremlin today.\n\n"
        "Vladimir Putin: Mr President, friends,\n\nWelcome to Moscow.\n\n"
        "Ukhnaa Khurelsukh (retranslated): Thank you for the invitation.\n\n"
        "Mongolia intends to open a trade office in Irkutsk."
    )
    assert speakers(r, "Thank you for the invitation") == {"Ukhnaa Khurelsukh"}
    assert speakers(r, "Mongolia intends to open a trade office") == {"Ukhnaa Khurelsukh"}
    assert not any("retranslated" in s.text for s in r.statements)


def test_a_joint_statement_signed_in_its_heading_is_the_signatories_throughout() -> None:
    r = readoutkit.parse(
        "Joint statement by Foreign Minister Ana Ruiz of Chile and Foreign Minister Tor Lund "
        "of Norway\n\nToday in Oslo we held the second Ocean Dialogue. On the oceans, we share one "
        "agenda. Our fisheries dialogue will meet twice a year.\n"
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tor Lund"]
    assert [(s.text, s.speakers) for s in r.statements] == [
        ("On the oceans, we share one agenda", ("p1", "p2")),
        ("Our fisheries dialogue will meet twice a year", ("p1", "p2")),
    ]


def test_each_item_of_a_list_the_sides_agreed_to_is_a_commitment() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tor Lund of Norway "
        "in Oslo.\n\nThe two ministers agreed to:\n\n1. open a consulate in Punta Arenas;\n\n"
        "2. hold annual consultations.\n\nThey also discussed fisheries."
    )
    assert [(c.text, c.actors, c.rule) for c in r.commitments] == [
        ("open a consulate in Punta Arenas", ("p1", "p2"), "verb-list"),
        ("hold annual consultations", ("p1", "p2"), "verb-list"),
    ]
    assert [s.text for s in r.statements] == [
        "open a consulate in Punta Arenas",
        "hold annual consultations",
        "fisheries",
    ]


def test_a_partner_named_in_an_aside_inside_a_readiness_cue() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Tor Lund of Norway "
        "in Oslo.\n\nRuiz said Chile is prepared, together with Norway, to map the Antarctic "
        "shelf."
    )
    assert [(c.text, c.actors) for c in r.commitments] == [
        ("Chile is prepared, together with Norway, to map the Antarctic shelf", ("p1",))
    ]


def test_a_place_after_the_is_no_name_before_a_postposed_title() -> None:
    r = readoutkit.parse(
        "Vladimir Putin held talks with Prime Minister Fumio Kishida of Japan in Moscow.\n\n"
        "Russia will supply more gas to the Far East, the President of Russia said."
    )
    assert [p.name for p in r.parties] == ["Vladimir Putin", "Fumio Kishida"]
    assert not any(x.name == "Far East" for x in r.mentions)


def test_a_series_of_reporting_verbs_after_one_subject_is_one_statement_each() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile met Prime Minister Tor Lund of Norway in Oslo.\n\n"
        "The leaders reviewed trade ties, discussed salmon farming in Patagonia, and compared "
        "assessments of the situation in Antarctica."
    )
    assert [(s.text, s.rule) for s in r.statements] == [
        ("trade ties", "subject-verb"),
        ("salmon farming in Patagonia", "coordinated"),
        ("assessments of the situation in Antarctica", "coordinated"),
    ]


def test_a_side_s_it_after_a_coordinated_report_is_the_side() -> None:
    r = readoutkit.parse(
        "Joint Statement of Chile and Peru\n\n1. Foreign Minister Ana Ruiz of Chile and Foreign "
        "Minister Jorge Soto of Peru held talks in Lima on 26 March. The Peruvian Side "
        "expressed its understanding and stated that it will never permit its soil to be used "
        "against Chile."
    )
    assert [(r.names(c.actors), c.polarity.value) for c in r.commitments] == [
        (("Jorge Soto",), "negative")
    ]


def test_a_series_may_open_with_an_irregular_past_and_compare_notes() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile met Prime Minister Tor Lund of Norway in Oslo.\n\n"
        "The leaders went over the whole range of ties, compared notes on the fisheries talks, "
        "and discussed Antarctica."
    )
    assert [(s.text, s.cue) for s in r.statements] == [
        ("the whole range of ties", "went over"),
        ("on the fisheries talks", "compared notes on"),
        ("Antarctica", "discussed"),
    ]


def test_an_official_who_briefed_the_media_takes_no_part() -> None:
    r = readoutkit.parse(
        "Prime Minister Narendra Modi met President Cyril Ramaphosa in Johannesburg today.\n\n"
        "The two leaders discussed trade. Foreign Secretary Asha Rao later briefed the media "
        "on the outcomes of the meeting."
    )
    assert [p.name for p in r.parties] == ["Narendra Modi", "Cyril Ramaphosa"]
    assert [s.text for s in r.statements] == ["trade"]


def test_both_men_agreed_and_welcomed_to_a_place_today_and_talked_through() -> None:
    r = readoutkit.parse(
        "Defense Secretary Lloyd Austin welcomed Minister of Defense Ana Ruiz of Chile to the "
        "Pentagon today. The two leaders talked through maritime patrols in the Pacific.\n\n"
        "Both men agreed to meet again in Santiago."
    )
    assert [(s.text, s.speakers) for s in r.statements] == [
        ("maritime patrols in the Pacific", ("p1", "p2")),
        ("to meet again in Santiago", ("p1", "p2")),
    ]
    assert [c.actors for c in r.commitments] == [("p1", "p2")]


def test_a_pair_whose_second_is_a_title_then_a_styled_name_in_commas() -> None:
    r = readoutkit.parse(
        "Today, by video link, Secretary of State Jon Berg and the Foreign Minister of Oman, "
        "Sayyid Badr Albusaidi, reviewed shipping in the Strait of Hormuz.\n"
    )
    assert speakers(r, "shipping in the Strait of Hormuz") == {"Jon Berg", "Badr Albusaidi"}


def test_an_absolute_with_clause_names_its_own_speaker_before_a_that_participle() -> None:
    r = readoutkit.parse(
        "Prime Minister Rishi Sunak met Prime Minister Giorgia Meloni of Italy in London "
        "today.\n\nThe leaders reflected on the ties between the two countries. They talked "
        "about GCAP, with the Prime Minister noting that it was a flagship programme."
    )
    assert speakers(r, "the ties between the two countries") == {"Rishi Sunak", "Giorgia Meloni"}
    assert speakers(r, "it was a flagship programme") == {"Rishi Sunak"}


def test_joint_efforts_are_no_engagement_and_we_held_our_meeting_says_only_who_met() -> None:
    r = readoutkit.parse(
        "Joint statement by Foreign Minister Ana Ruiz of Chile and Foreign Minister Tor Lund "
        "of Norway\n\nToday in Oslo we held our second meeting. The European Union and Chile "
        "will continue their joint efforts on ocean research.\n"
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tor Lund"]
    assert [s.text for s in r.statements] == [
        "The European Union and Chile will continue their joint efforts on ocean research"
    ]


def test_an_abbreviation_inside_a_title_is_also_written_out() -> None:
    r = readoutkit.parse(
        "Deputy PM and Foreign Minister Ana Ruiz of Chile received Foreign Minister Tor Lund "
        "of Norway today.\n\nThe Deputy Prime Minister said Chile values the partnership."
    )
    assert speakers(r, "Chile values the partnership") == {"Ana Ruiz"}


def test_private_talks_press_statements_and_others_on_the_call_are_narration() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile and President Tor Lund of Finland held talks in Helsinki "
        "today.\n\nThe presidents talked privately before being joined by their delegations. "
        "President Ruiz said the Chilean nation will always stand by Finland. Also on the "
        "call with the President were two ministers. The presidents then made statements for "
        "the press."
    )
    assert [s.text for s in r.statements] == ["the Chilean nation will always stand by Finland"]
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "the Chilean nation will always stand by Finland")
    ]


def test_a_side_s_leaders_are_those_of_the_exchange_the_engagement_sentence_names() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - General Secretary To Lam and President Luong Cuong sent a message to "
        "President Gabriel Boric of Chile on Monday.\n\nThe Vietnamese leaders affirmed that "
        "Vietnam will always value Chile's friendship.\n\nOn the same day, Prime Minister Pham "
        "Minh Chinh and Chilean Foreign Minister Alberto van Klaveren also exchanged messages."
    )
    assert speakers(r, "Vietnam will always value") == {"To Lam", "Luong Cuong"}


def test_a_name_opening_with_two_initials() -> None:
    r = readoutkit.parse(
        "Chairman Luo Zhaohui met Bangladeshi Minister of Planning M. A. Mannan in Beijing.\n\n"
        "M. A. Mannan thanked China for its support."
    )
    assert [p.name for p in r.parties] == ["Luo Zhaohui", "M. A. Mannan"]
    assert speakers(r, "China for its support") == {"M. A. Mannan"}


def test_they_hoped_after_the_leaders_said_is_what_they_said() -> None:
    r = readoutkit.parse(
        "Prime Minister Rishi Sunak spoke to Prime Minister Giorgia Meloni of Italy today.\n\n"
        "The leaders welcomed progress on GCAP and said they hoped to meet in person soon."
    )
    assert [s.text for s in r.statements] == [
        "progress on GCAP",
        "they hoped to meet in person soon",
    ]


def test_an_absolute_clause_of_the_two_heads_of_state() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile and President Tor Lund of Finland held talks in "
        "Helsinki on Monday, with the two heads of state agreeing to open a research "
        "station in Antarctica."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1", "p2"), "agreeing to open a research station in Antarctica")
    ]


def test_an_honorific_before_initials_is_still_an_honorific() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi met Mr A. K. Abdul Momen of Bangladesh today.\n\n"
        "Momen said Bangladesh values the ties."
    )
    assert r.parties[1].name == "A. K. Abdul Momen"


def test_the_first_of_a_pair_may_carry_a_relative_clause_in_commas() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lena Holm of Sweden held talks with Foreign Minister Ivo Petrov "
        "of Bulgaria in Sofia on Tuesday.\n\n"
        "Holm, who is on her first visit to the region, and Petrov agreed to open a "
        "joint energy office."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1", "p2"), "agreed to open a joint energy office")
    ]


def test_a_transcript_label_names_the_participant_known_only_by_office() -> None:
    r = readoutkit.parse(
        "Talks with President of Chile Ana Ruiz\n\n"
        "Talks between the President of Russia and President of Chile Ana Ruiz took "
        "place in the Kremlin.\n\n"
        "The leaders spoke privately first.\n\n"
        "Vladimir Putin: Madam President, friends,\n\n"
        "It is a pleasure to see you in Moscow.\n\n"
        "Ana Ruiz: Thank you. My Government is ready to open a trade office in Kazan.\n"
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Vladimir Putin", "President", "RUS"),
        ("Ana Ruiz", "President", "CHL"),
    ]
    assert speakers(r, "It is a pleasure to see you") == {"Vladimir Putin"}
    assert not any("privately" in s.text for s in r.statements)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "My Government is ready to open a trade office in Kazan")
    ]


def test_would_also_like_is_a_wish() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile spoke with Prime Minister Tor Lund of Norway.\n\n"
        "Lund said Norway would also like to see more Chilean students in Bergen."
    )
    assert r.commitments == ()


def test_a_province_after_a_city_is_a_place() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi held talks with Foreign Minister Lena Holm of Sweden in "
        "Suzhou, Jiangsu Province on Monday.\n\nHolm said Sweden values the talks."
    )
    assert [p.name for p in r.parties] == ["Wang Yi", "Lena Holm"]


def test_remarks_under_a_heading_naming_both_before_their_meeting() -> None:
    r = readoutkit.parse(
        "Secretary Jane Roe With Foreign Minister Tor Lund of Norway Before Their Meeting\n\n"
        "REMARKS\n\n"
        "SECRETARY ROE: Welcome back to Washington, Tor. The United States will keep "
        "working with Norway on Arctic research.\n\n"
        "FOREIGN MINISTER LUND: Thank you, Jane. My Prime Minister, Erna Vik, asked me to "
        "bring her greetings. Norway is ready to host the next round.\n"
    )
    assert [(p.name, p.country) for p in r.parties] == [("Jane Roe", "USA"), ("Tor Lund", "NOR")]
    assert {s.rule for s in r.statements} == {"transcript"}
    assert speakers(r, "asked me to bring her greetings") == {"Tor Lund"}
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "The United States will keep working with Norway on Arctic research"),
        (("p2",), "Norway is ready to host the next round"),
    ]


def test_a_joint_statement_heading_may_open_with_its_topic() -> None:
    r = readoutkit.parse(
        "Sudan: Joint statement by High Representative Josep Borrell and Norwegian "
        "Foreign Minister Tor Lund\n\n"
        "Today the High Representative and the Foreign Minister of Norway issued the "
        "following statement:\n\n"
        '"We call on all parties to agree a ceasefire. We will continue to support '
        'humanitarian access."\n'
    )
    assert [p.name for p in r.parties] == ["Josep Borrell", "Tor Lund"]
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1", "p2"), "We will continue to support humanitarian access")
    ]


def test_a_side_right_after_a_noun_opens_a_relative_clause_not_a_report() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile spoke with Premier Li Qiang of China today.\n\n"
        "Ruiz said Chile remembers the vaccines China sent during the pandemic."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Chile remembers the vaccines China sent during the pandemic")
    ]


def test_an_honorific_before_the_surname_alone_tells_who_she_is() -> None:
    r = readoutkit.parse(
        "Prime Minister Jane Hale met Prime Minister Tor Lund of Norway in London today.\n\n"
        "Mrs Hale was clear that the UK will keep its fishing talks open. Lund said Norway "
        "values the talks. She also thanked him for his visit."
    )
    assert speakers(r, "the UK will keep its fishing talks open") == {"Jane Hale"}
    assert speakers(r, "him for his visit") == {"Jane Hale"}


def test_a_royal_rank_gives_way_to_the_office_the_heading_gives() -> None:
    r = readoutkit.parse(
        "Wang Yi Meets Faisal bin Farhan, Foreign Minister of Saudi Arabia\n\n"
        "Prince Faisal bin Farhan held talks with Foreign Minister Wang Yi in Beijing on "
        "Monday.\n\nWang said China values the ties.\n\n"
        "The Saudi foreign minister gave Wang a briefing on Yemen, saying that the Kingdom "
        "remains open to talks."
    )
    assert [p.title for p in r.parties] == ["Foreign Minister", "Foreign Minister"]
    assert speakers(r, "the Kingdom remains open to talks") == {"Faisal bin Farhan"}


def test_an_appositive_name_may_hold_a_hyphenated_particle() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile hosted Khalid al-Tamimi, Iraq's Foreign "
        "Minister, in Santiago on Monday.\n\n"
        "Iraqi Prime Minister Omar Haddad had said last week that talks would resume."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ana Ruiz", "Foreign Minister", "CHL"),
        ("Khalid al-Tamimi", "Foreign Minister", "IRQ"),
    ]


def test_a_later_name_word_may_open_with_a_glottal_stop() -> None:
    r = readoutkit.parse(
        "Chairman Zhao Lin held a video call on April 4 with Tongan Minister for Foreign "
        "Affairs Sione Tupou 'Aholelei. 'Aholelei said Tonga will stay committed to the "
        "one-China principle."
    )
    assert [p.name for p in r.parties] == ["Zhao Lin", "Sione Tupou 'Aholelei"]
    assert [r.names(s.speakers) for s in r.statements] == [("Sione Tupou 'Aholelei",)]


def test_who_told_a_press_conference_takes_no_part() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Tor Lund of Norway in "
        "Oslo on Monday.\n\n"
        "Prime Minister Erna Vik told a press conference that Norway values the visit."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tor Lund"]


def test_someone_else_named_and_introduced_ends_a_continuation() -> None:
    r = readoutkit.parse(
        "The Secretary-General spoke by telephone today with President Ana Ruiz of Chile.\n\n"
        "The Secretary-General said the United Nations stands ready to help.\n\n"
        "Maria Lopez, the Special Envoy for the Andes, will travel to Santiago next week."
    )
    assert [s.text for s in r.statements] == ["the United Nations stands ready to help"]
    assert [c.text for c in r.commitments] == ["the United Nations stands ready to help"]


def test_stays_committed_is_an_undertaking() -> None:
    r = readoutkit.parse(
        "U.S. Secretary of Defense Jane Roe spoke with Minister Tor Lund of Norway today.\n\n"
        "The Secretary said that Washington stays firmly committed to its treaty "
        "obligations toward Oslo."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "Washington stays firmly committed to its treaty obligations toward Oslo")
    ]


def test_according_to_a_titled_name_at_the_end() -> None:
    r = readoutkit.parse(
        "Foreign Minister Jane Roe held talks with Foreign Minister Tor Lund of Norway today.\n\n"
        "Sanctions must stay in place until the talks resume, according to Minister Lund.\n\n"
        "Trade grew last year, according to officials of Norway."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "Sanctions must stay in place until the talks resume")
    ]


def test_sat_down_with_is_the_meeting() -> None:
    r = readoutkit.parse(
        "Prime Minister Jane Hale today sat down with President Tor Lund of Norway in Oslo.\n\n"
        "Prime Minister Hale said Canada values the ties.\n\n"
        "Accompanying the Prime Minister at the meeting was Ana Ruiz, Minister of Trade."
    )
    assert [p.name for p in r.parties] == ["Jane Hale", "Tor Lund"]


def test_a_preamble_about_the_conversation_reports_nothing() -> None:
    r = readoutkit.parse(
        "The following statement was issued about the telephone conversation held today "
        "between President Ana Ruiz of Chile and Prime Minister Tor Lund of Norway:\n\n"
        "This afternoon, the President spoke on the telephone with Prime Minister Lund.\n\n"
        "Lund said Norway values the ties."
    )
    assert [s.text for s in r.statements] == ["Norway values the ties"]


def test_a_portfolio_written_before_minister_is_part_of_the_title() -> None:
    r = readoutkit.parse(
        "International Relations and Cooperation Minister Lindiwe Dube of South Africa met "
        "Foreign Minister Tor Lund of Norway in Pretoria on Monday."
    )
    assert [p.title for p in r.parties] == [
        "International Relations and Cooperation Minister",
        "Foreign Minister",
    ]
    r = readoutkit.parse(
        "South African Minister Lindiwe Dube met Foreign Minister Tor Lund of Norway in "
        "Pretoria on Monday."
    )
    assert [p.title for p in r.parties] == ["Minister", "Foreign Minister"]


def test_a_section_break_ends_a_transcript_s_last_turn() -> None:
    r = readoutkit.parse(
        "Talks with President of Chile Ana Ruiz\n\n"
        "Vladimir Putin held talks with President of Chile Ana Ruiz in the Kremlin.\n\n"
        "Vladimir Putin: Madam President, friends,\n\nWelcome to Moscow.\n\n"
        "Ana Ruiz: Thank you. Let us begin.\n\n* * *\n\n"
        "Following the talks, the presidents agreed to open a joint research centre."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1", "p2"), "agreed to open a joint research centre")
    ]


def test_it_in_a_continued_sentence_is_the_side_named_before() -> None:
    r = readoutkit.parse(
        "Foreign Minister Wang Yi held talks with Foreign Minister Tor Lund of Norway today.\n\n"
        "Lund said that the Norwegian side values the visit. Norway firmly pursues the "
        "one-China policy. It will never permit separatist forces to operate on its soil.\n\n"
        "Wang said the Chinese side stands prepared to import more fish from Norway."
    )
    assert [(c.actors, c.text, c.polarity) for c in r.commitments] == [
        (
            ("p2",),
            "It will never permit separatist forces to operate on its soil",
            Polarity.NEGATIVE,
        ),
        (
            ("p1",),
            "the Chinese side stands prepared to import more fish from Norway",
            Polarity.POSITIVE,
        ),
    ]


def test_an_untitled_participant_takes_the_title_its_subject_gives() -> None:
    r = readoutkit.parse(
        "Vladimir Putin talked on the telephone with President of Chile Ana Ruiz.\n\n"
        "The Russian President thanked his Chilean counterpart for the invitation."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Vladimir Putin", "President"),
        ("Ana Ruiz", "President"),
    ]


def test_an_institution_after_a_possessive_is_no_name() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile sent a message to Tor Lund, President of Norway's "
        "Councils of State, to mark the anniversary.\n\nRuiz said Chile values the ties."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tor Lund"]


def test_looked_at_reports_a_topic() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile spoke by phone with President Tor Lund of Finland.\n\n"
        "Ruiz said Chile values the ties.\n\n"
        "The two presidents also looked at a number of regional issues."
    )
    assert [(s.speakers, s.text) for s in r.statements][-1] == (
        ("p1", "p2"),
        "a number of regional issues",
    )


def test_a_participant_known_by_title_speaks_for_the_country_they_claim() -> None:
    # the country talked about most (Chad) is the topic; the one the President's own
    # clause makes the subject is theirs
    r = readoutkit.parse(
        "The President spoke today with Prime Minister Lars Holm of Sweden about the "
        "crisis in Chad. The leaders condemned the attacks in Chad and the sieges of "
        "towns across Chad. The President stressed that America will not abandon the "
        "people of the region."
    )
    assert [(p.title, p.country) for p in r.parties] == [
        ("President", "USA"),
        ("Prime Minister", "SWE"),
    ]
    assert [(c.actors, c.polarity) for c in r.commitments] == [(("p1",), Polarity.NEGATIVE)]


def test_a_nameless_counterpart_is_the_one_of_its_side_the_headline_names() -> None:
    r = readoutkit.parse(
        "Readout: President Lund's Call with President Ruiz of Chile\n\n"
        "Today the President called his Chilean counterpart to discuss trade. "
        "The President said Finland will keep its market open."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Lund", "FIN"), ("Ruiz", "CHL")]
    assert [s.speakers for s in r.statements][-1] == ("p1",)


def test_an_opening_meeting_with_names_the_other_participant() -> None:
    r = readoutkit.parse(
        "OSLO, May 3 (Xinhua) -- Chinese Premier Li Qiang and the head of Norway's "
        "government held talks here on Friday.\n\n"
        "Meeting with Lars Holm, prime minister of Norway, Li said the two countries "
        "share broad interests.\n\n"
        "Holm said Norway will keep its market open."
    )
    assert [p.name for p in r.parties] == ["Li Qiang", "Lars Holm"]
    assert [s.speakers for s in r.statements][-1] == ("p2",)


def test_a_pair_that_then_did_something_is_narration() -> None:
    r = readoutkit.parse(
        "Chinese Premier Li Qiang held talks with Prime Minister Lars Holm of Norway.\n\n"
        "Holm, for his part, said Norway values the ties.\n\n"
        "Li and Holm then watched officials sign several agreements."
    )
    assert [r.text[s.span.start : s.span.end] for s in r.statements] == ["Norway values the ties"]


def test_a_nameless_counterpart_is_the_official_of_its_side_named_later() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Peru spoke by phone with her Chilean counterpart on Monday.\n\n"
        "Ruiz said Peru values the ties.\n\n"
        "Ruiz also thanked Gabriel Boric for the invitation to Santiago.\n\n"
        "Boric, for his part, said Chile is ready to expand trade."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Ana Ruiz", "PER"),
        ("Gabriel Boric", "CHL"),
    ]
    assert [s.speakers for s in r.statements][-1] == ("p2",)


def test_a_purpose_infinitive_ends_the_list_of_who_met() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile and her Peruvian counterpart, Foreign Minister "
        "Luis Vega, met today in Lima to advance the agenda that President Boric and "
        "President Boluarte set out in March.\n\nRuiz said Chile values the ties."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Luis Vega"]


def test_a_list_of_who_took_part_goes_on_after_an_aside() -> None:
    r = readoutkit.parse(
        "BEIJING, March 10 (Xinhua) -- Chinese Vice Premier Li Wen held a phone call on "
        "Saturday with Tom Ray, who is the U.S. Trade Representative, and Treasury "
        "Secretary Ann Cole.\n\nLi said China will open its market further."
    )
    assert [p.name for p in r.parties] == ["Li Wen", "Tom Ray", "Ann Cole"]


def test_a_long_transcript_label_names_its_speaker() -> None:
    r = readoutkit.parse(
        "In the Kremlin, Vladimir Putin held talks with Emir of the State of Qatar Tamim "
        "bin Hamad Al Thani.\n\n"
        "President of Russia Vladimir Putin: Your Highness, welcome to Moscow.\n\n"
        "Emir of the State of Qatar Tamim bin Hamad Al Thani (retranslated): Thank you. "
        "Qatar will keep investing in Russia."
    )
    assert [(s.speakers, s.text) for s in r.statements][-1] == (
        ("p2",),
        "Qatar will keep investing in Russia",
    )


def test_a_renewed_commitment_s_evidence_holds_the_verb() -> None:
    r = readoutkit.parse(
        "U.S. Secretary of Defense Tom Ray spoke with Minister Kenji Sato of Japan. "
        "Ray reaffirmed America's commitment to defending Japan."
    )
    assert [r.text[c.span.start : c.span.end] for c in r.commitments] == [
        "reaffirmed America's commitment to defending Japan"
    ]


def test_a_relative_clause_holding_commas_between_subject_and_verb() -> None:
    r = readoutkit.parse(
        "Chinese Vice Premier Li Wen met with Pakistani Minister Ali Khan in Beijing on "
        "Thursday.\n\n"
        "Khan, who co-chaired a meeting of the joint committee with Zhou Ming, head of "
        "China's planning commission, earlier in the day, said the corridor has changed "
        "Pakistan's power supply."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "the corridor has changed Pakistan's power supply")
    ]


def test_an_occasion_ends_the_list_of_who_met_once_two_are_named() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Demir met with Secretary-General Omar Nasr in Cairo on "
        "13 May, on the margins of the official visit of President Kemal Aydin to Egypt."
        "\n\nMinister Demir stated that Turkey would keep working with the League."
    )
    assert [p.name for p in r.parties] == ["Ali Demir", "Omar Nasr"]
    r = readoutkit.parse(
        "The Secretary-General met today in Baku, on the margins of the climate "
        "conference, with Prime Minister Omar Nasr of Egypt."
    )
    assert [p.name for p in r.parties][-1] == "Omar Nasr"


def test_will_as_a_noun_is_no_undertaking() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile met Prime Minister Lars Holm of Norway. Ruiz said "
        "Chile will never impose its own will on others."
    )
    assert [(c.text, c.polarity) for c in r.commitments] == [
        ("Chile will never impose its own will on others", Polarity.NEGATIVE)
    ]


def test_the_interlocutors_are_everyone() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile had a phone call with President Tor Lund of Finland."
        "\n\nRuiz said Chile values the ties.\n\n"
        "The interlocutors also discussed the preparations for the summit."
    )
    assert [(s.speakers, s.text) for s in r.statements][-1] == (
        ("p1", "p2"),
        "the preparations for the summit",
    )


def test_a_postposed_speaker_may_be_followed_by_following() -> None:
    r = readoutkit.parse(
        "High Representative Ana Ruiz spoke by phone with Foreign Minister Tor Lund of "
        'Finland.\n\n"We will keep working together," Ruiz said following the conversation.'
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "We will keep working together")
    ]


def test_an_appositive_may_stand_between_a_subject_and_its_verb() -> None:
    r = readoutkit.parse(
        "Chinese Vice Premier Li Wen held a phone call with Trade Representative Tom Ray "
        "of the United States.\n\n"
        "Li, a member of the Political Bureau and head of the Chinese team in the talks, "
        "said China will widen market access."
    )
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "China will widen market access")
    ]


def test_the_side_s_visitor_guest_or_host_is_its_participant() -> None:
    r = readoutkit.parse(
        "Iranian Foreign Minister Ali Rezaei met in Tehran with Foreign Minister Omar Nasr "
        "of Qatar.\n\nRezaei said Iran values the ties.\n\n"
        "The Qatari visitor said Doha will keep working for calm in the region."
    )
    assert [(s.speakers, s.text) for s in r.statements][-1] == (
        ("p2",),
        "Doha will keep working for calm in the region",
    )


def test_an_organization_s_epithet_is_its_side() -> None:
    r = readoutkit.parse(
        "President Ali Demir of Turkey received NATO Secretary General Jens Stoltenberg."
        "\n\nStoltenberg said the Alliance is ready to strengthen Turkey's air defence."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the Alliance is ready to strengthen Turkey's air defence")
    ]


def test_offered_to_do_something_is_a_pledge() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile held a video call with Prime Minister Tor Lund "
        "of Finland. Lund offered to share the lessons of the Finnish rollout."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "offered to share the lessons of the Finnish rollout")
    ]


def test_always_between_a_side_and_its_cue() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile held talks with Prime Minister Tor Lund of "
        "Finland.\n\nChile always stands ready to share its experience, Ruiz said."
    )
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "Chile always stands ready to share its experience")
    ]


def test_a_passive_report_before_the_first_cue_and_came_up_are_everyones() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz held talks with Foreign Minister Lars Berg of Norway. "
        "Regional developments, including the Arctic, were reviewed as well, and both "
        "sides called on all parties to respect the fishing accords. "
        "The situation in the Baltic also came up."
    )
    got = [(s.text, s.rule, s.speakers) for s in r.statements]
    assert got[0] == ("Regional developments, including the Arctic", "passive", ("p1", "p2"))
    assert ("The situation in the Baltic", "passive", ("p1", "p2")) in got


@pytest.mark.parametrize(
    "narration",
    [
        "Ruiz is due to call on President Ivo Quill later on Friday.",
        "Ruiz's official visit to Norway runs from May 2-4.",
        "Among those present were Deputy Minister Tor Lund and Ambassador Eva Holm.",
        "State Secretary Tor Lund and Trade Minister Eva Holm attended the talks at the "
        "government guest house in Oslo.",
        "The letters were handed over to the Norwegian embassy by a Chilean envoy.",
        "In recent months, Ruiz has held several rounds of consultations with Berg.",
        "Once the talks ended, Ruiz and Berg watched officials sign two agreements.",
        "Afterwards, a number of commercial documents were exchanged.",
        "End Text",
        "The Chilean delegation included Deputy Minister Tor Lund and Ambassador Eva Holm.",
        "A reception was held in Oslo the same day, attended by State Secretary Tor Lund.",
        "Ruiz is visiting Norway from May 2 to 4 with a business delegation.",
        "Ruiz will attend the Arctic Council meeting on Friday.",
        "Deputy Minister Tor Lund also attended, as did Ambassador Eva Holm.",
        "Present during the talks were Deputy Minister Tor Lund and Ambassador Eva Holm.",
        "The Trade Minister, Tor Lund, also attended the lunch.",
    ],
)
def test_a_programme_or_ceremony_after_speech_is_narration(narration: str) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Berg said that Norway values the partnership. " + narration
    )
    r = readoutkit.parse(text)
    assert [text[s.span.start : s.span.end] for s in r.statements] == [
        "Norway values the partnership"
    ]


def test_a_country_s_possessive_before_a_shared_title_names_its_holder() -> None:
    text = (
        "Prime Minister Ana Ruiz of Chile held talks with Prime Minister Tor Lund of "
        "Finland. Finland's Prime Minister said that the fisheries deal matters."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "the fisheries deal matters")]


def test_meanwhile_before_a_side_s_undertaking_keeps_the_side() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Berg said that Norway values the partnership. Meanwhile, the Norwegian "
        "side remains committed to a fair fisheries deal."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the Norwegian side remains committed to a fair fisheries deal")
    ]


@pytest.mark.parametrize(
    "before",
    [
        "He said that his Government would not tolerate delays.",
        "Meanwhile, the Norwegian side will not tolerate delays in the talks on quotas.",
    ],
)
def test_it_opening_a_continued_sentence_is_the_side_the_last_one_opened_with(
    before: str,
) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        f"Norway. {before} It intended to sign the fisheries deal soon, Berg added."
    )
    r = readoutkit.parse(text)
    assert (("p2",), "It intended to sign the fisheries deal soon") in [
        (c.actors, c.text) for c in r.commitments
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "The corridor is a trade route, not a military project, and will never be a burden",
            [],
        ),
        (
            "The agency is fully willing to help, and will never abandon the project",
            [(("p2",), "will never abandon the project")],
        ),
    ],
)
def test_a_thing_s_will_after_is_binds_no_one(
    content: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        f"Norway. {content}, Berg stressed."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == expected


def test_commenting_that_leads_a_statement() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Commenting that the quota deal had worked well, Berg said that the two "
        "fleets share the sea."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "the quota deal had worked well"),
        (("p2",), "the two fleets share the sea"),
    ]


def test_a_gerund_subject_before_a_postposed_speaker_is_part_of_what_was_said() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Raising tariffs helps no one, Berg said."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.rule, s.text) for s in r.statements] == [
        (("p2",), "postposed", "Raising tariffs helps no one")
    ]


@pytest.mark.parametrize(
    ("opening", "actors"),
    [
        ("Foreign Minister Ana Ruiz met with Foreign Minister Lars Berg in Oslo", ("p1",)),
        (
            "Foreign Minister Ana Ruiz and Foreign Minister Lars Berg held talks in Oslo",
            ("p1", "p2"),
        ),
    ],
)
def test_a_pledging_participle_binds_the_engagement_s_subject(
    opening: str, actors: tuple[str, ...]
) -> None:
    r = readoutkit.parse(f"{opening} on Monday, pledging to widen the fisheries accord.")
    assert [(c.actors, c.text) for c in r.commitments] == [
        (actors, "pledging to widen the fisheries accord")
    ]


def test_gave_an_account_of_reports_a_topic_by_its_subject() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Berg said that trade matters. Minister Ruiz gave an account of the new "
        "Chilean fisheries law."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements][1:] == [
        (("p1",), "of the new Chilean fisheries law")
    ]


def test_a_side_after_comma_and_starts_its_own_undertaking() -> None:
    text = (
        "President Ana Ruiz of Chile met President Lars Berg of Norway in Oslo. Chile is "
        "ready to share its data with Norway, and Santiago will fund the joint survey, "
        "Ruiz said."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "Chile is ready to share its data with Norway"),
        (("p1",), "Santiago will fund the joint survey"),
    ]


@pytest.mark.parametrize("group", ["The two governments", "Both nations", "The two organizations"])
def test_two_governments_nations_organizations_are_everyone(group: str) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        f"Norway. {group} will not accept new barriers to trade."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.polarity.value) for c in r.commitments] == [(("p1", "p2"), "negative")]


def test_a_noun_cue_s_evidence_keeps_his_country_s() -> None:
    text = (
        "President Ana Ruiz of Chile met President Lars Berg of Norway. Berg said his "
        "country's readiness to fund the survey is firm."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, text[c.span.start : c.span.end]) for c in r.commitments] == [
        (("p2",), "his country's readiness to fund the survey is firm")
    ]


def test_a_title_naming_an_organization_beats_the_gazetteer_s_country() -> None:
    text = (
        "Secretary-General Ana Ruiz met Mr. Moussa Faki Mahamat, Chairperson of the African "
        "Union Commission, and Ms. Federica Mogherini, High Representative of the European "
        "Union, in New York. Mr. Faki said the African Union is ready to help. Ms. Mogherini "
        "said the Union stands ready to fund the plan."
    )
    r = readoutkit.parse(text)
    faki = next(p for p in r.parties if p.name == "Moussa Faki Mahamat")
    assert (faki.country, faki.organization) == (None, "African Union")
    assert [(c.actors, c.text) for c in r.commitments] == [
        ((faki.id,), "the African Union is ready to help"),
        (("p3",), "the Union stands ready to fund the plan"),
    ]


def test_the_principals_are_everyone() -> None:
    text = (
        "Secretary-General Ana Ruiz met President Lars Berg of Norway and President Tor "
        "Lund of Finland in New York. The three principals welcomed the new Arctic accord."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2", "p3"), "the new Arctic accord")
    ]


@pytest.mark.parametrize("cue", ["were of the view that", "were satisfied that"])
def test_a_shared_view_with_were_reports_the_clause(cue: str) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        f"Norway. On fisheries, both sides {cue} the quotas had worked well."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "the quotas had worked well")
    ]


def test_a_lower_case_title_after_a_country_s_possessive_in_apposition() -> None:
    text = (
        "Chilean President Ana Ruiz held talks in Santiago with Tor Lund, Finland's prime "
        "minister, who is on his first visit. Ruiz said ties matter."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ana Ruiz", "President", "CHL"),
        ("Tor Lund", "prime minister", "FIN"),
    ]


def test_their_conversation_covered_is_everyones_topic() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held a phone call with Foreign Minister Lars "
        "Berg of Norway. Their conversation covered fisheries and Antarctic research."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "fisheries and Antarctic research")
    ]


def test_their_exchange_focused_mainly_on_is_everyones_topic() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held a phone call with Foreign Minister Lars "
        "Berg of Norway. Their exchange focused mainly on fisheries. Ruiz relayed "
        "President Tor Lund's wish to visit Oslo."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "fisheries"),
        (("p1",), "President Tor Lund's wish to visit Oslo"),
    ]


def test_with_a_titled_name_and_a_participle_is_that_person_s() -> None:
    text = (
        "President Ana Ruiz of Chile held a phone call with President Lars Berg of Norway. "
        "The two leaders discussed climate action, with President Berg affirming Norway's "
        "readiness to fund the project."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "climate action"),
        (("p2",), "Norway's readiness to fund the project"),
    ]


def test_welcomed_a_participant_in_apposition_to_a_place_for_talks_is_the_engagement() -> None:
    text = (
        "Prime Minister Ana Ruiz welcomed the Taoiseach, Enda Kenny, to Downing Street "
        "today for her first meeting with him. They discussed trade."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1", "p2"), "trade")]


@pytest.mark.parametrize("group", ["The leaders also focused on", "Both ministers weighed"])
def test_a_group_of_persons_after_one_speaker_is_everyone_not_a_continuation(group: str) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        f"Norway. Berg said that trade matters. {group} the Arctic fisheries accord."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements] == [("p2",), ("p1", "p2")]


def test_the_two_sides_after_one_speaker_is_still_that_speaker_s_words() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Berg said that trade matters. The two sides should widen the fisheries accord."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements] == [("p2",), ("p2",)]


@pytest.mark.parametrize(
    ("tail", "topic"),
    [
        ("on a wide range of shared concerns", "on a wide range of shared concerns"),
        ("on bilateral, regional and global issues", "on bilateral, regional and global issues"),
    ],
)
def test_the_engagement_sentence_s_topic_is_everyones(tail: str, topic: str) -> None:
    text = (
        "President Ana Ruiz of Chile and President Lars Berg of Norway held talks in Oslo "
        f"on Saturday {tail}."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1", "p2"), topic)]


def test_a_side_s_undertaking_after_for_its_part() -> None:
    text = (
        "President Ana Ruiz of Chile held talks with President Lars Berg of Norway. Chile "
        "will fund the survey. Norway, for its part, is ready to share its data."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "Chile will fund the survey"),
        (("p2",), "Norway, for its part, is ready to share its data"),
    ]


def test_two_verbs_of_one_perfect_with_an_object_between_are_one_report() -> None:
    text = (
        "Prime Minister Ana Ruiz of Chile held a video call with Prime Minister Lars Berg of "
        "Norway. Ruiz said the two nations have backed each other and offered mutual help."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the two nations have backed each other and offered mutual help")
    ]
    assert r.commitments == ()


@pytest.mark.parametrize(
    "opening",
    [
        "On June 14, NODA Chairman Tor Lund had a video call with Finance Minister Ana Ruiz "
        "of Chile.",
        "Tor Lund, Chairman of Norwegian Overseas Development Agency, had a video call with "
        "Finance Minister Ana Ruiz of Chile.",
    ],
)
def test_the_acronym_of_the_speaker_s_own_body_is_their_side(opening: str) -> None:
    r = readoutkit.parse(f"{opening} Lund said that NODA stands ready to fund the water plan.")
    lund = next(p.id for p in r.parties if p.name == "Tor Lund")
    assert [(c.actors, c.text) for c in r.commitments] == [
        ((lund,), "NODA stands ready to fund the water plan")
    ]


def test_the_security_forces_said_by_a_president_are_his_own() -> None:
    text = (
        "Secretary-General Ana Ruiz spoke with President Tor Lund of Norway. Lund said "
        "that the security forces will spare no effort in the search."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the security forces will spare no effort in the search")
    ]


def test_an_organization_s_allies_or_member_states_are_its_side() -> None:
    text = (
        "President Ana Ruiz of Chile spoke with NATO Secretary General Jens Stoltenberg. "
        "Stoltenberg said NATO allies will keep supporting the mission."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "NATO allies will keep supporting the mission")
    ]


def test_a_one_word_interjection_in_a_transcript_is_no_statement() -> None:
    text = (
        "Meeting with President of Norway Tor Lund\n\n"
        "President Ana Ruiz met President of Norway Tor Lund in Santiago.\n\n"
        "Tor Lund: We would like to talk about fishing quotas.\n\n"
        "Ana Ruiz: Good. Let us discuss the quotas in detail.\n\nWelcome.\n\n"
        "(The talks continued behind closed doors.)"
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements] == [
        "We would like to talk about fishing quotas",
        "Let us discuss the quotas in detail",
    ]


def test_an_adverb_before_a_leading_participle() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Lars Berg of "
        "Norway. Fondly recalling his visit to Oslo, Ruiz said Chile cherishes its ties."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "his visit to Oslo"),
        (("p1",), "Chile cherishes its ties"),
    ]


def test_messages_exchanged_to_mark_an_anniversary_say_so() -> None:
    text = (
        "Congratulatory messages were exchanged on Monday between President Ana Ruiz of "
        "Chile and President Lars Berg of Norway to mark 50 years of diplomatic relations."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "to mark 50 years of diplomatic relations")
    ]


def test_an_honorific_and_a_known_official_s_surname_written_in_full_above() -> None:
    text = (
        "Readout: Secretary-General meets Qatari Amir\n\n"
        "António Guterres, Secretary-General\n\n"
        "This afternoon, Mr. Guterres met with Amir Tamim bin Hamad Al Thani of Qatar. "
        "The Secretary-General thanked the Amir for his support."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.organization) for p in r.parties] == [
        ("António Guterres", "United Nations"),
        ("Tamim bin Hamad Al Thani", None),
    ]


def test_an_untitled_participant_talking_with_a_head_of_government_is_the_president() -> None:
    text = (
        "Dmitry Medvedev held a telephone conversation with Angela Merkel, the Federal "
        "Chancellor of Germany. The President of Russia thanked her for the help German "
        "crews had given."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Dmitry Medvedev", "President"),
        ("Angela Merkel", "Federal Chancellor"),
    ]
    assert [s.speakers for s in r.statements] == [("p1",)]


@pytest.mark.parametrize("aside", ["in a meeting with", "meeting with", "in his phone call with"])
def test_the_engagement_as_an_aside_between_subject_and_said(aside: str) -> None:
    text = (
        f"Chile's Foreign Minister Ana Ruiz, {aside} Norwegian Foreign Minister Lars Berg in "
        "Oslo on Sunday, said Chile will keep backing the fisheries accord."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Chile will keep backing the fisheries accord")
    ]


def test_a_rock_solid_commitment_keeps_its_owner() -> None:
    text = (
        "Secretary of Defense Tor Lund spoke with Minister of Defense Ana Ruiz of Chile. "
        "Lund reaffirmed Washington's rock-solid commitment to Chilean security."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "reaffirmed Washington's rock-solid commitment to Chilean security")
    ]


def test_a_holiday_is_no_person() -> None:
    text = (
        "President Ana Ruiz of Chile has sent a congratulatory cable to President Lars Berg "
        "of Norway, marking Norway's National Day and Liberation Day."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Lars Berg"]


def test_sat_down_today_with_is_a_meeting() -> None:
    r = readoutkit.parse(
        "High Representative/Vice-President Ana Ruiz sat down today with Norway's Foreign "
        "Minister, Lars Berg, in Brussels."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ana Ruiz", "High Representative/Vice-President"),
        ("Lars Berg", "Foreign Minister"),
    ]


@pytest.mark.parametrize(
    ("appositive", "country"),
    [("Norway's visiting Foreign Minister", "NOR"), ("the Kingdom's Foreign Minister", None)],
)
def test_a_possessive_before_a_title_in_apposition(appositive: str, country: str | None) -> None:
    r = readoutkit.parse(
        f"Foreign Minister Ana Ruiz of Chile received Lars Berg, {appositive}, in Santiago."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ana Ruiz", "Foreign Minister", "CHL"),
        ("Lars Berg", "Foreign Minister", country),
    ]


def test_a_postposed_speaker_then_but_and_once() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. Norway "
        "is ready to sign the accord, Berg said, but will never accept new quotas. "
        "“Chile will stand by the accord,” Ruiz said once the meeting had ended."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "Norway is ready to sign the accord"),
        (("p2",), "will never accept new quotas"),
        (("p1",), "Chile will stand by the accord"),
    ]


def test_a_titled_name_and_a_visiting_counterpart_after_a_dateline_are_both_subjects() -> None:
    text = (
        "SANTIAGO, May 4 (Agency) -- Chilean President Ana Ruiz and visiting Norwegian Prime "
        "Minister Lars Berg held talks on Thursday and agreed to widen cooperation in farming."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1", "p2"), "agreed to widen cooperation in farming")
    ]


@pytest.mark.parametrize(
    ("appositive", "title"),
    [
        ("Kenya's Foreign Affairs Cabinet Secretary", "Foreign Affairs Cabinet Secretary"),
        (
            "Kenya's Deputy President and Trade Cabinet Secretary",
            "Deputy President and Trade Cabinet Secretary",
        ),
        (
            "Kenya's Deputy President and concurrently Trade Cabinet Secretary",
            "Deputy President and Trade Cabinet Secretary",
        ),
    ],
)
def test_a_portfolio_before_a_title_and_a_concurrent_office_are_one_title(
    appositive: str, title: str
) -> None:
    r = readoutkit.parse(
        f"Foreign Minister Ana Ruiz of Chile received Joseph Kamau, {appositive}, in Santiago."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ana Ruiz", "Foreign Minister", "CHL"),
        ("Joseph Kamau", title, "KEN"),
    ]


def test_took_up_a_topic_is_reported_and_took_up_a_post_is_not() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. Berg "
        "took up his post in May. Berg thanked Ruiz for the visit. The two ministers took up "
        "the question of fishing quotas."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "Ruiz for the visit"),
        (("p1", "p2"), "the question of fishing quotas"),
    ]


def test_participants_expected_to_meet_again_is_the_programme() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile spoke by phone with Foreign Minister Lars Berg of "
        "Norway. The two ministers discussed fishing quotas. The two ministers are expected "
        "to meet again in Oslo next month."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1", "p2"), "fishing quotas")]


def test_joint_subject_after_a_sides_sentence_amid_ones_speech_stays_the_speakers() -> None:
    text = (
        "Foreign Minister Ilse Moravec met Foreign Minister Tam Ruso of Peru in Ostrava.\n\n"
        "Moravec said that trade has grown fast. Chile is ready to buy more Peruvian fruit. "
        "Chile and Peru should also open new sea routes."
    )
    r = readoutkit.parse(text)
    [s] = [x for x in r.statements if "sea routes" in x.text]
    assert [p.name for p in r.parties if p.id in s.speakers] == ["Ilse Moravec"]


def test_would_very_much_like_is_a_wish() -> None:
    text = (
        "Foreign Minister Ilse Moravec met Foreign Minister Tam Ruso of Peru in Ostrava. "
        "Moravec said: I would very much like to hear your view of the customs talks, and "
        "we will open a new consulate in Lima."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "we will open a new consulate in Lima")
    ]


def test_an_institution_named_after_the_speakers_side_is_theirs() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. "
        "Ruso said the Peru Ports Authority will open a new berth for Chilean ships, and "
        "that the Chile Copper Agency will not buy the mine."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the Peru Ports Authority will open a new berth for Chilean ships")
    ]


def test_a_transcripts_fillers_are_no_statements() -> None:
    text = (
        "President Ilse Moravec of Chile met President Tam Ruso of Peru in Santiago.\n\n"
        "Ilse Moravec: Mr President, welcome to Santiago. And one more thing. Our ports are "
        "open to your ships.\n\n"
        "Tam Ruso: Thank you very much. We will send a trade mission in May."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Mr President, welcome to Santiago"),
        (("p1",), "Our ports are open to your ships"),
        (("p2",), "We will send a trade mission in May"),
    ]


def test_a_participle_opening_before_an_inserted_attribution_is_no_content() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. Guided "
        "by the consensus of the two presidents, Moravec said, Chile is willing to open its "
        "ports to Peruvian ships."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Chile is willing to open its ports to Peruvian ships")
    ]


def test_sent_goods_is_no_report_but_sent_greetings_is() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. "
        "Moravec said that trade has grown fast. Over the past year, Chile has sent tents "
        "and medicine to Peru. Ruso sent warm greetings from President Vera."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "trade has grown fast"),
        (("p1",), "Over the past year, Chile has sent tents and medicine to Peru"),
        (("p2",), "warm greetings from President Vera"),
    ]


def test_was_firm_that_reports_and_is_due_to_see_is_the_programme() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. "
        "Moravec was adamant that Chile will keep its ports open. "
        "Minister Ruso is due to see the Chilean President on Friday."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Chile will keep its ports open")
    ]


def test_looked_ahead_reports_but_looking_ahead_only_frames() -> None:
    text = (
        "Prime Minister Ilse Moravec of Chile spoke with Prime Minister Tam Ruso of Peru. "
        "Looking ahead to the Lima summit, the leaders discussed fishing quotas. They were "
        "clear that neither government will ever accept a hard border. The leaders also "
        "looked ahead to the Pacific forum, and agreed to speak again soon."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "fishing quotas"),
        (("p1", "p2"), "neither government will ever accept a hard border"),
        (("p1", "p2"), "the Pacific forum"),
        (("p1", "p2"), "to speak again soon"),
    ]
    assert [(c.actors, c.polarity.value, c.text) for c in r.commitments] == [
        (("p1", "p2"), "negative", "neither government will ever accept a hard border"),
        (("p1", "p2"), "positive", "agreed to speak again soon"),
    ]


def test_a_sides_police_and_peacekeepers_are_the_side() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile spoke with Foreign Minister Tam Ruso of Peru. "
        "Ruso said Peruvian police officers are prepared to deploy to the border, and that "
        "Chilean peacekeepers will stay in the region."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "Peruvian police officers are prepared to deploy to the border")
    ]


@pytest.mark.parametrize(
    "who",
    [
        "Australian Foreign Minister The Hon. Mary Lane MP",
        "The Hon. Mary Lane MP, Australian Foreign Minister,",
    ],
)
def test_a_capitalised_the_hon_before_a_name(who: str) -> None:
    r = readoutkit.parse(
        f"Foreign Minister Ken Sato of Japan met {who} in New York. Minister Lane said "
        "Australia will help."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ken Sato", "Foreign Minister", "JPN"),
        ("Mary Lane", "Foreign Minister", "AUS"),
    ]


def test_nor_will_it_is_a_second_refusal() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. "
        "Moravec said Chile will never seek selfish gains, nor will it attach political "
        "strings to its aid."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.polarity.value, c.text) for c in r.commitments] == [
        (("p1",), "negative", "Chile will never seek selfish gains"),
        (("p1",), "negative", "nor will it attach political strings to its aid"),
    ]


@pytest.mark.parametrize(
    "refusal",
    [
        "Chile will under no circumstances tolerate provocations",
        "Chile would in no way accept provocations",
        "Chile will by no means accept provocations",
        "Chile will no longer tolerate provocations",
    ],
)
def test_a_modal_with_a_negative_phrase_is_a_refusal(refusal: str) -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. "
        f"Moravec said {refusal}."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.polarity.value, c.text) for c in r.commitments] == [
        (("p1",), "negative", refusal)
    ]


def test_a_topic_inside_a_relative_clause_is_not_the_engagements() -> None:
    text = (
        "President Ilse Moravec of Chile received Foreign Minister Tam Ruso of Peru, who is "
        "in Santiago to work with Chilean agencies on preparations for the Pacific summit. "
        "Moravec welcomed the visit."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1",), "the visit")]


def test_assessed_reports_a_topic_and_a_participle_after_it_splits() -> None:
    text = (
        "President Ilse Moravec of Chile spoke by phone with President Tam Ruso of Peru. The "
        "two leaders positively assessed the results of cooperation in the oil market, "
        "noting the active role of Peru as chair of the committee."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "the results of cooperation in the oil market"),
        (("p1", "p2"), "the active role of Peru as chair of the committee"),
    ]


def test_a_passive_whose_agent_is_the_speakers_side_is_their_undertaking() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile spoke with Foreign Minister Tam Ruso of Peru. "
        "Ruso said the request will be examined favourably by the Peruvian authorities, and "
        "that the road will be built by Chilean firms."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the request will be examined favourably by the Peruvian authorities")
    ]


def test_present_were_and_due_to_be_received_are_narration() -> None:
    text = (
        "President Ilse Moravec of Chile received Foreign Minister Tam Ruso of Peru. Ruso "
        "said Peru values the visit. Present were Chile's Interior Minister Ana Soto and the "
        "Peruvian ambassador. The Peruvian minister is due to be received by the Senate "
        "President on Monday."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Peru values the visit")]


def test_of_a_countrys_after_a_name_is_not_the_persons_country() -> None:
    text = (
        "Islamabad, May 3, 2022: Foreign Minister Ali Karim spoke with Emre Aydin, Foreign "
        "Minister of Turkey. Aydin assured Foreign Minister Karim of Turkey's continued "
        "support. The Turkish Foreign Minister said he looked forward to a visit."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.country) for p in r.parties] == [("Ali Karim", "PAK"), ("Emre Aydin", "TUR")]
    assert [(s.speakers, s.text) for s in r.statements][-1] == (
        ("p2",),
        "he looked forward to a visit",
    )


def test_a_participant_for_his_part_without_a_reporting_verb_is_his_view() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. "
        "Moravec said trade has grown. Ruso, for his part, called the Lima-Santiago "
        "relationship deep-rooted."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "trade has grown"),
        (("p2",), "Ruso, for his part, called the Lima-Santiago relationship deep-rooted"),
    ]


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("Maltese Prime Minister Joseph Muscat", "Joseph Muscat"),
        ("Prime Minister Luis Montenegro of Portugal", "Luis Montenegro"),
        ("President Jorge Lima of Brazil", "Jorge Lima"),
    ],
)
def test_a_places_name_as_a_surname(who: str, name: str) -> None:
    r = readoutkit.parse(f"Chancellor Anna Weber of Austria spoke with {who} on Monday.")
    assert [p.name for p in r.parties] == ["Anna Weber", name]


def test_the_pm_is_the_untitled_publishers_leader_not_the_titled_counterpart() -> None:
    text = (
        "Anna Weber of the United Kingdom spoke to Maltese Prime Minister Carl Borg today. The PM "
        "said the UK will help. Prime Minister Borg said Malta will help."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Anna Weber", "Prime Minister"),
        ("Carl Borg", "Prime Minister"),
    ]
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "the UK will help"),
        (("p2",), "Malta will help"),
    ]


def test_a_sentence_introducing_the_account_is_not_the_engagement() -> None:
    text = (
        "The ministry's chief spokesman, Colonel Dan Hale, released this account of the "
        "call:\n\nDefense Minister Ilse Moravec of Chile telephoned Crown Prince Omar Saleh "
        "of Qatar today to discuss the campaign against piracy."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Ilse Moravec", "Omar Saleh"]


def test_is_and_remains_committed_and_a_relative_clauses_undertaking() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile met Foreign Minister Tam Ruso of Peru. Ruso "
        "said Peru is and remains committed to free trade. He called open markets a "
        "principle from which Lima will not waver."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "Peru is and remains committed to free trade"),
        (("p2",), "a principle from which Lima will not waver"),
    ]


def test_a_list_of_names_each_with_an_office_in_apposition() -> None:
    text = (
        "A call on Tuesday brought together Sheikh Omar Saleh, Foreign Minister of Qatar, "
        "Lars Berg, Minister of Foreign Affairs of Norway, and Ana Ruiz, Minister of "
        "Foreign Affairs of Chile."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Omar Saleh", "Foreign Minister", "QAT"),
        ("Lars Berg", "Minister of Foreign Affairs", "NOR"),
        ("Ana Ruiz", "Minister of Foreign Affairs", "CHL"),
    ]


def test_a_closing_background_line_on_diplomatic_ties_is_narration() -> None:
    text = (
        "Foreign Minister Ilse Moravec of Chile spoke by phone with Foreign Minister Tam Ruso "
        "of Peru. Ruso thanked Moravec for the call.\n\nChile and Peru established diplomatic "
        "relations on May 3, 1822. Peru is Chile's third largest trading partner./."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Moravec for the call")]


def test_the_uks_nations_and_a_possessive_head_before_another_side() -> None:
    text = (
        "Chinese Ambassador Li Wei met Carl Evans, First Minister of Wales, in Cardiff. Li "
        "said China's policy of developing relations with the UK, Wales included, will not "
        "change. Evans said the Welsh Government is committed to deeper trade with China."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.country) for p in r.parties] == [("Li Wei", "CHN"), ("Carl Evans", "GBR")]
    assert [(c.actors, c.text) for c in r.commitments] == [
        (
            ("p1",),
            "China's policy of developing relations with the UK, Wales included, will not change",
        ),
        (("p2",), "the Welsh Government is committed to deeper trade with China"),
    ]


def test_an_engagement_sentence_that_opens_with_its_topic() -> None:
    text = (
        "Fishing quotas and the state of the ports were the focus of a telephone conversation "
        "Foreign Minister Ana Ruiz of Chile held with Foreign Minister Lars Berg of Norway."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "Fishing quotas and the state of the ports")
    ]


def test_talk_through_and_compared_readings_report_topics_but_compared_notes_alone_not() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway to talk "
        "through fishing quotas. The two sides compared their readings of the Arctic crisis. "
        "On trade the two sides compared notes, and they agreed to meet again. Berg accepted "
        "with gratitude, saying he looks forward to the visit."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "fishing quotas"),
        (("p1", "p2"), "their readings of the Arctic crisis"),
        (("p1", "p2"), "to meet again"),
        (("p2",), "he looks forward to the visit"),
    ]


def test_a_whose_clause_between_the_subject_and_its_verb() -> None:
    text = (
        "Prime Minister Ana Ruiz of Chile met Prime Minister Lars Berg of Norway. Prime "
        "Minister Berg, whose country borders both Russia and Sweden, described Norway's "
        "Arctic policy."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Norway's Arctic policy")]


def test_a_report_inside_a_during_which_clause_stays_the_speakers() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile spoke by phone with Foreign Minister Lars Berg of "
        "Norway. Ruiz said that last month the two presidents held a summit, during which the "
        "leaders of the two countries announced a new partnership. This has lifted ties to a "
        "higher stage."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (
            ("p1",),
            "last month the two presidents held a summit, during which the leaders of the two "
            "countries announced a new partnership",
        ),
        (("p1",), "This has lifted ties to a higher stage"),
    ]


def test_a_willingness_another_country_has_shown_is_not_the_speakers() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile spoke with Foreign Minister Lars Berg of Norway. "
        "Berg said that Iran has shown a willingness to return to the table, and that Norway "
        "has shown a willingness to host the talks."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "a willingness to host the talks")
    ]


def test_the_two_leaders_of_three_are_the_two_heads_and_repeated_reports() -> None:
    text = (
        "Speaking today by video with President Ana Ruiz of Chile and Prime Minister Lars Berg "
        "of Norway, the Secretary-General discussed rising seas. The two Pacific leaders "
        "described the damage to their coasts. The Secretary-General repeated his appeal to "
        "donors."
    )
    r = readoutkit.parse(text)
    names = {p.id: p.name for p in r.parties}
    assert [([names[i] for i in s.speakers], s.text) for s in r.statements][1:] == [
        (["Ana Ruiz", "Lars Berg"], "the damage to their coasts"),
        ([None], "his appeal to donors"),
    ]


def test_a_demonym_before_na_names_the_sides_national_assembly() -> None:
    text = (
        "Chairwoman Ana Ruiz of Chile met Speaker Lars Berg of Norway. Ruiz said the Chilean "
        "NA stands ready to share its experience in law-making."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "the Chilean NA stands ready to share its experience in law-making")
    ]


def test_a_relative_clause_whose_it_is_the_speakers_side() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. Berg "
        "voiced gratitude for the aid. Oslo holds firmly to free trade; that is a stance it "
        "will never change, he said."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.polarity.value, c.text) for c in r.commitments] == [
        (("p2",), "negative", "a stance it will never change")
    ]


def test_a_surnames_full_name_goes_on_past_it_with_particles() -> None:
    text = (
        "Chinese President Xi Jinping met visiting Brazilian President Lula in Beijing. Xi "
        "said China values ties. Luiz Inacio Lula da Silva, who is on a state visit to China, "
        "said his country regards China as a partner. Brazil will not take sides, he added."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Xi Jinping", "Luiz Inacio Lula da Silva"]
    assert [(c.actors, c.text) for c in r.commitments] == [(("p2",), "Brazil will not take sides")]


def test_an_events_name_is_no_byline_and_a_title_line_is_the_writers_office() -> None:
    text = (
        "Annual Chile-Norway Leaders' Meeting\n\nMedia release\n\nPrime Minister\n\nToday I "
        "welcomed Norway's new Prime Minister, Lars Berg, to Santiago for our annual meeting."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", "CHL"),
        ("Lars Berg", "Prime Minister", "NOR"),
    ]


def test_an_unnamed_leader_who_was_clear_that_his_country_will_is_of_it() -> None:
    text = (
        "The President spoke this morning with Austrian Chancellor Anna Weber. The President "
        "thanked the Chancellor for her help to Libyans, and the two leaders agreed that the "
        "attacks must stop. The President was clear that America will keep backing the "
        "relief effort."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "President", "USA"),
        ("Anna Weber", "Chancellor", "AUT"),
    ]


def test_two_people_sharing_a_first_name_in_different_countries_stay_two() -> None:
    text = (
        "ABU DHABI, 17th June, 2020 (WAM) -- Mauritanian President Omar Ould Salem telephoned "
        "Sheikh Omar, Crown Prince of Abu Dhabi. Sheikh Omar bin Rashid, in turn, affirmed "
        "the UAE's keenness to deepen ties with Mauritania."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Omar Ould Salem", "President", "MRT"),
        ("Omar bin Rashid", "Crown Prince of Abu Dhabi", "ARE"),
    ]
    assert [s.speakers for s in r.statements] == [("p2",)]


def test_welcomed_a_visitor_to_a_place_is_a_meeting_and_a_minister_responsible() -> None:
    text = (
        "Defense Secretary Dan Hale today welcomed Sayyid Omar bin Said, Oman's Minister "
        "Responsible for Defense Affairs, to the Pentagon. The Secretary thanked the minister "
        "for Oman's role in the region."
    )
    r = readoutkit.parse(text)
    assert r.kind is readoutkit.Kind.MEETING
    assert [(p.name, p.title, p.country) for p in r.parties][1] == (
        "Omar bin Said",
        "Minister Responsible for Defense Affairs",
        "OMN",
    )


def test_also_the_foreign_minister_is_the_same_persons_second_office() -> None:
    text = (
        "On June 3, State Councilor Li Wei, also the Foreign Minister, spoke by phone with "
        "Anna Weber, Foreign Minister of Austria."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Li Wei", "State Councilor and Foreign Minister"),
        ("Anna Weber", "Foreign Minister"),
    ]


def test_an_office_ending_an_opening_phrase_is_not_the_next_names() -> None:
    text = (
        "Chilean President Ana Ruiz sent a written message to Sheikh Omar bin Rashid. In a "
        "reply sent to the Chilean President, Sheikh Omar expressed his thanks."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ana Ruiz", "President", "CHL"),
        ("Omar bin Rashid", None, None),
    ]


def test_a_sides_sentence_before_he_said_and_a_visit_called_on_an_adviser_to() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile called on Mr. Lars Berg, Adviser to the Prime "
        "Minister for Foreign Affairs of Norway, at the Foreign Office. Ruiz expressed "
        "appreciation for the hospitality. Chile valued its friendship with Norway and saw "
        "scope for closer trade, she said."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "appreciation for the hospitality"),
        (("p1",), "Chile valued its friendship with Norway and saw scope for closer trade"),
    ]


def test_the_grand_duchy_or_the_sultanate_is_the_speakers_state() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Grand Duke Henri Weber of Luxembourg. Weber "
        "said the Grand Duchy will remain open to Chilean investment."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "the Grand Duchy will remain open to Chilean investment")
    ]


def test_welcomed_a_rulers_office_then_name_to_a_place_is_the_visit() -> None:
    text = (
        "Prime Minister Anna Weber welcomed Kuwait's ruler, Sheikh Omar Al-Sabah, to Downing "
        "Street. The Prime Minister said the UK will help."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1",), "the UK will help")]


def test_a_date_right_after_the_place_without_on() -> None:
    text = (
        " date 2019-10-08 Secretary hosts minister\n\nDefense Secretary Dan Hale hosted "
        "Estonia's Minister of Defence, Juri Kask, at the Pentagon Oct. 7. The leaders "
        "discussed security in the Baltic region."
    )
    r = readoutkit.parse(text)
    assert (r.reference_date, r.date) == (dt.date(2019, 10, 8), dt.date(2019, 10, 7))


def test_swapped_views_on_is_a_topic_cue() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile spoke with Foreign Minister Lars Berg of Norway. "
        "Ruiz thanked Berg for the call. They also swapped views on the world economy."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.cue, s.text) for s in r.statements][-1] == (
        ("p1", "p2"),
        "swapped views on",
        "on the world economy",
    )


def test_a_participle_after_while_is_a_statement_of_its_own() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. Ruiz "
        "expressed her hope that Norway will keep its aid, while encouraging Norwegian banks "
        "to open branches in Chile."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "her hope that Norway will keep its aid"),
        (("p1",), "Norwegian banks to open branches in Chile"),
    ]


def test_another_participant_narrated_is_no_continuation() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway in "
        "Oslo. Berg said Norway is ready to fund the project. Ruiz brought a gift from the "
        "Chilean President. The gift was a painting."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "Norway is ready to fund the project")
    ]


def test_a_shared_after_an_article_is_an_adjective() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. Ruiz "
        "said the fisheries talks went well. Chile and Norway have a shared interest in "
        "clean oceans."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the fisheries talks went well"),
        (("p1",), "Chile and Norway have a shared interest in clean oceans"),
    ]


@pytest.mark.parametrize("verb", ["restated", "reasserted", "clarified", "went on to explain"])
def test_more_speech_verbs(verb: str) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. "
        f"The Norwegian minister {verb} that Norway will keep its aid."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Norway will keep its aid")]


def test_said_after_a_narrated_first_verb_is_the_subjects() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. Berg "
        "said Norway values the ties. Minister Ruiz walked her host through the new port "
        "plan, and said Chile will open the tender to Norwegian firms."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "Norway values the ties"),
        (("p1",), "Chile will open the tender to Norwegian firms"),
    ]
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "Chile will open the tender to Norwegian firms")
    ]


def test_an_untitled_leader_does_not_take_the_name_of_a_counterpart_ending_in_that_title() -> None:
    text = (
        "PM call with Crown Prince Salman bin Hamad\n"
        "The Prime Minister spoke to the Crown Prince and Prime Minister of Bahrain today.\n"
        "A Downing Street spokesperson said:\n"
        "Today the Prime Minister telephoned Salman bin Hamad, Bahrain's Crown Prince and "
        "Prime Minister. The Prime Minister said the UK will help. The Crown Prince said "
        "Bahrain will stay in touch."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", "GBR"),
        ("Salman bin Hamad", "Crown Prince and Prime Minister", "BHR"),
    ]
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the UK will help"),
        (("p2",), "Bahrain will stay in touch"),
    ]


def test_cum_joins_two_offices_of_one_person() -> None:
    text = (
        "Deputy Prime Minister cum Foreign Minister Pham Binh Minh of Viet Nam held talks "
        "with Foreign Minister Lars Berg of Norway in Hanoi."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Pham Binh Minh", "Deputy Prime Minister cum Foreign Minister"),
        ("Lars Berg", "Foreign Minister"),
    ]


def test_an_abbreviated_title_is_written_out_where_the_body_spells_it_in_lower_case() -> None:
    text = (
        "Li Qiang meets Fiji PM Sitiveni Rabuka\n\nChinese Premier Li Qiang on Monday met "
        "Sitiveni Rabuka, the visiting prime minister of Fiji, in Beijing."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties][1] == ("Sitiveni Rabuka", "Prime Minister")


def test_a_title_before_a_verb_is_no_apposition_to_the_guest_welcomed() -> None:
    text = (
        "The President of Ghana, Nana Akufo-Addo, called on the Prime Minister, Dr. Manmohan "
        "Singh, today. Welcoming President Akufo-Addo, the Prime Minister recalled the ties "
        "between India and Ghana. The President said Ghana will open a trade office."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Nana Akufo-Addo", "President"),
        ("Manmohan Singh", "Prime Minister"),
    ]
    # (welcoming the guest is reported too, as most annotators count it)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "President Akufo-Addo"),
        (("p2",), "the ties between India and Ghana"),
        (("p1",), "Ghana will open a trade office"),
    ]


def test_a_participle_lead_ends_before_the_subjects_title() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with Foreign Minister Ana Ruiz of Chile. "
        "Referring to the Arctic, Minister Berg said Norway will host a conference."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the Arctic"),
        (("p1",), "Norway will host a conference"),
    ]


def test_key_points_and_an_office_holders_programme_are_narration() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with Foreign Minister Ana Ruiz of Chile. "
        "Berg said Norway will help. Key points of the conversation are below. The "
        "Development Minister, Eva Lund, will visit Santiago next week."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1",), "Norway will help")]


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        (
            "Ana Ruiz, Chile's Minister of Foreign Affairs, International Business and "
            "International Cooperation,",
            "Minister of Foreign Affairs, International Business and International Cooperation",
        ),
        (
            "Ana Ruiz, Minister of Foreign Affairs and Communities and Minister of Defence of "
            "Chile,",
            "Minister of Foreign Affairs and Communities and Minister of Defence",
        ),
        (
            "Chilean Foreign Affairs and Trade Minister Ana Ruiz",
            "Foreign Affairs and Trade Minister",
        ),
    ],
)
def test_long_portfolio_titles_stay_whole(phrase: str, title: str) -> None:
    text = f"Foreign Minister Lars Berg of Norway met {phrase} in Oslo on Monday."
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Lars Berg", "Foreign Minister", "NOR"),
        ("Ana Ruiz", title, "CHL"),
    ]


def test_a_rotating_office_after_a_name_is_no_other_participant() -> None:
    text = (
        "In a telephone call, President Macky Sall of Senegal, current Chairperson of the "
        "African Union, and President Emmanuel Macron of France discussed food security."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Macky Sall", "President"),
        ("Emmanuel Macron", "President"),
    ]


def test_meeting_the_press_together_is_no_meeting() -> None:
    text = (
        "On May 3, Foreign Minister Lars Berg of Norway and Foreign Minister Ana Ruiz of "
        "Chile met Norwegian and foreign journalists together in Oslo. Berg said the visit "
        "went well."
    )
    assert readoutkit.parse(text).kind is Kind.OTHER


def test_a_participle_after_a_name_is_no_apposition() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway, hosting Chilean Foreign Minister Ana Ruiz in "
        "Oslo on Monday, said Norway will fund the new port. Ruiz, leading a large delegation "
        "of business people, arrived on Sunday."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Lars Berg", "Foreign Minister", "NOR"),
        ("Ana Ruiz", "Foreign Minister", "CHL"),
    ]
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Norway will fund the new port")
    ]


def test_joined_the_leader_for_lunch_is_the_engagement() -> None:
    text = (
        "A Downing Street spokesperson said:\n\nAhmed Ali, the Prime Minister of Jordan, "
        "joined the Prime Minister for a working lunch in Number 10 today.\n\nThe Prime "
        "Minister said the UK will keep supporting Jordan's reforms."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ahmed Ali", "Prime Minister", "JOR"),
        (None, "Prime Minister", "GBR"),
    ]
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "the UK will keep supporting Jordan's reforms")
    ]


def test_a_binding_participle_after_a_dateline_is_the_subjects() -> None:
    text = (
        "OSLO, May 3 (Xinhua) -- Foreign Minister Lars Berg of Norway met Foreign Minister "
        "Ana Ruiz of Chile in Oslo on Monday, pledging to deepen cooperation in fisheries."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "to deepen cooperation in fisheries")
    ]


def test_proposals_made_are_reported_with_their_noun() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile. Berg "
        "made a three-point proposal on fisheries. Ruiz made two suggestions for closer ties."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "a three-point proposal on fisheries"),
        (("p2",), "two suggestions for closer ties"),
    ]


def test_views_traded_is_a_passive_report_of_everyone() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile. Ruiz "
        "said Chile is ready to help. Views were also traded on the Arctic."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements][-1] == (("p1", "p2"), "the Arctic")


def test_the_speakers_own_programme_is_no_continuation() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile. Ruiz "
        "said Chile is ready to help. Ruiz, who took office in May, will also travel to "
        "Bergen during her stay."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Chile is ready to help")]
    assert [c.text for c in r.commitments] == ["Chile is ready to help"]


def test_a_deed_in_a_clause_of_the_object_is_no_report() -> None:
    text = (
        "President Ana Ruiz of Chile phoned President Joe Biden of the United States. Ruiz "
        "praised the assistance the United States has extended to Chilean fishermen. She "
        "said Chile is determined to deepen ties."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the assistance the United States has extended to Chilean fishermen"),
        (("p1",), "Chile is determined to deepen ties"),
    ]


def test_made_clear_a_noun_reports_it() -> None:
    text = (
        "President Ana Ruiz of Chile phoned President Lars Berg of Norway. Berg made clear "
        "Norway's keenness to expand trade with Chile."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2",), "Norway's keenness to expand trade with Chile")
    ]
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), "Norway's keenness to expand trade with Chile")
    ]


@pytest.mark.parametrize("side", ["", "Norwegian ", "United Nations "])
def test_pledged_continued_support_binds_the_speaker(side: str) -> None:
    text = (
        "President Ana Ruiz of Chile phoned President Lars Berg of Norway. Berg pledged "
        f"continued {side}support for Chile's reforms."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p2",), f"continued {side}support for Chile's reforms")
    ]


def test_one_who_has_said_before_takes_no_part() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with his Chilean counterpart Ana Ruiz "
        "yesterday. Berg said Norway will help. Chilean President Gabriel Boric has "
        "repeatedly said that his country backs the plan."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_a_rank_and_an_office_in_apposition_are_the_persons() -> None:
    text = (
        "On May 3, Wang Yi, a CPC Political Bureau member and Foreign Minister, and visiting "
        "Chilean Foreign Minister Ana Ruiz held talks in Beijing."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Wang Yi", "CPC Political Bureau member and Foreign Minister"),
        ("Ana Ruiz", "Foreign Minister"),
    ]


def test_who_a_participant_is_is_narration() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with Ana Ruiz. Ms. Ruiz is Chile's "
        "Deputy Prime Minister, and she also runs its foreign ministry. Ruiz said Chile "
        "will help."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Chile will help")]


@pytest.mark.parametrize(
    "clause",
    [
        "rooted in history and a common commitment to the rule of law",
        "which shares values and a commitment to democracy",
    ],
)
def test_a_value_held_in_common_is_no_undertaking(clause: str) -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with Foreign Minister Ana Ruiz of Chile. "
        f"Berg praised the friendship between the two countries, {clause}."
    )
    assert readoutkit.parse(text).commitments == ()


def test_his_royal_highness_is_no_possessive_of_the_speaker() -> None:
    text = (
        "The Prime Minister spoke to Prime Minister Ana Ruiz of Barbados. The Prime Minister "
        "noted that His Royal Highness The Prince of Wales would attend the ceremony."
    )
    assert readoutkit.parse(text).commitments == ()


def test_in_his_capacity_as_gives_the_title() -> None:
    text = (
        "This morning Jean Dupont, in his capacity as Minister for Europe and Foreign "
        "Affairs, spoke by telephone with Ana Ruiz, who heads Chilean diplomacy. The "
        "Minister said France will help."
    )
    r = readoutkit.parse(text)
    assert (r.parties[0].name, r.parties[0].title) == (
        "Jean Dupont",
        "Minister for Europe and Foreign Affairs",
    )
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1",), "France will help")]


def test_a_quote_said_by_someone_else_is_no_continuation() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile. Ruiz "
        'said Chile will help. "Chile punches above its weight," said Eva Lund, a '
        "researcher."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Chile will help")]


def test_also_a_state_councilor_is_no_other_participant() -> None:
    text = (
        "BEIJING, March 9 (Xinhua) -- Foreign Minister Wang Yi, also a Chinese State "
        "Councilor, held phone talks on Wednesday with Ana Ruiz, Foreign Minister of Chile."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Wang Yi", "Foreign Minister"),
        ("Ana Ruiz", "Foreign Minister"),
    ]


def test_the_visiting_president_is_the_guest_named_already() -> None:
    text = (
        "ABU DHABI, 7th June, 2023 (WAM) -- President Ana Ruiz of Chile was received on "
        "Wednesday in Abu Dhabi by President Mohamed bin Zayed, during the visiting "
        "President's working trip to the country."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Mohamed bin Zayed"]


@pytest.mark.parametrize(
    "narration",
    [
        "Eva Lund, Chile's Deputy Minister, is expected in Oslo this spring.",
        "Norway set up diplomatic relations with Chile on May 2, 1950, and has traded with it since.",
        "The two ministers later witnessed officials swapping memoranda on fisheries.",
        "Berg is also this year's OSCE Chairperson-in-Office.",
    ],
)
def test_more_narration_is_no_continuation(narration: str) -> None:
    text = (
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile. Ruiz "
        f"said Chile will help. {narration}"
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p2",), "Chile will help")]


@pytest.mark.parametrize(
    "opening",
    [
        "In Port Moresby, Papua New Guinea, Prime Minister Lars Berg of Norway met",
        "Prime Minister Lars Berg of Norway met Solomon Islands' envoy, then met",
    ],
)
def test_a_place_is_no_bare_name(opening: str) -> None:
    text = f"{opening} Prime Minister Ana Ruiz of Chile on Monday."
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_the_leader_spoke_to_the_leader_of_another_country() -> None:
    text = (
        "PM call with Prime Minister Ana Ruiz of Chile\n\nThe Prime Minister spoke by "
        "telephone to the Prime Minister of Chile this morning.\n\nA Downing Street "
        "spokesperson said:\n\nThe Prime Minister said the UK will help."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", "GBR"),
        ("Ana Ruiz", "Prime Minister", "CHL"),
    ]
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1",), "the UK will help")]


def test_a_side_leader_named_in_apposition_is_that_person() -> None:
    text = (
        "ABU DHABI, 10th October, 2023 (WAM) -- Ana Ruiz, the President of Chile, held a "
        "meeting today with the UAE leader, His Highness Sheikh Mohamed bin Zayed. Sheikh "
        "Tahnoun bin Zayed Al Nahyan, Abu Dhabi's Deputy Ruler, attended the meeting."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Mohamed bin Zayed"]


def test_the_countrys_minister_in_apposition() -> None:
    text = (
        "On August 20, Ana Ruiz, the country's Minister of External Relations, was received "
        "by Foreign Minister Wang Yi. Minister of External Relations Ana Ruiz of Chile said "
        "Chile will help."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ana Ruiz", "Minister of External Relations"),
        ("Wang Yi", "Foreign Minister"),
    ]


def test_a_joint_body_in_what_both_agreed_binds_both() -> None:
    text = (
        "Prime Minister Lars Berg of Norway spoke with Prime Minister Ana Ruiz of Chile. "
        "Both Prime Ministers agreed that the Joint Economic Committee will convene in Oslo "
        "next year."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1", "p2"), "the Joint Economic Committee will convene in Oslo next year")
    ]


def test_made_plain_that_reports() -> None:
    text = (
        "Prime Minister Lars Berg of Norway spoke with Prime Minister Ana Ruiz of Chile. Berg "
        "made plain that Norway will never accept the new tariffs."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.polarity, c.text) for c in r.commitments] == [
        (("p1",), Polarity.NEGATIVE, "Norway will never accept the new tariffs")
    ]


def test_what_the_presidents_agreed_is_no_report() -> None:
    text = (
        "Foreign Minister Wang Yi held talks with Foreign Minister Ana Ruiz of Chile. Wang "
        "said China is ready to work with Chile to act on what the two presidents agreed, "
        "consolidate trust and broaden cooperation."
    )
    r = readoutkit.parse(text)
    expected = (
        "China is ready to work with Chile to act on what the two presidents agreed, "
        "consolidate trust and broaden cooperation"
    )
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1",), expected)]


def test_told_the_counterpart_during_a_meeting_is_postposed() -> None:
    text = (
        "Chile and Norway will keep their fisheries open to each other, Foreign Minister Ana "
        "Ruiz of Chile told her Norwegian counterpart Lars Berg during a meeting in Oslo "
        "yesterday."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Chile and Norway will keep their fisheries open to each other")
    ]


def test_a_named_stranger_who_has_said_ends_the_turn() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with Foreign Minister Ana Ruiz of Chile. "
        "Both ministers agreed to stay in touch. Chilean President Gabriel Boric has "
        "repeatedly said that his country backs the plan."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1", "p2"), "to stay in touch")]


def test_offered_each_other_support_is_no_undertaking() -> None:
    text = (
        "Foreign Minister Wang Yi met Foreign Minister Ana Ruiz of Chile. Wang said China "
        "and Chile have respected each other as equals and offered each other support."
    )
    assert readoutkit.parse(text).commitments == ()


def test_one_who_has_told_a_participant_takes_part() -> None:
    text = (
        "Foreign Minister Lars Berg of Norway spoke with Foreign Minister Ana Ruiz of Chile "
        "about the floods. Chilean President Gabriel Boric has told Berg that Chile will "
        "send more aid."
    )
    r = readoutkit.parse(text)
    assert "Gabriel Boric" in [p.name for p in r.parties]


def test_a_pair_each_with_an_appositive_is_one_subject() -> None:
    text = (
        "Speaking by phone on Monday, Ana Ruiz, Chile's top diplomat, and Lars Berg, the "
        "Foreign Minister of Norway, reviewed the state of fisheries talks. Ruiz said Chile "
        "will keep its waters open."
    )
    r = readoutkit.parse(text)
    first = r.statements[0]
    assert (first.speakers, first.text) == (("p1", "p2"), "the state of fisheries talks")


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Fisheries were among the other issues raised during the call.", "Fisheries"),
        ("Fisheries were among the subjects the two presidents discussed.", "Fisheries"),
        ("Fisheries also featured in the call.", "Fisheries"),
        ("The fisheries accord was high on the agenda.", "The fisheries accord"),
        ("Discussions also covered the fisheries accord.", "the fisheries accord"),
        ("Talks focused on the fisheries accord.", "the fisheries accord"),
    ],
)
def test_what_the_discussions_covered_is_everyones(sentence: str, topic: str) -> None:
    text = (
        "President Ana Ruiz of Chile held a phone call with President Lars Berg of Norway. "
        f"Ruiz praised the ties. {sentence}"
    )
    r = readoutkit.parse(text)
    assert (r.statements[-1].speakers, r.statements[-1].text) == (("p1", "p2"), topic)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz discussed with him the fisheries accord.",
        "Ruiz reviewed the fisheries accord with President Berg.",
        "In a phone call with Berg on Monday, Ruiz discussed the fisheries accord.",
        "Ruiz thanked Norway and discussed with her counterpart the fisheries accord.",
    ],
)
def test_a_topic_talked_over_with_the_other_participant_is_both(sentence: str) -> None:
    text = f"President Ana Ruiz of Chile met President Lars Berg of Norway in Oslo. {sentence}"
    r = readoutkit.parse(text)
    said = next(s for s in r.statements if "fisheries accord" in s.text)
    assert said.speakers == ("p1", "p2")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz discussed relations with Norway.",  # a side, not a person it was talked with
        "Ruiz briefed Berg on her talks with Berg's deputy.",  # no topic verb
        "Ruiz discussed her talks with President Gabriel Boric.",  # not a participant
    ],
)
def test_a_topic_with_someone_else_stays_the_speakers(sentence: str) -> None:
    text = f"President Ana Ruiz of Chile met President Lars Berg of Norway in Oslo. {sentence}"
    r = readoutkit.parse(text)
    assert r.statements[-1].speakers == ("p1",)


def test_an_appositive_title_held_since_a_year() -> None:
    text = (
        "Jean Morel, since 2019 Minister for Europe and Foreign Affairs, held a video "
        "conference with Ana Ruiz, Chile's Foreign Minister. The Minister said France will "
        "help."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Jean Morel", "Minister for Europe and Foreign Affairs"),
        ("Ana Ruiz", "Foreign Minister"),
    ]
    assert [s.speakers for s in r.statements] == [("p1",)]


def test_an_event_which_a_side_will_host_is_no_undertaking() -> None:
    text = (
        "President Ana Ruiz of Chile met President Lars Berg of Norway. Ruiz invited Berg to "
        "the ocean summit, which Chile will host in May. She said Chile will host a trade "
        "fair too."
    )
    r = readoutkit.parse(text)
    assert [c.text for c in r.commitments] == ["Chile will host a trade fair too"]


def test_cubas_council_of_state_title_is_whole() -> None:
    text = (
        "Prime Minister Lars Berg of Norway met Ana Ruiz, President of the Council of State "
        "and Council of Ministers of Cuba, in Oslo."
    )
    r = readoutkit.parse(text)
    assert r.parties[1].title == "President of the Council of State and Council of Ministers"


def test_welcoming_the_guest_after_the_engagement_is_the_hosts_words() -> None:
    text = (
        "Foreign Minister Taro Kono met Foreign Minister Ana Ruiz of Chile in Tokyo. The main "
        "points are below.\n1. Minister Kono welcomed Minister Ruiz to Tokyo and stated that "
        "Chile is a partner."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Minister Ruiz to Tokyo"),
        (("p1",), "Chile is a partner"),
    ]


def test_a_welcome_alone_is_still_the_visit() -> None:
    text = (
        "The Prime Minister welcomed President Ana Ruiz of Chile to Downing Street today. "
        "The Prime Minister said the UK will help."
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements] == ["the UK will help"]


def test_a_participants_message_speaks_for_them() -> None:
    text = (
        "President Ana Ruiz of Chile and President Lars Berg of Norway exchanged messages on "
        "Monday. Berg's reply described Chile as a friend. Ruiz's message said the ties are "
        "strong."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements][-2:] == [
        (("p2",), "Chile as a friend"),
        (("p1",), "the ties are strong"),
    ]


def test_a_side_two_participants_share_binds_the_one_who_speaks() -> None:
    text = (
        "President Lars Berg of Norway and Prime Minister Ana Ruiz of Chile spoke by phone, "
        "and Minister Eva Holm of Norway and Foreign Minister Jon Soto of Chile also talked. "
        "Holm said Norway welcomes Chilean firms, and will continue to open its market."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p3",), "will continue to open its market")
    ]


def test_an_opening_pair_with_an_appositive_agrees_together() -> None:
    text = (
        "OSLO, May 3 -- Chilean President Ana Ruiz, on a state visit to Norway, and her host, "
        "Norwegian Prime Minister Lars Berg, held talks on Tuesday and agreed to upgrade "
        "their ties."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1", "p2"), "to upgrade their ties")]
    assert [c.actors for c in r.commitments] == [("p1", "p2")]


@pytest.mark.parametrize(
    ("offered", "binds"),
    [
        ("offered four suggestions for closer cooperation", False),
        ("offered his condolences to the families", False),
        ("offered his condolences and full support", True),
        ("offered support for the recovery", True),
    ],
)
def test_what_was_offered_binds_only_as_support(offered: str, binds: bool) -> None:
    text = f"President Ana Ruiz of Chile met President Lars Berg of Norway. Ruiz {offered}."
    assert bool(readoutkit.parse(text).commitments) is binds


def test_a_titled_name_after_the_verb_is_not_the_pronouns_subject() -> None:
    text = (
        "President Smith hosted President Lars Berg of Norway at the White House today. "
        "President Smith praised Norway's growth. He commended President Berg's leadership "
        "in NATO."
    )
    r = readoutkit.parse(text)
    said = next(s for s in r.statements if "leadership" in s.text)
    assert said.speakers == ("p1",)


def test_who_has_served_as_gives_the_title() -> None:
    text = (
        "Ana Ruiz, who has served as Chile's Minister for Foreign Affairs since 2020, met "
        "Foreign Minister Lars Berg of Norway."
    )
    r = readoutkit.parse(text)
    assert (r.parties[0].name, r.parties[0].title) == ("Ana Ruiz", "Minister for Foreign Affairs")


def test_their_commitment_binds_the_speakers_not_everyone() -> None:
    text = (
        "President Lars Berg of Norway and President Ana Ruiz of Chile exchanged letters. "
        "Foreign Minister Eva Holm of Norway and Foreign Minister Jon Soto of Chile also "
        "traded letters. In their letters, Minister Holm and Minister Soto reaffirmed their "
        "commitment to free trade."
    )
    r = readoutkit.parse(text)
    assert [c.actors for c in r.commitments] == [("p3", "p4")]


def test_an_exchange_of_letters_has_its_writers_as_parties() -> None:
    text = (
        "President Lars Berg of Norway and President Ana Ruiz of Chile exchanged letters on "
        "Monday. Berg said Norway values the ties."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]
    assert r.kind.value == "letter"


def test_an_agencys_acronym_before_the_office_is_in_the_title() -> None:
    text = (
        "CIDCA Chairman Luo Zhaohui met Foreign Minister Ana Ruiz of Chile in Beijing. Luo "
        "said China values Chile. CIDCA will go on supporting Chile."
    )
    r = readoutkit.parse(text)
    assert r.parties[0].title == "CIDCA Chairman"
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "CIDCA will go on supporting Chile")
    ]


def test_an_organizations_acronym_before_the_office_is_not() -> None:
    text = "NATO Secretary General Jens Stoltenberg met Foreign Minister Ana Ruiz of Chile."
    assert readoutkit.parse(text).parties[0].title == "Secretary General"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz of Chile sat down with President Lars Berg of Norway for talks.",
        "Foreign Minister Ana Ruiz of Chile hosted the first trilateral dialogue with Foreign "
        "Minister Lars Berg of Norway and Foreign Minister Eva Holm of Sweden.",
    ],
)
def test_sitting_down_for_talks_and_a_trilateral_dialogue_are_talks(sentence: str) -> None:
    assert readoutkit.parse(sentence).kind.value == "talks"


def test_the_one_participant_holding_talks_with_another_right_after() -> None:
    text = (
        "Norway and Chile issued a joint statement on May 3 at the end of President Lars "
        "Berg's visit, which he paid at the invitation of President Ana Ruiz.\n\nWhile in "
        "Santiago, President Berg held talks with President Ana Ruiz and had separate "
        "meetings with Prime Minister Jon Soto.\n\nThe two sides agreed to expand trade."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_his_highness_before_a_participants_given_name_is_their_style() -> None:
    text = (
        "President Ana Ruiz of Chile telephoned the UAE's President, Mohamed bin Zayed Al "
        "Nahyan, today. President Ruiz thanked His Highness Sheikh Mohamed for the aid. His "
        "Highness, in turn, underlined the UAE's keenness to help."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements][-1] == (
        ("p2",),
        "the UAE's keenness to help",
    )


def test_one_named_in_full_then_speaking_by_surname_takes_part() -> None:
    text = (
        "On May 5, President Lars Berg of Norway and President Ana Ruiz of Chile traded "
        "messages. Prime Minister Eva Holm of Norway and Prime Minister Jon Soto of Chile "
        "also sent each other greetings.\\n\\nIn his message, Berg said Norway values the "
        "ties. In her message, Holm noted that Norway is ready to expand trade."
    )
    r = readoutkit.parse(text)
    assert "Eva Holm" in [p.name for p in r.parties]
    assert [(c.actors, c.text) for c in r.commitments][-1] == (
        ("p3",),
        "Norway is ready to expand trade",
    )


@pytest.mark.parametrize(
    ("said", "undertaking"),
    [
        ("Chile stands willing to open talks", "Chile stands willing to open talks"),
        (
            "Chile stood prepared to share its know-how",
            "Chile stood prepared to share its know-how",
        ),
        (
            "the interim authorities are committed to holding elections",
            "the interim authorities are committed to holding elections",
        ),
    ],
)
def test_more_ways_of_standing_ready(said: str, undertaking: str) -> None:
    text = f"President Ana Ruiz of Chile met President Lars Berg of Norway. Ruiz said {said}."
    assert [(c.actors, c.text) for c in readoutkit.parse(text).commitments] == [
        (("p1",), undertaking)
    ]


@pytest.mark.parametrize("place", ["New York", "Rio de Janeiro"])
def test_a_datelines_place_of_two_words_is_no_person(place: str) -> None:
    text = (
        f"{place}, IRNA – Iranian Foreign Minister Ali Rezaei met his Swiss counterpart Jan "
        f"Keller in {place} yesterday."
    )
    assert [p.name for p in readoutkit.parse(text).parties] == ["Ali Rezaei", "Jan Keller"]


def test_an_acronym_in_brackets_is_no_part_of_the_title() -> None:
    text = (
        "Luo Zhaohui held a video call with Peter Maurer, President of the International "
        "Committee of the Red Cross (ICRC), on Monday."
    )
    assert readoutkit.parse(text).parties[1].title == (
        "President of the International Committee of the Red Cross"
    )


def test_his_highness_is_the_sheikh_named_right_after_the_honorific() -> None:
    text = (
        "ABU DHABI, 18th March, 2025 (WAM) -- Chile's President, Ana Ruiz, telephoned "
        "Sheikh Mohamed bin Zayed today. His Highness and the Chilean President also "
        "discussed regional developments."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [(("p1", "p2"), "regional developments")]


def test_each_before_a_participle_is_the_group_speaking() -> None:
    text = (
        "President Ana Ruiz of Chile telephoned President Lars Berg of Norway today, and the "
        "two leaders traded greetings, each expressing hope that the new year brings peace."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "greetings"),
        (("p1", "p2"), "the new year brings peace"),
    ]


def test_what_the_ties_have_achieved_is_no_perfect_pair() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. The two "
        "ministers spoke highly of what the ties have achieved and pledged to intensify "
        "coordination."
    )
    r = readoutkit.parse(text)
    assert [c.text for c in r.commitments] == ["pledged to intensify coordination"]


def test_we_inside_one_signatorys_quotation_is_theirs() -> None:
    text = (
        "Joint press statement by Foreign Minister Ana Ruiz of Chile and Foreign Minister "
        "Lars Berg of Norway\n\nToday the two ministers signed a fisheries accord.\n\n"
        'Minister Berg said: "Norway values Chile as a partner. We are determined to '
        'apply the accord in full."'
    )
    r = readoutkit.parse(text)
    said = next(s for s in r.statements if "determined" in s.text)
    assert said.speakers == ("p2",)


def test_commission_before_an_office_and_no_prefix_across_a_line() -> None:
    text = (
        "Today in Brussels, the EU's High Representative and Commission Vice-President Ana "
        "Ruiz met Norway's Foreign Minister Lars Berg."
    )
    assert readoutkit.parse(text).parties[0].title == (
        "High Representative and Commission Vice-President"
    )
    text = (
        "Call with the Cabinet\nPresident Ana Ruiz of Chile spoke with Lars Berg, "
        "Norway's Prime Minister."
    )
    assert readoutkit.parse(text).parties[0].title == "President"


def test_what_a_shared_side_did_in_a_relative_clause_is_no_report() -> None:
    text = (
        "President Lars Berg of Norway and President Ana Ruiz of Chile traded messages, and "
        "Prime Minister Eva Holm of Norway and Prime Minister Jon Soto of Chile also did. "
        "Soto said that Chile appreciates the support Norway offered during the floods."
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements][-1] == (
        "Chile appreciates the support Norway offered during the floods"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "When the talks were over, Berg and Ruiz watched their ministers sign two accords.",
        "Once the talks were over, ministers signed documents on energy.",
        "The two sides also signed a memorandum on the training of seafarers.",
        "The two leaders later attended the signing of agreements on fisheries.",
    ],
)
def test_a_signing_after_the_talks_is_narration(sentence: str) -> None:
    text = (
        "President Lars Berg of Norway met President Ana Ruiz of Chile. Berg praised the "
        f"ties. {sentence}"
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["the ties"]


def test_who_comes_a_few_days_later_takes_no_part() -> None:
    text = (
        "Minister Jean Morel yesterday hosted his Chilean counterpart, Ms Ana Ruiz, a few days "
        "before the state visit to France by President Gabriel Boric. The ministers agreed to "
        "finalize two accords."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Jean Morel", "Ana Ruiz"]


@pytest.mark.parametrize("country", ["the Netherlands'", "the Philippines'"])
def test_a_plural_countrys_possessive_before_the_title(country: str) -> None:
    text = f"Premier Li Qiang held talks with Ana Ruiz, {country} Foreign Minister, in Beijing."
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Li Qiang", "Premier"),
        ("Ana Ruiz", "Foreign Minister"),
    ]


def test_arriving_today_and_being_welcomed_dates_the_meeting() -> None:
    text = (
        "ABU DHABI, 24th October, 2023 (WAM) -- Prime Minister Ana Ruiz of Chile arrived in "
        "Abu Dhabi today and was welcomed at the palace by her host, UAE President Mohamed "
        "bin Zayed Al Nahyan."
    )
    r = readoutkit.parse(text)
    assert (str(r.date), r.kind.value) == ("2023-10-24", "meeting")
    later = text.replace("today and was welcomed", "today. She was welcomed")
    assert readoutkit.parse(later).date is None  # the arrival alone dates no engagement


@pytest.mark.parametrize(
    "sentence",
    [
        "Also attending were two ministers of each side.",
        "The negotiations were led on the Chilean side by Jon Soto.",
        "The text will now undergo legal revision before it is signed.",
        "Both attended the initialling.",
        "Trade Minister Jon Soto also attended the meeting.",
        "Ahead of the talks, the two ministers attended a reception at the embassy.",
        "Once the talks ended, the ministers witnessed their trade ministries signing a pact.",
        "Also on the line with the Foreign Minister was Jon Soto, her chief of staff.",
        "Berg, who arrived on Monday, is staying in Chile until Thursday.",
        "The Chancellor of the Exchequer, Jon Soto, will speak to Peru's finance minister.",
    ],
)
def test_how_the_talks_went_and_who_attended_is_narration(sentence: str) -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway today, "
        f"and the two ministers initialled a fisheries accord. Ruiz welcomed the accord. {sentence}"
    )
    assert [s.text for s in readoutkit.parse(text).statements][-1] == "the accord"


@pytest.mark.parametrize(
    "opening",
    [
        "Chinese Foreign Minister Wang Yi and his visiting Chilean counterpart Ana Ruiz "
        "agreed here on Monday to deepen cooperation in trade.",
        "Chilean Foreign Minister Ana Ruiz, who is visiting China, and Chinese Foreign "
        "Minister Wang Yi agreed on Monday to deepen cooperation in trade.",
    ],
)
def test_a_pair_opening_after_a_dateline_agrees_together(opening: str) -> None:
    r = readoutkit.parse(f"BEIJING, Oct. 14 (Xinhua) -- {opening}")
    assert [s.speakers for s in r.statements] == [("p1", "p2")]
    assert [(c.actors, c.text[:6]) for c in r.commitments] == [(("p1", "p2"), "agreed")]


def test_in_the_view_of_and_likened_report_views() -> None:
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Lars Berg of Norway. In the "
        "view of both ministers, a state visit next year will lift the ties. Ruiz likened "
        "Chile and Norway to cousins at opposite ends of the world."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text[:20]) for s in r.statements] == [
        (("p1", "p2"), "a state visit next y"),
        (("p1",), "Chile and Norway to "),
    ]


def test_the_agency_the_speaker_heads_binds_them() -> None:
    text = (
        "On April 17, CIDCA chairman Chen Xiaodong met in Beijing with Foreign Minister Ana "
        "Ruiz of Chile. Chen said the CIDCA is ready to work with its Chilean partners."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (("p1",), "the CIDCA is ready to work with its Chilean partners")
    ]


@pytest.mark.parametrize(
    "background",
    [
        "Chile and Norway established diplomatic relations in December 1961.",
        "Chile and Norway cut diplomatic ties in 1973, and restored them later.",
    ],
)
def test_when_ties_were_set_up_or_cut_is_background(background: str) -> None:
    text = (
        "President Ana Ruiz of Chile met President Lars Berg of Norway. The two presidents "
        f"discussed trade. {background}"
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["trade"]


def test_comparing_notes_after_a_call_is_both() -> None:
    text = (
        "BEIJING, March 18 (Xinhua) -- Wang Yi talked on the phone on Tuesday with Chilean "
        "Foreign Minister Ana Ruiz, comparing notes on the fisheries accord."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements] == [("p1", "p2")]


def test_the_presidents_of_two_sides_of_three() -> None:
    text = (
        "President Jan Novak met President Ana Ruiz of Chile and President Lars Berg of Norway "
        "in Prague. The Presidents of Chile and Norway reaffirmed that their countries back "
        "the accord."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p2", "p3"), "their countries back the accord")
    ]


def test_an_honorific_tells_two_participants_sharing_a_given_name_apart() -> None:
    text = (
        "ABU DHABI, 9th May, 2024 (WAM) -- President His Highness Sheikh Khalid bin Saif Al "
        "Nuaimi received a phone call today from President Khalid Ould Bah of Mauritania. "
        "Sheikh Khalid stressed the UAE's keenness to deepen cooperation with Mauritania."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the UAE's keenness to deepen cooperation with Mauritania")
    ]
    assert [c.actors for c in r.commitments] == [("p1",)]


def test_a_person_named_in_an_aside_about_the_first_takes_no_part() -> None:
    text = (
        "On May 3, 2013, Foreign Minister Wang Yi, who is accompanying Premier Li Keqiang on "
        "his visit to Chile, held talks with Chilean Foreign Minister Alfredo Moreno in "
        "Santiago. The ministers discussed trade."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Wang Yi", "Alfredo Moreno"]
    assert [s.speakers for s in r.statements] == [("p1", "p2")]


@pytest.mark.parametrize(
    "byline",
    ["A spokesperson for No10 said:", "A spokesman for the White House said:"],
)
def test_a_spokesperson_for_the_seat_of_government_places_the_unnamed_host(byline: str) -> None:
    text = (
        f'{byline}\n\n"The Prime Minister spoke to Prime Minister Ana Ruiz of Peru this '
        'morning. The Prime Minister said the two countries will work together."'
    )
    country = "GBR" if "No10" in byline else "USA"
    assert [p.country for p in readoutkit.parse(text).parties] == [country, "PER"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Anne Marchal, Foreign Affairs and International Development Minister, met Chilean "
            "Foreign Minister Ana Ruiz.",
            "Foreign Affairs and International Development Minister",
        ),
        (
            "Regional Development Minister Anne Marchal met Ana Ruiz.",
            "Regional Development Minister",
        ),
        ("South African Trade Minister Anne Marchal met Ana Ruiz.", "Trade Minister"),
    ],
)
def test_a_portfolio_runs_back_over_an_adjective_before_its_noun(text: str, title: str) -> None:
    assert readoutkit.parse(text).parties[0].title == title


def test_sat_down_in_a_place_with_marks_the_engagement() -> None:
    text = (
        "Secretary Antony J. Blinken sat down today in Lima with Peruvian Foreign Minister Ana "
        "Ruiz. Later in the day, the Secretary called on President Lars Berg."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Antony J. Blinken", "Ana Ruiz"]


def test_a_binding_participle_after_an_opening_time_is_the_subjects() -> None:
    text = (
        "On Thursday, Foreign Minister Wang Yi held a video call with Chilean Foreign Minister "
        "Ana Ruiz, pledging that China will keep standing by Chile."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "China will keep standing by Chile")
    ]


def test_a_ceremony_and_the_delegations_programme_are_narration() -> None:
    text = (
        "President Ana Ruiz of Chile met President Lars Berg of Norway in Oslo. Berg said "
        "Norway will back the accord. Earlier the same day, Ruiz paid tribute to the late King "
        "Olav at his tomb. The delegation will travel to Bergen before leaving Norway."
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements] == ["Norway will back the accord"]


def test_who_led_each_side_takes_part_where_the_engagement_names_sides_only() -> None:
    text = (
        "Brussels, 4 May 2016\n\nThe European Union and Peru held the fifth meeting of their "
        "Joint Committee in Brussels today. The EU side was led by High Representative Anne "
        "Marchal. The Peruvian delegation was headed by Ana Ruiz, Foreign Minister. The EU "
        "reiterated its support for Peru's reforms."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.country, p.organization) for p in r.parties] == [
        ("Anne Marchal", None, "European Union"),
        ("Ana Ruiz", "PER", None),
    ]


@pytest.mark.parametrize(
    ("office", "title"),
    [
        (
            "Crown Prince of the Kingdom of Bahrain, First Deputy Prime Minister",
            "Crown Prince, First Deputy Prime Minister",
        ),
        ("Foreign Minister of Bahrain, Prince", "Foreign Minister"),
    ],
)
def test_an_office_after_the_place_of_the_first_is_the_same_persons(
    office: str, title: str
) -> None:
    text = f"Vladimir Putin and {office} Salman bin Hamad Al Khalifa spoke by telephone."
    parties = readoutkit.parse(text).parties
    assert [(p.name, p.title, p.country) for p in parties][1:] == [
        ("Salman bin Hamad Al Khalifa", title, "BHR")
    ]


def test_a_sentence_after_a_joint_subject_goes_on_with_their_words() -> None:
    text = (
        "Joint statement of the foreign ministers of Chile and Norway\n\nFollowing their "
        'meeting today, Foreign Minister Ana Ruiz and Foreign Minister Lars Berg agreed:\n\n"Chile '
        "will open a trade office in Oslo.\n\nWe also agree to meet again in May.\n\nSecurity "
        'remains a shared concern."'
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements if s.text.startswith("Security")] == [("p1", "p2")]


def test_a_postposed_speaker_with_a_title_and_an_adverbial_after() -> None:
    text = (
        "Foreign Minister Ana Ruiz held a video call with Norwegian Foreign Minister Lars Berg "
        'on Monday.\n\n"Chile and Norway share a long history. Today we build on it," said '
        "Foreign Minister Ana Ruiz at the start of the meeting."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements] == [("p1",), ("p1",)]


def test_chairs_named_after_a_statements_frame_take_part() -> None:
    text = (
        "The Governments of Chile and Norway issued the following joint statement today.\n\n"
        "Begin Text:\n\nThe Chile-Norway Dialogue held its second session in Oslo, co-chaired "
        "by Foreign Minister Ana Ruiz and Foreign Minister Lars Berg. The Minister welcomed "
        "President Jan Novak of Czechia as an observer."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Lars Berg"]


def test_a_counterpart_in_apposition_places_a_name_before_the_gazetteer_does() -> None:
    text = (
        "A telephone conversation on Tuesday between Foreign Minister Mohammad Javad Zarif and "
        "Frans Timmermans, his Dutch counterpart, covered the Geneva talks."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.country, p.organization) for p in r.parties][1:] == [
        ("Frans Timmermans", "NLD", None)
    ]


def test_a_pair_with_a_long_title_before_the_second() -> None:
    text = (
        "BEIJING, April 7 (Xinhua) -- Premier Li Keqiang and visiting Sri Lankan Prime "
        "Minister Ranil Wickremesinghe vowed on Thursday to deepen cooperation."
    )
    assert [s.speakers for s in readoutkit.parse(text).statements] == [("p1", "p2")]


def test_the_named_one_of_a_side_two_participants_share() -> None:
    text = (
        "On May 5, President Xi Jinping and President Ana Ruiz of Chile exchanged messages "
        "marking 50 years of ties. Premier Li Qiang and Prime Minister Lars Berg of Chile "
        "also sent each other greetings."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements if "greetings" in s.text] == [("p3", "p4")]


def test_a_military_operation_is_no_person() -> None:
    text = (
        "On the phone yesterday, Defense Secretary Leon E. Panetta reached Chilean Minister of "
        "Defense Ana Ruiz, thanking her for Chile's contributions to Operation Ocean Guard in "
        "Libya."
    )
    assert [p.name for p in readoutkit.parse(text).parties] == ["Leon E. Panetta", "Ana Ruiz"]


def test_a_speaker_in_a_relative_clause_after_an_idea_takes_no_part() -> None:
    text = (
        "On May 6, 2022, Ana Ruiz, Minister of Foreign Affairs of Chile, was received in "
        "Beijing by CIDCA Chairman Luo Zhaohui. Ruiz said Chile welcomes the Global "
        "Development Initiative, an idea President Xi Jinping put forward last year."
    )
    assert [p.name for p in readoutkit.parse(text).parties] == ["Ana Ruiz", "Luo Zhaohui"]


def test_a_joint_subjects_first_clause_before_a_cue_in_the_second() -> None:
    text = (
        "Chile-Norway joint statement\n\nAna Ruiz and Lars Berg issued this joint statement "
        "after their meeting.\n\nWe will work together to double trade by 2030, and we have "
        "asked our ministers to report back within a year."
    )
    r = readoutkit.parse(text)
    assert ("We will work together to double trade by 2030", ("p1", "p2")) in [
        (s.text, s.speakers) for s in r.statements
    ]
    assert [c.actors for c in r.commitments if "double trade" in c.text] == [("p1", "p2")]


@pytest.mark.parametrize(
    "aside",
    [
        "Sitting in on the conversation were Foreign Minister Ivan Horak and his deputy.",
        "The Czech side was also represented by Foreign Minister Ivan Horak.",
    ],
)
def test_who_sat_in_or_represented_a_side_is_narration(aside: str) -> None:
    text = (
        "President Jan Novak met President Ana Ruiz of Chile in Prague. Novak said Czechia "
        f"will back the accord. {aside}"
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["Czechia will back the accord"]


def test_an_envoy_who_attended_the_celebrations_is_narration() -> None:
    text = (
        "President Jan Novak sent a message to President Ana Ruiz of Chile on Saturday. Novak "
        "said Czechia will back the new state. Novak's special envoy, Minister Ivan Horak, "
        "attended the independence celebrations in Santiago on Saturday."
    )
    assert [s.text for s in readoutkit.parse(text).statements][
        -1
    ] == "Czechia will back the new state"


def test_a_group_clause_after_as_in_the_engagement_sentence() -> None:
    text = (
        "Premier Wen Jiabao held talks with visiting Chilean President Ana Ruiz in Beijing on "
        "Wednesday, as both sides vowed to deepen cooperation in mining."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1", "p2"), "to deepen cooperation in mining")
    ]


def test_a_postposed_speaker_with_the_engagement_after_and_a_participle() -> None:
    text = (
        "Ties with Chile are strategic, Foreign Minister Lars Berg said on Monday as he hosted "
        "his Chilean counterpart Ana Ruiz for talks in Oslo, stressing that the accords must "
        "become projects."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "Ties with Chile are strategic"),
        (("p1",), "the accords must become projects"),
    ]


def test_the_demonym_guest_is_an_untitled_participant() -> None:
    text = (
        "Foreign Minister Lars Berg hosted his Chilean counterpart Ana Ruiz for talks in Oslo "
        "on Monday. Berg said ties are strategic. The Chilean guest declared Chile's readiness "
        "to expand cooperation."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements][-1] == ("p2",)


def test_accepting_it_with_pleasure_reports_no_topic() -> None:
    text = (
        "Vladimir Putin had a telephone conversation with President Ana Ruiz of Chile. Putin "
        "invited Ruiz to visit Moscow. Ana Ruiz thanked him and accepted it with pleasure."
    )
    assert "it with pleasure" not in [s.text for s in readoutkit.parse(text).statements]


def test_a_second_portfolio_after_and_for() -> None:
    text = (
        "Foreign Minister Cho Tae-yul held talks with Ana Ruiz, Chile's Minister of State and "
        "for Foreign Affairs, in Seoul."
    )
    assert readoutkit.parse(text).parties[1].title == "Minister of State and for Foreign Affairs"


def test_sharing_their_assessments_names_no_topic() -> None:
    text = (
        "Foreign Minister Wang Yi held talks with Foreign Minister Ana Ruiz of Chile. Security "
        "in the Andes was also on the agenda, with both ministers sharing their assessments."
    )
    assert "their assessments" not in [s.text for s in readoutkit.parse(text).statements]


@pytest.mark.parametrize(
    "background",
    [
        "It is Ruiz's first trip to Norway as president, an office she took up in March.",
        "Ruiz, who landed in Oslo on Sunday, is also scheduled to meet the Speaker.",
    ],
)
def test_a_first_trip_and_the_programme_are_background(background: str) -> None:
    text = (
        "President Ana Ruiz of Chile met President Lars Berg of Norway in Oslo. The two "
        f"presidents agreed to expand trade. {background}"
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["to expand trade"]


def test_a_perfect_pair_with_a_longer_object_and_a_new_report_after_had() -> None:
    text = (
        "Foreign Minister Wang Yi met Foreign Minister Ana Ruiz of Chile. Wang said China and "
        "Chile have treated each other as equals and backed each other on core interests. "
        "Ruiz praised the work China had put into the summit and said it would help everyone."
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements] == [
        "China and Chile have treated each other as equals and backed each other on core interests",
        "the work China had put into the summit",
        "it would help everyone",
    ]


def test_the_leaders_of_the_two_countries_are_not_two_ministers() -> None:
    text = (
        "Foreign Minister Wang Yi met Foreign Minister Ana Ruiz of Chile in Santiago. Wang said "
        "that when President Xi visited Chile in April, the leaders of the two countries agreed "
        "to build a closer partnership."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text[:25]) for s in r.statements] == [
        (("p1",), "when President Xi visited")
    ]
    assert r.commitments == ()


def test_his_highness_is_the_one_emirati_participant() -> None:
    text = (
        "ABU DHABI, 20th October, 2022 (WAM) -- President Mohamed bin Zayed Al Nahyan of the "
        "UAE on Thursday received a phone call from President Ana Ruiz of Chile, in which the "
        "two sides discussed trade.\n\nHis Highness reiterated the keenness of the UAE to back "
        "every initiative for peace."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements][-1] == ("p1",)


def test_the_writers_of_a_further_exchange_of_messages_take_part() -> None:
    text = (
        "Hanoi (VNA) - Messages of congratulations were exchanged today between Prime Minister "
        "Pham Minh Chinh and Chilean Prime Minister Ana Ruiz. Chinh said ties are strong. "
        "Messages were also exchanged between President Vo Van Thuong and Chilean President "
        "Lars Berg. The two Presidents expressed their belief that ties will flourish."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == [
        "Pham Minh Chinh",
        "Ana Ruiz",
        "Vo Van Thuong",
        "Lars Berg",
    ]
    assert [s.speakers for s in r.statements][-1] == ("p3", "p4")


def test_the_presidents_among_a_secretary_general_and_presidents() -> None:
    text = (
        "The Secretary-General held a videoconference with President Ana Ruiz of Chile, "
        "President Lars Berg of Norway and President Jan Novak of Czechia. The Presidents "
        "briefed the Secretary-General on the floods. The participants agreed to meet again."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements] == [("p2", "p3", "p4"), ("p1", "p2", "p3", "p4")]


def test_a_bare_name_of_a_country_and_no_latin_american_person() -> None:
    text = (
        "While EU and Latin American leaders gathered in Brussels, HR/VP Anne Marchal sat down "
        "today with Ana Maria Lopez of Peru."
    )
    parties = readoutkit.parse(text).parties
    assert [(p.name, p.country) for p in parties] == [
        ("Anne Marchal", None),
        ("Ana Maria Lopez", "PER"),
    ]


def test_a_slashed_abbreviated_title_is_written_out() -> None:
    text = (
        "Ana Ruiz, Chile's Foreign Minister, telephoned the Deputy PM/FM, Senator Mohammad "
        "Ishaq Dar, this afternoon. The Deputy Prime Minister briefed his Chilean counterpart "
        "on the floods."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements] == [("p2",)]


def test_according_to_his_message_is_the_participant_the_content_opens_with() -> None:
    text = (
        "Premier Li Qiang and Prime Minister Ana Ruiz of Chile exchanged messages on Monday. Li "
        "said China is willing to expand cooperation. According to his message, Ruiz highly "
        "appreciates China's help."
    )
    r = readoutkit.parse(text)
    assert [s.speakers for s in r.statements][-1] == ("p2",)


def test_the_writers_of_further_messages_with_take_part() -> None:
    text = (
        "On May 5, President Xi Jinping traded congratulatory messages with Chile's President "
        "Ana Ruiz. Xi said ties are strong. Also on May 5, Premier Li Qiang exchanged "
        "congratulatory messages with Prime Minister Lars Berg, while Foreign Minister Wang Yi "
        "did the same with Foreign Minister Jan Novak."
    )
    assert [p.name for p in readoutkit.parse(text).parties] == [
        "Xi Jinping",
        "Ana Ruiz",
        "Li Qiang",
        "Lars Berg",
        "Wang Yi",
        "Jan Novak",
    ]


def test_a_title_of_an_agency_acronym_then_the_name_after_a_comma() -> None:
    text = (
        "The Chairman of CIDCA, Luo Zhaohui, and the Executive Director of UNAIDS, Winnie "
        "Byanyima, held a video call on March 16, 2022."
    )
    parties = readoutkit.parse(text).parties
    assert [(p.name, p.title) for p in parties] == [
        ("Luo Zhaohui", "Chairman of CIDCA"),
        ("Winnie Byanyima", "Executive Director"),
    ]


def test_a_title_for_the_office_of_another_in_apposition() -> None:
    text = (
        "Foreign Minister Wang Yi met Kyaw Tint Swe, Myanmar's Union Minister for the Office "
        "of the State Counsellor, in New York."
    )
    parties = readoutkit.parse(text).parties
    assert [(p.name, p.title) for p in parties][1:] == [
        ("Kyaw Tint Swe", "Union Minister for the Office of the State Counsellor")
    ]


def test_the_content_after_that_comma_starts_at_the_clause() -> None:
    text = (
        "Minister Yun Byung-se met Foreign Minister Ana Ruiz of Chile. Minister Yun observed "
        "that, since 2015, ties have grown."
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["since 2015, ties have grown"]


def test_welcoming_a_counterpart_to_the_ministry_for_talks_is_the_engagement() -> None:
    text = (
        "Minister Yun Byung-se welcomed Ana Ruiz, his Chilean counterpart, to the Ministry of "
        "Foreign Affairs yesterday afternoon for talks, and the two later continued their "
        "discussion over dinner. Minister Yun said ties are strong."
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["ties are strong"]


def test_leaders_covered_a_range_of_issues_and_views_exchanged_by_phone_name_no_topic() -> None:
    text = (
        "Foreign Minister Wang Yi exchanged views by phone on Wednesday with Chilean Foreign "
        "Minister Ana Ruiz, comparing notes on the floods. The two ministers covered a range "
        "of issues."
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements] == ["on the floods", "a range of issues"]


def test_a_speaker_with_in_his_remarks_between_subject_and_verb() -> None:
    text = (
        "Foreign Minister Ahmet Davutoglu met Ana Ruiz, Minister of Foreign Affairs of Chile. "
        "Minister Davutoglu, in his remarks, stated that the two countries were close."
    )
    r = readoutkit.parse(text)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (("p1",), "the two countries were close")
    ]


def test_a_topic_that_dominated_the_call_and_a_review_of_relations() -> None:
    call = (
        "Trade and the floods dominated a Sunday telephone conversation between Foreign "
        "Minister Abbas Araghchi and his Chilean counterpart Ana Ruiz."
    )
    meeting = (
        "High Representative Anne Marchal received Chilean Foreign Minister Ana Ruiz in "
        "Brussels on 23 April 2024 for a review of the full breadth of EU-Chile relations."
    )
    assert [s.text for s in readoutkit.parse(call).statements] == ["Trade and the floods"]
    assert [s.text for s in readoutkit.parse(meeting).statements] == [
        "the full breadth of EU-Chile relations"
    ]


def test_the_prime_ministers_among_a_secretary_general_and_two() -> None:
    text = (
        "The Secretary-General met Prime Minister Ana Ruiz of Chile and Prime Minister Lars "
        "Berg of Norway. The Prime Ministers briefed the Secretary-General on the accord."
    )
    assert [s.speakers for s in readoutkit.parse(text).statements] == [("p2", "p3")]


def test_the_demonym_state_and_the_state_leader() -> None:
    text = (
        "President Recep Tayyip Erdogan and Chilean President Ana Ruiz talked over the phone. "
        "President Erdogan stated that the Turkish state would not leave its citizens to fend "
        "for themselves. The Chilean State leader affirmed that Chile will help."
    )
    r = readoutkit.parse(text)
    assert [(c.actors, c.polarity.value) for c in r.commitments] == [
        (("p1",), "negative"),
        (("p2",), "positive"),
    ]
    assert [s.text for s in r.statements][-1] == "Chile will help"


@pytest.mark.parametrize("pair", ["Sheikh Abdullah and his guest", "Ruiz and her host"])
def test_a_participant_and_his_guest_are_both(pair: str) -> None:
    text = (
        "ABU DHABI, 3rd May, 2018 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister "
        "of Foreign Affairs, received Chilean Foreign Minister Ana Ruiz in Abu Dhabi today. "
        f"{pair} went over the friendly relations."
    )
    assert [s.speakers for s in readoutkit.parse(text).statements] == [("p1", "p2")]


def test_swapping_experiences_is_a_topic_and_swapping_memoranda_is_none() -> None:
    text = (
        "Foreign Minister Vivian Balakrishnan held a video call with Chilean Foreign Minister "
        "Ana Ruiz. The Ministers also swapped experiences in handling COVID-19, and agreed on "
        "the importance of open trade. The two ministers later witnessed officials swapping "
        "memoranda on investment."
    )
    assert [s.text for s in readoutkit.parse(text).statements] == [
        "experiences in handling COVID-19",
        "on the importance of open trade",
    ]


def test_meeting_in_a_narrow_circle_is_narration() -> None:
    text = (
        "Vladimir Putin held talks with President Ana Ruiz of Chile and President Lars Berg of "
        "Norway. The three heads of state first met in a narrow circle, after which the "
        "delegations joined them. The presidents reviewed trade."
    )
    assert [s.text for s in readoutkit.parse(text).statements] == ["trade"]


def test_standing_in_solidarity_is_no_undertaking() -> None:
    text = (
        "Prime Minister Narendra Modi held a virtual summit with Prime Minister Ana Ruiz of "
        "Chile. Modi said India stands in solidarity with the people of Chile."
    )
    r = readoutkit.parse(text)
    assert [s.text for s in r.statements] == ["India stands in solidarity with the people of Chile"]
    assert r.commitments == ()


def test_delivering_a_message_and_going_on_to_weigh() -> None:
    text = (
        "Foreign Minister Ahmet Davutoglu met Foreign Minister Ana Ruiz of Chile. Ruiz "
        "delivered a message of greetings from President Lars Berg to President Gul. The "
        "Ministers went on to weigh the wave of unrest in the region."
    )
    assert [s.text for s in readoutkit.parse(text).statements] == [
        "a message of greetings from President Lars Berg to President Gul",
        "the wave of unrest in the region",
    ]


def test_the_speakers_side_as_subject_of_what_was_said_and_drawing_attention() -> None:
    text = (
        "Foreign Minister Shah Mahmood Qureshi held a video call with Foreign Minister Ana Ruiz "
        "of Chile. Drawing his counterpart's attention to the floods in Sindh, Qureshi said aid "
        "was needed. Ruiz thanked Qureshi and said Chile valued its friendship with Pakistan."
    )
    r = readoutkit.parse(text)
    texts = [s.text for s in r.statements]
    assert "the floods in Sindh" in texts
    assert texts[-1] == "Chile valued its friendship with Pakistan"


def test_calling_x_a_y_after_a_comma_is_a_statement_of_its_own() -> None:
    text = (
        "Premier Li Qiang met Prime Minister Ana Ruiz of Chile. Ruiz thanked China for the "
        "vaccines, calling the gesture proof of a genuine friendship. Li called on both sides "
        "to work together."
    )
    assert [s.text for s in readoutkit.parse(text).statements] == [
        "China for the vaccines",
        "the gesture proof of a genuine friendship",
        "on both sides to work together",
    ]


def test_a_side_s_present_tense_sentence_in_a_joint_statement_is_that_side_s() -> None:
    r = readoutkit.parse(
        "Joint statement of the High Representative and the Foreign Minister of Chile\n\n"
        "Brussels, 3 May 2031\n\n"
        "EU High Representative Lena Vogt and Chile's Foreign Minister, Ana Ruiz, today issued "
        "this joint statement:\n\n"
        "The EU commends Chile for its work on ocean protection. Chile expresses its thanks for "
        "the support of the EU. British firms rank among the investors in Chilean ports. Chile "
        "welcomes the new research fund, and both sides will review it next year. The EU "
        "commends this. It stands ready to fund a second station."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lena Vogt",), "The EU commends Chile for its work on ocean protection"),
        (("Ana Ruiz",), "Chile expresses its thanks for the support of the EU"),
        (("Lena Vogt", "Ana Ruiz"), "British firms rank among the investors in Chilean ports"),
        (("Ana Ruiz",), "Chile welcomes the new research fund"),
        (("Lena Vogt", "Ana Ruiz"), "both sides will review it next year"),
        (("Lena Vogt",), "The EU commends this"),
        (("Lena Vogt",), "It stands ready to fund a second station"),
    ]
    assert [(r.names(c.actors), c.text) for c in r.commitments][-1] == (
        ("Lena Vogt",),
        "It stands ready to fund a second station",
    )


def test_sides_that_agree_to_in_the_present_undertake_it() -> None:
    r = readoutkit.parse(
        "Joint statement of the High Representative and the Foreign Minister of Chile\n\n"
        "Brussels, 3 May 2031\n\n"
        "EU High Representative Lena Vogt and Chile's Foreign Minister, Ana Ruiz, today issued "
        "this joint statement:\n\n"
        "The two sides note the progress of the trade talks. They agree to hold a ministerial "
        "meeting in Santiago next spring. They discussed how the two sides could both agree to "
        "share fishing data."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (
            ("Lena Vogt", "Ana Ruiz"),
            "They agree to hold a ministerial meeting in Santiago next spring",
        ),
    ]


def test_two_named_with_honorifics_undertake_together() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lena Vogt of Germany met Foreign Minister Ana Ruiz of Chile in Berlin "
        "on Monday. They discussed trade. Ms Vogt and Dr Ruiz intend to meet again in June."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Lena Vogt", "Ana Ruiz"), "Vogt and Dr Ruiz intend to meet again in June"),
    ]


def test_an_office_in_a_chain_names_its_holder_by_its_short_form() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway received a telephone call today from Ana Ruiz, "
        "Chile's Deputy Premier and Minister of Foreign Affairs. The Chilean Foreign Minister "
        "conveyed sympathy over the floods. The Norway Foreign Minister thanked her."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Ana Ruiz",), "sympathy over the floods"),
        (("Lars Berg",), "her"),
    ]


def test_the_head_of_state_is_the_untitled_participant_when_no_titled_one_is() -> None:
    r = readoutkit.parse(
        "Volodymyr Zelenskyy held a meeting with Lars Berg, Prime Minister of Norway.\n\n"
        "The Head of State thanked Norway for its help."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Volodymyr Zelenskyy",), "Norway for its help"),
    ]
    # a description, no office: the title stays unknown
    assert [p.title for p in r.parties] == [None, "Prime Minister"]


def test_an_office_s_portfolio_words_are_no_name() -> None:
    r = readoutkit.parse(
        "Chile's Minister of Cooperatives, Labour and Social Welfare and the Norwegian Minister "
        "of Trade, who met on Monday in Geneva, discussed vocational training."
    )
    assert [(p.name, p.country) for p in r.parties] == [(None, "CHL"), (None, "NOR")]


def test_a_un_body_may_be_named_with_united_nations_written_out() -> None:
    r = readoutkit.parse(
        "Chairman Zhao Lin met on June 4 with Ana Ruiz, Executive Secretary of the United "
        "Nations Economic and Social Commission for Asia and the Pacific. Ruiz said ESCAP is "
        "willing to deepen cooperation with China."
    )
    assert r.parties[1].organization == "Economic and Social Commission for Asia and the Pacific"
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Ana Ruiz",), "ESCAP is willing to deepen cooperation with China")
    ]


def test_an_agency_whose_office_its_head_holds_binds_him() -> None:
    r = readoutkit.parse(
        "On May 3, CIDCA's Chairman, Luo Zhaohui, held a video call with Ana Ruiz, Foreign "
        "Minister of Chile. Luo said CIDCA is willing to fund two water projects in Chile."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Luo Zhaohui",), "CIDCA is willing to fund two water projects in Chile"),
    ]


def test_a_leader_quoted_from_a_speech_elsewhere_takes_no_part() -> None:
    r = readoutkit.parse(
        "On May 3, Foreign Minister Wang Yi held a video call with Foreign Minister Ana Ruiz of "
        "Chile. Wang said that the two countries trust each other. President Xi outlined the "
        "Global Development Initiative in his address to the UN General Assembly, and it opens "
        "room for cooperation. Ruiz thanked China."
    )
    assert [p.name for p in r.parties] == ["Wang Yi", "Ana Ruiz"]


def test_talking_over_a_topic_reports_it_but_not_talking_over_the_phone() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lena Vogt of Germany talked over the phone with Foreign Minister Ana "
        "Ruiz of Chile on Monday. Both sides also talked over the next phase of the trade talks."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lena Vogt", "Ana Ruiz"), "the next phase of the trade talks"),
    ]


def test_an_agency_its_head_chairs_in_a_relative_clause_binds_him() -> None:
    r = readoutkit.parse(
        "On May 3, Luo Zhaohui, who chairs CIDCA, held a video call with Ana Ruiz, Foreign "
        "Minister of Chile. Luo said CIDCA is ready to fund two water projects in Chile."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Luo Zhaohui",), "CIDCA is ready to fund two water projects in Chile"),
    ]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_name_before_a_plural_possessive_mark_ends_before_it(mark: str) -> None:
    r = readoutkit.parse(
        f"Readout of Secretary-General Lena Andres{mark} video call with President Ana Ruiz of "
        "Chile\n\nThe Secretary-General spoke with President Ruiz. He said the UN would help."
    )
    assert [p.name for p in r.parties] == ["Lena Andres", "Ana Ruiz"]


def test_an_organization_s_team_where_it_works_binds_its_head() -> None:
    r = readoutkit.parse(
        "UN Secretary-General Lena Andres held a video call with President Ana Ruiz of Chile. "
        "The Secretary-General said the UN team in Santiago stands ready to help the Government."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Lena Andres",), "the UN team in Santiago stands ready to help the Government"),
    ]


def test_a_visit_paid_at_a_hosts_invitation_is_the_engagement() -> None:
    r = readoutkit.parse(
        "Joint Statement by the Foreign Ministers of Norway and Chile\n\n"
        "1. Upon the invitation of H.E. Mr. Lars Berg, Norway's Minister of Foreign Affairs, "
        "H.E. Ms. Ana Ruiz, Minister for Foreign Affairs of Chile, paid an official visit to "
        "Oslo on 3 May 2031.\n\n"
        "2. The Ministers reviewed the progress of the Joint Council, held in Santiago in January "
        "under the co-chairmanship of Prime Minister Tomas Vik and President Pedro Soto."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Lars Berg", "NOR"), ("Ana Ruiz", "CHL")]
    assert [(r.names(s.speakers), s.text[:28]) for s in r.statements] == [
        (("Lars Berg", "Ana Ruiz"), "the progress of the Joint Co"),
    ]


def test_an_agency_s_chief_is_its_head() -> None:
    r = readoutkit.parse(
        "Lena Andres, Director General of the World Health Organization (WHO), was received in "
        "Beijing on June 15 by Luo Zhaohui, Chairman of CIDCA.\n\n"
        "The CIDCA chief noted that China and the WHO work well together. The WHO chief thanked "
        "him."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Luo Zhaohui",), "China and the WHO work well together"),
        (("Lena Andres",), "him"),
    ]


def test_the_agency_its_head_chairs_speaks_on_in_his_words() -> None:
    r = readoutkit.parse(
        "Luo Zhaohui, Chairman of CIDCA, met Lena Andres of the WHO in Beijing. Luo said China "
        "is willing to help. CIDCA will also keep backing the WHO's efforts in Africa."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Luo Zhaohui",), "China is willing to help"),
        (("Luo Zhaohui",), "CIDCA will also keep backing the WHO's efforts in Africa"),
    ]


def test_an_office_named_in_an_aside_about_the_first_participant_takes_no_part() -> None:
    r = readoutkit.parse(
        "Adviser Sartaj Aziz, who handles foreign affairs for the Prime Minister, held talks "
        "with the Foreign Minister of Chile, Ms. Ana Ruiz, in Santiago today."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Sartaj Aziz", "Adviser"),
        ("Ana Ruiz", "Foreign Minister"),
    ]


def test_attending_stays_narration_before_an_agency_sign_off() -> None:
    r = readoutkit.parse(
        "Prime Minister Pham Minh Chinh held a video call with President Ana Ruiz of Chile on "
        "Monday. Chinh said Vietnam valued the ties.\n\n"
        "Vietnamese Ambassador to Chile Tran Van Binh also attended the talks.-VNA"
    )
    assert [s.text for s in r.statements] == ["Vietnam valued the ties"]


def test_it_after_yet_is_the_side_named_before() -> None:
    r = readoutkit.parse(
        "Foreign Minister Abbas Araghchi of Iran spoke by phone with Foreign Minister Ana Ruiz "
        "of Chile. Tehran is not looking for war, yet it will defend its sovereignty, he said."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Abbas Araghchi",), "it will defend its sovereignty"),
    ]


def test_what_a_warning_says_would_happen_is_no_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Abbas Araghchi of Iran spoke by phone with Foreign Minister Ana Ruiz "
        "of Chile. Araghchi warned that the raids on Lebanon, which peaked with the attack on "
        "Beirut on Monday, would drag the region into a wider war. He said Iran will not accept "
        "any attack."
    )
    assert [(c.text, c.polarity.value) for c in r.commitments] == [
        ("Iran will not accept any attack", "negative"),
    ]


def test_considerable_attention_given_to_a_topic_is_everyones() -> None:
    r = readoutkit.parse(
        "Vladimir Putin had a telephone conversation with Prime Minister Ana Ruiz of Chile. Ruiz "
        "thanked the President for the hospitality. Considerable attention was given to the "
        "situation in the Andes. Ruiz was given a warm welcome."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Ana Ruiz",), "the President for the hospitality"),
        (("Vladimir Putin", "Ana Ruiz"), "the situation in the Andes"),
    ]


def test_the_pm_and_a_titled_name_are_two_people() -> None:
    r = readoutkit.parse(
        "PM's call with President Ruiz\n\nA Downing Street spokesperson said:\n\n"
        '"Earlier this week the PM and President Ruiz of Chile spoke by phone about the summit.'
    )
    assert [(p.name, p.title) for p in r.parties] == [(None, "PM"), ("Ruiz", "President")]


def test_ministers_who_made_the_following_statement_take_part() -> None:
    r = readoutkit.parse(
        "Chile - Joint statement by three ministers\n\n"
        "Norway's Foreign Minister Lars Berg, his Danish counterpart Ole Holm and Chile's Foreign "
        "Minister Ana Ruiz made the following statement today:\n\n"
        '"We are concerned by the fighting. We will not recognise any authority set up by force."'
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ole Holm", "Ana Ruiz"]
    assert [(len(c.actors), c.polarity.value) for c in r.commitments] == [(3, "negative")]


def test_a_spokesperson_who_issued_the_following_statement_is_no_engagement() -> None:
    r = readoutkit.parse(
        "Government spokesperson Florian Reuter issued the following statement:\n\n"
        "Chancellor Lena Vogt spoke by phone today with President Ana Ruiz of Chile."
    )
    assert [p.name for p in r.parties] == ["Lena Vogt", "Ana Ruiz"]


def test_a_leader_whose_trip_weeks_later_dates_the_talks_takes_no_part() -> None:
    r = readoutkit.parse(
        "Chilean Foreign Minister Ana Ruiz was received for talks in Beijing on Monday by "
        "Foreign Minister Wang Yi, just weeks before President Xi Jinping's trip to Santiago."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Wang Yi"]


def test_a_titled_outsider_opening_a_sentence_ends_the_speakers_words() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Mark Esper spoke by phone with Minister of Defense Ana Ruiz of "
        "Chile. The Secretary said the partnership was vital. Gen. Kenneth F. Mills Jr., who "
        "leads Southern Command, will brief Chilean officers next week."
    )
    assert [s.text for s in r.statements] == ["the partnership was vital"]


def test_the_format_of_the_talks_and_the_documents_exchanged_are_narration() -> None:
    r = readoutkit.parse(
        "Prime Minister Narendra Modi met Prime Minister Ana Ruiz of Chile in New Delhi today. "
        "The two leaders held restricted and delegation level discussions. Modi said ties were "
        "strong. Following the discussions, MoUs in the areas of mining and health were "
        "exchanged."
    )
    assert [s.text for s in r.statements] == ["ties were strong"]


def test_yang_di_pertuan_is_an_office_not_a_name() -> None:
    r = readoutkit.parse(
        "Prime Minister Lee Hsien Loong met His Majesty Sultan Hassanal Bolkiah, the Sultan and "
        "Yang Di-Pertuan of Brunei Darussalam, in Singapore today. The two leaders discussed "
        "trade."
    )
    assert len(r.parties) == 2
    assert r.parties[1].title == "Sultan and Yang Di-Pertuan"


def test_both_sides_after_one_leaders_words_in_a_joint_statement_are_both() -> None:
    r = readoutkit.parse(
        "Joint Statement on the 2031 Norway-Chile Leaders' Retreat\n\n"
        "1. On Prime Minister Lars Berg's invitation, President Ana Ruiz of Chile paid an "
        "official visit to Norway from 4 to 6 June 2031. The two leaders held their annual "
        "retreat in Oslo on 5 June 2031.\n\n"
        "2. The leaders welcomed the close ties between their navies. Prime Minister Berg "
        "thanked President Ruiz for Chile's support. Both sides will maintain their cooperation "
        "in polar research."
    )
    assert [(r.names(s.speakers), s.text[:20]) for s in r.statements][-1] == (
        ("Lars Berg", "Ana Ruiz"),
        "Both sides will main",
    )


def test_it_is_the_side_two_participants_share() -> None:
    r = readoutkit.parse(
        "President Hu Jintao exchanged messages with President Ana Ruiz of Chile. Foreign "
        "Minister Yang Jiechi exchanged messages with Foreign Minister Pedro Soto of Chile. In "
        "her message, Ruiz said that Chile will keep its policy; it will never change it."
    )
    assert [(r.names(c.actors), c.polarity.value) for c in r.commitments] == [
        (("Ana Ruiz",), "positive"),
        (("Ana Ruiz",), "negative"),
    ]


def test_the_top_iranian_diplomat_is_the_foreign_minister() -> None:
    r = readoutkit.parse(
        "Iranian Foreign Minister Hossein Amir-Abdollahian held a phone call with Chilean Foreign "
        "Minister Ana Ruiz. Iran will never accept the forced displacement of civilians, the top "
        "Iranian diplomat underlined."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (
            ("Hossein Amir-Abdollahian",),
            "Iran will never accept the forced displacement of civilians",
        ),
    ]


def test_the_visits_programme_and_party_are_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Vivian Balakrishnan met Foreign Minister Ana Ruiz of Chile in Santiago "
        "today. Balakrishnan said ties were strong. Minister Balakrishnan's programme also "
        "includes a call on President Pedro Soto. MFA officials are accompanying him. Chilean "
        "foreign minister Rosa Diaz, who is accompanying President Soto, will meet him later."
    )
    assert [s.text for s in r.statements] == ["ties were strong"]


def test_according_to_the_joint_document_is_its_signatories_word() -> None:
    r = readoutkit.parse(
        "BEIJING, Aug. 31 (Xinhua) -- China and Chile on Thursday issued a joint statement, "
        "following talks between Chinese President Xi Jinping and visiting Chilean President Ana "
        "Ruiz.\n\n"
        "The two countries will firmly back one another on core interests, according to the "
        "document."
    )
    assert [(len(c.actors), c.text[:24]) for c in r.commitments] == [
        (2, "The two countries will f"),
    ]


def test_an_icelandic_th_initial_stays_inside_the_name() -> None:
    r = readoutkit.parse(
        "Chinese President Xi Jinping and his Icelandic counterpart Gudni Th. Johannesson "
        "swapped congratulatory messages on Wednesday. Johannesson wrote that Iceland values its "
        "ties with China."
    )
    assert [p.name for p in r.parties] == ["Xi Jinping", "Gudni Th. Johannesson"]


def test_the_next_meeting_the_sides_agree_on_is_their_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lena Vogt of Germany held talks with Foreign Minister Ana Ruiz of Peru "
        "in Berlin today. The two ministers agreed that the next round of the ministers' "
        "consultations will take place in Lima. Ruiz said the summit will be held in June."
    )
    assert [(len(c.actors), c.text) for c in r.commitments] == [
        (2, "the next round of the ministers' consultations will take place in Lima"),
    ]


def test_the_commitment_of_a_side_to_a_named_partner_binds_it() -> None:
    r = readoutkit.parse(
        "President Joe Biden met President Ana Ruiz of Chile at the White House today. The "
        "President reaffirmed the enduring commitment of the United States to Chile's security."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Joe Biden",), "commitment of the United States to Chile's security"),
    ]


def test_who_is_due_in_a_capital_later_is_the_programme() -> None:
    r = readoutkit.parse(
        "Prime Minister Keir Starmer spoke to President Ana Ruiz of Chile today. The Prime "
        "Minister said trade was growing. A group of Chilean ministers is due in London for "
        "talks later this year."
    )
    assert [s.text for s in r.statements] == ["trade was growing"]


def test_he_and_a_named_host_held_talks_after_the_guest_arrived() -> None:
    r = readoutkit.parse(
        "Ana Ruiz, President of the Republic of Chile, has arrived in Russia on a working visit. "
        "He and Vladimir Putin held Russian-Chilean talks at the Kremlin.\n\n"
        "The Chilean side expressed interest in more direct flights."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Vladimir Putin"]
    assert [r.names(s.speakers) for s in r.statements] == [("Ana Ruiz",)]


def test_what_the_agenda_covered_is_everyones_topic() -> None:
    r = readoutkit.parse(
        "Vladimir Putin held talks with President Ana Ruiz of Chile at the Kremlin. The agenda "
        "covered trade and energy cooperation."
    )
    assert [(len(s.speakers), s.text) for s in r.statements] == [
        (2, "trade and energy cooperation")
    ]


def test_one_who_is_accompanying_a_participant_is_narrated() -> None:
    r = readoutkit.parse(
        "Foreign Minister Vivian Balakrishnan met Foreign Minister Ana Ruiz of Chile in Santiago "
        "today. Balakrishnan said ties were strong. Chilean foreign minister Rosa Diaz, who is "
        "accompanying President Soto, will meet him later."
    )
    assert [s.text for s in r.statements] == ["ties were strong"]


def test_head_of_an_agency_is_a_title() -> None:
    r = readoutkit.parse(
        "On June 18, 2020, Wang Xiaotao, Head of China International Development Cooperation "
        "Agency, held a video call with Ana Ruiz, Foreign Minister of Chile."
    )
    assert [p.title for p in r.parties] == [
        "Head of China International Development Cooperation Agency",
        "Foreign Minister",
    ]


def test_a_participants_expected_call_on_a_leader_is_the_programme() -> None:
    r = readoutkit.parse(
        "Foreign Minister Mohammad Javad Zarif met Foreign Minister Ana Ruiz of Chile in Tehran. "
        "Ruiz said ties were strong. Ruiz, who returns home on Thursday, is expected to call on "
        "President Hassan Rouhani on Wednesday."
    )
    assert [s.text for s in r.statements] == ["ties were strong"]


def test_the_speakers_soil_will_never_be_used_is_a_refusal() -> None:
    r = readoutkit.parse(
        "Foreign Minister Mohammad Javad Zarif met Foreign Minister Ana Ruiz of Chile in Tehran. "
        "Ruiz said that Chilean soil will never be made available to anyone threatening Iran."
    )
    assert [(r.names(c.actors), c.polarity.value) for c in r.commitments] == [
        (("Ana Ruiz",), "negative")
    ]


def test_an_office_in_the_plural_before_names_is_each_ones() -> None:
    r = readoutkit.parse(
        "Presidents Lars Berg and Ana Ruiz exchanged congratulatory messages on Monday. "
        "Foreign Ministers Omar Haddad, Tomas Klein and Mia Sato also met in Oslo."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "President"),
        ("Ana Ruiz", "President"),
    ]
    assert {(p.name, p.title) for p in r.mentions} >= {
        ("Omar Haddad", "Foreign Minister"),
        ("Tomas Klein", "Foreign Minister"),
        ("Mia Sato", "Foreign Minister"),
    }
    # one name after it: no list the office is shared by
    lone = readoutkit.parse("Ministers Lars Berg said ties were strong.")
    assert all(p.title is None for p in lone.parties)


def test_how_long_a_visit_lasts_is_the_programme() -> None:
    for sentence in (
        "Berg's official visit to Chile, at Ruiz's invitation, runs from May 3 to 6.",
        "Berg's official visit, which began on May 3 and lasts four days, is his first.",
    ):
        r = readoutkit.parse(
            "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
            f"Chile in Santiago. Berg said ties were strong. {sentence}"
        )
        assert [s.text for s in r.statements] == ["ties were strong"], sentence


def test_the_sides_demonym_before_an_abbreviated_title() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway held talks with Prime Minister Ana Ruiz of Chile "
        "in Oslo on Monday. The Chilean PM said Chile wants closer ties."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Ana Ruiz",), "Chile wants closer ties")
    ]


def test_a_comma_after_an_opening_pair_ends_the_phrase_before_the_subject() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway held talks with Prime Minister Ana Ruiz of Chile "
        "in Oslo on Monday. Welcoming Ruiz and her delegation, Berg said the visit was timely."
    )
    assert r.names(r.statements[-1].speakers) == ("Lars Berg",)
    assert r.statements[-1].text == "the visit was timely"


def test_a_welcome_to_a_place_to_discuss_a_topic_is_the_visit_and_everyones_topic() -> None:
    r = readoutkit.parse(
        "Today Defense Minister Lars Berg of Norway welcomed Defense Minister Ana Ruiz of "
        "Chile to Oslo to discuss how to deepen defense ties."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lars Berg", "Ana Ruiz"), "how to deepen defense ties")
    ]


def test_writers_who_also_sent_each_other_messages_take_part() -> None:
    r = readoutkit.parse(
        "President Lars Berg of Norway and President Ana Ruiz of Chile exchanged messages on "
        "Monday. Omar Haddad and Tomas Klein also sent each other congratulatory messages."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz", "Omar Haddad", "Tomas Klein"]
    # gifts are no exchange of messages
    r = readoutkit.parse(
        "President Lars Berg of Norway and President Ana Ruiz of Chile exchanged messages on "
        "Monday. Omar Haddad and Tomas Klein also sent each other gifts."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_an_office_in_the_plural_in_lower_case_before_an_appositive_list() -> None:
    r = readoutkit.parse(
        "President Lars Berg and President Ana Ruiz met in Oslo. The two foreign ministers, "
        "Omar Haddad of Norway and Tomas Klein of Chile, also attended."
    )
    assert {(p.name, p.title, p.country) for p in r.mentions} >= {
        ("Omar Haddad", "foreign minister", "NOR"),
        ("Tomas Klein", "foreign minister", "CHL"),
    }


def test_a_reporting_verb_spelt_as_a_name_word_is_the_name() -> None:
    r = readoutkit.parse(
        "Vice President Wang Qishan met Foreign Minister Yusuf bin Alawi of Oman in Beijing. "
        "Under the guidance of President Xi Jinping and Sultan Qaboos bin Said, ties have "
        "grown. Wang said China values Oman."
    )
    assert [p.name for p in r.parties] == ["Wang Qishan", "Yusuf bin Alawi"]
    assert [s.text for s in r.statements] == ["China values Oman"]


def test_the_year_ties_were_set_up_inside_a_reported_topic_is_no_narration() -> None:
    r = readoutkit.parse(
        "President Lars Berg of Norway held talks with President Ana Ruiz of Chile in Oslo. "
        "The two leaders looked back on five decades of friendship since Norway and Chile set "
        "up diplomatic ties in 1975, and discussed ways to widen trade."
    )
    assert [(len(s.speakers), s.text) for s in r.statements] == [
        (2, "on five decades of friendship since Norway and Chile set up diplomatic ties in 1975"),
        (2, "ways to widen trade"),
    ]


def test_a_video_call_spent_discussing_a_topic_and_a_citing_clause() -> None:
    r = readoutkit.parse(
        "President Lars Berg of Norway and President Ana Ruiz of Chile spent an hour on a video "
        "call on Tuesday discussing trade and climate. Citing the summit of May 3, Berg said "
        "ties were strong."
    )
    assert [(len(s.speakers), s.text) for s in r.statements] == [
        (2, "trade and climate"),
        (1, "the summit of May 3"),
        (1, "ties were strong"),
    ]


def test_an_organization_is_named_by_its_kind_noun() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile met David Beasley, Executive Director of the World "
        "Food Programme, in Rome. Beasley said the agency is prepared to expand cooperation, "
        "and that the Programme will open an office in Santiago."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("David Beasley",), "the agency is prepared to expand cooperation"),
        (("David Beasley",), "the Programme will open an office in Santiago"),
    ]


def test_a_participant_known_by_title_and_side_is_not_named_by_another_sides_holder() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - Vietnamese and Chilean leaders exchanged greetings on May 3 to mark "
        "fifty years of ties.\n\nWriting to Chilean President Ana Ruiz, President Vo Van Tam "
        "said the friendship was strong.\n\nVietnam always remembers Chile's help, the "
        "Vietnamese President wrote. For her part, President Ruiz said Chile will deepen "
        "trade with Vietnam."
    )
    assert {(p.name, p.country) for p in r.parties} == {("Ana Ruiz", "CHL"), ("Vo Van Tam", "VNM")}


def test_the_office_a_title_serves_takes_no_part_and_a_listed_side_is_not_shared() -> None:
    r = readoutkit.parse(
        "Lars Berg, Chairman of NORAD, and Ana Ruiz, Special Representative for Oceans of the "
        "UN Secretary-General, held a video call on May 3. Ruiz described the push by UN "
        "Secretary-General Antonio Guterres to protect coasts. Berg said Norway will help."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]
    assert r.parties[1].country is None


def test_a_quote_told_to_the_other_participant_then_a_participle() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway spoke with President Ana Ruiz of Chile. "
        '"Norway will stand with Chile at every step of this long process," he told the '
        "President, adding that aid to the south will continue to flow."
    )
    assert [s.text for s in r.statements] == [
        "Norway will stand with Chile at every step of this long process",
        "aid to the south will continue to flow",
    ]


def test_the_head_of_a_government_congratulated_on_takes_no_part() -> None:
    r = readoutkit.parse(
        "Speaking by telephone today with President Ana Ruiz of Chile, the Prime Minister of "
        "Norway, Lars Berg, congratulated her on the formation of the Government led by "
        "Prime Minister Omar Haddad."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Lars Berg"]


def test_an_agencys_head_says_the_agency_will_and_its_acronym_after_the() -> None:
    r = readoutkit.parse(
        "Lars Berg, Director of the NDCA, held a meeting in Oslo on May 3, 2023 with Ana "
        "Ruiz, Chile's Minister of Planning. Berg said the agency is ready to fund water "
        "projects in Chile."
    )
    assert r.parties[0].title == "Director of the NDCA"
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Lars Berg",), "the agency is ready to fund water projects in Chile")
    ]


def test_a_past_participle_after_a_comma_is_no_second_report() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile in Oslo. "
        "Berg congratulated Chile on its invitation to join the group, extended at the summit "
        "last month."
    )
    assert [s.text for s in r.statements] == [
        "Chile on its invitation to join the group, extended at the summit last month"
    ]


def test_an_attribution_after_an_opening_adverbial_inside_the_clause() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway met Foreign Minister Ana Ruiz of Chile in Oslo. "
        "Since May 2014, when the two countries upgraded ties, he said, trade between Norway "
        "and Chile has kept growing."
    )
    assert len(r.statements) == 1
    assert "trade between Norway and Chile has kept growing" in r.statements[0].text


def test_according_to_a_demonym_title_and_full_name() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway met Prime Minister Ana Ruiz of Chile and Prime "
        "Minister Omar Haddad of Jordan. In the context of growing uncertainties in the world "
        "economy, the three countries need to rely on one another, according to Chilean Prime "
        "Minister Ana Ruiz. Chile will join the fund, she affirmed."
    )
    assert [r.names(s.speakers) for s in r.statements] == [("Ana Ruiz",), ("Ana Ruiz",)]


def test_a_demonym_before_an_office_of_title_words_picks_the_side() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with his visiting Chilean counterpart, "
        "Ana Ruiz. Berg said ties were strong. The Chilean deputy prime minister also invited "
        "Berg to visit Santiago."
    )
    assert [r.names(s.speakers) for s in r.statements] == [("Lars Berg",), ("Ana Ruiz",)]


def test_a_clause_of_the_speakers_side_after_the_attribution_is_theirs() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
        "Chile in Oslo. Chile values the partnership, Ruiz stressed, and Santiago will never "
        "allow its ports to be used against Norway."
    )
    assert [(r.names(c.actors), c.polarity.value) for c in r.commitments] == [
        (("Ana Ruiz",), "negative")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first meeting of the joint commission is planned to take place in May.",
        "Ruiz, a former judge, took the oath of office in Santiago on Wednesday.",
        "Ruiz was sworn in for a five-year term last week.",
    ],
)
def test_a_planned_meeting_or_an_oath_of_office_is_narration(sentence: str) -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with President Ana Ruiz of Chile in "
        f"Santiago. Berg said ties were strong. {sentence}"
    )
    assert [s.text for s in r.statements] == ["ties were strong"], sentence


def test_a_when_clause_in_the_engagement_sentence_ends_the_list() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway and his Chilean opposite number Ana Ruiz, meeting "
        "in Oslo yesterday, went over how to carry out the accords signed when President Omar "
        "Haddad visited Santiago in January."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_who_also_attended_the_lunch_that_followed_is_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
        "Chile in Oslo. Berg said ties were strong. Trade Minister Omar Haddad also attended "
        "the working lunch that followed."
    )
    assert [s.text for s in r.statements] == ["ties were strong"]


def test_a_relative_clause_of_the_speakers_side_binds_it_but_a_turn_at_a_presidency_does_not() -> (
    None
):
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
        "Chile in Oslo. Ruiz said the one-China policy is the firm position of the Chilean "
        "government, which will never have official dealings with Taiwan. She noted that Chile "
        "would take over the chairmanship of the forum in 2032."
    )
    assert [(r.names(c.actors), c.polarity.value) for c in r.commitments] == [
        (("Ana Ruiz",), "negative")
    ]


def test_assured_of_continued_engagement_and_a_round_expected_to_take_place() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
        "Chile in Oslo. Berg assured Minister Ruiz of his continued personal engagement. The "
        "next round of consultations is expected to take place in Santiago."
    )
    assert [s.text for s in r.statements] == ["Minister Ruiz of his continued personal engagement"]
    assert [c.text for c in r.commitments] == [
        "assured Minister Ruiz of his continued personal engagement"
    ]


def test_it_was_agreed_by_both_ministers_to_is_their_commitment() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
        "Chile in Oslo. It was agreed by both Ministers to hold the next consultations in "
        "Santiago later this year."
    )
    assert [(len(c.actors), c.text) for c in r.commitments] == [
        (2, "agreed by both Ministers to hold the next consultations in Santiago later this year")
    ]


def test_an_as_ever_aside_inside_a_commitment_cue() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with Foreign Minister Ana Ruiz of "
        "Chile in Oslo. Ruiz said Chile is committed, as it has always been, to free trade."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Ana Ruiz",), "Chile is committed, as it has always been, to free trade")
    ]


def test_the_speakers_department_by_its_portfolio_owns_a_commitment() -> None:
    r = readoutkit.parse(
        "Defense Secretary Lars Berg spoke today by phone with Defense Minister Ana Ruiz of "
        "Chile. The Secretary reaffirmed the Defense Department's commitment to Chile's "
        "security."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Lars Berg",), "Defense Department's commitment to Chile's security")
    ]


def test_a_spokespersons_preamble_is_not_the_engagement() -> None:
    r = readoutkit.parse(
        "Brussels, 16 February 2031\n\nStatement by the Spokesperson on the phone call between "
        "Lars Berg and the Prime Minister of Chile\n\n"
        "Lars Berg's spokesperson issued the following statement today:\n\n"
        "High Representative Lars Berg spoke by telephone today with the Prime Minister of "
        "Chile, Ana Ruiz, about the situation in the Andes and the next steps of the talks."
    )
    assert [(len(s.speakers), s.text) for s in r.statements] == [
        (2, "about the situation in the Andes and the next steps of the talks")
    ]


def test_what_talks_went_over_in_the_engagement_sentence_is_everyones() -> None:
    r = readoutkit.parse(
        "President Lars Berg of Norway phoned President Ana Ruiz of Chile today for talks that "
        "went over the relations between their countries."
    )
    assert [(len(s.speakers), s.text) for s in r.statements] == [
        (2, "the relations between their countries")
    ]


def test_offered_expertise_is_an_offer_of_support() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway telephoned President Ana Ruiz of Chile. Berg "
        "offered Norway's technical expertise in mine safety."
    )
    assert [c.text for c in r.commitments] == [
        "offered Norway's technical expertise in mine safety"
    ]


def test_a_whose_post_is_that_of_aside_names_no_other_participant() -> None:
    r = readoutkit.parse(
        "On June 11, 2031, Foreign Minister Lars Berg received Ana Ruiz of Chile, whose post "
        "in the Chilean government is that of Minister Responsible for Foreign Affairs."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_the_foreign_minister_is_the_unplaced_one_when_the_other_is_minister_for_foreign_affairs() -> (
    None
):
    r = readoutkit.parse(
        "Oslo, 18 February 2031: In a video conference held today, Ms. Ana Ruiz, Minister for "
        "Foreign Affairs of Chile, and Foreign Minister Lars Berg reviewed relations.\n\n"
        "Congratulating Minister Ruiz on her election, the Foreign Minister wished her success."
    )
    assert r.names(r.statements[-1].speakers) == ("Lars Berg",)


def test_an_office_of_someone_named_before_as_a_possessive_is_them() -> None:
    r = readoutkit.parse(
        "On June 11, Ms. Ana Ruiz, Vice President and Minister for Foreign Affairs of Chile, met "
        "in Oslo with Mr. Lars Berg, Foreign Minister of Norway, during the Vice President's "
        "official visit to Norway."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Lars Berg"]


def test_an_attribution_after_an_opening_adverbial_before_a_capitalised_subject() -> None:
    r = readoutkit.parse(
        "President Lars Berg of Norway exchanged messages with President Ana Ruiz of Chile. "
        "Over four decades, he wrote, Norway and Chile have treated each other as equals."
    )
    assert len(r.statements) == 2
    assert "Norway and Chile have treated each other as equals" in r.statements[1].text


def test_an_attribution_inside_an_undertaking_and_talks_after_a_long_object() -> None:
    r = readoutkit.parse(
        "Norwegian Foreign Minister Lars Berg sat down on Monday with Ana Ruiz, who handles Chile's "
        "foreign affairs portfolio, for talks in Oslo. Norway is willing, he added, to bring "
        "its fund into line with Chile's plans."
    )
    assert r.kind is Kind.TALKS
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (
            ("Lars Berg",),
            "Norway is willing, he added, to bring its fund into line with Chile's plans",
        )
    ]


def test_a_later_reference_gives_an_untitled_participant_the_office_of_their_side() -> None:
    r = readoutkit.parse(
        "OSLO, March 3, 2031 (Xinhua) -- Lars Berg held talks with his Chilean counterpart Ana Ruiz on "
        "Monday. The Norwegian Foreign Minister said Norway will open a consulate in "
        "Valparaiso. The Chilean foreign minister said Chile is ready to host the next round."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Foreign Minister"),
        ("Ana Ruiz", "foreign minister"),
    ]
    berg = r.parties[0]
    assert any(r.text[s.start : s.end] == "The Norwegian Foreign Minister" for s in berg.spans)
    assert [r.names(s.speakers) for s in r.statements[-2:]] == [("Lars Berg",), ("Ana Ruiz",)]


def test_a_later_reference_to_someone_else_of_the_side_gives_no_office() -> None:
    r = readoutkit.parse(
        "OSLO, March 3, 2031 (Xinhua) -- Lars Berg held talks with Chilean Foreign Minister Ana Ruiz on "
        "Monday. Ruiz conveyed the greetings of the Norwegian King, and the Norwegian "
        "minister said Norway will open a consulate."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", None),
        ("Ana Ruiz", "Foreign Minister"),
    ]


def test_a_word_and_a_side_before_a_title_is_no_name() -> None:
    r = readoutkit.parse(
        "Visiting Chilean President Ana Ruiz held talks with Norwegian Prime Minister Lars Berg."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Lars Berg"]


def test_a_place_and_country_after_a_dateline_date_is_no_name() -> None:
    r = readoutkit.parse(
        "7 October 2031 \u2013 Nusa Dua, Indonesia \u2013 Prime Minister Lars Berg met today "
        "with Ana Ruiz, President of Chile."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]


def test_who_doubles_as_and_who_holds_the_post_of_give_the_office() -> None:
    r = readoutkit.parse(
        "Lars Berg, who doubles as Deputy Prime Minister and Foreign Minister, held talks on "
        "Tuesday with Ana Ruiz, who holds the post of Foreign Minister in Chile."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Deputy Prime Minister and Foreign Minister"),
        ("Ana Ruiz", "Foreign Minister"),
    ]


def test_a_third_office_as_a_possessive_after_two_names_takes_no_part() -> None:
    r = readoutkit.parse(
        "In a phone call on Tuesday, Lars Berg of Norway and Ana Ruiz of Chile reviewed the "
        "deals reached during the Norwegian Prime Minister's trip to Santiago."
    )
    assert [(p.name, p.title) for p in r.parties] == [("Lars Berg", None), ("Ana Ruiz", None)]


def test_an_office_in_the_plural_of_listed_countries_is_each_ones_in_order() -> None:
    r = readoutkit.parse(
        "In a phone call on Tuesday, the foreign ministers of Norway and Chile, Lars Berg and "
        "Ana Ruiz, reviewed the fisheries deal."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Lars Berg", "foreign minister", "NOR"),
        ("Ana Ruiz", "foreign minister", "CHL"),
    ]


def test_a_group_lead_in_gives_its_subject_to_list_items_opening_with_a_verb() -> None:
    r = readoutkit.parse(
        "Foreign Ministers Lars Berg (Norway), Ana Ruiz (Chile) and Mele Tupou (Tonga) met in "
        "Oslo on 4 May 2031. The Ministers:\n\n"
        "1. Reaffirmed their support for the ocean treaty, and stressed that fishing "
        "quotas must follow the science.\n\n"
        "2. Agreed to hold their next meeting in Nuku'alofa.\n\n"
        "Tonga will send observers to the Oslo talks."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Lars Berg", "Foreign Minister", "NOR"),
        ("Ana Ruiz", "Foreign Minister", "CHL"),
        ("Mele Tupou", "Foreign Minister", "TON"),
    ]
    everyone = tuple(p.id for p in r.parties)
    assert [(s.speakers, s.text) for s in r.statements[:3]] == [
        (everyone, "their support for the ocean treaty"),
        (everyone, "fishing quotas must follow the science"),
        (everyone, "to hold their next meeting in Nuku'alofa"),
    ]


def test_the_message_from_an_office_reads_gives_the_quotation_to_its_holder() -> None:
    r = readoutkit.parse(
        "Lars Berg of Norway and King of Tonga Tupou VII exchanged messages on the anniversary."
        "\n\nThe message from the Prime Minister of Norway reads, in part:\n\n"
        '"Our friendship has grown with every decade."\n\n'
        "In his message, the King of Tonga, in particular, noted:\n\n"
        '"Tonga treasures the trust between our peoples."'
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements[1:]] == [
        (("Lars Berg",), '"Our friendship has grown with every decade."'),
        (("Tupou VII",), '"Tonga treasures the trust between our peoples."'),
    ]


def test_a_group_subjects_report_after_a_first_verb_that_reports_nothing() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg met Chilean President Ana Ruiz in Oslo today.\n\n"
        "The two leaders celebrated a century of shipping links, and pledged to open a new "
        "route to Valparaiso."
    )
    both = tuple(p.id for p in r.parties)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (both, "The two leaders celebrated a century of shipping links"),
        (both, "to open a new route to Valparaiso"),
    ]
    assert [c.actors for c in r.commitments] == [both]


def test_a_relative_clause_programme_does_not_make_the_sentence_narration() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg met Chilean President Ana Ruiz in Oslo today.\n\n"
        "The two governments will review the fisheries accord every year through a joint "
        "committee, the next session of which is expected in Santiago."
    )
    both = tuple(p.id for p in r.parties)
    assert [c.actors for c in r.commitments] == [both]


def test_a_sentence_opening_with_a_participants_name_is_whom_its_he_means() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway met his Chilean counterpart Pedro Soto in Oslo "
        "on Tuesday.\n\nBerg said Norway will never accept new fishing limits.\n\n"
        "Soto, in turn, called Norway a vital partner and voiced interest in more flights, "
        "which he said remain too few.\n\n"
        '"Chile will open a trade office in Bergen," he said.'
    )
    assert [r.names(s.speakers) for s in r.statements[-2:]] == [("Pedro Soto",), ("Pedro Soto",)]


def test_a_name_of_a_country_then_an_appositive_office_is_that_persons() -> None:
    r = readoutkit.parse(
        "On July 2, Foreign Minister Lars Berg held a meeting with Mr. Pedro Soto of Chile, "
        "Deputy Prime Minister and Foreign Minister, then visiting Norway."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Lars Berg", "Foreign Minister", None),
        ("Pedro Soto", "Deputy Prime Minister and Foreign Minister", "CHL"),
    ]


def test_a_current_rotating_office_after_a_titled_name_leaves_the_title() -> None:
    for text in (
        "Prime Minister Lars Berg met today with President Ana Ruiz of Chile, the current "
        "Chairperson of the African Union.",
        "Prime Minister Lars Berg met today with President Ana Ruiz, the current "
        "Chairperson of the African Union.",
    ):
        r = readoutkit.parse(text)
        assert [(p.name, p.title) for p in r.parties] == [
            ("Lars Berg", "Prime Minister"),
            ("Ana Ruiz", "President"),
        ]


def test_another_sides_sentence_before_a_postposed_attribution_is_all_content() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway held talks with his Chilean counterpart Pedro "
        "Soto on Monday.\n\nChile recognized Norway within weeks of its independence, Berg said."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lars Berg",), "Chile recognized Norway within weeks of its independence")
    ]


def test_a_reporting_verb_after_a_postposed_attribution_and_and_is_its_own_report() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg received Chile's Economy Minister Ana Ruiz in Oslo today.\n\n"
        "Chile wanted the pact preserved, Ruiz said, and pledged to coordinate closely with "
        "Norway as co-chair of the talks."
    )
    assert [(s.cue, s.text) for s in r.statements] == [
        ("said", "Chile wanted the pact preserved"),
        ("pledged", "to coordinate closely with Norway as co-chair of the talks"),
    ]
    assert [r.names(c.actors) for c in r.commitments] == [("Ana Ruiz",)]


def test_discussion_focused_on_without_an_article_is_everyones_topic() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg held a video call with President Ana Ruiz of Chile today.\n\n"
        "Discussion focused on fisheries, shipping lanes and the ocean treaty."
    )
    both = tuple(p.id for p in r.parties)
    assert [(s.speakers, s.text) for s in r.statements] == [
        (both, "fisheries, shipping lanes and the ocean treaty")
    ]


def test_similar_cables_sent_to_and_by_others_are_more_of_the_exchange() -> None:
    r = readoutkit.parse(
        "ABU DHABI, 24th Feb, 2031 (WAM) -- President Sheikh Omar bin Said has sent a cable "
        "today to Sheikh Faris Al Salem, the Emir of Qatar, marking Qatar's National Day.\n\n"
        "Similar cables were dispatched to Qatari Prime Minister Sheikh Tamim Al Kuwari by "
        "Vice President Sheikh Hamad bin Rashid."
    )
    assert [p.name for p in r.parties] == [
        "Omar bin Said",
        "Faris Al Salem",
        "Tamim Al Kuwari",
        "Hamad bin Rashid",
    ]


def test_names_that_repeat_a_word_nest_only_when_the_counts_fit() -> None:
    r = readoutkit.parse(
        "Emir Sheikh Sabah Al Nasser Al Sabah received Crown Prince Sheikh Nawaf Al Nasser "
        "Al Sabah today, and later met with Prime Minister Lars Berg of Norway."
    )
    assert [p.name for p in r.parties][:2] == [
        "Sabah Al Nasser Al Sabah",
        "Nawaf Al Nasser Al Sabah",
    ]


def test_a_country_or_person_introduced_by_an_apposition_is_the_agencys_background() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg held a phone call with President Ana Ruiz of Chile today. "
        "Berg said Norway will send vaccines.\n\n"
        "Tonga, a Pacific island nation of about 100,000 people, confirmed its first case "
        "last week."
    )
    assert [s.text for s in r.statements] == ["Norway will send vaccines"]


def test_an_honorific_and_a_surname_alone_is_a_participant_holding_the_headings_office() -> None:
    r = readoutkit.parse(
        "New York\n\n17 April 2031\n\n"
        "Readout: Secretary-General speaks with Chilean President Ana Ruiz\n\n"
        "President Ana Ruiz of Chile and Mr. Halvorsen talked by telephone earlier today about food "
        "prices. The Secretary-General said that the United Nations would mobilize its "
        "agencies to help."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ana Ruiz", "President"),
        ("Halvorsen", "Secretary-General"),
    ]
    sg = r.parties[1]
    assert r.text[sg.spans[0].start : sg.spans[0].end] == "Mr. Halvorsen"
    assert r.names(r.statements[-1].speakers) == ("Halvorsen",)


def test_an_office_in_the_plural_after_a_pair_of_names_is_each_ones() -> None:
    r = readoutkit.parse(
        "Meeting in Oslo today, Lars Berg and Ana Ruiz, the Norwegian and Chilean foreign "
        "ministers, adopted a joint statement on fisheries."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Lars Berg", "foreign minister", "NOR"),
        ("Ana Ruiz", "foreign minister", "CHL"),
    ]
    r = readoutkit.parse(
        "High Representative Lena Vogt today met Lars Berg and Ana Ruiz, the foreign ministers "
        "of Norway and Chile respectively. Minister Berg said Norway will help."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1:] == [
        ("Lars Berg", "foreign minister", "NOR"),
        ("Ana Ruiz", "foreign minister", "CHL"),
    ]


def test_a_spokesperson_for_no_10_places_the_unnamed_prime_minister() -> None:
    r = readoutkit.parse(
        "A spokesperson for No 10 said:\n\nThis morning the Prime Minister joined a video call "
        "with Prime Minister Lars Berg of Norway and President Ana Ruiz of Chile."
    )
    assert [(p.title, p.country) for p in r.parties] == [
        ("Prime Minister", "GBR"),
        ("Prime Minister", "NOR"),
        ("President", "CHL"),
    ]


def test_another_sides_delegation_leader_takes_part_beside_the_chairs() -> None:
    r = readoutkit.parse(
        "The Cooperation Council between the European Union and Chile met in Brussels on 15 "
        "July 2031. The meeting was chaired by EU High Representative Lena Vogt. The Chilean "
        "delegation was led by Ana Ruiz, Minister of Foreign Affairs."
    )
    assert [(p.name, p.country or p.organization) for p in r.parties] == [
        ("Lena Vogt", "European Union"),
        ("Ana Ruiz", "CHL"),
    ]


def test_an_appositive_office_after_a_compound_adjective_is_the_names() -> None:
    r = readoutkit.parse(
        "OSLO, 13th November, 2031 -- Prime Minister Lars Berg today received Ana Ruiz, "
        "Chile's long-serving Minister of Foreign Affairs and Trade, in Oslo."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1] == (
        "Ana Ruiz",
        "Minister of Foreign Affairs and Trade",
        "CHL",
    )


def test_welcoming_the_guest_in_the_engagement_sentence_is_no_statement() -> None:
    r = readoutkit.parse(
        "OSLO, 13th November, 2031 -- Prime Minister Lars Berg today welcomed Ana Ruiz, "
        "Chile's Minister of Foreign Affairs, one day after she flew in with a business "
        "delegation.\n\nBerg said Norway will open a consulate in Santiago."
    )
    assert [s.text for s in r.statements] == ["Norway will open a consulate in Santiago"]


def test_an_office_ending_an_opening_phrase_is_not_the_ranked_name_after_it() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg and Chilean President Ana Ruiz exchanged messages on "
        "Tuesday.\n\nWriting to the Chilean President, PM Berg recalled that trade has doubled."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Lars Berg", None), ("Ana Ruiz", "CHL")]
    assert r.names(r.statements[-1].speakers) == ("Lars Berg",)


def test_the_foreign_ministers_of_both_countries_with_an_aside_share_the_office() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway and President Ana Ruiz of Chile exchanged messages "
        "on Tuesday. Separately, the foreign ministers of both countries, Eva Dahl, who is also "
        "a Deputy Prime Minister, and Pedro Soto, traded messages of their own."
    )
    assert [(p.name, p.title) for p in r.parties][2:] == [
        ("Eva Dahl", "foreign minister"),
        ("Pedro Soto", "foreign minister"),
    ]


def test_a_working_dinner_is_the_engagement_and_the_heading_names_the_host() -> None:
    r = readoutkit.parse(
        "Fisheries \u2013 Lars Berg receives the Chilean Foreign Minister\n\n"
        "Published: Wed Oct 16 2031\n\n"
        "Yesterday evening in Oslo, the Minister of Foreign Affairs gave a working dinner for "
        "Chilean Foreign Minister Ana Ruiz.\n\n"
        "The Minister reaffirmed Norway's support for the ocean treaty."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Minister of Foreign Affairs"),
        ("Ana Ruiz", "Foreign Minister"),
    ]
    assert r.names(r.statements[0].speakers) == ("Lars Berg",)


def test_consultations_between_the_two_ministries_shall_be_held_is_a_joint_undertaking() -> None:
    r = readoutkit.parse(
        "Lars Berg, Foreign Minister of Norway, and Ana Ruiz, Foreign Minister of Chile, met in "
        "Oslo on 5 June 2031.\n\nThe Ministers decided that consultations between the two "
        "Ministries shall be held at least once a year."
    )
    both = tuple(p.id for p in r.parties)
    assert [(c.actors, c.text) for c in r.commitments] == [
        (both, "consultations between the two Ministries shall be held at least once a year")
    ]


def test_a_later_office_that_implies_the_side_titles_the_participant() -> None:
    r = readoutkit.parse(
        "On the afternoon of June 11, 2031, Wang Yi and Chilean Foreign Minister Ana Ruiz spoke "
        "via video link.\n\nThe State Councilor and Foreign Minister said that China will "
        "keep providing supplies to Chile."
    )
    wang = r.parties[0]
    assert (wang.name, wang.title, wang.country) == (
        "Wang Yi",
        "State Councilor and Foreign Minister",
        "CHN",
    )
    assert r.names(r.statements[-1].speakers) == ("Wang Yi",)


def test_the_headings_office_for_a_participant_also_names_them_in_the_body() -> None:
    r = readoutkit.parse(
        "Secretary-General meets Prime Minister of Chile Ana Ruiz: readout\n\n"
        "This afternoon, Mr. Guterres received Ana Ruiz, President of the Council of "
        "Ministers of Chile, at UN Headquarters.\n\n"
        "The Prime Minister said that Chile is committed to phasing out coal by 2040."
    )
    assert r.names(r.statements[-1].speakers) == ("Ana Ruiz",)


def test_a_summary_naming_only_the_host_gives_way_to_the_sentence_naming_everyone() -> None:
    r = readoutkit.parse(
        "PM video call with Nordic leaders\n"
        "Lars Berg joined the heads of government of Denmark, Finland and Iceland on a video "
        "link.\n"
        "A spokesperson said:\n"
        "Lars Berg spoke this afternoon by video conference to Danish Prime Minister Anne Holm, "
        "Finnish Prime Minister Pekka Laine and Eva Ruud, Prime Minister of Iceland."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Anne Holm", "Pekka Laine", "Eva Ruud"]


def test_a_sides_own_first_clause_before_a_joint_report_is_its_participants() -> None:
    r = readoutkit.parse(
        "President Lars Berg of Norway met Prime Minister Ana Ruiz of Chile at the palace "
        "today.\n\nNorway intends to expand its scholarship program in Chile, and the two "
        "leaders agreed to establish an education task force."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lars Berg",), "Norway intends to expand its scholarship program in Chile"),
        (("Lars Berg", "Ana Ruiz"), "to establish an education task force"),
    ]


def test_an_event_that_is_to_be_held_somewhere_is_the_programme() -> None:
    r = readoutkit.parse(
        "Speaking by telephone today, Defense Secretary Lars Berg and Chilean Defense Minister "
        "Ana Ruiz discussed the coming ministerial. Berg said Norway will send a team. The "
        "ministerial is to be held in Valparaiso from October 8 to 10."
    )
    assert [s.text for s in r.statements][-1] == "Norway will send a team"


def test_a_longer_free_relative_before_a_cue_is_no_report() -> None:
    r = readoutkit.parse(
        "CIDCA Chairman Lars Berg met Chile's Finance Minister Ana Ruiz in Beijing today.\n\n"
        "Berg said that the projects have raised yields for farmers. CIDCA stands ready to "
        "team up with Santiago on what Presidents Xi and Boric have agreed and to fund more "
        "projects, he said.\n\nRuiz spoke highly of what bilateral relations have achieved "
        "and pledged to intensify coordination."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]
    assert [s.cue for s in r.statements] == ["said", "said", "spoke highly of", "pledged"]


def test_the_government_chief_is_the_head_of_government() -> None:
    r = readoutkit.parse(
        "Prime Minister Tran Van Minh on Tuesday received Japanese Ambassador Sato Kenji in "
        "Ha Noi. The Government chief said Viet Nam will ease procedures for Japanese "
        "investors. The ambassador pledged to promote exchanges."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements][:2] == [
        (("Tran Van Minh",), "Viet Nam will ease procedures for Japanese investors"),
        (("Sato Kenji",), "to promote exchanges"),
    ]


def test_an_abbreviated_office_holds_the_role_it_stands_for() -> None:
    # "PM" is a head of government: "the Government leader" is his, not the President's
    r = readoutkit.parse(
        "Vietnamese leaders greet new Philippine President\n\n"
        "Hanoi (VNA) \u2013 State President Le Van Hai and Vietnamese PM Tran Van Minh sent "
        "messages of congratulations to President Ana Reyes of the Philippines.\n\nViet Nam "
        "stands ready to raise two-way trade with Manila, the Vietnamese Government leader "
        "said."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements][-1] == (
        ("Tran Van Minh",),
        "Viet Nam stands ready to raise two-way trade with Manila",
    )


def test_an_office_in_charge_of_an_initiative_is_one_title() -> None:
    r = readoutkit.parse(
        "On 3 May 2022, Minister for Foreign Affairs and Minister-in-charge of the Green Port "
        "Initiative Dr Tan Wei Ming spoke by video with Norway's Foreign Minister, Ms Eva "
        "Ruud. Dr Tan said Singapore will share its experience."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        (
            "Tan Wei Ming",
            "Minister for Foreign Affairs and Minister-in-charge of the Green Port Initiative",
        ),
        ("Eva Ruud", "Foreign Minister"),
    ]


def test_the_time_an_engagement_gave_a_topic_reports_the_topic() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg hosted President Ana Ruiz of Chile for dinner in Oslo on "
        "Monday. Much of the evening was devoted to the crisis in the Andes. Part of the "
        "meeting was taken up with the fisheries dispute."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lars Berg", "Ana Ruiz"), "the crisis in the Andes"),
        (("Lars Berg", "Ana Ruiz"), "the fisheries dispute"),
    ]


def test_a_plural_demonym_may_sit_inside_a_portfolio() -> None:
    r = readoutkit.parse(
        "Talks were held in Bamako on Monday between Foreign Minister Li Wen and Ana Diarra, "
        "Mali's Minister of Foreign Affairs, African Integration, Malians Abroad and "
        "International Cooperation. Diarra said Mali will deepen ties."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Li Wen", "Foreign Minister"),
        (
            "Ana Diarra",
            "Minister of Foreign Affairs, African Integration, Malians Abroad and International "
            "Cooperation",
        ),
    ]


def test_the_presidents_of_a_readout_that_never_titles_its_own_are_all_of_them() -> None:
    r = readoutkit.parse(
        "Vladimir Putin held a videoconference with Ali Karimi, President of Iran, and Omar "
        "Demir, President of Turkey.\n\nThe presidents reviewed the situation in Syria. "
        "Following the talks, the presidents approved a joint statement on Syria and agreed "
        "to hold their next summit in Tehran."
    )
    everyone = ("Vladimir Putin", "Ali Karimi", "Omar Demir")
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (everyone, "the situation in Syria"),
        (everyone, "a joint statement on Syria"),
        (everyone, "to hold their next summit in Tehran"),
    ]


def test_when_the_leaders_last_met_is_background() -> None:
    r = readoutkit.parse(
        "President Lars Berg held talks with President Ana Ruiz on Monday. The two leaders "
        "last met in person in Lima in 2019. Berg said Norway will open a consulate."
    )
    assert [s.text for s in r.statements] == ["Norway will open a consulate"]


def test_messages_traded_between_others_are_told_not_said() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) \u2013 State President Le Van Hai and Kenyan President Ana Ruiz on "
        "Monday exchanged congratulatory messages marking two decades of diplomatic ties.\n\n"
        "Ruiz said Kenya will work with Vietnam at the UN.\n\nMessages were also traded "
        "between Foreign Minister Tran Van Minh and Foreign Minister Eva Otieno."
    )
    assert [s.text for s in r.statements][-1] == "Kenya will work with Vietnam at the UN"


def test_a_date_between_the_subject_and_its_verb_is_skipped() -> None:
    r = readoutkit.parse(
        "Chinese President Li Wen and Kenyan President Ana Ruiz on December 21 exchanged "
        "congratulatory messages marking two decades of ties. Prime Minister Theresa May "
        "said Britain will help."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Li Wen", "Ana Ruiz"), "congratulatory messages marking two decades of ties"),
        (("Theresa May",), "Britain will help"),
    ]


def test_a_letter_and_whom_it_went_to_is_no_topic() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) \u2013 State President Le Van Hai on Monday sent a message to Ana Ruiz, "
        "congratulating her on being sworn in as Chile's President.\n\nChairwoman of the "
        "National Assembly Tran Thi Mai sent a message to Eva Soto, congratulating her on "
        "her election as Speaker of the Chilean Senate."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Le Van Hai",), "her on being sworn in as Chile's President"),
        (("Tran Thi Mai",), "her on her election as Speaker of the Chilean Senate"),
    ]


def test_messages_exchanged_with_a_list_are_everyone_s() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) \u2013 State President Le Van Hai and Prime Minister Tran Van Minh today "
        "exchanged messages of congratulations with Chilean President Ana Ruiz and Prime "
        "Minister Eva Soto, marking half a century of diplomatic relations."
    )
    [s] = r.statements
    assert r.names(s.speakers) == ("Le Van Hai", "Tran Van Minh", "Ana Ruiz", "Eva Soto")


def test_a_letter_to_congratulate_him_reports_whom_and_on_what() -> None:
    r = readoutkit.parse(
        "PM Tan Wei Ming has written to Mr Lars Berg to congratulate him on taking office as "
        "Norway's Prime Minister. Mr Berg has since replied.\n\nIn his letter, PM Tan observed "
        "that although Singapore and Norway are far apart, the two countries share an outlook "
        "as small, trading nations."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Tan Wei Ming",), "him on taking office as Norway's Prime Minister"),
        (
            ("Tan Wei Ming",),
            "although Singapore and Norway are far apart, the two countries share an outlook "
            "as small, trading nations",
        ),
    ]


def test_calling_something_a_thing_is_a_report_and_a_phone_call_is_not() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg held talks with Iranian Foreign Minister Ali Karimi in "
        "Oslo on Monday. Berg called Iran a significant partner in the region. Karimi called "
        "Berg on Tuesday a day after the vote."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lars Berg",), "Iran a significant partner in the region")
    ]


def test_our_governments_in_a_joint_text_are_everyone_s() -> None:
    r = readoutkit.parse(
        "Norwegian Prime Minister Lars Berg and President Ana Ruiz of Chile today issued the "
        'following joint statement:\n\n"Norway will welcome Chilean students, and our '
        'governments will work with universities to expand joint research."'
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Lars Berg",), "Norway will welcome Chilean students"),
        (
            ("Lars Berg", "Ana Ruiz"),
            "our governments will work with universities to expand joint research",
        ),
    ]


def test_an_office_in_lower_case_set_off_before_a_name() -> None:
    r = readoutkit.parse(
        "Wang Li met with Chile's foreign minister, Ana Ruiz, and the defense minister of "
        "Peru, Jorge Soto, in Beijing. After meeting the minister, Ana Ruiz said Chile will "
        "help."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1:] == [
        ("Ana Ruiz", "foreign minister", "CHL"),
        ("Jorge Soto", "defense minister", "PER"),
    ]


def test_an_office_in_lower_case_gives_way_to_one_a_subject_names() -> None:
    r = readoutkit.parse(
        "PM meeting with the Emir of Qatar\n\nPrime Minister Lars Berg welcomed Qatar's "
        "ruler, Sheikh Hamad Al Thani, to Oslo.\n\nThe Emir said that Qatar will keep "
        "channels open."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Prime Minister"),
        ("Hamad Al Thani", "Emir"),
    ]
    assert r.names(r.statements[0].speakers) == ("Hamad Al Thani",)


def test_a_perfect_with_an_adverb_inside_what_was_said_is_no_second_report() -> None:
    r = readoutkit.parse(
        "Wang Li met Ana Ruiz in Beijing on Tuesday. Wang said the friendship has withstood "
        "every test, and the two sides have always shared a common destiny."
    )
    assert [s.text for s in r.statements] == [
        "the friendship has withstood every test, and the two sides have always shared a "
        "common destiny"
    ]


def test_brussels_speaks_for_the_eu_and_a_capitalised_office_beats_a_lower_case_one() -> None:
    r = readoutkit.parse(
        "High Representative Anke Vogel holds talks with Chilean Foreign Minister Ana Ruiz\n\n"
        "Anke Vogel, the EU's foreign policy chief, today held talks in Brussels with Ana Ruiz, "
        "Foreign Minister of Chile. Ms Vogel confirmed that Brussels will go on supporting "
        "Chile's reforms."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Anke Vogel", "High Representative"),
        ("Ana Ruiz", "Foreign Minister"),
    ]
    [c] = r.commitments
    assert r.names(c.actors) == ("Anke Vogel",)


def test_who_else_came_along_or_reports_later_is_told() -> None:
    r = readoutkit.parse(
        "President Lars Berg held a video call with Prime Minister Ana Ruiz of Chile today. "
        "Joining the President were Secretary Eva Soto and his adviser, Tom Holm. Berg said "
        "Norway will help. Defence Minister Per Lund is expected to brief parliament next "
        "week. Messages were also exchanged that day between the two foreign ministers."
    )
    assert [s.text for s in r.statements] == ["Norway will help"]


def test_crediting_someone_for_their_commitment_is_no_undertaking() -> None:
    r = readoutkit.parse(
        "Secretary-General Lars Berg received Ana Ruiz, Minister of Foreign Affairs of Chile, "
        "and Jorge Soto, Minister of Foreign Affairs of Peru. The two Ministers updated the "
        "Secretary-General on the border talks. The Secretary-General commended both "
        "Governments for their commitment to a peaceful settlement."
    )
    assert r.commitments == ()
    assert r.names(r.statements[0].speakers) == ("Ana Ruiz", "Jorge Soto")


def test_a_sides_name_as_a_possessive_before_a_role_names_its_untitled_participant() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Karimi hosted his Slovak counterpart Jan Novak in Tehran on "
        "Monday. For his part, Slovakia's top diplomat described the deal as a success."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Jan Novak",), "the deal as a success")
    ]


def test_an_engagement_aside_after_the_subject_names_whom_it_talked_with() -> None:
    r = readoutkit.parse(
        "BEIJING, March 4 (Xinhua) -- Irish Foreign Minister Sean Walsh, in a phone call on Monday "
        "with Zhao Min, China's top diplomat, exchanged views on relations between the two "
        "countries."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Sean Walsh", "Zhao Min"), "on relations between the two countries")
    ]


def test_who_joined_the_call_and_what_comes_next_are_told() -> None:
    r = readoutkit.parse(
        "Secretary Lars Berg spoke with Defence Minister Ana Ruiz of Chile today. Berg said "
        "Norway will help. General Per Lund joined the Secretary on the call. President Eva "
        "Holm is expected to receive the minister on Tuesday. These exchanges precede the "
        "President's trip to South America."
    )
    assert [s.text for s in r.statements] == ["Norway will help"]


def test_the_host_and_the_guest_are_whom_the_place_makes_them() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) \u2013 State President Le Van Hai and his Chilean counterpart Ana Ruiz "
        "held talks in Hanoi on Monday.\n\nGreeting President Ruiz on her official visit to "
        "Vietnam, the host said the trip is especially meaningful. The guest said Chile will "
        "open an embassy in Hanoi. Greeting his guest, Hai said Vietnam will help."
    )
    assert [(r.names(s.speakers), s.cue, s.text) for s in r.statements] == [
        (("Le Van Hai",), "Greeting", "President Ruiz on her official visit to Vietnam"),
        (("Le Van Hai",), "said", "the trip is especially meaningful"),
        (("Ana Ruiz",), "said", "Chile will open an embassy in Hanoi"),
        (("Le Van Hai",), "said", "Vietnam will help"),
    ]


def test_narration_after_a_joint_statement_is_told_but_the_writers_own_is_theirs() -> None:
    r = readoutkit.parse(
        "Norway-Chile Joint Statement\n\nPrime Minister Lars Berg and President Ana Ruiz of "
        "Chile today issued the following joint statement:\n\n"
        '"Earlier in the day, we were joined by the President of Peru for discussions on '
        'trade. Our governments will open a new air link."\n\n'
        "Minister of Trade Per Lund accompanied the Prime Minister during the visit."
    )
    # a quotation several sentences long: no sentence keeps a mark whose partner is outside
    assert [s.text for s in r.statements] == [
        "Earlier in the day, we were joined by the President of Peru for discussions on trade",
        "Our governments will open a new air link",
    ]


def test_who_asked_for_the_exchange_and_what_a_summit_will_gather_are_told() -> None:
    r = readoutkit.parse(
        "On July 2, 2031, Li Wen spoke by video link with Chilean Foreign Minister Ana Ruiz, "
        "who had asked for the exchange. Li said China will help. The two-day summit, which "
        "opens on Saturday, is expected to bring together leaders from many countries."
    )
    assert [s.text for s in r.statements] == ["China will help"]


def test_instructing_officials_is_a_report_and_why_leaders_are_in_town_is_told() -> None:
    r = readoutkit.parse(
        "On September 20, President Lars Berg met Chilean President Ana Ruiz in New York. "
        "Both Presidents are in the city for the General Assembly. The Presidents agreed to "
        "revive the joint commission and instructed the foreign ministers to prepare a "
        "roadmap. Berg looks forward to the priorities they discussed, and the two leaders "
        "tasked their teams with a follow-up."
    )
    assert [s.text for s in r.statements][:2] == [
        "to revive the joint commission",
        "the foreign ministers to prepare a roadmap",
    ]
    assert "and" not in [s.text for s in r.statements]


def test_a_portfolio_after_the_name_and_a_premier_called_prime_minister() -> None:
    r = readoutkit.parse(
        "1. Minister Lee Min-ho of Foreign Affairs and Sheikh Ali Sabah, Kuwait's First "
        "Deputy Premier and Foreign Minister, held talks on April 26.\n\n2. The First Deputy "
        "Prime Minister appreciated the contribution of Korean companies."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lee Min-ho", "Minister of Foreign Affairs"),
        ("Ali Sabah", "First Deputy Premier and Foreign Minister"),
    ]
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Ali Sabah",), "the contribution of Korean companies")
    ]


def test_a_long_standing_commitment_is_the_speakers_own() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Lars Berg spoke by phone with Chilean Defense Minister Ana Ruiz "
        "today. The Secretary reaffirmed America's long-standing commitment to Chile's "
        "security."
    )
    [c] = r.commitments
    assert r.names(c.actors) == ("Lars Berg",)
    assert "America's long-standing commitment to Chile's security" in c.text


def test_they_after_a_courtesy_call_are_the_two_of_that_call() -> None:
    r = readoutkit.parse(
        "Minister for Foreign Affairs Tan Wei Ming is visiting Santiago at the invitation of "
        "Chilean Minister for Foreign Affairs Ana Ruiz.\n\nOn 11 May, Minister Tan called on "
        "President Jorge Soto. They discussed Chile's plans for a new port. President Soto "
        "expressed interest in Singapore's port. Later that day, Minister Tan held a meeting "
        "with Minister Ruiz. Both Ministers took stock of the relationship."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Tan Wei Ming", "Jorge Soto"), "Chile's plans for a new port"),
        (("Jorge Soto",), "interest in Singapore's port"),
        (("Tan Wei Ming", "Ana Ruiz"), "of the relationship"),
    ]


def test_the_country_a_title_speaks_for_in_the_past_tense_places_it() -> None:
    r = readoutkit.parse(
        "PM call with President Berg of Norway: 3 January 2031\n\n"
        "Earlier this afternoon the Prime Minister held a call with Norwegian President Lars "
        "Berg.\n\nThe Prime Minister said the UK stood ready to contribute, including through "
        "the task force, whose leaders met in Tallinn last month.\n\nThe Prime Minister also "
        "updated on his conversation with Prime Minister Eva Holm of Estonia, the Estonian "
        "leader."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", "GBR"),
        ("Lars Berg", "President", "NOR"),
    ]


def test_what_a_speaker_recalled_others_did_is_no_report_of_theirs() -> None:
    r = readoutkit.parse(
        "On June 2, 2031, Li Wen, Politburo member of the Communist Party of China and Foreign "
        "Minister, received Chilean Foreign Minister Ana Ruiz in Beijing.\n\nLi recalled that "
        "last November, President Zhao Min and President Jorge Soto jointly decided to lift "
        "relations to a strategic partnership. Ruiz said Chile will deepen ties."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Li Wen", "Politburo member of the Communist Party of China and Foreign Minister"),
        ("Ana Ruiz", "Foreign Minister"),
    ]
    assert [r.names(s.speakers) for s in r.statements] == [("Li Wen",), ("Ana Ruiz",)]


def test_an_untitled_counterpart_beside_a_teammate_is_the_sides_leader() -> None:
    r = readoutkit.parse(
        "President Li Wen of China and his Chilean counterpart Ana Ruiz on Tuesday traded "
        "messages. Premier Zhao Min and Chilean Prime Minister Jorge Soto also sent each other "
        "messages. In her reply, Ruiz voiced appreciation for the backing. The Chilean leader "
        "said Santiago will not set up ties with Taiwan. The Chilean Prime Minister said Chile "
        "will help."
    )
    said = [r.names(s.speakers) for s in r.statements if s.cue == "said"]
    assert said == [("Ana Ruiz",), ("Jorge Soto",)]


def test_a_writers_message_quoted_after_a_possessive_frame_is_the_writers() -> None:
    r = readoutkit.parse(
        "Greetings to President of Chile Ana Ruiz\n\nRussian President Vladimir Putin and Ana "
        "Ruiz exchanged greetings as their countries mark fifty years of relations.\n\nThe Russian "
        "President\u2019s message reads, in particular: \u201cFifty years ago, our country was "
        "one of the first to offer Chile a hand of friendship. Russia is ready to expand "
        "cooperation.\u201d"
    )
    assert [r.names(s.speakers) for s in r.statements][1:] == [
        ("Vladimir Putin",),
        ("Vladimir Putin",),
    ]


def test_a_call_to_extend_wishes_to_the_king_names_no_further_participant() -> None:
    r = readoutkit.parse(
        "Readout of the President's Call to King Hamad of Oman\n\nPresident Lars Berg called "
        "King Hamad bin Said of Oman today to extend his best wishes to the King and the Omani "
        "people for the holy month. The King said Oman will keep supporting the talks."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Hamad bin Said"]
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Lars Berg",), "his best wishes to the King and the Omani people for the holy month"),
        (("Hamad bin Said",), "Oman will keep supporting the talks"),
    ]


def test_they_after_a_hosted_lunch_are_its_two_and_a_later_call_is_the_programme() -> None:
    r = readoutkit.parse(
        "Chilean Foreign Minister Ana Ruiz is visiting Singapore as the guest of Minister for "
        "Foreign Affairs Tan Wei Ming. This morning, Ms Ruiz met Prime Minister Lee Wen at "
        "the Istana. PM Lee said Singapore will help.\n\nAfter the call, Minister Tan hosted "
        "a lunch for Minister Ruiz. They discussed the regional situation. Senior Minister "
        "Goh Min will receive Ms Ruiz tomorrow."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements][1:] == [
        (("Ana Ruiz", "Tan Wei Ming"), "the regional situation")
    ]


def test_a_standing_bodys_chair_and_who_else_was_present_take_no_part() -> None:
    r = readoutkit.parse(
        "The Secretary-General, Lars Berg, received President Ana Ruiz of Chile today. The "
        "two leaders welcomed the work of the Electoral Commission chaired by former "
        "Norwegian Prime Minister Eva Holm. Present alongside the President were Foreign "
        "Minister Jorge Soto and her adviser. Dates for the next visit are to be fixed "
        "through diplomatic channels."
    )
    assert [p.name for p in r.parties] == ["Lars Berg", "Ana Ruiz"]
    assert [s.text for s in r.statements] == [
        "the work of the Electoral Commission chaired by former Norwegian Prime Minister Eva Holm"
    ]


def test_neither_side_nor_the_other_will_is_a_refusal_by_both() -> None:
    r = readoutkit.parse(
        "Prime Minister Lars Berg of Norway held talks with President Ana Ruiz of Chile "
        "today. The leaders affirmed that neither Norway nor Chile will allow any group on "
        "its territory to act against the other."
    )
    [c] = r.commitments
    assert r.names(c.actors) == ("Lars Berg", "Ana Ruiz")
    assert c.polarity is Polarity.NEGATIVE
    assert c.text.startswith("neither Norway nor Chile will allow")


def test_welcoming_a_guest_to_a_place_this_morning_is_the_welcome_alone() -> None:
    r = readoutkit.parse(
        "Lars Berg, Minister of Foreign Affairs, welcomed his Chilean counterpart, Mr Jorge "
        "Soto, to the Quai d'Orsay this morning. The Minister expressed satisfaction at the "
        "new impetus given to relations."
    )
    assert [s.text for s in r.statements] == ["satisfaction at the new impetus given to relations"]


def test_an_engagement_aside_by_video_link_and_a_participles_it() -> None:
    r = readoutkit.parse(
        "Chinese Premier Li Wen, speaking via video link on Tuesday with UNICEF Executive "
        "Director Ana Ruiz, pledged that Beijing will send more vaccine doses to developing "
        "countries.\n\nChina today both receives and gives aid, Li said, adding that it is "
        "willing to deepen three-way cooperation with UNICEF."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Li Wen",), "Beijing will send more vaccine doses to developing countries"),
        (("Li Wen",), "it is willing to deepen three-way cooperation with UNICEF"),
    ]


def test_the_focus_of_the_talks_and_a_sides_presidency() -> None:
    r = readoutkit.parse(
        "The Russian President had talks with Czech President Jan Novak in Moscow.\n\nThe "
        "focus was on trade and energy security.\n\nJan Novak said that the Czech Presidency "
        "is prepared to contribute to a pragmatic dialogue."
    )
    assert [s.text for s in r.statements] == [
        "trade and energy security",
        "the Czech Presidency is prepared to contribute to a pragmatic dialogue",
    ]
    [c] = r.commitments
    assert r.names(c.actors) == ("Jan Novak",)


def test_each_sides_undertaking_in_a_joint_statement_is_that_sides() -> None:
    r = readoutkit.parse(
        "Norway / Chile \u2013 Joint statement by Lars Berg and Ana Ruiz\n\nLars Berg, Minister "
        "of Foreign Affairs of Norway, received his Chilean counterpart, Ana Ruiz, today.\n\n"
        "Chile will continue to welcome Norwegian companies, and Norway will facilitate "
        "Chilean investors on its territory."
    )
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Ana Ruiz",), "Chile will continue to welcome Norwegian companies"),
        (("Lars Berg",), "Norway will facilitate Chilean investors on its territory"),
    ]


def test_allied_leaders_and_the_press_and_a_welcome_for_talks_are_no_report() -> None:
    r = readoutkit.parse(
        "Secretary Lars Berg spoke yesterday by telephone with Ana Ruiz, Chile's minister of "
        "defense. The call came a week after the summit, where allied leaders reaffirmed "
        "their commitment to the region. Berg said Norway will help. After the call, the "
        "Ministers addressed the press together."
    )
    assert [s.text for s in r.statements] == ["Norway will help"]
    assert not any("region" in c.text for c in r.commitments)
    r = readoutkit.parse(
        "Eva Holm (High Representative/Vice-President) welcomed Chile's Minister of Foreign "
        "Affairs, Ana Ruiz, in Brussels today for talks held in the framework of the first "
        "political dialogue. Holm said the EU will help."
    )
    assert [s.text for s in r.statements] == ["the EU will help"]


def test_a_side_and_a_role_word_before_a_name_are_no_name_and_dominican_is_the_republic() -> None:
    r = readoutkit.parse(
        "Top Chinese diplomat Wang Yi hosted Dominican Foreign Minister Jorge Soto for talks "
        "in Beijing on Friday, months after Beijing and Santo Domingo forged ties."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Wang Yi", "CHN"), ("Jorge Soto", "DOM")]


def test_the_other_party_named_after_a_side_s_possessive_is_that_side_s() -> None:
    text = (
        "Chinese top diplomat Li Wen on Monday held talks with Chile's Ana de la Fuente de "
        "Ruiz, in Beijing for an official visit.\n\nDe la Fuente, Chile's foreign minister, "
        "said Chile will open a consulate in Chengdu."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.country) for p in r.parties] == [
        ("Li Wen", "CHN"),
        ("Ana de la Fuente de Ruiz", "CHL"),
    ]
    # a side's office after "according to" is no one
    r = readoutkit.parse(
        "President Li Wen spoke by phone with his Chilean counterpart on Tuesday, according "
        "to Chile's Communications Directorate."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Li Wen", "CHN"), (None, "CHL")]


def test_a_sides_top_diplomat_before_an_unknown_name_is_that_sides_participant() -> None:
    r = readoutkit.parse(
        "Iran's top diplomat Ali Rezaei held talks with Irish Foreign Minister Sean Kelly in "
        "Tehran on Tuesday. Rezaei said Iran is ready to help."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ali Rezaei", None, "IRN"),
        ("Sean Kelly", "Foreign Minister", "IRL"),
    ]
    r = readoutkit.parse(
        "Top Chinese diplomat Li Wen met Irish Foreign Minister Sean Kelly in Beijing on Monday."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Li Wen", "CHN"), ("Sean Kelly", "IRL")]
    r = readoutkit.parse(
        "Li Wen, China's top diplomat, met Irish Foreign Minister Sean Kelly in Beijing on Monday."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Li Wen", "CHN"), ("Sean Kelly", "IRL")]


def test_a_former_in_a_byline_line_and_an_unnamed_side_in_an_opening_clause() -> None:
    text = (
        "New York\n\n3 March 2011\n\nReadout of the Secretary-General's meeting with President "
        "Lars Berg of Norway\n\nJan Novak, Former Secretary-General\n\nShortly before the "
        "Norwegian leader was due to address the Council, President Lars Berg was received by "
        "Mr. Novak this morning.\n\nThe Secretary-General welcomed Norway's support."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "President"),
        ("Jan Novak", "Secretary-General"),
    ]
    assert [(r.names(s.speakers), s.text) for s in r.statements] == [
        (("Jan Novak",), "Norway's support")
    ]


def test_a_family_name_written_first_gives_the_gazetteer_side() -> None:
    # "Kang" is Kang Kyung-wha's family name, not the last word of a Chinese official's
    r = readoutkit.parse(
        "Minister of Foreign Affairs Kang held talks with Serbian Foreign Minister Ivan "
        "Petrovic in Seoul on Monday. Minister Kang said Korea will keep backing Serbia."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Kang", "KOR"), ("Ivan Petrovic", "SRB")]
    r = readoutkit.parse(
        "Ambassador Li Jie met with Minister of Agriculture Tom Banda in Lusaka on June 9."
    )
    assert (r.parties[0].name, r.parties[0].country) == ("Li Jie", "CHN")
    # "Le" starts Chinese and Vietnamese names alike: it tells neither
    r = readoutkit.parse(
        "Vice President Le Van Hai held talks with Irish Foreign Minister Sean Kelly on Monday."
    )
    assert (r.parties[0].name, r.parties[0].country) == ("Le Van Hai", None)


def test_where_the_engagement_sentence_places_it_is_the_side_of_the_one_unplaced() -> None:
    r = readoutkit.parse(
        "Chair Jan Tomas met with Ana Ruiz, special envoy of the president of Chile, in Warsaw "
        "on Monday. Ruiz said Chile will help."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Jan Tomas", "POL"), ("Ana Ruiz", "CHL")]


def test_sitting_down_together_is_a_meeting_and_a_foreign_ministers_counterpart_no_premier() -> (
    None
):
    r = readoutkit.parse(
        "This afternoon the Secretary-General sat down together with President Ana Ruiz of "
        "Chile. He said the United Nations would keep supporting the Mixed Commission, which "
        "is chaired by Jan Tomas."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        (None, "Secretary-General"),
        ("Ana Ruiz", "President"),
    ]
    r = readoutkit.parse(
        "Iranian Foreign Minister Ali Rezaei spoke on Monday with his Belgian counterpart. "
        "Rezaei also passed on to Belgian Prime Minister Jan Peeters a message from the "
        "President. For his part, Didier Reynders, who also serves as Deputy Prime Minister, "
        "thanked Iran. The Belgian Foreign Minister said Belgium will help."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Ali Rezaei", "IRN"),
        ("Didier Reynders", "BEL"),
    ]


def test_neither_of_our_countries_will_is_a_refusal_by_both() -> None:
    r = readoutkit.parse(
        "Norway-Chile Joint Statement\n\nPrime Minister Lars Berg and President Ana Ruiz of "
        "Chile today issued the following joint statement:\n\n"
        '"Neither of our countries will ever recognize borders changed by force."'
    )
    assert [(r.names(c.actors), c.polarity, c.text) for c in r.commitments] == [
        (
            ("Lars Berg", "Ana Ruiz"),
            Polarity.NEGATIVE,
            "Neither of our countries will ever recognize borders changed by force",
        )
    ]


def test_one_together_with_a_participant_is_of_that_participants_side() -> None:
    r = readoutkit.parse(
        "This morning Foreign Minister Lars Berg of Norway, together with Eva Holm, Minister "
        "of State for Trade, held a videoconference with their Chilean counterpart, Ana Ruiz."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Lars Berg", "NOR"),
        ("Eva Holm", "NOR"),
        ("Ana Ruiz", "CHL"),
    ]


def test_a_list_set_off_after_a_sides_plural_is_that_sides() -> None:
    r = readoutkit.parse(
        "President Lars Berg on May 2 exchanged messages with Chilean leaders \u2013 President "
        "Ana Ruiz and Foreign Minister Jorge Soto \u2013 on the anniversary of ties. The Chilean "
        "President wrote that Chile will open an embassy in Oslo."
    )
    assert [(p.name, p.country) for p in r.parties][1:] == [
        ("Ana Ruiz", "CHL"),
        ("Jorge Soto", "CHL"),
    ]
    [c] = r.commitments
    assert r.names(c.actors) == ("Ana Ruiz",)


def test_messages_exchanged_by_two_of_the_writers_are_what_those_two_said() -> None:
    r = readoutkit.parse(
        "OSLO, May 12 -- Messages of congratulation were exchanged on Thursday by Norwegian "
        "King Olav Berg and Ana Ruiz, President of Chile, as the two countries marked fifty "
        "years of ties. Prime Minister Lars Holm and his Chilean counterpart Jorge Soto also "
        "exchanged messages. Berg said Norway will help."
    )
    s = r.statements[0]
    assert (r.names(s.speakers), s.text) == (
        ("Olav Berg", "Ana Ruiz"),
        "Messages of congratulation",
    )


def test_a_sides_office_in_a_later_possessive_or_an_organizations_is_the_untitled_ones() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway hosted his Chilean counterpart Ana Ruiz for "
        "talks in Oslo on Tuesday. For her part, Chile's foreign minister said Chile will help."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Foreign Minister"),
        ("Ana Ruiz", "foreign minister"),
    ]
    r = readoutkit.parse(
        "Vice Premier Li Hua held a video call on Wednesday with Ana Ruiz, who heads the "
        "International Fund for Agricultural Development (IFAD). The IFAD president said the "
        "fund will help."
    )
    assert [(p.name, p.title, p.organization) for p in r.parties][1] == (
        "Ana Ruiz", "president", "International Fund for Agricultural Development",
    )  # fmt: skip
    # another's office in apposition gives nothing
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway hosted his Chilean counterpart Ana Ruiz for "
        "talks in Oslo on Tuesday. Jorge Soto, Chile's deputy foreign minister for Europe, "
        "also sat in on the talks."
    )
    assert [(p.name, p.title) for p in r.parties][1] == ("Ana Ruiz", None)


def test_a_name_only_one_writer_holds_as_a_word_and_an_adverbial_before_that() -> None:
    text = (
        "President Li Hua and Emir Sabah Al-Rashid Al-Sabah exchanged messages. Premier Wen "
        "Bo and Prime Minister Nasser Al-Ahmad Al-Sabah also exchanged messages. Li said "
        "China will help. Sabah said in his message that Kuwait treasures its friendship "
        "with China. Li said on Monday that China is ready."
    )
    r = readoutkit.parse(text)
    assert [(r.names(s.speakers), s.text) for s in r.statements][-3:] == [
        (("Li Hua",), "China will help"),
        (("Sabah Al-Rashid Al-Sabah",), "Kuwait treasures its friendship with China"),
        (("Li Hua",), "China is ready"),
    ]


def test_an_events_future_after_an_aside_on_where_it_is_held_is_no_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg held talks with Foreign Minister Ana Ruiz of Chile. The "
        "two Ministers concurred that the Pacific Summit, to be held in Oslo on June 4-5, will "
        "mark a milestone in the partnership. Berg said Norway will help."
    )
    assert [c.text for c in r.commitments] == ["Norway will help"]


def test_two_who_put_their_signatures_to_an_agreement_are_the_participants() -> None:
    r = readoutkit.parse(
        "On May 2, 2022, Chairman Li Hua and Ana Ruiz, Chile's Ambassador to China, put their "
        "signatures to the 2022 aid agreement on behalf of the two governments.\n\nLi Hua "
        "said that with Presidents Xi Jinping and Gabriel Boric guiding ties, China will "
        "carry out the programs that President Xi Jinping announced at the ministerial "
        "meeting in Dakar."
    )
    assert [p.name for p in r.parties] == ["Li Hua", "Ana Ruiz"]


def test_the_engagement_in_a_clause_after_a_cut_phrase_lists_who_took_part() -> None:
    r = readoutkit.parse(
        "BEIJING, Nov. 3 (Xinhua) -- Chinese Premier Li Hua pledged Friday that China will "
        "keep helping Chile rebuild after years of drought, as he met visiting Chilean "
        "President Ana Ruiz here."
    )
    assert [p.name for p in r.parties] == ["Li Hua", "Ana Ruiz"]


def test_issuing_the_joint_statement_is_its_frame_and_says_nothing() -> None:
    r = readoutkit.parse(
        "Joint Press Statement\n\n1. Norwegian Foreign Minister Lars Berg paid an official "
        "visit to Chile. The two Ministers held talks in Santiago on June 9 and issued this "
        "Joint Press Statement.\n\n2. The two Ministers welcomed the growth in trade."
    )
    assert [s.text for s in r.statements] == ["the growth in trade"]
    r = readoutkit.parse(
        "Foreign Minister Lars Berg and Chilean Foreign Minister Ana Ruiz held talks in Oslo "
        "on 17 May, following which they issued the Joint Statement below:\n\nThe Ministers "
        "welcomed the growth in trade."
    )
    assert [s.text for s in r.statements] == ["the growth in trade"]
    r = readoutkit.parse(
        "Foreign Minister Lars Berg and Chilean Foreign Minister Ana Ruiz held talks in Oslo "
        "today. Following their talks, the Ministers agreed upon the Joint Statement "
        "below:\n\nThe Ministers welcomed the growth in trade."
    )
    assert [s.text for s in r.statements] == ["the growth in trade"]


def test_addressing_a_joint_press_conference_reports_nothing() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg received Chilean Foreign Minister Ana Ruiz in Oslo. After "
        "their meeting, Minister Berg and his guest addressed a joint press conference."
    )
    assert r.statements == ()


def test_an_office_set_off_before_a_princes_rank_is_his_title() -> None:
    r = readoutkit.parse(
        "BEIJING, April 21 (Xinhua) -- Foreign Minister Li Hua hosted Brunei's foreign and "
        "trade minister, Prince Ali Bakar, for talks on Monday. Prince Ali flew into Beijing "
        "on Sunday to begin a four-day visit. Li said China will help."
    )
    assert [(p.name, p.title) for p in r.parties][1] == ("Ali Bakar", "foreign and trade minister")
    assert [s.text for s in r.statements] == ["China will help"]


def test_who_serves_a_country_as_an_office_gives_the_office_and_the_side() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ken Sato met with Prince Ali Bakar, who serves Brunei as Minister of "
        "Foreign Affairs and Trade, in Tokyo."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][1] == (
        "Ali Bakar", "Minister of Foreign Affairs and Trade", "BRN",
    )  # fmt: skip


def test_a_one_word_title_takes_the_office_a_later_reference_writes_out() -> None:
    r = readoutkit.parse(
        "At the Pentagon today, Secretary Lars Berg hosted Chile's Minister of Defense, Ana "
        "Ruiz. The Secretary of Defense thanked Minister Ruiz for Chile's support."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Secretary of Defense"),
        ("Ana Ruiz", "Minister of Defense"),
    ]


def test_a_bare_minister_in_the_body_takes_the_office_the_heading_writes() -> None:
    r = readoutkit.parse(
        "Minister Lars Berg holds Video Conference with Chilean Foreign Minister Ana Ruiz\n\n"
        "Foreign Affairs Minister Lars Berg connected by video this afternoon with his Chilean "
        "counterpart, Ms Ana Ruiz. Minister Ruiz said Chile will help."
    )
    assert [(p.name, p.title) for p in r.parties][1] == ("Ana Ruiz", "Foreign Minister")


def test_the_leader_of_a_country_is_its_participant_named_later() -> None:
    r = readoutkit.parse(
        "PM's call with President Mohamed bin Zayed: 18 February 2025\n\nKeir Starmer spoke by "
        "phone with the leader of the UAE.\n\nThe Prime Minister and Sheikh Mohamed bin Zayed, "
        "who has led the Emirates since 2022, spoke this afternoon."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Keir Starmer", "GBR"),
        ("Mohamed bin Zayed", "ARE"),
    ]


def test_an_organizations_president_is_no_head_of_state() -> None:
    r = readoutkit.parse(
        "In Kyiv today, Volodymyr Zelenskyy met with Ana Ruiz, President of the ICRC.\n\n"
        '"Ukraine will never stop fighting to bring our people home," the Head of State '
        "emphasized."
    )
    [s] = r.statements
    assert r.names(s.speakers) == ("Volodymyr Zelenskyy",)


def test_a_headline_verb_in_title_case_is_no_part_of_a_name() -> None:
    r = readoutkit.parse(
        "Li Hua and Chilean Foreign Minister Ruiz Speak on the Phone\n\n2012/10/16\n\nOn "
        "October 15, 2012, at Ana Ruiz's request, Foreign Minister Li Hua and the Chilean "
        "Foreign Minister talked on the phone."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Li Hua", "CHN"), ("Ana Ruiz", "CHL")]


def test_a_heading_office_and_verb_titles_the_one_untitled_participant() -> None:
    text = (
        "Minister for Europe and Foreign Affairs travels to Chile (21 May 2025)\n\n"
        "Lars Berg was in Santiago today, where he held a meeting with his Chilean "
        "counterpart, Ms Ana Ruiz, Minister of External Relations. The Minister said France "
        "will help."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Minister for Europe and Foreign Affairs"),
        ("Ana Ruiz", "Minister of External Relations"),
    ]
    r = readoutkit.parse(
        "PM call with President Ana Ruiz of Chile\n\nLars Berg spoke to President Ruiz "
        "today. The Prime Minister said the UK will help."
    )
    assert r.parties[0].title != "PM"


def test_an_untitled_participant_titled_by_a_subject_is_read_again_with_that_office() -> None:
    r = readoutkit.parse(
        "Lars Berg spoke to President Ana Ruiz of Chile about trade.\n\nA No 10 spokesperson "
        'said:\n\n"President Ruiz and the Prime Minister talked by phone this afternoon. The '
        "Prime Minister thanked President Ruiz for her support. The President said that "
        'Chile will continue to train officers."'
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Lars Berg", "Prime Minister"),
        ("Ana Ruiz", "President"),
    ]
    assert [(r.names(c.actors), c.text) for c in r.commitments] == [
        (("Ana Ruiz",), "Chile will continue to train officers")
    ]


def test_the_other_two_leaders_of_three_are_all_but_the_publishers_own() -> None:
    r = readoutkit.parse(
        "A Downing Street spokesperson said: The Prime Minister held a video call with Prime "
        "Minister Ana Ruiz of Chile and Prime Minister Lars Berg of Norway. On Ukraine, the "
        "Prime Minister said that Europe must keep up the pressure, and the other two leaders "
        "stressed that their countries would not scale back their support."
    )
    s = r.statements[-1]
    assert (r.names(s.speakers), s.text) == (
        ("Ana Ruiz", "Lars Berg"),
        "their countries would not scale back their support",
    )


def test_a_visitors_programme_in_a_place_is_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg held talks with Chilean Foreign Minister Ana Ruiz in Oslo. "
        "Berg said Norway will help. Ruiz's programme in Norway also includes a courtesy call "
        "on the King."
    )
    assert [s.text for s in r.statements] == ["Norway will help"]


def test_on_the_same_occasion_another_writer_and_addressee_take_part() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) \u2013 President Tran Van Nam on August 24 cabled a message of "
        "congratulations to Ana Ruiz on her swearing-in as Chile's President.\n\nOn the same "
        "occasion, Vice President Vo Thi Lan sent her congratulations to Jorge Soto, who took "
        "office as Vice President of Chile."
    )
    assert [(p.name, p.title, p.country) for p in r.parties][-2:] == [
        ("Vo Thi Lan", "Vice President", "VNM"),
        ("Jorge Soto", "Vice President", "CHL"),
    ]


def test_pledging_not_to_is_a_refusal_undertaken() -> None:
    r = readoutkit.parse(
        "President Li Hua and President Ana Ruiz held talks. Both sides pledged not to allow "
        "any organization to act against the other on their soil. They agreed never to use "
        "force."
    )
    assert [(c.polarity, c.text) for c in r.commitments] == [
        (
            Polarity.NEGATIVE,
            "pledged not to allow any organization to act against the other on their soil",
        ),
        (Polarity.NEGATIVE, "agreed never to use force"),
    ]


def test_the_ministers_on_a_visit_that_met_heads_are_the_ministers() -> None:
    r = readoutkit.parse(
        "Foreign Minister Lars Berg of Norway paid a visit to Chile, where he held talks with "
        "Foreign Minister Ana Ruiz and was received by President Jorge Soto and Prime "
        "Minister Eva Lind. The Ministers agreed to convene the joint commission in Oslo."
    )
    [c] = r.commitments
    assert r.names(c.actors) == ("Lars Berg", "Ana Ruiz")


def test_a_commissioner_beside_an_organizations_envoy_is_of_that_organization() -> None:
    r = readoutkit.parse(
        "High Representative Eva Holm and Jan Novak, Commissioner for International "
        "Cooperation and Development, hosted Ana Ruiz, Chile's Minister of Foreign Affairs, "
        "in Brussels today."
    )
    assert [(p.name, p.country, p.organization) for p in r.parties] == [
        ("Eva Holm", None, "European Union"),
        ("Jan Novak", None, "European Union"),
        ("Ana Ruiz", "CHL", None),
    ]


def test_a_shared_name_after_a_title_word_is_the_one_holding_that_title() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - President Tran Van Nam and Prime Minister Le Van Binh exchanged "
        "messages with King Salman bin Abdulaziz Al Saud and Crown Prince Mohammed bin Salman "
        "of Saudi Arabia on the anniversary of ties.\n\nKing Salman voiced the Kingdom's "
        "keenness to broaden relations with Vietnam."
    )
    s = r.statements[-1]
    assert r.names(s.speakers) == ("Salman bin Abdulaziz Al Saud",)


def test_exchanging_greetings_with_his_counterpart_named_after_is_both_of_theirs() -> None:
    r = readoutkit.parse(
        "Hanoi (VNA) - President Tran Van Nam and President Ana Ruiz of Chile exchanged "
        "messages on December 15.\n\nAlso on December 15, Le Van Binh, Vietnam's Foreign "
        "Minister, exchanged congratulations with his Chilean counterpart Jorge Soto on the "
        "anniversary."
    )
    s = r.statements[-1]
    assert r.names(s.speakers) == ("Le Van Binh", "Jorge Soto")


def test_surveying_ties_is_a_topic_and_the_agreement_after_it_an_undertaking() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Khan met Foreign Minister Ana Ruiz of Chile. Both Ministers "
        "surveyed the full range of ties and agreed to establish regular political "
        "consultations."
    )
    assert [(s.cue, s.text) for s in r.statements] == [
        ("surveyed", "the full range of ties"),
        ("agreed", "to establish regular political consultations"),
    ]
    [c] = r.commitments
    assert len(c.actors) == 2


def test_a_decision_after_a_first_action_without_a_comma_is_everyones() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Khan held talks with Foreign Minister Ana Ruiz of Chile and "
        "Foreign Minister Jon Berg of Norway in Oslo. The three ministers signed a memorandum "
        "on water research and agreed to meet again in Santiago next year."
    )
    [s] = r.statements
    assert (s.cue, s.text) == ("agreed", "to meet again in Santiago next year")
    assert len(s.speakers) == 3
    [c] = r.commitments
    assert len(c.actors) == 3


def test_who_after_the_group_of_both_participants_is_both_of_them() -> None:
    r = readoutkit.parse(
        "President Ali Khan held talks with President Ana Ruiz of Chile in Lima on Monday. "
        "Water policy was the main topic for the two Presidents, who agreed to set up a "
        "joint working group."
    )
    [s] = [s for s in r.statements if s.cue == "agreed"]
    assert s.text == "to set up a joint working group"
    assert r.names(s.speakers) == ("Ali Khan", "Ana Ruiz")
    [c] = r.commitments
    assert r.names(c.actors) == ("Ali Khan", "Ana Ruiz")


def test_the_two_defense_chiefs_are_both_participants() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Tom Reed spoke by phone with Minister of Defense Ana Ruiz of "
        "Chile on Friday. Secretary Reed reaffirmed U.S. support. The two defense chiefs "
        "agreed to stay in close contact."
    )
    s = r.statements[-1]
    assert s.text == "to stay in close contact"
    assert r.names(s.speakers) == ("Tom Reed", "Ana Ruiz")


def test_a_pronoun_and_the_other_ones_title_are_both_of_two() -> None:
    r = readoutkit.parse(
        "High Representative Eva Holm met Foreign Minister Ali Khan of Jordan on Monday. "
        "She and the Minister agreed to hold a regular political dialogue."
    )
    [s] = r.statements
    assert r.names(s.speakers) == ("Eva Holm", "Ali Khan")
    [c] = r.commitments
    assert r.names(c.actors) == ("Eva Holm", "Ali Khan")


def test_both_leaders_after_a_postposed_speaker_open_a_clause_of_their_own() -> None:
    r = readoutkit.parse(
        "Prime Minister Tom Reed spoke to President Ana Ruiz of Chile today. Britain will "
        "keep backing Chile's growth plans, the Prime Minister said, and both leaders agreed "
        "to launch a new trade dialogue."
    )
    s = r.statements[-1]
    assert s.text == "to launch a new trade dialogue"
    assert r.names(s.speakers) == ("Tom Reed", "Ana Ruiz")


def test_a_known_officials_name_may_start_with_a_parliaments_name() -> None:
    r = readoutkit.parse(
        "Prime Minister Tom Reed spoke to President Duma Boko of Botswana today. Both "
        "leaders agreed to launch a new trade dialogue."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Tom Reed", "Prime Minister", None),
        ("Duma Boko", "President", "BWA"),
    ]


def test_a_warning_of_what_the_speakers_own_side_will_do_is_an_undertaking() -> None:
    opening = (
        "Foreign Minister Ali Khan of Iran spoke by phone with Foreign Minister Jon Berg of "
        "Norway on Monday. "
    )
    r = readoutkit.parse(
        opening + "Any such step would be a grave error, and Iran will respond firmly to "
        "it, he warned."
    )
    [c] = r.commitments
    assert (c.text, r.names(c.actors)) == ("Iran will respond firmly to it", ("Ali Khan",))
    # what another side or a thing will do stays a prediction
    for other in ("He warned that the crisis will deepen.", "He warned that Norway will pay."):
        assert readoutkit.parse(opening + other).commitments == ()


def test_the_host_of_a_visit_named_in_the_next_sentence_takes_part() -> None:
    r = readoutkit.parse(
        "Mr Jon Berg, Minister for Foreign Affairs of Norway, came to Paris today for a "
        "working visit. On this occasion, he and his host Anne Moreau, France's Minister for "
        "Europe and Foreign Affairs, adopted the text below:\n\n"
        '"France and Norway are close partners. We will not accept any attempt to divide '
        'Europe."'
    )
    assert [(p.name, p.country) for p in r.parties] == [("Jon Berg", "NOR"), ("Anne Moreau", "FRA")]
    assert [s.text for s in r.statements] == [
        "France and Norway are close partners",
        "We will not accept any attempt to divide Europe",
    ]
    assert all(len(s.speakers) == 2 for s in r.statements)


def test_a_rotating_chair_joined_to_the_office_named_is_no_one_else() -> None:
    r = readoutkit.parse(
        "PM call with President Ruiz of Chile: 4 March 2031\n\nSummary of the call between "
        "Tom Reed and Ana Ruiz, Chilean President and current Chairperson of the African "
        "Union.\n\nA Downing Street spokesperson said:\n\nTom Reed and President Ana Ruiz of "
        "Chile talked by phone this afternoon.\n\nThe leaders discussed the conflict in Sudan."
    )
    assert [p.name for p in r.parties] == ["Tom Reed", "Ana Ruiz"]
    # the call told again after the spokesperson's colon is no statement of theirs
    assert [s.text for s in r.statements] == ["the conflict in Sudan"]


def test_a_ministrys_portfolio_words_are_no_ones_name() -> None:
    r = readoutkit.parse(
        "High Representative Eva Holm spoke by phone today with Ecuador's Minister of Foreign "
        "Affairs and Human Mobility, Ana Ruiz. The two agreed to keep in close touch."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Eva Holm", "High Representative"),
        ("Ana Ruiz", "Minister of Foreign Affairs and Human Mobility"),
    ]


def test_all_three_is_everyone_and_an_honorific_opens_the_next_subject() -> None:
    r = readoutkit.parse(
        "Prime Minister Tom Reed held a video call with Prime Minister Ana Ruiz of Tuvalu and "
        "President Jon Berg of Palau today. All three agreed to keep talking as the summit "
        "approaches, and Mr Reed said he hoped to see them both in Glasgow."
    )
    assert [(len(s.speakers), s.text) for s in r.statements] == [
        (3, "to keep talking as the summit approaches"),
        (1, "he hoped to see them both in Glasgow"),
    ]
    assert [c.text for c in r.commitments] == ["agreed to keep talking as the summit approaches"]


def test_the_speakers_side_after_a_postposed_attribution_undertakes_its_clause() -> None:
    opening = (
        "Chinese Foreign Minister Li Wen held a video call with Foreign Minister Ana Ruiz of "
        "Chile on Monday. "
    )
    r = readoutkit.parse(
        opening + "China is ready to send seed aid to Chile, he said, and the Chinese side "
        "will not leave its friends alone."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments][-1] == (
        "the Chinese side will not leave its friends alone",
        ("Li Wen",),
    )
    # "the Chinese people" is no side named so: nothing is undertaken after the attribution
    r = readoutkit.parse(
        opening + "China values the visit, he said, and the Chinese people will welcome it."
    )
    assert [c.text for c in r.commitments] == []


def test_a_quotation_resuming_after_its_attribution_is_the_same_speakers() -> None:
    r = readoutkit.parse(
        "French Foreign Minister Jean Blanc met Foreign Minister Ana Ruiz of Chad in Paris on "
        'Monday. "France will not take the place of the African armies," the Minister '
        'stressed, "but it will stand by them for as long as necessary." Ruiz thanked him.'
    )
    assert [(r.names(s.speakers), s.text, s.quotation.value) for s in r.statements][:2] == [
        (("Jean Blanc",), "France will not take the place of the African armies", "direct"),
        (("Jean Blanc",), "it will stand by them for as long as necessary", "direct"),
    ]
    assert [(c.text, c.polarity.value) for c in r.commitments] == [
        ("France will not take the place of the African armies", "negative"),
        ("it will stand by them for as long as necessary", "positive"),
    ]


def test_conferring_with_someone_is_an_engagement_with_them() -> None:
    r = readoutkit.parse(
        "New York, IRNA – Iranian Foreign Minister Ali Karimi conferred on Wednesday with Ana "
        "Ruiz, his counterpart from Chile. At the meeting, also attended by Iran's deputy "
        "foreign minister Reza Amini, the two sides went over bilateral relations."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Ali Karimi", "IRN"), ("Ana Ruiz", "CHL")]
    assert r.kind.value == "meeting"


def test_a_royal_style_before_a_rank_and_a_double_office_holder_named_by_his_first() -> None:
    r = readoutkit.parse(
        "Bahrain's Crown Prince and Prime Minister, HRH Prince Khalid bin Ali Al Nasser, "
        "spoke today by telephone with Prime Minister Shri Ravi Kumar.\n\nThe Prime Minister "
        "thanked HRH for the support Bahrain extended to India. HRH the Crown Prince "
        "appreciated the contribution of the Indian diaspora."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Khalid bin Ali Al Nasser", "Crown Prince and Prime Minister"),
        ("Ravi Kumar", "Prime Minister"),
    ]
    assert [r.names(s.speakers) for s in r.statements] == [
        ("Ravi Kumar",),
        ("Khalid bin Ali Al Nasser",),
    ]


def test_a_headline_verb_in_capitals_is_no_part_of_a_name() -> None:
    r = readoutkit.parse(
        "HR/VP HOLM RECEIVES IAEA DIRECTOR GENERAL SATO IN BRUSSELS\n\nBrussels, 05/07/2031\n\n"
        "Ken Sato, who as Director General heads the International Atomic Energy Agency "
        "(IAEA), came to Brussels today for a working meeting with Eva Holm, the EU's top "
        "diplomat and HR/VP.\n\nThe HR/VP and the Director General discussed nuclear safety."
    )
    assert [p.name for p in r.parties][:2] == ["Ken Sato", "Eva Holm"]
    assert not any(p.name and "RECEIVES" in p.name for p in r.parties)


def test_an_abbreviated_office_before_a_rank_and_a_dateline_city_that_is_no_one() -> None:
    r = readoutkit.parse(
        "DPM/FM meets Foreign Minister of Chile in New York\n\nNew York, 24 September 2031: "
        "DPM/FM Senator Ali Khan sat down today with Ms. Ana Ruiz, Foreign Minister of "
        "Chile.\n\nThe DPM/FM said Pakistan would deepen its trade with Chile."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Ali Khan", "DPM/FM"),
        ("Ana Ruiz", "Foreign Minister"),
    ]
    assert r.names(r.statements[-1].speakers) == ("Ali Khan",)
    # the office written out later gives the abbreviation's full form
    r = readoutkit.parse(
        "Islamabad, 17 June 2031\n\nDPM/FM Senator Ali Khan met Dr. Ana Ruiz, the "
        "Secretary-General of ASEAN, in Jakarta today. The Deputy Prime Minister/Foreign "
        "Minister underscored the importance Pakistan attaches to ASEAN."
    )
    assert r.parties[0].title == "Deputy Prime Minister/Foreign Minister"


def test_a_street_address_after_a_house_number_is_no_one() -> None:
    r = readoutkit.parse(
        "Ana Ruiz, Secretary General of the United Nations, paid a call on the Prime "
        "Minister, Shri Ravi Kumar, at 7, Lok Kalyan Marg today. They discussed climate action."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Ravi Kumar"]


def test_the_programme_and_the_call_told_again_are_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Khan received Foreign Minister Ana Ruiz of Chile in Ankara "
        "today. Khan said ties were strong. During her stay in Ankara, Minister Ruiz will "
        "also be received by Chancellor Jon Berg."
    )
    assert [s.text for s in r.statements] == ["ties were strong"]
    assert r.commitments == ()
    opening = "PM call with Ana Ruiz: 4 March 2031\n\nA spokesperson said:\n\n"
    r = readoutkit.parse(
        opening + "Tom Reed and Chilean Prime Minister Ana Ruiz talked by phone on Monday.\n\n"
        "The leaders agreed to stay in touch."
    )
    assert [s.text for s in r.statements] == ["to stay in touch"]
    # a topic after the call's words is still theirs
    r = readoutkit.parse(
        opening + "Tom Reed and Chilean Prime Minister Ana Ruiz spoke by phone this "
        "afternoon about trade.\n\nThe leaders agreed to stay in touch."
    )
    assert "trade" in r.statements[0].text


def test_an_unnamed_counterpart_is_named_by_the_sentence_that_opens_with_them() -> None:
    r = readoutkit.parse(
        "Tehran, IRNA – On Tuesday evening, Foreign Minister Ali Karimi held phone talks "
        "with his counterpart from Niger.\n\nDuring the call, Bakary Sani, the foreign "
        "minister of Niger, conveyed the greetings of General Abdourahamane Tiani to "
        "Iranian President Reza Amini."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Ali Karimi", "Foreign Minister", "IRN"),
        ("Bakary Sani", "foreign minister", "NER"),
    ]
    # "his visiting Singaporean counterpart", named in the next sentence
    r = readoutkit.parse(
        "Ties are growing, Foreign Minister Ali Karimi said on Monday in a meeting in Tehran "
        "with his visiting Singaporean counterpart. Vivian Balakrishnan, who has brought "
        "along business leaders, passed on greetings."
    )
    assert [(p.name, p.country) for p in r.parties] == [
        ("Ali Karimi", "IRN"),
        ("Vivian Balakrishnan", "SGP"),
    ]


def test_the_host_who_holds_talks_with_a_visitor_soon_after_takes_part() -> None:
    r = readoutkit.parse(
        "1. President of the Republic of Belarus H.E. Mr. Ivan Petrov paid a State Visit to "
        "India on 11-12 September 2031, for which Prime Minister Shri Ravi Kumar had sent the "
        "invitation.\n\n2. On 12 September 2031, Prime Minister Kumar and President Petrov held "
        "talks in New Delhi. Both sides agreed to hold the next session in Minsk."
    )
    assert [p.name for p in r.parties] == ["Ivan Petrov", "Ravi Kumar"]
    assert len(r.statements[-1].speakers) == 2


def test_a_name_after_an_opening_phrase_ending_in_counterpart_is_the_subject() -> None:
    r = readoutkit.parse(
        "In a phone conversation on Tuesday evening with his Romanian counterpart, Mohammad "
        "Javad Zarif stressed that Europe must act.\n\nIn the call with Teodor Melescanu, "
        "Zarif referred to the trade mechanism."
    )
    assert sorted((p.name, p.country) for p in r.parties) == [
        ("Mohammad Javad Zarif", "IRN"),
        ("Teodor Melescanu", "ROU"),
    ]
    [s] = [s for s in r.statements if s.cue == "stressed"]
    assert r.names(s.speakers) == ("Mohammad Javad Zarif",)


def test_a_further_exchange_traded_with_someone_on_a_day_makes_both_writers_take_part() -> None:
    r = readoutkit.parse(
        "BEIJING, April 15 (Xinhua) -- The anniversary was marked on Friday with an exchange "
        "of congratulatory messages between President Li Wen and his Chilean counterpart Ana "
        "Ruiz.\n\nWang Jun, China's premier, also traded messages on Friday with Prime "
        "Minister Jon Berg."
    )
    assert [p.name for p in r.parties] == ["Li Wen", "Ana Ruiz", "Wang Jun", "Jon Berg"]
    r = readoutkit.parse(
        "President Li Wen and King Omar Sani of Jordan traded congratulatory messages on "
        "July 21.\n\nForeign Minister Wang Jun, for his part, traded congratulatory messages "
        "on the same day with his Jordanian counterpart Adel bin Ahmed Al-Khatib."
    )
    assert [p.name for p in r.parties][-1] == "Adel bin Ahmed Al-Khatib"


def test_the_department_an_office_heads_is_its_holders_side() -> None:
    r = readoutkit.parse(
        "U.N. Secretary-General Ana Ruiz visited the Pentagon today for a meeting with "
        "Secretary of Defense Tom Reed. Secretary Reed said DoD is prepared to offer "
        "troop-contributing countries its know-how in medical support."
    )
    [c] = r.commitments
    assert (c.text, r.names(c.actors)) == (
        "DoD is prepared to offer troop-contributing countries its know-how in medical support",
        ("Tom Reed",),
    )


def test_the_speakers_sides_forces_undertake_for_it() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Tom Reed met Defense Minister Ana Ruiz of Chile at the Pentagon "
        "today. He made clear that U.S. military personnel will not take part in combat."
    )
    [c] = r.commitments
    assert (c.text, r.names(c.actors), c.polarity.value) == (
        "U.S. military personnel will not take part in combat",
        ("Tom Reed",),
        "negative",
    )
    r = readoutkit.parse(
        "The White House\nOffice of the Press Secretary\n\nThe President spoke today with "
        "President Ana Ruiz of Chile. The President stated plainly that American ground "
        "forces will not be sent into the region."
    )
    [c] = r.commitments
    assert c.text == "American ground forces will not be sent into the region"


def test_taking_part_in_a_summit_with_leaders_is_the_engagement() -> None:
    r = readoutkit.parse(
        "On 30 November 2031, Prime Minister Shri Ravi Kumar took part in an informal "
        "Russia-India-China (RIC) Summit with H.E. Mr. Ivan Petrov, President of Russia, and "
        "H.E. Mr. Li Wen, President of China. Foreign Secretary Shri Anil Rao was among the "
        "senior officials present during the meeting."
    )
    assert [p.name for p in r.parties] == ["Ravi Kumar", "Ivan Petrov", "Li Wen"]
    assert r.kind.value == "meeting"


def test_an_ing_form_after_in_inside_a_clause_is_no_report_of_its_own() -> None:
    r = readoutkit.parse(
        "President Li Wen and President Ana Ruiz of Chile exchanged messages on Monday. Chile will "
        "never waver in recognising that there is only one China, Ruiz said."
    )
    s = r.statements[-1]
    assert (s.cue, s.text) == (
        "said",
        "Chile will never waver in recognising that there is only one China",
    )
    assert r.commitments[-1].polarity.value == "negative"


def test_an_organizations_name_before_its_heads_office_and_a_passive_invitation() -> None:
    r = readoutkit.parse(
        "Prime Minister Tran Van Nam received Klaus Berg, Founder and Executive Chairman of "
        "the World Economic Forum (WEF), in Hanoi on March 10. The WEF will remain a companion "
        "of Vietnam in its reform process, the WEF founder affirmed. The WEF founder was "
        "invited by the Prime Minister to return to Vietnam next year."
    )
    assert [(r.names(s.speakers), s.text) for s in r.statements][-2:] == [
        (("Klaus Berg",), "The WEF will remain a companion of Vietnam in its reform process"),
        (("Tran Van Nam",), "to return to Vietnam next year"),
    ]


def test_an_eu_commissioners_portfolio_before_the_name_is_part_of_the_title() -> None:
    r = readoutkit.parse(
        "On 28 November, High Representative Eva Holm, together with Commissioner for "
        "International Partnerships Anna Lind, welcomed Benin's Minister of Foreign Affairs, "
        "Ali Sani, to Brussels."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Eva Holm", "High Representative"),
        ("Anna Lind", "Commissioner for International Partnerships"),
        ("Ali Sani", "Minister of Foreign Affairs"),
    ]


def test_a_country_of_several_words_after_a_title_is_no_name() -> None:
    r = readoutkit.parse(
        "On October 23, a telephone talk took place between Hon. Ben Sali, Minister for "
        "Foreign Affairs and Trade, Papua New Guinea, and Mr. Ken Sato, Minister for Foreign "
        "Affairs of Japan."
    )
    assert [(p.name, p.country) for p in r.parties] == [("Ben Sali", "PNG"), ("Ken Sato", "JPN")]


def test_the_same_office_again_after_a_comma_is_the_next_holder_in_a_list() -> None:
    r = readoutkit.parse(
        "PM video call: 12 June 2031\n\nA Downing Street spokesperson said:\n\nSea security was "
        "the focus of a video call earlier today between the Prime Minister, Prime Minister "
        "Anna Lind of Denmark and Prime Minister Jon Berg of Norway, who discussed cables."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "Prime Minister", "GBR"),
        ("Anna Lind", "Prime Minister", "DNK"),
        ("Jon Berg", "Prime Minister", "NOR"),
    ]


def test_regional_portfolios_and_regions_are_no_names() -> None:
    r = readoutkit.parse(
        "Vice President Han Li met here on Thursday with Tanzanian Minister of Foreign "
        "Affairs and East African Cooperation Rehema Mushi. Prime Minister Jon Berg spoke "
        "today with President Ana Ruiz of Georgia about the fighting that has spread from "
        "South Ossetia."
    )
    assert ("Rehema Mushi", "Minister of Foreign Affairs and East African Cooperation") in [
        (p.name, p.title) for p in r.parties
    ]
    assert "South Ossetia" not in [p.name for p in r.parties]


def test_the_untitled_own_pm_listed_before_a_demonym_and_title_is_no_one_elses() -> None:
    r = readoutkit.parse(
        'A Downing Street spokesperson said:\n\n"Trade was the focus of a three-way call this '
        "morning between the PM, Finnish Prime Minister Anna Lind and Dutch Prime Minister "
        'Jon Berg.\n\n"The PM set out his view that markets must be calmed."'
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        (None, "PM", "GBR"),
        ("Anna Lind", "Prime Minister", "FIN"),
        ("Jon Berg", "Prime Minister", "NLD"),
    ]


def test_a_statement_issued_by_three_named_writers_is_theirs() -> None:
    r = readoutkit.parse(
        "Brussels, 16/04/2031\n\nThe following statement was issued today by Eva Holm, High "
        "Representative of the European Union, Ali Sani, President of the Commission of the "
        "Economic Community of West African States (ECOWAS), and Jon Berg, Executive "
        'Secretary of the CPLP:\n\n"We welcome the calm manner of the vote. We will not '
        'accept any interference by the military."'
    )
    assert [p.name for p in r.parties] == ["Eva Holm", "Ali Sani", "Jon Berg"]
    assert all(len(s.speakers) == 3 for s in r.statements)
    # a spokesperson's frame names no writer
    r = readoutkit.parse(
        "The following statement was issued today by the Spokesperson of the High "
        'Representative, Eva Holm:\n\n"The High Representative and Foreign Minister Ali Sani '
        'of Bahrain met today in Brussels."'
    )
    assert [p.name for p in r.parties] == ["Eva Holm", "Ali Sani"]


def test_the_speakers_people_by_their_plural_demonym_undertake_for_the_side() -> None:
    r = readoutkit.parse(
        "Iranian Foreign Minister Ali Karimi held talks with Foreign Minister Ana Ruiz of "
        "Chile in Tehran. Karimi said the talks were useful, stressing that Iranians will "
        "never abandon their legitimate rights."
    )
    [c] = r.commitments
    assert (c.text, r.names(c.actors), c.polarity.value) == (
        "Iranians will never abandon their legitimate rights",
        ("Ali Karimi",),
        "negative",
    )


@pytest.mark.parametrize(
    "presence",
    [
        "Foreign Secretary Ravi Lal was among the senior officials present at the meeting.",
        "Also attending was Vice Foreign Minister Zhou Ming.",
        "Trade Minister Ana Ruiz listened in on the call.",
        "Prime Minister Mehta then met Foreign Minister Sergei Popov.",
        "Prime Minister Mehta also held a bilateral meeting with Foreign Minister Sergei Popov.",
        "Premier Wen Bo is expected to see President Orlov on Friday.",
        "Prime Minister Mehta is further scheduled to speak at a business forum.",
        "Minister Rao and Minister Popov are expected to speak again in the coming days.",
        "Prime Minister Mehta's programme in Moscow will also include a visit to a factory.",
    ],
)
def test_who_else_was_present_and_later_meetings_are_narration(presence: str) -> None:
    r = readoutkit.parse(
        "Prime Minister Raj Mehta met President Ivan Orlov in Delhi. Prime Minister Mehta "
        f"said India values the partnership with Russia. {presence}"
    )
    assert [s.text for s in r.statements] == ["India values the partnership with Russia"]


def test_a_place_whose_name_holds_and_is_the_whole_subject() -> None:
    r = readoutkit.parse(
        "President Tom Reed spoke with Prime Minister Ana Ruiz of Trinidad and Tobago. "
        "Prime Minister Ruiz stressed that Trinidad and Tobago will not allow traffickers "
        "to use its ports."
    )
    [c] = r.commitments
    assert (c.text, r.names(c.actors), c.polarity.value) == (
        "Trinidad and Tobago will not allow traffickers to use its ports",
        ("Ana Ruiz",),
        "negative",
    )


def test_the_office_receiving_a_visitor_soon_after_the_visit_takes_part() -> None:
    r = readoutkit.parse(
        "PM meets Prime Minister of Tunisia\n"
        "Tunisian Prime Minister Karel Novak visited Downing Street today for talks on trade.\n"
        "A Downing Street spokesperson said:\n"
        "The Prime Minister welcomed Karel Novak to Downing Street this afternoon. He "
        "said Britain will not pay ransoms to hostage-takers."
    )
    assert [(p.name, p.title, p.country) for p in r.parties if p.name is None] == [
        (None, "Prime Minister", "GBR")
    ]
    [c] = r.commitments
    assert c.text == "Britain will not pay ransoms to hostage-takers"
    assert r.parties[[p.id for p in r.parties].index(c.actors[0])].name is None
    # a visit whose host is never named stays the visitor's alone
    r = readoutkit.parse(
        "Karel Novak visited Downing Street today for a meeting on trade. He said Tunisia "
        "will open a trade office in London."
    )
    assert [p.name for p in r.parties] == ["Karel Novak"]


def test_the_one_who_held_talks_with_the_visitor_takes_part() -> None:
    r = readoutkit.parse(
        "A joint statement was issued on Friday at the close of Chilean President Ana "
        "Ruiz's State visit to Viet Nam.\n\n"
        "During the visit, President Tran Van Minh held talks with President Ana Ruiz. The "
        "Chilean leader also met Prime Minister Le Van Hai.\n\n"
        "Viet Nam is willing to help Chile raise rice yields."
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Tran Van Minh"]


def test_one_who_accompanies_a_participant_takes_no_part() -> None:
    r = readoutkit.parse(
        "President Ali Sani of Palau, accompanied by Foreign Minister Jon Berg, met with "
        "President Omar Diallo of Senegal today. They discussed climate change."
    )
    assert [p.name for p in r.parties] == ["Ali Sani", "Omar Diallo"]
    # "together with" still joins the participant's side and the engagement
    r = readoutkit.parse(
        "President Ali Sani of Palau, together with Foreign Minister Jon Berg, held a video "
        "call with President Omar Diallo of Senegal today."
    )
    assert [p.name for p in r.parties] == ["Ali Sani", "Jon Berg", "Omar Diallo"]


def test_a_chief_executive_officer_is_a_title_not_a_name() -> None:
    r = readoutkit.parse(
        "Prime Minister Tran Van Minh on Monday held an online meeting with Dr. Lena Berg, "
        "Chief Executive Officer of Gavi, the Vaccine Alliance, on vaccine supply."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        ("Tran Van Minh", "Prime Minister"),
        ("Lena Berg", "Chief Executive Officer"),
    ]


def test_an_offer_of_aid_in_kind_is_a_pledge_an_assurance_keeps_its_clauses() -> None:
    r = readoutkit.parse(
        "Prime Minister Raj Mehta held talks with President Ana Ruiz of Peru in Delhi. "
        "India offered a concessional Line of Credit for small hydropower projects. Prime "
        "Minister Mehta offered fifty scholarships for Peruvian students."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments] == [
        (
            "offered a concessional Line of Credit for small hydropower projects",
            ("Raj Mehta",),
        ),
        ("offered fifty scholarships for Peruvian students", ("Raj Mehta",)),
    ]
    r = readoutkit.parse(
        "President Ana Ruiz met Prime Minister Tom Reed of Canada. Prime Minister Reed "
        "assured that Canada will continue its training mission and will maintain "
        "sanctions on the junta."
    )
    assert len(r.commitments) == 2


def test_a_view_introduced_by_its_owner_and_a_possessor_before_a_cue() -> None:
    r = readoutkit.parse(
        "Foreign Minister Li Wei met Foreign Minister Ana Ruiz of Chile in Beijing. In "
        "Li's view, the two countries are natural partners. In the ministers' shared view, "
        "force is unacceptable. Li said China is willing to turn the two presidents' shared "
        "understandings into concrete action."
    )
    assert speakers(r, "natural partners") == {"Li Wei"}
    assert speakers(r, "force is unacceptable") == {"Li Wei", "Ana Ruiz"}
    [s] = [s for s in r.statements if "understandings" in s.text]
    assert s.text.startswith("China is willing") and r.names(s.speakers) == ("Li Wei",)


def test_the_office_a_recipient_takes_up_gives_title_and_side() -> None:
    r = readoutkit.parse(
        "President Tran Van Minh has sent a message of congratulations to Santiago Ruiz "
        "Palacios on his swearing-in as Paraguay's President. On the same occasion, "
        "Minister of Foreign Affairs Le Van Hai cabled congratulations to Ana Lopez Vera on "
        "her appointment as Paraguay's foreign minister. Minister Lopez Vera thanked him."
    )
    assert [(p.name, p.title, p.country) for p in r.parties] == [
        ("Tran Van Minh", "President", "VNM"),
        ("Santiago Ruiz Palacios", "President", "PRY"),
        ("Le Van Hai", "Minister of Foreign Affairs", None),
        ("Ana Lopez Vera", "foreign minister", "PRY"),
    ]


@pytest.mark.parametrize(
    ("clause", "polarity"),
    [
        ("Chile will keep no official ties with the separatists", "negative"),
        ("Chile will attach no political conditions to its aid", "negative"),
        ("Chile will spare no effort to make the summit a success", "positive"),
        ("Chile will leave no one behind in the recovery", "positive"),
    ],
)
def test_a_verb_with_no_as_its_object_refuses_unless_the_idiom_affirms(
    clause: str, polarity: str
) -> None:
    r = readoutkit.parse(
        f"President Ana Ruiz of Chile met Premier Li Wei of China in Beijing. Ruiz said {clause}."
    )
    [c] = r.commitments
    assert (c.text, c.polarity.value) == (clause, polarity)


def test_its_after_another_place_and_its_verb_is_that_place_s() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Li Wei of China. Ruiz "
        "regretted that the United States had announced its intention to leave the accord."
    )
    assert r.commitments == ()
    # the speaker's own side keeps its intention
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Li Wei of China. Ruiz said "
        "Chile has announced its intention to join the accord."
    )
    assert [r.names(c.actors) for c in r.commitments] == [("Ana Ruiz",)]


def test_signalled_reports_and_a_signalled_readiness_is_a_commitment() -> None:
    r = readoutkit.parse(
        "President Ana Ruiz of Chile met Prime Minister Tom Reed of Fiji in Suva. Ruiz "
        "signalled Chile's readiness to share its expertise with the Fijian presidency."
    )
    [s] = r.statements
    assert s.cue == "signalled" and r.names(s.speakers) == ("Ana Ruiz",)
    [c] = r.commitments
    assert r.names(c.actors) == ("Ana Ruiz",)


def test_an_honorific_before_a_rank_abbreviation_names_no_one() -> None:
    r = readoutkit.parse(
        "On June 24, Mr. Taro Sato, Minister for Foreign Affairs, held a meeting with H.E. "
        "Lt. Gen. Ali Sani, Minister of Foreign Affairs of the Republic of Botswana."
    )
    assert [p.name for p in r.parties] == ["Taro Sato", "Ali Sani"]


def test_after_another_event_s_day_the_sentence_s_next_day_dates_the_engagement() -> None:
    r = readoutkit.parse(
        " date 2031-06-16 Hanoi (VNA) – Latvian Prime Minister Ali Sani, whose four-day "
        "official visit began on June 15, and Vietnamese PM Tran Van Minh held talks in "
        "Hanoi on June 16 after a welcome ceremony."
    )
    assert r.date == dt.date(2031, 6, 16)


def test_an_arrival_yesterday_does_not_date_todays_talks() -> None:
    r = readoutkit.parse(
        "Russian-Ruritanian talks\n\nJune 20, 2031, 14:10\nThe Kremlin, Moscow\n\n"
        "Vladimir Putin received Prime Minister of Malta Karl Borg for talks. Mr Borg flew "
        "into Moscow yesterday for an official visit."
    )
    assert r.date in (None, dt.date(2031, 6, 20))


def test_singled_out_and_gave_assurances_report() -> None:
    r = readoutkit.parse(
        "Prime Minister Ana Ruiz of Chile called on the Secretary-General, Jon Berg, today. "
        "Thanking her for Chile's backing of peace operations, the Secretary-General singled "
        "out the force deployed in the Sahel. Ms. Ruiz gave assurances that Chile would keep "
        "its troops in the mission."
    )
    assert speakers(r, "the force deployed in the Sahel") == {"Jon Berg"}
    assert speakers(r, "Chile would keep its troops") == {"Ana Ruiz"}


def test_an_assurance_of_two_undertakings_gives_two_commitments() -> None:
    r = readoutkit.parse(
        "President Ivan Petrenko of Ukraine spoke with President Ana Ruiz of Chile. Ana Ruiz "
        "assured that Chile will continue to support Ukraine in international fora and will "
        "never recognize attempts to annex its territory."
    )
    assert [(c.text, c.polarity.value) for c in r.commitments] == [
        ("Chile will continue to support Ukraine in international fora", "positive"),
        ("will never recognize attempts to annex its territory", "negative"),
    ]
    # one undertaking: the assurance holds it, whoever its subject
    r = readoutkit.parse(
        "President Ivan Petrenko of Ukraine spoke with President Ana Ruiz of Chile. Ana Ruiz "
        "assured him that UN agencies will keep delivering support to everyone in need."
    )
    assert len(r.commitments) == 1


def test_the_speakers_sides_aid_undertakes_for_it() -> None:
    r = readoutkit.parse(
        "Chairman Li Wei of the China International Development Cooperation Agency held a "
        "video call with Foreign Minister Ana Ruiz of Chile. Li said China will keep "
        "helping Chile. Chinese aid to Chile will never be conditioned on political demands."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments][-1] == (
        "Chinese aid to Chile will never be conditioned on political demands",
        ("Li Wei",),
    )


def test_the_government_leader_is_the_head_of_government() -> None:
    r = readoutkit.parse(
        "VGP – Prime Minister Tran Van Minh on Monday held an online meeting with Dr. Lena "
        "Berg, Chief Executive Officer of Gavi, on vaccine supply. Thanking Gavi for its "
        "support, the Government leader said the doses had helped protect health workers."
    )
    assert speakers(r, "helped protect health workers") == {"Tran Van Minh"}


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "On regional issues, views were exchanged concerning piracy in the Gulf.",
            "regional issues, views were exchanged concerning piracy in the Gulf",
        ),
        ("Views were exchanged concerning piracy in the Gulf.", "piracy in the Gulf"),
        ("On the Korean Peninsula, views were also exchanged.", "the Korean Peninsula"),
    ],
)
def test_views_exchanged_after_a_topic_lead(sentence: str, content: str) -> None:
    r = readoutkit.parse(
        f"Minister Taro Sato held a meeting with Minister Ana Ruiz of Angola. {sentence}"
    )
    [s] = r.statements
    assert (s.text, len(s.speakers)) == (content, 2)


def test_a_longer_place_around_a_participants_side_is_not_theirs() -> None:
    r = readoutkit.parse(
        "Minister Cho Min-ho of South Korea held talks with Minister Ana Ruiz of Cuba. Minister Cho asked "
        "Cuba to help so that North Korea would return to dialogue. Cho said South Korea "
        "will keep helping Cuba."
    )
    assert [c.text for c in r.commitments] == ["South Korea will keep helping Cuba"]


def test_a_thing_s_relative_clause_coordinated_by_and_undertakes_nothing() -> None:
    r = readoutkit.parse(
        "Minister Tom Reed of Singapore met Secretary-General Ali Sani of the GCC. They "
        "reviewed the free trade negotiations, which were launched last year and would give "
        "the GCC its first FTA in Asia."
    )
    assert r.commitments == ()
    r = readoutkit.parse(
        "Minister Tom Reed of Singapore met Foreign Minister Ali Sani of Oman. Sani said "
        "Oman, which values its ties with Singapore and will keep working with it, hopes "
        "for more trade."
    )
    assert [r.names(c.actors) for c in r.commitments] == [("Ali Sani",)]


def test_a_things_second_modal_after_and_undertakes_nothing() -> None:
    r = readoutkit.parse(
        "Foreign Minister Li Wei spoke with Foreign Secretary Ana Ruiz of the UK. Li said "
        "external military intervention would breach the UN Charter and would further "
        "complicate the situation. China will not support any such action, he said."
    )
    assert [c.text for c in r.commitments] == ["China will not support any such action"]


def test_an_acronym_across_a_sentence_end_owns_no_office() -> None:
    r = readoutkit.parse(
        "1. Congratulating Prime Minister Ana Ruiz of Samoa on her victory, Minister Taro "
        "Sato welcomed her visit on the eve of PALM 4.\nPrime Minister Ruiz stated that "
        "Samoa would work with Japan so that PALM 4 will produce concrete outcomes."
    )
    assert [c.text for c in r.commitments] == [
        "Samoa would work with Japan so that PALM 4 will produce concrete outcomes"
    ]


def test_a_topic_participle_after_in_is_a_gerund_not_a_report() -> None:
    r = readoutkit.parse(
        "Executive Secretary Ali Sani of IGAD sat down with Li Wei, chairman of the China "
        "International Development Cooperation Agency (CIDCA), in Beijing. Sani said that "
        "IGAD stands ready to partner the CIDCA in singling out flagship projects that meet "
        "local needs."
    )
    [s] = r.statements
    assert s.text == (
        "IGAD stands ready to partner the CIDCA in singling out flagship projects that meet "
        "local needs"
    )


def test_the_sides_aid_to_a_longer_place_undertakes_for_it() -> None:
    r = readoutkit.parse(
        "Foreign Minister Li Wei of China held talks with Foreign Minister Ana Ruiz of Chile. "
        "China will keep building clinics in Chile, Li said, adding that Chinese assistance "
        "to the region will never come with political strings."
    )
    assert [(c.text, c.polarity.value, r.names(c.actors)) for c in r.commitments][-1] == (
        "Chinese assistance to the region will never come with political strings",
        "negative",
        ("Li Wei",),
    )


def test_this_position_is_the_speakers_stance() -> None:
    r = readoutkit.parse(
        "Prime Minister Taro Sato met Prime Minister Ana Ruiz of Tonga. Prime Minister Ruiz "
        "answered that Tonga has always backed Japan on the question and that this stance "
        "will not change."
    )
    assert [(c.text, c.polarity.value, r.names(c.actors)) for c in r.commitments] == [
        ("this stance will not change", "negative", ("Ana Ruiz",))
    ]
    # a prediction about a contribution is not a stance
    r = readoutkit.parse(
        "Prime Minister Taro Sato spoke with President Ana Ruiz of Tonga. He thanked her for "
        "Tongan soldiers' service, adding that this support will matter even more next year."
    )
    assert r.commitments == ()


def test_a_possessive_after_a_names_verb_shows_who_he_is_not() -> None:
    r = readoutkit.parse(
        "The Prime Minister met President Ana Ruiz of Chile at Number 10.\n\n"
        "\"President Ruiz was the Prime Minister's guest today, and he congratulated her on "
        "her election.\n\n"
        '"President Ruiz set out her plans for the lithium industry."'
    )
    first = r.statements[0]
    assert (first.text, r.names(first.speakers)) == (
        "her on her election",
        ("Prime Minister",),
    )
    # "her" after a verb that takes a person and a thing is the other participant
    r = readoutkit.parse(
        "The Prime Minister met President Ana Ruiz of Chile at Number 10.\n\n"
        "\"President Ruiz was the Prime Minister's guest today, and she thanked him for "
        "the welcome.\n\n"
        '"President Ruiz wished her hosts well."'
    )
    assert r.names(r.statements[0].speakers) == ("Ana Ruiz",)


def test_a_joint_headings_signatories_outrank_a_sentence_naming_others() -> None:
    r = readoutkit.parse(
        "Joint statement by Ana Ruiz, Minister of Foreign Affairs, and Sheikh Khalid Al-Thani, "
        "Minister of Foreign Affairs of Qatar (Paris, 3 March 2015)\n\n"
        "The two ministers issued the joint statement below:\n\n"
        "\"France will pledge new funds at the donors' conference, which Qatar is hosting "
        "on 9 March at the invitation of His Highness the Emir, Sheikh Tamim Al-Thani, and "
        'of the United Nations Secretary-General."'
    )
    assert [p.name for p in r.parties] == ["Ana Ruiz", "Khalid Al-Thani"]


def test_a_headings_office_of_the_untitled_ones_side_is_theirs() -> None:
    text = (
        "Foreign Minister of Palestine calls on PM\n\n"
        "Dr. Riyad Al-Maliki paid a call on Prime Minister Shri Narendra Modi today.\n\n"
        "The Prime Minister said that India values its ties with Palestine."
    )
    r = readoutkit.parse(text)
    assert [(p.name, p.title) for p in r.parties] == [
        ("Riyad Al-Maliki", "Foreign Minister"),
        ("Narendra Modi", "Prime Minister"),
    ]
    assert r.names(r.statements[0].speakers) == ("Narendra Modi",)
    # an office of another side is not theirs
    r = readoutkit.parse(text.replace("of Palestine", "of Jordan"))
    assert r.parties[0].title != "Foreign Minister"


def test_the_host_paired_with_the_visiting_guest_takes_part() -> None:
    r = readoutkit.parse(
        "On Monday, Chile and Peru issued a joint statement closing the official visit of "
        "Peruvian Prime Minister Luis Vega to Chile.\n\n"
        "According to the statement, President Ana Ruiz and the visiting Peruvian leader "
        "held talks in Santiago on Sunday."
    )
    assert [p.name for p in r.parties] == ["Luis Vega", "Ana Ruiz"]
    # a pair with someone else is no host's
    r = readoutkit.parse(
        "On Monday, Chile and Peru issued a joint statement closing the official visit of "
        "Peruvian Prime Minister Luis Vega to Chile.\n\n"
        "According to the statement, President Ana Ruiz and the Chilean Senate leader "
        "held talks in Santiago on Sunday."
    )
    assert [p.name for p in r.parties] == ["Luis Vega"]


def test_a_surname_between_two_particles_names_its_holder() -> None:
    r = readoutkit.parse(
        "Mr. Taro Sato, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. "
        "Ms. Lucia de San Martin de Vega, Minister of Foreign Affairs of the Republic of Peru.\n"
        "2. Minister Sato and Minister de San Martin confirmed that Japan and Peru will work "
        "together at the United Nations. Ms. San Martin said that Peru stands committed to "
        "open trade."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments] == [
        (
            "Japan and Peru will work together at the United Nations",
            ("Taro Sato", "Lucia de San Martin de Vega"),
        ),
        ("Peru stands committed to open trade", ("Lucia de San Martin de Vega",)),
    ]


def test_a_named_storm_is_no_person() -> None:
    for storm in ("Hurricane Maria", "Typhoon Haiyan", "Cyclone Winston", "Tropical Storm Ana"):
        r = readoutkit.parse(
            f"Prime Minister Ana Ruiz called Grenada's Prime Minister, Luis Vega, today, as "
            f"the country begins to recover from {storm}. The leaders agreed to stay in touch."
        )
        assert [p.name for p in r.parties] == ["Ana Ruiz", "Luis Vega"], storm


def test_it_stands_for_the_speakers_side_of_two_words() -> None:
    r = readoutkit.parse(
        "Foreign Minister Li Wei of China held talks with Foreign Minister Ana Ruiz of Sri "
        "Lanka in Beijing. Ruiz said Sri Lanka values its ties with Beijing, and that it "
        "is willing to open a new consulate in Chengdu."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments] == [
        ("it is willing to open a new consulate in Chengdu", ("Ana Ruiz",))
    ]


def test_an_organizations_region_is_its_participants_side() -> None:
    r = readoutkit.parse(
        "High Representative Ana Ruiz of the European Union held a video call with Foreign "
        'Minister Luis Vega of Guyana. "Guyana is a close partner. Europe will not look away '
        'from the challenges this region faces," said the High Representative.'
    )
    assert [(c.text, c.polarity.value, r.names(c.actors)) for c in r.commitments] == [
        (
            "Europe will not look away from the challenges this region faces",
            "negative",
            ("Ana Ruiz",),
        )
    ]
    # said by another side, a region is no undertaking of theirs
    r = readoutkit.parse(
        "Foreign Minister Li Wei of China held a video call with Foreign Minister Luis Vega "
        'of Guyana. "Europe will not look away from this region," said Li.'
    )
    assert r.commitments == ()


def test_the_one_untitled_countrys_participant_may_be_its_head() -> None:
    r = readoutkit.parse(
        "Luis Vega received Ana Ruiz, Director General of the International Atomic Energy "
        "Agency, in Lima.\n\nThe President stressed that Peru will keep supporting the "
        "Agency's work."
    )
    assert r.names(r.statements[0].speakers) == ("Luis Vega",)
    assert r.parties[0].title == "President"


def test_ministers_from_both_countries_are_both_sides() -> None:
    r = readoutkit.parse(
        "Foreign Minister Li Wei of China held a phone call with Foreign Minister Ana Ruiz of "
        "Chile. Ministers from both countries further agreed to stay in contact on the "
        "situation at the UN Security Council."
    )
    [c] = r.commitments
    assert r.names(c.actors) == ("Li Wei", "Ana Ruiz")
    # the leaders of the two countries are not two ministers
    r = readoutkit.parse(
        "Foreign Minister Li Wei of China held a phone call with Foreign Minister Ana Ruiz of "
        "Chile. Li said that in April the leaders of the two countries agreed to build a "
        "strategic partnership."
    )
    assert r.commitments == ()


def test_a_pledge_with_when_and_where_before_its_to_undertakes() -> None:
    r = readoutkit.parse(
        "Visiting Chilean Foreign Minister Ana Ruiz and Li Wei, her Chinese counterpart, "
        "pledged on Tuesday in Beijing to widen their partnership in mining."
    )
    [c] = r.commitments
    assert c.modality.value == "pledged"
    assert r.names(c.actors) == ("Ana Ruiz", "Li Wei")
    assert c.text.endswith("to widen their partnership in mining")


def test_ringing_someone_is_an_engagement() -> None:
    r = readoutkit.parse(
        "PM call with President Luis Vega of Peru\n\n"
        "The Prime Minister rang President Luis Vega of Peru this afternoon to congratulate "
        "him on his re-election."
    )
    assert [(p.name, p.title) for p in r.parties] == [
        (None, "Prime Minister"),
        ("Luis Vega", "President"),
    ]


def test_whose_counterpart_is_of_a_side_is_of_the_other() -> None:
    text = (
        "Islamabad, 14 May 2031\n\nPeru's Foreign Minister, Mr. Luis Vega, rang up "
        "Pakistan's Foreign Minister, Makhdoom Ali Khan, this afternoon.\n\n"
        "The Foreign Minister briefed his Peruvian counterpart on the floods. Mr. Vega "
        "conveyed the sympathies of Peru's Government. He assured the Foreign Minister of "
        "Peru's continued support to Pakistan."
    )
    r = readoutkit.parse(text)
    assert [p.name for p in r.parties] == ["Luis Vega", "Ali Khan"]
    # (the "he" just named by name keeps him, whatever office two share the object names)
    assert [r.names(s.speakers) for s in r.statements] == [
        ("Ali Khan",),
        ("Luis Vega",),
        ("Luis Vega",),
    ]


def test_smt_before_a_name_ends_no_sentence() -> None:
    r = readoutkit.parse(
        "1. President of India Smt. Asha Rao paid a State Visit to Peru, invited by "
        "President Luis Vega. This was the first visit by an Indian Head of State to Peru. "
        "The two Presidents held talks in Lima on 10 August 2031."
    )
    assert r.date == dt.date(2031, 8, 10)
    assert [p.name for p in r.parties] == ["Asha Rao", "Luis Vega"]


def test_who_only_invited_a_visit_gives_way_to_whom_the_guest_met() -> None:
    r = readoutkit.parse(
        "1. President Luis Vega of Peru is visiting India from 19 to 23 April 2031 at the "
        "invitation of President Asha Rao of India.\n\n"
        "2. Prime Minister Ravi Menon and President Vega met for talks in New Delhi today."
    )
    assert sorted(p.name or "" for p in r.parties) == ["Luis Vega", "Ravi Menon"]


def test_who_else_was_present_takes_no_part() -> None:
    r = readoutkit.parse(
        "Prime Minister Ravi Menon holds talks with Prime Minister Luis Vega of Peru in New "
        "Delhi, 7 April 2031\n\n"
        "Prime Minister Vega thanked India for its help after the floods.\n\n"
        "Present during the talks were Mrs. Priya Nair, External Affairs Minister, and Mr. "
        "Arun Das, National Security Advisor."
    )
    assert "Priya Nair" not in [p.name for p in r.parties]


def test_a_shared_office_names_the_one_called_on() -> None:
    r = readoutkit.parse(
        "New York\n\n9 May 2031\n\nReadout of the Secretary-General's meeting with Ana Ruiz, "
        "Secretary General of the North Atlantic Treaty Organization\n\n"
        "NATO Secretary General Ana Ruiz called on the Secretary-General in his office this "
        "morning.\n\nOn Libya, the Secretary-General commended the alliance for its help."
    )
    [s] = r.statements
    assert [p.organization for p in r.parties if p.id in s.speakers] == ["United Nations"]
    # "paid a courtesy call on" is the same visit
    r = readoutkit.parse(
        "New York\n\n9 May 2031\n\nReadout of the Secretary-General's meeting with Ana Ruiz, "
        "Secretary General of the North Atlantic Treaty Organization\n\n"
        "NATO Secretary General Ana Ruiz paid a courtesy call on the Secretary-General in his "
        "office this morning.\n\nOn Libya, the Secretary-General commended the alliance."
    )
    [s] = r.statements
    assert [p.organization for p in r.parties if p.id in s.speakers] == ["United Nations"]


def test_another_engagement_of_the_visit_and_a_handover_are_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Luis Vega of "
        "Peru in Lima. They agreed to meet again in Santiago next year.\n\n"
        "President Pedro Soto also received Minister Ruiz during her stay in Lima.\n\n"
        "With the talks concluded, both Ministers attended the handover of two cooperation "
        "documents, on mining and on fisheries."
    )
    assert [s.text for s in r.statements] == ["to meet again in Santiago next year"]


def test_calls_held_before_told_in_the_perfect_are_narration() -> None:
    r = readoutkit.parse(
        "Foreign Minister Ali Karimi of Iran spoke by phone with Foreign Minister Ana Ruiz of "
        "Chile. Karimi said Iran will keep its commitments under the deal.\n\n"
        "Since the withdrawal, Karimi has held phone conversations with a number of Latin "
        "American foreign ministers."
    )
    assert [s.text for s in r.statements] == ["Iran will keep its commitments under the deal"]


def test_an_organizations_office_somewhere_undertakes_for_its_head() -> None:
    r = readoutkit.parse(
        "Executive Director Ana Ruiz of the United Nations Office on Drugs and Crime (UNODC) "
        "met Foreign Minister Ali Karimi of Iran in Tehran. She said the UNODC office in "
        "Tehran would work with Iranian officials on the new programme."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments] == [
        (
            "the UNODC office in Tehran would work with Iranian officials on the new programme",
            ("Ana Ruiz",),
        )
    ]


def test_a_modal_judgement_of_a_thing_undertakes_nothing() -> None:
    r = readoutkit.parse(
        "Minister Kim Min-jun met Foreign Minister Luis Vega of Peru in Seoul. Kim remarked "
        "that the Summit, the first gathering of its kind that Korea hosts for Andean leaders, "
        "would be a milestone for Korea's ties with the region, and said Korea will open a "
        "trade office in Lima."
    )
    assert [c.text for c in r.commitments] == ["Korea will open a trade office in Lima"]
    # a date a modal marks is no deed either
    r = readoutkit.parse(
        "Premier Li Wei held talks with Prime Minister Luis Vega of Peru in Beijing. Pointing "
        "out that November will mark 55 years since China and Peru established diplomatic "
        "relations, Li said China will buy more Peruvian blueberries."
    )
    assert [c.text for c in r.commitments] == ["China will buy more Peruvian blueberries"]


def test_a_given_name_is_no_family_name_of_a_listed_side() -> None:
    # "Joseph Wu" of Taiwan is listed; "Joseph" opens other sides' names too ("Joseph
    # Kabila"): no side for a "Joseph" the gazetteer does not know
    r = readoutkit.parse(
        "Vladimir Putin addressed a message to Joseph Ratzinger, congratulating him."
    )
    assert [p.country for p in r.parties if p.name == "Joseph Ratzinger"] == [None]
    # a family name several listed officials open with still places an unknown one
    r = readoutkit.parse("Ambassador Li Jie met Minister of Agriculture Ana Ruiz in Lusaka.")
    assert [p.country for p in r.parties if p.name == "Li Jie"] == ["CHN"]


def test_why_a_guest_is_there_and_a_day_earlier_are_narration() -> None:
    r = readoutkit.parse(
        "President Li Wei met President Ana Ruiz of Chile in Beijing. Ruiz said Chile will "
        "open a trade office in Shanghai.\n\n"
        "Ruiz is among the leaders of 30 countries gathering in Beijing for the forum.\n\n"
        "A day earlier, Ruiz held a trilateral meeting in Astana with two other presidents."
    )
    assert [s.text for s in r.statements] == ["Chile will open a trade office in Shanghai"]


def test_an_institution_named_after_a_two_word_side_undertakes_for_it() -> None:
    r = readoutkit.parse(
        "Secretary of Defense Lloyd J. Austin III spoke by phone with Minister of Defence Ana "
        "Ruiz of Zambia. He noted that U.S. Africa Command will keep looking for new ways to "
        "deepen engagement."
    )
    assert [(c.text, r.names(c.actors)) for c in r.commitments] == [
        (
            "U.S. Africa Command will keep looking for new ways to deepen engagement",
            ("Lloyd J. Austin III",),
        )
    ]


def test_a_planned_trip_is_narration() -> None:
    r = readoutkit.parse(
        "The Prime Minister spoke to President Luis Vega of Peru. They agreed to talk again "
        "over the coming weeks.\n\nThe Foreign Secretary plans a trip to South America in "
        "the autumn."
    )
    assert [s.text for s in r.statements] == ["to talk again over the coming weeks"]
