"""The ``readoutkit`` command, run for real in a subprocess.

Assertions are about structure, order, exit codes and messages, never about how
much the parser finds, so they hold as the parser grows.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from readoutkit.batch import parse_many
from readoutkit.cli import main, sample_text
from readoutkit.serialize import loads, write_jsonl
from readoutkit.tabular import COLUMNS, write_csv

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORE = SHARED / "tools" / "score.py"
TIMEOUT = 120  # a guard against a hung child, not a speed check


def run(*args: str | Path, stdin: bytes = b"", cwd: Path | None = None) -> Result:
    proc = subprocess.run(
        [sys.executable, "-m", "readoutkit", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=TIMEOUT,
    )
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Result({self.code}, out={self.out[:300]!r}, err={self.err[:600]!r})"

    def jsonl(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.out.splitlines()]


def corpus(folder: Path, n: int, *, sub: str = "") -> list[Path]:
    """n small readouts under folder (in sub/ if given), in name order."""
    base = folder / sub if sub else folder
    base.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = base / f"r{i:03d}.txt"
        path.write_text(
            f"Call {i}\n\nForeign Minister Ana Ruiz of Chile held talks with Foreign Minister "
            f"Li Wei. Ruiz said that item {i} matters. China will help.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


# -- parse: inputs -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> Result:
    """``readoutkit parse`` with no input (run once for the module)."""
    return run("parse")


def test_no_input_parses_the_built_in_sample(sample: Result) -> None:
    assert sample.code == 0, sample
    doc = json.loads(sample.out)
    assert doc["source"] == "<sample>"
    assert doc["text"] == sample_text()
    assert loads(json.dumps(doc)).text == sample_text()
    assert sample.out.startswith("{\n  ")  # pretty
    assert sample.err == ""


def test_the_sample_is_a_readout_in_house_style() -> None:
    text = sample_text()
    assert 150 <= len(text.split()) <= 260
    assert " said that " in text and "will not" in text and "The two sides agreed" in text
    assert "is ready to" in text or " will " in text


def test_stdin_with_a_dash_and_a_reference_date() -> None:
    text = "Li Wei said that trade is growing.\r\n"
    r = run("parse", "-", "--reference-date", "2024-02-29", stdin=("\ufeff" + text).encode())
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert doc["source"] == "<stdin>"
    assert doc["text"] == "Li Wei said that trade is growing.\n"  # BOM dropped, newline unified
    assert doc["reference_date"] == "2024-02-29"


def test_files_folders_and_stdin_in_order_as_json_lines(tmp_path: Path) -> None:
    """Folders are walked recursively in name order; other files are skipped; lines
    come in input order, each with its source."""
    in_b = corpus(tmp_path / "in", 3, sub="b")
    in_a = corpus(tmp_path / "in", 2, sub="a")
    (tmp_path / "in" / "notes.md").write_text("not a readout", encoding="utf-8")
    (tmp_path / "in" / ".cache").mkdir()
    (tmp_path / "in" / ".cache" / "copy.txt").write_text("hidden", encoding="utf-8")
    first = in_b[2]
    r = run("parse", first, "-", tmp_path / "in", stdin=b"Li Wei said hi.")
    assert r.code == 0, r
    assert r.err == ""  # stderr is not a terminal: no progress bar
    docs = r.jsonl()
    assert [d["source"] for d in docs] == [str(p) for p in [first, "<stdin>", *in_a, *in_b]]
    assert docs[0]["text"] == first.read_text(encoding="utf-8")
    for line in r.out.splitlines():
        loads(line)


def test_jobs_1_and_2_give_identical_output(tmp_path: Path) -> None:
    paths = corpus(tmp_path / "in", 40)
    (tmp_path / "in" / "bad.txt").write_bytes(b"\0\0")
    one = run("parse", tmp_path / "in", "--jobs", "1")
    two = run("parse", tmp_path / "in", "--jobs", "2")
    for r in (one, two):
        assert r.code == 1, r
        assert r.err.count("bad.txt: binary file") == 1
    assert one.out == two.out
    assert [d["source"] for d in two.jsonl()] == [str(p) for p in paths]

    # the CSV tables, written as results stream in from 2 processes, equal the in-process ones
    r = run("parse", tmp_path / "in", "-j", "2", "-f", "csv", "-o", tmp_path / "csv")
    assert (r.code, r.out) == (1, "")
    write_csv((loads(line) for line in one.out.splitlines()), tmp_path / "expected")
    for name, columns in COLUMNS.items():
        got = (tmp_path / "csv" / f"{name}.csv").read_bytes()
        assert got == (tmp_path / "expected" / f"{name}.csv").read_bytes()
        with open(tmp_path / "csv" / f"{name}.csv", encoding="utf-8", newline="") as fp:
            reader = csv.DictReader(fp)
            assert tuple(reader.fieldnames or ()) == columns
            rows = list(reader)
        assert {row["readout_id"] for row in rows} <= {str(p) for p in paths}
        if name == "readouts":
            assert [row["readout_id"] for row in rows] == [str(p) for p in paths]


# -- parse: bad input ---------------------------------------------------------------


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "latin1.txt").write_bytes("Déclaration".encode("latin-1"))
    (tmp_path / "in" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    (tmp_path / "in" / "blank.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    missing = tmp_path / "missing.txt"
    args: list[str | Path] = [tmp_path / "in", missing, tmp_path / "empty", "-"]
    r = run("parse", *args, "--jobs", "2", stdin=b"d\xe9claration")
    assert r.code == 1
    assert [d["source"] for d in r.jsonl()] == [str(p) for p in good]
    assert r.err.splitlines() == [
        f"readoutkit: {tmp_path / 'in' / 'blank.txt'}: empty file",
        f"readoutkit: {tmp_path / 'in' / 'image.txt'}: binary file (NUL byte at byte 8)",
        f"readoutkit: {tmp_path / 'in' / 'latin1.txt'}: not UTF-8 at byte 1",
        f"readoutkit: {missing}: no such file or folder",
        f"readoutkit: {tmp_path / 'empty'}: folder has no *.txt files",
        "readoutkit: <stdin>: not UTF-8 at byte 1",
        "readoutkit: 6 of 8 inputs failed",
    ]


def test_nothing_but_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == f"readoutkit: {tmp_path}: folder has no *.txt files\nreadoutkit: 1 of 1 inputs failed\n"
    )


def test_a_usage_error_exits_2() -> None:
    r = run("parse", "a.txt", "b.txt", "--format", "json")
    assert (r.code, r.out) == (2, "")
    assert "use --format jsonl" in r.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "a.txt", "b.txt", "--format", "json"], "use --format jsonl"),
        (["parse", ".", "--format", "json"], "use --format jsonl"),
        (["parse", "--format", "csv"], "--out DIR"),
        (["parse", "--out", "."], "is a folder"),
        (["parse", "--jobs", "0"], "at least 1"),
        (["parse", "--jobs", "many"], "at least 1"),
        (["parse", "--reference-date", "14/03/2025"], "YYYY-MM-DD"),
        (["parse", "--format", "xml"], "invalid choice"),
        (["parse", "-", "-"], "only once"),
        ([], "required"),
        (["frobnicate"], "invalid choice"),
        (["eval"], "required"),
        (["validate"], "required"),
    ],
)
def test_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--version"], ["parse", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("readoutkit ")
    assert "--jobs" in out and "--reference-date" in out


# -- parse: formats --------------------------------------------------------------------


def test_md_quotes_every_piece_of_evidence_exactly(sample: Result) -> None:
    doc = json.loads(sample.out)
    r = run("parse", "--format", "md")
    assert r.code == 0, r
    md = r.out
    assert md.startswith("# ")
    for heading in ("## Who took part", "## Who said what", "## Who committed to what"):
        assert heading in md
    for item in doc["statements"] + doc["commitments"]:
        assert f"“{item['text']}”" in md
    for party in doc["parties"]:
        for span in party["spans"][:1]:
            assert f"“{doc['text'][span['start'] : span['end']]}”" in md


# -- interruption ---------------------------------------------------------------------


def _records(path: Path, fmt: str) -> list[str]:
    """The sources of the readouts completely written so far."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    if fmt == "jsonl":
        return [
            loads(line).source or ""
            for line in text.splitlines(keepends=True)
            if line.endswith("\n")
        ]
    try:
        return [row["source"] for row in csv.DictReader(text.splitlines(keepends=True))]
    except (csv.Error, KeyError):
        return []


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(("fmt", "jobs"), [("jsonl", "1"), ("csv", "2")])
def test_an_interrupted_run_keeps_what_it_wrote(tmp_path: Path, fmt: str, jobs: str) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs a named pipe")
    before = corpus(tmp_path / "a", 24)
    after = corpus(tmp_path / "b", 24)
    # reading a named pipe nobody writes to blocks: the run is certainly mid-way
    os.mkfifo(tmp_path / "stuck.txt")
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    written = out / "readouts.csv" if fmt == "csv" else out
    args = ["parse", tmp_path / "a", tmp_path / "stuck.txt", tmp_path / "b"]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "readoutkit",
            *map(str, args),
            "-j",
            jobs,
            "-f",
            fmt,
            "-o",
            str(out),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # the run takes Ctrl-C as a terminal would give it, even where the test runner was
        # started with SIGINT ignored (a background job of a shell without job control,
        # whose children inherit the ignoring and would never see the signal)
        preexec_fn=_default_sigint,
    )
    try:
        # with 2 processes results come chunk by chunk: wait for a good part of them
        while len(_records(written, fmt)) < 16:
            assert proc.poll() is None, "the run ended before it could be interrupted"
            select.select([], [], [], 0.02)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=TIMEOUT)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    assert err.decode().splitlines()[-1] == "readoutkit: interrupted"
    sources = _records(written, fmt)
    assert 16 <= len(sources) <= len(before)
    assert sources == [str(p) for p in before[: len(sources)]]
    assert not set(sources) & {str(p) for p in after}
    if fmt == "jsonl":
        assert written.read_text(encoding="utf-8").endswith("\n")
    else:
        for name in COLUMNS:  # every table was closed with whole rows
            with open(out / f"{name}.csv", encoding="utf-8", newline="") as fp:
                assert all(len(row) == len(COLUMNS[name]) for row in csv.reader(fp))


