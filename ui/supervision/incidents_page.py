"""Incidents and drills (5.3): the list with each stage's person and time, reporting one, taking the next stage."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.backend import SessionInfo
from ui.i18n import tr
from ui.supervision.labels import INCIDENT_KINDS, INCIDENT_LEVELS, INCIDENT_STAGES, word
from ui.supervision.screen_calls import CallsTheCore
from ui.tables import fill_table, plain_table
from ui.widgets import Retranslating, label, named

NEXT = {"reported": "assessed", "assessed": "responding", "responding": "handled", "handled": "reviewed"}


def _when(moment: Any) -> str:
    return moment.astimezone().strftime("%m-%d %H:%M") if moment is not None else ""


class IncidentsPage(CallsTheCore, Retranslating, QWidget):
    def __init__(self, calls: Any, tasks: Any, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPage")
        self._calls = calls
        self._tasks = tasks
        self._session = session
        self.rows: list[Any] = []
        self.names: dict[str, str] = {}
        self.title = label("incidentsTitle", "title")
        self.message = label("incidentsMessage", "error")
        self.message.hide()
        self.table = plain_table("incidentTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.kind = named(QComboBox(), "incidentKind")
        for code in INCIDENT_KINDS:
            self.kind.addItem("", code)
        self.drill = named(QCheckBox(), "incidentDrill")
        self.note = named(QLineEdit(), "incidentNote")
        self.report_button = named(QPushButton(), "reportIncident")
        self.report_button.clicked.connect(self.report)
        self.level = named(QComboBox(), "incidentLevel")
        for code in INCIDENT_LEVELS:
            self.level.addItem("", code)
        self.next_button = named(QPushButton(), "nextIncidentStage")
        self.next_button.clicked.connect(self.advance)
        self.refresh_button = named(QPushButton(), "refreshIncidents")
        self.refresh_button.clicked.connect(self.load)
        self.kind_label, self.note_label, self.level_label = (
            label("incidentKindLabel"),
            label("incidentNoteLabel"),
            label("incidentLevelLabel"),
        )
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind)
        form.addRow("", self.drill)
        form.addRow(self.note_label, self.note)
        form.addRow(self.level_label, self.level)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def load(self) -> None:
        self._run(self._calls.incidents, done=self.show_rows, writes=False)

    def show_rows(self, found: tuple[list[Any], dict[str, str]]) -> None:
        rows, names = found
        self.rows = list(rows)
        self.names = dict(names)
        self.retranslate()

    def _stage_cell(self, who: str | None, when: Any) -> str:
        if when is None:
            return ""
        person = (
            tr("Supervision", "the terminal") if who == "system" else self.names.get(who or "", who or "")
        )
        return f"{_when(when)} {person}"

    def report(self) -> None:
        self._run(
            self._calls.report_incident,
            self.kind.currentData(),
            self.note.text(),
            self.drill.isChecked(),
            done=lambda _v: (self.note.clear(), self.load()),
            writes=True,
        )

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def advance(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.stage not in NEXT:
            return
        self._run(
            self._calls.advance_incident,
            chosen.incident_id,
            NEXT[chosen.stage],
            self.note.text(),
            self.level.currentData() or "",
            done=lambda _v: (self.note.clear(), self.load()),
            writes=True,
        )

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.next_button.setEnabled(chosen is not None and chosen.stage in NEXT)
        self._name_next(chosen)

    def _name_next(self, chosen: Any) -> None:
        nxt = NEXT.get(chosen.stage) if chosen is not None else None
        self.next_button.setText(
            tr("Supervision", "Record stage: {stage}", stage=word(INCIDENT_STAGES, nxt))
            if nxt
            else tr("Supervision", "Next stage")
        )
        self.next_button.setAccessibleName(self.next_button.text())

    def retranslate(self) -> None:
        self.title.setText(tr("Supervision", "Incidents and drills"))
        self.kind_label.setText(tr("Supervision", "Kind"))
        self.note_label.setText(tr("Supervision", "Note"))
        self.level_label.setText(tr("Supervision", "Level (when assessing)"))
        self.drill.setText(tr("Supervision", "This is a drill"))
        self.report_button.setText(tr("Supervision", "&Report an incident"))
        self.refresh_button.setText(tr("Supervision", "Re&fresh"))
        for i, code in enumerate(INCIDENT_KINDS):
            self.kind.setItemText(i, word(INCIDENT_KINDS, code))
        for i, code in enumerate(INCIDENT_LEVELS):
            self.level.setItemText(i, word(INCIDENT_LEVELS, code))
        for widget, name in (
            (self.kind, tr("Supervision", "Kind")),
            (self.note, tr("Supervision", "Note")),
            (self.level, tr("Supervision", "Level (when assessing)")),
            (self.table, tr("Supervision", "Incidents and drills")),
        ):
            widget.setAccessibleName(name)
        self._name_next(self.selected())
        self.next_button.setEnabled(self.selected() is not None and self.selected().stage in NEXT)
        stages = list(INCIDENT_STAGES)
        fill_table(
            self.table,
            [
                tr("Supervision", "Kind"),
                tr("Supervision", "Drill"),
                tr("Supervision", "Level"),
                tr("Supervision", "Stage"),
                *[word(INCIDENT_STAGES, s) for s in stages],
            ],
            [
                [
                    word(INCIDENT_KINDS, i.kind),
                    tr("Supervision", "Yes") if i.drill else tr("Supervision", "No"),
                    word(INCIDENT_LEVELS, i.level) if i.level else "",
                    word(INCIDENT_STAGES, i.stage),
                    *[self._stage_cell(*i.times[s]) for s in stages],
                ]
                for i in self.rows
            ],
        )
