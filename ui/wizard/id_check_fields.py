"""One person's ID document expiry and online ID check (联网核查) on the identity page.

The teller records what the bank's verification terminal showed: the result, its reference number and
whether the photo was compared — all three, checked beside each field by the core's rules. The check
recorded so far (from the terminal or the configured service) is shown under the fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from teller_app.domain.errors import TellerError
from teller_app.domain.id_documents import LONG_TERM, expiry_problems
from teller_app.domain.id_verification import manual_entry_given, manual_entry_problems
from ui.backend import IdCheckView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets import label, named, set_role
from ui.wizard.fields import CheckedField

RESULTS = {
    "match": QT_TRANSLATE_NOOP("Identity", "Match (一致)"),
    "mismatch": QT_TRANSLATE_NOOP("Identity", "Mismatch (不一致)"),
    "not_found": QT_TRANSLATE_NOOP("Identity", "Number not on record (库中无此号)"),
    "unavailable": QT_TRANSLATE_NOOP("Identity", "Service unavailable"),
}
SOURCES = {
    "manual": QT_TRANSLATE_NOOP("Identity", "entered by {user} from the verification terminal"),
    "service": QT_TRANSLATE_NOOP("Identity", "answered by the verification service (asked by {user})"),
}


class _Choice(QWidget):
    """A combo box with the core's problem shown right under it."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.combo = named(QComboBox(), object_name)
        self.problem = label(object_name + "Problem", "error")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.problem)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        set_role(self.combo, "invalid" if text else "")


