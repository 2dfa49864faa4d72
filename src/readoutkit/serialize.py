"""JSON for readouts: one cattrs converter; dicts, strings, JSON Lines and the schema.

The format is described in ``docs/format.md``. In short: keys are exactly the
attrs field names of the model, in field order; dates are ``YYYY-MM-DD``;
enums are their lowercase string values; every field is written, and every
field is required on input (nothing is defaulted, nothing unknown is ignored).

Bad input of any kind raises :class:`~readoutkit.errors.ValidationError`
whose ``path`` names the bad field (``statements[3].speakers[0]``; ``""`` for
the whole document) and whose ``reason`` says why.

orjson is used when installed (the ``readoutkit[fast]`` extra) and the stdlib
``json`` module otherwise; both produce the same characters and accept and
reject the same documents with the same errors. Pass ``backend="json"`` (or
``"orjson"``) to choose one explicitly, e.g. in tests.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Literal, NoReturn

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import make_converter

from readoutkit import model as _model
from readoutkit.errors import ValidationError, _Mismatch, _MissingField, _Unsettled
from readoutkit.model import (
    SCHEMA_VERSION,
    Commitment,
    Kind,
    Modality,
    Notice,
    Party,
    Polarity,
    Quotation,
    Readout,
    Span,
    Statement,
)

__all__ = [
    "Backend",
    "converter",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "json_schema",
    "loads",
    "to_dict",
    "write_jsonl",
]

#: Which JSON library to use: ``"auto"`` (orjson if installed, else stdlib),
#: ``"orjson"`` (required; ``ModuleNotFoundError`` if absent) or ``"json"``.
Backend = Literal["auto", "orjson", "json"]

#: The largest integer the format allows (int64), so every JSON library can read it.
_MAX_INT = 2**63 - 1
#: orjson reads integers in this range as ``int`` and others as ``float``; an
#: integer outside it is therefore described as a "number" on both paths.
_ORJSON_INT_RANGE = range(-(2**63), 2**64)
#: Deeper JSON is rejected on both paths alike (a readout needs 5 levels; the
#: stdlib parser's own recursion limit would otherwise decide, and differently).
_MAX_DEPTH = 64
_SURROGATE = re.compile(
    f"[{chr(0xD800)}-{chr(0xDFFF)}]"
)  # chr(): mypyc takes no surrogate literals
#: The start of a ``\uDxxx`` escape in JSON text: maybe a surrogate ("unsure").
_SURROGATE_ESCAPE = re.compile(r"\\u[dD]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _load_orjson() -> types.ModuleType | None:
    try:
        return importlib.import_module("orjson")
    except ImportError:  # pragma: no cover - exercised only without the extra
        return None


_orjson = _load_orjson()


# --------------------------------------------------------------------------
# The model's types, walked once: for the converter's hooks and for the schema.


def _field_types(cl: type) -> list[tuple[str, Any]]:
    """(name, resolved type) of each attrs field of ``cl``, in field order."""
    attrs.resolve_types(cl)
    return [(a.name, a.type) for a in attrs.fields(cl)]


def _model_types(root: type) -> tuple[list[type], list[type[enum.Enum]]]:
    """The attrs classes and enums reachable from ``root``, in first-use order."""
    classes: list[type] = []
    enums: list[type[enum.Enum]] = []

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            if arg is not Ellipsis:
                visit(arg)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            if tp not in enums:
                enums.append(tp)
        elif isinstance(tp, type) and attrs.has(tp) and tp not in classes:
            classes.append(tp)
            for _, ftype in _field_types(tp):
                visit(ftype)

    visit(root)
    return classes, enums


_CLASSES, _ENUMS = _model_types(Readout)


def _optional_arg(tp: Any) -> Any | None:
    """``X`` if ``tp`` is ``X | None``, else ``None``."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def _tuple_arg(tp: Any) -> Any | None:
    """``X`` if ``tp`` is ``tuple[X, ...]``, else ``None``."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


# --------------------------------------------------------------------------
# Strict structuring: JSON types are checked, never coerced.


def _describe(value: object) -> str:
    """The JSON type of a parsed value, worded the same whichever parser read it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer" if value in _ORJSON_INT_RANGE else "number"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _check_text(value: str) -> str:
    match = _SURROGATE.search(value)
    if match:
        raise _Mismatch(_surrogate_reason(match.group()))
    return value


def _holds_surrogate(s: str) -> bool:
    """Whether ``s`` holds a surrogate code point (what ``_SURROGATE`` finds), quickly:
    ASCII text cannot, and the UTF-16 encoder fails on surrogates and nothing else."""
    if s.isascii():
        return False
    try:
        s.encode("utf-16-le")
    except UnicodeEncodeError:
        return True
    return False


def _surrogate_reason(char: str) -> str:
    return f"string contains a lone surrogate U+{ord(char):04X}, which is not valid Unicode text"


