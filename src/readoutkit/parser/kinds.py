"""Kind: what kind of engagement a readout reports (phone call, meeting, letter, ...).

The cues are data (``data/kind_cues.tsv``): a kind, a regular-expression fragment
and a role. Their header comment documents the format and the precedence that
:class:`KindMatcher` applies; in short, the title and the first sentences (the
"lead") decide: a phone or video cue there settles the kind, else the first
heading or sentence naming an event (talks, a meeting, a letter, a joint
statement), else a weak cue ("spoke with", "a call"), which a bare "phone" or
"video" anywhere in the text may settle.
"""

from __future__ import annotations

import enum
import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import Final, NamedTuple, Protocol

import attrs
import regex

from readoutkit.errors import ValidationError
from readoutkit.model import Kind, Span
from readoutkit.parser.text import Document

__all__ = [
    "DEFAULT_KIND_CUES",
    "CueLike",
    "CueRole",
    "KindCue",
    "KindMatcher",
    "classify",
    "load_kind_cues",
]

_F = regex.VERSION1 | regex.UNICODE | regex.IGNORECASE


class CueRole(str, enum.Enum):
    """What a kind cue says about the engagement (see ``data/kind_cues.tsv``)."""

    MODE = "mode"  # how the sides talked: by phone, by video; overrides event cues in the lead
    EVENT = "event"  # what took place: talks, a meeting, a letter, a joint statement
    WEAK = "weak"  # "spoke with", "a call": counts only when nothing stronger is there
    HINT = "hint"  # a bare "phone" / "video" anywhere: settles a weak cue


def _default_role(cue: KindCue) -> CueRole:
    if cue.kind in (Kind.PHONE_CALL, Kind.VIDEO_CALL):
        return CueRole.MODE
    return CueRole.EVENT


@attrs.frozen
class KindCue:
    """One row of ``data/kind_cues.tsv``: a kind, a regex fragment, and its role."""

    kind: Kind
    pattern: str
    role: CueRole = attrs.field(
        default=attrs.Factory(_default_role, takes_self=True), converter=CueRole
    )


#: Within one unit of the lead, which event kind wins.
EVENT_ORDER: Final = (Kind.JOINT_STATEMENT, Kind.TALKS, Kind.MEETING, Kind.LETTER)
#: Among mode cues of the lead, which kind wins.
MODE_ORDER: Final = (Kind.VIDEO_CALL, Kind.PHONE_CALL)
#: How many sentences (after the heading lines) make up the lead.
LEAD_SENTENCES: Final = 3
#: When the lead holds no cue, how far the rest of the text is searched (units, characters).
_MAX_UNITS: Final = 200
_MAX_CHARS: Final = 50_000
#: The lead holds at most this many units; a unit is searched in its first characters only.
_MAX_LEAD_UNITS: Final = 12
_MAX_UNIT_CHARS: Final = 3_000
#: Words before a mode cue that make it an earlier engagement ("their previous phone
#: call"): such a cue only hints at the mode, like a bare "phone".
_EARLIER: Final = regex.compile(
    r"(?<![\p{L}])(?:previous|recent|earlier|last|prior|former)\s+(?:\w+\s+)?\Z", _F
)
#: Words before an event cue that make it another engagement, past or to come ("the
#: upcoming Quad foreign ministers' meeting"): such a cue does not say what this one was.
_OTHER_EVENT: Final = regex.compile(
    r"(?<![\p{L}])(?:previous|recent|earlier|last|prior|former|upcoming|next|forthcoming|"
    r"planned|future|coming|scheduled|proposed)\s+(?:[\w'\u2019\-]+\s+){0,3}\Z",
    _F,
)

_KINDS: Final = frozenset(k.value for k in Kind)
_ROLES: Final = frozenset(r.value for r in CueRole)


def load_kind_cues(
    source: str | os.PathLike[str] | None = None,
) -> tuple[KindCue, ...]:
    """Kind cues from TSV: ``None`` reads the packaged file, a path reads that file,
    a ``str`` is the TSV text itself. Blank lines and ``#`` comments are skipped.

    Raises :class:`~readoutkit.errors.ValidationError` (naming the line) on a bad
    kind, role or regular expression: cue files are checked when loaded.
    """
    if source is None:
        name = "kind_cues.tsv"
        text = resources.files("readoutkit.data").joinpath(name).read_text(encoding="utf-8")
    elif isinstance(source, str):
        name, text = "<kind cues>", source
    else:
        name = os.fspath(source)
        text = Path(source).read_text(encoding="utf-8")
    out: list[KindCue] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{name}:{n}"
        if len(cells) < 2 or not cells[1]:
            raise ValidationError(where, "expected kind<TAB>pattern[<TAB>role]")
        if cells[0] not in _KINDS or cells[0] == Kind.OTHER.value:
            raise ValidationError(where, f"unknown kind {cells[0]!r}")
        role = cells[2] if len(cells) > 2 and cells[2] else None
        if role is not None and role not in _ROLES:
            raise ValidationError(where, f"unknown role {role!r}")
        try:
            _simple_pattern(cells[1])
        except regex.error as exc:
            raise ValidationError(where, f"bad pattern: {exc}") from None
        kind = Kind(cells[0])
        out.append(KindCue(kind, cells[1], role) if role else KindCue(kind, cells[1]))
    return tuple(out)


