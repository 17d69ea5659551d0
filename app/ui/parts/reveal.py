"""Answering a question may show or hide other questions and facts: what the person just clicked
stays exactly where it was on the screen, so their next click lands where they aim.

The page's layout is settled at once (before anything is painted) and the page scrolled by however
far the clicked control moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def settle_layouts() -> None:
    """Run the layout requests that are waiting (they cascade from inner widgets to outer ones)."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


@contextmanager
def keep_under_pointer(scroll: QScrollArea, near: QWidget) -> Iterator[None]:
    """Keep the focused control inside `near` (the one just clicked), or `near` itself, in place."""
    viewport = scroll.viewport()
    focused = QApplication.focusWidget()
    anchor = focused if focused is not None and (focused is near or near.isAncestorOf(focused)) else near
    visible = anchor.isVisible() and viewport.isAncestorOf(anchor)
    before = anchor.mapTo(viewport, QPoint(0, 0)).y() if visible else 0
    yield
    if not visible or not anchor.isVisible():
        return
    settle_layouts()
    moved = anchor.mapTo(viewport, QPoint(0, 0)).y() - before
    if moved:
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.value() + moved)
