"""Glossary words explained in place: the word is dotted-underlined; pointing at it, tapping it, or
pressing Space on its text shows a small card with the explanation. Each word is offered once per
page, at its first use. No links (the kiosk forbids them) and no tooltip windows (the kiosk
swallows tooltips): the card is a child of the window, so it works on the kiosk's touch screen too.

Screen readers: a text with glossary words says so in its description, with the explanations, and
showing the card announces it.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from app.core.glossary import pattern, terms_in
from app.core.model import GlossaryEntry
from app.ui.a11y import announce

TERM_STYLE = "text-underline-style: dotted"  # Qt's rich text: a dotted underline (DotLine)
HOVER_DELAY_MS = 300


def marked_html(text: str, entries: list[GlossaryEntry]) -> str:
    """`text` escaped, with the first use of each entry's word wrapped in a dotted-underlined span."""
    spans = []
    for entry in entries:
        match = pattern(entry.term).search(text)
        if match and not any(s < match.end() and match.start() < e for s, e, _ in spans):
            spans.append((match.start(), match.end(), entry))
    out, at = [], 0
    for start, end, _entry in sorted(spans, key=lambda s: s[0]):
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="{TERM_STYLE}">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n\n", "<br/><br/>").replace("\n", " ")


def explanation(entries: list[GlossaryEntry]) -> str:
    return " ".join(f"{e.term}: {e.explain}" for e in entries)


class GlossaryPopover(QFrame):
    """The explanation card, shown under the word, inside the window."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("glossary-popover")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.text = QLabel()
        self.text.setObjectName("glossary-explain")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        self.owner: GlossaryLabel | None = None
        self.hide()

    def show_for(self, owner: GlossaryLabel, entries: list[GlossaryEntry], where: QPoint) -> None:
        self.owner = owner
        self.text.setText("<br/>".join(f"<b>{html.escape(e.term)}</b>: {html.escape(e.explain)}" for e in entries))
        self.text.setAccessibleName(explanation(entries))
        window = self.parentWidget()
        width = min(max(window.width() // 2, 320), window.width() - 24)
        self.setFixedWidth(width)
        self.setFixedHeight(self.layout().totalHeightForWidth(width))
        x = min(max(8, where.x()), window.width() - width - 8)
        y = where.y() + 4
        if y + self.height() > window.height() - 8:  # no room below: above the word
            y = max(8, where.y() - owner.fontMetrics().height() - self.height() - 8)
        self.move(x, y)
        self.hide()  # shown afresh for each word: its text is a notification, said when it shows (app.ui.a11y.announce)
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self.hide()
        self.owner = None
        dismisser = self.findChild(_Dismisser)
        if dismisser is not None:
            dismisser.stop()


def popover_for(widget: QWidget) -> GlossaryPopover:
    window = widget.window()
    found = window.findChild(GlossaryPopover, "glossary-popover", Qt.FindChildOption.FindDirectChildrenOnly)
    return found or GlossaryPopover(window)


class GlossaryLabel(QLabel):
    """A rich-text label whose glossary words explain themselves (hover, tap, or Space when focused)."""

    def __init__(
        self, text: str, object_name: str = "", prefix: str = "", suffix: str = "", parent: QWidget | None = None
    ):
        """`prefix`, `suffix`: rich text around the (escaped) text, e.g. a bold "US rules:" or a small date."""
        super().__init__(parent)
        self.plain = text
        self.prefix, self.suffix = prefix, suffix
        self.keep_focus = False  # True: a Tab stop even without glossary words
        self.entries: list[GlossaryEntry] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setIndent(0)  # (with the focus ring's border, Qt would indent the text by half an "x")
        if object_name:
            self.setObjectName(object_name)
        self._hover = QTimer(self)
        self._hover.setSingleShot(True)
        self._hover.setInterval(HOVER_DELAY_MS)
        self._hover.timeout.connect(self._hover_show)
        self._hover_at = QPoint()
        self.set_entries([])

    def set_entries(self, entries: list[GlossaryEntry]) -> None:
        """Mark these words in the text (nothing happens if that is what it shows already)."""
        self.entries = list(entries)
        rich = bool(self.entries or self.prefix or self.suffix or "\n\n" in self.plain)
        # Plain text where nothing is marked: Qt lays rich text out through a whole text document,
        # several times a show, which made a page change slow.
        text = self.prefix + marked_html(self.plain, self.entries) + self.suffix if rich else self.plain
        wanted = Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText
        if text == self.text() and self.textFormat() == wanted:
            return  # (setting a text lays the label out again: every answer refreshes the page)
        self.setTextFormat(wanted)
        self.setText(text)
        self.setProperty("glossary", bool(self.entries))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if self.entries or self.keep_focus else Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(bool(self.entries))
        self.setCursor(Qt.CursorShape.WhatsThisCursor if self.entries else Qt.CursorShape.ArrowCursor)

    def describe(self, base: str) -> None:
        """The accessible description: `base` (e.g. the sources) and what the words mean."""
        parts = [base] if base else []
        if self.entries:
            parts.append(explanation(self.entries))
        description = " ".join(parts)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    # -- where the words are -------------------------------------------------------------------
    def entry_at(self, pos: QPoint) -> GlossaryEntry | None:
        """The glossary entry whose word is under `pos` (label coordinates), if any."""
        from PySide6.QtGui import QTextCharFormat, QTextDocument  # start-up: their enum types cost start-up time

        doc = self.findChild(QTextDocument)
        if doc is None or not self.entries:
            return None
        origin = self.contentsRect().topLeft()
        at = doc.documentLayout().hitTest(QPointF(pos - origin), Qt.HitTestAccuracy.ExactHit)
        if at < 0:
            return None
        ordinal = 0  # the n-th dotted span is the n-th marked entry in text order
        dotted = QTextCharFormat.UnderlineStyle.DotLine
        for start, end, char_format in _fragments(doc):
            if char_format.underlineStyle() == dotted:
                if start <= at < end:
                    in_order = terms_in(self.plain, self.entries)
                    return in_order[ordinal] if ordinal < len(in_order) else None
                ordinal += 1
        return None

    # -- showing the card -----------------------------------------------------------------------
    def show_explanation(self, entries: list[GlossaryEntry] | None = None, where: QPoint | None = None) -> None:
        entries = entries or self.entries
        if not entries:
            return
        popover = popover_for(self)
        anchor = where if where is not None else QPoint(self.contentsRect().left(), self.height())
        popover.show_for(self, entries, self.mapTo(self.window(), anchor))
        _Dismisser.install(popover)
        announce.announcement(self, explanation(entries))  # (on Linux the card's text is a notification)

    def hide_explanation(self) -> None:
        popover = self.window().findChild(GlossaryPopover, "glossary-popover")
        if popover is not None and popover.owner is self:
            popover.dismiss()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        if self.entry_at(pos) is not None:
            self._hover_at = pos
            self._hover.start()
        else:
            self._hover.stop()

    def _hover_show(self) -> None:
        entry = self.entry_at(self._hover_at)
        if entry is not None and self.underMouse():
            self.show_explanation([entry], QPoint(self._hover_at.x(), self._hover_at.y() + self.fontMetrics().height()))

    def leaveEvent(self, event) -> None:
        self._hover.stop()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is None:
            super().mousePressEvent(event)
            return
        popover = popover_for(self)
        if popover.isVisible() and popover.owner is self:
            popover.dismiss()
        else:
            pos = event.position().toPoint()
            self.show_explanation([entry], QPoint(pos.x(), pos.y() + self.fontMetrics().height()))
        event.accept()

    def keyPressEvent(self, event) -> None:
        if self.entries and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.show_explanation()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            popover = popover_for(self)
            if popover.isVisible():
                popover.dismiss()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.hide_explanation()
        super().focusOutEvent(event)


def _fragments(doc):
    """(start, end, format) of every text fragment, in document order."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                yield fragment.position(), fragment.position() + fragment.length(), fragment.charFormat()
            it += 1
        block = block.next()


