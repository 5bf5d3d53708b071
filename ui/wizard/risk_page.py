"""Risk rating and limits (风险评级, 额度核定): the factors, score, level, each factor's contribution, limits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import money, risk_level_label, role_label
from ui.widgets import label, named, set_role
from ui.wizard.page import StepPage

INDUSTRIES = {
    "manufacturing": QT_TRANSLATE_NOOP("Risk", "Manufacturing"),
    "retail": QT_TRANSLATE_NOOP("Risk", "Retail and catering"),
    "technology": QT_TRANSLATE_NOOP("Risk", "Technology and services"),
    "import_export": QT_TRANSLATE_NOOP("Risk", "Import and export trade"),
    "real_estate_agency": QT_TRANSLATE_NOOP("Risk", "Real estate agency"),
    "pawn": QT_TRANSLATE_NOOP("Risk", "Pawn shop"),
    "used_vehicles": QT_TRANSLATE_NOOP("Risk", "Used vehicles"),
    "art_antiques": QT_TRANSLATE_NOOP("Risk", "Art and antiques"),
    "cash_intensive": QT_TRANSLATE_NOOP("Risk", "Cash-intensive business"),
    "precious_metals": QT_TRANSLATE_NOOP("Risk", "Precious metals"),
    "money_services": QT_TRANSLATE_NOOP("Risk", "Money services"),
    "virtual_assets": QT_TRANSLATE_NOOP("Risk", "Virtual assets"),
}
FACTORS = {
    "customer_kind": QT_TRANSLATE_NOOP("Risk", "Customer kind"),
    "ownership": QT_TRANSLATE_NOOP("Risk", "Ownership layers"),
    "business_age": QT_TRANSLATE_NOOP("Risk", "Years in business"),
    "nationality": QT_TRANSLATE_NOOP("Risk", "Nationality"),
    "geography": QT_TRANSLATE_NOOP("Risk", "Region"),
    "industry": QT_TRANSLATE_NOOP("Risk", "Industry"),
    "product": QT_TRANSLATE_NOOP("Risk", "Account type"),
    "channel": QT_TRANSLATE_NOOP("Risk", "Channel"),
}
EXPLANATIONS = {
    "risk.customer_kind": QT_TRANSLATE_NOOP("Risk", "by customer kind"),
    "risk.product": QT_TRANSLATE_NOOP("Risk", "by account type"),
    "risk.business_age.established": QT_TRANSLATE_NOOP("Risk", "established business"),
    "risk.business_age.new": QT_TRANSLATE_NOOP("Risk", "new business"),
    "risk.business_age.young": QT_TRANSLATE_NOOP("Risk", "young business"),
    "risk.business_age.not_applicable": QT_TRANSLATE_NOOP("Risk", "not applicable"),
    "risk.channel.agent": QT_TRANSLATE_NOOP("Risk", "an agent acts for the customer"),
    "risk.channel.counter": QT_TRANSLATE_NOOP("Risk", "face to face at the counter"),
    "risk.channel.online_pre_application": QT_TRANSLATE_NOOP("Risk", "online pre-application"),
    "risk.channel.non_face_to_face": QT_TRANSLATE_NOOP("Risk", "not face to face"),
    "risk.geography.high_risk": QT_TRANSLATE_NOOP("Risk", "high-risk region"),
    "risk.geography.ordinary": QT_TRANSLATE_NOOP("Risk", "ordinary region"),
    "risk.industry.elevated": QT_TRANSLATE_NOOP("Risk", "elevated-risk industry"),
    "risk.industry.high_risk": QT_TRANSLATE_NOOP("Risk", "high-risk industry"),
    "risk.industry.ordinary": QT_TRANSLATE_NOOP("Risk", "ordinary industry"),
    "risk.nationality.domestic": QT_TRANSLATE_NOOP("Risk", "domestic"),
    "risk.nationality.foreign": QT_TRANSLATE_NOOP("Risk", "foreign nationality"),
    "risk.nationality.high_risk": QT_TRANSLATE_NOOP("Risk", "high-risk nationality"),
    "risk.ownership.complex": QT_TRANSLATE_NOOP("Risk", "complex ownership"),
    "risk.ownership.layered": QT_TRANSLATE_NOOP("Risk", "layered ownership"),
    "risk.ownership.simple": QT_TRANSLATE_NOOP("Risk", "simple ownership"),
}


class RiskPage(StepPage):
    step = Step.RISK

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPage")
        self.industry = named(QComboBox(), "industry")
        for code in INDUSTRIES:
            self.industry.addItem("", code)
        self.region = named(QLineEdit("CN-"), "region")
        self.nationalities = named(QLineEdit("CN"), "nationalities")
        self.years = named(QSpinBox(), "yearsInBusiness")
        self.years.setRange(0, 200)
        self.remote = named(QCheckBox(), "nonFaceToFace")
        self.edd_note = named(QPlainTextEdit(), "eddNote")
        self.edd_note.setMaximumHeight(70)
        self.rate_button = named(QPushButton(), "rateRiskButton")
        self.rate_button.clicked.connect(self.rate)
        for widget in (self.industry,):
            widget.currentIndexChanged.connect(self.changed)
        self.edd_note.textChanged.connect(self.changed)
        self.captions = [label(f"riskCaption{i}") for i in range(6)]
        form = QFormLayout()
        for caption, field in zip(
            self.captions,
            (self.industry, self.region, self.nationalities, self.years, self.remote, self.edd_note),
            strict=True,
        ):
            form.addRow(caption, field)
        self.summary = label("riskSummary", "subtitle")
        self.details = label("riskDetails")
        self.table = named(QTableWidget(0, 4), "riskContributions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.rate_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.details)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.retranslate()

    def retranslate(self) -> None:
        for i in range(self.industry.count()):
            self.industry.setItemText(i, tr("Risk", INDUSTRIES[self.industry.itemData(i)]))
        texts = [
            tr("Risk", "&Industry:"),
            tr("Risk", "&Region (e.g. CN-31):"),
            tr("Risk", "&Nationalities of owners:"),
            tr("Risk", "&Years in business:"),
            tr("Risk", "Channel:"),
            tr("Risk", "Enhanced due diligence:"),
        ]
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.captions[0].setBuddy(self.industry)
        self.captions[1].setBuddy(self.region)
        self.captions[2].setBuddy(self.nationalities)
        self.captions[3].setBuddy(self.years)
        self.industry.setAccessibleName(tr("Risk", "Industry"))
        self.region.setAccessibleName(tr("Risk", "Region"))
        self.nationalities.setAccessibleName(tr("Risk", "Nationalities of owners, separated by commas"))
        self.years.setAccessibleName(tr("Risk", "Years in business"))
        self.remote.setText(tr("Risk", "Not face to face (remote or video)"))
        self.remote.setAccessibleName(self.remote.text())
        self.edd_note.setAccessibleName(tr("Risk", "Enhanced due diligence note"))
        self.edd_note.setPlaceholderText(tr("Risk", "Required for a high-risk customer"))
        self.rate_button.setText(tr("Risk", "&Rate the risk"))
        self.rate_button.setAccessibleName(tr("Risk", "Rate the risk"))
        self.table.setHorizontalHeaderLabels(
            [tr("Risk", "Factor"), tr("Risk", "Weight"), tr("Risk", "Points"), tr("Risk", "Why")]
        )
        self.table.setAccessibleName(tr("Risk", "Contribution of each factor"))
        self._show_result()

    def set_entries(self, entries: dict[str, object]) -> None:
        self.industry.setCurrentIndex(max(0, self.industry.findData(entries.get("industry"))))
        self.region.setText(str(entries.get("region", "CN-")))
        nationalities = entries.get("nationalities")
        if isinstance(nationalities, list):
            self.nationalities.setText(", ".join(str(n) for n in nationalities))
        years = entries.get("years_in_business")
        self.years.setValue(years if isinstance(years, int) else 0)
        self.remote.setChecked(bool(entries.get("non_face_to_face")))
        self.edd_note.setPlainText(str(entries.get("edd_note", "")))
        self._show_result()

    def entries(self) -> dict[str, object]:
        data: dict[str, object] = {
            "industry": self.industry.currentData(),
            "region": self.region.text().strip().upper(),
            "nationalities": [n.strip().upper() for n in self.nationalities.text().split(",") if n.strip()],
            "non_face_to_face": self.remote.isChecked(),
            "edd_note": self.edd_note.toPlainText().strip(),
        }
        if self.case is None or self.case.customer_kind != "individual":
            data["years_in_business"] = self.years.value()
        return data

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self.years.setEnabled(case is None or case.customer_kind != "individual")
        self._show_result()

    def rate(self) -> None:
        self.check_entries(self._rated, self._refused, tr("Risk", "Rating the risk…"))

    def _refused(self, error: BaseException) -> None:
        self.show_error(error)
        if self.case is not None:  # a draft with the rating may have been saved (a high level needs EDD)
            self.tasks.run(
                self.backend.load_case, self.session, self.case.case_id, on_done=self._rated, owner=self
            )

    def _rated(self, case: CaseView) -> None:
        self.case = case
        self._show_result()
        self.caseUpdated.emit(case)
        self.changed.emit()

    def rating(self) -> dict[str, object]:
        saved = self.case.entries.get(self.step.value, {}) if self.case else {}
        return saved if isinstance(saved, dict) and "level" in saved else {}

    def _show_result(self) -> None:
        rating = self.rating()
        if not rating:
            self.summary.setText(tr("Risk", "Not rated yet."))
            self.details.setText(tr("Risk", "Fill in the factors and press “Rate the risk”."))
            self.table.setRowCount(0)
            return
        level = str(rating.get("level"))
        self.summary.setText(
            tr(
                "Risk",
                "Score {score}: risk level {level}",
                score=rating.get("score"),
                level=risk_level_label(level),
            )
        )
        set_role(self.summary, "fail" if level in ("high", "medium_high") else "ok")
        limits = _mapping(rating.get("limits"))
        approvers = ", ".join(role_label(str(r)) for r in _items(rating.get("approver_roles")))
        lines = [
            tr("Risk", "Next review by {date}.", date=rating.get("next_review", "")),
            tr(
                "Risk",
                "Limits: {single} CNY per transaction, {daily} CNY per day.",
                single=money(limits.get("single", "—")),
                daily=money(limits.get("daily", "—")),
            ),
            tr("Risk", "Approval by: {roles}.", roles=approvers),
        ]
        if rating.get("enhanced_due_diligence"):
            lines.append(tr("Risk", "High risk: record the enhanced due diligence before going on."))
        self.details.setText("\n".join(lines))
        contributions = [c for c in _items(rating.get("contributions")) if isinstance(c, dict)]
        self.table.setRowCount(len(contributions))
        for r, c in enumerate(contributions):
            why = EXPLANATIONS.get(str(c.get("explanation")))
            cells = [
                tr("Risk", FACTORS.get(str(c.get("factor")), str(c.get("factor")))),
                str(c.get("weight", "")),
                str(c.get("points", "")),
                tr("Risk", why) if why else str(c.get("explanation", "")),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(r, column, QTableWidgetItem(text))

    def blocking_reason(self) -> str | None:
        rating = self.rating()
        if not rating:
            return tr("Risk", "Rate the risk first.")
        if rating.get("level") == "high" and not self.edd_note.toPlainText().strip():
            return tr("Risk", "A high-risk customer needs the enhanced due diligence note.")
        return None


def _mapping(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def _items(value: object) -> list[object]:
    return value if isinstance(value, list) else []
