"""The look of the app: the bundled CJK font, so Chinese renders anywhere, and one small style sheet."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from teller_app.paths import resources_dir

_log = logging.getLogger("teller.ui.theme")

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"

# The look of each role: (points larger than the base font, bold, text colour, background colour).
# Set through fonts and palettes, not a style sheet: an application style sheet makes every widget
# slower to build (a wizard page set took twice as long), which the GUI-thread stall benchmark shows.
ROLES: dict[str, tuple[float, bool, str, str]] = {
    "title": (8, True, "", ""),
    "subtitle": (2, True, "", ""),
    "error": (0, False, "#b00020", ""),
    "hint": (0, False, "#555555", ""),
    "ok": (0, False, "#1b5e20", ""),
    "warn": (0, False, "#8a5a00", ""),
    "fail": (0, True, "#b00020", ""),
    "number-active": (8, True, "#1b5e20", ""),
    "primary": (0, True, "", ""),
    "invalid": (0, False, "#b00020", "#fdecee"),
    "read-only": (0, False, "#333333", "#eeeeee"),  # a closed case's fields: shown, selectable, not editable
    "banner-offline": (0, False, "", "#fff3cd"),
    "wizard-header": (0, False, "", "#eef3f8"),
    "lock": (0, False, "", "#1f3347"),
    "lock-card": (0, False, "", "#ffffff"),
}


# The keyboard's place on screen: a ring of this colour and width (logical pixels, so it scales at 200%)
# around the focused line edit, picker, spin box, button, check box and table cell.
FOCUS_RING = "#1565c0"
FOCUS_RING_WIDTH = 2


class FocusRingStyle(QProxyStyle):
    """The platform's style with one change: whatever has the keyboard focus wears a clear ring.

    A proxy style, not a style sheet (a style sheet slows every widget's construction, see ROLES). The
    platform draws its own focus cue only after Tab was pressed, and faintly; this ring is always there.
    """

    _PANELS = (QStyle.PrimitiveElement.PE_PanelLineEdit,)
    _COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)

    def drawPrimitive(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:  # check boxes, radio buttons, table cells
            _ring(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in self._PANELS and _focused(option):
            _ring(painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None):  # type: ignore[no-untyped-def]
        super().drawComplexControl(control, option, painter, widget)
        if control in self._COMPLEX and _focused(option):
            _ring(painter, option.rect)

    def drawControl(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _focused(option):
            _ring(painter, option.rect)


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _ring(painter: QPainter, rect: QRect) -> None:
    from PySide6.QtCore import Qt  # here, not at import: the Qt namespace's enums cost the sign-in ~12 ms

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(QColor(FOCUS_RING), FOCUS_RING_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_RING_WIDTH // 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


def apply_role(widget: QWidget, role: str) -> None:
    """Give a widget the font and colours of its role (error, ok, title …); "" restores the defaults.

    Text colour goes through the widget's own one-line style sheet (no palette enums to create: the
    sign-in window must show fast); backgrounds of frames through the palette.
    """
    widget.setProperty("role", role)
    delta, bold, colour, background = ROLES.get(role, (0, False, "", ""))
    base = QApplication.font()
    font = QFont(widget.font())
    font.setPointSizeF(base.pointSizeF() + delta)
    font.setBold(bold)
    widget.setFont(font)
    if background and not colour:
        palette = QPalette(QApplication.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        widget.setPalette(palette)
        widget.setAutoFillBackground(True)
        return
    rules = []
    if colour:
        rules.append(f"color: {colour};")
    if background:
        rules.append(f"background: {background};")
    if rules or widget.styleSheet():
        widget.setStyleSheet(" ".join(rules))


def register_cjk_font() -> str | None:
    """Register the bundled CJK font; return its family name, or None if the file is missing."""
    path = resources_dir() / "fonts" / CJK_FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        _log.warning("bundled CJK font not found or unreadable")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def apply_theme(app: QApplication) -> None:
    """Keep the system's UI font for Latin text, with the bundled font as the fallback for Chinese; the
    platform's style with the focus ring."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
    family = register_cjk_font()
    font = QFont(app.font())
    if family:
        font.setFamilies([*font.families(), family])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
