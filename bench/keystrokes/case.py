"""A corporate basic account worked at the counter by keyboard only: sign-in to the active account.

The teller looks at the screen between keys (what the drive reads from the window is what is shown:
which step is on screen, the rows of the checklist, whether a dialog is open); every action is a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QApplication

from bench.keystrokes.keyboard import ALT, CTRL, Key, Keyboard

COMPANY = "上海云帆国际贸易有限公司"
REPRESENTATIVE = "王建国"
SECOND_OWNER = "陈美华"


@dataclass
class Result:
    account_number: str
    case_id: str


def pdf_counter_printer(path: str) -> Any:
    """The counter printer as a PDF file (a machine without a printer), for print_preview.make_printer."""
    from PySide6.QtPrintSupport import QPrinter

    def make(_name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        return printer

    return make


def work_a_case(
    kb: Keyboard,
    teller_app: Any,
    teller: str,
    teller_password: str,
    supervisor: str,
    supervisor_password: str,
) -> Result:
    from teller_app.domain.steps import Step
    from teller_app.services.demo import sample_credit_code, sample_resident_id

    kb.step = "sign-in"  # the cursor is in the user name
    kb.type(teller)
    kb.press(Key.Key_Return)
    kb.type(teller_password)
    kb.press(Key.Key_Return)
    kb.wait_for("the main window", lambda: teller_app.main_window is not None)
    window = teller_app.main_window

    kb.step = "start-of-day"
    kb.wait_for("the checks", lambda: window.start_of_day.continue_button.isEnabled())
    kb.press(Key.Key_Return)  # Continue to work has the focus once the checks pass

    kb.step = "intake"
    kb.press(Key.Key_N, CTRL)
    kb.wait_for("the wizard", lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    kb.press(Key.Key_N, ALT)  # customer kind and account type are right (enterprise, basic)
    kb.type(COMPANY)
    kb.press(Key.Key_Return)
    _on(kb, wizard, Step.IDENTITY)

    kb.step = "identity"  # the cursor is in the credit code
    kb.type(sample_credit_code())
    kb.press(Key.Key_Tab)
    kb.type("上海市浦东新区张江路 88 号")
    kb.press(Key.Key_Tab, times=2)  # the company's phone is not asked for
    for value in (REPRESENTATIVE, sample_resident_id(), "13800138000", "2036-03-15"):
        kb.type(value)
        kb.press(Key.Key_Tab)
    kb.press(Key.Key_Down)  # the verification terminal showed: match (一致)
    kb.press(Key.Key_Tab)
    kb.type("NCIIC-0001")
    kb.press(Key.Key_Tab)
    kb.press(Key.Key_Down)  # the photo was compared
    kb.press(Key.Key_Return)
    _on(kb, wizard, Step.DOCUMENTS)

    kb.step = "documents"  # the cursor is on the checklist's first row
    documents = wizard.pages[Step.DOCUMENTS]
    kb.wait_for("the checklist", lambda: bool(documents.rows))
    rows = list(documents.rows)
    for n, row in enumerate(rows):
        if row.mandatory:
            kb.press(Key.Key_Space)  # original seen
            kb.press(Key.Key_2)  # verified
        if n + 1 < len(rows):
            kb.press(Key.Key_Down)
    kb.press(Key.Key_F12)
    _on(kb, wizard, Step.BENEFICIAL_OWNERS)

    kb.step = "owners"
    for name, share, id_number, sex_downs, born in (
        (REPRESENTATIVE, "60", sample_resident_id(), 1, "1980-03-15"),
        (SECOND_OWNER, "40", sample_resident_id("31010419750608002"), 2, "1975-06-08"),
    ):
        kb.press(Key.Key_P, ALT)  # Add person: the cursor is in the new row's name
        kb.type(name)
        kb.press(Key.Key_Tab, times=2)  # over the kind (person)
        kb.type(share)
        # The owner's record (2024 rules), from the person's ID card, beside the table.
        kb.press(Key.Key_X, ALT)  # Sex
        kb.press(Key.Key_Down, times=sex_downs)  # male / female
        kb.press(Key.Key_Tab)
        kb.type(born)
        kb.press(Key.Key_Tab)
        kb.type("CN")  # nationality by its code
        for value in ("上海市浦东新区张江路 88 号", "13800138000"):
            kb.press(Key.Key_Tab)
            kb.type(value)
        kb.press(Key.Key_Tab)
        kb.press(Key.Key_Down)  # resident ID card
        for value in (id_number, "2018-03-15", "2038-03-15"):
            kb.press(Key.Key_Tab)
            kb.type(value)
        kb.press(Key.Key_Tab, times=2)  # over "long-term"
        kb.type("2020-05-01")  # owner since
        kb.press(Key.Key_Tab, times=2)  # over "owner until"
        kb.press(Key.Key_Space)  # still an owner
    kb.press(Key.Key_F, ALT)  # Find the beneficial owners
    kb.press(Key.Key_F12)
    _on(kb, wizard, Step.RISK)

    kb.step = "risk"  # the cursor is in the industry; region, country, nationality are proposed
    kb.type("F5181")
    kb.press(Key.Key_Y, ALT)
    kb.type("5")
    for _question in range(3):  # sanctions, politically exposed, due diligence refused: no
        kb.press(Key.Key_Tab)
        kb.press(Key.Key_Down, times=2)
    kb.press(Key.Key_K, ALT)  # Rate the risk
    kb.press(Key.Key_F12)
    _on(kb, wizard, Step.INTENT)

    kb.step = "intent"  # confirmed with the legal representative, proposed from the identity
    kb.press(Key.Key_C, ALT)
    kb.press(Key.Key_Return)
    _on(kb, wizard, Step.CONTRACT)

    kb.step = "contract"
    contract = wizard.pages[Step.CONTRACT]
    kb.press(Key.Key_F9)  # preview the agreement
    kb.wait_for("the print preview", lambda: _shown(getattr(contract, "print_dialog", None)))
    kb.press(Key.Key_F9)  # print both originals
    kb.wait_for("the print recorded", lambda: contract.signed.isEnabled())
    kb.press(Key.Key_G, ALT)  # both originals signed and sealed
    kb.press(Key.Key_C, ALT)  # the customer confirmed
    kb.press(Key.Key_F12)
    _on(kb, wizard, Step.APPROVAL)

    kb.step = "approval"
    approval = wizard.pages[Step.APPROVAL]
    kb.press(Key.Key_Return)  # Request approval
    kb.wait_for("the request", lambda: approval.case.status == "awaiting_approval")
    kb.press(Key.Key_Return)  # Supervisor signs in to decide…
    kb.wait_for("the dual sign-in", lambda: _shown(approval.dialog))
    kb.type(supervisor)
    kb.press(Key.Key_Return)
    kb.type(supervisor_password)
    kb.press(Key.Key_Return)  # Approve is chosen: OK
    kb.wait_for("the decision", lambda: approval.case.status == "approved")
    kb.press(Key.Key_F12)
    _on(kb, wizard, Step.ACCOUNT_SETUP)

    kb.step = "account setup"
    setup = wizard.pages[Step.ACCOUNT_SETUP]
    kb.press(Key.Key_Return)  # Set up the account
    kb.wait_for("the account number", lambda: setup.case.account is not None)
    kb.press(Key.Key_Return)  # Activate the account
    kb.wait_for("the activation", lambda: setup.case.status == "active")

    kb.step = "satisfaction"  # the customer answers: 5
    kb.wait_for("the satisfaction question", lambda: _shown(QApplication.activeModalWidget()))
    kb.press(Key.Key_Right, times=4)
    kb.press(Key.Key_Return)
    kb.wait_for("the answer recorded", lambda: QApplication.activeModalWidget() is None)
    return Result(account_number=str(setup.case.account["number"]), case_id=setup.case.case_id)


def _shown(widget: Any) -> bool:
    return widget is not None and widget.isVisible()


def _on(kb: Keyboard, wizard: Any, step: Any) -> None:
    kb.wait_for(f"the {step.value} step", lambda: wizard.shown is step or wizard.message.isVisible())
    if wizard.shown is not step:
        from bench.keystrokes.keyboard import DriveStopped

        raise DriveStopped(f"{kb.step}: stayed on {wizard.shown.value}: {wizard.message.text()}")
