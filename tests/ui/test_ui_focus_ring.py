"""Visible focus: whatever has the keyboard focus wears the theme's ring (ui/theme.py FocusRingStyle).

Each kind of control is grabbed without and with the focus; the focused picture has the ring's colour
along its border (or, for a check box and a table cell, around the part with the focus), the other none.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.theme import FOCUS_RING, FocusRingStyle


def ring_pixels(image: QImage, border_only: bool) -> int:
    """Pixels of the ring's colour (on the outer 4 pixels when `border_only`)."""
    ring = QColor(FOCUS_RING)
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if border_only and 4 <= x < image.width() - 4 and 4 <= y < image.height() - 4:
                continue
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - ring.red())
                + abs(pixel.green() - ring.green())
                + abs(pixel.blue() - ring.blue())
                < 30
            ):
                found += 1
    return found


def _table() -> QTableWidget:
    table = QTableWidget(2, 2)
    for r in range(2):
        for c in range(2):
            table.setItem(r, c, QTableWidgetItem(f"{r}{c}"))
    table.setCurrentCell(0, 0)
    return table


KINDS = {
    "line edit": (QLineEdit, True),
    "combo box": (lambda: _combo(), True),
    "spin box": (QSpinBox, True),
    "button": (lambda: QPushButton("Next"), True),
    "check box": (lambda: QCheckBox("Original seen"), False),
    "table cell": (_table, False),
}


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["Match", "Mismatch"])
    return combo


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_focused_control_shows_the_focus_ring_and_the_unfocused_does_not(qtbot, qapp, kind):
    make, border_only = KINDS[kind]
    window = QWidget()
    qtbot.addWidget(window)
    other = QLineEdit()  # takes the focus first
    widget = make()
    style = FocusRingStyle("Fusion")
    for control in (widget, other):
        control.setStyle(style)
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = widget.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    focused = widget.grab().toImage()
    assert ring_pixels(unfocused, border_only) == 0
    assert ring_pixels(focused, border_only) >= 2 * min(focused.width(), 40), kind


def test_the_app_theme_puts_the_focus_ring_on_the_platform_style(qapp):
    from PySide6.QtWidgets import QStyleFactory

    from ui.theme import apply_theme

    themed_before = isinstance(qapp.style(), FocusRingStyle)  # an earlier test may have themed the app
    platform = qapp.style().baseStyle().name() if themed_before else qapp.style().name()
    qapp.setStyle(QStyleFactory.create(platform))
    try:
        apply_theme(qapp)
        assert isinstance(qapp.style(), FocusRingStyle)
        assert qapp.style().baseStyle().name().lower() == platform.lower()
    finally:
        qapp.setStyle(QStyleFactory.create(platform))
        if themed_before:
            apply_theme(qapp)
