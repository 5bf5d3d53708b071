"""Small helpers every screen uses: names for tests and screen readers, styled labels, language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from teller_app.domain.permissions import Action

if TYPE_CHECKING:
    from ui.backend import SessionInfo

W = TypeVar("W", bound=QWidget)
PERMISSION = "permission"  # the property naming the permission matrix's action that gates a widget or action


def follow_matrix(item: QWidget | QAction, session: SessionInfo, action: Action) -> bool:
    """Show and enable a menu action or a widget only when the core's permission matrix
    (teller_app/domain/permissions.py) lets the signed-in user's roles do `action`; the UI keeps no role list."""
    allowed = session.may(action)
    item.setProperty(PERMISSION, action.value)
    item.setVisible(allowed)
    item.setEnabled(allowed)
    return allowed


def permitted(item: QWidget | QAction, session: SessionInfo) -> bool:
    """What the matrix says for an item gated by `follow_matrix` (True for an ungated one)."""
    action = item.property(PERMISSION)
    return not action or session.may(Action(str(action)))


def named(widget: W, object_name: str) -> W:
    """Give a widget its objectName (tests find it); the accessible name is set in `retranslate`."""
    widget.setObjectName(object_name)
    return widget


def label(object_name: str, role: str = "") -> QLabel:
    widget = QLabel()
    widget.setObjectName(object_name)
    widget.setWordWrap(True)
    if role:
        set_role(widget, role)
    return widget


def set_role(widget: QWidget, role: str) -> None:
    """Change a styled role (error, ok, warn …): its font and colours (ui.theme.ROLES)."""
    from ui.theme import apply_role

    if widget.property("role") != role or role:
        apply_role(widget, role)


class Retranslating:
    """Mixin for screens: `retranslate()` sets every visible text; it runs again when the language changes."""

    def retranslate(self) -> None:  # pragma: no cover - every screen overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def name_buttons(box: QDialogButtonBox, prefix: str) -> None:
    """Name the standard buttons of a button box: `<prefix>Ok`, `<prefix>Cancel`, `<prefix>Save` …"""
    for button in box.buttons():
        standard = box.standardButton(button)
        button.setObjectName(prefix + (standard.name or "Button"))


class FitsWrappedLines:
    """Mixin for a window or dialog: it stays as tall as its wrapped lines need at its width.

    Qt sizes a window from its layout's minimum, which ignores lines that wrap (a title at 200% on a narrow
    screen, a long refusal under a field, another language's longer words), so they were cut. Mix in before
    the Qt class; the window follows every change of its layout and of its width."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # type: ignore[misc]
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit_wrapped_lines()
        return bool(handled)

    def fit_wrapped_lines(self) -> None:
        window = self if isinstance(self, QWidget) else None
        layout = window.layout() if window is not None else None
        if window is None or layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(window.width())
        if needed != window.minimumHeight():
            window.setMinimumHeight(needed)