def _wrap(fragment: str) -> str:
    """A cue fragment matched as whole words."""
    return rf"(?<![\p{{L}}\p{{N}}_])(?:{fragment})(?![\p{{L}}\p{{N}}_])"


def _full_pattern(fragment: str) -> regex.Pattern[str]:
    """A cue fragment's pattern with full case folding: for any text. Compiling it costs
    milliseconds (the `regex` module folds the word classes of :func:`_wrap` in full),
    so :class:`KindMatcher` compiles it when first needed, unless the cue is plain."""
    return regex.compile(_wrap(fragment), _F)


def _simple_pattern(fragment: str) -> regex.Pattern[str]:
    """A cue fragment's pattern with simple case folding: for simple texts (see
    ``KindMatcher._simple``). Loading a cue compiles it to check the fragment (the case
    folding flags change how a pattern is compiled, not whether it is valid), so a
    matcher built from loaded cues finds it in the `regex` module's cache."""
    return regex.compile("(?-f)" + _wrap(fragment), _F)


#: Cue prefixes: how many (case-folded) characters of a cue's start are used to find the
#: places where it may match (see :func:`_prefixes`).
_PREFIX_CHARS: Final = 4
#: A cue with more possible prefixes than this is searched the plain way.
_MAX_PREFIXES: Final = 512
#: How many words a matcher remembers the cue starts of (see KindMatcher._cues_at).
_MAX_WORDS: Final = 65_536
_QUANTIFIER: Final = regex.compile(r"\{(\d*)(?:(,)(\d*))?\}")
#: The characters cue starts are made of (case-folded): every character that folds to one
#: of them is a letter or digit, and folds to it alone.
_ALPHABET: Final = "0-9a-z\u00e0-\u00f6\u00f8-\u00fe\u00ff"
_IN_ALPHABET: Final = re.compile(f"[{_ALPHABET}]*")
#: Texts made only of these characters (Latin, Cyrillic, Arabic, CJK, punctuation) are
#: searched by cue starts: their case folding is one character to one, the same in
#: ``regex`` as in ``str.casefold``. Others ("\u00df", ligatures, Greek) are searched
#: the plain way.
_SIMPLE_RANGES: Final = (
    (0x0000, 0x024F),
    (0x0400, 0x04FF),
    (0x0600, 0x06FF),
    (0x2000, 0x206F),
    (0x20A0, 0x20BF),
    (0x3000, 0x303F),
    (0x4E00, 0x9FA5),
)


def _not_simple() -> re.Pattern[str]:
    allowed = [
        c
        for a, b in _SIMPLE_RANGES
        for c in range(a, b + 1)
        if len(chr(c).casefold()) == 1 and not 0xD800 <= c < 0xE000
    ]
    spans: list[tuple[int, int]] = []
    for c in allowed:
        if spans and spans[-1][1] == c - 1:
            spans[-1] = (spans[-1][0], c)
        else:
            spans.append((c, c))
    body = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in spans)
    return re.compile(f"[^{body}]")


#: a character outside the simple ranges
_NOT_SIMPLE: Final = _not_simple()
#: scoped flags that do not change how a fragment reads: "(?-i:", "(?i)"
_FLAGS: Final = regex.compile(r"\?[ifmsu]*+(?:-[ifmsu]++)?([:)])")

# A path is (case-folded start, complete): complete means the match so far is exactly
# that text (what follows may extend it); incomplete means something unknown follows.
_Paths = frozenset[tuple[str, bool]]
_EMPTY: Final[_Paths] = frozenset({("", True)})
_UNKNOWN: Final[_Paths] = frozenset({("", False)})


class _Unfilterable(Exception):
    """A fragment whose possible starts cannot be told safely (searched the plain way)."""


def _prefixes(fragment: str) -> frozenset[str] | None:
    r"""The case-folded starts (at most ``_PREFIX_CHARS`` characters) that every match of
    the fragment begins with, or ``None`` when they cannot be told.

    An over-approximation by design: any text the fragment can match begins (case-folded)
    with one of them. Classes, escapes and backreferences end a start; lookarounds and
    anchors add nothing; ``\G``, conditionals, verbose mode, characters whose case
    folding is longer than one character, and fragments that may match empty text are
    not analysed (``None``).
    """
    if any(len(ch.casefold()) != 1 for ch in fragment):
        return None
    try:
        paths, i = _parse_alternation(fragment, 0)
    except (_Unfilterable, IndexError, ValueError):
        return None
    if i != len(fragment):
        return None
    # only letters and digits of _ALPHABET: no word can start inside such a start
    out = frozenset(_IN_ALPHABET.match(s)[0] for s, _ in paths)  # type: ignore[index]
    if "" in out or len(out) > _MAX_PREFIXES:
        return None
    return out


