"""The approvals waiting for the supervisor, with the case summary of the selected one beside the list.

The same one-page summary (ui/approval/summary_view.py) the supervisor reads beside the dual sign-in: here it
shows for the case selected in the queue, before the case is opened to decide, on whichever terminal of the
branch the supervisor works (the case arrives by sync). Enter on a row opens the case to decide.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTableWidget, QVBoxLayout, QWidget

from ui.approval.summary_view import CaseSummaryView
from ui.tables import CASE_ID_ROLE


class ApprovalSummaryBeside:
    """Puts `table` and, once a row is selected, the selected case's summary side by side in `box`."""

    def __init__(self, box: QWidget, table: QTableWidget, backend: Any, tasks: Any, session: Any) -> None:
        self.table = table
        self._backend, self._tasks, self._session = backend, tasks, session
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("approvalQueueSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(table)
        self.summary: CaseSummaryView | None = None
        self.shown_case = ""
        QVBoxLayout(box).addWidget(self.split)
        table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.show_row(row))

    def show_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        case_id = str(item.data(CASE_ID_ROLE)) if item is not None else ""
        if not case_id:
            if self.summary is not None:
                self.summary.hide()
            self.shown_case = ""
            return
        if self.summary is None:
            self.summary = CaseSummaryView(self._backend, self._tasks, self._session)
            self.summary.setObjectName("approvalQueueSummary")
            self.split.addWidget(self.summary)
            self.split.setStretchFactor(0, 2)
            self.split.setStretchFactor(1, 3)
            width = max(self.split.width(), 500)
            self.split.setSizes([width * 2 // 5, width * 3 // 5])  # the summary gets the room
        self.summary.show()
        if case_id != self.shown_case:
            self.shown_case = case_id
            self.summary.show_case(case_id)

    def filled(self) -> None:
        """After the queue was refilled: keep the selected case, or select the first (its summary shows)."""
        rows = self.table.rowCount()
        if rows == 0:
            self.show_row(-1)
            return
        ids = [str(self.table.item(r, 0).data(CASE_ID_ROLE)) for r in range(rows)]
        row = ids.index(self.shown_case) if self.shown_case in ids else 0
        self.table.setCurrentCell(row, 0)
        self.show_row(row)
