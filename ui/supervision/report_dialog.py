"""The evaluation report (定期评估) dialog: choose the period, see this period against the previous one, save
the PDF and the CSV files."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.backend import SessionInfo
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.messages import describe
from ui.names import risk_level_label, step_label
from ui.supervision.labels import DECISIONS, FINDING_CATEGORIES, INCIDENT_KINDS, SEVERITIES, reason_name, word
from ui.tables import fill_table, plain_table
from ui.widgets import Retranslating, label, named

_log = logging.getLogger("teller.ui.report")

LINES = {
    "cases_opened": QT_TRANSLATE_NOOP("Report", "Cases opened"),
    "cases_finished": QT_TRANSLATE_NOOP("Report", "Cases finished"),
    "case_hours": QT_TRANSLATE_NOOP("Report", "Average hours to finish a case"),
    "step_median": QT_TRANSLATE_NOOP("Report", "{step}: median minutes"),
    "step_p90": QT_TRANSLATE_NOOP("Report", "{step}: 90th percentile minutes"),
    "step_over_sla": QT_TRANSLATE_NOOP("Report", "{step}: share over the SLA"),
    "decision_reason": QT_TRANSLATE_NOOP("Report", "{decision}: {reason}"),
    "reviews_sampled": QT_TRANSLATE_NOOP("Report", "Cases sampled"),
    "reviews_closed": QT_TRANSLATE_NOOP("Report", "Reviews closed"),
    "reviews_open": QT_TRANSLATE_NOOP("Report", "Reviews open at the end"),
    "finding_category": QT_TRANSLATE_NOOP("Report", "Finding: {category}"),
    "finding_severity": QT_TRANSLATE_NOOP("Report", "Severity: {severity}"),
    "rectifications_requested": QT_TRANSLATE_NOOP("Report", "Rectification requests"),
    "rectifications_accepted": QT_TRANSLATE_NOOP("Report", "Rectifications accepted"),
    "rectifications_late": QT_TRANSLATE_NOOP("Report", "Answered late"),
    "satisfaction_asked": QT_TRANSLATE_NOOP("Report", "Customers asked"),
    "satisfaction_skipped": QT_TRANSLATE_NOOP("Report", "Customers who skipped"),
    "satisfaction_average": QT_TRANSLATE_NOOP("Report", "Average score (1–5)"),
    "satisfaction_score": QT_TRANSLATE_NOOP("Report", "Score {score}"),
    "risk_high": QT_TRANSLATE_NOOP("Report", "High-risk customers"),
    "risk_high_share": QT_TRANSLATE_NOOP("Report", "High-risk share"),
    "risk_overrides": QT_TRANSLATE_NOOP("Report", "Cases with an override"),
    "risk_level": QT_TRANSLATE_NOOP("Report", "Risk level: {level}"),
    "filings_due": QT_TRANSLATE_NOOP("Report", "Accounts to file"),
    "filings_on_time": QT_TRANSLATE_NOOP("Report", "Filed on time"),
    "filings_late": QT_TRANSLATE_NOOP("Report", "Filed late"),
    "filings_not_filed": QT_TRANSLATE_NOOP("Report", "Not filed yet"),
    "incidents_reported": QT_TRANSLATE_NOOP("Report", "Incidents (drills not counted)"),
    "incidents_drills": QT_TRANSLATE_NOOP("Report", "Drills"),
    "incidents_sync": QT_TRANSLATE_NOOP("Report", "Sync incidents"),
    "incidents_offline_minutes": QT_TRANSLATE_NOOP("Report", "Minutes offline"),
    "incidents_open": QT_TRANSLATE_NOOP("Report", "Incidents open at the end"),
    "incident_kind": QT_TRANSLATE_NOOP("Report", "Incident kind: {kind}"),
}
TITLES = {
    "efficiency": QT_TRANSLATE_NOOP("Report", "1. Efficiency"),
    "returns_and_rejections": QT_TRANSLATE_NOOP("Report", "2. Returns and rejections by reason"),
    "post_review": QT_TRANSLATE_NOOP("Report", "3. Post-review findings and rectification"),
    "satisfaction": QT_TRANSLATE_NOOP("Report", "4. Customer satisfaction"),
    "risk_control": QT_TRANSLATE_NOOP("Report", "5. Risk control"),
    "compliance": QT_TRANSLATE_NOOP("Report", "6. Compliance (filings on time)"),
    "system_support": QT_TRANSLATE_NOOP("Report", "7. System support (offline and sync incidents)"),
}


def words(code: str, **params: str) -> str:
    """A report line in the user's language (the PDF keeps Chinese: teller_app/documents).

    A line the core added that this screen has no words for gets a general line (its figures still shown),
    and the log names its code."""
    if code not in LINES:
        _log.warning("report line %s has no words on the screen", code)
        return tr("Report", "A figure this screen has no name for (see the PDF report)")
    shown = {}
    for name, value in params.items():
        if name == "step":
            shown[name] = step_label(value)
        elif name == "reason":
            shown[name] = reason_name(value)
        elif name == "level":
            shown[name] = word(DECISIONS, value) if value == "unrated" else risk_level_label(value)
        else:
            table = {
                "category": FINDING_CATEGORIES,
                "severity": SEVERITIES,
                "decision": DECISIONS,
                "kind": INCIDENT_KINDS,
            }.get(name, {})
            shown[name] = word(table, value)
    return tr("Report", LINES[code], **shown)


def current_quarter(today: date) -> str:
    return f"{today.year}Q{(today.month - 1) // 3 + 1}"


class ReportDialog(Retranslating, QDialog):
    def __init__(self, calls: Any, tasks: Any, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.resize(820, 600)
        self._calls = calls
        self._tasks = tasks
        self._session = session
        self.report: Any = None
        self.written: list[str] = []
        self.period_label = label("reportPeriodLabel")
        self.period = named(QLineEdit(current_quarter(date.today())), "reportPeriod")
        self.bank_wide = named(QCheckBox(), "reportBankWide")
        self.compute = named(QPushButton(), "computeReport")
        self.compute.clicked.connect(self.load)
        self.table = plain_table("reportTable")
        self.save_pdf = named(QPushButton(), "saveReportPdf")
        self.save_pdf.clicked.connect(self._choose_pdf)
        self.save_csv = named(QPushButton(), "saveReportCsv")
        self.save_csv.clicked.connect(self._choose_csv)
        self.close_button = named(QPushButton(), "closeReport")
        self.close_button.clicked.connect(self.accept)
        self.message = label("reportMessage", "error")
        self.message.hide()
        self.saved = label("reportSaved", "hint")
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period, 1)
        top.addWidget(self.bank_wide)
        top.addWidget(self.compute)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        bottom.addWidget(self.save_pdf)
        bottom.addWidget(self.save_csv)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._enable()
        self.retranslate()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def load(self) -> None:
        self.message.hide()
        self._tasks.run(
            self._calls.evaluation,
            self._session,
            self.period.text(),
            self.bank_wide.isChecked(),
            on_done=self.show_report,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Supervision", "Computing the report…"),
        )

    def show_report(self, report: Any) -> None:
        self.report = report
        self._enable()
        self.retranslate()

    def save(self, pdf: str | None, csv_folder: str | None) -> None:
        if self.report is None:
            return
        self._tasks.run(
            self._calls.write_report,
            self._session,
            self.report,
            pdf,
            csv_folder,
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
            writes=False,
        )

    def _saved(self, paths: list[str]) -> None:
        import os

        self.written = list(paths)
        folder = os.path.commonpath([os.path.dirname(p) for p in paths]) if paths else ""
        self.saved.setText(
            tr("Supervision", "Saved {count} file(s) in {folder}", count=len(paths), folder=folder)
        )
        self.saved.setToolTip("\n".join(paths))

    def _choose_pdf(self) -> None:
        name = f"evaluation-{self.report.current.period.name}.pdf" if self.report else "evaluation.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Supervision", "Save the report as PDF"), name, "PDF (*.pdf)"
        )
        if path:
            self.save(path, None)

    def _choose_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Supervision", "Folder for the CSV files"))
        if folder:
            self.save(None, folder)

    def _enable(self) -> None:
        for button in (self.save_pdf, self.save_csv):
            button.setEnabled(self.report is not None)

    def retranslate(self) -> None:
        from teller_app.documents.evaluation_report import sections

        self.setWindowTitle(tr("Supervision", "Evaluation report"))
        self.period_label.setText(tr("Supervision", "Period"))
        self.period.setPlaceholderText(tr("Supervision", "2026Q4, 2026H2 or 2026-10-01..2026-12-31"))
        self.period.setAccessibleName(tr("Supervision", "Period"))
        self.bank_wide.setText(tr("Supervision", "Whole bank (central database)"))
        self.compute.setText(tr("Supervision", "&Compute"))
        self.save_pdf.setText(tr("Supervision", "Save &PDF…"))
        self.save_csv.setText(tr("Supervision", "Save C&SV…"))
        self.close_button.setText(tr("Supervision", "Close"))
        self.table.setAccessibleName(tr("Supervision", "Evaluation report"))
        if self.report is None:
            fill_table(self.table, [], [])
            return
        rows: list[list[Any]] = []
        for name, lines in sections(self.report, words).items():
            rows.append([tr("Report", TITLES[name]), "", ""])
            rows += [[f"    {a}", "—" if b is None else b, "—" if c is None else c] for a, b, c in lines]
        fill_table(
            self.table,
            [
                tr("Supervision", "Figure"),
                self.report.current.period.name,
                self.report.previous.period.name,
            ],
            rows,
        )
