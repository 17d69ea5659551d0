"""The headless commands: one-line errors naming the file or field, exit 2; never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.text import pdf_text, squash


def run_app(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def assert_one_line_error(result, *needles: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_check_content_ok(content_root):
    result = run_app("check-content", str(content_root))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("content OK:") and len(result.stdout.strip().splitlines()) == 1


def test_check_content_reports_each_problem(content_copy):
    path = content_copy / "en/general.toml"
    path.write_text(path.read_text().replace('question = "general_first_course"', 'question = "nope"'))
    result = run_app("check-content", str(content_copy))
    assert result.returncode == 2
    assert "general.toml:" in result.stderr and "'nope'" in result.stderr and "Traceback" not in result.stderr


def test_questions_json(content):
    result = run_app("questions", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {q["id"] for q in data} == {q.id for _a, q in content.all_questions()}
    region = next(q for q in data if q["id"] == "region")
    assert set(region["values"]) >= {"us", "uk", "eu", "not_sure"}


def write_answers(tmp_path, data) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return path


def test_export_pdf_html_txt(tmp_path, content):
    answers = write_answers(
        tmp_path,
        {
            "answers": {"region": "us", "general_first_course": "yes"},
            "own_questions": ["<b>Is it OK to swim?</b>"],
            "notes": "n1",
            "name": "Ana",
        },
    )
    for suffix in ("pdf", "html", "txt"):
        out = tmp_path / f"list.{suffix}"
        result = run_app("export", "--answers", str(answers), "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    text = squash(pdf_text(tmp_path / "list.pdf"))
    assert "<b>Is it OK to swim?</b>" in text  # typed markup prints literally
    assert squash(content.question("general_first_course").text) not in text  # screening questions aren't listed
    assert "How long must I wait after my last course" in text
    assert "&lt;b&gt;Is it OK to swim?" in (tmp_path / "list.html").read_text()
    assert "[ ] " in (tmp_path / "list.txt").read_text()


def test_export_paper_size(tmp_path):
    from pypdf import PdfReader

    answers = write_answers(tmp_path, {"answers": {"region": "us"}})
    sizes = {}
    for flag in ([], ["--region", "uk"], ["--paper", "a4"]):
        out = tmp_path / f"p{len(sizes)}.pdf"
        assert run_app("export", "--answers", str(answers), "--out", str(out), *flag).returncode == 0
        box = PdfReader(str(out)).pages[0].mediabox
        sizes[" ".join(flag) or "us"] = (round(float(box.width)), round(float(box.height)))
    assert sizes["us"] == (612, 792)  # Letter for the US
    assert sizes["--region uk"] == (595, 842)  # A4 elsewhere
    assert sizes["--paper a4"] == (595, 842)  # override


@pytest.mark.parametrize(
    "data, needles",
    [
        ("{not json", ["answers.json:1:", "not valid JSON"]),
        ({"answers": {"region": ["us", "uk"]}}, ["answers.region", "takes one value"]),
        ({"answers": {}, "colour": "blue"}, ["answers.json:key:", "colour"]),
        ({"answers": {"region": 3}}, ["answers.json:key:", "answers.region"]),
        ({"answers": {}, "format": 3}, ["answers.json:format:", "newer version"]),
        ({"answers": {}, "printout": {"paper": "a3"}}, ["answers.json:", "printout.paper"]),
        ({"answers": {}, "important": ["a", "b", "c", "d"]}, ["answers.json:important:", "at most 3"]),
    ],
)
def test_export_bad_answers(tmp_path, data, needles):
    answers = write_answers(tmp_path, data)
    result = run_app("export", "--answers", str(answers), "--out", str(tmp_path / "x.pdf"))
    assert_one_line_error(result, *needles)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "data, needles",
    [
        ({"answers": {"no_such_question": "yes"}}, ["answers.json:answers.no_such_question:", "unknown question id"]),
        ({"answers": {"region": "mars"}}, ["answers.region", "'mars' is not one of"]),
        ({"answers": {}, "important": ["dq_nope"]}, ["answers.json:important:", "dq_nope"]),
    ],
)
def test_export_leaves_out_what_no_longer_fits_with_one_warning_each(tmp_path, data, needles):
    """A file from an older version: what no longer fits the content is left out, and said (exit 0)."""
    answers = write_answers(tmp_path, data)
    result = run_app("export", "--answers", str(answers), "--out", str(tmp_path / "x.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: ") and "left out" in lines[0], lines
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert (tmp_path / "x.txt").read_text(encoding="utf-8").strip()


def test_export_binary_junk_and_missing_file(tmp_path):
    junk = tmp_path / "answers.json"
    junk.write_bytes(b"\xff\xfe\x00\x81junk")
    assert_one_line_error(
        run_app("export", "--answers", str(junk), "--out", str(tmp_path / "x.pdf")), "answers.json", "UTF-8"
    )
    assert_one_line_error(
        run_app("export", "--answers", str(tmp_path / "missing.json"), "--out", "x.pdf"), "missing.json", "cannot read"
    )


def test_export_unwritable_and_unknown_format(tmp_path):
    answers = write_answers(tmp_path, {"answers": {"region": "uk"}})
    assert_one_line_error(
        run_app("export", "--answers", str(answers), "--out", str(tmp_path / "no/dir/x.pdf")), "does not exist"
    )
    assert_one_line_error(
        run_app("export", "--answers", str(answers), "--out", str(tmp_path / "x.docx")), "--out", ".docx"
    )


def test_export_to_missing_printer(tmp_path):
    answers = write_answers(tmp_path, {"answers": {"region": "uk"}})
    assert_one_line_error(
        run_app("export", "--answers", str(answers), "--printer", "No-Such-Printer"), "No-Such-Printer", "not found"
    )


def test_bad_arguments_are_one_line():
    assert_one_line_error(run_app("export", "--paper", "tabloid", "--answers", "a.json"), "--paper")
    assert_one_line_error(run_app("--no-such-flag"), "--no-such-flag")


def test_self_test():
    result = run_app("--self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test OK:")


def test_export_print_errors_are_said_as_before_even_in_spanish(tmp_path):
    """PrintError carries a kind; `export` words it in English exactly as it did when the printing layer
    made the sentence (app.ui.files.print_errors.english), whatever --lang the printout is in."""
    answers = write_answers(tmp_path, {"answers": {"region": "uk"}})
    missing = tmp_path / "no"
    cases = [
        (["--out", str(missing / "x.pdf")], f"Cannot save the PDF: the folder {missing} does not exist."),
        (["--out", str(tmp_path / "dir.pdf")], f"Cannot save the PDF: {tmp_path / 'dir.pdf'} is a folder."),
        (["--printer", "No-Such-Printer"], "The printer 'No-Such-Printer' was not found."),
    ]
    (tmp_path / "dir.pdf").mkdir()
    for lang in ("en", "es"):
        for where, said in cases:
            result = run_app("export", "--lang", lang, "--answers", str(answers), *where)
            assert result.returncode == 2 and result.stderr == f"isotretinoin-checklist: error: {said}\n", result.stderr
