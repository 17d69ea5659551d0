"""The summary page's preview of the printout: the real pages, one at a time, large enough to read.

Each page is painted by app.printing.pages (the same layout, page breaks and footers as the PDF and
the printer), at about the width that makes the printout's text as large as the app's own (it follows
the text size), never wider than the column. "Page 1 of N" with Previous page / Next page buttons;
PageUp / PageDown on the page do the same. A screen reader hears the page's number as its name and the
page's words as its description. This replaces Qt's print-preview dialog (not usable by keyboard or
screen reader, and opened at 40 %).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QPixmap, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.printing.document import SealedDocument
from app.printing.pages import PagedDocument, page_image
from app.ui.look import theme

translate = QCoreApplication.translate  # lupdate takes the context from the first argument

PAGE_WIDTH_AT_100 = 880  # px: the printout's 10 pt text about as large as the app's own at 100 %
MIN_PAGE_WIDTH = 320


def page_text(paged: PagedDocument, index: int) -> str:
    """The words on page `index` (0-based), for a screen reader."""
    document = paged.document
    layout = document.documentLayout()
    top = paged.starts[index]
    start = layout.hitTest(QPointF(0, top + 1), Qt.HitTestAccuracy.FuzzyHit)
    if index + 1 < paged.pages:
        end = layout.hitTest(QPointF(0, paged.starts[index + 1] + 1), Qt.HitTestAccuracy.FuzzyHit)
    else:
        end = document.characterCount() - 1
    cursor = QTextCursor(document)
    cursor.setPosition(max(start, 0))
    cursor.setPosition(max(end, start, 0), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection().toPlainText().strip()


class _Page(QLabel):
    """The page image; focusable, so a keyboard or screen reader reaches it; PageUp / PageDown turn pages."""

    def __init__(self, preview: PagePreview):
        super().__init__()
        self.preview = preview
        self.setObjectName("preview-page")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # a picture: nothing to select
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.preview.show_page(self.preview.index + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.preview.show_page(self.preview.index - 1)
        else:
            super().keyPressEvent(event)


class PagePreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.paged: PagedDocument | None = None
        self.index = 0
        self._shown: tuple[int, int, int] | None = None  # (page, width, layout id) now on screen
        self.previous_button = QPushButton(translate("PagePreview", "Previous page"))
        self.previous_button.setObjectName("preview-previous")
        self.next_button = QPushButton(translate("PagePreview", "Next page"))
        self.next_button.setObjectName("preview-next")
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.number = QLabel()
        self.number.setObjectName("preview-page-number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page = _Page(self)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous_button)
        row.addWidget(self.number, 1)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.page)
        self.setFocusProxy(self.page)
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.timer = QTimer(self)  # a resize repaints the page once the width settled
        self.timer.setSingleShot(True)
        self.timer.setInterval(60)
        self.timer.timeout.connect(self.paint_page)
        self.setAccessibleName(translate("PagePreview", "Preview of your printout"))
        self._update_words()

    # -- what is shown --------------------------------------------------------------------------
    def document(self) -> SealedDocument | None:
        """The printout's document the pages are painted from (its words: what prints)."""
        return None if self.paged is None else self.paged.document

    def pages(self) -> int:
        return 0 if self.paged is None else self.paged.pages

    def release(self) -> None:
        """Free the printout's layout (a long list's is megabytes) before the next is made; the page
        shown stays until then."""
        if self.paged is not None:
            document, self.paged = self.paged.document, None
            shiboken6.delete(document)

    def set_paged(self, paged: PagedDocument) -> None:
        """Show this printout (the same page as before, if it still has it)."""
        self.release()
        self.paged = paged
        self.index = max(0, min(self.index, paged.pages - 1))
        self._shown = None
        self.paint_page()

    def show_page(self, index: int) -> None:
        if self.paged is None or not 0 <= index < self.paged.pages:
            return
        self.index = index
        self.paint_page()

    def page_width(self) -> int:
        wanted = round(PAGE_WIDTH_AT_100 * theme.appearance().scale / 100)
        room = self.width() if self.width() > 0 else wanted
        return max(MIN_PAGE_WIDTH, min(wanted, room))

    def paint_page(self) -> None:
        if self.paged is None:
            return
        width = self.page_width()
        shown = (self.index, width, id(self.paged))
        if shown != self._shown:
            self._shown = shown
            image = page_image(self.paged, self.index, width)
            self.page.setPixmap(QPixmap.fromImage(image))
            self.page.setFixedHeight(image.height())
        self._update_words()

    def _update_words(self) -> None:
        count = self.pages()
        number = translate("PagePreview", "Page %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(count))
        self.number.setText(number if count else "")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < count)
        self.page.setAccessibleName(
            translate("PagePreview", "Your printout, %1").replace("%1", number) if count else self.accessibleName()
        )
        self.page.setAccessibleDescription(page_text(self.paged, self.index) if self.paged is not None else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.timer.start()
