"""Peak memory: the app driven to the summary page vs a bare QWizard with one page.

    python benchmarks/memory.py [--runs 5]

The app child starts exactly as `python -m app` does (app.main.run), then, once its window is up,
answers every question so that the list is as long as it gets (benchmarks/export.py's answers, plus
own questions and notes), goes through every page to the summary, waits for the summary and its
preview to be painted, and quits. The bare child is benchmarks/bare_wizard.py. Peak RSS is the
child's ru_maxrss (wait4), median of N runs; the ratio is app / bare.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from startup import BARE, ROOT, child_env

TARGET = 1.30
MARKER = "summary-painted"


def child(answers_json: str) -> int:
    """Runs in the child process."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.main import run
    from app.ui.look.paint_probe import after_first_paint
    from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard

    data = json.loads(answers_json)
    app = QApplication(sys.argv[:1])

    def drive() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RiskWizard) and w.isVisible())
        for question_id, value in data["answers"].items():
            wizard.answers[question_id] = tuple(value) if isinstance(value, list) else value
        while wizard.currentId() != SUMMARY_ID:
            wizard.next()
            app.processEvents()
        summary = wizard.summary
        for text in data["own_questions"]:
            summary.own_edit.setText(text)
            summary.add_button.click()
        summary.notes_edit.setPlainText(data["notes"])
        summary.update_preview()

        def done() -> None:
            print(f"{MARKER} {len(wizard.question_list.items)} questions", flush=True)
            app.exit(0)

        after_first_paint(summary.preview.viewport(), done)
        summary.preview.viewport().update()

    QTimer.singleShot(0, drive)
    return run([])


def peak_rss_kb(command: list[str], env: dict, marker: str) -> int:
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    seen = any(line.startswith(marker) for line in proc.stdout)
    proc.stdout.close()
    _pid, status, usage = os.wait4(proc.pid, 0)
    if not seen or os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[-1]}: no '{marker}' line or a bad exit ({status})")
    return usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024


def measure(runs: int = 5) -> dict:
    import tempfile
    from pathlib import Path

    from export import NOTES, OWN, longest_answers

    payload = json.dumps({"answers": longest_answers(), "own_questions": OWN, "notes": NOTES})
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as tmp:
        data = Path(tmp) / "answers.json"
        data.write_text(payload)
        app_cmd = [sys.executable, __file__, "--child", str(data)]
        app_kb, bare_kb = [], []
        for _ in range(runs):
            app_kb.append(peak_rss_kb(app_cmd, child_env(), MARKER))
            bare_kb.append(peak_rss_kb(BARE, child_env(), "first-window-shown"))
    return {
        "app": statistics.median(app_kb) / 1024,
        "bare": statistics.median(bare_kb) / 1024,
        "app_all": app_kb,
        "bare_all": bare_kb,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        from pathlib import Path

        return child(Path(args.child).read_text())
    started = time.perf_counter()
    r = measure(args.runs)
    print(
        f"app at the summary page  peak RSS median {r['app']:.1f} MB  ({min(r['app_all']) / 1024:.1f}-"
        f"{max(r['app_all']) / 1024:.1f})"
    )
    print(
        f"bare QWizard             peak RSS median {r['bare']:.1f} MB  ({min(r['bare_all']) / 1024:.1f}-"
        f"{max(r['bare_all']) / 1024:.1f})"
    )
    print(f"ratio {r['app'] / r['bare']:.2f} (target <= {TARGET}); {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
