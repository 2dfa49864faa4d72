"""Score the parser against gold annotations (the format of the shared corpus GUIDE.md).

The definitions are those of the project's reference scorer (``score.py``), so the
figures agree on the same files:

- parties are aligned one to one, best match first (by name; else by side and
  title; else, for a participant the text never names, by side alone); F1 over
  the aligned pairs, and title / country accuracy on them;
- a gold statement is *found* when a predicted statement's text contains its
  snippet (whitespace, quotes and case normalized; a snippet of three words or
  fewer is also answered by a predicted text inside it), and *right* when that
  prediction's speakers are the gold ones ("both" = all participants);
  commitments likewise, with the polarity too. Each prediction answers for one
  gold item at most;
- ``overall`` is the mean of parties, statements and commitments F1, date and
  kind accuracy.

Each text is parsed as ``parse(text)`` (no reference date), as the reference
scorer does.
"""

from __future__ import annotations

import collections
import json
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from readoutkit.parser import parse
from readoutkit.serialize import to_dict

__all__ = [
    "Evaluation",
    "FileScore",
    "evaluate",
    "gold_files",
    "score_readout",
    "summarize",
]

Json = Mapping[str, Any]
Counts = collections.Counter[str]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
_SUMMARY_F1 = ("parties.f1", "statements.f1", "commitments.f1", "date.acc", "kind.acc")


def _norm_text(s: str) -> str:
    return " ".join(s.translate(_QUOTES).split()).casefold()


def _name_tokens(s: str | None) -> list[str]:
    if not s:
        return []
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.findall(r"[a-z0-9]+", s)


def _name_match(gold: str, pred: str) -> float:
    g, p = _name_tokens(gold), _name_tokens(pred)
    if not g or not p:
        return 0.0
    gs, ps = set(g), set(p)
    if g[-1] in ps or p[-1] in gs or gs <= ps or ps <= gs:
        return len(gs & ps) / len(gs | ps) + 0.5
    return 0.0


def _norm_title(s: str | None) -> str:
    t = _name_tokens(s)
    while t and t[0] == "the":
        t = t[1:]
    return " ".join(t)


def _contains(pred_text: str, snippet: str) -> bool:
    """The snippet is in the prediction, or a short snippet (≤ 3 words) holds the prediction."""
    if snippet in pred_text:
        return True
    return bool(pred_text) and len(snippet.split()) <= 3 and pred_text in snippet


def _refs(item: Json, many: str, one: str) -> list[Any]:
    v = item.get(many, item.get(one))
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def _show(ref: str | list[str]) -> str:
    return "+".join(ref) if isinstance(ref, list) else ref


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _party_match(g: Json, p: Json, text_tokens: set[str]) -> float:
    by_name = _name_match(g["name"], p.get("name") or "")
    if by_name:
        return by_name
    same_side = (g.get("country") or g.get("organization")) == (
        p.get("country") or p.get("organization")
    )
    if not same_side:
        return 0.0
    if _norm_title(g.get("title")) and _norm_title(g.get("title")) == _norm_title(p.get("title")):
        return 0.25
    gold_tokens = _name_tokens(g["name"])
    if gold_tokens and gold_tokens[-1] not in text_tokens:
        return 0.2
    return 0.0


