"""Screenshots of every wizard page at 100 % and 200 % text and in Spanish, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python tools/wizard_screenshots.py [OUT_DIR]
    python tools/wizard_screenshots.py --screens [OUT_DIR]   (real X: Xvfb + openbox, 1280x720 and 1366x768:
        the first page, the pregnancy page and the end page at 100 %, 200 %, high contrast, Spanish and
        Spanish at 200 %; docs/accessibility-i18n.md#screenshots)

A US 17-year-old who could become pregnant walks the wizard (condoms, "no" to the rest), as in
tests/ui/test_walk_length.py; each page is saved as shown in the default-size window
(wizard-<nn>-<page>[-200|-es].png). The summary page is saved too (it belongs to the brief work), and
once more scrolled to its page preview (wizard-<nn>-summary-preview[-200|-es].png).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
PERSON = {"region": "us", "preg_can_become_pregnant": "yes", "preg_birth_control": ("condoms",), "mh_under_18": "yes"}


def shoot(out: Path, lang: str, scale: int, suffix: str) -> list[Path]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWizard

    from app.core.loader import load_content
    from app.paths import content_dir
    from app.ui.look import theme
    from app.ui.parts.reveal import settle_layouts
    from app.ui.prefs import translations
    from app.ui.wizard.wizard import DEFAULT_SIZE, SUMMARY_ID, RiskWizard, WizardOptions

    app = QApplication.instance()
    translations.install(lang)
    theme.appearance().set_scale(scale)
    wizard = RiskWizard(load_content(content_dir(), lang), WizardOptions(save_and_resume=True))
    wizard.resize(*DEFAULT_SIZE)
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)

    def click(button) -> None:
        QTest.mouseClick(
            button,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(button.width() // 2, button.height() // 2),
        )

    saved, step = [], 0
    while True:
        page = wizard.currentPage()
        for qid, box in getattr(page, "boxes", {}).items():
            if not box.isVisible() or box.value() is not None:
                continue
            wanted = PERSON.get(qid) or next(v for v in ("no", "none", "not_sure") if v in box.buttons)
            for value in (wanted,) if isinstance(wanted, str) else wanted:
                click(box.buttons[value])
            if wizard.crisis_dialog is not None and wizard.crisis_dialog.isVisible():
                wizard.crisis_dialog.accept()
        for _ in range(4):
            settle_layouts()
            app.processEvents()
        scroll = getattr(page, "scroll_area", None)
        if scroll is not None and hasattr(scroll, "verticalScrollBar"):
            scroll.verticalScrollBar().setValue(0)
            app.processEvents()
        name = page.objectName().removeprefix("page-")
        target = out / f"wizard-{step:02d}-{name}{suffix}.png"
        wizard.grab().save(str(target))
        saved.append(target)
        if wizard.currentId() == SUMMARY_ID:  # and the end page scrolled to its page preview
            page.body.verticalScrollBar().setValue(page.preview_label.mapTo(page.column, QPoint(0, 0)).y())
            app.processEvents()
            target = out / f"wizard-{step:02d}-{name}-preview{suffix}.png"
            wizard.grab().save(str(target))
            saved.append(target)
            break
        # as a person does (no focus ring: app.ui.a11y.quiet_focus)
        click(wizard.button(QWizard.WizardButton.NextButton))
        step += 1
    wizard.close()
    wizard.deleteLater()
    theme.appearance().set_scale(100)
    return saved


def main() -> int:
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT))
    args = [a for a in sys.argv[1:] if a != "--screens"]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if "--screens" in sys.argv:
        for path in shoot_screens(out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    QApplication.instance() or QApplication(sys.argv[:1])
    from app.ui.look import theme

    theme.appearance()
    for lang, scale, suffix in (("en", 100, ""), ("en", 200, "-200"), ("es", 100, "-es")):
        for path in shoot(out, lang, scale, suffix):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


# -- on a real X server: the whole screen, window frame included (issue #23: fits every screen) -------------
SCREENS = ((1280, 720), (1366, 768))
VARIANTS = (  # (file suffix, text size, high contrast, language)
    ("100", 100, None, "en"),
    ("200", 200, None, "en"),
    ("hc", 100, True, "en"),
    ("es", 100, None, "es"),
    ("es-200", 200, None, "es"),
)
PAGES = ("welcome", "pregnancy", "summary")


def shrink(path: Path) -> None:
    """256 colours, no dithering (a screen of flat colours and text looks the same), optimised: about a
    third of Qt's PNG. Left as Qt saved it when Pillow is not installed."""
    try:
        from PIL import Image
    except ImportError:
        return
    if path.exists():
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def shoot_screens(out: Path) -> list[Path]:
    """The desktop app as `python -m app` starts it, on Xvfb + openbox at 1280x720 and 1366x768: the
    first page, the pregnancy page (with two answer notes) and the end page, at 100 %, 200 %, high contrast,
    Spanish and Spanish at 200 %. Saved as screen-<W>x<H>-<page>-<variant>.png."""
    import json
    import subprocess
    import tempfile
    import time

    saved = []
    for width, height in SCREENS:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        number = b""
        while not number.endswith(b"\n"):  # the whole number (a partial read named another X server)
            chunk = os.read(read, 16)
            if not chunk:
                raise SystemExit("Xvfb did not start")
            number += chunk
        display = ":" + number.decode().strip()
        os.close(read)
        wm = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # until openbox manages the screen
            check = ["xprop", "-root", "-display", display, "_NET_SUPPORTING_WM_CHECK"]
            if "window id" in subprocess.run(check, capture_output=True, text=True).stdout:
                break
            time.sleep(0.2)
        try:
            for suffix, scale, contrast, lang in VARIANTS:
                for page in PAGES:
                    with tempfile.TemporaryDirectory() as home:
                        config = Path(home) / ".config" / "isotretinoin-checklist"
                        config.mkdir(parents=True)
                        display_json = {"text_size": scale, "high_contrast": contrast, "language": lang}
                        (config / "display.json").write_text(json.dumps(display_json))
                        target = out / f"screen-{width}x{height}-{page}-{suffix}.png"
                        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "XDG_CONFIG_HOME")}
                        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, PYTHONPATH=str(ROOT))
                        env["PROBE_PAGE"] = page
                        env["PROBE_SETTLE_MS"] = "6000"  # the first layout settles late on a busy machine
                        subprocess.run(
                            [sys.executable, str(ROOT / "tests" / "ui" / "desktop_probe.py"), str(target)],
                            env=env,
                            timeout=120,
                            capture_output=True,
                        )
                        shrink(target)
                        saved.append(target)
        finally:
            wm.terminate()
            xvfb.terminate()
            wm.wait(10)
            xvfb.wait(10)
    return saved


if __name__ == "__main__":
    sys.exit(main())
