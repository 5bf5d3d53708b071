"""A closed case (activated, rejected, cancelled) opens read-only: no field of its pages can be changed.

Text fields, dates and numbers become read-only (still selectable, so a teller can copy a number); tables
take no edits; choices and buttons are disabled. Pages build some widgets later (a checklist loaded from
the core) and enable buttons as data arrives, so while a closed case is shown an application event filter
keeps every widget inside its pages read-only as it is polished, enabled or made editable again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.widgets import set_role

_WATCHED = (QEvent.Type.Polish, QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange)
_DISABLED = (QAbstractButton, QComboBox, QAbstractSlider)


def freeze(widget: QWidget) -> None:
    """Make one widget unable to change what it shows."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        if not widget.isReadOnly():
            widget.setReadOnly(True)
            set_role(widget, "read-only")
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    elif isinstance(widget, _DISABLED) and widget.isEnabled():
        widget.setEnabled(False)


def editable_widgets(root: QWidget) -> list[QWidget]:
    """Every widget inside `root` through which a teller could still change an entry (for tests)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            if not widget.isReadOnly():
                found.append(widget)
        elif isinstance(widget, QAbstractItemView):
            if widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
                found.append(widget)
        elif isinstance(widget, _DISABLED):
            found.append(widget)
    return found


class ReadOnlyGuard(QObject):
    """Keeps the widgets under `roots` read-only while `active`; lifts nothing when released (a wizard
    frame shows one case for its whole life)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots: tuple[QWidget, ...] = ()
        self.active = False

    def protect(self, roots: tuple[QWidget, ...]) -> None:
        self.roots = roots
        for root in roots:
            for widget in root.findChildren(QWidget):
                freeze(widget)
        if not self.active:
            self.active = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)  # Qt drops the filter by itself when the guard is deleted

    def release(self) -> None:
        if self.active:
            self.active = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED and isinstance(watched, QWidget) and self._inside(watched):
            freeze(watched)
        return False

    def _inside(self, widget: QWidget) -> bool:
        return any(root.isAncestorOf(widget) for root in self.roots)
