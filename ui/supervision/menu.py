"""The Supervision menu of the main window and the terminal's own watch, by the permission matrix.

`SupervisionMenu(window)` adds what the signed-in person may use (dashboard, post-review, rectification
requests, suggestions, incidents, the evaluation report) and a "Send a suggestion" action on every screen.
It needs the real core (a backend with `supervision()`); with another backend it adds nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from teller_app.domain.permissions import Action
from ui.i18n import tr
from ui.widgets import PERMISSION

WATCH_MS = 120_000  # queue finished cases for post-review, propose incidents


class SupervisionMenu(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("supervisionMenu")
        self.window = window
        factory = getattr(window._backend, "supervision", None)
        self.calls = factory() if callable(factory) else None
        self.pages: dict[str, Any] = {}
        self.actions: dict[str, QAction] = {}
        self.gates: dict[str, Action] = {}
        self.menu: Any = None
        if self.calls is None:
            return
        session = window.session
        wanted = [
            ("dashboard", "F6", Action.VIEW_DASHBOARD, self.show_dashboard),
            ("reviews", "F7", Action.POST_REVIEW, self.show_reviews),
            ("rectifications", None, Action.ANSWER_RECTIFICATION, self.show_rectifications),
            ("suggestions", None, Action.VIEW_SUGGESTIONS, self.show_suggestions),
            ("incidents", None, Action.REPORT_INCIDENT, self.show_incidents),
            ("report", None, Action.VIEW_REPORTS, self.show_report),
            ("suggest", "Ctrl+Shift+S", Action.SEND_SUGGESTION, self.send_suggestion),
        ]
        self.gates = {key: needs for key, _shortcut, needs, _slot in wanted}  # what each item needs
        self.records_satisfaction = session.may(Action.RECORD_SATISFACTION)
        self._asked: set[str] = set()
        for key, shortcut, needs, slot in wanted:
            if not session.may(needs):
                continue
            act = QAction(window)
            act.setObjectName("action" + key.title())
            act.setProperty(PERMISSION, needs.value)  # what the matrix gates it by (tests compare)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            window.addAction(act)
            window._locked_actions.append(act)
            self.actions[key] = act
        if self.actions:
            self.menu = window.menuBar().addMenu("")
            self.menu.setObjectName("menuSupervision")
            self.menu.addActions(list(self.actions.values()))
        self.watch = QTimer(self)
        self.watch.setObjectName("terminalWatch")
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.run_watch)
        self.retranslate()

    def start(self) -> None:
        if self.calls is not None:
            self.run_watch()
            self.watch.start()

    def stop(self) -> None:
        if self.calls is not None:
            self.watch.stop()
            for page in self.pages.values():
                stop = getattr(page, "stop", None)
                if stop is not None:
                    stop()

    def run_watch(self) -> None:
        self.window._tasks.run(self.calls.watch_terminal, on_error=lambda _e: None, writes=True)

    def retranslate(self) -> None:
        if self.menu is None:
            return
        self.menu.setTitle(tr("Supervision", "S&upervision"))
        for key, text in (
            ("dashboard", tr("Supervision", "Branch &dashboard")),
            ("reviews", tr("Supervision", "&Post-review")),
            ("rectifications", tr("Supervision", "&Rectification requests…")),
            ("suggestions", tr("Supervision", "&Suggestions…")),
            ("incidents", tr("Supervision", "&Incidents and drills")),
            ("report", tr("Supervision", "&Evaluation report…")),
            ("suggest", tr("Supervision", "Send a su&ggestion…")),
        ):
            if key in self.actions:
                self.actions[key].setText(text)

    # -- pages and dialogs ------------------------------------------------------------------------------

    def _page(self, key: str, make: Any) -> Any:
        if key not in self.pages:
            self.pages[key] = make(self.calls, self.window._tasks, self.window.session)
            self.window.pages.addWidget(self.pages[key])
        self.window.pages.setCurrentWidget(self.pages[key])
        return self.pages[key]

    def show_dashboard(self) -> None:
        from ui.supervision.dashboard_page import DashboardPage

        self._page("dashboard", DashboardPage).start()

    def show_reviews(self) -> None:
        from ui.supervision.review_queue import ReviewQueuePage

        self._page("reviews", ReviewQueuePage).load()

    def show_incidents(self) -> None:
        from ui.supervision.incidents_page import IncidentsPage

        self._page("incidents", IncidentsPage).load()

    def _dialog(self, make: Any, *args: Any) -> Any:
        dialog = make(self.calls, self.window._tasks, self.window.session, *args, parent=self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_rectifications(self) -> None:
        from ui.supervision.review_queue import RectificationDialog

        self._dialog(RectificationDialog).load()

    def show_suggestions(self) -> None:
        from ui.supervision.feedback_dialogs import SuggestionInbox

        self._dialog(SuggestionInbox).load()

    def show_report(self) -> None:
        from ui.supervision.report_dialog import ReportDialog

        self._dialog(ReportDialog)

    def send_suggestion(self) -> None:
        from ui.supervision.feedback_dialogs import SuggestionDialog

        current = self.window.pages.currentWidget()
        screen = (current.objectName() if current is not None else "") or "other"
        self._dialog(SuggestionDialog, screen[:32])

    def case_changed(self, case: Any) -> None:
        """At the end of a case (the account is active), ask for the customer's satisfaction once."""
        if self.calls is None or not getattr(self, "records_satisfaction", False) or case is None:
            return
        if case.status == "active" and not case.training and case.case_id not in self._asked:
            self._asked.add(case.case_id)
            self.ask_satisfaction(case.case_id)

    def ask_satisfaction(self, case_id: str) -> None:
        from ui.supervision.feedback_dialogs import SatisfactionDialog

        self._dialog(SatisfactionDialog, case_id)