def _concat(left: _Paths, right: _Paths) -> _Paths:
    out: set[tuple[str, bool]] = set()
    for s, complete in left:
        if not complete:
            out.add((s, False))
            continue
        for t, more in right:
            u = s + t
            out.add((u[:_PREFIX_CHARS], more and len(u) <= _PREFIX_CHARS))
    if len(out) > _MAX_PREFIXES:
        raise _Unfilterable
    return frozenset(out)


def _parse_alternation(p: str, i: int) -> tuple[_Paths, int]:
    paths, i = _parse_sequence(p, i)
    out = set(paths)
    while i < len(p) and p[i] == "|":
        more, i = _parse_sequence(p, i + 1)
        out |= more
    return frozenset(out), i


def _parse_sequence(p: str, i: int) -> tuple[_Paths, int]:
    paths = _EMPTY
    while i < len(p) and p[i] not in "|)":
        atom, i = _parse_atom(p, i)
        lo, hi, i = _parse_quantifier(p, i)
        if hi == 0:
            atom = _EMPTY
        elif hi != 1:  # more repeats may follow the first
            atom = frozenset((s, False) for s, _ in atom)
        if lo == 0:
            atom = atom | _EMPTY
        paths = _concat(paths, atom)
    return paths, i


def _parse_quantifier(p: str, i: int) -> tuple[int, int | None, int]:
    lo: int
    hi: int | None
    if i < len(p) and p[i] in "?*+":
        lo, hi = {"?": (0, 1), "*": (0, None), "+": (1, None)}[p[i]]
        i += 1
    elif i < len(p) and p[i] == "{" and (m := _QUANTIFIER.match(p, i)) is not None:
        if not m[1] and not m[3] and m[2]:
            raise _Unfilterable  # "{,}": leave odd forms alone
        lo = int(m[1]) if m[1] else 0
        hi = lo if not m[2] else (int(m[3]) if m[3] else None)
        i = m.end()
    else:
        return 1, 1, i
    if i < len(p) and p[i] in "?+":  # lazy or possessive
        i += 1
    if i < len(p) and p[i] in "?*+{":
        raise _Unfilterable  # stacked quantifiers
    return lo, hi, i


def _parse_atom(p: str, i: int) -> tuple[_Paths, int]:
    ch = p[i]
    if ch == "(":
        return _parse_group(p, i + 1)
    if ch == "[":
        return _UNKNOWN, _skip_set(p, i + 1)
    if ch == "\\":
        nxt = p[i + 1]
        if nxt in "bBAZzm":  # zero-width
            return _EMPTY, i + 2
        if nxt == "G" or nxt == "K" or nxt == "Q" or nxt == "E":
            raise _Unfilterable
        if nxt.isalnum():
            if nxt in "pPN" and i + 2 < len(p) and p[i + 2] == "{":
                end = p.index("}", i + 3)
                return _UNKNOWN, end + 1
            if nxt in "gL" and i + 2 < len(p) and p[i + 2] == "<":
                return _UNKNOWN, p.index(">", i + 3) + 1
            if nxt in "xuU":
                raise _Unfilterable
            return _UNKNOWN, i + 2  # a class, a backreference or an escape: not a literal
        return frozenset({(nxt.casefold(), True)}), i + 2
    if ch == ".":
        return _UNKNOWN, i + 1
    if ch in "^$":
        return _EMPTY, i + 1
    if ch in "*+?{":
        raise _Unfilterable
    return frozenset({(ch.casefold(), True)}), i + 1


def _group_head(p: str, i: int) -> tuple[str, int]:
    """What the group opening right before ``i`` is ("text"; "look" for a lookaround;
    "flags" for flags that apply to the rest, ending at the returned index) and where
    its body starts."""
    if p[i] != "?":
        return "text", i
    rest = p[i + 1 :]
    if rest.startswith(":") or rest.startswith(">") or rest.startswith("|"):
        return "text", i + 2
    if rest.startswith(("=", "!")):
        return "look", i + 2
    if rest.startswith(("<=", "<!")):
        return "look", i + 3
    if rest.startswith(("P<", "<")):
        return "text", p.index(">", i) + 1
    m = _FLAGS.match(p, i)
    if m is None:
        raise _Unfilterable  # comments, conditionals, recursion, verbose mode
    if m[1] == ")":  # flags for the rest of the group: no text of their own
        return "flags", m.end()
    return "text", m.end()


