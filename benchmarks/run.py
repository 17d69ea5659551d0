"""Run the performance benchmarks and print one table (optionally into docs/performance.md).

    python benchmarks/run.py [--quick] [--write-docs]

- start-up: spawn -> first wizard page painted, app vs a bare QWizard (measured as in benchmarks/startup.py), and
  the floor: the bare QWizard plus only what any version of the app needs (benchmarks/floor.py)
- export:   `python -m app export` of the longest list to PDF vs a bare QTextDocument script (export.py)
- kiosk:    idle timeout -> start screen painted after the wipe, median and max (kiosk_reset.py)
- next page: Next -> the next page painted, p95 over whole walks (next_page.py)
- memory:   peak RSS at the summary page vs the bare QWizard (memory.py)

Times are wall-clock medians on this machine; ratios are what the targets are set on, because the
machine matters less for them. `--write-docs` replaces the text between
``<!-- perf:start -->`` and ``<!-- perf:end -->`` in docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

import export
import floor
import memory
import startup

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- perf:start -->", "<!-- perf:end -->"


def kiosk_numbers(resets: int) -> dict:
    """In a child process: the kiosk benchmark builds its own QApplication and full-screen kiosk."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "kiosk_reset.py"), "--resets", str(resets)],
        capture_output=True,
        text=True,
        env=startup.child_env(),
        cwd=ROOT,
        check=True,
    ).stdout
    numbers = {}
    for line in out.splitlines():
        if "median" in line and "max" in line:
            label = line.split("median")[0].strip()
            median = float(line.split("median")[1].split("ms")[0])
            top = float(line.split("max")[1].split("ms")[0])
            numbers[label] = (median, top)
    return numbers


NEXT_TARGET_MS = 50.0


