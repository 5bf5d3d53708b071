"""The checker's one-page case summary (审批要素摘要): shown beside the dual sign-in and on the approval page.

It asks the core for teller_app.services.approval_summary on a worker and puts it into words in the reader's
language: customer, people with their identity verification, documents with decisions and scan thumbnails
(click one to enlarge), beneficial owners, risk with its factors and any rule that rated directly, limits,
exceptions, time taken and the decisions so far.

The columns are put into words in customer_lines.py and risk_lines.py (shared words in summary_words.py);
this module frames them with the scan thumbnails.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ui.approval.customer_lines import customer_column_html
from ui.approval.risk_lines import risk_column_html
from ui.approval.scan_viewer import ScanViewer
from ui.approval.summary_words import language
from ui.i18n import tr
from ui.widgets import Retranslating, label, named


def summary_html(summary: Any) -> tuple[str, str]:
    """The summary as two columns of HTML (left: who and what; right: risk, exceptions, time, history)."""
    return customer_column_html(summary), risk_column_html(summary)


class CaseSummaryView(Retranslating, QWidget):
    """The summary of one case; `show_case(case_id)` loads it on a worker and shows it."""

    THUMB = 96

    def __init__(self, backend: Any, tasks: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSummary")
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self.summary: Any = None
        self.images: dict[str, QImage] = {}
        self.viewer: ScanViewer | None = None
        self.on_loaded: Any = None  # called with the summary once shown
        self.title = label("caseSummaryTitle", "subtitle")
        self.left = label("caseSummaryLeft")
        self.right = label("caseSummaryRight")
        for part in (self.left, self.right):
            part.setTextFormat(Qt.TextFormat.RichText)
            part.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            part.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbs_title = label("caseSummaryScansTitle")
        self.thumbs = QHBoxLayout()
        self.thumbs.addStretch(1)
        self.message = label("caseSummaryMessage", "error")
        self.message.hide()
        columns = QHBoxLayout()
        columns.addWidget(self.left, 1)
        columns.addWidget(self.right, 1)
        inner = QWidget()
        inner.setObjectName("caseSummaryBody")
        body = QVBoxLayout(inner)
        body.addWidget(self.title)
        body.addWidget(self.message)
        body.addLayout(columns)
        body.addWidget(self.thumbs_title)
        body.addLayout(self.thumbs)
        body.addStretch(1)
        scroll = named(QScrollArea(), "caseSummaryScroll")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Summary", "Case summary for the approver"))
        self.setAccessibleName(tr("Summary", "Case summary"))
        self.scroll.setAccessibleName(tr("Summary", "Case summary"))
        self.thumbs_title.setText(tr("Summary", "Scans (click to enlarge):"))
        for i in range(self.thumbs.count()):
            widget = self.thumbs.itemAt(i).widget()
            if isinstance(widget, QToolButton):
                widget.setAccessibleName(tr("Summary", "Enlarge scan {name}", name=widget.toolTip()))
        self._render()

    def show_case(self, case_id: str) -> None:
        self._tasks.run(
            self._backend.approval_summary,
            self._session,
            case_id,
            on_done=self.show_summary,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        from ui.messages import describe

        self.message.setText(describe(error))
        self.message.show()

    def show_summary(self, summary: Any) -> None:
        self.message.hide()
        self.summary = summary
        self._render()
        self._load_thumbnails()
        if self.on_loaded is not None:
            self.on_loaded(summary)

    def _render(self) -> None:
        if self.summary is None:
            self.left.setText("")
            self.right.setText("")
            return
        left, right = summary_html(self.summary)
        self.left.setText(left)
        self.right.setText(right)
        self.thumbs_title.setVisible(any(d.scan_ids for d in self.summary.documents))

    def _load_thumbnails(self) -> None:
        while self.thumbs.count() > 1:
            item = self.thumbs.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for d in self.summary.documents:
            for scan_id in d.scan_ids:
                name = d.name_zh if language() == "zh" else d.name_en
                self._tasks.run(
                    self._backend.scan_content,
                    self._session,
                    self.summary.case_id,
                    scan_id,
                    on_done=lambda content, s=scan_id, n=name: self._thumbnail(s, n, content),
                    on_error=lambda _error: None,
                    owner=self,
                )

    def _thumbnail(self, scan_id: str, name: str, content: tuple[str, bytes]) -> None:
        from ui.wizard.documents_page import render_first_page

        image = render_first_page(*content)
        if image is None or image.isNull():
            return
        self.images[scan_id] = image
        button = named(QToolButton(), f"scanThumb_{scan_id[:8]}")
        button.setIcon(QIcon(QPixmap.fromImage(image)))
        button.setIconSize(QSize(self.THUMB, self.THUMB))
        button.setToolTip(name)
        button.setAccessibleName(tr("Summary", "Enlarge scan {name}", name=name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setText(name)
        button.clicked.connect(lambda: self.enlarge(scan_id, name))
        self.thumbs.insertWidget(self.thumbs.count() - 1, button)

    def enlarge(self, scan_id: str, name: str) -> None:
        image = self.images.get(scan_id)
        if image is None:
            return
        self.viewer = ScanViewer(image, name, self)
        self.viewer.open()
