"""Export time: `python -m app export` of the longest possible brief to PDF vs a bare QTextDocument script.

The app's export does what the GUI's printout does: the brief (app.core.brief), its own pagination
(app.printing.pages) and the phone code on the PDF (segno); the bare script only lays out HTML of
the same length and prints it with QTextDocument.print_().

    python benchmarks/export.py [--runs 7]

The "longest possible list" is found greedily: question by question (in wizard order), the
answer that selects the most doctor questions is kept (multi-select questions tick every choice
that adds questions). The answers file also carries 10 own questions of ~200 characters and
~3,000 characters of notes. The bare script (benchmarks/bare_export.py) makes a PDF from HTML
of the same length and shape. Both are timed from spawn to exit; runs alternate; medians.

The app is timed as installed: its modules compiled to bytecode first (pip and PyInstaller ship
.pyc files; the children run with PYTHONDONTWRITEBYTECODE, so without this every run would compile
the ~40 modules an export imports from source, ~60 ms that no installed app spends).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup import ROOT, child_env

TARGET = 1.20
OWN = [
    f"Own question {i}: could the medicine interact with the vitamin A in my multivitamin, and what "
    f"should I do if I forget a dose while travelling for work next month? ({i})"
    for i in range(10)
]
NOTES = ("Last course stopped early because of dry eyes and a nosebleed in winter. " * 40).strip()


def longest_answers() -> dict:
    """Answers that select as many doctor questions as the content allows: the printout tests' own
    longest list (tests/printing/personas.py every_risk, greedy in wizard order)."""
    from app.core.loader import load_content
    from app.paths import content_dir

    sys.path.insert(0, str(ROOT))  # the tests' personas, from the checkout
    from tests.printing.personas import every_risk

    return every_risk(load_content(content_dir(), "en"))


def answers_file(folder: Path) -> tuple[Path, int, int]:
    """The answers file; also the HTML length and the number of questions it prints."""
    from app.core.answers import read_answers_file
    from app.core.loader import load_content
    from app.core.render import render_html
    from app.core.session_file import from_file
    from app.paths import content_dir

    path = folder / "longest.json"
    path.write_text(
        json.dumps(
            {
                "answers": longest_answers(),
                "own_questions": OWN,
                "notes": NOTES,
                "name": "A. Person",
                "appointment": "Monday 10:30",
            }
        )
    )
    from app.core.brief import compose

    content = load_content(content_dir(), "en")
    qlist = from_file(read_answers_file(path), content, path.name).session.edits
    count = len(compose(qlist, content.meta.texts).entries())  # the numbered lines the brief prints
    return path, len(render_html(qlist, content)), count


def timed(command: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, check=True, env=child_env(), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def compile_app() -> None:
    """The app's bytecode, as an installed app has it (see the module's docstring)."""
    import compileall

    compileall.compile_dir(str(ROOT / "app"), quiet=1)


def measure(runs: int = 7) -> dict:
    compile_app()
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        folder = Path(tmp)
        answers, chars, count = answers_file(folder)
        app_cmd = [sys.executable, "-m", "app", "export", "--answers", str(answers), "--out", str(folder / "app.pdf")]
        no_qr_cmd = [*app_cmd[:-1], str(folder / "app-no-qr.pdf"), "--no-qr"]
        bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_export.py"), str(folder / "bare.pdf"), str(chars)]
        timed(app_cmd)
        timed(bare_cmd)  # warm-up
        app_times, bare_times, no_qr_times = [], [], []
        for _ in range(runs):
            app_times.append(timed(app_cmd))
            bare_times.append(timed(bare_cmd))
            no_qr_times.append(timed(no_qr_cmd))
        pages = {name: (folder / f"{name}.pdf").read_bytes().count(b"/Type /Page") - 1 for name in ("app", "bare")}
    return {
        "app": statistics.median(app_times),
        "bare": statistics.median(bare_times),
        "chars": chars,
        "questions": count,
        "pages": pages,
        "app_all": app_times,
        "bare_all": bare_times,
        "no_qr": statistics.median(no_qr_times),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    r = measure(args.runs)
    print(
        f"longest list: {r['questions']} questions, {r['chars']:,} characters of HTML, "
        f"{r['pages']['app']} pages (bare: {r['pages']['bare']})"
    )
    print(f"app export  median {r['app']:.3f} s  (min {min(r['app_all']):.3f}, max {max(r['app_all']):.3f})")
    print(f"bare script median {r['bare']:.3f} s  (min {min(r['bare_all']):.3f}, max {max(r['bare_all']):.3f})")
    print(f"app without the phone code (--no-qr) median {r['no_qr']:.3f} s, ratio {r['no_qr'] / r['bare']:.2f}")
    print(f"ratio {r['app'] / r['bare']:.2f} (target <= {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
