"""Form helpers for the wizard pages: fields checked as the teller types, the core's reason right under them.

Every field is checked against its entry rule (teller_app.domain.entries: the field's limit, control
characters), then by the core's identifier check where there is one. No field has a maxLength: a paste
longer than the limit stays whole in the field and the message names the limit (nothing cut silently)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.widgets import label, named, set_role

Validator = Callable[[str], object]
Warner = Callable[[str], list]  # the core's warnings (IdentifierWarning) about a valid value


class CheckedField(QWidget):
    """A line edit whose text is checked as the teller types; the core's reason shows right under it.

    What was typed is never changed or cleared by a failed check.
    """

    def __init__(
        self,
        object_name: str,
        validator: Validator | None = None,
        parent: QWidget | None = None,
        warner: Warner | None = None,
        entry: str = "",
    ) -> None:
        super().__init__(parent)
        self.edit = named(QLineEdit(), object_name)
        self.entry = entry  # the core's field name for the entry rule (empty: the default rule)
        self.problem = label(object_name + "Problem", "error")
        self.problem.hide()
        self.warning = label(object_name + "Warning", "warn")
        self.warning.hide()
        self._validator = validator
        self._warner = warner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.warning)
        self.edit.textChanged.connect(self.check)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_validator(self, validator: Validator | None, warner: Warner | None = None) -> None:
        self._validator = validator
        if warner is not None:
            self._warner = warner
        self.check()

    def check(self) -> str | None:
        """The translated problem with the current text, or None (empty text is not checked here)."""
        from ui.messages import describe

        text = self.edit.text().strip()
        problem = entry_problem_text(self.entry, self.edit.text())
        if problem is None and text and self._validator is not None:
            try:
                self._validator(text)
            except Exception as error:  # the core's typed IdentifierError, translated by code
                problem = describe(error)
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self._show_warnings(text if problem is None else "")
        set_role(self.edit, "invalid" if problem else "")
        return problem

    def _show_warnings(self, text: str) -> None:
        """The core's doubts about a valid value (e.g. the organisation code inside a credit code), translated,
        under the field: the teller looks twice; nothing is refused."""
        from ui.messages import describe_warning

        notes: list[str] = []
        if text and self._warner is not None:
            try:
                notes = [describe_warning(w) for w in self._warner(text)]
            except Exception:  # an invalid value has no warnings; its problem is shown above
                notes = []
        self.warning.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))


def entry_problem_text(entry: str, text: str) -> str | None:
    """The translated reason the core would refuse `text` for the field `entry` (limit, control
    characters), or None."""
    from teller_app.domain.entries import entry_problem
    from ui.messages import describe

    problem = entry_problem(entry or "-", text)
    return describe(problem) if problem is not None else None


class EntryLine(QWidget):
    """A plain line edit with the entry rule's message under it, for pages that keep their QLineEdit."""

    def __init__(self, edit: QLineEdit, entry: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit, self.entry = edit, entry
        self.problem = label(edit.objectName() + "Problem", "error")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        layout.addWidget(self.problem)
        edit.textChanged.connect(self.check)

    def check(self) -> str | None:
        problem = entry_problem_text(self.entry, self.edit.text())
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        set_role(self.edit, "invalid" if problem else "")
        return problem
