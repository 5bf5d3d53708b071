"""The wizard's list of the case's steps: each with its mark (✓ done, ▶ current, ↩ returned for correction,
· not reached yet), its state in words for a screen reader, and open only up to the furthest step reached."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from teller_app.domain.steps import ORDER, Step
from ui.backend import CaseView
from ui.i18n import tr
from ui.names import step_label

STEP_MARKS = {"done": "✓", "current": "▶", "returned": "↩", "pending": "·"}


def state_label(state: str) -> str:
    return {
        "done": tr("Wizard", "done"),
        "current": tr("Wizard", "current step"),
        "returned": tr("Wizard", "returned for correction"),
        "pending": tr("Wizard", "not reached yet"),
    }[state]


def step_state(case: CaseView | None, step: Step, closed: bool) -> str:
    """done, returned (sent back for correction and not yet saved again), current or pending."""
    if case is None:
        return "current" if step is Step.INTAKE else "pending"
    if step.value in case.returned_reasons and step.value not in case.completed:
        return "returned"
    if step.value in case.completed:
        return "done"
    if step.value == case.step and not closed:
        return "current"
    return "pending"


def mark_steps(steps: QListWidget, state_of: Callable[[Step], str], reachable: Step, shown: Step) -> None:
    """Each step's mark, number and name; a step past the furthest reachable cannot be chosen."""
    for step in ORDER:
        item = steps.item(step.position)
        state = state_of(step)
        item.setText(f"{STEP_MARKS[state]} {step.position + 1}. {step_label(step.value)}")
        item.setData(Qt.ItemDataRole.UserRole, step.value)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{step_label(step.value)}: {state_label(state)}")
        item.setToolTip(state_label(state))
        enabled = step.position <= reachable.position
        flags = (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled if enabled else Qt.ItemFlag.NoItemFlags
        )
        item.setFlags(flags)
    steps.setCurrentRow(shown.position)  # the page on screen is the selected row