def _structure_str(value: object, _cl: object) -> str:
    if not isinstance(value, str):
        raise _Mismatch(f"expected a string, got {_describe(value)}")
    return _check_text(value)


def _structure_int(value: object, _cl: object) -> int:
    if type(value) is int and 0 <= value <= _MAX_INT:
        return value
    got = str(value) if type(value) is int and value in _ORJSON_INT_RANGE else _describe(value)
    raise _Mismatch(f"expected an integer from 0 to {_MAX_INT}, got {got}")


def _structure_date(value: object, _cl: object) -> dt.date:
    if not isinstance(value, str):
        raise _Mismatch(f"expected a date string YYYY-MM-DD, got {_describe(value)}")
    if not _DATE.fullmatch(value):
        raise _Mismatch(f"expected a date string YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Mismatch(f"{value!r} is not a valid calendar date") from None


def _enum_hook(cl: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    by_value = {m.value: m for m in cl}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _cl: object) -> enum.Enum:
        if not isinstance(value, str):
            raise _Mismatch(f"expected a string, got {_describe(value)}")
        try:
            return by_value[value]
        except KeyError:
            raise _Mismatch(f"{value!r} is not one of {allowed}") from None

    return structure


def _optional_hook(tp: Any, conv: Any) -> Callable[[object, object], object]:
    inner = _optional_arg(tp)
    handler = conv.get_structure_hook(inner)

    def structure(value: object, _cl: object) -> object:
        return None if value is None else handler(value, inner)

    return structure


def _tuple_hook(tp: Any, conv: Any) -> Callable[[object, object], tuple[object, ...]]:
    item_type = _tuple_arg(tp)
    handler = conv.get_structure_hook(item_type)

    def structure(value: object, _cl: object) -> tuple[object, ...]:
        if not isinstance(value, list):
            raise _Mismatch(f"expected an array, got {_describe(value)}")
        out: list[object] = []
        errors: list[Exception] = []
        for i, item in enumerate(value):
            try:
                out.append(handler(item, item_type))
            except Exception as exc:  # collected with its index, as cattrs does
                _add_note(
                    exc, IterableValidationNote(f"Structuring {tp} @ index {i}", i, item_type)
                )
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp}", errors, tuple)
        return tuple(out)

    return structure


def _class_hook(cl: type, conv: Any) -> Callable[[object, object], object]:
    inner: Callable[[Any, Any], object] = make_dict_structure_fn(
        cl, conv, _cattrs_forbid_extra_keys=True
    )
    fields = _field_types(cl)
    order = {name: i for i, (name, _) in enumerate(fields)}

    def structure(value: object, _cl: object) -> object:
        if not isinstance(value, dict):
            raise _Mismatch(f"expected an object, got {_describe(value)}")
        missing = [(name, ftype) for name, ftype in fields if name not in value]
        if not missing:
            return inner(value, cl)
        # cattrs would quietly default the missing fields that have defaults:
        # report every missing field, merged in field order with cattrs' own errors.
        errors: list[Exception] = []
        for name, ftype in missing:
            exc = _MissingField(name)
            _add_note(
                exc, AttributeValidationNote(f"Structuring {cl.__name__} @ {name}", name, ftype)
            )
            errors.append(exc)
        absent = {name for name, _ in missing}
        try:
            inner(value, cl)
        except ClassValidationError as exc:
            errors += [e for e in exc.exceptions if _field_of(e) not in absent]
        errors.sort(key=lambda e: order.get(_field_of(e) or "", len(order)))
        raise ClassValidationError(f"While structuring {cl.__name__}", errors, cl)

    return structure


def _field_of(exc: BaseException) -> str | None:
    """The attribute a cattrs note on ``exc`` names, if any."""
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return note.name
    return None


def _add_note(exc: BaseException, note: str) -> None:
    setattr(exc, "__notes__", [*getattr(exc, "__notes__", ()), note])  # noqa: B010 - 3.10 typing


def _unstructure_enum(member: enum.Enum) -> object:
    return member.value


def _build_converter() -> Any:
    conv = make_converter(forbid_extra_keys=True, detailed_validation=True)
    # Class hooks (singledispatch) come first in cattrs' lookup, and the model's
    # enums subclass str, so each enum gets its own exact-class hook.
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    for en in _ENUMS:
        conv.register_structure_hook(en, _enum_hook(en))
        conv.register_unstructure_hook(en, _unstructure_enum)
    conv.register_structure_hook_factory(lambda t: _optional_arg(t) is not None, _optional_hook)
    conv.register_structure_hook_factory(lambda t: _tuple_arg(t) is not None, _tuple_hook)
    conv.register_structure_hook_factory(lambda t: t in _CLASSES, _class_hook)
    return conv


#: The one converter behind every function here (a cattrs preconf JSON converter).
converter = _build_converter()