# -- progress bar -----------------------------------------------------------------------


def _stderr_on_a_terminal(argv: list[str]) -> tuple[int, str]:
    """Run argv with stderr on a pseudo-terminal; return the exit code and what it showed."""
    if sys.platform == "win32":
        pytest.skip("needs a POSIX pseudo-terminal")
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 x 100
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    shown = b""
    while True:
        ready, _, _ = select.select([master], [], [], TIMEOUT)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc.wait(timeout=TIMEOUT), shown.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    pytest.importorskip("tqdm")
    corpus(tmp_path, 5)
    code, shown = _stderr_on_a_terminal(
        [sys.executable, "-m", "readoutkit", "parse", str(tmp_path)]
    )
    assert code == 0
    assert "5/5" in shown


def test_no_progress_bar_and_no_complaint_without_tqdm(tmp_path: Path) -> None:
    corpus(tmp_path, 5)
    hide_tqdm = (
        "import sys; sys.modules['tqdm'] = None; from readoutkit.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    code, shown = _stderr_on_a_terminal([sys.executable, "-c", hide_tqdm, "parse", str(tmp_path)])
    assert (code, shown) == (0, "")


# -- schema, validate -------------------------------------------------------------------


def test_schema_prints_the_json_schema() -> None:
    r = run("schema")
    assert r.code == 0
    schema = json.loads(r.out)
    assert "$schema" in schema
    assert "statements" in schema["properties"]


def test_validate_reports_each_bad_record_with_line_and_path(tmp_path: Path) -> None:
    texts = ["Li Wei said that trade is growing.", "Ana Ruiz said hello.", "Li Wei said bye."]
    good = tmp_path / "good.jsonl"
    with open(good, "w", encoding="utf-8") as fp:
        write_jsonl(parse_many(texts, jobs=1), fp)
    lines = good.read_text(encoding="utf-8").splitlines()
    wrong_kind = json.loads(lines[1])
    wrong_kind["kind"] = "dinner"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([lines[0], json.dumps(wrong_kind), "", "{oops", lines[2]]) + "\n")
    one = tmp_path / "one.json"
    one.write_text(json.dumps(json.loads(lines[0]), indent=2), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({**json.loads(lines[0]), "statements": [{"id": "s1"}]}))
    missing = tmp_path / "missing.json"

    r = run("validate", bad, good, one, broken, missing)
    assert r.code == 1
    assert r.out.splitlines() == [
        f"{bad}: 2 valid, 2 invalid",
        f"{good}: 3 valid, 0 invalid",
        f"{one}: 1 valid, 0 invalid",
        f"{broken}: 0 valid, 1 invalid",
    ]
    err = r.err.splitlines()
    assert len(err) == 4, err
    assert err[0].startswith(f"readoutkit: {bad}:2: kind: ")
    assert err[1].startswith(f"readoutkit: {bad}:4: <document>: malformed JSON")
    assert err[2].startswith(f"readoutkit: {broken}: statements[0]")
    assert err[3].startswith(f"readoutkit: {missing}: ")


