"""The keyboard scheme of every screen: focus on the first field, Enter goes forward, pickers take typed codes.

- `first_input(root)`: the first field of a page or dialog in Tab order (else its first button), and
  `focus_first_input(root)` puts the cursor there once the page is on screen.
- `EnterGoesForward`: Enter in a single-line field, a picker, a spin box or a check box does the page's
  forward action (the wizard's Next); Enter on a focused button presses that button; in a table or a list
  Enter keeps its own meaning, and multi-line text keeps Enter for a new line.
- `CodeTypeAhead`: in a picker of coded items (industries, regions, countries) typing a code or the start
  of a name selects the item, whatever indent or prefix its text has.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)
SINGLE_LINE = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)


def _owner(widget: QWidget) -> QWidget:
    """The control a focusable part belongs to (a spin box's or an editable picker's line edit)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets of `root` that Tab reaches, in Tab order (shown and enabled ones only)."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    # The chain runs through the whole window; `root`'s widgets follow it until the first one outside.
    for _step in range(5000):
        if widget is None or widget is root or not root.isAncestorOf(widget):
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            control = _owner(widget)
            if control not in found:
                found.append(control)
        widget = widget.nextInFocusChain()
    return found


def first_input(root: QWidget) -> QWidget | None:
    """The first field (line edit, picker, check box, table …) in Tab order, else the first button."""
    chain = tab_chain(root)
    for widget in chain:
        if isinstance(widget, INPUTS):
            return widget
    return chain[0] if chain else None


def focus_first_input(root: QWidget) -> None:
    """Put the cursor in the first field of `root` as soon as it is on screen (now, or after this event)."""

    def focus() -> None:
        if isValid(root) and root.isVisible():
            widget = first_input(root)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)

    focus()
    placed = QApplication.focusWidget()

    def again() -> None:
        # A page shown in the same event as it is filled; but a cursor already moved within the page (a
        # cell opened for typing before this event came round) stays where it is: its editor would close.
        now = QApplication.focusWidget()
        if now is not None and now is not placed and isValid(root) and root.isAncestorOf(now):
            return
        focus()

    # (No context object: PySide's singleShot with one broke the main window's menus,
    # tests/ui/test_ui_training.py.)
    QTimer.singleShot(0, again)


class _EnterMovesOn(QObject):
    def __init__(self, field: QWidget, following: QWidget) -> None:
        super().__init__(field)
        self._following = following
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._following.setFocus(Qt.FocusReason.TabFocusReason)
            return True  # not on to the dialog's default button: the form is not complete yet
        return False


def enter_moves_to(field: QWidget, following: QWidget) -> None:
    """Enter in `field` moves the cursor to `following` (a user name to its password) and does nothing
    else: the dialog's default button waits for the last field."""
    _EnterMovesOn(field, following)


class EnterGoesForward(QObject):
    """Installed on a page or window: Enter that no field used (line edits, pickers and spin boxes pass it
    on) presses the focused button, or runs `forward` when the focus is in a single-line field."""

    def __init__(self, page: QWidget, forward: Callable[[], object] | None = None) -> None:
        super().__init__(page)
        self._page = page
        self._forward = forward
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focus = self._page.window().focusWidget()  # the window's cursor (also while another is active)
        if focus is None or not (focus is self._page or self._page.isAncestorOf(focus)):
            return False
        focus = _owner(focus)
        if isinstance(focus, QPushButton):
            if focus.isEnabled():
                focus.click()
            return True
        if isinstance(focus, SINGLE_LINE) and self._forward is not None:
            self._forward()
            return True
        return False  # a table or a list: Enter is theirs


class CodeTypeAhead(QObject):
    """Typed characters select the first item whose code (its data) or name starts with them."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        self._typed = ""
        self._since = QElapsedTimer()
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if text == " " and not self._typed:
            return False  # Space opens the list
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.restart()
        self._typed += text
        index = self.find(self._typed)
        if index >= 0:
            self._combo.setCurrentIndex(index)
        return True

    def find(self, typed: str) -> int:
        wanted = typed.strip().casefold()
        if not wanted:
            return -1
        names = []
        for i in range(self._combo.count()):
            code = str(self._combo.itemData(i) or "").casefold()
            if code and code.startswith(wanted):
                return i
            names.append(self._combo.itemText(i).lstrip("· ").casefold())
        for i, name in enumerate(names):
            if name.startswith(wanted) or (wanted in name and not wanted.isascii()):
                return i
        return -1