# --------------------------------------------------------------------------
# The fast path, hand-written for the model's few classes. Writing, it builds
# exactly what the converter's generated functions build (same dispatch on the
# declared field types). Reading, it takes only the exact JSON types (``str``,
# not a subclass) and leaves everything else - a wrong type, a missing or
# unknown field, a bad span, a broken invariant, a lone surrogate - to the
# converter, which then accepts or rejects the document and words the error.
# A valid document thus never pays for detailed validation, and an invalid one
# gets the same error as before.

#: The fields the fast path is written for, in field order. Checked against the
#: model at import: a model change must update the fast path too.
_FAST_FIELDS: dict[type, list[tuple[str, Any]]] = {
    Span: [("start", int), ("end", int)],
    Party: [
        ("id", str),
        ("name", str | None),
        ("title", str | None),
        ("country", str | None),
        ("organization", str | None),
        ("aliases", tuple[str, ...]),
        ("spans", tuple[Span, ...]),
        ("rule", str),
    ],
    Statement: [
        ("id", str),
        ("speakers", tuple[str, ...]),
        ("text", str),
        ("span", Span),
        ("cue", str | None),
        ("quotation", Quotation),
        ("rule", str),
    ],
    Commitment: [
        ("id", str),
        ("actors", tuple[str, ...]),
        ("text", str),
        ("span", Span),
        ("polarity", Polarity),
        ("modality", Modality),
        ("cue", str | None),
        ("statement", str | None),
        ("rule", str),
    ],
    Notice: [("code", str), ("message", str), ("span", Span | None)],
    Readout: [
        ("text", str),
        ("kind", Kind),
        ("title", str | None),
        ("reference_date", dt.date | None),
        ("date", dt.date | None),
        ("parties", tuple[Party, ...]),
        ("mentions", tuple[Party, ...]),
        ("statements", tuple[Statement, ...]),
        ("commitments", tuple[Commitment, ...]),
        ("warnings", tuple[Notice, ...]),
        ("source", str | None),
        ("schema_version", int),
    ],
}
if {cl: _field_types(cl) for cl in _CLASSES} != _FAST_FIELDS:  # pragma: no cover
    raise RuntimeError("readoutkit.model changed: update the fast path in serialize.py")


def _span_data(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end}


# ``member._value_`` is what ``member.value`` (a Python-level property) returns,
# read directly; anything else in an enum field goes through ``.value`` as before.


def _party_data(p: Party) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "title": p.title,
        "country": p.country,
        "organization": p.organization,
        "aliases": list(p.aliases),
        "spans": [{"start": s.start, "end": s.end} for s in p.spans],
        "rule": p.rule,
    }


def _readout_data(r: Readout) -> dict[str, Any]:
    """What the converter's generated functions build for a Readout, without the calls."""
    kind, ref, date = r.kind, r.reference_date, r.date
    return {
        "text": r.text,
        "kind": kind._value_ if type(kind) is Kind else kind.value,
        "title": r.title,
        "reference_date": None if ref is None else dt.date.isoformat(ref),
        "date": None if date is None else dt.date.isoformat(date),
        "parties": [_party_data(p) for p in r.parties],
        "mentions": [_party_data(p) for p in r.mentions],
        "statements": [
            {
                "id": st.id,
                "speakers": list(st.speakers),
                "text": st.text,
                "span": {"start": st.span.start, "end": st.span.end},
                "cue": st.cue,
                "quotation": (
                    st.quotation._value_ if type(st.quotation) is Quotation else st.quotation.value
                ),
                "rule": st.rule,
            }
            for st in r.statements
        ],
        "commitments": [
            {
                "id": c.id,
                "actors": list(c.actors),
                "text": c.text,
                "span": {"start": c.span.start, "end": c.span.end},
                "polarity": (
                    c.polarity._value_ if type(c.polarity) is Polarity else c.polarity.value
                ),
                "modality": (
                    c.modality._value_ if type(c.modality) is Modality else c.modality.value
                ),
                "cue": c.cue,
                "statement": c.statement,
                "rule": c.rule,
            }
            for c in r.commitments
        ],
        "warnings": [
            {
                "code": w.code,
                "message": w.message,
                "span": None if w.span is None else _span_data(w.span),
            }
            for w in r.warnings
        ],
        "source": r.source,
        "schema_version": r.schema_version,
    }


_OPT_STR = frozenset({str, type(None)})
_KINDS = {m.value: m for m in Kind}
_QUOTATIONS = {m.value: m for m in Quotation}
_POLARITIES = {m.value: m for m in Polarity}
_MODALITIES = {m.value: m for m in Modality}

