"""Identity (身份核验): credit code, legal representative, agent, or the individual's ID; checked as typed.

Each person's ID document has its expiry date; each person the online ID check covers has the fields for
what the bank's verification terminal showed, and the check recorded so far.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from teller_app.domain.credit_codes import check_credit_code_kind
from teller_app.domain.customers import CustomerKind
from teller_app.domain.identifiers import (
    IdentifierWarning,
    uscc_warnings,
    validate_mobile,
    validate_passport,
    validate_resident_id,
    validate_uscc,
)
from teller_app.domain.steps import Step
from ui.backend import CaseView, IdCheckView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets import label, named
from ui.wizard.fields import CheckedField
from ui.wizard.id_check_fields import PersonCheckFields
from ui.wizard.page import StepPage

PEOPLE = {
    "legal_representative": QT_TRANSLATE_NOOP("Identity", "Legal representative"),
    "agent": QT_TRANSLATE_NOOP("Identity", "Agent"),
    "customer": QT_TRANSLATE_NOOP("Identity", "Customer"),
}


def _person_box(prefix: str) -> tuple[QGroupBox, CheckedField, CheckedField, CheckedField, QFormLayout]:
    box = named(QGroupBox(), prefix + "Box")
    name = CheckedField(prefix + "Name", entry="name")
    number = CheckedField(prefix + "IdNumber", validate_resident_id, entry="id_number")
    phone = CheckedField(prefix + "Phone", validate_mobile, entry="phone")
    form = QFormLayout(box)
    return box, name, number, phone, form


class IdentityPage(StepPage):
    step = Step.IDENTITY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityPage")
        self.organisation = True
        self.agent_acts = False
        self.credit_code = CheckedField(
            "creditCode", validate_uscc, warner=uscc_warnings, entry="credit_code"
        )
        self.address = CheckedField("customerAddress", entry="address")
        self.phone = CheckedField("customerPhone", entry="phone")
        self.id_type = named(QComboBox(), "idType")
        self.id_type.addItem("", "resident_id")
        self.id_type.addItem("", "passport")
        self.id_type.currentIndexChanged.connect(self._id_type_changed)
        self.customer_id = CheckedField("customerIdNumber", validate_resident_id, entry="id_number")
        self.rep_box, self.rep_name, self.rep_id, self.rep_phone, rep_form = _person_box(
            "legalRepresentative"
        )
        self.agent_box, self.agent_name, self.agent_id, self.agent_phone, agent_form = _person_box("agent")
        self.checks = {
            "legal_representative": PersonCheckFields(
                "legalRepresentative", "legal_representative", self.changed.emit
            ),
            "agent": PersonCheckFields("agent", "agent", self.changed.emit),
            "customer": PersonCheckFields("customer", "customer", self.changed.emit),
        }
        self.rep_labels = [label(f"legalRepresentative{n}Label") for n in ("Name", "Id", "Phone")]
        self.agent_labels = [label(f"agent{n}Label") for n in ("Name", "Id", "Phone")]
        for form, captions, fields in (
            (rep_form, self.rep_labels, (self.rep_name, self.rep_id, self.rep_phone)),
            (agent_form, self.agent_labels, (self.agent_name, self.agent_id, self.agent_phone)),
        ):
            for caption, field in zip(captions, fields, strict=True):
                form.addRow(caption, field)
        self.checks["legal_representative"].add_rows(rep_form)
        self.checks["agent"].add_rows(agent_form)
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
        before = form.rowCount()
        self.checks["customer"].add_rows(form)
        self._customer_check_rows = [
            form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget() for r in range(before, form.rowCount())
        ]
        self.customer_form = form
        for caption, buddy in zip(
            self.captions,
            (self.credit_code.edit, self.id_type, self.customer_id.edit, self.address.edit, self.phone.edit),
            strict=True,
        ):
            caption.setBuddy(buddy)
        self.online_check = label("onlineCheckResult", "hint")
        self.online_check.setWordWrap(True)
        for name_field, id_field, who in (
            (self.rep_name, self.rep_id, "legal_representative"),
            (self.agent_name, self.agent_id, "agent"),
            (None, self.customer_id, "customer"),
        ):
            for field in (name_field, id_field):
                if field is not None:
                    field.edit.textEdited.connect(self.checks[who].clear_entry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_box)
        layout.addWidget(self.rep_box)
        layout.addWidget(self.agent_box)
        layout.addWidget(self.online_check)
        layout.addStretch(1)
        for field in self._all_fields():
            self.enter_goes_next(field.edit)
        for checks in self.checks.values():
            for field in checks.line_edits():
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
        for who, checks in self.checks.items():
            checks.retranslate(tr("Identity", PEOPLE[who]))
        self._show_online_check()

    def load(self, case: CaseView | None) -> None:
        if case is not None:
            self.organisation = case.customer_kind != "individual"
            self.agent_acts = case.entries.get("intake", {}).get("present") == "agent"
            for checks in self.checks.values():
                checks.warning_days = case.id_expiry_warning_days
            warn_54 = case.warn_credit_code_category_54

            def warner(text: str) -> list[IdentifierWarning]:
                return uscc_warnings(text, warn_category_54=warn_54)

            kind = _customer_kind(case.customer_kind)
            if kind is not None:
                self.credit_code.set_validator(lambda text, k=kind: check_credit_code_kind(k, text), warner)
            else:
                self.credit_code.set_validator(validate_uscc, warner)
        super().load(case)
        self._arrange()
        self._show_online_check()

    def _arrange(self) -> None:
        for row in self._org_rows:
            self.customer_form.setRowVisible(row, self.organisation)
        for other in (*self._individual_rows, *self._customer_check_rows):
            self.customer_form.setRowVisible(other, not self.organisation)
        self.rep_box.setVisible(self.organisation)
        self.agent_box.setVisible(self.agent_acts)

    def _id_type_changed(self) -> None:
        passport = self.id_type.currentData() == "passport"
        self.customer_id.set_validator(validate_passport if passport else validate_resident_id)
        self.changed.emit()

    def _subjects(self) -> dict[str, tuple[str, str]]:
        customer = self.case.customer_name if self.case else ""
        return {
            "legal_representative": (self.rep_name.text(), self.rep_id.text()),
            "agent": (self.agent_name.text(), self.agent_id.text()),
            "customer": (customer, self.customer_id.text()),
        }

    def _show_online_check(self) -> None:
        records: dict[str, IdCheckView] = {c.person: c for c in self.case.id_checks} if self.case else {}
        subjects = self._subjects()
        for who, checks in self.checks.items():
            record = records.get(who)
            if record is not None and (
                record.id_number != subjects[who][1] or record.name != subjects[who][0]
            ):
                record = None  # about a name or number since corrected: check again
            checks.show_record(record)
        self.online_check.setText(
            tr(
                "Identity",
                "Record what the verification terminal (联网核查) shows for each person, or the configured "
                "service is asked when you press Next. Service unavailable: the case waits; a mismatch or a "
                "number not on record stops it.",
            )
        )

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
        verifications = person("verifications")
        for who, checks in self.checks.items():
            expiry = entries.get("id_expiry") if who == "customer" else person(who).get("id_expiry")
            checks.set_entries(str(expiry or ""), verifications.get(who))

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
        for who in self._people():
            expiry = self.checks[who].expiry_text()
            if who == "customer":
                data["id_expiry"] = expiry
            else:
                person = data[who]
                assert isinstance(person, dict)
                person["id_expiry"] = expiry
        verifications = {who: entry for who in self._people() if (entry := self.checks[who].entry())}
        if verifications:
            data["verifications"] = verifications
        return data

    def _people(self) -> list[str]:
        people = ["legal_representative"] if self.organisation else ["customer"]
        return people + (["agent"] if self.agent_acts else [])

    def blocking_reason(self) -> str | None:
        required = [self.rep_name, self.rep_id, self.credit_code] if self.organisation else [self.customer_id]
        if self.agent_acts:
            required += [self.agent_name, self.agent_id]
        required += [self.checks[who].expiry for who in self._people()]
        for field in required:
            if not field.text():
                return tr("Identity", "Fill in: {field}.", field=field.edit.accessibleName())
        for field in self._all_fields():
            if field.isVisibleTo(self) and field.check():
                return tr("Identity", "Correct: {field}.", field=field.edit.accessibleName())
        for who in self._people():
            problem = self.checks[who].check()
            if problem:
                return problem
        return None


def _customer_kind(value: str) -> CustomerKind | None:
    try:
        return CustomerKind(value)
    except ValueError:
        return None
