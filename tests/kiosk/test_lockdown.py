"""Nothing closes the kiosk; no context menus, drag and drop, tooltips, links or dialogs; big touch targets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextEdit, QWizard

import app.kiosk
from app.kiosk.style import MIN_TARGET_PX
from app.ui.wizard.wizard import SUMMARY_ID
from tests.helpers.kiosk import kiosk_config, start_session

KIOSK_DIR = Path(app.kiosk.__file__).parent


def test_window_is_frameless_on_top_and_fills_the_screen(qtbot, make_shell):
    shell = make_shell()
    flags = shell.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    shell.showFullScreen()
    qtbot.waitUntil(lambda: shell.isFullScreen())  # (the offscreen test platform does not resize windows)
    assert shell.windowState() & Qt.WindowState.WindowFullScreen
    assert shell.current() is shell.start


@pytest.mark.parametrize(
    "key, mods",
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_closing_keys_do_nothing(qtbot, shell, key, mods):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    page_before = shell.wizard.currentId()
    for target in (shell.wizard, shell.wizard.currentPage(), shell):
        QTest.keyClick(target, key, mods)  # straight to the widget
    QTest.keyClick(shell.windowHandle(), key, mods)  # and the way real keys arrive, through the window
    assert shell.isVisible() and shell.wizard.isVisible()
    assert shell.current() is shell.session and shell.wizard.currentId() == page_before
    assert shell.wizard.answers["region"] == "uk"
    assert shell.lockdown.blocked >= 4


def test_close_reject_cancel_are_ignored(qtbot, shell):
    start_session(qtbot, shell)
    wizard = shell.wizard
    assert not shell.close() and shell.isVisible()
    assert not wizard.close() and wizard.isVisible()
    wizard.reject()
    wizard.done(0)
    assert wizard.isVisible() and shell.current() is shell.session
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert not cancel.isVisible(), "the kiosk wizard has no Cancel button"
    assert wizard.windowFlags() & Qt.WindowType.Window != Qt.WindowType.Window, "embedded, not a dialog"


def test_close_is_allowed_only_after_staff_exit(qtbot, shell):
    assert not shell.close()
    with qtbot.waitSignal(shell.exit_requested):
        shell.staff_desk.request_exit()
    assert shell.close() and not shell.isVisible()


def test_no_context_menu_drag_drop_or_tooltip(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="no")
    edit = shell.wizard.summary.printout.own_edit
    edit.setFocus()
    before = shell.lockdown.blocked
    menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(edit, menu_event)
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is None, "a context menu opened"
    mime = QMimeData()
    mime.setText("dropped text")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(edit, enter)
    assert not enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(edit, drop)
    assert edit.text() == ""
    row = shell.wizard.summary.list_widget
    tip = QHelpEvent(QEvent.Type.ToolTip, QPoint(20, 20), row.mapToGlobal(QPoint(20, 20)))
    QApplication.sendEvent(row.viewport(), tip)  # a tooltip would be shown during this call (QToolTip::showText)
    QApplication.processEvents()
    assert not any(w.isVisible() and w.metaObject().className() == "QTipLabel" for w in QApplication.topLevelWidgets())
    assert shell.lockdown.blocked - before >= 3  # (Qt itself never delivers a Drop after a refused DragEnter)


def test_copy_and_paste_keys_are_blocked(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="no")
    QApplication.clipboard().setText("left by someone")
    edit = shell.wizard.summary.printout.own_edit
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    assert edit.text() == ""


def test_no_label_has_a_link(qtbot, shell):
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")
    labels = shell.findChildren(QLabel)
    assert len(labels) > 50
    for label in labels:
        assert not label.openExternalLinks(), label.objectName()
        assert "<a " not in label.text().lower() and "href" not in label.text().lower(), label.text()[:60]
        if label.textFormat() != Qt.TextFormat.PlainText and "<" in label.text():  # rich text: no clickable links
            assert not label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse, label.text()[:60]
        assert not label.toolTip() or "<a" not in label.toolTip()
    preview = (
        shell.wizard.summary.printout.preview
    )  # pictures of the pages (app.ui.summary.page_preview): nothing to select or click
    assert preview.findChildren(QTextEdit) == []
    assert preview.page.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_touch_targets_are_at_least_44_px(qtbot, make_shell):
    shell = make_shell(apply_style=True)
    person = start_session(qtbot, shell)
    checked = 0
    while True:
        for button in shell.findChildren(QAbstractButton):
            if button.isVisible() and not button.objectName().startswith("qt_"):
                assert button.width() >= MIN_TARGET_PX and button.height() >= MIN_TARGET_PX, (
                    button.objectName(),
                    button.text(),
                    button.size(),
                )
                checked += 1
        if shell.wizard.currentId() == SUMMARY_ID:
            break
        page = shell.wizard.currentPage()
        for qid, box in page.boxes.items():
            if box.isVisible() and box.value() is None:
                person.pick(qid, "not_sure" if "not_sure" in box.buttons else next(iter(box.buttons)))
        person.next()
    assert checked > 40
    summary = shell.wizard.summary
    assert summary.list_widget.sizeHintForRow(1) >= MIN_TARGET_PX


def _calls(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
    return names


def test_kiosk_code_never_names_a_dialog_or_writes_files():
    forbidden = {
        "QFileDialog",
        "QPrintDialog",
        "QPrintPreviewDialog",
        "QPageSetupDialog",
        "QSettings",
        "DialogPrinting",
        "save_pdf",
        "DesktopActions",
        "QTemporaryFile",
        "tempfile",
        "write_text",
        "write_bytes",
        "NamedTemporaryFile",
        "QMessageBox",
    }
    for path in KIOSK_DIR.glob("*.py"):  # (`set-pin`, which writes the config file, is app.cli, not the kiosk)
        used = _calls(path) & forbidden
        assert not used, f"{path.name} uses {used}"


def test_no_dialog_is_ever_opened_in_a_full_session(qtbot, shell, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    def forbidden(*_a, **_k):
        raise AssertionError("the kiosk opened a dialog that leads to the file system")

    for cls, names in (
        (QFileDialog, ("getSaveFileName", "getOpenFileName", "exec", "open")),
        (QPrintDialog, ("exec", "open")),
        (QPrintPreviewDialog, ("exec", "open")),
    ):
        for name in names:
            monkeypatch.setattr(cls, name, forbidden)
    from tests.helpers.printers import pdf_printer

    target = pdf_printer(monkeypatch, tmp_path)
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = shell.wizard.summary
    assert [b.objectName() for b in summary.output_actions.buttons()] == ["kiosk-preview", "kiosk-print"]
    assert not summary.printout.paper_combo.isVisible()
    person.click(summary.output_actions.preview_button)
    assert shell.current() is shell.printout
    person.click(shell.printout.back_button)
    person.click(summary.output_actions.print_button)
    assert target.exists()
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, (QFileDialog, QPrintDialog, QPrintPreviewDialog))
    ]
