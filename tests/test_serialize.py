"""The JSON layer: round trips, backend parity, the schema, path-naming errors, JSON Lines."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import io
import json
import pathlib
import pickle
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from functools import partial
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readoutkit import serialize
from readoutkit.errors import ValidationError
from readoutkit.model import SCHEMA_VERSION, Kind, Party, Readout, Span, Statement
from readoutkit.serialize import (
    Backend,
    dumps,
    from_dict,
    iter_jsonl,
    json_schema,
    loads,
    to_dict,
    write_jsonl,
)
from strategies import commitments, notices, parties, readouts, spans, statements

BACKENDS: tuple[Backend, ...] = ("json", "orjson")

#: Every property runs at least 200 examples; no deadline (no wall-clock assertions).
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _outcome(fn: typing.Callable[[], Readout]) -> tuple[str, object]:
    """What a load does: ("ok", readout) or ("error", (path, reason))."""
    try:
        return "ok", fn()
    except ValidationError as exc:
        assert type(exc) is ValidationError
        return "error", (exc.path, exc.reason)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


# --------------------------------------------------------------------------
# Round trips and output shape.


@PROPERTY
@given(readouts())
def test_dict_round_trip(readout: Readout) -> None:
    assert from_dict(to_dict(readout)) == readout


@pytest.mark.parametrize("backend", BACKENDS)
@PROPERTY
@given(readout=readouts())
def test_string_round_trip(backend: Backend, readout: Readout) -> None:
    assert loads(dumps(readout, backend=backend), backend=backend) == readout


@PROPERTY
@given(readouts())
def test_bytes_input_round_trip(readout: Readout) -> None:
    text = dumps(readout)
    for backend in BACKENDS:
        assert loads(text.encode("utf-8"), backend=backend) == readout


@PROPERTY
@given(readouts())
def test_to_dict_is_plain_json_data_equal_to_dumps(readout: Readout) -> None:
    data = to_dict(readout)

    def plain(node: object) -> bool:
        if isinstance(node, dict):
            return all(type(k) is str and plain(v) for k, v in node.items())
        if isinstance(node, list):
            return all(plain(v) for v in node)
        return node is None or type(node) in (str, int)

    assert plain(data)
    assert json.loads(dumps(readout)) == data


@functools.cache
def _hints(cl: type) -> dict[str, Any]:
    return typing.get_type_hints(cl)


def _check_key_order(node: object, cl: type) -> None:
    assert isinstance(node, dict)
    assert list(node) == [a.name for a in attrs.fields(cl)]
    for a in attrs.fields(cl):
        tp = _hints(cl)[a.name]
        args = [t for t in typing.get_args(tp) if t is not type(None) and t is not Ellipsis]
        inner = args[0] if args else tp
        if attrs.has(inner):
            values = node[a.name] if isinstance(node[a.name], list) else [node[a.name]]
            for v in values:
                if v is not None:
                    _check_key_order(v, inner)


@PROPERTY
@given(readouts())
def test_keys_are_the_field_names_in_field_order(readout: Readout) -> None:
    _check_key_order(to_dict(readout), Readout)


def test_documented_encodings() -> None:
    r = Readout(
        text="Macron–Modi call 😀",
        kind=Kind.PHONE_CALL,
        date=dt.date(2024, 1, 5),
        parties=[Party("p1", name="Macron", spans=[Span(0, 6)])],
    )
    text = dumps(r)
    assert text.startswith('{"text":"Macron–Modi call 😀","kind":"phone_call","title":null,')
    assert '"date":"2024-01-05"' in text
    assert text.endswith(f',"source":null,"schema_version":{SCHEMA_VERSION}}}')
    assert " " not in text.replace("Modi call 😀", "")


def test_the_documented_example_loads() -> None:
    doc_path = pathlib.Path(__file__).parent.parent / "docs" / "format.md"
    if not doc_path.exists():
        pytest.skip("docs/format.md is not here")
    example = doc_path.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]
    r = loads(example)
    assert [r.party(i).spans[0].slice(r.text) for i in ("p1", "p2")] == ["Macron", "Modi"]
    assert dumps(r) == json.dumps(json.loads(example), ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------
# Backend parity.


@PROPERTY
@given(readouts())
def test_backends_write_identical_bytes(readout: Readout) -> None:
    fast = dumps(readout, backend="orjson").encode("utf-8")
    slow = dumps(readout, backend="json").encode("utf-8")
    assert fast == slow
    assert dumps(readout, backend="auto").encode("utf-8") == slow


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
    | st.sampled_from(["phone_call", "2024-01-05", "p1"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "kind", "parties", "id", "span", "start", "end"]) | st.text(),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@PROPERTY
@given(st.one_of(st.text(), st.binary(), _JSON_VALUES.map(json.dumps)))
def test_backends_accept_and_reject_alike(raw: str | bytes) -> None:
    results = [_outcome(partial(loads, raw, backend=b)) for b in BACKENDS]
    assert results[0] == results[1]


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "{",
        "[]",
        "null",
        '"text"',
        "NaN",
        '{"text": NaN}',
        "{}x",
        b"\xef\xbb\xbf{}",
        "\ufeff{}",
        b"\xff",
        '{"text": 1e400}',
        '{"schema_version": 123456789012345678901234567890}',
        '{"text": 123456789012345678901234567890}',
        '{"text": "\\ud800"}',
        '{"text": "\ud800"}',  # a raw lone surrogate in a str
        '{"text": ' + "[" * 2000 + "]" * 2000 + "}",
        '{"text": ' + "[" * 1000 + "]" * 1000 + "}",
    ],
)
def test_bad_json_fails_alike_on_both_backends(raw: str | bytes) -> None:
    results = [_outcome(partial(loads, raw, backend=b)) for b in BACKENDS]
    assert results[0][0] == "error"
    assert results[0] == results[1]


@pytest.mark.parametrize("raw", ["", "{", "[]", "NaN", "{}x", b"\xff", "\ufeff{}"])
def test_whole_document_errors_have_empty_path(raw: str | bytes) -> None:
    for backend in BACKENDS:
        with pytest.raises(ValidationError) as info:
            loads(raw, backend=backend)
        assert info.value.path == ""
        assert info.value.reason


def test_lone_surrogate_is_rejected_alike_when_writing() -> None:
    r = Readout(text="ok", parties=[Party("p1", aliases=["fine", "bad\udc80"])])
    errors = []
    for backend in BACKENDS:
        with pytest.raises(ValidationError) as info:
            dumps(r, backend=backend)
        errors.append((info.value.path, info.value.reason))
    assert errors[0] == errors[1]
    assert errors[0][0] == "parties[0].aliases[1]"
    assert "U+DC80" in errors[0][1]


def test_auto_backend_falls_back_to_stdlib(monkeypatch: pytest.MonkeyPatch) -> None:
    r = Readout(text="Élysée\u2028😀", parties=[Party("p1", spans=[Span(0, 6)])])
    expected = dumps(r, backend="json")
    monkeypatch.setattr(serialize, "_orjson", None)
    assert dumps(r) == expected
    assert loads(expected) == r
    with pytest.raises(ModuleNotFoundError):
        dumps(r, backend="orjson")


def test_without_orjson_installed_the_stdlib_writes_the_same() -> None:
    r = Readout(text="Élysée\u2028😀\x00", parties=[Party("p1", spans=[Span(0, 6)])])
    script = (
        "import sys; sys.modules['orjson'] = None\n"  # makes `import orjson` fail
        "import readoutkit, readoutkit.serialize as s\n"
        "assert s._orjson is None\n"
        "sys.stdout.buffer.write(readoutkit.dumps(readoutkit.loads(sys.stdin.buffer.read()))"
        ".encode())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=dumps(r, backend="orjson").encode(),
        capture_output=True,
        check=True,
    )
    assert done.stdout == dumps(r, backend="orjson").encode()


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="backend"):
        dumps(Readout(text=""), backend="ujson")  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# The JSON Schema.


def _model_classes() -> list[type]:
    """Every attrs class reachable from Readout, found independently of serialize."""
    found: list[type] = []

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            visit(arg)
        if isinstance(tp, type) and attrs.has(tp) and tp not in found:
            found.append(tp)
            for hint in typing.get_type_hints(tp).values():
                visit(hint)

    visit(Readout)
    return found


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_matches_the_model_fields() -> None:
    schema = json_schema()
    classes = _model_classes()
    assert {c.__name__ for c in classes} == {
        "Readout",
        "Party",
        "Span",
        "Statement",
        "Commitment",
        "Notice",
    }
    for cl in classes:
        node = schema if cl is Readout else schema["$defs"][cl.__name__]
        names = [a.name for a in attrs.fields(cl)]
        assert list(node["properties"]) == names, cl
        assert node["required"] == names, cl
        assert node["additionalProperties"] is False
        for name, hint in typing.get_type_hints(cl).items():
            for arg in [hint, *typing.get_args(hint)]:
                if isinstance(arg, type) and issubclass(arg, enum.Enum):
                    assert schema["$defs"][arg.__name__]["enum"] == [m.value for m in arg], name
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}


def test_schema_is_a_fresh_dict_each_call() -> None:
    first = json_schema()
    first["properties"].clear()
    assert json_schema()["properties"]


_VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


@PROPERTY
@given(readouts())
def test_every_document_validates_against_the_schema(readout: Readout) -> None:
    _VALIDATOR.validate(json.loads(dumps(readout)))


# --------------------------------------------------------------------------
# Corrupting one field names that field.

Site = tuple[str, Any, Any, Any]  # (path, parent container, key in parent, value)


def _sites(node: Any, path: str = "", parent: Any = None, key: Any = None) -> Iterator[Site]:
    yield path, parent, key, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _sites(v, _join(path, k), node, k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _sites(v, f"{path}[{i}]", node, i)


_ENUM_KEYS = {"kind", "quotation", "polarity", "modality"}
_REF = re.compile(
    r"(statements|commitments)\[\d+\]\.(speakers|actors)\[\d+\]|commitments\[\d+\]\.statement"
)
_ITEM_TEXT = re.compile(r"(statements|commitments)\[\d+\]\.text")
_DANGLING = "\x00not-an-id"
#: Operations the JSON Schema can see too (it cannot see references, spans, surrogates).
_SHAPE_OPS = {"delete", "extra", "unknown_enum", "version", "bad_date"}


def _mistypes(value: object) -> list[object]:
    """Values of a JSON type the field at ``value``'s place never accepts."""
    if isinstance(value, dict):
        return [[], "x", 0, True]
    if isinstance(value, list):
        return ["x", {}, 0, None]
    if isinstance(value, str):
        return [0, [], {}, True, 1.5]
    if isinstance(value, int):
        return ["0", None, True, 1.0, -1, [], 2**70]
    return [0, [], True]  # None: every nullable field is a string, date or span


