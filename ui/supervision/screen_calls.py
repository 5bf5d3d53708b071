"""What a supervision screen does with a core call: run it on a worker for the signed-in session, and show
a refusal in the screen's own message line (hidden again when the next call starts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from ui.backend import SessionInfo
from ui.messages import describe


class CallsTheCore:
    """Mixin for a screen that has `_tasks` (ui.tasks.Tasks), `_session` and a `message` label."""

    _tasks: Any
    _session: SessionInfo
    message: QLabel

    def _run(self, call: Any, *args: Any, done: Any, writes: bool) -> None:
        """`call(session, *args)` on a worker; `done(result)` on the GUI thread; a refusal in `message`."""
        self.message.hide()
        self._tasks.run(
            call, self._session, *args, on_done=done, on_error=self._failed, owner=self, writes=writes
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()
