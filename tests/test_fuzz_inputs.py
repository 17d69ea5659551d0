"""Bad input never ends in a traceback: the content loader, the clinic config and the answers file.

Every case ends either in success or in a `DataError` / `Problem` whose text is ONE line and names
the file; the CLI exits 2 with one line on stderr. Hypothesis generates random bytes, TOML-ish
text, random JSON structures and random mutations of the real content files; hand-made cases
cover the classics (empty, binary, huge, deep nesting, duplicate ids, broken references, bad UTF-8).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core import answers as answers_mod
from app.core import config_load as config_mod
from app.core import decode
from app.core.answers import read_answers_file
from app.core.decode import convert, read_toml
from app.core.loader import load_content
from app.core.model import AreaFile, Meta, SourcesFile
from app.core.problems import DataError, Problem
from app.core.question_list import QuestionList
from app.core.render import render_html, render_text
from app.core.session_file import from_file
from app.core.validate import check_content

# FUZZ_EXAMPLES=2000 pytest tests/test_fuzz_inputs.py for a long run; the default keeps CI around half a minute.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ_SLOW = settings(FUZZ, max_examples=max(10, EXAMPLES // 4))  # each example loads a whole content folder


# -- what "a good error" means ---------------------------------------------------------------------
def assert_one_line(text: str, file_name: str) -> None:
    assert text.strip(), "empty error message"
    assert len(text.splitlines()) == 1, f"not one line: {text!r}"
    assert file_name in text, f"{file_name!r} not named in {text!r}"


def assert_problems(problems: list[Problem], root: Path) -> None:
    """Each problem is one line and names a file or folder inside the content folder."""
    for problem in problems:
        assert_one_line(str(problem), "")
        assert Path(problem.file).resolve().is_relative_to(root.resolve()), str(problem)


def load_any(path: Path) -> None:
    """The TOML loader as the app uses it, for every file kind; DataError is the only allowed failure."""
    data, _text = read_toml(path)
    for kind in (AreaFile, Meta, SourcesFile):
        try:
            convert(data, kind, path)
        except DataError as err:
            assert_one_line(str(err), path.name)


def toml_outcome(path: Path) -> None:
    try:
        load_any(path)
    except DataError as err:
        assert_one_line(str(err), path.name)


def answers_outcome(path: Path, content) -> None:
    try:
        data = read_answers_file(path)
        qlist = from_file(data, content, path.name).session.edits
    except DataError as err:
        assert_one_line(str(err), path.name)
        return
    render_text(qlist, content)
    render_html(qlist, content)


# -- a tiny TOML writer (inline tables) so mutated structures can be written back ----------------
def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(repr(value), repr(value))
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def dump_toml(data: dict) -> str:
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}\n" for k, v in data.items())


def test_toml_writer_round_trips(content_root):
    for path in sorted(content_root.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert tomllib.loads(dump_toml(data)) == data, path


# -- strategies ------------------------------------------------------------------------------------
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)
toml_scalars = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats()
    | st.text(max_size=40)
    | st.dates()
    | st.sampled_from(["", "not_sure", "us", "region", "x" * 500])
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)

TOML_BITS = [
    "[area]",
    "[[area.questions]]",
    "[[area.doctor_questions]]",
    "[texts]",
    "[sources.X]",
    "id = ",
    "text = ",
    "show_if = ",
    "choices = ",
    '"',
    "'",
    '"""',
    "'''",
    "{",
    "}",
    "[",
    "]",
    "=",
    ",",
    ".",
    "\n",
    " ",
    "#",
    "\\",
    "\\u0000",
    "\\ud800",
    "1979-05-27",
    "07:32:00",
    "true",
    "nan",
    "1e999",
    "0x1F",
    "+inf",
    "\t",
    "\r\n",
    "\x00",
    "\x7f",
    "é",
    "\u202e",
    "👩‍⚕️",
]
toml_ish = st.lists(st.sampled_from(TOML_BITS) | st.text(max_size=6), max_size=60).map("".join)

JSON_KEYS = [
    "answers",
    "language",
    "own_questions",
    "notes",
    "name",
    "appointment",
    "important",
    "excluded",
    "region",
    "preg_can_become_pregnant",
    "med_current",
    "mh_now",
    "dq_general_how_long",
    "x",
]
ANSWER_VALUES = ["us", "uk", "eu", "yes", "no", "not_sure", "none", "tetracycline", "mars", ""]
answers_like = st.fixed_dictionaries(
    {},
    optional={
        "answers": st.dictionaries(
            st.sampled_from(JSON_KEYS[8:]) | st.text(max_size=5),
            st.sampled_from(ANSWER_VALUES) | st.lists(st.sampled_from(ANSWER_VALUES), max_size=3) | json_values,
            max_size=5,
        ),
        "language": st.sampled_from(["en", "", "zz"]) | json_values,
        "own_questions": st.lists(st.text(max_size=50), max_size=3) | json_values,
        "notes": st.text(max_size=200) | json_values,
        "important": st.lists(st.sampled_from(["dq_general_how_long", "dq_general_tests", "dq_nope"]), max_size=5),
        "excluded": st.lists(st.sampled_from(["dq_general_how_long", "dq_liver_tests", "x"]), max_size=3),
        "colour": json_values,
    },
)


