"""Identity (身份核验): credit code, legal representative, agent, or the individual's ID; checked as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from teller_app.domain.identifiers import (
    validate_mobile,
    validate_passport,
    validate_resident_id,
    validate_uscc,
)
from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets import label, named
from ui.wizard.fields import CheckedField
from ui.wizard.page import StepPage

CHECK_RESULTS = {
    "match": QT_TRANSLATE_NOOP("Identity", "Online ID check: identity matches"),
    "mismatch": QT_TRANSLATE_NOOP("Identity", "Online ID check: NOT matching — the case cannot go on"),
    "not_found": QT_TRANSLATE_NOOP("Identity", "Online ID check: number not in the database"),
}
PEOPLE = {
    "legal_representative": QT_TRANSLATE_NOOP("Identity", "Legal representative"),
    "agent": QT_TRANSLATE_NOOP("Identity", "Agent"),
    "customer": QT_TRANSLATE_NOOP("Identity", "Customer"),
}


def _person_box(prefix: str) -> tuple[QGroupBox, CheckedField, CheckedField, CheckedField, QFormLayout]:
    box = named(QGroupBox(), prefix + "Box")
    name = CheckedField(prefix + "Name")
    number = CheckedField(prefix + "IdNumber", validate_resident_id)
    phone = CheckedField(prefix + "Phone", validate_mobile)
    form = QFormLayout(box)
    return box, name, number, phone, form


class IdentityPage(StepPage):
    step = Step.IDENTITY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityPage")
        self.organisation = True
        self.agent_acts = False
        self.credit_code = CheckedField("creditCode", validate_uscc)
        self.address = CheckedField("customerAddress")
        self.phone = CheckedField("customerPhone")
        self.id_type = named(QComboBox(), "idType")
        self.id_type.addItem("", "resident_id")
        self.id_type.addItem("", "passport")
        self.id_type.currentIndexChanged.connect(self._id_type_changed)
        self.customer_id = CheckedField("customerIdNumber", validate_resident_id)
        self.rep_box, self.rep_name, self.rep_id, self.rep_phone, rep_form = _person_box(
            "legalRepresentative"
        )
        self.agent_box, self.agent_name, self.agent_id, self.agent_phone, agent_form = _person_box("agent")
        self.rep_labels = [label(f"legalRepresentative{n}Label") for n in ("Name", "Id", "Phone")]
        self.agent_labels = [label(f"agent{n}Label") for n in ("Name", "Id", "Phone")]
        for form, captions, fields in (
            (rep_form, self.rep_labels, (self.rep_name, self.rep_id, self.rep_phone)),
            (agent_form, self.agent_labels, (self.agent_name, self.agent_id, self.agent_phone)),
        ):
            for caption, field in zip(captions, fields, strict=True):
                form.addRow(caption, field)
        self.customer_box = named(QGroupBox(), "customerIdentityBox")
        form = QFormLayout(self.customer_box)
        self.captions = [
            label(n)
            for n in ("creditCodeLabel", "idTypeLabel", "idNumberLabel", "addressLabel", "phoneLabel")
        ]
        self._org_rows = (self.credit_code,)
        self._individual_rows = (self.id_type, self.customer_id)
        form.addRow(self.captions[0], self.credit_code)
        form.addRow(self.captions[1], self.id_type)
        form.addRow(self.captions[2], self.customer_id)
        form.addRow(self.captions[3], self.address)
        form.addRow(self.captions[4], self.phone)
        self.customer_form = form
        for caption, buddy in zip(
            self.captions,
            (self.credit_code.edit, self.id_type, self.customer_id.edit, self.address.edit, self.phone.edit),
            strict=True,
        ):
            caption.setBuddy(buddy)
        self.online_check = label("onlineCheckResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_box)
        layout.addWidget(self.rep_box)
        layout.addWidget(self.agent_box)
        layout.addWidget(self.online_check)
        layout.addStretch(1)
        for field in self._all_fields():
            self.enter_goes_next(field.edit)
        self.retranslate()
        self._arrange()

    def _all_fields(self) -> list[CheckedField]:
        return [
            self.credit_code,
            self.customer_id,
            self.address,
            self.phone,
            self.rep_name,
            self.rep_id,
            self.rep_phone,
            self.agent_name,
            self.agent_id,
            self.agent_phone,
        ]

    def retranslate(self) -> None:
        self.customer_box.setTitle(tr("Identity", "Customer"))
        self.rep_box.setTitle(tr("Identity", "Legal representative (or person in charge)"))
        self.agent_box.setTitle(tr("Identity", "Agent acting for the customer"))
        texts = [
            tr("Identity", "Unified social &credit code:"),
            tr("Identity", "ID type:"),
            tr("Identity", "ID &number:"),
            tr("Identity", "Address:"),
            tr("Identity", "Phone:"),
        ]
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        for captions in (self.rep_labels, self.agent_labels):
            for caption, text in zip(
                captions,
                (tr("Identity", "Name:"), tr("Identity", "Resident ID number:"), tr("Identity", "Mobile:")),
                strict=True,
            ):
                caption.setText(text)
        self.id_type.setItemText(0, tr("Identity", "Resident ID card"))
        self.id_type.setItemText(1, tr("Identity", "Passport"))
        names = {
            self.credit_code: tr("Identity", "Unified social credit code"),
            self.customer_id: tr("Identity", "ID number"),
            self.address: tr("Identity", "Address"),
            self.phone: tr("Identity", "Phone"),
            self.rep_name: tr("Identity", "Legal representative's name"),
            self.rep_id: tr("Identity", "Legal representative's ID number"),
            self.rep_phone: tr("Identity", "Legal representative's mobile"),
            self.agent_name: tr("Identity", "Agent's name"),
            self.agent_id: tr("Identity", "Agent's ID number"),
            self.agent_phone: tr("Identity", "Agent's mobile"),
        }
        for checked, name in names.items():
            checked.edit.setAccessibleName(name)
            checked.check()
        self.id_type.setAccessibleName(tr("Identity", "ID type"))
        self.credit_code.edit.setPlaceholderText(tr("Identity", "18 characters, as on the business licence"))
        self._show_online_check()

    def load(self, case: CaseView | None) -> None:
        if case is not None:
            self.organisation = case.customer_kind != "individual"
            self.agent_acts = case.entries.get("intake", {}).get("present") == "agent"
        super().load(case)
        self._arrange()
        self._show_online_check()

    def _arrange(self) -> None:
        for row in self._org_rows:
            self.customer_form.setRowVisible(row, self.organisation)
        for other in self._individual_rows:
            self.customer_form.setRowVisible(other, not self.organisation)
        self.rep_box.setVisible(self.organisation)
        self.agent_box.setVisible(self.agent_acts)

    def _id_type_changed(self) -> None:
        passport = self.id_type.currentData() == "passport"
        self.customer_id.set_validator(validate_passport if passport else validate_resident_id)
        self.changed.emit()

    def _show_online_check(self) -> None:
        saved = self.case.entries.get("identity", {}) if self.case else {}
        results = saved.get("online_check") if isinstance(saved, dict) else None
        if not isinstance(results, dict) or not results:
            self.online_check.setText(
                tr("Identity", "The online ID check (联网核查) runs when you press Next.")
            )
            return
        lines = [
            f"{tr('Identity', PEOPLE.get(str(who), str(who)))}: "
            f"{tr('Identity', CHECK_RESULTS.get(str(result), str(result)))}"
            for who, result in results.items()
        ]
        self.online_check.setText("\n".join(lines))

    def set_entries(self, entries: dict[str, object]) -> None:
        def person(key: str) -> dict[str, object]:
            value = entries.get(key)
            return value if isinstance(value, dict) else {}

        self.credit_code.set_text(str(entries.get("credit_code", "")))
        self.customer_id.set_text(str(entries.get("id_number", "")))
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(entries.get("id_type", "resident_id"))))
        self.address.set_text(str(entries.get("address", "")))
        self.phone.set_text(str(entries.get("phone", "")))
        for prefix, (name, number, phone) in (
            ("legal_representative", (self.rep_name, self.rep_id, self.rep_phone)),
            ("agent", (self.agent_name, self.agent_id, self.agent_phone)),
        ):
            data = person(prefix)
            name.set_text(str(data.get("name", "")))
            number.set_text(str(data.get("id_number", "")))
            phone.set_text(str(data.get("phone", "")))

    def entries(self) -> dict[str, object]:
        data: dict[str, object] = {"address": self.address.text(), "phone": self.phone.text()}
        if self.organisation:
            data["credit_code"] = self.credit_code.text()
            data["legal_representative"] = {
                "name": self.rep_name.text(),
                "id_number": self.rep_id.text(),
                "phone": self.rep_phone.text(),
            }
        else:
            data["id_type"] = self.id_type.currentData()
            data["id_number"] = self.customer_id.text()
        if self.agent_acts:
            data["agent"] = {
                "name": self.agent_name.text(),
                "id_number": self.agent_id.text(),
                "phone": self.agent_phone.text(),
            }
        return data

    def blocking_reason(self) -> str | None:
        required = [self.rep_name, self.rep_id, self.credit_code] if self.organisation else [self.customer_id]
        if self.agent_acts:
            required += [self.agent_name, self.agent_id]
        for field in required:
            if not field.text():
                return tr("Identity", "Fill in: {field}.", field=field.edit.accessibleName())
        for field in self._all_fields():
            if field.isVisibleTo(self) and field.check():
                return tr("Identity", "Correct: {field}.", field=field.edit.accessibleName())
        return None
