"""A layout's widgets and nested layouts, in order, without leaving a QLayoutItem wrapper behind.

PySide keeps every `QLayout.itemAt()` result alive as a child of the layout's Python wrapper. When Qt
later deletes that item (its widget removed from the layout, or deleted), the wrapper stays "valid" over
freed memory, and a new object made at that address came back from Qt as that QWidgetItem: once
`widget.style()` returned a QWidgetItem, and once `findChildren` crashed a CI worker (December 2026).
So each item's wrapper is invalidated as soon as its widget or layout has been read. Widgets and layouts
are QObjects, whose deletion shiboken does notice.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLayout, QWidget

from app.ui.look.reflow import FlowLayout


def layout_entries(layout: QLayout) -> list[QWidget | QLayout]:
    """The widgets and nested layouts of `layout`, in layout order (spacers and stretches left out)."""
    entries: list[QWidget | QLayout] = []
    ours = isinstance(layout, FlowLayout)  # its items live in its own list, which takeAt() empties first
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, nested = item.widget(), item.layout()
        if widget is not None:
            entries.append(widget)
        elif nested is not None:
            entries.append(nested)
        if not ours and not isinstance(item, QLayout):  # (a nested layout's item is the layout itself)
            shiboken6.invalidate(item)
    return entries


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets directly in `layout`, in layout order."""
    return [entry for entry in layout_entries(layout) if isinstance(entry, QWidget)]