def _parse_group(p: str, i: int) -> tuple[_Paths, int]:
    head, i = _group_head(p, i)
    if head == "flags":
        return _EMPTY, i
    inner, i = _parse_alternation(p, i)
    if i >= len(p) or p[i] != ")":
        raise _Unfilterable
    return (_EMPTY if head == "look" else inner), i + 1


def _skip_set(p: str, i: int) -> int:
    """The index after a character set that opened before ``i`` (nested sets allowed)."""
    depth = 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1
    while depth:
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        i += 1
    return i


#: How many texts a piece of a cue may match before :func:`_needed` stops listing them.
_MAX_TEXTS: Final = 32


@attrs.frozen
class _Texts:
    """What :func:`_needed` knows of a piece of a fragment (all case-folded): ``exact``,
    every text it can match (``None``: too many, or unknown); ``need``, texts one of
    which every match holds (``None``: none known)."""

    exact: frozenset[str] | None
    need: frozenset[str] | None


def _least(texts: frozenset[str] | None) -> frozenset[str] | None:
    """``texts`` without those that hold another of them (holding that one is enough);
    ``None`` when one is empty (every text holds it)."""
    if texts is None or "" in texts:
        return None
    return frozenset(w for w in texts if not any(v != w and v in w for v in texts))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two needs: the longer shortest text, then the fewer texts."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _texts(exact: frozenset[str] | None, need: frozenset[str] | None) -> _Texts:
    return _Texts(exact, _better(need, _least(exact)))


_NO_TEXT: Final = _Texts(frozenset({""}), None)
_ANY_TEXT: Final = _Texts(None, None)


def _needed(fragment: str) -> frozenset[str] | None:
    r"""Case-folded texts one of which every match of the fragment holds ("call" for
    ``(?:a|the)\s+call``), or ``None`` when none can be told.

    A cue whose start is found is tried only if the heading or sentence holds one of
    them: most starts ("the", "in", "an") begin no match. Classes, escapes and
    backreferences match unknown text, lookarounds hold nothing of the match; what
    :func:`_prefixes` does not analyse is not analysed here either.
    """
    if any(len(ch.casefold()) != 1 for ch in fragment):
        return None
    try:
        found, i = _texts_alternation(fragment, 0)
    except (_Unfilterable, IndexError, ValueError):
        return None
    return found.need if i == len(fragment) else None


def _texts_alternation(p: str, i: int) -> tuple[_Texts, int]:
    branches = []
    while True:
        branch, i = _texts_sequence(p, i)
        branches.append(branch)
        if i >= len(p) or p[i] != "|":
            break
        i += 1
    exact: frozenset[str] | None = None
    if all(b.exact is not None for b in branches):
        exact = frozenset().union(*(b.exact for b in branches if b.exact is not None))
        if len(exact) > _MAX_TEXTS:
            exact = None
    need: frozenset[str] | None = None
    if all(b.need is not None for b in branches):
        need = _least(frozenset().union(*(b.need for b in branches if b.need is not None)))
    return _texts(exact, need), i


def _texts_sequence(p: str, i: int) -> tuple[_Texts, int]:
    run: frozenset[str] | None = frozenset({""})  # the texts of the latest run of known pieces
    complete = True  # whether every piece so far is in the run
    need: frozenset[str] | None = None
    while i < len(p) and p[i] not in "|)":
        atom, i = _texts_atom(p, i)
        lo, hi, i = _parse_quantifier(p, i)
        if hi == 0:
            atom = _NO_TEXT
        elif lo == 0:
            optional = atom.exact | {""} if hi == 1 and atom.exact is not None else None
            atom = _Texts(optional, None)
        elif hi != 1:  # once or more: what it holds once it still holds
            atom = _Texts(None, atom.need)
        if run is not None and atom.exact is not None:
            joined = frozenset(a + b for a in run for b in atom.exact)
            if len(joined) <= _MAX_TEXTS:
                run = joined
                continue
        complete = False
        need = _better(_better(need, _least(run)), atom.need)
        run = atom.exact if atom.exact is not None else frozenset({""})
    return _texts(run if complete else None, _better(need, _least(run))), i


def _texts_atom(p: str, i: int) -> tuple[_Texts, int]:
    ch = p[i]
    if ch == "(":
        head, i = _group_head(p, i + 1)
        if head == "flags":
            return _NO_TEXT, i
        inner, i = _texts_alternation(p, i)
        if i >= len(p) or p[i] != ")":
            raise _Unfilterable
        return (_NO_TEXT if head == "look" else inner), i + 1
    if ch == "[":
        return _ANY_TEXT, _skip_set(p, i + 1)
    if ch == "\\":
        paths, end = _parse_atom(p, i)  # an escape: a literal, a class or zero-width
        if paths == _EMPTY:
            return _NO_TEXT, end
        if paths == _UNKNOWN:
            return _ANY_TEXT, end
        return _texts(frozenset(s for s, _ in paths), None), end
    if ch == ".":
        return _ANY_TEXT, i + 1
    if ch in "^$":
        return _NO_TEXT, i + 1
    if ch in "*+?{":
        raise _Unfilterable
    return _texts(frozenset({ch.casefold()}), None), i + 1


