"""The status bar: online/offline, items waiting to sync and the age of the oldest, last sync, busy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ui.backend import Backend, SyncState
from ui.i18n import tr
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, set_role


def age_text(seconds: float) -> str:
    """A short, translated age: 40 s, 12 min, 3 h, 2 d."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return tr("StatusBar", "{n} s", n=seconds)
    if seconds < 3600:
        return tr("StatusBar", "{n} min", n=seconds // 60)
    if seconds < 86400:
        return tr("StatusBar", "{n} h", n=seconds // 3600)
    return tr("StatusBar", "{n} d", n=seconds // 86400)


class SyncStatusBar(Retranslating, QStatusBar):
    """Polls the core's sync state on a worker every `poll_msecs`; `clock` is injectable for tests."""

    onlineChanged = Signal(bool)

    def __init__(
        self,
        backend: Backend,
        tasks: Tasks,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        poll_msecs: int = 10_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._backend = backend
        self._tasks = tasks
        self._clock = clock
        self.state: SyncState | None = None
        self._online: bool | None = None
        self.user = label("statusUser")
        self.user.setWordWrap(False)
        self.connection = label("statusConnection")
        self.connection.setWordWrap(False)
        self.queue = label("statusQueue")
        self.queue.setWordWrap(False)
        self.last_sync = label("statusLastSync")
        self.last_sync.setWordWrap(False)
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_text = QLabel()
        self.busy_text.setObjectName("busyText")
        self.busy_text.hide()
        self.addWidget(self.user)
        self.addWidget(self.busy_text)
        self.addWidget(self.busy)
        self.addPermanentWidget(self.queue)
        self.addPermanentWidget(self.last_sync)
        self.addPermanentWidget(self.connection)
        tasks.busy.connect(self.show_busy)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_msecs)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_user(self, text: str) -> None:
        self.user.setText(text)

    def retranslate(self) -> None:
        self.busy.setAccessibleName(tr("StatusBar", "Working"))
        self.connection.setAccessibleName(tr("StatusBar", "Connection to the central database"))
        self.queue.setAccessibleName(tr("StatusBar", "Items waiting to sync"))
        self.last_sync.setAccessibleName(tr("StatusBar", "Last sync"))
        self.show_state(self.state)

    def show_busy(self, running: bool, text: str) -> None:
        self.busy.setVisible(running)
        self.busy_text.setText(text)
        self.busy_text.setVisible(running and bool(text))

    def refresh(self) -> None:
        self._tasks.run(self._backend.sync_state, on_done=self.show_state, on_error=self._unknown, owner=self)

    def _unknown(self, _error: BaseException) -> None:
        self.show_state(SyncState(online=False))

    def show_state(self, state: SyncState | None) -> None:
        self.state = state
        if state is None:
            self.connection.setText(tr("StatusBar", "Connection: checking…"))
            self.queue.setText("")
            self.last_sync.setText("")
            return
        if state.online:
            self.connection.setText(tr("StatusBar", "● Online"))
            set_role(self.connection, "ok")
        else:
            self.connection.setText(tr("StatusBar", "● Offline — work is saved here and syncs later"))
            set_role(self.connection, "warn")
        now = self._clock()
        if state.waiting and state.oldest_waiting_since is not None:
            self.queue.setText(
                tr(
                    "StatusBar",
                    "Waiting to sync: {count} (oldest {age})",
                    count=state.waiting,
                    age=age_text((now - state.oldest_waiting_since).total_seconds()),
                )
            )
        else:
            self.queue.setText(tr("StatusBar", "Waiting to sync: {count}", count=state.waiting))
        if state.conflicts:
            self.queue.setText(
                self.queue.text()
                + "  "
                + tr("StatusBar", "Conflicts for a supervisor: {count}", count=state.conflicts)
            )
        if state.last_sync_at is None:
            self.last_sync.setText(tr("StatusBar", "Last sync: never"))
        else:
            self.last_sync.setText(
                tr(
                    "StatusBar",
                    "Last sync: {age} ago",
                    age=age_text((now - state.last_sync_at).total_seconds()),
                )
            )
        if self._online is not state.online:
            self._online = state.online
            self.onlineChanged.emit(state.online)