def _align_parties(gold: Sequence[Json], pred: Sequence[Json], text: str) -> dict[int, int]:
    """Predicted party index -> gold party index, one to one, best matches first."""
    text_tokens = set(_name_tokens(text))
    pairs = sorted(
        (
            (_party_match(g, p, text_tokens), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
        ),
        reverse=True,
    )
    used: set[int] = set()
    out: dict[int, int] = {}
    for score, gi, pi in pairs:
        if score > 0 and gi not in used and pi not in out:
            used.add(gi)
            out[pi] = gi
    return out


def _score_items(
    field: str, person: str, golds: Sequence[Json], preds: list[tuple[str, frozenset[str], Any]],
    gold_who: Callable[[Any], frozenset[str]], c: Counts, misses: list[str],
) -> None:  # fmt: skip
    c[f"{field}.gold"] += len(golds)
    c[f"{field}.pred"] += len(preds)
    one = field[:-1]
    polar = field == "commitments"
    pred_hit = [False] * len(preds)
    pred_ok = [False] * len(preds)
    cands: list[tuple[Json, list[int], list[int]]] = []
    for g in golds:
        snippet = _norm_text(g["snippet"])
        want = gold_who(g[person])
        found = [i for i, (t, _, _) in enumerate(preds) if _contains(t, snippet)]
        ok = [
            i
            for i in found
            if preds[i][1] == want and (not polar or preds[i][2] == g.get("polarity"))
        ]
        cands.append((g, found, ok))
    done = [False] * len(golds)
    # first every gold item that a free prediction gets right, then the rest
    for gi, (_, _, ok) in enumerate(cands):
        free = [i for i in ok if not pred_ok[i] and not pred_hit[i]]
        if free:
            pred_ok[free[0]] = pred_hit[free[0]] = done[gi] = True
            c[f"{field}.found"] += 1
            c[f"{field}.ok"] += 1
    for gi, (g, found, _) in enumerate(cands):
        if done[gi]:
            continue
        free = [i for i in found if not pred_hit[i]]
        if free:
            pred_hit[free[0]] = True
            c[f"{field}.found"] += 1
            _, got_who, got_polarity = preds[free[0]]
            want_pol = f", {g['polarity']}" if polar else ""
            got_pol = f", {got_polarity}" if polar else ""
            misses.append(
                f"{one} wrong ({_show(g[person])}{want_pol}) "
                f"got ({', '.join(sorted(got_who))}{got_pol}): {g['snippet']!r}"
            )
        elif found:
            misses.append(f"{one} merged into another ({_show(g[person])}): {g['snippet']!r}")
        else:
            misses.append(f"{one} missed ({_show(g[person])}): {g['snippet']!r}")
    c[f"{field}.pred_hit"] += sum(pred_hit)
    c[f"{field}.pred_ok"] += sum(pred_ok)
    for i, (t, _, _) in enumerate(preds):
        if not pred_hit[i]:
            misses.append(f"{one} extra: {t[:90]!r}")


def score_readout(gold: Json, pred: Json, text: str) -> tuple[Counts, list[str]]:
    """Counts and misses for one readout: ``gold`` in the gold format, ``pred`` as
    :func:`~readoutkit.serialize.to_dict` gives it (or ``{}`` for a parser failure)."""
    c: Counts = collections.Counter()
    misses: list[str] = []
    gparties: Sequence[Json] = gold["parties"]
    pparties = [p for p in pred.get("parties", []) if p.get("role") in (None, "participant")]
    align = _align_parties(gparties, pparties, text)
    c["parties.gold"] += len(gparties)
    c["parties.pred"] += len(pparties)
    c["parties.matched"] += len(align)
    for pi, gi in align.items():
        g, p = gparties[gi], pparties[pi]
        c["parties.country_ok"] += g.get("country") == p.get("country")
        c["parties.title_ok"] += _norm_title(g.get("title")) == _norm_title(p.get("title"))
        if g.get("country") != p.get("country"):
            misses.append(
                f"country of {g['name']}: gold {g.get('country')} pred {p.get('country')}"
            )
        if _norm_title(g.get("title")) != _norm_title(p.get("title")):
            misses.append(f"title of {g['name']}: gold {g.get('title')!r} pred {p.get('title')!r}")
    matched_gold = set(align.values())
    misses += [
        f"party missed: {g['name']}" for gi, g in enumerate(gparties) if gi not in matched_gold
    ]
    misses += [f"party extra: {p.get('name')}" for pi, p in enumerate(pparties) if pi not in align]

    # a predicted reference (id or name) -> the gold name of the party it aligned with
    ref_to_gold: dict[str, str] = {}
    for pi, p in enumerate(pparties):
        gname = gparties[align[pi]]["name"] if pi in align else f"?{p.get('name')}"
        for ref in (p.get("id"), p.get("name")):
            if ref is not None:
                ref_to_gold[str(ref)] = gname
    everyone = frozenset(g["name"] for g in gparties)

    def who(refs: list[Any]) -> frozenset[str]:
        return frozenset(ref_to_gold.get(str(r), f"?{r}") for r in refs)

    def gold_who(ref: str | list[str]) -> frozenset[str]:
        if ref == "both":
            return everyone
        return frozenset(ref if isinstance(ref, list) else [ref])

    for field, many, one in (
        ("statements", "speakers", "speaker"),
        ("commitments", "actors", "actor"),
    ):
        preds = [
            (_norm_text(x.get("text") or ""), who(_refs(x, many, one)), x.get("polarity"))
            for x in pred.get(field, [])
        ]
        _score_items(field, one, gold[field], preds, gold_who, c, misses)

    for key in ("date", "kind"):
        ok = gold.get(key) == pred.get(key)
        c[f"{key}.ok"] += ok
        c[f"{key}.n"] += 1
        if not ok:
            misses.append(f"{key}: gold {gold.get(key)} pred {pred.get(key)}")
    return c, misses


def summarize(c: Mapping[str, float]) -> dict[str, float]:
    """The figures from summed counts: F1, precision, recall, accuracies, ``overall``."""

    def n(key: str) -> float:
        return c.get(key, 0)

    s: dict[str, float] = {}
    p, r = (
        _ratio(n("parties.matched"), n("parties.pred")),
        _ratio(n("parties.matched"), n("parties.gold")),
    )
    s["parties.f1"] = _f1(p, r)
    s["parties.title_acc"] = _ratio(n("parties.title_ok"), n("parties.matched"))
    s["parties.country_acc"] = _ratio(n("parties.country_ok"), n("parties.matched"))
    for field in ("statements", "commitments"):
        s[f"{field}.recall_found"] = _ratio(n(f"{field}.found"), n(f"{field}.gold"))
        s[f"{field}.precision_found"] = _ratio(n(f"{field}.pred_hit"), n(f"{field}.pred"))
        p = _ratio(n(f"{field}.pred_ok"), n(f"{field}.pred"))
        r = _ratio(n(f"{field}.ok"), n(f"{field}.gold"))
        s[f"{field}.precision"], s[f"{field}.recall"], s[f"{field}.f1"] = p, r, _f1(p, r)
    s["date.acc"] = _ratio(n("date.ok"), n("date.n"))
    s["kind.acc"] = _ratio(n("kind.ok"), n("kind.n"))
    s["overall"] = sum(s[k] for k in _SUMMARY_F1) / 5
    return s


@attrs.frozen
class FileScore:
    """One gold file: its name (the stem), figures, misses, and a parser failure if any."""

    name: str
    figures: dict[str, float]
    misses: tuple[str, ...]
    error: str | None = None


@attrs.frozen
class Evaluation:
    """The result of :func:`evaluate`: the summary over all files, and each file's score.

    ``problems`` lists gold files that could not be scored at all (unreadable
    JSON, a missing ``.txt``), as ``(path, why)``; they are left out of the figures.
    """

    summary: dict[str, float]
    files: tuple[FileScore, ...]
    problems: tuple[tuple[str, str], ...] = ()

    def as_json(self, *, per_file: bool = False) -> dict[str, Any]:
        """The summary as the reference scorer's ``--json`` prints it, optionally with files."""
        out: dict[str, Any] = dict(self.summary)
        if per_file:
            out["per_file"] = [attrs.asdict(f) for f in self.files]
        if self.problems:
            out["problems"] = [{"path": p, "reason": why} for p, why in self.problems]
        return out


def gold_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """``*.gold.json`` files: those in each folder (not recursively), files as given; sorted."""
    found: list[Path] = []
    for p in paths:
        path = Path(p)
        found += path.glob("*.gold.json") if path.is_dir() else [path]
    return sorted(found)


def evaluate(paths: Iterable[str | os.PathLike[str]]) -> Evaluation:
    """Parse each ``NAME.txt`` beside a ``NAME.gold.json`` and score it against the gold."""
    total: Counts = collections.Counter()
    scores: list[FileScore] = []
    problems: list[tuple[str, str]] = []
    errors, seconds = 0, 0.0
    files = gold_files(paths)
    for f in files:
        stem = f.name.removesuffix(".gold.json")
        try:
            gold = json.loads(f.read_text(encoding="utf-8"))
            # read as the reference scorer does (text mode: universal newlines, BOM kept)
            text = f.with_name(stem + ".txt").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError) as e:
            problems.append((str(f), f"{type(e).__name__}: {e}"))
            continue
        error = None
        try:
            t0 = time.perf_counter()
            pred: Json = to_dict(parse(text))
            seconds += time.perf_counter() - t0
        except Exception as e:  # one crash is a result for that file, not the end of the run
            errors += 1
            pred = {}
            error = f"{type(e).__name__}: {e}"
        try:
            counts, misses = score_readout(gold, pred, text)
        except (KeyError, TypeError, AttributeError) as e:
            problems.append(
                (str(f), f"gold is not in the expected format: {type(e).__name__}: {e}")
            )
            continue
        if error is not None:
            misses.insert(0, f"parser failed: {error}")
        total.update(counts)
        scores.append(FileScore(stem, summarize(counts), tuple(misses), error))
    summary: dict[str, float] = summarize(total)
    summary["files"] = len(files) - len(problems)
    summary["parser_errors"] = errors
    summary["docs_per_s"] = len(scores) / seconds if seconds else 0.0
    return Evaluation(summary, tuple(scores), tuple(problems))
