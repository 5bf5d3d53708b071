"""Risk rating and limits (风险评级, 额度核定): the factors, score, level, each factor's contribution, limits.

Every input is picked from a code list (GB/T 4754 industries, GB/T 2260 regions, ISO 3166 countries) or
answered yes/no; nothing is preset: the region and the countries are proposed from the identity and the
owners' records, and an empty input is named beside its field and keeps the Rate button from rating.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import tr
from ui.keyboard import CodeTypeAhead
from ui.names import code_name
from ui.tables import fill_rows
from ui.widgets import label, named, set_role
from ui.wizard.page import StepPage
from ui.wizard.risk_words import QUESTIONS, rating_shown

NOT_ANSWERED = -1


class _Row(QWidget):
    """An input with the reason it cannot be used shown right under it."""

    def __init__(self, widget: QWidget, object_name: str, *extra: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.problem = label(object_name + "Problem", "error")
        self.problem.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        for item in extra:
            line.addWidget(item)
        box.addLayout(line)
        box.addWidget(self.problem)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        set_role(self.widget, "invalid" if text else "")


def _combo(object_name: str) -> QComboBox:
    combo = named(QComboBox(), object_name)
    combo.setMaxVisibleItems(20)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


class RiskPage(StepPage):
    step = Step.RISK

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPage")
        self.industry = _combo("industry")
        self.region = _combo("region")
        self.country = _combo("country")
        self.nationality_picker = _combo("nationalityPicker")
        self.add_nationality = named(QPushButton(), "addNationality")
        self.remove_nationality = named(QPushButton(), "removeNationality")
        self.nationalities = named(QListWidget(), "nationalities")
        self.nationalities.setMaximumHeight(70)
        self.add_nationality.clicked.connect(self._add_nationality)
        self.remove_nationality.clicked.connect(self._remove_nationality)
        self._fill_lists()
        for picker in (self.industry, self.region, self.country, self.nationality_picker):
            CodeTypeAhead(picker)  # "F5181" or "310000" typed picks the item
        self.years = named(QSpinBox(), "yearsInBusiness")
        self.years.setRange(NOT_ANSWERED, 200)
        self.years.setValue(NOT_ANSWERED)
        self.answers = {key: _combo(key.replace("_", " ").title().replace(" ", "")) for key in QUESTIONS}
        for combo in self.answers.values():
            combo.setObjectName(combo.objectName()[0].lower() + combo.objectName()[1:])
            for value in (None, True, False):
                combo.addItem("", value)
        self.remote = named(QCheckBox(), "nonFaceToFace")
        self.edd_note = named(QPlainTextEdit(), "eddNote")
        self.edd_note.setMaximumHeight(70)
        self.edd_note.setTabChangesFocus(True)  # Tab leaves the note (no tabs in a note)
        self.proposal = label("riskProposal", "hint")
        self.proposal.setWordWrap(True)
        self.rate_button = named(QPushButton(), "rateRiskButton")
        self.rate_button.clicked.connect(self.rate)
        for combo in (self.industry, self.region, self.country, *self.answers.values()):
            combo.currentIndexChanged.connect(self.changed)
        self.years.valueChanged.connect(self.changed)
        self.edd_note.textChanged.connect(self.changed)
        self.rows = {
            "industry": _Row(self.industry, "industry"),
            "region": _Row(self.region, "region"),
            "country": _Row(self.country, "country"),
            "nationalities": _Row(self.nationality_picker, "nationalities", self.add_nationality),
            "years_in_business": _Row(self.years, "yearsInBusiness"),
            **{key: _Row(combo, combo.objectName()) for key, combo in self.answers.items()},
        }
        listed = QWidget()
        box = QVBoxLayout(listed)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.nationalities)
        box.addWidget(self.remove_nationality)
        fields: list[QWidget] = [
            self.rows["industry"],
            self.rows["region"],
            self.rows["country"],
            self.rows["nationalities"],
            listed,
            self.rows["years_in_business"],
            *(self.rows[key] for key in QUESTIONS),
            self.remote,
            self.edd_note,
        ]
        self.captions = [label(f"riskCaption{i}") for i in range(len(fields))]
        form = QFormLayout()
        for caption, field in zip(self.captions, fields, strict=True):
            caption.setWordWrap(True)
            form.addRow(caption, field)
        self.form = form
        self.summary = label("riskSummary", "subtitle")
        self.details = label("riskDetails")
        self.details.setWordWrap(True)
        self.table = named(QTableWidget(0, 4), "riskContributions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.proposal)
        left.addWidget(self.rate_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.details)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 3)
        self.retranslate()

    def _fill_lists(self) -> None:
        from teller_app import reference_data

        self.industry.addItem("", "")
        for code in reference_data.industries():
            self.industry.addItem("", code)
        self.region.addItem("", "")
        for code in reference_data.regions():
            self.region.addItem("", code)
        for combo in (self.country, self.nationality_picker):
            combo.addItem("", "")
            for code in reference_data.countries():
                combo.addItem("", code)

    def retranslate(self) -> None:
        from teller_app import reference_data

        industries = reference_data.industries()
        self.industry.setItemText(0, tr("Risk", "— choose the industry (GB/T 4754) —"))
        for i in range(1, self.industry.count()):
            item = industries[str(self.industry.itemData(i))]
            indent = "· " if item.parent else ""
            self.industry.setItemText(i, f"{indent}{code_name(item)}")
        self.region.setItemText(0, tr("Risk", "— choose the region (GB/T 2260) —"))
        for i in range(1, self.region.count()):
            code = str(self.region.itemData(i))
            self.region.setItemText(i, f"{code} {reference_data.region_label(code)}")
        countries = reference_data.countries()
        for combo in (self.country, self.nationality_picker):
            combo.setItemText(0, tr("Risk", "— choose a country or region (ISO 3166) —"))
            for i in range(1, combo.count()):
                combo.setItemText(i, code_name(countries[str(combo.itemData(i))]))
        self._show_nationalities()
        texts = [
            tr("Risk", "&Industry:"),
            tr("Risk", "&Region of registration or residence:"),
            tr("Risk", "Country of registration or &nationality:"),
            tr("Risk", "N&ationalities of the legal representative, owners and controllers:"),
            "",
            tr("Risk", "&Years in business:"),
            *(tr("Risk", QUESTIONS[key]) for key in QUESTIONS),
            tr("Risk", "Channel:"),
            tr("Risk", "Enhanced due diligence:"),
        ]
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        for caption, buddy in zip(
            self.captions,
            (
                self.industry,
                self.region,
                self.country,
                self.nationality_picker,
                self.nationalities,
                self.years,
                *self.answers.values(),
            ),
            strict=False,
        ):
            caption.setBuddy(buddy)
        self.industry.setAccessibleName(tr("Risk", "Industry"))
        self.region.setAccessibleName(tr("Risk", "Region"))
        self.country.setAccessibleName(tr("Risk", "Country of registration or nationality"))
        self.nationality_picker.setAccessibleName(tr("Risk", "Nationality to add"))
        self.nationalities.setAccessibleName(
            tr("Risk", "Nationalities of the legal representative and owners")
        )
        self.add_nationality.setText(tr("Risk", "A&dd"))
        self.add_nationality.setAccessibleName(tr("Risk", "Add the nationality"))
        self.remove_nationality.setText(tr("Risk", "Remove the selected nationality"))
        self.remove_nationality.setAccessibleName(self.remove_nationality.text())
        self.years.setAccessibleName(tr("Risk", "Years in business"))
        self.years.setSpecialValueText(tr("Risk", "— enter —"))
        for key, combo in self.answers.items():
            combo.setAccessibleName(tr("Risk", QUESTIONS[key]))
            combo.setItemText(0, tr("Risk", "— answer —"))
            combo.setItemText(1, tr("Risk", "Yes"))
            combo.setItemText(2, tr("Risk", "No"))
        self.remote.setText(tr("Risk", "Not face to face (remote or video)"))
        self.remote.setAccessibleName(self.remote.text())
        self.edd_note.setAccessibleName(tr("Risk", "Enhanced due diligence note"))
        self.edd_note.setPlaceholderText(tr("Risk", "Required for a high-risk customer"))
        self.rate_button.setText(tr("Risk", "Rate the ris&k"))
        self.rate_button.setAccessibleName(tr("Risk", "Rate the risk"))
        self.table.setHorizontalHeaderLabels(
            [tr("Risk", "Factor"), tr("Risk", "Weight"), tr("Risk", "Points"), tr("Risk", "Why")]
        )
        self.table.setAccessibleName(tr("Risk", "Contribution of each factor"))
        self._show_result()

    # -- nationalities ----------------------------------------------------------------------------------

    def _chosen_nationalities(self) -> list[str]:
        return [
            str(self.nationalities.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.nationalities.count())
        ]

    def _set_nationalities(self, codes: list[str]) -> None:
        self.nationalities.clear()
        for code in dict.fromkeys(codes):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.nationalities.addItem(item)
        self._show_nationalities()

    def _show_nationalities(self) -> None:
        from teller_app import reference_data

        countries = reference_data.countries()
        english = QLocale().language() != QLocale.Language.Chinese
        for i in range(self.nationalities.count()):
            item = self.nationalities.item(i)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            known = countries.get(code)
            name = (known.name_en if english else known.name_zh) if known else code
            item.setText(f"{code} {name}")

    def _add_nationality(self) -> None:
        code = self.nationality_picker.currentData()
        if code and code not in self._chosen_nationalities():
            self._set_nationalities([*self._chosen_nationalities(), str(code)])
            self.changed.emit()
        self.rows["nationalities"].show_problem(None)

    def _remove_nationality(self) -> None:
        row = self.nationalities.currentRow()
        if row >= 0:
            self.nationalities.takeItem(row)
            self.changed.emit()

    # -- entries -----------------------------------------------------------------------------------------

    def set_entries(self, entries: dict[str, object]) -> None:
        self.industry.setCurrentIndex(max(0, self.industry.findData(entries.get("industry") or "")))
        self.region.setCurrentIndex(max(0, self.region.findData(entries.get("region") or "")))
        self.country.setCurrentIndex(max(0, self.country.findData(entries.get("country") or "")))
        nationalities = entries.get("nationalities")
        self._set_nationalities([str(n) for n in nationalities] if isinstance(nationalities, list) else [])
        years = entries.get("years_in_business")
        self.years.setValue(years if isinstance(years, int) and not isinstance(years, bool) else NOT_ANSWERED)
        for key, combo in self.answers.items():
            value = entries.get(key)
            combo.setCurrentIndex({True: 1, False: 2}.get(value, 0) if isinstance(value, bool) else 0)
        self.remote.setChecked(bool(entries.get("non_face_to_face")))
        self.edd_note.setPlainText(str(entries.get("edd_note", "")))
        self._show_result()

    def entries(self) -> dict[str, object]:
        data: dict[str, object] = {
            "industry": self.industry.currentData() or "",
            "region": self.region.currentData() or "",
            "country": self.country.currentData() or "",
            "non_face_to_face": self.remote.isChecked(),
            "edd_note": self.edd_note.toPlainText().strip(),
        }
        if self._organisation():
            data["nationalities"] = self._chosen_nationalities()
            if self.years.value() != NOT_ANSWERED:
                data["years_in_business"] = self.years.value()
        for key, combo in self.answers.items():
            if isinstance(combo.currentData(), bool):
                data[key] = combo.currentData()
        return data

    def _organisation(self) -> bool:
        return self.case is None or self.case.customer_kind != "individual"

    def _propose(self) -> None:
        """Fill what the identity and the owners' records say, where the teller has not chosen yet."""
        from teller_app import reference_data

        if self.case is None:
            return
        identity = self.case.entries.get("identity", {})
        owners = self.case.entries.get("beneficial_owners", {})
        proposed = []
        region = reference_data.proposed_region(identity)
        if region and not self.region.currentData():
            self.region.setCurrentIndex(max(0, self.region.findData(region)))
            proposed.append(tr("Risk", "the region from the credit code or ID number"))
        country = reference_data.proposed_country(identity)
        if country and not self.country.currentData():
            self.country.setCurrentIndex(max(0, self.country.findData(country)))
            proposed.append(tr("Risk", "the country from the identity document"))
        nationalities = reference_data.proposed_nationalities(identity, owners)
        if self._organisation() and nationalities and not self._chosen_nationalities():
            self._set_nationalities(nationalities)
            proposed.append(tr("Risk", "the nationalities from the owners' records"))
        self.proposal.setText(
            tr("Risk", "Proposed: {what}. Check them against the documents.", what="; ".join(proposed))
            if proposed
            else ""
        )

    def missing_inputs(self) -> dict[str, str]:
        """Each empty input and the sentence shown beside it."""
        missing: dict[str, str] = {}
        if not self.industry.currentData():
            missing["industry"] = tr("Risk", "Choose the industry.")
        if not self.region.currentData():
            missing["region"] = tr("Risk", "Choose the region.")
        if not self.country.currentData():
            missing["country"] = tr("Risk", "Choose the country.")
        if self._organisation() and not self._chosen_nationalities():
            missing["nationalities"] = tr("Risk", "Add at least one nationality.")
        if self._organisation() and self.years.value() == NOT_ANSWERED:
            missing["years_in_business"] = tr("Risk", "Enter the years in business (0 for under a year).")
        for key, combo in self.answers.items():
            if not isinstance(combo.currentData(), bool):
                missing[key] = tr("Risk", "Answer yes or no.")
        return missing

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        organisation = self._organisation()
        for key in ("nationalities", "years_in_business"):
            self.form.setRowVisible(self.rows[key], organisation)
        self.form.setRowVisible(self.nationalities.parentWidget(), organisation)
        self._propose()
        self._show_result()

    def rate(self) -> None:
        missing = self.missing_inputs()
        for key, row in self.rows.items():
            row.show_problem(missing.get(key))
        if missing:
            return
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
        summary, role, details, cells = rating_shown(self.rating())
        self.summary.setText(summary)
        set_role(self.summary, role)
        self.details.setText(details)
        fill_rows(self.table, cells)

    def blocking_reason(self) -> str | None:
        rating = self.rating()
        if not rating:
            return tr("Risk", "Rate the risk first.")
        if rating.get("level") == "high" and not self.edd_note.toPlainText().strip():
            return tr("Risk", "A high-risk customer needs the enhanced due diligence note.")
        return None