class _Dismisser(QObject):
    """Hides the card at the next press elsewhere, Esc or a scroll; listens only while the card is shown."""

    def __init__(self, popover: GlossaryPopover):
        super().__init__(popover)
        self.popover = popover
        self.listening = False

    @classmethod
    def install(cls, popover: GlossaryPopover) -> None:
        dismisser = popover.findChild(_Dismisser) or cls(popover)
        if not dismisser.listening:
            QApplication.instance().installEventFilter(dismisser)
            dismisser.listening = True

    def stop(self) -> None:
        if self.listening:
            QApplication.instance().removeEventFilter(self)
            self.listening = False

    def eventFilter(self, watched, event) -> bool:
        if not shiboken6.isValid(self.popover) or not self.popover.isVisible():
            self.stop()
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and isinstance(watched, QWidget):
            owner = self.popover.owner
            if watched is not owner and watched is not self.popover and not self.popover.isAncestorOf(watched):
                self.popover.dismiss()
        elif kind == QEvent.Type.Wheel:
            self.popover.dismiss()
        elif kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.popover.dismiss()
            return True
        return False


def offer_terms(labels: list[tuple[GlossaryLabel, str]], glossary: list[GlossaryEntry], done: set[str]) -> None:
    """Mark, in reading order, each glossary word at its first use among these labels (not in `done`)."""
    for label, description in labels:
        entries = [e for e in terms_in(label.plain, glossary) if e.term not in done]
        done.update(e.term for e in entries)
        if entries:
            label.set_entries(entries)
        label.describe(description)