# Reading builds every object as its ``__init__`` would, without calling it:
# ``object.__new__``, then each attrs slot set directly. That is the same object
# only while every field is a plain slot whose converter is ``tuple`` (applied
# here) and whose validators are at most Span's bounds (checked here), and while
# Readout's one hook is ``__attrs_post_init__`` calling ``check_readout``: checked
# at import below. The reader checks ``check_readout``'s invariants itself, in
# the same pass that builds the objects (ids unique and resolving, spans inside
# the text, ``text[start:end]`` equal to the item's text), and leaves the
# document to the converter, whose ``Readout.__init__`` words the error, when
# one fails.
_new = object.__new__
_TUPLE_CONVERTERS = (
    _model._strs,
    _model._spans,
    _model._parties,
    _model._statements,
    _model._commitments,
    _model._notices,
)
_SPAN_VALIDATORS = {"start": "<Validator for x >= 0>", "end": "_end_after_start"}


def _only_checks_readout(cl: type) -> bool:
    """Whether ``cl``'s post-init hook does nothing but call ``check_readout``.

    Names a coverage-guided fuzzer's instrumentation adds (atheris's ``_trace_*``
    hooks) are not the hook's own: the fuzz harnesses must run the same fast path.
    """
    hook = cl.__dict__.get("__attrs_post_init__")
    code = getattr(hook, "__code__", None)
    if code is None:
        return False
    own = [n for n in code.co_names if not n.startswith("_trace")]
    return own == ["check_readout"]


def _slot_setters(cl: type) -> tuple[Callable[[object, object], None], ...]:
    """The setters of ``cl``'s attrs slots, in field order (see above)."""
    setters = []
    for a in attrs.fields(cl):
        slot = cl.__dict__.get(a.name)
        validator = a.validator
        known = validator is None or (
            cl is Span
            and _SPAN_VALIDATORS[a.name]
            in [repr(validator), str(getattr(validator, "__name__", ""))]
        )
        if not (
            known
            and a.init
            and (a.converter is None or a.converter in _TUPLE_CONVERTERS)
            and isinstance(slot, types.MemberDescriptorType)
        ):  # pragma: no cover - a model change
            raise RuntimeError(f"readoutkit.model changed: update the fast path for {cl.__name__}")
        setters.append(slot.__set__)
    for hook in ("__attrs_pre_init__", "__attrs_post_init__", "__attrs_init__"):
        if hasattr(cl, hook) and not (
            cl is Readout and hook == "__attrs_post_init__" and _only_checks_readout(cl)
        ):  # pragma: no cover - a model change
            raise RuntimeError(f"readoutkit.model changed: update the fast path for {cl.__name__}")
    return tuple(setters)


_SPAN_SET = _slot_setters(Span)
_PARTY_SET = _slot_setters(Party)
_STATEMENT_SET = _slot_setters(Statement)
_COMMITMENT_SET = _slot_setters(Commitment)
_NOTICE_SET = _slot_setters(Notice)
_READOUT_SET = _slot_setters(Readout)


def _fast_span(d: Any, size: int) -> Span:
    """A span inside a text of ``size`` characters."""
    if type(d) is not dict or len(d) != 2:
        raise _Unsettled
    start, end = d["start"], d["end"]
    # JSON integers; Span's validators (start >= 0, end >= start); inside the text.
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= size:
        raise _Unsettled
    set_start, set_end = _SPAN_SET
    span: Span = _new(Span)
    set_start(span, start)
    set_end(span, end)
    return span


# The item readers below repeat _fast_span's lines inline: a call per span costs
# more than the rest of the work on it.


def _fast_parties(items: Any, size: int, ids: set[str]) -> tuple[Party, ...]:
    """Parties (or mentions) whose spans lie in the text; each id must be new to ``ids``."""
    if type(items) is not list:
        raise _Unsettled
    set_id, set_name, set_title, set_country, set_organization, set_aliases, set_spans, set_rule = (
        _PARTY_SET
    )
    set_start, set_end = _SPAN_SET
    out: list[Party] = []
    for d in items:
        if type(d) is not dict or len(d) != 8:
            raise _Unsettled
        id_, name, title, country = d["id"], d["name"], d["title"], d["country"]
        organization, aliases, span_data, rule = (
            d["organization"],
            d["aliases"],
            d["spans"],
            d["rule"],
        )
        if (
            not (
                type(id_) is str
                and (name is None or type(name) is str)
                and (title is None or type(title) is str)
                and (country is None or type(country) is str)
                and (organization is None or type(organization) is str)
                and type(aliases) is list
                and type(span_data) is list
                and type(rule) is str
            )
            or id_ in ids
        ):
            raise _Unsettled
        ids.add(id_)
        for alias in aliases:
            if type(alias) is not str:
                raise _Unsettled
        spans: list[Span] = []
        for s in span_data:
            if type(s) is not dict or len(s) != 2:
                raise _Unsettled
            start, end = s["start"], s["end"]
            if type(start) is not int or type(end) is not int or not 0 <= start <= end <= size:
                raise _Unsettled
            span: Span = _new(Span)
            set_start(span, start)
            set_end(span, end)
            spans.append(span)
        party: Party = _new(Party)
        set_id(party, id_)
        set_name(party, name)
        set_title(party, title)
        set_country(party, country)
        set_organization(party, organization)
        set_aliases(party, tuple(aliases))
        set_spans(party, tuple(spans))
        set_rule(party, rule)
        out.append(party)
    return tuple(out)