@st.composite
def corrupted(draw: st.DrawFn) -> tuple[dict[str, Any], str, str, object]:
    """A valid document with exactly one thing broken: (document, path, op, new value)."""
    readout = draw(readouts())
    doc = to_dict(readout)
    ops: dict[str, list[Site]] = {}
    for site in _sites(doc):
        path, parent, key, value = site
        # One mistype operation per JSON type, so rarer types get drawn as often.
        ops.setdefault(f"mistype_{type(value).__name__}", []).append(site)
        if isinstance(parent, dict):
            ops.setdefault("delete", []).append(site)
        if isinstance(value, dict):
            ops.setdefault("extra", []).append(site)
            if set(value) == {"start", "end"}:
                ops.setdefault("span_beyond", []).append(site)
                ops.setdefault("span_reversed", []).append(site)
        if isinstance(value, str):
            ops.setdefault("surrogate", []).append(site)
        if key in _ENUM_KEYS:
            ops.setdefault("unknown_enum", []).append(site)
        if key in ("date", "reference_date"):
            ops.setdefault("bad_date", []).append(site)
        if key == "schema_version":
            ops.setdefault("version", []).append(site)
        if _REF.fullmatch(path):
            ops.setdefault("dangle", []).append(site)
        if _ITEM_TEXT.fullmatch(path):
            ops.setdefault("text_mismatch", []).append(site)
        if key == "id" and isinstance(parent, dict):
            ops.setdefault("duplicate_id", []).append(site)
    # A duplicate needs an earlier id to copy.
    earlier = {
        f"{field}[{i}].id": f"{field}[{i - 1}].id"
        for field in ("parties", "mentions", "statements", "commitments")
        for i in range(1, len(doc[field]))
    }
    if doc["parties"]:
        earlier.update({f"mentions[{i}].id": "parties[0].id" for i in range(len(doc["mentions"]))})
    ops["duplicate_id"] = [s for s in ops.get("duplicate_id", []) if s[0] in earlier]
    op = draw(st.sampled_from(sorted(k for k, v in ops.items() if v)))
    path, parent, key, value = draw(st.sampled_from(ops[op]))
    expected = path
    new: object
    if op.startswith("mistype_"):
        new = draw(st.sampled_from(_mistypes(value)))
    elif op == "delete":
        new = None
        del parent[key]
    elif op == "extra":
        new = draw(st.sampled_from([None, 0, "x"]))
        value["zz_unknown"] = new
        expected = _join(path, "zz_unknown")
    elif op == "span_beyond":
        new = len(doc["text"]) + 1 + draw(st.integers(0, 5))
        value["end"] = new
    elif op == "span_reversed":
        new = value["end"] + 1
        value["start"] = new
    elif op == "surrogate":
        new = value + draw(st.sampled_from(["\ud800", "\udfff", "\udc80x"]))
    elif op == "unknown_enum":
        new = draw(st.sampled_from(["bogus", "", value.upper(), " " + value]))
    elif op == "bad_date":
        new = draw(
            st.sampled_from(["2024-13-01", "20240105", "2024-1-5", "2023-02-29", "٢٠٢٤-٠١-٠٥"])
        )
    elif op == "version":
        new = draw(st.integers(min_value=0).filter(lambda v: v != SCHEMA_VERSION))
    elif op == "dangle":
        new = _DANGLING
    elif op == "text_mismatch":
        new = value + "x"
        expected = path[: -len("text")] + "span"
    else:
        assert op == "duplicate_id"
        source_path = earlier[path]
        new = next(v for p, _, _, v in _sites(doc) if p == source_path)
    if op not in ("delete", "extra", "span_beyond", "span_reversed"):
        if parent is None:
            doc = new  # type: ignore[assignment]
        else:
            parent[key] = new
    return doc, expected, op, new


