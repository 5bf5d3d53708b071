"""The supervisor's dashboard: charts of the branch's work now, each with its numbers one click away.

It refreshes by itself (a timer asks the core again on a worker); it shows only what the core's
dashboard computes from plain columns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarSet, QHorizontalBarSeries, QHorizontalStackedBarSeries, QPieSeries
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.case_numbers import shown_number
from ui.backend import SessionInfo
from ui.i18n import tr
from ui.messages import describe
from ui.names import alert_label, case_status_label, person_label, risk_level_label, step_label
from ui.supervision.dashboard_charts import ChartPanel
from ui.supervision.labels import (
    DECISIONS,
    INCIDENT_KINDS,
    INCIDENT_LEVELS,
    INCIDENT_STAGES,
    reason_name,
    word,
)
from ui.tables import fill_table, fit_columns, plain_table
from ui.widgets import Retranslating, label, named

REFRESH_MS = 30_000


class DashboardPage(Retranslating, QWidget):
    def __init__(self, calls: Any, tasks: Any, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorDashboard")
        self._calls = calls
        self._tasks = tasks
        self._session = session
        self.board: Any = None
        self.title = label("dashboardTitle", "title")
        self.updated = label("dashboardUpdated", "hint")
        self.message = label("dashboardMessage", "error")
        self.message.hide()
        self.refresh_button = named(QPushButton(), "dashboardRefresh")
        self.refresh_button.clicked.connect(self.load)
        self.steps = ChartPanel("casesPerStep")
        self.times = ChartPanel("stepTimes")
        self.risk = ChartPanel("riskMix")
        self.decisions = ChartPanel("returnsAndRejections")
        self.tellers_box = named(QGroupBox(), "tellerTimesBox")
        self.tellers = plain_table("tellerTimes")
        self.waiting_box = named(QGroupBox(), "approvalsWaitingBox")
        self.waiting = plain_table("approvalsWaiting")
        self.filings_box = named(QGroupBox(), "filingsDueBox")
        self.filings = plain_table("filingsDue")
        self.sync_box = named(QGroupBox(), "syncHealthBox")
        self.sync = plain_table("syncHealth")
        self.alerts_box = named(QGroupBox(), "dashboardAlertsBox")
        self.alerts = plain_table("dashboardAlerts")
        self.incidents_box = named(QGroupBox(), "openIncidentsBox")
        self.incidents = plain_table("openIncidents")
        for box, table in (
            (self.tellers_box, self.tellers),
            (self.waiting_box, self.waiting),
            (self.filings_box, self.filings),
            (self.sync_box, self.sync),
            (self.alerts_box, self.alerts),
            (self.incidents_box, self.incidents),
        ):
            QVBoxLayout(box).addWidget(table)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.updated)
        head.addWidget(self.refresh_button)
        # Rows of two where the contents are wide (step names, many columns), of three where they are not;
        # a branch with more steps under way than the window's height holds scrolls instead of clipping.
        contents = QWidget()
        rows = QVBoxLayout(contents)
        rows.setContentsMargins(0, 0, 0, 0)
        for stretch, boxes in (
            (3, (self.steps, self.times)),
            (2, (self.risk, self.decisions, self.alerts_box)),
            (1, (self.tellers_box, self.waiting_box)),
            (1, (self.filings_box, self.sync_box, self.incidents_box)),
        ):
            row = QHBoxLayout()
            for box in boxes:
                row.addWidget(box, 1)
            rows.addLayout(row, stretch)
        self.scroll = named(QScrollArea(), "dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(contents)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self.timer = QTimer(self)
        self.timer.setObjectName("dashboardTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.load)
        self.retranslate()

    # -- loading -------------------------------------------------------------------------------------

    def start(self) -> None:
        """Load now and keep refreshing while shown."""
        self.load()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def load(self) -> None:
        self._tasks.run(
            self._calls.dashboard,
            self._session,
            on_done=self.show_board,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Supervision", "Loading the dashboard…"),
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def show_board(self, board: Any) -> None:
        self.board = board
        self.message.hide()
        self.retranslate()

    # -- drawing -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(tr("Supervision", "Branch dashboard"))
        self.refresh_button.setText(tr("Supervision", "&Refresh"))
        self.refresh_button.setAccessibleName(tr("Supervision", "Refresh the dashboard"))
        for box, text in (
            (self.steps, tr("Supervision", "Open cases per step")),
            (self.times, tr("Supervision", "Minutes per step against the SLA")),
            (self.risk, tr("Supervision", "Risk mix (last 30 days)")),
            (self.decisions, tr("Supervision", "Returns and rejections by reason")),
            (self.tellers_box, tr("Supervision", "Time per teller")),
            (self.waiting_box, tr("Supervision", "Waiting for approval")),
            (self.filings_box, tr("Supervision", "Filings due")),
            (self.sync_box, tr("Supervision", "Sync per terminal")),
            (self.alerts_box, tr("Supervision", "Alerts")),
            (self.incidents_box, tr("Supervision", "Open incidents")),
        ):
            box.setTitle(text)
        for panel in (self.steps, self.times, self.risk, self.decisions):
            panel.retranslate()
        for table in (self.tellers, self.waiting, self.filings, self.sync, self.alerts, self.incidents):
            table.setAccessibleName(table.parentWidget().title() if table.parentWidget() else "")
        if self.board is None:
            self.updated.setText("")
            return
        board = self.board
        self.updated.setText(
            tr("Supervision", "Updated {time}", time=board.at.astimezone().strftime("%H:%M:%S"))
        )
        self._draw_steps(board)
        self._draw_times(board)
        self._draw_risk(board)
        self._draw_decisions(board)
        self._fill_tables(board)

    def _draw_steps(self, board: Any) -> None:
        panel = self.steps
        panel.reset()
        steps = list(board.cases_by_step)
        statuses = sorted({s for counts in board.cases_by_step.values() for s in counts})
        series = QHorizontalStackedBarSeries()
        for status in statuses:
            bar = QBarSet(case_status_label(status))
            bar.append([board.cases_by_step[step].get(status, 0) for step in steps])
            series.append(bar)
        top = max([sum(c.values()) for c in board.cases_by_step.values()] or [0])
        panel.bars_across(series, [step_label(s) for s in steps], top)
        fill_table(
            panel.table,
            [tr("Supervision", "Step"), *[case_status_label(s) for s in statuses]],
            [[step_label(step), *[board.cases_by_step[step].get(s, 0) for s in statuses]] for step in steps],
        )
        fit_columns(panel.table)

    def _draw_times(self, board: Any) -> None:
        panel = self.times
        panel.reset()
        names = [tr("Supervision", "Median"), tr("Supervision", "90th percentile"), tr("Supervision", "SLA")]
        sets = [QBarSet(n) for n in names]
        for t in board.step_times:
            sets[0].append(t.median or 0)
            sets[1].append(t.p90 or 0)
            sets[2].append(t.sla)
        series = QHorizontalBarSeries()
        for s in sets:
            series.append(s)
        top = max([max(t.p90 or 0, t.sla) for t in board.step_times] or [0])
        panel.bars_across(series, [step_label(t.step) for t in board.step_times], top)
        fill_table(
            panel.table,
            [
                tr("Supervision", "Step"),
                tr("Supervision", "Done"),
                *names,
                tr("Supervision", "Over SLA"),
                tr("Supervision", "Overdue now"),
            ],
            [
                [step_label(t.step), t.count, t.median, t.p90, t.sla, t.over_sla, t.overdue_now]
                for t in board.step_times
            ],
        )
        fit_columns(panel.table)

    def _draw_risk(self, board: Any) -> None:
        panel = self.risk
        panel.reset()
        series = QPieSeries()
        order = ["low", "medium", "medium_high", "high", "unrated"]
        levels = sorted(board.risk_mix, key=lambda v: order.index(v) if v in order else 99)
        rows = []
        for level in levels:
            name = word(DECISIONS, level) if level == "unrated" else risk_level_label(level)
            series.append(f"{name} {board.risk_mix[level]}", board.risk_mix[level])
            rows.append([name, board.risk_mix[level]])
        panel.chart.addSeries(series)
        fill_table(panel.table, [tr("Supervision", "Risk level"), tr("Supervision", "Cases")], rows)
        fit_columns(panel.table)

    def _draw_decisions(self, board: Any) -> None:
        panel = self.decisions
        panel.reset()
        reasons = sorted({r for by in board.decisions.values() for r in by})
        series = QHorizontalBarSeries()
        rows = []
        for decision, by in board.decisions.items():
            bar = QBarSet(word(DECISIONS, decision))
            bar.append([by.get(r, 0) for r in reasons])
            series.append(bar)
            rows += [[word(DECISIONS, decision), reason_name(r), by[r]] for r in sorted(by)]
        top = max([n for by in board.decisions.values() for n in by.values()] or [0])
        panel.bars_across(series, [reason_name(r) for r in reasons], top)
        fill_table(
            panel.table,
            [tr("Supervision", "Decision"), tr("Supervision", "Reason"), tr("Supervision", "Cases")],
            rows,
        )
        fit_columns(panel.table, stretch=1)

    def _fill_tables(self, board: Any) -> None:
        fill_table(
            self.tellers,
            [
                tr("Supervision", "Teller"),
                tr("Supervision", "Steps done"),
                tr("Supervision", "Median"),
                tr("Supervision", "Over SLA"),
                tr("Supervision", "Overdue now"),
            ],
            [
                [person_label(t.teller, t.login), t.steps_done, t.median, t.over_sla, t.overdue_now]
                for t in board.tellers
            ],
        )
        fill_table(
            self.waiting,
            [tr("Supervision", "Case"), tr("Supervision", "Waiting (min)"), tr("Supervision", "Risk level")],
            [
                [
                    shown_number(w.case_number, w.case_id),
                    w.waited_minutes,
                    risk_level_label(w.risk_level or ""),
                ]
                for w in board.waiting
            ],
        )
        fill_table(
            self.filings,
            [tr("Supervision", "Case"), tr("Supervision", "Deadline"), tr("Supervision", "Days left")],
            [
                [shown_number(f.case_number, f.case_id), f.deadline.isoformat(), f.days_left]
                for f in board.filings
            ],
        )
        fill_table(
            self.sync,
            [
                tr("Supervision", "Terminal"),
                tr("Supervision", "Last sync"),
                tr("Supervision", "Waiting"),
                tr("Supervision", "Oldest (min)"),
            ],
            [
                [
                    s.terminal,
                    s.last_sync_at.astimezone().strftime("%m-%d %H:%M")
                    if s.last_sync_at
                    else tr("Supervision", "Never"),
                    s.waiting if s.waiting is not None else "—",
                    s.oldest_waiting_minutes if s.oldest_waiting_minutes is not None else "—",
                ]
                for s in board.sync
            ],
        )
        fill_table(
            self.incidents,
            [
                tr("Supervision", "Kind"),
                tr("Supervision", "Stage"),
                tr("Supervision", "Level"),
                tr("Supervision", "Drill"),
                tr("Supervision", "Reported"),
            ],
            [
                [
                    word(INCIDENT_KINDS, i.kind),
                    word(INCIDENT_STAGES, i.stage),
                    word(INCIDENT_LEVELS, i.level) if i.level else "",
                    tr("Supervision", "Yes") if i.drill else tr("Supervision", "No"),
                    i.reported_at.astimezone().strftime("%m-%d %H:%M"),
                ]
                for i in board.incidents
            ],
        )
        extra = [
            (tr("Supervision", "Open incidents"), board.incidents_open),
            (tr("Supervision", "Open suggestions"), board.suggestions_open),
            (tr("Supervision", "Post-reviews open"), board.reviews_open),
        ]
        alerts = [[alert_label(kind), n] for kind, n in board.alerts.items()] + [list(e) for e in extra]
        fill_table(  # what is firing first: the box shows a few rows, the quiet ones scroll below
            self.alerts,
            [tr("Supervision", "Alert"), tr("Supervision", "Count")],
            sorted(alerts, key=lambda row: -int(row[1] or 0)),
        )
        for table in (self.tellers, self.waiting, self.filings, self.sync, self.alerts, self.incidents):
            fit_columns(table)