def _fast_statements(
    items: Any, text: str, party_ids: set[str], ids: set[str]
) -> tuple[Statement, ...]:
    """Statements with new ids (added to ``ids``), speakers among ``party_ids``, spans
    slicing ``text`` into their text."""
    if type(items) is not list:
        raise _Unsettled
    set_id, set_speakers, set_text, set_span, set_cue, set_quotation, set_rule = _STATEMENT_SET
    set_start, set_end = _SPAN_SET
    size = len(text)
    out: list[Statement] = []
    for d in items:
        if type(d) is not dict or len(d) != 7:
            raise _Unsettled
        id_, speakers, st_text, s = d["id"], d["speakers"], d["text"], d["span"]
        cue, quotation, rule = d["cue"], d["quotation"], d["rule"]
        if (
            not (
                type(id_) is str
                and type(speakers) is list
                and type(st_text) is str
                and type(s) is dict
                and len(s) == 2
                and (cue is None or type(cue) is str)
                and type(quotation) is str
                and type(rule) is str
            )
            or id_ in ids
        ):
            raise _Unsettled
        ids.add(id_)
        for ref in speakers:
            if type(ref) is not str or ref not in party_ids:
                raise _Unsettled
        start, end = s["start"], s["end"]
        if (
            type(start) is not int
            or type(end) is not int
            or not 0 <= start <= end <= size
            or text[start:end] != st_text
        ):
            raise _Unsettled
        span: Span = _new(Span)
        set_start(span, start)
        set_end(span, end)
        st: Statement = _new(Statement)
        set_id(st, id_)
        set_speakers(st, tuple(speakers))
        set_text(st, st_text)
        set_span(st, span)
        set_cue(st, cue)
        set_quotation(st, _QUOTATIONS[quotation])
        set_rule(st, rule)
        out.append(st)
    return tuple(out)


def _fast_commitments(
    items: Any, text: str, party_ids: set[str], statement_ids: set[str]
) -> tuple[Commitment, ...]:
    """Commitments with unique ids, actors among ``party_ids``, statement in
    ``statement_ids``, spans slicing ``text`` into their text."""
    if type(items) is not list:
        raise _Unsettled
    set_id, set_actors, set_text, set_span, set_polarity, set_modality = _COMMITMENT_SET[:6]
    set_cue, set_statement, set_rule = _COMMITMENT_SET[6:]
    set_start, set_end = _SPAN_SET
    size = len(text)
    ids: set[str] = set()
    out: list[Commitment] = []
    for d in items:
        if type(d) is not dict or len(d) != 9:
            raise _Unsettled
        id_, actors, c_text, s = d["id"], d["actors"], d["text"], d["span"]
        polarity, modality, cue, statement, rule = (
            d["polarity"],
            d["modality"],
            d["cue"],
            d["statement"],
            d["rule"],
        )
        if (
            not (
                type(id_) is str
                and type(actors) is list
                and type(c_text) is str
                and type(s) is dict
                and len(s) == 2
                and type(polarity) is str
                and type(modality) is str
                and (cue is None or type(cue) is str)
                and (statement is None or (type(statement) is str and statement in statement_ids))
                and type(rule) is str
            )
            or id_ in ids
        ):
            raise _Unsettled
        ids.add(id_)
        for ref in actors:
            if type(ref) is not str or ref not in party_ids:
                raise _Unsettled
        start, end = s["start"], s["end"]
        if (
            type(start) is not int
            or type(end) is not int
            or not 0 <= start <= end <= size
            or text[start:end] != c_text
        ):
            raise _Unsettled
        span: Span = _new(Span)
        set_start(span, start)
        set_end(span, end)
        commitment: Commitment = _new(Commitment)
        set_id(commitment, id_)
        set_actors(commitment, tuple(actors))
        set_text(commitment, c_text)
        set_span(commitment, span)
        set_polarity(commitment, _POLARITIES[polarity])
        set_modality(commitment, _MODALITIES[modality])
        set_cue(commitment, cue)
        set_statement(commitment, statement)
        set_rule(commitment, rule)
        out.append(commitment)
    return tuple(out)


def _fast_notices(items: Any, size: int) -> tuple[Notice, ...]:
    """Notices whose spans, if any, lie in the text."""
    if type(items) is not list:
        raise _Unsettled
    set_code, set_message, set_span = _NOTICE_SET
    out: list[Notice] = []
    for d in items:
        if type(d) is not dict or len(d) != 3:
            raise _Unsettled
        code, message, span = d["code"], d["message"], d["span"]
        if type(code) is not str or type(message) is not str:
            raise _Unsettled
        notice: Notice = _new(Notice)
        set_code(notice, code)
        set_message(notice, message)
        set_span(notice, None if span is None else _fast_span(span, size))
        out.append(notice)
    return tuple(out)