@PROPERTY
@given(corrupted())
def test_corrupting_one_field_names_its_path(case: tuple[dict[str, Any], str, str, object]) -> None:
    doc, expected, op, new = case
    text = json.dumps(doc)  # ASCII-escaped, so lone surrogates survive as \uXXXX
    results = [_outcome(partial(from_dict, doc))]
    results += [_outcome(partial(loads, text, backend=b)) for b in BACKENDS]
    assert results[0][0] == "error", (op, expected)
    assert results[0] == results[1] == results[2]
    path, reason = typing.cast(tuple[str, str], results[0][1])
    assert path == expected, (op, reason)
    assert reason
    if op == "delete":
        assert reason == "required field is missing"
    if op == "extra":
        assert reason == "unknown field"
    if op == "version":
        assert "schema version" in reason or "integer" in reason
    shape = op in _SHAPE_OPS or op.startswith("mistype_")
    if shape and not (isinstance(new, float) and new.is_integer()):
        # JSON Schema counts 1.0 as an integer; the loader does not.
        assert not _VALIDATOR.is_valid(doc), (op, expected)


def _shape(value: Any) -> object:
    """``value`` with the exact type of every part spelled out, to compare two builds."""
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return (type(value), tuple(_shape(getattr(value, a.name)) for a in fields))
    if isinstance(value, (tuple, list)):
        return (type(value), tuple(_shape(v) for v in value))
    return (type(value), value)