# -- random bytes, text and structures -------------------------------------------------------------
@FUZZ
@given(raw=st.binary(max_size=3000))
def test_random_bytes(tmp_path, content, raw):
    path = tmp_path / "junk.toml"
    path.write_bytes(raw)
    toml_outcome(path)
    answers_outcome(path, content)


@FUZZ
@given(text=toml_ish)
def test_toml_ish_text(tmp_path, content, text):
    path = tmp_path / "area.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    toml_outcome(path)


@FUZZ
@given(data=json_values)
def test_random_json_structures(tmp_path, content, data):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data))
    answers_outcome(path, content)


@FUZZ
@given(data=answers_like)
def test_answers_shaped_json(tmp_path, content, data):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data))
    answers_outcome(path, content)


# -- mutations of the real content files -----------------------------------------------------------
def paths_in(value, prefix=()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_in(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += paths_in(child, (*prefix, i))
    return found


def get(value, path):
    for part in path:
        value = value[part]
    return value


def mutate(data: dict, draw) -> dict:
    """Apply one random edit: delete, replace, duplicate (ids!), add an unknown key, break a reference."""
    targets = [p for p in paths_in(data) if p]
    if not targets:
        data[draw(st.text(max_size=8))] = draw(toml_values)
        return data
    path = draw(st.sampled_from(targets))
    parent, last = get(data, path[:-1]), path[-1]
    op = draw(st.sampled_from(["delete", "replace", "duplicate", "unknown_key", "rename", "deepen"]))
    if op == "delete":
        del parent[last]
    elif op == "replace":
        parent[last] = draw(toml_values)
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(last, json.loads(json.dumps(parent[last], default=str)))
    elif op == "unknown_key" and isinstance(parent, dict):
        parent[draw(st.text(min_size=1, max_size=10))] = draw(toml_values)
    elif op == "rename":  # a string somewhere becomes another string of the file (duplicate id, wrong ref)
        strings = [p for p in targets if isinstance(get(data, p), str)]
        if strings:
            parent[last] = get(data, draw(st.sampled_from(strings)))
    elif op == "deepen":
        parent[last] = {"not": {"not": parent[last]}} if draw(st.booleans()) else [[parent[last]]]
    return data


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory, content_root) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(content_root, root)
    return root


CONTENT_FILES = [
    "en/meta.toml",
    "sources.toml",
    "en/region.toml",
    "en/pregnancy.toml",
    "en/general.toml",
    "en/medicines.toml",
    "en/mental_health.toml",
]


@FUZZ_SLOW
@given(name=st.sampled_from(CONTENT_FILES), data=st.data(), edits=st.integers(1, 3))
def test_mutated_content(fuzz_root, name, data, edits):
    path = fuzz_root / name
    original = path.read_bytes()
    try:
        parsed = tomllib.loads(original.decode())
        for _ in range(edits):
            parsed = mutate(parsed, data.draw)
        try:
            text = dump_toml(parsed)
        except (TypeError, KeyError):
            assume(False)
        path.write_text(text, encoding="utf-8")
        problems, loaded = check_content(fuzz_root)
        assert_problems(problems, fuzz_root)
        try:
            content = load_content(fuzz_root, "en")
        except DataError as err:
            assert_one_line(str(err), "")
            assert problems, "load_content failed where check_content found nothing"
            return
        # It loaded: the rest of the app must cope with whatever it now says.
        answers = {
            q.id: ("not_sure",) if q.multiple else "not_sure" for _a, q in content.all_questions() if q.kind == "choice"
        }
        answers["region"] = data.draw(st.sampled_from(["us", "uk", "eu", "not_sure"]))
        qlist = QuestionList.from_answers(content, answers)
        render_html(qlist, content)
        render_text(qlist, content)
    finally:
        path.write_bytes(original)


# -- hand-made classics ----------------------------------------------------------------------------
def nested_toml(depth: int) -> str:
    return "a = " + "[" * depth + "]" * depth + "\n"


HAND_MADE = {
    "empty": b"",
    "only whitespace": b"  \n\t\n",
    "binary junk": bytes(range(256)) * 4,
    "invalid utf-8": b'[area]\nid = "caf\xe9"\n',
    "utf-16": "[area]\nid = 'x'\n".encode("utf-16"),
    "nul bytes": b"[area]\x00\nid = 'x'\n",
    "deep arrays": nested_toml(10_000).encode(),
    "deep inline tables": ("a = " + "{b = " * 5_000 + "1" + "}" * 5_000).encode(),
    "wrong types": b'[area]\nid = 3\ntitle = ["x"]\nintro = {a = 1}\norder = "first"\ntopic = 1979-05-27\n',
    "unknown keys": b'[area]\nid = "x"\ntitle = "t"\nintro = "i"\norder = 1\ntopic = "general"\nsauce = "hot"\n',
    "newline in a key": b'[area]\n"bad\\nkey" = 1\n',
    "duplicate table": b"[area]\nid = 'x'\n[area]\nid = 'y'\n",
    "lone surrogate escape": b'[area]\nid = "\\ud800"\n',
    "huge": b"# " + b"x" * (decode.MAX_FILE_BYTES + 10) + b"\n",
}


@pytest.mark.parametrize("case", list(HAND_MADE))
def test_hand_made_toml(tmp_path, content, case):
    path = tmp_path / "case.toml"
    path.write_bytes(HAND_MADE[case])
    toml_outcome(path)
    answers_outcome(path, content)  # the same junk as an answers file


def test_huge_and_deep_files_are_refused_by_name(tmp_path, content):
    big = tmp_path / "big.json"
    big.write_bytes(b'{"notes": "' + b"x" * (answers_mod.MAX_ANSWERS_BYTES + 1) + b'"}')
    with pytest.raises(DataError, match=r"big\.json:1: file is too large"):
        read_answers_file(big)
    deep = tmp_path / "deep.json"
    deep.write_text('{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(DataError, match=r"deep\.json:1: JSON nesting is too deep"):
        read_answers_file(deep)
    deep_toml = tmp_path / "deep.toml"
    deep_toml.write_text(nested_toml(10_000))
    with pytest.raises(DataError, match=r"deep\.toml:1: TOML nesting is too deep"):
        read_toml(deep_toml)


def test_answer_of_wrong_type_names_the_key(tmp_path, content):
    path = tmp_path / "answers.json"
    for value in (3, None, {"a": 1}, ["us", 3], True):
        path.write_text(json.dumps({"answers": {"region": value}}))
        with pytest.raises(DataError) as info:
            read_answers_file(path)
        assert_one_line(str(info.value), "answers.json")
        assert "answers.region" in str(info.value)


def test_lone_surrogate_in_answers_is_an_error_not_a_crash(tmp_path, content):
    path = tmp_path / "answers.json"
    path.write_text('{"answers": {"region": "us"}, "own_questions": ["a\\ud800b"]}')
    with pytest.raises(DataError, match="answers.json:1: .*surrogate"):
        read_answers_file(path)


def test_key_with_a_newline_stays_one_line(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": {}, "bad\nkey\u2028x": 1}))
    with pytest.raises(DataError) as info:
        read_answers_file(path)
    assert_one_line(str(info.value), "answers.json")
    assert "bad\\nkey" in str(info.value)


@pytest.mark.parametrize(
    "case",
    [
        "duplicate id",
        "broken reference",
        "unknown choice set",
        "unknown source",
        "deep condition",
        "missing region",
        "binary meta",
        "empty area",
    ],
)
def test_broken_content_folder(content_copy, case):
    general = content_copy / "en/general.toml"
    text = general.read_text()
    if case == "duplicate id":
        general.write_text(text.replace('id = "dq_general_tests"', 'id = "dq_general_how_long"', 1))
    elif case == "broken reference":
        general.write_text(text.replace('question = "general_first_course"', 'question = "nope"', 1))
    elif case == "unknown choice set":  # the first inline choice list becomes a set that does not exist
        start = text.index("choices = [")
        general.write_text(text[:start] + 'choices = "nope"' + text[text.index("]\n", start) + 1 :])
    elif case == "unknown source":
        general.write_text(text.replace('sources = ["NHS-FAQ"]', 'sources = ["NOPE"]', 1))
    elif case == "deep condition":
        cond = "{not = " * 200 + '{equals = {question = "region", value = "us"}}' + "}" * 200
        general.write_text(
            text.replace('topic = "general"\npriority = 2', f'topic = "general"\nshow_if = {cond}\npriority = 2', 1)
        )
    elif case == "missing region":
        (content_copy / "en/region.toml").unlink()
    elif case == "binary meta":
        (content_copy / "en/meta.toml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    elif case == "empty area":
        general.write_text("")
    assert general.read_text() != text or case in ("missing region", "binary meta")
    problems, _ = check_content(content_copy)
    assert problems
    assert_problems(problems, content_copy)
    with pytest.raises(DataError) as info:
        load_content(content_copy, "en")
    assert_one_line(str(info.value), "content")


# -- the clinic configuration (kiosk work) ---------------------------------------------------------
@FUZZ
@given(raw=st.binary(max_size=2000) | toml_ish.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_config_random_input(tmp_path, content_root, raw):
    path = tmp_path / "clinic.toml"
    path.write_bytes(raw)
    problems, cfg = config_mod.check_config(path, content_root)
    assert (cfg is None) == bool(problems)
    for problem in problems:
        assert_one_line(str(problem), "clinic.toml")


@FUZZ_SLOW
@given(data=st.data(), edits=st.integers(1, 3))
def test_config_mutations(tmp_path, content_root, data, edits):
    from app.paths import resource_path

    parsed = tomllib.loads(resource_path("clinic.example.toml").read_text(encoding="utf-8"))
    for _ in range(edits):
        parsed = mutate(parsed, data.draw)
    path = tmp_path / "clinic.toml"
    path.write_text(dump_toml(parsed), encoding="utf-8")
    for kiosk in (None, True):
        problems, cfg = config_mod.check_config(path, content_root, kiosk=kiosk)
        assert (cfg is None) == bool(problems)
        for problem in problems:
            assert_one_line(str(problem), "clinic.toml")


@pytest.mark.parametrize("case", list(HAND_MADE))
def test_config_hand_made(tmp_path, content_root, case):
    path = tmp_path / "clinic.toml"
    path.write_bytes(HAND_MADE[case])
    problems, cfg = config_mod.check_config(path, content_root)
    for problem in problems:
        assert_one_line(str(problem), "clinic.toml")


# -- the command line: exit 2, one line, no traceback ----------------------------------------------
def run_app(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        errors="backslashreplace",
    )


def assert_cli_bad_input(result, file_name: str, max_lines: int = 1) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= max_lines, result.stderr
    assert all(file_name in line for line in lines), result.stderr


CLI_CASES = ["empty", "binary junk", "invalid utf-8", "deep arrays", "huge", "newline in a key"]


@pytest.mark.parametrize("case", CLI_CASES)
def test_cli_export_bad_answers_file(tmp_path, case):
    path = tmp_path / "answers.json"
    path.write_bytes(HAND_MADE[case])
    assert_cli_bad_input(run_app("export", "--answers", str(path), "--out", str(tmp_path / "x.pdf")), "answers.json")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("case", ["lone surrogate", "wrong type", "unknown key"])
def test_cli_export_bad_answers_json(tmp_path, case):
    path = tmp_path / "answers.json"
    path.write_text(
        {
            "lone surrogate": '{"answers": {"region": "us"}, "notes": "\\udfff"}',
            "wrong type": '{"answers": {"region": 3.5}}',
            "unknown key": '{"answers": {}, "sauce": 1}',
        }[case]
    )
    for out in ("x.pdf", "x.txt", "x.html"):
        assert_cli_bad_input(run_app("export", "--answers", str(path), "--out", str(tmp_path / out)), "answers.json")


@pytest.mark.parametrize("case", ["binary meta", "deep arrays in an area", "unknown choice set"])
def test_cli_check_content_bad_folder(content_copy, case):
    if case == "binary meta":
        (content_copy / "en/meta.toml").write_bytes(HAND_MADE["binary junk"])
    elif case == "deep arrays in an area":
        (content_copy / "en/general.toml").write_text(nested_toml(10_000))
    else:
        general = content_copy / "en/general.toml"
        text = general.read_text()
        start = text.index("choices = [")  # the first inline choice list becomes a set that does not exist
        general.write_text(text[:start] + 'choices = "nope"' + text[text.index("]\n", start) + 1 :])
    result = run_app("check-content", str(content_copy))
    assert_cli_bad_input(result, ".toml", max_lines=50)  # one line per problem, each naming its file


@pytest.mark.parametrize("case", ["empty", "binary junk", "deep arrays", "huge", "wrong types"])
def test_cli_check_config_bad_file(tmp_path, case):
    path = tmp_path / "clinic.toml"
    path.write_bytes(HAND_MADE[case])
    result = run_app("check-config", str(path))
    if result.returncode == 0:  # e.g. an empty file is a valid (empty) desktop config
        assert "Traceback" not in result.stderr
        return
    assert_cli_bad_input(result, "clinic.toml", max_lines=50)
