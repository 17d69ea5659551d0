"""Next -> the next page painted: p95 over whole walks, the target at most 50 ms.

    python benchmarks/next_page.py [--walks 20]

Each walk is a new desktop wizard at its default size, walked the way a person does: the answers on
a page are clicked, then Next. The time is from the click on Next to the first paint of the page
that comes next (its first visit builds it, which is part of the wait). Answering does not count.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from painted import Painted  # (imports Qt only when used)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 50.0
PROFILE = None  # a cProfile.Profile, to look at the presses only
PEOPLE = (
    {"region": "us", "preg_can_become_pregnant": "yes", "preg_birth_control": "condoms"},
    {"region": "uk", "preg_can_become_pregnant": "no"},
    {"region": "not_sure"},
)


def one_walk(app, content, person: dict, painted: Painted) -> list[tuple[str, float]]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWizard

    from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard, WizardOptions

    def click(widget) -> None:
        QTest.mouseClick(
            widget,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(widget.width() // 2, widget.height() // 2),
        )

    wizard = RiskWizard(content, WizardOptions(save_and_resume=True), first_page_only=True)
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    wizard.add_remaining_pages()  # as app.gui does right after the first paint
    wizard.build_ahead()
    settle_until = time.perf_counter() + 3.0  # the person reads the first page: the others are made meanwhile
    while any(getattr(wizard.page(i), "_built", True) is False for i in wizard.pageIds()):
        app.processEvents()
        if time.perf_counter() > settle_until:
            break
    times = []
    while wizard.currentId() != SUMMARY_ID:
        page = wizard.currentPage()
        for qid, box in getattr(page, "boxes", {}).items():
            if box.isVisible() and box.value() is None:
                wanted = person.get(qid) or next(v for v in ("no", "none", "not_sure") if v in box.buttons)
                click(box.buttons[wanted])
                if wizard.crisis_dialog is not None and wizard.crisis_dialog.isVisible():
                    wizard.crisis_dialog.accept()
        if page.objectName() == "page-quiz":
            click(page.skip_button)
        for _ in range(3):
            app.processEvents()
        before = wizard.currentId()
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        if PROFILE is not None:
            PROFILE.enable()
        t0 = time.perf_counter()
        click(next_button)
        upcoming = wizard.currentPage()
        if wizard.currentId() == before:
            raise SystemExit(f"Next did not leave {page.objectName()}")
        painted.watch(upcoming)
        painted.wait(app)
        times.append((upcoming.objectName(), time.perf_counter() - t0))
        if PROFILE is not None:
            PROFILE.disable()
        upcoming.removeEventFilter(painted.filter)
    wizard.hide()
    wizard.deleteLater()
    app.processEvents()
    return times


def measure(walks: int = 20) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.core.loader import load_content
    from app.paths import content_dir
    from app.ui.look import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.appearance()
    content = load_content(content_dir(), "en")
    painted = Painted()
    one_walk(app, content, PEOPLE[0], painted)  # warm-up: fonts, style sheet caches
    samples: list[tuple[str, float]] = []
    for n in range(walks):
        samples += one_walk(app, content, PEOPLE[n % len(PEOPLE)], painted)
    every = sorted(s * 1000 for _page, s in samples)
    to_pages = sorted(s * 1000 for page, s in samples if page != "page-summary")
    to_summary = sorted(s * 1000 for page, s in samples if page == "page-summary")
    return {
        "count": len(every),
        "median": statistics.median(every),
        "p95": p95(every),
        "max": every[-1],
        "p95_pages": p95(to_pages),
        "median_summary": statistics.median(to_summary),
    }


def p95(ms: list[float]) -> float:
    return ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--walks", type=int, default=20)
    args = parser.parse_args()
    result = measure(args.walks)
    print(
        f"Next -> next page painted ({result['count']} presses): median {result['median']:.1f} ms, "
        f"p95 {result['p95']:.1f} ms, max {result['max']:.1f} ms (target p95 <= {TARGET_MS:.0f} ms); "
        f"without the summary page p95 {result['p95_pages']:.1f} ms; to the summary median "
        f"{result['median_summary']:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