@PROPERTY
@given(readouts())
def test_the_fast_reader_takes_valid_documents_and_builds_the_same_objects(
    readout: Readout,
) -> None:
    doc = to_dict(readout)
    fast = serialize._fast_from_data(doc, clean=False)
    assert fast is not None
    assert _shape(fast) == _shape(serialize._from_dict_detailed(doc)) == _shape(readout)


@PROPERTY
@given(corrupted())
def test_the_fast_reader_leaves_every_broken_document_to_the_converter(
    case: tuple[dict[str, Any], str, str, object],
) -> None:
    doc, _, op, _ = case
    assert serialize._fast_from_data(doc, clean=False) is None, op
    assert serialize._fast_from_data(doc, clean=op != "surrogate") is None, op


def _example_doc() -> dict[str, Any]:
    return to_dict(
        Readout(
            text="He said yes on 5 May.",
            date=dt.date(2024, 5, 5),
            parties=[Party("p1", aliases=["he"], spans=[Span(0, 2)])],
            statements=[Statement("s1", ["p1"], "yes", Span(8, 11))],
        )
    )


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("statements[0].speakers", "p1"),  # a string is not a list of one-letter ids
        ("parties[0].aliases", "he"),
        ("parties", {}),
        ("parties", None),
        ("parties[0]", ["p1"]),
        ("statements[0].span.start", True),  # bool is not an integer
        ("statements[0].span.start", 8.0),
        ("statements[0].span.start", "8"),
        ("schema_version", True),
        ("schema_version", 1.0),
        ("schema_version", "1"),
        ("statements[0].text", 3),  # not str(3)
        ("title", 5),
        ("kind", 0),
        ("kind", "PHONE_CALL"),
        ("date", "20240505"),
        ("date", "2024-05-05T00:00:00"),
        ("date", "٢٠٢٤-٠٥-٠٥"),
        ("date", 20240505),
    ],
)
def test_nothing_is_coerced(path: str, value: object) -> None:
    doc = _example_doc()
    *parents, last = re.findall(r"[a-z_]+|\[\d+\]", path)
    node: Any = doc
    for step in parents:
        node = node[int(step[1:-1])] if step.startswith("[") else node[step]
    node[int(last[1:-1]) if last.startswith("[") else last] = value
    for load in (partial(from_dict, doc), partial(loads, json.dumps(doc), backend="orjson")):
        with pytest.raises(ValidationError) as info:
            load()
        assert info.value.path == path


