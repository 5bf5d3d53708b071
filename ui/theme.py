"""The look of the app: the bundled CJK font, so Chinese renders anywhere, and one small style sheet."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from teller_app.paths import resources_dir

_log = logging.getLogger("teller.ui.theme")

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"

STYLE_SHEET = """
QLabel[role="title"] { font-size: 18pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 12pt; font-weight: 600; }
QLabel[role="error"] { color: #b00020; }
QLabel[role="hint"] { color: #555555; }
QLabel[role="ok"] { color: #1b5e20; }
QLabel[role="number-active"] { font-size: 18pt; font-weight: 600; color: #1b5e20; }
QLineEdit[role="invalid"] { border: 1px solid #b00020; }
QLabel[role="warn"] { color: #8a5a00; }
QLabel[role="fail"] { color: #b00020; font-weight: 600; }
QFrame[role="banner-offline"] { background: #fff3cd; border: 1px solid #e0b400; }
QFrame[role="wizard-header"] { background: #eef3f8; border-bottom: 1px solid #c5d3e0; }
QFrame[role="lock"] { background: #1f3347; }
QFrame[role="lock-card"] { background: #ffffff; border-radius: 8px; }
QPushButton[role="primary"] { font-weight: 600; padding: 6px 18px; }
"""


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
    """Keep the system's UI font for Latin text, with the bundled font as the fallback for Chinese."""
    family = register_cjk_font()
    font = QFont(app.font())
    if family:
        font.setFamilies([*font.families(), family])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
