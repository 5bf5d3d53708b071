"""Screens opened for a test the way a user meets them: a dialog shown and active, the administrator's settings
dialog, the wizard frame at a step (on the fake backend)."""

from __future__ import annotations

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.terminal.settings_dialog import SettingsDialog
from ui.wizard.frame import WizardFrame


def shown(qtbot, dialog):
    """The dialog shown, the active window, closed with the test."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def administrators_settings(qtbot, core, demo, tasks):
    """The settings dialog as admin1 opens it on the real core, the cursor in its first field."""
    session = core.sign_in("admin1", demo["admin1"])
    dialog = shown(qtbot, SettingsDialog(core, tasks, session, core.settings(), ["Counter-3"]))
    qtbot.waitUntil(dialog.central_url.hasFocus)  # an administrator's first setting: the address
    return dialog


def wizard_frame_at(qtbot, backend, tasks, session, step: Step) -> WizardFrame:
    """The wizard frame showing a corporate case at `step`, on the fake backend."""
    frame = WizardFrame(backend, tasks, session)
    qtbot.addWidget(frame)
    frame.show()
    frame.activateWindow()
    qtbot.waitUntil(frame.isActiveWindow)  # the function keys reach the window with the focus
    case = CaseView(
        case_id="case-0001",
        customer_name="上海云帆贸易有限公司",
        customer_kind="enterprise_legal_person",
        account_type="basic",
        step=step.value,
        entries={"intake": {"customer_name": "上海云帆贸易有限公司", "present": "legal_representative"}},
    )
    backend.cases[case.case_id] = case
    frame.start_case(case)
    assert frame.shown is step
    return frame