class _WordsBefore(NamedTuple):
    """A pattern of words before a cue (:data:`_EARLIER`, :data:`_OTHER_EVENT`), ready
    for :func:`_before`."""

    #: the pattern as written (full case folding: for any text)
    full: regex.Pattern[str]
    #: the same with simple case folding, for simple texts (see _SIMPLE_RANGES), where it
    #: matches as ``full`` does, many times faster: full case folding makes the `regex`
    #: module try many foldings at each letter of a run like ``[\w'\-]+``
    simple: regex.Pattern[str]
    #: what every match holds ("previous", "upcoming", ...; see :func:`_needed`)
    needs: frozenset[str] | None


def _words_before(rx: regex.Pattern[str]) -> _WordsBefore:
    """``rx`` with its simple-folding twin and its needed texts."""
    return _WordsBefore(rx, regex.compile("(?-f)" + rx.pattern, rx.flags), _needed(rx.pattern))


_EARLIER_BEFORE: Final = _words_before(_EARLIER)
_OTHER_EVENT_BEFORE: Final = _words_before(_OTHER_EVENT)


def _before(rule: _WordsBefore, text: str, folded: str | None, start: int, end: int) -> bool:
    """Whether ``rule`` matches in ``text[start:end]``; in a simple text (``folded`` given,
    case-folded one to one), only tried when the range holds one of its needed texts,
    and then with simple case folding."""
    if folded is None:
        return rule.full.search(text, start, end) is not None
    needs = rule.needs
    if needs is not None:
        here = folded[start:end]
        for w in needs:
            if w in here:
                break
        else:
            return False
    return rule.simple.search(text, start, end) is not None


class CueLike(Protocol):
    """Any row with a kind and a pattern (``readoutkit.lexicon.KindCueRow``, say)."""

    @property
    def kind(self) -> Kind: ...

    @property
    def pattern(self) -> str: ...


def _as_cue(row: KindCue | CueLike) -> KindCue:
    """A :class:`KindCue` from a row; a row without a role that repeats a packaged cue
    gets that cue's role (rows read by other loaders keep the file's third column)."""
    if isinstance(row, KindCue):
        return row
    kind, pattern = Kind(row.kind), str(row.pattern)
    role = getattr(row, "role", None)
    if role is None:
        role = _PACKAGED_ROLES.get((kind, pattern))
    return KindCue(kind, pattern, role) if role is not None else KindCue(kind, pattern)


class _Hit(NamedTuple):
    """A cue's match in a unit, and the role it plays there."""

    kind: Kind
    role: CueRole
    start: int
    end: int


class _Starts(NamedTuple):
    """What :meth:`KindMatcher._starting` finds in a unit."""

    offsets: list[int]  # the words that may start a cue
    starting: list[tuple[int, ...]]  # the cues each may start


class _Unit(NamedTuple):
    """A heading line or a sentence: offsets into the text (a tuple: cheap to make and
    to hash, as a cache key)."""

    start: int
    end: int
    sentence: bool


