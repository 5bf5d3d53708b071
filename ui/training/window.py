"""Training mode in the main window: the switch (any user), the banner, the training page, the scripted
customer's card beside the wizard, and the score when the trainee finishes."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from ui.backend import CaseView, ScenarioView, ScoreView, SessionInfo
from ui.i18n import tr
from ui.messages import describe
from ui.training.banner import TrainingBanner
from ui.training.customer_card import CustomerCard
from ui.training.score_dialog import ScoreDialog
from ui.training.training_page import TrainingPage

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TrainingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.banner = TrainingBanner()
        self.banner.hide()
        self.banner.leaveRequested.connect(lambda: self.switch(False))
        self.action = QAction(window)
        self.action.setObjectName("actionTrainingMode")
        self.action.setCheckable(True)
        self.action.triggered.connect(self.switch)
        window.addAction(self.action)
        self.show_action = QAction(window)
        self.show_action.setObjectName("actionTrainingPage")
        self.show_action.triggered.connect(self.show_page)  # supervisors see trainees' results here too
        window.addAction(self.show_action)
        self.page: TrainingPage | None = None
        self.dock: QDockWidget | None = None
        self.card: CustomerCard | None = None
        self.score_dialog: ScoreDialog | None = None
        if window.session.training_mode:  # an uncertified user: the session opened on the sandbox
            self.active = True
            self.action.setChecked(True)
            self.banner.show()

    def retranslate(self) -> None:
        self.action.setText(tr("Training", "&Training mode"))
        self.show_action.setText(tr("Training", "Training sce&narios"))
        if self.dock is not None:
            self.dock.setWindowTitle(tr("Training", "The customer"))

    def switch(self, on: bool) -> None:
        w = self.window
        w._tasks.run(
            w._backend.set_training_mode,
            w.session,
            bool(on),
            on_done=lambda session: self._switched(session, bool(on)),
            on_error=self._failed,
            owner=self,
            writes=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.action.setChecked(self.active)
        self.window.statusBar().showMessage(describe(error), 10_000)

    def _switched(self, session: SessionInfo, on: bool) -> None:
        w = self.window
        self.active = on
        w.session = dataclasses.replace(w.session, training_mode=session.training_mode)
        self.action.setChecked(on)
        self.banner.setVisible(on)
        w.setProperty("training", on)
        w.retranslate()
        self._close_card()
        if on:
            self.show_page()
        else:
            w.go_home()

    def show_page(self) -> None:
        w = self.window
        if self.page is None:
            self.page = TrainingPage(w._backend, w._tasks, w.session)
            self.page.scenarioStarted.connect(self._started)
            w.pages.addWidget(self.page)
        w.pages.setCurrentWidget(self.page)
        self.page.refresh()

    def _started(self, case: CaseView, scenario: ScenarioView) -> None:
        w = self.window
        w._show_wizard(case)
        self._close_card()
        self.card = CustomerCard(scenario, case.case_id)
        self.card.scoreRequested.connect(self.score)
        self.dock = QDockWidget()
        self.dock.setObjectName("customerCardDock")
        self.dock.setWidget(self.card)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.retranslate()

    def score(self, case_id: str) -> None:
        w = self.window
        w._tasks.run(
            w._backend.score_scenario,
            w.session,
            case_id,
            on_done=self._scored,
            on_error=self._failed,
            owner=self,
            writes=True,
        )

    def _scored(self, score: ScoreView) -> None:
        self.score_dialog = ScoreDialog(score, self.window)
        self.score_dialog.finished.connect(lambda _result: self.show_page())
        self.score_dialog.open()
        self._close_card()

    def _close_card(self) -> None:
        if self.dock is not None:
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = self.card = None