def test_validate_good_files_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.jsonl"
    with open(good, "w", encoding="utf-8") as fp:
        write_jsonl(parse_many(["Li Wei said hello."], jobs=1), fp)
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr() == (f"{good}: 1 valid, 0 invalid\n", "")


# -- eval --------------------------------------------------------------------------------


def _gold(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {
        "id": name,
        "date": None,
        "kind": "phone_call",
        "parties": [{"name": "Li Wei", "title": "Foreign Minister", "country": "CHN"}],
        "statements": [{"speaker": "Li Wei", "snippet": "trade is growing"}],
        "commitments": [],
    }
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_eval_scores_a_gold_folder_and_reports_unusable_files(tmp_path: Path) -> None:
    text = (
        "Foreign Minister Li Wei of China spoke by phone with Ana Ruiz. Li said trade is growing."
    )
    _gold(tmp_path, "one", text)
    _gold(tmp_path, "two", text)
    (tmp_path / "orphan.gold.json").write_text("{}", encoding="utf-8")  # no orphan.txt
    r = run("eval", tmp_path, "--json")
    assert r.code == 1
    figures = json.loads(r.out)
    assert figures["files"] == 2
    assert figures["parser_errors"] == 0
    for key in ("parties.f1", "statements.f1", "commitments.f1", "date.acc", "overall"):
        assert 0.0 <= figures[key] <= 1.0
    assert figures["date.acc"] == 1.0  # gold and parser agree there is no date
    assert r.err.startswith(f"readoutkit: {tmp_path / 'orphan.gold.json'}: ")


def test_eval_text_report_and_an_empty_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _gold(tmp_path / "g", "one", "Li Wei spoke with Ana Ruiz by phone. He said trade is growing.")
    assert main(["eval", str(tmp_path / "g"), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "files                            1" in out
    (tmp_path / "none").mkdir()
    assert main(["eval", str(tmp_path / "none")]) == 1
    assert "no *.gold.json files" in capsys.readouterr().err


@pytest.mark.corpus
@pytest.mark.skipif(not (DEV.is_dir() and SCORE.is_file()), reason="../shared/corpus absent")
def test_eval_agrees_with_the_reference_scorer(capsys: pytest.CaptureFixture[str]) -> None:
    """Same figures, and the same per-file misses, on the shared dev corpus."""
    spec = importlib.util.spec_from_file_location("reference_score", SCORE)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert scorer.main([str(DEV), "--verbose", "--json"]) == 0
    ref = capsys.readouterr().out
    ref_misses, _, ref_json = ref.partition("\n{\n")
    r = run("eval", DEV, "--verbose", "--json")
    assert r.code == 0, r
    ours = json.loads(r.out)
    expected = json.loads("{\n" + ref_json)
    assert ours.pop("docs_per_s") >= 0 and expected.pop("docs_per_s") >= 0
    per_file = ours.pop("per_file")
    assert ours == expected
    lines = []
    for f in per_file:
        if f["misses"]:
            st, cm = f["figures"]["statements.f1"], f["figures"]["commitments.f1"]
            lines.append(f"== {f['name']}  statements.f1={st:.2f} commitments.f1={cm:.2f}")
            lines += [f"   {m}" for m in f["misses"]]
    assert lines == ref_misses.splitlines()


def test_the_installed_command_is_the_same_program(sample: Result) -> None:
    script = Path(sys.executable).with_name("readoutkit")
    if not script.exists():
        pytest.skip("readoutkit is not installed as a command here")
    proc = subprocess.run([script, "parse"], capture_output=True, timeout=TIMEOUT)
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8") == sample.out