class KindMatcher:
    """Classifies readouts with a fixed set of cues (compiled once; immutable).

    Each cue is still matched by its own pattern, but only where it can start: every
    cue starts a word, so the first characters of each word of a heading or sentence
    (case-folded) are looked up among the first characters of every cue (see
    :func:`_prefixes`), and a cue's pattern is tried only at the words that may start
    it, and only if the unit holds a text every match of the cue holds (see
    :func:`_needed`): the same matches, in the same order, as ``finditer`` over the
    unit. Cues whose start cannot be told, and texts with characters outside
    :data:`_SIMPLE_RANGES` ("ß", ligatures, Greek), are searched the plain way.
    """

    __slots__ = (
        "_by_start",
        "_cues",
        "_full",
        "_groups",
        "_needs",
        "_plain",
        "_simple",
        "_word_cues",
    )
    _cues: tuple[KindCue, ...]
    #: each cue's pattern with full case folding (see :func:`_full_pattern`), compiled when the
    #: matcher is built for plain cues, else when first needed (``None`` until then)
    _full: list[regex.Pattern[str] | None]
    #: a cue start -> the cues that may begin with it (it or a prefix of it is their
    #: start); empty when no cue's start is known
    _by_start: dict[str, tuple[int, ...]]
    #: a word as written -> the cues its first characters may start (see _cues_at);
    #: filled as words are met, emptied when it reaches _MAX_WORDS
    _word_cues: dict[str, tuple[int, ...]]
    #: indexes of the cues searched the plain way
    _plain: tuple[int, ...]
    #: each cue with simple case folding, for texts that only fold one to one (see
    #: _SIMPLE_RANGES), where it matches as with full case folding (``None``: plain cues)
    _simple: tuple[regex.Pattern[str] | None, ...]
    #: each cue's needed texts (see :func:`_needed`), checked in the case-folded text
    #: before its pattern is tried at the places its start was found
    _needs: tuple[frozenset[str] | None, ...]
    #: the cues each step of the precedence looks at (see _decide), by _Group
    _groups: tuple[tuple[int, ...], ...]

    def __init__(self, cues: Iterable[KindCue | CueLike]) -> None:
        cue_tuple = tuple(_as_cue(c) for c in cues)
        by_prefix: dict[str, list[int]] = {}
        plain: set[int] = set()
        for i, c in enumerate(cue_tuple):
            found = _prefixes(c.pattern)
            if found is None:
                plain.add(i)
                continue
            for pf in found:
                by_prefix.setdefault(pf, []).append(i)
        by_start = {
            w: tuple(sorted({i for n in range(1, len(w) + 1) for i in by_prefix.get(w[:n], ())}))
            for w in by_prefix
        }
        object.__setattr__(self, "_cues", cue_tuple)
        object.__setattr__(self, "_by_start", by_start)
        object.__setattr__(self, "_word_cues", {})
        object.__setattr__(self, "_plain", tuple(sorted(plain)))
        simple = tuple(
            None if i in plain else _simple_pattern(c.pattern) for i, c in enumerate(cue_tuple)
        )
        object.__setattr__(self, "_simple", simple)
        full = [_full_pattern(c.pattern) if i in plain else None for i, c in enumerate(cue_tuple)]
        object.__setattr__(self, "_full", full)
        object.__setattr__(self, "_needs", tuple(_needed(c.pattern) for c in cue_tuple))
        object.__setattr__(self, "_groups", _groups(cue_tuple))

    def _pattern(self, i: int) -> regex.Pattern[str]:
        """Cue ``i``'s pattern with full case folding, compiled on first use (simple texts,
        most readouts, never need it)."""
        rx = self._full[i]
        if rx is None:
            rx = _full_pattern(self._cues[i].pattern)
            self._full[i] = rx
        return rx

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    @property
    def cues(self) -> tuple[KindCue, ...]:
        """The cues, in the order given."""
        return self._cues

    def classify(self, doc: Document) -> tuple[Kind, Span | None]:
        """The kind of engagement and the span of the cue that decided it.

        Never raises on text: a readout with no cue is ``Kind.OTHER`` with no span.
        """
        try:
            text = doc.text
            # case folding one character to several ("ß" -> "ss") breaks the start search
            fast = bool(self._by_start) and (text.isascii() or _NOT_SIMPLE.search(text) is None)
            folded = (text.lower() if text.isascii() else text.casefold()) if fast else text
            lead = _lead(_units(doc, lead=True))
            hint = _Lazy(lambda: self._first_hint(doc, folded if fast else None))
            cache: dict[tuple[_Unit, int], list[_Hit]] = {}
            groups = self._groups
            # the words that may start a cue, found once for the whole lead
            stop = max((min(u.end, u.start + _MAX_UNIT_CHARS) for u in lead), default=0)
            in_lead = self._starting(doc, lead[0].start, stop) if fast and lead else None

            def hits(u: _Unit, group: int) -> list[_Hit]:
                got = cache.get((u, group))
                if got is None:
                    starts = in_lead if u.start < stop else None
                    got = self._hits(doc, u, folded if fast else None, groups[group], starts)
                    cache[u, group] = got
                return got

            found = _decide(lead, hits, hint)
            if found is None and len(lead) < len(doc.headings) + len(doc.sentences):
                units = _units(doc)
                rest = [u for u in units[len(lead) : _MAX_UNITS] if u.start < _MAX_CHARS]
                found = _decide(lead + rest, hits, hint)
        except (regex.error, ValueError, IndexError):  # defensive: never raise on text
            return Kind.OTHER, None
        if found is None:
            return Kind.OTHER, None
        return found.kind, Span(found.start, found.end)

    def _starting(self, doc: Document, start: int, end: int) -> _Starts:
        """The words starting in ``[start, end)`` whose first characters (case-folded) may
        start a cue: their offsets, and the cues each may start. Among them is every place
        a cue can match (a match starts a word: no letter, digit or underscore precedes
        it, see _wrap; the cue's start is letters and digits); see :func:`_places`."""
        starts = doc.tok_starts
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        words = doc.tok_text[lo:hi]
        try:
            found = list(map(self._word_cues.__getitem__, words))
        except KeyError:  # words not met before
            found = [self._cues_at(w) for w in words]
        # only the words that may start a cue
        return _Starts(list(compress(starts[lo:hi], found)), list(compress(found, found)))

    def _cues_at(self, word: str) -> tuple[int, ...]:
        """The cues whose start the word's first characters (case-folded) may be
        (remembered in _word_cues)."""
        known = self._word_cues.get(word)
        if known is not None:
            return known
        folded = word.casefold()
        found: tuple[int, ...] = ()
        for n in range(min(len(folded), _PREFIX_CHARS), 0, -1):
            got = self._by_start.get(folded[:n])
            if got is not None:
                found = got
                break
        if len(self._word_cues) >= _MAX_WORDS:
            self._word_cues.clear()
        self._word_cues[word] = found
        return found

    def _first_hint(self, doc: Document, folded: str | None) -> _Hit | None:
        """The earliest hint or mode cue anywhere in the text (the first cue among equals)."""
        wanted = [i for i, c in enumerate(self._cues) if c.role in (CueRole.HINT, CueRole.MODE)]
        text = doc.text
        best: tuple[int, int, int] | None = None  # start, cue index, end
        if folded is not None:
            # a cue whose needed texts the text lacks matches nowhere in it
            wanted = [
                i
                for i in wanted
                if self._simple[i] is None
                or (need := self._needs[i]) is None
                or any(w in folded for w in need)
            ]
            offsets, starting = self._starting(doc, 0, len(text))[:2] if wanted else ([], [])
            for i in wanted:
                simple = self._simple[i]
                if simple is None:
                    m = self._pattern(i).search(text)
                    found = (m.start(), i, m.end()) if m is not None else None
                else:
                    found = None
                    for p in _places(i, offsets, starting):
                        if best is not None and p > best[0]:
                            break
                        m = simple.match(text, p)
                        if m is not None:
                            found = (p, i, m.end())
                            break
                if found is not None and (best is None or found[0] < best[0]):
                    best = found
        else:
            for i in wanted:
                m = self._pattern(i).search(text)
                if m is not None and (best is None or m.start() < best[0]):
                    best = (m.start(), i, m.end())
        if best is None:
            return None
        return _Hit(self._cues[best[1]].kind, CueRole.HINT, best[0], best[2])

    def _hits(
        self,
        doc: Document,
        unit: _Unit,
        folded: str | None,
        cues: Iterable[int] | None = None,
        starts: _Starts | None = None,
    ) -> list[_Hit]:
        """The matches of ``cues`` (by default all) in the unit, by start and end, the
        earlier cue first among equals. In a simple text (``folded`` given), a cue is tried
        only at the words that may start it (see _starting: ``starts``, if given, holds
        those of a stretch around the unit), and only if the unit holds one of its needed
        texts."""
        text = doc.text
        end = min(unit.end, unit.start + _MAX_UNIT_CHARS)
        out: list[_Hit] = []
        order: Iterable[int] = range(len(self._cues)) if cues is None else cues
        offsets: list[int] = []
        starting: list[tuple[int, ...]] = []
        here = ""  # the unit, case-folded (simple texts)
        if folded is not None:
            if starts is None:
                offsets, starting = self._starting(doc, unit.start, end)
            else:
                a = bisect_left(starts.offsets, unit.start)
                b = bisect_left(starts.offsets, end, a)
                offsets, starting = starts.offsets[a:b], starts.starting[a:b]
            cands = set().union(*starting)  # the cues the unit's words may start
            simple = self._simple
            order = [i for i in order if i in cands or simple[i] is None]
            if not order:
                return out
            here = folded[unit.start : end]
        for i in order:
            cue = self._cues[i]
            simple_rx = self._simple[i]
            found: list[regex.Match[str]] | None = None
            if folded is not None and simple_rx is not None:
                need = self._needs[i]
                if need is not None:
                    for w in need:
                        if w in here:
                            break
                    else:
                        continue  # the unit holds no text every match holds
                found = _matches_at(simple_rx, text, _places(i, offsets, starting), end)
            matches = (
                found
                if found is not None
                else list(self._pattern(i).finditer(text, unit.start, end))
            )
            for m in matches:
                role = cue.role
                a = m.start()
                if role is CueRole.MODE and _before(
                    _EARLIER_BEFORE, text, folded, max(0, a - 40), a
                ):
                    role = CueRole.HINT
                elif role is CueRole.EVENT and _before(
                    _OTHER_EVENT_BEFORE, text, folded, max(0, a - 60), a
                ):
                    continue
                out.append(_Hit(cue.kind, role, m.start(), m.end()))
        out.sort(key=lambda h: (h.start, h.end))
        return out


