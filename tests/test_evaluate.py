"""Gold scoring: the definitions, one by one, and agreement with the reference scorer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutkit.evaluate import evaluate, gold_files, score_readout, summarize

HERE = Path(__file__).resolve().parent
STYLES = HERE / "fixtures" / "styles"
SHARED = HERE.parent.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORE = SHARED / "tools" / "score.py"

WANG = {"name": "Wang Yi", "title": "Foreign Minister", "country": "CHN", "organization": None}
RUIZ = {"name": "Ana Ruiz", "title": "Foreign Minister", "country": "CHL", "organization": None}
TEXT = "Wang Yi spoke with Ana Ruiz. Wang said trade is growing. Ruiz said Chile will help."


def _gold(**extra: Any) -> dict[str, Any]:
    return {
        "date": "2025-03-14",
        "kind": "phone_call",
        "parties": [WANG, RUIZ],
        "statements": [
            {"speaker": "Wang Yi", "snippet": "trade is growing"},
            {"speaker": "Ana Ruiz", "snippet": "Chile will help"},
        ],
        "commitments": [
            {"actor": "Ana Ruiz", "snippet": "Chile will help", "polarity": "positive"}
        ],
        **extra,
    }


def _pred(**extra: Any) -> dict[str, Any]:
    return {
        "date": "2025-03-14",
        "kind": "phone_call",
        "parties": [{"id": "p1", **WANG}, {"id": "p2", **RUIZ}],
        "statements": [
            {"speakers": ["p1"], "text": "trade is growing"},
            {"speakers": ["p2"], "text": "Chile will help"},
        ],
        "commitments": [{"actors": ["p2"], "text": "Chile will help", "polarity": "positive"}],
        **extra,
    }


def test_a_perfect_prediction_scores_one() -> None:
    counts, misses = score_readout(_gold(), _pred(), TEXT)
    assert misses == []
    s = summarize(counts)
    for key in ("parties.f1", "statements.f1", "commitments.f1", "date.acc", "kind.acc", "overall"):
        assert s[key] == 1.0


def test_nothing_predicted_scores_zero_and_lists_every_miss() -> None:
    counts, misses = score_readout(_gold(), {}, TEXT)
    s = summarize(counts)
    assert s["parties.f1"] == s["statements.f1"] == s["commitments.f1"] == 0.0
    assert misses == [
        "party missed: Wang Yi",
        "party missed: Ana Ruiz",
        "statement missed (Wang Yi): 'trade is growing'",
        "statement missed (Ana Ruiz): 'Chile will help'",
        "commitment missed (Ana Ruiz): 'Chile will help'",
        "date: gold 2025-03-14 pred None",
        "kind: gold phone_call pred None",
    ]


def test_text_is_compared_after_normalizing_quotes_space_and_case() -> None:
    gold = _gold(statements=[{"speaker": "Wang Yi", "snippet": "the “core” interests  of China"}])
    pred = _pred(
        statements=[{"speakers": ["p1"], "text": 'Respect The "core"\ninterests of China'}]
    )
    counts, _ = score_readout(gold, pred, TEXT)
    assert (counts["statements.found"], counts["statements.ok"]) == (1, 1)


def test_a_short_snippet_is_answered_by_a_prediction_inside_it() -> None:
    gold = _gold(statements=[{"speaker": "both", "snippet": "the Rafah crossing"}])
    pred = _pred(statements=[{"speakers": ["p1", "p2"], "text": "Rafah crossing"}])
    counts, misses = score_readout(gold, pred, TEXT)
    assert (counts["statements.found"], counts["statements.ok"]) == (1, 1)  # "both" = everyone
    assert not [m for m in misses if m.startswith("statement")]


def test_one_prediction_answers_for_one_gold_item_only() -> None:
    gold = _gold(
        statements=[
            {"speaker": "Wang Yi", "snippet": "trade is growing"},
            {"speaker": "Wang Yi", "snippet": "ties are strong"},
        ]
    )
    pred = _pred(statements=[{"speakers": ["p1"], "text": "trade is growing and ties are strong"}])
    counts, misses = score_readout(gold, pred, TEXT)
    assert (counts["statements.found"], counts["statements.ok"], counts["statements.pred_ok"]) == (
        1,
        1,
        1,
    )
    assert "statement merged into another (Wang Yi): 'ties are strong'" in misses


def test_a_wrong_speaker_or_polarity_is_found_but_not_right() -> None:
    pred = _pred(
        statements=[{"speakers": ["p2"], "text": "trade is growing"}],
        commitments=[{"actors": ["p2"], "text": "Chile will help", "polarity": "negative"}],
    )
    counts, misses = score_readout(_gold(), pred, TEXT)
    assert (counts["statements.found"], counts["statements.ok"]) == (1, 0)
    assert (counts["commitments.found"], counts["commitments.ok"]) == (1, 0)
    assert "statement wrong (Wang Yi) got (Ana Ruiz): 'trade is growing'" in misses
    assert (
        "commitment wrong (Ana Ruiz, positive) got (Ana Ruiz, negative): 'Chile will help'"
        in misses
    )


def test_speakers_may_be_given_by_name_or_as_one_id() -> None:
    pred = _pred(
        statements=[
            {"speaker": "p1", "text": "trade is growing"},
            {"speakers": ["Ana Ruiz"], "text": "Chile will help"},
        ]
    )
    counts, _ = score_readout(_gold(), pred, TEXT)
    assert counts["statements.ok"] == 2


def test_parties_align_by_side_and_title_when_unnamed() -> None:
    gold = _gold(parties=[{**WANG, "name": "Wang Yi"}, RUIZ])
    pred = _pred(parties=[{"id": "p1", **WANG, "name": None}, {"id": "p2", **RUIZ}])
    counts, misses = score_readout(gold, pred, TEXT)
    assert counts["parties.matched"] == 2
    assert counts["statements.ok"] == 2  # p1 stands for Wang Yi
    assert not [m for m in misses if "party" in m]


def test_a_participant_the_text_never_names_aligns_by_side() -> None:
    pm = {"name": "Rishi Sunak", "title": "Prime Minister", "country": "GBR"}
    gold = _gold(parties=[pm], statements=[], commitments=[])
    pred = _pred(parties=[{"id": "p1", "name": None, "title": None, "country": "GBR"}])
    counts, misses = score_readout(gold, pred, "The Prime Minister spoke today.")
    assert counts["parties.matched"] == 1
    assert counts["parties.title_ok"] == 0
    assert "title of Rishi Sunak: gold 'Prime Minister' pred None" in misses


def test_mentions_are_not_parties() -> None:
    pred = _pred()
    pred["parties"] = [*pred["parties"], {"id": "m1", "name": "Xi Jinping", "role": "mention"}]
    counts, _ = score_readout(_gold(), pred, TEXT)
    assert counts["parties.pred"] == 2


def test_summary_of_no_counts_is_all_zero() -> None:
    s = summarize({})
    assert set(s.values()) == {0.0}


def test_evaluate_the_style_fixtures() -> None:
    files = gold_files([STYLES])
    assert files, "tests/fixtures/styles holds gold files"
    result = evaluate([STYLES])
    assert result.problems == ()
    assert result.summary["files"] == len(files) == len(result.files)
    assert [f.name for f in result.files] == [p.name.removesuffix(".gold.json") for p in files]
    assert 0.0 <= result.summary["overall"] <= 1.0
    report = result.as_json(per_file=True)
    assert json.loads(json.dumps(report))["per_file"][0]["name"] == result.files[0].name


def test_evaluate_reports_files_it_cannot_score(tmp_path: Path) -> None:
    (tmp_path / "a.gold.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "b.gold.json").write_text(json.dumps(_gold()), encoding="utf-8")  # no b.txt
    (tmp_path / "c.gold.json").write_text(json.dumps({"kind": "x"}), encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    result = evaluate([tmp_path])
    assert [Path(p).name for p, _ in result.problems] == [
        "a.gold.json",
        "b.gold.json",
        "c.gold.json",
    ]
    assert result.summary["files"] == 0
    assert result.as_json()["problems"][2]["reason"].startswith("gold is not in the expected")


def test_a_parser_crash_is_a_result(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import readoutkit.evaluate as ev

    def crash(text: str) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(ev, "parse", crash)
    (tmp_path / "a.gold.json").write_text(json.dumps(_gold()), encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = evaluate([tmp_path])
    assert result.summary["parser_errors"] == 1
    assert result.files[0].error == "RuntimeError: boom"
    assert result.files[0].misses[0] == "parser failed: RuntimeError: boom"


# -- agreement with ../shared/tools/score.py ------------------------------------------------

needs_scorer = pytest.mark.skipif(not SCORE.is_file(), reason="../shared/tools/score.py absent")


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", SCORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference(scorer: ModuleType, folder: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    assert scorer.main([str(folder), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    figures.pop("docs_per_s")
    return figures


@pytest.mark.corpus
@needs_scorer
@pytest.mark.parametrize("folder", [STYLES, DEV], ids=["styles", "dev"])
def test_same_figures_as_the_reference_scorer(
    scorer: ModuleType, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} absent")
    ours = evaluate([folder]).summary
    ours.pop("docs_per_s")
    assert ours == _reference(scorer, folder, capsys)


NAMES = ["Wang Yi", "Wang", "Ana Ruiz", "Ruiz", "Sergei Lavrov", "António Guterres"]
PHRASES = ["trade is growing", "Chile will help", "ties", "the Rafah crossing", "peace", ""]
#: predicted texts: whole phrases, and parts of them (that a short snippet may hold)
PRED_PHRASES = [*PHRASES, "Rafah crossing", "is growing", "will help"]


def _party(draw: st.DrawFn, name: str | None) -> dict[str, Any]:
    return {
        "name": name,
        "title": draw(
            st.sampled_from(["Foreign Minister", "the Foreign Minister", "President", None])
        ),
        "country": draw(st.sampled_from(["CHN", "CHL", None])),
        "organization": draw(st.sampled_from([None, "United Nations"])),
    }


@st.composite
def gold_and_pred(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], str]:
    names = draw(
        st.lists(st.sampled_from([*NAMES[::2], "Rishi Sunak"]), min_size=1, max_size=3, unique=True)
    )
    gparties = [_party(draw, n) for n in names]
    who = st.sampled_from([*names, "both"]) | st.lists(
        st.sampled_from(names), min_size=1, max_size=2
    )
    snippet = st.sampled_from([p for p in PHRASES if p])
    polarity = st.sampled_from(["positive", "negative"])
    gold = {
        "date": draw(st.sampled_from([None, "2025-03-14"])),
        "kind": draw(st.sampled_from(["phone_call", "meeting"])),
        "parties": gparties,
        "statements": draw(
            st.lists(st.fixed_dictionaries({"speaker": who, "snippet": snippet}), max_size=4)
        ),
        "commitments": draw(
            st.lists(
                st.fixed_dictionaries({"actor": who, "snippet": snippet, "polarity": polarity}),
                max_size=3,
            )
        ),
    }
    pparties = [
        {
            "id": f"p{i}",
            **_party(draw, draw(st.sampled_from([*NAMES, None]))),
            "role": draw(st.sampled_from([None, "participant", "mention"])),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    refs = st.lists(st.sampled_from([f"p{i}" for i in range(3)] + NAMES[:2]), max_size=2)
    text = st.lists(st.sampled_from(PRED_PHRASES), min_size=1, max_size=3).map(" and ".join)
    pred = {
        "date": draw(st.sampled_from([None, "2025-03-14"])),
        "kind": "phone_call",
        "parties": pparties,
        "statements": draw(
            st.lists(st.fixed_dictionaries({"speakers": refs, "text": text}), max_size=4)
        ),
        "commitments": draw(
            st.lists(
                st.fixed_dictionaries({"actors": refs, "text": text, "polarity": polarity}),
                max_size=3,
            )
        ),
    }
    return (
        gold,
        pred,
        draw(st.sampled_from(["", "Wang Yi met Ana Ruiz.", "The Prime Minister spoke."])),
    )


@needs_scorer
@settings(max_examples=300, deadline=None)
@given(gold_and_pred())
def test_same_counts_and_misses_as_the_reference_scorer(
    scorer: ModuleType, case: tuple[dict[str, Any], dict[str, Any], str]
) -> None:
    gold, pred, text = case
    counts, misses = score_readout(gold, pred, text)
    reference = scorer.Counts()
    reference_misses: list[str] = []
    scorer.score_doc(gold, pred, text, reference, reference_misses)
    assert {k: v for k, v in counts.items() if v} == {k: v for k, v in reference.c.items() if v}
    assert misses == reference_misses
    assert summarize(counts) == scorer.summary(reference)