def test_model_errors_come_through_unchanged() -> None:
    doc = to_dict(
        Readout(
            text="He said yes.",
            parties=[Party("p1")],
            statements=[Statement("s1", ["p1"], "yes", Span(8, 11))],
        )
    )
    doc["statements"][0]["speakers"] = ["p1", "p9"]
    with pytest.raises(ValidationError) as info:
        from_dict(doc)
    assert type(info.value) is ValidationError
    assert info.value.path == "statements[0].speakers[1]"
    assert info.value.reason == "'p9' is not a party id"
    assert info.value.source is None


def test_every_field_is_required_even_with_a_default() -> None:
    doc = to_dict(Readout(text="x"))
    for name in list(doc):
        partial = {k: v for k, v in doc.items() if k != name}
        with pytest.raises(ValidationError) as info:
            from_dict(partial)
        assert (info.value.path, info.value.reason) == (name, "required field is missing")


def test_unsupported_version_is_reported_before_other_problems() -> None:
    with pytest.raises(ValidationError) as info:
        from_dict({"schema_version": 2, "new_field": True})
    assert info.value.path == "schema_version"
    assert "unsupported schema version 2" in info.value.reason


# --------------------------------------------------------------------------
# JSON Lines.


@PROPERTY
@given(
    st.lists(readouts(max_items=2), max_size=5),
    st.lists(st.sampled_from(["\n", " \n", "\t\r\n", "\r\n"]), max_size=5),
    st.randoms(use_true_random=False),
)
def test_jsonl_round_trip_skips_blank_lines(
    items: list[Readout], blanks: list[str], rnd: Any
) -> None:
    out = io.StringIO()
    assert write_jsonl(iter(items), out) == len(items)
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    assert len(lines) == len(items) + 1  # one line per readout: U+2028 etc. stay inside
    body = [line + "\n" for line in lines[:-1]]
    for blank in blanks:
        body.insert(rnd.randint(0, len(body)), blank)
    for backend in BACKENDS:
        assert list(iter_jsonl(io.StringIO("".join(body)), backend=backend)) == items