def _fast_date(v: Any) -> dt.date | None:
    if v is None:
        return None
    if type(v) is not str or not _DATE.fullmatch(v):
        raise _Unsettled
    return dt.date.fromisoformat(v)  # ValueError: unsettled


def _fast_readout(d: dict[str, Any]) -> Readout:
    """The readout, checked as ``check_readout`` checks it; ``_Unsettled`` (or any error) if
    anything is off."""
    if len(d) != 12:
        raise _Unsettled
    text, kind, title, source = d["text"], d["kind"], d["title"], d["source"]
    mentions, commitments, warnings = d["mentions"], d["commitments"], d["warnings"]
    version = d["schema_version"]
    if not (
        type(text) is str
        and type(kind) is str
        and (title is None or type(title) is str)
        and (source is None or type(source) is str)
        and type(version) is int
        and version == SCHEMA_VERSION
    ):
        raise _Unsettled
    size = len(text)
    party_ids: set[str] = set()
    parties = _fast_parties(d["parties"], size, party_ids)
    # (Often empty: a call saved. An empty list is read as the readers would read it.)
    if type(mentions) is list and not mentions:
        mentions = ()
    else:
        mention_ids: set[str] = set()
        mentions = _fast_parties(mentions, size, mention_ids)
        if not party_ids.isdisjoint(mention_ids):
            raise _Unsettled
    statement_ids: set[str] = set()
    statements = _fast_statements(d["statements"], text, party_ids, statement_ids)
    commitments = (
        ()
        if type(commitments) is list and not commitments
        else _fast_commitments(commitments, text, party_ids, statement_ids)
    )
    warnings = () if type(warnings) is list and not warnings else _fast_notices(warnings, size)
    (
        set_text,
        set_kind,
        set_title,
        set_reference_date,
        set_date,
        set_parties,
        set_mentions,
        set_statements,
        set_commitments,
        set_warnings,
        set_source,
        set_version,
    ) = _READOUT_SET
    readout: Readout = _new(Readout)
    set_text(readout, text)
    set_kind(readout, _KINDS[kind])
    set_title(readout, title)
    set_reference_date(readout, _fast_date(d["reference_date"]))
    set_date(readout, _fast_date(d["date"]))
    set_parties(readout, parties)
    set_mentions(readout, mentions)
    set_statements(readout, statements)
    set_commitments(readout, commitments)
    set_warnings(readout, warnings)
    set_source(readout, source)
    set_version(readout, version)
    return readout


def _has_surrogate(data: object) -> bool:
    """Whether exact JSON data (str, int, None, list, dict) holds a lone surrogate."""
    if _orjson is not None:
        try:
            _orjson.dumps(data)
        except _orjson.JSONEncodeError:
            return True  # (the data is known to be JSON: only a surrogate fails)
        return False
    return _holds_surrogate(json.dumps(data, ensure_ascii=False))


def _fast_from_data(data: object, clean: bool) -> Readout | None:
    """The readout, or ``None`` to leave ``data`` to the converter.

    ``clean``: the strings in ``data`` are known to hold no lone surrogate.
    """
    if type(data) is not dict:
        return None
    try:
        readout = _fast_readout(data)
    except Exception:  # anything at all: the converter decides and words the error
        return None
    if not clean and _has_surrogate(data):
        return None
    return readout


# --------------------------------------------------------------------------
# Errors: the first error in a cattrs exception tree, as (path, reason).


def _locate(exc: BaseException) -> tuple[str, BaseException]:
    """Follow the first error down a cattrs exception tree to its leaf and path."""
    path = ""
    while isinstance(exc, BaseValidationError):
        exc = exc.exceptions[0]
        for note in getattr(exc, "__notes__", ()):
            if isinstance(note, AttributeValidationNote):
                path = _join(path, note.name)
                break
            if isinstance(note, IterableValidationNote):
                path += f"[{note.index}]"
                break
    return path, exc


def _join(prefix: str, path: str) -> str:
    if not prefix or not path:
        return prefix or path
    return prefix + path if path.startswith("[") else f"{prefix}.{path}"


def _raise_validation(exc: BaseValidationError) -> NoReturn:
    path, leaf = _locate(exc)
    if isinstance(leaf, ValidationError):
        if not path:
            raise leaf from None  # the model's own check: unchanged
        raise ValidationError(_join(path, leaf.path), leaf.reason) from None
    if isinstance(leaf, ForbiddenExtraKeysError):
        first = sorted(str(k) for k in leaf.extra_fields)[0]
        raise ValidationError(_join(path, first), "unknown field") from None
    if isinstance(leaf, (_Mismatch, _MissingField)):
        raise ValidationError(path, str(leaf)) from None
    if isinstance(leaf, ValueError):  # e.g. Span's validators: reported at the span
        raise ValidationError(path, str(leaf)) from None
    raise ValidationError(path, f"{type(leaf).__name__}: {leaf}") from None


