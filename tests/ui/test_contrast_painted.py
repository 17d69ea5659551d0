"""Contrast as painted (WCAG 1.4.3, 1.4.11), measured on the pixels of the real widgets, not on the palette:
the palette said 6.7:1 for placeholder text while the style sheet painted it at half opacity (3.06:1), and
Fusion drew indicator outlines from the window colour (1.7-2.1:1) and the selected row's tick in light
grey (1.48:1). Screenshots of the measured widgets go to the test's tmp folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton, QStyleOptionViewItem

from app.ui.look import theme
from tests.ui.test_summary_page import MAN, question_rows, select


def extremes(image: QImage, rect: QRect) -> float:
    """The contrast ratio between the darkest and the lightest pixel inside `rect`."""
    lums = []
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            lums.append(theme.relative_luminance(QColor(image.pixel(x, y))))
    return (max(lums) + 0.05) / (min(lums) + 0.05)


def grab(widget, path) -> QImage:
    pixmap = widget.grab()
    pixmap.save(str(path))
    image = pixmap.toImage()
    assert image.width() == widget.width(), "grabbed at device pixel ratio 1"
    return image


@pytest.fixture(params=[False, True], ids=["standard", "high-contrast"])
def look(request, standard_look):
    standard_look.set_high_contrast(request.param)
    return standard_look


def test_placeholder_text_is_at_least_4_5_to_1(look, person, wizard, tmp_path):
    person.walk(MAN, every_visible="no")
    edit = wizard.summary.printout.own_edit
    assert edit.text() == "" and edit.placeholderText()
    image = grab(edit, tmp_path / "placeholder.png")
    text_area = edit.rect().adjusted(8, 6, -8, -6)
    assert extremes(image, text_area) >= 4.5


def indicator_ratio(widget, element, path) -> float:
    option = QStyleOptionButton()
    option.initFrom(widget)
    box = widget.style().subElementRect(element, option, widget)
    image = grab(widget, path)
    return extremes(image, box.adjusted(-1, -1, 1, 1))  # the outline against what is inside and around it


def test_unticked_check_box_and_radio_outlines_are_at_least_3_to_1(look, wizard, tmp_path):
    page = wizard.currentPage()  # the welcome page: the region cards and the high-contrast box
    radio = next(b for b in page.findChildren(QRadioButton) if b.isVisible() and not b.isChecked())
    assert indicator_ratio(radio, QStyle.SubElement.SE_RadioButtonIndicator, tmp_path / "radio.png") >= 3
    boxes = [b for b in page.findChildren(QCheckBox) if b.isVisible() and not b.isChecked()]
    assert boxes or look.high_contrast  # (the high-contrast box is ticked in high contrast)
    for i, box in enumerate(boxes):
        assert indicator_ratio(box, QStyle.SubElement.SE_CheckBoxIndicator, tmp_path / f"check-{i}.png") >= 3


def test_the_tick_of_the_selected_row_is_at_least_3_to_1(look, person, wizard, tmp_path):
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    view = summary.list_widget
    row = next(r for r in question_rows(summary) if r.checkState().value == 2)  # ticked
    select(person, summary, row)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    index = view.indexFromItem(row)
    view.itemDelegate().initStyleOption(option, index)
    option.rect = view.visualItemRect(row)
    option.state |= QStyle.StateFlag.State_Selected
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    image = grab(view.viewport(), tmp_path / "selected-row.png")
    inside = box.adjusted(3, 3, -3, -3)  # within the box's outline: the tick against the box's fill
    assert inside.width() > 4 and inside.height() > 4, box
    assert extremes(image, inside) >= 3
