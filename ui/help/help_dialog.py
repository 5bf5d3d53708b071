"""F1: help for the step on screen — what to do, the control points, the documents for this customer kind and
account type, the time limit — from the process definition the case runs under."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.names import account_type_label, customer_kind_label
from ui.widgets import label, name_buttons, named


def step_help_html(found: object, customer_kind: str, account_type: str) -> str:
    """The help as HTML (plain words from the core, escaped)."""

    def items(values: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{html.escape(v)}</li>" for v in values) + "</ul>"

    parts = [f"<h2>{html.escape(getattr(found, 'title', ''))}</h2>"]
    parts.append(f"<p><i>{html.escape(getattr(found, 'procedure', ''))}</i></p>")
    parts.append(
        f"<h3>{html.escape(tr('Help', 'What to do'))}</h3>" + items(getattr(found, "what_to_do", ()))
    )
    parts.append(
        f"<h3>{html.escape(tr('Help', 'Key control points'))}</h3>"
        + items(getattr(found, "control_points", ()))
    )
    risks = getattr(found, "risk_points", ())
    if risks:
        parts.append(f"<h3>{html.escape(tr('Help', 'Risk points'))}</h3>" + items(risks))
    heading = tr(
        "Help",
        "Documents for {kind}, {account}",
        kind=customer_kind_label(customer_kind),
        account=account_type_label(account_type),
    )
    documents = getattr(found, "documents", ()) or (tr("Help", "No document is taken at this step."),)
    parts.append(f"<h3>{html.escape(heading)}</h3>" + items(documents))
    parts.append(
        f"<h3>{html.escape(tr('Help', 'Time limit'))}</h3><p>"
        + html.escape(tr("Help", "{minutes} minutes for this step", minutes=getattr(found, "sla_minutes", 0)))
        + "</p>"
    )
    return "".join(parts)


class StepHelpDialog(QDialog):
    def __init__(
        self, found: object, customer_kind: str, account_type: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepHelpDialog")
        self.setWindowTitle(tr("Help", "Help for this step"))
        self.resize(640, 560)
        self.found = found
        self.heading = label("stepHelpHeading", "hint")
        self.heading.setText(tr("Help", "Press F1 at any step for its help; the manual is under Help."))
        self.text = named(QTextBrowser(), "stepHelpText")
        self.text.setAccessibleName(tr("Help", "Help for this step"))
        self.text.setHtml(step_help_html(found, customer_kind, account_type))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons, "stepHelp")
        for button in buttons.buttons():
            button.setAccessibleName(tr("Help", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
