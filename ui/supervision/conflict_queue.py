"""The supervisor's conflict queue: two terminals edited one case; keep one version (both are kept whole)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.case_numbers import shown_number
from ui.backend import ConflictRow, SessionInfo
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.messages import describe
from ui.tables import fill_rows, list_table
from ui.widgets import Retranslating, label, named

ENTITIES = {  # one per synced table whose rows are edited (not append-only, not the central side's alone)
    "cases": QT_TRANSLATE_NOOP("Conflicts", "Case"),
    "case_steps": QT_TRANSLATE_NOOP("Conflicts", "Step of a case"),
    "customers": QT_TRANSLATE_NOOP("Conflicts", "Customer"),
    "documents": QT_TRANSLATE_NOOP("Conflicts", "Document"),
    "document_scans": QT_TRANSLATE_NOOP("Conflicts", "Scan of a document"),
    "beneficial_owners": QT_TRANSLATE_NOOP("Conflicts", "Beneficial owner"),
    "risk_assessments": QT_TRANSLATE_NOOP("Conflicts", "Risk rating"),
    "accounts": QT_TRANSLATE_NOOP("Conflicts", "Account"),
    "post_reviews": QT_TRANSLATE_NOOP("Conflicts", "Post-review"),
    "rectifications": QT_TRANSLATE_NOOP("Conflicts", "Rectification"),
    "satisfaction": QT_TRANSLATE_NOOP("Conflicts", "Customer satisfaction"),
    "suggestions": QT_TRANSLATE_NOOP("Conflicts", "Improvement suggestion"),
    "incidents": QT_TRANSLATE_NOOP("Conflicts", "Incident"),
}


class ConflictQueueDialog(Retranslating, QDialog):
    def __init__(
        self, backend: object, tasks: object, session: SessionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictQueue")
        self.resize(880, 380)
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self.rows: list[ConflictRow] = []
        self.explanation = label("conflictExplanation", "hint")
        self.table = list_table("conflictTable", 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for whole in (0, 5):  # the case number and the time are read whole
            header.setSectionResizeMode(whole, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_local = named(QPushButton(), "keepTerminalVersion")
        self.keep_central = named(QPushButton(), "keepCentralVersion")
        self.close_button = named(QPushButton(), "closeConflicts")
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_central.clicked.connect(lambda: self.resolve("central"))
        self.close_button.clicked.connect(self.accept)
        self.message = label("conflictMessage", "error")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_central)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Conflicts", "Sync conflicts"))
        self.explanation.setText(
            tr(
                "Conflicts",
                "Two terminals changed the same record. Both versions are kept whole; choose which one stands. "
                "The other terminal receives your choice at its next sync.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                tr("Conflicts", "Case no."),
                tr("Conflicts", "Record"),
                tr("Conflicts", "Terminal"),
                tr("Conflicts", "Based on version"),
                tr("Conflicts", "Central version"),
                tr("Conflicts", "Since"),
            ]
        )
        self.table.setAccessibleName(tr("Conflicts", "Open conflicts"))
        self.keep_local.setText(tr("Conflicts", "Keep the &terminal's version"))
        self.keep_central.setText(tr("Conflicts", "Keep the &central version"))
        self.close_button.setText(tr("Conflicts", "Close"))
        for button in (self.keep_local, self.keep_central, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self._show(self.rows)

    def load(self) -> None:
        self._tasks.run(  # type: ignore[attr-defined]
            self._backend.conflicts,  # type: ignore[attr-defined]
            self._session,
            on_done=self._show,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Conflicts", "Loading conflicts…"),
        )

    def resolve(self, keep: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.message.setText(tr("Conflicts", "Select a conflict first."))
            self.message.show()
            return
        self._tasks.run(  # type: ignore[attr-defined]
            self._backend.resolve_conflict,  # type: ignore[attr-defined]
            self._session,
            self.rows[row].conflict_id,
            keep,
            on_done=self._show,
            on_error=self._failed,
            owner=self,
            writes=True,
            busy_text=tr("Conflicts", "Resolving…"),
        )

    def _show(self, rows: list[ConflictRow]) -> None:
        self.message.hide()
        self.rows = list(rows)
        fill_rows(
            self.table,
            [
                [
                    shown_number(row.case_number, row.case_id) if row.case_id else "",
                    f"{tr('Conflicts', ENTITIES[row.entity]) if row.entity in ENTITIES else row.entity} "
                    f"{row.entity_id[:8]}",
                    row.terminal,
                    str(row.base_version),
                    str(row.central_version),
                    row.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ]
                for row in self.rows
            ],
        )
        if self.rows:
            self.table.selectRow(0)
        has_rows = bool(self.rows)
        self.keep_local.setEnabled(has_rows)
        self.keep_central.setEnabled(has_rows)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()
