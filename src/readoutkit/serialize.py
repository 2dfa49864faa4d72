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

from readoutkit.errors import ValidationError
from readoutkit.model import SCHEMA_VERSION, Readout

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
_SURROGATE = re.compile("[\ud800-\udfff]")
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


class _Mismatch(TypeError):
    """A value of the wrong JSON type or outside the allowed values."""


class _MissingField(KeyError):
    """A required field is absent. (Every field is required on input.)"""

    def __str__(self) -> str:
        return "required field is missing"


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
    out: dict[str, Any] = converter.unstructure(readout)
    return out


def from_dict(data: object) -> Readout:
    """Build a readout from :func:`to_dict`-shaped data, checking everything.

    Raises :class:`ValidationError` naming the first bad field. A document
    whose ``schema_version`` is an integer other than :data:`SCHEMA_VERSION`
    is rejected before anything else is looked at.
    """
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
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if not text.isascii() and _SURROGATE.search(text):
        _reject_surrogates(data)
    return text


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


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


def _parse_json(s: str | bytes, backend: Backend) -> object:
    """Parse JSON text; on any failure the stdlib parser words the error, on both paths."""
    if _use_orjson(backend):
        assert _orjson is not None
        try:
            parsed: object = _orjson.loads(s)
        except _orjson.JSONDecodeError:
            pass  # fall through: the stdlib path decides and words the error
        else:
            if isinstance(parsed, (dict, list)):
                _check_depth(parsed)
            return parsed
    if isinstance(s, bytes):
        try:
            s = s.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError("", f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        parsed = json.loads(s, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "", f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise ValidationError("", f"malformed JSON: {exc}") from None
    except RecursionError:
        raise ValidationError("", _TOO_DEEP) from None
    if isinstance(parsed, (dict, list)):
        _check_depth(parsed)
    return parsed


def loads(s: str | bytes, *, backend: Backend = "auto") -> Readout:
    """Read a readout from JSON text (``str``, or UTF-8 ``bytes``), checking everything.

    Malformed JSON raises :class:`ValidationError` with path ``""``.
    """
    return from_dict(_parse_json(s, backend))


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
