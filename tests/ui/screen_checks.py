"""What the UI tests check on any screen as it is shown: interactive widgets a screen reader cannot name, and the
Alt+letter mnemonics with the letters that clash."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit)


def unnamed(root: QWidget) -> list[str]:
    """The visible interactive widgets in `root` without an objectName or an accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        # Qt's own inner parts (the line edit inside a spin box, a table's corner button) are named by their owner.
        if isinstance(
            parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)
        ) or widget.objectName().startswith("qt_"):
            continue
        if not widget.objectName() or not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The &-letter of a text, lower case (`&&` is a plain ampersand); None when it has none."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for what the user can reach with Alt+letter in `root` as it is shown now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        letter = mnemonic(text) if text else None
        if letter:
            found.append((letter, text))
    for bar in root.findChildren(QMenuBar):
        for action in bar.actions():
            letter = mnemonic(action.text())
            if letter:
                found.append((letter, action.text()))
    return found


def clashes(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Each letter that more than one text uses, with those texts."""
    counts = Counter(letter for letter, _ in pairs)
    return {letter: [t for ltr, t in pairs if ltr == letter] for letter, n in counts.items() if n > 1}