class PersonCheckFields:
    """The rows for one person (legal representative, agent or customer), added to that person's form."""

    def __init__(self, prefix: str, person: str, changed: object) -> None:
        self.person = person
        self.warning_days = 90
        self.today = date.today
        self.expiry = CheckedField(prefix + "IdExpiry", entry="id_expiry")
        self.expiry_note = label(prefix + "IdExpiryWarning", "warn")
        self.expiry_note.hide()
        self.result = _Choice(prefix + "CheckResult")
        for code in ("", "match", "mismatch", "not_found"):
            self.result.combo.addItem("", code)
        self.reference = CheckedField(prefix + "CheckReference", entry="reference")
        self.photo = _Choice(prefix + "PhotoCompared")
        for value in (None, True, False):
            self.photo.combo.addItem("", value)
        self.recorded = named(QLabel(), prefix + "CheckRecorded")
        self.recorded.setWordWrap(True)
        self.captions = [
            label(prefix + n)
            for n in ("IdExpiryLabel", "CheckResultLabel", "CheckReferenceLabel", "PhotoComparedLabel")
        ]
        for caption, buddy in zip(
            self.captions,
            (self.expiry.edit, self.result.combo, self.reference.edit, self.photo.combo),
            strict=True,
        ):
            caption.setBuddy(buddy)
        self.expiry.edit.textChanged.connect(self.check)
        self.reference.edit.textChanged.connect(self.check)
        for combo in (self.result.combo, self.photo.combo):
            combo.currentIndexChanged.connect(self.check)
            combo.currentIndexChanged.connect(lambda *_: changed())  # type: ignore[operator]

    def add_rows(self, form: QFormLayout) -> None:
        expiry = QWidget()
        box = QVBoxLayout(expiry)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.expiry)
        box.addWidget(self.expiry_note)
        form.addRow(self.captions[0], expiry)
        form.addRow(self.captions[1], self.result)
        form.addRow(self.captions[2], self.reference)
        form.addRow(self.captions[3], self.photo)
        form.addRow(self.recorded)

    def line_edits(self) -> list[CheckedField]:
        return [self.expiry, self.reference]

    def retranslate(self, who: str) -> None:
        texts = (
            tr("Identity", "ID valid &until:"),
            tr("Identity", "Online check result:"),
            tr("Identity", "Check reference number:"),
            tr("Identity", "Photo compared:"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.expiry.edit.setAccessibleName(tr("Identity", "{person}: ID valid until", person=who))
        self.expiry.edit.setPlaceholderText(tr("Identity", "2030-06-30, or long_term (长期)"))
        self.result.combo.setAccessibleName(tr("Identity", "{person}: online check result", person=who))
        self.reference.edit.setAccessibleName(tr("Identity", "{person}: check reference number", person=who))
        self.reference.edit.setPlaceholderText(tr("Identity", "as shown by the verification terminal"))
        self.photo.combo.setAccessibleName(tr("Identity", "{person}: photo compared", person=who))
        self.recorded.setAccessibleName(tr("Identity", "{person}: recorded online check", person=who))
        self.result.combo.setItemText(0, tr("Identity", "— choose what the terminal showed —"))
        for i in range(1, self.result.combo.count()):
            self.result.combo.setItemText(i, tr("Identity", RESULTS[str(self.result.combo.itemData(i))]))
        self.photo.combo.setItemText(0, tr("Identity", "— choose —"))
        self.photo.combo.setItemText(1, tr("Identity", "Yes, the photo was compared"))
        self.photo.combo.setItemText(2, tr("Identity", "No"))
        self.check()

    # -- entries -------------------------------------------------------------------------------------

    def set_entries(self, expiry: str, entry: object) -> None:
        self.expiry.set_text(expiry)
        data = entry if isinstance(entry, dict) else {}
        self.result.combo.setCurrentIndex(max(0, self.result.combo.findData(data.get("result") or "")))
        self.reference.set_text(str(data.get("reference") or ""))
        photo = data.get("photo_compared")
        self.photo.combo.setCurrentIndex({True: 1, False: 2}.get(photo, 0) if isinstance(photo, bool) else 0)

    def expiry_text(self) -> str:
        text = self.expiry.text()
        return LONG_TERM if text in ("长期", "long term", "long_term") else text

    def entry(self) -> dict[str, object] | None:
        """The teller's entry from the terminal, or None when nothing of it was filled in."""
        entry: dict[str, object] = {}
        if self.result.combo.currentData():
            entry["result"] = self.result.combo.currentData()
        if self.reference.text():
            entry["reference"] = self.reference.text()
        if isinstance(self.photo.combo.currentData(), bool):
            entry["photo_compared"] = self.photo.combo.currentData()
        return entry if manual_entry_given(entry) else None

    def clear_entry(self) -> None:
        """The name or number changed: what the terminal showed was about the old one."""
        self.set_entries(self.expiry.edit.text(), None)

    # -- checks beside the fields ------------------------------------------------------------------------

    def check(self) -> str | None:
        """Show each problem beside its field; the first one's text (None: nothing to correct)."""
        from ui.messages import describe

        first: str | None = None
        problems, warnings = ([], [])
        if self.expiry.text():
            problems, warnings = expiry_problems(
                self.expiry_text(), self.today(), self.warning_days, "id_expiry"
            )
        self._show(self.expiry, problems)
        first = first or (describe(problems[0]) if problems else None)
        self.expiry_note.setText(describe(warnings[0]) if warnings else "")
        self.expiry_note.setVisible(bool(warnings))
        entry = self.entry()
        found = manual_entry_problems(entry, self.person) if entry is not None else []
        by_field = {str(p.params.get("field", "")).rsplit(".", 1)[-1]: p for p in found}
        for name, widget in (("result", self.result), ("photo_compared", self.photo)):
            problem = by_field.get(name)
            widget.show_problem(describe(problem) if problem else None)
        self._show(self.reference, [by_field["reference"]] if "reference" in by_field else [])
        return first or (describe(found[0]) if found else None)

    @staticmethod
    def _show(field: CheckedField, problems: list[TellerError]) -> None:
        from ui.messages import describe

        if not problems:
            field.check()
            return
        field.problem.setText(describe(problems[0]))
        field.problem.setVisible(True)
        set_role(field.edit, "invalid")

    def show_record(self, record: IdCheckView | None) -> None:
        if record is None:
            self.recorded.setText(tr("Identity", "Online ID check: not recorded yet."))
            set_role(self.recorded, "hint")
            return
        photo = {True: tr("Identity", "photo compared"), False: tr("Identity", "photo not compared")}.get(
            record.photo_compared, tr("Identity", "photo comparison unknown")
        )
        how = tr("Identity", SOURCES.get(record.source, "{user}"), user=record.recorded_by)
        self.recorded.setText(
            tr(
                "Identity",
                "Online ID check of {name}: {result}, reference {reference}, {photo}, at {time}; {how}.",
                name=record.name,
                result=tr("Identity", RESULTS.get(record.result, record.result)),
                reference=record.reference or "—",
                photo=photo,
                time=record.checked_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                how=how,
            )
        )
        set_role(self.recorded, "ok" if record.result == "match" else "fail")