def _places(i: int, offsets: list[int], starting: list[tuple[int, ...]]) -> list[int]:
    """The offsets of the words that may start cue ``i`` (from :meth:`KindMatcher._starting`)."""
    return [p for p, cues in zip(offsets, starting, strict=True) if i in cues]


def _matches_at(
    rx: regex.Pattern[str], text: str, places: list[int], end: int
) -> list[regex.Match[str]] | None:
    """What ``rx.finditer(text, places[0], end)`` yields, trying ``rx`` only at ``places``
    (every place it can match): matches do not overlap. ``None`` on an empty match
    (left to ``finditer`` itself)."""
    out = []
    pos = -1
    for p in places:
        if p < pos:
            continue
        m = rx.match(text, p, end)
        if m is not None:
            if m.end() == p:
                return None
            out.append(m)
            pos = m.end()
    return out


def _units(doc: Document, *, lead: bool = False) -> list[_Unit]:
    """Heading lines and sentences, in text order; with ``lead``, only those :func:`_lead`
    may take (the first _MAX_LEAD_UNITS heading lines, the first LEAD_SENTENCES
    sentences): the same lead, without making a unit of every line."""
    headings = doc.headings[:_MAX_LEAD_UNITS] if lead else doc.headings
    sentences = doc.sentences[:LEAD_SENTENCES] if lead else doc.sentences
    units = [_Unit(ln.start, ln.end, False) for ln in headings]
    units.extend(_Unit(s.start, s.end, True) for s in sentences)
    units.sort(key=lambda u: u.start)
    return units