@PROPERTY
@given(st.lists(readouts(max_items=1), min_size=1, max_size=4), st.data())
def test_jsonl_errors_name_the_line(items: list[Readout], data: st.DataObject) -> None:
    lines = [dumps(r) + "\n" for r in items]
    bad = data.draw(st.integers(0, len(lines) - 1))
    lines[bad] = data.draw(
        st.sampled_from(["{\n", "[]\n", '{"text": 1}\n', lines[bad][:-2] + "\n"])
    )
    lines.insert(0, "\n")  # a blank first line still counts
    got: list[Readout] = []
    with pytest.raises(ValidationError) as info:
        got.extend(iter_jsonl(io.StringIO("".join(lines)), source="corpus.jsonl"))
    assert info.value.source == f"corpus.jsonl:{bad + 2}"
    assert got == items[:bad]
    assert str(info.value).startswith(f"corpus.jsonl:{bad + 2}: ")


def test_iter_jsonl_is_lazy() -> None:
    good = dumps(Readout(text="one")) + "\n"
    it = iter_jsonl(io.StringIO(good + "{broken\n"))
    assert next(it) == Readout(text="one")
    with pytest.raises(ValidationError) as info:
        next(it)
    assert info.value.source == "<jsonl>:2"


def test_jsonl_source_defaults_to_the_file_name(tmp_path: Any) -> None:
    path = tmp_path / "c.jsonl"
    items = [Readout(text="a\u2028b\u0085c\rd"), Readout(text="")]
    with open(path, "w", encoding="utf-8") as fp:
        assert write_jsonl(items, fp) == 2
        fp.write("\n{}\n")
    with open(path, encoding="utf-8") as fp:
        it = iter_jsonl(fp)
        assert [next(it), next(it)] == items
        with pytest.raises(ValidationError) as info:
            next(it)
    assert info.value.source == f"{path}:4"
    assert info.value.path == "text"


def test_write_jsonl_names_the_line_it_could_not_write() -> None:
    items = [Readout(text="fine"), Readout(text="bad\ud800")]
    out = io.StringIO()
    with pytest.raises(ValidationError) as info:
        write_jsonl(items, out)
    assert (info.value.source, info.value.path) == ("<jsonl>:2", "text")
    assert out.getvalue() == dumps(items[0]) + "\n"


# --------------------------------------------------------------------------
# Pickling.


@pytest.mark.parametrize(
    "strategy",
    [spans(), parties(), statements(), commitments(), notices(), readouts()],
    ids=["Span", "Party", "Statement", "Commitment", "Notice", "Readout"],
)
@PROPERTY
@given(data=st.data())
def test_pickle_round_trip(strategy: st.SearchStrategy[object], data: st.DataObject) -> None:
    value = data.draw(strategy)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert copy == value
        assert type(copy) is type(value)


def test_validation_error_pickles() -> None:
    err = ValidationError("statements[3].speakers[0]", "'x' is not a party id", source="f.jsonl:7")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.path, copy.reason, copy.source, str(copy)) == (
        err.path,
        err.reason,
        err.source,
        str(err),
    )


def test_fast_reader_guard_tolerates_fuzzer_instrumentation_only() -> None:
    # atheris adds _trace_* names to instrumented code; anything else is a model change
    import types

    from readoutkit.model import Readout
    from readoutkit.serialize import _only_checks_readout

    hook = Readout.__dict__["__attrs_post_init__"]

    def with_names(*names: str) -> type:
        code = hook.__code__.replace(co_names=names)
        return type("Fake", (), {"__attrs_post_init__": types.FunctionType(code, hook.__globals__)})

    assert _only_checks_readout(Readout)
    assert _only_checks_readout(with_names("check_readout", "_trace_branch"))
    assert not _only_checks_readout(with_names("check_readout", "print"))
