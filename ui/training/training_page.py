"""The training page: scenarios to work (with the trainee's best score), the assessment, and for supervisors
every trainee's results."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.permissions import Action
from ui.backend import AssessmentView, Backend, CaseView, ScenarioView, SessionInfo, TraineeResultView
from ui.help.bilingual import pick
from ui.i18n import tr
from ui.messages import describe
from ui.tables import fill_rows
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, named, set_role


class TrainingPage(Retranslating, QWidget):
    scenarioStarted = Signal(object, object)  # CaseView, ScenarioView

    def __init__(
        self, backend: Backend, tasks: Tasks, session: SessionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPage")
        self._backend, self._tasks, self.session = backend, tasks, session
        self.scenarios: list[ScenarioView] = []
        self.assessment: AssessmentView | None = None
        self.title = label("trainingTitle", "title")
        self.intro = label("trainingIntro", "hint")
        self.list = named(QListWidget(), "trainingScenarios")
        self.list.currentRowChanged.connect(self._show_brief)
        self.brief = label("trainingBrief")
        self.start_button = named(QPushButton(), "trainingStart")
        self.start_button.clicked.connect(self.start)
        self.assessment_label = label("trainingAssessment")
        self.assess_button = named(QPushButton(), "trainingTakeAssessment")
        self.assess_button.clicked.connect(self.take_assessment)
        self.message = label("trainingMessage")
        self.results_title = label("trainingResultsTitle", "subtitle")
        self.results = named(QTableWidget(0, 3), "trainingResults")
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setColumnWidth(1, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        side.addWidget(self.brief)
        side.addWidget(self.start_button)
        side.addStretch(1)
        row.addLayout(side, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.assessment_label)
        layout.addWidget(self.assess_button)
        layout.addWidget(self.message)
        layout.addWidget(self.results_title)
        layout.addWidget(self.results, 1)
        supervisor = session.may(Action.VIEW_DASHBOARD)  # trainees' results: what the core lets see
        self.results_title.setVisible(supervisor)
        self.results.setVisible(supervisor)
        self.retranslate()

    def refresh(self) -> None:
        self._tasks.run(
            self._backend.training_scenarios,
            self.session,
            on_done=self._scenarios,
            on_error=self._error,
            owner=self,
        )
        self._tasks.run(
            self._backend.assessments,
            self.session,
            on_done=self._assessments,
            on_error=self._error,
            owner=self,
        )
        if self.session.may(Action.VIEW_DASHBOARD):
            self._tasks.run(
                self._backend.training_results,
                self.session,
                on_done=self._results,
                on_error=self._error,
                owner=self,
            )

    def retranslate(self) -> None:
        self.title.setText(tr("Training", "Training and assessment"))
        self.intro.setText(
            tr(
                "Training",
                "Work a scripted customer's case in the real wizard. The app scores your decisions and explains "
                "each miss. Pass the assessment to be certified for real cases.",
            )
        )
        self.list.setAccessibleName(tr("Training", "Training scenarios"))
        self.start_button.setText(tr("Training", "Start this scenario"))
        self.start_button.setAccessibleName(tr("Training", "Start this scenario"))
        self.assess_button.setText(tr("Training", "Take the assessment"))
        self.assess_button.setAccessibleName(tr("Training", "Take the assessment"))
        self.results_title.setText(tr("Training", "Trainees' results"))
        self.results.setAccessibleName(tr("Training", "Trainees' results"))
        self.results.setHorizontalHeaderLabels(
            [tr("Training", "Trainee"), tr("Training", "Best scores"), tr("Training", "Certified until")]
        )
        self._fill_list()
        self._show_assessment()

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for s in self.scenarios:
            best = (
                tr("Training", "best {percent}%", percent=s.best_percent)
                if s.best_percent is not None
                else tr("Training", "not worked yet")
            )
            QListWidgetItem(
                f"{pick(s.title_zh, s.title_en)}{pick('（', ' (')}{best}{pick('）', ')')}", self.list
            )
        if self.scenarios:
            self.list.setCurrentRow(max(0, min(row, len(self.scenarios) - 1)))
        self.start_button.setEnabled(bool(self.scenarios))

    def _show_brief(self, row: int) -> None:
        if 0 <= row < len(self.scenarios):
            s = self.scenarios[row]
            self.brief.setText(pick(s.brief_zh, s.brief_en))

    def _scenarios(self, found: list[ScenarioView]) -> None:
        self.scenarios = list(found)
        self._fill_list()

    def _assessments(self, found: list[AssessmentView]) -> None:
        self.assessment = found[0] if found else None
        self._show_assessment()

    def _show_assessment(self) -> None:
        a = self.assessment
        self.assess_button.setEnabled(a is not None)
        if a is None:
            self.assessment_label.setText("")
            return
        self.assessment_label.setText(
            tr(
                "Training",
                "Assessment “{title}”: every scenario worked, a mean of at least {mark}% (now {percent}%).",
                title=pick(a.title_zh, a.title_en),
                mark=a.pass_mark,
                percent=a.percent,
            )
        )

    def _results(self, rows: list[TraineeResultView]) -> None:
        titles = {s.code: pick(s.title_zh, s.title_en) for s in self.scenarios}
        cells = []
        for r in rows:
            scores = pick("，", ", ").join(
                f"{titles.get(code, code)}{pick('：', ': ')}{percent}%"
                for code, percent in sorted(r.best.items())
            )
            until = r.certified_until.isoformat() if r.certified_until else tr("Training", "not certified")
            cells.append([r.user_name, scores, until])
        fill_rows(self.results, cells)

    def set_session(self, session: SessionInfo) -> None:
        self.session = session

    def start(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.scenarios):
            return
        scenario = self.scenarios[row]
        self._tasks.run(
            self._backend.start_scenario,
            self.session,
            scenario.code,
            on_done=lambda case: self._started(case, scenario),
            on_error=self._error,
            owner=self,
            writes=True,
        )

    def _started(self, case: CaseView, scenario: ScenarioView) -> None:
        self.scenarioStarted.emit(case, scenario)

    def take_assessment(self) -> None:
        if self.assessment is None:
            return
        self._tasks.run(
            self._backend.take_assessment,
            self.session,
            self.assessment.code,
            on_done=self._assessed,
            on_error=self._error,
            owner=self,
            writes=True,
        )

    def _assessed(self, result: AssessmentView) -> None:
        self.assessment = result
        self._show_assessment()
        if result.passed and result.certified_until is not None:
            self.message.setText(
                tr(
                    "Training",
                    "Passed with {percent}%: you are certified until {day}. Sign in again to work on real cases.",
                    percent=result.percent,
                    day=result.certified_until.isoformat(),
                )
            )
            set_role(self.message, "ok")
        else:
            self.message.setText(
                tr(
                    "Training",
                    "Not passed yet ({percent}%, the pass mark is {mark}%): work every scenario and try again.",
                    percent=result.percent,
                    mark=result.pass_mark,
                )
            )
            set_role(self.message, "error")
        self.refresh()

    def _error(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        set_role(self.message, "error")
