"""Keys for the keystroke benchmark: sent to the focused widget as a keyboard sends them, and counted.

Every key goes to the widget that has the keyboard focus (or the open popup), as a real keyboard sends
it: QTest.keyClick / keyClicks (Chinese characters as the input method commits them), no mouse, no
method called on a widget. A key (a chord such as Ctrl+N
counts once) is counted in the step it was pressed in; the characters of the values typed into fields
are counted apart. Between keys the drive waits, as a teller looks at the screen, until the app has
finished what the key started (no task running, the clicked button's animation over).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


class DriveStopped(RuntimeError):
    """The drive could not go on: what the screen showed instead of what it waited for."""


@dataclass
class Count:
    keys: Counter[str] = field(default_factory=Counter)  # step -> keys beyond the typed data
    typed: Counter[str] = field(default_factory=Counter)  # step -> characters of typed values
    log: list[tuple[str, str]] = field(default_factory=list)  # (step, key or typed text)

    @property
    def total_keys(self) -> int:
        return sum(self.keys.values())

    @property
    def total_typed(self) -> int:
        return sum(self.typed.values())


class Keyboard:
    """Sends keys to the focused widget and counts them by the step the teller is on."""

    def __init__(self, app: QApplication, tasks: Any, pause_ms: int = 0) -> None:
        self.app = app
        self.tasks = tasks
        self.count = Count()
        self.step = "sign-in"
        self.pause_ms = pause_ms

    def target(self) -> QWidget:
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        if widget is None:
            self._activate_top_window()
            widget = QApplication.focusWidget()
        if widget is None:
            raise DriveStopped(f"{self.step}: no widget has the keyboard focus")
        return widget

    def _activate_top_window(self) -> None:
        """What a desktop's window manager does when a dialog closes: the window under it is active again
        (the offscreen platform leaves no window active)."""
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        modal = QApplication.activeModalWidget()
        window = modal or (shown[-1] if shown else None)
        if window is not None:
            window.activateWindow()
            self.settle()

    def press(self, key: Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            target = self.target()
            QTest.keyClick(target, key, modifiers)
            self.count.keys[self.step] += 1
            self.count.log.append((self.step, _key_name(key, modifiers)))
            # A mnemonic (Alt+letter) clicks its button after the button's 100 ms press animation.
            self.settle(150 if modifiers & ALT else self.pause_ms)

    def type(self, text: str) -> None:
        """Type a field's value: ASCII by key events, Chinese as an input method commits it."""
        for char in text:
            target = self.target()
            if char.isascii():
                QTest.keyClicks(target, char)
            else:
                commit = QInputMethodEvent()
                commit.setCommitString(char)
                QApplication.sendEvent(target, commit)
        self.count.typed[self.step] += len(text)
        self.count.log.append((self.step, repr(text)))
        self.settle(self.pause_ms)

    def settle(self, at_least_ms: int = 0, timeout_s: float = 30.0) -> None:
        """Process events until no task runs (and at least `at_least_ms` passed)."""
        start = time.monotonic()
        quiet = 0
        while time.monotonic() - start < timeout_s:
            self.app.processEvents()
            if self.tasks.running:
                quiet = 0
            else:
                quiet += 1
            if quiet >= 3 and (time.monotonic() - start) * 1000 >= at_least_ms:
                return
            time.sleep(0.005)
        raise DriveStopped(f"{self.step}: the app was still busy after {timeout_s:.0f} s")

    def wait_for(self, what: str, condition: Any, timeout_s: float = 30.0) -> None:
        """Wait (no key) until the screen shows what the teller waits for."""
        start = time.monotonic()
        while not condition():
            if time.monotonic() - start > timeout_s:
                raise DriveStopped(f"{self.step}: waited {timeout_s:.0f} s for {what}")
            self.app.processEvents()
            time.sleep(0.01)
        self.settle()


def _key_name(key: Key, modifiers: Qt.KeyboardModifier) -> str:
    name = Qt.Key(key).name.removeprefix("Key_")
    for flag, text in ((CTRL, "Ctrl+"), (ALT, "Alt+")):
        if modifiers & flag:
            name = text + name
    return name
