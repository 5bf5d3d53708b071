"""Documents (资料审核): the case's checklist, a decision and reason per item, original seen, scans, preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.steps import Step
from ui.backend import ChecklistRow, ScanRow
from ui.i18n import CHINESE, tr
from ui.names import decision_label, reason_label
from ui.widgets import label, named
from ui.wizard.page import StepPage

NAME, REQUIRED, DECISION, REASON, ORIGINAL, SCANS = range(6)


class DocumentsPage(StepPage):
    step = Step.DOCUMENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPage")
        self.rows: list[ChecklistRow] = []
        self.scan_rows: list[ScanRow] = []
        self._filling = False
        self.hint = label("documentsHint", "hint")
        self.table = named(QTableWidget(0, 6), "documentChecklist")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_scans_of_selected)
        self.table.setTabKeyNavigation(False)  # Tab and Shift+Tab leave the checklist
        self.table.installEventFilter(self)
        self.import_button = named(QPushButton(), "importScanButton")
        self.import_button.clicked.connect(self.import_scan)
        self.preview = named(QLabel(), "scanPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(220)
        self.preview.setWordWrap(True)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.import_button)
        column.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            tr(
                "Documents",
                "Check each document against the original. Keys: ↑/↓ row, 0 pending, 1 received, 2 verified, "
                "3 needs revision, 4 rejected, Space original seen, Enter reason. Verified needs “original seen”; "
                "needs revision and rejected need a reason.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                tr("Documents", "Document"),
                tr("Documents", "Required"),
                tr("Documents", "Decision"),
                tr("Documents", "Reason"),
                tr("Documents", "Original seen"),
                tr("Documents", "Scans"),
            ]
        )
        self.table.setAccessibleName(tr("Documents", "Document checklist"))
        self.import_button.setText(tr("Documents", "&Import scan of the selected document…"))
        self.import_button.setAccessibleName(tr("Documents", "Import a scan (PDF, JPG, PNG)"))
        self.preview.setAccessibleName(tr("Documents", "Scan preview"))
        if not self.preview.pixmap() or self.preview.pixmap().isNull():
            self.preview.setText(tr("Documents", "Select a document to see its scans."))
        self._fill(self.rows)

    def shown(self) -> None:
        if self.case is not None and self.backend is not None:
            self.tasks.run(
                self.backend.checklist,
                self.session,
                self.case.case_id,
                on_done=self._fill,
                on_error=self.show_error,
                owner=self,
                busy_text=tr("Documents", "Loading the checklist…"),
            )

    def _fill(self, rows: list[ChecklistRow]) -> None:
        if [r.code for r in rows] == [r.code for r in self.rows] and self.table.rowCount() == len(rows):
            self._update(rows)  # the same checklist: only the values change (no widgets rebuilt)
            return
        self._filling = True
        selected = self.table.currentRow()
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        chinese = _language() == CHINESE
        for r, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name_zh if chinese else row.name_en)
            name.setToolTip(row.condition)
            self.table.setItem(r, NAME, name)
            required = tr("Documents", "Mandatory") if row.mandatory else tr("Documents", "If applicable")
            self.table.setItem(r, REQUIRED, QTableWidgetItem(required))
            decision = named(QComboBox(), f"decision_{row.code}")
            for value in DocumentDecision:
                decision.addItem(decision_label(value.value), value.value)
            decision.setCurrentIndex(max(0, decision.findData(row.decision)))
            decision.setAccessibleName(tr("Documents", "Decision on {document}", document=name.text()))
            reason = named(QComboBox(), f"reason_{row.code}")
            reason.addItem("", "")
            for why in DocumentReason:
                reason.addItem(reason_label(why.value), why.value)
            reason.setCurrentIndex(max(0, reason.findData(row.reason)))
            reason.setEnabled(DocumentDecision(row.decision).needs_reason)
            reason.setAccessibleName(tr("Documents", "Reason for {document}", document=name.text()))
            original = named(QCheckBox(), f"original_{row.code}")
            original.setChecked(row.original_seen)
            original.setAccessibleName(tr("Documents", "Original of {document} seen", document=name.text()))
            for widget in (decision, reason, original):
                widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # ↑/↓ move rows; they never change a value
            self.table.setCellWidget(r, DECISION, decision)
            self.table.setCellWidget(r, REASON, reason)
            self.table.setCellWidget(r, ORIGINAL, original)
            self.table.setItem(r, SCANS, QTableWidgetItem(str(row.scan_count)))
            decision.currentIndexChanged.connect(lambda _=0, code=row.code: self._decided(code))
            reason.currentIndexChanged.connect(lambda _=0, code=row.code: self._decided(code))
            original.toggled.connect(lambda _=False, code=row.code: self._decided(code))
        if self.rows:  # the cursor stays on its row, or starts on the first
            self.table.selectRow(selected if 0 <= selected < len(self.rows) else 0)
        self._filling = False
        self.changed.emit()

    def eventFilter(self, watched: object, event: object) -> bool:
        """The checklist by keyboard: ↑/↓ move between rows, 0–4 set the decision (pending, received,
        verified, needs revision, rejected), Space ticks "original seen", Enter opens the reason list."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            code = self.selected_code()
            text = event.text()
            if code is not None and text in {"0", "1", "2", "3", "4"}:
                chooser, _why, _original = self._widgets(code)
                chooser.setCurrentIndex(int(text))  # the decision's own change records it
                return True
            if code is not None and event.key() == Qt.Key.Key_Space:
                _chooser, _why, original = self._widgets(code)
                original.setChecked(not original.isChecked())
                return True
            if code is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                _chooser, why, _original = self._widgets(code)
                if why.isEnabled():
                    why.setFocus()
                    why.showPopup()
                    return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _update(self, rows: list[ChecklistRow]) -> None:
        self._filling = True
        self.rows = list(rows)
        for r, row in enumerate(self.rows):
            decision, reason, original = self._widgets(row.code)
            decision.setCurrentIndex(max(0, decision.findData(row.decision)))
            reason.setCurrentIndex(max(0, reason.findData(row.reason)))
            reason.setEnabled(DocumentDecision(row.decision).needs_reason)
            original.setChecked(row.original_seen)
            scans = self.table.item(r, SCANS)
            if scans is not None:
                scans.setText(str(row.scan_count))
        self._filling = False
        self.changed.emit()

    def _widgets(self, code: str) -> tuple[QComboBox, QComboBox, QCheckBox]:
        r = next(i for i, row in enumerate(self.rows) if row.code == code)
        return (
            self.table.cellWidget(r, DECISION),
            self.table.cellWidget(r, REASON),
            self.table.cellWidget(r, ORIGINAL),
        )  # type: ignore[return-value]

    def set_decision(self, code: str, decision: str, reason: str = "", original_seen: bool = False) -> None:
        """Record one item at once (keyboard shortcuts and tests use this)."""
        self._filling = True
        chooser, why, original = self._widgets(code)
        chooser.setCurrentIndex(chooser.findData(decision))
        why.setCurrentIndex(max(0, why.findData(reason)))
        original.setChecked(original_seen)
        self._filling = False
        self._decided(code)

    def _decided(self, code: str) -> None:
        if self._filling or self.case is None:
            return
        chooser, why, original = self._widgets(code)
        decision = chooser.currentData()
        why.setEnabled(DocumentDecision(decision).needs_reason)
        if DocumentDecision(decision).needs_reason and not why.currentData():
            return  # wait for the reason; nothing typed is lost
        self.tasks.run(
            self.backend.record_document,
            self.session,
            self.case.case_id,
            code,
            decision,
            why.currentData() or "",
            original.isChecked(),
            on_done=self._fill,
            on_error=self._refused,
            owner=self,
            writes=True,
            busy_text=tr("Documents", "Recording the decision…"),
        )

    def _refused(self, error: BaseException) -> None:
        self.show_error(error)
        self.shown()

    def selected_code(self) -> str | None:
        r = self.table.currentRow()
        return self.rows[r].code if 0 <= r < len(self.rows) else None

    def import_scan(self, path: str | None = None) -> None:
        code = self.selected_code()
        if code is None or self.case is None:
            self.preview.setText(tr("Documents", "Select the document the scan belongs to first."))
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Documents", "Import scan"), "", tr("Documents", "Scans (*.pdf *.jpg *.jpeg *.png)")
            )
        if not path:
            return
        self.tasks.run(
            self.backend.attach_scan,
            self.session,
            self.case.case_id,
            code,
            path,
            on_done=self._scan_added,
            on_error=self.show_error,
            owner=self,
            writes=True,
            busy_text=tr("Documents", "Storing the scan encrypted…"),
        )

    def _scan_added(self, rows: list[ChecklistRow]) -> None:
        self._fill(rows)
        self._show_scans_of_selected()

    def _show_scans_of_selected(self) -> None:
        code = self.selected_code()
        if code is None or self.case is None or self.backend is None:
            return
        self.tasks.run(
            self.backend.scans,
            self.session,
            self.case.case_id,
            on_done=lambda scans: self._preview_first([s for s in scans if s.item_code == code]),
            on_error=self.show_error,
            owner=self,
        )

    def _preview_first(self, scans: list[ScanRow]) -> None:
        self.scan_rows = scans
        if not scans:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Documents", "No scan of this document yet."))
            return
        assert self.case is not None
        self.tasks.run(
            self.backend.scan_content,
            self.session,
            self.case.case_id,
            scans[-1].scan_id,
            on_done=self._show_content,
            on_error=self.show_error,
            owner=self,
        )

    def _show_content(self, found: tuple[str, bytes]) -> None:
        media_type, content = found
        image = render_first_page(media_type, content)
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Documents", "The scan cannot be shown, but it is stored."))
            return
        width = max(200, self.preview.width() - 8)
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def blocking_reason(self) -> str | None:
        waiting = [r for r in self.rows if r.mandatory and r.decision != "verified"]
        if not self.rows:
            return tr("Documents", "The checklist is loading.")
        if waiting:
            return tr("Documents", "{count} mandatory documents are not verified yet.", count=len(waiting))
        return None


def render_first_page(media_type: str, content: bytes) -> QImage | None:
    """The scan as an image for the preview: images as they are, a PDF's first page rendered by QtPdf."""
    if media_type.startswith("image/"):
        return QImage.fromData(content)
    if media_type == "application/pdf":
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer()
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.pageCount() < 1:
            return None
        size = document.pagePointSize(0)
        scale = 600 / max(1.0, size.width())
        return document.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
    return None


def _language() -> str:
    from PySide6.QtCore import QLocale

    return CHINESE if QLocale().language() == QLocale.Language.Chinese else "en"