# --------------------------------------------------------------------------
# Dicts.


def to_dict(readout: Readout) -> dict[str, Any]:
    """The readout as plain JSON data: dicts, lists, str, int and None, in field order."""
    if type(readout) is Readout:
        return _readout_data(readout)
    out: dict[str, Any] = converter.unstructure(readout)
    return out


def from_dict(data: object) -> Readout:
    """Build a readout from :func:`to_dict`-shaped data, checking everything.

    Raises :class:`ValidationError` naming the first bad field. A document
    whose ``schema_version`` is an integer other than :data:`SCHEMA_VERSION`
    is rejected before anything else is looked at.
    """
    readout = _fast_from_data(data, clean=False)
    if readout is not None:
        return readout
    return _from_dict_detailed(data)


def _from_dict_detailed(data: object) -> Readout:
    """:func:`from_dict` through the converter: every check, and the error's path."""
    if not isinstance(data, dict):
        raise ValidationError("", f"expected a JSON object, got {_describe(data)}")
    version = data.get("schema_version")
    if type(version) is int and version in _ORJSON_INT_RANGE and version != SCHEMA_VERSION:
        raise ValidationError(
            "schema_version", f"unsupported schema version {version!r} (this is {SCHEMA_VERSION})"
        )
    try:
        readout: Readout = converter.structure(data, Readout)
    except BaseValidationError as exc:
        _raise_validation(exc)
    return readout


# --------------------------------------------------------------------------
# Strings.


def _use_orjson(backend: Backend) -> bool:
    if backend == "json":
        return False
    if backend == "auto":
        return _orjson is not None
    if backend == "orjson":
        if _orjson is None:
            raise ModuleNotFoundError(
                "backend='orjson' needs orjson: pip install 'readoutkit[fast]'"
            )
        return True
    raise ValueError(f"unknown JSON backend {backend!r} (expected 'auto', 'orjson' or 'json')")


def _first_surrogate(data: object, path: str = "") -> tuple[str, str] | None:
    """Path and reason of the first string in ``data`` holding a lone surrogate."""
    if isinstance(data, str):
        match = _SURROGATE.search(data)
        return (path, _surrogate_reason(match.group())) if match else None
    items: Iterable[tuple[str, object]] = ()
    if isinstance(data, dict):
        items = ((_join(path, str(k)), v) for k, v in data.items())
    elif isinstance(data, list):
        items = ((f"{path}[{i}]", v) for i, v in enumerate(data))
    for sub_path, value in items:
        found = _first_surrogate(value, sub_path)
        if found:
            return found
    return None


def _reject_surrogates(data: object) -> NoReturn:
    found = _first_surrogate(data)
    if found is None:  # pragma: no cover - only surrogates make these encoders fail
        raise AssertionError("JSON encoding failed without a lone surrogate")
    raise ValidationError(*found)


#: What ``json.dumps(..., ensure_ascii=False, separators=(",", ":"), allow_nan=False)``
#: builds per call, built once.
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dumps(readout: Readout, *, backend: Backend = "auto") -> str:
    """The readout as compact JSON text (no spaces, non-ASCII kept as is).

    Output is the same, character for character, whichever backend writes it.
    A string holding a lone surrogate cannot be written as UTF-8: that raises
    :class:`ValidationError` naming the field, on both backends.
    """
    data = to_dict(readout)
    if _use_orjson(backend):
        assert _orjson is not None
        try:
            raw: bytes = _orjson.dumps(data)
        except _orjson.JSONEncodeError:
            _reject_surrogates(data)
        return raw.decode("utf-8")
    text = _JSON_ENCODER.encode(data)
    if _holds_surrogate(text):
        _reject_surrogates(data)
    return text


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


#: What ``json.loads(s, parse_constant=_reject_constant)`` builds per call, built once.
_JSON_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


_TOO_DEEP = f"JSON nested deeper than {_MAX_DEPTH} levels"


def _check_depth(data: dict[Any, Any] | list[Any]) -> None:
    """Reject JSON nested deeper than ``_MAX_DEPTH`` (iteratively: no recursion)."""
    stack: list[tuple[dict[Any, Any] | list[Any], int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > _MAX_DEPTH:
            raise ValidationError("", _TOO_DEEP)
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))


def _surrogate_free(s: str) -> bool:
    """Whether JSON text surely parses to strings without a lone surrogate (no raw
    surrogate, no ``\\uD800``-``\\uDFFF`` escape; a pair's escapes also say "unsure")."""
    return not _SURROGATE_ESCAPE.search(s) and not _holds_surrogate(s)


