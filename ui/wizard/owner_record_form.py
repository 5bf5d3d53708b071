"""One person's beneficial-owner record on the owners page: the fields 《受益所有人信息管理办法》(2024) 第八条
lists, each with the core's problem right under it.

What does not apply is chosen explicitly: “Long-term (长期)” for an ID without an end date, “Still an
owner” for a relationship that lasts; the share is shown as computed, or as not applicable for an owner
by control only (whose means of control is asked instead).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from teller_app.domain.errors import TellerError
from teller_app.domain.id_documents import LONG_TERM
from teller_app.domain.owner_details import ID_TYPES, ONGOING, id_number_problem
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import code_name
from ui.widgets import label, named, set_role
from ui.wizard.fields import CheckedField
from ui.wizard.id_check_fields import _Choice as Choice

ID_TYPE_NAMES = {
    "resident_id": QT_TRANSLATE_NOOP("Owners", "Resident ID card"),
    "foreign_permanent_residence_id": QT_TRANSLATE_NOOP("Owners", "Foreign permanent residence ID card"),
    "passport": QT_TRANSLATE_NOOP("Owners", "Passport"),
    "hk_macao_permit": QT_TRANSLATE_NOOP(
        "Owners", "Mainland travel permit for Hong Kong and Macao residents"
    ),
    "taiwan_permit": QT_TRANSLATE_NOOP("Owners", "Mainland travel permit for Taiwan residents"),
}
TEXT_FIELDS = (
    "birth_date",
    "address",
    "contact",
    "id_number",
    "id_valid_from",
    "id_expiry",
    "relationship_from",
    "relationship_until",
    "control_means",
)


class OwnerRecordForm(QGroupBox):
    """The record of the person chosen in `subject`; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerRecordBox")
        self.subject = named(QComboBox(), "ownerRecordSubject")
        self.sex = Choice("ownerSex")
        for code in ("", "male", "female"):
            self.sex.combo.addItem("", code)
        self.nationality = Choice("ownerNationality")
        self._fill_countries()
        self.id_type = Choice("ownerIdType")
        for code in ("", *ID_TYPES):
            self.id_type.combo.addItem("", code)
        prefix = {name: "owner" + name.title().replace("_", "") for name in TEXT_FIELDS}
        self.fields = {name: CheckedField(prefix[name]) for name in TEXT_FIELDS}
        self.fields["id_number"].set_validator(self._check_number)
        self.long_term = named(QCheckBox(), "ownerIdLongTerm")
        self.ongoing = named(QCheckBox(), "ownerRelationshipOngoing")
        self.share = named(QLabel(), "ownerShare")
        self.share.setWordWrap(True)
        self.long_term.toggled.connect(lambda on: self._not_applicable("id_expiry", on))
        self.ongoing.toggled.connect(lambda on: self._not_applicable("relationship_until", on))
        rows: list[tuple[str, QWidget]] = [
            ("subject", self.subject),
            ("sex", self.sex),
            ("birth_date", self.fields["birth_date"]),
            ("nationality", self.nationality),
            ("address", self.fields["address"]),
            ("contact", self.fields["contact"]),
            ("id_type", self.id_type),
            ("id_number", self.fields["id_number"]),
            ("id_valid_from", self.fields["id_valid_from"]),
            ("id_expiry", _beside(self.fields["id_expiry"], self.long_term)),
            ("relationship_from", self.fields["relationship_from"]),
            ("relationship_until", _beside(self.fields["relationship_until"], self.ongoing)),
            ("share", self.share),
            ("control_means", self.fields["control_means"]),
        ]
        self.captions = {name: label(f"owner_{name}_caption") for name, _widget in rows}
        form = QFormLayout(self)
        # Each caption above its field: the panel is narrow.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for combo in (self.subject, self.sex.combo, self.nationality.combo, self.id_type.combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for name, widget in rows:
            form.addRow(self.captions[name], widget)
        buddies = {"subject": self.subject, "sex": self.sex.combo, "nationality": self.nationality.combo}
        buddies |= {"id_type": self.id_type.combo, **{n: f.edit for n, f in self.fields.items()}}
        for name, buddy in buddies.items():
            self.captions[name].setBuddy(buddy)
        order = [buddies[name] for name, _widget in rows if name in buddies]
        order.insert(order.index(self.fields["id_expiry"].edit) + 1, self.long_term)
        order.insert(order.index(self.fields["relationship_until"].edit) + 1, self.ongoing)
        for first, second in zip(order, order[1:], strict=False):  # Tab follows the form, top to bottom
            QWidget.setTabOrder(first, second)
        for combo in (self.sex.combo, self.nationality.combo, self.id_type.combo):
            combo.currentIndexChanged.connect(self.changed)
        self.id_type.combo.currentIndexChanged.connect(lambda _i: self.fields["id_number"].check())
        for field in self.fields.values():
            field.edit.textChanged.connect(self.changed)
        for box in (self.long_term, self.ongoing):
            box.toggled.connect(self.changed)
        self.retranslate()

    def _fill_countries(self) -> None:
        from teller_app import reference_data

        self.nationality.combo.addItem("", "")
        for code in reference_data.countries():
            self.nationality.combo.addItem("", code)
        self.nationality.combo.setMaxVisibleItems(20)

    def _check_number(self, text: str) -> None:
        problem = id_number_problem(str(self.id_type.combo.currentData() or "resident_id"), text)
        if problem is not None:
            raise problem

    def _not_applicable(self, name: str, on: bool) -> None:
        field = self.fields[name]
        field.edit.setEnabled(not on)
        if on:
            field.set_text("")

    def retranslate(self) -> None:
        from teller_app import reference_data

        self.setTitle(tr("Owners", "Beneficial owner's record (2024 rules)"))
        captions = {
            "subject": tr("Owners", "Record of:"),
            "sex": tr("Owners", "Se&x:"),
            "birth_date": tr("Owners", "Date of &birth:"),
            "nationality": tr("Owners", "Nationa&lity:"),
            "address": tr("Owners", "Residence or workplace a&ddress:"),
            "contact": tr("Owners", "Contact phone:"),
            "id_type": tr("Owners", "ID t&ype:"),
            "id_number": tr("Owners", "ID &number:"),  # n: Alt+U is the Supervision menu's
            "id_valid_from": tr("Owners", "ID valid from:"),
            "id_expiry": tr("Owners", "ID valid until:"),
            "relationship_from": tr("Owners", "Owner &since:"),
            "relationship_until": tr("Owners", "Owner until:"),
            "share": tr("Owners", "Share:"),
            "control_means": tr("Owners", "&Means of control:"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        for name, field in self.fields.items():
            field.edit.setAccessibleName(captions[name].replace("&", "").rstrip(":"))
        for choice, name in ((self.sex, "sex"), (self.nationality, "nationality"), (self.id_type, "id_type")):
            choice.combo.setAccessibleName(captions[name].replace("&", "").rstrip(":"))
        self.subject.setAccessibleName(tr("Owners", "Whose record"))
        self.sex.combo.setItemText(0, tr("Owners", "— choose —"))
        self.sex.combo.setItemText(1, tr("Owners", "Male"))
        self.sex.combo.setItemText(2, tr("Owners", "Female"))
        self.id_type.combo.setItemText(0, tr("Owners", "— choose —"))
        for i in range(1, self.id_type.combo.count()):
            self.id_type.combo.setItemText(
                i, tr("Owners", ID_TYPE_NAMES[str(self.id_type.combo.itemData(i))])
            )
        countries = reference_data.countries()
        self.nationality.combo.setItemText(0, tr("Owners", "— choose a country or region (ISO 3166) —"))
        for i in range(1, self.nationality.combo.count()):
            self.nationality.combo.setItemText(
                i, code_name(countries[str(self.nationality.combo.itemData(i))])
            )
        for name in ("birth_date", "id_valid_from", "id_expiry", "relationship_from", "relationship_until"):
            self.fields[name].edit.setPlaceholderText(tr("Owners", "YYYY-MM-DD"))
        self.fields["contact"].edit.setPlaceholderText(tr("Owners", "13800138000 or 021-68880001"))
        self.long_term.setText(tr("Owners", "Long-term (长期)"))
        self.long_term.setAccessibleName(tr("Owners", "The ID is valid long-term"))
        self.ongoing.setText(tr("Owners", "Still an owner"))
        self.ongoing.setAccessibleName(tr("Owners", "The person is still an owner"))
        self.share.setAccessibleName(tr("Owners", "Share"))

    # -- the record --------------------------------------------------------------------------------------

    def record(self) -> dict[str, str]:
        """What is entered, as the core reads it ("long_term", "ongoing" where the teller chose them)."""
        data = {name: field.text() for name, field in self.fields.items() if field.text()}
        for name, choice in (("sex", self.sex), ("nationality", self.nationality), ("id_type", self.id_type)):
            if choice.combo.currentData():
                data[name] = str(choice.combo.currentData())
        if self.long_term.isChecked():
            data["id_expiry"] = LONG_TERM
        if self.ongoing.isChecked():
            data["relationship_until"] = ONGOING
        return data

    def set_record(self, record: dict[str, object]) -> None:
        self.blockSignals(True)
        for name, field in self.fields.items():
            value = str(record.get(name) or "")
            field.set_text("" if value in (LONG_TERM, ONGOING) else value)
        for name, choice in (("sex", self.sex), ("nationality", self.nationality), ("id_type", self.id_type)):
            choice.combo.setCurrentIndex(max(0, choice.combo.findData(str(record.get(name) or ""))))
        self.long_term.setChecked(record.get("id_expiry") == LONG_TERM)
        self.ongoing.setChecked(record.get("relationship_until") == ONGOING)
        self.blockSignals(False)

    def show_share(self, text: str, control: bool) -> None:
        """The share as computed from the holdings; the means of control only for an owner by control."""
        self.share.setText(text)
        self.fields["control_means"].edit.setEnabled(control)
        self.fields["control_means"].edit.setPlaceholderText(
            tr("Owners", "agreement, family, trust …") if control else tr("Owners", "not applicable")
        )

    def show_problems(self, problems: list[TellerError], describe: Callable[[BaseException], str]) -> None:
        """Each problem of the chosen owner's record beside its field; the others cleared."""
        by_field: dict[str, TellerError] = {}
        for problem in problems:
            by_field.setdefault(str(problem.params.get("field", "")), problem)
        for name, choice in (("sex", self.sex), ("nationality", self.nationality), ("id_type", self.id_type)):
            choice.show_problem(describe(by_field[name]) if name in by_field else None)
        for name, field in self.fields.items():
            if field.check() is not None:
                continue
            problem = by_field.get(name)
            field.problem.setText(describe(problem) if problem else "")
            field.problem.setVisible(problem is not None)
            set_role(field.edit, "invalid" if problem else "")


def _beside(field: CheckedField, choice: QCheckBox) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(field, 1)
    line.addWidget(choice)
    return box
