"""Python's cycle collector runs on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate — often a task's worker thread or the
sync loop — and may finalise Qt objects (widgets, models, timers) there. Qt objects must be destroyed on
their own thread, so that crashes the app (seen in the tests: a segmentation fault while a task's thread
compiled a query and the collector ran). So once the application exists, automatic collection is off
and a timer on the GUI thread collects each generation when its count passes the usual threshold, the
way long-running PySide and PyQt applications do it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Switches automatic collection off and collects on the GUI thread instead; `stop` undoes both."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self.threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self.threshold[0]:
            freed += gc.collect(0)
            if second > self.threshold[1]:
                freed += gc.collect(1)
                if third > self.threshold[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector, installed once."""
    found = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return found if found is not None else GuiThreadCollector(app)
