"""The one background-task helper: runs a service call off the GUI thread, answers on the GUI thread."""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_log = logging.getLogger("teller.ui.tasks")  # the same logger teller_app.log.get_logger gives

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, Qt queues the call back to the GUI thread."""

    finished = Signal(int, object, object)  # task id, result, error


class _Job(QRunnable):
    def __init__(self, task_id: int, relay: _Relay, call: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._relay = relay
        self._call = call

    def run(self) -> None:  # on a worker thread: touches no widget
        try:
            result = self._call()
        except BaseException as error:  # delivered to the GUI thread, never lost
            if not _is_expected(error):
                _log.error("task failed unexpectedly: %s", "".join(traceback.format_exception(error)))
            self._relay.finished.emit(self._task_id, None, error)
        else:
            self._relay.finished.emit(self._task_id, result, None)


def _is_expected(error: BaseException) -> bool:
    from teller_app.domain.errors import TellerError

    return isinstance(error, TellerError)


class Tasks(QObject):
    """Run `call` on a worker; `on_done(result)` or `on_error(error)` then run on the GUI thread.

    Calls that write to the local store (`writes=True`) go through one writer thread, in order.
    `busy` reports whether anything is running, with the text of the latest task, for the busy indicator.
    A callback whose `owner` widget was destroyed meanwhile is skipped.
    """

    busy = Signal(bool, str)
    sessionLocked = Signal()  # the core refused a call because the session is locked (idle at the core)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(4)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, QObject | None, str]] = {}

    def run(
        self,
        call: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
        busy_text: str = "",
        writes: bool = False,
        **kwargs: Any,
    ) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = (on_done, on_error, owner, busy_text)
        self.busy.emit(True, busy_text)
        job = _Job(task_id, self._relay, lambda: call(*args, **kwargs))
        (self._writer if writes else self._readers).start(job)
        return task_id

    @property
    def running(self) -> int:
        return len(self._pending)

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: wait for the workers (results are still delivered by the event loop)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error, owner, _ = self._pending.pop(task_id, (None, None, None, ""))
        latest = next(reversed(self._pending.values()), None)
        self.busy.emit(bool(self._pending), latest[3] if latest else "")
        if getattr(error, "code", None) == "session.locked":
            self.sessionLocked.emit()
        if owner is not None and not shiboken6.isValid(owner):
            return
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            _log.error("task error with no handler: %s", type(error).__name__)
