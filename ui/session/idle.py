"""Notices when the teller walks away: no keyboard or mouse input for the idle minutes → `idle` fires."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Watches the application's input events. `clock` is injectable (seconds, monotonic) for tests;
    `check()` runs every few seconds from a timer and may be called directly."""

    idle = Signal()

    def __init__(
        self,
        minutes: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        poll_msecs: int = 5_000,
    ) -> None:
        super().__init__(parent)
        self._limit = max(0.5, float(minutes)) * 60.0
        self._clock = clock
        self._last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_msecs)
        self._timer.timeout.connect(self.check)

    def set_minutes(self, minutes: float) -> None:
        self._limit = max(0.5, float(minutes)) * 60.0

    def start(self) -> None:
        self._last_input = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def touch(self) -> None:
        self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        if self._armed and self._clock() - self._last_input >= self._limit:
            self._armed = False  # fires once; start() arms it again after unlocking
            self._timer.stop()
            self.idle.emit()