def next_page_numbers(walks: int) -> dict:
    """In a child process (it builds its own QApplication): benchmarks/next_page.py."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "next_page.py"), "--walks", str(walks)],
        capture_output=True,
        text=True,
        env=startup.child_env(),
        cwd=ROOT,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("Next -> next page painted"))

    def number(after: str) -> float:
        return float(line.split(after, 1)[1].split("ms")[0].strip())

    return {
        "count": int(line.split("(")[1].split()[0]),
        "median": number("median "),
        "p95": number(" p95 "),
        "p95_pages": number("summary page p95 "),
    }


def machine() -> str:
    cpus = os.cpu_count()
    try:
        load = os.getloadavg()[0]
        load_text = f", load {load:.1f} at the start"
    except OSError:
        load_text = ""
    import PySide6

    return (
        f"{platform.system()} {platform.machine()}, {cpus} CPUs{load_text}; Python {platform.python_version()}, "
        f"PySide6-Essentials {PySide6.__version__}; QT_QPA_PLATFORM={startup.child_env()['QT_QPA_PLATFORM']}"
    )


def table(quick: bool) -> str:
    runs = 3 if quick else 9
    where = machine()
    floors = floor.measure(runs)  # bare, + Qt enum, + content, + theme, the app: interleaved, one run each
    bare, least, app = floors[0], floors[3], floors[-1]
    ex = export.measure(runs)
    kiosk = kiosk_numbers(10 if quick else 50)
    mem = memory.measure(3 if quick else 5)
    nxt = next_page_numbers(4 if quick else 20)
    wipe = kiosk["countdown end -> start screen painted"]
    still = kiosk["idle -> 'still there?' painted"]

    def status(ok: bool) -> str:
        return "met" if ok else "**missed**"

    s_ratio, e_ratio, m_ratio = app.median / bare.median, ex["app"] / ex["bare"], mem["app"] / mem["bare"]
    resets, mem_runs = (10 if quick else 50), (3 if quick else 5)
    rows = [
        ("measure", "app", "baseline", "ratio", "target", ""),
        (
            f"start-up: spawn -> first page painted (median of {runs})",
            f"{app.median * 1000:.0f} ms",
            f"{bare.median * 1000:.0f} ms (bare QWizard)",
            f"{s_ratio:.2f}x",
            f"<= {startup.TARGET}x",
            status(s_ratio <= startup.TARGET),
        ),
        (
            "start-up: spawn -> every page made (the rest is made right after the first paint)",
            f"{statistics.median(app.ready) * 1000:.0f} ms" if app.ready else "-",
            "",
            "",
            "",
            "",
        ),
        (
            "start-up floor: bare QWizard + a Qt enum + the content + the theme (benchmarks/floor.py)",
            f"{least.median * 1000:.0f} ms",
            f"{bare.median * 1000:.0f} ms (bare QWizard)",
            f"{least.median / bare.median:.2f}x",
            "",
            "the least any version of the app needs",
        ),
        (
            f"export of the longest list to PDF ({ex['questions']} questions, {ex['pages']['app']} pages; "
            f"median of {runs}; app as installed, bytecode compiled)",
            f"{ex['app'] * 1000:.0f} ms",
            f"{ex['bare'] * 1000:.0f} ms (bare QTextDocument -> PDF)",
            f"{e_ratio:.2f}x",
            f"<= {export.TARGET}x",
            status(e_ratio <= export.TARGET) + f"; without the phone code {ex['no_qr'] / ex['bare']:.2f}x",
        ),
        (
            f"kiosk wipe: countdown end -> start screen painted ({resets} resets)",
            f"median {wipe[0]:.0f} ms, max {wipe[1]:.0f} ms",
            "",
            "",
            "< 100 ms",
            status(wipe[0] < 100) + " (median)",
        ),
        ('kiosk idle -> "still there?" painted', f"median {still[0]:.0f} ms, max {still[1]:.0f} ms", "", "", "", ""),
        (
            f"peak RSS at the summary page (median of {mem_runs})",
            f"{mem['app']:.0f} MB",
            f"{mem['bare']:.0f} MB (bare QWizard)",
            f"{m_ratio:.2f}x",
            f"<= {memory.TARGET}x",
            status(m_ratio <= memory.TARGET),
        ),
        (
            f"Next -> next page painted ({nxt['count']} presses in whole walks)",
            f"p95 {nxt['p95']:.0f} ms (median {nxt['median']:.0f})",
            "",
            "",
            f"p95 <= {NEXT_TARGET_MS:.0f} ms",
            status(nxt["p95"] <= NEXT_TARGET_MS) + f"; without the summary page p95 {nxt['p95_pages']:.0f} ms",
        ),
        (
            "peak RSS at the first page (from the start-up runs)",
            f"{app.rss_mb:.0f} MB",
            f"{bare.rss_mb:.0f} MB",
            f"{app.rss_mb / bare.rss_mb:.2f}x",
            "",
            "",
        ),
        (
            "peak RSS of the start-up floor (first page)",
            f"{least.rss_mb:.0f} MB",
            f"{bare.rss_mb:.0f} MB",
            f"{least.rss_mb / bare.rss_mb:.2f}x",
            "",
            "",
        ),
    ]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|---|---|---|---|---|---|")
    note = (
        f"\nMeasured {dt.date.today().isoformat()} with `python benchmarks/run.py` on: {where}. "
        f"Spread (min-max) start-up app {min(app.seconds) * 1000:.0f}-{max(app.seconds) * 1000:.0f} ms, "
        f"bare {min(bare.seconds) * 1000:.0f}-{max(bare.seconds) * 1000:.0f} ms; export app "
        f"{min(ex['app_all']) * 1000:.0f}-{max(ex['app_all']) * 1000:.0f} ms, bare "
        f"{min(ex['bare_all']) * 1000:.0f}-{max(ex['bare_all']) * 1000:.0f} ms.\n"
    )
    return "\n".join(lines) + "\n" + note


def write_readme(text: str) -> bool:
    readme = ROOT / "docs" / "performance.md"
    content = readme.read_text(encoding="utf-8")
    if START not in content or END not in content:
        print(f"{readme} has no {START} ... {END} section; not written", file=sys.stderr)
        return False
    head, rest = content.split(START, 1)
    _old, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (a smoke test of the benchmarks)")
    parser.add_argument(
        "--write-docs",
        "--write-readme",
        dest="write_docs",
        action="store_true",
        help="write the table into docs/performance.md",
    )
    args = parser.parse_args()
    export.compile_app()  # every measure times the app as installed (bytecode compiled), not a stale cache
    text = table(args.quick)
    print(text)
    if args.write_docs and write_readme(text):
        print("docs/performance.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