def _parse_json(s: str | bytes, backend: Backend) -> tuple[object, bool]:
    """Parse JSON text; on any failure the stdlib parser words the error, on both paths.

    Returns the data and whether its strings are known to hold no lone surrogate.
    The nesting depth is not checked here: see :func:`loads`.
    """
    if _use_orjson(backend):
        assert _orjson is not None
        try:
            parsed: object = _orjson.loads(s)
        except _orjson.JSONDecodeError:
            pass  # fall through: the stdlib path decides and words the error
        else:
            return parsed, True  # orjson reads only valid Unicode
    if isinstance(s, bytes):
        try:
            s = s.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError("", f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        # json.loads(s, parse_constant=...), without building a decoder per call.
        parsed = (
            json.loads(s, parse_constant=_reject_constant)  # (it words the BOM error)
            if s.startswith("\ufeff")
            else _JSON_DECODER.decode(s)
        )
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "", f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise ValidationError("", f"malformed JSON: {exc}") from None
    except RecursionError:
        raise ValidationError("", _TOO_DEEP) from None
    return parsed, _surrogate_free(s)


def loads(s: str | bytes, *, backend: Backend = "auto") -> Readout:
    """Read a readout from JSON text (``str``, or UTF-8 ``bytes``), checking everything.

    Malformed JSON raises :class:`ValidationError` with path ``""``.
    """
    data, clean = _parse_json(s, backend)
    readout = _fast_from_data(data, clean)
    if readout is not None:
        return readout  # (a readout is 5 levels deep: no need to check the depth)
    if isinstance(data, (dict, list)):
        _check_depth(data)
    return _from_dict_detailed(data)


# --------------------------------------------------------------------------
# JSON Lines.


def _stream_name(fp: IO[str]) -> str:
    name = getattr(fp, "name", None)
    return name if isinstance(name, str) else "<jsonl>"


def write_jsonl(readouts: Iterable[Readout], fp: IO[str], *, backend: Backend = "auto") -> int:
    """Write one readout per line (each line is :func:`dumps` output); return how many.

    A readout that cannot be written raises :class:`ValidationError` whose
    ``source`` is the file name and the line it would have taken.
    """
    count = 0
    for readout in readouts:
        try:
            line = dumps(readout, backend=backend)
        except ValidationError as exc:
            where = f"{_stream_name(fp)}:{count + 1}"
            raise ValidationError(exc.path, exc.reason, source=where) from exc
        fp.write(line + "\n")
        count += 1
    return count


def iter_jsonl(
    fp: IO[str], *, source: str | None = None, backend: Backend = "auto"
) -> Iterator[Readout]:
    """Read readouts lazily, one per line; blank lines are skipped.

    An error raises :class:`ValidationError` with ``source`` set to
    ``"<source>:<line number>"`` (``source`` defaults to ``fp.name``).
    """
    name = source if source is not None else _stream_name(fp)
    for lineno, line in enumerate(fp, start=1):
        if not line.strip(" \t\r\n"):
            continue
        try:
            readout = loads(line, backend=backend)
        except ValidationError as exc:
            raise ValidationError(exc.path, exc.reason, source=f"{name}:{lineno}") from exc
        yield readout


# --------------------------------------------------------------------------
# JSON Schema, generated from the model so the two cannot drift.

_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _type_schema(tp: Any) -> dict[str, Any]:
    inner = _optional_arg(tp)
    if inner is not None:
        return {"anyOf": [_type_schema(inner), {"type": "null"}]}
    item = _tuple_arg(tp)
    if item is not None:
        return {"type": "array", "items": _type_schema(item)}
    if tp in _CLASSES or tp in _ENUMS:
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer", "minimum": 0, "maximum": _MAX_INT}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": f"^{_DATE.pattern}$"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a new model type


def _summary(cl: type) -> str:
    return (cl.__doc__ or cl.__name__).strip().splitlines()[0]


def _class_schema(cl: type) -> dict[str, Any]:
    fields = _field_types(cl)
    props = {name: _type_schema(ftype) for name, ftype in fields}
    if cl is Readout:
        props["schema_version"] = {"const": SCHEMA_VERSION}
    return {
        "title": cl.__name__,
        "description": _summary(cl),
        "type": "object",
        "properties": props,
        "required": [name for name, _ in fields],
        "additionalProperties": False,
    }


def _enum_schema(en: type[enum.Enum]) -> dict[str, Any]:
    return {
        "title": en.__name__,
        "description": _summary(en),
        "type": "string",
        "enum": [m.value for m in en],
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one readout document; a fresh dict each call.

    It checks shape and types. What it cannot express - spans inside the text
    and matching it, ids that resolve, ids that are unique - :func:`from_dict`
    checks as well.
    """
    defs: dict[str, Any] = {cl.__name__: _class_schema(cl) for cl in _CLASSES if cl is not Readout}
    defs.update({en.__name__: _enum_schema(en) for en in _ENUMS})
    top = _class_schema(Readout)
    top["title"] = f"readoutkit readout, schema version {SCHEMA_VERSION}"
    return {"$schema": _SCHEMA_DIALECT, **top, "$defs": defs}