def _lead(units: list[_Unit]) -> list[_Unit]:
    """The units up to and including the LEAD_SENTENCES-th sentence."""
    seen = 0
    for i, u in enumerate(units):
        if u.sentence:
            seen += 1
            if seen >= LEAD_SENTENCES:
                return units[: min(i + 1, _MAX_LEAD_UNITS)]
    return units[:_MAX_LEAD_UNITS]


def _best(hits: Iterable[_Hit], order: tuple[Kind, ...]) -> _Hit | None:
    """The hit whose kind comes first in ``order``; the earliest among equals."""
    ranked = [h for h in hits if h.kind in order]
    if not ranked:
        return None
    return min(ranked, key=lambda h: (order.index(h.kind), h.start))


class _Lazy:
    """A value computed on first use (the hint scan runs only when a weak cue needs it)."""

    def __init__(self, compute: Callable[[], _Hit | None]) -> None:
        self._compute: Callable[[], _Hit | None] | None = compute
        self._value: _Hit | None = None

    def get(self) -> _Hit | None:
        if self._compute is not None:
            self._value = self._compute()
            self._compute = None
        return self._value


#: The cue groups the steps of :func:`_decide` look at (indexes into
#: ``KindMatcher._groups``): mode cues of a call kind, those of a video call alone,
#: event cues of an event kind, and weak cues. No other cue decides in a unit.
_MODES: Final = 0
_VIDEO: Final = 1
_EVENTS: Final = 2
_WEAK: Final = 3


def _groups(cues: tuple[KindCue, ...]) -> tuple[tuple[int, ...], ...]:
    """The indexes of the cues in each group (see _MODES)."""

    def where(role: CueRole, kinds: Iterable[Kind] | None) -> tuple[int, ...]:
        wanted = None if kinds is None else frozenset(kinds)
        return tuple(
            i for i, c in enumerate(cues) if c.role is role and (wanted is None or c.kind in wanted)
        )

    return (
        where(CueRole.MODE, MODE_ORDER),
        where(CueRole.MODE, (Kind.VIDEO_CALL,)),
        where(CueRole.EVENT, EVENT_ORDER),
        where(CueRole.WEAK, None),
    )


def _decide(
    zone: list[_Unit], hits: Callable[[_Unit, int], list[_Hit]], hint: _Lazy
) -> _Hit | None:
    """Apply the precedence of ``data/kind_cues.tsv`` to the units of ``zone``, in text
    order; ``hits(unit, group)`` gives a group's matches in a unit (see _MODES). Only
    the groups a step can use are matched: once a phone cue is found, only video cues;
    events and weak cues up to the unit that decides."""
    phone: _Hit | None = None
    for u in zone:
        modes = [h for h in hits(u, _MODES if phone is None else _VIDEO) if h.role is CueRole.MODE]
        best = _best(modes, MODE_ORDER)
        if best is not None:
            if best.kind is Kind.VIDEO_CALL:
                return best  # the earliest video cue: units are in text order
            if phone is None:
                phone = best
    if phone is not None:
        return phone
    for i, u in enumerate(zone):
        best = _best(hits(u, _EVENTS), EVENT_ORDER)
        if best is not None:
            return best
        weak = hits(u, _WEAK)
        if not weak:
            continue
        found = hint.get()
        if found is not None:
            return found
        for later in zone[i + 1 :]:
            best = _best(hits(later, _EVENTS), EVENT_ORDER)
            if best is not None:
                return best
        return weak[0]
    return None


#: The packaged cues (``data/kind_cues.tsv``).
DEFAULT_KIND_CUES: Final[tuple[KindCue, ...]] = load_kind_cues()

_PACKAGED_ROLES: Final = {(c.kind, c.pattern): c.role for c in DEFAULT_KIND_CUES}

_DEFAULT_MATCHER: Final = KindMatcher(DEFAULT_KIND_CUES)


def classify(doc: Document) -> tuple[Kind, Span | None]:
    """Classify with the packaged cues."""
    return _DEFAULT_MATCHER.classify(doc)
